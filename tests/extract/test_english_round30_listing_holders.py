"""Round 30 (wt-el): English IPO filings told with words between the verb and the offering, and ranked shareholder
lists. A holder is never the company held; a list with no company to hold gives nothing. Sentences written by the
team; the companies and people are invented."""

from __future__ import annotations

from tests.extract.readers import facts, names, one

INTRO = "Northwind Robotics makes warehouse robots in Ohio. "


def _stakes(text: str) -> dict[str, tuple[str, float, str | None]]:
    """holder -> (company, stake, rank) of each shareholding read."""
    return {names(f, "holder")[0]: (names(f, "company")[0], f.stake.value.value if f.stake else None, f.qualifiers.get("rank"))
            for f in facts(text, "shareholding")}


# ---- ranked shareholder lists: "A is the largest shareholder with N%, followed by B with M%"


def test_followed_by_holds_the_company_of_the_paragraph():
    got = _stakes(INTRO + "Harbor Peak Capital is the largest shareholder with 18.6%, followed by Ridgeway Partners "
                          "with 11.2%.")
    assert got == {"Harbor Peak Capital": ("Northwind Robotics", 18.6, "largest"),
                   "Ridgeway Partners": ("Northwind Robotics", 11.2, "second")}


def test_a_lone_ranked_list_names_no_company():  # near miss: the follower is a holder, never the company held
    text = "Harbor Peak Capital is the largest shareholder with 18.6%, followed by Ridgeway Partners with 11.2%."
    assert not facts(text, "shareholding")


def test_followed_by_bracketed_stakes_with_the_company_named():
    got = _stakes("Harbor Peak Capital is the largest shareholder of Northwind Robotics with 18.6%, followed by "
                  "Ridgeway Partners (11.2%) and Aldon Ventures (9%).")
    assert got == {"Harbor Peak Capital": ("Northwind Robotics", 18.6, "largest"),
                   "Ridgeway Partners": ("Northwind Robotics", 11.2, "second"),
                   "Aldon Ventures": ("Northwind Robotics", 9.0, None)}


def test_followed_closely_by_at_a_stake_then_a_listed_member():
    got = _stakes(INTRO + "Harbor Peak Capital is its largest shareholder with 18.6%, followed closely by Ridgeway "
                          "Partners at 11.2%, and Aldon Ventures with 9%.")
    assert got["Ridgeway Partners"] == ("Northwind Robotics", 11.2, "second")
    assert got["Aldon Ventures"] == ("Northwind Robotics", 9.0, None)


def test_followed_by_after_a_growth_figure_is_no_holding():  # near miss: no shareholding read before the list
    text = "Northwind Robotics led the chart with 18.6% revenue growth, followed by Ridgeway Partners with 11.2%."
    assert not facts(text, "shareholding")


def test_followed_by_without_a_stake_adds_no_holder():  # near miss: a follower needs its own stake
    got = _stakes("Harbor Peak Capital is the largest shareholder of Northwind Robotics with 18.6%, followed by "
                  "a sell-off in Ridgeway Partners shares.")
    assert set(got) == {"Harbor Peak Capital"}


# ---- a holding of "the company"


def test_owns_a_share_of_the_company_of_the_sentence_before():
    f = one(INTRO + "Ridgeway Partners owns 9% of the company.", "shareholding")
    assert names(f, "holder") == ["Ridgeway Partners"] and names(f, "company") == ["Northwind Robotics"]
    assert f.stake.value.value == 9.0


def test_owns_a_share_of_the_company_alone_is_nothing():  # near miss: "the company" of no company named
    assert not facts("Ridgeway Partners owns 9% of the company.", "shareholding")


def test_a_cofounder_who_holds_a_stake():
    got = facts(INTRO + "Alan Voss, who co-founded the company in 2019, holds 6.4%.")
    holding = [f for f in got if f.type == "shareholding"]
    founding = [f for f in got if f.type == "founding"]
    assert len(holding) == 1 and names(holding[0], "holder") == ["Alan Voss"]
    assert names(holding[0], "company") == ["Northwind Robotics"] and holding[0].stake.value.value == 6.4
    assert len(founding) == 1 and names(founding[0], "founder") == ["Alan Voss"]
    assert names(founding[0], "company") == ["Northwind Robotics"] and founding[0].date.value.value == "2019"


def test_a_cofounder_of_no_company_named_is_nothing():  # near miss: "the company" stands for no one
    assert not facts("Alan Voss, who co-founded the company in 2019, holds 6.4%.")


def test_one_who_joined_the_company_founded_nothing():  # near miss: joining is no founding
    got = facts(INTRO + "Alan Voss, who joined the company in 2019, holds 6.4%.")
    assert not [f for f in got if f.type == "founding"]


def test_a_founder_of_the_firm_in_an_aside_but_not_of_it():
    f = one(INTRO + "Alan Voss, who co-founded the firm in 2019, sits on its board.", "founding")
    assert names(f, "founder") == ["Alan Voss"] and names(f, "company") == ["Northwind Robotics"]
    # near miss: "it" may stand for anything
    assert not facts(INTRO + "Alan Voss, who founded it in 2019, sits on its board.", "founding")


def test_one_who_left_another_firm_and_started_the_company_is_no_founder_of_that_firm():  # near miss
    got = facts(INTRO + "Alan Voss left Ridgeway Partners in 2018 and started the company a year later.", "founding")
    assert not [f for f in got if "Ridgeway Partners" in names(f, "company")]


def test_a_stake_according_to_the_prospectus_is_the_issuers():
    f = one("Northwind Robotics filed for a Nasdaq IPO on Monday. Ridgeway Partners holds a 12% stake, according to "
            "the prospectus.", "shareholding")
    assert names(f, "holder") == ["Ridgeway Partners"] and names(f, "company") == ["Northwind Robotics"]
    assert f.stake.value.value == 12.0


def test_a_stake_according_to_the_prospectus_alone_is_nothing():  # near miss
    assert not facts("Ridgeway Partners holds a 12% stake, according to the prospectus.", "shareholding")


# ---- IPO filings with words between


def _listing(text: str, ref: str = "2025-06-26"):
    f = one(text, "listing", ref)
    assert names(f, "company") == ["Northwind Robotics"]
    return f


def test_filed_publicly_on_a_day_for_an_ipo():
    f = _listing("Northwind Robotics filed publicly on Monday for an initial public offering on the Nasdaq.")
    assert f.modality == "asserted" and f.qualifiers["stage"] == "filed" and f.qualifiers["exchange"] == "NASDAQ"
    assert f.date is not None and f.date.value.value == "2025-06-23"


def test_the_simple_filing_still_reads():
    f = _listing("Northwind Robotics filed for a Hong Kong IPO.")
    assert f.qualifiers["stage"] == "filed" and f.qualifiers["exchange"] == "HKEX"


def test_paperwork_submitted_confidentially_is_a_filing():
    f = _listing("Northwind Robotics had submitted its IPO paperwork to regulators confidentially in May.")
    assert f.qualifiers["stage"] == "filed" and f.date.value.value == "2025-05"


def test_the_second_step_of_a_listing_is_told_of_the_same_company():
    got = facts("Ridgeway Partners said Northwind Robotics filed publicly on Monday for an IPO. It had submitted its "
                "IPO paperwork to regulators confidentially in May.", "listing", "2025-06-26")
    assert len(got) == 2 and all(names(f, "company") == ["Northwind Robotics"] for f in got)  # never the speaker
    assert sorted(f.date.value.value for f in got) == ["2025-05", "2025-06-23"]


def test_paperwork_submitted_confidentially_with_no_offering_is_nothing():  # near miss: no offering named
    assert not facts("Northwind Robotics had submitted its paperwork to regulators confidentially in May.", "listing")


def test_paperwork_for_a_merger_is_no_listing():  # near miss: paperwork, neither confidential nor for an offering
    assert not facts("Northwind Robotics submitted its paperwork to regulators for the merger with Ridgeway Partners.",
                     "listing")


def test_paperwork_for_an_ipo_is_a_filing():
    f = _listing("Northwind Robotics filed its paperwork with the SEC for a Nasdaq IPO in March.")
    assert f.qualifiers["stage"] == "filed" and f.qualifiers["exchange"] == "NASDAQ" and f.date.value.value == "2025-03"


def test_filed_to_go_public_on_an_exchange():
    f = _listing("Northwind Robotics filed to go public on the NYSE.")
    assert f.qualifiers["stage"] == "filed" and f.qualifiers["exchange"] == "NYSE"


def test_listing_application_made_public_is_a_filing():
    f = _listing("Northwind Robotics made its listing application public on Friday.")
    assert f.qualifiers["stage"] == "filed" and f.date is not None


def test_results_made_public_are_no_listing():  # near miss
    assert not facts("Northwind Robotics made its quarterly results public on Friday.", "listing")


def test_draft_registration_statement_is_a_filing():
    f = _listing("Northwind Robotics submitted a draft registration statement to the SEC.")
    assert f.qualifiers["stage"] == "filed"


def test_draft_registration_for_a_follow_on_is_no_listing():  # near miss: a later offering of a listed company
    assert not facts("Northwind Robotics submitted a draft registration statement for a follow-on offering.", "listing")


def test_an_application_for_a_listing_is_filed_not_listed():  # was read as listed
    f = _listing("Northwind Robotics made an application for a Hong Kong listing.")
    assert f.qualifiers["stage"] == "filed" and f.qualifiers["exchange"] == "HKEX"


def test_filed_on_a_day_for_bankruptcy_is_no_listing():  # near miss: the offering far after "for", another clause
    assert not facts("Northwind Robotics filed on Monday for bankruptcy protection, a year after its IPO.", "listing")


# ---- holders beside each other in a lone sentence hold no one of them


def test_two_holders_in_a_lone_sentence_hold_each_other_not():  # near misses: the other holder is never the company
    for text in ("Harbor Peak Capital holds 18.6% and Ridgeway Partners holds 11.2%.",
                 "Harbor Peak Capital is the largest shareholder with 18.6%; Ridgeway Partners is the second-largest "
                 "with 11.2%.",
                 "Harbor Peak Capital is the largest shareholder with 18.6%, ahead of Ridgeway Partners with 11.2%.",
                 "Harbor Peak Capital is the largest shareholder with 18.6%, while Ridgeway Partners holds 11.2%.",
                 "Harbor Peak Capital is the second-largest shareholder with 11.2%, behind Ridgeway Partners.",
                 "Harbor Peak Capital owns 18.6%, Ridgeway Partners 11.2% and Aldon Ventures 9%."):
        assert not facts(text, "shareholding"), text


def test_two_holders_of_the_company_of_the_paragraph():
    got = _stakes(INTRO + "Harbor Peak Capital holds 18.6% and Ridgeway Partners holds 11.2%.")
    assert got == {"Harbor Peak Capital": ("Northwind Robotics", 18.6, None),
                   "Ridgeway Partners": ("Northwind Robotics", 11.2, None)}


# ---- more filings: a regulator named on the way, an application to list, a filing made again


def test_filed_with_the_regulator_to_go_public_is_the_filers():  # the regulator was read as a company listed
    f = _listing("Northwind Robotics filed with the SEC on Friday to go public.")
    assert f.qualifiers["stage"] == "filed" and f.date.value.value == "2025-06-20"


def test_filed_with_the_regulator_to_raise_debt_is_no_listing():  # near miss
    assert not facts("Northwind Robotics filed with the SEC on Friday to raise debt.", "listing")


def test_an_application_to_list_is_filed_not_listed():  # was read as listed
    f = _listing("Northwind Robotics filed an application to list on the Shanghai STAR Market.")
    assert f.qualifiers["stage"] == "filed" and f.qualifiers["exchange"] == "SSE STAR"


def test_an_application_to_trademark_is_no_listing():  # near miss
    assert not facts("Northwind Robotics filed an application to trademark its logo.", "listing")


def test_paperwork_for_an_ipo_without_a_determiner():
    f = _listing("Northwind Robotics filed paperwork for an IPO in Hong Kong.")
    assert f.qualifiers["stage"] == "filed" and f.qualifiers["exchange"] == "HKEX"


def test_paperwork_for_a_bond_sale_is_no_listing():  # near miss
    assert not facts("Northwind Robotics filed paperwork for a bond sale.", "listing")


def test_a_listing_application_refiled_is_a_filing():
    f = _listing("Northwind Robotics refiled its listing application in Hong Kong after the first one lapsed.")
    assert f.qualifiers["stage"] == "filed" and f.qualifiers["exchange"] == "HKEX"
    assert not facts("Northwind Robotics refiled its patent application.", "listing")  # near miss


def test_papers_lodged_for_a_flotation_are_a_filing():
    f = _listing("Northwind Robotics lodged papers with the exchange for a stock market flotation in London.")
    assert f.qualifiers["stage"] == "filed" and f.qualifiers["exchange"] == "LSE"
    assert not facts("Northwind Robotics lodged documents for a patent.", "listing")  # near miss


def test_set_to_file_a_prospectus_is_a_planned_filing():
    f = _listing("Northwind Robotics plans to file a draft IPO prospectus with the SEC next week.")
    assert f.modality == "planned" and f.qualifiers["stage"] == "filed"
    assert not facts("Northwind Robotics will file its annual report on Friday.", "listing")  # near miss


def test_a_list_of_bare_stakes_after_a_holding():
    got = _stakes(INTRO + "Harbor Peak Capital owns 18.6%, Ridgeway Partners 11.2% and Aldon Ventures 9%.")
    assert got == {"Harbor Peak Capital": ("Northwind Robotics", 18.6, None),
                   "Ridgeway Partners": ("Northwind Robotics", 11.2, None),
                   "Aldon Ventures": ("Northwind Robotics", 9.0, None)}


def test_a_list_of_bare_figures_after_growth_is_no_holding():  # near miss: no holding read before the list
    assert not facts("Northwind Robotics revenue rose 18.6%, Ridgeway Partners 11.2% and Aldon Ventures 9%.",
                     "shareholding")


def test_a_bare_stake_of_another_company_is_not_listed():  # near miss: "11.2% of Aldon" is no stake in Northwind
    got = _stakes("Harbor Peak Capital owns 18.6% of Northwind Robotics, Ridgeway Partners 11.2% of Aldon Ventures.")
    assert "Ridgeway Partners" not in got or got["Ridgeway Partners"][0] != "Northwind Robotics"

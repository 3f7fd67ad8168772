"""Round 25 (a5en), the English categories of the heldout5 audit: syndicates and rounds (joined it, as did …; from a
group that included …; collected $N in a Series A; the round's sum, not the lead's running total), facts in relative
clauses and idioms, compute and customer contracts, partnership verbs, the description chain and a quoted denial.
Sentences written by the team; the companies and people are invented."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


# ---- G: syndicates and rounds


def test_joined_it_as_did_adds_the_syndicate_to_the_round_just_led():
    f = one("Northwind Robotics closed a $600 million Series C. Corvid Capital led that round. Teal Ventures and "
            "Harbor Group joined it, as did Granite Partners and Lumen Ventures.", "investment")
    assert names(f, "investor") == ["Corvid Capital", "Teal Ventures", "Harbor Group", "Granite Partners",
                                    "Lumen Ventures"]
    assert names(f, "investee") == ["Northwind Robotics"]


def test_joined_it_after_a_takeover_is_no_investor():  # near miss: the deal just read is no round
    found = facts("Harbor Group bought Pike Analytics in 2021. Teal Ventures joined it, as did Granite Partners.")
    assert [f.type for f in found] == ["acquisition"]
    assert names(found[0], "acquirer") == ["Harbor Group"]


def test_as_did_with_no_round_is_nothing():  # near miss
    assert facts("Corvid Capital cut its forecast for the year, as did Harbor Group.", "investment") == []


def test_from_a_group_that_included_after_a_valuation():
    f = one("Northwind Robotics builds warehouse robots. Back in March 2024 the company took $120 million in Series B "
            "money at a $900 million valuation, from a group that included Corvid Capital, Teal Ventures and Harbor "
            "Group.", "investment")
    assert names(f, "investor") == ["Corvid Capital", "Teal Ventures", "Harbor Group"]
    assert names(f, "investee") == ["Northwind Robotics"]  # "Back" opening the sentence is no company
    assert f.amount is not None and f.amount.value.value == 120e6 and f.date.value.value == "2024-03"


def test_collected_a_series_a():
    f = one("Northwind Robotics builds warehouse robots. Earlier, Northwind had collected $20 million in Series A "
            "funding in June 2022.", "investment")
    assert names(f, "investee") == ["Northwind Robotics"] and f.amount.value.value == 20e6
    assert f.date.value.value == "2022-06"


def test_collected_rent_is_no_round():  # near miss: money collected from a payer, no round word
    assert facts("Harbor Group collected $3 million in rent from Pike Analytics.", "investment") == []
    assert facts("Northwind collected $5 million from customers in June.", "investment") == []
    assert facts("Harbor Group received $3 million in licensing fees from Pike Analytics.", "investment") == []


def test_round_amount_is_not_the_leads_running_total():
    f = one("Last month Pike Analytics took in $300 million, which valued it near $2 billion, in a round led by Corvid "
            "Capital, which has put over $100 million into Pike since 2019.", "investment")
    assert names(f, "investee") == ["Pike Analytics"] and names(f, "investor") == ["Corvid Capital"]
    assert f.amount is not None and f.amount.value.value == 300e6


def test_fronted_ahead_of_is_no_company():
    f = one("Northwind Robotics makes robots. Ahead of the vote, it sold a 10% stake in Pike Analytics to Corvid "
            "Capital.", "acquisition")
    assert names(f, "seller") == ["Northwind Robotics"]


# ---- H: relative clauses, appositions and idioms


def test_unit_which_owner_owns_indirectly():
    f = one("Kestrel Merger Sub LLC, a vehicle which Harbor Group owns indirectly, will make the offer.", "ownership")
    assert names(f, "owner") == ["Harbor Group"] and names(f, "unit") == ["Kestrel Merger Sub LLC"]


def test_which_owns_stakes_and_a_past_owner_give_no_ownership():  # near misses
    assert facts("Harbor Group, which owns stakes in several chipmakers, reported higher sales.", "ownership") == []
    assert facts("Pike Analytics, which Harbor Group owned until 2020, makes sensors.", "ownership") == []


def test_floated_in_a_year_is_a_listing():
    f = one("Lumen Optics stock trades well under the 300 pence price at which Lumen floated in 2019.", "listing")
    assert names(f, "company") == ["Lumen Optics"] and f.qualifiers["stage"] == "listed"
    assert f.date.value.value == "2019"


def test_floated_an_idea_is_no_listing():  # near miss
    assert facts("Lumen Optics floated the idea of a merger in 2021.", "listing") == []


def test_its_stock_trades_on_an_exchange():
    f = one("Pike Analytics is based in Ohio; its stock trades on Nasdaq.", "listing")
    assert names(f, "company") == ["Pike Analytics"] and f.qualifiers["exchange"] == "NASDAQ"
    assert f.modality == "asserted"


def test_trading_on_no_exchange_is_no_listing():  # near misses
    assert facts("Pike Analytics trades on its reputation.", "listing") == []
    assert facts("Pike Analytics makes apps. Its shares trade on Harbor Markets, a broker.", "listing") == []


def test_past_purchase_in_a_relative_clause_stays_asserted_under_would():
    f = one("That sum would top the roughly $3 billion purchase of Lumen Optics that Harbor Group agreed in 2019.",
            "acquisition")
    assert names(f, "acquirer") == ["Harbor Group"] and names(f, "target") == ["Lumen Optics"]
    assert f.modality == "asserted" and f.amount.value.value == 3e9 and f.date.value.value == "2019"


def test_past_purchase_of_a_described_company_by_it():
    f = one("If the report is right, it would be the biggest sum Harbor Group has ever paid, well above the $3 billion "
            "purchase of Canadian sensor company Lumen Optics that it agreed in 2019.", "acquisition")
    assert names(f, "acquirer") == ["Harbor Group"] and names(f, "target") == ["Lumen Optics"]


def test_proposed_purchase_in_a_relative_clause_is_not_asserted():  # near miss
    found = facts("Analysts said the purchase of Lumen Optics that Harbor Group proposed in May may fail.", "acquisition")
    assert all(f.modality != "asserted" for f in found)


def test_one_of_its_cofounders_with_the_year_set_up():
    f = one("Lumen Optics makes sensors. Dana Pell, one of its co-founders, still runs Lumen Optics, which was set up "
            "in Ottawa in 2016.", "founding")
    assert names(f, "founder") == ["Dana Pell"] and names(f, "company") == ["Lumen Optics"]
    assert f.date is not None and f.date.value.value == "2016"


def test_its_cofounder_is_the_subjects_not_the_place():
    f = one("Corlane Semiconductor was founded in Toronto in 2017 and is led by chief executive Tony Reyes, one of its "
            "co-founders.", "founding")
    assert names(f, "founder") == ["Tony Reyes"] and names(f, "company") == ["Corlane Semiconductor"]
    assert f.date.value.value == "2017"


def test_one_of_its_shareholders_is_no_founder():  # near miss
    assert facts("Lumen Optics makes sensors. Dana Pell, one of its largest shareholders, runs it.", "founding") == []


def test_its_round_told_by_a_described_speaker_is_the_speakers():
    f = one("Pike Analytics raised money last year. Orvex Systems, which sells chips to carmakers, said Larkspur "
            "Capital led its round.", "investment")
    assert names(f, "investee") == ["Orvex Systems"] and names(f, "investor") == ["Larkspur Capital"]


def test_its_round_told_by_analysts_keeps_the_topic():  # near miss: no company speaks
    f = one("Pike Analytics raised money last year. Analysts said Larkspur Capital led its round.", "investment")
    assert names(f, "investee") == ["Pike Analytics"]


# ---- P: the description chain


_CHAIN = ("Harbor Group signed a $3.1 billion contract with Pike Analytics. Pike Analytics' stock jumped 20%.\n\n"
          "The company was founded in 2017 by Tom Reyes and his brother Sam Reyes, and its shares trade on Nasdaq.\n\n"
          "For Harbor Group, leasing capacity is quicker than building it. Harbor Group expects more such contracts. "
          "The software group has signed three similar contracts this year.")


def test_company_opening_a_paragraph_is_read_from_its_left_context():
    f = one(_CHAIN, "founding")
    assert names(f, "company") == ["Pike Analytics"]  # not Harbor Group, named more often only later
    assert names(f, "founder") == ["Tom Reyes", "Sam Reyes"] and f.date.value.value == "2017"
    listing = one(_CHAIN, "listing")
    assert names(listing, "company") == ["Pike Analytics"] and listing.date is None  # (no founding year)


def test_company_after_its_description_stays_the_described_one():  # near miss
    f = one("Harbor Group is a software company. The company was founded in 1998 by Ann Cole.", "founding")
    assert names(f, "company") == ["Harbor Group"]


def test_founder_and_his_wife():
    f = one("Tom Reyes and his wife Ana Reyes founded Pike Analytics in 2015.", "founding")
    assert names(f, "founder") == ["Tom Reyes", "Ana Reyes"]


def test_brother_joining_later_is_no_founder():  # near miss
    f = one("Tom Reyes founded Pike Analytics in 2015 and his brother Sam Reyes joined in 2016.", "founding")
    assert names(f, "founder") == ["Tom Reyes"]


def test_the_software_company_is_the_software_maker_named_before():
    found = facts("Microsoft signed a deal with Pike Analytics. Pike Analytics said the deal helps Pike Analytics grow."
                  "\n\nThe software company has been signing such deals. In May it struck a deal with Teal Compute worth "
                  "$5 billion.")
    assert any(f.roles.get("party") and {m.canonical for m in f.roles["party"]} >= {"微软", "Teal Compute"}
               or f.roles.get("buyer") and names(f, "buyer") == ["微软"] for f in found)
    assert not any("Pike Analytics" in {m.canonical for ms in f.roles.values() for m in ms}
                   and "Teal Compute" in {m.canonical for ms in f.roles.values() for m in ms} for f in found)


# ---- J: compute contracts and providers signed up


def test_contract_worth_n_with_b_to_access_gpu_clusters_is_a_purchase():
    found = facts("Harbor Group signed a contract worth roughly $3.1 billion with Pike Analytics to access GPU clusters "
                  "over four years.", "purchase")
    assert len(found) == 1 and names(found[0], "buyer") == ["Harbor Group"]
    assert names(found[0], "supplier") == ["Pike Analytics"] and found[0].amount.value.value == 3.1e9


def test_contract_to_develop_software_is_no_purchase():  # near miss: no capacity bought
    assert facts("Harbor Group signed a contract worth $40 million with Pike Analytics to develop software.",
                 "purchase") == []


def test_signed_up_a_provider_to_provide_gpus():
    f = one("Harbor Group has also signed up Vireo Cloud to provide 8,000 GPUs in Spain.", "purchase")
    assert names(f, "buyer") == ["Harbor Group"] and names(f, "supplier") == ["Vireo Cloud"]


def test_signed_up_subscribers_or_to_provide_is_nothing():  # near misses
    assert facts("Harbor Group signed up 2,000 new subscribers in October.", "purchase") == []
    assert facts("Harbor Group signed up to provide GPUs to Pike Analytics.", "purchase") == []


def test_a_right_to_terminate_ends_nothing():
    found = facts("Harbor Group signed a contract worth $3 billion with Pike Analytics for access to computing "
                  "capacity. The agreement also lets Harbor Group terminate if Pike Analytics misses its delivery dates.")
    assert found and all(f.modality != "negated" for f in found)


def test_a_contract_terminated_is_negated():  # near miss: the right was used
    found = facts("Harbor Group signed a contract worth $3 billion with Pike Analytics for access to computing "
                  "capacity. In May Harbor Group terminated the contract.", "purchase")
    assert [f.modality for f in found] == ["negated"]


# ---- O: partnership verbs


def test_licensing_agreement_for_the_technology_of_b():
    f = one("Last week Harbor Group agreed an exclusive licence agreement covering the imaging patents of Pike "
            "Analytics, which makes cameras.", "partnership")
    assert names(f, "party") == ["Harbor Group", "Pike Analytics"]
    f = one("Harbor Group entered into a licensing agreement for Pike Analytics' vision software.", "partnership")
    assert names(f, "party") == ["Harbor Group", "Pike Analytics"]


def test_licence_talks_and_own_software_are_no_partnership():  # near misses
    assert facts("Harbor Group is in talks about a licensing agreement with Pike Analytics.", "partnership") == []
    assert facts("Harbor Group signed a licensing agreement for its own software.", "partnership") == []


def test_second_conjunct_forms_a_partnership():
    f = one("In 2024 Pike Analytics began shipping cameras to Teal Motors and formed an exclusive partnership with "
            "Vireo Labs to build sensors.", "partnership")
    assert names(f, "party") == ["Pike Analytics", "Vireo Labs"] and f.date.value.value == "2024"


def test_ended_that_agreement_negates_it():
    f = one("In 2024 Northwind and Vireo Labs signed a joint research agreement. In March Dana Pell said Northwind had "
            "ended that agreement.", "partnership")
    assert f.modality == "negated"


def test_ended_the_quarter_is_nothing():  # near miss
    assert facts("Northwind ended the quarter with $40 million in cash.") == []


# ---- S: a quoted denial


def test_spokespersons_quoted_denial():
    found = facts("Reports said Harbor Group had bought Pike Analytics. Harbor Group rejected that account. \"We "
                  "haven't acquired Pike Analytics,\" a company spokesperson said.", "acquisition")
    assert sorted(f.modality for f in found) == ["denied", "reported"]
    denied = next(f for f in found if f.modality == "denied")
    assert names(denied, "acquirer") == ["Harbor Group"] and names(denied, "target") == ["Pike Analytics"]


def test_quoted_confirmation_is_no_denial():  # near miss
    found = facts("Harbor Group said it had completed its purchase of Pike Analytics. \"We have acquired Pike "
                  "Analytics,\" a spokesperson said.", "acquisition")
    assert found and all(f.modality == "asserted" for f in found)

"""English constructions of round 13: exits (a holder selling the shares it holds), and the misreadings of AI and
chip deal news found in real articles, each rewritten here with invented companies.

An exit is an acquisition whose seller is the holder selling, target the company whose shares are sold and acquirer
the buyer named or no one; its stake is the stake sold and its amount what the sale brought in. Norcrest Labs,
Harbor Peak Capital, Lanting Ventures, Quillfeather, Veltrix and the others are invented and in no lexicon.
"""

from __future__ import annotations

from tests.extract.readers import facts, names, one, roles

REF = "2025-09-30"


def exits(text: str, ref: str = REF) -> list[tuple[list[str], list[str], list[str], str]]:
    """(seller, target, acquirer, modality) of each acquisition read."""
    return [(names(f, "seller") if f.roles.get("seller") else [], names(f, "target"), names(f, "acquirer"), f.modality)
            for f in facts(text, "acquisition", ref)]


def holdings(text: str, ref: str = REF) -> list[tuple[str, str, str | None, str]]:
    """(holder, company, stake, modality) of each shareholding read."""
    return [(f.roles["holder"][0].canonical, f.roles["company"][0].canonical, f.stake.text if f.stake else None,
             f.modality) for f in facts(text, "shareholding", ref)]


# ------------------------------------------------------------------------------------------ exits
def test_sold_its_entire_stake_names_no_buyer():
    f = one("Lanting Ventures sold its entire stake in Northwind Robotics in March 2024.", "acquisition")
    assert roles(f) == {"acquirer": [], "target": ["Northwind Robotics"], "seller": ["Lanting Ventures"]}
    assert f.modality == "asserted" and f.date.text == "March 2024" and f.stake is None
    assert facts("Lanting Ventures sold its entire stake in Northwind Robotics in March 2024.", "shareholding") == []


def test_exited_its_investment_then_the_sale_in_a_participle():
    text = "SoftBank has exited its investment in Veltrix AI, selling its 15% stake to Brightpath Capital for $300 million."
    f = one(text, "acquisition")
    assert roles(f) == {"acquirer": ["Brightpath Capital"], "target": ["Veltrix AI"], "seller": ["SoftBank"]}
    assert f.stake.value.value == 15.0 and f.amount.value.value == 300e6
    assert facts(text, "investment") == []  # neither "its" nor Brightpath invests in a round


def test_stake_sold_to_a_buyer_and_the_company_selling_its_own_stake():
    f = one("Aldon Group agreed to sell a 30% stake in Norcrest Labs to Harbor Peak Capital for $90 million.",
            "acquisition")
    assert roles(f) == {"acquirer": ["Harbor Peak Capital"], "target": ["Norcrest Labs"], "seller": ["Aldon Group"]}
    assert f.modality == "planned" and f.stake.value.value == 30.0 and f.amount.value.value == 90e6
    f = one("Quillfeather sold a 12% stake to Lanting Ventures.", "investment")  # new shares of the company itself
    assert roles(f) == {"investor": ["Lanting Ventures"], "investee": ["Quillfeather"]}
    assert facts("Quillfeather sold 8 million shares in its IPO.", "acquisition") == []


def test_a_buyer_described_before_its_name():
    f = one("Aldon Group sold its 35 percent stake in Norcrest Labs to Osaka-based joint venture partner Kiyomi Denki "
            "for $48 million.", "acquisition")
    assert names(f, "acquirer") == ["Kiyomi Denki"] and f.stake.value.value == 35.0


def test_a_planned_or_reported_sale_of_a_stake():
    assert exits("Aldon Group is exploring a sale of its stake in Veltrix Systems, people familiar with the matter "
                 "said.") == [(["Aldon Group"], ["Veltrix Systems"], [], "reported")]
    assert exits("Aldon Group is considering selling its shares in Veltrix Systems.") == [
        (["Aldon Group"], ["Veltrix Systems"], [], "planned")]
    f = one("Harbor Peak plans to sell part of its 30% stake in Norcrest Labs.", "acquisition")
    assert f.modality == "planned" and f.stake is None  # 30% is what it holds, not what it sells


def test_a_stake_cut_to_a_size_leaves_a_holding():
    text = "Harbor Peak cut its stake in Norcrest Labs to 4.9%."
    assert exits(text) == [(["Harbor Peak"], ["Norcrest Labs"], [], "asserted")]
    assert holdings(text) == [("Harbor Peak", "Norcrest Labs", "4.9%", "asserted")]
    text = "Harbor Peak offloaded 2 million shares of Norcrest Labs in block trades, lowering its stake to 6% from 9%."
    assert exits(text) == [(["Harbor Peak"], ["Norcrest Labs"], [], "asserted")]
    assert holdings(text) == [("Harbor Peak", "Norcrest Labs", "6%", "asserted")]
    text = "Harbor Peak has sold 40 million of its shares in Norcrest Labs, reducing its holding from 8% to 5.5%."
    assert holdings(text) == [("Harbor Peak", "Norcrest Labs", "5.5%", "asserted")]


def test_shares_named_by_their_company_and_the_proceeds():
    f = one("Harbor Peak sold 3 million Norcrest Labs shares in May for $40 million.", "acquisition")
    assert names(f, "target") == ["Norcrest Labs"] and f.amount.value.value == 40e6 and f.date.text == "May"
    f = one("Aldon Group dumped 20 million shares of Norcrest Labs at an average price of $7.10 each, cashing out about "
            "$142 million.", "acquisition")
    assert f.amount.value.value == 142e6  # not the price of a share
    f = one("Aldon Group sold its entire $900 million stake in Norcrest Labs.", "acquisition")
    assert f.amount.value.value == 900e6


def test_all_of_the_remaining_shares_it_held():
    assert exits("Harbor Peak has sold all of the remaining ordinary shares it held in Norcrest Labs.") == [
        (["Harbor Peak"], ["Norcrest Labs"], [], "asserted")]


def test_exit_verbs():
    for text in ("Harbor Peak zeroed out its investment in Norcrest Labs.", "Harbor Peak has fully exited Norcrest Labs.",
                 "Harbor Peak sold out of Norcrest Labs in 2023.", "Harbor Peak cashed out of Norcrest Labs."):
        assert exits(text) == [(["Harbor Peak"], ["Norcrest Labs"], [], "asserted")], text
        assert facts(text, "investment") == [], text
    assert exits("Harbor Peak exited the memory chip market.") == []


def test_a_full_exit_leaves_no_holding_a_partial_one_does():
    text = "Harbor Peak holds 12% of Norcrest Labs. In June Harbor Peak sold its entire stake in Norcrest Labs."
    assert holdings(text) == []
    text = "Harbor Peak holds 12% of Norcrest Labs. In June Harbor Peak sold part of its stake in Norcrest Labs."
    assert holdings(text) == [("Harbor Peak", "Norcrest Labs", "12%", "asserted")]


def test_a_stake_sold_of_the_company_held_just_before():
    text = ("Harbor Peak is weighing options to sell some of its 60% holding in Norcrest Labs. Harbor Peak had "
            "already sold some of its stake in 2022, raising about $300 million.")
    found = facts(text, "acquisition")
    assert [(names(f, "target"), f.modality) for f in found] == [(["Norcrest Labs"], "planned"),
                                                                 (["Norcrest Labs"], "asserted")]
    assert found[1].amount.value.value == 300e6 and found[1].date.text == "2022"
    assert exits("Norcrest Labs makes lidar. It is not the only supplier cutting its stake.") == []


def test_the_date_of_a_sellers_apposition_is_not_the_sales():
    text = "Lanting Ventures, which led a round in Norcrest Labs in 2021, sold its shares in the start-up to Harbor Peak."
    f = one(text, "acquisition")
    assert roles(f)["seller"] == ["Lanting Ventures"] and names(f, "target") == ["Norcrest Labs"]
    assert names(f, "acquirer") == ["Harbor Peak"] and f.date is None


def test_shares_with_the_stake_they_represent():
    f = one("Veltrix sold its 5 million shares, representing 12% of Norcrest Labs, to Harbor Peak Capital for $60 "
            "million.", "acquisition")
    assert roles(f) == {"acquirer": ["Harbor Peak Capital"], "target": ["Norcrest Labs"], "seller": ["Veltrix"]}
    assert f.stake.value.value == 12.0 and f.amount.value.value == 60e6


def test_a_unit_sold_is_no_longer_owned():
    text = "Aldon Group sold its radar unit Norcrest Labs to Harbor Peak Capital for $500 million."
    f = one(text, "acquisition")
    assert roles(f) == {"acquirer": ["Harbor Peak Capital"], "target": ["Norcrest Labs"], "seller": ["Aldon Group"]}
    assert facts(text, "ownership") == []


def test_a_minority_sale_valued_gives_no_price():
    text = ("Aldon Group agreed to sell a 10% stake in Norcrest Labs to Harbor Peak. The transaction values Norcrest "
            "Labs at $2 billion.")
    assert one(text, "acquisition").amount is None
    text = "Aldon Group agreed to buy Norcrest Labs. The deal values Norcrest Labs at $2 billion."
    assert one(text, "acquisition").amount.value.value == 2e9


def test_a_sale_told_by_a_filing_is_stated_not_reported():
    text = "Harbor Peak sold 2 million shares in Norcrest Labs in May, according to a Nasdaq regulatory filing."
    assert exits(text) == [(["Harbor Peak"], ["Norcrest Labs"], [], "asserted")]
    text = "Harbor Peak sold 2 million shares in Norcrest Labs in May, according to people close to the fund."
    assert exits(text) == [(["Harbor Peak"], ["Norcrest Labs"], [], "reported")]


def test_a_relative_clause_with_its_own_pronoun_before_the_verb():
    text = ("Aldon Group, which is closing two plants as it struggles to cut costs, has sold its stake in Norcrest "
            "Labs in the second quarter.")
    assert exits(text) == [(["Aldon Group"], ["Norcrest Labs"], [], "asserted")]


# ------------------------------------------------------------------------------------------ AI and chip deals
def test_a_brand_name_with_a_lower_case_i():
    f = one("BMW i Ventures invested $5 million in Quillfeather last year.", "investment")
    assert names(f, "investor") == ["BMW i Ventures"]


def test_a_long_apposition_before_the_verb():
    text = ("Quillfeather, a developer of an inference platform that lets hospitals run open and custom clinical "
            "models on their own servers, raised a $120 million funding round at a $900 million valuation.")
    f = one(text, "investment")
    assert names(f, "investee") == ["Quillfeather"] and f.amount.value.value == 120e6
    assert f.qualifiers["valuation"].value.value == 900e6


def test_participating_in_a_named_companys_round():
    f = one("Harbor Peak also participated in Peter Olsen's Quillfeather $800 million funding round in 2024.",
            "investment")
    assert roles(f) == {"investor": ["Harbor Peak"], "investee": ["Quillfeather"]} and f.date.text == "2024"


def test_joining_a_round_for_a_company_and_a_second_verb():
    f = one("Harbor Peak joined a $40 million seed round for Norcrest Labs.", "investment")
    assert roles(f) == {"investor": ["Harbor Peak"], "investee": ["Norcrest Labs"]}
    assert f.qualifiers["round"] == "seed" and "lead" not in f.qualifiers
    text = ("Harbor Peak led a $90 million funding round for the two-year-old Norcrest Labs, which aims to rival "
            "larger labs, and joined a $30 million seed round for Quillfeather.")
    found = {(names(f, "investor")[0], names(f, "investee")[0], f.modality, f.amount.value.value)
             for f in facts(text, "investment")}
    assert found == {("Harbor Peak", "Norcrest Labs", "asserted", 90e6), ("Harbor Peak", "Quillfeather", "asserted", 30e6)}


def test_investors_the_round_includes_and_a_plus_round():
    text = ("Harbor Peak will lead a $60 million Series A+ round for Norcrest Labs. The Series A+ round also includes "
            "Aldon Ventures and Lanting Capital.")
    f = one(text, "investment")
    assert names(f, "investor") == ["Harbor Peak", "Aldon Ventures", "Lanting Capital"]
    assert f.qualifiers["round"] == "Series A+"


def test_an_investment_announced_into_a_company():
    f = one("Veltrix is announcing a proposed $3 billion investment into Quillfeather.", "investment")
    assert roles(f) == {"investor": ["Veltrix"], "investee": ["Quillfeather"]} and f.modality == "planned"


def test_a_place_adjective_is_no_target():
    f = one("Veltrix has agreed to buy rival Californian chipmaker Norcrest Labs in a $12bn all-stock deal.",
            "acquisition")
    assert names(f, "target") == ["Norcrest Labs"]


def test_cornerstones_of_the_offering_the_paragraph_is_about():
    text = ("Quillfeather opened 12% above its offer price in Hong Kong on Tuesday. Norcrest Labs is preparing a "
            "listing too, people familiar said. Quillfeather raised HK$2.1 billion at HK$20.50. It will spend most of "
            "the money on research. Cornerstone investors included Harbor Peak Capital and Lanting Fund.")
    f = one(text, "investment")
    assert names(f, "investee") == ["Quillfeather"]
    assert names(f, "investor") == ["Harbor Peak Capital", "Lanting Fund"]


def test_the_date_of_the_round_before_is_not_this_rounds():
    f = one("Norcrest Labs closed an $80 million Series B, following its seed round of $4 million in March 2024.",
            "investment")
    assert f.amount.value.value == 80e6 and f.date is None


def test_leading_a_round_of_a_sum_in_a_company():
    f = one("Veltrix is said to be leading a financing round of up to $150 million in Seoul chip start-up Norcrest "
            "Labs.", "investment")
    assert roles(f) == {"investor": ["Veltrix"], "investee": ["Norcrest Labs"]} and f.modality == "reported"


def test_talks_to_go_public_are_a_plan():
    f = one("Quillfeather is in talks to go public through a merger with a blank-check company.", "listing")
    assert f.qualifiers["stage"] == "planned"


def test_a_later_sale_told_by_a_participle_of_the_subject():
    text = "Aldon Ventures, an early backer of Norcrest Labs, built a 5% stake in 2019 before selling all of its shares in 2024."
    f = one(text, "acquisition")
    assert roles(f) == {"acquirer": [], "target": ["Norcrest Labs"], "seller": ["Aldon Ventures"]}
    assert f.date.text == "2024"
    text = "Aldon Group's Vantage Fund had been an early investor in Norcrest Labs before fully divesting its holdings in 2021."
    assert names(one(text, "acquisition"), "target") == ["Norcrest Labs"]


def test_a_sale_told_by_a_participle_opening_the_sentence():
    text = "In addition to selling its stake in Norcrest Labs, Aldon Group has also exited Quillfeather."
    assert sorted(exits(text)) == [(["Aldon Group"], ["Norcrest Labs"], [], "asserted"),
                                   (["Aldon Group"], ["Quillfeather"], [], "asserted")]


def test_the_stake_left_told_as_a_fall():
    text = "Aldon Group sold 40 million shares of Norcrest Labs in June. Its stake dropped to 3.2% from 5.3%."
    assert holdings(text) == [("Aldon Group", "Norcrest Labs", "3.2%", "asserted")]
    assert holdings("Aldon Group's holding in Norcrest Labs fell to 4%.") == [
        ("Aldon Group", "Norcrest Labs", "4%", "asserted")]


def test_an_investor_described_not_named():
    text = "According to public records, Japan's state-owned chip fund invested 3 billion yen in Norcrest Labs."
    f = one(text, "investment")
    assert roles(f) == {"investor": [], "investee": ["Norcrest Labs"]} and f.modality == "asserted"
    assert f.amount.value.value == 3e9


def test_raising_with_a_valuation_after_a_verb_and_scored_funding():
    text = ("In May, Norcrest Labs became the most valuable chip start-up in Europe after raising $400 million for a "
            "valuation of over $3 billion.")
    f = one(text, "investment")
    assert names(f, "investee") == ["Norcrest Labs"] and f.amount.value.value == 400e6
    text = ("Quillfeather builds lidar. The start-up – known also as QF Robotics – said it has scored $60 million of "
            "funding at a valuation of $500 million.")
    f = one(text, "investment")
    assert names(f, "investee")[0] in ("Quillfeather", "QF Robotics") and f.amount.value.value == 60e6  # one company


def test_a_month_without_its_year():
    f = one("Harbor Peak sold its entire stake in Norcrest Labs in November last year.", "acquisition", "2026-02-17")
    assert f.date.value.value == "2025-11"
    f = one("Harbor Peak sold its entire stake in Norcrest Labs in December.", "acquisition", "2025-03-05")
    assert f.date.value.value == "2024-12"  # done, so not a December still to come
    f = one("Harbor Peak will sell its entire stake in Norcrest Labs in December.", "acquisition", "2025-03-05")
    assert f.date.value.value == "2025-12"
    f = one("Harbor Peak sold its entire stake in Norcrest Labs in February.", "acquisition", "2025-03-05")
    assert f.date.value.value == "2025-02"


def test_an_investor_at_the_companys_side():
    text = ("Norcrest Labs pulled in $90 million, Quillfeather secured $40 million with Veltrix at its side, and Dutch "
            "chipmaker Halvard Semiconductor raised $25 million with Harbor Peak writing checks.")
    found = {(names(f, "investee")[0], tuple(names(f, "investor"))) for f in facts(text, "investment")}
    assert found == {("Norcrest Labs", ()), ("Quillfeather", ("Veltrix",)), ("Halvard Semiconductor", ("Harbor Peak",))}


def test_an_exit_named_as_a_noun():
    assert exits("Aldon Group's exit from Norcrest Labs was completed in May.") == [
        (["Aldon Group"], ["Norcrest Labs"], [], "asserted")]
    assert exits("Aldon Group's planned exit from Norcrest Labs drew attention.") == [
        (["Aldon Group"], ["Norcrest Labs"], [], "planned")]

"""Round 32 (wt-ze), the English reader: shares bought on the market (an investment, not a takeover), a ranking of
holders carried on by "It was followed by …", an aside between dashes that names another company, a buyer named by a
description of a company named before. Sentences written by the team; the companies are invented."""

from __future__ import annotations

from tests.extract.readers import facts, names, one

# ---- "bought shares of Y": a holder adding shares, an investment; a price per share is no amount


def test_bought_shares_of_is_an_investment_without_the_price_per_share():
    f = one("Halden Partners bought shares of Northwind Robotics for $20 each.", "investment")
    assert names(f, "investor") == ["Halden Partners"] and names(f, "investee") == ["Northwind Robotics"]
    assert f.amount is None
    assert not facts("Halden Partners bought shares of Northwind Robotics for $20 each.", "acquisition")


def test_bought_more_shares_for_a_total_keeps_the_total():
    f = one("Last week Ostrava Capital bought more shares of Pellworth Systems for $12 million.", "investment")
    assert names(f, "investee") == ["Pellworth Systems"]
    assert f.amount is not None and f.amount.text == "$12 million"


def test_acquired_some_shares_at_a_price_per_share():
    f = one("Ostrava Capital acquired some shares of Pellworth Systems at $8 per share in March.", "investment")
    assert names(f, "investor") == ["Ostrava Capital"] and f.amount is None
    assert not facts("Ostrava Capital acquired some shares of Pellworth Systems at $8 per share in March.",
                     "acquisition")


def test_all_outstanding_shares_stay_a_takeover():
    # near miss: all of a company's shares bought is its acquisition
    f = one("Halden Partners bought all outstanding shares of Northwind Robotics for $400 million.", "acquisition")
    assert names(f, "target") == ["Northwind Robotics"]
    assert not facts("Halden Partners bought all outstanding shares of Northwind Robotics for $400 million.",
                     "investment")


def test_the_remaining_shares_stay_a_takeover():
    f = one("In May Halden Partners purchased the remaining shares of Northwind Robotics.", "acquisition")
    assert names(f, "acquirer") == ["Halden Partners"]


# ---- "It was followed by B with 11.2%": the ranking of the sentence before goes on


def test_followed_by_in_the_next_sentence_holds_the_same_company():
    text = ("Corvane Capital is the largest shareholder of Northwind Robotics with 14.1%. It was followed by Halden "
            "Partners with 11.2% and Orbis Fund with 6%.")
    held = {names(f, "holder")[0]: f for f in facts(text, "shareholding")}
    assert set(held) == {"Corvane Capital", "Halden Partners", "Orbis Fund"}
    assert names(held["Halden Partners"], "company") == ["Northwind Robotics"]
    assert held["Halden Partners"].stake.text == "11.2%" and held["Orbis Fund"].stake.text == "6%"


def test_followed_by_after_a_sentence_with_no_holding_gives_nothing():
    # near miss: the sentence before ranks no holder
    text = "Corvane Capital reported revenue of $4 billion in 2024. It was followed by Halden Partners with 11.2%."
    assert not facts(text, "shareholding")


def test_followed_by_across_an_unrelated_sentence_gives_nothing():
    # near miss: the ranking is not the sentence just before
    text = ("Corvane Capital is the largest shareholder of Northwind Robotics with 14.1%. Its sales rose 5% last year. "
            "It was followed by Halden Partners with 11.2%.")
    assert [names(f, "holder") for f in facts(text, "shareholding")] == [["Corvane Capital"]]


# ---- "A – the firm behind B – invested in C": the aside describes A; B is no party


def test_dash_aside_with_a_description_names_no_investor():
    f = one("Halden Partners – the firm behind Northwind Robotics – made an investment in Quillon Labs.", "investment")
    assert names(f, "investor") == ["Halden Partners"] and names(f, "investee") == ["Quillon Labs"]


def test_comma_aside_with_a_description_names_no_investor():
    f = one("Halden Partners, the firm behind Northwind Robotics, made an investment in Quillon Labs.", "investment")
    assert names(f, "investor") == ["Halden Partners"]


def test_a_list_of_investors_stays_a_list():
    # near miss: names joined by commas and "and" are all investors
    f = one("Halden Partners, Northwind Robotics and Orbis Fund made an investment in Quillon Labs.", "investment")
    assert names(f, "investor") == ["Halden Partners", "Northwind Robotics", "Orbis Fund"]


# ---- "The Seattle-based chipmaker agreed to buy C": the company named before with that description


def test_described_buyer_with_a_modifier_is_the_company_described_so():
    text = ("Corvane Inc., a Seattle-based chipmaker, reported higher sales on Monday. The Seattle-based chipmaker "
            "agreed to buy Quillon Labs for $300 million.")
    f = one(text, "acquisition")
    assert names(f, "acquirer") == ["Corvane Inc."] and names(f, "target") == ["Quillon Labs"]
    assert f.modality == "planned"


def test_described_buyer_picks_the_company_whose_description_fits():
    text = ("Corvane Inc., a Seattle-based chipmaker, and Orbis Inc., a Boston-based chipmaker, reported results on "
            "Monday. The Seattle-based chipmaker agreed to buy Quillon Labs.")
    assert names(one(text, "acquisition"), "acquirer") == ["Corvane Inc."]


def test_described_buyer_fitting_no_company_named_gives_nothing():
    # near miss: two chipmakers named before, neither Seattle-based
    text = ("Corvane Inc., a Denver-based chipmaker, and Orbis Inc., a Boston-based chipmaker, reported results on "
            "Monday. The Seattle-based chipmaker agreed to buy Quillon Labs.")
    assert not facts(text, "acquisition")


def test_described_buyer_with_no_chipmaker_named_before_gives_nothing():
    # near miss: the company named before is not described as a chipmaker
    text = "Corvane Inc. reported results on Monday. The Seattle-based chipmaker agreed to buy Quillon Labs."
    assert not facts(text, "acquisition")

"""Round 32 (wt-ze), the English reader: shares bought on the market (an investment, not a takeover), a ranking of
holders carried on by "It was followed by …", an aside between dashes that names another company, a buyer named by a
description of a company named before. Sentences written by the team; the companies are invented."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
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


# ---- "A and B are Y's largest shareholders", "puts A among Y's biggest owners, behind B and C"


def test_listed_subject_with_a_plural_rank_holds_the_company():
    found = facts("Harbor Peak, Aldon Ventures and Veltrix Systems are Norcrest Labs' biggest shareholders.",
                  "shareholding")
    assert sorted(names(f, "holder")[0] for f in found) == ["Aldon Ventures", "Harbor Peak", "Veltrix Systems"]
    assert all(names(f, "company") == ["Norcrest Labs"] for f in found)


def test_plural_rank_with_its_is_the_company_before_not_a_holder():
    found = facts("Norcrest Labs makes radar chips. Harbor Peak and Aldon Ventures are its two largest investors.",
                  "shareholding")
    assert sorted(names(f, "holder")[0] for f in found) == ["Aldon Ventures", "Harbor Peak"]
    assert all(names(f, "company") == ["Norcrest Labs"] for f in found)


def test_plural_without_a_rank_or_a_company_is_no_holding():
    # near misses: customers are no holders; a rank of no company named says nothing
    assert not facts("Harbor Peak and Aldon Ventures are Norcrest Labs' customers.", "shareholding")
    assert not facts("Harbor Peak and Aldon Ventures are the largest shareholders.", "shareholding")


def test_lead_investors_in_the_round_are_no_ranked_holders():
    # near miss: "lead investors in the round" is the round's, not a rank among owners
    assert not [f for f in facts("Harbor Peak and Aldon Ventures were Norcrest Labs' lead investors in the round.",
                                 "shareholding") if f.rule == "english:ranked_are"]


def test_a_deal_putting_a_holder_among_owners_behind_others():
    text = ("The purchase puts Halden Partners among Norcrest Labs' biggest owners, behind the asset managers Harbor "
            "Peak and Aldon Ventures.")
    found = facts(text, "shareholding")
    assert sorted(names(f, "holder")[0] for f in found) == ["Aldon Ventures", "Halden Partners", "Harbor Peak"]
    assert all(names(f, "company") == ["Norcrest Labs"] for f in found)


# ---- "SoftBank's Vision Fund": a fund named after a company's possessive is that company's


def test_possessive_fund_is_owned_by_the_possessor():
    found = facts("Halden Group's Harbor Fund sold its stake in Norcrest Labs.", "ownership")
    assert [(names(f, "owner"), names(f, "unit")) for f in found] == [(["Halden Group"], ["Harbor Fund"])]


def test_its_fund_takes_the_company_before_and_no_date_of_the_deal():
    text = ("Halden Group spent heavily on chips last year. Its Harbor Fund built a position of about $4 billion in "
            "Norcrest Labs in 2017.")
    f = one(text, "ownership")
    assert names(f, "owner") == ["Halden Group"] and names(f, "unit") == ["Harbor Fund"]
    assert f.date is None


def test_possessive_before_a_company_that_is_no_fund_is_no_ownership():
    # near misses: a name not ending in Fund or Ventures; words between the possessive and the fund
    assert not facts("Halden Group's Orbis Labs sold its stake in Norcrest Labs.", "ownership")
    assert not facts("Halden Group's investors include Orbis Fund.", "ownership")


# ---- "B's shares jumped after A invested $N": A invested in B


def test_shares_jumping_after_an_investment_name_the_investee():
    f = one("Pellworth AI shares jumped 20% after Ostrava Capital invested $5 million.", "investment")
    assert names(f, "investor") == ["Ostrava Capital"] and names(f, "investee") == ["Pellworth AI"]


def test_after_another_deal_the_company_whose_shares_moved_is_the_investee():
    text = ("Shares of Halden Robotics, which received $7 million in investment from Ostrava Capital, rose by 5%. "
            "Voice software developer Pellworth AI saw a surge of 50% in its shares after Ostrava Capital invested "
            "about $3.7 million.")
    found = {names(f, "investee")[0]: f for f in facts(text, "investment")}
    assert set(found) == {"Halden Robotics", "Pellworth AI"}
    assert found["Pellworth AI"].amount.text == "about $3.7 million"


def test_another_company_before_the_investor_is_not_the_last_deal():
    # near miss: no share move; the company named is not the one of the deal just read, so no investee at all
    text = ("Ostrava Capital invested $7 million in Halden Robotics in May. Pellworth AI hired 20 engineers after "
            "Ostrava Capital invested $5 million.")
    assert [names(f, "investee") for f in facts(text, "investment")] == [["Halden Robotics"]]


def test_the_same_investor_again_keeps_the_deal_just_read():
    text = "Ostrava Capital led a $20 million round in Halden Robotics in May. Ostrava Capital invested $12 million."
    assert {names(f, "investee")[0] for f in facts(text, "investment")} == {"Halden Robotics"}


def test_possessive_fund_after_a_preposition_and_in_a_report_is_asserted():
    f = one("The round includes $30 billion from Halden Group's Harbor Fund plus $11 billion from others.", "ownership")
    assert names(f, "owner") == ["Halden Group"] and f.modality == "asserted" and f.amount is None
    assert one("Halden Group's Harbor Fund reportedly sold its stake in Norcrest Labs.", "ownership").modality \
        == "asserted"


# ---- "Harbor Fund 2": a fund's number is part of its name; its owner is not what it holds


def test_numbered_fund_keeps_its_number_and_holds_the_company_before():
    text = ("Norcrest Labs filed for an IPO on Monday. Halden Group's Harbor Fund 2 is the largest shareholder with "
            "18.6%, followed by Sutter Ridge Ventures with 11.2%.")
    held = {names(f, "holder")[0]: f for f in facts(text, "shareholding")}
    assert set(held) == {"Harbor Fund 2", "Sutter Ridge Ventures"}
    assert all(names(f, "company") == ["Norcrest Labs"] for f in held.values())
    owned = one(text, "ownership")
    assert names(owned, "owner") == ["Halden Group"] and names(owned, "unit") == ["Harbor Fund 2"]


def test_a_fund_followed_by_a_percentage_or_a_year_keeps_its_name():
    # near misses: a figure after the fund's name is no number of the fund
    text = "Harbor Fund 2 bought a 20% stake in Norcrest Labs, and Harbor Fund 12% of Quillon Labs."
    assert "Harbor Fund 2" in [m.text for m in extract("t", text, "2025-06-30").mentions]
    assert "Harbor Fund 12" not in [m.text for m in extract("t", text, "2025-06-30").mentions]
    assert [m.text for m in facts("Harbor Fund 2021 returns were strong and Harbor Fund invested $5 million in "
                                  "Norcrest Labs.", "investment")[0].roles["investor"]] == ["Harbor Fund"]


def test_its_fund_inside_a_sentence_is_the_opening_company_s():
    text = ("Halden Group's stakes in Norcrest Labs and Quillon Labs helped the group post a $19 billion gain on its "
            "Harbor Fund.")
    f = one(text, "ownership")
    assert names(f, "owner") == ["Halden Group"]


# ---- "Over the same period it raised $N by selling part of its holding in Y"; "shares of the American chip designer"


def test_exit_by_selling_after_a_fronted_period():
    text = ("Halden Group sold its Norcrest Labs shares in May. Over the same period it also raised $9.17 billion by "
            "selling part of its holding in Quillon Labs.")
    found = {names(f, "target")[0]: f for f in facts(text, "acquisition")}
    assert names(found["Quillon Labs"], "seller") == ["Halden Group"]
    assert found["Quillon Labs"].amount.text == "$9.17 billion"


def test_selling_goods_after_a_fronted_period_is_no_exit():
    # near miss: chips sold, not a holding
    assert not facts("Over the same period Halden Group raised $2 billion by selling chips to Quillon Labs.",
                     "acquisition")


def test_a_nationality_before_a_described_chip_designer():
    text = ("Halden Group has sold every Norcrest Labs share it owned. Norcrest Labs, a chip designer, fell 3%. The "
            "group offloaded 32.1 million shares of the American chip designer in October.")
    dated = [f for f in facts(text, "acquisition") if f.date is not None]
    assert [(names(f, "seller"), names(f, "target")) for f in dated] == [(["Halden Group"], ["Norcrest Labs"])]


def test_a_described_designer_no_company_fits_gives_nothing():
    # near miss: the company named before makes robots, not chips
    text = ("Halden Group bought a stake in Orbis Robotics, a robot maker. It later sold the shares of the Chinese "
            "chip designer in October.")
    assert not facts(text, "acquisition")


# ---- "A holds 61 million shares of Y, which represents 7.8 per cent of the firm": a holding


def test_a_number_of_shares_owned_is_a_holding_with_the_part_told_after():
    f = one("By March Harbor Peak held 61 million shares in Norcrest Labs, which represents 7.8 per cent of the firm.",
            "shareholding")
    assert names(f, "holder") == ["Harbor Peak"] and names(f, "company") == ["Norcrest Labs"]
    assert f.stake is not None and f.stake.text == "7.8 per cent"


def test_a_number_of_named_shares_held_with_or_a_part():
    f = one("Ostrava Capital holds 3 million Pellworth Systems shares, or 4%.", "shareholding")
    assert names(f, "company") == ["Pellworth Systems"] and f.stake.text == "4%"


def test_shares_sold_or_of_a_rival_are_no_holding():
    # near misses: a sale; the shares of a company's rival, not of the company
    assert not facts("Harbor Peak sold 3 million shares of Norcrest Labs.", "shareholding")
    assert not facts("Harbor Peak owns 9 million shares of Norcrest Labs' rival.", "shareholding")

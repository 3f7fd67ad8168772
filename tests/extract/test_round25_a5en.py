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

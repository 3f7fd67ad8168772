"""English deals told in more ways: a round's lead in a with-clause with no round noun after it ("with A leading and B
participating"), a buyer paying for all of a company's shares, a denial that dismisses speculation, no plans to go
public (a plan denied, not a listing), a joint lab, partnership talks. Invented companies throughout."""

from __future__ import annotations

import pytest

from tests.extract.readers import facts, names, one


@pytest.mark.parametrize("text, investee, investors, lead", [
    ("Mirelle Bio closed a $45 million Series A, with Falken Ridge Capital leading and existing backer Cobalt Arch "
     "Ventures participating.", "Mirelle Bio", ["Falken Ridge Capital", "Cobalt Arch Ventures"], "Falken Ridge Capital"),
    ("Tessivo AI raised $20 million in a seed round, with Harbor Peak Ventures leading.", "Tessivo AI",
     ["Harbor Peak Ventures"], "Harbor Peak Ventures"),
    ("Quillon Robotics raised $12 million, with Corvid Capital leading and Lanting Ventures joining.", "Quillon Robotics",
     ["Corvid Capital", "Lanting Ventures"], "Corvid Capital"),
])
def test_lead_in_a_with_clause(text, investee, investors, lead):
    fact = one(text, "investment")
    assert names(fact, "investee") == [investee]
    assert names(fact, "investor") == investors
    assert len(fact.qualifiers["lead"]) == 1 and lead.replace(" ", "").lower() in fact.qualifiers["lead"][0]


@pytest.mark.parametrize("text, acquirer, target, modality", [
    ("Under the deal, Tandris will pay $12 per share in cash for all outstanding shares of Corvane Therapeutics.",
     "Tandris", "Corvane Therapeutics", "planned"),
    ("Halvern Group paid $8.50 a share for all of the outstanding shares of Skyrail Systems.", "Halvern Group",
     "Skyrail Systems", "asserted"),
    ("Quorvia will pay $31 per share in cash for each outstanding share of Lumeno.", "Quorvia", "Lumeno", "planned"),
])
def test_paying_for_all_shares(text, acquirer, target, modality):
    fact = one(text, "acquisition")
    assert names(fact, "acquirer") == [acquirer]
    assert names(fact, "target") == [target]
    assert fact.modality == modality


def test_paying_for_some_shares_is_no_takeover():
    assert facts("Tandris paid $5 million for shares of Corvane Therapeutics.", "acquisition") == []


@pytest.mark.parametrize("text", [
    "Caldris Cloud said it has no plans to acquire Orinth AI, dismissing weeks of market speculation.",
    "Quorvia brushed off rumours that it would buy Lumeno.",
])
def test_speculation_dismissed_is_a_denial(text):
    assert one(text, "acquisition").modality == "denied"


def test_no_plans_to_go_public():
    fact = one("Tandris has no plans to go public, chief executive Ines Varga said.", "listing")
    assert fact.modality == "negated"
    assert fact.qualifiers["stage"] == "planned"


@pytest.mark.parametrize("text, parties, kind, modality", [
    ("Orinth AI and Petrel Dynamics opened a joint lab in Shenzhen to work on voice control for drones.",
     ["Orinth AI", "Petrel Dynamics"], "joint_lab", "asserted"),
    ("Orinth AI set up a joint laboratory with Petrel Dynamics.", ["Orinth AI", "Petrel Dynamics"], "joint_lab",
     "asserted"),
    ("Tandris and Kestrova are said to be in talks over a partnership on warehouse automation.",
     ["Tandris", "Kestrova"], "strategic", "reported"),
    ("Orinth AI is in talks with Petrel Dynamics about a possible alliance.", ["Orinth AI", "Petrel Dynamics"],
     "strategic", "reported"),
])
def test_partnerships(text, parties, kind, modality):
    fact = one(text, "partnership")
    assert sorted(names(fact, "party") + names(fact, "party2") if "party2" in fact.roles else names(fact, "party")) \
        == sorted(parties)
    assert fact.qualifiers["kind"] == kind
    assert fact.modality == modality


def test_a_lab_of_its_own_is_no_partnership():
    assert facts("Orinth AI opened a new lab in Shenzhen.", "partnership") == []


@pytest.mark.parametrize("text, investor, investee, modality", [
    ("The round, which brings Kestrova's total funding to $80 million, was led by Sable Peak Ventures.",
     "Sable Peak Ventures", "Kestrova", "asserted"),
    ("The Series B, which brought Tessivo AI's total funding to $150 million, was led by Corvid Capital.",
     "Corvid Capital", "Tessivo AI", "asserted"),
    ("Cobalt Arch Ventures wrote the first check into Orinth AI in 2021, leading its angel round.",
     "Cobalt Arch Ventures", "Orinth AI", "asserted"),
    ("Harbor Peak Ventures cut a $2 million check for Tessivo AI.", "Harbor Peak Ventures", "Tessivo AI", "asserted"),
])
def test_round_and_check_wordings(text, investor, investee, modality):
    fact = one(text, "investment")
    assert names(fact, "investor") == [investor]
    assert names(fact, "investee") == [investee]
    assert fact.modality == modality


def test_total_funding_is_no_round_amount():
    fact = one("The round, which brings Kestrova's total funding to $80 million, was led by Sable Peak Ventures.",
               "investment")
    assert fact.amount is None


@pytest.mark.parametrize("text, investee", [
    ("Tandris has not raised any outside capital since its founding, relying instead on customer revenue.", "Tandris"),
    ("Lumeno has never raised external funding.", "Lumeno"),
])
def test_no_outside_capital(text, investee):
    fact = one(text, "investment")
    assert names(fact, "investee") == [investee]
    assert fact.roles.get("investor", []) == []
    assert fact.modality == "negated"


@pytest.mark.parametrize("text, acquirer, target, modality", [
    ("Market chatter that Halvern Group was circling Skyrail Systems sent the latter's shares up 9% on Wednesday.",
     "Halvern Group", "Skyrail Systems", "rumored"),
    ("Reports that Quorvia is circling Lumeno lifted its shares.", "Quorvia", "Lumeno", "reported"),
])
def test_suitor_circling_by_hearsay(text, acquirer, target, modality):
    fact = one(text, "acquisition")
    assert (names(fact, "acquirer"), names(fact, "target"), fact.modality) == ([acquirer], [target], modality)


def test_circling_alone_states_no_deal():
    assert facts("Halvern Group is circling Skyrail Systems.", "acquisition") == []


def test_concerns_played_down_deny_no_deal():
    fact = one("Quorvia played down reports of a slowdown after it acquired Lumeno.", "acquisition")
    assert fact.modality == "asserted"

"""An investor named after a clause that says whose investor it is (作为B的早期投资人，A…), and 加注 (A连续三轮加注B).
Invented companies throughout."""

from __future__ import annotations

import pytest

from tests.extract.readers import facts, names, one


@pytest.mark.parametrize("text", [
    "作为澄芯科技的早期投资人，青松资本在天使轮就已入局。",
    "作为澄芯科技最早的投资人，青松资本在天使轮就已入局。",
    "作为澄芯科技的投资方，青松资本表示看好。",
])
def test_as_its_investor(text):
    fact = one(text, "investment")
    assert names(fact, "investor") == ["青松资本"]
    assert names(fact, "investee") == ["澄芯科技"]


@pytest.mark.parametrize("text", [
    "作为一家投资机构，青松资本表示看好。",          # no company named as the one invested in
    "作为澄芯科技的早期投资人，该基金表示看好。",      # no name opens the next clause
])
def test_no_investment_from_the_aside(text):
    assert [names(f, "investor") for f in facts(text, "investment") if f.roles["investor"]] == []


@pytest.mark.parametrize("text", ["青松资本曾连续三轮加注澄芯科技。", "青松资本加注澄芯科技。"])
def test_raising_the_stake(text):
    fact = one(text, "investment")
    assert names(fact, "investor") == ["青松资本"]
    assert names(fact, "investee") == ["澄芯科技"]


def test_raising_the_stake_in_a_field_names_no_company():
    assert facts("多家机构加注AI赛道。", "investment") == []

"""A round told as headlines tell it, its name closing the clause with no 融资 after it (星衡完成2亿元B轮, 星衡获数千万元
天使轮，由A领投): a financing and an investment in the company, as 星衡完成2亿元B轮融资 is. Invented companies throughout."""

from __future__ import annotations

import pytest

from tests.extract.readers import facts, figures, names, one


@pytest.mark.parametrize("text, company, round_name, value", [
    ("幻澄科技完成2亿元B轮。", "幻澄科技", "B轮", "2亿元"),
    ("墨岩智能获数千万元天使轮，由沐川基金领投。", "墨岩智能", "天使轮", "数千万元"),
    ("青禾机器人宣布完成超5亿元C+轮", "青禾机器人", "C+轮", "超5亿元"),
])
def test_headline_round(text, company, round_name, value):
    fact = one(text, "investment")
    assert names(fact, "investee") == [company]
    assert fact.qualifiers["round"] == round_name
    assert (company, "financing", "asserted", value) in [f[:4] for f in figures(text)]


def test_lead_investor_of_a_headline_round():
    fact = one("墨岩智能获数千万元天使轮，由沐川基金领投。", "investment")
    assert names(fact, "investor") == ["沐川基金"]


def test_round_with_financing_word_read_once():
    assert len(facts("幻澄科技完成2亿元B轮融资。", "investment")) == 1
    assert len([f for f in figures("幻澄科技完成2亿元B轮融资。") if f[1] == "financing"]) == 1


@pytest.mark.parametrize("text", [
    "幻澄科技本轮估值10亿元。",
    "幻澄科技的B轮投资人包括沐川基金。",
    "在B轮中，幻澄科技的估值翻倍。",
])
def test_a_round_named_without_getting_it_is_no_financing(text):
    assert [f for f in figures(text) if f[1] == "financing"] == []

"""A round's investors listed after 参与投资的(机构)有 / 参与投资的包括, and a list closed by 共同参与 / 也有参与.
Invented companies throughout."""

from __future__ import annotations

import pytest

from tests.extract.readers import facts, names, one


@pytest.mark.parametrize("text", [
    "澄湖数联完成Pre-A轮融资，参与投资的机构有青松资本、北辰创投。",
    "澄湖数联完成Pre-A轮融资，参与投资的有青松资本、北辰创投等。",
    "澄湖数联完成Pre-A轮融资，参与投资的包括青松资本和北辰创投。",
])
def test_investors_listed_after_the_words(text):
    fact = one(text, "investment")
    assert names(fact, "investee") == ["澄湖数联"]
    assert names(fact, "investor") == ["青松资本", "北辰创投"]
    assert fact.qualifiers["round"] == "Pre-A轮"


def test_a_list_closed_by_taking_part_together():
    fact = one("青岚科技日前完成1亿元天使轮融资，青松资本、岚山创投、星河基金共同参与。", "investment")
    assert names(fact, "investee") == ["青岚科技"]
    assert names(fact, "investor") == ["青松资本", "岚山创投", "星河基金"]


def test_one_more_investor_also_taking_part():
    fact = one("青岚科技完成天使轮融资，由岚山资本领投，青松资本也有参与。", "investment")
    assert names(fact, "investor") == ["岚山资本", "青松资本"]


def test_taking_part_in_something_else_is_no_investment():
    assert facts("青松资本与岚山创投共同参与制定行业标准。", "investment") == []

"""A round's investors named by their role (领投方A表示…, 跟投方包括B) and a newcomer joining the round told earlier in
the same sentence (B完成B轮融资，新股东A首次入局). Invented companies throughout."""

from __future__ import annotations

import pytest

from dealgraph.extract.pipeline import extract
from tests.extract.readers import facts, names, one


def test_the_lead_named_by_its_role_after_the_round():
    text = "澄芯科技近日宣布完成2亿元B轮融资，这也是其今年的第二笔融资。领投方青松资本表示，看好公司的技术积累。"
    assert "方青松资本" not in [m.text for m in extract("t", text, "2025-06-30").mentions]
    found = [f for f in facts(text, "investment") if f.roles["investor"]]
    assert [(names(f, "investor"), names(f, "investee")) for f in found] == [(["青松资本"], ["澄芯科技"])]
    assert found[0].qualifiers.get("round") == "B轮"


def test_lead_and_followers_named_by_role():
    fact = one("澄芯科技完成B轮融资，领投方为青松资本，跟投方包括岚山创投。", "investment")
    assert names(fact, "investor") == ["青松资本", "岚山创投"]
    assert names(fact, "investee") == ["澄芯科技"]


@pytest.mark.parametrize("text, investor", [
    ("澄芯科技近日宣布完成2亿元B轮融资，新股东岚山创投首次入局。", "岚山创投"),
    ("澄芯科技近日宣布完成2亿元B轮融资，岚山创投也入局。", "岚山创投"),
    ("澄芯科技近日宣布完成2亿元B轮融资。老股东青松资本继续加码，新股东岚山创投首次入局。", "岚山创投"),
])
def test_a_newcomer_joins_the_round_told_before(text, investor):
    found = [f for f in facts(text, "investment") if investor in names(f, "investor")]
    assert len(found) == 1 and names(found[0], "investee") == ["澄芯科技"]
    assert found[0].qualifiers.get("round") == "B轮"


def test_joining_after_another_kind_of_deal_is_no_investment():
    assert [names(f, "investor") for f in facts("青禾科技收购了澄芯科技，岚山创投也入局。", "investment")] == []


@pytest.mark.parametrize("text", [
    "澄芯科技完成2亿元B轮融资。其中，青松资本投资1亿元，岚山创投投资5000万元。",
    "澄芯科技完成2亿元B轮融资，青松资本出资1亿元，岚山创投出资5000万元。",
])
def test_each_investor_and_its_part_of_the_round(text):
    found = {names(f, "investor")[0]: f for f in facts(text, "investment") if f.roles["investor"]}
    assert sorted(found) == ["岚山创投", "青松资本"]
    assert found["青松资本"].amount.text == "1亿元" and found["岚山创投"].amount.text == "5000万元"
    assert all(names(f, "investee") == ["澄芯科技"] and f.qualifiers.get("round") == "B轮" for f in found.values())


@pytest.mark.parametrize("text", [
    "澄芯科技完成2亿元B轮融资。青松资本投资1亿元建设新工厂。",   # money for something else
    "澄芯科技宣布收购青禾智能。其中，青松资本出资1亿元。",         # no round told before
])
def test_money_put_in_outside_a_round(text):
    assert [names(f, "investor") for f in facts(text, "investment") if f.roles["investor"]] == []

"""A person standing before the deal verb, with plans or time words between, makes the deal.
Sentences written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def investors(text: str) -> list[list[str]]:
    return [[m.text for m in f.roles["investor"]] for f in extract("t", text, "2025-06-30").facts
            if f.type == "investment"]


def test_a_person_who_plans_to_buy_within_months_is_the_investor():
    found = investors("华岳电子(600321)公告,公司董事长王海峰计划未来6个月内增持公司股份不低于500万元。")
    assert found == [["王海峰"]]


def test_a_person_buying_since_a_date_is_the_investor():
    found = investors("东林化工(002777)公告,公司总经理陈立新于2024年3月以来累计增持公司股份80万股。")
    assert found == [["陈立新"]]


def test_a_person_who_buys_indirectly_is_the_acquirer():
    found = [[m.text for m in f.roles["acquirer"]] for f in extract(
        "t", "华岳电子公告称,赵明远女士间接收购华岳电子有限公司29%股权。", "2025-06-30").facts
        if f.type == "acquisition"]
    assert found == [["赵明远"]]

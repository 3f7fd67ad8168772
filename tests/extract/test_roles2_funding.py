"""获得…增资: the company that gets the capital increase is invested in, by the fund named before 增资
(not by the group that owns the fund). Sentences written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def investments(text: str) -> list[dict[str, list[str]]]:
    return [{r: [m.text for m in ms] for r, ms in f.roles.items() if ms}
            for f in extract("t", text, "2025-06-30").facts if f.type == "investment"]


def test_a_capital_increase_received_from_a_fund_of_a_group_is_the_fund_s_investment():
    assert investments("今年3月,东林化工获得来自星海集团旗下星海产业基金有限公司的5亿元增资。") == [
        {"investor": ["星海产业基金有限公司"], "investee": ["东林化工"]}]


def test_a_capital_increase_received_names_its_investor():
    assert investments("华岳电子近日获得云帆资本3亿元增资。") == [{"investor": ["云帆资本"], "investee": ["华岳电子"]}]

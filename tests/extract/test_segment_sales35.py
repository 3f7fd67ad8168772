"""A line of business named before 销售收入 / 销售额 is a segment's figure, not the company's total (sentences written by
the team, invented names)."""

from __future__ import annotations

from tests.extract.readers import facts


def _revenues(text: str) -> list[tuple[float, str | None]]:
    out = []
    for f in facts(text, "financial"):
        if f.qualifiers.get("metric") == "revenue":
            out.append((f.qualifiers["value"].value.value, f.qualifiers.get("segment")))
    return sorted(out)


def test_a_product_lines_sales_after_the_total_are_that_lines():
    text = "岚州药业2024年实现营业收入36亿元，同比增长9%，其中生物制剂销售收入14亿元。"
    assert _revenues(text) == [(1.4e9, "生物制剂"), (3.6e9, None)]


def test_a_regions_sales_figure_is_that_regions():
    assert _revenues("岚州药业2024年境外销售额为5亿元。") == [(5e8, "境外")]


def test_the_companys_own_sales_stay_its_total():
    assert _revenues("岚州药业2024年的销售收入为36亿元。") == [(3.6e9, None)]
    assert _revenues("岚州药业2024年产品销售收入36亿元。") == [(3.6e9, None)]
    assert _revenues("2024年，岚州药业销售额达到36亿元。") == [(3.6e9, None)]

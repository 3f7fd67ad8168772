"""A bare name before a list of dates and a line of results (澄湖数联2023年、2024年营收分别为…), and before 收入
after a date (2024财年收入): the name is found and each year gets its figure. Invented companies throughout."""

from __future__ import annotations

import pytest

from tests.extract.readers import figures


@pytest.mark.parametrize("text", [
    "澄湖数联2023年和2024年营收分别为1.2亿元和2.5亿元。",
    "澄湖数联2023年、2024年营收分别为1.2亿元、2.5亿元。",
])
def test_a_list_of_dates_between_name_and_results(text):
    found = figures(text, ref="2025-10-30")
    assert [(c, m, v, p) for c, m, _, v, p in found] == [
        ("澄湖数联", "revenue", "1.2亿元", "2023"), ("澄湖数联", "revenue", "2.5亿元", "2024")]


@pytest.mark.parametrize("text, period", [("澄湖数联2024财年收入达到12亿美元。", "2024"), ("澄湖数联2024年收入达到12亿美元。", "2024")])
def test_income_after_a_date(text, period):
    assert [(c, m, v, p) for c, m, _, v, p in figures(text, ref="2025-10-30")] == [("澄湖数联", "revenue", "12亿美元", period)]


@pytest.mark.parametrize("text", [
    "公司2023年、2024年营收分别为1.2亿元、2.5亿元。",   # no company's own name: the reference stands for it elsewhere
    "华东2024年收入增长较快。",                           # a place
])
def test_no_name_made(text):
    assert all(c not in ("公司", "华东") for c, *_ in figures(text, ref="2025-10-30"))

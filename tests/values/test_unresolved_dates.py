"""Dates found without enough context to resolve them, evenings, two-digit years, and how
the consumers of a date cope with one that has no value."""

import pytest

from dealgraph.analyze import when
from dealgraph.resolve.identity import _identity_value
from dealgraph.resolve.records import sort_date
from dealgraph.values import DateResolver, DateValue


def found(text: str, ref: str | None = None) -> list[tuple[str, object]]:
    out = []
    for start, end, date in DateResolver(ref).find(text):
        assert text[start:end] == date.text
        out.append((date.text, date.to_dict()["value"]))
    return out


# ---------------------------------------------------------------- no reference date

@pytest.mark.parametrize("text, span", [
    ("星海科技5月29日与对方签署协议。", "5月29日"),
    ("今年6月，星海科技宣布完成B轮融资。", "今年6月"),
    ("上半年星海科技营收下滑。", "上半年"),
    ("去年星海科技亏损。", "去年"),
    ("三季度星海资本新进两只个股。", "三季度"),
    ("今年7月下旬双方达成一致。", "今年7月下旬"),
    ("去年12月初签约。", "去年12月初"),
    ("本月底完成交割。", "本月底"),
    ("The deal closed in September.", "September"),
])
def test_a_date_without_a_reference_is_found_with_no_value(text, span):
    assert found(text) == [(span, None)]


def test_an_unresolved_date_has_no_year_and_sorts_first():
    [(_, _, date)] = DateResolver(None).find("5月29日签约")
    assert date == DateValue(None, None, None, "5月29日")
    assert (date.resolved, date.year, date.sort_key) == (False, None, "")
    assert date.to_dict() == {"value": None, "text": "5月29日"}


def test_a_year_named_in_the_sentence_still_resolves_without_a_reference():
    assert found("2019年3月成立，7月完成融资。") == [("2019年3月", "2019-03"), ("7月", "2019-07")]


@pytest.mark.parametrize("text", ["2月30日签约", "13月1日", "近日宣布", "日前公告", "今天发布", "昨日收盘"])
def test_impossible_days_and_words_for_today_are_not_dates_without_a_reference(text):
    assert found(text) == []


def test_an_unresolved_range_end_makes_the_whole_range_unresolved():
    assert found("2019年12月至次年3月", ref=None) == [("2019年12月至次年3月", {"from": "2019-12", "to": "2020-03"})]
    assert found("今年1月至3月期间") == [("今年1月至3月", None)]


# ---------------------------------------------------------------- evenings and two-digit years

@pytest.mark.parametrize("text, span, value", [
    ("星海科技11月6日晚间公告称", "11月6日晚", "2025-11-06"),
    ("星海科技11月6日晚公告", "11月6日晚", "2025-11-06"),
    ("星海科技(600000)8日晚公告", "8日晚", "2025-11-08"),
    ("星海科技20日晚间披露", "20日晚", "2025-10-20"),
])
def test_an_evening_is_part_of_its_day(text, span, value):
    assert found(text, ref="2025-11-12") == [(span, value)]


@pytest.mark.parametrize("text", ["星海日报6日晚报道", "20日晚于预期", "截至20日收盘"])
def test_bare_days_without_an_evening_are_not_dates(text):
    assert [span for span, _ in found(text, ref="2025-11-12")] == []


def test_bare_evening_without_a_reference_is_unresolved():
    assert found("星海科技8日晚间公告") == [("8日晚", None)]


@pytest.mark.parametrize("text, span, value", [("早在16年10月就已入股", "16年10月", "2016-10"),
                                               ("18年4月宣布", "18年4月", "2018-04")])
def test_two_digit_years_need_a_month(text, span, value):
    assert found(text) == [(span, value)]


@pytest.mark.parametrize("text", ["过去10年营收翻倍", "公司成立10年", "3.16年"])
def test_two_digit_numbers_before_nian_are_not_years(text):
    assert found(text) == []


# ---------------------------------------------------------------- consumers

def _record(date: dict | None, period: dict | None = None) -> dict:
    quals = {"period": period} if period else {}
    return {"type": "investment", "date": date, "qualifiers": quals}


def test_consumers_never_read_an_unresolved_date_as_a_year():
    unresolved = DateValue(None, text="5月29日").to_dict()
    assert when.sort_key(unresolved) == when.NO_DATE
    assert when.year(unresolved) is None
    assert when.text(unresolved) == "5月29日"
    assert sort_date(_record(unresolved)) is None
    assert _identity_value(_record(unresolved), "year") is None


def test_a_period_still_dates_a_fact_whose_date_is_unresolved():
    unresolved = DateValue(None, text="5月29日").to_dict()
    period = DateValue("2024").to_dict()
    assert sort_date(_record(unresolved, period)) == "2024"
    assert _identity_value(_record(unresolved, period), "year") == "2024"

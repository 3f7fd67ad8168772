import calendar

import pytest
from hypothesis import given, strategies as st

from dealgraph.values import (
    DateResolver, DateValue, find_explicit_years, find_horizons, iso_of, parse_iso,
)

REF = "2025-10-12"


def found(text: str, ref: str | None = REF) -> list[tuple[str, object, bool]]:
    """(span, value-or-period, approx) of every date in one sentence."""
    out = []
    for start, end, date in DateResolver(ref).find(text):
        assert text[start:end] == date.text
        out.append((date.text, date.to_dict()["value"], date.approx))
    return out


def one(text: str, ref: str | None = REF) -> tuple[str, object, bool]:
    dates = found(text, ref)
    assert len(dates) == 1, dates
    return dates[0]


# ---------------------------------------------------------------- explicit dates

@pytest.mark.parametrize("text, span, value", [
    ("公司成立于2019年。", "2019年", "2019"),
    ("2019年上半年营收下滑", "2019年上半年", "2019-H1"),
    ("2019年下半年", "2019年下半年", "2019-H2"),
    ("2025年Q2财报", "2025年Q2", "2025-Q2"),
    ("2025年第二季度财报", "2025年第二季度", "2025-Q2"),
    ("2025年二季度", "2025年二季度", "2025-Q2"),
    ("2025Q3营收", "2025Q3", "2025-Q3"),
    ("2025年8月20日发布", "2025年8月20日", "2025-08-20"),
    ("于2025-08-20发布", "2025-08-20", "2025-08-20"),
    ("于2025/8/20发布", "2025/8/20", "2025-08-20"),
    ("2024年度报告", "2024年度", "2024"),
    ("二〇二三年", "二〇二三年", "2023"),
    ("预计到2032年市场规模达3800亿元", "2032年", "2032"),
    ("2025年3月", "2025年3月", "2025-03"),
])
def test_explicit(text, span, value):
    assert one(text) == (span, value, False)


def test_explicit_dates_resolve_without_a_reference_date():
    assert one("2025年8月20日", ref=None) == ("2025年8月20日", "2025-08-20", False)


@pytest.mark.parametrize("text", ["营收3800亿元", "员工2000人", "1980万元", "增长2025%", "1990年代",
                                  "2月30日", "1979年", "一二三四年"])
def test_not_dates(text):
    assert found(text) == []


# ---------------------------------------------------------------- relative to the reference date

@pytest.mark.parametrize("text, span, value", [
    ("Q4将发布新品", "Q4", "2025-Q4"),
    ("二季度营收", "二季度", "2025-Q2"),
    ("去年第四季度亏损", "去年第四季度", "2024-Q4"),
    ("第一季度盈利", "第一季度", "2025-Q1"),
    ("一季度盈利", "一季度", "2025-Q1"),
    ("7月份完成交割", "7月份", "2025-07"),
    ("7月完成交割", "7月", "2025-07"),
    ("今年8月20日", "今年8月20日", "2025-08-20"),
    ("9月24日签约", "9月24日", "2025-09-24"),
    ("今年宣布", "今年", "2025"),
    ("本年", "本年", "2025"),
    ("去年营收", "去年", "2024"),
    ("上年营收", "上年", "2024"),
    ("前年营收", "前年", "2023"),
    ("明年上市", "明年", "2026"),
    ("上半年营收", "上半年", "2025-H1"),
    ("下半年营收", "下半年", "2025-H2"),
    ("去年下半年", "去年下半年", "2024-H2"),
    ("上月发布", "上月", "2025-09"),
    ("本月发布", "本月", "2025-10"),
    ("12月发布", "12月", "2025-12"),
    ("十一月发布", "十一月", "2025-11"),
])
def test_relative(text, span, value):
    assert one(text) == (span, value, False)


@pytest.mark.parametrize("text, span, value", [
    ("今年2月初宣布", "今年2月初", "2025-02"),
    ("今年初宣布", "今年初", "2025"),
    ("今年年初宣布", "今年年初", "2025"),
    ("年初宣布", "年初", "2025"),
    ("年底完成", "年底", "2025"),
    ("年末完成", "年末", "2025"),
    ("去年底完成", "去年底", "2024"),
    ("2025年底前完成", "2025年底前", "2025"),
    ("9月下旬", "9月下旬", "2025-09"),
    ("近日宣布", "近日", "2025-10-12"),
    ("日前宣布", "日前", "2025-10-12"),
    ("本月底", "本月底", "2025-10"),
])
def test_approximate(text, span, value):
    assert one(text) == (span, value, True)


def test_month_after_the_reference_month_is_still_this_year():
    assert one("7月开工", ref="2025-03-01") == ("7月", "2025-07", False)


def test_reference_date_may_be_partial():
    assert one("去年", ref="2025") == ("去年", "2024", False)
    assert found("上月", ref="2025") == [("上月", None, False)]


def test_yesterday_and_today():
    assert one("昨日宣布") == ("昨日", "2025-10-11", False)
    assert one("今天宣布") == ("今天", "2025-10-12", False)


@pytest.mark.parametrize("text", ["目前公司运营良好", "近期将发布", "截至当前"])
def test_vague_present_is_not_a_date(text):
    assert found(text) == []


def test_last_year_of_same_sentence_anchors_bare_parts():
    assert found("2019年3月成立，7月完成融资，第四季度盈利") == [
        ("2019年3月", "2019-03", False), ("7月", "2019-07", False), ("第四季度", "2019-Q4", False)]


def test_relative_expressions_without_a_reference_date_are_found_unresolved():
    assert found("去年第四季度、Q4、7月、近日、今年", ref=None) == [
        ("去年第四季度", None, False), ("Q4", None, False), ("7月", None, False), ("今年", None, False)]


def test_last_year_in_another_sentence_does_not_anchor_bare_parts():
    resolver = DateResolver(REF)
    resolver.find("公司成立于2019年。")
    assert [d.value for _, _, d in resolver.find("7月完成融资。")] == ["2025-07"]


# ---------------------------------------------------------------- document state

def test_same_year_next_year_across_sentences():
    resolver = DateResolver(REF)
    sentences = ["公司于2018年成立。", "同年9月完成A轮融资。", "当年营收过亿。", "次年上市。", "翌年扩张。"]
    values = [[d.value for _, _, d in resolver.find(s)] for s in sentences]
    assert values == [["2018"], ["2018-09"], ["2018"], ["2019"], ["2020"]]


def test_same_year_follows_relative_years():
    resolver = DateResolver(REF)
    resolver.find("去年3月成立。")
    assert [d.value for _, _, d in resolver.find("同年5月融资。")] == ["2024-05"]


def test_same_month():
    resolver = DateResolver(REF)
    resolver.find("2021年6月立项。")
    assert [d.value for _, _, d in resolver.find("同月开工，次月投产。")] == ["2021-06", "2021-07"]


def test_same_year_without_anchor_falls_back_to_reference_or_nothing():
    assert one("同年9月") == ("同年9月", "2025-09", False)
    assert found("次年上市") == [("次年", None, False)]


# ---------------------------------------------------------------- periods

@pytest.mark.parametrize("text, span, period", [
    ("自2020年起实施", "2020年", {"from": "2020"}),
    ("从2020年开始", "2020年", {"from": "2020"}),
    ("2020年以来", "2020年", {"from": "2020"}),
    ("2019年3月至今", "2019年3月", {"from": "2019-03"}),
    ("2022年至2024年", "2022年至2024年", {"from": "2022", "to": "2024"}),
    ("2022年到2024年", "2022年到2024年", {"from": "2022", "to": "2024"}),
    ("2022-2024年", "2022-2024年", {"from": "2022", "to": "2024"}),
    ("2021年至2024年第一季度", "2021年至2024年第一季度", {"from": "2021", "to": "2024-Q1"}),
    ("2024年3月至6月", "2024年3月至6月", {"from": "2024-03", "to": "2024-06"}),
    ("2025年1-6月", "2025年1-6月", {"from": "2025-01", "to": "2025-06"}),
    ("今年1-8月", "今年1-8月", {"from": "2025-01", "to": "2025-08"}),
    ("今年前三季度", "今年前三季度", {"from": "2025-Q1", "to": "2025-Q3"}),
    ("去年12月至今年2月", "去年12月至今年2月", {"from": "2024-12", "to": "2025-02"}),
    ("今年以来", "今年", {"from": "2025"}),
    ("自2019年9月26日至2019年10月25日止", "2019年9月26日至2019年10月25日", {"from": "2019-09-26", "to": "2019-10-25"}),
    ("from 2023-2024 on", "2023-2024", {"from": "2023", "to": "2024"}),
])
def test_periods(text, span, period):
    assert one(text) == (span, period, False)


def test_period_value_shape():
    [(_, _, date)] = DateResolver(REF).find("2022年至2024年")
    assert (date.value, date.start, date.end) == (None, "2022", "2024")
    assert date.to_dict() == {"value": {"from": "2022", "to": "2024"}, "text": "2022年至2024年"}
    [(_, _, open_ended)] = DateResolver(REF).find("自2020年起")
    assert open_ended.to_dict() == {"value": {"from": "2020"}, "text": "2020年"}


def test_from_without_an_end_is_a_point():
    assert one("从2020年的10亿元") == ("2020年", "2020", False)


@pytest.mark.parametrize("text", ["过去四个季度", "未来三年", "三年内", "为期三年"])
def test_horizons_are_not_dates(text):
    assert found(text) == []


# ---------------------------------------------------------------- English

@pytest.mark.parametrize("text, span, value, approx", [
    ("Revenue rose in 2024.", "2024", "2024", False),
    ("It launched in March 2024.", "March 2024", "2024-03", False),
    ("Results for Q2 2025 beat forecasts.", "Q2 2025", "2025-Q2", False),
    ("The deal closed on March 5, 2024.", "March 5, 2024", "2024-03-05", False),
    ("The deal closed on 5 March 2024.", "5 March 2024", "2024-03-05", False),
    ("It was founded last year.", "last year", "2024", False),
    ("Sales grew this year.", "this year", "2025", False),
    ("It was announced earlier this month.", "earlier this month", "2025-10", True),
    ("It expects profit by mid-2026.", "2026", "2026", True),
    ("In the first quarter of 2024, sales fell.", "first quarter of 2024", "2024-Q1", False),
    ("Shares fell in September.", "September", "2025-09", False),
])
def test_english(text, span, value, approx):
    assert one(text) == (span, value, approx)


@pytest.mark.parametrize("text, value", [
    ("Norvane raised a seed round last May.", "2024-05"),  # a month already past this year: "in May" would say so
    ("It was last October when the round closed.", "2024-10"),  # the reference month itself: a year back too
    ("The round closed last March 3.", "2024-03-03"),
    ("Norvane raised a seed round in May.", "2025-05"),  # near miss: no "last", this year's May
    ("The round closed at last in May.", "2025-05"),  # near miss: "at last" is no date word before the month
])
def test_last_before_a_month_of_this_year_is_the_year_before(text, value):
    assert one(text)[1] == value


@pytest.mark.parametrize("text", ["It hired 2000 people.", "You may be right.", "Marching on."])
def test_english_not_dates(text):
    assert found(text) == []


# ---------------------------------------------------------------- horizons

@pytest.mark.parametrize("text, horizon", [
    ("未来三年", "3y"), ("三年内", "3y"), ("为期三年", "3y"), ("未来两年", "2y"), ("5年内", "5y"),
    ("未来6个月", "6m"), ("半年内", "6m"), ("过去四个季度", "-4q"), ("近三年来", "-3y"),
])
def test_find_horizons(text, horizon):
    sentence = f"公司{text}将"
    assert [(sentence[s:e], h) for s, e, h in find_horizons(sentence)] == [(text, horizon)]


@pytest.mark.parametrize("text", ["2025年内", "上半年内", "三年", "前三季度"])
def test_not_horizons(text):
    assert find_horizons(text) == []


# ---------------------------------------------------------------- helpers

def test_find_explicit_years():
    text = "公司2019年成立，去年营收增长，2022-2024年扩张，计划于2025-08-20上市，同年盈利。"
    assert find_explicit_years(text) == [2019, 2022, 2024, 2025]


@pytest.mark.parametrize("iso, parts", [
    ("2019", (2019, None, None)), ("2025-02", (2025, 2, None)), ("2025-08-20", (2025, 8, 20)),
    ("2025-Q2", (2025, 4, None)), ("2025-H2", (2025, 7, None)),
])
def test_parse_iso(iso, parts):
    assert parse_iso(iso) == parts


def test_parse_iso_rejects():
    with pytest.raises(ValueError):
        parse_iso("2025年")


@pytest.mark.parametrize("value, key", [("2025-Q2", "2025-04"), ("2025-H1", "2025-01"),
                                        ("2025-Q4", "2025-10"), ("2019", "2019"), ("2025-08-20", "2025-08-20")])
def test_sort_key_and_year(value, key):
    date = DateValue(value)
    assert (date.sort_key, date.year) == (key, int(value[:4]))


def test_period_sort_key_and_year():
    date = DateValue(None, start="2022", end="2025-Q1")
    assert (date.sort_key, date.year) == ("2022", 2022)


@st.composite
def partial_dates(draw):
    year = draw(st.integers(1980, 2100))
    kind = draw(st.sampled_from(["year", "month", "day", "quarter", "half"]))
    if kind == "quarter":
        return iso_of(year, quarter=draw(st.integers(1, 4)))
    if kind == "half":
        return iso_of(year, half=draw(st.integers(1, 2)))
    month = draw(st.integers(1, 12)) if kind != "year" else None
    day = draw(st.integers(1, calendar.monthrange(year, month)[1])) if kind == "day" else None
    return iso_of(year, month, day)


def _chinese(iso: str) -> str:
    if "-Q" in iso:
        return f"{iso[:4]}年第{'一二三四'[int(iso[-1]) - 1]}季度"
    if "-H" in iso:
        return f"{iso[:4]}年{'上下'[int(iso[-1]) - 1]}半年"
    year, month, day = parse_iso(iso)
    return f"{year}年" + (f"{month}月" if month else "") + (f"{day}日" if day else "")


@given(partial_dates())
def test_iso_round_trip(iso):
    year, month, day = parse_iso(iso)
    if "Q" not in iso and "H" not in iso:
        assert iso_of(year, month, day) == iso
    assert DateValue(iso).sort_key.startswith(str(year))


@given(partial_dates())
def test_chinese_round_trip(iso):
    text = _chinese(iso)
    assert found(f"公司于{text}宣布。") == [(text, iso, False)]


_NOISE = "0123456789-/.至到年月日号晚间季度第Q上下半初底末前同当次今去明本近日昨自从起以来度一二三四十 inMarch"


@given(st.text(alphabet=_NOISE, max_size=40), st.sampled_from([None, "2025-10-12", "2025", "2024-02"]))
def test_any_text_gives_exact_spans(text, ref):
    resolver = DateResolver(ref)
    assert all(text[s:e] == d.text for s, e, d in resolver.find(text))
    assert all(isinstance(y, int) for y in find_explicit_years(text))
    assert all(e > s for s, e, _ in find_horizons(text))


def test_a_year_inside_a_clause_does_not_anchor_a_bare_month_of_the_next_clause():
    resolver = DateResolver("2025-09-24")
    got = resolver.find("这是星海资本在2022年投资的公司，7月已启动上市辅导。")
    assert [d.value for _, _, d in got] == ["2022", "2025-07"]


def test_a_bare_quarter_not_yet_begun_is_last_years_unless_the_clause_looks_ahead():
    resolver = DateResolver("2025-09-24")
    assert [d.value for _, _, d in resolver.find("星海集团仅Q4资本开支就达到30亿元。")] == ["2024-Q4"]
    assert [d.value for _, _, d in resolver.find("星海集团预计Q4出货量翻倍。")] == ["2025-Q4"]


def test_an_english_year_after_for_is_a_period_unless_it_describes_a_noun():
    from dealgraph.extract.pipeline import extract
    found = [v.text for v in extract("t", "Northbeam reported revenue of $38 million for 2024.", "2025-06-01").values
             if v.kind == "date"]
    assert found == ["2024"]
    found = [v.text for v in extract("t", "Acme raised $50 million for 2025 expansion plans.", "2025-06-01").values
             if v.kind == "date"]
    assert found == []
    found = [v.text for v in extract("t", "It reported revenue of $38 million for 2024 and a net loss of $61 million.",
                                     "2025-06-01").values if v.kind == "date"]
    assert found == ["2024"]


def test_tongri_is_the_day_named_last_and_nothing_without_one():
    resolver = DateResolver("2025-10-20")
    assert [d.value for _, _, d in resolver.find("10月14日，星澜宣布合作。同日，双方签署协议。")] == ["2025-10-14", "2025-10-14"]
    assert DateResolver("2025-10-20").find("同日，双方签署协议。") == []


def test_may_after_a_date_word_is_the_month_and_the_modal_verb_is_none():
    found = [(d.text, d.value) for _, _, d in DateResolver("2025-09-01").find("It may rise in May. In May, it listed.")]
    assert found == [("May", "2025-05"), ("May", "2025-05")]
    assert DateResolver("2025-09-01").find("Sales May Rise, the analysts may say.") == []


def test_months_ended_a_day_make_a_quarter_a_half_a_year_or_a_span():
    found = {d.text: (d.value, d.start, d.end) for _, _, d in DateResolver("2025-09-01").find(
        "the six months ended June 30. The nine months ended September 30. The three months ended September 30, 2024.")}
    assert found["six months ended June 30"][0] == "2025-H1"
    assert found["three months ended September 30, 2024"][0] == "2024-Q3"
    assert found["nine months ended September 30"][1:] == ("2025-01", "2025-09")


# ---------------------------------------------------------------- Chinese weeks (REF 2025-10-12 is a Sunday)

@pytest.mark.parametrize("text, span, value", [
    ("公司上周宣布完成融资", "上周", {"from": "2025-09-29", "to": "2025-10-05"}),
    ("公司上个星期宣布", "上个星期", {"from": "2025-09-29", "to": "2025-10-05"}),
    ("公司本周宣布", "本周", {"from": "2025-10-06", "to": "2025-10-12"}),
    ("公司下周将公布", "下周", {"from": "2025-10-13", "to": "2025-10-19"}),
    ("公司上周五宣布", "上周五", "2025-10-03"),
    ("公司本周一宣布", "本周一", "2025-10-06"),
    ("公司周三晚间公告", "周三", "2025-10-08"),
    ("公司星期五宣布", "星期五", "2025-10-10"),
    ("公司周日宣布", "周日", "2025-10-12"),
])
def test_chinese_weeks_and_weekdays_resolve_against_the_reference_day(text, span, value):
    got_span, got_value, _ = one(text)
    assert (got_span, got_value) == (span, value)


@pytest.mark.parametrize("text", ["公司每周五发布周报", "公司成立十周年", "本周期内营收增长", "产品周边销售火爆"])
def test_words_with_zhou_that_name_no_week_are_no_date(text):
    assert found(text) == []


def test_the_first_quarters_not_over_by_the_reference_date_are_last_years():
    assert one("回看前三季度，公司营业收入增长", "2026-01-17")[1] == {"from": "2025-Q1", "to": "2025-Q3"}
    assert one("前三季度公司营业收入增长", "2025-10-30")[1] == {"from": "2025-Q1", "to": "2025-Q3"}
    # near miss: a forecast speaks of the year running
    assert one("公司预计前三季度营收增长", "2026-01-17")[1] == {"from": "2026-Q1", "to": "2026-Q3"}


@pytest.mark.parametrize("text, span, value", [
    ("公司昨晚公告", "昨晚", "2025-10-11"), ("昨夜宣布", "昨夜", "2025-10-11"),
    ("今晚发布", "今晚", "2025-10-12"), ("今晨披露", "今晨", "2025-10-12"), ("今早宣布", "今早", "2025-10-12"),
])
def test_evening_and_morning_of_today_or_yesterday(text, span, value):
    assert one(text) == (span, value, False)

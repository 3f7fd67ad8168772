import math

import pytest
from hypothesis import given, strategies as st

from dealgraph.values import Change, Percent, find_changes, find_percents, parse_percent


def only_percent(text: str) -> Percent:
    found = find_percents(text)
    assert len(found) == 1, found
    start, end, percent = found[0]
    assert text[start:end] == percent.text
    return percent


def only_change(text: str) -> Change:
    found = find_changes(text)
    assert len(found) == 1, found
    start, end, change = found[0]
    assert text[start:end] == change.text
    return change


# ---------------------------------------------------------------- percents

@pytest.mark.parametrize("text, span, value", [
    ("毛利率为17.15%。", "17.15%", 17.15),
    ("持股１７％，", "１７％", 17),
    ("占比百分之十", "百分之十", 10),
    ("占比百分之三十五", "百分之三十五", 35),
    ("费率千分之五", "千分之五", 0.5),
    ("持有其100%股份", "100%", 100),
    ("a 12 percent stake", "12 percent", 12),
])
def test_plain_percents(text, span, value):
    percent = only_percent(text)
    assert percent.text == span
    assert math.isclose(percent.value, value)
    assert (percent.min, percent.max, percent.approx) == (None, None, False)


def test_stake_span_covers_only_the_percent():
    text = "收购其10%股权"
    start, end, percent = find_percents(text)[0]
    assert (text[start:end], percent.value) == ("10%", 10)


def test_quanzi_is_a_hundred_percent():
    percent = only_percent("其全资子公司")
    assert (percent.text, percent.value) == ("全资", 100)


@pytest.mark.parametrize("text, span, expected", [
    ("占比超过50%", "超过50%", (50, 50, None, False)),
    ("占比50%以上", "50%以上", (50, 50, None, False)),
    ("占比不足10%", "不足10%", (10, None, 10, False)),
    ("占比约30%", "约30%", (30, None, None, True)),
    ("占比30%左右", "30%左右", (30, None, None, True)),
    ("占比近30%", "近30%", (30, None, 30, True)),
    ("over 50% of sales", "over 50%", (50, 50, None, False)),
])
def test_bounded_percents(text, span, expected):
    percent = only_percent(text)
    assert percent.text == span
    assert (percent.value, percent.min, percent.max, percent.approx) == expected


@pytest.mark.parametrize("text", ["10%-20%", "10-20%", "10%至20%", "10% to 20%"])
def test_percent_ranges(text):
    percent = only_percent(f"预计增长{text}。")
    assert percent.text == text
    assert (percent.value, percent.min, percent.max) == (15, 10, 20)


def test_negative_percent():
    percent = only_percent("增速为-5.5%，")
    assert (percent.text, percent.value) == ("-5.5%", -5.5)


def test_several_percents():
    text = "毛利率17.15%，净利率5%，持股30%。"
    assert [p.value for _, _, p in find_percents(text)] == [17.15, 5, 30]


def test_parse_percent_and_to_dict():
    assert parse_percent("超过50%").to_dict() == {
        "value": 50, "min": 50, "max": None, "approx": False, "text": "超过50%"}
    assert parse_percent("50亿元") is None


@given(st.decimals(min_value=0, max_value=1000, places=2), st.sampled_from(["%", "％"]))
def test_percent_round_trip(n, sign):
    text = f"{n.normalize():f}{sign}"
    found = find_percents(f"增幅为{text}，")
    assert [p.text for _, _, p in found] == [text]
    assert math.isclose(found[0][2].value, float(n))


# ---------------------------------------------------------------- changes

@pytest.mark.parametrize("text, direction, percent, factor, basis", [
    ("营收同比激增386%", "up", 386, None, "yoy"),
    ("净利润同比增长17.2%", "up", 17.2, None, "yoy"),
    ("亏损同比扩大7倍", "up", None, 7, "yoy"),
    ("营收增长2倍", "up", None, 2, None),
    ("毛利环比下降5%", "down", 5, None, "qoq"),
    ("收入增长68%", "up", 68, None, None),
    ("收入较上年同期增长12%", "up", 12, None, "yoy"),
    ("收入同比大幅下滑30%", "down", 30, None, "yoy"),
    ("收入同比增长了百分之十", "up", 10, None, "yoy"),
    ("营收同比-12.3%", "down", 12.3, None, "yoy"),
    ("营收同比+8%", "up", 8, None, "yoy"),
    ("营收同比＋8%", "up", 8, None, "yoy"),
    ("营收同比−8%", "down", 8, None, "yoy"),
    ("订单翻番", "up", None, 2, None),
    ("营收同比增5%", "up", 5, None, "yoy"),
])
def test_chinese_changes(text, direction, percent, factor, basis):
    change = only_change(text)
    assert (change.direction, change.percent, change.factor, change.basis) == (direction, percent, factor, basis)
    assert text.endswith(change.text)


@pytest.mark.parametrize("text, span", [("净利润下滑。", "下滑"), ("亏损收窄，", "收窄"),
                                        ("亏损同比收窄", "同比收窄")])
def test_direction_only(text, span):
    change = only_change(text)
    assert (change.text, change.direction, change.percent, change.factor) == (span, "down", None, None)


def test_change_spans():
    text = "公司营收同比激增386%，净利润同比增长17.2%。"
    assert [text[s:e] for s, e, _ in find_changes(text)] == ["同比激增386%", "同比增长17.2%"]


def test_increase_to_a_level_has_no_percent():
    change = only_change("营收同比增长至100亿元")
    assert (change.text, change.percent) == ("同比增长", None)


@pytest.mark.parametrize("text", ["扩大合作", "提升效率", "公司增资5亿元", "升级产品", "增长率为5%",
                                  "新的增长点"])
def test_not_changes(text):
    assert find_changes(text) == []


@pytest.mark.parametrize("text, span, direction, percent, basis", [
    ("Revenue was up 12% year on year.", "up 12% year on year", "up", 12, "yoy"),
    ("Profit rose 30% to $5m.", "rose 30%", "up", 30, None),
    ("Costs fell 5% year-over-year.", "fell 5% year-over-year", "down", 5, "yoy"),
    ("Sales declined 3.5% sequentially.", "declined 3.5% sequentially", "down", 3.5, "qoq"),
    ("Margins grew by about 2 percent.", "grew by about 2 percent", "up", 2, None),
])
def test_english_changes(text, span, direction, percent, basis):
    change = only_change(text)
    assert (change.text, change.direction, change.percent, change.basis) == (span, direction, percent, basis)


def test_change_to_dict():
    assert only_change("同比扩大7倍").to_dict() == {
        "direction": "up", "percent": None, "factor": 7, "basis": "yoy", "text": "同比扩大7倍", "percent_max": None}


@pytest.mark.parametrize("text, low, high", [
    ("预计营收同比增长25%-40%，", 25, 40), ("净利润同比下降10%至15%。", 10, 15), ("收入增长8~12%，", 8, 12)])
def test_a_forecast_range_of_growth_keeps_both_ends(text, low, high):
    change = only_change(text)
    assert (change.percent, change.percent_max) == (low, high)


@given(st.decimals(min_value=0, max_value=999, places=1), st.sampled_from(["增长", "下降", "激增", "下滑"]),
       st.sampled_from(["同比", "环比", ""]))
def test_change_round_trip(n, verb, basis):
    text = f"{basis}{verb}{n.normalize():f}%"
    change = only_change(f"营收{text}，")
    assert change.text == text
    assert math.isclose(change.percent, float(n))
    assert change.direction == ("up" if verb in ("增长", "激增") else "down")
    assert change.basis == {"同比": "yoy", "环比": "qoq", "": None}[basis]


@given(st.text(alphabet="0123456789.-%％至超过约近以上左右百分之千全资十一二三同比环比增长下降扩大了倍 up", max_size=40))
def test_any_text_gives_exact_spans(text):
    assert all(text[s:e] == p.text for s, e, p in find_percents(text))
    assert all(text[s:e] == c.text for s, e, c in find_changes(text))


def test_a_dot_closing_a_latin_name_is_no_decimal_point():
    assert only_percent("拟收购Lumen Holdings Ltd.35%股份").text == "35%"
    assert only_percent("利率上调0.5%后").text == "0.5%"
    assert all(p.text != "5%" for _, _, p in find_percents("增长12.5%"))


def test_tenths_are_percents_and_words_opening_with_cheng_are_not():
    from dealgraph.values.percent import find_percents
    assert [(p.text, p.value, p.min) for _, _, p in find_percents("超过六成收入来自华为")] == [("超过六成", 60.0, 60.0)]
    assert [p.value for _, _, p in find_percents("持有三成股份")] == [30.0]
    assert find_percents("业绩一成不变") == [] and find_percents("三成本月") == [] and find_percents("完成增资") == []


def test_the_noun_of_a_rate_with_a_percent_is_a_change():
    up = find_changes("青禾科技前三季度营收同比增幅达386.5%")
    assert [(c.direction, c.percent, c.basis) for _, _, c in up] == [("up", 386.5, "yoy")]
    assert [(c.direction, c.percent) for _, _, c in find_changes("澄川电子营收增速为35%")] == [("up", 35.0)]
    assert [(c.direction, c.percent) for _, _, c in find_changes("股价跌幅达12%，创年内新低")] == [("down", 12.0)]
    assert [(c.direction, c.percent) for _, _, c in find_changes("亏损降幅约20%")] == [("down", 20.0)]


def test_the_noun_of_a_rate_without_a_percent_is_no_change():
    assert find_changes("增幅明显高于同行") == []
    assert find_changes("今年的增幅和去年相当") == []
    # 增为 is a level (raised to 30%), never a change of 30%
    assert find_changes("持股比例增为30%") == []

import math
from decimal import Decimal

import cn2an
import pytest
from hypothesis import given, strategies as st

from dealgraph.values import Money, find_money, parse_money, parse_number


def only_money(text: str) -> Money:
    found = find_money(text)
    assert len(found) == 1, found
    start, end, money = found[0]
    assert text[start:end] == money.text
    return money


def spans(text: str) -> list[str]:
    return [text[s:e] for s, e, _ in find_money(text)]


# ---------------------------------------------------------------- numbers

@pytest.mark.parametrize("text, value", [
    ("365.78", 365.78), ("1,000", 1000), ("１０", 10), ("十", 10), ("十二", 12),
    ("两百", 200), ("三千八百", 3800), ("三千八", 3800), ("一万二", 12000),
    ("一百零五", 105), ("三亿五千万", 3.5e8), ("二〇二五", 2025), ("三点五", 3.5),
    ("千亿", 1e11), ("万亿", 1e12), ("1.2万", 12000),
])
def test_parse_number(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "十x", "1.2.3"])
def test_parse_number_rejects(text):
    assert parse_number(text) is None


@given(st.integers(min_value=0, max_value=10**13))
def test_chinese_numerals_round_trip(n):
    assert parse_number(cn2an.an2cn(n)) == n


# ---------------------------------------------------------------- plain amounts

@pytest.mark.parametrize("text, value, currency", [
    ("获得10亿美元融资", 1e9, "USD"),
    ("营收365.78亿元", 365.78e8, "CNY"),
    ("总投资3800亿元", 3.8e11, "CNY"),
    ("募资5亿元", 5e8, "CNY"),
    ("估值63亿元", 63e8, "CNY"),
    ("作价50亿英镑", 50e8, "GBP"),
    ("规模800亿美元", 800e8, "USD"),
    ("配售2亿港元", 2e8, "HKD"),
    ("筹集3亿港币", 3e8, "HKD"),
    ("投资5亿欧元", 5e8, "EUR"),
    ("出资100亿日元", 100e8, "JPY"),
    ("注册资本人民币5亿元", 5e8, "CNY"),
    ("港币2亿元", 2e8, "HKD"),
    ("天使轮5000万元", 5e7, "CNY"),
    ("市场规模1.2万亿元", 1.2e12, "CNY"),
    ("净利润15.82亿元", 15.82e8, "CNY"),
    ("营收26亿元", 26e8, "CNY"),
    ("收入5亿元人民币", 5e8, "CNY"),
    ("千亿元级别", 1e11, "CNY"),
    ("耗资1亿2000万元", 1.2e8, "CNY"),
    ("每股１２.５元", 12.5, "CNY"),
    ("花费1,500万美元", 1.5e7, "USD"),
])
def test_chinese_amounts(text, value, currency):
    money = only_money(text)
    assert math.isclose(money.value, value)
    assert money.currency == currency
    assert (money.min, money.max, money.approx) == (None, None, False)


def test_negative_amounts():
    money = only_money("归母净利润为-5.3亿元，")
    assert (money.text, money.value) == ("-5.3亿元", -5.3e8)


def test_span_is_exact():
    text = "公司宣布完成15.82亿元B轮融资。"
    assert spans(text) == ["15.82亿元"]
    assert text.index("15.82") == find_money(text)[0][0]


# ---------------------------------------------------------------- bounds

@pytest.mark.parametrize("text, span", [
    ("营收超1000亿元", "超1000亿元"),
    ("营收超过1000亿元", "超过1000亿元"),
    ("营收逾1000亿元", "逾1000亿元"),
    ("营收1000亿元以上", "1000亿元以上"),
    ("投资不少于1000亿元", "不少于1000亿元"),
    ("订单突破1000亿元", "突破1000亿元"),
])
def test_lower_bounds(text, span):
    money = only_money(text)
    assert money.text == span
    assert (money.value, money.min, money.max, money.approx) == (1e11, 1e11, None, False)


def test_duo_is_an_approximate_lower_bound():
    money = only_money("营收1000多亿元")
    assert money.text == "1000多亿元"
    assert (money.value, money.min, money.max, money.approx) == (1e11, 1e11, None, True)


@pytest.mark.parametrize("text, span", [("不足20亿元", "不足20亿元"), ("不到20亿元", "不到20亿元"),
                                        ("20亿元以下", "20亿元以下")])
def test_upper_bounds(text, span):
    money = only_money("融资" + text + "。")
    assert money.text == span
    assert (money.value, money.min, money.max, money.approx) == (2e9, None, 2e9, False)


def test_near_is_an_approximate_upper_bound():
    money = only_money("融资近20亿元")
    assert (money.text, money.value, money.max, money.approx) == ("近20亿元", 2e9, 2e9, True)


@pytest.mark.parametrize("text, span", [("约20亿元", "约20亿元"), ("20亿元左右", "20亿元左右"),
                                        ("20亿元上下", "20亿元上下"), ("大约20亿元", "大约20亿元")])
def test_approximate(text, span):
    money = only_money("融资" + text + "，")
    assert (money.text, money.value, money.min, money.max, money.approx) == (span, 2e9, None, None, True)


def test_shangxiayou_is_not_a_bound():
    assert spans("带动20亿元上下游产业") == ["20亿元"]


# ---------------------------------------------------------------- vague amounts

@pytest.mark.parametrize("text, lo, hi", [
    ("十来亿元", 1e9, 2e9),
    ("十几亿元", 1.1e9, 1.9e9),
    ("数亿美元", 2e8, 9e8),
    ("几十亿元", 2e9, 9e9),
    ("数十亿美元", 2e9, 9e9),
    ("数百万元", 2e6, 9e6),
    ("三四十亿元", 3e9, 4e9),
])
def test_vague_ranges(text, lo, hi):
    money = only_money("投入" + text + "。")
    assert money.text == text
    assert (money.min, money.max, money.approx) == (lo, hi, True)
    assert math.isclose(money.value, (lo + hi) / 2)


def test_shang_bai_yi_is_a_lower_bound():
    money = only_money("投资上百亿元")
    assert (money.value, money.min, money.max, money.approx) == (1e10, 1e10, None, True)


@pytest.mark.parametrize("text, value", [("千亿元", 1e11), ("百亿元", 1e10), ("两千亿元", 2e11)])
def test_chinese_numeral_scales(text, value):
    assert only_money("迈向" + text).value == value


def test_wanyi_ji_is_an_approximate_cny_amount():
    money = only_money("打造万亿级产业集群")
    assert (money.text, money.value, money.currency, money.approx) == ("万亿级", 1e12, "CNY", True)


def test_qianyi_ji_parameters_are_not_money():
    assert find_money("千亿级参数大模型") == []


# ---------------------------------------------------------------- ranges

@pytest.mark.parametrize("text, lo, hi, currency", [
    ("1亿至2亿元", 1e8, 2e8, "CNY"),
    ("1-2亿美元", 1e8, 2e8, "USD"),
    ("1到2亿元", 1e8, 2e8, "CNY"),
    ("5000万元至1亿元", 5e7, 1e8, "CNY"),
    ("$1-2 billion", 1e9, 2e9, "USD"),
    ("$1 billion to $2 billion", 1e9, 2e9, "USD"),
])
def test_ranges(text, lo, hi, currency):
    money = only_money("拟募资" + text + "用于")
    assert money.text == text
    assert (money.min, money.max, money.currency) == (lo, hi, currency)
    assert money.value == (lo + hi) / 2


def test_range_to_a_year_is_not_a_range():
    assert spans("a $5 billion deal to 2025") == ["$5 billion"]


# ---------------------------------------------------------------- English

@pytest.mark.parametrize("text, value, currency", [
    ("$200 million", 2e8, "USD"),
    ("$4 billion", 4e9, "USD"),
    ("US$1.5bn", 1.5e9, "USD"),
    ("USD 300m", 3e8, "USD"),
    ("£5 billion", 5e9, "GBP"),
    ("€100 million", 1e8, "EUR"),
    ("RMB 2 billion", 2e9, "CNY"),
    ("HK$1.2 billion", 1.2e9, "HKD"),
    ("¥300", 300, "CNY"),
    ("2 billion yuan", 2e9, "CNY"),
    ("300 million euros", 3e8, "EUR"),
    ("$5m", 5e6, "USD"),
])
def test_english_amounts(text, value, currency):
    money = only_money(f"The company raised {text} in the round.")
    assert money.text == text
    assert math.isclose(money.value, value)
    assert money.currency == currency


def test_english_bounds():
    assert only_money("raised more than $5 billion").min == 5e9
    money = only_money("worth about $5 billion")
    assert (money.text, money.approx) == ("about $5 billion", True)
    assert only_money("up to $300m").max == 3e8


# ---------------------------------------------------------------- not money

@pytest.mark.parametrize("text", [
    "营收同比增长17%", "2025年公司成立", "员工3000人", "出货270万块", "人民币2025年升值",
    "三元锂电池", "多元化发展", "进入元宇宙", "单位：万元",
])
def test_not_money(text):
    assert find_money(text) == []


def test_several_in_one_sentence_do_not_overlap():
    text = "2025年营收365.78亿元，同比增长12%，净利润超过50亿元，并获得10亿美元投资。"
    assert spans(text) == ["365.78亿元", "超过50亿元", "10亿美元"]


def test_parse_money_and_to_dict():
    money = parse_money("超过1000亿元")
    assert money.to_dict() == {"value": 1e11, "currency": "CNY", "min": 1e11, "max": None,
                               "approx": False, "text": "超过1000亿元"}
    assert parse_money("2025年") is None
    assert parse_money("10亿美元以上").min == 1e9


# ---------------------------------------------------------------- properties

_SCALES = {"万": 10**4, "亿": 10**8, "万亿": 10**12}
_CURRENCIES = {"元": "CNY", "美元": "USD", "英镑": "GBP", "欧元": "EUR", "港元": "HKD", "日元": "JPY"}
_amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999"), places=2)


@given(_amounts, st.sampled_from(sorted(_SCALES)), st.sampled_from(sorted(_CURRENCIES)))
def test_chinese_round_trip(n, scale, currency):
    text = f"{n.normalize():f}{scale}{currency}"
    money = parse_money(text)
    assert money is not None and money.text == text
    assert math.isclose(money.value, float(n * _SCALES[scale]), rel_tol=1e-12)
    assert money.currency == _CURRENCIES[currency]


@given(_amounts, st.sampled_from(["million", "billion", "bn", "m"]), st.sampled_from(["$", "US$", "£", "€"]))
def test_english_round_trip(n, scale, symbol):
    text = f"{symbol}{n.normalize():f} {scale}"
    found = find_money(f"It paid {text}, analysts said.")
    assert [m.text for _, _, m in found] == [text]
    factor = 10**9 if scale.startswith("b") else 10**6
    assert math.isclose(found[0][2].value, float(n * factor), rel_tol=1e-12)


@given(st.lists(st.tuples(_amounts, st.sampled_from(sorted(_SCALES))), min_size=1, max_size=5))
def test_spans_slice_the_text(amounts):
    text = "，".join(f"第{i}笔投资{n.normalize():f}{scale}元" for i, (n, scale) in enumerate(amounts))
    found = find_money(text)
    assert len(found) == len(amounts)
    assert all(text[s:e] == m.text for s, e, m in found)


_NOISE = "0123456789０.,-至到多余来几数上超过约近不足以上下左右万亿千百十一二两三零元美港币人民欧英镑$£€¥USDRMBbnm %年"


@given(st.text(alphabet=_NOISE, max_size=40))
def test_any_text_gives_exact_non_overlapping_spans(text):
    found = find_money(text)
    assert all(text[s:e] == m.text for s, e, m in found)
    assert all(e1 <= s2 for (_, e1, _), (s2, _, _) in zip(found, found[1:]))

"""Amounts a deal gives a currency to, and the span conventions of money (FewFC's majority)."""

import math

import pytest

from dealgraph.values import find_money, find_percents, find_quantities


def spans(text: str) -> list[str]:
    found = find_money(text)
    assert all(text[s:e] == m.text for s, e, m in found)
    return [m.text for _, _, m in found]


def only(text: str):
    found = find_money(text)
    assert len(found) == 1, found
    return found[0][2]


# ---------------------------------------------------------------- amounts without a currency in a deal

@pytest.mark.parametrize("text, span, value", [
    ("去年星海科技以9.47亿收购云帆物流12%股份。", "9.47亿", 9.47e8),
    ("星海科技以4.692亿的价格收购云帆乳业51%股权。", "4.692亿", 4.692e8),
    ("星海科技拟支付现金10.5亿购买云帆网能75%股权。", "10.5亿", 10.5e8),
    ("星海科技作价10.2亿收购云帆科技。", "10.2亿", 10.2e8),
    ("星海铁路拟募资500亿，用于收购云帆铁路。", "500亿", 5e10),
    ("本轮募资中的500亿用于收购一家同行。", "500亿", 5e10),
    ("星海科技将持有的1.75亿债权作为出资。", "1.75亿", 1.75e8),
    ("星海集团以12亿现金收购云帆保理。", "12亿", 1.2e9),
    ("星海科技出资2000万，设立合资公司。", "2000万", 2e7),
    ("合计金额达11.04亿，溢价较高。", "11.04亿", 11.04e8),
    ("星海科技以10.64 亿收购云帆。", "10.64 亿", 10.64e8),
])
def test_a_deal_gives_a_bare_amount_its_currency(text, span, value):
    money = only(text)
    assert (money.text, money.currency, money.approx) == (span, "CNY", False)
    assert math.isclose(money.value, value)


def test_bound_words_still_apply_to_a_bare_amount():
    money = only("星海科技拟募资约10亿，发力智能照明。")
    assert (money.text, money.value, money.approx) == ("约10亿", 1e9, True)
    money = only("星海科技拟以不超过3亿收购云帆。")
    assert (money.text, money.max) == ("不超过3亿", 3e8)


@pytest.mark.parametrize("text", [
    "星海科技以2000万股收购云帆。",        # a share count
    "星海科技合计增持1.43亿股。",
    "平台用户达1.5亿，同比增长。",          # no deal word
    "星海科技以1000万用户位居第一。",       # a quantity
    "星海科技获得1000万，",                 # 获得 alone is no deal word
    "星海科技以2019年的数据为准。",         # a year
    "星海科技以3000收购云帆。",             # no 万/亿
])
def test_counts_quantities_and_years_stay_out(text):
    assert spans(text) == []


# ---------------------------------------------------------------- spans

@pytest.mark.parametrize("text, span", [
    ("转让对价为人民币3.46亿元。", "3.46亿元"),
    ("动用自有资金人民币3,200万元完成收购。", "3,200万元"),
    ("以27.4亿元人民币获得星海电源全部股权。", "27.4亿元"),
    ("拟以18.3亿人民币的价格收购云帆。", "18.3亿人民币"),
    ("向银行申请总额不超过人民币3亿元的授信。", "不超过人民币3亿元"),
    ("拟定增募资不超168亿元。", "不超168亿元"),
    ("本次转让价格为 4720 万元。", "4720 万元"),
    ("两轮收购合计花费9亿元左右。", "9亿元左右"),
    ("项目总投资约6亿元。", "约6亿元"),
])
def test_spans_follow_the_majority_of_labels(text, span):
    assert spans(text) == [span]


def test_renminbi_stays_the_currency_when_left_out_of_the_span():
    money = only("转让对价为人民币3.46亿元。")
    assert (money.value, money.currency) == (3.46e8, "CNY")
    money = only("募资不超168亿元")
    assert (money.value, money.min, money.max) == (1.68e10, None, 1.68e10)


def test_values_after_an_ascii_comma_are_found():
    text = "星海科技公告,10亿元收购云帆,5%的股权,出货300万台"
    assert spans(text) == ["10亿元"]
    assert [p.text for _, _, p in find_percents(text)] == ["5%"]
    assert [q.text for _, _, q in find_quantities(text)] == ["300万台"]


@pytest.mark.parametrize("text, span", [("营收从1亿元至2亿，", "1亿元"), ("约1亿元至2亿。", "约1亿元")])
def test_a_range_without_currency_at_its_end_falls_back_to_its_first_amount(text, span):
    assert spans(text) == [span]


def test_a_thousands_comma_still_joins_a_number():
    assert spans("金额为1,000万元") == ["1,000万元"]

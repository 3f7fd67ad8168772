import math
from decimal import Decimal

import pytest
from hypothesis import given, strategies as st

from dealgraph.values import Quantity, find_quantities
from dealgraph.values.quantity import parse_quantity


def only_quantity(text: str) -> Quantity:
    found = find_quantities(text)
    assert len(found) == 1, found
    start, end, quantity = found[0]
    assert text[start:end] == quantity.text
    return quantity


@pytest.mark.parametrize("text, span, value, unit", [
    ("累计出货270万块芯片", "270万块", 2.7e6, "块"),
    ("日均调用6亿次", "6亿次", 6e8, "次"),
    ("部署17万个节点", "17万个", 1.7e5, "个"),
    ("发行1000万股", "1000万股", 1e7, "股"),
    ("交付1.5万辆", "1.5万辆", 1.5e4, "辆"),
    ("装机容量5 GW", "5 GW", 5, "GW"),
    ("储能3GWh", "3GWh", 3, "GWh"),
    ("门店两千家", "两千家", 2000, "家"),
    ("员工三百二十人", "三百二十人", 320, "人"),
    ("服务超1亿人次", "超1亿人次", 1e8, "人次"),
    ("装机100万千瓦", "100万千瓦", 1e6, "千瓦"),
    ("每台3千克", "3千克", 3, "千克"),
])
def test_quantities(text, span, value, unit):
    quantity = only_quantity(text)
    assert (quantity.text, quantity.unit) == (span, unit)
    assert math.isclose(quantity.value, value)


def test_lower_bound():
    quantity = only_quantity("出货超过270万块")
    assert (quantity.text, quantity.value, quantity.min, quantity.max) == ("超过270万块", 2.7e6, 2.7e6, None)


def test_yu_is_an_approximate_lower_bound():
    quantity = only_quantity("员工400余人")
    assert (quantity.text, quantity.value, quantity.min, quantity.approx) == ("400余人", 400, 400, True)


def test_upper_bound():
    quantity = only_quantity("团队不足20人")
    assert (quantity.text, quantity.value, quantity.min, quantity.max) == ("不足20人", 20, None, 20)


@pytest.mark.parametrize("text, lo, hi", [("1-2万台", 1e4, 2e4), ("数百家", 200, 900),
                                          ("十几个", 11, 19), ("七八家", 7, 8)])
def test_ranges(text, lo, hi):
    quantity = only_quantity(f"涉及{text}。")
    assert quantity.text == text
    assert (quantity.min, quantity.max) == (lo, hi)


@pytest.mark.parametrize("text, value", [("上万人", 1e4), ("十多人", 10), ("百余家", 100)])
def test_vague_lower_bounds(text, value):
    quantity = only_quantity(f"吸引{text}参与")
    assert (quantity.value, quantity.min, quantity.max, quantity.approx) == (value, value, None, True)


@pytest.mark.parametrize("text", [
    "投资10亿元", "增长10%", "2025年", "为期3个月", "第3个项目", "提升5个百分点", "百家争鸣",
    "走进千家万户", "千万车辆", "收购10%股权", "5亿人民币", "两个人", "台湾地区",
])
def test_not_quantities(text):
    assert find_quantities(text) == []


def test_to_dict_and_parse():
    assert parse_quantity("超过270万块").to_dict() == {
        "value": 2.7e6, "unit": "块", "min": 2.7e6, "max": None, "approx": False, "text": "超过270万块"}
    assert parse_quantity("10亿元") is None


@given(st.decimals(min_value=Decimal("0.1"), max_value=Decimal("9999"), places=1),
       st.sampled_from(["万", "亿", ""]), st.sampled_from(["人", "台", "家", "次", "块", "辆"]))
def test_round_trip(n, scale, unit):
    text = f"{n.normalize():f}{scale}{unit}"
    quantity = only_quantity(f"共计{text}，")
    assert (quantity.text, quantity.unit) == (text, unit)
    assert math.isclose(quantity.value, float(n) * {"万": 1e4, "亿": 1e8, "": 1}[scale])


@given(st.text(alphabet="0123456789.-至多余数上超过不足以上左右万亿千百十一二两三人个块次家吨台GW %元年", max_size=40))
def test_any_text_gives_exact_spans(text):
    assert all(text[s:e] == q.text for s, e, q in find_quantities(text))

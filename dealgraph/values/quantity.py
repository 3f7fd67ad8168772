"""Counted quantities: 270万块, 超过270万块, 6亿次, 400余人, 不足20人, 1-2万台.

Only numbers followed by a measure word or unit (块, 人, 次, 吨, GW …) count, so money
(10亿元), percentages, dates (2025年) and durations (3个月) are left out. Bare 十/百/千 need a modifier
(十多人, 百余家): 百家 / 千家万户 are idioms. Vague phrases with a noun rather than a
measure word (千万车辆) are skipped: there is no unit to attach.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from dealgraph.values.numbers import (
    AMOUNT_FIRST, BOUND_FIRST, BOUND_POST, BOUND_PRE, RANGE_SEP, Amount, amount_fragment,
    amount_range, bounded, lead, parse_amount, words_rx,
)

_UNITS = (
    "人次 人(?!民币|士) 名(?!义|单) 位(?!于|数) 户 家 块(?!钱) 辆次 次 台(?!湾|积电) 辆 部(?!门|分) "
    "件 款 项 座 条 架 艘 套 颗 枚 张 只(?!是|有|要|能) 头(?!部) 支 份(?!额) 栋 层 片 组 批 笔 "
    "个(?!月|季度|百分点|交易日|工作日|小时|点) 股(?!东|价|市|票|权|份|息|本) 手 "
    "千瓦时 千瓦 兆瓦 吉瓦 平方公里 平方米 平米 立方米 公顷 亩 公里 千米 米 吨 千克 公斤 克(?!拉|隆) "
    "升 桶 标箱 度(?!假) 参数 "
    "GWh(?![A-Za-z]) MWh(?![A-Za-z]) kWh(?![A-Za-z]) GW(?![A-Za-z]) MW(?![A-Za-z]) kW(?![A-Za-z]) "
    "TB(?![A-Za-z]) PB(?![A-Za-z]) GB(?![A-Za-z]) TEU(?![A-Za-z]) "
    "tokens(?![A-Za-z]) token(?![A-Za-z])"
).split()

_AMOUNT = amount_fragment(english=False, lone_unit=False)
_UNIT_GUARDS = dict(re.fullmatch(r"([^(]+)(.*)", u).groups() for u in _UNITS)
_UNIT_RX = words_rx(_UNIT_GUARDS, _UNIT_GUARDS)
_QUANTITY_RX = re.compile(
    lead(AMOUNT_FIRST + BOUND_FIRST) +
    rf"(?P<pre>(?>{BOUND_PRE}))?"
    rf"(?<![第0-9０-９.．A-Za-z$€£¥￥\-])(?<![0-9],)(?P<a1>{_AMOUNT})"
    rf"(?:(?P<sep>{RANGE_SEP})(?P<a2>{_AMOUNT}))?"
    rf"[ ]?(?P<unit>{_UNIT_RX})"
    rf"(?P<post>{BOUND_POST})?"
)


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str
    min: float | None = None
    max: float | None = None
    approx: bool = False
    text: str = ""

    def to_dict(self) -> dict:
        return asdict(self)


def find_quantities(text: str) -> list[tuple[int, int, Quantity]]:
    return [(m.start(), m.end(), q) for m in _QUANTITY_RX.finditer(text)
            if (q := _quantity(m)) is not None]


def parse_quantity(s: str) -> Quantity | None:
    m = _QUANTITY_RX.fullmatch(s.strip())
    return _quantity(m) if m else None


def _quantity(m: re.Match) -> Quantity | None:
    amount = _amount(m)
    if amount is None:
        return None
    amount = bounded(amount, m["pre"], m["post"])
    return Quantity(amount.value, m["unit"], amount.min, amount.max, amount.approx, m.group())


def _amount(m: re.Match) -> Amount | None:
    first = parse_amount(m["a1"])
    if first is None or not m["a2"]:
        return first
    second = parse_amount(m["a2"])
    return None if second is None else amount_range(first, second)

"""Percentages (17.15%, 百分之十, 超过50%, 全资, 六成) and changes (同比增长17.2%, 扩大7倍, fell 5%).

A dot after a name is no decimal point: Holdings Ltd.35%股份 holds 35%.

A change needs a verb. Verbs that are usually intransitive (增长, 下滑, 收窄 …) stand
alone; verbs that usually take an object (提升, 扩大 …) need a percent, a factor, a
basis (同比) or a following punctuation mark ("亏损扩大，"), so 扩大合作 is no change;
one-character verbs (增, 降 …) and the nouns of a rate (增幅, 降幅 …: 同比增幅达38%) need a percent or factor. 增长至 gives a change without
a percent (the number after 至 is a level). Percentage points (5个百分点) are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dealgraph.values.numbers import (
    ARABIC, BOUND_FIRST, BOUND_POST, BOUND_PRE, CN_CHARS, CN_DIGITS, DIGIT_CHARS, MINUS,
    NEGATIVE, RANGE_SEP, Amount, amount_range, bounded, first_chars, lead, negated,
    parse_number, words_rx,
)

# (a hyphen too: "a 100-percent stake", "a 51-per-cent holding")
_SIGN = r"(?:[%％]|[ -]?(?=[pP])(?i:percent|per cent|per-cent)(?![A-Za-z]))"
_CN_NUMBER = f"[{CN_CHARS}]+(?:点[{CN_DIGITS}]+)?"
# 六成收入来自…, 超过三成股份: tenths; not a word that opens with 成 (九成为, 一成不变, 三成本), nor 十成.
_TENTHS = "一二两三四五六七八九"
_NOT_TENTHS = "不变|为|本|交|立|功|长|员|熟|都|果|效|绩|品|型|就|年|人|材|套|千|语|分|色"

_PERCENT_RX = re.compile(
    lead(DIGIT_CHARS + "百千全" + _TENTHS + BOUND_FIRST + MINUS)
    + rf"(?P<pre>(?>{BOUND_PRE}))?"
    + rf"(?:(?P<neg>{NEGATIVE})?(?<![0-9０-９])(?<![0-9０-９][.．])(?<![0-9],)(?P<a1>(?>{ARABIC}))"
    + rf"(?:[%％]?(?P<sep>{RANGE_SEP})(?P<a2>{ARABIC}))?{_SIGN}"
    + rf"|百分之(?P<cn>{_CN_NUMBER})|千分之(?P<pm>{_CN_NUMBER})|(?P<full>全资)"
    + rf"|(?<![{CN_CHARS}])(?P<tenth>[{_TENTHS}])成(?!{_NOT_TENTHS}))"
    + rf"(?P<post>{BOUND_POST})?"
)


@dataclass(frozen=True)
class Percent:
    value: float | None  # percent units: 17.15 for 17.15%
    min: float | None = None
    max: float | None = None
    approx: bool = False
    text: str = ""

    def to_dict(self) -> dict:
        return dict(vars(self))  # scalar fields only: a shallow copy is asdict() without its deep copy


def find_percents(text: str) -> list[tuple[int, int, Percent]]:
    return [(m.start(), m.end(), p) for m in _PERCENT_RX.finditer(text)
            if (p := _percent(m)) is not None]


def parse_percent(s: str) -> Percent | None:
    m = _PERCENT_RX.fullmatch(s.strip())
    return _percent(m) if m else None


def _percent(m: re.Match) -> Percent | None:
    amount = _amount(m)
    if amount is None:
        return None
    amount = bounded(amount, m["pre"], m["post"])
    if m["neg"]:
        amount = negated(amount)
    return Percent(amount.value, amount.min, amount.max, amount.approx, m.group())


def _amount(m: re.Match) -> Amount | None:
    if m["full"]:
        return Amount(100.0)
    if m["tenth"]:
        return Amount(parse_number(m["tenth"]) * 10)  # type: ignore[operator]
    if m["a2"]:
        lo, hi = parse_number(m["a1"]), parse_number(m["a2"])
        return None if lo is None or hi is None else amount_range(Amount(lo), Amount(hi))
    n = parse_number(m["a1"] or m["cn"] or m["pm"])
    if n is None:
        return None
    return Amount(n / 10 if m["pm"] else n)


# ---------------------------------------------------------------- changes

_BASIS = {
    "yoy": "同比 较上年同期 较去年同期 比上年同期 比去年同期 与上年同期相比 与去年同期相比 "
           "较上年 较去年 比上年 比去年 同比去年同期 同比上年同期 同比去年 同比上年",
    "qoq": "环比 较上季度 较上一季度 比上季度 较上个季度",
}
_BASIS_OF = {w: b for b, words in _BASIS.items() for w in words.split()}
_EN_BASIS = {
    "yoy": "year on year|year over year|from a year earlier|from a year ago|on the year|yoy|y/y",
    "qoq": "quarter on quarter|quarter over quarter|from the previous quarter|sequentially|qoq|q/q",
}
_EN_BASIS_OF = {w: b for b, words in _EN_BASIS.items() for w in words.split("|")}
_ADVERBS = ("大幅 小幅 明显 显著 分别 均 持续 进一步 略有 略微 稍有 稳步 快速 高速 逆势 同步 "
            "有所 继续 实现 出现").split()
_UP = {
    "standalone": "增长 上涨 上升 上扬 攀升 飙升 激增 暴增 大增 猛增 劲增 跃升 走高 回升 反弹 高增 "
                  "大涨 暴涨 翻了两番 翻两番 翻了一番 翻一番 翻番 翻倍",
    "transitive": "增加 提升 提高 扩大 扩张",
    "single": "增 涨 升",
    "rate": "增幅 涨幅 增速",
}
_DOWN = {
    "standalone": "下滑 下降 下跌 回落 萎缩 收窄 锐减 骤降 暴跌 大跌 大降 走低 缩水 下挫 放缓",
    "transitive": "减少 降低 缩小 缩减",
    "single": "降 跌 减",
    "rate": "降幅 跌幅 减幅",
}
_DIRECTION = {w: d for d, table in (("up", _UP), ("down", _DOWN))
              for words in table.values() for w in words.split()}
_EN_UP = ("up rose risen rises rising rise increased increases increase grew grown grows grow "
          "jumped jumps jump surged surges soared soars climbed climbs gained gains advanced")
_EN_DOWN = ("down fell fallen falls fall dropped drops drop declined declines decline decreased "
            "decreases slid slipped slumped plunged plunges shrank shrunk tumbled sank")
_EN_DIRECTION = {w: "up" for w in _EN_UP.split()} | {w: "down" for w in _EN_DOWN.split()}
_EN_FACTOR = {"doubled": 2.0, "tripled": 3.0, "quadrupled": 4.0}
_EN_ABOUT = ["about", "around", "nearly", "almost", "more than", "over", "roughly", "some"]
_FAN_FACTOR = {"翻番": 2.0, "翻倍": 2.0, "翻一番": 2.0, "翻了一番": 2.0, "翻两番": 4.0, "翻了两番": 4.0}


def _verbs(kind: str) -> str:
    return words_rx(w for table in (_UP, _DOWN) for w in table[kind].split())


def _english(words) -> str:
    """Case-insensitive English words; a space in a phrase also matches a hyphen."""
    words = sorted(words, key=len, reverse=True)
    body = "|".join(words).replace(" ", "[- ]")
    return f"(?<![A-Za-z]){lead(first_chars(*words))}(?i:{body})(?![A-Za-z])"


_PUNCT_AHEAD = r"(?=[，。；、,.;!?！？)）]|$)"
_AMOUNT_AFTER_VERB = (
    rf"了?[ ]?(?:惊人的|足足|整整)?(?:{words_rx(['约', '近', '超过', '超', '逾', '达到', '达', '高达', '将近', '接近'])})?"
    rf"(?:(?P<pct>{ARABIC})[ ]?(?:[%％]?[ ]?[-－~～至到—][ ]?(?P<pct2>{ARABIC})[ ]?)?[%％]|百分之(?P<cpct>{_CN_NUMBER})"
    rf"|(?P<fac>{ARABIC}|[{CN_CHARS}]+)[ ]?倍)"
)
_CHANGE_RX = re.compile(
    lead(first_chars(*_BASIS_OF, *_ADVERBS, *_DIRECTION, *_EN_DIRECTION, *_EN_FACTOR))
    + rf"(?:(?P<sb>同比|环比)(?P<sign>[+＋{re.escape(MINUS)}])(?P<spct>{ARABIC})[%％]"
    + rf"|(?P<basis>{words_rx(_BASIS_OF)})?(?:{words_rx(_ADVERBS)}){{0,2}}"
    + rf"(?:(?P<v1>{_verbs('standalone')})|(?P<v2>{_verbs('transitive')})"
    + rf"|(?P<v3>{_verbs('single')})|(?P<v4>{_verbs('rate')})(?:为|是)?)"
    + rf"(?![率点])(?P<amt>{_AMOUNT_AFTER_VERB})?"
    + rf"(?(amt)|(?(v3)(?!)|(?(v4)(?!)|(?(v2)(?(basis)|{_PUNCT_AHEAD})|))))"  # see the module docstring
    + rf"|(?P<emult>{_english(_EN_FACTOR)})"
    + rf"|(?P<ev>{_english(_EN_DIRECTION)})(?:[ ]by)?(?:[ ]{_english(_EN_ABOUT)})?"
    + rf"[ ](?P<epct>{ARABIC}){_SIGN}(?:,?[ ](?P<ebasis>{_english(_EN_BASIS_OF)}))?)"
)


@dataclass(frozen=True)
class Change:
    direction: str  # "up" | "down"
    percent: float | None  # 386 for 同比激增386%
    factor: float | None  # 7 for 扩大7倍, as written (not converted to a percent)
    basis: str | None  # "yoy", "qoq" or None
    text: str = ""
    percent_max: float | None = None  # 50 for 同比增长30%-50% (a forecast's range; percent is its low end)

    def to_dict(self) -> dict:
        return dict(vars(self))  # scalar fields only: a shallow copy is asdict() without its deep copy


def find_changes(text: str) -> list[tuple[int, int, Change]]:
    return [(m.start(), m.end(), _change(m)) for m in _CHANGE_RX.finditer(text)]


def _change(m: re.Match) -> Change:
    if m["sb"]:
        direction = "down" if m["sign"] in MINUS else "up"
        return Change(direction, parse_number(m["spct"]), None, _BASIS_OF[m["sb"]], m.group())
    if m["emult"]:
        return Change("up", None, _EN_FACTOR[m["emult"].lower()], None, m.group())
    if m["ev"]:
        basis = _EN_BASIS_OF.get(m["ebasis"].lower().replace("-", " ")) if m["ebasis"] else None
        direction = _EN_DIRECTION[m["ev"].lower()]
        return Change(direction, parse_number(m["epct"]), None, basis, m.group())
    verb = m["v1"] or m["v2"] or m["v3"] or m["v4"]
    percent = parse_number(m["pct"] or m["cpct"]) if m["pct"] or m["cpct"] else None
    factor = parse_number(m["fac"]) if m["fac"] else _FAN_FACTOR.get(verb)
    top = parse_number(m["pct2"]) if m["pct2"] else None
    return Change(_DIRECTION[verb], percent, factor, _BASIS_OF.get(m["basis"] or ""), m.group(),
                  top if top is not None and percent is not None and top > percent else None)

"""Money amounts: 10亿美元, 超1000亿元, 数十亿美元, 1-2亿元, US$1.5bn, £5 billion.

Vague amounts become ranges or bounds (value = midpoint of a range, else the bound):
- 数/几 + unit: 2 to 9 of it (数亿 = 2亿–9亿, 几十亿 = 20亿–90亿), approx;
- 十来亿 = 10亿–20亿, 十几亿 = 11亿–19亿, 三四十亿 = 30亿–40亿, approx;
- 1000多亿 / 10余亿 / 上百亿: lower bound (min only), approx;
- 超/超过/逾/突破/以上: lower bound; 不足/不到/以下/以内: upper bound;
  约/左右/上下: approx; 近/将近/接近: approx with the upper bound.
- 万亿级 / 千亿级 (a scale ending in 亿 + 级, no currency): CNY, approx point.
A leading minus (净利润为-5.3亿元) makes the value negative. A currency is required:
a prefix symbol or code ($, US$, HK$, £, €, ¥, RMB…), a Chinese prefix word with a
scaled amount (人民币5亿), or a suffix (元, 美元, 港币, yuan, dollars…); ¥ is CNY.
A deal stands in for a missing currency when the amount is in 万 or 亿: after 以, 作价,
出资, 募资, 金额为… (以9.47亿收购, 募资约10亿) or right before 收购, 现金收购, 债权, 的价格…
(500亿用于收购); such an amount is CNY, exact unless a bound word says otherwise. Share
counts and quantities (以2000万股, 1000万用户) have a word after them that no deal allows.

Spans follow FewFC's labels (the majority where annotators differ): bound words are in
(约6亿元, 不超168亿元, 14亿元左右); 人民币 is out when it opens the amount (人民币5.85亿元 ->
5.85亿元) or follows 元 (31.7亿元人民币 -> 31.7亿元), and in when it is the only currency
(25.7亿人民币); a space before the scale is part of it (10.64 亿元).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dealgraph.values.numbers import (
    AMOUNT_FIRST, BOUND_FIRST, BOUND_POST, BOUND_PRE, MINUS, NEGATIVE, RANGE_SEP, Amount,
    amount_fragment, amount_range, bounded, first_chars, lead, negated, parse_amount, words_rx,
)

_SYMBOLS = {
    "US$": "USD", "$": "USD", "＄": "USD", "HK$": "HKD", "A$": "AUD", "C$": "CAD",
    "S$": "SGD", "NT$": "TWD", "£": "GBP", "￡": "GBP", "€": "EUR", "¥": "CNY", "￥": "CNY", "₹": "INR",
}
_CODES = ("CNY", "USD", "HKD", "GBP", "EUR", "JPY", "KRW", "INR", "CHF", "RMB")
# a currency's abbreviation in letters before its figure, a word of its own: the Indian rupee ("Rs 1,200 crore",
# "Rs. 50 lakh", "Rs1,632 crore"; not the letters inside "HRs" or "Mrs")
_LETTER_SYMBOLS = {"Rs.": "INR", "Rs": "INR"}
_WORDS = {
    "元": "CNY", "人民币": "CNY", "美元": "USD", "美金": "USD",
    "英镑": "GBP", "欧元": "EUR", "港元": "HKD", "港币": "HKD", "日元": "JPY",
    "日圆": "JPY", "韩元": "KRW", "澳元": "AUD", "加元": "CAD", "加币": "CAD",
    "新加坡元": "SGD", "新元": "SGD", "新台币": "TWD", "瑞士法郎": "CHF",
    "瑞郎": "CHF", "卢布": "RUB", "卢比": "INR",
}
_ENGLISH = {
    "yuan": "CNY", "renminbi": "CNY", "dollar": "USD", "dollars": "USD",
    "us dollar": "USD", "us dollars": "USD", "hk dollar": "HKD", "hk dollars": "HKD",
    "hong kong dollar": "HKD", "hong kong dollars": "HKD", "euro": "EUR", "euros": "EUR",
    "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "yen": "JPY",
    "won": "KRW", "rupees": "INR", "rupee": "INR", "swiss francs": "CHF", "francs": "CHF",
}
_PREFIX_WORDS = ("人民币", "美元", "港币", "港元", "欧元", "英镑", "日元")


_SYM = "(?:{}|(?<![A-Za-z])(?:{})(?![A-Za-z])|(?<![A-Za-z])(?:{})(?=[ ]?[0-9]))".format(
    words_rx(_SYMBOLS), words_rx(_CODES), words_rx(_LETTER_SYMBOLS))
_WORD_PREFIX = words_rx(_PREFIX_WORDS)
_SUFFIX = r"(?:{}|(?<=[0-9A-Za-z ])(?=[A-Za-z])(?i:{}|{})(?![A-Za-z]))".format(
    words_rx(_WORDS, {"元": "(?!宇宙|素|件)"}),
    "|".join(sorted(_ENGLISH, key=len, reverse=True)), "|".join(_CODES))
_AMOUNT = amount_fragment(english=True, lone_unit=True)
_NOT_JI = "(?!参数|tokens?|Tokens?|用户|人|次|个)"

_DEAL_AFTER = tuple("收购 现金收购 现金购买 用于收购 债权 的价格 的对价 的代价 的总价 的交易对价".split())
_DEAL_BEFORE = tuple(("以 作价 出资 对价 耗资 斥资 募资 募集资金 融资 投资 增资 注资 现金 金额 金额为 金额达 "
                      "金额达到 价格为 价款 总价 代价 花费 支付 豪掷 报价 估值").split())
_BARE_AFTER = _DEAL_AFTER + tuple(("现金 用于 对价 购买 购得 买下 买入 受让 认购 入股 参股 增资 注资 投资 获得 "
                                   "取得 拿下 控股 参与 中标 竞得 转让 出售 卖出 回购 的资金 的现金 的投资 的融资 "
                                   "的估值 的金额 左右 以上 以下").split())
# An amount in 万/亿 with no currency, before punctuation or a word a deal allows (not 股, 人…)
# (not after a range whose first end has the currency: 1亿元至2亿 falls back to 1亿元, as before)
# 完成近5亿A轮融资, 5亿天使轮融资: a round named right after the bare amount is what it pays for
_ROUND_AFTER = r"(?:[Pp]re-?)?(?:[A-H][0-9]?\+{0,3}|天使\+{0,3}|种子|战略|新一)轮(?:融资|投资)"
_BARE = rf"(?(cm)(?!)|(?<=[万亿])(?P<bare>(?=[，,。；;、：:）)」”！？!?\s]|$|{words_rx(_BARE_AFTER)}|{_ROUND_AFTER})))"

_MONEY_RX = re.compile(
    lead(AMOUNT_FIRST + BOUND_FIRST + MINUS + first_chars(*_SYMBOLS, *_CODES, *_LETTER_SYMBOLS, *_PREFIX_WORDS)) +
    rf"(?P<pre>(?>{BOUND_PRE}))?"
    rf"(?:(?P<cs>{_SYM})[ ]?|(?P<cw>{_WORD_PREFIX}))?"
    rf"(?P<neg>{NEGATIVE})?(?<![0-9０-９.．])(?<![0-9],)(?P<a1>(?>{_AMOUNT}))"
    rf"(?:(?P<cm>{_SUFFIX})?(?P<sep>{RANGE_SEP})(?:{_SYM}|{_WORD_PREFIX})?[ ]?"
    rf"(?P<a2>(?>{_AMOUNT}))(?:(?<=[十百千万亿A-Za-z])|(?=[ ]?{_SUFFIX})))?"
    rf"(?:[ ]?(?P<cur>{_SUFFIX})|(?(cs)|(?!))|(?(cw)(?<=[十百千万亿])|(?!))|(?<=亿)(?P<ji>级){_NOT_JI}|{_BARE})"
    rf"(?P<post>{BOUND_POST})?"
)


@dataclass(frozen=True)
class Money:
    value: float | None  # point value; the midpoint of a range; the bound of a bound
    currency: str  # ISO 4217
    min: float | None = None
    max: float | None = None
    approx: bool = False
    text: str = ""

    def to_dict(self) -> dict:
        return dict(vars(self))  # scalar fields only: a shallow copy is asdict() without its deep copy


def find_money(text: str) -> list[tuple[int, int, Money]]:
    found, pos = [], 0
    while (m := _MONEY_RX.search(text, pos)) is not None:
        pos = m.end()
        if m["a2"] and (_no_range(m) or _FROM_BEFORE.search(text, max(0, m.start() - 12), m.start())):
            pos = m.end("sep")  # the second end is an amount of its own, read next
            if not _no_range(m) and (first := _first_end(m)) is not None:
                found.append((m.start(), len(first.text) + m.start(), first))
            continue
        start = _start(m)
        if (money := _money(m, start)) is not None:
            found.append((start, m.end(), money))
    if found and ("万、" in text or "亿、" in text or "万和" in text or "亿和" in text or "万及" in text or "亿及" in text):
        found = _listed_with_cn(text, found)
    return _listed_with(text, found) if found and (" million" in text or " billion" in text) else found


# a Chinese amount in 万 or 亿 without a currency closing a list item, the join after it, and the next item's start
# (1.66亿、 / 1.50亿和 / 2.4万及), read leftwards from an amount with its currency …
_CN_BARE_BEFORE = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?(?:万亿|亿|万))\s*(?:、|和|及|以及|与)\s*$")
# … or rightwards from one (…亿元、2.4万、…: the item must end there, no unit or noun of its own after it)
_CN_BARE_AFTER = re.compile(r"\s*(?:、|和|及|以及|与)\s*(\d+(?:\.\d+)?(?:万亿|亿|万))(?=[、和及与，,。；;）)]|以及|$)")


def _listed_with_cn(text: str, found: list[tuple[int, int, Money]]) -> list[tuple[int, int, Money]]:
    """收入分别为1.66亿、1.50亿和0.24亿元 / 人民币872.2万、2.4万和0元: amounts in 万 or 亿 without a currency, listed
    with one that has it (only joins between them), share its currency: each amount before the one with it, and each
    after the first of a list (用户数达1.2亿、营收3亿元: 营收 stands between them, no list; 1.2亿股: a count)."""
    taken = sorted(found, key=lambda x: x[0])
    added: list[tuple[int, int, Money]] = []

    def bare(a: int, b: int, like: Money) -> tuple[int, int, Money] | None:
        amount = parse_amount(text[a:b])
        if amount is None or any(x < b and a < y for x, y, _ in taken + added):
            return None
        return (a, b, Money(amount.value, like.currency, amount.min, amount.max, amount.approx, text=text[a:b]))

    for a, b, money in taken:
        left = a
        while (m := _CN_BARE_BEFORE.search(text, max(0, left - 16), left)) is not None \
                and (piece := bare(m.start(1), m.end(1), money)) is not None:
            added.append(piece)
            left = m.start(1)
        right = b
        while (m := _CN_BARE_AFTER.match(text, right)) is not None and (piece := bare(m.start(1), m.end(1), money)) is not None:
            added.append(piece)
            right = m.end(1)
    return sorted(taken + added, key=lambda x: x[0]) if added else found


# an English amount written without its currency ("601 million"), and what joins two amounts of one list
# (the first digit checked behind itself: the same test as a lookbehind up front, but the engine looks for digits
# quickly)
_BARE_EN = re.compile(r"(\d(?<![\w$€£¥.,]\d)\d{0,2}(?:,\d{3})*(?:\.\d+)?) (?:million|billion|trillion)(?![\w-])")
_LIST_JOIN = re.compile(r",? and |, | or |,? and then ")


def _listed_with(text: str, found: list[tuple[int, int, Money]]) -> list[tuple[int, int, Money]]:
    """"revenue of 601 million, 727 million and 939 million yuan", "net losses of RMB375 million, 376 million and
    454 million": English amounts listed with one that names the currency share it (the last one's leftwards, the
    first one's rightwards)."""
    taken = [(a, b) for a, b, _ in found]
    bare = [(m.start(), m.end()) for m in _BARE_EN.finditer(text) if not any(a < m.end() and m.start() < b for a, b in taken)]
    if not bare:
        return found
    pieces: list[tuple[int, int, Money | None]] = sorted([*found, *((a, b, None) for a, b in bare)], key=lambda x: x[0])

    def share(i: int, j: int) -> None:  # piece i, with no currency, takes that of piece j next to it in the list
        if pieces[i][2] is None and pieces[j][2] is not None and _LIST_JOIN.fullmatch(
                text[pieces[min(i, j)][1]:pieces[max(i, j)][0]]) and (amount := parse_amount(text[pieces[i][0]:pieces[i][1]])):
            pieces[i] = (pieces[i][0], pieces[i][1], Money(amount.value, pieces[j][2].currency,
                                                             text=text[pieces[i][0]:pieces[i][1]]))
    for i in range(len(pieces) - 2, -1, -1):
        share(i, i + 1)
    for i in range(1, len(pieces)):
        share(i, i - 1)
    return [p for p in pieces if p[2] is not None]


# "rose from 153 million to 325 million yuan": after "from", two ends are two figures, not a range
_FROM_BEFORE = re.compile(r"\bfrom (?:about |around |roughly |nearly |some |over |more than |just )?$", re.IGNORECASE)


def _no_range(m: re.Match) -> bool:
    """"in 2022 to 325 million yuan": a first end with no scale word that the second's scale would make larger than
    the second (a year, then an amount) makes no range."""
    first, second = parse_amount(m["a1"]), parse_amount(m["a2"])
    return first is not None and second is not None and first.exp == 0 and second.exp > 0 \
        and first.low * 10**second.exp > second.high


def _first_end(m: re.Match) -> Money | None:
    """The first end of "from 153 million to 325 million yuan" alone, with the currency of the pair (its scale too,
    when it has none of its own: "from 1.5 to 3 billion yuan" starts at 1.5 billion)."""
    first, second = parse_amount(m["a1"]), parse_amount(m["a2"])
    if first is None or second is None:
        return None
    if first.exp == 0 and second.exp:
        first = first.rescaled(second.exp)
    end = m.end("cm") if m["cm"] else m.end("a1")  # (with its own currency word: "from 153 million yuan to …")
    return Money(first.value, _currency(m), first.min, first.max, first.approx, m.string[m.start():end].rstrip())


def parse_money(s: str) -> Money | None:
    m = _MONEY_RX.fullmatch(s.strip())
    return _money(m, _start(m)) if m else None


def _start(m: re.Match) -> int:
    """Where the span starts: after 人民币 when it opens the amount (人民币5.85亿元 -> 5.85亿元)."""
    return m.end("cw") if m["cw"] == "人民币" and not m["pre"] else m.start()


def _money(m: re.Match, start: int) -> Money | None:
    if m["bare"] is not None and not _in_deal(m):
        return None
    amount = _amount(m)
    if amount is None:
        return None
    amount = bounded(amount, m["pre"], m["post"])
    if m["neg"]:
        amount = negated(amount)
    return Money(amount.value, _currency(m), amount.min, amount.max,
                 amount.approx or bool(m["ji"]), m.string[start:m.end()])


_ROUND_AFTER_RX = re.compile(_ROUND_AFTER)


def _in_deal(m: re.Match) -> bool:
    """Whether a deal word stands right before an amount without currency or right after it."""
    text = m.string
    return text.endswith(_DEAL_BEFORE, 0, m.start()) or text.startswith(_DEAL_AFTER, m.end()) \
        or _ROUND_AFTER_RX.match(text, m.end()) is not None


def _amount(m: re.Match) -> Amount | None:
    first = parse_amount(m["a1"])
    if first is None or not m["a2"]:
        return first
    second = parse_amount(m["a2"])
    return None if second is None else amount_range(first, second)


def _currency(m: re.Match) -> str:
    suffix = _suffix_code(m["cur"] or m["cm"])
    prefix = _SYMBOLS.get(m["cs"] or "") or _LETTER_SYMBOLS.get(m["cs"] or "") or _suffix_code(m["cs"] or m["cw"])
    if suffix and (suffix != "CNY" or not prefix):
        return suffix
    return prefix or "CNY"


def _suffix_code(word: str | None) -> str | None:
    if not word:
        return None
    word = word.strip()
    if word.upper() in _CODES:
        return "CNY" if word.upper() == "RMB" else word.upper()
    return _WORDS.get(word) or _ENGLISH.get(word.lower())

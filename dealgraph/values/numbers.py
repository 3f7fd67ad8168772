"""Numbers as written in Chinese and English business text.

Besides `parse_number`, this module holds what money, percent and quantity
share: regex fragments for amounts ("1000多亿", "数十亿", "$1.5bn"), the
`Amount` they parse to, and the bound words (超过 / 不足 / 约 / 以上 …).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNIT = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "亿": 10**8}
_CN_DIGIT_TRANS = str.maketrans({k: str(v) for k, v in _CN_DIGIT.items()})

CN_DIGITS = "零〇一二两三四五六七八九"
CN_CHARS = CN_DIGITS + "十百千万亿"
DIGIT_CHARS = "0123456789０１２３４５６７８９"

# ---- regex fragments (no named groups: callers embed them more than once) ----
DIGIT = "[0-9０-９]"
ARABIC = rf"{DIGIT}+(?:,[0-9]{{3}}(?![0-9]))*(?:[.．]{DIGIT}+)?"
SCALE_ZH = "万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千(?![瓦克米])|百"
# (the Indian scales: a crore is ten million, a lakh a hundred thousand, a lakh crore a trillion: "Rs 1,200 crore",
# "INR 92 Cr", "₹1.5 lakh crore")
SCALE_EN = (r"(?=[A-Za-z])(?i:trillion|billion|million|thousand|trln|tn|bln|bn|mn|mln|mm|lakh crores?|crores?|lakhs?|cr|"
            r"[mbk])(?![A-Za-z])")
MINUS = "-－−"
NEGATIVE = rf"(?<![0-9A-Za-z.．%％])[{MINUS}](?=[0-9０-９])"
RANGE_SEP = r"[ ]?(?:至|到|-|－|—|–|~|～|〜)[ ]?|[ ]to[ ]"

_SCALE_EXP = {
    "十": 1, "百": 2, "千": 3, "万": 4, "十万": 5, "百万": 6, "千万": 7, "亿": 8,
    "十亿": 9, "百亿": 10, "千亿": 11, "万亿": 12, "thousand": 3, "k": 3,
    "million": 6, "m": 6, "mn": 6, "mln": 6, "mm": 6, "billion": 9, "b": 9,
    "bn": 9, "bln": 9, "trillion": 12, "tn": 12, "trln": 12,
    "crore": 7, "crores": 7, "cr": 7, "lakh": 5, "lakhs": 5, "lakh crore": 12, "lakh crores": 12,
}

_BOUND_WORDS = {
    # (a bound and 约 together, 不超过约7.16亿元 / 超过约5亿元: the bound, its figure rounded)
    "min": ("超过 超出 超 逾 高于 不低于 不少于 至少 最少 多于 突破 超过约 超约 逾约 不低于约 不少于约 至少约",
            "more than|over|above|at least|in excess of|upwards of|exceeding"),
    "max": ("不足 不到 不超过 不超 未超过 不高于 不多于 低于 少于 最多 至多 不超过约 不超约 最多约",
            "less than|fewer than|under|below|up to|no more than|as much as|as many as"),
    "approx": ("约合 约为 约 大约 大概", "about|around|approximately|roughly|some|an estimated"),
    "near": ("将近 接近 近乎 近", "nearly|almost|close to"),
}
_POST_WORDS = {"以上": "min", "以下": "max", "以内": "max", "左右": "approx", "上下": "approx"}
_BOUND_KIND = {w: kind for kind, (zh, en) in _BOUND_WORDS.items()
               for w in zh.split() + en.split("|")} | _POST_WORDS


def first_chars(*words: str) -> str:
    """The first characters of `words`, both cases for ASCII letters."""
    return "".join(sorted({c for w in words if w for c in (w[0].lower(), w[0].upper())}))


def lead(chars: str) -> str:
    """A lookahead on the first character: lets a pattern fail fast at most positions."""
    return f"(?=[{''.join(sorted(re.escape(c) for c in set(chars)))}])"


def words_rx(words, guards: dict[str, str] | None = None) -> str:
    """An alternation of words, longest first, behind a check of the first character
    (sre tries every branch of a plain alternation at every position). `guards`
    appends a lookahead to some words."""
    words = sorted(words, key=len, reverse=True)
    body = "|".join(re.escape(w) + (guards or {}).get(w, "") for w in words)
    return f"{lead(first_chars(*words))}(?:{body})"


_EN_BOUND_WORDS = sorted((w for _, en in _BOUND_WORDS.values() for w in en.split("|")),
                         key=len, reverse=True)
BOUND_PRE = "(?:{}|(?<![A-Za-z])(?=[A-Za-z])(?i:{})[ ])".format(
    words_rx(w for zh, _ in _BOUND_WORDS.values() for w in zh.split()), "|".join(_EN_BOUND_WORDS))
BOUND_POST = "(?=[以左上])(?:以上|以下|以内|左右|上下(?!游))"


AMOUNT_FIRST = DIGIT_CHARS + CN_CHARS + "数几上"
BOUND_FIRST = first_chars(*_BOUND_KIND)


def amount_fragment(*, english: bool, lone_unit: bool) -> str:
    """Regex text for one amount: a number with its modifiers and scale word.

    `lone_unit` lets a bare 十/百/千 stand as a number ("千亿元", "百元"); without
    it they need a modifier ("十多人", "百余家"), so idioms like 百家/千家 stay out.
    """
    lone = f"[十百千][多余来几]{'?' if lone_unit else ''}(?:{SCALE_ZH})?"
    english_scale = rf"(?:-plus[ ]|[ -])?{SCALE_EN}|" if english else ""  # $1-billion, $300-plus million
    branches = [
        rf"{ARABIC}(?:{english_scale}亿{ARABIC}万|[多余来]?(?:[ ]?(?:{SCALE_ZH}))?[多余]?)",
        rf"(?:[数几]|上(?=[百千万亿]))[{CN_CHARS}]+[多余来几]?(?:{SCALE_ZH})?",
        rf"[{CN_CHARS}]{{2,}}[多余来几]?(?:{SCALE_ZH})?[多余]?",
        rf"{lone}[多余]?",
    ]
    return "(?:" + "|".join(branches) + ")"


_ARABIC_RX = re.compile(r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?")
_CN_INT_RX = re.compile(f"[{CN_CHARS}]+")
_CN_DIGITS_ONLY_RX = re.compile(f"[{CN_DIGITS}]+")
_CN_PAIR_RX = re.compile(r"(?<![一二三四五六七八九两〇零])([一二三四五六七八九])([一二三四五六七八九])"
                         r"(?![一二三四五六七八九两〇零])")
_MIXED_RX = re.compile(rf"({_ARABIC_RX.pattern})({SCALE_ZH})")
_AMOUNT_RX = re.compile(
    rf"(?P<vague>[数几]|上(?=[百千万亿]))?(?P<num>{ARABIC}|[{CN_CHARS}]+)"
    rf"(?:亿(?P<wan>{ARABIC})万|(?P<mod>[多余来几]|-plus(?=[ ]))?(?:[ -]?(?P<scale>{SCALE_ZH}|{SCALE_EN}))?"
    rf"(?P<mod2>[多余])?)"
)


def times_pow10(n: float, exp: int) -> float:
    """n * 10**exp, rounded as the decimal text would be (365.78e8 stays exact)."""
    if not exp:
        return n
    return n * 10.0**exp if n.is_integer() and exp > 0 else float(f"{n!r}e{exp}")


def parse_number(s: str) -> float | None:
    s = s.strip().translate(_FULLWIDTH)
    if _ARABIC_RX.fullmatch(s):
        return float(s.replace(",", ""))
    if m := _MIXED_RX.fullmatch(s):
        return times_pow10(float(m[1].replace(",", "")), _SCALE_EXP[m[2]])
    return parse_chinese(s)


def parse_chinese(s: str) -> float | None:
    """Chinese numerals: 十二, 两百, 三千八百, 一万二, 三亿五千万, 二〇二五, 三点五."""
    whole, dot, frac = s.partition("点")
    n = _cn_integer(whole)
    if n is None or (dot and not _CN_DIGITS_ONLY_RX.fullmatch(frac)):
        return None
    return float(f"{n}.{frac.translate(_CN_DIGIT_TRANS)}") if dot else float(n)


def _cn_integer(s: str) -> int | None:
    if not _CN_INT_RX.fullmatch(s):
        return None
    if _CN_DIGITS_ONLY_RX.fullmatch(s):
        return int(s.translate(_CN_DIGIT_TRANS))
    done = section = digit = 0
    unit, after_zero = 1, False
    for ch in s:
        if ch in _CN_DIGIT:
            digit, after_zero = _CN_DIGIT[ch], after_zero or ch in "零〇"
            continue
        unit, after_zero = _CN_UNIT[ch], False
        if ch == "亿":
            done, section = ((done + section + digit) or 1) * unit, 0
        elif ch == "万":
            section = ((section + digit) or 1) * unit
        else:
            section += (digit or 1) * unit
        digit = 0
    implicit = digit * unit // 10 if unit >= 100 and not after_zero else digit
    return done + section + implicit


class Amount(NamedTuple):
    """A parsed amount; `min`/`max` are set only for bounds and ranges."""
    value: float
    min: float | None = None
    max: float | None = None
    approx: bool = False
    exp: int = 0  # power of ten of the scale word (亿 -> 8, billion -> 9)

    def rescaled(self, exp: int) -> Amount:
        def scale(x: float | None) -> float | None:
            return None if x is None else times_pow10(x, exp)
        return Amount(scale(self.value), scale(self.min), scale(self.max), self.approx, exp)

    @property
    def low(self) -> float:
        return self.value if self.min is None else self.min

    @property
    def high(self) -> float:
        return self.value if self.max is None else self.max


@lru_cache(maxsize=4096)
def parse_amount(s: str) -> Amount | None:
    m = _AMOUNT_RX.fullmatch(s.translate(_FULLWIDTH))
    if not m:
        return None
    if m["wan"]:
        n, w = _number(m["num"]), _number(m["wan"])
        if n is None or w is None:
            return None
        return Amount(times_pow10(n, 8) + times_pow10(w, 4), exp=8)
    bounds = _number_bounds(m["num"])
    if bounds is None:
        return None
    mod = m["mod"] or m["mod2"]
    if m["scale"]:
        exp = _SCALE_EXP[m["scale"].lower()]
        return _modified(bounds, exp, m["vague"], mod, exp)
    return _modified(bounds, 0, m["vague"], mod, _trailing_exp(m["num"]))


def _number(num: str) -> float | None:
    """An ASCII Arabic or a Chinese numeral, as matched by the amount regex."""
    return float(num.replace(",", "")) if num[0] <= "9" else parse_chinese(num)


def _trailing_exp(num: str) -> int:
    """The scale a Chinese numeral ends in (二十亿 -> 8), so a range end can borrow it."""
    for suffix, exp in (("万亿", 12), ("亿", 8), ("万", 4)):
        if num.endswith(suffix):
            return exp
    return 0


def _number_bounds(num: str) -> tuple[float, float] | None:
    """(low, high) of a number; they differ only for 七八 / 三四十 (7 to 8, 30 to 40)."""
    if num[0] > "9" and (pair := _CN_PAIR_RX.search(num)):
        if _CN_DIGIT[pair[2]] == _CN_DIGIT[pair[1]] + 1:
            lo = parse_chinese(num[:pair.start(2)] + num[pair.end(2):])
            hi = parse_chinese(num[:pair.start(1)] + num[pair.end(1):])
            return None if lo is None or hi is None else (lo, hi)
    n = _number(num)
    return None if n is None else (n, n)


def _modified(bounds: tuple[float, float], scale: int, vague: str | None, mod: str | None,
              exp: int) -> Amount:
    """Applies 数/几/上 before and 多/余/来/几 after a number, then its scale word."""
    lo, hi = bounds
    if vague in ("数", "几"):
        lo, hi = 2 * lo, 9 * hi
    elif mod == "来":
        hi = hi + _step(lo)
    elif mod == "几":
        lo, hi = lo + _step(lo) / 10, hi + 9 * _step(lo) / 10
    lo, hi = times_pow10(lo, scale), times_pow10(hi, scale)
    if vague == "上" or mod in ("多", "余", "-plus"):  # 300多亿, "300-plus million": at least that
        return Amount(lo, lo, None, True, exp)
    if lo == hi:
        return Amount(lo, None, None, False, exp)
    return Amount((lo + hi) / 2, lo, hi, True, exp)


def _step(n: float) -> float:
    """The place value of the last non-zero digit of a whole number: 20 -> 10, 300 -> 100."""
    if n != int(n) or n == 0:
        return 1
    digits = str(int(n))
    return 10 ** (len(digits) - len(digits.rstrip("0")))


def amount_range(first: Amount, second: Amount) -> Amount:
    """A range "1至2亿": the first end borrows the second's scale when it has none."""
    if first.exp == 0 and second.exp and first.low * 10**second.exp <= second.high:
        first = first.rescaled(second.exp)
    lo, hi = first.low, second.high
    return Amount((lo + hi) / 2, lo, hi, first.approx or second.approx, second.exp)


def bound_kind(word: str | None) -> str | None:
    """'min', 'max', 'approx' or 'near' for a bound word such as 超过 / 以下 / about."""
    return _BOUND_KIND.get(word.strip().lower()) if word else None


def apply_bound(a: Amount, kind: str | None) -> Amount:
    if kind == "min":
        return a._replace(value=a.low, min=a.low, max=None)
    if kind == "max":
        return a._replace(value=a.high, min=None, max=a.high)
    if kind == "approx":
        return a._replace(approx=True)
    if kind == "near":
        return a._replace(value=a.high, min=None, max=a.high, approx=True)
    return a


def bounded(a: Amount, pre: str | None, post: str | None) -> Amount:
    """`a` under the bound words written before and after it (超过 …, … 以上)."""
    if pre:
        a = apply_bound(a, bound_kind(pre))
    return apply_bound(a, bound_kind(post)) if post else a


def negated(a: Amount) -> Amount:
    """A negative amount (-5.3亿元): the bounds swap over."""
    def neg(x: float | None) -> float | None:
        return None if x is None else -x
    return Amount(-a.value, neg(a.max), neg(a.min), a.approx, a.exp)

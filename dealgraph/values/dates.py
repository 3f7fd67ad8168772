"""Dates as partial ISO strings ("2019", "2025-Q2", "2025-H1", "2025-02", "2025-08-20").

`DateResolver` finds date expressions sentence by sentence and resolves relative
ones (去年, 同年, 7月, Q4, last year) against the document's reference date.

Decisions:
- A bare month, day, quarter, half or 年初/年底 takes the last year named earlier
  in the same sentence (2019年 or 去年 alike), else the reference year (7月 is this
  year's July even when the reference date is in March).
- 同年/当年 take the last year named in the document (当年 falls back to the
  reference year); 次年/翌年 add one to it; 同月/次月 use the last month named.
- 近日/日前 resolve to the reference date, approx. 目前/近期/当前 are not dates
  (they mean "currently"/"soon") and are skipped, as are bare days (20日),
  counts of periods (过去四个季度) and horizons (未来三年): `find_horizons`
  reports the last two as strings instead ("-4q", "3y").
- Without a reference date relative expressions are dropped; explicit ones stay.
- An English year needs a cue word (in/since/by/during/fiscal/FY/early…),
  a month or quarter, or a range partner (2023-2024); Chinese years need 年.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple

from dealgraph.values.numbers import CN_CHARS, RANGE_SEP, first_chars, lead, parse_chinese

_Y = r"(?:19[89][0-9]|20[0-9]{2}|2100)"
_MM = r"(?:1[0-2]|0?[1-9])"
_DD = r"(?:3[01]|[12][0-9]|0?[1-9])"
_CN_MONTH = "十[一二]?|[一二三四五六七八九]"
_MONTH = rf"(?:(?<![0-9]){_MM}|(?<![{CN_CHARS}第统同单每这那哪]){_CN_MONTH})"
_CHU = "初(?!步|始|心|衷|创|级|选|赛|审|稿|版|次|期)"
_REL_YEARS = {"今年": 0, "本年度": 0, "本年": 0, "本财年": 0, "去年": -1, "上年度": -1,
              "上一年": -1, "上年": -1, "上财年": -1, "前年": -2, "明年": 1, "来年": 1}
_REL_YEAR_RX = "|".join(sorted(_REL_YEARS, key=len, reverse=True)).replace(
    "前年", "(?<![此提之以目])前年").replace("来年", "(?<!未)来年")
_EN_MONTHS = {name: i for i, name in enumerate(calendar.month_name) if name} | {
    abbr: i for i, abbr in enumerate(calendar.month_abbr) if abbr} | {"Sept": 9}
_EN_MONTH = "(?<![A-Za-z])(?:(?:{})(?![a-z])|May(?=[ ][0-9])|(?:{})\\.?(?=[ ][0-9]))".format(
    "|".join(calendar.month_name[i] for i in range(1, 13) if i != 5),
    "|".join(["Sept"] + [calendar.month_abbr[i] for i in range(1, 13) if i != 5]))
_EN_REL = ("earlier this year|later this year|earlier this month|last year|this year|next year|"
           "last month|this month|next month|last quarter|this quarter|today|yesterday")
_CN_QUARTER = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}

_SUB_PARTS = [
    rf"(?P<mon>{_MONTH})月份?(?:(?P<day>{_DD})[日号])?(?P<mpart>{_CHU}|底|末|上旬|中旬|下旬)?",
    rf"(?<![0-9])(?P<mbare>{_MM})(?=(?:[-－—–~～至到]){_MM}月)",
    r"第?(?P<q>[一二三四1-4])季度|(?<![A-Za-z])Q(?P<qq>[1-4])(?![0-9A-Za-z])",
    r"(?P<h>[上下])半年|(?<![A-Za-z])H(?P<hh>[12])(?![0-9A-Za-z])",
    r"前(?P<qn>[二两三])个?季度",
    r"(?P<ypart>年初|年底前?|年末前?|年中)",
]
_SUB_AFTER_YEAR = rf"(?P<ypart2>{_CHU}|底前?|末前?)"
_SUB_NAMED = "|".join(_SUB_PARTS + [_SUB_AFTER_YEAR])


def _unnamed(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_YEAR_FIRST = "12〇零一二三四五六七八九" + first_chars(*_REL_YEARS, "同年", "当年", "次年", "翌年")
_SUB_FIRST = "0123456789一二三四五六七八九十第Q上下H前年"
_EN_MONTH_FIRST = first_chars(*_EN_MONTHS)
_REL_WORDS = "近日 日前 今日 今天 昨日 昨天 本月 上个月 上月 当月 同月 次月 月初 月底 月末"


_YEAR_TAIL = rf"(?:,?[ ](?P<ey>{_Y})(?![0-9]))?"
_ATOM_ALTERNATIVES = [  # (possible first characters, pattern)
    ("12", rf"(?<![0-9])(?P<iso>{_Y}(?:-{_MM}-{_DD}|/{_MM}/{_DD}|\.{_MM}\.{_DD}))(?![0-9])"
           rf"|(?<![0-9])(?P<yq>{_Y})[ ]?(?:Q(?P<yqq>[1-4])|H(?P<yqh>[12]))(?![0-9A-Za-z])"
           rf"|(?<![0-9])(?P<ybare>{_Y})(?=(?:{RANGE_SEP}){_Y})"),
    (_YEAR_FIRST,
     rf"(?:(?<![0-9])(?P<yn>{_Y})[ ]?(?:财年|年度|年(?!代))"
     rf"|(?P<ycn>[〇零一二三四五六七八九]{{4}})年"
     rf"|(?P<yr>{_REL_YEAR_RX}|同年|当年|次年|翌年)(?!同期))"
     rf"(?P<sub>{_unnamed(_SUB_NAMED)})?"),
    (_EN_MONTH_FIRST,
     rf"(?P<emon>{_EN_MONTH})(?:[ ](?P<eday>{_DD})(?:st|nd|rd|th)?(?![0-9]))?{_YEAR_TAIL}"),
    ("0123456789",
     rf"(?<![0-9])(?P<edd>{_DD})[ ](?P<emon2>{_EN_MONTH}){_YEAR_TAIL.replace('ey>', 'ey2>')}"),
    ("Q", rf"(?<![A-Za-z])(?P<eq>Q[1-4])[ ](?:FY)?(?P<eqy>{_Y})(?![0-9])"),
    ("fFsStT",
     rf"(?<![A-Za-z])(?P<eord>(?i:first|second|third|fourth))[- ]quarter(?:[ ]of[ ](?P<eoy>{_Y}))?"
     rf"|(?<![A-Za-z])(?P<ehalf>(?i:first|second))[- ]half(?:[ ]of[ ](?P<ehy>{_Y}))?"),
    (first_chars(*_EN_REL.split("|")), rf"(?<![A-Za-z])(?P<erel>(?i:{_EN_REL}))(?![A-Za-z])"),
    (_SUB_FIRST, rf"(?P<bare>{_unnamed('|'.join(_SUB_PARTS))})"),
    (first_chars(*_REL_WORDS.split()),
     r"(?P<rel>近日|(?<![节假生0-9])日前|今日(?!头条)|今天|昨日|昨天"
     rf"|(?:本月|上个?月|当月|同月|次月)(?P<rpart>{_CHU}|底|末|上旬|中旬|下旬)?|月初|月底|月末)"),
]
_ATOM_NAMED = "|".join(f"{lead(first)}(?:{pattern})" for first, pattern in _ATOM_ALTERNATIVES)
_ATOM_FIRST = "".join(first for first, _ in _ATOM_ALTERNATIVES)
_ATOM_RX = re.compile(_ATOM_NAMED)
_SUB_RX = re.compile(_SUB_NAMED)
_ATOM = _unnamed(_ATOM_NAMED)
_CUES = "in|since|by|during|until|till|before|after|fiscal|FY|end of|early|late|mid-|calendar"
_APPROX_CUES = {"early", "late", "mid-", "end of"}
_CUE_FIRST = first_chars(*_CUES.split("|"))
_DATE_RX = re.compile(
    lead(_ATOM_FIRST + _CUE_FIRST + "自从")
    + rf"(?:(?<![A-Za-z]){lead(_CUE_FIRST)}(?P<cue>(?i:{_CUES}))[ ]?"
    + rf"(?P<cy>{_Y})(?![0-9A-Za-z%])(?:[-–](?P<cy2>{_Y})(?![0-9]))?"
    + rf"|(?P<pre>自从|自|从)?(?P<a1>{_ATOM})"
    + rf"(?:(?P<sep>{RANGE_SEP})(?P<a2>{_ATOM}|(?<![0-9]){_Y}(?![0-9])))?"
    + r"(?P<post>起(?![诉草飞火源因码点])|开始|以来|至今|迄今)?(?P<about>左右)?)"
)
_ISO_RX = re.compile(r"(?P<y>[0-9]{4})(?:-(?:Q(?P<q>[1-4])|H(?P<h>[12])|(?P<m>[0-9]{1,2})"
                     r"(?:-(?P<d>[0-9]{1,2}))?))?")
_ISO_SPLIT = re.compile(r"[-/.]")


def parse_iso(s: str) -> tuple[int, int | None, int | None]:
    """(year, month, day) of a partial ISO date; a quarter or half gives its first month."""
    m = _ISO_RX.fullmatch(s)
    if not m:
        raise ValueError(f"not a partial ISO date: {s!r}")
    if m["q"] or m["h"]:
        return int(m["y"]), (int(m["q"]) * 3 - 2 if m["q"] else int(m["h"]) * 6 - 5), None
    return int(m["y"]), int(m["m"]) if m["m"] else None, int(m["d"]) if m["d"] else None


def iso_of(year: int, month: int | None = None, day: int | None = None,
           quarter: int | None = None, half: int | None = None) -> str:
    if quarter:
        return f"{year}-Q{quarter}"
    if half:
        return f"{year}-H{half}"
    if month is None:
        return str(year)
    return f"{year}-{month:02d}" if day is None else f"{year}-{month:02d}-{day:02d}"


@dataclass(frozen=True)
class DateValue:
    value: str | None  # a point; None for a period
    start: str | None = None  # a period's first point
    end: str | None = None  # a period's last point; None when open-ended (自2020年起)
    text: str = ""
    approx: bool = False  # 初/底/末/近日/左右

    def to_dict(self) -> dict:
        if self.value is not None:
            return {"value": self.value, "text": self.text}
        period = {"from": self.start} | ({"to": self.end} if self.end else {})
        return {"value": period, "text": self.text}

    @property
    def year(self) -> int | None:
        iso = self.value or self.start
        return parse_iso(iso)[0] if iso else None

    @property
    def sort_key(self) -> str:
        """An ISO string that orders dates: "2025-Q2" -> "2025-04", a period -> its start."""
        iso = self.value or self.start or ""
        if "Q" not in iso and "H" not in iso:
            return iso
        year, month, _ = parse_iso(iso)
        return f"{year}-{month:02d}"


class _Span(NamedTuple):
    first: str
    last: str | None
    approx: bool = False


def _point(iso: str, approx: bool = False) -> _Span:
    return _Span(iso, iso, approx)


class DateResolver:
    """Finds date expressions in the sentences of one document, in order, resolving
    relative ones."""

    def __init__(self, ref_date: str | None):
        """`ref_date`: ISO, possibly partial ("2025-10-12", "2025-10", "2025"); a time part
        ("2025-10-12T08:00") is ignored. ValueError for anything else."""
        self._ref = parse_iso(ref_date[:10].rstrip("T ")) if ref_date else (None, None, None)
        self._last_year: int | None = None
        self._last_month: tuple[int, int] | None = None
        self._sentence_year: int | None = None
        self._sentence_year_at = 0
        self._pos = 0
        self._explicit: list[int] = []

    def find(self, text: str) -> list[tuple[int, int, DateValue]]:
        """Dates in one sentence; call sentence by sentence in document order."""
        self._sentence_year = None
        found = []
        for m in _DATE_RX.finditer(text):
            self._pos = m.start()
            hit = self._match(m, text)
            if hit:
                found.append(hit)
        return found

    # ---- one match

    def _match(self, m: re.Match, text: str) -> tuple[int, int, DateValue] | None:
        if m["cue"]:
            return self._cue_year(m)
        first = self._atom(text, m.start("a1"), m.end("a1"))
        second = self._atom(text, m.start("a2"), m.end("a2")) if m["a2"] and first else None
        if first is None or (m["a2"] and second is None):
            return None
        start = m.start() if m["pre"] and (m["a2"] or m["post"]) else m.start("a1")
        approx = first.approx or bool(second and second.approx) or bool(m["about"])
        last = second.last if second else None if m["post"] else first.last
        if last == first.first:
            return start, m.end(), DateValue(last, text=text[start:m.end()], approx=approx)
        return start, m.end(), DateValue(None, first.first, last, text[start:m.end()], approx)

    def _cue_year(self, m: re.Match) -> tuple[int, int, DateValue]:
        first = self._named_year(int(m["cy"]), explicit=True)
        approx = m["cue"].lower() in _APPROX_CUES
        text = m.group()[m.start("cy") - m.start():]
        if m["cy2"]:
            last = self._named_year(int(m["cy2"]), explicit=True)
            return m.start("cy"), m.end(), DateValue(None, str(first), str(last), text, approx)
        return m.start("cy"), m.end(), DateValue(str(first), text=text, approx=approx)

    def _atom(self, text: str, start: int, end: int) -> _Span | None:
        m = _ATOM_RX.match(text, start)
        if m is None or m.end() != end:  # the bare year closing a range (2023-2024)
            bare = text[start:end]
            return _point(str(self._named_year(int(bare), True))) if bare.isdigit() else None
        if m["iso"]:
            year, month, day = map(int, _ISO_SPLIT.split(m["iso"]))
            return self._day(self._named_year(year, explicit=True), month, day)
        if m["yq"]:
            year = self._named_year(int(m["yq"]), explicit=True)
            return _point(iso_of(year, quarter=_int(m["yqq"]), half=_int(m["yqh"])))
        if m["ybare"]:
            return _point(str(self._named_year(int(m["ybare"]), explicit=True)))
        if m["yn"] or m["ycn"] or m["yr"]:
            return self._year_atom(m, text)
        if m["emon"] or m["emon2"]:
            return self._english_day(m)
        if m["eq"] or m["eord"] or m["ehalf"]:
            return self._english_part(m)
        if m["erel"]:
            return self._english_relative(m["erel"].lower())
        if m["bare"]:
            return self._sub(text, m.start("bare"), self._bare_year(text, m.start("bare")), False)
        return self._relative(m["rel"], m["rpart"])

    def _year_atom(self, m: re.Match, text: str) -> _Span | None:
        if m["yr"]:
            year = self._relative_year(m["yr"])
        else:
            year = int(m["yn"]) if m["yn"] else int(parse_chinese(m["ycn"]) or 0)
        if year is None or not 1980 <= year <= 2100:
            return None
        self._named_year(year, explicit=not m["yr"])
        return self._sub(text, m.start("sub"), year, False) if m["sub"] else _point(str(year))

    def _sub(self, text: str, pos: int, year: int | None, approx: bool) -> _Span | None:
        if year is None:
            return None
        s = _SUB_RX.match(text, pos)
        if s["mon"]:
            return self._day(year, _month(s["mon"]), _int(s["day"]), approx or bool(s["mpart"]))
        if s["mbare"]:
            return self._day(year, int(s["mbare"]), None, approx)
        if s["q"] or s["qq"]:
            return _point(iso_of(year, quarter=_CN_QUARTER[s["q"] or s["qq"]]), approx)
        if s["h"] or s["hh"]:
            return _point(iso_of(year, half=1 if s["h"] == "上" or s["hh"] == "1" else 2), approx)
        if s["qn"]:
            last = iso_of(year, quarter=_CN_QUARTER[s["qn"]])
            return _Span(iso_of(year, quarter=1), last, approx)
        return _point(str(year), True)  # 年初 / 年底 / 底 / 末

    # ---- resolution helpers

    def _named_year(self, year: int, explicit: bool) -> int:
        self._last_year = self._sentence_year = year
        self._sentence_year_at = self._pos
        if explicit:
            self._explicit.append(year)
        return year

    def _relative_year(self, word: str) -> int | None:
        if word in _REL_YEARS:
            return None if self._ref[0] is None else self._ref[0] + _REL_YEARS[word]
        if word in ("同年", "当年"):
            return self._ref[0] if self._last_year is None else self._last_year
        return None if self._last_year is None else self._last_year + 1  # 次年 / 翌年

    def _bare_year(self, text: str, pos: int) -> int | None:
        """Year of a month, quarter or half named without one (7月, Q4, 下半年).

        A year named earlier in the sentence governs it when it is in the same clause or opens its own
        clause as the sentence's time frame (2019年3月成立，7月融资). Otherwise a month is in the
        reference year, and a quarter or half not yet begun by the reference date is last year's unless
        the clause speaks of the future (Q4 figures in an article of September 2025 are 2024-Q4).
        """
        if self._sentence_year is not None and (not _CLAUSE_BREAK.search(text, self._sentence_year_at, pos)
                                                or _opens_clause(text, self._sentence_year_at)):
            return self._sentence_year
        year, month, _ = self._ref
        if year is None or month is None:
            return year
        sub = _SUB_RX.match(text, pos)
        first = _first_month(sub)
        if sub is None or sub["mon"] or sub["mbare"] or first is None or first <= month:
            return year
        return year if _FUTURE.search(text, max(0, text.rfind("，", 0, pos) + 1), pos + 12) else year - 1

    def _context_year(self) -> int | None:
        return self._ref[0] if self._sentence_year is None else self._sentence_year

    def _day(self, year: int, month: int, day: int | None, approx: bool = False) -> _Span | None:
        if not 1 <= month <= 12 or (day and day > calendar.monthrange(year, month)[1]):
            return None
        self._last_month = (year, month)
        return _point(iso_of(year, month, day), approx)

    def _relative(self, word: str, part: str | None) -> _Span | None:
        year, month, day = self._ref
        if year is None:
            return None
        if word in ("近日", "日前", "今日", "今天"):
            return _point(iso_of(year, month, day), word in ("近日", "日前") or day is None)
        if word in ("昨日", "昨天"):
            yesterday = dt.date(year, month, day) - dt.timedelta(days=1) if day else None
            return _point(yesterday.isoformat()) if yesterday else None
        base = word[:len(word) - len(part)] if part else word
        approx = bool(part) or base in ("月初", "月底", "月末")
        if base in ("同月", "当月", "次月") and self._last_month:
            y, mo = self._last_month
            return self._month_offset(y, mo, 1 if base == "次月" else 0, approx)
        if month is None or base in ("同月", "次月"):
            return None
        return self._month_offset(year, month, -1 if base.startswith("上") else 0, approx)

    def _month_offset(self, year: int, month: int, offset: int, approx: bool) -> _Span:
        index = year * 12 + month - 1 + offset
        return _point(iso_of(index // 12, index % 12 + 1), approx)

    def _english_day(self, m: re.Match) -> _Span | None:
        year = self._english_year(m["ey"] or m["ey2"])
        month = _EN_MONTHS[(m["emon"] or m["emon2"]).rstrip(".")]
        return None if year is None else self._day(year, month, _int(m["eday"] or m["edd"]))

    def _english_part(self, m: re.Match) -> _Span | None:
        year = self._english_year(m["eqy"] or m["eoy"] or m["ehy"])
        if year is None:
            return None
        if m["ehalf"]:
            return _point(iso_of(year, half=_ORDINAL[m["ehalf"].lower()]))
        quarter = int(m["eq"][1]) if m["eq"] else _ORDINAL[m["eord"].lower()]
        return _point(iso_of(year, quarter=quarter))

    def _english_year(self, explicit: str | None) -> int | None:
        return self._named_year(int(explicit), True) if explicit else self._context_year()

    def _english_relative(self, phrase: str) -> _Span | None:
        year, month, _ = self._ref
        if year is None:
            return None
        approx = phrase.startswith(("earlier", "later"))
        if phrase.endswith("year"):
            offset = {"last": -1, "next": 1}.get(phrase.split()[0], 0)
            return _point(str(self._named_year(year + offset, explicit=False)), approx)
        if phrase in ("today", "yesterday"):
            return self._relative("今天" if phrase == "today" else "昨天", None)
        if month is None:
            return None
        if phrase.endswith("quarter"):
            index = year * 4 + (month - 1) // 3 - phrase.startswith("last")
            return _point(iso_of(index // 4, quarter=index % 4 + 1))
        offset = {"last": -1, "next": 1}.get(phrase.split()[0], 0)
        return self._month_offset(year, month, offset, approx)


def _int(s: str | None) -> int | None:
    return int(s) if s else None


_CLAUSE_BREAK = re.compile(r"[，,；;：:。]")
_FUTURE = re.compile(r"将|预计|预期|计划|有望|拟|明年|目标")
_CLAUSE_LEAD = re.compile(r"(?:^|[，,；;：:。])\s*(?:在|于|自|从|截至)?$")


def _opens_clause(text: str, pos: int) -> bool:
    """Whether the date at pos stands at the head of its clause (2019年3月成立…), not inside one."""
    return bool(_CLAUSE_LEAD.search(text[max(0, pos - 4):pos]) or pos == 0)


def _first_month(s: re.Match | None) -> int | None:
    """The first month of the period a bare 月/季度/半年 expression names."""
    if s is None:
        return None
    if s["mon"] or s["mbare"]:
        return _month(s["mon"]) if s["mon"] else int(s["mbare"])
    if s["q"] or s["qq"]:
        return 3 * _CN_QUARTER[s["q"] or s["qq"]] - 2
    if s["h"] or s["hh"]:
        return 1 if s["h"] == "上" or s["hh"] == "1" else 7
    return None


def _month(s: str) -> int:
    return int(s) if s.isdigit() else int(parse_chinese(s) or 0)


def find_explicit_years(text: str) -> list[int]:
    """Years written out (2019年, 2025-08-20, in 2024), in order: for inferring a reference date."""
    resolver = DateResolver(None)
    resolver.find(text)
    return resolver._explicit


_HORIZON_UNITS = {"年": "y", "个月": "m", "个季度": "q", "季度": "q", "个星期": "w",
                  "星期": "w", "周": "w", "天": "d", "日": "d"}
_HORIZON_PRE = "未来 今后 此后 接下来的 接下来 为期 过去 最近 近".split()
_HORIZON_RX = re.compile(
    lead("0123456789一二两三四五六七八九十半" + first_chars(*_HORIZON_PRE)) +
    rf"(?P<pre>{'|'.join(_HORIZON_PRE)})?"
    r"(?<![0-9上下前后])(?P<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,3}|半)"
    rf"(?P<unit>{'|'.join(sorted(_HORIZON_UNITS, key=len, reverse=True))})(?P<post>之内|以内|内|来|间)?"
)


def find_horizons(text: str) -> list[tuple[int, int, str]]:
    """Spans of time: 未来三年 / 为期三年 / 三年内 -> "3y", 未来6个月 -> "6m";
    looking back (过去四个季度, 近三年来) gets a minus sign: "-4q", "-3y"."""
    return [(m.start(), m.end(), h) for m in _HORIZON_RX.finditer(text)
            if (m["pre"] or m["post"]) and (h := _horizon(m))]


def _horizon(m: re.Match) -> str | None:
    unit = _HORIZON_UNITS[m["unit"]]
    if m["n"] == "半":
        n, unit = (6, "m") if unit == "y" else (None, unit)
    else:
        n = int(m["n"]) if m["n"].isdigit() else int(parse_chinese(m["n"]) or 0)
    back = m["pre"] in ("过去", "最近", "近") or m["post"] == "来"
    return f"{'-' if back else ''}{n}{unit}" if n else None

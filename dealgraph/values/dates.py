"""Dates as partial ISO strings ("2019", "2025-Q2", "2025-H1", "2025-02", "2025-08-20").

`DateResolver` finds date expressions sentence by sentence and resolves relative
ones (去年, 同年, 7月, Q4, last year) against the document's reference date.

Decisions:
- A bare month, day, quarter, half or 年初/年底 takes the last year named earlier
  in the same sentence (2019年 or 去年 alike), else the reference year (7月 is this
  year's July even when the reference date is in March).
- 同年/当年 take the last year named in the document (当年 falls back to the
  reference year); 次年/翌年 add one to it; 同月/次月 use the last month named; 同日 the last day named;
  "at that time" / "at the time" the last date named (unresolved when none was);
  上年/上一年 the year before the one named earlier in the sentence (else before the
  reference year); 当季/该季度 the last quarter named and 全年 the last year named
  (unresolved when none was); 截至2024年12月31日的季度 the quarter that day closes.
- 近日/日前 resolve to the reference date, approx. 目前/近期/当前 are not dates
  (they mean "currently"/"soon") and are skipped, as are bare days (20日) unless an
  evening follows (8日晚), counts of periods (过去四个季度) and horizons (未来三年):
  `find_horizons` reports the last two as strings instead ("-4q", "3y").
- An expression that names a calendar unit but cannot be resolved (5月29日, 今年6月 or
  上半年 without a reference date, 次年 with no year before it) is still reported, with no
  value: DateValue(None, text=...). The words for "today" (近日, 日前, 今天, 昨日, today)
  say nothing without a reference date and are dropped.
- An English year needs a cue word (in/since/by/during/fiscal/FY/early…),
  a month or quarter, or a range partner (2023-2024); Chinese years need 年
  (a two-digit one, 16年10月, also a month after it: 20xx).

Spans, as FewFC labels them: the expression itself. 自/从 before and 起/开始/以来/至今 after
make a period open-ended but stay outside the span (自2020年起 -> "2020年", {"from": "2020"});
so does 截至. An evening is part of its day and 间 is not (11月6日晚间 -> "11月6日晚").
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import NamedTuple

from dealgraph.values.date_patterns import (
    APPROX_CUES, ATOM_RX, CLAUSE_BREAK, CLAUSE_LEAD, CN_QUARTER, DATE_RX, EN_MONTHS, FUTURE, ISO_RX,
    ISO_SPLIT, ORDINAL, REL_YEARS, SUB_RX, THAT_QUARTER,
)
from dealgraph.values.numbers import parse_chinese


def parse_iso(s: str) -> tuple[int, int | None, int | None]:
    """(year, month, day) of a partial ISO date; a quarter or half gives its first month."""
    m = ISO_RX.fullmatch(s)
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


# "last" right before an English month with no year: that month of the year before ("last March")
_LAST_BEFORE = re.compile(r"\b[Ll]ast $")


@dataclass(frozen=True)
class DateValue:
    """A point (`value`), a period (`start`, `end`), or neither: a date found but not resolved."""

    value: str | None  # a point; None for a period or an unresolved date
    start: str | None = None  # a period's first point
    end: str | None = None  # a period's last point; None when open-ended (自2020年起)
    text: str = ""
    approx: bool = False  # 初/底/末/近日/左右

    @property
    def resolved(self) -> bool:
        return self.value is not None or self.start is not None

    def to_dict(self) -> dict:
        """{"value": "2025-08", ...}, {"value": {"from", "to"}, ...} or, unresolved, {"value": None, ...}."""
        if self.value is not None or self.start is None:
            return {"value": self.value, "text": self.text}
        period = {"from": self.start} | ({"to": self.end} if self.end else {})
        return {"value": period, "text": self.text}

    @property
    def year(self) -> int | None:
        iso = self.value or self.start
        return parse_iso(iso)[0] if iso else None

    @property
    def sort_key(self) -> str:
        """An ISO string that orders dates: "2025-Q2" -> "2025-04", a period -> its start,
        an unresolved date -> ""."""
        iso = self.value or self.start or ""
        if "Q" not in iso and "H" not in iso:
            return iso
        year, month, _ = parse_iso(iso)
        return f"{year}-{month:02d}"


class _Span(NamedTuple):
    first: str | None  # None: a date whose value is unknown (_UNRESOLVED)
    last: str | None
    approx: bool = False


_UNRESOLVED = _Span(None, None)
# "The year before" counts back from the year the sentence speaks of when it names one (2024年营收…，较上年增长),
# from the writing date otherwise; 去年 ("last year") always counts from the writing date
_YEAR_BEFORE = ("上年", "上一年", "上年度", "上财年")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_TODAY_WORDS = ("近日", "日前", "今日", "今天", "昨日", "昨天", "昨晚", "昨夜", "今晨", "今早", "今晚")


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
        self._fronted_end = -1
        self._pos = 0
        self._explicit: list[int] = []
        self._last_point: str | None = None  # the last date named, its last point for a period
        self._last_quarter: str | None = None  # the last quarter named ("2025-Q2"), for 当季

    def find(self, text: str) -> list[tuple[int, int, DateValue]]:
        """Dates in one sentence; call sentence by sentence in document order."""
        self._sentence_year = None
        fronted = _FRONTED_PARTICIPLE.match(text)
        self._fronted_end = fronted.end() if fronted else -1
        found = []
        for m in DATE_RX.finditer(text):
            self._pos = m.start()
            hit = self._match(m, text)
            if hit:
                hit = _period_ended(text, hit)
                found.append(hit)
                self._last_point = hit[2].value or hit[2].end or hit[2].start or self._last_point
                if hit[2].value and "-Q" in hit[2].value:
                    self._last_quarter = hit[2].value
        return found

    # ---- one match

    def _match(self, m: re.Match, text: str) -> tuple[int, int, DateValue] | None:
        if m["cue"]:
            return self._cue_year(m)
        first = self._atom(text, m.start("a1"), m.end("a1"))
        second = self._atom(text, m.start("a2"), m.end("a2")) if m["a2"] and first else None
        if first is None or (m["a2"] and second is None):
            return None
        start, end = m.start("a1"), m.start("post") if m["post"] else m.end()
        span = text[start:end]
        approx = first.approx or bool(second and second.approx) or bool(m["about"])
        if first.first is None or (second and second.first is None):
            return start, end, DateValue(None, text=span, approx=approx)
        last = second.last if second else None if m["post"] else first.last
        if last == first.first:
            return start, end, DateValue(last, text=span, approx=approx)
        return start, end, DateValue(None, first.first, last, span, approx)

    def _cue_year(self, m: re.Match) -> tuple[int, int, DateValue]:
        first = self._named_year(int(m["cy"]), explicit=True)
        approx = m["cue"].lower() in APPROX_CUES
        text = m.group()[m.start("cy") - m.start():]
        if m["cy2"]:
            last = self._named_year(int(m["cy2"]), explicit=True)
            return m.start("cy"), m.end(), DateValue(None, str(first), str(last), text, approx)
        return m.start("cy"), m.end(), DateValue(str(first), text=text, approx=approx)

    def _atom(self, text: str, start: int, end: int) -> _Span | None:
        m = ATOM_RX.match(text, start)
        if m is None or m.end() != end:  # the bare year closing a range (2023-2024)
            bare = text[start:end]
            return _point(str(self._named_year(int(bare), True))) if bare.isdigit() else None
        if m["iso"]:
            year, month, day = map(int, ISO_SPLIT.split(m["iso"]))
            return self._day(self._named_year(year, explicit=True), month, day)
        if m["yq"]:
            year = self._named_year(int(m["yq"]), explicit=True)
            return _point(iso_of(year, quarter=_int(m["yqq"]), half=_int(m["yqh"])))
        if m["ybare"]:
            return _point(str(self._named_year(int(m["ybare"]), explicit=True)))
        if m["sy"] or m["sqy"]:  # 25Q3, 3Q25: 2000 + the two digits
            year = self._named_year(2000 + int(m["sy"] or m["sqy"]), explicit=True)
            return _point(iso_of(year, quarter=_int(m["syq"] or m["sq"]), half=_int(m["syh"] or m["sh"])))
        if m["yn"] or m["ycn"] or m["y2"] or m["yr"]:
            return self._year_atom(m, text)
        if m["eqm"]:  # the January-March quarter: its first month gives the quarter
            year = self._english_year(m["eqmy"])
            return _point(iso_of(year, quarter=(EN_MONTHS[m["eqm"]] + 2) // 3)) if year else _UNRESOLVED
        if m["emon"] or m["emon2"]:
            return self._english_day(m)
        if m["emn"]:
            return self._months_ended(m)
        if m["eq"] or m["eord"] or m["ehalf"]:
            return self._english_part(m)
        if m["erel"]:
            return self._english_relative(m["erel"].lower())
        if m["eve"]:
            return self._evening(int(m["eve"]))
        if m["bare"]:
            return self._sub(text, m.start("bare"), self._bare_year(text, m.start("bare")), False)
        if m["zweek"]:
            return self._chinese_week(m["zwhen"], m["zwd"] or m["zwd2"])
        return self._relative(m["rel"], m["rpart"])

    def _chinese_week(self, when: str | None, weekday: str | None) -> _Span:
        """上周 / 本周 / 下周 as "last / this / next week"; with a day (上周三) that day of that week; a bare weekday
        (周五) the last one up to the document's date, as "on Friday"."""
        day_index = None if weekday is None else "一二三四五六日".index("日" if weekday == "天" else weekday)
        if when is None:
            return self._english_relative(_WEEKDAYS[day_index]) if day_index is not None else _UNRESOLVED
        phrase = {"上": "last week", "下": "next week"}.get(when[0], "this week")
        week = self._week(phrase)
        if day_index is None or week.first is None:
            return week
        return _point((dt.date.fromisoformat(week.first) + dt.timedelta(days=day_index)).isoformat())

    def _year_atom(self, m: re.Match, text: str) -> _Span | None:
        if m["yr"]:
            year = self._relative_year(m["yr"])
        elif m["y2"]:
            year = 2000 + int(m["y2"])
        else:
            year = int(m["yn"]) if m["yn"] else int(parse_chinese(m["ycn"]) or 0)
        if year is not None and not 1980 <= year <= 2100:
            return None
        if year is not None:
            self._named_year(year, explicit=bool(m["yn"] or m["ycn"]))
        if m["sub"]:
            return self._sub(text, m.start("sub"), year, False)
        return _UNRESOLVED if year is None else _point(str(year))

    def _sub(self, text: str, pos: int, year: int | None, approx: bool) -> _Span | None:
        """The month, day, quarter or half at pos in `year` (None: unknown, so unresolved)."""
        s = SUB_RX.match(text, pos)
        if s["mon"]:
            return self._day(year, _month(s["mon"]), _int(s["day"]), approx or bool(s["mpart"]))
        if s["mbare"]:
            return self._day(year, int(s["mbare"]), None, approx)
        if year is None:
            return _UNRESOLVED
        if s["q"] or s["qq"]:
            return _point(iso_of(year, quarter=CN_QUARTER[s["q"] or s["qq"]]), approx)
        if s["h"] or s["hh"]:
            return _point(iso_of(year, half=1 if s["h"] == "上" or s["hh"] == "1" else 2), approx)
        if s["qn"]:
            last = iso_of(year, quarter=CN_QUARTER[s["qn"]])
            return _Span(iso_of(year, quarter=1), last, approx)
        if s["mn"]:  # 2025年前九个月: its first nine months
            return _Span(iso_of(year, month=1), iso_of(year, month=_month(s["mn"])), approx)
        if s["rq"] == "一":  # 2025年一季报: the first quarter's
            return _point(iso_of(year, quarter=1), approx)
        if s["rq"]:  # 2025年三季报: the first three quarters'
            return _Span(iso_of(year, quarter=1), iso_of(year, quarter=3), approx)
        if s["rh"]:  # 2025年半年报: the first half's
            return _point(iso_of(year, half=1), approx)
        return _point(str(year), True)  # 年初 / 年底 / 底 / 末

    # ---- resolution helpers

    def _named_year(self, year: int, explicit: bool) -> int:
        self._last_year = self._sentence_year = year
        self._sentence_year_at = self._pos
        if explicit:
            self._explicit.append(year)
        return year

    def _relative_year(self, word: str) -> int | None:
        if word in _YEAR_BEFORE and self._sentence_year is not None:
            return self._sentence_year - 1  # 2024年…，亏损较上年的8亿元: 上年 is 2023, not the year before writing
        if word in REL_YEARS:
            return None if self._ref[0] is None else self._ref[0] + REL_YEARS[word]
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
        if self._sentence_year is not None and (not CLAUSE_BREAK.search(text, self._sentence_year_at, pos)
                                                or _opens_clause(text, self._sentence_year_at)):
            return self._sentence_year
        year, month, _ = self._ref
        if year is None or month is None:
            return year
        sub = SUB_RX.match(text, pos)
        first = _first_month(sub)
        if sub is not None and sub["mon"] and first is not None and first - month >= 6:
            # 12月24日 in an article of January: a month half a year or more ahead of the reference date is
            # last year's, unless the clause speaks of the future (计划于12月上市)
            return year if FUTURE.search(text, max(0, text.rfind("，", 0, pos) + 1), pos + 12) else year - 1
        if sub is not None and sub["qn"]:  # 前三季度 in an article of January: the span not over yet is last year's
            last = 3 * CN_QUARTER[sub["qn"]]
            if last <= month or FUTURE.search(text, max(0, text.rfind("，", 0, pos) + 1), pos + 12):
                return year
            return year - 1
        if sub is None or sub["mon"] or sub["mbare"] or first is None or first <= month:
            return year
        return year if FUTURE.search(text, max(0, text.rfind("，", 0, pos) + 1), pos + 12) else year - 1

    def _context_year(self) -> int | None:
        if self._sentence_year is not None and self._sentence_year_at < self._fronted_end <= self._pos:
            return self._ref[0]  # "Founded in 2016 as a game studio, X listed in May": May of the article's year
        return self._ref[0] if self._sentence_year is None else self._sentence_year

    def _day(self, year: int | None, month: int, day: int | None, approx: bool = False) -> _Span | None:
        """A month or day of `year`; None when no such day exists (2月30日), unresolved without a year."""
        if not 1 <= month <= 12 or (day and day > calendar.monthrange(year or 2000, month)[1]):
            return None
        if year is None:
            return _UNRESOLVED
        self._last_month = (year, month)
        return _point(iso_of(year, month, day), approx)

    def _evening(self, day: int) -> _Span | None:
        """8日晚: that day of the reference month, or of the month before when it is still to come."""
        year, month, ref_day = self._ref
        if year is None or month is None:
            return _UNRESOLVED if 1 <= day <= 31 else None
        offset = -1 if ref_day is not None and day > ref_day else 0
        index = year * 12 + month - 1 + offset
        return self._day(index // 12, index % 12 + 1, day)

    def _relative(self, word: str, part: str | None) -> _Span | None:
        year, month, day = self._ref
        if word in THAT_QUARTER:
            return _point(self._last_quarter) if self._last_quarter else _UNRESOLVED
        if word == "全年":
            return _point(str(self._last_year)) if self._last_year else _UNRESOLVED
        if word in ("同日", "同一天", "当天", "当日", "当晚"):  # 10月14日宣布…。同日/当晚，A与B签署…: the day named last
            last = self._last_point
            if last and len(last) == 10:
                return _point(last)
            if last is None and word in ("当天", "当日") and year and month and day:
                return _point(iso_of(year, month, day))  # A于当天在联交所开始交易, no date named before: the dateline's day
            return None  # no day named before (or only a month or year): says nothing
        if word in _TODAY_WORDS:
            return None if year is None else self._today(word, year, month, day)
        base = word[:len(word) - len(part)] if part else word
        approx = bool(part) or base in ("月初", "月底", "月末")
        if base in ("同月", "当月", "次月") and self._last_month:
            y, mo = self._last_month
            return self._month_offset(y, mo, 1 if base == "次月" else 0, approx)
        if year is None or month is None or base in ("同月", "次月"):
            return _UNRESOLVED
        return self._month_offset(year, month, -1 if base.startswith("上") else 0, approx)

    def _that_period(self, phrase: str) -> _Span | None:
        """"the same month", "later that year", "the following year", "a month later": the day, month or year named last
        (the next one for "following" and "later"); no date when none was named before."""
        approx = phrase.startswith(("earlier", "later"))
        step = 1 if phrase.startswith("the following") or phrase.endswith(" later") else 0
        if phrase.endswith("day"):
            last = self._last_point
            return _point(last, approx) if last and len(last) == 10 else None
        if "month" in phrase:
            return self._month_offset(*self._last_month, step, approx) if self._last_month else None
        return _point(str(self._last_year + step), approx) if self._last_year else None

    def _today(self, word: str, year: int, month: int | None, day: int | None) -> _Span | None:
        if word in ("近日", "日前", "今日", "今天", "今晨", "今早", "今晚"):
            return _point(iso_of(year, month, day), word in ("近日", "日前") or day is None)
        yesterday = dt.date(year, month, day) - dt.timedelta(days=1) if month and day else None
        return _point(yesterday.isoformat()) if yesterday else None

    def _month_offset(self, year: int, month: int, offset: int, approx: bool) -> _Span:
        index = year * 12 + month - 1 + offset
        return _point(iso_of(index // 12, index % 12 + 1), approx)

    def _english_day(self, m: re.Match) -> _Span | None:
        year = self._english_year(m["ey"] or m["ey2"])
        month = EN_MONTHS[(m["emon"] or m["emon2"]).rstrip(".")]
        ref_year, ref_month, _ = self._ref
        if not (m["ey"] or m["ey2"]) and ref_year is not None and ref_month is not None and month <= ref_month \
                and _LAST_BEFORE.search(m.string, max(0, m.start() - 5), m.start()):
            year = ref_year - 1  # "last May" in an article of June 2026: May 2025 (May 2026 would be "in May")
        return self._day(year, month, _int(m["eday"] or m["edd"]))

    def _months_ended(self, m: re.Match) -> _Span | None:
        """The six months ended June 30: the quarter, half or year those months make, else the span of months."""
        n = {"three": 3, "six": 6, "nine": 9, "twelve": 12}.get(m["emn"].lower()) or int(m["emn"])
        end = EN_MONTHS[m["emend"]]
        year = self._named_year(int(m["emey"]), True) if m["emey"] else self._context_year()
        if year is None:
            return _UNRESOLVED
        ref_year, ref_month, _ = self._ref
        if not m["emey"] and self._sentence_year is None and year == ref_year and ref_month is not None \
                and end > ref_month and "ended" in m.group():
            year -= 1  # "the three months ended September 30" in a January report: the September of the year before
        if n == 3 and end % 3 == 0:
            return _point(iso_of(year, quarter=end // 3))
        if n == 6 and end in (6, 12):
            return _point(iso_of(year, half=end // 6))
        if n == 12 and end == 12:
            return _point(str(year))
        first = year * 12 + end - n  # months since year 0 of the first month, 0-based
        return _Span(iso_of(first // 12, first % 12 + 1), iso_of(year, end))

    def _english_part(self, m: re.Match) -> _Span:
        year = self._english_year(m["eqy"] or m["eoy"] or m["ehy"])
        if year is None:
            return _UNRESOLVED
        if m["ehalf"]:
            return _point(iso_of(year, half=ORDINAL[m["ehalf"].lower()]))
        quarter = int(m["eq"][1]) if m["eq"] else ORDINAL[m["eord"].lower()]
        return _point(iso_of(year, quarter=quarter))

    def _english_year(self, explicit: str | None) -> int | None:
        return self._named_year(int(explicit), True) if explicit else self._context_year()

    def _english_relative(self, phrase: str) -> _Span | None:
        year, month, _ = self._ref
        if phrase.endswith((" later", "that day", "same day", "that month", "same month", "that year", "same year",
                            "following month", "following year")):
            return self._that_period(phrase)
        if phrase == "the quarter":  # revenue in the quarter grew 35%: the quarter named last (as 当季)
            return _point(self._last_quarter) if self._last_quarter else _UNRESOLVED
        if phrase.startswith("at "):  # at that time: the date named last, unresolved when none was
            return _point(self._last_point) if self._last_point else _UNRESOLVED
        if phrase in ("today", "yesterday"):
            return self._relative("今天" if phrase == "today" else "昨天", None)
        if phrase in _WEEKDAYS:  # said on Friday: the last Friday up to the document's date
            _, _, day = self._ref
            if year is None or month is None or day is None:
                return _UNRESOLVED
            ref = dt.date(year, month, day)
            return _point((ref - dt.timedelta(days=(ref.weekday() - _WEEKDAYS.index(phrase)) % 7)).isoformat())
        if phrase.endswith("week"):
            return self._week(phrase)
        if year is None:
            return _UNRESOLVED
        approx = phrase.startswith(("earlier", "later"))
        if phrase.endswith("year"):
            offset = {"last": -1, "next": 1}.get(phrase.split()[0], 0)
            return _point(str(self._named_year(year + offset, explicit=False)), approx)
        if month is None:
            return _UNRESOLVED
        if phrase.endswith("quarter"):
            index = year * 4 + (month - 1) // 3 - phrase.startswith("last")
            return _point(iso_of(index // 4, quarter=index % 4 + 1))
        offset = {"last": -1, "next": 1}.get(phrase.split()[0], 0)
        return self._month_offset(year, month, offset, approx)


    def _week(self, phrase: str) -> _Span:
        """"bought it last week" (document of Wednesday 2025-06-18): Monday 2025-06-09 to Sunday 2025-06-15; "earlier
        this week": this week's Monday to the document's date (approximate); "next week": the coming Monday to Sunday.
        Unresolved without the document's day."""
        year, month, day = self._ref
        if year is None or month is None or day is None:
            return _UNRESOLVED
        ref = dt.date(year, month, day)
        monday = ref - dt.timedelta(days=ref.weekday())
        if phrase.startswith(("this", "earlier")):
            return _Span(monday.isoformat(), ref.isoformat(), phrase.startswith("earlier"))
        start = monday + dt.timedelta(days=7 if phrase.startswith("next") else -7)
        return _Span(start.isoformat(), (start + dt.timedelta(days=6)).isoformat())


# The period that ends on a day (截至2024年12月31日的季度 / 止六个月 / 的财年): the quarter, half or year it closes
_ENDED_BEFORE = re.compile(r"(?:截至|截止)\s*$")
_ENDED_AFTER = re.compile(r"\s*(?:止|的|之)?\s*(?:(?P<q>季度|三个月|财季)|(?P<h>六个月|半年度?)|(?P<y>财年|财政年度|年度|十二个月))")


def _period_ended(text: str, hit: tuple[int, int, DateValue]) -> tuple[int, int, DateValue]:
    """A day after 截至 followed by 的季度 / 止六个月 / 的财年 names the period it closes, from 截至 to the
    period word: 截至2024年12月31日的季度 → 2024-Q4, 截至2025年6月30日止六个月 → 2025-H1."""
    start, end, v = hit
    if not v.value or len(v.value) != 10:
        return hit
    before = _ENDED_BEFORE.search(text, max(0, start - 3), start)
    after = _ENDED_AFTER.match(text, end)
    if before is None or after is None:
        return hit
    year, month, _ = parse_iso(v.value)
    month = month or 12
    value = iso_of(year, quarter=(month - 1) // 3 + 1) if after["q"] else \
        iso_of(year, half=1 if month <= 6 else 2) if after["h"] else str(year)
    return before.start(), after.end(), DateValue(value, text=text[before.start():after.end()])


def _int(s: str | None) -> int | None:
    return int(s) if s else None


# an English participle opening the sentence with the subject's background ("Founded in 2016 as a game studio, …",
# "Set up in 2019 by two engineers, …"): its year dates that background, not a bare month of the main clause
_FRONTED_PARTICIPLE = re.compile(r"(?:Co-)?(?:Founded|Established|Set up|Started|Created|Incorporated|Formed|Spun (?:out|off))"
                                 r"\b[^,;]*,")


def _opens_clause(text: str, pos: int) -> bool:
    """Whether the date at pos stands at the head of its clause (2019年3月成立…), not inside one."""
    return bool(CLAUSE_LEAD.search(text[max(0, pos - 4):pos]) or pos == 0)


def _first_month(s: re.Match | None) -> int | None:
    """The first month of the period a bare 月/季度/半年 expression names."""
    if s is None:
        return None
    if s["mon"] or s["mbare"]:
        return _month(s["mon"]) if s["mon"] else int(s["mbare"])
    if s["q"] or s["qq"]:
        return 3 * CN_QUARTER[s["q"] or s["qq"]] - 2
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

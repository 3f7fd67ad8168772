"""The reference date of a document: when it was written, so that 今年 and 近日 can be resolved."""

from __future__ import annotations

import re
from datetime import date

_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d\d)\s*年")
_FUTURE_BEFORE = re.compile(r"(预计|预期|计划|目标|力争|有望|将|未来)(要|会)?(到|至|在|于)?$")
_FUTURE_AFTER = re.compile(r"^年?(底前|前|之前|以前|以后|后|目标)")
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")
_EN_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
           "oct": 10, "nov": 11, "dec": 12}
_EN_MONTH = (r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
             r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_TIME = r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:\s*(?:[AaPp]\.?[Mm]\.?))?(?:\s*[A-Z]{2,4})?)?"
# A line that is only a date (with a time, a weekday or brackets): 2025年4月18日 / （2025年10月22日）/ 2025-04-18 10:30 /
# 2025年2月7日 20:35 来源：… / April 18, 2025 / Friday, 18 April 2025
_DATE_LINE = re.compile(
    r"^[(（【\[]?\s*(?:(?P<y>(?:19|20)\d\d)\s*(?:年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
    r"|[-/.](?P<m2>\d{1,2})[-/.](?P<d2>\d{1,2}))"
    rf"{_TIME}\s*(?:星期[一二三四五六日天]|周[一二三四五六日])?"
    r"|(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?"
    rf"(?:{_EN_MONTH}\s+(?P<ed>\d{{1,2}}),?|(?P<ed2>\d{{1,2}})\s+{_EN_MONTH.replace('month', 'month2')}),?\s+(?P<ey>(?:19|20)\d\d)"
    rf"{_TIME})\s*[)）】\]]?\s*(?:(?:来源|作者|编辑|记者|发布|出处|Source|By)\b[^\n]{{0,40}})?$")
# LONDON, Sept. 9, 2025 - … / SANTA CLARA, Calif., May 4, 2025 /PRNewswire/ -- … : an English wire dateline
_EN_DATELINE = re.compile(
    r"^[A-Z][A-Za-z.'’ -]{1,30}?(?:,\s*[A-Z][A-Za-z. ]{1,20}?)?,\s*"
    rf"{_EN_MONTH}\s+(?P<ed>\d{{1,2}}),?\s+(?P<ey>(?:19|20)\d\d)\s*(?:\([^()]{{1,20}}\)|/[^/\n]{{1,30}}/)?\s*(?:-{{1,2}}|–|—)\s")


_BRACKET_DATE_OPENING = re.compile(r"^[(（【\[]\s*(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
                                   r"(?:\s*\d{1,2}[:：]\d{2})?\s*[)）】\]]")


def date_line(line: str) -> str | None:
    """The ISO date of a line that is only a date (a dateline under a headline), else None."""
    m = _DATE_LINE.match(line.strip())
    if m is None:
        return None
    if m["y"]:
        year, month, day = int(m["y"]), int(m["m"] or m["m2"]), int(m["d"] or m["d2"])
    else:
        year, day = int(m["ey"]), int(m["ed"] or m["ed2"])
        month = _MONTHS[_month_key(m["month"] or m["month2"])]
    return _iso(year, month, day)


def _month_key(name: str) -> str:
    key = name.lower().rstrip(".")
    return key[:4] if key.startswith("sept") else key[:3]


def _iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def dateline(text: str) -> str | None:
    """The date a document gives itself at its top: a line of the first four that is only a date, or an English
    wire dateline opening the first paragraph (LONDON, Sept. 9, 2025 - …). Dates inside the body are events."""
    lines = [line for line in text.lstrip().split("\n")[:6] if line.strip()][:4]
    for line in lines:
        found = date_line(line)
        if found:
            return found
    for line in lines:
        m = _BRACKET_DATE_OPENING.match(line.strip())  # （2025年10月22日）光模块企业B…: the date opening the body
        if m:
            return _iso(int(m["y"]), int(m["m"]), int(m["d"]))
        m = _EN_DATELINE.match(line.strip())
        if m:
            return _iso(int(m["ey"]), _MONTHS[_month_key(m["month"])], int(m["ed"]))
    return None


def infer(text: str, ceiling: str | None = None, today: date | None = None) -> str | None:
    """The dateline at the document's top if it has one (`dateline`); else the latest year the text speaks of as
    past or present, refined by the latest 月日 of that year that is no plan.

    `ceiling` (e.g. a reposting date) bounds the answer: a text cannot be written after it.
    """
    top = int((ceiling or (today or date.today()).isoformat())[:4])
    given = dateline(text)
    if given and (ceiling is None or given <= ceiling):
        return given
    years = [int(m[1]) for m in _YEAR.finditer(text)
             if int(m[1]) <= top and not _future(text, m.start(), m.end())]
    if not years and not _YEAR.search(text):
        years = [int(y) for y in _EN_YEAR.findall(text) if int(y) <= top]
    if not years:
        return None
    year = max(years)
    days = [(int(m), int(d)) for m, d in _MONTH_DAY.findall(text) if 1 <= int(m) <= 12 and 1 <= int(d) <= 31]
    if days:
        month, day = max(days)
        return f"{year}-{month:02d}-{day:02d}"
    return str(year)


def _future(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 4):start]
    return bool(_FUTURE_BEFORE.search(before) or _FUTURE_AFTER.match(text[end - 1:end + 4]))


def normalise(value: str | None) -> str | None:
    """An ISO date or partial date from metadata (2025-10-12, 2025/10/12, 2025年10月12日, 2025-10)."""
    if not value:
        return None
    if (whole := date_line(str(value))) is not None:  # "Date: November 19, 2025", "Friday, 18 April 2025"
        return whole
    m = re.search(r"((?:19|20)\d\d)(?:[-/年.](\d{1,2}))?(?:[-/月.](\d{1,2}))?", str(value))
    if not m:
        return None
    parts = [m[1]] + [f"{int(p):02d}" for p in (m[2], m[3]) if p]
    return "-".join(parts)

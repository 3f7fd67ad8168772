"""The reference date of a document: when it was written, so that 今年 and 近日 can be resolved."""

from __future__ import annotations

import re
from datetime import date

_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d\d)\s*年")
_FUTURE_BEFORE = re.compile(r"(预计|预期|计划|目标|力争|有望|将|未来)(要|会)?(到|至|在|于)?$")
_FUTURE_AFTER = re.compile(r"^年?(底前|前|之前|以前|以后|后|目标)")
_MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日")
_EN_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")


def infer(text: str, ceiling: str | None = None, today: date | None = None) -> str | None:
    """Latest year the text speaks of as past or present, refined by a bare 月日 of that year.

    `ceiling` (e.g. a reposting date) bounds the answer: a text cannot be written after it.
    """
    top = int((ceiling or (today or date.today()).isoformat())[:4])
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
    m = re.search(r"((?:19|20)\d\d)(?:[-/年.](\d{1,2}))?(?:[-/月.](\d{1,2}))?", str(value))
    if not m:
        return None
    parts = [m[1]] + [f"{int(p):02d}" for p in (m[2], m[3]) if p]
    return "-".join(parts)

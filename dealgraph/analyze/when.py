"""Ordering and bucketing partial dates ("2019", "2025-Q2", "2025-H1", "2025-08-20", {"from", "to"})."""

from __future__ import annotations

import re

_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_HALF = re.compile(r"^(\d{4})-H([12])$")
_YMD = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")

NO_DATE: tuple[int, int, int] = (0, 0, 0)


def _point(value: str | None, end: bool) -> tuple[int, int, int] | None:
    """A partial ISO date as (year, month, day); a quarter or half is its first or last month."""
    if not isinstance(value, str):
        return None
    if m := _QUARTER.match(value):
        q = int(m.group(2))
        return (int(m.group(1)), 3 * q if end else 3 * q - 2, 0)
    if m := _HALF.match(value):
        h = int(m.group(2))
        return (int(m.group(1)), 6 * h if end else 6 * h - 5, 0)
    if m := _YMD.match(value):
        return (int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0))
    return None


def sort_key(date: dict | str | None, end: bool = True) -> tuple[int, int, int]:
    """A key ordering dates (a fact's `date`, its value, or a period); undated sorts first.

    A period sorts by its end (`end=True`) or its start; an open period by the side it has.
    """
    value = date.get("value") if isinstance(date, dict) and "value" in date else date
    if isinstance(value, dict):
        sides = ("to", "from") if end else ("from", "to")
        value = next((value[s] for s in sides if value.get(s)), None)
    return _point(value, end) or NO_DATE


def year(date: dict | str | None) -> int | None:
    """The year a dated fact happened in (a period counts from its start)."""
    key = sort_key(date, end=False)
    return key[0] or None


def text(date: dict | None) -> str:
    """How a date reads in a report: its normalised value, e.g. 2025-Q2 or 2022–2024."""
    if not date:
        return ""
    value = date.get("value")
    if isinstance(value, dict):
        return "–".join(str(value[s]) for s in ("from", "to") if value.get(s)) + ("起" if not value.get("to") else "")
    if _point(value, False) is None:  # a span such as "3y" or "-4q" reads better as written (为期三年)
        return str(date.get("text") or value or "")
    return str(value)

"""Money in yuan: amounts converted at the yearly average rate of the fact's year (data/fx_rates.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dealgraph.datafiles import read_yaml

BASE = "CNY"


@dataclass(frozen=True)
class Converted:
    cny: float  # the amount in yuan (its `value`, the midpoint for a range)
    rate: float  # yuan per unit of the original currency
    year: int | None  # the year whose average rate was used (None for yuan)
    nearest: bool  # the fact's year is outside the table or unknown; the nearest full year was used


@cache
def table() -> dict[str, dict[int, float]]:
    raw = read_yaml("fx_rates.yaml")
    return {cur: {int(y): float(r) for y, r in by_year.items()} for cur, by_year in raw["rates"].items()}


@cache
def provisional() -> frozenset[int]:
    raw = read_yaml("fx_rates.yaml")
    return frozenset(int(y) for y in raw.get("provisional", []))


def rate(currency: str, year: int | None) -> tuple[float, int, bool] | None:
    """Yuan per unit of `currency` in `year`: (rate, year used, whether a nearby year stood in)."""
    by_year = table().get(currency.upper())
    if not by_year:
        return None
    if year in by_year:
        return by_year[year], year, False
    full = [y for y in by_year if y not in provisional()] or list(by_year)
    used = max(full) if year is None else min(by_year, key=lambda y: (abs(y - year), -y))
    return by_year[used], used, True


def to_cny(amount: dict | None, year: int | None) -> Converted | None:
    """An amount of the export shape in yuan; None without a value or for a currency the table lacks."""
    if not amount or amount.get("value") is None or not amount.get("currency"):
        return None
    value = float(amount["value"])
    if amount["currency"].upper() == BASE:
        return Converted(value, 1.0, None, False)
    found = rate(amount["currency"], year)
    if found is None:
        return None
    r, used, nearest = found
    return Converted(value * r, r, used, nearest)

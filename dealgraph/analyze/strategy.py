"""How an investor's strategy changed: its deals split into periods, measured, and the shifts between them.

Deals are the group's counted investments and acquisitions. Periods come from the
deals' own years (split at the widest gap of two years or more, else at the median
year) or are given. Each measure keeps the facts behind it.

Exits (the group's counted sales, `Portfolio.exits`) are money out: they are no deals and
change no deal measure. Each period keeps its exits (the companies sold, their layer mix),
the split periods stretch to cover the exits' years, and a shift states a change of the
exits' share of the period's transactions (deals and exits).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from dealgraph.analyze.labels import layers, rules
from dealgraph.analyze.portfolio import Exit, Holding, Portfolio
from dealgraph.errors import InvalidArgument

MEASURES = ("control", "syndicated", "in_kind", "independence")


@dataclass
class Deal:
    holding: Holding
    control: bool  # an acquisition, a stake above the control threshold, or 全资
    syndicated: bool  # other investors outside the group in the same fact
    in_kind: bool  # paid partly or wholly in kind (cloud credits)
    terms: list[str]  # terms that leave control with the company

    @property
    def year(self) -> int | None:
        return self.holding.year

    def has(self, measure: str) -> bool:
        return {"control": self.control, "syndicated": self.syndicated, "in_kind": self.in_kind,
                "independence": bool(self.terms)}[measure]


@dataclass
class Period:
    start: int
    end: int
    deals: list[Deal] = field(default_factory=list)
    exits: list[Exit] = field(default_factory=list)  # the group's sales in the period

    @property
    def label(self) -> str:
        return str(self.start) if self.start == self.end else f"{self.start}–{self.end}"

    def count(self, measure: str) -> int:
        return sum(1 for d in self.deals if d.has(measure))

    def share(self, measure: str) -> float | None:
        return self.count(measure) / len(self.deals) if self.deals else None

    def layer_mix(self) -> dict[str | None, int]:
        mix = Counter(d.holding.layer for d in self.deals)
        return {layer: mix[layer] for layer in [*layers(), None] if mix[layer]}

    def main_layers(self) -> list[str | None]:
        """The layers with the most deals (several on a tie)."""
        mix = self.layer_mix()
        top = max(mix.values(), default=0)
        return [k for k, n in mix.items() if n == top]

    def transactions(self) -> int:
        """Deals and exits: what the exits' share is of."""
        return len(self.deals) + len(self.exits)

    def exit_share(self) -> float | None:
        """The exits' share of the period's transactions (None in a period without any)."""
        return len(self.exits) / self.transactions() if self.transactions() else None

    def exit_mix(self) -> dict[str | None, int]:
        """What the group sold, by layer (stack order, unclassified last)."""
        mix = Counter(x.layer for x in self.exits)
        return {layer: mix[layer] for layer in [*layers(), None] if mix[layer]}

    def exited(self) -> list[str]:
        """The names of the companies sold in the period, in the order of the sales."""
        return list(dict.fromkeys(x.name for x in self.exits))


@dataclass
class Shift:
    measure: str  # control | syndicated | in_kind | independence | layer | exits
    before: Period
    after: Period
    direction: str  # up | down | changed
    facts: list[str]  # the facts behind the change (deals with the property, or the exits, in either period)


@dataclass
class Strategy:
    investor: str
    name: str
    deals: list[Deal]
    periods: list[Period]
    undated: list[Deal]
    outside: list[Deal]  # dated deals outside the given periods
    shifts: list[Shift]
    exits: list[Exit] = field(default_factory=list)  # every counted exit, oldest first
    undated_exits: list[Exit] = field(default_factory=list)
    outside_exits: list[Exit] = field(default_factory=list)  # dated exits outside the given periods

    def overall(self) -> Period:
        years = [y for y in [*(d.year for d in self.deals), *(x.year for x in self.exits)] if y]
        return Period(min(years, default=0), max(years, default=0), list(self.deals), list(self.exits))


def strategy(p: Portfolio, periods: list[tuple[int, int]] | None = None) -> Strategy:
    deals = [classify(h) for h in p.holdings if h.how in rules()["deals"]]
    dated = [d for d in deals if d.year]
    sold = [x for x in p.exits if x.year]
    spans = periods or cover(split_years([d.year for d in dated if d.year]), [x.year for x in sold if x.year])
    buckets = [Period(a, b, [d for d in dated if d.year and a <= d.year <= b],
                      [x for x in sold if x.year and a <= x.year <= b]) for a, b in spans]
    inside = {id(d) for b in buckets for d in [*b.deals, *b.exits]}
    outside = [d for d in dated if id(d) not in inside]
    undated = [d for d in deals if not d.year]
    shifts = [s for a, b in zip(buckets, buckets[1:]) for s in compare_periods(a, b)]
    return Strategy(p.investor, p.name, deals, buckets, undated, outside, shifts, list(p.exits),
                    [x for x in p.exits if not x.year], [x for x in sold if id(x) not in inside])


def cover(spans: list[tuple[int, int]], years: list[int]) -> list[tuple[int, int]]:
    """The deal periods stretched to the exits' years (the first period back to an earlier exit, the last
    one on to a later one), so deals stay in their periods and no exit falls between them; the exits' own
    split when there are no dated deals."""
    if not spans:
        return split_years(years)
    if not years:
        return spans
    first, last = spans[0], spans[-1]
    spans = [(min(first[0], *years), first[1]), *spans[1:]]
    spans[-1] = (spans[-1][0], max(last[1], *years))
    return spans


def classify(h: Holding) -> Deal:
    q = h.qualifiers
    terms = [t["term"] for t in q.get("terms") or [] if t.get("term") in rules()["independence_terms"]]
    return Deal(h, is_control(h), bool(h.others), q.get("consideration") in rules()["in_kind_considerations"], terms)


def is_control(h: Holding) -> bool:
    stake = (h.stake or {}).get("value")
    if stake is not None:
        return float(stake) > rules()["control_stake"] or float(stake) >= 100
    return h.how == "acquisition"


def split_years(years: list[int]) -> list[tuple[int, int]]:
    """Two periods from deal years: split at the widest gap of two years or more that leaves at least
    two deals on each side (the more balanced split on a tie), else after the median year."""
    distinct = sorted(set(years))
    if len(distinct) < 2:
        return [(distinct[0], distinct[0])] if distinct else []
    cuts = [(b - a, -abs(2 * sum(1 for y in years if y <= a) - len(years)), i)
            for i, (a, b) in enumerate(zip(distinct, distinct[1:]))
            if b - a >= 2 and min(sum(1 for y in years if y <= a), sum(1 for y in years if y > a)) >= 2]
    if cuts:
        at = max(cuts)[2]
    else:
        median = sorted(years)[(len(years) - 1) // 2]
        at = distinct.index(median) if median != distinct[-1] else len(distinct) - 2
    return [(distinct[0], distinct[at]), (distinct[at + 1], distinct[-1])]


def parse_periods(text: str | None) -> list[tuple[int, int]] | None:
    """`2015-2019,2020-2025` (or single years) as (start, end) pairs."""
    if not text:
        return None
    spans = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        m = re.fullmatch(r"(\d{4})(?:\s*[-–~]\s*(\d{4}))?", part)
        if not m or int(m.group(2) or m.group(1)) < int(m.group(1)):
            raise InvalidArgument(f"cannot read the period {part!r}", "write periods as 2015-2019,2020-2025")
        spans.append((int(m.group(1)), int(m.group(2) or m.group(1))))
    return spans


def compare_periods(a: Period, b: Period) -> list[Shift]:
    """The measures that differ between two periods, each with the deals (or the exits) behind them."""
    if not a.deals or not b.deals:
        return exit_shift(a, b)
    shifts = []
    for measure in MEASURES:
        before, after = a.share(measure), b.share(measure)
        if before is None or after is None or abs(after - before) < 1e-9:
            continue
        facts = [d.holding.fact_id for d in a.deals + b.deals if d.has(measure)]
        shifts.append(Shift(measure, a, b, "up" if after > before else "down", facts))
    if a.main_layers() != b.main_layers():
        facts = [d.holding.fact_id for p in (a, b) for d in p.deals if d.holding.layer in p.main_layers()]
        shifts.append(Shift("layer", a, b, "changed", facts))
    return shifts + exit_shift(a, b)


def exit_shift(a: Period, b: Period) -> list[Shift]:
    """A change of the exits between two periods that both have transactions, with the exits of both periods
    behind it: their share of the transactions, or with the share the same (1/2 → 2/4) their count."""
    before, after = a.exit_share(), b.exit_share()
    if before is None or after is None:
        return []
    if abs(after - before) < 1e-9:
        before, after = len(a.exits), len(b.exits)
    if before == after:
        return []
    return [Shift("exits", a, b, "up" if after > before else "down", [x.fact_id for x in a.exits + b.exits])]

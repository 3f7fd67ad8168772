"""Everything one report shows, gathered once from the analyses so both renderers agree."""

from __future__ import annotations

from dataclasses import dataclass

from dealgraph.analyze import compare, status
from dealgraph.analyze.view import GraphView
from dealgraph.errors import InvalidArgument


@dataclass
class SideReport:
    side: compare.Side
    board: list[status.Status]

    @property
    def name(self) -> str:
        return self.side.portfolio.name


@dataclass
class ReportData:
    sides: list[SideReport]  # the investor, then the peer if any
    both_back: list[dict]
    facts: dict[str, dict]  # every fact by id, for evidence

    @property
    def investor(self) -> SideReport:
        return self.sides[0]

    @property
    def peer(self) -> SideReport | None:
        return self.sides[1] if len(self.sides) > 1 else None


def collect(g: GraphView, investor: str, peer: str | None = None,
            periods: list[tuple[int, int]] | None = None) -> ReportData:
    names = [investor] + ([peer] if peer else [])
    sides = [compare.side(g, name, periods) for name in names]
    if peer and sides[0].portfolio.investor == sides[1].portfolio.investor:
        raise InvalidArgument(f"{investor!r} and {peer!r} are the same group ({sides[0].portfolio.name})",
                              "compare with an investor outside the group")
    reports = [SideReport(s, status.board(g, s.portfolio)) for s in sides]
    both = compare.both_back(sides[0].portfolio, sides[1].portfolio) if peer else []
    facts = {f["id"]: f for f in g.facts}
    return ReportData(reports, both, facts)

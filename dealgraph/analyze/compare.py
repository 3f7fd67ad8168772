"""An investor beside a peer: the same figures, the companies both back, co-investors, plans and spending."""

from __future__ import annotations

from dataclasses import dataclass, field

from dealgraph.analyze import when
from dealgraph.analyze.labels import counted, rules
from dealgraph.analyze.portfolio import Exit, Portfolio, portfolio
from dealgraph.analyze.strategy import Strategy, strategy
from dealgraph.analyze.view import GraphView

PLAN_MODALITIES = ("planned", "expected")


@dataclass
class Backer:
    """A group backing a company, read from one fact."""

    group: str
    name: str
    company: str
    company_name: str
    fact_id: str


@dataclass
class Side:
    portfolio: Portfolio
    strategy: Strategy
    plans: list[dict] = field(default_factory=list)  # capital_plan facts of the group
    spending: list[dict] = field(default_factory=list)  # capex and R&D figures of the group
    backers: list[Backer] = field(default_factory=list)  # every backer of the group's companies

    @property
    def exits(self) -> list[Exit]:
        """The group's counted sales, oldest first."""
        return self.portfolio.exits

    def exited(self) -> list[str]:
        """Companies the group sold out of."""
        return self.portfolio.exited_companies()

    def co_investors(self) -> dict[str, list[Backer]]:
        """Other groups backing the same companies, by group id."""
        out: dict[str, list[Backer]] = {}
        for b in self.backers:
            if b.group != self.portfolio.investor:
                out.setdefault(b.group, []).append(b)
        return out


@dataclass
class Comparison:
    sides: list[Side]
    both_back: list[dict]  # {company, name, facts: [fact ids of each side], exited: [sale fact ids of each side]}

    def exit_counts(self) -> dict[str, dict[str, int]]:
        """Per group id: its counted sales, the companies it sold out of, and the sales that do not count."""
        return {s.portfolio.investor: {"exits": len(s.exits), "exited_companies": len(s.exited()),
                                       "exits_apart": len(s.portfolio.exits_apart())} for s in self.sides}


def side(g: GraphView, investor: str, periods: list[tuple[int, int]] | None = None) -> Side:
    p = portfolio(g, investor)
    s = Side(p, strategy(p, periods))
    s.plans = sorted((f for f in g.facts if f["type"] == "capital_plan" and _names(f, p.members)
                      and (counted(f) or f["modality"] in PLAN_MODALITIES)), key=lambda f: when.sort_key(f.get("date")))
    s.spending = sorted((f for f in g.facts if f["type"] == "financial" and counted(f) and _names(f, p.members)
                         and f["qualifiers"].get("metric") in rules()["spending_metrics"]),
                        key=lambda f: when.sort_key(f["qualifiers"].get("period") or f.get("date")))
    s.backers = backers(g, p.backed())
    return s


def compare(g: GraphView, investor: str, peer: str, periods: list[tuple[int, int]] | None = None) -> Comparison:
    sides = [side(g, investor, periods), side(g, peer, periods)]
    return Comparison(sides, both_back(sides[0].portfolio, sides[1].portfolio))


def both_back(a: Portfolio, b: Portfolio) -> list[dict]:
    """Companies both groups put money into, with the facts of each side and, for a side that sold out of it
    since (perhaps to the other), the sales that ended its holding."""
    rows = []
    theirs = set(b.backed())
    for cid in a.backed():
        if cid in theirs:
            facts = [[h.fact_id for h in p.holdings if h.company == cid and h.how in rules()["backing"]]
                     for p in (a, b)]
            rows.append({"company": cid, "name": next(h.name for h in a.holdings if h.company == cid), "facts": facts,
                         "exited": [[x.fact_id for x in p.exited(cid)] for p in (a, b)]})
    return rows


def backers(g: GraphView, companies: list[str]) -> list[Backer]:
    """Every counted investment, acquisition, stake or founding in `companies`, by backing group."""
    wanted, out = set(companies), []
    relations = rules()["relations"]
    for f in g.facts:
        if f["type"] not in rules()["backing"] or not counted(f):
            continue
        rel = relations[f["type"]]
        for c in f["roles"].get(rel["company"], []):
            if c["id"] not in wanted:
                continue
            for m in f["roles"].get(rel["investor"], []):
                if g.entity(m["id"]).get("kind") == "person":
                    continue
                group = g.group_of(m["id"])
                out.append(Backer(group, g.name(group), c["id"], c["name"], f["id"]))
    return out


def _names(fact: dict, members: set[str]) -> bool:
    return any(m["id"] in members for m in fact["roles"].get("company", []))

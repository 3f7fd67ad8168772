"""Where an investor's money flows: every company its group built, backed, partnered with or bought from.

The investor is a corporate group (GraphView.group_of): facts of any member (阿里云,
平头哥 …) count for the group. Each relation keeps its fact, its evidence and its
amount in yuan. Facts that are denied, rumored, negated, planned or expected are
kept apart (`Portfolio.apart`) and never counted.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from dealgraph.analyze import fx, when
from dealgraph.analyze.labels import counted, layers, rules
from dealgraph.analyze.view import GraphView


@dataclass
class Holding:
    """One relation between the investor's group and a company, read from one fact."""

    company: str  # canonical entity id
    name: str
    kind: str  # organization | product
    layer: str | None
    sector: str | None
    how: str  # in_house | unit | investment | acquisition | shareholding | founding | partnership | purchase
    fact_id: str
    fact_type: str
    modality: str
    via: list[str]  # names of the group members named in the fact (阿里云)
    others: list[str]  # the other investors, founders or parties outside the group
    date: dict | None
    amount: dict | None
    cny: fx.Converted | None
    stake: dict | None
    qualifiers: dict
    evidence: list[dict]
    result: list[str] = field(default_factory=list)  # what a partnership set up (a joint venture or lab)

    @property
    def year(self) -> int | None:
        return when.year(self.date)


@dataclass
class Portfolio:
    investor: str  # the group's entity id
    name: str
    members: set[str]
    holdings: list[Holding] = field(default_factory=list)  # counted
    apart: list[Holding] = field(default_factory=list)  # denied, rumored, negated, planned, expected

    def companies(self, hows: tuple[str, ...] | None = None) -> list[str]:
        """Company ids in report order, optionally only those reached in one of `hows`."""
        return list(dict.fromkeys(h.company for h in self.holdings if hows is None or h.how in hows))

    def backed(self) -> list[str]:
        """Companies the group put money into (invested, acquired, holds a stake in, founded)."""
        return self.companies(tuple(rules()["backing"]))

    def by_layer(self) -> dict[str | None, dict[str | None, list[Holding]]]:
        """Counted holdings grouped by layer (stack order, unclassified last) and sector."""
        grouped: dict[str | None, dict[str | None, list[Holding]]] = {}
        for layer in [*layers(), None]:
            rows = [h for h in self.holdings if h.layer == layer]
            if rows:
                by_sector: dict[str | None, list[Holding]] = defaultdict(list)
                for h in rows:
                    by_sector[h.sector].append(h)
                grouped[layer] = dict(by_sector)
        return grouped

    def coverage(self) -> dict[str, list[str]]:
        """The layers the group reaches, each with its sectors (full-stack coverage)."""
        return {layer: [s for s in sectors if s] for layer, sectors in self.by_layer().items() if layer}

    def full_stack(self) -> bool:
        return set(layers()) <= set(self.coverage())


def resolve_group(g: GraphView, investor: str) -> str:
    """The group id for an investor given by name, alias or id."""
    return g.group_of(g.find(investor)["id"])


def portfolio(g: GraphView, investor: str) -> Portfolio:
    gid = resolve_group(g, investor)
    result = Portfolio(gid, g.name(gid), g.members(gid))
    for fact in g.facts:
        for h in holdings_of(g, fact, result.members):
            (result.holdings if counted(fact) else result.apart).append(h)
    order = {layer: i for i, layer in enumerate(layers())}
    result.holdings.sort(key=lambda h: (order.get(h.layer, 9), h.sector or "~", when.sort_key(h.date), h.name))
    result.apart.sort(key=lambda h: when.sort_key(h.date))
    return result


def holdings_of(g: GraphView, fact: dict, members: set[str]) -> list[Holding]:
    """The holdings one fact gives the group whose members are `members` (none if it names no member)."""
    relation = rules()["relations"].get(fact["type"])
    if relation is None:
        return []
    ours = [m for m in fact["roles"].get(relation["investor"], []) if m["id"] in members]
    if not ours:
        return []
    theirs = [m for m in fact["roles"].get(relation["company"], []) if m not in ours]
    if fact["type"] in ("partnership", "purchase"):
        theirs = [m for m in theirs if m["id"] not in members]
    outside = [m["name"] for m in fact["roles"].get(relation["investor"], []) if m["id"] not in members]
    rows = []
    for m in theirs:
        entity = g.entity(m["id"])
        if entity.get("kind") == "person":
            continue
        others = [n for n in outside if n != m["name"]]
        rows.append(_holding(g, fact, entity, ours, others))
    return rows


def _holding(g: GraphView, fact: dict, entity: dict, ours: list[dict], others: list[str]) -> Holding:
    how = fact["type"]
    if how == "ownership":
        how = "in_house" if fact["qualifiers"].get("in_house") else "unit"
    return Holding(
        company=entity["id"], name=entity["name"], kind=entity.get("kind") or "organization",
        layer=entity.get("layer"), sector=entity.get("sector"), how=how, fact_id=fact["id"],
        fact_type=fact["type"], modality=fact["modality"], via=list(dict.fromkeys(m["name"] for m in ours)),
        others=others, date=fact.get("date"), amount=fact.get("amount"),
        cny=fx.to_cny(fact.get("amount"), when.year(fact.get("date"))), stake=fact.get("stake"),
        qualifiers=fact.get("qualifiers") or {}, evidence=fact.get("evidence") or [],
        result=[m["name"] for m in fact["roles"].get("result", [])] if fact["type"] == "partnership" else [])

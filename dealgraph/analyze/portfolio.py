"""Where an investor's money flows: every company its group built, backed, partnered with or bought from.

The investor is a corporate group (GraphView.group_of): facts of any member (阿里云,
平头哥 …) count for the group. Each relation keeps its fact, its evidence and its
amount in yuan. Facts that are denied, rumored, negated, planned or expected are
kept apart (`Portfolio.apart`) and never counted.

Exits are the other way: an acquisition whose seller is a group member (青禾集团向北辰资本转让其持有的
远岫半导体20%股权) is a sale of the group's shares in the target (`Portfolio.exits`). A holding of a company
the group later sold out of stays in the portfolio (the history) and is marked with the exit that ended it
(`Holding.exited`); `Portfolio.exited(company)` gives the sales of a company the group no longer holds.
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
    exited: Exit | None = None  # the full exit that ended this holding (the group later sold all it held)

    @property
    def year(self) -> int | None:
        return when.year(self.date)


@dataclass
class Exit(Holding):
    """The group selling its shares in a company, read from one acquisition fact whose seller is a member.

    `how` is "exit"; `via` names the members that sold, `others` the buyers (empty when the text names none:
    a sale on the market, 清仓); `stake` is the stake sold and `amount` the proceeds."""

    full: bool = False  # the group kept no stake in the company after this sale (see `_is_full`)


@dataclass
class Portfolio:
    investor: str  # the group's entity id
    name: str
    members: set[str]
    holdings: list[Holding] = field(default_factory=list)  # counted
    apart: list[Holding] = field(default_factory=list)  # denied, rumored, negated, planned, expected (exits too)
    exits: list[Exit] = field(default_factory=list)  # counted sales of the group's shares, oldest first

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

    def exited(self, company: str) -> list[Exit]:
        """The sales of a company the group no longer holds, oldest first: its last sale was a full exit and no
        holding came after it. Empty while the group still holds a stake (a partial sale, or it bought back in)."""
        sales = [x for x in self.exits if x.company == company]
        if not sales or not sales[-1].full:
            return []
        ends = rules()["exits"]["ends"]
        if any(h.exited is None for h in self.holdings if h.company == company and h.how in ends):
            return []
        return sales

    def exited_companies(self) -> list[str]:
        """Companies the group sold out of, in the order of their last sale."""
        last = {x.company: x for x in self.exits}
        return [cid for cid in sorted(last, key=lambda c: _exit_key(last[c])) if self.exited(cid)]

    def exits_apart(self) -> list[Exit]:
        """Sales that do not count: planned, rumoured, denied (拟出售, 传闻将出售)."""
        return [h for h in self.apart if isinstance(h, Exit)]


def resolve_group(g: GraphView, investor: str) -> str:
    """The group id for an investor given by name, alias or id."""
    return g.group_of(g.find(investor)["id"])


def portfolio(g: GraphView, investor: str) -> Portfolio:
    gid = resolve_group(g, investor)
    result = Portfolio(gid, g.name(gid), g.members(gid))
    for fact in g.facts:
        for h in holdings_of(g, fact, result.members):
            (result.holdings if counted(fact) else result.apart).append(h)
        for x in exits_of(g, fact, result.members):
            (result.exits if counted(fact) else result.apart).append(x)
    order = {layer: i for i, layer in enumerate(layers())}
    result.holdings.sort(key=lambda h: (order.get(h.layer, 9), h.sector or "~", when.sort_key(h.date), h.name))
    result.apart.sort(key=lambda h: when.sort_key(h.date))
    result.exits.sort(key=_exit_key)
    mark_exits(result)
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


def exits_of(g: GraphView, fact: dict, members: set[str]) -> list[Exit]:
    """The sales one fact states of the group's shares (none if no member sells). A transfer to another member
    of the group (阿里巴巴 selling to 阿里云) is no exit, and a seller selling itself is no sale of a holding."""
    rule = rules()["exits"]
    if fact["type"] != rule["type"]:
        return []
    ours = [m for m in fact["roles"].get(rule["investor"], []) if m["id"] in members]
    buyers = fact["roles"].get(rule["buyer"], [])
    if not ours or any(m["id"] in members for m in buyers):
        return []
    sellers = {m["id"] for m in ours}
    rows = []
    for m in fact["roles"].get(rule["company"], []):
        entity = g.entity(m["id"])
        if m["id"] in sellers or entity.get("kind") == "person":
            continue
        rows.append(_holding(g, fact, entity, ours, [b["name"] for b in buyers], Exit))
    return rows


def mark_exits(p: Portfolio) -> None:
    """Decide which sales were full exits and mark each holding a full exit ended (oldest sale first)."""
    ends = rules()["exits"]["ends"]
    for cid in dict.fromkeys(x.company for x in p.exits):
        held = [h for h in p.holdings if h.company == cid and h.how in ends]
        sales = [x for x in p.exits if x.company == cid]
        for i, x in enumerate(sales):
            x.full = _is_full(x, held, sales[:i])
        fulls = [x for x in sales if x.full]
        for h in held:
            h.exited = next((x for x in fulls if when.sort_key(h.date) <= _exit_key(x)), None)


def _is_full(x: Exit, held: list[Holding], earlier: list[Exit]) -> bool:
    """Whether a sale left the group without a stake. Not when a stake is written as left (a shareholding with
    its stake in the sale's own sentence, 转让10%后持股降至3%, or one dated after it), nor when it sold less
    than the stake known before it; otherwise yes: a sale of "its stake" with no share written (清仓, sold its
    stake), all of it, or as much as it was known to hold. Representation: a partial sale with the stake left
    written also gives that shareholding, a full one never does."""
    for h in held:
        left = _percent(h.stake)
        if h.how != "shareholding" or left == 0:
            continue
        if _same_sentence(h, x):
            if left:  # 转让10%后持股降至3%: the stake left (出售所持X股份 read as a holding without one is not)
                return False
        elif when.sort_key(h.date) > _exit_key(x):  # a holding stated after the sale (仍持有)
            return False
    sold = _percent(x.stake)
    if sold is None or sold >= 100:
        return True
    had = _stake_before(x, held, earlier)
    return had is None or sold >= had - 1e-6


def _stake_before(x: Exit, held: list[Holding], earlier: list[Exit]) -> float | None:
    """The stake the group held just before a sale: its latest stated shareholding less what it sold since,
    else the stakes it bought (investments, acquisitions) less what it sold before; None when none is written."""
    known = [h for h in held if _percent(h.stake) is not None and when.sort_key(h.date) <= _exit_key(x)
             and not _same_sentence(h, x)]
    shares = [h for h in known if h.how == "shareholding"]
    if shares:
        base = max(shares, key=lambda h: when.sort_key(h.date))
        had, since = _percent(base.stake) or 0.0, when.sort_key(base.date)
        return had - sum(_percent(e.stake) or 0.0 for e in earlier if _exit_key(e) > since)
    bought = [_percent(h.stake) or 0.0 for h in known if h.how in rules()["deals"]]
    if not bought:
        return None
    return sum(bought) - sum(_percent(e.stake) or 0.0 for e in earlier)


def _percent(stake: dict | None) -> float | None:
    """A stake as a number of percent (its value, else its lower bound: 超过5% → 5)."""
    if not stake:
        return None
    value = stake.get("value") if stake.get("value") is not None else stake.get("min")
    return float(value) if value is not None else None


def _exit_key(x: Holding) -> tuple[int, int, int]:
    """A sale's place in time; an undated sale comes after every dated event (it sold what was bought)."""
    key = when.sort_key(x.date)
    return key if key != when.NO_DATE else (9999, 12, 31)


def _same_sentence(a: Holding, b: Holding) -> bool:
    """Whether two relations were read from overlapping evidence in one document."""
    return any(e["doc"] == f["doc"] and e["start"] < f["end"] and f["start"] < e["end"]
               for e in a.evidence for f in b.evidence)


def _holding(g: GraphView, fact: dict, entity: dict, ours: list[dict], others: list[str],
             cls: type[Holding] = Holding) -> Holding:
    how = "exit" if cls is Exit else fact["type"]
    if how == "ownership":
        how = "in_house" if fact["qualifiers"].get("in_house") else "unit"
    return cls(
        company=entity["id"], name=entity["name"], kind=entity.get("kind") or "organization",
        layer=entity.get("layer"), sector=entity.get("sector"), how=how, fact_id=fact["id"],
        fact_type=fact["type"], modality=fact["modality"], via=list(dict.fromkeys(m["name"] for m in ours)),
        others=others, date=fact.get("date"), amount=fact.get("amount"),
        cny=fx.to_cny(fact.get("amount"), when.year(fact.get("date"))), stake=fact.get("stake"),
        qualifiers=fact.get("qualifiers") or {}, evidence=fact.get("evidence") or [],
        result=[m["name"] for m in fact["roles"].get("result", [])] if fact["type"] == "partnership" else [])

"""How an investor's companies are doing: listing stage, results, last financing, dependence, closures."""

from __future__ import annotations

from dataclasses import dataclass, field

from dealgraph.analyze import when
from dealgraph.analyze.labels import counted, rules
from dealgraph.analyze.portfolio import Portfolio
from dealgraph.analyze.view import GraphView

STATUS_TYPES = ("listing", "financial", "closure", "purchase", "investment")


@dataclass
class Flag:
    key: str  # main_supplier | main_customer | losses_widening | loss_making | closed | exited
    fact_id: str
    evidence: list[dict]


@dataclass
class Status:
    company: str
    name: str
    layer: str | None
    sector: str | None
    hows: list[str]  # how the investor holds the company (investment, founding …)
    listing: dict | None = None  # the latest stage reached (a fact)
    listing_steps: list[dict] = field(default_factory=list)  # every stage reached, in order
    next_listing: list[dict] = field(default_factory=list)  # planned or expected stages not yet reached
    profit: dict | None = None  # the latest profit or loss statement
    results: list[dict] = field(default_factory=list)  # profit, loss and revenue facts by period
    financing: dict | None = None  # the latest financing (an investment or a financing figure)
    flags: list[Flag] = field(default_factory=list)
    closures: list[dict] = field(default_factory=list)

    @property
    def profitable(self) -> bool | None:
        """True for a profit, False for a loss (or profit negated: 尚未盈利), None when unknown."""
        if self.profit is None:
            return None
        metric = self.profit["qualifiers"].get("metric")
        return metric in rules()["profit_metrics"] and self.profit["modality"] != "negated"

    def fact_ids(self) -> list[str]:
        """The facts the row shows."""
        shown = [self.listing, self.profit, self.financing, *self.next_listing, *self.results]
        return [f["id"] for f in shown if f] + [fl.fact_id for fl in self.flags]

    def has_news(self) -> bool:
        return bool(self.listing or self.next_listing or self.results or self.financing or self.flags)


def board(g: GraphView, p: Portfolio) -> list[Status]:
    """A status row for every company the group backs, and for partners and suppliers with news; a company
    the group sold out of is flagged `exited`."""
    backed = set(p.backed())
    facts = _facts_by_company(g)
    rows = []
    for cid in p.companies():
        hows = list(dict.fromkeys(h.how for h in p.holdings if h.company == cid))
        if set(hows) <= {"in_house", "unit"}:
            continue
        row = company_status(g, cid, facts.get(cid, []), p.members, hows)
        sales = p.exited(cid)
        if sales:  # the group sold out of it: the row stays (the history), flagged with the last sale
            row.flags.append(Flag("exited", sales[-1].fact_id, sales[-1].evidence))
        if cid in backed or row.has_news():
            rows.append(row)
    return rows


def company_status(g: GraphView, cid: str, facts: list[dict], members: set[str], hows: list[str]) -> Status:
    entity = g.entity(cid)
    row = Status(cid, entity["name"], entity.get("layer"), entity.get("sector"), hows)
    _listing(row, [f for f in facts if f["type"] == "listing"])
    _results(row, [f for f in facts if f["type"] == "financial"])
    _financing(row, cid, facts)
    _dependence(row, cid, [f for f in facts if f["type"] == "purchase" and counted(f)], members)
    row.closures = [f for f in facts if f["type"] == "closure" and counted(f)]
    row.flags += [Flag("closed", f["id"], f["evidence"]) for f in row.closures]
    return row


def _facts_by_company(g: GraphView) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for f in g.facts:
        if f["type"] in STATUS_TYPES:
            for ids in f["roles"].values():
                for m in ids:
                    out.setdefault(m["id"], []).append(f)
    return out


def _stage(f: dict) -> str:
    return str(f["qualifiers"].get("stage") or "")


def _listing(row: Status, facts: list[dict]) -> None:
    order = rules()["listing_stages"]
    reached = sorted((f for f in facts if counted(f) and _stage(f) in order + rules()["terminal_stages"]),
                     key=lambda f: (when.sort_key(f.get("date")), order.index(_stage(f)) if _stage(f) in order else 9))
    row.listing_steps = reached
    row.listing = latest_stage(reached)
    done = order.index(_stage(row.listing)) if row.listing and _stage(row.listing) in order else -1
    row.next_listing = [f for f in facts if f["modality"] in ("planned", "expected")
                        and _stage(f) in order and order.index(_stage(f)) > done]


def latest_stage(facts: list[dict]) -> dict | None:
    """The stage a company stands at: the furthest step of planned < … < listed, unless a
    suspension, termination or delisting came after it (or its date is unknown)."""
    order, terminal = rules()["listing_stages"], rules()["terminal_stages"]
    steps = [f for f in facts if _stage(f) in order]
    ends = [f for f in facts if _stage(f) in terminal]
    step = max(steps, key=lambda f: (order.index(_stage(f)), when.sort_key(f.get("date"))), default=None)
    end = max(ends, key=lambda f: when.sort_key(f.get("date")), default=None)
    if end is None:
        return step
    if step is None or not step.get("date") or not end.get("date"):
        return end
    return end if when.sort_key(end["date"]) >= when.sort_key(step["date"]) else step


def _period_key(f: dict) -> tuple[int, int, int]:
    q = f["qualifiers"]
    return when.sort_key(q.get("period") or f.get("date"))


def _results(row: Status, facts: list[dict]) -> None:
    profit_loss = rules()["profit_metrics"] + rules()["loss_metrics"]
    keep = [f for f in facts if f["qualifiers"].get("metric") in profit_loss + ["revenue"]
            and (counted(f) or f["modality"] == "negated")]
    row.results = sorted(keep, key=_period_key)
    # the company's own profit or loss, not one business's (AI业务亏损2亿元)
    statements = [f for f in row.results if f["qualifiers"].get("metric") in profit_loss
                  and not f["qualifiers"].get("segment")]
    row.profit = max(statements, key=_period_key, default=None)
    if row.profitable is False:
        row.flags.append(Flag("loss_making", row.profit["id"], row.profit["evidence"]))
    for f in statements:
        change = f["qualifiers"].get("change") or {}
        if f["qualifiers"].get("metric") in rules()["loss_metrics"] and change.get("direction") == "up" and counted(f):
            row.flags.append(Flag("losses_widening", f["id"], f["evidence"]))


def _financing(row: Status, cid: str, facts: list[dict]) -> None:
    rounds = [f for f in facts if counted(f) and (
        (f["type"] == "investment" and any(m["id"] == cid for m in f["roles"].get("investee", [])))
        or (f["type"] == "financial" and f["qualifiers"].get("metric") == "financing"))]
    row.financing = max(rounds, key=lambda f: when.sort_key(f.get("date") or f["qualifiers"].get("period")),
                        default=None)


def share_above(share: dict | None, threshold: float) -> bool:
    """Whether a percentage (value, or an open lower bound such as 超过50%) is above `threshold`."""
    if not share:
        return False
    value, low, high = share.get("value"), share.get("min"), share.get("max")
    if value is not None and value > threshold:
        return True
    return low is not None and high is None and low >= threshold


def _dependence(row: Status, cid: str, facts: list[dict], members: set[str]) -> None:
    limit = rules()["dependence_share"]
    for f in facts:
        buyers = {m["id"] for m in f["roles"].get("buyer", [])}
        suppliers = {m["id"] for m in f["roles"].get("supplier", [])}
        q = f["qualifiers"]
        if cid in buyers and suppliers & members and share_above(q.get("share_of_purchases"), limit):
            row.flags.append(Flag("main_supplier", f["id"], f["evidence"]))
        share = q.get("share_of_revenue") or q.get("share_of_sales")
        if cid in suppliers and buyers & members and share_above(share, limit):
            row.flags.append(Flag("main_customer", f["id"], f["evidence"]))

"""Counts and filtered listings over the graph."""

from __future__ import annotations

from collections import Counter, defaultdict

from dealgraph.analyze.view import GraphView, load
from dealgraph.store import Store

CAPITAL_ROLES = {"investment": "investor", "acquisition": "acquirer"}


def summary(store: Store, top: int = 8) -> dict:
    counts = store.counts()
    g = load(store)
    deals: dict[str, list[str]] = defaultdict(list)
    for f in g.facts:
        role = CAPITAL_ROLES.get(f["type"])
        if role is None or f["modality"] in ("denied", "negated", "rumored"):
            continue
        target = f["roles"].get("investee" if role == "investor" else "target", [])
        for m in f["roles"].get(role, []):
            deals[g.group_of(m["id"])].extend(t["name"] for t in target)
    ranked = sorted(deals.items(), key=lambda kv: -len(kv[1]))[:top]
    return {"documents": counts["documents"], "entities": counts["entities"], "facts": counts["facts"],
            "facts_by_type": sorted(Counter(f["type"] for f in g.facts).items(), key=lambda kv: -kv[1]),
            "top_investors": [{"id": gid, "name": g.name(gid), "deals": len(names),
                               "companies": list(dict.fromkeys(names))} for gid, names in ranked]}


def filter_facts(g: GraphView, types: list[str] | None = None, modality: list[str] | None = None,
                 investor: str | None = None, entity: str | None = None, layer: str | None = None) -> list[dict]:
    rows = g.facts
    if types:
        rows = [f for f in rows if f["type"] in types]
    if modality:
        rows = [f for f in rows if f["modality"] in modality]
    if entity:
        eid = g.find(entity)["id"]
        rows = [f for f in rows if any(m["id"] == eid for ms in f["roles"].values() for m in ms)]
    if investor:
        members = g.members(g.group_of(g.find(investor)["id"]))
        rows = [f for f in rows if any(m["id"] in members for ms in f["roles"].values() for m in ms)]
    if layer:
        rows = [f for f in rows if any(g.entity(m["id"]).get("layer") == layer
                                       for ms in f["roles"].values() for m in ms)]
    return rows

"""Entities for the CLI and the API: listing, one entity in full, same-as candidates, and the decisions
that edit the graph (merge, split, set), each stored as a reversible record with who, when, why, score."""

from __future__ import annotations

from typing import Any

from dealgraph import taxonomy as taxonomy_mod
from dealgraph.analyze.view import GraphView, load
from dealgraph.errors import InvalidArgument
from dealgraph.names import fold
from dealgraph.resolve import matching
from dealgraph.store import Store


def listing(view: GraphView, search: str | None = None, layer: str | None = None, sector: str | None = None,
            kind: str | None = None) -> list[dict]:
    """Entities (merges applied) matching every filter given, the most cited first."""
    counts = _fact_counts(view)
    want = fold(search) if search else None
    rows = []
    for e in view.entities.values():
        if (layer and e.get("layer") != layer) or (sector and e.get("sector") != sector) or \
                (kind and e.get("kind") != kind):
            continue
        if want and not any(want in fold(n) for n in [e["id"], e["name"], *(e.get("names") or [])]):
            continue
        parent = view.ancestors(e["id"])[:1]
        rows.append({"id": e["id"], "kind": e["kind"], "name": e["name"], "layer": e.get("layer"),
                     "sector": e.get("sector"), "parent": parent[0] if parent else None,
                     "parent_name": view.name(parent[0]) if parent else None, "facts": counts.get(e["id"], 0)})
    return sorted(rows, key=lambda r: (-r["facts"], r["name"]))


def _fact_counts(view: GraphView) -> dict[str, int]:
    counts: dict[str, int] = {}
    for f in view.facts:
        for eid in {m["id"] for ms in f["roles"].values() for m in ms}:
            counts[eid] = counts.get(eid, 0) + 1
    return counts


def show(view: GraphView, name: str, store: Store | None = None) -> dict:
    """One entity: names, parent chain, children, layer and sector with the reason, facts with evidence,
    and (given the store) the decisions taken on it."""
    e = view.find(name)
    eid = e["id"]
    tax = taxonomy_mod.load()
    sector = tax.sectors.get(e.get("sector") or "")
    out: dict[str, Any] = {
        "id": eid, "kind": e["kind"], "name": e["name"], "names": list(e.get("names") or []),
        "origin": e.get("origin"), "country": e.get("country"),
        "layer": e.get("layer"), "layer_label": tax.layer_label(e.get("layer")),
        "sector": e.get("sector"), "sector_label": sector.zh if sector else None, "reason": e.get("reason"),
        "parents": [_ref(view, p) for p in view.ancestors(eid)],
        "group": _ref(view, view.group_of(eid)),
        "children": [_ref(view, c) for c in view.children(eid)],
        "merged": sorted(x for x, c in view.canonical.items() if c == eid and x != eid),
        "facts": [_fact(f, eid) for f in view.facts if _names_entity(f, eid)],
    }
    if store is not None:
        ids = [eid, *out["merged"]]
        found = {d["id"]: d for x in ids for d in store.decisions(x)}
        out["decisions"] = [_decision(d) for _, d in sorted(found.items())]
    return out


def _ref(view: GraphView, eid: str) -> dict:
    return {"id": eid, "name": view.name(eid)}


def _names_entity(fact: dict, eid: str) -> bool:
    return any(m["id"] == eid for ms in fact["roles"].values() for m in ms)


def _fact(f: dict, eid: str) -> dict:
    return {"id": f["id"], "type": f["type"], "modality": f["modality"],
            "as": sorted({role for role, ms in f["roles"].items() if any(m["id"] == eid for m in ms)}),
            "roles": {role: [m["name"] for m in ms] for role, ms in f["roles"].items()},
            "date": (f.get("date") or {}).get("text"), "evidence": f["evidence"], "review": f.get("review")}


def _decision(d: dict) -> dict:
    return {k: (str(d[k]) if k == "at" else d[k])
            for k in ("id", "action", "entity_id", "other_id", "payload", "score", "reason", "who", "at", "active")}


def candidates(store: Store, min_score: float | None = None) -> list[dict]:
    """Pairs of entities that may be one organisation, best first, with the features that scored them.

    Pairs split by hand are not proposed again.
    """
    view = load(store)
    matches = matching.candidates(view.entities.values(), min_score, _split_pairs(store))
    return [dict(m.to_dict(), a_name=view.name(m.a), b_name=view.name(m.b), explanation=m.explanation)
            for m in matches]


def _split_pairs(store: Store) -> set[frozenset[str]]:
    return {frozenset(pair) for d in store.decisions() if d["action"] == "split" and d["active"]
            for pair in d["payload"].get("pairs", [])}


def merge(store: Store, a: str, b: str, who: str, reason: str, score: float | None = None) -> dict:
    """Merge entity b into entity a (names or ids): a decision is recorded, then b.merged_into = a."""
    view = load(store)
    keep, drop = view.find(a)["id"], view.find(b)["id"]
    if keep == drop:
        raise InvalidArgument(f"{a!r} and {b!r} are already one entity: {view.name(keep)} ({keep})",
                              f"see its names with `dealgraph entities show {keep}`")
    if score is None:
        score = matching.score(view.entities[keep], view.entities[drop]).score
    decision = _record_merge(store, _ref(view, keep), _ref(view, drop), who, reason, score)
    return {"decision": decision, "kept": _ref(view, keep), "merged": _ref(view, drop), "score": score}


def merge_candidates(store: Store, min_score: float | None, who: str, reason: str) -> list[dict]:
    """Merge every candidate pair at or above the score, best first; each merge is its own decision."""
    done, gone = [], set()
    for c in candidates(store, min_score):
        if c["a"] in gone or c["b"] in gone:
            continue
        keep, drop = {"id": c["a"], "name": c["a_name"]}, {"id": c["b"], "name": c["b_name"]}
        decision = _record_merge(store, keep, drop, who, f"{reason} ({c['explanation']})", c["score"])
        done.append({"decision": decision, "kept": keep, "merged": drop, "score": c["score"]})
        gone.add(c["b"])
    return done


def _record_merge(store: Store, keep: dict, drop: dict, who: str, reason: str, score: float | None) -> int:
    decision = store.add_decision("merge", keep["id"], drop["id"], {"kept_name": keep["name"],
                                                                    "merged_name": drop["name"]},
                                  reason, who, score)
    store.update_entity(drop["id"], merged_into=keep["id"])
    return decision


def split(store: Store, entity: str, who: str, reason: str) -> dict:
    """Undo every active merge involving the entity (an id, or a name of its merged entity).

    The merge decisions are deactivated, merged_into cleared, and the split recorded as a decision too;
    the pairs it separated are not proposed as candidates again.
    """
    rows = {r["id"]: r for r in store.entities(include_merged=True)}
    eid = _stored_id(rows, entity) or load(store).find(entity)["id"]
    merges = [d for d in store.decisions(eid, active_only=True) if d["action"] == "merge"]
    if not merges:
        raise InvalidArgument(f"{entity!r} ({eid}) has no merge to undo",
                              f"its decisions are listed by `dealgraph entities show {eid}`")
    pairs = []
    for d in merges:
        store.deactivate_decision(d["id"])
        if rows.get(d["other_id"], {}).get("merged_into") == d["entity_id"]:
            store.update_entity(d["other_id"], merged_into=None)
        pairs.append([d["entity_id"], d["other_id"]])
    decision = store.add_decision("split", eid, None, {"undid": [d["id"] for d in merges], "pairs": pairs},
                                  reason, who)
    return {"decision": decision, "entity": eid, "undid": [d["id"] for d in merges], "pairs": pairs}


def _stored_id(rows: dict[str, dict], query: str) -> str | None:
    """The id itself, or a merged entity named exactly so (split 网易考拉 undoes only that merge)."""
    if query in rows:
        return query
    want = fold(query)
    named = [r["id"] for r in rows.values()
             if r["merged_into"] and any(fold(n) == want for n in [r["name"], *(r["names"] or [])])]
    return named[0] if len(named) == 1 else None


def set_entity(store: Store, entity: str, parent: str | None = None, layer: str | None = None,
               sector: str | None = None, who: str = "cli", reason: str = "") -> dict:
    """Set an entity's parent, layer or sector by hand; a 'set' decision keeps the old and new values.

    A sector given without a layer brings the sector's layer. Stored values are never overwritten by
    ingesting, so the decision holds.
    """
    view = load(store)
    eid = view.find(entity)["id"]
    new = _new_values(view, eid, parent, layer, sector)
    if "sector" in new or "layer" in new:
        new["reason"] = f"set by {who}: {reason}" if reason else f"set by {who}"
    row = store.entity(eid)
    old = {k: row[k] for k in new}
    decision = store.add_decision("set", eid, new.get("parent"), {"old": old, "new": new}, reason or "set by hand",
                                  who)
    store.update_entity(eid, **new)
    return {"decision": decision, "entity": _ref(view, eid), "old": old, "new": new}


def _new_values(view: GraphView, eid: str, parent: str | None, layer: str | None, sector: str | None) -> dict:
    tax = taxonomy_mod.load()
    new: dict[str, Any] = {}
    if parent is not None:
        pid = view.find(parent)["id"]
        if pid == eid or eid in view.ancestors(pid):
            raise InvalidArgument(f"{view.name(pid)} cannot be the parent of {view.name(eid)}: the tree would loop",
                                  f"check the tree with `dealgraph entities show {pid}`")
        new["parent"] = pid
    if sector is not None:
        if sector not in tax.sectors:
            raise InvalidArgument(f"unknown sector {sector!r}", f"use one of: {', '.join(tax.sectors)}")
        new["sector"], new["layer"] = sector, tax.layer_of(sector)
    if layer is not None:
        if layer not in tax.layers:
            raise InvalidArgument(f"unknown layer {layer!r}", f"use one of: {', '.join(tax.layers)}")
        new["layer"] = layer
    if not new:
        raise InvalidArgument("nothing to set", "give --parent, --layer or --sector")
    return new

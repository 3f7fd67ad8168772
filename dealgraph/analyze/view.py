"""The graph as analyses see it: merges applied, reviews applied, facts in export shape."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dealgraph.errors import NotFound
from dealgraph.names import core, fold
from dealgraph.store import Store

VALUE_FIELDS = ("date", "amount", "stake")


@dataclass
class GraphView:
    entities: dict[str, dict]  # canonical entities by id
    canonical: dict[str, str]  # any entity id → its canonical id
    facts: list[dict] = field(default_factory=list)  # export shape, reviews applied, rejected ones dropped
    rejected: list[dict] = field(default_factory=list)

    def entity(self, eid: str) -> dict:
        return self.entities[self.canonical.get(eid, eid)]

    def name(self, eid: str) -> str:
        cid = self.canonical.get(eid, eid)
        return self.entities[cid]["name"] if cid in self.entities else eid

    def ancestors(self, eid: str) -> list[str]:
        """Canonical ids of the entity's parents, nearest first."""
        chain, seen = [], {self.canonical.get(eid, eid)}
        parent = self.entities.get(self.canonical.get(eid, eid), {}).get("parent")
        while parent:
            parent = self.canonical.get(parent, parent)
            if parent in seen or parent not in self.entities:
                break
            chain.append(parent)
            seen.add(parent)
            parent = self.entities[parent].get("parent")
        return chain

    def group_of(self, eid: str) -> str:
        """The top of the entity's corporate tree (阿里云 → 阿里巴巴集团)."""
        chain = self.ancestors(eid)
        return chain[-1] if chain else self.canonical.get(eid, eid)

    def children(self, eid: str) -> list[str]:
        """Canonical ids of the entities whose parent is this one (阿里巴巴集团 → 阿里云, 平头哥, 达摩院 …)."""
        cid = self.canonical.get(eid, eid)
        return sorted(e for e, row in self.entities.items()
                      if row.get("parent") and self.canonical.get(row["parent"], row["parent"]) == cid and e != cid)

    def members(self, group_id: str) -> set[str]:
        """The group and every entity whose tree leads to it."""
        gid = self.canonical.get(group_id, group_id)
        return {e for e in self.entities if e == gid or gid in self.ancestors(e)}

    def find(self, query: str) -> dict:
        """An entity by id, name or alias (exact, then normalised, then contained)."""
        if query in self.canonical:
            return self.entity(query)
        want, want_core = fold(query), core(query)
        scored = []
        for e in self.entities.values():
            names = [e["name"], *e.get("names", [])]
            if any(fold(n) == want for n in names):
                scored.append((0, -self._weight(e), e["id"]))
            elif any(core(n) == want_core for n in names):
                scored.append((1, -self._weight(e), e["id"]))
            elif any(want in fold(n) for n in names):
                scored.append((2, -self._weight(e), e["id"]))
        if not scored:
            raise NotFound(f"no entity named {query!r}", "list entities with `dealgraph entities --search TEXT`")
        return self.entities[min(scored)[2]]

    def _weight(self, e: dict) -> int:
        return sum(1 for f in self.facts for ids in f["roles"].values() for m in ids if m["id"] == e["id"])


def load(store: Store) -> GraphView:
    rows = store.entities(include_merged=True)
    canonical = {r["id"]: r["id"] for r in rows}
    merged = {r["id"]: r["merged_into"] for r in rows if r["merged_into"]}
    for eid in merged:
        target, hops = merged[eid], 0
        while target in merged and hops < 50:
            target, hops = merged[target], hops + 1
        canonical[eid] = target
    entities = {r["id"]: dict(r) for r in rows if not r["merged_into"]}
    for r in rows:
        if r["merged_into"] and canonical[r["id"]] in entities:
            target = entities[canonical[r["id"]]]
            target["names"] = list(dict.fromkeys(list(target["names"]) + list(r["names"])))
    view = GraphView(entities, canonical)
    for row in store.facts():
        fact = export_fact(view, row)
        (view.rejected if fact.get("review") == "rejected" else view.facts).append(fact)
    return view


def export_fact(view: GraphView, row: dict) -> dict[str, Any]:
    """A stored fact in the export contract's shape, with merges and the latest review applied."""
    first = next((e for e in row["evidence"] if e["mentions"]), {"mentions": {}})
    said: dict[tuple[str, str], dict] = {}  # (role, entity id) → where a statement names it, the first one first
    for e in sorted(row["evidence"], key=lambda e: e is not first):
        for role, ms in e["mentions"].items():
            for m in ms:
                if m.get("id") is not None:
                    said.setdefault((role, m["id"]), m)
    roles = {}
    for role, ids in row["roles"].items():
        mentions = first["mentions"].get(role, [])
        roles[role] = []
        for i, eid in enumerate(ids):
            m = said.get((role, eid))  # a member another statement added has no place in the first one
            if m is None and not said:  # statements stored before mentions carried their entity
                m = mentions[i] if i < len(mentions) else None
            roles[role].append({"id": view.canonical.get(eid, eid), "name": view.name(eid),
                                "mention": {"text": m["text"], "start": m["start"], "end": m["end"]} if m else None})
    quals = dict(row["qualifiers"])
    if "lead" in quals:
        quals["lead"] = [view.canonical.get(e, e) for e in quals["lead"]]
    fact = {"id": row["id"], "type": row["type"], "modality": row["modality"], "roles": roles,
            "date": row["date"], "amount": row["amount"], "stake": row["stake"], "qualifiers": quals,
            "evidence": [{"doc": e["doc_id"], "start": e["start"], "end": e["end"], "text": e["text"]}
                         for e in sorted(row["evidence"], key=lambda e: e is not first)],
            "confidence": row["confidence"], "review": None}
    for review in row.get("reviews", []):
        fact["review"] = review["status"]
        _apply_patch(fact, review.get("patch") or {})
    return fact


def _apply_patch(fact: dict, patch: dict) -> None:
    for key, value in patch.items():
        if key in ("modality", "confidence", *VALUE_FIELDS):
            fact[key] = value
        else:
            fact["qualifiers"][key] = value

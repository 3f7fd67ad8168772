"""The store: documents, entities, facts with all their evidence, decisions and reviews."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, and_, bindparam, delete, func, select, update

from dealgraph import settings
from dealgraph.errors import NotFound
from dealgraph.ontology import ontology
from dealgraph.resolve import identity, records
from dealgraph.store import schema as t
from dealgraph.store.db import insert_ignore_many, make_engine, migrate


def now() -> datetime:
    return datetime.now(UTC)


class Store:
    """One database, SQLite or PostgreSQL, behind the same calls."""

    def __init__(self, url: str | None = None, engine: Engine | None = None) -> None:
        self.url = settings.database_url(url)
        self.engine = engine or make_engine(self.url)
        migrate(self.engine)

    # documents -----------------------------------------------------------------------------
    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        hashes = list(hashes)
        if not hashes:
            return set()
        with self.engine.connect() as c:
            rows = c.execute(select(t.documents.c.sha256).where(t.documents.c.sha256.in_(hashes)))
            return {r[0] for r in rows}

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        ids = list(ids)
        with self.engine.connect() as c:
            return {r[0] for r in c.execute(select(t.documents.c.id).where(t.documents.c.id.in_(ids)))}

    def save(self, batch: list[tuple[dict, dict, list[dict]]]) -> None:
        """Store documents with their entities and facts in one transaction: all of a batch or none."""
        # One statement per table for the whole batch, with the same end state as storing the documents
        # one after the other: the first row of an id wins (insert or ignore), and each later statement
        # of an entity only adds to it (_entity_additions), applied in document order.
        if not batch:
            return
        documents = [dict(document, ingested_at=now()) for document, _, _ in batch]
        with self.engine.begin() as c:
            insert_ignore_many(c, t.documents, documents)
            self._save_entities(c, [entities for _, entities, _ in batch])
            self._save_facts(c, [f for _, _, facts in batch for f in facts])

    def _save_entities(self, c: Any, batch: list[dict]) -> None:
        ids = list(dict.fromkeys(eid for entities in batch for eid in entities))
        if not ids:
            return
        existing: dict[str, _Row] = {}
        for n in range(0, len(ids), _IN_CHUNK):
            for r in c.execute(select(t.entities).where(t.entities.c.id.in_(ids[n:n + _IN_CHUNK]))):
                existing[r.id] = _Row(dict(r._mapping))
        new: dict[str, _Row] = {}  # first statement of an entity the store lacks, with what later ones add
        changed: dict[str, dict] = {}  # what the batch adds to stored entities
        for entities in batch:
            for eid, e in entities.items():
                if eid in existing:
                    values = _entity_additions(existing[eid], e)
                    if values:
                        existing[eid].values.update(values)
                        changed.setdefault(eid, {}).update(values)
                elif eid in new:
                    new[eid].values.update(_entity_additions(new[eid], e))
                else:
                    new[eid] = _Row(dict(e, names=list(e["names"])))
        if new:
            insert_ignore_many(c, t.entities, [row.values for row in new.values()])
        for eid, values in changed.items():
            c.execute(update(t.entities).where(t.entities.c.id == eid).values(**values))

    def _save_facts(self, c: Any, facts: list[dict]) -> None:
        if not facts:
            return
        new, changed = _Facts(self._family_facts(c, {f["family"] for f in facts})).place(facts)
        rows = [{k: f[k] for k in _FACT_COLUMNS} for f in new]
        insert_ignore_many(c, t.facts, rows)
        roles = [{"fact_id": f["id"], "role": role, "entity_id": eid, "position": i}
                 for f in new for role, ids in f["roles"].items() for i, eid in enumerate(ids)]
        if roles:
            insert_ignore_many(c, t.fact_roles, roles)
        for fid, values in changed.items():
            c.execute(update(t.facts).where(t.facts.c.id == fid).values(**values))
        evidence = [dict(ev, id=evidence_id(f["id"], ev), fact_id=f["id"], doc_id=ev["doc"])
                    for f in facts for ev in f["evidence"]]
        for ev in evidence:
            ev.pop("doc")
        insert_ignore_many(c, t.evidence, evidence)
        best = (update(t.facts).where(and_(t.facts.c.id == bindparam("fact"), t.facts.c.confidence < bindparam("best")))
                .values(confidence=bindparam("best")))  # the best confidence any statement gave
        c.execute(best, [{"fact": f["id"], "best": f["confidence"]} for f in facts])

    def _family_facts(self, c: Any, families: set[str]) -> list[dict]:
        """The stored facts of these families (the only ones a new statement can belong to)."""
        wanted, out = list(families), []
        for n in range(0, len(wanted), _IN_CHUNK):
            q = select(*[t.facts.c[k] for k in _FACT_COLUMNS]).where(t.facts.c.family.in_(wanted[n:n + _IN_CHUNK]))
            out.extend(dict(r._mapping) for r in c.execute(q))
        return out

    def record_failures(self, failures: list[tuple[str, str]]) -> None:
        if failures:
            with self.engine.begin() as c:
                c.execute(t.failures.insert(), [{"path": p, "reason": r, "at": now()} for p, r in failures])

    def failures(self) -> list[dict]:
        with self.engine.connect() as c:
            return [dict(r._mapping) for r in c.execute(select(t.failures).order_by(t.failures.c.id))]

    def documents(self) -> Iterator[dict]:
        with self.engine.connect() as c:
            for r in c.execute(select(t.documents).order_by(t.documents.c.ingested_at, t.documents.c.id)):
                yield dict(r._mapping)

    def document(self, doc_id: str) -> dict:
        with self.engine.connect() as c:
            row = c.execute(select(t.documents).where(t.documents.c.id == doc_id)).first()
        if row is None:
            raise NotFound(f"no document {doc_id!r}", "list documents with `dealgraph export documents`")
        return dict(row._mapping)

    # entities ------------------------------------------------------------------------------
    def entities(self, include_merged: bool = False) -> list[dict]:
        q = select(t.entities).order_by(t.entities.c.name)
        if not include_merged:
            q = q.where(t.entities.c.merged_into.is_(None))
        with self.engine.connect() as c:
            return [dict(r._mapping) for r in c.execute(q)]

    def entity(self, entity_id: str) -> dict:
        with self.engine.connect() as c:
            row = c.execute(select(t.entities).where(t.entities.c.id == entity_id)).first()
        if row is None:
            raise NotFound(f"no entity {entity_id!r}", "find ids with `dealgraph entities --search NAME`")
        return dict(row._mapping)

    def update_entity(self, entity_id: str, **values: Any) -> None:
        with self.engine.begin() as c:
            c.execute(update(t.entities).where(t.entities.c.id == entity_id).values(**values))

    def add_decision(self, action: str, entity_id: str, other_id: str | None, payload: dict, reason: str,
                     who: str, score: float | None = None) -> int:
        with self.engine.begin() as c:
            res = c.execute(t.entity_decisions.insert().values(
                action=action, entity_id=entity_id, other_id=other_id, payload=payload, reason=reason, who=who,
                score=score, at=now(), active=True))
            return int(res.inserted_primary_key[0])

    def decisions(self, entity_id: str | None = None, active_only: bool = False) -> list[dict]:
        q = select(t.entity_decisions).order_by(t.entity_decisions.c.id)
        if entity_id:
            q = q.where((t.entity_decisions.c.entity_id == entity_id) | (t.entity_decisions.c.other_id == entity_id))
        if active_only:
            q = q.where(t.entity_decisions.c.active.is_(True))
        with self.engine.connect() as c:
            return [dict(r._mapping) for r in c.execute(q)]

    def deactivate_decision(self, decision_id: int) -> None:
        with self.engine.begin() as c:
            c.execute(update(t.entity_decisions).where(t.entity_decisions.c.id == decision_id).values(active=False))

    # facts ---------------------------------------------------------------------------------
    def facts(self, types: Iterable[str] | None = None, entity_ids: Iterable[str] | None = None,
              modality: Iterable[str] | None = None) -> list[dict]:
        q = select(t.facts).order_by(t.facts.c.sort_date, t.facts.c.id)
        if types:
            q = q.where(t.facts.c.type.in_(list(types)))
        if modality:
            q = q.where(t.facts.c.modality.in_(list(modality)))
        if entity_ids is not None:
            sub = select(t.fact_roles.c.fact_id).where(t.fact_roles.c.entity_id.in_(list(entity_ids)))
            q = q.where(t.facts.c.id.in_(sub))
        with self.engine.connect() as c:
            facts = [dict(r._mapping) for r in c.execute(q)]
            self._attach(c, facts)
        return facts

    def fact(self, fact_id: str) -> dict:
        with self.engine.connect() as c:
            row = c.execute(select(t.facts).where(t.facts.c.id == fact_id)).first()
            if row is None:
                raise NotFound(f"no fact {fact_id!r}", "list facts with `dealgraph facts`")
            facts = [dict(row._mapping)]
            self._attach(c, facts)
        return facts[0]

    def _attach(self, c: Any, facts: list[dict]) -> None:
        by_id = {f["id"]: f for f in facts}
        for f in facts:
            f["evidence"], f["reviews"] = [], []
        ids = list(by_id)
        for chunk in (ids[i:i + 500] for i in range(0, len(ids), 500)):
            q = select(t.evidence).where(t.evidence.c.fact_id.in_(chunk)).order_by(t.evidence.c.doc_id,
                                                                                    t.evidence.c.start)
            for r in c.execute(q):
                by_id[r.fact_id]["evidence"].append(dict(r._mapping))
            q = select(t.reviews).where(t.reviews.c.fact_id.in_(chunk)).order_by(t.reviews.c.id)
            for r in c.execute(q):
                by_id[r.fact_id]["reviews"].append(dict(r._mapping))

    def add_review(self, fact_id: str, status: str, patch: dict, note: str, who: str) -> None:
        self.fact(fact_id)
        with self.engine.begin() as c:
            c.execute(t.reviews.insert().values(fact_id=fact_id, status=status, patch=patch, note=note, who=who,
                                                at=now()))

    def counts(self) -> dict[str, Any]:
        with self.engine.connect() as c:
            by_type = dict(c.execute(select(t.facts.c.type, func.count()).group_by(t.facts.c.type)).all())
            return {
                "documents": c.execute(select(func.count()).select_from(t.documents)).scalar_one(),
                "entities": c.execute(select(func.count()).select_from(t.entities)
                                      .where(t.entities.c.merged_into.is_(None))).scalar_one(),
                "facts": sum(by_type.values()),
                "facts_by_type": by_type,
                "evidence": c.execute(select(func.count()).select_from(t.evidence)).scalar_one(),
                "failures": c.execute(select(func.count()).select_from(t.failures)).scalar_one(),
            }

    def check_integrity(self) -> list[str]:
        """Problems a consistent database never has (used by tests and `dealgraph check`)."""
        problems = []
        with self.engine.connect() as c:
            orphan_ev = c.execute(select(func.count()).select_from(t.evidence).where(
                ~t.evidence.c.doc_id.in_(select(t.documents.c.id)))).scalar_one()
            bare = c.execute(select(func.count()).select_from(t.facts).where(
                ~t.facts.c.id.in_(select(t.evidence.c.fact_id)))).scalar_one()
            dangling = c.execute(select(func.count()).select_from(t.fact_roles).where(
                ~t.fact_roles.c.entity_id.in_(select(t.entities.c.id)))).scalar_one()
        if orphan_ev:
            problems.append(f"{orphan_ev} evidence rows point to missing documents")
        if bare:
            problems.append(f"{bare} facts have no evidence")
        if dangling:
            problems.append(f"{dangling} fact roles point to missing entities")
        return problems

    def delete_everything(self) -> None:
        with self.engine.begin() as c:
            for table in reversed(t.metadata.sorted_tables):
                c.execute(delete(table))


_IN_CHUNK = 500  # ids per IN (…) list, well under SQLite's limit of bound parameters
_FACT_COLUMNS = ("id", "type", "modality", "roles", "qualifiers", "date", "amount", "stake", "sort_date",
                 "confidence", "family")


class _Facts:
    """The facts of the families a batch touches, and where each statement of the batch goes.

    A statement joins the fact of its family that agrees with everything it states (identity.py):
    first a fact its own document already states, else the one that shares the most of its values;
    when two facts fit equally well the statement cannot tell which it is, and founds its own fact.
    A document's statements are placed most specific first, so a headline without an amount joins the
    fact its body gives the amount of, not an older fact of another document.
    """

    def __init__(self, stored: list[dict]) -> None:
        self.by_family: dict[str, list[dict]] = {}
        self.by_id: dict[str, dict] = {}
        for f in stored:
            self._add(dict(f))
        self.stored = set(self.by_id)

    def _add(self, fact: dict) -> None:
        fact["_identity"] = identity.identity(fact)
        self.by_family.setdefault(fact["family"], []).append(fact)
        self.by_id[fact["id"]] = fact

    def place(self, statements: list[dict]) -> tuple[list[dict], dict[str, dict]]:
        """Set each statement's id to its fact's; the new facts, and what changes in stored ones."""
        by_doc: dict[str, list[tuple[dict, dict]]] = {}
        for s in statements:
            by_doc.setdefault(s["evidence"][0]["doc"], []).append((s, identity.identity(s)))
        new: dict[str, dict] = {}
        changed: dict[str, dict] = {}
        for pairs in by_doc.values():
            mine: set[str] = set()
            for s, ident in sorted(pairs, key=lambda p: -identity.stated(p[1])):
                fact = self._choose(s, ident, mine)
                if fact is None:
                    fact = dict(s)
                    self._add(fact)
                    new[fact["id"]] = fact
                else:
                    s["id"] = fact["id"]
                    grown = identity.additions(fact, s)
                    if grown:
                        fact.update(grown)
                        fact["sort_date"] = records.sort_date(fact)
                        fact["_identity"] = identity.identity(fact)
                        if fact["id"] in self.stored:
                            changed.setdefault(fact["id"], {}).update(grown, sort_date=fact["sort_date"])
                mine.add(fact["id"])
        return list(new.values()), changed

    def _choose(self, s: dict, ident: dict, mine: set[str]) -> dict | None:
        anchors = ontology().fact_type(s["type"]).anchors
        fits = [f for f in self.by_family.get(s["family"], ()) if identity.compatible(ident, f["_identity"], anchors)]
        if not fits:
            return None
        rank = sorted(((f["id"] in mine, identity.agreements(ident, f["_identity"])), i) for i, f in enumerate(fits))
        if len(rank) > 1 and rank[-1][0] == rank[-2][0]:
            return self.by_id.get(s["id"])  # equally good fits: only the fact with its own id is surely it
        return fits[rank[-1][1]]


class _Row:
    """A stored or pending entity row as _entity_additions reads it (attributes), kept up to date."""

    __slots__ = ("values",)

    def __init__(self, values: dict) -> None:
        self.values = values

    def __getattr__(self, key: str) -> Any:
        try:
            return self.values[key]
        except KeyError:
            raise AttributeError(key) from None


def _entity_additions(old: Any, new: dict) -> dict:
    """What a later document adds to a stored entity: names it did not have, and fields still empty.

    Nothing stored is overwritten: merges (merged_into), `entities set` decisions and earlier
    classifications survive every re-ingest.
    """
    values: dict[str, Any] = {}
    names = list(dict.fromkeys(list(old.names) + list(new["names"])))
    if names != list(old.names):
        values["names"] = names
    if old.sector is None and old.layer is None and new.get("sector"):
        values.update(sector=new["sector"], layer=new.get("layer"), reason=new.get("reason"))
    for key in ("parent", "country"):
        if getattr(old, key) is None and new.get(key):
            values[key] = new[key]
    return values


def evidence_id(fact_id: str, ev: dict) -> str:
    key = f"{fact_id}|{ev['doc']}|{ev['start']}|{ev['end']}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]

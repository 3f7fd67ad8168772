"""Turn one extracted document into entity and fact records with stable ids, ready for any store."""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import ahocorasick_rs

from dealgraph import lexicon as lexicon_mod
from dealgraph import taxonomy as taxonomy_mod
from dealgraph.extract.document import Doc, FactRecord, Mention, Span, Value
from dealgraph.resolve import identity, matching
from dealgraph.resolve.classify import _masked, by_context, by_name


@dataclass
class EntityRecord:
    id: str
    kind: str
    name: str
    names: list[str]
    parent: str | None = None
    layer: str | None = None
    sector: str | None = None
    country: str | None = None
    reason: str | None = None
    origin: str = "extracted"


@dataclass
class Resolved:
    entities: dict[str, EntityRecord] = field(default_factory=dict)
    facts: list[dict[str, Any]] = field(default_factory=list)
    links: dict[str, str] = field(default_factory=dict)  # name key → the key it stands for in this document
    placed: dict[str, str] = field(default_factory=dict)  # name → its own key (another place's namesake is named)


def entity_id(mention: Mention, links: dict[str, str] | None = None, placed: dict[str, str] | None = None) -> str:
    """Lexicon id; person_…; product_… for a product no lexicon knows; else org_ + digest of the name's
    resolution key (after in-document links; a name whose namesake of another place the document names first
    has a key of its own: matching.split_places)."""
    if mention.key.startswith("lex:"):
        return mention.key[4:]
    if mention.key.startswith("person:"):
        return "person_" + _digest(mention.key[7:])
    if mention.key.startswith("product:"):
        return "product_" + _digest(matching.name_key(mention.canonical))
    if placed and mention.canonical in placed:
        return "org_" + _digest(placed[mention.canonical])
    key = matching.name_key(mention.canonical)
    return "org_" + _digest((links or {}).get(key, key))


@lru_cache(maxsize=1 << 16)  # the same names come back in every fact and document
def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def resolve_document(doc: Doc) -> Resolved:
    unknown = _unknown_names(doc)
    out = Resolved(links=matching.link_keys(unknown), placed=matching.split_places(unknown))
    for m in doc.mentions:
        if m.kind in ("organization", "product", "person") and m.source != "coref":
            _entity(out, m, doc)
    for fact in doc.facts:
        out.facts.append(_fact(out, fact, doc))
    _describe_unknown(out, doc)
    return out


def _unknown_names(doc: Doc) -> list[str]:
    """Names of organisations in the document that no lexicon knows (linked short ↔ full in resolution)."""
    lex = lexicon_mod.load()
    return [m.canonical for m in doc.mentions if m.kind in ("organization", "candidate") and m.source != "coref"
            and not m.key.startswith(("lex:", "person:")) and lex.lookup(m.canonical) is None]


def _describe_unknown(out: Resolved, doc: Doc) -> None:
    """Display name (the name the document uses most) and classification of each unknown organisation."""
    by_id: dict[str, list[Mention]] = defaultdict(list)
    tagged: list[tuple[str, Mention]] = []
    for m in doc.mentions:
        if m.kind in ("organization", "candidate", "product"):
            eid = entity_id(m, out.links, out.placed)
            by_id[eid].append(m)
            tagged.append((eid, m))
    unnamed: list[tuple[str, EntityRecord]] = []  # those their names do not classify
    for eid, record in out.entities.items():
        if record.origin == "lexicon" or record.kind == "person":
            continue
        record.name = _display_name(record, by_id.get(eid, []))
        record.names = list(dict.fromkeys([record.name, *record.names]))
        found = by_name(record.names)
        if found is None:
            unnamed.append((eid, record))
        record.sector, record.layer, record.reason = (found.sector, found.layer, found.reason) if found else \
            (None, None, None)
    if not unnamed:
        return
    by_start, taken = _ByStart(tagged), _taken(doc)
    base = _masked(doc.text, [m for _, m in tagged])  # every organisation's mentions masked (mine + others)
    places = _places(doc.text, [n for _, record in unnamed for n in record.names if matching.proper_name(n)]) \
        if len(doc.text) > _LONG else None  # (a short text is searched name by name: no automaton to build)
    for eid, record in unnamed:
        found = by_context(doc, by_id.get(eid, []) + _occurrences(doc, record.names, taken, places),
                           _Others(tagged, eid, by_start), base)
        if found is not None:
            record.sector, record.layer, record.reason = found.sector, found.layer, found.reason


class _Others:
    """The mentions of every entity but one, read lazily: classification walks them only when a
    describing clause needs checking, so a list per entity would be built mostly for nothing."""

    def __init__(self, tagged: list[tuple[str, Mention]], eid: str, by_start: _ByStart) -> None:
        self.tagged, self.eid, self.by_start = tagged, eid, by_start

    def __iter__(self) -> Iterator[Mention]:
        eid = self.eid
        return (m for other, m in self.tagged if other != eid)

    def starting(self, low: int, high: int) -> Iterator[Mention]:
        """Those that start at or after low and before high (found by bisect, not by a walk through all)."""
        eid, found = self.eid, self.by_start.between(low, high)
        return (m for other, m in found if other != eid)


class _ByStart:
    """The tagged mentions of a document by start, shared by every entity's _Others."""

    def __init__(self, tagged: list[tuple[str, Mention]]) -> None:
        self.tagged = sorted(tagged, key=lambda t: t[1].start)
        self.starts = [m.start for _, m in self.tagged]

    def between(self, low: int, high: int) -> list[tuple[str, Mention]]:
        return self.tagged[bisect_left(self.starts, low):bisect_left(self.starts, high)]


def _taken(doc: Doc) -> bytearray:
    """1 at each character some mention covers."""
    taken = bytearray(len(doc.text) + 1)
    for m in doc.mentions:
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    return taken


def _occurrences(doc: Doc, names: list[str], taken: bytearray | None = None,
                 places: dict[str, list[int]] | None = None) -> list[Mention]:
    """Places the text repeats one of the names outside any mention (the mention finder may miss some).
    `places`: where each name occurs, found for many names at once (_places)."""
    if taken is None:
        taken = _taken(doc)
    out = []
    for name in names:
        if not matching.proper_name(name):
            continue
        for start in _standalone(doc.text, name, None if places is None else places.get(name, [])):
            if not any(taken[start:start + len(name)]):
                out.append(Mention(start, start + len(name), name, "organization", "", "occurrence", name))
    return out


_LONG = 20_000  # characters from which the names' places are found all at once


def _places(text: str, names: list[str]) -> dict[str, list[int]]:
    """Every start of every name in the text (overlapping ones too), in one pass of an automaton: a long
    document has thousands of names, and a search through the whole text for each was quadratic."""
    names = [n for n in dict.fromkeys(names) if n]
    out: dict[str, list[int]] = {}
    if names:
        for i, start, _ in ahocorasick_rs.AhoCorasick(names).find_matches_as_indexes(text, overlapping=True):
            out.setdefault(names[i], []).append(start)
    for starts in out.values():
        starts.sort()
    return out


def _standalone(text: str, name: str, starts: list[int] | None = None) -> list[int]:
    """Where name occurs not glued to Latin letters or digits (non-overlapping, left to right). `starts`:
    all its starts when known, else the text is searched."""
    out: list[int] = []
    if not name:
        return out
    if starts is None:
        starts, pos = [], text.find(name)
        while pos >= 0:
            starts.append(pos)
            pos = text.find(name, pos + 1)
    free = 0  # the next start may not be before the end of the last one taken
    for pos in starts:
        end = pos + len(name)
        if pos >= free and not (pos and _LATIN_OR_DIGIT(text[pos - 1])) \
                and not (end < len(text) and _LATIN_OR_DIGIT(text[end])):
            out.append(pos)
            free = end
    return out


_LATIN_OR_DIGIT = re.compile(r"[A-Za-z0-9]").fullmatch


def _display_name(record: EntityRecord, mentions: list[Mention]) -> str:
    """The name the document itself uses most, not counting references and short forms (其, 穹芯)."""
    counts: dict[str, int] = {}  # a plain dict: a Counter per entity costs more than the counting
    for m in mentions:
        if m.source not in ("coref", "short") and matching.proper_name(m.text):
            counts[m.text] = counts.get(m.text, 0) + 1
    if not counts:
        return record.name
    return max(counts, key=lambda n: (counts[n], len(n)))


def _entity(out: Resolved, m: Mention, doc: Doc) -> str:
    lex, tax = lexicon_mod.load(), taxonomy_mod.load()
    if not m.key.startswith(("lex:", "person:")):
        entry = lex.lookup(m.canonical)  # a product the lexicon knows after all: its entry
        if entry is not None:
            m.key = f"lex:{entry.id}"
    eid = entity_id(m, out.links, out.placed)
    if eid not in out.entities and m.key.startswith("lex:"):
        _lexicon_entity(out, eid, lex, tax)
    elif eid not in out.entities:
        kind = "organization" if m.kind == "candidate" else m.kind
        out.entities[eid] = EntityRecord(eid, kind, m.canonical, [m.canonical])
    record = out.entities[eid]
    for name in (m.canonical, m.text):
        if name not in record.names and m.source != "coref" and matching.proper_name(name):
            record.names.append(name)
    return eid


def _lexicon_entity(out: Resolved, eid: str, lex: lexicon_mod.Lexicon, tax: taxonomy_mod.Taxonomy) -> None:
    entry = lex.entries[eid]
    layer = tax.layer_of(entry.sector)
    out.entities[eid] = EntityRecord(eid, entry.kind, entry.name, list(entry.names), entry.parent, layer,
                                     entry.sector, entry.country, f"lexicon: {entry.sector}", "lexicon")
    if entry.parent and entry.parent in lex.entries and entry.parent not in out.entities:
        _lexicon_entity(out, entry.parent, lex, tax)


def _value(doc: Doc, v: Value | None) -> dict | None:
    if v is None:
        return None
    text = doc.text[v.start:v.end]
    obj = v.value
    if hasattr(obj, "to_dict"):
        d = obj.to_dict()
        d["text"] = text
        return d
    return {"value": obj, "text": text}


def _qualifier(doc: Doc, out: Resolved, key: str, value: Any) -> Any:
    if isinstance(value, Value):
        return _value(doc, value)
    if key == "lead":
        return [("" if not k.startswith("lex:") else k[4:]) or k for k in value]
    if isinstance(value, Span):
        return None
    return value


def _fact(out: Resolved, fact: FactRecord, doc: Doc) -> dict[str, Any]:
    roles = {role: [_entity(out, m, doc) for m in ms] for role, ms in fact.roles.items() if ms}
    mentions = {role: [{"id": eid, "text": m.text, "start": m.start, "end": m.end}  # _entity gave entity_id(m)
                       for eid, m in zip(roles[role], ms)] for role, ms in fact.roles.items() if ms}
    quals = {k: _qualifier(doc, out, k, v) for k, v in fact.qualifiers.items()
             if k not in ("more_evidence", "denied_by")}
    if "lead" in fact.qualifiers:
        lead_keys = set(fact.qualifiers["lead"])
        quals["lead"] = [entity_id(m, out.links, out.placed) for m in fact.roles.get("investor", []) if m.key in lead_keys]
    record = {
        "type": fact.type, "modality": fact.modality, "roles": roles,
        "date": _value(doc, fact.date), "amount": _value(doc, fact.amount), "stake": _value(doc, fact.stake),
        "qualifiers": {k: v for k, v in quals.items() if v is not None}, "confidence": round(fact.confidence, 3),
    }
    record["id"] = fact_id(record)
    record["family"] = identity.family(record)
    spans = [fact.evidence] + list(fact.qualifiers.get("more_evidence", []))
    if "denied_by" in fact.qualifiers:
        spans.append(fact.qualifiers["denied_by"])
    record["evidence"] = [{"doc": doc.id, "start": s.start, "end": s.end, "text": doc.text[s.start:s.end],
                           "mentions": mentions if i == 0 else {}, "rule": fact.rule} for i, s in enumerate(spans)]
    record["sort_date"] = sort_date(record)
    return record


def fact_id(record: dict[str, Any]) -> str:
    """The id of the fact this statement founds when the store has none it belongs to (identity.py)."""
    return identity.statement_id(record)




def sort_date(record: dict[str, Any]) -> str | None:
    q = record["qualifiers"]
    date = identity.dated(record.get("date"), q.get("period"), q.get("as_of"))
    if date is None:
        return None
    value = date.get("value")
    if isinstance(value, dict):
        value = value.get("from")
    return str(value) if value else None

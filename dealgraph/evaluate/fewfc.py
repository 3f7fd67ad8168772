"""Extraction quality against FewFC (CCKS 2020 financial event extraction), role by role.

Each record (one sentence, `content`, with labelled `events`) is run through the extraction
pipeline; our facts become FewFC events through data/fewfc.yaml, and every (role, mention text)
of an event is one tuple. Per record, predicted and gold tuples of an event type are matched as
multisets on exact text. As in the FewFC papers, every record of a file counts: a prediction in a
record without gold events of the type is a false positive. A type is scored only over the files
that annotate it (train_base holds 投资, 股份股权转让 and 减持; train_trans holds 收购, 中标 and 签署合同).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from dealgraph.datafiles import read_yaml
from dealgraph.errors import ComponentError, InvalidArgument
from dealgraph.evaluate.scoring import Counts, match, summed
from dealgraph.extract.document import Doc, FactRecord, Mention
from dealgraph.extract.pipeline import extract

Tuple = tuple[str, str]  # (role, mention text)


@dataclass(frozen=True)
class Source:
    """How one fact type fills the roles of a FewFC event type."""

    fact: str
    roles: dict[str, str]  # our role → FewFC role
    person_roles: dict[str, str]  # FewFC role → the one used when the member is a person
    values: dict[str, str]  # amount / stake / date → FewFC role
    triggers: tuple[str, ...]  # the fact counts only when its trigger holds one of these (empty: always)
    not_voices: tuple[str, ...] = ()  # facts read in these voices never count (an exit is FewFC's 减持 or 转让)
    voices: tuple[str, ...] = ()  # when given, only facts read in these voices count (减持: exits)
    ordered: tuple[str, ...] = ()  # our roles whose members fill `ordered_as` by place in the text
    ordered_as: tuple[str, str] | None = None  # (the first member's FewFC role, every later member's)
    evening: bool = True  # a date's evening stays in its text (6日晚); False: the day alone (6日), as the file labels it


@dataclass(frozen=True)
class EventType:
    name: str
    roles: tuple[str, ...]
    sources: tuple[Source, ...]


@dataclass
class Record:
    id: str
    content: str
    events: list[dict[str, Any]]
    file: str


@dataclass
class RecordResult:
    """Tuples of one record and type that were missed or predicted wrongly (for error analysis)."""

    record: Record
    type: str
    missed: list[Tuple]
    spurious: list[Tuple]


@dataclass
class Report:
    files: list[str]
    records: int
    roles: dict[str, dict[str, Counts]] = field(default_factory=dict)  # type → role → counts
    scored_records: dict[str, int] = field(default_factory=dict)  # type → records it was scored on
    failures: list[tuple[str, str]] = field(default_factory=list)  # (record id, error): scored as no prediction
    split: str | None = None  # the half of the records scored (dev, test), None for all

    def type_counts(self, etype: str) -> Counts:
        return summed(self.roles[etype].values())

    def as_dict(self) -> dict[str, Any]:
        return {"files": self.files, "records": self.records, "split": self.split, "failures": len(self.failures),
                "types": {t: {**self.type_counts(t).as_dict(), "records": self.scored_records[t],
                              "roles": {r: c.as_dict() for r, c in roles.items()}}
                          for t, roles in self.roles.items()}}


@cache
def mapping() -> dict[str, EventType]:
    """The FewFC event types we score and the facts that fill them (data/fewfc.yaml)."""
    raw = read_yaml("fewfc.yaml")
    return {name: EventType(name, tuple(spec["roles"]),
                            tuple(_source(s, spec.get("evening_in_date", True)) for s in spec["from"]))
            for name, spec in raw["types"].items()}


def _source(spec: dict[str, Any], evening: bool = True) -> Source:
    ordered = spec.get("ordered", {})
    return Source(spec["fact"], dict(spec.get("roles", {})), dict(spec.get("person_roles", {})),
                  dict(spec.get("values", {})), tuple(spec.get("triggers", ())), tuple(spec.get("not_voices", ())),
                  tuple(spec.get("voices", ())), tuple(ordered.get("roles", ())),
                  tuple(ordered["as"]) if ordered else None, evening)


def read_records(path: Path) -> list[Record]:
    """Every record of a FewFC file (JSON Lines: id, content, events)."""
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as exc:
        raise InvalidArgument(f"cannot read {path}: {exc.strerror or exc}", "give a FewFC .json file") from exc
    records = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            records.append(Record(str(raw.get("id", n)), raw["content"], raw.get("events", []), path.name))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InvalidArgument(f"{path}, line {n}: not a FewFC record ({exc})",
                                  "each line must be a JSON object with 'content' and 'events'") from exc
    return records


def annotated_types(records: list[Record]) -> set[str]:
    """The event types a file labels: only those are scored on its records."""
    return {e["type"] for r in records for e in r.events} & set(mapping())


def gold_tuples(record: Record, etype: EventType, all_roles: bool = False) -> Counter[Tuple]:
    return Counter((m["role"], m["word"]) for e in record.events if e["type"] == etype.name
                   for m in e["mentions"] if m["role"] != "trigger" and (all_roles or m["role"] in etype.roles))


def predicted_tuples(facts: list[FactRecord], etype: EventType, mentions: list[Mention] = (),
                     text: str = "") -> Counter[Tuple]:
    """Our facts as (role, text) tuples. A pronoun (其, 该公司) is scored by the name it stands for, as
    written in the record: FewFC labels the named organisation, never the pronoun. `text` (the record's) tells
    which parties of a signing are listed before the word that links them to the others (A、B与C签约)."""
    out: Counter[Tuple] = Counter()
    for fact in facts:
        source = next((s for s in etype.sources if _fills(s, fact)), None)
        if source is not None:
            out.update(_tuples(fact, source, mentions, text))
    return out


def _surface(member: Mention, mentions: Sequence[Mention], text: str = "") -> str:
    if member.source != "coref":
        return _with_legal_form(member, text)
    named = [m for m in mentions if m.key == member.key and m.source != "coref" and m.start < member.start]
    return _with_legal_form(named[-1], text) if named else member.text


# a partnership's legal form in brackets right after its name (澄川投资中心（有限合伙）): our name ends before it,
# FewFC's word takes it in, as written
_LEGAL_FORM_AFTER = re.compile(r"[(（](?:有限合伙|普通合伙|特殊普通合伙)[)）]")


def _with_legal_form(member: Mention, text: str) -> str:
    form = _LEGAL_FORM_AFTER.match(text, member.end) if text and text[member.start:member.end] == member.text else None
    return member.text + form.group() if form else member.text


def _fills(source: Source, fact: FactRecord) -> bool:
    voice = fact.rule.split(":")[1] if fact.rule.count(":") >= 1 else ""
    if fact.type != source.fact or voice in source.not_voices or source.voices and voice not in source.voices:
        return False
    return not source.triggers or any(t in trigger_of(fact) for t in source.triggers)


def trigger_of(fact: FactRecord) -> str:
    """The trigger word of a fact, from the rule that produced it (type:voice:trigger)."""
    return fact.rule.rsplit(":", 1)[-1]


def _tuples(fact: FactRecord, source: Source, mentions: Sequence[Mention], text: str = "") -> Iterator[Tuple]:
    for ours, theirs in source.roles.items():
        for member in fact.roles.get(ours, []):
            role = source.person_roles.get(theirs, theirs) if member.kind == "person" else theirs
            yield role, _surface(member, mentions, text)
    if source.ordered_as:  # 签署合同: whoever is named first signs (sub), the others are signed with (obj)
        members = [m for ours in source.ordered for m in fact.roles.get(ours, [])]
        if len(source.ordered) > 1:  # a buyer and a supplier: by place in the sentence; a partnership's parties are
            members.sort(key=lambda m: m.start)  # listed with the signing subject first (与B签约的A: A, then B)
        first = _first_side(members, text)
        for n, member in enumerate(members):
            theirs = source.ordered_as[0 if n < first else 1]
            yield source.person_roles.get(theirs, theirs) if member.kind == "person" else theirs, \
                _surface(member, mentions, text)
    for attr, theirs in source.values.items():
        value = getattr(fact, attr)
        if value is not None:
            yield theirs, _EVENING.sub("", value.text) if attr == "date" and not source.evening else value.text


_EVENING = re.compile(r"(?<=[日号])晚$")  # 7月4日晚 -> 7月4日: the day of a date told with its evening


_LISTED = re.compile(r"\s*[、，,]\s*")  # A、B: two items of one list
_LINKED = re.compile(r"\s*(?:与|和|及|同|跟)\s*")  # A、B与C: the list, then the side it signs with


def _first_side(members: Sequence[Mention], text: str) -> int:
    """How many parties, in the order named, sign on the first side: the first alone, or every one listed before the
    word that links the list to the others (A、B与C签订协议: A and B; FewFC labels both as sub)."""
    if not text:
        return 1
    for n in range(1, len(members)):
        gap = text[members[n - 1].end:members[n].start]
        if _LINKED.fullmatch(gap):
            return n
        if not _LISTED.fullmatch(gap):
            return 1
    return 1


SPLITS = ("dev", "test")


def in_split(record: Record, split: str | None) -> bool:
    """Half of the records, fixed by a hash of the record id: rules are tuned on `dev` and checked on `test`
    (the half never read), so a gain that holds only for the sentences read shows."""
    if split is None:
        return True
    return (hashlib.sha1(record.id.encode("utf-8")).digest()[-1] % 2 == 0) == (split == "dev")


def evaluate(paths: list[Path], limit: int | None = None, all_roles: bool = False,
             on_result: Callable[[RecordResult], None] | None = None, ref_date: str | None = None,
             split: str | None = None) -> Report:
    """Score extraction on FewFC files; `limit` takes the first N records of each file, `split` one half of
    them (see `in_split`). Records carry no date: dates without a year (5月29日, 今年6月) are found all the
    same and scored on their text; `ref_date` also resolves their values, as in a dated document."""
    if split is not None and split not in SPLITS:
        raise InvalidArgument(f"unknown split {split!r}", f"use one of: {', '.join(SPLITS)}")
    types = mapping()
    report = Report([str(p) for p in paths], 0,
                    {t: {r: Counts() for r in e.roles} for t, e in types.items()}, dict.fromkeys(types, 0), split=split)
    for path in paths:
        records = read_records(path)
        annotated = annotated_types(records)
        for record in [r for r in records if in_split(r, split)][:limit]:
            report.records += 1
            doc = _extracted(record, report, ref_date)
            for name in sorted(annotated):
                _score(report, record, types[name], doc, all_roles, on_result)
    report.roles = {t: roles for t, roles in report.roles.items() if report.scored_records[t]}
    report.scored_records = {t: n for t, n in report.scored_records.items() if n}
    return report


def _extracted(record: Record, report: Report, ref_date: str | None) -> Doc:
    """One record read by the pipeline; a record the pipeline fails on predicts nothing and is listed."""
    try:
        return extract(record.id, record.content, ref_date)
    except ComponentError as exc:
        report.failures.append((record.id, str(exc).split("\n")[0]))
        return Doc(record.id, record.content)


def _score(report: Report, record: Record, etype: EventType, doc: Doc, all_roles: bool,
           on_result: Callable[[RecordResult], None] | None) -> None:
    gold, predicted = gold_tuples(record, etype, all_roles), predicted_tuples(doc.facts, etype, doc.mentions, doc.text)
    correct = match(predicted, gold)
    roles = report.roles[etype.name]
    report.scored_records[etype.name] += 1
    for key in set(gold) | set(predicted):
        roles.setdefault(key[0], Counts()).add(Counts(gold[key], predicted[key], correct[key]))
    if on_result is not None and (gold != correct or predicted != correct):
        on_result(RecordResult(record, etype.name, sorted((gold - correct).elements()),
                               sorted((predicted - correct).elements())))

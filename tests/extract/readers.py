"""How the extraction tests read a sentence: its facts, the one fact of a type, roles as mention texts."""

from __future__ import annotations

from dealgraph.extract.document import FactRecord
from dealgraph.extract.pipeline import extract

REF = "2025-06-30"  # the reference date of every test sentence unless a test gives its own


def facts(text: str, ftype: str | None = None, ref: str | None = REF) -> list[FactRecord]:
    """The facts read from text, of one type when ftype is given."""
    return [f for f in extract("t", text, ref).facts if ftype is None or f.type == ftype]


def roles(fact: FactRecord) -> dict[str, list[str]]:
    """Each role's members as their mention texts."""
    return {r: [m.text for m in ms] for r, ms in fact.roles.items()}


def one(text: str, ftype: str, ref: str | None = REF) -> FactRecord:
    """The single fact of ftype in text; fails listing every fact read when there is not exactly one."""
    found = facts(text, ftype, ref)
    assert len(found) == 1, [(f.type, roles(f)) for f in facts(text, None, ref)]
    return found[0]


def names(fact: FactRecord, role: str) -> list[str]:
    """The canonical names of a role's members."""
    return [m.canonical for m in fact.roles[role]]


def figures(text: str, ref: str | None = REF) -> list[tuple[str, str, str, str | None, str | None]]:
    """(company, metric, modality, value text, period) of each financial fact read."""
    out = []
    for f in extract("t", text, ref).facts:
        if f.type != "financial":
            continue
        q = f.qualifiers
        value = q["value"].text if q.get("value") is not None else None
        period = q.get("period")
        period = (period.value.value or f"{period.value.start}..{period.value.end}") if period is not None else None
        out.append((f.roles["company"][0].canonical, q["metric"], f.modality, value, period))
    return out

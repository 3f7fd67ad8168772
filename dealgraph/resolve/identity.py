"""When two statements are one fact: the rule the store applies to every statement it saves.

A *statement* is what one sentence says (a fact record from resolve, with one piece of evidence).
Statements of one *family* (same type, modality and role members) are the same fact only when
nothing they state disagrees: for each identity qualifier of the type (ontology.yaml `identity`,
e.g. year, round and amount of an investment) the values are equal or one of them is not stated.
So "Zentrix invested $4 billion in Polaris" and "Zentrix has invested $8 billion in Polaris" are two
facts, while "Zentrix invested in Polaris" (no amount) joins the fact that states $4 billion.

A fact keeps the id of the statement that founded it (a digest of its family and its own identity
values), so reviews stay attached across re-ingests; its displayed values are those its statements
state, each slot filled by the first statement that states it (they agree by construction).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from dealgraph.ontology import ontology


def family(record: dict[str, Any]) -> str:
    """Digest of type, modality and role members: only statements of one family can be one fact."""
    key = json.dumps([record["type"], record["modality"],
                      {r: sorted(ids) for r, ids in record["roles"].items()}], ensure_ascii=False, sort_keys=True)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def identity(record: dict[str, Any]) -> dict[str, Any]:
    """The identity qualifiers of the record's type, each as a comparable value (None: not stated)."""
    return {k: _identity_value(record, k) for k in ontology().fact_type(record["type"]).identity}


def statement_id(record: dict[str, Any]) -> str:
    """Same type, members, modality and identity values → the same id, whatever the document."""
    key = json.dumps([record["type"], record["modality"], {r: sorted(ids) for r, ids in record["roles"].items()},
                      identity(record)], ensure_ascii=False, sort_keys=True)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:20]


def compatible(a: dict[str, Any], b: dict[str, Any], anchors: tuple[str, ...] = ()) -> bool:
    """Nothing two identities state disagrees (a value missing on one side agrees with anything); where the type
    has anchors (ontology.yaml), two statements that each state one share one (净利润3.55亿元 with no period is
    not the 第三季度 profit told only by its change)."""
    if anchors and any(a.get(k) is not None for k in anchors) and any(b.get(k) is not None for k in anchors) \
            and not any(a.get(k) is not None and b.get(k) is not None for k in anchors):
        return False
    return all(a[k] is None or b.get(k) is None or a[k] == b[k] or _near(a[k], b[k]) for k in a)


APPROX_SHARE = 0.1  # 约10亿元 and 10.4亿元 are one amount: an approximate figure is within a tenth of the exact one


def _near(a: Any, b: Any) -> bool:
    """Two amounts in one currency, one of them approximate (约, about), within APPROX_SHARE of each other, or
    the same number told once as a bound (超过, 近) and once as a point."""
    if not (isinstance(a, _Quantity) and isinstance(b, _Quantity)) or a[1] != b[1]:
        return False
    if a[0] is None or b[0] is None:
        return False
    if a[0] == b[0] and (a[2:4] == (None, None) or b[2:4] == (None, None)):
        return True  # 超过3800亿元 and 3800亿元: a bound and the point it is told from are one amount
    if not (a[4] or b[4]):
        return False
    return abs(a[0] - b[0]) <= APPROX_SHARE * max(abs(a[0]), abs(b[0]))


def agreements(a: dict[str, Any], b: dict[str, Any]) -> int:
    """How many identity values both state (and, when compatible, share)."""
    return sum(1 for k in a if a[k] is not None and b.get(k) is not None)


def stated(ident: dict[str, Any]) -> int:
    """How many identity values a statement states: the more, the earlier it founds a fact."""
    return sum(1 for v in ident.values() if v is not None)


def additions(fact: dict[str, Any], statement: dict[str, Any]) -> dict[str, Any]:
    """What a statement joining a fact adds to its displayed values: slots the fact leaves empty, a bound on
    the fact's own amount (500亿元 → 至少500亿元) and a date that refines the fact's own (2023 → 2023-09).
    Nothing stated is contradicted."""
    out: dict[str, Any] = {}
    for slot in ("amount", "stake"):
        if not fact.get(slot) and statement.get(slot) or _bounds(statement.get(slot), fact.get(slot)):
            out[slot] = statement[slot]
    if _refines(statement.get("date"), fact.get("date")):
        out["date"] = statement["date"]
    quals = dict(fact.get("qualifiers") or {})
    extra = {k: v for k, v in (statement.get("qualifiers") or {}).items() if k not in quals and v is not None}
    if extra:
        out["qualifiers"] = {**quals, **extra}
    return out


def _bounds(new: Any, old: Any) -> bool:
    """new tells old's number as a bound (至少500亿元 after 500亿元): the bound says more."""
    if not (isinstance(new, dict) and isinstance(old, dict)) or old.get("min") is not None or old.get("max") is not None:
        return False
    return new.get("value") == old.get("value") and new.get("currency") == old.get("currency") \
        and (new.get("min") is not None or new.get("max") is not None)


def _refines(new: Any, old: Any) -> bool:
    """new states a date and old none, or new is the same date told more precisely."""
    if not isinstance(new, dict) or not new.get("value"):
        return False
    if not isinstance(old, dict) or not old.get("value"):
        return True
    a, b = new["value"], old["value"]
    return isinstance(a, str) and isinstance(b, str) and len(a) > len(b) and a.startswith(b)


def _identity_value(record: dict[str, Any], key: str) -> Any:
    q = record.get("qualifiers") or {}
    if key == "year":
        return _year(dated(record.get("date"), q.get("period")))
    if key in ("amount", "stake"):
        return _quantity(record.get(key))
    if key == "value":
        return _quantity(q.get("value"))
    if key == "period":
        period = q.get("period")
        value = period.get("value") if isinstance(period, dict) else period
        return json.dumps(value, sort_keys=True) if isinstance(value, dict) else value
    value = q.get(key)
    return tuple(value) if isinstance(value, list) else value


class _Quantity(tuple):  # type: ignore[type-arg]
    """(number, currency, min, max, approx) of an amount or a stake; equal when all five are."""


def _quantity(v: Any) -> Any:
    """Money or a percentage as what it measures (number, currency, bounds, approximate), not how it was
    written (4亿元 and 400,000,000元 are one amount)."""
    if not isinstance(v, dict):
        return v
    parts = tuple(v.get(k) for k in ("value", "currency", "min", "max"))
    return None if all(p is None for p in parts) else _Quantity((*parts, bool(v.get("approx"))))


def _year(date: Any) -> str | None:
    if not isinstance(date, dict):
        return None
    value = date.get("value")
    if isinstance(value, dict):
        value = value.get("from")
    return str(value)[:4] if value else None


def dated(*dates: Any) -> dict | None:
    """The first date with a value: one found but not resolved (5月29日 without a year) has none."""
    return next((d for d in dates if isinstance(d, dict) and d.get("value")), None)

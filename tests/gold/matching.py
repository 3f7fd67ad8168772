"""Matching extracted facts (export shape) against the team's gold lists."""

from __future__ import annotations

import re
from typing import Any

from dealgraph.names import fold

# a branch named after its company: the company, a place, then 分公司 / 分行 / 支行 (no legal person of its own)
_BRANCH_TAIL = re.compile(r"[\u4e00-\u9fff]{2,8}?(?:分公司|分行|支行)")


def names_of(member: dict, entities: dict[str, dict]) -> set[str]:
    e = entities.get(member["id"], {})
    return {fold(n) for n in [member["name"], *(e.get("names") or [])]}


def role_ok(gold_names: list[str], members: list[dict], entities: dict[str, dict], exact: bool = False) -> bool:
    """Every gold name is among the members (a member may have more).

    A gold name matches a member's entity name or alias, or (not `exact`) any part of the member's name.
    `exact` also accepts the mention's text, and nothing longer: a name with words glued on
    (奥迪也宣布, 华为计划) does not stand for 奥迪 or 华为. In both modes a company stands for its own branch
    (澄川移动 for 澄川移动岚州分公司): a branch is no legal person apart from its company."""
    def named(g: str, m: dict) -> bool:
        if fold(g) in names_of(m, entities) or branch_of(g, m["name"]):
            return True
        return fold(g) == fold(m["mention"]["text"]) if exact else fold(g) in fold(m["name"])
    return all(any(named(g, m) for m in members) for g in gold_names)


def branch_of(company: str, name: str) -> bool:
    """Whether `name` is a branch of `company` named after it (青禾银行澄川分行 of 青禾银行)."""
    return name.startswith(company) and len(company) >= 2 and _BRANCH_TAIL.fullmatch(name, len(company)) is not None


def _date_value(d: Any) -> Any:
    return d.get("value") if isinstance(d, dict) else None


def _year(d: Any) -> str | None:
    v = _date_value(d)
    if isinstance(v, dict):
        v = v.get("from")
    return str(v)[:4] if v else None


def _close(a: object, b: object) -> bool:
    if a is None or b is None:
        return False
    x, y = float(a), float(b)  # type: ignore[arg-type]
    return abs(x - y) <= 1e-6 * max(abs(x), abs(y), 1)


def _money_ok(want: dict, got: dict | None) -> bool:
    if not got:
        return False
    return all(_close(v, got.get(k)) if k in ("value", "min", "max") else got.get(k) == v for k, v in want.items())


def qualifiers_ok(g: dict, f: dict) -> bool:
    q = f["qualifiers"]
    checks = {
        "year": lambda v: _year(f["date"]) == v or _year(q.get("period")) == v,
        # a fact another document dates more precisely (2025-02 → 2025-02-24) keeps the gold date
        "date": lambda v: _date_value(f["date"]) == str(v) or str(_date_value(f["date"])).startswith(f"{v}-"),
        "amount": lambda v: _money_ok(v, f["amount"]),
        # stake: null says the text gives no stake, so the fact must carry none (a stake leaked from another clause)
        "stake": lambda v: f["stake"] is None if v is None else f["stake"] is not None and _close(f["stake"]["value"], v),
        "value": lambda v: _money_ok(v, q.get("value")),
        "period": lambda v: _date_value(q.get("period")) == str(v),
        "period_from": lambda v: isinstance(_date_value(q.get("period")), dict)
        and _date_value(q["period"]).get("from") == v,
        "change_percent": lambda v: _close((q.get("change") or {}).get("percent"), v),
        "change_factor": lambda v: _close((q.get("change") or {}).get("factor"), v),
        "change_direction": lambda v: (q.get("change") or {}).get("direction") == v,
        "share": lambda v: _close((q.get("share_of_purchases") or {}).get("value"), v),
        "share_of_revenue": lambda v: _close((q.get("share_of_revenue") or {}).get("value"), v),
        "share_min": lambda v: _close((q.get("share_of_purchases") or {}).get("min"), v),
        "horizon": lambda v: (q.get("horizon") or {}).get("value") == v,
        "terms": lambda v: set(v) <= {t["term"] for t in q.get("terms", [])},
        "domain": lambda v: v in (q.get("domain") or ""),
        "exchange": lambda v: str(q.get("exchange") or "").upper() == str(v).upper(),  # Nasdaq is NASDAQ
    }
    for key, want in g.items():
        if key in ("type", "modality", "roles"):
            continue
        check = checks.get(key)
        ok = check(want) if check else q.get(key) == want
        if not ok:
            return False
    return True


def matches(g: dict, f: dict, entities: dict[str, dict], strict: bool = True, exact_names: bool = False) -> bool:
    if f["type"] != g["type"] or f["modality"] != g.get("modality", "asserted"):
        return False
    for role, names in g["roles"].items():
        if not role_ok(names, f["roles"].get(role, []), entities, exact_names):
            return False
    return qualifiers_ok(g, f) if strict else True

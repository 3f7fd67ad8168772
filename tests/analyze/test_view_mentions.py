"""Each member of an exported fact carries the mention that names it, found by its entity, not by its place."""

from __future__ import annotations

from dealgraph.analyze.view import GraphView, export_fact


def _view() -> GraphView:
    names = {"a": "澜舟资本", "b": "星河科技", "c": "云岫创投"}
    return GraphView({k: {"id": k, "name": v} for k, v in names.items()}, {k: k for k in names})


def _evidence(start: int, mentions: dict) -> dict:
    return {"doc_id": "d", "start": start, "end": start + 10, "text": "…", "mentions": mentions}


def _row(roles: dict, evidence: list[dict]) -> dict:
    return {"id": "f", "type": "investment", "modality": "asserted", "roles": roles, "date": None,
            "amount": None, "stake": None, "qualifiers": {}, "evidence": evidence, "confidence": 0.8}


def test_a_member_another_statement_added_takes_that_statement_s_mention():
    first = _evidence(0, {"investor": [{"id": "c", "text": "云岫创投", "start": 0, "end": 4}],
                          "investee": [{"id": "b", "text": "星河科技", "start": 6, "end": 10}]})
    second = _evidence(40, {"investor": [{"id": "a", "text": "澜舟资本", "start": 40, "end": 44}]})
    fact = export_fact(_view(), _row({"investor": ["a", "c"], "investee": ["b"]}, [first, second]))
    assert [(m["name"], m["mention"]["text"], m["mention"]["start"]) for m in fact["roles"]["investor"]] == [
        ("澜舟资本", "澜舟资本", 40), ("云岫创投", "云岫创投", 0)]


def test_statements_without_entity_ids_keep_their_order():
    old = _evidence(0, {"investor": [{"text": "澜舟资本", "start": 0, "end": 4}]})
    fact = export_fact(_view(), _row({"investor": ["a"]}, [old]))
    assert fact["roles"]["investor"][0]["mention"]["text"] == "澜舟资本"

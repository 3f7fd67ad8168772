"""bench/miss_causes.py: each missed gold fact gets the cause that fits first."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("miss_causes", ROOT / "bench" / "miss_causes.py")
assert _spec and _spec.loader
miss_causes = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(miss_causes)

ENTITIES = {"a": {"names": ["青禾科技"]}, "b": {"names": ["澄川资本"]}, "c": {"names": ["岚州半导体"]}}


def member(eid: str) -> dict:
    name = ENTITIES[eid]["names"][0]
    return {"id": eid, "name": name, "mention": {"text": name}}


def fact(type_: str, modality: str = "asserted", amount: dict | None = None, evidence: str = "",
         **roles: list[str]) -> dict:
    return {"type": type_, "modality": modality, "roles": {r: [member(e) for e in es] for r, es in roles.items()},
            "qualifiers": {}, "date": None, "amount": amount, "stake": None,
            "evidence": [{"doc": "d1", "text": evidence}]}


GOLD = {"type": "investment", "roles": {"investor": ["澄川资本"], "investee": ["青禾科技"]},
        "amount": {"value": 1.0e8, "currency": "CNY"}}
ONE_SENTENCE = [{"青禾科技", "澄川资本"}]
APART = [{"青禾科技"}, {"澄川资本"}]


def cause(facts: list[dict], sentences: list[set[str]] = ONE_SENTENCE) -> tuple[str, list[str]]:
    return miss_causes.cause(GOLD, facts, ENTITIES, sentences)


def test_a_fact_with_the_parties_but_another_amount_is_a_qualifier_miss() -> None:
    got = fact("investment", amount={"value": 2.0e8, "currency": "CNY"}, investor=["b"], investee=["a"])
    assert cause([got]) == ("qualifier", ["amount"])


def test_the_parties_with_another_modality_is_a_modality_miss() -> None:
    assert cause([fact("investment", "reported", investor=["b"], investee=["a"])])[0] == "modality"


def test_the_parties_in_swapped_roles_is_a_roles_miss() -> None:
    assert cause([fact("investment", investor=["a"], investee=["b"])])[0] == "roles"


def test_a_fact_naming_one_party_counts_the_role_it_lacks() -> None:
    got = fact("investment", investor=["c"], investee=["a"], evidence="岚州半导体投资青禾科技")
    assert cause([got]) == ("one party", ["investor", "~held by another name, name not in the evidence"])


def test_a_one_party_miss_says_whether_the_lacking_name_is_in_the_closest_facts_sentence() -> None:
    told = "澄川资本与岚州半导体共同投资青禾科技"
    assert cause([fact("investment", investor=["c"], investee=["a"], evidence=told)])[1][1] == (
        "~held by another name, name in the evidence")
    assert cause([fact("investment", investee=["a"], evidence=told)])[1][1] == "~empty, name in the evidence"


def test_the_parties_in_a_fact_of_another_type() -> None:
    assert cause([fact("partnership", party=["a", "b"])])[0] == "other type"


def test_no_fact_is_told_apart_by_where_the_names_are() -> None:
    assert cause([]) == ("no fact, one sentence", [])
    assert cause([], APART) == ("no fact, apart", [])
    assert cause([], [{"青禾科技"}]) == ("no fact, name missing", [])


def wrong(f: dict, gold: list[dict] | None = None) -> str:
    return miss_causes.wrong(f, [GOLD] if gold is None else gold, ENTITIES)


def test_a_wrong_fact_sharing_one_party_says_whether_the_other_name_is_any_gold_party() -> None:
    assert wrong(fact("investment", investor=["c"], investee=["a"])) == "one party: no gold name"
    partner = {"type": "partnership", "roles": {"party": ["岚州半导体", "青禾科技"]}}
    assert wrong(fact("investment", investor=["c"], investee=["a"]), [GOLD, partner]) == "one party: a gold name"


def test_a_wrong_fact_in_swapped_roles_or_of_another_type_or_mood() -> None:
    assert wrong(fact("investment", investor=["a"], investee=["b"])) == "roles"
    assert wrong(fact("partnership", party=["a", "b"])) == "other type"
    planned = dict(GOLD, modality="planned")
    assert wrong(fact("investment", investor=["b"], investee=["a"]), [planned]) == "modality"


def test_a_wrong_fact_naming_no_gold_party() -> None:
    assert wrong(fact("investment", investor=["c"])) == "no party: no gold name"
    founding = {"type": "founding", "roles": {"founder": ["岚州半导体"]}}
    partner = {"type": "partnership", "roles": {"party": ["青禾科技", "澄川资本"]}}
    assert wrong(fact("investment", investor=["c"], investee=["a"]), [founding, partner]) == "no party: gold names"

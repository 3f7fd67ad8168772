"""Founders told by a founding team, a cleft (A是B创立的) or 作为A的创始人 (extract/founders.py). Sentences written by
the team."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def _founders(text: str) -> list[tuple[list[str], str]]:
    return [([m.text for m in f.roles["founder"]], f.roles["company"][0].text)
            for f in extract("t", text, "2025-06-30").facts if f.type == "founding" and f.roles["founder"]]


def test_a_founding_team_listed_founds_the_company():
    assert _founders("澜舟智能的创始团队包括王澜、李舟和周宁三人，均来自清华大学。") == [(["王澜", "李舟", "周宁"], "澜舟智能")]
    assert _founders("澜舟智能的创始团队包括来自清华和北大的多位博士。") == []  # no one named
    assert _founders("澄川资本的创始团队很年轻。") == []


def test_a_cleft_names_the_founder_of_the_company_before_it():
    found = [f for f in extract("t", "澜舟智能是王澜在2023年创立的。", "2025-06-30").facts if f.type == "founding"]
    assert [([m.text for m in f.roles["founder"]], f.date.value.value) for f in found] == [(["王澜"], "2023")]
    assert _founders("澜舟智能是王澜创立的公司之一。") == []  # a description, not the company's founding told


def test_the_person_after_as_founder_of_a_company_founded_it():
    assert _founders("作为澜舟智能的创始人兼CEO，王澜此前曾在北辰科技担任自动驾驶负责人。") == [(["王澜"], "澜舟智能")]
    assert _founders("作为澜舟智能的投资人，澄川资本此前曾领投其A轮。") == []

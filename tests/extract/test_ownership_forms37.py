"""Ownership told in filings' forms: B系A(的)控股子公司 (系, the copula, no part of a name), A是B的母公司, B由A 100%控股.
Invented companies throughout."""

from __future__ import annotations

import pytest

from dealgraph.extract.pipeline import extract
from tests.extract.readers import facts, names, one


@pytest.mark.parametrize("text, unit", [
    ("青禾智能系澄芯科技控股子公司。", "青禾智能"),
    ("星衡科技系澄芯科技的子公司。", "星衡科技"),
    ("星衡有限公司系澄芯科技的全资子公司。", "星衡有限公司"),
])
def test_the_copula_xi_splits_two_names(text, unit):
    fact = one(text, "ownership")
    assert names(fact, "owner") == ["澄芯科技"]
    assert names(fact, "unit") == [unit]


@pytest.mark.parametrize("text, name", [("澄芯智能系统有限公司完成融资。", "澄芯智能系统有限公司"),
                                        ("岚山资本系列基金完成募资。", "岚山资本")])
def test_words_with_xi_stay_whole(text, name):
    assert name in [m.text for m in extract("t", text, "2025-06-30").mentions]


@pytest.mark.parametrize("text", ["澄芯科技是青禾智能的母公司。", "澄芯科技为青禾智能的控股母公司。", "澄芯科技目前是青禾智能的母公司。"])
def test_the_subject_is_the_parent(text):
    fact = one(text, "ownership")
    assert names(fact, "owner") == ["澄芯科技"]
    assert names(fact, "unit") == ["青禾智能"]


def test_a_former_parent_owns_nothing():
    assert facts("澄芯科技曾是青禾智能的母公司。", "ownership") == []


def test_held_whole_by_control():
    fact = one("青禾智能由澄芯科技100%控股。", "ownership")
    assert names(fact, "owner") == ["澄芯科技"]
    assert names(one("青禾智能由澄芯科技100%控股。", "shareholding"), "holder") == ["澄芯科技"]

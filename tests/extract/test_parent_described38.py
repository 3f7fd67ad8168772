"""B的母公司是港股上市的A / 其母公司为国内领先的A: a description of the parent between the copula and its name
(nothing was read). Invented companies throughout."""

from __future__ import annotations

import pytest

from tests.extract.readers import facts, names, one


@pytest.mark.parametrize("text, owner, unit", [
    ("沐岚智算的母公司是港股上市的鸿渐集团。", "鸿渐集团", "沐岚智算"),
    ("沐岚智算是一家算力租赁服务商。其母公司为港股上市的鸿渐集团。", "鸿渐集团", "沐岚智算"),
    ("青禾数联的母公司为国内领先的澄川科技。", "澄川科技", "青禾数联"),
    ("沐岚智算的母公司为鸿渐集团。", "鸿渐集团", "沐岚智算"),
])
def test_parent_described(text, owner, unit):
    fact = one(text, "ownership")
    assert names(fact, "owner") == [owner]
    assert names(fact, "unit") == [unit]


def test_parent_left_unnamed():
    assert facts("沐岚智算的母公司是一家港股上市的公司。", "ownership") == []

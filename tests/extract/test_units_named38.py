"""Units told in two more ways: 作为A的控股子公司，B… (the unit opens the next clause) and A下设B. Invented companies
throughout."""

from __future__ import annotations

import pytest

from tests.extract.readers import facts, names, one


@pytest.mark.parametrize("text, owner, unit", [
    ("作为玄昼科技的控股子公司，玄昼云主要承接政务云项目。", "玄昼科技", "玄昼云"),
    ("作为澄川集团的全资子公司，青禾数联今年营收增长30%。", "澄川集团", "青禾数联"),
    ("华棠集团下设华棠研究院，专门负责前沿技术预研。", "华棠集团", "华棠研究院"),
    ("华棠集团下设的华棠资本已投资20余家企业。", "华棠集团", "华棠资本"),
])
def test_unit_named(text, owner, unit):
    fact = one(text, "ownership")
    assert names(fact, "owner") == [owner]
    assert names(fact, "unit") == [unit]


def test_departments_set_up_name_no_unit():
    assert facts("华棠集团下设三个事业部。", "ownership") == []

"""Foundings told with the money put in (出资1亿元设立全资子公司B), a time before the verb (去年设立), and 发起成立
(A联合B发起成立了C / 由A发起成立的C). Invented companies throughout."""

from __future__ import annotations

import pytest

from tests.extract.readers import names, one


@pytest.mark.parametrize("text, modality", [
    ("澄芯科技出资1亿元设立全资子公司青禾智能。", "asserted"),
    ("澄芯科技去年设立全资子公司青禾智能。", "asserted"),
    ("澄芯科技2023年出资2亿元成立了全资子公司青禾智能。", "asserted"),
    ("澄芯科技拟以自有资金出资5000万元设立全资子公司青禾智能。", "planned"),
])
def test_a_unit_set_up_with_its_money_or_time(text, modality):
    fact = one(text, "founding")
    assert names(fact, "founder") == ["澄芯科技"]
    assert names(fact, "company") == ["青禾智能"]
    assert fact.modality == modality
    if modality == "asserted":
        assert names(one(text, "ownership"), "unit") == ["青禾智能"]


def test_the_year_before_the_verb_dates_the_founding():
    fact = one("澄芯科技去年设立全资子公司青禾智能。", "founding")
    assert fact.date is not None and fact.date.value.value.startswith("2024")


@pytest.mark.parametrize("text, founders", [
    ("澄芯科技联合岚山投资发起成立了青禾智能。", ["澄芯科技", "岚山投资"]),
    ("澄芯科技与岚山投资共同发起成立青禾智能。", ["澄芯科技", "岚山投资"]),
    ("澄芯科技发起成立了青禾智能。", ["澄芯科技"]),
])
def test_founded_by_launching(text, founders):
    fact = one(text, "founding")
    assert names(fact, "founder") == founders
    assert names(fact, "company") == ["青禾智能"]


def test_founded_by_launching_as_a_description():
    fact = one("由澄芯科技发起成立的青禾基金完成备案。", "founding")
    assert names(fact, "founder") == ["澄芯科技"]
    assert names(fact, "company") == ["青禾基金"]

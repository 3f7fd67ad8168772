"""What the business battery showed missed: a company's R&D spending and capital expenditure told as results are
(知遥2024年研发费用为2.7亿元, a name no suffix marks; 资本性支出), a joint venture set up in the clause after the
pair that sets it up (A与B各出资50%，成立合资公司C), and a negation widened by 任何 (尚未与B开展任何合作).
Invented companies throughout."""

from __future__ import annotations

import pytest

from tests.extract.readers import facts, figures, names, one


@pytest.mark.parametrize("text, company, metric, value", [
    ("知遥2024年研发费用为2.7亿元，占营业收入的比重高达81%。", "知遥", "rd_expense", "2.7亿元"),
    ("墨岩研发投入3.1亿元，同比增长20%。", "墨岩", "rd_expense", "3.1亿元"),
    ("霁川云今年上半年的资本性支出为3.2亿元，同比翻番。", "霁川云", "capex", "3.2亿元"),
    ("澄川科技2024年资本性支出为12亿元。", "澄川科技", "capex", "12亿元"),
])
def test_spending_as_results(text, company, metric, value):
    assert (company, metric, "asserted", value) in [f[:4] for f in figures(text)]


def test_spending_of_the_company_word_names_no_company():
    assert not [f for f in figures("公司2024年研发费用为2.7亿元。") if f[0] == "公司2024年"]


@pytest.mark.parametrize("text, parties, result", [
    ("华棠集团与墨川半导体各出资50%，成立合资公司华川芯联。", ["华棠集团", "墨川半导体"], "华川芯联"),
    ("岭川汽车与澄光电子签署协议，成立合资公司岭光智驾。", ["岭川汽车", "澄光电子"], "岭光智驾"),
    ("青禾控股和北辰科技达成一致，双方将共同设立青辰智算。", ["青禾控股", "北辰科技"], "青辰智算"),
])
def test_venture_in_the_clause_after_the_pair(text, parties, result):
    fact = one(text, "partnership")
    assert sorted(names(fact, "party")) == sorted(parties)
    assert names(fact, "result") == [result]
    assert fact.qualifiers["kind"] == "joint_venture"


def test_no_pair_before_gives_no_venture():
    """One company in the clause before: no pair to carry (the founding reads it, not a partnership)."""
    assert facts("华棠集团今年营收增长，成立合资公司华川芯联。", "partnership") == []


@pytest.mark.parametrize("text, parties", [
    ("砾犀方面表示，公司目前尚未与Sonora医疗开展任何合作。", ["砾犀", "Sonora医疗"]),
    ("澄川科技从未与青禾智能进行任何形式的合作。", ["澄川科技", "青禾智能"]),
])
def test_negation_through_renhe(text, parties):
    fact = one(text, "partnership")
    assert sorted(names(fact, "party")) == sorted(parties)
    assert fact.modality == "negated"


def test_partnership_without_negation_stays_asserted():
    assert one("澄川科技与青禾智能开展合作。", "partnership").modality == "asserted"


@pytest.mark.parametrize("text, value", [
    ("截至2024年末，墨川半导体累计未弥补亏损达12.4亿元。", "12.4亿元"),
    ("墨川半导体未弥补亏损为3亿元。", "3亿元"),
])
def test_losses_not_made_good(text, value):
    """累计未弥补亏损 (a filing's cumulative loss): read as a net loss negated by its 未 before."""
    found = figures(text)
    assert ("墨川半导体", "cumulative_loss", "asserted", value) in [f[:4] for f in found]
    assert not [f for f in found if f[2] == "negated"]

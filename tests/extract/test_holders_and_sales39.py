"""Holders and their sell-downs as filings tell them (read from held-out set 15; tested on our own sentences)."""

from __future__ import annotations

import pytest

from tests.extract.readers import facts, names, one


@pytest.mark.parametrize("text, person", [
    ("澄川科技实际控制人为谭立新。", "谭立新"),  # a given name that is a dictionary word (立新)
    ("岚湾电子的实际控制人为公司创始人王建国。", "王建国"),  # an officer's title between 为 and the person
    ("青禾智能控股股东兼实际控制人为董事长周明远，持股40%。", "周明远"),
])
def test_actual_controller_closing_the_clause(text: str, person: str) -> None:
    ranks = {f.qualifiers.get("rank") for f in facts(text, "shareholding") if names(f, "holder") == [person]}
    assert "actual_controller" in ranks


@pytest.mark.parametrize("text", [
    "澄川科技控股股东、实际控制人为董事长程远航。",
    "岚湾电子控股股东兼实际控制人为谭立新。",
])
def test_both_titles_give_both_ranks(text: str) -> None:
    ranks = sorted(f.qualifiers.get("rank") for f in facts(text, "shareholding"))
    assert ranks == ["actual_controller", "controlling"]


def test_a_person_with_a_word_as_given_name_founds() -> None:
    fact = one("王立新于2019年创立了岚序半导体。", "founding")
    assert names(fact, "founder") == ["王立新"] and names(fact, "company") == ["岚序半导体"]


def test_holder_then_its_planned_sale() -> None:
    fact = one("嘉岭投资持有澄川科技3.15%的股份，拟减持不超过1%。", "acquisition")
    assert fact.modality == "planned" and names(fact, "seller") == ["嘉岭投资"]
    assert names(fact, "target") == ["澄川科技"] and fact.stake is not None and "1%" in fact.stake.text


def test_the_two_holders_of_the_clauses_before_sell_together() -> None:
    text = "青禾智能公告，股东甲方创投持股6.5%，乙方基金持股2.1%，二者拟合计减持不超过总股本的3%。"
    sales = [f for f in facts(text, "acquisition") if f.modality == "planned"]
    assert len(sales) == 1 and names(sales[0], "seller") == ["甲方创投", "乙方基金"]
    assert names(sales[0], "target") == ["青禾智能"]


def test_not_the_first_sale_is_no_sale_of_its_own() -> None:
    text = "青禾智能股东岚石创投今年3月已减持公司1%的股份。这不是岚石创投第一次减持。"
    sales = facts(text, "acquisition")
    assert len(sales) == 1 and sales[0].modality == "asserted"


def test_not_the_first_investment_is_not_negated() -> None:
    fact = one("这并非青禾资本首次投资澄川科技。", "investment")
    assert fact.modality == "asserted"


@pytest.mark.parametrize("text, field", [
    ("算力租赁企业衡川数科昨晚公告，拟采购一批服务器。", "算力租赁"),
    ("2025年上半年，公司算力租赁业务收入2.36亿元。", "算力租赁"),
])
def test_a_field_before_a_kind_of_firm_is_no_name(text: str, field: str) -> None:
    from dealgraph.extract.pipeline import extract
    assert field not in [m.text for m in extract("t", text, "2025-06-30").mentions]

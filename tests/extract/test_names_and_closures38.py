"""Names the wording batteries showed read wrongly: 有望 after a name (朔方微有望于…挂牌 read 朔方微有望), a count of
things after a deal verb (投资了一部电影 read a company 一部电影), names ending in 数科; and the closing of an office,
which leaves the company open. Invented companies throughout."""

from __future__ import annotations

import pytest

from dealgraph.extract.pipeline import extract
from tests.extract.readers import facts, names, one


@pytest.mark.parametrize("text, company", [
    ("朔方微有望于今年下半年在科创板挂牌。", "朔方微"),
    ("岭川光子有望于明年在港交所上市。", "岭川光子"),
])
def test_hoped_listing_subject(text, company):
    fact = one(text, "listing")
    assert names(fact, "company") == [company]
    assert fact.modality == "expected"


@pytest.mark.parametrize("text", [
    "周牧之个人以500万元投资了一部电影。",
    "林岚投资了两部电视剧。",
    "陈默去年投资了一款游戏。",
])
def test_counted_things_are_no_company(text):
    doc = extract("t", text, "2025-06-30")
    assert not [m for m in doc.mentions if m.kind in ("organization", "candidate") and m.text[0] in "一两"]
    assert not [f for f in doc.facts if f.type == "investment"]


@pytest.mark.parametrize("text, company", [
    ("柚米数科完成B轮融资，由青禾资本领投。", "柚米数科"),
    ("鼎澄数科宣布完成5亿元A轮融资。", "鼎澄数科"),
])
def test_names_ending_in_shuke(text, company):
    fact = one(text, "investment")
    assert names(fact, "investee") == [company]
    assert fact.roles["investee"][0].kind == "organization"


@pytest.mark.parametrize("text", [
    "拾屿科技关闭了位于成都的办公室，员工转至上海总部。",
    "澄川智能关闭了北京代表处。",
    "青禾银行今年关闭了三家支行。",
])
def test_an_office_closed_leaves_the_company_open(text):
    assert facts(text, "closure") == []


def test_the_company_closed_still_reads():
    fact = one("拾屿科技宣布关闭，员工已全部遣散。", "closure")
    assert names(fact, "company") == ["拾屿科技"]


def test_a_side_named_after_a_company():
    """砾犀方面表示: the company's side speaks; 方面 is no part of the name."""
    from tests.extract.readers import one as one_fact
    fact = one_fact("砾犀方面表示，公司目前尚未与Sonora医疗开展任何合作。", "partnership")
    assert "砾犀" in names(fact, "party")


@pytest.mark.parametrize("text", [
    "报告期内墨川半导体实现营收3亿元。",
    "期内墨川半导体实现营收3亿元。",
    "同期墨川半导体实现营收3亿元。",
])
def test_a_period_word_before_a_name(text):
    """报告期内, 期内, 同期 glued before a name close a time, as 年内 does (the name was lost or read 同期墨川半导体)."""
    fact = one(text, "financial")
    assert names(fact, "company") == ["墨川半导体"]


def test_purchase_from_the_first_supplier_after_a_period_word():
    text = "招股书披露，报告期内墨川半导体向第一大供应商溯星晶圆的采购额占总采购额的比例分别为62%、58%和55%。"
    fact = one(text, "purchase")
    assert names(fact, "buyer") == ["墨川半导体"] and names(fact, "supplier") == ["溯星晶圆"]
    assert facts(text, "focus") == []   # (the field was read as 报告期内墨川半导体向)


@pytest.mark.parametrize("text, junk", [
    ("作为国内少有的专注光子计算的初创公司，昊弋光芯近日发布了首款样片。", "国内少有"),
    ("霁川云，一家面向跨境电商的AI营销SaaS服务商，本周宣布完成组织架构调整。", "跨境电商"),
])
def test_common_words_describing_what_follows_are_no_name(text, junk):
    assert junk not in [m.text for m in extract("t", text, "2025-06-30").mentions]


def test_focus_of_an_apposed_description():
    fact = one("霁川云，一家面向跨境电商的AI营销SaaS服务商，本周宣布完成组织架构调整。", "focus")
    assert names(fact, "company") == ["霁川云"]


def test_a_name_after_zuowei_still_found():
    fact = one("作为星衡的投资方，岚山资本表示看好。", "investment")
    assert names(fact, "investee") == ["星衡"]

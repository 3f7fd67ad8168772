"""Listing steps told in more ways: an exchange ending a company's review (终止了对B的审核), shares taken off an
exchange (被深交所摘牌), the bell of the first trading day (敲钟), a board's resolution to apply for a listing
(审议通过了…上市的议案), and names these sentences open with (星衡数智IPO顺利过会, 熠和微电子, 柚米数科). Invented
companies throughout."""

from __future__ import annotations

import pytest

from dealgraph.extract.pipeline import extract
from tests.extract.readers import facts, names, one


@pytest.mark.parametrize("text, company, stage, modality", [
    ("上交所决定终止对弈衡科技首次公开发行股票并在科创板上市的审核。", "弈衡科技", "terminated", "asserted"),
    ("因主动撤回发行上市申请，深交所终止了对玄昼科技的审核。", "玄昼科技", "terminated", "asserted"),
    ("北交所已终止对澄川精密公开发行股票并上市的审核。", "澄川精密", "terminated", "asserted"),
    ("锦屿控股股票已于今日被深交所摘牌，正式告别A股。", "锦屿控股", "delisted", "asserted"),
    ("澄川科技A股已被上交所予以摘牌。", "澄川科技", "delisted", "asserted"),
    ("*ST青禾股票已被上交所终止上市并摘牌。", "*ST青禾", "delisted", "asserted"),
    ("历经两次折戟，柚米数科终于在第三次冲击A股时顺利敲钟。", "柚米数科", "listed", "asserted"),
    ("澄川智能今日在港交所敲钟上市。", "澄川智能", "listed", "asserted"),
    ("青禾机器人将于下周在科创板敲钟。", "青禾机器人", "listed", "planned"),
    ("诺岚科技董事会审议通过了关于公司申请首次公开发行股票并在创业板上市的议案。", "诺岚科技", "planned", "planned"),
    ("青禾电子股东大会审议通过了关于公司发行H股股票并在香港联交所主板上市的议案。", "青禾电子", "planned", "planned"),
    ("青禾电子股东大会否决了关于公司发行H股股票并在香港联交所主板上市的议案。", "青禾电子", "planned", "negated"),
    ("启衡数智IPO顺利过会，上市委认为公司符合发行条件、上市条件和信息披露要求。", "启衡数智", "approved", "asserted"),
    ("星衡科技IPO顺利过会。", "星衡科技", "approved", "asserted"),
    ("科创板再迎AI芯片股：熠和微电子今日上市，开盘大涨210%。", "熠和微电子", "listed", "asserted"),
])
def test_listing_steps(text, company, stage, modality):
    fact = one(text, "listing")
    assert names(fact, "company") == [company]
    assert fact.qualifiers["stage"] == stage
    assert fact.modality == modality


@pytest.mark.parametrize("text", [
    "澄川科技通过摘牌方式受让青禾电子30%股权。",       # an asset won on an equity exchange
    "澄川智能董事长王磊受邀为纳斯达克敲钟。",           # a guest rings the bell
    "上交所完成了对澄川科技的审核。",                   # no review stopped, no step named
    "公司IPO顺利过会。",                               # no name
])
def test_no_listing(text):
    assert facts(text, "listing") == []


def test_coined_head_with_joiner():
    """熠和光电: a head whose second character is 和 stays a name; a list of fields stays no name."""
    found = extract("t", "熠和科技决定对全资子公司熠和光电进行清算。", None).mentions
    assert [m.text for m in found if m.kind == "organization"] == ["熠和科技", "熠和光电"]
    assert facts("公司聚焦人工智能和机器人，芯片和半导体。") == []
    for text in ("公司同时布局算力和电力。", "聚焦存算和存储。"):  # a field of a longer run, then 和: a list
        assert [m.text for m in extract("t", text, None).mentions if m.kind in ("organization", "candidate")] == []


@pytest.mark.parametrize("text, company", [
    ("市场传言华棠集团旗下的砺鲸机器人正筹备赴港上市，华棠集团回应称“没有相关计划”。", "砺鲸机器人"),
    ("有消息称澄川科技正筹备赴港上市，澄川科技回应称暂无相关计划。", "澄川科技"),
])
def test_plan_rumoured_then_answered(text, company):
    fact = one(text, "listing")
    assert names(fact, "company") == [company]
    assert fact.qualifiers["stage"] == "planned"
    assert fact.modality == "denied"


def test_preparing_a_listing_in_hong_kong_is_a_plan():
    fact = one("澄川科技正筹备赴港上市。", "listing")
    assert (fact.qualifiers["stage"], fact.modality) == ("planned", "planned")


@pytest.mark.parametrize("text", [
    "深交所暂停对澄川科技发行股份购买资产的审核。",           # a deal's review
    "因撤回重大资产重组申请，深交所终止了对青禾电子的审核。",
    "澄川科技董事会审议通过了关于子公司分拆上市的议案。",     # a unit's listing
])
def test_no_listing_of_these(text):
    assert facts(text, "listing") == []


def test_board_plans_delisting():
    fact = one("澄川科技股东大会审议通过了关于公司股票终止上市的议案。", "listing")
    assert (fact.qualifiers["stage"], fact.modality) == ("delisted", "planned")


def test_a_bare_ending_is_no_name():
    """数科 ends names (柚米数科), but after the bare 公司 it is a line of business: no company named 数科."""
    assert [f for f in facts("公司数科业务收入达3亿元。") if any(m.text == "数科" for ms in f.roles.values() for m in ms)] == []
    assert names(one("青禾数科完成了B轮融资。", "investment"), "investee") == ["青禾数科"]

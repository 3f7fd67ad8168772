"""A holding's stake told as a share of the company's whole stock after a number of shares, as announcements and
news about listed companies write it (…持有B股份N股，占公司总股本的X%)."""

from __future__ import annotations

import pytest

from dealgraph.extract.pipeline import extract
from tests.extract.readers import facts, one, roles


@pytest.mark.parametrize("text, stake", [
    ("公告显示，青松移动目前持有澜舟科技股份约1.6亿股，占该公司总股本比例9.4%，是澜舟科技的第一大股东。", "9.4%"),
    ("截至2024年底，远山资本持有澜舟科技股份 3,120,450 股，占公司当前总股本 4.1275%。", "4.1275%"),
    ("远山资本持有澜舟科技股份 3,120,450 股，占公司总股本的比例为 7.35%。", "7.35%"),
    ("远山资本持有澜舟科技股份3,120,450股(占公司总股本的7.35%)。", "7.35%"),
    ("远山资本持有澜舟科技2200万股，占公司股份总数的5.8%。", "5.8%"),
])
def test_a_share_of_the_whole_stock_after_a_number_of_shares_is_the_holding_stake(text, stake):
    held = one(text, "shareholding")
    assert roles(held)["company"] == ["澜舟科技"]
    assert held.stake is not None and held.stake.text == stake


def test_a_holders_ratio_after_a_deal_is_not_the_stake_the_deal_buys():
    text = "2016年，星河科技斥资40亿元收购了蓝海网络，通过本次收购，远山资本持有星河科技2.1亿股，占公司总股本的11.2%。"
    bought = [f for f in facts(text, "acquisition") if roles(f)["target"] == ["蓝海网络"]]
    assert len(bought) == 1 and bought[0].stake is None and bought[0].amount.text == "40亿元"
    held = one(text, "shareholding")
    assert roles(held) == {"holder": ["远山资本"], "company": ["星河科技"]} and held.stake.text == "11.2%"


def test_a_ratio_of_something_else_is_no_stake():
    held = one("远山资本持有澜舟科技股份，澜舟科技去年营收占公司总收入的35%。", "shareholding")
    assert held.stake is None


def test_a_short_name_defined_after_a_partnerships_legal_form_stands_for_it():
    text = ("截至本公告披露日，南京青岚创业投资基金（有限合伙）（以下简称“青岚基金”）持有合肥星河智能科技股份有限公司"
            "（以下简称“公司”）股份 2,310,000 股，占公司总股本 3.8%。青岚基金计划在未来三个月内减持公司股份。")
    held = one(text, "shareholding")
    assert [m.canonical for m in held.roles["holder"]] == ["南京青岚创业投资基金"] and held.stake.text == "3.8%"
    sold = one(text, "acquisition")  # the seller's own full name is never the company it sells
    assert roles(sold)["target"] == ["合肥星河智能科技股份有限公司"] and roles(sold)["seller"] == ["青岚基金"]
    assert sold.modality == "planned"


@pytest.mark.parametrize("kind", ["公司无限售流通股", "本公司限售股", "公司股票"])
def test_a_kind_of_the_companys_shares_is_no_name(kind):
    text = f"2024年3月5日，星河科技控股股东澄川投资拟将持有的{kind} 1,200,000 股转让给蓝海投资。"
    assert not [m for m in extract("t", text, "2025-06-30").mentions if kind in m.text]


@pytest.mark.parametrize("text, modality", [
    ("远山资本表示，其持有的青岚科技股份不会减持。", "negated"),
    ("截至本公告日，远山资本持有的青岚科技股份已全部减持完毕。", "asserted"),
])
def test_shares_fronted_before_the_sell_down_are_the_company_sold_by_their_holder(text, modality):
    sold = one(text, "acquisition")
    assert roles(sold) == {"acquirer": [], "target": ["青岚科技"], "seller": ["远山资本"]} and sold.modality == modality


@pytest.mark.parametrize("text", [
    "星河电子12月3日公告，控股子公司蓝湾设计有限公司中标临川市算力中心项目。",
    "星河电子：全资子公司蓝湾设计有限公司中标临川算力中心项目",
    "星河电子发布公告——其控股子公司蓝湾设计有限公司于近日签订采购合同。",
    "星河电子通过控股子公司蓝湾设计有限公司进入算力租赁市场。",
])
def test_a_subsidiary_named_where_no_owner_stands_before_the_word_is_the_announcers(text):
    owned = one(text, "ownership")
    assert roles(owned) == {"owner": ["星河电子"], "unit": ["蓝湾设计有限公司"]} and owned.modality == "asserted"


def test_a_subsidiary_with_no_announcer_has_no_owner():
    assert facts("据悉，控股子公司蓝湾设计有限公司中标该项目。", "ownership") == []

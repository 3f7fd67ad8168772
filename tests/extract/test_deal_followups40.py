"""A deal's parties told sentences after it: the sellers named after the target is described, and 二者 for a
holder and the company it controls. Sentences written for this file."""

from __future__ import annotations

from tests.extract.readers import facts, roles

DEAL = "岚山智能11月20日晚间公告，公司拟以现金6.2亿元收购星桥电机51%股权。"
ABOUT = "星桥电机成立于2015年，主要从事伺服电机的研发与生产，实际控制人为韩立舟。"


def test_sellers_named_after_the_target_is_described_sell_in_the_deal_before():
    found = [roles(f) for f in facts(DEAL + ABOUT + "交易对方为韩立舟及其控制的星桥投资。", "acquisition")]
    assert [(d["target"], d.get("seller")) for d in found] == [(["星桥电机"], ["韩立舟", "星桥投资"])], found


def test_sellers_named_four_sentences_after_sell_in_no_deal():
    text = DEAL + ABOUT + "星桥电机去年营收2.1亿元。星桥电机拥有三座工厂。交易对方为韩立舟。"
    assert all(not roles(f).get("seller") for f in facts(text, "acquisition"))


def test_the_two_after_a_holder_and_the_company_it_controls_are_both():
    text = "韩立舟拟出售所持星桥电机股份，韩立舟及其控制的星桥投资二者合计持有星桥电机72%的股份。"
    held = {m.canonical for f in facts(text, "shareholding") for m in f.roles["holder"]
            if roles(f)["company"] == ["星桥电机"]}
    assert {"韩立舟", "星桥投资"} <= held, held


def test_the_party_the_sellers_sign_a_transfer_with_buys():
    text = ("星桥股份12月1日晚间公告，公司控股股东韩立舟及其一致行动人周宁于当日与澜海集团签署股份转让协议，"
            "拟合计转让公司29.9%的股份，转让总价约18.6亿元。")
    found = [roles(f) for f in facts(text, "acquisition")]
    assert [(d.get("acquirer"), d.get("seller")) for d in found] == [(["澜海集团"], ["韩立舟", "周宁"])], found


def test_the_party_joined_to_the_seller_by_yu_before_signing_is_the_buyer_not_a_second_seller():
    found = [roles(f) for f in facts("星桥股份公告，控股股东韩立舟与澜海集团签署股份转让协议，拟转让公司15%股份。",
                                     "acquisition")]
    assert [(d.get("acquirer"), d.get("seller")) for d in found] == [(["澜海集团"], ["韩立舟"])], found


def test_a_transfer_signed_with_the_company_itself_names_no_buyer():
    found = [roles(f) for f in facts("韩立舟与星桥股份签署股份转让协议，拟转让星桥股份15%股份。", "acquisition")]
    assert all(not d.get("acquirer") for d in found)

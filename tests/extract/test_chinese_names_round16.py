"""Chinese names read wrong in real news (round 16): the unknown first member of a list before 分别持有, verbs
glued after a name, a description with a bracketed gloss before a company, and the buyer before 等为主体.
Sentences written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def _doc(text: str):
    return extract("t", text, "2025-12-20")


def names(text: str) -> list[str]:
    return [m.text for m in _doc(text).mentions if m.kind in ("organization", "candidate", "person")]


def holders(text: str) -> list[str]:
    return [m.text for f in _doc(text).facts if f.type == "shareholding" for m in f.roles["holder"]]


def test_every_member_of_a_list_before_fenbie_chiyou_is_a_name():
    text = "交易完成后，紫峰微电、江苏恒岳将分别持有蓝湾控股41.20%、12.35%的股份。"
    assert {"紫峰微电", "江苏恒岳", "蓝湾控股"} <= set(names(text))
    assert holders(text) == ["紫峰微电", "江苏恒岳"]


def test_a_list_before_fenbie_rengou_is_a_list_of_names():
    assert {"云岫芯研", "北辰微"} <= set(names("云岫芯研、北辰微拟分别认购青湖电子新增注册资本。"))


def test_a_list_of_phrases_before_fenbie_is_no_list_of_names():
    assert names("研发、销售分别持有较多的存货。") == []


def test_a_verb_like_noun_after_a_known_name_is_no_part_of_it():
    assert names("其中，广汽贡献的营收占比超过三成。") == ["广汽"]
    assert names("该款芯片由台积电代工。") == ["台积电"]


def test_a_known_name_with_a_business_line_still_names_a_unit():
    assert {"华为海洋", "腾讯影业"} <= set(names("华为海洋、腾讯影业的股东名单出炉。"))


def test_a_person_then_dushu_is_the_person():
    assert "刘洋" in names("星河科技创始人刘洋读书时就痴迷航模。")
    assert "刘洋读" not in names("星河科技创始人刘洋读书时就痴迷航模。")


def test_a_person_then_touzi_then_a_verb_is_no_firm():
    assert names("据悉，王磊投资师承国内一位老牌私募人士。") == []


def test_a_firm_named_after_a_person_stays_a_firm():
    assert "林园投资" in names("林园投资旗下基金增持了青松股份。")


def test_the_company_already_named_introduces_no_name():
    assert names("短短三年，该公司一跃成为全球第二大无人机厂商。") == []
    assert "澜芯科技" in names("芯片设计公司澜芯科技完成融资。")


def test_a_description_with_a_latin_gloss_before_a_kind_word_is_no_name():
    text = "紫峰资本拟收购半导体测试设备(ATE)研发企业澄芯微的控股权。"
    assert "半导体测试设备" not in names(text)
    targets = [m.text for f in _doc(text).facts if f.type == "acquisition" for m in f.roles["target"]]
    assert targets == ["澄芯微"]


def test_a_name_with_a_bracketed_remark_is_still_a_name():
    assert "澄芯科技" in names("紫峰资本收购澄芯科技(NASDAQ:CXKJ)51%股权。")


def test_the_party_before_deng_wei_zhuti_is_the_buyer():
    text = "据公告，澄远创科等为主体，拟通过协议转让方式取得蓝湾股份的控制权。"
    assert "澄远创科" in names(text)
    acquirers = [m.text for f in _doc(text).facts if f.type == "acquisition" for m in f.roles["acquirer"]]
    assert acquirers == ["澄远创科"]

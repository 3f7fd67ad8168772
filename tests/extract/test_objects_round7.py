"""Targets of deals read in round 7 (deal_slots.py, voices.py, deal_objects.py), each tested on sentences
written for this file (no FewFC text is copied here)."""

from __future__ import annotations

from tests.extract.readers import facts, roles


def deals(text: str, ftype: str = "acquisition") -> list[tuple[list[str], ...]]:
    return [tuple(roles(f).values()) for f in facts(text, ftype)]


# 收购两家欧洲的电池企业：A和B / 收购了包括A、B在内的5家公司: the companies listed with the count are bought.

def test_companies_listed_after_a_counted_kind_and_a_colon_are_bought():
    assert deals("星海集团斥资50亿元收购了两家欧洲的电池企业:德国维斯科和法国蓝湾能源。") == [
        (["星海集团"], ["德国维斯科"]), (["星海集团"], ["法国蓝湾能源"])]


def test_companies_listed_between_bao_kuo_and_zai_nei_are_bought():
    assert deals("2017年6月,云帆医疗以3.2亿元的代价收购了包括明川科技、安澜股份在内的8家公司的股权。") == [
        (["云帆医疗"], ["明川科技"]), (["云帆医疗"], ["安澜股份"])]


def test_a_colon_without_a_count_before_it_lists_nothing_bought():
    assert deals("星海集团收购的原因有两点:云帆科技估值偏低,海门电子经营稳定。") == []


# 购买剥离A 60%股份和B 20%股权后的C 100%股权: C is bought; A and B are taken out of it, not bought.

def test_the_company_left_after_the_stripped_parts_is_bought():
    found = deals("青松证券拟发行股份购买剥离蓝田期货60%股份和白鹭基金20%股权后的海门证券100%股权,作价80亿元。")
    assert found == [(["青松证券"], ["海门证券"])]


def test_zhi_chu_names_the_part_taken_out_too():
    found = deals("北辰股份拟收购置出白鹭物流之后的云杉集团全部股权。")
    assert [d[1] for d in found] == [["云杉集团"]]


# 收购A的控股股东B 100%股权 / 收购A的现有股东B: B, named after its tie to A, is bought; A is no party.

def test_the_shareholder_named_after_a_company_is_what_is_bought():
    found = facts("青松股份拟以5亿元收购云杉电子的控股股东白鹭控股集团90%股权。", "acquisition")
    assert [roles(f) for f in found] == [{"acquirer": ["青松股份"], "target": ["白鹭控股集团"]}]
    assert found[0].stake is not None and found[0].stake.text == "90%"


def test_a_unit_named_after_its_parent_with_the_shares_is_what_is_bought():
    assert deals("北辰集团拟收购云杉控股的全资子公司海门材料60%股权。") == [(["北辰集团"], ["海门材料"])]


def test_a_company_followed_by_its_own_shares_stays_the_target():
    assert deals("北辰集团拟收购云杉控股的60%股权。") == [(["北辰集团"], ["云杉控股"])]


# 购买A(以下简称“A'”)26%的股权和B(以下简称“B'”)30%的股权: the short name given each target does not end the list.

def test_targets_each_with_a_short_name_and_its_own_stake_are_all_bought():
    found = facts("北辰股份拟购买云杉晶圆材料有限责任公司(下称“云杉晶圆”)26.06%的股权和白鹭光电股份有限公司"
                  "(下称“白鹭光电”)26.37%的股权。", "acquisition")
    assert [roles(f)["target"] for f in found] == [["云杉晶圆材料有限责任公司"], ["白鹭光电股份有限公司"]]
    assert [f.stake.text for f in found] == ["26.06%", "26.37%"]


def test_a_short_name_then_a_second_company_without_one_is_still_listed():
    found = facts("北辰股份拟购买云杉晶圆材料有限责任公司(下称“云杉晶圆”)100%股权、白鹭材料有限公司60%股权。",
                  "acquisition")
    assert [(roles(f)["target"], f.stake.text) for f in found] == [
        (["云杉晶圆材料有限责任公司"], "100%"), (["白鹭材料有限公司"], "60%")]


# 北辰医药受让B少量股份并用自有资金对B增资: the clause's subject invests, not B (the object of the first deal).

def test_the_name_before_dui_that_is_the_recipient_itself_is_not_the_investor():
    found = facts("北辰医药先收购云杉集团少量股份并用自有资金对云杉集团增资。", "investment")
    assert [roles(f) for f in found] == [{"investor": ["北辰医药"], "investee": ["云杉集团"]}]


# Money and stakes of a second deal joined to the first in one clause (…后又…, …并…) are that deal's.

def test_money_after_a_second_deal_in_the_clause_is_the_second_deals():
    found = facts("2019年3月,北辰医药收购云杉集团40%股权后又对云杉集团增资2亿元。")
    bought = [f for f in found if f.type == "acquisition"]
    raised = [f for f in found if f.type == "investment"]
    assert len(bought) == 1 and bought[0].amount is None and bought[0].stake.text == "40%"
    assert len(raised) == 1 and raised[0].amount.text == "2亿元" and raised[0].stake is None


def test_money_before_a_first_deal_joined_by_bing_is_not_the_seconds():
    found = facts("北辰医药以10亿元收购云杉集团并增资白鹭科技。")
    assert [(f.type, f.amount.text if f.amount else None) for f in found if f.type in ("acquisition", "investment")] \
        == [("acquisition", "10亿元"), ("investment", None)]


def test_deal_words_naming_the_means_of_one_deal_keep_its_price():
    found = facts("北辰医药以9000万元借助增资与收购老股两种方式获得云杉集团51%股权。")
    assert found and all(f.amount is not None and f.amount.text == "9000万元" for f in found
                         if f.type in ("acquisition", "investment"))


def test_a_round_led_in_one_part_takes_no_money_of_the_part_after_the_semicolon():
    found = facts("星海集团9月以80亿元的价格收购云帆科技并领投白鹭科技;7月,以近20亿元的价格收购德信控股持有的"
                  "德信物流49%股权。", "investment")
    assert [(roles(f)["investee"], f.amount) for f in found] == [(["白鹭科技"], None)]


# A收购B并领投C: C, even when not read as a name, is what the round is for; B, bought, raises nothing.

def test_a_round_verb_with_an_unread_object_does_not_take_the_target_bought_before():
    found = facts("星海集团收购云帆科技并领投白鹭音乐。", "investment")
    assert [roles(f)["investee"] for f in found] == []
    found = facts("星海集团收购云帆科技并领投白鹭科技。", "investment")
    assert [roles(f)["investee"] for f in found] == [["白鹭科技"]]


# 向A及关联方B购买其合计持有的C 100%股权: C is the verb's object, sold by A and B, even with no buyer named.

def test_the_company_after_the_sellers_holding_is_bought_from_them():
    found = facts("点评:拟以6.2元/股发行股份及支付现金向控股股东云杉集团及关联方白鹭投资购买其合计持有的海门化工100%股权。",
                  "acquisition")
    assert [roles(f) for f in found] == [{"acquirer": [], "target": ["海门化工"], "seller": ["云杉集团", "白鹭投资"]}]


# A negation word inside a company's name before the verb is no negation (太钢不锈 holds 不).

def test_a_negation_character_inside_a_name_does_not_negate_the_deal():
    found = facts("2018年,北钢不锈宣布拟收购云杉鑫海51%股权。", "acquisition")
    assert [(roles(f)["target"], f.modality) for f in found] == [(["云杉鑫海"], "planned")]


def test_a_negation_before_the_verb_still_negates_it():
    found = facts("北辰股份尚未收购云杉科技。", "acquisition")
    assert [f.modality for f in found] == ["negated"]
    found = facts("北辰股份不得收购云杉科技。", "acquisition")
    assert [f.modality for f in found] == ["negated"]


def test_bu_de_bu_must_is_no_negation():
    found = facts("北辰证券为完成重组,将不得不收购云杉期货全部股权。", "acquisition")
    assert [f.modality for f in found] == ["planned"]


# A对B追加投资: B, named after 对, receives the money; not a round raised by someone else.

def test_dui_before_zhui_jia_tou_zi_names_the_recipient():
    found = facts("海门集团对云杉科技追加投资2亿元。", "investment")
    assert [(roles(f), f.amount.text) for f in found] == [
        ({"investor": ["海门集团"], "investee": ["云杉科技"]}, "2亿元")]


def test_dui_an_unnamed_recipient_takes_no_company_bought_before():
    found = facts("北辰股份收购白鹭禽业80%股份;海门集团对两家泰国饲料厂追加投资。", "investment")
    assert found == []


# A guess read from the deal's slot that is a quantity, assets, a kind or a place names no company bought.

def test_a_quantity_of_things_is_no_target():
    assert facts("分析师认为,地方政府可能会收购一部分云杉支线的股份。", "acquisition") == []
    assert facts("北辰资本去年收购了大批连锁药店。", "acquisition") == []


def test_a_count_of_companies_after_a_name_is_no_target():
    found = facts("如果要完成收购白鹭光学三家子公司的部分股权,出资规模可能达到百亿。", "acquisition")
    assert [roles(f)["target"] for f in found] == []


def test_assets_a_kind_or_a_place_are_no_target():
    assert facts("北辰集团拟出资5亿元,用现金对相关资产实施收购。", "acquisition") == []
    assert facts("海门资本提出,将与北辰集团共同收购苏州当地上市公司。", "acquisition") == []


def test_a_name_with_a_count_word_inside_stays_a_target():
    found = facts("北辰集团收购了三只松鼠10%股权。", "acquisition")
    assert [roles(f)["target"] for f in found] == [["三只松鼠"]]

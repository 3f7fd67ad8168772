"""Chinese names in announcement slots (round 18): short firm names without a legal ending in a deal's party
slot, Japanese joint-stock forms, names with a seat in brackets, party nouns glued before a name, given names
that are words, persons listed without titles, and subsidiaries set off by a dash. Sentences written for this file."""

from __future__ import annotations

import pytest

from dealgraph.extract.mentions import person_shaped
from dealgraph.extract.pipeline import extract


def _doc(text: str):
    return extract("t", text, "2025-12-20")


def names(text: str) -> list[str]:
    return [m.text for m in _doc(text).mentions if m.kind in ("organization", "candidate", "person")]


def people(text: str) -> list[str]:
    return [m.text for m in _doc(text).mentions if m.kind == "person"]


def facts(text: str, kind: str) -> list[dict[str, list[str]]]:
    return [{r: [m.text for m in ms] for r, ms in f.roles.items()} for f in _doc(text).facts if f.type == kind]


# 1. short names in a party slot


def test_a_short_name_after_you_before_lingtou_is_the_lead_investor():
    text = "澄岳科技完成2亿元B轮融资，本轮由农科国际领投，老股东继续跟投。"
    assert "农科国际" in names(text)
    assert facts(text, "investment")[0]["investor"] == ["农科国际"]


def test_a_short_name_after_huo_before_lingtou_is_the_lead_investor():
    assert "澜川创投" in names("青禾智造获澜川创投领投的1亿元A轮融资。")


def test_a_short_name_opening_a_clause_before_jianchi_is_the_seller():
    text = "农科国际减持澄岳电子300万股。"
    assert "农科国际" in names(text)
    assert facts(text, "acquisition") == [{"acquirer": [], "target": ["澄岳电子"], "seller": ["农科国际"]}]


def test_a_short_name_opening_a_clause_before_zhongbiao_wins_the_tender():
    text = "农科国际中标澄岳市智慧水务项目，中标金额1.5亿元。"
    assert facts(text, "purchase")[0]["supplier"] == ["农科国际"]


def test_a_holder_described_by_its_stake_is_a_name():
    assert "农科国际" in names("持股6.12%的农科国际计划减持不超过2%股份。")


def test_the_partner_between_yu_and_a_joint_deal_is_a_name():
    assert "澜桥" in names("2016年，澄岳电子还与澜桥共同出资成立蓝岸汽车。")


@pytest.mark.parametrize("text", [
    "公司拟向投资者转让部分股份。",
    "股东减持计划的主要内容如下。",
    "三季度末该基金大举减持了澄岳电子。",
    "相比之下，两大股东实际减持规模并不大。",
])
def test_common_nouns_in_the_slots_are_no_names(text):
    assert not {"投资者", "股东", "末该基金", "两大"} & set(names(text))


def test_a_units_deal_after_its_role_noun_is_no_name():
    found = names("这部分配售由券商相关子公司跟投组成。")
    assert not [n for n in found if "跟投" in n or "相关" in n]


def test_a_comma_inside_a_number_opens_no_subject():
    text = "确定澄岳管道股份有限公司以人民币45,123,456.78元投标报价中标。"
    assert "投标报价" not in names(text)


def test_a_segment_of_a_company_is_no_tender_winner():
    assert "工程承包板块" not in names("其中，工程承包板块中标6.1亿元。")


def test_bing_before_the_verb_gouhui_opens_no_object():
    text = "澄岳控股减持股票后，采取还款并购回解押的方式解除质押。"
    assert not [n for n in names(text) if n.startswith("回")]


# 2. Japanese forms, seats in brackets


def test_kabushiki_kaisha_after_the_name_is_a_legal_ending():
    assert "青山精机株式会社" in names("澄岳电子与青山精机株式会社签订采购合同。")


def test_kabushiki_kaisha_before_the_name_opens_it():
    assert "株式会社青山制作所" in names("公司与株式会社青山制作所签订供货合同。")
    assert "株式会社澜桥" in names("株式会社澜桥与澄岳电子签订采购合同。")


def test_kabu_in_brackets_after_the_name_is_a_japanese_firm():
    text = "澜桥（株）收购澄岳科技30%股权。"
    assert "澜桥（株）" in names(text)
    assert facts(text, "acquisition")[0]["acquirer"] == ["澜桥（株）"]


def test_the_three_japanese_forms_share_a_key():
    keys = {m.key for text in ("澜桥（株）收购了澄岳科技。", "株式会社澜桥收购了澄岳科技。", "澜桥株式会社收购了澄岳科技。")
            for m in _doc(text).mentions if "澜桥" in m.text}
    assert keys == {"name:澜桥"}


def test_a_seat_in_brackets_inside_a_registered_name_keeps_its_head():
    text = "星河（深圳）科技股份有限公司收购澄岳电子20%股权。"
    assert "星河（深圳）科技股份有限公司" in names(text)
    assert "科技股份有限公司" not in names(text)


# 3. misreadings


def test_a_party_noun_glued_before_a_name_is_no_part_of_it():
    text = "收购方青创证券以5亿元收购澄岳科技30%股权。"
    assert "青创证券" in names(text)
    assert "方青创证券" not in names(text)


def test_fang_that_opens_a_word_after_the_verb_is_the_name():
    assert "方正证券" in names("澄岳电子收购方正证券30%股权。")


def test_a_role_noun_whose_fang_opens_fangshi_introduces_no_name():
    assert names("2、减持股份来源：协议受让方式取得。") == []
    assert not [n for n in names("股东澜石拟以协议转让方式出让所持公司股票。") if n.startswith("式")]


def test_a_descriptive_word_before_a_legal_ending_after_biangengwei_is_a_name():
    assert "深蓝集团" in names("公司名称由澄岳电子变更为深蓝集团。")


def test_a_short_name_ending_in_wei_is_no_person():
    assert not person_shaped("华测微")
    assert "华测微" not in people("华测微收购了澄岳科技。")


def test_a_given_name_that_is_a_word_is_a_person_in_a_list_of_people():
    text = "胡一川、李明远共同创立了澄岳科技。"
    assert {"胡一川", "李明远"} <= set(people(text))
    assert facts(text, "founding")[0]["founder"] == ["胡一川", "李明远"]
    assert not person_shaped("胡一川") and person_shaped("胡一川", listed=True)


def test_persons_listed_without_titles_before_fenbie_chiyou_are_people():
    assert {"张明", "李芳", "王志远"} <= set(people("张明、李芳、王志远分别持有公司5.2%、3.1%、2.4%股份。"))


def test_a_person_after_a_five_character_relation_is_found():
    assert {"李澄", "梁耀光"} <= set(people("其一致行动人李澄先生直接持有公司股份；实际控制人梁耀光先生未减持。"))


def test_a_relation_opening_a_clause_subject_is_no_organisation():
    assert not [n for n in names("其实际控制人筱澄曾任发行人董事长。") if n.startswith("实际控制人")]


def test_shares_from_a_conversion_are_no_name():
    assert "资本公积金转增股份" not in names("上述股票系资本公积金转增股份。")


def test_a_stop_word_right_at_a_bank_ending_is_the_names_word():
    assert "瑞恒联合银行" in names("此外，瑞恒联合银行在三季度增持了澄岳电子。")


# 4. subsidiaries set off by a dash


def test_a_subsidiary_after_a_dash_is_owned_by_the_announcer():
    text = "澄岳集团发布公告称，其全资子公司——澜石科技与蓝岸电子签订采购合同。"
    assert facts(text, "ownership") == [{"owner": ["澄岳集团"], "unit": ["澜石科技"]}]
    assert facts(text, "purchase")[0]["buyer"] == ["澜石科技"]


def test_a_subsidiary_after_a_single_dash_is_owned_by_the_name_before_the_word():
    text = "澄岳集团控股子公司—澜石科技中标澄岳市地铁项目。"
    assert facts(text, "ownership") == [{"owner": ["澄岳集团"], "unit": ["澜石科技"]}]


def test_the_name_before_a_colon_and_guanyu_announces_the_headline():
    assert "澄岳互动" in names("澄岳互动：关于大股东拟出售部分股票的提示性公告")


def test_people_listed_before_suochi_are_people():
    text = "韦刚、张仁澄、何昀所持本公司股票自上市之日起锁定一年。"
    assert {"韦刚", "张仁澄", "何昀"} <= set(people(text))


def test_an_adverb_of_repetition_after_a_short_name_is_no_part_of_it():
    found = names("日前，澄岳银行接连披露两份大股东出售股票的公告。")
    assert "澄岳银行" in found and "澄岳银行接连" not in found


def test_a_document_issued_is_no_name():
    assert not [n for n in names("随后，该行又发公告表示，澄岳投资已出售部分股票。") if n.endswith("公告")]

"""Chinese signings (round 17): two organisations signing with each other (A与B正式签约, A与B举行了签约仪式, 在A与B
举行的签约仪式上, 公司与B签约) are a partnership whose kind is unsaid; a person signing with an employer, a count of
customers signed (签约客户) or an amount signed (签约金额) is none. All company names are invented; the sentences are
written for these tests."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


def test_two_organisations_sign_with_each_other():
    fact = one("9月16日，云杉材料与东岭证券正式签约。", "partnership")
    assert names(fact, "party") == ["云杉材料", "东岭证券"] and fact.date.text == "9月16日"
    assert fact.modality == "asserted"


def test_a_signing_ceremony_names_the_parties():
    assert names(one("青禾医疗与南溪县人民政府举行了签约仪式。", "partnership"), "party") == ["青禾医疗", "南溪县人民政府"]
    text = "在青禾医疗与远川物流集团举行的签约仪式上，青禾医疗表示将扩大冷链合作。"
    assert names(one(text, "partnership"), "party") == ["青禾医疗", "远川物流集团"]


def test_several_partners_after_the_word_with():
    text = "远川城建集团与东岭银行、北溪银行等三家银行签约，共获得180亿元授信。"
    assert names(one(text, "partnership"), "party") == ["远川城建集团", "东岭银行", "北溪银行"]


def test_the_company_announcing_signs():
    text = "云杉材料(300871)公告，公司与远川物流集团正式签约。"
    assert names(one(text, "partnership"), "party") == ["云杉材料", "远川物流集团"]


def test_a_person_a_count_or_an_amount_signed_is_no_partnership():
    assert facts("去年，赵远与远川物流集团签约成为一名调度员。", "partnership") == []
    assert facts("远川物流集团目前累计签约客户51家。", "partnership") == []
    assert facts("云杉材料与远川物流集团签约金额达2亿元。", "partnership") == []


def test_a_ceremony_named_by_its_agreement():
    text = "5月12日，东岭文旅集团与北溪数字科技有限公司顺利举办合作框架协议签约仪式。"
    assert names(one(text, "partnership"), "party") == ["东岭文旅集团", "北溪数字科技有限公司"]


def test_a_name_written_in_full_and_short_is_one_party():
    text = "9月3日，上海云谷集团与浙江省临川市南溪区在云谷集团正式签订了产业园项目合作协议。"
    assert all(sorted(names(f, "party")) != ["上海云谷集团", "云谷集团"] for f in facts(text, "partnership"))


def test_the_company_announcing_signs_a_sale_contract():
    text = "云杉材料(300871)公告，公司与远川物流集团签订了《冷链设备销售合同》，合同总价为1.35亿元。"
    fact = one(text, "purchase")
    assert names(fact, "supplier") == ["云杉材料"] and names(fact, "buyer") == ["远川物流集团"]
    assert fact.amount.text == "1.35亿元"


def test_the_company_announcing_signs_a_supply_agreement_on_a_day():
    text = "云杉材料(300871)公告，公司与远川物流集团于近日签署了《保温材料供货框架协议》。"
    fact = one(text, "purchase")
    assert names(fact, "supplier") == ["云杉材料"] and names(fact, "buyer") == ["远川物流集团"]

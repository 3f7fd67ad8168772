"""A holder's plan of selling down (减持): the people who plan it, as announcements list and time them
(sentences written by the team, invented names)."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


def test_a_name_before_its_plan_keeps_two_characters():
    deal = one("澄星电子公告，公司实控人李岚计划于6个月内以集中竞价方式减持所持本公司股份，合计不超过380万股。", "acquisition")
    assert names(deal, "seller") == ["李岚"]
    assert deal.modality == "planned"


def test_a_name_before_a_time_word_keeps_two_characters():
    deal = one("澄星电子公告，公司监事赵明近期减持公司股份12万股。", "acquisition")
    assert names(deal, "seller") == ["赵明"]


def test_every_person_acting_in_concert_sells():
    deal = one("澄星电子公告，公司实控人李岚及一致行动人王澄、赵宁拟合计减持不超过公司5%股份。", "acquisition")
    assert names(deal, "seller") == ["李岚", "王澄", "赵宁"]


def test_people_acting_in_concert_then_a_firm():
    deal = one("澄星电子公告，公司实控人李岚及其一致行动人王澄、青禾投资计划减持公司股份不超过300万股。", "acquisition")
    assert names(deal, "seller") == ["李岚", "王澄", "青禾投资"]


def test_the_plan_timed_in_the_sellers_clause_and_the_manner_in_the_next():
    text = ("澄星电子11月1日晚间公告，公司实控人李岚、王澄、赵明计划于2025年11月25日至2026年5月23日，"
            "以大宗交易或集中竞价方式，合计减持所持本公司股份最多380万股。")
    deal = one(text, "acquisition")
    assert names(deal, "seller") == ["李岚", "王澄", "赵明"]
    assert names(deal, "target") == ["澄星电子"]
    assert deal.modality == "planned"


def test_a_plan_then_another_deal_in_the_sellers_clause_gives_no_seller_to_the_sale():
    text = "公司实控人李岚计划收购岚山科技，以集中竞价方式，减持不超过100万股。"
    assert not [f for f in facts(text, "acquisition") if f.roles.get("seller")]


def test_a_persons_notice_of_a_sale_names_the_seller():
    deal = one("澄星电子于近日收到李岚出具的《减持股份计划告知函》。", "acquisition")
    assert names(deal, "seller") == ["李岚"]
    assert names(deal, "target") == ["澄星电子"]
    assert deal.modality == "planned"


def test_each_person_sending_a_notice_of_a_completed_sale_sold():
    deal = one("澄星电子近日收到王澄、赵明德、孙立和杜毅的《减持计划完成告知函》。", "acquisition")
    assert names(deal, "seller") == ["王澄", "赵明德", "孙立", "杜毅"]
    assert deal.modality == "asserted"


def test_a_regulators_letter_names_no_person():
    assert not facts("澄星电子于近日收到深交所出具的《关注函》。", "acquisition")
    found = facts("澄星电子于近日收到金融办的《问询函》。")
    assert not [f for f in found if any(m.kind == "person" for ms in f.roles.values() for m in ms)]


def test_senders_whose_given_names_are_words_sell_when_most_of_the_list_are_people():
    text = "格隆汇11月8日丨澄星电子(002771.SZ)公布，近日，公司收到王国红、陈瑞良、马亚和杜毅的《减持计划完成告知函》。"
    deal = one(text, "acquisition")
    assert names(deal, "seller") == ["王国红", "陈瑞良", "马亚", "杜毅"]
    assert names(deal, "target") == ["澄星电子"]


def test_a_notice_received_by_a_company_no_one_names_sells_nothing():
    assert not facts("公司于近日收到李岚出具的《减持股份计划告知函》。", "acquisition")

"""Chinese tenders won (round 17): the company reporting the award wins it where the text calls it 公司 (公司成为B…
项目的中标人 / 确定公司为…的中标供应商 / 公司收到中标通知书，确定中标…项目); the tenderer who sent the notice of award
(收到B发出的《中标通知书》) buys, not an agent that runs tenders for others; a project won whose owner is not named
(A中标临江县…工程施工3标段) is a purchase with its buyer empty; the price before the word (A以3.2亿元中标…) is the
award; a provisional award (预中标) is planned. All company names are invented; the sentences are written for these
tests."""

from __future__ import annotations

from tests.extract.readers import facts, names, one, roles


def test_the_company_reporting_becomes_the_winner_of_a_named_buyers_tender():
    text = "澜舟电气(300918)5月6日晚间公告，公司成为南岭电网有限公司2024年配电设备集中采购项目的中标人，中标金额约3.48亿元。"
    fact = one(text, "purchase")
    assert names(fact, "supplier") == ["澜舟电气"] and names(fact, "buyer") == ["南岭电网有限公司"]
    assert fact.amount.text == "约3.48亿元" and fact.modality == "asserted"


def test_the_sender_of_the_notice_of_award_buys():
    text = ("青禾环境(603827)9月2日晚公告，公司日前收到临川水务集团有限公司签发的中标通知书，确定公司为"
            "“城南片区雨污分流改造工程”的中标单位，中标价为人民币2.16亿元。")
    fact = one(text, "purchase")
    assert names(fact, "supplier") == ["青禾环境"] and names(fact, "buyer") == ["临川水务集团有限公司"]
    assert fact.amount.text == "2.16亿元"


def test_an_agent_sending_the_notice_is_no_buyer():
    text = ("青禾环境(603827)9月2日晚公告，公司收到东岭招标代理有限公司送达的中标通知书，确定公司为"
            "城南片区雨污分流改造工程的中标单位，中标价为人民币2.16亿元。")
    fact = one(text, "purchase")
    assert names(fact, "supplier") == ["青禾环境"] and roles(fact)["buyer"] == []


def test_a_project_won_whose_owner_is_not_named():
    text = "远岫路桥建设有限公司中标临江县滨河大道改造工程施工2标段，中标价为人民币41,380万元。"
    fact = one(text, "purchase")
    assert names(fact, "supplier") == ["远岫路桥建设有限公司"] and roles(fact)["buyer"] == []
    assert fact.amount.text == "41,380万元"


def test_a_subsidiary_wins_and_the_price_follows():
    text = "北辰建设(601877)4月9日晚间公告，全资子公司远岫路桥建设有限公司中标临江县环城高速PPP项目，中标价约18.6亿元。"
    fact = one(text, "purchase")
    assert names(fact, "supplier") == ["远岫路桥建设有限公司"] and fact.amount.text == "约18.6亿元"


def test_the_notice_received_then_the_project_won():
    text = ("2023年5月8日，澜舟环卫(603686)晚间公告，公司收到中标通知书，确定中标南溪县城乡环卫一体化特许经营项目"
            "01包，合同总额5.2亿元。")
    fact = one(text, "purchase")
    assert names(fact, "supplier") == ["澜舟环卫"] and fact.amount.text == "5.2亿元"


def test_the_price_before_the_word_is_the_award():
    fact = one("云帆管业股份有限公司以人民币63,218,400.50元投标报价中标“东湖引水工程管材采购(一标包)”。", "purchase")
    assert names(fact, "supplier") == ["云帆管业股份有限公司"] and fact.amount.text == "63,218,400.50元"
    fact = one("云帆管业股份有限公司以2.7亿元中标南岭电网有限公司输电线路材料采购项目。", "purchase")
    assert names(fact, "buyer") == ["南岭电网有限公司"] and fact.amount.text == "2.7亿元"


def test_a_provisional_award_and_a_candidate_are_planned():
    text = "澜舟电气(300918)公告，全资子公司远岫智能科技有限公司预中标临江县人才公寓建设项目精装修工程。"
    assert one(text, "purchase").modality == "planned"
    text = "澜舟电气(300918)7月3日晚间公告，公司成为南岭电网有限公司2024年第二批配网物资采购标段的中标候选人。"
    fact = one(text, "purchase")
    assert fact.modality == "planned" and names(fact, "supplier") == ["澜舟电气"]


def test_a_notice_and_an_award_as_nouns_win_nothing():
    assert facts("公司此次中标项目为临江县滨河大道改造工程。", "purchase") == []
    assert facts("澜舟电气(300918)公告，公司收到中标通知书。", "purchase") == []


def test_the_company_reporting_and_its_units_win_as_one():
    text = ("远川建工(601668)3月9日晚间公告，近日，公司及其全资子公司作为联合体牵头方中标滨江快速路改扩建EPC总承包项目，"
            "中标价约64.2亿元。")
    fact = one(text, "purchase")
    assert names(fact, "supplier") == ["远川建工"] and fact.amount.text == "约64.2亿元"


def test_a_tender_lost_or_hoped_for_is_no_award():
    assert facts("远川建工(601668)公告，公司未能中标滨江快速路改造工程。", "purchase") == []
    assert facts("远川建工(601668)公告，公司有望中标滨江快速路改造工程。", "purchase") == []


def test_each_member_of_a_consortium_wins_its_part():
    text = ("远川建工集团旗下全资子公司远川城建有限责任公司与北溪路桥建设有限公司、东岭水利建设有限公司组成联合体，"
            "中标南溪大桥工程施工一标段项目。")
    won = facts(text, "purchase")
    assert sorted(f.roles["supplier"][0].text for f in won) == ["东岭水利建设有限公司", "北溪路桥建设有限公司", "远川城建有限责任公司"]
    assert all(f.amount is None and f.roles["buyer"] == [] for f in won)


def test_the_company_reporting_is_a_member_of_the_consortium():
    text = ("青禾环境(300388)6月3日晚公告，公司收到中标通知书，确认公司与北溪环保科技有限公司、东岭建设工程有限公司组成的"
            "联合体，为南溪县乡村污水处理设施PPP项目的中标人。")
    won = facts(text, "purchase")
    assert sorted(f.roles["supplier"][0].text for f in won) == ["东岭建设工程有限公司", "北溪环保科技有限公司", "青禾环境"]


def test_the_company_leading_a_consortium_is_named_candidate():
    text = "远川园林(300649)公告，公司作为联合体牵头人为南溪新区环境综合整治工程项目中标候选人。"
    fact = one(text, "purchase")
    assert names(fact, "supplier") == ["远川园林"] and fact.modality == "planned"


def test_the_works_won_as_a_noun_are_no_second_award():
    text = "东岭路桥(600853)公告，公司近日收到两个工程的中标通知书。中标工程分别为南溪县环城公路工程施工项目及北溪高速路面工程。"
    assert facts(text, "purchase") == []


def test_the_owner_opening_a_quoted_title_buys():
    text = "远川科技(002091)4月2日晚间公告，近日，公司成功中标“南岭电网有限公司2024年第二批变电设备集中采购”等项目。"
    fact = one(text, "purchase")
    assert names(fact, "buyer") == ["南岭电网有限公司"] and names(fact, "supplier") == ["远川科技"]


def test_two_tenderers_sending_notices_give_no_single_buyer():
    text = ("青禾建设(002724)公告，公司全资子公司北溪建设有限公司日前先后收到南溪县卫生健康委员会、东岭安居住房投资有限公司"
            "寄来的中标通知书，确认北溪建设有限公司分别为“南溪县中心医院迁建项目”、“东岭老旧小区改造项目”的中标单位。")
    assert all(f.roles["buyer"] == [] for f in facts(text, "purchase"))


def test_the_word_glued_to_a_name_is_no_winner():
    text = "东岭智控集团及联合中标人北溪电信产业控股有限公司中标南溪市智能交通指挥平台建设项目，中标金额为3.2亿元。"
    assert all(not m.text.startswith("中标") for f in facts(text, "purchase") for m in f.roles["supplier"])


def test_the_company_named_before_its_bare_announcement_wins():
    fact = one("澜石环卫公告，公司中标南溪县城乡环卫一体化服务项目，项目总金额4.82亿元。", "purchase")
    assert names(fact, "supplier") == ["澜石环卫"] and fact.amount.text == "4.82亿元"
    fact = one("澜石重工公告，公司成为东岭电网有限公司风电塔筒采购标段2的中标候选人。", "purchase")
    assert names(fact, "supplier") == ["澜石重工"] and names(fact, "buyer") == ["东岭电网有限公司"]
    assert fact.modality == "planned"


def test_the_one_sending_the_notice_is_no_winner():
    text = "2021年，南溪交投向北溪园林发出中标通知书，明确北溪园林中标南溪市东湖新城道路绿化工程，中标价为1.8亿元。"
    assert all(names(f, "supplier") != ["南溪交投"] for f in facts(text, "purchase"))


def test_the_winner_named_after_the_word():
    text = "南溪县环城公路工程施工项目评标结果公示，中标单位为北辰路桥建设有限公司，中标价为1.26亿元。"
    fact = one(text, "purchase")
    assert names(fact, "supplier") == ["北辰路桥建设有限公司"] and roles(fact)["buyer"] == []
    assert fact.amount.text == "1.26亿元"

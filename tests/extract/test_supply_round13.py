"""Compute and chip supply as announcements and news tell it (round 13, real text as development text): the two sides
of a service contract named 甲方/乙方 in brackets (简称“澜舟”、“乙方”), a contract's value in the sentence after
the deal (本次合同金额为…), compute services supplied with a word or two before the noun (提供高性能算力服务), goods
ordered from a maker (向A订购了…), a tender whose project opens with a place (中标临江市…项目: no buyer named), and
people with titles who unveil a lab (they are no parties). All company and person names are invented."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from tests.extract.readers import REF, facts, names, one, roles


def test_the_two_sides_of_a_contract_named_in_brackets():
    text = ("2025年4月9日，澜舟通信集团有限公司(简称“澜舟”、“乙方”)与杭州云岫科技有限公司(简称“甲方”)签订"
            "《智能算力服务合同》，乙方向甲方提供专属算力服务。")
    fact = one(text, "purchase")
    assert names(fact, "buyer") == ["杭州云岫科技有限公司"]
    assert names(fact, "supplier") == ["澜舟通信集团有限公司"]


def test_short_names_listed_with_or():
    text = "青禾数据科技有限公司(下称“青禾数据”或“乙方”)拟于下月交付设备。乙方向远帆智能提供算力服务。"
    fact = one(text, "purchase")
    assert names(fact, "supplier") == ["青禾数据科技有限公司"]
    assert roles(fact)["buyer"] == ["远帆智能"]


def test_a_contract_value_in_the_sentence_after_the_purchase():
    text = "5月6日，北溟科技与星槎智能有限公司签署了《智算服务合同》，星槎智能向北溟科技采购GPU租用服务。该合同总金额为41800万元，期限为三年。"
    fact = one(text, "purchase")
    assert roles(fact) == {"buyer": ["星槎智能"], "supplier": ["北溟科技"]}
    assert fact.amount is not None and fact.amount.text == "41800万元"


def test_a_contract_value_goes_to_no_purchase_that_has_one():
    text = "星槎智能向北溟科技采购算力服务，金额为2亿元。合同总金额约为2.4亿元(含税)。"
    fact = one(text, "purchase")
    assert fact.amount.text == "2亿元"


def test_a_contract_value_with_no_purchase_before_it_gives_nothing():
    assert facts("北溟科技发布公告称经营稳定。本次订单金额约3亿元。", "purchase") == []


def test_compute_services_described_before_the_noun():
    fact = one("双方签约后，远川通信将向白鹭科技提供智能算力服务，金额为1.2亿元。", "purchase")
    assert roles(fact) == {"buyer": ["白鹭科技"], "supplier": ["远川通信"]}
    assert fact.amount.text == "1.2亿元"
    assert facts("远川通信是国内领先的智能算力服务商。", "purchase") == []


def test_goods_ordered_from_their_maker():
    fact = one("去年底，云舟互娱向英伟达订购了价值约6亿美元的GPU。", "purchase")
    assert roles(fact) == {"buyer": ["云舟互娱"], "supplier": ["英伟达"]}
    assert fact.amount.text == "约6亿美元"


def test_a_place_opening_a_project_is_no_buyer_of_the_tender():
    text = "澄海电子控股子公司北川工程设计有限公司中标临江市人工智能算力中心项目，中标金额为人民币4.1亿元。"
    won = one(text, "purchase")  # (round 15: the supplier's sale to a buyer left unnamed is kept, its buyer empty)
    assert roles(won) == {"buyer": [], "supplier": ["北川工程设计有限公司"]} and won.amount.text == "4.1亿元"
    assert roles(one(text, "ownership")) == {"owner": ["澄海电子"], "unit": ["北川工程设计有限公司"]}


def test_people_unveiling_a_lab_are_no_parties():
    text = "东湖大学党委常委、副校长周衡院士(左)与澜芯科技创始人、董事长吴越(右)一起为联合实验室揭牌。"
    assert facts(text, "partnership") == []
    lab = one("东湖大学与澜芯科技共建的联合实验室正式揭牌。", "partnership")
    assert roles(lab)["party"] == ["东湖大学", "澜芯科技"]


def test_bought_from_the_company_announcing():
    text = "5月8日，北溟通信公告，星槎智能科技有限公司向公司采购GPU云服务。本次订单金额为6.2亿元。"
    fact = one(text, "purchase")
    assert roles(fact) == {"buyer": ["星槎智能科技有限公司"], "supplier": ["北溟通信"]}
    assert fact.amount.text == "6.2亿元"


def test_a_short_name_in_bare_brackets_is_the_name_before_it():
    text = "12日，青川投资管理有限公司(青投公司)与澜思科技签署战略合作协议。这是青投公司今年的第二份合作协议。"
    [fact] = facts(text, "partnership")
    assert names(fact, "party") == ["青川投资管理有限公司", "澜思科技"]


def test_another_name_in_bare_brackets_is_no_short_name():
    doc = extract("t", "青川投资管理有限公司(北辰集团)与澜思科技签署战略合作协议。北辰集团随后发布公告。", REF)
    assert [m.canonical for m in doc.mentions if m.text == "北辰集团"]
    assert all(m.canonical != "青川投资管理有限公司" for m in doc.mentions if m.text == "北辰集团")


def test_two_companies_setting_up_a_third_together():
    text = "3月2日，澜石电气宣布与浙江云岫数据有限公司(简称“云岫”)共同设立浙江澜石云科技有限公司，注册资本8000万元。"
    fact = one(text, "partnership")
    assert fact.qualifiers["kind"] == "joint_venture"
    assert names(fact, "party") == ["澜石电气", "浙江云岫数据有限公司"]
    assert roles(fact)["result"] == ["浙江澜石云科技有限公司"]


def test_a_project_company_with_the_company_announcing():
    text = ("星河通信集团(下称“公司”)于昨日召开董事会。公司拟与澜思科技有限公司、北辰智算有限公司成立项目公司，"
            "在华南开展智算中心建设。")
    [fact] = facts(text, "partnership")
    assert fact.modality == "planned" and fact.qualifiers["kind"] == "joint_venture"
    assert names(fact, "party") == ["星河通信集团", "澜思科技有限公司", "北辰智算有限公司"]


def test_the_largest_customer_named_in_the_clause_after_zuowei():
    fact = one("作为青禾智行的最大客户，远川汽车集团带来的收入占总营收的52.3%。", "purchase")
    assert roles(fact) == {"buyer": ["远川汽车集团"], "supplier": ["青禾智行"]}
    assert fact.qualifiers["share_of_revenue"].text == "52.3%"
    listed = one("作为青禾智行的最大客户，远川汽车集团带来的收入分别占总营收的52.3%和47.1%。", "purchase")
    assert "share_of_revenue" not in listed.qualifiers  # one share per year, the years not given: none rather than one


def test_several_buyers_ordering_from_a_maker_described():
    text = "英伟达股价当日上涨。云舟互娱、星图网络和北溟数据都向这家加州GPU制造商下单订购了8亿美元的加速卡。"
    found = facts(text, "purchase")
    assert [roles(f)["buyer"] for f in found] == [["云舟互娱"], ["星图网络"], ["北溟数据"]]
    assert {names(f, "supplier")[0] for f in found} == {"英伟达"}
    assert all(f.amount is None for f in found)  # the money is what the three paid together


def test_revenue_from_a_deed_names_no_customer():
    assert facts("2020年，青岚微电子的收入主要来自将边缘智能加速模组授权给客户B。", "purchase") == []
    fact = one("青岚微电子超过一半的收入来自远川汽车。", "purchase")
    assert roles(fact) == {"buyer": ["远川汽车"], "supplier": ["青岚微电子"]}


def test_the_partner_is_the_unit_named_after_its_owner():
    text = "目前澜思科技已与北辰股份控股子公司青禾文化传媒有限公司建立了稳定的业务合作关系。"
    fact = one(text, "partnership")
    assert roles(fact)["party"] == ["澜思科技", "青禾文化传媒有限公司"]
    assert roles(one(text, "ownership")) == {"owner": ["北辰股份"], "unit": ["青禾文化传媒有限公司"]}


def test_the_term_of_a_contract_is_the_period_of_the_purchase():
    text = "星槎智能向北溟科技采购GPU租用服务。合同总金额为2.8亿元，租用期限为三年，从2025年3月1日至2028年2月29日止。"
    fact = one(text, "purchase")
    period = fact.qualifiers["period"].value
    assert (period.start, period.end) == ("2025-03-01", "2028-02-29")
    assert fact.amount.text == "2.8亿元"
    signed = one("6月9日，星槎智能向北溟科技采购GPU租用服务，金额为1亿元。", "purchase")
    assert signed.qualifiers["period"].text == "6月9日"  # no term told: the day it was bought


def test_a_framework_agreement_turned_round_by_the_purchase_told_after_it():
    text = "北溟通信与云舟互娱签署《GPU采购框架协议》，云舟互娱预计两年内向北溟通信采购不超过6亿元的算力服务。"
    found = facts(text, "purchase")
    assert {(f.modality, roles(f)["buyer"][0], roles(f)["supplier"][0]) for f in found} == {
        ("asserted", "云舟互娱", "北溟通信"), ("expected", "云舟互娱", "北溟通信")}
    same_way = facts("北溟通信与云舟互娱签署《GPU采购框架协议》，金额不超过6亿元。", "purchase")
    assert [(roles(f)["buyer"], roles(f)["supplier"]) for f in same_way] == [(["北溟通信"], ["云舟互娱"])]

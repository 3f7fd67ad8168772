"""Chinese purchases, customers and suppliers (round 15, real text as development text): a supplier's contract with a
customer the text does not name (与客户签订《算力服务协议》, 获得一份…的算力租赁合同, 与“上海Y公司”签署…): a
purchase with its buyer empty; a tender won or proposed with no buyer in the clause (由A中标, A以…元中标, A以…元成为
第一中标候选人: planned); a supplier ranked for its customers (A成为B、C的核心供应商, A进入B供应链). All company
names are invented; the sentences are written for these tests."""

from __future__ import annotations

from tests.extract.readers import facts, names, one, roles


def test_a_contract_with_a_customer_left_unnamed():
    text = "2025年3月2日，星澜智算科技有限公司与客户签订《AI算力服务协议》，合同总金额为人民币8,420.5万元（含税），服务期36个月。"
    fact = one(text, "purchase")
    assert roles(fact)["buyer"] == []
    assert names(fact, "supplier") == ["星澜智算科技有限公司"]
    assert fact.amount.text == "8,420.5万元" and fact.modality == "asserted"


def test_a_contract_fee_is_the_contract_price():
    text = "远岫数据科技有限公司与一家头部互联网公司签订算力租赁合同，合同费用总额为人民币2,310.6万元。"
    fact = one(text, "purchase")
    assert roles(fact)["buyer"] == [] and fact.amount.text == "2,310.6万元"


def test_a_contract_won_from_no_named_customer():
    fact = one("云杉数据科技股份有限公司宣布获得一份价值12亿元的算力服务合同，服务期限为三年。", "purchase")
    assert names(fact, "supplier") == ["云杉数据科技股份有限公司"] and roles(fact)["buyer"] == []
    assert fact.amount.text == "12亿元"


def test_a_contract_won_from_a_named_customer():
    fact = one("北溟信息科技有限公司斩获字节跳动的算力租赁合同，金额约3亿元。", "purchase")
    assert roles(fact)["buyer"] == ["字节跳动"] and roles(fact)["supplier"] == ["北溟信息科技有限公司"]


def test_a_letter_standing_for_a_withheld_name_is_no_buyer_and_a_contract_ended_is_off():
    text = "青禾科技股份有限公司与“上海Y公司”签署的《算力服务协议》正式解除，该协议原定总金额为9亿元。"
    fact = one(text, "purchase")
    assert roles(fact)["buyer"] == [] and names(fact, "supplier") == ["青禾科技股份有限公司"]
    assert fact.modality == "negated"


def test_a_purchase_from_a_supplier_left_unnamed_is_not_kept():
    assert facts("星河算力科技有限公司与K公司签署一份整机采购合同，金额为5600万元。", "purchase") == []


def test_a_customer_called_by_its_name_is_not_unnamed():
    text = "澄川通信股份有限公司与一家名为“远川智算”的企业签署《算力租赁协议》，金额为3.2亿元。"
    assert all(f.roles["buyer"] for f in facts(text, "purchase"))


def test_the_announcer_is_not_carried_to_another_subjects_contract():
    # the clause's own subject, a bare name, is read now (test_fact_subjects36): the contract is its, never the announcer's
    text = "星澜智算科技有限公司发布公告。澄湖数联与某客户签订算力服务合同，合同金额约4.6亿元。"
    assert [names(f, "supplier") for f in facts(text, "purchase")] == [["澄湖数联"]]
    assert all(names(f, "buyer") == [] for f in facts(text, "purchase"))


def test_a_tender_won_by_the_company_after_you():
    text = "第二包由远岫信息技术有限公司中标，中标金额为128.5万元。"
    fact = one(text, "purchase")
    assert names(fact, "supplier") == ["远岫信息技术有限公司"] and roles(fact)["buyer"] == []
    assert fact.amount.text == "128.5万元" and fact.modality == "asserted"


def test_a_tender_won_at_a_price():
    fact = one("北辰通信股份有限公司以1.2亿元中标，项目包括服务器和存储设备。", "purchase")
    assert fact.amount.text == "1.2亿元" and roles(fact)["buyer"] == []


def test_a_first_candidate_is_a_planned_purchase():
    fact = one("在这次服务器集采中，长岭计算技术有限公司以约3.82亿元成为第一中标候选人，获得40%份额。", "purchase")
    assert names(fact, "supplier") == ["长岭计算技术有限公司"]
    assert fact.modality == "planned" and fact.amount.text == "约3.82亿元"


def test_a_runner_up_gets_nothing():
    assert facts("澄川建设股份有限公司以2.25亿元的报价成为第二中标候选人。", "purchase") == []


def test_a_candidate_named_for_a_buyers_project():
    text = "经评审，确定星河通信股份有限公司为远帆数科有限公司智算中心项目的第一中标候选人，投标报价约2.1亿元。"
    fact = one(text, "purchase")
    assert names(fact, "supplier") == ["星河通信股份有限公司"] and names(fact, "buyer") == ["远帆数科有限公司"]
    assert fact.modality == "planned"


def test_a_tender_notice_names_no_winner():
    assert facts("远帆数科有限公司发布了服务器采购项目的中标公告。", "purchase") == []


def test_core_supplier_of_two_customers():
    found = facts("青岚光电科技有限公司已成为英伟达和谷歌的核心供应商，在手订单超过20亿元。", "purchase")
    assert sorted(roles(f)["buyer"][0] for f in found) == ["英伟达", "谷歌"]
    assert all(roles(f)["supplier"] == ["青岚光电科技有限公司"] for f in found)


def test_a_tier_one_supplier():
    fact = one("澜石科技是小米汽车的一级供应商。", "purchase")
    assert roles(fact) == {"buyer": ["小米汽车"], "supplier": ["澜石科技"]}


def test_into_a_supply_chain():
    fact = one("宁远微电子进入了华为的供应链体系。", "purchase")
    assert roles(fact) == {"buyer": ["华为"], "supplier": ["宁远微电子"]}


def test_a_supplier_with_no_customer_named_is_nothing():
    assert facts("远川电子已成为全球领先的光模块供应商。", "purchase") == []


def test_not_yet_a_supplier():
    fact = one("澜石科技尚未成为比亚迪的供应商。", "purchase")
    assert fact.modality == "negated"


# Customers and suppliers ranked in a prospectus or annual report


def test_the_company_ranking_its_customer_is_the_one_named_in_the_clause():
    text = "远帆智能发布公告。星澜智算2024年第一大客户为百度，销售收入为4.2亿元，占营业收入的36.7%。"
    fact = one(text, "purchase")
    assert roles(fact) == {"buyer": ["百度"], "supplier": ["星澜智算"]}
    assert fact.amount.text == "4.2亿元" and fact.qualifiers["share_of_revenue"].text == "36.7%"


def test_a_share_in_the_clause_after_the_rank():
    fact = one("远航科技前五大客户中，华为为第一大客户，2024年销售额占比为33.5%。", "purchase")
    assert fact.qualifiers["share_of_revenue"].text == "33.5%"


def test_the_supplier_ranked_by_the_company_before_it():
    fact = one("远帆智能发布公告。青禾机器人的第一大供应商为台积电，采购额占比为45.3%。", "purchase")
    assert roles(fact) == {"buyer": ["青禾机器人"], "supplier": ["台积电"]}


def test_a_share_for_each_year_of_the_period():
    text = "招股书显示，2022年至2024年，云岫科技来自第一大客户字节跳动的收入分别占总收入的35.1%、42.3%及51.0%。"
    found = facts(text, "purchase")
    assert [(f.qualifiers["period"].value.value, f.qualifiers["share_of_revenue"].text) for f in found] == [
        ("2022", "35.1%"), ("2023", "42.3%"), ("2024", "51.0%")]
    assert all(roles(f)["supplier"] == ["云岫科技"] for f in found)


def test_shares_of_periods_not_numbered_give_no_share():
    text = "报告期内，星河智能科技股份有限公司对第一大客户星河汽车的销售收入占营业收入的比例分别为45.2%、38.1%和30.6%。"
    fact = one(text, "purchase")
    assert roles(fact)["buyer"] == ["星河汽车"] and "share_of_revenue" not in fact.qualifiers


def test_shares_of_purchases_for_each_year():
    text = "2023年至2024年，青松科技向英伟达采购金额占采购总额的比例分别为62.3%和70.1%。"
    found = facts(text, "purchase")
    assert [f.qualifiers["share_of_purchases"].text for f in found] == ["62.3%", "70.1%"]


def test_companies_counted_back_buy():
    text = "星河云科技有限公司和远帆智能科技有限公司已向英伟达询问芯片交付时间。知情人士称，这两家公司将向英伟达大量采购H200芯片。"
    found = facts(text, "purchase")
    assert sorted(roles(f)["buyer"][0] for f in found) == ["星河云科技有限公司", "远帆智能科技有限公司"]
    assert all(roles(f)["supplier"] == ["英伟达"] for f in found)


def test_a_kind_of_company_buying_is_not_the_one_before():
    text = "远帆智能发布了新模型。多家互联网公司正向英伟达采购GPU。"
    assert all(roles(f)["buyer"] != ["远帆智能"] for f in facts(text, "purchase"))


def test_a_big_order_won_from_no_named_customer():
    fact = one("星河通信股份有限公司本月斩获6.2亿元算力服务大单。", "purchase")
    assert roles(fact) == {"buyer": [], "supplier": ["星河通信股份有限公司"]} and fact.amount.text == "6.2亿元"


def test_an_order_from_a_named_customer_keeps_its_buyer():
    fact = one("远川科技股份有限公司获得华为的服务器订单。", "purchase")
    assert roles(fact) == {"buyer": ["华为"], "supplier": ["远川科技股份有限公司"]}


def test_a_customer_in_a_city_left_unnamed():
    fact = one("澄川通信股份有限公司与杭州某公司签署《算力租赁协议》，金额为2.8亿元。", "purchase")
    assert roles(fact)["buyer"] == [] and fact.amount.text == "2.8亿元"


def test_a_project_won_with_its_owner_unnamed():
    text = "远帆股份控股子公司澄江工程设计有限公司牵头中标临川市智能算力中心项目，中标金额为人民币3.3亿元。"
    fact = one(text, "purchase")
    assert roles(fact) == {"buyer": [], "supplier": ["澄江工程设计有限公司"]} and fact.amount.text == "3.3亿元"


def test_an_order_said_to_be_won_is_reported():
    fact = one("星河芯片科技有限公司据称获某互联网巨头30亿美元订单。", "purchase")
    assert roles(fact)["supplier"] == ["星河芯片科技有限公司"] and fact.modality == "reported"


def test_firms_of_a_supply_chain_are_not_the_company():
    assert facts("小米汽车供应链企业近期重新获得订单，股价回升。", "purchase") == []


# Goods named by their maker right after the verb


def test_a_product_the_lexicon_knows_names_its_maker():
    found = facts("据报道，百度和快手已开始采购英伟达H20芯片。", "purchase")
    assert sorted(roles(f)["buyer"][0] for f in found) == ["快手", "百度"]
    assert all(f.roles["supplier"][0].key == "lex:nvidia" and f.modality == "reported" for f in found)


def test_a_maker_then_its_goods():
    fact = one("小米今年大量采购华为昇腾芯片。", "purchase")
    assert roles(fact)["buyer"] == ["小米"] and roles(fact)["supplier"] == ["华为"]


def test_a_maker_then_a_goods_noun():
    fact = one("远帆智能科技有限公司计划采购AMD的加速卡。", "purchase")
    assert roles(fact)["supplier"] == ["AMD"] and fact.modality == "planned"


def test_a_name_alone_after_the_verb_is_no_maker():
    assert facts("百度采购北辰物流。", "purchase") == []


# Goods supplied, delivered, ordered


def test_goods_supplied_to_a_customer():
    fact = one("澄海光电股份有限公司向英伟达批量供货1.6T光模块。", "purchase")
    assert roles(fact) == {"buyer": ["英伟达"], "supplier": ["澄海光电股份有限公司"]}


def test_goods_supplied_for_a_customer():
    fact = one("星河光电科技有限公司为小米汽车独家供应激光雷达，合同金额约3亿元。", "purchase")
    assert roles(fact)["buyer"] == ["小米汽车"] and fact.amount.text == "约3亿元"


def test_goods_delivered():
    fact = one("星河云科技有限公司已向澜石科技交付了800台服务器。", "purchase")
    assert roles(fact) == {"buyer": ["澜石科技"], "supplier": ["星河云科技有限公司"]}


def test_goods_supplied_with_no_buyer_named():
    assert facts("澄海光电股份有限公司的新产品已开始批量供货。", "purchase") == []


def test_an_order_placed_with_a_maker():
    fact = one("远帆智能科技有限公司向英伟达下单8万颗芯片。", "purchase")
    assert roles(fact) == {"buyer": ["远帆智能科技有限公司"], "supplier": ["英伟达"]}


def test_the_character_of_a_name_is_no_mark_of_the_buyer():
    fact = one("星河云科技有限公司向华为提供算力服务，合同金额3亿元。", "purchase")
    assert roles(fact) == {"buyer": ["华为"], "supplier": ["星河云科技有限公司"]} and fact.amount.text == "3亿元"


def test_a_projects_total_investment_is_no_award():
    text = "星河建设集团有限公司成为青川快速路工程项目一标段中标人，该标段项目总投资为21.6亿元。"
    fact = one(text, "purchase")
    assert roles(fact)["supplier"] == ["星河建设集团有限公司"] and fact.amount is None


def test_money_spent_before_the_supplier():
    fact = one("远帆智能科技有限公司斥资3亿元向星河云科技有限公司采购服务器。", "purchase")
    assert fact.amount.text == "3亿元"


def test_compute_rented_from_a_supplier():
    fact = one("远帆智能科技有限公司向星河云科技有限公司租赁算力，合同金额2亿元。", "purchase")
    assert roles(fact) == {"buyer": ["远帆智能科技有限公司"], "supplier": ["星河云科技有限公司"]}


def test_compute_rented_named_by_its_owner():
    fact = one("远帆智能科技有限公司租用星河云科技有限公司的算力，租期三年。", "purchase")
    assert roles(fact)["supplier"] == ["星河云科技有限公司"]


def test_an_office_rented_is_no_purchase_of_the_industry():
    assert facts("远帆智能科技有限公司向星河置业有限公司租赁办公楼。", "purchase") == []


def test_a_foundry_makes_for_its_customer():
    fact = one("台积电为澄芯科技代工7纳米芯片。", "purchase")
    assert roles(fact) == {"buyer": ["澄芯科技"], "supplier": ["台积电"]}


def test_chips_made_by_a_foundry():
    fact = one("澄芯科技的芯片由台积电负责代工。", "purchase")
    assert roles(fact) == {"buyer": ["澄芯科技"], "supplier": ["台积电"]}


def test_a_purchase_from_a_company_whose_name_holds_from():
    fact = one("远帆智能科技有限公司从云从科技采购了一批服务器。", "purchase")
    assert roles(fact)["supplier"] == ["云从科技"]


def test_a_price_between_the_winner_and_the_word():
    fact = one("2024年3月2日中标公告发布，远岫信息技术有限公司 21488 万元中标。", "purchase")
    assert roles(fact)["supplier"] == ["远岫信息技术有限公司"] and fact.amount is not None


def test_became_a_core_supplier():
    found = facts("星河光电股份有限公司还成了英伟达和谷歌的核心供应商。", "purchase")
    assert sorted(roles(f)["buyer"][0] for f in found) == ["英伟达", "谷歌"]


def test_a_verb_glued_to_the_customer_is_no_name():
    text = "作为澄湖智行的最大客户，北辰贡献的营业收入占比为44.1%。"
    assert all(roles(f)["buyer"] != ["北辰贡献"] for f in facts(text, "purchase"))

"""Chinese purchases and supply deals (round 20, real announcements and news as development text): a subsidiary's
counterparty is no unit and no owner (全资子公司B与“杭州Y公司”签署…, 公司全资子公司B与C签订…); a supplier of a buyer
with 的 between its kinds (一直是B重要的服务器供应商); a supply agreement signed with the makers who supply (与B、C等
核心供应商签订长期供货协议, …签订供货协议，确保…的稳定供应); goods sold to a named buyer (A向B出售600台服务器); goods
bought and deployed by their maker (采购并部署两吉瓦的B GPU). All company names are invented; the sentences are
written for these tests."""

from __future__ import annotations

from tests.extract.readers import facts, names, one, roles


def test_a_quoted_counterparty_after_a_subsidiary_is_no_second_unit():
    text = "岚山股份宣布,全资子公司青禾电子有限公司与“杭州Y公司”签署的《算力服务协议》正式解除。"
    owned = facts(text, "ownership")
    assert [roles(f)["unit"] for f in owned] == [["青禾电子有限公司"]]
    assert one(text, "purchase").modality == "negated"


def test_the_counterparty_of_a_subsidiary_contract_does_not_own_the_subsidiary():
    text = ("为扩充智算产能,日前,公司全资子公司青禾算力(苏州)科技有限公司与北京澄川科技有限公司签署《GPU整机采购合同》。"
            "董事会批准公司全资子公司青禾算力(苏州)科技有限公司与北京澄川科技有限公司签署整机采购合同。")
    assert not any("北京澄川科技有限公司" in roles(f)["owner"] for f in facts(text, "ownership"))
    assert {tuple(roles(f)["supplier"]) for f in facts(text, "purchase")} == {("北京澄川科技有限公司",)}


def test_the_announcer_still_owns_the_subsidiary_that_signs():
    text = "岚山股份公告称,公司全资子公司青禾电子与澄川科技签订了GPU服务器采购合同。"
    fact = one(text, "ownership")
    assert roles(fact) == {"owner": ["岚山股份"], "unit": ["青禾电子"]}


def test_units_listed_without_a_joiner_are_all_units():
    text = "岚山股份公告称,公司控股子公司青禾电子、澄川科技将共同出资设立合资公司。"
    assert sorted(roles(f)["unit"][0] for f in facts(text, "ownership")) == ["澄川科技", "青禾电子"]


def test_a_supplier_of_a_buyer_with_de_between_its_kinds():
    text = "早在2019年,青禾电子就已经与澄川科技展开合作,并一直是澄川科技重要的服务器供应商。"
    fact = one(text, "purchase")
    assert roles(fact) == {"buyer": ["澄川科技"], "supplier": ["青禾电子"]}
    assert one("青禾电子是澄川科技的重要的HBM供应商。", "purchase").roles["buyer"][0].text == "澄川科技"


def test_a_supplier_in_general_or_a_platform_of_suppliers_buys_nothing():
    assert facts("青禾电子是澄川科技重要的合作伙伴,也是全球领先的服务器供应商。", "purchase") == []
    assert facts("青禾电子是澄川科技旗下的供应商管理平台。", "purchase") == []


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(roles(f)["buyer"][0], roles(f)["supplier"][0]) for f in facts(text, "purchase")}


def test_a_supply_agreement_signed_to_secure_supply_makes_the_signer_the_buyer_of_each_maker():
    text = "在上游,青禾电子与澄川半导体、岚山微电子等芯片厂商签署多年供货协议,以保障推理芯片的持续供应。"
    assert _pairs(text) == {("青禾电子", "澄川半导体"), ("青禾电子", "岚山微电子")}
    assert _pairs("青禾电子与澄川科技签订长期供货协议,确保推理芯片的稳定供应。") == {("青禾电子", "澄川科技")}


def test_a_supply_agreement_with_parties_named_as_suppliers():
    text = "青禾电子与澄川科技、岚山半导体等核心供应商签订了长期供货协议。"
    assert _pairs(text) == {("青禾电子", "澄川科技"), ("青禾电子", "岚山半导体")}


def test_a_plain_supply_agreement_still_makes_the_signer_the_supplier():
    assert _pairs("青禾电子与澄川科技签订长期供货协议,合同金额约3亿元。") == {("澄川科技", "青禾电子")}
    assert _pairs("青禾材料与澄川半导体等芯片厂商签订供货协议。") == {("澄川半导体", "青禾材料")}
    assert ("青禾电子", "澄川科技") not in _pairs("青禾电子与澄川科技、岚山汽车等车企签订长期供货协议。")


def test_goods_counted_sold_to_a_named_buyer():
    fact = one("青禾算力科技有限公司向澄川超算科技有限公司出售了600台智算服务器。", "purchase")
    assert roles(fact) == {"buyer": ["澄川超算科技有限公司"], "supplier": ["青禾算力科技有限公司"]}
    assert fact.modality == "asserted"


def test_goods_to_be_sold_at_a_price_with_commas_are_planned():
    text = "青禾算力科技有限公司拟将名下600台智算服务器以每台26万元,合计总价1.56亿元的价格出售给澄川超算科技有限公司。"
    fact = one(text, "purchase")
    assert roles(fact) == {"buyer": ["澄川超算科技有限公司"], "supplier": ["青禾算力科技有限公司"]}
    assert fact.modality == "planned" and fact.amount.text == "1.56亿元"


def test_a_board_agreeing_to_a_sale_of_goods_is_a_plan():
    text = "董事会同意全资子公司青禾算力科技有限公司向澄川超算科技有限公司出售600台智算服务器,合计总价1.56亿元。"
    fact = one(text, "purchase")
    assert fact.modality == "planned" and fact.amount.text == "1.56亿元"


def test_shares_sold_or_goods_not_counted_or_not_sold_to_anyone_are_no_purchase():
    assert facts("青禾算力科技有限公司向澄川超算科技有限公司出售其持有的岚山科技30%股权。", "purchase") == []
    assert facts("青禾算力科技有限公司拟将所持岚山科技1200万股股份出售给澄川超算科技有限公司。", "purchase") == []
    assert facts("青禾算力科技有限公司向澄川超算科技有限公司出售了一批服务器。", "purchase") == []
    assert facts("青禾算力科技有限公司今年已销售600台服务器。", "purchase") == []
    assert facts("青禾算力科技有限公司将600台智算服务器运往苏州,并将部分设备出售给澄川超算科技有限公司。", "purchase") == []


def test_a_maker_named_right_after_a_count_of_its_goods_is_found():
    text = "澄川科技将采购5万颗青禾电子的推理芯片。"
    fact = one(text, "purchase")
    assert roles(fact) == {"buyer": ["澄川科技"], "supplier": ["青禾电子"]} and fact.modality == "planned"


def test_goods_bought_and_deployed_are_bought_from_their_maker():
    fact = one("澄川科技将采购并部署5万颗青禾电子的推理芯片。", "purchase")
    assert roles(fact) == {"buyer": ["澄川科技"], "supplier": ["青禾电子"]}
    fact = one("澄川科技计划经由旗下公司,采购并部署约两吉瓦的 AMD Instinct GPU。", "purchase")
    assert roles(fact) == {"buyer": ["澄川科技"], "supplier": ["AMD"]} and fact.modality == "planned"


def test_power_bought_with_no_maker_or_no_goods_of_the_industry_is_no_purchase():
    assert facts("澄川科技将采购两吉瓦的算力。", "purchase") == []
    assert facts("澄川科技将采购并部署两吉瓦的储能电站。", "purchase") == []
    assert facts("截至2024年底,澄川科技已交付3000台服务器,青禾电子则交付了2000台。", "purchase") == []


def test_where_a_counterparty_ranks_is_no_name_of_it():
    fact = one("青禾半导体与全球领先的芯片企业英伟达签订采购协议。", "purchase")
    assert roles(fact) == {"buyer": ["青禾半导体"], "supplier": ["英伟达"]}
    fact = one("青禾半导体与国内领先的服务商澄川科技签订算力服务合同。", "purchase")
    assert roles(fact) == {"buyer": ["澄川科技"], "supplier": ["青禾半导体"]}
    fact = one("青禾半导体与全球领先的人工智能公司澄川智能达成合作。", "partnership")
    assert roles(fact)["party"] == ["青禾半导体", "澄川智能"]


def test_a_short_name_joined_before_de_is_still_a_party():
    fact = one("青禾半导体与澄川的合作进展顺利。", "partnership")
    assert roles(fact)["party"] == ["青禾半导体", "澄川"]


def test_the_carried_subject_signs_with_a_described_party():
    text = "美国芯片企业青禾半导体今日宣布:与国内知名的大模型企业澄川智能达成一项为期四年的GPU供应协议。"
    fact = one(text, "purchase")
    assert roles(fact) == {"buyer": ["澄川智能"], "supplier": ["青禾半导体"]}
    fact = one("青禾半导体宣布,已与国内头部云厂商澄川科技签订算力租赁合同,合同金额约5亿元。", "purchase")
    assert roles(fact) == {"buyer": ["澄川科技"], "supplier": ["青禾半导体"]} and fact.amount.text == "约5亿元"


def test_companies_of_a_kind_left_unnamed_are_no_counterparty():
    assert all(not f.roles["buyer"] for f in facts("青禾半导体宣布,已与国内多家云厂商签订算力租赁合同。", "purchase"))


def test_buyers_placing_an_order_for_goods_counted_buy_from_their_maker():
    text = "据报道,澄川科技、岚山智能及青禾网络已下达总额8亿美元的订单,以获得约5万颗英伟达H20芯片。"
    found = facts(text, "purchase")
    assert sorted(roles(f)["buyer"][0] for f in found) == ["岚山智能", "澄川科技", "青禾网络"]
    assert all(names(f, "supplier") == ["英伟达"] and f.modality == "reported" and f.amount is None for f in found)


def test_an_order_placed_with_a_supplier_after_xiang():
    fact = one("澄川科技已向青禾电子下达价值3亿元的服务器订单。", "purchase")
    assert roles(fact) == {"buyer": ["澄川科技"], "supplier": ["青禾电子"]} and fact.amount.text == "3亿元"


def test_a_quoted_report_is_reported():
    text = "金融时报引述知情人士报导,澄川科技已下达价值3亿元的订单,以取得约2万颗青禾电子的推理芯片。"
    fact = one(text, "purchase")
    assert roles(fact) == {"buyer": ["澄川科技"], "supplier": ["青禾电子"]} and fact.modality == "reported"


def test_an_order_for_no_maker_or_a_task_given_is_no_purchase():
    assert facts("澄川科技已下达价值3亿元的订单,用于扩建数据中心。", "purchase") == []
    assert facts("澄川科技已下达价值3亿元的订单,以取得约2万颗推理芯片。", "purchase") == []
    assert facts("澄川科技向员工下达了任务。", "purchase") == []


def test_a_deal_supplier_chosen_by_comparison_with_a_coded_project():
    text = ("日前,青禾电子股份有限公司(下称“公司”)接到比选代理送达的成交通知,确认公司为“澄川数据集团人工智能推理平台"
            "扩容设备采购项目(编号:QH2406107)”的成交供应商,成交金额为1198万元。")
    fact = one(text, "purchase")
    assert roles(fact) == {"buyer": ["澄川数据集团"], "supplier": ["青禾电子股份有限公司"]}
    assert fact.amount.text == "1198万元"


def test_a_group_then_the_field_of_its_project_is_the_group_alone():
    found = [m.text for m in facts("青禾电子股份有限公司为澄川数据集团人工智能算力中心设备采购项目的中标单位。", "purchase")[0].roles["buyer"]]
    assert found == ["澄川数据集团"]
    from dealgraph.extract.pipeline import extract
    assert [m.text for m in extract("t", "澄川集团人工智能研究院成立。", "2025-06-30").mentions] == ["澄川集团人工智能研究院"]


def test_trading_volume_is_no_deal_supplier():
    assert facts("澄川科技今日成交额为3亿元,成交单位以机构为主。", "purchase") == []


def test_goods_sold_to_a_related_party_in_expected_daily_trade():
    text = ("青禾数据科技股份有限公司公告,公司预计明年将与关联方澄川智诚科技有限公司发生出售训练服务器的日常关联交易,"
            "额度为3017.62万元。")
    fact = one(text, "purchase")
    assert roles(fact) == {"buyer": ["澄川智诚科技有限公司"], "supplier": ["青禾数据科技股份有限公司"]}
    assert fact.modality == "expected" and fact.amount.text == "3017.62万元"


def test_goods_bought_from_a_related_party_in_expected_daily_trade():
    fact = one("青禾电子预计下一年度将与关联方澄川智诚科技有限公司发生采购GPU整机的关联交易,金额不超过2亿元。", "purchase")
    assert roles(fact) == {"buyer": ["青禾电子"], "supplier": ["澄川智诚科技有限公司"]} and fact.modality == "expected"


def test_a_related_trade_of_no_goods_or_a_deal_called_related_is_no_purchase():
    assert facts("青禾电子预计与关联方澄川智诚科技有限公司发生租赁厂房的日常关联交易。", "purchase") == []
    assert facts("青禾电子与澄川智诚科技有限公司发生出售股权的关联交易。", "purchase") == []
    assert facts("本次交易构成关联交易。", "purchase") == []


def test_compute_rented_from_a_supplier_after_xiang():
    fact = one("澄川科技向青禾电子租赁GPU算力。", "purchase")
    assert roles(fact) == {"buyer": ["澄川科技"], "supplier": ["青禾电子"]}
    assert facts("澄川科技向青禾电子租赁办公楼。", "purchase") == []
    from dealgraph.extract.pipeline import extract
    assert "远东租赁" in [m.text for m in extract("t", "远东租赁向青禾电子提供融资。", "2025-06-30").mentions]


def test_compute_service_worth_a_sum_provided_to_a_buyer():
    fact = one("青禾电子将为澄川科技提供价值3亿元的算力服务。", "purchase")
    assert roles(fact) == {"buyer": ["澄川科技"], "supplier": ["青禾电子"]} and fact.amount.text == "3亿元"
    assert facts("青禾电子为澄川科技提供价值3亿元的担保。", "purchase") == []


def test_goods_bought_in_from_a_supplier_and_shares_bought_in_stay_acquisitions():
    fact = one("澄川科技斥资3亿元从青禾电子购入500台AI服务器。", "purchase")
    assert roles(fact) == {"buyer": ["澄川科技"], "supplier": ["青禾电子"]} and fact.amount.text == "3亿元"
    assert facts("澄川科技从青禾电子购入岚山科技30%股权。", "purchase") == []
    assert facts("澄川科技从青禾电子购入一块土地。", "purchase") == []


def test_a_supplier_chosen_by_its_buyer():
    fact = one("澄川科技选择青禾电子作为其算力供应商。", "purchase")
    assert roles(fact) == {"buyer": ["澄川科技"], "supplier": ["青禾电子"]}
    assert facts("澄川科技选择青禾电子作为其战略合作伙伴。", "purchase") == []


def test_buying_carried_out_with_a_supplier_and_a_purchase_talk():
    text = "据悉,澄川科技多数时候直接与青禾电子进行采购,经销渠道供给不足。"
    fact = one(text, "purchase")
    assert roles(fact) == {"buyer": ["澄川科技"], "supplier": ["青禾电子"]} and fact.modality == "reported"
    assert facts("澄川科技与青禾电子进行采购谈判。", "purchase") == []
    assert facts("澄川科技与青禾电子共同进行采购。", "purchase") == []


def test_orders_of_a_product_raised_are_bought_from_its_maker():
    text = "在禁令出台前,澄川科技、岚山智能和青禾网络等科技巨头曾大幅增加H20芯片订单。"
    found = facts(text, "purchase")
    assert sorted(roles(f)["buyer"][0] for f in found) == ["岚山智能", "澄川科技", "青禾网络"]
    assert all(names(f, "supplier") == ["英伟达"] for f in found)
    fact = one("澄川科技追加了青禾电子的服务器订单。", "purchase")
    assert roles(fact) == {"buyer": ["澄川科技"], "supplier": ["青禾电子"]}


def test_orders_raised_with_no_maker_are_no_purchase():
    assert facts("澄川科技大幅增加了研发投入和订单储备。", "purchase") == []
    assert facts("澄川科技增加了订单。", "purchase") == []


def test_goods_of_a_maker_with_a_kind_before_them():
    fact = one("澄川科技已与青禾电子签署协议,将购买青禾电子的推理芯片。", "purchase")
    assert roles(fact) == {"buyer": ["澄川科技"], "supplier": ["青禾电子"]} and fact.modality == "planned"
    assert facts("澄川科技采购了青禾电子的推理服务。", "purchase") == []


def test_goods_provided_to_a_buyer():
    fact = one("青禾电子向澄川科技提供了2000台AI服务器。", "purchase")
    assert roles(fact) == {"buyer": ["澄川科技"], "supplier": ["青禾电子"]} and fact.modality == "asserted"
    assert one("青禾电子将为澄川科技提供推理芯片和液冷服务器等产品。", "purchase").modality == "planned"


def test_services_guarantees_or_design_provided_are_no_goods_bought():
    assert facts("青禾电子为澄川科技提供服务器托管服务。", "purchase") == []
    assert facts("青禾电子为澄川科技提供担保。", "purchase") == []
    assert facts("青禾电子为澄川科技提供芯片设计服务。", "purchase") == []


def test_a_customer_named_in_the_next_sentence_buys():
    text = "青禾电子科技股份有限公司与客户签订《算力服务协议》,合同金额为3亿元。该客户为澄川科技有限公司。"
    fact = one(text, "purchase")
    assert roles(fact) == {"buyer": ["澄川科技有限公司"], "supplier": ["青禾电子科技股份有限公司"]}
    text = "青禾电子科技股份有限公司与客户签订《算力服务协议》,合同金额为3亿元,服务期三年。合同对方:澄川科技有限公司。"
    assert roles(one(text, "purchase"))["buyer"] == ["澄川科技有限公司"]


def test_customers_in_general_or_the_supplier_itself_name_no_buyer():
    text = "青禾电子科技股份有限公司与客户签订《算力服务协议》,合同金额为3亿元。公司主要客户为互联网企业。"
    assert roles(one(text, "purchase"))["buyer"] == []
    text = "青禾电子科技股份有限公司与客户签订《算力服务协议》,合同金额为3亿元。该客户为青禾电子科技股份有限公司的关联方。"
    assert roles(one(text, "purchase"))["buyer"] == []


def test_money_right_after_the_verb_is_the_purchase_amount():
    fact = one("澄川科技未来五年内将向青禾电子采购3000亿美元算力。", "purchase")
    assert fact.amount.text == "3000亿美元" and fact.modality == "planned"
    assert one("澄川科技向青禾电子采购了3亿元服务器。", "purchase").amount.text == "3亿元"


def test_a_cloud_or_compute_agreement_makes_the_known_cloud_the_supplier():
    for text in ("OpenAI与亚马逊AWS签署了价值380亿美元的云服务协议。", "亚马逊AWS与OpenAI签署了价值380亿美元的云服务协议。"):
        fact = one(text, "purchase")
        assert names(fact, "buyer") == ["OpenAI"] and names(fact, "supplier") == ["亚马逊云科技"]
        assert fact.amount.text == "380亿美元"
    fact = one("CoreWeave获得OpenAI价值119亿美元的算力合同。", "purchase")
    assert roles(fact) == {"buyer": ["OpenAI"], "supplier": ["CoreWeave"]}


def test_a_model_maker_buys_compute_from_a_party_the_lexicon_does_not_know():
    fact = one("OpenAI与青禾电子达成一项为期五年的GPU供应协议。", "purchase")
    assert roles(fact) == {"buyer": ["OpenAI"], "supplier": ["青禾电子"]}


def test_a_compute_agreement_of_unknown_parties_keeps_its_own_reading():
    fact = one("青禾电子与澄川科技签订算力服务合同,合同金额约3亿元。", "purchase")
    assert roles(fact) == {"buyer": ["澄川科技"], "supplier": ["青禾电子"]}


def test_a_maker_s_service_bought_at_a_value():
    fact = one("OpenAI承诺额外购买价值2500亿美元的Azure服务。", "purchase")
    assert names(fact, "buyer") == ["OpenAI"] and names(fact, "supplier") == ["微软"]
    assert fact.amount.text == "2500亿美元"
    assert facts("澄川科技购买价值3亿元的理财产品。", "purchase") == []


def test_cloud_services_provided_to_a_named_buyer():
    fact = one("亚马逊将向OpenAI提供价值380亿美元的云计算服务。", "purchase")
    assert roles(fact) == {"buyer": ["OpenAI"], "supplier": ["亚马逊"]} and fact.amount.text == "380亿美元"
    assert facts("澄川科技为客户提供云服务。", "purchase") == []
    assert facts("澄川科技是国内领先的云服务商。", "purchase") == []
    assert facts("青禾电子为澄川科技的云服务平台提供技术支持。", "purchase") == []


def test_an_order_signed_between_a_chip_maker_and_a_model_maker():
    fact = one("今年夏天,英伟达被曝出与OpenAI签下一笔规模空前的GPU大订单。", "purchase")
    assert roles(fact) == {"buyer": ["OpenAI"], "supplier": ["英伟达"]} and fact.modality == "reported"
    fact = one("OpenAI与青禾电子签下价值5亿美元的GPU订单。", "purchase")
    assert roles(fact) == {"buyer": ["OpenAI"], "supplier": ["青禾电子"]} and fact.amount.text == "5亿美元"


def test_an_order_signed_between_parties_whose_sides_nothing_tells_is_no_purchase():
    assert facts("青禾电子与澄川科技签下3亿元的订单。", "purchase") == []
    assert facts("阿里巴巴与澄川科技签下3亿元的订单。", "purchase") == []


def test_money_of_its_own_funds_spent_on_a_purchase():
    fact = one("澄川科技拟以自有资金3亿元向青禾电子购买算力设备。", "purchase")
    assert fact.amount.text == "3亿元" and fact.modality == "planned"


def test_the_contract_between_two_named_as_a_noun_ended_or_valued():
    fact = one("澄川科技表示,公司与青禾电子的采购合同已于近日解除。", "purchase")
    assert roles(fact) == {"buyer": ["澄川科技"], "supplier": ["青禾电子"]} and fact.modality == "negated"
    fact = one("澄川科技与青禾电子之间的《GPU服务器采购合同》金额为3亿元。", "purchase")
    assert fact.modality == "asserted" and fact.amount.text == "3亿元"


def test_a_contract_talked_of_or_not_yet_signed_is_no_purchase():
    assert facts("澄川科技与青禾电子的采购合同谈判仍在进行。", "purchase") == []
    assert facts("澄川科技与青禾电子的采购合同尚未签署。", "purchase") == []


def test_revenue_from_a_customer_told_right_after_the_seller():
    fact = one("青禾电子2024年来自澄川科技的收入占比为41.2%。", "purchase")
    assert roles(fact) == {"buyer": ["澄川科技"], "supplier": ["青禾电子"]}
    assert fact.qualifiers["share_of_revenue"].text == "41.2%"
    assert facts("青禾电子表示,其收入来自多家客户,来自海外的收入占比为20%。", "purchase") == []


def test_a_lender_after_xiang_sells_nothing():
    text = "澄川资本拟向青禾银行等几家机构借款,用于支付这次购买。"
    assert facts(text, "purchase") == []
    assert roles(one("澄川科技向青禾电子采购了一批GPU服务器。", "purchase"))["supplier"] == ["青禾电子"]


def test_a_headline_project_then_a_coded_short_name():
    text = ("快讯]澄湖环保:中标临江市街道清运服务项目澄湖环保(000123)3月2日晚公告,公司日前接到中标通知书,"
            "确认公司为临江市市容管理所街道清运服务项目的中标供应商。")
    assert {m.text for f in facts(text, "purchase") for m in f.roles["supplier"]} == {"澄湖环保"}
    fact = one("澄川项目管理(600001)公告称,公司拟收购青禾科技。", "acquisition")
    assert roles(fact)["acquirer"] == ["澄川项目管理"]


def test_an_agreement_buying_assets_or_shares_is_no_purchase_of_goods():
    text = ("此外,澄川股份与青禾电子商务有限公司签署《资产购买协议》,澄川股份拟以现金6.2亿元买下青禾电子商务有限公司"
            "的全部股权。")
    assert facts(text, "purchase") == []
    assert facts("澄川科技与青禾电子于去年底签订《股权购买协议》。", "purchase") == []
    assert roles(one("澄川科技与青禾电子签订《服务器购买合同》。", "purchase"))["supplier"] == ["青禾电子"]

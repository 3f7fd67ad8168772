"""Chinese tenders and contracts (round 18): a list of winners each with its own sum (A中标约4.2亿元，B约2.8亿元…) or
its own lot (A、B、C分别中标第一、二、三标段，中标金额分别为…), the buyer the one publishing the result in the
sentence before; only the first of the ranked candidates is a planned purchase; an award voided, a winner
disqualified or a contract ended (中标无效, 取消中标资格, 合同解除) negates the purchase; a unit of a group named
before it (国家电网下属临江省电力公司, 国家电网旗下的B) signs the contract, the group owns it and is no party.
All company names are invented; the sentences are written for these tests."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


def _won(text: str) -> dict[str, tuple]:
    return {names(f, "supplier")[0]: (names(f, "buyer"), f.amount and f.amount.text, f.modality)
            for f in facts(text, "purchase")}


def test_winners_listed_with_their_sums_each_sell_to_the_publisher():
    text = ("日前，澄湖电网有限公司公布了2025年第三批高压开关集中采购结果。此次集采中，青岚电气中标约3.6亿元，"
            "远帆能源约2.1亿元，澜舟科技约9800万元。")
    assert _won(text) == {"青岚电气": (["澄湖电网有限公司"], "约3.6亿元", "asserted"),
                          "远帆能源": (["澄湖电网有限公司"], "约2.1亿元", "asserted"),
                          "澜舟科技": (["澄湖电网有限公司"], "约9800万元", "asserted")}


def test_one_winner_with_its_sum_and_a_clause_that_is_no_winner():
    text = "此次集采中，青岚电气中标约3.6亿元，同比增长两成。"
    assert _won(text) == {"青岚电气": ([], "约3.6亿元", "asserted")}


def test_winners_of_lots_each_take_their_own_amount():
    text = ("松原水务集团发布智慧管网平台项目中标公告。青岚软件、远帆信息、澜舟科技分别中标第一、二、三标段，"
            "中标金额分别为2700万元、1900万元、1300万元。")
    assert _won(text) == {"青岚软件": (["松原水务集团"], "2700万元", "asserted"),
                          "远帆信息": (["松原水务集团"], "1900万元", "asserted"),
                          "澜舟科技": (["松原水务集团"], "1300万元", "asserted")}


def test_a_publisher_two_sentences_back_or_after_a_name_is_no_buyer():
    text = ("澄湖电网有限公司公布了采购结果。青禾集团表示，青岚软件、远帆信息分别中标第一、二标段，"
            "中标金额分别为2700万元、1900万元。")
    assert all(not names(f, "buyer") for f in facts(text, "purchase"))


def test_only_the_first_of_ranked_candidates_is_a_planned_purchase():
    text = ("东岭市公共资源交易中心发布滨湖大道改造工程中标候选人公示，第一中标候选人为青岚路桥股份有限公司，"
            "第二为远帆建设集团有限公司，第三为澜舟市政工程有限公司。")
    fact = one(text, "purchase")
    assert names(fact, "supplier") == ["青岚路桥股份有限公司"] and fact.modality == "planned"


def test_an_award_declared_void_in_the_same_sentence_is_negated():
    text = "青岚电气股份有限公司此前中标澄湖电力有限公司配网改造项目，中标金额1.8亿元，但该中标结果已被认定无效。"
    fact = one(text, "purchase")
    assert names(fact, "supplier") == ["青岚电气股份有限公司"] and fact.modality == "negated"


def test_an_award_voided_in_the_next_sentence_is_negated():
    text = ("青岚科技股份有限公司公告，公司此前中标澄湖电力有限公司数据中心项目，中标金额为9600万元。"
            "近日，招标人通知该中标结果无效。")
    assert one(text, "purchase").modality == "negated"


def test_another_winner_disqualified_leaves_the_award_asserted():
    text = "青岚路桥股份有限公司中标滨湖县快速路工程，中标金额为4.3亿元；远帆建设集团有限公司的中标资格被取消。"
    fact = one(text, "purchase")
    assert names(fact, "supplier") == ["青岚路桥股份有限公司"] and fact.modality == "asserted"


def test_a_contract_ended_later_in_its_sentence_is_negated():
    text = "青岚科技股份有限公司与远帆数据有限公司于2024年签署的《采购协议》因对方违约被公司单方面解除。"
    assert one(text, "purchase").modality == "negated"


def test_a_partnership_is_not_undone_by_a_failed_tender():
    text = "青岚科技股份有限公司同远帆云计算集团共同签署战略合作协议。同日，滨湖县另一工程因投标人不足而流标。"
    assert one(text, "partnership").modality == "asserted"


def test_a_unit_named_after_its_group_without_de_signs_the_contract():
    text = "南方电网有限公司下属东岭省电力公司与青岚电气股份有限公司签订了智能电表采购合同，合同金额为1.9亿元。"
    fact = one(text, "purchase")
    assert names(fact, "buyer") == ["东岭省电力公司"] and names(fact, "supplier") == ["青岚电气股份有限公司"]
    assert fact.amount.text == "1.9亿元"


def test_the_group_before_the_unit_signing_with_is_its_only_owner():
    text = "青岚电气股份有限公司近日与南方电网旗下的澄湖电力有限公司签署了变压器供货合同，合同总金额约1.3亿元。"
    owned = one(text, "ownership")
    assert names(owned, "owner") == ["南方电网"] and names(owned, "unit") == ["澄湖电力有限公司"]
    bought = one(text, "purchase")
    assert names(bought, "buyer") == ["澄湖电力有限公司"] and names(bought, "supplier") == ["青岚电气股份有限公司"]


def test_a_day_between_the_party_and_the_joiner_keeps_the_pair():
    text = "青岚电气股份有限公司近日与澄湖电力有限公司签署了变压器供货合同。"
    fact = one(text, "purchase")
    assert names(fact, "supplier") == ["青岚电气股份有限公司"] and names(fact, "buyer") == ["澄湖电力有限公司"]


def test_the_company_announcing_is_the_first_candidate_it_reports():
    text = "青岚电气(300918)5月6日晚间公告，南岭电网2025年配网物资招标活动包3、包5近日开标。公司为第一中标候选人，中标金额合计1.6亿元。"
    fact = one(text, "purchase")
    assert names(fact, "supplier") == ["青岚电气"] and fact.modality == "planned" and fact.amount.text == "1.6亿元"


def test_no_one_announcing_leaves_the_candidate_unread():
    text = "南岭电网2025年配网物资招标活动包3近日开标。公司为第一中标候选人，中标金额合计1.6亿元。"
    assert facts(text, "purchase") == []


_RESULT = "澄湖电网有限公司公布了2025年第三批高压开关集中采购结果。"


def test_winners_each_with_the_word_and_a_share_clause_keep_the_publisher():
    text = _RESULT + "青岚电气中标3.6亿元，占比35%；远帆能源中标2.1亿元，占比20%。"
    assert _won(text) == {"青岚电气": (["澄湖电网有限公司"], "3.6亿元", "asserted"),
                          "远帆能源": (["澄湖电网有限公司"], "2.1亿元", "asserted")}


def test_sums_listed_after_each_go_one_to_each_winner():
    text = _RESULT + "青岚电气、远帆能源分别中标约3.6亿元、2.1亿元。"
    assert _won(text) == {"青岚电气": (["澄湖电网有限公司"], "约3.6亿元", "asserted"),
                          "远帆能源": (["澄湖电网有限公司"], "2.1亿元", "asserted")}


def test_one_sum_for_two_winners_gives_no_purchase():
    assert facts(_RESULT + "青岚电气、远帆能源分别中标约3.6亿元。", "purchase") == []


def test_a_sum_won_over_a_period_is_no_single_award():
    assert facts("青岚电气今年以来累计中标约3.6亿元，同比增长40%。", "purchase") == []


def test_of_candidates_ranked_in_order_only_the_first_is_proposed():
    text = "滨湖大道改造工程中标候选人依次为青岚路桥股份有限公司、远帆建设集团有限公司、澜舟市政工程有限公司。"
    fact = one(text, "purchase")
    assert names(fact, "supplier") == ["青岚路桥股份有限公司"] and fact.modality == "planned"


def test_an_agreement_ending_by_its_own_term_is_not_called_off():
    text = "青岚科技股份有限公司同澄湖数据集团共同签署《战略合作协议》，协议有效期三年，到期后自动终止。"
    assert one(text, "partnership").modality == "asserted"
    text = "青岚科技股份有限公司与澄湖数据有限公司签订了服务器采购合同，合同金额为2亿元，协议期满后自动终止。"
    assert one(text, "purchase").modality == "asserted"


def test_an_agreement_ended_later_is_still_called_off():
    text = "青岚科技股份有限公司同澄湖数据集团共同签署《战略合作协议》，但该协议已于近日终止。"
    assert one(text, "partnership").modality == "negated"


def test_framework_contracts_read_as_their_plain_agreements():
    bought = one("青岚科技股份有限公司与澄湖数据有限公司签订了《采购框架合同》。", "purchase")
    assert names(bought, "buyer") == ["青岚科技股份有限公司"] and names(bought, "supplier") == ["澄湖数据有限公司"]
    sold = one("青岚科技股份有限公司与澄湖数据有限公司签订了销售框架协议，合同金额约2亿元。", "purchase")
    assert names(sold, "supplier") == ["青岚科技股份有限公司"] and names(sold, "buyer") == ["澄湖数据有限公司"]


def test_the_tenderer_named_by_its_title_buys():
    text = "滨湖市引水工程管材采购项目的采购人为澄湖水务有限公司。经评审，中标供应商为青岚管道工程股份有限公司，中标金额为3200万元。"
    fact = one(text, "purchase")
    assert names(fact, "buyer") == ["澄湖水务有限公司"] and names(fact, "supplier") == ["青岚管道工程股份有限公司"]
    assert fact.amount.text == "3200万元"


def test_an_agent_named_by_its_title_is_no_buyer():
    text = "招标代理机构为远帆招标代理有限公司。青岚管道以3200万元中标。"
    assert names(one(text, "purchase"), "buyer") == []


def test_two_tenderers_named_give_no_one_buyer():
    text = "一标段招标人为澄湖水务有限公司，二标段招标人为远帆城投有限公司。青岚管道以3200万元中标。"
    assert names(one(text, "purchase"), "buyer") == []


def test_the_sender_of_the_notice_buys_when_the_price_stands_before_the_word():
    text = ("青岚管业(002999)周二公告称，青岚管业股份有限公司近期收到招标人澄湖水务集团寄来的中标通知书，"
            "确定青岚管业股份有限公司以8534.56万元投标报价中标“滨湖市引水工程管材采购二标包”。")
    fact = one(text, "purchase")
    assert names(fact, "buyer") == ["澄湖水务集团"] and names(fact, "supplier") == ["青岚管业股份有限公司"]


def test_the_tenderer_named_before_its_title_in_the_next_sentence_buys():
    text = ("公司的全资子公司青岚建设科技有限公司日前接到滨湖市公共资源交易中心的中标通知书，确认其为滨湖新城12号地块"
            "施工总承包的中标单位，中标价为6.35亿元。由于澄湖城投有限公司为本项目的招标人，本次交易构成关联交易。")
    fact = one(text, "purchase")
    assert names(fact, "buyer") == ["澄湖城投有限公司"] and names(fact, "supplier") == ["青岚建设科技有限公司"]


def test_the_winners_of_a_bond_auction_sell_nothing():
    text = "本期专项债券认购踊跃，多家券商参与承销，其中青岚证券中标2.5亿元，远帆证券中标9000万元。"
    assert facts(text, "purchase") == []

"""Round 27 (r27b), Chinese categories I, J, L, M, N, O of the heldout6 audit: tender consortia (入围…中标候选人, the
consortium's lead named after it), a branch office as the buyer (its parent owns it), a listing told by 开始交易 with
its net proceeds and a second company listed 同日, funding reports (筹资, 以…估值募得) and their denial, mergers of
two companies and the 由-passive of an acquisition, and deals given up (不再推进, 就此告终) or paused (暂缓推进).
Sentences written by the team; the companies and people are invented."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


def _suppliers(found) -> list[str]:
    return sorted(m.canonical for f in found for m in f.roles["supplier"])


# ---- I: tender consortia


def test_consortium_shortlisted_as_candidate_gives_each_member_a_planned_supply():
    found = facts("今年3月，岚山数科还与远峰建设工程有限公司等单位结成联合体，并入围北辰移动（江州）算力中心"
                  "施工总承包项目中标候选人。", "purchase")
    assert _suppliers(found) == ["岚山数科", "远峰建设工程有限公司"]
    assert all(names(f, "buyer") == ["北辰移动"] and f.modality == "planned" for f in found)
    assert all(f.date is not None and f.date.value.value == "2025-03" for f in found)


def test_consortium_sentence_gives_no_partnership_with_the_buyer():  # the bug: an asserted partnership
    text = "去年8月，岚山数科与远峰建设工程有限公司等企业结成联合体并入围北辰移动（江州）智算中心总包项目中标候选人。"
    assert facts(text, "partnership") == []
    assert all(f.modality == "planned" for f in facts(text, "purchase"))


def test_consortium_that_failed_to_be_shortlisted_supplies_nothing():  # near miss
    text = "岚山数科与远峰建设工程有限公司组成联合体，打算参加北辰移动算力项目的投标，最终没有入围。"
    assert [f for f in facts(text) if f.modality == "asserted" and f.type in ("purchase", "partnership")] == []


def test_consortium_lead_named_in_the_next_sentence_is_one_more_candidate():
    found = facts("澄川电气工程有限公司、青禾数据服务有限公司等企业组成的联合体成为北辰移动算力项目的中标候选人。"
                  "该联合体由远峰信息技术有限公司牵头，承担设备采购。", "purchase")
    assert _suppliers(found) == ["澄川电气工程有限公司", "远峰信息技术有限公司", "青禾数据服务有限公司"]
    assert all(f.modality == "planned" for f in found)


def test_consortium_lead_by_title_takes_the_buyer_of_the_tender():
    found = facts("岚山数科与远峰建设工程有限公司结成联合体并入围北辰移动智算中心项目中标候选人。"
                  "联合体的牵头方为澄川信息技术有限公司。", "purchase")
    lead = [f for f in found if names(f, "supplier") == ["澄川信息技术有限公司"]]
    assert len(lead) == 1 and names(lead[0], "buyer") == ["北辰移动"] and lead[0].modality == "planned"


def test_lead_with_no_consortium_award_before_is_no_supplier():  # near miss
    assert facts("联合体由远峰信息技术有限公司牵头，承担设备采购。", "purchase") == []
    assert facts("北辰集团牵头组建了一个产业联盟。", "purchase") == []


def test_two_winners_joined_before_named_as_candidates_both_supply():
    found = facts("澄川电气工程有限公司和青禾数据服务有限公司被确定为“北辰移动华南（江州）算力中心项目”的中标候选人。",
                  "purchase")
    assert _suppliers(found) == ["澄川电气工程有限公司", "青禾数据服务有限公司"]


# ---- J: a branch office as buyer


def test_branch_named_as_tenderer_stays_buyer_and_its_parent_owns_it():
    text = ("澄川电气工程有限公司被确定为“北辰移动算力中心项目”的中标候选人。该项目的招标人为北辰移动浙江分公司。")
    purchase = one(text, "purchase")
    assert names(purchase, "buyer") == ["北辰移动浙江分公司"]
    owned = one(text, "ownership")
    assert names(owned, "owner") == ["北辰移动"] and names(owned, "unit") == ["北辰移动浙江分公司"]
    assert owned.modality == "asserted"


def test_branch_named_by_its_place_only_has_no_parent():  # near miss
    text = "澄川电气工程有限公司被确定为“北辰移动算力中心项目”的中标候选人。该项目的招标人为浙江分公司。"
    assert facts(text, "ownership") == []


def test_two_parents_branches_are_owned_each_by_its_own_parent():  # near miss: no merging of the two
    from dealgraph.extract.structure import _branch_parent

    assert _branch_parent("北辰移动浙江分公司") == "北辰移动"
    assert _branch_parent("岚山联通浙江分公司") == "岚山联通"
    assert _branch_parent("浙江省杭州分公司") is None
    assert _branch_parent("北辰移动") is None


# ---- L: listing


def test_trading_starts_on_the_main_board_is_a_listing_with_its_net_proceeds_and_the_day():
    f = one("青禾半导体股份有限公司（下称“青禾半导体”，股份代号06688）于当天在香港联交所主板开始交易，"
            "扣除发行费用后募资净额约9.8亿港元。", "listing", ref="2026-01-20")
    assert f.qualifiers["stage"] == "listed" and f.modality == "asserted"
    assert f.date is not None and f.date.value.value == "2026-01-20"
    assert f.amount is not None and f.amount.value.value == 9.8e8


def test_trading_resumed_is_no_listing():  # near miss
    assert facts("青禾半导体的股票今天在港交所恢复交易。", "listing") == []
    assert facts("青禾半导体的新产品今天开始交易。", "listing") == []


def test_listed_the_same_day_names_the_second_company_and_the_listing_day():
    found = facts("青禾半导体于当天在香港联交所主板开始交易。公司此前于上月12日启动招股。"
                  "同日在联交所挂牌的还有人工智能企业远峰智算。", "listing", ref="2026-01-20")
    by_name = {names(f, "company")[0]: f for f in found}
    assert set(by_name) == {"青禾半导体", "远峰智算"}
    assert by_name["远峰智算"].date.value.value == "2026-01-20"  # the listing day, not the day 招股 began


def test_listing_planned_for_next_year_stays_planned():  # near miss
    f = one("远峰智算计划明年在港交所挂牌。", "listing")
    assert f.modality == "planned"


# ---- M: funding reports


def test_reported_fundraising_then_denied_by_the_founder_is_denied():
    found = facts("本月初，有媒体报道远峰智算正按50亿元估值向投资者筹资6亿元，林岚当天便称这是不实消息。", "investment")
    assert len(found) == 1 and found[0].modality == "denied"
    assert names(found[0], "investee") == ["远峰智算"] and found[0].amount.value.value == 6e8


def test_earlier_report_of_money_raised_at_a_valuation_is_reported():
    f = one("据此前的报道，远峰智算上个月以约40亿元的估值募得5亿元。", "investment")
    assert f.modality == "reported" and f.amount.value.value == 5e8


def test_financing_activities_cash_flow_is_no_round():  # near miss
    assert facts("远峰智算筹资活动产生的现金流量净额为2亿元。", "investment") == []
    assert facts("远峰智算本次发行共募得资金约3亿元。", "investment") == []


def test_planned_fundraising_is_never_asserted():  # near miss
    assert all(f.modality == "planned" for f in facts("远峰智算打算明年向投资者筹资6亿元。", "investment"))


# ---- N: mergers and the 由-passive


def test_two_companies_completing_a_merger_is_a_merger_of_both():
    f = one("今年2月，岚山网络与青禾传媒完成合并。", "merger")
    assert names(f, "part") == ["岚山网络", "青禾传媒"] and f.roles["result"] == []
    assert f.date.value.value == "2025-02" and f.modality == "asserted"


def test_all_stock_merger_with_a_one_letter_service_after_its_kind():
    f = one("林岚宣布，岚山网络与视频平台V以全部换股的方式合并。", "merger")
    assert names(f, "part") == ["岚山网络", "V"]


def test_merger_discussed_and_dropped_is_no_merger():  # near miss
    assert facts("岚山网络与青禾传媒曾商讨合并，后来不了了之。", "merger") == []
    assert facts("岚山网络与青禾传媒的合并报表显示营收增长。", "merger") == []


def test_one_letter_after_other_words_is_no_name():  # near miss
    assert facts("岚山网络的A股上市计划推迟。", "merger") == []


def test_company_acquired_by_a_buyer_with_you_passive_dated_and_priced():
    f = one("社交平台青禾社区由远峰集团于2020年以约25亿元收购。", "acquisition")
    assert names(f, "acquirer") == ["远峰集团"] and names(f, "target") == ["青禾社区"]
    assert f.date.value.value == "2020" and f.amount.value.value == 2.5e9


def test_you_before_a_buyer_and_its_object_keeps_the_object():  # near miss: 由A收购B
    f = one("此次交易由远峰集团收购青禾社区。", "acquisition")
    assert names(f, "target") == ["青禾社区"]
    assert facts("青禾社区由远峰集团运营。", "acquisition") == []


# ---- O: deals given up or paused


def test_decided_not_to_pursue_and_deal_ended_is_negated():
    f = one("岚山股份公告，董事会决定不再推进重大资产重组，原计划购买远峰微电子80%股权的交易就此告终。", "acquisition")
    assert f.modality == "negated"


def test_paused_acquisition_is_planned_not_asserted():  # the bug: an asserted acquisition
    f = one("岚山股份公告，公司决定暂缓推进收购远峰微电子的交易。", "acquisition")
    assert f.modality == "planned"


def test_unit_under_an_owner_in_a_denied_report_stays_owned():
    text = "据知情人士透露，林岚旗下的芯片公司远峰微电子已完成15亿元B轮融资。林岚随后回应称这篇报道不实。"
    owned = one(text, "ownership")
    assert names(owned, "owner") == ["林岚"] and owned.modality == "asserted"
    assert all(f.modality == "denied" for f in facts(text, "investment"))


def test_a_later_sentence_that_confirms_nothing_leaves_the_report_reported():  # near miss
    text = "据知情人士透露，林岚旗下的芯片公司远峰微电子已完成15亿元B轮融资。林岚随后出席了行业论坛。"
    assert all(f.modality == "reported" for f in facts(text, "investment"))


def test_outlet_had_reported_and_the_owner_called_it_fake_news():
    text = ("岚山科技是约翰逊旗下的机器人公司。6月2日，澄川日报曾报道岚山科技正以90亿元估值向投资人筹资8亿元，"
            "约翰逊当晚便称其为假新闻。")
    found = facts(text, "investment")
    assert len(found) == 1 and found[0].modality == "denied" and found[0].amount.value.value == 8e8


def test_outlet_had_reported_with_no_denial_stays_reported():  # near miss
    f = one("6月2日，澄川日报曾报道岚山科技正以90亿元估值向投资人筹资8亿元。", "investment")
    assert f.modality == "reported"


def test_predecessor_named_after_its_relation_noun_is_acquired_with_you_passive():
    f = one("青禾网络的前身澄川社区由远峰集团于2021年以约30亿元收购。", "acquisition")
    assert names(f, "target") == ["澄川社区"] and names(f, "acquirer") == ["远峰集团"]


def test_predecessor_described_not_named_is_no_company():  # near miss
    assert facts("青禾网络的前身是一家小作坊，由林岚于2010年创办。", "acquisition") == []


def test_consortium_lead_in_the_next_paragraph_after_the_tenderer_sentence():
    text = ("澄川电气工程有限公司、青禾数据服务有限公司等企业组成的联合体被确定为北辰移动算力项目的中标候选人。"
            "该项目的招标人为北辰移动浙江分公司。\n联合体由远峰信息技术有限公司牵头，承担四成工作量。")
    lead = [f for f in facts(text, "purchase") if names(f, "supplier") == ["远峰信息技术有限公司"]]
    assert len(lead) == 1 and names(lead[0], "buyer") == ["北辰移动浙江分公司"] and lead[0].modality == "planned"


def test_consortium_lead_far_after_the_award_is_no_supplier():  # near miss: four sentences and two paragraphs on
    text = ("澄川电气工程有限公司、青禾数据服务有限公司等企业组成的联合体被确定为北辰移动算力项目的中标候选人。\n"
            "北辰移动今年还启动了其他项目。\n该公司表示进展顺利。公司员工超过一万人。公司总部在江州。\n"
            "联合体由远峰信息技术有限公司牵头，承担四成工作量。")
    assert [f for f in facts(text, "purchase") if names(f, "supplier") == ["远峰信息技术有限公司"]] == []


def test_consortium_award_keeps_no_span_or_report_date():  # near miss: the dates are a period and a report's day
    found = facts("此前北辰移动2023年至2024年服务器集中采购中，中标人分别为澄川电气工程有限公司、青禾数据服务有限公司。",
                  "purchase")
    assert len(found) == 2 and all(f.date is None for f in found)
    found = facts("澄川电气8月3日晚公告，确认公司与青禾数据服务有限公司组成的联合体，为北辰移动算力项目的中标人。", "purchase")
    assert found and all(f.date is None for f in found)

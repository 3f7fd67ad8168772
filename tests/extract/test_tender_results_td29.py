"""Chinese procurement results (round 29, wt-td): winners and their sums told after the procurement in the same
paragraph (A拿到约N元，排名第一；B约M元；C约K元), a procurement shared out by a list (订单由A、B和C三家分享), a
list closed by 等厂商 (A、B、C等厂商各自中标N至M元不等), candidates ranked with shares, and a notice of award
received from its issuer (接到了由B签发的中标通知书: B buys, whatever the parent announcing). Near misses: a
market ranking, a list of makers with no procurement, a tender announced with no winner. All company names are
invented; the sentences are written for these tests."""

from __future__ import annotations

from tests.extract.readers import facts, names


def _won(text: str) -> dict[str, tuple]:
    return {names(f, "supplier")[0]: (names(f, "buyer"), f.amount and f.amount.text, f.modality)
            for f in facts(text, "purchase")}


def test_winners_and_sums_listed_after_the_first_one_each_sell_to_the_procurer():
    text = ("澄川移动2025年服务器集中采购结果出炉。青禾科技拿到约8.85亿元，排名第一；岚山信息约5.71亿元；"
            "北辰电子约2.31亿元。")
    assert _won(text) == {"青禾科技": (["澄川移动"], "约8.85亿元", "asserted"),
                          "岚山信息": (["澄川移动"], "约5.71亿元", "asserted"),
                          "北辰电子": (["澄川移动"], "约2.31亿元", "asserted")}


def test_a_place_clause_between_winners_is_passed_over_after_the_word_too():
    text = "远帆电力集团公布了配电变压器集中采购结果。青禾电气中标约4.2亿元，位列第一；岚山电子约2.8亿元，位列第二；北辰电子约1.1亿元。"
    won = _won(text)
    assert {k: v[1] for k, v in won.items()} == {"青禾电气": "约4.2亿元", "岚山电子": "约2.8亿元", "北辰电子": "约1.1亿元"}


def test_a_clause_that_is_not_a_bare_name_and_sum_ends_the_list():
    text = "澄川移动2025年服务器集中采购结果出炉。青禾科技拿到约8.85亿元；岚山信息去年营收约5.71亿元。"
    assert _won(text) == {"青禾科技": (["澄川移动"], "约8.85亿元", "asserted")}


def test_a_market_ranking_is_no_procurement():
    for text in ("在国内服务器市场，青禾科技拿到约8.85亿元的收入，排名第一；岚山信息约5.71亿元。",
                 "在国内服务器市场，青禾科技份额排名第一，岚山信息约5.71亿元；北辰电子约2.31亿元。"):
        assert facts(text, "purchase") == []


def test_a_procurement_shared_out_by_a_list_of_winners():
    text = "澄川移动2025年服务器集中采购已完成，订单由青禾科技、岚山信息和北辰电子三家分享。"
    assert _won(text) == {w: (["澄川移动"], None, "asserted") for w in ("青禾科技", "岚山信息", "北辰电子")}
    text = "澄川移动2025年服务器集中采购已完成，青禾科技、岚山信息和北辰电子三家厂商瓜分了全部份额。"
    assert set(_won(text)) == {"青禾科技", "岚山信息", "北辰电子"}


def test_sharing_that_is_no_award_gives_nothing():
    assert facts("澄川移动2025年服务器集中采购已完成，青禾科技、岚山信息和北辰电子三家分享了各自的经验。", "purchase") == []
    assert facts("青禾科技、岚山信息和北辰电子三家分享了这笔订单。", "purchase") == []  # no procurement, no procurer


def test_a_list_closed_by_its_kind_each_wins_the_range():
    text = "澄川移动2025年服务器集中采购结果出炉。青禾科技、岚山信息、北辰电子等厂商各自中标6亿元至9亿元不等。"
    won = _won(text)
    assert won == {w: (["澄川移动"], "6亿元至9亿元", "asserted") for w in ("青禾科技", "岚山信息", "北辰电子")}


def test_a_list_of_makers_with_no_procurement_gives_no_purchase():
    assert facts("青禾科技、岚山信息和北辰电子等厂商都是国内主要的服务器厂商。", "purchase") == []
    assert facts("澄川移动近日发布了2025年服务器集中采购的招标公告，预计采购规模约3万台。", "purchase") == []


def test_the_issuer_of_the_notice_of_award_buys_not_the_parent_announcing():
    text = ("远峰集团发布公告称，其子公司青禾建设接到了由澄川数科有限公司签发的中标通知书，青禾建设被确定为该公司"
            "数据中心项目的中标人，中标价格约13亿元。")
    assert _won(text) == {"青禾建设": (["澄川数科有限公司"], "约13亿元", "asserted")}


def _shares(text: str) -> dict[str, float | None]:
    return {names(f, "supplier")[0]: (f.qualifiers.get("share_of_purchases") and f.qualifiers["share_of_purchases"].value.value)
            for f in facts(text, "purchase")}


def test_candidates_sharing_a_procurement_are_all_proposed():
    text = ("澄川电信公示了算力服务器采购的中标候选人，青禾科技以约6.33亿元的报价成为第一中标候选人，拟获50%的份额；"
            "岚山信息和北辰电子分列第二、第三。")
    assert _won(text) == {"青禾科技": (["澄川电信"], "约6.33亿元", "planned"), "岚山信息": (["澄川电信"], None, "planned"),
                          "北辰电子": (["澄川电信"], None, "planned")}
    assert _shares(text)["青禾科技"] == 50.0


def test_runners_up_of_a_tender_not_shared_win_nothing():
    text = "澄川电信公示了算力服务器采购的中标候选人，青禾科技以约6.33亿元的报价成为第一中标候选人；岚山信息和北辰电子分列第二、第三。"
    assert _won(text) == {"青禾科技": (["澄川电信"], "约6.33亿元", "planned")}
    text = ("澄川电信公示了算力服务器采购的中标候选人，青禾科技以约6.33亿元的报价成为第一中标候选人，拟获100%的份额；"
            "岚山信息和北辰电子分列第二、第三。")
    assert set(_won(text)) == {"青禾科技"}


def test_the_first_candidate_glossed_by_a_short_name_after_a_notice():
    text = ("北辰电信日前公布“边缘计算网关（2025年）集中采购项目”的中标候选人。青禾网络技术（临川）有限公司（下称"
            "“青禾网络”）以3200万元（不含税）的报价排在第一，澄川通信以3150万元位居第二。")
    won = facts(text, "purchase")
    assert len(won) == 1 and names(won[0], "buyer") == ["北辰电信"] and won[0].modality == "planned"
    assert names(won[0], "supplier")[0].startswith("青禾网络") and won[0].amount.value.value == 3.2e7


def test_a_procurement_for_a_project_names_the_buyer_of_its_first_candidate():
    text = "去年5月10日，北辰电信为同类项目采购800台网关，那次青禾网络也是第一中标候选人，投标价1200万元。"
    won = facts(text, "purchase")
    assert [(names(f, "buyer"), names(f, "supplier"), f.modality, f.amount.value.value) for f in won] == \
        [(["北辰电信"], ["青禾网络"], "planned", 1.2e7)]
    assert str(won[0].date.value.value).startswith("2024-05-10")


def test_a_contractor_buying_for_a_project_with_no_candidate_gives_no_award():
    assert facts("北辰电信为同类项目采购800台网关，目前尚未公布中标候选人。", "purchase") == []
    text = "青禾建设为澄川移动的数据中心项目采购了一批服务器，岚山信息也是供应商之一。"
    assert all(names(f, "buyer") != ["青禾建设"] or names(f, "supplier") != ["澄川移动"] for f in facts(text, "purchase"))


def test_a_notice_of_award_received_alone_tells_the_award():
    text = "远峰集团公告，全资子公司青禾建设于6月3日收到澄川数科有限公司寄来的《中标通知书》，中标金额为2.6亿元。"
    won = facts(text, "purchase")
    assert [(names(f, "buyer"), names(f, "supplier"), f.modality, f.amount.value.value) for f in won] == \
        [(["澄川数科有限公司"], ["青禾建设"], "asserted", 2.6e8)]
    assert _won("青禾建设近日接到澄川数科有限公司签发的中标通知书，中标价格约13亿元。") == \
        {"青禾建设": (["澄川数科有限公司"], "约13亿元", "asserted")}


def test_a_notice_not_received_or_from_an_agent_or_from_no_one_tells_nothing():
    for text in ("青禾建设尚未收到澄川数科有限公司的中标通知书。", "青禾建设近日收到澄川招标代理公司寄来的中标通知书。",
                 "青禾建设近日收到中标通知书。"):
        assert facts(text, "purchase") == []


def test_a_notice_sent_by_the_buyers_own_unit_names_the_buyer():
    text = ("近日，青禾电子股份公司（下称“公司”）收到澄川通讯有限公司工程部下发的《中标通知书》，经评标委员会"
            "综合评定确认公司为“澄川数据中心二期微模块采购”项目的中标单位，中标金额约为7900万元。")
    won = facts(text, "purchase")
    assert [(names(f, "buyer"), names(f, "supplier"), f.modality, f.amount.value.value) for f in won] == \
        [(["澄川通讯有限公司"], ["青禾电子"], "asserted", 7.9e7)]


def test_a_notice_from_an_agents_unit_names_no_buyer():
    text = ("近日，青禾电子股份公司（下称“公司”）收到澄川招标代理有限公司项目部下发的《中标通知书》，确认公司为"
            "“澄川数据中心二期微模块采购”项目的中标单位。")
    assert all(not names(f, "buyer") or names(f, "buyer") != ["澄川招标代理有限公司"] for f in facts(text, "purchase"))


def test_winners_named_after_their_title_each_sell_to_the_procurer():
    text = "澄川移动2025年服务器集中采购结果出炉，中标厂商为青禾科技、岚山信息和北辰电子。"
    assert {k: v[0] for k, v in _won(text).items()} == {w: ["澄川移动"] for w in ("青禾科技", "岚山信息", "北辰电子")}
    assert facts("澄川移动表示，中标企业将于下月开始供货。", "purchase") == []


def test_shares_of_the_candidates_ranked_after_the_first_go_to_each():
    text = ("澄川电信公示了算力服务器采购的中标候选人，青禾科技以约6.33亿元的报价成为第一中标候选人，拟获50%的份额；"
            "岚山信息和北辰电子分列第二、第三，分别拟获30%和20%的份额。")
    assert _shares(text) == {"青禾科技": 50.0, "岚山信息": 30.0, "北辰电子": 20.0}
    text = ("澄川电信公示了算力服务器采购的中标候选人，青禾科技以约6.33亿元的报价成为第一中标候选人；"
            "岚山信息和北辰电子分列第二、第三，分别拟获30%和20%的份额。")
    assert _shares(text) == {"青禾科技": None, "岚山信息": 30.0, "北辰电子": 20.0}
    assert {v[2] for v in _won(text).values()} == {"planned"}


def test_runners_up_with_bids_of_their_own_are_no_shares():
    text = ("澄川电信公示了算力服务器采购的中标候选人，青禾科技以约6.33亿元的报价成为第一中标候选人；"
            "岚山信息和北辰电子分列第二、第三，分别报价6.5亿元和6.8亿元。")
    assert set(_won(text)) == {"青禾科技"}


def test_winners_counted_then_listed_with_their_sums():
    text = "澄川移动2025年服务器集中采购已完成，共有5家厂商中标。其中，青禾科技约8.85亿元，排名第一；岚山信息约5.71亿元，北辰电子约2.31亿元。"
    assert _won(text) == {"青禾科技": (["澄川移动"], "约8.85亿元", "asserted"),
                          "岚山信息": (["澄川移动"], "约5.71亿元", "asserted"),
                          "北辰电子": (["澄川移动"], "约2.31亿元", "asserted")}
    text = "澄川电信公示了算力服务器采购的中标候选人，共有3家厂商中标。其中，青禾科技约6.33亿元；岚山信息约4.1亿元。"
    assert {v[2] for v in _won(text).values()} == {"planned"} and len(_won(text)) == 2


def test_a_list_with_no_count_of_winners_before_or_not_of_sums_won_gives_nothing():
    for text in ("其中，青禾科技约8.85亿元，岚山信息约5.71亿元。",
                 "澄川移动去年服务器收入增长，共有5家厂商供货。其中，青禾科技约8.85亿元，岚山信息约5.71亿元。",
                 "澄川移动2025年服务器集中采购已完成，共有5家厂商中标。其中，青禾科技去年营收约8.85亿元。",
                 "澄川移动启动2025年服务器集中采购，青禾科技、岚山信息等厂商参与投标。"):
        assert facts(text, "purchase") == [], text


def test_a_word_for_the_company_is_no_buyer_where_the_winner_is_the_announcers_unit():
    text = "远峰集团6月3日晚间发布公告称，子公司青禾建设被确定为该公司数据中心项目的中标人，中标价格约13亿元。"
    assert _won(text) == {"青禾建设": ([], "约13亿元", "asserted")}
    text = "远峰集团发布公告称，其子公司青禾建设中标该公司数据中心项目，中标价格约13亿元。"
    assert [names(f, "buyer") for f in facts(text, "purchase")] == [[]]


def test_a_word_for_a_tenderer_named_before_stays_the_buyer_where_the_winner_is_no_unit():
    text = "澄川数科有限公司近日发布数据中心项目招标公告。青禾建设被确定为该公司数据中心项目的中标人，中标价格约13亿元。"
    assert _won(text) == {"青禾建设": (["澄川数科有限公司"], "约13亿元", "asserted")}


def test_near_misses_of_the_new_words_give_no_purchase():
    for text in ("青禾科技在发布会上分享了其服务器采购经验，岚山信息和北辰电子也分享了案例。",
                 "澄川移动采购负责人表示，青禾科技拟获澄川资本2亿元投资。",
                 "澄川移动启动服务器集中采购。据悉，共有12家厂商参与投标，其中，青禾科技报价最低。",
                 "澄川电信去年在服务器市场的份额为30%，青禾科技、岚山信息和北辰电子分列第二、第三、第四。"):
        assert facts(text, "purchase") == [], text

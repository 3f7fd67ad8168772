"""Chinese tender results told across a text (round 19): the procurer named once at the head (a title, a lead, the
sentence before) buys from every winner listed after it that names no buyer of its own, unless two procurers are
named there or a bond is auctioned; elliptical lists of winners (A拿到约12亿元, B、C各自中标3至5亿元不等, D和E分列
第二、第三, 其次是D和E, 中标份额分别为…, A中标了第七包) give one purchase each, with its own sum, range or share; a
title on an award (A：关于B…项目中标的公告) names both sides; one winner of two works priced apart wins two awards.
Candidates proposed stay planned, the runners-up after the first win nothing. All company names are invented; the
sentences are written for these tests."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


def _won(text: str) -> dict[str, tuple]:
    return {names(f, "supplier")[0]: (names(f, "buyer"), f.amount and f.amount.text, f.modality)
            for f in facts(text, "purchase")}


def test_winners_after_a_procurer_in_the_lead_sell_to_it():
    text = "澄川通信集团近日启动人工智能服务器集中采购。经过评审，青禾科技拿到约12亿元，岚山电子、远帆信息各自中标3至5亿元不等。"
    assert _won(text) == {"青禾科技": (["澄川通信集团"], "约12亿元", "asserted"),
                          "岚山电子": (["澄川通信集团"], "3至5亿元", "asserted"),
                          "远帆信息": (["澄川通信集团"], "3至5亿元", "asserted")}
    ranged = [f.amount.value for f in facts(text, "purchase") if names(f, "supplier") == ["岚山电子"]][0]
    assert (ranged.min, ranged.max) == (3e8, 5e8)


def test_the_procurer_in_the_title_reaches_a_later_paragraph():
    text = "澄川通信集团公布2025年AI服务器集采结果\n\n本次集采共分两个标包。标包1由青禾科技中标，标包2由岚山电子中标。"
    assert _won(text) == {"青禾科技": (["澄川通信集团"], None, "asserted"), "岚山电子": (["澄川通信集团"], None, "asserted")}


def test_the_ones_ranked_after_the_first_winner_sell_to_the_same_procurer():
    text = "澄川通信集团公布了2025年服务器集采结果。青禾科技中标金额最高，达9.6亿元，岚山电子和远帆信息分列第二、第三。"
    assert _won(text) == {"青禾科技": (["澄川通信集团"], "9.6亿元", "asserted"),
                          "岚山电子": (["澄川通信集团"], None, "asserted"),
                          "远帆信息": (["澄川通信集团"], None, "asserted")}
    text = "其中，青禾电气中标最多，占比达19%；其次是岚山电气和远帆电气，占比均为11%。"
    won = facts(text, "purchase")
    assert sorted(names(f, "supplier")[0] for f in won) == ["岚山电气", "远帆电气", "青禾电气"]
    assert [f.qualifiers["share_of_purchases"].value.value for f in won if names(f, "supplier") == ["青禾电气"]] == [19.0]


def test_shares_listed_go_one_to_each_winner():
    text = "澄川通信集团人工智能服务器集采结果出炉，青禾科技、岚山电子、远帆信息中标份额分别为50%、30%、20%。"
    won = {names(f, "supplier")[0]: (names(f, "buyer"), f.qualifiers["share_of_purchases"].value.value)
           for f in facts(text, "purchase")}
    assert won == {"青禾科技": (["澄川通信集团"], 50.0), "岚山电子": (["澄川通信集团"], 30.0), "远帆信息": (["澄川通信集团"], 20.0)}


def test_a_title_on_an_award_names_both_sides():
    fact = one("岚山电子：关于澄川通信集团人工智能服务器采购项目中标的公告", "purchase")
    assert names(fact, "supplier") == ["岚山电子"] and names(fact, "buyer") == ["澄川通信集团"]
    assert fact.modality == "asserted"
    fact = one("岚山电子：关于澄川通信集团人工智能服务器采购项目预中标的提示性公告", "purchase")
    assert names(fact, "buyer") == ["澄川通信集团"] and fact.modality == "planned"
    fact = one("青禾科技中标澄川数据有限公司12亿元服务器采购项目", "purchase")
    assert names(fact, "buyer") == ["澄川数据有限公司"] and names(fact, "supplier") == ["青禾科技"]
    assert fact.amount.text == "12亿元"


def test_a_title_on_candidates_with_no_project_names_no_buyer():
    assert all(not names(f, "buyer") for f in facts("岚山电子：关于公司成为中标候选人的提示性公告", "purchase"))


def test_one_winner_of_two_works_priced_apart_wins_two_awards():
    text = "澄川路桥有限公司中标临江县环城公路工程施工3标段、滨河大道改造工程1标段，中标价分别为人民币10,230万元、5,410万元。"
    assert sorted(f.amount.text for f in facts(text, "purchase")) == ["10,230万元", "5,410万元"]
    text = "澄川路桥有限公司中标临江县环城公路工程施工3标段、滨河大道改造工程1标段，中标价合计为1.56亿元。"
    assert one(text, "purchase").amount.text == "1.56亿元"


def test_one_winner_of_one_lot_after_the_lots_of_others():
    text = "澄川通信集团公布了台式机集采结果。第二包由青禾科技中标。岚山电子中标了第三包，中标金额为1059.99万元。"
    assert _won(text) == {"青禾科技": (["澄川通信集团"], None, "asserted"),
                          "岚山电子": (["澄川通信集团"], "1059.99万元", "asserted")}


def test_a_head_sentence_naming_two_procurers_gives_no_buyer():
    text = "澄川通信集团启动服务器集采，岚山电信集团也公布了交换机集采结果。青禾科技中标约12亿元。"
    assert names(one(text, "purchase"), "buyer") == []


def test_procurers_in_two_paragraphs_before_give_no_buyer():
    text = "澄川通信集团启动服务器集采。\n\n岚山电信集团公布了交换机集采结果。\n\n青禾科技中标约12亿元，岚山电子中标约8亿元。"
    assert all(names(f, "buyer") == [] for f in facts(text, "purchase"))


def test_the_nearest_head_of_the_paragraph_buys():
    text = "澄川通信集团启动服务器集采。岚山电信集团公布了交换机集采结果。青禾科技中标约12亿元。"
    assert names(one(text, "purchase"), "buyer") == ["岚山电信集团"]


def test_a_winner_naming_its_own_buyer_keeps_it():
    text = "澄川通信集团启动服务器集采。此外，青禾科技中标岚山电网有限公司配网物资采购项目，中标金额2.1亿元。"
    assert names(one(text, "purchase"), "buyer") == ["岚山电网有限公司"]


def test_a_project_of_its_own_place_is_no_purchase_of_the_head():
    text = "澄川通信集团启动服务器集采。青禾路桥中标临江县滨河大道改造工程，中标价1.2亿元。"
    assert names(one(text, "purchase"), "buyer") == []
    text = "澄川通信集团启动服务器集采。青禾科技中标该项目，中标价1.2亿元。"
    assert names(one(text, "purchase"), "buyer") == ["澄川通信集团"]


def test_a_speaker_between_the_head_and_the_winner_leaves_the_buyer_unsaid():
    text = "澄川通信集团公布了服务器集采结果。岚山集团表示，青禾科技中标约12亿元。"
    assert names(one(text, "purchase"), "buyer") == []


def test_a_bond_auction_told_at_the_head_sells_nothing():
    text = "澄川银行发布了本期金融债招标结果。青岚证券中标2.5亿元，远帆证券中标9000万元。"
    assert facts(text, "purchase") == []


def test_only_the_first_candidate_of_the_head_procurer_is_planned():
    text = "澄川通信集团公布服务器集采中标候选人：第一中标候选人为青禾科技，第二中标候选人为岚山电子。"
    fact = one(text, "purchase")
    assert names(fact, "supplier") == ["青禾科技"] and names(fact, "buyer") == ["澄川通信集团"]
    assert fact.modality == "planned"


def test_lots_of_a_candidate_list_told_in_the_lead_are_planned():
    text = "澄川通信集团公示了服务器集采中标候选人。标包1由青禾科技中标，标包2由岚山电子中标。"
    assert _won(text) == {"青禾科技": (["澄川通信集团"], None, "planned"), "岚山电子": (["澄川通信集团"], None, "planned")}
    text = "澄川通信集团公示了服务器集采中标候选人。最终，青禾科技中标约3亿元。"
    assert one(text, "purchase").modality == "asserted"


def test_the_ranks_after_a_candidate_are_runners_up():
    text = "澄川通信集团服务器集采开标，青禾科技以约6亿元成为第一中标候选人，岚山电子和远帆信息分列第二、第三。"
    fact = one(text, "purchase")
    assert names(fact, "supplier") == ["青禾科技"] and fact.modality == "planned"


def test_candidates_with_their_shares_are_each_planned():
    text = "在此次澄川通信集团集采中，青禾科技以约6.2亿元成为第一中标候选人，获得50%份额，岚山电子和远帆信息分别获得30%和20%份额。"
    won = {names(f, "supplier")[0]: (names(f, "buyer"), f.modality, f.qualifiers["share_of_purchases"].value.value)
           for f in facts(text, "purchase")}
    assert won == {"青禾科技": (["澄川通信集团"], "planned", 50.0), "岚山电子": (["澄川通信集团"], "planned", 30.0),
                   "远帆信息": (["澄川通信集团"], "planned", 20.0)}


def test_a_sum_got_with_no_tender_or_no_procurer_is_no_award():
    assert facts("青禾科技拿到约12亿元。", "purchase") == []
    assert facts("澄川通信集团启动服务器集采。青禾科技今年拿到约12亿元融资。", "purchase") == []
    assert facts("本次招标已经开标。青禾科技拿到约12亿元。", "purchase") == []


def test_a_rank_that_is_no_tender_place_is_no_award():
    text = "澄川通信集团启动服务器集采，青禾科技中标约12亿元。岚山电子的营收位列行业第二。"
    assert [names(f, "supplier") for f in facts(text, "purchase")] == [["青禾科技"]]


def test_a_share_got_is_no_stake_bought():
    text = "澄川通信集团公布了服务器集采结果。青禾科技获得40%份额，岚山电子获得35%份额。"
    assert facts(text, "acquisition") == []
    assert sorted(names(f, "supplier")[0] for f in facts(text, "purchase")) == ["岚山电子", "青禾科技"]


def test_winners_listed_after_the_word_each_win_from_the_procurer():
    text = ("澄川通信集团公布了机电工程项目中标结果，中标单位包括岚山建设集团有限公司（联合体牵头人）、青禾设计研究院有限公司"
            "（联合体成员）以及远帆系统工程有限公司（联合体成员，远帆科技全资子公司），中标价为8.6亿元。")
    assert _won(text) == {"岚山建设集团有限公司": (["澄川通信集团"], None, "asserted"),
                          "青禾设计研究院有限公司": (["澄川通信集团"], None, "asserted"),
                          "远帆系统工程有限公司": (["澄川通信集团"], None, "asserted")}


def test_candidates_listed_in_order_are_not_all_winners():
    text = "澄川通信集团公布了机电工程项目评标结果，中标候选人为岚山建设集团有限公司、青禾设计研究院有限公司。"
    assert all(names(f, "supplier") != ["青禾设计研究院有限公司"] for f in facts(text, "purchase"))


def test_the_members_of_a_consortium_formed_in_the_clause_before_win():
    text = ("澄川通信集团公布了数据中心机电工程项目的中标结果。青禾建设集团有限公司与子公司青禾系统工程有限公司及岚山设计研究院"
            "有限公司结成的联合体，成为该项目的中标人。")
    assert _won(text) == {"青禾建设集团有限公司": (["澄川通信集团"], None, "asserted"),
                          "青禾系统工程有限公司": (["澄川通信集团"], None, "asserted"),
                          "岚山设计研究院有限公司": (["澄川通信集团"], None, "asserted")}
    text = "澄川通信集团公布了数据中心机电工程项目的中标人。最终，“澄为科技”与岚山建设集团以联合体方式被确定为最终中标人。"
    assert _won(text) == {"澄为科技": (["澄川通信集团"], None, "asserted"), "岚山建设集团": (["澄川通信集团"], None, "asserted")}


def test_a_becomes_inside_the_winners_name_does_not_split_it():
    fact = one("“澄为科技”成为澄川水务集团有限公司管网改造项目的中标人，中标价为2.1亿元。", "purchase")
    assert names(fact, "supplier") == ["澄为科技"] and names(fact, "buyer") == ["澄川水务集团有限公司"]
    assert fact.amount.text == "2.1亿元"


def test_ranks_by_sum_after_a_candidate_list_share_its_mood():
    lead = "澄川通信集团公示了服务器集采中标候选人。"
    text = lead + "从中标金额来看，青禾科技获得了最大的中标份额，金额达14.1亿元，紧随其后的则是岚山电子、远帆信息等。"
    assert _won(text) == {"青禾科技": (["澄川通信集团"], "14.1亿元", "planned"),
                          "岚山电子": (["澄川通信集团"], None, "planned"),
                          "远帆信息": (["澄川通信集团"], None, "planned")}


def test_winners_told_clause_by_clause_keep_the_head_procurer():
    text = ("澄川通信集团公布了2024年服务器集采结果。从中标的标包数量上看，岚山电子中标的标包数量最多，远帆信息中标5个标包，"
            "青禾科技中标3个标包的一部分份额。")
    assert names([f for f in facts(text, "purchase") if names(f, "supplier") == ["青禾科技"]][0], "buyer") == ["澄川通信集团"]


def test_a_tender_called_off_in_the_next_sentence_by_this_project():
    text = "2024年5月，澄川数据有限公司发布中标公告，青禾科技股份有限公司以3.52亿元中标。6月2日，澄川数据有限公司发布变更公告，本项目废标。"
    assert one(text, "purchase").modality == "negated"


def test_a_candidate_list_junk_name_in_the_project_is_no_buyer():
    text = ("近日，澄川通信集团发布了《澄川通信集团2024年通用计算服务器集采中标候选人公示》，青禾科技股份有限公司下属子公司"
            "青禾云科技有限公司为该项目标包五的中标候选人，投标报价为954,270,193元，中标份额10%。")
    fact = one(text, "purchase")
    assert names(fact, "buyer") == ["澄川通信集团"] and names(fact, "supplier") == ["青禾云科技有限公司"]
    assert fact.modality == "planned" and fact.qualifiers["share_of_purchases"].value.value == 10.0


def test_a_lot_shared_out_goes_to_each_winner():
    text = "澄川通信集团公布了2024年PC集采各标包的中标结果。标包1被岚山电子、远帆信息、北辰计算瓜分。"
    assert _won(text) == {"岚山电子": (["澄川通信集团"], None, "asserted"), "远帆信息": (["澄川通信集团"], None, "asserted"),
                          "北辰计算": (["澄川通信集团"], None, "asserted")}
    text = "澄川通信集团公布了2024年PC集采各标包的中标结果。标包2被岚山电子、远帆信息（从北辰集团分拆而来）瓜分。"
    assert sorted(names(f, "supplier")[0] for f in facts(text, "purchase")) == ["岚山电子", "远帆信息"]


def test_sharing_out_a_market_is_no_award():
    assert facts("岚山电子和远帆信息瓜分了国内服务器市场。", "purchase") == []
    assert facts("澄川通信集团启动服务器集采。岚山电子和远帆信息瓜分了国内服务器市场的七成。", "purchase") == []


def test_the_order_pointing_back_at_the_tender_is_the_procurers():
    text = "澄川通信集团公布了数据中心机电工程项目的中标人，岚山电子一举拿下这笔预算约5亿元的算力大单。"
    fact = one(text, "purchase")
    assert names(fact, "buyer") == ["澄川通信集团"] and names(fact, "supplier") == ["岚山电子"] and fact.amount is None
    text = "澄川通信集团启动服务器集采。岚山电子近日拿下一笔9亿元的算力大单。"
    assert all(names(f, "buyer") == [] for f in facts(text, "purchase"))


def test_another_award_told_after_the_head_is_not_the_heads():
    text = "澄川通信集团启动服务器集采。此外，青禾科技还中标约3亿元。"
    assert names(one(text, "purchase"), "buyer") == []
    text = "澄川通信集团启动服务器集采。青禾科技中标约3亿元。"
    assert names(one(text, "purchase"), "buyer") == ["澄川通信集团"]


def test_the_winner_named_after_the_candidates_were_shown_is_asserted():
    text = "澄川通信集团公示了机电工程项目中标候选人。公示期满后，中标人为岚山建设集团有限公司。"
    fact = one(text, "purchase")
    assert names(fact, "supplier") == ["岚山建设集团有限公司"] and fact.modality == "asserted"


def test_the_procurer_opening_a_result_headline_and_a_place_ranked():
    text = "澄川通信集团服务器采购中标结果公布。青禾科技拿到约12亿元，岚山电子排名第二。"
    assert _won(text) == {"青禾科技": (["澄川通信集团"], "约12亿元", "asserted"), "岚山电子": (["澄川通信集团"], None, "asserted")}


def test_shares_of_a_tender_result_without_the_word_for_the_award():
    text = "澄川通信集团服务器采购结果揭晓，青禾科技、岚山电子、远帆信息的份额分别为50%、30%、20%。"
    won = {names(f, "supplier")[0]: f.qualifiers["share_of_purchases"].value.value for f in facts(text, "purchase")}
    assert won == {"青禾科技": 50.0, "岚山电子": 30.0, "远帆信息": 20.0}
    assert facts("青禾科技、岚山电子的份额分别为50%、30%。", "purchase") == []
    assert facts("澄川通信集团服务器采购结果揭晓。青禾科技、岚山电子的市场份额分别为50%、30%。", "purchase") == []


def test_an_announcement_of_an_award_names_its_winner_and_buyer():
    fact = one("岚山电子关于全资子公司岚山云科技有限公司中标澄川通信集团服务器集中采购项目的公告", "purchase")
    assert names(fact, "supplier") == ["岚山云科技有限公司"] and names(fact, "buyer") == ["澄川通信集团"]


def test_a_long_stretch_before_the_winner_keeps_the_last_name_before_becomes():
    text = ("青禾科技股份有限公司（以下简称“公司”）下属控股子公司青禾云科技有限公司为澄川通信集团服务器集中采购项目的"
            "中标候选人之一。")
    fact = one(text, "purchase")
    assert names(fact, "supplier") == ["青禾云科技有限公司"] and names(fact, "buyer") == ["澄川通信集团"]
    assert fact.modality == "planned"


def test_the_tenderer_named_by_its_title_outranks_a_name_opening_the_project():
    text = ("根据公示，岚山建设集团有限公司为《澄川湾AI数据中心项目（一期）》的第一中标候选人。\n\n"
            "一、项目名称：澄川湾AI数据中心项目（一期）\n\n二、招标人：青禾数据科技有限责任公司")
    fact = one(text, "purchase")
    assert names(fact, "buyer") == ["青禾数据科技有限责任公司"] and names(fact, "supplier") == ["岚山建设集团有限公司"]
    text = "岚山建设集团有限公司为澄川水务集团有限公司管网改造项目的中标人。\n\n招标人：青禾水务有限公司；采购人：远帆城投有限公司"
    assert names(one(text, "purchase"), "buyer") == ["澄川水务集团有限公司"]


def test_a_lead_and_its_members_in_brackets_are_each_a_candidate():
    text = ("根据公示，岚山建设集团有限公司（青禾系统工程有限公司（系公司全资子公司）、远帆设计研究院有限公司）为"
            "澄川水务集团有限公司管网改造项目的第一中标候选人。")
    won = facts(text, "purchase")
    assert sorted(names(f, "supplier")[0] for f in won) == ["岚山建设集团有限公司", "远帆设计研究院有限公司", "青禾系统工程有限公司"]
    assert all(names(f, "buyer") == ["澄川水务集团有限公司"] and f.modality == "planned" for f in won)
    text = "岚山建设集团有限公司（简称岚山建设）为澄川水务集团有限公司管网改造项目的中标人。"
    assert [names(f, "supplier") for f in facts(text, "purchase")] == [["岚山建设集团有限公司"]]


def test_an_unnamed_unit_of_a_company_wins_nothing_named():
    assert facts("澄湖智联子公司联合体中标8.4亿元智算中心项目", "purchase") == []
    assert names(one("澄湖智联中标8.4亿元智算中心项目", "purchase"), "supplier") == ["澄湖智联"]


def test_a_candidate_before_does_not_make_another_named_award_planned():
    text = "岚山电子为临江县政务云项目第一中标候选人。青禾科技中标澄川数据有限公司服务器采购项目，中标金额1.2亿元。"
    fact = [f for f in facts(text, "purchase") if names(f, "supplier") == ["青禾科技"]][0]
    assert names(fact, "buyer") == ["澄川数据有限公司"] and fact.modality == "asserted"

"""Round 25 (a5c): heldout5 audit categories E, I, K, L and M — zh investor lists outside the 领投/跟投 frames,
share transfers and holdings, on-market buying and planned 增持, purchase direction, focus and product ownership.
Sentences written for this file, with invented companies."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def run(text: str, ref: str = "2025-11-20"):
    return extract("t", text, ref)


def facts(text: str, kind: str, ref: str = "2025-11-20") -> list[tuple[str, dict[str, list[str]]]]:
    return [(f.modality, {k: [m.text for m in v] for k, v in f.roles.items()}) for f in run(text, ref).facts
            if f.type == kind]


def investments(text: str) -> list[tuple[list[str], list[str]]]:
    return [(r["investor"], r["investee"]) for mod, r in facts(text, "investment") if mod == "asserted"]


# ---- E: investor lists outside the 领投/跟投 frames ----

def test_investors_sorted_by_kind_invest_in_the_round_told():
    found = investments("远川机器人宣布完成6亿元B轮融资。本轮新加入的投资方分成两类：澄川资本和北辰投资属于产业资本，"
                        "岚山创投则是财务投资人。")
    assert (["澄川资本", "北辰投资", "岚山创投"], ["远川机器人"]) in found
    found = investments("远川机器人宣布完成6亿元B轮融资。这一轮的新面孔有三类：澄川资本是产业资本，北辰投资和岚山创投是PE基金，"
                        "星河资本则是一家专投早期项目的基金。")
    assert (["澄川资本", "北辰投资", "岚山创投", "星河资本"], ["远川机器人"]) in found


def test_kinds_of_investors_without_a_round_invest_in_nothing():
    # near miss: the same kinds, no round told and no sentence about a round's investors
    assert investments("澄川资本和北辰投资是产业资本，岚山创投则是一家早期基金。") == []
    assert investments("远川机器人宣布完成6亿元B轮融资。澄川资本和北辰投资是产业资本。") == [([], ["远川机器人"])]


def test_old_holders_all_adding_money_follow_the_round():
    found = investments("远川机器人宣布完成6亿元B轮融资。岚山创投、北辰投资和澄川资本三家老股东这一轮全部追加了投资。")
    assert (["岚山创投", "北辰投资", "澄川资本"], ["远川机器人"]) in found
    found = investments("远川机器人完成6亿元B轮融资，由星河资本领投。岚山创投和北辰投资两家老股东这次都追加了投资。")
    assert (["岚山创投", "北辰投资"], ["远川机器人"]) in found
    assert all(investee != ["星河资本"] for _, investee in found)


def test_old_holders_not_adding_money_are_no_asserted_investors():
    # near miss: 均未追加投资 is no follow-on
    found = investments("远川机器人宣布完成6亿元B轮融资，三家老股东此次均未追加投资。")
    assert found == [([], ["远川机器人"])]
    assert not [r for mod, r in facts("远川机器人宣布完成6亿元B轮融资，岚山创投和北辰投资两家老股东此次均未追加投资。",
                                      "investment") if mod == "asserted" and r["investor"]]


def test_followers_named_after_the_lead_join_the_raisers_round():
    found = investments("青禾智算完成4亿元A轮融资。本轮由澄川资本领投，跟投方包括远峰资本和星河基金。")
    assert (["远峰资本", "星河基金"], ["青禾智算"]) in found
    assert all(investee != ["澄川资本"] for _, investee in found)
    found = investments("澄川资本领投了青禾智算的A轮融资。跟投机构包括远峰资本和星河基金。")
    assert (["远峰资本", "星河基金"], ["青禾智算"]) in found


def test_followers_of_a_company_raising_itself_stay_its_own():
    # near miss: the carried subject raised the round (it is no investor of it): it stays the investee
    found = investments("澄川科技完成3亿元A轮融资。跟投方包括远峰资本和星河基金。")
    assert (["远峰资本", "星河基金"], ["澄川科技"]) in found


def test_an_unnamed_investor_still_gives_the_round():
    found = [(mod, r, f.date.text if f.date else None) for f in run("去年年中，青禾智能获得了一家海外战略投资者的新一轮投资。").facts
             if f.type == "investment" for mod, r in [(f.modality, {k: [m.text for m in v] for k, v in f.roles.items()})]]
    assert found == [("asserted", {"investor": [], "investee": ["青禾智能"]}, "去年年中")]
    assert investments("青禾智能获得了一家中东主权基金和一家国内产业基金的战略投资。") == [([], ["青禾智能"])]
    assert investments("青禾智能获得了一家欧洲战略投资者和北美财团的新一轮投资。") == [([], ["青禾智能"])]


def test_an_unnamed_investor_s_approval_is_no_investment():
    # near miss: the same description, then a word that is no money
    assert investments("去年年中，青禾智能获得了一家海外战略投资者的认可。") == []


# ---- I: share transfers and holdings ----

def transfers(text: str) -> list[tuple[str, list[str], list[str], list[str], str | None]]:
    return [(f.modality, [m.text for m in f.roles["acquirer"]], [m.text for m in f.roles["target"]],
             [m.canonical for m in f.roles.get("seller", [])], f.stake.text if f.stake else None)
            for f in run(text).facts if f.type == "acquisition"]


def test_titled_sellers_who_sign_with_the_buyer_sell_to_it():
    found = transfers("远川股份控股股东北辰控股、股东岚山创投及实际控制人周宁与青禾科技签署协议，以每股9.6元的价格合计向其"
                      "转让12%的股份。")
    assert found == [("asserted", ["其"], ["远川股份"], ["北辰控股", "岚山创投", "周宁"], "12%")]
    found = [f for f in run("远川股份控股股东北辰控股与青禾科技签署协议，向其转让12%的股份。").facts if f.type == "acquisition"]
    assert [m.canonical for m in found[0].roles["acquirer"]] == ["青禾科技"]


def test_a_bare_percentage_with_no_company_named_sells_nothing():
    # near miss: no title names the company and no transfer was told before: no target, no fact
    assert transfers("北辰控股与青禾科技签署协议，向其转让12%的股份。") == []
    assert transfers("北辰控股表示，不排除未来向其他投资者转让部分股份。") == []


def test_two_sellers_passing_a_bare_percentage_sell_the_company_of_the_transfer_before():
    found = transfers("北辰控股将所持远川股份9%的股份转让给青禾科技。同日，远峰投资和岚山创投按同样的价格把5%的股份"
                      "转让给自然人周宁。")
    assert ("asserted", ["周宁"], ["远川股份"], ["远峰投资", "岚山创投"], "5%") in found
    assert len(found) == 2


def test_a_bare_percentage_after_ba_never_makes_the_seller_the_target():
    # near miss: no transfer before names the company: nothing (before, the seller was taken as the company sold)
    assert transfers("远峰投资和岚山创投把5%的股份转让给自然人周宁。") == []


def shareholdings(text: str) -> list[tuple[str, list[str], list[str], str | None]]:
    return [(f.modality, [m.text for m in f.roles["holder"]], [m.text for m in f.roles["company"]],
             f.stake.text if f.stake else None) for f in run(text).facts if f.type == "shareholding"]


def test_holders_acting_in_concert_owning_a_part_hold_it():
    assert shareholdings("目前，青禾科技及其一致行动人合计拥有远川股份47.8%的股份。") == \
        [("asserted", ["青禾科技"], ["远川股份"], "47.8%")]


def test_owning_after_a_deal_is_planned_and_owning_patents_is_no_holding():
    # near misses: a holding the deal will bring is planned; 合计拥有 of anything but a company's shares holds nothing
    assert [m for m, *_ in shareholdings("交易完成后，青禾科技及其一致行动人将合计拥有远川股份47.8%的股份。")] == ["planned"]
    assert shareholdings("青禾科技合计拥有发明专利260余项。") == []


def test_the_count_held_after_a_trade_and_its_share_give_the_holding():
    found = shareholdings("澄川资本三季度又买入远川微电子18万股，持股数量增至420万股，占总股本0.96%，排名升至第七大股东。")
    assert ("asserted", ["澄川资本"], ["远川微电子"], "0.96%") in found
    found = shareholdings("远川微电子公告，北辰投资三季度加仓18万股，持股数量增至420万股，占公司总股本的0.96%。")
    assert ("asserted", ["北辰投资"], ["远川微电子"], "0.96%") in found


def test_the_count_held_without_its_share_is_no_stake():
    # near miss: the count alone says no part of the company
    assert [f for f in shareholdings("澄川资本三季度又买入远川微电子18万股，持股数量增至420万股。") if f[3]] == []


# ---- K: on-market buying and planned 增持 (typed investment, the project's convention) ----

def buys(text: str) -> list[tuple[str, list[str], list[str], str | None, str | None]]:
    return [(f.modality, [m.text for m in f.roles["investor"]], [m.text for m in f.roles["investee"]],
             f.stake.text if f.stake else None, f.amount.text if f.amount else None)
            for f in run(text).facts if f.type == "investment"]


def test_the_holder_class_threshold_is_no_stake_of_the_purchase():
    found = buys("远川股份公告称，持股5%以上的股东北辰投资当天通过集中竞价买入公司股份96万股，占总股本的0.27%，"
                 "斥资1460万元。")
    assert found == [("asserted", ["北辰投资"], ["远川股份"], "0.27%", "1460万元")]
    found = buys("远川股份公告称，持股逾5%的股东北辰投资9月3日以集中竞价方式买入公司股票96万股，占总股本0.27%，耗资1460万元。")
    assert found == [("asserted", ["北辰投资"], ["远川股份"], "0.27%", "1460万元")]


def test_a_stake_said_of_the_holder_itself_stays_a_stake():
    # near miss: 持股5% with no class of holders after it is the holding read as before
    assert [s for *_, s in shareholdings("北辰投资持股远川股份5%。")] == ["5%"]


def test_a_plan_to_buy_more_after_dropping_a_sell_down_is_planned_with_its_range():
    found = buys("远川股份公告，北辰投资放弃了减持安排，还打算在未来30天内于二级市场增持，拟增持金额不低于1500万元且不超过"
                 "3000万元。")
    assert found == [("planned", ["北辰投资"], ["远川股份"], None, "不低于1500万元且不超过3000万元")]
    amount = next(f.amount.value for f in run("远川股份公告，北辰投资终止上述减持计划，同时表示将在一个月内通过集中竞价"
                                              "增持，金额不低于1500万元、不超过3000万元。").facts if f.type == "investment")
    assert (amount.min, amount.max) == (1.5e7, 3.0e7)
    assert [f.modality for f in run("远川股份公告，北辰投资终止上述减持计划，同时表示将在一个月内通过集中竞价增持，"
                                    "增持金额不低于1500万元。").facts if f.type == "investment"] == ["planned"]


def test_a_bare_buy_with_no_size_names_no_company():
    # near miss: 增持 closing the sentence, no amount after it: whose shares is not said here
    assert buys("远川股份公告，北辰投资将通过集中竞价方式增持。") == []


def test_a_called_off_plan_to_buy_more_is_no_plan():
    # near miss: the termination is of the 增持 itself
    assert [m for m, *_ in buys("远川股份公告，北辰投资决定终止增持计划。")] in ([], ["negated"])
    assert [m for m, *_ in buys("北辰投资表示暂无增持远川股份的计划。")] == ["negated"]


def test_a_range_between_two_amounts_is_the_plan_s_amount():
    found = buys("北辰投资计划自11月1日起的六个月内增持远川股份股份，金额在6000万元至1.2亿元之间。")
    assert found and found[0][:3] == ("planned", ["北辰投资"], ["远川股份"]) and found[0][4] == "6000万元至1.2亿元"
    found = buys("北辰投资准备在半年内增持远川股份股票，增持规模介于6000万元至1.2亿元之间。")
    assert found and found[0][4] == "6000万元至1.2亿元"


def test_two_bounds_of_other_things_are_not_joined():
    # near miss: a lower bound followed by an upper bound of another currency stays the lower bound
    found = buys("北辰投资拟增持远川股份股份，金额不低于1500万元、不超过500万美元。")
    assert found and found[0][4] == "不低于1500万元"


# ---- L: purchase direction and the party of a contract undone ----

def purchases(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(f.modality, [m.text for m in f.roles["buyer"]], [m.text for m in f.roles["supplier"]])
            for f in run(text).facts if f.type == "purchase"]


def test_buying_from_the_other_signer_makes_the_first_signer_the_buyer():
    assert purchases("2024年5月，远川股份与北辰通信有限公司签署《算力租赁合同书》，向对方采购云端算力，合同额8600万元。") == \
        [("asserted", ["远川股份"], ["北辰通信有限公司"])]


def test_providing_to_the_other_signer_keeps_the_first_signer_the_supplier():
    # near misses: 为对方提供 / 由A向对方提供 / nothing said: the service contract's signer supplies, as before
    assert purchases("远川股份与北辰通信有限公司签署《算力服务合同》，为对方提供算力服务，金额8600万元。") == \
        [("asserted", ["北辰通信有限公司"], ["远川股份"])]
    assert purchases("远川股份和北辰通信有限公司签订算力合同，约定由远川股份向对方提供算力，金额8600万元。") == \
        [("asserted", ["北辰通信有限公司"], ["远川股份"])]
    assert purchases("远川股份与北辰通信有限公司签署《算力服务合同》，合同金额8600万元。") == \
        [("asserted", ["北辰通信有限公司"], ["远川股份"])]


_SIGNED_THEN_UNDONE = ("今年2月，远川股份宣布，全资子公司青禾算力与北辰通信有限公司签订《算力供应协议》，约定由青禾算力提供三年期"
                       "算力服务，合同总金额9.8亿元。随后公司股价连续上涨。公司称合同正在正常履行。市场对此颇为关注。"
                       "8月29日晚，远川股份公告，由于一直未收到采购订单，青禾算力已向北辰通信有限公司发函，解除这份《算力供应协议》。")


def test_an_agreement_undone_by_its_title_negates_the_purchase_signed_long_before():
    found = [f for f in run(_SIGNED_THEN_UNDONE).facts if f.type == "purchase" and f.rule.startswith("purchase:agreement")]
    assert [(f.modality, [m.text for m in f.roles["supplier"]]) for f in found] == [("negated", ["青禾算力"])]


def test_an_agreement_of_another_title_undone_later_stays():
    # near miss: the agreement undone is of another title
    text = _SIGNED_THEN_UNDONE.replace("解除这份《算力供应协议》", "解除这份《设备租赁协议》")
    found = [f for f in run(text).facts if f.type == "purchase" and f.rule.startswith("purchase:agreement")]
    assert [f.modality for f in found] == ["asserted"]


# ---- M: focus from a field before the name or the main business; products owned ----

def focuses(text: str) -> list[tuple[list[str], str]]:
    return [([m.text for m in f.roles["company"]], f.qualifiers.get("domain") or "") for f in run(text).facts
            if f.type == "focus" and f.modality == "asserted"]


def owned(text: str) -> list[tuple[list[str], list[str]]]:
    return [([m.canonical for m in f.roles["owner"]], [m.text for m in f.roles["unit"]]) for f in run(text).facts
            if f.type == "ownership" and f.modality == "asserted"]


def test_a_field_and_a_kind_of_company_before_the_name_give_its_focus():
    assert (["远川机器人"], "人形机器人") in focuses("人形机器人企业远川机器人3月8日宣布完成4亿元A轮融资。")
    assert (["星澜智驾"], "自动驾驶") in focuses("远川股份公告，自动驾驶公司星澜智驾已完成工商变更。")


def test_the_field_before_the_name_is_the_writer_s_word_even_in_a_report():
    assert (["星澜智算"], "大模型") in focuses("据报道，大模型公司星澜智算即将完成新一轮融资。")


def test_an_investor_s_kind_or_a_bare_kind_gives_no_focus():
    # near misses: an investment firm's field, a bare 一家公司, a subsidiary word, a two-character class
    assert focuses("知名投资公司澄川资本宣布完成新一期基金募集。") == []
    assert focuses("芯片公司远川微电子在2023年登陆科创板。") == []
    assert focuses("一家公司远川科技完成融资。") == []
    assert focuses("去年，远川科技的全资子公司北辰数据完成改制。") == []


def test_the_main_business_is_the_focus():
    assert focuses("北辰电气的传统主业是工业电机，近年开始布局算力。")[:1] == [(["北辰电气"], "工业电机")]


def test_a_main_business_denied_is_no_focus():
    # near miss
    assert focuses("北辰电气的主业并不是矿用电器。") == []


def test_its_product_is_owned_by_the_subject():
    assert owned("远川智能去年调整了架构，其海外产品Lumora今年用户数翻了一番。") == [(["远川智能"], ["Lumora"])]
    assert owned("远川智能的核心产品Lumora用户数翻了一番。") == [(["远川智能"], ["Lumora"])]


def test_a_product_of_a_rival_is_not_owned_by_the_company_it_rivals():
    # near misses: the rival launches (before, 远川智能 was made the owner), and its product after 其 stays the rival's
    assert owned("远川智能的竞争对手推出了海外产品Lumora。") == []
    assert owned("远川智能的竞争对手推出了海外产品Lumora，其海外产品Orbix也上线了。") == []

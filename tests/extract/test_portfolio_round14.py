"""Features on one investor's portfolio (round 14): rounds led in several companies listed after the verb, the
companies named after a colon, money put into a company named after 向. Sentences written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def investments(text: str) -> list[tuple[list[str], list[str], str | None, bool]]:
    return [([m.text for m in f.roles["investor"]], [m.text for m in f.roles["investee"]],
             f.amount.text if f.amount else None, bool(f.qualifiers.get("lead")))
            for f in extract("t", text, "2025-06-30").facts if f.type == "investment"]


def test_a_lead_investor_of_every_company_listed_after_the_verb():
    text = "青岚资本领投星图科技、远帆医疗和云栈半导体，三家均处于早期阶段。"
    assert [(i[0], i[1], i[3]) for i in investments(text)] == [
        (["青岚资本"], ["星图科技"], True), (["青岚资本"], ["远帆医疗"], True), (["青岚资本"], ["云栈半导体"], True)]


def test_a_list_running_into_one_round_names_one_company():
    text = "青岚资本跟投了星图科技、远帆医疗的A轮融资。"
    assert [i[1] for i in investments(text)] == [["星图科技"]]


def test_the_companies_named_after_a_colon_each_raised_the_round_led():
    text = "3月18日，顺丰同时领投三家物流机器人公司：星图科技、远帆医疗和云栈半导体。"
    assert [i[1] for i in investments(text)] == [["星图科技"], ["远帆医疗"], ["云栈半导体"]]


def test_a_colon_list_after_a_verb_with_its_particle():
    text = "去年，青岚资本投资了两家芯片企业：星图科技和云栈半导体。"
    assert [i[1] for i in investments(text)] == [["星图科技"], ["云栈半导体"]]


def test_a_colon_after_no_kind_of_company_opens_no_list():
    text = "青岚资本投资了一个原则：只投早期项目。"
    assert investments(text) == []


def test_money_put_into_the_company_named_after_xiang():
    text = "2020年5月，刚成立半年的青岚资本，向云栈半导体投资了6500万元。"
    assert investments(text) == [(["青岚资本"], ["云栈半导体"], "6500万元", False)]


def test_money_put_into_the_company_named_after_dui():
    text = "青岚资本对云栈半导体投资了3000万元。"
    assert [(i[0], i[1], i[2]) for i in investments(text)] == [(["青岚资本"], ["云栈半导体"], "3000万元")]


def dated(text: str) -> list[tuple[str, str | None]]:
    return [(f.roles["investee"][0].text, f.date.text if f.date else None)
            for f in extract("t", text, "2025-06-30").facts if f.type == "investment"]


def test_the_year_a_fund_was_set_up_does_not_date_its_deals():
    assert dated("青岚资本成立于2018年6月，先后投资过星图科技、远帆医疗等。") == [("星图科技", None), ("远帆医疗", None)]


def test_the_year_set_up_before_the_verb_does_not_date_its_deals_either():
    assert dated("青岚资本于2018年正式成立，此后投资了云栈半导体。") == [("云栈半导体", None)]


def test_the_date_of_the_subjects_clause_still_dates_the_deal_after_it():
    assert dated("青岚资本2021年初进入芯片行业，随后出资2亿元，投资了云栈半导体。") == [("云栈半导体", "2021年初")]


def test_a_round_is_no_company_that_raised_it():
    assert investments("青岚资本在见过创始团队后，决定领投B1轮。") == []


def moods(text: str) -> list[tuple[str, str]]:
    return [(f.roles["investee"][0].text, f.modality)
            for f in extract("t", text, "2025-06-30").facts if f.type == "investment"]


def test_deals_added_into_a_count_are_asserted():
    text = "如果再算上此前青岚资本投资的星图科技、远帆医疗等公司，青岚资本已投资了二十多家企业。"
    assert moods(text) == [("星图科技", "asserted"), ("远帆医疗", "asserted")]


def test_a_deal_under_a_condition_is_still_only_expected():
    assert moods("如果青岚资本投资云栈半导体，将成为其第二大股东。") == [("云栈半导体", "expected")]


def holdings(text: str) -> list[tuple[list[str], list[str], str | None]]:
    return [([m.text for m in f.roles["holder"]], [m.text for m in f.roles["company"]], f.stake.text if f.stake else None)
            for f in extract("t", text, "2025-06-30").facts if f.type == "shareholding"]


def test_the_company_after_zai_is_held_not_the_holder():
    assert holdings("此前青岚资本已在云栈半导体持股约35%。") == [(["青岚资本"], ["云栈半导体"], "约35%")]


def test_a_stake_held_inside_a_company():
    assert holdings("青岚资本在云栈半导体中重仓持股21%。") == [(["青岚资本"], ["云栈半导体"], "21%")]


def test_a_place_after_zai_is_no_company_held():
    assert holdings("青岚资本目前在杭州持股多家公司。") == []


def test_rounds_counted_between_the_company_and_the_verb():
    assert [(i[0], i[1]) for i in investments("2023年，青岚资本曾对云栈半导体进行了两轮投资。")] == \
        [(["青岚资本"], ["云栈半导体"])]


def test_the_entities_of_the_target_before_the_stake_bought():
    facts = [f for f in extract("t", "顺丰发布公告称，已完成对云栈半导体境外主体75%股份的收购，交易对价约9亿元。",
                                "2025-06-30").facts if f.type == "acquisition"]
    assert [([m.text for m in f.roles["acquirer"]], [m.text for m in f.roles["target"]], f.stake.text)
            for f in facts] == [(["顺丰"], ["云栈半导体"], "75%")]


def test_the_entities_of_the_target_after_wancheng_without_dui():
    facts = [f for f in extract("t", "青岚资本于6月完成云栈半导体境内主体60%股权的收购。", "2025-06-30").facts
             if f.type == "acquisition"]
    assert [([m.text for m in f.roles["acquirer"]], [m.text for m in f.roles["target"]]) for f in facts] == \
        [(["青岚资本"], ["云栈半导体"])]


def facts_of(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(f.type, f.modality, f.stake.text if f.stake else None, f.date.text if f.date else None)
            for f in extract("t", text, "2025-06-30").facts if f.type in ("investment", "shareholding")]


def test_a_stake_held_by_another_party_is_not_the_rounds():
    text = "近日，有消息称星河资本参与了云栈半导体的新一轮融资，此前青岚资本已在云栈半导体持股约三成即32%。"
    assert facts_of(text)[0][2] is None


def test_what_stood_before_the_rumour_is_told_as_known_and_undated():
    text = "近日，有消息称星河资本参与了云栈半导体的新一轮融资，此前青岚资本已在云栈半导体持股32%。"
    assert facts_of(text) == [("investment", "rumored", None, "近日"), ("shareholding", "asserted", "32%", None)]


def test_a_stake_the_investor_itself_states_after_the_deal_stays():
    assert facts_of("青岚资本以3亿元投资云栈半导体，持股12%。") == [("investment", "asserted", "12%", None)]


def test_the_holding_a_deal_leads_to_is_its_stake():
    text = "顺丰公告称，其全资子公司将收购云栈半导体的全部权益，交易完成后顺丰将持有云栈半导体100%股权。"
    found = [f for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"]
    assert [f.stake.text if f.stake else None for f in found] == ["100%"]


def test_the_lead_named_before_the_copula_and_the_company_after_it():
    text = "凭借果断的出价，青岚资本成为了云栈半导体首轮机构融资的领投方。"
    assert investments(text) == [(["青岚资本"], ["云栈半导体"], None, True)]


def test_the_investors_of_the_next_sentence_fund_the_same_company():
    text = "青岚资本是云栈半导体A轮的领投方。本轮的其余投资方包括星河资本、远帆创投等。"
    assert [(i[0], i[1]) for i in investments(text)] == [
        (["青岚资本"], ["云栈半导体"]), (["星河资本", "远帆创投"], ["云栈半导体"])]


def test_the_subject_before_huan_yu_leads_with_its_partners():
    text = "青岚资本还与星河资本、远帆创投联合领投了云栈半导体的C轮融资。"
    assert [i[0] for i in investments(text)] == [["青岚资本", "星河资本", "远帆创投"]]


def test_the_lead_and_a_follower_joined_by_ye_yu():
    text = "云栈半导体完成C轮融资，由星河资本领投，青岚资本也与远帆创投跟投。"
    assert [sorted(i[0]) for i in investments(text)] == [sorted(["星河资本", "青岚资本", "远帆创投"])]


def test_each_company_of_a_list_takes_the_year_in_its_brackets():
    text = "青岚资本先后投资了星图科技（2018年）、远帆医疗（2020年6月）和云栈半导体。"
    assert dated(text) == [("星图科技", "2018年"), ("远帆医疗", "2020年6月"), ("云栈半导体", None)]


def test_a_list_with_no_brackets_shares_the_clauses_date():
    assert dated("2022年，青岚资本投资了星图科技、远帆医疗。") == [("星图科技", "2022年"), ("远帆医疗", "2022年")]


def test_the_companies_of_a_portfolio_named_as_such():
    text = "星河资本的投资组合中还有蓝湾机器人、雪狐数据等具身智能企业。"
    assert [(i[0], i[1]) for i in investments(text)] == [(["星河资本"], ["蓝湾机器人"]), (["星河资本"], ["雪狐数据"])]


def test_the_portfolio_companies_opening_the_next_clause():
    text = "在星河资本的被投企业中，蓝湾机器人和雪狐数据均已登陆科创板。"
    assert [i[1] for i in investments(text)] == [["蓝湾机器人"], ["雪狐数据"]]


def test_a_portfolio_with_no_company_named_is_no_deal():
    assert investments("星河资本的被投企业中有五家已经上市，投资组合整体表现稳健。") == []


def test_a_person_speaking_is_not_what_qi_points_back_to():
    text = "在年度股东会上，沈嘉铭表示，过去一年青岚资本已在算力上投入超过50亿元。其旗下的星图科技自研推理芯片。"
    found = [f for f in extract("t", text, "2025-06-30").facts if f.type == "ownership"]
    assert [(f.roles["owner"][0].canonical, f.roles["unit"][0].text) for f in found] == [("青岚资本", "星图科技")]


def test_a_return_on_the_investment_is_no_company():
    assert investments("按最新股价计算，青岚资本目前持股市值超过20亿元，投资三年回报28倍。") == []

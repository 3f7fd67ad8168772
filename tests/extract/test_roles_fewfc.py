"""Role rules added while studying FewFC role-level misses, each tested on a sentence written for this
file (no FewFC text is copied here)."""

from __future__ import annotations

from tests.extract.readers import facts, one


def roles(fact) -> dict[str, list[str]]:
    return {r: [m.text for m in ms] for r, ms in fact.roles.items() if ms}


def pairs(text: str, ftype: str) -> list[tuple[tuple[str, ...], ...]]:
    return [tuple(tuple(ms) for ms in roles(f).values()) for f in facts(text, ftype)]


def test_every_company_whose_shares_are_listed_is_bought():
    found = pairs("北辰科技计划出资2.6亿元收购华岳电子有限公司35%的股权、东林化工有限公司18.5%的股权。", "acquisition")
    assert found == [(("北辰科技",), ("华岳电子有限公司",)), (("北辰科技",), ("东林化工有限公司",))]


def test_shares_joined_by_ji_name_a_second_target():
    found = pairs("北辰科技收购华岳电子有限公司65%股权及东林化工有限公司30%股权。", "acquisition")
    assert [p[1] for p in found] == [("华岳电子有限公司",), ("东林化工有限公司",)]


def test_a_deal_whose_buyer_is_left_unnamed_keeps_its_target():
    """The team's decision: a deal on a named target stands with an undisclosed buyer (ontology min 0)."""
    fact = one("与此同时,为补齐下游渠道,公司拟以现金4800万元收购东林化工有限公司55%股权。", "acquisition")
    assert roles(fact) == {"target": ["东林化工有限公司"]} and fact.roles["acquirer"] == []
    assert fact.modality == "planned" and fact.amount.text == "4800万元" and fact.stake.text == "55%"


def test_a_named_subject_still_wins_over_the_unnamed_company():
    fact = one("公司股东北辰科技拟收购东林化工有限公司55%股权。", "acquisition")
    assert roles(fact) == {"acquirer": ["北辰科技"], "target": ["东林化工有限公司"]}


def test_a_deal_without_a_subject_has_an_undisclosed_buyer():
    fact = one("拟以现金4800万元收购东林化工有限公司55%股权。", "acquisition")
    assert roles(fact) == {"target": ["东林化工有限公司"]}


def test_shares_of_the_company_are_those_of_the_one_announcing():
    fact = one("华岳电子发布公告称,公司股东东林化工有限公司经由上海证券交易所增持公司股份86万股。", "investment")
    assert roles(fact) == {"investor": ["东林化工有限公司"], "investee": ["华岳电子"]}


def test_the_banks_own_shares_are_its_shares():
    fact = one("华岳银行披露,该行第三大股东东林化工有限公司近期共增持该行股份420万股。", "investment")
    assert roles(fact)["investee"] == ["华岳银行"]


def test_what_a_counted_list_of_holders_holds_is_bought():
    fact = one("北辰科技拟收购华岳电子、东林化工等7名股东共同持有的长岭高新有限公司80%股权。", "acquisition")
    assert roles(fact)["acquirer"] == ["北辰科技"] and roles(fact)["target"] == ["长岭高新有限公司"]


def test_what_people_hold_is_bought_not_the_people():
    fact = one("北辰科技拟受让王大明、李小红分别持有的长岭高新有限公司30%、20%股权。", "acquisition")
    assert roles(fact)["target"] == ["长岭高新有限公司"]


def test_a_comma_inside_a_short_aside_does_not_end_the_list():
    found = pairs("青松资本二季度增持了华岳电子(行情688101,诊股)、东林化工(行情300888,诊股)等标的。", "investment")
    assert [p[1] for p in found] == [("华岳电子",), ("东林化工",)]


def test_adding_to_a_position_is_an_investment():
    fact = one("青松资本三季度加仓了华岳电子。", "investment")
    assert roles(fact) == {"investor": ["青松资本"], "investee": ["华岳电子"]}


def test_a_person_right_before_the_deal_verb_is_its_agent():
    fact = one("华岳电子公告,董事长王大明女士于5月累计增持公司股份36万股。", "investment")
    assert roles(fact) == {"investor": ["王大明"], "investee": ["华岳电子"]}


def test_the_name_before_a_headline_colon_is_the_agent():
    found = pairs("[资本运作]华岳电子:拟收购东林化工、长岭高新各60%股权。", "acquisition")
    assert [p[0] for p in found] == [("华岳电子",), ("华岳电子",)]


def test_a_deal_named_as_a_matter_is_not_a_deal_verb():
    found = facts("北辰科技原定的收购事项已终止,转而以现金1500万元收购长岭高新有限公司12%的股权。", "acquisition")
    assert [roles(f)["target"] for f in found] == [["长岭高新有限公司"]]


def test_stocks_listed_before_the_verb_are_what_is_bought():
    found = pairs("华岳电子、东林化工等3只股票获青松资本增持。", "investment")
    assert found == [(("青松资本",), ("华岳电子",)), (("青松资本",), ("东林化工",))]


def test_listed_stocks_with_unnamed_buyers_are_bought_by_undisclosed_investors():
    found = facts("此外,华岳电子、东林化工等6股的增持比例都超过3%。", "investment")
    assert [roles(f) for f in found] == [{"investee": ["华岳电子"]}, {"investee": ["东林化工"]}]
    assert all(f.roles["investor"] == [] for f in found)


def test_the_name_after_xiang_sells_even_far_from_the_verb():
    fact = one("北辰科技拟向华岳电子等9名对象通过发行股份和现金支付相结合的方式购买长岭高新有限公司80%股权。", "acquisition")
    assert roles(fact) == {"acquirer": ["北辰科技"], "target": ["长岭高新有限公司"], "seller": ["华岳电子"]}


def test_the_company_that_announces_is_the_one_called_gongsi():
    text = "青岚财经3月12日丨华岳电子(300777.SZ)披露,公司已于2021年1月20日召开董事会会议,审议通过关于收购东林化工有限公司33.6%股份的议案。"
    assert roles(one(text, "acquisition")) == {"acquirer": ["华岳电子"], "target": ["东林化工有限公司"]}


def test_touzi_before_a_name_part_is_not_the_verb():
    from dealgraph.extract.grammar import NOT_A_VERB

    for after in ("管理公司", "企业(有限合伙)", "(天津)有限公司", "部总经理", "期限90天", "框架协议", "事项终止"):
        assert NOT_A_VERB.match(after), after
    assert not NOT_A_VERB.match("华岳电子")


def test_the_price_paid_in_the_clause_before_the_deal_is_its_amount():
    fact = one("2017年9月,北辰科技以2.64亿元的对价,从东林化工手中收购长岭高新有限公司55%的股权。", "acquisition")
    assert fact.amount is not None and fact.amount.text == "2.64亿元"


def test_the_price_named_right_after_the_deal_is_its_amount():
    fact = one("北辰科技拟以现金方式收购长岭高新有限公司14%股权,本次交易价格为7.45亿元(含税)。", "acquisition")
    assert fact.amount is not None and fact.amount.text == "7.45亿元"


def test_a_date_clause_opened_by_zao_zai_dates_the_deal():
    fact = one("回顾历史,早在2012年,北辰科技便斥资5.2亿元收购东林化工有限公司61.5%的股份。", "acquisition")
    assert fact.date is not None and fact.date.text == "2012年"


def test_the_announcement_date_dates_the_plan_it_announces():
    fact = one("华岳电子(300912)4月17日晚公告称,计划以发行股份方式购买东林化工有限公司75%股权。", "acquisition")
    assert fact.date is not None and fact.date.text.startswith("4月17日")


def test_shares_named_first_are_bought_before_a_later_held_stake():
    found = pairs("北辰科技将发行股份购买华岳电子有限公司36%股权和东林化工有限公司21%股权以及重组后长岭高新有限公司"
                  "持有的江北造船有限公司部分股权。", "acquisition")
    assert [p[1] for p in found][:2] == [("华岳电子有限公司",), ("东林化工有限公司",)]


def test_the_company_whose_shares_the_sellers_hold_is_bought_past_a_list_of_people():
    found = pairs("北辰科技拟收购华岳电子有限公司、东林化工有限公司及15名自然人所持长岭高新37%股权。", "acquisition")
    assert found and all(p[1] == ("长岭高新",) for p in found)


def test_names_after_xiang_far_from_the_verb_are_sellers():
    fact = facts("北辰科技拟向澜石集团有限公司及其全资子公司华岳电子有限公司发行股份购买长岭高新有限公司100%股权。",
                 "acquisition")[0]
    assert roles(fact)["acquirer"] == ["北辰科技"] and roles(fact)["target"] == ["长岭高新有限公司"]
    assert roles(fact)["seller"] == ["澜石集团有限公司", "华岳电子有限公司"]


def test_a_unit_named_after_qixia_de_is_the_subject_of_the_later_clauses():
    found = pairs("半年报显示,北辰资本旗下的NBC价值基金共持有5家公司股票,本期还新进了东林化工,并增持长岭高新。", "investment")
    assert found and all(p[0] == ("NBC价值基金",) for p in found)


def test_the_price_named_two_clauses_after_the_deal_is_its_amount():
    fact = one("北辰科技公告称,公司计划收购长岭高新有限公司65%股权,标的公司现有8条产线,收购对价为2.35亿元。", "acquisition")
    assert fact.amount is not None and fact.amount.text == "2.35亿元"


def test_the_price_paid_with_own_funds_in_the_clause_before_is_the_amount():
    fact = one("北辰科技周二晚间披露,公司拟以自有资金1.6亿元,收购长岭高新有限公司45%的股份。", "acquisition")
    assert fact.amount is not None and fact.amount.text == "1.6亿元"


def test_a_price_per_share_is_not_the_amount_of_the_deal():
    fact = one("北辰科技受让了长岭高新有限公司8%的股份,共计约1500万股,每股成交价格为人民币32.40元。", "acquisition")
    assert fact.amount is None


def test_a_date_clause_opened_by_er_zai_ci_qian_de_dates_the_deal():
    fact = one("而在此前的2019年4月,北辰科技已用1350万美元收购了长岭高新有限公司35%股权。", "acquisition")
    assert fact.date is not None and fact.date.text == "2019年4月"


def test_a_date_clause_of_a_news_line_dates_the_deal_it_reports():
    fact = one("北辰财经7月14日消息,北辰科技晚间公告,计划收购长岭高新有限公司72%的股份。", "acquisition")
    assert fact.date is not None and fact.date.text == "7月14日"


def test_sellers_named_with_a_short_name_aside_after_xiang_are_not_the_buyer():
    fact = one("北辰科技披露,计划以发行股份的方式向澜石集团有限公司(下称“澜石集团”)、张三购买二者合计持有的"
               "长岭高新有限公司90%股权。", "acquisition")
    assert roles(fact)["acquirer"] == ["北辰科技"]


def test_a_partner_after_yu_invests_with_the_subject_of_the_sentence():
    fact = facts("北辰科技称,为扩充种植基地产能,计划与青禾信托共同投资设立长岭高新有限公司。", "investment")[0]
    assert roles(fact)["investor"] == ["北辰科技", "青禾信托"]


def test_a_second_held_stake_after_yiji_names_a_second_target_without_the_first_seller():
    found = facts("北辰科技计划以现金收购张三持有的公司控股子公司长岭高新有限公司35%的股权、以及李四持有的公司控股子公司"
                  "东林化工有限公司的20%的股权。", "acquisition")
    assert [roles(f)["target"] for f in found] == [["长岭高新有限公司"], ["东林化工有限公司"]]
    assert "张三" not in roles(found[1]).get("seller", [])


def test_de_shougou_followed_by_a_noun_is_not_a_deal_on_what_follows():
    assert not facts("北辰科技以4.2亿元对价受让长岭高新有限公司80%股权,与五年前4.05亿元的收购成本相当。", "acquisition")[1:]


def test_stocks_listed_before_their_buyers_without_huo_or_bei_are_bought_by_them():
    found = pairs("东林化工、长岭高新等2只个股本季度QFII与UBS共同增持数量都超过800万股。", "investment")
    assert [p[1] for p in found] == [("东林化工",), ("长岭高新",)]
    assert all(p[0] == ("QFII", "UBS") for p in found)


def test_every_name_coordinated_after_bei_is_an_agent():
    found = pairs("东林化工、长岭高新等2只个股上季度均被QFII与UBS共同增持。", "investment")
    assert found and all(p[0] == ("QFII", "UBS") for p in found)

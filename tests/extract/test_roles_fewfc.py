"""Role rules added while studying FewFC role-level misses, each tested on a sentence written for this
file (no FewFC text is copied here)."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def facts(text: str, ftype: str | None = None) -> list:
    return [f for f in extract("t", text, "2025-06-30").facts if ftype is None or f.type == ftype]


def roles(fact) -> dict[str, list[str]]:
    return {r: [m.text for m in ms] for r, ms in fact.roles.items() if ms}


def pairs(text: str, ftype: str) -> list[tuple[tuple[str, ...], ...]]:
    return [tuple(tuple(ms) for ms in roles(f).values()) for f in facts(text, ftype)]


def test_every_company_whose_shares_are_listed_is_bought():
    found = pairs("北辰科技拟以3亿元收购华岳电子有限公司40%的股权、东林化工有限公司49.02%的股权。", "acquisition")
    assert found == [(("北辰科技",), ("华岳电子有限公司",)), (("北辰科技",), ("东林化工有限公司",))]


def test_shares_joined_by_ji_name_a_second_target():
    found = pairs("北辰科技收购华岳电子有限公司100%股权及东林化工有限公司70%股权。", "acquisition")
    assert [p[1] for p in found] == [("华岳电子有限公司",), ("东林化工有限公司",)]


def test_a_deal_whose_buyer_is_left_unnamed_keeps_its_target():
    """The team's decision: a deal on a named target stands with an undisclosed buyer (ontology min 0)."""
    fact = one("此外,为扩充产品线,公司拟以现金6200万元收购东林化工有限公司60%股权。", "acquisition")
    assert roles(fact) == {"target": ["东林化工有限公司"]} and fact.roles["acquirer"] == []
    assert fact.modality == "planned" and fact.amount.text == "6200万元" and fact.stake.text == "60%"


def test_a_named_subject_still_wins_over_the_unnamed_company():
    fact = one("公司股东北辰科技拟收购东林化工有限公司60%股权。", "acquisition")
    assert roles(fact) == {"acquirer": ["北辰科技"], "target": ["东林化工有限公司"]}


def test_a_deal_without_a_subject_has_an_undisclosed_buyer():
    fact = one("拟以现金6200万元收购东林化工有限公司60%股权。", "acquisition")
    assert roles(fact) == {"target": ["东林化工有限公司"]}


def one(text: str, ftype: str):
    found = facts(text, ftype)
    assert len(found) == 1, [(f.type, roles(f)) for f in facts(text)]
    return found[0]


def test_shares_of_the_company_are_those_of_the_one_announcing():
    fact = one("华岳电子发布公告,公司股东东林化工有限公司通过深圳证券交易所增持公司股份120万股。", "investment")
    assert roles(fact) == {"investor": ["东林化工有限公司"], "investee": ["华岳电子"]}


def test_the_banks_own_shares_are_its_shares():
    fact = one("华岳银行公告显示,该行股东东林化工有限公司累计增持该行股份300万股。", "investment")
    assert roles(fact)["investee"] == ["华岳银行"]


def test_what_a_counted_list_of_holders_holds_is_bought():
    fact = one("北辰科技拟收购华岳电子、东林化工等5名股东持有的长岭高新有限公司100%股权。", "acquisition")
    assert roles(fact)["acquirer"] == ["北辰科技"] and roles(fact)["target"] == ["长岭高新有限公司"]


def test_what_people_hold_is_bought_not_the_people():
    fact = one("北辰科技拟受让王大明、李小红分别持有的长岭高新有限公司30%、20%股权。", "acquisition")
    assert roles(fact)["target"] == ["长岭高新有限公司"]


def test_a_comma_inside_a_short_aside_does_not_end_the_list():
    found = pairs("青松资本三季度增持了华岳电子(行情600001,诊股)、东林化工(行情600002,诊股)等个股。", "investment")
    assert [p[1] for p in found] == [("华岳电子",), ("东林化工",)]


def test_adding_to_a_position_is_an_investment():
    fact = one("青松资本三季度加仓了华岳电子。", "investment")
    assert roles(fact) == {"investor": ["青松资本"], "investee": ["华岳电子"]}


def test_a_person_right_before_the_deal_verb_is_its_agent():
    fact = one("华岳电子公告,董事长王大明女士于5月累计增持公司股份50万股。", "investment")
    assert roles(fact) == {"investor": ["王大明"], "investee": ["华岳电子"]}


def test_the_name_before_a_headline_colon_is_the_agent():
    found = pairs("[并购重组]华岳电子:拟收购东林化工、长岭高新各85%股权。", "acquisition")
    assert [p[0] for p in found] == [("华岳电子",), ("华岳电子",)]


def test_a_deal_named_as_a_matter_is_not_a_deal_verb():
    found = facts("北辰科技此前的收购事项折戟,改为以现金2000万元收购长岭高新有限公司10%的股权。", "acquisition")
    assert [roles(f)["target"] for f in found] == [["长岭高新有限公司"]]


def test_stocks_listed_before_the_verb_are_what_is_bought():
    found = pairs("华岳电子、东林化工等3只股票获青松资本增持。", "investment")
    assert found == [(("青松资本",), ("华岳电子",)), (("青松资本",), ("东林化工",))]


def test_listed_stocks_with_unnamed_buyers_are_bought_by_undisclosed_investors():
    found = facts("其中,华岳电子、东林化工等8股增持比例均超2%。", "investment")
    assert [roles(f) for f in found] == [{"investee": ["华岳电子"]}, {"investee": ["东林化工"]}]
    assert all(f.roles["investor"] == [] for f in found)


def test_the_name_after_xiang_sells_even_far_from_the_verb():
    fact = one("北辰科技拟向华岳电子等5名交易对方以发行股份及支付现金方式购买长岭高新有限公司100%的股权。", "acquisition")
    assert roles(fact) == {"acquirer": ["北辰科技"], "target": ["长岭高新有限公司"], "seller": ["华岳电子"]}


def test_the_company_that_announces_is_the_one_called_gongsi():
    text = "格隆汇9月5日丨华岳电子(002491.SZ)公布,公司于2019年2月1日召开董事会,审议通过了收购东林化工有限公司26.05%股份的提案。"
    assert roles(one(text, "acquisition")) == {"acquirer": ["华岳电子"], "target": ["东林化工有限公司"]}


def test_touzi_before_a_name_part_is_not_the_verb():
    from dealgraph.extract.grammar import NOT_A_VERB

    for after in ("管理公司", "企业(有限合伙)", "(天津)有限公司", "部总经理", "期限90天", "框架协议", "事项折戟"):
        assert NOT_A_VERB.match(after), after
    assert not NOT_A_VERB.match("华岳电子")


def test_the_price_paid_in_the_clause_before_the_deal_is_its_amount():
    fact = one("2016年3月,北辰科技以3.57亿元的对价,从东林化工手中收购长岭高新有限公司51%的股权。", "acquisition")
    assert fact.amount is not None and fact.amount.text == "3.57亿元"


def test_the_price_named_right_after_the_deal_is_its_amount():
    fact = one("北辰科技拟以现金收购长岭高新有限公司11%股权,交易价格为19.98亿元(不含税费)。", "acquisition")
    assert fact.amount is not None and fact.amount.text == "19.98亿元"


def test_a_date_clause_opened_by_zao_zai_dates_the_deal():
    fact = one("事实上,早在2010年,北辰科技就以4亿元收购东林化工有限公司53.3%的股份。", "acquisition")
    assert fact.date is not None and fact.date.text == "2010年"


def test_the_announcement_date_dates_the_plan_it_announces():
    fact = one("华岳电子(002453)11月8日晚间公告,拟通过发行股份的方式购买东林化工有限公司100%股权。", "acquisition")
    assert fact.date is not None and fact.date.text.startswith("11月8日")


def test_shares_named_first_are_bought_before_a_later_held_stake():
    found = pairs("北辰科技将发行股份购买华岳电子有限公司36%股权和东林化工有限公司21%股权以及重组后长岭高新有限公司"
                  "持有的江北造船有限公司部分股权。", "acquisition")
    assert [p[1] for p in found][:2] == [("华岳电子有限公司",), ("东林化工有限公司",)]


def test_the_company_whose_shares_the_sellers_hold_is_bought_past_a_list_of_people():
    found = pairs("北辰科技拟收购华岳电子有限公司、东林化工有限公司及22名自然人所持长岭高新42%股权。", "acquisition")
    assert found and all(p[1] == ("长岭高新",) for p in found)


def test_names_after_xiang_far_from_the_verb_are_sellers():
    fact = facts("北辰科技拟向华能集团有限公司及其全资子公司华岳电子有限公司发行股份购买长岭高新有限公司100%股权。",
                 "acquisition")[0]
    assert roles(fact)["acquirer"] == ["北辰科技"] and roles(fact)["target"] == ["长岭高新有限公司"]
    assert roles(fact)["seller"] == ["华能集团有限公司", "华岳电子有限公司"]


def test_a_unit_named_after_qixia_de_is_the_subject_of_the_later_clauses():
    found = pairs("年报显示,北辰资本旗下的HBC成长基金持有3家公司股票,同时新进了东林化工,增持长岭高新。", "investment")
    assert found and all(p[0] == ("HBC成长基金",) for p in found)


def test_the_price_named_two_clauses_after_the_deal_is_its_amount():
    fact = one("北辰科技公告,公司拟收购长岭高新有限公司51%的股权,目标公司拥有12家门店,收购金额为1.27亿元。", "acquisition")
    assert fact.amount is not None and fact.amount.text == "1.27亿元"


def test_the_price_paid_with_own_funds_in_the_clause_before_is_the_amount():
    fact = one("北辰科技公告,公司拟以自有资金2亿元,收购长岭高新有限公司49%的股份。", "acquisition")
    assert fact.amount is not None and fact.amount.text == "2亿元"


def test_a_price_per_share_is_not_the_amount_of_the_deal():
    fact = one("北辰科技收购了长岭高新有限公司11%的股份,约2000万股,每股转让价格为人民币65.05元。", "acquisition")
    assert fact.amount is None


def test_a_date_clause_opened_by_er_zai_ci_qian_de_dates_the_deal():
    fact = one("而在此前的2018年6月,北辰科技刚以2080万欧元收购了长岭高新有限公司40%股权。", "acquisition")
    assert fact.date is not None and fact.date.text == "2018年6月"


def test_a_date_clause_of_a_news_line_dates_the_deal_it_reports():
    fact = one("北辰财经10月31日消息,北辰科技发布公告称,拟收购长岭高新有限公司95%的股份。", "acquisition")
    assert fact.date is not None and fact.date.text == "10月31日"


def test_sellers_named_with_a_short_name_aside_after_xiang_are_not_the_buyer():
    fact = one("北辰科技公告称,拟以发行股份向华能集团有限公司(以下简称“华能集团”)、张三购买其合计持有的长岭高新有限公司"
               "100%股权。", "acquisition")
    assert roles(fact)["acquirer"] == ["北辰科技"]


def test_a_partner_after_yu_invests_with_the_subject_of_the_sentence():
    fact = facts("北辰科技表示,为扩大养殖规模,拟与华能信托共同投资设立长岭高新有限公司。", "investment")[0]
    assert roles(fact)["investor"] == ["北辰科技", "华能信托"]


def test_a_second_held_stake_after_yiji_names_a_second_target_without_the_first_seller():
    found = facts("北辰科技拟以现金方式收购张三持有的公司控股子公司长岭高新有限公司40%的股权、以及李四持有的公司控股子公司"
                  "东林化工有限公司的49.02%的股权。", "acquisition")
    assert [roles(f)["target"] for f in found] == [["长岭高新有限公司"], ["东林化工有限公司"]]
    assert "张三" not in roles(found[1]).get("seller", [])


def test_de_shougou_followed_by_a_noun_is_not_a_deal_on_what_follows():
    assert not facts("北辰科技以3.1亿元对价受让长岭高新有限公司90%股权,与当年3.07亿元的收购成本持平。", "acquisition")[1:]


def test_stocks_listed_before_their_buyers_without_huo_or_bei_are_bought_by_them():
    found = pairs("东林化工、长岭高新等2只个股本期QFII与UBS共同增持数量均超1000万股。", "investment")
    assert [p[1] for p in found] == [("东林化工",), ("长岭高新",)]
    assert all(p[0] == ("QFII", "UBS") for p in found)


def test_every_name_coordinated_after_bei_is_an_agent():
    found = pairs("东林化工、长岭高新等2只个股在此期间均被QFII与UBS共同增持。", "investment")
    assert found and all(p[0] == ("QFII", "UBS") for p in found)

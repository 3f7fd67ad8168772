"""Rounds announced in one sentence and detailed in the next, follow-on investors (追投), round verbs with
an object of their own, yearly figure lists, predicates read as names, IPO reviews ended. Sentences written
for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from tests.extract.readers import REF, facts, one, roles


def test_the_round_named_before_gives_its_amount_round_and_date_to_the_investors_after():
    text = ("2025年3月，星河智算宣布完成6亿元B轮融资。"
            "本轮融资由红杉中国领投，高瓴创投、云岫资本跟投，老股东启明创投继续追投。")
    fact = one(text, "investment")
    assert roles(fact) == {"investor": ["红杉中国", "高瓴创投", "云岫资本", "启明创投"], "investee": ["星河智算"]}
    assert fact.amount.text == "6亿元" and fact.amount.value.value == 6e8
    assert fact.qualifiers["round"] == "B轮" and fact.date.value.value == "2025-03"
    assert fact.qualifiers["lead"] == [fact.roles["investor"][0].key]


def test_without_this_round_the_next_sentence_keeps_its_own_figures():
    text = "星河智算宣布完成6亿元B轮融资。此前，红杉中国领投了云岫科技的A轮融资。"
    found = [f for f in facts(text, "investment") if roles(f)["investee"] == ["云岫科技"]]
    assert len(found) == 1 and found[0].amount is None and found[0].qualifiers["round"] == "A轮"


def test_a_follow_on_investor_of_an_existing_stake():
    fact = one("星河智算完成新一轮融资，老股东启明创投、峰瑞资本继续追投。", "investment")
    assert roles(fact) == {"investor": ["启明创投", "峰瑞资本"], "investee": ["星河智算"]}


def test_a_round_verb_with_a_company_after_it_names_the_investee():
    found = facts("百川智能完成A轮融资。红杉中国跟投了星河智算。", "investment")
    assert [roles(f) for f in found] == [{"investor": [], "investee": ["百川智能"]},  # the round closed, sum untold
                                         {"investor": ["红杉中国"], "investee": ["星河智算"]}]


def test_a_round_verb_with_a_field_after_it_is_no_investment_in_the_last_company():
    found = facts("百川智能完成A轮融资。今年腾讯继续追投AI赛道，也跟投了新能源领域。", "investment")
    assert [roles(f) for f in found] == [{"investor": [], "investee": ["百川智能"]}]  # the round alone, 腾讯 in none


def _figures(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.qualifiers["metric"], f.qualifiers["value"].text, f.qualifiers["period"].value.value)
            for f in facts(text, "financial")]


def test_figures_listed_with_each_go_one_by_one_with_the_years_of_the_span():
    text = "招股书显示，2022年至2024年，澜舟存储营收分别为2.1亿元、4.6亿元和7.9亿元，净利润分别为-3.2亿元、-2.7亿元和-1.9亿元。"
    assert _figures(text) == [("revenue", "2.1亿元", "2022"), ("revenue", "4.6亿元", "2023"),
                              ("revenue", "7.9亿元", "2024"), ("net_loss", "-3.2亿元", "2022"),
                              ("net_loss", "-2.7亿元", "2023"), ("net_loss", "-1.9亿元", "2024")]
    # (round 27: a profit below zero is stored as a loss of the positive figure; the text keeps its sign)
    assert all(f.qualifiers["value"].value.value > 0 for f in facts(text, "financial"))


def test_a_list_that_does_not_match_the_years_keeps_the_figure_as_read():
    text = "2022年至2024年，澜舟存储营收分别为2.1亿元和4.6亿元。"
    assert [(m, v) for m, v, _ in _figures(text)] == [("revenue", "2.1亿元")]
    assert facts(text, "financial")[0].qualifiers["period"].value.start == "2022"


def test_two_figures_of_one_metric_in_a_sentence_are_two_statements():
    text = "2025年第一季度，澜舟存储营收3亿元；2025年上半年，澜舟存储营收7亿元。"
    assert sorted(v for _, v, _ in _figures(text)) == ["3亿元", "7亿元"]


def test_a_predicate_after_a_kind_noun_is_no_name():
    text = ("澜舟存储于2023年完成股份制改造，由有限责任公司整体变更为股份有限公司。"
            "今年，公司和保荐机构主动撤回了申请文件。")
    found = [m.text for m in extract("t", text, "2025-06-30").mentions]
    assert "整体变" not in found and "主动撤回" not in found and "澜舟存储" in found


def test_a_name_before_a_word_of_its_own_stays_a_name():
    fact = one("澜舟能源于2020年收购了星河储能。", "acquisition")
    assert roles(fact) == {"acquirer": ["澜舟能源"], "target": ["星河储能"]}


def test_an_ipo_review_ended_is_an_asserted_step_and_one_not_ended_is_negated():
    ended = one("澜舟存储的科创板IPO审核状态已变更为“终止”，原因是公司主动撤回了申请文件。", "listing")
    assert ended.qualifiers["stage"] == "terminated" and ended.modality == "asserted"
    assert one("澜舟存储尚未撤回科创板上市申请。", "listing").modality == "negated"
    assert one("据悉，澜舟存储计划撤回科创板上市申请。", "listing").modality == "reported"


def test_an_investment_arm_named_after_its_group_is_its_own_organisation():
    fact = one("澜舟机器人完成B轮融资，投资方包括腾讯和吉利资本。", "investment")
    assert [m.text for m in fact.roles["investor"]] == ["腾讯", "吉利资本"]
    assert fact.roles["investor"][1].canonical == "吉利资本"


def test_money_put_in_after_a_deal_verb_is_the_deal_s_not_a_spending_figure():
    text = "澜舟汽车成立于2016年。腾讯是其长期股东；2023年，阿布扎比的Orion Holdings先后两次入股，合计投入约33亿美元。"
    assert [f for f in facts(text, "financial") if f.qualifiers.get("metric") == "capex"] == []
    spent = one("澜舟科技去年投入约33亿元建设智算中心。", "financial")
    assert spent.qualifiers["metric"] == "capex" and spent.qualifiers["value"].text == "约33亿元"


def test_a_figure_something_bears_on_is_no_figure_and_a_profit_status_stays():
    assert facts("澜舟科技预计，这项交易不会对公司的盈利、资产和负债产生重大影响。", "financial") == []
    assert one("澜舟科技至今尚未盈利。", "financial").modality == "negated"
    assert one("澜舟科技去年首次实现盈利。", "financial").qualifiers["metric"] == "net_profit"


def test_a_change_against_the_same_period_a_year_before_in_the_next_clause():
    fact, before = facts("澜舟科技今年上半年的资本开支合计约46亿元，较去年同期的约23亿元增长102%。", "financial")
    assert fact.qualifiers["value"].text == "约46亿元" and fact.qualifiers["change"].value.percent == 102
    # the figure compared with is the same period's a year before, with no change of its own
    assert before.qualifiers["value"].text == "约23亿元" and before.qualifiers["change"] is None
    assert before.qualifiers["period"].value.value == "2024-H1"
    found = facts("澜舟科技上半年营收12亿元，毛利率较上年有所提升。", "financial")
    assert [(f.qualifiers["metric"], f.qualifiers.get("change")) for f in found] == [("revenue", None)]


def test_the_latter_is_not_the_subject_of_its_own_clause():
    fact = one("去年，澜舟集团与星河科技达成合作，澜舟集团随后收购了后者51%的股权。", "acquisition")
    assert [m.canonical for m in fact.roles["target"]] == ["星河科技"] and fact.stake.text == "51%"
    fact = one("澜舟集团与星河科技签署协议。随后，澜舟集团宣布收购后者。", "acquisition")
    assert [m.canonical for m in fact.roles["acquirer"] + fact.roles["target"]] == ["澜舟集团", "星河科技"]


def test_a_group_and_the_company_it_bought_are_two_lexicon_entries():
    fact = one("2019年，韦尔股份完成收购豪威科技。", "acquisition")
    assert [m.canonical for m in fact.roles["acquirer"] + fact.roles["target"]] == ["豪威集团", "豪威科技"]


def _names(text: str) -> list[str]:
    return [m.text for m in extract("t", text, "2025-06-30").mentions]


def test_a_lexicon_name_heads_a_fuller_name_before_an_ending():
    assert "协鑫新能源" in _names("澜舟控股拟转让手中约协鑫新能源30%的股份。")
    assert "格力金投" in _names("格力金投近日增持了澜舟科技。")
    assert "红杉资本" in _names("澜舟智能获得红杉资本投资。")
    assert "华为" in _names("华为投资5亿元建设基地。")
    assert "中国人寿资产" not in _names("中国人寿资产管理公司增持了澜舟科技。")


def _customer(text: str) -> tuple[list[str], list[str], float | None]:
    fact = one(text, "purchase")
    share = fact.qualifiers.get("share_of_revenue")
    return roles(fact)["buyer"], roles(fact)["supplier"], share.value.value if share else None


def test_a_largest_customer_and_the_share_of_revenue_it_brings():
    assert _customer("2024年，澜舟科技来自第一大客户星河汽车的收入占比为41.2%。") == (["星河汽车"], ["澜舟科技"], 41.2)
    assert _customer("澜舟科技的第一大客户为星河汽车，占营收的35%。") == (["星河汽车"], ["澜舟科技"], 35.0)
    assert _customer("星河汽车是澜舟科技的最大客户。") == (["星河汽车"], ["澜舟科技"], None)


def test_revenue_that_comes_from_a_company_and_tenths_as_percent():
    buyer, seller, share = _customer("澜舟科技超过六成收入来自华为。")
    assert (buyer, seller, share) == (["华为"], ["澜舟科技"], 60.0)
    assert one("澜舟科技超过六成收入来自华为。", "purchase").qualifiers["share_of_revenue"].value.min == 60.0
    assert facts("澜舟科技收入主要来自云业务。", "purchase") == []


def test_a_kind_of_company_right_before_a_name_describes_it():
    fact = one("2016年，一家上市公司澜舟健康以5亿元收购了星河医院70%股权。", "acquisition")
    assert roles(fact) == {"acquirer": ["澜舟健康"], "target": ["星河医院"]}
    assert facts("部分公司拟收购星河医院。", "acquisition") == []


def test_a_sentence_opening_with_the_total_price_gives_the_deal_before_its_amount():
    text = ("澜舟集团6月29日发布公告，其全资附属公司将收购星河智能的全部权益。"
            "总代价包括现金1.2亿美元、承担2亿元人民币债务，合计约10.6亿元人民币。")
    fact = one(text, "acquisition")
    assert fact.amount.text == "约10.6亿元" and fact.modality == "planned"
    assert one("澜舟科技宣布收购星河智能。交易对价为12亿元。", "acquisition").amount.value.value == 1.2e9
    assert one("澜舟科技宣布收购星河智能。星河智能去年营收12亿元。", "acquisition").amount is None


def test_a_sector_word_before_a_weak_ending_is_no_name():
    assert _names("多家美国科技公司集中宣布了对英国的AI投资计划。") == []
    assert _names("分析人士认为，算力投资正在成为合作的核心内容。") == []
    assert _names("澜舟大学的工程实验室今年成立。") == ["澜舟大学"]


def test_a_lexicon_name_whose_last_character_opens_a_word_is_the_shorter_name():
    found = extract("t", "京东方面未对此事作出回应。", "2025-06-30").mentions
    assert [(m.text, m.key) for m in found] == [("京东", "lex:jd")]
    assert [m.key for m in extract("t", "京东方的营收增长。", "2025-06-30").mentions] == ["lex:boe"]


def _founders(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in one(text, "founding").roles["founder"]]


def test_founders_after_you_are_people_when_shaped_as_names():
    assert _founders("澜舟智能由杨澈麟于2023年4月在北京创立。") == [("杨澈麟", "person")]
    assert _founders("星河科技由李岩与张澈于2019年联合创立。") == [("李岩", "person"), ("张澈", "person")]
    assert _founders("星河科技由王澜石等人创办。") == [("王澜石", "person")]
    assert _founders("星河科技由澜舟集团创办。") == [("澜舟集团", "organization")]


def _stage(text: str) -> list[tuple[str, str]]:
    return [(f.qualifiers["stage"], f.modality) for f in facts(text, "listing")]


def test_filing_by_dibiao_and_a_review_passed():
    assert _stage("澜舟科技已于近日递表。") == [("filed", "asserted")]
    assert ("filed", "asserted") in _stage("澜舟科技已向港交所递表，拟在主板上市。")
    assert _stage("澜舟科技于6月20日通过港交所上市聆讯。") == [("approved", "asserted")]
    assert _stage("澜舟科技科创板IPO已成功过会。") == [("approved", "asserted")]
    assert [m.text for m in extract("t", "澜舟科技已向港交所递表。", REF).mentions] == ["澜舟科技", "港交所"]


def test_a_figure_of_the_same_period_a_year_before_takes_that_period():
    found = facts("澜舟科技2024年净亏损3亿元，上年同期亏损5亿元。", "financial")
    assert [(f.qualifiers["value"].text, f.qualifiers["period"].value.value) for f in found] == [
        ("3亿元", "2024"), ("5亿元", "2023")]
    found = facts("澜舟科技2025年第二季度营收12亿元，去年同期营收8亿元。", "financial")
    assert [f.qualifiers["period"].value.value for f in found] == ["2025-Q2", "2024-Q2"]


def test_a_trade_noun_ending_in_shang_introduces_the_name_after_it():
    assert roles(one("吉利收购了智能驾驶方案商鲲驰。", "acquisition"))["target"] == ["鲲驰"]
    assert roles(one("腾讯入股了芯片设计商澜芯。", "investment"))["investee"] == ["澜芯"]


def test_a_step_with_no_date_takes_the_date_of_the_clause_that_makes_it_known():
    fact = one("上交所网站近日显示，澜舟存储的科创板IPO审核状态已变更为“终止”。", "listing", ref="2025-11-20")
    assert fact.date is not None and fact.date.text == "近日"
    assert one("澜舟存储的科创板IPO审核状态已变更为“终止”。", "listing").date is None


def test_a_round_raised_with_no_investor_named_is_an_investment_in_the_company():
    fact = one("据悉，大模型公司澜舟智能即将完成近3亿美元的新一轮融资，投后估值有望超过40亿美元。", "investment")
    assert roles(fact) == {"investor": [], "investee": ["澜舟智能"]} and fact.modality == "reported"
    assert fact.amount.text == "近3亿美元" and fact.qualifiers["round"] == "新一轮"
    named = one("2025年3月，星河智算宣布完成6亿元B轮融资。本轮融资由红杉中国领投，高瓴创投跟投。", "investment")
    assert roles(named)["investor"] == ["红杉中国", "高瓴创投"]
    assert facts("星河智算累计融资超过20亿元。", "investment") == []
    assert one("澄川数据完成新一轮融资，投后估值约18亿美元。", "investment").amount is None


def test_a_listing_s_sponsor_is_not_the_company_listing():
    found = facts("知情人士透露，澜犀机器人正在筹划科创板上市，已聘请中信证券作为辅导机构。", "listing")
    assert [roles(f)["company"] for f in found] == [["澜犀机器人"]]


def test_funders_of_a_round_are_investors_and_the_company_before_them_raised_it():
    text = "星河智算成立于2020年。2023年8月，该公司获得高瓴创投、蓝驰创投共同出资的3亿元C轮融资。"
    fact = one(text, "investment")
    assert [m.text for m in fact.roles["investor"]] == ["高瓴创投", "蓝驰创投"]
    assert [m.canonical for m in fact.roles["investee"]] == ["星河智算"] and fact.amount.text == "3亿元"
    assert [m.canonical for f in facts(text, "financial") for m in f.roles["company"]] == ["星河智算"]


def test_a_company_of_its_own_listed_after_a_unit_is_no_second_unit():
    found = facts("此前，澜途智驾曾获得上汽旗下尚颀资本和宁德时代的联合投资。", "ownership")
    assert [roles(f)["unit"] for f in found] == [["尚颀资本"]]
    assert sorted(roles(f)["unit"][0] for f in facts("阿里巴巴旗下的淘宝和天猫。", "ownership")) == ["天猫", "淘宝"]


def test_a_list_or_a_description_before_a_shaped_name_is_not_part_of_it():
    assert _names("阿里巴巴旗下拥有阿里云和蚂蚁集团。") == ["阿里巴巴", "阿里云", "蚂蚁集团"]
    assert _names("长风汽车宣布战略投资智能驾驶方案商云途智驾。") == ["长风汽车", "云途智驾"]


def test_a_deal_whose_sentence_says_what_it_will_bring_once_done_is_still_to_come():
    text = "长风汽车1月8日宣布，以8亿元战略投资澜途智驾，交易完成后将持有后者15%股权，成为其单一最大外部股东。"
    assert {(f.type, f.modality) for f in facts(text) if f.type in ("investment", "shareholding")} == {
        ("investment", "planned"), ("shareholding", "planned")}
    done = facts("长风汽车去年完成对澜途智驾的投资，交易完成后持有后者15%股权。", "investment")
    assert [f.modality for f in done] == ["asserted"]


def test_a_tutor_named_is_no_tutoring_step_and_one_not_yet_filed_is_negated():
    found = facts("知情人士透露，澜犀机器人正在筹划科创板上市，已聘请中信证券作为辅导机构，但尚未向监管部门报送辅导备案。",
                  "listing")
    assert sorted((f.qualifiers["stage"], f.modality) for f in found) == [("listed", "planned"), ("tutoring", "negated")]
    assert one("尚未盈利的澜舟科技今日登陆科创板。", "listing").modality == "asserted"


def test_the_company_the_sentence_before_is_about_is_gaigongsi():
    text = ("有媒体援引消息称，美团正洽谈收购澜犀机器人，澜犀机器人回应称从未与美团接触。美团方面表示不予置评。"
            "\n\n公开资料显示，澜犀机器人成立于2019年，总部位于杭州。2023年8月，该公司获得高瓴创投、蓝驰创投共同出资的3亿元C轮融资。")
    fact = next(f for f in facts(text, "investment") if f.roles["investor"])
    assert [m.canonical for m in fact.roles["investee"]] == ["澜犀机器人"]


def test_gongsi_right_after_a_holding_verb_and_before_a_stake_is_the_company_written_about():
    text = "澜源光电成立于2015年。控股股东苏州澜源投资控股有限公司持有公司46.8%的股份，实际控制人为董事长杜明远。"
    [fact] = [f for f in facts(text, "shareholding") if f.roles["holder"][0].text == "苏州澜源投资控股有限公司"]
    assert [m.canonical for m in fact.roles["company"]] == ["澜源光电"] and fact.stake.text == "46.8%"
    [person] = [f for f in facts(text, "shareholding") if f.roles["holder"][0].text == "杜明远"]  # (session 39)
    assert person.qualifiers["rank"] == "actual_controller" and [m.canonical for m in person.roles["company"]] == ["澜源光电"]


def test_a_title_s_person_ends_before_a_verb_that_opens_with_its_third_character():
    people = [m.text for m in extract("t", "澜芯微电子创始人陈屹宣布辞职。", REF).mentions if m.kind == "person"]
    assert people == ["陈屹"]
    people = [m.text for m in extract("t", "董事长王兴兴表示，公司将继续投入研发。", REF).mentions if m.kind == "person"]
    assert people == ["王兴兴"]


def test_a_person_still_holding_shares_after_a_deal_is_the_holder():
    fact = one("交割后，创始人王澜石仍持有澜舟科技20%股份，并继续担任其总经理。", "shareholding")
    assert [(m.text, m.kind) for m in fact.roles["holder"]] == [("王澜石", "person")] and fact.stake.text == "20%"


def test_the_two_each_holding_a_stake_are_the_pair_of_the_deal_before():
    text = "澜源光电成立于2015年。2022年，星河产业基金和哈勃投资曾联手入股澜源光电，两者目前分别持股3.2%和2.9%。"
    held = sorted((roles(f)["holder"][0], roles(f)["company"][0], f.stake.text) for f in facts(text, "shareholding"))
    assert held == [("哈勃投资", "澜源光电", "2.9%"), ("星河产业基金", "澜源光电", "3.2%")]


def test_a_name_guessed_from_context_before_its_round_is_the_investee():
    fact = one("红杉中国领投了澜光的B轮融资。", "investment")
    assert roles(fact) == {"investor": ["红杉中国"], "investee": ["澜光"]} and fact.qualifiers["round"] == "B轮"

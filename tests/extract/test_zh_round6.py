"""Chinese constructions found by reading whole invented articles (a round, quarterly results, a joint venture):
rounds joined with 参与, investment arms, figures of other metrics, the year before, joint-venture holdings,
facilities that are no companies, founders named after 为/是. All company and person names are invented."""

from __future__ import annotations

from dealgraph.extract.document import FactRecord
from dealgraph.extract.pipeline import extract

REF = "2025-10-30"


def facts(text: str, ftype: str) -> list[FactRecord]:
    return [f for f in extract("t", text, REF).facts if f.type == ftype]


def names(fact: FactRecord, role: str) -> list[str]:
    return [m.text for m in fact.roles.get(role, [])]


def test_joining_a_company_s_round_is_an_investment_in_it():
    [f] = facts("岫川资本参与了深度星河的A轮融资。", "investment")
    assert names(f, "investor") == ["岫川资本"] and names(f, "investee") == ["深度星河"]
    assert f.qualifiers["round"] == "A轮"
    [g] = facts("岫川资本参与了澜舟科技新一轮融资。", "investment")
    assert names(g, "investee") == ["澜舟科技"]
    assert facts("岫川资本参与了澜舟科技的重组。", "investment") == []


def test_a_lead_investor_of_the_sentence_is_not_the_company_raising():
    assert facts("鹤鸣资本领投，岫川资本参与了本轮融资。", "investment") == []
    [f] = facts("星河智算完成5亿元B轮融资，鹤鸣资本领投，岫川资本参与了本轮融资。", "investment")
    assert names(f, "investee") == ["星河智算"]
    assert sorted(names(f, "investor")) == ["岫川资本", "鹤鸣资本"]


def test_an_investment_platform_is_a_noun_not_a_deal():
    text = "云岫科技旗下投资平台岫川资本近期完成了新一轮募资。"
    assert facts(text, "investment") == []
    [own] = facts(text, "ownership")
    assert names(own, "owner") == ["云岫科技"] and names(own, "unit") == ["岫川资本"]


def test_a_figure_in_a_clause_naming_another_metric_is_not_this_one_s():
    found = facts("云岫科技表示，云业务收入连续五个季度保持三位数增长，第三季度资本开支达到86亿元。", "financial")
    by_metric = {f.qualifiers["metric"]: f.qualifiers.get("value") for f in found}
    assert by_metric["capex"].value.value == 86e8
    assert by_metric.get("revenue") is None


def test_the_same_figure_a_year_before_and_the_period_of_a_list_of_figures():
    found = facts("财报显示，云岫科技第三季度实现营业收入128.6亿元，同比增长42%；归母净利润为15.2亿元，"
                  "上年同期为9.8亿元。", "financial")
    profits = {f.qualifiers["value"].value.value: f.qualifiers["period"].value.value
               for f in found if f.qualifiers["metric"] == "net_profit"}
    assert profits == {15.2e8: "2025-Q3", 9.8e8: "2024-Q3"}


def test_the_partners_of_a_joint_venture_hold_the_venture():
    found = facts("云岫科技与青禾电力成立合资公司“岫禾算力”，注册资本20亿元，其中云岫科技出资12亿元，持股60%，"
                  "青禾电力持股40%。", "shareholding")
    held = {names(f, "holder")[0]: (names(f, "company"), f.stake.value.value) for f in found}
    assert held == {"云岫科技": (["岫禾算力"], 60), "青禾电力": (["岫禾算力"], 40)}
    nexts = facts("云岫科技与青禾电力成立合资公司岫禾算力。云岫科技持股60%，青禾电力持股40%。", "shareholding")
    assert {names(f, "company")[0] for f in nexts} == {"岫禾算力"}
    assert facts("云岫科技与青禾电力成立合资公司，云岫科技持股60%，青禾电力持股40%。", "shareholding") == []


def test_a_computing_centre_being_built_is_no_company():
    doc = extract("t", "合资公司将在内蒙古建设绿色智算中心。", REF)
    assert doc.mentions == []
    assert [m.text for m in extract("t", "青岚智算完成A轮融资。", REF).mentions] == ["青岚智算"]


def test_a_founder_named_after_wei_or_shi_and_the_founding_date_of_the_clause_before():
    [f] = facts("星澜智能成立于2022年，创始人为陈默。", "founding")
    assert names(f, "founder") == ["陈默"] and f.date.text == "2022年"
    [g] = facts("星澜智能成立于2022年，创始人是前百度高管陈默。", "founding")
    assert names(g, "founder") == ["陈默"]
    [h] = facts("星澜智能成立于2022年，由前百度自动驾驶负责人陈默创立，总部位于杭州。", "founding")
    assert h.date.text == "2022年" and f.roles["founder"][0].kind == "person"
    assert [m for m in extract("t", "投资人为何看好星澜智能？", REF).mentions if m.kind == "person"] == []


def test_gai_gongsi_after_a_sentence_of_backers_is_the_company_raising():
    text = ("星河智算完成5亿元B轮融资。本轮由鹤鸣资本领投，岫川资本跟投，云岫证券担任本轮独家财务顾问。"
            "该公司成立于2021年，由前星网工程师李默创办。")
    [f] = facts(text, "founding")
    assert f.roles["company"][0].canonical == "星河智算" and names(f, "founder") == ["李默"]
    assert f.date.text == "2021年"


def test_horizon_as_a_supplier_is_the_company_and_as_a_word_is_none():
    [f] = facts("云途智驾2024年向地平线的采购金额占其采购总额的42%。", "purchase")
    assert names(f, "supplier") == ["地平线"] and f.roles["supplier"][0].key == "lex:horizon"
    assert f.qualifiers["share_of_purchases"].value.value == 42
    assert extract("t", "远处的地平线上升起朝阳。", REF).mentions == []


def test_a_founder_holding_through_his_entities_is_named_without_the_verb():
    doc = extract("t", "澜芯半导体成立于2019年。创始人兼董事长林舟通过其控制的实体合计持有公司约32.5%的股份。", REF)
    assert [m.text for m in doc.mentions if m.kind == "person"][:1] == ["林舟"]
    [f] = [f for f in doc.facts if f.type == "shareholding"]
    assert names(f, "holder") == ["林舟"] and f.roles["company"][0].canonical == "澜芯半导体"
    assert f.stake.value.value == 32.5


def test_the_company_completing_a_round_led_by_another_raised_it_not_the_one_named_before():
    [f] = facts("澜芯半导体的晶圆代工主要依赖台积电。此前，澜芯半导体曾于2023年完成由鹤鸣资本领投的20亿元C轮融资。",
                "investment")
    assert names(f, "investee") == ["澜芯半导体"] and names(f, "investor") == ["鹤鸣资本"]


def test_a_prospectus_cited_is_no_filing():
    assert facts("招股书显示，2022年至2024年，澜芯半导体营业收入分别为1.2亿元、3.5亿元和8.1亿元。", "listing") == []
    [f] = facts("澜芯半导体向港交所递交招股书。", "listing")
    assert f.qualifiers["stage"] == "filed"


def test_depending_on_a_supplier_is_buying_from_it():
    [f] = facts("澜芯半导体的晶圆代工主要依赖台积电。", "purchase")
    assert names(f, "buyer") == ["澜芯半导体"] and names(f, "supplier") == ["台积电"]
    assert facts("澜芯半导体正在降低对台积电的依赖。", "purchase") == []
    [g] = facts("澜芯半导体不再依赖台积电。", "purchase")
    assert g.modality == "negated"


def test_industry_funds_are_names_and_a_government_s_fund_is_none():
    [f] = facts("星河智算完成6亿元B轮融资，本轮由鹤鸣资本领投，岫川资本和北京机器人产业发展投资基金跟投。", "investment")
    assert "北京机器人产业发展投资基金" in names(f, "investor")
    assert [m.text for m in extract("t", "深圳市天使投资引导基金领投。", REF).mentions] == ["深圳市天使投资引导基金"]
    assert not [m for m in extract("t", "地方政府引导基金持续发力。", REF).mentions if m.text.endswith("基金")]


def test_dangshi_takes_the_date_of_the_clause_before():
    [f] = facts("衡川智能上一次融资是在2024年5月，当时获得鹤鸣资本2亿元的A轮投资。", "investment")
    assert f.date.text == "2024年5月" and names(f, "investor") == ["鹤鸣资本"]


def test_the_sellers_named_after_a_deal_are_its_sellers():
    [f] = facts("蓝岸科技斥资4.2亿元受让芯湾微电子70%股权的交易已完成交割。本次股权的转让方为芯湾微电子创始人陈屹及其"
                "控制的两家持股平台。", "acquisition")
    assert names(f, "seller") == ["陈屹"] and names(f, "target") == ["芯湾微电子"]
    [g] = facts("蓝岸科技拟收购芯湾微电子100%股权，交易对方为青禾资本、澜石投资。", "acquisition")
    assert names(g, "seller") == ["青禾资本", "澜石投资"]


def test_this_year_s_expected_capex_is_a_plan_and_the_year_compared_with_a_figure():
    found = extract("t", "首席财务官韩蕾表示，澜图科技2025年资本开支预计在60亿元左右，较2024年的28亿元翻倍有余。",
                    "2025-03-27").facts
    [plan] = [f for f in found if f.type == "capital_plan"]
    assert plan.amount.value.value == 60e8 and plan.modality == "expected" and plan.date.text == "2025年"
    [past] = [f for f in found if f.type == "financial"]
    assert past.qualifiers["metric"] == "capex" and past.qualifiers["value"].value.value == 28e8
    assert past.qualifiers["period"].text == "2024年" and past.modality == "asserted"
    [before] = [f for f in extract("t", "澜图科技预计2024年资本开支将达80亿元。", "2025-03-27").facts]
    assert before.type == "financial"  # a year already over: a figure expected, no plan


def test_money_of_a_plan_in_a_later_clause_is_not_the_revenue_s():
    [f] = [f for f in extract("t", "澜图科技去年营收增长三成，未来三年拟投200亿元建算力。", "2025-03-27").facts
           if f.type == "financial"]
    assert f.qualifiers.get("value") is None
    [g] = facts("澜图科技去年营收增长迅速，全年达到12亿元。", "financial")
    assert g.qualifiers["value"].value.value == 12e8


def test_a_verb_phrase_after_an_adverb_is_no_name_and_bingfei_stops_a_name():
    doc = extract("t", "值得注意的是，这并非青禾股份首次尝试跨界半导体。", REF)
    assert [m.text for m in doc.mentions] == ["青禾股份"]
    assert extract("t", "双方将围绕功率半导体开展合作。", REF).mentions == []


def test_gongsi_in_a_later_sentence_is_the_announcing_company_and_a_deal_ended_in_its_sentence_is_off():
    text = ("青禾股份11月5日晚间公告，公司正在筹划购买芯澜科技控股权。芯澜科技2024年实现营收4.3亿元。"
            "2023年，公司曾计划以9亿元收购星瀚微电子51%股权，但因双方未能就估值达成一致，该交易最终终止。")
    found = facts(text, "acquisition")
    by_target = {names(f, "target")[0]: f for f in found}
    assert names(by_target["星瀚微电子"], "acquirer") == ["青禾股份"]
    assert by_target["星瀚微电子"].modality == "negated" and by_target["芯澜科技"].modality == "planned"


def test_a_nickname_for_a_group_of_companies_is_no_company():
    assert facts("鹤鸣资本成为押注“AI六小虎”最多的机构之一。", "investment") == []
    assert [m.text for m in extract("t", "鹤鸣资本投资了“十方融海”。", REF).mentions][-1] == "十方融海"


def test_rugu_with_no_object_is_in_the_company_written_about_with_the_total_put_in():
    [f] = facts("蔚岚汽车是一家电动车企。2023年，来自阿布扎比的CYVN Holdings先后两次入股，合计投入约33亿美元。", "investment")
    assert names(f, "investor") == ["CYVN Holdings"] and names(f, "investee") == ["蔚岚汽车"]
    assert f.amount.value.value == 33e8 and f.date.text == "2023年"
    assert facts("星河科技宣布入股。", "investment") == []


def test_a_headline_opening_with_chuan_tells_a_rumour_and_cornerstone_investors_invest():
    [f] = facts("传星河资本拟投资澜舟智能。", "investment")
    assert f.modality == "rumored"
    [g] = facts("独家：传鹤鸣资本拟入股澜舟智能。", "investment")
    assert g.modality == "rumored"
    [h] = facts("传统车企星河汽车宣布收购蓝海网络。", "acquisition")
    assert h.modality == "asserted"
    [c] = facts("澜芯半导体今日在港交所挂牌上市，基石投资者包括鹤鸣资本和岫川资本。", "investment")
    assert names(c, "investee") == ["澜芯半导体"] and sorted(names(c, "investor")) == ["岫川资本", "鹤鸣资本"]


def test_a_deal_in_a_condition_or_an_open_question_is_only_expected():
    assert [f.modality for f in facts("如果星河科技收购蓝海网络，将成为行业龙头。", "acquisition")] == ["expected"]
    assert [f.modality for f in facts("星河科技是否会收购蓝海网络仍有待观察。", "acquisition")] == ["expected"]
    [f] = facts("星河科技拟收购蓝海网络，若交易完成，蓝海网络将退市。", "acquisition")
    assert f.modality == "planned"


def test_a_person_s_name_stops_before_a_time_word_and_a_list_of_years_dates_the_deal():
    doc = extract("t", "澜舟智能创始人兼CEO苏航此前表示，公司今年的营收目标是3亿元。", REF)
    assert [m.text for m in doc.mentions if m.kind == "person"] == ["苏航"]
    [f] = facts("2016年、2017年，青禾股份耗资约7亿元收购了星瀚微电子。", "acquisition")
    assert f.date.text == "2017年"


def test_houzhe_is_not_a_company_its_own_clause_names_after_it():
    doc = extract("t", "岚山投资向星河科技出售了其持有的蓝海网络股权，后者因此获得蓝海网络控股权。", REF)
    [latter] = [m for m in doc.mentions if m.text == "后者"]
    assert latter.canonical == "星河科技"


def test_a_round_carries_the_valuation_its_sentence_states():
    [f] = facts("星澜智能完成5亿元B轮融资，投后估值约40亿元，由鹤鸣资本领投。", "investment")
    assert f.amount.value.value == 5e8 and f.qualifiers["valuation"].value.value == 40e8
    [g] = facts("鹤鸣资本投资了星澜智能。", "investment")
    assert "valuation" not in g.qualifiers


def test_no_plan_abandoned_and_never_are_negations():
    assert [f.modality for f in facts("星河科技表示暂无收购蓝海网络的计划。", "acquisition")] == ["negated"]
    assert [f.modality for f in facts("星河科技已放弃收购蓝海网络。", "acquisition")] == ["negated"]
    [f] = facts("星河科技从未投资过蓝海网络。", "investment")
    assert f.modality == "negated" and names(f, "investee") == ["蓝海网络"]

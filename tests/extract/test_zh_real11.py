"""Chinese constructions met while reading real published business news on AI, chip and robot companies (round 11):
each test is the team's own sentence with the same structure as the real one, with other names and numbers."""

from __future__ import annotations

from tests.extract.readers import facts, one, roles


# --- listing stages --------------------------------------------------------------------------------------------

def test_a_listing_said_done_beside_a_first_stock_epithet_is_a_listing():
    fact = one("1月9日，“港股具身智能第一股”星河机器人在香港成功挂牌上市。", "listing")
    assert fact.qualifiers["stage"] == "listed" and fact.modality == "asserted"
    assert one("青松智能计划于下月正式挂牌上市。", "listing").modality == "planned"


def test_an_ipo_process_under_way_is_no_listing_yet():
    for text in ("目前，云帆微电子的创业板上市进程正在推进。", "近期，云帆科技被报道上市进程遇冷，绿色通道被叫停。",
                 "云帆科技正加快IPO进程。"):
        assert one(text, "listing").qualifiers["stage"] == "planned", text


def test_the_time_before_a_listing_is_no_listing_step():
    assert facts("蓝鲸科技表示，会在上市前多募一轮资金。", "listing") == []
    assert facts("蓝鲸科技在科创板上市之前完成了C轮融资。", "listing") == []
    assert one("蓝鲸科技于2023年在科创板上市。", "listing").qualifiers["stage"] == "listed"


def test_a_count_of_companies_described_at_length_files_for_none_of_the_named():
    found = facts("9月5日，青松智能通过港交所聆讯。据统计，年内共有41家涉及芯片、算力的公司已向联交所提交了上市申请。",
                  "listing")
    assert [(roles(f)["company"], f.qualifiers["stage"]) for f in found] == [(["青松智能"], "approved")]


# --- lists of holdings -----------------------------------------------------------------------------------------

def test_a_list_of_holdings_never_makes_the_next_holder_the_company_held():
    found = facts("本次增资后，华芯基金持股8.5%、蓝海资本持股6.1%、红杉中国合计持有3.2%、高通持股2.4%。", "shareholding")
    assert found == [], [roles(f) for f in found]  # no company named, none written about before


def test_a_list_of_holdings_after_a_round_is_of_the_company_of_the_round():
    found = facts("星辰科技完成2亿元B轮融资。本次增资后，华芯基金持股8.5%、蓝海资本持股6.1%、红杉中国合计持有3.2%。",
                  "shareholding")
    assert [(roles(f)["holder"], roles(f)["company"], f.stake.text) for f in found] == [
        (["华芯基金"], ["星辰科技"], "8.5%"), (["蓝海资本"], ["星辰科技"], "6.1%"), (["红杉中国"], ["星辰科技"], "3.2%")]


def test_a_second_holding_with_no_company_is_in_the_company_of_the_first():
    found = facts("增资后，大基金持有星辰科技12%股份，海创基金持有4.03%股份。", "shareholding")
    assert [(roles(f)["holder"], roles(f)["company"]) for f in found] == [(["大基金"], ["星辰科技"]),
                                                                         (["海创基金"], ["星辰科技"])]


# --- rounds: Pre-IPO, old shareholders raising their stake, the round's participants listed ----------------------

def test_a_pre_ipo_round_is_no_company_and_no_listing_step():
    fact = one("8月27日，蓝鲸科技称已获数亿元人民币的Pre-IPO轮战略投资。", "investment")
    assert roles(fact) == {"investor": [], "investee": ["蓝鲸科技"]} and fact.amount.text == "数亿元"
    assert fact.qualifiers["round"] == "Pre-IPO轮"
    assert facts("蓝鲸科技打算赶在科创板上市前，再拿下一轮Pre-IPO轮融资。", "listing") == []
    assert one("蓝鲸科技获得数亿元Pre-A轮战略投资。", "investment").qualifiers["round"] == "Pre-A轮"


def test_old_shareholders_raising_their_stake_join_the_round():
    fact = one("云岫智能宣布完成2亿元人民币B轮融资，由华芯基金领投，蓝海资本跟投，鼎峰资本、星河互娱等老股东持续加注。",
               "investment")
    assert roles(fact) == {"investor": ["华芯基金", "蓝海资本", "鼎峰资本", "星河互娱"], "investee": ["云岫智能"]}


def test_a_company_getting_investors_to_raise_their_stake_is_invested_in():
    fact = one("星澜机器人澄清了北辰创投已退出，但后续其获红杉、腾讯等机构加码。", "investment")
    assert roles(fact) == {"investor": ["红杉", "腾讯"], "investee": ["星澜机器人"]}
    assert roles(one("星澜机器人获老股东鼎峰资本加注。", "investment")) == {"investor": ["鼎峰资本"],
                                                                         "investee": ["星澜机器人"]}


def test_the_participants_of_this_round_listed_are_its_investors():
    found = facts("8月3日，云岫智能获得数亿元C轮融资。参与本轮投资的包括华芯基金、蓝海资本、鼎峰资本等投资方。", "investment")
    assert {"investor": ["华芯基金", "蓝海资本", "鼎峰资本"], "investee": ["云岫智能"]} in [roles(f) for f in found]


# --- a valuation glossed in brackets; dates spaced out -------------------------------------------------------

def test_a_valuation_glossing_a_size_in_brackets_is_no_amount_raised():
    fact = one("6月2日，云岫公司称已完成A轮融资。本轮由华芯基金领投，蓝海资本、鼎峰资本跟投，当下估值已突破准独角兽(5亿美金)门槛。",
               "investment")
    assert fact.amount is None and fact.qualifiers["valuation"].text == "5亿美金"
    assert not [f for f in facts("云岫公司宣布完成A轮融资，当下估值已突破准独角兽（5亿美元）门槛。", "financial")
                if f.qualifiers.get("metric") == "financing"]
    fact = one("云岫公司完成3亿元B轮融资，由华芯基金领投，估值超过独角兽（10亿美元）。", "investment")
    assert fact.amount.text == "3亿元" and fact.qualifiers["valuation"].text == "10亿美元"


def test_a_date_with_spaces_around_its_digits_is_read():
    found = facts("2020年7月，星澜集团将云岫拆分出来。当年 11 月下旬，云岫公司表示已完成Pre-A轮融资，投资方包括华芯基金。",
                  "investment", ref="2021-07-14")
    assert [f.date.value.value for f in found] == ["2020-11"]
    fact = one("2023 年 11 月 5 日，云岫公司完成A轮融资，投资方包括华芯基金。", "investment")
    assert fact.date.value.value == "2023-11-05"


# --- acquisitions: a run of deals listed with 、, a listed company described before its name, epithets ------------

def test_a_run_of_deals_listed_with_dun_keeps_each_buyer():
    found = facts("此前，天工智能并购远航材料、北辰科技入主华宇股份等都是可参照的先例。", "acquisition")
    assert [(roles(f)["acquirer"], roles(f)["target"]) for f in found] == [(["天工智能"], ["远航材料"]),
                                                                          (["北辰科技"], ["华宇股份"])]
    found = facts("天工智能收购远航材料60%以上股份、北辰科技创始人入主华宇包装、金石机器人拿下鼎盛能源。", "acquisition")
    assert [(roles(f)["acquirer"], roles(f)["target"]) for f in found] == [(["天工智能"], ["远航材料"])]


def test_a_listed_company_described_before_its_name_is_bought():
    fact = one("云岫科技收购上市公司锋远股份。", "acquisition")
    assert roles(fact) == {"acquirer": ["云岫科技"], "target": ["锋远股份"]}
    fact = one("12月3日，云岫科技公告称，以16亿元收购上市公司锋远股份(002999.SZ)45%股份，并成为该公司控股股东。",
               "acquisition")
    assert roles(fact) == {"acquirer": ["云岫科技"], "target": ["锋远股份"]}
    assert fact.amount.text == "16亿元" and fact.stake.text == "45%"


def test_the_buyer_becomes_the_controlling_holder_of_the_company_it_bought():
    held = one("云岫科技收购锋远股份45%股份，并成为该公司控股股东。", "shareholding")
    assert roles(held) == {"holder": ["云岫科技"], "company": ["锋远股份"]} and held.qualifiers["rank"] == "controlling"
    held = one("云岫科技入股锋远股份，成为其第二大股东。", "shareholding")
    assert roles(held) == {"holder": ["云岫科技"], "company": ["锋远股份"]} and held.qualifiers["rank"] == "second"


def test_an_epithet_in_quotes_before_a_name_is_no_party():
    fact = one("12月3日晚间，“具身智能第一股”云岫科技发布公告，拟收购深交所上市公司锋远股份43%的股份。", "acquisition")
    assert roles(fact) == {"acquirer": ["云岫科技"], "target": ["锋远股份"]} and fact.modality == "planned"
    assert roles(one("“云岫”完成A轮融资，由华芯基金领投。", "investment")) == {"investor": ["华芯基金"],
                                                                          "investee": ["云岫"]}


# --- spin-offs and subsidiaries founded --------------------------------------------------------------------------

def test_a_unit_split_off_as_a_company_is_founded_by_its_parent_which_keeps_a_stake():
    found = facts("2020年7月，星澜集团宣布将云岫科技分拆为独立实体，并继续保持投资权益。")
    by_type = {f.type: f for f in found}
    assert roles(by_type["founding"]) == {"founder": ["星澜集团"], "company": ["云岫科技"]}
    assert roles(by_type["shareholding"]) == {"holder": ["星澜集团"], "company": ["云岫科技"]}
    assert by_type["founding"].date.value.value == "2020-07"
    assert facts("星澜集团分拆为两家公司。", "founding") == []  # no unit marked by 将: nothing founded here
    assert facts("星澜集团继续保持投资权益。", "shareholding") == []  # no deal read: whose stake is unsaid


def test_a_seller_keeping_the_rest_of_the_shares_holds_the_company_sold():
    held = one("星澜集团向华芯基金出售云岫科技60%股权，保留剩余股权。", "shareholding")
    assert roles(held) == {"holder": ["星澜集团"], "company": ["云岫科技"]} and held.stake is None


def test_a_subsidiary_founded_under_a_name_given():
    fact = one("2019年，星澜集团成立一个名为Blue Fin的子公司，专注于物联网芯片。", "founding")
    assert roles(fact) == {"founder": ["星澜集团"], "company": ["Blue Fin"]} and fact.date.value.value == "2019"
    assert roles(one("星澜集团成立了一家名为云岫科技的子公司。", "founding")) == {"founder": ["星澜集团"],
                                                                               "company": ["云岫科技"]}


# --- round figures: a valuation named after the money, a converted figure, investors listed after their kind ------

def test_money_named_a_valuation_after_it_is_no_round_raised():
    assert facts("至此，云岫机器人两年内已完成A轮与B轮融资，目前正以120亿元的估值洽谈下一轮融资。", "investment") == []
    fact = one("云岫机器人以50亿元投后估值完成8亿元C轮融资。", "investment")
    assert fact.amount.text == "8亿元" and fact.qualifiers["valuation"].text == "50亿元"


def test_a_figure_converted_in_brackets_is_not_the_round_amount():
    for text in ("2月2日，云岫动力(Yunxiu Robotics)宣布完成3亿美元(约21.6亿人民币)B轮融资。",
                 "云岫动力宣布完成3亿美元（约合人民币21.6亿元）的B轮融资。"):
        assert one(text, "investment").amount.text == "3亿美元", text


def test_investors_listed_after_an_unnamed_kind_join_the_round():
    fact = one("云岫机器人完成新一轮融资，华芯基金领投，多家老股东及产业资本跟投，包括蓝海资本、鼎峰资本等。",
               "investment")
    assert roles(fact) == {"investor": ["华芯基金", "蓝海资本", "鼎峰资本"], "investee": ["云岫机器人"]}
    assert fact.qualifiers["lead"] == ["name:华芯基金"]
    fact = one("云岫机器人完成5亿元新一轮融资，多家产业方参投，包括蓝海资本、鼎峰资本等。", "investment")
    assert roles(fact)["investor"] == ["蓝海资本", "鼎峰资本"] and "lead" not in fact.qualifiers


# --- a month far ahead of the article's date ---------------------------------------------------------------------

def test_a_month_half_a_year_ahead_of_the_article_is_last_years():
    fact = one("12月3日，云岫科技以16亿元收购锋远股份45%的股份。", "acquisition", ref="2026-01-10")
    assert fact.date.value.value == "2025-12-03"
    assert one("云岫科技计划于12月在港交所上市。", "listing", ref="2026-01-10").date.value.value == "2026-12"
    assert one("3月3日，云岫科技以16亿元收购锋远股份45%的股份。", "acquisition",
               ref="2026-01-10").date.value.value == "2026-03-03"


# --- partners described before their name; an option to buy ------------------------------------------------------

def test_a_partner_described_by_its_kind_pairs_with_the_subject_not_the_news_source():
    fact = one("据Axios等数家外媒披露，AMD与大模型赛道头部企业云岫智能正式签署为期三年的战略合作协议。", "partnership")
    assert roles(fact)["party"] == ["AMD", "云岫智能"]


def test_a_right_to_buy_granted_is_no_purchase_made():
    fact = one("作为互惠安排，云岫智能获授星澜半导体的认股权证，有权按每股0.01元收购星澜半导体最多10%的股份。",
               "acquisition")
    assert fact.modality == "expected" and roles(fact) == {"acquirer": ["云岫智能"], "target": ["星澜半导体"]}


# --- a round's investors named with their owners; the dash before a round's lead ------------------------------

def test_a_listed_investor_named_with_its_owner_is_the_unit_and_the_list_goes_on():
    found = facts("8月3日，云岫智能获得数亿元C轮融资。参与本轮投资的包括华芯基金、蓝海资本、星澜集团旗下星澜创投、"
                  "鼎峰资本等投资方。")
    invested = [roles(f) for f in found if f.type == "investment" and roles(f)["investor"]]
    assert invested == [{"investor": ["华芯基金", "蓝海资本", "星澜创投", "鼎峰资本"], "investee": ["云岫智能"]}]
    assert [roles(f) for f in found if f.type == "ownership"] == [{"owner": ["星澜集团"], "unit": ["星澜创投"]}]


def test_a_name_ending_in_a_deal_word_before_dun_is_no_verb():
    found = facts("8月3日，云岫智能获得数亿元C轮融资。参与本轮投资的包括华芯基金、华泰证券投资、澄江控股三家。",
                  "investment")
    assert all(roles(f)["investee"] == ["云岫智能"] for f in found), [roles(f) for f in found]


def test_a_dash_after_a_round_opens_its_investors():
    fact = one("云岫科技完成新一轮融资——华芯基金领投，蓝海资本跟投。", "investment")
    assert roles(fact) == {"investor": ["华芯基金", "蓝海资本"], "investee": ["云岫科技"]}
    assert fact.qualifiers["lead"] == ["name:华芯基金"]


# --- capital subscribed ----------------------------------------------------------------------------------------

def test_subscribing_a_companys_new_registered_capital_invests_in_it():
    fact = one("星澜微发布公告称，公司拟与华芯基金共同出资8亿元认缴云岫科技新增注册资本。", "investment")
    assert roles(fact) == {"investor": ["星澜微", "华芯基金"], "investee": ["云岫科技"]}
    assert fact.amount.text == "8亿元" and fact.modality == "planned"
    assert roles(one("华芯基金认缴云岫科技新增注册资本5.6亿元。", "investment")) == {"investor": ["华芯基金"],
                                                                                "investee": ["云岫科技"]}
    assert facts("公司认缴注册资本为5000万元。", "investment") == []


def test_names_on_the_list_of_investors_each_with_an_aside_join_the_round():
    fact = one("日前，上海云岫芯片科技有限公司宣布完成B轮融资，华芯资本(星澜关联公司)、星澜龙珠(星澜产业基金)均出现在了"
               "投资名单上。", "investment")
    assert roles(fact) == {"investor": ["华芯资本", "星澜龙珠"], "investee": ["上海云岫芯片科技有限公司"]}
    assert fact.qualifiers["round"] == "B轮"
    fact = one("云岫芯片完成B轮融资，华芯资本(星澜旗下)领投。", "investment")
    assert roles(fact) == {"investor": ["华芯资本"], "investee": ["云岫芯片"]}


def test_a_quoted_name_after_a_technical_description_is_the_company():
    fact = one("美国Arm CPU初创公司“启岚芯”两个月前刚宣布完成共计6亿元的天使轮投资，投资方包括华芯基金。", "investment")
    assert roles(fact) == {"investor": ["华芯基金"], "investee": ["启岚芯"]} and fact.amount.text == "6亿元"
    fact = one("华芯基金领投芯片公司“启岚芯”6亿元天使轮融资。", "investment")
    assert roles(fact) == {"investor": ["华芯基金"], "investee": ["启岚芯"]}

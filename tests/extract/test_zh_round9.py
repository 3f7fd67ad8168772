"""Chinese constructions found by reading whole invented AI-industry articles (a model start-up's rounds, an
investor's portfolio, a robot maker's prospectus, an A-share acquisition, compute deals, rumours): names opening
with a verb or with 比, rounds listed after a list of investors, and what is no fact. Company names are invented
or well known; the sentences are the team's own."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from tests.extract.readers import facts, names, one, roles


def mention_texts(text: str) -> list[str]:
    return [m.text for m in extract("t", text, "2025-06-30").mentions]


def test_a_name_opening_with_a_verb_that_opens_names_keeps_it_at_a_clause_opening():
    assert "创新奇智科技" in mention_texts("创新奇智科技与海尔达成合作，共建联合实验室。")
    assert "领先智造" in mention_texts("此外，领先智造宣布完成B轮融资。")
    assert "持续创新科技" not in mention_texts("此外，星澜科技持续创新科技产品。")  # the verb after its subject
    assert mention_texts("这一政策使得恒久科技受益。") == []  # a verb glued before a name still is no part of it


def test_a_name_opening_with_bi_at_a_clause_opening_is_whole():
    assert "比雷埃夫斯港务局" in mention_texts("此外，比雷埃夫斯港务局与中远海运签署协议。")
    assert "希腊比雷埃夫斯港务局" in mention_texts("希腊比雷埃夫斯港务局宣布扩建码头。")
    found = mention_texts("，比星澜科技更早完成融资。")  # a comparison: 比 is no part of the name
    assert "星澜科技" in found and "比星澜科技" not in found
    assert "恒久科技" in mention_texts("星澜科技的营收比恒久科技更高。")


def test_a_round_named_after_a_list_of_investors_keeps_its_own_lead_and_amount():
    for joint in ("；", "。"):
        found = facts(f"澜舟智能此前已完成四轮融资，投资方包括鼎峰资本、红杉中国、高瓴创投{joint}其中，B轮由鼎峰资本领投，"
                      "金额为8亿元。", "investment")
        by_round = {f.qualifiers.get("round"): f for f in found}
        assert set(by_round) == {None, "B轮"}, [(roles(f), f.qualifiers) for f in found]
        listed, b = by_round[None], by_round["B轮"]
        assert roles(listed) == {"investor": ["鼎峰资本", "红杉中国", "高瓴创投"], "investee": ["澜舟智能"]}
        assert listed.amount is None
        assert roles(b) == {"investor": ["鼎峰资本"], "investee": ["澜舟智能"]} and b.amount.text == "8亿元"
        assert b.qualifiers["lead"] == [b.roles["investor"][0].key]


def test_a_listed_investor_is_never_the_company_raising_the_round_named_after_the_list():
    found = facts("此前已完成四轮融资，投资方包括鼎峰资本、红杉中国、高瓴创投。其中，B轮由鼎峰资本领投，金额为8亿元。",
                  "investment")
    assert not any(m.text == "高瓴创投" for f in found for m in f.roles["investee"])


def test_each_semicolon_part_of_a_financing_history_is_its_own_round():
    found = facts("2023年3月，星澜智算完成数亿元A轮融资，由启明创投领投，蓝驰创投跟投；2024年5月，公司完成5亿元B轮融资，"
                  "蓝驰创投领投，启明创投、联想创投参与。", "investment")
    by_round = {f.qualifiers.get("round"): f for f in found}
    assert set(by_round) == {"A轮", "B轮"}
    assert roles(by_round["A轮"])["investor"] == ["启明创投", "蓝驰创投"]
    assert by_round["A轮"].amount.text == "数亿元" and by_round["A轮"].date.text == "2023年3月"
    assert roles(by_round["B轮"])["investor"] == ["蓝驰创投", "启明创投", "联想创投"]
    assert by_round["B轮"].amount.text == "5亿元"


def test_names_joining_a_round_with_a_bare_canyu_join_it_and_a_name_ends_before_canyu():
    assert "联想创投" in mention_texts("启明创投、联想创投参与。")
    f = one("星澜智算完成5亿元B轮融资，由蓝驰创投领投，联想创投参与，资金将用于研发。", "investment")
    assert roles(f)["investor"] == ["蓝驰创投", "联想创投"]
    f = one("星澜智算完成5亿元B轮融资，由蓝驰创投领投，联想创投参与了产品研发。", "investment")
    assert roles(f)["investor"] == ["蓝驰创投"]


def test_a_valuation_is_no_money_raised_and_a_round_without_a_figure_is_still_a_round():
    assert facts("星动纪元正在筹备新一轮融资，本轮估值可能超过百亿元。", "financial") == []
    f = one("星动纪元正在筹备新一轮融资，本轮估值可能超过百亿元。", "investment")
    assert f.modality == "planned" and f.amount is None
    f = one("澜舟智能完成新一轮融资，投后估值达50亿元。", "investment")
    assert roles(f)["investee"] == ["澜舟智能"] and f.amount is None and f.qualifiers["round"] == "新一轮"
    assert facts("澜舟智能完成新一轮融资，投后估值达50亿元。", "financial") == []
    [g] = facts("澜舟智能完成新一轮融资，金额为5亿元，投后估值达50亿元。", "financial")
    assert g.qualifiers["value"].text == "5亿元"


def test_profits_promised_in_a_deal_s_terms_are_expected_not_reported():
    found = facts("根据业绩承诺，交易对方承诺启芯微电子2025年至2027年的净利润分别不低于6000万元、8000万元和1亿元。",
                  "financial")
    assert len(found) == 3 and {f.modality for f in found} == {"expected"}
    [f] = facts("启芯微电子2024年实现净利润4100万元。", "financial")
    assert f.modality == "asserted"


def test_the_holders_listed_after_all_shareholders_of_a_target_hold_it_and_sell_it():
    text = ("润和芯科发布公告称，公司拟购买启芯微电子100%股权，交易作价为18.6亿元。本次交易的交易对方为启芯微电子的全体股东，"
            "包括创始人赵晓峰、苏州元禾控股以及深创投等。")
    held = facts(text, "shareholding")
    assert sorted(roles(f)["holder"][0] for f in held) == sorted(["赵晓峰", "苏州元禾控股", "深创投"])
    assert {roles(f)["company"][0] for f in held} == {"启芯微电子"}
    deal = one(text, "acquisition")
    assert roles(deal)["seller"] == ["赵晓峰", "苏州元禾控股", "深创投"]
    assert facts("本次交易的交易对方为启芯微电子的股东。", "shareholding") == []


def test_a_field_of_business_invested_in_is_no_company():
    assert facts("鼎峰资本表示，未来三年将继续加大对具身智能和算力基础设施的投资。", "investment") == []


def test_an_investor_s_part_in_a_company_s_round_and_its_holding_of_that_company():
    text = ("深醒科技在2022年被商汤科技收购。2023年，鼎峰资本又投资了月之暗面。据了解，鼎峰资本在月之暗面的Pre-A轮中"
            "投资约2000万美元，目前持有其约3%的股份。")
    assert "Pre-A" not in mention_texts(text)  # a round's name
    part = [f for f in facts(text, "investment") if f.amount is not None]
    assert [(roles(f), f.amount.text, f.qualifiers["round"]) for f in part] == [
        ({"investor": ["鼎峰资本"], "investee": ["月之暗面"]}, "约2000万美元", "Pre-A轮")]
    [held] = facts(text, "shareholding")
    assert names(held, "holder") == ["鼎峰资本"] and names(held, "company") == ["月之暗面"]
    assert held.stake.text == "约3%"
    assert facts("腾讯在星澜智算的B轮融资中领投5亿元。", "financial") == []  # one investor's part, not the round's


def test_the_sole_investor_of_a_round():
    f = one("其中，青禾机器人的A轮融资由鼎峰资本独家投资，金额为1.5亿元。", "investment")
    assert roles(f) == {"investor": ["鼎峰资本"], "investee": ["青禾机器人"]} and f.amount.text == "1.5亿元"
    f = one("青禾机器人完成A轮融资，由鼎峰资本独家投资。", "investment")
    assert roles(f) == {"investor": ["鼎峰资本"], "investee": ["青禾机器人"]}


def test_a_customer_ranked_for_the_company_written_about():
    text = ("青禾机器人对大客户依赖较高。报告期内，公司来自前五大客户的收入占比分别为58.2%、61.5%和63.4%，"
            "其中比亚迪为公司第一大客户。")
    f = one(text, "purchase")
    assert roles(f) == {"buyer": ["比亚迪"], "supplier": ["青禾机器人"]}


def test_the_share_of_revenue_coming_from_a_customer_named_after_laizi():
    f = one("墨芯科技2024年营收为4.6亿元，其中来自阿里云的收入占比超过40%。", "purchase")
    assert roles(f) == {"buyer": ["阿里云"], "supplier": ["墨芯科技"]}
    assert f.qualifiers["share_of_revenue"].text == "超过40%"
    assert facts("墨芯科技来自海外的收入占比为41.2%。", "purchase") == []  # a market, no customer
    f = one("墨芯科技来自第一大客户星河汽车的收入占比为41.2%。", "purchase")  # read once, by the rank
    assert roles(f)["buyer"] == ["星河汽车"]


def test_a_round_followed_in_a_clause_with_a_carried_subject():
    found = facts("2023年，腾讯参与了智谱AI的B+轮融资，同年又跟投了百川智能的A轮融资。", "investment")
    assert [(roles(f)["investor"], roles(f)["investee"], f.qualifiers["round"]) for f in found] == [
        (["腾讯"], ["智谱AI"], "B+轮"), (["腾讯"], ["百川智能"], "A轮")]
    assert facts("同年又跟投了百川智能的A轮融资。", "investment") == []  # nobody named who follows


def test_a_founder_named_after_a_description_ending_in_de():
    f = one("星澜智算成立于2022年4月，创始人兼CEO为清华大学计算机系毕业的林则远，此前曾在百度任职。", "founding")
    assert roles(f) == {"founder": ["林则远"], "company": ["星澜智算"]} and f.date.text == "2022年4月"
    assert facts("星澜智算的创始人是一位很有经验的工程师。", "founding") == []


def test_a_joint_venture_set_up_with_le_names_its_venture_and_holders():
    text = "此外，墨芯科技还与中科曙光成立了合资公司“曙芯智算”，注册资本5亿元，墨芯科技持股51%，中科曙光持股49%。"
    jv = one(text, "partnership")
    assert roles(jv) == {"party": ["墨芯科技", "中科曙光"], "result": ["曙芯智算"]}
    held = {roles(f)["holder"][0]: (roles(f)["company"], f.stake.text) for f in facts(text, "shareholding")}
    assert held == {"墨芯科技": (["曙芯智算"], "51%"), "中科曙光": (["曙芯智算"], "49%")}


def test_compute_supplied_to_a_named_buyer_is_its_purchase():
    f = one("墨芯科技将向智谱AI提供算力租赁服务，首期合同金额为3.5亿元。", "purchase")
    assert roles(f) == {"buyer": ["智谱AI"], "supplier": ["墨芯科技"]}
    assert f.amount.text == "3.5亿元" and f.modality == "planned"
    assert facts("腾讯还通过腾讯云为被投企业提供算力支持。", "purchase") == []  # no buyer named


def test_an_unnamed_buyer_described_with_mou_buys_nothing_named():
    f = one("哈勃投资持股6.5%。今年8月曾有消息称，某互联网大厂拟以40亿元收购芯澜科技控股权，但芯澜科技随即发布声明称，"
            "上述消息纯属谣言。", "acquisition")
    assert roles(f)["acquirer"] == [] and f.modality == "denied"


def test_figures_listed_after_fenbie_a_verb_and_the_metric_go_year_by_year():
    found = facts("2022年至2024年，芯澜科技分别实现营业收入1.3亿元、3.1亿元和5.4亿元。", "financial")
    assert [(f.qualifiers["value"].text, f.qualifiers["period"].text) for f in found] == [
        ("1.3亿元", "2022年"), ("3.1亿元", "2023年"), ("5.4亿元", "2024年")]


def test_qi_after_xiang_or_a_verb_of_taking_is_the_company_the_clause_before_names():
    f = [x for x in facts("芯澜科技的第一大客户为浪潮信息。在供应端，公司主要向台积电采购晶圆代工服务，2024年向其采购金额为"
                          "2.2亿元。", "purchase") if x.amount is not None]
    assert [names(x, "supplier") for x in f] == [["台积电"]]


def test_a_partner_joined_with_lianhe_invests_beside_the_subject():
    text = "2023年，深创投领投了青禾机器人5亿元的B+轮融资；2024年，又联合高瓴创投向灵犀智能注资3亿元，取得其约8%的股权。"
    [f] = [x for x in facts(text, "investment") if names(x, "investee") == ["灵犀智能"]]
    assert names(f, "investor") == ["深创投", "高瓴创投"] and f.amount.text == "3亿元"
    assert not any("深创投" in names(x, "target") for x in facts(text, "acquisition"))
    f = one("2024年，深创投又联合高瓴创投向灵犀智能注资3亿元。", "investment")
    assert names(f, "investor") == ["深创投", "高瓴创投"]


def test_investors_joining_the_round_of_the_company_written_about():
    text = ("2021年，芯澜科技完成由红杉中国领投的B轮融资；2023年，哈勃投资、澜湖产业投资基金共同参与了公司C轮融资，"
            "本轮融资金额为12亿元，投后估值为80亿元。")
    by_round = {f.qualifiers["round"]: f for f in facts(text, "investment")}
    assert names(by_round["C轮"], "investee") == ["芯澜科技"]
    assert names(by_round["C轮"], "investor") == ["哈勃投资", "澜湖产业投资基金"]
    assert by_round["C轮"].qualifiers["valuation"].text == "80亿元"
    assert "valuation" not in by_round["B轮"].qualifiers  # the value of the later round, past the ；
    assert {names(f, "company")[0] for f in facts(text, "financial")} == {"芯澜科技"}


def test_a_topic_before_fangmian_is_no_party():
    text = "芯澜科技成立于2019年。股权结构方面，周牧川直接持有公司18.6%的股份。"
    assert "股权结构" not in mention_texts(text)
    [f] = facts(text, "shareholding")
    assert names(f, "company") == ["芯澜科技"]
    assert "人工智能产业基金进行布局" not in mention_texts("深创投还通过旗下的人工智能产业基金进行布局。")


def test_a_founder_after_you_and_what_the_founder_was():
    f = one("芯澜科技成立于2019年，由前海思芯片架构师周牧川创办。", "founding")
    assert roles(f) == {"founder": ["周牧川"], "company": ["芯澜科技"]}
    assert facts("该项目由前海思芯片架构师负责管理。", "founding") == []


def test_a_ranked_holder_of_the_company_written_about_keeps_its_stake():
    f = one("芯澜科技完成上市。哈勃投资持股6.5%，为公司第二大股东。", "shareholding")
    assert names(f, "company") == ["芯澜科技"] and f.stake.text == "6.5%" and f.qualifiers["rank"] == "second"
    found = facts("芯澜科技完成上市。哈勃投资持股6.5%，为第三大股东；澜湖产业投资基金持股5.1%。", "shareholding")
    assert {(names(f, "holder")[0], f.stake.text) for f in found} == {("哈勃投资", "6.5%"),
                                                                    ("澜湖产业投资基金", "5.1%")}
    assert next(f for f in found if names(f, "holder") == ["哈勃投资"]).qualifiers["rank"] == "third"


def test_the_stake_left_after_a_sale_is_a_holding_and_a_sale_alone_is_none():
    f = one("2024年，腾讯减持了对商汤科技的持股，持股比例从3.1%降至2.2%。", "shareholding")
    assert roles(f) == {"holder": ["腾讯"], "company": ["商汤科技"]} and f.stake.text == "2.2%"
    assert f.qualifiers["as_of"].text == "2024年"
    assert one("高毅资产减持星河科技500万股，持股比例降至4.99%。", "shareholding").stake.text == "4.99%"
    assert facts("腾讯减持了商汤科技。", "shareholding") == []


def test_kinds_of_investors_are_no_names():
    assert mention_texts("深创投将所持优必选2.1%的股份转让给了一家香港投资机构。") == ["深创投", "优必选"]
    assert mention_texts("作为国内头部国资创投机构，深创投持续加码。") == ["深创投"]


def test_a_medium_named_between_ju_and_baodao_reports_and_a_deal_that_failed_is_negated():
    f = one("据36氪报道，阿里巴巴已于上月完成对星澜智算的投资，但阿里巴巴方面尚未回应。", "investment")
    assert f.modality == "reported"
    assert one("据公司公告，星澜智算已完成对深醒科技的收购。", "acquisition").modality == "asserted"
    assert one("市场一度传出商汤科技将收购深醒科技，但该交易最终未能达成。", "acquisition").modality == "negated"


def test_an_old_shareholder_listed_among_followers_and_founders_before_gongtong():
    f = one("澜思智能完成新一轮融资。本轮由阿里巴巴领投，腾讯、红杉中国和老股东高瓴创投跟投。", "investment")
    assert roles(f)["investor"] == ["阿里巴巴", "腾讯", "红杉中国", "高瓴创投"]
    f = one("澜思智能由前谷歌研究员宋知远与前字节跳动技术副总裁吴衡共同创立。", "founding")
    assert roles(f)["founder"] == ["宋知远", "吴衡"]


def test_an_angel_round_keeps_its_own_date_and_a_round_s_name_is_no_party():
    text = ("澜思智能近日完成新一轮约7亿美元融资。本轮由阿里巴巴领投，腾讯跟投。成立不到三个月，澜思智能即获得了由启明创投"
            "和奇绩创坛联合领投的5000万美元天使轮融资。据悉，天使轮投资方奇绩创坛将所持部分股份转让给了阿里巴巴。")
    angel = next(f for f in facts(text, "investment") if f.qualifiers.get("round") == "天使轮"
                 and roles(f)["investor"] == ["启明创投", "奇绩创坛"])
    assert angel.date is None
    assert "天使轮" not in mention_texts(text)
    sale = one(text, "acquisition")
    assert roles(sale) == {"acquirer": ["阿里巴巴"], "target": ["澜思智能"], "seller": ["奇绩创坛"]}


def test_becoming_the_company_s_third_shareholder_after_holding_names_no_reversed_holding():
    found = facts("本轮融资后，鼎峰资本将持有星澜智算约8%的股份，成为公司第三大股东。", "shareholding")
    assert [(names(f, "holder"), names(f, "company")) for f in found] == [(["鼎峰资本"], ["星澜智算"])]


def test_counted_portfolio_companies_listing_are_not_their_investor_and_ai_after_a_name_is_a_word():
    text = "截至目前，鼎峰资本AI投资组合中已有4家企业完成上市。王澄透露，鼎峰资本目前正在与多家企业洽谈投资。"
    assert "鼎峰资本AI" not in mention_texts(text)
    assert facts(text, "listing") == [] and facts(text, "investment") == []
    assert "智谱AI" in mention_texts("智谱AI完成新一轮融资。")


def test_touzifang_mian_names_no_investors():
    assert facts("腾讯投资方面表示，未来将继续关注具身智能。", "investment") == []


def test_a_follower_of_a_round_described_before_it_does_not_raise_it():
    text = "青禾机器人完成由鼎峰资本领投、海棠基金跟投的数亿元A+轮融资。"
    assert {names(f, "company")[0] for f in facts(text, "financial")} == {"青禾机器人"}
    f = one(text, "investment")
    assert names(f, "investee") == ["青禾机器人"] and names(f, "investor") == ["鼎峰资本", "海棠基金"]


def test_touzi_ending_a_unit_named_in_apposition_is_no_deal():
    f = one("润和芯科全资子公司润和投资以现金3亿元收购启芯微电子60%股权。", "acquisition")
    assert names(f, "acquirer") == ["润和投资"]
    assert facts("润和芯科全资子公司润和投资以现金3亿元收购启芯微电子60%股权。", "investment") == []


def test_investors_added_with_hai_baokuo():
    f = one("澜思智能的投资方还包括红杉中国和高瓴创投。", "investment")
    assert roles(f) == {"investor": ["红杉中国", "高瓴创投"], "investee": ["澜思智能"]}


def test_a_round_s_lead_named_as_a_noun():
    f = one("据悉，星澜智算本轮融资的领投方为鼎峰资本。", "investment")
    assert roles(f) == {"investor": ["鼎峰资本"], "investee": ["星澜智算"]} and f.modality == "reported"
    f = one("星澜智算完成B轮融资，跟投机构包括海棠基金和云岫创投。", "investment")
    assert roles(f) == {"investor": ["海棠基金", "云岫创投"], "investee": ["星澜智算"]}


def test_a_company_s_shareholder_named_after_wei():
    f = one("昆仑芯的控股股东为百度，持股比例约59%。", "shareholding")
    assert roles(f) == {"holder": ["百度"], "company": ["昆仑芯"]}
    assert f.stake.text == "约59%" and f.qualifiers["rank"] == "controlling"
    found = facts("昆仑芯的股东为百度和小米。", "shareholding")
    assert sorted(roles(f)["holder"][0] for f in found) == ["小米", "百度"]


def test_the_company_a_founder_holds_is_the_one_named_before_the_title():
    f = one("星澜智算创始人林则远持有公司32%的股份。", "shareholding")
    assert names(f, "holder") == ["林则远"] and names(f, "company") == ["星澜智算"] and f.stake.text == "32%"


def test_a_quality_noun_listed_like_names_is_no_name():
    assert mention_texts("公司需说明向星澜科技采购的必要性、公允性及合理性。") == ["星澜科技"]


def test_yue_or_ri_inside_a_name_is_no_date_and_a_merged_company_named_after_mingwei():
    assert "澜月科技" in mention_texts("，澜月科技宣布完成融资。")
    assert "旭日能源" in mention_texts("旭日能源发布公告。")
    assert "星澜科技" in mention_texts("今年3月星澜科技宣布完成融资。")
    assert "星澜科技" in mention_texts("同月星澜科技宣布完成融资。")
    f = one("星澜智算和月之暗面宣布合并，合并后的新公司名为澜月科技。", "merger")
    assert roles(f) == {"part": ["星澜智算", "月之暗面"], "result": ["澜月科技"]}


def test_a_name_then_a_kind_of_its_products_is_the_name_and_customers_named_after_weii():
    text = "2024年，宇行机器人人形机器人出货量约为1200台，主要客户为比亚迪、蔚来等车企。"
    assert "宇行机器人人形机器人" not in mention_texts(text)
    assert names(one(text, "financial"), "company") == ["宇行机器人"]
    found = facts(text, "purchase")  # a customer buys from the company (README: Customers)
    assert {roles(f)["buyer"][0] for f in found} == {"比亚迪", "蔚来"}
    assert {roles(f)["supplier"][0] for f in found} == {"宇行机器人"} and not facts(text, "partnership")


def test_he_after_touzi_opens_no_person():
    assert mention_texts("云岫控股主要从事数据中心投资和运营。") == ["云岫控股"]
    assert mention_texts("其中部分费用将以本轮投资方提供的云服务抵扣。") == []  # 投资方 is a noun, 方 no surname
    assert "葛青东" in mention_texts("混沌资产葛青东在三季度新进星河科技。")


def test_a_controlling_holder_selling_its_shares_of_the_company_by_agreement():
    f = one("星河科技控股股东王澜拟将其持有的公司29.9%股份转让给云岫控股，交易总价约为21.6亿元。", "acquisition")
    assert roles(f) == {"acquirer": ["云岫控股"], "target": ["星河科技"], "seller": ["王澜"]}
    assert f.stake.text == "29.9%" and f.amount.text == "约为21.6亿元" and f.modality == "planned"
    f = one("芯动科技晚间公告，公司控股股东张立文及其一致行动人与云岫控股签署了《股份转让协议》，拟将其合计持有的公司"
            "29.9%股份转让给云岫控股，转让价格为每股38.5元，交易总价约为21.6亿元。", "acquisition")
    assert roles(f) == {"acquirer": ["云岫控股"], "target": ["芯动科技"], "seller": ["张立文"]}
    assert f.amount.text == "约为21.6亿元"  # past the price of a share


def test_shares_sold_to_a_buyer_described_but_not_named():
    f = one("深创投通过协议转让方式，将所持优必选2.1%的股份转让给了一家香港投资机构，转让价款约为4.5亿港元。",
            "acquisition")
    assert roles(f) == {"acquirer": [], "target": ["优必选"], "seller": ["深创投"]}
    assert f.stake.text == "2.1%" and f.amount.text == "约为4.5亿港元"
    assert facts("深创投将部分资产转让给了一家香港公司。", "acquisition") == []


def test_a_rumour_word_opens_no_name():
    f = one("网传星澜智算获得腾讯10亿元投资，记者向星澜智算求证，对方表示“以公司公告为准”。", "investment")
    assert roles(f) == {"investor": ["腾讯"], "investee": ["星澜智算"]} and f.modality == "rumored"


def test_a_founder_s_title_before_a_denial_is_still_a_founding():
    f = one("星澜智算创始人林则远在朋友圈辟谣称，公司并未出售任何股权给字节跳动。", "founding")
    assert f.modality == "asserted"
    assert facts("星澜智算创始人林则远在朋友圈辟谣称，公司并未出售任何股权给字节跳动。", "acquisition") == []


def test_half_of_a_lead_s_money_given_as_compute_is_a_mixed_consideration():
    f = one("澜思智能近日完成新一轮约7亿美元融资。本轮由阿里巴巴领投，腾讯跟投。知情人士透露，阿里巴巴的出资中约一半以"
            "阿里云算力的形式提供。", "investment")
    assert f.qualifiers["consideration"] == "mixed"


def test_one_figure_said_of_each_company_with_jun():
    found = facts("其中，腾讯对月之暗面、百川智能和智谱AI的累计投资均超过10亿元。", "investment")
    assert [(roles(f)["investee"], f.amount.text) for f in found] == [
        (["月之暗面"], "超过10亿元"), (["百川智能"], "超过10亿元"), (["智谱AI"], "超过10亿元")]
    found = facts("星澜资本以3.5亿元收购澄川科技和青松科技。", "acquisition")
    assert [f.amount.text if f.amount else None for f in found] == ["3.5亿元", None]  # one price for both

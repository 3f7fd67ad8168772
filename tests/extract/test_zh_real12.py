"""Chinese constructions met while reading real published news on AI, chip, robot and car companies (round 12):
each test is the team's own sentence with the same structure as the real one, with other names and numbers."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


# --- listing stages --------------------------------------------------------------------------------------------

def test_a_listing_committee_review_passed_is_an_approval_not_a_listing():
    for text in ("5月8日，深圳星澜半导体股份有限公司顺利通过科创板上市委审议，下一步将提交注册。",
                 "青禾芯片的创业板IPO昨日经上市委会议审议获通过。"):
        assert one(text, "listing").qualifiers["stage"] == "approved", text
    assert one("青禾芯片于2024年3月在科创板上市。", "listing").qualifiers["stage"] == "listed"


# --- sellers named by their relation to the buyer ------------------------------------------------------------

def test_a_relation_before_the_sellers_is_no_part_of_a_name_and_the_company_after_held_is_bought():
    fact = one("星河科技拟以现金人民币300万元收购关联方张伟先生、李强先生、王刚先生合计持有的杭州云帆微电子有限公司"
               "（以下简称“云帆微”）100%的股权。", "acquisition")
    assert names(fact, "acquirer") == ["星河科技"] and names(fact, "target") == ["杭州云帆微电子有限公司"]
    assert fact.stake.text == "100%" and fact.modality == "planned"
    found = [m for f in facts("星河科技拟以现金人民币300万元收购关联方张伟先生、李强先生合计持有的杭州云帆微电子有限公司"
                              "100%的股权。") for ms in f.roles.values() for m in ms]
    assert not any("关联方" in m.text or m.text.endswith("先生") for m in found)


def test_a_firm_named_after_its_relation_sells_what_it_holds():
    fact = one("星河科技拟收购控股股东杭州海川投资合伙企业（有限合伙）持有的浙江云帆机器人技术股份有限公司85%股份。",
               "acquisition")
    assert names(fact, "target") == ["浙江云帆机器人技术股份有限公司"]
    assert names(fact, "seller") == ["杭州海川投资合伙企业"]


# --- a round's backers after 由 … 联合投资 / 共同投资 ----------------------------------------------------------------

def test_backers_named_after_you_and_before_jointly_invested_are_the_rounds_investors():
    fact = one("星河智能本轮融资由青松基金、澜石资本联合投资。", "investment")
    assert names(fact, "investor") == ["青松基金", "澜石资本"] and names(fact, "investee") == ["星河智能"]
    fact = one("近日，云帆机器人完成新一轮融资，由明川创投、海澜资本和北辰投资共同投资。", "investment")
    assert names(fact, "investor") == ["明川创投", "海澜资本", "北辰投资"]
    assert names(fact, "investee") == ["云帆机器人"]


def test_jointly_invested_without_you_is_no_round_and_as_a_manner_is_no_investment():
    fact = one("青松基金与澜石资本联合投资了星河智能。", "investment")
    assert names(fact, "investor") == ["青松基金", "澜石资本"] and names(fact, "investee") == ["星河智能"]
    assert facts("星河集团还将以联合投资的形式参与到澜石影业此后的电影项目中。", "investment") == []


# --- fund names ending in 成长基金 / 创新基金 / 发展基金 -------------------------------------------------------------

def test_a_fund_name_runs_past_an_inner_ending_to_its_fund_word():
    fact = one("云帆科技完成5亿元C轮融资，投资方包括海淀科技成长基金、湖州数字产业发展投资基金、东风集团及美团。",
               "investment")
    assert names(fact, "investor") == ["海淀科技成长基金", "湖州数字产业发展投资基金", "东风汽车集团", "美团"]
    fact = one("星河智能本轮融资由青松科技发展基金领投，澜石资本跟投。", "investment")
    assert names(fact, "investor") == ["青松科技发展基金", "澜石资本"]


# --- a plan changed after one is called off ----------------------------------------------------------------------

def test_the_plan_that_replaces_a_terminated_one_is_planned_not_negated():
    fact = one("星河股份决定终止本次发行股份购买资产事项，拟变更为以现金5亿元购买澜石机电100%股权。", "acquisition")
    assert names(fact, "target") == ["澜石机电"] and fact.modality == "planned"
    assert fact.amount.text == "5亿元"
    assert one("星河股份决定终止收购澜石机电100%股权。", "acquisition").modality == "negated"


def test_a_person_after_a_relation_and_before_an_honorific_sells_what_the_person_holds():
    for text, seller in (("星河科技拟以现金500万元收购关联方张伟先生持有的杭州云帆微电子有限公司30%的股权。", "张伟"),
                         ("星河科技拟以现金500万元收购控股股东王澜女士持有的杭州云帆微电子有限公司30%的股权。", "王澜")):
        fact = one(text, "acquisition")
        assert names(fact, "seller") == [seller] and names(fact, "target") == ["杭州云帆微电子有限公司"], text


# --- a fund seen on the investor list --------------------------------------------------------------------------

def test_a_name_that_appears_on_the_investor_list_backs_the_round_and_is_not_invested_in():
    fact = one("上月，星河智能宣布拿到约3亿元新融资，投资名单上还出现了青禾基金。", "investment")
    assert names(fact, "investor") == ["青禾基金"] and names(fact, "investee") == ["星河智能"]
    fact = one("云帆科技完成B轮融资，投资方名单中出现了青松资本和澜石创投。", "investment")
    assert names(fact, "investor") == ["青松资本", "澜石创投"] and names(fact, "investee") == ["云帆科技"]

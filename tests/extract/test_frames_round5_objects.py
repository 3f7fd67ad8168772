"""Round 5, objects of deals: what a deal buys and what it pays, read by Chinese grammar. Sentences written by the
team; the companies are invented."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


# --- one deal, read once: money spent on a deal the next verb names ---------------------------------------------

def test_money_invested_to_acquire_is_one_acquisition():
    f = one("去年底，星海控股投资了80亿元收购了澜舟科技30%的股份。", "acquisition")
    assert names(f, "acquirer") == ["星海控股"] and names(f, "target") == ["澜舟科技"]
    assert f.amount is not None and f.amount.text == "80亿元"
    assert not facts("去年底，星海控股投资了80亿元收购了澜舟科技30%的股份。", "investment")


def test_capital_increase_to_acquire_is_one_acquisition():
    text = "云帆股份拟增资收购北辰牧业70%股权。"
    assert names(one(text, "acquisition"), "target") == ["北辰牧业"]
    assert not facts(text, "investment")


def test_an_investment_with_its_own_object_stays():
    f = one("星海控股投资了澜舟科技，金额约3亿元。", "investment")
    assert names(f, "investee") == ["澜舟科技"]


# --- 投资 ending a company's name ----------------------------------------------------------------------------------

def test_investment_company_holding_shares_is_no_investment():
    text = "公司以2.1亿元的价格，收购青石投资所持澜舟科技60%股权。"
    assert not facts(text, "investment")
    f = one(text, "acquisition")
    assert names(f, "target") == ["澜舟科技"]


def test_investment_company_as_subject_is_no_investment():
    assert not facts("他旗下的云杉投资近期也减持了北辰电子1.2%的股权。", "investment")
    assert not facts("远岫集团与青石投资就收购澜舟科技全部股权的方案达成一致。", "investment")


def test_quoted_short_name_ending_in_investment_is_no_investment():
    assert not facts("北辰电子公告称，南通青石投资有限公司（以下简称“青石投资”）披露了其减持计划。", "investment")


# --- 对B…进行投资: what receives the money, past the means, the bounds and the kind of investment -------------------

def test_investment_in_a_company_within_bounds_and_of_a_kind():
    f = one("董事会同意对澄江物流股份有限公司在持股3%以内进行财务投资。", "investment")
    assert names(f, "investee") == ["澄江物流股份有限公司"]


def test_investment_by_a_means_names_the_recipient_before_it():
    f = one("青岚资本拟对澄江物流有限公司以可转换债权的形式进行投资。", "investment")
    assert names(f, "investee") == ["澄江物流有限公司"] and names(f, "investor") == ["青岚资本"]


def test_described_recipient_of_a_share_investment():
    f = one("募集资金将用于对德国精密仪器企业Hallberg的股权投资。", "investment")
    assert names(f, "investee") == ["Hallberg"]


def test_unit_of_a_parent_receives_the_investment():
    f = one("远岫矿业拟对Aurelia旗下锂矿项目公司Pampa Lithium进行项目公司层面投资。", "investment")
    assert names(f, "investee") == ["Pampa Lithium"]


def test_a_company_after_dui_that_the_verb_does_not_reach_receives_nothing():
    assert not facts("星海集团对澄江物流表示感谢，并宣布了新的投资计划。", "investment")


# --- stocks named by a ranking or a list: 增持最多的是A, 其次是B和C，分别增持… ------------------------------------------

def test_stock_ranked_first_is_bought():
    f = one("三季度，星海资本增持股份最多的是澄江电子，增持1.2亿股。", "investment")
    assert names(f, "investee") == ["澄江电子"] and names(f, "investor") == ["星海资本"]


def test_stocks_listed_next_in_a_ranking_are_each_bought():
    found = facts("增持最多的是澄江电子；其次是远岫科技和青岚股份，分别增持0.5亿股和0.4亿股。", "investment")
    assert sorted(n for f in found for n in names(f, "investee")) == ["澄江电子", "远岫科技", "青岚股份"]


def test_stocks_listed_before_a_passive_buy_are_bought():
    found = facts("紧随其后的是澄江电子、远岫科技和青岚股份，分别被增持2.1亿股、1.5亿股和0.9亿股。", "investment")
    assert sorted(n for f in found for n in names(f, "investee")) == ["澄江电子", "远岫科技", "青岚股份"]
    assert all(not f.roles["investor"] for f in found)


def test_stocks_listed_after_the_bought_are_read_once():
    found = facts("该基金三季度增持的个股仅有澄江电子和远岫科技，分别增持300万股和120万股。", "investment")
    assert sorted(n for f in found for n in names(f, "investee")) == ["澄江电子", "远岫科技"]


def test_buyers_listed_before_each_buying_are_no_stocks():
    found = facts("星海集团旗下的澄江投资和远岫资本分别增持1.6亿股和3.2亿股。", "investment")
    assert all(n not in ("澄江投资", "远岫资本") for f in found for n in names(f, "investee"))


def test_holders_ranked_next_buy():
    found = facts("增持最多的股东是星海资本；其次是澄江投资和远岫资本，分别增持0.5亿股和0.4亿股。", "investment")
    assert all(n not in ("澄江投资", "远岫资本") for f in found for n in names(f, "investee"))


# --- 获得B 30%的股权: a share obtained is a deal only when the share of a company follows ---------------------------

def test_obtaining_a_share_of_a_company_is_an_acquisition():
    f = one("远岫资本打算以12亿元获得澄江电子35%的股权。", "acquisition")
    assert names(f, "acquirer") == ["远岫资本"] and names(f, "target") == ["澄江电子"]
    assert f.amount is not None and f.amount.text == "12亿元"


def test_shares_obtained_by_the_investment_just_read_are_one_deal():
    text = "星海集团向澄江电子增资，获得澄江电子增资后30%的股权。"
    assert names(one(text, "investment"), "investee") == ["澄江电子"]
    assert not facts(text, "acquisition")


def test_obtaining_approval_or_funding_is_no_acquisition():
    assert not facts("澄江基金上月获得了监管部门对其股权结构调整的批准。", "acquisition")
    assert not facts("澄江电子获得远岫资本5亿元投资，远岫资本持有其股份。", "acquisition")
    assert not facts("澄江电子可以获得远岫科技股份对价的50%，金额为3亿元。", "acquisition")


# --- the price named in a later clause ----------------------------------------------------------------------------

def test_consideration_named_as_daijia_in_a_later_clause_is_the_price():
    f = one("远岫地产将收购澄江城建持有的青石置业60%股权，代价为8.6亿元。", "acquisition")
    assert names(f, "target") == ["青石置业"]
    assert f.amount is not None and f.amount.text == "8.6亿元"

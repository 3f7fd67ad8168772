"""Facts whose parties are found but whose wording was not read (sentences written by the team, invented names)."""

from __future__ import annotations

from tests.extract.readers import facts, figures, names, one


# 此前星衡被曝…: a word of time or connection glued to a bare name at a clause's opening is no part of the name


def test_a_time_word_glued_to_the_buyer_leaves_the_buyer():
    deal = one("此前星衡被曝以5亿元收购澄芯。", "acquisition")
    assert names(deal, "acquirer") == ["星衡"]
    assert deal.modality == "reported"


def test_a_connective_glued_to_the_buyer_leaves_the_buyer():
    assert names(one("然而岚光拟以3亿元收购澄芯。", "acquisition"), "acquirer") == ["岚光"]
    assert names(one("随后青禾以2亿元入股澄芯。", "investment"), "investor") == ["青禾"]
    assert names(one("最终岚序以4亿元收购澄芯。", "acquisition"), "acquirer") == ["岚序"]


def test_a_word_of_an_era_is_not_taken_for_a_time_before_the_name():
    deal = one("未来星衡以5亿元收购澄芯。", "acquisition")
    assert names(deal, "acquirer") != ["星衡"]


# 星衡营收3亿元: a company's results right after its bare name, no date between


def test_results_right_after_a_bare_name_are_the_names():
    assert figures("星衡营收3亿元。") == [("星衡", "revenue", "asserted", "3亿元", None)]
    assert figures("澄芯净利润亏损2亿元。") == [("澄芯", "net_loss", "asserted", "2亿元", None)]
    assert [f[0] for f in figures("其中岚序营收3亿元，澄芯营收2亿元。")] == ["岚序", "澄芯"]


def test_results_after_a_relative_date_stay_read():
    assert figures("星衡去年净利润亏损2亿元。") == [("星衡", "net_loss", "asserted", "2亿元", "2024")]


def test_a_kind_of_figure_before_the_metric_is_no_company():
    assert figures("单季营收3亿元。") == []
    assert figures("手机营收3亿元。") == []
    assert figures("星衡营收增长迅速。") == []


# 由X管理的Y基金 / Y基金（由X管理）: the fund invests; its manager only describes it


def test_the_fund_a_manager_runs_invests_not_the_manager():
    text = "澄星电子完成2亿元B轮融资，由青禾资本管理的岚山成长基金领投。"
    assert names(one(text, "investment"), "investor") == ["岚山成长基金"]
    passive = one("澄星电子获青禾资本管理的岚山成长基金2亿元投资。", "investment")
    assert names(passive, "investor") == ["岚山成长基金"]


def test_a_managed_fund_opens_the_list_of_a_rounds_investors():
    text = "澄星电子完成2亿元B轮融资，投资方包括青禾资本管理的岚山成长基金、岚州创投。"
    assert names(one(text, "investment"), "investor") == ["岚山成长基金", "岚州创投"]


def test_an_aside_naming_the_manager_leaves_the_fund_leading_the_round():
    text = "澄星电子完成2亿元B轮融资，岚山成长基金（由青禾资本管理）领投，岚州创投跟投。"
    deal = one(text, "investment")
    assert names(deal, "investee") == ["澄星电子"]
    assert names(deal, "investor") == ["岚山成长基金", "岚州创投"]


def test_a_managed_fund_holds_the_stake():
    held = one("青禾资本管理的岚山成长基金持有澄星电子20%股权。", "shareholding")
    assert names(held, "holder") == ["岚山成长基金"]


# 收购部分X股权 / 收购X部分股权: X is bought (部分 after the verb read as 收购部, a department, and hid the deal)


def test_a_part_of_the_shares_before_the_name_leaves_the_deal():
    deal = one("岚州控股收购部分澄星电子股权。", "acquisition")
    assert (names(deal, "acquirer"), names(deal, "target")) == (["岚州控股"], ["澄星电子"])
    assert names(one("岚州控股拟以3亿元收购部分澄芯股权。", "acquisition"), "target") == ["澄芯"]
    assert names(one("岚州控股收购澄星电子部分股权。", "acquisition"), "target") == ["澄星电子"]


def test_the_part_is_no_part_of_the_name_before_its_shares():
    deal = one("岚州控股拟收购部分澄星电子股份。", "acquisition")
    assert names(deal, "target") == ["澄星电子"]
    assert names(one("岚州控股增持部分澄星电子股份。", "investment"), "investee") == ["澄星电子"]


def test_a_department_of_deals_is_still_no_deal():
    assert facts("岚州控股投资部负责人表示，公司看好芯片行业。", "investment") == []

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


def test_results_after_a_date_and_de_are_the_names():
    assert figures("星衡2024年的营收为3亿元。") == [("星衡", "revenue", "asserted", "3亿元", "2024")]


def test_results_after_a_relative_date_stay_read():
    assert figures("星衡去年净利润亏损2亿元。") == [("星衡", "net_loss", "asserted", "2亿元", "2024")]


def test_results_after_a_connective_glued_to_the_name_are_the_names():
    assert figures("然而星衡2024年营收仅3亿元。") == [("星衡", "revenue", "asserted", "3亿元", "2024")]


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


def test_the_fund_whose_manager_or_partner_is_named_invests():
    for role in ("担任管理人", "作为基金管理人", "担任普通合伙人"):
        text = f"澄星电子完成2亿元B轮融资，由青禾资本{role}的岚山成长基金领投。"
        assert names(one(text, "investment"), "investor") == ["岚山成长基金"]


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


def test_a_part_of_the_shares_sold_before_the_name_leaves_the_company_sold():
    sale = one("岚州控股拟出售部分澄芯股权。", "acquisition")
    assert (names(sale, "target"), names(sale, "seller")) == (["澄芯"], ["岚州控股"])
    assert names(one("岚州控股拟转让所持部分澄星电子股权。", "acquisition"), "target") == ["澄星电子"]
    assert facts("岚州控股拟出售部分资产。", "acquisition") == []


def test_a_department_of_deals_is_still_no_deal():
    assert facts("岚州控股投资部负责人表示，公司看好芯片行业。", "investment") == []


# 星衡科技是一家芯片公司，公司…: the kind after 是 describes the subject, it is no generic subject of the deal


def test_the_company_after_a_clause_describing_it_is_the_one_named():
    deal = one("星衡科技是一家芯片公司，公司去年以3亿元收购澄芯。", "acquisition")
    assert names(deal, "acquirer") == ["星衡科技"]
    assert names(one("星衡是一家芯片公司，公司去年以3亿元收购澄芯。", "acquisition"), "acquirer") == ["星衡"]
    described = one("星衡科技是国内一家领先的芯片企业，公司去年以3亿元收购澄芯。", "acquisition")
    assert names(described, "acquirer") == ["星衡科技"]


def test_a_kind_of_company_as_the_subject_stays_unnamed():
    assert names(one("一家芯片公司拟以3亿元收购澄芯。", "acquisition"), "acquirer") == []
    assert names(one("因为多家公司拟收购澄芯，其股价大涨。", "acquisition"), "acquirer") == []


# A收到B发来的《中标通知书》，确认其为…中标单位: 其 is A, who received the notice of award, not B who sent it


def test_the_pronoun_after_a_notice_of_award_is_its_receiver():
    won = one("岚尔新材收到青禾集团发来的《中标通知书》，确认其为澄江智算中心项目的中标单位。", "purchase")
    assert (names(won, "supplier"), names(won, "buyer")) == (["岚尔新材"], ["青禾集团"])


def test_the_pronoun_after_a_letter_stays_its_writer():
    text = "岚尔新材收到股东青禾集团出具的《告知函》，其已减持公司股份100万股。"
    assert names(one(text, "acquisition"), "seller") == ["青禾集团"]


# 确认公司及控股子公司B为…的中标单位: the company announcing and its unit win


def test_the_company_and_its_unit_both_win():
    text = "岚尔新材公告，公司收到青禾集团发来的《中标通知书》，确认公司及全资子公司澄星建设为澄江智算中心项目的中标单位。"
    won = facts(text, "purchase")
    assert sorted(names(f, "supplier")[0] for f in won) == ["岚尔新材", "澄星建设"]
    assert all(names(f, "buyer") == ["青禾集团"] for f in won)


# 岚州重科作为基石投资者认购…: the role the subject acts in follows its bare name


def test_a_bare_name_before_the_role_it_acts_in_is_the_buyer():
    deal = one("岚州重科作为基石投资者认购了澄星建工2000万股发售股份。", "investment")
    assert (names(deal, "investor"), names(deal, "investee")) == (["岚州重科"], ["澄星建工"])
    assert names(one("星衡作为战略投资者以2亿元入股澄芯。", "investment"), "investor") == ["星衡"]


# 张青在岚光X买下B之后…: a deal told as the time of what the clause's subject does is not that subject's


def test_a_deal_inside_a_time_phrase_with_a_subject_of_its_own_is_not_the_clause_subjects():
    text = "据披露，张青在岚光重工收购澄星电子完成以后，随即把手中的全部股份质押给了银行。"
    assert not any(names(f, "acquirer") == ["张青"] for f in facts(text, "acquisition"))


def test_a_place_after_zai_leaves_the_subject_buying():
    deal = one("岚州控股在二级市场增持澄星电子后，持股比例达到5%。", "investment")
    assert names(deal, "investor") == ["岚州控股"]


# 有消息称星衡拟…: what a source says opens a clause even with no comma after its verb


def test_a_bare_name_right_after_a_source_saying_is_the_buyer():
    rumour = one("有消息称星衡拟以5亿元收购澄芯。", "acquisition")
    assert (names(rumour, "acquirer"), rumour.modality) == (["星衡"], "rumored")
    report = one("消息称星衡拟以5亿元收购澄芯。", "acquisition")
    assert (names(report, "acquirer"), report.modality) == (["星衡"], "reported")


def test_a_bare_name_before_a_backers_verb_leads_the_round():
    deal = one("星衡领投澄芯B轮融资。", "investment")
    assert (names(deal, "investor"), names(deal, "investee")) == (["星衡"], ["澄芯"])
    assert names(one("星衡资本领投澄芯B轮融资。", "investment"), "investor") == ["星衡资本"]


def test_an_adverb_of_sequence_glued_to_the_name_is_no_part_of_it():
    assert names(one("星衡便宣布以5亿元收购澄芯。", "acquisition"), "acquirer") == ["星衡"]
    assert names(one("星衡立即宣布以5亿元收购澄芯。", "acquisition"), "acquirer") == ["星衡"]

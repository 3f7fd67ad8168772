"""rt23, wrong readings in Chinese AI-industry news: a camp named after a company (清华系独角兽) read as the company,
an outlet's scoop (独家获悉) read as the parties' own word. Sentences written for this file; the companies are invented."""

from __future__ import annotations

from tests.extract.readers import facts, roles


def test_a_camp_named_after_a_company_is_not_the_company():
    found = facts("青禾智能这家华为系AI独角兽日前宣布获得超10亿元融资，由澄川资本领投。", "investment")
    assert [(roles(f)["investee"], roles(f)["investor"]) for f in found] == [(["青禾智能"], ["澄川资本"])]
    found = facts("澄川资本宣布投资一家腾讯系公司青禾智能，金额为3亿元。", "investment")
    assert [roles(f)["investee"] for f in found] == [["青禾智能"]]
    found = facts("阿里系创业公司青禾智能近日完成2亿元融资。", "investment")
    assert [roles(f)["investee"] for f in found] == [["青禾智能"]]


def test_the_copula_keeps_the_name():
    # 系 as the copula (系一家…企业) is no camp: the company stays a party
    found = facts("青禾科技系一家AI芯片企业，澄川资本以2亿元收购青禾科技60%股权。", "acquisition")
    assert [(roles(f)["acquirer"], roles(f)["target"]) for f in found] == [(["澄川资本"], ["青禾科技"])]
    found = facts("澄川资本以2亿元收购青禾系统科技60%股权。", "acquisition")
    assert [roles(f)["target"] for f in found] == [["青禾系统科技"]]


def test_an_outlets_scoop_is_a_report():
    found = facts("《远川财经》独家获悉，青禾智能近期完成5亿元B轮融资，澄川资本领投。", "investment")
    assert [(roles(f)["investor"], f.modality) for f in found] == [(["澄川资本"], "reported")]
    # the reporter told by the company itself: stated
    found = facts("记者从青禾智能获悉，公司近期完成5亿元B轮融资，澄川资本领投。", "investment")
    assert [f.modality for f in found] == ["asserted"]


def test_this_firm_right_after_a_name_is_that_name():
    text = ("近日，澄川集团宣布战略投资北京青禾有限公司（以下简称“青禾”），金额为5亿元。"
            "就在2025年3月初，青禾这家华为系AI独角兽日前宣布获得超10亿元融资，由岚山产业基金领投。")
    found = facts(text, "investment")
    assert sorted((roles(f)["investor"][0], roles(f)["investee"][0]) for f in found) == [
        ("岚山产业基金", "青禾"), ("澄川集团", "北京青禾有限公司")]
    # a verb between the name and 这家公司: the description points back as usual, not to the subject before it
    found = facts("岚山创投宣布收购青禾智能。澄川资本投资这家公司2亿元。", "investment")
    assert [roles(f)["investor"] for f in found] == [["澄川资本"]]
    assert all(f.roles["investee"][0].canonical != "澄川资本" for f in found)


def test_the_publisher_of_a_titled_candidate_notice_buys():
    tender = "11月18日，岚山数科有限公司发布《岚山智算中心项目》招标公告，合同估算价2.4亿元。"
    won = "11月17日，青禾数联股份有限公司发布《海光整机年度集采》中标候选人，澄川电子股份有限公司以9800万元中标。"
    for text in (won, tender + won):
        found = facts(text, "purchase")
        assert [(roles(f)["buyer"], roles(f)["supplier"]) for f in found] == [
            (["青禾数联股份有限公司"], ["澄川电子股份有限公司"])]
    # a notice of another kind (a report) names no tenderer: the buyer is not its publisher
    found = facts("11月17日，青禾数联股份有限公司发布《2025年度社会责任报告》，澄川电子股份有限公司以9800万元中标岚山数科服务器采购项目。",
                  "purchase")
    assert all(roles(f)["buyer"] != ["青禾数联股份有限公司"] for f in found)


def test_a_win_told_in_a_notice_of_candidates_is_proposed():
    found = facts("青禾数联股份有限公司发布《整机年度集采》中标候选人，澄川电子股份有限公司以9800万元中标。", "purchase")
    assert [f.modality for f in found] == ["planned"]
    # a notice of the result: the award is made
    found = facts("青禾数联股份有限公司发布《整机年度集采》中标结果，澄川电子股份有限公司以9800万元中标。", "purchase")
    assert [(roles(f)["buyer"], f.modality) for f in found] == [(["青禾数联股份有限公司"], "asserted")]


def test_a_name_ends_before_this_firm():
    text = ("近日，澄川集团宣布战略投资北京青禾有限公司（以下简称“青禾”），金额为5亿元。"
            "到了3月初，青禾这家AI独角兽又宣布获得超10亿元融资，由岚山产业基金领投。")
    found = facts(text, "investment")
    assert sorted((f.roles["investor"][0].canonical, f.roles["investee"][0].canonical) for f in found) == [
        ("岚山产业基金", "北京青禾有限公司"), ("澄川集团", "北京青禾有限公司")]
    # 这家 inside no name: a name of its own stays whole
    found = facts("澄川资本宣布以2亿元投资这家名为青禾智能的公司。", "investment")
    assert all("这家" not in f.roles["investor"][0].text for f in found)

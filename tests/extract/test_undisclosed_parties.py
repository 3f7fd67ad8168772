"""Deals whose buyer or investor the text leaves unnamed (an undisclosed party, ontology min 0): the deal
stands on its named target or investee only where the sentence plainly states it. Sentences written for
this file."""

from __future__ import annotations

from tests.extract.readers import facts


def named(fact) -> dict[str, list[str]]:
    return {r: [m.text for m in ms] for r, ms in fact.roles.items()}


def test_a_target_with_its_shares_is_bought_by_an_undisclosed_buyer():
    [fact] = facts("受此消息影响,公司拟以现金3.2亿元收购云杉材料股份有限公司51%的股权。", "acquisition")
    assert named(fact) == {"acquirer": [], "target": ["云杉材料股份有限公司"]}
    assert fact.amount.text == "3.2亿元" and fact.stake.text == "51%" and fact.modality == "planned"


def test_a_named_buyer_still_fills_the_role():
    [fact] = facts("星澜科技拟以现金3.2亿元收购云杉材料股份有限公司51%的股权。", "acquisition")
    assert named(fact) == {"acquirer": ["星澜科技"], "target": ["云杉材料股份有限公司"]}


def test_acquisition_as_a_noun_states_no_deal():
    assert facts("由于收购成本过高,这笔交易最终未能落地。", "acquisition") == []
    assert facts("两家公司的收购定价基本一致。", "acquisition") == []


def test_a_column_label_in_brackets_is_no_deal():
    found = facts("【并购重组】华岳电子:拟收购东林化工有限公司85%股权。", "acquisition")
    assert [named(f)["target"] for f in found] == [["东林化工有限公司"]]
    assert named(found[0])["acquirer"] == ["华岳电子"]


def test_names_far_after_the_verb_are_not_its_object():
    assert all(f.roles["investor"] for f in facts("且二季度,增持的个股仅有华岳电子和东林化工。", "investment"))


def test_a_company_receiving_money_from_unnamed_investors():
    [fact] = facts("去年,星澜科技获得5亿元B轮投资。", "investment")
    assert named(fact) == {"investor": [], "investee": ["星澜科技"]}
    assert fact.amount.text == "5亿元"


def test_getting_recognition_from_capital_is_not_an_investment():
    assert facts("星澜科技获得资本市场的广泛认可。", "investment") == []


def test_shares_bought_by_unnamed_managers_are_the_announcers():
    [fact] = facts("华岳电子发布公告称,公司董事及高级管理人员计划于6个月内增持公司股份,金额不低于2000万元。", "investment")
    assert named(fact) == {"investor": [], "investee": ["华岳电子"]}


def test_a_generic_investment_plan_is_no_deal():
    assert facts("公司计划在未来三年加大对新能源领域的投资。", "investment") == []


def test_an_unnamed_party_yields_to_the_same_deal_naming_it():
    from dealgraph.extract.document import Doc, FactRecord, Mention, Span
    from dealgraph.extract.structure import require_roles

    buyer = Mention(0, 4, "星澜科技", "organization", "k:buyer", "shape")
    target = Mention(6, 10, "云杉材料", "organization", "k:target", "shape")
    other = Mention(20, 24, "东林化工", "organization", "k:other", "shape")
    doc = Doc("t", "星澜科技收购云杉材料，随后收购东林化工。")
    doc.facts = [FactRecord("acquisition", {"acquirer": [buyer], "target": [target]}, Span(0, 22)),
                 FactRecord("acquisition", {"acquirer": [], "target": [target]}, Span(0, 22)),
                 FactRecord("acquisition", {"acquirer": [], "target": [other]}, Span(0, 22)),
                 FactRecord("investment", {"investor": [buyer], "investee": []}, Span(0, 22))]
    require_roles(doc)
    assert [(f.roles["acquirer"], f.roles["target"]) for f in doc.facts] == [([buyer], [target]), ([], [other])]


def test_bought_in_the_passive_with_no_buyer_named():
    [fact] = facts("华岳电子在被收购之后的第一年没有完成业绩承诺。", "acquisition")
    assert named(fact) == {"acquirer": [], "target": ["华岳电子"]}
    [fact] = facts("华岳电子被收购后,东林化工股价大涨。", "acquisition")
    assert named(fact) == {"acquirer": [], "target": ["华岳电子"]}


def test_the_bought_party_as_a_noun_is_no_deal():
    assert facts("购买日以前已持有的被购买方股权需按公允价值计量。", "acquisition") == []


def test_some_companies_bought_is_no_named_deal():
    assert facts("部分企业被收购后沦为巨头业务的辅助者。", "acquisition") == []


def test_each_listed_company_bought_in_the_passive():
    found = facts("其中,华岳电子、东林化工分别被增持2.89亿股和2.2亿股。", "investment")
    assert [named(f) for f in found] == [{"investor": [], "investee": ["华岳电子"]},
                                         {"investor": [], "investee": ["东林化工"]}]


def test_the_agent_of_an_earlier_passive_is_not_bought_again():
    [fact] = facts("华岳电子被东林化工收购后又被成功收购。", "acquisition")
    assert named(fact) == {"acquirer": [], "target": ["华岳电子"]}


def test_stocks_listed_before_huo_are_bought():
    found = facts("华岳电子、东林化工、北辰科技等获北向资金大幅增持。", "investment")
    assert [named(f)["investee"] for f in found] == [["华岳电子"], ["东林化工"], ["北辰科技"]]


def test_companies_that_got_shares_bought_by_a_named_or_unnamed_buyer():
    found = facts("华岳电子、东林化工年内获青松资本增持。", "investment")
    assert [named(f) for f in found] == [{"investor": ["青松资本"], "investee": ["华岳电子"]},
                                         {"investor": ["青松资本"], "investee": ["东林化工"]}]
    [fact] = facts("华岳电子近10日累计获高管增持。", "investment")
    assert named(fact) == {"investor": [], "investee": ["华岳电子"]}


def test_a_holding_after_an_acquisition_by_the_unnamed_company():
    found = facts("此次并购完成后,本公司将持有东林化工63.25%股权,王大明持有东林化工36.75%股权。", "acquisition")
    assert [(named(f), f.stake.text, f.modality) for f in found] == [
        ({"acquirer": [], "target": ["东林化工"]}, "63.25%", "planned")]
    assert facts("公司持有东林化工63.25%股权。", "acquisition") == []

"""One member of a list named again (其中A持股12%，为第二大股东) holds what the clause says, not the last name of
the list nor the list as a whole; a name the document gave before is found again before a noun of its own
(澜汐芯片营收…). Sentences written for this file."""

from __future__ import annotations

from tests.extract.readers import facts, names

LISTED = "澜汐芯片成立于2019年。公司此前曾获得星河资本、云帆集团等产业方投资，其中星河资本持股约12%，为第二大股东。"


def test_the_member_named_again_holds_the_rank_and_the_stake():
    held = [f for f in facts(LISTED, "shareholding") if names(f, "company") == ["澜汐芯片"]]
    assert [names(f, "holder") for f in held] == [["星河资本"]]
    assert held[0].stake is not None and held[0].stake.text == "约12%"
    assert held[0].qualifiers.get("rank") == "second"


def test_the_stake_of_one_member_is_no_stake_of_the_lists_investment():
    invested = [f for f in facts(LISTED, "investment") if names(f, "investee") == ["澜汐芯片"]]
    assert [sorted(names(f, "investor")) for f in invested] == [sorted(["星河资本", "云帆集团"])]
    assert invested[0].stake is None


def test_a_stake_told_of_the_deals_own_investor_stays_the_deals():
    fact = facts("星河资本以2亿元入股澜汐芯片，持股约12%。", "investment")[0]
    assert fact.stake is not None and fact.stake.text == "约12%"


def test_a_name_given_before_is_found_again_before_its_revenue():
    text = "国产GPU企业澜汐芯片近日完成C轮融资。去年，澜汐芯片营收约4.2亿元，同比增长210%。"
    revenue = [f for f in facts(text, "financial") if f.qualifiers.get("metric") == "revenue"]
    assert [names(f, "company") for f in revenue] == [["澜汐芯片"]]
    assert revenue[0].qualifiers.get("segment") is None

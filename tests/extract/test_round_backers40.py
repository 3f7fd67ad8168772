"""Backers of a round told over several sentences: a list or a bare 参与了投资 in a later sentence joins the round
read last, in the company raising it, never in a backer named before. Sentences written for this file."""

from __future__ import annotations

from tests.extract.readers import facts, roles


def backings(text: str) -> list[dict[str, list[str]]]:
    return [roles(f) for f in facts(text, "investment")]


ROUND = "青岭机器人近日宣布完成3亿元A+轮融资，投资方包括北辰资本、云帆创投以及老股东东岭基金。"


def test_a_later_list_of_backers_joins_the_company_raising_not_the_backer_named_last():
    found = backings(ROUND + "参与本轮投资的还有南湖资本、西溪创投。投资方阵容还包括星汉基金、远山资本等机构。")
    assert {tuple(d["investee"]) for d in found} == {("青岭机器人",)}
    assert ["星汉基金", "远山资本"] in [d["investor"] for d in found]


def test_a_round_named_by_gai_lun_after_a_list_stays_with_the_raiser():
    found = backings(ROUND + "参与本轮投资的还有南湖资本。投资方阵容还包括星汉基金。该轮融资由远山资本担任独家财务顾问并跟投。")
    assert all(d["investee"] == ["青岭机器人"] for d in found), found


def test_a_bare_joining_after_a_round_joins_it_with_its_round_and_money():
    text = "青岭机器人日前完成2亿元B轮融资，由北辰资本领投，云帆创投跟投。此外，东岭基金也参与了投资。"
    joined = [f for f in facts(text, "investment") if roles(f)["investor"] == ["东岭基金"]]
    assert [roles(f)["investee"] for f in joined] == [["青岭机器人"]]
    assert joined[0].qualifiers.get("round") == "B轮"
    assert joined[0].amount is not None and text[joined[0].amount.start:joined[0].amount.end] == "2亿元"


def test_several_backers_joining_with_no_object_each_join():
    found = backings("青岭机器人日前完成B轮融资，由北辰资本领投。东岭基金、南湖资本等机构也参与了此次融资。")
    assert {"investor": ["东岭基金", "南湖资本"], "investee": ["青岭机器人"]} in found


def test_joining_with_no_round_read_before_invests_in_nothing():
    assert backings("东岭基金也参与了投资。") == []
    assert backings("青岭机器人发布了新一代四足机器人。东岭基金也参与了投资。") == []


def test_a_backer_joining_its_own_round_is_no_investment_in_itself():
    found = backings("东岭基金完成新一期基金募集，由北辰资本领投。东岭基金也参与了投资。")
    assert all(d["investor"] != d["investee"] for d in found)

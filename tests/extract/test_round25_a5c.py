"""Round 25 (a5c): heldout5 audit categories E, I, K, L and M — zh investor lists outside the 领投/跟投 frames,
share transfers and holdings, on-market buying and planned 增持, purchase direction, focus and product ownership.
Sentences written for this file, with invented companies."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def run(text: str, ref: str = "2025-11-20"):
    return extract("t", text, ref)


def facts(text: str, kind: str, ref: str = "2025-11-20") -> list[tuple[str, dict[str, list[str]]]]:
    return [(f.modality, {k: [m.text for m in v] for k, v in f.roles.items()}) for f in run(text, ref).facts
            if f.type == kind]


def investments(text: str) -> list[tuple[list[str], list[str]]]:
    return [(r["investor"], r["investee"]) for mod, r in facts(text, "investment") if mod == "asserted"]


# ---- E: investor lists outside the 领投/跟投 frames ----

def test_investors_sorted_by_kind_invest_in_the_round_told():
    found = investments("远川机器人宣布完成6亿元B轮融资。本轮新加入的投资方分成两类：澄川资本和北辰投资属于产业资本，"
                        "岚山创投则是财务投资人。")
    assert (["澄川资本", "北辰投资", "岚山创投"], ["远川机器人"]) in found
    found = investments("远川机器人宣布完成6亿元B轮融资。这一轮的新面孔有三类：澄川资本是产业资本，北辰投资和岚山创投是PE基金，"
                        "星河资本则是一家专投早期项目的基金。")
    assert (["澄川资本", "北辰投资", "岚山创投", "星河资本"], ["远川机器人"]) in found


def test_kinds_of_investors_without_a_round_invest_in_nothing():
    # near miss: the same kinds, no round told and no sentence about a round's investors
    assert investments("澄川资本和北辰投资是产业资本，岚山创投则是一家早期基金。") == []
    assert investments("远川机器人宣布完成6亿元B轮融资。澄川资本和北辰投资是产业资本。") == [([], ["远川机器人"])]


def test_old_holders_all_adding_money_follow_the_round():
    found = investments("远川机器人宣布完成6亿元B轮融资。岚山创投、北辰投资和澄川资本三家老股东这一轮全部追加了投资。")
    assert (["岚山创投", "北辰投资", "澄川资本"], ["远川机器人"]) in found
    found = investments("远川机器人完成6亿元B轮融资，由星河资本领投。岚山创投和北辰投资两家老股东这次都追加了投资。")
    assert (["岚山创投", "北辰投资"], ["远川机器人"]) in found
    assert all(investee != ["星河资本"] for _, investee in found)


def test_old_holders_not_adding_money_are_no_asserted_investors():
    # near miss: 均未追加投资 is no follow-on
    found = investments("远川机器人宣布完成6亿元B轮融资，三家老股东此次均未追加投资。")
    assert found == [([], ["远川机器人"])]
    assert not [r for mod, r in facts("远川机器人宣布完成6亿元B轮融资，岚山创投和北辰投资两家老股东此次均未追加投资。",
                                      "investment") if mod == "asserted" and r["investor"]]


def test_followers_named_after_the_lead_join_the_raisers_round():
    found = investments("青禾智算完成4亿元A轮融资。本轮由澄川资本领投，跟投方包括远峰资本和星河基金。")
    assert (["远峰资本", "星河基金"], ["青禾智算"]) in found
    assert all(investee != ["澄川资本"] for _, investee in found)
    found = investments("澄川资本领投了青禾智算的A轮融资。跟投机构包括远峰资本和星河基金。")
    assert (["远峰资本", "星河基金"], ["青禾智算"]) in found


def test_followers_of_a_company_raising_itself_stay_its_own():
    # near miss: the carried subject raised the round (it is no investor of it): it stays the investee
    found = investments("澄川科技完成3亿元A轮融资。跟投方包括远峰资本和星河基金。")
    assert (["远峰资本", "星河基金"], ["澄川科技"]) in found


def test_an_unnamed_investor_still_gives_the_round():
    found = [(mod, r, f.date.text if f.date else None) for f in run("去年年中，青禾智能获得了一家海外战略投资者的新一轮投资。").facts
             if f.type == "investment" for mod, r in [(f.modality, {k: [m.text for m in v] for k, v in f.roles.items()})]]
    assert found == [("asserted", {"investor": [], "investee": ["青禾智能"]}, "去年年中")]
    assert investments("青禾智能获得了一家中东主权基金和一家国内产业基金的战略投资。") == [([], ["青禾智能"])]


def test_an_unnamed_investor_s_approval_is_no_investment():
    # near miss: the same description, then a word that is no money
    assert investments("去年年中，青禾智能获得了一家海外战略投资者的认可。") == []

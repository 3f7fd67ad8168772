"""Round 4, modality in one sentence: a deal still to come is never asserted (将以…收购, 交易完成后持有, 若…将退市),
a rumour stays a rumour (流传一则消息，称…), a deal called off is negated, a figure not disclosed states no plan,
and a hedge (不排除) is no listing. Sentences written by the team; the companies are invented."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from tests.extract.readers import facts


def moods(text: str, ftype: str) -> list[str]:
    return [f.modality for f in facts(text, ftype)]


def test_jiang_before_a_price_phrase_plans_the_deal():
    assert moods("澜舟动力将以12亿元收购青禾储能。", "acquisition") == ["planned"]
    assert moods("澜舟动力将以现金3.6亿元购买星屿科技持有的青禾储能20%股权。", "acquisition") == ["planned"]
    assert moods("澜舟动力将通过全资子公司向青禾储能增资2亿元。", "investment") == ["planned"]
    # the same deal stated as done stays asserted
    assert moods("澜舟动力以12亿元收购了青禾储能。", "acquisition") == ["asserted"]


def test_the_holding_after_a_planned_deal_is_planned():
    text = "澜舟动力宣布，将以约4亿美元投资青禾储能，交易完成后持有青禾储能约8%的股份。"
    assert moods(text, "investment") == ["planned"]
    assert moods(text, "shareholding") == ["planned"]
    # after a deal already made, the holding is stated
    done = "澜舟动力去年以4亿美元投资青禾储能，交易完成后持有青禾储能约8%的股份。"
    assert moods(done, "shareholding") == ["asserted"]


def test_what_follows_a_condition_is_planned():
    assert moods("若要约收购顺利完成，青禾储能将从纳斯达克退市。", "listing") == ["planned"]


def test_a_rumour_spread_online_is_rumored():
    assert moods("上周五，网络上流传一则消息，称星屿科技拟收购澜舟动力。", "acquisition") == ["rumored"]
    assert moods("市场消息称，星屿科技拟收购青禾储能。", "acquisition") == ["rumored"]


def test_a_deal_called_off_in_its_own_sentence_is_negated():
    text = "星屿科技与青禾储能决定终止此前筹划的重大资产重组，即由星屿科技收购青禾储能100%股权。"
    assert moods(text, "acquisition") == ["negated"]
    # 终止上市 is a delisting, not a deal called off
    assert moods("若合并完成，青禾储能将终止上市。", "listing") == ["planned"]


def test_a_figure_not_disclosed_is_no_plan():
    text = "与星屿科技公布的未来三年200亿元投入计划不同，青禾储能没有公布多年期的投入总额。"
    plans = {f.roles["company"][0].text: f.modality for f in facts(text, "capital_plan")}
    assert plans == {"星屿科技": "planned"}  # 青禾储能 states no plan at all
    # a price not disclosed does not undo the deal
    assert moods("青禾储能以未披露的价格收购了星屿科技。", "acquisition") == ["asserted"]


def test_not_ruling_out_a_listing_is_a_hedge():
    assert moods("青禾储能表示，不排除未来赴港上市。", "listing") == []  # a possibility, no step
    assert moods("青禾储能尚未上市。", "listing") in ([], ["negated"])


def test_a_condition_reaches_only_the_clause_after_it():
    text = "若按年末股价估算，澜舟资本的获利超过三倍，尽管如此，澜舟资本目前仍持有青禾储能12%的股份。"
    assert moods(text, "shareholding") == ["asserted"]
    # 不以终止…上市地位为目的 keeps a listing, it calls off no deal
    text = "在不以终止青禾储能上市地位为目的的前提下，澜舟资本合计增持青禾储能300万股。"
    assert "negated" not in moods(text, "investment") + moods(text, "acquisition")


def test_a_deal_under_negotiation_is_not_done():
    assert moods("澜舟动力正在洽谈收购青禾储能。", "acquisition") == ["planned"]


def test_a_reported_plan_is_still_a_plan():
    found = facts("据知情人士透露，澜舟动力计划在2026年投入约80亿元用于数据中心建设。", "capital_plan")
    assert [f.modality for f in found] == ["reported"] and found[0].amount.value.value == 8e9


def test_a_spending_plan_for_years_ahead_is_planned():
    assert moods("北辰集团宣布，未来三年投入超过500亿元建设算力基础设施。", "capital_plan") == ["planned"]
    # money already put into a project stays stated
    assert moods("2023年5月，澜舟动力在安徽累计投资18亿元建设光伏玻璃基地。", "capital_plan") == ["asserted"]


def test_a_part_of_a_plan_is_planned():
    text = "星海集团宣布，2025年至2027年将在华东投资200亿元，其中约80亿元用于资本开支。"
    assert set(moods(text, "capital_plan") + moods(text, "financial")) == {"planned"}
    assert moods("星海集团去年在华东投资200亿元，其中约80亿元用于资本开支。", "financial") in ([], ["asserted"])


def test_a_deal_dated_after_the_article_is_planned():
    text = "北辰集团明年完成对东岳集团的收购。"
    assert [f.modality for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"] == ["planned"]
    text = "北辰集团于2024年3月完成对东岳集团的收购。"
    assert [f.modality for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"] == ["asserted"]
    text = "北辰集团于2025年6月完成对东岳集团的收购。"  # the article's own month is not ahead
    assert [f.modality for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"] == ["asserted"]
    text = "北辰集团于2025年11月完成对东岳集团的收购。"  # an article dated by its year only
    assert [f.modality for f in extract("t", text, "2025").facts if f.type == "acquisition"] == ["asserted"]

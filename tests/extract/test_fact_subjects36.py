"""A bare name (no firm suffix, in no lexicon) opening a clause of a partnership, an order, a listing, a round or
results is found, as a deal verb's subject was (sentences written by the team, invented names)."""

from __future__ import annotations

import pytest

from tests.extract.readers import facts, names, one, roles


def test_a_partnership_of_two_bare_names():
    deal = one("星衡与岚序达成战略合作，共同研发推理芯片。", "partnership")
    assert sorted(names(deal, "party")) == ["岚序", "星衡"]


def test_a_listing_filed_by_a_bare_name():
    assert names(one("星衡向港交所递交招股书。", "listing"), "company") == ["星衡"]


def test_an_order_won_by_a_bare_name():
    deal = one("星衡拿下岚序的芯片订单。", "purchase")
    assert roles(deal)["supplier"] == ["星衡"] and roles(deal)["buyer"] == ["岚序"]


def test_a_round_taken_by_a_bare_name():
    deal = one("星衡获岚山资本领投的2亿元融资。", "investment")
    assert names(deal, "investee") == ["星衡"] and names(deal, "investor") == ["岚山资本"]


@pytest.mark.parametrize("text, name, metric", [
    ("星衡2024年营收达3亿元，同比增长50%。", "星衡", "revenue"),
    ("此外，澄芯今年上半年实现营业收入2.1亿元。", "澄芯", "revenue"),
])
def test_results_of_a_bare_name_after_a_date(text, name, metric):
    found = facts(text, "financial")
    assert [(names(f, "company"), f.qualifiers["metric"]) for f in found] == [([name], metric)]


@pytest.mark.parametrize("text", [
    "公司2024年营收达3亿元。",
    "集团2024年全年净利润为5亿元。",
    "其中第四季度单季营收9.89亿元。",
    "归母净利润为-4.52亿元，亏损明显收窄。",
])
def test_a_kind_of_figure_or_a_generic_subject_is_no_name(text):
    assert all(f.roles["company"] == [] or f.roles["company"][0].kind != "candidate" for f in facts(text, "financial"))


def test_a_place_opening_a_round_clause_is_no_party():
    text = "海淀又冒出一家机器人新品牌——青禾BOT完成超亿元天使轮融资，由澄川创投、国信创合等机构联投。"
    assert [names(f, "investee") for f in facts(text, "investment")] == [["青禾BOT"]]


def test_a_value_word_of_the_next_clause_makes_no_name_of_this_one():
    text = "澄川资本领投了Lumora AI的A轮融资。新一轮募资若成功，Lumora估值将大增。"
    assert not any(m == "新一轮募资若" for f in facts(text) for ms in roles(f).values() for m in ms)


def test_listed_companies_as_a_kind_make_no_listing_clause():
    text = "截至10月29日，沪深两市已有8家芯片上市公司交出三季度成绩单，行业延续了从技术攻关转向市场放量的节奏。"
    assert facts(text) == []


@pytest.mark.parametrize("text", ["岚山资本此前还投资了星衡和澄芯两家公司。", "岚山资本投资了星衡、澄芯等公司。"])
def test_each_bare_name_a_fund_invested_in_is_an_investee(text):
    found = facts(text, "investment")
    assert sorted(names(f, "investee")[0] for f in found) == ["星衡", "澄芯"]
    assert all(names(f, "investor") == ["岚山资本"] for f in found)


@pytest.mark.parametrize("text", ["岚山资本投资了2亿元。", "岚山资本投资了多家AI公司。", "公司投资了新的产线。"])
def test_a_sum_a_kind_or_a_plant_invested_in_is_no_investee(text):
    assert facts(text, "investment") == []


def test_the_buyer_between_bei_and_how_it_pays():
    deal = one("星衡被岚序以10亿元收购。", "acquisition")
    assert names(deal, "acquirer") == ["岚序"] and names(deal, "target") == ["星衡"]


def test_no_buyer_where_bei_opens_a_report():
    text = "此前星衡被曝出将以5亿元收购澄芯。"  # a deal told of, not one done to 星衡
    assert not any(names(f, "acquirer") == ["曝出将"] for f in facts(text, "acquisition"))

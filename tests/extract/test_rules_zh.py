"""Rules for deals on shares as announcements word them (the FewFC style), on sentences written for
these tests. None of the organisations is in the lexicon."""

from __future__ import annotations

import pytest

from dealgraph import lexicon
from dealgraph.extract.pipeline import extract
from tests.extract.readers import facts, one, roles


def mention(text: str, name: str):
    found = [m for m in extract("t", text).mentions if m.text == name]
    assert found, [(m.text, m.kind, m.source) for m in extract("t", text).mentions]
    return found[0]


def test_the_names_here_are_in_no_lexicon():
    for name in ("北辰科技", "澜舟网络", "远山集团", "金穗药业", "长岭高新", "青松资本", "岭秀环保"):
        assert lexicon.load().lookup(name) is None


# Names ------------------------------------------------------------------------------------------

def test_a_place_name_is_not_cut_at_a_character_that_is_a_stop_word_elsewhere():
    fact = one("星河控股收购了内蒙古远川新材料有限公司。", "acquisition")
    assert roles(fact)["target"] == ["内蒙古远川新材料有限公司"]
    fact = one("星河控股收购了广西祥和远洋捕捞有限公司。", "acquisition")
    assert roles(fact)["target"] == ["广西祥和远洋捕捞有限公司"]


def test_a_stop_word_right_before_a_legal_suffix_is_part_of_the_name():
    assert roles(one("北辰科技收购了云栖投资有限公司80%股权。", "acquisition"))["target"] == ["云栖投资有限公司"]


def test_a_name_before_a_stock_code_is_an_organisation():
    found = mention("金穗药业(603999)晚间公告称，公司拟出售一处厂房。", "金穗药业")
    assert found.kind == "organization"
    assert mention("据悉，云栖互娱（300888.SZ）发布公告。", "云栖互娱").kind == "organization"


def test_a_short_name_defined_in_brackets_is_a_name():
    assert mention("北辰科技收购了江南岭秀环保有限公司(以下简称“岭秀环保”)。", "岭秀环保")


def test_what_a_deal_buys_is_a_name_up_to_the_shares():
    fact = one("北辰科技拟以2亿元收购金穗药业剩余40%股权。", "acquisition")
    assert roles(fact) == {"acquirer": ["北辰科技"], "target": ["金穗药业"]}
    assert fact.stake.text == "40%" and fact.amount.text == "2亿元"


def test_who_makes_a_deal_is_the_name_opening_the_clause():
    fact = one("长岭高新宣布拟以2亿元收购金穗药业剩余40%股权。", "acquisition")
    assert roles(fact)["acquirer"] == ["长岭高新"]
    fact = one("2019年，长岭高新5月20日晚间公告，拟收购金穗药业全部股权。", "acquisition")
    assert roles(fact)["acquirer"] == ["长岭高新"]


def test_generic_heads_are_never_names_from_deal_cues():
    assert facts("公司董事会同意以现金收购标的公司全部股权。") == []


def test_coordinated_names_may_carry_their_stock_codes():
    found = facts("青松资本增持了翠湖股份(603999)、云栖网络(300888)。", "investment")
    assert [roles(f)["investee"] for f in found] == [["翠湖股份"], ["云栖网络"]]


def test_a_place_name_after_a_deal_verb_is_not_read_as_a_noun_phrase():
    assert roles(one("北辰科技收购上海澜舟网络。", "acquisition"))["target"] == ["上海澜舟网络"]


# Deal frames ------------------------------------------------------------------------------------

def test_xiang_before_the_trigger_names_the_seller():
    fact = one("北辰科技拟向远山集团收购澜舟网络60%股权。", "acquisition")
    assert roles(fact) == {"acquirer": ["北辰科技"], "target": ["澜舟网络"], "seller": ["远山集团"]}
    assert fact.modality == "planned"


def test_shares_held_by_someone_are_bought_from_them():
    fact = one("北辰科技于2019年5月收购远山集团持有的澜舟网络30%股权。", "acquisition")
    assert roles(fact) == {"acquirer": ["北辰科技"], "target": ["澜舟网络"], "seller": ["远山集团"]}
    assert fact.date.text == "2019年5月"


def test_a_unit_under_a_parent_is_what_is_bought():
    assert roles(one("北辰科技收购远山集团旗下的澜舟网络。", "acquisition")) == {
        "acquirer": ["北辰科技"], "target": ["澜舟网络"]}


@pytest.mark.parametrize("text, ftype", [
    ("北辰科技以现金购买澜舟网络51%股权。", "acquisition"),
    ("北辰科技受让远山集团持有的澜舟网络20%股份。", "acquisition"),
    ("青松资本拟认购澜舟网络新发行的股票。", "investment"),
])
def test_buying_and_subscribing_are_deals_when_shares_are_named(text, ftype):
    fact = one(text, ftype)
    assert [m.text for m in list(fact.roles.values())[1]] == ["澜舟网络"]


def test_buying_without_shares_stays_a_purchase():
    assert facts("北辰科技向澜舟网络购买服务器。", "acquisition") == []
    assert roles(one("北辰科技向澜舟网络购买服务器。", "purchase")) == {"buyer": ["北辰科技"], "supplier": ["澜舟网络"]}
    assert facts("北辰科技表示将认购更多理财产品。", "investment") == []


def test_selling_to_someone_is_their_acquisition():
    fact = one("远山集团将澜舟网络25%的股份出售给北辰科技。", "acquisition")
    assert roles(fact) == {"acquirer": ["北辰科技"], "target": ["澜舟网络"], "seller": ["远山集团"]}


def test_raising_a_holding_is_an_investment():
    assert roles(one("青松资本三季度增持了澜舟网络。", "investment")) == {
        "investor": ["青松资本"], "investee": ["澜舟网络"]}


def test_dui_or_xiang_before_a_capital_increase_names_who_receives_it():
    assert roles(one("北辰科技对澜舟网络进行增资。", "investment")) == {
        "investor": ["北辰科技"], "investee": ["澜舟网络"]}
    assert roles(one("北辰科技向澜舟网络投资3亿元。", "investment")) == {
        "investor": ["北辰科技"], "investee": ["澜舟网络"]}


def test_an_acquisition_named_as_a_noun_after_dui():
    assert roles(one("北辰科技完成了对澜舟网络的收购。", "acquisition")) == {
        "acquirer": ["北辰科技"], "target": ["澜舟网络"]}


def test_a_headline_subject_before_a_colon_and_after_time_words():
    assert roles(one("长岭高新：拟以3亿元收购金穗药业40%股权。", "acquisition"))["acquirer"] == ["长岭高新"]
    assert roles(one("今年以来，长岭高新又收购了金穗药业20%股权。", "acquisition"))["acquirer"] == ["长岭高新"]

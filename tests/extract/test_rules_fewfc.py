"""Rules added while studying misses on FewFC (investment and acquisition roles), each tested on a
sentence written for this file. Apart from 豪威科技, none of the organisations is in the lexicon."""

from __future__ import annotations

from dealgraph import lexicon
from tests.extract.readers import facts, one, roles


def test_the_names_here_are_in_no_lexicon():
    for name in ("开拓电源", "新疆远川", "北辰科技", "长岭高新", "金穗药业", "澜舟网络", "青松资本", "长久物流",
                 "北京豪威科技有限公司"):
        assert lexicon.load().lookup(name) is None


# Names in a deal's slots --------------------------------------------------------------------------

def test_a_verb_may_open_a_name_between_a_deal_verb_and_the_shares_it_buys():
    fact = one("北辰科技拟以3亿元收购开拓电源51%股权。", "acquisition")
    assert roles(fact) == {"acquirer": ["北辰科技"], "target": ["开拓电源"]}


def test_a_place_word_opens_a_name_whatever_its_first_character_does_elsewhere():
    assert roles(one("北辰科技收购了新疆远川49%的股权。", "acquisition"))["target"] == ["新疆远川"]


def test_items_listed_beside_a_known_name_are_names():
    found = facts("青松资本今年新进了北辰科技、长久物流、金穗药业。", "investment")
    assert sorted(roles(f)["investee"][0] for f in found) == ["北辰科技", "金穗药业", "长久物流"]


def test_a_lexicon_name_yields_to_the_fuller_legal_name_around_it():
    fact = one("北辰科技收购了北京豪威科技有限公司30%股权。", "acquisition")
    assert roles(fact)["target"] == ["北京豪威科技有限公司"]


def test_a_dateline_is_not_the_subject_and_a_name_after_it_is():
    fact = one("财经快讯(记者 王某)长岭高新公告,公司拟收购澜舟网络51%股权。", "acquisition")
    assert roles(fact) == {"acquirer": ["长岭高新"], "target": ["澜舟网络"]}


def test_the_name_right_before_the_shares_is_the_target_not_the_words_describing_it():
    fact = one("北辰科技收购了西南物流综合平台澜舟网络的10%股权。", "acquisition")
    assert roles(fact)["target"] == ["澜舟网络"]


# Triggers ----------------------------------------------------------------------------------------

def test_a_big_move_is_a_verb_not_a_deal_named_as_a_noun():
    fact = one("2019年,北辰科技大手笔收购澜舟网络,进军物流。", "acquisition")
    assert roles(fact) == {"acquirer": ["北辰科技"], "target": ["澜舟网络"]}


def test_a_name_right_after_the_trigger_makes_it_a_verb():
    fact = one("北辰科技拟收购中澜远洋有限公司100%股权。", "acquisition")
    assert roles(fact)["target"] == ["中澜远洋有限公司"]


# Shareholders buying more of the company the sentence is about ------------------------------------

def test_shares_bought_without_a_name_are_the_shares_of_the_company_announcing():
    fact = one("金穗药业公告,股东青松资本通过上海证券交易所增持20万股。", "investment")
    assert roles(fact) == {"investor": ["青松资本"], "investee": ["金穗药业"]}


def test_the_subject_of_the_clause_before_carries_over_to_a_clause_without_one():
    text = "金穗药业周五公告称,持股5%以上股东青松资本于9月3日至9月20日,合计增持公司股份42万股。"
    fact = one(text, "investment")
    assert roles(fact) == {"investor": ["青松资本"], "investee": ["金穗药业"]}
    # 持股5%以上股东 in the company announcing: a holding of it, with no stake (5%以上 bounds it, the 42万股 are bought)
    [held] = facts(text, "shareholding")
    assert roles(held) == {"holder": ["青松资本"], "company": ["金穗药业"]} and held.stake is None


def test_the_shares_after_a_name_end_it_and_show_a_name_stands_there():
    fact = one("北辰科技拟收购开拓电源股权事项,构成重大资产重组。", "acquisition")
    assert roles(fact)["target"] == ["开拓电源"]
    assert roles(one("青松资本收购澜舟网络多数股权。", "acquisition"))["target"] == ["澜舟网络"]


def test_a_name_after_a_deal_verb_stops_before_a_preposition():
    fact = one("北辰科技表示,通过收购澜舟网络对物流领域进行布局。", "acquisition")
    assert roles(fact)["target"] == ["澜舟网络"]


# Agents standing elsewhere than before the trigger ------------------------------------------------

def test_the_agent_of_a_time_clause_opens_the_clause_after_it():
    fact = one("今年3月,在收购澜舟网络47%的股份后,青松资本成为其控股股东。", "acquisition")
    assert roles(fact) == {"acquirer": ["青松资本"], "target": ["澜舟网络"]}


def test_a_passive_agent_may_follow_a_descriptor_after_bei():
    fact = one("2016年,澜舟网络被上市公司北辰科技(600999)以12亿元现金收购。", "acquisition")
    assert roles(fact) == {"acquirer": ["北辰科技"], "target": ["澜舟网络"]}


def test_two_names_joined_before_the_shares_they_sell_are_two_targets():
    found = facts("北辰科技公告,拟购买杭州澜舟和苏州青苗各60%股权。", "acquisition")
    assert sorted(roles(f)["target"][0] for f in found) == ["杭州澜舟", "苏州青苗"]


def test_issuing_shares_is_not_part_of_the_buyers_name():
    fact = one("长岭高新拟发行股份购买金穗药业100%股权。", "acquisition")
    assert roles(fact) == {"acquirer": ["长岭高新"], "target": ["金穗药业"]}


def test_a_verb_may_open_a_name_that_announces_a_deal():
    fact = one("今年8月,开拓电源宣布拟收购澜舟网络51%股权。", "acquisition")
    assert roles(fact) == {"acquirer": ["开拓电源"], "target": ["澜舟网络"]}

"""Who buys and what is bought in Chinese acquisition news: a verb closed by 于 after the target, how the buyer goes
at the deal, a clause of means or count before the buyer, the maker of a deal talked about after 对, a Latin name after
its kind (sentences written by the team, invented names)."""

from __future__ import annotations

from tests.extract.readers import names, one, roles


def test_a_verb_closed_by_yu_after_the_target_is_no_part_of_its_name():
    deal = one("岚州控股收购烟台澄岸有利于拓展保险市场。", "acquisition")
    assert roles(deal)["target"] == ["烟台澄岸"]
    deal = one("岚州控股收购青禾澜有助于完善产业链。", "acquisition")
    assert roles(deal)["target"] == ["青禾澜"]


def test_a_name_that_ends_like_such_a_verb_stays_whole_before_a_date():
    deal = one("岚州控股宣布收购澄星电子，交割于9月完成。", "acquisition")
    assert roles(deal)["target"] == ["澄星电子"]


def test_how_the_buyer_goes_at_the_deal_stands_between_it_and_the_verb():
    deal = one("王澜执意收购澄星电子。", "acquisition")
    assert roles(deal)["acquirer"] == ["王澜"]
    deal = one("青岸一心想收购澄星电子。", "acquisition")
    assert roles(deal)["acquirer"] == ["青岸"]


def test_a_clause_of_means_or_count_before_the_buyer():
    deal = one("通过收购青禾物流，岚州控股进入物流行业。", "acquisition")
    assert names(deal, "acquirer") == ["岚州控股"] and names(deal, "target") == ["青禾物流"]
    deal = one("算上收购澄星电子的交易，岚州控股近5年完成五次发行。", "acquisition")
    assert names(deal, "acquirer") == ["岚州控股"]
    deal = one("除了收购青禾物流，岚州控股还在洽谈其他项目。", "acquisition")
    assert names(deal, "acquirer") == ["岚州控股"]


def test_the_maker_of_a_deal_talked_about_after_dui_is_the_buyer_not_the_speaker():
    deal = one("王澜对澄岸收购青禾地产12座商场一事回应称，交易仍在推进。", "acquisition")
    assert roles(deal)["acquirer"] == ["澄岸"]
    deal = one("岚州控股对青岸拟收购澄星电子的传闻不予置评。", "acquisition")
    assert roles(deal)["acquirer"] == ["青岸"] and roles(deal)["target"] == ["澄星电子"]


def test_a_latin_name_with_a_hyphen_after_its_kind_is_the_target():
    deal = one("岚州控股收购法国创新药公司H-Lumen。", "acquisition")
    assert roles(deal)["target"] == ["H-Lumen"]


def test_a_guarded_short_name_acts_before_a_formal_announcement():
    deal = one("据外媒报道，苹果正式宣布收购澄星电子的调制解调器业务。", "acquisition")
    assert names(deal, "acquirer") == ["苹果公司"] and names(deal, "target") == ["澄星电子"]

"""Facts whose parties are found but whose wording was not read (sentences written by the team, invented names)."""

from __future__ import annotations

from tests.extract.readers import names, one


# 此前星衡被曝…: a word of time or connection glued to a bare name at a clause's opening is no part of the name


def test_a_time_word_glued_to_the_buyer_leaves_the_buyer():
    deal = one("此前星衡被曝以5亿元收购澄芯。", "acquisition")
    assert names(deal, "acquirer") == ["星衡"]
    assert deal.modality == "reported"


def test_a_connective_glued_to_the_buyer_leaves_the_buyer():
    assert names(one("然而岚光拟以3亿元收购澄芯。", "acquisition"), "acquirer") == ["岚光"]
    assert names(one("随后青禾以2亿元入股澄芯。", "investment"), "investor") == ["青禾"]
    assert names(one("最终岚序以4亿元收购澄芯。", "acquisition"), "acquirer") == ["岚序"]


def test_a_word_of_an_era_is_not_taken_for_a_time_before_the_name():
    deal = one("未来星衡以5亿元收购澄芯。", "acquisition")
    assert names(deal, "acquirer") != ["星衡"]

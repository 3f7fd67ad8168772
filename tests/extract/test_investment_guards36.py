"""Investments and acquisitions that are not there (资本实力, a company compared with, units left unnamed)
(sentences written by the team, invented names)."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


def test_capital_strength_is_no_capital_put_in():
    text = "澄星电子表示，此次转让所获收益在增强岚州投资的资本实力的同时，还将用于购置物业。"
    assert not facts(text, "investment")


def test_capital_as_the_investment_received_still_reads():
    deal = one("澄星电子获得了岚州投资的资本加持。", "investment")
    assert (names(deal, "investor"), names(deal, "investee")) == (["岚州投资"], ["澄星电子"])


def test_a_company_compared_with_is_not_bought():
    assert not facts("王岚此次拟收购股权比例还高于澄星电子9.68个百分点。", "acquisition")


def test_units_left_unnamed_are_held_not_their_parent():
    text = "青禾资本等5家投资机构通过现金增资方式，持有岚州集团旗下三家子公司的股权。"
    assert not facts(text, "shareholding")
    assert not facts(text, "acquisition")
    assert not facts("澄星电子收购岚州集团旗下两家公司的股权。", "acquisition")


def test_the_parent_named_with_a_stake_is_still_bought():
    deal = one("澄星电子收购岚州集团60%股权。", "acquisition")
    assert names(deal, "target") == ["岚州集团"]

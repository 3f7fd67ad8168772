"""A对B此次投资 / 向B的这笔注资: an investment told with its recipient, though 此次/这笔 stands before the word
(sentences written by the team, invented names)."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


def test_this_investment_told_with_its_recipient_after_dui():
    deal = one("因此岚州制药对澄星生物此次投资对应的股权比例目前还无法确认。", "investment")
    assert (names(deal, "investor"), names(deal, "investee")) == (["岚州制药"], ["澄星生物"])
    deal = one("岚州制药向澄星生物的这笔注资为5000万元。", "investment")
    assert names(deal, "investee") == ["澄星生物"]


def test_this_investment_alone_is_a_noun():
    assert not facts("岚州制药表示，这笔投资将提升产能。", "investment")
    assert not facts("市场对此次投资反应平淡。", "investment")

"""收购A的B: the company bought is B, owned by A; and the buyer's own shares paid to the seller make no deal for the
buyer itself (sentences written by the team, invented names)."""

from __future__ import annotations

from tests.extract.readers import facts, roles


def _deals(text: str) -> list[dict[str, list[str]]]:
    return [roles(f) for f in facts(text, "acquisition")]


def test_the_company_named_after_its_owner_and_de_is_bought():
    assert [d["target"] for d in _deals("岚州控股收购了澄星电子的青禾物流。")] == [["青禾物流"]]
    assert [d["target"] for d in _deals("岚州控股斥资3亿元收购王澜控股的沃特澜，交易已完成。")] == [["沃特澜"]]


def test_a_business_or_what_is_said_of_the_deal_after_de_is_no_company():
    assert [d["target"] for d in _deals("岚州控股收购澄星电子的芯片设计业务。")] == [["澄星电子"]]
    assert [d["target"] for d in _deals("岚州控股收购澄星电子的交易已完成。")] == [["澄星电子"]]
    assert [d["target"] for d in _deals("岚州控股收购澄星电子的意图明显。")] == [["澄星电子"]]
    assert _deals("由原股东按照不低于本公司收购时所支付的对价总额回购。") == []


def test_the_buyers_shares_held_by_the_seller_after_the_deal_are_no_acquisition_of_the_buyer():
    text = "2016年，岚州控股斥资52亿元收购澄星电子，通过本次收购，王澜持有岚州控股3.30亿股，占岚州控股总股本的13.58%。"
    assert _deals(text) == [{"acquirer": ["岚州控股"], "target": ["澄星电子"]}]


def test_the_buyers_holding_after_the_deal_still_tells_what_it_bought():
    deals = _deals("通过本次收购，岚州控股将持有澄星电子51%的股权。")
    assert deals == [{"acquirer": ["岚州控股"], "target": ["澄星电子"]}]

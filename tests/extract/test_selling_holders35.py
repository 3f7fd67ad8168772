"""转让股权的股东包括A、B: the holders selling the shares a deal takes are its sellers, not holders of the buyer
(sentences written by the team, invented names)."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


def test_the_holders_selling_are_the_deals_sellers_and_hold_nothing_of_the_buyer():
    text = "岚州控股拟收购澄星电子60%股权，转让股权的股东包括青禾投资、岚山资本。"
    deal = one(text, "acquisition")
    assert names(deal, "seller") == ["青禾投资", "岚山资本"]
    assert not any("岚州控股" in names(f, "company") for f in facts(text, "shareholding"))


def test_a_companys_holders_listed_stay_its_holders():
    held = facts("澄星电子的股东包括青禾投资、岚山资本。", "shareholding")
    assert sorted(names(f, "holder")[0] for f in held) == ["岚山资本", "青禾投资"]
    assert all(names(f, "company") == ["澄星电子"] for f in held)

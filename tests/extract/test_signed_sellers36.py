"""A与B股东C签订了股权转让协议，拟收购B 35%股权 / 收购B控股股东C 51%股权: the holder who signed the sale with the
buyer sells, and the controlling holder whose own shares are bought is the target; the company it
holds only describes it (sentences written by the team, invented names)."""

from __future__ import annotations

from tests.extract.readers import names, one


def test_a_holder_named_with_its_company_signs_and_sells():
    deal = one("岚州控股与澄星电子股东青禾投资签订了股权转让协议，拟以自有资金6300万元收购澄星电子35%股权。", "acquisition")
    assert names(deal, "seller") == ["青禾投资"]
    assert names(deal, "target") == ["澄星电子"]
    assert names(deal, "acquirer") == ["岚州控股"]


def test_a_controlling_holder_signs_and_sells():
    deal = one("岚州控股与澄星电子控股股东青禾投资签署股权收购协议，拟以3亿元收购澄星电子51%股权。", "acquisition")
    assert names(deal, "seller") == ["青禾投资"]


def test_the_company_bought_signing_itself_sells_nothing():
    deal = one("岚州控股与澄星电子签订了股权转让协议，拟以自有资金6300万元收购澄星电子35%股权。", "acquisition")
    assert not deal.roles.get("seller")


def test_shares_of_a_companys_controlling_holder_bought_are_the_holders():
    deal = one("岚州控股于2012年收购澄星电子控股股东青禾集团51%股权。", "acquisition")
    assert names(deal, "target") == ["青禾集团"]


def test_shares_a_controlling_holder_holds_bought_are_the_companys():
    deal = one("岚州控股收购澄星电子控股股东青禾集团所持澄星电子20%股权。", "acquisition")
    assert names(deal, "target") == ["澄星电子"]
    assert names(deal, "seller") == ["青禾集团"]


def test_the_holder_whose_shares_are_bought_is_no_buyer():
    deal = one("公司股东李岚曾持有澄星电子20%股权，2017年4月，公司收购李岚持有的20%股权。", "acquisition")
    assert names(deal, "seller") == ["李岚"]
    assert "李岚" not in names(deal, "acquirer")

"""收购A所持全部或部分B的股权 / 收购实控人A、股东C所持有的B: the part of a holding bought, told before the company's
name, and holders listed each with a title, leave the sellers and the company (sentences written by the team, invented
names)."""

from __future__ import annotations

from tests.extract.readers import names, one


def test_all_or_part_of_a_holding_bought_is_the_companys():
    deal = one("岚州控股拟收购青禾投资所持全部或部分澄星电子股权。", "acquisition")
    assert names(deal, "target") == ["澄星电子"]
    assert names(deal, "seller") == ["青禾投资"]
    assert names(deal, "acquirer") == ["岚州控股"]


def test_part_of_two_holders_shares_bought():
    deal = one("公司将以现金方式收购青禾投资、岚山资本所持全部或部分澄星电子的股权。", "acquisition")
    assert names(deal, "target") == ["澄星电子"]
    assert names(deal, "seller") == ["青禾投资", "岚山资本"]


def test_part_of_a_holding_sold():
    deal = one("青禾投资出售了部分澄星电子股份。", "acquisition")
    assert names(deal, "target") == ["澄星电子"]
    assert names(deal, "seller") == ["青禾投资"]


def test_titled_holders_listed_before_their_holding_all_sell():
    deal = one("岚州控股以9亿元收购澄星电子实际控制人李岚、股东王澄所持有的澄星电子12%股份。", "acquisition")
    assert names(deal, "seller") == ["李岚", "王澄"]
    assert names(deal, "target") == ["澄星电子"]


def test_a_holders_own_title_after_the_list_mark_keeps_the_person():
    deal = one("澄星电子公告，公司实控人李岚、董事王澄拟减持公司股份不超过1%。", "acquisition")
    assert names(deal, "seller") == ["李岚", "王澄"]


def test_a_name_holding_the_characters_of_part_keeps_them():
    deal = one("西部分析仪器有限公司收购澄星电子60%股权。", "acquisition")
    assert names(deal, "acquirer") == ["西部分析仪器有限公司"]

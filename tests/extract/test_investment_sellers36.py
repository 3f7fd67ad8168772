"""收购A所持B股权 read as sellers and target: a share bought is the holder's (sentences written by the team,
invented names)."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


def test_all_or_part_of_a_holding_names_the_company_bought():
    deal = one("澄星电子拟收购岚州投资、青禾资本所持全部或部分云阳科技的股权。", "acquisition")
    assert names(deal, "target") == ["云阳科技"]
    assert names(deal, "seller") == ["岚州投资", "青禾资本"]


def test_the_rest_of_a_stake_keeps_the_companys_name():
    deal = one("澄星电子拟收购青禾资本持有的剩余云阳科技股份。", "acquisition")
    assert names(deal, "target") == ["云阳科技"]


def test_a_holder_of_a_project_referred_back_to_is_not_bought():
    text = "岚州集团以3亿元收购青禾投资所持有该项目的40%股权。"
    assert not facts(text, "acquisition")
    assert not facts("岚州集团以3亿元收购青禾投资持有的上述资产。", "acquisition")


def test_the_company_word_opening_a_clause_is_no_person_named_before():
    text = "公司股东王岚曾持有澄星电子20%股权，2017年4月，公司收购王岚持有的20%股权。"
    deal = one(text, "acquisition")
    assert names(deal, "target") == ["澄星电子"]
    assert names(deal, "seller") == ["王岚"]
    assert names(deal, "acquirer") == []


def test_a_named_holder_still_sells_to_the_named_buyer():
    deal = one("岚州集团以3亿元收购青禾投资所持有的澄星电子50%股权。", "acquisition")
    assert (names(deal, "acquirer"), names(deal, "target"), names(deal, "seller")) == (["岚州集团"], ["澄星电子"], ["青禾投资"])


def test_a_holder_titled_right_after_the_company_is_bought():
    deal = one("2012年10月，岚州能源收购澄星海运控股股东青禾集团51%股权。", "acquisition")
    assert names(deal, "target") == ["青禾集团"]
    deal = one("岚州能源拟收购澄星海运控股股东所持股份。", "acquisition")
    assert names(deal, "target") == ["澄星海运"]

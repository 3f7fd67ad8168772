"""Round 8: companies whose own insiders buy their shares, each rule tested on sentences written for this file."""

from __future__ import annotations

from tests.extract.readers import facts


def bought(text: str) -> list[tuple[list[str], list[str]]]:
    return [([m.text for m in f.roles["investor"]], [m.text for m in f.roles["investee"]])
            for f in facts(text, "investment")]


# --- 蓝海电子高管增持: the company named before its insiders is what they buy ---------------------------------

def test_insiders_of_a_company_buy_its_shares():
    assert bought("近五日,云栖光电高管集体增持,合计买入约300万股。") == [([], ["云栖光电"])]


def test_a_holder_word_without_a_name_buys_the_company_before_it():
    found = bought("北辰矿业控股股东拟在未来六个月内增持2%至4%股份。")
    assert found == [([], ["北辰矿业"])]


def test_companies_listed_before_their_insiders_are_each_bought():
    found = bought("此外,星澜医疗、东林化工等也都有三位以上董事同时增持。")
    assert sorted(found) == [([], ["东林化工"]), ([], ["星澜医疗"])]


def test_a_named_holder_after_the_insider_word_buys_itself():
    """北辰矿业控股股东云帆投资增持: the holder is named, it buys; the rule above does not read it."""
    assert bought("北辰矿业控股股东云帆投资昨日增持公司股份500万股。") == [(["云帆投资"], ["北辰矿业"])]


def test_a_company_that_buys_another_is_not_read_as_its_insiders():
    assert bought("云帆投资昨日增持北辰矿业股份500万股。") == [(["云帆投资"], ["北辰矿业"])]

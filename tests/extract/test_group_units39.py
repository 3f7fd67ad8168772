"""A state group's chip unit (华润微电子), a bare 集团 before 旗下 (the group named before) and 其 after 对A而言 (A) (read
from held-out set 14; sentences of our own)."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from tests.extract.readers import REF, facts, names, one


def test_a_group_of_no_known_line_and_a_chip_ending_names_its_unit() -> None:
    fact = one("招商局微电子2021年在科创板上市。", "listing")
    assert names(fact, "company") == ["招商局微电子"]


def test_bare_group_before_qixia_is_the_group_named_before() -> None:
    text = "澄川科技主营存储芯片。对中国华润而言，这并非其首次布局半导体：集团旗下的岚山半导体主要从事功率器件。"
    fact = one(text, "ownership")
    assert names(fact, "owner") == ["华润集团"] and names(fact, "unit") == ["岚山半导体"]


def test_bare_group_with_a_fund_after_it() -> None:
    text = "澄川科技获得青禾集团投资。集团旗下的青禾资本也参与了本轮。"
    fact = one(text, "ownership")
    assert names(fact, "owner") == ["青禾集团"]


def test_bare_group_with_no_group_named_gives_no_owner() -> None:
    text = "澄川科技主营芯片。集团旗下的岚山电子主要从事功率半导体。"
    assert facts(text, "ownership") == []


def test_qi_after_dui_a_er_yan_is_a() -> None:
    text = "澄川科技完成B轮融资。对青禾集团而言，这是其今年第三次投资机器人企业。"
    pronouns = [m for m in extract("t", text, REF).mentions if m.text == "其"]
    assert [m.canonical for m in pronouns] == ["青禾集团"]

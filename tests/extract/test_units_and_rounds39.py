"""Units listed before 均为…的控股子公司, backers joining 这一轮, and 早在 after a name (held-out set 15's wordings,
tested on our own sentences)."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


def test_a_listed_group_then_each_is_a_unit() -> None:
    text = "这四家公司包括岚湾电子、澄川机器人、青禾微影和朔方汽车电子等，均为北辰集团的控股子公司。"
    units = sorted(n for f in facts(text, "ownership") for n in names(f, "unit"))
    assert units == sorted(["岚湾电子", "澄川机器人", "青禾微影", "朔方汽车电子"])
    assert all(names(f, "owner") == ["北辰集团"] for f in facts(text, "ownership"))


def test_a_single_name_before_each_is_no_list() -> None:
    assert facts("青禾资本近日公告，均为北辰集团的控股子公司。", "ownership") == []


def test_backers_joining_this_round() -> None:
    text = "2021年底，岚序智驾完成约10亿元A轮融资，甲乙资本、丙丁创投和戊己控股参与了这一轮投资。"
    fact = one(text, "investment")
    assert names(fact, "investor") == ["甲乙资本", "丙丁创投", "戊己控股"] and names(fact, "investee") == ["岚序智驾"]


def test_zao_zai_after_a_name_is_no_part_of_it() -> None:
    fact = one("澜石早在2018年就投资了岚序智驾。", "investment")
    assert names(fact, "investor") == ["澜石"]

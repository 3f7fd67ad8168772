"""A list closed by 等 and a kind of company (吉利、东风等车企) names each item, a two-character noun too; 旗下有… is no
name (read from held-out set 14; sentences of our own)."""

from __future__ import annotations

from tests.extract.readers import facts, names


def _buyers(text: str) -> set[str]:
    return {names(f, "buyer")[0] for f in facts(text, "purchase")}


def test_customers_listed_before_a_kind_of_carmaker() -> None:
    assert _buyers("澄川智能的客户包括吉利、东风等车企。") == {"浙江吉利控股集团", "东风"}


def test_customers_listed_before_makers() -> None:
    assert "长安" in _buyers("岚石电子的客户包括比亚迪、长安等主机厂。")


def test_backers_listed_before_a_kind_of_company() -> None:
    found = facts("上市前，青禾视觉曾获得腾讯、东风等企业投资。", "investment")
    assert len(found) == 1 and names(found[0], "investor") == ["腾讯", "东风"]


def test_a_list_of_departments_names_nobody() -> None:
    assert facts("澄川智能在研发、销售等部门招聘了百余人。", "purchase") == []


def test_what_the_company_has_under_it_is_no_supplier() -> None:
    text = "澄川智能成立于2016年。公司旗下有星河系列和北斗系列芯片，客户包括吉利、东风等车企。"
    found = facts(text, "purchase")
    assert found and all(names(f, "supplier") == ["澄川智能"] for f in found)

"""A clock named right after a company (当地时间, 美东时间) is no unit of it (read from held-out set 14)."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


def test_local_time_after_a_buyer() -> None:
    fact = one("英伟达当地时间周二宣布，以7亿美元收购澜舟智能。", "acquisition")
    assert names(fact, "acquirer") == ["英伟达"]


def test_eastern_time_after_a_company_raising() -> None:
    fact = one("Anthropic美东时间周四宣布，已完成35亿美元E轮融资，由青禾资本领投。", "investment")
    assert names(fact, "investee") == ["Anthropic"] and names(fact, "investor") == ["青禾资本"]


def test_local_time_after_a_company_partnering() -> None:
    found = facts("微软当地时间3月5日宣布与澜舟科技达成战略合作。", "partnership")
    assert found and all("微软" in names(f, "party") for f in found)


def test_a_unit_with_a_two_character_tail_still_reads() -> None:
    fact = one("腾讯影业当地时间周二宣布收购澜舟文化。", "acquisition")
    assert names(fact, "acquirer") != ["腾讯"]

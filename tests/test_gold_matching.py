"""The gold matcher (tests/gold/matching.py): a company stands for its own branch, and for nothing longer."""

from __future__ import annotations

from tests.gold.matching import branch_of, role_ok


def member(name: str, mention: str | None = None) -> dict:
    return {"id": name, "name": name, "mention": {"text": mention or name}}


def test_a_company_stands_for_its_branch_in_exact_mode() -> None:
    assert branch_of("澄川移动", "澄川移动岚州分公司")
    assert role_ok(["澄川移动"], [member("澄川移动岚州分公司")], {}, exact=True)
    assert role_ok(["青禾银行"], [member("青禾银行澄川分行")], {}, exact=True)


def test_a_longer_name_that_is_no_branch_still_does_not_match_exactly() -> None:
    # near misses: a subsidiary company, a name with a word glued on, and a branch of another company
    assert not role_ok(["澄川移动"], [member("澄川移动岚州有限公司")], {}, exact=True)
    assert not role_ok(["澄川移动"], [member("澄川移动也宣布")], {}, exact=True)
    assert not branch_of("澄川", "北辰移动澄川分公司")

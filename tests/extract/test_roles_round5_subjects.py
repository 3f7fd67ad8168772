"""Round 5: who makes a deal (the investor or buyer), read by Chinese grammar. Each rule is tested on
sentences written for this file (invented names; no FewFC text or reference-article text is copied here)."""

from __future__ import annotations

from tests.extract.readers import facts


def buyers(text: str, ftype: str = "acquisition") -> list[tuple[list[str], list[str]]]:
    out = []
    for f in facts(text, ftype):
        agent, patient = list(f.roles.values())[:2]
        out.append(([m.text for m in agent], [m.text for m in patient]))
    return out


# --- 通过/透过 + a described unit: the unit is the means, the subject before 通过 deals ---------------------------

def test_the_subject_buys_through_a_described_subsidiary():
    found = buyers("2021年3月,云帆集团通过旗下的上市公司星澜控股收购了北辰精密85%股权。")
    assert found == [(["云帆集团"], ["北辰精密"])]


def test_the_subject_buys_through_an_overseas_unit_named_in_latin():
    found = buyers("星海矿业拟通过香港全资子公司Aster Holdings Limited以3.2亿美元收购东林镍业有限公司65%的股权。")
    assert found == [(["星海矿业"], ["东林镍业有限公司"])]


def test_a_means_phrase_with_a_listed_unit_leaves_the_carried_subject():
    found = buyers("据披露,华岳电子公告称,公司拟通过全资子公司云栖科技有限公司收购北辰精密有限公司51%股权。")
    assert found == [(["华岳电子"], ["北辰精密有限公司"])]


def test_the_unit_right_after_tongguo_was_already_a_means():
    found = buyers("云帆集团通过星澜投资有限公司收购北辰精密有限公司30%股权。")
    assert found == [(["云帆集团"], ["北辰精密有限公司"])]


def test_a_unit_that_opens_its_own_clause_still_buys():
    found = buyers("云帆集团的全资子公司星澜投资有限公司以2亿元收购北辰精密有限公司30%股权。")
    assert found == [(["星澜投资有限公司"], ["北辰精密有限公司"])]


def test_tongguo_meaning_passed_does_not_hide_the_buyer():
    """审议通过: the board passed a motion; the name after it makes the deal (no means phrase)."""
    found = buyers("星澜科技董事会审议通过,由全资子公司北辰投资有限公司以现金收购东林化工有限公司40%股权。")
    assert found == [(["北辰投资有限公司"], ["东林化工有限公司"])]


def test_a_company_that_passed_a_review_is_no_means():
    """通过审核的A: A passed a review and is the subject; 通过 here is no means phrase."""
    found = buyers("刚刚通过审核的星澜科技有限公司拟以3亿元收购北辰精密有限公司30%股权。")
    assert found == [(["星澜科技有限公司"], ["北辰精密有限公司"])]


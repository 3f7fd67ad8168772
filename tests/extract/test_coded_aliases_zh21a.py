"""A short name defined after a stock code in the brackets (全称（600000.SH，下称“短名”）): the short name stands for the
full name, as when the definition opens the brackets. Sentences written for this file, with invented names (a known
company's short name where the lexicon must be the one linked)."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def facts(text: str) -> list[tuple]:
    return sorted((f.type, f.modality, tuple((r, tuple(m.key for m in ms)) for r, ms in sorted(f.roles.items()) if ms))
                  for f in extract("t", text, "2025-06-30").facts)


def keys(text: str) -> dict[str, str]:
    return {m.text: m.key for m in extract("t", text, "2025-06-30").mentions}


def test_a_short_name_after_a_code_is_the_full_name():
    text = "湖州青禾精密机械股份有限公司（603999.SH，下称“青禾精机”）公告，拟以8.4亿元收购北辰智控60%股权。青禾精机成立于2004年。"
    found = keys(text)
    assert found["青禾精机"] == found["湖州青禾精密机械股份有限公司"]
    full = found["湖州青禾精密机械股份有限公司"]
    assert ("founding", "asserted", (("company", (full,)),)) in facts(text)


def test_a_short_name_after_a_labelled_code():
    text = "澄川电子科技股份有限公司（股票代码：300999，以下简称“澄川电子”）今日公告，澄川电子拟出售远峰科技30%股权。"
    found = keys(text)
    assert found["澄川电子"] == found["澄川电子科技股份有限公司"]


def test_a_short_name_in_the_lexicon_gives_the_full_name_its_company():
    text = "澄川讯飞信息股份有限公司（002999.SZ，简称“科大讯飞”）公告，公司决定终止收购远峰智融。"
    found = keys(text)
    assert found["澄川讯飞信息股份有限公司"] == found["科大讯飞"]


def test_a_bare_code_defines_no_short_name_and_a_role_word_is_not_the_buyer():
    text = "湖州青禾精密机械股份有限公司（603999.SH）公告，拟收购标的公司（下称“标的公司”）60%股权。"
    found = keys(text)
    assert set(found) == {"湖州青禾精密机械股份有限公司"}
    assert facts(text) == []

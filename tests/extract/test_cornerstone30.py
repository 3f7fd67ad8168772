"""Cornerstone investors told one by one (round 30): 引入N家基石投资者，其中A认购了X — A invests X in the company
listing. Sentences written for this file (invented companies)."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def investments(text: str) -> list[tuple[list[str], list[str], str | None]]:
    return [([m.canonical for m in f.roles["investor"]], [m.canonical for m in f.roles["investee"]],
             f.amount.text if f.amount else None)
            for f in extract("t", text, "2026-11-20").facts if f.type == "investment"]


def test_the_cornerstone_named_after_qizhong_subscribes_its_sum():
    assert investments("青禾智行本次发行引入五家基石投资者，其中澄川资本认购了1亿美元。") == [
        (["澄川资本"], ["青禾智行"], "1亿美元")]


def test_the_company_listing_is_told_the_sentence_before():
    text = "青禾智行于11月19日在港交所上市。本次发行共引入五家基石投资者，其中岚山创投认购了1亿美元。"
    assert investments(text) == [(["岚山创投"], ["青禾智行"], "1亿美元")]


def test_a_count_after_qizhong_names_no_investor():
    # near miss: 其中三家… counts, it names nobody
    assert investments("青禾智行引入五家基石投资者，其中三家为国资背景。") == []

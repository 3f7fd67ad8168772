"""Chinese constructions of AI funding news found by reading invented articles. All names are invented."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract

REF = "2025-10-30"


def investors(text: str) -> list[list[str]]:
    return [[m.text for m in f.roles["investor"]] for f in extract("t", text, REF).facts if f.type == "investment"]


def test_an_old_shareholder_adding_to_a_round_joins_it():
    assert investors("岚川智能宣布完成数亿元B轮融资，由澜汐资本领投，老股东鹤汀创投持续加码。") == [["澜汐资本", "鹤汀创投"]]


def test_adding_to_a_field_is_no_round():
    assert investors("澜汐集团继续加码AI赛道。") == []

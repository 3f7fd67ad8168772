"""Round 33, deal clauses read wrongly on real text: a 、-list of a digest running across two deals, the money a
listing raised told in the next sentence, a fund or company set up by a lead founder 联合 others, and the deals a
framework agreement only foresees. Sentences written for this file; the companies are invented."""

from __future__ import annotations

from tests.extract.readers import facts, roles


def deals(text: str, ftype: str) -> list[tuple]:
    return sorted((f.modality, tuple(sorted((r, tuple(v)) for r, v in roles(f).items() if v))) for f in facts(text, ftype))


# 1. A 、-list across two clauses of a digest

def test_an_item_with_its_own_predicate_ends_the_list_of_buyers():
    text = "云岫机器人控股澄湖能源、北辰智造寻求收购青鸾智能。"
    assert [(roles(f)["acquirer"], roles(f)["target"]) for f in facts(text, "acquisition")] == [(["北辰智造"], ["青鸾智能"])]
    held = facts(text, "shareholding")
    assert [(roles(f)["holder"], roles(f)["company"], f.qualifiers.get("rank")) for f in held] == [
        (["云岫机器人"], ["澄湖能源"], "controlling")]


def test_an_item_with_its_own_predicate_is_no_company_bought():
    text = "澄川资本入股青禾电子、岚山科技拟收购星澜智能、鹭洲数据完成B轮融资。"
    assert [(roles(f)["investor"], roles(f)["investee"]) for f in facts(text, "investment")
            if roles(f)["investor"] == ["澄川资本"]] == [(["澄川资本"], ["青禾电子"])]
    assert [(roles(f)["acquirer"], roles(f)["target"]) for f in facts(text, "acquisition")] == [(["岚山科技"], ["星澜智能"])]


def test_a_plain_list_stays_one_list():
    # near misses: a list of objects, a list of buyers, a list of sellers after 向, and a list invested in (…的)
    assert len(facts("澄川资本收购青禾电子、岚山科技。", "acquisition")) == 2
    assert len(facts("澄川资本收购青禾电子、岚山科技获批。", "acquisition")) == 2
    assert [roles(f)["acquirer"] for f in facts("青禾电子、岚山科技拟收购星澜智能。", "acquisition")] == [["青禾电子", "岚山科技"]]
    found = facts("澄川资本向青禾电子、岚山科技收购星澜科技51%股权。", "acquisition")
    assert [roles(f)["seller"] for f in found] == [["青禾电子", "岚山科技"]]
    assert len(facts("澄川资本投资的青禾电子、岚山科技拟收购星澜智能。", "investment")) == 2


def test_control_named_only_between_two_names():
    assert not facts("澄川资本控股青禾电子的计划落空。", "shareholding")
    assert [roles(f)["holder"] for f in facts("青禾电子控股股东为澄川资本。", "shareholding")] == [["澄川资本"]]


"""Who buys when the deal clause names no subject of its own: a clause fronted before the subject
(就收购X一事，A…; 在收购X之前，A…). Sentences written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def deals(text: str, ftype: str = "acquisition") -> list[dict[str, list[str]]]:
    return [{r: [m.text for m in ms] for r, ms in f.roles.items() if ms}
            for f in extract("t", text, "2025-06-30").facts if f.type == ftype]


def test_a_fronted_deal_clause_is_bought_by_the_subject_of_the_next_clause():
    assert deals("就收购东林化工100%股权一事,北辰科技(600999)昨晚发布说明公告称,交易作价公允。") == [
        {"acquirer": ["北辰科技"], "target": ["东林化工"]}]
    assert deals("对于本次收购东林化工股权的目的,北辰科技有关负责人表示,将补齐产业链。") == [
        {"acquirer": ["北辰科技"], "target": ["东林化工"]}]


def test_a_time_clause_ending_before_the_deal_is_read_like_one_ending_after_it():
    assert deals("在收购东林化工有限公司30%股权之前,北辰科技已经持有其21%的股份。") == [
        {"acquirer": ["北辰科技"], "target": ["东林化工有限公司"]}]


def test_an_analyst_opening_the_next_clause_does_not_buy():
    found = deals("此次收购东林化工有限公司60%股权,华岳证券分析师认为估值偏高。")
    assert found and all("华岳证券" not in d.get("acquirer", []) for d in found)


def test_a_name_inside_a_time_phrase_before_the_verb_is_not_the_buyer():
    assert deals("2020年,北辰科技在剥离子公司云帆物流之后收购了东林化工有限公司70%股权。") == [
        {"acquirer": ["北辰科技"], "target": ["东林化工有限公司"]}]


def test_a_time_clause_with_its_own_subject_does_not_take_the_next_clause_subject():
    found = deals("北辰科技方面表示,自公司收购东林化工有限公司60%的股权后,华岳电子一直独立运营。")
    assert found and all(d.get("acquirer") != ["华岳电子"] for d in found)


def test_a_news_source_after_ju_is_not_the_buyer_but_an_announcer_is():
    assert deals("据星海传媒报道,2024年5月,经股东大会审议,公司拟以现金收购华岳电子有限公司51%股权。") == [
        {"target": ["华岳电子有限公司"]}]
    assert deals("据北辰科技公告,2024年5月,经股东大会审议,公司拟以现金收购华岳电子有限公司51%股权。") == [
        {"acquirer": ["北辰科技"], "target": ["华岳电子有限公司"]}]

"""Deals worded as nouns that still name their target: 对B…收购, 本次收购B. Sentences written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def deals(text: str) -> list[dict[str, list[str]]]:
    return [{r: [m.text for m in ms] for r, ms in f.roles.items() if ms}
            for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"]


def test_dui_then_shares_then_the_bare_noun():
    assert deals("北辰科技完成对东林化工有限公司80%股份收购。") == [
        {"acquirer": ["北辰科技"], "target": ["东林化工有限公司"]}]


def test_dui_with_jinxing_before_the_noun():
    assert deals("去年北辰科技对东林化工有限公司进行收购,交易金额为2亿元。") == [
        {"acquirer": ["北辰科技"], "target": ["东林化工有限公司"]}]


def test_dui_meaning_about_names_no_target():
    assert deals("投资者对北辰科技收购一事表示关注。") == []


def test_this_acquisition_naming_its_target_is_a_deal():
    assert deals("北辰科技本次收购华岳电子持有的东林化工有限公司49%股权。") == [
        {"acquirer": ["北辰科技"], "target": ["东林化工有限公司"], "seller": ["华岳电子"]}]


def test_this_acquisition_alone_is_no_new_deal():
    assert deals("这次收购让北辰科技的负债率大幅上升。") == []


def test_after_completing_the_acquisition_of_b():
    assert deals("北辰科技在完成对东林化工的收购后,将进一步整合渠道。") == [
        {"acquirer": ["北辰科技"], "target": ["东林化工"]}]


def test_completed_the_acquisition_of_b_shares_without_dui():
    found = [f for f in extract("t", "北辰科技于7月完成了东林化工90%股权的收购。", "2025-06-30").facts
             if f.type == "acquisition"]
    assert [({r: [m.text for m in ms] for r, ms in f.roles.items()}, f.stake.text) for f in found] == [
        ({"acquirer": ["北辰科技"], "target": ["东林化工"]}, "90%")]


def test_an_acquisition_plan_noun_is_left_to_the_plan():
    assert deals("北辰科技对东林化工的收购方案已获批准。") == []


def test_the_holder_of_an_unnamed_target_is_not_bought():
    assert deals("其中,公司收购华岳电子所持标的公司45.31%股权。") == []
    assert deals("北辰科技收购华岳电子持有的东林化工45%股权。") == [
        {"acquirer": ["北辰科技"], "target": ["东林化工"], "seller": ["华岳电子"]}]


def test_a_seller_name_opening_with_a_time_word_is_still_a_name():
    found = deals("北辰科技公告称,公司拟以6亿元收购前海星桥持有的东林化工有限公司30%的股权。")
    assert [(d["acquirer"], d["target"]) for d in found] == [(["北辰科技"], ["东林化工有限公司"])]


def test_before_the_acquisition_is_no_deal():
    assert deals("收购前公司持有东林化工20%股权。") == []


def test_the_acquisition_date_is_a_noun():
    assert deals("华岳电子并入北辰科技财务报表后,收购日至年末实现收入1319万元。") == []
    assert [d["target"] for d in deals("北辰科技拟收购日本东林化工有限公司51%股权。")] in (
        [["日本东林化工有限公司"]], [["东林化工有限公司"]])


def test_the_company_owned_by_the_name_after_the_verb_is_bought():
    assert deals("2016年,北辰科技斥资52亿元收购青松资本控股的东林化工,由此切入新能源。") == [
        {"acquirer": ["北辰科技"], "target": ["东林化工"]}]
    assert deals("北辰科技收购东林化工的计划落空。") == [{"acquirer": ["北辰科技"], "target": ["东林化工"]}]


def test_shares_or_a_copula_guessed_as_a_name_are_not_bought():
    assert [f for f in extract("t", "上半年,累计增持股份达到3.26亿股。", "2025-06-30").facts
            if f.type == "investment"] == []


def test_a_name_opening_with_ri_after_the_verb_is_bought():
    assert [d["target"] for d in deals("北辰科技收购日升科技、日晖材料的控股权。")] == [["日升科技"], ["日晖材料"]]

"""A headline glued to its body (岚州电缆：中标3.8亿元光伏电站项目岚州电缆（600999）…公告，…): the body starts a sentence of
its own, no name is read across the join, and the headline's reading yields to the body's (sentences written by the
team, invented names)."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from tests.extract.readers import one, roles

GLUED = ("岚州电缆：中标3.8亿元光伏电站项目岚州电缆（600999）12月20日晚公告，近日，公司收到《中标通知书》，"
         "确认公司为青禾光伏电站项目的中标单位，中标金额3.8亿元。")


def test_the_body_after_a_glued_headline_is_a_sentence_of_its_own():
    doc = extract("t", GLUED, "2025-06-30")
    assert [s.text for s in doc.sentences][0] == "岚州电缆：中标3.8亿元光伏电站项目"
    assert not any(m.text.endswith("项目岚州电缆") for m in doc.mentions)


def test_the_award_told_by_headline_and_body_is_one_fact():
    won = one(GLUED, "purchase")
    assert roles(won)["supplier"] == ["岚州电缆"] and won.amount.text == "3.8亿元"


def test_the_headlines_sum_joins_the_body_that_does_not_tell_one():
    text = ("岚州电子：中标4034万元青禾电网项目岚州电子（300617）7月25日晚公告，公司近日收到《中标公告》，"
            "中标青禾电网有限公司输变电项目第一次设备招标采购项目的3个包。")
    won = one(text, "purchase")
    assert roles(won)["supplier"] == ["岚州电子"] and won.amount.text == "4034万元"


def test_a_bracketed_tag_may_open_the_headline():
    text = ("【中标合同】岚州环境：联合体中标1亿元临江新区项目岚州环境（603588）11月12日晚公告，近日，公司收到《中标通知书》，"
            "确认公司牵头的联合体，为“临江新区污泥干化处理工程总承包”项目的中标单位，中标价1.02亿元。")
    assert roles(one(text, "purchase"))["supplier"] == ["岚州环境"]


def test_no_cut_where_the_body_does_not_open_with_the_headlines_name_and_code():
    text = "岚州电缆：中标3.8亿元光伏电站项目青禾科技（600001）7月1日晚间公告称，公司拟收购澄星电子。"
    assert len(extract("t", text, "2025-06-30").sentences) == 1

"""A party described by its field and kind inside a clause (与国产AI芯片厂商B签署…, 收购了自动驾驶公司B, 本轮由机器人企业B
领投, 向激光雷达企业B采购): the field is B's line of work, and the words before B are no name of their own. Sentences
written for this file."""

from __future__ import annotations

import pytest

from tests.extract.readers import facts, names


def focus(text: str) -> list[tuple[list[str], str]]:
    return [(names(f, "company"), f.qualifiers.get("domain")) for f in facts(text, "focus")]


@pytest.mark.parametrize("text, company, field", [
    ("云岫科技宣布与国产AI芯片厂商芯澜半导体签署战略合作协议。", "芯澜半导体", "AI芯片"),
    ("澄川资本收购了自动驾驶公司青禾智驾。", "青禾智驾", "自动驾驶"),
    ("云岫科技向激光雷达企业青衡光电采购了一批设备。", "青衡光电", "激光雷达"),
])
def test_the_field_before_a_party_inside_the_clause_is_its_line_of_work(text, company, field):
    assert focus(text) == [([company], field)]


def test_the_round_words_before_the_slot_are_no_part_of_the_field():
    assert focus("本轮由机器人企业星河动力领投。") == [(["星河动力"], "机器人")]


def test_the_field_and_kind_after_xiang_are_no_supplier_name():
    found = [(names(f, "buyer"), names(f, "supplier")) for f in facts("云岫科技向激光雷达企业青衡光电采购了一批设备。", "purchase")]
    assert found == [(["云岫科技"], ["青衡光电"])]


def test_the_subject_of_the_clause_is_not_described_by_a_field_after_it():
    assert focus("澄川资本宣布与青禾智驾签署合作协议。") == []


def test_a_party_described_in_passing_is_no_subject_carried_to_the_next_clause():
    text = "华澄股份去年斥资2.6亿元入股了工业软件公司鼎川数科，目前持有其15%的股份，是后者的第三大股东。"
    held = [(names(f, "holder"), names(f, "company")) for f in facts(text, "shareholding")]
    assert (["华澄股份"], ["鼎川数科"]) in held
    assert focus(text) == [(["鼎川数科"], "工业软件")]

"""Foundings the company-life battery showed missed or read wrongly: 由A于2018年创建 (创建 alone was no verb of the
active voice), a founder described by a school or a past employer (由清华姚班毕业生高澈一手创办的B gave the school as a
founder), and a name that absorbed 自研 (知遥自研的大模型). Invented people and companies throughout."""

from __future__ import annotations

import pytest

from tests.extract.readers import names, one


@pytest.mark.parametrize("text, founders, company", [
    ("弈衡科技由苏望于2018年创建。", ["苏望"], "弈衡科技"),
    ("弈衡科技由苏望、白露两人于2018年在杭州共同创建。", ["苏望", "白露"], "弈衡科技"),
    ("林舟创建墨岩智能。", ["林舟"], "墨岩智能"),
])
def test_chuangjian(text, founders, company):
    fact = one(text, "founding")
    assert names(fact, "founder") == founders
    assert names(fact, "company") == [company]


@pytest.mark.parametrize("text, founder, company", [
    ("这家由清华姚班毕业生高澈一手创办的公司——缇翼智能，如今已有300名员工。", "高澈", "缇翼智能"),
    ("由澄川科技前高管王澜创办的青禾智能完成融资。", "王澜", "青禾智能"),
    ("缇翼智能由清华博士高澈创办。", "高澈", "缇翼智能"),
])
def test_founder_described_before_the_name(text, founder, company):
    fact = one(text, "founding")
    assert names(fact, "founder") == [founder]
    assert names(fact, "company") == [company]


def test_company_and_person_joined_both_found():
    fact = one("由澄川科技和王澜共同发起设立的青禾基金完成备案。", "founding")
    assert names(fact, "founder") == ["澄川科技", "王澜"]


def test_in_house_model_owner_without_ziyan():
    fact = one("知遥自研的多模态大模型“知遥-Vega”已通过备案。", "ownership")
    assert names(fact, "owner") == ["知遥"]
    assert fact.qualifiers.get("in_house") is True

"""A company introduced by a verb of naming after a word for a company (这家公司名叫朗峪微, 新公司名为栖木) is found, and
a reference to it in the next sentence reads through; a project or product so named is no company. Invented
companies throughout."""

from __future__ import annotations

import pytest

from dealgraph.extract.pipeline import extract
from tests.extract.readers import names, one


@pytest.mark.parametrize("text, name", [
    ("这家位于苏州的芯片设计公司名叫朗峪微。", "朗峪微"),
    ("新公司名为栖木，主攻AI Agent。", "栖木"),
    ("双方成立的合资公司名为华川芯联。", "华川芯联"),
])
def test_named_company_found(text, name):
    assert name in [m.text for m in extract("t", text, "2025-06-30").mentions]


def test_the_company_named_raises_in_the_next_sentence():
    text = "这家位于苏州的芯片设计公司名叫朗峪微。今年4月，这家公司拿到了沐川基金和鹤鸣资本共同投资的2亿元Pre-B轮融资。"
    fact = one(text, "investment")
    assert names(fact, "investee") == ["朗峪微"]
    assert names(fact, "investor") == ["沐川基金", "鹤鸣资本"]


@pytest.mark.parametrize("text", ["该项目名为智慧城市建设。", "这款产品名为青禾助手。"])
def test_a_project_named_is_no_company(text):
    assert [m for m in extract("t", text, "2025-06-30").mentions if m.kind in ("organization", "candidate")] == []

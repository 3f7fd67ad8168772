"""A name with no firm suffix that opens a company's profile (成立于, 主要从事, 专注于, 是一家, 总部位于) is found
(sentences written by the team, invented names)."""

from __future__ import annotations

import pytest

from dealgraph.extract.pipeline import extract
from tests.extract.readers import REF, facts, names


def mention_texts(text: str) -> list[str]:
    return [m.text for m in extract("t", text, REF).mentions]


@pytest.mark.parametrize("text, name", [
    ("青禾微电成立于2019年，主要从事功率器件的研发。", "青禾微电"),
    ("此前，澄芯一直专注于数据中心GPU。", "澄芯"),
    ("星衡是一家专注于推理芯片的公司。", "星衡"),
    ("资料显示，岚序总部位于杭州。", "岚序"),
    ("成立于2016年的澄芯一直专注于数据中心GPU。", "澄芯"),
])
def test_the_name_opening_a_profile_is_found(text, name):
    assert name in mention_texts(text)


def test_the_profile_gives_the_company_its_field_and_founding():
    text = "青禾微电成立于2019年，主要从事功率器件的研发。"
    assert [names(f, "company") for f in facts(text, "focus")] == [["青禾微电"]]
    assert [names(f, "company") for f in facts(text, "founding")] == [["青禾微电"]]


@pytest.mark.parametrize("text", [
    "公司成立于2010年，主要从事芯片设计。",
    "该基金成立于2016年，专注于早期投资。",
    "两家公司均成立于2015年。",
    "上述企业主要从事芯片设计。",
    "合资公司是一家专注于AI芯片的企业。",
    "很多初创企业专注于垂直模型。",
    "团队专注于大模型研发。",
    "成立于2016年的公司主要从事芯片设计。",
])
def test_a_generic_subject_of_a_profile_is_no_name(text):
    assert mention_texts(text) == []

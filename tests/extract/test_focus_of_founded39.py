"""A subject-less clause describing a line of work right after a clause that founds a company (a joint venture, a
wholly owned unit, a start-up) describes the company founded, not the founder carried from before."""

from __future__ import annotations

import pytest

from tests.extract.readers import one


@pytest.mark.parametrize("text, company", [
    ("澄观科技与青禾集团成立合资公司岚序智能，专注于工业机器人的研发。", "岚序智能"),
    ("澄观科技投资设立全资子公司岚序智能，主要从事自动驾驶软件开发。", "岚序智能"),
    ("2020年，鸣川控股创立了砾岩视觉，专注于工业质检。", "砾岩视觉"),
    ("朔方电子与岚湾资本共同出资设立合资公司澄雾微，注册资本2亿元，专注于车规级功率芯片。", "澄雾微"),
])
def test_focus_after_founding_is_the_new_company(text: str, company: str) -> None:
    assert [m.canonical for m in one(text, "focus").roles["company"]] == [company]


@pytest.mark.parametrize("text, company", [
    ("岚序智能由澄观科技于2019年创立，专注于工业质检。", "岚序智能"),
    ("岚序智能成立于2019年，专注于工业质检。", "岚序智能"),
])
def test_focus_without_a_founded_company_keeps_the_subject(text: str, company: str) -> None:
    assert [m.canonical for m in one(text, "focus").roles["company"]] == [company]

"""A founding date after a bracketed short name, and a person's work at a company (our own sentences)."""

from __future__ import annotations

from tests.extract.readers import facts, names


def test_founded_after_a_short_name_in_brackets() -> None:
    text = "四足机器人公司岚峪科技（以下简称“岚峪”）2017年成立于杭州。"
    [fact] = facts(text, "founding")
    assert fact.date is not None and fact.date.value.value == "2017" and names(fact, "company") in (["岚峪科技"], ["岚峪"])


def test_founders_told_after_take_the_date() -> None:
    text = ("四足机器人公司岚峪科技（以下简称“岚峪”）2017年成立于杭州，创始人周朗是北辰大学的副教授，"
            "他与自己的学生陈岩一同创办了这家公司。")
    both = [f for f in facts(text, "founding") if len(f.roles["founder"]) == 2]
    assert both and both[0].date is not None and both[0].date.value.value == "2017"


def test_a_person_s_work_at_a_company_is_no_line_of_the_company() -> None:
    text = "澄川科技由周朗、陈岩于2011年共同创立，周朗此前在北辰电子从事芯片设计研究。"
    assert all(names(f, "company") != ["北辰电子"] for f in facts(text, "focus"))

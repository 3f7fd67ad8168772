"""A description that names a field (这家芯片设计公司, 该机器人企业) means the one company of that field named just
before, where the company the usual order finds is of no such field by its name (sentences written by the team)."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


def test_a_field_description_after_a_takeover_means_the_target_of_that_field():
    text = "岚州控股收购了澄星半导体。这家芯片设计公司成立于2016年。"
    assert names(one(text, "founding"), "company") == ["澄星半导体"]


def test_a_field_description_means_the_subject_when_the_subject_is_of_that_field():
    text = "澄星半导体入股了青禾软件。这家芯片企业成立于2009年。"
    assert names(one(text, "founding"), "company") == ["澄星半导体"]


def test_two_companies_of_the_field_leave_the_usual_reading():
    text = "澄星半导体与岚州芯片签署了合作协议。这家芯片企业成立于2009年。"
    assert names(one(text, "founding"), "company") == ["澄星半导体"]


def test_a_description_of_no_field_keeps_the_usual_reading():
    text = "岚州控股收购了澄星半导体。这家公司成立于1998年。"
    assert [names(f, "company") for f in facts(text, "founding")] != [["澄星半导体"]]


def test_a_field_named_two_sentences_back_is_not_reached():
    text = "澄星半导体发布了新品。岚州控股宣布完成改组。这家芯片公司成立于2016年。"
    assert all(names(f, "company") != ["澄星半导体"] for f in facts(text, "founding"))

"""Round 25 (a5a): names of people and organisations (category A), short names re-found (C), founding verbs and
titles (Q), IPO proceeds and elided metrics (R). Sentences written by the team, with invented names."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def _run(text: str):
    return extract("t", text, "2025-06-30")


def _facts(text: str, kind: str) -> list[dict[str, list[str]]]:
    return [{role: [m.text for m in ms] for role, ms in f.roles.items()}
            for f in _run(text).facts if f.type == kind]


def _founders(text: str) -> list[tuple[list[str], list[str]]]:
    return [(sorted(f["founder"]), f["company"]) for f in _facts(text, "founding")]


# Q: founding verbs and titles

def test_assembled_by_a_person_is_a_founding_with_its_month():
    facts = [f for f in _run("澜舟智算由许一鸣于2021年7月开始组建，次年正式运营。").facts if f.type == "founding"]
    assert [({k: [m.text for m in v] for k, v in f.roles.items()}) for f in facts] == [
        {"founder": ["许一鸣"], "company": ["澜舟智算"]}]
    assert facts[0].date is not None and facts[0].date.value.value == "2021-07"


def test_assembling_a_team_founds_nothing():
    assert _facts("澜舟智算开始组建北美销售团队。", "founding") == []
    assert _facts("澜舟智算发布新品。研发团队由许一鸣于2020年组建。", "founding") == []


def test_the_founded_company_goes_on_as_subject_not_its_founder():
    text = "澜舟智算由许一鸣于2021年创办，同年投入运营，次年开源了模型Lanzhou-13B。"
    assert _facts(text, "ownership") == [{"owner": ["澜舟智算"], "unit": ["Lanzhou-13B"]}]


def test_serving_as_co_founder_founds_the_company():
    assert _founders("贺知远担任澜舟智算联合创始人兼首席技术官。") == [(["贺知远"], ["澜舟智算"])]
    assert _founders("曾在东岚理工大学执教的贺知远担任澜舟智算联合创始人和总裁。") == [(["贺知远"], ["澜舟智算"])]


def test_serving_as_an_officer_or_beside_a_founder_is_no_founding_of_ones_own():
    assert _founders("贺知远担任澜舟智算首席执行官。") == []
    assert _founders("贺知远担任澜舟智算联合创始人许一鸣的助理。") == [(["许一鸣"], ["澜舟智算"])]


# A: people's names

def test_a_person_before_a_place_and_a_founding_verb():
    assert _founders("2019年3月，冯嘉树在苏州创办了岚湾微电子。") == [(["冯嘉树"], ["岚湾微电子"])]


def test_a_person_working_in_a_place_founds_nothing():
    assert _founders("冯嘉树在苏州工作多年，后加入岚湾微电子。") == []


def test_a_kin_word_between_founders_is_no_part_of_the_name():
    assert _founders("岚湾微电子由冯嘉树和弟弟冯嘉林在2017年一起创办。") == [(["冯嘉林", "冯嘉树"], ["岚湾微电子"])]


def test_a_title_of_learning_after_the_name_is_no_part_of_it():
    assert _founders("岚湾微电子由冯嘉树教授于2020年发起创办。") == [(["冯嘉树"], ["岚湾微电子"])]
    assert _founders("岚湾微电子由冯嘉树一手创办。") == [(["冯嘉树"], ["岚湾微电子"])]


def test_the_university_before_a_professor_is_no_founder():
    assert _founders("2020年，东岚理工大学冯嘉树教授发起创办了岚湾微电子。") == [(["冯嘉树"], ["岚湾微电子"])]
    assert _founders("东岚资本和冯嘉树共同创办了岚湾微电子。") == [(["东岚资本", "冯嘉树"], ["岚湾微电子"])]

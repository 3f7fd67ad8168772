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


def test_a_dictionary_name_then_one_more_character_closed_by_a_joiner_is_one_name():
    assert _founders("岚湾微电子成立于2014年，由周瑜岚和哥哥周瑜川共同创办。") == [(["周瑜岚", "周瑜川"], ["岚湾微电子"])]


def test_a_professor_after_a_title_and_a_student_serving_as_co_founder():
    text = "岚湾微电子成立于2021年6月，由东岚理工大学自动化系主任冯嘉树教授发起创办，冯嘉树的学生、东岚理工大学博士郁青禾担任联合创始人和总裁。"
    # (round 27: the co-founder by title joins the founding of the same sentence, one fact with both founders)
    assert sorted(_founders(text)) == [(["冯嘉树", "郁青禾"], ["岚湾微电子"])]


def test_a_person_closing_a_list_of_organisations_invests_too():
    facts = _facts("澄湖科技、北岭合伙和邵一帆三方共同向岚溪控股增资6亿元。", "investment")
    assert [sorted(f["investor"]) for f in facts] == [sorted(["澄湖科技", "北岭合伙", "邵一帆"])]


def test_an_organisation_word_after_a_joiner_is_no_person():
    assert not any(m.kind == "person" for m in _run("澄湖科技和高新区共同设立产业基金。").mentions)


# A: phrases that are no names

def test_a_measure_compared_with_a_number_before_de_is_no_name():
    text = "在这一赛道，此前营收过十亿的只有北岭、澄湖和岚溪三家，而青禾智驾是其中最年轻的一家：它于2021年8月注册成立。"
    assert not any("过十亿" in m.text for m in _run(text).mentions)
    assert [f["company"] for f in _facts(text, "founding")] == [["它"]]
    facts = [f for f in _run(text).facts if f.type == "founding"]
    assert facts[0].roles["company"][0].key.endswith("青禾智驾")


def test_a_particle_before_the_investor_is_no_part_of_its_name():
    assert _facts("上市前，青禾科技拿到过岚溪创投的投资。", "investment") == [
        {"investor": ["岚溪创投"], "investee": ["青禾科技"]}]


def test_a_long_fund_name_keeps_its_city():
    names = [m.text for m in _run("3月，上海澄湖远航人工智能产业母基金联合领投了青禾微电子。").mentions]
    assert "上海澄湖远航人工智能产业母基金" in names


def test_a_long_fund_name_without_a_city_is_unchanged():
    names = [m.text for m in _run("澄川资本投资了北辰远航人工智能产业母基金。").mentions]
    assert "北辰远航人工智能产业母基金" in names


def test_an_english_sentence_opening_preposition_is_no_company():
    text = "Lumen Optics makes lidar. Ahead of the merger vote, it sold its stake in Teal Photonics to a local partner."
    facts = [f for f in _run(text).facts if f.type == "acquisition"]
    assert [f.roles["seller"][0].key for f in facts] == ["name:lumenoptics"]


def test_an_english_name_opening_with_the_same_word_stays():
    assert _facts("Ahead Robotics sold its stake in Teal Photonics last year.", "acquisition")[0]["seller"] == ["Ahead Robotics"]


# B (found with A): 其 after 由A变更为 is A

def test_its_subsidiary_after_a_change_from_a_party_is_that_partys():
    text = ("2024年2月，澄湖股份与北岭通信有限公司签订了算力服务合同。同年7月，三方签订补充协议，"
            "把合同主体由澄湖股份变更为其全资子公司青禾引擎科技有限公司。")
    owners = [f.roles["owner"][0].key for f in _run(text).facts if f.type == "ownership"]
    assert owners == ["name:澄湖股份"]


def test_a_transfer_without_a_change_from_keeps_the_subject():
    text = "北岭通信有限公司把这份合同转给了其全资子公司青禾引擎科技有限公司。"
    owners = [f.roles["owner"][0].key for f in _run(text).facts if f.type == "ownership"]
    assert all(o != "name:澄湖股份" for o in owners)


# R: IPO proceeds and elided metrics

def _listings(text: str) -> list[tuple[str, str | None]]:
    return [(f.qualifiers.get("stage"), f.amount.value.text if f.amount is not None else None)
            for f in _run(text).facts if f.type == "listing"]


def test_proceeds_of_a_global_offering_are_the_listings_amount():
    assert ("listed", "约18.6亿港元") in _listings("岚溪半导体此次全球发售共募得约18.6亿港元。")


def test_a_global_offering_without_money_raised_is_no_listing():
    assert _listings("岚溪半导体拟全球发售8000万股H股。") == []
    assert _listings("岚溪半导体公布全球发售价格为每股21.5港元。") == []


def _revenues(text: str) -> list[tuple[str, str]]:
    return sorted((f.qualifiers["period"].value.value, f.qualifiers["value"].value.text)
                  for f in _run(text).facts if f.type == "financial" and f.qualifiers.get("metric") == "revenue")


def test_an_elided_metric_after_a_year_is_the_same_metric():
    assert _revenues("岚溪半导体2021年收入为3600万元，2022年增至1.4亿元。") == [("2021", "3600万元"), ("2022", "1.4亿元")]


def test_an_elided_count_or_another_subject_is_no_revenue():
    assert _revenues("岚溪半导体员工人数2022年为300人，2023年增至520人。") == []
    assert _revenues("岚溪半导体2021年收入为3600万元，北岭科技增至1.4亿元。") == [("2021", "3600万元")]


# C: short names re-found

def test_the_core_of_a_full_name_with_its_seat_is_re_found_before_a_glued_word():
    text = "存储芯片商岚溪微芯（无锡）科技有限公司入主北岭股份。北岭股份表示暂不注入资产。岚溪微芯方面表示，公司上半年亏损0.8亿元。"
    losses = [f for f in _run(text).facts if f.type == "financial"]
    assert [f.roles["company"][0].text for f in losses] == ["岚溪微芯"]
    assert not any(m.text == "岚溪微芯方面" for m in _run(text).mentions)


def test_a_name_given_with_its_code_is_re_found_before_a_business():
    text = "澄湖文具（002917）公告称将转型算力业务。同年5月，合同主体变更为青禾引擎科技有限公司。今年前三季度澄湖文具算力业务收入为1800万元。"
    revenues = [f for f in _run(text).facts if f.type == "financial"]
    assert [f.roles["company"][0].text for f in revenues] == ["澄湖文具"]


def test_a_different_short_name_is_not_merged_with_a_full_name():
    text = "北岭云为上海青禾智能科技有限公司提供算力，也为青禾芯原提供存储。"
    keys = {m.key for m in _run(text).mentions if m.text == "青禾芯原"}
    assert all("智能" not in k for k in keys)

"""Round 3, events with one side: a company's own spending on a project is a capital plan (company, amount,
purpose, modality), never an investment in the project. Sentences written by the team; the companies are
invented."""

from __future__ import annotations

from tests.extract.readers import facts, one


def company(fact) -> str:
    return fact.roles["company"][0].canonical


def test_project_total_in_the_next_clause_is_the_plan_of_the_clause_before():
    f = one("北辰科技公告，公司拟投资建设高端轴承产业园，项目总投资约15亿元，建设期两年。", "capital_plan")
    assert company(f) == "北辰科技" and f.amount.value.value == 1.5e9
    assert f.modality == "planned" and f.qualifiers["purpose"] == "高端轴承产业园"
    assert not facts("北辰科技公告，公司拟投资建设高端轴承产业园，项目总投资约15亿元，建设期两年。", "investment")


def test_a_project_guessed_after_the_verb_is_no_investee():
    text = "云杉材料拟在合肥投资建设锂电隔膜生产基地项目，总投资9亿元。"
    assert not facts(text, "investment")
    f = one(text, "capital_plan")
    assert company(f) == "云杉材料" and f.amount.value.value == 9e8
    assert f.qualifiers["purpose"] == "锂电隔膜生产基地项目" and f.modality == "planned"


def test_a_project_total_without_a_plan_word_is_stated_spending():
    f = one("2023年5月，澜舟动力在安徽累计投资18亿元建设光伏玻璃基地。", "capital_plan")
    assert company(f) == "澜舟动力" and f.amount.value.value == 1.8e9
    assert f.modality == "asserted" and f.qualifiers["purpose"] == "建设光伏玻璃基地"
    assert f.date is not None and f.date.text == "2023年5月"


def test_money_spent_without_a_project_stays_a_capex_figure():
    assert not facts("过去两年，星海集团已累计投入超80亿元。", "capital_plan")
    assert one("过去两年，星海集团已累计投入超80亿元。", "financial").qualifiers["metric"] == "capex"


def test_a_regulator_approving_projects_spends_nothing():
    assert not facts("今年前三季度，省发改委共审批核准基础设施投资项目42个，总投资860亿元。", "capital_plan")


def test_money_of_another_clause_is_not_the_project_spending():
    """拟出资1亿元设立子公司，由其投资建设A项目，项目总投资3亿元: 1亿元 founds the unit; the project costs 3亿元."""
    found = facts("北辰科技晚间公告，公司拟出资1亿元设立全资子公司云杉新材料有限公司，由其投资建设年产3万吨薄膜项目，"
                  "项目总投资3亿元。", "capital_plan")
    assert [f.amount.value.value for f in found] == [3e8]
    assert found[0].qualifiers["purpose"] == "年产3万吨薄膜项目"
    assert found[0].roles["company"][0].text == "其"  # 由其投资建设: the unit named after 由 builds (coreference says which)


def test_one_plan_stated_twice_is_read_once():
    found = facts("云杉材料公告，公司拟投资6亿元建设新能源电池生产基地项目，项目总投资6亿元。", "capital_plan")
    assert len(found) == 1 and found[0].amount.value.value == 6e8 and found[0].modality == "planned"


def test_money_stated_without_a_project_or_a_plan_is_no_capital_plan():
    assert not facts("澜舟动力去年投资5亿元。", "capital_plan")
    assert not facts("去年澜舟动力在华东累计投资5亿元，收获颇丰。", "capital_plan")

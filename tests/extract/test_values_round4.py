"""Deal values, round 4: values that went to the wrong slot (a valuation as a round's amount, an
acquisition price as a financing figure, a tranche dated by the next tranche's date). Sentences written
for this file (invented companies)."""

from __future__ import annotations

from dealgraph.values.dates import DateResolver
from tests.extract.readers import facts


def _text(v) -> str | None:  # type: ignore[no-untyped-def]
    return None if v is None else v.text


# ---- a round named beside its investors takes the round's money, not the valuation ----

def test_a_valuation_after_the_round_is_not_its_amount():
    found = facts("澄川数据去年5月完成一轮4亿美元的融资，由星海资本领投，当时估值约18亿美元。", "investment")
    assert [_text(f.amount) for f in found] == ["4亿美元"]


def test_a_round_with_only_a_valuation_has_no_amount():
    found = facts("澄川数据完成新一轮融资，由星海资本领投，投后估值约18亿美元。", "investment")
    assert found and all(f.amount is None for f in found)


def test_the_round_amount_after_the_lead_investor_is_still_read():
    found = facts("澄川数据完成新一轮融资，由星海资本领投，融资金额为3亿元。", "investment")
    assert [_text(f.amount) for f in found] == ["3亿元"]


# ---- money another deal pays in a later clause is not the figure of a metric word ----

def test_an_acquisition_price_is_not_a_financing_figure():
    text = "在宣布融资的同时，岚峰科技还以5200万元全资收购了无锡启明微电子有限公司。"
    assert not [f for f in facts(text, "financial") if f.qualifiers.get("metric") == "financing"]
    assert [_text(f.amount) for f in facts(text, "acquisition")] == ["5200万元"]


def test_a_financing_figure_in_the_next_clause_is_kept():
    found = [f for f in facts("岚峰科技今年3月完成融资，本轮融资金额达2亿元。", "financial")
             if f.qualifiers.get("metric") == "financing"]
    assert found and _text(found[0].qualifiers["value"]) == "2亿元"


# ---- "at that time" is the date named last, not the next one in the clause ----

def test_at_that_time_takes_the_date_named_before():
    text = ("In October 2023, Zentrix agreed to invest up to $3 billion in Polaris Data. "
            "It put in $1 billion at that time and paid the remaining $2 billion in April 2024.")
    found = [f for f in facts(text, "investment") if f.modality == "asserted"]
    assert found and found[0].amount.text == "$1 billion"
    assert found[0].date.value.value == "2023-10" and found[0].date.text == "at that time"


def test_at_that_time_without_an_earlier_date_is_unresolved():
    resolver = DateResolver("2025-06-30")
    ((_, _, value),) = resolver.find("It put in $1 billion at the time.")
    assert value.value is None and value.text == "at the time"
    resolver.find("Talks began in March 2022.")
    ((_, _, value),) = resolver.find("Shares rose sharply at that time.")
    assert value.value == "2022-03"
    assert resolver.find("It was valued at $2 billion at the time of the merger.") == []


# ---- 上年 counts back from the year the sentence speaks of ----

def test_the_year_before_counts_from_the_year_the_sentence_names():
    resolver = DateResolver("2025-04-20")
    found = resolver.find("2023年，澄川数据营收5亿元；净亏损2亿元，较上年的3亿元收窄。")
    assert [v.value for _, _, v in found] == ["2023", "2022"]


def test_the_year_before_without_a_year_named_counts_from_the_writing_date():
    resolver = DateResolver("2025-04-20")
    ((_, _, value),) = resolver.find("澄川数据净亏损较上年收窄。")
    assert value.value == "2024"


# ---- a stake past a semicolon belongs to the statement there ----

def test_a_stake_after_a_semicolon_is_not_the_shareholders_before_it():
    text = "澄川数据的股东中有多家机构。星海资本是其长期股东；2021年，青州产业基金向澄川数据投资20亿元，取得18%股权。"
    holdings = [f for f in facts(text, "shareholding") if f.roles["holder"][0].text == "星海资本"]
    assert holdings and all(f.stake is None for f in holdings)


def test_a_stake_in_the_deals_own_part_of_the_sentence_is_kept():
    text = "2021年，青州产业基金向澄川科技投资20亿元，取得18%股权；星海资本仍是其第一大股东。"
    found = [f for f in facts(text, "investment") if f.roles["investor"][0].text == "青州产业基金"]
    assert [_text(f.stake) for f in found] == ["18%"]


# ---- 当季 is the quarter named last ----

def test_that_quarter_is_the_quarter_named_before():
    resolver = DateResolver("2025-08-20")
    resolver.find("澄川数据8月18日发布第二季度业绩。")
    ((_, _, value),) = resolver.find("当季营收12亿元，同比增长9%。")
    assert value.value == "2025-Q2"
    assert resolver.find("当季新品销量翻倍。") == []


def test_that_quarter_gives_a_quarterly_figure_its_period():
    text = "星海科技8月18日发布第二季度财报。当季总收入12亿元，同比增长9%。"
    found = [f for f in facts(text, "financial") if f.qualifiers.get("metric") == "revenue"]
    assert found and found[0].qualifiers["period"].value.value == "2025-Q2"


def test_that_quarter_with_no_quarter_named_is_unresolved():
    resolver = DateResolver("2025-08-20")
    ((_, _, value),) = resolver.find("当季营收12亿元。")
    assert value.value is None


# ---- the date opening an earlier clause frames the figures listed after it ----

def _periods(text: str) -> dict[str, str | None]:
    return {f.qualifiers["value"].text: (f.qualifiers["period"].value.value if f.qualifiers.get("period") else None)
            for f in facts(text, "financial") if f.qualifiers.get("value") is not None}


def test_a_quarter_opening_the_sentence_frames_the_figures_after_a_semicolon():
    found = _periods("星海科技第一季度营收8亿元，环比增长12%；归母净利润约1.2亿元，连续三个季度盈利。")
    assert found == {"8亿元": "2025-Q1", "约1.2亿元": "2025-Q1"}


def test_a_date_inside_a_clause_frames_nothing():
    found = _periods("星海科技营收8亿元，已超过去年全年水平；归母净利润约1.2亿元。")
    assert found.get("约1.2亿元") is None


# ---- 全年 is the year named last ----

def test_the_whole_year_is_the_year_named_before():
    resolver = DateResolver("2025-03-27")
    resolver.find("星海科技3月26日发布2024年业绩。")
    found = resolver.find("全年总收入12亿元；去年全年亏损收窄。")
    assert [(v.text, v.value) for _, _, v in found] == [("全年", "2024"), ("去年", "2024")]


def test_the_whole_year_with_no_year_named_is_unresolved():
    ((_, _, value),) = DateResolver("2025-03-27").find("全年总收入12亿元。")
    assert value.value is None


# ---- 截至…的季度 is the quarter that day closes ----

def test_the_quarter_ended_on_a_day_is_that_quarter():
    found = DateResolver("2025-02-25").find("截至2024年12月31日的季度，星海科技收入为80亿元；截至2025年6月30日止六个月亏损收窄。")
    assert [(v.text, v.value) for _, _, v in found] == [("截至2024年12月31日的季度", "2024-Q4"),
                                                        ("截至2025年6月30日止六个月", "2025-H1")]


def test_a_day_after_as_of_alone_stays_a_day():
    ((_, _, value),) = DateResolver("2025-02-25").find("截至2024年12月31日，星海科技持有澄川数据5%股份。")
    assert value.value == "2024-12-31"


def test_a_quarterly_figure_takes_the_quarter_ended():
    text = "截至2024年12月31日的季度，星海科技收入为80亿元，同比增长8%。"
    assert _periods(text) == {"80亿元": "2024-Q4"}

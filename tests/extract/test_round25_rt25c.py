"""Round 25 (rt25c): listing stages, financial figures and sell-downs as real reports word them. Sentences
written by the team, with invented names."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def _run(text: str, ref: str = "2025-06-30"):
    return extract("t", text, ref)


def _listings(text: str, ref: str = "2025-06-30") -> list[tuple[str, str, str | None, str | None]]:
    return [(f.roles["company"][0].text, f.modality, f.qualifiers.get("stage"), f.date.text if f.date else None)
            for f in _run(text, ref).facts if f.type == "listing"]


# listing stages

def test_a_first_listing_that_won_the_review_is_approved_not_listed():
    text = "3月2日，深交所上市委公布审议结果，澄川电子股份有限公司首发上市获得通过。"
    assert _listings(text) == [("澄川电子股份有限公司", "asserted", "approved", "3月2日")]
    assert _listings("青禾微电子的IPO申请顺利获上市委审议通过。") == [("青禾微电子", "asserted", "approved", None)]


def test_passing_through_a_listing_is_no_review_passed():
    assert [s for _, _, s, _ in _listings("澄川电子拟通过上市募集资金扩充产能。")] != ["approved"]


def test_a_review_ruling_against_the_listing_is_a_negated_approval():
    text = "4月8日，上交所上市委公告，岚山语音科技股份有限公司IPO不符合发行条件、上市条件或信息披露要求。"
    assert _listings(text) == [("岚山语音科技股份有限公司", "negated", "approved", "4月8日")]
    assert _listings("青禾微电子的科创板IPO申请未获上市委审议通过。") == [("青禾微电子", "negated", "approved", None)]


def test_a_review_passed_stays_asserted():
    assert _listings("青禾微电子的科创板IPO申请已获上市委审议通过。") == [("青禾微电子", "asserted", "approved", None)]


def test_a_later_sentence_gives_the_review_its_date():
    text = "澄川电子创业板IPO过会。5月6日，深交所上市委公告，澄川电子首发上市获得通过。"
    assert ("澄川电子", "asserted", "approved", "5月6日") in _listings(text)
    assert all(s == "approved" for _, _, s, _ in _listings(text))


def test_the_road_to_a_listing_is_no_listing():
    assert _listings("此后，澄川电子的上市路堪称一波三折。") == []
    assert _listings("澄川电子于3月12日在科创板上市。") == [("澄川电子", "asserted", "listed", "3月12日")]


def test_the_tutor_named_by_its_role_before_its_name_is_not_the_company():
    text = "作为岚山机器人此次IPO的辅导机构——华东证券已向江苏证监局提交辅导工作完成报告。"
    assert all(c != "华东证券" for c, _, _, _ in _listings(text))


def test_a_step_still_some_distance_away_is_not_taken():
    assert _listings("市场认为岚山机器人距离正式递交上市申请已万事俱备。") == [("岚山机器人", "negated", "filed", None)]
    assert _listings("岚山机器人已正式递交上市申请。") == [("岚山机器人", "asserted", "filed", None)]


def test_a_cited_registry_carries_no_step_for_the_company_before():
    text = "青禾芯片于1月2日在港股上市。据监管网站的辅导公示系统显示，澄川科技已于1月5日完成上市辅导。"
    found = _listings(text, "2026-01-10")
    assert ("青禾芯片", "asserted", "tutoring", None) not in found
    assert [c for c, _, s, _ in found if s == "tutoring"] == ["澄川科技"]


def test_an_epithet_before_the_company_plans_no_listing():
    text = "在此之前的12月5日，被称为“国产GPU第一股”的澄川智算上市，首日大涨。"
    assert _listings(text, "2025-12-10") == [("澄川智算", "asserted", "listed", "12月5日")]


def test_racing_for_the_epithet_is_still_a_plan():
    found = _listings("澄川机器人冲刺“协作机器人第一股”，拟在科创板上市。")
    assert found and all(m == "planned" for _, m, _, _ in found)


# financial figures

def _figures(text: str, ref: str = "2025-11-30") -> list[tuple[str, str, str | None, object]]:
    out = []
    for f in _run(text, ref).facts:
        if f.type != "financial":
            continue
        value, period = f.qualifiers.get("value"), f.qualifiers.get("period")
        p = None if period is None else (period.value.value or (period.value.start, period.value.end))
        out.append((f.roles["company"][0].text, f.qualifiers["metric"], value.text if value else None, p))
    return out


def test_a_span_ending_in_a_half_year_gives_one_figure_per_period():
    text = "招股书显示，2021年至2024年上半年，青禾智驾科技的收入分别为3.1亿元、5.2亿元、7.3亿元和4.4亿元。"
    assert _figures(text) == [("青禾智驾科技", "revenue", "3.1亿元", "2021"), ("青禾智驾科技", "revenue", "5.2亿元", "2022"),
                              ("青禾智驾科技", "revenue", "7.3亿元", "2023"), ("青禾智驾科技", "revenue", "4.4亿元", "2024-H1")]


def test_a_span_with_too_few_figures_stays_one_fact():
    text = "2021年至2024年上半年，青禾智驾科技的收入分别为3.1亿元、5.2亿元。"
    assert len(_figures(text)) == 1


def test_years_listed_before_the_metric_pair_with_the_figures():
    text = "青禾智驾科技在2023年、2024年的收入分别是300万美元、2900万美元。"
    assert _figures(text) == [("青禾智驾科技", "revenue", "300万美元", "2023"), ("青禾智驾科技", "revenue", "2900万美元", "2024")]


def test_years_listed_without_each_keep_one_figure():
    assert len(_figures("青禾智驾科技在2023年、2024年的收入合计300万美元。")) == 1


def test_the_first_months_of_a_year_joined_after_a_span():
    text = "青禾智驾科技2022年至2024年、2025年前九个月的净亏损分别是1373万美元、1.69亿美元、2.65亿美元和3.12亿美元。"
    assert [p for *_, p in _figures(text)] == ["2022", "2023", "2024", ("2025-01", "2025-09")]


def test_first_three_quarters_without_du_and_the_report_of_a_year():
    assert _figures("澄川智算前三季实现营业收入58.2亿元，同比增长9.1%。") == [
        ("澄川智算", "revenue", "58.2亿元", ("2025-Q1", "2025-Q3"))]
    assert _figures("澄川智算2025年三季报显示营业收入64.9亿元。") == [
        ("澄川智算", "revenue", "64.9亿元", ("2025-Q1", "2025-Q3"))]


def test_three_quarters_of_a_season_word_is_no_period():
    assert all(v.kind != "date" for v in _run("他在前三季节里表现出色。").values)


def test_a_change_compared_with_last_year_written_after_tongbi():
    facts = [f for f in _run("澄川智算营业总收入64.90亿元，同比去年增长44.65%。").facts if f.type == "financial"]
    assert len(facts) == 1 and facts[0].qualifiers["change"].value.percent == 44.65


def test_jingli_is_net_profit_and_jinglilv_a_margin():
    assert _figures("澄川智算前3季净利6亿元。") == [("澄川智算", "net_profit", "6亿元", ("2025-Q1", "2025-Q3"))]
    assert _figures("澄川智算前3季净利率为12.5%。") == []


def test_a_loss_left_behind_is_no_loss():
    assert [m for _, m, _, _ in _figures("澄川智算走出了由持续亏损到扭亏为盈的转折。")] == ["net_profit"]
    assert _figures("澄川智算仍处于亏损状态。") == [("澄川智算", "net_loss", None, None)]


def test_turning_from_loss_to_profit_is_no_loss_and_no_unit_of_the_name():
    r = _run("只有寒武纪转亏为盈。")
    assert [m.text for m in r.mentions] == ["寒武纪"]
    assert [f for f in r.facts if f.qualifiers.get("metric") == "net_loss"] == []
    assert _figures("澄川科技第三季度转亏，亏损1200万元。")[-1] == ("澄川科技", "net_loss", "1200万元", "2025-Q3")


def test_a_guarded_short_name_before_its_reported_figures_is_the_company():
    text = "2021年至2023年，地平线的收入分别为4.1亿元、8.2亿元和12.3亿元。"
    assert [c for c, *_ in _figures(text)] == ["地平线"] * 3
    assert _figures("大众的收入水平逐年提高。") == []


# sell-downs carried out

def _exits(text: str) -> list[tuple[list[str], list[str], str]]:
    return [([m.text for m in f.roles.get("seller", [])], [m.text for m in f.roles["target"]], f.modality)
            for f in _run(text, "2026-01-20").facts if f.type == "acquisition"]


def test_a_sell_down_plan_completed_is_a_sale_made():
    text = "青禾电子1月12日公告，股东澄川产业基金已完成股份减持计划，经累计减持后其持股比例降至4.99%。"
    assert _exits(text) == [(["澄川产业基金"], ["青禾电子"], "asserted")]
    held = [f for f in _run(text, "2026-01-20").facts if f.type == "shareholding" and f.stake is not None]
    assert [(f.stake.text, f.modality) for f in held] == [("4.99%", "asserted")]


def test_a_sell_down_plan_to_carry_out_or_not_yet_carried_out_is_no_sale():
    assert _exits("澄川产业基金拟实施对青禾电子的减持计划。") == [(["澄川产业基金"], ["青禾电子"], "planned")]
    assert _exits("澄川产业基金尚未实施对青禾电子的减持计划。") == [(["澄川产业基金"], ["青禾电子"], "negated")]
    assert all(m == "planned" for *_, m in _exits("青禾电子公告，股东澄川产业基金计划减持不超过3%的公司股份。"))


def test_another_companys_own_dated_figure_ends_the_period_frame():
    text = "第一季度澄川科技营收8亿元；而青禾电子预计今年将亏损7.3亿元；岚山股份也预计亏损5.27亿元。"
    found = {c: p for c, _, _, p in _figures(text)}
    assert found["澄川科技"] == "2025-Q1" and found["青禾电子"] == "2025" and found["岚山股份"] is None


def test_a_frame_of_one_company_goes_on_over_its_own_figures():
    text = "第一季度澄川科技营收8亿元，环比增长；归母净利润约1.2亿元。"
    assert [p for *_, p in _figures(text)] == ["2025-Q1", "2025-Q1"]


def test_turning_from_loss_to_profit_is_a_profit():
    found = _figures("目前只有澄川科技转亏为盈，前3季净利16亿元。")
    assert ("澄川科技", "net_profit", "16亿元", ("2025-Q1", "2025-Q3")) in found
    assert all(m == "net_profit" for _, m, _, _ in found)


def test_the_holding_left_after_a_sale_is_the_sellers_stake_in_what_it_sold():
    text = "青禾电子1月12日公告，股东澄川产业基金已减持股份，经累计减持后其持股比例降至4.99%。"
    held = [({k: [m.canonical for m in v] for k, v in f.roles.items()}, f.stake.text if f.stake else None)
            for f in _run(text, "2026-01-20").facts if f.type == "shareholding"]
    assert held and all(r == {"holder": ["澄川产业基金"], "company": ["青禾电子"]} for r, _ in held)
    assert "4.99%" in [st for _, st in held]


def test_a_ratio_of_one_company_in_another_still_reads_its_holder():
    text = "澄川产业基金在青禾电子的持股比例降至4.99%。"
    held = [({k: [m.text for m in v] for k, v in f.roles.items()}, f.stake.text if f.stake else None)
            for f in _run(text).facts if f.type == "shareholding"]
    assert held == [({"holder": ["澄川产业基金"], "company": ["青禾电子"]}, "4.99%")]

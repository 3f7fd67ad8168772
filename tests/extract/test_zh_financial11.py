"""Financial results as Chinese filings and news report them: the period that frames a list of figures, a
profit that is a loss, figures compared with, forecasts and their ranges (sentences written by the team)."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def _figures(text: str, ref: str = "2024-05-09") -> list[tuple[str, str, str | None, str | None]]:
    out = []
    for f in extract("t", text, ref).facts:
        if f.type != "financial":
            continue
        q = f.qualifiers
        value = q.get("value").text if q.get("value") is not None else None
        period = q["period"].value.value if q.get("period") is not None else None
        out.append((q["metric"], f.modality, value, period))
    return out


def test_the_period_of_a_list_of_figures_is_the_quarter_not_the_day_of_the_announcement():
    text = ("6月3日晚间，青禾智能（301999.SZ）公告称，公司2024年第一季度实现营业收入7.42亿元，同比下降5.3%；"
            "归属于母公司所有者的净利润亏损1840万元，上年同期净利润为0.6亿元；扣非净利润亏损0.93亿元，"
            "上年同期为盈利0.41亿元。")
    found = _figures(text, "2024-06-04")
    assert ("revenue", "asserted", "7.42亿元", "2024-Q1") in found
    assert ("net_loss", "asserted", "1840万元", "2024-Q1") in found
    assert ("net_loss", "asserted", "0.93亿元", "2024-Q1") in found
    assert ("net_profit", "asserted", "0.6亿元", "2023-Q1") in found
    assert ("net_profit", "asserted", "0.41亿元", "2023-Q1") in found
    # a profit said to be a loss is no profit of that size
    assert not [f for f in found if f[0] == "net_profit" and f[2] in ("1840万元", "0.93亿元")]


def test_a_profit_named_without_a_figure_states_no_profit():
    found = _figures("这是六年来澜月股份扣非净利润单季的第一次亏损。")
    assert ("net_loss", "asserted", None, None) in found
    assert not [f for f in found if f[0] == "net_profit"]


def test_a_change_after_another_metric_is_that_metric_s():
    found = extract("t", "澜月股份扣非净利润的下滑主要因为研发费用增加，公司称去年新增研发费用约2亿元。", "2024-03-01").facts
    [profit] = [f for f in found if f.type == "financial" and f.qualifiers["metric"] == "net_profit"]
    assert profit.qualifiers["change"].text == "下滑"  # not 增加, which is the R&D spending's
    found = extract("t", "澜月股份净利润的减少主要因研发费用增加。", "2024-03-01").facts
    assert not [f for f in found if f.type == "financial" and f.qualifiers["metric"] == "net_profit"
                and f.qualifiers.get("change") is not None and f.qualifiers["change"].value.direction == "up"]


def test_a_forecast_goes_on_as_expected_and_last_year_s_figure_compared_with_is_history():
    text = ("7月12日晚间，澜月股份发布半年度业绩预告，预计上半年净亏损在1.5亿元至1.9亿元之间，"
            "相较2024年上半年的3.2亿元净亏损明显收窄。公司预计上半年营业收入同比增长12%-18%，"
            "扣非净利润同比增长20%-35%。")
    found = extract("t", text, "2025-07-13").facts
    by_value = {f.qualifiers["value"].text: f for f in found if f.type == "financial" and f.qualifiers.get("value")}
    assert by_value["1.5亿元至1.9亿元"].modality == "expected"
    past = by_value["3.2亿元"]
    assert past.modality == "asserted" and past.qualifiers["period"].value.value == "2024-H1"
    assert past.qualifiers.get("change") is None  # 收窄 is this year's loss compared with it
    growth = {f.qualifiers["metric"]: f for f in found if f.type == "financial" and f.qualifiers.get("change")}
    assert growth["revenue"].modality == "expected" and growth["net_profit"].modality == "expected"
    change = growth["net_profit"].qualifiers["change"].value
    assert (change.percent, change.percent_max) == (20, 35)


def test_a_prospectus_series_of_years_and_a_half_year():
    text = ("招股书显示，报告期内（2022年至2024年及2025年上半年），澄川智能分别实现营业收入1.2亿元、1.9亿元、2.6亿元和"
            "0.8亿元，同期净亏损分别为0.7亿元、0.5亿元、0.4亿元和0.3亿元。")
    found = _figures(text, "2025-11-02")
    assert [f[2:] for f in found if f[0] == "revenue"] == [
        ("1.2亿元", "2022"), ("1.9亿元", "2023"), ("2.6亿元", "2024"), ("0.8亿元", "2025-H1")]
    assert [f[2:] for f in found if f[0] == "net_loss"] == [
        ("0.7亿元", "2022"), ("0.5亿元", "2023"), ("0.4亿元", "2024"), ("0.3亿元", "2025-H1")]


def test_a_figure_that_went_from_one_value_to_another_and_a_ratio_that_is_no_figure():
    text = "2025年上半年，澄川智能净亏损由去年同期的900万元扩大至0.62亿元，净亏损率升至150%，研发费用率为70%。"
    found = _figures(text, "2025-11-02")
    assert ("net_loss", "asserted", "0.62亿元", "2025-H1") in found
    assert ("net_loss", "asserted", "900万元", "2024-H1") in found
    assert len(found) == 2  # the ratios state no loss and no spending
    assert ("revenue", "asserted", "9亿元", "2024") in _figures("2024年，澄川智能营收从6亿元增长到9亿元。")


def test_turning_to_a_loss_and_spending_on_research():
    found = _figures("澄川智能2024年研发支出为1.1亿元，2025年上半年又转亏2100万元。", "2025-11-02")
    assert ("rd_expense", "asserted", "1.1亿元", "2024") in found
    assert ("net_loss", "asserted", "2100万元", "2025-H1") in found


def test_the_period_a_report_covers_and_a_quarter_written_short():
    text = "10月20日晚间，澄川智能（688999.SH）披露的2025年三季度报告称，公司实现营收9.8亿元，同比增长310%；净利润1.2亿元。"
    found = _figures(text, "2025-10-21")
    assert ("revenue", "asserted", "9.8亿元", "2025-Q3") in found and ("net_profit", "asserted", "1.2亿元", "2025-Q3") in found
    found = _figures("据财报披露，澄川智能2025年第2季营收3.3亿元，较去年同期的4100万元增长了惊人的7倍。", "2025-08-30")
    assert ("revenue", "asserted", "3.3亿元", "2025-Q2") in found
    assert ("revenue", "asserted", "4100万元", "2024-Q2") in found
    [change] = [f.qualifiers["change"].value for f in extract("t", "澄川智能2025年第2季营收3.3亿元，较去年同期的4100万元"
                                                              "增长了惊人的7倍。", "2025-08-30").facts if f.qualifiers.get("change")]
    assert change.factor == 7
    assert not [m for m in extract("t", "据财报披露，澄川智能一季度营收3亿元。", "2025-05-01").mentions if m.text == "财报"]


def test_a_figure_after_last_year_s_same_period_and_a_turnaround_told_twice():
    found = _figures("扣除非经常性损益后，澄川智能一季度净利润1.1亿元，扭转了去年同期0.9亿元的亏损局面。", "2025-05-01")
    assert ("net_profit", "asserted", "1.1亿元", "2025-Q1") in found and ("net_loss", "asserted", "0.9亿元", "2024-Q1") in found
    found = _figures("上半年，澄川智能实现归母净利润3.6亿元，同比扭亏为盈。", "2025-08-30")
    assert found == [("net_profit", "asserted", "3.6亿元", "2025-H1")]
    found = _figures("澄川智能继续保持高强度研发投入，一季度研发支出达0.8亿元，占营收比例为20%。", "2025-05-01")
    assert found == [("rd_expense", "asserted", "0.8亿元", "2025-Q1")]


def test_a_business_or_market_figure_names_its_segment():
    def segments(text: str) -> list[tuple[str | None, str]]:
        return [(f.qualifiers.get("segment"), f.qualifiers["value"].text) for f in extract("t", text, "2025-08-30").facts
                if f.type == "financial"]
    assert segments("澄川智能AI业务收入2.2亿元，同比增长150%。") == [("AI业务", "2.2亿元")]
    assert segments("澄川智能来自海外市场的收入为1.4亿元。") == [("海外市场", "1.4亿元")]
    assert segments("澄川智能2024年的公有云服务收入9.5亿元。") == [("公有云服务", "9.5亿元")]
    assert segments("澄川智能2024年主营业务收入12亿元。") == [(None, "12亿元")]
    assert segments("澄川智能2024年营收12亿元。") == [(None, "12亿元")]


def test_a_figure_measured_against_expectations_is_no_expectation_and_guidance_is():
    text = "澄川智能本季度营收82亿元，同比增长9%，略低于市场预期，但净利润同比增长15%至11.3亿元。"
    assert {f[1] for f in _figures(text, "2025-05-20")} == {"asserted"}
    assert {f[1] for f in _figures("澄川智能二季度营收好于预期，达到31亿元。", "2025-08-20")} == {"asserted"}
    assert {f[1] for f in _figures("澄川智能预期全年营收达到120亿元。", "2025-05-20")} == {"expected"}
    found = _figures("澄川智能把2025年资本开支指引上调至450-480亿元。", "2025-11-01")
    assert found == [("capex", "expected", "450-480亿元", "2025")]  # this year's guidance: a figure expected
    [plan] = extract("t", "澄川智能把2026年资本开支指引上调至450-480亿元。", "2025-11-01").facts
    assert plan.type == "capital_plan" and plan.modality == "planned"  # next year's: a spending plan


def test_the_same_period_a_year_before_with_web_spacing():
    found = _figures("2025 年上半年，澄川智能的资本开支为 56.2 亿元，较 2024 年同期的 31.7 亿元同比增长了 77%。", "2025-09-01")
    assert ("capex", "asserted", "56.2 亿元", "2025-H1") in found
    assert ("capex", "asserted", "31.7 亿元", "2024-H1") in found


def test_hong_kong_results_words_operating_losses_and_enumerated_businesses():
    found = _figures("2021年至2023年，澄川智能经营溢利分别亏损3.1亿元、4.2亿元、5.3亿元。", "2024-08-01")
    assert found == [("operating_loss", "asserted", "3.1亿元", "2021"), ("operating_loss", "asserted", "4.2亿元", "2022"),
                     ("operating_loss", "asserted", "5.3亿元", "2023")]
    text = ("2024年上半年，澄川智能营业额上升12.5%至9.4亿元。其中：(一)机器人：营业额上升1.5倍至4.1亿元；"
            "(二)传统视觉：营业额下降20.2%至3.3亿元。")
    facts = [f for f in extract("t", text, "2024-08-30").facts if f.type == "financial"]
    by_value = {f.qualifiers["value"].text: f.qualifiers.get("segment") for f in facts}
    assert by_value == {"9.4亿元": None, "4.1亿元": "机器人", "3.3亿元": "传统视觉"}


def test_rounds_counted_or_a_total_raised_are_no_round():
    facts = extract("t", "公开资料显示，澄川智能从成立至今一共进行了8轮融资，融资总额约36亿元。", "2025-03-01").facts
    assert not [f for f in facts if f.type == "investment"]
    assert not [m for m in extract("t", "澄川智能一共进行了8轮融资。", "2025-03-01").mentions if m.text == "一共"]
    [a1] = [f for f in extract("t", "澄川智能完成2亿元A1轮融资。", "2025-03-01").facts if f.type == "investment"]
    assert a1.qualifiers["round"] == "A1轮"


def test_a_business_named_bare_before_its_revenue_and_ebitda_is_no_net_result():
    def segments(text: str) -> list[tuple[str | None, str]]:
        return [(f.qualifiers.get("segment"), f.qualifiers["value"].text) for f in extract("t", text, "2025-03-30").facts
                if f.type == "financial" and f.qualifiers.get("value") is not None]
    text = ("澄川智能2024年全年营收28.5亿元。2024年大模型的收入同比增长90%至15.2亿元；相比之下，澄川智能起家的安防AI业务在"
            "2024年实现收入9.3亿元，同比下降20%；智能座舱收入则下降12%，降至1.4亿元。")
    assert segments(text) == [(None, "28.5亿元"), ("大模型", "15.2亿元"), ("安防AI业务", "9.3亿元"), ("智能座舱", "1.4亿元")]
    found = extract("t", "澄川智能全年净亏损12.3亿元；经调整EBITDA亏损收窄30%至8.1亿元。", "2025-03-30").facts
    assert [(f.qualifiers["metric"], f.qualifiers["value"].text) for f in found if f.type == "financial"] == [
        ("net_loss", "12.3亿元")]
    assert not [m for m in extract("t", "澄川智能经调整EBITDA亏损8.1亿元。", "2025-03-30").mentions if m.text == "EBITDA"]


def test_a_sentence_with_no_date_goes_on_with_the_period_of_the_figures_before_it():
    text = ("据财报披露，澄川智能2025年第2季营收8.2亿元，较去年同期的1.1亿元增长超6倍。更重要的是，澄川智能首次实现单季盈利，"
            "净利润1.3亿元，而去年同期则亏损0.9亿元。\n另据报道，澄川智能净利润率约为15%。")
    found = _figures(text, "2025-08-20")
    assert ("net_profit", "asserted", "1.3亿元", "2025-Q2") in found
    assert ("net_loss", "asserted", "0.9亿元", "2024-Q2") in found


def test_a_rate_noun_after_a_figure_is_its_change():
    facts = [f for f in extract("t", "前三季度，青禾科技累计营收46.07亿元，同比增幅达386.5%，累计净利润6.05亿元。",
                                "2025-10-19").facts if f.type == "financial"]
    changes = {f.qualifiers["metric"]: f.qualifiers.get("change") for f in facts}
    assert changes["revenue"] is not None and changes["revenue"].value.percent == 386.5
    assert changes["net_profit"] is None


def test_a_year_s_figure_compared_with_the_year_before_takes_the_change():
    facts = [f for f in extract("t", "招股书显示，青禾科技2025年营收14.2亿元，较上年增长63%，经调整净亏损5.1亿元。",
                                "2026-11-20").facts if f.type == "financial"]
    revenue = [f for f in facts if f.qualifiers["metric"] == "revenue"]
    assert revenue and revenue[0].qualifiers["change"].value.percent == 63


def test_the_year_compared_with_is_no_period_of_the_figure():
    figures = _figures("青禾科技2025年营收14.2亿元，净亏损较上年收窄20%。", "2026-11-20")
    loss = [f for f in figures if f[0] == "net_loss"]
    assert loss and loss[0][3] == "2025"
    # near miss: a period of its own before the comparison stays the figure's
    loss = [f for f in _figures("青禾科技去年净亏损较前年收窄20%。", "2026-11-20") if f[0] == "net_loss"]
    assert loss and loss[0][3] == "2025"

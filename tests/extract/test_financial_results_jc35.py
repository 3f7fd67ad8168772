"""Chinese results news as brokers, wires and filings write it (round 35, jc): whose figures a broker's note reports,
the period of a half written 半年度 or 中期, a comparison year in brackets, per-share and one-item results, an
accounting basis that is no condition, a forecast revised (sentences written by the team, invented names)."""

from __future__ import annotations

from tests.extract.readers import figures


def _figures(text: str, ref: str = "2025-08-26") -> list[tuple[str, str, str, str | None, str | None]]:
    """tests.extract.readers.figures, on these tests' reference day unless one is given."""
    return figures(text, ref)


# --- a broker's byline is no company of the figures

def test_the_figures_of_a_brokers_note_are_the_titled_companys_not_the_brokers():
    text = ("青岚电气(002911)：2025年半年报点评：海外订单放量\n"
            "澄川证券· 2025-08-26 07:38\n"
            "- 2025H1实现收入31.20亿元同比增长8.12% 归母净利润2.64亿元同比增长3.30%")
    found = _figures(text)
    assert ("青岚电气", "revenue", "asserted", "31.20亿元", "2025-H1") in found
    assert ("青岚电气", "net_profit", "asserted", "2.64亿元", "2025-H1") in found
    assert not [f for f in found if f[0] == "澄川证券"]


def test_a_broker_named_in_a_sentence_of_its_own_is_still_read():
    # near miss: no dot and date after the name, the broker's own figures stay its own
    found = _figures("澄川证券2025年上半年营收12.30亿元，同比增长6.10%。")
    assert ("澄川证券", "revenue", "asserted", "12.30亿元", "2025-H1") in found


# --- the period of a half: 半年度, 年度中期业绩

def test_a_half_year_written_with_spaces_and_banniandu_is_the_first_half():
    text = "青禾药业股份有限公司预计 2025 年半年度归母净利润 900 万元至 1,100 万元，同比下降 60%到 70%。"
    found = _figures(text, "2025-07-14")
    assert [f[1:] for f in found] == [("net_profit", "expected", "900 万元至 1,100 万元", "2025-H1")]


def test_interim_results_of_a_year_are_the_first_half():
    text = "岚州置业(00061.HK)披露2023年度中期业绩，股东应占亏损1.52亿港元，同比增加20.10%。"
    assert ("岚州置业", "net_loss", "asserted", "1.52亿港元", "2023-H1") in _figures(text, "2023-08-02")


def test_a_year_alone_stays_the_year():
    # near miss: 2024年度 with no half after it is the whole year
    text = "岚州置业(00061.HK)公布2024年度业绩，股东应占亏损3.40亿港元。"
    assert ("岚州置业", "net_loss", "asserted", "3.40亿港元", "2024") in _figures(text, "2025-03-20")


def test_the_year_in_brackets_after_a_figure_is_the_one_compared_with():
    text = "岚州置业(00061.HK)披露2023年度中期业绩，期内净亏损7300万港元(2022年：2100万港元)。"
    found = _figures(text, "2023-08-02")
    assert ("岚州置业", "net_loss", "asserted", "7300万港元", "2023-H1") in found
    assert not [f for f in found if f[4] == "2022" and f[3] == "7300万港元"]


def test_a_year_in_brackets_without_a_colon_is_the_figures_own():
    # near miss: (2021年) names the figure's year, no column of comparison
    found = _figures("岚州置业(00061.HK)录得净亏损7300万港元(2021年)。", "2022-08-02")
    assert ("岚州置业", "net_loss", "asserted", "7300万港元", "2021") in found


# --- per-share results, one item's loss, an operating result turned to a loss, an accounting basis

def test_a_loss_per_share_is_no_net_loss():
    text = "岚州置业(00061.HK)披露2023年度中期业绩，股东应占亏损1.52亿港元；每股基本亏损0.21港元；不派中期息。"
    found = _figures(text, "2023-08-02")
    assert ("岚州置业", "net_loss", "asserted", "1.52亿港元", "2023-H1") in found
    assert not [f for f in found if f[3] == "0.21港元"]


def test_one_items_loss_is_no_net_loss_and_a_basis_is_no_condition():
    text = ("岚州置业(00061.HK)披露2023年度中期业绩，期内净亏损7300万港元。若计入物业估值的重估亏损，应占亏损1.52亿港元，同比增加20.10%。"
            "期内，集团录得汇兑亏损2600万港元。")
    found = _figures(text, "2023-08-02")
    assert ("岚州置业", "net_loss", "asserted", "1.52亿港元", "2023-H1") in found
    assert not [f for f in found if f[3] is None or f[3] == "2600万港元"]


def test_a_real_condition_still_makes_a_figure_hypothetical():
    # near miss: 若 with a condition that is no accounting basis
    found = _figures("若收购顺利完成，岚州置业2026年营业收入将达到30亿港元。", "2025-08-02")
    assert found and all(f[2] != "asserted" for f in found)


def test_an_operating_profit_turned_into_a_loss_is_an_operating_loss():
    text = "岚州置业(00061.HK)披露2023年度中期业绩，股东应占亏损1.52亿港元。\n集团收入下降40%至6.20亿港元，经营层面亦由营业盈利转为亏损4100万港元。"
    found = _figures(text, "2023-08-02")
    assert ("岚州置业", "operating_loss", "asserted", "4100万港元", "2023-H1") in found
    assert ("岚州置业", "revenue", "asserted", "6.20亿港元", "2023-H1") in found  # the period of the line before
    assert not [f for f in found if f[3] == "4100万港元" and f[1] in ("net_profit", "net_loss")]


def test_a_period_is_not_carried_past_a_gap_of_paragraphs():
    # near miss: two paragraphs apart, the figure keeps no period
    text = "岚州置业(00061.HK)披露2023年度中期业绩，股东应占亏损1.52亿港元。\n集团拓展新业务。\n集团收入减少40%至6.20亿港元。"
    found = _figures(text, "2023-08-02")
    assert ("岚州置业", "revenue", "asserted", "6.20亿港元", None) in found


# --- a forecast revised from one figure to another

def test_a_capex_forecast_raised_is_the_new_figure_expected():
    text = "- 岚曜科技2025年二季度营收964.28亿美元(同比+14%)；全年资本开支从610亿美元上调至700亿美元"
    found = _figures(text, "2025-08-01")
    assert ("岚曜科技", "revenue", "asserted", "964.28亿美元", "2025-Q2") in found
    assert ("岚曜科技", "capex", "expected", "700亿美元", None) in found
    assert not [f for f in found if f[3] == "610亿美元"]


def test_a_loss_that_widened_from_one_figure_to_another_is_reported():
    # near miss: 扩大至 tells where the figure went, no forecast revised
    found = _figures("岚曜科技2025年上半年净亏损从上年同期的0.3亿元扩大至1.2亿元。", "2025-08-01")
    assert ("岚曜科技", "net_loss", "asserted", "1.2亿元", "2025-H1") in found
    assert ("岚曜科技", "net_loss", "asserted", "0.3亿元", "2024-H1") in found


# --- a line opening with a name no finder read

def test_a_line_opening_with_an_unread_name_gives_no_figure_to_the_company_before():
    text = ("- 岚曜科技2025年二季度营收964.28亿美元(同比+14%)\n"
            "- 维澜2025年二季度营收26.38亿美元(同比+35%)，经调整营业利润4.89亿美元(同比+28%)")
    found = _figures(text, "2025-08-01")
    assert ("岚曜科技", "revenue", "asserted", "964.28亿美元", "2025-Q2") in found
    assert not [f for f in found if f[3] in ("26.38亿美元", "4.89亿美元") and f[0] == "岚曜科技"]


def test_a_line_opening_with_a_word_goes_on_with_the_company_before():
    # near miss: 其中 is a word, no name; the figure is the company's before
    text = ("- 岚曜科技2025年上半年营收964.28亿美元(同比+14%)\n"
            "- 其中2025年第二季度净利润26.38亿美元(同比+35%)")
    assert ("岚曜科技", "net_profit", "asserted", "26.38亿美元", "2025-Q2") in _figures(text, "2025-08-01")


def test_a_clause_opening_with_its_metric_before_a_year_is_the_company_befores():
    # near miss: 净亏损则从 is the metric and a preposition, no name
    text = "岚曜科技近三年营收依次约为1.2亿元、1.4亿元、2.1亿元；净亏损则从2022年的3.1亿元缩小到2024年的1.6亿元。"
    found = _figures(text, "2025-08-01")
    assert ("岚曜科技", "net_loss", "asserted", "1.6亿元", "2024") in found


def test_words_before_a_year_inside_a_sentence_name_no_company():
    # near miss: 已接近公司 opens a clause inside the sentence, no line; the figure stays the company's
    text = "今年前三季度，岚曜科技累计实现营业收入603.9亿元，同比增长38.4%；归母净利润22.4亿元，已接近公司2024年全年23.2亿元的净利润。"
    assert ("岚曜科技", "net_profit", "asserted", "23.2亿元", "2024") in _figures(text, "2025-10-30")


# --- several banks in one line: a counted group, the figure a change went to, a metric as a heading

def test_a_counted_group_has_no_figure_and_each_bank_keeps_its_own():
    text = ("- 四大城商行今年前三季度营收和净利润均增长 其中澄川银行营收同比增长2.10%至412.04亿元 "
            "岚山银行净利润同比上升4.10%至123.23亿元")
    found = _figures(text, "2025-10-30")
    assert ("澄川银行", "revenue", "asserted", "412.04亿元", "2025-Q1..2025-Q3") in found
    assert ("岚山银行", "net_profit", "asserted", "123.23亿元", "2025-Q1..2025-Q3") in found
    assert not [f for f in found if f[0].startswith("四大")]
    assert not [f for f in found if f[0] == "岚山银行" and f[3] == "412.04亿元"]


def test_a_figure_told_before_the_name_stays_with_its_own_change():
    # near miss: no 至 after the change, the figure written before stays the metric's
    found = _figures("岚山银行2025年前三季度实现净利润123.23亿元，同比增长3.20%。", "2025-10-30")
    assert ("岚山银行", "net_profit", "asserted", "123.23亿元", "2025-Q1..2025-Q3") in found


def test_a_metric_as_a_heading_gives_the_figure_to_the_name_after_it():
    text = ("- 岚山银行2025年前三季度净利润同比增长3.20%至123.23亿元\n"
            "- 净利润方面 澄川银行规模最高为271.82亿元 但增速仅为0.52%")
    found = _figures(text, "2025-10-30")
    assert [f for f in found if f[3] == "271.82亿元"][0][0] == "澄川银行"
    assert not [f for f in found if f[0] == "岚山银行" and f[3] == "271.82亿元"]


def test_an_aspect_word_without_a_name_after_it_keeps_the_subject():
    # near miss: 方面 followed by no name, the figure stays the sentence's company's
    found = _figures("岚山银行2025年前三季度业绩稳健，净利润方面，实现123.23亿元。", "2025-10-30")
    assert [f[0] for f in found if f[3] == "123.23亿元"] == ["岚山银行"]


def test_a_provisions_figure_after_the_revenue_word_is_not_the_revenue():
    text = "岚州置业(00061.HK)披露2023年度中期业绩，股东应占亏损1.52亿港元。\n主要由于确认的收入下降并计提减值拨备5200万港元，业绩承压。"
    found = _figures(text, "2023-08-02")
    assert not [f for f in found if f[3] == "5200万港元"]


def test_a_revenue_and_gross_profit_told_respectively_keep_their_figures():
    # near miss: 分别 pairs each metric with its figure
    found = _figures("岚州置业2024年营业收入及毛利分别为12.1亿元和3.2亿元。", "2025-03-20")
    assert ("岚州置业", "revenue", "asserted", "12.1亿元", "2024") in found


def test_a_loss_grown_because_of_an_impairment_is_the_net_loss():
    # near miss: 由于…减值 tells why the loss grew, the loss is the company's
    text = "岚州置业(00061.HK)今年第一季度由于大额减值亏损扩大到9.12亿元。"
    found = _figures(text, "2025-06-30")
    assert ("岚州置业", "net_loss", "asserted", "9.12亿元", "2025-Q1") in found

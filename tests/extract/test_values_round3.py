"""Deal values, round 3: which dates and amounts a deal takes, on sentences written for this file
(invented companies; no FewFC or reference-article text is copied here)."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def facts(text: str, ftype: str = "acquisition") -> list:
    return [f for f in extract("t", text, "2025-06-30").facts if f.type == ftype]


def dates(text: str, ftype: str = "acquisition") -> list[str | None]:
    return [f.date.text if f.date is not None else None for f in facts(text, ftype)]


# ---- a closed span of days is the period of a run of buying, not the day of one deal ----

def test_a_closed_span_of_days_does_not_date_the_deal():
    found = dates("青川资本于2024年3月2日至2024年5月20日通过集中竞价增持远岫电子股份800万股。", "investment")
    assert found and found[0] is None
    found = dates("青川资本4月8日-6月11日期间增持了远岫电子2.1%的股份。", "investment")
    assert found and found[0] is None


def test_a_single_day_still_dates_the_run_of_buying():
    assert dates("青川资本于2024年5月20日通过集中竞价增持远岫电子股份800万股。", "investment") == ["2024年5月20日"]


def test_a_span_of_years_stays_the_period_of_a_run_of_purchases_and_of_a_figure():
    [purchase] = facts("2021年至2024年第二季度，云栖微电子向北辰科技采购芯片的金额占比均超过40%。", "purchase")
    assert purchase.qualifiers["period"].text == "2021年至2024年第二季度"
    [loss] = facts("远岫电子自2021年至2023年累计亏损超过9亿元。", "financial")
    assert loss.qualifiers["period"].text == "2021年至2023年"


# ---- a date after the deal that dates a report opening there is the report's day ----

def test_the_day_of_a_report_after_a_headline_deal_does_not_date_it():
    text = "北辰科技拟收购长岭高新51%股权 明起停牌北辰科技(600999)3月12日晚间公告,这次重组已获董事会通过。"
    found = dates(text)
    assert found and found[0] is None


def test_a_date_after_the_deal_in_its_clause_still_dates_it():
    text = "北辰科技收购长岭高新51%股权一事已于2024年3月12日完成交割。"
    assert dates(text) == ["2024年3月12日"]


# ---- a deal verb followed by 后 looks back at the same deal, it does not start another ----

def test_the_price_after_a_clause_that_looks_back_at_the_deal():
    text = "北辰科技向长岭高新增资,取得长岭高新增资后35%的股权,增资金额为8000万元。"
    found = facts(text, "investment")
    assert found and found[0].amount is not None and found[0].amount.text == "8000万元"


def test_a_clause_with_a_new_deal_still_ends_the_search_for_the_price():
    text = "北辰科技向长岭高新增资,同时远岫电子拟受让长岭高新10%股权,受让价格为2000万元。"
    found = [f for f in facts(text, "investment") if any(m.text == "北辰科技" for m in f.roles.get("investor", []))]
    assert found and found[0].amount is None


# ---- a price changed from one amount to another: the new amount is the price ----

def test_a_price_cut_gives_the_new_amount():
    text = "北辰科技继续推进收购长岭高新100%股权事项,但收购价格由9.6亿元降至8.3亿元。"
    assert [f.amount.text for f in facts(text) if f.amount is not None] == ["8.3亿元"]
    text = "北辰科技收购长岭高新100%股权的价格由8.2亿元下调至7.1亿元。"
    assert [f.amount.text for f in facts(text) if f.amount is not None] == ["7.1亿元"]


def test_an_amount_after_由_that_is_not_changed_still_counts():
    text = "北辰科技以8.2亿元收购长岭高新100%股权,由此持股比例由10%增至100%。"
    assert [f.amount.text for f in facts(text) if f.amount is not None] == ["8.2亿元"]


# ---- a deadline is the day a deal must be done by, not its date ----

def test_a_deadline_does_not_date_the_deal():
    found = dates("远岫电子计划在2025年9月末之前完成对长岭高新60%股权的收购。")
    assert found and all(d is None for d in found)
    found = dates("远岫电子将于2026年3月底以前收购长岭高新60%股权。")
    assert found and all(d is None for d in found)


def test_a_date_followed_by_other_words_still_dates_the_deal():
    assert dates("远岫电子在2025年9月完成对长岭高新60%股权的收购。") == ["2025年9月"]


# ---- a year that points back (同年, 当年) needs a year named before it ----

def test_a_pointing_back_year_with_nothing_before_does_not_date_the_deal():
    found = dates("挂牌同年,远岫电子一口气收购了长岭高新和青川软件。")
    assert found and all(d is None for d in found)


def test_a_pointing_back_year_after_a_named_year_dates_the_deal():
    found = dates("远岫电子2019年挂牌上市,同年收购了长岭高新。")
    assert found == ["同年"]
    assert facts("远岫电子2019年挂牌上市,同年收购了长岭高新。")[0].date.value.value == "2019"


# ---- a clause that states a condition gives the condition's date, not the deal's ----

def test_the_date_of_a_condition_does_not_date_the_deal():
    found = dates("若北辰科技股份有限公司2025年完成业绩承诺,公司将以现金收购青川投资所持北辰科技的股权。")
    assert found and all(d is None for d in found)
    found = dates("倘若北辰科技股份有限公司2026年完成业绩承诺,公司将以现金收购青川投资所持北辰科技的股权。")
    assert found and all(d is None for d in found)


def test_a_date_clause_without_a_condition_still_dates_the_deal():
    assert dates("2025年,远岫电子以现金收购长岭高新剩余40%股权。") == ["2025年"]

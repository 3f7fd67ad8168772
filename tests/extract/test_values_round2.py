"""Deal values, round 2: which dates and amounts a deal takes, on sentences written for this file
(invented companies; no FewFC or reference-article text is copied here)."""

from __future__ import annotations

from dealgraph.extract import qualifiers as q
from dealgraph.extract.document import Span
from dealgraph.extract.frames import Ctx
from dealgraph.extract.pipeline import extract


def facts(text: str, ftype: str = "acquisition") -> list:
    return [f for f in extract("t", text, "2025-06-30").facts if f.type == ftype]


def one(text: str, ftype: str = "acquisition"):
    found = facts(text, ftype)
    assert len(found) == 1, [(f.type, f.rule) for f in found]
    return found[0]


def date(text: str, ftype: str = "acquisition") -> str | None:
    fact = one(text, ftype)
    return fact.date.text if fact.date is not None else None


# ---- periods and as-of days are not the day of a deal ----

def test_a_period_running_to_now_does_not_date_the_deal():
    assert date("今年以来,北辰科技又收购了长岭高新30%的股权。") is None
    assert date("北辰科技2021年以来先后收购了长岭高新的部分股权。") is None
    assert date("2019年至今,北辰科技收购了长岭高新40%股权。") is None


def test_the_day_a_figure_stands_as_of_does_not_date_the_deal():
    text = "北辰科技以3亿元收购长岭高新60%股权,截至2024年6月30日,长岭高新净资产为2.1亿元。"
    assert date(text) is None
    assert date("截至5月31日,北辰科技共增持长岭高新股份120万股。", "investment") is None


def test_a_plain_year_or_day_still_dates_the_deal():
    assert date("2021年以来行业整合加快,2023年3月,北辰科技收购了长岭高新30%的股权。") == "2023年3月"
    assert date("北辰科技于5月31日收购长岭高新60%股权,截至目前已完成过户。") == "5月31日"


# ---- the value each patient of one deal takes (helpers for a deal with several targets) ----

def _per_patient(text: str, trigger: str, helper) -> tuple[list[str], list[str | None]]:
    """The targets the pipeline reads for the one trigger, and what the helper gives each of them."""
    doc = extract("t", text, "2025-06-30")
    start = text.index(trigger)
    targets = [f.roles["target"][0] for f in doc.facts if f.type == "acquisition"]
    assert len(targets) > 1, [(f.type, f.rule) for f in doc.facts]
    ctx = Ctx(doc, doc.sentences[0], None, None)
    values = helper(ctx, Span(start, start + len(trigger)), targets)
    return [m.text for m in targets], [v.text if v is not None else None for v in values]


def test_one_price_for_several_targets_is_the_deals_price_once():
    text = "北辰科技拟以3.5亿元收购长岭高新100%股权及华岳电子60%股权。"
    assert _per_patient(text, "收购", q.amounts_by_patient) == (["长岭高新", "华岳电子"], ["3.5亿元", None])
    text = "北辰科技拟收购长岭高新、华岳电子各51%股权,合计作价9亿元。"
    assert _per_patient(text, "收购", q.amounts_by_patient)[1] == ["9亿元", None]


def test_a_respectively_list_gives_each_target_its_own_price():
    text = "北辰科技拟收购长岭高新和华岳电子的控股权,交易对价分别为1.2亿元、3000万元。"
    assert _per_patient(text, "收购", q.amounts_by_patient) == (["长岭高新", "华岳电子"], ["1.2亿元", "3000万元"])


def test_a_respectively_list_of_another_length_is_not_matched_one_by_one():
    text = "北辰科技拟收购长岭高新和华岳电子的控股权,三期款项分别为1.2亿元、3000万元和800万元。"
    doc = extract("t", text, "2025-06-30")
    ctx, t = Ctx(doc, doc.sentences[0], None, None), Span(text.index("收购"), text.index("收购") + 2)
    assert q.respective(ctx, t, "money", 2) == []
    assert [v.text for v in q.respective(ctx, t, "money", 3)] == ["1.2亿元", "3000万元", "800万元"]


def test_each_target_takes_the_stake_written_after_its_name():
    text = "北辰科技拟以3.5亿元收购长岭高新100%股权及华岳电子60%股权。"
    assert _per_patient(text, "收购", q.stakes_by_patient)[1] == ["100%", "60%"]


def test_a_stake_list_after_the_last_target_goes_one_by_one():
    text = "北辰科技拟使用自有资金分别收购长岭高新和华岳电子72%、70%的股份。"
    assert _per_patient(text, "收购", q.stakes_by_patient) == (["长岭高新", "华岳电子"], ["72%", "70%"])


def test_one_stake_for_several_targets_is_each_targets_stake():
    text = "北辰科技拟收购长岭高新、华岳电子各51%股权,合计作价9亿元。"
    assert _per_patient(text, "收购", q.stakes_by_patient)[1] == ["51%", "51%"]


# ---- the clause before the deal that says when ----

def test_a_date_led_by_words_ending_in_de_dates_the_deal_in_the_next_clause():
    assert date("两个月之后的2023年5月,北辰科技宣布以2亿元收购长岭高新40%股权。") == "2023年5月"
    assert date("在上市之前的2019年,北辰科技就已收购了长岭高新30%股权。") == "2019年"


def test_the_last_of_two_meeting_days_dates_the_deal():
    text = ("公司分别于2024年3月2日、2024年3月20日召开董事会和股东大会,审议通过了相关议案,"
            "北辰科技拟以现金收购长岭高新60%的股权。")
    assert date(text) == "2024年3月20日"


# ---- more ways to name the price ----

def amount(text: str, ftype: str = "acquisition") -> str | None:
    fact = one(text, ftype)
    return fact.amount.text if fact.amount is not None else None


def test_an_estimated_price_in_the_clause_after_the_deal():
    assert amount("北辰科技拟向两名股东收购长岭高新的全部股权,两笔交易定价预计为18亿元。") == "18亿元"
    assert amount("北辰科技拟收购长岭高新70%股权,这部分股权作价预估为6.2亿元。") == "6.2亿元"


def test_money_taken_out_to_buy_in_the_clause_before():
    assert amount("北辰科技承诺在未来一年内拿出不少于3亿元,收购长岭高新的股份。") == "不少于3亿元"


def test_a_part_of_the_price_is_passed_over_for_the_total():
    text = ("北辰科技拟通过增发新股加现金的办法收购长岭高新全部股权,其中现金支付金额为1.2亿元,"
            "股份支付对价为3亿元,合计交易金额4.2亿元。")
    assert amount(text) == "4.2亿元"
    assert amount("北辰科技拟收购长岭高新全部股权,首期款项金额为5000万元。") is None
    assert amount("北辰科技拟收购长岭高新全部股权,转让价款为4.2亿元,分三期支付。") == "4.2亿元"


def test_the_day_of_the_paper_that_puts_the_deal_forward_dates_it():
    assert date("根据3月5日晚间北辰科技发布的重组方案,北辰科技拟以现金收购长岭高新70%股权。") == "3月5日晚"
    assert date("去年11月披露的交易预案显示,北辰科技拟收购长岭高新全部股权。") == "去年11月"
    assert date("去年11月披露的财务数据中,北辰科技营收下滑,北辰科技拟收购长岭高新全部股权。") is None


def test_a_loan_or_an_interest_cost_is_no_price():
    text = "北辰科技因收购长岭高新股权而新增3亿美元并购贷款,由此产生的利息费用(含税)为900万元。"
    assert amount(text) is None
    assert amount("北辰科技以2亿元收购长岭高新40%股权,相关财务费用为300万元。") == "2亿元"


def test_deals_in_a_run_of_clauses_take_a_respectively_list_in_order():
    text = "本月有两起交易落地,北辰科技完成收购长岭高新,华岳电子完成收购青松药业,交易金额分别为1.2亿元、8000万元。"
    paid = {f.roles["target"][0].text: f.amount.text if f.amount else None for f in facts(text)}
    assert paid == {"长岭高新": "1.2亿元", "青松药业": "8000万元"}


def test_a_respectively_list_longer_than_the_run_of_deals_is_not_matched():
    text = "北辰科技完成收购长岭高新,华岳电子完成收购青松药业,三笔款项分别为1.2亿元、8000万元和6000万元。"
    assert all(f.amount is None for f in facts(text))


# ---- one deal with several targets: its price once, or each target its own ----

def test_one_price_for_two_targets_is_stated_once_and_each_stake_stays_with_its_target():
    found = facts("星河电子以3.5亿元收购澜石科技100%股权及青禾材料60%股权。")
    by_target = {f.roles["target"][0].text: f for f in found}
    assert set(by_target) == {"澜石科技", "青禾材料"}
    assert by_target["澜石科技"].amount.text == "3.5亿元" and by_target["青禾材料"].amount is None
    assert (by_target["澜石科技"].stake.text, by_target["青禾材料"].stake.text) == ("100%", "60%")


def test_a_respective_price_list_gives_each_target_its_price_and_收购价_is_no_deal_verb():
    found = facts("星河电子拟收购澜石科技和青禾材料的股权，收购价分别为1.2亿元、3000万元。")
    assert {f.roles["target"][0].text: f.amount.text for f in found} == {"澜石科技": "1.2亿元", "青禾材料": "3000万元"}

"""Round 27 (r27a): 其 after "A公告称，" is A, the one announcing; junk names from sector terms; figures told as a
rise from one year to another, cumulative net loss, a period after 仅, a negative net profit; arguments elided in an
elaboration chain; founding told across clauses; A及其控制的B; a comparison A比B早…入股. Sentences written for this
file, with invented names."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from tests.extract.readers import facts, names


def _coref(text: str, word: str) -> str | None:
    found = [m for m in extract("t", text, "2025-06-30").mentions if m.source == "coref" and m.text == word]
    return found[0].canonical if found else None


# A. 其 right after "A公告称，" is A

_EARLIER = "澄川数据的全资子公司青禾系统入围了北辰电信的采购项目。\n类似订单还有不少。"


def _owned(text: str) -> list[tuple[list[str], list[str]]]:
    return [(names(f, "owner"), names(f, "unit")) for f in facts(text, "ownership")]


def test_qi_after_an_announcement_is_the_announcer_not_a_company_of_an_earlier_paragraph():
    text = _EARLIER + ("去年11月，岚山兴发公告称，其控股子公司远峰建设有限公司作为联合体牵头人，中标北辰市算力中心总包工程，"
                       "已收到中标通知书，中标金额为3.2亿元。")
    assert _coref(text, "其") != "澄川数据"
    assert (["岚山兴发"], ["远峰建设有限公司"]) in _owned(text)
    assert not [o for o, u in _owned(text) if u == ["远峰建设有限公司"] and o != ["岚山兴发"]]
    won = [f for f in facts(text, "purchase") if f.amount is not None]
    assert [names(f, "supplier") for f in won] == [["远峰建设有限公司"]]


def test_qi_after_a_disclosure_in_one_clause_with_its_time_or_a_coded_name():
    text = _EARLIER + "2024年岚山兴发披露，其全资子公司远峰建设有限公司中标北辰市算力中心工程，金额1.1亿元。"
    assert _owners_of_the_unit(text) == [["岚山兴发"]]
    coded = _EARLIER + ("澄川兴发股份有限公司（600001.SH，以下简称“澄川兴发”）3月2日晚间公告，"
                        "其全资子公司远峰建设有限公司中标北辰市算力中心工程。")
    assert _owners_of_the_unit(coded) == [["澄川兴发股份有限公司"]]


def _owners_of_the_unit(text: str) -> list[list[str]]:
    """(the earlier paragraph's own unit, 青禾系统 of 澄川数据, is read too and left aside)"""
    return [o for o, u in _owned(text) if u == ["远峰建设有限公司"]]


def test_near_miss_no_announcement_no_subsidiary_or_two_announcers():
    text = _EARLIER + "去年11月，岚山兴发公告称，其董事长周宁因个人原因辞职。"
    assert not [f for f in facts(text, "purchase") if "岚山兴发" in names(f, "buyer") + names(f, "supplier")]
    assert not [o for o, u in _owned(text) if o == ["岚山兴发"]]
    # a clause of a contract signed, not an announcement: the guessed name owns nothing by this rule
    signed = "2024年岚山兴发与北辰电信签约，其全资子公司远峰建设有限公司负责施工。"
    assert not [o for o, u in _owned(signed) if o == ["岚山兴发"]]
    # a person speaking for the company: no ownership is read from the speech
    spoken = "岚山兴发的董事长周宁表示，其全资子公司远峰建设有限公司中标北辰市算力中心工程。"
    assert not [o for o, u in _owned(spoken) if o == ["岚山兴发"]]


# B. a Latin-led sector term is no name

def test_a_sector_term_used_after_a_deal_verb_does_not_take_the_round_from_the_company():
    text = ("GPU算力企业青禾智算周二表示，3亿元B轮融资已经完成，澄川资本领投。\n"
            "外界把这笔钱看作产业资本加码GPU算力的表态。")
    rounds = facts(text, "investment")
    assert [(names(f, "investor"), names(f, "investee")) for f in rounds] == [(["澄川资本"], ["青禾智算"])]
    assert all(names(f, "company") == ["青禾智算"] for f in facts(text, "financial"))


def test_the_company_after_a_sector_described_as_its_main_business():
    text = "AI芯片设计是青禾智算的主业，北辰创投去年投资了该公司。"
    assert _coref(text, "该公司") == "青禾智算"
    assert [names(f, "investee") for f in facts(text, "investment")] == [["青禾智算"]]


def test_near_miss_a_real_name_after_the_deal_verb_and_a_latin_led_name_stay():
    text = ("GPU算力企业青禾智算周二表示，3亿元B轮融资已经完成，澄川资本领投。\n"
            "北辰创投去年也加码了澄川机器人。")
    pairs = {(names(f, "investor")[0], names(f, "investee")[0]) for f in facts(text, "investment")}
    assert pairs == {("澄川资本", "青禾智算"), ("北辰创投", "澄川机器人")}
    assert [names(f, "investee") for f in facts("北辰创投去年投资了GX光电。", "investment")] == [["GX光电"]]


def test_the_object_of_jiang_regarded_as_a_sign_is_no_party_of_the_deal_verb_after():
    text = ("本轮另一个看点是澄川智造基金。该基金成立于2022年4月，岚山资本担任其管理人。领投青禾智算，是这只基金第一次出手，"
            "业内将其视为长期资金加码GPU算力的信号。")
    assert {names(f, "investee")[0] for f in facts(text, "investment")} == {"青禾智算"}
    # near miss: 将 marking the object of the deal verb itself still names the company taken over
    taken = facts("北辰集团将青禾智算收入囊中。", "acquisition")
    assert [(names(f, "acquirer"), names(f, "target")) for f in taken] == [(["北辰集团"], ["青禾智算"])]


# C. figures: a rise from one dated figure to another, cumulative net loss, 仅 + a period, a negative profit

def _figures(text: str) -> list[tuple]:
    out = []
    for f in facts(text, "financial"):
        value, period = f.qualifiers.get("value"), f.qualifiers.get("period")
        out.append((f.qualifiers["metric"], value.value.value if value is not None else None,
                    getattr(getattr(period, "value", None), "value", None) or
                    (period.value.start, period.value.end) if period is not None else None))
    return out


def test_a_figure_rising_from_one_year_to_another_gives_both_years():
    got = _figures("招股书显示，青禾智能营收由2021年的3100万元增至2023年的2.1亿元。")
    assert ("revenue", 3.1e7, "2021") in got and ("revenue", 2.1e8, "2023") in got
    fell = _figures("青禾智能营收从2022年的1.2亿元下降到2024年的约8000万元。")
    assert ("revenue", 1.2e8, "2022") in fell and ("revenue", 8e7, "2024") in fell


def test_near_miss_a_rise_without_dates_or_of_a_headcount():
    assert _figures("青禾智能营收由3100万元增至2.1亿元。") == [("revenue", 2.1e8, None)]
    assert _figures("青禾智能员工人数由2021年的300人增至2023年的900人。") == []


def test_cumulative_net_loss_is_a_cumulative_loss():
    got = _figures("2021年至2024年上半年，青禾智能累计净亏损约18亿元。")
    assert [(m, v) for m, v, _ in got] == [("cumulative_loss", 1.8e9)]
    # near miss: a net loss of one year stays a net loss
    assert [(m, v) for m, v, _ in _figures("青禾智能2024年净亏损2亿元。")] == [("net_loss", 2e8)]


def test_only_a_period_singled_out_frames_its_own_figure():
    got = _figures("青禾智能2021年至2024年上半年累计亏损9亿元；仅2024年上半年，研发费用就有3.4亿元。")
    assert ("rd_expense", 3.4e8, "2024-H1") in got
    assert ("cumulative_loss", 9e8, ("2021", "2024-H1")) in got
    # near miss: without a date of its own the clause after the span keeps the span
    kept = _figures("青禾智能2021年至2024年上半年累计亏损9亿元；研发费用合计3.4亿元。")
    assert ("rd_expense", 3.4e8, ("2021", "2024-H1")) in kept


def test_a_negative_profit_is_a_loss_of_the_figure_without_its_sign():
    got = _figures("今年前三季度，青禾智能归母净利润为-1.2亿元，亏损同比扩大。")
    assert ("net_loss", 1.2e8, ("2025-Q1", "2025-Q3")) in got
    assert not [g for g in got if g[0] == "net_profit"]
    assert ("operating_loss", 8e6, "2024") in _figures("青禾智能2024年营业利润为-800万元，净利润为1200万元。")
    # near miss: a profit above zero stays a profit
    assert _figures("青禾智能2024年净利润为1200万元。") == [("net_profit", 1.2e7, "2024")]


# H. arguments elided in an elaboration chain

def test_the_money_put_in_and_the_shares_still_held_after_a_colon_of_the_first_investor():
    text = "澄川创投是青禾智能最早的投资方：青禾智能刚成立时，澄川创投独家投入2000万元，到上市前夕仍持有380万股。"
    inv = facts(text, "investment")
    assert [(names(f, "investor"), names(f, "investee"), f.amount.text if f.amount else None) for f in inv] == [
        (["澄川创投"], ["青禾智能"], "2000万元")]
    assert [(names(f, "holder"), names(f, "company")) for f in facts(text, "shareholding")] == [
        (["澄川创投"], ["青禾智能"])]


def test_near_miss_money_after_the_colon_spent_on_another_company_or_with_no_colon():
    text = "澄川创投是青禾智能最早的投资方：去年，澄川创投还向岚山科技投入3000万元。"
    assert all(f.amount is None for f in facts(text, "investment") if names(f, "investee") == ["青禾智能"])
    assert not facts("澄川创投去年独家投入2000万元用于自建实验室。", "investment")


def test_the_one_sponsor_of_a_fund_invests_in_it():
    text = "本轮另一主角是北辰智造基金。这只基金2022年4月设立，由澄川产业集团全额出资，规模30亿元。"
    assert [(names(f, "investor"), names(f, "investee")) for f in facts(text, "investment")] == [
        (["澄川产业集团"], ["北辰智造基金"])]
    # near miss: a fund set up by a sponsor without 全额/独家出资 is read as before (no investment by this rule)
    assert not facts("北辰智造基金成立于2022年4月，澄川产业集团担任其管理人。", "investment")


def test_an_investor_already_in_the_last_round_adds_to_this_one():
    for text in ("青禾智能完成5亿元B轮融资，由澄川资本领投。北辰创投上一轮就已进场，此轮继续加码。",
                 "青禾智能完成5亿元B轮融资，由澄川资本领投。北辰创投在上一轮便已入局，这次再度加码，并成为领投方之一。"):
        pairs = {(names(f, "investor")[0], names(f, "investee")[0]) for f in facts(text, "investment")}
        assert pairs == {("澄川资本", "青禾智能"), ("北辰创投", "青禾智能")}


def test_near_miss_an_investor_of_the_last_round_that_does_not_add_again():
    text = "青禾智能完成5亿元B轮融资，由澄川资本领投。北辰创投在上一轮便已入局，这次没有再加码。"
    assert not [f for f in facts(text, "investment") if names(f, "investor") == ["北辰创投"] and f.modality == "asserted"]


# K. founding told across clauses

def _foundings(text: str) -> list[tuple]:
    return [(names(f, "founder"), names(f, "company"), f.date.value.value if f.date else None)
            for f in facts(text, "founding")]


def test_a_spin_off_registered_in_the_next_clause_takes_the_date():
    text = "青禾智能脱胎于北辰大学机器人研究所，2021年3月注册成立，总经理是周宁。"
    assert _foundings(text) == [(["北辰大学机器人研究所"], ["青禾智能"], "2021-03")]


def test_near_miss_a_later_step_of_a_spin_off_dates_no_founding():
    text = "青禾智能脱胎于北辰大学机器人研究所，2024年3月完成股份制改造。"
    assert _foundings(text) == [(["北辰大学机器人研究所"], ["青禾智能"], None)]


def test_the_company_set_up_on_a_date_by_a_founder_and_a_co_founder_by_title_is_one_founding():
    text = "青禾智能拿到了第二笔融资。公司成立于2022年8月，由林岚发起创立，周宁担任联合创始人兼CEO。"
    assert _foundings(text) == [(["林岚", "周宁"], ["青禾智能"], "2022-08")]
    later = "青禾智能拿到了第二笔融资。公司成立于2022年8月，总部位于宁州，由林岚发起创立。"
    assert _foundings(later) == [(["林岚"], ["青禾智能"], "2022-08")]


def test_near_miss_a_date_of_another_step_does_not_date_the_founding():
    text = "青禾智能拿到了第二笔融资。公司2022年8月完成融资，由林岚发起创立。"
    assert _foundings(text) == [(["林岚"], ["青禾智能"], None)]


# T. A及其控制的B

def test_a_controller_and_the_company_it_controls_is_an_ownership_as_it_stands():
    text = "青禾股份拟向实际控制人北辰电子集团有限公司及其控制的澄川金控有限公司定向增发，募集配套资金。"
    owned = [(names(f, "owner"), names(f, "unit"), f.modality) for f in facts(text, "ownership")]
    assert owned == [(["北辰电子集团有限公司"], ["澄川金控有限公司"], "asserted")]
    aliased = "青禾股份还打算向实际控制人北辰电子信息集团有限公司（以下简称“北辰电子”）及其控制的澄川金控有限公司发行股份。"
    assert [(names(f, "owner"), names(f, "unit")) for f in facts(aliased, "ownership")] == [
        (["北辰电子信息集团有限公司"], ["澄川金控有限公司"])]


def test_near_miss_a_party_acting_in_concert_or_an_unnamed_group_is_owned_by_no_one():
    assert not facts("北辰电子集团有限公司及其一致行动人合计持有青禾股份30%的股份。", "ownership")
    assert not facts("北辰电子集团有限公司及其控制的企业不从事与青禾股份竞争的业务。", "ownership")
    assert not facts("青禾科技完成B轮融资。本次股权的转让方为青禾科技创始人陈一鸣及其控制的两家持股平台。", "ownership")


def test_a_title_before_a_legal_name_is_no_part_of_it():
    holders = facts("青禾股份的实际控制人北辰电子集团有限公司增持了股份。", "shareholding")
    assert [names(f, "holder") for f in holders] == [["北辰电子集团有限公司"]]


# U. A比B早…宣布入股

_BEFORE_U = "青禾汽车以20亿元受让远峰智驾10%股权。"


def test_the_one_compared_with_is_no_investor_and_the_target_is_its_deals():
    text = _BEFORE_U + "北辰汽车旗下的澄川智行比青禾汽车早一周宣布入股，价格和比例与青禾汽车相同。"
    inv = [(names(f, "investor"), names(f, "investee"), f.modality) for f in facts(text, "investment")
           if f.evidence.start > 0]
    assert inv == [(["澄川智行"], ["远峰智驾"], "asserted")]
    planned = "青禾汽车拟以20亿元受让远峰智驾10%股权。澄川智行比青禾汽车提前一周宣布入股。"
    assert [(names(f, "investor"), f.modality) for f in facts(planned, "investment")] == [(["澄川智行"], "planned")]


def test_near_miss_a_comparison_of_another_event_or_with_no_deal_before():
    assert not facts(_BEFORE_U + "澄川智行比青禾汽车早一周完成新车交付。", "investment")
    assert not facts("澄川智行比青禾汽车早一周宣布入股。", "investment")

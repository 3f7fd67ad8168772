"""Which money, date and stake a deal takes when the sentence holds several: rules added while studying
FewFC value-role misses, each tested on sentences written for this file (no FewFC text is copied here)."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def facts(text: str, ftype: str = "acquisition") -> list:
    return [f for f in extract("t", text, "2025-06-30").facts if f.type == ftype]


def one(text: str, ftype: str = "acquisition"):
    found = facts(text, ftype)
    assert len(found) == 1, [(f.type, f.rule) for f in found]
    return found[0]


def amount(text: str, ftype: str = "acquisition") -> str | None:
    fact = one(text, ftype)
    return fact.amount.text if fact.amount is not None else None


# ---- money written with thousands separators ----

def test_a_price_written_with_thousands_commas_is_read_whole_in_a_later_clause():
    assert amount("北辰科技公告,公司拟收购长岭高新有限公司35%的股权,交易价格为86,420,000元。") == "86,420,000元"
    assert amount("北辰科技拟收购长岭高新有限公司35%的股权,长岭高新拥有9家工厂,收购金额为3,215.5万元。") == "3,215.5万元"


def test_a_range_written_with_thousands_commas_is_one_price():
    assert amount("北辰科技拟购买长岭高新有限公司60%股权,预计作价为12,300万元至13,800万元。") == "12,300万元至13,800万元"


# ---- the price named in the clause after the deal ----

def test_a_price_is_named_by_more_words_than_jiaoyi_jiage():
    said = {
        "交易定价为2.6亿元": "2.6亿元",
        "合计成交金额为4.4亿元": "4.4亿元",
        "交易金额达到120亿元": "120亿元",
        "金额超过3亿美元": "超过3亿美元",
        "先后共耗费9亿元左右": "9亿元左右",
        "所涉股权的交易价格为 4150 万元": "4150 万元",
    }
    for clause, price in said.items():
        assert amount(f"北辰科技拟收购长岭高新有限公司70%股权,{clause}。") == price, clause


def test_money_of_a_later_purchase_of_shares_is_not_the_earlier_deals_price():
    text = "北辰科技在获悉华岳电子收购长岭高新的消息后,于当日买入华岳电子股票2000股,成交金额3.1万元。"
    assert all(f.amount is None for f in facts(text))


def test_the_deal_completed_clause_does_not_stop_the_search_for_its_price():
    text = "北辰科技将收购长岭高新少数股东所持股份,收购完成后北辰科技将持有长岭高新全部股权,共付出对价合计6400万元。"
    assert amount(text) == "6400万元"


# ---- the money paid in the clause before the deal ----

def test_money_raised_for_the_deal_in_the_clause_before_is_its_amount():
    assert amount("北辰科技本次拟募资80亿元,用于收购长岭高新有限公司70%股权。") == "80亿元"


def test_a_consideration_stated_before_the_deal_is_its_amount():
    text = "北辰科技拟以一处厂房及部分现金为对价总计2.35亿元,收购长岭高新有限公司40%股权。"
    assert amount(text) == "2.35亿元"
    assert amount("2015年,北辰科技耗资达26亿元(3.4亿欧元),收购了长岭高新有限公司45%股份。") == "26亿元"


def test_a_price_before_a_semicolon_belongs_to_the_deal_before_it():
    text = ("北辰科技拟以发行股份的方式收购华岳电子100%股权,作价36亿元;"
            "以现金收购长岭高新有限公司30%股权,作价8.8亿元。")
    found = {f.roles["target"][0].text: f.amount.text for f in facts(text)}
    assert found == {"华岳电子": "36亿元", "长岭高新有限公司": "8.8亿元"}


# ---- money that is no price ----

def test_a_price_per_share_is_not_the_deals_amount():
    assert amount("北辰科技拟以每股8.65港元收购长岭高新全部已发行股份。") is None
    assert amount("北辰科技拟以6.12元/股发行股份购买长岭高新有限公司100%股权。") is None


def test_registered_capital_in_brackets_is_not_the_price_paid_before():
    text = "北辰科技拟以自有资金5200万元,收购长岭高新有限公司60%的股权(1500万元注册资本所对应股权)。"
    assert amount(text) == "5200万元"


def test_subscribed_capital_of_shares_taken_over_for_free_is_no_price():
    text = "北辰科技拟无偿受让华岳电子持有的长岭高新有限公司45%股权(认缴出资额为900万元,尚未实缴)。"
    assert amount(text) is None


def test_a_valuation_in_brackets_is_not_the_price_paid_before():
    text = "北辰科技以4.2亿元的价格,收购东林化工所持长岭高新80%股权(长岭高新整体估值5.25亿元)。"
    assert amount(text) == "4.2亿元"


def test_goodwill_and_impairments_of_an_old_deal_are_not_its_price():
    text = "北辰科技表示,公司就收购长岭高新全部股权产生的商誉计提减值3.3亿元。"
    assert all(f.amount is None for f in facts(text))


def test_a_paper_gain_on_shares_bought_is_not_their_price():
    text = "其中北辰科技增持长岭高新有限公司股份浮盈超过800万元。"
    assert all(f.amount is None for f in facts(text, "investment"))
    assert facts(text, "investment")


def test_the_amount_restated_in_brackets_gives_way_to_the_amount_stated_first():
    text = "华岳电子宣布将以2亿欧元(约合人民币15.6亿元)收购长岭高新有限公司75%股权。"
    assert amount(text) == "2亿欧元"


# ---- the stake ----

def stake(text: str) -> str | None:
    fact = one(text)
    return fact.stake.text if fact.stake is not None else None


def test_the_stake_in_the_deals_clause_wins_over_a_holding_named_before():
    text = "北辰科技目前持有华岳电子12%股权,东林化工25%股权,今年5月以3.3亿元收购长岭高新有限公司55%股权。"
    assert stake(text) == "55%"


def test_each_deal_of_a_sentence_takes_the_stake_of_its_own_clause():
    text = ("2015年6月,北辰科技以18亿元收购了华岳电子持有的东林化工100%股权; "
            "2018年3月,长岭高新斥资40亿元收购了江北造船旗下品牌远帆船舶49%控股权。")
    found = {f.roles["acquirer"][0].text: f.stake.text for f in facts(text)}
    assert found == {"北辰科技": "100%", "长岭高新": "49%"}


def test_a_stake_named_in_a_later_clause_still_counts():
    text = "北辰科技以现金方式购买长岭高新有限公司所持华岳电子1200万股股份,股权比例为63.5%。"
    assert stake(text) == "63.5%"


def test_quanzi_naming_the_buyers_subsidiary_is_no_stake():
    assert stake("北辰科技公告,全资子公司华岳电子拟出资3000万元,收购长岭高新有限公司的生产设备及厂房。") is None
    assert stake("北辰科技公告,公司拟全资收购长岭高新有限公司。") == "全资"


# ---- the date ----

def date(text: str, ftype: str = "acquisition") -> str | None:
    fact = one(text, ftype)
    return fact.date.text if fact.date is not None else None


def test_a_year_naming_a_meeting_does_not_date_the_deal_it_approves():
    text = "6月18日,北辰科技2021年第三次临时股东大会表决同意公司以2.2亿元收购长岭高新有限公司40%股权的事项。"
    assert date(text) == "6月18日"


def test_a_date_inside_a_title_does_not_date_the_deal():
    text = "4月9日,北辰科技发布了《关于收购长岭高新有限公司之2020年度业绩承诺实现情况的说明》。"
    assert date(text) == "4月9日"


def test_the_meeting_that_approves_the_deal_dates_it_rather_than_the_dateline():
    text = "财经网5月20日讯,北辰科技公布,公司于2021年5月18日召开第五届董事会第八次会议,会议通过《收购长岭高新有限公司60%股权的议案》。"
    assert date(text) == "2021年5月18日"
    text = "北辰科技公告,子公司华岳电子于2022年3月6日与东林化工签署了《股份转让意向书》,将收购东林化工所持长岭高新20%股权。"
    assert date(text) == "2022年3月6日"


def test_a_date_led_by_a_few_words_dates_the_deal_in_the_next_clause():
    assert date("没料到2017年8月,北辰科技突然宣布收购长岭高新有限公司部分股权。") == "2017年8月"
    assert date("其二是2019年4月,北辰科技完成收购长岭高新有限公司65%股权。") == "2019年4月"


def test_the_date_of_the_clause_naming_the_subject_dates_its_later_deal():
    text = "北辰科技2018年底进入储能电池行业,随即出资6亿元,收购长岭高新有限公司51%股权。"
    assert date(text) == "2018年底"


def test_a_subject_named_in_the_deals_clause_breaks_the_chain():
    text = "北辰科技2018年底进入储能电池行业,华岳电子随即收购长岭高新有限公司51%股权。"
    found = {f.roles["acquirer"][0].text: f.date for f in facts(text)}
    assert "华岳电子" in found and found["华岳电子"] is None


def test_another_deal_in_the_dated_clause_keeps_its_date_to_itself():
    text = "北辰科技2018年底收购了华岳电子,随后又收购长岭高新有限公司51%股权。"
    found = {f.roles["target"][0].text: f.date for f in facts(text)}
    assert found["华岳电子"].text == "2018年底" and found["长岭高新有限公司"] is None


def test_a_price_with_thousands_commas_does_not_cut_the_deal_from_its_date():
    text = "北辰科技成立于2009年,2022 年5月以自有资金4,250.8万元收购长岭高新有限公司15%股权。"
    fact = one(text)
    assert fact.date is not None and fact.date.text == "2022 年5月"
    assert fact.amount.text == "4,250.8万元"


# ---- several deals in one sentence ----

def test_a_stake_in_another_deals_clause_is_not_this_deals_stake():
    text = "北辰科技以3亿元收购长岭高新20%股权,同时以2亿元增资东林化工。"
    capital = one(text, "investment")
    assert capital.amount.text == "2亿元" and capital.stake is None
    assert one(text).stake.text == "20%"


def test_money_paid_for_the_deal_of_the_clause_before_is_not_this_deals_price():
    text = "北辰科技斥资10亿元收购长岭高新,并以每股5元认购东林化工新股。"
    assert one(text).amount.text == "10亿元"
    assert one(text, "investment").amount is None

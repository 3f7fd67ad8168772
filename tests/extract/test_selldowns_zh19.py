"""Chinese sell-downs and share transfers whose company is left implicit (减持公司股份, 减持不超过公司总股本的2%),
whose sellers stand clauses before the verb or are named by a count (两家基金, 这两家股东), listed with 分别, sold
to a buyer after 转给, and their mood (a plan carried out, a plan called off). Sentences written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def sales(text: str, ref: str = "2025-06-30") -> list[tuple]:
    """Each acquisition as (modality, sellers, target, buyers, stake text)."""
    return [(f.modality, [m.canonical for m in f.roles.get("seller", [])], [m.canonical for m in f.roles["target"]],
             [m.canonical for m in f.roles.get("acquirer", [])], f.stake.text if f.stake else None)
            for f in extract("t", text, ref).facts if f.type == "acquisition"]


# --- the seller named clauses before the verb ---

def test_a_holder_closing_a_clause_before_the_plan_and_the_manner_sells():
    text = ("青禾电子6月2日晚间公告，持股9.3%的公司股东邵明远，计划三个月内以大宗交易方式，"
            "减持公司股份不超过210万股（占公司总股本的1.4%）。")
    assert sales(text) == [("planned", ["邵明远"], ["青禾电子"], [], "1.4%")]


def test_holders_giving_a_reason_then_a_time_then_the_manner_all_sell():
    text = ("青禾电子公告，公司副总经理邹明、监事林晓、远帆投资因个人资金安排，计划自公告日起15个交易日后的3个月内，"
            "通过集中竞价交易方式合计减持不超过公司总股本1.5%的股份。")
    assert sales(text) == [("planned", ["邹明", "林晓", "远帆投资"], ["青禾电子"], [], "1.5%")]


def test_a_clause_with_a_verb_of_its_own_between_name_and_sale_stops_the_search():
    text = "青禾电子公告，岚山创投持有公司8%股份，公司另一股东计划以集中竞价方式，减持公司股份不超过100万股。"
    assert [s for s in sales(text) if "岚山创投" in s[1]] == []


def test_the_announcer_is_no_seller_of_its_own_shares():
    text = "青禾电子晚间公告，计划在未来三个月内，以集中竞价方式减持公司股份不超过100万股。"
    assert sales(text) == []


# --- the part of the company sold ---

def test_a_share_of_the_total_stock_with_no_shares_word_is_sold_of_the_company_announcing():
    text = "澄湖科技今日公告，股东北岭创投计划在未来三个月内减持不超过公司总股本的2%。"
    assert sales(text) == [("planned", ["北岭创投"], ["澄湖科技"], [], "2%")]


def test_the_share_sold_after_the_verb_not_the_holding_before_it():
    text = "澄湖科技公告，持股8%的股东北岭创投拟减持不超过公司总股本2%的股份。"
    assert sales(text) == [("planned", ["北岭创投"], ["澄湖科技"], [], "2%")]


def test_the_share_of_the_company_before_its_shares():
    text = "澄湖科技宣布，其第三大股东北岭创投计划减持不超过1.5%的公司股份。"
    assert [s[4] for s in sales(text)] == ["不超过1.5%"]


def test_a_holding_that_falls_to_a_level_is_no_share_sold():
    text = "澄湖科技公告，股东北岭创投累计减持公司股份，持股比例由8%降至5%。"
    assert [s[4] for s in sales(text)] == [None]


def test_a_company_named_by_common_words_with_its_stock_code_is_the_one_sold():
    text = "白云面包(603866)晚间公告，持股6%的股东北岭创投计划减持公司股份不超过200万股，占公司总股本的1%。"
    assert sales(text) == [("planned", ["北岭创投"], ["白云面包"], [], "1%")]

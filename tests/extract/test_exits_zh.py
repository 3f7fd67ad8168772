"""Exits in Chinese: a holder sells shares of a company and the text names no buyer. Each is an acquisition of
the company with the holder as seller and no acquirer (data/ontology.yaml), never a holding the seller keeps.
Sentences written for this file."""

from __future__ import annotations

from dealgraph.evaluate.fewfc import mapping, predicted_tuples
from dealgraph.extract.pipeline import extract


def exits(text: str, ref: str = "2025-06-30") -> list[dict]:
    out = []
    for f in extract("t", text, ref).facts:
        if f.type == "acquisition" and f.roles.get("seller") and not f.roles.get("acquirer"):
            out.append({"seller": [m.canonical for m in f.roles["seller"]],
                        "target": [m.canonical for m in f.roles["target"]], "modality": f.modality,
                        "stake": f.stake.text if f.stake else None, "amount": f.amount.text if f.amount else None,
                        "date": f.date.text if f.date else None})
    return out


def holdings(text: str) -> list[tuple[list[str], list[str], str | None]]:
    return [([m.canonical for m in f.roles["holder"]], [m.canonical for m in f.roles["company"]],
             f.stake.text if f.stake else None)
            for f in extract("t", text, "2025-06-30").facts if f.type == "shareholding"]


def test_a_full_exit_with_its_proceeds_and_date_leaves_no_holding():
    text = "2024年5月，澄岚资本清仓了所持有的沐星科技全部股份，套现约4亿元。"
    assert exits(text) == [{"seller": ["澄岚资本"], "target": ["沐星科技"], "modality": "asserted", "stake": None,
                            "amount": "约4亿元", "date": "2024年5月"}]
    assert holdings(text) == []


def test_selling_the_shares_held_is_an_exit_not_a_holding():
    text = "远川集团出售了所持有的青蔓网络的全部股份。"
    assert [(e["seller"], e["target"]) for e in exits(text)] == [(["远川集团"], ["青蔓网络"])]
    assert holdings(text) == []


def test_a_cut_stake_keeps_the_stake_left_as_a_holding():
    text = "北溟投资减持了对岫川智算的持股，持股比例从9%降至4%。"
    found = exits(text)
    assert [(e["seller"], e["target"], e["stake"]) for e in found] == [(["北溟投资"], ["岫川智算"], None)]
    assert holdings(text) == [(["北溟投资"], ["岫川智算"], "4%")]


def test_the_stake_sold_is_the_exits_stake():
    assert [e["stake"] for e in exits("曜石资本减持星漾机器人3%股份。")] == ["3%"]


def test_a_planned_sale_is_planned():
    found = exits("澄岚资本拟转让所持沐星科技6%股权。")
    assert [(e["target"], e["modality"], e["stake"]) for e in found] == [(["沐星科技"], "planned", "6%")]


def test_an_exit_told_as_done():
    found = exits("北溟投资已于2022年完成对云栈半导体的退出。")
    assert [(e["seller"], e["target"], e["date"]) for e in found] == [(["北溟投资"], ["云栈半导体"], "2022年")]


def test_a_fund_cutting_several_holdings_exits_each():
    found = exits("二季度，曜石资本减持了星漾机器人、青蔓网络、岫川智算。")
    assert [e["target"] for e in found] == [["星漾机器人"], ["青蔓网络"], ["岫川智算"]]
    assert {tuple(e["seller"]) for e in found} == {("曜石资本",)}


def test_the_market_a_sale_goes_through_is_not_the_seller():
    text = "澄岚资本于2023年3月通过深交所二级市场减持沐星科技120万股。"
    assert [(e["seller"], e["target"]) for e in exits(text)] == [(["澄岚资本"], ["沐星科技"])]


def test_a_shareholder_named_before_sells_the_shares_of_the_company_announcing():
    text = "沐星科技公告，持有公司股份500万股的股东澄岚资本计划3个月内，分批减持公司股份，上限为总股本的1%。"
    found = exits(text)
    assert [(e["seller"], e["target"], e["modality"]) for e in found] == [(["澄岚资本"], ["沐星科技"], "planned")]


def test_a_unit_sold_with_no_buyer():
    found = exits("远川集团决定出售旗下的青蔓物流。")
    assert [(e["seller"], e["target"]) for e in found] == [(["远川集团"], ["青蔓物流"])]


def test_a_sale_to_a_named_buyer_stays_an_acquisition_by_the_buyer():
    facts = [f for f in extract("t", "远川集团向北溟资本转让其持有的云栈半导体15%股权。", "2025-06-30").facts
             if f.type == "acquisition"]
    assert [([m.canonical for m in f.roles["acquirer"]], [m.canonical for m in f.roles["seller"]]) for f in facts] \
        == [(["北溟资本"], ["远川集团"])]


def test_selling_goods_or_assets_is_no_exit():
    assert exits("远川集团拟出售部分闲置设备。") == []
    assert exits("公司出售了一批专利。") == []
    assert exits("远川集团退出了东南亚市场。") == []


def test_exits_are_no_fewfc_investment_or_acquisition_but_a_sell_down():
    doc = extract("t", "2024年5月，澄岚资本清仓了所持有的沐星科技全部股份，套现约4亿元。", "2025-06-30")
    assert any(f.type == "acquisition" for f in doc.facts)
    kinds = mapping()
    for etype in ("投资", "收购"):
        assert not predicted_tuples(doc.facts, kinds[etype], doc.mentions)
    assert predicted_tuples(doc.facts, kinds["减持"], doc.mentions) == {("sub", "澄岚资本"): 1, ("obj", "沐星科技"): 1,
                                                                        ("date", "2024年5月"): 1}
    assert predicted_tuples(doc.facts, kinds["股份股权转让"], doc.mentions)[("sub-org", "澄岚资本")] == 1


def test_a_number_of_shares_sold_is_of_the_company_announcing():
    text = "7月8日，沐星科技发布公告称，持股9.5%的股东澄岚资本拟减持不超过1200万股。"
    found = exits(text)
    assert [(e["seller"], e["target"], e["modality"], e["stake"]) for e in found] == \
        [(["澄岚资本"], ["沐星科技"], "planned", None)]  # 9.5% is what it holds, not what it sells


def test_a_data_source_opening_the_sentence_is_not_the_company():
    text = "青蔓网络是一家AI公司。万得交易记录显示，2021年以来北溟投资先后减持超过600万股。"
    assert [e["target"] for e in exits(text)] == [["青蔓网络"]]


def test_a_company_whose_shares_a_holder_cut_told_in_the_passive():
    text = "云栈半导体近期被第三大股东曜石资本减持420万股，总金额超过3亿元。"
    assert [(e["seller"], e["target"], e["amount"]) for e in exits(text)] == \
        [(["曜石资本"], ["云栈半导体"], "超过3亿元")]


def test_a_company_that_suffers_sales_names_no_seller():
    assert exits("星漾机器人同样遭遇减持。") == []


def test_a_company_cut_told_after_dui():
    found = exits("减持方面，曜石资本连续第三个季度对其重仓的星漾机器人进行减持。")
    assert [(e["seller"], e["target"]) for e in found] == [(["曜石资本"], ["星漾机器人"])]
    found = exits("根据三季报，澄岚资本和北溟投资对云栈半导体分别减持80万股、40万股。")
    # (分别: each sells on its own, one exit each)
    assert [(e["seller"], e["target"]) for e in found] == [(["澄岚资本"], ["云栈半导体"]), (["北溟投资"], ["云栈半导体"])]


def test_a_person_with_a_title_is_never_the_company_sold():
    text = "青蔓网络公告，公司实际控制人王立新及其一致行动人王立群打算在半年内减持公司股份。"
    assert [e["target"] for e in exits(text)] == [["青蔓网络"]]


def test_a_plan_whose_sale_the_next_clause_tells():
    text = "8月3日晚间，云栈半导体发布公告称，北溟产业基金计划在未来三个月内，分批减持至多800万股。"
    found = exits(text)
    assert [(e["seller"], e["target"], e["modality"]) for e in found] == [(["北溟产业基金"], ["云栈半导体"], "planned")]


def test_a_shareholder_named_by_the_word_before_it():
    text = "星漾机器人公告，持股6.2%的股东澜川国际计划于今年内减持不超过2%公司股份。"
    found = exits(text)
    assert [(e["seller"], e["target"], e["stake"]) for e in found] == [(["澜川国际"], ["星漾机器人"], "不超过2%")]


def test_a_holder_named_in_the_sentence_is_not_the_company_sold():
    text = "青蔓网络发布公告。据公司股东北溟产业基金出具的告知函，截至昨日，已累计减持300万股。"
    assert [e["target"] for e in exits(text)] == [["青蔓网络"]]


def test_a_stake_handed_to_the_sellers_own_unit():
    facts = extract("t", "澄岚资本将所持沐星科技20%股权转让给旗下的北溟创投。", "2025-06-30").facts
    assert [([m.text for m in f.roles["acquirer"]], [m.text for m in f.roles["seller"]]) for f in facts
            if f.type == "acquisition"] == [(["北溟创投"], ["澄岚资本"])]
    assert [([m.text for m in f.roles["owner"]], [m.text for m in f.roles["unit"]]) for f in facts
            if f.type == "ownership"] == [(["澄岚资本"], ["北溟创投"])]


def test_a_company_no_lexicon_knows_named_after_a_sale_verb():
    found = exits("2024年，澄岚资本出售了镜川数据的股权。")
    assert [(e["seller"], e["target"]) for e in found] == [(["澄岚资本"], ["镜川数据"])]
    found = exits("从持仓看，澄岚信托减持云栈新材1050万股。")
    assert [(e["seller"], e["target"]) for e in found] == [(["澄岚信托"], ["云栈新材"])]


def test_ordinary_words_after_a_sale_verb_are_no_company():
    assert exits("他说，加入公司十年，减持一点补贴家用，多数人都能理解。") == []


def test_the_buyer_named_in_a_clause_after_the_sale():
    facts = extract("t", "澄岚资本拟出售其所持有的沐星科技全部股份，买方为北溟创投，交易对价约9亿港元。", "2025-06-30").facts
    assert [([m.text for m in f.roles["acquirer"]], [m.text for m in f.roles["seller"]], f.amount.text, f.modality)
            for f in facts if f.type == "acquisition"] == [(["北溟创投"], ["澄岚资本"], "约9亿港元", "planned")]


def test_a_business_of_the_seller_sold_to_a_buyer():
    facts = extract("t", "澄岚科技将其芯片设计业务出售给北溟集团，交易对价为12亿元。", "2025-06-30").facts
    assert [([m.text for m in f.roles["acquirer"]], [m.text for m in f.roles["target"]], f.qualifiers.get("asset"),
             f.amount.text) for f in facts if f.type == "acquisition"] == [(["北溟集团"], ["澄岚科技"], "芯片设计业务", "12亿元")]
    facts = extract("t", "澄岚科技拟把旗下的物流资产转让予北溟集团。", "2025-06-30").facts
    assert [([m.text for m in f.roles["acquirer"]], f.qualifiers.get("asset"), f.modality) for f in facts
            if f.type == "acquisition"] == [(["北溟集团"], "物流资产", "planned")]

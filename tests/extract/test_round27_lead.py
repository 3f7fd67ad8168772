"""Round 27 (lead): an investor's portfolio told clause by clause (也参与投资了C, 除了上述的A、B), guessed names listed
among found ones, a round's investors sorted by kind over several clauses, and potential investors. Sentences
written for this file, with invented companies."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def investments(text: str, ref: str = "2025-11-20") -> list[tuple[list[str], list[str], str]]:
    out = []
    for f in extract("t", text, ref).facts:
        if f.type == "investment":
            out.append(([m.text for m in f.roles["investor"]], [m.text for m in f.roles["investee"]], f.modality))
    return out


def pairs(text: str) -> set[tuple[str, str]]:
    return {(i, e) for investors, investees, _ in investments(text) for i in investors for e in investees}


# ---- 也参与投资了C: the subject carried into a later clause of the same sentence ----

def test_a_later_clause_joining_investments_keeps_the_subject():
    got = pairs("过去一年，澄川资本先后押注了青禾电子、岚山智能，也参与投资了北辰智能。")
    assert got == {("澄川资本", "青禾电子"), ("澄川资本", "岚山智能"), ("澄川资本", "北辰智能")}


def test_joining_a_named_round_is_still_read_with_its_company():
    assert pairs("澄川资本参与投资了青禾电子的B轮融资。") == {("澄川资本", "青禾电子")}


def test_joining_described_as_a_fund_is_no_investment_in_what_the_fund_buys():
    # near miss: 澄川科技参与投资的F describes the fund; the fund, not 澄川科技, invests in 远帆智能
    got = pairs("澄川科技参与投资的苏州青岚创业投资合伙企业（有限合伙）近日投资了远帆智能。")
    assert ("澄川科技", "远帆智能") not in got
    assert ("苏州青岚创业投资合伙企业", "远帆智能") in got


# ---- 除了(上述的)A、B，也投资了C: A and B are holdings, not the subject ----

def test_besides_these_names_the_subject_is_the_investor_of_the_paragraph():
    text = "澄川资本今年押注了青禾电子。在具身智能领域，除了上述的青禾电子、北辰数据，也参与投资了岚山智能、星澜科技等企业。"
    got = pairs(text)
    assert {("澄川资本", "岚山智能"), ("澄川资本", "星澜科技")} <= got
    assert not any(investor in ("青禾电子", "北辰数据") for investor, _ in got)


def test_besides_these_names_in_one_clause():
    got = pairs("澄川资本今年押注了青禾电子。除了上述的青禾电子、北辰数据之外还投资了星澜科技。")
    assert ("澄川资本", "星澜科技") in got and not any(i != "澄川资本" for i, _ in got)


# ---- a guessed name listed after a name found by its shape ----

def test_a_guess_listed_after_a_found_name_is_one_more_investee():
    got = pairs("岚山创投投资了青禾电子、北辰数据和澄川智算等项目。")
    assert got == {("岚山创投", "青禾电子"), ("岚山创投", "北辰数据"), ("岚山创投", "澄川智算")}
    assert ("澄川资本", "岚山灵动") in pairs("在具身智能赛道，澄川资本布局了青禾机器人、岚山灵动等多家企业。")


def test_a_guess_opening_a_list_of_projects_is_no_company():
    # near miss: what is built (纯电动大巴) opens the list, no company found before it
    got = pairs("澄川汽车投资纯电动大巴、澄川云轨等项目累计超过30亿元。")
    assert not any(e == "纯电动大巴" for _, e in got)


# ---- a round's investors sorted by kind over several clauses ----

def test_investors_listed_by_kind_over_clauses_all_join_the_round():
    text = "星澜智能完成5亿元B轮融资。参与本轮融资的机构包括产业资本青禾电子、岚山智能，PE基金北辰资本，以及老股东澄川创投。"
    [(investors, investees, modality)] = investments(text)
    assert (investors, investees, modality) == (["青禾电子", "岚山智能", "北辰资本", "澄川创投"], ["星澜智能"], "asserted")
    fact = next(f for f in extract("t", text, "2025-11-20").facts if f.type == "investment")
    assert fact.qualifiers["round"] == "B轮" and fact.amount is not None and fact.amount.value.value == 5e8


def test_a_kind_word_is_no_part_of_the_name_after_it():
    names = [m.text for m in extract("t", "投资方包括产业资本青禾电子和财务投资人北辰资本。", "2025-11-20").mentions]
    assert "青禾电子" in names and "北辰资本" in names and not any(n.startswith(("产业资本", "财务投资人")) for n in names)


def test_a_later_clause_that_is_no_list_of_a_kind_ends_the_list():
    # near miss: the old holder leaving is no investor of the round
    text = "星澜智能完成5亿元B轮融资。投资方包括青禾电子、岚山智能，老股东澄川创投则选择退出。"
    [(investors, _, _)] = investments(text)
    assert investors == ["青禾电子", "岚山智能"]


def test_this_round_after_a_sentence_about_an_earlier_round_takes_no_figure_from_it():
    text = ("5月8日，星澜智能宣布获得数亿元Pre-IPO轮投资。在此前的3月，星澜智能刚完成C轮3亿元融资。"
            "参与本轮投资的包括青禾电子、岚山智能等机构。")
    fact = next(f for f in extract("t", text, "2025-11-20").facts
                if f.type == "investment" and [m.text for m in f.roles["investor"]] == ["青禾电子", "岚山智能"])
    assert fact.amount is None or fact.amount.value.text != "3亿元"


# ---- potential investors ----

def test_potential_investors_are_a_plan():
    text = "星澜智能正与全球投资人洽谈，包括投资公司青禾资本，募资金额可能达数亿美元。知情人士说，潜在投资人还包括现有股东岚山创投。"
    got = [(i, m) for i, e, m in investments(text) if i == ["岚山创投"]]
    assert got and all(m != "asserted" for _, m in got)


def test_investors_of_a_completed_round_stay_asserted():
    # near miss: no 潜在 before the word
    assert investments("星澜智能完成B轮融资，投资人包括现有股东岚山创投。") == [(["岚山创投"], ["星澜智能"], "asserted")]


# ---- an operator's branch opening the text ----

def test_an_operators_branch_opening_the_text_is_a_name():
    text = "岚州移动向青禾电子采购了2000台AI服务器。"
    assert "岚州移动" in [m.text for m in extract("t", text, "2025-11-20").mentions if m.kind == "organization"]
    [f] = [f for f in extract("t", text, "2025-11-20").facts if f.type == "purchase"]
    assert ([m.text for m in f.roles["buyer"]], [m.text for m in f.roles["supplier"]]) == (["岚州移动"], ["青禾电子"])


def test_moving_towards_a_place_is_still_no_operator():
    # near miss: 向…移动 is movement, wherever it stands
    assert not [m for m in extract("t", "人口持续向岚州移动。", "2025-11-20").mentions if m.text.endswith("移动")]


# ---- customers named as such buy from the company (README: Customers) ----

def test_customers_named_as_such_are_buyers():
    found = [f for f in extract("t", "青禾电子的主要客户包括澄川通信集团和北辰智算。", "2025-11-20").facts if f.type == "purchase"]
    assert {(f.roles["buyer"][0].text, f.roles["supplier"][0].text) for f in found} == {
        ("澄川通信集团", "青禾电子"), ("北辰智算", "青禾电子")}


def test_a_product_covering_companies_stays_a_looser_tie():
    # near miss: 覆盖 (the product reaches them) is a partnership of kind customer, no purchase
    facts = extract("t", "青禾电子的AI应用已覆盖澄川通信集团、北辰智算等企业。", "2025-11-20").facts
    assert not [f for f in facts if f.type == "purchase"]
    assert {f.qualifiers.get("kind") for f in facts if f.type == "partnership"} == {"customer"}


def test_the_customer_of_a_contract_named_next_is_read_once():
    text = "青禾电子科技股份有限公司与客户签订《算力服务协议》,合同金额为3亿元。该客户为澄川科技有限公司。"
    assert len([f for f in extract("t", text, "2025-11-20").facts if f.type == "purchase"]) == 1


# ---- a group dealing through its sub-funds; shares held by one party ----

def test_a_group_buying_through_listed_sub_funds_is_the_buyer():
    text = ("澄川基金通过关联基金或子基金北辰智造和装备产业投资中心、岚山鸿泰股权投资基金等"
            "各自买入了青禾电子、远峰微电子等两家企业的股权。")
    found = [f for f in extract("t", text, "2025-11-20").facts if f.type in ("acquisition", "investment")]
    assert found and all([m.text for m in next(iter(f.roles.values()))] == ["澄川基金"] for f in found)


def test_a_fund_buying_on_its_own_is_still_the_buyer():
    # near miss: no 通过 before the fund, it buys
    found = [f for f in extract("t", "岚山鸿泰股权投资基金购买了青禾电子的股权。", "2025-11-20").facts
             if f.type in ("acquisition", "investment")]
    assert found and all([m.text for m in next(iter(f.roles.values()))] == ["岚山鸿泰股权投资基金"] for f in found)


def test_investing_in_shares_one_party_holds_is_in_the_company_of_the_shares():
    text = "澄川资本投资于北辰资产管理有限公司持有的青禾租赁有限公司部分股权。"
    investees = [[m.text for m in f.roles["investee"]] for f in extract("t", text, "2025-11-20").facts
                 if f.type == "investment"]
    assert ["北辰资产管理有限公司"] not in investees
    assert investees == [["青禾租赁有限公司"]]
    holders = [([m.text for m in f.roles["holder"]], [m.text for m in f.roles["company"]])
               for f in extract("t", text, "2025-11-20").facts if f.type == "shareholding"]
    assert (["澄川资本"], ["北辰资产管理有限公司"]) not in holders


# ---- supplying what is rented out is no purchase by the supplier ----

def test_supplying_rented_servers_is_not_buying_them():
    text = "青禾智算计划向北辰科技提供3台租赁的GPU服务器。"
    assert not [f for f in extract("t", text, "2025-11-20").facts
                if f.type == "purchase" and [m.text for m in f.roles["buyer"]] == ["青禾智算"]]


def test_renting_servers_from_a_supplier_is_still_a_purchase():
    # near miss: 向B租用 buys from B
    [f] = [f for f in extract("t", "青禾智算向北辰科技租用了2台服务器。", "2025-11-20").facts if f.type == "purchase"]
    assert ([m.text for m in f.roles["buyer"]], [m.text for m in f.roles["supplier"]]) == (["青禾智算"], ["北辰科技"])


def test_this_round_after_another_companys_earlier_round_takes_its_figure():
    # near miss of the earlier-round rule: the sentence two back is about another company, so 此前 only dates the
    # round the next sentence calls 本轮
    text = ("7月9日，青禾机器人宣布完成A4轮融资。此前的7月7日，星澜智能宣布完成近5亿元A轮融资。"
            "据悉，本轮融资由澄川资本和北辰资本联合领投。")
    [fact] = [f for f in extract("t", text, "2025-11-20").facts
              if f.type == "investment" and [m.text for m in f.roles["investor"]] == ["澄川资本", "北辰资本"]]
    assert fact.amount is not None and fact.amount.value.text == "近5亿元" and fact.qualifiers["round"] == "A轮"


# ---- an offer on an exchange of property rights; a person who will become a holder ----

def _facts(text: str, ref: str = "2025-11-21"):
    return extract("t", text, ref).facts


def test_shares_offered_on_an_exchange_are_a_planned_sale_and_no_listing():
    text = "本月5日，澄川基金在产权交易所挂牌转让所持青禾股份全部股份，约2000万股，占青禾股份总股本的8.2%，挂牌底价3亿元。"
    found = _facts(text)
    assert not [f for f in found if f.type == "listing"]
    sales = [f for f in found if f.type == "acquisition"]
    assert sales and all(f.modality == "planned" and [m.text for m in f.roles["seller"]] == ["澄川基金"] for f in sales)


def test_an_offer_taken_up_by_a_buyer_is_a_sale():
    # near miss: the offer was taken up (摘牌), the sale is done
    sales = [f for f in _facts("澄川基金此前挂牌转让所持青禾股份8.2%股份，最终由北辰资本摘牌受让。") if f.type == "acquisition"]
    assert sales and all(f.modality == "asserted" for f in sales)


def test_a_company_listed_on_a_board_is_still_a_listing():
    # near miss: 挂牌 followed by no sale word
    assert [f for f in _facts("青禾股份今日在北交所挂牌上市。") if f.type == "listing"]


def test_a_person_who_will_become_a_holder_holds_not_the_company_before():
    text = ("青禾电器拟收购澄川微电子30%股权。此外，澄川微电子的实际控制人周宁旗下主体将把其持有的15%股权所对应的表决权"
            "委托给青禾电器行使。交易完成后，周宁将成为青禾电器第三大股东。")
    held = [([m.text for m in f.roles["holder"]], f.modality) for f in _facts(text)
            if f.type == "shareholding" and [m.text for m in f.roles["company"]] == ["青禾电器"]]
    assert held == [(["周宁"], "planned")]


# ---- a company's titled holders selling a count of its shares ----

def _sale(text: str):
    return [(f.modality, [m.text for m in f.roles["seller"]], [m.text for m in f.roles["target"]],
             [m.text for m in f.roles["acquirer"]]) for f in _facts(text) if f.type == "acquisition"]


def test_a_controlling_holder_sells_the_companys_counted_shares():
    text = "青禾电器控股股东澄川资本拟将合计500万股（占总股本5%）转让给北辰投资。"
    assert _sale(text) == [("planned", ["澄川资本"], ["青禾电器"], ["北辰投资"])]


def test_a_titled_person_sells_the_companys_counted_shares():
    text = "青禾电器的实控人周宁拟将合计500万股（占总股本5%）转让给北辰投资。"
    assert _sale(text) == [("planned", ["周宁"], ["青禾电器"], ["北辰投资"])]


def test_a_holder_selling_shares_of_another_named_company_is_left_as_it_was():
    # near miss: the shares named are of another company, the title's company is not the target
    text = "青禾电器控股股东澄川资本拟将所持岚山科技5%股份转让给北辰投资。"
    assert [s[2] for s in _sale(text)] == [["岚山科技"]]

"""Chinese sell-downs and share transfers whose company is left implicit (减持公司股份, 减持至多公司总股本的2%),
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
    text = ("青禾电子公告，公司副总经理邹明、监事林晓、远帆投资因个人资金安排，计划自公告日起十个交易日后的一个季度内，"
            "以竞价交易的方式一共减持不超过公司总股本1.5%的股份。")
    assert sales(text) == [("planned", ["邹明", "林晓", "远帆投资"], ["青禾电子"], [], "1.5%")]


def test_a_clause_with_a_verb_of_its_own_between_name_and_sale_stops_the_search():
    text = "青禾电子公告，岚山创投持有公司8%股份，公司另一股东计划以集中竞价方式，减持公司股份不超过100万股。"
    assert [s for s in sales(text) if "岚山创投" in s[1]] == []


def test_the_names_a_verb_before_took_are_no_sellers():
    text = "澄湖基金三季度增持了北岭科技、云栖电子，减持了南屿股份。"
    assert sales(text) == [("asserted", ["澄湖基金"], ["南屿股份"], [], None)]


def test_the_announcer_is_no_seller_of_its_own_shares():
    text = "青禾电子晚间公告，计划在未来三个月内，以竞价交易的方式出手公司股份至多100万股。"
    assert sales(text) == []


# --- the part of the company sold ---

def test_a_share_of_the_total_stock_with_no_shares_word_is_sold_of_the_company_announcing():
    text = "澄湖科技今日公告，股东北岭创投计划在未来三个月内减持至多公司总股本的1.6%。"
    assert sales(text) == [("planned", ["北岭创投"], ["澄湖科技"], [], "1.6%")]


def test_the_share_sold_after_the_verb_not_the_holding_before_it():
    text = "澄湖科技公告，持股8%的股东北岭创投拟减持至多总股本2.2%的股份。"
    assert sales(text) == [("planned", ["北岭创投"], ["澄湖科技"], [], "2.2%")]


def test_the_share_of_the_company_before_its_shares():
    text = "澄湖科技宣布，其第三大股东北岭创投计划减持不超过1.5%的公司股份。"
    assert [s[4] for s in sales(text)] == ["不超过1.5%"]


def test_a_holding_that_falls_to_a_level_is_no_share_sold():
    text = "澄湖科技公告，股东北岭创投累计减持公司股份，持股比例由8%降至5%。"
    assert [s[4] for s in sales(text)] == [None]


def test_a_company_named_by_common_words_with_its_stock_code_is_the_one_sold():
    text = "白云面包(603866)晚间公告，持股6%的股东北岭创投计划减持公司股份不超过200万股，占公司总股本的1%。"
    assert sales(text) == [("planned", ["北岭创投"], ["白云面包"], [], "1%")]


# --- sellers named by a count of the parties listed before ---

def test_the_two_shareholders_are_the_pair_named_in_the_sentence_before():
    text = ("澄湖科技近日公告，北岭创投与云栖资本均为公司上市前入股的财务投资者。"
            "这两家股东打算一共减持不超过总股本的3%。")
    assert sales(text) == [("planned", ["北岭创投", "云栖资本"], ["澄湖科技"], [], "3%")]


def test_two_funds_opening_the_sentence_sell():
    text = "澄湖科技披露，北岭创投与云栖资本均为公司早期投资方。两家基金计划于年内减持公司股份。"
    assert [s[1] for s in sales(text)] == [["北岭创投", "云栖资本"]]


def test_a_count_that_does_not_match_the_list_names_no_seller():
    text = "澄湖科技公告，北岭创投、云栖资本与南屿投资均为公司股东。两家股东计划减持公司股份。"
    assert sales(text) == []


def test_a_count_with_no_list_before_names_no_seller():
    text = "澄湖科技公告，北岭创投与云栖资本签署了合作协议。三名股东计划减持公司股份。"
    assert sales(text) == []


def test_two_holders_counted_sell_to_a_named_buyer():
    text = ("澄湖科技公告，北岭创投与云栖资本均为公司持股5%以上股东。"
            "两家股东拟将所持公司股份合计600万股以协议转让方式转让给南屿资本。")
    assert sales(text) == [("planned", ["北岭创投", "云栖资本"], ["澄湖科技"], ["南屿资本"], None)]


def test_two_holders_counted_sell_after_xiang():
    text = "澄湖科技公告，北岭创投与云栖资本均为公司持股5%以上股东。两家股东拟向南屿资本协议转让公司股份合计600万股。"
    assert [(s[1], s[3]) for s in sales(text)] == [(["北岭创投", "云栖资本"], ["南屿资本"])]


# --- a list of sellers each selling its own part (分别) ---

def test_each_seller_of_a_list_joined_by_yiji_sells_its_own_share():
    text = "澄湖科技公告，北岭创投、云栖资本以及南屿投资分别减持了公司1.1%、0.8%和0.5%的股份。"
    assert sales(text) == [("asserted", ["北岭创投"], ["澄湖科技"], [], "1.1%"),
                           ("asserted", ["云栖资本"], ["澄湖科技"], [], "0.8%"),
                           ("asserted", ["南屿投资"], ["澄湖科技"], [], "0.5%")]


def test_each_seller_with_one_share_each_keeps_it():
    text = "澄湖科技公告，北岭创投和云栖资本分别拟减持不超过公司总股本1%的股份。"
    assert sales(text) == [("planned", ["北岭创投"], ["澄湖科技"], [], "1%"),
                           ("planned", ["云栖资本"], ["澄湖科技"], [], "1%")]


def test_a_total_sold_together_stays_one_sale():
    text = "澄湖科技公告，北岭创投及云栖资本打算一起减持至多公司总股本3%的股份。"
    assert sales(text) == [("planned", ["北岭创投", "云栖资本"], ["澄湖科技"], [], "3%")]


# --- shares handed over to a buyer (转给) ---

def test_shares_handed_to_a_buyer_after_zhuangei_with_the_share_after_it():
    text = "澄湖科技公告，控股股东远湖集团将所持1200万股以协议转让方式转给南屿资本，占公司总股本的6%，转让总价2.4亿元。"
    facts = [f for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"]
    assert [([m.canonical for m in f.roles["seller"]], [m.canonical for m in f.roles["acquirer"]],
             [m.canonical for m in f.roles["target"]], f.stake.text, f.amount.text) for f in facts] == \
        [(["远湖集团"], ["南屿资本"], ["澄湖科技"], "6%", "2.4亿元")]


def test_a_discount_after_the_buyer_is_no_share_sold():
    text = "澄湖科技公告，远湖集团将所持1200万股转给南屿资本，转让价格较市价折让10%。"
    assert sales(text) == [("asserted", ["远湖集团"], ["澄湖科技"], ["南屿资本"], None)]


# --- a plan carried out, a plan called off ---

def test_a_sale_made_after_the_plan_was_carried_out_is_asserted():
    text = "澄湖科技公告，股东北岭创投本次减持计划已实施完毕，累计减持公司股份300万股，占公司总股本的1%。"
    assert sales(text) == [("asserted", ["北岭创投"], ["澄湖科技"], [], "1%")]


def test_a_sale_made_during_the_plan_is_asserted():
    text = "澄湖科技公告，股东北岭创投于减持计划期间卖出并减持了92万股。"
    assert [s[0] for s in sales(text)] == ["asserted"]


def test_a_plan_carried_out_is_a_sale_made():
    text = "澄湖科技公告，股东北岭创投的减持计划已实施完毕。"
    assert sales(text) == [("asserted", ["北岭创投"], ["澄湖科技"], [], None)]


def test_a_plan_called_off_is_a_sale_negated():
    text = "澄湖科技公告，股东北岭创投已决定提前终止这一减持计划。"
    assert sales(text) == [("negated", ["北岭创投"], ["澄湖科技"], [], None)]


def test_a_plan_whose_period_ended_says_nothing_of_a_sale():
    assert sales("澄湖科技公告，股东北岭创投的减持计划期限已届满。") == []


def test_a_new_plan_is_still_planned():
    text = "澄湖科技公告，股东北岭创投的上一次减持计划已实施完毕，北岭创投计划再减持不超过公司总股本1%的股份。"
    assert [s[0] for s in sales(text)] == ["asserted", "planned"]


# --- the buyer's side and the signing ---

def test_shares_of_the_company_held_by_its_controlling_holder_are_bought_from_it():
    text = "澄湖科技公告，北辰投资将通过协议方式受让公司控股股东远湖集团所持公司股份1200万股，占公司总股本的6%。"
    assert sales(text) == [("planned", ["远湖集团"], ["澄湖科技"], ["北辰投资"], "6%")]


def test_shares_of_a_named_company_held_by_a_holder_stay_that_companys():
    text = "澄湖科技公告，北辰投资拟收购远湖集团持有的云栖电子30%股权。"
    assert sales(text) == [("planned", ["远湖集团"], ["云栖电子"], ["北辰投资"], "30%")]


def test_shares_of_a_target_company_left_unnamed_make_no_deal():
    assert sales("澄湖科技公告，北辰投资拟收购远湖集团所持标的公司45%股权。") == []


def test_the_party_that_signed_the_transfer_agreement_with_the_seller_buys():
    text = ("澄湖科技晚间公告，控股股东远湖集团与南屿资本签署《股份转让协议》，远湖集团打算以协议转让的办法出让公司股份"
            "1200万股，占公司总股本的6%。")
    assert sales(text) == [("planned", ["远湖集团"], ["澄湖科技"], ["南屿资本"], "6%")]


def test_a_person_who_signed_on_a_date_with_a_labelled_buyer_sells_to_it():
    text = ("澄湖科技晚间公告，控股股东周启明于6月5日与南屿资本（以下简称“受让方”）签署了《股份转让协议》，"
            "周启明打算以协议转让的办法出让公司股份1200万股。")
    assert [(s[1], s[3]) for s in sales(text)] == [(["周启明"], ["南屿资本"])]


def test_an_agreement_of_another_kind_names_no_buyer():
    text = "澄湖科技晚间公告，控股股东远湖集团与南屿资本签署《战略合作协议》，远湖集团打算以协议转让的办法出让公司股份1200万股。"
    assert [s[3] for s in sales(text)] == [[]]


def test_a_transfer_agreement_the_seller_did_not_sign_names_no_buyer():
    text = "澄湖科技晚间公告，北辰投资与南屿资本签署《股份转让协议》，远湖集团打算以协议转让的办法出让公司股份1200万股。"
    assert [s[3] for s in sales(text)] == [[]]


# --- names that are not what they seem ---

def test_a_deal_word_inside_a_funds_name_is_no_acquisition():
    text = "澄湖科技公告，公司实际控制人周启明打算以协议方式向南屿科创并购基金合伙企业（有限合伙）转让公司股份1200万股。"
    assert [s for s in sales(text) if "周启明" not in s[1]] == []


def test_a_count_of_shares_before_the_companys_shares_is_no_company():
    text = "澄湖科技公告，远湖集团、远湖投资拟将其合计持有的1200万股本公司股份（占本公司股份总数的6%）全部转让予南屿资本。"
    assert sales(text) == [("planned", ["远湖集团", "远湖投资"], ["澄湖科技"], ["南屿资本"], "6%")]


def test_shares_held_together_and_described_are_the_companys():
    text = "澄湖科技公告，远湖集团拟将其合计持有的公司无限售条件流通股1200万股转让给南屿资本。"
    assert sales(text) == [("planned", ["远湖集团"], ["澄湖科技"], ["南屿资本"], None)]


def test_holders_listed_before_the_party_they_signed_with_sell_their_shares_to_it():
    text = ("2025年6月5日，澄湖科技股份有限公司（以下简称“公司”）的控股股东周启明先生及林晓女士与南屿资本（以下简称"
            "“受让方”或者“南屿”）签署了《股份转让协议》，拟将其共同持有的上市公司无限售流通股份31,452,118股"
            "（以下简称“标的股份”）转让给南屿，占公司总股本的5.85%。")
    assert sales(text) == [("planned", ["周启明", "林晓"], ["澄湖科技股份有限公司"], ["南屿资本"], "5.85%")]


def test_a_thousands_separator_cuts_no_clause():
    from dealgraph.extract.topics import clause_end, clause_start

    text = "甲公司公告，远湖集团拟将其持有的1,200,000股转让给乙公司，占总股本1%。"
    at = text.index("转让给")
    assert text[clause_start(text, at, 0):clause_end(text, at, len(text))] == "远湖集团拟将其持有的1,200,000股转让给乙公司"
    assert clause_end("甲,乙", 0, 3) == 1  # a comma between words still ends a clause


# --- the company by its stock code, a buyer with an aside, a count closing the clause ---

def test_the_company_named_with_its_code_in_a_heading_is_the_one_whose_shares_move():
    text = ("一、澄湖科技 002999:大股东转让股份\n控股股东远湖企业管理有限公司打算以协议方式向南屿资产管理有限公司"
            "(代表其发行的南屿稳健二期基金)出让所持有的公司 86,130,000 股股份,占公司总股本的 5.92%。")
    assert sales(text) == [("planned", ["远湖企业管理有限公司"], ["澄湖科技"], ["南屿资产管理有限公司"], "5.92%")]


def test_two_companies_with_codes_leave_the_company_unknown():
    text = ("一、澄湖科技 002999、云栖电子 300888:股份变动\n控股股东远湖企业管理有限公司打算以协议方式向南屿资产管理有限公司"
            "转让其持有的公司 9,613,000 股股份。")
    assert sales(text) == []
    one = "一、股份变动:澄湖科技 002999\n" + text.split("\n")[1]
    assert [s[2] for s in sales(one)] == [["澄湖科技"]]


def test_a_count_of_a_named_companys_shares_sold_on_the_market():
    text = "比如，澄湖股份公告称，公司于6月6日经由竞价交易系统卖出所持的云栖证券1222.35万股。"
    assert sales(text) == [("asserted", ["澄湖股份"], ["云栖证券"], [], None)]


def test_a_business_sold_with_a_count_of_staff_is_no_exit():
    assert sales("澄湖股份公告称，公司出售所持有的云栖物流业务，涉及员工1200人。") == []


def test_a_total_told_after_each_sellers_count_is_no_sellers_share():
    text = "澄湖科技公告，北岭创投、云栖资本于6月3日通过大宗交易分别减持公司股份100万股和80万股，合计占公司总股本的0.9%。"
    assert sales(text) == [("asserted", ["北岭创投"], ["澄湖科技"], [], None),
                           ("asserted", ["云栖资本"], ["澄湖科技"], [], None)]


def test_shares_of_the_company_sold_after_dui_with_the_ratio_in_a_clause_of_its_own():
    text = ("澄湖科技公告：公司控股股东远湖集团因业务发展需要，计划自公告日起十个交易日之后的三个月内，以竞价交易或大宗交易"
            "方式，对其所持公司股份进行减持，减持的比例至多为公司总股本的1.2%。")
    assert sales(text) == [("planned", ["远湖集团"], ["澄湖科技"], [], "1.2%")]


def test_shares_of_another_company_after_dui_are_that_companys():
    text = "减持方面，远湖集团对其持有的云栖电子股份进行了减持。"
    assert [(s[1], s[2]) for s in sales(text)] == [(["远湖集团"], ["云栖电子"])]


def test_each_insider_sells_the_share_listed_for_it_of_the_company():
    text = ("澄湖科技公告，公司实控人周启明及一致行动人远湖投资打算一并减持不超过公司5%股份，"
            "公司董事邹明、监事孙立打算分别减持公司至多0.08%股份、0.04%股份。")
    assert sales(text) == [("planned", ["周启明", "远湖投资"], ["澄湖科技"], [], "5%"),
                           ("planned", ["邹明"], ["澄湖科技"], [], "至多0.08%"),
                           ("planned", ["孙立"], ["澄湖科技"], [], "0.04%")]


def test_a_stake_of_a_subsidiary_sold_to_the_buyer_told_after_it():
    text = "澄湖科技发布公告称，公司拟出售控股子公司云栖电商4.05%股权，本次交易受让方为南屿企业管理有限公司。"
    assert sales(text) == [("planned", ["澄湖科技"], ["云栖电商"], ["南屿企业管理有限公司"], "4.05%")]


# --- which company 公司 is outside an announcement ---

def test_the_company_the_seller_was_said_to_hold_not_its_parent():
    text = "澄川集团旗下的北岭创投是澄湖科技的第二大股东。北岭创投计划减持公司股份不超过300万股。"
    assert [s[2] for s in sales(text)] == [["澄湖科技"]]


def test_an_announcements_own_company_wins_over_a_holding_told_elsewhere():
    text = "澄湖科技关于股东减持计划的公告\n北岭创投另持有云栖电子8%的股份。股东北岭创投计划减持公司股份不超过300万股。"
    assert [s[2] for s in sales(text) if s[0] == "planned"] == [["澄湖科技"]]


def test_a_holder_that_says_it_will_sell_sells():
    text = "北岭创投持有澄湖科技8%的股份。日前，北岭创投表示，将在未来半年内减持至多公司总股本2%的股份。"
    assert sales(text) == [("planned", ["北岭创投"], ["澄湖科技"], [], "2%")]


def test_its_sale_after_a_holders_plan_is_the_holders():
    text = "澄湖科技公告，股东北岭创投的减持计划数量已过半，其已累计减持公司股份150万股。"
    assert sales(text) == [("asserted", ["北岭创投"], ["澄湖科技"], [], None)]


def test_a_holding_threshold_after_the_plan_is_no_share_sold():
    text = "澄湖科技公告，股东北岭创投本次减持计划已实施完毕，北岭创投已不是持股5%以上的股东。"
    assert sales(text) == [("asserted", ["北岭创投"], ["澄湖科技"], [], None)]


def test_a_plan_not_yet_carried_out_tells_no_sale():
    assert sales("澄湖科技公告，截至本公告日，股东北岭创投本次减持计划尚未实施完毕。") == []


# --- the holding a transfer leads to ---

def holdings(text: str) -> list[tuple]:
    return [(f.modality, [m.canonical for m in f.roles["holder"]], [m.canonical for m in f.roles["company"]])
            for f in extract("t", text, "2025-06-30").facts if f.type == "shareholding"]


def test_the_buyer_becomes_controlling_holder_of_the_company_it_buys_not_of_the_seller():
    text = ("澄湖科技6月5日公告，控股股东远湖集团与南屿资本签署股份转让协议。根据协议，远湖集团将向南屿资本转让其所持公司"
            "15%股份，转让价款合计6亿元。交易完成后，南屿资本将成为公司控股股东。")
    assert ("planned", ["南屿资本"], ["澄湖科技"]) in holdings(text)
    assert not [h for h in holdings(text) if h[2] == ["远湖集团"]]


def test_a_controlling_holder_the_company_will_change_to_is_planned():
    text = "澄湖科技6月5日公告，控股股东远湖集团拟将所持公司15%股份转让给南屿资本。本次转让完成后，公司控股股东将变更为南屿资本。"
    assert ("planned", ["南屿资本"], ["澄湖科技"]) in holdings(text)
    assert ("asserted", ["南屿资本"], ["澄湖科技"]) not in holdings(text)


def test_a_controlling_holder_the_company_changed_to_is_asserted():
    text = "澄湖科技6月5日公告，股份过户登记手续已办理完毕，公司控股股东已变更为南屿资本。"
    assert ("asserted", ["南屿资本"], ["澄湖科技"]) in holdings(text)

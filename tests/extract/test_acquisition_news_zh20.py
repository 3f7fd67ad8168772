"""Acquisitions as Chinese news and announcements tell them: the holders a buyer takes shares from (受让A、B等股东
所持10%股份), deals that fell through (均因未获批准而夭折), a plan carried past the clauses that only say how it is
done (拟…，通过多层架构，最终以…收购). Sentences written for this file, with invented names."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def deals(text: str, kind: str = "acquisition", ref: str = "2025-06-30") -> list[tuple]:
    return sorted((f.modality, tuple((r, tuple(m.canonical for m in ms)) for r, ms in sorted(f.roles.items())))
                  for f in extract("t", text, ref).facts if f.type == kind)


def test_holders_listed_before_a_bare_stake_sell_shares_of_the_company_written_about():
    text = "青禾电子公告称，澄川资本直接受让岚山控股、远峰贸易等股东所持10.75%股份，相关股份已完成过户。"
    assert deals(text) == [("asserted", (("acquirer", ("澄川资本",)), ("seller", ("岚山控股", "远峰贸易")),
                                         ("target", ("青禾电子",))))]


def test_a_holder_before_a_bare_stake_with_no_company_written_about_is_not_bought():
    assert deals("2024年，澄川资本以3亿元受让岚山控股所持有的10%股份。") == []


def test_a_holder_before_a_named_company_still_sells_that_company():
    assert deals("澄川资本受让岚山控股所持青禾电子8%股份。") == [
        ("asserted", (("acquirer", ("澄川资本",)), ("seller", ("岚山控股",)), ("target", ("青禾电子",))))]


def test_deals_that_fell_through_for_want_of_approval_are_negated():
    text = "回顾过往，2019年澄川资本收购青禾电子、2021年岚山创投收购远峰科技等案例，均因未获监管批准而夭折。"
    assert deals(text) == [("negated", (("acquirer", ("岚山创投",)), ("target", ("远峰科技",)))),
                           ("negated", (("acquirer", ("澄川资本",)), ("target", ("青禾电子",))))]


def test_a_failed_fate_the_deal_avoided_does_not_negate_it():
    text = "2019年澄川资本收购青禾电子，是行业内罕见的成功整合案例，避免了同行的夭折命运。"
    assert deals(text) == [("asserted", (("acquirer", ("澄川资本",)), ("target", ("青禾电子",))))]


def test_a_plan_goes_on_past_a_means_clause_to_the_purchase():
    text = "澄川资本公告，拟与岚山创投共同出资5亿元，通过多层架构，最终以20亿元从远峰资本手中全资收购青禾电子。"
    assert deals(text) == [("planned", (("acquirer", ("澄川资本",)), ("seller", ("远峰资本",)),
                                        ("target", ("青禾电子",))))]


def test_a_means_clause_done_already_stops_the_plan():
    text = "澄川资本计划扩大产能，同时，通过多层架构，以20亿元从远峰资本手中全资收购了青禾电子。"
    assert deals(text) == [("asserted", (("acquirer", ("澄川资本",)), ("seller", ("远峰资本",)),
                                         ("target", ("青禾电子",))))]


def test_the_party_a_buyer_signs_the_sale_with_sells():
    text = "青禾投资于2025年3月10日与岚山创投签订有条件买卖协议，拟收购远峰智能科技有限公司60%的股权。"
    assert deals(text) == [("planned", (("acquirer", ("青禾投资",)), ("seller", ("岚山创投",)),
                                        ("target", ("远峰智能科技有限公司",))))]


def test_signing_with_the_company_bought_or_its_unnamed_holders_names_no_seller():
    for text in ("澄川集团与远峰科技签订股权转让协议，拟收购远峰科技51%股权。",
                 "澄川集团于4月3日同远峰科技7位股东签订了股权转让协议，拟收购远峰科技51%股权。"):
        assert deals(text) == [("planned", (("acquirer", ("澄川集团",)), ("target", ("远峰科技",))))]


def test_a_seller_keeping_the_rest_after_the_sale_bought_nothing():
    text = ("澄川集团拟以3000万元从岚山创投手中收购远峰科技60%的股权。"
            "收购完成后，澄川集团及岚山创投将分别持有远峰科技60%及40%的股权。")
    found = deals(text)
    assert ("planned", (("acquirer", ("澄川集团",)), ("seller", ("岚山创投",)), ("target", ("远峰科技",)))) in found
    assert not [d for d in found if ("acquirer", ("岚山创投",)) in d[1]]


def test_buyer_and_seller_by_their_role_words_hold_what_each_side_keeps():
    text = ("澄川集团拟以3000万元从岚山创投手中收购远峰科技60%的股权。"
            "收购完成后，买方及卖方将分别持有远峰科技60%及40%的股权。")
    holds = sorted((f.roles["holder"][0].canonical, f.stake.text) for f in extract("t", text, "2025-06-30").facts
                   if f.type == "shareholding")
    assert holds == [("岚山创投", "40%"), ("澄川集团", "60%")]


def test_role_words_with_no_seller_named_hold_nothing():
    text = "澄川集团拟以3000万元收购远峰科技60%的股权。收购完成后，买方及卖方将分别持有远峰科技60%及40%的股权。"
    assert deals(text, "shareholding") == []


def test_what_a_holder_keeps_after_the_deal_ended_is_still_held():
    text = "双方协商后叫停了这笔买卖。终止后，青禾控股仍持有远峰科技14.8%的股权。"
    assert deals(text, "shareholding") == [("asserted", (("company", ("远峰科技",)), ("holder", ("青禾控股",))))]


def test_a_deal_called_off_before_a_later_clause_is_still_negated():
    assert deals("澄川资本宣布终止收购远峰科技后，股价大跌。") == [
        ("negated", (("acquirer", ("澄川资本",)), ("target", ("远峰科技",))))]


def test_the_whole_company_in_words_does_not_take_a_stake_of_another_company():
    text = ("控股子公司青禾科技拟以发行股份方式收购远峰智能全部股权，整体作价1.6亿美元，交易完成后，"
            "远峰智能的股东或其指定的关联人将取得青禾科技25%股权。")
    bought = [f for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"
              and f.roles["target"][0].canonical == "远峰智能"]
    assert [(f.roles["acquirer"][0].canonical, f.stake) for f in bought] == [("青禾科技", None)]


def test_the_whole_company_in_words_keeps_a_full_stake_told_after():
    facts = extract("t", "澄川资本拟收购远峰智能全部股权，交易完成后将持有其100%股权。", "2025-06-30").facts
    assert [f.stake.text for f in facts if f.type == "acquisition"] == ["100%"]


def test_holders_or_their_named_parties_buy_with_no_name_of_their_own():
    text = "澄川科技公告称，远峰智能的股东或其指定的关联人将取得青禾科技25%股权。"
    assert [f.roles["acquirer"] for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"] == [[]]


def test_its_own_related_party_after_a_named_buyer_still_buys():
    text = "澄川科技公告称，远峰智能及其关联人将取得青禾科技25%股权。"
    assert [f.roles["acquirer"][0].canonical for f in extract("t", text, "2025-06-30").facts
            if f.type == "acquisition"] == ["远峰智能"]


def names(text: str) -> list[str]:
    return [m.text for m in extract("t", text, "2025-06-30").mentions if m.kind == "organization"]


def test_a_name_opening_with_an_adverb_word_right_after_a_deal_verb_keeps_it():
    assert "逐点光电(杭州)有限公司" in names("澄川资本拟收购逐点光电(杭州)有限公司的控制权。")
    assert "逐点科技有限公司" in names("澄川资本收购逐点科技有限公司。")


def test_an_adverb_after_other_words_is_still_cut_from_a_name():
    assert "逐步科技有限公司" not in names("公司将逐步科技有限公司。")


def test_a_name_seated_in_qianhai_keeps_its_place():
    assert "前海远川股份有限公司" in names("澄川投资于5月9日与前海远川股份有限公司订立了买卖协议。")


def test_former_staff_of_a_company_is_no_qianhai_name():
    assert not [n for n in names("该芯片由前海思芯片架构师周牧川设计。") if n.startswith("前")]


def test_an_offer_to_all_holders_of_the_company_written_about_is_a_planned_bid():
    text = ("据青禾股份披露的要约收购报告书，澄川科技已于5月8日向公司除控股股东外的全部流通股股东发出全面要约，"
            "以每股12.5元收购至多2000万股，占公司总股本的15%。")
    assert deals(text) == [("planned", (("acquirer", ("澄川科技",)), ("target", ("青禾股份",))))]


def test_an_offer_to_a_named_company_s_holders_or_for_it():
    for text in ("澄川科技拟向青禾股份全体股东发出部分要约。", "澄川科技拟对青禾股份发起要约收购。"):
        assert deals(text) == [("planned", (("acquirer", ("澄川科技",)), ("target", ("青禾股份",))))]


def test_an_offer_to_a_company_itself_or_an_invitation_is_no_bid():
    assert deals("澄川科技向岚山创投发出要约。") == []
    assert deals("澄川科技向市场发出要约邀请。") == []


def test_a_price_told_as_a_total_after_the_deal():
    facts = extract("t", "澄川科技打算用现金买下青禾电子100%股权，收购对价合计为人民币2.4亿元。", "2025-06-30").facts
    assert [f.amount.text for f in facts if f.type == "acquisition"] == ["2.4亿元"]


def test_a_capital_total_after_the_deal_is_no_price():
    facts = extract("t", "澄川科技拟收购青禾电子100%股权，青禾电子注册资本合计为人民币5000万元。", "2025-06-30").facts
    assert [f.amount for f in facts if f.type == "acquisition"] == [None]


def test_a_share_transfer_signed_with_the_buyer_and_settled_is_a_done_acquisition():
    text = ("12月4日晚间，青禾电子(300999)公告，原控股股东岚山投资及实控人李明、王强与澄川智能于9月26日签署的"
            "股份转让协议，已完成第一期交割，公司控股股东正式变更为澄川智能。")
    assert deals(text) == [("asserted", (("acquirer", ("澄川智能",)), ("seller", ("岚山投资", "李明", "王强")),
                                         ("target", ("青禾电子",))))]


def test_a_transfer_not_settled_or_with_no_company_written_about_is_not_read_so():
    assert deals("青禾电子(300999)公告，岚山投资与澄川智能签署的股份转让协议尚未完成过户。") == []
    assert deals("岚山投资与澄川智能签署的股份转让协议已完成过户。") == []


def test_a_company_bought_becomes_a_unit_of_the_announcer_called_the_company():
    text = "澄川科技公告，公司拟以8亿元收购青禾电子51%股权。交易完成后，青禾电子将成为公司控股子公司。"
    assert deals(text, "ownership") == [("planned", (("owner", ("澄川科技",)), ("unit", ("青禾电子",))))]


def test_a_unit_of_someone_else_of_the_company_is_not_the_company_s():
    text = "澄川科技公告，交易完成后，青禾电子将成为公司第一大股东的控股子公司。"
    assert deals(text, "ownership") == []


def test_the_sellers_block_bought_through_its_holders_is_no_planned_holding():
    text = "青禾电子拟向岚山创投、远峰资本等23名交易对方发行股份及支付现金购买其合计持有的远峰科技100%股权。"
    assert deals(text, "shareholding") == []
    assert deals(text) == [("planned", (("acquirer", ("青禾电子",)), ("seller", ("岚山创投", "远峰资本")),
                                        ("target", ("远峰科技",))))]


def test_its_shares_bought_are_of_the_company_it_was_said_to_hold():
    text = "岚山创投目前持有远峰科技30%股权，青禾电子拟购买其持有的全部股份。"
    assert deals(text) == [("planned", (("acquirer", ("青禾电子",)), ("seller", ("岚山创投",)),
                                        ("target", ("远峰科技",))))]


def test_its_shares_bought_with_no_holding_told_name_no_target():
    assert deals("青禾电子与岚山创投洽谈，拟购买其持有的全部股份。") == []


def test_a_price_of_what_the_deal_bought_after_a_pointer_clause():
    text = "青禾电子拟收购远峰科技100%股权。本次交易中，远峰科技100%股权的交易作价为18亿元。"
    assert [f.amount.text for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"] == ["18亿元"]


def test_a_price_of_another_company_s_shares_is_not_the_deal_s():
    text = "青禾电子拟收购远峰科技100%股权。本次交易中，岚山创投60%股权的交易作价为18亿元。"
    assert [f.amount for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"] == [None]


def test_a_plan_goes_on_past_several_means_clauses():
    text = ("澄川科技发布公告，拟与岚山实业合计出资12亿元，通过两层持股平台，最终以40亿元的总价，"
            "从远峰资本手中全资收购青禾数据。")
    assert deals(text) == [("planned", (("acquirer", ("澄川科技",)), ("seller", ("远峰资本",)),
                                        ("target", ("青禾数据",))))]


def test_the_verb_before_the_alias_of_the_company_bought():
    text = "青禾电子拟收购逐点科技(下称“标的公司”)过半股权。岚山投资将以9.5亿元收购标的公司51%股权。"
    bought = [(f.roles["acquirer"][0].canonical, f.roles["target"][0].canonical, f.stake and f.stake.text)
              for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"]
    assert ("岚山投资", "逐点科技", "51%") in bought


def test_the_noun_for_the_target_stays_a_noun():
    text = "青禾电子拟收购逐点科技(下称“标的公司”)过半股权。本次收购标的公司为一家芯片企业。"
    assert deals(text) == [("planned", (("acquirer", ("青禾电子",)), ("target", ("逐点科技",))))]


def test_partnerships_listed_with_their_form_before_the_counted_sellers_sell():
    text = "青禾电子拟购买澄川芯动咨询中心(有限合伙)、岚山远航合伙企业(有限合伙)等9名交易对方共同持有的远峰科技60%股权。"
    assert deals(text) == [("planned", (("acquirer", ("青禾电子",)),
                                        ("seller", ("澄川芯动咨询中心", "岚山远航合伙企业")),
                                        ("target", ("远峰科技",))))]


def test_a_form_aside_before_another_word_names_no_seller():
    text = "青禾电子拟购买澄川芯动咨询中心(有限合伙)介绍的远峰科技60%股权。"
    assert not [d for d in deals(text) if any(r == "seller" for r, _ in d[1])]

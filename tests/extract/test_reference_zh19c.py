"""Reference across sentences and holding appositions (round 19): 该公司/公司 after a sentence naming an investor
and a company, ties between companies named equally often, 其一致行动人 after 为公司控股股东, 他/她 before a
holding, a deal's price in a later sentence (本次收购…的交易价格为…), 实际控制人 with its holders before the title
(A是B的实际控制人, A、B为公司共同实际控制人, 由A、B变更为A), a rank between a company and its holder (B控股股东A,
控股股东之一A), 持股5%以上股东A in an announcement. Near misses: two people before 他, a new paragraph, another deal
between, 为 meaning "for". Sentences written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from tests.extract.readers import facts, names, one


def _coref(text: str, word: str) -> str | None:
    """The canonical name the first pronoun `word` stands for, None where it stands for none."""
    found = [m for m in extract("t", text, "2025-06-30").mentions if m.source == "coref" and m.text == word]
    return found[0].canonical if found else None


def _holdings(text: str) -> list[tuple]:
    return sorted(((names(f, "holder")[0], names(f, "company")[0], f.qualifiers.get("rank"), f.modality,
                    f.stake.text if f.stake else None) for f in facts(text, "shareholding")), key=str)


# 该公司 / 公司 meaning the company written about

def test_a_round_raised_by_the_company_not_by_the_investor_named_before_it():
    text = "岚山创投是青禾科技的早期投资方。2024年5月，该公司完成B轮融资，由澄川资本领投。"
    f = one(text, "investment") if len(facts(text, "investment")) == 1 else \
        [x for x in facts(text, "investment") if names(x, "investor") == ["澄川资本"]][0]
    assert names(f, "investee") == ["青禾科技"] and names(f, "investor") == ["澄川资本"]
    assert not [x for x in facts(text, "investment") if names(x, "investee") == ["岚山创投"]]


def test_an_investor_shaped_name_alone_before_the_pronoun_is_still_the_one_meant():
    # near miss: no other company is named, so the pronoun keeps the only one (a fund manager raising money)
    text = "澄川资本成立于2015年，总部位于上海。2024年，该公司完成5亿元融资。"
    assert _coref(text, "该公司") == "澄川资本"


def test_of_two_companies_named_equally_often_the_pronoun_takes_the_one_not_investing():
    text = ("澄川资本与青禾科技签署战略合作协议。澄川资本此前已投资青禾科技。"
            "2024年5月，该公司完成B轮融资，金额为3亿元。")
    assert _coref(text, "该公司") == "青禾科技"
    rounds = [f for f in facts(text, "investment") if f.amount is not None]
    assert [names(f, "investee") for f in rounds] == [["青禾科技"]] and rounds[0].amount.text == "3亿元"


def test_a_holder_named_last_is_not_the_company_a_tie_is_broken_for():
    # near miss: 岚山智造 is named last, but as 青禾科技's holder (股东包括…): the company is the other one
    text = "岚山智造与青禾科技签署合作协议。青禾科技的股东包括岚山智造。该公司2024年完成B轮融资，金额为3亿元。"
    assert _coref(text, "该公司") == "青禾科技"


def test_the_holder_before_its_acting_party_is_the_one_named_controlling_holder():
    text = ("青禾科技股份有限公司（以下简称“公司”）近日收到股东的通知。北岭集团持有公司20%的股份。"
            "澄川资本为公司控股股东，岚山创投为其一致行动人。")
    assert _coref(text, "其") == "澄川资本"
    # near miss: where the sentence names no holder by rank, the one holding shares before stays the one meant
    assert _coref("青禾科技股份有限公司（以下简称“公司”）近日收到股东的通知。北岭集团持有公司20%的股份，"
                  "岚山创投为其一致行动人。", "其") == "北岭集团"


def test_he_before_a_holding_is_the_one_person_named_before():
    text = "李澜石创办了青禾科技。他持有该公司45%的股份。"
    assert ("李澜石", "青禾科技", None, "asserted", "45%") in _holdings(text)


def test_he_after_two_people_or_a_new_paragraph_points_to_no_one():
    assert _coref("李澜石与周牧川共同创办了青禾科技。他持有该公司45%的股份。", "他") is None
    assert _coref("李澜石创办了青禾科技。\n\n他持有该公司45%的股份。", "他") is None


# a deal's price in a later sentence

def test_the_price_of_the_deal_pointed_back_to_two_sentences_later():
    text = ("澄川资本拟收购青禾科技60%股权。交易完成后，青禾科技将成为澄川资本的控股子公司。"
            "经双方协商，本次收购青禾科技60%股权的作价确定为3亿元。")
    deal = [f for f in facts(text, "acquisition") if names(f, "acquirer") == ["澄川资本"]]
    assert len(deal) == 1 and deal[0].amount is not None and deal[0].amount.text == "3亿元"
    assert deal[0].modality == "planned"


def test_the_price_after_a_pointer_in_the_clause_before():
    text = "澄川资本收购了青禾科技60%股权。次月，该交易完成交割，交易金额为5亿元。"
    deal = one(text, "acquisition")
    assert deal.amount is not None and deal.amount.text == "5亿元"


def test_a_floor_price_of_this_deal_opening_the_next_sentence():
    text = "澄川资本拟以竞买方式收购青禾科技60%股权。该笔交易的底价为4.5亿元，竞买成功后澄川资本将控股青禾科技。"
    assert one(text, "acquisition").amount.text == "4.5亿元"


def test_a_price_with_another_deal_between_goes_to_none():
    # near miss: a purchase contract stands between the acquisition and the price
    text = ("澄川资本拟收购青禾科技60%股权。同日，澄川资本与云雀智能签署了设备采购合同。"
            "本次收购青禾科技60%股权的交易价格为3亿元。")
    assert _planned_amounts(text) == [None]


def test_a_price_in_a_new_paragraph_goes_to_none_unless_it_names_the_company_bought():
    # near miss: 本次交易 alone, past the paragraph's end, may be another deal's
    assert _planned_amounts("澄川资本拟收购青禾科技60%股权。\n\n分析人士称，本次交易的价格为3亿元。") == [None]
    text = "澄川资本拟收购青禾科技60%股权。\n\n经各方协商，本次收购青禾科技60%股权的交易价格确定为3亿元。"
    assert [a.text for a in _planned_amounts(text)] == ["3亿元"]


def _planned_amounts(text: str) -> list:
    """The amounts of 澄川资本's planned acquisition told in the first sentence (the price sentence may read a deal of its
    own, restating the planned deal: planned too)."""
    return [f.amount for f in facts(text, "acquisition") if names(f, "acquirer") == ["澄川资本"] and f.modality == "planned"
            and f.evidence.start == 0]


# 实际控制人 and ranks in apposition

def test_the_actual_controller_named_before_the_title():
    assert _holdings("李澜石是青禾科技的实际控制人。") == [("李澜石", "青禾科技", "actual_controller", "asserted", None)]
    assert _holdings("李澜石、周牧川为青禾科技的共同实际控制人。") == [
        ("周牧川", "青禾科技", "actual_controller", "asserted", None),
        ("李澜石", "青禾科技", "actual_controller", "asserted", None)]


def test_the_controllers_of_the_clause_before_and_a_change_of_controller():
    text = "青禾科技成立于2019年。李澜石、周牧川合计持有公司41.2%的股份，并为公司的实际控制人。"
    ranked = [h for h in _holdings(text) if h[2] == "actual_controller"]
    assert [h[:2] for h in ranked] == [("周牧川", "青禾科技"), ("李澜石", "青禾科技")]
    # 由A、B变更为A: only the one the control passed to controls now
    assert _holdings("青禾科技近日公告，公司实际控制人由李澜石、周牧川变更为李澜石。") == [
        ("李澜石", "青禾科技", "actual_controller", "asserted", None)]


def test_wei_meaning_for_before_the_title_reads_no_controller():
    assert _holdings("澄川资本为青禾科技提供担保，为实际控制人分忧。") == []


def test_a_rank_between_the_company_and_its_holder():
    assert _holdings("青禾科技控股股东澄川资本与岚山创投签署一致行动协议。") == [
        ("澄川资本", "青禾科技", "controlling", "asserted", None)]
    assert _holdings("青禾科技的控股股东之一澄川资本计划增持。") == [
        ("澄川资本", "青禾科技", "controlling", "asserted", None)]


def test_the_party_acting_in_concert_with_the_controlling_holder_has_no_rank():
    text = "青禾科技近日公告，公司控股股东澄川资本与岚山创投构成一致行动人。"
    assert _holdings(text) == [("澄川资本", "青禾科技", "controlling", "asserted", None)]
    text = "青禾科技近日公告，岚山创投与公司控股股东澄川资本构成一致行动人，岚山创投持有公司3.1%的股份。"
    assert _holdings(text) == [("岚山创投", "青禾科技", None, "asserted", "3.1%"),
                               ("澄川资本", "青禾科技", "controlling", "asserted", None)]


def test_one_of_the_controlling_holders_in_an_announcement():
    text = "青禾科技近日公告，控股股东之一澄川资本拟增持公司股份。"
    assert ("澄川资本", "青禾科技", "controlling", "asserted", None) in _holdings(text)


def test_a_holder_named_in_passing_is_not_the_buyer_of_the_clause_after():
    text = "今年6月，公司已与云雀智能股东澄川资本签订股权转让协议，拟以7700万元收购云雀智能35%股权。"
    assert _holdings(text) == [("澄川资本", "云雀智能", None, "asserted", None)]
    assert all(names(f, "acquirer") != ["澄川资本"] for f in facts(text, "acquisition"))


def test_a_holder_of_over_five_percent_in_an_announcement_holds_the_company_announcing():
    text = "青禾科技近日公告，持股5%以上股东澄川资本计划减持不超过1%的股份。"
    assert _holdings(text) == [("澄川资本", "青禾科技", None, "asserted", None)]
    # near miss: no company announces, so whose holder it is is not said
    assert _holdings("据统计，持股5%以上股东澄川资本计划减持不超过1%的股份。") == []


# 公司 after a holding verb: the issuer

def test_gongsi_after_a_holding_verb_is_the_company_held_not_the_holder_before():
    assert _holdings("澄川资本持有青禾科技30%股份，岚山创投持有公司5%股份。") == [
        ("岚山创投", "青禾科技", None, "asserted", "5%"), ("澄川资本", "青禾科技", None, "asserted", "30%")]


def test_gongsi_in_an_announcement_is_the_company_it_defines_by_its_short_name():
    # the full name is not found; the name defined beside 公司 in the bracket (澜石) is the issuer, not the holder
    # named before (北岭集团)
    text = ("本公告发布时，澜石半导体光电股份公司（以下简称“公司”、“澜石”）的股东北岭集团持有公司股份"
            "2,000,000股，持股比例6.1%；岚山创投持有公司股份1,000,000股，持股比例3.2%。")
    assert ("岚山创投", "澜石", None, "asserted", "3.2%") in _holdings(text)
    assert all(h[1] == "澜石" for h in _holdings(text))


def test_shares_obtained_in_the_company_and_the_rank_it_brings():
    text = ("青禾科技股份有限公司（以下简称“公司”）近日收到通知。李澜石以协议转让方式取得公司2000万股股份，"
            "占总股本6.3%，由此成为持股5%以上的股东。")
    bought = one(text, "acquisition")
    assert names(bought, "acquirer") == ["李澜石"] and names(bought, "target") == ["青禾科技股份有限公司"]
    assert [h[:2] for h in _holdings(text)] == [("李澜石", "青禾科技股份有限公司")]


def test_an_investment_got_in_a_clause_of_time_goes_to_the_subject_after_it():
    text = "9月12日，青禾科技再次融资。在获得澄川资本10亿元战略投资后，青禾科技加快了新产品的研发。"
    got = [f for f in facts(text, "investment") if names(f, "investor") == ["澄川资本"]]
    assert len(got) == 1 and names(got[0], "investee") == ["青禾科技"] and got[0].amount.text == "10亿元"
    # near misses: not yet got (未获得), and a valuation after an investment (获得投资后的估值) tells no deal
    assert not facts("在未获得澄川资本投资前，青禾科技规模较小。", "investment")
    assert not facts("青禾科技获得投资后的估值为60亿元。", "investment")


def test_the_amount_of_this_round_told_in_the_next_sentence():
    text = "青禾科技宣布完成B轮融资，由澄川资本领投。本轮融资金额为3亿元。"
    assert one(text, "investment").amount.text == "3亿元"


def test_a_holding_in_the_company_after_yu_and_a_person_owning_all_of_one():
    assert _holdings("李澜石于青禾科技持股30%。") == [("李澜石", "青禾科技", None, "asserted", "30%")]
    text = "澄川集团宣布收购云雀智能。李澜石全资拥有青禾科技，另于境外云雀智能持股61.5%。"
    assert _holdings(text) == [("李澜石", "云雀智能", None, "asserted", "61.5%"),
                               ("李澜石", "青禾科技", None, "asserted", "全资")]
    # near miss: 于 before a date, not a company
    assert _holdings("李澜石于2019年持股30%。") == []


def test_gongsi_opening_an_earlier_clause_is_the_round_company_not_the_topic_before():
    text = "岚山创投是青禾科技的早期投资方。2024年5月，公司完成B轮融资，由澄川资本领投。"
    led = [f for f in facts(text, "investment") if names(f, "investor") == ["澄川资本"]]
    assert [names(f, "investee") for f in led] == [["青禾科技"]]


def test_a_tie_between_companies_named_equally_often_goes_past_an_investor_named_first():
    # 该公司 after two clauses of its own sentence: the company named most, 澄川资本 and 青禾科技 twice each, and the
    # one named first is shaped as an investor's: the other one
    text = "澄川资本与青禾科技签署合作协议，澄川资本此前已投资青禾科技。受益于订单增长，2024年该公司营业收入达3亿元。"
    assert _coref(text, "该公司") == "青禾科技"
    # near miss: the one named first is a company of the kind written about, so it keeps the tie
    text = "澄川集团与青禾科技签署合作协议，澄川集团此前已投资青禾科技。受益于订单增长，2024年该公司营业收入达3亿元。"
    assert _coref(text, "该公司") == "澄川集团"

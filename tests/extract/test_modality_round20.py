"""Round 20, modality that leaked: a cue standing away from the verb (an intention, a leak, a plan two clauses back),
a deal whose own sentence or the next one says it still waits for approval or closing, a paper of intent signed, an
unnamed source, a time after a termination, an approach to buy, an open question in English. Sentences written for
this file; the companies are invented."""

from __future__ import annotations

from tests.extract.readers import facts, roles


def moods(text: str, ftype: str) -> list[str]:
    return [f.modality for f in facts(text, ftype)]


def test_an_intention_to_buy_is_a_plan():
    assert moods("今年初，澄川资本还有意收购青禾电子。", "acquisition") == ["planned"]
    assert moods("澄川资本有意向入股青禾电子。", "investment") == ["planned"]
    # 有意义 / 有意思 tell no intention: the deal done stays asserted
    assert moods("澄川资本去年收购了青禾电子，这是一笔很有意义的交易。", "acquisition") == ["asserted"]
    assert moods("澄川资本收购青禾电子后，业内评价这是一笔有意思的交易。", "acquisition") == ["asserted"]


def test_an_agreement_to_buy_from_a_seller_is_a_plan():
    found = facts("澄川资本同意从岚山创投手中收购青禾电子。", "acquisition")
    assert [(roles(f)["acquirer"], roles(f)["target"], f.modality) for f in found] == [
        (["澄川资本"], ["青禾电子"], "planned")]
    assert moods("澄川资本同意向青禾电子增资2亿元。", "investment") == ["planned"]


def test_a_leak_is_a_report():
    assert moods("澄川资本还被爆出同意从岚山创投手中收购青禾电子。", "acquisition") == ["reported"]
    assert moods("近日曝出澄川资本以5亿元入股青禾电子。", "investment") == ["reported"]


def test_an_unnamed_source_reports_a_deal_told_as_done_but_a_plan_or_negation_wins():
    assert moods("知情人士表示，澄川资本对青禾电子的估值约为50亿元，澄川资本收购青禾电子全部股权。", "acquisition") == ["reported"]
    assert moods("知情人士透露，澄川资本尚未收购青禾电子。", "acquisition") == ["negated"]
    assert moods("有知情人士表示澄川资本正在探索收购青禾电子。", "acquisition") == ["planned"]
    # the source after the deal tells its price, not the deal: the deal stays asserted
    assert moods("澄川资本去年收购了青禾电子，知情人士称交易金额约为10亿元。", "acquisition") == ["asserted"]


def test_a_plan_two_clauses_back_past_clauses_of_means_plans_the_verb():
    text = "澄川资本表示，公司计划在未来三年内，通过自有资金以及与产业伙伴共同设立的并购基金，逐步收购青禾电子的控股权。"
    assert moods(text, "acquisition") == ["planned"]
    text = "澄川资本表示，未来不排除通过多种方式，包括但不限于增资、股权收购等方式，进一步增持青禾电子股份。"
    assert moods(text, "investment") == ["expected"]
    # a deal done, told after a plan of something else
    assert moods("澄川资本计划扩大产能，通过自有资金，去年收购了青禾电子。", "acquisition") == ["asserted"]
    assert moods("澄川资本计划扩大产能，通过自有资金，去年收购青禾电子。", "acquisition") == ["asserted"]


def test_a_deal_still_waiting_for_approval_or_closing_in_its_own_sentence_is_planned():
    assert moods("澄川资本以2亿元收购青禾电子60%股权，交易尚需获得国家市场监管总局批准。", "acquisition") == ["planned"]
    assert moods("澄川资本以2亿元收购青禾电子60%股权，目前交易尚待交割。", "acquisition") == ["planned"]
    assert moods("澄川资本以2亿元收购青禾电子60%股权，预计于年底前完成交割。", "acquisition") == ["planned"]
    assert moods("澄川资本收购青禾电子一事尚待监管部门批准。", "acquisition") == ["planned"]
    assert moods("澄川资本收购青禾电子60%股权的交易尚未完成交割。", "acquisition") == ["planned"]
    assert moods("澄川资本向青禾电子增资的事项尚需经过股东大会审议通过。", "investment") == ["planned"]
    # what waits is another party's deal or a listing: the deal stays done
    assert moods("澄川资本以5亿元收购青禾电子60%股权，岚山创投的增资尚需股东大会批准。", "acquisition") == ["asserted"]
    assert moods("澄川资本以5亿元收购青禾电子60%股权，目前已完成过户。", "acquisition") == ["asserted"]


def test_a_deal_the_next_sentence_says_still_waits_is_planned_until_a_completion():
    assert moods("澄川资本以5亿元收购青禾电子60%股权。本次交易尚需取得中国证监会核准。", "acquisition") == ["planned"]
    # a listing of the target still waits, not the deal
    assert moods("澄川资本以5亿元收购青禾电子60%股权。青禾电子的科创板上市申请尚需中国证监会注册。", "acquisition") == ["asserted"]
    # one fact with its final status: the completion two sentences on, past the sentence of the approval
    text = "澄川资本以5亿元收购青禾电子60%股权。该交易尚需股东大会批准。今年3月，该交易已完成交割。"
    assert moods(text, "acquisition") == ["asserted"]
    # …but not past a sentence telling a deal of its own
    text = "澄川资本拟以5亿元收购青禾电子60%股权。岚山创投拟向星屿科技增资1亿元。今年3月，该交易已完成交割。"
    assert {roles(f)["acquirer"][0]: f.modality for f in facts(text, "acquisition")} == {"澄川资本": "planned"}


def test_english_a_deal_subject_to_approval_or_expected_to_close_is_planned():
    assert moods("Northwind Robotics acquired Velora Labs for $200 million, subject to regulatory approval.",
                 "acquisition") == ["planned"]
    assert moods("Northwind Robotics invested $50 million in Velora Labs, pending shareholder approval.",
                 "investment") == ["planned"]
    text = "Northwind Robotics acquired Velora Labs for $200 million. The transaction is expected to close in the fourth quarter."
    assert moods(text, "acquisition") == ["planned"]
    # the approval is of a listing; the next sentence is another buyer's deal; the deal was completed
    text = "Northwind Robotics acquired Velora Labs in 2023 and now plans to list Velora Labs in Hong Kong, pending regulatory approval."
    assert moods(text, "acquisition") == ["asserted"]
    text = "Northwind Robotics acquired Velora Labs in 2023. Orion Systems is expected to close its own purchase of Kestrel AI next month."
    assert {roles(f)["acquirer"][0]: f.modality for f in facts(text, "acquisition")}["Northwind Robotics"] == "asserted"
    assert moods("Northwind Robotics acquired Velora Labs in 2023. The deal was completed in March.",
                 "acquisition") == ["asserted"]


def test_a_paper_of_intent_signed_is_a_plan():
    assert moods("澄川资本与青禾电子签署收购意向书，澄川资本以约3亿元收购青禾电子51%股权。", "acquisition") == ["planned"]
    text = "澄川资本与青禾电子签署框架协议，澄川资本收购青禾电子51%股权，交易完成后青禾电子成为其控股子公司。"
    assert moods(text, "acquisition") == ["planned"]
    # done in the same sentence; a memorandum of a partnership does not undo a deal of the next sentence
    assert moods("澄川资本与青禾电子签署框架协议，澄川资本已完成收购青禾电子51%股权。", "acquisition") == ["asserted"]
    assert moods("澄川资本与岚山创投签署合作备忘录。澄川资本去年以2亿元收购青禾电子30%股权。", "acquisition") == ["asserted"]


def test_what_a_planned_deal_brings_once_done_is_planned():
    text = "澄川资本拟收购青禾电子51%股权。本次交易完成后，青禾电子成为澄川资本的控股子公司。"
    assert moods(text, "ownership") == ["planned"]
    text = "澄川资本去年收购青禾电子51%股权。本次交易完成后，青禾电子成为澄川资本的控股子公司。"
    assert moods(text, "ownership") == ["asserted"]


def test_a_holding_after_the_termination_stands():
    assert moods("交易终止后，澄川资本仍持有青禾电子15%的股权。", "shareholding") == ["asserted"]
    assert moods("澄川资本决定终止后续收购青禾电子股权的计划。", "acquisition") == ["negated"]
    assert moods("澄川资本决定终止收购青禾电子。", "acquisition") == ["negated"]


def test_english_an_approach_to_buy_and_an_open_question_are_no_deals():
    assert moods("Northwind Robotics made an informal overture to acquire Velora Labs, a chip designer.",
                 "acquisition") == ["planned"]
    assert moods("Northwind Robotics declined to comment on whether it had invested in Velora Labs.",
                 "investment") == ["expected"]
    assert moods("Orion Systems did not say whether Northwind Robotics acquired Velora Labs.", "acquisition") == ["expected"]
    # "whether" in another clause leaves the deal stated
    text = "Asked whether the market would recover, Northwind Robotics said it had invested in Velora Labs."
    assert moods(text, "investment") == ["asserted"]
    text = "Northwind Robotics acquired Velora Labs, whose approach to chip design is unusual, for $200 million."
    assert moods(text, "acquisition") == ["asserted"]


def test_a_planned_or_reported_deal_restated_in_a_later_sentence_keeps_its_mood():
    text = "澄川资本拟收购青禾电子60%股权。交易对价为5亿元，澄川资本以现金方式收购青禾电子60%股权。"
    assert moods(text, "acquisition") == ["planned", "planned"]
    text = "据彭博社报道，澄川资本正洽谈收购青禾电子。澄川资本对青禾电子的报价为每股12元，澄川资本收购青禾电子全部股权。"
    assert moods(text, "acquisition") == ["reported", "reported"]
    # another stake, a deal told as done, a date of its own: another deal, stated
    assert moods("澄川资本拟收购青禾电子60%股权。澄川资本以1亿元收购青禾电子10%股权。", "acquisition") == ["planned", "asserted"]
    assert moods("澄川资本拟收购青禾电子。澄川资本此前已收购青禾电子部分股权。", "acquisition") == ["planned", "asserted"]
    assert moods("澄川资本拟收购青禾电子。2023年，澄川资本以1亿元收购青禾电子。", "acquisition") == ["planned", "asserted"]


def test_a_bare_denial_denies_but_undeniably_does_not():
    assert moods("澄川资本否认收购青禾电子", "acquisition") == ["denied"]
    assert moods("澄川资本方面否认曾与青禾电子洽谈投资事宜。", "investment") == ["denied"]
    assert moods("不可否认，澄川资本去年收购青禾电子是一步好棋。", "acquisition") == ["asserted"]
    # a rumour is not denied by a later "undeniably"
    assert moods("市场传闻澄川资本拟收购青禾电子。不可否认，这是一步好棋。", "acquisition") == ["rumored"]


def test_a_want_a_search_an_attempt_or_a_bid_before_the_verb_is_no_deal_done():
    for text in ("澄川资本欲收购青禾电子。", "澄川资本寻求收购青禾电子。", "澄川资本正考虑入股青禾电子。", "澄川资本有兴趣收购青禾电子。",
                 "澄川资本出价20亿元收购青禾电子。", "澄川资本接近达成收购青禾电子的协议。", "澄川资本试图收购青禾电子。",
                 "澄川资本正在积极收购青禾电子。"):
        assert [f.modality for f in facts(text) if f.type in ("acquisition", "investment")] == ["planned"], text
    assert moods("澄川资本或收购青禾电子。", "acquisition") == ["expected"]
    # near misses: 考虑到 (given that), a want of another thing in an earlier clause, 或 between two means, 正在 far
    # from the verb of another party's deal
    assert moods("澄川资本在考虑到市场环境后收购了青禾电子。", "acquisition") == ["asserted"]
    assert moods("澄川资本希望借此扩大产能，去年收购了青禾电子。", "acquisition") == ["asserted"]
    assert moods("澄川资本以现金或股份收购青禾电子。", "acquisition") == ["asserted"]
    assert moods("理想汽车收购了青禾电子。", "acquisition") == ["asserted"]


def test_a_suspicion_is_a_rumour():
    assert moods("澄川资本被指收购青禾电子。", "acquisition") == ["rumored"]
    assert moods("澄川资本疑似入股青禾电子。", "investment") == ["rumored"]


def test_english_a_deal_near_cleared_or_of_intent_only_is_planned():
    for text in ("Northwind Robotics is close to acquiring Velora Labs.",
                 "Northwind Robotics won approval to acquire Velora Labs.",
                 "Northwind Robotics signed a term sheet to invest $50 million in Velora Labs.",
                 "Northwind Robotics signed a letter of intent to acquire Velora Labs.",
                 "Northwind Robotics signed a memorandum of understanding to acquire Velora Labs.",
                 "Northwind Robotics entered into a non-binding agreement to acquire Velora Labs.",
                 "Velora Labs is being acquired by Northwind Robotics."):
        assert [f.modality for f in facts(text) if f.type in ("acquisition", "investment")] == ["planned"], text
    # near misses: "close to" a place, an approval of something else
    assert moods("Northwind Robotics, based close to Boston, acquired Velora Labs in 2023.", "acquisition") == ["asserted"]
    text = "Northwind Robotics acquired Velora Labs, which received approval for its drug in May."
    assert moods(text, "acquisition") == ["asserted"]


def test_an_offer_withdrawn_is_called_off_and_a_report_found_true_is_confirmed():
    assert moods("澄川资本撤回了对青禾电子的收购要约。", "acquisition") == ["negated"]
    # a listing application withdrawn calls off no deal of the clause after it
    assert moods("澄川资本撤回科创板上市申请后，收购了青禾电子。", "acquisition") == ["asserted"]
    assert moods("有消息称，澄川资本拟入股青禾电子。记者从澄川资本方面获悉，该消息属实。", "investment") == ["planned"]
    assert moods("有消息称，澄川资本入股青禾电子。记者从澄川资本方面获悉，该消息属实。", "investment") == ["asserted"]
    assert moods("有消息称，澄川资本拟入股青禾电子。澄川资本回应称，该消息不属实。", "investment") == ["denied"]


def test_a_headline_opening_with_a_leak_reports_and_the_leak_is_no_part_of_the_name():
    found = facts("曝澄川资本收购青禾电子", "acquisition")
    assert [(roles(f)["acquirer"], f.modality) for f in found] == [(["澄川资本"], "reported")]
    assert moods("网曝澄川资本已入股青禾电子", "investment") == ["reported"]
    # 曝光 opens a headline of its own word: the deal told stays stated
    assert moods("曝光：澄川资本去年收购青禾电子的内幕", "acquisition") == ["asserted"]


def test_more_unnamed_sources_report_a_deal_told_as_done():
    assert moods("消息称，澄川资本以10亿元收购青禾电子。", "acquisition") == ["reported"]
    assert moods("有消息称，澄川资本以10亿元收购青禾电子。", "acquisition") == ["rumored"]
    assert moods("接近澄川资本的人士透露，澄川资本已向青禾电子投资5亿元。", "investment") == ["reported"]
    assert moods("业内人士透露，澄川资本计划收购青禾电子。", "acquisition") == ["planned"]
    # the official word is no leak
    assert moods("官方消息称，澄川资本以10亿元收购青禾电子。", "acquisition") == ["asserted"]


def test_english_more_news_sources_report():
    for text in ("Northwind Robotics acquired Velora Labs for $200 million, per a report from The Information.",
                 "Northwind Robotics acquired Velora Labs for $200 million, TechCrunch has learned.",
                 "Northwind Robotics invested $50 million in Velora Labs, sources told Reuters.",
                 "Northwind Robotics invested $50 million in Velora Labs, per a Bloomberg report."):
        assert [f.modality for f in facts(text) if f.type in ("acquisition", "investment")] == ["reported"], text
    # the company's own word or filing states it
    text = "Northwind Robotics invested $50 million in Velora Labs, its chief executive told Reuters."
    assert moods(text, "investment") == ["asserted"]
    assert moods("Northwind Robotics invested $50 million in Velora Labs, per the annual report.", "investment") == ["asserted"]


def test_english_a_planned_deal_named_again_as_a_noun_keeps_its_mood_until_it_closes():
    text = "Northwind Robotics agreed to acquire Velora Labs for $2 billion. Northwind Robotics's acquisition of Velora Labs expands its chip business."
    assert moods(text, "acquisition") == ["planned", "planned"]
    text = "Northwind Robotics agreed to acquire Velora Labs. Northwind Robotics's acquisition of Velora Labs was completed last week."
    assert moods(text, "acquisition") == ["asserted", "asserted"]
    text = "Northwind Robotics agreed to acquire Velora. The acquisition of Velora is expected to be completed next year."
    assert "asserted" not in moods(text, "acquisition")
    # a deal done before stays done when named again
    text = "Northwind Robotics bought Velora Labs in 2023. Northwind Robotics's acquisition of Velora Labs expanded its chip business."
    assert moods(text, "acquisition") == ["asserted", "asserted"]


def test_a_party_s_own_people_or_own_release_is_no_unnamed_source():
    text = "岚山科技内部人士透露：岚山科技当年决定投资青禾电子，主要是为了提前布局。"
    assert moods(text, "investment") == ["asserted"]
    assert moods("澄川资本发布消息称，澄川资本以10亿元收购青禾电子。", "acquisition") == ["asserted"]


def test_a_deal_told_as_what_a_named_plan_or_draft_proposes_is_planned():
    assert moods("澄川资本宣布了一项收购计划：以5亿元收购青禾电子60%股权。", "acquisition") == ["planned"]
    assert moods("澄川资本公布重组预案，公司以发行股份方式购买青禾电子100%股权。", "acquisition") == ["planned"]
    assert moods("澄川资本披露重大资产重组草案：以5亿元收购青禾电子60%股权。", "acquisition") == ["planned"]
    # a plan carried out, a deal told as done after it
    assert moods("澄川资本完成了去年披露的收购计划：以5亿元收购青禾电子60%股权。", "acquisition") == ["asserted"]
    assert moods("按照原定方案，澄川资本已以5亿元收购青禾电子60%股权。", "acquisition") == ["asserted"]
    assert moods("澄川资本调整了经营计划，以5亿元收购了青禾电子60%股权。", "acquisition") == ["asserted"]


def test_the_agreed_terms_and_a_second_result_of_a_condition_are_still_to_come():
    text = "根据协议，澄川资本将以5亿元收购青禾电子60%股权，岚山创投以2亿元认购青禾电子新增注册资本。"
    assert {f.type: f.modality for f in facts(text) if f.type in ("acquisition", "investment")} == {
        "acquisition": "planned", "investment": "planned"}
    assert moods("协议约定，澄川资本以5亿元受让岚山创投持有的青禾电子60%股权。", "acquisition") == ["planned"]
    assert moods("根据协议，澄川资本已以5亿元收购青禾电子60%股权。", "acquisition") == ["asserted"]
    text = "若本次交易顺利完成，澄川资本将持有青禾电子60%股权，青禾电子成为澄川资本的控股子公司。"
    assert moods(text, "ownership") == ["planned"]
    # a condition of an estimate, not of a deal to come: what stands is stated
    assert moods("若以股价估算，澄川资本获利五倍，青禾电子是澄川资本的控股子公司。", "ownership") == ["asserted"]


def test_a_part_going_on_at_the_same_time_with_the_same_buyer_takes_its_plan():
    text = "澄川资本拟以5亿元收购青禾电子60%股权。同时，以2亿元收购岚山科技20%股权。"
    assert moods(text, "acquisition") == ["planned", "planned"]
    text = "澄川资本拟以5亿元收购青禾电子60%股权；同时，澄川资本以2亿元收购岚山科技20%股权。"
    assert moods(text, "acquisition") == ["planned", "planned"]
    # another buyer, a deal told as done, a plain 此外 with a subject of its own, a first deal done
    text = "澄川资本拟以5亿元收购青禾电子60%股权。同时，星屿资本以2亿元收购岚山科技20%股权。"
    assert moods(text, "acquisition") == ["planned", "asserted"]
    text = "澄川资本拟以5亿元收购青禾电子60%股权。此外，澄川资本去年以2亿元收购了岚山科技20%股权。"
    assert moods(text, "acquisition") == ["planned", "asserted"]
    text = "澄川资本拟以5亿元收购青禾电子60%股权。此外，澄川资本以2亿元收购岚山科技20%股权。"
    assert moods(text, "acquisition") == ["planned", "asserted"]
    text = "澄川资本以5亿元收购了青禾电子60%股权。同时，以2亿元收购岚山科技20%股权。"
    assert moods(text, "acquisition") == ["asserted", "asserted"]


def test_english_a_source_or_talks_inside_a_relative_aside_are_not_the_main_verb_s_mood():
    text = "Northwind Robotics, which is in talks to buy Kestrel AI, invested $50 million in Velora Labs last year."
    assert {roles(f)["investee"][0]: f.modality for f in facts(text, "investment")} == {"Velora Labs": "asserted"}
    assert moods(text, "acquisition") == ["reported"]
    text = "Northwind Robotics, which had been in talks with several suitors, acquired Velora Labs last month."
    assert moods(text, "acquisition") == ["asserted"]
    # the source outside the aside, or the deal inside it, still report
    text = "Northwind Robotics, which was founded in 2019, acquired Velora Labs, people familiar with the matter said."
    assert moods(text, "acquisition") == ["reported"]
    text = "Velora Labs, which Northwind Robotics reportedly bought in 2023, raised $30 million from Orion Ventures in 2022."
    assert moods(text, "acquisition") == ["reported"]
    assert {roles(f)["investor"][0]: f.modality for f in facts(text, "investment")} == {"Orion Ventures": "asserted"}


def test_an_agreement_reached_or_a_deal_still_under_way_is_planned():
    text = "澄川资本与青禾电子就收购事宜达成一致，澄川资本以5亿元收购青禾电子60%股权。"
    assert moods(text, "acquisition") == ["planned"]
    assert moods("澄川资本与岚山创投达成协议，以5亿元收购青禾电子60%股权。", "acquisition") == ["planned"]
    assert moods("澄川资本收购青禾电子仍存在不确定性。", "acquisition") == ["planned"]
    assert moods("澄川资本收购青禾电子一事仍在推进中。", "acquisition") == ["planned"]
    # closed in the same sentence; the uncertainty is of another thing (the target's listing)
    text = "澄川资本与岚山创投达成协议，以5亿元收购青禾电子60%股权，目前已完成交割。"
    assert moods(text, "acquisition") == ["asserted"]
    text = "澄川资本去年收购了青禾电子，青禾电子的上市进程仍存在不确定性。"
    assert moods(text, "acquisition") == ["asserted"]

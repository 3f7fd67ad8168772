"""Round 4, modality across sentences: a later denial, a deal called off and a confirmation change the mood of
the deal read before them. Texts written by the team; the companies are invented."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def deals(text: str, ftype: str) -> list:
    return [f for f in extract("t", text, "2025-06-30").facts if f.type == ftype]


def moods(text: str, ftype: str) -> list[str]:
    return [f.modality for f in deals(text, ftype)]


def test_a_rumour_then_a_statement_that_it_is_untrue_is_denied():
    text = ("上周五，网络上流传一则消息，称星屿科技拟收购青禾储能。据悉，双方已接触数月。"
            "10月8日，青禾储能发布声明，称上述传闻与事实不符。")
    assert moods(text, "acquisition") == ["denied"]


def test_a_denial_pointing_back_reaches_past_two_sentences():
    text = ("外媒援引知情人士称，星屿科技拟以8亿元收购青禾储能。报道还称，双方已进入尽调阶段。"
            "按照报道的说法，交易有望年内完成。对此，星屿科技回应称，这些信息“不准确”。")
    assert moods(text, "acquisition") == ["denied"]


def test_a_denial_of_another_matter_far_after_leaves_a_report_alone():
    text = ("据报道，星屿科技完成了5亿元B轮融资，由澜舟资本领投。公司当年营收增长三成。产品已进入多个市场。"
            "团队规模超过300人。今年公司推出两款新品。另有一家媒体称北辰集团将入股，北辰集团予以否认。")
    assert moods(text, "investment")[0] == "reported"


def test_shareholders_voting_against_the_deal_call_it_off():
    text = ("In July Zentrix agreed to acquire Polaris Data for about $2 billion. "
            "On October 30 Polaris Data shareholders voted against the deal, and the merger agreement was terminated.")
    assert moods(text, "acquisition") == ["negated"]
    assert moods("In July Zentrix agreed to acquire Polaris Data for about $2 billion. "
                 "Polaris Data shares rose 4% on the news.", "acquisition") == ["planned"]


def test_a_deal_that_fell_apart_negates_the_report_after_it():
    text = ("Zentrix's plan to buy Polaris Data has fallen apart. In May, people familiar with the matter said "
            "Zentrix had agreed to acquire Polaris Data for about $3 billion.")
    assert moods(text, "acquisition") == ["negated", "negated"]


def test_a_termination_in_chinese_reaches_the_plan_before_it():
    text = "今年5月，星屿科技宣布拟收购青禾储能51%股权。11月3日，星屿科技与青禾储能公告，双方决定终止该交易。"
    assert moods(text, "acquisition") == ["negated"]
    # a delisting (终止上市) calls nothing off
    text = "今年5月，星屿科技宣布拟收购青禾储能全部股权。若交易完成，青禾储能将终止上市。"
    assert moods(text, "acquisition") == ["planned"]


def test_a_confirmation_makes_the_report_asserted():
    text = "此前有媒体报道北辰集团计划与东岳集团合作。东岳集团董事长随后证实了这一合作。"
    assert moods(text, "partnership") == ["asserted"]


def test_a_confirmation_missing_leaves_the_report():
    text = "此前有媒体报道北辰集团计划与东岳集团合作。东岳集团至今未证实这一合作。"
    assert moods(text, "partnership") == ["reported"]
    text = ("In May, people familiar with the matter said Zentrix had agreed to acquire Polaris Data. "
            "Neither company ever confirmed the deal.")
    assert moods(text, "acquisition") == ["reported"]


def test_a_denial_of_something_else_names_other_parties():
    text = ("In July Zentrix agreed to acquire Polaris Data. "
            "Regulators denied Kestrel Bank a licence in August.")
    assert moods(text, "acquisition") == ["planned"]


def test_what_was_to_follow_a_deal_called_off_is_off():
    text = ("星屿科技与青禾储能宣布，双方决定终止此前筹划的换股吸收合并。按照预案，若交易完成，青禾储能将终止上市。"
            "另外，若星屿科技与澜舟动力的交易完成，澜舟动力将终止上市。")
    listings = {f.roles["company"][0].text: f.modality for f in deals(text, "listing")}
    assert listings == {"青禾储能": "negated", "澜舟动力": "planned"}


def test_a_planned_deal_done_later_is_asserted():
    assert moods("今年5月，星屿科技宣布拟收购青禾储能51%股权。10月，该交易完成交割。", "acquisition") == ["asserted"]
    assert moods("In May Zentrix agreed to acquire Polaris Data in an all-stock deal, and the transaction "
                 "closed this month.", "acquisition") == ["asserted"]


def test_a_completion_still_to_come_leaves_the_plan():
    assert moods("今年5月，星屿科技宣布拟收购青禾储能51%股权，预计年底前完成交割。", "acquisition") == ["planned"]
    assert moods("In May Zentrix agreed to acquire Polaris Data. The deal is expected to close by year end.",
                 "acquisition") == ["planned"]


def test_a_deal_called_off_without_naming_anyone_is_the_one_just_read():
    assert moods("今年5月，星屿科技宣布拟收购青禾储能51%股权。这起收购最终告吹。", "acquisition") == ["negated"]
    assert moods("Zentrix agreed to acquire Polaris Data for $2 billion. The deal was blocked by regulators in March.",
                 "acquisition") == ["negated"]


def test_a_report_called_untrue_is_denied():
    assert moods("Zentrix agreed to acquire Polaris Data. Polaris Data said the report was untrue.",
                 "acquisition") == ["denied"]


def test_ending_a_partnership_does_not_call_off_an_acquisition():
    text = "2021年，星屿科技收购了青禾储能20%股权。今年，星屿科技与青禾储能终止了合作协议。"
    assert moods(text, "acquisition") == ["asserted"]

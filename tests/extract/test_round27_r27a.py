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
    assert _owned(text) == [(["岚山兴发"], ["远峰建设有限公司"])]
    coded = _EARLIER + ("澄川兴发股份有限公司（600001.SH，以下简称“澄川兴发”）3月2日晚间公告，"
                        "其全资子公司远峰建设有限公司中标北辰市算力中心工程。")
    assert _owned(coded) == [(["澄川兴发股份有限公司"], ["远峰建设有限公司"])]


def test_near_miss_no_announcement_no_subsidiary_or_two_announcers():
    text = _EARLIER + "去年11月，岚山兴发公告称，其董事长周宁因个人原因辞职。"
    assert not facts(text, "purchase") and not [o for o, u in _owned(text) if o == ["岚山兴发"]]
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

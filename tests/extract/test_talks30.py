"""A deal under negotiation (round 30): the company talked with when no lexicon or ending knows it, described
before its name, and talks named after the deal (正就收购B进行谈判). Sentences written for this file (invented
companies)."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def deals(text: str) -> list[tuple[str, str, dict[str, list[str]]]]:
    return [(f.type, f.modality, {r: [m.canonical or m.text for m in ms] for r, ms in f.roles.items()})
            for f in extract("t", text, "2025-11-20").facts if f.type in ("acquisition", "investment")]


def test_a_company_talked_with_is_found_without_an_ending():
    assert deals("澄川科技正与青禾互动洽谈收购事宜。") == [
        ("acquisition", "planned", {"acquirer": ["澄川科技"], "target": ["青禾互动"]})]


def test_talks_told_by_an_unnamed_source_then_denied():
    text = ("有科技媒体援引知情人士的话称，澄川科技正与青禾互动商谈收购事宜，报价约为5亿美元。消息传出后，青禾互动创始人"
            "回应称，公司没有任何出售计划。澄川科技相关负责人也表示，该消息不实。")
    assert deals(text) == [("acquisition", "denied", {"acquirer": ["澄川科技"], "target": ["青禾互动"]})]


def test_the_company_talked_with_described_before_its_name():
    text = "澄川科技正与AI写作应用“青笺”的开发商青禾互动商谈收购事宜。"
    assert deals(text) == [("acquisition", "planned", {"acquirer": ["澄川科技"], "target": ["青禾互动"]})]
    names = [m.text for m in extract("t", text, "2025-11-20").mentions]
    assert "青禾互动" in names and "青禾互动商谈" not in names


def test_talks_named_after_the_deal_leave_it_planned():
    for verb in ("进行谈判", "展开谈判"):
        assert deals(f"澄川科技正就收购青禾科技{verb}。") == [
            ("acquisition", "planned", {"acquirer": ["澄川科技"], "target": ["青禾科技"]})]


def test_a_deal_made_after_talks_is_asserted():
    # near miss: the talks are over, the deal is done
    assert deals("经过多轮谈判，澄川科技收购了青禾科技。") == [
        ("acquisition", "asserted", {"acquirer": ["澄川科技"], "target": ["青禾科技"]})]


def test_no_party_from_talks_with_a_group_a_person_or_no_deal():
    for text in ("澄川科技正与多家机构洽谈收购事宜。", "澄川科技正与张伟洽谈收购事宜。", "澄川科技正与对方洽谈收购事宜。",
                 "澄川科技正与头部云厂商洽谈收购事宜。"):
        assert deals(text) == [], text
    # talks about working together name no deal of shares
    assert deals("澄川科技正与青禾互动洽谈合作。") == []


def test_the_offer_named_after_the_talks_is_their_amount():
    for text in ("澄川科技正与青禾科技洽谈收购事宜，报价约为5亿美元。", "澄川科技拟收购青禾科技，出价约5亿美元。"):
        fact = extract("t", text, "2025-11-20").facts[0]
        assert fact.amount is not None and fact.amount.value.value == 5e8, text


def test_an_offer_price_per_share_is_no_amount():
    # near miss: a price per share is no deal amount
    fact = extract("t", "澄川科技拟收购青禾科技，报价为每股12元。", "2025-11-20").facts[0]
    assert fact.amount is None


def test_investors_listed_after_the_word_need_no_ending():
    for text in ("青禾智能完成B+轮融资，投资方包括澄川股权、北辰先导基金和岚山技术。",
                 "青禾智能完成B+轮融资，投资方包括澄川股权、北辰先导基金和岚山技术等。"):
        assert deals(text) == [("investment", "asserted", {"investor": ["澄川股权", "北辰先导基金", "岚山技术"],
                                                           "investee": ["青禾智能"]})], text
    assert deals("青禾智能完成B+轮融资，投资方包括澄川股权等机构。") == [
        ("investment", "asserted", {"investor": ["澄川股权"], "investee": ["青禾智能"]})]


def test_a_kind_of_investor_listed_is_no_name():
    # near miss: the list names a kind, nobody
    assert deals("青禾智能完成B+轮融资，投资方包括多家国资背景机构。") == \
        [("investment", "asserted", {"investor": [], "investee": ["青禾智能"]})]  # the round, no investor named


def test_the_verb_of_a_list_after_a_role_noun_is_no_part_of_a_name():
    names = [m.text for m in extract("t", "青禾智能完成B+轮融资，老股东有澄川股权和北辰智造。", "2025-11-20").mentions]
    assert "澄川股权" in names and not any(n.startswith("有") for n in names)
    # near miss: a name that opens with the character stays whole after the role noun
    assert "有道科技" in [m.text for m in extract("t", "控股股东有道科技拟减持青禾智能2%股份。", "2025-11-20").mentions]


def test_an_adverb_and_a_verb_opening_a_clause_are_no_winner():
    text = ("澄川移动公示了服务器集中采购结果。进一步统计中标厂商名单可知，设备由青禾通讯和北辰信息中标，其中青禾通讯"
            "中标约8.85亿元。")
    suppliers = [m.text for f in extract("t", text, "2025-11-20").facts if f.type == "purchase"
                 for m in f.roles["supplier"]]
    assert "进一步统计" not in suppliers and "青禾通讯" in suppliers
    # near miss: a company whose name the dictionary reads as an adverb and a verb is still a winner
    text = "高新发展公告，全资子公司北辰建设预中标青禾新区租赁住房建设项目。"
    assert "高新发展" in [m.text for m in extract("t", text, "2025-11-20").mentions]

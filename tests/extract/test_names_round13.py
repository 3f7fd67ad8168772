"""Names and listings read wrong around stake sales (round 13): a faction marker after a known name, a long quoted
fund name, and 挂牌出售 (shares put up for sale, no listing). Sentences written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def names(text: str) -> list[str]:
    return [m.text for m in extract("t", text, "2025-06-30").mentions if m.kind in ("organization", "candidate")]


def test_xi_after_a_known_name_marks_its_faction_not_a_unit():
    assert "腾讯" in names("去年年底，腾讯系以20亿元出售所持星漾机器人12%股权。")
    assert not any(n.startswith("腾讯系") for n in names("去年年底，腾讯系以20亿元出售所持星漾机器人12%股权。"))


def test_a_long_quoted_fund_name_is_taken_whole():
    text = "星漾机器人公告，股东“澄岚未来产业创新发展一期投资基金”计划减持不超过1%的股份。"
    assert "澄岚未来产业创新发展一期投资基金" in names(text)


def test_a_long_quotation_that_names_no_company_is_no_name():
    assert names("他说：“我们会继续加大在具身智能方向的长期投入”。") == []


def test_shares_put_up_for_sale_on_an_exchange_are_no_listing():
    facts = extract("t", "去年，北溟集团以36亿元挂牌出售所持云栈半导体40%的股权。", "2025-06-30").facts
    assert [f for f in facts if f.type == "listing"] == []
    assert [[m.text for m in f.roles["seller"]] for f in facts if f.type == "acquisition"] == [["北溟集团"]]


def test_a_role_in_a_deal_is_no_name():
    text = "本次转让中，公司实际控制人间接持有沐星科技的股份不在其列。"
    assert [f for f in extract("t", text, "2025-06-30").facts if f.type == "shareholding"] == []


def test_a_run_with_a_preposition_inside_is_no_name():
    text = "受让方通过询价方式受让的股份在半年内不得再转让。"
    assert [f for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"] == []


def test_a_trade_described_before_the_leader_it_names_is_no_name():
    assert names("作为算力芯片龙头的云栈半导体发布公告。") == ["云栈半导体"]


def test_its_after_a_letter_is_the_letters_sender():
    doc = extract("t", "青蔓网络公告称，公司收到股东北溟产业基金出具的《减持进展告知函》，其已减持合计300万股。", "2025-06-30")
    assert [m.canonical for m in doc.mentions if m.source == "coref"] == ["北溟产业基金"]


def test_a_trade_after_a_seat_in_brackets_ends_the_name():
    assert names("澄岚(北京)科技宣布完成新一轮融资。") == ["澄岚(北京)科技"]
    assert names("第二大股东北溟（上海）投资在今年已两次减持。")[:1] == ["北溟（上海）投资"]
    assert names("北溟科技(香港)和青蔓集团签署协议。") == ["北溟科技(香港)", "青蔓集团"]

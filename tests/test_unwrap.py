"""Text wrapped at a fixed width (wire copy, mail, the text of a PDF) is read as the paragraphs it was written in.
Texts written for this file."""

from __future__ import annotations

import json

from dealgraph.ingest.clean import clean

WRAPPED_EN = """\
Brightpath Robotics, a warehouse automation start-up based in Suzhou, said on
Monday that it had raised $85 million in a Series B round led by Corvane
Capital, with Tessaron Partners and Lakemont Ventures also taking part in it.

The company plans to use the money to open offices in Singapore and Jakarta,
its chief executive said.
"""

WRAPPED_ZH = """\
澄岚智算科技有限公司今日宣布完成新一轮融资，本轮融资由北溟
资本领投，青蔓创投与沐星基金跟投，所筹资金将主要用于推理芯
片的研发以及数据中心的扩建，公司预计明年启动上市辅导工作。
"""


def test_a_wrapped_english_paragraph_is_one_line_again():
    lines = clean(WRAPPED_EN).text.split("\n")
    assert lines[0].startswith("Brightpath Robotics") and "led by Corvane Capital, with Tessaron" in lines[0]
    assert lines[1] == "" and lines[2].startswith("The company plans") and lines[2].endswith("its chief executive said.")


def test_wrapped_chinese_joins_without_spaces():
    text = clean(WRAPPED_ZH).text
    assert "由北溟资本领投" in text and "推理芯片的研发" in text and "\n" not in text


def test_one_paragraph_per_line_is_left_alone():
    text = ("星澜科技宣布完成2亿元A轮融资，由北溟资本领投。\n"
            "公司创始人表示，资金将用于扩大产能并加强研发团队建设，同时拓展海外市场，预计三年内营收翻番。\n"
            "另据了解，星澜科技成立于2019年。\n")
    assert clean(text).text.split("\n") == [line for line in text.split("\n") if line]


def test_list_items_and_sentence_ends_keep_their_lines():
    text = ("The fund said it would back three kinds of companies in the coming years:\n"
            "- makers of inference chips for data centres and for devices at the edge\n"
            "- builders of robots for warehouses, factories and hospitals in Asia\n"
            "- developers of software that schedules compute across many clouds.\n"
            "Its first close is expected in the second quarter, the partners said to us.\n")
    assert len(clean(text).text.split("\n")) == 5


def test_a_wrapped_article_gives_every_investor_its_whole_name(cli, store, tmp_path):
    (tmp_path / "wire.txt").write_text(WRAPPED_EN, "utf-8")
    cli("ingest", "-q", str(tmp_path / "wire.txt"))
    facts = [json.loads(line) for line in cli("export", "facts").output.splitlines() if line.strip()]
    investors = {m["name"] for f in facts if f["type"] == "investment" for m in f["roles"]["investor"]}
    assert {"Corvane Capital", "Tessaron Partners", "Lakemont Ventures"} <= investors

"""Traditional Chinese: the simplified reading of traditional lines (same length), and facts that quote the source as
it was written."""

from __future__ import annotations

import json
from pathlib import Path

from dealgraph import hanzi, jobs
from dealgraph.ingest import Document, read_path


# --- the reading --------------------------------------------------------------------------------------------------

def test_a_traditional_text_outside_the_commonest_characters_is_read_in_simplified():
    # none of 嵐創領鷺島輪 is among the handful of characters the old whole-document test counted
    text = "嵐山創投領投鷺島機器人B輪"
    read, lines = hanzi.reading(text)
    assert (read, lines) == ("岚山创投领投鹭岛机器人B轮", 1)


def test_a_simplified_article_quoting_one_traditional_passage_converts_that_line_only():
    text = ("澄川资本周二表示，乾元基金将参与本轮融资。\n"
            "据台媒报道：「鷺島機器人完成新一輪融資，由嵐山創投領投。」\n"
            "乾元基金未回应置评请求。")
    read, lines = hanzi.reading(text)
    first, quote, last = read.split("\n")
    assert lines == 1 and len(read) == len(text)
    assert quote == "据台媒报道：「鹭岛机器人完成新一轮融资，由岚山创投领投。」"
    assert first == "澄川资本周二表示，乾元基金将参与本轮融资。" and last == "乾元基金未回应置评请求。"


def test_a_mostly_simplified_line_keeps_its_own_ambiguous_characters():
    read, _ = hanzi.reading("乾元资本称，其已与「鷺島機器人」签署协议。")
    assert read == "乾元资本称，其已与「鹭岛机器人」签署协议。"


def test_a_traditional_line_converts_by_phrase_as_taiwan_writes():
    read, _ = hanzi.reading("隨著訂單增加，青禾電子營收顯著成長，於是著手擴產。")
    assert read == "随着订单增加，青禾电子营收显著成长，于是着手扩产。"


def test_a_simplified_text_is_read_as_it_is():
    text = "星河科技以2亿元收购了蓝海网络60%股权。\n乾元资本随后跟投。"
    assert hanzi.reading(text) == (text, 0)


# --- ingest: the text as written, facts read in simplified --------------------------------------------------------

TRADITIONAL_DOC = ("日期：2025-03-12\n\n"
                   "嵐山創投宣佈以3億元收購青禾電子60%股權。\n"
                   "圖片來源：鷺島社\n"
                   "澄川資本領投了鷺島機器人的B輪融資，金額為2億美元。\n")


def _doc(tmp_path: Path, text: str, name: str = "tw.txt") -> Document:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    (doc,) = list(read_path(path))
    assert isinstance(doc, Document)
    return doc


def test_ingest_keeps_the_text_as_written_and_reads_it_in_simplified(tmp_path):
    doc = _doc(tmp_path, TRADITIONAL_DOC)
    assert "嵐山創投宣佈以3億元收購青禾電子60%股權。" in doc.text
    assert "岚山创投宣布以3亿元收购青禾电子60%股权。" in doc.read_text
    assert len(doc.read_text) == len(doc.text) and doc.meta["traditional"] is True
    assert "圖片來源" not in doc.text  # boilerplate is recognised in traditional script too
    assert doc.ref_date == "2025-03-12"


def test_a_simplified_document_has_no_separate_reading(tmp_path):
    doc = _doc(tmp_path, "日期：2025-03-12\n\n岚山创投宣布以3亿元收购青禾电子60%股权。\n")
    assert doc.reading is None and doc.meta["traditional"] is False


def test_one_article_in_two_scripts_is_one_document(tmp_path):
    simplified = TRADITIONAL_DOC.replace("圖片來源：鷺島社\n", "")
    a = _doc(tmp_path, simplified, "a.txt")
    b = _doc(tmp_path, hanzi.reading(simplified)[0], "b.txt")
    assert a.sha256 == b.sha256 and a.text != b.text


def test_facts_quote_the_source_as_written_and_name_entities_in_simplified(tmp_path):
    doc = _doc(tmp_path, TRADITIONAL_DOC)
    _, entities, facts = jobs.process(doc)
    acquisition = next(f for f in facts if f["type"] == "acquisition")
    ev = acquisition["evidence"][0]
    assert ev["text"] == "嵐山創投宣佈以3億元收購青禾電子60%股權。" == doc.text[ev["start"]:ev["end"]]
    (acquirer,) = ev["mentions"]["acquirer"]
    assert acquirer["text"] == "嵐山創投" == doc.text[acquirer["start"]:acquirer["end"]]
    assert acquisition["amount"]["text"] == "3億元" and acquisition["amount"]["value"] == 300_000_000
    acquirer_entity = entities[acquisition["roles"]["acquirer"][0]]
    assert acquirer_entity["name"] == "岚山创投" and "嵐山創投" in acquirer_entity["names"]


def test_the_same_fact_from_either_script_has_one_id(tmp_path):
    _, _, written = jobs.process(_doc(tmp_path, TRADITIONAL_DOC, "a.txt"))
    _, _, simplified = jobs.process(_doc(tmp_path, hanzi.reading(TRADITIONAL_DOC)[0], "b.txt"))
    assert {f["id"] for f in written} == {f["id"] for f in simplified}


def test_as_written_leaves_words_the_reading_does_not_hold_at_their_span():
    text, reading = "嵐山創投收購青禾", "岚山创投收购青禾"
    facts = [{"evidence": [{"start": 0, "end": 8, "text": "别的句子", "mentions": {
        "acquirer": [{"id": "x", "text": "岚山", "start": 0, "end": 4}]}}],
        "date": None, "amount": {"value": 1, "text": "三亿"}, "stake": None, "qualifiers": {}}]
    jobs.as_written(facts, text, reading)
    ev = facts[0]["evidence"][0]
    assert ev["text"] == "别的句子"  # not the reading of its span: kept
    assert ev["mentions"]["acquirer"][0]["text"] == "岚山"  # a normalised name: kept
    assert facts[0]["amount"]["text"] == "三亿"  # not found in the reading: kept


def test_cli_lookups_find_an_entity_by_either_script(cli, tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "tw.txt").write_text(TRADITIONAL_DOC, encoding="utf-8")
    (folder / "cn.txt").write_text("日期：2025-04-02\n\n青禾电子获得澄川资本投资。\n", encoding="utf-8")
    cli("ingest", "-q", str(folder))
    for name in ("嵐山創投", "岚山创投", "嵐山"):
        quoted = _evidence(cli("facts", "--entity", name, "--json").output)
        assert "嵐山創投宣佈以3億元收購青禾電子60%股權。" in quoted, name
    assert "岚山创投" in cli("entities", "--search", "嵐山").output
    assert "嵐山創投" in cli("entities", "show", "岚山创投").output  # the name as written is one of its names
    both = _evidence(cli("facts", "--investor", "澄川資本", "--json").output)
    assert "澄川資本領投了鷺島機器人的B輪融資，金額為2億美元。" in both and "青禾电子获得澄川资本投资。" in both
    assert "no entity named" in cli("facts", "--entity", "嵐峰創投", code=None).output  # a near miss finds nothing


def _evidence(jsonl: str) -> set[str]:
    return {ev["text"] for line in jsonl.splitlines() if line.strip() for ev in json.loads(line)["evidence"]}


def test_a_character_whose_simplified_form_is_not_in_common_use_is_left_as_written():
    # 頔 (a given name's character) has a simplified form only in an extension block: never written so
    read, _ = hanzi.reading("張頔與澄川資本簽約。")
    assert read == "张頔与澄川资本签约。"
    assert hanzi.simplified_chars("頔") == "頔"

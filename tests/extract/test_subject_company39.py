"""A holder's stake after the company a sentence opens with, and a verb of a company's line before a field (our own
sentences, after held-out set 15)."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from tests.extract.readers import facts, names


def test_a_stake_in_the_company_the_sentence_opens_with() -> None:
    text = ("北辰集团旗下有多家公司。其中岚湾网络已在科创板上市，北辰集团持有其48%的股份，岚湾网络还在扩张。"
            "岚湾网络是一家做智能家居的公司，岚湾网络的产品卖得很好。"
            "澄川机器人成立于2016年，北辰集团持股60%，其余股份由员工持股平台持有。")
    held = {names(f, "company")[0]: f.stake.text for f in facts(text, "shareholding") if f.stake is not None}
    assert held.get("澄川机器人") == "60%" and held.get("岚湾网络") == "48%"


def test_a_verb_of_the_line_before_a_field_is_no_name() -> None:
    doc = extract("t", "澄川科技是一家机器人公司。该公司主打智能家居。", "2025-06-30")
    assert [m.text for m in doc.mentions if m.kind == "organization"] == ["澄川科技", "该公司"]
    assert "智能家居" in [f.qualifiers.get("domain") for f in doc.facts if f.type == "focus"]

"""Products no lexicon knows, named right after the kind of product they are (大模型“星澜3.0”, 推理芯片“澜芯一号”,
大模型GLM-4), and the makers that launch them (推出, 发布, 开源, 自研). All names are invented."""

from __future__ import annotations

from dealgraph.extract.mentions import _named_products
from dealgraph.extract.pipeline import extract

REF = "2025-10-30"


def owned(text: str) -> list[tuple[str, str, str, bool]]:
    return sorted((f.roles["owner"][0].text, f.roles["unit"][0].text, f.modality, bool(f.qualifiers.get("in_house")))
                  for f in extract("t", text, REF).facts if f.type == "ownership")


def products(text: str) -> list[str]:
    return [m.text for m in _named_products(text)]


def test_a_name_after_its_kind_is_a_product():
    assert products("推出了新一代大模型“岚川3.0”") == ["岚川3.0"]
    assert products("量产推理芯片“澜芯一号”") == ["澜芯一号"]
    assert products("开源了大模型QL-4，") == ["QL-4"]
    assert products("人形机器人Walker T3亮相") == ["Walker T3"]
    assert products("手机SoC芯片“澜戒X1”") == ["澜戒X1"]  # SoC is a kind, the quoted name the product


def test_no_product_from_a_latin_kind_inside_a_word_or_an_acronym_alone():
    assert products("Apple“X”") == []
    assert products("国内手机ODM行业") == []


def test_a_product_launched_or_made_is_owned_by_its_maker_not_founded():
    assert owned("岚川智能推出了大模型“岚川GPT”。") == [("岚川智能", "岚川GPT", "asserted", False)]
    assert owned("岚川智能正式发布自研推理芯片“澜芯一号”。") == [("岚川智能", "澜芯一号", "asserted", True)]
    assert owned("岚川智能开源了大模型QL-4。") == [("岚川智能", "QL-4", "asserted", False)]
    facts = extract("t", "岚川智能推出了大模型“岚川GPT”。", REF).facts
    assert not [f for f in facts if f.type == "founding"]


def test_a_launch_to_come_is_planned_but_a_new_version_of_a_line_is_owned_now():
    assert owned("岚川智能将于明年发布大模型“岚川4.0”。") == [("岚川智能", "岚川4.0", "planned", False)]
    [f] = [f for f in extract("t", "岚川智能将于明年发布大模型“岚川4.0”。", REF).facts if f.type == "ownership"]
    assert f.qualifiers["since"].text == "明年" and f.date is None


def test_publishing_a_notice_launches_nothing():
    assert owned("岚川智能发布公告称，拟收购青穗机器人。") == []


def test_a_new_version_to_come_of_a_named_line_says_the_line_is_owned_now():
    assert owned("岚川智能计划于4月发布大模型“岚川”6.0版本。") == [("岚川智能", "岚川", "asserted", False)]

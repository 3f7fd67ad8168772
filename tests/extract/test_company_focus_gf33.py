"""What a company does and when it was founded, told in passing (round 33, wt-gf): Chinese 是一家专业从事…的企业,
致力于…, 专注…的B, 作为…提供商，B… (the English forms: test_company_focus_en_gf33.py). Invented names and sentences."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def _facts(text: str, kind: str) -> list[tuple[str, str, str | None]]:
    doc = extract("t", text, "2025-06-30")
    return [(f.roles["company"][0].canonical or f.roles["company"][0].text, f.modality, f.qualifiers.get("domain"))
            for f in doc.facts if f.type == kind and f.roles.get("company")]


def _fact(text: str, kind: str):
    doc = extract("t", text, "2025-06-30")
    return [f for f in doc.facts if f.type == kind]


# --- Chinese: whose focus ---

def test_name_after_is_is_not_the_subject_of_the_focus():
    # the subject (该项目) is what is described; the investor named after 是 is not
    assert _facts("该团队是澄川资本在2016年领投的种子项目，是一家专注于语音识别技术的企业。", "focus") == []
    assert _facts("这支团队是岚山创投于 2017 年孵化的早期项目，是一家专注于工业质检算法的公司。", "focus") == []


def test_company_before_is_keeps_its_focus():
    assert _facts("青禾数据是一家专注于语音识别技术的企业。", "focus") == [("青禾数据", "asserted", "语音识别技术")]


def test_focus_verb_is_not_part_of_a_guessed_name():
    # 蓝鲸数据专注 is no name: no fact with a company named so
    assert not any(name.endswith("专注") for name, _, _ in _facts("蓝鲸数据专注于语音识别技术。", "focus"))


# --- Chinese: 专业从事 / 一家从事 / 致力于 ---

def test_professionally_engaged_in_a_known_field():
    facts = _fact("青禾科技成立于2019年，是一家专业从事工业视觉检测设备研发的企业。", "focus")
    assert [(f.roles["company"][0].text, f.qualifiers["domain"], f.date) for f in facts] == \
        [("青禾科技", "工业视觉检测设备研发", None)]


def test_a_company_engaged_in():
    assert _facts("澄川医疗是一家从事医疗影像AI的公司。", "focus") == [("澄川医疗", "asserted", "医疗影像AI")]


def test_committed_to_a_field():
    assert _facts("青禾科技是一家致力于人形机器人研发的企业。", "focus") == [("青禾科技", "asserted", "人形机器人研发")]


def test_committed_to_a_goal_is_no_field():
    assert _facts("青禾科技致力于成为全球领先的机器人企业。", "focus") == []
    assert _facts("青禾科技一直致力于降低算力成本。", "focus") == []


def test_committed_to_investing_is_no_line_of_business():
    assert _facts("澄川资本致力于早期投资。", "focus") == []


# --- Chinese: 专注…的B with no subject ---

def test_attributive_focus_opening_a_clause():
    facts = _fact("近日，专注AI推理芯片的青禾科技完成新一轮融资。", "focus")
    assert [(f.roles["company"][0].text, f.qualifiers["domain"], f.modality) for f in facts] == \
        [("青禾科技", "AI推理芯片", "asserted")]


def test_attributive_focus_of_a_rumoured_company_is_the_writers():
    doc = extract("t", "专注于AI推理芯片的青禾科技被传已停止运营。", "2025-06-30")
    assert [(f.type, f.modality) for f in doc.facts if f.type in ("focus", "closure")] == \
        [("focus", "asserted"), ("closure", "rumored")]


def test_attributive_focus_of_a_fund_is_none():
    assert _facts("专注早期投资的澄川资本领投了本轮。", "focus") == []


def test_attributive_focus_after_a_conjunction_is_not_read():
    assert _facts("由于专注AI推理芯片的青禾科技完成融资，市场关注度上升。", "focus") == []


# --- Chinese: 作为…提供商，B ---

def test_as_a_kind_of_company_then_the_name():
    assert _facts("作为国内领先的AI芯片提供商，青禾科技近日完成融资。", "focus") == [("青禾科技", "asserted", "AI芯片")]


def test_as_an_investment_company_is_no_field():
    assert _facts("作为国内领先的投资公司，澄川资本近日领投青禾科技。", "focus") == []


def test_as_a_kind_then_another_party_of_the_name():
    assert _facts("作为AI芯片企业，青禾科技的客户澄川电子近日下单。", "focus") == []


# --- Chinese: modality of a rumoured closure and a planned founding ---

def test_closure_said_by_rumour():
    assert [f.modality for f in _fact("青禾科技被传已停止运营。", "closure")] == ["rumored"]


def test_founding_still_to_come():
    # (session 38: the company named before; 一份内部邮件, which 该公司 stood for, is a counted thing, no name)
    assert [f.modality for f in _fact("青禾科技正在调整业务架构。据一份内部邮件称，该公司将把芯片业务剥离出来，"
                                      "成立一家名为澄川微电子的子公司。", "founding")] == ["planned"]


def test_founding_done_stays_asserted():
    assert [f.modality for f in _fact("青禾科技于2020年成立了澄川微电子。", "founding")] == ["asserted"]


def test_attributive_focus_drops_the_verb_of_building():
    assert _facts("日前，专注于打造工业视觉检测系统的青禾科技宣布完成融资。", "focus") == \
        [("青禾科技", "asserted", "工业视觉检测系统")]


def test_a_company_featuring_a_field():
    assert _facts("澄川网络是一家主打在线教育的互联网公司。", "focus") == [("澄川网络", "asserted", "在线教育")]


def test_featuring_no_field_and_a_product_line_are_none():
    assert _facts("澄川网络是一家主打性价比的企业。", "focus") == []
    assert _facts("青禾科技的主打产品是四足机器人。", "focus") == []


def test_focus_after_a_founding_year_is_undated():
    facts = _fact("青禾机器人成立于2023年，主攻工业场景。", "focus")
    assert [(f.qualifiers["domain"], f.date) for f in facts] == [("工业场景", None)]
    dated = _fact("青禾机器人2023年起主攻工业场景。", "focus")
    assert [f.date is not None for f in dated] == [True]

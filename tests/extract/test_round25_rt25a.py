"""Round 25 (rt25a): financing rounds and foundings as real AI-chain news tells them, in sentences written for
these tests (invented names)."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def _facts(text: str, kind: str, ref: str = "2025-06-30") -> list[tuple[str, dict[str, list[str]]]]:
    doc = extract("t", text, ref)
    return [(f.modality, {k: [m.text for m in v] for k, v in f.roles.items()}) for f in doc.facts if f.type == kind]


def _founding(text: str, ref: str = "2025-06-30"):
    return [f for f in extract("t", text, ref).facts if f.type == "founding"]


# --- the round's raiser: never a guess from another clause or a product noun -------------------------------------

def test_unread_raiser_is_not_the_last_company_told():
    text = "鹿鸣智造完成三轮融资。跃迁进化科技完成由澄川创投领投的A轮融资，资金将用于量产交付。"
    for _, roles in _facts(text, "investment"):
        assert "澄川创投" not in roles["investor"] or "鹿鸣智造" not in roles["investee"]


def test_pronoun_raiser_still_carries():  # near miss: 其 opens the clause, the company told before raised it
    text = "鹿鸣智造完成三轮融资。其近日完成由澄川创投领投的A轮融资。"
    facts = _facts(text, "investment")
    assert any(r["investor"] == ["澄川创投"] and r["investee"] for _, r in facts)


def test_product_noun_is_no_raiser_and_round_backers_are_no_raiser():
    text = ("Brightledger的融资节奏很快。这家想用AI改写财务软件的初创公司，成立于2024年，核心产品刚结束内测，"
            "却在2025年10月获得由澄川创投、岚山资本领投的6000万美元A轮融资。")
    facts = _facts(text, "investment", "2025-12-01")
    assert facts
    for _, roles in facts:
        assert "核心产品" not in roles["investee"]
        assert "澄川创投" not in roles["investee"] and "岚山资本" not in roles["investee"]
    assert any(r["investee"] == ["Brightledger"] and r["investor"] == ["澄川创投", "岚山资本"] for _, r in facts)


def test_star_ai_startup_is_a_description():
    text = ("明星AI创业公司 Quillmark 的创始团队宣告破裂。成立于今年，Q公司由四位行业老兵联手创立，"
            "三个月前刚拿下1.5亿美元的种子轮融资。")
    facts = _facts(text, "investment")
    assert facts and all("明星AI" not in roles["investee"] for _, roles in facts)


def test_verb_glued_to_bare_investor_word_is_no_investor():
    text = "青禾芯片完成了一笔创纪录的融资。在C轮融资中，近40家投资机构扎堆入局，募资总额超50亿元。"
    for _, roles in _facts(text, "investment", "2026-02-01"):
        assert not any("扎堆" in n for n in roles["investor"])


def test_investor_word_with_list_still_names():  # near miss: the list word then the names
    text = "青禾芯片完成C轮融资，投资机构包括澄川创投、岚山资本。"
    facts = _facts(text, "investment")
    assert any(set(r["investor"]) == {"澄川创投", "岚山资本"} and r["investee"] == ["青禾芯片"] for _, r in facts)


# --- 联投: the round's backers after 由 ---------------------------------------------------------------------------

def test_joint_backers_after_you():
    text = "青禾机器人完成超亿元天使轮融资，由澄川创投、岚山资本以及北辰产业基金等多家机构联投。"
    facts = _facts(text, "investment")
    assert any(set(r["investor"]) == {"澄川创投", "岚山资本", "北辰产业基金"} and r["investee"] == ["青禾机器人"]
               for _, r in facts)


def test_lian_tou_inside_a_name_is_no_round():  # near miss: 联投 inside a company's name
    text = "澄川资本与湖北联投签署合作协议。"
    assert _facts(text, "investment") == []


# --- founders of a company no other cue names --------------------------------------------------------------------

def test_people_with_descriptions_found_unread_company():
    facts = _founding("2023年年底，林一舟与字节系创业者苏明远联合创立了澄川极智，这是一家清华系创业企业。")
    assert any({m.text for m in f.roles["founder"]} == {"林一舟", "苏明远"}
               and [m.text for m in f.roles["company"]] == ["澄川极智"] for f in facts)
    assert any(f.date is not None and "2023" in f.date.text for f in facts)


def test_person_after_de_description_founds():
    facts = _founding("曾在某大厂担任内容平台总监的吴青创立了岚山森林，专注于AI陪伴设备。")
    assert any([m.text for m in f.roles["founder"]] == ["吴青"] and [m.text for m in f.roles["company"]] == ["岚山森林"]
               for f in facts)
    focus = [f for f in extract("t", "曾在某大厂担任内容平台总监的吴青创立了岚山森林，专注于AI陪伴设备。", "2025-06-30").facts
             if f.type == "focus"]
    assert not any(m.kind == "person" for f in focus for m in f.roles["company"])


def test_founded_a_phrase_is_no_company():  # near misses: a phrase or an organisation's doing
    assert _founding("林一舟创立了一家AI公司。") == []
    assert _founding("林一舟创立了自己的品牌。") == []
    assert _founding("澄川资本创立了岚山森林。") == []


# --- a spin-off told by its predecessor unit ---------------------------------------------------------------------

def test_predecessor_unit_is_a_spin_off():
    facts = _founding("星澜芯科技前身为澄川集团智能芯片及架构部，2021年4月独立运营。")
    assert any([m.text for m in f.roles["founder"]] == ["澄川集团"] and [m.text for m in f.roles["company"]] == ["星澜芯科技"]
               for f in facts)
    facts = _founding("星澜芯科技前身为澄川集团的芯片研发部门，成立于2025年6月。")
    assert any([m.text for m in f.roles["founder"]] == ["澄川集团"] for f in facts)


def test_predecessor_company_is_a_rename():  # near miss: the old name of the same company
    facts = _founding("星澜芯科技前身为澄川电子有限公司，2021年更名。")
    assert not any(f.roles["founder"] for f in facts)


# --- the founding date told as the time since ----------------------------------------------------------------------

def test_since_founded_dates_the_company():
    facts = _founding("青禾智能自2024年12月成立以来，已完成3轮融资。")
    assert any([m.text for m in f.roles["company"]] == ["青禾智能"] and f.date is not None and "2024年12月" in f.date.text
               for f in facts)
    facts = _founding("林舟是青禾通用创始人。2023年5月成立至今，青禾通用已拿到三笔融资。")
    assert any(f.date is not None and "2023年5月" in f.date.text for f in facts)


def test_since_listed_is_no_founding():  # near misses: listed since, or a span of time alone
    assert _founding("青禾智能自2024年12月上市以来，股价上涨三倍。") == []
    assert _founding("2023年5月至今，青禾智能完成了两轮融资。") == []


# --- a founder before 旗下 --------------------------------------------------------------------------------------

def test_founder_before_qixia_keeps_two_characters():
    facts = _founding("这家芯片公司已成为澄川汽车创始人林斌旗下又一家百亿级企业。")
    assert any([m.text for m in f.roles["founder"]] == ["林斌"] for f in facts)
    facts = _founding("澄川汽车创始人林斌旗今日出席发布会。")  # near miss: a three-character name, no 旗下
    assert any([m.text for m in f.roles["founder"]] == ["林斌旗"] for f in facts)


def test_joint_backers_with_guessed_names():
    text = "海淀又冒出一家机器人新品牌——青禾BOT完成超亿元天使轮融资，由澄川创投、国信创合以及河南产业基金等多家机构联投。"
    facts = _facts(text, "investment", "2025-03-20")
    assert any("澄川创投" in r["investor"] and "河南产业基金" in r["investor"]
               and len(r["investee"]) == 1 and r["investee"][0].endswith("BOT")
               for _, r in facts)
    assert not any("联投" in n for _, r in facts for n in r["investor"] + r["investee"])

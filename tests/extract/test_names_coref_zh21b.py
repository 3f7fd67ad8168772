"""Chinese names and their references (round 21, helper zh21b): common technical nouns and fragments that are no
names, start-ups introduced by a category noun with a Latin name in brackets, a bare founder title after a
sentence that introduces a company, founders named with an adverb or category noun before the company, and
"one of the leads" appositions. Sentences written for this file (invented companies and people)."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def _doc(text: str, ref: str = "2025-08-01"):
    return extract("t", text, ref)


def names(text: str) -> list[str]:
    return [m.text for m in _doc(text).mentions if m.kind in ("organization", "candidate")]


def facts(text: str, kind: str, ref: str = "2025-08-01") -> list[dict[str, list[str]]]:
    """Roles of the facts of one type, each member by the name it resolves to."""
    return [{r: [m.canonical or m.text for m in ms] for r, ms in f.roles.items()}
            for f in _doc(text, ref).facts if f.type == kind]


# B. common technical nouns, fragments across word boundaries, Latin terms before a product noun


def test_a_field_of_technology_is_no_company_and_no_antecedent():
    text = "周宁曾在澄川科技负责机器视觉。青禾智能宣布完成2亿元A轮融资，本轮由北辰资本领投。"
    assert "机器视觉" not in names(text)
    assert "计算机视觉" not in names("青禾电子把计算机视觉列为研发重点。")
    inv = facts(text, "investment")
    assert inv and all(f["investee"] == ["青禾智能"] and f["investor"] == ["北辰资本"] for f in inv)


def test_qi_after_a_field_noun_goes_to_the_company_not_the_field():
    text = "青禾电子三季度营收80亿元。计算机视觉依然是其研发重点。该公司面向数据中心的GPU AI服务器收入同比增长两倍。"
    fin = facts(text, "financial")
    assert fin and all(f["company"] == ["青禾电子"] for f in fin)
    assert "GPU AI" not in names(text)


def test_a_company_with_a_coined_head_before_a_field_ending_stays_a_name():
    # near miss: a head of its own (no common noun) before 视觉 / 智能 is a name
    assert "澜瞳视觉" in names("澜瞳视觉完成1亿元B轮融资。")


def test_a_verb_and_the_field_it_works_in_is_no_company():
    assert not [n for n in names("澄川智航称，公司将同时研发具身智能大模型和机器人本体。") if "具身" in n]
    assert not [n for n in names("青禾智航完成1亿美元天使轮融资 创国内具身智能天使轮纪录") if "具身" in n]
    assert names("公司持续发展人工智能业务。") == []


def test_a_name_before_a_field_term_stays_a_name():
    # near miss: a coined head (no verb, no scope word) before 具身智能 is a company
    assert "澄川具身智能" in names("澄川具身智能完成融资。")


def test_a_latin_name_with_an_ai_ending_stays_a_name():
    # near miss: only terms of the trade side by side (GPU AI) are dropped, not a name ending in AI
    assert "Northwind AI" in names("Northwind AI与青禾电子签署合作协议。")


def test_an_adverb_after_a_product_noun_is_no_name():
    text = "澄川精密三季度营收80亿元，其中服务器依然是主要来源。该公司净利润5亿元。"
    assert not [n for n in names(text) if "依然" in n]
    fin = facts(text, "financial")
    assert len(fin) == 2 and all(f["company"] == ["澄川精密"] for f in fin)


def test_a_count_cut_in_two_is_no_name():
    assert names("青禾机器人与国内一家知名企业签订合同。") == ["青禾机器人"]
    assert not [n for n in names("在放弃这笔交易的同时，青禾电子宣布拟投资北辰智控。") if "交易" in n]


def test_a_stretch_opening_with_the_last_character_of_a_noun_is_no_name():
    assert not [n for n in names("该项转让尚需青禾科技股东会批准。") if n.startswith("会")]
    assert not [n for n in names("北辰基金受让179万股。受让方取得的股份在6个月内不得转让。") if n.startswith("方")]


def test_a_name_after_a_noun_that_opens_with_its_own_word_stays():
    # near miss: 收购方|方正…: the candidate's first two characters are a word of their own (方正), a name's head
    assert "方正澄川" in names("青禾科技拟收购方正澄川。")


def test_nouns_joined_by_ji_are_no_name():
    text = "青禾电子近日收到北辰智控科技（上海）有限公司（下称“北辰智控”）管理层及交易对方的通知，决定终止收购北辰智控。"
    assert not [n for n in names(text) if "管理层" in n]
    acq = facts(text, "acquisition")
    assert acq and all(f["acquirer"] == ["青禾电子"] for f in acq)


def test_two_names_joined_by_he_stay_names():
    # near miss: a name joined to another name is a pair of names, not a phrase of nouns
    assert {"澄川资本", "岚山创投"} <= set(names("澄川资本和岚山创投共同投资了青禾智能。"))


def test_placement_and_holding_change_terms_are_no_names():
    assert names("最终12家机构获配，涵盖基金公司、证券公司等。") == []
    assert names("权益变动后，孙立的持股比例降至6%。") == []


# E. start-ups introduced by a category noun with a Latin name in brackets


def entities(text: str) -> list[list[str]]:
    from dealgraph.resolve import resolve_document
    return sorted(sorted(e.names) for e in resolve_document(_doc(text)).entities.values())


def test_a_startup_name_opening_with_qi_before_its_latin_name_is_a_name():
    text = "初创企业其睿智驾（QRUI）今日宣布完成1亿元天使轮融资，由澄川资本领投。其睿智驾由周宁于2024年创立。"
    assert "其睿智驾" in names(text)
    assert facts(text, "investment") == [{"investor": ["澄川资本"], "investee": ["其睿智驾"]}]
    assert facts(text, "founding") == [{"founder": ["周宁"], "company": ["其睿智驾"]}]


def test_a_startup_name_opening_with_ta_and_its_latin_name_are_one_company():
    text = "机器人公司它山动力（TASHAN）近日完成2亿元A轮融资，由澄川资本领投。"
    assert ["TASHAN", "它山动力"] in entities(text)
    assert facts(text, "investment") == [{"investor": ["澄川资本"], "investee": ["它山动力"]}]


def test_a_latin_name_in_brackets_after_a_known_shape_is_the_same_company():
    text = "青禾电子（Northwind Robotics）宣布完成3亿元B轮融资，由岚山创投领投。"
    assert ["Northwind Robotics", "青禾电子"] in entities(text)


def test_ta_after_a_founding_sentence_stays_a_pronoun():
    # near miss: 它 followed by an adverb and a verb, no bracket and no category noun: a pronoun, no company 它随后
    text = "青禾科技成立于2019年。它随后宣布完成5000万元融资。"
    assert not [n for n in names(text) if n.startswith("它") and n != "它"]
    assert all(f["investee"] == ["青禾科技"] for f in facts(text, "investment"))


def test_a_stock_code_in_brackets_is_no_alias():
    # near miss: a code (or a ticker) in brackets names no second company and is no alias
    text = "青禾科技（688999.SH）拟以3亿元收购澄川智能60%股权。"
    assert entities(text) == sorted([["青禾科技"], ["澄川智能"]])
    assert ["青禾科技"] in entities("青禾科技（QHKJ.O）宣布回购股份。")


def test_a_trade_term_in_brackets_after_a_category_noun_is_no_name():
    # near miss: 企业级大模型（LLM）: a term of the trade glossed, no company
    assert not [n for n in names("公司发布企业级大模型（LLM）产品。") if "大模型" in n]


def test_qi_after_a_copula_is_the_company_the_clause_before_is_about():
    text = ("青禾智能完成2亿元A轮融资。北辰资本近年频繁出手。2024年5月，成立两年的澄川机器人宣布完成3亿元融资，"
            "北辰资本也是其早期投资方之一。")
    inv = [f for f in facts(text, "investment") if "北辰资本" in f["investor"]]
    assert inv and all(f["investee"] == ["澄川机器人"] for f in inv)


def test_qi_after_a_copula_without_a_subject_before_keeps_the_topic():
    # near miss: the clause before names no company opening it before its verb; 其 keeps the sentence's topic
    text = "青禾智能完成2亿元A轮融资。据悉，北辰资本也是其早期投资方之一。"
    inv = [f for f in facts(text, "investment") if "北辰资本" in f["investor"]]
    assert inv and all(f["investee"] == ["青禾智能"] for f in inv)


# L. a bare founder title opening a sentence after a sentence that introduces a company


def founding_dates(text: str) -> list[tuple[list[str], list[str], str | None]]:
    return [([m.canonical or m.text for m in f.roles["founder"]], [m.canonical or m.text for m in f.roles["company"]],
             f.date.value.value if f.date else None) for f in _doc(text).facts
            if f.type == "founding" and f.roles["founder"]]


def test_a_bare_title_after_an_introducing_sentence_takes_that_company():
    text = ("北辰资本今日否认了入股传闻，北辰资本股价随后回落。北辰资本方面未再评论。\n"
            "青禾智能成立于2022年5月，总部位于苏州。创始人周宁此前在北辰资本任职。")
    assert founding_dates(text) == [(["周宁"], ["青禾智能"], "2022-05")]


def test_a_bare_title_after_a_company_described_as_one_of_a_kind():
    text = ("北辰资本今日宣布入股澄川机器人，北辰资本股价随后上涨。北辰资本方面表示看好机器人赛道。\n"
            "青禾智能是一家工业软件企业。创始人周宁曾任职于北辰资本。")
    assert founding_dates(text) == [(["周宁"], ["青禾智能"], None)]


def test_a_bare_title_after_a_sentence_about_the_investor_keeps_the_founded_company():
    # near miss: the sentence before is about the round's investor, it introduces no company; 青禾智能 stays
    text = "青禾智能成立于2022年5月。本轮由北辰资本领投。创始人周宁表示，资金将用于研发。"
    assert [f[:2] for f in founding_dates(text)] == [(["周宁"], ["青禾智能"])]


def test_a_bare_title_after_an_introducing_sentence_in_another_paragraph_does_not_take_it():
    # near miss: the introducing sentence closes the paragraph before; the title opens a new one about 北辰资本
    text = "青禾智能成立于2022年5月。\n北辰资本今日宣布完成新一期基金募集，北辰资本此前投资了多家机器人企业。创始人周宁表示将继续加码。"
    assert not [f for f in founding_dates(text) if f[1] == ["青禾智能"]]


# M. a founder named with an adverb or "another identity" before the copula, a kind of company before the name


def test_also_is_the_founder_of_a_company():
    assert founding_dates("青禾智能CEO周宁也是澄川投资的创始人。") == [(["周宁"], ["澄川投资"], None)]
    assert founding_dates("周宁同时是量化私募澄川投资的创始人。") == [(["周宁"], ["澄川投资"], None)]


def test_another_identity_is_the_founder_of_a_company_of_a_kind():
    assert founding_dates("青禾智能CEO周宁另一重身份是私募机构澄川投资的创始人。") == [(["周宁"], ["澄川投资"], None)]


def test_a_classmate_of_the_founder_founded_nothing():
    # near miss: the title describes someone else (创始人的大学同学)
    assert founding_dates("青禾智能CEO周宁也是澄川投资创始人的大学同学。") == []
    assert founding_dates("周宁还是澄川投资创始人的大学同学。") == []


# R. "one of the leads" in apposition before a name


def test_one_of_the_leads_before_a_name_is_no_new_investment():
    text = ("青禾智能完成2亿元A轮融资，本轮由北辰资本领投。首席执行官周宁曾在大疆负责机器视觉。"
            "领投方之一北辰资本的合伙人孙立将加入董事会。")
    assert facts(text, "investment") == [{"investor": ["北辰资本"], "investee": ["青禾智能"]}]


def test_one_of_two_leads_doing_something_else_is_no_investment_in_it():
    text = "青禾智能完成2亿元A轮融资，本轮由北辰资本、澄川资本领投。领投方之一澄川资本今年已在机器人领域投出8个项目。"
    assert facts(text, "investment") == [{"investor": ["北辰资本", "澄川资本"], "investee": ["青禾智能"]}]
    text = "青禾智能完成2亿元A轮融资，本轮由北辰资本领投。跟投方之一岚山创投表示看好公司前景。"
    assert facts(text, "investment") == [{"investor": ["北辰资本"], "investee": ["青禾智能"]}]


def test_one_of_the_leads_is_named_after_the_copula():
    # near miss for the apposition rule: 领投方之一为B states B as a lead of the round
    text = "青禾智能完成2亿元A轮融资，领投方之一为北辰资本。"
    assert facts(text, "investment") == [{"investor": ["北辰资本"], "investee": ["青禾智能"]}]


# 等人 after the founders' names


def test_founders_named_before_dengren_found_the_company():
    assert founding_dates("王澄等人于2020年创立了青禾智能。") == [(["王澄"], ["青禾智能"], "2020")]
    assert [f[:2] for f in founding_dates("王澄、孙立等人创办的青禾智能今年完成融资。")] == [(["王澄", "孙立"], ["青禾智能"])]


def test_both_founders_listed_right_before_the_verb_found_it():
    assert [f[:2] for f in founding_dates("王澄、孙立创办的青禾智能今年完成融资。")] == [(["王澄", "孙立"], ["青禾智能"])]


def test_a_company_before_deng_is_no_person():
    # near miss: 北辰资本等 is a company (and others), not a person named before 等人
    assert not [m for m in _doc("北辰资本等于2020年创立了青禾基金。").mentions if m.kind == "person"]


# 此次 … 公司: a clause up to a name, no description that refers


def coref_texts(text: str) -> list[str]:
    return [m.text for m in _doc(text).mentions if m.source == "coref"]


def test_this_time_up_to_a_named_broker_is_no_reference():
    text = "青禾科技董事长孙立通过询价转让方式转让所持公司股份300万股。此次转让由北辰公司担任组织券商。"
    assert not [c for c in coref_texts(text) if len(c) > 3]


def test_a_description_of_a_kind_of_company_still_refers():
    # near miss: 该半导体公司 describes a company; it refers
    text = "青禾科技拟收购北辰智能。该半导体公司去年营收3亿元。"
    assert "该半导体公司" in coref_texts(text)


# 借壳 and 人士: a listing's kind and a person's description, no names


def test_a_backdoor_listing_as_a_kind_of_deal_names_no_company():
    text = ("青禾科技拟以16亿元收购A股上市公司澄川股份43%的股份，取得其控制权。澄川股份随后连续涨停，"
            "市场猜测这是一次“机器人独角兽借壳上市”。")
    assert "借壳" not in names(text)
    assert facts(text, "listing") == []
    assert facts("两家公司的交易都没有构成借壳上市。", "listing") == []


def test_a_company_named_before_jieke_is_listed_through_it():
    # near miss: 青禾科技借壳上市: the company that lists through a shell is named right before 借壳
    assert facts("青禾科技借壳上市。", "listing") == [{"company": ["青禾科技"]}]


def test_a_described_person_is_no_company():
    text = "资深投行人士王澜对《澄川日报》记者分析表示，两笔收购的结构相近。"
    assert not [n for n in names(text) if "人士" in n]


def test_a_negated_word_is_no_company():
    text = "股权结构方面，公司无单一控股股东，联合创始人兼CEO周宁与联合创始人孙立为共同实际控制人。"
    assert not [n for n in names(text) if n.startswith("无")]
    assert not [f for f in facts(text, "founding") if f["company"] and f["company"][0].startswith("无")]


def test_a_name_opening_with_wu_stays_a_name():
    # near miss: 无 before characters that make no word opens a name
    assert "无澜芯穹" in names("无澜芯穹完成5亿元A轮融资。")


def test_a_company_denying_a_backdoor_listing_keeps_its_denial():
    # near miss for the 借壳 rule: the company is named in the clause (its subject), the listing is its (denied)
    assert facts("青禾科技随后否认了此举意在借壳上市。", "listing") == [{"company": ["青禾科技"]}]


# a split round's name, 除了B还投资了C, a person's name before 过去


def test_a_split_rounds_name_is_no_company():
    text = "去年年末，澄川资本联合领投了青禾机器人的数亿元Pre-A++轮融资。"
    assert not [n for n in names(text) if n.startswith("Pre")]
    assert facts(text, "investment") == [{"investor": ["澄川资本"], "investee": ["青禾机器人"]}]


def test_a_latin_name_opening_with_pre_before_a_firm_ending_stays():
    # near miss: no 轮 after the Latin run; Pre-A is a name there
    assert facts("Pre-A资本领投了青禾机器人。", "investment") == [{"investor": ["Pre-A"], "investee": ["青禾机器人"]}]


def test_besides_one_holding_the_subject_invests_in_others():
    text = "澄川控股在机器人领域，除了青禾科技还投资了北辰智能、岚山动力等企业。"
    assert facts(text, "investment") == [{"investor": ["澄川控股"], "investee": ["北辰智能"]},
                                          {"investor": ["澄川控股"], "investee": ["岚山动力"]}]


def test_besides_a_company_another_subject_invests():
    # near miss: 除了B opens the sentence and a subject of its own follows (北辰资本也投资了…)
    assert facts("除了青禾科技，北辰资本也投资了岚山动力。", "investment") == [{"investor": ["北辰资本"], "investee": ["岚山动力"]}]


def test_guoqu_after_a_founders_name_is_no_part_of_it():
    text = ("青禾智能再度拿下一笔1亿美元的天使+轮投资。这家企业核心成员来自澄川科技和北辰电子，"
            "创始人周宁过去被视为澄川科技自动驾驶团队的核心人物。")
    assert [f[:2] for f in founding_dates(text)] == [(["周宁"], ["青禾智能"])]


def test_a_bare_title_after_two_clauses_takes_the_company_founded_in_the_first():
    text = "青禾智能成立于2024年，核心成员来自澄川科技，创始人周宁此前任职于北辰电子。"
    assert founding_dates(text) == [(["周宁"], ["青禾智能"], "2024")]


# a founder with unnamed companions and an aside on them


def test_a_name_in_an_aside_on_the_companions_founded_nothing():
    text = "2010年，周宁和几个伙伴（部分是他的复旦大学同学）一同创立了澄川科技。"
    assert founding_dates(text) == [(["周宁"], ["澄川科技"], "2010")]


def test_founders_joined_with_yitong_found_the_company():
    assert founding_dates("2010年，周宁与孙立一同创立了澄川科技。") == [(["周宁", "孙立"], ["澄川科技"], "2010")]


def test_a_founder_with_an_aside_on_itself_still_founds():
    # near miss: the aside describes the founders; those named before it still found the company
    text = "2010年，澄川资本与北辰资本（北辰集团的子公司）共同创立了澄川科技。"
    assert [f[:2] for f in founding_dates(text)] == [(["澄川资本", "北辰资本"], ["澄川科技"])]

"""Parties an announcement names only in its head (the title, the header's short name) or as the company announcing:
a holder's rank opening a clause (控股股东A拟增持…) is in that company; 我司 is that company; the title's deal gives
way to the body's reading of the same deal. Sentences written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def read(text: str, ref: str = "2025-06-30") -> list[tuple]:
    return sorted((f.type, f.modality, tuple((r, tuple(m.canonical for m in ms)) for r, ms in f.roles.items()))
                  for f in extract("t", text, ref).facts)


def test_a_controlling_holder_under_the_title_holds_the_company_and_plans_to_buy_more():
    text = ("青桐电气股份有限公司关于大股东增持计划的公告\n"
            "控股股东远湖集团打算于明年上半年增持公司股份，金额至少8000万元。")
    assert read(text) == [
        ("investment", "planned", (("investor", ("远湖集团",)), ("investee", ("青桐电气股份有限公司",)))),
        ("shareholding", "asserted", (("holder", ("远湖集团",)), ("company", ("青桐电气股份有限公司",))))]


def test_the_company_on_its_own_line_above_the_title_is_the_one_held():
    text = ("青桐电气股份有限公司\n关于控股股东增持计划的公告\n"
            "控股股东远湖集团打算于明年上半年增持公司股份。")
    holdings = [f for f in extract("t", text, "2025-06-30").facts if f.type == "shareholding"]
    assert [(f.roles["holder"][0].canonical, f.roles["company"][0].canonical, f.qualifiers.get("rank"))
            for f in holdings] == [("远湖集团", "青桐电气股份有限公司", "controlling")]


def test_a_controlling_holder_after_the_announcement_clause():
    text = "青桐电气（603377）晚间公告，控股股东远湖集团打算增持公司股份至少1%。"
    assert ("shareholding", "asserted", (("holder", ("远湖集团",)), ("company", ("青桐电气",)))) in read(text)


def test_a_rank_opening_a_sentence_of_no_announcement_holds_nothing():
    text = "控股股东远湖集团打算增持公司股份至少1%。"
    assert not [f for f in extract("t", text, "2025-06-30").facts if f.type == "shareholding"]


def test_the_other_party_of_a_holders_agreement_is_no_holder():
    text = ("青桐电气关于股东协议转让部分股份的公告\n"
            "公司股东远湖集团与南屿资本签订了《股份转让协议》，远湖集团打算把持有的公司股份600万股转给南屿资本。")
    holders = [f.roles["holder"][0].canonical for f in extract("t", text, "2025-06-30").facts
               if f.type == "shareholding"]
    assert holders == ["远湖集团"]


def test_the_header_short_name_is_the_company_whose_shares_are_sold():
    text = ("证券代码：603377 证券简称：青桐电气 公告编号：2025-031\n关于股东协议转让部分股份的公告\n"
            "远湖集团与南屿资本签订了《股份转让协议》，远湖集团打算把持有的公司股份600万股转让给南屿资本。")
    sales = [f for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"]
    assert [(f.modality, [m.canonical for m in f.roles["seller"]], [m.canonical for m in f.roles["target"]],
             [m.canonical for m in f.roles["acquirer"]]) for f in sales] == \
        [("planned", ["远湖集团"], ["青桐电气"], ["南屿资本"])]


def test_we_in_an_announcement_is_the_company_announcing():
    text = ("青桐电气股份有限公司关于购买澜舟传感股权的公告\n"
            "我司打算斥资3000万元购买澜舟传感有限公司20%的股权。")
    acquisitions = [f for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"]
    assert [(f.modality, f.roles["acquirer"][0].canonical) for f in acquisitions] == \
        [("planned", "青桐电气股份有限公司")]


def test_the_titles_deal_gives_way_to_the_bodys_plan():
    text = "青桐电气关于收购澜舟传感六成股权的公告\n公司打算以现金2.4亿元收购澜舟传感60%股权。"
    acquisitions = [f for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"]
    assert [(f.modality, f.roles["acquirer"][0].canonical, f.roles["target"][0].canonical)
            for f in acquisitions] == [("planned", "青桐电气", "澜舟传感")]


def test_the_buyer_labelled_by_its_role_is_named_by_that_role_later():
    text = ("青桐电气晚间公告，公司控股股东远湖集团与南屿资本有限公司（受让方）签定了《股份转让意向书》，"
            "远湖集团打算向受让方转让其所持公司3100万股股份。")
    sales = [f for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"]
    assert [(f.modality, [m.canonical for m in f.roles["seller"]], [m.canonical for m in f.roles["target"]],
             [m.canonical for m in f.roles["acquirer"]]) for f in sales] == \
        [("planned", ["远湖集团"], ["青桐电气"], ["南屿资本有限公司"])]
    holders = [f.roles["holder"][0].canonical for f in extract("t", text, "2025-06-30").facts
               if f.type == "shareholding"]
    assert holders == ["远湖集团"]  # the other party of the agreement (签定) holds nothing


def test_the_role_word_is_no_verb_and_names_nobody_unlabelled():
    text = "青桐电气公告，远湖集团打算向受让方转让其所持公司3100万股股份。"
    assert not [f for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"
                and any(m.text == "受让方" for ms in f.roles.values() for m in ms)]
    assert not [f for f in extract("t", text, "2025-06-30").facts if f.rule.endswith(":受让")]


def test_its_own_shares_after_a_verb_of_giving_away_are_the_subjects():
    from dealgraph.extract.document import Doc
    from dealgraph.extract.registry import default_pipeline

    text = "青桐电气公告，远湖集团打算向南屿资本有限公司转让其所持公司3100万股股份。"
    doc = Doc("t", text, "2025-06-30")
    for component in default_pipeline()[:4]:  # sentences, values, mentions, references
        component(doc)
    its = [m for m in doc.mentions if m.text == "其"]
    assert [m.canonical for m in its] == ["远湖集团"]


def test_the_company_defined_as_the_company_is_the_one_whose_shares_are_sold():
    text = ("一、股东持股情况\n截至本公告日，远湖集团（以下简称“远湖”）持有青桐电气股份有限公司（下称“公司”）"
            "股份4200万股，其一致行动人南屿投资持有公司股份900万股，南屿投资的股份来源为公司首发前股份。\n"
            "二、减持计划\n股东远湖打算于下一季度经大宗交易减持其持有的公司股份至多800万股。")  # not 南屿投资
    sales = [f for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"]
    assert [([m.canonical for m in f.roles["seller"]], [m.canonical for m in f.roles["target"]], f.modality)
            for f in sales] == [(["远湖集团"], ["青桐电气股份有限公司"], "planned")]


def test_the_company_an_announcement_defines_as_the_company_heads_it():
    from dealgraph.extract.coref import title_company
    from dealgraph.extract.document import Doc
    from dealgraph.extract.registry import default_pipeline

    text = ("一、股东持股情况\n截至本公告日，南屿投资持有公司股份900万股；南屿投资之外，远湖集团持有青桐电气股份有限公司"
            "（下称“公司”）股份4200万股。\n二、减持计划\n股东远湖打算于下一季度减持公司股份至多800万股。")
    doc = Doc("t", text, "2025-06-30")
    for component in default_pipeline()[:4]:  # sentences, values, mentions, references
        component(doc)
    assert title_company(doc, len(doc.sentences) - 1).canonical == "青桐电气股份有限公司"

"""Names and readings checked in round 20 on general AI-industry news (model launches, product pages).
Sentences written by the team."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in extract("t", text, "2025-06-30").mentions]


def _facts(text: str, kind: str) -> list[dict[str, list[str]]]:
    return [{role: [m.text for m in ms] for role, ms in f.roles.items()}
            for f in extract("t", text, "2025-06-30").facts if f.type == kind]


def test_a_known_company_then_a_launch_verb_is_no_subsidiary():
    assert _mentions("该模型由京东开源。") == [("京东", "organization")]
    assert ("京东", "organization") in _mentions("这款芯片是百度自研的，京东量产的机器人也已上市。")
    assert ("百度", "organization") in _mentions("这款芯片是百度自研的。")


def test_a_known_company_then_two_more_characters_still_names_a_unit():
    assert ("腾讯影业", "organization") in _mentions("腾讯影业就此发表声明。")


def test_an_english_term_and_its_acronym_in_brackets_gloss_a_common_term():
    names = [n for n, _ in _mentions("星河模型采用混合专家(Mixture-of-Experts，MoE)架构。它聚焦推理效率。")]
    assert "MoE" not in names and "Mixture-of-Experts" not in names
    assert _facts("星河模型采用混合专家(Mixture-of-Experts，MoE)架构。它聚焦推理效率。", "focus") == []


def test_a_company_glossed_with_its_english_name_and_acronym_keeps_them():
    names = [n for n, _ in _mentions("澜舟科技(Langboat, LBT)宣布完成融资。")]
    assert "澜舟科技" in names and "Langboat" in names


def test_a_person_then_a_focus_verb_names_no_company():
    assert _mentions("如韩青聚焦医疗AI，陆之远深耕金融大模型。") == []
    assert _facts("星河科技聚焦医疗AI。", "focus") == [{"company": ["星河科技"]}]


def test_a_focus_turned_to_by_people_is_not_the_company_s():
    text = "澄川智能估值80亿元，高管接连离开，其中联合创始人孟川等人纷纷转向大模型创业。"
    assert _facts(text, "focus") == []
    assert _facts("星河科技创始人王明表示，公司将聚焦医疗AI。", "focus") == [{"company": ["星河科技"]}]


def test_a_company_s_product_launched_by_a_person_founds_nothing():
    assert _facts("王岚在职期间主导推出了澄川科技首颗7nm训练芯片澜芯一号。", "founding") == []
    assert _facts("王岚于2019年推出了澄川科技。", "founding") == [{"founder": ["王岚"], "company": ["澄川科技"]}]


def test_a_company_described_by_its_tie_to_another_is_the_subject_not_the_other():
    assert _facts("澄川资本重仓的芯片公司要上市了！青禾科技IPO获受理。", "listing") == [{"company": ["青禾科技"]}]
    assert _facts("星河科技的子公司将于下月上市。", "listing") == []
    assert _facts("星河科技将于下月上市。", "listing") == [{"company": ["星河科技"]}]
    assert _facts("澄川资本投资的青禾科技已经上市。", "listing") == [{"company": ["青禾科技"]}]


def _english(text: str) -> list[tuple[str, str, float | None]]:
    return [(f.type, f.modality, f.qualifiers["value"].value.value if f.qualifiers.get("value") else None)
            for f in extract("t", text, "2025-06-30").facts if f.type == "financial"]


def test_an_analysts_estimate_is_no_figure_of_the_company():
    text = ("Revenue from Northwind's cloud unit dropped 7% to $5.9 billion for the period, while analysts on average "
            "had expected revenue of $6.2 billion.")
    assert _english(text) == [("financial", "asserted", 5.9e9)]
    assert _english("Northwind expects revenue of roughly $17.4 billion for the coming quarter, while analysts were "
                    "expecting revenue of $17.3 billion.") == [("financial", "expected", 17.4e9)]


def test_the_source_of_an_estimate_does_not_make_the_figure_a_report():
    text = ("Northwind's revenue dropped 7% to $5.9 billion for the period, while analysts had expected $6.2 billion, "
            "according to FactSet.")
    assert _english(text) == [("financial", "asserted", 5.9e9)]
    assert _english("Northwind's revenue dropped 7% to $5.9 billion for the period, according to people familiar "
                    "with the matter.") == [("financial", "reported", 5.9e9)]


def _listings(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.roles["company"][0].text, f.modality, f.amount.value.text if f.amount else None)
            for f in extract("t", text, "2025-06-30").facts if f.type == "listing"]


def test_a_listing_carries_what_it_raises():
    assert _listings("澄川科技科创板IPO获受理，拟募资60亿元。") == [("澄川科技", "asserted", "60亿元")]
    assert _listings("澄川科技于2024年5月在港交所上市，募资净额约12亿港元。") == [("澄川科技", "asserted", "约12亿港元")]
    assert _listings("青禾科技计划赴港上市，集资约3亿美元。") == [("青禾科技", "planned", "约3亿美元")]
    assert _listings("Northwind raised $1.1 billion in its Hong Kong IPO on Friday.") == \
        [("Northwind", "asserted", "$1.1 billion")]
    assert _listings("Shares of Northwind rose 40% on their first day of trading, following its $1.1 billion listing.") \
        == [("Northwind", "asserted", "$1.1 billion")]


def test_a_round_or_another_listing_s_money_is_no_listing_s_proceeds():
    assert _listings("青禾科技完成5亿元C轮融资，并计划于明年上市。") == [("青禾科技", "planned", None)]
    assert _listings("澄川科技在港上市，青禾科技也于同日上市，募资3亿港元。") == \
        [("澄川科技", "asserted", None), ("青禾科技", "asserted", "3亿港元")]
    assert _listings("Northwind, which raised $200 million from Lanting Ventures last year, filed for an IPO on Monday.") \
        == [("Northwind", "asserted", None)]


def test_money_raised_after_a_sentence_on_offerings_in_the_plural_is_no_round():
    text = ("Two chipmakers are preparing initial public offerings. Northwind plans to raise 8 billion yuan, while "
            "Lanting targets 3.9 billion yuan, the paper reported.")
    assert [f.type for f in extract("t", text, "2025-06-30").facts if f.type == "investment"] == []


def test_holders_listed_before_a_comma_then_each_hold_their_stake():
    text = ("青禾科技的主要股东为澄川资本(0700)持有约13.6%股权;岚山创投、星河资本及北辰集团(1177),分别持有8.2%、"
            "2.9%和0.6%的股权。")
    found = [({r: [m.text for m in ms] for r, ms in f.roles.items()}, f.stake.text)
             for f in extract("t", text, "2025-06-30").facts if f.type == "shareholding"]
    assert ({"holder": ["岚山创投"], "company": ["青禾科技"]}, "8.2%") in found
    assert ({"holder": ["北辰集团"], "company": ["青禾科技"]}, "0.6%") in found
    assert ({"holder": ["澄川资本"], "company": ["青禾科技"]}, "约13.6%") in found


def test_a_known_company_s_branch_keeps_its_company_word():
    assert ("中国电信甘肃公司", "organization") in _mentions("澄川科技与中国电信甘肃公司签署了框架协议。")
    assert ("中国移动甘肃分公司", "organization") in _mentions("青禾大学与中国移动甘肃分公司签署合作协议。")
    assert ("腾讯影业", "organization") in _mentions("腾讯影业就此发表声明。")


def _english_facts(text: str, kind: str) -> list[dict[str, list[str]]]:
    return _facts(text, kind)


def test_co_founders_named_after_along_with():
    assert _english_facts("Mara Olsen co-founded Norvane in December 2015 along with Greg Holt and Anna Lee.",
                          "founding") == [{"founder": ["Mara Olsen", "Greg Holt", "Anna Lee"], "company": ["Norvane"]}]
    assert _english_facts("Mara Olsen founded Norvane in 2019, along with Lanting Ventures.", "founding") == \
        [{"founder": ["Mara Olsen"], "company": ["Norvane"]}]


def test_an_aside_on_the_founder_may_name_others_too():
    assert _english_facts("Olsen, who led Reyes's ouster, founded Norvane last year.", "founding") == \
        [{"founder": ["Olsen"], "company": ["Norvane"]}]
    assert _english_facts("Mara Olsen, who left Veltrix in 2020, founded Norvane in 2021.", "founding") == \
        [{"founder": ["Mara Olsen"], "company": ["Norvane"]}]


def test_the_company_a_person_joins_to_focus_on_something_is_not_the_one_focusing():
    assert _english_facts("Reyes left Northwind in August for Lanting Robotics to focus on AI safety.", "focus") == []
    assert _english_facts("Lanting Robotics focuses on warehouse robots.", "focus") == [{"company": ["Lanting Robotics"]}]


def test_talks_with_named_investors_about_a_round_are_a_reported_investment():
    text = ("Northwind is in talks with backers including Lanting Ventures, Kestrel Capital and the investment "
            "firm Brisa for a deal that would value it at $10 billion.")
    found = [(f.modality, {r: [m.text for m in ms] for r, ms in f.roles.items()})
             for f in extract("t", text, "2025-06-30").facts if f.type == "investment"]
    assert found == [("reported", {"investor": ["Lanting Ventures", "Kestrel Capital", "Brisa"],
                                   "investee": ["Northwind"]})]
    assert _facts("Northwind is in talks with Lanting Robotics about a supply deal for its chips.", "investment") == []


def _figures(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    out = []
    for f in extract("t", text, "2025-12-31").facts:
        if f.type == "financial":
            q = f.qualifiers
            out.append((f.roles["company"][0].text, q["value"].text if q.get("value") else None,
                        q["change"].text if q.get("change") else None,
                        q["period"].value.value if q.get("period") else None))
    return out


def test_a_quarter_with_a_two_digit_year():
    assert _figures("澄川科技25Q3实现营收24.7亿元。") == [("澄川科技", "24.7亿元", None, "2025-Q3")]
    assert _figures("澄川科技3Q25实现营收24.7亿元。") == [("澄川科技", "24.7亿元", None, "2025-Q3")]
    assert _figures("澄川科技1H25营收12亿元。") == [("澄川科技", "12亿元", None, "2025-H1")]
    assert _figures("澄川科技的H100 GPU营收12亿元。")[0][3] is None


def test_a_share_price_is_no_company_figure():
    found = _figures("澄川科技首次实现经调整利润盈利，券商维持其增持评级，目标价10.03港元。")
    assert [value for _, value, _, _ in found] == [None] * len(found)
    assert _figures("澄川科技2025年实现营收12亿元，股价报11.9港元。") == [("澄川科技", "12亿元", None, "2025")]


def test_revenue_from_a_source_is_not_the_source_s_revenue():
    found = _figures("澄川云25Q3实现营收24.7亿元。来自青禾-澄川生态的收入达6.9亿元，同比增长83.8%。")
    assert all(company == "澄川云" for company, _, _, _ in found)


def test_a_guidance_range_in_brackets_is_no_change_of_the_figure():
    text = "澄川半导体3Q25实现销售收入23.8亿美元，同比增长9.7%，创季度收入新高，超出指引区间上沿(环比增长4%-6%)。"
    assert _figures(text) == [("澄川半导体", "23.8亿美元", "同比增长9.7%", "2025-Q3")]


def test_a_person_shaped_name_before_a_focus_verb_takes_no_carried_company():
    text = "以王明为例，其离职时恰逢星河科技融资。离职高管普遍选择创业，如韩青聚焦医疗AI。"
    assert _facts(text, "focus") == []
    assert _facts("星河科技成立于2019年。公司聚焦医疗AI。", "focus") == [{"company": ["星河科技"]}]


def test_an_analysts_forecast_is_no_asserted_figure():
    facts = [f for f in extract("t", "券商将公司未来三年的净利润预测上调至6.4/8.0/9.4亿美元。澄川半导体3Q25实现营收"
                                     "23.8亿美元。", "2025-12-31").facts if f.type == "financial"]
    assert {f.modality for f in facts if f.qualifiers["value"].text != "23.8亿美元"} <= {"expected"}


def test_english_amounts_with_a_hyphen_before_the_scale():
    from dealgraph.values.money import find_money

    assert [(m.text, m.value) for _, _, m in find_money("an Alibaba-led, $1-billion investment")] == \
        [("$1-billion", 1e9)]
    plus = [m for _, _, m in find_money("a US$300-plus million round")][0]
    assert (plus.value, plus.min, plus.max) == (3e8, 3e8, None)
    assert [(m.min, m.max) for _, _, m in find_money("$1-2 billion")] == [(1e9, 2e9)]


def test_a_holding_of_a_class_of_shares_and_a_single_existing_backer():
    found = [(f.roles["holder"][0].text, f.stake.text) for f in
             extract("t", "Lanting owns roughly 36% of the preference shares in Northwind AI.", "2025-06-30").facts
             if f.type == "shareholding"]
    assert found == [("Lanting", "roughly 36%")]
    text = "Lanting Ventures led a $50 million round in Northwind with existing backer Kestrel Capital."
    assert _facts(text, "investment") == [{"investor": ["Lanting Ventures", "Kestrel Capital"], "investee": ["Northwind"]}]


def test_how_far_a_thing_has_got_is_no_name():
    text = "为加快基金落地进度，经青禾产业基金合伙人协商一致，拟引入新投资人澄川科技有限公司。"
    assert all("进度" not in name for name, _ in _mentions(text))
    assert not any("落地进度" in names for f in _facts(text, "investment") for names in f.values())


def test_a_report_s_bare_company_is_its_unnamed_company_not_one_named_since():
    text = "报告给予公司买入评级。澄川科技的新芯片将于明年出货，公司作为首批供应商参与。公司加大研发投入，前三季度研发投入达7亿元。"
    assert _facts(text, "financial") == []
    named = "星河科技2024年营收增长20%。公司加大研发投入，前三季度研发投入达7亿元。"
    assert _facts(named, "financial") == [{"company": ["星河科技"]}, {"company": ["星河科技"]}]

"""Precision on wordings met in AI-industry news (round 22 sweep): the holders listed before 合计所持上市公司股份 sell
and are never what is bought, even when the last holder's name is guessed up to 所持. Sentences written for this
file, with invented names."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def deals(text: str, ref: str = "2025-06-30") -> list[tuple]:
    out = []
    for f in extract("t", text, ref).facts:
        if f.type in ("acquisition", "investment"):
            roles = {k: tuple(sorted(m.canonical for m in v)) for k, v in f.roles.items() if v}
            out.append((f.type, f.modality, roles))
    return out


def targets(text: str) -> set[str]:
    return {m for _, _, roles in deals(text) for m in roles.get("target", ())}


def test_holders_listed_before_heji_suochi_are_not_bought():
    text = "澄川芯片以18.5元/股受让青禾控股、岚山贸易、尤建明合计所持上市公司900万股股份，转让价款合计1.66亿元。"
    assert not targets(text) & {"青禾控股", "岚山贸易"}
    assert not any("所持" in t for t in targets(text))


def test_a_second_transfer_in_the_sentence_does_not_buy_a_holder_of_the_first():
    text = ("澄川芯片受让青禾控股、岚山贸易、尤建明合计所持上市公司900万股股份，转让价款合计1.66亿元；"
            "同时，方东明以同样价格受让北辰投资、岚山贸易合计所持上市公司600万股股份，转让价款合计1.1亿元。")
    assert not targets(text) & {"青禾控股", "岚山贸易", "北辰投资"}


def test_the_company_written_about_is_still_bought_from_the_holder():
    text = "星澜电子公告，澄川芯片受让青禾控股所持公司900万股股份。"
    assert ("acquisition", "asserted", {"acquirer": ("澄川芯片",), "target": ("星澜电子",), "seller": ("青禾控股",)}) \
        in deals(text)


def test_a_named_company_after_the_holding_is_still_bought():  # near miss: a company is named after 所持
    text = "澄川芯片受让青禾控股持有的岚山科技8%股份。"
    assert ("acquisition", "asserted", {"acquirer": ("澄川芯片",), "target": ("岚山科技",), "seller": ("青禾控股",)}) \
        in deals(text)


def financial_companies(text: str) -> list[str]:
    return [f.roles["company"][0].canonical for f in extract("t", text, "2025-06-30").facts if f.type == "financial"]


def test_a_segment_word_opening_a_figure_sentence_is_no_company():
    text = ("Northwind Robotics said quarterly revenue rose 40% to $2.1 billion. Data center revenue reached $1.6 billion. "
            "Net income soared 50% to $400 million.")
    companies = financial_companies(text)
    assert "Data" not in companies and "Net" not in companies
    assert companies and set(companies) == {"Northwind Robotics"}


def test_a_company_opening_a_segment_figure_sentence_is_still_read():  # near miss: the name is no segment word
    text = "Results beat forecasts. Velora cloud revenue rose 30% to $900 million, analysts said."
    assert "Velora" in financial_companies(text)


def english(text: str) -> list[tuple]:
    return [(f.type, f.modality, {k: tuple(m.canonical for m in v) for k, v in f.roles.items() if v})
            for f in extract("t", text, "2025-06-30").facts]


def test_a_product_or_model_debut_is_no_listing():
    assert not [f for f in english("The sensational debut of Velora rattled chip stocks worldwide.") if f[0] == "listing"]


def test_a_market_debut_is_still_a_listing():  # near miss: the market word says it is the company's shares
    assert ("listing", "asserted", {"company": ("Velora",)}) in \
        [f[:2] + ({"company": f[2]["company"]},) for f in english("The stock market debut of Velora raised $300 million.")]


def test_the_subject_that_prompted_others_to_order_is_no_buyer():
    facts = english("The debut of Velora prompted rival labs to order more than $2 billion worth of chips from Northwind.")
    assert not [f for f in facts if f[0] == "purchase" and "Velora" in f[2].get("buyer", ())]


def test_the_subject_that_orders_itself_is_still_the_buyer():  # near miss: no verb making others act
    facts = english("Velora, which led the round, ordered $2 billion of chips from Northwind.")
    assert ("purchase", "asserted", {"buyer": ("Velora",), "supplier": ("Northwind",)}) in facts


def test_a_spending_that_works_with_a_company_is_no_investment_in_it():
    text = "澄川智算宣布投入200亿元建设算力网络。此次200亿元投资选择与海外云平台企业Kestrel合作。"
    assert not [f for f in deals(text) if f[0] == "investment" and "Kestrel" in f[2].get("investee", ())]


def test_an_investment_in_a_described_company_is_still_read():  # near miss: no 与 between the verb and the name
    assert ("investment", "asserted", {"investor": ("澄川资本",), "investee": ("Kestrel",)}) in \
        deals("澄川资本投资了海外云平台企业Kestrel。")


def partners(text: str) -> list[tuple]:
    return [tuple(m.canonical for m in f.roles["party"]) for f in extract("t", text, "2025-06-30").facts
            if f.type == "partnership"]


def test_a_field_in_latin_letters_before_hezuo_is_no_partner():
    assert partners("今日，澄川集团正式宣布与全球芯片巨头岚山科技达成全面Physical AI合作协议。") == [("澄川集团", "岚山科技")]


def test_a_latin_partner_right_before_hezuo_is_still_a_partner():  # near miss: the name is the partner
    assert partners("澄川集团与Kestrel达成合作。") == [("澄川集团", "Kestrel")]


def mergers(text: str) -> list[tuple]:
    return [(f.modality, tuple(m.canonical for m in f.roles["part"])) for f in extract("t", text, "2025-06-30").facts
            if f.type == "merger"]


def test_the_parties_role_nouns_of_a_planned_merger_assert_nothing():
    text = ("青禾科技与岚山股份同日发布了合并方案。按照方案，本次吸收合并方青禾科技的换股价格为"
            "88.20元/股，被吸收合并方岚山股份的换股价格为41.05元/股。青禾科技计划通过换股吸收合并岚山股份。")
    assert mergers(text) == [("planned", ("青禾科技", "岚山股份"))]


def test_an_absorption_told_with_its_verb_is_still_read():  # near miss: 吸收合并 as the verb, not a role noun
    assert mergers("青禾科技已完成吸收合并岚山股份。") == [("asserted", ("青禾科技", "岚山股份"))]


def figures(text: str) -> list[tuple]:
    return [(f.roles["company"][0].canonical, f.qualifiers.get("metric")) for f in extract("t", text, "2025-06-30").facts
            if f.type == "financial"]


def test_the_target_company_word_gives_the_figure_to_the_company_bought():
    assert figures("青禾股份拟收购岚芯科技90%股权。标的公司2024年营收5210.3万元。") == [("岚芯科技", "revenue")]


def test_a_described_target_company_in_the_clause_before_gives_the_figure_to_it():
    text = "青禾股份拟收购岚芯科技90%股权，标的公司为芯片IP领先企业，2024年营收5210.3万元。"
    assert figures(text) == [("岚芯科技", "revenue")]


def test_the_buyer_named_in_the_clause_before_keeps_its_figure():  # near miss: the buyer described, not the target
    text = "青禾股份拟收购岚芯科技90%股权，青禾股份为芯片IP领先企业，2024年营收3.2亿元。"
    assert figures(text) == [("青禾股份", "revenue")]


def test_the_target_company_word_with_no_deal_told_gives_no_figure():
    assert figures("标的公司2024年营收5210.3万元。") == []


def owners(text: str) -> list[tuple]:
    return [(tuple(m.canonical for m in f.roles["owner"]), tuple(m.canonical for m in f.roles["unit"]))
            for f in extract("t", text, "2025-06-30").facts if f.type == "ownership"]


def test_items_each_with_its_aside_do_not_own_the_unit_of_the_next():
    text = "共同出资方包括产业基金载体青禾鼎新(出资2亿元)、上海母基金澄川先导(出资1亿元)、岚山国投旗下岚山元创与北辰智造(各出资4000万元)。"
    assert owners(text) == [(("岚山国投",), ("岚山元创",))]


def test_a_group_owning_a_unit_together_is_kept():  # near miss: no aside closes an item of the list
    assert owners("青禾集团和澄川集团旗下的岚山元创今年上市。") == [(("青禾集团", "澄川集团"), ("岚山元创",))]


def founding_dates(text: str) -> list[tuple]:
    return [(f.roles["founder"][0].canonical, f.roles["company"][0].canonical, f.date.text if f.date else None)
            for f in extract("t", text, "2025-12-31").facts if f.type == "founding"]


def test_a_founder_title_in_apposition_takes_no_date_of_the_sentence():  # (a title, not when the company began)
    assert founding_dates("In 2024, Kestrel hired Mara Olsen, the founder of Velora, and her team.") == \
        [("Mara Olsen", "Velora", None)]


def test_a_founding_verb_keeps_its_date():  # near miss: the verb tells when
    assert founding_dates("Mara Olsen founded Velora in 2019.") == [("Mara Olsen", "Velora", "2019")]


def test_the_holder_after_an_investment_noun_invested():
    text = "2021年5月，青禾电器宣布出资12亿元参与岚山科技收购北辰半导体项目，投资后青禾电器持有岚山科技7.6%股份。"
    assert ("investment", "asserted", {"investor": ("青禾电器",), "investee": ("岚山科技",)}) in deals(text)


def test_the_holding_once_the_investment_is_done_keeps_its_mood():
    text = "本次投资完成后，青禾电器将持有岚山科技7.6%股份。"
    assert [d for d in deals(text) if d[0] == "investment"] == \
        [("investment", "planned", {"investor": ("青禾电器",), "investee": ("岚山科技",)})]


def test_a_post_money_valuation_is_no_investment_noun():  # near miss: 投资后估值, a valuation after the round
    assert not [d for d in deals("本轮投资后估值达到30亿元，青禾电器持有岚山科技7.6%股份。") if d[0] == "investment"]


def periods(text: str) -> list[tuple]:
    return [(f.qualifiers["metric"], f.qualifiers["value"].text, f.qualifiers["period"].text)
            for f in extract("t", text, "2025-12-31").facts if f.type == "financial"]


def test_a_figure_that_went_from_a_to_b_over_a_span_is_b_of_the_last_period():
    assert periods("2021年至2024年，岚山智算营收从3150万元猛增至2.86亿元。") == [("revenue", "2.86亿元", "2024年")]


def test_a_figure_summed_over_a_span_keeps_the_span():  # near miss: no 从…至…, the total is the span's
    assert periods("2021年至2024年，岚山智算累计营收6.2亿元。") == [("revenue", "6.2亿元", "2021年至2024年")]

"""Names checked in round 19: surnames that were missing from the list, national companies whose name closes
with a country. Sentences written by the team."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in extract("t", text, "2025-06-30").mentions]


def _facts(text: str, kind: str) -> list[dict[str, list[str]]]:
    return [{role: [m.text for m in ms] for role, ms in f.roles.items()}
            for f in extract("t", text, "2025-06-30").facts if f.type == kind]


def test_a_founder_of_a_surname_added_to_the_list():
    assert _facts("洪明于2019年创立了澄川科技。", "founding") == [{"founder": ["洪明"], "company": ["澄川科技"]}]
    assert ("郁青", "person") in _mentions("郁青创立了澄川科技。")


def test_a_word_opening_with_such_a_surname_is_no_person():
    assert not any(kind == "person" for _, kind in _mentions("受洪水影响，澄川科技停产三周。"))
    assert ("郁金香资本", "organization") in _mentions("郁金香资本投资了澄川科技。")


def test_a_national_company_keeps_its_country():
    assert ("Coal India", "candidate") in _mentions("Coal India signed a supply deal with Northwind Mining.")
    assert _facts("Lanting Group agreed to buy a 25% stake in Air India.", "investment")[0]["investee"] == ["Air India"]


def test_a_known_company_before_a_country_stays_itself():
    assert [n for n, _ in _mentions("Tesla China deliveries rose 10% in May.")] == ["Tesla"]
    names = [n for n, _ in _mentions("Northwind said on Monday that Northwind China sales rose.")]
    assert "Northwind China" not in names and "Northwind" in names


def test_new_registered_capital_subscribed_is_an_investment():
    facts = extract("t", "澄川资本以1亿元认购青禾科技新增注册资本500万元。", "2025-06-30").facts
    assert [(f.type, f.modality) for f in facts] == [("investment", "asserted")]
    assert facts[0].amount.value.value == 1e8  # the price, not the registered capital
    assert _facts("澄川资本拟以现金认购青禾科技新增注册资本。", "investment") == [
        {"investor": ["澄川资本"], "investee": ["青禾科技"]}]


def test_registered_capital_taken_over_is_an_acquisition():
    assert _facts("澄川资本以1亿元受让岚山创投持有的青禾科技注册资本500万元。", "acquisition") == [
        {"acquirer": ["澄川资本"], "target": ["青禾科技"], "seller": ["岚山创投"]}]
    assert _facts("澄川资本认购了青禾科技的新产品。", "investment") == []


def _rounds(text: str) -> list[tuple[list[str], str | None, str | None, str | None]]:
    return [([m.text for m in f.roles["investor"]], f.date.text if f.date else None,
             f.amount.value.text if f.amount else None, f.qualifiers.get("round"))
            for f in extract("t", text, "2025-06-30").facts if f.type == "investment"]


def test_rounds_told_one_after_another_in_one_sentence_stay_apart():
    """Each part between semicolons has its own date, backers, amount and round name."""
    text = ("在最新一轮融资之前，2023年4月，澄川智能完成天使轮融资，由青禾资本领投，澄观基金为跟投方；"
            "2024年4月，澄川智能完成一轮数亿元融资，由岚山创投领投，北屿基金跟投。")
    assert _rounds(text) == [(["青禾资本", "澄观基金"], "2023年4月", None, "天使轮"),
                             (["岚山创投", "北屿基金"], "2024年4月", "数亿元", None)]
    half = text.replace("；", ",").replace("，", ",")  # half-width punctuation, as some sites print it
    assert [r[0] for r in _rounds(half.replace(",2024年4月", ";2024年4月"))] == [["青禾资本", "澄观基金"], ["岚山创投", "北屿基金"]]


def test_one_round_told_in_two_parts_is_still_one():
    text = "2024年4月，澄川智能完成5亿元B轮融资，由青禾资本领投；岚山创投、北屿基金跟投。"
    assert [(sorted(r[0]), r[1], r[2]) for r in _rounds(text)] == [(["北屿基金", "岚山创投", "青禾资本"], "2024年4月", "5亿元")]


def test_a_verb_before_an_amount_is_not_the_name_before_it():
    found = extract("t", "其中，澄川芯英承担约4.2亿元收购款，青禾芯繁出资约1.8亿元。", "2025-06-30").mentions
    names = [m.text for m in found]
    assert "澄川芯英" in names and not any(n.endswith("承担") for n in names)
    assert all(m.key == f"name:{m.text}" for m in found)  # the cut name is keyed by itself
    assert ("澄川控股", "organization") in _mentions("澄川控股约持有青禾科技30%股份。")


def test_the_shares_a_deal_names_by_their_part_are_no_target():
    text = "买方有条件同意购买出售股份，占目标公司澄丰智模有限公司已发行股本总额的100%，代价为1港元。"
    assert "出售股份" not in [n for n, _ in _mentions(text)]
    assert all("出售股份" not in f["target"] for f in _facts(text, "acquisition"))


def test_a_capitalised_latin_name_before_a_signing_verb_is_whole():
    names = [n for n, _ in _mentions("青禾信息有限公司为买方及卖方NORTH VALE LIMITED订立股份转让协议。")]
    assert "NORTH VALE LIMITED" in names and not any("订立" in n for n in names)


def test_a_party_labelled_by_its_role_is_meant_by_the_role_word_later():
    text = "澄丰信息有限公司为买方，NORTH VALE LIMITED为卖方。买方同意以1港元购买澄丰智模有限公司100%股权。"
    facts = [f for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"]
    assert [(f.modality, [m.canonical for m in f.roles["acquirer"]]) for f in facts] == [("planned", ["澄丰信息有限公司"])]
    text = "澄丰信息有限公司与卖方NORTH VALE LIMITED签署协议。卖方同意以1港元出售澄丰智模有限公司100%股权。"
    facts = [f for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"]
    assert [m.canonical for f in facts for m in f.roles.get("seller", [])] == ["NORTH VALE LIMITED"]
    # a role word that opens a name is no label (买方公司, 卖方集团)
    assert "买方" not in [n for n, _ in _mentions("澄丰信息有限公司为买方集团的子公司。买方集团同意出售资产。")]


def test_agreeing_to_a_deal_is_a_plan():
    assert [f.modality for f in extract("t", "澄川资本有条件同意以1亿元收购青禾智模有限公司100%股权。", "2025-06-30").facts
            if f.type == "acquisition"] == ["planned"]
    assert [f.modality for f in extract("t", "澄川资本已于5月以1亿元收购青禾智模有限公司100%股权。", "2025-06-30").facts
            if f.type == "acquisition"] == ["asserted"]


def test_the_buyer_of_shares_that_are_a_part_of_the_target_named_after():
    text = ("澄丰信息有限公司为买方。卖方有条件同意出售，而买方有条件同意购买出售股份，"
            "占目标公司澄丰智模有限公司已发行股本总额的100%，代价为1港元。")
    facts = [f for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"]
    assert [([m.canonical for m in f.roles["acquirer"]], [m.text for m in f.roles["target"]]) for f in facts] == [
        (["澄丰信息有限公司"], ["澄丰智模有限公司"])]
    text = "澄丰信息有限公司为卖方。卖方同意向澄川资本出售股份，占目标公司澄丰智模有限公司已发行股本的60%。"
    assert not any(m.canonical == "澄丰信息有限公司" for f in extract("t", text, "2025-06-30").facts
                   if f.type == "acquisition" for m in f.roles["acquirer"])


def _investments(text: str) -> list[tuple[list[str], list[str], str | None]]:
    return [([m.text for m in f.roles["investor"]], [m.canonical for m in f.roles["investee"]],
             f.date.value.value if f.date else None)
            for f in extract("t", text, "2025-06-30").facts if f.type == "investment"]


def test_a_funding_history_of_passive_clauses_keeps_its_company():
    """Each 获得X投资 clause after the first is still the company's round, not an investment in the previous
    clause's investors."""
    text = ("澄川智能2016年7月成立，当年9月就拿到了北辰创投的投资，2019年3月获得青禾集团及岚山集团投资，"
            "2021年4月，获得澄观科技、北屿集团投资，9月获得南岭资本投资。")
    assert _investments(text) == [(["北辰创投"], ["澄川智能"], "2016-09"),
                                  (["青禾集团", "岚山集团"], ["澄川智能"], "2019-03"),
                                  (["澄观科技", "北屿集团"], ["澄川智能"], "2021-04"),
                                  (["南岭资本"], ["澄川智能"], "2021-09")]
    assert [r[1] for r in _investments("澄川科技获澄观资本领投的A轮融资，随后又获得青禾资本投资。")] == [
        ["澄川科技"], ["澄川科技"]]


def test_an_active_investor_still_goes_on_to_its_next_deal():
    text = "澄川资本投资了青禾科技，随后又收购了岚山智能。"
    facts = extract("t", text, "2025-06-30").facts
    assert [(f.type, [m.text for m in next(iter(f.roles.values()))]) for f in facts] == [
        ("investment", ["澄川资本"]), ("acquisition", ["澄川资本"])]


def _foundings(text: str) -> list[tuple[list[str], list[str], str | None]]:
    return [([m.text for m in f.roles["founder"]], [m.text for m in f.roles["company"]],
             f.date.value.value if f.date else None)
            for f in extract("t", text, "2025-06-30").facts if f.type == "founding"]


def test_a_founding_date_with_no_founder_is_a_founding_of_the_company_alone():
    assert _foundings("澄川智能成立于2016年7月。") == [([], ["澄川智能"], "2016-07")]
    assert _foundings("澄川智能于2016年7月正式成立，总部位于上海。") == [([], ["澄川智能"], "2016-07")]
    assert _foundings("成立于2019年的澄川智能专注于仓储机器人。") == [([], ["澄川智能"], "2019")]
    assert _foundings("Lanting Robotics, founded in 2019, makes arms for warehouses.") == [([], ["Lanting Robotics"], "2019")]
    assert _foundings("Founded in 2019, Lanting Robotics makes arms for warehouses.") == [([], ["Lanting Robotics"], "2019")]


def test_founders_named_take_the_date_and_no_founding_without_them_is_added():
    assert _foundings("澄川智能成立于2016年，由王明创立。") == [(["王明"], ["澄川智能"], "2016")]
    assert _foundings("澄川智能成立于2016年，创始人王明曾任青禾科技副总裁。") == [(["王明"], ["澄川智能"], "2016")]
    assert _foundings("Lanting Robotics was founded in 2019 by Mara Olsen.") == [(["Mara Olsen"], ["Lanting Robotics"], "2019")]


def test_a_date_that_is_not_the_companys_setting_up_gives_no_founding():
    assert _foundings("澄川智能于2016年成立的子公司青禾科技完成融资。") == [(["澄川智能"], ["青禾科技"], "2016")]
    assert _foundings("澄川智能2016年成立了研究院。") == []
    assert _foundings("澄川智能于2023年获得青禾资本投资。") == []


def test_a_valuation_told_after_its_figure_is_no_round_amount():
    text = "青禾智能的估值已超过澄川科技年中那轮融资时的80亿元估值。"
    assert all(f.amount is None for f in extract("t", text, "2025-06-30").facts)
    assert [f.amount.value.text for f in extract("t", "澄川科技以50亿元估值完成5亿元融资。", "2025-06-30").facts
            if f.type == "investment"] == ["5亿元"]


def test_an_investment_firm_set_up_by_a_company_does_not_invest_in_it():
    text = "澄川龙珠是澄川集团发起设立的一家投资机构，主投科技领域。"
    assert _facts(text, "investment") == []
    assert _facts(text, "founding") == [{"founder": ["澄川集团"], "company": ["澄川龙珠"]}]
    assert _facts("岚山资本是青禾科技的早期投资机构。", "investment") == [{"investor": ["岚山资本"], "investee": ["青禾科技"]}]


def test_colloquial_verbs_of_investing():
    text = "澄川集团连续投青禾智能、岚山动力、北屿机器人。"
    assert [f["investee"] for f in _facts(text, "investment")] == [["青禾智能"], ["岚山动力"], ["北屿机器人"]]
    assert _facts("澄川资本今年又投了青禾科技。", "investment") == [{"investor": ["澄川资本"], "investee": ["青禾科技"]}]
    assert _facts("青禾科技再投产一条产线。", "investment") == []


def test_a_founding_told_in_an_aside_takes_no_date_from_before_it():
    text = ("Among the biggest deals this week was Lanting AI, the AI startup founded by Mara Olsen, which closed a "
            "$6 billion Series B round.")
    assert _foundings(text) == [(["Mara Olsen"], ["Lanting AI"], None)]
    assert _foundings("In 2019, Mara Olsen founded Lanting AI.") == [(["Mara Olsen"], ["Lanting AI"], "2019")]
    assert _foundings("Lanting AI was founded in 2019 by Mara Olsen.") == [(["Mara Olsen"], ["Lanting AI"], "2019")]


def test_the_backers_of_a_round_named_in_a_sentence_after_it():
    text = ("Lanting AI closed a $600 million Series B round this week. The firm builds robot arms. "
            "This influx of capital, led by Northwind Ventures and Harbor Peak Capital, marks its largest raise.")
    facts = [f for f in extract("t", text, "2025-06-30").facts if f.type == "investment"]
    assert [([m.text for m in f.roles["investor"]], [m.text for m in f.roles["investee"]]) for f in facts] == [
        (["Northwind Ventures", "Harbor Peak Capital"], ["Lanting AI"])]
    assert facts[0].qualifiers.get("lead")
    text = "Lanting AI closed a $600 million round. Critics said the deal, backed by Northwind Ventures, was too large."
    assert [f.roles["investor"] for f in extract("t", text, "2025-06-30").facts if f.type == "investment"] == [[]]


def test_a_holder_named_after_an_aside_with_zuowei():
    text = "5月末，岚山集团入股青禾机器人。而作为早期介入澄川科技的最大外部股东，北屿集团也没有闲着。"
    assert {"holder": ["北屿集团"], "company": ["澄川科技"]} in _facts(text, "shareholding")
    assert {"holder": ["岚山集团"], "company": ["澄川科技"]} not in _facts(text, "shareholding")


def test_a_holder_the_name_finder_missed_is_not_the_subject_before():
    text = "青禾资本宣布完成新一轮募资。截至7月18日，某某某为澄川科技第一大股东。"
    assert not any(f["holder"] == ["青禾资本"] for f in _facts(text, "shareholding"))
    assert _facts("截至7月18日，青禾资本为澄川科技第一大股东。", "shareholding") == [
        {"holder": ["青禾资本"], "company": ["澄川科技"]}]
    assert len(_facts("截至7月18日，青禾资本和岚山集团均为澄川科技股东。", "shareholding")) == 2


def test_the_company_a_sentence_takes_as_its_example_is_the_one_it_means():
    text = ("以澄川智能为例，该公司2016年7月成立，当年9月就拿到了北辰创投的投资。\n"
            "以青禾机器人为例，财报显示，2024年，该公司经营亏损21.44亿元。2023年，该公司经营亏损13.35亿元。")
    facts = [f for f in extract("t", text, "2025-06-30").facts if f.type == "financial"]
    assert facts and {f.roles["company"][0].canonical for f in facts} == {"青禾机器人"}


def test_a_person_ranked_as_a_holder_holds():
    assert _facts("截至7月18日，王兴兴为澄川科技第一大股东，岚山资本为第二大股东。", "shareholding") == [
        {"holder": ["王兴兴"], "company": ["澄川科技"]}, {"holder": ["岚山资本"], "company": ["澄川科技"]}]
    assert _facts("王明为澄川科技第一大股东。", "shareholding") == [{"holder": ["王明"], "company": ["澄川科技"]}]
    assert ("王兴兴", "person") in _mentions("青禾科技创始人王兴兴表示，公司将扩产。")
    # a doubled character that is a word of its own is no given name (刚刚, 强强)
    assert not any(kind == "person" for _, kind in _mentions("甲方刚刚签署协议，双方强强联合。"))


def test_a_stake_after_the_next_holders_rank_is_that_holders():
    text = "截至7月18日，王兴兴为澄川科技第一大股东，岚山资本为第二大股东，持股约8%。"
    stakes = {f.roles["holder"][0].text: f.stake.text if f.stake else None
              for f in extract("t", text, "2025-06-30").facts if f.type == "shareholding"}
    assert stakes == {"王兴兴": None, "岚山资本": "约8%"}

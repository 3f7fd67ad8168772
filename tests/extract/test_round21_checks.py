"""Names and readings checked in round 21. Sentences written by the team."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in extract("t", text, "2025-06-30").mentions]


def _facts(text: str, kind: str) -> list[dict[str, list[str]]]:
    return [{role: [m.text for m in ms] for role, ms in f.roles.items()}
            for f in extract("t", text, "2025-06-30").facts if f.type == kind]


def test_a_known_short_name_then_a_line_of_business_not_its_own_names_a_unit():
    assert _mentions("小米机器人将持有新公司60%股权。")[0] == ("小米机器人", "organization")
    assert _mentions("百度汽车发布公告。")[0] == ("百度汽车", "organization")
    holders = [f["holder"] for f in _facts("小米机器人持股70%的青禾芯片已投产。", "shareholding")]
    assert ["小米"] not in holders


def test_a_known_name_with_its_own_line_a_common_ending_or_a_longer_word_stays_the_company():
    assert _mentions("寒武纪微电子发布公告。")[0][0] == "寒武纪"  # a chip maker's fuller name
    assert _mentions("寒武纪科技发布公告。")[0][0] == "寒武纪科技"  # an alias the lexicon knows
    assert _mentions("腾讯科技发布公告。")[0][0] == "腾讯"  # 科技 is no line of business
    assert _mentions("京东电子商务收入增长。")[0][0] == "京东"  # 电子商务: a longer word
    assert _mentions("英伟达汽车业务收入增长。")[0][0] == "英伟达"  # 汽车业务: a segment


def test_rights_and_know_how_held_are_no_company():
    assert _mentions("云岭微电子持有核心IP。") == [("云岭微电子", "organization")]
    assert _facts("云岭微电子持有多项专利和核心技术。", "shareholding") == []
    assert _facts("澄川资本持有澜舟技术30%股权。", "shareholding") == [
        {"holder": ["澄川资本"], "company": ["澜舟技术"]}]  # X技术 after a name's head may be a firm


def test_rights_then_what_they_are_for_are_no_company():
    companies = [f["company"] for f in _facts("澜舟微电子占股三成，另持有关键IP以便独立授权。", "shareholding")]
    assert not any("IP" in name for names in companies for name in names)
    assert not any("IP" in n for n, _ in _mentions("澜舟微电子手里也持有核心IP用来对外授权。"))


def _read(text: str, kind: str) -> list[tuple[str, dict[str, list[str]], str | None]]:
    return [(f.modality, {role: [m.text for m in ms] for role, ms in f.roles.items()}, f.qualifiers.get("kind"))
            for f in extract("t", text, "2025-06-30").facts if f.type == kind]


def test_two_companies_founding_a_third_together_is_a_joint_venture():
    venture = ("asserted", {"party": ["澄川科技", "岚山创投"], "result": ["澜舟智能"]}, "joint_venture")
    assert _read("澄川科技与岚山创投共同成立了澜舟智能。", "partnership") == [venture]
    assert _read("澄川科技与岚山创投共同出资设立澜舟智能。", "partnership") == [venture]
    assert _read("澄川科技与岚山创投合作成立合资公司澜舟智能。", "partnership") == [venture]  # once, with its result


def test_a_fund_set_up_together_stays_investments_in_it():
    assert _read("青禾电子与岚山资本共同出资设立星澜产业基金。", "partnership") == []
    assert len(_read("青禾电子与岚山资本共同出资设立星澜产业基金。", "investment")) == 2


def test_a_stake_in_a_venture_still_to_be_set_up_is_planned():
    assert [m for m, _, _ in _read("澄川科技拟与岚山创投合资成立澜舟智能，澄川科技持股49%。", "shareholding")] == ["planned"]
    assert [m for m, _, _ in _read("澄川科技与岚山创投合资成立澜舟智能，澄川科技持股49%。", "shareholding")] == ["asserted"]


def test_a_stake_beside_an_unnamed_joint_venture_is_not_in_the_partner():
    held = _read("澄川科技与Northwind合作成立合资公司，澄川科技持股49%。", "shareholding")
    assert all(roles["company"] != ["Northwind"] for _, roles, _ in held)
    named = _read("澄川科技与岚山创投合作成立合资公司澜舟智能，澄川科技持股49%。", "shareholding")
    assert [roles["company"] for _, roles, _ in named] == [["澜舟智能"]]


def test_a_company_founding_another_named_right_after_the_verb():
    assert _read("澄川科技成立了澜舟智能。", "founding") == [
        ("asserted", {"founder": ["澄川科技"], "company": ["澜舟智能"]}, None)]
    assert _read("澄川科技拟出资设立澜舟智能，主营工业视觉。", "founding") == [
        ("planned", {"founder": ["澄川科技"], "company": ["澜舟智能"]}, None)]
    founded = [f for f in extract("t", "2024年，澄川科技出资1亿元设立澜舟智能。", "2025-06-30").facts if f.type == "founding"]
    assert [f.date.value.value for f in founded] == ["2024"]


def test_two_companies_founding_one_found_it_and_make_it_their_venture():
    assert _read("澄川科技与岚山创投成立了澜舟智能。", "partnership") == [
        ("asserted", {"party": ["澄川科技", "岚山创投"], "result": ["澜舟智能"]}, "joint_venture")]


def test_set_up_words_without_a_company_right_after_found_nothing():
    for text in ("澄川科技成立于2019年。", "澄川科技成立后获得腾讯投资。", "澄川科技成立澜舟智能事业部。",
                 "澄川科技在2021年成立以来获得腾讯投资。", "澄川科技成立了人工智能研究院。"):
        assert [f for f in _read(text, "founding") if f[1].get("founder")] == [], text


def test_an_award_is_dated_by_the_time_told_before_the_verb():
    won = [f for f in extract("t", "8月，青禾机器人中标澄川物流有限公司的分拣机器人采购项目，中标金额约6280万元。",
                              "2025-10-30").facts if f.type == "purchase"]
    assert [f.date.value.value for f in won] == ["2025-08"]
    # a year inside the project's name dates no award
    named = [f for f in extract("t", "青禾机器人中标澄川物流有限公司2025年度分拣机器人采购项目，中标金额约6280万元。",
                                "2025-10-30").facts if f.type == "purchase"]
    assert named and all(f.date is None for f in named)


def test_registration_completed_dates_the_founding():
    founded = [f for f in extract("t", "北辰智能于今年3月完成工商注册。公司由周宁、孙立共同创立。", "2025-06-30").facts
               if f.type == "founding"]
    assert [(f.date.value.value, [m.text for m in f.roles["founder"]]) for f in founded] == [("2025-03", ["周宁", "孙立"])]
    for text in ("北辰智能2024年完成工商变更登记。", "北辰智能3月完成注册资本变更。"):  # a change, no founding
        assert not [f for f in extract("t", text, "2025-06-30").facts if f.type == "founding"], text


def _dated(text: str, ref: str = "2025-11-20") -> list[tuple[str, str | None]]:
    return [(f.modality, f.date.value.value if f.date else None) for f in extract("t", text, ref).facts
            if f.type in ("investment", "acquisition")]


def test_a_plan_for_a_month_before_the_writing_month_is_next_year():
    assert _dated("澄川资本将于1月向青禾科技追加投资6亿元。") == [("planned", "2026-01")]
    assert _dated("Harbor Group will invest $600 million in Vireo Labs in January.") == [("planned", "2026-01")]


def test_a_month_told_as_past_or_with_its_year_keeps_its_year():
    assert _dated("澄川资本1月宣布拟收购青禾科技。") == [("planned", "2025-01")]  # when the plan was told
    assert _dated("澄川资本1月完成了对青禾科技的收购。") == [("asserted", "2025-01")]
    assert _dated("澄川资本将于2025年1月向青禾科技追加投资。") == [("planned", "2025-01")]
    assert _dated("Harbor Group said in January it will invest $600 million in Vireo Labs.")[0][1] == "2025-01"


def test_news_of_a_company_bought_by_another_then_denied():
    assert _read("澜舟机器人此前曾传出被北辰科技收购的消息，但公司随后予以否认。", "acquisition") == [
        ("denied", {"acquirer": ["北辰科技"], "target": ["澜舟机器人"]}, None)]
    assert [m for m, _, _ in _read("澜舟机器人被北辰科技收购的消息传出后，股价大涨。", "acquisition")] == ["rumored"]
    # near miss: 被A收购的B names B as bought (asserted), no news
    assert _read("被北辰科技收购的青禾电子表现不错。", "acquisition") == [
        ("asserted", {"acquirer": ["北辰科技"], "target": ["青禾电子"]}, None)]


def test_a_partner_after_a_unit_and_with_is_no_unit():
    text = "北辰科技旗下的北辰智算与澜舟机器人共建具身智能训练中心。"
    assert [roles["unit"] for _, roles, _ in _read(text, "ownership")] == [["北辰智算"]]
    assert [roles["party"] for _, roles, _ in _read(text, "partnership")] == [["北辰智算", "澜舟机器人"]]
    both = _read("北辰科技旗下的北辰智算与青禾数据均已完成融资。", "ownership")
    assert sorted(roles["unit"][0] for _, roles, _ in both) == ["北辰智算", "青禾数据"]


def test_goods_supplied_to_buyers_named_after_the_verb():
    assert _read("澄川科技的AI服务器主要供应给北辰科技和岚山数据。", "purchase") == [
        ("asserted", {"buyer": ["北辰科技"], "supplier": ["澄川科技"]}, None),
        ("asserted", {"buyer": ["岚山数据"], "supplier": ["澄川科技"]}, None)]
    assert _read("澄川科技的激光雷达已供货北辰汽车。", "purchase") == [
        ("asserted", {"buyer": ["北辰汽车"], "supplier": ["澄川科技"]}, None)]
    assert _read("服务器主要供应给北辰科技。", "purchase") == []  # no supplier named
    assert _read("澄川科技将为北辰汽车供应激光雷达。", "purchase")[0][0] == "planned"


def test_chosen_to_supply_a_maker_is_a_planned_purchase():
    assert _read("澄川科技近日收到北辰汽车的项目定点通知书。", "purchase") == [
        ("planned", {"buyer": ["北辰汽车"], "supplier": ["澄川科技"]}, None)]
    assert _read("澄川科技今年获得多个定点项目。", "purchase") == []


def test_its_round_after_a_clause_naming_the_company_is_that_company_s():
    def investees(text: str) -> list[list[str]]:
        return [[m.canonical for m in f.roles["investee"]] for f in extract("t", text, "2025-06-30").facts
                if f.type == "investment"]
    assert investees("澄川资本看好澜舟智能，参与了其B轮融资。") == [["澜舟智能"]]
    assert ["澄川资本"] not in investees("澄川资本再度加码澜舟智能，领投其3亿元B轮融资。")


def test_an_earlier_holder_holds_none_of_the_round_s_investors():
    text = "本轮融资由澄川资本和岚山创投联合领投，青禾基金跟投，老股东北辰资本超额认购。"
    assert _read(text, "shareholding") == []
    told = "澜舟智能完成2亿元A轮融资。" + text
    assert [roles for _, roles, _ in _read(told, "shareholding")] == [{"holder": ["北辰资本"], "company": ["澜舟智能"]}]


def _partners(text: str) -> list[tuple[str, list[str]]]:
    return [(f.modality, sorted(m.text for m in f.roles["party"])) for f in extract("t", text, "2025-06-30").facts
            if f.type == "partnership"]


def test_partnerships_told_with_a_tie_verb_a_joining_verb_or_a_list():
    both = ["北辰科技", "澄川科技"]
    assert _partners("澄川科技宣布与北辰科技建立全面战略合作伙伴关系。") == [("asserted", both)]
    assert _partners("澄川科技携手北辰科技发布具身智能开发平台。") == [("asserted", both)]
    assert _partners("澄川科技与北辰科技联合推出AI芯片。") == [("asserted", both)]
    assert _partners("澄川科技的合作伙伴包括北辰科技、岚山数据等。") == [
        ("asserted", both), ("asserted", ["岚山数据", "澄川科技"])]
    assert _partners("澄川科技与北辰科技宣布结束合作关系。") == [("negated", both)]


def test_a_joining_verb_with_no_partner_after_it_is_no_partnership():
    assert _partners("澄川科技携手行业伙伴发布开发平台。") == []
    assert _partners("澄川科技的合作伙伴数量超过200家。") == []


def test_a_round_s_money_is_its_total_not_the_lead_s_cheque():
    found = [f for f in extract("t", "澜舟智能完成5亿元B轮融资，其中澄川资本领投1.5亿元，岚山创投跟投。", "2025-06-30").facts
             if f.type == "investment"]
    assert [(sorted(m.text for m in f.roles["investor"]), f.amount.value.value) for f in found] == [
        (["岚山创投", "澄川资本"], 5e8)]
    only = [f for f in extract("t", "澜舟智能完成B轮融资，澄川资本领投1.5亿美元。", "2025-06-30").facts
            if f.type == "investment"]
    assert [f.amount.value.value for f in only] == [1.5e8]  # no total named: the money told stays


def test_people_turning_to_a_field_give_the_company_carried_no_focus():
    assert _read("澄川资本近年出手频繁。随着技术骨干陆续转向机器人创业，赛道融资规模将继续走高。", "focus") == []
    assert [roles for _, roles, _ in _read("澄川资本近年出手频繁，并逐渐转向机器人领域。", "focus")] == [
        {"company": ["澄川资本"]}]


def test_an_investor_described_but_not_named_leaves_the_investor_empty():
    assert _read("同年7月，澜舟智能又获得某头部互联网企业的战略投资，金额未披露。", "investment") == [
        ("asserted", {"investor": [], "investee": ["澜舟智能"]}, None)]
    assert _read("澜舟智能获得某地方政府的补贴。", "investment") == []


def test_an_industrial_investment_arm_is_a_name():
    assert ("北辰产投", "organization") in _mentions("本轮由澄川资本领投，北辰产投、岚山创投跟投。")
    assert _mentions("地方产投平台积极参与。") == []


def test_a_deal_word_inside_a_short_name_given_in_brackets_is_no_verb():
    text = "澄川科技拟与关联方共同投资设立青禾智算有限公司(以下简称“合资公司”)。"
    assert [roles["party"] for _, roles, _ in _read(text, "partnership")] == []


def test_the_subject_joins_partners_named_in_full_before_their_short_names():
    text = ("公司全资子公司一公院拟与关联方北京青禾创业基金合伙企业(有限合伙)(以下简称“青禾基金”)、澄川集团有限公司"
            "(以下简称“澄川集团”)共同投资设立合资公司。")
    assert [roles["party"] for _, roles, _ in _read(text, "partnership")] == [["一公院", "青禾基金", "澄川集团"]]


def test_a_quality_of_a_company_is_no_name():
    assert ("核心竞争力", "candidate") not in _mentions(
        "澄川科技为提升公司核心竞争力，于2023年5月22日与青禾算力有限公司签署了合同。")


def test_money_put_into_each_of_several_companies():
    found = [([m.text for m in f.roles["investee"]], f.amount.value.value) for f in
             extract("t", "澄川科技向青禾光电与岚山光学两家光学元件巨头各注资20亿美元。", "2025-06-30").facts
             if f.type == "investment"]
    assert found == [(["青禾光电"], 2e9), (["岚山光学"], 2e9)]
    one = [f.amount.value.value for f in extract("t", "澄川科技向青禾光电注资20亿元。", "2025-06-30").facts
           if f.type == "investment"]
    assert one == [2e9]


def test_a_count_before_a_classifier_ends_no_name():
    names = [n for n, _ in _mentions("澄川科技供应北辰科技和岚山数据两家客户。")]
    assert "岚山数据" in names and "岚山数据两" not in names


def test_a_development_zone_s_administration_is_named_in_full():
    assert ("芜湖高新技术产业开发区管理委员会", "organization") in _mentions(
        "润六尺与芜湖高新技术产业开发区管理委员会签订了协议。")
    assert ("芜湖经济技术开发区管理委员会", "organization") in _mentions("润六尺与芜湖经济技术开发区管理委员会签订了协议。")


def test_a_deal_told_as_done_is_dated_by_the_announcement_before_it():
    text = ("（2025年10月22日）澄川科技股份有限公司（300502.SZ，以下简称“澄川科技”）10月21日晚间公告，董事长王澜已通过"
            "询价转让的方式，转让所持公司股份800万股。")
    sold = [f for f in extract("t", text, "2025-10-22").facts if f.type == "acquisition"]
    assert [f.date.value.value for f in sold] == ["2025-10-21"]


def test_a_listing_still_some_way_off_is_not_asserted():
    for text in ("澄川科技上市仍需时间。", "澄川科技距离上市还有很长的路要走。", "澄川科技上市一事尚无时间表。"):
        assert [m for m, _, _ in _read(text, "listing")] == ["negated"], text
    assert [m for m, _, _ in _read("澄川科技已于今年3月在科创板上市。", "listing")] == ["asserted"]


def _founders(text: str) -> list[tuple[list[str], list[str]]]:
    return [([m.text for m in f.roles["founder"]], [m.text for m in f.roles["company"]])
            for f in extract("t", text, "2025-06-30").facts if f.type == "founding"]


def test_english_founders_titled_with_another_office():
    assert _founders("Pike Analytics chief executive and co-founder Jane Smith said the company would expand.") == [
        (["Jane Smith"], ["Pike Analytics"])]
    assert _founders("Pike Analytics, the startup led by co-founder and CEO Jane Smith, raised $80 million.") == [
        (["Jane Smith"], ["Pike Analytics"])]
    assert _founders("Pike Analytics, the startup led by chief executive Jane Smith, raised $80 million.") == []


def test_a_title_opening_a_run_of_capitals_is_no_part_of_the_name():
    names = [n for n, _ in _mentions("Pike Analytics, led by CEO Jane Smith, raised $80 million.")]
    assert "Jane Smith" in names and "CEO Jane Smith" not in names
    assert ("CEO Ventures", "organization") in _mentions("CEO Ventures invested in Pike Analytics.")


def test_a_round_backed_by_investors_names_them():
    found = [sorted(m.text for m in f.roles["investor"]) for f in
             extract("t", "Pike Analytics closed a $25 million seed round backed by Teal Ventures and Corvid Capital.",
                     "2025-06-30").facts if f.type == "investment"]
    assert found == [["Corvid Capital", "Teal Ventures"]]


def test_a_takeover_regulators_blocked_is_off():
    blocked = [f.modality for f in extract("t", "Regulators blocked Harbor Group's proposed takeover of Pike Analytics.",
                                           "2025-06-30").facts if f.type == "acquisition"]
    assert blocked == ["negated"]
    done = [f.modality for f in extract("t", "Regulators blocked a rival bid, and Harbor Group completed its takeover of "
                                        "Pike Analytics.", "2025-06-30").facts if f.type == "acquisition"]
    assert done == ["asserted"]

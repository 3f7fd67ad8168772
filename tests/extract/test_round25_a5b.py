"""Round 25 (a5b): heldout5 audit categories B (zh 它/其/公司 antecedents), D (modality), F (dates) and N (zh
misreadings). Sentences written for this file, with invented companies and people."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def run(text: str, ref: str = "2025-06-30"):
    return extract("t", text, ref)


def _name(m) -> str:
    return m.canonical if m.source == "coref" else m.text


def facts(text: str, ref: str = "2025-06-30", kind: str | None = None):
    """(type, modality, {role: [names]}, date) of each fact, a pronoun given as the name it stands for."""
    out = []
    for f in run(text, ref).facts:
        if kind is None or f.type == kind:
            out.append((f.type, f.modality, {k: [_name(m) for m in v] for k, v in f.roles.items()},
                        f.date.value.value if f.date else None))
    return out


def pronoun(text: str, word: str, ref: str = "2025-06-30") -> str | None:
    """The name the first pronoun `word` of the text is resolved to (None: unresolved)."""
    pos = text.index(word)
    return next((m.canonical for m in run(text, ref).mentions if m.source == "coref" and m.start == pos), None)


# ---- B1: a person given only as a guessed name is never the company 公司 stands for ----

def test_company_word_after_a_paragraph_about_a_holder_is_the_company():
    text = ("岚山电子发布公告，股东吴立衡近日又买入了80万股。9月初，吴立衡曾公开表示暂不减持。\n\n"
            "公司控股股东为北辰产业控股有限公司。")
    held = [r for t, _, r, _ in facts(text, kind="shareholding") if r["holder"] == ["北辰产业控股有限公司"]]
    assert held and held[0]["company"] == ["岚山电子"]


def test_a_person_marked_by_an_honorific_is_no_company_either():
    text = ("岚山电子今日公告称，孙立平先生已辞去董事职务。孙立平此前负责研发工作，孙立平将继续担任顾问。"
            "公司第一大股东为北辰产业控股有限公司。")
    held = [r for t, _, r, _ in facts(text, kind="shareholding") if r["holder"] == ["北辰产业控股有限公司"]]
    assert held and held[0]["company"] == ["岚山电子"]


def test_a_company_named_most_stays_the_company():
    # near miss: no person is named; the company named most is still the one 公司 stands for
    text = "澄川智能发布公告。澄川智能本月完成了股份回购。\n\n公司控股股东为北辰产业控股有限公司。"
    held = [r for t, _, r, _ in facts(text, kind="shareholding") if r["holder"] == ["北辰产业控股有限公司"]]
    assert held and held[0]["company"] == ["澄川智能"]


# ---- B2: 公司 raising a round right after "A领投B" is B, not the investor A ----

def test_company_word_raising_a_round_after_a_lead_is_the_investee():
    text = "上市以前，青禾科技曾获多家机构投资。去年3月，澄川资本领投青禾科技；到了6月，公司再获8亿元融资。"
    rounds = [(r, d) for t, _, r, d in facts(text, kind="investment") if not r["investor"]]
    assert rounds == [({"investor": [], "investee": ["青禾科技"]}, "2024-06")]
    fin = [r for t, _, r, _ in facts(text, kind="financial")]
    assert fin == [{"company": ["青禾科技"]}]


def test_company_word_raising_a_round_passes_the_followers_to_the_investee():
    text = ("青禾科技成立于2019年。去年3月，北辰产业基金领投青禾科技；6月，公司又完成总额9亿元的新一轮融资，"
            "由几家国资机构领投，岚山投资有限公司跟投。")
    found = [(r["investor"], r["investee"]) for t, _, r, _ in facts(text, kind="investment")]
    assert (["岚山投资有限公司"], ["青禾科技"]) in found
    assert not any(investee == ["北辰产业基金"] for _, investee in found)


def test_company_word_investing_after_a_lead_stays_the_investor():
    # near miss: 公司 invests (no round raised), so it goes on being the investor of the clause before
    text = "去年3月，北辰产业基金领投青禾科技；6月，公司又投资了澄川机器人。"
    found = [(r["investor"], r["investee"]) for t, _, r, _ in facts(text, kind="investment")]
    assert (["北辰产业基金"], ["澄川机器人"]) in found


def test_a_fund_word_after_a_lead_stays_the_investor():
    # near miss (kept): 该基金 after a lead is the investor
    text = "澄川资本去年领投青禾科技后，该基金又领投了北辰智能。"
    found = [(r["investor"], r["investee"]) for t, _, r, _ in facts(text, kind="investment")]
    assert (["澄川资本"], ["北辰智能"]) in found


# ---- B3: 由A变更为其全资子公司B: 其 is A ----

def test_qi_after_a_change_from_a_party_is_that_party():
    text = ("2024年1月，澄川股份与北辰通信有限公司签了算力服务合同。半年后各方约定，"
            "将履约主体由澄川股份改为其全资子公司青禾引擎科技有限公司。")
    assert pronoun(text, "其") == "澄川股份"
    owned = [r for t, _, r, _ in facts(text, kind="ownership")]
    assert owned == [{"owner": ["澄川股份"], "unit": ["青禾引擎科技有限公司"]}]


def test_qi_after_a_change_of_holder_is_the_one_before():
    text = "岚山科技公告，控股股东由北辰集团变更为其一致行动人澄川投资有限公司。"
    assert pronoun(text, "其") != "澄川投资有限公司"


def test_qi_after_a_change_of_figures_keeps_the_usual_reading():
    # near miss: the 由 phrase names no party (a change of a figure), so 其 is read as before: the announcer
    text = "岚山科技公告，服务期限由三年延长为五年，合同金额由2亿元调整为其原定金额的两倍。"
    assert pronoun(text, "其") == "岚山科技"


# ---- B4: 它 after "B是其中…的一家：" is B ----

def test_ta_after_a_colon_is_the_company_the_clause_before_describes():
    text = "澄川资本去年领投了北辰智能，青禾能源是其中成立最晚的一家：它于2021年6月注册成立。"
    assert pronoun(text, "它") == "青禾能源"
    found = [(r["company"], d) for t, _, r, d in facts(text, kind="founding")]
    assert (["青禾能源"], "2021-06") in found


def test_ta_as_an_object_after_a_colon_is_not_the_subject_after_it():
    # near miss: 它 does not open its clause (it is 领投's object), so the rule does not fire; 它 is not the
    # investor of its own clause
    text = "北辰智能只是入选企业之一，青禾能源是其中成立最晚的一家：澄川资本去年领投了它。"
    assert pronoun(text, "它") != "澄川资本"


# ---- F1: a year narrowed by 仅 frames the months after it ----

def test_months_after_only_last_year_are_of_last_year():
    text = "仅去年一年，青禾科技就拿到两笔融资：3月由澄川资本领投，6月由北辰投资领投。"
    found = sorted((r["investor"], m, d) for t, m, r, d in facts(text, "2026-01-03", "investment"))
    assert found == [(["北辰投资"], "asserted", "2025-06"), (["澄川资本"], "asserted", "2025-03")]


def test_a_planned_month_without_a_year_frame_stays_ahead():
    # near miss: a plan's bare month is in the reference year (ahead), and the plan stays planned
    found = facts("青禾科技计划于3月完成新一轮融资。", "2026-01-03", "investment")
    assert [(m, d) for _, m, _, d in found] == [("planned", "2026-03")]


# ---- D2: a lasting listing step said to be under way (正在进行股份制改造) is a step taken ----

def test_shareholding_reform_under_way_is_asserted():
    found = facts("澄川科技眼下正在进行股份制改造。", kind="listing")
    assert [(m, r["company"]) for _, m, r, _ in found] == [("asserted", ["澄川科技"])]
    found = facts("岚山智造表示，独立上市工作已经启动，目前正在进行股份制改造。", kind="listing")
    assert [m for _, m, _, _ in found] == ["asserted"]


def test_a_planned_reform_stays_planned():
    # near misses: a plan (计划, 拟) or a preparation (筹划) of the step is no step taken
    assert [m for _, m, _, _ in facts("澄川科技计划明年启动股份制改造。", kind="listing")] == ["planned"]
    assert [m for _, m, _, _ in facts("澄川科技正在筹划股份制改造。", kind="listing")] == ["planned"]
    assert [m for _, m, _, _ in facts("澄川科技拟于年内正式开始股份制改造，目前正在筹备。", kind="listing")] == ["planned"]


def test_a_deal_under_way_stays_planned():
    # near miss: 正在 before a deal verb is a deal not done
    found = facts("澄川科技正在收购青禾电子60%的股权。", kind="acquisition")
    assert found and all(m == "planned" for _, m, _, _ in found)


# ---- D1: committed capital secured is money raised (asserted), not a commitment still to come ----

def test_committed_capital_secured_is_a_round_raised():
    text = ("Northwind Robotics said it had secured $600 million of committed capital for a Series C round. "
            "Corvid Capital led the financing.")
    found = facts(text, kind="investment")
    assert [(m, r["investor"], r["investee"]) for _, m, r, _ in found] == \
        [("asserted", ["Corvid Capital"], ["Northwind Robotics"])]


def test_money_committed_to_a_company_stays_planned():
    # near miss: a backer that commits money to a company has not put it in yet
    found = facts("Corvid Capital committed $50 million to Northwind Robotics.", kind="investment")
    assert [m for _, m, _, _ in found] == ["planned"]


# ---- D3: a conditional right to terminate does not end a contract; a signed capacity deal is asserted ----

def test_a_right_to_terminate_under_a_condition_leaves_the_contract():
    text = ("Harbor Group signed a $3.1 billion, four-year deal with Pike Analytics for compute capacity. "
            "Harbor Group can terminate the agreement if Pike Analytics falls behind on deliveries.")
    found = facts(text, kind="purchase")
    assert [(m, r["buyer"], r["supplier"]) for _, m, r, _ in found] == \
        [("asserted", ["Harbor Group"], ["Pike Analytics"])]
    text = ("Harbor Group signed a $3.1 billion deal with Pike Analytics for compute capacity. "
            "The contract allows Harbor Group to walk away if Pike Analytics misses delivery dates.")
    assert [m for _, m, _, _ in facts(text, kind="purchase")] == ["asserted"]


def test_a_zh_right_to_rescind_under_a_condition_leaves_the_contract():
    text = ("2024年3月，澄川科技与青禾数据有限公司签署《算力服务合同》，合同金额3亿元。"
            "若青禾数据有限公司未能按期交付，澄川科技有权解除合同。")
    assert [m for _, m, _, _ in facts(text, kind="purchase")] == ["asserted"]


def test_a_contract_ended_is_negated():
    # near misses: a termination done (no right, no condition) negates the contract
    text = ("Harbor Group signed a $3.1 billion deal with Pike Analytics for compute capacity. "
            "Harbor Group terminated the agreement in May because Pike Analytics missed delivery dates.")
    assert [m for _, m, _, _ in facts(text, kind="purchase")] == ["negated"]
    text = ("2024年3月，澄川科技与青禾数据有限公司签署《算力服务合同》，合同金额3亿元。"
            "今年5月，澄川科技已解除该合同。")
    assert [m for _, m, _, _ in facts(text, kind="purchase")] == ["negated"]


# ---- D4: a figure a deal would bring in is expected, never planned ----

def test_revenue_a_deal_would_generate_is_expected():
    text = ("Pike Analytics chief executive Tom Reyes told Reuters the Harbor deal would generate roughly "
            "$600 million in annual revenue at full capacity.")
    found = run(text).facts
    fin = [f for f in found if f.type == "financial"]
    assert [(f.modality, f.roles["company"][0].text, f.qualifiers["value"].value.value) for f in fin] == \
        [("expected", "Pike Analytics", 600000000.0)]


def test_revenue_posted_stays_asserted_and_a_spending_plan_stays_planned():
    # near misses: a figure reported is asserted; money a company plans to spend is a plan
    fin = [f for f in run("Pike Analytics posted revenue of $600 million in 2024.").facts if f.type == "financial"]
    assert [f.modality for f in fin] == ["asserted"]
    plan = [f for f in run("Pike Analytics plans to spend $2 billion on capital expenditure next year.").facts
            if f.type == "capital_plan"]
    assert [f.modality for f in plan] == ["planned"]


def test_revenue_a_contract_named_by_its_customer_brings_in_is_the_speakers():
    text = ("Pike Analytics was founded in 2019 by Tom Reyes. Tom Reyes told Reuters that the Harbor contract would "
            "take up about a fifth of its capacity while bringing in roughly $600 million of revenue a year.")
    fin = [f for f in run(text).facts if f.type == "financial"]
    assert [(f.modality, f.roles["company"][0].text) for f in fin] == [("expected", "Pike Analytics")]
    # near miss: a company that is the subject itself keeps its own figure
    fin = [f for f in run("Harbor Group posted revenue of $600 million in 2024.").facts if f.type == "financial"]
    assert [f.roles["company"][0].text for f in fin] == ["Harbor Group"]


def test_a_signed_deal_that_lets_a_party_end_it_on_a_condition_stands():
    text = ("Harbor Group has signed a four-year contract worth about $3.1 billion with Pike Analytics for access to "
            "computing capacity. The agreement also lets Harbor Group terminate if Pike Analytics misses its delivery "
            "milestones.")
    found = [f for f in run(text).facts if f.type in ("purchase", "partnership")]
    assert found and all(f.modality == "asserted" for f in found)


# ---- N1: 上市 closing 加上/跟上 before 市场 is no listing ----

def test_shang_before_shichang_is_no_listing():
    assert facts("澄川股份表示，加上市场需求下滑，利润有所减少。", kind="listing") == []
    assert facts("澄川股份表示，公司将紧跟上市场节奏推出新品。", kind="listing") == []


def test_a_listing_is_still_read():
    # near miss: a listing planned next month keeps firing
    found = facts("澄川股份将于下月在深交所上市。", kind="listing")
    assert [(m, r["company"]) for _, m, r, _ in found] == [("planned", ["澄川股份"])]


# ---- N2: a person speaking is never a party of the partnership told ----

def test_a_speaker_is_no_party_of_a_joint_lab():
    text = "青禾智能创始人周宁在采访中提到，澄川集团牵头的联合实验室将接收几名研究员。"
    assert facts(text, kind="partnership") == []
    text = "青禾智能创始人周宁解释说，部分研究员将转到由澄川集团牵头的联合实验室。"
    assert all("周宁" not in r["party"] for _, _, r, _ in facts(text, kind="partnership"))


def test_companies_founding_a_joint_lab_are_its_parties():
    # near miss: the companies named as founding the lab are its parties
    found = facts("青禾智能与澄川集团牵头成立联合实验室。", kind="partnership")
    assert [sorted(r["party"]) for _, _, r, _ in found] == [["澄川集团", "青禾智能"]]


# ---- N3: A借B借壳上市: A lists through the shell B ----

def test_a_backdoor_listing_is_of_the_company_before_jie():
    found = facts("交易披露后，有传闻称澄川科技将借北辰股份实现借壳上市。", kind="listing")
    assert [(m, r["company"]) for _, m, r, _ in found] == [("rumored", ["澄川科技"])]


def test_the_shell_is_never_the_listing_company():
    # near misses: no company before 借: nothing (not the shell); a denial of the arrangement lists nothing
    assert facts("有传闻称，将借北辰股份实现借壳上市。", kind="listing") == []
    assert facts("澄川科技表示，不存在借北辰股份借壳上市的安排。", kind="listing") == []
    found = facts("澄川科技拟借壳北辰股份上市。", kind="listing")
    assert [(m, r["company"]) for _, m, r, _ in found] == [("planned", ["澄川科技"])]


# ---- F2: a joint venture set up with money (共同出资设立 / A联合B出资设立) is dated ----

def test_a_joint_venture_set_up_with_money_keeps_its_date():
    found = facts("今年4月，北辰电气与岚山数据有限公司共同出资设立北辰云。", "2024-09-04", "partnership")
    assert [(sorted(r["party"]), r["result"], d) for _, _, r, d in found] == \
        [(["北辰电气", "岚山数据有限公司"], ["北辰云"], "2024-04")]


def test_a_company_set_up_together_with_another_is_their_venture():
    found = facts("今年4月，北辰电气联合岚山数据有限公司出资设立北辰云。", "2024-09-04")
    assert ("founding", "asserted", {"founder": ["北辰电气", "岚山数据有限公司"], "company": ["北辰云"]}, "2024-04") in found
    assert [(sorted(r["party"]), d) for t, _, r, d in found if t == "partnership"] == \
        [(["北辰电气", "岚山数据有限公司"], "2024-04")]


def test_a_company_set_up_alone_is_no_venture():
    # near miss: one founder, no partner: a founding only
    found = facts("今年4月，北辰电气出资设立北辰云。", "2024-09-04")
    assert [t for t, _, _, _ in found] == ["founding"]


# ---- F3: 同样/也成立于DATE keeps the founding date ----

def test_founded_also_on_a_date_keeps_it():
    for text in ("青禾微电子同样成立于2021年8月，由周宁创办。", "青禾微电子也成立于2021年8月，由周宁创办。"):
        found = facts(text, kind="founding")
        assert [(r["founder"], d) for _, _, r, d in found] == [(["周宁"], "2021-08")]


def test_a_founding_date_inside_a_list_of_rules_is_no_listing():
    # near miss (FN2): a listing rule in force since a year is no listing of the company that year
    assert facts("青禾微电子的融资额创下2023年港交所特专科技上市机制推出以来的新高。", kind="listing") == []


# ---- F4: 当晚/当天 take the day named last ----

def test_that_evening_is_the_day_named_before():
    text = "交易在今年8月21日拉开序幕。当晚，北辰控股将所持澄川股份10%的股份转让给青禾科技。"
    found = facts(text, "2025-09-30", "acquisition")
    assert [(r["seller"], d) for _, _, r, d in found] == [(["北辰控股"], "2025-08-21")]
    text = "澄川股份于8月21日发布公告。当天，北辰控股将所持澄川股份10%的股份转让给青禾科技。"
    assert [d for _, _, _, d in facts(text, "2025-09-30", "acquisition")] == ["2025-08-21"]


def test_that_evening_with_no_day_before_dates_nothing():
    # near miss: no day named before 当晚: no date (not the reference date)
    found = facts("当晚，北辰控股将所持澄川股份10%的股份转让给青禾科技。", "2025-09-30", "acquisition")
    assert [d for _, _, _, d in found] == [None]


def test_a_holder_named_before_that_day_stays_a_name_and_the_issuer_holds_control():
    text = ("岚山电子（600111）10月14日晚间公告，持股5%以上的股东吴立衡当天通过集中竞价买入公司股份600万股，"
            "斥资4900万元。这笔买入完成后，吴立衡的持股比例从8.8%升至9.1%。\n\n"
            "公司的控股股东是北辰产业投资有限公司（下称北辰产投）。")
    found = facts(text, "2025-10-20")
    assert ("shareholding", "asserted", {"holder": ["北辰产业投资有限公司"], "company": ["岚山电子"]}, None) in found
    bought = [(r["investor"], d) for t, _, r, d in found if t == "investment"]
    assert bought == [(["吴立衡"], "2025-10-14")]

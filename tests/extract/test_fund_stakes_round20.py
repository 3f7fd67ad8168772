"""Money put into funds, as listed companies' announcements word it (round 20): the fund is the investee; who pays
is the party named (a subsidiary, not its parent); what a title or a key point names is a plan; no share word,
role noun or verb-led stretch is a party. All sentences are written for these tests, with invented names."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def _facts(text: str, ftype: str | None = None):
    return [f for f in extract("t", text, "2024-06-30").facts if ftype is None or f.type == ftype]


def _roles(fact) -> dict[str, list[str]]:
    return {k: [m.canonical for m in v] for k, v in fact.roles.items()}


FUND = "苏州青岚创业投资合伙企业"


def test_each_party_founding_a_fund_together_invests_in_it_as_planned() -> None:
    text = ("澄川科技股份有限公司拟与普通合伙人岚山私募基金管理有限公司（以下简称“岚山私募”），及有限合伙人青禾电子有限公司、"
            "北辰投资有限公司共同出资设立苏州青岚创业投资合伙企业（有限合伙）（以工商核定名称为准）（以下简称“青岚创投”）。")
    found = [f for f in _facts(text, "investment") if "fund_founded" in f.rule]
    assert sorted(_roles(f)["investor"][0] for f in found) == sorted(
        ["澄川科技股份有限公司", "岚山私募基金管理有限公司", "青禾电子有限公司", "北辰投资有限公司"])
    assert {_roles(f)["investee"][0] for f in found} == {FUND}
    assert {f.modality for f in found} == {"planned"}  # 拟 opens the sentence, far before the verb


def test_founding_a_fund_told_as_done_is_asserted_and_a_company_is_left_to_other_readers() -> None:
    found = _facts("青禾电子与岚山资本共同出资设立星澜基金。", "investment")
    assert sorted((_roles(f)["investor"][0], f.modality) for f in found) == [("岚山资本", "asserted"), ("青禾电子", "asserted")]
    # near miss: a company (no fund) founded together is not read as money put into a fund
    assert not [f for f in _facts("澄川科技与青禾电子共同出资设立青岚智能科技有限公司。") if "fund_founded" in f.rule]


def test_a_limited_partner_pays_its_amount_into_the_fund_named_before() -> None:
    text = ("澄川科技拟与岚山私募共同出资设立苏州青岚创业投资合伙企业（有限合伙）（以下简称“青岚创投”）。"
            "澄川科技作为有限合伙人以自筹资金出资5,000万元，占青岚创投总认缴出资额的20%。")
    [paid] = [f for f in _facts(text, "investment") if "limited_partner" in f.rule]
    assert _roles(paid) == {"investor": ["澄川科技"], "investee": [FUND]}
    assert (paid.amount.text, paid.stake.text) == ("5,000万元", "20%")


def test_no_fund_named_anywhere_gives_no_limited_partner_investment() -> None:
    assert _facts("澄川科技作为有限合伙人的权利义务详见合伙协议。", "investment") == []


def test_a_partner_listed_after_yu_is_not_the_fund_invested_in() -> None:
    text = "澄川科技作为有限合伙人与苏州岚山企业管理合伙企业（有限合伙）、青禾电子有限公司签署合伙协议。"
    assert _facts(text, "investment") == []


def test_a_subsidiary_subscribing_for_fund_shares_invests_and_will_hold_its_share() -> None:
    text = ("澄川科技股份有限公司（以下简称“公司”或“澄川科技”）全资子公司澄川（上海）投资有限公司（以下简称“澄川投资”）"
            "拟以自筹资金3,000万元认购苏州岚湖二期创业投资合伙企业（有限合伙）（以下简称“岚湖二期”或“基金”，具体名称以工商"
            "登记为准）的出资份额，并由此成为该基金的有限合伙人。本次投资完成后，澄川投资将持有合伙企业5.00%的出资份额。")
    facts = _facts(text)
    invested = [f for f in facts if f.type == "investment"]
    assert invested and all(_roles(f) == {"investor": ["澄川（上海）投资有限公司"], "investee": ["苏州岚湖二期创业投资合伙企业"]}
                            for f in invested)  # the subsidiary pays, not its parent
    assert {f.modality for f in invested} == {"planned"}
    assert any(f.amount is not None and f.amount.text == "3,000万元" for f in invested)
    [held] = [f for f in facts if f.type == "shareholding"]
    assert (_roles(held), held.stake.text, held.modality) == (
        {"holder": ["澄川（上海）投资有限公司"], "company": ["苏州岚湖二期创业投资合伙企业"]}, "5.00%", "planned")
    owned = [f for f in facts if f.type == "ownership"]
    assert [_roles(f) for f in owned] == [{"owner": ["澄川科技股份有限公司"], "unit": ["澄川（上海）投资有限公司"]}]
    names = {m.text for f in facts for ms in f.roles.values() for m in ms}
    assert "持有合伙企业" not in names  # the verb and the word for the fund are no name


def test_fund_shares_with_no_fund_named_give_no_investee() -> None:
    assert _facts("澄川科技发布公告。公司以自筹资金认购下列基金的份额，投资金额合计8,000万元。", "investment") == []


def test_a_title_on_a_subsidiary_joining_a_fund_names_no_parent_as_investor() -> None:
    text = "澄川科技集团关于全资子公司参与投资岚湖基金的公告\n公司全资子公司澄川投资拟参与投资岚湖基金。"
    facts = _facts(text)
    invested = [f for f in facts if f.type == "investment"]
    assert invested and all("澄川科技集团" not in _roles(f)["investor"] for f in invested)
    assert {f.modality for f in invested} == {"planned"}
    assert [_roles(f) for f in facts if f.type == "ownership"] == [
        {"owner": ["澄川科技集团"], "unit": ["澄川投资"]}]  # not owned by the fund


def test_a_title_joining_a_fund_is_a_plan_only() -> None:
    text = "澄川科技集团关于参与认购苏州青岚二期创业投资合伙企业（有限合伙）基金份额的公告"
    [plan] = _facts(text, "investment")
    assert (_roles(plan), plan.modality) == (
        {"investor": ["澄川科技集团"], "investee": ["苏州青岚二期创业投资合伙企业"]}, "planned")


def test_joining_a_round_is_still_an_investment_in_the_company_raising() -> None:
    [fact] = _facts("青禾资本参与投资了星河机器人的B轮融资。", "investment")
    assert _roles(fact) == {"investor": ["青禾资本"], "investee": ["星河机器人"]} and "fund" not in fact.rule
    assert fact.qualifiers["round"] == "B轮"


def test_signers_of_a_funds_partnership_agreement_invest_and_the_company_subscribes_its_amount() -> None:
    text = ("澄川科技集团关于签署合伙协议的公告\n2024年3月5日，公司与岚山投资有限公司（以下简称“岚山投资”）、"
            "北辰资本有限公司共同签署了《苏州青岚创业投资合伙企业（有限合伙）合伙协议》，公司认缴出资额3,000万元，出资比例15%。")
    invested = _facts(text, "investment")
    assert {_roles(f)["investor"][0] for f in invested} == {"澄川科技集团", "岚山投资有限公司", "北辰资本有限公司"}
    assert {_roles(f)["investee"][0] for f in invested} == {FUND}
    assert {f.modality for f in invested} == {"asserted"}
    own = [f for f in invested if _roles(f)["investor"] == ["澄川科技集团"]]
    assert any(f.amount is not None and f.amount.text == "3,000万元" for f in own)
    assert all(f.amount is None for f in invested if f not in own)  # the company's amount is no other party's


def test_capital_subscribed_for_a_company_or_an_agreement_of_no_fund_is_no_fund_investment() -> None:
    assert not [f for f in _facts("澄川科技认缴出资500万元设立澄川智能有限公司。") if "subscribed" in f.rule]
    assert _facts("公司拟与岚山投资签署《战略合作协议》。", "investment") == []


def test_a_key_point_of_an_announcement_states_the_terms_of_a_plan() -> None:
    text = ("重要内容提示：\n1、投资标的：苏州青岚创业投资合伙企业（有限合伙）\n"
            "2、投资金额：澄川科技股份有限公司（以下简称“公司”）以自筹资金认缴出资人民币2,000万元。")
    [fact] = _facts(text, "investment")
    assert (_roles(fact), fact.modality, fact.amount.text) == (
        {"investor": ["澄川科技股份有限公司"], "investee": [FUND]}, "planned", "2,000万元")


def test_a_subscription_with_its_stake_and_a_head_holding_a_stop_character() -> None:
    text = ("根据苏州岚为科技股份有限公司（以下简称“公司”）战略规划的需要，公司拟作为有限合伙人，以自筹资金认缴1,000万元，"
            "占比1.5%，参与认购苏州青岚二期创业投资合伙企业（有限合伙）的基金份额。")
    invested = _facts(text, "investment")
    assert invested and all(_roles(f) == {"investor": ["苏州岚为科技股份有限公司"], "investee": ["苏州青岚二期创业投资合伙企业"]}
                            for f in invested)
    assert {f.modality for f in invested} == {"planned"}
    assert any(f.stake is not None and f.stake.text == "1.5%" for f in invested)


def test_the_field_a_fund_invests_in_is_no_deal() -> None:
    assert _facts("青岚基金目标规模50亿元，主要投资于长三角地区的硬科技企业。", "investment") == []
    # near miss: a fund that invested in a named company did make a deal
    [fact] = _facts("青岚基金投资了星河机器人。", "investment")
    assert _roles(fact) == {"investor": ["青岚基金"], "investee": ["星河机器人"]}


def test_a_kind_of_party_and_a_verb_led_stretch_are_no_partners() -> None:
    assert _facts("澄川科技集团关于参与认购产业投资基金的份额暨与专业投资机构开展合作的公告", "partnership") == []
    assert _facts("二、专业投资机构的基本情况\n（一）苏州青岚创业投资合伙企业（有限合伙）", "investment") == []
    # near miss: two named companies that cooperate are partners
    assert _facts("澄川科技与青禾电子达成战略合作。", "partnership")


def test_a_role_noun_glued_before_a_name_is_not_part_of_it() -> None:
    doc = extract("t", "公司与普通合伙人岚山投资管理有限公司签署了协议。", "2024-06-30")
    assert "岚山投资管理有限公司" in {m.text for m in doc.mentions}
    assert not any(m.text.startswith("普通合伙人") for m in doc.mentions)


def test_taking_part_in_founding_a_fund_is_a_founding() -> None:
    facts = _facts("澄信公司参与设立了青云一号基金。")
    assert [(f.type, _roles(f)) for f in facts] == [("founding", {"founder": ["澄信公司"], "company": ["青云一号基金"]})]


def test_a_long_fund_name_after_touzi_keeps_no_tail_of_the_verb() -> None:
    doc = extract("t", "澄川科技关于投资浙江岚湖经济开发区青禾远帆股权投资合伙企业（有限合伙）的公告", "2024-06-30")
    assert "浙江岚湖经济开发区青禾远帆股权投资合伙企业" in {m.text for m in doc.mentions}
    assert not any(m.text.startswith("资") for m in doc.mentions)
    # near miss: a shorter name right after the verb is read as before
    assert "青禾远帆股权投资合伙企业" in {m.text for m in extract("t", "澄川科技拟投资青禾远帆股权投资合伙企业（有限合伙）。", "2024-06-30").mentions}


def test_partners_let_into_a_fund_put_money_in_as_planned() -> None:
    found = _facts("苏州青岚创业投资合伙企业（有限合伙）拟引入新的有限合伙人北辰资本有限公司、远帆电子有限公司。", "investment")
    assert sorted((_roles(f)["investor"][0], _roles(f)["investee"][0], f.modality) for f in found) == [
        ("北辰资本有限公司", FUND, "planned"), ("远帆电子有限公司", FUND, "planned")]
    # near miss: a company (no fund) letting partners in is not read so
    assert _facts("青岚科技有限公司拟引入新的有限合伙人北辰资本有限公司。", "investment") == []


def test_funds_listed_after_the_words_for_them_are_each_invested_in_once_the_board_consents() -> None:
    text = ("澄川科技集团关于与专业机构合作投资的公告\n董事会同意公司以自筹资金认购下列基金的份额，投资金额合计"
            "8,000万元。标的名称 拟投资金额（万元） 苏州青岚创业投资合伙企业（有限合伙） 5,000.00 苏州岚湖二期创业投资合伙企业"
            "（有限合伙） 3,000.00 合计 8,000.00\n二、专业投资机构的基本情况\n（一）苏州星河私募基金管理有限公司")
    found = _facts(text, "investment")
    assert sorted((_roles(f)["investor"][0], _roles(f)["investee"][0], f.modality) for f in found) == [
        ("澄川科技集团", "苏州岚湖二期创业投资合伙企业", "planned"), ("澄川科技集团", FUND, "planned")]
    assert all(f.amount is None for f in found)  # the total is no one fund's


def test_a_joint_venture_set_up_with_money_is_still_read_as_a_joint_venture() -> None:
    # near miss for 共同出资设立F: a joint venture company keeps its partnership reading
    [jv] = _facts("澄川科技与青禾电子共同出资设立合资公司青岚智能科技有限公司。", "partnership")
    assert _roles(jv) == {"party": ["澄川科技", "青禾电子"], "result": ["青岚智能科技有限公司"]}
    assert _facts("澄川科技与青禾电子共同出资设立合资公司青岚智能科技有限公司。", "investment") == []


def test_the_legal_form_of_a_fund_is_no_name_and_its_partner_pays_into_the_fund() -> None:
    text = "青岚基金采用有限合伙企业形式，澄川投资作为有限合伙人认缴2,000万元，认缴比例10%。"
    doc = extract("t", text, "2024-06-30")
    assert not any("采用" in m.text for m in doc.mentions)
    [fact] = [f for f in doc.facts if f.type == "investment"]
    assert (_roles(fact), fact.amount.text, fact.stake.text) == (
        {"investor": ["澄川投资"], "investee": ["青岚基金"]}, "2,000万元", "10%")


def test_the_company_of_the_notice_subscribes_not_the_other_signer() -> None:
    text = ("澄川科技集团关于签署合伙协议的公告。近日，公司与岚山投资有限公司共同签署了《苏州青岚创业投资合伙企业"
            "（有限合伙）合伙协议》，根据合伙协议约定，公司作为有限合伙人以自筹资金1,000万元出资认购基金份额，出资占比20%。")
    paid = {_roles(f)["investor"][0]: f.amount.text if f.amount else None for f in _facts(text, "investment")}
    assert paid == {"澄川科技集团": "1,000万元", "岚山投资有限公司": None}


def test_the_funds_own_investments_stay_the_funds() -> None:
    text = ("澄川科技拟以自筹资金3,000万元认购苏州青岚创业投资合伙企业（有限合伙）（以下简称“青岚创投”或“基金”）的出资份额。"
            "截至目前，该基金已投资星河机器人、远帆智能等项目。")
    by_investee = {_roles(f)["investee"][0]: _roles(f)["investor"] for f in _facts(text, "investment")}
    assert by_investee == {FUND: ["澄川科技"], "星河机器人": [FUND], "远帆智能": [FUND]}
    # near miss: a fund described by who put money in still makes its own deal
    [own] = _facts("澄川科技参与投资的苏州青岚创业投资合伙企业（有限合伙）近日投资了远帆智能。", "investment")
    assert _roles(own) == {"investor": [FUND], "investee": ["远帆智能"]}


def test_the_fund_subscribing_its_own_total_is_no_partner() -> None:
    text = ("澄川科技拟以自筹资金3,000万元认购苏州青岚创业投资合伙企业（有限合伙）（以下简称“青岚创投”）的出资份额。"
            "青岚创投认缴出资总额为人民币5亿元。")
    assert [_roles(f)["investor"] for f in _facts(text, "investment")] == [["澄川科技"]]


def test_a_kind_of_fund_is_no_fund_invested_in() -> None:
    assert not [f for f in _facts("澄川科技拟与岚山信托共同出资设立契约型基金。") if "fund_founded" in f.rule]
    assert not [f for f in _facts("澄川科技拟与岚山资本共同出资设立私募股权投资基金。") if "fund_founded" in f.rule]
    # near miss: a named fund is one
    assert [f for f in _facts("澄川科技拟与岚山资本共同出资设立青岚产业基金。") if "fund_founded" in f.rule]


def test_a_partnership_name_with_a_seat_in_brackets_is_one_name() -> None:
    text = "近日，公司与青禾金控（上海）资产管理有限公司、岚晶（上海）投资管理中心（有限合伙）（以下简称“岚晶”）共同签署了协议。"
    found = {m.text for m in extract("t", text, "2024-06-30").mentions}
    assert "岚晶（上海）投资管理中心" in found and "岚晶（上海）" not in found
    # near miss: a seat in brackets with no head before it names nothing
    assert extract("t", "公司与（上海）投资管理中心（有限合伙）签署协议。", "2024-06-30").mentions == []


def test_parties_counted_before_investing_together_are_no_investee() -> None:
    text = ("为促进公司业绩增长，澄川科技拟作为有限合伙人出资3,000万元与投资机构岚山投资管理有限公司（以下简称“岚山投资”）"
            "等5家投资方共同投资设立苏州青岚创业投资合伙企业（有限合伙）。")
    found = _facts(text, "investment")
    assert {_roles(f)["investee"][0] for f in found} == {FUND}  # 岚山投资 invests, it is not invested in
    assert {_roles(f)["investor"][0] for f in found} == {"澄川科技", "岚山投资管理有限公司"}
    assert {f.modality for f in found} == {"planned"}
    paid = {_roles(f)["investor"][0]: f.amount.text if f.amount else None for f in found}
    assert paid == {"澄川科技": "3,000万元", "岚山投资管理有限公司": None}
    # near miss: a round's investors counted the same way still back the company raising
    [round_] = _facts("星河机器人完成B轮融资，由岚山资本等5家投资方共同投资。", "investment")
    assert _roles(round_) == {"investor": ["岚山资本"], "investee": ["星河机器人"]}


def test_a_partner_of_a_fund_named_between_the_words_pays_into_that_fund() -> None:
    text = ("澄川科技拟与岚山私募共同出资设立苏州青岚创业投资合伙企业（有限合伙）（以工商核定名称为准）（以下简称“青岚基金”）。"
            "澄川科技拟作为 青岚基金的有限合伙人以自筹资金出资 8000万元，占 青岚基金认缴总额的 20%。"
            "澄川科技全资子公司澄川云创有限公司拟作为岚山私募基金管理合伙企业（有限合伙）（以下简称“岚山私募”）的有限合伙人"
            "以自筹资金出资200万元。")
    paid = {(_roles(f)["investor"][0], _roles(f)["investee"][0]): (f.amount.text if f.amount else None, f.modality)
            for f in _facts(text, "investment") if "limited_partner" in f.rule}
    assert paid == {("澄川科技", FUND): ("8000万元", "planned"),  # the short name after the note stands for the fund
                    ("澄川云创有限公司", "岚山私募基金管理合伙企业"): ("200万元", "planned")}
    # near miss: partners listed as such are not told to pay in here
    assert _facts("青禾电子的有限合伙人包括岚山资本。", "investment") == []


def test_terms_told_after_a_planned_fund_are_the_plans_unless_said_done() -> None:
    plan = ("澄川科技将以自筹资金增资全资子公司澄川投资有限公司（以下简称“澄川投资”），用以与岚山资本有限公司共同设立"
            "苏州青岚创业投资合伙企业（有限合伙）（具体以工商登记为准）。本次澄川投资作为有限合伙人认缴2,000万元。")
    [paid] = [f for f in _facts(plan, "investment") if "limited_partner" in f.rule]
    assert (_roles(paid)["investor"], paid.modality) == (["澄川投资有限公司"], "planned")
    # near miss: the same terms in a sentence that says the agreement was signed are a deal made
    done = ("澄川科技将以自筹资金增资全资子公司澄川投资有限公司（以下简称“澄川投资”），用以与岚山资本有限公司共同设立"
            "苏州青岚创业投资合伙企业（有限合伙）（具体以工商登记为准）。近日各方已签署合伙协议，澄川投资作为有限合伙人的"
            "认缴出资额为2,000万元。")
    [made] = [f for f in _facts(done, "investment") if "limited_partner" in f.rule]
    assert made.modality == "asserted"


def test_becoming_a_partner_of_the_fund_written_about_pays_into_it() -> None:
    text = "澄川科技拟认缴苏州青岚创业投资合伙企业（有限合伙）的份额。公司将成为合伙企业的有限合伙人，出资5000万元。"
    paid = [f for f in _facts(text, "investment") if "limited_partner" in f.rule]
    assert [(_roles(f), f.amount.text, f.modality) for f in paid] == [
        ({"investor": ["澄川科技"], "investee": [FUND]}, "5000万元", "planned")]
    # near miss: no fund written about before, no partner's payment
    assert _facts("公司将成为合伙企业的有限合伙人，出资5000万元。", "investment") == []


def test_the_company_opening_a_clause_after_qizhong_is_the_partner() -> None:
    text = ("澄川科技集团关于参与设立创投基金的公告\n公司拟参与投资设立苏州青岚创业投资合伙企业（有限合伙）（下称“青岚基金”）。"
            "青岚基金总规模3亿元，其中公司作为有限合伙人用自筹资金认缴9,000万元。")
    paid = [f for f in _facts(text, "investment") if "limited_partner" in f.rule]
    assert [(_roles(f), f.amount.text, f.modality) for f in paid] == [
        ({"investor": ["澄川科技集团"], "investee": [FUND]}, "9,000万元", "planned")]

"""Chinese round constructions met while reading real news on AI start-up and chip financings (round 20): the
team's own sentences with the same structure as the real ones, other names and numbers."""

from __future__ import annotations

from tests.extract.readers import facts, one, roles


def _named(text: str) -> list:
    """The investment facts that name at least one investor."""
    return [f for f in facts(text, "investment") if f.roles["investor"]]


# --- names joined by & and a department word ---------------------------------------------------------------------

def test_investment_closing_a_name_before_an_ampersand_is_no_verb():
    found = _named("青禾智能宣布完成B轮融资，由澄川资本领投，星湾证券投资&远岫投资、北辰资本跟投。")
    assert len(found) == 1, [roles(f) for f in found]
    assert roles(found[0])["investee"] == ["青禾智能"]
    assert {"澄川资本", "远岫投资", "北辰资本"} <= set(roles(found[0])["investor"])
    assert not any(m.text.startswith("&") for f in found for m in f.roles["investor"])
    # the verb before a company's name still invests
    assert roles(one("澄川资本投资了青禾智能。", "investment")) == {"investor": ["澄川资本"], "investee": ["青禾智能"]}


def test_an_investment_department_named_before_its_unit_is_no_deal():
    text = "澄川集团旗下的青禾出行日前完成了8亿元的B轮融资。投资者包括澄川集团的企业风险投资部门澄川资本。"
    found = _named(text)
    assert [roles(f) for f in found] == [{"investor": ["澄川资本"], "investee": ["青禾出行"]}]
    assert found[0].qualifiers["round"] == "B轮" and found[0].amount.text == "8亿元"
    assert _named("澄川集团的投资部门负责人昨日表示将继续关注机器人赛道。") == []


# --- the lead investor as a noun -----------------------------------------------------------------------------------

def test_the_lead_investor_described_as_a_noun_leads_nothing_here():
    assert _named("青禾智能这轮融资里，老股东继续跟投，领投方的来历都是地方国资。") == []
    assert _named("在青禾智能此轮的融资中，跟投机构中的多家来自长三角。") == []
    fact = one("青禾智能完成A轮融资，领投方为澄川资本。", "investment")
    assert roles(fact) == {"investor": ["澄川资本"], "investee": ["青禾智能"]}


def test_lead_investors_counted_before_a_colon_are_the_names_after_it():
    found = _named("青禾智能宣布完成近5亿元A轮融资。本轮领投方有三家：澄川基金、岚山创投和远岫资本。")
    assert [roles(f) for f in found] == [{"investor": ["澄川基金", "岚山创投", "远岫资本"], "investee": ["青禾智能"]}]
    assert found[0].qualifiers["round"] == "A轮" and found[0].amount.text == "近5亿元"
    assert _named("青禾智能宣布完成近5亿元A轮融资。本轮领投方有三家，均为长三角的国资机构。") == []


def test_investor_line_up_covering_names():
    fact = one("青禾智能称已完成超8亿元B轮融资，投资方阵容涵盖北辰资本、远岫资本等。", "investment")
    assert roles(fact) == {"investor": ["北辰资本", "远岫资本"], "investee": ["青禾智能"]}
    assert fact.amount.text == "超8亿元" and fact.qualifiers["round"] == "B轮"
    assert _named("青禾智能宣布完成B轮融资，投资方阵容涵盖多家国资机构。") == []


# --- a unit named after its parent -------------------------------------------------------------------------------

def test_a_unit_named_after_its_parent_leads_the_round_not_the_parent():
    for text in ("青禾智能日前完成近6亿元B轮融资，由澄川集团系产业平台岚山资本领投。",
                 "青禾智能完成5亿元A轮融资，由澄川集团旗下岚山资本领投，远岫资本跟投。",
                 "青禾智能于6月10日获得Pre-A轮融资，领投方为澄川集团旗下岚山资本。"):
        found = _named(text)
        assert len(found) == 1, text
        assert "澄川集团" not in roles(found[0])["investor"] and "岚山资本" in roles(found[0])["investor"], text
        assert found[0].qualifiers["lead"] == ["name:岚山资本"], text
    # two investors side by side both lead
    fact = _named("青禾智能完成5亿元A轮融资，由澄川集团、岚山资本联合领投。")[0]
    assert roles(fact)["investor"] == ["澄川集团", "岚山资本"]


def test_the_last_investor_listed_owns_the_unit_after_it():
    text = "青禾智能完成20亿元A轮融资，由北辰资本、远岫资本、澄川国际旗下岚山基金联合领投，星湾创投跟投。"
    owned = one(text, "ownership")
    assert roles(owned) == {"owner": ["澄川国际"], "unit": ["岚山基金"]}
    fact = _named(text)[0]
    assert roles(fact)["investor"] == ["北辰资本", "远岫资本", "岚山基金", "星湾创投"]


# --- 战投 and an amount with no currency before a round ------------------------------------------------------------

def test_a_strategic_investment_got_under_its_short_name():
    fact = one("9月26日，青禾智驾官宣获得澄川汽车战投并完成交割。", "investment")
    assert roles(fact) == {"investor": ["澄川汽车"], "investee": ["青禾智驾"]} and fact.modality == "asserted"
    # the short word inside an investor's name listed is no verb of its own
    fact = one("青禾智驾完成A轮融资，投资方包括百度战投、中车资本。", "investment")
    assert roles(fact)["investor"] == ["百度战投", "中车资本"]


def test_an_amount_in_yi_with_no_currency_before_a_round_is_the_money_raised():
    fact = one("青禾芯穹宣布完成近3亿A轮融资。", "investment")
    assert fact.amount is not None and fact.amount.text == "近3亿" and fact.qualifiers["round"] == "A轮"
    from dealgraph.values.money import find_money
    assert [m.text for _, _, m in find_money("青禾芯穹完成3000万B+轮融资")] == ["3000万"]
    assert find_money("澄川资本持有5亿A股股份") == [] and find_money("青禾芯穹用户超5亿A轮测试") == []


# --- rounds listed one after another, and the names joining a lead -----------------------------------------------

def test_each_round_of_a_list_keeps_its_own_investors():
    text = ("5月8日，青禾芯片宣布完成总额数亿元的天使轮融资。其中天使轮由澄川资本领投，岚山创投和远岫资本跟投；"
            "天使+轮由岚山创投领投，远岫资本跟投；天使++轮由北辰科投领投，星湾资本、云栖投资等机构联合投资。")
    by_round = {f.qualifiers["round"]: roles(f)["investor"] for f in _named(text)}
    assert by_round == {"天使轮": ["澄川资本", "岚山创投", "远岫资本"], "天使+轮": ["岚山创投", "远岫资本"],
                        "天使++轮": ["北辰科投", "星湾资本", "云栖投资"]}


def test_old_shareholders_named_after_the_lead_join_the_round():
    fact = _named("青禾智能于2025年3月完成5亿美元C轮融资，由澄川资本领投，老股东岚山集团、远岫资本等参与。")[0]
    assert roles(fact)["investor"] == ["澄川资本", "岚山集团", "远岫资本"]
    assert fact.qualifiers["lead"] == ["name:澄川资本"]
    # names that take part in something else join no round
    fact = _named("青禾智能完成C轮融资，由澄川资本领投，岚山集团、远岫资本等参与了此次路演。")[0]
    assert roles(fact)["investor"] == ["澄川资本"]


# --- 战略投资 as a round, as a deal after a name, and inside a unit's name -------------------------------------------

def test_a_strategic_investment_unit_names_no_round():
    text = ("5月8日，青禾芯片宣布完成总额数亿元的天使轮融资。其中天使轮由澄川科技战略投资部领投，岚山创投和远岫资本跟投；"
            "天使+轮由岚山创投领投，远岫资本跟投。")
    rounds = sorted(f.qualifiers["round"] for f in _named(text))
    assert rounds == ["天使+轮", "天使轮"], rounds
    fact = _named("青禾芯片完成A轮融资，由澄川科技战略投资部领投，远岫资本跟投。")[0]
    assert fact.qualifiers["round"] == "A轮"


def test_a_name_ending_in_capital_before_strategic_investment_invests():
    fact = one("青禾芯片获得澄川资本战略投资。", "investment")
    assert roles(fact) == {"investor": ["澄川资本"], "investee": ["青禾芯片"]}
    fact = one("澄川资本战略投资青禾芯片。", "investment")
    assert roles(fact) == {"investor": ["澄川资本"], "investee": ["青禾芯片"]}
    assert facts("公司将加大人工智能战略投资力度。", "investment") == []


# --- the news source before 获悉 ------------------------------------------------------------------------------------

def test_the_source_before_huoxi_is_no_party_of_the_round():
    for text in ("澄川传媒获悉，9月26日，远见线官宣获得岚山汽车战投并完成交割。",
                 "澄川传媒获悉，远见线已完成5亿元B轮融资，由岚山资本领投。",
                 "澄川传媒从多方获悉，远见线已完成5亿元B轮融资。"):
        found = facts(text)
        assert not any(m.text == "澄川传媒" for f in found for ms in f.roles.values() for m in ms), text
    fact = _named("澄川传媒获悉，青禾智驾已完成5亿元B轮融资，由岚山资本领投。")[0]
    assert roles(fact) == {"investor": ["岚山资本"], "investee": ["青禾智驾"]}
    # a company that gets (获得) an investment is its party
    fact = one("澄川传媒获得岚山资本战投。", "investment")
    assert roles(fact) == {"investor": ["岚山资本"], "investee": ["澄川传媒"]}


# --- earlier shareholders joining; a valuation restated in brackets ----------------------------------------------

def test_angel_round_shareholders_raising_their_stake_join_the_round():
    fact = _named("青禾智能于6月10日获得Pre-A轮融资，领投方为岚山资本，天使轮股东远岫资本、北辰创投继续增持。")[0]
    assert roles(fact)["investor"] == ["岚山资本", "远岫资本", "北辰创投"]
    assert fact.qualifiers["lead"] == ["name:岚山资本"]
    # buying another company's shares joins no round
    found = _named("青禾智能完成A轮融资，领投方为岚山资本，远岫资本、北辰创投继续增持星湾科技股份。")
    assert [roles(f)["investee"] for f in found if "远岫资本" in roles(f)["investor"]] == [["星湾科技"]]


def test_a_valuation_restated_in_brackets_is_no_money_raised():
    text = "多家媒体援引知情人士称，青禾智能正在推进新一轮融资，最新估值升至20亿美元(约合人民币140亿元)。"
    assert facts(text, "financial") == []
    fact = one(text, "investment")
    assert fact.amount is None and fact.modality == "reported"
    fact = one("青禾智能完成2亿美元(约14亿元人民币)B轮融资，投后估值达10亿美元(约70亿元)。", "financial")
    assert fact.qualifiers["value"].text == "2亿美元"


def test_a_counted_list_of_leads_runs_past_commas_and_asides_to_its_count():
    fact = _named("青禾智能宣布完成近5亿元A轮融资。本轮领投方有三家：北辰科创基金（下称“北辰基金”），岚山创投和远岫资本。")[0]
    assert roles(fact)["investor"] == ["北辰科创基金", "岚山创投", "远岫资本"]
    fact = _named("青禾智能宣布完成近5亿元A轮融资。本轮领投方有两家：澄川基金，岚山创投，远岫资本则跟投。")[0]
    assert fact.qualifiers["lead"] == ["name:澄川基金", "name:岚山创投"]
    # names that fall short of the count stay as read before the comma
    fact = _named("青禾智能宣布完成近5亿元A轮融资。本轮领投方有三家：澄川基金，岚山创投。")[0]
    assert roles(fact)["investor"] == ["澄川基金"]


# --- funders after 来自 -----------------------------------------------------------------------------------------------

def test_funders_after_laizi_invest_in_the_company_getting_the_money():
    fact = one("青禾智能获得来自澄川资本、岚山创投的融资。", "investment")
    assert roles(fact) == {"investor": ["澄川资本", "岚山创投"], "investee": ["青禾智能"]}
    fact = one("2023年下半年，青禾智能凭借着来自澄川资本、岚山创投、远岫资本等产业资本与美元基金的融资，估值随之越过80亿元。",
               "investment")
    assert roles(fact)["investor"] == ["澄川资本", "岚山创投", "远岫资本"] and fact.date.value.value == "2023-H2"
    # a loan, a word of someone else's, goods bought: no investment
    assert facts("青禾智能获得来自澄川银行的贷款。", "investment") == []
    assert facts("青禾智能获得来自澄川资本的投资人的认可。", "investment") == []
    assert one("青禾机器人约40%的芯片来自星澜智算。", "purchase").roles["supplier"][0].text == "星澜智算"


def test_a_place_opening_a_name_listed_keeps_its_first_character():
    fact = _named("青禾芯片完成A轮融资，由澄川资本领投，远岫国际、前海青禾基金跟投。")[0]
    assert "前海青禾基金" in roles(fact)["investor"]
    # a time word before the place's characters keeps them: 三年前 | 海澜…
    found = facts("三年前海澜集团曾投资青禾科技。", "investment")
    assert [roles(f)["investor"] for f in found] == [["海澜集团"]]


def test_a_lead_described_then_named_after_a_dash_is_the_unit():
    text = ("2016年3月，青禾芯片完成2亿美元A轮融资，领投方是澄川集团以市场机制独立运营的资管公司——澄川创投，"
            "岚山创投、远岫资本联合投资。")
    fact = _named(text)[0]
    assert roles(fact)["investor"] == ["澄川创投", "岚山创投", "远岫资本"]
    assert fact.qualifiers["lead"] == ["name:澄川创投"] and "terms" not in fact.qualifiers
    fact = _named("2016年3月，青禾芯片完成2亿美元A轮融资，领投方是澄川集团，岚山创投、远岫资本联合投资。")[0]
    assert roles(fact)["investor"] == ["澄川集团", "岚山创投", "远岫资本"]
    fact = one("澄川资本入股青禾科技后，青禾科技将保持独立运营。", "investment")
    assert [t["term"] for t in fact.qualifiers["terms"]] == ["company_keeps_control"]


# --- a unit described after its owner, then the verb ------------------------------------------------------------------

def test_a_fund_named_after_its_owner_and_a_description_invests():
    text = "据知情人士透露，澄川石油集团旗下专职投资部门运营的基金Prosperity9，投资了国内模型公司青禾AI，金额约3亿美元。"
    fact = one(text, "investment")
    assert roles(fact) == {"investor": ["Prosperity9"], "investee": ["青禾AI"]} and fact.modality == "reported"
    assert roles(one(text, "ownership")) == {"owner": ["澄川石油集团"], "unit": ["Prosperity9"]}
    fact = one("澄川石油集团旗下的基金远岫资本，投资了青禾AI。", "investment")
    assert roles(fact)["investor"] == ["远岫资本"]
    # a company bought in the clause before does not invest: its buyer does
    fact = one("澄川石油集团收购了远岫资本，投资了青禾AI。", "investment")
    assert roles(fact)["investor"] == ["澄川石油集团"]


# --- a round under way -----------------------------------------------------------------------------------------------

def test_a_new_round_under_way_is_planned_never_asserted():
    fact = one("青禾智能两年间先后完成A轮和B轮融资，并正以90亿元的估值商谈新一轮融资。", "investment")
    assert fact.modality == "planned" and roles(fact)["investee"] == ["青禾智能"]
    assert fact.qualifiers["round"] == "新一轮" and fact.amount is None
    assert one("青禾智能正在洽谈新一轮融资。", "investment").modality == "planned"
    assert one("据知情人士透露，青禾智能正在推进新一轮融资。", "investment").modality == "reported"
    # a round named with no figure and no step under way states no round here
    assert facts("青禾智能此前曾讨论过融资。", "investment") == []


# --- keen investors, a denial after them, and the investors of an earlier round -----------------------------------

def test_investors_keen_on_a_company_seeking_money_and_the_denial_after():
    text = "据外媒引述消息指，青禾智能考虑首次向外集资，澄川集团、岚山资本均有意投资。"
    fact = one(text, "investment")
    assert roles(fact) == {"investor": ["澄川集团", "岚山资本"], "investee": ["青禾智能"]}
    assert fact.modality == "reported"
    assert one(text + "不过，青禾智能相关人士澄清，融资消息均为谣言。", "investment").modality == "denied"
    assert one("青禾智能考虑向外集资，澄川集团有意投资。", "investment").modality == "planned"
    assert facts("青禾智能营收增长，澄川集团有意投资。", "investment") == []  # nothing is raised in the clause before


def test_intent_is_a_plan_but_not_in_youyisi():
    assert one("澄川集团有意投资青禾智能。", "investment").modality == "planned"
    fact = one("有意思的是，7月25日，青禾智能完成了50亿元的A2轮融资。", "investment")
    assert fact.modality == "asserted"


def test_participants_of_an_earlier_round_invest_in_it():
    fact = one("据悉，青禾智能上一轮融资的参与者包括澄川资本。", "investment")
    assert roles(fact) == {"investor": ["澄川资本"], "investee": ["青禾智能"]} and fact.modality == "reported"
    assert facts("青禾智能本次论坛的参与者包括澄川资本。", "investment") == []


def test_a_report_quoted_then_denied_by_a_source_quoting_the_company():
    text = ("青禾智能近日风头一时无两，美国科技新闻网站引述消息指，青禾智能考虑首次向外集资，澄川集团、岚山公司都有意投资。"
            "不过，《星报科技》引述青禾智能相关人士澄清，融资消息均为谣言。")
    fact = one(text, "investment")
    assert fact.modality == "denied" and roles(fact)["investor"] == ["澄川集团", "岚山公司"]
    assert one(text.split("。")[0] + "。", "investment").modality == "reported"
    # a rumour told and denied in one sentence stays that sentence's
    fact = one("另据知情人士透露，澄川集团正在洽谈收购青禾智能部分股权，但青禾智能回应称“消息不实”。", "acquisition")
    assert fact.modality == "denied"

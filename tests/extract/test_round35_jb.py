"""Round investors named in later clauses, in real news shapes (round 35, wt-jb). Sentences written by the team,
names invented."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def _investments(text: str) -> list[tuple[list[str], list[str], str | None, str | None, str]]:
    out = []
    for f in extract("t", text, "2025-06-30").facts:
        if f.type == "investment":
            out.append((sorted(m.text for m in f.roles["investor"]), [m.text for m in f.roles["investee"]],
                        f.qualifiers.get("round"), f.amount.text if f.amount is not None else None, f.modality))
    return out


def _investors_of(text: str, investee: str, modality: str = "asserted") -> set[str]:
    return {i for inv, ee, _, _, mood in _investments(text) if investee in ee and mood == modality for i in inv}


# --- Chinese: the list words 出资方 / 参投方 / 跟投方 (出资, 参投, 跟投 alone are verbs) ---

def test_chuzifang_lists_the_rounds_investors():
    text = "星衡机器人已完成新一轮融资，其B系列融资金额合计接近5亿元，出资方包括澄川资本、岚山创投和青禾控股。"
    assert _investors_of(text, "星衡机器人") == {"澄川资本", "岚山创投", "青禾控股"}
    text = "星衡机器人完成2亿元B轮融资，由澄川资本领投，参投方为岚山创投。"
    assert _investors_of(text, "星衡机器人") == {"澄川资本", "岚山创投"}
    text = "星衡机器人完成2亿元B轮融资，由澄川资本领投，跟投方包括岚山创投和青禾控股。"
    assert _investors_of(text, "星衡机器人") == {"澄川资本", "岚山创投", "青禾控股"}


def test_chuzifang_with_no_company_makes_no_investment():
    assert _investments("该项目出资方为岚山创投。") == []


# --- 参与本轮的还有A和B: the others in the round read before ---

def test_others_in_this_round_join_it():
    text = "星衡机器人近日完成2亿元B轮融资，由澄川资本领投，参与本轮的还有岚山创投和青禾控股。"
    assert _investors_of(text, "星衡机器人") == {"澄川资本", "岚山创投", "青禾控股"}
    text = "星衡机器人近日完成2亿元B轮融资，由澄川资本领投。参与本轮融资的还有岚山创投、青禾控股等机构。"
    assert _investors_of(text, "星衡机器人") == {"澄川资本", "岚山创投", "青禾控股"}


def test_other_participants_of_no_round_invest_in_nothing():
    assert _investments("本届论坛的参与方还有岚山创投和青禾控股。") == []


# --- 本轮融资吸引了(kinds joined by 与)，包括A、B: the names in the next clause ---

def test_kinds_joined_by_yu_still_let_the_names_invest():
    text = "星衡机器人宣布完成2亿元B轮融资，此轮融资吸引了零售与物流龙头、车企，包括澄川资本、岚山创投及青禾控股等。"
    assert _investors_of(text, "星衡机器人") == {"澄川资本", "岚山创投", "青禾控股"}


def test_a_partner_after_the_kinds_is_no_investor():
    text = "星衡机器人宣布完成2亿元B轮融资，此轮融资吸引了零售与物流龙头的关注，包括与澄川资本的合作。"
    assert _investors_of(text, "星衡机器人") == set()


# --- English: the round named with its sum, then led by; an investor among the round's participants ---

def test_the_sum_before_the_round_noun_still_names_the_round_just_read():
    text = "Northwind Robotics raised $40 million. The $40 million Series B was co-led by Harbor Ventures and Lumen Capital."
    assert _investors_of(text, "Northwind Robotics") == {"Harbor Ventures", "Lumen Capital"}


def test_a_round_of_another_sum_or_an_earlier_round_is_not_the_one_just_read():
    text = "Northwind Robotics raised $40 million. The $10 million seed round was led by Harbor Ventures."
    assert _investors_of(text, "Northwind Robotics") == set()
    text = "Northwind Robotics raised $40 million. The $10 million previous round was led by Harbor Ventures."
    assert _investors_of(text, "Northwind Robotics") == set()


def test_an_investor_among_the_participants_joins_the_round():
    text = ("Northwind Robotics has raised $40 million at a $1 billion valuation. Harbor Ventures led the round, and "
            "Lumen Capital was among the other participants.")
    assert _investors_of(text, "Northwind Robotics") == {"Harbor Ventures", "Lumen Capital"}
    text = "Northwind Robotics raised $12 million. Harbor Ventures was among the investors."
    assert _investors_of(text, "Northwind Robotics") == {"Harbor Ventures"}


def test_among_investors_of_something_else_or_with_no_round_joins_nothing():
    text = "Northwind Robotics raised $12 million. Harbor Ventures was among the investors that sued the company."
    assert _investors_of(text, "Northwind Robotics") == set()
    text = "Northwind Robotics raised $12 million. Harbor Ventures was among the investors in Lumen Capital."
    assert _investors_of(text, "Northwind Robotics") == set()
    assert _investments("Harbor Ventures was among the investors.") == []


# --- English: an investment only discussed or thought about is planned ---

def test_discussed_investing_is_planned():
    text = "Harbor Ventures discussed investing roughly $70 million in Northwind Robotics."
    assert _investors_of(text, "Northwind Robotics", "planned") == {"Harbor Ventures"}
    assert _investors_of(text, "Northwind Robotics") == set()
    text = "Harbor Ventures is thinking about investing in Northwind Robotics."
    assert _investors_of(text, "Northwind Robotics", "planned") == {"Harbor Ventures"}


def test_an_investment_made_after_a_talk_is_asserted():
    text = "Harbor Ventures invested $5 million in Northwind Robotics after it discussed the plan."
    assert _investors_of(text, "Northwind Robotics") == {"Harbor Ventures"}


def test_the_round_named_by_its_sum_is_the_one_of_that_sum_read_just_before():
    text = ("Three startups raised money this week. Northwind Robotics pulled in $300 million, and Lumen Labs raised "
            "$90 million with Kestrel Partners writing checks. The $300 million Series B was co-headed by trading giant "
            "Harbor Ventures and Tessel Capital, the fund started by a former banker.")
    assert _investors_of(text, "Northwind Robotics") == {"Harbor Ventures", "Tessel Capital"}
    assert _investors_of(text, "Lumen Labs") == {"Kestrel Partners"}


# --- 获得B…融资: the one named after the verb funds; the raiser stands before it ---

def test_the_funder_after_the_verb_never_raises():
    assert _investments("2017年4月，转转曾获得澄川资本2亿美元的A轮融资。") == []  # 转转: no name found, no investee
    assert _investments("该项目获得澄川资本2亿元融资。") == []


def test_a_raiser_carried_over_raises_from_the_funder_after_the_verb():
    text = "星衡科技成立于2019年。2017年4月，曾获得澄川资本2亿美元的A轮融资。"
    assert [(inv, ee) for inv, ee, _, _, _ in _investments(text)] == [(["澄川资本"], ["星衡科技"])]
    text = "星衡科技成立于2019年，曾获得澄川资本2亿美元的A轮融资。"
    assert [(inv, ee) for inv, ee, _, _, _ in _investments(text)] == [(["澄川资本"], ["星衡科技"])]


def test_a_named_raiser_before_the_verb_still_raises():
    text = "2017年4月，星衡科技曾获得澄川资本2亿美元的A轮融资。"
    assert [(inv, ee) for inv, ee, _, _, _ in _investments(text)] == [(["澄川资本"], ["星衡科技"])]
    assert [(inv, ee) for inv, ee, _, _, _ in _investments("澄川资本获得2亿元A轮融资。")] == [([], ["澄川资本"])]


# --- A宣布，旗下…完成融资: the unit raises, not A ---

def test_a_unit_opening_the_clause_raises_not_its_parent():
    text = "6月3日，岚山集团宣布，旗下重要业务板块、生鲜配送平台鲜到家已与几家机构签约，完成4亿元B轮融资。"
    assert _investments(text) == []
    text = "岚山集团宣布，旗下子公司青禾科技已完成2亿元B轮融资。"
    assert [(inv, ee) for inv, ee, _, _, _ in _investments(text)] == [([], ["青禾科技"])]


def test_the_parent_itself_still_raises():
    text = "岚山集团宣布，公司已完成2亿元B轮融资。"
    assert [(inv, ee) for inv, ee, _, _, _ in _investments(text)] == [([], ["岚山集团"])]


# --- 曾获A、B创投投资: the firm's name ends before the deal noun ---

def _names(text: str) -> list[str]:
    return [m.text for m in extract("t", text, "2025-06-30").mentions]


def test_a_venture_firm_before_the_deal_noun_is_named_without_it():
    text = "星衡机器人成立于2019年，曾获澄川资本、岚山创投投资。"
    assert _investors_of(text, "星衡机器人") == {"澄川资本", "岚山创投"}
    assert "岚山创投" in _names("星衡机器人获得岚山创投投资。")


def test_a_firm_whose_name_runs_on_keeps_its_whole_name():
    assert "岚山创投投资有限公司" in _names("岚山创投投资有限公司今日宣布投资星衡机器人。")
    assert "澄川资本投资管理有限公司" in _names("澄川资本投资管理有限公司认购了股份。")


# --- English: in a round featuring A ---

def test_a_round_featuring_names_its_investors():
    text = "Lumen Labs raised $20 million in a Series B round featuring Harbor Ventures and Kestrel Partners."
    assert _investors_of(text, "Lumen Labs") == {"Harbor Ventures", "Kestrel Partners"}
    text = "Lumen Labs received $20m in a Series B round featuring logistics group Harbor Group."
    assert _investors_of(text, "Lumen Labs") == {"Harbor Group"}


def test_something_else_featuring_a_name_is_no_round():
    assert _investments("Lumen Labs launched a campaign featuring Harbor Group.") == []
    assert _investments("Lumen Labs said it has grown fast in a market featuring Harbor Group.") == []


# --- 先后完成由A领投的天使轮和B领投的A轮融资: two rounds, each with its own leader ---

def _rounds(text: str) -> list[tuple[list[str], str | None, str | None]]:
    return sorted((inv, rnd, amt) for inv, _, rnd, amt, _ in _investments(text))


def test_two_rounds_in_one_sentence_keep_their_own_leaders():
    text = "星衡机器人先后完成由澄川资本领投的天使轮和岚山创投领投的A轮融资。"
    assert _rounds(text) == [(["岚山创投"], "A轮", None), (["澄川资本"], "天使轮", None)]
    text = "星衡机器人先后完成由澄川资本领投的1亿元天使轮和岚山创投领投的3亿元A轮融资。"
    assert _rounds(text) == [(["岚山创投"], "A轮", "3亿元"), (["澄川资本"], "天使轮", "1亿元")]


def test_one_round_with_a_leader_and_a_follower_stays_one():
    text = "星衡机器人完成由澄川资本领投、岚山创投跟投的A轮融资。"
    assert _rounds(text) == [(["岚山创投", "澄川资本"], "A轮", None)]


# --- English: the round saw participation from A; led the round, which also included B ---

def test_the_round_saw_participation_from_names_its_investors():
    text = ("Northwind Robotics raised $40 million in a Series B round. The round also saw participation from Harbor "
            "Ventures and Lumen Capital.")
    assert _investors_of(text, "Northwind Robotics") == {"Harbor Ventures", "Lumen Capital"}
    text = "Northwind Robotics raised $40 million in a Series B round. The round saw strong demand from Harbor Ventures."
    assert _investors_of(text, "Northwind Robotics") == set()


def test_which_also_included_adds_to_the_led_round():
    text = ("Northwind Robotics raised $40 million in a Series B round. Harbor Ventures led the round, which also "
            "included Lumen Capital.")
    assert _investors_of(text, "Northwind Robotics") == {"Harbor Ventures", "Lumen Capital"}
    text = ("Northwind Robotics raised $40 million in a Series B round. Harbor Ventures led the round, which included a "
            "debt facility.")
    assert _investors_of(text, "Northwind Robotics") == {"Harbor Ventures"}


# --- English: a round to be joined is planned or reported, never asserted ---

def test_a_round_to_be_joined_is_planned_or_reported():
    text = ("Harbor Ventures is considering joining a new funding round for Northwind Robotics that would value it at "
            "$10 billion.")
    assert _investors_of(text, "Northwind Robotics", "planned") == {"Harbor Ventures"}
    assert _investors_of(text, "Northwind Robotics") == set()
    text = ("Lumen Capital and Tessel Group are reportedly in advanced talks to take part in the funding round for "
            "Northwind Robotics.")
    assert _investors_of(text, "Northwind Robotics", "reported") == {"Lumen Capital", "Tessel Group"}


def test_joining_a_board_is_no_round():
    assert _investments("Harbor Ventures is considering joining the board of Northwind Robotics.") == []


def test_a_round_thought_about_or_mulled_is_planned_and_its_leader_joins_it():
    text = ("Harbor Ventures is thinking of joining a fresh funding round for Northwind Robotics at a $9 billion "
            "valuation. Kestrel Partners would be leading that round and would put in about $1 billion.")
    assert _investors_of(text, "Northwind Robotics", "planned") == {"Harbor Ventures", "Kestrel Partners"}
    assert _investors_of(text, "Northwind Robotics") == set()
    text = "Harbor Ventures is mulling joining the funding round for Northwind Robotics."
    assert _investors_of(text, "Northwind Robotics") == set()


def test_an_investors_part_of_the_round_is_no_sum_naming_another_round():
    text = ("Northwind Robotics raised $40 million in a round led by Harbor Ventures. Lumen Capital put in $5 million "
            "of that round.")
    assert _investors_of(text, "Northwind Robotics") == {"Harbor Ventures", "Lumen Capital"}

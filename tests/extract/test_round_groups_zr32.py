"""A round's investors listed in the sentences after the one announcing it, groups introduced by kind (round 32),
on sentences the team wrote with invented names."""
from dealgraph.extract.pipeline import extract


def _facts(text, kind=None):
    doc = extract("t", text, "2025-06-30")
    return [f for f in doc.facts if kind is None or f.type == kind]


def _names(f, role):
    return [m.canonical for m in f.roles.get(role, [])]


def _invested(text):
    return {(tuple(sorted(_names(f, "investor"))), tuple(_names(f, "investee"))) for f in _facts(text, "investment")
            if f.roles.get("investor")}


_ROUND = "澄川智算1月10日宣布完成近20亿元战略融资。"


def test_groups_by_kind_each_invest_in_the_round():
    got = _invested(_ROUND + "产业资本方面，岚山集团旗下的青禾基金、白鹭科技和沧海能源参与了本轮投资。"
                    "星河资本、远帆创投和北辰投资等财务机构同时入局。"
                    "锦程基金、东岳金投与南湖高新金投三家国资背景基金也出现在股东名单中。")
    assert (tuple(sorted(("星河资本", "远帆创投", "北辰投资"))), ("澄川智算",)) in got
    assert (tuple(sorted(("锦程基金", "东岳金投", "南湖高新金投"))), ("澄川智算",)) in got
    assert (tuple(sorted(("青禾基金", "白鹭科技", "沧海能源"))), ("澄川智算",)) in got


def test_unit_of_a_group_in_a_list_of_investors_is_the_first_only():
    facts = _facts(_ROUND + "岚山集团旗下的青禾基金、白鹭科技和沧海能源参与了本轮投资。", "ownership")
    assert [(_names(f, "owner"), _names(f, "unit")) for f in facts] == [(["岚山集团"], ["青禾基金"])]


def test_units_listed_with_no_round_all_stay_units():
    facts = _facts("岚山集团旗下的青禾基金、白鹭科技均已上线新产品。", "ownership")
    assert sorted(_names(f, "unit")[0] for f in facts) == ["白鹭科技", "青禾基金"]


def test_owner_unread_before_its_unit_is_not_the_round_company():
    facts = _facts(_ROUND + "产业资本方面，七一集团旗下的华岳基金、远山智能和协川科技参与了本轮投资。")
    assert not any(f.type == "ownership" and _names(f, "owner") == ["澄川智算"] for f in facts)
    assert (tuple(sorted(("华岳基金", "远山智能", "协川科技"))), ("澄川智算",)) in _invested(
        _ROUND + "产业资本方面，七一集团旗下的华岳基金、远山智能和协川科技参与了本轮投资。")


def test_group_with_no_round_before_invests_in_nothing():
    # near miss: the sentence before tells no round (a company described)
    assert _invested("澄川智算宣布完成2亿元A轮融资。青禾科技则是一家芯片设计公司。星河资本、远帆创投等财务机构同时入局。") \
        == set()


def test_entering_a_field_is_no_round():
    # near miss: 入局 with an object (a field), no round
    assert _invested("星河资本、远帆创投等机构已入局AI芯片赛道。") == set()


def test_group_after_another_company_round_goes_to_that_company():
    # near miss: a different company's round told in between; the group joins the round told right before
    got = _invested("澄川智算宣布完成2亿元A轮融资。另一家公司青禾科技也完成了B轮融资，由岚山资本领投。"
                    "星河资本、远帆创投等财务机构同时入局。")
    assert (tuple(sorted(("星河资本", "远帆创投"))), ("青禾科技",)) in got
    assert (tuple(sorted(("星河资本", "远帆创投"))), ("澄川智算",)) not in got


def test_joined_this_round_with_ci_lun():
    got = _invested("澄川智算宣布完成2亿元A轮融资。星河资本也参与了此轮融资。")
    assert got == {(("星河资本",), ("澄川智算",))}


def test_among_its_investors():
    got = _invested("澄川智算成立于2015年。上市前，公司共完成8轮融资，青禾资本、远帆创投和北辰投资均在其投资方之列。")
    assert got == {(tuple(sorted(("青禾资本", "远帆创投", "北辰投资"))), ("澄川智算",))}


def test_among_its_customers_is_no_investment():
    # near miss: customers, not investors
    assert _invested("澄川智算成立于2015年。青禾资本、远帆创投和北辰投资均在其客户之列。") == set()
    assert _invested("澄川智算成立于2015年。青禾资本、远帆创投和北辰投资都是其客户。") == set()


def test_a_place_opening_a_shaped_name_is_no_short_name():
    text = "澄川智算完成融资。杭州云数集团参与了本轮投资。锦程基金、东岳金投与杭州高新金投也出现在股东名单中。"
    doc = extract("t", text, "2025-06-30")
    assert not any(m.text == "杭州" for m in doc.mentions)
    assert (tuple(sorted(("锦程基金", "东岳金投", "杭州高新金投"))), ("澄川智算",)) in _invested(text)


def test_joined_a_round_before_is_no_group_of_this_round():
    # near miss: 入局 told of an earlier round, with words between the name and the verb that name no kind
    got = _invested("澄川智算完成3亿元B轮融资，由青禾资本领投。远帆创投在天使轮时就已入局。")
    assert (("远帆创投",), ("澄川智算",)) not in got


def test_a_news_source_is_no_company_raising():
    got = _invested("记者经多方消息确认，澄川智算近期完成了B轮融资的交割，由青禾资本、远帆创投共同领投。")
    assert got == {(tuple(sorted(("青禾资本", "远帆创投"))), ("澄川智算",))}


def test_earlier_holders_hold_the_company_raising_not_the_source():
    facts = _facts("据远帆创投发布，澄川智算宣布半年内完成总计超5亿元的多轮融资。其中，A轮由某互联网大厂领投，"
                   "老股东青禾资本、北辰投资持续加注。", "shareholding")
    assert {(_names(f, "holder")[0], _names(f, "company")[0]) for f in facts} \
        == {("青禾资本", "澄川智算"), ("北辰投资", "澄川智算")}


def test_list_runs_on_past_more_kinds_and_old_holders_adding():
    got = _invested("澄川智算对外披露已完成8亿元B轮融资。这一轮的投资方包括产业资本青禾资本、北辰产投，PE基金远帆资本、南湖方舟，"
                    "以及国际化基金星河资本；三位老股东白鹭基金、东岳资本、锦程资本均超额追加。")
    assert got == {(tuple(sorted(("青禾资本", "北辰产投", "远帆资本", "南湖方舟", "星河资本", "白鹭基金", "东岳资本",
                                  "锦程资本"))), ("澄川智算",))}


def test_old_holders_doing_something_else_stay_out_of_the_list():
    # near miss: the old holders' clause says something other than putting money in
    got = _invested("澄川智算对外披露已完成8亿元B轮融资。这一轮的投资方包括产业资本青禾资本、北辰产投；"
                    "三位老股东白鹭基金、东岳资本、锦程资本均未表态。")
    assert got == {(tuple(sorted(("青禾资本", "北辰产投"))), ("澄川智算",))}


def test_kinds_drawn_in_then_their_names():
    got = _invested("澄川智算宣布完成2亿美元B轮融资。此轮融资吸引了云计算巨头、硬科技VC及若干区县产业基金，"
                    "包括青禾集团、远帆资本、北辰投资及南湖创投等。")
    assert got == {(tuple(sorted(("青禾集团", "远帆资本", "北辰投资", "南湖创投"))), ("澄川智算",))}


def test_names_drawn_in_as_something_else_are_no_investors():
    # near miss: the names after 包括 are customers sending greetings
    assert _invested("澄川智算宣布完成2亿美元B轮融资。此轮融资吸引了不少关注，包括青禾集团、远帆资本在内的客户都发来祝贺。") \
        == set()


def test_joint_backers_after_the_lead_clause_join_the_round():
    got = _invested("据远帆创投发布，澄川智算宣布半年内完成总计超5亿元的多轮融资。其中，A轮由某互联网大厂领投，"
                    "青禾资本、星河基金（北辰资本）、东岳信德及某头部VC机构联合投资。")
    assert got == {(tuple(sorted(("青禾资本", "星河基金", "东岳信德"))), ("澄川智算",))}


def test_joint_investing_with_no_led_round_before_is_not_read_here():
    # near miss: 联合投资 closing a clause that follows no clause of a lead
    got = _invested("澄川智算宣布完成多轮融资。青禾资本与星河基金此前曾多次联合投资，双方关系密切。")
    assert (tuple(sorted(("青禾资本", "星河基金"))), ("澄川智算",)) not in got

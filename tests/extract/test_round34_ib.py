"""Round investors told in real news shapes (round 34, wt-ib). Sentences written by the team, names invented."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def _investments(text: str) -> list[tuple[list[str], list[str], str | None, str | None]]:
    out = []
    for f in extract("t", text, "2025-06-30").facts:
        if f.type == "investment":
            out.append((sorted(m.text for m in f.roles["investor"]), [m.text for m in f.roles["investee"]],
                        f.qualifiers.get("round"), f.amount.text if f.amount is not None else None))
    return out


def _investors_of(text: str, investee: str) -> set[str]:
    return {i for inv, ee, _, _ in _investments(text) if investee in ee for i in inv}


# --- English: the funding provided by / coming from, in the sentence after the raise ---

def test_funding_provided_by_in_the_next_sentence_joins_the_round():
    text = ("Tessel Labs raised $9M in new venture funding. The funding was provided by Harbor Peak Ventures and "
            "Lantern Capital, with participation from Ostrava Partners, among others.")
    assert _investors_of(text, "Tessel Labs") == {"Harbor Peak Ventures", "Lantern Capital", "Ostrava Partners"}


def test_financing_came_from_in_the_next_sentence_joins_the_round():
    text = "Marlow Robotics closed a $14 million Series A. The financing came mainly from Quarry Hill Partners."
    assert _investors_of(text, "Marlow Robotics") == {"Quarry Hill Partners"}


def test_an_earlier_rounds_money_or_no_round_read_before_joins_nothing():
    text = "Tessel Labs raised $9M in new venture funding. Its previous funding came from Harbor Peak Ventures."
    assert _investors_of(text, "Tessel Labs") == set()
    assert _investments("Tessel Labs opened an office in Oslo. The funding came from Harbor Peak Ventures.") == []
    text = "Tessel Labs raised $9M in new venture funding. The funding was provided by the state."
    assert _investors_of(text, "Tessel Labs") == set()


def test_a_round_led_by_one_and_joined_by_others_has_them_all():
    text = ("Marlow Robotics on Monday closed a $20 million Series B round led by Harbor Peak Ventures and joined by "
            "earlier investors including Lantern Capital.")
    assert _investors_of(text, "Marlow Robotics") == {"Harbor Peak Ventures", "Lantern Capital"}
    text = ("Marlow Robotics has closed a $20 million Series B round led by Harbor Peak Ventures and joined by "
            "Lantern Capital and Ostrava Partners.")
    assert _investors_of(text, "Marlow Robotics") == {"Harbor Peak Ventures", "Lantern Capital", "Ostrava Partners"}


def test_a_next_verb_after_the_leader_is_no_joining():
    text = "Marlow Robotics raised $20 million led by Harbor Peak Ventures and acquired Lantern Capital."
    assert _investors_of(text, "Marlow Robotics") == {"Harbor Peak Ventures"}


# --- Chinese: a round name written with spaces (web text) ---

def test_a_round_name_with_spaces_is_the_round():
    found = _investments("青禾科技宣布完成超 20 亿元 C 轮融资，由澄川资本领投。")
    assert found and found[0][2] == "C 轮" and found[0][0] == ["澄川资本"]
    assert _investments("青禾科技完成C轮融资，由澄川资本领投。")[0][2] == "C轮"


# --- Chinese: names in a list that only tell whose people invest ---

def test_founders_of_listed_companies_are_no_investing_companies():
    text = "青禾芯片宣布完成6亿元天使轮融资，天使轮投资方包括澄川电子、岚山科技等数家芯片公司的创办人。"
    assert _investors_of(text, "青禾芯片") == set()
    assert _investors_of("青禾芯片完成天使轮融资，投资方包括澄川电子、岚山科技的创始团队。", "青禾芯片") == set()


def test_a_list_of_companies_then_founders_apart_keeps_the_companies():
    text = "青禾芯片完成天使轮融资，投资方包括澄川电子、岚山科技等，以及多位企业创始人。"
    assert _investors_of(text, "青禾芯片") == {"澄川电子", "岚山科技"}
    text = "青禾芯片完成天使轮融资，投资方包括澄川资本、岚山合伙人基金。"  # 合伙人 inside a fund's name
    assert _investors_of(text, "青禾芯片") == {"澄川资本", "岚山合伙人基金"}


# --- Chinese: the investors of another round named in a later clause (A轮投资方则为C) ---

def test_the_investors_of_a_round_named_in_a_later_clause():
    text = "青禾芯片宣布完成6亿元天使轮融资，天使轮投资方包括澄川电子、岚山科技等数家芯片公司的创办人；而A轮的投资方则为北辰资本。"
    found = [x for x in _investments(text) if x[0] == ["北辰资本"]]
    assert found == [(["北辰资本"], ["青禾芯片"], "A轮", None)]  # the 6亿元 told before is not this round's alone
    text = "青禾芯片完成两轮融资，天使轮投资方为澄川资本，A轮投资方则为北辰资本。"
    assert (["北辰资本"], ["青禾芯片"], "A轮", None) in _investments(text)
    assert (["澄川资本"], ["青禾芯片"], "天使轮", None) in _investments(text)


def test_a_later_clause_with_no_round_read_before_names_no_investee():
    assert _investments("据悉，天使轮投资方包括几位企业的创办人；而A轮的投资方则为北辰资本。") == []
    text = "澄川资本完成天使轮融资，由北辰创投领投。岚山芯片的天使轮投资方包括几位企业的创办人；而A轮的投资方则为北辰资本。"
    assert (["北辰资本"], ["澄川资本"], "A轮", None) not in _investments(text)


# --- Chinese: an old holder joining the round with its role told before the verb ---

def test_a_backer_with_its_role_between_name_and_verb_joins_the_round():
    text = "青禾智能完成数亿元B轮融资，由澄川创投领投，北辰基金等跟投，岚山网络作为老股东再度跟投支持。"
    assert _investors_of(text, "青禾智能") == {"澄川创投", "北辰基金", "岚山网络"}
    text = "青禾智能完成B轮融资，澄川创投领投，岚山网络和北辰资本作为老股东继续加码。"
    assert _investors_of(text, "青禾智能") == {"澄川创投", "岚山网络", "北辰资本"}


def test_a_role_aside_or_a_closing_word_needs_a_round_verb():
    assert _investments("岚山网络作为战略股东发布了年度报告。") == []
    assert _investors_of("青禾智能完成B轮融资，澄川创投领投支持。", "青禾智能") == {"澄川创投"}


# --- Chinese: a list going on by kind in the next clause, and participants described before a dash ---

def test_a_second_group_of_names_closed_by_a_kind_of_investor_joins_the_list():
    text = "青禾机器人宣布完成天使轮融资共计7亿元——包括澄川战投、北辰产投等产业投资方；岚山创投、云帆资本等头部财务机构。"
    assert _investors_of(text, "青禾机器人") == {"澄川战投", "北辰产投", "岚山创投", "云帆资本"}


def test_a_next_clause_of_names_that_are_no_investors_stays_out():
    text = "青禾机器人宣布完成天使轮融资共计7亿元——包括澄川战投、北辰产投等产业投资方；岚山创投、云帆资本等头部客户也已下单。"
    assert _investors_of(text, "青禾机器人") == {"澄川战投", "北辰产投"}


def test_participants_of_a_round_told_before_described_then_named_after_a_dash():
    text = "3月3日，青禾智能完成一笔逾8亿元的战略融资，参与方包括三家苏州本地国资——澄川产业基金、岚山资本和北辰投资。"
    assert _investors_of(text, "青禾智能") == {"澄川产业基金", "岚山资本", "北辰投资"}
    assert _investors_of("青禾智能完成B轮融资，参与方包括澄川资本、岚山创投。", "青禾智能") == {"澄川资本", "岚山创投"}


def test_participants_of_no_round_invest_in_nothing():
    assert _investments("本次论坛的参与者包括澄川资本、岚山创投。") == []
    assert _investments("青禾智能举办开发者大会，参与方包括澄川资本、岚山创投。") == []


def _holdings(text: str) -> list[tuple[list[str], list[str]]]:
    return [([m.text for m in f.roles["holder"]], [m.text for m in f.roles["company"]])
            for f in extract("t", text, "2025-06-30").facts if f.type == "shareholding"]


# --- more list shapes ---

def test_a_latin_name_before_yiji_ends_before_it():
    text = "青禾智能完成2亿元A轮融资，投资方包括澄川资本、Northwind Capital以及岚山创投。"
    assert _investors_of(text, "青禾智能") == {"澄川资本", "Northwind Capital", "岚山创投"}
    names = [m.text for m in extract("t", "投资方包括澄川资本、Vexo直聘和好未来。", "2025-06-30").mentions]
    assert "Vexo直聘" in names  # a Latin name glued to its own characters stays one item


def test_the_joining_role_noun_with_an_adverb_before_its_members():
    text = "青禾智能完成2亿元A轮融资，由澄川资本领投，参投方还有岚山创投和北辰基金。"
    assert _investors_of(text, "青禾智能") == {"澄川资本", "岚山创投", "北辰基金"}
    assert _investments("澄川资本的跟投方式还有很多。") == []


def test_new_names_on_the_shareholder_list_hold_the_company():
    found = _holdings("青禾智能近日完成工商变更，股东名单新增澄川资本、岚山创投。")
    assert (["澄川资本"], ["青禾智能"]) in found and (["岚山创投"], ["青禾智能"]) in found
    assert _holdings("股东名单新增一家机构。") == []
    assert _holdings("青禾智能新增股东大会议案。") == []


def test_a_round_that_included_investors():
    text = "Tessel Labs raised $40 million in a round that included Harbor Peak Ventures and Lantern Capital."
    assert _investors_of(text, "Tessel Labs") == {"Harbor Peak Ventures", "Lantern Capital"}
    text = "Tessel Labs raised $40 million in a Series B round, which also drew investors such as Harbor Peak Ventures."
    assert _investors_of(text, "Tessel Labs") == {"Harbor Peak Ventures"}


def test_a_round_that_included_no_organisation_names_no_investor():
    assert _investors_of("Tessel Labs raised $40 million in a round that included a $10 million loan.",
                         "Tessel Labs") == set()


# --- the sum and the unit of a round told around the list ---

def test_a_valuation_in_the_sentence_before_is_no_sum_of_the_round():
    text = "青禾茶饮已经完成B轮融资，其估值有望突破百亿元。另据了解，在B轮融资中，投资方为澄川资本。"
    found = [x for x in _investments(text) if x[0] == ["澄川资本"]]
    assert found and found[0][3] is None
    text = "青禾茶饮宣布完成B轮融资，金额为5亿元。本轮投资方包括澄川资本、岚山创投。"
    assert (["岚山创投", "澄川资本"], ["青禾茶饮"], "B轮", "5亿元") in _investments(text)


def test_a_unit_named_after_its_parent_and_its_kind_is_the_investor():
    text = "青禾茶饮完成B轮融资，投资方包括澄川资本旗下基金岚山一号、北辰创投。"
    assert _investors_of(text, "青禾茶饮") == {"岚山一号", "北辰创投"}
    text = "青禾茶饮完成B轮融资，投资方包括澄川集团旗下基金、北辰创投。"  # the unit by its kind only: the parent
    assert _investors_of(text, "青禾茶饮") == {"澄川集团", "北辰创投"}


def test_the_sole_strategic_backer_after_you_invests_in_the_round():
    text = "青禾汽车宣布完成B+轮3.5亿美元融资，此轮融资由澄川资产独家战略入股。"
    assert _investors_of(text, "青禾汽车") == {"澄川资产"}
    assert _investors_of("青禾汽车完成A轮融资，由澄川资本独家入股。", "青禾汽车") == {"澄川资本"}


def test_sole_backing_with_no_round_or_with_an_object_reads_as_before():
    assert _investments("该项目由澄川资本独家入股。") == []
    assert (["澄川资本"], ["青禾汽车"], None, None) in _investments("澄川资本独家战略入股青禾汽车，持股10%。")


def test_a_name_ending_in_guquan_right_after_a_list_word_is_the_first_investor():
    text = "青禾星辰完成B+轮融资。新进入的资方有澄川股权、岚山先导基金、北辰技术和云帆资本。"
    assert _investors_of(text, "青禾星辰") == {"澄川股权", "岚山先导基金", "北辰技术", "云帆资本"}
    names = [m.text for m in extract("t", text, "2025-06-30").mentions]
    assert "资方有澄川" not in names


def test_a_manner_word_before_the_verb_is_no_part_of_the_name_after_you():
    text = "青禾汽车宣布完成B+轮3.5亿美元融资，此轮融资由致知资产独家战略入股。"
    names = [m.text for m in extract("t", text, "2025-06-30").mentions]
    assert "致知资产" in names and "致知资产独" not in names
    assert _investors_of(text, "青禾汽车") == {"致知资产"}
    assert "联合资本" in [m.text for m in extract("t", "由联合资本入股。", "2025-06-30").mentions]  # a name opening so


def _financings(text: str) -> list[list[str]]:
    return [[m.text for m in f.roles["company"]] for f in extract("t", text, "2025-06-30").facts
            if f.type == "financial"]


def test_the_backers_of_an_attributive_round_raise_nothing_themselves():
    text = "青禾汽车宣布，已完成由澄川资本、北辰投资等多家机构联合投资的C轮融资，本轮融资额为20亿元。"
    assert _financings(text) == [["青禾汽车"]]
    assert all(ee == ["青禾汽车"] for _, ee, _, _ in _investments(text))
    assert _financings("已完成由澄川资本、北辰投资等多家机构联合投资的C轮融资，本轮融资额为20亿元。") == []


def test_a_backer_after_you_closing_its_own_clause_leaves_the_subject_as_is():
    assert _financings("青禾汽车完成B轮融资，由澄川资本领投，融资金额达5亿元。") == [["青禾汽车"]]

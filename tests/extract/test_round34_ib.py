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

"""Round 31 (rf): a company's funding history told as clauses with no subject, one round after another. A clause
that names no raiser, after a clause whose last name stood as a backer (由A领投 / 获得了A的投资), raises for the
company the round before went into, never for that backer. Sentences written for this file, invented names."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def deals(text: str, ref: str = "2025-06-30"):
    out = []
    for f in extract("t", text, ref).facts:
        if f.type == "investment":
            out.append(({m.text for m in f.roles.get("investor", [])},
                        [m.text for m in f.roles.get("investee", [])]))
    return out


def test_strategic_stake_after_a_led_round_goes_to_the_raiser():
    text = ("这两年里，青禾智算先后完成了三次融资。\n"
            "2023年5月完成2亿元A轮融资，由澄川资本领投；\n"
            "同年9月，又获得了岚山创投数千万元战略投资；\n")
    found = deals(text)
    assert ({"岚山创投"}, ["青禾智算"]) in found
    assert not any(investee == ["澄川资本"] for _, investee in found)


def test_next_round_after_a_strategic_stake_goes_to_the_raiser():
    text = ("过去两年，云帆科技一共拿到四次融资。\n"
            "2022年3月完成1亿元A轮融资，由北辰产业基金领投；\n"
            "同年11月，又获得了澄川资本战略投资；\n"
            "2023年6月获得5亿元B轮融资，由岚山创投领投，星澜资本跟投；\n")
    found = deals(text)
    assert ({"澄川资本"}, ["云帆科技"]) in found
    assert ({"岚山创投", "星澜资本"}, ["云帆科技"]) in found
    assert not any(investee in (["北辰产业基金"], ["澄川资本"]) for _, investee in found)


def test_backer_that_raises_in_its_own_clause_is_kept():
    # near miss: the clause names its own subject, so the carried backer plays no part
    text = ("2023年5月，青禾智算完成2亿元A轮融资，由澄川资本领投。\n"
            "同年9月，澄川资本又获得了岚山创投的战略投资。\n")
    found = deals(text)
    assert ({"岚山创投"}, ["澄川资本"]) in found


def test_subject_opening_the_previous_clause_goes_on():
    # near miss: the carried subject opened its clause (not after 由 / 获得), so it stays the raiser
    text = ("澄川资本于2023年领投了青禾智算的A轮。\n"
            "次年又获得岚山创投数千万元战略投资。\n")
    found = deals(text)
    assert ({"岚山创投"}, ["澄川资本"]) in found
    assert not any(investee == ["青禾智算"] and investors == {"岚山创投"} for investors, investee in found)


# ---- a company named between a backer's verb and the round it raises ----

def test_name_between_lead_verb_and_amount_and_round_is_the_investee():
    found = deals("澄川资本还领投了医疗公司青禾健康7500万美元B轮融资。")
    assert found == [({"澄川资本"}, ["青禾健康"])]


def test_name_between_lead_verb_and_round_without_amount():
    found = deals("去年岚山创投领投青禾健康的天使轮，随后转向硬件。")
    assert ({"岚山创投"}, ["青禾健康"]) in found


def test_round_word_after_lead_verb_is_no_company():
    # near misses: a determiner or 新一 before the round names no company
    assert deals("澄川资本领投了本次B轮融资。") == []
    assert deals("澄川资本跟投了该公司2亿元B轮融资。") == []
    assert deals("澄川资本领投了新一轮融资。") == []


# ---- a list opened by 包括 after a dash or a comma, closed by 等 and an investor word, after the round ----

def test_list_after_a_dash_following_the_round_names_its_investors():
    text = "青禾机器人宣布完成天使轮融资共计7亿元——包括澄川资本、岚山创投等战略及产业投资方。"
    found = extract("t", text, "2025-06-30").facts
    rounds = [f for f in found if f.type == "investment"]
    assert len(rounds) == 1
    f = rounds[0]
    assert [m.text for m in f.roles["investor"]] == ["澄川资本", "岚山创投"]
    assert [m.text for m in f.roles["investee"]] == ["青禾机器人"]
    assert f.qualifiers.get("round") == "天使轮"
    assert f.amount is not None and f.amount.value.value == 700000000.0


def test_list_after_a_comma_following_the_round_names_its_investors():
    found = deals("青禾智算近日宣布完成A轮融资共计3亿元，包括澄川资本、岚山创投等投资机构。")
    assert found == [({"澄川资本", "岚山创投"}, ["青禾智算"])]


def test_list_without_a_round_before_names_no_investors():
    # near misses: no round raised before the list; the list is no clause of its own (包括…在内的)
    assert deals("青禾智算近日发布新品，包括澄川资本、岚山创投等投资机构出席。") == []
    found = deals("青禾智算已完成A轮融资，正在接触包括澄川资本、岚山创投在内的投资方。")
    assert not any("澄川资本" in investors for investors, _ in found)


# ---- a backer carried on (A、B跟投 / A作为投资人参与了该轮融资) never raises the next round told without a subject ----

def _companies(text: str, kind: str):
    return [[m.text for m in f.roles.get("company" if kind == "financial" else "investee", [])]
            for f in extract("t", text, "2025-06-30").facts if f.type == kind]


def test_investors_of_a_round_are_not_the_company_word_after_them():
    text = "2022年9月的B轮融资中，澄川资本和岚山创投都作为投资人之一参与了该轮融资，公司该轮融资总金额为1亿美元。"
    for kind in ("financial", "investment"):
        assert not any(c in (["澄川资本"], ["岚山创投"]) for c in _companies(text, kind))


def test_followers_of_an_unnamed_company_round_do_not_raise_its_total():
    text = "公司天使轮拿到2800万美元融资，由澄川资本领投，岚山创投、北辰资本跟投。\n- 上市前已完成6轮融资，累计融资额约12亿美元。"
    for kind in ("financial", "investment"):
        assert not any(c in (["岚山创投"], ["北辰资本"], ["澄川资本"]) for c in _companies(text, kind))


def test_named_company_round_total_stays_with_the_company():
    # near miss: the company is named, so the total after its followers is its own
    text = "青禾科技天使轮拿到2800万美元融资，由澄川资本领投，岚山创投跟投。\n上市前已完成6轮融资，累计融资额约12亿美元。"
    assert _companies(text, "financial") == [["青禾科技"], ["青禾科技"]]

"""Round 17: Chinese readings seen in real text and left open (sentences written for these tests)."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from dealgraph.extract.sentences import spaced_clause_starts


def _facts(text: str, kind: str | None = None) -> list[tuple[str, str, dict[str, list[str]]]]:
    doc = extract("t", text, "2025-06-30")
    return [(f.type, f.modality, {k: [m.text for m in v] for k, v in f.roles.items()})
            for f in doc.facts if kind is None or f.type == kind]


def _pairs(text: str) -> set[tuple[str, str]]:
    return {(f[2]["acquirer"][0] if f[2]["acquirer"] else "", f[2]["target"][0])
            for f in _facts(text, "acquisition")}


# 1. A digest listing deals separated by bare spaces: each spaced clause has its own buyer and target.
def test_spaced_digest_pairs_each_buyer_with_its_own_target() -> None:
    text = "上周并购 包括万通发展收购青蓝数联 广立微收购NORVEX 长岭股份收购泰纳芯"
    assert _pairs(text) == {("万通发展", "青蓝数联"), ("广立微", "NORVEX"), ("长岭股份", "泰纳芯")}


def test_spaced_digest_keeps_the_price_and_stake_with_their_own_clause() -> None:
    text = "本周并购 宏岭股份收购天成软件 康泰新材以4.2亿收购中微芯科70%股权"
    facts = extract("t", text, "2025-06-30").facts
    bought = {f.roles["target"][0].text: f for f in facts if f.type == "acquisition"}
    assert bought["天成软件"].amount is None and bought["天成软件"].stake is None
    assert bought["中微芯科"].amount is not None and bought["中微芯科"].stake.text == "70%"
    assert [m.text for m in bought["中微芯科"].roles["acquirer"]] == ["康泰新材"]


def test_space_inside_one_clause_cuts_nothing() -> None:
    assert spaced_clause_starts("该公司于2021 年 3 月完成B轮融资。") == []
    assert spaced_clause_starts("北辰信托50 号集合计划减持了公司股份。") == []
    # a headline run into a body past a comma is no digest
    assert spaced_clause_starts("远川股份：股东减持1%股份 后续或继续减持远川股份，公司股东王某…") == []


def test_spaced_digest_cuts_where_both_runs_hold_a_deal() -> None:
    text = "要闻 宏达股份收购天成软件 新宇科技投资远航智能。"
    starts = spaced_clause_starts(text)
    assert [text[s:s + 4] for s in starts] == ["新宇科技"]
    assert ("investment", "asserted", {"investor": ["新宇科技"], "investee": ["远航智能"]}) in _facts(text)


# 2. A description ending in a kind of company, then the name: the name is what is bought.
def test_description_with_gloss_then_kind_word_then_name_is_the_target() -> None:
    text = "公司拟收购光刻胶材料(PR)研发企业澜芯材料。"
    assert ("acquisition", "planned", {"acquirer": [], "target": ["澜芯材料"]}) in _facts(text)


def test_description_then_kind_word_with_named_buyer() -> None:
    text = "概远电子计划以8亿元收购人工智能芯片(AI)设计企业澄芯微的控股权。"
    assert _pairs(text) == {("概远电子", "澄芯微")}


def test_description_then_kind_word_then_known_shaped_name() -> None:
    assert _pairs("公司拟收购工业视觉设计企业青禾科技。") == {("", "青禾科技")}


def test_time_word_after_the_verb_is_no_description() -> None:
    facts = _facts("收购后公司将持有云岭数据51%股权。", "acquisition")
    assert all(f[2]["target"] == ["云岭数据"] for f in facts)


def test_verb_before_artificial_intelligence_is_a_verb() -> None:
    # 收购人 is the buyer noun; 收购人工智能… is the verb and its object
    assert _pairs("星桥集团拟收购人工智能企业澜图智能。") == {("星桥集团", "澜图智能")}


# 3. X的股东或其关联方将取得Y 25%股权: X's holders, unnamed, obtain; X (nor 其) obtains nothing.
def test_holders_of_a_latin_named_company_obtain_the_stake() -> None:
    text = "交易完成后，Nova Labs 的股东或其关联方将取得Orbit Group 20%股权。"
    facts = _facts(text, "acquisition")
    assert facts and all(f[2]["acquirer"] == [] and f[2]["target"] == ["Orbit Group"] for f in facts)


def test_holders_of_a_chinese_named_company_obtain_the_stake() -> None:
    text = "青峰科技全部股权作价3亿美元，青峰科技的股东或其关联方将取得远星集团15%股权。"
    facts = _facts(text, "acquisition")
    assert facts and all("青峰科技" not in f[2]["acquirer"] and "其" not in f[2]["acquirer"] for f in facts)


def _people(text: str) -> list[str]:
    return [m.text for m in extract("t", text, "2025-06-30").mentions if m.kind == "person" and m.source != "coref"]


def _founders(text: str) -> list[tuple[list[str], list[str]]]:
    doc = extract("t", text, "2025-06-30")
    return [([m.canonical for m in f.roles["founder"]], [m.text for m in f.roles["company"]])
            for f in doc.facts if f.type == "founding"]


# 4. Four-character personal names: a two-character surname, or two surnames and a given name.
def test_compound_surname_after_a_title_keeps_four_characters() -> None:
    assert _people("创始人欧阳明远表示，公司将继续扩产。") == ["欧阳明远"]
    assert _people("董事长司马青云增持了公司股份。") == ["司马青云"]


def test_compound_surname_opening_a_clause_founds_the_company() -> None:
    assert _founders("欧阳明远创立了星桥科技。") == [(["欧阳明远"], ["星桥科技"])]


def test_two_surnames_recurring_make_one_four_character_name() -> None:
    text = "澄衡科技由前云厂商负责人林尹泽川联合多位专家共同创立，林尹泽川担任董事长。"
    assert set(_people(text)) == {"林尹泽川"}
    assert _founders(text) == [(["林尹泽川"], ["澄衡科技"])]


def test_two_surnames_before_a_founding_verb_after_you() -> None:
    assert _founders("澄衡科技由林尹泽川于2020年创立。") == [(["林尹泽川"], ["澄衡科技"])]
    assert _founders("澄衡科技由欧阳明远与王立联合创办。") == [(["欧阳明远", "王立"], ["澄衡科技"])]


def test_three_character_names_stay_three() -> None:
    assert _people("创始人陈屹宣布完成融资。") == ["陈屹"]
    assert _founders("澄衡科技由王立与张伟共同创立。") == [(["王立", "张伟"], ["澄衡科技"])]


# 5. A pronoun before a founding verb and 的 stands for the person named just before.
def test_he_founded_points_to_the_person_of_the_sentence_before() -> None:
    assert _founders("李承泽是一名芯片工程师。他创办的蓝鲸科技于2019年成立。") == [(["李承泽"], ["蓝鲸科技"])]


def test_he_founded_points_to_the_name_closing_the_clause_before() -> None:
    assert _founders("校友中的榜样，那就是周亦凡，他创办的云声科技是最早上市的。") == [(["周亦凡"], ["云声科技"])]


def test_its_founder_after_a_speaking_person() -> None:
    assert _founders("王芸表示，其创立的青木智能已完成A轮融资。") == [(["王芸"], ["青木智能"])]


def test_its_after_a_company_is_no_person() -> None:
    doc = extract("t", "阿里巴巴持续加码，其创立的蚂蚁集团估值很高。", "2025-06-30")
    assert not any(m.kind == "person" for m in doc.mentions)


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in extract("t", text, "2025-06-30").mentions]


# 6. A kind of company, then a quoted name: the quoted run is the company, even where it is a word.
def test_kind_then_quoted_word_is_the_company() -> None:
    assert ("小青蛙", "candidate") in _mentions("智能客服公司“小青蛙”获得了澜山资本的投资。")
    facts = _facts("智能客服公司“小青蛙”获得了澜山资本的投资。", "investment")
    assert facts and facts[0][2] == {"investor": ["澜山资本"], "investee": ["小青蛙"]}


def test_kind_then_quoted_short_name() -> None:
    assert ("云舟", "candidate") in _mentions("国内知名机器人公司“云舟”完成新一轮融资。")


def test_kind_then_quoted_slogan_or_plan_is_no_company() -> None:
    assert _mentions("公司“走出去”战略成效显著。") == []
    assert _mentions("公司“十四五”规划提出扩产。") == []


# 8. A person's name glued to a verb (读, 读书, 师承 …) is the person, not a company's name.
def test_person_then_read_is_the_person() -> None:
    assert _mentions("汪立读书期间曾参加比赛。") == [("汪立", "person")]
    assert _mentions("李想读大学时创办了一家网站。")[:1] == [("李想", "person")]


def test_a_name_with_a_reading_club_inside_a_clause_is_no_person() -> None:
    assert ("周宁读", "person") not in _mentions("他们加入了周宁读书会。")


# 10. A date phrase opening the clause is no company; a known name running on into a longer one yields.
def test_as_of_this_announcement_is_no_company() -> None:
    assert _mentions("截至本公告披露日，公司已累计减持200万股。") == []
    assert [m for m, _ in _mentions("截至本公告日，星岚科技持有云帆股份5%股份。")] == ["星岚科技", "云帆股份"]


def test_known_head_of_a_longer_name_yields_to_it() -> None:
    found = _mentions("股东包括北大方正人寿、中信证券和华夏基金。")
    assert ("北大方正人寿", "organization") in found and ("北大", "organization") not in found


def test_known_name_and_its_ending_alone_stay_known() -> None:
    assert _mentions("赛力斯汽车完成增资。") == [("赛力斯", "organization")]


def _controls(text: str) -> list[tuple[str, str, str, str]]:
    doc = extract("t", text, "2025-06-30")
    return [(f.roles["holder"][0].text, f.roles["company"][0].text, f.modality, f.qualifiers.get("rank"))
            for f in doc.facts if f.type == "shareholding" and f.qualifiers.get("rank") == "actual_controller"]


# 7. 实际控制人A: A controls the company named before the title (or the company written about).
def test_actual_controller_after_the_company_named() -> None:
    assert _controls("澄远科技的实际控制人是周亦凡。") == [("周亦凡", "澄远科技", "asserted", "actual_controller")]


def test_actual_controller_of_the_company_written_about() -> None:
    assert _controls("澄远科技公告，公司实际控制人为周亦凡。") == [("周亦凡", "澄远科技", "asserted", "actual_controller")]


def test_actual_controller_in_apposition_keeps_its_own_mood() -> None:
    found = _controls("澄远科技实际控制人周亦凡先生拟减持公司股份。")
    assert found == [("周亦凡", "澄远科技", "asserted", "actual_controller")]


def test_actual_controller_changed_and_planned() -> None:
    assert _controls("澄远科技控股股东变更为北溟集团，实际控制人变更为贺云开。") == \
        [("贺云开", "澄远科技", "asserted", "actual_controller")]
    assert _controls("澄远科技公告，公司实际控制人拟变更为贺云开。") == [("贺云开", "澄远科技", "planned", "actual_controller")]


def test_no_controller_named_no_fact() -> None:
    assert _controls("本次交易后澄远科技的实际控制人不会改变。") == []


# 9. 该基金 is the nearest fund named before it, not the company that put money in.
def test_this_fund_is_the_fund_named_before() -> None:
    text = ("澄信公司向青石成长股权投资(南京)合伙企业(有限合伙)出资2亿元。据了解，截至6月30日，"
            "该基金持有宇星科技3.25%的股权。")
    doc = extract("t", text, "2025-06-30")
    holding = [f for f in doc.facts if f.type == "shareholding"]
    assert holding and all(f.roles["holder"][0].canonical.startswith("青石成长") for f in holding)


def test_this_fund_invests() -> None:
    doc = extract("t", "澄信公司参与设立了青云一号基金。该基金投资了宇星科技。", "2025-06-30")
    investors = [f.roles["investor"][0].canonical for f in doc.facts if f.type == "investment"]
    assert investors == ["青云一号基金"]


def test_a_year_word_after_a_titled_name_is_no_part_of_it() -> None:
    assert _people("前CEO张立今年3月宣布加入晨曦基金。") == ["张立"]


def test_actual_controller_to_come_is_planned_and_is_the_titled_person() -> None:
    assert _controls("交易完成后，澄远科技的实际控制人将变更为智澜机器人董事长兼首席执行官周亦凡。") == \
        [("周亦凡", "澄远科技", "planned", "actual_controller")]


def test_controller_and_acting_in_concert_names_no_person() -> None:
    assert _people("此前澄远科技实际控制人和一致行动人的质押比例偏高。") == []
    assert _controls("此前澄远科技实际控制人和一致行动人的质押比例偏高。") == []


def test_company_joined_to_the_title_is_not_controlled() -> None:
    assert _controls("澄远投资与本公司实际控制人周亦凡构成一致行动关系。") == []


def test_control_stated_beside_a_sale_called_off_stays_asserted() -> None:
    assert _controls("澄远科技公告，公司控股股东、实控人周亦凡决定提前终止减持计划。") == \
        [("周亦凡", "澄远科技", "asserted", "actual_controller")]

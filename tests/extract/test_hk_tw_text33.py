"""Hong Kong and Taiwan business text (read, as ingest reads it, in its simplified reading): constructions that
gave wrong parties. Sentences written for these tests, names invented."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from dealgraph.hanzi import reading


def _facts(text: str) -> list[tuple[str, str, dict[str, list[str]]]]:
    result = extract("t", reading(text)[0], "2025-06-30")
    return [(f.type, f.modality, {k: [m.canonical for m in v] for k, v in f.roles.items()}) for f in result.facts]


def _of(facts, kind):
    return [roles for t, _, roles in facts if t == kind]


# 收购在X上市的B: X is the market B is listed on, B is bought

def test_the_company_listed_on_a_market_is_bought_not_the_market():
    facts = _facts("澄川科技公佈，以協議轉讓方式收購在深交所上市的青禾電子(002931.SZ)9000萬股，佔該公司43%股權。")
    assert _of(facts, "acquisition") == [{"acquirer": ["澄川科技"], "target": ["青禾电子"]}]


def test_a_company_listed_on_the_main_board_is_bought():
    facts = _facts("澄川科技擬收購於港交所主板上市的青禾電子(02931.HK)全部已發行股份。")
    assert _of(facts, "acquisition") == [{"acquirer": ["澄川科技"], "target": ["青禾电子"]}]


def test_no_company_named_after_the_market_gives_no_target():
    # near miss: 一家在深交所上市的公司 names no company; the market is never the target
    facts = _facts("澄川科技擬收購一家在深交所上市的公司。")
    assert not any("深圳证券交易所" in roles.get("target", []) for roles in _of(facts, "acquisition"))


def test_a_five_digit_code_with_a_mainland_market_marks_a_listed_name():
    facts = _facts("澄川科技收購在深交所上市的鷺峰(02931.SZ)9000萬股。")
    assert _of(facts, "acquisition") == [{"acquirer": ["澄川科技"], "target": ["鹭峰"]}]


# 投资媒体《B》报导: a noun, no deal

def test_investing_press_is_no_investment():
    facts = _facts("人工智慧革命正全面邁向應用，AI基礎建設的需求正飆升。投資媒體《Lumora Weekly》指出，多家雲服務商今年將再砸重金。")
    assert _of(facts, "investment") == []


def test_investing_in_a_media_company_is_still_an_investment():
    # near miss: 投资媒体公司B is the verb with its object
    facts = _facts("澄川资本投资媒体公司青禾传媒。")
    assert _of(facts, "investment") == [{"investor": ["澄川资本"], "investee": ["青禾传媒"]}]


# 大力投资数据中心扩建: works, no company

def test_works_being_built_are_not_invested_in_as_a_company():
    facts = _facts("澄川科技正迅速鞏固其地位。由於各大雲廠商持續投資資料中心擴建，晶片一度供不應求。")
    assert _of(facts, "investment") == []


def test_a_name_with_a_building_word_inside_stays_a_name():
    facts = _facts("澄川资本投资了青禾兴建科技。")  # near miss: the word inside a firm's name, with its ending
    assert _of(facts, "investment") == [{"investor": ["澄川资本"], "investee": ["青禾兴建科技"]}]


# 主要用于 / 鸿海规划，: verbs after a word, no name

def test_used_for_is_no_name():
    facts = _facts("據了解，上述投資主要用於鷺峰科技今年宣佈與澄川智算合作打造的算力中心。")
    assert not any("主要用" in p for roles in _of(facts, "partnership") for p in roles.get("party", []))


def test_a_known_company_then_plans_is_the_company():
    facts = _facts("鴻海規劃，與輝達合作在高雄打造一座算力中心。")
    assert _of(facts, "partnership") == [{"party": ["鸿海精密", "英伟达"], "result": []}]


def test_a_known_company_with_a_unit_name_keeps_the_unit():
    # near miss: a tail that is a unit's name (not a verb) still names a unit
    facts = _facts("腾讯音乐与青禾电子达成合作。")
    assert _of(facts, "partnership") and "腾讯" not in _of(facts, "partnership")[0]["party"]


# 配售代理促使承配人认购: the agent procures buyers, it buys nothing

def test_a_placing_agent_is_no_investor():
    facts = _facts("澄川科技與配售代理訂立配售協議，據此，配售代理已同意(以本公司代理人身分)盡力促使最少六名承配人"
                   "認購1.2億股配售股份。")
    assert not any("配售代理" in roles.get("investor", []) for roles in _of(facts, "investment"))


def test_a_named_subscriber_is_an_investor():
    # near miss: a subscriber named in the clause buys
    facts = _facts("澄川科技與配售代理訂立配售協議，青禾資本同意認購1.2億股配售股份。")
    assert _of(facts, "investment") == [{"investor": ["青禾资本"], "investee": ["澄川科技"]}]


# Skild AI … Skild: a Latin name's first word is its short name

def test_a_latin_names_first_word_is_its_short_name():
    text = ("澄川資本領投了Lumora AI的A輪融資。\n新一輪募資若成功，Lumora估值將大增。"
            "當時該公司完成2億美元融資，青禾電子也有出資。")
    result = extract("t", reading(text)[0], "2025-06-30")
    short = [m for m in result.mentions if m.text == "Lumora"]
    assert short and short[0].canonical == "Lumora AI"
    rounds = [f for f in result.facts if f.type == "investment" and f.rule.startswith("investment:round_of")]
    assert rounds and [m.canonical for m in rounds[0].roles["investee"]] == ["Lumora AI"]


def test_a_latin_word_inside_a_longer_word_is_not_the_short_name():
    result = extract("t", "澄川资本领投了Lumora AI的A轮融资。LumoraBot是另一家公司。", "2025-06-30")
    assert not any(m.canonical == "Lumora AI" and m.text != "Lumora AI" for m in result.mentions)


# A、B、C等巨头悉数入场。这家企业…: the one company meant is not a member of the group

def test_this_company_after_a_group_is_the_company_written_about():
    text = ("青禾智行宣佈完成2億美元A輪融資。本輪融資陣容豪華，鷺峰科技、澄川電子、岚山智能等科技巨頭悉數入場，"
            "北辰資本跟投。值得注意的是，這家成立僅一年的企業，半年前剛拿到1500萬美元的種子輪融資。")
    facts = _facts(text)
    seeds = [roles for t, _, roles in facts if t == "investment" and "鹭峰科技" not in roles.get("investor", [])]
    investees = {n for roles in seeds for n in roles.get("investee", [])}
    assert "青禾智行" in investees and not investees & {"鹭峰科技", "澄川电子", "岚山智能"}


def test_this_company_after_one_subject_is_that_subject():
    # near miss: the sentence before names one company (no group): it is the one meant
    facts = _facts("青禾智行发布了新品。值得注意的是，这家成立仅一年的企业，半年前刚完成2000万元种子轮融资。")
    assert {n for roles in _of(facts, "investment") for n in roles.get("investee", [])} == {"青禾智行"}


# 领投方为专注于…的基金B: the role noun is no company; its field is not the subject's before it

def test_a_lead_role_noun_is_no_company():
    facts = _facts("岚山创投、鹭岛资本等机构悉数入场，领投方为专注于机器人赛道的投资基金Lumora Capital。")
    assert not any(roles.get("company") in (["领投方"], ["岚山创投"]) for roles in _of(facts, "focus"))


def test_a_focus_after_is_still_read_for_the_subject():
    facts = _facts("澄川科技成立于2019年，主要业务为专注于工业机器人的研发。")  # near miss: no role noun before 为
    assert _of(facts, "focus") == [{"company": ["澄川科技"]}]


# Taiwan's names of companies the lexicon knows (軟體銀行, 緯創)

def test_taiwan_names_of_known_companies_are_those_companies():
    facts = _facts("軟體銀行與鴻海宣佈共組合資公司，緯創與輝達擴大合作。")
    parties = {p for roles in _of(facts, "partnership") for p in roles.get("party", [])}
    assert {"软银集团", "纬创"} <= parties


def test_a_longer_known_name_holding_a_short_one_is_itself():
    facts = _facts("經緯創投領投了青禾電子的A輪融資。")  # near miss: 緯創 inside 經緯創投 names no Wistron
    assert _of(facts, "investment") == [{"investor": ["经纬创投"], "investee": ["青禾电子"]}]

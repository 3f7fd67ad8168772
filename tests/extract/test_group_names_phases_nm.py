"""Person names before a word telling how the people stand together (兄弟, 夫妇, 两人 …) keep their whole length;
founders listed before such a word found a company; a fund's phase (一期, 二期, II期) is part of its name. Sentences
written by the team, names invented."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from tests.extract.readers import facts, one, roles


def _founders(text: str) -> list[tuple[list[str], str]]:
    return [([m.text for m in f.roles["founder"]], f.roles["company"][0].canonical)
            for f in facts(text, "founding") if f.roles.get("founder")]


def _people(text: str) -> list[str]:
    return [m.text for m in extract("t", text, "2025-06-30").mentions if m.kind == "person"]


# 1. names before a group word


def test_a_three_character_name_before_a_group_word_keeps_its_last_character():
    assert _founders("澄川科技由王建华、王建国兄弟于2016年创立。") == [(["王建华", "王建国"], "澄川科技")]
    assert _founders("澄川科技由王建华、王建国于2016年创立。") == [(["王建华", "王建国"], "澄川科技")]
    assert _founders("澄川科技由王澜石、周宁夫妇于2016年创立。") == [(["王澜石", "周宁"], "澄川科技")]
    assert _founders("青禾智能由李澜石、周宁两人共同创办。") == [(["李澜石", "周宁"], "青禾智能")]


def test_a_one_character_given_name_before_a_group_word_takes_no_character_of_it():
    assert _founders("澄川科技由王强兄弟于2016年创立。") == [(["王强"], "澄川科技")]
    assert _people("创始人王强兄弟持有公司60%股份。") == ["王强"]
    assert _people("创始人王建国兄弟持有公司60%股份。") == ["王建国"]


def test_people_opening_the_clause_before_a_group_word_found_the_company():
    assert _founders("王建国、王建华兄弟于2016年共同创立了澄川科技。") == [(["王建国", "王建华"], "澄川科技")]
    assert _founders("周宁、李牧两人于2016年共同创立了澄川科技。") == [(["周宁", "李牧"], "澄川科技")]
    assert _founders("王澜石、周宁、李牧三人共同创立了澄川科技。") == [(["王澜石", "周宁", "李牧"], "澄川科技")]
    assert _founders("林舟与苏明夫妇联合创立了澄川极智。") == [(["林舟", "苏明"], "澄川极智")]


def test_founding_team_and_cleft_read_names_before_a_group_word():
    assert _founders("澄川智能的创始团队包括王建国、王建华兄弟。") == [(["王建国", "王建华"], "澄川智能")]
    assert _founders("澄川智能是王建国、王建华兄弟在2016年创立的。") == [(["王建国", "王建华"], "澄川智能")]
    assert _founders("澄川智能是王强兄弟在2016年创立的。") == [(["王强"], "澄川智能")]


def test_controllers_listed_before_a_count_keep_a_given_name_that_is_a_word():
    found = facts("王建国、王建华两人为青禾电子共同实际控制人。", "shareholding")
    assert sorted(roles(f)["holder"][0] for f in found) == ["王建华", "王建国"]


def test_near_misses_a_family_or_a_count_is_no_person():
    assert _founders("澄川科技由李氏兄弟于2016年创立。") == []  # a family named, no person
    assert _founders("澄川科技由张家三兄弟于2016年创立。") == []
    assert _founders("澄川科技由王强和李牧于2016年创立。") == [(["王强", "李牧"], "澄川科技")]  # 和 is no name's end
    assert "王强兄" not in _people("澄川科技由王强兄弟于2016年创立。")
    assert _people("青禾电子控股股东（林氏四兄妹）已累计质押其所持股份的六成。") == []  # a family counted
    assert _founders("澄川科技由王建国、王建华两兄弟于2016年创立。") == [(["王建国", "王建华"], "澄川科技")]


# 2. founders before a group word, the company 该公司 stands for


def test_the_firm_written_about_is_founded_by_a_couple():
    text = "澄川科技是一家芯片设计企业。该公司由张建国、李卫东夫妇于2010年创立。"
    assert _founders(text) == [(["张建国", "李卫东"], "澄川科技")]
    assert _founders("该公司由张建国、李卫东夫妇于2010年创立。") == []  # no company before it


# 3. fund phases


def test_a_funds_phase_is_part_of_its_name_and_its_own_fund():
    first = one("大基金一期于5月减持青禾通信2.49%的股份。", "acquisition")
    assert [(m.text, m.key) for m in first.roles["seller"]] == [("大基金一期", "lex:big_fund")]
    second = one("大基金二期于5月减持青禾通信2.49%的股份。", "acquisition")
    assert [(m.text, m.key) for m in second.roles["seller"]] == [("大基金二期", "lex:big_fund_2")]
    fund = one("国家中小企业发展基金二期领投了青禾通信的B轮融资。", "investment")
    assert roles(fund)["investor"] == ["国家中小企业发展基金二期"]


def test_two_phases_of_one_fund_are_two_investors():
    found = facts("澄川产业基金二期和澄川产业基金三期分别领投了青禾通信的A轮和B轮融资。", "investment")
    keys = {m.key for f in found for m in f.roles["investor"]}
    assert keys == {"name:澄川产业基金二期", "name:澄川产业基金三期"}
    assert roles(one("澄川产业基金II期领投了青禾通信的B轮融资。", "investment"))["investor"] == ["澄川产业基金II期"]


def test_near_misses_a_company_or_a_project_takes_no_phase():
    assert roles(one("澄川科技二期领投了青禾通信的B轮融资。", "investment"))["investor"] == ["澄川科技"]
    names = [m.text for m in extract("t", "澄川科技二期工厂于5月投产。", "2025-06-30").mentions]
    assert "澄川科技二期" not in names
    names = [m.text for m in extract("t", "澄川产业基金一期项目于5月完工。", "2025-06-30").mentions]
    assert "澄川产业基金一期" not in names


def test_the_firm_after_by_founds_no_company_of_its_own_on_that_date():
    found = facts("澄川影业由澄川资本于2016年创立。", "founding")
    assert [(roles(f)["founder"], roles(f)["company"]) for f in found] == [(["澄川资本"], ["澄川影业"])]
    assert [roles(f)["company"] for f in facts("澄川影业成立于2016年。", "founding")] == [["澄川影业"]]  # still dated


def test_people_before_a_group_word_hold_and_sell_whole():
    held = one("王建国、王建华兄弟合计持有澄川科技60%股份。", "shareholding")
    assert roles(held)["holder"] == ["王建国", "王建华"]
    sold = one("王建国、王建华兄弟拟减持澄川科技5%股份。", "acquisition")
    assert roles(sold)["seller"] == ["王建国", "王建华"] and sold.modality == "planned"
    assert roles(one("王建国兄弟合计持有澄川科技60%股份。", "shareholding"))["holder"] == ["王建国"]


def test_near_misses_a_title_counted_is_no_party_a_firm_ending_in_brothers_stays_whole():
    assert facts("高管两人拟减持澄川科技5%股份。", "acquisition") == []  # no seller named
    assert _people("由高管两人于2016年共同创立。") == []
    assert _people("由于夫妇二人意见不合，澄川科技暂停了融资。") == []  # 由于 opens no list, 于夫妇 is no name
    assert "于王强" not in _people("由于王强兄弟意见不合，澄川科技暂停了融资。")
    assert roles(one("岚山兄弟拟减持澄川科技5%股份。", "acquisition"))["seller"] == ["岚山兄弟"]


def test_a_fund_and_its_phase_named_in_one_document_stay_two():
    text = "澄川产业基金领投了岚山科技的A轮融资。澄川产业基金二期领投了青禾通信的B轮融资。"
    found = {roles(f)["investee"][0]: [m.key for m in f.roles["investor"]] for f in facts(text, "investment")}
    assert found == {"岚山科技": ["name:澄川产业基金"], "青禾通信": ["name:澄川产业基金二期"]}
    text = "澄川产业基金二期领投了青禾通信的B轮融资。澄川产业基金此前领投了岚山科技的A轮融资。"
    found = {roles(f)["investee"][0]: [m.key for m in f.roles["investor"]] for f in facts(text, "investment")}
    assert found == {"岚山科技": ["name:澄川产业基金"], "青禾通信": ["name:澄川产业基金二期"]}


def test_a_given_name_whose_first_character_makes_a_word_with_the_surname_keeps_its_length():
    # 陈云 is a word of the dictionary; before 兄弟 the name is 陈云霁, all three characters
    assert _founders("青禾科技由陈天石、陈云霁兄弟于2016年创办，陈天石现任董事长。") == [(["陈天石", "陈云霁"], "青禾科技")]

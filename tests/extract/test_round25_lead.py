"""Round 25 (lead): names cut by 遭 and by a quarter, managers named …投资管理公司, and a seller's run of sales
dated by its period. Sentences written for this file, with invented companies."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def run(text: str, ref: str = "2025-11-20"):
    return extract("t", text, ref)


def names(text: str) -> list[str]:
    return [m.text for m in run(text).mentions if m.kind == "organization"]


def sellers(text: str) -> list[tuple[str, list[str], str | None]]:
    out = []
    for f in run(text).facts:
        if f.type == "acquisition" and f.roles.get("seller"):
            out.append(([m.text for m in f.roles["target"]], [m.text for m in f.roles["seller"]],
                        f.date.value.text if f.date else None))
    return out


# ---- 遭 / 遭到 / 遭遇 and a quarter before a name are not part of it ----

def test_a_passive_zao_ends_the_name_before_it():
    assert names("青禾电子遭澄川资本减持300万股。") == ["青禾电子", "澄川资本"]
    assert sellers("青禾电子遭澄川资本减持300万股。") == [(["青禾电子"], ["澄川资本"], None)]
    assert "青禾电子" in names("上周青禾电子遭到北辰资管大幅卖出。")


def test_a_quarter_before_a_name_is_not_part_of_it():
    assert names("三季度青禾电子营收增长20%。") == ["青禾电子"]
    assert names("第二季度北辰投资新进了青禾电子。") == ["北辰投资", "青禾电子"]


def test_a_quarter_inside_a_word_is_left_alone():
    # near miss: no name here at all, and 季度 alone never becomes one
    assert names("本季度营收增长20%。") == []


# ---- managers named without 有限: 投资管理公司 / 资产管理公司 / 基金管理公司 ----

def test_a_manager_name_ending_in_guanli_gongsi_is_whole():
    assert "北辰投资管理公司" in names("岚山资本和北辰投资管理公司对青禾电子分别减持80万股。")
    assert names("中国澄川资产管理公司是青禾电子的第二大股东。")[0] == "中国澄川资产管理公司"


def test_a_bare_kind_of_manager_is_no_name():
    assert names("一家资产管理公司入股了青禾电子。") == ["青禾电子"]
    assert names("该基金管理公司持有青禾电子5%股份。") == ["青禾电子"]


# ---- a seller's run of sales over a stated period is dated by the period ----

def test_a_sell_down_over_a_stated_period_takes_the_period():
    found = sellers("澄川投资在2025年1月2日至2025年3月30日期间减持青禾电子120万股。")
    assert found == [(["青禾电子"], ["澄川投资"], "2025年1月2日至2025年3月30日")]
    found = sellers("青禾电子11月6日晚间公告，公司高级管理人员王立新、赵海在2025年1月2日至6月30日期间以集中竞价"
                    "方式减持公司股份合计12万股。")
    assert found and found[0][2] == "2025年1月2日至6月30日"


def test_a_run_of_buying_over_days_stays_undated():
    # near miss: the same period before a purchase of shares dates no investment
    facts = [f for f in run("澄川资本在8月3日至10月20日期间增持青禾电子1.2%股份。").facts if f.type == "investment"]
    assert facts and facts[0].date is None


def test_a_span_not_told_as_the_period_still_dates_no_sale():
    found = sellers("澄川投资于2025年1月2日至3月30日通过大宗交易减持青禾电子120万股。")
    assert found and found[0][2] is None


def test_a_short_manager_name_ending_in_ziguan():
    assert names("北辰资管持有青禾电子5%股份。") == ["北辰资管", "青禾电子"]
    # near miss: a kind of business, not a name
    assert names("券商资管规模今年下降。") == []


# ---- A在B的持股比例由x%降至y%: A holds B (not B holds A) ----

def holdings(text: str) -> list[tuple[list[str], list[str], str | None]]:
    return [([m.text for m in f.roles["holder"]], [m.text for m in f.roles["company"]], f.stake.text if f.stake else None)
            for f in run(text).facts if f.type == "shareholding"]


def test_a_holding_told_with_zai_keeps_holder_and_company_apart():
    assert holdings("澄川资本在青禾电子的持股比例由12%降至9.5%。") == [(["澄川资本"], ["青禾电子"], "9.5%")]
    assert holdings("本次减持完成后，北辰投资在青禾电子的持股比例降至4.99%。") == [(["北辰投资"], ["青禾电子"], "4.99%")]


def test_a_change_written_with_dao_takes_the_stake_after_it():
    assert holdings("王立新在青禾电子的持股比例由38.2%下降到30.1%。") == [(["王立新"], ["青禾电子"], "30.1%")]
    assert holdings("澄川资本对青禾电子的持股比例由5%提升到8%。") == [(["澄川资本"], ["青禾电子"], "8%")]


def test_a_ratio_that_only_moved_by_an_amount_states_no_stake():
    # near miss: 下降了2个百分点 leaves no stake after it
    assert holdings("澄川资本在青禾电子的持股比例下降了2个百分点。") == []


# ---- 前者/后者 after a pair (A与B均为C旗下企业。后者…) ----

def keyed(text: str, ftype: str, role: str) -> list[str]:
    return [m.key.split(":", 1)[1] for f in run(text).facts if f.type == ftype for m in f.roles[role]]


def test_the_latter_of_a_pair_is_its_second_member_not_a_third_name_after_it():
    text = "北辰科技与青禾智能均为岚山集团旗下企业。后者成立于2019年，主要从事大模型研发。"
    assert keyed(text, "founding", "company") == ["青禾智能"]
    assert keyed(text.replace("后者", "前者"), "founding", "company") == ["北辰科技"]


def test_without_a_pair_the_latter_is_the_last_of_two_named():
    # near miss: two names in a row, not joined as a pair: the last named stays the latter
    assert keyed("澄川资本与北辰科技合作。岚山集团收购了青禾智能。后者成立于2019年。", "founding", "company") == ["青禾智能"]
    assert keyed("澄川资本投资了青禾智能。后者成立于2019年。", "founding", "company") == ["青禾智能"]


# ---- A与B均为/都是C的子公司: each is a unit ----

def test_subjects_that_are_each_units_of_one_owner():
    for text in ("北辰科技与青禾智能均为岚山集团旗下企业。", "北辰科技和青禾智能都是岚山集团的子公司。",
                 "北辰科技、青禾智能均系岚山集团控股子公司。"):
        assert sorted(keyed(text, "ownership", "unit")) == ["北辰科技", "青禾智能"], text


def test_a_single_subject_is_the_only_unit():
    # near miss: the partner of the clause before is no unit
    assert keyed("青禾智能和北辰科技合作，北辰科技是岚山集团的子公司。", "ownership", "unit") == ["北辰科技"]


# ---- an investor described by its backing (A和国资背景的B) ----

def test_an_investor_described_by_its_backing_stays_in_the_list():
    text = "青禾智能宣布，已于上月完成数亿元C轮融资，投资方为澄川资本和国资背景的北辰基金。"
    assert keyed(text, "investment", "investor") == ["澄川资本", "北辰基金"]
    assert "国资背景" not in [m.text for m in run(text).mentions]


# ---- a description opening its clause is not the party named after it (2023年，该机构领投了B…) ----

def test_a_description_opening_its_clause_is_not_the_object_after_it():
    text = "澄川资本是青禾智能的早期投资方。2023年，该机构领投了青禾智能的A轮融资。"
    rounds = [f for f in run(text).facts if f.type == "investment" and f.qualifiers.get("round") == "A轮"]
    assert rounds and [m.key for m in rounds[0].roles["investor"]] == ["name:澄川资本"]


def test_a_renamed_unit_after_qi_is_still_its_antecedent():
    # near miss: 其 is no description; the name after 更名为 is the same company
    text = "星河集团持有云帆网络40%股权。次月，北辰科技买下了其全部股份，随后把它改名为“北辰云帆”。"
    targets = keyed(text, "acquisition", "target")
    assert targets and targets[0] != "北辰科技"


# ---- a follow-on by the same investor (…，次年又追投了B轮) ----

def test_a_follow_on_round_by_the_same_investor():
    found = [(f.qualifiers.get("round"), f.date.value.text if f.date else None)
             for f in run("澄川资本2023年领投了青禾智能的A轮融资，2024年又追投了B轮。").facts if f.type == "investment"]
    assert found == [("A轮", "2023年"), ("B轮", "2024年")]
    amounts = [f.amount.value.text for f in run("澄川资本2023年投资了青禾智能，2024年又追加投资2亿元。").facts
               if f.type == "investment" and f.amount]
    assert amounts == ["2亿元"]


def test_a_follow_on_after_another_investor_is_not_carried():
    # near miss: the round before names another investor than the subject carried; no one is guessed
    facts = [f for f in run("青禾智能2023年获得澄川资本的投资，次年又追投了北辰科技。").facts if f.type == "investment"]
    assert all(m.key != "name:青禾智能" for f in facts for m in f.roles["investor"])


# ---- a joint act after each party's own clause (A出资2亿元，B出资1亿元，共同获得C 20%股权) ----

def deals(text: str, ftype: str = "acquisition") -> list[tuple[list[str], str | None, str | None]]:
    return [([m.text for m in f.roles["acquirer"]], f.amount.value.text if f.amount else None,
             f.stake.text if f.stake else None) for f in run(text).facts if f.type == ftype]


def test_a_joint_deal_is_made_by_the_subjects_of_the_clauses_before():
    assert deals("这笔交易中，澄川资本出资2亿元，岚山创投出资1亿元，共同获得青禾智能20%的股权。") == [
        (["澄川资本", "岚山创投"], None, "20%")]
    assert deals("澄川资本出资2亿元，岚山创投出资1亿元，共同收购青禾智能。") == [(["澄川资本", "岚山创投"], None, None)]


def test_each_paid_its_own_money_but_the_deal_is_joint():
    assert deals("澄川资本和岚山创投分别出资2亿元和1亿元，共同获得青禾智能20%的股权。") == [
        (["澄川资本", "岚山创投"], None, "20%")]


def test_a_joint_price_stays_and_each_deal_stays_apart():
    # near misses: a price paid together is the deal's; 分别 before the verb still makes one deal each
    assert deals("澄川资本与岚山创投以3亿元共同收购青禾智能。") == [(["澄川资本", "岚山创投"], "3亿元", None)]
    assert deals("澄川资本与岚山创投分别收购青禾智能51%、49%股权。") == [(["澄川资本"], None, "51%"), (["岚山创投"], None, "49%")]


def test_a_joint_word_after_one_subject_adds_no_one():
    # near miss: one subject before; 共同 alone names no partner
    assert deals("澄川资本出资2亿元，共同收购青禾智能。") == [(["澄川资本"], "2亿元", None)]


# ---- 接受A上市辅导: A is the tutor, the subject is the company being tutored ----

def test_the_firm_giving_the_tutoring_is_not_the_company_going_public():
    facts = [f for f in run("青禾智能今年4月接受北辰证券上市辅导，计划冲刺A股。").facts if f.type == "listing"]
    assert [[m.text for m in f.roles["company"]] for f in facts] == [["青禾智能"]]
    assert facts[0].qualifiers["stage"] == "tutoring"


def test_a_company_that_tutors_is_named_by_no_listing():
    # near miss: the securities firm accepting a mandate is no listing at all
    assert [f for f in run("北辰证券接受委托，为青禾智能提供财务顾问服务。").facts if f.type == "listing"] == []


# ---- co-founders whose given name is a dictionary word (王立新与李晓峰联合创办了B) ----

def test_both_co_founders_of_a_pair_are_people():
    for text in ("2021年，王立新与李晓峰联合创办了青禾智能。", "张建国和李明一起创建了青禾智能。"):
        founders = [m.text for f in run(text).facts if f.type == "founding" for m in f.roles["founder"]]
        assert len(founders) == 2 and all(m.kind == "person" for m in run(text).mentions if m.text in founders), text


def test_a_pair_with_a_company_makes_no_person_of_the_company():
    # near miss: the partner is a company; the other name is not made a person by the pair
    kinds = {m.text: m.kind for m in run("王立新与北辰科技共同创立了青禾智能。").mentions}
    assert kinds["北辰科技"] == "organization" and kinds.get("王立新") != "person"


# ---- 认购公司新增股份: 公司 is the issuer, never a name 公司新增股份 ----

def test_subscribing_the_companys_new_shares_invests_in_the_company():
    text = "北辰科技持有青禾智能科技股份有限公司（下称“公司”）20%股份。澄川资本拟以2亿元认购公司新增股份。"
    facts = [f for f in run(text).facts if f.type == "investment"]
    assert [(f.modality, f.roles["investee"][0].key, f.amount.value.text) for f in facts] == [
        ("planned", "name:青禾智能科技", "2亿元")]
    assert "公司新增股份" not in [m.text for m in run(text).mentions]


def test_new_shares_of_a_named_company_stay_its_own():
    # near miss: a named issuer keeps its name
    facts = [f for f in run("澄川资本拟以2亿元认购北辰科技新增股份。").facts if f.type == "investment"]
    assert [f.roles["investee"][0].text for f in facts] == ["北辰科技"]


# ---- a round's backers after 由 with a plain verb (本轮融资由A等机构投资), and 该轮 as 本轮 ----

def rounds(text: str) -> list[tuple[list[str], str | None, str | None]]:
    return [([m.text for m in f.roles["investor"]], f.qualifiers.get("round"), f.amount.value.text if f.amount else None)
            for f in run(text).facts if f.type == "investment"]


def test_backers_after_you_with_a_plain_verb():
    assert rounds("青禾智能完成新一轮融资，本轮融资由澄川资本、北辰资本等机构投资。") == [(["澄川资本", "北辰资本"], "新一轮", None)]
    assert rounds("青禾智能完成2亿元A轮融资，由澄川资本等机构投资。") == [(["澄川资本"], "A轮", "2亿元")]
    assert rounds("此前，北辰科技由澄川资本投资。") == [(["澄川资本"], None, None)]


def test_a_plant_paid_for_by_an_investor_is_no_round():
    # near miss: what 由A投资 pays for is a plant, not the company
    assert rounds("青禾智能的新工厂由澄川资本投资。") == []


def test_gai_lun_refers_to_the_round_just_told():
    assert rounds("青禾智能宣布完成3亿元B轮融资。该轮融资由澄川资本领投，北辰资本跟投。") == [
        (["澄川资本", "北辰资本"], "B轮", "3亿元")]


def test_a_project_invested_in_by_someone_is_no_round():
    # near miss: 由A投资的B项目 describes a project by its investor (attributive), no round
    assert rounds("青禾智能完成融资后，由澄川资本投资的北辰制造项目总投资20亿元。") == []


# ---- a person acting in concert after 一致行动人 ----

def test_a_person_named_after_yizhi_xingdongren_sells_too():
    text = "青禾电子公告，持股5%以上股东澄川投资及其一致行动人王立新的减持计划已实施完毕。"
    assert sellers(text) == [(["青禾电子"], ["澄川投资", "王立新"], None)]
    assert {m.text: m.kind for m in run(text).mentions}["王立新"] == "person"


def test_a_company_after_yizhi_xingdongren_is_no_person():
    # near miss: a company acting in concert stays a company
    kinds = {m.text: m.kind for m in run("股东澄川投资及其一致行动人北辰资本的减持计划已实施完毕。").mentions}
    assert kinds.get("北辰资本") == "organization"


# ---- the field before a unit's name (其旗下AI芯片公司B) is B's, without 其旗下 ----

def test_the_field_of_a_unit_named_after_qixia():
    facts = [f for f in run("北辰集团公告称，其旗下AI芯片公司青禾科技已提交上市申请。").facts if f.type == "focus"]
    assert [(f.roles["company"][0].text, f.qualifiers.get("domain")) for f in facts] == [("青禾科技", "AI芯片")]


# ---- 该公司 opening a paragraph after a one-sentence paragraph naming a company ----

def test_the_company_of_a_lead_in_line_goes_on_into_the_next_paragraph():
    text = ("北辰机器人宣布完成25亿元融资，北辰机器人估值再创新高。北辰机器人的订单也在增长。\n"
            "这一轮热潮里最先出圈的，是一家杭州企业青禾智能。\n"
            "上月，该公司拿下了一笔超过10亿元的B轮融资，澄川资本、岚山创投等参与其中。")
    facts = [f for f in run(text).facts if f.type == "investment" and f.roles["investor"]]
    assert [f.roles["investee"][0].key for f in facts] == ["name:青禾智能"]


def test_a_longer_paragraph_before_does_not_lend_its_last_topic():
    # near miss: the paragraph before holds two sentences; the company named most goes on, as before
    text = ("北辰机器人宣布完成25亿元融资。北辰机器人的订单也在增长。\n"
            "澄川资本此前已关注这一赛道。其中也提到了青禾智能。\n"
            "上月，该公司拿下了一笔超过10亿元的B轮融资，岚山创投等参与其中。")
    facts = [f for f in run(text).facts if f.type == "investment" and f.roles["investor"]]
    assert facts and facts[0].roles["investee"][0].key != "name:澄川资本"


# ---- a person listed last among a round's firms invests too ----

def test_a_person_closing_a_list_of_round_investors_invests():
    facts = [f for f in run("青禾智能完成2亿元A轮融资，澄川资本、北辰资本、王立新等投资方超额认购。").facts
             if f.type == "investment"]
    assert [[m.text for m in f.roles["investor"]] for f in facts] == [["澄川资本", "北辰资本", "王立新"]]


def test_a_speaker_before_the_lead_is_no_investor():
    # near miss: the founder speaks; he is not listed with the firm
    facts = [f for f in run("青禾智能完成2亿元A轮融资，创始人王立新表示，澄川资本领投。").facts if f.type == "investment"]
    assert [[m.text for m in f.roles["investor"]] for f in facts] == [["澄川资本"]]


# ---- a four-character name of two surnames, named once (创始人杨龚轶凡也将…) ----

def test_a_name_of_two_surnames_named_once_keeps_four_characters():
    kinds = {m.text: m.kind for m in run("青禾智能创始人林岳思远也将出任董事长。").mentions}
    assert kinds.get("林岳思远") == "person"


def test_a_three_character_name_before_a_verb_stays_three():
    # near miss: the second character is a surname, but the fourth opens the verb (表示)
    kinds = {m.text: m.kind for m in run("青禾智能创始人张王明表示，公司将上市。").mentions}
    assert kinds.get("张王明") == "person"


# ---- 正在接受A的上市辅导 is a step under way; 上市场所为… names a venue, no step ----

def listings(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.roles["company"][0].text, f.modality, f.qualifiers.get("stage")) for f in run(text).facts
            if f.type == "listing"]


def test_tutoring_under_way_with_the_tutor_named_is_asserted():
    assert listings("青禾智能目前正在接受北辰证券的上市辅导。") == [("青禾智能", "asserted", "tutoring")]
    # near miss: a plan to be tutored stays planned
    assert listings("青禾智能计划明年接受北辰证券的上市辅导。") == [("青禾智能", "planned", "tutoring")]


def test_a_listing_venue_named_is_no_listing():
    assert listings("青禾智能的上市场所为上交所科创板。") == []
    assert listings("青禾智能于2024年登陆上交所科创板。") == [("青禾智能", "asserted", "listed")]

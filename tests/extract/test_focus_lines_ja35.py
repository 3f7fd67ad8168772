"""What a company does, in more of the ways news and filings say it (round 35, wt-ja): X从事Y的研发和销售, X的业务是Y,
X的核心产品为Y, a capitals word inside the field before the kind (云端服务器PCB厂商B). Invented names and sentences."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def _facts(text: str, kind: str = "focus") -> list[tuple[str, str, str | None]]:
    doc = extract("t", text, "2025-06-30")
    return [(f.roles["company"][0].canonical or f.roles["company"][0].text, f.modality, f.qualifiers.get("domain"))
            for f in doc.facts if f.type == kind and f.roles.get("company")]


# --- X从事Y ---

def test_engaged_in_a_known_field():
    assert _facts("青禾科技从事车规级功率芯片的设计与销售。") == \
        [("青禾科技", "asserted", "车规级功率芯片的设计与销售")]


def test_engaged_in_after_a_founding_clause_is_undated():
    doc = extract("t", "青禾科技成立于2016年，从事车规级激光雷达的研发和生产。", "2025-06-30")
    facts = [f for f in doc.facts if f.type == "focus"]
    assert [(f.roles["company"][0].text, f.qualifiers["domain"], f.date) for f in facts] == \
        [("青禾科技", "车规级激光雷达的研发和生产", None)]


def test_mainly_engaged_in_gives_one_fact_not_two():
    assert _facts("青禾科技主要从事工业机器人的研发。") == [("青禾科技", "asserted", "工业机器人的研发")]


def test_engaged_in_once_or_no_longer_is_no_line_of_business():
    assert _facts("青禾科技曾从事云计算服务。") == []
    assert _facts("青禾科技不再从事智能驾驶软件开发。") == []


def test_people_engaged_in_the_work_are_no_line_of_business():
    assert _facts("青禾科技从事AI芯片研发的员工超过300人。") == []


def test_an_investor_engaged_in_investing_is_no_line_of_business():
    assert _facts("澄川资本从事早期投资。") == []


def test_engaged_in_a_field_the_taxonomy_does_not_know_is_none():
    assert _facts("青禾科技从事房屋租赁。") == []


# --- X的业务是Y / X的核心产品为Y ---

def test_the_business_is():
    assert _facts("澄川芯科的业务是接口芯片IP的授权与定制。") == \
        [("澄川芯科", "asserted", "接口芯片IP的授权与定制")]


def test_the_core_product_is():
    assert _facts("青禾科技的核心产品为工业机器人控制器。") == [("青禾科技", "asserted", "工业机器人控制器")]


def test_a_part_of_the_business_is_not_the_line():
    assert _facts("青禾科技的海外业务是增长最快的AI芯片板块。") == []
    assert _facts("青禾科技表示，这项业务是人工智能平台的补充。") == []


def test_main_business_after_zhuying_gives_one_fact():
    assert _facts("青禾科技主营业务为车规级功率芯片。") == [("青禾科技", "asserted", "车规级功率芯片")]


# --- a capitals word inside the field before the kind ---

def test_capitals_inside_the_field_before_the_kind():
    assert _facts("云端服务器PCB厂商澄川科技周一发布了半年报。") == [("澄川科技", "asserted", "云端服务器PCB")]


def test_a_known_company_before_the_kind_is_another_party():
    assert _facts("英伟达GPU厂商澄川科技周一发布了半年报。") == []


# --- English: whose focus, and a field not cut short ---

def test_an_investor_that_focuses_on_a_field_has_no_line_of_work():
    assert _facts("Harbor Ventures, which mostly focuses on blockchain tokens, took part in the round.") == []


def test_a_field_cut_short_before_a_name_is_none():
    assert _facts("Lumacore specializes in the making of Orbitron boards.") == []


def test_a_field_cut_inside_a_quote_is_none():
    assert _facts('Lumacore now concentrates on the "far edge," building small accelerators.') == []


def test_a_whole_field_after_specializes_stays():
    assert _facts("Lumacore specializes in warehouse robots for retailers.") == \
        [("Lumacore", "asserted", "warehouse robots for retailers")]


def test_apposition_going_on_with_its_owner():
    facts = _facts("Northwind agreed to acquire Lumacore, a chip design company under Harbor Group, for $4 billion.")
    assert facts == [("Lumacore", "asserted", "chip design")]


def test_that_develops_a_line_of_work():
    assert _facts("Just last week, Northwind acquired Lumacore that develops social games for mobile phones.") == \
        [("Lumacore", "asserted", "social games")]


def test_that_develops_one_thing_is_no_line_of_work():
    assert _facts("Northwind signed a deal with Lumacore that develops a new chip for cars.") == []


# --- a clause with a subject of its own the name finder did not read ---

def test_a_subject_of_its_own_keeps_the_carried_company_out():
    # the bare name opening the profile is read now (test_profile_names36): the field is its own, not the carried one's
    facts = _facts("澄川股份主营业务为设备洗净服务。其中岚晶主要从事半导体硅片的研发。")
    assert facts == [("澄川股份", "asserted", "设备洗净服务"), ("岚晶", "asserted", "半导体硅片的研发")]


def test_a_bare_company_word_still_carries_the_company():
    facts = _facts("澄川股份主营业务为设备洗净服务。公司主要从事半导体硅片的研发。")
    assert ("澄川股份", "asserted", "半导体硅片的研发") in facts


def test_a_time_word_before_the_verb_still_carries_the_company():
    assert ("青禾科技", "asserted", "工业机器人研发") in _facts("青禾科技于2016年上市。目前主要从事工业机器人研发。")


def test_a_year_and_adverbs_before_the_verb_still_carry_the_company():
    facts = _facts("澄川科技于2021年上市，当时收入来自安防业务，2023年起开始转向算力服务。")
    assert ("澄川科技", "asserted", "算力服务") in facts


def test_engaged_in_describing_a_company_named_after_is_not_the_subjects_line():
    facts = _facts("从事市政绿化的青禾机器人股份有限公司（下称“青禾机器人”）周三回应了问询函。")
    assert not any(domain and "青禾" in domain for _, _, domain in facts)


# --- a dash between the kind and the name ---

def test_a_dash_between_the_kind_and_the_name():
    assert _facts("人形机器人企业——青禾机器人完成融资。") == [("青禾机器人", "asserted", "人形机器人")]


def test_a_dash_with_no_field_before_the_kind_is_none():
    assert _facts("这家企业——青禾机器人完成融资。") == []


# --- investing is no line of work ---

def test_a_fund_set_up_to_focus_on_investing_gives_no_focus_to_its_sponsor():
    facts = _facts("2019年澄川集团牵头组建一只产业基金，拟专注于投资消费赛道早期项目。")
    assert not any(domain and domain.startswith("投资") for _, _, domain in facts)


def test_a_field_after_focus_that_is_not_investing_stays():
    assert ("澄川集团", "asserted", "消费机器人") in _facts("澄川集团专注于消费机器人。")


# --- an apposition after the name: B，一家…的公司 / B（一家…公司） / B，国内领先的…供应商， ---

def test_apposition_after_a_comma_describes_the_name_before_it():
    assert _facts("澄川资本领投了青禾科技，一家专注于工业机器人的初创公司。") == [("青禾科技", "asserted", "工业机器人")]


def test_apposition_never_gives_the_investor_the_field():
    facts = _facts("澄川资本领投了青禾科技，一家专注于工业机器人的初创公司。")
    assert not any(name == "澄川资本" for name, _, _ in facts)


def test_apposition_in_brackets():
    assert _facts("澄川资本投资了青禾科技（一家AI芯片设计公司）。") == [("青禾科技", "asserted", "AI芯片设计")]


def test_apposition_with_a_rank_between_commas():
    assert ("青禾科技", "asserted", "激光雷达") in _facts("青禾科技，国内领先的激光雷达供应商，今日宣布完成B轮融资。")


def test_apposition_with_no_field_is_none():
    assert _facts("澄川资本领投了青禾科技，一家公司。") == []


def test_apposition_of_an_investor_is_none():
    assert _facts("澄川资本，一家专注于早期投资的机构，领投了本轮。") == []


# --- 以Y为主业 ---

def test_main_line_between_yi_and_wei():
    assert _facts("青禾科技以激光雷达为主业。") == [("青禾科技", "asserted", "激光雷达")]
    assert _facts("青禾科技以工业机器人为主营业务。") == [("青禾科技", "asserted", "工业机器人")]


def test_wei_opening_a_verb_phrase_is_no_main_line():
    assert _facts("青禾科技以自有资金为主要业务提供支持。") == []


# --- B是国内激光雷达龙头企业: the field, then the rank, no 的 ---

def test_field_then_rank_then_kind():
    assert _facts("青禾科技是国内激光雷达龙头企业。") == [("青禾科技", "asserted", "激光雷达")]
    assert _facts("青禾科技是激光雷达行业龙头企业。") == [("青禾科技", "asserted", "激光雷达")]


def test_a_rank_with_no_field_or_an_investors_field_is_none():
    assert _facts("青禾科技是国内龙头企业。") == []
    assert _facts("澄川资本是国内创投龙头企业。") == []


# --- 机器人领域的B ---

def test_field_before_lingyu_de_describes_the_name_after():
    assert ("青禾科技", "asserted", "机器人") in _facts("澄川资本领投了机器人领域的青禾科技。")
    assert _facts("在自动驾驶赛道的青禾科技宣布融资。") == [("青禾科技", "asserted", "自动驾驶")]


def test_field_before_lingyu_de_with_no_name_after_is_none():
    assert _facts("青禾科技在机器人领域的投资超过10亿元。") == []
    assert _facts("青禾科技和澄川智能在机器人领域的合作进展顺利。") == []


def test_field_before_an_investor_is_none():
    assert _facts("机器人领域的澄川资本再度出手。") == []


def test_core_business_before_a_verb_still_gives_the_field():
    assert _facts("青禾科技是国内第二家以大模型为核心业务挂牌科创板的厂商。") == [("青禾科技", "asserted", "大模型")]


def test_a_verb_opening_the_clause_still_carries_the_company():
    facts = _facts("青禾科技周二在深交所挂牌，成为国内第二家以大模型为核心业务挂牌的厂商，首日股价上涨。")
    assert ("青禾科技", "asserted", "大模型") in facts


# --- English: a kind of company, then what it makes in a relative clause ---

def test_apposition_with_a_relative_clause():
    assert ("Lumacore", "asserted", "warehouse robots") in \
        _facts("Lumacore, a Shenzhen startup that builds warehouse robots, raised $20 million.")
    assert ("Lumacore", "asserted", "lidar sensors") in \
        _facts("Harbor Capital led the round in Lumacore, a company that makes lidar sensors for cars.")


def test_predicate_with_a_relative_clause():
    assert _facts("Lumacore is a startup that designs AI chips.") == [("Lumacore", "asserted", "AI chips")]


def test_relative_clause_with_one_thing_made_is_none():
    assert _facts("Northwind invested in Lumacore, a company that makes a new chip for cars.") == []


def test_relative_clause_of_an_investor_is_none():
    assert _facts("Lumacore, a venture firm that builds portfolios of robotics startups, closed a fund.") == []


def test_field_and_kind_opening_the_sentence():
    assert ("Lumacore", "asserted", "robotics") in _facts("Robotics startup Lumacore raised $5 million.")
    assert ("Lumacore", "asserted", "humanoid robot") in _facts("Humanoid robot startup Lumacore raised $5 million.")


def test_a_place_opening_the_sentence_is_no_field():
    assert not any(domain and domain.lower().startswith("harbor") for _, _, domain in
                   _facts("Harbor startup Lumacore raised $5 million."))

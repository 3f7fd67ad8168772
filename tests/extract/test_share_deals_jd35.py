"""Round 35 (wt-jd), acquisitions and share deals: a person selling shares named after 自然人 (向自然人X购买B股权), a
stake written with a hyphen ("a 100-percent stake"), and a deal struck to buy a part of a company, still to close
("struck a deal to buy 51% of Y"). Sentences written by the team; the companies and people are invented."""

from __future__ import annotations

from dealgraph.values.percent import find_percents
from tests.extract.readers import facts, names, one, roles


# ---- 向自然人X购买: the person after 自然人 sells, the subject buys


def test_a_natural_person_after_xiang_sells():
    f = one("澄川科技拟向自然人陈远购买岚山电子12%的股权，交易价格为8000万元。", "acquisition")
    assert names(f, "acquirer") == ["澄川科技"] and names(f, "target") == ["岚山电子"]
    assert names(f, "seller") == ["陈远"] and f.modality == "planned" and f.stake.value.value == 12


def test_a_natural_shareholder_after_xiang_sells():
    f = one("青禾电子拟向自然人股东周牧购买岚溪微电子30%的股权。", "acquisition")
    assert names(f, "acquirer") == ["青禾电子"] and names(f, "seller") == ["周牧"]


def test_a_natural_person_whose_shares_are_bought():
    f = one("澄川科技拟收购自然人林岚持有的青禾材料20%股权。", "acquisition")
    assert names(f, "acquirer") == ["澄川科技"] and names(f, "seller") == ["林岚"]
    assert names(f, "target") == ["青禾材料"]


def test_the_company_words_for_the_buyer_keep_the_person_a_seller():
    f = one("公司拟向自然人陈远购买岚山电子10%的股权。", "acquisition")
    assert roles(f).get("acquirer", []) != ["陈远"] and names(f, "seller") == ["陈远"]


def test_natural_persons_counted_name_no_one():
    # near miss: 自然人 as a kind of holder, no name after it
    f = one("自然人投资者占比较高，澄川科技拟购买岚山电子10%的股权。", "acquisition")
    assert names(f, "acquirer") == ["澄川科技"] and not f.roles.get("seller")


def test_natural_person_with_no_share_deal_is_no_seller():
    # near miss: 自然人 before a name, but no shares are bought from anyone
    assert all(not f.roles.get("seller") for f in facts("澄川科技与自然人陈远共同出资设立岚溪智能。"))


# ---- "a 100-percent stake": a percent written with a hyphen


def test_hyphenated_percent_is_a_percent():
    found = find_percents("It bought a 100-percent stake and later a 51-per-cent holding.")
    assert [p.value for _, _, p in found] == [100.0, 51.0]


def test_hyphenated_percent_stake_is_an_acquisition():
    f = one("Northwind Robotics said it has acquired a 100-percent stake in Lumora Labs.", "acquisition")
    assert names(f, "target") == ["Lumora Labs"] and f.stake.value.value == 100


def test_a_range_with_a_hyphen_stays_a_range():
    # near miss: "5-10 percent" is a range, not 10 percent alone
    (_, _, p), = find_percents("Sales rose 5-10 percent.")
    assert (p.min, p.max) == (5.0, 10.0)


# ---- "struck a deal to buy 51% of Y": agreed, still to close


def test_struck_a_deal_to_buy_a_part_is_planned():
    f = one("Harbor Peak Capital has struck a deal to buy 51% of Tessivo Systems for $90 million.", "acquisition")
    assert names(f, "acquirer") == ["Harbor Peak Capital"] and f.modality == "planned"


def test_reached_an_agreement_to_purchase_is_planned():
    f = one("Veltrix reached an agreement to purchase the remaining 40% of Norcrest Labs.", "acquisition")
    assert f.modality == "planned"


def test_a_completed_deal_to_buy_is_done():
    # near miss: the deal to buy told as completed
    f = one("Veltrix completed a deal to acquire Norcrest Labs for $2 billion.", "acquisition")
    assert f.modality == "asserted"


def test_a_closed_deal_to_buy_a_part_is_done():
    # near miss: closed
    f = one("Veltrix closed its deal to buy 51% of Norcrest Labs.", "acquisition")
    assert f.modality == "asserted"


# ---- 出让股份的是A、B: the sellers of the deal just read, told by their verb


def test_sellers_told_by_their_verb_join_the_deal_before():
    found = facts("澄川科技将通过发行股份的方式取得岚山电子100%股权，作价9亿元。"
                  "出让股份的是青禾投资、岚溪资本以及周宁等12名股东。", "acquisition")
    assert len(found) == 1 and names(found[0], "acquirer") == ["澄川科技"]
    assert names(found[0], "seller")[:2] == ["青禾投资", "岚溪资本"]


def test_a_question_whether_sellers_include_names_no_one():
    # near miss: 出让股份的是否…: a question, no sellers named
    f = one("澄川科技将通过发行股份的方式取得岚山电子100%股权。出让股份的是否包括青禾投资，尚未确定。", "acquisition")
    assert not f.roles.get("seller")


# ---- 收购A 100%股份，以及B 45%股份: a second company's shares bought by the same verb


def test_a_second_stake_joined_after_a_comma_is_bought_too():
    found = facts("澄川科技计划用换股加现金的办法，收购岚山电子（以下简称“岚山”）100%股份，"
                  "以及青禾微电子（苏州）有限公司（以下简称“青禾”）45.64%股份，合计作价9亿元。", "acquisition")
    by_target = {names(f, "target")[0]: f for f in found}
    joined = by_target["青禾微电子（苏州）有限公司"]
    assert names(joined, "acquirer") == ["澄川科技"] and joined.modality == "planned"
    assert joined.stake.value.value == 45.64 and by_target["岚山电子"].stake.value.value == 100


def test_a_second_stake_after_ji_done():
    found = facts("澄川科技已收购岚山电子60%股权，及青禾微电子30%的股权。", "acquisition")
    assert sorted((names(f, "target")[0], f.modality) for f in found) == [("岚山电子", "asserted"),
                                                                          ("青禾微电子", "asserted")]


def test_a_joined_clause_with_no_stake_buys_nothing():
    # near miss: 以及B的董事会席位: no shares of B
    found = facts("澄川科技拟收购岚山电子100%股份，以及青禾微电子的董事会席位。", "acquisition")
    assert [names(f, "target") for f in found] == [["岚山电子"]]


def test_a_joined_stake_with_no_stake_before_adds_nothing():
    # near miss: the first company has no stake of its own in its clause
    found = facts("澄川科技拟收购岚山电子，以及青禾微电子45%股份。", "acquisition")
    assert [names(f, "target") for f in found] == [["岚山电子"]]


# ---- "sell part of its stake in its Y to B": the company its own, named right after "its"


def test_a_stake_sold_in_its_own_company_to_a_buyer():
    f = one("Aldon Group agreed on Friday to sell some of its stake in its Norcrest Media Ltd for $600 million "
            "to Harbor Peak Fund.", "acquisition")
    assert names(f, "seller") == ["Aldon Group"] and names(f, "target") == ["Norcrest Media Ltd"]
    assert names(f, "acquirer") == ["Harbor Peak Fund"] and f.modality == "planned"


def test_its_company_then_a_possessive_is_not_the_target():
    # near miss: "its Norcrest's" — a name followed by a possessive is no company of its own here
    assert all(names(f, "target") != ["Norcrest"] for f in
               facts("Aldon Group will sell part of its stake in its Norcrest's chip unit to Harbor Peak Fund.",
                     "acquisition"))


# ---- control changes: 控股股东拟变更为B, 实控人变为B, under a condition


def test_a_planned_change_of_the_controlling_holder():
    f = one("澄川科技控股股东拟变更为青禾集团。", "shareholding")
    assert names(f, "holder") == ["青禾集团"] and names(f, "company") == ["澄川科技"]
    assert f.qualifiers["rank"] == "controlling" and f.modality == "planned"


def test_a_controller_changed_by_bian_wei():
    f = one("澄川科技实控人变为岚山市国资委。", "shareholding")
    assert names(f, "holder") == ["岚山市国资委"] and f.qualifiers["rank"] == "actual_controller"


def test_a_person_controller_to_come_by_jiang_bian_wei():
    f = one("澄川科技实际控制人将变为周宁。", "shareholding")
    assert names(f, "holder") == ["周宁"] and f.modality == "planned"


def test_changes_under_a_condition_are_planned():
    found = facts("若交易完成，澄川科技控股股东变为青禾集团，实控人变为岚山市国资委。", "shareholding")
    assert sorted((names(f, "holder")[0], f.qualifiers.get("rank"), f.modality) for f in found) == [
        ("岚山市国资委", "actual_controller", "planned"), ("青禾集团", "controlling", "planned")]


def test_the_controlling_holder_planning_a_guarantee_is_no_change():
    # near miss: 拟为B提供担保: 为 is "for", no holder named
    assert facts("澄川科技控股股东拟为青禾集团提供担保。", "shareholding") == []


# ---- a holding whose ratio changed: the part after the change


def test_a_holding_after_a_change_of_its_ratio():
    f = one("本次权益变动后，青禾资本持有澄川科技的股份由693万股减少至597万股，"
            "占澄川科技总股本的比例由42.72%减少至36.79%。", "shareholding")
    assert names(f, "holder") == ["青禾资本"] and f.stake.value.value == 36.79


def test_a_holding_ratio_raised_from_nothing():
    f = one("受让方岚山基金持有澄川科技的股份由0股增加至9613万股，占澄川科技总股本的比例由0%增加至5.92%。",
            "shareholding")
    assert f.stake.value.value == 5.92


def test_another_ratio_changed_is_no_stake():
    # near miss: a share of revenue, not of the stock
    f = one("青禾资本持有澄川科技股份，澄川科技营收占比由8%降至3%。", "shareholding")
    assert f.stake is None


# ---- 公司与实际控制人A: the company written about, joined to its own controller; 证券简称“X”: a short name


def test_the_company_joined_to_its_controller():
    f = one("澄川科技发布澄清公告。公告称，公司与实际控制人周宁旗下的芯片业务目前没有合作计划。", "shareholding")
    assert names(f, "holder") == ["周宁"] and names(f, "company") == ["澄川科技"]
    assert f.qualifiers["rank"] == "actual_controller" and f.modality == "asserted"


def test_another_company_joined_to_a_controller_holds_nothing():
    # near miss: a named company joined to the title is not the one controlled
    assert facts("澄川科技发布公告。青禾资本与实际控制人周宁签署了协议。", "shareholding") == []


def test_a_stock_short_name_in_brackets_is_the_company():
    from dealgraph.extract.pipeline import extract
    doc = extract("t", "从事园林工程的青禾生态工程股份有限公司（证券简称“ST青禾”，603999.SH）昨日发布公告。ST青禾股价下跌。",
                  "2025-06-30")
    short = [m for m in doc.mentions if m.text == "ST青禾"]
    assert short and all(m.canonical == "青禾生态工程股份有限公司" for m in short)


def test_a_quoted_word_after_a_stock_code_label_is_no_alias():
    # near miss: a header field, not a name in brackets after a full name
    from dealgraph.extract.pipeline import extract
    doc = extract("t", "青禾生态工程股份有限公司发布公告，证券简称“ST青禾”将于下周变更。", "2025-06-30")
    assert all(m.canonical != "青禾生态工程股份有限公司" for m in doc.mentions if m.text == "ST青禾")

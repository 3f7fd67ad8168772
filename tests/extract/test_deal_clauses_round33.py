"""Round 33, deal clauses read wrongly on real text: a 、-list of a digest running across two deals, the money a
listing raised told in the next sentence, a fund or company set up by a lead founder 联合 others, and the deals a
framework agreement only foresees. Sentences written for this file; the companies are invented."""

from __future__ import annotations

from tests.extract.readers import facts, roles


def deals(text: str, ftype: str) -> list[tuple]:
    return sorted((f.modality, tuple(sorted((r, tuple(v)) for r, v in roles(f).items() if v))) for f in facts(text, ftype))


# 1. A 、-list across two clauses of a digest

def test_an_item_with_its_own_predicate_ends_the_list_of_buyers():
    text = "云岫机器人控股澄湖能源、北辰智造寻求收购青鸾智能。"
    assert [(roles(f)["acquirer"], roles(f)["target"]) for f in facts(text, "acquisition")] == [(["北辰智造"], ["青鸾智能"])]
    held = facts(text, "shareholding")
    assert [(roles(f)["holder"], roles(f)["company"], f.qualifiers.get("rank")) for f in held] == [
        (["云岫机器人"], ["澄湖能源"], "controlling")]


def test_an_item_with_its_own_predicate_is_no_company_bought():
    text = "澄川资本入股青禾电子、岚山科技拟收购星澜智能、鹭洲数据完成B轮融资。"
    assert [(roles(f)["investor"], roles(f)["investee"]) for f in facts(text, "investment")
            if roles(f)["investor"] == ["澄川资本"]] == [(["澄川资本"], ["青禾电子"])]
    assert [(roles(f)["acquirer"], roles(f)["target"]) for f in facts(text, "acquisition")] == [(["岚山科技"], ["星澜智能"])]


def test_a_plain_list_stays_one_list():
    # near misses: a list of objects, a list of buyers, a list of sellers after 向, and a list invested in (…的)
    assert len(facts("澄川资本收购青禾电子、岚山科技。", "acquisition")) == 2
    assert len(facts("澄川资本收购青禾电子、岚山科技获批。", "acquisition")) == 2
    assert [roles(f)["acquirer"] for f in facts("青禾电子、岚山科技拟收购星澜智能。", "acquisition")] == [["青禾电子", "岚山科技"]]
    found = facts("澄川资本向青禾电子、岚山科技收购星澜科技51%股权。", "acquisition")
    assert [roles(f)["seller"] for f in found] == [["青禾电子", "岚山科技"]]
    assert len(facts("澄川资本投资的青禾电子、岚山科技拟收购星澜智能。", "investment")) == 2


def test_control_named_only_between_two_names():
    assert not facts("澄川资本控股青禾电子的计划落空。", "shareholding")
    assert [roles(f)["holder"] for f in facts("青禾电子控股股东为澄川资本。", "shareholding")] == [["澄川资本"]]


# 2. The money a listing raised, told in the next sentence

def test_the_proceeds_told_next_are_the_listings_amount():
    text = "澄湖光电于2025年5月20日在科创板上市。本次共发行4000万股，募资总额约9.6亿元。"
    found = facts(text, "listing")
    assert [(roles(f)["company"], f.amount.value.value) for f in found] == [(["澄湖光电"], 9.6e8)]
    text = "澄湖光电今日登陆创业板。公司此次募集资金净额为8.1亿元，募集资金总额为9.6亿元。"
    assert [f.amount.value.value for f in facts(text, "listing")] == [9.6e8]


def test_the_proceeds_told_again_with_the_listing_word_are_no_second_listing():
    text = "澄湖光电于2025年5月20日在科创板上市。本次上市募资总额约9.6亿元，发行市盈率为30倍。"
    found = facts(text, "listing")
    assert len(found) == 1 and found[0].amount.value.value == 9.6e8 and found[0].date is not None


def test_proceeds_of_another_company_or_after_another_story_stay_apart():
    assert facts("澄湖光电于2025年5月20日在科创板上市。岚溪微电本次募资总额约9.6亿元。", "listing")[0].amount is None
    text = "澄湖光电于2025年5月20日在科创板上市。去年公司营收3亿元。本次募资总额约9.6亿元。"
    assert facts(text, "listing")[0].amount is None
    text = "澄湖光电于2025年5月20日在科创板上市。此前，澄湖光电完成B轮融资，融资总额约5亿元。"
    assert facts(text, "listing")[0].amount is None
    assert facts("澄湖光电终止科创板上市。本次拟募资10亿元。", "listing")[0].amount is None


# 3. A lead founder named before 联合

def test_the_lead_founder_before_lianhe_founds_the_fund_with_the_others():
    text = "由鹭洲资本作为发起方，联合岚山创投、青禾电子共同设立澄湖产业基金。"
    founded = facts(text, "founding")
    assert [(roles(f)["founder"], roles(f)["company"]) for f in founded] == [
        (["鹭洲资本", "岚山创投", "青禾电子"], ["澄湖产业基金"])]
    assert sorted(roles(f)["investor"][0] for f in facts(text, "investment")) == sorted(["岚山创投", "鹭洲资本", "青禾电子"])
    assert not facts(text, "partnership")
    planned = "由鹭洲资本作为发起方，联合岚山创投、青禾电子拟共同设立澄湖产业基金。"
    assert {f.modality for f in facts(planned, "founding") + facts(planned, "investment")} == {"planned"}
    led = "由鹭洲资本牵头，联合岚山创投、青禾电子共同发起设立澄湖产业基金，基金规模10亿元。"
    assert [roles(f)["founder"] for f in facts(led, "founding")] == [["鹭洲资本", "岚山创投", "青禾电子"]]


def test_a_company_set_up_by_a_lead_founder_is_a_founding_not_a_partnership():
    text = "由鹭洲资本作为发起方，联合岚山创投、青禾电子共同出资设立澄湖科技有限公司。"
    assert [roles(f)["founder"] for f in facts(text, "founding")] == [["鹭洲资本", "岚山创投", "青禾电子"]]
    assert not facts(text, "partnership")
    # near misses: 合作设立 says they cooperate; no lead named (A联合B、C共同设立C: the joint venture as before)
    said = facts("由鹭洲资本作为发起方，联合岚山创投、青禾电子合作成立澄湖科技有限公司。", "partnership")
    assert [roles(f)["party"] for f in said] == [["鹭洲资本", "岚山创投", "青禾电子"]]
    plain = facts("鹭洲资本联合岚山创投、青禾电子共同设立澄湖科技有限公司。", "partnership")
    assert [roles(f)["party"] for f in plain] == [["鹭洲资本", "岚山创投", "青禾电子"]]


# 4. What a framework or intent agreement foresees

def test_a_purchase_foreseen_by_a_framework_agreement_is_planned():
    text = "鹭洲科技与青禾电子签订框架协议，约定青禾电子向鹭洲科技采购价值3亿元的算力设备。"
    assert [(roles(f)["buyer"], f.modality) for f in facts(text, "purchase")] == [(["青禾电子"], "planned")]
    assert [(sorted(roles(f)["party"]), f.modality) for f in facts(text, "partnership")] == [
        (sorted(["鹭洲科技", "青禾电子"]), "asserted")]
    text = "鹭洲科技与青禾电子签订合作框架协议。根据协议，青禾电子向鹭洲科技采购2000台服务器。"
    assert [f.modality for f in facts(text, "purchase")] == ["planned"]


def test_a_purchase_done_or_under_a_contract_stays_asserted():
    # near misses: performed since; a plain contract; a memorandum of other parties; a purchase agreement titled so
    text = "鹭洲科技与青禾电子签订框架协议，青禾电子已向鹭洲科技采购2000台服务器，并已完成交付。"
    assert [f.modality for f in facts(text, "purchase")] == ["asserted"]
    assert [f.modality for f in facts("鹭洲科技与青禾电子签订采购合同，青禾电子向鹭洲科技采购2000台服务器。", "purchase")] == ["asserted"]
    text = "鹭洲科技与澄川资本签署合作备忘录。青禾电子去年向鹭洲科技采购了2000台服务器。"
    assert [f.modality for f in facts(text, "purchase")] == ["asserted"]
    text = "鹭洲科技与青禾电子签订采购框架协议，青禾电子向鹭洲科技采购2000台服务器。"
    assert [f.modality for f in facts(text, "purchase")] == ["asserted"]


def test_the_fund_named_before_the_lead_founder_is_what_they_set_up():
    text = "此次设立的澄湖产业基金，由鹭洲资本作为发起方，联合岚山创投、青禾电子等投资机构共同设立，主要投资机器人项目。"
    assert [(roles(f)["founder"], roles(f)["company"]) for f in facts(text, "founding")] == [
        (["鹭洲资本", "岚山创投", "青禾电子"], ["澄湖产业基金"])]
    assert not facts(text, "partnership")
    # near miss: 合作设立 says they cooperate, the three are partners
    said = facts("此次设立的澄湖产业基金，由鹭洲资本作为发起方，联合岚山创投、青禾电子等机构合作设立。", "partnership")
    assert [roles(f)["party"] for f in said] == [["鹭洲资本", "岚山创投", "青禾电子"]]


def test_the_plan_and_round_of_the_next_item_are_not_the_first_deals():
    text = "澄川资本入股青禾电子、岚山科技拟收购星澜智能、鹭洲数据完成B轮融资。"
    stake = [f for f in facts(text, "investment") if roles(f)["investor"] == ["澄川资本"]]
    assert [(f.modality, f.qualifiers.get("round")) for f in stake] == [("asserted", None)]
    # near miss: the plan is the first deal's own
    text = "澄川资本拟入股青禾电子、岚山科技收购星澜智能。"
    assert [f.modality for f in facts(text, "investment") if roles(f)["investor"] == ["澄川资本"]] == ["planned"]


def test_a_deal_noun_after_the_last_item_is_no_predicate():
    found = facts("澄川资本收购青禾电子、岚山科技控股权。", "acquisition")
    assert sorted(roles(f)["target"][0] for f in found) == sorted(["青禾电子", "岚山科技"])

"""Who buys and what is bought when the words stand apart from the verb: joint subjects, sellers 从…手中,
companies listed after a count, investor descriptors. Sentences written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def deals(text: str, ftype: str) -> list[dict[str, list[str]]]:
    return [{r: [m.text for m in ms] for r, ms in f.roles.items() if ms}
            for f in extract("t", text, "2025-06-30").facts if f.type == ftype]


def test_a_listed_subject_buys_together_in_a_later_clause():
    assert deals("星海集团、云帆网络以及北辰科技共同组成财团,出资300亿元,收购东林化工14%的股份。", "acquisition") == [
        {"acquirer": ["星海集团", "云帆网络", "北辰科技"], "target": ["东林化工"]}]


def test_a_partner_in_signing_does_not_buy():
    assert deals("北辰科技与东林化工签订协议,拟以1亿元收购华岳电子30%股权。", "acquisition") == [
        {"acquirer": ["北辰科技"], "target": ["华岳电子"]}]


def test_the_name_before_shouzhong_sells_however_long_its_description():
    assert deals("2018年,北辰科技从德国施密特家族掌控的投资巨头Alpha Holding手中收购了东林化工的控制性股权。",
                 "acquisition") == [{"acquirer": ["北辰科技"], "target": ["东林化工"], "seller": ["Alpha Holding"]}]


def test_an_investor_descriptor_is_no_investment():
    assert deals("投资巨头Alpha Holding近日表示看好新能源。", "investment") == []


def test_companies_listed_after_a_count_are_bought():
    found = deals("云帆基金三季度新进了3只个股,分别为华岳电子、东林化工、长岭高新。", "investment")
    assert [d["investee"] for d in found] == [["华岳电子"], ["东林化工"], ["长岭高新"]]
    assert all(d["investor"] == ["云帆基金"] for d in found)


def test_a_regulator_never_buys_the_company_it_questions_does():
    assert deals("深交所要求星澜科技说明,公司拟收购东林化工有限公司51%股权的资金来源。", "acquisition") == [
        {"acquirer": ["星澜科技"], "target": ["东林化工有限公司"]}]


def test_a_regulator_alone_leaves_the_buyer_undisclosed():
    assert deals("对此,上交所问询:本次收购东林化工有限公司51%股权的资金来源是什么。", "acquisition") == [
        {"target": ["东林化工有限公司"]}]


def test_a_holding_that_results_from_an_acquisition_is_bought():
    for text in ("收购完成后,北辰科技共持有东林化工77.72%的股权。", "通过本次收购,北辰科技将直接持有东林化工51%的股权。"):
        facts = [f for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"]
        assert [({r: [m.text for m in ms] for r, ms in f.roles.items()}, f.stake.text, f.rule) for f in facts] == [
            ({"acquirer": ["北辰科技"], "target": ["东林化工"]}, facts[0].stake.text, "acquisition:holding:收购")]


def test_a_holding_alone_or_already_bought_adds_no_acquisition():
    assert deals("北辰科技目前持有东林化工20%的股权。", "acquisition") == []
    assert len(deals("北辰科技以2亿元收购东林化工51%股权,收购完成后北辰科技将持有东林化工51%股权。",
                     "acquisition")) == 1


def test_a_rising_share_is_an_investment_a_falling_one_is_not():
    assert deals("青松资本持有东林化工股份的比例由8%上升至16.2%。", "investment") == [
        {"investor": ["青松资本"], "investee": ["东林化工"]}]
    assert deals("北辰科技持有东林化工的股份比例由30%下降至20%。", "investment") == []


def test_a_time_clause_running_over_two_clauses_leaves_the_subject_after_it():
    assert deals("自去年成功收购东林化工有限公司,杀入图像传感器领域后,北辰科技的股价一路上涨。", "acquisition") == [
        {"acquirer": ["北辰科技"], "target": ["东林化工有限公司"]}]


def test_a_company_after_zai_buys_a_market_after_zai_does_not():
    assert deals("几乎在北辰科技收购东林化工的同一时间,华岳电子注册成立。", "acquisition") == [
        {"acquirer": ["北辰科技"], "target": ["东林化工"]}]
    assert deals("青松资本在深交所增持东林化工500万股。", "investment") == [
        {"investor": ["青松资本"], "investee": ["东林化工"]}]


def test_partners_who_buy_together_and_a_partner_in_an_agreement():
    assert deals("青松资本拟与北辰科技共同收购东林化工51%股权。", "acquisition") == [
        {"acquirer": ["青松资本", "北辰科技"], "target": ["东林化工"]}]
    assert deals("按照约定,青松资本与北辰科技达成战略合作并以约5.2亿美元收购东林化工多数股权。", "acquisition") == [
        {"acquirer": ["青松资本"], "target": ["东林化工"]}]


def test_the_subsidiary_opening_the_clause_before_buys():
    found = deals("北辰科技公告,其全资附属公司青松香港有限公司拟出资5000万元,收购东林化工全部股权。", "acquisition")
    assert [d["acquirer"] for d in found] == [["青松香港有限公司"]]


def test_each_clause_subject_buys_in_its_own_clauses():
    found = deals("青松资本三季度增持了华岳电子;云帆基金则减持了东林化工,新进了长岭高新股份有限公司。", "investment")
    assert found == [{"investor": ["青松资本"], "investee": ["华岳电子"]},
                     {"investor": ["云帆基金"], "investee": ["长岭高新股份有限公司"]}]

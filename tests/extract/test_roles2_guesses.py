"""A name guessed only from the words after an investment verb does not make an investment.
Sentences written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def investments(text: str) -> list[dict[str, list[str]]]:
    return [{r: [m.text for m in ms] for r, ms in f.roles.items() if ms}
            for f in extract("t", text, "2025-06-30").facts if f.type == "investment"]


def test_money_invested_in_a_field_names_no_investee():
    assert investments("北辰科技拟定增募资不超过8亿元,投资建设智能仓储及冷链物流等项目。") == []


def test_a_company_described_by_its_stake_is_no_new_investment():
    assert investments("华岳电子:参股公司云帆图灵在港交所挂牌上市。") == []


def test_a_named_investee_still_stands():
    assert investments("北辰科技投资了东林化工有限公司,金额为2亿元。") == [
        {"investor": ["北辰科技"], "investee": ["东林化工有限公司"]}]


def test_a_guessed_name_that_ends_the_clause_is_the_investee():
    assert investments("据悉,北辰科技上月投资了澜芯。") == [{"investor": ["北辰科技"], "investee": ["澜芯"]}]



def acquisitions(text: str) -> list[dict[str, list[str]]]:
    return [{r: [m.text for m in ms] for r, ms in f.roles.items() if ms}
            for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"]


def test_a_document_is_no_buyer_and_the_deal_keeps_its_target():
    assert acquisitions("关于资金去向,招股书披露,募集资金将用于收购东林化工有限公司60%股权。") == [
        {"target": ["东林化工有限公司"]}]


def test_a_document_is_not_what_is_bought():
    found = acquisitions("此前,公司已与东林集团等各方签署收购资产之框架协议,拟用现金收购华岳电子有限公司51%的股权。")
    assert [d["target"] for d in found] == [["华岳电子有限公司"]]



def test_a_regulator_that_approves_a_transfer_is_not_what_is_bought():
    text = "今年3月,证监会批准了华岳基金的股东变更申请,批准东林集团将其持有的华岳基金的股权转让给云帆资本。"
    targets = [m.canonical for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"
               for m in f.roles["target"]]
    assert not any("证监会" in t for t in targets)

"""What a company sells to one customer, as prospectuses tell it (sentences written by the team)."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def _purchases(text: str) -> list[tuple[str, str, str | None, str | None]]:
    out = []
    for f in extract("t", text, "2025-03-01").facts:
        if f.type == "purchase":
            share, period = f.qualifiers.get("share_of_revenue"), f.qualifiers.get("period")
            out.append((f.roles["buyer"][0].text, f.roles["supplier"][0].text, share.text if share else None,
                        period.text if period else None))
    return out


def test_sales_to_a_customer_as_a_share_of_revenue():
    assert _purchases("2024年，澜汐电子对青松汽车的销售收入占营业收入的比重为38.6%。") == [
        ("青松汽车", "澜汐电子", "38.6%", "2024年")]
    assert _purchases("澜汐电子向华岭重工的销售额占当期营收的比例约为12%。") == [("华岭重工", "澜汐电子", "约为12%", None)]


def test_one_share_per_year_of_the_span():
    text = "2021年至2023年，澜汐电子对青松汽车的销售收入占当期营收的比例分别为18.2%、25.7%和30.1%。"
    assert _purchases(text) == [("青松汽车", "澜汐电子", "18.2%", "2021年"), ("青松汽车", "澜汐电子", "25.7%", "2022年"),
                                ("青松汽车", "澜汐电子", "30.1%", "2023年")]
    # shares the period does not number: the customer, without a share that could be the wrong year's
    assert _purchases("澜汐电子对青松汽车的销售收入占营收比重分别为18.2%、25.7%和30.1%。") == [
        ("青松汽车", "澜汐电子", None, None)]


def test_sales_to_customers_are_no_revenue_of_the_company():
    facts = extract("t", "2024年，澜汐电子向前五大客户的销售收入为4.1亿元，占营业收入的比重为87%。", "2025-03-01").facts
    assert not [f for f in facts if f.type == "financial"]
    [revenue] = [f for f in extract("t", "2024年，澜汐电子实现销售收入9.6亿元。", "2025-03-01").facts if f.type == "financial"]
    assert revenue.qualifiers["metric"] == "revenue" and revenue.qualifiers["value"].text == "9.6亿元"


def _owned(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.roles["owner"][0].text, f.roles["unit"][0].text, f.date.text if f.date else None)
            for f in extract("t", text, "2024-08-14").facts if f.type == "ownership"]


def test_an_announcing_company_s_subsidiary_named_after_its_or_the_company():
    assert _owned("8月13日晚间，澜汐路桥（002999）公告，其全资子公司澜汐建设有限公司于2024年8月12日收到中标通知书。") == [
        ("澜汐路桥", "澜汐建设有限公司", None)]  # the day is what the unit did, not since when it is owned
    assert _owned("澜汐数据科技发布公告，公司控股子公司上海澜汐云科技有限公司拟在安徽芜湖投资建设数据中心。") == [
        ("澜汐数据科技", "上海澜汐云科技有限公司", None)]
    assert _owned("澜汐数据科技公告，公司控股子公司澜汐环境与青松化工有限公司签署合同。") == [("澜汐数据科技", "澜汐环境", None)]


def test_a_tender_won_is_a_purchase_by_the_one_who_tendered():
    text = ("澜汐路桥公告，其全资子公司澜汐建设有限公司收到《中标通知书》，确定澜汐建设有限公司为青松数据科技有限公司"
            "算力中心项目（一标段）的中标人，中标价格约为9亿元。")
    [bought] = [f for f in extract("t", text, "2024-08-14").facts if f.type == "purchase"]
    assert (bought.roles["buyer"][0].text, bought.roles["supplier"][0].text, bought.amount.text) == (
        "青松数据科技有限公司", "澜汐建设有限公司", "约为9亿元")
    [bought] = [f for f in extract("t", "澜汐建设集团中标青松数据科技有限公司的数据中心二期项目，中标金额约为4.6亿元。",
                                   "2024-08-14").facts if f.type == "purchase"]
    assert (bought.roles["buyer"][0].text, bought.roles["supplier"][0].text, bought.amount.text) == (
        "青松数据科技有限公司", "澜汐建设集团", "约为4.6亿元")
    names = [m.text for m in extract("t", "澜汐建设集团中标青松数据科技有限公司的项目。", "2024-08-14").mentions]
    assert names == ["澜汐建设集团", "青松数据科技有限公司"]  # 中标 ends the first name
    assert not [f for f in extract("t", "确定澜汐建设集团为“青松新区EPC总承包项目”的中标单位。", "2024-08-14").facts
                if f.type == "purchase" and f.roles["buyer"]]  # a code in the project's title buys nothing


def test_entering_as_an_investor_ends_the_name_before_it():
    names = [m.text for m in extract("t", "知名投资人周澜川于去年底入局青禾智能，目前持有其3.2%的股份。", "2025-03-01").mentions]
    assert "青禾智能" in names and not [n for n in names if n.startswith("入局")]


def test_grades_and_kinds_of_ai_offerings_are_no_names():
    for text in ("澄川科技主要面向银行提供金融级人工智能整体解决方案。", "澄川科技是国内领先的企业级AI智能体厂商。"):
        assert [m.text for m in extract("t", text, "2025-01-01").mentions] == ["澄川科技"]
    assert [m.text for m in extract("t", "青禾智能完成B轮融资。", "2025-01-01").mentions] == ["青禾智能"]


def test_a_subsidiary_set_up_is_founded_and_owned_and_an_aliased_party_signs():
    found = extract("t", "去年6月，澜汐科技设立全资子公司澜汐算力有限公司。", "2024-05-30").facts
    assert sorted((f.type, f.modality, f.date.text) for f in found) == [
        ("founding", "asserted", "去年6月"), ("ownership", "asserted", "去年6月")]
    [planned] = extract("t", "澜汐科技拟设立全资子公司澜汐算力有限公司。", "2024-05-30").facts
    assert (planned.type, planned.modality) == ("founding", "planned")
    text = ("2023年9月27日，杭州澜汐科技有限公司（以下简称“澜汐杭州”）与青禾信息技术有限公司签订120台AI服务器采购合同，"
            "合同金额为2.4亿元。")
    [bought] = [f for f in extract("t", text, "2024-05-30").facts if f.type == "purchase"]
    assert (bought.roles["buyer"][0].text, bought.roles["supplier"][0].text, bought.amount.text) == (
        "澜汐杭州", "青禾信息技术有限公司", "2.4亿元")

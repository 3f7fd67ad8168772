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

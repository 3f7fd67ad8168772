"""Round 35 (wt-je): sales to customers told clause after clause (A向经销商B销售了…；对另一家经销商C的销售额…), and the
sum of the sales. Sentences written by the team; the companies are invented."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


# ---- a seller goes on: 对另一家经销商C的销售额 after A向B销售


def test_the_seller_goes_on_to_the_next_customer():
    text = "2024年，澄川微电子向经销商青禾电子销售了约1.46亿元产品；对另一家经销商岚山科技的销售额约为1.03亿元。"
    found = {(names(f, "buyer")[0], names(f, "supplier")[0]) for f in facts(text, "purchase")}
    assert found == {("青禾电子", "澄川微电子"), ("岚山科技", "澄川微电子")}


def test_the_sum_of_sales_to_a_customer():
    f = one("2024年，澄川微电子对岚山科技的销售收入为8000万元，占营业收入的比重为31.4%。", "purchase")
    assert f.amount is not None and f.amount.value.value == 8e7


def test_a_share_with_no_sum_gives_no_amount():
    # near miss: the money told later is not said to be the sales
    f = one("澄川微电子对岚山科技的销售收入占营业收入的比重为31.4%，金额为8000万元。", "purchase")
    assert f.amount is None

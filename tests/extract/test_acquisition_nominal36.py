"""完成了对A相关知识产权的收购工作 buys from A: the rights or assets of a company after 对, and the deal as a noun of
work (sentences written by the team, invented names)."""

from __future__ import annotations

from tests.extract.readers import facts, roles


def test_the_rights_of_a_company_bought_as_a_noun_of_work():
    deal = facts("2016年，岚州汽车花费3亿美元，完成了对德国澄星动力相关知识产权的收购工作。", "acquisition")[0]
    assert roles(deal) == {"acquirer": ["岚州汽车"], "target": ["德国澄星动力"]}
    assert deal.amount.text == "3亿美元" and deal.date.text == "2016年"


def test_part_of_a_companys_assets_bought_as_a_noun():
    deal = facts("岚州汽车完成了对青禾澜部分资产的收购。", "acquisition")[0]
    assert roles(deal)["target"] == ["青禾澜"]

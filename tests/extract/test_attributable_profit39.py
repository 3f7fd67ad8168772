"""Hong Kong filings' profit attributable to owners (拥有人应占利润, 股东应占溢利, 应占亏损) is the net result (read from
held-out set 14; sentences of our own)."""

from __future__ import annotations

from tests.extract.readers import figures


def test_owners_attributable_profit() -> None:
    got = figures("澄川半导体2024年公司拥有人应占利润为1.92亿美元，同比增长28.9%。")
    assert got == [("澄川半导体", "net_profit", "asserted", "1.92亿美元", "2024")]


def test_shareholders_attributable_profit_in_hong_kong_wording() -> None:
    got = figures("青禾科技2024年股东应占溢利为3.5亿港元。")
    assert got == [("青禾科技", "net_profit", "asserted", "3.5亿港元", "2024")]


def test_attributable_loss() -> None:
    got = figures("岚山医疗2024年母公司拥有人应占亏损为1.2亿元。")
    assert got == [("岚山医疗", "net_loss", "asserted", "1.2亿元", "2024")]


def test_share_of_an_associate_s_profit_is_no_result_of_its_own() -> None:
    assert figures("青禾科技应占联营公司利润为2000万元。") == []

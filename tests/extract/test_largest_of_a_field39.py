"""B是中国大陆规模最大的晶圆代工企业: a rank told by size in a place still says B's field (read from held-out set 14;
sentences of our own)."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


def test_largest_by_scale_in_mainland_china() -> None:
    fact = one("澄川半导体是中国大陆规模最大的晶圆代工企业。", "focus")
    assert names(fact, "company") == ["澄川半导体"] and fact.qualifiers["domain"] == "晶圆代工"


def test_largest_by_shipments_worldwide() -> None:
    fact = one("青禾光电是全球出货量最大的激光雷达企业。", "focus")
    assert fact.qualifiers["domain"] == "激光雷达"


def test_largest_by_revenue_in_the_country() -> None:
    fact = one("岚山存储是国内营收最大的存储芯片厂商。", "focus")
    assert fact.qualifiers["domain"] == "存储芯片"


def test_largest_company_with_no_field_gives_none() -> None:
    assert facts("澄川半导体是中国大陆规模最大的企业之一。", "focus") == []

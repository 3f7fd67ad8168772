"""Alibaba beside Tencent: shared companies, co-investors, capital plans and spending."""

from __future__ import annotations

import pytest

from dealgraph.analyze.compare import Comparison, compare
from dealgraph.analyze.view import GraphView


@pytest.fixture(scope="module")
def both(reference_graph: GraphView) -> Comparison:
    return compare(reference_graph, "阿里巴巴", "腾讯")


def test_both_back_unitree(both: Comparison) -> None:
    assert any("宇树" in r["name"] and r["facts"][0] and r["facts"][1] for r in both.both_back)


def test_tencent_spending_and_plan(both: Comparison) -> None:
    tencent = both.sides[1]
    assert tencent.portfolio.name == "腾讯"
    capex = [f for f in tencent.spending if f["qualifiers"]["metric"] == "capex"]
    assert any(f["qualifiers"]["value"]["value"] == pytest.approx(3.6578e10) for f in capex)
    assert any((f.get("amount") or {}).get("value") == pytest.approx(1e11) for f in tencent.plans)


def test_alibaba_plan_and_spending(both: Comparison) -> None:
    alibaba = both.sides[0]
    assert any((f.get("amount") or {}).get("value") == pytest.approx(3.8e11) for f in alibaba.plans)
    assert any(f["qualifiers"]["metric"] == "capex" for f in alibaba.spending)


def test_co_investors_of_alibaba(both: Comparison, reference_graph: GraphView) -> None:
    co = both.sides[0].co_investors()
    assert reference_graph.group_of(reference_graph.find("腾讯")["id"]) in co
    assert reference_graph.group_of(reference_graph.find("吉利")["id"]) in co


def test_tencent_investments_from_the_article(both: Comparison) -> None:
    names = {h.name for h in both.sides[1].portfolio.holdings if h.how == "investment"}
    assert any("宇树" in n for n in names) and any("京东" in n for n in names)

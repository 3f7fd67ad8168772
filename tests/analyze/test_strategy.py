"""Alibaba's strategy by period: from control to minority, syndicated, partly in-kind deals."""

from __future__ import annotations

import pytest

from dealgraph.analyze.portfolio import portfolio
from dealgraph.analyze.strategy import Deal, Period, Strategy, parse_periods, split_years, strategy
from dealgraph.analyze.view import GraphView
from dealgraph.errors import InvalidArgument


@pytest.fixture(scope="module")
def alibaba(reference_graph: GraphView) -> Strategy:
    return strategy(portfolio(reference_graph, "阿里巴巴"))


def deal(period: Period, name: str, year: int) -> Deal:
    found = [d for d in period.deals if name in d.holding.name and d.year == year]
    assert found, f"no {year} deal with {name} in {period.label}: {[d.holding.name for d in period.deals]}"
    return found[0]


def test_periods_come_from_the_deal_years(alibaba: Strategy) -> None:
    assert len(alibaba.periods) == 2
    early, late = alibaba.periods
    assert early.start <= 2015 and 2019 <= early.end < late.start and late.end >= 2025


def test_control_deals_in_the_early_period(alibaba: Strategy) -> None:
    early = alibaba.periods[0]
    assert deal(early, "中天微", 2018).control
    kaola = deal(early, "考拉", 2019)
    assert kaola.control and kaola.holding.amount["text"] == "20亿美元"
    assert early.count("control") >= 2


def test_minority_syndicated_in_kind_deals_in_the_late_period(alibaba: Strategy) -> None:
    late = alibaba.periods[1]
    assert late.count("control") == 0
    moonshot = deal(late, "月之暗面", 2024)
    assert moonshot.in_kind and moonshot.holding.qualifiers["consideration"] == "mixed"
    assert set(moonshot.terms) == {"no_veto_on_new_investors", "company_keeps_control"}
    unitree = deal(late, "宇树", 2025)
    assert unitree.syndicated and not unitree.control
    assert any("腾讯" in o for o in unitree.holding.others) and any("吉利" in o for o in unitree.holding.others)


def test_shifts_are_stated_with_the_facts_behind_them(alibaba: Strategy) -> None:
    shifts = {s.measure: s for s in alibaba.shifts}
    assert shifts["control"].direction == "down"
    assert shifts["syndicated"].direction == "up"
    assert shifts["in_kind"].direction == "up"
    assert shifts["independence"].direction == "up"
    early, late = alibaba.periods
    assert deal(early, "考拉", 2019).holding.fact_id in shifts["control"].facts
    assert deal(late, "月之暗面", 2024).holding.fact_id in shifts["in_kind"].facts
    assert deal(late, "宇树", 2025).holding.fact_id in shifts["syndicated"].facts


def test_the_denied_rumour_is_no_deal(alibaba: Strategy) -> None:
    assert not any(d.holding.name == "DeepSeek" for d in alibaba.deals)


def test_given_periods_are_used(reference_graph: GraphView) -> None:
    s = strategy(portfolio(reference_graph, "阿里巴巴"), parse_periods("2015-2019,2020-2025"))
    assert [p.label for p in s.periods] == ["2015–2019", "2020–2025"]
    assert s.periods[0].count("control") >= 2 and s.periods[1].count("control") == 0


def test_split_at_the_widest_gap_that_leaves_two_deals_a_side() -> None:
    assert split_years([2015, 2016, 2018, 2019, 2022, 2023, 2024, 2025]) == [(2015, 2019), (2022, 2025)]
    assert split_years([2015, 2018, 2019, 2022]) == [(2015, 2018), (2019, 2022)]  # no gap: median
    assert split_years([2020, 2021, 2022, 2023]) == [(2020, 2021), (2022, 2023)]
    assert split_years([2024]) == [(2024, 2024)]
    assert split_years([]) == []


def test_parse_periods() -> None:
    assert parse_periods("2015-2019, 2020-2025") == [(2015, 2019), (2020, 2025)]
    assert parse_periods("2024") == [(2024, 2024)]
    assert parse_periods(None) is None
    with pytest.raises(InvalidArgument):
        parse_periods("2019-2015")
    with pytest.raises(InvalidArgument):
        parse_periods("last year")

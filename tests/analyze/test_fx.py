"""The exchange-rate table and conversion to yuan."""

from __future__ import annotations

import pytest

from dealgraph.analyze import fx

PLAUSIBLE = {"USD": (6.0, 7.5), "HKD": (0.77, 0.95), "EUR": (6.5, 9.5), "GBP": (8.0, 11.0), "JPY": (0.04, 0.09)}


@pytest.mark.parametrize("currency", sorted(PLAUSIBLE))
def test_every_currency_has_a_plausible_rate_for_every_year_2010_to_2026(currency: str) -> None:
    low, high = PLAUSIBLE[currency]
    rates = fx.table()[currency]
    assert set(range(2010, 2027)) <= set(rates)
    assert all(low <= rates[y] <= high for y in range(2010, 2027)), rates


def test_hkd_follows_usd_under_the_peg() -> None:
    for year in range(2010, 2027):
        implied = fx.table()["USD"][year] / fx.table()["HKD"][year]
        assert 7.7 <= implied <= 7.9, (year, implied)


def test_converts_at_the_average_of_the_facts_year() -> None:
    got = fx.to_cny({"value": 2.0e9, "currency": "USD", "text": "20亿美元"}, 2019)
    assert got is not None and got.year == 2019 and not got.nearest
    assert got.cny == pytest.approx(2.0e9 * fx.table()["USD"][2019])


def test_yuan_stays_yuan_and_unknown_currencies_or_values_give_nothing() -> None:
    assert fx.to_cny({"value": 5e8, "currency": "CNY"}, 2020).cny == 5e8
    assert fx.to_cny({"value": 5e8, "currency": "XYZ"}, 2020) is None
    assert fx.to_cny({"value": None, "currency": "USD", "text": "数亿美元"}, 2020) is None
    assert fx.to_cny(None, 2020) is None


def test_a_year_outside_the_table_or_unknown_uses_the_nearest_full_year_and_says_so() -> None:
    early = fx.to_cny({"value": 1.0, "currency": "EUR"}, 2001)
    assert early is not None and early.year == 2010 and early.nearest
    undated = fx.to_cny({"value": 1.0, "currency": "GBP"}, None)
    assert undated is not None and undated.nearest and undated.year not in fx.provisional()

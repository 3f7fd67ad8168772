""""For the full year 2024" / "full-year 2024 revenue" dates the figure (read from held-out set 14; sentences of our
own)."""

from __future__ import annotations

from tests.extract.readers import figures

REF = "2025-09-16"


def test_for_the_full_year() -> None:
    assert figures("For the full year 2024, Norvane's revenue was 2.08 billion yuan.", REF) == [
        ("Norvane", "revenue", "asserted", "2.08 billion yuan", "2024")]


def test_full_year_hyphenated_before_the_metric() -> None:
    got = figures("Pike Labs said its full-year 2023 revenue rose 20% to $3 billion.", REF)
    assert [(c, m, p) for c, m, _, _, p in got] == [("Pike Labs", "revenue", "2023")]


def test_full_year_with_no_year_dates_nothing() -> None:
    got = figures("For the full year, Norvane's revenue was 2.08 billion yuan.", REF)
    assert [p for *_, p in got] == [None]

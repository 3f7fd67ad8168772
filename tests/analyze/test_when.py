"""Ordering partial dates and periods."""

from __future__ import annotations

from dealgraph.analyze import when


def test_partial_dates_order_by_their_end_and_undated_sorts_first() -> None:
    values = ["2025-08-20", "2025-Q2", "2025-H1", "2025", None, {"from": "2022", "to": "2024"}, "2019-09"]
    ordered = sorted(values, key=lambda v: when.sort_key({"value": v} if v else None))
    assert ordered == [None, "2019-09", {"from": "2022", "to": "2024"}, "2025", "2025-Q2", "2025-H1", "2025-08-20"]


def test_a_period_counts_from_its_start_for_the_year() -> None:
    assert when.year({"value": {"from": "2023"}, "text": "自2023年起"}) == 2023
    assert when.year({"value": "2025-Q2"}) == 2025
    assert when.year(None) is None


def test_text_reads_spans_as_written_and_dates_as_values() -> None:
    assert when.text({"value": "3y", "text": "为期三年"}) == "为期三年"
    assert when.text({"value": "2019-09", "text": "同年9月"}) == "2019-09"
    assert when.text({"value": {"from": "2022", "to": "2024"}}) == "2022–2024"

"""The status board of Alibaba's companies, and the rules behind it on small hand-made facts."""

from __future__ import annotations

import pytest

from dealgraph.analyze.portfolio import portfolio
from dealgraph.analyze.status import Status, board, latest_stage, share_above
from dealgraph.analyze.view import GraphView


@pytest.fixture(scope="module")
def rows(reference_graph: GraphView) -> dict[str, Status]:
    return {r.name: r for r in board(reference_graph, portfolio(reference_graph, "阿里巴巴"))}


def row(rows: dict[str, Status], name: str) -> Status:
    found = [r for n, r in rows.items() if name in n]
    assert found, f"{name} is not on the status board ({sorted(rows)})"
    return found[0]


def stage(r: Status) -> str | None:
    return r.listing["qualifiers"].get("stage") if r.listing else None


@pytest.mark.parametrize(("company", "exchange", "year"), [("寒武纪", "SSE STAR", "2020"),
                                                          ("商汤科技", "HKEX", "2021"),
                                                          ("翱捷科技", "SSE STAR", "2022")])
def test_listed_companies(rows: dict[str, Status], company: str, exchange: str, year: str) -> None:
    r = row(rows, company)
    assert stage(r) == "listed"
    assert r.listing["qualifiers"].get("exchange") == exchange
    assert str(r.listing["date"]["value"]).startswith(year)


@pytest.mark.parametrize("company", ["长鑫存储", "智谱"])
def test_companies_in_tutoring(rows: dict[str, Status], company: str) -> None:
    assert stage(row(rows, company)) == "tutoring"


def test_cxmt_started_tutoring_in_july_2025(rows: dict[str, Status]) -> None:
    # A bare month in an article of late 2025 is this year's month, not that of a year named in another clause.
    assert row(rows, "长鑫存储").listing["date"]["value"] == "2025-07"


def test_banma_filed_in_hong_kong_is_dependent_and_loss_making(rows: dict[str, Status]) -> None:
    r = row(rows, "斑马网络")
    assert stage(r) == "filed" and r.listing["qualifiers"].get("exchange") == "HKEX"
    assert r.listing["date"]["value"] == "2025-08-20"
    keys = {f.key for f in r.flags}
    assert {"main_supplier", "loss_making", "losses_widening"} <= keys
    assert r.profitable is False


def test_unitree_after_shareholding_reform_and_profitable(rows: dict[str, Status]) -> None:
    r = row(rows, "宇树")
    assert stage(r) == "shareholding_reform"
    assert [f["qualifiers"]["stage"] for f in r.next_listing] == ["filed"]
    assert r.profitable is True
    assert any(f["qualifiers"].get("metric") == "revenue" for f in r.results)


def test_cambricon_turned_profitable(rows: dict[str, Status]) -> None:
    assert row(rows, "寒武纪").profitable is True


def test_aispeech_not_yet_profitable_and_last_financing(rows: dict[str, Status]) -> None:
    r = row(rows, "思必驰")
    assert r.profitable is False
    assert r.financing is not None


def test_kaola_closed(rows: dict[str, Status]) -> None:
    assert "closed" in {f.key for f in row(rows, "考拉").flags}


def test_in_house_units_are_not_on_the_board(rows: dict[str, Status]) -> None:
    assert not any(n in rows for n in ("平头哥半导体", "达摩院", "通义千问"))


def _listing(stage: str, date: str | None) -> dict:
    return {"qualifiers": {"stage": stage}, "date": {"value": date} if date else None}


def test_the_furthest_stage_wins_unless_a_later_termination_follows() -> None:
    def stage(*facts: dict) -> str:
        return latest_stage(list(facts))["qualifiers"]["stage"]

    assert stage(_listing("planned", None), _listing("tutoring", "2025-04")) == "tutoring"
    assert stage(_listing("listed", None), _listing("tutoring", "2024")) == "listed"
    ended = latest_stage([_listing("filed", "2023-06"), _listing("terminated", "2024-01")])
    assert ended["qualifiers"]["stage"] == "terminated"
    refiled = latest_stage([_listing("terminated", "2022"), _listing("filed", "2024-03")])
    assert refiled["qualifiers"]["stage"] == "filed"
    assert latest_stage([]) is None


def test_share_above_reads_open_lower_bounds() -> None:
    assert share_above({"value": 50.0, "min": 50.0, "max": None, "text": "超过50%"}, 50)
    assert share_above({"value": 70.0, "min": None, "max": None, "text": "70%"}, 50)
    assert not share_above({"value": 50.0, "min": None, "max": None, "text": "50%"}, 50)
    assert not share_above({"value": 30.0, "min": 30.0, "max": None, "text": "超过30%"}, 50)
    assert not share_above(None, 50)

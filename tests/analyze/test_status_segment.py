"""A business's figure (AI业务亏损) is shown as that business's and never stands for the company's profit."""

from __future__ import annotations

from pathlib import Path

from dealgraph.analyze.portfolio import portfolio
from dealgraph.analyze.status import board
from dealgraph.report import text
from tests.analyze.conftest import ingest_and_load
from tests.conftest import PG_URL


def test_a_segment_loss_is_no_company_loss(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("2023年5月，青松资本投资了澄川智能。\n"
                   "2024年，澄川智能实现净利润2.4亿元。2025年上半年，澄川智能的机器人业务亏损0.6亿元，"
                   "云服务收入3.1亿元。\n", "utf-8")
    graph = ingest_and_load(PG_URL or f"sqlite:///{tmp_path / 'a.db'}", doc)
    [row] = [r for r in board(graph, portfolio(graph, "青松资本")) if "澄川" in r.name]
    assert row.profitable is True and row.profit["qualifiers"]["value"]["text"] == "2.4亿元"
    segments = {f["qualifiers"].get("segment") for f in row.results}
    assert {"机器人业务", "云服务"} <= segments
    assert "云服务·" in text.revenue(row)

"""The command line: exports in every format, reviews, two documents stating one fact, help and docs."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pyarrow.parquet as pq
import pytest

from dealgraph.cli.main import app

ROOT = Path(__file__).resolve().parent.parent
DOC_A = "日期：2024-05-02\n\n星澜半导体在2023年获得星海资本投资。该公司专注于车规芯片。\n"
DOC_B = "日期：2024-07-09\n\n据公开信息，星澜半导体在2023年获得星海资本投资，目前正在扩产。\n"


@pytest.fixture
def two_docs(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(DOC_A, encoding="utf-8")
    (folder / "b.txt").write_text(DOC_B, encoding="utf-8")
    return folder


def _jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_the_same_fact_in_two_documents_is_one_fact_with_two_evidence(cli, two_docs):
    cli("ingest", "-q", str(two_docs))
    investments = [f for f in _jsonl(cli("export", "facts").output) if f["type"] == "investment"]
    assert len(investments) == 1
    assert len({e["doc"] for e in investments[0]["evidence"]}) == 2


def test_csv_and_parquet_exports_hold_the_same_rows(cli, two_docs, tmp_path):
    cli("ingest", "-q", str(two_docs))
    facts = _jsonl(cli("export", "facts").output)
    rows = list(csv.DictReader(io.StringIO(cli("export", "facts", "--format", "csv").output)))
    assert [r["id"] for r in rows] == [f["id"] for f in facts]
    assert json.loads(rows[0]["roles"]) == facts[0]["roles"]
    out = tmp_path / "entities.parquet"
    cli("export", "entities", "--format", "parquet", "-o", str(out))
    table = pq.read_table(out).to_pylist()
    assert {r["name"] for r in table} >= {"星澜半导体", "星海资本"}
    docs = _jsonl(cli("export", "documents").output)
    assert {d["ref_date"] for d in docs} == {"2024-05-02", "2024-07-09"}


def test_graphml_is_well_formed_and_escapes_names(cli, tmp_path):
    (tmp_path / "x.txt").write_text("日期：2024-01-01\n\n<b>星澜&半导体</b>在2023年获得星海资本投资。\n", "utf-8")
    cli("ingest", "-q", str(tmp_path / "x.txt"))
    root = ElementTree.fromstring(cli("export", "graph").output)
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    assert root.findall(f".//{ns}edge")


def test_reviews_survive_reingestion(cli, two_docs, db_url, tmp_path):
    cli("ingest", "-q", str(two_docs))
    fact = next(f for f in _jsonl(cli("export", "facts").output) if f["type"] == "investment")
    cli("review", fact["id"], "--status", "edited", "--set", "round=A轮", "--note", "from the filing")
    cli("ingest", "-q", str(two_docs))
    again = next(f for f in _jsonl(cli("export", "facts").output) if f["id"] == fact["id"])
    assert again["review"] == "edited" and again["qualifiers"]["round"] == "A轮"
    cli("review", fact["id"], "--status", "rejected")
    assert all(f["review"] == "rejected" for f in _jsonl(cli("export", "facts").output) if f["id"] == fact["id"])
    assert "星海资本" not in cli("facts", "--type", "investment").output


def test_database_from_the_environment_and_never_ingested_itself(tmp_path, two_docs):
    db = two_docs / "env.db"
    env = {"DEALGRAPH_DB": str(db), "PATH": "/usr/bin:/bin"}
    exe = Path(sys.executable).parent / "dealgraph"
    done = subprocess.run([str(exe), "ingest", "-q", str(two_docs)], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert db.exists() and db.stat().st_size > 0


def _commands(group=None, prefix=()):
    import typer.main

    click_app = typer.main.get_command(app)
    stack = [(click_app, ())]
    while stack:
        cmd, path = stack.pop()
        yield path, cmd
        for name, sub in getattr(cmd, "commands", {}).items():
            stack.append((sub, (*path, name)))


def test_every_command_has_help_and_is_in_the_readme(cli):
    readme = (ROOT / "README.md").read_text("utf-8")
    for path, cmd in _commands():
        if not path:
            continue
        out = cli(*path, "--help").output
        assert "Usage" in out and (cmd.help or "").strip(), path
        assert re.search(r"dealgraph[^\n]*" + re.escape(path[-1]), readme), f"README does not document {path}"


def test_document_text_is_never_read_as_terminal_markup(cli, tmp_path):
    (tmp_path / "m.txt").write_text("日期：2024-01-01\n\n[/b]星澜半导体在2023年获得星海资本投资[bold]。\n", "utf-8")
    cli("ingest", "-q", str(tmp_path / "m.txt"))
    out = cli("facts").output  # Rich would raise MarkupError on the stray closing tag [/b]
    assert "1 facts" in out and "[/b" in out
    assert "星澜半导体" in cli("entities", "show", "星澜半导体").output


def test_exits_lists_the_groups_sales_with_the_reports_analysis(cli, store):
    from tests.analyze.exit_story import save_story

    save_story(store)
    rows = _jsonl(cli("exits", "青禾集团", "--json").output)
    assert [(r["company"]["name"], r["modality"], r["counted"], r["full"]) for r in rows] == [
        ("远岫半导体", "asserted", True, True), ("海岚机器人", "asserted", True, False),
        ("澜海科技", "asserted", True, True), ("星湾科技", "planned", False, None)]
    first = rows[0]
    assert first["buyers"] == ["北辰资本"] and first["sellers"] == ["青禾集团"] and first["cny"] == 5e8
    assert first["stake"]["text"] == "20%" and first["evidence"][0]["text"].startswith("2021年，青禾集团向北辰资本")
    report_fact = re.search(r"\| 远岫半导体 \| 基础层 \| 2021 \|.*\[(\d+)\]\(#ev-\1\)", cli("report", "青禾集团").output)
    assert report_fact, "the report's Exits section has the same sale"
    out = cli("exits", "青禾集团", "--periods", "2016-2020,2021-2022").output
    assert "3 exits · 2 companies sold out of · 1 not counted" in out
    assert "2016–2020: 0%（0/4）" in out and "2021–2022: 100%（2/2） · 基础层 1/2（远岫半导体）" in out
    assert "完全退出" in out and "部分出售" in out and "未披露" in out
    assert "no entity named" in cli("exits", "不存在的公司XYZ", code=1).output


def test_graphml_edges_tell_an_exits_seller_from_its_buyer_and_target(cli, store):
    from tests.analyze.exit_story import save_story

    save_story(store)
    root = ElementTree.fromstring(cli("export", "graph").output)
    ns = "{http://graphml.graphdrawing.org/xmlns}"
    names = {n.get("id"): n.find(f"{ns}data[@key='name']").text for n in root.iter(f"{ns}node")}
    ends = {(names[e.get("source")], e.find(f"{ns}data[@key='source_role']").text,
             names[e.get("target")], e.find(f"{ns}data[@key='target_role']").text)
            for e in root.iter(f"{ns}edge") if e.find(f"{ns}data[@key='type']").text == "acquisition"}
    assert ("北辰资本", "acquirer", "青禾集团", "seller") in ends
    assert ("北辰资本", "acquirer", "远岫半导体", "target") in ends
    assert ("澜海科技", "target", "青禾集团", "seller") in ends  # sold on the market: no buyer named


def test_python_dash_m_dealgraph_runs_the_same_command_line(tmp_path: Path) -> None:
    """`python -m dealgraph` is the `dealgraph` script: its help lists the commands and ingest works through it."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    shown = subprocess.run([sys.executable, "-m", "dealgraph", "--help"], capture_output=True, text=True, env=env)
    assert shown.returncode == 0, shown.stderr
    assert "ingest" in shown.stdout and "Usage: dealgraph" in shown.stdout
    doc = tmp_path / "a.txt"
    doc.write_text("青禾科技完成融资\n2025-06-30\n\n青禾科技完成2亿元B轮融资，由澄川资本领投。\n", "utf-8")
    db = f"sqlite:///{tmp_path / 'x.db'}"
    ran = subprocess.run([sys.executable, "-m", "dealgraph", "--db", db, "ingest", "-q", str(doc)],
                         capture_output=True, text=True, env=env)
    assert ran.returncode == 0, ran.stderr
    assert "stored 1 documents" in ran.stdout

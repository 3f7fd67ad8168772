"""Two ranks said of one holding (控股股东, 第一大股东) are two facts in the store, each with its rank; a statement
with no rank joins the one it agrees with. Documents written here, invented companies."""

from __future__ import annotations

import json
from pathlib import Path


def _write(folder: Path, body: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "1.txt").write_text(f"日期：2025-07-10\n\n{body}\n", encoding="utf-8")


def _holdings(cli) -> list[tuple[str | None, str | None]]:
    lines = cli("export", "facts").output.splitlines()
    facts = [f for f in (json.loads(x) for x in lines if x.strip()) if f["type"] == "shareholding"]
    return sorted(((f["qualifiers"].get("rank") or ""), ((f["stake"] or {}).get("text") or "")) for f in facts)


def test_controlling_and_largest_said_of_one_holder_are_both_kept(cli, tmp_path):
    _write(tmp_path / "a", "澄川装备7月9日晚间公告称，公司已成为青禾微电的控股股东。"
                           "两笔转让合计下来，澄川装备目前持有青禾微电约16.20%的股份，为其第一大股东。")
    cli("ingest", "-q", str(tmp_path / "a"))
    assert _holdings(cli) == [("controlling", ""), ("largest", "约16.20%")]


def test_near_miss_a_holding_with_no_rank_joins_the_ranked_one(cli, tmp_path):
    _write(tmp_path / "a", "澄川装备目前持有青禾微电约16.20%的股份，为其第一大股东。澄川装备持有青禾微电约16.20%的股份。")
    cli("ingest", "-q", str(tmp_path / "a"))
    assert _holdings(cli) == [("largest", "约16.20%")]

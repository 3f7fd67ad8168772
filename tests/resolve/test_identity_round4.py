"""Fact identity in the store: statements are one fact only when nothing they state disagrees.

Documents written here (invented companies). Each test ingests through the real command line, on
SQLite or PostgreSQL, and reads the export.
"""

from __future__ import annotations

import json
from pathlib import Path

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

from dealgraph.resolve import identity
from dealgraph.store import Store
from dealgraph.store.db import make_engine

HEAD = "星澜科技获得云杉资本投资\n\n"  # a headline: the deal without its amount


def _write(folder: Path, name: str, date: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"日期：{date}\n\n{body}\n", encoding="utf-8")
    return path


def _facts(cli, ftype: str) -> list[dict]:
    lines = cli("export", "facts").output.splitlines()
    return [f for f in (json.loads(x) for x in lines if x.strip()) if f["type"] == ftype]


def _amounts(facts: list[dict]) -> list[str | None]:
    return sorted((f["amount"] or {}).get("text") or "" for f in facts)


def test_different_amounts_are_different_facts_and_each_shows_its_own(cli, tmp_path):
    _write(tmp_path / "a", "1.txt", "2024-03-28", HEAD + "云杉资本向星澜科技投资4亿元。")
    _write(tmp_path / "b", "2.txt", "2025-01-10", HEAD + "云杉资本已累计向星澜科技投资8亿元。")
    cli("ingest", "-q", str(tmp_path / "a"))
    cli("ingest", "-q", str(tmp_path / "b"))
    facts = _facts(cli, "investment")
    assert _amounts(facts) == ["4亿元", "8亿元"]
    for f in facts:  # each headline joined the fact of its own document, not the older one
        assert len({e["doc"] for e in f["evidence"]}) == 1 and len(f["evidence"]) == 2


def test_a_statement_without_the_amount_joins_the_one_fact_that_has_it(cli, tmp_path):
    _write(tmp_path / "a", "1.txt", "2024-03-28", "云杉资本向星澜科技投资4亿元。")
    _write(tmp_path / "b", "2.txt", "2025-01-10", "云杉资本投资了星澜科技。")
    cli("ingest", "-q", str(tmp_path / "a"))
    cli("ingest", "-q", str(tmp_path / "b"))
    facts = _facts(cli, "investment")
    assert len(facts) == 1 and facts[0]["amount"]["text"] == "4亿元"
    assert len({e["doc"] for e in facts[0]["evidence"]}) == 2


def test_a_later_amount_fills_the_fact_and_its_review_stays(cli, tmp_path):
    _write(tmp_path / "a", "1.txt", "2024-03-28", "云杉资本投资了星澜科技。")
    _write(tmp_path / "b", "2.txt", "2025-01-10", "云杉资本向星澜科技投资4亿元。")
    cli("ingest", "-q", str(tmp_path / "a"))
    (first,) = _facts(cli, "investment")
    assert first["amount"] is None
    cli("review", first["id"], "--status", "confirmed")
    cli("ingest", "-q", str(tmp_path / "b"))
    (fact,) = _facts(cli, "investment")
    assert fact["id"] == first["id"] and fact["amount"]["text"] == "4亿元" and fact["review"] == "confirmed"
    cli("ingest", "-q", str(tmp_path / "a"), str(tmp_path / "b"))  # re-ingest: nothing changes
    assert _facts(cli, "investment") == [fact]


def test_a_statement_that_fits_two_facts_equally_joins_neither(cli, tmp_path):
    _write(tmp_path / "a", "1.txt", "2024-03-28", "云杉资本向星澜科技投资4亿元。")
    _write(tmp_path / "b", "2.txt", "2025-01-10", "云杉资本已累计向星澜科技投资8亿元。")
    _write(tmp_path / "c", "3.txt", "2025-02-10", "云杉资本投资了星澜科技。")
    for d in "abc":
        cli("ingest", "-q", str(tmp_path / d))
    facts = _facts(cli, "investment")
    assert _amounts(facts) == ["", "4亿元", "8亿元"]
    assert all(len(f["evidence"]) == 1 for f in facts)


def test_two_rounds_in_one_document_are_two_facts(cli, tmp_path):
    _write(tmp_path, "1.txt", "2025-01-10", "2024年3月，星澜科技完成A轮融资，由云杉资本领投。"
           "2024年9月，星澜科技完成A1轮融资，云杉资本继续领投。")
    cli("ingest", "-q", str(tmp_path))
    rounds = sorted(f["qualifiers"].get("round") for f in _facts(cli, "investment"))
    assert rounds == ["A1轮", "A轮"]


def test_a_quarter_and_a_full_year_figure_are_two_facts(cli, tmp_path):
    _write(tmp_path / "a", "1.txt", "2025-03-01", "青岚能源全年收入100亿元，同比增长8%。")
    _write(tmp_path / "b", "2.txt", "2025-08-01", "青岚能源当季收入30亿元，同比增长15%。")
    cli("ingest", "-q", str(tmp_path / "a"), str(tmp_path / "b"))
    values = sorted(f["qualifiers"]["value"]["text"] for f in _facts(cli, "financial"))
    assert values == ["100亿元", "30亿元"]


def test_compatible_means_no_stated_value_disagrees():
    a = {"year": "2024", "round": None, "amount": "x"}
    assert identity.compatible(a, {"year": None, "round": "A轮", "amount": "x"})
    assert not identity.compatible(a, {"year": "2023", "round": None, "amount": None})
    assert identity.agreements(a, {"year": "2024", "round": "A轮", "amount": None}) == 1


def test_the_migration_gives_stored_facts_their_family(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = make_engine(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(identity.__file__).parent.parent / "store" / "migrations"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(sa.text("INSERT INTO facts (id, type, modality, roles, qualifiers, confidence) VALUES "
                             "('f1', 'founding', 'asserted', '{\"founder\": [\"p\"], \"company\": [\"c\"]}', '{}', 1)"))
    Store(url, engine=engine)  # migrates to head
    with engine.connect() as conn:
        family = conn.execute(sa.text("SELECT family FROM facts WHERE id = 'f1'")).scalar_one()
    assert family == identity.family({"type": "founding", "modality": "asserted",
                                      "roles": {"founder": ["p"], "company": ["c"]}})


def test_an_approximate_amount_joins_the_exact_one_near_it(cli, tmp_path):
    _write(tmp_path / "a", "1.txt", "2024-03-28", "云杉资本向星澜科技投资4.1亿元。")
    _write(tmp_path / "b", "2.txt", "2025-01-10", "云杉资本向星澜科技投资约4亿元。")
    _write(tmp_path / "c", "3.txt", "2025-02-10", "云杉资本向星澜科技投资约6亿元。")
    for d in "abc":
        cli("ingest", "-q", str(tmp_path / d))
    facts = _facts(cli, "investment")
    assert _amounts(facts) == ["4.1亿元", "约6亿元"]
    assert sorted(len(f["evidence"]) for f in facts) == [1, 2]


def _ingest_one_by_one(cli, tmp_path: Path, *dated: tuple[str, str]) -> list[dict]:
    """Each (date, body) as a document of its own folder, ingested in turn; the investment facts stored."""
    for n, (date, body) in enumerate(dated):
        _write(tmp_path / str(n), f"{n}.txt", date, body)
        cli("ingest", "-q", str(tmp_path / str(n)))
    return _facts(cli, "investment")


def test_a_bound_and_the_point_it_is_told_from_are_one_amount(cli, tmp_path):
    facts = _ingest_one_by_one(cli, tmp_path, ("2025-02-24", "云杉资本宣布向星澜科技投资超过4亿元。"),
                               ("2025-03-10", "云杉资本此前宣布向星澜科技投资4亿元。"),
                               ("2025-03-20", "云杉资本宣布向星澜科技投资超过6亿元。"))
    assert len(facts) == 2 and sorted(len(f["evidence"]) for f in facts) == [1, 2]


def test_a_bound_joining_a_point_shows_the_bound(cli, tmp_path):
    facts = _ingest_one_by_one(cli, tmp_path, ("2025-03-10", "云杉资本向星澜科技投资4亿元。"),
                               ("2025-03-20", "云杉资本向星澜科技投资超过4亿元。"))
    assert len(facts) == 1 and facts[0]["amount"]["min"] == 4e8 and facts[0]["amount"]["text"] == "超过4亿元"


def test_a_figure_with_no_period_does_not_join_another_period_s_change(cli, tmp_path):
    _write(tmp_path / "a", "1.txt", "2025-10-18", "第三季度，澄川智能的净利润环比下降17%。")
    _write(tmp_path / "b", "2.txt", "2025-04-26", "更重要的是，澄川智能首次实现季度盈利，净利润3.55亿元。")
    _write(tmp_path / "c", "3.txt", "2025-10-19", "澄川智能第三季度净利润2.1亿元。")
    for d in ("a", "b", "c"):
        cli("ingest", "-q", str(tmp_path / d))
    facts = [f for f in _facts(cli, "financial") if f["qualifiers"].get("metric") == "net_profit"]
    by_value = {(f["qualifiers"].get("value") or {}).get("text"): f for f in facts}
    assert (by_value["3.55亿元"]["qualifiers"].get("change") or {}).get("text") is None
    # the change and the value of one period are one fact
    assert by_value["2.1亿元"]["qualifiers"]["change"]["text"] == "环比下降17%"

"""The fast SQLite insert stores exactly what SQLAlchemy's executemany stores."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from dealgraph.store import Store
from dealgraph.store import schema as t
from dealgraph.store.db import insert_ignore, insert_ignore_many

DOCS = [
    {"id": "d1", "sha256": "a" * 64, "title": "星河科技入股蓝海网络", "text": "星河科技入股蓝海网络。",
     "ref_date": "2024-03-01", "ref_date_source": "text", "source": "a.txt", "lang": "zh",
     "meta": {"removed_lines": 0, "traditional": False, "名": "中文"},
     "ingested_at": datetime(2024, 3, 1, 8, 30, 15, 123456, tzinfo=UTC)},
    {"id": "d2", "sha256": "b" * 64, "title": "", "text": "x", "ref_date": None, "ref_date_source": None,
     "source": "b.txt", "lang": "en", "meta": {}, "ingested_at": datetime(2024, 3, 2, tzinfo=UTC)},
    {"id": "d1", "sha256": "c" * 64, "title": "same id again: ignored", "text": "y", "ref_date": None,
     "ref_date_source": None, "source": "c.txt", "lang": "zh", "meta": {"n": [1, 2.5, None]},
     "ingested_at": datetime(2024, 3, 3, tzinfo=UTC)},
]
FACTS = [
    {"id": "f1", "type": "investment", "modality": "asserted", "roles": {"investor": ["e1"], "investee": ["e2"]},
     "qualifiers": {"round": "A", "lead": []}, "date": None, "amount": {"value": 2e8, "currency": "CNY"},
     "stake": None, "sort_date": None, "confidence": 0.8},
    {"id": "f1", "type": "investment", "modality": "rumored", "roles": {}, "qualifiers": {}, "date": None,
     "amount": None, "stake": None, "sort_date": "2024", "confidence": 0.5},
]
EVIDENCE = [{"id": "v1", "fact_id": "f1", "doc_id": "d1", "start": 0, "end": 10, "text": "星河科技入股蓝海网络",
             "mentions": {"investor": [{"id": "e1", "text": "星河科技", "start": 0, "end": 4}]}, "rule": "r"}]


def _raw(store: Store) -> dict[str, list[tuple]]:
    with store.engine.connect() as c:
        return {name: c.execute(text(f'SELECT * FROM "{name}" ORDER BY rowid')).fetchall()
                for name in ("documents", "facts", "evidence")}


def _fill(store: Store, fast: bool) -> None:
    with store.engine.begin() as c:
        for table, rows in ((t.documents, DOCS), (t.facts, FACTS), (t.evidence, EVIDENCE)):
            if fast:
                insert_ignore_many(c, table, rows)
            else:
                c.execute(insert_ignore(store.engine, table), rows)


def test_fast_insert_stores_the_same_raw_values_as_sqlalchemy(tmp_path: Path):
    slow, fast = Store(f"sqlite:///{tmp_path / 'slow.db'}"), Store(f"sqlite:///{tmp_path / 'fast.db'}")
    _fill(slow, fast=False)
    _fill(fast, fast=True)
    stored = _raw(fast)
    assert stored == _raw(slow)
    assert [r[0] for r in stored["documents"]] == ["d1", "d2"]  # the first row of an id wins
    assert stored["facts"][0][5] == "null"  # a JSON column stores None as JSON null, as SQLAlchemy does
    assert fast.document("d1")["ingested_at"].replace(tzinfo=UTC) == DOCS[0]["ingested_at"]

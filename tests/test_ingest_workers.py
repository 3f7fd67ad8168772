"""Ingest with worker processes stores exactly what ingest in one process stores, and survives a dead worker."""

from __future__ import annotations

import json
import os
import signal
from pathlib import Path

import pytest

from dealgraph import jobs, settings
from dealgraph.errors import InvalidArgument
from dealgraph.ingest import Document

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "corpus"


def _facts(cli) -> list[dict]:
    out = cli("export", "facts").output
    return sorted((json.loads(line) for line in out.splitlines() if line.strip()), key=lambda f: f["id"])


def test_workers_store_the_same_facts_as_one_process(cli, store, monkeypatch):
    monkeypatch.setattr(settings, "INGEST_BATCH", 7)  # several batches: one is stored while the next is extracted
    two = cli("ingest", "-q", "--workers", "2", str(SAMPLES))
    parallel = _facts(cli)
    documents = sorted(d["id"] for d in store.documents())
    store.delete_everything()
    one = cli("ingest", "-q", str(SAMPLES))
    assert one.output == two.output and f"stored {len(documents)} documents" in one.output and len(documents) > 30
    assert len(parallel) > 100
    assert parallel == _facts(cli)
    assert sorted(d["id"] for d in store.documents()) == documents


def test_workers_count_is_checked():
    assert jobs.worker_count(3) == 3
    assert jobs.worker_count(0) >= 1
    with pytest.raises(InvalidArgument, match="--workers"):
        jobs.worker_count(-1)


def test_cli_refuses_a_negative_worker_count(cli, tmp_path):
    (tmp_path / "a.txt").write_text("星河科技收购了蓝海网络。\n", "utf-8")
    result = cli("ingest", "-q", "--workers", "-2", str(tmp_path), code=1)
    assert "--workers must be 0" in result.output


def _doc(n: int, text: str) -> Document:
    return Document(f"d{n}", f"{n:064x}", text, "", "2024-05-01", "text", f"mem:{n}", "zh", {})


def test_a_dead_worker_loses_no_document():
    docs = [_doc(n, f"星河{'一二三四五六七八'[n]}号科技于2021年3月以{n + 1}亿元收购了蓝海网络60%股权。") for n in range(8)]
    expected = [jobs._outcome(doc) for doc in docs]
    with jobs._Processor(2) as processor:
        assert processor.submit(docs[:4])() == expected[:4]  # the workers are up and give the same rows
        for pid in list(processor.pool._processes):  # type: ignore[union-attr]
            os.kill(pid, signal.SIGKILL)
        assert processor.submit(docs)() == expected  # done again here
        assert processor.pool is None
        assert processor.submit(docs[4:])() == expected[4:]

"""Ingest runs the cyclic garbage collector less often, and leaves its settings as they were."""

from __future__ import annotations

import gc

import pytest

from dealgraph import jobs


def test_ingest_raises_the_young_threshold_and_restores_it(store, tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("星河科技于2021年3月以2亿元收购了蓝海网络60%股权。\n", "utf-8")
    seen = []
    real = jobs.process
    monkeypatch.setattr(jobs, "process", lambda doc: (seen.append(gc.get_threshold()), real(doc))[1])
    before = gc.get_threshold()
    report = jobs.ingest(store, [str(tmp_path)])
    assert report.stored == 1 and report.facts >= 1
    assert seen and seen[0][0] == max(before[0], jobs.GC_FIRST_GENERATION) and seen[0][1:] == before[1:]
    assert gc.get_threshold() == before


def test_threshold_is_restored_when_ingest_fails(store, tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text("星河科技收购了蓝海网络。\n", "utf-8")

    def broken(doc):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(jobs, "process", broken)
    before = gc.get_threshold()
    with pytest.raises(RuntimeError):
        jobs.ingest(store, [str(tmp_path)])
    assert gc.get_threshold() == before

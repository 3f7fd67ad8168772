"""The held-out sets (tests/data/heldout, heldout2 … heldout13; gold tests/gold/heldout*.yaml): they ingest and
bench/sample_gold.py scores them.

The twelve articles were written for evaluation only; no rule was written for them (the samples were read
while writing rules, so their figures overstate how extraction generalises). This test checks that every
article ingests as one document and that the scorer runs and prints, with a floor at the recall measured
when the set was written (0.400, 30/75) less 0.05. It blesses no output: the gold was written from the texts
before any run. Do not write rules from these texts; run `bench/sample_gold.py --set heldout --details`
to see what is missed, and fix the general grammar on sentences of your own.
"""

from __future__ import annotations

import importlib.util
import json
import sys

import pytest

from tests.conftest import ROOT

HELDOUT = ROOT / "tests" / "data" / "heldout"
RECALL_FLOOR = 0.35  # measured 0.400 (30/75 required facts) when the set was written


def _bench():
    """bench/sample_gold.py, loaded by path (bench is not a package)."""
    name = "sample_gold_bench"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "sample_gold.py")
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def _export(cli, what: str) -> list[dict]:
    return [json.loads(line) for line in cli("export", what, "--format", "jsonl").output.splitlines() if line]


@pytest.fixture
def stored(cli):
    cli("ingest", "-q", str(HELDOUT))
    return _export(cli, "facts"), {e["id"]: e for e in _export(cli, "entities")}, _export(cli, "documents")


def test_the_set_names_the_heldout_files():
    corpus, gold_path = _bench().SETS["heldout"]
    assert corpus == HELDOUT
    files = sorted(p.name for p in HELDOUT.glob("*.txt"))
    assert len(files) == 12
    assert sorted(_bench().load_gold(gold_path)) == files


def test_every_heldout_article_ingests_with_its_title_and_date(stored):
    _, _, documents = stored
    bench = _bench()
    by_key = {bench.doc_key(d): d for d in documents}
    assert sorted(by_key) == sorted(p.name for p in HELDOUT.glob("*.txt"))
    for key, d in by_key.items():
        title, date = (HELDOUT / key).read_text("utf-8").splitlines()[:2]
        assert d["title"] == title, key
        assert d["ref_date"] == date.split("：" if "：" in date else ": ")[1], key
        assert d["text"].strip(), key


def test_the_scorer_scores_and_prints_the_heldout_set(stored, capsys):
    facts, entities, documents = stored
    bench = _bench()
    _, gold_path = bench.SETS["heldout"]
    results = bench.score(facts, entities, documents, bench.load_gold(gold_path))
    bench.print_report(results, documents, details=True)
    out = capsys.readouterr().out
    fig = bench.figures(results)
    assert fig.required == 75 and len(results) == 12
    assert f"recall of required facts      {fig.recall:.3f} ({fig.found}/75)" in out
    assert all(f"  {k:50}" in out for k in results)
    print(out)
    assert fig.recall >= RECALL_FLOOR, {k: [(g["type"], g["roles"]) for g in r.missing] for k, r in results.items()}


def _ingested_and_scored(cli, name: str, folder):  # type: ignore[no-untyped-def]
    """Ingest one held-out set through the command line and score its export against its gold list."""
    cli("ingest", "-q", str(folder))
    bench = _bench()
    corpus, gold_path = bench.SETS[name]
    assert corpus == folder
    facts, entities, documents = _export(cli, "facts"), {e["id"]: e for e in _export(cli, "entities")}, \
        _export(cli, "documents")
    return bench.score(facts, entities, documents, bench.load_gold(gold_path)), documents


HELDOUT2 = ROOT / "tests" / "data" / "heldout2"
RECALL_FLOOR_2 = 0.28  # measured 0.328 (21/64) at the first run, after the gold was committed


def test_the_second_heldout_set_ingests_and_scores(cli, capsys):
    """Held-out set 2 (8 articles, gold tests/gold/heldout2.yaml): written after the first set had been read
    by the engineers, committed before any run, so again blind."""
    results, _ = _ingested_and_scored(cli, "heldout2", HELDOUT2)
    fig = _bench().figures(results)
    assert fig.required == 64 and len(results) == len(list(HELDOUT2.glob("*.txt"))) == 8
    assert fig.recall >= RECALL_FLOOR_2, {k: [(g["type"], g["roles"]) for g in r.missing] for k, r in results.items()}


HELDOUT3 = ROOT / "tests" / "data" / "heldout3"
RECALL_FLOOR_3 = 0.20  # measured 0.237 (14/59) at the first run, after the gold was committed;
#                        0.246 (14/57) at that run with the gold corrected (audit)


def test_the_third_heldout_set_ingests_and_scores(cli):
    """Held-out set 3 (10 articles, 8 Chinese and 2 English, gold tests/gold/heldout3.yaml): sell-downs, share
    transfers, tenders, supply contracts and holdings, written after the first two sets had been used and
    committed before any run, so blind. Only the summary of `bench/sample_gold.py --set heldout3` is read."""
    results, documents = _ingested_and_scored(cli, "heldout3", HELDOUT3)
    bench = _bench()
    for d in documents:
        title, date = (HELDOUT3 / bench.doc_key(d)).read_text("utf-8").splitlines()[:2]
        assert d["title"] == title and d["ref_date"] == date.split("：" if "：" in date else ": ")[1]
    fig = bench.figures(results)
    assert fig.required == 57 and len(results) == len(list(HELDOUT3.glob("*.txt"))) == 10
    assert fig.recall >= RECALL_FLOOR_3, f"recall {fig.recall:.3f} ({fig.found}/{fig.required})"


# Held-out sets 4–15 (gold tests/gold/heldout4.yaml … heldout15.yaml): AI-chain events of 2024–2026 in our own words,
# each written by an engineer who read no extraction code and committed before any run. 4, 5, 6, 7, 8 and 9 were audited or
# read (rounds 21, 25, 27, the end of 27, round 32 and the fourth 2026-11-30 session) and are development sets now, so their
# floors guard the rules written for them; 10–13 are blind (only the summary of `bench/sample_gold.py --set heldout10`
# … `heldout13` is read); 14 and 15 were written blind and read at once (the sixth 2026-11-30 session).
# (set, articles, required facts, floor)
LATER_SETS = [
    ("heldout4", 10, 75, 0.90),  # 0.427 (32/75) at the first run; 0.960 (72/75) after its audit
    ("heldout5", 12, 110, 0.90),  # 0.482 (53/110) at the first run; 0.945 (104/110) after its audit
    ("heldout6", 12, 87, 0.85),  # 0.460 (40/87) at the first run; 0.908 (79/87) after its audit (round 27)
    ("heldout7", 12, 81, 0.70),  # 0.519 (42/81) at the first run and after round 27's rules; 0.765 (62/81) after its audit
    ("heldout8", 12, 82, 0.75),  # 0.415 (34/82) at the first run, 0.427 (35/82) until it was read; 0.793 (65/82) after
    ("heldout9", 12, 102, 0.60),  # 0.343 (35/102) while blind (three sessions); 0.667 (68/102) once read (fourth 11-30)
    ("heldout10", 12, 109, 0.38),  # blind: 0.440 (48/109) at first; 0.413 → 0.431 reworded (third 11-30 session)
    ("heldout11", 12, 106, 0.48),  # blind: 0.528 (56/106) at the first run (fourth 2026-11-30 session)
    ("heldout12", 12, 96, 0.40),  # blind: 0.458 (44/96) at the first run (end of the fourth 11-30 session)
    ("heldout13", 12, 113, 0.38),  # blind: 0.434 (49/113) at the first run (start of the fifth 11-30 session)
    ("heldout14", 12, 110, 0.68),  # 0.618 (68/110) at the first run (sixth 11-30 session); 0.755 (83/110) once read
    ("heldout15", 12, 117, 0.65),  # 0.385 (45/117) at the first run (sixth 11-30 session); 0.718 (84/117) once read
]


@pytest.mark.parametrize(("name", "articles", "required", "floor"), LATER_SETS, ids=[s[0] for s in LATER_SETS])
def test_a_later_heldout_set_ingests_with_dates_and_scores(cli, name, articles, required, floor):
    folder = ROOT / "tests" / "data" / name
    results, documents = _ingested_and_scored(cli, name, folder)
    assert len(documents) == articles and all(d["ref_date"] for d in documents)
    fig = _bench().figures(results)
    assert fig.required == required and len(results) == len(list(folder.glob("*.txt"))) == articles
    assert fig.recall >= floor, f"recall {fig.recall:.3f} ({fig.found}/{fig.required})"

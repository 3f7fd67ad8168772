"""Characters per second of the whole `dealgraph ingest` path beside jieba.posseg on the same text.

The corpus is built in a temporary folder: the bundled samples/corpus documents, the reference
article, and the sentences of FewFC (read from ../shared, never copied into the repository) grouped
into documents, twice, with two document sizes (DOC_SENTENCES), about 1.6 MB in all. Ingest is timed end to end (read → clean → extract → resolve → store into
a fresh SQLite file); jieba.posseg.cut runs over the stored text of the same documents. Both run
pinned to one core, each after a warm-up that loads its dictionaries. Then, as a figure apart, one
ingest with worker processes on every core allowed (`dealgraph ingest --workers`). Figures only, no
assertions.

Also: extraction and resolution of one long document (all FewFC documents of one grouping joined), whose rate
beside the corpus's shows whether some step grows faster than the text.

Run: .venv/bin/python bench/extract_speed.py [--repeat N] [--profile FILE] [--workers N]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dealgraph.extract.pipeline import extract  # noqa: E402
from dealgraph.ingest import Document, expand, read_path  # noqa: E402
from dealgraph.jobs import ingest  # noqa: E402
from dealgraph.resolve import resolve_document  # noqa: E402
from dealgraph.store import Store  # noqa: E402

SAMPLES = ROOT / "samples" / "corpus"
REFERENCE = ROOT.parent / "shared" / "corpus"
FEWFC = ROOT.parent / "shared" / "data" / "external" / "fewfc"
DOC_SENTENCES = (40, 27)  # one grouping of the FewFC sentences per entry: ~1.6 MB in all
TARGET_RATIO = 20
STAGES = ("extract", "resolve")


def build_corpus(folder: Path) -> None:
    """Samples and the reference article as they are; the FewFC sentences as .txt documents, once per
    entry of DOC_SENTENCES (each grouping gives different documents, so none is a duplicate)."""
    shutil.copytree(SAMPLES, folder / "samples", ignore=shutil.ignore_patterns("README.md"))
    if REFERENCE.exists():
        shutil.copytree(REFERENCE, folder / "reference")
    sentences = [json.loads(line)["content"] for name in ("train_base.json", "train_trans.json")
                 if (FEWFC / name).exists() for line in (FEWFC / name).read_text("utf-8").splitlines() if line]
    for size in DOC_SENTENCES:
        out = folder / f"fewfc-{size}"
        out.mkdir()
        for n in range(0, len(sentences), size):
            (out / f"{n // size:04d}.txt").write_text("\n".join(sentences[n:n + size]) + "\n", "utf-8")


def documents(folder: Path) -> list[Document]:
    files, _ = expand([str(folder)])
    return [doc for path in files for doc in read_path(path) if isinstance(doc, Document)]


def time_stages(docs: list[Document]) -> dict[str, float]:
    """CPU seconds of extraction and of resolution alone over the documents (where ingest spends its time), and of
    extraction per document language ("extract:zh", "extract:en": English is read by another reader)."""
    seconds = {"extract": 0.0, "resolve": 0.0}
    for doc in docs:
        start = time.process_time()
        extracted = extract(doc.id, doc.read_text, doc.ref_date, doc.title)
        middle = time.process_time()
        resolve_document(extracted)
        seconds["extract"] += middle - start
        seconds["resolve"] += time.process_time() - middle
        seconds[f"extract:{doc.lang}"] = seconds.get(f"extract:{doc.lang}", 0.0) + middle - start
    return seconds


def time_ingest(folder: Path, work: Path, profile: Path | None, workers: int = 1) -> tuple[float, int, float]:
    db = work / f"bench-{time.monotonic_ns()}.db"
    store = Store(f"sqlite:///{db}")
    profiler = cProfile.Profile() if profile else None
    start, cpu = time.perf_counter(), time.process_time()
    if profiler:
        profiler.enable()
    report = ingest(store, [str(folder)], workers=workers)
    if profiler:
        profiler.disable()
        profiler.dump_stats(str(profile))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    store.engine.dispose()
    return seconds, report.facts, cpu


def time_long(folder: Path) -> tuple[int, float]:
    """Characters and CPU seconds of extraction and resolution of one long document: every FewFC document of
    the first grouping joined (about 300,000 characters, the size of a prospectus). Its rate beside the corpus's
    shows whether any step grows faster than the text does."""
    text = "\n".join(p.read_text("utf-8") for p in sorted((folder / f"fewfc-{DOC_SENTENCES[0]}").glob("*.txt")))
    start = time.process_time()
    resolve_document(extract("long", text, None, ""))
    return len(text), time.process_time() - start


def time_jieba(texts: list[str]) -> float:
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    list(jieba.posseg.cut("预热：加载词典。"))
    start = time.perf_counter()
    for text in texts:
        for _ in jieba.posseg.cut(text):
            pass
    return time.perf_counter() - start


def time_start_up(workers: int, doc: Document) -> float:
    """Seconds to start the worker processes and have them extract one document (loading their data)."""
    from dealgraph import jobs

    start = time.perf_counter()
    with jobs._Processor(workers) as processor:
        processor.submit([doc, doc])()
        return time.perf_counter() - start


def warm_up(work: Path) -> None:
    """Load the lexicon, grammar and word lists once, as a long ingest run would have (the English
    grammar too: it loads at the first English sentence)."""
    folder = work / "warm"
    folder.mkdir()
    (folder / "a.txt").write_text("星河科技于2019年3月以2亿元收购了蓝海网络60%股权。\n"
                                  "Northwind Robotics raised $20 million from Lanting Ventures in March.\n", "utf-8")
    ingest(Store(f"sqlite:///{work / 'warm.db'}"), [str(folder)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the fastest counts")
    parser.add_argument("--profile", type=Path, help="write a cProfile of one ingest run to this file")
    parser.add_argument("--core", type=int, help="the core to run on (default: the first one allowed; on a "
                        "shared machine pick another than a concurrent run's)")
    parser.add_argument("--workers", type=int, default=0, help="after the one-core figures, time one ingest with "
                        "this many worker processes on all the cores allowed (`dealgraph ingest --workers`; "
                        "default 0: one per core; -1: skip)")
    args = parser.parse_args()
    cores = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    if cores is not None:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0)) if args.core is None else args.core})
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        corpus.mkdir()
        build_corpus(corpus)
        docs = documents(corpus)
        texts = [d.read_text for d in docs]
        chars = sum(len(t) for t in texts)
        size = sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file())
        print(f"corpus: {len(texts)} documents, {chars:,} characters, {size / 1e6:.2f} MB on disk")
        warm_up(work)
        runs = [time_ingest(corpus, work, args.profile if n == 0 else None) for n in range(args.repeat)]
        ingest_s = min(s for s, _, _ in runs)
        ingest_cpu = min(c for _, _, c in runs)
        stages = [time_stages(docs) for _ in range(args.repeat)]
        jieba_s = min(time_jieba(texts) for _ in range(args.repeat))
        long_chars, long_s = time_long(corpus) if (corpus / f"fewfc-{DOC_SENTENCES[0]}").exists() else (0, 0.0)
        parallel = None
        if args.workers >= 0:
            if cores is not None:
                os.sched_setaffinity(0, cores)
            workers = args.workers or len(cores or [0])
            parallel = workers, time_ingest(corpus, work, None, workers)[0], time_start_up(workers, docs[0])
    ingest_rate, jieba_rate = chars / ingest_s, chars / jieba_s
    print(f"dealgraph ingest  {ingest_s:7.3f}s  {ingest_rate:12,.0f} chars/s  ({runs[0][1]} fact statements; "
          f"CPU {ingest_cpu:.3f}s, {chars / ingest_cpu:,.0f} chars/s: less hurt by a busy machine)")
    for stage in ("extract", "resolve"):
        best = min(s[stage] for s in stages)
        print(f"  of which {stage:8s}{best:7.3f}s  {chars / best:12,.0f} chars/s (CPU)")
    for lang in sorted({d.lang for d in docs}):
        lang_chars = sum(len(d.text) for d in docs if d.lang == lang)
        best = min(s[f"extract:{lang}"] for s in stages)
        print(f"    extract of the {lang} documents ({sum(d.lang == lang for d in docs)}, {lang_chars:,} characters) "
              f"{best:.3f}s  {lang_chars / max(best, 1e-9):,.0f} chars/s (CPU)")
    print(f"  read, clean, store and the rest ≈ {ingest_cpu - sum(min(s[k] for s in stages) for k in STAGES):.3f}s"
          " (CPU)")
    if long_chars:
        best = min(s["extract"] + s["resolve"] for s in stages)
        print(f"one long document ({long_chars:,} characters): extract and resolve {long_s:.3f}s CPU, "
              f"{long_chars / long_s:,.0f} chars/s (the corpus's documents: {chars / best:,.0f} chars/s)")
    print(f"jieba.posseg.cut  {jieba_s:7.3f}s  {jieba_rate:12,.0f} chars/s")
    print(f"ratio ingest/jieba: {ingest_rate / jieba_rate:.2f}x  (target ≥ {TARGET_RATIO}x)")
    if parallel:
        workers, seconds, start_up = parallel
        print(f"dealgraph ingest --workers {workers} on {len(cores or [0])} cores: {seconds:.3f}s  "
              f"{chars / seconds:,.0f} chars/s (wall clock, worker start-up included; not the one-core figure)")
        print(f"  of which starting {workers} workers ≈ {start_up:.3f}s; after start-up ≈ "
              f"{chars / max(seconds - start_up, 1e-9):,.0f} chars/s (what a long ingest approaches)")
    if args.profile:
        print(f"profile of the first ingest run (it includes cProfile overhead): {args.profile}")


if __name__ == "__main__":
    main()

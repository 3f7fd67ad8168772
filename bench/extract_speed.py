"""Characters per second of the whole `dealgraph ingest` path beside jieba.posseg on the same text.

The corpus is built in a temporary folder: the bundled samples/corpus documents plus the sentences
of FewFC (read from ../shared, never copied into the repository) grouped into documents of about
DOC_SENTENCES sentences. Ingest is timed end to end (read → clean → extract → resolve → store into
a fresh SQLite file); jieba.posseg.cut runs over the stored text of the same documents. Both run
pinned to one core, each after a warm-up that loads its dictionaries. Figures only, no assertions.

Run: .venv/bin/python bench/extract_speed.py [--repeat N] [--profile FILE]
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

from dealgraph.ingest import expand, read_path  # noqa: E402
from dealgraph.jobs import ingest  # noqa: E402
from dealgraph.store import Store  # noqa: E402

SAMPLES = ROOT / "samples" / "corpus"
FEWFC = ROOT.parent / "shared" / "data" / "external" / "fewfc"
DOC_SENTENCES = 40
TARGET_RATIO = 20


def build_corpus(folder: Path) -> None:
    """Samples as they are, FewFC sentences as .txt documents of DOC_SENTENCES sentences each."""
    shutil.copytree(SAMPLES, folder / "samples", ignore=shutil.ignore_patterns("README.md"))
    sentences = [json.loads(line)["content"] for name in ("train_base.json", "train_trans.json")
                 if (FEWFC / name).exists() for line in (FEWFC / name).read_text("utf-8").splitlines() if line]
    out = folder / "fewfc"
    out.mkdir()
    for n in range(0, len(sentences), DOC_SENTENCES):
        (out / f"{n // DOC_SENTENCES:04d}.txt").write_text("\n".join(sentences[n:n + DOC_SENTENCES]) + "\n", "utf-8")


def stored_texts(folder: Path) -> list[str]:
    files, _ = expand([str(folder)])
    return [doc.text for path in files for doc in read_path(path) if hasattr(doc, "text")]


def time_ingest(folder: Path, work: Path, profile: Path | None) -> tuple[float, int]:
    db = work / f"bench-{time.monotonic_ns()}.db"
    store = Store(f"sqlite:///{db}")
    profiler = cProfile.Profile() if profile else None
    start = time.perf_counter()
    if profiler:
        profiler.enable()
    report = ingest(store, [str(folder)])
    if profiler:
        profiler.disable()
        profiler.dump_stats(str(profile))
    seconds = time.perf_counter() - start
    store.engine.dispose()
    return seconds, report.facts


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


def warm_up(work: Path) -> None:
    """Load the lexicon, grammar and word lists once, as a long ingest run would have."""
    folder = work / "warm"
    folder.mkdir()
    (folder / "a.txt").write_text("星河科技于2019年3月以2亿元收购了蓝海网络60%股权。\n", "utf-8")
    ingest(Store(f"sqlite:///{work / 'warm.db'}"), [str(folder)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of each; the fastest counts")
    parser.add_argument("--profile", type=Path, help="write a cProfile of one ingest run to this file")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpus = work / "corpus"
        corpus.mkdir()
        build_corpus(corpus)
        texts = stored_texts(corpus)
        chars = sum(len(t) for t in texts)
        size = sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file())
        print(f"corpus: {len(texts)} documents, {chars:,} characters, {size / 1e6:.2f} MB on disk")
        warm_up(work)
        runs = [time_ingest(corpus, work, args.profile if n == 0 else None) for n in range(args.repeat)]
        ingest_s = min(s for s, _ in runs)
        jieba_s = min(time_jieba(texts) for _ in range(args.repeat))
    ingest_rate, jieba_rate = chars / ingest_s, chars / jieba_s
    print(f"dealgraph ingest  {ingest_s:7.3f}s  {ingest_rate:12,.0f} chars/s  ({runs[0][1]} fact statements)")
    print(f"jieba.posseg.cut  {jieba_s:7.3f}s  {jieba_rate:12,.0f} chars/s")
    print(f"ratio ingest/jieba: {ingest_rate / jieba_rate:.2f}x  (target ≥ {TARGET_RATIO}x)")
    if args.profile:
        print(f"profile of the first ingest run (it includes cProfile overhead): {args.profile}")


if __name__ == "__main__":
    main()

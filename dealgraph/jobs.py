"""The ingest job: read files, extract, resolve, store — in batches, each batch all or nothing."""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from dealgraph import settings
from dealgraph.errors import DealgraphError, InvalidArgument, UnreadableDocument
from dealgraph.extract.pipeline import extract
from dealgraph.ingest import Document, expand, read_path
from dealgraph.resolve import resolve_document
from dealgraph.store import Store


@dataclass
class IngestReport:
    files: int = 0
    stored: int = 0
    duplicates: int = 0
    facts: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def exit_code(self) -> int:
        return 2 if self.failures else 0


Progress = Callable[[int, int, str], None]


def process(doc: Document) -> tuple[dict, dict, list[dict]]:
    """Extraction and resolution of one document: the rows the store needs. Needs no database. A document with
    traditional Chinese is read in its simplified reading; its facts quote it as written (as_written)."""
    extracted = extract(doc.id, doc.read_text, doc.ref_date, doc.title)
    resolved = resolve_document(extracted)
    if doc.reading is not None:
        as_written(resolved.facts, doc.text, doc.reading)
        _written_names(resolved.entities, resolved.facts, doc.reading)
    row = {"id": doc.id, "sha256": doc.sha256, "title": doc.title, "text": doc.text, "ref_date": doc.ref_date,
           "ref_date_source": doc.ref_date_source, "source": doc.source, "lang": doc.lang, "meta": doc.meta}
    return row, {eid: _entity_row(e) for eid, e in resolved.entities.items()}, resolved.facts


def as_written(facts: list[dict], text: str, reading: str) -> None:
    """Evidence sentences, the mentions in them and the values' words as the source wrote them: the reading has the
    text's length, so each span read in the reading is the same span of the text. A piece whose words are not the
    reading's at its span (a name the extractor normalised) keeps the words it has; a value (which records no span)
    is found once in the reading of its fact's first evidence sentence (else once in the whole reading), or kept
    as it is."""
    for fact in facts:
        for ev in fact["evidence"]:
            start, end = ev["start"], ev["end"]
            if reading[start:end] == ev["text"]:
                ev["text"] = text[start:end]
            for mentions in ev["mentions"].values():
                for m in mentions:
                    if reading[m["start"]:m["end"]] == m["text"]:
                        m["text"] = text[m["start"]:m["end"]]
        if not fact["evidence"]:
            continue
        start, end = fact["evidence"][0]["start"], fact["evidence"][0]["end"]
        sentence = reading[start:end]
        values = [fact.get("date"), fact.get("amount"), fact.get("stake"), *fact["qualifiers"].values()]
        for value in values:
            if not (isinstance(value, dict) and isinstance(value.get("text"), str) and value["text"]):
                continue
            words = value["text"]
            if sentence.count(words) == 1:
                at = start + sentence.index(words)
            elif words not in sentence and reading.count(words) == 1:
                at = reading.index(words)
            else:
                continue
            value["text"] = text[at:at + len(words)]


def _written_names(entities: dict, facts: list[dict], reading: str) -> None:
    """A party's name as the source wrote it (嵐山創投, where the reading has 岚山创投) is one more of its names."""
    for fact in facts:
        for ev in fact["evidence"][:1]:
            for mentions in ev["mentions"].values():
                for m in mentions:
                    entity = entities.get(m["id"])
                    if entity is not None and m["text"] != reading[m["start"]:m["end"]] and m["text"] not in entity.names:
                        entity.names.append(m["text"])


def _entity_row(entity: object) -> dict:
    """asdict() of an entity record: its fields are flat (strings and a list of names), so a shallow copy
    with the list copied gives the same dict without asdict's recursive deep copy (a hot path of ingest)."""
    row = dict(vars(entity))
    row["names"] = list(row["names"])
    return row


def ingest(store: Store, paths: list[str], progress: Progress | None = None, workers: int = 1) -> IngestReport:
    """Read, extract, resolve and store. With `workers` > 1, extraction and resolution (which need no
    database) run in that many processes while this one reads and stores; 0 means one per core. The
    documents, facts and ids stored are the same whatever the number of workers."""
    with _fewer_collections(), _Processor(worker_count(workers)) as processor:
        return _ingest(store, paths, progress, processor)


def worker_count(workers: int) -> int:
    """The number of processes asked for: 0 is one per core this process may run on."""
    if workers < 0:
        raise InvalidArgument(f"--workers must be 0 (one per core) or more, not {workers}",
                              "give a number of processes, or 1 to extract in this process only")
    if workers == 0:
        return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return workers


@dataclass(frozen=True)
class _Failed:
    """Why a document could not be processed (a string: it crosses from a worker process)."""

    reason: str


Outcome = tuple[dict, dict, list[dict]] | _Failed


def _outcome(doc: Document) -> Outcome:
    """process(), with a document's own error returned (to be listed) rather than raised."""
    try:
        return process(doc)
    except DealgraphError as exc:
        return _Failed(str(exc))


def _warm_worker() -> None:
    """Load the lexicon, word lists and grammars once per worker, before its first document."""
    extract("warm", "星河科技以2亿元收购了蓝海网络60%股权。Northwind raised $20 million.", None)


class _Processor:
    """Runs _outcome over batches of documents, in this process or in a pool of worker processes.

    With a pool, a batch is handed to the workers at once (submit) and its outcomes are collected later,
    so the workers extract the next batch while this process stores the last one. Workers are started with
    `spawn` (a fresh interpreter each), never forked from a process that may be running a progress bar's
    thread. If a worker dies (killed, out of memory), the batch is processed again here and the rest of the
    ingest runs in this process: nothing is lost, only the speed."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.pool: ProcessPoolExecutor | None = None

    def __enter__(self) -> _Processor:
        if self.workers > 1:
            self.pool = ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=_warm_worker)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)

    def submit(self, docs: list[Document]) -> Callable[[], list[Outcome]]:
        """Start on the documents; the function returned gives their outcomes, in order."""
        if self.pool is None or len(docs) < 2:
            return lambda: [_outcome(doc) for doc in docs]
        chunk = max(1, len(docs) // (4 * self.workers))
        try:
            futures = [self.pool.submit(_outcomes, docs[i:i + chunk]) for i in range(0, len(docs), chunk)]
        except BrokenProcessPool:
            self._give_up_pool()
            return lambda: [_outcome(doc) for doc in docs]

        def collect() -> list[Outcome]:
            try:
                return [outcome for future in futures for outcome in future.result()]
            except BrokenProcessPool:
                self._give_up_pool()
                return [_outcome(doc) for doc in docs]
        return collect

    def _give_up_pool(self) -> None:
        """A worker died: go on in this process."""
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)
            self.pool = None


def _outcomes(docs: list[Document]) -> list[Outcome]:
    """_outcome of a chunk of documents (one message to a worker and one back per chunk)."""
    return [_outcome(doc) for doc in docs]


GC_FIRST_GENERATION = 10_000  # container allocations between two young-generation collections (Python: 700)


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the cyclic garbage collector less often while ingesting, as it was after.

    Extraction allocates a great many short-lived objects (matches, mentions, slices) that reference
    counting frees at once; the collector's scan every 700 of them finds almost nothing and cost about
    5% of an ingest. Cycles are still collected, only in larger steps.
    """
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], GC_FIRST_GENERATION), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _ingest(store: Store, paths: list[str], progress: Progress | None, processor: _Processor) -> IngestReport:
    files, missing = expand(paths)
    own = _database_files(store)
    files = [f for f in files if f.resolve() not in own]
    report = IngestReport(files=len(files), failures=[(m.path, m.reason) for m in missing])
    pending: list[Document] = []
    seen: set[str] = set()
    ids: set[str] = set()
    in_flight: tuple[list[Document], Callable[[], list[Outcome]]] | None = None
    for n, path in enumerate(files, 1):
        if progress:
            progress(n, len(files), str(path))
        for item in read_path(path):
            if isinstance(item, UnreadableDocument):
                report.failures.append((item.path, item.reason))
            elif item.sha256 in seen:
                report.duplicates += 1
            elif item.id in ids:
                report.failures.append((item.source, f"document id {item.id!r} is already used by another "
                                        "document of this ingest; give each JSON Lines record its own id"))
            else:
                seen.add(item.sha256)
                ids.add(item.id)
                pending.append(item)
        if len(pending) >= settings.INGEST_BATCH:
            started = _start_batch(store, pending, report, processor)
            if in_flight:
                _store_batch(store, *in_flight, report)
            in_flight = started
    started = _start_batch(store, pending, report, processor)
    for batch in (in_flight, started):
        if batch:
            _store_batch(store, *batch, report)
    store.record_failures(report.failures)
    return report


def _start_batch(store: Store, pending: list[Document], report: IngestReport,
                 processor: _Processor) -> tuple[list[Document], Callable[[], list[Outcome]]]:
    """Start extracting the documents not yet in the store (those stored already are counted or listed)."""
    known_hashes = store.known_hashes(d.sha256 for d in pending)
    known_ids = store.known_ids(d.id for d in pending)
    todo = []
    for doc in pending:
        if doc.sha256 in known_hashes:
            report.duplicates += 1
        elif doc.id in known_ids:
            report.failures.append((doc.source, f"document id {doc.id!r} is already stored with other text; "
                                    "give the changed document a new id"))
        else:
            todo.append(doc)
    pending.clear()
    return todo, processor.submit(todo)


def _store_batch(store: Store, todo: list[Document], outcomes: Callable[[], list[Outcome]],
                 report: IngestReport) -> None:
    """Store the extracted documents of one batch, in one transaction; list those that failed."""
    batch = []
    for doc, outcome in zip(todo, outcomes()):
        if isinstance(outcome, _Failed):
            report.failures.append((doc.source, outcome.reason))
        else:
            batch.append(outcome)
    if batch:
        store.save(batch)
        report.stored += len(batch)
        report.facts += sum(len(facts) for _, _, facts in batch)


def _database_files(store: Store) -> set[Path]:
    """The SQLite file being written (and its journal files): never a document to ingest."""
    database = store.engine.url.database if store.engine.dialect.name == "sqlite" else None
    if not database:
        return set()
    base = Path(database).resolve()
    return {base, *(base.with_name(base.name + s) for s in ("-wal", "-shm", "-journal"))}

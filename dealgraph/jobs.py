"""The ingest job: read files, extract, resolve, store — in batches, each batch all or nothing."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from dealgraph import settings
from dealgraph.errors import DealgraphError, UnreadableDocument
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
    """Extraction and resolution of one document: the rows the store needs. Needs no database."""
    extracted = extract(doc.id, doc.text, doc.ref_date, doc.title)
    resolved = resolve_document(extracted)
    row = {"id": doc.id, "sha256": doc.sha256, "title": doc.title, "text": doc.text, "ref_date": doc.ref_date,
           "ref_date_source": doc.ref_date_source, "source": doc.source, "lang": doc.lang, "meta": doc.meta}
    return row, {eid: _entity_row(e) for eid, e in resolved.entities.items()}, resolved.facts


def _entity_row(entity: object) -> dict:
    """asdict() of an entity record: its fields are flat (strings and a list of names), so a shallow copy
    with the list copied gives the same dict without asdict's recursive deep copy (a hot path of ingest)."""
    row = dict(vars(entity))
    row["names"] = list(row["names"])
    return row


def ingest(store: Store, paths: list[str], progress: Progress | None = None) -> IngestReport:
    with _fewer_collections():
        return _ingest(store, paths, progress)


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


def _ingest(store: Store, paths: list[str], progress: Progress | None) -> IngestReport:
    files, missing = expand(paths)
    own = _database_files(store)
    files = [f for f in files if f.resolve() not in own]
    report = IngestReport(files=len(files), failures=[(m.path, m.reason) for m in missing])
    pending: list[Document] = []
    seen: set[str] = set()
    ids: set[str] = set()
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
            _store_batch(store, pending, report)
    _store_batch(store, pending, report)
    store.record_failures(report.failures)
    return report


def _store_batch(store: Store, pending: list[Document], report: IngestReport) -> None:
    """Extract and store the documents not yet in the store, in one transaction."""
    known_hashes = store.known_hashes(d.sha256 for d in pending)
    known_ids = store.known_ids(d.id for d in pending)
    batch = []
    for doc in pending:
        if doc.sha256 in known_hashes:
            report.duplicates += 1
            continue
        if doc.id in known_ids:
            report.failures.append((doc.source, f"document id {doc.id!r} is already stored with other text; "
                                    "give the changed document a new id"))
            continue
        try:
            batch.append(process(doc))
        except DealgraphError as exc:
            report.failures.append((doc.source, str(exc)))
    pending.clear()
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

"""Ingest: files, folders and globs to clean documents with a reference date, or reasons why not."""

from __future__ import annotations

import glob
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dealgraph import settings
from dealgraph.errors import UnreadableDocument
from dealgraph.ingest import refdate
from dealgraph.ingest.clean import clean
from dealgraph.ingest.decode import to_simplified
from dealgraph.ingest.readers import RawDocument, read_file

_HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class Document:
    """A document ready for extraction and storage. `text` is what offsets index, as the source wrote it; `reading`,
    when the text has traditional Chinese, is the same text with those lines in simplified characters, of the same
    length (one offset indexes both): what extraction reads."""

    id: str
    sha256: str
    text: str
    title: str
    ref_date: str | None
    ref_date_source: str | None
    source: str
    lang: str
    meta: dict = field(default_factory=dict)
    reading: str | None = None

    @property
    def read_text(self) -> str:
        """The text extraction reads: the simplified reading, else the text."""
        return self.reading if self.reading is not None else self.text


def expand(paths: list[str]) -> tuple[list[Path], list[UnreadableDocument]]:
    """Files named by paths, folders (recursively, hidden entries skipped) and globs, in order."""
    files: list[Path] = []
    missing: list[UnreadableDocument] = []
    for arg in paths:
        matches = [Path(p) for p in sorted(glob.glob(arg, recursive=True))] if glob.has_magic(arg) else [Path(arg)]
        if not matches or not matches[0].exists():
            missing.append(UnreadableDocument(arg, "no such file or folder"))
        for path in matches:
            files.extend(_walk(path) if path.is_dir() else [path])
    seen: set[Path] = set()
    unique = [f for f in files if not (f.resolve() in seen or seen.add(f.resolve()))]
    return unique, missing


def _walk(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*")
                  if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def read_path(path: Path) -> Iterator[Document | UnreadableDocument]:
    """Every document in one file, or the reason it could not be read."""
    try:
        size = path.stat().st_size
        if size == 0:
            yield UnreadableDocument(str(path), "empty file")
            return
        if size > settings.MAX_DOCUMENT_BYTES:
            yield UnreadableDocument(str(path), f"file too large ({size} bytes; limit "
                                     f"{settings.MAX_DOCUMENT_BYTES}); split it into several documents")
            return
        data = path.read_bytes()
        for item in read_file(path, data):
            yield item if isinstance(item, UnreadableDocument) else prepare(item)
    except UnreadableDocument as exc:
        yield exc
    except OSError as exc:
        yield UnreadableDocument(str(path), f"cannot read file ({exc.strerror or exc})")


def prepare(raw: RawDocument) -> Document | UnreadableDocument:
    """Clean the text as written, then read its traditional lines in simplified characters (same length). The
    content hash (and so the id) is of the reading: a document is the same whichever script it came in."""
    cleaned = clean(raw.text)
    if len(cleaned.text.strip()) < settings.MIN_DOCUMENT_CHARS:
        return UnreadableDocument(raw.source, "no text left after decoding and cleaning (empty document)")
    read, converted = to_simplified(cleaned.text)
    sha = hashlib.sha256(read.encode("utf-8")).hexdigest()
    ref, how = _reference_date(raw, read, cleaned.footer_date)
    meta = dict(raw.meta, removed_lines=cleaned.removed, traditional=converted)
    if raw.url:
        meta["url"] = raw.url
    if cleaned.footer_date:
        meta["repost_date"] = cleaned.footer_date
    title = raw.title or cleaned.text.split("\n", 1)[0][:80]
    return Document(raw.id or sha[:16], sha, cleaned.text, title, ref, how, raw.source, _lang(read), meta,
                    read if converted else None)


def _reference_date(raw: RawDocument, text: str, footer: str | None) -> tuple[str | None, str | None]:
    given = refdate.normalise(raw.date)
    if given:
        return given, "metadata"
    inferred = refdate.infer(text, ceiling=footer)
    if inferred:
        return inferred, "text"
    return (footer, "footer") if footer else (None, None)


def _lang(text: str) -> str:
    sample = text[:4000]
    return "zh" if len(_HAN.findall(sample)) * 4 >= len(sample.replace(" ", "")) * 0.3 * 4 / 3 else "en"

"""Readers by file format. Each yields raw documents (text plus metadata) from one file."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from dealgraph.errors import UnreadableDocument
from dealgraph.ingest import refdate
from dealgraph.ingest.decode import decode

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".pdf", ".jsonl", ".ndjson"}


@dataclass
class RawDocument:
    source: str
    text: str
    title: str = ""
    date: str | None = None
    id: str | None = None
    url: str | None = None
    meta: dict = field(default_factory=dict)


# An announcement's title (海川智能：关于持股5%以上股东减持计划的公告, 星河科技关于签订重大合同的公告): it names the
# company whose announcement it is, which the body calls 公司 / 本公司 and often names nowhere else, so it stays in the
# text the extractor reads. A news headline stays out: its clipped grammar (腾讯首次入局) states no fact the body
# does not state more fully.
_ANNOUNCEMENT_TITLE = re.compile(r"关于[^。！？\n]{2,80}?(?:公告|提示性公告|报告书|告知函)\s*$")
_TITLE_PARTS = re.compile(r"\s*[_|｜]\s*|\s+[-–—]\s+")  # a page title's parts: the headline, then the site's name
_META_LINE = re.compile(r"^(?:日期|发布时间|发布日期|时间|date|published)\s*[:：]\s*(.+)$", re.I)


def read_file(path: Path, data: bytes) -> Iterator[RawDocument | UnreadableDocument]:
    """Documents of one file; a record that cannot be read is yielded as its error, not raised."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        yield _pdf(path, data)
    elif suffix in (".jsonl", ".ndjson"):
        yield from _jsonl(path, data)
    else:
        text, enc = decode(data, str(path))
        if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_html(text)):
            yield _html(path, text, enc)
        else:
            yield _plain(path, text, enc, markdown=suffix in (".md", ".markdown"))


def _plain(path: Path, text: str, enc: str, markdown: bool) -> RawDocument:
    lines = text.lstrip("\ufeff").split("\n")
    title, date, body_from = "", None, 0
    for i, line in enumerate(lines[:4]):
        stripped = line.strip()
        m = _META_LINE.match(stripped.lstrip("*_> "))
        only_date = refdate.date_line(stripped.lstrip("*_> ")) if m is None and date is None else None
        if m or only_date:  # 日期：2025-04-18, or a line under the headline that is only a date (2025年4月18日 20:35)
            date, body_from = (m[1].strip() if m else only_date), i + 1
        elif stripped.startswith("#") and not title:
            title, body_from = stripped.lstrip("# ").strip(), i + 1
    if date is not None and not title and body_from >= 2:
        title = lines[0].strip()
    body = "\n".join(lines[body_from:]) if date is not None or title else text
    if _ANNOUNCEMENT_TITLE.search(title):  # the company its body calls 公司 is often named only in the title
        body = f"{title}\n{body}"
    if markdown:
        body = _strip_markdown(body)
    return RawDocument(str(path), body, title=title, date=date, meta={"encoding": enc})


_MD = [(re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""), (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
       (re.compile(r"^#{1,6}\s*", re.M), ""), (re.compile(r"(\*\*|__|`)"), ""),
       (re.compile(r"^\s*[-*+]\s+", re.M), ""), (re.compile(r"^>\s?", re.M), "")]


def _strip_markdown(text: str) -> str:
    for pattern, repl in _MD:
        text = pattern.sub(repl, text)
    return text


def _looks_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or "<body" in head


class _HTMLText(HTMLParser):
    """Visible text of a page, one line per block; skips scripts, styles and page chrome.

    A table keeps its shape: one line per row, its cells apart by a tab (an empty cell stays an empty field, so the
    cells of a row stay under their headers); a block inside a cell (<p>, <br>) and the line breaks of the page's
    source inside it are a space, not a new line. A table that only lays out a page (a row of one cell, or a cell
    holding more than a short entry: an article in a cell) is read as blocks: each cell and each block in it a line."""

    SKIP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "template"}
    BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
             "blockquote", "pre", "table", "ul", "ol", "figcaption"}
    CELL = {"td", "th"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.in_title = False
        self.title = ""
        self.meta: dict[str, str] = {}
        self.cells = 0  # cells opened in the current row
        self.in_cell = 0  # depth of open cells (a table inside a cell is read into it)
        self.in_row = False  # between <tr> and </tr>: the source's line breaks between cells are no new lines

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self.skip += 1
        elif tag == "title":
            self.in_title = True
        elif tag == "meta":
            a = {k: v or "" for k, v in attrs}
            key = (a.get("name") or a.get("property") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta[key] = a["content"]
        if tag in self.CELL and not self.skip:
            if self.in_cell:  # a cell inside a cell's table: its text stays in the outer cell
                self.parts.append(" ")
            elif self.cells:
                self.parts.append(_CELL_SEP)
            self.cells += 1
            self.in_cell += 1
        elif tag == "tr" and not self.in_cell:
            self.cells, self.in_row = 0, True
            self.parts.append("\n")
        elif tag in self.BLOCK:
            self.parts.append(_CELL_BLOCK if self.in_cell else "\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        elif tag == "title":
            self.in_title = False
        if tag in self.CELL and self.in_cell and not self.skip:
            self.in_cell -= 1
        elif tag in ("tr", "table") and not self.in_cell:
            self.cells, self.in_row = 0, False
            self.parts.append("\n")
        elif tag in self.BLOCK:
            self.parts.append(_CELL_BLOCK if self.in_cell else "\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
        elif not self.skip:
            self.parts.append(_CELL_SPACE.sub(" ", data) if self.in_cell or self.in_row else data)


_CELL_SPACE = re.compile(r"[ \t\r\n]+")  # the source's line breaks and tabs inside a table cell: one space
_CELL_SEP = "\x1f"  # between two cells while the page is read; a tab once its lines are tidied (which trims tabs)
_CELL_BLOCK = "\x1e"  # a block's edge inside a cell: a space in a table's row, a new line in a page's layout
_MAX_CELL = 80  # a data table's cell holds a short entry; a longer one is text laid out in a table
_SENTENCE_INSIDE = re.compile(r"[。！？](?=.)")  # a sentence ending inside a cell, more text after it: laid-out text


def _table_rows(body: str) -> str:
    """Rows of data tables as lines of cells apart by tabs; cells of layout tables as lines of their own."""
    if _CELL_SEP not in body and _CELL_BLOCK not in body:
        return body
    lines = []
    for line in body.split("\n"):
        if _CELL_SEP not in line and _CELL_BLOCK not in line:
            lines.append(line)
            continue
        cells = [" ".join(cell.replace(_CELL_BLOCK, " ").split()) for cell in line.split(_CELL_SEP)]
        if len(cells) >= 2 and sum(1 for c in cells if c) >= 2 and not any(
                len(cell) > _MAX_CELL or _SENTENCE_INSIDE.search(cell) for cell in cells):
            lines.append("\t".join(cells).rstrip("\t"))
        else:
            lines += [part.strip() for cell in line.split(_CELL_SEP) for part in cell.split(_CELL_BLOCK) if part.strip()]
    return "\n".join(lines)


_DATE_META = ("date", "article:published_time", "pubdate", "publishdate", "datepublished", "dc.date")


def _html(path: Path, text: str, enc: str) -> RawDocument:
    parser = _HTMLText()
    parser.feed(text)
    parser.close()
    body = _table_rows(re.sub(r"[ \t]*\n[ \t\n]*", "\n", "".join(parser.parts)))
    date = next((parser.meta[k] for k in _DATE_META if k in parser.meta), None)
    # A page's <title> stays out (site names: "…_财经频道", "… | Example News"), but an announcement's title in it
    # is kept as a text file's is, unless the page body already opens with it.
    title = next((part for part in _TITLE_PARTS.split(parser.title.strip()) if _ANNOUNCEMENT_TITLE.search(part)), "")
    if title and title not in body[:len(title) + 200]:
        body = f"{title}\n{body}"
    return RawDocument(str(path), body, title=parser.title.strip(), date=date,
                       meta={"encoding": enc, "format": "html"})


def _pdf(path: Path, data: bytes) -> RawDocument:
    from pdfminer.high_level import extract_text
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        text = extract_text(io.BytesIO(data))
    except (PDFSyntaxError, ValueError, TypeError, KeyError) as exc:
        raise UnreadableDocument(str(path), f"broken PDF ({exc.__class__.__name__}: {exc})") from exc
    return RawDocument(str(path), text, meta={"format": "pdf"})


def _jsonl(path: Path, data: bytes) -> Iterator[RawDocument | UnreadableDocument]:
    text, _ = decode(data, str(path))
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield UnreadableDocument(where, f"line is not JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
            yield UnreadableDocument(where, "JSON Lines record needs a string field 'text'")
            continue
        title = str(obj.get("title") or "").strip()
        body = obj["text"]
        if _ANNOUNCEMENT_TITLE.search(title) and not body.lstrip().startswith(title):
            body = f"{title}\n{body}"
        yield RawDocument(where, body, title=title, date=obj.get("date"),
                          id=str(obj["id"]) if obj.get("id") is not None else None, url=obj.get("url"),
                          meta={"format": "jsonl"})

"""dealgraph command line: ingest, inspect, export, report."""

from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Iterator

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from dealgraph import settings
from dealgraph.cli import entities as entities_cli
from dealgraph.cli import evaluate
from dealgraph.errors import DealgraphError, InvalidArgument

app = typer.Typer(help="Build and query a provenance-backed knowledge graph of the AI industry chain from "
                       "Chinese and English business news.", no_args_is_help=True, add_completion=False,
                  pretty_exceptions_enable=False)
export_app = typer.Typer(help="Export facts, entities, documents or the graph.", no_args_is_help=True)
app.add_typer(export_app, name="export")
app.add_typer(entities_cli.app, name="entities")
app.add_typer(evaluate.app, name="eval", help="Measure extraction quality against labelled data sets.")
console = Console()
err = Console(stderr=True)
STATE: dict[str, str | None] = {"db": None}


@app.callback()
def main(db: Annotated[str | None, typer.Option(
        "--db", help=f"Database: a SQLite file path or a postgresql://user@host:port/name URL. "
                     f"Default: ${settings.DB_ENV}, else ./{settings.DEFAULT_DB_FILE}.")] = None) -> None:
    STATE["db"] = db


def open_store():  # type: ignore[no-untyped-def]
    from dealgraph.store import Store

    return Store(STATE["db"])


def plain(*cells: str) -> list[Text]:
    """Table cells shown as written: document text is never read as Rich markup ([/b] stays text)."""
    return [Text(str(c)) for c in cells]


@contextmanager
def errors() -> Iterator[None]:
    try:
        yield
    except DealgraphError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(exc.exit_code) from None


@app.command()
def ingest(paths: Annotated[list[str], typer.Argument(help="Files, folders or globs of .txt .md .html .pdf .jsonl "
                                                           "(JSON Lines: one document per line, field 'text').")],
           quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
           workers: Annotated[int, typer.Option("--workers", "-w", help="Processes that extract in parallel "
                                                "(0: one per core). The stored result is the same for any number.")] = 1
           ) -> None:
    """Read documents, extract facts and store them. Idempotent: a document already stored is skipped.

    Exit code 0 when every file was read, 2 when some could not be (they are listed with the reason).
    """
    from dealgraph.jobs import ingest as run

    with errors():
        store = open_store()
        with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      console=err, disable=quiet, transient=True) as bar:
            task = bar.add_task("ingest", total=None)

            def progress(n: int, total: int, path: str) -> None:
                bar.update(task, completed=n, total=total, description=f"ingest {Path(path).name[:40]}")

            report = run(store, paths, progress, workers)
    console.print(f"files {report.files} · stored {report.stored} documents · {report.duplicates} already "
                  f"stored · {report.facts} fact statements")
    if report.failures:
        err.print(f"[yellow]{len(report.failures)} not ingested:[/yellow]")
        for path, reason in report.failures:
            err.print(f"  {path}: {reason}", markup=False, highlight=False, soft_wrap=True)
        err.print("Fix or remove these files and run ingest again; everything else is stored "
                  "(`dealgraph failures` lists them again).")
    raise typer.Exit(report.exit_code)


@app.command()
def summary() -> None:
    """Counts of documents, entities and facts by type, and the most active investors."""
    from dealgraph.analyze import overview

    with errors():
        data = overview.summary(open_store())
    console.print(f"documents {data['documents']} · entities {data['entities']} · facts {data['facts']}")
    table = Table("fact type", "count")
    for ftype, n in data["facts_by_type"]:
        table.add_row(ftype, str(n))
    console.print(table)
    table = Table("investor (group)", "deals", "companies")
    for row in data["top_investors"]:
        table.add_row(*plain(row["name"], str(row["deals"]), ", ".join(row["companies"][:6])))
    console.print(table)


@app.command()
def facts(type: Annotated[list[str] | None, typer.Option("--type", "-t", help="Fact type (repeatable).")] = None,
          modality: Annotated[list[str] | None, typer.Option("--modality", "-m", help="Modality (repeatable).")] = None,
          investor: Annotated[str | None, typer.Option(help="Only facts of this investor's group (name or id).")] = None,
          entity: Annotated[str | None, typer.Option(help="Only facts naming this entity (name or id).")] = None,
          layer: Annotated[str | None, typer.Option(help="Only facts naming an entity of this layer "
                                                         "(foundation, technology, application).")] = None,
          as_json: Annotated[bool, typer.Option("--json", help="JSON Lines in the export format.")] = False) -> None:
    """List facts with their evidence sentence."""
    from dealgraph.analyze import labels, overview, view

    with errors():
        g = view.load(open_store())
        rows = overview.filter_facts(g, types=type, modality=modality, investor=investor, entity=entity, layer=layer)
    if as_json:
        for f in rows:
            sys.stdout.write(json.dumps(f, ensure_ascii=False) + "\n")
        return
    table = Table("type", "modality", "roles", "date", "evidence", show_lines=True)
    for f in rows:
        roles = labels.roles_text(f)
        date = (f.get("date") or {}).get("text") or ""
        table.add_row(*plain(f["type"], f["modality"], roles, date, f["evidence"][0]["text"] if f["evidence"] else ""))
    console.print(table)
    console.print(f"{len(rows)} facts")


@app.command()
def failures() -> None:
    """Files that could not be ingested, with the reason."""
    with errors():
        rows = open_store().failures()
    table = Table("when", "path", "reason")
    for r in rows:
        table.add_row(*plain(str(r["at"])[:19], r["path"], r["reason"]))
    console.print(table)


@app.command()
def review(fact_id: str,
           status: Annotated[str, typer.Option(help="confirmed, rejected or edited.")],
           set_: Annotated[list[str] | None, typer.Option("--set", help="FIELD=VALUE to change (with edited), "
                                                          "e.g. modality=denied; VALUE may be JSON.")] = None,
           note: Annotated[str, typer.Option(help="Why.")] = "",
           who: Annotated[str, typer.Option(help="Reviewer name.")] = "cli") -> None:
    """Confirm, reject or edit a fact. Reviews are kept apart from extraction and survive re-ingestion."""
    if status not in ("confirmed", "rejected", "edited"):
        err.print("status must be confirmed, rejected or edited")
        raise typer.Exit(1)
    patch = {}
    for item in set_ or []:
        key, _, raw = item.partition("=")
        try:
            patch[key] = json.loads(raw)
        except json.JSONDecodeError:
            patch[key] = raw
    with errors():
        open_store().add_review(fact_id, status, patch, note, who)
    console.print(f"{status}: {fact_id}")


FORMATS = "jsonl, csv or parquet"


@contextmanager
def _output(path: str | None) -> Iterator:
    """A file to write to, or standard output (left open)."""
    if path:
        with open(path, "wb") as out:
            yield out
    else:
        yield sys.stdout.buffer
        sys.stdout.flush()


@export_app.command("facts")
def export_facts(format: Annotated[str, typer.Option("--format", "-f", help=FORMATS)] = "jsonl",
                 output: Annotated[str | None, typer.Option("--output", "-o", help="File (default: stdout).")] = None
                 ) -> None:
    """Every fact with roles, mentions, qualifiers, modality and all evidence (the export contract)."""
    from dealgraph.analyze import export, view

    with errors(), _output(output) as out:
        export.write(export.fact_rows(view.load(open_store())), format, out)


@export_app.command("entities")
def export_entities(format: Annotated[str, typer.Option("--format", "-f", help=FORMATS)] = "jsonl",
                    output: Annotated[str | None, typer.Option("--output", "-o", help="File (default: stdout).")] = None
                    ) -> None:
    """Every entity (merges applied): id, kind, name, names, parent, layer, sector, country."""
    from dealgraph.analyze import export, view

    with errors(), _output(output) as out:
        export.write(export.entity_rows(view.load(open_store())), format, out)


@export_app.command("documents")
def export_documents(format: Annotated[str, typer.Option("--format", "-f", help=FORMATS)] = "jsonl",
                     output: Annotated[str | None, typer.Option("--output", "-o", help="File (default: stdout).")] = None
                     ) -> None:
    """Every stored document: id, title, text (what evidence offsets index), ref_date, source, sha256."""
    from dealgraph.analyze import export

    with errors(), _output(output) as out:
        export.write(export.document_rows(open_store()), format, out)


@export_app.command("graph")
def export_graph(format: Annotated[str, typer.Option("--format", "-f", help="graphml")] = "graphml",
                 output: Annotated[str | None, typer.Option("--output", "-o", help="File (default: stdout).")] = None
                 ) -> None:
    """The entity graph as GraphML: entities as nodes, facts as edges carrying their evidence."""
    from dealgraph.analyze import export, view

    if format != "graphml":
        raise typer.BadParameter("the graph exports as graphml")
    with errors(), _output(output) as out:
        export.write_graphml(view.load(open_store()), out)


from dealgraph.cli.exits import exits  # noqa: E402  (the investor's sales, in their own module)
from dealgraph.cli.report import report  # noqa: E402  (the investor report command, in its own module)

app.command()(report)
app.command()(exits)


def run() -> None:
    app()


__all__ = ["app", "InvalidArgument"]

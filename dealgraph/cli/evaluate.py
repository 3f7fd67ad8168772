"""`dealgraph eval …`: extraction quality against labelled data sets (no database needed)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.table import Table

from dealgraph.errors import DealgraphError
from dealgraph.evaluate.scoring import Counts

if TYPE_CHECKING:
    from dealgraph.evaluate.fewfc import Report

app = typer.Typer(help="Measure extraction quality against labelled data sets.", no_args_is_help=True)
console = Console()
err = Console(stderr=True)


@app.command("fewfc")
def fewfc(paths: Annotated[list[Path], typer.Argument(
              help="FewFC files (JSON Lines with 'content' and 'events'), e.g. train_base.json train_trans.json.")],
          limit: Annotated[int | None, typer.Option(
              "--limit", "-n", min=1, help="Only the first N records of each file.")] = None,
          as_json: Annotated[bool, typer.Option("--json", help="Print the scores as one JSON object.")] = False,
          all_roles: Annotated[bool, typer.Option(
              "--all-roles", help="Also count, in recall, gold arguments of roles no fact fills (way, number …).")
          ] = False,
          errors: Annotated[Path | None, typer.Option(
              "--errors", help="Write each record's missed and spurious tuples to this JSON Lines file.")] = None,
          ref_date: Annotated[str | None, typer.Option(
              "--ref-date", help="Reference date for dates without a year (e.g. 2019-12-31; FewFC records carry "
                                 "none; without it 5月29日 is still found, with no resolved value).")] = None,
          split: Annotated[str | None, typer.Option(
              "--split", help="Score one fixed half of the records: 'dev' (read while writing rules) or 'test' "
                              "(kept unread, to check that a gain holds beyond the sentences read); both by "
                              "default.")] = None
          ) -> None:
    """Role-level precision, recall and F1 on FewFC: 投资 and 股份股权转让 and 减持 (train_base), 收购 and
    中标 and 签署合同 (train_trans).

    Each record runs through the extraction pipeline; facts become FewFC events (data/fewfc.yaml).

    Each (role, mention text) must equal a gold argument of the same record and type (multiset match).

    Every record counts: a prediction in a record without a gold event of the type is a false positive.

    A type is scored only on the files that label it. The acceptance figures are 投资 and 收购; the other
    four measure share transfers, sell-downs, tenders and contracts.
    """
    from dealgraph.evaluate import fewfc as ev

    sink = errors.open("w", encoding="utf-8") if errors else None

    def write(result: ev.RecordResult) -> None:
        assert sink is not None
        sink.write(json.dumps({"file": result.record.file, "id": result.record.id, "type": result.type,
                               "content": result.record.content, "missed": result.missed,
                               "spurious": result.spurious}, ensure_ascii=False) + "\n")

    try:
        report = ev.evaluate(paths, limit, all_roles, write if sink else None, ref_date, split)
    except DealgraphError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(exc.exit_code) from None
    finally:
        if sink:
            sink.close()
    if as_json:
        sys.stdout.write(json.dumps(report.as_dict(), ensure_ascii=False) + "\n")
        return
    _print(report)


def _print(report: Report) -> None:
    table = Table("type", "role", "gold", "pred", "correct", "P", "R", "F1",
                  title=f"FewFC role-level scores · {report.records} records"
                        + (f" · {report.split} half" if report.split else ""))
    for etype, roles in report.roles.items():
        for role, c in sorted(roles.items()):
            table.add_row(etype, role, *_cells(c))
        total = report.type_counts(etype)
        table.add_row(f"[bold]{etype}[/bold]", f"[bold]micro ({report.scored_records[etype]} records)[/bold]",
                      *_cells(total), end_section=True)
    console.print(table)
    if report.failures:
        err.print(f"[yellow]{len(report.failures)} records failed extraction (scored as predicting nothing); "
                  f"first: {report.failures[0][1]}[/yellow]")


def _cells(c: Counts) -> list[str]:
    return [str(c.gold), str(c.predicted), str(c.correct), f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}"]

"""`dealgraph report`: an investor's portfolio, exits, status board, strategy by period and a peer comparison."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

FORMATS = ("md", "html")


def report(investor: Annotated[str, typer.Argument(help="The investor: a name, alias or entity id (阿里巴巴).")],
           compare: Annotated[str | None, typer.Option("--compare", "-c", help="A peer to set beside it (腾讯).")] = None,
           format: Annotated[str, typer.Option("--format", "-f", help="md (Markdown) or html (one offline file "
                                                                      "with charts).")] = "md",
           output: Annotated[str | None, typer.Option("--output", "-o", help="File (default: stdout).")] = None,
           periods: Annotated[str | None, typer.Option(help="Strategy periods, e.g. 2015-2019,2020-2025 "
                                                            "(default: split at the investor's own deal years).")]
           = None) -> None:
    """The investor report: where the money flows by layer and sector, what the group sold (its exits),
    how the companies are doing, how the strategy changed by period (deals and exits), and how it compares
    with a peer. Every row cites its sentence."""
    from dealgraph.analyze import strategy, view
    from dealgraph.cli.main import console, errors, open_store
    from dealgraph.errors import InvalidArgument
    from dealgraph.report import html, markdown
    from dealgraph.report.data import collect

    with errors():
        if format not in FORMATS:
            raise InvalidArgument(f"unknown format {format!r}", "use --format md or --format html")
        g = view.load(open_store())
        data = collect(g, investor, compare, strategy.parse_periods(periods))
        text = markdown.render(data) if format == "md" else html.render(data)
    if output:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        Path(output).write_text(text, encoding="utf-8")
        console.print(f"report written to {output}")
    elif format == "md" and console.is_terminal:
        from rich.markdown import Markdown

        console.print(Markdown(text))
    else:
        sys.stdout.write(text)

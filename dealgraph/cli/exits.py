"""`dealgraph exits`: the companies an investor's group sold shares in, with buyer, stake, proceeds and sentence."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer


def exits(investor: Annotated[str, typer.Argument(help="The investor: a name, alias or entity id (阿里巴巴).")],
          periods: Annotated[str | None, typer.Option(help="Periods for the per-period lines, e.g. 2015-2019,2020-2025 "
                                                           "(default: the report's strategy periods).")] = None,
          as_json: Annotated[bool, typer.Option("--json", help="JSON Lines: one sale per line, with its fact id, "
                                                               "roles, values, result and evidence.")] = False) -> None:
    """The group's exits: its sales of shares in companies (acquisitions with a group member as seller).

    Oldest first: company, date, stake sold, amount (the proceeds), buyer (未披露 when the text names none),
    state, result (完全退出 when the group kept no stake, else 部分出售) and the evidence sentence. Sales
    that are planned, rumoured or denied follow and never count. Then the exits' share of the group's
    transactions per period. The same analysis as the report's Exits section and strategy.
    """
    from rich.table import Column, Table

    from dealgraph.analyze import portfolio, strategy, view
    from dealgraph.analyze.labels import label
    from dealgraph.cli.main import console, errors, open_store, plain
    from dealgraph.report import text as t

    with errors():
        g = view.load(open_store())
        p = portfolio.portfolio(g, investor)
        s = strategy.strategy(p, strategy.parse_periods(periods))
    sales, kept = [*p.exits, *p.exits_apart()], {id(x) for x in p.exits}
    if as_json:
        for x in sales:
            sys.stdout.write(json.dumps(record(x, id(x) in kept), ensure_ascii=False) + "\n")
        return
    table = Table(Column("company", overflow="fold"), "date", Column("stake sold", overflow="fold"),
                  Column("amount", overflow="fold"), Column("buyer", overflow="fold"), "state", "result",
                  Column("evidence", ratio=3, overflow="fold"), show_lines=True)
    for x in sales:
        result = t.exit_result(x) if id(x) in kept else ""
        table.add_row(*plain(x.name, t.date(x.date), t.stake(x.stake), t.money(x.amount, x.year), t.buyers(x),
                             label("modality", x.modality), result, t.sentence(x)))
    console.print(f"{p.name}: {label('exit', 'section')}")
    console.print(table)
    for period in s.periods:
        console.print(f"{period.label}: {t.figure(period, 'exits')}" + (
            f" · {t.exit_mix(period)}" if period.exits else ""), markup=False, highlight=False)
    console.print(f"{len(p.exits)} exits · {len(p.exited_companies())} companies sold out of · "
                  f"{len(sales) - len(p.exits)} not counted (planned, rumoured or denied)")


def record(x, counted: bool) -> dict:  # type: ignore[no-untyped-def]
    """One sale as a JSON object; `full` is null for a sale that does not count."""
    return {"fact": x.fact_id, "company": {"id": x.company, "name": x.name, "layer": x.layer, "sector": x.sector},
            "sellers": x.via, "buyers": x.others, "date": x.date, "stake": x.stake, "amount": x.amount,
            "cny": x.cny.cny if x.cny else None, "modality": x.modality, "counted": counted,
            "full": x.full if counted else None, "evidence": x.evidence}

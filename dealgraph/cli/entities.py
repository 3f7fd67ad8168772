"""`dealgraph entities …`: list, show, find duplicates, merge, split and correct entities."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from dealgraph import settings
from dealgraph.cli import main as cli

app = typer.Typer(help="List entities, show one in full, find duplicates and fix them: merge, split, set. "
                       "Every change is a recorded decision (who, when, why) that survives re-ingestion.",
                  invoke_without_command=True)

WHO = typer.Option("--who", help="Who takes the decision (kept with it).")


@app.callback()
def entities(ctx: typer.Context,
             search: Annotated[str | None, typer.Option("--search", "-s", help="Only entities with a name or id "
                                                                                "containing TEXT.")] = None,
             layer: Annotated[str | None, typer.Option(help="Only this layer: foundation, technology or "
                                                            "application.")] = None,
             sector: Annotated[str | None, typer.Option(help="Only this sector (a key of data/taxonomy.yaml, "
                                                             "e.g. chips, robotics).")] = None,
             kind: Annotated[str | None, typer.Option(help="Only this kind: organization, person or "
                                                           "product.")] = None) -> None:
    """List entities (merges applied), the most cited first.

    Columns: id, kind, name, layer, sector, parent, number of facts. With a subcommand (show,
    candidates, merge, split, set) the listing options are ignored.
    """
    if ctx.invoked_subcommand is not None:
        return
    from dealgraph.analyze import entities as ops
    from dealgraph.analyze import view

    with cli.errors():
        rows = ops.listing(view.load(cli.open_store()), search=search, layer=layer, sector=sector, kind=kind)
    table = Table("id", "kind", "name", "layer", "sector", "parent", "facts")
    for r in rows:
        table.add_row(*cli.plain(r["id"], r["kind"], r["name"], r["layer"] or "", r["sector"] or "",
                                 r["parent_name"] or "", str(r["facts"])))
    cli.console.print(table)
    cli.console.print(f"{len(rows)} entities")


@app.command()
def show(name: Annotated[str, typer.Argument(help="A name, alias or id (阿里, Alibaba, alibaba).")]) -> None:
    """Show one entity in full.

    Its names, parent chain, children, layer and sector with the reason they were chosen, the facts
    naming it with their evidence sentence, and the decisions taken on it.
    """
    from dealgraph.analyze import labels
    from dealgraph.analyze import entities as ops
    from dealgraph.analyze import view

    with cli.errors():
        store = cli.open_store()
        e = ops.show(view.load(store), name, store)
    out = cli.console
    out.print(f"[bold]{escape(e['name'])}[/bold]  ({escape(e['id'])} · {e['kind']} · {e['origin']})")
    out.print(f"names: {', '.join(e['names'])}", markup=False)
    out.print(f"parents: {' → '.join(p['name'] for p in e['parents']) or '—'}", markup=False)
    out.print(f"children: {', '.join(c['name'] for c in e['children']) or '—'}", markup=False)
    out.print(f"layer: {e['layer'] or '—'} ({e['layer_label']}) · sector: {e['sector'] or '—'}"
              f"{' (' + e['sector_label'] + ')' if e['sector_label'] else ''}")
    out.print(f"why: {e['reason'] or '—'}", markup=False)
    if e["merged"]:
        out.print(f"merged into it: {', '.join(e['merged'])}", markup=False)
    out.print(f"facts ({len(e['facts'])}):")
    for f in e["facts"]:
        roles = labels.roles_text(f, names=True)
        out.print(f"- {f['type']} ({f['modality']}) as {', '.join(f['as'])} · {roles}"
                  f"{' · ' + f['date'] if f['date'] else ''}", markup=False)
        for ev in f["evidence"]:
            out.print(f"    “{ev['text']}” [{ev['doc']} {ev['start']}–{ev['end']}]", markup=False, soft_wrap=True)
    for d in e.get("decisions", []):
        state = "" if d["active"] else " (undone)"
        out.print(f"decision {d['id']}: {d['action']} {d['entity_id']} {d['other_id'] or ''} by {d['who']} "
                  f"at {d['at'][:19]}: {d['reason']}{state}")


@app.command()
def candidates(min_score: Annotated[float | None, typer.Option(
        "--min-score", help=f"Lowest score listed, 0 to 1 (default {settings.SAME_AS_THRESHOLD}).")] = None,
               merge_all: Annotated[bool, typer.Option(
                   "--merge", help="Merge every pair listed, best first (each a decision that split undoes).")] = False,
               reason: Annotated[str, typer.Option(help="Why, for --merge.")] = "merged from candidates",
               who: Annotated[str, WHO] = "cli") -> None:
    """List pairs of entities that may be one organisation.

    Best first, each with its score (0 to 1) and the features that made it (same name key, short form,
    lexicon, bigrams, sector …). Merge a true pair with `dealgraph entities merge KEEP OTHER`, or
    every pair listed with --merge; pairs split by hand are not proposed again.
    """
    from dealgraph.analyze import entities as ops

    with cli.errors():
        store = cli.open_store()
        rows = ops.candidates(store, min_score)
        merged = ops.merge_candidates(store, min_score, who, reason) if merge_all else []
    table = Table("score", "keep", "merge", "why", show_lines=True)
    for r in rows:
        table.add_row(*cli.plain(f"{r['score']:.2f}", f"{r['a_name']} ({r['a']})", f"{r['b_name']} ({r['b']})",
                                 r["explanation"]))
    cli.console.print(table)
    if merge_all:
        cli.console.print(f"{len(rows)} candidate pairs · merged {len(merged)} (undo one with "
                          f"`dealgraph entities split ID`)")
    else:
        cli.console.print(f"{len(rows)} candidate pairs" +
                          (" · merge one with `dealgraph entities merge KEEP OTHER --reason …`" if rows else ""))


@app.command()
def merge(keep: Annotated[str, typer.Argument(help="The entity that stays (name or id).")],
          other: Annotated[str, typer.Argument(help="The entity merged into it (name or id).")],
          reason: Annotated[str, typer.Option(help="Why they are one organisation.")] = "merged by hand",
          who: Annotated[str, WHO] = "cli") -> None:
    """Merge OTHER into KEEP.

    Their names, facts and children become one entity. Recorded as a decision with the matcher's
    score; it survives re-ingestion, and `dealgraph entities split` undoes it.
    """
    from dealgraph.analyze import entities as ops

    with cli.errors():
        done = ops.merge(cli.open_store(), keep, other, who, reason)
    cli.console.print(f"merged {done['merged']['name']} ({done['merged']['id']}) into {done['kept']['name']} "
                      f"({done['kept']['id']}) · score {done['score']:.2f} · decision {done['decision']}")


@app.command()
def split(entity: Annotated[str, typer.Argument(help="An entity id, or the name of a merged entity.")],
          reason: Annotated[str, typer.Option(help="Why the merge was wrong.")] = "split by hand",
          who: Annotated[str, WHO] = "cli") -> None:
    """Undo the merges involving ENTITY.

    The merge decisions are deactivated, the entities separate again, and the pairs are not proposed
    as candidates again. Recorded as a decision too.
    """
    from dealgraph.analyze import entities as ops

    with cli.errors():
        done = ops.split(cli.open_store(), entity, who, reason)
    pairs = ", ".join(f"{a} / {b}" for a, b in done["pairs"])
    cli.console.print(f"split {pairs} · undid decisions {', '.join(map(str, done['undid']))} · "
                      f"decision {done['decision']}")


@app.command("set")
def set_(entity: Annotated[str, typer.Argument(help="The entity to correct (name or id).")],
         parent: Annotated[str | None, typer.Option(help="Its parent organisation (name or id).")] = None,
         layer: Annotated[str | None, typer.Option(help="foundation, technology or application.")] = None,
         sector: Annotated[str | None, typer.Option(help="A sector key of data/taxonomy.yaml (chips, robotics …); "
                                                         "brings its layer unless --layer is given.")] = None,
         reason: Annotated[str, typer.Option(help="Why.")] = "",
         who: Annotated[str, WHO] = "cli") -> None:
    """Set an entity's parent, layer or sector by hand.

    The old and new values are kept in a 'set' decision; ingesting never overwrites them.
    """
    from dealgraph.analyze import entities as ops

    with cli.errors():
        done = ops.set_entity(cli.open_store(), entity, parent=parent, layer=layer, sector=sector, who=who,
                              reason=reason)
    changes = ", ".join(f"{k}: {done['old'][k]} → {v}" for k, v in done["new"].items() if k != "reason")
    cli.console.print(f"{done['entity']['name']} ({done['entity']['id']}): {changes} · decision {done['decision']}")

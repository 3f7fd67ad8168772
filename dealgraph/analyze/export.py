"""Exports: facts, entities, documents as JSON Lines, CSV or Parquet; the graph as GraphML."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

from dealgraph.analyze.view import GraphView
from dealgraph.errors import InvalidArgument
from dealgraph.ontology import ontology
from dealgraph.store import Store

ENTITY_FIELDS = ("id", "kind", "name", "names", "parent", "layer", "sector", "country")
DOCUMENT_FIELDS = ("id", "title", "text", "ref_date", "source", "sha256")
FACT_FIELDS = ("id", "type", "modality", "roles", "date", "amount", "stake", "qualifiers", "evidence",
               "confidence", "review")


def entity_rows(view: GraphView) -> Iterator[dict]:
    for e in sorted(view.entities.values(), key=lambda e: e["id"]):
        row = {k: e.get(k) for k in ENTITY_FIELDS}
        row["names"] = list(e.get("names") or [])
        row["parent"] = view.canonical.get(e["parent"], e["parent"]) if e.get("parent") else None
        yield row


def document_rows(store: Store) -> Iterator[dict]:
    for d in store.documents():
        yield {k: d[k] for k in DOCUMENT_FIELDS}


def fact_rows(view: GraphView) -> Iterator[dict]:
    for f in view.facts + view.rejected:
        yield {k: f[k] for k in FACT_FIELDS}


def write(rows: Iterator[dict], fmt: str, out: IO[bytes]) -> int:
    """Write rows in a format; nested values become JSON text in CSV and Parquet cells."""
    rows = list(rows)
    if fmt == "jsonl":
        for row in rows:
            out.write((json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8"))
    elif fmt == "csv":
        text = io.StringIO()
        fields = list(rows[0]) if rows else []
        writer = csv.DictWriter(text, fieldnames=fields)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _cell(v) for k, v in row.items()})
        out.write(text.getvalue().encode("utf-8"))
    elif fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pylist([{k: _cell(v) for k, v in row.items()} for row in rows])
        pq.write_table(table, out)
    else:
        raise InvalidArgument(f"unknown format {fmt!r}", "use jsonl, csv or parquet (graphml for the graph)")
    return len(rows)


def _cell(value: Any) -> Any:
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_graphml(view: GraphView, out: IO[bytes]) -> int:
    """Entities as nodes; each fact with two or more members as edges from its first member (roles in the
    ontology's order) to the others, each edge with the roles of its two ends (an exit's seller is told from
    its buyer and its target: acquirer → seller, or target → seller when the text names no buyer)."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">']
    for key, target in (("name", "node"), ("kind", "node"), ("layer", "node"), ("sector", "node"),
                        ("type", "edge"), ("modality", "edge"), ("fact", "edge"), ("evidence", "edge"),
                        ("source_role", "edge"), ("target_role", "edge")):
        lines.append(f'<key id="{key}" for="{target}" attr.name="{key}" attr.type="string"/>')
    lines.append('<graph id="dealgraph" edgedefault="directed">')
    for e in view.entities.values():
        data = "".join(f'<data key="{k}">{escape(str(e.get(k) or ""))}</data>' for k in ("name", "kind", "layer",
                                                                                        "sector"))
        lines.append(f"<node id={quoteattr(e['id'])}>{data}</node>")
    edges = 0
    for f in view.facts:
        members = [(role, m["id"]) for role in _role_order(f) for m in f["roles"][role]]
        for role, target in members[1:]:
            edges += 1
            data = (f'<data key="type">{escape(f["type"])}</data><data key="modality">{escape(f["modality"])}</data>'
                    f'<data key="fact">{escape(f["id"])}</data>'
                    f'<data key="evidence">{escape(f["evidence"][0]["text"] if f["evidence"] else "")}</data>'
                    f'<data key="source_role">{escape(members[0][0])}</data>'
                    f'<data key="target_role">{escape(role)}</data>')
            lines.append(f"<edge source={quoteattr(members[0][1])} target={quoteattr(target)}>{data}</edge>")
    lines.append("</graph></graphml>")
    out.write("\n".join(lines).encode("utf-8"))
    return edges


def _role_order(fact: dict) -> list[str]:
    """A fact's roles in the ontology's order (acquirer, target, seller), then any other it has."""
    order = [r for r in ontology().fact_type(fact["type"]).role_names if r in fact["roles"]]
    return order + [r for r in fact["roles"] if r not in order]

"""Component: money, percentages, changes, quantities, dates and horizons, with exact offsets."""

from __future__ import annotations

from dealgraph import values as v
from dealgraph.extract.document import Doc, Value


def find_values(doc: Doc) -> None:
    text = doc.text
    found = [Value(s, e, "money", m) for s, e, m in v.find_money(text)]
    found += [Value(s, e, "percent", p) for s, e, p in v.find_percents(text)]
    found += [Value(s, e, "change", c) for s, e, c in v.find_changes(text)]
    found += [Value(s, e, "quantity", x) for s, e, x in v.find_quantities(text)]
    found += [Value(s, e, "horizon", h) for s, e, h in v.find_horizons(text)]
    resolver = v.DateResolver(doc.ref_date)
    for sent in doc.sentences:
        found += [Value(sent.start + s, sent.start + e, "date", d) for s, e, d in resolver.find(sent.text)]
    doc.values = sorted(found, key=lambda x: (x.start, x.end))

"""A deal whose investor or buyer the text leaves unnamed is kept with that role empty, end to end."""

from __future__ import annotations

from dealgraph.analyze import export, labels, overview, portfolio, view
from dealgraph.extract.document import FactRecord, Span
from dealgraph.extract.pipeline import extract
from dealgraph.resolve import resolve_document

TEXT = "云栈智能近日获得5亿元新增投资，投资方未披露。同月，星河资本投资了海镜科技。"


def _rows(doc_id: str = "d1") -> tuple[dict, dict, list[dict]]:
    doc = extract(doc_id, TEXT, "2025-03-01")
    raiser = next(m for m in doc.mentions if m.text == "云栈智能")
    named = [f for f in doc.facts if f.type == "investment" and f.roles["investor"]]
    undisclosed = FactRecord("investment", {"investor": [], "investee": [raiser]},
                             Span(doc.sentences[0].start, doc.sentences[0].end), rule="investment:passive:投资")
    doc.facts = named + [undisclosed]
    resolved = resolve_document(doc)
    row = {"id": doc_id, "sha256": doc_id, "title": "", "text": TEXT, "ref_date": "2025-03-01",
           "ref_date_source": "metadata", "source": "test", "lang": "zh", "meta": {}}
    entities = {eid: dict(vars(e), names=list(e.names)) for eid, e in resolved.entities.items()}
    return row, entities, resolved.facts


def test_an_undisclosed_investor_is_stored_exported_and_shown_as_not_named(store):
    store.save([_rows()])
    g = view.load(store)
    facts = overview.filter_facts(g, types=["investment"])
    lonely = [f for f in facts if not f["roles"].get("investor")]
    assert len(lonely) == 1 and [m["name"] for m in lonely[0]["roles"]["investee"]] == ["云栈智能"]
    assert lonely[0]["evidence"][0]["text"].startswith("云栈智能近日获得")
    assert labels.roles_text(lonely[0]) == f"investor: {labels.rules()['labels']['unnamed']}; investee: 云栈智能"
    named = [f for f in facts if f["roles"].get("investor")]
    assert labels.roles_text(named[0]) == "investor: 星河资本; investee: 海镜科技"
    rows = list(export.fact_rows(g))
    assert any(r["roles"].get("investee") and "investor" not in r["roles"] for r in rows)


def test_an_undisclosed_investor_adds_nothing_to_any_portfolio(store):
    store.save([_rows()])
    g = view.load(store)
    held = portfolio.portfolio(g, "星河资本")
    assert [h.name for h in held.holdings] == ["海镜科技"]

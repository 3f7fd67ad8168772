"""A made-up investor (青禾集团) that buys into companies and later sells out of some, stored through the store API.

Money in and one sale (to 北辰资本) come from extraction; the sales the text states without a buyer (on the
market, 清仓), a partial sale, a planned one and a transfer inside the group are built as facts by hand, the
way extraction will state them (an acquisition whose seller is the group and whose acquirer may be empty).
"""

from __future__ import annotations

from dataclasses import dataclass

from dealgraph.extract.document import Doc, FactRecord, Mention, Span, Value
from dealgraph.extract.pipeline import extract
from dealgraph.resolve import resolve_document
from dealgraph.store import Store

STORY = [
    "2016年，青禾集团以2亿元投资了澜海科技。",
    "2018年，青禾集团以3亿元投资了远岫半导体，持有其20%的股权。",
    "2019年，青禾集团以10亿元收购了海岚机器人60%的股权。",
    "2020年，青禾集团投资了星湾科技。",
    "2021年，青禾集团向北辰资本转让其持有的远岫半导体20%股权，转让价格为5亿元。",
    "2022年，青禾集团出售了海岚机器人10%的股权，作价2亿元。",
    "2023年，青禾集团在二级市场出售了所持澜海科技的全部股份，套现8亿元。",
    "2024年，青禾集团计划出售星湾科技的股权。",
    "2024年，青禾集团将星湾科技的部分股权转让给青禾资本。",
]
TEXT = "".join(STORY)


@dataclass
class Sale:
    """A sale built by hand: words of the sentence it is read from, then the names and value texts."""

    sentence: str  # the sentence opens with this
    seller: str
    target: str
    buyers: tuple[str, ...] = ()
    date: str | None = None
    amount: str | None = None
    stake: str | None = None
    modality: str = "asserted"


SALES = [
    Sale("2022年，青禾集团出售了海岚", "青禾集团", "海岚机器人", date="2022年", amount="2亿元", stake="10%"),
    Sale("2023年，青禾集团在二级市场", "青禾集团", "澜海科技", date="2023年", amount="8亿元"),
    Sale("2024年，青禾集团计划出售", "青禾集团", "星湾科技", date="2024年", modality="planned"),
    Sale("2024年，青禾集团将星湾", "青禾集团", "星湾科技", buyers=("青禾资本",), date="2024年"),
]


def _sentence(doc: Doc, opening: str) -> Span:
    s = next(s for s in doc.sentences if doc.text.startswith(opening, s.start))
    return Span(s.start, s.end)


def _mention(doc: Doc, span: Span, name: str) -> Mention:
    found = [m for m in doc.mentions if m.text == name and span.start <= m.start < span.end]
    assert found, f"extraction found no mention {name!r} in {doc.text[span.start:span.end]}"
    return found[0]


def _value(doc: Doc, span: Span, text: str | None) -> Value | None:
    if text is None:
        return None
    found = [v for v in doc.values if v.text == text and span.start <= v.start < span.end]
    assert found, f"extraction found no value {text!r} in {doc.text[span.start:span.end]}"
    return found[0]


def sale(doc: Doc, s: Sale) -> FactRecord:
    span = _sentence(doc, s.sentence)
    roles = {"acquirer": [_mention(doc, span, b) for b in s.buyers], "target": [_mention(doc, span, s.target)],
             "seller": [_mention(doc, span, s.seller)]}
    return FactRecord("acquisition", roles, span, s.modality, _value(doc, span, s.date), _value(doc, span, s.amount),
                      _value(doc, span, s.stake), rule="test:sale")


@dataclass
class Held:
    """A shareholding built by hand (the stake a sale leaves: 持股降至3%), read from the sentence opening so."""

    sentence: str
    holder: str
    company: str
    stake: str | None = None
    date: str | None = None


def holding(doc: Doc, h: Held) -> FactRecord:
    span = _sentence(doc, h.sentence)
    roles = {"holder": [_mention(doc, span, h.holder)], "company": [_mention(doc, span, h.company)]}
    return FactRecord("shareholding", roles, span, "asserted", _value(doc, span, h.date), None,
                      _value(doc, span, h.stake), rule="test:held")


def rows(doc_id: str, text: str, sales: list[Sale], ref_date: str = "2025-01-01",
         held: tuple[Held, ...] = ()) -> tuple[dict, dict, list[dict]]:
    """A stored document's rows: what extraction reads in `text`, with the built sales (and holdings) in place
    of whatever extraction reads in their sentences (so the story stays the same as extraction learns sales)."""
    doc = extract(doc_id, text, ref_date)
    built = [sale(doc, s) for s in sales] + [holding(doc, h) for h in held]
    doc.facts = [f for f in doc.facts if not any(b.evidence.start <= f.evidence.start < b.evidence.end
                                                 for b in built)] + built
    resolved = resolve_document(doc)
    row = {"id": doc_id, "sha256": doc_id, "title": "", "text": text, "ref_date": ref_date,
           "ref_date_source": "metadata", "source": "test", "lang": "zh", "meta": {}}
    entities = {eid: dict(vars(e), names=list(e.names)) for eid, e in resolved.entities.items()}
    return row, entities, resolved.facts


def save_story(store: Store) -> None:
    """The story stored, with 青禾资本 set as a unit of 青禾集团 (a recorded decision)."""
    from dealgraph.analyze import entities

    store.save([rows("qinghe", TEXT, SALES)])
    entities.set_entity(store, "青禾资本", parent="青禾集团", who="test", reason="a unit of the group")

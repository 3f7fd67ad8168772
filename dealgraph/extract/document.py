"""What extraction works on: one document and the spans found in it.

Nothing here knows about the store; extraction runs anywhere (a Dask worker) without a database.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from dealgraph.extract.spans import SpanIndex

T = TypeVar("T")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(slots=True)  # slots: tens of thousands are made and read per thousand documents
class Mention:
    """A name of an organisation, person or product at exact offsets in the document text."""

    start: int
    end: int
    text: str
    kind: str = "organization"  # organization | person | product
    key: str = ""  # resolution key: a lexicon id, or "name:<normalised name>"
    source: str = "shape"  # lexicon | shape | quote | english | coref | context
    canonical: str = ""  # the full name this mention stands for in the document (短名 → 全名)

    def __post_init__(self) -> None:
        if not self.canonical:
            self.canonical = self.text


@dataclass
class Value:
    """A typed value (money, percent, change, quantity, date, horizon) at exact offsets."""

    start: int
    end: int
    kind: str
    value: Any

    @property
    def text(self) -> str:
        return self.value.text if hasattr(self.value, "text") else str(self.value)


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    paragraph: int
    index: int


@dataclass
class FactRecord:
    """One statement of a fact, as read from one place in one document."""

    type: str
    roles: dict[str, list[Mention]]
    evidence: Span
    modality: str = "asserted"
    date: Value | None = None
    amount: Value | None = None
    stake: Value | None = None
    qualifiers: dict[str, Any] = field(default_factory=dict)
    confidence: float = 0.8
    rule: str = ""  # the rule that produced it, for explanations


@dataclass
class Doc:
    id: str
    text: str
    ref_date: str | None = None
    title: str = ""
    lang: str = "zh"
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    values: list[Value] = field(default_factory=list)
    facts: list[FactRecord] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # 上述两家合伙企业 / 上述股东 at a start: the parties listed before that the collective word stands for
    groups: dict[int, list[Mention]] = field(default_factory=dict)
    _indexes: dict[str, SpanIndex] = field(default_factory=dict, repr=False, compare=False)
    _derived: dict[str, tuple[list[Mention], int, Any]] = field(default_factory=dict, repr=False, compare=False)
    _sentence_starts: tuple[list[Sentence] | None, list[int]] = field(default=(None, []), repr=False, compare=False)

    def index(self, name: str) -> SpanIndex:
        """Position index of `mentions` or `values`, rebuilt when a component replaces the list."""
        items = getattr(self, name)
        found = self._indexes.get(name)
        if found is not None and found.items is items and len(found.starts) == len(items):
            return found  # found.is_for(items), inlined: frames ask for an index tens of times per sentence
        found = self._indexes[name] = SpanIndex(items)
        return found

    def of_mentions(self, name: str, build: Callable[[Doc], T]) -> T:
        """build(self), kept until a component replaces or extends `mentions`: what rules derive from all the
        mentions of a long document (counts, sources) is built once, not once per sentence."""
        found = self._derived.get(name)
        if found is not None and found[0] is self.mentions and found[1] == len(self.mentions):
            return found[2]  # type: ignore[no-any-return]
        value = build(self)
        self._derived[name] = (self.mentions, len(self.mentions), value)
        return value

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence holding pos, found by bisection (sentences are in order and do not overlap)."""
        of, starts = self._sentence_starts
        if of is not self.sentences or len(starts) != len(of):  # built again when a component changes the sentences
            of, starts = self.sentences, [s.start for s in self.sentences]
            self._sentence_starts = (of, starts)
        i = bisect_right(starts, pos) - 1
        return self.sentences[i] if i >= 0 and pos < self.sentences[i].end else None

    def named(self, text: str) -> list[Mention]:
        """The mentions whose text is `text`, looked up (kept until a component changes `mentions`), not walked."""
        return self.of_mentions("by_text", _by_text).get(text, [])

    # The two lookups below inline index(): rules call them about a hundred thousand times per
    # thousand documents, and the call of index() was a third of their cost.
    def mentions_in(self, start: int, end: int, kinds: tuple[str, ...] | None = None) -> list[Mention]:
        items, found = self.mentions, self._indexes.get("mentions")
        if found is None or found.items is not items or len(found.starts) != len(items):
            found = self.index("mentions")
        return found.within(start, end, kinds)

    def values_in(self, start: int, end: int, kind: str | None = None) -> list[Value]:
        items, found = self.values, self._indexes.get("values")
        if found is None or found.items is not items or len(found.starts) != len(items):
            found = self.index("values")
        return found.within(start, end, None if kind is None else (kind,))


def _by_text(doc: Doc) -> dict[str, list[Mention]]:
    """The document's mentions by their text, in the order of `mentions` (for Doc.named)."""
    out: dict[str, list[Mention]] = {}
    for m in doc.mentions:
        out.setdefault(m.text, []).append(m)
    return out

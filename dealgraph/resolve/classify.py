"""Layer and sector of an organisation no lexicon knows, from its names, else from what the document says of it.

The name decides when it holds a taxonomy keyword (穹芯半导体 → chips). Otherwise each mention of the
organisation reads its most telling place: a clause of its sentence that describes what it does
(主要设计…, 专注于…), else its own clause, else its sentence. Describing clauses outrank clauses, which
outrank sentences; within the best rank found the most frequent sector wins. Other organisations'
names are masked first, so that 澄川资本 in a sentence about 栖岩存储 does not make it an investor,
and deal words never make an investor of anyone (data/resolve.yaml: context_skips). The reason
names the word that decided and where it was read.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache

import ahocorasick_rs

from dealgraph import taxonomy as taxonomy_mod
from dealgraph.extract.document import Doc, Mention
from dealgraph.extract.topics import clause_end, clause_start
from dealgraph.resolve.matching import words
from dealgraph.taxonomy import Classification

TIERS = ("describing clause", "clause", "sentence")  # the places read around a mention, most telling first
MASK = "□"


def classify_entity(doc: Doc, names: Sequence[str], mentions: Sequence[Mention],
                    others: Sequence[Mention]) -> Classification | None:
    """Sector and layer for the entity named `names`, mentioned at `mentions`; `others` are the other
    organisations' mentions in the document (masked out of the context)."""
    return by_name(names) or by_context(doc, mentions, others)


def by_name(names: Sequence[str]) -> Classification | None:
    for name in names:
        found = _classify_name(name)
        if found:
            return found
    return None


@lru_cache(maxsize=8192)  # the same names come back in document after document
def _classify_name(name: str) -> Classification | None:
    found = taxonomy_mod.load().classify(name)
    return Classification(found.sector, found.layer, f"{found.reason} (name '{name}')") if found else None


def by_context(doc: Doc, mentions: Sequence[Mention], others: Iterable[Mention],
               masked_base: str | None = None) -> Classification | None:
    """The sector most mentions point to, reading for each mention its most telling place only; a
    describing clause outranks a plain clause, which outranks a sentence.

    masked_base, when given, is doc.text already masked at a set of mentions that, together with
    `mentions`, covers `others` (masking is a union of spans, so masking the rest on top gives the same text)."""
    if masked_base is None:
        masked = _skip_words(_masked(doc.text, [*mentions, *others]))
    else:
        todo = [m for m in mentions if masked_base.count(MASK, m.start, m.end) < m.end - m.start]
        masked = _skip_words_on_top(masked_base, todo)
    votes: dict[int, dict[str, int]] = {}  # tier → sector → places; a tier is here once it has a vote
    first: dict[str, Classification] = {}
    seen: set[tuple[int, int]] = set()
    for m in mentions:
        for tier, (start, end) in _contexts(doc, masked, m, others):
            found = _classify_span(masked, start, end)
            if not found:
                continue
            if (start, end) not in seen:
                tally = votes.setdefault(tier, {})
                tally[found.sector] = tally.get(found.sector, 0) + 1
                seen.add((start, end))
            first.setdefault(found.sector, Classification(
                found.sector, found.layer, f"{found.reason} (in '{_short(doc.text[start:end].strip())}')"))
            break
    if not votes:
        return None
    tier = min(votes)
    order = list(first)
    sector, n = max(votes[tier].items(), key=lambda kv: (kv[1], -order.index(kv[0])))
    best = first[sector]
    return Classification(best.sector, best.layer,
                          f"{best.reason}; {n} of {sum(votes[tier].values())} {TIERS[tier]}s")


def _contexts(doc: Doc, masked: str, m: Mention, others: Iterable[Mention]) -> Iterator[tuple[int, tuple[int, int]]]:
    """The places to read, most telling first: a describing clause, the mention's clause, its sentence
    (yielded one by one: the reader stops at the first that names a sector).

    A describing clause counts only when no other organisation opens a clause between it and the mention.
    """
    holding = doc.index("sentences").covering(m.start, m.start + 1)  # s.start <= m.start < s.end
    sentence = (holding[0].start, holding[0].end) if holding else \
        (max(0, m.start - 60), min(len(masked), m.end + 60))
    for c in _cue_clauses_cached(masked, sentence):
        if not _subject_between(doc.text, others, m, c, sentence[0]):
            yield 0, c
    yield 1, (clause_start(masked, m.start, sentence[0]), clause_end(masked, m.end, sentence[1]))
    yield 2, sentence


def _subject_between(text: str, others: Iterable[Mention], m: Mention, span: tuple[int, int],
                     sentence_start: int) -> bool:
    """Another organisation opens a clause between the mention and the span (…，B主要设计… is B's)."""
    low, high = min(m.end, span[0]), max(m.start, span[1])
    starting = getattr(others, "starting", None)  # the resolver's others answer a range by bisect
    near = starting(low, high) if starting is not None else others
    return any(low <= o.start < high and clause_start(text, o.start, sentence_start) == o.start for o in near)


@lru_cache(maxsize=1024)  # each mention of a sentence, for each entity, reads the same masked text
def _cue_clauses_cached(text: str, sentence: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """The clauses of the sentence that hold a describing cue (主要设计…), at each cue's first place
    (one pass of an automaton over the sentence, not one search per cue)."""
    out, seen, lowered, (low, high) = set(), set(), _lower(text), sentence
    for i, start, _ in _cue_automaton().find_matches_as_indexes(lowered[low:high], overlapping=True):
        if i not in seen:  # a cue's matches come by end, so its first is its leftmost (lowered.find)
            seen.add(i)
            at = low + start
            out.add((clause_start(text, at, low), clause_end(text, at, high)))
    return tuple(sorted(out))


@cache
def _cue_automaton() -> ahocorasick_rs.AhoCorasick:
    """Every match of every describing cue, overlapping ones too."""
    return ahocorasick_rs.AhoCorasick(list(dict.fromkeys(words().description_cues)))


def _classify_span(text: str, start: int, end: int) -> Classification | None:
    return _classify_place(text[start:end])


@lru_cache(maxsize=4096)  # other entities read the same sentences, masked alike or not
def _classify_place(place: str) -> Classification | None:
    return taxonomy_mod.load().classify("", place)


_lower = lru_cache(maxsize=4)(str.lower)  # the same masked document comes back for each mention and entity


def _masked(text: str, mentions: Sequence[Mention]) -> str:
    parts, pos = [], 0
    for start, end in sorted((m.start, m.end) for m in mentions):
        start = max(start, pos)
        if end > start:
            parts += [text[pos:start], MASK * (end - start)]
            pos = end
    parts.append(text[pos:])
    return "".join(parts)


@cache
def _skipped() -> re.Pattern[str] | None:
    tax = taxonomy_mod.load()
    found = [w for key in words().context_skips if key in tax.sectors for w in tax.sectors[key].keywords]
    if not found:
        return None
    return re.compile("|".join(re.escape(w) for w in sorted(found, key=len, reverse=True)), re.I)


@cache
def _skip_automaton() -> ahocorasick_rs.AhoCorasick | None:
    """The keywords of _skipped() in one automaton run over ASCII-lowered text: it finds what the
    case-blind pattern finds (leftmost, longest first) when every keyword is made of ASCII and caseless
    characters (风险投资, venture capital); None otherwise, and the pattern itself reads."""
    pattern = _skipped()
    if pattern is None:
        return None
    found = [w for key in words().context_skips if key in taxonomy_mod.load().sectors
             for w in taxonomy_mod.load().sectors[key].keywords]
    if not all(w and all(c.isascii() or c.lower() == c.upper() == c for c in w) for w in found):
        return None
    lowered = list(dict.fromkeys(w.translate(_ASCII_LOWER) for w in found))
    return ahocorasick_rs.AhoCorasick(lowered, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
# The only characters beyond ASCII that a case-blind pattern matches to an ASCII letter (İ ı ſ K, the
# Kelvin sign): a text holding one is read by the pattern itself.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


@lru_cache(maxsize=4)  # the base text and the masked texts of a document
def _skip_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where the keywords of _skipped() stand in text: the matches of the pattern, left to right."""
    automaton = _skip_automaton()
    if automaton is not None and not any(c in text for c in _FOLDS_TO_ASCII):
        return tuple((s, e) for _, s, e in automaton.find_matches_as_indexes(text.translate(_ASCII_LOWER)))
    pattern = _skipped()
    return tuple(m.span() for m in pattern.finditer(text)) if pattern else ()


@lru_cache(maxsize=4)  # the same masked document comes back for each entity of it
def _skip_words(text: str) -> str:
    """Mask the keywords of sectors that context may not decide (same length, offsets unchanged)."""
    spans = _skip_spans(text)
    if not spans:
        return text
    parts, pos = [], 0
    for start, end in spans:
        parts += [text[pos:start], MASK * (end - start)]
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def _skip_words_on_top(base: str, todo: Sequence[Mention]) -> str:
    """_skip_words(_masked(base, todo)) without running the keyword pattern over the whole text again
    for each entity: base's skipped text with todo masked on top gives the same string when no keyword
    match of base touches a todo span (masking only removes matches: no keyword holds MASK), else the
    long way."""
    if not todo:
        return _skip_words(base)
    found = _skip_matches(base)
    if found is None:
        return _skip_words(_masked(base, todo))
    starts, ends = found
    for m in todo:
        i = bisect_left(ends, m.start + 1)  # the first match ending after m.start
        if m.end > m.start and i < len(starts) and starts[i] < m.end:
            return _skip_words(_masked(base, todo))
    return _masked(_skip_words(base), todo)


@lru_cache(maxsize=4)  # the base text of a document, once
def _skip_matches(text: str) -> tuple[list[int], list[int]] | None:
    """Starts and ends of the keyword matches _skip_words masks (in order, not overlapping); None when
    a keyword holds MASK itself (then masking could make matches and the shortcut does not hold)."""
    pattern = _skipped()
    if pattern is not None and MASK in pattern.pattern:
        return None
    found = _skip_spans(text)
    return [s for s, _ in found], [e for _, e in found]


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit] + "…"

"""Sentence and clause boundaries, with exact offsets."""

from __future__ import annotations

import re

from dealgraph.extract.document import Doc, Sentence

_LINE = re.compile(r"[^\n]+")
_ZH_SENTENCE = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’」』\"]?|$)")
_EN_SPLIT = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z\"“0-9])")
_ABBREV = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Inc|Corp|Ltd|Co|St|Jr|Sr|No|vs|U\.S|e\.g|i\.e)\.$")
# "on Aug. 12, raising $20 million": an abbreviated month before a day number ends no sentence
_MONTH_ABBREV = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")
_EN_WORDS = re.compile(r"[A-Za-z]{3,} [a-z]{2,}")  # two English words in a row: the chunk may hold English sentences
CLAUSE_BREAK = re.compile(r"[，,；;：:]")
# A digest written as bullets on one line, each closed by its source mark: 行业动态 - 澄川智能已递表 [1] - 青禾科技
# 通过聆讯 [2]: a spaced dash between Chinese text (or a mark) and the next Chinese item opens a new sentence.
_BULLET = re.compile(r"(?<=[\u4e00-\u9fff\]）)%])\s+[-–—•]\s+(?=[\u4e00-\u9fff“\"「])")


def split_sentences(doc: Doc) -> None:
    for paragraph, line in enumerate(_LINE.finditer(doc.text)):
        for m in _ZH_SENTENCE.finditer(line.group()):
            if m.end() > m.start():
                for part_start, part_end in _bullet_parts(doc.text, line.start() + m.start(), line.start() + m.end()):
                    for start, end in _english_parts(doc.text, part_start, part_end):
                        _add(doc, start, end, paragraph)


def _bullet_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cuts = [start] + [b.end() for b in _BULLET.finditer(text, start, end)] + [end]
    return list(zip(cuts, cuts[1:]))


def _english_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    chunk = text[start:end]
    if not _EN_WORDS.search(chunk):
        return [(start, end)]
    cuts = [start]
    for m in _EN_SPLIT.finditer(chunk):
        before = text[cuts[-1]:start + m.start()]
        if not _ABBREV.search(before) and not (_MONTH_ABBREV.search(before) and chunk[m.end():m.end() + 1].isdigit()):
            cuts.append(start + m.end())
    cuts.append(end)
    return list(zip(cuts, cuts[1:]))


def _add(doc: Doc, start: int, end: int, paragraph: int) -> None:
    while start < end and doc.text[start].isspace():
        start += 1
    while end > start and doc.text[end - 1].isspace():
        end -= 1
    if end > start:
        doc.sentences.append(Sentence(start, end, doc.text[start:end], paragraph, len(doc.sentences)))


def clauses(text: str) -> list[tuple[int, int]]:
    """Clause ranges (relative offsets) within one sentence."""
    cuts = [0] + [m.end() for m in CLAUSE_BREAK.finditer(text)] + [len(text)]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]

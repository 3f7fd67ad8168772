"""Sentence and clause boundaries, with exact offsets."""

from __future__ import annotations

import re

from dealgraph.extract.document import Doc, Sentence

_LINE = re.compile(r"[^\n]+")
_ZH_SENTENCE = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’」』\"]?|$)")
_EN_SPLIT = re.compile(r"(?<=[.!?])[\"”’]?\s+(?=[A-Z\"“0-9])")
_ABBREV = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Inc|Corp|Ltd|Co|St|Jr|Sr|No|vs|U\.S|e\.g|i\.e)\.$")
# "on Aug. 12, raising $20 million": an abbreviated month before a day number ends no sentence
# "Fidelity, T. Rowe Price and Vireo": a first-name initial in a list or after by/with/from ends no sentence (not "a Series
# A. The round …": a letter after a word)
_INITIAL = re.compile(r"(?:^|, |\b(?:and|by|with|from|including) )[A-Z]\.$")
_MONTH_ABBREV = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$")
_EN_WORDS = re.compile(r"[A-Za-z]{3,} [a-z]{2,}")  # two English words in a row: the chunk may hold English sentences
CLAUSE_BREAK = re.compile(r"[，,；;：:]")
# A digest written as bullets on one line, each closed by its source mark: 行业动态 - 澄川智能已递表 [1] - 青禾科技
# 通过聆讯 [2]: a spaced dash between Chinese text (or a mark) and the next Chinese item opens a new sentence.
_BULLET = re.compile(r"(?<=[\u4e00-\u9fff\]）)%])\s+[-–—•]\s+(?=[\u4e00-\u9fff“\"「])")
_BULLET_MARK = re.compile(r"[-–—•]")  # what every _BULLET holds
# A digest that lists deals separated by bare spaces: 包括远山股份收购青禾科技 北辰电子收购蓝湾微 华岭收购NOVA
# 东江发展投资启明智能. A run of spaces before a Chinese character opens a new sentence when the short runs on both
# sides each hold a deal verb and the run after it ends where the next space or the sentence ends (a run going on
# past a comma is a body of text, not a digest item). A space inside one clause (2021 年 3 月, Star AI 的股东,
# 渤海50 号信托) leaves no verb on one side, or stands after a digit, and cuts nothing.
_SPACE = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z%）)\]])[ \u3000]+(?=[\u4e00-\u9fff])")
_SPACE_RUN_VERB = re.compile(r"收购|并购|投资|入股|增资|领投|参投|跟投|认购|买下|购入|出售|转让|减持|增持|中标|签署|签约|"
                             r"融资|创立|创办|成立|设立|合并")
_SPACE_RUN_MAX = 40  # a digest item is one short clause
_RUN_STOP = re.compile(r"[，,；;：:。！？!?]")


# A news headline glued to its body with no stop between them (岚州电子：中标3亿元临江项目岚州电子（300912）7月4日晚间
# 公告，公司…): a short name, a colon, the headline, then the body opening with the same name and its stock code. The
# body starts a sentence of its own, so the headline's words are not read into the body's names and clauses.
_GLUED_HEADLINE = re.compile(r"\s*(?:[【\[][^】\]\n]{1,12}[】\]]\s*)?(?P<name>[\u4e00-\u9fffA-Za-z*]{2,8})\s*[:：]"
                             r"[^。；;!！?？:：\n]{2,80}?(?=(?P=name)\s*[(（](?:\d{6}|\d{4,5})(?:\.[A-Z]{2})?[)）])")


def glued_headline_end(text: str, start: int, end: int) -> int | None:
    """Where a headline glued to the body that follows it ends, when the text from start opens with one."""
    m = _GLUED_HEADLINE.match(text, start, end)
    return m.end() if m is not None else None


def split_sentences(doc: Doc) -> None:
    for paragraph, line in enumerate(_LINE.finditer(doc.text)):
        for cell_start, cell_end in _cells(line):
            for m in _ZH_SENTENCE.finditer(doc.text, cell_start, cell_end):
                if m.end() > m.start():
                    for part_start, part_end in _headline_parts(doc.text, m.start(), m.end()):
                        _split_part(doc, part_start, part_end, paragraph)


def _headline_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    cut = glued_headline_end(text, start, end)
    return [(start, end)] if cut is None else [(start, cut), (cut, end)]


def _split_part(doc: Doc, start: int, end: int, paragraph: int) -> None:
    for part_start, part_end in _bullet_parts(doc.text, start, end):
        for space_start, space_end in _space_parts(doc.text, part_start, part_end):
            for s, e in _english_parts(doc.text, space_start, space_end):
                _add(doc, s, e, paragraph)


# A table's row (cells apart by tabs, as the readers write them, or by two pipes or more, as Markdown writes them):
# each cell is a sentence of its own, so that no sentence reader reads a deal across the cells of a row (2024年8月
# <tab>收购<tab>3亿元<tab>青湖集团 states nothing a sentence states); extract/tables.py reads the rows as rows.
_CELL_MARK = re.compile(r"[\t|｜]")


def _cells(line: re.Match) -> list[tuple[int, int]]:
    text = line.group()
    if "\t" not in text and text.count("|") + text.count("｜") < 2:
        return [(line.start(), line.end())]
    cuts = [line.start() - 1] + [line.start() + m.start() for m in _CELL_MARK.finditer(text)] + [line.end()]
    return [(a + 1, b) for a, b in zip(cuts, cuts[1:]) if b > a + 1]


def _bullet_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if _BULLET_MARK.search(text, start, end) is None:  # no dash or dot, no bullet (one quick pass first)
        return [(start, end)]
    cuts = [start] + [b.end() for b in _BULLET.finditer(text, start, end)] + [end]
    return list(zip(cuts, cuts[1:]))


def _space_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut a spaced digest into its clauses (see _SPACE): each cut stands between two runs holding a deal verb."""
    if " " not in text[start:end] and "\u3000" not in text[start:end]:
        return [(start, end)]
    gaps = [(g.start(), g.end()) for g in _SPACE.finditer(text, start, end)]
    if not gaps:
        return [(start, end)]
    cuts = [start]
    for i, (gap_start, gap_end) in enumerate(gaps):
        left = _run_back(text, gaps[i - 1][1] if i else start, gap_start)
        right = text[gap_end:gaps[i + 1][0] if i + 1 < len(gaps) else end].rstrip()
        mark = _RUN_STOP.search(right)
        if mark is None or mark.end() == len(right) and right[-1] in "。！？!?":
            if len(left) <= _SPACE_RUN_MAX and len(right) <= _SPACE_RUN_MAX \
                    and _SPACE_RUN_VERB.search(left) and _SPACE_RUN_VERB.search(right):
                cuts.append(gap_end)
    cuts.append(end)
    return list(zip(cuts, cuts[1:]))


def spaced_clause_starts(text: str) -> list[int]:
    """Where each clause of a spaced digest opens (see _SPACE), over the whole text: name finders that look for a
    subject at a clause start read these too."""
    if " " not in text and "\u3000" not in text:
        return []
    starts: list[int] = []
    for line in _LINE.finditer(text):
        if " " not in line.group() and "\u3000" not in line.group():
            continue  # a line without spaces is cut by no space (_space_parts)
        for m in _ZH_SENTENCE.finditer(line.group()):
            for part_start, part_end in _bullet_parts(text, line.start() + m.start(), line.start() + m.end()):
                starts += [start for start, _ in _space_parts(text, part_start, part_end)[1:]]
    return starts


def _run_back(text: str, start: int, end: int) -> str:
    """The run before a space back to the last clause or sentence mark (or the previous space)."""
    run = text[start:end]
    marks = list(_RUN_STOP.finditer(run))
    return run[marks[-1].end():] if marks else run


def _english_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    chunk = text[start:end]
    if not _EN_WORDS.search(chunk):
        return [(start, end)]
    cuts = [start]
    for m in _EN_SPLIT.finditer(chunk):
        before = text[cuts[-1]:start + m.start()]
        if not _ABBREV.search(before) and not (_MONTH_ABBREV.search(before) and chunk[m.end():m.end() + 1].isdigit()) \
                and not (_INITIAL.search(before) and re.match(r"[A-Z][a-z]+ [A-Z]", chunk[m.end():])):
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

"""Speed rewrites that must not change a match: grammar.quick and the mood cues of grammar._cues."""

import re

from dealgraph.extract.grammar import _cues, quick

TEXTS = ["本次交易的转让方为澄川资本，此前的被投企业中有青禾电子。", "该笔收购尚需获得监管批准", "以1,250万元受让，(行情600000,诊股)",
         "Northwind said its purchase stays Subject to two approvals, PENDING a vote.", "", "岚山创投拟投资", "低于预期，符合预期"]


def _spans(p: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in p.finditer(text)]


def test_quick_tests_the_first_character_and_keeps_every_match() -> None:
    for pattern, flags in [(r"(?:本次|此次|该笔)?(?:交易)?的?(?:转让方|出让方)(?:为|是)", 0),
                           (r"(?:^|(?<=[，,]))\s*(?:本次)?(?P<k>投资|收购)", 0),
                           (r"(?<!低于)预期|\bsubject to (?:\w+ ){0,3}?approvals?\b", re.I),
                           (r"(?:(?<![0-9]),|,(?![0-9]{3}(?![0-9]))|[，；。])", 0)]:
        fast, plain = quick(pattern, flags), re.compile(pattern, flags)
        assert fast.pattern.startswith("(?=[")
        for text in TEXTS:
            assert _spans(fast, text) == _spans(plain, text)
            for a in range(len(text)):
                x, y = fast.search(text, a, a + 8), plain.search(text, a, a + 8)
                assert (x and x.span()) == (y and y.span())


def test_quick_leaves_a_pattern_whose_first_character_cannot_be_told() -> None:
    for pattern in (r"(?:本次)?", r"[^，,]{0,4}?收购", r".收购", r"(?i:a)b"):
        assert quick(pattern).pattern == pattern  # may match nothing / opens with any character / a flag of its own


def test_mood_cue_test_after_its_first_character_reads_the_words_before() -> None:
    (_, cue), = _cues({"expected": ["预期", "有望"]}, {"预期": ["低于", "不及"]}, {"有望": ["成为"]})
    assert [m.start() for m in cue.finditer("业绩低于预期，公司预期年底交割，不及预期，有望成为龙头，有望完成")] == [9, 28]


def test_clause_marks_of_a_sentence_give_the_clauses_of_a_scan() -> None:
    from dealgraph.extract.topics import Clauses, clause_end, clause_start

    for text in TEXTS + ["澄川资本以12,500万元受让青禾电子5%股权,交易价格为1,2345元；其中：首付(编号:QH01,二期)为3,000", "收购完成后,1,23"]:
        for floor, ceiling in ((0, len(text)), (2, max(2, len(text) - 3))):
            marks = Clauses(text, floor, ceiling)
            for pos in range(len(text)):
                assert marks.start(pos) == clause_start(text, pos, floor)
                assert marks.end(pos) == clause_end(text, pos, ceiling)

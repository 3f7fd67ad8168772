"""The English grammar's faster regex forms match exactly what the plain forms match."""

import random
import re

from dealgraph.extract.english_reader import _AT_WORD_START, _possessive, _word_list, grammar, one_of

WORDS = ("firm", "firms", "fund", "funds", "fund manager", "company", "co-founder", "lab", "labs", "laboratory",
         "start-up", "startup", "app")


def _matches(pattern: str, text: str, flags: int = re.I) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(pattern, text, flags)]


def _texts(seed: int, n: int = 300) -> list[str]:
    rng = random.Random(seed)
    pieces = [*WORDS, "the", "a", "«o1»", "«o2»", "Firm", "LAB", "s", "-", " ", ",", "x", "manager", "up"]
    return [" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(n)]


def test_word_trie_matches_like_the_longest_first_alternation():
    trie = _word_list(WORDS)
    assert trie != one_of(list(WORDS))  # a trie was built, not the plain list
    for text in _texts(1):
        for rest in ("", r"\b", r" «o\d»"):  # alone, at a word's end, and followed by more pattern
            assert _matches(f"(?:{trie}){rest}", text) == _matches(f"(?:{one_of(list(WORDS))}){rest}", text), text


def test_word_list_with_regex_or_case_twins_stays_an_alternation():
    assert _word_list(("rounds?", "deal")) == one_of(["rounds?", "deal"])
    assert _word_list(("Nasdaq", "NASDAQ Composite")) == one_of(["Nasdaq", "NASDAQ Composite"])
    assert _word_list(("Nasdaq", "Nasdaq Composite")) != one_of(["Nasdaq", "Nasdaq Composite"])


def test_possessive_runs_match_the_same():
    for raw in (r"(?:[\w&-]+ ){0,2}?(?:firm|fund) «o\d»", r"(?:the|an?) (?:[\w.&-]+ ){0,5}?lab\b", r"[\w-]* x"):
        tight = _possessive(raw)
        assert tight != raw
        for text in _texts(2):
            assert _matches(tight, text) == _matches(raw, text), (raw, text)


def test_possessive_leaves_classes_that_hold_a_space_or_are_negated():
    for raw in (r"[^«».]+ x", r"[\w\s]+ x", r"[\w ]+ x", r"\[a]+ x"):
        assert _possessive(raw) == raw


def test_word_start_guard_keeps_every_match_start_but_inside_a_word():
    body = r"(?:[\w-]+ )?(?:firm|fund)s? «o\d»|, «o\d»"
    for text in _texts(3):
        plain = [m for m in re.finditer(body, text, re.I)]
        guarded = _matches(f"{_AT_WORD_START}(?:{body})", text)
        inside = [m.span() for m in plain if 0 < m.start() < len(text)
                  and re.match(r"[\w&-]", text[m.start() - 1]) and re.match(r"[\w&-]", text[m.start()])]
        if not inside:  # where no plain match starts inside a word, the guarded pattern finds the same
            assert guarded == [m.span() for m in plain], text


def test_grammar_patterns_compile_with_the_guard_and_find_a_round():
    g = grammar()
    assert all(p.regex.pattern.startswith(_AT_WORD_START) for p in g.patterns)
    from dealgraph.extract.pipeline import extract

    facts = extract("t", "Northwind Robotics raised $20 million in a Series B round led by Lanting Ventures.",
                    "2025-06-30").facts
    assert any(f.type == "investment" and any(m.text == "Lanting Ventures" for m in f.roles.get("investor", []))
               for f in facts)

"""The faster lookups give what the plain ones gave: taxonomy keywords by automaton, remembered lexicon
lookups and proper names, Doc.mentions_in/values_in without index()."""

import re

from dealgraph import lexicon, taxonomy
from dealgraph.extract.document import Doc, Mention, Value
from dealgraph.resolve import matching

SENTENCES = [
    "澄川半导体主要设计AI芯片和GPU芯片，并为晶圆代工厂提供封测服务。",
    "星岚智能是一家专注于自动驾驶与机器人的公司，其处理器由合作方代工。",
    "Harbor Peak builds GPU servers and FPGA boards for chipmakers and cloud computing.",
    "这家公司今年没有任何技术业务。",
    "",
]


def _alternation_classify(tax: taxonomy.Taxonomy, name: str, context: str) -> taxonomy.Classification | None:
    """What classify did before: findall of one alternation of the keywords, longest first."""
    pattern = re.compile("|".join(re.escape(w) for w in sorted(tax._by_keyword, key=len, reverse=True)))
    for where, text in (("name", name), ("context", context)):
        hits = pattern.findall(text.lower())
        if hits:
            word = max(hits, key=len)
            key = tax._by_keyword[word]
            return taxonomy.Classification(key, tax.sectors[key].layer, f"{where} contains '{word}' → {key}")
    return None


def test_taxonomy_automaton_finds_what_the_alternation_found():
    tax = taxonomy.load()
    found = 0
    for sentence in SENTENCES:
        for name, context in ((sentence, ""), ("", sentence), (sentence[:6], sentence)):
            assert tax.classify(name, context) == _alternation_classify(tax, name, context)
            found += tax.classify(name, context) is not None
    assert found >= 6


def test_taxonomy_prefers_the_longest_keyword_at_a_place():
    found = taxonomy.load().classify("澄川AI芯片科技")
    assert found is not None and "'ai芯片'" in found.reason


def test_remembered_lexicon_lookup_equals_a_fresh_one():
    lex = lexicon.load()
    fresh = lexicon.Lexicon(lex.entries)
    names = [n for entry in list(lex.entries.values())[:50] for n in entry.names] + ["澄川半导体", "星岚智能", ""]
    for name in names * 2:  # the second round reads the memo
        assert lex.lookup(name) == fresh.lookup(name)
    assert any(lex.lookup(n) is not None for n in names)


def test_remembered_lexicon_lookup_starts_over_when_full(monkeypatch):
    lex = lexicon.Lexicon(lexicon.load().entries)
    monkeypatch.setattr(lexicon, "LOOKUP_MEMO", 3)
    for name in ("甲乙科技", "丙丁科技", "戊己科技", "庚辛科技"):
        lex.lookup(name)
    assert len(lex._looked_up) == 1


def test_proper_name_is_remembered_and_unchanged():
    assert matching.proper_name("澄川半导体") and not matching.proper_name("公司")
    assert matching.proper_name("澄川半导体") == matching.proper_name.__wrapped__("澄川半导体")
    assert matching.proper_name.cache_info().hits >= 1


def test_span_lookups_follow_a_replaced_or_grown_list():
    doc = Doc("d", "澄川半导体收购星岚智能51%股权")
    doc.mentions = [Mention(0, 5, "澄川半导体"), Mention(7, 11, "星岚智能")]
    assert [m.text for m in doc.mentions_in(0, 11)] == ["澄川半导体", "星岚智能"]
    doc.mentions.append(Mention(11, 14, "51%", "product"))  # grown in place: the index is rebuilt
    assert [m.text for m in doc.mentions_in(6, 14, ("product",))] == ["51%"]
    doc.mentions = [Mention(7, 11, "星岚智能")]  # replaced
    assert [m.text for m in doc.mentions_in(0, 14)] == ["星岚智能"]
    doc.values = [Value(11, 14, "percent", 51)]
    assert doc.values_in(0, 20, "percent")[0].value == 51 and doc.values_in(0, 20, "money") == []


def test_skipped_keywords_by_automaton_equal_the_case_blind_pattern():
    from dealgraph.resolve import classify

    pattern = classify._skipped()
    assert pattern is not None and classify._skip_automaton() is not None
    texts = ["澄川资本领投，Harbor Peak VENTURES与Lanting Venture Capital跟投，风险投资基金也参与。",
             "Private Equity firms and sovereign wealth funds invested; 私募股权投资占比提升。",
             "The \u212aelvin Capital fund and Ventu\u017fe Partners joined.",  # folds: the pattern reads
             "没有任何相关的词。"]
    masked = 0
    for text in texts:
        assert classify._skip_spans(text) == tuple(m.span() for m in pattern.finditer(text))
        expected = pattern.sub(lambda m: classify.MASK * len(m.group()), text)
        assert classify._skip_words(text) == expected
        masked += expected != text
    assert masked == 3

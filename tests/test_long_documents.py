"""The lookups that keep a long document linear answer exactly what the plain scans they replace answered."""

from __future__ import annotations

import random

from dealgraph.extract.coref import most_named
from dealgraph.extract.document import Doc, Mention
from dealgraph.extract.mentions import _known_inside
from dealgraph.resolve.records import _places, _standalone


def _find_all(text: str, name: str) -> list[int]:
    """Non-overlapping standalone places, left to right, by str.find (what _standalone did before _places)."""
    out, pos = [], text.find(name)
    while pos >= 0:
        end = pos + len(name)
        glued = (pos and (text[pos - 1].isascii() and text[pos - 1].isalnum())) or \
            (end < len(text) and text[end].isascii() and text[end].isalnum())
        if glued:
            pos = text.find(name, pos + 1)
        else:
            out.append(pos)
            pos = text.find(name, end)
    return out


def test_places_of_many_names_at_once_give_the_same_standalone_places_as_a_search_per_name():
    rng = random.Random(11)
    alphabet = "星河科技蓝海aA1，。"
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 80)))
        names = ["".join(rng.choice(alphabet[:6]) for _ in range(rng.randrange(1, 4))) for _ in range(6)]
        names += ["星星", "河河河"]  # names that overlap themselves (星星星 holds 星星 twice)
        text += "星星星河河河河"
        places = _places(text, names)
        for name in names:
            expected = _find_all(text, name)
            assert _standalone(text, name, places.get(name, [])) == expected
            assert _standalone(text, name) == expected


def test_known_names_inside_a_name_are_the_same_whichever_way_they_are_looked_up():
    known_texts = ["星河", "河科", "科技", "星河科技", "蓝海", "技", "星河科技有限公司"]
    known = {k: Mention(0, len(k), k) for k in known_texts}
    order = {k: n for n, k in enumerate(known)}
    for name in ("星河科技有限公司", "星河科技", "蓝海星河", "河科技"):
        expected = [k for k in known if k != name and k in name]
        assert _known_inside(name, known, order) == expected
        many = dict(known)  # more known names than the name has substrings: the substrings are looked up
        for n in range(200):
            many[f"其他公司{n}"] = Mention(0, 1, "x")
        many_order = {k: n for n, k in enumerate(many)}
        assert _known_inside(name, many, many_order) == expected


def test_derived_values_are_rebuilt_only_when_the_mentions_change():
    doc = Doc("d", "星河科技与蓝海网络签约。")
    doc.mentions = [Mention(0, 4, "星河科技")]
    built = []

    def build(d: Doc) -> int:
        built.append(1)
        return len(d.mentions)

    assert doc.of_mentions("n", build) == 1 and doc.of_mentions("n", build) == 1 and len(built) == 1
    doc.mentions.append(Mention(5, 9, "蓝海网络"))  # grown: rebuilt
    assert doc.of_mentions("n", build) == 2 and len(built) == 2
    doc.mentions = list(doc.mentions)  # replaced: rebuilt
    assert doc.of_mentions("n", build) == 2 and len(built) == 3


def _doc(text: str, names: list[str]) -> Doc:
    doc = Doc("d", text)
    for name in names:
        at = -1
        while (at := text.find(name, at + 1)) >= 0:
            doc.mentions.append(Mention(at, at + len(name), name, "organization", f"name:{name}"))
    doc.mentions.sort(key=lambda m: m.start)
    return doc


def test_the_company_named_most_before_a_place_with_ties_to_the_first_named():
    text = "蓝海网络由星河科技投资。星河科技随后增资。蓝海网络再获融资。证监会证监会证监会问询。该公司回复。"
    doc = _doc(text, ["蓝海网络", "星河科技", "证监会"])
    pos = text.index("该公司")
    # 蓝海网络 and 星河科技 are named twice each: the tie goes to the one named first; the regulator is never meant
    assert most_named(doc, pos, set(), []).text == "蓝海网络"
    assert most_named(doc, pos, {"name:蓝海网络"}, []).text == "星河科技"
    # before the second 蓝海网络 only 星河科技 is named twice
    assert most_named(doc, text.index("蓝海网络再"), set(), []).text == "星河科技"
    # an earlier pronoun counts for the company it stands for
    pronoun = Mention(text.index("随后") - 1, text.index("随后"), "它", "organization", "name:蓝海网络", "coref", "蓝海网络")
    assert most_named(doc, text.index("蓝海网络再"), set(), [pronoun]).key == "name:蓝海网络"
    assert most_named(doc, 0, set(), []) is None


def test_counts_carried_forward_equal_a_fresh_count_in_the_same_order():
    from collections import Counter

    from dealgraph.extract.coref import _counted_before

    rng = random.Random(5)
    doc = _doc("星河科技。", ["星河科技"])
    keys = [rng.choice("abcdefg") for _ in range(300)]
    for n in [0, 3, 3, 40, 120, 7, 7, 299, 300, 150, 300]:  # forward, then back (counted afresh), then on
        got = _counted_before(doc, keys, n)
        assert got == Counter(keys[:n]) and list(got) == list(Counter(keys[:n]))
        got["a"] += 5  # the caller's copy: changing it changes no later count
    assert _counted_before(doc, keys, 300) == Counter(keys)


def test_the_sentence_holding_a_place_is_the_one_a_scan_finds():
    from dealgraph.extract.sentences import split_sentences

    doc = Doc("d", "星河科技完成融资。\n蓝海网络与星河科技签约！随后双方成立合资公司。\n\n")
    split_sentences(doc)
    for pos in range(-1, len(doc.text) + 2):
        expected = next((s for s in doc.sentences if s.start <= pos < s.end), None)
        assert doc.sentence_at(pos) is expected
    doc.sentences = doc.sentences[1:]  # a component replacing the sentences: looked up again
    assert doc.sentence_at(0) is None and doc.sentence_at(doc.sentences[0].start) is doc.sentences[0]


def test_mentions_crossing_a_span_are_those_a_scan_of_all_mentions_finds():
    from dealgraph.extract.mentions import _any_within, _clear_within, _Placed

    rng = random.Random(3)
    for _ in range(100):
        found = []
        for _ in range(rng.randrange(0, 30)):
            s = rng.randrange(0, 60)
            found.append(Mention(s, s + rng.randrange(1, 9), "x"))
        plain, indexed = list(found), list(found)
        placed = _Placed(indexed)
        for _ in range(20):
            s = rng.randrange(0, 65)
            e = s + rng.randrange(1, 6)
            crossing = {id(m) for m in plain if m.start < e and s < m.end}
            assert {id(m) for m in placed.crossing(s, e)} == crossing
            assert _clear_within(plain, s, e) == _clear_within(indexed, s, e, placed)
            assert [id(m) for m in plain] == [id(m) for m in indexed]
        starts = sorted({m.start for m in found})
        for s in range(0, 62):
            for e in range(s, s + 8):
                assert _any_within(starts, s, e) == any(s <= k < e for k in starts)


def test_facts_read_back_come_in_the_order_of_the_plain_list():
    from dealgraph.extract.document import FactRecord, Span
    from dealgraph.extract.frames import Ctx
    from dealgraph.extract.sentences import split_sentences

    doc = Doc("d", "甲。乙。丙。丁。")
    split_sentences(doc)
    made = [FactRecord("investment", {}, Span(s.start, s.end), "asserted", None, None, None, {}) for s in doc.sentences]
    doc.facts = made[:3]
    ctx = Ctx(doc, doc.sentences[3], None, None, facts=[made[3]], recent_from=2)
    assert list(ctx.facts_back()) == list(reversed(doc.facts + ctx.facts))
    recent = doc.sentences[2].start
    assert list(ctx.recent_back()) == [f for f in reversed(doc.facts + ctx.facts) if f.evidence.start >= recent]
    assert list(Ctx(doc, doc.sentences[3], None, None).recent_back()) == list(reversed(doc.facts))  # not known: all

"""SpanIndex answers exactly what a plain scan of the list answers, in list order."""

from __future__ import annotations

import random

from dealgraph.extract.document import Doc, Mention, Value
from dealgraph.extract.spans import SpanIndex

KINDS = ("organization", "candidate", "person", "product")


def _mentions(rng: random.Random, n: int, ordered: bool) -> list[Mention]:
    out = []
    for _ in range(n):
        start = rng.randrange(0, 200)
        out.append(Mention(start, start + rng.randrange(1, 12), "星河科技", rng.choice(KINDS)))
    return sorted(out, key=lambda m: m.start) if ordered else out


def test_within_and_covering_match_a_plain_scan_sorted_or_not():
    rng = random.Random(7)
    for ordered in (True, False):
        for _ in range(30):
            items = _mentions(rng, rng.randrange(0, 40), ordered)
            index = SpanIndex(items)
            for _ in range(40):
                a = rng.randrange(-5, 215)
                b = a + rng.randrange(-3, 60)
                kinds = rng.choice([None, ("organization", "candidate"), ("person",)])
                assert index.within(a, b, kinds) == [x for x in items if x.start >= a and x.end <= b
                                                     and (kinds is None or x.kind in kinds)]
                if b >= a:  # covering is asked of a range, never of an inverted one
                    assert index.covering(a, b) == [x for x in items if x.start <= a and x.end >= b]


def test_doc_lookups_follow_a_replaced_or_grown_list():
    doc = Doc("d", "星河科技与蓝海网络签约，金额2亿元。")
    doc.mentions = [Mention(0, 4, "星河科技"), Mention(5, 9, "蓝海网络", "candidate")]
    assert [m.text for m in doc.mentions_in(0, 9, ("organization",))] == ["星河科技"]
    doc.mentions.append(Mention(10, 12, "签约", "person"))  # the list grew: the index is rebuilt
    assert [m.text for m in doc.mentions_in(0, 20)] == ["星河科技", "蓝海网络", "签约"]
    doc.mentions = doc.mentions[1:]  # a new list: a new index
    assert [m.text for m in doc.mentions_in(0, 20, ("organization", "candidate"))] == ["蓝海网络"]
    doc.values = [Value(14, 17, "money", "2亿元"), Value(14, 17, "quantity", "2亿")]
    assert [v.kind for v in doc.values_in(0, 20, "money")] == ["money"]
    assert len(doc.values_in(0, 20)) == 2 and doc.values_in(0, 16) == []


def test_doc_named_looks_up_mentions_by_text_and_follows_changes():
    from dealgraph.extract.document import Doc, Mention

    doc = Doc("d", "澄川资本与青禾科技签约。澄川资本随后公告。")
    first, other, again = Mention(0, 4, "澄川资本"), Mention(5, 9, "青禾科技"), Mention(12, 16, "澄川资本")
    doc.mentions = [first, other]
    assert doc.named("澄川资本") == [first] and doc.named("北辰电子") == []
    doc.mentions.append(again)  # a component extends the list: the lookup is rebuilt
    assert doc.named("澄川资本") == [first, again]
    doc.mentions = [other]  # a component replaces it
    assert doc.named("澄川资本") == [] and doc.named("青禾科技") == [other]

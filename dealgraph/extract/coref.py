"""References within a document: 它, 其, 该公司, 这家芯片公司, 后者, 前者 → the organisation meant."""

from __future__ import annotations

import re

from dealgraph.extract.document import Doc, Mention, Sentence
from dealgraph.extract.topics import clause_start, org_mentions, sentence_topic

PRONOUN = re.compile(r"后者|前者|(?:该|这家|此|那家)[\u4e00-\u9fff]{0,4}?(?:公司|企业|机构|厂商|平台|独角兽)|"
                     r"(?<![尤极与及何])其(?![他中实次余它后间])|(?<![其])它(?!们)")


def resolve_references(doc: Doc) -> None:
    """Component: add a mention for each pronoun whose antecedent organisation can be found."""
    added: list[Mention] = []
    topics: list[Mention | None] = []
    for sent in doc.sentences:
        topics.append(sentence_topic(doc, sent))
        for m in PRONOUN.finditer(sent.text):
            start, end = sent.start + m.start(), sent.start + m.end()
            if any(x.start <= start < x.end for x in doc.mentions):
                continue
            ante = _antecedent(doc, sent, start, m.group(), topics)
            if ante is not None:
                added.append(Mention(start, end, m.group(), "organization", ante.key, "coref", ante.canonical))
    doc.mentions = sorted(doc.mentions + added, key=lambda x: x.start)


def _antecedent(doc: Doc, sent: Sentence, pos: int, word: str, topics: list[Mention | None]) -> Mention | None:
    before = org_mentions(doc, max(0, sent.start - 400), pos)
    if not before:
        return None
    if word in ("后者", "前者"):
        distinct = list({m.key: m for m in before}.values())
        distinct.sort(key=lambda m: max(x.end for x in before if x.key == m.key))
        if len(distinct) < 2:
            return None
        return distinct[-1] if word == "后者" else distinct[-2]
    cs = clause_start(doc.text, pos, sent.start)
    excluded = {m.key for m in org_mentions(doc, cs, pos)}
    if not excluded and word == "其" and cs > sent.start:  # 为其第一大股东: the subject is the last clause's
        excluded = {m.key for m in org_mentions(doc, clause_start(doc.text, cs - 1, sent.start), cs)}
    for topic in reversed(topics):
        if topic is not None and topic.key not in excluded and topic.start < pos:
            return topic
    for m in reversed(before):
        if m.key not in excluded:
            return m
    return None

"""Document-level reading after the sentence frames: denials, deal terms, syndicates, duplicates."""

from __future__ import annotations

import re

from dealgraph.extract.document import Doc, FactRecord, Mention, Span
from dealgraph.extract.topics import org_mentions, sentence_topic
from dealgraph.extract.grammar import grammar
from dealgraph.extract.qualifiers import deal_structure

_SPECIFIC = ("joint_venture", "joint_lab", "compute", "customer")


def apply_denials(doc: Doc) -> None:
    """Component: a denial that states no deal of its own denies the rumour just before it."""
    denied_cue = dict(grammar().modality)["denied"]
    by_sentence = _facts_by_sentence(doc)
    for i, sent in enumerate(doc.sentences):
        if not denied_cue.search(sent.text) or by_sentence.get(i):
            continue
        for j in range(max(0, i - 2), i):
            for fact in by_sentence.get(j, []):
                if fact.modality in ("rumored", "reported", "planned", "asserted"):
                    fact.modality = "denied"
                    fact.qualifiers["denied_by"] = Span(sent.start, sent.end)


def attach_deal_terms(doc: Doc) -> None:
    """Component: consideration and terms stated in the sentence after an investment (这笔交易…)."""
    by_sentence = _facts_by_sentence(doc)
    for i, sent in enumerate(doc.sentences):
        consideration, terms = deal_structure(sent.text)
        if not consideration and not terms:
            continue
        keys = {m.key for m in doc.mentions_in(sent.start, sent.end)}
        for j in (i, i - 1):
            target = [f for f in by_sentence.get(j, []) if f.type == "investment" and _shares_party(f, keys)]
            if target:
                for fact in target:
                    _merge_terms(fact, consideration, terms, Span(sent.start, sent.end) if j != i else None)
                break


def _shares_party(fact: FactRecord, keys: set[str]) -> bool:
    return any(m.key in keys for ms in fact.roles.values() for m in ms)


def _merge_terms(fact: FactRecord, consideration: str | None, terms: list[dict], extra: Span | None) -> None:
    if consideration and fact.qualifiers.get("consideration", "unknown") == "unknown":
        fact.qualifiers["consideration"] = consideration
    if terms:
        known = {t["term"] for t in fact.qualifiers.get("terms", [])}
        fact.qualifiers["terms"] = fact.qualifiers.get("terms", []) + [t for t in terms if t["term"] not in known]
    if extra is not None:
        fact.qualifiers.setdefault("more_evidence", []).append(extra)


def merge_syndicates(doc: Doc) -> None:
    """Component: one round, one fact — the lead and the followers of a sentence's round are joined,
    and an undated round naming several investors joins the dated one of the same company nearby."""
    _join_round_members(doc)
    investments = [f for f in doc.facts if f.type == "investment"]
    for fact in investments:
        if fact.date is not None or len(fact.roles["investor"]) < 2:
            continue
        investee = fact.roles["investee"][0].key
        investors = {m.key for m in fact.roles["investor"]}
        for other in investments:
            if (other is not fact and other.date is not None and other.roles["investee"][0].key == investee
                    and {m.key for m in other.roles["investor"]} <= investors
                    and other.modality == fact.modality and abs(other.evidence.start - fact.evidence.start) < 600):
                fact.date = other.date
                fact.qualifiers.setdefault("more_evidence", []).append(other.evidence)
                doc.facts.remove(other)
                break


def _join_round_members(doc: Doc) -> None:
    kept: list[FactRecord] = []
    for fact in doc.facts:
        same = next((k for k in kept if fact.type == "investment" == k.type and k.evidence == fact.evidence
                     and k.roles["investee"][0].key == fact.roles["investee"][0].key and k.modality == fact.modality
                     and k.qualifiers.get("round") == fact.qualifiers.get("round")
                     and (k.rule.startswith("investment:round") or fact.rule.startswith("investment:round"))), None)
        if same is None:
            kept.append(fact)
            continue
        known = {m.key for m in same.roles["investor"]}
        same.roles["investor"] = same.roles["investor"] + [m for m in fact.roles["investor"] if m.key not in known]
        same.qualifiers["lead"] = same.qualifiers.get("lead", []) + fact.qualifiers.get("lead", [])
        same.amount, same.date = same.amount or fact.amount, same.date or fact.date
    doc.facts = kept


def drop_weaker(doc: Doc) -> None:
    """Component: within a sentence, a strategic partnership yields to a specific one of the same parties."""
    kept = []
    for fact in doc.facts:
        if fact.type == "partnership" and fact.qualifiers.get("kind") == "strategic":
            parties = {m.key for m in fact.roles["party"]}
            if any(o.type == "partnership" and o.qualifiers.get("kind") in _SPECIFIC and o.evidence == fact.evidence
                   and parties <= {m.key for m in o.roles["party"]} for o in doc.facts):
                continue
        kept.append(fact)
    doc.facts = kept


def _facts_by_sentence(doc: Doc) -> dict[int, list[FactRecord]]:
    starts = {s.start: s.index for s in doc.sentences}
    out: dict[int, list[FactRecord]] = {}
    for fact in doc.facts:
        idx = starts.get(fact.evidence.start)
        if idx is not None:
            out.setdefault(idx, []).append(fact)
    return out




def dedupe(doc: Doc) -> None:
    """Component: one statement per fact and sentence (IPO辅导 opens the listing frame twice)."""
    seen: set[tuple] = set()
    kept = []
    for fact in doc.facts:
        key = (fact.type, fact.modality, fact.evidence.start, fact.date.start if fact.date else None,
               tuple((r, tuple(m.key for m in ms)) for r, ms in fact.roles.items()),
               tuple(sorted((k, str(getattr(v, "start", v))) for k, v in fact.qualifiers.items()
                            if k in ("stage", "metric", "kind"))))
        if key not in seen:
            seen.add(key)
            kept.append(fact)
    doc.facts = kept


_PORTFOLIO = re.compile(r"(早期|近年|此前|过往|旗下)?的?(被投企业|被投公司|投资组合|所投企业|所投公司|投资的企业|投资的公司)(中|里|当中)")


def portfolio_sections(doc: Doc) -> None:
    """Component: 'among X's portfolio companies…' followed by paragraphs that each open with a company.

    Each such company is an investee of X; the list ends at the first paragraph not opening with one.
    """
    for i, sent in enumerate(doc.sentences):
        m = _PORTFOLIO.search(sent.text)
        investor = _owner_before(doc, sent.start, sent.start + m.start()) if m else None
        if investor is None:
            continue
        for first in _following_paragraph_openers(doc, i, limit=6):
            topic = sentence_topic(doc, first, strict=True)
            if topic is None or topic.key == investor.key:
                break
            fact = FactRecord("investment", {"investor": [investor], "investee": [topic]},
                              Span(first.start, first.end), confidence=0.6, rule="investment:portfolio_section")
            fact.qualifiers = {"consideration": "unknown", "more_evidence": [Span(sent.start, sent.end)]}
            doc.facts.append(fact)


def _owner_before(doc: Doc, start: int, end: int) -> Mention | None:
    found = org_mentions(doc, start, end)
    return found[-1] if found else None


def _following_paragraph_openers(doc: Doc, index: int, limit: int) -> list:
    paragraph = doc.sentences[index].paragraph
    openers = []
    for sent in doc.sentences[index + 1:]:
        if sent.paragraph != paragraph:
            paragraph = sent.paragraph
            openers.append(sent)
            if len(openers) >= limit:
                break
    return openers


def require_roles(doc: Doc) -> None:
    """Component: only facts whose required roles are filled (ontology.yaml `min`) leave extraction.

    An investment needs its investee and an acquisition its target; the investor or acquirer may be
    empty where the text names none (公司拟收购云杉材料51%股权: an undisclosed buyer). Such a fact yields
    to one of the same sentence, type and patient that names the party (A增持B…，增持后B…: one deal).
    """
    from dealgraph.ontology import ontology

    def agent(f: FactRecord) -> list[Mention]:
        return next(iter(f.roles.values()), [])

    def deal(f: FactRecord) -> tuple:
        members = list(f.roles.values())
        return f.type, f.evidence.start, tuple(m.key for m in members[1]) if len(members) > 1 else ()

    types = ontology().fact_types
    filled = [f for f in doc.facts if all(len(f.roles.get(r.name, [])) >= r.min for r in types[f.type].roles)]
    named = {deal(f) for f in filled if agent(f)}
    doc.facts = [f for f in filled if agent(f) or deal(f) not in named]

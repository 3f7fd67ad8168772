"""Components reading what a deal clause leaves to the sentences or clauses around it: the money a listing raised,
told in the next sentence (青禾科技于6月18日在科创板上市。本次共发行3000万股，募资总额约12.5亿元。)."""

from __future__ import annotations

import re

from dealgraph.extract.document import Doc, FactRecord, Span, Value

# 募资总额约 / 募集资金总额为 / 募集资金净额为 / 共募得 / 集资: the words right before the money a listing raised
_RAISED_LEAD = re.compile(r"(?:募资|募集资金|募得|筹得|集资|筹资|所得款项)(?P<net>净额)?(?:总额|金额|规模)?"
                          r"(?:为|约为|约|达|达到|合计|共计|总计|超过|逾|近|共)*\s*$")
# the sentence is about the listing just told: 本次 / 此次 / 公司 / 其 at its opening, or the company's own name
_SAME_OFFERING = re.compile(r"\s*(?:[，,]?\s*)?(?:据悉|资料显示|公告显示)?[，,]?\s*(?:公司|该公司|其)?\s*(?:本次|此次|这次|首次公开)")


def listing_proceeds_next(doc: Doc) -> None:
    """Component: a listing read with no money raised, whose next sentence (or the one after, same paragraph) tells
    the offering's proceeds (本次共发行N股，募资总额约Y亿元 / 公司此次募集资金总额为…) and names no other company
    before them: the proceeds are that listing's amount (the gross figure before a net one). Never across a sentence
    naming another company, nor onto a listing called off (negated)."""
    by_sentence: dict[int, list[FactRecord]] = {}
    for f in doc.facts:
        sent = doc.sentence_at(f.evidence.start)
        if sent is not None:
            by_sentence.setdefault(sent.index, []).append(f)
    for i, facts in by_sentence.items():
        listings = [f for f in facts if f.type == "listing" and f.amount is None and f.modality in ("asserted", "planned")
                    and f.roles.get("company") and f.qualifiers.get("stage") != "terminated"]
        if len({f.roles["company"][0].key for f in listings}) != 1:
            continue
        company = listings[0].roles["company"][0].key
        for j in (i + 1, i + 2):
            if j >= len(doc.sentences) or doc.sentences[j].paragraph != doc.sentences[i].paragraph:
                break
            later = doc.sentences[j]
            raised = _proceeds(doc, later.start, later.end)
            others = [m for m in doc.mentions_in(later.start, raised.start if raised else later.end,
                                                 ("organization", "candidate")) if m.key != company]
            if others or any(f.type not in ("listing", "focus", "capital_plan") for f in by_sentence.get(j, [])
                             if raised is None or f.evidence.start < raised.end):
                break  # another company, or a deal of its own: the listing's story has moved on
            if raised is None:
                continue
            opened = _SAME_OFFERING.match(doc.text, later.start) is not None \
                or any(m.key == company for m in doc.mentions_in(later.start, raised.start, ("organization",)))
            if opened:
                for f in listings:
                    f.amount = raised
                    f.qualifiers.setdefault("more_evidence", []).append(Span(later.start, later.end))
                stage = listings[0].qualifiers.get("stage")
                again = [f for f in by_sentence.get(j, []) if f.type == "listing" and f.date is None
                         and f.roles["company"] and f.roles["company"][0].key == company
                         and f.qualifiers.get("stage") == stage and (f.amount is None or f.amount.start == raised.start)]
                if again:  # 本次上市募资总额约…: the same listing told again for its money, no second listing
                    doc.facts[:] = [f for f in doc.facts if all(f is not a for a in again)]
            break


def _proceeds(doc: Doc, start: int, end: int) -> Value | None:
    """The gross money raised told between start and end (the first figure after 募资/募集资金…总额, a net figure only
    where no gross one is told)."""
    net = None
    for v in doc.values_in(start, end, "money"):
        lead = _RAISED_LEAD.search(doc.text, max(start, v.start - 12), v.start)
        if lead is None:
            continue
        if not lead.group("net"):
            return v
        net = net or v
    return net

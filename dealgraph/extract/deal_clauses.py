"""Components reading what a deal clause leaves to the sentences or clauses around it: the money a listing raised,
told in the next sentence (青禾科技于6月18日在科创板上市。本次共发行3000万股，募资总额约12.5亿元。); the lead founder
named before 联合 (由A作为发起方，联合B、C共同设立F)."""

from __future__ import annotations

import re

from dealgraph.extract.document import Doc, FactRecord, Mention, Span, Value

# 募资总额约 / 募集资金总额为 / 募集资金净额为 / 共募得 / 集资: the words right before the money a listing raised
_RAISED_LEAD = re.compile(r"(?:募资|募集资金|募得|筹得|集资|筹资|所得款项)(?P<net>净额)?(?:总额|金额|规模)?"
                          r"(?:为|约为|约|达|达到|合计|共计|总计|超过|逾|近|共)*\s*$")
# the sentence is about the listing just told: 本次 / 此次 / 公司 / 其 at its opening, or the company's own name
_SAME_OFFERING = re.compile(r"\s*(?:[，,]?\s*)?(?:据悉|资料显示|公告显示)?[，,]?\s*(?:公司|该公司|其)?\s*(?:本次|此次|这次|首次公开)")


def _by_sentence(doc: Doc) -> dict[int, list[FactRecord]]:
    """The facts by the index of the sentence their evidence starts in."""
    out: dict[int, list[FactRecord]] = {}
    for f in doc.facts:
        sent = doc.sentence_at(f.evidence.start)
        if sent is not None:
            out.setdefault(sent.index, []).append(f)
    return out


def listing_proceeds_next(doc: Doc) -> None:
    """Component: a listing read with no money raised, whose next sentence (or the one after, same paragraph; the next
    one may open the next paragraph) tells
    the offering's proceeds (本次共发行N股，募资总额约Y亿元 / 公司此次募集资金总额为…) and names no other company
    before them: the proceeds are that listing's amount (the gross figure before a net one). Never across a sentence
    naming another company, nor onto a listing called off (negated)."""
    by_sentence = _by_sentence(doc)
    for i, facts in by_sentence.items():
        listings = [f for f in facts if f.type == "listing" and f.amount is None and f.modality in ("asserted", "planned")
                    and f.roles.get("company") and f.qualifiers.get("stage") != "terminated"]
        if len({f.roles["company"][0].key for f in listings}) != 1:
            continue
        company = listings[0].roles["company"][0].key
        for j in (i + 1, i + 2):
            # (the sentence right after may open the next paragraph: a news item's one-sentence paragraphs)
            if j >= len(doc.sentences) or doc.sentences[j].paragraph != doc.sentences[i].paragraph \
                    and not (j == i + 1 and doc.sentences[j].paragraph == doc.sentences[i].paragraph + 1):
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


# 由A作为发起方，联合… / A作为主发起人，联合… / 由A牵头，联合…: A leads the founders named after 联合
_LEAD_ROLE = re.compile(r"\s*(?:作为(?:主要|主)?(?:发起方|发起人|牵头方|牵头人|发起单位)|牵头)\s*[，,]?\s*(?:携手|联合|联手)\s*")
_JOINED = re.compile(r"\s*(?:、|和|及|以及|与)\s*")
# …共同设立C / 共同出资设立C / 共同发起设立了C / 拟共同成立C
_SET_UP = re.compile(r"\s*(?:拟|将|已|计划)?\s*(?:共同|一起|合作)?(?:出资|投资)?(?:发起)?(?:设立|成立|组建)了?\s*")
_COOPERATE = re.compile(r"合作")
_OTHERS = re.compile(r"(?:等(?:[\u4e00-\u9fff]{0,4}(?:机构|企业|单位|公司|股东|伙伴|方))?)?")  # 联合B、C等知名机构共同设立
_CLAUSE_CLOSES = re.compile(r"\s*(?:[，,；;。]|$)")
_FOUNDED_BEFORE = re.compile(r"\s*[，,]\s*由\s*")  # F，由A作为发起方…: F is what they set up
_FOUNDER_ROLES = {"founding": "founder", "investment": "investor", "partnership": "party"}
_FOUNDED_ROLES = {"founding": "company", "investment": "investee", "partnership": "result"}


def led_foundings(doc: Doc) -> None:
    """Component: 由A作为发起方，联合B、C共同设立F (a fund or a company): A, B and C found F. The facts read of
    the verb name only B and C: A is added to each (an investment of its own in a fund; a founder); a partnership
    read of the two or three is a founding of F unless the clause says they cooperate (合作设立)."""
    by_sentence = _by_sentence(doc)
    for i, facts in by_sentence.items():
        sent = doc.sentences[i]
        names = doc.mentions_in(sent.start, sent.end, ("organization", "candidate"))
        for k, lead in enumerate(names):
            role = _LEAD_ROLE.match(doc.text, lead.end)
            if role is None or k + 1 >= len(names) or names[k + 1].start != role.end():
                continue
            joined = [names[k + 1]]
            n = k + 2
            while n < len(names) and _JOINED.fullmatch(doc.text, joined[-1].end, names[n].start):
                joined.append(names[n])
                n += 1
            verb = _SET_UP.match(doc.text, _OTHERS.match(doc.text, joined[-1].end).end())
            if verb is None:
                continue
            if n < len(names) and names[n].start == verb.end():
                founded = names[n]  # …共同设立F
            elif _CLAUSE_CLOSES.match(doc.text, verb.end()) and k > 0 and _FOUNDED_BEFORE.fullmatch(
                    doc.text, names[k - 1].end, lead.start):
                founded = names[k - 1]  # 此次设立的F，由A作为发起方，联合B、C等机构共同设立，…
            else:
                continue
            _add_lead(doc, facts, lead, joined, founded, _COOPERATE.search(doc.text, lead.end, verb.end()) is not None)


def _add_lead(doc: Doc, facts: list[FactRecord], lead: Mention, joined: list[Mention], founded: Mention,
              cooperate: bool) -> None:
    keys = {m.key for m in joined}
    mine = [f for f in facts if f.type in _FOUNDER_ROLES
            and (f.roles.get(_FOUNDED_ROLES[f.type]) and f.roles[_FOUNDED_ROLES[f.type]][0].key == founded.key
                 or f.type == "partnership" and not f.roles.get("result"))  # 联合B、C等共同设立: B and C's "partnership"
            and {m.key for m in f.roles.get(_FOUNDER_ROLES[f.type], [])} <= keys]
    if not mine:
        return
    founders = [lead] + joined
    if any(f.type == "investment" for f in mine):
        model = next(f for f in mine if f.type == "investment")
        if not any(f.type == "investment" and f.roles["investor"] and f.roles["investor"][0].key == lead.key for f in facts):
            doc.facts.append(_copy(model, {"investor": [lead], "investee": list(model.roles["investee"])}))
    founding = next((f for f in mine if f.type == "founding"), None)
    if founding is not None:
        founding.roles["founder"] = founders
    for f in mine:
        if f.type != "partnership":
            continue
        if cooperate:
            f.roles["party"] = founders
        else:  # no cooperation said: a founding, never a partnership of the founders
            doc.facts[:] = [x for x in doc.facts if x is not f]
            if founding is None:
                founding = _copy(f, {"founder": founders, "company": [founded]}, "founding")
                founding.qualifiers.pop("kind", None)
                doc.facts.append(founding)
    if founding is None and any(f.type == "investment" for f in mine):
        founding = _copy(next(f for f in mine if f.type == "investment"), {"founder": founders, "company": [founded]},
                         "founding")
        for key in ("consideration", "round", "terms"):
            founding.qualifiers.pop(key, None)
        founding.amount = None
        doc.facts.append(founding)


def _copy(f: FactRecord, roles: dict[str, list[Mention]], ftype: str | None = None) -> FactRecord:
    return FactRecord(ftype or f.type, roles, f.evidence, f.modality, f.date, None if ftype else f.amount, None,
                      dict(f.qualifiers), f.confidence, f"{ftype or f.type}:led_founders")


# 签订框架协议 / 签署了《战略合作框架协议》/ 签订意向协议 / 签署的《…合作框架协议》: a paper of intent, whatever it foresees
_FRAMEWORK_SIGNED = re.compile(r"(?:签署|签订|订立|达成)了?的?[^，,；;。]{0,24}?(?:框架协议|框架合同|意向协议|意向书|合作备忘录|框架安排)")
# 根据协议 / 根据该框架协议 / 协议约定 / 按照上述协议: the next sentence tells what the paper foresees
_UNDER_IT = re.compile(r"\s*(?:根据|按照|依据|按)(?:该|上述|本|此|前述)?(?:框架)?协议|\s*(?:该|上述|本)?(?:框架)?协议(?:约定|规定|显示)")
# what was done under it since: 已签署正式合同, 已完成交付, 已履行
_PERFORMED = re.compile(r"(?:已|已经)(?:正式)?(?:签署|签订|订立)了?(?:正式|具体)(?:合同|协议|订单)|(?:已|已经)(?:完成|开始)?(?:交付|履行|供货)")
_TITLED_PURCHASE = "purchase:agreement:"  # the agreement read as the purchase itself (《采购框架协议》): its own reading


def framework_plans(doc: Doc) -> None:
    """Component: a purchase told after a framework or intent agreement signed in its sentence (A与B签订框架协议，约定B
    向A采购…), or in the next sentence opening 根据协议 / 协议约定, is foreseen by the paper, not made: planned, unless
    the text says it was since signed as a contract or performed. The agreement itself, where its two parties are the
    purchase's and no partnership of the sentence names them, is their partnership (asserted). A purchase agreement
    titled so (《采购框架协议》) is its own reading and stays as read."""
    sents = doc.sentences
    signed_in: dict[int, int] = {}  # sentence index → where the framework words end
    for sent in sents:
        found = _FRAMEWORK_SIGNED.search(doc.text, sent.start, sent.end)
        if found is not None:
            signed_in[sent.index] = found.end()
    for f in doc.facts:  # 签订《采购框架协议》: the agreement read as a purchase, its own reading (kept as read)
        if f.type == "purchase" and (f.rule or "").startswith(_TITLED_PURCHASE):
            sent = doc.sentence_at(f.evidence.start)
            if sent is not None:
                signed_in.pop(sent.index, None)
    if not signed_in:
        return
    added: list[FactRecord] = []
    for f in doc.facts:
        if f.type != "purchase" or f.modality != "asserted" or (f.rule or "").startswith(_TITLED_PURCHASE):
            continue
        sent = doc.sentence_at(f.evidence.start)
        if sent is None:
            continue
        word = (f.rule or "").rsplit(":", 1)[-1]
        if sent.index in signed_in:
            after = signed_in[sent.index]
            told_after = bool(word) and doc.text.find(word, after, sent.end) >= 0
        else:
            prev = sent.index - 1
            told_after = prev in signed_in and sents[prev].paragraph == sent.paragraph \
                and _UNDER_IT.match(doc.text, sent.start) is not None
            after = sent.start
        if not told_after or _PERFORMED.search(doc.text, after, sent.end):
            continue
        f.modality = "planned"
        if sent.index in signed_in:
            added.extend(_agreement_partnership(doc, f, sent.start, signed_in[sent.index]))
    doc.facts.extend(added)


def _agreement_partnership(doc: Doc, purchase: FactRecord, start: int, end: int) -> list[FactRecord]:
    """The framework agreement signed by the purchase's two parties, both named before its words: their partnership."""
    buyer, supplier = purchase.roles.get("buyer", []), purchase.roles.get("supplier", [])
    if len(buyer) != 1 or len(supplier) != 1 or buyer[0].key == supplier[0].key:
        return []
    keys = {buyer[0].key, supplier[0].key}
    named = [m for m in doc.mentions_in(start, end, ("organization", "candidate")) if m.key in keys]
    if {m.key for m in named} != keys:
        return []
    if any(f.type == "partnership" and keys <= {m.key for m in f.roles.get("party", [])}
           and start <= f.evidence.start < end + 1 for f in doc.facts):
        return []
    parties = sorted({m.key: m for m in named}.values(), key=lambda m: m.start)
    fact = FactRecord("partnership", {"party": parties, "result": []}, purchase.evidence, "asserted", None, None, None,
                      {"kind": "strategic"}, purchase.confidence, "partnership:framework_agreement")
    return [fact]

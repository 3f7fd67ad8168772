"""Document-level reading after the sentence frames: denials, deal terms, syndicates, duplicates."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from dealgraph.datafiles import read_yaml
from dealgraph.extract.document import Doc, FactRecord, Mention, Sentence, Span, Value
from dealgraph.extract.topics import org_mentions, sentence_topic
from dealgraph.extract.grammar import _cues, quick
from dealgraph.extract.qualifiers import COUNT_WIDENED, PLAN_CHANGED, deal_structure
from dealgraph.values.dates import DateValue

_SPECIFIC = ("joint_venture", "joint_lab", "compute", "customer")


def attach_valuations(doc: Doc) -> None:
    """Component: an investment whose sentence states the company's value beside the round (投后估值约40亿元,
    估值超过25亿美元) carries it as `valuation` (the money right after the valuation word); English facts read
    their own (english._valuation)."""
    for fact in doc.facts:
        if fact.type != "investment" or fact.qualifiers.get("valuation") is not None:
            continue
        start, end = _part_of(doc, fact)
        value = next((v for v in doc.values_in(start, end, "money")
                      if _VALUED_AT.search(doc.text, max(fact.evidence.start, v.start - 10), v.start)
                      or _VALUE_THEN_VALUATION.match(doc.text, v.end)), None)
        if value is not None and value is not fact.amount:
            fact.qualifiers["valuation"] = value


def _part_of(doc: Doc, fact: FactRecord) -> tuple[int, int]:
    """The semicolon part of the fact's sentence holding its parties (2021年，A完成B轮融资；2023年…，投后估值为80亿元:
    the value is the later round's), else the whole sentence."""
    members = [m for ms in fact.roles.values() for m in ms
               if fact.evidence.start <= m.start < fact.evidence.end]
    if not members:
        return fact.evidence.start, fact.evidence.end
    first, last = min(m.start for m in members), max(m.end for m in members)
    start = max(doc.text.rfind("；", fact.evidence.start, first), doc.text.rfind(";", fact.evidence.start, first)) + 1
    ends = [i for i in (doc.text.find("；", last, fact.evidence.end), doc.text.find(";", last, fact.evidence.end)) if i >= 0]
    return max(start, fact.evidence.start), min(ends) if ends else fact.evidence.end


# 估值已跨过准独角兽(5亿美元)门槛: the figure may gloss a noun of size in brackets
_VALUED_AT = re.compile(r"(?:投后|投前|本轮|最新|整体)?估值(?:为|达|达到|超过|超|约|约为|已达|已|有望超过|逾|近|突破|或)*"
                        r"(?:[\u4e00-\u9fff]{1,4}[（(])?$")


_VALUE_THEN_VALUATION = re.compile(r"\s*的?(?:投后|投前)?估值")  # 以120亿元的估值完成融资: the money, then its name


def mark_hypotheticals(doc: Doc) -> None:
    """Component: a deal told inside a condition (如果A收购B，将成为龙头) or an open question (A是否会收购B仍有待观察)
    is no more than a possibility: the Chinese deal facts whose parties all stand in such a clause, and the English
    ones whose first party follows "whether" (declined to say whether it had invested in B), are `expected`
    (never counted), not asserted or planned. A deal that depends on a condition stated in another clause
    (若交易完成，B将终止上市) keeps the mood read elsewhere."""
    for fact in doc.facts:
        members = [m for ms in fact.roles.values() for m in ms]
        if fact.type in _DEALS and members and _HAN.search(doc.text, fact.evidence.start, fact.evidence.end):
            first, last = min(m.start for m in members), max(m.end for m in members)
            cs = max(doc.text.rfind(p, fact.evidence.start, first) for p in "，,；;：:") + 1 or fact.evidence.start
            cs = max(cs, fact.evidence.start)
            if (_CONDITION_OPENS.match(doc.text, cs) and not _CLAUSE_BREAK.search(doc.text, first, last)
                    or _OPEN_QUESTION.search(doc.text, cs, last)) and fact.modality in ("asserted", "planned"):
                fact.modality = "expected"
        elif fact.type in _DEALS and members and fact.modality in ("asserted", "planned"):
            # "declined to comment on whether it had invested in Norcrest": the deal is the open question
            first = min(m.start for m in members)
            cs = max(doc.text.rfind(p, fact.evidence.start, first) for p in ",;:") + 1 or fact.evidence.start
            if _WHETHER.search(doc.text, max(cs, fact.evidence.start), first):
                fact.modality = "expected"


_HAN = re.compile(r"[\u4e00-\u9fff]")
_CONDITION_OPENS = re.compile(r"\s*(?:如果|假如|假设|倘若|如若|要是|若是|若)" + COUNT_WIDENED)  # 如果再加上此前…: asserted
_OPEN_QUESTION = re.compile(r"是否|能否|会不会")
_WHETHER = re.compile(r"\bwhether\b(?: or not)?\s*$")
_CLAUSE_BREAK = re.compile(r"[，,；;。]")


def headline_rumours(doc: Doc) -> None:
    """Component: a sentence opening with 传 before a name (传字节跳动拟投资澜舟智能, a headline's "reportedly") tells a
    rumour: its deals that read as asserted or planned are rumoured; one opening with 曝 / 网曝 (曝澄川资本收购青禾电子:
    a leak) tells a report: its deals read as asserted are reported."""
    by_sentence = _facts_by_sentence(doc)
    for i, sent in enumerate(doc.sentences):
        if _RUMOUR_OPENING.match(sent.text):
            for fact in by_sentence.get(i, []):
                if fact.type in _DEALS and fact.modality in ("asserted", "planned"):
                    fact.modality = "rumored"
        elif _LEAK_OPENING.match(sent.text):
            for fact in by_sentence.get(i, []):
                if fact.type in _DEALS and fact.modality == "asserted":
                    fact.modality = "reported"


# 曝 / 网曝 opening a sentence (or a headline's clause) before a name; not 曝光 (a noun or verb of its own)
_LEAK_OPENING = re.compile(r"\s*(?:【[^】]{0,20}】|[^，,。；;：:]{0,10}[：:])?\s*(?:网曝|曝)(?![光])(?=[\u4e00-\u9fffA-Za-z])")
# 传 opening a sentence (or a headline's clause after 【…】/：) before a name; not 传统, 传媒, 传闻 (a cue of its own) …
_RUMOUR_OPENING = re.compile(r"\s*(?:【[^】]{0,20}】|[^，,。；;：:]{0,10}[：:])?\s*传(?![统媒言闻出来播递承导输真单说奇感染音])"
                             r"(?=[\u4e00-\u9fffA-Za-z])")


def apply_denials(doc: Doc) -> None:
    """Component: a denial that states no deal of its own (or only ones it denies) denies what came before:
    every fact of the two sentences before it when it names no one else (市场传闻“A拟投资B”。随后，消息被否认。),
    and a rumour or report further back that names a party the denial names or that the denial points back at
    (英媒援引知情人士称，A计划投入120亿美元…。报道还称…。对此，A发言人回应称，这些来源匿名的信息“不准确”。:
    the last sentence before it holding a rumour or report)."""
    cues = _later_cues()
    by_sentence = _facts_by_sentence(doc)
    for i, sent in enumerate(doc.sentences):
        _denied_after(doc, sent, by_sentence.get(i, []), cues)
        if not any(by_sentence.get(j) for j in range(max(0, i - _DENIAL_REACH), i)):
            continue  # no fact before within reach to deny (the cheap test first)
        if not any(c.search(sent.text) for c in cues["denied"]) \
                or any(f.modality not in ("denied", "negated") and not _told_as_true(f, sent.text)
                       for f in by_sentence.get(i, [])) \
                or _answers_itself(sent.text, cues):
            continue
        keys, back = _keys_in(doc, sent), any(c.search(sent.text) for c in cues["back_reference"])
        denier = _denier(doc, sent, cues)
        heard = [j for j in range(max(0, i - _DENIAL_REACH), i)
                 if any(f.modality in ("rumored", "reported") for f in by_sentence.get(j, []))]
        for j in range(max(0, i - _DENIAL_REACH), i):
            # B回应称上述消息不实 where B is a party of the report's deals: it denies those, not A's deal with C;
            # a denier party of no deal (the parent of the firm reported on) denies all the report says
            own = denier is not None and any(denier in _members(f) for f in by_sentence.get(j, []) if f.type in _DEALS)
            for fact in by_sentence.get(j, []):
                if heard and j < heard[-1] and fact.modality not in ("rumored", "reported"):
                    continue  # A获得B的定点。近期传闻称B将入股A。A回应称消息不实: the rumour is denied, not what came before it
                shared = bool(_members(fact) & keys)
                near = j >= i - 2 and (fact.modality in ("rumored", "reported", "planned")
                                       or fact.modality == "asserted" and fact.type in _DEALS) \
                    and (not keys or back and fact.modality in ("rumored", "reported") and not own
                         or (shared if denier is None else denier in _members(fact)))
                # 随后，消息被否认 names no one; The FDA denied approval. A denial by one it names denies that one's deals
                # (A agreed to buy C. Media reported that B was in talks to buy C. B denied the report, saying it never made
                # an offer for the company: A's deal stands though C is named)
                pointed = back and heard and j == heard[-1] \
                    and (not own or denier in _members(fact))  # 上述传闻与事实不符: the rumour read last
                if near or fact.modality in ("rumored", "reported") and (pointed or shared):
                    fact.modality = "denied"
                    fact.qualifiers["denied_by"] = Span(sent.start, sent.end)


def _told_as_true(fact: FactRecord, text: str) -> bool:
    """相关消息不实，公司与B的合作仅限于业务层面: a partnership the denial's own sentence tells as what is true."""
    from dealgraph.extract.qualifiers import _LIMITED_TO
    return fact.type == "partnership" and any(_LIMITED_TO.match(text, m.end()) for m in re.finditer("合作", text))


def _denier(doc: Doc, sent, cues: dict) -> str | None:
    """The key of the organisation named first before the denial cue of a sentence (Thornbury denied the report); in
    English, of the clause the cue stands in ("Orvane declined to comment, and Thornbury denied that it was in talks":
    Thornbury, not Orvane)."""
    cue = min((m.start() for c in cues["denied"] for m in [c.search(sent.text)] if m), default=None)
    if cue is None:
        return None
    clause = max((m.end() for m in _ENGLISH_CLAUSE.finditer(sent.text, 0, cue)), default=0)
    first = next((m for m in doc.mentions_in(sent.start + clause, sent.start + cue)
                  if m.kind in ("organization", "candidate")), None)
    if first is None and clause:
        first = next((m for m in doc.mentions_in(sent.start, sent.start + cue) if m.kind in ("organization", "candidate")),
                     None)
    return first.key if first is not None else None


_ENGLISH_CLAUSE = re.compile(r"(?:,|;) (?:and|but|while|whereas) |; ")


def _denied_after(doc: Doc, sent, facts: list[FactRecord], cues: dict) -> None:
    """曾有报道称A将领投B的C轮融资，但A随后否认了这一说法: a report or rumour denied later in its own sentence, past
    every name of the fact, by a party of it or by no one named, is denied."""
    for fact in facts:
        members = [m for ms in fact.roles.values() for m in ms if sent.start <= m.start < sent.end]
        if fact.modality not in ("reported", "rumored") and not (fact.modality == "asserted" and _quoted_claim(doc, members)):
            continue
        if not members:
            continue
        last = max(m.end for m in members)
        hit = min((sent.start + m.start() for c in cues["denied"] for m in [c.search(sent.text, last - sent.start)]
                   if m), default=None)
        if hit is None:
            continue
        # 有媒体报道A正向投资者筹资12亿元，周宁当晚便称其为不实消息: a person (who speaks for a party) between is no
        # other party
        named = {m.key for m in doc.mentions_in(last, hit) if not _speaker(m)
                 and not (m.source == "coref" and hit - m.end <= 3)}  # 称其为假新闻: 其 is the report denied
        named -= _heads_of(doc, _members(fact))  # A's owner or founder speaks for A
        if named <= _members(fact) or _clause_denier(doc, sent, hit) in _members(fact):
            fact.modality = "denied"
            fact.qualifiers["denied_by"] = Span(sent.start, sent.end)


_CLAUSE_OPEN = re.compile(r"[，,；;：:。]")
# 针对“A已入股B”的说法，A方面予以否认: a claim quoted and named as news (说法, 传闻, 消息) is what the denial answers
_QUOTED_CLAIM_END = re.compile(r"[”」\"]的?(?:说法|传闻|传言|消息|报道)")


def _quoted_claim(doc: Doc, members: list[Mention]) -> bool:
    """Whether every party of a fact stands inside one quotation that the text names as a claim (“A已入股B”的说法)."""
    if not members:
        return False
    first, last = min(m.start for m in members), max(m.end for m in members)
    opening = max(doc.text.rfind("“", 0, first), doc.text.rfind("「", 0, first))
    closing = min((i for i in (doc.text.find("”", last), doc.text.find("」", last)) if i >= 0), default=-1)
    return opening >= 0 and closing >= 0 and not re.search(r"[”」。；;]", doc.text[opening + 1:first]) \
        and closing - last <= 12 and _QUOTED_CLAIM_END.match(doc.text, closing) is not None


def _heads_of(doc: Doc, keys: set[str]) -> set[str]:
    """The owners and founders the document names of the organisations with these keys (马斯克旗下的xAI: 马斯克)."""
    out: set[str] = set()
    for f in doc.facts:
        if f.type in ("ownership", "founding") and f.modality == "asserted":
            head, unit = list(f.roles.values())[:2]
            if any(m.key in keys for m in unit):
                out |= {m.key for m in head}
    return out


def _speaker(m: Mention) -> bool:
    """A person, or a guess of a name shaped as a person's (周宁), not an organisation."""
    from dealgraph.extract.mentions import person_shaped

    return m.kind == "person" or m.kind == "candidate" and _HAN.fullmatch(m.text[:1] or "x") is not None \
        and person_shaped(m.text)


def _clause_denier(doc: Doc, sent, hit: int) -> str | None:
    """有报道称A与B洽谈合作，A还将收购C，B回应称消息不实: the one opening the denial's own clause (B) denies the
    report's deals it is a party of (A与B's partnership), whatever other names stand between (A's purchase of C,
    which B is no party of, stays reported)."""
    start = max((m.end() for m in _CLAUSE_OPEN.finditer(doc.text, sent.start, hit)), default=sent.start)
    first = next((m for m in doc.mentions_in(start, hit) if m.kind in ("organization", "candidate")), None)
    return first.key if first is not None else None


def _answers_itself(text: str, cues: dict) -> bool:
    """另据知情人士透露，某大厂正在洽谈收购A部分股权，但A回应称“消息不实”: the rumour the denial answers is told in the
    same sentence, before it (a report cue, then a deal word, then the denial); the sentences before are not denied."""
    denial = min((m.start() for c in cues["denied"] for m in [c.search(text)] if m), default=-1)
    heard = min((m.start() for c in cues["heard"] for m in [c.search(text, 0, max(denial, 0))] if m), default=-1)
    return 0 <= heard < denial and any(not _NEWS_NOUN.match(text, m.end()) for m in _DEAL_WORD.finditer(text, heard, denial))


# 融资消息均为谣言, 收购传闻不实: the deal word names the news denied (told before), no deal told in the sentence
_NEWS_NOUN = re.compile(r"的?(?:消息|传闻|传言|报道|一事|说法)")


_DEAL_WORD = re.compile(r"收购|并购|投资|入股|参股|增资|融资|合并|合作|上市|\b(?:acquir|invest|buy|bought|merg|stake|"
                        r"IPO|list)", re.I)


# 终止上市 / 不以终止A上市地位为目的: a delisting, not a deal called off
_DELISTING = re.compile(r"[^，,；;。]{0,8}?(?:上市|挂牌)")
# 协议有效期三年，到期后自动终止 / 期满自行终止 / 合同终止日为…: how an agreement ends by its own terms, no deal called off
_TERM_ENDS_BEFORE = re.compile(r"(?:期满|到期|届满)(?:之日)?[后时]?(?:即|将|则)?(?:自动|自行)?$|(?:自动|自行)$")
_TERM_ENDS_AFTER = re.compile(r"(?:之日|日期|日|时间|时|后|条件|条款|情形|事由)")


# A right to end a deal, not its end: "A can terminate the agreement if B …", "the deal allows A to walk away should B
# …", "A has the right to terminate", "A may cancel the contract in the event that …"; 若B未能按期交付，A有权解除协议 /
# A可以终止合同: a right under a condition is a term of the deal, which stands
_RIGHT_BEFORE = re.compile(r"(?:\b(?:(?:can|could|may|might|would|will|would be able to|will be able to|is able to|are able to|"
                           r"(?:has|have|had|retains?|holds?|gets?|keeps?|reserves?) the (?:right|option|ability) to|"
                           r"(?:is|are) (?:entitled|allowed|permitted|free) to|(?:allows?|allowed|permits?|enables?|"
                           r"entitles?|gives?|gave) (?:[\w'’-]+ ){1,4}?(?:the (?:right|option|ability) )?to)"
                           r"(?: (?:unilaterally|simply|also|then|still))?|(?:lets?|letting)(?: [\w'’-]+){1,4}?) "
                           r"|(?:有权|可以|可|得以|能够|能|有权利)(?:单方面|单方|随时|提前)?)$", re.IGNORECASE)
_CONDITION_NEAR = re.compile(r"\b(?:if|should|unless|in the event|in case)\b|如果|若|倘若|一旦|假如|如若|在[^，,；;。]{0,20}?(?:情况|情形)下",
                             re.IGNORECASE)


def _contract_term(text: str, start: int, end: int) -> bool:
    """Whether the cue at start..end tells an agreement's own term (到期后自动终止, 合同终止日, a party's right to end it
    under a condition: "A can terminate the agreement if B falls behind", 若B违约，A有权解除合同), not a deal called
    off. A right with no condition said in its sentence ("A can terminate the deal at any time") is a term too only
    where it is a right (can, may, has the right to), never a deal ended."""
    if _TERM_ENDS_BEFORE.search(text, max(0, start - 8), start) or _TERM_ENDS_AFTER.match(text, end):
        return True
    return bool(_RIGHT_BEFORE.search(text, max(0, start - 60), start)) and bool(_CONDITION_NEAR.search(text))


_DENIAL_REACH = 6  # sentences back a denial naming a party looks for the rumour it answers
_DEALS = ("investment", "acquisition", "merger", "partnership", "purchase")


def apply_terminations(doc: Doc) -> None:
    """Component: a deal called off in a later sentence (终止, 告吹, voted against the deal, the merger agreement
    was terminated, has fallen apart) negates the deal read before it: a deal of the three sentences before
    whose two parties the sentence names, or the deal of the nearest sentence before when the sentence names
    one of its parties or no one (In July A agreed to acquire B. On October 30 B shareholders voted against
    the deal. / 这起合并案就此告吹。).
    A deal of the same sentence written before the cue (A's plan to buy B has fallen apart), and one still to
    come or only reported after it in the same paragraph (…has fallen apart. In May, people familiar with the
    matter said A had agreed to acquire B), are called off too. The sentence must name a deal of the fact's
    type, or a deal of no type (A与B终止了合作协议 calls off their partnership, not A's acquisition of B;
    终止此前筹划的重大资产重组 calls off any). 终止上市 is a delisting, not a deal called off."""
    cues = _later_cues()
    by_sentence = _facts_by_sentence(doc)
    conditioned: list[int] | None = None  # the sentences conditioned on a deal's completion (found once, if needed)
    for i, sent in enumerate(doc.sentences):
        hits = [m for c in cues["terminated"] for m in c.finditer(sent.text)
                if not _DELISTING.match(sent.text, m.end()) and not _contract_term(sent.text, m.start(), m.end())
                and not _RIGHT_TO_END.search(sent.text, max(0, m.start() - 40), m.start())]
        if not hits:
            continue
        keys, cue_at = _keys_in(doc, sent), sent.start + min(m.start() for m in hits)
        named = {t for t, words in cues["deal_words"].items() if any(w.search(sent.text) for w in words)}
        named = (named - {"any"}) or named  # 终止了合作协议: a partnership; 终止此前筹划的重组: any deal
        nearest = next((j for j in range(i - 1, max(-1, i - 4), -1)
                        if any(f.type in _DEALS for f in by_sentence.get(j, []))), None)
        this_deal = _THIS_DEAL_CALLED_OFF.search(sent.text) is not None
        for j in range(max(0, i - 3), len(doc.sentences)):
            later = j > i
            defined = later and this_deal and _THIS_DEAL_DEFINED.search(doc.sentences[j].text) is not None
            if later and doc.sentences[j].paragraph != sent.paragraph and not defined:
                if not this_deal:
                    break
                continue  # 决定终止本次交易。…(next paragraph) 拟取得B控股权（下称“本次交易”）: the deal it defines
            for fact in by_sentence.get(j, []):
                if fact.type not in _DEALS or fact.modality in ("negated", "denied") \
                        or not named & {"any", fact.type}:
                    continue
                shared = _members(fact) & keys
                if j == i and _new_plan_after(doc, fact, sent, cue_at):
                    continue  # A终止减持计划，同时表示将增持: the plan after the cue is a new one, not called off
                if j == i:  # its parties named before the cue; one is enough when the cue names no one else
                    after = {m.key for m in doc.mentions_in(cue_at, sent.end)}  # (公司曾计划收购B…，该交易最终终止)
                    hit = (len(shared) >= 2 or shared and after <= _members(fact)) \
                        and all(m.end <= cue_at for ms in fact.roles.values() for m in ms if m.start >= sent.start)
                elif later:
                    hit = (len(shared) >= 2 or defined and bool(shared)) \
                        and fact.modality in ("planned", "expected", "reported", "rumored")
                else:
                    hit = len(shared) >= 2 or (j == nearest and (bool(shared) or not keys))
                if hit:
                    fact.modality = "negated"
                    fact.qualifiers.setdefault("more_evidence", []).append(Span(sent.start, sent.end))
        if conditioned is None:
            conditioned = [j for j in by_sentence if _ON_COMPLETION.search(doc.sentences[j].text)]
        _call_off_what_follows(doc, by_sentence, conditioned, i, keys)


# 终止筹划本次交易 / 终止本次重组: the deal called off is "this deal", which a later sentence may define (公告拟购买B控股权
# (下称“本次交易”)): that plan, one of whose parties the cue's sentence names, is the one called off
_THIS_DEAL_CALLED_OFF = re.compile(r"(?:终止|取消|放弃)(?:筹划)?(?:本次|此次)(?:交易|重组|重大资产重组|收购|并购)")
_THIS_DEAL_DEFINED = re.compile(r"(?:以下简称|下称|简称)[:：]?\s*[“\"「](?:本次交易|本次重组|本次收购|本次并购)")


def _new_plan_after(doc: Doc, fact: FactRecord, sent, cue_at: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the fact's trigger stands after the termination cue, in a clause that opens a plan of its own
    (…终止上述减持计划，同时表示将在一个月内增持 / 放弃了减持安排，还打算增持)."""
    trigger = _trigger_at(doc, fact, sent)
    return trigger is not None and trigger > cue_at and PLAN_CHANGED.search(doc.text, cue_at, trigger) is not None
# a right to end a deal, not its end: "The agreement also lets Harbor terminate if Pike misses its delivery dates", "either
# party may terminate the contract", "gives Pike the right to terminate" (a condition or an option, nothing ended)
_RIGHT_TO_END = re.compile(r"\b(?:can|could|may|might|(?:the )?right to|(?:be )?able to|option to|lets? (?:[\w-]+ ){1,3}?|"
                           r"allows? (?:[\w-]+ ){1,3}?to|entitles? (?:[\w-]+ ){1,3}?to|permits? (?:[\w-]+ ){1,3}?to)$")


# A tender or a contract undone: the award voided (中标无效, 中标结果被宣布无效), the winner disqualified (取消其
# 中标资格, 中标资格被取消), the tender failed (废标, 流标), the contract or agreement ended (合同已解除, 解除了…采购合同,
# 终止与B签订的…合同). Not a contract's own term (协议期满后自动终止, 合同终止日) nor 解除限售/解除质押 (no contract).
_AWARD_UNDONE = re.compile(
    r"(?:中标|成交)(?:结果|资格|通知书)?[^，,；;。]{0,6}?(?:无效|作废|被撤销|被取消|予以撤销|予以取消)"
    r"|取消(?:了)?[^，,；;。]{0,30}?(?:中标|成交)(?:人)?(?:资格|结果)"
    r"|废标|流标"
    r"|(?:合同|协议)[》”」]?[^，,；;。]{0,16}?(?<!到期)(?<!期满)(?<!自动)(?:解除|终止|撤销)(?!日|后|时|条件|条款|权|情形|事由|的条件)"
    r"|(?:解除|终止|撤销)(?:了)?[^，,；;。]{0,24}?(?:合同|协议)")
_CONTRACT_UNDONE = re.compile(r"合同|协议")  # a partnership is undone only with its agreement (解除合作协议)
# 该中标结果 / 上述合同 / 此前签订的…: a sentence pointing back at the deal told before
_POINTS_BACK = re.compile(r"该|上述|前述|此前|本次|此次|原|本项目|本标段|本标包")  # 本项目废标: the tender told
_UNDONE_TYPES = ("purchase", "partnership")


def apply_cancelled_awards(doc: Doc) -> None:
    """Component: a tender won or a contract signed that the text says was undone (北辰电气中标临江电力配网项目，
    但该中标结果已被认定无效 / A与B于2025年签署的《采购协议》被公司单方面解除 / 公司此前中标…项目。近日招标人
    取消了公司的中标资格。): the purchase (or the partnership of an agreement) is negated. The cue stands after
    the fact's parties in its own sentence, or in one of the two sentences after it (same paragraph) that states
    no deal of its own and names one of its parties or points back (该, 上述, 此前); a clause of the cue naming
    another organisation (C的中标资格被取消) undoes nothing of this fact."""
    if not any(f.type in _UNDONE_TYPES for f in doc.facts):
        return
    by_sentence = _facts_by_sentence(doc)
    for i, sent in enumerate(doc.sentences):
        if "标" not in sent.text and "合同" not in sent.text and "协议" not in sent.text:
            continue
        for hit in _AWARD_UNDONE.finditer(sent.text):
            if _RIGHT_BEFORE.search(sent.text, max(0, hit.start() - 60), hit.start()) and _CONDITION_NEAR.search(sent.text):
                continue  # 若B未能按期交付，A有权解除合同: a right under a condition, the contract stands
            at, end = sent.start + hit.start(), sent.start + hit.end()
            for j in range(max(0, i - 2), i + 1):
                if j < i and (doc.sentences[j].paragraph != sent.paragraph
                              or any(f.type in _DEALS and f.modality not in ("negated", "denied")
                                     for k in range(j + 1, i + 1) for f in by_sentence.get(k, []))):
                    continue
                for fact in by_sentence.get(j, []):
                    if fact.type in _UNDONE_TYPES and fact.modality != "negated" \
                            and _undone_by(doc, fact, sent, at, end, hit.group(), same=j == i):
                        fact.modality = "negated"
                        fact.qualifiers.setdefault("more_evidence", []).append(Span(sent.start, sent.end))
            for fact in _titled_before(doc, by_sentence, i, at, end) + _the_one_award(doc, by_sentence, i, at, hit.group()):
                fact.modality = "negated"
                fact.qualifiers.setdefault("more_evidence", []).append(Span(sent.start, sent.end))


_TITLE = re.compile(r"《([^《》]{2,30})》")
# 质疑成立，本项目废标 / 该项目最终流标: the tender the text told failed, pointed back at as the project
_PROJECT_VOIDED = re.compile(r"(?:本|该|此)(?:项目|次招标|次采购)(?:最终|随后|已|被|予以|宣布|作)*\s*$")


def _the_one_award(doc: Doc, by_sentence: dict[int, list[FactRecord]], i: int, at: int, cue: str) -> list[FactRecord]:
    """…中标公告发布，A以3.5亿元中标。（…）质疑成立，本项目废标: a failed tender pointing back at the project (本项目,
    该项目), in a clause naming no organisation, negates the tender award the text told before it, past the two
    sentences the cue reaches otherwise, where the text told one award only (its winners in one sentence, no 中标
    told after it); none where it told two (whose project failed is not said)."""
    if cue not in ("废标", "流标"):
        return []
    sent = doc.sentences[i]
    cs = max((m.end() for m in _CLAUSE_OPEN.finditer(doc.text, sent.start, at)), default=sent.start)
    if _PROJECT_VOIDED.search(doc.text, cs, at) is None or any(m.kind == "organization" for m in doc.mentions_in(cs, at)):
        return []
    awards = {j: [f for f in by_sentence.get(j, []) if f.type == "purchase" and f.rule.startswith("purchase:tender_")
                  and f.modality in ("asserted", "planned")] for j in range(i)}
    told = [j for j, fs in awards.items() if fs]
    if len(told) != 1 or any("中标" in doc.sentences[k].text for k in range(told[0] + 1, i)):
        return []  # (another award told after it, even one not read: whose project failed is not said)
    return awards[told[0]]


def _titled_before(doc: Doc, by_sentence: dict[int, list[FactRecord]], i: int, at: int, end: int) -> list[FactRecord]:
    """…，华铁大黄蜂已向客户发函，解除这份《算力服务协议》: an agreement undone by its title negates the purchase
    read earlier in the document (past the two sentences the cue reaches otherwise) from an agreement of that
    title, when the cue's sentence names one of that fact's parties before the cue and no other organisation
    (the same contract, not one of another company's)."""
    sent = doc.sentences[i]
    opened = doc.text.rfind("《", max(sent.start, at - 30), end)
    title = _TITLE.match(doc.text, opened) if opened >= 0 else None
    if title is None or title.start() > end or title.end() < at:
        return []
    named = {m.key for m in doc.mentions_in(sent.start, at) if m.kind == "organization"}
    out = []
    for j in range(0, max(0, i - 2)):
        for fact in by_sentence.get(j, []):
            word = fact.rule.rsplit(":", 1)[-1]
            if fact.type == "purchase" and fact.modality != "negated" and fact.rule.startswith("purchase:agreement:") \
                    and word in title.group(1) and _members(fact) & named:
                out.append(fact)
    return out


def _undone_by(doc: Doc, fact: FactRecord, sent, at: int, end: int, cue: str, same: bool) -> bool:
    """Whether the cue at..end undoes the fact: of a kind the fact is (a partnership only by its agreement), no
    other organisation named in the cue's clause, its parties named before the cue (same sentence) or named or
    pointed back at in the cue's sentence (a later one)."""
    if fact.type == "partnership" and not _CONTRACT_UNDONE.search(cue):
        return False
    members = _members(fact)
    clause_start = max((m.end() for m in _CLAUSE_OPEN.finditer(doc.text, sent.start, at)), default=sent.start)
    named = [m for m in doc.mentions_in(clause_start, end) if m.kind == "organization"]
    if any(m.key not in members for m in named):
        return False
    if same:
        placed = [m for ms in fact.roles.values() for m in ms if sent.start <= m.start < sent.end]
        return bool(placed) and all(m.end <= at for m in placed)
    return bool(named) or _POINTS_BACK.search(doc.text, clause_start, end) is not None


# What was to follow once a deal is done: 若交易完成，B将终止上市 / 本次合并完成后，A将持有… / 一旦收购完成
_ON_COMPLETION = re.compile(r"(?:若|如果|一旦|待|倘若)[^，,；;。]{0,10}?(?:交易|收购|合并|重组|要约)[^，,；;。]{0,6}?(?:完成|生效|实施)"
                            r"|(?:交易|收购|合并|重组|要约)(?:全部)?(?:完成|交割)后")


def _call_off_what_follows(doc: Doc, by_sentence: dict[int, list[FactRecord]], conditioned: list[int], i: int,
                           keys: set[str]) -> None:
    """A plan that was to follow from the deal called off in sentence i goes with it: a planned fact, anywhere
    in the document, of a sentence conditioned on the deal's completion (`conditioned`), whose parties the
    sentence calling the deal off all names (A与B终止换股吸收合并。…若交易完成，B将终止上市。: B's delisting is off)."""
    sent = doc.sentences[i]
    for j in conditioned:
        if j == i:
            continue
        for fact in by_sentence[j]:
            if fact.modality in ("planned", "expected") and _members(fact) and _members(fact) <= keys:
                fact.modality = "negated"
                fact.qualifiers.setdefault("more_evidence", []).append(Span(sent.start, sent.end))


def apply_confirmations(doc: Doc) -> None:
    """Component: a party confirming a report (此前有媒体报道A计划与B合作。B董事长随后证实了这一合作。)
    makes the reported or rumoured deal of the two sentences before that names one of its parties asserted.
    A confirmation denied or missing (从未证实, 尚未确认, Neither company ever confirmed the deal) changes
    nothing, nor does one in a sentence that denies."""
    cues = _later_cues()
    by_sentence = _facts_by_sentence(doc)
    for i, sent in enumerate(doc.sentences):
        if not any(f.modality in ("reported", "rumored") for j in range(max(0, i - 2), i) for f in by_sentence.get(j, [])):
            continue  # nothing reported just before to confirm (the cheap test first)
        if any(c.search(sent.text) for c in cues["denied"]):
            continue
        hits = [m for c in cues["confirmed"] for m in c.finditer(sent.text)]
        if not hits or any(n.search(sent.text[max(0, m.start() - 30):m.start()])
                           for m in hits for n in cues["not_confirmed"]):
            continue
        keys = _keys_in(doc, sent)
        for j in range(max(0, i - 2), i):
            for fact in by_sentence.get(j, []):
                if fact.modality in ("reported", "rumored") and _members(fact) & keys:
                    fact.modality = "planned" if fact.type in _COMPLETED_LATER and _PLAN_TOLD.search(
                        _told_part(doc, fact)) else "asserted"  # 传闻A将收购B，A证实: the plan; a partnership is agreed
                    fact.qualifiers.setdefault("more_evidence", []).append(Span(sent.start, sent.end))


_COMPLETED_LATER = ("investment", "acquisition", "merger")  # deals that are done later than they are agreed
# What the report said was still to come (传闻A将收购B; A is in talks to buy B): a confirmation confirms a plan
_PLAN_TOLD = re.compile(r"拟|将|计划|筹划|有意|准备|洽谈|商谈|谈判|\b(?:will|plans? to|planning to|agreed to|in talks|"
                        r"is set to|intends? to|would)\b", re.I)


def _told_part(doc: Doc, fact: FactRecord) -> str:
    """The text of a fact's sentence from its first party to its last (where its mood is told)."""
    members = [m for ms in fact.roles.values() for m in ms if fact.evidence.start <= m.start < fact.evidence.end]
    if not members:
        return ""
    return doc.text[min(m.start for m in members):max(m.end for m in members)]


def apply_completions(doc: Doc) -> None:
    """Component: a planned deal that a later statement says is done is asserted (A agreed to acquire B in May,
    and the transaction closed this month. / 今年5月，A宣布拟收购B 51%股权。10月，该交易完成交割。): a planned
    or expected deal of the two sentences before that names a party the sentence names, or of the sentence
    right before when it names none (or the one before that when the sentence between tells no deal), or of the
    same sentence when written before the cue. A completion still
    to come (预计年底前完成交割, is expected to close) changes nothing."""
    cues = _later_cues()
    by_sentence = _facts_by_sentence(doc)
    _pending(doc, by_sentence)
    _still_to_close(doc, by_sentence, cues)
    for i, sent in enumerate(doc.sentences):
        if not any(f.type in _DEALS and f.modality in ("planned", "expected")
                   for j in range(max(0, i - 2), i + 1) for f in by_sentence.get(j, [])):
            continue  # no deal still to be done here or just before (the cheap test first)
        hits = [m for c in cues["completed"] for m in c.finditer(sent.text)
                if not any(n.search(sent.text[max(0, m.start() - 30):m.start()]) for n in cues["not_completed"])]
        if not hits:
            continue
        keys, cue_at = _keys_in(doc, sent), sent.start + hits[0].start()
        for j in range(max(0, i - 2), i + 1):
            for fact in by_sentence.get(j, []):
                if fact.type not in _DEALS or fact.modality not in ("planned", "expected"):
                    continue
                members = [m for ms in fact.roles.values() for m in ms]
                if j == i:
                    hit = all(m.end <= cue_at for m in members)
                else:  # naming none, the deal right before, or one further back past a sentence of no deal of its own
                    # (A以5亿元收购B。该交易尚需股东大会批准。3月，该交易已完成交割。)
                    hit = bool(_members(fact) & keys) or not keys and (
                        j == i - 1 or j == i - 2 and not any(f.type in _DEALS for f in by_sentence.get(i - 1, [])))
                if hit:
                    fact.modality = "asserted"
                    fact.qualifiers.setdefault("more_evidence", []).append(Span(sent.start, sent.end))
    _completion_dates(doc, by_sentence, cues)


def _completion_dates(doc: Doc, by_sentence: dict[int, list[FactRecord]], cues: dict) -> None:
    """"A said on Tuesday it had completed the takeover of B. The purchase was completed on Oct. 3": the date written
    right after an English cue of completion dates the deal done that the sentence speaks of (the one of the two
    sentences before naming a party the sentence names, or of the sentence right before when it names none, or of the
    same sentence named before the cue), over the day it was told; a deal dated in another year is another one, and
    a completion still to come ("is expected to close by March 31") dates nothing."""
    for i, sent in enumerate(doc.sentences):
        if _HAN.search(sent.text):
            continue
        hit = next((m for c in cues["completed"] for m in c.finditer(sent.text)
                    if not any(n.search(sent.text[max(0, m.start() - 30):m.start()]) for n in cues["not_completed"])),
                   None)
        if hit is None:
            continue
        at = sent.start + hit.end()
        date = next((v for v in doc.values_in(at, sent.end, "date") if _DATE_RIGHT_AFTER.fullmatch(doc.text, at, v.start)
                     and isinstance(v.value, DateValue) and v.value.resolved), None)
        if date is None:
            continue
        keys, cue_at, year = _keys_in(doc, sent), sent.start + hit.start(), (date.value.value or date.value.start or "")[:4]
        for j in range(max(0, i - 2), i + 1):
            for fact in by_sentence.get(j, []):
                own = _year_of(fact)
                if fact.type not in _COMPLETED_LATER or fact.modality != "asserted" or own and own != year:
                    continue
                members = [m for ms in fact.roles.values() for m in ms]
                if j == i:
                    fit = bool(members) and all(m.end <= cue_at for m in members)
                else:
                    fit = bool(_members(fact) & keys) or not keys and (
                        j == i - 1 or j == i - 2 and not any(f.type in _DEALS for f in by_sentence.get(i - 1, [])))
                if fit:
                    fact.date = date


def _year_of(fact: FactRecord) -> str:
    date = fact.date.value if fact.date is not None else None
    iso = (date.value or date.start or "") if isinstance(date, DateValue) else ""
    return iso[:4] if iso[:4].isdigit() else ""


# the words between a cue of completion and its date: "was completed on Oct. 3", "closed in early October", "closed last week"
_DATE_RIGHT_AFTER = re.compile(r",? (?:(?:on|in|at the (?:end|start) of|by the end of|earlier|later|early|late)\s)*",
                               re.I)


# What the deal will bring once done: 交易完成后将持有B 15%股权 / 本次增资完成后，A将成为B的第一大股东.
_ONCE_DONE = re.compile(r"(?:交易|收购|增资|投资|认购|本次交易|本次收购|本次增资)(?:全部)?(?:完成|交割)后[，,]?[^。；;]{0,8}?将")


def _pending(doc: Doc, by_sentence: dict[int, list[FactRecord]]) -> None:
    """长风汽车宣布以8亿元战略投资B，交易完成后将持有后者15%股权: a deal stated as done whose own sentence goes on
    to say what it will bring once done is still to come: planned."""
    for i, sent in enumerate(doc.sentences):
        after = _ONCE_DONE.search(sent.text)
        if after is None:
            continue
        at = sent.start + after.start()
        for fact in by_sentence.get(i, []):
            members = [m for ms in fact.roles.values() for m in ms]
            if fact.modality != "asserted" or not members:
                continue
            if fact.type in ("investment", "acquisition") and all(m.end <= at for m in members) \
                    or fact.type == "shareholding" and any(m.start > at for m in members) and not _held_before_change(fact):
                fact.modality = "planned"  # …，成为其单一最大外部股东: what the deal will bring, too


def _still_to_close(doc: Doc, by_sentence: dict[int, list[FactRecord]], cues: dict) -> None:
    """A deal told as done that the next sentences say is still to close (A is acquiring B. … The deal is expected
    to close by March; A's acquisition of B comes after … The transaction is slated to close
    next year): planned. The deal of the two sentences before (or of the same sentence, named before the cue) that
    names a party the sentence names, or of the sentence right before in its paragraph when it names none; a
    deal dated in an earlier year than the document's is another, done one (after its $26 billion purchase of Y in
    2016)."""
    year = (doc.ref_date or "")[:4]
    for i, sent in enumerate(doc.sentences):
        hit = next((m for c in cues["pending"] for m in c.finditer(sent.text)), None)
        if hit is None:
            continue
        keys, cue_at = _keys_in(doc, sent), sent.start + hit.start()
        named = {t for t, words in cues["deal_words"].items() if any(w.search(hit.group(0)) for w in words)}
        whose = {m.key for m in doc.mentions_in(max(sent.start, cue_at - 60), cue_at)
                 if doc.text[m.end:cue_at].strip() in ("", "'s", "’s", "'", "’")}  # the Veltrix deal: that one's
        for j in range(max(0, i - 2), i + 1):
            apart = doc.sentences[j].paragraph != sent.paragraph  # (news paragraphs are often one sentence long)
            for fact in by_sentence.get(j, []):
                if fact.type not in ("acquisition", "investment") or fact.modality != "asserted" \
                        or not named & {"any", fact.type} or _dated_before(fact, year) or whose - _members(fact):
                    continue
                members = [m for ms in fact.roles.values() for m in ms]
                if j == i:
                    hit_fact = bool(members) and all(m.end <= cue_at for m in members)
                else:
                    hit_fact = bool(_members(fact) & keys) or (not keys and j == i - 1 and not apart)
                if hit_fact:
                    fact.modality = "planned"
                    fact.qualifiers.setdefault("more_evidence", []).append(Span(sent.start, sent.end))


def _dated_before(fact: FactRecord, year: str) -> bool:
    """Whether the fact is dated in a year before `year` (a partial ISO date's first four characters)."""
    date = fact.date.value if fact.date is not None else None
    iso = (date.value or date.start or "") if isinstance(date, DateValue) else ""
    return bool(year and iso[:4].isdigit() and iso[:4] < year)


@cache
def _later_cues() -> dict[str, tuple[re.Pattern[str], ...]]:
    """The cues of later events, Chinese (frames.yaml) and English (english.yaml): a denial, a deal called off,
    a confirmation and what undoes a confirmation."""
    zh, en = read_yaml("frames.yaml"), read_yaml("english.yaml")

    def words(items: list[str]) -> tuple[re.Pattern[str], ...]:
        return (re.compile("|".join(re.escape(w) for w in sorted(items, key=len, reverse=True))),)

    def patterns(items: list[str]) -> tuple[re.Pattern[str], ...]:  # one alternation: one pass per sentence (an English
        return (quick("|".join(f"(?:{p})" for p in items), re.I),) if items else ()  # cue's letters tested first)

    denied = _cues({"denied": zh["modality"]["denied"]}, zh.get("modality_not_after"))[0][1]  # not 不可否认
    return {"denied": (denied,) + patterns(en["modality"]["denied"]),
            "sourced": words(zh["modality"]["sourced"]),
            "heard": words(zh["modality"]["rumored"] + zh["modality"]["reported"] + zh["modality"]["sourced"] + ["透露"])
            + patterns(en["modality"]["rumored"] + en["modality"]["reported"]),
            "terminated": words(zh["modality"]["terminated"]) + patterns(en["later_events"]["terminated"]),
            "confirmed": words(zh["later_events"]["confirmed"]) + patterns(en["later_events"]["confirmed"]),
            "back_reference": (re.compile(f"(?:{'|'.join(zh['later_events']['back_reference'])})[^，,；;。]{{0,12}}?"
                                          f"(?:{'|'.join(zh['later_events']['report_words'])})"),)
            + patterns(en["later_events"]["back_reference"]),
            "completed": words(zh["later_events"]["completed"]) + patterns(en["later_events"]["completed"]),
            "pending": patterns(en["later_events"]["pending"]),
            "not_completed": (re.compile(f"(?:{'|'.join(zh['later_events']['not_completed'])})[^，,；;。]{{0,8}}$"),)
            + patterns(en["later_events"]["not_completed"]),
            "deal_words": {t: words(zh["later_events"]["deal_words"].get(t, []) or ["\uffff"])
                           + patterns(en["later_events"]["deal_words"].get(t, []))
                           for t in set(zh["later_events"]["deal_words"]) | set(en["later_events"]["deal_words"])},
            "not_confirmed": (re.compile(f"(?:{'|'.join(zh['later_events']['not_confirmed'])})[\u4e00-\u9fff]{{0,2}}$"),)
            + tuple(re.compile(p, re.I) for p in en["later_events"]["not_confirmed"])}


def _keys_in(doc: Doc, sent) -> set[str]:
    """The resolution keys of the names (and resolved references) in a sentence."""
    return {m.key for m in doc.mentions_in(sent.start, sent.end)}


def _members(fact: FactRecord) -> set[str]:
    return {m.key for ms in fact.roles.values() for m in ms}


def attach_deal_terms(doc: Doc) -> None:
    """Component: consideration and terms stated in the sentence after an investment (这笔交易…), and the total
    price (or a contract's value) a sentence of its own gives the deal before it."""
    by_sentence = _facts_by_sentence(doc)
    _attach_total_price(doc, by_sentence)
    _attach_price_back(doc, by_sentence)
    _attach_contract_value(doc, by_sentence)
    _attach_contract_term(doc, by_sentence)
    _agreement_told_both_ways(doc, by_sentence)
    _customer_named_after(doc, by_sentence)
    for i, sent in enumerate(doc.sentences):
        if not any(f.type == "investment" for j in (i, i - 1) for f in by_sentence.get(j, [])):
            continue  # no investment here or just before to take terms (the cheap test first)
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


# A sentence opening with the deal's price: 总代价包括现金…，合计约20.65亿元 / 交易对价为12亿元.
_TOTAL_PRICE = re.compile(r"\s*(?:本次|此次|该笔|这笔)?(?:交易|收购)?的?(?:总代价|总对价|总价款|交易总价|交易总额|交易对价"
                          r"|交易价格|交易金额|收购总价|收购价格|收购对价|作价)")
_SUM_WORD = re.compile(r"合计|共计|总计|总额")


def _attach_total_price(doc: Doc, by_sentence: dict[int, list[FactRecord]]) -> None:
    """美团…将收购光年之外的全部权益。总代价包括现金2.334亿美元、承担3.67亿元债务…，合计约20.65亿元: a sentence
    that states no deal of its own and opens with the price gives its total (the money after 合计, else its first)
    to the one deal without an amount in the sentence before."""
    for i, sent in enumerate(doc.sentences):
        if i == 0 or not _TOTAL_PRICE.match(sent.text) or any(f.type in _DEALS for f in by_sentence.get(i, [])):
            continue
        deals = [f for f in by_sentence.get(i - 1, []) if f.type in ("acquisition", "investment", "merger")]
        if len(deals) != 1 or deals[0].amount is not None:
            continue
        money = doc.values_in(sent.start, sent.end, "money")
        sums = list(_SUM_WORD.finditer(sent.text))
        if sums:
            money = [v for v in money if v.start >= sent.start + sums[-1].end()]
        if money:
            deals[0].amount = money[0]
            deals[0].qualifiers.setdefault("more_evidence", []).append(Span(sent.start, sent.end))


# The price of a deal the sentence points back to: 经协商，本次收购B 60%股权的作价为3亿元 / 该笔交易的底价为4.5亿元 /
# 该交易已完成交割，交易金额为5亿元 (the pointer in a clause before the price's)
_POINTER = (r"(?:(?:本次|此次|该笔?|这笔|上述|前述)(?:股权|股份)?(?:交易|收购|并购|转让|股权转让|股份转让|增资|投资|融资)|"
            r"(?:本轮|此轮|该轮)(?:融资)?)")
_PRICE_WORD = (r"(?:交易|收购|转让|股权转让|增资|投资)?的?(?:总价格|价格|总价款|价款|总对价|对价|总代价|代价|总金额|金额|总额|底价|"
               r"作价|定价)(?:合计|共计|总计)?(?:为|约为|约|达|确定为|定为|是|[:：])?\s*")
_PRICE_BACK = quick(_POINTER + r"(?P<what>[^，,。；;]{0,24}?)的?" + _PRICE_WORD)
_POINTED = re.compile(_POINTER)
_PRICE_OPENS = re.compile(r"(?:交易|收购|转让|股权转让)" + _PRICE_WORD)
_PRICE_REACH = 3  # sentences back (in the paragraph) the deal priced may stand


def _attach_price_back(doc: Doc, by_sentence: dict[int, list[FactRecord]]) -> None:
    """澄川资本拟收购青禾科技60%股权。…。经协商，本次收购青禾科技60%股权的作价为3亿元: money right after the price of a
    deal the sentence points back to (本次/此次/该/上述 + 交易/收购, or a price opening a clause after such a pointer)
    is the amount of the nearest deal before it in the paragraph (up to three sentences back; past the paragraph's
    start where the pointer names the company bought), when every deal from there to the price is that one (the same
    parties; a company or stake the pointer names must be its own) and it has no amount yet. Nothing where another
    deal stands between: precision first."""
    for i, sent in enumerate(doc.sentences):
        if i == 0:
            continue
        found = _price_pointed(doc, sent)
        if found is None:
            continue
        money, what = found
        _price_to_deal(doc, by_sentence, i, money, what)


def _price_pointed(doc: Doc, sent) -> tuple[Value, tuple[int, int]] | None:
    """The money of a price the sentence points back to, and the span naming what was bought (empty where none)."""
    text = doc.text
    for m in _PRICE_BACK.finditer(text, sent.start, sent.end):
        money = [v for v in doc.values_in(m.end(), min(sent.end, m.end() + 24), "money") if v.start <= m.end() + 2]
        if money:
            return money[0], m.span("what")
    for m in _PRICE_OPENS.finditer(text, sent.start, sent.end):
        what = (m.start(), m.start())
        if m.start() > sent.start and text[m.start() - 1] not in "，,；;":
            lead = max(text.rfind(c, sent.start, m.start()) for c in "，,；;")
            if lead < 0 or not _WHAT_PRICED.fullmatch(text, lead + 1, m.start()):
                continue
            what = (lead + 1, m.start())  # 本次交易中，B 100%股权的交易作价为18亿元: what is priced, then the price
        if not _POINTED.search(text, sent.start, what[0]):
            continue  # (a price opening the sentence with no pointer is _attach_total_price's)
        money = [v for v in doc.values_in(m.end(), min(sent.end, m.end() + 24), "money") if v.start <= m.end() + 2]
        if money:
            return money[0], what
    return None


# B 100%股权的 / 标的资产的: what a price priced by a pointer before it is of, opening its clause
_WHAT_PRICED = re.compile(r"\s*[^，,；;。]{2,24}?(?:股权|股份|资产|权益)的")


def _price_to_deal(doc: Doc, by_sentence: dict[int, list[FactRecord]], i: int, money: Value,
                   what: tuple[int, int]) -> None:
    """Gives the money to the nearest deal before sentence i that names both its parties (and the company or stake the
    pointer names), when every deal read from there to the price (the price's own sentence too) is a part of it (no
    party of its own): the same deal told again (交易完成后，公司将持有B 100%股权), not another one."""
    sent = doc.sentences[i]
    named = {m.key for m in doc.mentions_in(what[0], what[1]) if m.kind != "person"}
    stakes = {v.text for v in doc.values_in(what[0], what[1], "percent")}
    between = [f for f in by_sentence.get(i, []) if f.type in _DEALS]  # the deals read after the one priced
    for j in range(i - 1, max(-1, i - 1 - _PRICE_REACH), -1):
        if doc.sentences[j].paragraph != sent.paragraph and not named:
            return  # (a pointer naming the company bought, 本次收购B 39%股权, reaches past a paragraph's end)
        told = [f for f in by_sentence.get(j, []) if f.type in _DEALS]
        for deal in reversed(told):
            whole = deal.type in ("acquisition", "investment", "merger") and all(list(deal.roles.values())[:2])
            fits = whole and not (named and not named <= _members(deal)) \
                and not (stakes and (deal.stake is None or deal.stake.text not in stakes))
            if fits:
                if deal.amount is None and all(_members(f) <= _members(deal) for f in between):
                    deal.amount = money
                    deal.qualifiers.setdefault("more_evidence", []).append(Span(sent.start, sent.end))
                return
            between.append(deal)


# A sentence opening with a contract's value: 本次合同金额为3.6亿元 / 合同总金额约2亿元 / 订单金额为5000万元.
_CONTRACT_VALUE = re.compile(r"\s*(?:本次|此次|该|上述|本)?(?:合同|订单|协议|服务)(?:费用)?(?:总金额|金额|总额|总价|总价款|价款)"
                             r"(?:合计|共计|总计)?(?:为|约为|约|:|：|达|高达)?")


def _attach_contract_value(doc: Doc, by_sentence: dict[int, list[FactRecord]]) -> None:
    """星河通信向云帆科技出租GPU。合同金额为3.6亿元，期限3年: a sentence that opens with a contract's
    value and states no deal of its own gives the money right after those words to the one purchase without an
    amount in the sentence before."""
    for i, sent in enumerate(doc.sentences):
        opened = _CONTRACT_VALUE.match(sent.text)
        if i == 0 or not opened or any(f.type in _DEALS for f in by_sentence.get(i, [])):
            continue
        deals = [f for f in by_sentence.get(i - 1, []) if f.type == "purchase"]
        if len(_purchase_pairs(deals)) != 1 or any(f.amount is not None for f in deals):
            continue
        money = [v for v in doc.values_in(sent.start, sent.end, "money") if v.start <= sent.start + opened.end() + 4]
        for deal in deals if money else []:
            deal.amount = money[0]
            deal.qualifiers.setdefault("more_evidence", []).append(Span(sent.start, sent.end))


def _purchase_pairs(deals: list[FactRecord]) -> set[tuple]:
    """The distinct buyer-supplier pairs of purchases: a contract read twice in its sentence (A与B签订《算力服务
    合同》，乙方向甲方提供算力服务: the agreement and the service, one pair) is one purchase."""
    return {tuple(tuple(m.key for m in f.roles.get(r, [])) for r in ("buyer", "supplier")) for f in deals}


def _agreement_told_both_ways(doc: Doc, by_sentence: dict[int, list[FactRecord]]) -> None:
    """A与B签署《采购框架协议》，B预计向A采购…: the agreement's title names no direction (its reading takes the first
    named as the buyer); a purchase of the same sentence that says who buys from whom turns the signed agreement
    round (the agreement stays asserted, the volume expected stays its own fact)."""
    for facts in by_sentence.values():
        two_sided = [f for f in facts if f.type == "purchase" and f.roles["buyer"]]  # (not a sale to an unnamed customer)
        signed = [f for f in two_sided if (f.rule or "").startswith("purchase:agreement:")]
        told = [f for f in two_sided if f not in signed]
        for a in signed:
            keys = (a.roles["buyer"][0].key, a.roles["supplier"][0].key)
            if any((f.roles["supplier"][0].key, f.roles["buyer"][0].key) == keys for f in told):
                a.roles["buyer"], a.roles["supplier"] = a.roles["supplier"], a.roles["buyer"]


# 该客户为B / 合同对方为B / 交易对方：B: a sentence naming the other party of the contract told before
_CUSTOMER_NAMED = re.compile(r"[\s“”]*(?:该|上述|本次|此次|前述)?(?:合同)?(?:客户|合同对方|交易对方|合同相对方|对方当事人|甲方|采购方|买方)"
                             r"(?:名称)?(?:为|是|系|即|:|：)\s*")


def _customer_named_after(doc: Doc, by_sentence: dict[int, list[FactRecord]]) -> None:
    """星河算力与客户签订《算力服务协议》，合同金额为3亿元。该客户为B。: a sale to a customer left unnamed whose next
    sentence (or the one after, same paragraph) opens by naming the customer: B is the buyer. Only where one
    such sale stands before and the name follows the words at once."""
    for i, sent in enumerate(doc.sentences):
        sales = [f for f in by_sentence.get(i, []) if f.type == "purchase" and not f.roles["buyer"] and f.roles["supplier"]]
        if len(_purchase_pairs(sales)) != 1:
            continue
        for j in (i + 1, i + 2):
            if j >= len(doc.sentences) or doc.sentences[j].paragraph != sent.paragraph:
                break
            later = doc.sentences[j]
            named = _CUSTOMER_NAMED.match(later.text)
            if named is None:
                if any(f.type in _DEALS for f in by_sentence.get(j, [])):
                    break
                continue
            at = later.start + named.end()
            who = [m for m in doc.mentions_in(at, later.end, ("organization",)) if m.start == at]
            supplier = sales[0].roles["supplier"][0].key
            if who and who[0].key != supplier:
                for sale in sales:
                    sale.roles["buyer"] = who[:1]
                    sale.qualifiers.setdefault("more_evidence", []).append(Span(later.start, later.end))
            break


# 服务期限为5年，从2024年5月24日至2029年5月24日止 / 合同期限：2025年1月1日至2027年12月31日: the term of a contract
_TERM_WORD = re.compile(r"(?:期限|服务期|租期|履行期|有效期)")


def _attach_contract_term(doc: Doc, by_sentence: dict[int, list[FactRecord]]) -> None:
    """星槎智能向北溟科技采购算力服务，服务期限从2025年1月1日至2027年12月31日 (or in the sentence after, which states
    no deal of its own): the span after a word of a term is the period of the one purchase, over the day it was
    signed."""
    for i, sent in enumerate(doc.sentences):
        deals = [f for f in by_sentence.get(i, []) if f.type == "purchase"]
        told = [sent]
        if i + 1 < len(doc.sentences) and not any(f.type in _DEALS for f in by_sentence.get(i + 1, [])):
            told.append(doc.sentences[i + 1])
        if len(_purchase_pairs(deals)) != 1:
            continue
        for where in told:
            term = _term_in(doc, where)
            if term is not None:
                for deal in deals:
                    deal.qualifiers["period"] = term
                break


def _term_in(doc: Doc, sent) -> Value | None:
    """The first span of dates (both ends written) within a few characters after a word of a term."""
    for word in _TERM_WORD.finditer(sent.text):
        at = sent.start + word.end()
        for v in doc.values_in(at, sent.end, "date"):
            if v.start <= at + 12 and isinstance(v.value, DateValue) and v.value.start and v.value.end:
                return v
    return None


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


_ALREADY_IN = re.compile(r"(?:当时|彼时|此前|早已|已经|已)(?:均|都)?(?:是|为)[^，,。；;]{0,3}?(?:投资方|投资人|股东)")


def merge_syndicates(doc: Doc) -> None:
    """Component: one round, one fact — the lead and the followers of a sentence's round are joined,
    and an undated round naming several investors joins the dated one of the same company nearby."""
    _join_round_members(doc)
    investments = [f for f in doc.facts if f.type == "investment"]
    for fact in investments:
        if fact.date is not None or len(fact.roles["investor"]) < 2 or \
                _ALREADY_IN.search(doc.text, fact.evidence.start, fact.evidence.end):
            continue  # A、B当时已是其投资方: who had invested before, no later round's backers
        investee = fact.roles["investee"][0].key
        investors = {m.key for m in fact.roles["investor"]}
        for other in investments:
            if (other is not fact and other.date is not None and other.roles["investee"][0].key == investee
                    and other.roles["investor"]  # a round with no investor named says nothing of these
                    and {m.key for m in other.roles["investor"]} <= investors
                    and not _other_amount(fact, other)  # raised €45 million … previously raised €12 million in 2023
                    and _same_round(fact, other)
                    and other.modality == fact.modality and abs(other.evidence.start - fact.evidence.start) < 600):
                fact.date = other.date
                fact.qualifiers.setdefault("more_evidence", []).append(other.evidence)
                doc.facts.remove(other)
                break


def _other_amount(a: FactRecord, b: FactRecord) -> bool:
    """Whether two deals state different amounts (two rounds, not one)."""
    if a.amount is None or b.amount is None:
        return False
    va, vb = getattr(a.amount.value, "value", None), getattr(b.amount.value, "value", None)
    return va is not None and vb is not None and va != vb


def _other_date(a: FactRecord, b: FactRecord) -> bool:
    """Whether two deals are dated differently (2023年4月…由A领投；2024年4月…由B领投: two rounds, not one)."""
    return a.date is not None and b.date is not None and a.date.value != b.date.value


def _same_round(a: FactRecord, b: FactRecord) -> bool:
    """Whether two rounds may be one: the same round name, or one of them unnamed (天使轮 is not 新一轮)."""
    ra, rb = a.qualifiers.get("round"), b.qualifiers.get("round")
    return not ra or not rb or ra == rb


def _join_round_members(doc: Doc) -> None:
    kept: list[FactRecord] = []
    alike: dict[tuple, list[FactRecord]] = {}  # the investments kept, by sentence, company, modality and round
    for fact in doc.facts:
        if fact.type != "investment" or not fact.roles.get("investee"):
            kept.append(fact)
            continue
        bucket = alike.setdefault((fact.evidence, fact.roles["investee"][0].key, fact.modality,
                                   fact.qualifiers.get("round")), [])
        same = next((k for k in bucket if (k.rule.startswith("investment:round")
                     or fact.rule.startswith("investment:round")) and not _other_date(k, fact)
                     and not _other_amount(k, fact)), None)
        if same is None:
            kept.append(fact)
            bucket.append(fact)
            continue
        known = {m.key for m in same.roles["investor"]}
        same.roles["investor"] = same.roles["investor"] + [m for m in fact.roles["investor"] if m.key not in known]
        lead = same.qualifiers.get("lead", []) + fact.qualifiers.get("lead", [])
        if lead:  # two members with no lead named (B参投，包括C、D) name no lead either
            same.qualifiers["lead"] = lead
        same.amount, same.date = same.amount or fact.amount, same.date or fact.date
    doc.facts = kept


# a deal whose words say goods or compute change hands: "signs chip supply deal with", "a cloud deal with"
_SUPPLY_DEAL = re.compile(r"\b(?:supply|supplies|chips?|cloud|computing|compute|GPU|server|wafer|foundry)\b[\w -]{0,20}?"
                          r"\b(?:deal|contract|agreement|pact|order)s?\b|供货|供应|采购|订单", re.I)

# a cooperation named as such is a partnership whatever else the sentence says ("A与B签署合作协议，在其数据中心部署B的
# 算力集群": both)
_COOPERATION_WORD = re.compile(r"合作|合资|联合|携手|框架协议|意向协议|意向书|备忘录|partner|alliance|collaborat|cooperat|joint|"
                               r"tie-up|memorandum|framework", re.I)  # (a framework agreement signed: their partnership)


def _same_party(a: Mention, b: Mention) -> bool:
    """The same company, or one named by the first words of the other's name ("Samsung" for "Samsung Electronics")."""
    if a.key == b.key:
        return True
    for x, y in ((a.text, b.text), (a.canonical, b.canonical)):
        short, long = sorted((x, y), key=len)
        if short.isascii() and len(short) > 2 and long.startswith(short + " "):
            return True
    return False


def drop_weaker(doc: Doc) -> None:
    """Component: within a sentence, a strategic partnership yields to a specific one of the same parties; a
    strategic partnership of two parties yields to a purchase between them read from the same sentence
    ("AMD struck a deal with OpenAI to provide chips": OpenAI buys, the two are not partners by that sentence), or
    read anywhere in the document when the partnership's own words name a supply, chip or cloud deal ("Samsung
    signs chip supply deal with Tesla" over a body that says which way the chips go). (A compute partnership stays:
    "signed compute contracts with Oracle" is both; so does one the sentence calls a cooperation.)"""
    specific: dict[Span, list[FactRecord]] = {}  # the specific partnerships by their evidence
    for o in doc.facts:
        if o.type == "partnership" and o.qualifiers.get("kind") in _SPECIFIC:
            specific.setdefault(o.evidence, []).append(o)
    bought = [(o.roles["buyer"][0], o.roles["supplier"][0], o.evidence) for o in doc.facts
              if o.type == "purchase" and len(o.roles.get("buyer", ())) == 1 and len(o.roles.get("supplier", ())) == 1
              and o.roles["buyer"][0].key != o.roles["supplier"][0].key]  # who buys from whom, and where it is said
    kept = []
    for fact in doc.facts:
        if fact.type == "partnership" and fact.qualifiers.get("kind") == "strategic":
            parties = {m.key for m in fact.roles["party"]}
            if any(parties <= {m.key for m in o.roles["party"]} for o in specific.get(fact.evidence, ())):
                continue
        if fact.type == "partnership" and fact.qualifiers.get("kind") == "strategic" \
                and not fact.roles.get("result") and len(fact.roles["party"]) == 2 and bought:
            a, b = fact.roles["party"]
            where = {ev for buyer, supplier, ev in bought if (_same_party(a, buyer) and _same_party(b, supplier))
                     or (_same_party(a, supplier) and _same_party(b, buyer))}
            if where and not _COOPERATION_WORD.search(doc.text, fact.evidence.start, fact.evidence.end) and (
                    fact.evidence in where or _SUPPLY_DEAL.search(doc.text, fact.evidence.start, fact.evidence.end)):
                continue
        kept.append(fact)
    doc.facts = kept


def attach_sellers(doc: Doc) -> None:
    """Component: 本次股权的转让方为A及其控制的两家持股平台 / 交易对方为A、B: the sellers of the acquisition read
    last (in this sentence or the three before) that names none. A company right before a title only
    describes the person after it (芯图微电子创始人陈屹: 陈屹)."""
    by_sentence = _facts_by_sentence(doc)
    for sent in doc.sentences:
        hit = _SELLERS_NAMED.search(sent.text)
        if hit is None:
            continue
        start = sent.start + hit.end()
        end = next((sent.start + m.start() for m in _CLAUSE_END.finditer(sent.text, hit.end())), sent.end)
        named = [m for m in doc.mentions_in(start, end) if m.kind in ("organization", "candidate", "person")
                 and not _TITLE_AFTER.match(doc.text, m.end)]
        listed = _HOLDERS_LISTED.match(doc.text, end) if _ALL_HOLDERS.search(doc.text, start, end) else None
        if listed is not None:  # 交易对方为B的全体股东，包括A、C等: the holders listed sell
            more_end = next((sent.start + m.start() for m in _CLAUSE_END.finditer(sent.text, listed.end() - sent.start)),
                            sent.end)
            named += [m for m in doc.mentions_in(listed.end(), more_end)
                      if m.kind in ("organization", "candidate", "person")]
        deals = [f for i in range(sent.index - _SELLERS_BACK, sent.index + 1) for f in by_sentence.get(i, [])
                 if f.type == "acquisition" and not f.roles.get("seller")]
        if not named or not deals:
            continue
        deal = deals[-1]
        taken = {m.key for ms in deal.roles.values() for m in ms}
        sellers = [m for m in named if m.key not in taken]
        if sellers:
            deal.roles["seller"] = sellers
    _part_from_seller(doc, by_sentence)
    _signed_sellers(doc, by_sentence)
    _signed_buyers(doc, by_sentence)
    _transfers_done(doc, by_sentence)


# 原控股股东A及实控人B、C与D于3月2日签订的股份转让协议，已完成(第一期)交割/过户: D bought shares of the company
# written about from A, B, C; the sale is done
_TRANSFER_DONE = re.compile(r"(?:与|和|同)(?P<buyer>[^，,；;。与和同]{2,40}?)\s*(?:于[^，,；;。]{1,14}?)?(?:签署|签订|订立)的"
                            r"[《“]?(?:股份|股权)(?:协议)?转让协议[》”]?[，,]?\s*(?:目前|现)?(?:已|已经)(?:顺利)?(?:完成|办理完毕|办理完成)"
                            r"(?:了)?(?:第[一二三四]期|首期)?(?:股份)?(?:的)?(?:交割|过户)")
_HOLDER_TITLES = r"(?:原|前)?(?:控股股东|实际控制人|实控人|第一大股东|股东|董事长|创始人)(?:及其一致行动人)?"
_SELLER_GAP = re.compile(r"\s*(?:及|和|与|、|以及)?\s*(?:其一致行动人)?[、\s]*(?:" + _HOLDER_TITLES + r")?[、\s]*")


def _transfers_done(doc: Doc, by_sentence: dict[int, list[FactRecord]]) -> None:
    """A及B与C签署的股份转让协议，已完成第一期交割: C bought shares of the company the document is about (named with
    its stock code) from A and B, and the sale is done. Nothing where the document names no such company, or a
    deal of the sentence already tells the sale."""
    from dealgraph.extract.deal_slots import _coded_companies

    companies = None
    for sent in doc.sentences:
        for hit in _TRANSFER_DONE.finditer(sent.text):
            if any(f.type == "acquisition" for f in by_sentence.get(sent.index, [])):
                break
            if companies is None:
                companies = _coded_companies(doc)
            parties = ("organization", "candidate", "person")
            buyers = list({m.key: m for m in doc.mentions_in(sent.start + hit.start("buyer"), sent.start + hit.end("buyer"))
                           if m.kind in parties}.values())  # A(下称“A'”): one buyer
            opening = max([sent.start] + [sent.start + m.end() for m in re.finditer(r"[，,；;：:]", sent.text[:hit.start()])])
            sellers = [m for m in doc.mentions_in(opening, sent.start + hit.start()) if m.kind in parties]
            if len(buyers) != 1 or not sellers or not companies:
                continue
            gaps = [doc.text[a.end:b.start] for a, b in zip(sellers, sellers[1:])]
            if any(not _SELLER_GAP.fullmatch(g) for g in gaps):
                continue  # the sellers listed, with their titles only between them
            company = companies[0]
            keys = {m.key for m in buyers + sellers}
            if company.key in keys:
                continue
            fact = FactRecord("acquisition", {"acquirer": buyers, "target": [company], "seller": sellers},
                              Span(sent.start, sent.end), "asserted", rule="acquisition:transfer_done")
            doc.facts.append(fact)
            by_sentence.setdefault(sent.index, []).append(fact)


# A于6月5日与B签订《股权转让协议》/有条件买卖协议，拟收购C 60%股权: B, who signs the sale with the buyer, sells
_SIGNED_SALE = re.compile(r"(?:与|和|同)(?P<who>[^，,；;。]{2,60}?)\s*(?:[(（][^()（）]{0,30}[)）])?\s*(?:于[^，,；;。]{1,14}?)?"
                          r"(?:共同|正式|已|已经)?(?:签署|签订|签定|订立)了?[^，,；;。]{0,6}?[《“]?"
                          r"(?:股权转让|股份转让|股份购买|股权购买|股权收购|股份收购|买卖)(?:意向|框架)?(?:协议|合同)")
_SIDE_OF = re.compile(r"\s*(?:的)?(?:\d+(?:名|位|家)|全体|部分|其他|等)*(?:股东|交易对方|相关方|管理层|创始人|实际控制人|实控人)")


def _signings(doc: Doc, sent: Sentence,
              signer_kinds: tuple[str, ...]) -> Iterator[tuple[int, list[Mention], list[Mention]]]:
    """Each share-transfer agreement a sentence says was signed with named parties (A与B签署股份转让协议): where the
    signing ends, the parties signed with, and the parties (of signer_kinds) named before it; none where the other
    side is a word for a company's holders (与C的11名股东签署)."""
    for hit in _SIGNED_SALE.finditer(sent.text):
        start, end = sent.start + hit.start("who"), sent.start + hit.end("who")
        named = [m for m in doc.mentions_in(start, end) if m.kind in ("organization", "candidate", "person")]
        before = [m for m in doc.mentions_in(sent.start, sent.start + hit.start()) if m.kind in signer_kinds]
        if named and before and not any(_SIDE_OF.match(doc.text, m.end) for m in named):
            yield sent.start + hit.end(), named, before


def _signed_sellers(doc: Doc, by_sentence: dict[int, list[FactRecord]]) -> None:
    """A与B签订《股权转让协议》，拟收购C 60%股权: the party the buyer signs the sale with sells, when it is neither
    the company bought nor a word for that company's holders (与C的11名股东签署: the holders, unnamed)."""
    for sent in doc.sentences:
        deals = [f for f in by_sentence.get(sent.index, []) if f.type == "acquisition" and not f.roles.get("seller")
                 and f.roles.get("acquirer") and f.roles.get("target") and f.evidence.start == sent.start]
        for signed_end, named, before in _signings(doc, sent, ("organization", "candidate")) if deals else ():
            for deal in deals:
                buyer, target = deal.roles["acquirer"][0], deal.roles["target"][0]
                if before[-1].key != buyer.key or target.start < signed_end:
                    continue  # the buyer signs, and the company bought is named after the signing
                sellers = [m for m in named if m.key not in {buyer.key, target.key}]
                if sellers and len(sellers) == len(named):
                    deal.roles["seller"] = sellers


def _signed_buyers(doc: Doc, by_sentence: dict[int, list[FactRecord]]) -> None:
    """控股股东A及其一致行动人B与C签署股份转让协议，拟合计转让公司29.9%的股份: the party the sellers sign the sale
    with buys, when the sale names no buyer and that party is neither a seller nor the company sold."""
    for sent in doc.sentences:
        deals = [f for f in by_sentence.get(sent.index, []) if f.type == "acquisition" and not f.roles.get("acquirer")
                 and f.roles.get("seller") and f.roles.get("target") and f.evidence.start == sent.start]
        for _, named, before in _signings(doc, sent, ("organization", "candidate", "person")) if deals else ():
            for deal in deals:
                target = deal.roles["target"][0]
                if before[-1].key not in {m.key for m in deal.roles["seller"]} or before[-1].key in {m.key for m in named}:
                    continue  # the sellers sign (the last name before 与 is one of them)
                # (A与B签署股份转让协议，拟转让…: B, joined to A by 与, was read as a second seller; it is the other side)
                signed = {m.key for m in named}
                sellers = [m for m in deal.roles["seller"] if m.key not in signed]
                buyers = [m for m in named if m.key != target.key]
                if buyers and len(buyers) == len(named) and sellers:
                    deal.roles["acquirer"], deal.roles["seller"] = buyers, sellers


# 其中A从控股股东B受让24.99%: part of the deal just read, bought from B.
_PART_FROM = re.compile(r"其中[^，,。；;]{0,16}?(?:从|自|向)([^，,。；;]{1,24}?)(?:手中|处)?(?:受让|购买|收购|买入|取得)"
                        r"(?:其持有的|其所持)?[^，,。；;]{0,6}?\d+(?:\.\d+)?%")


def _part_from_seller(doc: Doc, by_sentence: dict[int, list[FactRecord]]) -> None:
    """…协议受让B合计29.99%的股份，其中A从控股股东C受让24.99%: C sells (part of) the deal just read in the sentence."""
    for sent in doc.sentences:
        for hit in _PART_FROM.finditer(sent.text):
            deals = [f for f in by_sentence.get(sent.index, []) if f.type == "acquisition"
                     and f.evidence.start == sent.start]
            if not deals:
                continue
            deal = deals[-1]
            start, end = sent.start + hit.start(1), sent.start + hit.end(1)
            taken = {m.key for ms in deal.roles.values() for m in ms}
            named = [m for m in doc.mentions_in(start, end) if m.kind in ("organization", "candidate", "person")
                     and m.key not in taken]
            if named:
                deal.roles["seller"] = deal.roles.get("seller", []) + named[-1:]


def holdings_after_change(doc: Doc) -> None:
    """Component (wt-jd): A持有公司的股份由6.9亿股减少至6.0亿股，占公司总股本的比例由42.72%减少至36.79%: the holding
    read in the sentence, with no stake of its own, is the part after the change (36.79%). Only where the sentence
    reads one such holding and a ratio of the whole stock (or 持股比例) changes from one percent to another."""
    by_sentence = _facts_by_sentence(doc)
    for sent in doc.sentences:
        held = [f for f in by_sentence.get(sent.index, []) if f.type == "shareholding" and f.stake is None]
        if len(held) != 1 or "由" not in sent.text:
            continue
        change = _RATIO_CHANGE.search(sent.text)
        holder = held[0].roles.get("holder") or []
        if change is None or not holder or holder[0].start > sent.start + change.start():
            continue
        at = sent.start + change.start("after")
        after = next((v for v in doc.values_in(at, sent.end, "percent") if v.start == at), None)
        if after is not None and after.value.value:  # (减少至0%: nothing held any more, no stake)
            held[0].stake = after


# 占公司总股本的比例由42.72%减少至36.79% / 持股比例由8%降至3%: the share of the stock before and after a change
_RATIO_CHANGE = re.compile(r"(?:(?:持股|股份|股权)比例|占[^，,；;。由]{0,16}?(?:总股本|股份总数|股本总额|总股份|已发行股份)的?比例)"
                           r"(?:将)?由\s*(?:约)?[\d.]+\s*%\s*(?:减少|增加|下降|上升|降低|提高|提升|变动|变更|增|减|降|升)"
                           r"(?:为|至|到)\s*(?:约)?(?P<after>[\d.]+\s*%)")
_ALL_HOLDERS = re.compile(r"的?(?:全体|全部|部分|原)?股东\s*$")
_HOLDERS_LISTED = re.compile(r"[，,：:]\s*(?:包括|分别为|分别是|即)[:：]?")
# how many sentences back the deal whose sellers are named may stand (收购B 51%股权。B成立于…。交易对方为A: the
# target described between)
_SELLERS_BACK = 3
_SELLERS_NAMED = quick(r"(?:本次|此次|该笔|这笔|上述)?(?:股权|股份|交易|收购)?的?(?:转让方|出让方|交易对方|卖方|出售方)"
                            r"(?:分别)?(?:为|是|系|包括)"
                            # (wt-jd) the sellers told by their verb: 出让股份的是A、B以及C等37名股东 / 转让股权的股东包括A、B
                            r"|(?:出让|转让|出售)(?:这些|上述|其|所持)?(?:股份|股权)的(?:股东|一方|各方)?(?:分别)?(?:是(?!否)|为|包括)")
_CLAUSE_END = re.compile(r"[，,。；;]")
_TITLE_AFTER = re.compile(r"(?:的)?(?:创始人|联合创始人|董事长|总经理|CEO|实际控制人|实控人|控股股东|股东)")


def _facts_by_sentence(doc: Doc) -> dict[int, list[FactRecord]]:
    starts = {s.start: s.index for s in doc.sentences}
    out: dict[int, list[FactRecord]] = {}
    for fact in doc.facts:
        idx = starts.get(fact.evidence.start)
        if idx is not None:
            out.setdefault(idx, []).append(fact)
    return out




# 收购青禾集团的芯片设计业务 / 青禾集团旗下的机器人业务 / 澜汐传媒数字出版业务的核心资产: what is bought is a business or
# the assets of the company named, not the company.
_ASSET_AFTER = re.compile(r"(?:旗下|下属)?的?([^，,；;。、“”\d%]{0,10}?(?:业务|资产|板块|事业部|产品线|生产线|工厂|品牌|门店))"
                          r"(?!公司|企业|集团)")


# 收购A旗下物流公司 / 收购A下属的两家子公司: a unit of A that the text does not name (a name after it is the target itself)
_UNNAMED_UNIT_AFTER = re.compile(r"(?:旗下|下属)的?[\u4e00-\u9fff]{0,8}?(?:子公司|公司|企业)"
                                 r"(?=[，,；;。、和及与的\d]|$|展开|进行|事宜|一事|股权|股份|全部|部分|控股权)")


def attach_assets(doc: Doc) -> None:
    """Component: an acquisition of a business or of assets of the company named (收购青禾集团的芯片设计业务)
    keeps the company as its target and says what was bought in the `asset` qualifier, so that it never
    reads as buying the whole company."""
    for fact in doc.facts:
        if fact.type != "acquisition" or not fact.roles.get("target"):
            continue
        target = fact.roles["target"][0]
        found = _ASSET_AFTER.match(doc.text, target.end)
        if found and found.group(1) and "asset" not in fact.qualifiers \
                and not doc.mentions_in(target.end, found.end(), ("organization", "candidate")):
            fact.qualifiers["asset"] = found.group(1).lstrip("的")
            continue
        unit = _UNNAMED_UNIT_AFTER.match(doc.text, target.end)  # 收购A旗下物流公司: a unit of A, not A itself, is bought
        if unit and "asset" not in fact.qualifiers \
                and not doc.mentions_in(target.end, unit.end() + 12, ("organization", "candidate")):
            fact.qualifiers["asset"] = unit.group().replace("的", "", 1) if unit.group().startswith(("旗下的", "下属的")) \
                else unit.group()


# 已于8月20日签约，以115亿元取得B 10%股权 / 与A签署股权转让协议，收购B 51%股权: the deal is agreed, not done.
_SIGNED_ONLY = re.compile(r"(?<!合作)签约|(?:签署|签订|订立)了?[^，,；;。]{0,10}?(?:股权|股份|收购|转让|投资|增资|认购|购买|交易)"
                          r"[^，,；;。]{0,6}?协议"  # not 签订合作技术协议: an agreement of another kind
                          # 签署《股权收购框架协议》/ 签订收购意向书 / 达成投资备忘录: a paper of intent, whatever deal it names
                          r"|(?:签署|签订|订立|达成)了?[^，,；;。]{0,16}?(?:框架协议|意向协议|意向书|合作备忘录|谅解备忘录|备忘录|条款清单|投资条款)"
                          # 与C达成协议，以5亿元收购B / 就收购事宜达成一致: agreed, still to be done
                          r"|达成了?(?:一项|一致|共识|协议)|(?:收购|投资|增资|入股|转让|交易|并购)(?:事宜|事项)?达成了?(?:一致|共识|协议)")
# The deal said to be done (已完成交割, 办理完毕); not what it will bring once done (交易完成后将持有…), nor a closing still to
# come (尚未完成交割, 预计年底前完成)
_CLOSED = re.compile(r"(?<![未将需待计望])(?:完成(?!后|之后|以后)|交割(?!后|之后|以后)|过户(?!后|之后|以后)|办理完毕|"
                     r"已于[^，,；;。]{0,10}?生效)")


def signed_pending(doc: Doc) -> None:
    """Component: an asserted acquisition or investment whose own clause, or the clause right before it in its
    part of the sentence, only says an agreement was signed (签约, 签署…协议) and nothing of its closing is a
    deal agreed, still to be done: planned (a later sentence of completion makes it asserted again)."""
    by_start = {s.start: s for s in doc.sentences}
    for fact in doc.facts:
        if fact.type not in ("acquisition", "investment") or fact.modality != "asserted" or not fact.rule:
            continue
        sent = by_start.get(fact.evidence.start)
        if sent is None:
            continue
        trigger = _trigger_at(doc, fact, sent)
        if trigger is None:
            continue
        part_start = max(sent.start, doc.text.rfind("；", sent.start, trigger) + 1, doc.text.rfind(";", sent.start, trigger) + 1)
        before = doc.text[part_start:trigger]
        clauses = re.split(r"[，,]", before)
        near = "，".join(clauses[-2:])
        if _SIGNED_ONLY.search(near) and not _CLOSED.search(doc.text, part_start, sent.end):
            same = _deal_key(fact)
            for other in doc.facts:  # …已签订股权转让协议，收购B 80%股权，A此次收购B是…: the same deal
                if other.evidence.start == fact.evidence.start and _deal_key(other) == same \
                        and other.modality == "asserted":
                    other.modality = "planned"


# What says a deal still waits for its approval or closing: 交易尚需获得市场监管总局批准 / 目前尚待交割 / 尚未完成交割 /
# 预计于年底前完成交割 / 一事有待股东大会审议; subject to regulatory approval / pending approvals / is expected to close /
# has yet to close
_STILL_PENDING = quick(
    r"(?:尚需|仍需|尚须|仍须|还需|还须|需经|须经|需要经过|需获得|须获得|有待|尚待|仍待|等待|待)[^，,；;。]{0,24}?"
    r"(?:批准|审批|核准|审核|审议|注册|同意|通过|备案|许可|交割|过户|生效)"
    r"|(?:尚未|仍未|还未|并未|未)(?:正式)?(?:完成)?(?:交割|过户)"
    r"|(?:预计|预期|有望|计划|将于|将在)[^，,；;。]{0,16}?(?:完成交割|交割|完成过户)"
    r"|(?:仍|尚|还|正)(?:在|处于)(?:推进|进行|洽谈|谈判|审核|审批|筹划)|(?:仍|尚)?存在(?:较大)?不确定性"
    r"|\bsubject to (?:[\w-]+ ){0,4}?(?:approvals?|clearances?|conditions|consents?|reviews?|votes?)\b"
    r"|\bpending (?:[\w-]+ ){0,3}?(?:approvals?|clearances?|reviews?|votes?)\b"
    r"|\b(?:is|are) (?:still )?(?:expected|set|scheduled|slated|anticipated|likely) to (?:close|complete|be completed|be finali[sz]ed)\b"
    r"|\b(?:has|have) (?:not )?yet to (?:close|complete|be completed)\b|\bawaiting (?:[\w-]+ ){0,3}?approvals?\b", re.I)
# What may stand between a deal and the clause that says it still waits: the deal named again (交易, 本次收购, 该笔投资,
# the transaction), a figure, a time, never another party (青禾电子的上市申请尚需注册) nor a listing of its own
_PENDING_NOT_THE_DEAL = re.compile(r"上市|IPO|挂牌|\blist(?:ing|ed|s)?\b|\boffering\b|\bIPO\b", re.I)
# A sentence whose subject is the deal told right before it (本次交易尚需…, The deal is expected to close …)
_THE_DEAL_OPENS = re.compile(r"\s*(?:此外|另外|目前|截至目前|同时|不过|但)?[，,]?\s*(?:本次|此次|该|该笔|该项|这笔|这项|上述|前述)?"
                             r"(?:交易|收购|并购|增资|投资|股权转让|股份转让|转让|认购|合并|重组|事项)"
                             r"|\s*(?:The|This|That)(?: [\w$.,-]+){0,3}? (?:deal|transaction|acquisition|merger|purchase|takeover|"
                             r"investment|sale)\b")
# 本次交易完成后，B成为A的控股子公司: what the deal told right before brings once done
_ONCE_THE_DEAL_DONE = re.compile(r"\s*(?:本次|此次|该笔|这笔|上述|该)?(?:交易|收购|增资|投资|认购|转让|入股)(?:全部)?"
                                 r"(?:完成|交割|实施完毕|完成交割)后")


def still_pending(doc: Doc) -> None:
    """Component: an acquisition, investment or merger read as done whose own sentence goes on to say it still waits for
    its approval or closing (澄川资本以2亿元收购青禾电子60%股权，交易尚需获得监管批准; acquired B, subject to regulatory
    approval), or whose next sentence, about the deal, says so (本次交易尚需取得证监会核准。 / The deal is expected to
    close in the fourth quarter.) is a deal agreed, still to be done: planned. What stands between the deal and the cue
    names no other party and no listing (青禾电子的上市申请尚需注册 leaves A's deal done). A holding or unit that a
    planned deal told right before brings once done (本次交易完成后，B成为A的控股子公司) is planned too. A later
    sentence of completion makes the deal asserted again."""
    by_sentence = _facts_by_sentence(doc)
    for i, sent in enumerate(doc.sentences):
        for hit in _STILL_PENDING.finditer(sent.text):
            at = sent.start + hit.start()
            part = max(sent.start, doc.text.rfind("；", sent.start, at) + 1, doc.text.rfind(";", sent.start, at) + 1)
            for fact in by_sentence.get(i, []):
                if fact.type in ("investment", "acquisition", "merger") and fact.modality == "asserted" \
                        and _waits(doc, fact, part, at):
                    fact.modality = "planned"
        if i == 0 or not _THE_DEAL_OPENS.match(sent.text):
            continue
        hit = _STILL_PENDING.search(sent.text)
        if hit is not None and not doc.mentions_in(sent.start, sent.start + hit.start()) \
                and not _PENDING_NOT_THE_DEAL.search(sent.text, 0, hit.start()):
            for fact in by_sentence.get(i - 1, []):  # (not a deal dated in an earlier year: another, done one)
                if fact.type in ("investment", "acquisition", "merger") and fact.modality == "asserted" \
                        and not _dated_before(fact, (doc.ref_date or "")[:4]):
                    fact.modality = "planned"
                    fact.qualifiers.setdefault("more_evidence", []).append(Span(sent.start, sent.end))
    for i, sent in enumerate(doc.sentences):
        once = _ONCE_THE_DEAL_DONE.match(sent.text)
        if i == 0 or once is None or not any(f.type in ("investment", "acquisition", "merger")
                                             and f.modality == "planned" for f in by_sentence.get(i - 1, [])):
            continue
        for fact in by_sentence.get(i, []):
            members = [m for ms in fact.roles.values() for m in ms]
            if fact.type in ("shareholding", "ownership") and fact.modality == "asserted" and members \
                    and all(m.start >= sent.start + once.end() for m in members) and not _held_before_change(fact) \
                    and not _STILL_HOLDS.search(doc.text, min(m.start for m in members), max(m.end for m in members)):
                fact.modality = "planned"


# 转让完成后，…控股股东一方合计仍持有公司60%的股份: what a holder still holds, now as after the deal (not 仍将持有: to come)
_STILL_HOLDS = re.compile(r"(?:仍|仍然|依然|依旧)(?!将)(?:合计|直接|间接|共)?(?:持有|控制)")


def _held_before_change(fact: FactRecord) -> bool:
    """控股股东将由A变更为B: A's rank, the one held now until the change (deal_objects.control_change)."""
    return fact.rule == "shareholding:control_change:from"


def unnamed_sources(doc: Doc) -> None:
    """Component: an acquisition or investment read as done whose part of the sentence opens, before its first party,
    with an unnamed source (知情人士表示，A以20亿元收购B 60%股权 / 据接近交易的人士透露，…) is what the source tells:
    reported. A plan or a negation read in the clause stays (知情人士透露，A尚未收购B: negated)."""
    cue = _later_cues()["sourced"]
    for fact in doc.facts:
        members = [m for ms in fact.roles.values() for m in ms]
        if fact.type not in ("investment", "acquisition", "merger", "closure") or fact.modality != "asserted" or not members:
            continue
        first = min(m.start for m in members)
        part = max(fact.evidence.start, doc.text.rfind("；", fact.evidence.start, first) + 1,
                   doc.text.rfind(";", fact.evidence.start, first) + 1)
        if any(c.search(doc.text, part, first) for c in cue):
            fact.modality = "reported"


# What tells a Chinese deal as done in its own sentence (已收购, 收购了, 完成, 交割, 此前曾, 去年): no mood carried over to it
_DONE_OWN = re.compile(r"已|了|完成|交割|过户|曾|此前|早前|去年|前年|成功|正式|先后|陆续|相继")
_CARRIED = ("planned", "expected", "reported", "rumored")
# English deals named as nouns (A's acquisition of B, the purchase of B by A), and what says such a deal is done
_NOMINAL_RULES = ("english:possessive_acquisition", "english:acquisition_of_by")
_DONE_EN = re.compile(r"\b(?:closed|completed|finali[sz]ed|consummated|done|wrapped up)\b", re.I)


_HELD_NOW = re.compile(r"目前|现持有|已持有|现已|如今")


def venture_stakes(doc: Doc) -> None:
    """Component: the stakes in a joint venture still to be set up (A拟与B设立合资公司C。其中A持股51%，B持股49%) are
    planned as the venture is: a holding read as asserted in a company that a planned or expected joint venture of the
    same or the sentence before brings into being takes that venture's mood."""
    by_sentence = _facts_by_sentence(doc)
    for i, facts in by_sentence.items():
        ventures = {m.key: f.modality for j in (i - 1, i) for f in by_sentence.get(j, [])
                    if f.type == "partnership" and f.qualifiers.get("kind") == "joint_venture"
                    and f.modality in ("planned", "expected") for m in f.roles.get("result", [])}
        if not ventures or not _HAN.search(doc.sentences[i].text):
            continue  # ("CARIAD holds 60% of the venture": an English present tense states the holding as it is)
        for fact in facts:
            if fact.type == "shareholding" and fact.modality == "asserted" and fact.roles.get("company") \
                    and fact.roles["company"][0].key in ventures and fact.date is None \
                    and not _HELD_NOW.search(doc.sentences[i].text):
                fact.modality = ventures[fact.roles["company"][0].key]


def carried_moods(doc: Doc) -> None:
    """Component: a Chinese acquisition or investment read as done that restates a deal of one of the two sentences
    before it, told there as planned, expected, reported or rumoured (澄川资本拟收购青禾电子60%股权。交易对价为5亿元，
    澄川资本以现金方式收购青禾电子60%股权。 / 据彭博社报道，A正洽谈收购B。A对B的报价为每股12元，A收购B全部股权。)
    is that deal, in that mood: the same type and parties, no other amount, stake or date, and its own sentence tells
    no deal done (已, 了, 完成, 去年 …) and carries no date of its own. So is an English deal named as a noun, with no
    tense of its own (A agreed to acquire B. A's acquisition of B expands its chip business.), where its sentence says
    nothing closed or completed. A later sentence of completion or confirmation still makes it asserted."""
    by_sentence = _facts_by_sentence(doc)
    for i in range(1, len(doc.sentences)):
        sent = doc.sentences[i]
        for fact in by_sentence.get(i, []):
            if fact.type not in ("investment", "acquisition") or fact.modality != "asserted" or fact.date is not None:
                continue
            members = [m for ms in fact.roles.values() for m in ms if sent.start <= m.start < sent.end]
            if not members:
                continue
            if not _HAN.search(sent.text):
                if fact.rule not in _NOMINAL_RULES or _DONE_EN.search(sent.text):
                    continue
            elif _DONE_OWN.search(doc.text, min(m.start for m in members), max(m.end for m in members) + 8):
                continue
            key = _deal_key(fact)
            twins = [f for j in range(max(0, i - 2), i) for f in by_sentence.get(j, [])
                     if f.modality in _CARRIED and _deal_key(f) == key and not _other_amount(f, fact)
                     and not _other_stake(f, fact) and not _other_date(f, fact)]
            if twins:
                fact.modality = twins[-1].modality


# A part of a sentence (after 。 or ；) that goes on with the one before it: at the same time (同时), or with no subject of
# its own after 此外 / 另外 / 并 / 还 (…拟收购B。同时，以2亿元收购C)
_GOES_ON = re.compile(r"\s*(?:(?P<same>与此同时|同时)|此外|另外|另|并且|并|还)[，,]?")
_AGENT_ROLES = ("acquirer", "investor")


_PART_END = re.compile("[；;]")


def _deals_by_part(doc: Doc, parts: list[tuple[int, int]]) -> dict[int, list[FactRecord]]:
    """The investments and acquisitions with a party in each part (by index), in the document's order: each part
    looks only at its own deals, so a long document costs its length, not its length times its deals."""
    starts = [ps for ps, _ in parts]
    out: dict[int, list[FactRecord]] = {}
    for fact in doc.facts:
        if fact.type not in ("investment", "acquisition"):
            continue
        ks = set()
        for ms in fact.roles.values():
            for m in ms:
                k = bisect_right(starts, m.start) - 1  # the part starting at or before the party
                if k >= 0 and m.start < parts[k][1]:  # and holding it (not the gap between two sentences)
                    ks.add(k)
        for k in sorted(ks):
            out.setdefault(k, []).append(fact)
    return out


def plans_going_on(doc: Doc) -> None:
    """Component: a Chinese acquisition or investment read as done in a part of a sentence that goes on with the part
    before it (澄川资本拟以5亿元收购青禾电子60%股权。同时，以2亿元收购岚山科技20%股权。 / …；同时，澄川资本以2亿元收购岚山
    科技) takes the plan of that part: the same buyer or investor, whose deal there is planned or expected; after 此外 /
    另外 / 并 only where the part names no subject of its own. Not a deal told as done (已, 了, 完成, 去年)."""
    parts: list[tuple[int, int]] = []
    for sent in doc.sentences:
        start = sent.start
        for stop in _PART_END.finditer(doc.text, sent.start, sent.end):
            parts.append((start, stop.end()))
            start = stop.end()
        parts.append((start, sent.end))
    deals = _deals_by_part(doc, parts)
    for k in range(1, len(parts)):
        ps, pe = parts[k]
        opener = _GOES_ON.match(doc.text, ps, pe)
        if opener is None or not _HAN.search(doc.text, ps, pe):
            continue
        before = [f for f in deals.get(k - 1, ()) if parts[k - 1][0] <= f.evidence.end and f.evidence.start < parts[k - 1][1]
                  and f.modality in ("planned", "expected")]
        for fact in deals.get(k, ()):
            agents = [m for r in _AGENT_ROLES for m in fact.roles.get(r, [])]
            here = [m for ms in fact.roles.values() for m in ms if ps <= m.start < pe]
            if fact.modality != "asserted" or not agents:
                continue
            named_here = any(ps <= m.start < pe for m in agents)
            if named_here and opener.group("same") is None:
                continue
            if _DONE_OWN.search(doc.text, opener.end(), max(m.end for m in here) + 8):
                continue
            keys = {m.key for m in agents}
            twin = [f for f in before if keys & {m.key for r in _AGENT_ROLES for m in f.roles.get(r, [])}]
            if twin:
                fact.modality = twin[-1].modality


def _other_stake(a: FactRecord, b: FactRecord) -> bool:
    """Whether two deals state different stakes (10% and 60%: two deals, not one)."""
    if a.stake is None or b.stake is None:
        return False
    va, vb = getattr(a.stake.value, "value", a.stake.value), getattr(b.stake.value, "value", b.stake.value)
    return va != vb


def _waits(doc: Doc, fact: FactRecord, part: int, at: int) -> bool:
    """Whether the pending cue at `at` tells of this fact's deal: all its parties stand before the cue in its part of the
    sentence, and what lies between the last of them and the cue names no one else and no listing."""
    members = [m for ms in fact.roles.values() for m in ms]
    if not members or any(m.start < part or m.end > at for m in members):
        return False
    last = max(m.end for m in members)
    between = [m for m in doc.mentions_in(last, at) if m.kind in ("organization", "person", "candidate")]
    return not between and not _PENDING_NOT_THE_DEAL.search(doc.text, last, at)


def _deal_key(fact: FactRecord) -> tuple:
    return fact.type, tuple(tuple(m.key for m in ms) for ms in list(fact.roles.values())[:2])


def _trigger_at(doc: Doc, fact: FactRecord, sent) -> int | None:
    """Where the fact's trigger word stands in its sentence (the first occurrence after its first role member)."""
    word = fact.rule.rsplit(":", 1)[-1]
    members = [m for ms in fact.roles.values() for m in ms if sent.start <= m.start < sent.end]
    start = min((m.start for m in members), default=sent.start)
    pos = doc.text.find(word, start, sent.end)
    return pos if pos >= 0 else None


# 加上第一季度的274.76亿元（同比增长91%），A今年上半年的资本开支合计…: the figure of a period added in, of the metric
# the sentence sums.
_ADDED_IN = re.compile(r"(?:加上|加之|连同|算上)(?:此前|之前)?")


def added_figures(doc: Doc) -> None:
    """Component: a clause 加上<period>的<money>（<change>）opening a sentence whose figure sums periods (or following
    one of the same metric) is a figure of its own: that metric, that company, that period."""
    for sent in doc.sentences:
        for hit in _ADDED_IN.finditer(sent.text):
            start = sent.start + hit.end()
            end = next((sent.start + m.start() for m in _CLAUSE_END.finditer(sent.text, hit.end())), sent.end)
            dates = doc.values_in(start, end, "date")
            money = [v for v in doc.values_in(start, end, "money") if dates and v.start > dates[0].end]
            if not dates or not money or doc.text[dates[0].end:money[0].start] not in ("的", "的约", "的近"):
                continue
            same = [f for f in doc.facts if f.type == "financial" and f.qualifiers.get("value") is not None
                    and f.qualifiers.get("metric") and sent.start - 300 <= f.evidence.start <= sent.start]
            if not same:
                continue
            model = min(same, key=lambda f: abs(f.evidence.start - sent.start) + (0 if f.evidence.start == sent.start else 1))
            if any(f.qualifiers.get("value") is money[0] for f in doc.facts if f.type == "financial"):
                continue
            change = next((v for v in doc.values_in(money[0].end, end, "change")), None)
            fact = FactRecord("financial", {"company": list(model.roles["company"])}, Span(sent.start, sent.end),
                              model.modality, confidence=0.7, rule="financial:added_in:" + hit.group())
            fact.qualifiers = {"metric": model.qualifiers["metric"], "value": money[0], "period": dates[0]}
            if change is not None:
                fact.qualifiers["change"] = change
            doc.facts.append(fact)


# A company and the date it was set up, with no founder named: 星澜成立于2019年4月 / 星澜于2019年正式成立 /
# 星澜2016年7月成立 / 成立于2019年的星澜; the English forms: "Lanting, founded in 2019," / "Lanting was founded in 2019"
# / "Founded in 2019, Lanting …"
_SET_UP_AT = re.compile(r"\s*(?:[(（][^()（）]{0,24}[)）])?\s*(?:正式|注册)?(?:成立|创立|创办|创建|设立)于\s*$")
_SET_UP_AFTER = re.compile(r"\s*(?:正式|注册)?(?:成立|创立|创办|创建)(?![的了之后以来初时期])"
                           r"|\s*(?:才|正式|已|已经|刚刚|刚)?完成了?(?:工商)?(?:注册登记|注册|登记)(?!资本|地)")  # 今年2月才完成工商注册
_SET_UP_BEFORE_NAME = re.compile(r"(?:成立|创立|创办|创建)于\s*$")
_EN_SET_UP = re.compile(r"(?:,? (?:which )?(?:was|is) |, )(?:(?:originally|first|officially) )?(?:founded|established|set up|"
                        r"incorporated|launched) (?:in [A-Z][\w.-]+(?: [A-Z][\w.-]+)?,? )?(?:in|on) $")
# "Lumen, which was set up in Ottawa in 2016": a place named (and found as a name) between the verb and the date
_EN_SET_UP_IN = re.compile(_EN_SET_UP.pattern.split("(?:in [A-Z]")[0] + "in $")
# "Lumen was set up at Britain's Leeds Design School in 2016": the school (found as a name) where it was set up, the
# company the one before
_EN_SET_UP_AT = re.compile(_EN_SET_UP.pattern.split("(?:in [A-Z]")[0] + r"at (?:the )?(?:[A-Z][\w.-]*['’]s )?$")
_PLACE_THEN_DATE = re.compile(r",? (?:in|on) $")
_EN_FRONTED = re.compile(r"(?:Founded|Established|Set up|Incorporated) (?:in|on) $")
# what stands between the fronted participle's date and the company: nothing, or what the company was then ("as a
# game studio"), no name in it
# ("Founded in 2016 and led by chief executive Dana Pell, Lanting …": who runs it, a person, before the name)
_FRONTED_THEN_NAME = re.compile(r"(?: as (?:an? |the )?[a-z][\w -]{0,60}?| and (?:now |still )?(?:led|run|headed|chaired|managed) "
                                r"by (?:its )?(?:[a-z-]+ ){0,4}?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})?,\s*")
# a clause opening the sentence that dates the subject's founding ("Growing fast since its founding in 2019, Lanting …")
_EN_SINCE_FOUNDING = re.compile(r"\b(?:since|after|before) (?:its|their) (?:founding|inception|creation|incorporation) (?:in|on) $")
# "… in 2016 and led by chief executive Dana Pell": who runs it, not who founded it (no founder named after the date)
_RUN_BY_AFTER = re.compile(r",? and (?:now |still )?(?:led|run|headed|chaired|managed) by\b")
_NOT_BY = re.compile(r"(?:[,\s]*(?:[\w,-]+ ){0,3}?(?:by|with)\b)|[^，,；;。]{0,12}?由")
# "founded in 2012 by a group of former Veltrix employees", "by former researchers from A and B", "by A and B alumni":
# founders told by what they were, none named (english.yaml FOUNDER_GROUP), up to the end of the clause; names after
# it ("…, including Anna Lee") are read by the founding rules
_BY_GROUP = re.compile(r"\s*,?\s*by (?:an? (?:group|team|trio|pair|handful|couple|number) of )?[^,;.()]{0,80}?\b(?:<GROUP>)\b"
                       r"[^,;.()]{0,160}?(?=[,;.]|$)")
_NAMES_AFTER = re.compile(r",\s*(?:including|among them|such as|led by|namely)\b")


@cache
def _by_group() -> re.Pattern[str]:
    words = read_yaml("english.yaml")["words"]["FOUNDER_GROUP"]
    return re.compile(_BY_GROUP.pattern.replace("<GROUP>", "|".join(map(re.escape, words))))


def _unnamed_founders(doc: Doc, sent, date: Value) -> re.Match[str] | None:
    """The clause after a founding date that tells its founders by what they were and names none of them."""
    hit = _by_group().match(doc.text, date.end, sent.end)
    if hit is None or _NAMES_AFTER.match(doc.text, hit.end()) or any(
            m.kind == "person" for m in doc.mentions_in(hit.start(), hit.end())):
        return None
    return hit


def company_foundings(doc: Doc) -> None:
    """Component: a company's founding date told with no founder (星澜成立于2019年4月, "Lanting, founded in 2019,") is
    a founding fact with the company alone, unless the document names its founders: then their fact takes the date
    where it has none. A date must follow right after the words; a founder named after it (由A创立, by A) is
    read by the founding rules, not here."""
    _cofounders_joined(doc)
    found = [f for f in doc.facts if f.type == "founding" and f.roles.get("founder")]
    told: set[str] = set()
    for sent in doc.sentences:
        for date in doc.values_in(sent.start, sent.end, "date"):
            group = _unnamed_founders(doc, sent, date)
            company = _company_set_up(doc, sent, date, group)
            if company is None and group is None \
                    and _THE_COMPANY_SET_UP.fullmatch(doc.text, sent.start, date.start) \
                    and _SET_UP_AFTER_OR_AT(doc, date):
                own = [f for f in found if sent.start <= f.evidence.start < sent.end]
                if len({f.roles["company"][0].key for f in own}) == 1:
                    for f in own:  # 公司成立于2022年8月，由A发起创立: the company unnamed, A's founding of it
                        f.date = f.date or date
                continue
            if company is None or company.key in told:
                continue
            known = [f for f in found if f.roles["company"][0].key == company.key]
            if group is None and _NOT_BY.match(doc.text, date.end) and not _RUN_BY_AFTER.match(doc.text, date.end):
                for f in known:  # 公司成立于2022年8月，由A发起创立: A's fact (read by the founding rules) takes the date
                    if f.date is None and sent.start <= f.evidence.start < sent.end:
                        f.date = date
                continue
            told.add(company.key)
            for f in known:
                f.date = f.date or date
            if not known:
                doc.facts.append(FactRecord("founding", {"founder": [], "company": [company]}, Span(sent.start, sent.end),
                                            "asserted", date, rule="founding:date_only"))


# 公司成立于 / 该公司于 / 其: the company written about, unnamed, opening the sentence before its founding date
_THE_COMPANY_SET_UP = re.compile(r"\s*(?:公司|该公司|其|这家公司)\s*(?:[(（][^()（）]{0,24}[)）])?\s*(?:正式|注册)?"
                                 r"(?:(?:成立|创立|创办|创建|设立)于|于|在)?\s*")


def _SET_UP_AFTER_OR_AT(doc: Doc, date: Value) -> bool:
    """成立于DATE (the verb before the date) or 于DATE成立 (after it)."""
    return bool(re.search(r"(?:成立|创立|创办|创建|设立)于\s*$", doc.text[:date.start][-8:])) \
        or _SET_UP_AFTER.match(doc.text, date.end) is not None


# the founder's title that makes a person one of the founders (周宁担任联合创始人兼CEO)
_COFOUNDER_TITLE = "联合创始人"


def _cofounders_joined(doc: Doc) -> None:
    """公司由A发起创立，B担任联合创始人兼CEO: a co-founder named by title in the sentence of a founding of the same
    company is one of its founders, not a founding of their own: B joins A's fact (each other founding stays)."""
    foundings = [f for f in doc.facts if f.type == "founding" and f.roles.get("founder") and f.roles.get("company")]
    dropped: set[int] = set()
    for f in foundings:
        if _COFOUNDER_TITLE not in f.rule or id(f) in dropped:
            continue
        main = next((g for g in foundings if g is not f and id(g) not in dropped and _COFOUNDER_TITLE not in g.rule
                     and g.evidence.start == f.evidence.start and g.modality == f.modality
                     and g.roles["company"][0].key == f.roles["company"][0].key), None)
        if main is None:
            continue
        keys = {m.key for m in main.roles["founder"]}
        main.roles["founder"] = main.roles["founder"] + [m for m in f.roles["founder"] if m.key not in keys]
        main.date = main.date or f.date
        dropped.add(id(f))
    doc.facts = [f for f in doc.facts if id(f) not in dropped]


# X脱胎于A，2021年3月注册成立: the clause before the date's, opened by X and telling where X came from
_CAME_FROM = re.compile(r"\s*(?:脱胎于|孵化于|孵化自|源自|源于|起源于|诞生于|分拆自|拆分自|前身(?:是|为))")


def _subject_carried(doc: Doc, sent, date: Value, before: list[Mention]) -> Mention | None:
    """X脱胎于A，2021年3月注册成立: a date opening its clause before 成立, its subject unsaid, dates the founding of X,
    the company opening the clause right before, which tells where X came from."""
    cs = clause_start_of(doc.text, date.start, sent.start)
    if cs <= sent.start or doc.text[cs:date.start].strip() or not _SET_UP_AFTER.match(doc.text, date.end):
        return None
    pcs = clause_start_of(doc.text, cs - 1, sent.start)
    opening = [m for m in before if pcs <= m.start < cs]
    if not opening or doc.text[pcs:opening[0].start].strip() or not _CAME_FROM.match(doc.text, opening[0].end):
        return None
    return opening[0]


def _company_set_up(doc: Doc, sent, date: Value, group: re.Match[str] | None = None) -> Mention | None:
    """The company whose setting up the date dates, if the words around it say so (founders told by what they were,
    group: the company named after their clause, "Founded in 2021 by former Veltrix engineers, Lanting …")."""
    orgs = [m for m in doc.mentions_in(sent.start, sent.end) if m.kind in ("organization", "candidate")]
    before = [m for m in orgs if m.end <= date.start]
    after = [m for m in orgs if m.start >= (group.end() if group is not None else date.end)]
    if group is not None:
        date = Value(date.start, group.end(), date.kind, date.value)  # the company follows the founders' clause
    if before and doc.text[before[-1].start - 1:before[-1].start] == "由":
        return None  # 澄川影业由澄川资本于2016年创立: the one after 由 is the founder (the founding rules read it)
    if before:
        m = before[-1]
        gap = doc.text[m.end:date.start]
        if _EN_SET_UP.fullmatch(gap) and gap.startswith(","):
            aside = doc.text.rfind(", ", sent.start, m.start)
            if aside >= 0 and (_EN_ASIDE_OPENS.match(doc.text, aside) or _EN_OTHERS_ASIDE.search(doc.text, aside, m.start)):
                # "Lumacore, a unit of Northwind Group, was founded in 2017": the name before the aside, not the one in it;
                # "The start-up, whose peers include A and B, was founded in 2017": no name before it, none
                return next((o for o in before if o.end == aside), None)
        if _EN_APPOSED.match(gap) and _EN_SET_UP.fullmatch(gap, _EN_APPOSED.match(gap).end()) \
                and not any(o.start >= m.end for o in before):
            return m  # "Lumacore, a maker of robot dogs, was founded in 2017": past the apposition that says what it is
        if _SET_UP_AT.fullmatch(gap) or _EN_SET_UP.fullmatch(gap) or \
                re.fullmatch(r"[\s”\"’）)]*(?:于|在)?\s*", gap) and _SET_UP_AFTER.match(doc.text, date.end):
            return m  # (B（以下简称“C”）2017年成立于杭州: past the bracket that gives its short name)
        carried = _subject_carried(doc, sent, date, before)
        if carried is not None:
            return carried  # X脱胎于A，2021年3月注册成立
        if len(before) > 1 and _PLACE_THEN_DATE.fullmatch(gap) \
                and (_EN_SET_UP_IN.fullmatch(doc.text[before[-2].end:m.start])
                     or _EN_SET_UP_AT.fullmatch(doc.text[before[-2].end:m.start])):
            return before[-2]  # set up in Ottawa in 2016: Ottawa is where, the company is the one before
    if after and re.fullmatch(r"的\s*", doc.text[date.end:after[0].start]) \
            and _SET_UP_BEFORE_NAME.search(doc.text, sent.start, date.start):
        return after[0]  # 成立于2019年的星澜
    if before and _SINCE_BEFORE.fullmatch(doc.text, before[-1].end, date.start) \
            and _SINCE_SET_UP.match(doc.text, date.end):
        return before[-1]  # 星澜自2024年12月成立以来，已完成3轮融资
    if after and _SINCE_SET_UP_THEN.fullmatch(doc.text, date.end, after[0].start) \
            and _SINCE_OPENS.fullmatch(doc.text, clause_start_of(doc.text, date.start, sent.start), date.start):
        return after[0]  # 2023年5月成立至今，星澜完成了两轮融资 / 自2024年12月成立以来，其已…
    if after and _EN_FRONTED.search(doc.text, sent.start, date.start) \
            and _FRONTED_THEN_NAME.fullmatch(doc.text, date.end, after[0].start):
        return after[0]  # Founded in 2019, Lanting … / Founded in 2016 as a game studio, Lanting …
    if after and not before and _EN_SINCE_FOUNDING.search(doc.text, sent.start, date.start) \
            and re.fullmatch(r",\s*", doc.text[date.end:after[0].start]):
        return after[0]  # Operating quietly since its founding in 2019, Lanting …
    return None


# an aside after a comma that tells of the name before it (its owner, what it did, its rivals)
_EN_ASIDE_OPENS = re.compile(r", (?:an?|the|its|whose|which|who|that|such as|including|like|unlike) ")
# an apposition saying what the company is, before its founding ("Lumacore, a maker of robot dogs, was founded in …")
_EN_APPOSED = re.compile(r", (?:an?|the) [^,;()]{2,80}?(?=, )")
# an aside naming other companies than the subject, right before the name ("The start-up, whose peers include A and B,
# was founded …", ", such as A and B,", ", rivals of A,"): its names are not who was founded
_EN_OTHERS_ASIDE = re.compile(r", [^,;]{0,80}?\b(?:include|includes|included|including|such as|like|rivals?|peers?|"
                              r"competitors?)\b[^,;]{0,80}?$")


# X自2024年12月成立以来 / 2023年5月成立至今，X…: the time since the company was set up dates its founding
_SINCE_BEFORE = re.compile(r"\s*(?:自|从)\s*")
_SINCE_SET_UP = re.compile(r"\s*(?:正式)?(?:成立|创立|创办)(?:以来|至今|后)")
_SINCE_SET_UP_THEN = re.compile(r"\s*(?:正式)?(?:成立|创立|创办)(?:以来|至今)\s*[，,]\s*")
_SINCE_OPENS = re.compile(r"\s*(?:自|从|自从)?\s*")


def clause_start_of(text: str, pos: int, floor: int) -> int:
    """Where the clause holding pos starts (after the last comma or stop before it), not before floor."""
    return max([floor] + [text.rfind(p, floor, pos) + 1 for p in "，,；;。"])


# a motion's title on a line of its own (关于收购B部分股权的议案), like an announcement's
_MOTION_LINE = re.compile(r"[^。！？\n]{0,60}?关于[^。！？\n]{2,80}?的议案\s*")
# a step the title tells of itself: the deal done, closed, called off or failed, a tender won, a contract signed
_TITLE_DONE = re.compile(r"完成|实施完毕|交割|过户|终止|取消|撤回|失败|进展|中标|成交|签订|签署|收到|获得")


def title_yields(doc: Doc) -> None:
    """Component: an announcement's title names its deal as a topic (海川智能关于收购蓝湾传感51%股权的公告), not in a
    mood; where its body states the same deal of the same parties (公司拟以现金1.2亿元收购蓝湾传感51%股权: planned),
    the title's reading, in whatever mood, gives way to the body's."""
    from dealgraph.extract.coref import TITLE_LINE
    from dealgraph.extract.sentences import glued_headline_end
    lines = {s.start: s.text for s in doc.sentences[:4] if TITLE_LINE.fullmatch(s.text) or _MOTION_LINE.fullmatch(s.text)
             or s.index + 1 < len(doc.sentences) and glued_headline_end(doc.text, s.start, doc.sentences[s.index + 1].end) == s.end}
    heads = set(lines)
    if not heads:
        return
    # 关于收购B部分股权的公告: the title names the deal as its topic and tells no mood; read as done it states nothing the
    # body does not (关于完成收购B的公告 / 关于终止收购B的公告: a step the title itself tells, which stays)
    doc.facts = [f for f in doc.facts if f.evidence.start not in heads or f.modality != "asserted"
                 or _TITLE_DONE.search(lines[f.evidence.start])]
    body = [f for f in doc.facts if f.evidence.start not in heads]

    def covered(title: FactRecord, other: FactRecord) -> bool:
        return other.type == title.type and all(
            {m.key for m in ms} <= {m.key for m in other.roles.get(r, [])} for r, ms in title.roles.items())
    glued = {at for at in heads if not TITLE_LINE.fullmatch(lines[at]) and not _MOTION_LINE.fullmatch(lines[at])}
    for f in doc.facts:
        if f.evidence.start in glued:  # 岚州电子：中标4034万元青禾电网项目岚州电子（300912）公告，公司中标青禾电网…项目: the
            other = next((o for o in body if covered(f, o)), None)  # headline's sum, unsaid in the body, is the award's
            if other is not None:
                other.amount, other.stake = other.amount or f.amount, other.stake or f.stake
    doc.facts = [f for f in doc.facts if f.evidence.start not in heads or not any(covered(f, o) for o in body)]


# 上述股东各减持不超过1% / 分别减持 / 每家: a figure stated for each party of the list
_EACH = re.compile(r"各|分别|每家|每位|每名")


# 北辰电信江苏分公司, 北辰电信股份有限公司华东分公司, 澄川银行苏州市分行: a parent's name, a place or region, then the
# word for its branch
_BRANCH_END = re.compile(r"(?:分公司|分行|分部)$")
_REGIONS = frozenset({"华东", "华南", "华北", "华中", "西南", "西北", "东北", "华西", "海外", "国际", "总部"})


def branch_owners(doc: Doc) -> None:
    """Component: a branch that is a party of a fact (招标人为北辰电信江苏分公司) stays the party; its name also tells
    that the parent named at its head owns it, an ownership fact with the same evidence (owner 北辰电信, unit the
    branch), so the graph links the two. A branch named by its place only (江苏分公司) has no parent to link; two
    parents' branches stay two units."""
    from dealgraph.extract.mentions import _name_key

    seen: set[tuple[str, str]] = set()
    added: list[FactRecord] = []
    for fact in doc.facts:
        if fact.type == "ownership":
            continue
        for members in fact.roles.values():
            for m in members:
                parent = _branch_parent(m.text) if m.kind in ("organization", "candidate") else None
                if parent is None or (m.key, parent) in seen:
                    continue
                seen.add((m.key, parent))
                named = next((o for o in doc.mentions if o.text == parent and o.kind in ("organization", "candidate")),
                             None)
                owner = Mention(m.start, m.start + len(parent), parent, "organization",
                                named.key if named is not None else _name_key(parent), m.source)
                sent = next((x for x in doc.sentences if x.start <= m.start < x.end), None)
                evidence = Span(sent.start, sent.end) if sent is not None else fact.evidence
                added.append(FactRecord("ownership", {"owner": [owner], "unit": [m]}, evidence, "asserted",
                                        rule="ownership:branch_name"))  # the sentence naming the branch
    doc.facts.extend(added)


def _branch_parent(name: str) -> str | None:
    """The parent a branch's name opens with (北辰电信江苏分公司: 北辰电信), where a place or region stands between it
    and the branch word; None for a name that is no branch, or whose head is a place only (江苏分公司)."""
    from dealgraph.extract import wordlist

    found = _BRANCH_END.search(name)
    if found is None or not name.startswith(name[:found.start()]):
        return None
    head = name[:found.start()]
    for size in (2, 3, 4):
        place, parent = head[-size:], head[:-size]
        if len(parent) < 2 or not (place in _REGIONS or wordlist.words().get(place) == "ns"):
            continue
        if wordlist.words().get(parent) == "ns" or _HAS_PLACE_ONLY.fullmatch(parent):
            return None  # 江苏省南京分公司: places only
        return parent
    return None


_HAS_PLACE_ONLY = re.compile(r"[\u4e00-\u9fff]{1,4}(?:省|市|区|县)")


def expand_groups(doc: Doc) -> None:
    """Component: a fact whose party is a collective word (上述两家合伙企业计划减持…, coref._collectives) gets one
    fact per party listed before; the stake or amount stays only where it is stated for each (各减持不超过1%) —
    a total (合计减持不超过3%) belongs to no one party. A listed party read in another role of the fact is dropped
    from it (a party does not sell to or hold itself)."""
    if not doc.groups:
        return
    out: list[FactRecord] = []
    for fact in doc.facts:
        where = next(((role, m) for role, ms in fact.roles.items() for m in ms if m.start in doc.groups
                      and m.source == "coref"), None)
        if where is None:
            out.append(fact)
            continue
        role, word = where
        group = doc.groups[word.start]
        keys = {m.key for m in group}
        parties = [x for x in fact.roles[role] if x is not word and x.key not in keys] + group  # A及其一致行动人: A too
        each = len(parties) == 1 or _EACH.search(doc.text, word.end, fact.evidence.end) is not None
        for member in parties:
            roles = {r: ([member] if r == role else [x for x in ms if x.key not in keys])
                     for r, ms in fact.roles.items()}
            copy = replace(fact, roles=roles, qualifiers=dict(fact.qualifiers))
            if not each:
                copy.stake = copy.amount = None
            out.append(copy)
    doc.facts = out


def dedupe(doc: Doc) -> None:
    """Component: one statement per fact and sentence (IPO辅导 opens the listing frame twice); figures of one
    metric with other values or periods are other statements (营收分别为2.1亿元、4.6亿元: one per year). What the
    repeat adds (a rank, a stake) joins the statement kept."""
    seen: dict[tuple, list[FactRecord]] = {}
    kept = []
    for fact in doc.facts:
        period = fact.qualifiers.get("period")
        key = (fact.type, fact.modality, fact.evidence.start, fact.date.start if fact.date else None,
               tuple((r, tuple(m.key for m in ms)) for r, ms in fact.roles.items()),
               tuple(sorted((k, str(getattr(v, "start", v))) for k, v in fact.qualifiers.items()
                            if k in ("stage", "metric", "kind", "value"))),
               repr(getattr(period, "value", period)))
        first = next((f for f in seen.get(key, []) if _same_stake(f, fact) and _same_rank(f, fact)
                      and not _split_by_rule(f, fact)), None)
        if first is None:  # 全资拥有境内A，并持有境外A 76.72%: two holdings of one sentence, each its stake
            seen.setdefault(key, []).append(fact)
            kept.append(fact)
            continue
        for name, value in fact.qualifiers.items():  # A持有B 12.5%的股份，为第二大股东: the rank said again
            if value is not None and first.qualifiers.get(name) is None:
                first.qualifiers[name] = value
        first.stake = first.stake or fact.stake
        if first.amount is None and fact.amount is not None and first.type == "investment" \
                and fact.rule.split(":")[1:2] in (["subscribed"], ["limited_partner"], ["fund_share"], ["fund_join"]):
            first.amount = fact.amount  # A与B签署《F合伙协议》，A认缴出资额X: the amount said with the repeat
        if first.amount is None and fact.amount is not None and (first.type == "acquisition" or first.type == "investment"
                                                                  and fact.rule.split(":")[1:2] in (["acquire"], ["active"], ["invest_to"])):
            first.amount = fact.amount  # A发布《关于收购B股权的公告》，公司以X元收购B: the price told with the deal again
        if first.amount is None and fact.amount is not None and first.type == "purchase":
            first.amount = fact.amount  # 由A、B中标，其中，B中标约5亿元: the award's sum told with the winner again
    doc.facts = _one_partnership_per_sentence(kept)


def _same_rank(a: FactRecord, b: FactRecord) -> bool:
    """控股股东、实际控制人为A: two ranks of one holder are two statements (ontology identity), not one said twice."""
    ra, rb = a.qualifiers.get("rank"), b.qualifiers.get("rank")
    return ra is None or rb is None or ra == rb


def _same_stake(a: FactRecord, b: FactRecord) -> bool:
    return a.stake is None or b.stake is None or a.stake.text == b.stake.text


def _split_by_rule(a: FactRecord, b: FactRecord) -> bool:
    """Two statements one rule read apart, each with its own amount (A中标X工程、Y工程，中标价分别为…: one award per
    work): not one statement said twice."""
    return a.rule == b.rule and a.amount is not None and b.amount is not None and a.amount.start != b.amount.start


def _one_partnership_per_sentence(facts: list[FactRecord]) -> list[FactRecord]:
    """A与B达成战略合作，双方将在…展开深度合作: the partnership made is said again as what it will do; the
    plan adds nothing to the asserted partnership of the same parties in the same sentence."""
    made = {(f.evidence.start, frozenset(m.key for m in f.roles.get("party", []))) for f in facts
            if f.type == "partnership" and f.modality == "asserted"}
    return [f for f in facts if not (f.type == "partnership" and f.modality in ("planned", "expected") and
                                     (f.evidence.start, frozenset(m.key for m in f.roles.get("party", []))) in made)]


_PORTFOLIO = quick(r"(早期|近年|此前|过往|旗下)?的?(被投企业|被投公司|投资组合|所投企业|所投公司|投资的企业|投资的公司)(中|里|当中)")


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
    index = {s.start: s.index for s in doc.sentences}
    named: dict[tuple, list[FactRecord]] = {}
    for f in filled:
        if agent(f):
            named.setdefault(deal(f), []).append(f)
    later: dict[tuple, list[FactRecord]] = {}
    for f in filled:
        if agent(f):
            later.setdefault((deal(f)[0], deal(f)[2], index.get(f.evidence.start)), []).append(f)

    def same_round(f: FactRecord, g: FactRecord) -> bool:  # a $12 million seed round … and a $30 million Series A led by B
        if f.type == "purchase" and f.amount is not None and g.amount is not None \
                and getattr(f.amount.value, "value", None) != getattr(g.amount.value, "value", None):
            return False  # 中标B的项目，金额9051万元；又与一家企业签订2.5亿元的…合同: two contracts of one supplier
        rounds = (f.qualifiers.get("round"), g.qualifiers.get("round"))
        if (rounds[0] or f.amount is not None) and not (rounds[1] or g.amount is not None):
            return False  # 完成3亿美元的A1轮融资，A、B当时已是其投资方: who had invested before, not this round's
        return None in rounds or rounds[0] == rounds[1]

    def yields(f: FactRecord) -> bool:  # …完成6亿元B轮融资。本轮由A领投: the round of the next sentence names them
        i = index.get(f.evidence.start)
        return any(same_round(f, g) for g in named.get(deal(f), [])) \
            or f.type == "investment" and i is not None and any(  # (not one of another sum: X raised $600 million.
                not _other_amount(f, g) for g in later.get((f.type, deal(f)[2], i + 1), []))  # X had raised $90 million …)
    doc.facts = [f for f in filled if agent(f) or not yields(f)]


# a date's words that fix its year (2025年3月, 今年, 明年, 同年9月, March 2026, FY25): such a date is not rolled forward
_YEAR_GIVEN = re.compile(r"(?:19|20)\d\d|年|\bFY\d\d|'\d\d|\b\d\d[QH]\d|\b[QH]\d\s*\d\d")


# the future the month is in: 将于1月, 计划在3月, 预计2月底前 / "will … in January", "is due to … in March"
_ZH_AHEAD = re.compile(r"(?:将|拟|计划|预计|预期|有望|争取|力争|要)(?:会|要)?(?:于|在|到)?\s*$")
_EN_AHEAD = re.compile(r"\b(?:will|is due to|are due to|is set to|are set to|is scheduled to|are scheduled to|plans? to|"
                       r"expects? to|is expected to|are expected to)\b[^.;]*$")


def future_months(doc: Doc) -> None:
    """Component: a planned or expected deal dated by a month alone (将于1月…, is due to invest … in January) that
    would fall before the month the document was written in is next year's month: a plan looks ahead. A month with
    its year, or a fact told as done, keeps its date."""
    ref = doc.ref_date or ""
    if len(ref) < 7:
        return
    for fact in doc.facts:
        date = fact.date
        if fact.modality not in ("planned", "expected") or date is None or not isinstance(date.value, DateValue):
            continue
        point = date.value.value
        if not point or len(point) < 7 or point[:7] >= ref[:7] or _YEAR_GIVEN.search(date.value.text):
            continue
        if not (_ZH_AHEAD.search(doc.text, max(0, date.start - 6), date.start)
                or _EN_AHEAD.search(doc.text, max(fact.evidence.start, date.start - 80), date.start)):
            continue  # 1月宣布拟收购B: the month the plan was told, in the past
        later = replace(date.value, value=f"{int(point[:4]) + 1}{point[4:]}")
        fact.date = replace(date, value=later)

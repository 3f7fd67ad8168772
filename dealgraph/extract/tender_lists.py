"""Tender results told across a text (round 19): the procurer named once at the head, the winners listed after it.

- The procurer at the head: an organisation that launches or publishes a procurement (澄川移动启动服务器集中采购,
  B公布了2025年服务器集采结果), whose name opens the procurement's (澄川移动2025年服务器集采结果出炉, 《B…集中采购…
  公示》), or that tenders it (该项目由B招标). A winner told later with no buyer of its own sells to it: the nearest
  head sentence in its paragraph, else the head of the text (its title or lead) when the whole text names that one
  procurer only. A head sentence naming two procurers gives none; a bond auction (金融债招标) gives no purchase.
- The one tenderer a text names by its title (招标人：B) outranks a name opening a project's title.
- Elliptical lists of winners, each its own supplier: A拿到约12亿元 / A获得50%份额 (tender_got), B和C分列第二、
  第三 / 其次是B和C / 紧随其后的是B、C (tender_rank, after a winner), A、B、C中标份额分别为50%、30%、20%
  (tender_share), 标包1被A、B、C瓜分 (tender_split). A winner's share of the procurement is its share_of_purchases.
All of them only where the text tells a tender's result (a tender word in the sentence or the one before it, or a
procurer at the head). A candidate list told in the sentence before or at the head makes its winners planned
(proposed).
- Round 29: a winner's sum followed by bare names with sums (A拿到约8.85亿元，排名第一；B约5.71亿元；C约2.31亿元,
  a clause of only a place passed over); winners counted, then listed (共有5家厂商中标。其中，A约N元，B约M元:
  tender_among); a procurement shared out (订单由A、B和C三家分享); a buyer procuring for a project (B为同类项目采购…);
  the candidates ranked after the first are proposed too where the procurement is shared (拟获50%的份额 / 分别拟获
  30%和20%的份额), else they are runners-up."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from dealgraph.extract import mentions as names_found
from dealgraph.extract import qualifiers as q
from dealgraph.extract import voices as v
from dealgraph.extract.document import Doc, FactRecord, Mention, Sentence, Span, Value
from dealgraph.extract.grammar import Frame
from dealgraph.extract.topics import clause_start

if TYPE_CHECKING:
    from dealgraph.extract.frames import Ctx


class Head(NamedTuple):
    """An organisation that tenders, named in a sentence (its index) ending at `at`; `bond`: a bond auction."""

    sent: int
    at: int
    who: Mention
    bond: bool


# words a head sentence holds: what is procured, tendered or awarded
_HEAD_WORD = re.compile(r"采购|集采|招标|招采|比选|中标|候选人")
_HEAD_TIME = (r"\s*(?:[(（][^()（）]{0,14}[)）])?(?:近日|日前|今日|昨日|近期|今年|本周|本月|此前|正式|已经|已|再次|又|也|还|"
              r"首次|刚刚|于[^，,；;。]{1,12}?)*")
# 澄川移动近日启动服务器集中采购 / B公布了2025年服务器集采结果 / B发布《…中标候选人公示》: the one acting on it tenders
_HEAD_ACTS = re.compile(_HEAD_TIME + r"(?:启动|开启|发起|开展|公布|发布|公示|披露|揭晓|完成|进行)(?:了)?(?:其)?"
                        r"(?P<what>[^，,；;。！？]{0,40}?)(?:集中采购|集采|采购|招标|招采|比选|中标|候选人)")
# 澄川移动2025年服务器集采结果出炉 / 《澄川移动PC服务器集中采购…公示》: the procurer's name opens the procurement's
_HEAD_NAMES = re.compile(r"(?P<what>[^，,；;。！？、]{0,30}?)(?:集中采购|集采|招采|招标采购|(?:采购|招标)(?:项目|结果|中标|公告|招标))")
# 北辰电信为同类项目采购800台网关 / B为该工程招标: B procures for a project of its own (no one named between)
_HEAD_FOR = re.compile(_HEAD_TIME + r"为(?:同类|同名|同一|该|此|这一|上述|本|其)?[^，,；;。！？“”]{0,16}?(?:项目|工程)"
                       r"(?:集中)?(?:采购|招标)")
# what a procurement's name does not hold between its procurer and its noun: a bidder's verbs and joiners
_NOT_HEAD_GAP = re.compile(r"中标|投标|参与|参加|入围|供货|供应|获得|拿到|拿下|斩获|在|为|是|向|与|和|及|对|从|给|客户")
# what may open a clause before its subject: time words, marks
_OPENS = re.compile(r"[\s“”\"《]*(?:近日|日前|今日|昨日|近期|今年|此前|此外|同时|另外|而|据悉|日前)?[，,\s]*")
# 该项目由B招标 / 由B组织采购: B tenders
_HEAD_BY = re.compile(r"\s*(?:负责|组织|统一)?(?:招标|采购|发起招标|发包)")


def heads(doc: Doc) -> list[Head]:
    """Every organisation the text names as tendering, in order (built once per document)."""
    return doc.of_mentions("procurer_heads", _heads)


def _heads(doc: Doc) -> list[Head]:
    out = []
    for sent in doc.sentences:
        if not _HEAD_WORD.search(sent.text):
            continue
        bond = v._BOND_TENDER.search(sent.text) is not None
        for m in doc.mentions_in(sent.start, sent.end, ("organization", "candidate")):
            bare = _unglued(doc, m)
            if bare is not None and _tenders(doc, sent, m, bare[1]):
                out.append(Head(sent.index, m.end, bare[0], bond))
            elif bare is None and _tenders(doc, sent, m, m.end + 2 if doc.text.startswith(_GLUED_AIM, m.end) else None):
                out.append(Head(sent.index, m.end, m, bond))  # (澄川移动面向…集中采购, the name found without the word)
    return out


# 澄川移动面向2025年的服务器集中采购: a word glued to the procurer's name, telling what the procurement is for
_GLUED_AIM = ("面向", "针对")


def _unglued(doc: Doc, m: Mention) -> tuple[Mention, int] | None:
    """The procurer a head names, where its name took the word after it, or a part of it (澄川移动面向…集中采购, read
    as one name 澄川移动面向 or 澄川移动面): the organisation the text names elsewhere by the name without it (the one
    named last before it, else first after), and where the word ends; None where the name took no such word or the
    text names no organisation by the bare name."""
    if "面" not in m.text and "针" not in m.text:
        return None
    found = None
    for o in doc.mentions_in(0, len(doc.text), ("organization",)):
        if 2 <= len(o.text) < len(m.text) and m.text.startswith(o.text) and o.key != m.key \
                and doc.text.startswith(_GLUED_AIM, m.start + len(o.text)) and (found is None or o.end <= m.start):
            found = o
    return None if found is None else (found, m.start + len(found.text) + 2)


def _tenders(doc: Doc, sent: Sentence, m: Mention, end: int | None = None) -> bool:
    """Whether m is named as the one tendering (see the module's head patterns), not an agent (招标代理, 交易中心,
    采购中心), a place (临江市…) or a short code; `end`: where what follows the name starts, past a word glued to it
    (the name then one the text names elsewhere as an organisation: see _unglued)."""
    if v._TENDER_AGENT.search(m.text) or v._PLACE_LED.match(m.text) or m.text.isascii() and len(m.text) <= 3:
        return False
    text = doc.text
    if end is not None:
        found = _HEAD_ACTS.match(text, end, sent.end) or _HEAD_NAMES.match(text, end, sent.end)
        return found is not None and ("what" not in found.groupdict() or not _NOT_HEAD_GAP.search(found.group("what"))) \
            and not doc.mentions_in(end, found.end(), ("organization", "candidate"))
    if m.kind != "organization":  # a name guessed from its place (澄川算力中心启动…) only opening its clause and acting
        return len(m.text) >= 3 and _OPENS.fullmatch(text, clause_start(text, m.start, sent.start), m.start) is not None \
            and _HEAD_ACTS.match(text, m.end, sent.end) is not None
    if text.endswith("由", sent.start, m.start):
        branch = [b for b in doc.mentions_in(m.end, sent.end, ("organization",))[:1] if b.start == m.end and b.text.endswith("分公司")]
        if _HEAD_BY.match(text, branch[0].end if branch else m.end, sent.end):
            return True  # 由B招标 / 由B宁夏分公司招标 (a branch is the company's own: B tenders)
    if v._TENDERER_TITLE.search(text, max(sent.start, m.start - 8), m.start) is not None \
            and text.endswith(("为", "是", "系", "：", ":"), sent.start, m.start):
        return True  # 招标人为B / 采购人：B
    found = _HEAD_ACTS.match(text, m.end, sent.end) or _HEAD_FOR.match(text, m.end, sent.end)
    if found is None:
        found = _HEAD_NAMES.match(text, m.end, sent.end)
        if found is None or _NOT_HEAD_GAP.search(found.group("what")):
            return False
    return all(o.key == m.key for o in doc.mentions_in(m.end, found.end(), ("organization", "candidate")))


def titled_tenderer(doc: Doc) -> list[Mention]:
    """The one organisation the whole text names by a tenderer's title (招标人：B, 采购人为B), else none (none named, or
    two): what it names so outranks a name opening a project's title."""
    return doc.of_mentions("titled_tenderer", _titled_tenderer)


def _titled_tenderer(doc: Doc) -> list[Mention]:
    if "招标人" not in doc.text and "采购人" not in doc.text and "招标单位" not in doc.text:
        return []
    named = []
    for title in v._TENDERER_TITLE.finditer(doc.text):
        first = [m for m in doc.mentions_in(title.end(), title.end() + 60, ("organization",))[:1] if m.start == title.end()]
        named += [m for m in first if not v._TENDER_AGENT.search(m.text) and not v._PLACE_LED.match(m.text)]
    return named[:1] if len({m.key for m in named}) == 1 else []


def procurer_head(ctx: Ctx, before: int, own_project: bool = False) -> list[Mention]:
    """The procurer of a tender whose winner (at `before`) names no buyer: the one organisation named tendering in
    the nearest head sentence before it in its paragraph (in its own sentence only where the winner names a project
    of its own: 中标临江县滨河大道改造工程), else the one of the text's head (its first sentences) when every head
    before names that one. None for a bond auction or where the nearest head names two."""
    scope = _scope(ctx, before, own_project)
    if not scope or any(h.bond for h in scope) or len({h.who.key for h in scope}) > 1:
        return []
    if _someone_else(ctx, scope[-1], before):
        return []
    if scope[-1].sent != ctx.sent.index and _ANOTHER.search(ctx.text, ctx.sent.start, before):
        return []  # 澄川通信集团启动服务器集采。此外，青禾科技去年中标约3亿元: another award, whose is not said
    return [scope[-1].who]


# what tells of another award than the one at the head: another time (此前, 去年, 曾) or an aside (此外, 另外)
_ANOTHER = re.compile(r"此前|之前|以前|去年|前年|往年|曾经|曾|此外|另外|另据|同时还|还曾|也曾")


def _scope(ctx: Ctx, before: int, own_project: bool = False) -> list[Head]:
    """The heads that tell whose tender a winner at `before` won (procurer_head)."""
    found = [h for h in heads(ctx.doc) if h.at <= before]
    if not found:
        return []
    sents = ctx.doc.sentences
    near = [h for h in found if sents[h.sent].paragraph == ctx.sent.paragraph]
    if own_project:
        near = [h for h in near if h.sent == ctx.sent.index]
    if near:
        return [h for h in near if h.sent == near[-1].sent]
    if not own_project and len({h.who.key for h in found}) == 1:
        return [h for h in found if h.sent < _LEAD]
    return []


# 中标候选人公示 / 预中标: the award proposed, not made yet; 最终/正式/中标通知书: made
_PROPOSED = re.compile(r"候选|预中标")
_MADE = re.compile(r"最终|最后|正式|中标通知书|成交通知书|已签订|已签署|签约|期满|(?<!候选)中标(?:人|单位|供应商)")


def proposed(ctx: Ctx, before: int) -> bool:
    """Whether the winners told at `before` are candidates proposed (a planned purchase): the sentence says so, or,
    where it does not tell an award made (最终成为中标人, 收到中标通知书), the sentence before it in the paragraph
    or the head that names its procurer does (B公示了服务器集采中标候选人。A拿到约12亿元…)."""
    if _PROPOSED.search(ctx.text, ctx.sent.start, ctx.clause(before)[1]):
        return True
    if _MADE.search(ctx.sent.text):
        return False
    prev = _previous(ctx)
    if prev is not None and _PROPOSED.search(prev.text):
        return True
    sents = ctx.doc.sentences
    scope = _scope(ctx, before)
    keys = {h.who.key for h in scope}
    lead = [h for h in heads(ctx.doc) if h.sent < _LEAD and h.who.key in keys and h.at <= before]
    return any(_PROPOSED.search(sents[h.sent].text) for h in scope + lead)


def _someone_else(ctx: Ctx, head: Head, before: int) -> bool:
    """Whether an organisation other than the procurer and the winners told so far stands between the head and the
    winner's clause in the winner's sentence (澄湖电网公布了采购结果。青禾集团表示，A、B分别中标…: 青禾集团 speaks;
    whose tender it is, is not said)."""
    start = head.at if head.sent == ctx.sent.index else ctx.sent.start
    end = ctx.clause(before)[0]
    if start >= end:
        return False
    told = {m.key for f in ctx.facts if _is_award(f) for m in f.roles.get("supplier", [])}
    return any(m.key != head.who.key and m.key not in told and not _WINNER_CLAUSE.search(ctx.text, *ctx.clause(m.start))
               for m in ctx.mentions(start, end, ("organization",)))


# a clause telling a winner (A中标的标包最多 / B、C和D三家各拿下两个标包): a winner's
# name, no one else's
_WINNER_CLAUSE = re.compile(r"中标|份额|标包|分列|位列|其次|拿到|拿下|斩获|获得|联合体")  # (A与B结成的联合体: bidders)


_LEAD = 3  # the sentences that head a text: its title (or a line above it) and its lead


def bond_auction(ctx: Ctx, before: int) -> bool:
    """Whether the tender told is a bond auction (本期金融债招标结果。A中标2.5亿元): a bond word in the sentence, in the
    one before it in the paragraph, or at the procurer's head in scope. Its winners buy bonds; they sell nothing."""
    if v._BOND_TENDER.search(ctx.sent.text):
        return True
    prev = _previous(ctx)
    if prev is not None and v._BOND_TENDER.search(prev.text):
        return True
    sents = ctx.doc.sentences
    return any(h.bond and sents[h.sent].paragraph == ctx.sent.paragraph for h in heads(ctx.doc) if h.at <= before)


def _previous(ctx: Ctx) -> Sentence | None:
    """The sentence before, in the same paragraph."""
    i = ctx.sent.index
    if i == 0:
        return None
    prev = ctx.doc.sentences[i - 1]
    return prev if prev.paragraph == ctx.sent.paragraph else None


# the words of a tender's result
_TENDER_WORDS = re.compile(r"中标|集采|集中采购|招标|采购|标包|标段|候选人|开标|评标|比选")


def in_tender(ctx: Ctx, before: int) -> bool:
    """Whether the text tells a tender's result here: a tender word in the sentence before `before` or in the
    sentence before it, or a procurer at the head."""
    if _TENDER_WORDS.search(ctx.text, ctx.sent.start, before):
        return True
    prev = _previous(ctx)
    return prev is not None and _TENDER_WORDS.search(prev.text) is not None or bool(procurer_head(ctx, before))


# A、B和C / A和B / A及B: what joins the winners of a list
_ITEM_JOINS = re.compile(r"以及|、|和|及|与")
_ITEM_OPENS = re.compile(r"[\s，,；;]*")


def listed_names(ctx: Ctx, start: int, end: int) -> list[Mention] | None:
    """The winners listed between start and end (A、B和C, filling the span), each a name found there or, where the
    name finders missed it, a run of two to ten characters the name finder takes for a name when it is listed beside
    names (mentions._candidate, listed); None where an item is neither (本地集成商、价格和服务: phrases, no names)
    or the span holds no list. A name made here is a candidate of its own text (the tender's list says a name stands
    there: 岚川振宇和澄湖数码分列第二、第三)."""
    text = ctx.text
    pos = _ITEM_OPENS.match(text, start, end).end()
    found = {m.start: m for m in ctx.mentions(pos, end)}
    out: list[Mention] = []
    while pos < end:
        m = found.get(pos)
        if m is not None and m.end <= end:
            out.append(m)
            pos = m.end
        else:
            joint = _ITEM_JOINS.search(text, pos, end)
            stop = joint.start() if joint else end
            made = names_found._candidate(text, pos, stop, names_found.rules(), lax=True, listed=True) \
                if 2 <= stop - pos <= 10 else []
            if len(made) != 1 or (made[0].start, made[0].end) != (pos, stop):
                return None
            out.append(made[0])
            pos = stop
        if pos >= end:
            break
        joint = _ITEM_JOINS.match(text, pos, end)
        if joint is None or joint.end() >= end:
            return None
        pos = joint.end()
    return out if len(out) >= 2 and len({m.key for m in out}) == len(out) else None


_TENDER_VOICES = ("tender_won", "tender_got", "tender_rank", "tender_share", "tender_split", "tender_among")


def _is_award(fact: FactRecord) -> bool:
    return fact.type == "purchase" and fact.rule.count(":") >= 1 and fact.rule.split(":")[1] in _TENDER_VOICES


def last_award(ctx: Ctx) -> FactRecord | None:
    """The last tender won told before: in the sentence so far, else in the sentence before it (same paragraph)."""
    for fact in reversed(ctx.facts):
        if _is_award(fact):
            return fact
    prev = _previous(ctx)
    if prev is None:
        return None
    for fact in reversed(ctx.doc.facts):
        if fact.evidence.start == prev.start and _is_award(fact):
            return fact
    return None


# between a winner and its verb: adverbs, 分别/各自 (A、B分别获得…)
_GAP = re.compile(r"\s*(?:[(（][^()（）]{0,14}[)）])?(?:最终|则|也|还|共|合计|累计|一举|成功|分别|各自|各|均|都|近日|此次|本次)*\s*$")
_EACH = re.compile(r"(?:分别|各自|各|均|都)\s*$")
_CLOSE = re.compile(r"\s*(?:[(（][^()（）]{0,12}[)）])?\s*(?:[，,。；;！!]|$)")
# what the sum won may be called after it: 约12亿元的订单, 9.6亿元份额
_SUM_NOUN = re.compile(r"\s*(?:的)?(?:中标)?(?:订单|份额|合同|大单|金额)?")
_SHARE_NOUN = re.compile(r"\s*(?:的)?(?:中标|采购)?份额")
# 获得了最大的中标份额 / 拿下最多份额: the largest share, its size unsaid
_MOST = re.compile(r"(?:了)?\s*(?:最大|最多|最高)(?:的)?(?:中标|采购)?份额")
# 金额达14.1亿元 / 达9.6亿元: the sum of the largest share, in the next clause
_SUM_NEXT = re.compile(r"[，,]\s*(?:其)?(?:中标)?(?:金额|总额)?(?:达|为|约为|约|达到|高达|共计|合计)\s*")
# 获得50%份额 / 获得30%和20%的份额 / 获得最大的中标份额: what lets 获得 open a share of a tender (frames._skip_trigger)
GOT_SHARE = re.compile(r"了?\s*(?:约)?\d+(?:\.\d+)?%(?:\s*[和、及与]\s*(?:约)?\d+(?:\.\d+)?%)*\s*的?(?:中标|采购)?份额"
                       r"|了?\s*(?:最大|最多|最高)的?(?:中标|采购)?份额")


def tender_got(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """澄川移动启动服务器集采。青禾科技拿到约12亿元 / A获得50%份额 / A、B分别获得30%和20%的份额 / A获得了最大的中标
    份额，金额达14.1亿元: in a tender's result, the winner before the verb supplies the procurer for the sum (or
    share) right after it, which closes the clause; several winners each take theirs in order (one sum after 各自/均
    or with 不等: each the same). Only where the procurer is named (in the clause or sentence before, or at the head):
    the verb alone tells no tender. A clause with no winner of its own (…成为第一中标候选人，获得50%份额) gives its
    share to the winner just told."""
    cs, ce = ctx.clause(t.start)
    if not in_tender(ctx, t.start) or bond_auction(ctx, t.start):
        return []
    at = t.end + 1 if ctx.text.startswith("了", t.end) else t.end
    sums, shares, most = _won_after(ctx, at, ce)
    if not sums and not shares and not most:
        return []
    winners = ctx.group_left(cs, t.start)
    each_at = _GAP.search(ctx.text, cs, t.start).start()
    if (not winners or not _GAP.fullmatch(ctx.text, winners[-1].end, t.start)) and len(shares) > 1 and not sums \
            and _EACH.search(ctx.text, cs, t.start) and each_at > cs:
        listed = listed_names(ctx, cs, each_at) or []
        winners = listed if len(listed) == len(shares) else winners  # 岚川振宇和澄湖数码分别获得27%和23%份额
    if not winners or not _GAP.fullmatch(ctx.text, winners[-1].end, t.start):
        if len(shares) > 1 and not sums and re.fullmatch(r"\s*(?:分别|依次)\s*", ctx.text[cs:t.start]):
            _shares_to_ranked(ctx, cs, shares)  # …B和C分列第二、第三，分别拟获30%和20%的份额: theirs in order
            return []
        if ctx.mentions(cs, t.start) or len(shares) != 1 or sums:
            return []
        told = last_award(ctx)
        if told is not None and told.evidence.start == ctx.sent.start and "share_of_purchases" not in told.qualifiers:
            told.qualifiers["share_of_purchases"] = shares[0]  # …成为第一中标候选人，获得50%份额: the one just told
        return []
    each = _EACH.search(ctx.text, winners[-1].end, t.start) is not None or ctx.text.startswith("不等", ce - 2)
    figures = sums or shares
    if len(winners) > 1 and len(figures) != len(winners) and not (len(figures) == 1 and each):
        return []
    if len(winners) == 1 and len(figures) > 1 or not v._tenderer(ctx, cs):
        return []  # (A拿到约12亿元 with no procurer named: whose tender, if any, is not said)
    if most:
        following = _SUM_NEXT.match(ctx.text, ce)
        paid = ctx.values("money", following.end(), ctx.clause(following.end())[1]) if following else []
        sums = paid[:1] if paid and paid[0].start == following.end() else []
    if len(winners) == 1 and len(sums) == 1 and not shares and not most:
        more = v.elliptic_sums(ctx, ce)  # A拿到约8.85亿元，排名第一；B约5.71亿元；C约2.31亿元: each its own sum
        if more:
            return _awards(ctx, t, cs, winners + [w for w, _ in more], sums + [s for _, s in more], [])
    return _awards(ctx, t, cs, winners, sums if sums else [], shares)


def _shares_to_ranked(ctx: Ctx, cs: int, shares: list[Value]) -> None:
    """Give the shares listed (分别…30%和20%的份额) one to each of the winners ranked in the clause just before, in
    order, when they are as many and none has a share yet; else nothing."""
    if cs <= ctx.sent.start:
        return
    ps, _ = ctx.clause(cs - 1)
    ranked = [f for f in ctx.facts if _is_award(f) and f.rule.split(":")[1] == "tender_rank" and f.evidence.start == ctx.sent.start
              and f.roles.get("supplier") and ps <= f.roles["supplier"][0].start < cs]
    if len(ranked) != len(shares) or any("share_of_purchases" in f.qualifiers for f in ranked):
        return
    for fact, share in zip(ranked, shares):
        fact.qualifiers["share_of_purchases"] = share


def _won_after(ctx: Ctx, at: int, ce: int) -> tuple[list[Value], list[Value], bool]:
    """What a winner got, right after its verb and closing the clause: sums (约12亿元, 3至5亿元不等), shares (50%份额,
    30%和20%的份额) or the largest share (最大的中标份额)."""
    if _MOST.match(ctx.text, at) and _CLOSE.match(ctx.text, _MOST.match(ctx.text, at).end()):
        return [], [], True
    for kind, noun in (("money", _SUM_NOUN), ("percent", _SHARE_NOUN)):
        found = ctx.values(kind, at, ce)
        if not found or ctx.text[at:found[0].start].strip("约近逾超过达 "):
            continue
        for a, b in zip(found, found[1:]):
            if ctx.text[a.end:b.start].strip() not in ("、", "和", "及", "与", ","):
                return [], [], False
        tail = noun.match(ctx.text, found[-1].end)
        end = tail.end() if tail else found[-1].end
        if kind == "percent" and (tail is None or "份额" not in tail.group()):
            return [], [], False  # 增长30%: no share of a tender
        if ctx.text.startswith("不等", end):
            end += 2
        if _CLOSE.match(ctx.text, end):
            return (found, [], False) if kind == "money" else ([], found, False)
    return [], [], False


def _awards(ctx: Ctx, t: Span, cs: int, winners: list[Mention], sums: list[Value], shares: list[Value],
            like: FactRecord | None = None) -> list[FactRecord]:
    """One purchase per winner from the procurer (the one the award told before had, else the tenderer of the
    clause, sentence or head), each with its sum or share where given (one for all: each the same)."""
    if any(v._PLACEHOLDER.fullmatch(w.text) for w in winners) or len({w.key for w in winners}) < len(winners):
        return []
    keys = {w.key for w in winners}
    buyers = like.roles.get("buyer", []) if like is not None else v._tenderer(ctx, cs)
    buyers = [b for b in buyers if b.key not in keys]
    planned = proposed(ctx, t.start) or like is not None and like.modality == "planned"
    facts = []
    for i, winner in enumerate(winners):
        fact = q.base_fact(ctx, "purchase", {"buyer": list(buyers), "supplier": [winner]}, t)
        if sums:
            fact.amount = sums[i] if len(sums) == len(winners) else sums[0]
        if shares:
            fact.qualifiers["share_of_purchases"] = shares[i] if len(shares) == len(winners) else shares[0]
        fact.qualifiers["period"] = q.date_for(ctx, t)
        fact.date = q.award_date(fact.qualifiers["period"], t)
        if planned and fact.modality == "asserted":
            fact.modality = "planned"
        facts.append(fact)
    return facts


# 分列第二、第三 / 位列第二 / 分列第二至第四名: the places after the first
_PLACES = re.compile(r"\s*(?:第)?(?P<first>[二三四五六七八九十])(?:名|位)?"
                     r"(?P<more>(?:\s*[、和及]\s*(?:第)?[二三四五六七八九十](?:名|位)?)*)")
# 其次是B和C / 紧随其后的则是B、C / 排在其后的是B: the ones named after come next
_NEXT_NAMED = re.compile(r"\s*(?:的)?(?:则|分别|依次)?(?:是|为|有)\s*")


# <buyer>日前公布…项目的中标候选人。: a notice naming no candidate in its own sentence (the next one ranks them)
_CANDIDATES_NOTICE = re.compile(r"(?:公布|公示|发布|揭晓)了?(?P<what>[^，,。；;]{0,40}?)的?中标候选人(?:名单)?\s*[。！!]?\s*$")
# A以3200万元(的)报价(（不含税）)排名第一 / A以N元的投标价名列首位: the winner, its bid, the first place
_BID_BEFORE = re.compile(r"\s*以\s*(?P<sum>[^，,。；;以]{1,16}?)(?:的)?(?:报价|投标价|投标报价|价格)?\s*(?:[(（][^()（）]{0,12}[)）])?\s*$")
_FIRST_PLACE = re.compile(r"\s*(?:第一(?:名|位)?|首位)")


def _first_of_notice(ctx: Ctx, t: Span) -> list[FactRecord] | None:
    """北辰电信日前公布网关集中采购项目的中标候选人。青禾网络以3200万元报价排名第一，…: in the sentence right after a
    buyer's notice of a tender's candidates (naming none itself), the one ranked first with its bid is the award
    proposed, a planned purchase from the buyer with that sum; the ones ranked after it are runners-up (nothing).
    None where the clause is not of that shape."""
    cs, ce = ctx.clause(t.start)
    if ctx.sent.index == 0 or cs != ctx.sent.start:
        return None
    first = _FIRST_PLACE.match(ctx.text, t.end, ce)
    if first is None or not _CLOSE.match(ctx.text, first.end()):
        return None
    prev = ctx.doc.sentences[ctx.sent.index - 1]
    notice = _CANDIDATES_NOTICE.search(ctx.text, prev.start, prev.end)
    if notice is None or ctx.mentions(notice.start(), prev.end):
        return None  # (the candidates named in the notice itself are read there)
    ncs = clause_start(ctx.text, notice.start(), prev.start)
    buyers = ctx.group_left(ncs, notice.start())
    if len(buyers) != 1:
        return None
    winners = ctx.group_left(cs, t.start)
    if len(winners) != 1:
        return None
    named, after = _glossed(ctx, cs, winners[0])
    if not named:
        return None
    bid = _BID_BEFORE.fullmatch(ctx.text, after, t.start)
    if bid is None or winners[0].key == buyers[0].key:
        return None
    sums = [m for m in ctx.doc.values_in(bid.start("sum"), bid.end("sum"), "money")]
    fact = q.base_fact(ctx, "purchase", {"buyer": buyers, "supplier": winners}, t)
    if len(sums) == 1:
        fact.amount = sums[0]
    fact.qualifiers["period"] = q.date_for(ctx, t)
    fact.date = q.award_date(fact.qualifiers["period"], t)
    if fact.modality == "asserted":
        fact.modality = "planned"
    return [fact]


# 青禾网络技术（临川）公司（下称“青禾网络”）: the short name glossing the full name that opens the clause
_GLOSS_OPENS = re.compile(r"\s*[(（](?:以下简称|下称|简称|以下称|下文简称)[:：]?\s*[“\"「]?")
_GLOSS_CLOSES = re.compile(r"[”\"」]?\s*[)）]")


def _glossed(ctx: Ctx, cs: int, name: Mention) -> tuple[bool, int]:
    """Whether `name` opens the clause at cs, alone or as the short name glossing the full name opening it (A有限公司
    （下称“A”）), and where what follows it starts (after the gloss closes)."""
    if not ctx.text[cs:name.start].strip("，,；; "):
        return True, name.end
    full = [m for m in ctx.mentions(cs, name.start) if not ctx.text[cs:m.start].strip("，,；; ")][:1]
    closes = _GLOSS_CLOSES.match(ctx.text, name.end)
    if not full or closes is None or not _GLOSS_OPENS.fullmatch(ctx.text, full[0].end, name.start):
        return False, name.end
    return True, closes.end()


def tender_rank(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """青禾科技中标金额最高，达9.6亿元，岚山电子和远帆信息分列第二、第三 / 其次是B和C / 紧随其后的是B、C: after a
    tender won (in the sentence so far or the one before it), the ones ranked next won too, from the same procurer
    and in its mood (a share of a candidate list proposed: planned), each with no sum of its own. Ranked after a
    first candidate (成为第一中标候选人，B和C分列第二、第三) they are runners-up, awarded nothing."""
    noticed = _first_of_notice(ctx, t)
    if noticed is not None:
        return noticed
    told = last_award(ctx)
    if told is None or told.modality not in ("asserted", "planned") or not told.roles.get("supplier"):
        return []
    cs, ce = ctx.clause(t.start)
    if told.modality == "planned" and ("候选" in told.rule or "候选" in ctx.text[cs:ce]) and not _shared(told) \
            and not _SHARES_NEXT.match(ctx.text, ce):
        return []  # 青禾科技成为第一中标候选人，B和C分列第二、第三: runners-up (ranked by their sums, all win shares)
    word = ctx.text[t.start:t.end]
    if word in ("分列", "位列", "排名", "排在", "名列"):
        places = _PLACES.match(ctx.text, t.end, ce)
        if places is None or not _CLOSE.match(ctx.text, places.end()):
            return []
        count = 1 + len(re.findall(r"[二三四五六七八九十]", places.group("more")))
        winners = ctx.group_left(cs, t.start)
        if not winners or not _GAP.fullmatch(ctx.text, winners[-1].end, t.start) or len(winners) != count \
                or ctx.text[cs:winners[0].start].strip("，,；; "):
            listed = listed_names(ctx, cs, _GAP.search(ctx.text, cs, t.start).start()) if count > 1 else None
            if listed is None or len(listed) != count:
                return []  # (岚川振宇和澄湖数码分列第二、第三: as many names as places, found or not)
            winners = listed
    else:
        named = _NEXT_NAMED.match(ctx.text, t.end, ce)
        if named is None and word in ("紧随其后", "排在其后"):
            return []
        start = named.end() if named else t.end
        winners = ctx.group_right(start, ce, max_gap=0)
        if not winners or not re.fullmatch(r"\s*(?:等)?(?:[(（][^()（）]{0,12}[)）])?\s*", ctx.text[winners[-1].end:ce]):
            return []
    if told.roles["supplier"][0].key in {w.key for w in winners}:
        return []
    return _awards(ctx, t, cs, winners, [], [], like=told)


# …分列第二、第三，分别拟获30%和20%的份额: the ones ranked get shares of their own (told in the clause after)
# (…分列第二、第三，份额分别为27%和23%: the same, the shares named first)
_SHARES_NEXT = re.compile(r"[，,]\s*(?:(?:分别|依次)(?:拟获得|拟获|获得|可获得|将获得)|(?:中标|采购)?份额(?:分别|依次)(?:为|是))"
                          r"\s*(?:约)?\d+(?:\.\d+)?%")


def _shared(told: FactRecord) -> bool:
    """Whether the first candidate told is to get only a share of the procurement (拟获50%的份额): the procurement is
    shared out, so the candidates ranked after it are proposed for the rest (planned), not runners-up."""
    share = told.qualifiers.get("share_of_purchases")
    number = getattr(getattr(share, "value", None), "value", None)
    return isinstance(number, (int, float)) and 0 < number < 100


# A、B、C中标份额分别为50%、30%、20% / A中标份额为40%: each winner's share of the procurement
_SHARE_LEAD = re.compile(r"\s*(?:分别|依次)?(?:为|是|达|约为|约|达到|占)?\s*")


def tender_share(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """A、B、C中标份额分别为50%、30%、20% / A中标份额为40% / (in a tender's result) A、B的份额分别为60%、40%: each
    winner named right before the word supplies the procurer for its share, in order; a share with no winner in its
    clause (标包五的投标报价为…，中标份额10%) is the one of the award just told."""
    cs, ce = ctx.clause(t.start)
    if bond_auction(ctx, t.start) or ctx.text[t.start:t.end] == "份额" and not in_tender(ctx, t.start):
        return []
    lead = _SHARE_LEAD.match(ctx.text, t.end, ce)
    shares = ctx.values("percent", lead.end(), ce)
    if not shares or shares[0].start != lead.end():
        return []
    for a, b in zip(shares, shares[1:]):
        if ctx.text[a.end:b.start].strip() not in ("、", "和", "及", "与", ","):
            return []
    if not _CLOSE.match(ctx.text, shares[-1].end):
        return []
    winners = ctx.group_left(cs, t.start)
    if not winners or not re.fullmatch(r"\s*(?:的)?(?:[(（][^()（）]{0,14}[)）])?\s*", ctx.text[winners[-1].end:t.start]):
        if len(shares) > 1 and not ctx.text[cs:t.start].strip() and ctx.text[lead.start():lead.end()].strip().startswith(("分别", "依次")):
            _shares_to_ranked(ctx, cs, shares)  # …B和C分列第二、第三，份额分别为27%和23%: theirs in order
            return []
        if ctx.mentions(cs, t.start) or len(shares) != 1:
            return []
        told = last_award(ctx)
        if told is not None and told.evidence.start == ctx.sent.start and "share_of_purchases" not in told.qualifiers:
            told.qualifiers["share_of_purchases"] = shares[0]
        return []
    if len(shares) != len(winners):
        return []
    return _awards(ctx, t, cs, winners, [], shares)


# 标包1被A、B、C瓜分 / A和B瓜分了该标包: the winners sharing a lot or a procurement
_GLOSS_BEFORE = re.compile(r"\s*[(（][^()（）]{0,20}[)）]\s*(?:共同|一起)?\s*$")
_SPLIT_BY = re.compile(r"[被由]\s*$")
_SPLIT_WHAT = re.compile(r"(?:了)?\s*(?:该|本|此|这|全部|所有)?(?:个|次|批)?(?:的)?(?:标包|标段|份额|订单|项目|集采|采购)?")
# A、B和C三家(厂商)分享 / A、B等厂商瓜分: between the winners and the verb, how many they are and what
_SPLIT_GAP = re.compile(r"\s*(?:等)?(?:(?:[两二三四五六七八九十]|\d+)家)?(?:厂商|企业|公司|供应商|单位)?\s*(?:共同|一起)?\s*")


def tender_split(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """标包1被A、B、C瓜分 / A和B瓜分了该标包的份额 / 订单由A、B和C三家分享: in a tender's result whose procurer is
    named, each of the winners sharing it out supplies the procurer (no sum of its own)."""
    cs, ce = ctx.clause(t.start)
    if not in_tender(ctx, t.start) or bond_auction(ctx, t.start):
        return []
    gloss = _GLOSS_BEFORE.search(ctx.text, cs, t.start)  # A、B、C(从D分离出来)瓜分: D is no winner
    winners = ctx.group_left(cs, gloss.start() if gloss else t.start)
    counted = _COUNT_CLOSES.search(ctx.text, cs, gloss.start() if gloss else t.start)
    if not winners or not _SPLIT_GAP.fullmatch(ctx.text, winners[-1].end, gloss.start() if gloss else t.start) \
            or counted is not None and len(winners) != _COUNTS[counted.group("count")]:
        winners = _counted_list(ctx, cs, gloss.start() if gloss else t.start)
        if not winners:
            return []
    before = ctx.text[cs:winners[0].start]
    if _SPLIT_BY.search(before):
        if ctx.mentions(cs, winners[0].start) or not re.fullmatch(r"[^，,；;。]{0,20}?[被由]\s*", before) \
                or not _split_closes(ctx, t.end):
            return []  # 标包1被A、B、C瓜分
    elif before.strip("，,；; ") or not _split_closes(ctx, _SPLIT_WHAT.match(ctx.text, t.end).end()):
        return []
    if len(winners) < 2 or not v._tenderer(ctx, cs):
        return []
    return _awards(ctx, t, cs, winners, [], [])


# …由A、B和C三家分享：A拿到约3亿元…: a colon after the sharing opening what each of the winners sharing got
_SPLIT_DETAIL = re.compile(r"\s*[：:]")


def _split_closes(ctx: Ctx, at: int) -> bool:
    """Whether the sharing told closes its clause at `at`: a mark closing it (，。；), or a colon opening the sums of
    the winners it named, the first of them (one of the winners) opening the clause after it."""
    if _CLOSE.match(ctx.text, at):
        return True
    colon = _SPLIT_DETAIL.match(ctx.text, at)
    if colon is None:
        return False
    named = ctx.mentions(colon.end(), ctx.clause(colon.end())[1])
    return bool(named) and not ctx.text[colon.end():named[0].start].strip() \
        and named[0].key in {m.key for m in ctx.mentions(ctx.clause(at - 1)[0], at)}


# 由A、B和C三家分享 / A、B和C三家厂商瓜分: the count closing a list of winners
_COUNT_CLOSES = re.compile(r"(?P<count>[两二三四五六七八九十])家(?:厂商|企业|公司|供应商|单位)?\s*(?:共同|一起)?\s*$")
_COUNTS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _counted_list(ctx: Ctx, cs: int, end: int) -> list[Mention]:
    """由岚川振宇、澄湖数码和北辰电子三家分享: the winners listed before their count (三家), as many as counted, found as
    names or taken for names in the list (listed_names); none where the count does not match."""
    counted = _COUNT_CLOSES.search(ctx.text, cs, end)
    if counted is None:
        return []
    by = re.match(r"[^，,；;。]{0,20}?[被由]\s*", ctx.text[cs:counted.start()])
    listed = listed_names(ctx, cs + (by.end() if by else 0), counted.start())
    return listed if listed is not None and len(listed) == _COUNTS[counted.group("count")] else []


# 联合体由C牵头 / 该联合体的牵头人为C / 联合体牵头方是C: the consortium's lead, named after the consortium was told
_LEAD_BY = re.compile(r"(?:该|这一|上述|此)?联合体(?:由|以)\s*")
_LEAD_IS = re.compile(r"\s*(?:人|方|单位)?(?:为|是)\s*")
_LEAD_AFTER = re.compile(r"(?:该|这一|上述|此)?联合体(?:的)?\s*$")


def consortium_lead(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """A…等企业组成的联合体成为B…项目的中标候选人。联合体由C牵头，负责…: C leads the consortium whose members the
    text told last, up to three sentences before in this paragraph or the one before (or this sentence), as winning or
    proposed for a tender; C is one more supplier of that tender, with its buyer, mood and date. Nothing where no such
    consortium's award was read just before (联合体由C牵头 alone, or A牵头成立联合实验室)."""
    cs, ce = ctx.clause(t.start)
    by = _LEAD_BY.search(ctx.text, cs, t.start)
    if by is not None:
        leads = ctx.group_right(by.end(), t.start, v.ORG, max_gap=0)
        if not leads or ctx.text[leads[-1].end:t.start].strip(" 共同负责"):
            return []  # 联合体由C牵头 / 由C负责牵头
    else:
        named = _LEAD_IS.match(ctx.text, t.end)
        if not _LEAD_AFTER.search(ctx.text, cs, t.start) or named is None:
            return []
        leads = ctx.group_right(named.end(), ce, v.ORG, max_gap=0)[:1]
    if not leads:
        return []
    index, sents = ctx.sent.index, ctx.doc.sentences
    near = [i for i in range(max(0, index - 3), index + 1)  # (the paragraph before may tell the award)
            if ctx.sent.paragraph - 1 <= sents[i].paragraph <= ctx.sent.paragraph]
    won = [f for f in ctx.facts + ctx.doc.facts if f.type == "purchase" and f.rule.startswith("purchase:tender_won")
           and _sentence_of(ctx.doc, f.evidence.start) in near]
    last = max((_sentence_of(ctx.doc, f.evidence.start) for f in won), default=-1)
    won = [f for f in won if _sentence_of(ctx.doc, f.evidence.start) == last]  # the award told last, in the paragraph
    members = {m.key for f in won for m in f.roles.get("supplier", [])}
    if len(members) < 2 or any(m.key in members for m in leads):
        return []  # (a consortium of one, or the lead already one of the winners read)
    model = won[-1]
    out = []
    for lead in leads:
        fact = FactRecord("purchase", {"buyer": list(model.roles.get("buyer", [])), "supplier": [lead]},
                          Span(ctx.sent.start, ctx.sent.end), model.modality, model.date, None, None,
                          {"period": model.qualifiers.get("period")}, rule="purchase:consortium_lead:牵头")
        out.append(fact)
    return out


def _sentence_of(doc: Doc, pos: int) -> int:
    sent = doc.sentence_at(pos)
    return sent.index if sent is not None else -1


# 共有5家厂商中标 / 3家企业中选 / 中标厂商共5家: the sentence before counts the winners
_COUNTED = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)\s*家(?:厂商|企业|公司|供应商|单位)?(?:最终|成功)?(?:中标|中选)"
                      r"|中标(?:厂商|企业|供应商|单位|人)(?:共|共有|有)(?:\d+|[一二两三四五六七八九十]+)\s*家")
_AMONG_OPENS = re.compile(r"\s*[，,:：]\s*")


def tender_among(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """澄川移动服务器集采已完成，共有5家厂商中标。其中，青禾科技约8.85亿元，排名第一；岚山信息约5.71亿元: where the
    sentence before (in the paragraph) counts the winners of a procurement, a sentence opening with 其中 that lists
    names with their sums only (the verb left out) tells each winner's award, from the procurer named there (in its
    mood: candidates proposed, planned). Nothing where the first clause is not a bare name and sum (其中，A中标…, read
    by its verb), or where no procurer is named."""
    if ctx.text[ctx.sent.start:t.start].strip("“”\"　 ") or bond_auction(ctx, t.start):
        return []
    prev = _previous(ctx)
    opens = _AMONG_OPENS.match(ctx.text, t.end)
    if prev is None or opens is None or not _COUNTED.search(prev.text):
        return []
    ns, ne = ctx.clause(opens.end())
    named = ctx.mentions(ns, ne, ("organization", "candidate"))
    if len(named) != 1 or named[0].start != ns or "中标" in ctx.text[ns:ne]:
        return []
    first = v._won_sum(ctx, v._ELLIPTIC_SUM, named[0].end, ne)
    if first is None:
        return []
    more = v.elliptic_sums(ctx, ne)
    winners, sums = [named[0]] + [w for w, _ in more], [first] + [s for _, s in more]
    if not v._tenderer(ctx, ns):
        return []
    return _awards(ctx, t, ns, winners, sums, [])


HANDLERS = {"tender_among": tender_among, "tender_got": tender_got, "tender_rank": tender_rank, "tender_share": tender_share, "tender_split": tender_split,
            "consortium_lead": consortium_lead}

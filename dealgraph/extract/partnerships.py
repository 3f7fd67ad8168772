"""Partnerships said between named parties (moved out of voices.py; its shared helpers are read as `v`):

- A与B战略合作 / A与B共同成立C / A和B签订了代理协议 / 与A、B和C建立合作关系 (symmetric): the parties on either side
  of the cooperation word (with each listed partner, none among partners of an unread subject), a joint venture or
  lab they found together; agency and distribution agreements are partnerships. A tender for a project named after
  a facility, a tie ended before, a person speaking or a controller named are no parties.
- A成为B在中国的AI合作伙伴 / A是B的战略合作伙伴 / A的合作伙伴包括B、C (partner_of): the subject and the company whose
  partner it is (each listed one).
- A的主要客户为B、C / B、C等…都是A的客户 / B、C均为其主要客户 (customers): each customer named as such buys from A
  (a purchase); A的产品已覆盖B、C / 服务于B: a looser tie of serving (a partnership of kind customer).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dealgraph.extract import qualifiers as q
from dealgraph.extract import voices as v
from dealgraph.extract.document import FactRecord, Mention, Span
from dealgraph.extract.grammar import Frame

if TYPE_CHECKING:
    from dealgraph.extract.frames import Ctx


_RESULT_LEAD = re.compile(r"^(?:了|共同|联合|合资)?(?:成立|设立|组建|共建|打造)?(?:了|的)?(?:一家)?(?:合资公司|合资企业|项目公司)?"
                          r"[“\"「]?$")  # 合资成立的C, 合作成立合资公司C

_BECOMES_PARTNER = re.compile(r"\s*(?:已|正式|将|也|还)?(?:成为|是|为|系)(?:了)?$")


def partner_of(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """星澜智算成为苹果在中国的AI合作伙伴 / 星澜智算是阿里云的战略合作伙伴: the subject and the company whose
    partner it is, named right after 成为/是 (the words after it up to the title only say where or in what)."""
    cs, ce = ctx.clause(t.start)
    named = ctx.mentions(cs, t.start)
    if named and _PARTNERS_LISTED.match(ctx.text, t.end):  # A的合作伙伴包括B、C: each B is A's partner
        owner = named[-1]
        listed = [m for m in ctx.group_right(_PARTNERS_LISTED.match(ctx.text, t.end).end(), ce, max_gap=0)
                  if m.key != owner.key]
        if not re.fullmatch(r"(?:的|旗下的?)?(?:主要|重要|核心)?", ctx.text[owner.end:t.start]):
            return []
        return [f for m in listed[:8] for f in v._dated(ctx, q.base_fact(ctx, "partnership", {"party": [owner, m],
                "result": []}, t, **q.frame_defaults(frame)), t)]
    tail = len(named) - 1
    while tail > 0 and _PARTNER_LIST_GAP.fullmatch(ctx.text, named[tail - 1].end, named[tail].start):
        tail -= 1
    if len(named) - tail >= 2 and tail >= 1 and _WITH_THE_PARTNER.fullmatch(ctx.text, named[tail - 1].end, named[tail].start) \
            and _BUILDS_TIES.fullmatch(ctx.text, named[-1].end, t.start) and _TIES_AFTER.match(ctx.text, t.end):
        lead = named[tail - 1]  # A与B、C建立战略合作伙伴关系: A's tie with each
        return [f for m in v._distinct(named[tail:], [lead]) for f in v._dated(ctx, q.base_fact(
            ctx, "partnership", {"party": [lead, m], "result": []}, t, **q.frame_defaults(frame)), t)]
    if len(named) >= 2 and _WITH_THE_PARTNER.fullmatch(ctx.text, named[-2].end, named[-1].start) \
            and _BUILDS_TIES.fullmatch(ctx.text, named[-1].end, t.start) and _TIES_AFTER.match(ctx.text, t.end):
        fact = q.base_fact(ctx, "partnership", {"party": [named[-2], named[-1]], "result": []}, t,
                           **q.frame_defaults(frame))  # A与B建立(全面)战略合作伙伴关系
        return v._dated(ctx, fact, t)
    if len(named) < 2 or not _BECOMES_PARTNER.search(ctx.text, named[-2].end, named[-1].start) or \
            not re.fullmatch(r"的?[^，,；;。、]{0,10}?", ctx.text[named[-1].end:t.start]):
        return []
    fact = q.base_fact(ctx, "partnership", {"party": [named[-2], named[-1]], "result": []}, t,
                       **q.frame_defaults(frame))
    return v._dated(ctx, fact, t)


_PARTNER_LIST_GAP = re.compile(r"\s*(?:、|和|及|以及)\s*")
_PARTNERS_LISTED = re.compile(r"(?:主要)?(?:包括|有|涵盖|包含)(?:了)?\s*")
_WITH_THE_PARTNER = re.compile(r"\s*(?:宣布|已|已经|将|正式|也|还|此前|近日|日前)*\s*(?:与|和|同|跟)\s*")
_BUILDS_TIES = re.compile(r"\s*(?:宣布|共同|双方|近日|日前|今日|当天)*\s*(?:正式|已|已经|将)?(?:建立|建立了|结成|结为|成为|缔结|确立|达成)(?:了)?\s*"
                          r"(?:全面|深度|长期|紧密|全方位|全球)?(?:的)?")
_TIES_AFTER = re.compile(r"关系")


def customers(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """A的主要客户为B、C: each customer named as such buys from A (a purchase, README: Customers); A的产品已覆盖B、C /
    服务于B: a looser tie of serving, a partnership of kind customer."""
    cs, ce = ctx.clause(t.start)
    if ctx.text.startswith(("的", "其"), t.start):
        named_after = _CLIENTS_NAMED_AFTER.match(ctx.text, t.end)
        if named_after is None:
            return _listed_clients(ctx, t, cs)
        t = Span(ctx.text.index("客户", t.start, t.end), named_after.end())  # A的主要客户包括B、C: as 客户包括
    agents = ctx.group_left(cs, t.start) or ctx.carried_subject(t.start)
    clients = v._distinct(ctx.group_right(t.end, ce), agents)
    out = []
    bought = {(f.roles["buyer"][0].key, f.roles["supplier"][0].key) for f in [*ctx.doc.facts, *ctx.facts]
              if f.type == "purchase" and f.roles.get("buyer") and f.roles.get("supplier")}
    if re.search(r"(?:该|此|这一?|上述|前述)(?:家)?$", ctx.text[max(cs, t.start - 3):t.start]):
        return []  # …与客户签订《…协议》。该客户为B: the contract's customer named (read with the contract)
    for client in clients:
        if agents and (client.key, agents[0].key) in bought:
            continue  # …签订《算力服务协议》。该客户为B: the purchase read already names B
        if ctx.text.startswith("客户", t.start):
            fact = q.base_fact(ctx, "purchase", {"buyer": [client], "supplier": agents[:1]}, t)
        else:
            fact = q.base_fact(ctx, "partnership", {"party": agents[:1] + [client], "result": []}, t, kind="customer")
        out += v._dated(ctx, fact, t)
    return out if agents else []


# B、C等酒店集团都是A的客户 / B和C均为其主要客户: the listed ones (an unread last item, then 等 and their kind,
# may close the list), a linking verb, and the supplier right before 的客户 (no one between: not 竞争对手的客户)
_CLIENTS_LINK = re.compile(r"(?P<rest>、[\u4e00-\u9fff]{2,4})?(?:等(?:[一二三四五六七八九十两几多\d]+家)?[\u4e00-\u9fff]{0,6})?\s*"
                           r"(?:目前|现已|早已|已|都|均|也|亦|同样|皆)*(?:是|为|系|成为|成了)\s*$")
_CLIENTS_NAMED_AFTER = re.compile(r"包括|有|为")
_CLIENTS_OWNER_PRONOUN = re.compile(r"(?:其|公司|该公司)$")


def _listed_clients(ctx: Ctx, t: Span, cs: int) -> list[FactRecord]:
    own = ctx.text.startswith("其", t.start)  # B、C均为其主要客户
    before = ctx.mentions(cs, t.start + 1 if own else t.start)
    pron = None if own else _CLIENTS_OWNER_PRONOUN.search(ctx.text, cs, t.start)
    if own:
        edge = t.start
        suppliers = [m for m in before if m.start == t.start and m.text != "其"]
    elif before and before[-1].end == t.start and before[-1].text != "其":
        suppliers, edge = before[-1:], before[-1].start
    elif before and before[-1].end == t.start or pron is not None:
        edge = before[-1].start if before and before[-1].end == t.start else pron.start()  # type: ignore[union-attr]
        suppliers = [m for m in before if m.start == edge and m.text != "其" and m.canonical != m.text]
    else:
        return []
    link = _CLIENTS_LINK.search(ctx.text, cs, edge)
    if link is None:
        return []
    edge = link.start()
    if link.group("rest") and any(m.start == edge + 1 and m.end == link.end("rest") for m in before):
        edge = link.end("rest")  # B、C等: C read, no unread item
    buyers = ctx.group_left(cs, edge)
    if not buyers or buyers[-1].end != edge:
        return []
    if not suppliers:  # 其/公司: the subject carried, else the last sentence's topic (not one of the buyers)
        keys = {b.key for b in buyers}
        suppliers = [m for m in ctx.carried_subject(edge) if m.key not in keys][:1] or \
            [m for m in [ctx.prev_topic] if m is not None and m.key not in keys]
    if not suppliers or any(b.key == suppliers[0].key for b in buyers):
        return []  # (a list naming the supplier too is no list of its customers)
    if ctx.text[link.end() - 2:link.end()] in ("成为", "成了") and link.group("rest"):
        return []
    return [f for b in v._distinct(buyers) for f in v._dated(ctx, q.base_fact(
        ctx, "purchase", {"buyer": [b], "supplier": suppliers}, t), t)]


# 「澄川移动华东智算中心建设项目」 / “青禾云算力服务项目”: a project's name in quotes; a company named inside it names
# whose project it is, not a party of the clause
_PROJECT_TITLE = re.compile(r"「[^「」]{2,60}?(?:项目|工程)」|“[^“”]{2,60}?(?:项目|工程)”")


def _in_project_title(ctx: Ctx, m: Mention) -> bool:
    return any(t.start() < m.start and m.end < t.end()
               for t in _PROJECT_TITLE.finditer(ctx.text, ctx.sent.start, ctx.sent.end))


# a guess of a name that ends as a project's (储能材料项目, 二期工程): what an agreement is about, no party to it
_PROJECT_WORDS = ("项目", "工程")


# A clause that opens with the verb, or an adverb or modal before it: no party of its own
_BARE_OPENING = re.compile(r"\s*(?:并|并将|将|拟|还|同时|随后|双方|双方将|双方还|双方并|二者|两者|两家|两家公司)?(?:共同|联合|合资)?\s*")


def symmetric(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    cs, ce = ctx.clause(t.start)
    if ctx.text.startswith(("项目", "工程"), t.end):
        return []  # 昌吉顺惠智算中心项目的中标人: a project named after what it builds, no partnership
    if frame.qualifiers.get("kind") == "compute" and (_PROJECT_AFTER_FACILITY.match(ctx.text, t.end, ce)
                                                      or _TENDER_IN_CLAUSE.search(ctx.text, cs, ce)):
        return []  # A与B等企业结成联合体并入围C智算中心总包项目中标候选人: a tender for C's project, no tie with C
    end = _signed_before_title(ctx, cs, t) or t.start
    tie = _TIE_VERB_BEFORE.search(ctx.text, cs, end)
    if tie is not None:  # 与B达成战略合作 / 与B开展深度合作 / 与B建立合作: the verb between the partner and the word
        end = tie.start()
    venue = _VENUE_BEFORE.search(ctx.text, cs, end)
    if venue is not None:
        end = venue.start()  # A、B在C总部举行战略合作签约仪式: C is where they sign, no party
    parties = ctx.group_left(cs, end)
    if ctx.text[t.start:t.end] in ("携手", "牵手") and len(v._distinct(parties)) < 2:
        joined = ctx.group_right(t.end, ce, max_gap=0)  # A携手B发布…: A and the partner right after the word
        if parties and joined and joined[0].start == t.end:
            parties = parties + joined
    first = parties[0].start if parties else cs
    if parties:  # A拟与B有限公司(以下简称“B”)、C…: the first partner is named in full before its short name
        first = next((m.start for m in ctx.mentions(cs, parties[0].start) if m.key == parties[0].key), first)
    lead = ctx.mentions(cs, first)[-1:] if parties else []
    led = False
    if len(parties) >= 2 and ctx.text[cs:first].rstrip().endswith("、"):
        # A已与X研究院、B和C建立了合作关系, X read as no name: the list runs on to the left; its subject is the one
        # before 与 (B and C are A's partners, not each other's), and none without it
        lead = [m for m in ctx.mentions(cs, first) if _LEAD_PARTNER.match(ctx.text, m.end)
                and _LIST_RUNS_ON.fullmatch(ctx.text, _LEAD_PARTNER.match(ctx.text, m.end).end(), first)][-1:]
        if not lead:
            return []
        parties, led = lead + parties, True
    elif lead and _LEAD_PARTNER.fullmatch(ctx.text, lead[0].end, first):
        parties, led = lead + parties, True  # 北辰科技则与A、B合作: the subject and its partners
    elif parties and v._WITH_OPENS.fullmatch(ctx.text, cs, parties[0].start):
        parties = ctx.carried_subject(cs)[:1] + parties  # 同时与A、B签署了…: the subject carried, then its partners
    elif parties and v._ISSUER_WITH.fullmatch(ctx.text, cs, ctx.mentions(cs, parties[0].end)[0].start):
        parties = v._the_issuer(ctx, parties, cs)[:1] + parties  # 公司拟与A、B成立项目公司: the company announcing too
    elif len(parties) >= 2 and _WITH_RIGHT_BEFORE.search(ctx.text, cs, first):
        # 某某已与A、B建立了合作关系: A and B are the partners of the one before 与, not each other's: the name
        # opening the clause (A的新服务上线首日即与B、C达成合作: A), the subject a pronoun carries, else none
        opening = [m for m in ctx.mentions(cs, first) if _CLAUSE_OPENER.fullmatch(ctx.text, cs, m.start)][:1]
        if opening:
            parties, led = opening + parties, True
        elif _PRONOUN_WITH.search(ctx.text, cs, first):
            parties = ctx.carried_subject(cs)[:1] + parties  # 同时，它还与A、B达成合作
        else:
            return []
    if not parties and cs - 2 >= ctx.sent.start and _BARE_OPENING.fullmatch(ctx.text, cs, end):
        pcs, pce = ctx.clause(cs - 2)  # A与B各出资50%，成立合资公司C / A与B签署协议，共同设立C: the pair opening the
        opening = v._paired(ctx, pcs, pce)  # clause before, where this one names no one
        parties = opening if opening and opening[0].start - pcs <= 12 else parties
    if len(v._distinct(parties)) < 2:
        parties = (v._paired(ctx, cs, end) or v._both_parties(ctx, Span(cs, end))
                   or ctx.carried_subject(end)[:1] + parties)
    parties = [p for p in v._distinct(parties) if not v._in_title(ctx, p) and not _in_project_title(ctx, p)
               and not v._titled_person(p)
               and not v.predicate_guess(p) and not v.verb_opens(p) and not v._PARTY_KIND.fullmatch(p.text)  # 普通合伙人: no party
               and not _speaking_person(ctx, p)
               and not (p.kind == "candidate" and p.text.endswith(_PROJECT_WORDS))]  # 正极材料项目合作框架协议: what it is about
    parties = [p for p in parties if not any(o.text != p.text and o.text.endswith(p.text) for o in parties)]
    parties = v._distinct([_controller_named(ctx, p, ce) for p in parties])
    if len(parties) < 2:
        return []  # (上海致盛集团与…在致盛集团签订…: the short name is the same party, no partner)
    result = [m for m in ctx.mentions(cs, ce, v.UNIT) if (m.start < t.start < m.end or
              m.start >= t.end and _RESULT_LEAD.match(ctx.text[t.end:m.start])) and not v._in_title(ctx, m)
              and m.key not in {p.key for p in parties}][:1]
    kind = frame.qualifiers.get("kind")
    if kind == "strategic" and _VENTURE_AFTER.match(ctx.text, t.end):
        kind = "joint_venture"  # 合作成立合资公司C: the venture is what the cooperation makes
    if not result and kind == "joint_venture":
        result = _made_by(ctx, cs, parties)
    if "出资" in ctx.text[t.start:t.end] and result and v._A_FUND.search(result[0].canonical):
        return []  # 共同出资设立F基金: their commitments to the fund (fund_stakes), no venture of theirs
    if led and not result and kind == "strategic" and len(parties) > 2 and _RELATION_AFTER.match(ctx.text, t.end):
        # A已与B、C和D建立了合作关系: a tie of A with each, not one venture of all four
        return [f for p in parties[1:] for f in v._dated(ctx, q.base_fact(
            ctx, "partnership", {"party": [parties[0], p], "result": []}, t, **{**frame.qualifiers, "kind": kind}), t)]
    fact = q.base_fact(ctx, "partnership", {"party": parties, "result": result}, t, **{**frame.qualifiers, "kind": kind})
    if _ENDED_BEFORE.search(ctx.text, max(cs, t.start - 6), t.start) and fact.modality == "asserted":
        fact.modality = "negated"  # A与B宣布结束合作关系: the partnership is over
    if _said_as_venture(ctx, fact) or not result and _read_with_result(ctx, fact):
        return []
    return v._dated(ctx, fact, t)


# 在C总部签约 / 在C大厦举行的合作: the place of the signing, named by a building or site of C
_VENUE_BEFORE = re.compile(r"在[^，,；;。与和在]{1,20}?(?:总部|大厦|大楼|办公楼|园区|会议室|会议中心|展台|展位|基地|厂区)"
                           r"(?:举行|举办|召开)?(?:了|的)?[\u4e00-\u9fff]{0,6}?$")
# 智算中心总包项目 / 智算中心一期工程: a project named after the facility it builds; 联合体, 中标, 入围: a tender
_PROJECT_AFTER_FACILITY = re.compile(r"[^，,；;。]{0,8}?(?:项目|工程|标段|标包)")
_TENDER_IN_CLAUSE = re.compile(r"联合体|中标|入围|招标|投标")

# between the partner and the word: a verb of making the tie (达成, 开展, 建立 …) and its adverbs and adjectives
_TIE_VERB_BEFORE = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z”])\s*(?:正式|已|已经|将|宣布|共同|进一步)*(?:达成|开展|展开|建立|深化|加强|"
                              r"升级|启动|开启|推进|构建)了?\s*(?:全面|深度|长期|紧密|全方位|全球|多项|多领域)?(?:的)?\s*"
                              # (a field in Latin letters before the word: 与B达成全面Physical AI合作, not a partner)
                              r"(?:[A-Za-z][A-Za-z0-9.+-]*(?: [A-Za-z0-9.+-]+){0,3}\s*(?:领域的?|方面的?)?)?$")
_ENDED_BEFORE = re.compile(r"(?:结束|终止|解除|中止|暂停|停止)(?:了)?(?:双方的?)?$")


def _read_with_result(ctx: Ctx, fact: FactRecord) -> bool:
    """合作成立合资公司C: the venture read with C from 合作成立 is the one 合资 names again, with no result."""
    keys = frozenset(m.key for m in fact.roles["party"])
    return any(f.type == "partnership" and f.roles.get("result") and f.evidence.start == fact.evidence.start
               and f.qualifiers.get("kind") == fact.qualifiers.get("kind")
               and frozenset(m.key for m in f.roles["party"]) == keys for f in ctx.facts)


_VENTURE_AFTER = re.compile(r"(?:了)?(?:一家)?(?:合资公司|合资企业)")


def _said_as_venture(ctx: Ctx, fact: FactRecord) -> bool:
    """公司拟与A、B成立项目公司开展智算中心建设: the joint venture already read of the same parties in the sentence is
    the partnership; the words after it (智算中心, 合作) say what it does, no partnership of another kind."""
    if fact.qualifiers.get("kind") in ("joint_venture", "joint_lab"):
        return False
    keys = frozenset(m.key for m in fact.roles["party"])
    return any(f.type == "partnership" and f.qualifiers.get("kind") in ("joint_venture", "joint_lab")
               and f.evidence.start == fact.evidence.start and frozenset(m.key for m in f.roles["party"]) == keys
               for f in ctx.facts)


_CONTROLLER_TITLE = re.compile(r"的?(?:实际控制人|实控人)")


def _controller_named(ctx: Ctx, m: Mention, ce: int) -> Mention:
    """北辰投资与澄川股份实际控制人孙立签署了合作协议: the company only titles its controller, who is the party."""
    title = _CONTROLLER_TITLE.match(ctx.text, m.end) if m.kind in v.ORG else None
    person = [p for p in ctx.mentions(title.end(), ce, ("person",)) if p.start == title.end()] if title else []
    return person[0] if person else m


# 周宁在采访中提到，… / 周宁解释说，…: a person who speaks in the clause named
_SPEAKS_IN_CLAUSE = re.compile(r"[^，,。；;：:]{0,12}?(?:表示|提到|提及|称|说|解释|透露|介绍|指出|坦言|回应|强调|认为|谈到|告诉)")


def _speaking_person(ctx: Ctx, m: Mention) -> bool:
    """青禾智能创始人周宁在采访中提到，澄川集团牵头的联合实验室…: a person (found as one, or a guessed name shaped as a
    person's) who speaks in the clause that names them is the one telling of the partnership, never a party of it."""
    from dealgraph.extract.mentions import person_shaped

    if m.kind != "person" and not (m.kind == "candidate" and person_shaped(m.text)):
        return False
    return _SPEAKS_IN_CLAUSE.match(ctx.text, m.end) is not None


_SIGNED_JUST_BEFORE = re.compile(r"(?:共同|正式|现场)?(?:签署|签订|签约|达成|订立)了?\s*$")


def _signed_before_title(ctx: Ctx, cs: int, t: Span) -> int | None:
    """A与B、C及D签署了《…战略合作框架协议》: with the trigger inside the agreement's title, the parties are the
    ones before the signing verb; where that verb starts."""
    title = next((m for m in v._TITLE.finditer(ctx.text, cs, ctx.clause(t.start)[1]) if m.start() < t.start < m.end()), None)
    if title is None:
        return None
    signed = _SIGNED_JUST_BEFORE.search(ctx.text, cs, title.start())
    return signed.start() if signed else None


# Between a subject and its partners: 北辰科技则与A、B合作, 北辰科技此前已和A合作
_LEAD_PARTNER = re.compile(r"\s*(?:则|也|还|又|亦|已|曾|此前|随后|将|拟|计划|正在|正|再|均|同时|宣布|有意|分别)*"
                           r"(?:与|和|同|跟|携手|联合)\s*(?:关联方|专业机构|专业投资机构|合作方|控股股东|实际控制人)?\s*")


# the list before its last read names (X大学某研究院、B和C): names and 、 only, no verb, no clause mark
_CLAUSE_OPENER = re.compile(r"\s*(?:目前|此前|此外|同时|另外|其中|随后|近日|日前|当天|今年|去年)?\s*")
_PRONOUN_WITH = re.compile(r"(?:它|其|该公司|公司|本公司)\s*(?:已|已经|正式|也|还|均|曾|此前|先后|分别|同时)*(?:与|同|跟)\s*$")
_WITH_RIGHT_BEFORE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9”)）]\s*(?:已|已经|正式|也|还|均|曾|此前|先后|分别)*(?:与|同|跟)\s*$")
_LIST_RUNS_ON = re.compile(r"[^，,；;。：:！？\s]{2,40}?、\s*")
_RELATION_AFTER = re.compile(r"(?:伙伴)?关系")   # 合作关系 / 合作伙伴关系: a relationship, one per pair


_MADE_BY = re.compile(r"[\s“”]*[，,]?\s*由")


def _made_by(ctx: Ctx, cs: int, parties: list[Mention]) -> list[Mention]:
    """澄江智驾由A与B合资成立 / 极越的前身是集度汽车，由A与B合资成立: the company named right before 由 (in the
    clause or ending the clause before) is what the partners set up."""
    if not parties or ctx.text.startswith("的", _trigger_end(ctx, parties)):
        return []  # 由A与B合资成立的公司: the company named after, not before
    you = ctx.text.rfind("由", max(ctx.sent.start, cs - 1), parties[0].start)
    if you < 0 or not re.fullmatch(r"\s*", ctx.text[you + 1:parties[0].start]):
        return []
    before = [m for m in ctx.mentions(ctx.sent.start, you, v.UNIT) if m.key not in {p.key for p in parties}]
    if before and _MADE_BY.fullmatch(ctx.text, before[-1].end, you + 1):
        return before[-1:]
    return []


def _trigger_end(ctx: Ctx, parties: list[Mention]) -> int:
    """Where the joint-venture verb after the parties ends (合资成立 / 合资设立 …, 了 included)."""
    hit = re.compile(r"[^，,；;。]*?合资(?:成立|设立|组建)?了?").match(ctx.text, parties[-1].end)
    return hit.end() if hit else parties[-1].end


HANDLERS = {"partner_of": partner_of, "customers": customers, "symmetric": symmetric}  # voices read here (frames._handler looks them up)

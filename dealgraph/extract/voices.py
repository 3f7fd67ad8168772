"""Where each role of a frame stands, by voice. Each handler returns the facts one trigger opens."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from dealgraph.extract import qualifiers as q
from dealgraph.extract.document import FactRecord, Mention, Span, Value
from dealgraph.datafiles import read_yaml
from dealgraph.extract.grammar import Frame, alt, grammar
from dealgraph.extract.topics import GENERIC_SUBJECT

if TYPE_CHECKING:
    from dealgraph.extract.frames import Ctx

ORG = ("organization", "candidate")
UNIT = ("organization", "candidate", "product")
_BA = re.compile(r"[将把]$")
_BY_AGENT = re.compile(r"被(?![投动])(?:[^，,；;。被]{0,8}?(?:公司|企业|集团|巨头|龙头|股东|方))?")  # 被 + descriptor
_PAIRED = re.compile(r"(?:计划|拟|将|宣布|正在|正|已|曾|有意)?(?:与|和|同|跟|携手|联合)")
_PREP = re.compile(r"(向|与|对|比|据|和|同|跟|从|给|由)$")
_MEANS = re.compile(r"(?:在|通过|经由|经)$")  # 通过上海证券交易所增持: a place or means, not the agent
# A与B达成战略合作并以…收购C: an agreement between A and B, then A's own deal (not 共同/联合 收购).
_AGREED = re.compile(r"(?:达成|签署|签订|订立|签约)(?![^，,；;。]*(?:共同|联合|一起))")
_PARTNER_LINK = re.compile(r"\s*(?:与|同|跟)\s*")  # A与B: a partner, where A、B and A和B list the same side
_WITH_PARTNER = re.compile(r"(?:拟|将|计划|准备|决定)?(?:与|同|跟)$")
_LED = re.compile(r"由[^，,。；;]{1,40}?(?:联合领投|领投|参投|跟投)的?")
_RESULT_LEAD = re.compile(r"^(?:了|共同|联合|合资)?(?:成立|设立|组建|共建|打造)?(?:了)?[“\"「]?$")
_RANK = (("第一大股东", "largest"), ("最大股东", "largest"), ("控股股东", "controlling"), ("第二大股东", "second"))
# Between 获得 and 投资 when no investor is named: only the sum and the round (获得了约5亿元B轮战略投资).
_FUNDING_GAP = re.compile(r"[\d.,\s约超近逾数十百千万亿美港欧日元人民币了的笔轮A-F+天使种子战略新一首股权]*")
_ASKS = re.compile(r"(?:[^，,；;。]{0,6}?(?:要求|问询|责令|督促|关注|询问))")  # 深交所要求A说明…: A is asked
_RISING_SHARE = re.compile(r"比例(?:由|从)[^，,；;。]{0,12}?(?:提高|增加|提升|上升|增至|升至)")
_BY_ACQUIRING = re.compile(r"(?:通过|经过)(?:本次|此次|这次|该次|股权|后续)?(?:收购|并购)|(?:收购|并购)(?:完成)?(?:后|之后|以后)|"
                           r"(?:完成|随着)(?:本次|此次)?(?:收购|并购)(?:的完成)?(?:后|之后)?[，,]")
# 阿里近日投资了沐川。: a name guessed from the verb alone stands when it ends the clause; 投资发展智能照明及…,
# 参股公司房多多在…上市: where words run on after it, the verb plans a use of money or describes a company.
_GUESS_END = re.compile(r"\s*(?:[，,；;。！!？?）)”]|$)")
# 在出售B之后, 于完成B重组后: a time phrase ending right before the verb; the names in it are not the agent.
_TIME_PHRASE = re.compile(r"(?:在|于|自)[^，,；;。在于自]*?(?:之后|以后|后|之时|时|之前|以前)(?:[又再还先即便就才也将拟]|了)*$")
_APPOSED_COUNT = re.compile(r"[两二三四五六七八九十\d]+(?:家|只|名|位|个)$")  # A、B两家QFII
_PARENT_OF = re.compile(r"\s*(?:旗下|下属)的?")  # 获得来自A旗下B的增资: B invests, A only owns it
# 证监会核准A将B转让给C: a regulator or a government body is never what a deal buys (an exchange may be).
_GOVERNMENT = re.compile(r"(?:证监会|银保监会|银监会|保监会|商务部|发改委|工信部|国务院|国资委|财政部|政府|法院)$")
_OBJECT_LEAD = re.compile(r"了?")  # 收购了B: the verb's own object
_MANNER = re.compile(r"\s*(?:方式|形式|方法|途径|手段|模式)")
_OBTAINED = re.compile(r"[^，,；;。]{0,4}?(?:取得|获得|持有|控股|拿下|入主)了?")  # …的方式取得B: B is what is bought
_SEPARATELY = re.compile(r"分别|各自")  # A、B分别增持: each on its own
Handler = Callable[["Ctx", Frame, Span], list[FactRecord]]


def _distinct(ms: list[Mention], minus: list[Mention] = ()) -> list[Mention]:  # type: ignore[assignment]
    seen = {m.key for m in minus}
    out = []
    for m in ms:
        if m.key not in seen:
            seen.add(m.key)
            out.append(m)
    return out


def _dated(ctx: Ctx, fact: FactRecord, t: Span) -> list[FactRecord]:
    """The fact with its date; one copy per date where several are listed (2019年、2020年两度投资)."""
    listed = q.dates_listed(ctx, t)
    if not listed:
        fact.date = q.date_for(ctx, t)
        return [fact]
    copies = []
    for d in listed:
        copy = FactRecord(fact.type, fact.roles, fact.evidence, fact.modality, d, fact.amount, fact.stake,
                          dict(fact.qualifiers))
        copies.append(copy)
    return copies


def _deal(ctx: Ctx, frame: Frame, t: Span, agents: list[Mention], patients: list[Mention],
          unnamed_agent: bool = False) -> list[FactRecord]:
    """One fact per patient. Where the text leaves the agent unnamed, the deal stands only when the handler
    read its patient in the deal's own slot (unnamed_agent: 公司拟收购云杉材料60%股权, 星澜获得5亿元投资)
    and the ontology lets the agent role stay empty (an undisclosed investor or buyer)."""
    agents, patients = _distinct(agents), _distinct(patients, agents)
    if frame.type in ("investment", "acquisition"):
        agents = _not_regulators(ctx, [a for a in agents if not _documents().search(a.text)])
        patients = [p for p in patients if not _documents().search(p.text) and not _GOVERNMENT.search(p.canonical)]
    if not agents:  # 部分企业被收购后: a kind of company, not a named one
        patients = [p for p in patients if not GENERIC_SUBJECT.fullmatch(p.text)]
    if not patients or not agents and not (unnamed_agent and _agent_optional(frame) and not _in_rubric(ctx, t)):
        return []
    a_role, p_role = frame.roles
    paid = q.amounts_by_patient(ctx, t, patients) if frame.type in ("investment", "acquisition", "purchase") else None
    held = q.stakes_by_patient(ctx, t, patients) if frame.type in ("investment", "acquisition") else None
    out = []
    for buyers, patient in _each(ctx, t, agents, patients):
        fact = q.base_fact(ctx, frame.type, {a_role: buyers, p_role: [patient]}, t, **q.frame_defaults(frame))
        _deal_qualifiers(ctx, fact, t)
        i = patients.index(patient)
        if paid is not None:  # 以3亿元收购A和B: the price once; 收购价分别为X、Y: each its own
            fact.amount = paid[i]
        if held is not None:  # 收购A 100%股权及B 60%股权: each target its own stake
            fact.stake = held[i]
        out += _dated(ctx, fact, t)
    return out


def _each(ctx: Ctx, t: Span, agents: list[Mention], patients: list[Mention]) -> list[tuple[list[Mention], Mention]]:
    """The deals a trigger states: one per patient, made by all the agents together, except where 分别/各自
    stands between the agents and the verb: A与B分别收购C 51%、49%股权 is one deal each (A buys C, B buys C),
    and A、B分别增持C、D pairs them in order (A buys C, B buys D)."""
    if len(agents) > 1 and _SEPARATELY.search(ctx.text, agents[-1].end, t.start):
        if len(patients) == 1:
            return [([a], patients[0]) for a in agents]
        if len(patients) == len(agents):
            return [([a], p) for a, p in zip(agents, patients)]
    return [(agents, p) for p in patients]


@cache
def _documents() -> re.Pattern[str]:
    """A name ending in a document word (…招股书, 资产框架协议) names a paper, not a party (data/frames.yaml)."""
    return re.compile(f"(?:{alt(read_yaml('frames.yaml')['documents'])})$")


def _not_regulators(ctx: Ctx, agents: list[Mention]) -> list[Mention]:
    """A market or regulator never buys; the company it questions does (深交所要求奥飞数据说明…收购B的原因)."""
    out = []
    for a in agents:
        if not grammar().not_subject.search(a.canonical):
            out.append(a)
            continue
        asked = _ASKS.match(ctx.text, a.end)
        named = ctx.mentions(asked.end(), ctx.clause(asked.end())[1]) if asked else []
        out += [m for m in named if m.start == asked.end()]
    return _distinct(out)


def _in_rubric(ctx: Ctx, t: Span) -> bool:
    """【并购重组】, [收购动态]: a column label in brackets names a topic, not a deal."""
    head = ctx.text[ctx.sent.start:t.start]
    opened = max(head.rfind("【"), head.rfind("["))
    return opened >= 0 and max(head.rfind("】"), head.rfind("]")) < opened


def _agent_optional(frame: Frame) -> bool:
    """Whether the ontology lets the frame's agent role stay empty (investor, acquirer: min 0)."""
    from dealgraph.ontology import ontology

    spec = ontology().fact_types.get(frame.type)
    return spec is not None and any(r.name == frame.roles[0] and r.min == 0 for r in spec.roles)


def _deal_qualifiers(ctx: Ctx, fact: FactRecord, t: Span) -> None:
    if fact.type in ("investment", "acquisition", "purchase", "shareholding"):
        fact.amount = q.amount_for(ctx, t) if fact.type != "shareholding" else None
        fact.stake = q.stake_for(ctx, t) if fact.type != "purchase" else None
    if fact.type == "investment":
        fact.qualifiers["round"] = q.round_for(ctx, t)
        consideration, terms = q.deal_structure(ctx.sent.text)
        fact.qualifiers["consideration"] = consideration or "unknown"
        if terms:
            fact.qualifiers["terms"] = terms
        if "领投" in ctx.text[t.start:t.end]:
            fact.qualifiers["lead"] = [m.key for m in fact.roles["investor"]]
    fact.qualifiers = {k: v for k, v in fact.qualifiers.items() if v is not None}


def _split_left(ctx: Ctx, cs: int, t: Span, kinds: tuple[str, ...] = ORG) -> tuple[list[Mention], list[Mention]]:
    """Agents and patients standing before the trigger: 将/把 marks a patient, 被 an agent."""
    left = ctx.mentions(cs, t.start, kinds)
    for m in left:
        if _BA.search(ctx.text[max(cs, m.start - 1):m.start]) and not _own_object(ctx, t):
            return ctx.group_left(cs, m.start, ORG) or ctx.carried_subject(t.start), [m]
        bei = _BY_AGENT.search(ctx.text, max(cs, m.start - 9), m.start)
        if bei is not None and bei.end() == m.start:  # 被A收购, 被上市公司A以12亿元收购
            by_group = ctx.group_right(m.start, t.start, kinds) or [m]  # 被A与B共同增持: both buy
            return by_group, ctx.group_left(cs, bei.start(), kinds) or ctx.carried_subject(bei.start())
    return _agents_before(ctx, cs, t.start) or ctx.carried_subject(t.start), []


def _own_object(ctx: Ctx, t: Span) -> bool:
    """将A收购B、C收购D列为可比交易: where a name follows the verb at once, 将 governs the whole phrase
    (将…列为, 将…视为) and A is the buyer; only 将B收购 (nothing after the verb) marks B as bought.
    出售给/转让给 name the buyer after the verb, so 将B出售给C keeps B as what is sold."""
    if ctx.text.endswith(("给", "予"), t.start, t.end):
        return False
    after = ctx.mentions(t.end, ctx.clause(t.start)[1])
    return bool(after) and _OBJECT_LEAD.fullmatch(ctx.text, t.end, after[0].start) is not None


def _agents_before(ctx: Ctx, cs: int, end: int) -> list[Mention]:
    """The names nearest before `end`, passing over a place or means (在深交所, 通过A公司)."""
    group = ctx.group_left(cs, end, ORG)
    bought = {m.start for f in ctx.facts if f.type in ("investment", "acquisition") for m in list(f.roles.values())[1]}
    group = group[max((i + 1 for i, m in enumerate(group) if m.start in bought), default=0):]  # A收购B、C收购D: not B
    phrase = _TIME_PHRASE.search(ctx.text, cs, end)
    if phrase is not None and group and group[0].start > phrase.start():
        group = ctx.group_left(cs, phrase.start(), ORG)  # A在出售B后收购了C: B belongs to the time phrase
    while group and _passed_over(ctx, cs, group[0]):
        group = ctx.group_left(cs, group[0].start, ORG)
    if len(group) == 1:
        group = _apposed_list(ctx, cs, group[0]) or group
    if len(group) > 1 and _PARTNER_LINK.fullmatch(ctx.text, group[0].end, group[1].start) \
            and _AGREED.search(ctx.text, group[-1].end, end):
        return group[:1]  # A与B达成战略合作，并以…收购C: A buys, B is the partner in the agreement
    partner = _WITH_PARTNER.search(ctx.text, max(cs, group[0].start - 6), group[0].start) if group else None
    if partner is not None:  # A拟与B共同投资 / A…，拟与B共同投资: A and B invest; A与B签署协议…收购: A buys
        left = ctx.group_left(cs, partner.start(), ORG) or ctx.carried_subject(partner.start())[:1]
        agreed = _AGREED.search(ctx.text, group[-1].end, end)
        group = left if agreed and left else _distinct(left + group)
    return group


def _apposed_list(ctx: Ctx, cs: int, head: Mention) -> list[Mention]:
    """A、B两家QFII新进了C: the names listed right before a count and a category word are the agents; the
    word after the count (QFII, 险资) only says what they are. Empty where no such list stands there."""
    count = _APPOSED_COUNT.search(ctx.text, max(cs, head.start - 4), head.start)
    if count is None:
        return []
    listed = ctx.group_left(cs, count.start(), ORG)
    return listed if listed and listed[-1].end == count.start() else []


def _passed_over(ctx: Ctx, cs: int, m: Mention) -> bool:
    """通过A公司增持, 在深交所增持: a means or a market before the verb is no agent; 在A收购B的同时 names A."""
    lead = _MEANS.search(ctx.text[max(cs, m.start - 2):m.start])
    if lead is None:
        return False
    return lead.group() != "在" or bool(grammar().not_subject.search(m.canonical)) or m.kind != "organization"


def active(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    cs, ce = ctx.clause(t.start)
    kinds = UNIT if frame.type in ("ownership", "founding") else ORG
    agents, patients = _split_left(ctx, cs, t, kinds)
    near = 2 if frame.type == "ownership" else None  # 旗下“平头哥” names its unit at once; 旗下基金、腾讯 does not
    patients = patients or ctx.group_right(t.end, ce, kinds, max_gap=near)
    if frame.type == "investment":
        patients = [p for p in patients if p.source != "context"
                    or _GUESS_END.match(ctx.text, p.end) and not is_project(p)]  # 投资建设A基地项目: spending
    launched = ctx.text[t.start:t.end].startswith("推出")
    if frame.type == "founding" and patients and (patients[0].kind == "product" or
                                                   launched and patients[0].kind == "candidate"):
        frame = Frame("ownership", "active", ("owner", "unit"), frame.triggers)
    if frame.type == "ownership" and patients:
        patients += _parallel_units(ctx, ce)
    facts = _deal(ctx, frame, t, agents, patients)
    if frame.type != "shareholding":
        return facts
    cs, _ = ctx.clause(t.start)
    near = ctx.clause(cs - 1)[0] if cs > ctx.sent.start else cs  # this clause or the one just before
    taken = {list(f.roles.values())[1][0].key for f in ctx.facts if f.type == "acquisition"}
    by_deal = _BY_ACQUIRING.search(ctx.text, near, t.start)
    if not facts and not agents and patients and patients[0].key not in taken and by_deal:
        bought = Frame("acquisition", "active", ("acquirer", "target"), frame.triggers)  # 收购完成后，公司将持有B
        found = _deal(ctx, bought, t, [], patients[:1], unnamed_agent=True)
        for f in found:
            f.rule = f"acquisition:holding:{_deal_word(by_deal)}"
        return found
    return facts + _acquired_holdings(ctx, t, facts)


def _deal_word(found: re.Match[str]) -> str:
    """The word naming the deal in 收购完成后 / 通过本次并购: the acquisition read from the holding is
    stated by it (rule acquisition:holding:收购)."""
    return next(w for w in ("收购", "并购") if w in found.group())


def _acquired_holdings(ctx: Ctx, t: Span, holdings: list[FactRecord]) -> list[FactRecord]:
    """通过本次收购，A将持有B 51%的股权 / 收购完成后，A共持有B 77%的股权: the holding is what A bought."""
    _, ce = ctx.clause(t.start)
    rising = _RISING_SHARE.search(ctx.text, t.end, ce)  # A持有B股份的比例由8%上升至16.2%: A bought more
    by_deal = _BY_ACQUIRING.search(ctx.text, ctx.sent.start, t.start)
    if not rising and not by_deal:
        return []
    ftype, roles = ("investment", ("investor", "investee")) if rising else ("acquisition", ("acquirer", "target"))
    bought = {list(f.roles.values())[1][0].key for f in ctx.facts if f.type in ("acquisition", "investment")}
    out = []
    for h in holdings:
        holder, company = h.roles["holder"], h.roles["company"]
        if company[0].key in bought:
            continue
        fact = q.base_fact(ctx, ftype, {roles[0]: holder, roles[1]: company}, t)
        fact.stake, fact.date = h.stake, q.date_for(ctx, t)
        word = ctx.text[t.start:t.end] if rising else _deal_word(by_deal)
        fact.rule = f"{ftype}:holding:{word}"  # read from the holding it results in, named by the deal word
        if ftype == "investment":
            fact.qualifiers["consideration"] = "unknown"
        out.append(fact)
    return out


def _parallel_units(ctx: Ctx, after: int) -> list[Mention]:
    """Quoted names opening later clauses of the sentence (旗下“A”…，“B”则…)."""
    out = []
    for m in ctx.mentions(after, ctx.sent.end, UNIT):
        if ctx.text[m.start - 1] in "“\"「" and ctx.text[m.start - 2] in "，,；;":
            out.append(m)
    return out


def passive(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    cs, _ = ctx.clause(t.start)
    pos = max((ctx.text.rfind(b, cs, t.start) for b in frame.before), default=-1)
    if pos < 0:
        return []
    word = next(b for b in sorted(frame.before, key=len, reverse=True) if ctx.text.startswith(b, pos))
    agents = ctx.mentions(pos + len(word), t.start)
    agents = [a for a, b in zip(agents, agents[1:]) if not _PARENT_OF.fullmatch(ctx.text, a.end, b.start)] + agents[-1:]
    patients = ctx.group_left(cs, pos) or ctx.carried_subject(pos)
    funded = _FUNDING_GAP.fullmatch(ctx.text, pos + len(word), t.start) is not None  # 获得5亿元B轮投资
    funded = funded and ctx.text[t.start:t.end] != "资本"  # 获得资本市场认可: money in general, no deal
    return _deal(ctx, frame, t, agents, patients, unnamed_agent=funded)


def attributive(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    cs, ce = ctx.clause(t.start)
    manner = _MANNER.match(ctx.text, t.end)
    if manner:  # 以增资或股权收购的途径拿下B: the subject buys B that way; the name before is no buyer
        got = _OBTAINED.match(ctx.text, manner.end())
        if got is None:
            return []
        agents = _agents_before(ctx, cs, t.start) or ctx.carried_subject(t.start)
        return _deal(ctx, frame, t, agents, ctx.group_right(got.end(), ce, max_gap=0))
    agents = ctx.group_left(cs, t.start)
    patients = ctx.group_right(t.end, ce)
    if not patients and agents:
        shi = ctx.text.rfind("是", cs, agents[0].start)
        patients = ctx.group_left(cs, shi) if shi >= 0 else []
    return _deal(ctx, frame, t, agents, patients)


def by(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    cs, ce = ctx.clause(t.start)
    you = ctx.text.rfind("由", cs, t.start)
    if you < 0:
        return []
    return _deal(ctx, frame, t, ctx.mentions(you + 1, t.start), ctx.group_right(t.end, ce)[:1])


def title(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    company = [m for m in ctx.mentions(ctx.clause(t.start)[0], t.start) if m.end >= t.start - 1]
    person = [m for m in ctx.mentions(t.end, t.end + 4, ("person",)) if m.start == t.end]
    return _deal(ctx, frame, t, person, company[-1:])


def merge(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    cs, _ = ctx.clause(t.start)
    jiang = max(ctx.text.rfind("将", cs, t.start), ctx.text.rfind("把", cs, t.start))
    parts = ctx.mentions(jiang + 1, t.start, UNIT) if jiang >= 0 else ctx.group_left(cs, t.start)
    found = re.compile(r"成立了?|组建了?|合并为|整合为|更名为").search(ctx.text, t.end, ctx.sent.end)
    result = ctx.group_right(found.end(), ctx.sent.end, UNIT, max_gap=2)[:1] if found else []
    parts = _distinct(parts, result)
    if len(parts) < 1 or not result or (jiang < 0 and len(parts) < 2):
        return []
    fact = q.base_fact(ctx, "merger", {"part": parts, "result": result}, t)
    return _dated(ctx, fact, t)


def purchase_from(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    cs, ce = ctx.clause(t.start)
    pos = max(ctx.text.rfind("向", cs, t.start), ctx.text.rfind("从", cs, t.start))
    if pos < 0:
        return []
    suppliers = ctx.mentions(pos + 1, t.start)
    buyers = ctx.group_left(cs, pos) or ctx.carried_subject(pos)
    facts = _deal(ctx, Frame("purchase", "active", ("buyer", "supplier"), ()), t, buyers, suppliers[:1])
    share = q.nearest(ctx.values("percent", t.end, ce), t)
    for f in facts:
        f.amount = f.amount if f.amount is None or f.amount.start > t.end else None
        if share is not None:
            f.qualifiers["share_of_purchases"] = share
        f.qualifiers["period"] = f.date
    return facts


def order(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    cs, _ = ctx.clause(t.start)
    got = re.compile(r"获得了?|获了?|拿下了?|收到了?|斩获").search(ctx.text, cs, t.start)
    if not got:
        return []
    buyers = ctx.mentions(got.end(), t.start)
    suppliers = ctx.group_left(cs, got.start()) or ctx.carried_subject(got.start())
    facts = _deal(ctx, Frame("purchase", "active", ("buyer", "supplier"), ()), t, buyers[:1], suppliers[:1])
    for f in facts:
        f.qualifiers["period"] = f.date
    return [_swap(f) for f in facts]


def _swap(fact: FactRecord) -> FactRecord:
    """order() reads buyer as agent; the roles are named in the fact, so nothing to swap but the order."""
    fact.roles = {"buyer": fact.roles["buyer"], "supplier": fact.roles["supplier"]}
    return fact


def shareholder(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    cs, _ = ctx.clause(t.start)
    pos = max(ctx.text.rfind("为", cs, t.start), ctx.text.rfind("是", cs, t.start))
    companies = ctx.mentions(pos + 1, t.start) if pos >= 0 else []
    holders = ctx.group_left(ctx.sent.start, cs if pos < 0 or pos == cs else pos) or ctx.carried_subject(t.start)
    rank = next((r for w, r in _RANK if ctx.text.startswith(w, t.start)), None)
    facts = _deal(ctx, Frame("shareholding", "active", ("holder", "company"), ()), t, holders[-1:], companies[-1:])
    for f in facts:
        if rank:
            f.qualifiers["rank"] = rank
        f.qualifiers["as_of"] = f.date
        f.date = None
    if pos > cs and ctx.text.startswith("成为", pos - 1):  # 收购完成后，A成为B的控股股东: A bought B
        return facts + _acquired_holdings(ctx, t, facts)
    return facts


def owner_list(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    cs, ce = ctx.clause(t.start)
    units = ctx.group_right(t.end, ce, UNIT, max_gap=1)
    if not units:
        return []
    owners = ctx.group_left(cs, t.start)[-1:] or ([ctx.topic] if ctx.topic else ctx.carried_subject(t.start))
    return _deal(ctx, frame, t, owners, units)


def customers(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    cs, ce = ctx.clause(t.start)
    agents = ctx.group_left(cs, t.start) or ctx.carried_subject(t.start)
    clients = _distinct(ctx.group_right(t.end, ce), agents)
    out = []
    for client in clients:
        fact = q.base_fact(ctx, "partnership", {"party": agents[:1] + [client], "result": []}, t, kind="customer")
        out += _dated(ctx, fact, t)
    return out if agents else []


def symmetric(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    cs, ce = ctx.clause(t.start)
    parties = ctx.group_left(cs, t.start)
    if len(_distinct(parties)) < 2:
        parties = _paired(ctx, cs, t.start) or ctx.carried_subject(t.start)[:1] + parties
    parties = _distinct(parties)
    if len(parties) < 2:
        return []
    result = [m for m in ctx.mentions(cs, ce, UNIT) if m.start < t.start < m.end or
              (m.start >= t.end and _RESULT_LEAD.match(ctx.text[t.end:m.start]))][:1]
    fact = q.base_fact(ctx, "partnership", {"party": parties, "result": result}, t, **frame.qualifiers)
    return _dated(ctx, fact, t)


def _paired(ctx: Ctx, start: int, end: int) -> list[Mention]:
    """The first 'X与Y' pair of organisations between start and end (鸿海与辉达…宣布的合作)."""
    found = ctx.mentions(start, end)
    for a, b in zip(found, found[1:]):
        if _PAIRED.fullmatch(ctx.text[a.end:b.start]) and a.key != b.key:
            return [a, b]
    return []


def round_(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """由A领投，B、C跟投: the investors of a round; the investee is the company raising it."""
    cs, ce = ctx.clause(t.start)
    you = ctx.text.rfind("由", cs, t.start)
    investors = ctx.mentions(you + 1, t.start) if you >= 0 else ctx.group_left(cs, t.start)
    if not investors:
        return []
    keys = {m.key for m in investors}
    earlier = [f.roles["investee"][0] for f in ctx.facts if f.type == "investment"]
    raisers = [m for m in earlier[-1:] + _subject_of(ctx, Span(cs, cs)) + ctx.carried_subject(cs)
               if m.key not in keys]
    if not raisers:
        raisers = [m for m in _subject_of(ctx, Span(you if you >= 0 else t.start, t.start)) if m.key not in keys]
    facts = _deal(ctx, frame, t, investors, raisers[:1])
    for f in facts:
        if "领投" in ctx.text[t.start:t.end]:
            f.qualifiers["lead"] = [m.key for m in investors]
        f.qualifiers["round"] = f.qualifiers.get("round") or q.round_in_sentence(ctx)
        f.amount = f.amount or q.round_amount(ctx, t)
        f.date = f.date or q.nearest([d for d in ctx.values("date", ctx.sent.start, t.start)], t)
    return facts


def investors_named(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """投资方包括A、B (investee: the subject) / A、B是其投资方 (investee: between 是 and the word)."""
    cs, ce = ctx.clause(t.start)
    after = ctx.group_right(t.end, ce, ORG, max_gap=2)
    if after:
        raisers = [m for m in _subject_of(ctx, t) if m.key not in {a.key for a in after}]
        return _deal(ctx, frame, t, after, raisers[:1])
    shi = max(ctx.text.rfind("是", cs, t.start), ctx.text.rfind("为", cs, t.start))
    if shi < 0:
        return []
    companies = ctx.mentions(shi + 1, t.start)
    return _deal(ctx, frame, t, ctx.group_left(cs, shi), companies[-1:])


def subject(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """One-role facts (listing, financial, plan, focus, closure) about the clause's subject."""
    head = t
    if ctx.text[t.start:t.end] == "为核心":  # 星澜以视觉算法为核心: the subject stands before 以
        yi = ctx.text.rfind("以", ctx.clause(t.start)[0], t.start)
        head = Span(yi, yi) if yi >= 0 else t
    not_subject = grammar().not_subject
    companies = [m for m in _subject_of(ctx, head) if not not_subject.search(m.canonical)]
    out = []
    for company in companies:
        fact = _SUBJECT_FACTS[frame.type](ctx, frame, t, company)
        if fact is not None:
            out.append(fact)
    return out


def _subject_of(ctx: Ctx, t: Span) -> list[Mention]:
    cs, _ = ctx.clause(t.start)
    led = [(m.start(), m.end()) for m in _LED.finditer(ctx.text, cs, t.start)]
    near = [m for m in ctx.mentions(cs, t.start, UNIT) if not _PREP.search(ctx.text[max(cs, m.start - 1):m.start])
            and not any(a <= m.start < b for a, b in led)]
    if near:
        return near[-1:]
    listed = re.compile(r"包括|例如|比如|如").search(ctx.text, t.end, ctx.sent.end)
    if listed and re.search(r"(一批|多家|一些|部分|不少)", ctx.text[ctx.sent.start:t.start]):
        return ctx.group_right(listed.end(), ctx.sent.end, ORG, max_gap=1)
    if GENERIC_SUBJECT.search(ctx.text[q.segment_start(ctx, t.start):t.start]):
        return []
    if ctx.topic is not None and ctx.topic.start < t.start:
        return [ctx.topic]
    return ctx.carried_subject(t.start)[:1]


def _listing(ctx: Ctx, frame: Frame, t: Span, company: Mention) -> FactRecord | None:
    stage = q.listing_stage(ctx, t)
    if stage is None:
        return None
    fact = q.base_fact(ctx, "listing", {"company": [company]}, t, stage=stage, exchange=q.exchange_for(ctx))
    fact.date = q.date_for(ctx, t)
    return fact


def _financial(ctx: Ctx, frame: Frame, t: Span, company: Mention) -> FactRecord | None:
    trigger = ctx.text[t.start:t.end]
    metric = grammar().metrics.get(trigger, "capex" if "投入" in trigger else None)
    if metric is None:
        return None
    cs, ce = ctx.clause(t.start)
    kind = "quantity" if metric == "output" else "money"
    value = q.figure_for(ctx, t, kind)
    change = (q.nearest(ctx.values("change", t.end, ce), t) or q.nearest(ctx.values("change", cs, ce), t)
              or q.nearest([c for c in ctx.values("change", ce, q.segment_end(ctx, t.end))
                            if c.text.startswith(("同比", "环比"))], t))
    if metric in ("financing", "capex", "rd_expense", "revenue", "output", "cumulative_loss") and value is None \
            and change is None:
        return None
    fact = q.base_fact(ctx, "financial", {"company": [company]}, t, metric=metric, value=value, change=change)
    fact.qualifiers["period"] = q.period_for(ctx, t)
    return fact


def _capital_plan(ctx: Ctx, frame: Frame, t: Span, company: Mention) -> FactRecord | None:
    """What a company says it puts into a project, a plant or a fund of its own: 星海集团未来三年将投入500亿元
    建设数据中心 (a plan), 北辰科技拟在苏州投资建设轴承产业园，项目总投资约15亿元 (the project's total, a plan
    where the clause naming the project says 拟/计划), 云帆材料在安徽累计投资18亿元建设光伏玻璃基地 (money stated
    as spent on a project). Money already put in without a project (累计投入超1000亿元) is a capex figure."""
    amount = q.amount_for(ctx, t)
    horizons = ctx.values("horizon", q.segment_start(ctx, t.start), ctx.clause(t.start)[1])
    modality = q.modality_for(ctx, t)
    past = [h for h in horizons if str(h.value).startswith("-")]
    planned = modality in ("planned", "expected") or (horizons and not past) or "规划" in ctx.sent.text \
        or modality in ("reported", "rumored", "denied") and q.plan_in_clause(ctx, t)  # a reported plan
    if amount is None and not horizons or grammar().not_subject.search(company.text):
        return None  # 发改委审批投资项目35个，总投资3172亿元: a regulator approves, it does not spend
    end = amount.end if amount is not None and amount.start >= t.end else t.end
    purpose = _phrase(ctx, end)
    named = _project_named(ctx, t)
    if named is not None:  # 拟投资A项目，项目总投资约6亿元: the project of the clause before, its mood and builder
        purpose, modality, builder = named
        planned = planned or modality == "planned"
        company = builder or company
    if not planned and named is None and not _spent_on_project(ctx, t, amount, purpose):
        return _spent(ctx, t, company, amount, past[0] if past else None)
    if _already_planned(ctx, company, amount):
        return None
    fact = q.base_fact(ctx, "capital_plan", {"company": [company]}, t, horizon=horizons[0] if horizons else None,
                       purpose=purpose or None)
    if named is not None and fact.modality == "asserted":
        fact.modality = modality
    if fact.modality == "asserted" and horizons and not past:  # 宣布未来三年投入3800亿元: a plan for years ahead
        fact.modality = "planned"
    fact.amount = amount
    fact.date = q.date_for(ctx, t)
    return fact


@cache
def _project() -> re.Pattern[str]:
    """A project, plant or base a company builds (data/frames.yaml, capital_plan.projects): 锂电材料项目,
    光伏玻璃生产线, 华南研发中心; where 投资 reads one, it is spending, not an investment in a company."""
    return re.compile(f"(?:{alt(read_yaml('frames.yaml')['capital_plan']['projects'])})")


def is_project(m: Mention) -> bool:
    """A name guessed from the verb alone that is a project (投资建设智能制造基地项目), not a company."""
    return m.source == "context" and bool(_project_end().search(m.text) or m.text.startswith(("建设", "新建", "扩建")))


@cache
def _project_end() -> re.Pattern[str]:
    """A project word ending the text (…基地项目, …产业园)."""
    return re.compile(f"(?:{_project().pattern})$")


# 项目总投资约6亿元, 总投资1亿元: the total of a project named in the clause before.
_PROJECT_TOTAL = re.compile(r"[\s“”]*(?:该|本|此|上述|整个)?(?:项目|工程|基地)?(?:计划|预计)?$")
_BUILDS = re.compile(r"(?:投资建设|投资新建|投资兴建|投建|建设|新建|兴建|扩建|投资)")


def _project_named(ctx: Ctx, t: Span) -> tuple[str, str, Mention | None] | None:
    """For 总投资 opening its clause: the project the clause before builds (公司拟投资建设A项目，总投资约9亿元:
    A项目), that clause's modality and its subject (由子公司B投资建设A项目，项目总投资3亿元: B builds), or None
    where the clause before names no project."""
    cs, _ = ctx.clause(t.start)
    if not ctx.text.startswith("总投资", t.start) or not _PROJECT_TOTAL.fullmatch(ctx.text, cs, t.start) \
            or cs <= q.segment_start(ctx, t.start):
        return None
    pcs, pce = ctx.clause(cs - 1)
    verbs = list(_BUILDS.finditer(ctx.text, pcs, pce))
    if not verbs:
        return None
    built = verbs[-1]  # 拟与B合作，投资建设A项目: the verb nearest the project
    phrase = _phrase(ctx, built.end())
    if not _project().search(phrase):
        return None
    verb = Span(built.start(), built.end())
    by_unit = [m for m in ctx.mentions(pcs, verb.start) if ctx.text[m.start - 1] == "由"][-1:]  # 由其投资建设: 其 builds
    builder = by_unit or [m for m in _subject_of(ctx, verb) if not grammar().not_subject.search(m.text)][-1:]
    return phrase, q.modality_for(ctx, verb), builder[0] if builder else None


def _spent_on_project(ctx: Ctx, t: Span, amount: Value | None, purpose: str) -> bool:
    """云帆材料在安徽累计投资18亿元建设光伏玻璃基地: a running total, in the trigger's own clause, of money put
    into a project. A bare past 投资N亿元 with a project stays unread (it is as often a stake in someone's
    project as spending of one's own)."""
    return (amount is not None and ctx.text.startswith("累计", t.start) and bool(_project().search(purpose))
            and amount.start >= ctx.clause(t.start)[0])


def _already_planned(ctx: Ctx, company: Mention, amount: object) -> bool:
    """拟投资8亿元建设A项目，项目总投资8亿元: one plan, read once."""
    return any(f.type == "capital_plan" and f.roles["company"][0].key == company.key
               and (f.amount.text if f.amount else None) == getattr(amount, "text", None) for f in ctx.facts)


def _spent(ctx: Ctx, t: Span, company: Mention, amount: object, period: object) -> FactRecord | None:
    """累计投入超1000亿元: money already spent is a capex figure, not a plan."""
    if amount is None or "投入" not in ctx.text[t.start:t.end]:
        return None
    fact = q.base_fact(ctx, "financial", {"company": [company]}, t, metric="capex", value=amount)
    fact.qualifiers["period"] = period or q.date_for(ctx, t)
    return fact


def _phrase(ctx: Ctx, start: int) -> str:
    _, ce = ctx.clause(start)
    text = ctx.text[start:ce].strip("，,。；;、 ")
    return re.sub(r"^(的|于|在|用于|来|去|，|,)+", "", text)[:40]


def _focus(ctx: Ctx, frame: Frame, t: Span, company: Mention) -> FactRecord | None:
    trigger = ctx.text[t.start:t.end]
    if trigger == "为核心":
        yi = ctx.text.rfind("以", ctx.clause(t.start)[0], t.start)
        domain = ctx.text[yi + 1:t.start] if yi >= 0 else ""
    else:
        domain = _phrase(ctx, t.end)
    domain = re.sub(r"[“”\"「」]", "", domain)
    if not 2 <= len(domain) <= 40:
        return None
    fact = q.base_fact(ctx, "focus", {"company": [company]}, t, domain=domain)
    fact.date = q.date_for(ctx, t)
    return fact


def _closure(ctx: Ctx, frame: Frame, t: Span, company: Mention) -> FactRecord | None:
    fact = q.base_fact(ctx, "closure", {"company": [company]}, t)
    fact.date = q.date_for(ctx, t)
    return fact


_SUBJECT_FACTS = {"listing": _listing, "financial": _financial, "capital_plan": _capital_plan, "focus": _focus,
                  "closure": _closure}
HANDLERS: dict[str, Handler] = {
    "round": round_, "investors_named": investors_named, "active": active, "passive": passive,
    "attributive": attributive, "by": by, "title": title, "merge": merge,
    "purchase_from": purchase_from, "order": order, "shareholder": shareholder, "owner_list": owner_list,
    "customers": customers, "symmetric": symmetric, "subject": subject}

from dealgraph.extract import deal_slots  # noqa: E402  (deal_slots builds on the handlers above)

HANDLERS.update(acquire=deal_slots.acquire, sell=deal_slots.sell, invest_to=deal_slots.invest_to,
                nominal=deal_slots.nominal)

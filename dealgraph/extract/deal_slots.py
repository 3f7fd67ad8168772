"""Deals on shares, as announcements word them: who sells, whose shares, what is bought.

- 向/从 before the trigger names the seller; the buyer stands before it (公司向控股股东A收购B).
- 收购A持有的B / 收购A所持B: A is the seller, B the target; 收购A旗下的B: B is the target.
- 将B出售给C / B转让给C: C buys B from the subject.
- 购买, 受让, 认购, 买入 open a deal only on shares (购买B 51%股权), else they are purchases or nothing.
- A对B进行增资, A向B投资: B receives the money.
- (A)完成对B的收购: the deal named as a noun, with its target after 对.
The cue words are data (data/frames.yaml, `deal_cues`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from dealgraph.datafiles import read_yaml
from dealgraph.extract import voices as v
from dealgraph.extract.document import FactRecord, Mention, Span
from dealgraph.extract.grammar import Frame, alt

if TYPE_CHECKING:
    from dealgraph.extract.frames import Ctx


@dataclass(frozen=True)
class Cues:
    needs_stake: frozenset[str]
    stake: re.Pattern[str]
    seller: re.Pattern[str]
    held: re.Pattern[str]
    parent: re.Pattern[str]
    holder_gap: re.Pattern[str]
    recipient: re.Pattern[str]


@cache
def cues() -> Cues:
    raw = read_yaml("frames.yaml")["deal_cues"]
    return Cues(frozenset(raw["needs_stake"]), re.compile(alt(raw["stake"])), re.compile(f"(?:{alt(raw['seller'])})"),
                re.compile(alt(raw["held"])), re.compile(alt(raw["parent"])),
                re.compile(f"^(?:[(（][^()（）]*[)）]|{alt(raw['holder_gap'])})*$"),
                re.compile(f"(?:{alt(raw['recipient'])})"))


def acquire(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """An acquisition or investment in shares, with its seller where the sentence names one."""
    c = cues()
    cs, ce = ctx.clause(t.start)
    if ctx.text[t.start:t.end] in c.needs_stake and not c.stake.search(ctx.text, t.end, ce):
        return []
    if ctx.text.startswith("的", t.start):  # 的收购 that nominal() did not read (…的收购成本): a noun, not a deal
        return []
    agents, patients = v._split_left(ctx, cs, t)
    holders: list[Mention] = []
    held_by: set[str] = set()
    agents = _person_agent(ctx, cs, t) or agents
    mark, sellers = _sellers_before(ctx, cs, t) if frame.type == "acquisition" else (-1, [])
    if not sellers and agents and agents[0].start > cs and c.seller.fullmatch(ctx.text, agents[0].start - 1, agents[0].start):
        mark, sellers = agents[0].start - 1, agents  # 向A(共33名交易对方)以…方式购买B: A sells, far from the verb
    if not sellers and frame.type == "acquisition" and agents and agents[0].start > cs:
        mark, sellers = _far_sellers(ctx, cs, agents[-1])  # 向A及其子公司B发行股份购买C: A, B sell
    if sellers:
        agents = ctx.group_left(cs, mark) or ctx.carried_subject(mark)
    if not patients:
        holders, patients = held_target(ctx, t.end, ce)
        held_by = {m.key for m in patients}  # the holders sell these, not the shares listed after them
        sellers += holders
        patients = patients or named_head(ctx, ctx.group_right(t.end, ce), ce) or issuer_shares(ctx, frame, t, agents)
        patients = patients + more_stakes(ctx, patients, ce) if patients and patients[-1].start >= t.end else patients
    if not patients and frame.type == "investment":
        stocks, investors = listed_stocks(ctx, cs, t)
        if stocks:
            return v._deal(ctx, frame, t, investors, stocks)
    facts = v._deal(ctx, frame, t, agents, patients)
    for fact in facts:
        target = list(fact.roles.values())[1]
        own = sellers if not holders or any(m.key in held_by for m in target) else [
            m for m in sellers if m not in holders]
        _add_sellers(fact, own)
    return facts


def _person_agent(ctx: Ctx, cs: int, t: Span) -> list[Mention]:
    """董事长王某近日增持: a person standing nearest before the deal verb is its agent."""
    near = ctx.mentions(cs, t.start, (*v.ORG, "person"))
    if near and near[-1].kind == "person" and _PERSON_GAP.fullmatch(ctx.text, near[-1].end, t.start):
        return near[-1:]
    return []


def listed_stocks(ctx: Ctx, cs: int, t: Span) -> tuple[list[Mention], list[Mention]]:
    """A、B、C等14只股票获券商增持: the stocks listed before the verb are bought, by whoever 获/被 names
    (else by buyers the sentence leaves unnamed)."""
    tails = list(_STOCK_LIST_TAIL.finditer(ctx.text, cs, t.start))
    if not tails:
        return [], []
    stocks = ctx.group_left(cs, tails[-1].start())
    if not stocks or stocks[-1].end != tails[-1].start():
        return [], []
    by = _BY_MARK.search(ctx.text, tails[-1].end(), t.start)
    investors = ctx.group_left(by.end() if by else tails[-1].end(), t.start)  # …等10只个股本期A与B共同增持
    return stocks, investors


def named_head(ctx: Ctx, group: list[Mention], end: int) -> list[Mention]:
    """收购印度保险产品综合平台Policybazaar的10%股权: the name right before the shares is what is bought;
    the words before it, even one read as a name, describe it."""
    stake = cues().stake.search(ctx.text, group[0].end, end) if len(group) == 1 else None
    later = ctx.mentions(group[0].end, stake.start(), v.ORG) if stake else []
    if not later or re.search(r"[，,；;、和与及]", ctx.text[group[0].end:later[-1].start]):
        return group
    return [later[-1]] if _SHARE_GAP.fullmatch(ctx.text, later[-1].end, stake.start()) else group


def more_stakes(ctx: Ctx, patients: list[Mention], end: int) -> list[Mention]:
    """收购A 40%的股权、B 49%的股权 / A 100%股权及B 70%股权: each company whose shares are listed is bought."""
    out: list[Mention] = []
    last = patients[-1]
    while True:
        found = ctx.mentions(last.end, end, v.ORG)
        nxt = next((m for m in found if m.start >= last.end), None)
        held = _STAKE_THEN_HELD.match(ctx.text, last.end, end)  # A 40%的股权、以及B持有的C 49%的股权
        if held is not None:
            nxt = next((m for m in found if held.end() <= m.start <= held.end() + 1), None)
            if nxt is None or not _SHARE_AFTER.match(ctx.text, nxt.end):
                return out
        elif nxt is None or not _STAKE_THEN_NEXT.fullmatch(ctx.text, last.end, nxt.start):
            return out
        out.append(nxt)
        last = nxt


def issuer_shares(ctx: Ctx, frame: Frame, t: Span, agents: list[Mention]) -> list[Mention]:
    """A股东增持20万股 / 增持公司股份 in a sentence about company X: the shares are X's (the topic)."""
    _, ce = ctx.clause(t.start)
    if frame.type != "investment" or not _UNNAMED_SHARES.match(ctx.text, t.end, ce):
        return []
    keys = {m.key for m in agents}
    first = ctx.mentions(ctx.sent.start, agents[0].start if agents else t.start, v.ORG)[:1]  # X公告, 公司股东A增持
    return [m for m in (ctx.topic, ctx.prev_topic, *first) if m is not None and m.key not in keys][:1]


def _sellers_before(ctx: Ctx, cs: int, t: Span) -> tuple[int, list[Mention]]:
    """Where the last 向/从 of the clause stands, and the names after it when they run up to the trigger."""
    marks = list(cues().seller.finditer(ctx.text, cs, t.start))
    if not marks:
        return -1, []
    found = ctx.group_left(marks[-1].end(), t.start)
    if not found or found[0].start - marks[-1].end() > 8 or t.start - found[-1].end > 12:
        return -1, []
    return marks[-1].start(), found


def _far_sellers(ctx: Ctx, cs: int, agent: Mention) -> tuple[int, list[Mention]]:
    """A 向/从 opening names that run up to the name nearest before the verb (向A及其子公司B…购买): they sell."""
    marks = list(cues().seller.finditer(ctx.text, cs, agent.start))
    if not marks:
        return -1, []
    named = ctx.mentions(marks[-1].end(), agent.end)
    if not named or named[0].start - marks[-1].end() > 2 or named[-1].key != agent.key:
        return -1, []
    if len(named) > 1 and not _SELLER_LINK.fullmatch(ctx.text, named[-2].end, agent.start):
        return -1, []
    return marks[-1].start(), named


def held_target(ctx: Ctx, start: int, end: int) -> tuple[list[Mention], list[Mention]]:
    """In A持有的B (A is the seller) or A旗下的B (A the parent), B; else nothing."""
    c = cues()
    for pattern, sells in ((c.held, True), (c.parent, False)):
        mark = pattern.search(ctx.text, start, end)
        if mark is None or _PERCENT.search(ctx.text, start, mark.start()):
            continue  # 购买A 36%股权和…以及B持有的C股权: A's shares, named first, are bought
        owners = [m for m in ctx.mentions(start, mark.start(), (*v.ORG, "person"))
                  if c.holder_gap.match(_LISTED_TAIL.sub("", ctx.text[m.end:mark.start()], count=1))]
        targets = ctx.group_right(mark.end(), end)
        if targets and (owners or sells and ctx.mentions(start, mark.start(), (*v.ORG, "person"))
                        and _HELD_SHARES.match(ctx.text, targets[-1].end)):
            return (owners[-1:] if sells else []), targets  # A、B及22名自然人所持C 42%股权: C is bought
    return [], []


def _add_sellers(fact: FactRecord, sellers: list[Mention]) -> None:
    if fact.type != "acquisition":
        return
    taken = {m.key for ms in fact.roles.values() for m in ms}
    found = v._distinct([m for m in sellers if m.key not in taken])
    if found:
        fact.roles["seller"] = found


def sell(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """将B出售给C, B转让给C: an acquisition by C of B, from the subject of the clause."""
    cs, ce = ctx.clause(t.start)
    buyers = ctx.group_right(t.end, ce, max_gap=1)
    if not buyers:
        return []
    sellers, targets = v._split_left(ctx, cs, t)
    if not targets and _stake_before(ctx, cs, t):
        targets = sellers[-1:]
        sellers = ctx.group_left(cs, targets[0].start) or ctx.carried_subject(cs) if targets else []
    facts = v._deal(ctx, frame, t, buyers, targets)
    for fact in facts:
        _add_sellers(fact, sellers)
    return facts


def _stake_before(ctx: Ctx, cs: int, t: Span) -> bool:
    """Shares named between the last name and the trigger (B 25%的股份转让给C): B is what is sold."""
    last = ctx.mentions(cs, t.start)
    return bool(last) and bool(cues().stake.search(ctx.text, last[-1].end, t.start))


def invest_to(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """A对B进行增资, A向B投资10亿元: B, named right after 对/向, receives; A stands before it."""
    cs, _ = ctx.clause(t.start)
    marks = list(cues().recipient.finditer(ctx.text, cs, t.start))
    if not marks:
        return []
    mark = marks[-1]
    recipients = ctx.group_right(mark.end(), t.start, max_gap=0)
    if not recipients or not _GAP_TO_TRIGGER.match(ctx.text[recipients[-1].end:t.start]):
        return []
    investors = ctx.group_left(cs, mark.start()) or ctx.carried_subject(mark.start())
    return v._deal(ctx, frame, t, investors, recipients)


def nominal(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """(A)完成对B的收购, A对B(…股权)的收购: B is the target; A stands before 对."""
    cs, _ = ctx.clause(t.start)
    dui = ctx.text.rfind("对", cs, t.start)
    if dui < 0:
        return []
    targets = ctx.group_right(dui + 1, t.start, max_gap=0)[:1]
    acquirers = ctx.group_left(cs, dui) or ctx.carried_subject(dui)
    return v._deal(ctx, frame, t, acquirers, targets)


_STAKE_THEN_NEXT = re.compile(r"[的约\s]*\d+(?:\.\d+)?%[的\s]*(?:股权|股份)?\s*(?:、|和|及|与)?(?:以及)?\s*")
_LISTED_TAIL = re.compile(r"^(?:等[\d一二三四五六七八九十两]*[名家位个户]?[\u4e00-\u9fff]{0,4}?(?:交易对方|股东|方|人)"
                          r"|(?:、[\u4e00-\u9fff]{2,4}?)+(?=分别|合计|共同|所持|持有))")  # A、B等23名交易对方; A、B、C分别持有
_PERSON_GAP = re.compile(r"(?:女士|先生)?(?:[^，,；;。]{0,2}[年月日]|近日|日前|已|曾|拟|将|又|再|再度|累计|共|合计|通过[^，,；;。]{0,12}?)*")
_STOCK_LIST_TAIL = re.compile(r"等[\d一二三四五六七八九十两]+(?:只|家)?(?:个股|股票|股|上市公司|公司)")
_BY_MARK = re.compile(r"[获被]")
_HELD_SHARES = re.compile(r"[的约\s]*(?:\d+(?:\.\d+)?%|全部|部分|剩余|股权|股份)")
_SELLER_LINK = re.compile(r"(?:及其|及|和|与|、|[(（](?:以下)?(?:简称|下称)[“\"]?)[^，,；;。\d]{0,8}?")
_STAKE_THEN_HELD = re.compile(r"[的约\s]*\d+(?:\.\d+)?%[的\s]*(?:股权|股份)\s*(?:、|和|及|与)?(?:以及)?"
                              r"[^，,；;。%]{1,24}?(?:所持有的|持有的|所持的|所持)(?:公司)?(?:控股|全资)?(?:子公司)?")
_SHARE_AFTER = re.compile(r"[的约\s]*(?:\d+(?:\.\d+)?%|股权|股份)")
_PERCENT = re.compile(r"\d%的?(?:股权|股份|权益)")  # shares already named, before 持有的
_SHARE_GAP = re.compile(r"[的约\d.\s]*")  # between a name and its shares: 的, 约, a figure
_UNNAMED_SHARES = re.compile(r"(?:了)?(?:公司|本公司|上市公司|该公司|该行|本行)?(?:A股|H股)?(?:股份|股票|股权|[0-9]|约|超|逾|不超过|不低于)")
_GAP_TO_TRIGGER = re.compile(r"^(?:进行|实施|追加|继续|增加|战略|现金|共同|合计|累计|分别|了|的|[(（][^()（）]*[)）])*$")

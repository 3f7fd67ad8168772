"""Qualifiers of a fact read around its trigger: date, amount, stake, modality, round, stage, metric."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dealgraph.extract.document import FactRecord, Span, Value
from dealgraph.extract.grammar import grammar

if TYPE_CHECKING:
    from dealgraph.extract.frames import Ctx

_NEGATION = re.compile(r"(尚未|仍未|并未|未能|没有|未曾|从未|未(?!来)|不再|不(?![断仅少同只但久过论管如]))[\u4e00-\u9fff]{0,4}$")
_FUTURE_JIANG = re.compile(r"将(?![其该这它之])[\u4e00-\u9fff]{0,3}$")
_PAID_WITH = re.compile(r"(?:以|出资|斥资|耗资|作价|花费|动用)(?:自有资金|自筹资金|现金|募集资金)?(?:约|近|超|逾|人民币)?$")
_PRICE_IS = re.compile(r"[^，,；;。]{0,6}?(?:交易价格|交易对价|交易总价款|交易总价|交易作价|交易金额|交易价|收购价格|收购价|转让价格|"
                       r"收购金额|转让金额|作价|对价|总价款|总价|价格)(?:为|约为|合计|共计|是)?(?:约|人民币)?")
_OTHER_DEAL = re.compile(r"收购|购买|增持|投资|受让|转让|出售|认购|入股|增资")
_STAKE_NEAR = re.compile(r"股权|股份|持股|权益|全资|控股|持有")
_SAME_DATE_LIST = re.compile(r"^(?:、|和|与|及|至|-|—)?$")


_TIME_CLAUSE = re.compile(r"^[|\s]*(?:但是|但|不过|然而|早|就|而|同样是|此前|其后|随后|事实上|当时|直至|直到)*"
                          r"(?:由于|因为|在|于|自|从|截至|截止|到|据.{0,12})?(?:此前的|之前的)?"
                          r"(?:间|期间|以来|起|内|中|里|时)?$"
                          r"|^[^，,；;。“”]{2,24}?(?:晚间|早间|盘后)?(?:发布)?(?:公告|宣布|披露|公布|消息)(?:称|显示)?$")  # X 11月8日晚间公告, 拟…


_OWN_TIME = re.compile(r"近期|最近|近来|此后|随后|之后|后来|目前|当前|如今|现在")


def date_for(ctx: Ctx, t: Span) -> Value | None:
    """The date in the trigger's clause (nearest before it, else after it), else the nearest earlier clause
    of the sentence that holds nothing but a date (2018年，阿里收购…)."""
    cs, ce = ctx.clause(t.start)
    own = ctx.values("date", cs, ce)
    before = [d for d in own if d.end <= t.start]
    if before:
        return before[-1]
    after = [d for d in own if d.start >= t.end]
    if after:
        return after[0]
    if _OWN_TIME.search(ctx.text, cs, t.start):  # 近期又加码…: its own time, which is not a date
        return None
    for d in reversed(ctx.values("date", ctx.sent.start, cs)):
        dcs, dce = ctx.clause(d.start)
        rest = (ctx.text[dcs:d.start] + ctx.text[d.end:dce]).strip("，,；;：: ")
        if _TIME_CLAUSE.match(rest.replace("起", "").replace("以来", "")):
            return d
    return None


def dates_listed(ctx: Ctx, t: Span) -> list[Value]:
    """Dates coordinated right before the trigger's clause position (2019年、2020年两度投资): one fact each."""
    cs, _ = ctx.clause(t.start)
    dates = [d for d in ctx.values("date", cs, t.start)]
    if len(dates) < 2:
        return []
    run = [dates[-1]]
    for d in reversed(dates[:-1]):
        if not _SAME_DATE_LIST.match(ctx.text[d.end:run[0].start]):
            break
        run.insert(0, d)
    return run if len(run) > 1 else []


def nearest(values: list[Value], t: Span) -> Value | None:
    if not values:
        return None
    return min(values, key=lambda v: abs((v.start + v.end) / 2 - (t.start + t.end) / 2))


def amount_for(ctx: Ctx, t: Span, whole_sentence: bool = False) -> Value | None:
    cs, ce = ctx.clause(t.start)
    found = nearest(ctx.values("money", cs, ce), t) or price_nearby(ctx, cs, ce)
    if found is None and whole_sentence:
        found = nearest([v for v in ctx.values("money", ctx.sent.start, ctx.sent.end) if v.start > t.end], t)
    return found


def price_nearby(ctx: Ctx, cs: int, ce: int) -> Value | None:
    """The price in the clause next to the deal's: 以3.57亿元的对价,收购… / 出资340亿元,收购… before it,
    …股权,交易价格为19.98亿元 right after it."""
    before = ctx.values("money", ctx.clause(cs - 1)[0], cs - 1) if cs > ctx.sent.start else []
    paid = [v for v in before if _PAID_WITH.search(ctx.text, max(ctx.sent.start, v.start - 8), v.start)]
    if paid:
        return paid[-1]
    end = segment_end(ctx, ce)
    while ce < end:  # …股权,目标公司包含123家药店,收购金额为1.27亿元: the price named in a later clause
        ncs, nce = ce + 1, ctx.clause(ce + 1)[1]
        after = ctx.values("money", ncs, nce)
        price = next((v for v in after if _PRICE_IS.fullmatch(ctx.text, ncs, v.start)
                      and "每股" not in ctx.text[ncs:v.start]), None)  # 每股转让价格为65元: a share's price
        if price is not None or after or _OTHER_DEAL.search(ctx.text, ncs, nce) or nce <= ce:
            return price
        ce = nce
    return None


def stake_for(ctx: Ctx, t: Span) -> Value | None:
    s = ctx.sent
    for v in ctx.values("percent", s.start, s.end):
        after = ctx.text[v.end:v.end + 4]
        before = ctx.text[max(s.start, v.start - 4):v.start]
        if v.text == "全资" or _STAKE_NEAR.search(after) or _STAKE_NEAR.search(before):
            return v
    return None


def modality_for(ctx: Ctx, t: Span) -> str:
    g = grammar()
    _, ce = ctx.clause(t.start)
    window = ctx.text[segment_start(ctx, t.start):ce]
    found = {name for name, cue in g.modality if cue.search(window)}
    for name in ("denied", "rumored", "reported"):
        if name in found:
            return name
    cs, _ = ctx.clause(t.start)
    if _NEGATION.search(ctx.text[cs:t.start]):
        return "negated"
    clause = {name for name, cue in g.modality if cue.search(ctx.text, cs, ce)}
    if "expected" in clause:
        return "expected"
    if "planned" in clause or _FUTURE_JIANG.search(ctx.text[cs:t.start]):
        return "planned"
    return "asserted"


def segment_start(ctx: Ctx, pos: int) -> int:
    """Start of the semicolon-separated part of the sentence holding pos."""
    return max(ctx.sent.start, max(ctx.text.rfind("；", ctx.sent.start, pos), ctx.text.rfind(";", ctx.sent.start, pos)) + 1)


def segment_end(ctx: Ctx, pos: int) -> int:
    """End of the semicolon-separated part of the sentence holding pos."""
    ends = [i for i in (ctx.text.find("；", pos, ctx.sent.end), ctx.text.find(";", pos, ctx.sent.end)) if i >= 0]
    return min(ends) if ends else ctx.sent.end


def round_in_sentence(ctx: Ctx) -> str | None:
    m = grammar().round.search(ctx.sent.text)
    return m.group() if m else None


def round_for(ctx: Ctx, t: Span) -> str | None:
    m = grammar().round.search(ctx.text, *ctx.clause(t.start))
    return m.group() if m else None


def deal_structure(text: str) -> tuple[str | None, list[dict]]:
    """Consideration and terms stated in a stretch of text."""
    g = grammar()
    consideration = None
    if g.consideration["cloud_credits"].search(text):
        consideration = "mixed" if g.consideration["partial"].search(text) else "cloud_credits"
    elif g.consideration["cash"].search(text):
        consideration = "cash"
    terms = [{"term": name, "text": m.group()} for name, cue in g.terms for m in [cue.search(text)] if m]
    return consideration, terms


def listing_stage(ctx: Ctx, t: Span) -> str | None:
    cs, ce = ctx.clause(t.start)
    clause = ctx.text[cs:ce]
    for stage, cue in grammar().listing_stages:
        if cue.search(clause):
            return stage
    return None


def exchange_for(ctx: Ctx) -> str | None:
    for exchange, cue in grammar().exchanges:
        if cue.search(ctx.sent.text):
            return exchange
    return None


def base_fact(ctx: Ctx, ftype: str, roles: dict, t: Span, **quals: object) -> FactRecord:
    fact = FactRecord(ftype, roles, Span(ctx.sent.start, ctx.sent.end), modality_for(ctx, t))
    fact.qualifiers.update({k: v for k, v in quals.items() if v is not None})
    return fact


def frame_defaults(frame: object) -> dict:
    return dict(getattr(frame, "qualifiers", {}) or {})

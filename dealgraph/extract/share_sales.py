"""Holdings left after a sale or a spin-off, and placements of new shares (moved out of voices.py; its shared helpers are
read as `v`). The sales themselves, 询价转让 results included, are read in deal_slots.py.

- A减持了对B的持股，持股比例从3.1%降至2.2% / 减持后其持股比例降至4.99% (reduce_to; deal_slots' sell reader asks it
  after 减持): A still holds B, the stake left, only where that stake is written. A与其一致行动人B的合计持股比例从8%降到7%:
  the pair's joint holding, under the first of them; C的持股比例则从6%降到4% right after: in the company of the
  sentence before, else of the company written about.
- 星澜集团将云岫科技分拆为独立公司，并继续保持投资权益 / A向C出售B 60%股权，保留剩余股权 (kept_stake): who lets a unit
  go keeps shares in it, where such a deal was read in the sentence.
- 披露定增预案，拟向特定对象发行股票，募资总额不超过13亿元 (placement_planned, asked by voices' capital plans): a
  placement still planned (not one completed, ended, withdrawn or placed with a named holder); 其中N亿元将投向“…项目”
  (raise_allocations, asked by voices.subject): each part of the planned raise put into a project is a plan of its own.
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


def kept_stake(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """星澜集团将云岫科技分拆为独立公司，并继续保持投资权益 / A向C出售B 60%股权，保留剩余股权: who lets a unit go
    (the spin-off's founder, the seller) keeps shares in it; nothing where no such deal was read in the sentence."""
    deal = next((f for f in reversed(ctx.facts) if f.evidence.start == ctx.sent.start and (
        f.type == "founding" and f.roles.get("founder") and f.roles.get("company")
        or f.type == "acquisition" and f.roles.get("seller") and f.roles.get("target"))), None)
    if deal is None:
        return []
    holder, company = (deal.roles["founder"], deal.roles["company"]) if deal.type == "founding" else \
        (deal.roles["seller"], deal.roles["target"])
    return v._deal(ctx, frame, t, holder[:1], company[:1])


_SOLD_WHAT = re.compile(r"了?(?:对|所持)?")
_OF_IT = re.compile(r"的?")
# 持股比例从25.06%降至20.06% / 由3%提升至5%: the holding's change, to the stake after it
_RATIO_WENT = re.compile(r"(?:则|也|亦)?(?:预计)?(?:将)?(?:(?:从|由)[^，,；;。]{1,12}?)?(?:(?:降|降低|减少|下降|减|增|增加|提升|提高|上升|升)[至到]|至|达到)")
_COMBINED_HOLDING = re.compile(r"\s*(?:等)?(?:的)?(?:合计|共同|合并|一共)")
_WENT_TO = re.compile(r"(?:(?:降|降低|减少|下降|减|增|增加|提升|提高|上升|升)[至到]|至|达到)(?:约|仅)?$")


_AFTER_SALE = re.compile(r"(?:减持|出售|转让)(?:完成|实施完毕)?(?:后|之后)")


def _company_of_ratio_before(ctx: Ctx, holders: list[Mention]) -> list[Mention]:
    """A与B的合计持股比例从8%降到7%。C的持股比例则从6%降到4%: the sentence right before told a holding's change
    in a company; the next holder's change, with no company named, is in the same company."""
    before = [s for s in ctx.doc.sentences if s.end <= ctx.sent.start][-1:]
    if not before:
        return []
    keys = {m.key for m in holders}
    same = [f for f in ctx.doc.facts if f.type == "shareholding" and f.rule.startswith("shareholding:reduce_to")
            and f.evidence.start == before[0].start and f.stake is not None]
    return [c for c in same[-1].roles["company"] if c.key not in keys][:1] if same else []


def reduce_to(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """A减持了对B的持股，持股比例从3.1%降至2.2%: A still holds B, 2.2%. Only where the stake left is written (降至,
    减少至, 至 before it, in the verb's part of the sentence); a sale alone (A减持B) states no holding."""
    cs, ce = ctx.clause(t.start)
    ratio = ctx.text.startswith("持股比例", t.start)  # (持股比例从/由: 持股比例为5% is read where 持股 is)
    if ratio and not _RATIO_WENT.match(ctx.text, t.start + 4):
        return []
    lead = _SOLD_WHAT.match(ctx.text, t.end)
    companies = ctx.group_right(lead.end(), ce, v.ORG, max_gap=0)[:1]
    kinds = (*v.ORG, "person") if ratio else v.ORG  # (a person's holding: 张立新持股比例降至20%)
    holders = [m for m in ctx.group_left(cs, t.start, kinds) or ctx.carried_subject(t.start)
               if m.key not in {c.key for c in companies}]
    # A与其一致行动人B的合计持股比例从8%降到7%: the pair's joint holding, told under the first of them
    holders = holders[:1] if len(holders) > 1 and _COMBINED_HOLDING.fullmatch(ctx.text, holders[-1].end, t.start) \
        else holders[-1:]
    held = ctx.mentions(cs, t.start, v.ORG)[-1:] if ratio else []
    of_it = bool(held) and ctx.text.endswith(("对", "在"), 0, held[0].start) \
        and _OF_IT.fullmatch(ctx.text, held[0].end, t.start) is not None
    if of_it:
        companies = held  # A对B的持股比例由3%提升至5% / A在B的持股比例降至4.99%: A holds B
        holders = [m for m in ctx.group_left(cs, held[0].start - 1, (*v.ORG, "person")) if m.key != held[0].key][-1:]
    sold = [f for f in ctx.facts if f.type == "acquisition" and f.roles.get("seller") and f.roles.get("target")
            and f.evidence.start == ctx.sent.start] if ratio and _AFTER_SALE.search(ctx.text, cs, t.start) else []
    if sold and not of_it:  # A已减持B股份，减持后其持股比例降至4.99%: the seller keeps that much of what it sold
        holders, companies = sold[-1].roles["seller"][:1], sold[-1].roles["target"][:1]
    if ratio and holders and not companies:  # A仍保持控股股东地位，持股比例从25%降至20%: of the company written about
        companies = _company_of_ratio_before(ctx, holders) or v._company_written_about(ctx, holders, t.start)
    floor = t.start + 4 if ratio else t.end  # (持股比例降至25%: the trigger holds the word before the stake)
    left = [val for val in ctx.values("percent", t.end, q.segment_end(ctx, t.end))
            if (_WENT_TO if ratio else v._DOWN_TO).search(ctx.text, max(floor, val.start - 4), val.start)]
    if not companies or not holders or not left:
        return []
    if ratio and ctx.text.startswith("达到", t.end - 2) and not of_it:
        return []  # 持股比例达到 with no 在B/对B before it: whose holding is left to the other readers
    fact = q.base_fact(ctx, "shareholding", {"holder": holders, "company": companies}, t)
    if "将" in ctx.text[t.start:t.end] and fact.modality == "asserted":
        fact.modality = "planned"  # 持股比例将达到 / 将降至: the holding after a deal still to come
    fact.stake = left[0]
    fact.qualifiers["as_of"] = q.date_for(ctx, t)
    return [fact]


# 定增 / 向特定对象发行股票 / 非公开发行: new shares sold to chosen investors; with 拟/计划/预案 before it, a plan
# (wt-je: also a convertible bond, a rights issue, a placing or new shares issued to the market: 拟发行可转换公司债券，募集
# 资金总额不超过8亿元 / 拟配股募集资金不超过6亿元 / 拟配售新股募资约5亿港元 / 拟向不特定对象发行可转债)
_PLACEMENT = re.compile(r"定增|定向增发|向特定对象发行|向不特定对象发行|非公开发行|以简易程序向特定对象|可转换公司债券|可转债|"
                        r"可转换债券|配股|配售|增发")
_PLACEMENT_MOOD = re.compile(r"拟|计划|预案|将")
_PLACEMENT_DONE = re.compile(r"终止|撤回|取消|放弃|不再|完成|发行完毕|募集完毕|实际募集")
# (wt-je) 拟募集资金不超过6亿元 with no instrument named: a raise planned, unless the sentence is an IPO's (its proceeds
# belong to the listing)
_MOOD_RIGHT_BEFORE = re.compile(r"(?:拟|计划|将)(?:通过[^，,。；;]{1,12})?$")
_LISTING_WORDS = re.compile(r"上市|IPO|首发|首次公开发行|招股|发行上市|科创板|创业板|北交所|港交所|主板")


def placement_planned(ctx: Ctx, t: Span) -> bool:
    """A披露定增预案，拟向特定对象发行股票，募资总额不超过13.54亿元: the money raised by a placement the sentence
    says is planned (not one completed, ended or withdrawn), told before the trigger in its sentence."""
    before = ctx.text[ctx.sent.start:t.start]
    if _PLACEMENT_DONE.search(ctx.sent.text) or _PLACED_WITH.search(before):
        return False
    if _PLACEMENT.search(before) and _PLACEMENT_MOOD.search(before):
        return True
    return bool(_MOOD_RIGHT_BEFORE.search(before) and not _LISTING_WORDS.search(ctx.sent.text))


# 向大股东非公开发行 / 向A定增: shares placed with a holder or a company named, a deal of theirs (not a plan of one's own)
_PLACED_WITH = re.compile(r"向(?!特定对象|不特定对象|不超过)[^，,。；;]{1,12}?(?:非公开发行|定向增发|定增|发行)")


# 其中10.54亿元将投向“智算中心建设项目” / 其中约6亿元用于A项目: a part of the money raised, given to a project
_ALLOCATED_BEFORE = re.compile(r"其中[，,]?\s*$")
_CLAUSE_REST = re.compile(r"[^，,；;。]{2,40}")
_ALLOCATED_TO = re.compile(r"\s*(?:将|拟|计划|主要)?(?:投向|用于|投入|投资于|投资)\s*")


def raise_allocations(ctx: Ctx, t: Span, fact: FactRecord) -> list[FactRecord]:
    """拟向特定对象发行股票，募资总额不超过13.54亿元。按照预案，其中10.54亿元将投向“A项目”，余下3亿元用于补充流动资金:
    each part of a planned raise put into a project (not working capital), in the sentence or the one right after,
    is a plan of its own to spend that much on that project."""
    if fact.type != "capital_plan" or fact.modality != "planned" or "募" not in ctx.text[t.start:t.end]:
        return []
    after = next((x for x in ctx.doc.sentences if x.start >= ctx.sent.end), None)
    spans = [(ctx.sent.start, ctx.sent.end)] + ([(after.start, after.end)] if after is not None else [])
    out = []
    for start, end in spans:
        for money in [x for x in ctx.doc.values if x.kind == "money" and start <= x.start and x.end <= end]:
            if not _ALLOCATED_BEFORE.search(ctx.text, max(start, money.start - 6), money.start):
                continue
            to = _ALLOCATED_TO.match(ctx.text, money.end)
            phrase = _CLAUSE_REST.match(ctx.text, to.end(), end) if to else None
            purpose = phrase.group().strip("“”\" ") if phrase else ""
            if not purpose or not v._project().search(purpose):
                continue
            part = FactRecord("capital_plan", {"company": list(fact.roles["company"])}, Span(start, end), "planned")
            part.qualifiers["purpose"] = purpose
            part.amount, part.date, part.rule = money, fact.date, "capital_plan:allocated:其中"
            out.append(part)
    return out


HANDLERS = {"kept_stake": kept_stake, "reduce_to": reduce_to}  # voices read here (frames._handler looks them up)

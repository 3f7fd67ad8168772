"""What an investment puts money into, where the sentence names it after 对/向 and words stand between it and
the verb (deal_slots.invest_to reads the investor):

- A对B进行增资, A向B投资10亿元: B, right after 对/向.
- A拟出资3亿元对B以可转债的形式进行投资 / 对B(简称C)在不超过其股本3%的范围内做财务投资: the means, the bounds and
  the kind of investment (财务, 股权, 项目公司层面 …) may stand between B and the verb.
- 对德国精密仪器企业B的股权投资: B, named after its description.
- 对A旗下锂黏土项目公司B进行投资: B, A's unit, receives, not A.
The cue words (对/向, 旗下) are data (data/frames.yaml, `deal_cues`).

Deals read from the words around them (voices of their own, which frames.py looks up in HANDLERS below):
- 公司2019年收购的B / 曾经高溢价收购的B: an acquisition named as B's description, its buyer carried.
- A要约收购公司股份 / 《B要约收购报告书》: a tender offer for a listed company's shares.
- B(“标的公司”) / 标的公司B / 交易标的B: the target as an announcement calls it.
And once a sentence is read (frames.py): 此次收购，B 100%股权… / 收购完成后，A持有B…: a deal named only as a noun is on
the company whose shares the sentence speaks of (bare_deal_targets).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from dealgraph.datafiles import read_yaml
from dealgraph.extract import wordlist
from dealgraph.extract.document import FactRecord, Mention, Span
from dealgraph.extract.mentions import OFFICER_TITLE
from dealgraph.extract.grammar import Frame, alt, quick

if TYPE_CHECKING:
    from dealgraph.extract.frames import Ctx

ORG = ("organization", "candidate")
# Between the company receiving and the verb: 进行, 追加, an aside (简称C), the means (以现金方式, 以可转债的形式),
# the bounds (在不超过其股本3%的范围内) and the kind of investment (财务投资, 股权投资, 项目公司层面投资).
# 对B先后进行了两轮投资 / 对B的第二次投资 / 对B的新一轮投资: how often or which time, between the company and the verb
_GAP = re.compile(r"(?:进行|实施|追加|继续|增加|战略|现金|共同|合计|累计|分别|各自|各|均|了|的|[(（][^()（）]*[)）]"
                  r"|[两三四五六七八九十\d]+家[^，,；;。()（）]{0,10}?(?:巨头|龙头|企业|公司|厂商|机构|平台)"  # 向A与B两家…巨头各注资
                  r"|先后|多次|再次|再度|又|(?:第|新|又)?[一两二三四五六七八九十多数几\d]+(?:轮|次|笔)"
                  # 对B的此次投资 / 对B的首笔投资 / 对B的2亿元投资: which of A's investments, or its sum
                  r"|此次|本次|这次|该次|首次|该笔|这笔|此笔|首笔"
                  r"|(?:约|近|超|逾)?\d+(?:\.\d+)?(?:万|亿|千万|百万)*(?:美元|港元|欧元|元|人民币)"
                  r"|以[^，,；;。()（）]{0,14}?(?:形式|方式)|在[^，,；;。()（）]{0,16}?(?:范围内|以内)"
                  r"|财务|股权|产业|少数股权|项目公司层面|项目层面|公司层面)*")
# A description before the name (德国精密仪器企业B): it ends in a kind of company.
_DESCRIBED = re.compile(r"[^，,；;。、]{0,20}?(?:机构|企业|公司|集团|厂商|平台|巨头|龙头|商)")


@cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    raw = read_yaml("frames.yaml")["deal_cues"]
    return re.compile(f"(?:{alt(raw['recipient'])})"), re.compile(alt(raw["parent"]))


def invest_recipients(ctx: Ctx, cs: int, t: Span) -> tuple[int, list[Mention]]:
    """The companies that receive the money of the investment at t, named after the clause's last 对/向, and
    where that 对/向 stands; (-1, []) where the clause is not worded so."""
    recipient, parent = _cues()
    marks = list(recipient.finditer(ctx.text, cs, t.start))
    if not marks:
        return -1, []
    mark = marks[-1]
    named = ctx.group_right(mark.end(), t.start, max_gap=0)
    if named and not _GAP.fullmatch(ctx.text, named[-1].end, t.start):
        unit = parent.match(ctx.text, named[-1].end) if len(named) == 1 else None
        named = _named_after(ctx, unit.end(), t) if unit is not None else []  # 对A旗下项目公司B: B
    if not named:
        named = _named_after(ctx, mark.end(), t)  # 对德国精密仪器企业B的股权投资: B
    return (mark.start(), named) if named else (-1, [])


def _named_after(ctx: Ctx, start: int, t: Span) -> list[Mention]:
    """The last name before the verb, when a description (ending in a kind of company) stands between start
    and it and only the words _GAP allows stand between it and the verb."""
    found = [m for m in ctx.mentions(start, t.start, ORG) if m.start >= start]
    if not found:
        return []
    last = found[-1]
    if not _GAP.fullmatch(ctx.text, last.end, t.start):
        return []
    lead = ctx.text[start:last.start]
    return [last] if not lead.strip() or _DESCRIBED.fullmatch(lead) else []


# After the verb, a ranking that names the stocks bought: 增持股份最多的是A, 买入金额最高的为A.
_RANKED = re.compile(r"(?:股份|股票|金额|数量|股数|市值|规模)?(?:最多|最大|最高|居首)的?(?:是|为)")
_RANKED_BUY = re.compile(r"(?:增持|买入|新进|加仓|净买入)" + _RANKED.pattern)
# Ending the clause before the verb's own, a copula that lists stocks: the next ones of a ranking (其次是A和B, 紧随其后的是A、B)
# or the stocks of a list (增持的个股仅有A和B, 新进的股票包括A、B).
_NEXT_RANKED = re.compile(r"(?:其次是|其次为|次之的是|其后的是|随后的是|依次是|依次为)$")
_STOCKS_ARE = re.compile(r"(?:个股|股票)(?:仅|只|主要)?(?:有|为|是|包括)$")
# The verb's clause: nothing but 分别/被 before the verb and a quantity after it (，分别被增持2.9亿股、2.2亿股).
_EACH_BOUGHT = re.compile(r"\s*(?:分别|各自|也|均|还)?(被|获)?(?:累计|合计|大举|大幅)?")
_QUANTITY_AFTER = re.compile(r"了?\s*(?:约|超过|逾|近)?[\d.]+\s*(?:万|亿)?(?:股|元|美元)")


def ranked_stocks(ctx: Ctx, cs: int, t: Span) -> tuple[list[Mention], bool]:
    """Stocks bought, named by a ranking or a list rather than as the verb's object: 增持股份最多的是A (A); then
    其次是B和C，分别增持0.5亿股和0.4亿股 (B, C: the ranking is of stocks); 紧随其后的是B、C，分别被增持… (B, C: bought);
    增持的个股仅有B和C，分别增持300万股和120万股 (B, C). A list of holders (股东包括B和C，分别增持…; 其次是B，分别增持…
    after no ranking of stocks) buys. Names an earlier fact of the sentence bought already are not read again. Also
    whether the ranking stands in the verb's own clause (its buyer may be the clause's carried subject: 国家队…，其中
    买入最多的是A), not in a list before it (其次是B: the subject carried there is the stock ranked first)."""
    _, ce = ctx.clause(t.start)
    ranked = _RANKED.match(ctx.text, t.end)
    found: list[Mention] = []
    if ranked is not None:
        found = ctx.group_right(ranked.end(), ce, ORG, max_gap=1)
    elif cs > ctx.sent.start and _QUANTITY_AFTER.match(ctx.text, t.end):
        each = _EACH_BOUGHT.fullmatch(ctx.text, cs, t.start)
        pcs = ctx.clause(cs - 1)[0]
        listed = ctx.group_left(pcs, cs - 1, ORG) if each is not None else []
        if listed and re.fullmatch(r"\s*(?:等)?", ctx.text[listed[-1].end:cs - 1]):
            lead = ctx.text[pcs:listed[0].start]
            if _STOCKS_ARE.search(lead) or _NEXT_RANKED.search(lead) and (
                    each.group(1) or _RANKED_BUY.search(ctx.text, ctx.sent.start, pcs)):
                found = listed
    bought = {m.key for f in ctx.facts if f.type == "investment" for m in f.roles.get("investee", [])}
    return [m for m in found if m.key not in bought], ranked is not None


# Before 收购的 in a clause naming no buyer: a company referred to as such (公司, 上市公司, 其), then time words
# (2016年12月, 此前, 同年 …) and how the deal was paid or priced (超高溢价, 以3亿元, 现金): 公司2016年收购的B,
# 曾经超高溢价收购的B, 并购A同年收购的B.
_ATTR_SUBJECT = r"(?:其中|特别是|尤其是|而|但|如|比如|包括)?(?:本公司|该公司|上市公司|公司|其)?"
_ATTR_TIME = (r"(?:[\d一二三四五六七八九十〇零]{2,4}年(?:[\d一二三四五六七八九十]{1,2}月)?(?:[\d一二三四五六七八九十]{1,3}日)?(?:份)?"
              r"(?:到|至)?|此前|之前|先前|早前|早年|当初|当年|同年|同期|去年|前年|今年|近年|年初|年内|年底|先后|陆续|相继|"
              r"曾经|曾|已经|已|所|于|在|分别)")
_ATTR_MANNER = r"(?:超?高?溢价|高价|低价|现金|全资|以[^，,；;。的]{1,12}?(?:元|价格|对价)|斥资[^，,；;。的]{1,10}?元)"
_ATTR_LEAD = re.compile(rf"\s*{_ATTR_SUBJECT}(?:{_ATTR_TIME}|{_ATTR_MANNER}|\s)*")
# After 收购的: a stake (56%的) and a description ending in a kind of company (另一家教育机构, 医药平台) before the name.
_ATTR_HEAD = re.compile(r"(?:\d+(?:\.\d+)?%的?)?(?:[^，,；;。、%]{0,12}?"
                        r"(?:机构|企业|公司|集团|平台|品牌|厂商|商|龙头|巨头))?")


def attributive_deal(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """A收购的B (voices.attributive), and where the clause names no buyer before 收购的: 公司2019年收购的B /
    曾经超高溢价收购的B (B bought by the subject carried from the clauses before, or by a buyer left unnamed), and
    A并购B同年收购的C (C bought by A: B, just bought, is no buyer)."""
    from dealgraph.extract import voices as v

    cs, ce = ctx.clause(t.start)
    left = ctx.mentions(cs, t.start, ORG)
    if _MANNER_AFTER.match(ctx.text, t.end):
        return v.attributive(ctx, frame, t)  # 以增资加股权收购的途径拿下B: how the subject buys B
    told = _TOLD_AFTER.match(ctx.text, t.end)
    bei = ctx.text.rfind("被", cs, t.start) if told else -1
    if bei >= 0:  # B(此前曾传出)被A收购的消息 / B被A收购的传闻: news of B bought by A (the news says in what mood)
        buyers = ctx.mentions(bei + 1, t.start, ORG)
        bought = ctx.mentions(cs, bei, ORG)[:1] or ctx.carried_subject(cs)[:1]
        if buyers and bought and _BUYERS_ONLY.fullmatch(ctx.text, buyers[-1].end, t.start):
            return v._deal(ctx, frame, t, buyers, bought)
    earlier = _deal_on(ctx, left[-1]) if left else None
    if left and earlier is None:
        return v.attributive(ctx, frame, t)
    start = left[-1].end if left else cs
    if _PASSIVE_BEFORE.search(ctx.text, max(cs, t.start - 2), t.start) or not _ATTR_LEAD.fullmatch(ctx.text, start, t.start):
        return v.attributive(ctx, frame, t) if earlier is None else []
    after = [m for m in ctx.mentions(t.end, ce, ORG) if m.start >= t.end][:1]
    named = [m for m in after if m.source != "context" and _ATTR_HEAD.fullmatch(ctx.text, t.end, m.start)]
    if not named:
        return []
    buyers = next(iter(earlier.roles.values())) if earlier is not None else _company_meant(ctx, start, t)
    return v._deal(ctx, frame, t, buyers, named[:1], unnamed_agent=True)


_PASSIVE_BEFORE = re.compile(r"被")
_TOLD_AFTER = re.compile(r"(?:消息|传闻|传言|报道|新闻|说法)")
_BUYERS_ONLY = re.compile(r"\s*(?:[(（][^()（）]{0,20}[)）])?\s*(?:所|全资|控股)?\s*")
_MANNER_AFTER = re.compile(r"\s*(?:方式|形式|方法|途径|手段|模式)")
_COMPANY_WORD = re.compile(r"(?:本公司|该公司|上市公司|公司)")


def _company_meant(ctx: Ctx, start: int, t: Span) -> list[Mention]:
    """The buyer of 公司2016年收购的B: the company the sentence is about (its topic) where 公司 stands for it, else the
    subject carried from the clauses before (曾经高溢价收购的B)."""
    if _COMPANY_WORD.search(ctx.text, start, t.start) and ctx.topic is not None and ctx.topic.end <= start:
        return [ctx.topic]
    return ctx.carried_subject(t.start)


def _deal_on(ctx: Ctx, m: Mention) -> FactRecord | None:
    """The deal read before in the sentence whose target (or investee) is m."""
    for fact in reversed(ctx.facts):
        if fact.type in ("investment", "acquisition") and any(p.start == m.start for p in list(fact.roles.values())[1]):
            return fact
    return None


# After 要约收购: the shares of the listed company the sentence is about (要约收购公司股份, 要约收购上市公司部分股份).
_ISSUER_SHARES = re.compile(r"了?(?:本公司|该公司|上市公司|公司)(?:部分|全部|剩余)?的?(?:A股|H股)?(?:股份|股票|股权)")
# 以要约收购的形式将其(直接或间接)所持B的持股比例由18%提高到30%: the offer raises A's stake in B.
_RAISED_STAKE = re.compile(r"的?(?:方式|形式)[，,]?\s*将其[^，,；;。]{0,12}?(?:所持有的|持有的|所持的|所持)")
_RAISED_TO = re.compile(r"的?(?:股份|股权|持股)比例(?:从|由)[^，,；;。]{0,12}?(?:提高|提升|增加|增至|上升)")


def tender_offer(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """A tender offer for a listed company's shares (要约收购): A要约收购B 20%股份 reads as 收购; where the object is
    公司股份 the company is the one the sentence is about (B公告，A要约收购公司股份一事已完成过户: A buys B); and
    A以要约收购的形式将其所持B的持股比例由18%提高到30%: A buys more of B."""
    from dealgraph.extract import deal_slots
    from dealgraph.extract import voices as v

    if deal_slots.also_among(ctx, t):
        return []  # 另外涉及要约收购的还包括B: B is one more case of the kind, its bidder unnamed here
    facts = deal_slots.acquire(ctx, frame, t)
    if facts:
        return facts
    cs, ce = ctx.clause(t.start)
    buyers = v._agents_before(ctx, cs, t.start) or ctx.carried_subject(t.start)
    if _ISSUER_SHARES.match(ctx.text, t.end):
        keys = {m.key for m in buyers}
        first = ctx.mentions(ctx.sent.start, buyers[0].start if buyers else t.start, ORG)[:1]
        issuer = [m for m in (ctx.topic, *first) if m is not None and m.key not in keys and m.end <= t.start][:1]
        return v._deal(ctx, frame, t, buyers, issuer, unnamed_agent=True)
    held = _RAISED_STAKE.match(ctx.text, t.end)
    if held is not None:
        named = [m for m in ctx.mentions(held.end(), ce, ORG) if m.start == held.end()][:1]
        if named and _RAISED_TO.match(ctx.text, named[0].end):
            return v._deal(ctx, frame, t, buyers, named, unnamed_agent=True)
    return []


# A向B(的)(除…外的)全体(无限售流通股)股东发出要约 / A对B发起要约收购: who the offer goes to, right after 向/对
_OFFER_TO = re.compile(r"(?:向|对)\s*")
_OFFER_HOLDERS = re.compile(r"\s*(?:的)?(?:除[^，,；;。]{1,20}?(?:以外|之外|外)的?)?(?:全体|全部|所有|其他)?"
                            r"(?:无限售条件的?|无限售)?(?:流通股|A股|H股|流通)?(?:股东)?\s*$")
_OFFER_ISSUER = re.compile(r"(?:本公司|上市公司|公司)")
_OFFER_DONE = re.compile(r"(?:要约|收购)[^，,；;。]{0,8}?(?:已完成|完成了|已经完成|已届满|届满|已过户|过户完成)|已完成[^，,；;。]{0,8}?要约")


def offer_to_holders(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """A向B全体股东发出全面要约 / A已向公司除控股方以外的全部股东发出部分要约 / A拟对B发起要约收购: A bids for B's
    shares (公司: the company the sentence or document is about). A bid is planned until the text says it is done
    (要约收购已完成); nothing where the offer goes to no company (向市场发出要约邀请)."""
    from dealgraph.extract import voices as v

    cs, _ = ctx.clause(t.start)
    marks = list(_OFFER_TO.finditer(ctx.text, cs, t.start))
    if not marks:
        return []
    mark = marks[-1]
    named = [m for m in ctx.mentions(mark.end(), t.start, ORG) if m.start == mark.end()][:1]
    buyers = ctx.group_left(cs, mark.start()) or ctx.carried_subject(mark.start())
    if named and _OFFER_HOLDERS.fullmatch(ctx.text, named[0].end, t.start):
        targets = named
    elif _OFFER_ISSUER.match(ctx.text, mark.end()) and _OFFER_HOLDERS.fullmatch(
            ctx.text, _OFFER_ISSUER.match(ctx.text, mark.end()).end(), t.start):  # type: ignore[union-attr]
        keys = {m.key for m in buyers}
        targets = [m for m in (ctx.topic, ctx.prev_topic) if m is not None and m.key not in keys][:1] \
            or [m for m in v._company_written_about(ctx, buyers, t.start) if m.key not in keys][:1]
    else:
        return []
    if not buyers or not targets or targets[0].key in {m.key for m in buyers}:
        return []
    if ctx.text[t.start:t.end] in ("发出要约", "发起要约") and "股东" not in ctx.text[mark.end():t.start]:
        return []  # A向B发出要约: an offer to B of any kind; a bid for shares goes to B's holders
    facts = v._deal(ctx, frame, t, buyers, targets)
    for f in facts:
        if f.modality == "asserted" and not _OFFER_DONE.search(ctx.text, ctx.sent.start, ctx.sent.end):
            f.modality = "planned"  # 已向全体股东发起全面要约: the bid is made, the shares are not bought yet
        f.rule = f"acquisition:offer:{ctx.text[t.start:t.end]}"
        if f.stake is None:  # 发出部分要约，收购其25%的股份: the part offered for, told in the clause after
            f.stake = _offered_part(ctx, t)
    return facts


# ，收购其25%的股份 / ，拟收购B不超过10%的股份: the part of the shares the offer seeks, in the clause right after it
_OFFERED_PART = re.compile(r"[，,]\s*(?:拟|计划)?(?:收购|购买)(?:其|该公司|公司)(?:不超过|合计|共)?\s*$")


def _offered_part(ctx: Ctx, t: Span):
    """The stake of the clause right after the offer when it only says what part is bought (收购其25%的股份)."""
    ce = ctx.clause(t.start)[1]
    if ce >= ctx.sent.end:
        return None
    nce = ctx.clause(ce + 1)[1]
    stakes = ctx.values("percent", ce, nce)
    if not stakes or not _OFFERED_PART.fullmatch(ctx.text, ce, stakes[0].start) \
            or not re.match(r"的?(?:股份|股权|股票)", ctx.text[stakes[0].end:nce]):
        return None
    return stakes[0]


# 收到A出具的《B要约收购报告书摘要》 / 披露了《B要约收购报告书》，收购人A向…发出全面要约: the report names B, the company
# offered for, before its title words; the buyer issued it (A出具的) or is named 收购人 after it.
_ISSUED_BY = re.compile(r"(?:出具|提交|递交|发来|送达|披露)的[《“]$")
_BUYER_NAMED = re.compile(r"[》”]?[，,；;]?\s*(?:本次)?(?:收购人|要约人)(?:为|是)?")


def tender_report(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """《B要约收购报告书(摘要)》: a tender offer for B's shares; its buyer A where the sentence says who issued the
    report (A出具的《…》) or names the buyer after it (收购人A)."""
    from dealgraph.extract import voices as v

    opened = ctx.text.rfind("《", ctx.sent.start, t.start)
    if opened < 0 or ctx.text.find("》", opened, t.start) >= 0:
        return []
    named = [m for m in ctx.mentions(opened + 1, t.start, ORG) if m.end == t.start][-1:]
    if not named:
        return []
    buyers: list[Mention] = []
    if _ISSUED_BY.search(ctx.text, max(ctx.sent.start, opened - 4), opened + 1):
        buyers = ctx.group_left(ctx.clause(opened)[0], opened - 3)
    closed = ctx.text.find("》", t.end, ctx.sent.end)
    after = _BUYER_NAMED.match(ctx.text, closed + 1) if closed >= 0 else None
    if not buyers and after is not None:
        buyers = [m for m in ctx.mentions(after.end(), ctx.sent.end, ORG) if m.start == after.end()][:1]
    return v._deal(ctx, frame, t, buyers, named, unnamed_agent=True)


# 标的公司 / 目标公司 / 交易标的: what an announcement calls the company a deal buys. B(以下简称“B'”、“标的公司”) names B
# so; 标的公司B / 交易标的为B / 目标公司 B name B right after the word.
_ALIAS_OPEN = re.compile(r"[(（][^()（），,；;。]{0,30}$")
_NAMED_AFTER = re.compile(r"\s*(?:为|是)?\s*")
_DEAL_WORD = re.compile(r"收购|并购|购买|受让|股权转让|股份转让|重组|交易")
_COMPANY_LEAD = re.compile(r"[\s“”]*(?:本公司|上市公司|公司)")


def named_target(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """The company an announcement calls the deal's target (标的公司, 目标公司, 交易标的), in a sentence speaking of a
    deal: 公司与B(“标的公司”、“B'”)实际控制人签署了《股权收购协议》 / 标的公司B截至5月末的净资产仅2.59亿元 /
    本次交易标的B 65%股权作价4.2亿元. B is bought, by the clause's subject where one is named (公司: the
    company the sentence is about), else by a buyer left unnamed. A company a deal of the document buys already is
    not read again."""
    from dealgraph.extract import voices as v

    if not _DEAL_WORD.search(ctx.text, ctx.sent.start, ctx.sent.end):
        return []
    aside = _ALIAS_OPEN.search(ctx.text, max(ctx.sent.start, t.start - 31), t.start)
    copula = False
    if aside is not None:
        named = [m for m in ctx.mentions(ctx.sent.start, aside.start(), ORG) if m.end == aside.start()][-1:]
    else:
        gap = _NAMED_AFTER.match(ctx.text, t.end)
        copula = bool(gap.group().strip())
        named = [m for m in ctx.mentions(gap.end(), ctx.clause(t.start)[1], ORG) if m.start == gap.end()][:1]
    after = _HELD_OR_ASSETS.match(ctx.text, named[0].end) if named else None
    if after is not None and not after.group(1):
        if copula:
            return []  # 收购标的为A的经营性资产: assets, no company, are bought
        after = None  # 标的公司A的净资产: A's own figures
    if after is not None:  # 交易标的为A持有的B 51%股权: B is bought (from A)
        named = [m for m in ctx.mentions(after.end(), ctx.clause(after.end())[1], ORG) if m.start == after.end()][:1]
    if not named or named[0].source == "context" and (wordlist.is_common_word(named[0].text[:2])
                                                     or wordlist.is_common_word(named[0].text[-2:])):
        return []  # 标的公司资产状况复杂: a noun phrase guessed as a name
    known = [named[0], *_aliases(ctx, named[0])]
    if any(p.key == k.key or p.text == k.text for f in (*ctx.doc.facts, *ctx.facts)
           if f.type in ("investment", "acquisition") for p in list(f.roles.values())[1] for k in known):
        return []
    return v._deal(ctx, frame, t, _deal_subject(ctx, named[0]), named, unnamed_agent=True)


def _aliases(ctx: Ctx, m: Mention) -> list[Mention]:
    """The names given m in the aside right after it (B(以下简称“B'”)): B'."""
    aside = _ASIDE.match(ctx.text, m.end)
    return ctx.mentions(aside.start(), aside.end(), ORG) if aside else []


# After the name a target word introduces: a holder (交易标的为A持有的B) or assets of A, not A's shares.
_HELD_OR_ASSETS = re.compile(r"\s*(?:(所持有的|持有的|所持的|所持|旗下的|旗下)|的[^，,；;。]{0,10}?"
                             r"(?:资产|业务|土地|房产|物业|项目|商标|专利))")
_PARTY_BETWEEN = re.compile(r"[向从对]|出售|转让")  # A向B出售其持有的标的公司C: A sells C, it buys nothing
_ASIDE = re.compile(r"\s*[(（][^()（）]{0,40}[)）]")


def _deal_subject(ctx: Ctx, target: Mention) -> list[Mention]:
    """The buyer of a target named as such: the name opening the target's clause (not the target), or the company
    the sentence is about where the clause opens with 公司; none otherwise."""
    cs = ctx.clause(target.start)[0]
    first = [m for m in ctx.mentions(cs, target.start, ORG)][:1]
    if first and first[0].key != target.key and re.fullmatch(r"[\s“”]*", ctx.text[cs:first[0].start]):
        return [] if _PARTY_BETWEEN.search(ctx.text, first[0].end, target.start) else first  # A向B出售…: A sells
    if _COMPANY_LEAD.match(ctx.text, cs) and ctx.topic is not None and ctx.topic.key != target.key:
        return [ctx.topic]
    if cs > ctx.sent.start and _SHARE_OF_CLAUSE.match(ctx.text, cs):  # 买方同意购买出售股份，占目标公司B…的100%
        pcs = ctx.clause(cs - 1)[0]
        lead = _CLAUSE_LEAD.match(ctx.text, pcs).end()
        first = [m for m in ctx.mentions(lead, cs, ORG) if m.start == lead][:1]
        buys = _BUYS.search(ctx.text, first[0].end, cs) if first else None
        if buys is not None and first[0].key != target.key \
                and not _PARTY_BETWEEN.search(ctx.text, first[0].end, buys.start()):  # (A向B购买: B sells)
            return first
    return []


# the clause that gives the part of the target the shares bought are (…，占目标公司B已发行股本的100%)
_SHARE_OF_CLAUSE = re.compile(r"\s*(?:约)?占")
_CLAUSE_LEAD = re.compile(r"[\s“”]*(?:而|并|且|同时|另)?")
_BUYS = re.compile(r"购买|收购|受让|认购|买入")


# A deal named as a noun with no company of its own: 此次收购， / 本次增资完成后 / 在本次收购之前 / A收购之时 / 本次要约收购的
#过户手续已办理完毕， (kind: 收购 or 增资; when: before, at or after it).
_BARE_DEAL = quick(r"(?P<det>本次|此次|这次|该次|当初|最终)?(?:要约)?(?P<kind>收购|并购|增资扩股|增资)"
                        r"(?:(?P<done>完成|[^，,；;。]{0,8}?(?:过户|交割)[^，,；;。]{0,10}?(?:完毕|完成))"
                        r"(?P<after>后|之后|以后)?|(?P<before>之前|以前|前)|(?P<at>之时|时))?")
# A company whose shares the sentence then speaks of: B 100%股权估值…, B的股权分布…, B少数股权
_SHARES_OF = re.compile(r"\s*的?\s*(?:\d+(?:\.\d+)?%|全部|少数|剩余)?的?(?:股权|股份)")


def bare_deal_targets(ctx: Ctx) -> list[FactRecord]:
    """A sentence that names its deal only as a noun, and the company that deal is on in another clause: 此次收购，B
    100%股权估值32亿元 / 收购完成后，B的股权分布仍符合上市条件 / 在本次收购之前，A持有B 51%的股权 / A收购之时，C、D分别
    持有B 65%、35%的股权 / 本次增资完成后，B注册资本为3亿元，A持有该公司50%的股权. B is bought (增资: B receives the
    money); the buyer is the name right before the noun (A收购之时), or the holder after a completed acquisition
    (收购过户手续已办理完毕，A持有B 43%的股份), else unnamed. Read only where the sentence states no deal otherwise."""
    from dealgraph.extract import qualifiers as q

    invested = _invested_then_held(ctx)
    if invested:
        return invested
    if any(f.type in ("investment", "acquisition") for f in ctx.facts):
        return []
    noun = next((m for m in _BARE_DEAL.finditer(ctx.text, ctx.sent.start, ctx.sent.end)
                 if (m.group("det") or m.group("done") or m.group("before") or m.group("at"))
                 and _noun_ends(ctx, m.end()) and not ctx.text.endswith("被", ctx.sent.start, m.start())), None)
    if noun is None:
        return []
    t = Span(noun.start("kind"), noun.end("kind"))
    holdings = [f for f in ctx.facts if f.type == "shareholding" and f.evidence.start == ctx.sent.start
                and f.roles["company"] and f.roles["company"][0].start > noun.end()]
    shares = [m for m in ctx.mentions(noun.end(), ctx.sent.end, ORG) if _SHARES_OF.match(ctx.text, m.end)]
    company = [m for m in holdings[0].roles["company"][:1] if m.source != "coref"] if holdings else shares[:1]
    if not company:
        return []
    before = [m for m in ctx.mentions(ctx.sent.start, noun.start(), ORG) if m.end == noun.start()]
    investment = "增资" in noun.group("kind")
    buyers: list[Mention] = []
    if before and not investment:
        buyers = before  # A收购之时
    elif holdings and noun.group("done") and not investment:
        buyers = holdings[0].roles["holder"]  # 收购完成后，A持有B
    elif not investment:
        buyers = _completer(ctx, noun.end(), company)  # 收购完成后，B的股权分布…，A就此顺利完成收购
    ftype, roles = ("investment", ("investor", "investee")) if investment else ("acquisition", ("acquirer", "target"))
    fact = q.base_fact(ctx, ftype, {roles[0]: buyers, roles[1]: company}, t)
    fact.date = q.date_for(ctx, t)
    fact.rule = f"{ftype}:bare_deal:{noun.group('kind')}"
    if investment:
        fact.qualifiers["consideration"] = "unknown"
    return [fact]



# 投资后A持有B 12%股份 / 本次入股完成后，A持有B 8%的股权: the holder after the investment named as a noun invested
_INVESTED_NOUN = quick(r"(?:^|(?<=[，,；;。]))\s*(?:本次|此次|这次|该次)?(?:投资|入股)(?:完成)?(?:后|之后)(?:[，,])?")


def _invested_then_held(ctx: Ctx) -> list[FactRecord]:
    """A clause opening with 投资后 / 入股完成后 and holding A's stake in B: A invested in B (the stake is its own);
    none where the sentence already reads that investment or the holding is not told right after the noun."""
    from dealgraph.extract import qualifiers as q

    out = []
    for noun in _INVESTED_NOUN.finditer(ctx.text, ctx.sent.start, ctx.sent.end):
        held = [f for f in ctx.facts if f.type == "shareholding" and f.roles.get("holder") and f.roles.get("company")
                and f.roles["holder"][0].start == noun.end() and f.roles["company"][0].source != "coref"]
        if not held:
            continue
        holder, company = held[0].roles["holder"][:1], held[0].roles["company"][:1]
        if any(f.type in ("investment", "acquisition") and {m.key for m in list(f.roles.values())[0]} & {holder[0].key}
               and {m.key for m in list(f.roles.values())[1]} & {company[0].key} for f in ctx.facts):
            continue
        t = Span(noun.start(), noun.end())
        fact = q.base_fact(ctx, "investment", {"investor": holder, "investee": company}, t)
        fact.stake, fact.date, fact.modality = held[0].stake, q.date_for(ctx, t), held[0].modality  # (将持有: planned)
        fact.rule = "investment:held_after:投资"
        fact.qualifiers["consideration"] = "unknown"
        out.append(fact)
    return out


# A就此才顺利完成收购, A已完成本次收购: the subject of the clause that completes the deal made it
_COMPLETES = re.compile(r"[^，,；;。]{0,8}?(?:顺利|成功|正式)?完成了?(?:本次|此次|这次|该笔|该项)?(?:收购|并购)(?![^，,；;。]{0,4}?的)")


def _completer(ctx: Ctx, after: int, company: list[Mention]) -> list[Mention]:
    """The name opening a later clause of the sentence whose predicate completes the acquisition (…，华润澜药就此才
    顺利完成收购): the buyer; none where no clause says so or the name is the company bought."""
    keys = {m.key for m in company}
    for m in ctx.mentions(after, ctx.sent.end, ORG):
        cs, _ = ctx.clause(m.start)
        if m.start == cs and m.key not in keys and _COMPLETES.match(ctx.text, m.end):
            return [m]
    return []


def _noun_ends(ctx: Ctx, end: int) -> bool:
    """The deal noun ends at a clause mark or where a name opens the next phrase (增资扩股完成后A持有…), not
    inside a longer one (收购前实控人A所持B: 前实控人, the former controller, is what the verb buys from)."""
    return ctx.text.startswith((",", "，"), end) or any(m.start == end for m in ctx.mentions(end, end + 20, ORG))


# 实际控制人将由A变更为B / 控股股东则由A变为B / 实际控制人将从A变更为B: the parties before and after the change
_CHANGE_FROM = re.compile(r"\s*(?:则|也|亦|均|同时)?(?P<when>(?:将|拟|预计将|预计|已|已经|亦将|也将)?)(?:由|从)\s*")
_CHANGE_TO = re.compile(r"\s*(?:将|拟|已)?(?:变更为|变为|变更成|变成|更换为|更变为|改为)\s*")
_CHANGE_PLANNED = re.compile(r"将|拟|预计")
_CHANGE_DONE = re.compile(r"已|已经")
# what may stand before the rank in a clause that names no company of its own (…，控股股东则由A变为B / ，公司的实际控制人…)
_CHANGE_LEAD = re.compile(r"[\s，,；;]*(?:而|同时|此外|另外)?[，,]?\s*(?P<own>(?:本公司|上市公司|公司)(?:的)?)?"
                          r"(?:(?:控股股东|第一大股东|实际控制人|实控人)(?:及|和|、|兼))?$")
_CHANGE_PARTIES = ("person", "organization", "candidate")
_NONE_BEFORE = re.compile(r"\s*无(?:控股股东|实际控制人|实控人)(?:状态)?\s*")
_CONTROLLER_OF = re.compile(r"的?(?:实际控制人|实控人)")  # 变更为青禾科技实际控制人周宁: the person, controller of the company
_CHANGE_SIDE = re.compile(r"(?:由|从|变更为|变为|变更成)")  # a name after these is a party of a change told before


def control_change(ctx: Ctx, t: Span, rank: str) -> list[FactRecord] | None:
    """澄川股份的控股股东将由北辰投资变更为青禾科技，实际控制人由孙立变更为青禾科技董事长周宁: the rank passes from
    the ones after 由/从 to the ones after 变更为. A change still to come (将/拟 in its clause or in a parallel change
    of the sentence before it, or the result of a deal planned just before) leaves the first ones the holders now
    (asserted) and the others planned; a change made (已…, or told with no plan) states only the new holders.
    The company is the one right before the rank, else that of a parallel change of the sentence, the target of its
    deal or the last company of an earlier clause; never the document's most-named company when the sentence names
    one. None where the words after the rank are not of that shape."""
    from dealgraph.extract import qualifiers as q
    from dealgraph.extract import voices as v

    cs, ce = ctx.clause(t.start)
    lead = _CHANGE_FROM.match(ctx.text, t.end)
    if lead is None:
        return None
    verb = _CHANGE_TO.search(ctx.text, lead.end(), ce)
    if verb is None:
        return None
    olds = ctx.group_right(lead.end(), verb.start(), _CHANGE_PARTIES)
    if _NONE_BEFORE.fullmatch(ctx.text, lead.end(), verb.start()):
        olds = []  # 实际控制人由无实际控制人变更为吴某: no holder before the change
    elif not olds or olds[0].start != lead.end() or not re.fullmatch(r"(?:先生|女士)?[\s”\"」)）]*(?:共同|等|两人|二人)?", ctx.text[olds[-1].end:verb.start()]):
        return []
    news = ctx.group_right(verb.end(), ce, _CHANGE_PARTIES)
    if not news or news[0].start - verb.end() > 8 or ctx.mentions(verb.end(), news[0].start, _CHANGE_PARTIES):
        return []
    if ctx.text.startswith("的", news[-1].end) and not _TITLE_RUN.match(ctx.text, news[-1].end):
        return []  # 控股股东由A变更为B的事项尚需审议: the change named as a matter, not told as made or to come
    titled = ctx.mentions(news[0].end, ce, ("person", "candidate"))[:1]
    if len(news) == 1 and titled and (_TITLE_RUN.fullmatch(ctx.text, news[0].end, titled[0].start)
                                      or _CONTROLLER_OF.fullmatch(ctx.text, news[0].end, titled[0].start)):
        news = titled  # 变更为青禾科技董事长周宁 / 变更为青禾科技的创始人周宁: the person, titled by the company
    olds = [v._as_person(m) for m in olds]
    news = [v._as_person(m) for m in news]
    parties = {m.key for m in olds + news}
    earlier = [f for f in ctx.facts if f.evidence.start == ctx.sent.start and f.rule.startswith("shareholding:control_change")]
    before = ctx.mentions(cs, t.start, ORG)
    lead_words = _CHANGE_LEAD.search(ctx.text, cs, t.start)
    if before and _CONTROLLED_GAP.fullmatch(ctx.text, before[-1].end, t.start):
        company = before[-1:]
    elif before or lead_words is None:
        return []
    elif earlier:
        company = earlier[-1].roles["company"][:1]
    else:
        recent = ctx.doc.sentences[max(0, ctx.sent.index - 1)].start
        deals = [f.roles["target"][0] for f in ctx.doc.facts + ctx.facts if f.type == "acquisition" and f.roles.get("target")
                 and f.roles["target"][0].key not in parties and (f.evidence.start == ctx.sent.start or f.evidence.start >= recent
                 and parties & {m.key for r in ("acquirer", "seller") for m in f.roles.get(r, [])})]  # 青禾科技拟受让…。交易完成后，…
        named = [m for m in ctx.mentions(ctx.sent.start, cs, ORG) if m.key not in parties
                 and not _CHANGE_SIDE.search(ctx.text, max(ctx.clause(m.start)[0], m.start - 14), m.start)]
        company = deals[-1:] or named[-1:]
        sides = [m for m in ctx.mentions(ctx.sent.start, ctx.sent.end, _CHANGE_PARTIES)
                 if _CHANGE_SIDE.search(ctx.text, max(ctx.clause(m.start)[0], m.start - 14), m.start)]
        if not company and lead_words.group("own"):  # (never a party of a change the sentence tells)
            company = v._company_written_about(ctx, olds + news + sides, t.start)
    if not company or company[0].key in parties or company[0].kind != "organization" and company[0].source != "cue" \
            and not before:
        return []
    when = lead.group("when") + ctx.text[olds[-1].end if olds else lead.end():verb.end()]
    if _CHANGE_DONE.search(when):
        planned = False
    elif _CHANGE_PLANNED.search(when) or _CHANGE_PLANNED.search(ctx.text, cs, t.start) or q.plan_in_clause(ctx, t):
        planned = True
    elif earlier:
        planned = any(f.modality == "planned" for f in earlier)
    else:
        first = ctx.clause(ctx.sent.start)
        planned = bool(q._AFTER_DEAL.match(ctx.text, first[0])) and first[1] <= cs and any(
            f.type in ("acquisition", "investment") and f.modality == "planned" for f in (ctx.doc.facts + ctx.facts)[-6:])
    facts = []
    for holders, mood in ((olds, "asserted"), (news, "planned" if planned else "asserted")):
        if holders is olds and not planned:
            continue  # a change made: the ones it passed from hold the rank no more
        for holder in holders:
            if holder.key == company[0].key:
                continue
            for fact in v._deal(ctx, Frame("shareholding", "active", ("holder", "company"), ()), t, [holder], company):
                fact.qualifiers["rank"] = rank
                fact.qualifiers["as_of"] = fact.date or fact.qualifiers.get("as_of")
                fact.date, fact.stake = None, None
                fact.modality = mood
                fact.rule = "shareholding:control_change:" + ("from" if holders is olds else "to")
                facts.append(fact)
    return facts


# 实际控制人为王澜石 / 实际控制人变更为靳春平 / 控股股东兼实控人之一周亦凡 / 实际控制人王澜石先生: what stands
# between the title and the one named
_CONTROLLER_GAP = re.compile(r"(?:之一)?(?:为|是|系|仍为|仍是|变更为|变更成|将变更为|拟变更为|已变更为|变为|将变为|拟变为|已变为)?\s*"
                             rf"(?:{OFFICER_TITLE}(?=[\u4e00-\u9fff]{{2,3}}(?:[，,。；;）)]|$)))?")
# (实际控制人为董事长程远航: the officer's title before the person, who closes the clause)
_JOINED = re.compile(r"[与和及、]")
_OWN_CONTROLLER = re.compile(r"(?:公司|本公司|上市公司)[与和及]")  # 公司与实际控制人A: the company, joined to its controller
_PLANNED_CHANGE = re.compile(r"拟|将")  # 实际控制人拟变更为B: a change planned
# (wt-jd) 若交易完成，… / 如本次转让实施完毕，…: a condition on the deal opening the sentence before the change
_IF_DONE = re.compile(r"(?:若|如果|倘若|假如|一旦|如)[^。；;！？]{0,30}?(?:完成|实施完毕|实施|成功|顺利)")
_TITLE_RUN = re.compile(r"的?(?:(?:联合)?创始人|董事长|首席执行官|CEO|总裁|总经理|兼)+")
# 星岚科技实际控制人 / 星岚科技的实际控制人 / 星岚科技控股股东、实际控制人: between the company and the title
_CONTROLLED_GAP = re.compile(r"(?:[”\"」]\s*[)）])?(?:的)?(?:(?:控股股东|第一大股东)(?:及|和|、|兼)?)?")  # 全称（下称“B”）第一大股东兼实际控制人A
# 公司实际控制人 / 本公司的实际控制人 / 其实际控制人: the company written about
_THE_COMPANY = re.compile(r"(?:公司|本公司|上市公司|该公司)(?:的)?(?:(?:控股股东|第一大股东)(?:及|和|、|兼)?)?$")


def actual_controller(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """星岚科技实际控制人王澜石先生 / 公司实际控制人为王澜石 / 公司控股股东变更为B，实际控制人变更为靳春平: the person
    (or body) named right after 实际控制人 controls the company named right before the title, else (公司实际控制人)
    the company written about: a shareholding of rank actual_controller, as 控股股东 gives one of rank controlling."""
    from dealgraph.extract import voices as v

    changes = control_change(ctx, t, "actual_controller")
    if changes is not None:
        return changes
    cs, ce = ctx.clause(t.start)
    changed = _CHANGED_FROM.match(ctx.text, t.end)
    gap = _CONTROLLER_GAP.match(ctx.text, changed.end() if changed else t.end)
    named = ctx.mentions(gap.end(), ce, ("person", "organization", "candidate"))
    if not named or named[0].start != gap.end() or named[0].kind == "candidate" and not v._as_person(named[0]).kind == "person":
        return _controllers_before(ctx, frame, t) if not changed else []
    holder = named[0]
    if len(named) > 1 and named[1].kind == "person" and _TITLE_RUN.fullmatch(ctx.text, holder.end, named[1].start):
        holder = named[1]  # 实际控制人将变更为智澜机器人董事长兼CEO周亦凡: the person, titled by the company
    before = ctx.mentions(cs, t.start, ORG)
    if before and _CONTROLLED_GAP.fullmatch(ctx.text, before[-1].end, t.start):
        company = before[-1:]
    elif before and before[-1].source == "coref" and _OWN_CONTROLLER.fullmatch(ctx.text, before[-1].start, t.start):
        company = before[-1:]  # (wt-jd) 公司与实际控制人A旗下的…: the company written about and its own controller
    elif before and _JOINED.search(ctx.text, before[-1].end, t.start):
        return []  # 澄远投资与本公司实际控制人A…: the company joined to the title is not the one controlled
    elif _THE_COMPANY.search(ctx.text, cs, t.start) or not ctx.text[cs:t.start].strip() and gap.end() > t.end:
        sides = [m for m in ctx.mentions(ctx.sent.start, cs, _CHANGE_PARTIES)
                 if _CHANGE_SIDE.search(ctx.text, max(ctx.clause(m.start)[0], m.start - 14), m.start)]
        company = v._company_written_about(ctx, [holder] + sides, t.start)  # (控股股东已变更为B，实际控制人变更为D: not B's)
    else:
        return []
    if not company or company[0].key == holder.key:
        return []
    facts = v._deal(ctx, Frame("shareholding", "active", ("holder", "company"), frame.triggers), t, [holder], company)
    both = _BOTH_TITLES.search(ctx.text, max(cs, t.start - 6), t.start) is not None
    for fact in list(facts):
        if both:  # 公司控股股东、实际控制人为程远航: one holder bearing both titles holds control too
            facts.append(replace(fact, qualifiers={**fact.qualifiers, "rank": "controlling"}))
        fact.qualifiers["rank"] = "actual_controller"
        fact.qualifiers["as_of"] = fact.date or fact.qualifiers.get("as_of")
        fact.date = None
        fact.stake = None  # a stake stated elsewhere in the sentence is of the holding read there
        # 交易完成后，实际控制人将变更为B: a change to come; 实际控制人王澜石拟减持… / …终止减持计划: the plan or its
        # end is the sale's, the title states the control
        changing = "变" in gap.group()
        fact.modality = "planned" if _PLANNED_CHANGE.search(gap.group()) or changing and (
            fact.modality in ("planned", "expected") or _IF_DONE.search(ctx.text, ctx.sent.start, t.start)) else "asserted"
        # (若交易完成，实控人变为B: a change told under a condition is still to come)
    return facts


_BOTH_TITLES = re.compile(r"控股股东(?:、|及|和|兼|暨)$")


# 公司实际控制人由王澜石、周亦凡变更为王澜石: the ones the control passed from, before 变更为 (not controllers now)
_CHANGED_FROM = re.compile(r"(?:将|拟|已)?由[^，,。；;]{2,40}?(?=(?:将|拟|已)?变更为)")
# 王澜石是青禾科技的实际控制人 / 王澜石、周亦凡为公司共同实际控制人 / …合计持有公司41%的股份，并为公司实际控制人: the
# controllers named before 是/为 (or the clause before, its subject), the company between (or the company written about)
_IS_CONTROLLER = re.compile(r"(?P<verb>是|为|系|成为|同为|均为|仍为|仍是)(?P<of>[^，,。；;]{0,24}?)的?(?:共同|最终)?$")
_OF_WORDS = re.compile(r"(?:公司|本公司|上市公司|该公司|发行人)?的?(?:共同|最终)?")
_OF_GAP = re.compile(r"的?(?:共同|最终)?")
_BARE_VERB_LEAD = re.compile(r"\s*(?:并|且|均|同|也|亦)?\s*")  # …，并为公司实际控制人: no subject of its own
_CONTROL_BEFORE = re.compile(r"[^，,。；;]{0,6}?(?:共同|合计)?(?:控制|持有|持股)")  # A、B合计持有公司…，并为…
# 赵明担任青禾电子董事长已逾十年，也是公司的实际控制人 / 赵明现任公司董事长，是…: a person's office in the clause before
_OFFICE_BEFORE = re.compile(r"(?:曾|曾经|一直|长期)?(?:现任|担任|出任|兼任|任|为|是|系)[^，,。；;]{0,16}?(?:董事长|总经理|总裁|首席执行官|CEO|创始人|董事)")
# 孙立曾是澄川股份的实际控制人 / 原为 / 此前是: a control that was, not the one now
_FORMER = re.compile(r"(?:曾|曾经|原|原本|此前|过去|一度|以前|早年)(?:也|亦)?$")
# 孙立和总经理李敏两人同为…: between the controllers and 为, how many they are
_COUNTED = r"(?:两人|二人|三人|两位|二位|三位|夫妇|夫妻|父子|母子|父女|兄弟)?"
_JOINED_TITLE = re.compile(r"[、和与及](?:公司)?(?:的)?(?:董事长|总经理|总裁|副董事长|董事|首席执行官|CEO|其配偶|配偶|其妻子|其丈夫|其子|其女|其父亲|其母亲)")


def _controllers_before(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """李澜石是青禾科技的实际控制人 / 李澜石、周牧川为公司共同实际控制人 / 李澜石、周牧川合计持有公司41%的股份，
    为公司实际控制人: the names right before 是/为 (a list of them: each), or opening the clause before when this one
    has none and that one tells their control or holding; the company between 为 and the title, else (公司, nothing)
    the company written about. None where 为 is not right before the title and its company (为公司提供…)."""
    from dealgraph.extract import qualifiers as q
    from dealgraph.extract import voices as v

    cs, _ = ctx.clause(t.start)
    verb = _IS_CONTROLLER.search(ctx.text, cs, t.start)
    if verb is None:
        return []
    of = ctx.mentions(verb.start("of"), verb.end("of"), ORG)
    if of and not (of[0].start == verb.start("of") and _OF_GAP.fullmatch(ctx.text, of[-1].end, t.start)):
        return []
    if not of and not _OF_WORDS.fullmatch(ctx.text, verb.start("of"), verb.end("of")):
        return []
    if _FORMER.search(ctx.text, cs, verb.start()):
        return []  # 孙立曾是澄川股份的实际控制人: no controller now
    holders = ctx.group_left(cs, verb.start(), ("person", "organization", "candidate"))
    if holders and not re.fullmatch(r"[\s”\"」)）]*" + _COUNTED + r"(?:均|都|同|也|亦|仍|共同|共)?", ctx.text[holders[-1].end:verb.start()]):
        return []
    while holders:  # 孙立和总经理李敏: a title of the company may stand before the one joined
        more = ctx.mentions(cs, holders[0].start, ("person", "organization", "candidate"))
        if not more or not _JOINED_TITLE.fullmatch(ctx.text, more[-1].end, holders[0].start):
            break
        holders.insert(0, more[-1])
    if not holders and _BARE_VERB_LEAD.fullmatch(ctx.text, cs, verb.start()) and cs > ctx.sent.start:
        pcs, pce = ctx.clause(cs - 1)  # A、B合计持有公司41%的股份，并为公司实际控制人: the clause before's subject
        first = ctx.mentions(pcs, pce, ("person", "organization", "candidate"))
        if first and first[0].start - pcs <= 2:
            group = ctx.group_right(first[0].start, pce, ("person", "organization", "candidate"))
            if _CONTROL_BEFORE.match(ctx.text, group[-1].end):
                holders = group
            elif len(group) == 1 and group[0].kind == "person" and _OFFICE_BEFORE.match(ctx.text, group[0].end):
                holders = group  # 赵明担任青禾电子董事长，也是公司的实际控制人: the officer
    holders = [v._as_person(h) if h.kind == "candidate" else h for h in holders]
    if not holders:
        return []
    company = of[-1:] if of else v._company_written_about(ctx, holders, t.start)
    if not company or not of and company[0].kind != "organization":
        return []  # (a company only guessed from the words around the title is none written about)
    facts = []
    for holder in holders:
        if holder.key == company[0].key:
            continue
        held = Frame("shareholding", "active", ("holder", "company"), frame.triggers)
        for fact in v._deal(ctx, held, t, [holder], company):
            fact.qualifiers["rank"] = "actual_controller"
            fact.qualifiers["as_of"] = fact.date or fact.qualifiers.get("as_of")
            fact.date, fact.stake = None, None
            fact.modality = "planned" if verb.group("verb") == "成为" and q.plan_in_clause(ctx, t) else "asserted"
            facts.append(fact)
    return facts


# 控股股东正在筹划公司控制权变更事项 / 筹划涉及公司控制权变更的重大事项: a change of control being planned, the buyer unnamed
_PLANS_CONTROL_CHANGE = re.compile(r"(?:正在|正|拟|计划|目前正在)?(?:筹划|筹划涉及|策划|洽谈|商讨)(?:公司|本公司|上市公司)?的?$")
_CONTROL_HOLDER_BEFORE = re.compile(r"(?:控股股东|实际控制人|实控人|大股东)[^，,；;。]{0,10}$")


def control_change_planned(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """B因控股股东正在筹划公司控制权变更事项(停牌) / B公告，公司控股股东正在筹划涉及公司控制权变更的重大事项: B's control
    is planned to change hands, an acquisition of B with its buyer unnamed (planned); the company is the one the
    holder's word (公司) or the clause's subject names."""
    from dealgraph.extract import voices as v

    cs, _ = ctx.clause(t.start)
    plan = _PLANS_CONTROL_CHANGE.search(ctx.text, max(cs, t.start - 12), t.start)
    holder = _CONTROL_HOLDER_BEFORE.search(ctx.text, cs, plan.start()) if plan is not None else None
    if holder is None:
        return []
    before = [m for m in ctx.mentions(ctx.sent.start, holder.start(), v.ORG) if m.start >= ctx.sent.start]
    companies = before[:1] or v._company_written_about(ctx, [], t.start)[:1]
    if not companies:
        return []
    sellers = [m for m in ctx.mentions(holder.start(), plan.start(), (*v.ORG, "person")) if m.key != companies[0].key]
    facts = v._deal(ctx, frame, t, [], companies, unnamed_agent=True)
    for f in facts:
        f.modality = "planned" if f.modality in ("asserted", "planned") else f.modality
        if sellers:
            f.roles["seller"] = sellers[:1]  # 控股股东澄湖集团正在筹划…: the holder whose control passes sells
    return facts


HANDLERS = {"control_change_planned": control_change_planned, "attributive_deal": attributive_deal, "tender": tender_offer, "tender_report": tender_report, "offer": offer_to_holders,
            "named_target": named_target, "actual_controller": actual_controller}  # voices read here (frames.py looks them up after voices.HANDLERS)

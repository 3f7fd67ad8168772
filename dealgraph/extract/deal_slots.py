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
from dealgraph.extract import deal_objects
from dealgraph.extract import voices as v
from dealgraph.extract import qualifiers as q
from dealgraph.extract import wordlist
from dealgraph.extract.document import FactRecord, Mention, Span, Value
from dealgraph.extract.grammar import Frame, alt, grammar
from dealgraph.extract.topics import clause_end

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


# 将B 100%股权一举拿下: 将/把, then the shares it marks as bought, then (past adverbs) the verb
_MARKED_STAKE = re.compile(r"[将把][^，,；;。将把]{2,24}?(?:股权|股份|股票|权益)(?:一举|成功|顺利|全部|悉数|一并|)$")


# A持有的公司1.2亿股股份在司法拍卖中被C竞得: the shares, then 被 and the buyer, before the verb
_SHARES_THEN_BY = re.compile(r"(?:股份|股权|股票|股)[^，,；;。被由]{0,12}?[被由][^，,；;。被由]{2,20}$")


def _stake_marked_before(ctx: Ctx, cs: int, t: Span) -> bool:
    """澜成科技将青封材料70%股权一举拿下: the shares a verb needs stand before it, marked by 将/把."""
    return _MARKED_STAKE.search(ctx.text, cs, t.start) is not None


# 另外涉及要约收购的还包括B / 完成收购的公司还包括B: with no buyer named before the verb, the names after 还有 are
# more cases of a kind of deal, told without their buyers (one carried from before would be someone else's). With a
# buyer named (A收购的公司还有B) B is one more of A's.
_ALSO_AMONG = re.compile(r"的?(?:事项|案例|公司|企业|标的|个股|股票)?的?(?:还有|还包括|也有|另有|包括)")


def also_among(ctx: Ctx, t: Span) -> bool:
    """Whether the verb opens 涉及收购的还包括B with no one named before it in its clause."""
    if not ctx.text.startswith("的", t.end) or not _ALSO_AMONG.match(ctx.text, t.end):
        return False
    cs, _ = ctx.clause(t.start)
    return not ctx.mentions(cs, t.start, (*v.ORG, "person"))


# 新进入的<noun> / 新进(的)资方·投资方·股东: a description of who or what is new, not the verb 新进 (buy a stock)
_NEWCOMERS = re.compile(r"新进(?:入的|(?:入|的)?(?:资方|投资方|投资人|投资者|股东|战投|机构投资者))")


def acquire(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """An acquisition or investment in shares, with its seller where the sentence names one. 王岚在二级市场上
    合计购买公司股票500万股: shares of the company written about, bought on the market, are an investment in it."""
    if also_among(ctx, t):
        return []
    if ctx.text.startswith("新进", t.start) and _NEWCOMERS.match(ctx.text, t.start):
        return []  # 本轮新进的资方有A、B / 今年新进入的市场有C: newcomers named, no buy by the subject before
    if frame.type == "acquisition" and ctx.text.startswith("受让", t.start):
        taken = _part_of_transfer(ctx, frame, t)
        if taken is not None:
            return taken
    if frame.type == "acquisition" and ctx.text.startswith(("购买", "购入"), t.start) and _OWN_SHARES.match(ctx.text, t.end):
        facts = _acquire(ctx, Frame("investment", frame.voice, ("investor", "investee"), frame.triggers), t)
        for fact in facts:
            fact.rule = f"investment:{frame.voice}:{ctx.text[t.start:t.end]}"
        return facts
    facts = _acquire(ctx, frame, t)
    if not facts and frame.type == "investment":
        return _bought_then_ranked(ctx, frame, t)
    if frame.type == "acquisition" and facts:
        later = _NEXT_FROM_BUY.search(ctx.text, t.end, ctx.clause(t.start)[1])
        if later is not None:  # 向A收购其持有的B 60%股权、向C收购其持有的D: D is the next verb's, bought from C
            facts = [f for f in facts if all(m.start < later.start() for m in f.roles.get("target", []))]
        for fact in facts:
            if not fact.roles.get("seller") and fact.roles.get("acquirer") and fact.roles.get("target") \
                    and cues().stake.search(ctx.text, t.end, ctx.clause(t.start)[1]):
                _add_sellers(fact, _signed_purchase_with(ctx, t, fact.roles["acquirer"], fact.roles["target"]))
        facts += _joined_targets(ctx, t, facts)
        issued_to = _issued_to(ctx, t) if any(not f.roles.get("seller") for f in facts) else []
        for fact in facts:  # 向A、B等7名交易对方发行股份，购买其合计持有的C 82%股权: A and B sell
            if not fact.roles.get("seller"):
                _add_sellers(fact, issued_to)
        for fact in facts:  # 公司收购A持有的20%股权 (公司 left unresolved): A sells; who sells does not buy from itself
            sold = {m.key for m in fact.roles.get("seller", [])}
            if sold and any(m.key in sold for m in fact.roles.get("acquirer", [])):
                fact.roles["acquirer"] = [m for m in fact.roles["acquirer"] if m.key not in sold]
    return facts


# 向A、B等7名交易对方发行股份(及支付现金)，购买其(合计)持有的C: the holders shares are issued to sell C
_ISSUED_TO = re.compile(r"向(?P<to>[^，,；;。]{2,60}?)(?:等[\d一二三四五六七八九十两]+(?:名|位|家|个))?(?:交易对方|股东)?"
                        r"(?:非公开)?发行股份(?:及支付现金|并支付现金)?\s*[，,]\s*$")
_ITS_HELD = re.compile(r"\s*其(?:合计|共同|分别)?(?:所)?持有的")


def _issued_to(ctx: Ctx, t: Span) -> list[Mention]:
    """The names between 向 and 发行股份 in the clause right before a purchase of what they hold (购买其持有的C)."""
    cs = ctx.clause(t.start)[0]
    if cs <= ctx.sent.start or not _ITS_HELD.match(ctx.text, t.end):
        return []
    pcs = ctx.clause(cs - 1)[0]
    found = _ISSUED_TO.search(ctx.text, pcs, cs)
    if found is None or found.end() != cs:
        return []
    named = ctx.mentions(found.start("to"), found.end("to"), (*v.ORG, "person"))
    if named:
        return named
    from dealgraph.extract.mentions import person_shaped
    people, at = [], found.start("to")  # 向周牧川、林映雪等7名交易对方: people listed, no name found for them yet
    for item in re.split(r"(、|和|及)", ctx.text[found.start("to"):found.end("to")]):
        if item not in ("、", "和", "及"):
            if not person_shaped(item, listed=True):
                return []
            people.append(Mention(at, at + len(item), item, "person", f"person:{item}", "person"))
        at += len(item)
    return people


# (wt-jd) ，以及B 45%股份 / ，及B 30%的股权: one more company's shares bought by the same verb, in a clause of its own
# with no verb (a stake and a share word end it)
_JOINED_TARGET = re.compile(r"[，,]\s*(?:以及|及|和|并)\s*(?=[^，,；;。]{2,40}?[\d.]+%的?(?:股份|股权)\s*(?:[，,；;。]|$))")


def _joined_targets(ctx: Ctx, t: Span, facts: list[FactRecord]) -> list[FactRecord]:
    """收购A 100%股份，以及B 45.64%股份: B's shares are bought too, by the buyer of the deal just read, in its mood;
    only where the clause after 以及 holds a company, its stake and a share word and nothing else (not 以及B的董事会)."""
    if len(facts) != 1 or not facts[0].roles.get("acquirer") or facts[0].stake is None:
        return []
    ce = ctx.clause(t.start)[1]
    joined = _JOINED_TARGET.match(ctx.text, ce)
    if joined is None or facts[0].stake.start >= ce:  # (收购A，以及B 45%股份: the stake read for A is B's)
        return []
    nce = ctx.clause(joined.end())[1]
    named = ctx.group_right(joined.end(), nce, max_gap=0)[:1]  # (B（以下简称“B2”）45%股份: B, its short name aside)
    stakes = ctx.values("percent", named[0].end, nce) if named else []
    if len(stakes) != 1 or not _STAKE_ONLY_AFTER.fullmatch(ctx.text, named[0].end, stakes[0].start) \
            or not _SHARE_WORD_END.fullmatch(ctx.text, stakes[0].end, nce):
        return []
    first = facts[0]
    if named[0].key in {m.key for ms in first.roles.values() for m in ms}:
        return []
    roles = {k: list(ms) for k, ms in first.roles.items() if k != "seller"}
    roles["target"] = named[:1]
    return [FactRecord(first.type, roles, first.evidence, first.modality, date=first.date, stake=stakes[0])]


_STAKE_ONLY_AFTER = re.compile(r"\s*(?:[（(][^()（），,；;。]{0,40}[)）]\s*)*(?:的)?\s*")
_SHARE_WORD_END = re.compile(r"的?(?:股份|股权)\s*")


# A与C签署《股权转让协议》，C拟购买B 94%的股权: the agreement of a sale signed just before (not a bare 协议, nor one of a
# partnership, an investment or a supply: 战略合作协议, 增资协议, 采购协议)
_SIGNED_DEAL = re.compile(r"\s*(?:[(（][^()（）]{0,40}[)）])*\s*(?:于[^，,；;。]{1,14}?)?(?:共同|正式|已)?(?:签署|签订|签定|订立)了?"
                          r"(?:(?!合作|增资|投资|采购|供货|服务|战略|合伙|许可|授权)[^，,；;。]){0,8}?[《“]?"
                          r"(?:股份转让|股权转让|股份购买|股权购买|股权收购|资产购买|收购|购买|出售)"
                          r"(?:意向|框架)?(?:协议|合同)(?![^，,；;。]{0,4}(?:合作|增资|投资|采购|供货|服务))")


def _signed_purchase_with(ctx: Ctx, t: Span, buyers: list[Mention], targets: list[Mention]) -> list[Mention]:
    """澜芯控股与岚溪微电子签署《股权转让协议》，岚溪微电子拟购买澜芯宁波94%的股权: the party that signed the sale's agreement with the
    buyer, in the clause right before the purchase, sells (not the company bought itself: A与C签署协议，C拟收购A 51%
    股权 names no seller); none where no such signing is told."""
    cs = ctx.clause(t.start)[0]
    if cs <= ctx.sent.start:
        return []
    pcs = ctx.clause(cs - 1)[0]
    named = ctx.mentions(pcs, cs, (*v.ORG, "person"))
    if not named or not _SIGNED_DEAL.match(ctx.text, named[-1].end) or ctx.mentions(cs, t.start, (*v.ORG, "person")) \
            and all(m.key not in {b.key for b in buyers} for m in ctx.mentions(cs, t.start, (*v.ORG, "person"))):
        return []
    cut = next((i for i in range(len(named) - 1, 0, -1) if _SIGNED_LINK.search(ctx.text, named[i - 1].end, named[i].start)),
               None)
    if cut is None:
        return []
    keys = {m.key for m in buyers}
    left, right = named[:cut], named[cut:]
    while len(right) > 1 and _HOLDER_OF_FIRM.fullmatch(ctx.text, right[0].end, right[1].start):
        right = right[1:]  # A与B股东C签订了股权转让协议: C, a holder of B, signs; B only says whose holder C is
    other = right if _names_any(left, buyers) else left[-1:] if _names_any(right, buyers) else []
    taken = keys | {m.key for m in targets}
    return [] if any(m.key in taken for m in other) or _names_any(other, buyers) else other


def _names_any(named: list[Mention], parties: list[Mention]) -> bool:
    """Whether a name of `named` is one of the parties: the same, or a full name holding the party's short one
    (南岭岚溪微电子股份有限公司 and 岚溪微电子)."""
    return any(m.key == p.key or len(p.text) >= 2 and p.text in m.text or len(m.text) >= 2 and m.text in p.text
               for m in named for p in parties if p.kind != "person" or m.kind == "person")


# 、向C收购 / 、向C受让: a second purchase from another seller, joined to the one before by 、 (its own verb reads it)
_NEXT_FROM_BUY = re.compile(r"、(?:并|再|另)?向[^，,；;。、]{1,40}?(?:收购|受让|购买|购入)")
_BUY_WORD = re.compile(r"收购|受让|购买|购入")


def _first_buy_mark(ctx: Ctx, cs: int, mark: int) -> int:
    """向A收购B 60%股权、向C收购D: the 向 of the first purchase of the list, for a later one (C's) whose buyer is the
    subject before that first 向; mark itself where no purchase is joined before it by 、."""
    while mark > cs and ctx.text[mark - 1] == "、":
        before = ctx.text.rfind("向", cs, mark - 1)
        if before < 0 or not _BUY_WORD.search(ctx.text, before, mark):
            break
        mark = before
    return mark


# A大举增持1200万股，目前位列B第二大股东 / A增持2%，成为B第一大股东: shares counted with no company after the verb,
# then the company of which the buyer now ranks as a holder, in the next clause
_BARE_COUNT = re.compile(r"了?\s*(?:约|共|合计|累计|超过|逾|近)?[\d.,]+\s*(?:万|亿)?(?:股|%)(?:股份|股票)?\s*(?=[，,])")
_RANKS_AS_HOLDER = re.compile(r"[，,]\s*[^，,；;。]{0,12}?(?:成为|位列|跃居|跃升为|升至|晋升为|晋升|位居)")
_HOLDER_RANK = re.compile(r"的?(?:第[一二三四五六七八九十\d]+大|最大|控股)(?:流通股?)?股东")


def _bought_then_ranked(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """增持 with a bare count and no company, then 成为/位列B第N大股东 in the next clause: B's shares were bought."""
    cs, ce = ctx.clause(t.start)
    count = _BARE_COUNT.match(ctx.text, t.end)
    if count is None or count.end() != ce or ctx.mentions(t.end, ce):
        return []
    buyers = ctx.group_left(cs, t.start) or ctx.carried_subject(t.start)  # A三季度卷土重来，大举增持…: A
    if not buyers or ctx.mentions(buyers[-1].end, t.start):
        return []
    rank = _RANKS_AS_HOLDER.match(ctx.text, ce)
    if rank is None:
        return []
    nce = ctx.clause(rank.end())[1]
    keys = {m.key for m in buyers}
    if any(m.key not in keys and m.text not in {b.text for b in buyers} for m in ctx.mentions(ce, rank.end())):
        return []  # 增持1200万股，C成为B第一大股东: another holder ranks, not the buyer
    company = [m for m in ctx.group_right(rank.end(), nce, max_gap=0) if m.key not in keys][:1]
    if not company or _HOLDER_RANK.match(ctx.text, company[0].end) is None:
        return []
    return v._deal(ctx, frame, t, buyers, company)


# 其中，B受让120万股；C受让60万股 / 获配机构中，B受让…: the buyers of a transfer just told, each with its part
_TAKERS_OPEN = re.compile(r"\s*(?:其中|[^，,。；;：:“”]{1,14}?中)\s*[，,：:]")
_SHARES_TAKEN = re.compile(r"了?\s*(?:约|共|合计)?[\d.,]+\s*(?:万|亿)?股(?:股份)?\s*(?:[(（][^()（）]{0,30}[)）])?\s*"
                           r"(?:[，,]\s*(?:约)?占[^，,。；;]{0,20})?\s*(?=[，,。；;]|$)")


def _part_of_transfer(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord] | None:
    """孙立…转让所持公司股份300万股。获配机构中，北辰基金受让120万股，C受让60万股: each name before 受让 and a bare
    count of shares, in a sentence that opens by picking them out of the transfer just told (其中 / …中，), buys a part
    of that transfer's company (in its mood). None where the clause is not of that shape or the last deal told
    (in this paragraph or the one before) is no transfer with its seller."""
    cs, _ = ctx.clause(t.start)
    opener = _TAKERS_OPEN.match(ctx.text, ctx.sent.start)
    if opener is None or cs < opener.end() or not _SHARES_TAKEN.match(ctx.text, t.end):
        return None
    buyers = ctx.group_left(cs, t.start)
    if not buyers or ctx.text[cs:buyers[0].start].strip(" ，,；;") or ctx.text[buyers[-1].end:t.start].strip():
        return None
    # the last deal told before the sentence, with its seller, in this paragraph or the one before (how the bidding
    # went may be told in between)
    told = next((f for f in ctx.facts_back() if f.type in ("acquisition", "investment")
                 and f.evidence.start < opener.end() and not f.rule.startswith("acquisition:part_of_transfer")), None)
    if told is None or told.type != "acquisition" or not told.roles.get("target") or not told.roles.get("seller") \
            or next(s.paragraph for s in ctx.doc.sentences if s.end > told.evidence.start) < ctx.sent.paragraph - 1:
        return None
    keys = {m.key for ms in told.roles.values() for m in ms}
    buyers = [m for m in buyers if m.key not in keys]
    facts = v._deal(ctx, frame, t, buyers, told.roles["target"][:1])
    for fact in facts:
        fact.amount, fact.stake = None, None  # the transfer's price and size are the whole's, not this part's
        if told.modality == "planned":
            fact.modality = "planned"
        fact.rule = "acquisition:part_of_transfer:受让"
    return facts


def _acquire(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    c = cues()
    cs, ce = ctx.clause(t.start)
    ce = q.time_clause_end(ctx, t, ce)
    if ctx.text[t.start:t.end] in c.needs_stake and not c.stake.search(ctx.text, t.end, ce) \
            and not _stake_marked_before(ctx, cs, t) and not _SHARES_THEN_BY.search(ctx.text, cs, t.start):
        return []
    if ctx.text.startswith("的", t.start):  # 的收购 that nominal() did not read (…的收购成本): a noun, not a deal
        return []

    got = _got_bought(ctx, cs, t) if frame.type == "investment" else None
    if got is not None:  # A、B年内获C大举增持: A and B are bought, by C
        return v._deal(ctx, frame, t, got[0], got[1], unnamed_agent=True)
    ranked, own = deal_objects.ranked_stocks(ctx, cs, t) if frame.type == "investment" else ([], False)
    if ranked:  # 增持最多的是A / 其次是A和B，分别增持…: the stocks the ranking names are bought
        buyers = ctx.group_left(cs, t.start) or (ctx.carried_subject(t.start) if own else [])
        return v._deal(ctx, frame, t, [m for m in buyers if m not in ranked], ranked, unnamed_agent=True)
    agents, patients = v._split_left(ctx, cs, t)
    procures = _PROCURES.search(ctx.text, agents[-1].end, t.start) if agents else None
    if procures is not None:  # 配售代理同意促使承配人认购…: the agent finds the buyers, it buys nothing
        agents = []
    by = _by_buyer(ctx, cs, t) if frame.type == "acquisition" and not patients else None
    if by is not None:  # A所持B 8%的股份将由C受让: C buys; what stands before 由 is what is sold
        agents, patients = by
    bare = _BARE_PASSIVE.search(ctx.text, max(cs, t.start - 3), t.start)
    if bare is not None:  # B被收购(之后): B is bought, by a buyer left unnamed
        if ctx.text[t.start:t.end] in c.needs_stake:
            return []  # 被购买方: the party, a noun
        after = ctx.group_right(t.end + 1, ce, max_gap=0) if ctx.text.startswith("的", t.end) else []
        before = ctx.group_left(cs, bare.start())
        while before and ctx.text[before[0].start - 1:before[0].start] == "被":  # A被B收购后又被收购: A
            before = ctx.group_left(cs, before[0].start - 1)
        bought = [m for m in (after or before or ctx.carried_subject(bare.start()))
                  if m.source != "context"]  # A、B分别被增持: each
        return v._deal(ctx, frame, t, [], bought, unnamed_agent=True)
    insiders = _company_of_insiders(ctx, cs, t, agents) if frame.type == "investment" and not patients \
        and not ctx.mentions(t.end, ce) else []  # A的控股股东增持了B: B is named, the insiders buy B
    if insiders:  # 蓝海电子高管抱团增持: the company's own shares, bought by insiders left unnamed
        return v._deal(ctx, frame, t, [], insiders, unnamed_agent=True)
    talks = _in_talks(ctx, cs, t) if frame.type == "acquisition" else None
    if talks is not None:  # A正与B洽谈收购其控股权: A buys B
        return v._deal(ctx, frame, t, *talks)
    holders: list[Mention] = []
    held_by: set[str] = set()
    agents = _person_agent(ctx, cs, t) or agents
    holders_buy = frame.type == "acquisition" and bool(agents) and (
        v._ITS_HOLDERS.match(ctx.text, agents[-1].end, t.start) is not None
        or agents[-1].text == "其" and _HOLDERS_OR.search(ctx.text, max(cs, agents[-1].start - 6), agents[-1].start)
        is not None and v._ITS_HOLDERS.match(ctx.text, agents[-1].end, t.start) is None
        and _ITS_PARTIES.match(ctx.text, agents[-1].end, t.start) is not None)  # B的股东或其指定关联方: 其 is B
    if holders_buy:
        agents = []  # 北辰科技的股东或其关联方拟取得C 25%股权: B's holders, unnamed, buy; B buys nothing
    mark, sellers = _sellers_before(ctx, cs, t) if frame.type == "acquisition" else (-1, [])
    passive_sellers = _holder_of_patient(ctx, cs, patients[0]) \
        if frame.type == "acquisition" and not sellers and patients and patients[0].end <= t.start else []
    held = cues().held.match(ctx.text, patients[-1].end) if frame.type == "acquisition" and patients \
        and patients[-1].end <= t.start else None
    if held is not None and _COMPANY_SHARES.match(ctx.text, held.end(), t.start):
        # A持有的公司1.2亿股股份被C收购: A sells shares of the company written about, A is not bought
        passive_sellers, patients = patients, _issuer(ctx, agents + patients)
    if not sellers and agents and agents[0].start > cs and c.seller.fullmatch(ctx.text, agents[0].start - 1, agents[0].start):
        mark, sellers = agents[0].start - 1, agents  # 向A(共33名交易对方)以…方式购买B: A sells, far from the verb
    if not sellers and frame.type == "acquisition" and agents and agents[0].start > cs:
        mark, sellers = _far_sellers(ctx, cs, agents[-1])  # 向A及其子公司B发行股份购买C: A, B sell
    if sellers:
        first = _first_buy_mark(ctx, cs, mark) if mark >= 0 else mark
        agents = ctx.group_left(cs, first) or ctx.carried_subject(first)
    stated = bool(patients)  # 将B收购: a patient marked as such is stated even without a buyer
    dui, bought = _dui_object(ctx, cs, t) if frame.type == "acquisition" and not patients else (-1, [])
    if bought:  # A完成对B 80%股份收购: the deal as a noun, its target after 对, its buyer before
        patients, stated = bought, True
        agents = ctx.group_left(cs, dui) or ctx.carried_subject(dui)
    if not patients:
        holders, patients = held_target(ctx, t.end, ce)
        if not patients and frame.type == "acquisition":  # 受让公司控股股东A所持公司股份: A sells, the company
            holders = _holder_of_issuer_shares(ctx, t, ce)  # written about is bought
            parties = agents + holders + _holders_in_sentence(ctx) if holders else []
            patients = [m for m in _issuer(ctx, parties)
                        or v._company_written_about(ctx, parties, t.start)
                        if v._as_person(m).kind != "person"][:1] if holders else []
            if holders and not patients:
                return []  # 受让A所持10%股份 and no company written about: A sells what is not named, A is not bought
        held_by = {m.key for m in patients}  # the holders sell these, not the shares listed after them
        sellers += [m for m in holders if not _GLUED_HELD.search(m.text) or m.source not in ("context", "cue")]
        stated = bool(patients)
        if not patients and _holder_of_unnamed(ctx, t, ce):
            return []  # 收购A所持标的公司45%股权: A sells, and the company bought is not named here
        stripped = _STRIPPED.match(ctx.text, t.end) if not patients else None
        if stripped is not None:  # 购买剥离A 60%股份后的B 100%股权: B, what is left once A is taken out, is bought
            patients = ctx.group_right(stripped.end(), ce, max_gap=0)[:1]
            stated = bool(patients)
        if not patients:
            group = _own_objects(ctx, ctx.group_right(t.end, ce)) if not _OWN_SHARES.match(ctx.text, t.end) else []
            if group and "、" in ctx.text[t.end:group[0].start] and _NEXT_DEAL.match(ctx.text, group[0].end):
                group = []  # A入主B、C拿下D with B unread: C, past the 、, opens the next deal and is not bought
            if group and _COMPARED.search(ctx.text, t.end, group[0].start):
                group = []  # 拟收购股权比例还高于B 9个百分点: B is compared with, not bought
            patients = _described_name(ctx, named_head(ctx, group, ce), ce) if group else []
            stated = bool(group) and stated_object(ctx, t, group, patients, frame.type == "acquisition")
        if not patients:
            patients = counted_list(ctx, t)
            stated = bool(patients)
        if not patients:
            patients = issuer_shares(ctx, frame, t, agents)
            stated = bool(patients) and _OWN_SHARES.match(ctx.text, t.end) is not None
        if not patients and _own_shares_of_subject(ctx, frame, cs, t, agents):
            agents, patients, stated = [], agents, True  # 星澜电子公告，…董事及高管拟增持公司股份: 星澜电子's shares
        patients = patients + more_stakes(ctx, patients, ce) if patients and patients[-1].start >= t.end else patients
    if not patients and frame.type == "investment":
        stocks, investors = listed_stocks(ctx, cs, t)
        if stocks:
            return v._deal(ctx, frame, t, investors, stocks, unnamed_agent=True)
    if frame.type == "acquisition" and patients and patients[0].text == "其" and patients[0].start >= t.end \
            and _ITS_HOLDING.match(ctx.text, patients[0].end):
        held = _held_by(ctx, patients[0])  # 购买其持有的全部股份: 其 sells; what it holds was told before
        if not held:
            return []
        sellers, patients = sellers + patients[:1], held
    patients = [_shares_of_named(ctx, p) for p in patients]
    facts = v._deal(ctx, frame, t, agents, patients, unnamed_agent=stated or holders_buy)
    if ctx.text.startswith(("取得", "获得"), t.start):  # 通过本次增持取得B部分股权: the shares the deal just read obtains
        done = {list(f.roles.values())[1][0].key for f in ctx.facts if f.type in ("investment", "acquisition")}
        facts = [f for f in facts if list(f.roles.values())[1][0].key not in done]
    for fact in facts:
        target = list(fact.roles.values())[1]
        own = sellers if not holders or any(m.key in held_by for m in target) else [
            m for m in sellers if m not in holders]
        _add_sellers(fact, own + passive_sellers)
    return facts


# A正与B洽谈收购其控股权 / A与B就收购其股权进行磋商: B, the party A talks with, is what A would buy.
_TALKS = re.compile(r"(?:正|正在|已|曾|近期|目前)?(?:与|同|跟|和)$")
_TALKS_VERB = re.compile(r"\s*(?:[(（][^()（）]*[)）])?\s*(?:就|正|正在|已)?(?:洽谈|商谈|谈判|磋商|接洽|协商|沟通|商讨)(?:关于)?\s*$|"
                         r"\s*(?:[(（][^()（）]*[)）])?\s*就$")
_TALKS_OBJECT = re.compile(r"(?:其|对方|该公司)?(?:的)?(?:控股权|控制权|股权|股份|全部股权|多数股权|部分股权)?")


def _in_talks(ctx: Ctx, cs: int, t: Span) -> tuple[list[Mention], list[Mention]] | None:
    """A正与B(下称“B”)洽谈收购其控股权: the buyer A and the company B it talks with, whose shares (其) are bought;
    None where the clause is not worded so, or the verb names another company (A与B洽谈收购C)."""
    named = ctx.mentions(cs, t.start)
    for i, b in enumerate(named[1:], 1):
        mark = _TALKS.search(ctx.text, max(cs, b.start - 4), b.start)
        if mark is None or not _TALKS_VERB.match(ctx.text, b.end, t.start) and not _TALKS_VERB.fullmatch(
                ctx.text, b.end, t.start):
            continue
        after = _TALKS_OBJECT.match(ctx.text, t.end)
        later = [m for m in ctx.mentions(t.end, ctx.clause(t.start)[1]) if m.source != "coref"]
        if later and later[0].start <= after.end():
            return None
        buyers = ctx.group_left(cs, mark.start()) or ctx.carried_subject(mark.start())
        return (buyers, [b]) if buyers else None
    return None


_ALL_SHARES_OF = re.compile(r"(?:全部|部分|剩余|其余|所有)的?$")


def _shares_of_named(ctx: Ctx, m: Mention) -> Mention:
    """收购其尚未持有的全部极氪股份: 'all 极氪 shares' — the name read with 股份 stands for the company named 极氪
    elsewhere in the document (a name of its own, 马钢股份, keeps its 股份 where no quantity stands before it)."""
    if not m.text.endswith("股份") or len(m.text) < 4 or not _ALL_SHARES_OF.search(ctx.text, max(0, m.start - 3), m.start):
        return m
    short = m.text[:-2]
    return next((x for x in ctx.doc.mentions if x.text == short and x.source != "coref"), m)


def _own_objects(ctx: Ctx, group: list[Mention]) -> list[Mention]:
    """A收购B、C收购D: the list after the verb ends before a name that opens the next deal (C, followed by
    its own deal verb), which buys D and is not bought by A."""
    for i, m in enumerate(group[1:], 1):
        if _NEXT_DEAL.match(ctx.text, m.end):
            return group[:i]
    return group


def _described_name(ctx: Ctx, patients: list[Mention], end: int) -> list[Mention]:
    """收购全球领先的传感器芯片企业Acme Sensors / 收购了低端骨科器械研发商云杉医疗: a description ending in
    a kind of company (企业, 公司, 研发商, 龙头 …) stands before the name of what is bought; a name read
    inside the description (传感器芯片) is not the target, the name right after it is."""
    if len(patients) != 1:
        return patients
    after = [m for m in ctx.mentions(patients[0].end, end, v.ORG) if m.start >= patients[0].end][:1]
    if not after or not _DESCRIBED.fullmatch(ctx.text, patients[0].end, after[0].start):
        return patients
    return [after[0]]


# B的股东或其指定关联方将取得C 25%股权: the holders of B, or parties they name, buy; 其 stands for B in the words
_HOLDERS_OR = re.compile(r"股东(?:或|及|和|以及)$")
_ITS_PARTIES = re.compile(r"\s*(?:指定的?)?(?:关联方|关联公司|关联人|一致行动人)(?:将|拟|计划|预计|有权|可|会)?$")


# 购买其(合计)持有的全部股份 / 收购其所持10%股权: 其 holds what is bought, no company named after the holding
_ITS_HOLDING = re.compile(r"(?:合计|共同|分别|直接)?所?持有?的?(?:全部|部分|剩余)?(?:[0-9.]+\s?%的?)?(?:股份|股权|股票)")


def _held_by(ctx: Ctx, holder: Mention) -> list[Mention]:
    """The company a holding told before in the document says `holder` holds (A持有B 30%股权。…购买其持有的全部股份: B)."""
    for fact in ctx.facts_back():
        if fact.type == "shareholding" and fact.roles.get("holder") and fact.roles.get("company") \
                and fact.roles["holder"][0].key == holder.key and fact.roles["company"][0].key != holder.key:
            return fact.roles["company"][:1]
    return []


# 受让公司控股股东A所持 / 收购其股东A持有的: who holds, named right after the verb and its title
_HOLDER_TITLE_LEAD = re.compile(r"\s*(?:了)?(?:本公司|公司|上市公司|其)?的?(?:间接)?(?:控股股东|第一大股东|第二大股东|大股东|股东|"
                                r"实际控制人|实控人|一致行动人)?(?:及其一致行动人)?[、\s]*")
_ISSUER_HELD = re.compile(r"\s*(?:本公司|上市公司|公司)(?:A股|H股)?(?:[^，,；;。被由]{0,16}?)(?:股份|股权|股票|股)"
                          # 受让A、B等股东所持10.75%股份: a bare share of the company written about, no name after 所持
                          # (所持的58,399,999股公司股份: a count written out in full)
                          r"|\s*(?:全部|部分)?(?:合计)?(?:约)?[0-9][0-9,.]*\s?(?:%|万股|亿股|股)的?(?:股份|股票)?(?![^，,；;。]{0,12}?(?:的|所持|持有))")


def _holder_of_issuer_shares(ctx: Ctx, t: Span, end: int) -> list[Mention]:
    """受让公司控股股东A所持的公司股份2亿股 / 收购A、B持有的公司5%股份: the holders named after the verb (after
    their title) sell shares of the company written about (公司, no name after 所持); none where the clause is not so."""
    kinds = (*v.ORG, "person")
    found = ctx.mentions(t.end, end, kinds)
    if not found or not _HOLDER_TITLE_LEAD.fullmatch(ctx.text, t.end, found[0].start):
        return []
    group = ctx.group_right(found[0].start, end, kinds)
    glued = group[-1].source in ("context", "cue") and _GLUED_HELD.search(group[-1].text) is not None
    mark_end = group[-1].end  # 受让A、B、C合计所持上市公司股份 with C read as a name up to 所持: C's holding, no name
    if not glued:
        mark = cues().held.search(ctx.text, group[-1].end, min(end, group[-1].end + 8))  # A所持 / A先生合计持有的
        if mark is None or not cues().holder_gap.fullmatch(ctx.text[group[-1].end:mark.start()]):
            return []
        mark_end = mark.end()
    if not _ISSUER_HELD.match(ctx.text, mark_end, end) or any(m.start == mark_end for m in ctx.mentions(mark_end, end)
                                                             if m.source != "coref"):
        return []
    return group


def _holders_in_sentence(ctx: Ctx) -> list[Mention]:
    """受让A、B合计所持上市公司股份；同时，C受让D、A合计所持上市公司股份: every name the sentence gives as holding
    the shares sold (right before 所持/持有的) sells; none of them is the listed company whose shares they are."""
    found = []
    for mark in cues().held.finditer(ctx.text, ctx.sent.start, ctx.sent.end):
        group = ctx.group_left(ctx.sent.start, mark.start(), (*v.ORG, "person"))
        if group and cues().holder_gap.fullmatch(ctx.text[group[-1].end:mark.start()]):
            found += group
    for m in ctx.mentions(ctx.sent.start, ctx.sent.end):
        if m.source in ("context", "cue") and _GLUED_HELD.search(m.text):  # …、尤建明合计所持上市公司股份
            found += ctx.group_left(ctx.sent.start, m.end, (*v.ORG, "person"))
    return found


# 尤建明合计所持: a guessed name that swallowed the holding verb after it (the holder's own name, then 所持)
_GLUED_HELD = re.compile(r"..(?:合计|共同|分别)?(?:所持有|所持|持有)$")


def _holder_of_unnamed(ctx: Ctx, t: Span, end: int) -> bool:
    """收购A所持标的公司45%股权 / 购买A持有的该公司股份: the name after the verb holds what is sold."""
    group = ctx.group_right(t.end, end, max_gap=1)
    if not group:
        return False
    mark = cues().held.match(ctx.text, group[-1].end) or _BARE_HELD.match(ctx.text, group[-1].end)
    return mark is not None and _UNNAMED_COMPANY.match(ctx.text, mark.end()) is not None


def _got_bought(ctx: Ctx, cs: int, t: Span) -> tuple[list[Mention], list[Mention]] | None:
    """A获B增持 / A、B年内获北向资金大幅增持: the names before 获 receive the shares bought; the names
    between 获 and the verb buy (none named: undisclosed buyers). None where the clause is not worded so."""
    marks = list(_GOT.finditer(ctx.text, cs, t.start))
    if not marks:
        return None
    mark = marks[-1]
    buyers = ctx.mentions(mark.end(), t.start)
    if buyers and not _BUYER_GAP.fullmatch(ctx.text, buyers[-1].end, t.start) or \
            not buyers and not _BUYER_GAP.fullmatch(ctx.text, mark.end(), t.start):
        return None
    bought = ctx.group_left(cs, mark.start())
    if not bought or not _TIME_GAP.fullmatch(ctx.text, bought[-1].end, mark.start()):
        return None
    return buyers, bought


def counted_list(ctx: Ctx, t: Span) -> list[Mention]:
    """新进了3只个股，分别为A、B、C / 收购两家公司，包括A和B / 收购两家欧洲的电池企业：A和B: the companies listed
    after the count are bought."""
    m = _COUNTED.match(ctx.text, t.end)
    if m is None:
        return []
    return ctx.group_right(m.end(), clause_end(ctx.text, m.end(), ctx.sent.end), max_gap=1)


def _dui_object(ctx: Ctx, cs: int, t: Span) -> tuple[int, list[Mention]]:
    """A完成对B 80%股份收购 / 对B进行收购: where 对, a name and at most its shares run up to the verb and
    nothing follows it in the clause, the name is the target; returns where 对 stands and the name."""
    dui = ctx.text.rfind("对", cs, t.start)
    if dui < 0 or ctx.mentions(t.end, ctx.clause(t.start)[1]) or not _DUI_END.match(ctx.text, t.end):
        return -1, []  # 市场对北辰科技收购一事表示关注: 对 means 'about', B is the buyer
    named = ctx.group_right(dui + 1, t.start, max_gap=0)[:1]
    if not named or _DUI_GAP.fullmatch(ctx.text, named[0].end, t.start) is None:
        return -1, []
    return dui, named


def stated_object(ctx: Ctx, t: Span, group: list[Mention], patients: list[Mention], bought: bool = False) -> bool:
    """Whether the names after the verb are its object plainly enough to stand without a named buyer:
    right after the verb (收购了澜舟网络, not 收购的个股仅有…), and either found as names on their own or
    followed by the shares bought (拟收购云杉材料60%股权). A guess from the verb alone (收购消息公布之后)
    does not state a deal. A company bought may stand after its description (`bought`: _KIND_DESCRIBED)."""
    last = patients[-1] if patients else group[-1]
    if _OBJECT_GAP.fullmatch(ctx.text, t.end, group[0].start) is None:
        described = _KIND_DESCRIBED.fullmatch(ctx.text, t.end, group[0].start) if bought and len(group) == 1 else None
        return described is not None and (group[0].source not in _GUESSED or "(" in described.group() or "（" in described.group()) \
            and (_OBJECT_END.match(ctx.text, last.end) or _SHARES_AFTER.match(ctx.text, last.end)) is not None
    cued = [m for m in group + patients if m.source in _GUESSED]  # read from the words around the verb
    if any(len(m.text) == 3 and wordlist.is_common_word(m.text[1:]) or _NOT_A_NAME.search(m.text) for m in cued):
        return False  # 收购前公司持有…, 增持股份达到…: one character and a noun, shares or a copula, not a company
    if _SHARES_AFTER.match(ctx.text, last.end) is not None:
        return True
    if any(m.source == "context" for m in group + patients):
        return False
    if any(wordlist.is_common_word(m.text[:2]) for m in cued):
        return False  # 收购成本过高, 收购定价基本一致: a noun compound of the verb, not a company
    return not cued or len(group) > 1 or _OBJECT_END.match(ctx.text, last.end) is not None  # the object ends


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
    """收购东南亚物流比价平台ShipNow的15%股权: the name right before the shares is what is bought;
    the words before it, even one read as a name, describe it."""
    founded = _FOUNDED_BY.match(ctx.text, group[-1].end)
    head = ctx.group_right(founded.end(), end, max_gap=0)[:1] if founded else []
    if head:  # 收购A与B合资成立的C 50%股份: C, founded by A and B, is what is bought
        return head
    listed = _LISTED_ON.match(ctx.text, group[0].end) if len(group) == 1 else None
    if listed is not None:  # 收购在深交所上市的B 9000万股: B, listed on that market, is bought; the market is not
        return ctx.group_right(listed.end(), end, max_gap=0)[:1]
    related = _RELATED_PARTY.match(ctx.text, group[0].end) if len(group) == 1 else None
    if related is not None:  # 收购A的控股股东B 100%股权: B, a party related to A, is what is bought
        head = ctx.group_right(related.end(), end, max_gap=0)[:1]
        return head or group
    apposed = _HOLDER_APPOSED.match(ctx.text, group[0].end) if len(group) == 1 else None
    if apposed is not None:  # 收购A控股股东B 51%股权: B's own shares (收购A控股股东B所持…: B sells A's, read elsewhere)
        head = ctx.group_right(apposed.end(), end, max_gap=0)[:1]
        if head and _SHARES_AFTER.match(ctx.text, head[0].end):
            return head
    stake = cues().stake.search(ctx.text, group[0].end, end) if len(group) == 1 else None
    if len(group) == 1 and stake is None:  # 收购A的B，…: B, owned by A, is what is bought
        head = ctx.group_right(group[0].end + 1, end, max_gap=0) if ctx.text.startswith("的", group[0].end) else []
        return head[:1] if head and _OBJECT_END.match(ctx.text, head[0].end) else group
    later = ctx.mentions(group[0].end, stake.start(), v.ORG) if stake else []
    if not later or re.search(r"[，,；;、和与及]", ctx.text[group[0].end:later[-1].start]):
        return group
    return [later[-1]] if _SHARE_GAP.fullmatch(ctx.text, later[-1].end, stake.start()) else group


def more_stakes(ctx: Ctx, patients: list[Mention], end: int) -> list[Mention]:
    """收购A 40%的股权、B 49%的股权 / A 100%股权及B 70%股权: each company whose shares are listed is bought."""
    out: list[Mention] = []
    last = patients[-1]
    while True:
        aside = _ALIAS_ASIDE.match(ctx.text, last.end)  # A(以下简称“A'”)40%的股权和B(以下简称“B'”)49%的股权
        after = aside.end() if aside is not None else last.end
        found = ctx.mentions(after, end, v.ORG)
        nxt = next((m for m in found if m.start >= after), None)
        held = _STAKE_THEN_HELD.match(ctx.text, after, end)  # A 40%的股权、以及B持有的C 49%的股权
        if held is not None:
            nxt = next((m for m in found if held.end() <= m.start <= held.end() + 1), None)
            if nxt is None or not _SHARE_AFTER.match(ctx.text, nxt.end):
                return out
        elif nxt is None or not _STAKE_THEN_NEXT.fullmatch(ctx.text, after, nxt.start):
            return out
        out.append(nxt)
        last = nxt


def issuer_shares(ctx: Ctx, frame: Frame, t: Span, agents: list[Mention]) -> list[Mention]:
    """A股东增持20万股 / 增持公司股份 in a sentence about company X: the shares are X's (the topic)."""
    _, ce = ctx.clause(t.start)
    if frame.type != "investment" or not (_UNNAMED_SHARES.match(ctx.text, t.end, ce) or ctx.text[t.start:t.end] == "增持"
                                          and (_CLAUSE_ENDS.match(ctx.text, t.end)  # 将通过集中竞价增持，金额…: the company written about
                                               or _holders_buy_theirs(ctx, t, agents))):
        return []
    keys = {m.key for m in agents}
    first = ctx.mentions(ctx.sent.start, agents[0].start if agents else t.start, v.ORG)[:1]  # X公告, 公司股东A增持
    owners = {f.roles["owner"][0].key for f in ctx.facts if f.type == "ownership" and f.roles.get("owner")
              and any(u.key in keys for u in f.roles.get("unit", ()))}  # A旗下的B增持1亿股: B buys, A is no issuer
    return [m for m in (ctx.topic, ctx.prev_topic, *first) if m is not None and m.key not in keys | owners
            and not _buys_alike(ctx, m, t)][:1]


def _holders_buy_theirs(ctx: Ctx, t: Span, agents: list[Mention]) -> bool:
    """X…，持股5%以上的股东A、B通过集中竞价方式增持。: holders titled as such buy, the verb closing the sentence;
    the shares are those of the company they hold (written about)."""
    if not agents or not _SENTENCE_ENDS.match(ctx.text, t.end):
        return False
    cs, _ = ctx.clause(t.start)
    return _HOLDER_TITLE_BEFORE.search(ctx.text, max(cs, agents[0].start - 12), agents[0].start) is not None


_SENTENCE_ENDS = re.compile(r"\s*(?:了)?\s*(?:[。；;！!]|$)")
_HOLDER_TITLE_BEFORE = re.compile(r"(?:控股股东|大股东|股东|一致行动人)[、\s]*$")
# 将通过集中竞价增持，金额不低于… / …增持，拟增持金额…: the verb closes its clause, the next one gives the plan's size
_CLAUSE_ENDS = re.compile(r"\s*[，,]\s*(?:拟|计划)?(?:增持)?(?:金额|规模|数量|股份数量|比例)")
# Words between a buyer and its verb: A已认购…, A此前也增持了…
_ALIKE_GAP = re.compile(r"[^，,；;。、]{0,6}")


def _buys_alike(ctx: Ctx, m: Mention, t: Span) -> bool:
    """A已认购1200万股发售股份；B已认购800万股发售股份: A buys the same way in a clause of its own (the same verb
    right after it), so the unnamed shares B buys are not A's (a fellow buyer is no issuer)."""
    if m.end > t.start or ctx.clause(m.start) == ctx.clause(t.start):
        return False
    gap = _ALIKE_GAP.match(ctx.text, m.end)
    return ctx.text[t.start:t.end] in ctx.text[m.end:gap.end()]


# 蓝海电子高管抱团增持 / 蓝海电子控股股东拟增持2%股份 / 蓝海电子、星辰科技等均有三名董事先后增持: a company,
# then (after 等/也都有/两位以上) the insiders it has, who buy; the company names whose shares they buy.
_INSIDERS_AFTER = re.compile(r"(?:等)?(?:也|均|都|还)*(?:有)?(?:[\d两一二三四五六七八九十多]+(?:位|名|个)(?:以上)?)?的?(?:部分)?"
                             r"(?:董事长|董事|监事|高级管理人员|高管|董监高|管理层|实际控制人|实控人|控股股东|大股东)"
                             r"[^，,；;。]{0,10}$")


def _company_of_insiders(ctx: Ctx, cs: int, t: Span, agents: list[Mention]) -> list[Mention]:
    """蓝海电子高管抱团增持 (no shares named after the verb): the names before the insiders are the companies
    whose shares the insiders buy, the buyers left unnamed. Empty where another name stands between the
    insiders and the verb (蓝海电子控股股东蓝海集团增持: 蓝海集团 buys) or the clause reads otherwise."""
    if not agents or agents[-1].end > t.start or ctx.mentions(agents[-1].end, t.start, (*v.ORG, "person")):
        return []
    if not _INSIDERS_AFTER.fullmatch(ctx.text, agents[-1].end, t.start):
        return []
    return [m for m in agents if m.kind in ("organization", "candidate")]  # not a person: 王某高管…


def _own_shares_of_subject(ctx: Ctx, frame: Frame, cs: int, t: Span, agents: list[Mention]) -> bool:
    """星澜电子公告，部分董事、高级管理人员拟以自有资金增持公司股份: where the only buyer found is the
    company the sentence is about, carried from an earlier clause, and what is bought is 公司股份, the
    company's own shares are bought, by holders left unnamed (a company does not 增持 itself)."""
    return (frame.type == "investment" and len(agents) == 1 and agents[0].start < cs and ctx.topic is not None
            and agents[0].key == ctx.topic.key and _OWN_SHARES.match(ctx.text, t.end) is not None
            and _HOLDERS_NAMED.search(ctx.text, ctx.sent.start, t.start) is not None)


# 部分董事、高级管理人员拟…增持公司股份, 控股股东计划增持…: the sentence names the holders who buy (without them,
# 澜力集团表示，将继续增持公司股份: the speaker itself buys; a company does not 增持 itself)
_HOLDERS_NAMED = re.compile(r"董事|监事|高级管理人员|高管|董监高|管理层|员工|实际控制人|实控人|一致行动人|股东|合伙人")


def _sellers_before(ctx: Ctx, cs: int, t: Span) -> tuple[int, list[Mention]]:
    """Where the last 向/从 of the clause stands, and the names after it when they run up to the trigger."""
    marks = list(cues().seller.finditer(ctx.text, cs, t.start))
    if not marks:
        return -1, []
    found = ctx.group_left(marks[-1].end(), t.start, (*v.ORG, "person"))  # (向自然人陈远购买: a person sells too)
    if not found or t.start - found[-1].end > 12:
        return -1, []
    if found[0].start - marks[-1].end() > 8 and not _HANDS.match(ctx.text, found[-1].end):
        return -1, []  # 从德国施密特家族掌控的投资机构A手中收购: A sells, however long its description
    return marks[-1].start(), found


# 向云帆金控及其全资子公司B发行股份购买C: a party the names did not catch, then its unit: both sell.
_UNNAMED_THEN_UNIT = re.compile(r"(?:控股股东|股东|关联方)?[\u4e00-\u9fffA-Za-z0-9]{2,12}?(?:及其|及|以及)(?:全资|控股)?"
                                r"(?:子公司|孙公司|附属公司|关联方|一致行动人)")


def _far_sellers(ctx: Ctx, cs: int, agent: Mention) -> tuple[int, list[Mention]]:
    """A 向/从 opening names that run up to the name nearest before the verb (向A及其子公司B…购买): they sell."""
    marks = list(cues().seller.finditer(ctx.text, cs, agent.start))
    if not marks:
        return -1, []
    named = ctx.mentions(marks[-1].end(), agent.end)
    if not named or named[-1].key != agent.key or named[0].start - marks[-1].end() > 2 and \
            not _UNNAMED_THEN_UNIT.fullmatch(ctx.text, marks[-1].end(), named[0].start):
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
                  if c.holder_gap.match(_LISTED_TAIL.sub("", _FORM_ASIDE.sub("", ctx.text[m.end:mark.start()], count=1),
                                                         count=1))]  # A(有限合伙)、B(有限合伙)等9名对方共同持有的
        targets = ctx.group_right(mark.end(), end)
        if not targets and sells and owners and _HELD_SHARES.match(ctx.text, mark.end()):
            firm = _firm_of_holder(ctx, start, _owners_listed(ctx, start, owners[-1])[0])
            if firm:  # 收购B另一大股东C持有的29%股权: C sells shares of B
                return _owners_listed(ctx, start, owners[-1]), firm
        if targets and (owners or sells and ctx.mentions(start, mark.start(), (*v.ORG, "person"))
                        and _HELD_SHARES.match(ctx.text, targets[-1].end)):
            return (_owners_listed(ctx, start, owners[-1]) if sells and owners else []), targets  # A、B及22名自然人所持C 42%股权: C is bought
    owners = _bare_holders(ctx, start, end)
    if owners:  # 收购A持有B 28%股权 (持有 without 的): A sells, B is bought
        targets = ctx.group_right(_BARE_HELD.match(ctx.text, owners[-1].end).end(), end, max_gap=0)
        if targets and _HELD_SHARES.match(ctx.text, targets[-1].end):
            return _owners_listed(ctx, start, owners[-1]), targets[-1:]
    return [], []


# 收购B(的)另一大股东—C持有的29%股权 / 受让B控股股东C所持的12%股份: C, named as a holder of B, sells B's shares
_HOLDER_OF_FIRM = re.compile(r"\s*的?(?:另一|另一名|另外一名|其他|第[一二三四五六七八九十]|控股|主要|原|现)?大?股东(?:之一)?"
                             r"\s*(?:[—–－]+|-+|：|:)?\s*")


def _firm_of_holder(ctx: Ctx, start: int, first: Mention) -> list[Mention]:
    """The company named right after the verb whose holder (股东, 控股股东, 另一大股东) the first seller is: its
    shares are what the holders sell; none where no such company opens the object."""
    firm = ctx.mentions(start, first.start)
    if len(firm) != 1 or firm[0].start - start > 1 or v._as_person(firm[0]).kind == "person" \
            or not _HOLDER_OF_FIRM.fullmatch(ctx.text, firm[0].end, first.start):
        return []
    return firm


# 收购A持有B 28%股权 / 购买A合计持有标的公司45%股权: the holder right after the verb, then 持有 with no 的
_BARE_HELD = re.compile(r"(?:先生|女士)?(?:合计|共同|分别|共)?持有(?![的有])")


def _bare_holders(ctx: Ctx, start: int, end: int) -> list[Mention]:
    """The names right after the verb (a list of them) when 持有 with no 的 follows the last: they hold what is
    sold; none otherwise (收购A后持有B: A is bought, then B is held)."""
    group = ctx.group_right(start, end, (*v.ORG, "person"), max_gap=1)
    if not group or _BARE_HELD.match(ctx.text, group[-1].end) is None:
        return []
    return group


# 公司1.2亿股股份, 本公司5%股权: shares of the company written about, after its holder
_COMPANY_SHARES = re.compile(r"(?:本公司|该公司|上市公司|公司)(?:A股|H股)?[^，,；;。被由]{0,16}?(?:股份|股权|股票|股)")


# 由C受让 / 将由C以3亿元收购: 由 and the buyer right before the verb
_YOU_MARK = re.compile(r"由$")
# 由A于2021年以约30亿元收购: the buyer's date may stand before its price
_DATED_BY_GAP = re.compile(r"\s*(?:(?:于|在)[^，,；;。以]{2,12}?)?(?:以[^，,；;。]{0,16}?)?(?:全部|共同|一并|全资)?")


def _by_buyer(ctx: Ctx, cs: int, t: Span) -> tuple[list[Mention], list[Mention]] | None:
    """青禾集团所持星辰股份8%的股份由远川投资受让: the names after 由, right before the verb, buy; the shares
    named before 由 (their company, the name nearest before 由) are what is bought. None where the clause is
    not so."""
    buyers = ctx.group_left(cs, t.start)
    if not _SHARES_THEN_BY.search(ctx.text, cs, t.start):  # a person may buy a whole company (B由周宁收购)
        buyers = ctx.group_left(cs, t.start, (*v.ORG, "person"))
    if not buyers or not _YOU_MARK.search(ctx.text, cs, buyers[0].start) \
            or not _DATED_BY_GAP.fullmatch(ctx.text, buyers[-1].end, t.start):
        return None
    mark = buyers[0].start - 1
    if not _SHARES_THEN_BY.search(ctx.text, cs, t.start):
        return _company_by_buyer(ctx, cs, t, buyers, mark)
    sold = ctx.group_left(cs, mark)
    return (buyers, sold[-1:]) if sold else None


# B由A于2021年以约30亿元收购 / B已由A收购: between the company and 由 only adverbs, between the buyer and the verb only
# its date and its price
_COMPANY_THEN_BY = re.compile(r"\s*(?:已经|已|早已|最终|后来|随后|则|也|曾)*$")
_BOUGHT_WHOLE = ("收购", "收购了", "并购", "并购了", "买下", "买下了", "全资收购", "全资收购了")


def _company_by_buyer(ctx: Ctx, cs: int, t: Span, buyers: list[Mention],
                      mark: int) -> tuple[list[Mention], list[Mention]] | None:
    """澄川社区由北辰集团于2021年以约30亿元收购: the 由-passive of a whole company (as 被): the name right before 由
    (the clause's subject) is bought, the one after it buys. None where a company follows the verb (由A收购B: the
    object named after it), where no company stands right before 由 (此次交易由A主导), or for a verb asking for shares
    (由A获得: read elsewhere)."""
    if ctx.text[t.start:t.end] not in _BOUGHT_WHOLE or ctx.mentions(t.end, ctx.clause(t.start)[1]) \
            or not _DATED_BY_GAP.fullmatch(ctx.text, buyers[-1].end, t.start):
        return None
    sold = ctx.group_left(cs, mark)
    if not sold or not _COMPANY_THEN_BY.fullmatch(ctx.text, sold[-1].end, mark) \
            or sold[-1].key in {m.key for m in buyers}:
        return None
    return buyers, sold[-1:]


def _holder_of_patient(ctx: Ctx, cs: int, patient: Mention) -> list[Mention]:
    """青禾集团所持星辰股份8%的股份被远川投资收购: the holders named right before 所持/持有的 and the company whose
    shares are bought (the patient standing before the verb) sell them."""
    before = ctx.mentions(cs, patient.start, (*v.ORG, "person"))
    if not before or not cues().held.fullmatch(ctx.text, before[-1].end, patient.start):
        return []
    return _owners_listed(ctx, cs, before[-1])


def _owners_listed(ctx: Ctx, start: int, last: Mention) -> list[Mention]:
    """收购周立、陈澜和北岳资本合计持有的B / 收购B实控人周立、股东陈澜所持有的B: every holder of the list that ends
    at the one right before 持有的 sells (a list of names joined by 、/和/及, after the verb, a title before each)."""
    listed = [m for m in ctx.group_left(start, last.end, (*v.ORG, "person")) if m.start >= start] or [last]
    titled = _seller_list(ctx, last, start, last.end)  # 收购实际控制人A、股东B所持有的C: a title before each
    return titled if len(titled) > len(listed) else listed


def _person_seller(m: Mention) -> Mention:
    """购买陈澜持有的B: a seller found by context only and shaped as a person's name is a person; not a name with
    股 in it (陆股通, the market channel, is no person)."""
    return m if "股" in m.text else v._as_person(m)


_ROLE_WORDS = frozenset({"转让方", "受让方", "出让方", "收购方", "买方", "卖方", "甲方", "乙方", "丙方"})


def _add_sellers(fact: FactRecord, sellers: list[Mention]) -> None:
    if fact.type != "acquisition":
        return
    taken = {m.key for ms in fact.roles.values() for m in ms}
    # (邬澄（下称“邬澄”或“转让方”）: the role word of the short name left unresolved is no second seller)
    found = v._distinct([_person_seller(m) for m in sellers if m.key not in taken and m.canonical not in _ROLE_WORDS])
    if found:
        fact.roles["seller"] = found


def sell(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """将B出售给C, B转让给C: an acquisition by C of B, from the subject of the clause; the part of B sold, where no
    stake stands before the verb, may follow it (…转给C，占公司总股本的6%)."""
    facts = _sell(ctx, frame, t)
    for fact in facts:
        if fact.type == "acquisition" and fact.stake is None:
            fact.stake = _stake_after_verb(ctx, t)
    return facts


def _sell(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    if not ctx.text.endswith(("给", "予"), t.start, t.end):
        return sell_to(ctx, frame, t) or _sold_then_given(ctx, frame, t)  # A向B出售C: the buyer stands after 向
    cs, ce = ctx.clause(t.start)
    if cs > ctx.sent.start and _MEANS_ONLY.fullmatch(ctx.text, cs, t.start):
        cs = ctx.clause(cs - 1)[0]  # A拟将其持有的公司3200万股，协议转让给C: the sale goes on past the comma
    elif cs > ctx.sent.start and _OPENS_WITH_BA.match(ctx.text, cs) \
            and _PRICE_CLAUSE_END.search(ctx.text, ctx.clause(cs - 1)[0], cs - 1):
        cs = ctx.clause(cs - 1)[0]  # A、B拟以每股18元的价格，把合计820万股转让给C: the sellers before the price
    unit = _UNIT_LEAD.match(ctx.text, t.end) or _NATURAL_PERSON.match(ctx.text, t.end)  # 转让给旗下的C / 转让给自然人C
    buyers = ctx.group_right(unit.end() if unit else t.end, ce, (*v.ORG, "person"), max_gap=1)  # (转让给李敏女士: a person buys too)
    unnamed = not buyers and _UNNAMED_BUYER.match(ctx.text, t.end) is not None
    if not buyers and not unnamed:
        return []
    sellers, targets = v._split_left(ctx, cs, t)
    named = [m for m in ctx.mentions(cs, t.start) if not _share_count_guess(m)]  # (1200万股本公司股份: no name)
    if named and _BA_BARE_STAKE.fullmatch(ctx.text, named[-1].end, t.start):
        # A和B(按相同价格)把6%的股份转让给C: A and B sell; the company is the one of the transfer told just before
        sellers = [m for m in ctx.group_left(cs, named[-1].end, (*v.ORG, "person")) if m.start >= cs]
        targets = _company_of_titled(ctx, sellers, buyers) if sellers else []
        facts = v._deal(ctx, frame, t, buyers, targets) if targets else []
        part = ctx.values("percent", named[-1].end, t.start)[:1]
        for fact in facts:
            _add_sellers(fact, sellers)
            fact.stake = part[0] if part else None  # the percentage before the verb, not one of the transfer before
        return facts
    targets = [m for m in targets if not _share_count_guess(m)]
    own = _OWN_BUSINESS.search(ctx.text, cs, t.start) if named and not targets else None
    if own is not None and named[-1].end <= own.start():  # A将其芯片设计业务出售给B: B buys a business of A's
        facts = v._deal(ctx, frame, t, buyers, named[-1:])
        for fact in facts:
            _add_sellers(fact, named[-1:])
            fact.qualifiers["asset"] = own.group("asset")
        return facts
    opening = _COUNTED_PARTIES.match(ctx.text, cs, t.start) if not named else None  # 两家股东拟将所持…转让给C
    # 徐澄先生拟将其持有的公司500万股转让给C: a person (the honorific after the name) opening the clause holds and sells
    person = ctx.mentions(cs, t.start, ("person",))[-1:] if not named and not targets and not opening else []
    held_from = named[-1].end if named else opening.end() if opening else person[0].end if person else cs
    holds = (_SELLER_HOLDS.match(ctx.text, held_from, t.start) or _SELLER_ISSUER_SHARES.match(ctx.text, held_from, t.start)) \
        if not targets else None
    if holds is not None:  # A将所持部分股份转让给C: A sells shares of the company it was said to hold, or the one written about
        # (…A与C签署《股份转让协议》，拟将其持有的公司股份转让给C: A, who signed, opening the clause before)
        counted = _counted_parties(ctx, cs, t.start) if opening else None
        sellers = named[-1:] or person or (_opener_signing(ctx, cs) if cs > ctx.sent.start else []) \
            or (counted if counted is not None else ctx.carried_subject(cs))
        targets = (not holds.group("issuer") and sellers and _held_before(ctx, sellers[-1])) \
            or v._company_written_about(ctx, sellers + buyers, t.start)
        facts = v._deal(ctx, frame, t, buyers, targets)
        for fact in facts:
            _add_sellers(fact, sellers)
        return facts
    titled = _titled_holders(ctx, cs, t) if not targets and _stake_before(ctx, cs, t) else None
    if titled is not None:  # 青禾电器控股股东澄川资本拟将合计500万股（占总股本5%）转让给C: the holders sell the company's shares
        targets, sellers = titled
    elif not targets and _stake_before(ctx, cs, t):
        targets = sellers[-1:]
        sellers = [m for m in ctx.group_left(cs, targets[0].start) if m.key != targets[0].key] \
            or _holder_person(ctx, cs, targets[0]) or ctx.carried_subject(cs) if targets else []  # (其, the company: no seller)
    held = _OWN_HOLDING.match(ctx.text, targets[0].end) if len(targets) == 1 else None
    if held is not None:  # A将其持有的B股份出售给C: B is sold; A将其持有股份出售给C: A sells, A is not sold
        named = [m for m in ctx.mentions(held.end(), t.start) if m.start == held.end() and not _share_count_guess(m)]
        subject = [m for m in sellers if m.end <= targets[0].start] if targets[0].text == "其" else []
        if targets[0].text == "其":  # 孙立先生拟将其持有的B…转让给C: the person opening the clause (after the company
            person = [m for m in ctx.mentions(cs, targets[0].start, ("person",))[-1:]  # whose holder he is: B控股股东孙立)
                      if _PERSON_BEFORE_BA.fullmatch(ctx.text, m.end, targets[0].start)]
            if person and (not subject or subject[-1].end <= person[0].start):
                subject = person
        if targets[0].text == "其" and not subject and cs > ctx.sent.start:  # 控股股东张立文…签署了协议，拟将其…: 张立文
            subject = ctx.mentions(ctx.clause(cs - 1)[0], cs, ("person",))[:1] or _opener_signing(ctx, cs)
        issuer = v._company_written_about(ctx, subject + buyers, t.start) \
            if not named and v._THE_COMPANY.match(ctx.text, held.end()) else []
        # 控股股东王澜拟将其持有的公司29.9%股份转让给C: 王澜 (before 将其) sells shares of the company written about
        sellers, targets = subject or targets, named or issuer or _held_before(ctx, targets[0]) \
            or _part_of_company_written_about(ctx, held.end(), subject or targets, buyers, t)
    if unnamed and not (targets and cues().stake.search(ctx.text, targets[-1].end, t.start)):
        return []  # only shares of a named company sold to an unnamed buyer make a deal
    facts = v._deal(ctx, frame, t, buyers, targets, unnamed_agent=unnamed)
    for fact in facts:
        _add_sellers(fact, sellers)
    return _not_told_before(ctx, facts)


# …、一致行动人C / 及其一致行动人C: more holders after the first, each with its own title
_MORE_HOLDERS = re.compile(r"\s*(?:、|和|及|以及|与)?\s*(?:其)?(?:一致行动人|股东|控股股东|实际控制人|实控人)?\s*")


def _titled_holders(ctx: Ctx, cs: int, t: Span) -> tuple[list[Mention], list[Mention]] | None:
    """青禾电器(的)控股股东澄川资本 / 青禾电器的实控人周宁、林岚及一致行动人周海 (拟将合计N股…转让给C): the company
    opening the clause, a holder's title, then the holders (organisations or people) who sell its shares. None where
    the clause does not open so."""
    named = ctx.mentions(cs, t.start, (*v.ORG, "person"))
    if len(named) < 2 or named[0].kind == "person" or not _TITLE_OF_HOLDER.fullmatch(ctx.text, named[0].end, named[1].start):
        return None
    holders, end = [named[1]], named[1].end
    for m in named[2:]:
        if not _MORE_HOLDERS.fullmatch(ctx.text, end, m.start):
            break
        holders.append(m)
        end = m.end
    if any(h.key == named[0].key for h in holders) or not re.search(r"[将把]", ctx.text[end:t.start]) \
            or ctx.mentions(end, t.start, (*v.ORG, "person")):
        return None  # (the holders, then 将/把 and the shares of no company named: no other party between)
    return named[:1], holders


def _holder_person(ctx: Ctx, cs: int, target: Mention) -> list[Mention]:
    """孙立先生拟将其持有的B 1720万股…转让给C: the person opening the clause, who holds the shares of B, sells them."""
    found = ctx.mentions(cs, target.start, ("person",))[:1]
    holds = _HOLDS_BETWEEN.match(ctx.text, found[0].end) if found else None
    held = ctx.mentions(holds.end(), target.end) if holds is not None else []
    return found if held and held[0].start == holds.end() and held[0].key == target.key else []


_HOLDS_BETWEEN = re.compile(r"(?:先生|女士)?\s*(?:拟|将|计划|已|决定|同意)?\s*[将把]?其?(?:合计|直接)?(?:所持有|持有|所持)的?")
_PERSON_BEFORE_BA = re.compile(r"(?:先生|女士)?\s*(?:拟|将|计划|已|决定|同意)?\s*[将把]")
_SHARE_COUNT_OPENS = re.compile(r"[\d.,]+\s*(?:万|亿)?股")


def _share_count_guess(m: Mention) -> bool:
    """1200万股本公司股份: a count of shares the name guesser took for a name."""
    return m.kind == "candidate" and _SHARE_COUNT_OPENS.match(m.text) is not None


def _not_told_before(ctx: Ctx, facts: list[FactRecord]) -> list[FactRecord]:
    """A与B签署收购C的协议；…同意B将其所持18%股权转让给A: the sale is the deal the sentence already read (same
    buyer, same company); what it adds (the seller, the stake) joins that deal, and no second deal is made."""
    kept = []
    for fact in facts:
        same = next((f for f in ctx.facts if f.type == "acquisition" and f.roles.get("acquirer")
                     and _keys(f, "acquirer") == _keys(fact, "acquirer") and _keys(f, "target") == _keys(fact, "target")),
                    None)
        if same is None:
            kept.append(fact)
            continue
        if fact.roles.get("seller") and not same.roles.get("seller"):
            same.roles["seller"] = fact.roles["seller"]
        same.stake = same.stake or fact.stake
    return kept


def _keys(fact: FactRecord, role: str) -> set[str]:
    return {m.key for m in fact.roles.get(role, ())}


# A、B拟以每股18元的价格，把…转让给C: a clause ending with the price or the means, the sale's own clause opening with 把/将
_PRICE_CLAUSE_END = re.compile(r"(?:以|按|按照|通过)[^，,；;。]{1,30}?(?:价格|对价|价款|方式)\s*$")
_OPENS_WITH_BA = re.compile(r"\s*(?:拟|并|再)?\s*[把将](?!来|近|于|在|会|要|是|成为)")
# a clause holding only the manner of a sale before its verb (，协议转让给C / ，拟以大宗交易方式转让给C)
_MEANS_ONLY = re.compile(r"\s*(?:并|拟|将|计划)?\s*(?:以|通过)?(?:非公开)?(?:协议|大宗交易|协议转让)?(?:的)?(?:方式)?\s*")
_UNIT_LEAD = re.compile(r"了?(?:其|公司)?(?:旗下的|旗下|下属的|下属|全资子公司|控股子公司|子公司)")
# 将其芯片设计业务出售给B / 把旗下的物流资产转让予B: a business of the seller's own, not a company
_OWN_BUSINESS = re.compile(r"[将把]其?(?:旗下|下属)?的?(?P<asset>[^，,；;。、“”\d%]{1,10}?(?:业务|资产|板块|事业部|产品线|生产线|工厂|品牌|门店))"
                           r"(?:全部|部分)?\s*$")
# 将所持优必选2.1%的股份转让给了一家香港投资机构: a buyer described, not named
_UNNAMED_BUYER = re.compile(r"了?(?:一家|某家|某|一名|多家|若干)[^，,；;。]{0,10}?(?:机构|公司|企业|基金|投资者|投资人|买家|财团)")
_SELLER_HOLDS = re.compile(r"[^，,；;。]{0,4}?[将把](?:其)?(?:合计|共同|直接|间接)?(?:所持有|持有|所持)的?(?:全部|部分|剩余)?"
                           r"(?:(?:约)?[0-9.]+\s?%的?)?"  # 将其所持22.5%股权转让给C
                           # (将其持有的公司5,207,573股股份: a count with its thousands' commas after 公司)
                           r"(?:股份|股权|股票|(?P<issuer>(?:上市|本)?公司)(?:\s?[0-9][0-9.,]*\s?(?:万|亿)?股)?"
                           r"[^，,；;。()（）]{0,16}?(?:股份|股权|股票|股)"
                           r"(?:\s?[0-9][0-9.,]*\s?(?:万|亿)?股(?:股份)?)?"  # 上市公司的无限售流通股1,200,000股
                           r"(?:[(（][^()（）]*[)）])?"
                           r"|[0-9][0-9.,]*\s?(?:万|亿)?股(?:股份)?"  # 将持有的1441万股以每股23.98元的价格转让给C
                           # 将其合计持有的1200万股本公司股份（占本公司股份总数的6%）全部转让予C
                           r"(?:(?:本公司|公司|上市公司)(?:无限售条件)?(?:流通)?(?:股份|股票|股)(?:[(（][^()（）]*[)）])?(?:全部)?)?)"
                           r"(?:以[^，,；;。]{1,24}?)?(?:通过[^，,；;。]{1,10}?方式)?"  # (a means, 通过…方式, right before the verb)
                           r"(?:[，,]?\s*(?:以|通过)?(?:协议|大宗交易)(?:的)?(?:方式)?)?\s*$")  # (…5960万股(，)协议转让给C)
# A拟将1666万股公司股份转让给C / A拟将公司5%股份转让给C: no word of holding, but shares of 公司 (the company written
# about) after 将: A, the subject before 将, sells them (it is no company whose shares are sold)
_SELLER_ISSUER_SHARES = re.compile(r"[^，,；;。]{0,4}?[将把](?:(?:约)?[0-9][0-9.,]*\s?(?:万|亿)?股)?(?P<issuer>(?:上市|本)?公司)"
                                   r"(?:(?:约)?[0-9][0-9.,]*\s?(?:%|(?:万|亿)?股))?的?(?:无限售条件)?(?:流通)?(?:股份|股权|股票|股)"
                                   r"(?:[(（][^()（）]*[)）])?(?:全部)?(?:以[^，,；;。]{1,24}?)?(?:通过[^，,；;。]{1,10}?方式)?\s*$")
# (大股东A计划将所持有的公司8000万股(约占总股本3%)转让给C: the shares of 公司, the company written about; A sells them)
# 将其持有股份出售给C / 将其所持股权转让给C: 其 is who holds and sells; the shares are of a company not named here.
_OWN_HOLDING = re.compile(r"(?:[将把]其)?(?:合计|共同|直接|间接)?(?:所持有|持有|所持)的?(?:全部|部分)?"
                          r"(?=股份|股权|股票|[^，,；;。]{2,30}?(?:股份|股权|股票|[0-9]\s?(?:万|亿)?股))")


# 将其所持22.5%股权转让给C / 将其持有的3200万股转让给C: a part of a company, told by a percentage or a count
_PART_HELD = re.compile(r"(?:约)?[0-9][0-9.,]*\s?(?:%|(?:万|亿)?股)")


def _part_of_company_written_about(ctx: Ctx, at: int, sellers: list[Mention], buyers: list[Mention],
                                   t: Span) -> list[Mention]:
    """B同意A将其所持22.5%股权转让给C: a part of a company named by its size only (no company after 所持) is a part
    of the company the sentence is about, never the seller's or the buyer's own."""
    if not _PART_HELD.match(ctx.text, at):
        return []
    return [m for m in v._company_written_about(ctx, sellers + buyers, t.start) if m.kind != "person"]


# 控股股东周立与南山资本签署《股份转让协议》，: the clause before names who signs with whom
_SIGNED_WITH = re.compile(r"[^，,；;。]{0,16}?(?:与|和|同)")
_SIGNING = re.compile(r"[^，,；;。]{0,30}?(?:签署|签订|签定|订立)")


def _opener_signing(ctx: Ctx, cs: int) -> list[Mention]:
    """控股股东周立与南山资本签署《股份转让协议》，拟将其持有的…转让给后者: 其, who sells, is the name opening the
    clause of the signing before (the one who signs with the buyer)."""
    pcs = ctx.clause(cs - 1)[0]
    found = ctx.mentions(pcs, cs, (*v.ORG, "person"))
    if len(found) < 2:
        return []
    if _SIGNED_WITH.fullmatch(ctx.text, found[0].end, found[1].start) and _SIGNING.match(ctx.text, found[1].end):
        return found[:1]
    # 公司的控股股东A先生及B女士与C（以下简称“受让方”）签署了…: the sellers listed before the last 与, C after it
    for i in range(len(found) - 1, 0, -1):
        if _SIGNED_LINK.search(ctx.text, found[i - 1].end, found[i].start):
            after = ctx.group_right(found[i].start, cs, (*v.ORG, "person"))
            if _SIGNED_AFTER_NAMES.match(ctx.text, after[-1].end if after else found[i].end):
                return _seller_list(ctx, found[i - 1], pcs, found[i].start)
            break
    return []


# （简称“受让方”或“C”）签署了: the signing right after the other party and its aliases
_SIGNED_AFTER_NAMES = re.compile(r"(?:\s*[(（][^()（）]{0,60}[)）])*\s*(?:于[^，,；;。]{1,14}?)?(?:共同|正式|已)?(?:签署|签订|签定|订立|签约)")


def _held_before(ctx: Ctx, holder: Mention) -> list[Mention]:
    """The company whose shares A sells in A将其持有股份出售给C: the one an earlier deal of this document says A
    bought into (A曾投资B，…将其持有股份出售给C: B); none where no earlier fact names it."""
    for fact in ctx.facts_back():
        roles = list(fact.roles.values())
        if fact.type in ("investment", "acquisition", "shareholding") and roles[0] \
                and any(m.key == holder.key for m in roles[0]) and roles[1]:
            return roles[1][:1]
    return []


def sell_to(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """A向B出售其所持C 60%股权: B, named right after 向 (after a descriptor such as 关联方), buys C from A.
    Only shares make the deal (出售资产, 出售产品 name none)."""
    cs, ce = ctx.clause(t.start)
    mark = ctx.text.rfind("向", cs, t.start)
    if mark < 0:
        return []
    buyers = ctx.group_left(mark + 1, t.start, _PARTIES)  # (向自然人陈远转让: a person buys too)
    if buyers and not _TO_SELL_GAP.fullmatch(ctx.text, buyers[-1].end, t.start):
        # 向C(代表其管理的某基金)转让: the buyer right after 向, an aside (with names of its own) after it;
        # 向C（以下简称“C2”）转让: the buyer, then its short name in brackets
        first = ctx.group_right(mark + 1, t.start, _PARTIES)
        if first and _TO_SELL_GAP_ASIDE.fullmatch(ctx.text, first[-1].end, t.start):
            buyers = first
        elif first and _TO_SELL_GAP.fullmatch(ctx.text, first[0].end, t.start):
            buyers = first[:1]
    if not buyers or not _buyer_lead(ctx, mark + 1, buyers[0]) \
            or not _TO_SELL_GAP.fullmatch(ctx.text, buyers[-1].end, t.start) \
            and not _TO_SELL_GAP_ASIDE.fullmatch(ctx.text, buyers[-1].end, t.start):
        return []
    held = _HELD_LEAD.match(ctx.text, t.end)
    group = ctx.group_right(held.end() if held else t.end, ce, max_gap=0)
    part_first = _PART_BEFORE_NAME.match(ctx.text, held.end()) if held and not group else None
    if part_first is not None:  # 转让其持有的8%B股权: the part sold, then the company it is a part of
        group = [m for m in ctx.group_right(part_first.end(), ce, max_gap=0)[:1]
                 if cues().stake.match(ctx.text, m.end)]
    kind = v._UNIT_DESCRIBED.match(ctx.text, held.end()) if held and not group and "旗下" in held.group() else None
    if kind is not None:  # 出售旗下储能企业Voltix 51%股权: the unit named after its description is sold
        group = ctx.group_right(kind.end(), ce, max_gap=0)
    targets = named_head(ctx, group, ce) if group else []
    counted = _counted_parties(ctx, cs, mark)  # 两家股东拟向C转让…: the parties counted, listed before
    # (股东陈澜拟向C转让其持有的B股权: a person sells too)
    sellers = ctx.group_left(cs, mark, _PARTIES) or (counted if counted is not None else ctx.carried_subject(mark))
    issued = _ISSUER_STAKE.match(ctx.text, held.end() if held else t.end, ctx.sent.end) if not targets else None
    if issued is not None:
        named = ctx.group_left(cs, mark, (*v.ORG, "person")) or (counted if counted is not None else (
            _subject_closing_before(ctx, cs)
            or (_opener_signing(ctx, cs) if cs > ctx.sent.start else [])))  # 控股股东王某拟向B转让公司5%股权: 王某 sells
        targets = _issuer(ctx, buyers + named)  # the shares of the company written about, not sold by itself
        sellers = named
    elif not targets and _BARE_STAKE.match(ctx.text, held.end() if held else t.end):
        # A、B与D签署协议，向其转让15%的股份: the signers before 与 sell shares of the company their titles name
        sellers = ctx.group_left(cs, mark, (*v.ORG, "person")) or (_opener_signing(ctx, cs) if cs > ctx.sent.start else [])
        targets = _company_of_titled(ctx, sellers, buyers) if sellers else []
    elif not targets or not cues().stake.search(ctx.text, targets[-1].end, ce):
        return []
    if not targets:
        return []
    facts = v._deal(ctx, frame, t, buyers, targets)
    part = ctx.values("percent", issued.end(), issued.end() + 12)[:1] if issued is not None and issued.group("count") else []
    if part_first is not None:
        part = ctx.values("percent", part_first.start(), part_first.end())[:1]
    for fact in facts:
        _add_sellers(fact, sellers)
        if part and fact.stake is None:  # …1255万股，占总股本15.92%: the part of the company sold
            fact.stake = part[0]
    return facts


# 转让公司5.01%股权, 出售上市公司股份2000万股: the shares of the company the sentence is about
_ISSUER_STAKE = re.compile(r"(?:本公司|该公司|上市公司|公司)(?:A股|H股)?(?:[0-9.]+\s?%(?:\s*(?:、|和|及|以及)\s*[0-9.]+\s?%)*|约|共|合计|部分|"
                           r"全部|的|不超过|不超|至多|最多)*"
                           r"(?:股份|股权|股票)"
                           # 减持公司320万股 / 累计减持公司4,800,000股股份: a number of the company's shares
                           r"|(?:本公司|该公司|上市公司|公司)(?:A股|H股)?\s*(?:约|共|合计|累计)?[0-9][0-9,.]*\s?(?:万|亿)?股(?![东权本])"
                           # 向B转让合计1255万股，占总股本15.92%: a number of shares, of the company's whole stock
                           r"|(?P<count>(?:合计|共计|共|总计)?(?:约)?[0-9][0-9,.]*\s?(?:万|亿)?股"
                           r"(?:\s*(?:、|和|及)\s*[0-9][0-9,.]*\s?(?:万|亿)?股)*)"  # 分别转让1666万股和621万股，对应总股本的…
                           r"(?:股份)?[，,(（]?\s*(?:约)?(?:占|对应)"
                           r"(?:本公司|公司|上市公司)?(?:当前)?(?:总股本|股份总数|总股份)"
                           # 向B转让1666万股公司股份: a number of the company's shares, the company after the count
                           r"|(?:约)?[0-9][0-9,.]*\s?(?:万|亿)?股(?:本公司|上市公司|公司)(?:无限售条件)?(?:流通)?(?:股份|股票)"
                           # 向B协议转让29.99%的公司股份: the part first, then the company's shares
                           r"|(?:合计|共计|共)?(?:约)?[0-9][0-9.]*\s?%的?(?:本公司|上市公司|公司)(?:无限售条件)?(?:流通)?(?:股份|股权|股票)")


# 向其合计转让15%的股份 / 把6%的股份转让给C: a part of a company told by its percentage only, no company named
_BARE_STAKE = re.compile(r"(?:合计|共计|共|总计)?(?:约)?[0-9][0-9.]*\s?%的?(?:股份|股权)")
# A和B以同样的价格把6%的股份转让给C: the manner, then 把 and a percentage of shares, no company named
_BA_BARE_STAKE = re.compile(r"\s*(?:(?:以|按|按照)[^，,；;。将把]{0,12}?)?(?:拟|已|也|还|又|分别|共同)*[将把](?:其|所持的?|持有的)?"
                            r"(?:合计|共计|共)?(?:约)?[0-9][0-9.]*\s?%的?(?:股份|股权)\s*(?:协议)?")
_NATURAL_PERSON = re.compile(r"了?(?:自然人|个人投资者)")
# 澄川股份控股股东A、股东B: the company, then the title of the first holder listed
_TITLE_OF_HOLDER = re.compile(r"的?(?:控股股东|第一大股东|大股东|股东|实际控制人|实控人)")


def _company_of_titled(ctx: Ctx, sellers: list[Mention], buyers: list[Mention]) -> list[Mention]:
    """澄川股份控股股东A、股东B及实际控制人C与D签约，向其转让15%股份: the company named right before the first
    seller's title is the one whose shares they sell; else the company of the transfer told last in the document
    (none where no such company is named: a bare percentage alone names nothing)."""
    keys = {m.key for m in sellers + buyers}
    before = [m for m in ctx.mentions(ctx.sent.start, sellers[0].start) if m.kind != "person"][-1:]
    if before and before[0].key not in keys and _TITLE_OF_HOLDER.fullmatch(ctx.text, before[0].end, sellers[0].start):
        return before
    return _last_transfer_target(ctx, keys)


def _last_transfer_target(ctx: Ctx, keys: set[str]) -> list[Mention]:
    """The company whose shares the last transfer read in the sentence or the one before it sold (北辰控股将所持澄川股份
    10%的股份转让给B。同日，C和D以同样的价格把6%的股份转让给E: 澄川股份 again)."""
    first = ctx.doc.sentences[ctx.sent.index - 1].start if ctx.sent.index > 0 else ctx.sent.start
    for fact in ctx.facts_back():
        if fact.evidence.start < first:
            break
        if fact.type == "acquisition" and fact.roles.get("seller") and fact.roles.get("target") \
                and fact.roles["target"][0].key not in keys:
            return fact.roles["target"][:1]
    return []


# 转让公司15%股份给C / 出售所持B 20%的股权予C: the shares sold, then 给/予 and the buyer
_GIVEN_AFTER = re.compile(r"(?P<what>[^，,；;。给予向]{1,40}?(?:股份|股权|股票|[0-9]\s?(?:万|亿)?股))\s*"
                          r"(?:[(（][^()（）给]{0,30}[)）])?\s*(?:转让|出售|转)?(?:给|予)了?")  # 股份(占总股本5%)给C


def _sold_then_given(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """A拟转让公司15%股份给C / A出售所持B 20%股权给C: C, after the shares and 给, buys them from A (the company
    written about where the shares are 公司's)."""
    cs, ce = ctx.clause(t.start)
    given = _GIVEN_AFTER.match(ctx.text, t.end, ce)
    buyers = ctx.group_right(given.end(), ce, (*v.ORG, "person"), max_gap=0) if given else []
    if not buyers:
        return []
    sellers = ctx.group_left(cs, t.start, (*v.ORG, "person")) or _subject_closing_before(ctx, cs) \
        or ctx.carried_subject(t.start)
    lead = _HELD_LEAD.match(ctx.text, t.end)
    start = lead.end() if lead else t.end
    if _ISSUER_STAKE.match(ctx.text, start, given.end("what")) or _COUNT_OF_WHOLE.match(ctx.text, start):
        targets = _issuer(ctx, buyers + sellers)
    else:
        group = ctx.group_right(start, given.end("what"), max_gap=0)
        targets = named_head(ctx, group, given.end("what")) if group else []
    if not targets or {m.key for m in targets} & {m.key for m in sellers + buyers}:
        return []
    facts = v._deal(ctx, frame, t, buyers, targets)
    for fact in facts:
        _add_sellers(fact, sellers)
    return facts


# 转让所持820万股(占总股本3%)给C: a count of shares told as a part of the whole stock, no company named: the
# company written about
_COUNT_OF_WHOLE = re.compile(r"(?:约|共|合计)?\s*[0-9][0-9,.]*\s?(?:万|亿)?股(?:股份|股票)?\s*[(（]\s*占(?:公司|上市公司|本公司)?"
                             r"(?:当前)?总股本")


def _subject_closing_before(ctx: Ctx, cs: int) -> list[Mention]:
    """实控人周立及其一致行动人金鼎投资，拟向C转让公司8%股权: the names closing the clause just before, with nothing
    after them but the comma, are the subject of the clause that goes on (they sell)."""
    if cs <= ctx.sent.start:
        return []
    kinds = (*v.ORG, "person")
    group = ctx.group_left(ctx.clause(cs - 1)[0], cs, kinds)
    if group and _PRICE_ONLY.fullmatch(ctx.text, group[-1].end, cs):
        return group  # 北辰投资拟按每股9.8元的价格，向C转让…: the price told between the seller and its verb
    return group if group and not ctx.text[group[-1].end:cs].strip(" ，,") else []


# 拟以每股9.8元的价格，/ 拟按协议约定的价格， / 拟通过协议转让的方式，: a price or manner after the seller, closing its clause
_PRICE_ONLY = re.compile(r"(?:先生|女士)?\s*(?:[(（][^()（）]{0,30}[)）])?\s*(?:拟|将|计划|已|决定)?\s*(?:以|按|按照|通过)"
                         r"[^，,；;。向给]{1,24}?(?:价格|方式)\s*[，,]\s*")


def _issuer(ctx: Ctx, parties: list[Mention]) -> list[Mention]:
    """A公告，控股股东B拟向C转让公司5%股权: the company whose shares they are is the one the sentence (or the
    one before it) is about, unless that is a party of the deal itself."""
    keys = {m.key for m in parties}
    return [m for m in (ctx.topic, ctx.prev_topic) if m is not None and m.key not in keys][:1] \
        or [m for m in ctx.doc.of_mentions("coded_companies", _coded_companies) if m.key not in keys][:1]


_CODE_AFTER = re.compile(r"\s*[(（]?\s*(?:SZ|SH|BJ)?\d{6}(?:\.(?:SZ|SH|BJ))?\s*[)）]?(?![\d.万亿股元%])")


def _coded_companies(doc) -> list[Mention]:  # type: ignore[no-untyped-def]
    """The company a document names with its stock code (协鑫能科 002015 / 青禾电子(300999)) when it names only one
    so: the listed company the article or announcement is about; none where several companies have codes."""
    coded = {}
    for m in doc.mentions:
        if m.kind in v.ORG and m.source != "coref" and _CODE_AFTER.match(doc.text, m.end):
            coded.setdefault(m.key, m)
    return list(coded.values()) if len(coded) == 1 else []


def _stake_before(ctx: Ctx, cs: int, t: Span) -> bool:
    """Shares named between the last name and the trigger (B 25%的股份转让给C): B is what is sold."""
    last = ctx.mentions(cs, t.start)
    return bool(last) and bool(cues().stake.search(ctx.text, last[-1].end, t.start))


def invest_to(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """A对B进行增资, A向B投资10亿元: B, named right after 对/向, receives; A stands before it. Where the name
    before 对 is B itself, the object of a deal before it in the clause (A通过购买B部分股权并以现金对B进行增资), the
    name opening the clause invests."""
    cs, _ = ctx.clause(t.start)
    mark, recipients = deal_objects.invest_recipients(ctx, cs, t)  # A对B(…)进行财务投资: B
    if not recipients:
        return []
    investors = ctx.group_left(cs, mark) or ctx.carried_subject(mark)
    then = v._DEAL_THEN.search(ctx.text, cs, mark)
    if then is not None and investors and investors[0].start > then.start():  # A收购B后又向C增资: A, not B
        investors = ctx.group_left(cs, then.start()) or ctx.carried_subject(then.start())
    if investors and investors[-1].start >= cs:  # A、B和孙立三方共同向C增资: the person closing the list too
        investors = investors + v._person_closing(ctx, investors[-1], mark)
    if {m.key for m in investors} & {m.key for m in recipients}:  # A购买B部分股权并以现金对B进行增资: A, not B
        investors = [m for m in v._clause_opener(ctx, cs, mark) if m.key not in {r.key for r in recipients}]
    elif investors and investors[0].start >= cs:
        investors = _with_lead_partner(ctx, cs, investors, recipients)
    return v._deal(ctx, frame, t, investors, recipients, unnamed_agent=True)


def _with_lead_partner(ctx: Ctx, cs: int, investors: list[Mention], recipients: list[Mention]) -> list[Mention]:
    """A又联合C向B注资 / …；2024年，又联合C向B注资: C, after 联合, joins the subject (A, named before 联合, or the one
    carried from the deal before); the investors as read where no partner word stands before them."""
    partner = _PARTNER_WORD.search(ctx.text, cs, investors[0].start)
    if partner is None:
        return investors
    keys = {m.key for m in investors + recipients}
    if _PARTNERED.fullmatch(ctx.text, cs, partner.start()):
        lead = _last_dealer(ctx)
    else:
        named = ctx.mentions(cs, partner.start())
        lead = named[-1:] if named and not ctx.text[named[-1].end:partner.start()].strip() else []
    return [m for m in lead if m.key not in keys] + investors


def _last_dealer(ctx: Ctx) -> list[Mention]:
    """The investor or buyer of the sentence's last deal read (a figure's company is no subject carried), else the
    subject the clause would carry."""
    for fact in reversed(ctx.facts):
        if fact.type in ("investment", "acquisition") and next(iter(fact.roles.values())):
            return next(iter(fact.roles.values()))[:1]
    return ctx.carried_subject(ctx.sent.start)


# A clause opening with a partner word and no subject: 2024年，又联合C向B注资 (the subject is carried; C joins it)
_PARTNERED = re.compile(r"[\s“”]*(?:[\d一二三四五六七八九十]+年[^，,；;。]{0,4}?)?")
_PARTNER_WORD = re.compile(r"(?:又|还|也|再|亦|则|并|此外)?(?:联合|携手|伙同|协同)\s*$")


def nominal(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """(A)完成对B的收购, A对B(…股权)的收购: B is the target; A stands before 对."""
    cs, _ = ctx.clause(t.start)
    dui = ctx.text.rfind("对", cs, t.start)
    if dui < 0:
        return _completed(ctx, frame, cs, t)
    quoted = 1 if ctx.text.startswith(("“", "「"), dui + 1) else 0  # 完成对“云栈”的控股收购: a name in quotes
    targets = ctx.group_right(dui + 1 + quoted, t.start, max_gap=0)[:1] or _described_target(ctx, dui, t)
    acquirers = ctx.group_left(cs, dui) or ctx.carried_subject(dui)
    return v._deal(ctx, frame, t, acquirers, targets, unnamed_agent=True)


# 完成对B境外主体75%股份的收购: the entities of B whose shares are bought may stand before the stake
_ENTITIES = r"(?:境内外|境内|境外|海内外)?(?:主体|实体|运营主体)?"
# 对X相关知识产权的收购 / 对X 67%股份的收购: what may stand between the target and 的收购
_NOMINAL_TAIL = re.compile(r"\s*(?:[(（][^()（）]{0,20}[)）])?" + _ENTITIES + r"[的约\s]*(?:\d+(?:\.\d+)?%)?[的\s]*"
                           r"(?:相关|部分|全部|核心|主要)?(?:股权|股份|控股权|资产|业务|知识产权|品牌)?(?:进行|实施)?的?$")
_DESCRIPTION = re.compile(r"[^，,；;。]{0,24}?(?:巨头|龙头|企业|公司|集团|厂商|品牌|平台|商)$")


def _described_target(ctx: Ctx, dui: int, t: Span) -> list[Mention]:
    """星海化工对欧洲最大的化肥巨头云帆农业的收购 / 对星澜机器人公司全部知识产权的收购: the name after a
    description (ending in a kind of company) or before the assets bought is the target."""
    named = ctx.mentions(dui + 1, t.start)
    if not named or not _NOMINAL_TAIL.match(ctx.text[named[-1].end:t.start]):
        return []
    gap = ctx.text[dui + 1:named[-1].start]
    return named[-1:] if not gap.strip() or _DESCRIPTION.fullmatch(gap) else []


def _completed(ctx: Ctx, frame: Frame, cs: int, t: Span) -> list[FactRecord]:
    """A于7月完成了B 90%股权的收购: the name right before the shares and 的收购 is the target, after 完成."""
    done = list(_DONE.finditer(ctx.text, cs, t.start))
    if not done:
        return []
    named = ctx.mentions(done[-1].end(), t.start)
    if not named or _DUI_GAP.fullmatch(ctx.text, named[-1].end, t.start) is None:
        return []
    acquirers = ctx.group_left(cs, done[-1].start()) or ctx.carried_subject(done[-1].start())
    return v._deal(ctx, frame, t, acquirers, named[-1:], unnamed_agent=True)


# What may stand between a name read inside a description and the named company: the rest of the description,
# ending in a kind of company (…企业, …研发商, …龙头); no clause mark, no 及其 (收购A及其子公司B buys both).
_DESCRIBED = re.compile(r"(?:[(（][^()（）]{0,12}[)）])?(?!及其|和其)[^，,；;。、%\d]{0,14}?"
                        r"(?:企业|公司|集团|商|龙头|巨头|品牌|平台)")  # 商: 研发商, 供应商, 厂商 …
# 收购A的现有股东B / 收购A的控股子公司B / 收购A的运营主体B: B, named after its tie to A, is what is bought.
_RELATED_PARTY = re.compile(r"的(?:现有|原|唯一)?(?:控股股东|第一大股东|大股东|股东|母公司|全资子公司|控股子公司|子公司|"
                            r"运营主体|经营主体|运营公司|合资公司|合资伙伴)"
                            # 收购A控股股东B 51%股权: the title glued to A, without 的
                            r"|(?:现有|原|唯一)?(?:控股股东|第一大股东|母公司|全资子公司|控股子公司|运营主体|经营主体)")
# 收购A控股股东B 51%股权: with no 的, only a holder or parent that is a company of its own, its shares right after
_HOLDER_APPOSED = re.compile(r"(?:控股股东|第一大股东|母公司)")
# A促使(不少于六名)承配人认购 / A协助物色认购方认购: A, an agent, procures the buyers of the shares; it buys none
_PROCURES = re.compile(r"(?:促使|促成|物色|协助|撮合|安排)[^，,。；;]{0,16}?(?:承配人|认购人|认购方|投资者|买家|买方)[^，,。；;]{0,4}$")
# 在A上市的B / 于A挂牌交易的B: A is the market B is listed on
_LISTED_ON = re.compile(r"(?:主板|创业板|科创板|中小板|北交所)?(?:上市|挂牌)(?:交易)?的")
_FOUNDED_BY = re.compile(r"(?:合资|共同|联合|合作)?(?:成立|设立|组建|创立|创办|发起设立)的")
_NEXT_DEAL = re.compile(r"\s*(?:[(（][^()（）]{0,20}[)）])?(?:(?!股权|股份|控股|%|的|并|等)[^，,；;。、(（]){0,10}?"
                        r"(?:收购|并购|增持|投资|入股|参股|购买|买入|受让|入主|拿下)")  # C(300001)逾5亿元收购D: C opens a deal
_BUYER_LEAD = re.compile(r"(?:其|公司)?的?(?:间接)?(?:控股股东|第一大股东|大股东|股东|关联方|实际控制人|母公司|自然人)?")  # 向自然人B转让
_PARTIES = ("organization", "candidate", "person")
# 向星河科技实际控制人陈远转让: a company, then the buyer's title in it, before the buyer
_BUYER_TITLE = re.compile(r"的?(?:控股股东|第一大股东|大股东|股东|实际控制人|实控人|创始人|董事长|总经理)")
# 转让其持有的8%B股权: a percentage of the company named right after it
_PART_BEFORE_NAME = re.compile(r"(?:合计|共计|共)?(?:约)?[0-9][0-9.]*\s?%的?")


def _buyer_lead(ctx: Ctx, start: int, buyer: Mention) -> bool:
    """What stands between 向 and the buyer: a word of relation (向控股股东B), or a company named with the buyer's
    title in it, where the buyer is a person (向星河科技实际控制人陈远)."""
    if _BUYER_LEAD.fullmatch(ctx.text, start, buyer.start):
        return True
    if buyer.kind != "person":
        return False
    lead = ctx.group_right(start, buyer.start, max_gap=0)[:1]
    return bool(lead) and lead[0].start == start and _BUYER_TITLE.fullmatch(ctx.text, lead[0].end, buyer.start) is not None
_TO_SELL_GAP = re.compile(r"\s*(?:[(（][^()（）]{0,20}[)）])?\s*(?:拟|将|以[^，,；;。]{0,12}?)?"  # 向A以现金出售
                          r"(?:以?协议方式|通过协议方式|协议)?(?:合计|共计|一并)?")  # 向A协议转让: a private transfer of listed shares
# 出售所持B 84%股权 / 出售旗下的B 51%股权: what is sold is named after the holding or the parent word
_HELD_LEAD = re.compile(r"(?:其|公司)?(?:所持有的|所持的|所持|持有的|旗下的|旗下)(?:全部|部分)?")
_TO_SELL_GAP_ASIDE = re.compile(r"\s*[(（](?:代表|作为|代|系)[^()（）]{0,40}[)）]\s*(?:拟|将|以[^，,；;。]{0,12}?)?"
                                r"(?:以?协议方式|通过协议方式|协议)?")
# 购买剥离A 60%股份和B 20%股权后的C / 收购置出D之后的E: the company left after the parts named are taken out.
_STRIPPED = re.compile(r"(?:了|其)?\s*(?:剥离|置出|剔除|扣除)[^，,；;。]{1,60}?(?:后|之后)的?")
_DONE = re.compile(r"(?:完成了|完成|实施了|实施|推进|启动了|启动)")
_ALIAS_ASIDE = re.compile(r"\s*[(（](?:以下简称|以下称|下文简称|下称|简称)[^()（）]{1,30}[)）]")  # (以下简称“A'”)
_STAKE_THEN_NEXT = re.compile(r"[”」\"]?[的约\s]*\d+(?:\.\d+)?%[的\s]*(?:股权|股份)?\s*(?:、|和|及|与)?(?:以及)?\s*[“「\"]?")  # (“A”100%股权和“B”…)
_FORM_ASIDE = re.compile(r"^[(（](?:有限合伙|普通合伙|特殊普通合伙)[)）]")  # a partnership's form after its name
_LISTED_TAIL = re.compile(r"^(?:(?:等|及|以及|和)(?:其他|其余)?[\d一二三四五六七八九十两]*[名家位个户]?[\u4e00-\u9fff]{0,4}?(?:交易对方|股东|方|人)"
                          r"|(?:、[\u4e00-\u9fff]{2,4}?)+(?=分别|合计|共同|所持|持有))")  # A、B等23名交易对方; A、B、C分别持有
# 王某近日增持 / 李某计划6个月内增持 / 张某于2024年3月以来累计增持: time words, plans and means between the person and the verb
_PERSON_GAP = re.compile(r"(?:女士|先生)?(?:[^，,；;。]{0,2}[年月日]|近日|日前|已|曾|拟|将|又|再|再度|累计|共|合计|继续|也|亦|还|仍|仍然|目前|现|间接|直接|成功|"
                         r"计划|准备|打算|决定|承诺|有意|于|在|自|从|\d{1,4}[年月日号]|[^，,；;。]{0,6}?(?:个月|年|日|天|交易日)内|以来|期间|"
                         r"通过[^，,；;。]{0,12}?)*")
_STOCK_LIST_TAIL = re.compile(r"等(?:[\d一二三四五六七八九十两]+(?:只|家)?(?:个股|股票|股|上市公司|公司)|(?=[获被]))")
_BY_MARK = re.compile(r"[获被]")
_HELD_SHARES = re.compile(r"[的约\s]*(?:\d+(?:\.\d+)?%|全部|部分|剩余|股权|股份)")
_SELLER_LINK = re.compile(r"(?:及其|及|和|与|、|[(（](?:以下)?(?:简称|下称)[“\"]?)[^，,；;。\d]{0,8}?")
_STAKE_THEN_HELD = re.compile(r"[的约\s]*\d+(?:\.\d+)?%[的\s]*(?:股权|股份)\s*(?:、|和|及|与)?(?:以及)?"
                              r"[^，,；;。%]{1,24}?(?:所持有的|持有的|所持的|所持)(?:公司)?(?:控股|全资)?(?:子公司)?")
_SHARE_AFTER = re.compile(r"[的约\s]*(?:\d+(?:\.\d+)?%|股权|股份)")
_PERCENT = re.compile(r"\d%的?(?:股权|股份|权益)")  # shares already named, before 持有的
# between a name and its shares: 的, 约, a figure, a figure in words (百分之百的, 百分之五十一)
_SHARE_GAP = re.compile(r"(?:[的约\d.\s]|百分之[零一二三四五六七八九十百]+)*")
_DUI_GAP = re.compile(r"\s*(?:[(（][^()（）]{0,20}[)）])?" + _ENTITIES + r"[的约\s]*(?:\d+(?:\.\d+)?%)?[的\s]*(?:股权|股份|控股权|资产)?"
                      r"(?:进行|实施)?(?:的)?")  # 对B(简称)80%的股份进行收购
_DUI_END = re.compile(r"\s*(?:[，,；;。！!）)]|$|事项|交易|交割|手续|程序|工作|计划|方案|[已并后完]|之后|以后)")
# 新进了3只个股，分别为A、B / 收购两家公司，包括A和B / 收购三家海外的零部件制造商：A、B和C: the count, a kind of
# company, then 分别为/包括/即 or a colon.
_COUNTED = re.compile(r"了?[\d一二三四五六七八九十两]+(?:只|家|个)[^，,；;。:：]{0,12}?"
                      r"(?:股|个股|股票|公司|企业|制造商|厂商|供应商|服务商|运营商|品牌|机构|医院|银行)"
                      r"\s*(?:[，,:：]?\s*(?:分别为|分别是|包括|即|为)[:：]?|[:：])")
_COMPARED = re.compile(r"高于|低于|多于|少于|不及|相当于")
# (收购A所持有该项目的40%股权 / 购买A持有的上述资产: a project or assets referred back to, no company named)
_UNNAMED_COMPANY = re.compile(r"\s*有?的?(?:标的公司|目标公司|标的企业|该公司|公司|其|(?:该|上述|相关|前述|这些|此)(?:项目|资产|标的|企业|子公司|地块|股权|股份))")
_BARE_PASSIVE = re.compile(r"被(?:成功|正式|全资|整体|陆续)?$")
_GOT = re.compile(r"获得?")
_BUYER_GAP = re.compile(r"(?:[^，,；;。]{0,4}?(?:资金|机构|股东|高管))?(?:大举|大幅|大手笔|持续|连续|累计|合计|再度|再次|继续|共同|联合)*")
_TIME_GAP = re.compile(r"[^，,；;。]{0,8}")  # A近10日累计获…: time words between the company and 获
_HANDS = re.compile(r"[.\s]*(?:手中|手里|处|那里)")
# 收购了B / 购买其合计持有的B: nothing but an aspect word, or the sellers' holding (其…持有的), between the verb and B
_OBJECT_GAP = re.compile(r"(?:了|完成)?\s*(?:其(?:合计|共同|分别|各自)?(?:所持有的|所持的|所持|持有的)?)?\s*")
_GUESSED = ("cue", "context")
# 公司拟收购光刻胶材料(PR)研发企业芯澜微 / 收购了一家工业软件厂商青禾数科: words describing the company (a Latin
# gloss in brackets may stand among them), ending in a kind of company, between the verb and the name bought; the
# name after the kind word is the object, as plainly as right after the verb (not 收购后公司将持有B: a time, then
# the buyer).
_KIND_DESCRIBED = re.compile(r"(?:了|完成)?(?![后前时中完将])[^，,；;。、%\d()（）“”将]{3,14}(?:[(（][A-Za-z0-9 .&-]{1,12}[)）][^，,；;。、%\d()（）“”]{0,10})?"
                             r"(?<!有限)(?<!股份)(?<!集团)(?:企业|公司|厂商|开发商|供应商|服务商|制造商|提供商|运营商)")
_NOT_A_NAME = re.compile(r"^(?:股份|股权|股票|市值|金额)|(?<![\u4e00-\u9fff]{3})[是到]$")  # 股份达到, 新进展是: short, a copula
_OBJECT_END = re.compile(r"\s*(?:[，,；;。！!？?、）)”]|等|及|和|与|$)")  # 收购B，… / 收购B等: B ends the object
_SHARES_AFTER = re.compile(r"[的约\s]*(?:\d+(?:\.\d+)?%|[\d.]+[万亿]*股|全部|部分|剩余|控股权|股权|股份|股票)")
# 增持公司股份 / 增持公司H股社会公众股份 / 增持本公司无限售流通股: the company's own shares, no name after the verb
_OWN_SHARES = re.compile(r"(?:了)?(?:公司|本公司|上市公司|该公司)(?:A股|H股)?(?:社会公众|无限售条件流通|无限售流通|流通)?"
                         r"(?:股份|股票|股权|股)")
_UNNAMED_SHARES = re.compile(r"(?:了)?(?:公司|本公司|上市公司|该公司|该行|本行)?(?:A股|H股)?(?:股份|股票|股权|[0-9]|约|超|逾|不超过|不低于)")


# An exit: the holder sells shares of a company and no buyer is named (A清仓了所持有的B全部股份, A减持B 2%股份,
# A出售其持有的B 12%股权, A完成对B的退出). The fact is an acquisition of B with A as its seller and no acquirer
# (data/ontology.yaml): someone took the shares, the text does not say who.
_EXIT_LEAD = re.compile(r"了?\s*(?:对|其)?(?:所持有的|所持有|所持的|所持|持有的|持有|旗下的|旗下)?(?:全部|部分|剩余|其余|所有)?的?\s*"
                        r"(?:(?:其|公司)?(?:控股子公司|全资子公司|参股子公司|参股公司|子公司))?")  # 出售控股子公司B 4.05%股权
_COUNT_FIRST = re.compile(r"(?:约|逾|近)?[\d.,]+\s*(?:万|亿)?股(?!股|份|票|本|东|权)")  # 减持1.2亿股B: the count, then B
# what follows the company: its shares (股份, 股权, 股票, 持股), with the part sold (全部, 12%, 3000万股) before them
_EXIT_SHARES = re.compile(r"\s*(?:[(（][^()（）]{0,30}[)）])?\s*(?:公司)?的?\s*(?:全部|部分|剩余|其余|所有|约|合计|共|累计|\s|"
                          r"\d+(?:\.\d+)?\s*(?:%|万股|亿股|股))*的?\s*(?:股份|股权|股票|持股|权益|A股|H股|港股|美股)"
                          # 出售所持有的B 1222.35万股: a count of B's shares closing the clause
                          r"|\s*(?:约|合计|共|累计)?\d[\d.,]*\s*(?:万|亿)?股(?![东权本票份])\s*(?:[，,。；;]|$)")
# 清仓 and 减持 name shares by themselves (A清仓B, 腾讯减持百川智能); 出售/转让 sell anything (出售B: a unit)
_EXIT_SELF = ("清仓", "减持", "套现退出", "减仓")
# 向18家机构 / 向特定机构投资者 / 向20名投资者: buyers only counted or described, before the verb (出让了, 转让)
_TO_INSTITUTIONS = re.compile(r"向(?:约|共|合计|共计)?\s*(?:[0-9]+|[一二两三四五六七八九十]+)\s*(?:家|名)(?:[\u4e00-\u9fff]{0,6}?)"
                              r"(?:机构投资者|机构|投资者|受让方)|向(?:特定|符合条件的|合格|专业)?(?:机构投资者|机构)")
_HOLDERS_OF_NAME = ("股东", "的股东", "大股东", "的大股东")
# 这是…减持 / 这已是…第三次减持: a clause opening so remarks on a sale told before (no company named after the verb)
_REMARK_OPEN = re.compile(r"\s*(?:这|此|这次|此次|这一次)(?:已经|已|也|还|则|就|并|也)?(?:不是|并非|是|为|系)")
_FRONTED_HELD = re.compile(r"(?:持有|所持有|所持)的?")  # A持有的B股份…减持: the holding named before the verb


def exit_(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """A清仓了所持有的B全部股份 / A减持B 2%股份 / A出售其持有的B 12%股权 / A完成对B的退出: an acquisition of B whose
    seller is A, no buyer named (with a buyer, 向C出售 and 出售给C read it: sell, sell_to). Only shares of a
    company, or a company sold whole (出售B), make an exit: 出售资产, 转让专利 name none. Where the stake A still
    holds is written (持股比例从8%降至3%), A's holding after the sale is a fact too (reduce_to)."""
    word = ctx.text[t.start:t.end].rstrip("了")
    cs, ce = ctx.clause(t.start)
    if word == "退出":
        return _exit_done(ctx, frame, t, cs)
    if word == "减持" and "《" in ctx.sent.text:
        notice = _exit_notice(ctx, frame, t)
        if notice is not None:
            return notice
    toward_buyers = ctx.text.rfind("向", cs, t.start)
    if toward_buyers >= 0 and _TO_INSTITUTIONS.fullmatch(ctx.text, toward_buyers, t.start):
        toward_buyers = -1  # A、B共向18家机构出让了…: buyers counted, none named (an inquiry transfer): an exit
    if ctx.text.startswith(("给", "予"), t.end) or toward_buyers >= 0 or _GIVEN_AFTER.match(ctx.text, t.end, ce):
        return []  # a buyer is named: sell / sell_to read it (转让公司15%股份给C)
    forced = ctx.text.endswith("被动", cs, t.start)  # A被动减持 / A遭遇被动减持: A's pledged shares sold off, A sells
    if _SUFFERED.search(ctx.text, cs, t.start) and not forced:
        return []  # B遭遇减持: B's shares are sold, by holders this clause does not name
    lead = _EXIT_LEAD.match(ctx.text, t.end)
    found = ctx.group_right(lead.end(), ce, v.ORG, max_gap=0)
    epithet = _STOCK_EPITHET.match(ctx.text, lead.end(), ce) if word in _EXIT_SELF and not found else None
    if epithet is not None:  # 减持家纺龙头B 106万股: B, described as a sector's leading stock, is sold
        found = ctx.group_right(epithet.end(), ce, v.ORG, max_gap=0)[:1]
    counted = _COUNT_FIRST.match(ctx.text, lead.end()) if not found else None
    if counted:
        found = ctx.group_right(counted.end(), ce, v.ORG, max_gap=0)[:1]
    targets = named_head(ctx, found, ce)[:1] if found else []
    if word in _EXIT_SELF and len(found) > 1 and not _EXIT_SHARES.match(ctx.text, found[0].end):
        targets = found  # 三季度减持了A、B、C: a fund's holdings cut, each an exit
    shares = _EXIT_SHARES.match(ctx.text, targets[0].end) if targets else None
    sellers, told = _exit_sellers(ctx, cs, t)
    passive = ctx.text.rfind("被", cs, t.start - 2 if forced else t.start) if word in _EXIT_SELF else -1
    toward = _CUT_TOWARD.search(ctx.text, cs, t.start) if word in _EXIT_SELF and not targets else None
    held = _FRONTED_HELD.search(ctx.text, cs, t.start) if word in _EXIT_SELF and not targets and toward is None \
        else None
    fronted = [m for m in ctx.mentions(held.end(), t.start) if m.start == held.end()
               and _EXIT_SHARES.match(ctx.text, m.end)][:1] if held else []
    if toward is not None:  # A对其重仓的B进行减持 / A和C对B分别减持50万股: B is sold, by the names before 对
        targets = [m for m in ctx.mentions(toward.start(), t.start)  # (对其持有的B股份进行减持: B's shares)
                   if _SHARES_WORD_END.fullmatch(ctx.text, m.end, toward.start("end"))][:1]
        listed = ctx.group_right(toward.start() + 1, toward.start("end"), v.ORG, max_gap=0) if not targets else []
        if len(listed) > 1 and _STOCKS_LISTED_END.fullmatch(ctx.text, listed[-1].end, toward.start("end")):
            targets = listed  # A对B、C、D等个股进行了减持: each stock listed is sold
        sellers, told = _exit_sellers(ctx, cs, Span(toward.start(), toward.start()))
        shares = _SHARES_ONLY.match(ctx.text, lead.end())
        if not targets and told and _OWN_SHARES_TOWARD.match(ctx.text, toward.start() + 1, toward.start("end")):
            # A…对所持公司股份进行减持: the shares of the company written about
            keys = {m.key for m in sellers} | v.group_keys(ctx.doc, sellers)
            topic = [ctx.topic] if ctx.topic is not None and ctx.topic.key not in keys and ctx.topic.start < t.start \
                else []
            targets = [m for m in topic or _issuer(ctx, sellers) or v._company_written_about(ctx, sellers, t.start)
                       if v._as_person(m).kind != "person"][:1]
            shares = _OWN_SHARES_TOWARD.match(ctx.text, toward.start() + 1, toward.start("end"))
    elif fronted:  # A持有的B股份已全部减持 / 其所持的B股票不会减持: the shares fronted before the verb are B's, A sells
        targets = fronted
        sellers = _exit_sellers(ctx, cs, Span(held.start(), held.start()))[0]
        shares = _EXIT_SHARES.match(ctx.text, fronted[0].end)
    elif passive >= 0:  # B被第二大股东A减持611万股: A sells shares of B
        sellers = [m for m in sellers if m.start > passive]
        targets = ctx.group_left(cs, passive) or ctx.carried_subject(passive)
        shares = _SHARES_ONLY.match(ctx.text, lead.end())
    elif not targets and (_ISSUER_STAKE.match(ctx.text, lead.end(), ctx.sent.end)  # 减持公司股份1% (转让1.2亿股，占公司总股本1%): the company written about
                          or word in _EXIT_SELF and (_SHARES_ONLY.match(ctx.text, lead.end())  # A拟减持不超过300万股
                                                     or _plan_ended(ctx, t))  # A的减持计划已实施完毕
                          and told):
        keys = {m.key for m in sellers} | v.group_keys(ctx.doc, sellers)  # 上述两家合伙企业: neither is the company
        topic = ctx.topic if ctx.topic is not None and ctx.topic.key not in keys and ctx.topic.start < t.start \
            and not _A_SOURCE.match(ctx.text, ctx.topic.end) \
            and not _SHAREHOLDER_WORD.search(ctx.text, max(ctx.sent.start, ctx.topic.start - 5), ctx.topic.start) \
            and not _SHAREHOLDER_WORD.search(ctx.topic.text) \
            and not ctx.text.startswith(("一致行动人", "的一致行动人"), ctx.topic.end) \
            else None  # B公告，股东A拟减持: B, the sentence's topic (not a holder: 收到公司股东A出具的…, 上述股东…)
        holders = [m for m in ctx.mentions(ctx.sent.start, t.start) if _SHAREHOLDER_WORD.search(
            ctx.text, max(ctx.sent.start, m.start - 5), m.start) or _SHAREHOLDER_WORD.search(m.text)]
        # (收到公司股东A出具的… / 上述股东与…: A holds, it is not held)
        about = _held_in_clause_before(ctx, sellers, cs) or ([topic] if topic is not None else (
            _held_by_seller(ctx, sellers, keys) or v._company_written_about(ctx, sellers + holders, t.start)))
        targets = [m for m in about if v._as_person(m).kind != "person"
                   and not grammar().not_subject.search(m.canonical)]  # never a person or a market
        if _REMARK_OPEN.match(ctx.text, cs):
            return []  # 这是上述股东连续第二年减持 / 这不是A第一次减持: a remark on sales told before, no sale of its own
        shares = _ISSUER_STAKE.match(ctx.text, lead.end(), ctx.sent.end) or _SHARES_ONLY.match(ctx.text, lead.end())
    unit = "旗下" in lead.group()
    targets = [m for m in targets if v._as_person(m).kind != "person" and not _TITLED.match(m.text)
               and not (m.kind == "candidate" and _not_a_stock(m.text) and not _listed_announcer(ctx, m))]
    if not targets or shares is None and word not in _EXIT_SELF and not _sold_whole(ctx, targets[0], ce, unit):
        return []
    sellers = [m for m in sellers if m.key != targets[0].key
               and not ctx.text.startswith(_HOLDERS_OF_NAME, m.end)]  # 青禾电子股东减持: its holders sell, not it
    if not sellers:
        return []
    facts = v._deal(ctx, frame, t, [], targets, unnamed_agent=True)
    buyers = _buyer_named_after(ctx, t, sellers + targets) or _signed_transfer_with(ctx, t, word, sellers, targets)
    for fact in facts:
        _add_sellers(fact, sellers)
        fact.stake = _stake_sold(ctx, t, fact.stake)
        if buyers:
            fact.roles["acquirer"] = buyers
        if fact.modality == "asserted" and _plan_carried(ctx, cs, t):
            fact.modality = "planned"  # A计划…内，以…方式，对所持公司股份进行减持: the plan two clauses back
    facts = [each for fact in facts for each in _each_seller(ctx, t, cs, fact)]
    if toward_buyers < 0 and ctx.text.rfind("向", cs, t.start) >= 0:
        for fact in facts:  # 共向18家机构出让了…股公司股份。这批股份…约占总股本的2.2%，合计套现约11.6亿元
            _batch_told_next(ctx, fact)
    from dealgraph.extract import share_sales  # (holdings left after a sale are read there)
    kept = share_sales.reduce_to(ctx, frame, t) if word.startswith("减持") else []
    for fact in kept:
        fact.rule = f"shareholding:reduce_to:{ctx.text[t.start:t.end]}"
    return facts + kept if facts else []


_VALUE_LINK = re.compile(r"\s*(?:的?(?:股份|股权))?\s*(?:、|和|及|以及|与)\s*")  # 1.1%、0.8%和0.5% / 1%股份、2%股份: one each
_TOTAL_BEFORE = re.compile(r"(?:合计|共计|总计|累计|一共|共)[^，,；;。]{0,8}$")


# 本次减持计划已实施完毕 / 减持计划已全部完成: the holder's plan carried out (its sale made); 终止本次减持计划 / 决定
#放弃减持计划: called off (no sale). Not a plan's period (减持计划期限届满 says nothing of a sale).
_PLAN_DONE = re.compile(r"计划(?:已经|已|均|现已|业已)?(?:全部)?(?:实施完毕|实施完成|完成)")
_PLAN_CALLED_OFF = re.compile(r"(?:终止|取消|放弃|撤回)(?:了)?(?:实施)?(?:本次|此次|该次|该|这一|这项|此项|该项|这次|上述|前述|原|剩余|剩下的|"
                              r"后续)?的?(?:股份)?$")


def _plan_ended(ctx: Ctx, t: Span) -> bool:
    """Whether the verb names a holder's plan of selling that the clause says was carried out or called off."""
    if not ctx.text.startswith("计划", t.end):
        return False
    cs, _ = ctx.clause(t.start)
    carried = q.PLAN_CARRIED_OUT.search(ctx.text, max(cs, t.start - 24), t.end + 2)
    return _PLAN_DONE.match(ctx.text, t.end) is not None or _PLAN_CALLED_OFF.search(ctx.text, cs, t.start) is not None \
        or carried is not None and carried.end() == t.end + 2  # 已完成股份减持计划, 实施此前公告的减持计划


def _held_in_clause_before(ctx: Ctx, sellers: list[Mention], cs: int) -> list[Mention]:
    """A持有B 2.15%的股份，拟减持不超过1%: B, the company the seller opening the clause before is said to hold."""
    if not sellers or cs <= ctx.sent.start:
        return []
    prev = ctx.clause(cs - 1)[0]
    if sellers[0].start != prev or not _HOLDS_VERB.match(ctx.text, sellers[0].end):
        return []
    return [m for m in ctx.mentions(sellers[0].end, cs, v.ORG) if m.key != sellers[0].key][:1]


def _held_by_seller(ctx: Ctx, sellers: list[Mention], keys: set[str]) -> list[Mention]:
    """A(澄川集团旗下)是B的第二大股东。A计划减持公司股份…: outside an announcement (no head naming its company), 公司
    is the company the seller was said before to hold, not another company the document names as often."""
    if v._title_company(ctx) is not None:
        return []
    for seller in sellers:
        held = [m for m in _held_before(ctx, seller) if m.key not in keys]
        if held:
            return held
    return []


def _each_seller(ctx: Ctx, t: Span, cs: int, fact: FactRecord) -> list[FactRecord]:
    """A、B以及C分别减持了公司1.1%、0.8%和0.5%的股份 / A和B拟分别减持…: with 分别 (各自) before the verb, each seller
    sells on its own: one fact each, with its own share where as many are listed after the verb (else the one
    share stated, or none where it is a total)."""
    sellers = fact.roles.get("seller", [])
    if len(sellers) < 2 or not v._SEPARATELY.search(ctx.text, cs, t.start):
        return [fact]
    _, ce = ctx.clause(t.start)
    stakes = ctx.values("percent", t.end, ce)
    run = stakes[:1]
    for found in stakes[1:]:
        if not _VALUE_LINK.fullmatch(ctx.text, run[-1].end, found.start):
            break
        run.append(found)
    own = run if len(run) == len(sellers) else None
    total = fact.stake is not None and _TOTAL_BEFORE.search(ctx.text, max(ctx.sent.start, fact.stake.start - 10),
                                                            fact.stake.start) is not None
    shared = None if total else fact.stake  # …分别减持100万股和80万股，合计占总股本0.9%: the total is no one's
    out = []
    for i, seller in enumerate(sellers):
        copy = FactRecord(fact.type, {**fact.roles, "seller": [seller]}, fact.evidence, fact.modality, fact.date,
                          None, shared if own is None else own[i], dict(fact.qualifiers), fact.confidence, fact.rule)
        out.append(copy)
    return out


# 收到股东A发来的《持股减持计划告知书》 / 收到甲先生、乙女士的《减持计划完成告知书》: a holder's notice of
# its sale, by title. The senders named between 收到 (or the title before) and 《 sell; the company is the one the
# title names before 股份 (《关于B股份减持计划的告知函》), else the one the sentence is about.
_NOTICE_SENDER_END = re.compile(r"(?:先生|女士)?\s*(?:共同|分别)?(?:出具|发来|提交|送达|发出|递交)?的?\s*$")
_NOTICE_DONE = re.compile(r"完成|完毕|实施结果|实施情况|结果")
_NOTICE_PAPER = re.compile(r"告知函|通知书|通知|计划|公告|报告")


_COMPANY_GOT = re.compile(r"(?:公司|本公司)(?:于)?(?:近日|日前)?$")


def _exit_notice(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord] | None:
    """A sale notice's title (《…减持…告知函》): None where the trigger stands in no title; else the exit of
    the senders (planned, or asserted where the title tells the sale done: 实施完毕, 完成); None too where the
    notice names no sender or no company, for the reading of the verb in place."""
    text, ss = ctx.text, ctx.sent.start
    opened = text.rfind("《", ss, t.start)
    if opened < 0 or text.rfind("》", opened, t.start) >= 0:
        return None
    closed = text.find("》", t.end, ctx.sent.end)
    if closed < 0 or text.find("减持", opened, t.start) >= 0:
        return None  # one notice per title (《…减持期限届满及新的减持计划…》): the first 减持 reads it
    title = text[opened + 1:closed]
    got = text.rfind("收到", ss, opened)
    before = text.rfind("》", ss, opened)
    if got < 0 or not _NOTICE_PAPER.search(title):
        return None
    left = max(got + 2, before + 1)
    if not _NOTICE_SENDER_END.search(text, left, opened):
        return None
    kinds = (*v.ORG, "person")
    found = [m for m in ctx.mentions(left, opened, kinds) if not grammar().not_subject.search(m.canonical)]
    if not found:
        return None
    sellers = _seller_list(ctx, found[-1], left, opened)
    keys = {m.key for m in sellers}
    named = [m for m in ctx.mentions(opened, closed, v.ORG) if m.key not in keys and m.kind != "candidate"
             and _EXIT_SHARES.match(text, m.end)]
    topic = ctx.topic if ctx.topic is not None and ctx.topic.start < got and ctx.topic.key not in keys \
        and v._as_person(ctx.topic).kind != "person" else None
    targets = named[:1] or ([topic] if topic is not None else [])
    if not targets and _COMPANY_GOT.search(text, max(ss, got - 4), got):  # …公布，近日，公司收到A的《…》: 公司, the announcer
        targets = [m for m in v._company_written_about(ctx, sellers, got) if v._as_person(m).kind != "person"
                   and m.key not in keys][:1]
    if not targets:
        return None
    facts = v._deal(ctx, frame, t, [], targets, unnamed_agent=True)
    for fact in facts:
        _add_sellers(fact, sellers)
        fact.modality = "asserted" if _NOTICE_DONE.search(title) else "planned"
        fact.stake = None
        fact.amount = None
    return [f for f in facts if f.roles.get("seller")] or None


# No company after the verb, only a number of shares or none (李某拟减持不超过300万股, 其股东A已连续两次减持,):
# the shares are of the company written about
_SHARES_ONLY = re.compile(r"\s*(?:(?:不超过|不超|至多|最多|超过|逾|约|合计|累计|共计|共|近)\s*)*(?:[\d.,]+\s*(?:万|亿)?股|股份|股票|"
                          r"(?:总股本|公司总股本|本公司|公司|上市公司)?的?\s*[\d.]+\s*%的?(?:公司)?(?:股份|股权|股票)|"
                          # 减持不超过公司总股本的2% / 减持不超过总股本2%: a part of the company's whole stock
                          r"(?:本公司|公司|上市公司)?(?:总股本|股份总数|总股份)的?\s*[\d.]+\s*%|"
                          # 持有B 2.15%的股份，拟减持不超过1%: a bare part closing the clause, of the holding just told
                          r"[\d.]+\s*%(?=[，,。；;]|$))"
                          r"|\s*(?:$|[，,。；;])")
# 通过深交所竞价系统减持, 借道ETF减持: the market or the vehicle a sale goes through is not the seller
_THROUGH = re.compile(r"(?:通过|借道|经由|借助|利用|在|于|经|采用|采取)$")
# 以竞价交易的方式减持: a manner the name guesser took for a name
_MANNER_GUESS = re.compile(r"(?:交易|竞价|方式|系统|平台)$")


# A的控股股东 / 其实控人 / B第二大股东: who sells is A's holder, unnamed here, not A
_HOLDER_OF = re.compile(r"的?(?:控股股东|大股东|第[一二三四五六七八九十]大股东|股东|实际控制人|实控人|董事|监事|高管|高级管理人员)")
# a name right after a verb of trading shares is what was traded, never who sells next (A减持B 2亿股和减持C …)
_SOLD_BEFORE = re.compile(r"(?:减持|增持|买入|卖出|抛售|清仓|出售)了?$")
_SHAREHOLDER_WORD = re.compile(r"(?:股东|一致行动人)(?:之一)?[“\"]?$")
_FORMER_ROLE = re.compile(r"[(（]原[^()（）]{0,16}?(?:股东|实际控制人|实控人)[^()（）]{0,16}[)）]")  # 谭某(原第一大股东)


def _exit_sellers(ctx: Ctx, cs: int, t: Span) -> tuple[list[Mention], bool]:
    """Who sells, and whether this sentence names it: the names nearest before the verb in its clause that no
    通过/借道 leads and that are no market or regulator (通过上交所…减持: the subject before it); else one called
    a shareholder earlier in the sentence, or the subject of the clause before whose plan this clause goes on with
    (A计划在未来六个月内，以集中竞价方式减持…); else the subject carried from before."""
    kinds = (*v.ORG, "person")
    named = [m for m in ctx.mentions(cs, t.start, kinds) if not _THROUGH.search(ctx.text, max(cs, m.start - 2), m.start)
             and not grammar().not_subject.search(m.canonical)
             and not _SOLD_BEFORE.search(ctx.text, max(cs, m.start - 4), m.start)  # 减持B 3亿股和减持…: B was sold
             and not _HOLDER_OF.match(ctx.text, m.end)  # 其控股股东被动减持: the holder of it sells, not it
             and not (m.kind == "candidate" and (_NOT_A_NAME.search(m.text) or _MANNER_GUESS.search(m.text)))]
    if named:
        group = _seller_list(ctx, named[-1], cs, t.start)
        holder = _holder_for_its(ctx, group, kinds)
        if holder:
            return holder, True
        group = [m for m in group if m in named] or named[-1:]
        return _list_carried(ctx, cs, group, kinds) + group, True
    counted = _counted_parties(ctx, cs, t.start)
    if counted is not None:  # 这两家股东计划合计减持… / 两家基金拟…减持: the parties listed before (none if no list fits)
        return counted, True
    holders = [m for m in ctx.mentions(ctx.sent.start, cs, kinds)  # 持公司股份X股的股东B计划…，通过集中竞价减持
               if _SHAREHOLDER_WORD.search(ctx.text, max(ctx.sent.start, m.start - 5), m.start)
               or _FORMER_ROLE.match(ctx.text, m.end)]  # B(原第一大股东)转让前…，本次直接转让…: B sells
    if holders:  # 股东A及其一致行动人B、C，计划…减持: the whole list sells
        return _seller_list(ctx, holders[-1], ctx.sent.start, cs), True
    before = ctx.mentions(ctx.clause(cs - 1)[0], cs, kinds) if cs > ctx.sent.start else []
    if before and (_PLAN_GAP.fullmatch(ctx.text, before[-1].end, cs)
                   or _NAME_THEN_PLAN.fullmatch(ctx.text, before[-1].end, t.start)):
        return _seller_list(ctx, before[-1], ctx.clause(cs - 1)[0], cs), True
    planned = _named_before_plan(ctx, cs)
    if planned is not None:
        return planned, True
    if before and before[0].start == ctx.clause(cs - 1)[0] and _HOLDS_VERB.match(ctx.text, before[0].end) \
            and _PLAN_ONLY_LEAD.match(ctx.text, cs):
        return before[:1], True  # A持有B 2.15%的股份，拟减持不超过1%: the holder the clause before opens with sells
    return ctx.carried_subject(t.start), False


_HOLDS_VERB = re.compile(r"(?:目前|现|仍|共|合计)?(?:持有|持股)")
_PLAN_ONLY_LEAD = re.compile(r"[，,]?\s*(?:计划|拟|将|准备|打算)")


# clauses between a seller and its verb that only tell the plan, its time or its manner (计划公告后十五个交易日起的半年内,
# 以集中竞价交易方式,): no name, no verb of their own; and the tail of the seller's own clause after its name
# (因偿还借款 / 出于自身资金需求): a reason, no verb
_PLAN_ONLY = re.compile(r"\s*(?:计划|拟|将|决定|打算|准备|预计|于|在|自|通过|以|采用|采取|按照|根据|并|且|同时|另外|此外|"
                        r"[\d一二三四五六七八九十]+个?(?:交易日|自然日|月|日|年))[^，,；;。]{0,40}")
_PLAN_CLAUSE_VERB = re.compile(r"持有|持股|减持|增持|转让|出售|收购|买入|卖出|公告(?![日之披])|披露(?![日之])|表示|宣布|称|显示|"
                               r"签署|签订|收到|质押")
# 公司另一股东计划…，减持…: a holder the text leaves unnamed opens the plan's clause (nobody named sells)
_UNNAMED_HOLDER = re.compile(r"[\s“”]*(?:公司|其|该公司)?的?(?:另一|另外一名|另一名|一名|部分|某|其他|其余)?(?:位|名|家)?"
                             r"(?:股东|董事|监事|高管|高级管理人员|董监高|实际控制人|实控人|一致行动人)")
_REASON_TAIL = re.compile(r"(?:先生|女士)?\s*(?:[(（][^()（）]{0,30}[)）])?\s*(?:等)?(?:(?:因|由于|基于|出于|为了)[^，,；;。]{0,16})?"
                          r"(?:(?:也|还|则|随即|同时)?(?:表示|宣布|透露|称))?")  # A表示，将在半年内减持…: A's own plan
# what may open the seller's clause before its names: its holding and titles (持股9%的控股股东、实控人之一A)
_HOLDER_LEAD = re.compile(r"[\s“”]*(?:其中|此外|另外|同时)?[，,]?\s*(?:(?:公司|本公司|其)?(?:持股|持有公司股份)?(?:约)?[\d.]*%?(?:以上)?的?"
                          r"(?:公司)?(?:控股股东|实际控制人|实控人|第[一二三四五六七八九十]大股东|大股东|股东|董事长|副董事长|董事|"
                          r"监事会主席|监事|高级管理人员|高管|总经理|副总经理|总裁|副总裁|财务总监|董事会秘书|董秘|一致行动人|"
                          r"核心技术人员)(?:之一)?[、及和]?)*\s*[“\"]?")


_SPEECH_END = re.compile(r"(?:表示|宣布|透露|称)$")


_DONE_HERE = re.compile(r"已|曾|累计|完成|此前")


def _plan_carried(ctx: Ctx, cs: int, t: Span) -> bool:
    """远湖集团计划自公告日起…内，以竞价交易方式，对所持公司股份进行减持: a sale whose clause and the plan-only
    clauses before it (time, manner) say nothing done is planned when the clause that opens them plans it."""
    if _DONE_HERE.search(ctx.text, cs, t.start) or ctx.text.startswith("了", t.end):
        return False
    at = cs
    for _ in range(3):
        if at <= ctx.sent.start:
            return False
        pcs = ctx.clause(at - 1)[0]
        if q_plans(ctx.text[pcs:at - 1]):
            return True
        if ctx.mentions(pcs, at - 1, (*v.ORG, "person")) or not _PLAN_ONLY.fullmatch(ctx.text, pcs, at - 1):
            return False
        at = pcs
    return False


def q_plans(text: str) -> bool:
    return v.q._plans(text)


# 实控人A计划于2025年11月25日至2026年5月23日，以…方式，减持…: the plan and its time told right after the names
_PLAN_TAIL = re.compile(r"(?:先生|女士)?\s*(?:计划|拟|将|决定|预计|打算)[^，,；;。]{0,40}")


def _named_before_plan(ctx: Ctx, cs: int) -> list[Mention] | None:
    """持股10.77%的股东吴昊，计划6个月内以集中竞价方式，减持公司股份… / 董事冯军、立茂投资因偿还借款，计划…内，
    通过集中竞价方式减持… / 实控人A、B计划于…至…，以…方式，减持…: the verb's clause and up to two clauses before it
    name nobody and only tell the plan, its time or its manner; the names closing the clause before those (after them
    at most a reason, or the plan and its time) sell."""
    kinds = (*v.ORG, "person")
    at = cs
    for _ in range(3):
        if at <= ctx.sent.start:
            return None
        pcs = ctx.clause(at - 1)[0]
        named = ctx.mentions(pcs, at - 1, kinds)
        if named:
            last = named[-1]
            tail = ctx.text[last.end:at - 1]
            if not (_REASON_TAIL.fullmatch(tail) or _PLAN_TAIL.fullmatch(tail)) \
                    or _PLAN_CLAUSE_VERB.search(_SPEECH_END.sub("", tail)) or grammar().not_subject.search(last.canonical):
                return None
            group = _seller_list(ctx, last, pcs, at - 1)
            # the names open their clause (after their holding and titles only): its subject, no verb's object
            return group if _HOLDER_LEAD.fullmatch(ctx.text, pcs, group[0].start) else None
        if _UNNAMED_HOLDER.match(ctx.text, pcs):
            return []  # 公司另一股东计划以集中竞价方式，减持…: the seller is not named
        if not _PLAN_ONLY.fullmatch(ctx.text, pcs, at - 1) or _PLAN_CLAUSE_VERB.search(ctx.text, pcs, at - 1):
            return None
        at = pcs
    return None


# 这两家股东 / 两家基金 / 三名股东 / 该两名股东, opening a clause: the parties of a list named before, counted (a
# count word that must match the list; with 上述/前述 the word is read in coref)
_COUNTED_PARTIES = re.compile(r"[\s“”]*(?:其中|此外|另外|同时|而|但|随后|此后|近日|目前|今年以来)?[，,]?\s*(?:这|该|此|这些|以上)?"
                              r"(?:(?P<n>两|二|三|四|五|六|2|3|4|5|6)(?:家|名|位|个|只)"
                              r"(?P<head>股东|大股东|基金|私募基金|机构|投资机构|投资方|投资者|投资人|合伙企业|创投机构|"
                              r"创投|公司|企业|一致行动人|减持主体|董事|高管|自然人股东|法人股东)"
                              r"|(?P<n2>两|二|三)者(?![之间中])|上述(?P<n3>两|二|三)方)"  # 两者拟分别向C转让…: the two just named
                              r"(?:均|都|也|则|还|又|共|合计|一共)?")
_COUNT_OF = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}


def _counted_parties(ctx: Ctx, cs: int, end: int) -> list[Mention] | None:
    """这两家股东计划合计减持… / 两家基金拟于年内减持… / 三名股东均已减持…: a count of parties opening the clause
    (no name before the verb) stands for the list of exactly that many parties named just before (the nearest one,
    in the paragraph or the sentences before it); [] where no list of that size is there (nobody named sells);
    None where the clause opens with no count."""
    found = _COUNTED_PARTIES.match(ctx.text, cs, end)
    if found is None or ctx.mentions(cs, end, (*v.ORG, "person")):
        return None
    from dealgraph.extract.coref import _listed_before

    word = "n" if found.group("n") else "n2" if found.group("n2") else "n3"
    n = _COUNT_OF[found.group(word)]
    group = _listed_before(ctx.doc, found.start(word), n, None, plural=True)
    if len(group) != n:
        group = _clause_openers_before(ctx, cs, n)  # A持股6.12%，B持股2.64%，二者拟合计减持…: A and B
    return [m for m in group if not grammar().not_subject.search(m.canonical)] if len(group) == n else []


def _clause_openers_before(ctx: Ctx, cs: int, n: int) -> list[Mention]:
    """The names opening each of the n clauses right before `cs` in the sentence (none unless each opens with one)."""
    out: list[Mention] = []
    end = cs
    while len(out) < n and end > ctx.sent.start:
        start = ctx.clause(end - 1)[0]
        named = ctx.mentions(start, end, (*v.ORG, "person"))
        lead = _OPENER_LEAD.match(ctx.text, start)
        if not named or named[0].start != lead.end():
            return []
        out.insert(0, named[0])
        end = start
    return out


_OPENER_LEAD = re.compile(r"[\s“”]*(?:其中|此外|另外|同时|而)?[，,]?\s*(?:公司)?(?:股东|大股东|第[一二三四五]大股东)?")


def _holder_for_its(ctx: Ctx, group: list[Mention], kinds: tuple[str, ...]) -> list[Mention]:
    """股东A的减持计划数量已过半，其已累计减持公司股份…: 其, read as the company written about (which sells none of
    its own shares by 减持), stands for the holder named before it in the sentence (after 股东); none otherwise."""
    if len(group) != 1 or group[0].source != "coref" or group[0].text != "其" or ctx.topic is None \
            or group[0].key != ctx.topic.key:
        return []
    holders = [m for m in ctx.mentions(ctx.sent.start, group[0].start, kinds) if m.key != group[0].key
               and _SHAREHOLDER_WORD.search(ctx.text, max(ctx.sent.start, m.start - 5), m.start)]
    return _seller_list(ctx, holders[-1], ctx.sent.start, group[0].start) if holders else []


# 持股8%的股东A，计划6个月内减持… / 实控人之一B，拟通过集中竞价减持…: the name closing the clause before is the
# subject of the plan this clause tells (the verb's clause opens with the plan, a time or a manner)
_NAME_THEN_PLAN = re.compile(r"(?:先生|女士)?\s*(?:[(（][^()（）]{0,30}[)）])?\s*[，,]\s*(?:计划|拟|将|决定|于|在|自|通过|以|累计|合计|共)[^，,；;。]*")


# Between two sellers of one list: a connector (、, 和, 及其一致行动人) and the next one's title
# (董事王某、监事李某 / 副总经理A、董事B、C投资 / 实际控制人A及其一致行动人B / 持股5%的股东A和持股3%的股东B)
_SELLER_JOIN = re.compile(r"[”\"」]?\s*(?:[(（][^()（）]{0,30}[)）])?\s*(?:先生|女士)?\s*(?:、|和|与|及其|及|以及|以及其)\s*(?:公司)?"
                          r"(?:持股\d+(?:\.\d+)?%的)?(?:公司)?(?:(?:控股股东|实际控制人|实控人|股东|一致行动人|关联方|董事长|副董事长|董事|监事会主席|监事|"
                          r"高级管理人员|高管|总经理|副总经理|总裁|副总裁|财务总监|董事会秘书|董秘|配偶|之子|之女)(?:之一)?"
                          r"(?:、|兼|及)?)*\s*[“\"「]?")


# what may stand in a clause of a list besides its names: asides (下称“乙”), and glue (、其一致行动人, 及其关联方)
_LIST_ASIDE = re.compile(r"[(（][^()（）]{0,40}[)）]|(?:以下|下)?(?:简称|称)[“\"「][^”\"」]{1,12}[”\"」]")
_LIST_GLUE = re.compile(r"[\s、，,]*(?:(?:以及|及其|及|和|与|其|的)?(?:一致行动人|关联方|股东|控股股东)?[\s、，,]*)*")


def _list_carried(ctx: Ctx, cs: int, group: list[Mention], kinds: tuple[str, ...]) -> list[Mention]:
    """A（下称“甲”）、其一致行动人B（有限合伙），下称“乙”，以及C共向…出让: the clause with the verb opens with 以及 and
    its first name; the clauses before it that hold only names, asides and glue list the rest of the sellers."""
    opening = _LIST_OPEN.match(ctx.text, cs)
    first = ctx.mentions(cs, group[0].start + 1, kinds)[:1] if group else []
    if opening is None or not first or first[0].start != opening.end():
        return []
    carried: list[Mention] = []
    at = cs
    for _ in range(3):
        if at <= ctx.sent.start:
            break
        pcs, _pce = ctx.clause(at - 1)
        asides = list(_LIST_ASIDE.finditer(ctx.text, pcs, at))
        found = ctx.mentions(pcs, at, kinds)
        names = [m for m in found if not any(a.start() <= m.start < a.end() for a in asides)]
        firms = [f for f in _FIRM_RUN.finditer(ctx.text, pcs, at)
                 if not any(m.start < f.end() and f.start() < m.end for m in names)]
        for f in firms:  # 某某投资控股有限公司（下称“某投”）: a full name the finder missed stands by its short name
            alias = [m for m in found if any(a.start() == f.end() and a.start() < m.start < a.end() for a in asides)]
            names.extend(alias[:1])
        names.sort(key=lambda m: m.start)
        rest = _LIST_ASIDE.sub("", _FIRM_RUN.sub("", "".join(ch for i, ch in enumerate(ctx.text[pcs:at], pcs)
                                                             if not any(m.start <= i < m.end for m in names))))
        if not _LIST_GLUE.fullmatch(rest):
            break
        carried = names + carried
        at = pcs
    keys = {m.key for m in group}
    return [m for i, m in enumerate(carried) if m.key not in keys and m.key not in {x.key for x in carried[:i]}]


_LIST_OPEN = re.compile(r"\s*(?:以及|及)")
_FIRM_RUN = re.compile(r"[\u4e00-\u9fff]{2,20}?(?:股份有限公司|有限责任公司|有限公司|合伙企业)")


def _seller_list(ctx: Ctx, anchor: Mention, start: int, end: int) -> list[Mention]:
    """The sellers listed with `anchor` between `start` and `end`: 股东A及其一致行动人B、C / 董事王某、监事李某
    (names joined by 、/和/及, a title before each) — each sells."""
    kinds = (*v.ORG, "person")
    found = ctx.mentions(start, end, kinds)
    if anchor not in found:
        return [anchor]
    listed = _joined_around(ctx, found, anchor)
    folded: list[Mention] = []  # A（以下简称“B”）、C（以下简称“D”）以及E: each short name is its name, the list goes on
    for m in found:
        if folded and _ALIAS_DEFINED.fullmatch(ctx.text, folded[-1].end, m.start):
            anchor = folded[-1] if m is anchor else anchor
            continue
        folded.append(m)
    longer = _joined_around(ctx, folded, anchor)
    return longer if len(longer) > len(listed) else listed


def _joined_around(ctx: Ctx, found: list[Mention], anchor: Mention) -> list[Mention]:
    at = found.index(anchor)
    first = last = at
    while first > 0 and _seller_joined(ctx, found[first - 1], found[first]):
        first -= 1
    while last + 1 < len(found) and _seller_joined(ctx, found[last], found[last + 1]):
        last += 1
    return found[first:last + 1]


_ALIAS_DEFINED = re.compile(r"\s*[(（](?:以下简称|下称|简称|以下称|下文简称)[:：]?\s*[“\"「]?")


def _seller_joined(ctx: Ctx, left: Mention, right: Mention) -> bool:
    gap = ctx.text[left.end:right.start]
    return left.key != right.key and _SELLER_JOIN.fullmatch(gap) is not None


# A计划在未来六个月内，/ A拟自2021年4月2日起，: a plan whose manner and verb the next clause tells
# (孙立（持股5%以上股东）已通过询价转让的方式，: an aside on the seller may stand first)
_PLAN_GAP = re.compile(r"(?:[(（][^()（）]{0,30}[)）])?\s*(?:计划|拟|将|决定|已经|已|还|也|又|于|在|自)[^，,；;。]{0,30}[，,]\s*")


# …，买方为C / 受让方是C: the buyer of the sale just told, named in a clause of its own
_BUYER_IS = re.compile(r"(?:买方|买家|受让方|受让人|接盘方|收购方)(?:为|是)")


def _buyer_named_after(ctx: Ctx, t: Span, parties: list[Mention]) -> list[Mention]:
    """A拟出售所持B全部股份，买方为C，交易对价约X: C buys (in the sale's part of the sentence)."""
    said = _BUYER_IS.search(ctx.text, t.end, v.q.segment_end(ctx, t.end))
    if said is None:
        return []
    keys = {m.key for m in parties}
    return [m for m in ctx.group_right(said.end(), ctx.clause(said.end())[1], max_gap=0) if m.key not in keys]


# B(002251)8月30日晚间公告 / B公告: a name with its stock code, or announcing, is a listed company
_STOCK_CODE = re.compile(r"\s*[(（]\d{6}(?:\.(?:SZ|SH|BJ))?[)）]")


def _listed_announcer(ctx: Ctx, m: Mention) -> bool:
    """Whether a name found from the words around it is a listed company: it announces (B公告称), or it stands
    with its stock code here or elsewhere in the document (B(002251))."""
    if _STOCK_CODE.match(ctx.text, m.end) or frames_announces(ctx.text, m.end):
        return True
    return any(_STOCK_CODE.match(ctx.text, o.end) for o in ctx.doc.named(m.text) if o is not m)


def frames_announces(text: str, end: int) -> bool:
    from dealgraph.extract.frames import _ANNOUNCES

    return _ANNOUNCES.match(text, end) is not None


# A与C签署了《股份转让协议》，A拟以协议转让的方式转让公司股份…: C, who signed the transfer with the seller, buys
_SIGNED_TRANSFER = re.compile(r"\s*(?:[(（][^()（）]{0,40}[)）])*\s*(?:于[^，,；;。]{1,14}?)?(?:共同|正式|已)?(?:签署|签订|签定|订立)了?"
                              r"[^，,；;。]{0,8}?[《“]?(?:股份转让|股权转让|股份协议转让)(?:意向|框架)?(?:协议|合同)")
_SIGNED_LINK = re.compile(r"\s*(?:[(（][^()（）]{0,40}[)）])*\s*(?:先生|女士)?\s*(?:于[^，,；;。]{1,14}?)?(?:与|和|同)\s*$")


def _signed_transfer_with(ctx: Ctx, t: Span, word: str, sellers: list[Mention], targets: list[Mention]) -> list[Mention]:
    """控股股东A与C签署了《股份转让协议》，A拟以协议方式转让所持公司股份…: a transfer (转让, 出让) whose buyer the
    verb's clause leaves unnamed is bought by the party that signed the share transfer agreement with the seller
    earlier in the sentence; none where no such signing is told."""
    if word not in ("转让", "出让") or not sellers:
        return []
    keys = {m.key for m in sellers + targets}
    kinds = (*v.ORG, "person")
    for signed in _SIGNED_TRANSFER.finditer(ctx.text, ctx.sent.start, t.start):
        cs = ctx.clause(signed.start())[0]
        named = ctx.mentions(cs, signed.start(), kinds)
        if not named or not _SIGNED_TRANSFER.match(ctx.text, named[-1].end):
            continue
        # the names after the last 与 sign with the ones before it (A与C签署… / A于6月5日与C（受让方）签署…)
        cut = next((i for i in range(len(named) - 1, 0, -1)
                    if _SIGNED_LINK.search(ctx.text, named[i - 1].end, named[i].start)), None)
        if cut is None:
            continue
        signers, group = named[:cut], named[cut:]
        if any(m.key in keys for m in signers) and not any(m.key in keys for m in group):
            return group
    return []


def _not_a_stock(name: str) -> bool:
    """减持一点贴补家用, 减持预披露, 减持市值最高: words a cue took for the company sold (ordinary words, a verb of
    disclosure, an adverb ending them)."""
    from dealgraph.extract import mentions as mentions_mod

    return mentions_mod._common_words(name) or "披露" in name or name.startswith(("截至", "截止")) \
        or name[-1] in "便仅均也还又再都就才亦曾"


def _sold_whole(ctx: Ctx, target: Mention, end: int, unit: bool) -> bool:
    """出售B。/ 出售B，…: a company named alone after the verb, sold whole; a name found from its shape only where
    the text calls it a unit (出售旗下的B)."""
    rest = ctx.text[target.end:end].strip()
    return rest in ("", "了") and (target.kind == "organization" or unit)


_CUT_TOWARD = re.compile(r"对[^，,；;。对]{2,30}?(?P<end>)(?:进行了|进行|分别|均|再次|继续|大幅|持续)*$")
_SHARES_WORD_END = re.compile(r"(?:的)?(?:股份|股票|股权|A股|H股)?")
_OWN_SHARES_TOWARD = re.compile(r"(?:其)?(?:所持有的|所持的|所持|持有的)?(?:本公司|公司|上市公司)(?:A股|H股)?(?:部分|全部)?的?(?:股份|股票)$")
# a person named with a title (实际控制人王某): a seller, never a company sold
_TITLED = re.compile(r"(?:实际控制人|实控人|控股股东|董事长|董事|董秘|监事|高管|副总经理|总经理|副总裁|总裁)")
# 同花顺iFinD交易记录显示, A数据显示: the sentence's first name is where the figures come from
_A_SOURCE = re.compile(r"[^，,；;。]{0,14}?(?:显示|数据|记录|统计|报道|援引)")
# 减持家纺龙头B / 减持白马股B / 减持其重仓股——B: a stock described before its name (never 龙头股份, a name)
_STOCK_EPITHET = re.compile(r"(?:[\u4e00-\u9fff]{0,4}?(?:龙头(?:股(?!份))?|白马股|蓝筹股|权重股|重仓股|概念股)|"
                            r"(?:其|该基金|该机构)?重仓的?)\s*(?:——|—|－|-)?\s*")
# 对B、C、D等个股进行减持 / 对B和C两只股票进行了减持: what closes a list of the stocks sold
_STOCKS_LISTED_END = re.compile(r"\s*(?:等|共)?(?:\d+|[一二三四五六七八九十两几多]+)?(?:只|家|支)?"
                                r"(?:个股|股票|公司|上市公司|标的|重仓股)?(?:的)?(?:股份|股票|持仓)?\s*")
_SUFFERED = re.compile(r"(?:遭遇|遭到|遭受|遭|面临|迎来)(?:了|新一轮|大股东|股东|大额|大幅)*$")


# the next sentence on the shares just sold (这批股份的转让价为…, 本次转让…): its share of the company and the proceeds
_BATCH_NEXT = re.compile(r"\s*(?:这批|该批|上述|此次|本次|这部分|该部分)(?:询价)?(?:转让|出让)?的?(?:股份|股票)?")
_SHARE_OF_WHOLE = re.compile(r"占[^，,；;。]{0,12}?(?:总股本|股份总数|总股份)(?:的)?(?:比例)?(?:为|约为|约)?\s*$")
_PROCEEDS_BEFORE = re.compile(r"(?:套现|转让总金额|交易总额|交易金额|成交金额|转让价款|总金额|总价款)(?:合计|共计|总计)?(?:为|达|约为|约|达到)?\s*$")


def _batch_told_next(ctx: Ctx, fact: FactRecord) -> None:
    """共向18家机构出让了2000万股公司股份。这批股份的转让价为每股30元，约占总股本的2.2%，三方合计套现约6亿元: the
    sentence right after, opening on the batch, tells the part of the company sold and the proceeds (never the
    price of one share)."""
    after = next((s for s in ctx.doc.sentences if s.start >= ctx.sent.end), None)
    if after is None or not _BATCH_NEXT.match(ctx.text, after.start) or _BATCH_NEXT.match(ctx.text, after.start).end() \
            == after.start:
        return
    if fact.stake is None:
        fact.stake = next((p for p in ctx.values("percent", after.start, after.end)
                           if _SHARE_OF_WHOLE.search(ctx.text, after.start, p.start)), None)
    if fact.amount is None:
        fact.amount = next((m for m in ctx.values("money", after.start, after.end)
                            if _PROCEEDS_BEFORE.search(ctx.text, after.start, m.start)), None)


def _stake_sold(ctx: Ctx, t: Span, stake: Value | None) -> Value | None:
    """The stake sold, written after the verb: never the one left (降至3%), the one before (从8%), or the seller's
    holding named before the verb (持股11%的股东A减持…)."""
    if stake is not None and t.start < stake.start and stake.end <= _sale_window_end(ctx, t):
        before = ctx.text[max(t.end, stake.start - 5):stake.start]
        return None if v._DOWN_TO.search(before) or before.endswith("从") else stake
    return _stake_after_verb(ctx, t)  # (…，已不是持股5%以上的股东: a holding's threshold elsewhere, no share sold)


# 减持不超过2%的公司股份 / 减持至多公司总股本2%的股份 / 减持…万股(占总股本的3%) / …万股，占总股本1.2%: the part of the
# company sold, written after the verb (its clause, or the ratio clause right after it)
_SOLD_PART = re.compile(r"\s*(?:的)?(?:公司|本公司|上市公司)?(?:股份|股权|股票)")
_PART_BEFORE = re.compile(r"(?:总股本|股份总数|总股份)(?:的)?(?:比例)?(?:为|约为|约)?\s*$|(?:不超过|不超|至多|最多|合计|共计|累计|约|逾|超过)\s*$")
_RATIO_OPENS = re.compile(r"\s*[(（]?\s*(?:即|约|合计)?(?:不超过)?\s*占|\s*(?:本次|拟)?(?:减持|转让|出售)(?:股份)?(?:的)?(?:比例|数量)")


def _sale_window_end(ctx: Ctx, t: Span) -> int:
    """Where what a sale's verb says of it ends: its clause, and the ratio clauses right after it (…万股，占总股本1.2%)."""
    end = ctx.clause(t.start)[1]
    while end < ctx.sent.end and _RATIO_OPENS.match(ctx.text, end + 1):
        end = ctx.clause(end + 1)[1]
    return end


def _stake_after_verb(ctx: Ctx, t: Span) -> Value | None:
    """The share of the company a sale moves, written after its verb: a percentage of the company's shares
    (2%的公司股份, 公司总股本2%的股份, 占公司总股本的3%) in the verb's clause or a ratio clause right after it
    (…万股，占总股本1.2%); none that a holding is said to fall to (降至3%) or from."""
    for found in ctx.values("percent", t.end, _sale_window_end(ctx, t)):
        before = ctx.text[max(t.end, found.start - 8):found.start]
        if v._DOWN_TO.search(before) or before.endswith(("从", "由")):
            return None
        if _SOLD_PART.match(ctx.text, found.end) or _PART_BEFORE.search(before) \
                or found.start == t.end and _CLAUSE_CLOSES.match(ctx.text, found.end):
            return found  # (拟减持不超过1%。: the part right after the verb, closing the clause)
    return None


_CLAUSE_CLOSES = re.compile(r"\s*(?:[，,。；;）)]|$)")


# A完成对B的(全部)退出 / A已从B(中)退出: the company left, before the verb
_LEFT_DONE = re.compile(r"(?:完成了|完成|实现了|实现)对(?P<name>.{2,40}?)(?:的投资)?的?\s*(?:全部|全面|完全)?$")
_LEFT_FROM = re.compile(r"从(?P<name>.{2,40}?)(?:中|的股东中)?\s*(?:全面|完全|全部)?$")


def _exit_done(ctx: Ctx, frame: Frame, t: Span, cs: int) -> list[FactRecord]:
    """A完成对B的退出 / A已从B退出: A sold all its shares of B (退出 alone, 退出市场, names no sale)."""
    before = ctx.text[cs:t.start]
    m = _LEFT_DONE.search(before) or _LEFT_FROM.search(before)
    if m is None:
        return []
    targets = [x for x in ctx.mentions(cs + m.start("name"), cs + m.end("name"), v.ORG)
               if x.end == cs + m.start("name") + len(m.group("name"))][:1]
    sellers = [x for x in ctx.group_left(cs, cs + m.start(), (*v.ORG, "person")) or ctx.carried_subject(t.start)
               if targets and x.key != targets[0].key]
    if not targets or not sellers:
        return []
    facts = v._deal(ctx, frame, t, [], targets, unnamed_agent=True)
    for fact in facts:
        _add_sellers(fact, sellers[-1:])
    return facts

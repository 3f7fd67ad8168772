"""Money put into funds, as listed companies' announcements word it (the fund is the investee):

- A拟与B、C共同出资设立F / A与B…签署《F合伙协议》，共同出资设立F: each party invests in F (fund_founded);
- A作为有限合伙人出资X万元，占F认缴总额N% / A作为LP认缴X: A invests in F, the
  fund named in the sentence, else the one the document is about (limited_partner);
- A拟以自有资金X万元认购F的出资份额 / 参与认购F的基金份额: A invests in F; A将持有合伙企业N%的出资份额: A holds
  N% of the fund the document is about (fund_share);
- A拟参与投资F / 参与认购F / 参与投资设立F: A invests in F, a fund named right after (fund_join); in a title
  (X关于全资子公司参与投资F的公告) the subsidiary left unnamed invests, not X, and only as a plan.
A share word with no fund before it (认购以下投资基金份额) names no investee.
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

ORG = ("organization", "candidate")
# 青岚创投合伙企业（有限合伙）, 青岚二期基金, 青岚创投中心: a fund's name (a short name stands for its full one)
_FUND_END = re.compile(r"(?:合伙企业|基金|投资中心|创投中心|投资企业)$")
_PARTNERSHIP_AFTER = re.compile(r"\s*[(（]有限合伙[)）]")
# 合伙企业 / 该基金 / 本合伙企业 / 标的基金: the fund the document is about, named before (not 投资基金 alone: 认购以下
# 投资基金份额 names none)
_FUND_WORD = re.compile(r"(?:本|该|标的|上述|前述|此)?(?:有限合伙企业|合伙企业|基金|投资基金|产业基金)$")
_FUND_POINTER = re.compile(r"(?:(?:本|该|标的|上述|前述)(?:有限合伙企业|合伙企业|基金|投资基金|产业基金)|(?<![\u4e00-\u9fff])合伙企业|(?<=持有|成为|作为)合伙企业)$")
# what may stand between a fund's name and 的出资份额: its legal form, its short names, its name still to be confirmed
_NAME_TAIL = re.compile(r"[”\"」)）]*(?:\s*[(（][^()（）]{0,60}[)）])*\s*")
_PERCENT_TAIL = re.compile(r"\s*(?:约|合计)?\d+(?:\.\d+)?\s*%\s*$")
# 持有合伙企业 read as one name: a verb, then the word for the fund written about
_VERB_FUND = re.compile(r"(?:持有|认购|认缴|参与|设立|投资|成为)(?P<word>(?:本|该)?(?:有限合伙企业|合伙企业|基金))")
# a clause whose subject is the company written about (公司以自有资金…, 同意公司…)
_COMPANY_OPENS = re.compile(r"[\s“”]*(?:[\d一二三四五六七八九十]+[、.．]\s*)?(?:[^，,；;。:：\n]{2,8}[:：]\s*)?(?:其中|同时|另外|此外)?(?:同意|由)?(?:本公司|公司)")
# the verb that puts money into the fund named after it (not 受让: a transfer, read as an acquisition)
_JOIN_VERB = re.compile(r"(?:参与)?(?:认购|认缴|购买|持有)了?")
_SUBSIDIARY_BEFORE = re.compile(r"(?:全资|控股)?(?:子公司|孙公司)(?:拟|将|计划)?$")
_STAKE_LEAD = re.compile(r"(?:占|占比|比例为?|出资比例为?|认缴比例为?)[^，,；;。%]{0,40}$")
_PLAN = re.compile(r"拟|计划|将|筹划|意向")
_LEAD = re.compile(r"[\s“”]*(?:其中|同时|此外|另外)?[\s，,]*")


# 契约型基金, 私募股权投资基金, 产业并购基金: a kind of fund, no fund's name
_KIND_OF_FUND = re.compile(r"(?:一只|一支|一个|该|新的?)?(?:契约型|公司型|合伙型|有限合伙型|合伙制|公司制|私募|公募|专项|并购|产业|股权|创业|"
                           r"投资|创投|引导|母|子|天使|种子|风险|政府|市场化|人民币|美元|双币|早期|成长|发展|战略|新兴)+"
                           r"(?:基金|合伙企业|有限合伙企业)")


def fund_shaped(ctx: Ctx, m: Mention) -> bool:
    """Whether the mention names a fund: its name (or the full name a short one stands for) ends as a fund's does,
    or its legal form (有限合伙) follows it; not a fund's manager (…基金管理有限公司) nor the bare word 基金."""
    name = m.canonical or m.text
    if len(name) < 4 or _FUND_WORD.fullmatch(name) or _VERB_FUND.fullmatch(name) or _KIND_OF_FUND.fullmatch(name):
        return False
    return bool(_FUND_END.search(name) or _PARTNERSHIP_AFTER.match(ctx.text, m.end) and "公司" not in name[-2:])


def fund_before(ctx: Ctx, pos: int) -> Mention | None:
    """The fund the document is about at pos: the last fund named before it."""
    return next((m for m in reversed(ctx.doc.mentions_in(0, pos, ORG)) if fund_shaped(ctx, m)), None)


def _fund_ending_at(ctx: Ctx, cs: int, end: int) -> tuple[Mention, int] | None:
    """The fund whose name ends right before end, past its bracketed legal form and short names and a share of it
    (F（有限合伙）（下称B或基金）的份额, 持有F 4%的份额), or a word for the fund written about (合伙
    企业, 该基金) there; with where its name stands in this clause."""
    pct = _PERCENT_TAIL.search(ctx.text, cs, end)  # 持有F 4.00%的出资份额: the share of the fund between
    end = pct.start() if pct else end
    while (group := _BRACKET_TAIL.search(ctx.text, cs, end)) is not None:
        end = group.start()
    for m in reversed(ctx.mentions(cs, end, ORG)):
        if m.end < end - 1 or ctx.text[m.end:end].strip("”\"」 "):
            break
        glued = _VERB_FUND.fullmatch(m.text)
        if glued:  # 将持有合伙企业4%: the verb, then the word for the fund, read as one name
            found = fund_before(ctx, m.start)
            return (found, m.start + glued.start("word")) if found is not None else None
        return (m, m.start) if fund_shaped(ctx, m) else None
    word = _FUND_POINTER.search(ctx.text, max(cs, end - 7), end)
    found = fund_before(ctx, word.start()) if word else None
    return (found, word.start()) if found is not None and word is not None else None


_BRACKET_TAIL = re.compile(r"[(（][^()（）]{0,80}[)）]\s*$")


def _investors(ctx: Ctx, cs: int, pos: int, fund: Mention | None) -> list[Mention]:
    """The parties putting money in: the names right before the verb in its clause (A全资子公司B拟…: B), else the
    subject carried into the clause; never the fund itself."""
    named = [m for m in ctx.group_left(cs, pos) if (fund is None or m.key != fund.key) and not _VERB_FUND.fullmatch(m.text)]
    if named:
        return named
    if _COMPANY_OPENS.match(ctx.text, cs):  # 根据协议约定，公司作为有限合伙人…: the company opens the clause
        return _the_company(ctx, cs + 1)
    for f in reversed(ctx.facts):  # A拟认购F份额并成为其LP: A, who just put money in
        if f.type == "investment" and f.roles.get("investor") and fund is not None and len(f.roles["investor"]) == 1 \
                and "fund_agreement" not in f.rule and any(m.canonical == fund.canonical for m in f.roles["investee"]):
            return list(f.roles["investor"])
    start = cs
    while start > ctx.sent.start:  # 公司以自有资金认缴出资2000万元，参与认购F: the company opening a clause before;
        start = ctx.clause(start - 1)[0]  # A拟作为有限合伙人，使用自有资金…参与投资F: A, the subject of the one before
        opening = [m for m in ctx.mentions(start, cs, ORG) if _LEAD.fullmatch(ctx.text, start, m.start)]
        if opening and (fund is None or opening[0].key != fund.key):
            return opening[:1]
        if ctx.mentions(start, cs, ORG):
            break
        if _COMPANY_OPENS.match(ctx.text, start):
            return _the_company(ctx, start + 1)
    return [m for m in ctx.carried_subject(pos) if not fund_shaped(ctx, m)]


def _the_company(ctx: Ctx, pos: int) -> list[Mention]:
    """公司 as a clause's subject: the company the announcement's head names, else the one carried (never a fund)."""
    titled = v._title_company(ctx)
    if titled is not None and not fund_shaped(ctx, titled):
        return [titled]
    heading = next((m for m in ctx.doc.mentions_in(0, ctx.sent.start, ORG)
                    if _ABOUT_NOTICE.match(ctx.text, m.end) and not fund_shaped(ctx, m)), None)
    if heading is not None:  # 澄川科技关于…的公告。…公司…: the company whose notice it is
        return [heading]
    return [m for m in ctx.carried_subject(pos) if not fund_shaped(ctx, m)]


_ABOUT_NOTICE = re.compile(r"\s*(?:[(（][^()（）]{0,20}[)）])?\s*(?:关于|公告|发布公告)")


def _investment(ctx: Ctx, t: Span, agents: list[Mention], fund: Mention, rule: str,
                unnamed_agent: bool = False) -> list[FactRecord]:
    from dealgraph.extract.coref import TITLE_LINE

    frame = Frame("investment", "fund", ("investor", "investee"), ())
    facts = v._deal(ctx, frame, t, agents, [fund], unnamed_agent=unnamed_agent)
    title = ctx.sent.index < 4 and TITLE_LINE.fullmatch(ctx.sent.text.strip()) \
        or _CONSENT.search(ctx.text, ctx.sent.start, t.start)  # 董事会同意公司认购…: approved, still to be done
    line = ctx.text.rfind("\n", 0, t.start) + 1  # (an item may run over sentences on its line)
    item = _TERMS_ITEM.search(ctx.text, max(line, t.start - 120), t.start) and not _DONE.search(ctx.text, *ctx.clause(t.start))
    for f in facts:
        f.rule = rule
        if (title or item or _founding_planned(ctx, fund)) and f.modality == "asserted":
            f.modality = "planned"  # 关于参与认购F份额的公告: a title names the deal as its topic; the body says if done
    return facts


def _founding_planned(ctx: Ctx, fund: Mention) -> bool:
    """公司将以…与A、B共同设立F(…)。…本次C作为LP认缴2000万元: the sentence that first names the fund
    plans its setting up (拟, 将); the terms told after it, with nothing said done in their own sentence, are the plan's."""
    first = next((m for m in ctx.doc.mentions_in(0, ctx.sent.start, ORG) if m.key == fund.key), None)
    if first is None or _DONE.search(ctx.text, ctx.sent.start, ctx.sent.end):
        return False
    sent = next((x for x in ctx.doc.sentences if x.start <= first.start < x.end), None)
    return sent is not None and _PLAN.search(ctx.text, sent.start, first.start) is not None


# 投资金额：公司以自有资金认缴出资2000万元 / 认购基金份额：…: an item of an announcement's key points states the terms
# of the deal, not that it was made (unless it says so: 已完成, 已签署)
_TERMS_ITEM = re.compile(r"(?:投资金额|投资标的|认购基金份额|认购份额|认购金额|出资金额|出资额|出资方式|投资方式|认缴出资)\s*[:：]")
_DONE = re.compile(r"已经|已|完成|签署了|签订了")
_CONSENT = re.compile(r"同意(?:公司|本公司|全资子公司|控股子公司|子公司)")


def fund_share(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """A拟以自有资金X万元认购F的出资份额: A invests in F; A将持有合伙企业N%的出资份额: A holds N% of the fund."""
    end = t.start - 1 if ctx.text.startswith("的份额", t.start - 1) else t.start  # F的份额 / F份额
    listed = _BELOW.search(ctx.text, max(ctx.sent.start, end - 10), end)
    if listed is not None:
        return _listed_funds(ctx, t, listed.start())
    found = _fund_ending_at(ctx, ctx.sent.start, end)  # the fund's short names in brackets may hold a comma
    if found is None:
        return []
    fund, at = found
    cs, _ = ctx.clause(at)
    verbs = list(_JOIN_VERB.finditer(ctx.text, cs, at))
    if not verbs:
        return []
    verb = verbs[-1]
    vt = Span(verb.start(), verb.end())
    agents = _investors(ctx, cs, verb.start(), fund)
    if verb.group().startswith("持有"):
        if agents and _BOUGHT_FROM.search(ctx.text, agents[-1].end, verb.start()):
            return []  # A受让上述转让人持有的F份额: the sellers hold the units, not A
        facts = v._deal(ctx, Frame("shareholding", "fund", ("holder", "company"), ()), vt, agents, [fund])
        for f in facts:
            stakes = ctx.values("percent", verb.end(), t.end)
            f.stake = stakes[0] if stakes else None
            f.rule = "shareholding:fund_share:持有"
        return facts
    return _investment(ctx, vt, agents, fund, f"investment:fund_share:{verb.group()}")


_BOUGHT_FROM = re.compile(r"受让|收购|购买|购入|承接|买入")


# 认购以下投资基金份额 / 认购下列基金的份额: the funds are listed after (a table, as announcements give it)
_BELOW = re.compile(r"(?:以下|下列|下述)(?:投资|产业|私募)?(?:基金|合伙企业)的?(?:出资)?$")
_SECTION = re.compile(r"[一二三四五六七八九十]+、")


def _listed_funds(ctx: Ctx, t: Span, mark: int) -> list[FactRecord]:
    """公司认购下列基金的份额…：名称 金额 F1 5,000.00 F2 …: the subject invests in each fund
    listed after the words, up to the next numbered section of the announcement."""
    cs, _ = ctx.clause(mark)
    verbs = list(_JOIN_VERB.finditer(ctx.text, cs, mark))
    if not verbs:
        return []
    section = _SECTION.search(ctx.text, t.end, t.end + 800)
    stop = section.start() if section else min(len(ctx.text), t.end + 800)
    funds = _distinct_keys([m for m in ctx.doc.mentions_in(t.end, stop, ORG) if fund_shaped(ctx, m)])
    agents = _investors(ctx, cs, verbs[-1].start(), None)
    agents = [a for a in agents if a.key not in {f.key for f in funds}]
    facts = []
    for fund in funds:
        for f in _investment(ctx, Span(verbs[-1].start(), verbs[-1].end()), agents, fund,
                             f"investment:fund_share:{verbs[-1].group()}"):
            f.amount = f.stake = None  # the total is no one fund's
            f.evidence = Span(ctx.sent.start, ctx.sent.end)
            facts.append(f)
    return facts


def admitted(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """F拟引入新的有限合伙人A / 合伙企业新增有限合伙人A、B: the partners let in put money into the fund (the subject,
    or the fund the document is about)."""
    cs, ce = ctx.clause(t.start)
    partners = ctx.group_right(t.end, ce, ORG, max_gap=1)
    before = [m for m in ctx.mentions(cs, t.start, ORG)]
    fund = before[-1] if before and fund_shaped(ctx, before[-1]) else None
    if fund is None and not before:
        word = _FUND_POINTER.search(ctx.text, cs, t.start)
        fund = fund_before(ctx, cs) if word else None
    if fund is None or not partners:
        return []
    facts = []
    for p in partners:
        if p.key != fund.key:
            facts += _investment(ctx, t, [p], fund, f"investment:admitted:{ctx.text[t.start:t.end]}")
    return facts


def limited_partner(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """A作为有限合伙人出资X万元，占F认缴总额N%: A invests X in F (the fund named after it in the
    sentence, else the one named before it there, else the fund the document is about)."""
    cs, _ = ctx.clause(t.start)
    if ctx.text.startswith("的", t.start):  # A拟作为F的LP出资X: F named between the words
        tail = t.start
        while (group := _BRACKET_TAIL.search(ctx.text, cs, tail)) is not None:
            tail = group.start()  # F（有限合伙）（下称B）的有限合伙人: past the brackets to the name
        named = [m for m in ctx.mentions(cs, tail, ORG) if m.end >= tail - 1 and not _VERB_FUND.fullmatch(m.text)]
        word = _FUND_POINTER.search(ctx.text, max(cs, tail - 7), tail) if not named else None
        if word is not None:  # 成为(该)合伙企业的有限合伙人: the fund the document is about
            found = fund_before(ctx, word.start())
            named = [Mention(word.start(), word.end(), ctx.text[word.start():word.end()], found.kind, found.key,
                             "coref", found.canonical)] if found is not None else []
        lead = _BECOMES.search(ctx.text, max(cs, named[0].start - 4), named[0].start) if named else None
        if lead is None or not fund_shaped(ctx, named[0]):
            return []
        fund, after = named[0], []
        agents = _investors(ctx, cs, lead.start(), fund)
        t = Span(lead.start(), t.end)  # the mood is read from 作为/成为 on
    else:
        after = [m for m in ctx.mentions(t.end, ctx.sent.end, ORG) if fund_shaped(ctx, m)
                 and _INTO.search(ctx.text, max(t.end, m.start - 4), m.start)]  # not a partner after 与
        before = [m for m in ctx.mentions(ctx.sent.start, t.start, ORG) if fund_shaped(ctx, m)]
        fund = after[0] if after else before[-1] if before else fund_before(ctx, t.start)
        fund = _known_name(ctx, fund) if fund is not None else None
        if fund is None:
            return []
        agents = _investors(ctx, cs, t.start, fund)
    facts = _investment(ctx, t, agents, fund, f"investment:limited_partner:{ctx.text[t.start:t.end]}")
    stop = after[0].start if after else ctx.sent.end
    money = [m for m in ctx.values("money", t.end, ctx.sent.end) if m.start < max(stop, t.end + 40)]
    stakes = [p for p in ctx.values("percent", t.end, ctx.sent.end) if _STAKE_LEAD.search(ctx.text, t.end, p.start)]
    for f in facts:
        f.amount = money[0] if money else None
        f.stake = stakes[0] if stakes else None
    return facts


_BECOMES = re.compile(r"(?:作为|成为)\s*$")
# the verb or word right before the fund a partner puts money into (参与投资F, 认购F, 占F…, 入伙F)
_INTO = re.compile(r"(?:认购|认缴|投资|设立|占|入伙|加入|参与)了?$")


def _known_name(ctx: Ctx, m: Mention) -> Mention:
    """占复星青禾基金2.5%: where the name found is the tail of a longer one the document gave before (复星 read
    apart as a known company), the longer one."""
    longer = [k for k in ctx.doc.mentions_in(0, m.start, ORG) if k.text.endswith(m.text) and len(k.text) > len(m.text)
              and ctx.text.endswith(k.text[:len(k.text) - len(m.text)], 0, m.start)]
    return longer[-1] if longer else m


def fund_join(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """A拟参与投资F / 参与认购F / 参与投资设立F: A invests in the fund named right after; X关于全资子公司参与投资F的
    公告: the subsidiary, unnamed, invests (a title tells the plan only). Other objects are left to the round
    readers (参与投资B的A轮融资)."""
    cs, ce = ctx.clause(t.start)
    set_up = _SET_UP_AFTER.match(ctx.text, t.end + (2 if ctx.text.startswith("发起", t.end) else 0))
    if ctx.text[t.start:t.end] == "参与" and set_up is None:
        return []  # 参与了B的A轮融资: the round readers'
    start = set_up.end() if set_up else t.end + (1 if ctx.text.startswith("了", t.end) else 0)
    named = ctx.group_right(start, ce, ORG, max_gap=0)
    fund = _known_name(ctx, named[0]) if named and fund_shaped(ctx, named[0]) else None
    if fund is None:
        return []
    unit = _SUBSIDIARY_BEFORE.search(ctx.text, max(cs, t.start - 8), t.start)
    agents = [] if unit else _investors(ctx, cs, t.start, fund)
    word = ctx.text[t.start:start].rstrip("了")
    if word in ("参与设立", "参与发起设立", "参与成立"):  # A参与设立了F: A is among F's founders (no money said)
        facts = v._deal(ctx, Frame("founding", "fund", ("founder", "company"), ()), t, agents, [fund])
        for f in facts:
            f.rule = f"founding:fund_join:{word}"
        return facts
    return _investment(ctx, t, agents, fund, f"investment:fund_join:{word}", unnamed_agent=True)


def fund_founded(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """A拟与B(…)，及C、D共同出资设立F / A、B共同出资设立F / A与B…签署《F合伙协议》，共同出资设立F: each party
    invests in F (each its own fact: the total, or one party's part, is no other's amount)."""
    cs, ce = ctx.clause(t.start)
    paying = ctx.text.endswith(("出资", "投资"), 0, t.end)
    after = _SET_UP_AFTER.match(ctx.text, t.end) if paying else None
    if paying and after is None:
        return []  # 获得A、B共同出资, A与B共同投资B: the round and joint investment readers'
    start = after.end() if after else t.end + (1 if ctx.text.startswith("了", t.end) else 0)
    named = ctx.group_right(start, ce, ORG, max_gap=0)
    if not named:
        return []
    fund = named[0]
    if not fund_shaped(ctx, fund):  # A计划与B共同投资设立C有限公司: a company, read by the joint investment readers;
        return _venture(ctx, t, fund) if ctx.text.endswith("出资", 0, t.end) else []  # 共同出资设立C: a venture
    parties = _founders(ctx, t, fund)
    if not parties:
        return []
    subject = parties[0]
    facts = []
    for p in parties:
        facts += _investment(ctx, t, [p], fund, f"investment:fund_founded:{ctx.text[t.start:t.end]}")
    plan = _PLAN.search(ctx.text, max(ctx.sent.start, subject.end), t.start)
    for f in facts:
        f.amount = None
        if plan is not None and f.modality == "asserted":
            f.modality = "planned"  # A拟与B(下称“B”)，及C共同出资设立F: the plan opens the sentence
    return facts


def _venture(ctx: Ctx, t: Span, company: Mention) -> list[FactRecord]:
    """A与B共同出资设立C (C a company, no fund): the parties found C together, a joint venture (a partnership with
    C as its result, as frames.yaml's 共同设立C)."""
    if _FUND_KIND_END.search(company.text):
        return []  # 共同出资设立契约型基金: a kind of fund, no company
    parties = [p for p in _founders(ctx, t, company) if p.key != company.key]
    if len({p.key for p in parties}) < 2:
        return []
    fact = q.base_fact(ctx, "partnership", {"party": parties, "result": [company]}, t, kind="joint_venture")
    fact.rule = f"partnership:venture:{ctx.text[t.start:t.end]}"
    fact.date = q.date_for(ctx, t)  # 今年4月，A与B共同出资设立C: the venture is dated as any deal is
    return [fact]


_FUND_KIND_END = re.compile(r"(?:基金|合伙企业|有限合伙[)）]?)$")
_SET_UP_AFTER = re.compile(r"(?:发起)?(?:设立|成立)了?")
_WITH = re.compile(r"(?:拟|将|计划|已)?(?:于[^，,；;。与]{2,14}?)?(?:作为有限合伙人(?:[^，,；;。与]|(?<=\d),(?=\d)){0,24}?)?(?:与|和)")
_BOOK = re.compile(r"《[^》]*》")


def _founders(ctx: Ctx, t: Span, fund: Mention) -> list[Mention]:
    """The parties of 共同出资设立 or of a signed partnership agreement: the subject of the sentence (a name, or 公司:
    the company written about) and every name after its 与 up to the verb (A拟与B(…)，及C、D共同…; 公司与A、B签署了
    《…》), else the names listed right before the verb (A、B共同出资设立F); never the fund, names inside a
    document's title, nor the owner before a subject (A全资子公司B与C…: B and C)."""
    cs, _ = ctx.clause(t.start)
    books = [(b.start(), b.end()) for b in _BOOK.finditer(ctx.text, ctx.sent.start, t.start)]

    def free(m: Mention) -> bool:  # (not a stretch guessed from the words around it: 促进公司业绩增长)
        return m.key != fund.key and not any(s <= m.start < e for s, e in books) \
            and not (m.kind == "candidate" and m.source in ("context", "cue"))

    names = [m for m in ctx.mentions(ctx.sent.start, t.start, ORG) if free(m)]
    company = _COMPANY_WITH.search(ctx.text, ctx.sent.start, t.start)
    for i, m in enumerate(names):
        if company is not None and company.start() < m.start:
            break
        link = _WITH.match(ctx.text, _NAME_TAIL.match(ctx.text, m.end).end())
        if link is None:
            continue
        return _distinct_keys([m] + names[i + 1:])
    if company is not None:
        after = [m for m in names if m.start >= company.end()]
        return _distinct_keys(_the_company(ctx, company.start() + 1) + after) if after else []
    return [m for m in ctx.group_left(cs, t.start) if free(m)]


# 公司拟与A… / 公司于2023年10月10日与A…: the company written about, then its partners
_COMPANY_WITH = re.compile(r"(?<![\u4e00-\u9fff])(?:本公司|公司)(?:拟|将|已|计划)?(?:于[^，,；;。与]{2,16}?)?"
                           r"(?:作为有限合伙人(?:[^，,；;。与]|(?<=\d),(?=\d)){0,24}?)?(?:与|和)")  # 公司拟以LP身份出资X与A…


def _distinct_keys(found: list[Mention]) -> list[Mention]:
    out, seen = [], set()
    for m in found:
        if m.key not in seen:
            out.append(m)
            seen.add(m.key)
    return out


_SIGNED = re.compile(r"(?:共同)?(?:签署|签订|订立)了?\s*$")


def fund_agreement(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """公司拟与A(以下简称“A'”)、B及C签署《F合伙协议》 / A与B、C共同签署了《F合伙协议》: the signers of a fund's
    partnership agreement are its partners, each putting money into F (one fact each, with no amount)."""
    opened = ctx.text.rfind("《", ctx.sent.start, t.start)
    if opened < 0 or ctx.text.find("》", opened, t.start) >= 0 or not ctx.text.startswith("》", t.end) \
            or not _SIGNED.search(ctx.text, max(ctx.sent.start, opened - 8), opened):
        return []
    inside = [m for m in ctx.mentions(opened, t.start, ORG) if m.start == opened + 1]
    if not inside or not fund_shaped(ctx, inside[0]) \
            or not re.fullmatch(r"(?:\s*[(（]有限合伙[)）])?\s*", ctx.text[inside[0].end:t.start]):
        return []
    fund = inside[0]
    parties = _founders(ctx, Span(opened, opened), fund)
    if not parties:
        cs, _ = ctx.clause(opened)
        parties = _the_company(ctx, cs + 1) if _COMPANY_OPENS.match(ctx.text, cs) else []
    facts = []
    for p in parties:
        facts += _investment(ctx, t, [p], fund, f"investment:fund_agreement:{ctx.text[t.start:t.end]}")
    plan = _PLAN.search(ctx.text, max(ctx.sent.start, parties[0].end), opened) if parties else None
    for f in facts:
        f.amount = f.stake = None
        if plan is not None and f.modality == "asserted":
            f.modality = "planned"
    return facts


def subscribed(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """公司与A、B共同签署了《F合伙协议》，公司认缴出资额2000万元，出资比例19.46%: the party named (or 公司) pays X
    into the fund the sentence names (inside the agreement's title too); nothing where the sentence names no fund
    (A认缴出资500万元设立B公司: a company's capital) or the fund itself subscribes (合伙企业认缴出资总额为…)."""
    cs, _ = ctx.clause(t.start)
    after = [m for m in ctx.mentions(t.end, ctx.sent.end, ORG) if fund_shaped(ctx, m)
             and _INTO.search(ctx.text, max(t.end, m.start - 4), m.start)]
    before = [m for m in ctx.mentions(ctx.sent.start, t.start, ORG) if fund_shaped(ctx, m)]
    fund = after[0] if after else before[-1] if before else _fund_item(ctx)
    if fund is None:
        return []
    fund = _known_name(ctx, fund)
    named = ctx.group_left(cs, t.start)
    if named and (any(m.key == fund.key for m in named) or not _SUBJECT_GAP.fullmatch(ctx.text, named[-1].end, t.start)):
        return []
    agents = named or (_the_company(ctx, cs + 1) if _COMPANY_OPENS.match(ctx.text, cs) else [])
    facts = _investment(ctx, t, agents, fund, f"investment:subscribed:{ctx.text[t.start:t.end]}")
    stakes = [p for p in ctx.values("percent", t.end, ctx.sent.end) if _STAKE_LEAD.search(ctx.text, t.end, p.start)]
    money = ctx.values("money", t.end, min(ctx.sent.end, t.end + 24))
    for f in facts:
        f.amount = money[0] if money else f.amount
        f.stake = stakes[0] if stakes else None
    return facts


def _fund_item(ctx: Ctx) -> Mention | None:
    """投资标的：F / 2、投资金额：公司以自有资金认缴出资…: in an announcement's key points, the fund the item of the
    deal's object names in one of the lines just before."""
    item = _OBJECT_ITEM.search(ctx.text, max(0, ctx.sent.start - 160), ctx.sent.start)
    if item is None or not _TERMS_ITEM.search(ctx.text, ctx.sent.start, ctx.sent.end):
        return None
    named = [m for m in ctx.mentions(item.end(), ctx.sent.start, ORG) if m.start <= item.end() + 2]
    return named[0] if named and fund_shaped(ctx, named[0]) else None


_OBJECT_ITEM = re.compile(r"(?:投资标的|标的基金|认购标的|投资标的名称|标的名称|认购标的基金名称)(?:名称)?\s*[:：]\s*")


# between the one who subscribes and 认缴出资: its short name, adverbs, the money's source
_SUBJECT_GAP = re.compile(r"[”\"」)）]*(?:\s*[(（][^()（）]{0,60}[)）])*\s*(?:拟|将|已|合计|共|以)?(?:自有资金|自筹资金|货币资金|现金|自有货币资金)?")


HANDLERS = {"admitted": admitted, "fund_agreement": fund_agreement, "subscribed": subscribed, "fund_share": fund_share, "limited_partner": limited_partner, "fund_join": fund_join,
            "fund_founded": fund_founded}

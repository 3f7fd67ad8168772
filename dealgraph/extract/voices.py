"""Where each role of a frame stands, by voice. Each handler returns the facts one trigger opens.

Readers grown large have modules of their own, which read the helpers here as `v` (frames._handler looks up their
HANDLERS after these): round_investors (investors listed around a round), partnerships (partners and customers
named), focus (what a company works on), holders (shareholders by rank), share_sales (holdings left after a sale, placements), deal_slots,
deal_objects, fund_stakes, founders and tender_lists. A reader here needing one of them imports it inside the
function (deal_slots and tender_lists: at the end of this module)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

from dealgraph import lexicon
from dealgraph.extract import mentions as mentions_mod
from dealgraph.extract import wordlist
from dealgraph.extract import qualifiers as q
from dealgraph.extract.document import Doc, FactRecord, Mention, Span, Value
from dealgraph.datafiles import read_yaml
from dealgraph.extract.grammar import Frame, alt, grammar
from dealgraph.extract.topics import GENERIC_SUBJECT, clause_end, clause_start
from dealgraph.values.dates import DateValue
from dealgraph.values.numbers import parse_chinese

if TYPE_CHECKING:
    from dealgraph.extract.frames import Ctx

ORG = ("organization", "candidate")
UNIT = ("organization", "candidate", "product")
PARTIES = ("organization", "candidate", "person")  # who may found, hold or make a deal: a person too
_BA = re.compile(r"[将把]$")
# 将其视为 / 把这笔钱看作 / 将此解读为: a verb of regarding after the object of 将/把
_REGARDED_AS = re.compile(r"视为|视作|看作|看成|当作|当成|解读为|理解为|称为|称作")
_BY_AGENT = re.compile(r"被(?![投动])(?:[^，,；;。被]{0,8}?(?:公司|企业|集团|巨头|龙头|股东|方))?")  # 被 + descriptor
_PAIRED = re.compile(r"(?:计划|拟|将|宣布|正在|正|已|曾|有意)?(?:与|和|同|跟|携手|联合)")
# A与人工智能领域领军企业B: the partner described by a kind of company before its name
_PAIRED_DESCRIBED = re.compile(_PAIRED.pattern + r"[^，,；;。、与和]{1,12}?(?:企业|公司|巨头|厂商|龙头|集团|独角兽|机构|服务商|供应商|运营商|制造商)")
# A近日与B签署… / A于3月2日与B签订…: the day said between the first party and the joiner
_PAIRED_DATED = re.compile(r"(?:于)?(?:近日|日前|今日|当日|同日|\d{1,2}月\d{1,2}日)" + _PAIRED.pattern)
_PREP = re.compile(r"(向|与|对|比|据|和|同|跟|从|给|由)$")
_MEANS = re.compile(r"(?:在|通过|经由|经)$")  # 通过上海证券交易所增持: a place or means, not the agent
# 云帆集团通过旗下全资子公司星澜投资收购B / 透过其附属公司A收购B: the unit after 通过 and its description is the
# means; the agent is the subject before 通过. Not 审议通过/获得通过 nor 通过审核的A (passed: A is the subject),
# nor 通过…与 (a partner named there).
_MEANS_PHRASE = re.compile(r"(?<!审议)(?<!表决)(?<!获得)(?<![获已])(?:通过|透过|经由|借助)(?!了)"
                           r"(?![^，,；;。]*?(?:审核|审议|审批|审查|核准|批准|验收|认证|评审|考核|备案|注册))"
                           r"[^，,；;。与和同跟向对从]{1,20}$")
# A与B达成战略合作并以…收购C: an agreement between A and B, then A's own deal (not 共同/联合 收购).
_AGREED = re.compile(r"(?:达成|签署|签订|订立|签约)(?![^，,；;。]*(?:共同|联合|一起))")
_PARTNER_LINK = re.compile(r"\s*(?:与|同|跟)\s*")  # A与B: a partner, where A、B and A和B list the same side
_WITH_PARTNER = re.compile(r"(?:拟|将|计划|准备|决定)?(?:(?<![参赋授给])(?:与|同|跟)|(?<![被由])(?:联合|携手))$")  # not 参与A收购B: A buys
# (青松地产联合澜石资本收购B, A携手C投资B: A acts jointly with the partner after 联合/携手; both buy)
_LED = re.compile(r"由[^，,。；;]{1,40}?(?:联合领投|领投|参投|跟投)的?")
# A拿到了B和C共同投资的2亿元融资: those who back the round, named after the verb of getting it, do not raise it
_BACKED_BY = re.compile(r"(?:获得了?|拿到了?|获|得到了?|收到了?|迎来了?)([^，,。；;的]{2,40}?)(?:共同|联合|独家)?(?:投资|领投|注资)的")
# Between 获得 and 投资 when no investor is named: only the sum and the round (获得了约5亿元B轮战略投资).
# 获得5亿元B轮投资 / 获得数亿元Pre-A轮、Pre-IPO轮战略投资: money and a round's name between 获得 and the deal word
# (获得某头部互联网企业的战略投资 / 一家国内车企5亿元投资: an investor left unnamed, described only, may open it)
_FUNDER_KIND = (r"[^，,；;。、与和]{0,10}?(?:企业|公司|机构|车企|厂商|巨头|集团|基金|资本|财团|"
                r"大厂|国资|投资方|投资人|投资者|投资机构)")
_UNNAMED_FUNDER = r"(?:某|一家|多家|两家|数家)" + _FUNDER_KIND
_A_KIND_OF = re.compile(r"(?:某|一家|多家|两家|数家)$")  # 一家中东主权基金…: what follows describes, it names none
# 获得了一家海外战略投资者和(一家)东南亚财团的新一轮投资: funders described, never named (one or two joined by 和/与/及)
_FUNDING_GAP = re.compile(r"(?:(?:来自)?" + _UNNAMED_FUNDER + r"(?:[和与及、](?:某|一家|多家|两家|数家)?" + _FUNDER_KIND + r")?的?)?"
                          r"(?:[\d.,\s约超近逾数十百千万亿美港欧日元人民币了的笔轮A-F+天使种子战略新一首股权]|[Pp]re-?|IPO)*")
_ASKS = re.compile(r"(?:[^，,；;。]{0,6}?(?:要求|问询|责令|督促|关注|询问))")  # 深交所要求A说明…: A is asked
_RISING_SHARE = re.compile(r"比例(?:由|从)[^，,；;。]{0,12}?(?:提高|增加|提升|上升|增至|升至)")
_BY_ACQUIRING = re.compile(r"(?:通过|经过)(?:本次|此次|这次|该次|股权|后续)?(?:收购|并购)|(?:收购|并购)(?:完成)?(?:后|之后|以后)|"
                           r"(?:完成|随着)(?:本次|此次)?(?:收购|并购)(?:的完成)?(?:后|之后)?[，,]")
# 阿里近日投资了沐川。: a name guessed from the verb alone stands when it ends the clause; 投资发展智能照明及…,
# 参股公司房多多在…上市: where words run on after it, the verb plans a use of money or describes a company.
_GUESS_END = re.compile(r"\s*(?:[，,；;。！!？?）)”]|$|的(?:[A-E]\+*|天使|种子|新一|首|Pre-[A-E])[\w+]{0,3}轮)")  # …B的C轮融资
# 在出售B之后, 于完成B重组后: a time phrase ending right before the verb; the names in it are not the agent.
_TIME_PHRASE = re.compile(r"(?:在|于|自)[^，,；;。在于自]*?(?:之后|以后|后|之时|时|之前|以前)(?:[又再还先即便就才也将拟]|了)*$")
# A收购B后持有C 60%股权: a deal told as the time of the verb after it, with no 在 before it (B is that deal's, not the
# verb's subject)
_DEAL_THEN = re.compile(r"(?:收购|并购|购买|受让|入股|投资|增资|增持|出售|转让)了?[^，,；;。]*?(?:之后|以后|后)"
                        r"(?:[又再还先即便就才也将拟]|了)*$")
_APPOSED_COUNT = re.compile(r"[两二三四五六七八九十\d]+(?:家|只|名|位|个)$")  # A、B两家QFII
_PARENT_OF = re.compile(r"\s*(?:旗下|下属)的?")  # 获得来自A旗下B的增资: B invests, A only owns it
# 证监会核准A将B转让给C: a regulator or a government body is never what a deal buys (an exchange may be).
# A guess read from the deal's slot that names no company: a quantity (一部分铁路支线, 大量实体药店, 欧菲光三家子公司),
# assets (重庆地块款项, 相关资产, 债权), a kind or a place (锂电设备龙头公司, 中国供应商, 宁波当地),
# or a measure (门店数量, 审查范围).
_NO_COMPANY_GUESS = re.compile(r"^(?:一部分|部分|大量|大批|众多|诸多|多家|若干|一批|一些|其他|相关|数家|债权)|"
                               r"^[\d.,]+\s*(?:万|亿)?股|"  # 1200万股本公司股份: a count of shares, read as a name
                               r"[\d一二三四五六七八九十两几数多]+(?:家|只|个|所|座)(?:子公司|公司|企业|个股|股票|医院|药店|门店|工厂|项目)$|"
                               r"(?:资产|地块|款项|数量|范围|当地|供应商|龙头公司|龙头企业)$|"
                               r"(?:基础设施|领域|赛道|行业|方向|板块|产业链)$|"  # 加大对具身智能和算力基础设施的投资: fields
                               r"^(?:Pre-?|pre-?)?[A-Fa-f]\d*\+*轮$|"  # 决定领投A1轮: a round, not a company
                               r"(?:回报|收益|浮盈|增值)[^，,；;。]{0,6}?倍?$|"  # 投资三年回报20倍: a return, not a company
                               r"(?:消息|报道|信源|知情人士|人士)$")  # 作者经多方消息(确认): a source of news, not a company
_GOVERNMENT = re.compile(r"(?:证监会|银保监会|银监会|保监会|商务部|发改委|工信部|国务院|国资委|财政部|政府|法院)$")
_OBJECT_LEAD = re.compile(r"了?")  # 收购了B: the verb's own object
_MANNER = re.compile(r"\s*(?:方式|形式|方法|途径|手段|模式)")
_OBTAINED = re.compile(r"[^，,；;。]{0,4}?(?:取得|获得|持有|控股|拿下|入主)了?")  # …的方式取得B: B is what is bought
_SEPARATELY = re.compile(r"分别|各自")  # A、B分别增持: each on its own
_JOINT_AFTER_EACH = re.compile(r"[，,；;]\s*(?:并|将|拟|已|还)?(?:共同|一起|一同|联合)")
# A出资2亿元，B出资1亿元，共同收购C: each party's own money, right after it in its own clause
_OWN_MONEY = re.compile(r"\s*(?:拟|将|已|计划)?(?:分别|各自|各)?(?:出资|斥资|投资|投入|认缴|出资额为|出资额)了?\s*(?:约|近|超过?)?")
_PERCENT_LIST = re.compile(r"(?:[、和及与,，\s]|以及|约|\d+(?:\.\d+)?%)*")  # 80%、10%和10%: nothing but the figures
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


def _independent(m: Mention, owners: list[Mention]) -> bool:
    """上汽旗下尚颀资本和宁德时代的联合投资: a company the lexicon knows with no parent among the owners, listed
    after a unit, is a company of its own beside it, not a second unit."""
    if not m.key.startswith("lex:"):
        return False
    entry = lexicon.load().entries.get(m.key[4:])
    return entry is not None and entry.kind == "organization" and \
        not any(o.key == f"lex:{entry.parent}" for o in owners)


def _as_person(m: Mention) -> Mention:
    """月之暗面由杨植麟创立: a founder found by context only, shaped as a person's name (a surname and a given
    name that make no word), is a person."""
    if m.kind != "candidate" or not mentions_mod.person_shaped(m.text):
        return m
    return Mention(m.start, m.end, m.text, "person", f"person:{m.text}", m.source, m.canonical)


def _deal(ctx: Ctx, frame: Frame, t: Span, agents: list[Mention], patients: list[Mention],
          unnamed_agent: bool = False) -> list[FactRecord]:
    """One fact per patient. Where the text leaves the agent unnamed, the deal stands only when the handler
    read its patient in the deal's own slot (unnamed_agent: 公司拟收购云杉材料60%股权, 星澜获得5亿元投资)
    and the ontology lets the agent role stay empty (an undisclosed investor or buyer)."""
    agents, patients = _distinct(agents), _distinct(patients, agents)
    if frame.type == "founding":
        agents = [_as_person(m) for m in agents]
    if frame.type == "ownership" and len(patients) > 1:
        patients = patients[:1] + [m for m in patients[1:] if not _independent(m, agents)]
    if frame.type in ("investment", "acquisition", "shareholding"):  # 持有A旗下三家子公司的股权: the units, unnamed,
        patients = [p for p in patients if not _UNNAMED_UNITS.match(ctx.text, p.end)]  # are held or bought, not A
    if frame.type in ("investment", "acquisition"):
        agents = _not_regulators(ctx, [a for a in agents if not _documents().search(a.text) and not predicate_guess(a)
                                       and not verb_opens(a)
                                       and not is_project(a)  # 用于“收购B股权项目”: a project buys nothing
                                       and not _relative_verb(ctx, a) and not _kind_of_party(ctx, a)])
        patients = [p for p in patients if not _documents().search(p.text) and not _GOVERNMENT.search(p.canonical)
                    and p.kind != "person"  # 陈某…融资借款17万元: a person borrows, no company raises
                    and not _SHARE_NOUN.fullmatch(p.text) and not verb_opens(p)
                    and not (p.source in ("cue", "context") and _NO_COMPANY_GUESS.search(p.text))]
        # 郝振宇以3亿元收购B 20%股权: a buyer found by context only, shaped as a person's name, is a person
        agents = [a if "股" in a.text else _as_person(a) for a in agents]
    if frame.type == "investment" and len(agents) > 1:
        agents = _past_parents(ctx, agents)
    if not agents:  # 部分企业被收购后: a kind of company, not a named one
        patients = [p for p in patients if not GENERIC_SUBJECT.fullmatch(p.text)]
    if not patients or not agents and not (unnamed_agent and _agent_optional(frame) and not _in_rubric(ctx, t)):
        return []
    a_role, p_role = frame.roles
    paid = q.amounts_by_patient(ctx, t, patients) if frame.type in ("investment", "acquisition", "purchase") else None
    held = q.stakes_by_patient(ctx, t, patients) if frame.type in ("investment", "acquisition") else None
    out = []
    pairs = _each(ctx, t, agents, patients)
    each_stake = _stakes_each(ctx, t, pairs) if frame.type in ("shareholding", "investment", "acquisition") else None
    for k, (buyers, patient) in enumerate(pairs):
        fact = q.base_fact(ctx, frame.type, {a_role: buyers, p_role: [patient]}, t, **q.frame_defaults(frame))
        _deal_qualifiers(ctx, fact, t, priced=paid is not None, staked=held is not None)
        i = patients.index(patient)
        if paid is not None:  # 以3亿元收购A和B: the price once; 收购价分别为X、Y: each its own
            fact.amount = paid[i]
        if len(buyers) > 1 and fact.amount is not None and _cheque_of_one(ctx, fact.amount, buyers):
            fact.amount = None  # A出资2亿元，B出资1亿元，共同收购C: the money read is one party's, not the deal's
        if held is not None:  # 收购A 100%股权及B 60%股权: each target its own stake
            fact.stake = held[i]
        if each_stake is not None:  # A、B与C将分别持有D 70%、20%和10%的股份: each holder its own stake
            fact.stake = each_stake[k]
        dated = _dated(ctx, fact, t)
        if len(patients) > 1:  # 投资了A（2019年）、B（2021年）和C: each its own; C none of theirs
            bracketed = [d for d in (_date_in_brackets(ctx, p) for p in patients) if d is not None]
            own = _date_in_brackets(ctx, patient)
            for f in dated:
                f.date = own if own is not None or f.date in bracketed else f.date
        out += dated
    return out


# 澄川集团旗下岚山资本 / 澄川集团系产业平台岚山资本 / 澄川集团的企业风险投资部门岚山资本: the words between a parent
# and its unit named right after it, in a list of investors
_PARENT_LINK = re.compile(r"(?:旗下|下属)的?[^，,；;。、“”]{0,10}|系[^，,；;。、“”]{0,8}?(?:平台|基金|资本|机构|公司)"
                          r"|的[^，,；;。、“”]{0,10}?(?:部门|平台|基金|机构)")


def _past_parents(ctx: Ctx, agents: list[Mention]) -> list[Mention]:
    """由澄川集团旗下岚山资本领投 / 由澄川集团系产业平台岚山资本领投: the unit right after its parent puts the money in;
    the parent, named only to say whose unit it is, is no investor of the round (it owns the unit: 旗下)."""
    keep = []
    for i, a in enumerate(agents):
        b = agents[i + 1] if i + 1 < len(agents) else None
        if b is not None and b.start > a.end and _PARENT_LINK.fullmatch(ctx.text, a.end, b.start):
            continue
        keep.append(a)
    return keep


def _date_in_brackets(ctx: Ctx, m: Mention) -> Value | None:
    """先后投资了A（2019年）、B（2021年）: the date in brackets right after each name of a list is its own deal's."""
    close = _BRACKET_AFTER.match(ctx.text, m.end)
    if close is None:
        return None
    found = ctx.values("date", close.start(), close.end())
    return found[0] if len(found) == 1 else None


_BRACKET_AFTER = re.compile(r"\s*[(（][^()（），,。；;]{2,12}[)）]")


def _stakes_each(ctx: Ctx, t: Span, pairs: list[tuple[list[Mention], Mention]]) -> list[Value] | None:
    """华为、阿维塔与赛力斯将分别持有引望80%、10%和10%的股份: where 分别 gives each agent its own deal on one
    company, the percentages listed after the verb go to the agents in order, when there are as many of them."""
    if len(pairs) < 2 or len({p.key for _, p in pairs}) != 1 or any(len(b) != 1 for b, _ in pairs):
        return None
    _, ce = ctx.clause(t.start)
    stakes = ctx.values("percent", t.end, ce)
    if len(stakes) != len(pairs) or not _PERCENT_LIST.fullmatch(ctx.text, stakes[0].end, stakes[-1].start):
        return None
    return stakes


def _cheque_of_one(ctx: Ctx, amount: Value, buyers: list[Mention]) -> bool:
    """Whether the money read for a deal of several parties is what one of them put in (A出资2亿元, or the second of a
    list paid each: 分别出资2亿元和1亿元), told before the deal's verb in that party's own clause."""
    for b in buyers:
        if b.end <= amount.start and ctx.clause(b.start) == ctx.clause(amount.start) \
                and _OWN_MONEY.fullmatch(ctx.text, b.end, amount.start):
            return True
    listed = ctx.values("money", ctx.clause(amount.start)[0], amount.end)
    return len(listed) > 1 and _SEPARATELY.search(ctx.text, buyers[-1].end, listed[0].start) is not None


def _each(ctx: Ctx, t: Span, agents: list[Mention], patients: list[Mention]) -> list[tuple[list[Mention], Mention]]:
    """The deals a trigger states: one per patient, made by all the agents together, except where 分别/各自
    stands between the agents and the verb: A与B分别收购C 51%、49%股权 is one deal each (A buys C, B buys C),
    and A、B分别增持C、D pairs them in order (A buys C, B buys D)."""
    apart = _SEPARATELY.search(ctx.text, agents[-1].end, t.start) if len(agents) > 1 else None
    if apart is not None and _JOINT_AFTER_EACH.search(ctx.text, apart.end(), t.start):
        apart = None  # A和B分别出资2亿元和1亿元，共同获得C 20%股权: the money was each's, the deal is joint
    if apart is not None:
        if len(patients) == 1:
            return [([a], patients[0]) for a in agents]
        if len(patients) == len(agents):
            return [([a], p) for a, p in zip(agents, patients)]
    return [(agents, p) for p in patients]


@cache
def _documents() -> re.Pattern[str]:
    """A name ending in a document word (…招股书, 资产框架协议) names a paper, not a party (data/frames.yaml)."""
    return re.compile(f"(?:{alt(read_yaml('frames.yaml')['documents'])})$")


# 业绩大幅增长, 股权依然处于…, 筹划发行股份购买…, 以“现金增资偿还债务”: an adverb word or a deal verb inside a
# stretch guessed as a name shows a predicate, not a company (names the lexicon or a legal ending gives are kept).
_ADVERB_END = frozenset("仅已均也还又再都就才亦曾")  # one-character adverbs: no name ends in one
_GUESSES = ("cue", "context", "short")  # a candidate found from the words around it, or again where it recurs
_COUNT_OPENS = re.compile(r"[一二三四五六七八九十两几多数\d]+[款家个位名批项笔类种座支只]")
_PREDICATE_WORDS = re.compile(r"增资|注资|认购|发行|筹划|增持|减持|购买|收购|出售|转让|受让")


def verb_opens(m: Mention) -> bool:
    """认购产业投资基金, 持有合伙企业: a name found from its ending that opens with a deal verb is the verb and a kind
    of company after it (参与认购某产业基金的份额), no name."""
    return m.source in ("shape", "cue", "context") and _PREDICATE_WORDS.match(m.text) is not None \
        or m.source in ("shape", "cue", "context") and _HOLDS_KIND.fullmatch(m.text) is not None


_HOLDS_KIND = re.compile(r"(?:持有|参与|设立|成为)(?:本|该)?(?:有限合伙企业|合伙企业|基金|产业基金|投资基金)")


# words the word list tags as adverbs that are parts of names (南湖高新金投, 东岳高新投: 高新, of a high-tech zone)
_NAME_ADVERBS = frozenset({"高新"})


def predicate_guess(m: Mention) -> bool:
    """Whether a name guessed from the words around a verb reads as a predicate or a count: it holds a deal verb
    (发行, 增资, 认购), ends in a one-character adverb (…合约仅), opens with a count (两款资管) or has an adverb
    word of two or more characters between other words (业绩大幅增长, 股权依然处于; not 居然控股, which opens
    with one)."""
    if m.kind != "candidate" or m.source not in _GUESSES:
        return False
    if _PREDICATE_WORDS.search(m.text) or m.text[-1] in _ADVERB_END:  # 建设及采矿合约仅(于…生效): cut before a verb
        return True
    if _COUNT_OPENS.match(m.text):  # 这两款资管持续增持: a count of things, no name
        return True
    tags, pos = wordlist.words(), 0
    while pos < len(m.text):  # the words of the stretch, longest first (业绩|大幅|增长; 东湖|高新 ends in a name word)
        size = next((k for k in (4, 3, 2) if m.text[pos:pos + k] in tags), 1)
        if size > 1 and tags.get(m.text[pos:pos + size]) == "d" and 0 < pos and pos + size < len(m.text) \
                and m.text[pos:pos + size] not in _NAME_ADVERBS:
            return True  # an adverb between words: 业绩|大幅|增长, 股权|依然|处 (居然控股 opens with one: a name)
        pos += size
    return False


# A或其关联公司拟购买B: a relation word read as a name (关联公司 ends like one) names a kind of party, not one.
_PARTY_KIND = re.compile(r"(?:关联公司|关联方|关联企业|关联人|全资子公司|控股子公司|子公司|孙公司|附属公司|一致行动人|母公司|"
                         r"普通合伙人|有限合伙人|执行事务合伙人|基金管理人)")  # a fund's roles
# 认购基金份额 / 受让出资份额: the share of a fund, a noun, names no company
_SHARE_NOUN = re.compile(r"(?:该|本|标的)?(?:基金|出资|合伙|财产|合伙企业|有限合伙)?份额")


def _kind_of_party(ctx: Ctx, m: Mention) -> bool:
    """关联公司, 子公司: a relation word alone is no party; nor 其 right before one (其关联公司: 其 is whose)."""
    if _PARTY_KIND.fullmatch(m.text):
        return True
    return m.source == "coref" and _PARTY_KIND.match(ctx.text, m.end) is not None


def _relative_verb(ctx: Ctx, m: Mention) -> bool:
    """A及其掌控的B: a word guessed as a name between 其 and 的 is the verb of a relative clause on B."""
    return m.kind == "candidate" and m.source in ("cue", "context") and ctx.text.endswith("其", 0, m.start) \
        and ctx.text.startswith("的", m.end)


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


def _deal_qualifiers(ctx: Ctx, fact: FactRecord, t: Span, priced: bool = False, staked: bool = False) -> None:
    """The deal's amount, stake, round, terms and date of holding. priced / staked: the caller sets the amount / the
    stake of each patient itself (amounts_by_patient, stakes_by_patient), so they are not read here again."""
    if fact.type in ("investment", "acquisition", "purchase", "shareholding"):
        fact.amount = q.amount_for(ctx, t) if fact.type != "shareholding" and not priced else None
        fact.stake = q.stake_for(ctx, t) if fact.type != "purchase" and not staked else None
    if fact.type == "investment":
        fact.qualifiers["round"] = q.round_for(ctx, t)
        consideration, terms = q.deal_structure(ctx.sent.text)
        fact.qualifiers["consideration"] = consideration or "unknown"
        if terms:
            fact.qualifiers["terms"] = terms
        if "领投" in ctx.text[t.start:t.end]:
            fact.qualifiers["lead"] = [m.key for m in fact.roles["investor"]]
    if fact.type == "shareholding" and fact.qualifiers.get("as_of") is None:
        fact.qualifiers["as_of"] = q.as_of_for(ctx, t)  # 截至2024年底，A持有B 9%的股权: held as of that day
    fact.qualifiers = {k: v for k, v in fact.qualifiers.items() if v is not None}


# A在B的Pre-A轮中投资约2000万美元 / A在B的B轮融资中领投: the verb's company is the one whose round it is.
_IN_ROUND = re.compile(r"在([^，,；;。在]{2,24}?)的[^，,；;。]{0,10}?(?:轮|融资)(?:融资)?(?:中|当中|里)(?:又|也|还|再|共|合计|累计)?$")


def _in_its_round(ctx: Ctx, cs: int, t: Span, agents: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """A在B的A轮中投资2000万美元: B receives, A (before 在) invests. The slots as read where the clause is not so."""
    found = _IN_ROUND.search(ctx.text, cs, t.start)
    if found is None:
        return agents, []
    owner = [m for m in ctx.mentions(found.start(1), found.end(1)) if m.end == found.end(1)]
    if not owner:
        return agents, []
    before = [m for m in ctx.group_left(cs, found.start()) if m.key != owner[0].key]
    return before or [m for m in agents if m.key != owner[0].key], owner


# 其中，深度投资B于…登陆港交所；…，布局C、D: B, the object of an investing verb that opens its clause with no subject,
# shares none of that unnamed subject's later deals
_INVESTED_IN_BEFORE = re.compile(r"(?:^|[，,；;：:。])\s*(?:其中|此外|另外|同时|并|还|也|又|先后|相继|已|曾)?[，,]?\s*"
                                 r"(?:深度|重点|早期|战略|独家|率先|连续|多轮|先后|持续)?(?:投资|入股|领投|参投|跟投|孵化|布局)了?$")


def _not_invested_in(ctx: Ctx, carried: list[Mention]) -> list[Mention]:
    """The carried subject, unless it stands in the sentence right after an investing verb opening its clause (its
    investor unnamed there): then the later clause's subject is that unnamed investor, not it."""
    if carried and ctx.sent.start <= carried[0].start \
            and _INVESTED_IN_BEFORE.search(ctx.text, max(ctx.sent.start, carried[0].start - 16), carried[0].start):
        return []
    return carried


def _split_left(ctx: Ctx, cs: int, t: Span, kinds: tuple[str, ...] = ORG) -> tuple[list[Mention], list[Mention]]:
    """Agents and patients standing before the trigger: 将/把 marks a patient, 被 an agent."""
    left = ctx.mentions(cs, t.start, kinds)
    for m in left:
        if _BA.search(ctx.text[max(cs, m.start - 1):m.start]) and _REGARDED_AS.search(ctx.text, m.end, t.start):
            return [], []  # 业内将其视为资本加码B的信号: what 将 marks is regarded as a sign, no party of the verb after
        if _BA.search(ctx.text[max(cs, m.start - 1):m.start]) and not _own_object(ctx, t):
            return ctx.group_left(cs, m.start, ORG) or ctx.carried_subject(t.start), [m]
        bei = _BY_AGENT.search(ctx.text, max(cs, m.start - 9), m.start)
        if bei is not None and bei.end() == m.start:  # 被A收购, 被上市公司A以12亿元收购
            by_group = ctx.group_right(m.start, t.start, kinds) or [m]  # 被A与B共同增持: both buy
            return by_group, ctx.group_left(cs, bei.start(), kinds) or ctx.carried_subject(bei.start())
    makers = ORG + ("person",) if "person" in kinds else ORG  # a person founds (the founding frame asks for one)
    found = _agents_before(ctx, cs, t.start, makers) or _not_invested_in(ctx, ctx.carried_subject(t.start))
    if found and all(_object_before(ctx, cs, m) for m in found):
        found = []  # 向日葵先出售了子公司A，又购买了B: A, what the verb before sold, does not buy B
    kept = [m for m in found if not predicate_guess(m)]
    if found and not kept:  # A公告称，筹划发行股份购买…，拟收购B: past the predicate, the company announcing
        kept = ctx.announcer(t.start)
    if kept and kept[0].start < cs:
        kept = _distinct(kept + _partner_before(ctx, cs, t))
    return kept or _subject_after(ctx, t), []


_JOINTLY = re.compile(r"共同|一起|联合|携手|合资")
_PARTNER_MARK = re.compile(r"(?<![参赋授给])(?:与|同|跟)")


def _partner_before(ctx: Ctx, cs: int, t: Span) -> list[Mention]:
    """A拟与B按持股比例，共同对C增资: a clause acting jointly (共同) whose subject is carried takes the partner named
    after 与 in the clause just before too (A and B invest). Empty where no such partner stands there."""
    if cs <= ctx.sent.start or not _JOINTLY.search(ctx.text, cs, t.start):
        return []
    pcs = ctx.clause(cs - 1)[0]
    for mark in _PARTNER_MARK.finditer(ctx.text, pcs, cs):
        named = ctx.group_right(mark.end(), cs, max_gap=0)
        if named:
            return named
    return []


# 出售了…子公司A / 收购了A: the deal verbs whose object a name after them is.
_OBJECT_VERB = re.compile(r"(?:出售|转让|出让|剥离|卖出|卖掉|收购|购买|并购|增持|减持|入股|参股|投资)了?")
_ITS_SHARES = re.compile(r"\s*(?:约|近)?\d+(?:\.\d+)?\s?%的?(?:股权|股份)")
_OBJECT_ENDED = re.compile(r"股权|股份|股票|%|[(（\]】：:]")


def _object_before(ctx: Ctx, cs: int, m: Mention) -> bool:
    """Whether a name carried from a clause before is an object there: it stands after a deal verb of its own
    clause, or its shares follow it (A 20%股权)."""
    if m.start >= cs:
        return False
    if _ITS_SHARES.match(ctx.text, m.end):
        return True  # 持有B 15%股权，A 20%股权，…: A's shares, listed as what is held
    mcs = ctx.clause(m.start)[0]
    names = ctx.mentions(mcs, m.start)
    for verb in _OBJECT_VERB.finditer(ctx.text, mcs, m.start):
        if any(n.start <= verb.start() < n.end for n in names):
            continue  # 远方互益投资: the verb's characters end a name
        if ctx.text.startswith("部门", verb.end()):
            continue  # 风险投资部门管理的基金B: a department of investing, a noun
        if not _OBJECT_ENDED.search(ctx.text, verb.end(), m.start):  # 收购B 85%股权通化金马…: the object ended before
            return True
    return False


# 拟以42亿元收购B 80%股权的A: shares bought, then 的 and a name: the deal is a relative clause on its buyer A.
_RELATIVE_END = re.compile(r"(?:股权|股份|控股权|控制权|权益)的")
# 此次收购B，使得A在…具备优势 / 收购B，将有助于A…: the deal clause is the cause, the company it helps or
# makes do something (the name right after 使/使得/让/有助于) is the one that buys.
_CAUSES = re.compile(r"[，,]\s*(?:将|也|还|则|更|可|能|会|进一步|从而|进而)*(?:使得|使|让|令|有助于|有利于|帮助|助力)")


def _subject_after(ctx: Ctx, t: Span) -> list[Mention]:
    """A deal clause with no subject before its verb nor carried, whose buyer the words after it name: the
    noun a relative clause describes (收购B 80%股权的A跌幅最大) or the company the deal makes do something
    (此次收购B，使得A具备…). Empty where neither stands there."""
    cs, ce = ctx.clause(t.start)
    named = ctx.mentions(cs, ce)
    keys = {m.key for m in named}
    rel = _RELATIVE_END.search(ctx.text, t.end, ce)
    if rel is not None:
        after = [m for m in named if m.start == rel.end()]
        if after and not _RELATIVE_END.search(ctx.text, after[0].end, ce):
            return after[:1]
    head = _named_head(ctx, t, named)
    if head is not None:
        return [head]
    cause = _CAUSES.match(ctx.text, ce)
    if cause is not None:
        after = [m for m in ctx.mentions(cause.end(), ctx.clause(cause.end())[1]) if m.start == cause.end()]
        if after and after[0].key not in keys:
            return after[:1]
    return []


# 宣布以5亿元收购B的A今日复牌 / 收购了B的A股价大涨: the object named, then 的 and a name that opens the clause's predicate
# (a time, a market move, a verb of telling or doing): A is the noun the deal clause describes
_NAMED_HEAD_PREDICATE = re.compile(r"(?:今日|今天|昨日|昨天|近日|日前|当日|当天|随后|本周|周[一二三四五六日]|[0-9０-９]{1,2}月[0-9０-９]{1,2}日|"
                                   r"股价|股票|复牌|停牌|涨停|跌停|大涨|大跌|开盘|收盘|市值|公告|宣布|发布|披露|表示|称|回应|"
                                   r"也|还|则|又|已|将|正|在|于|成为|是|为)")


def _named_head(ctx: Ctx, t: Span, named: list[Mention]) -> Mention | None:
    """The name a deal clause with no subject describes: the object right after the verb (its shares or a few words of
    its own may follow), 的, then a name whose clause's predicate opens at once (收购B的A今日复牌). None where the
    words after the name are no predicate (收购B的A股权 / 收购B的A和C: a possessive, not a relative clause)."""
    objs = [m for m in named if m.start >= t.end]
    if len(objs) < 2 or _OBJECT_LEAD.fullmatch(ctx.text, t.end, objs[0].start) is None:
        return None
    obj, head = objs[0], objs[1]
    if ctx.text[obj.end:head.start] != "的" or head.key == obj.key:
        return None
    return head if _NAMED_HEAD_PREDICATE.match(ctx.text, head.end) else None


def _own_object(ctx: Ctx, t: Span) -> bool:
    """将A收购B、C收购D列为可比交易: where a name follows the verb at once, 将 governs the whole phrase
    (将…列为, 将…视为) and A is the buyer; only 将B收购 (nothing after the verb) marks B as bought.
    出售给/转让给 name the buyer after the verb, so 将B出售给C keeps B as what is sold."""
    if ctx.text.endswith(("给", "予"), t.start, t.end):
        return False
    after = ctx.mentions(t.end, ctx.clause(t.start)[1])
    return bool(after) and _OBJECT_LEAD.fullmatch(ctx.text, t.end, after[0].start) is not None


_ALIAS_WORDS = re.compile(r"\s*(?:以下简称|下称|简称|以下称|下文简称|英文简称|股票代码|证券代码)")


def _aside_of(ctx: Ctx, cs: int, m: Mention) -> int | None:
    """Where a bracket opens that holds m and follows a name at once (A(B大股东), A(前身B,000836.SZ)): the words
    in it describe A. None where m stands in no such bracket, or the bracket gives A's short name (A(简称B): B is A)."""
    opened = max(ctx.text.rfind("(", cs, m.start), ctx.text.rfind("（", cs, m.start))
    if opened < 0 or any(c in ctx.text[opened:m.start] for c in ")）") or _ALIAS_WORDS.match(ctx.text, opened + 1):
        return None
    closed = min((i for i in (ctx.text.find(")", m.end), ctx.text.find("）", m.end)) if i >= 0), default=-1)
    if closed < 0 or closed > ctx.clause(m.start)[1]:
        return None
    before = ctx.mentions(cs, opened)
    return opened if before and before[-1].end == opened else None


def _agents_before(ctx: Ctx, cs: int, end: int, kinds: tuple[str, ...] = ORG) -> list[Mention]:
    """The names nearest before `end`, passing over a place or means (在深交所, 通过A公司)."""
    group = ctx.group_left(cs, end, kinds)
    aside = _aside_of(ctx, cs, group[-1]) if group else None
    if aside is not None:  # A(B大股东)也发布了拟收购C的公告 / A(前身B)拟购买C: A, whom the brackets describe
        group = ctx.group_left(cs, aside, kinds)
    bought = {m.start for f in ctx.facts if f.type in ("investment", "acquisition") for m in list(f.roles.values())[1]}
    group = group[max((i + 1 for i, m in enumerate(group) if m.start in bought), default=0):]  # A收购B、C收购D: not B
    phrase = _TIME_PHRASE.search(ctx.text, cs, end) or _DEAL_THEN.search(ctx.text, cs, end)
    if phrase is not None and group and group[0].start > phrase.start():
        group = ctx.group_left(cs, phrase.start(), ORG)  # A在出售B后收购了C: B belongs to the time phrase
    if group and _deal_of_time_phrase(ctx, group[-1].end, end):
        return []  # 张青在岚光X收购B完成以后…: the deal is the time of what 张青 does, by a subject of its own
    while group and _passed_over(ctx, cs, group[0]):
        group = ctx.group_left(cs, group[0].start, ORG)
    compared = _COMPARED_TO.search(ctx.text, max(cs, group[0].start - 1), group[0].start) if group else None
    if compared is not None and _SOONER_OR_LATER.match(ctx.text, group[-1].end, end):
        group = ctx.group_left(cs, compared.start(), kinds)  # A比B早一周宣布入股: A acts, B is what A is measured by
    if len(group) > 1 and _WITH_LINK.fullmatch(ctx.text, group[0].end, group[1].start) \
            and _MEASURED_AGAINST.match(ctx.text, group[-1].end, end):
        group = group[:1]  # A与B、C等公司相比更早投资D: A acts; B and C are what it is measured against
    if len(group) == 1:
        group = _apposed_list(ctx, cs, group[0]) or group
    if group and "person" not in kinds:
        group = group + _person_closing(ctx, group[-1], end)  # A、B和孙立三方共同向C增资: 孙立 invests too
    if len(group) > 1 and _PARTNER_LINK.fullmatch(ctx.text, group[0].end, group[1].start) \
            and _AGREED.search(ctx.text, group[-1].end, end):
        return group[:1]  # A与B达成战略合作，并以…收购C: A buys, B is the partner in the agreement
    partner = _WITH_PARTNER.search(ctx.text, max(cs, group[0].start - 6), group[0].start) if group else None
    if partner is not None:  # A拟与B共同投资 / A…，拟与B共同投资: A and B invest; A与B签署协议…收购: A buys
        left = ctx.group_left(cs, partner.start(), kinds) or ctx.carried_subject(partner.start())[:1]  # 周宁与李牧联合创立
        if partner.group().endswith(("联合", "携手")) and left and left[-1].end != partner.start():
            return group  # A管理层团队联合B收购…: who acts with B is not A itself, but a group of A's
        agreed = _AGREED.search(ctx.text, group[-1].end, end)
        group = left if agreed and left else _distinct(left + group)
    return group


_TIME_PHRASE_CLOSE = re.compile(r"[^，,；;。]{0,30}?(?:完成)?(?:之后|以后|后)")


def _deal_of_time_phrase(ctx: Ctx, after: int, end: int) -> bool:
    """Whether the verb at `end` opens a time phrase (在…收购B完成后) whose own subject, a run of name characters no
    rule read as a name, stands between 在 and the verb: the name before 在 is not the deal's. Not where what
    follows 在 is made of dictionary words (在二级市场增持B后: a place, and the name before 在 acts)."""
    yu = ctx.text.rfind("在", after, end)
    if yu < 0 or end - yu - 1 < 2 or ctx.mentions(yu + 1, end):
        return False
    stretch = ctx.text[yu + 1:end]
    if not re.fullmatch(r"[\u4e00-\u9fffA-Za-z0-9]+", stretch) or mentions_mod._common_words(stretch) \
            or wordlist.is_common_word(stretch):
        return False
    return _TIME_PHRASE_CLOSE.match(ctx.text, end, ctx.clause(end)[1]) is not None


def _measured_by(ctx: Ctx, cs: int, t: Span, agents: list[Mention]) -> Mention | None:
    """The party the agent is compared with (A比B早一周宣布入股: B), named between 比/较 and a word of time."""
    if not agents:
        return None
    found = _COMPARED_TO.search(ctx.text, agents[-1].end, agents[-1].end + 1)
    if found is None:
        return None
    named = [m for m in ctx.mentions(found.end(), t.start, ORG) if m.start == found.end()]
    return named[0] if named and _SOONER_OR_LATER.match(ctx.text, named[0].end, t.start) else None


def _last_deal(ctx: Ctx, party: Mention) -> FactRecord | None:
    """The party's last investment or acquisition read before in the document (asserted or still planned)."""
    for f in ctx.facts_back():
        if f.type in ("investment", "acquisition") and f.modality in ("asserted", "planned", "expected"):
            roles = list(f.roles.values())
            if roles[0] and roles[0][0].key == party.key and roles[1]:
                return f
    return None


# between the owner and 及其控制的: nothing, or its short name in brackets (A（以下简称“B”）及其控制的C)
_CONTROLLER_GAP = re.compile(r"\s*(?:[（(][^（）()]{0,40}[）)])?\s*|[”\"]?\s*[）)]\s*")


# A比B早一周 / A较B提前 / A比B晚三天: B is the party A is compared with, no agent of the verb after
_COMPARED_TO = re.compile(r"(?:比|较)")
_WITH_LINK = re.compile(r"\s*(?:与|和|同|跟)\s*")
# …等公司相比 / 相较而言: the names before, joined to the first by 与, are those it is compared with
_MEASURED_AGAINST = re.compile(r"\s*(?:等(?:公司|企业|机构|同行|厂商|对手)?)?\s*(?:相比|相较)")
_SOONER_OR_LATER = re.compile(r"\s*(?:还|更)?(?:早|晚|提前|推迟|领先|落后)")


_PERSON_CLOSES_LIST = re.compile(r"\s*(?:[两三四五六七八九十]方|等)?\s*(?:共同|联合|一起|分别|合计|均|都)")


def _person_closing(ctx: Ctx, last: Mention, end: int) -> list[Mention]:
    """A、B和孙立三方共同向C增资: a person joined right after the last organisation of the agents, closing the list
    before a count of the parties or a word of acting together or each, is one more agent (none otherwise)."""
    if ctx.text[last.end:last.end + 1] not in ("和", "与", "及", "、"):
        return []
    people = [m for m in ctx.mentions(last.end + 1, end, ("person",)) if m.start == last.end + 1]
    if people and _PERSON_CLOSES_LIST.match(ctx.text, people[0].end):
        return people[:1]
    return []


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
        return _through_unit(ctx, cs, m)
    return lead.group() != "在" or bool(grammar().not_subject.search(m.canonical)) or m.kind != "organization"


def _through_unit(ctx: Ctx, cs: int, m: Mention) -> bool:
    """星海集团拟通过香港全资子公司Aster Ltd收购B: the name after 通过 and a description of it (旗下的, 全资子公司,
    控股的) is the means by which the subject deals; the subject stands before 通过 (or is carried)."""
    phrase = _MEANS_PHRASE.search(ctx.text, max(cs, m.start - 24), m.start)
    if phrase is not None and not ctx.mentions(phrase.start(), m.start):
        return True
    return _MEANS_UNITS.search(ctx.text, max(cs, m.start - 48), m.start) is not None


_HELD_SHARES_OF = re.compile(r"(?:所)?持有的")
# A经由旗下关联基金或子基金B、C等各自买入D: the units named after a kind of unit (listed, 和 inside their names) are
# the means; A, before 通过, deals
_MEANS_UNITS = re.compile(r"(?:通过|透过|借助)(?:其|旗下的?)?(?:全资|控股)?(?:子基金|关联基金|下属基金|旗下基金|子公司|孙公司|"
                          r"下属公司|关联公司|关联方)(?:[或和及、](?:其)?(?:全资|控股)?(?:子基金|关联基金|子公司|关联公司|关联方))?"
                          r"[^，,；;。]{0,40}?(?:、|等)?$")


def _head_after_de(ctx: Ctx, patients: list[Mention], end: int) -> list[Mention]:
    """投资了专攻骨科耗材的青荣医疗: where the words after the verb, read only as a guess, end in 的 and a name
    follows, they describe (or own) it; the name, the head of the phrase, is what is invested in."""
    if len(patients) != 1 or patients[0].source != "context" or not ctx.text.startswith("的", patients[0].end):
        return []
    after = [m for m in ctx.mentions(patients[0].end + 1, end, ORG) if m.start == patients[0].end + 1]
    return after[:1] if after and after[0].source != "context" else []


# 北辰科技的股东或其关联方拟取得C 25%股权 / B全体股东拟收购C: the buyers are B's shareholders, left unnamed
# (a space may stand between a Latin name and 的: Nova Labs 的股东或其关联方将得到B 25%股权)
_ITS_HOLDERS = re.compile(r"\s*(?:的)?(?:全体|部分|现有|控股|大)?股东(?:或|及|和)?(?:其)?(?:指定的?)?(?:关联方|关联公司|关联人|一致行动人)?"
                          r"(?:将|拟|计划|预计|有权|可|会)?$")


# 三一集团旗下: a run of name characters closing with a company word right before 旗下, left unread as a name (not
# 其母公司, 该集团, 上市公司: words that point back)
_OWNER_RUN = re.compile(r"(?<![其该本这此])(?P<run>[\u4e00-\u9fff]{2,8}(?:集团|控股|股份|公司))\s*(?:的)?$")
_NOT_OWNER_RUN = re.compile(r"(?:母|子|孙|本|该|上市|控股|参股|关联|投资|合资)公司$|^(?:其|该|本|这|此|公司|集团)")
# the investors' verb after a list (A旗下的B、C和D参与了本轮投资 / …等也参投 / 同时入局)
_JOINS_ROUND_AFTER = re.compile(r"\s*(?:等[^，,；;。]{0,8}?)?(?:也|亦|均|都|同时|共同|联合|一同|一起)*"
                                r"(?:参与|参投|跟投|领投|入局|投资了|加入|出现在)")


# 集团旗下的B / 该集团旗下: the bare word for a group opening the clause, its owner a group named before
_BARE_GROUP = re.compile(r"[\s“”]*(?:而|但|同时|此外)?(?:该|这家|此)?集团")


def _group_named_before(ctx: Ctx, cs: int) -> Mention | None:
    """对中国华润而言，…：集团旗下的B: the group a bare 集团 stands for, the last organisation named in this sentence or
    the one before whose name (as found or as known) ends in 集团; None where none is."""
    floor = ctx.doc.sentences[ctx.sent.index - 1].start if ctx.sent.index >= 1 else ctx.sent.start
    return next((m for m in reversed(ctx.mentions(floor, cs, ("organization",)))
                 if (m.canonical or m.text).endswith("集团") or m.text.endswith("集团")), None)


def _owner_unread(ctx: Ctx, cs: int, t: Span, agents: list[Mention]) -> bool:
    """Whether the name right before 旗下 is a run the name finder did not read (三一集团旗下的B): its owner is
    unknown, never the subject carried from before nor a name further left."""
    if agents and agents[-1].end >= t.start - 1 and agents[-1].start >= cs:
        return False
    found = _OWNER_RUN.search(ctx.text, cs, t.start)
    if found is None or _NOT_OWNER_RUN.search(found.group("run")):
        return False
    return not ctx.mentions(found.start("run"), t.start, UNIT + ("person",))


# 投资选择与B合作 / 投资将同B一起: a preposition of company between the verb and the name
_PARTNER_BETWEEN = re.compile(r"[与同跟]|和(?=[^，,；;。]{0,20}?(?:合作|携手|联手|共同|一起|一道))")


# 青禾科技的本轮投资由A领投: 投资 after a word of the round (本轮, 该轮, 新一轮 …) is the round as a noun, no verb
_ROUND_NOUN_BEFORE = re.compile(r"(?:本|该|此|这|新一|上一|首|前|后续)轮\Z")
_ROUND_NOUN_AFTER = re.compile(r"(?:方|人|机构)?(?:由|将|主要|中|的|共|[,，。；;])")


def active(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    cs, ce = ctx.clause(t.start)
    if frame.type == "investment" and ctx.text.startswith("投资", t.start) \
            and _ROUND_NOUN_BEFORE.search(ctx.text, max(cs, t.start - 3), t.start) \
            and _ROUND_NOUN_AFTER.match(ctx.text, t.end):
        return []  # (A本轮投资了B: the verb, read on)
    if frame.type == "investment" and ctx.text[t.start:t.end] in _ROUND_ROLE_WORDS and _ROUND_ROLE_NOUN.match(ctx.text, t.end):
        return []  # 领投方(之一)为A: the round's role as a noun, its member named after it (read by round_)
    if ctx.text[t.start:t.end] in _JOINT_ROUND_VERBS and ctx.text.startswith("的", t.end) \
            and _MANNER.match(ctx.text, t.end + 1):
        return []  # 以联合投资的形式参与B的项目: a manner of taking part, no investment made here
    if frame.type == "investment" and ctx.text.startswith("参与投资", t.start) and ctx.text.startswith("的", t.end):
        return []  # A参与投资的基金F: what A put money in is described (the fund readers), F is the subject after it
    if frame.type == "founding" and ctx.text.rfind("由", cs, t.start) >= 0:
        return _founded_by(ctx, frame, cs, t)
    if frame.type == "founding" and ctx.text.endswith("组建", t.start, t.end):
        return []  # 青禾智能开始组建销售团队 / A组建了B: a team or a unit set up, read (if at all) as set_up_company
    if frame.type == "founding" and ctx.text.startswith("的", t.end):
        return []  # A推出的出行品牌B有C的投资: what A launched is described, C founds nothing
    kinds = UNIT if frame.type in ("ownership", "founding") else ORG
    controlled = frame.type == "ownership" and ctx.text.endswith("控制的", t.start, t.end)
    if controlled:
        kinds = kinds + ("person",)  # 王澜控制的B: a person controls a company too
    if ctx.text.startswith("控制", t.start) and not controlled and not _CONTROLS.match(ctx.text, t.end):
        return []  # 控制权, 实际控制人, 控制成本: no stake held
    if frame.type == "shareholding" and _HELD_SUBSIDIARY_AFTER.match(ctx.text, t.end):
        return []  # A持股70%的子公司B: the subsidiary word reads the holding (_held_subsidiary)
    if frame.type in ("founding", "shareholding"):  # 邝启创立了岚川智能 / 王岚持有B 76%: a person founds or holds;
        agents, patients = _split_left(ctx, cs, t, kinds + ("person",))  # what is founded or held is no person
        if frame.type == "founding" and agents and _IN_ASIDE.match(ctx.text, agents[-1].end, t.start):
            agents = _founder_with_companions(ctx, cs, t) or [  # 周宁和几个伙伴（部分是他的复旦大学同学）一同创立了B
                a for a in agents if not _IN_ASIDE.match(ctx.text, a.end, t.start)]
        agents, patients = _past_the_one_left(ctx, cs, t, agents) if frame.type == "founding" else \
            _people_titled(ctx, cs, agents), [p for p in patients if p.kind != "person"]
        if frame.type == "founding":  # 北辰大学周宁教授发起创办了B: the organisation glued to the person is where
            agents = [a for i, a in enumerate(agents)  # the person works, no founder
                      if not (a.kind != "person" and i + 1 < len(agents) and agents[i + 1].kind == "person"
                              and agents[i + 1].start == a.end)]
    else:
        agents, patients = _split_left(ctx, cs, t, kinds)
        person = [m for m in ctx.mentions(cs, t.start, ("person",))[-1:]
                  if _PERSON_PUTS_IN.fullmatch(ctx.text, m.end, t.start)] if frame.type == "investment" else []
        if person and (not agents or ctx.text.startswith("个人", person[0].end)):
            agents = person  # 天使投资人许知行个人投资了B / 北辰资本创始人王刚个人投资了B: the person puts in money
    if agents and frame.type in ("investment", "acquisition") and (_BESIDES.fullmatch(ctx.text, cs, agents[0].start)
                                                                   or _BESIDES_THESE.fullmatch(ctx.text, cs, agents[0].start)):
        agents = ctx.carried_subject(t.start)  # A在该领域，除了B还投资了C: B is one more holding, A invests
    marked = bool(patients)  # 将B…: the patient stands before the verb
    if frame.type == "shareholding" and _block_sold(ctx, cs, t, agents):
        return []
    if frame.type == "shareholding" and not patients and _THE_TWO.search(ctx.text, cs, t.start):
        pair = next((f for f in reversed(ctx.facts) if f.evidence.start == ctx.sent.start
                     and len(next(iter(f.roles.values()), [])) >= 2), None)
        if pair is not None:  # A和B曾联手入股C，两者目前分别持股3.2%和2.9%: A and B, each in C
            agents, patients = list(next(iter(pair.roles.values()))), patients or list(list(pair.roles.values())[1])
    if frame.type == "shareholding":
        agents, patients = _held_in(ctx, cs, t) or (agents, patients)
        agents, patients = _holding_slots(ctx, cs, t, agents, patients)
    elif frame.type == "ownership":
        if ctx.text.startswith("旗下", t.start) and _owner_unread(ctx, cs, t, agents):
            return []  # 产业资本方面，三一集团旗下的B…: the owner's name was not read; not the subject carried
        if all(a.start < cs for a in agents) and ctx.text.startswith("旗下", t.start) \
                and _BARE_GROUP.fullmatch(ctx.text, cs, t.start):  # (not the subject carried from before)
            group = _group_named_before(ctx, cs)
            if group is None:
                return []  # 集团旗下的B with no group named before: its owner is not told here
            agents = [group]
        agents, patients = _unit_slots(ctx, cs, t, agents, patients)
        patients = _units_before_partner(ctx, patients)
        if len(patients) > 1 and ctx.text.startswith("旗下", t.start) and _JOINS_ROUND_AFTER.match(ctx.text, patients[-1].end) \
                and not _COUNTED_UNITS.match(ctx.text, t.end + ctx.text.startswith("的", t.end)):  # (吉利旗下两家公司A和B
            # 共同投资…: a count after 旗下, every listed name is one of its units)
            patients = patients[:1]  # A旗下的B、C和D参与了本轮投资: a list of investors, B alone named as A's unit
    else:
        if not patients and ctx.text[ce:ce + 1] in (":", "：") and _KIND_BEFORE_COLON.fullmatch(ctx.text, t.end, ce):
            ce = ctx.clause(ce + 1)[1]  # 投资了两家芯片企业：A和B — the names follow the colon
        patients = patients or ctx.group_right(t.end, ce, kinds)
        if frame.type == "investment" and patients and patients[0].start > t.end \
                and _PARTNER_BETWEEN.search(ctx.text, t.end, patients[0].start):
            patients = []  # 此次投资选择与云平台企业B合作: B, after 与, is who the spending works with, not invested in
    joined = False
    if frame.type == "investment":
        head = _head_after_de(ctx, patients, ce) if not marked else []
        firm = next((i for i, p in enumerate(patients) if p.source != "context" and p.kind == "organization"), None)
        patients = head or [p for i, p in enumerate(patients) if p.source != "context"  # 投资建设A基地项目: spending
                            or (firm is not None and i > firm or _GUESS_END.match(ctx.text, p.end)) and not is_project(p)]
        # (投资了A、B和C: B, a guess listed after a name found by its shape, is one more company; not a guess
        # opening the list: 投资纯电动大巴、B等项目 lists what is built)
        if len(patients) == 1 and (held := _HELD_SHARES_OF.match(ctx.text, patients[0].end)) is not None:
            shares_of = [m for m in ctx.mentions(held.end(), ce, ORG) if m.start == held.end()]
            patients = shares_of[:1]  # 投资于A持有的B部分股权(的收益权): B's shares, held by A; A is no investee
        if not patients:
            agents, patients = _in_its_round(ctx, cs, t, agents)
        if not patients and agents and _KEEN_NO_OBJECT.search(ctx.text, cs, t.start) \
                and _NO_OBJECT_AFTER.match(ctx.text, t.end):
            patients = _raiser_before(ctx, cs, agents)  # B考虑向外集资，A、C均有意投资: in B
        if ctx.text[t.start:t.end] in ("参与", "参与了"):  # 参与了B的A轮融资 (not 参与了B的重组): a round of the company named
            patients = [p for p in patients[:1] if _ITS_ROUND.match(ctx.text, p.end)]
            if not patients and _THE_COMPANY_ROUND.match(ctx.text, t.end):  # 参与了公司C轮融资: the company written about
                patients = _company_written_about(ctx, agents, t.start)
            joined = not patients and bool(agents) and _JOINED_NO_OBJECT.match(ctx.text, t.end) is not None
            if joined:  # B完成B轮融资，由A领投。此外，C也参与了投资: C joins the round read last, in B
                patients = _last_round_raiser(ctx, {a.key for a in agents})
        if not patients and agents and ctx.sent.index > 0 and _NO_OBJECT_AFTER.match(ctx.text, t.end) \
                and ctx.text[t.start:t.end] in ("入股", "参股", "注资"):
            patients = _company_written_about(ctx, agents, t.start)  # 蔚来…。2023年，CYVN先后两次入股: in 蔚来
    if frame.type == "founding" and len(patients) == 1 and patients[0].kind == "candidate" \
            and _ONE_OF_A_KIND.fullmatch(ctx.text, t.end, patients[0].start) \
            and _KIND_CLOSES.match(ctx.text, patients[0].end):
        return []  # 创立一家 AI Cloud(…) 创业企业: what kind of company, no name
    launched = ctx.text[t.start:t.end].startswith("推出")
    if launched:  # 合作推出“Stargate UK”项目: a project or a programme launched, no company founded nor unit owned
        patients = [p for p in patients if not _PROJECT_AFTER.match(ctx.text, p.end)]
    if frame.type == "founding" and launched and patients and patients[0].kind != "product" \
            and _ITS_PRODUCT_AFTER.match(ctx.text, patients[0].end):
        return []  # 他主导推出了B首颗训练芯片: B's product launched (by a person at B), no company founded
    if frame.type == "founding" and patients and (patients[0].kind == "product" or
                                                   launched and patients[0].kind == "candidate"):
        frame = Frame("ownership", "active", ("owner", "unit"), frame.triggers)
    if frame.type in ("ownership", "founding") and agents and _OTHER_PARTY_OF.match(ctx.text, agents[-1].end) \
            and _OTHER_PARTY_OF.match(ctx.text, agents[-1].end).end() <= t.start \
            and not ctx.mentions(_OTHER_PARTY_OF.match(ctx.text, agents[-1].end).end(), t.start, UNIT + ("person",)):
        return []  # 青禾智能的竞争对手推出了产品X: the rival, unnamed, launches it; 青禾智能 owns nothing
    if frame.type == "ownership" and ctx.text.startswith("及其", t.start) and not (
            agents and _CONTROLLER_GAP.fullmatch(ctx.text, agents[-1].end, t.start) and patients and patients[0].start == t.end):
        return []  # A及其控制的B: both named right at the words (及其控制的两家持股平台: units unnamed, none read)
    if frame.type == "ownership" and patients:
        patients += _parallel_units(ctx, ce)
    measure = _measured_by(ctx, cs, t, agents) if frame.type in ("investment", "acquisition") else None
    model = _last_deal(ctx, measure) if measure is not None else None
    if measure is not None and not any(p.start > t.end for p in patients):
        patients = list(model.roles.values())[1][:1] if model is not None else []  # A比B早一周宣布入股: into what
        # B bought into (else nothing)
    facts = _deal(ctx, frame, t, agents, patients)
    for f in facts if joined else ():
        _round_before(ctx, f)  # (the round's name, money and date, told in the sentence before)
    for f in facts if measure is not None else ():
        f.stake = f.stake if f.stake is not None and f.stake.start >= ctx.sent.start else None  # (B's, told before)
        f.amount = f.amount if f.amount is not None and f.amount.start >= ctx.sent.start else None
        if model is not None and f.modality == "asserted" and model.modality in ("planned", "expected"):
            f.modality = model.modality  # on the same terms as B's deal, still to be done
    if frame.type == "ownership" and ctx.text.startswith(("旗下", "及其"), t.start):
        _owned_as_it_stands(facts, t)  # (拟向A及其控制的B定向增发: B is A's now, the placement is planned)
    if frame.type != "shareholding":
        return facts
    if facts and _NO_LONGER.search(ctx.text, max(cs, t.start - 5), t.start):
        exits = _no_longer_held(ctx, t, facts)
        # 据报道，A已不再持有B股份: what is reported is the exit; the report holds nothing of A's in B
        return [f for f in facts if f.modality != "reported"] + exits
    for f in facts:  # A全资拥有B，并持有C 76%；D分别持有E 2%和1%: a stake past the ；is not D's
        if f.stake is not None and not q.segment_start(ctx, t.start) <= f.stake.start < q.segment_end(ctx, t.end):
            f.stake = None
        if f.stake is not None and _OF_VOTES.match(ctx.text, f.stake.end):
            f.qualifiers["measure"] = "voting_power"  # 合计控制公司45.6%的表决权: a share of the votes
    planned_ventures = {f.roles["result"][0].key for f in ctx.facts if f.type == "partnership" and f.roles.get("result")
                        and f.modality == "planned" and f.evidence.start == ctx.sent.start}
    for f in facts:  # A拟与B合资成立C，A持股49%: a stake in a venture still to be set up is planned with it
        if f.modality == "asserted" and f.roles.get("company") and f.roles["company"][0].key in planned_ventures:
            f.modality = "planned"
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
    if ctx.text.endswith("间接", cs, t.start):  # 通过B间接控制C 45%的股份: C is held through B, not bought
        return facts
    return facts + _acquired_holdings(ctx, t, facts)


_EACH_OPENS = re.compile(r"\s*(?:分别|各自)")  # A、B及C(1177)，分别持有…: the list the comma closed holds, each
_NO_LONGER = re.compile(r"不再$")
_OF_VOTES = re.compile(r"的?(?:股份)?表决权")
_AFTER_A_DEAL = re.compile(r"完成后|之后|以后|将|会|拟|预计|若|如果")


def _no_longer_held(ctx: Ctx, t: Span, facts: list[FactRecord]) -> list[FactRecord]:
    """截至三季度末，金石投资已不再持有云帆科技股份: a holder that holds none of a company any more sold all of it,
    an exit (an acquisition of the company with the holder as seller and no buyer named, as 清仓 is), dated by the
    day it is told to hold none; the holding itself stays negated."""
    if _AFTER_A_DEAL.search(ctx.text, ctx.sent.start, t.start):
        return []  # 交易完成后，A将不再持有B的股份: what a deal told apart will leave, not a sale of its own
    out = []
    for f in facts:
        if f.modality not in ("negated", "reported") or not f.roles.get("holder") or not f.roles.get("company"):
            continue
        sold = q.base_fact(ctx, "acquisition", {"acquirer": [], "target": list(f.roles["company"])}, t)
        sold.roles["seller"] = list(f.roles["holder"])
        sold.modality = "reported" if f.modality == "reported" else "asserted"  # 据报道，A不再持有B: a reported exit
        sold.date = f.qualifiers.get("as_of") or f.date
        sold.rule = f"acquisition:exit:{ctx.text[t.start - 2:t.end]}"
        out.append(sold)
    return out


# 购买北辰集团持有的云帆智能15%股权: the shares a deal moves, described by who holds them now.
_DEAL_OBJECT_LEAD = re.compile(r"(?:收购|购买|受让|认购|买入|买下|购得|竞得|拍得|取得|出售|转让|出让|质押|冻结|投资于|投资)了?\s*$")


_OWN_UNHELD = re.compile(r"(?:收购|购买|受让|认购|买入|买下|要约收购)了?其(?:所|尚未|未|并未|仍未|已|已经)*$")
# 推出了B首颗7nm训练芯片 / B的新一代大模型: a company's product named after it (what is launched is the product)
_ITS_PRODUCT_AFTER = re.compile(r"的?(?:首颗|首款|首个|首台|首代|新一代|新款|最新|最新一代|下一代|第[一二三四五六七八九十\d]+代)"
                                r"[^，,；;。]{0,16}?(?:芯片|模型|产品|处理器|服务器|机器人|手机|汽车|车型|系统|加速卡|GPU|CPU)")
_PROJECT_AFTER = re.compile(r"[^，,；;。、“]{0,6}?[”\"」]?\s*(?:项目|工程|倡议|行动|活动|大会|峰会|论坛|联盟|计划(?![于在将要]))")
_SOLD_ON = re.compile(r"(?:出售|转让|出让|卖给|售予|质押)")
# A向B出售旗下的C: a verb moving the unit stands right before 旗下; its subject owns C, not B, the buyer.
_MOVES_UNIT = re.compile(r"(?:出售|转让|出让|剥离|卖出|卖掉|注入|划转|分拆)(?P<to>给|予)?(?:其|了)?\s*$")


# (旗下的投资部门运营的基金B: a department managing the unit may stand before its kind)
_UNIT_DESCRIBED = re.compile(r"的?(?:[^，,；;。、“”\d]{0,10}?(?:部门|团队)(?:管理|运营|发起)的)?"
                             r"[^，,；;。、“”\d]{0,8}?(?:公司|企业|品牌|平台|子公司|基金)")
_COOPERATES = re.compile(r"[^，,；;。]{0,4}?(?:合作|签署|签订|签约|达成|联手|携手|共同|合资)")


_KIND_ONLY = re.compile(r"(?:品牌|公司|企业|平台|子公司|业务|部门)$")
# 创立了一家 AI Cloud(云端推理) 创业企业: a count, words, then only the kind of company closing the clause
_ONE_OF_A_KIND = re.compile(r"了?\s*(?:一家|一个|一间|家)\s*")
_KIND_CLOSES = re.compile(r"\s*(?:[(（][^()（）]{0,20}[)）])?\s*[\u4e00-\u9fff]{0,4}(?:企业|公司|机构|平台)\s*(?:[，,。；;]|$)")
_IS_BEFORE_OWNER = re.compile(r"[^，,；;。]{0,4}?(?:是|为|系|作为)$")
_EACH_IS = re.compile(r"(?:均|都|皆|也都)(?:是|为|系)$")
# 旗下的高端电动车品牌。: only a kind of unit runs to the end of the clause
_KIND_TO_END = re.compile(r"的?[^，,；;。、“”\d]{0,8}?(?:品牌|公司|企业|平台|子公司|业务|部门)\s*(?:[，,；;。]|$)")


def _unit_described(ctx: Ctx, cs: int, owners: list[Mention]) -> list[Mention]:
    """极氪…是吉利旗下的高端电动车品牌: the words after 旗下的 only say what kind of unit it is; the unit is the
    subject before 是 (the clause's, else the one carried from the clause before)."""
    if not owners or not _IS_BEFORE_OWNER.search(ctx.text, max(cs, owners[0].start - 6), owners[0].start):
        return []
    before = [m for m in ctx.mentions(cs, owners[0].start, UNIT) if m.key not in {o.key for o in owners}]
    if before and _EACH_IS.search(ctx.text, max(cs, owners[0].start - 6), owners[0].start):
        group = [m for m in ctx.group_left(cs, before[-1].end, UNIT) if m.key not in {o.key for o in owners}]
        return group  # A与B均为C旗下企业: each subject coordinated before 均为 is a unit
    return before[:1] or [m for m in ctx.carried_subject(cs) if m.key not in {o.key for o in owners}][:1]


def _units_not_partners(ctx: Ctx, units: list[Mention], end: int) -> list[Mention]:
    """A旗下的B与C深化合作: C, linked by 与 to B and followed by what B and C do together, is B's partner, not a
    unit of A (A旗下的B与C均已上线 lists two units)."""
    for i, (a, b) in enumerate(pairwise(units), 1):
        if _PARTNER_LINK.fullmatch(ctx.text, a.end, b.start) and _COOPERATES.match(ctx.text, units[-1].end):
            return units[:i]
    return units


def _seller_of_unit(ctx: Ctx, cs: int, t: Span) -> list[Mention]:
    """A向B出售旗下的C 51%股权: the owner of C is A, who sells (the names before 向/给/对), not B, the name
    nearest before 旗下. Empty where 旗下 does not follow such a verb."""
    verb = _MOVES_UNIT.search(ctx.text, max(cs, t.start - 5), t.start)
    if verb is None:
        return []
    if verb.group("to"):  # A将所持B 20%股权转让给旗下的C: C is A's, the seller named before 将/把 (or opening the clause)
        hand = max(ctx.text.rfind("将", cs, verb.start()), ctx.text.rfind("把", cs, verb.start()))
        return ctx.group_left(cs, hand) if hand > cs and ctx.mentions(cs, hand) else ctx.carried_subject(verb.start())
    mark = max(ctx.text.rfind(w, cs, verb.start()) for w in "向给对")
    if mark < 0:
        return ctx.group_left(cs, verb.start()) or ctx.carried_subject(verb.start())
    return ctx.group_left(cs, mark) or ctx.carried_subject(mark)


def _block_sold(ctx: Ctx, cs: int, t: Span, holders: list[Mention]) -> bool:
    """A deal verb, then A持有的B 15%股权: the block is what the deal moves (A sells it, or it is pledged); it
    states no holding of A's after the deal, so no shareholding is read from it."""
    if holders and ctx.text.startswith("的", t.end) and _BOUGHT_ITS.search(ctx.text, max(cs, t.start - 12), t.start):
        return True  # 向A、B等发股收购其共同持有的C 100%股权: the block bought, held by the sellers named before
    if not holders or holders[0].start < cs or not (ctx.text.startswith("的", t.end) or ctx.text.endswith("所", 0, t.start)):
        return False  # A所持有B 30%的股权: with 所 the noun phrase needs no 的
    if _OWN_UNHELD.search(ctx.text, max(cs, t.start - 10), t.start):
        return True  # 拟收购其尚未持有的B股份: what the buyer does not hold yet is bought
    return _DEAL_OBJECT_LEAD.search(ctx.text, max(cs, holders[0].start - 6), holders[0].start) is not None


_BOUGHT_ITS = re.compile(r"(?:受让|收购|购买|购入|买入)了?其(?:合计|共同|分别|各自|合并)?所?$")
_THE_TWO = re.compile(r"(?:两者|二者|两家公司|两家机构|两家)(?:目前|现|如今|均)?(?:分别|各自|各)")


# 受让你公司持有的, 收购其所持有的, 受让上述转让人持有的: a deal verb, then a holder left unnamed (or named by a
# reference back), right before 持有; so too a verb of
# selling after its buyer (公司拟向澜石科技出售公司持有的青松物流30%股权: the seller, 公司, holds it, not the buyer)
_BOUGHT_BETWEEN = re.compile(r"(?:受让|收购|购买|购入|购得|竞得|拍得|认购|买入|增持|出售|转让|出让)了?"
                             r"(?:你公司|贵公司|本公司|该公司|上市公司|公司|其)所?$")
_BOUGHT_FROM_NAMED_BEFORE = re.compile(r"(?:受让|收购|购买|购入|购得|竞得|拍得|认购|买入|增持)了?"
                                       r"(?:上述|前述|上列|前列)[\u4e00-\u9fff]{1,6}?所?$")


# A的全体股东合计持有 / A股东将分别持有: the holders of A (A's shareholders), not A, hold what follows
_HOLDERS_OF_NAMED = re.compile(r"\s*的?(?:全体|现有|原|其他)?股东(?:们)?(?:将|仍|已)?(?:合计|共同|分别|各自|均|共)?(?:将)?(?:直接|间接)?")


def _holding_slots(ctx: Ctx, cs: int, t: Span, agents: list[Mention],
                   patients: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Who holds and what, for 持有/持股/控制: a person right before the verb (创始人王立直接持有B 23.8%), the buyer
    a role noun stands for (收购方将持有B), no company past a sale (将其持有股份出售给B), the rest of the company
    just bought (C持有其余49%), and the company written about where none is named (澄川资本持股12.5%)."""
    _, ce = ctx.clause(t.start)
    if agents and agents[-1].end <= t.start and _HOLDERS_OF_NAMED.fullmatch(ctx.text, agents[-1].end, t.start):
        return [], []  # 青禾电子股东合计持有B 32%股权: the holders of 青禾电子, unnamed, hold B (not 青禾电子 itself)
    if agents and cs <= agents[-1].start and agents[-1].end <= t.start and _BOUGHT_BETWEEN.search(ctx.text, agents[-1].end, t.start):
        agents = []  # A以4亿元受让公司持有的B股权: A buys what another (unnamed) holds; A holds nothing here
    if agents and agents[-1].end <= t.start and _BOUGHT_FROM_NAMED_BEFORE.search(ctx.text, max(cs, agents[-1].end), t.start):
        agents = []  # (…),公司受让上述转让人持有的B份额: the sellers, named before, hold it (even with A's name
        # carried from the clause before)
    if not patients or not agents:  # 交割后，创始人王澜石仍持有B 20%股份: the person, with B named
        agents = deal_slots._person_agent(ctx, cs, t) or agents
    if _BUYER_NOUN.match(ctx.text, cs):
        agents = _last_buyer(ctx) or agents
    elif _BUYER_AND_SELLER.match(ctx.text, cs):  # 买方及卖方将分别持有B 60%及40%: the two sides of the last sale
        agents = _last_sides(ctx)
        if not agents:
            return [], []  # a side the text never named holds what cannot be told
    patients = patients or [p for p in ctx.group_right(t.end, ce, ORG) if not _NEXT_HOLDER.match(ctx.text, p.end)]
    if patients and (_SOLD_ON.search(ctx.text, t.end, patients[0].start) or re.search("[被由]", ctx.text[t.end:patients[0].start])):
        patients = []  # A将其持有股份出售给B / A持有的公司股份被B竞得: B buys the shares, A does not hold B
    if not patients and agents and _REST.match(ctx.text, t.end):
        patients = _last_deal_patient(ctx, agents)
    venture = _venture_of(ctx, agents) if not patients and agents else None
    if venture is not None:  # A与B成立合资公司C，A持股60%，B持股40%: each holds C (nothing when C is unnamed)
        parties, result = venture
        if agents[0].start < cs and "分别" not in ctx.text[cs:t.start]:  # 其中A出资12亿元，持股60%: the party named last
            named = [m for m in ctx.mentions(ctx.sent.start, cs) if m.key in parties]
            agents = named[-1:] or agents[:1]
        return agents, result
    if not patients and agents and (agents[0].start >= cs or agents[0].kind == "person"
                                    or _EACH_OPENS.match(ctx.text, cs, t.start)) \
            and ctx.text.startswith(("持股", "控制", "持有"), t.start) and _STAKE_NEXT.match(ctx.text, t.end) \
            and not _RANK_OF_KIND.search(ctx.text, t.end, ctx.sent.end):  # …持股12.5%，为其第一大股东: read there
        patients = _company_written_about(ctx, agents, t.start)
    if patients and _ASSET_HELD.match(ctx.text, patients[-1].end, ce):
        return agents, []  # A持有公司2号楼的产权 / 持有B发行的公司债券 / 持有B的多项专利: a thing or a debt held, no shares
    return agents, patients


# What is held after the name when it is no stake in a company: a property right, a building, land, a debt, an
# intellectual right (持有B的产权 / 持有B发行的公司债券); not past a word of shares (持有B 30%股权的收益权: a stake)
_ASSET_HELD = re.compile(r"(?:(?!股|权益|出资)[^，,；;。]){0,12}?(?:产权|所有权|使用权|债券|转债|债权|票据|专利|商标|版权|著作权|"
                         r"房产|物业|土地|厂房|大楼|楼宇|写字楼|商铺)")


# 在B(中)重仓持股: what stands between the company after 在 and the holding verb
_HELD_IN_LEAD = re.compile(r"(?:在|于)(?:境内|境外)?$")
_HELD_IN_TAIL = re.compile(r"(?:中|里|内|当中)?(?:已经|已|仍然|仍|一共|合计|共|累计|直接|间接|重仓|大举)*")


def _held_in(ctx: Ctx, cs: int, t: Span) -> tuple[list[Mention], list[Mention]] | None:
    """顺丰此前已在星图科技持股近40% / 另于B持股51%: the company after 在 (于) is the one held; its holder is the name before 在 (or the
    subject carried into the clause). None where no company stands right after a 在 before the verb."""
    for m in ctx.mentions(cs, t.start):
        lead = _HELD_IN_LEAD.search(ctx.text, max(cs, m.start - 3), m.start)
        if lead is not None and _HELD_IN_TAIL.fullmatch(ctx.text, m.end, t.start):  # (于境外B持股: as 在B持股)
            holders = _agents_before(ctx, cs, lead.start()) or ctx.carried_subject(t.start)
            return (holders, [m]) if holders else None
    return None


# 华芯基金持股8.5%、蓝海资本持股6.1%: a name right before its own holding verb is the next holder in a list of
# holdings, not the company the one before holds (not 持有的, which describes shares: A持有的B股份)
_NEXT_HOLDER = re.compile(r"(?:合计|共|直接|间接|分别|则|仍|将)?(?:持股|持有)(?!的)")


def _venture_of(ctx: Ctx, agents: list[Mention]) -> tuple[set[str], list[Mention]] | None:
    """The joint venture a party of it holds shares in (its parties' keys and its name, or none): a joint venture
    of the holder read in this sentence or the one before; None where there is none."""
    since = ctx.doc.sentences[ctx.sent.index - 1].start if ctx.sent.index else ctx.sent.start
    for fact in ctx.facts_back():  # the sentences before, then this one
        if fact.evidence.start < since:
            break
        if fact.type == "partnership" and fact.qualifiers.get("kind") == "joint_venture" \
                and agents[0].key in (parties := {m.key for m in fact.roles.get("party", [])}):
            return parties, fact.roles.get("result", [])[:1]
    return None


def _unit_slots(ctx: Ctx, cs: int, t: Span, agents: list[Mention],
                patients: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """Owner and units for 旗下: the seller of a unit sold (A向B出售旗下的C: A), a unit named at once (旗下“平头哥”;
    旗下基金、腾讯 names none) or after its description (旗下AI芯片公司昆仑芯), not a partner (旗下的B与C合作: B
    only), and the subject before 是 where the words after 旗下的 only name a kind (X是A旗下的高端电动车品牌: X)."""
    _, ce = ctx.clause(t.start)
    agents = _seller_of_unit(ctx, cs, t) or agents
    patients = patients or ctx.group_right(t.end, ce, UNIT, max_gap=2)
    if not patients:
        kind = _UNIT_DESCRIBED.match(ctx.text, t.end)
        patients = ctx.group_right(kind.end(), ce, UNIT, max_gap=0) if kind else []
    if len(patients) > 1:
        patients = _units_not_partners(ctx, patients, ce)
    if len(patients) > 1 and _JOINT_AFTER_UNITS.match(ctx.text, patients[-1].end) \
            and not _COUNTED_UNITS.search(ctx.text, t.end, patients[0].start) \
            and not _UNITS_LISTED.search(ctx.text, t.end, patients[0].start):
        patients = patients[:1]  # 吉利旗下岚山资本和澄川资本共同出资 / 旗下的A和B两家公司: the list acts together or is
        # counted as the parties joined, which may join an outside partner to the unit: 旗下 reaches the first name only,
        # unless a count or a verb of having opens the list (旗下两家公司A和B, 旗下拥有A、B) or 等 and a count close it
    if len(patients) == 1 and _KIND_ONLY.search(patients[0].text):
        patients = _unit_described(ctx, cs, agents) or patients
    elif not patients and _KIND_TO_END.match(ctx.text, t.end):  # the kind is no mention at all
        patients = _unit_described(ctx, cs, agents)
    if len(agents) > 1 and patients and ctx.text.startswith("、", patients[0].end) \
            and agents[-1].end <= t.start and "、" in ctx.text[agents[-2].end:agents[-1].start]:
        agents, patients = agents[-1:], patients[:1]  # 包括A、B、C旗下D、E: "C旗下D" is one item; C owns D alone
    elif len(agents) > 1 and patients and _LEADS_AFTER.match(ctx.text, patients[0].end) \
            and agents[-1].end <= t.start and "、" in ctx.text[agents[-2].end:agents[-1].start]:
        agents = agents[-1:]  # 由A、B、C旗下D联合领投: the last of the investors listed owns D, not the others
    if len(agents) > 1 and patients and agents[-1].end <= t.start \
            and _ASIDE_THEN_LIST.search(ctx.text, agents[-2].end, agents[-1].start):
        agents = agents[-1:]  # 包括A(出资3亿元)、B旗下C与D(各出资…): items each with its aside; B alone owns C
    if len(agents) > 1 and patients and agents[-1].end <= t.start and _WITH_BEFORE.fullmatch(ctx.text, agents[-2].end, agents[-1].start) \
            and _SIGNED_AFTER.search(ctx.text, patients[-1].end, ce):
        agents = agents[-1:]  # A近日与国家电网旗下的B签署了…合同: 与 joins A to the unit B it signs with; the group owns B
    return agents, patients


# a count of units between 旗下 and the list (旗下两家公司A和B, 旗下的三只基金A、B、C)
_COUNTED_UNITS = re.compile(r"(?:[两二三四五六七八九十几多数]|[0-9]+)(?:家|只|支|个|款|大)")
_UNITS_LISTED = re.compile(r"拥有|包括|包含|设有|有")
# after the list: acting together (共同出资, 联合投资, 携手), or a count of the joined parties with no 等 (A和B两家公司)
_JOINT_AFTER_UNITS = re.compile(r"\s*(?:[（(][^()（）]{0,20}[)）])?(?:均|都|也|还|将|已|正式|此前|近日|日前|曾)*"
                                r"(?:共同|联合|一起|一同|携手|合作|合资)|\s*(?:[两二三四五六七八九十几]|[0-9]+)(?:家|只|支|个)")
# an aside closing one listed item before the next: A(出资1.5亿元)、B
_ASIDE_THEN_LIST = re.compile(r"[)）]\s*[、，,]")
# the joiner between two names that makes the second the other party of a signing (A近日与B…)
_WITH_BEFORE = re.compile(r"\s*(?:于|在)?(?:近日|日前|今日|同日|当日|\d{1,2}月\d{1,2}日)?\s*(?:与|同|跟|和)\s*")
_SIGNED_AFTER = re.compile(r"签署|签订|签约|订立|达成|合作")


def _deal_word(found: re.Match[str]) -> str:
    """The word naming the deal in 收购完成后 / 通过本次并购: the acquisition read from the holding is
    stated by it (rule acquisition:holding:收购)."""
    return next(w for w in ("收购", "并购") if w in found.group())


_TENDER_BEFORE = re.compile(r"要约$")  # 要约收购完成后: a tender offer, taking shares from many holders up to a total


def _acquired_holdings(ctx: Ctx, t: Span, holdings: list[FactRecord]) -> list[FactRecord]:
    """通过本次收购，A将持有B 51%的股权 / 收购完成后，A共持有B 77%的股权: the holding is what A bought."""
    _, ce = ctx.clause(t.start)
    rising = _RISING_SHARE.search(ctx.text, t.end, ce)  # A持有B股份的比例由8%上升至16.2%: A bought more
    by_deal = _BY_ACQUIRING.search(ctx.text, ctx.sent.start, t.start)
    if not rising and not by_deal:
        return []
    ftype, roles = ("investment", ("investor", "investee")) if rising else ("acquisition", ("acquirer", "target"))
    bought = {list(f.roles.values())[1][0].key for f in ctx.facts if f.type in ("acquisition", "investment")}
    sold = {(m.key, f.roles["target"][0].key) for f in ctx.doc.facts + ctx.facts
            if f.type == "acquisition" and f.roles.get("target") for m in f.roles.get("seller", [])}
    buyers = {m.key for f in ctx.facts if f.type == "acquisition" and f.roles.get("target")
              and f.roles["target"][0].start < t.start for m in f.roles.get("acquirer", [])}
    out = []
    for h in holdings:
        holder, company = h.roles["holder"], h.roles["company"]
        if company[0].key in bought or (holder[0].key, company[0].key) in sold:
            continue  # 收购完成后，A及B分别持有C 60%及40%: B sold part of C and keeps the rest, it bought nothing
        if company[0].key in buyers and holder[0].key not in buyers:
            continue  # A收购B，通过本次收购，王澜持有A 8%的股份: the buyer's shares paid to B's owner, no deal for A itself
        fact = q.base_fact(ctx, ftype, {roles[0]: holder, roles[1]: company}, t)
        fact.stake, fact.date = h.stake, q.date_for(ctx, t)
        if not rising and _TENDER_BEFORE.search(ctx.text, max(ctx.sent.start, by_deal.start() - 4), by_deal.start()):
            fact.stake = None  # 要约收购完成后，A及其一致行动人合计控制公司61.5%股份: the total held, not what the offer bought
        word = ctx.text[t.start:t.end] if rising else _deal_word(by_deal)
        fact.rule = f"{ftype}:holding:{word}"  # read from the holding it results in, named by the deal word
        if ftype == "investment":
            fact.qualifiers["consideration"] = "unknown"
        out.append(fact)
    return out


def _units_before_partner(ctx: Ctx, units: list[Mention]) -> list[Mention]:
    """旗下的A与B共建…: B, joined by 与 (同, 跟), is A's partner, no unit; 旗下的A与B均…: both are units."""
    for i in range(1, len(units)):
        if ctx.text[units[i - 1].end:units[i].start].strip(" “”\"「」") in ("与", "同", "跟") \
                and not _ALL_OF_THEM.match(ctx.text, units[-1].end):
            return units[:i]
    return units


_ALL_OF_THEM = re.compile(r"[”\"」]?\s*(?:均|都|分别|各自|两家|二者|两者|等)")


def _parallel_units(ctx: Ctx, after: int) -> list[Mention]:
    """Quoted names opening later clauses of the sentence (旗下“A”…，“B”则…)."""
    out = []
    for m in ctx.mentions(after, ctx.sent.end, UNIT):
        if ctx.text[m.start - 1] in "“\"「" and ctx.text[m.start - 2] in "，,；;":
            out.append(m)
    return out


_UNNAMED_UNITS = re.compile(r"\s*(?:旗下|下属)的?(?:[0-9一二三四五六七八九十两多数若干]+家|部分|多个|若干)"
                            r"(?:全资|控股|参股)?(?:子公司|孙公司|公司|企业|项目)的?(?:部分)?(?:股权|股份)")
# 增强A的资本实力 / 获得资本市场认可: 资本 opening a longer word is no capital put into a company
_CAPITAL_WORD = re.compile(r"实力|市场|运作|结构|金|公积|化|开支|支出|规划|充足|回报|收益")


def _getter_after(ctx: Ctx, cs: int, pos: int, t: Span) -> list[Mention]:
    """获翎川创投数千万元投资，霁蓝智能加速…: a headline opening with the money got, its getter the subject of the next
    clause (named right at its start); none where the clause holds more than the funding."""
    _, ce = ctx.clause(t.start)
    if cs != ctx.sent.start or ctx.text[cs:pos].strip() or ce >= ctx.sent.end \
            or not re.fullmatch(r"\s*[，,]", ctx.text[t.end:ce + 1]):
        return []
    return [m for m in ctx.mentions(ce + 1, ctx.clause(ce + 1)[1], ORG) if m.start == ce + 1][:1]


def passive(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    cs, _ = ctx.clause(t.start)
    if ctx.text[t.start:t.end] == "资本" and _CAPITAL_WORD.match(ctx.text, t.end):
        return []
    pos = max((ctx.text.rfind(b, cs, t.start) for b in frame.before), default=-1)
    if pos < 0:
        return []
    word = next(b for b in sorted(frame.before, key=len, reverse=True) if ctx.text.startswith(b, pos))
    agents = ctx.mentions(pos + len(word), t.start)
    agents = [a for a, b in zip(agents, agents[1:]) if not _PARENT_OF.fullmatch(ctx.text, a.end, b.start)] + agents[-1:]
    patients = ctx.group_left(cs, pos) or (frame.type == "investment" and _zero_raiser(ctx, cs, t)) \
        or (frame.type == "investment" and _getter_after(ctx, cs, pos, t)) or ctx.carried_subject(pos)
    funded = _FUNDING_GAP.fullmatch(ctx.text, pos + len(word), t.start) is not None  # 获得5亿元B轮投资
    funded = funded and ctx.text[t.start:t.end] != "资本"  # 获得资本市场认可: money in general, no deal
    if funded:  # 获得了一家中东主权基金和一家产业基金的投资: a guess inside the described funders is no name
        agents = [a for a in agents if a.kind != "candidate" and not _A_KIND_OF.search(ctx.text, max(0, a.start - 2), a.start)]
    return _deal(ctx, frame, t, agents, patients, unnamed_agent=funded)


# 扩大其拥有60%股权的A和新收购的B: a name joined to the relative clause by 和/及 is listed beside what it describes.
_LISTED_BESIDE = re.compile(r"\s*(?:和|与|及|以及|、)\s*(?:新|最新|刚|刚刚|此前|近期|近年|已)?")
_OPENER_LEAD = re.compile(r"[\s“”]*(?:且|而|并|但|同时|此外|另外)?[\s“”]*")


def _clause_opener(ctx: Ctx, cs: int, before: int) -> list[Mention]:
    """The name opening the clause (且安踏有望…: 安踏), else the subject carried into it."""
    first = ctx.mentions(cs, before)[:1]
    if first and _OPENER_LEAD.fullmatch(ctx.text, cs, first[0].start):
        return first
    return ctx.carried_subject(cs)


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
    if agents:  # 在并购B同年收购的C: B, what the verb before bought, buys nothing; that verb's subject buys C
        agents = _subject_of_verb_before(ctx, agents)
    if agents and _LISTED_BESIDE.fullmatch(ctx.text, agents[-1].end, t.start):
        agents = _clause_opener(ctx, cs, agents[0].start)  # A和新收购的B: A is listed beside B, the subject buys
    patients = ctx.group_right(t.end, ce)
    if not patients and agents and frame.type == "investment" and _ROUND_AFTER_DE.match(ctx.text, t.end, ce):
        got = _GOT_BEFORE.search(ctx.text, cs, agents[0].start)
        if got is not None:  # A获得了B投资的2亿元A轮融资: the round B backs is A's
            return _deal(ctx, frame, t, agents, ctx.group_left(cs, got.start()) or ctx.carried_subject(got.start())[:1])
    if not patients and agents:
        shi = ctx.text.rfind("是", cs, agents[0].start)
        patients = ctx.group_left(cs, shi) if shi >= 0 else []
    return _deal(ctx, frame, t, agents, patients)


# …投资的2亿元A轮融资: what the investor backs is a round (its money, its name, the word)
_ROUND_AFTER_DE = re.compile(r"[^，,。；;]{0,16}?(?:融资|注资|战略投资|投资)(?![人方者机额])")
_GOT_BEFORE = re.compile(r"(?:获得了?|拿到了?|获|得到了?|收到了?|迎来了?)\s*$")


# 创立的机器人公司。: only a kind of company after the words, to the end of the clause
_ONLY_A_KIND = re.compile(r"[^，,；;。、“”\d]{0,8}?(?:公司|企业|品牌|平台|机构|基金|实验室|研究院|初创公司|独角兽)\s*(?:[，,；;。]|$)")
_IS_BEFORE = re.compile(r"\s*(?:是|为|系|乃)(?:一家)?\s*")


_LEFT_BEFORE = re.compile(r"(?:离开|离职|退出|加入|卸任|辞去|告别|从)\s*$")
_AFTER_LEAVING = re.compile(r"\s*(?:离职|辞职|出走|独立出来|出来)?(?:后|之后|以后)(?:又|便|就|随即|即)?\s*")


_TITLE_BETWEEN = re.compile(r"的?(?:联合创始人|创始人|董事长|总裁|首席执行官|CEO|总经理|实际控制人|实控人)(?:兼[^，,。；;]{1,6}?)?")


def _people_titled(ctx: Ctx, cs: int, agents: list[Mention]) -> list[Mention]:
    """红杉中国与美团董事长王兴分别持有…: a company right before a title and a person only describes the person,
    and the list goes on before it (红杉中国 and 王兴 hold)."""
    people = {m.start: m for m in agents if m.kind == "person"}
    out = []
    for m in agents:
        title = _TITLE_BETWEEN.match(ctx.text, m.end) if m.kind != "person" else None
        if title is not None and title.end() in people:
            continue
        out.append(m)
    if out and out[0].kind == "person":
        described = [m for m in ctx.mentions(cs, out[0].start) if _TITLE_BETWEEN.fullmatch(ctx.text, m.end, out[0].start)]
        listed = ctx.group_left(cs, described[-1].start, PARTIES) if described else []
        if listed and _LISTED_WITH.fullmatch(ctx.text, listed[-1].end, described[-1].start):
            out = listed + out
    return out


_LISTED_WITH = re.compile(r"\s*(?:与|和|及|、|以及)\s*")


def _past_the_one_left(ctx: Ctx, cs: int, t: Span, agents: list[Mention]) -> list[Mention]:
    """王岩离开阿里云后创立了星澜智算 / 李明从华为离职后创办了B: the company left is no founder; the one who
    left it, before the verb of leaving, is."""
    if not agents or not _AFTER_LEAVING.fullmatch(ctx.text, agents[-1].end, t.start):
        return agents
    left = _LEFT_BEFORE.search(ctx.text, max(cs, agents[-1].start - 4), agents[-1].start)
    if left is None:
        return agents
    return ctx.mentions(cs, left.start(), PARTIES)[-1:]  # 该团队从A独立出来后创办了B: no founder named


_SPUN_FROM = re.compile(r"(?:是|系|为)?(?:从|由|自)$")


def spun_from(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """青禾机器人脱胎于星澜科技的机器人事业部 / 青禾机器人分拆自星澜科技 / 青禾机器人是从星澜科技分拆出来的:
    the spin-off (the subject) is founded by the company it came from (named after 于/自, or between 从 and
    the verb)."""
    cs, ce = ctx.clause(t.start)
    if ctx.text[t.start:t.end].endswith("出来"):
        mark = max(ctx.text.rfind("从", cs, t.start), ctx.text.rfind("自", cs, t.start))
        parents = ctx.mentions(mark + 1, t.start) if mark >= 0 else []
        subject_end = mark
    else:
        parents = ctx.mentions(t.end, ce)[:1]
        parents = parents if parents and parents[0].start - t.end <= 1 else []
        subject_end = t.start
        if ctx.text.startswith("前身", t.start) and not (
                parents and parents[0].kind != "person" and _UNIT_OF_PARENT.fullmatch(ctx.text, parents[0].end, ce)):
            return []  # B前身为A的芯片研发部门: a unit of A grew into B; 前身为A公司 (a renamed company) is no spin-off
    if not parents:
        return []
    companies = [m for m in ctx.mentions(cs, subject_end) if m.key != parents[0].key][-1:] or \
        ctx.carried_subject(t.start)[:1]
    facts = _deal(ctx, frame, t, parents[:1], companies)
    if any(f.date is None for f in facts):  # B脱胎于A的芯片部门，2024年底开始独立运作: when it went on its own
        went = _WENT_ALONE.match(ctx.text, ce)
        dates = ctx.doc.values_in(went.start(1), went.end(1), "date") if went else []
        for f in facts:
            f.date = f.date or (dates[0] if dates else None)
    return facts


# the clause after a spin-off: its date, then it going on its own (，2024年底开始独立运作 / ，2023年正式独立运营)
_WENT_ALONE = re.compile(r"[，,]\s*(?:并|并于|于|在|已于)?(\d{4}年(?:\d{1,2}月)?(?:底|初|末|中|年底|年初)?)\s*"
                         r"(?:开始|正式|起|才|便|就)*(?:独立运作|独立运营|独立出来|独立经营|单独运营|分拆|拆分)")


# after the parent named after 前身为: a unit of it closing the clause (A的芯片研发部门, A智能芯片及架构部, A旗下的AI团队)
_UNIT_OF_PARENT = re.compile(r"(?:的|旗下的?|内部的?)?[^，,；;。“”（）()]{0,12}?"
                             r"(?:部|部门|事业部|事业群|团队|实验室|研究院|研究所|项目组|业务线|业务部|小组|课题组)\s*")


_TALKS = re.compile(r"洽谈|谈判|磋商|商谈|协商|接洽|商讨|沟通")
# (与AI应用“絮语”的开发商B洽谈: the one talked with described before its name)
_WITH_WHOM = re.compile(r"(?:正|正在|已|曾|目前|仍)?(?:与|同|和)(?:[^，,。；;与同和]{1,24}?的(?:开发商|运营商|运营方|母公司|"
                        r"制造商|供应商|厂商|公司))?$")


def negotiated(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """星澜智算正与青禾微电子洽谈收购事宜 / 星澜智算与青禾微电子就入股事宜进行磋商: a deal talked over between the
    subject, who would buy or invest, and the one named after 与 (its mood from the talks: planned)."""
    cs, ce = ctx.clause(t.start)
    if not _TALKS.search(ctx.text, cs, ce):
        return []
    named = ctx.mentions(cs, t.start)
    if len(named) < 2 or not _WITH_WHOM.search(ctx.text, named[-2].end, named[-1].start):
        return []
    facts = _deal(ctx, frame, t, named[-2:-1], named[-1:], unnamed_agent=False)
    for f in facts:
        if f.modality == "asserted":
            f.modality = "planned"  # talked over, not done
    return facts


# 周宁、李牧2021年一起创建的B / 王澜于2019年创办的B: a date or a word of acting together between the makers and 的
_BY_GAP = re.compile(r"(?:等人|等)?\s*(?:于|在)?\s*(?:\d{4}\s*年(?:\s*\d{1,2}\s*月)?(?:底|初|末|年底|年初|年末)?)?\s*(?:一起|共同|联合|合伙)?")


def by(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """由A共同发起设立的B / A创立的B / B是由A孵化的机器人公司: the makers after 由 (or right before the words),
    the company after them, or the subject before 是 where only a kind of company follows."""
    cs, ce = ctx.clause(t.start)
    if ctx.text.startswith("孵化", t.start) and ctx.text.endswith("投资", cs, t.start):
        return []  # 腾讯投资孵化的京东: investing, said as a figure of speech
    you = ctx.text.rfind("由", cs, t.start)
    if you >= 0:
        makers, opens = ctx.mentions(you + 1, t.start, PARTIES), you
        if len(makers) > 1 and makers[-1].kind == "person":  # 由清华姚班毕业生高澈一手创办的B: the school describes
            makers = ctx.group_left(you + 1, makers[-1].end, PARTIES) or makers  # the founder, who alone founds B
    else:
        before = ctx.mentions(cs, t.start, PARTIES)
        if not before or before[-1].end != t.start and not _BY_GAP.fullmatch(ctx.text, before[-1].end, t.start):
            return []
        makers, opens = before[-1:], before[-1].start
        if before[-1].end != t.start or len(before) > 1:  # 周宁、李牧(等人)2021年一起创建的B: all named before found B
            makers = ctx.group_left(cs, before[-1].end, PARTIES) or makers
            opens = makers[0].start
    companies = ctx.group_right(t.end, ce)[:1]
    if not companies and _ONLY_A_KIND.match(ctx.text, t.end):
        lead = ctx.mentions(cs, opens)
        if lead and _IS_BEFORE.fullmatch(ctx.text, lead[-1].end, opens):
            companies = lead[-1:]
    facts = _deal(ctx, frame, t, makers, companies)
    for f in facts:  # 由王岩创立的星澜智算去年营收2亿元: a date after the company is the next statement's
        if f.date is not None and f.date.start >= t.end:
            f.date = None
    return facts


def title(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """搜狗创始人王小川: the person founded the company the title names. The sentence's date is not the founding's
    (星澜由北辰创始人李强于2022年3月创办: the date is 星澜's, read by _founded_by); the fact takes only the date the
    document gives the company's founding (搜狗成立于…), else none."""
    cs = ctx.clause(t.start)[0]
    company = [m for m in ctx.mentions(cs, t.start) if m.end >= t.start - 1
               and ctx.text[m.end:t.start] not in ("和", "与", "及", "、", "或")]  # (股东包括A和创始人B: a list, not A's)
    office = _OFFICE_AFTER_TITLE.match(ctx.text, t.end)  # 联合创始人、副总裁马澜: past the other office
    at = office.end() if office else t.end
    person = ctx.group_right(at, ctx.clause(t.start)[1], ("person",), max_gap=0)  # 创始人周宁和李牧: each of them
    link = _TITLE_IS.match(ctx.text, t.end) if not person else None
    if link is not None:  # 星澜成立于2022年，创始人为陈默 / 创始人是前百度高管陈默
        person = ctx.mentions(link.end(), min(link.end() + 16, ctx.clause(t.start)[1]), ("person",))[:1]
    if not person and company:  # 王岩是星澜智算的联合创始人: the person before 是, the company before the title
        before = ctx.mentions(cs, company[-1].start, ("person",))
        if before and (_IS_BEFORE.fullmatch(ctx.text, before[-1].end, company[-1].start)
                       or _ALSO_IS_BEFORE.fullmatch(ctx.text, before[-1].end, company[-1].start)
                       and _TITLE_CLOSES.match(ctx.text, t.end)
                       or _SERVES_AS.fullmatch(ctx.text, before[-1].end, company[-1].start)
                       and _TITLE_CLOSES.match(ctx.text, at)):
            person = before[-1:]
    founded = None
    if not company and not person:  # …，周默担任联合创始人和首席执行官: the company the sentence is about
        before = ctx.mentions(cs, t.start, ("person",))
        if before and _SERVES_AS.fullmatch(ctx.text, before[-1].end, t.start) and _TITLE_CLOSES.match(ctx.text, at) \
                and not ctx.mentions(before[-1].end, t.start):
            person = before[-1:]
            company, founded = _company_of_bare_title(ctx, cs, person)
    elif not company and person and _BARE_TITLE.fullmatch(ctx.text, cs, t.start):
        company, founded = _company_of_bare_title(ctx, cs, person)
    facts = _deal(ctx, frame, t, person, company[-1:])
    for fact in facts:
        fact.date = founded or _founding_date(ctx, fact.roles["company"][0])
        if fact.modality in ("denied", "rumored"):
            fact.modality = "asserted"  # 星澜智算创始人林则远辟谣称…: the title describes the speaker; the rumour is another fact
    return facts[:1]


_TITLE_IS = re.compile(r"(?:为|是|：|:)")
# 林岚担任青禾微电子联合创始人兼总裁: the person before 担任/出任 holds the title (and founded the company) where the
# title, with one more office at most, closes the clause (not 担任B联合创始人周宁的助理: someone else's title)
_SERVES_AS = re.compile(r"\s*(?:曾|曾经|现|现在|目前|此前|先后|一直)?(?:担任|出任|现任|任)(?:过)?\s*")
_IN_ASIDE = re.compile(r"[^()（）]{0,24}[)）]")  # a mention whose bracket closes after it, before the verb
_WITH_COMPANIONS = re.compile(r"[和与](?:几个|几位|多位|一群|一些|两位|三位)?(?:伙伴|同学|朋友|合伙人|同事|校友)\s*$")


def _founder_with_companions(ctx: Ctx, cs: int, t: Span) -> list[Mention]:
    """周宁和几个伙伴（部分是他的复旦大学同学）一同创立了B: a name in the aside on the companions founds nothing; the
    person before 和几个伙伴 does (none where no person stands there)."""
    opening = max(ctx.text.rfind("（", cs, t.start), ctx.text.rfind("(", cs, t.start))
    before = ctx.mentions(cs, opening, ("person",)) if opening >= 0 else []
    if before and _WITH_COMPANIONS.fullmatch(ctx.text, before[-1].end, opening):
        return before[-1:]
    return []
_BESIDES = re.compile(r"[\s“”]*(?:除了|除)")  # 除了B(之外)还投资了C: B opens no clause as its subject
_BESIDES_THESE = re.compile(r"[\s“”]*(?:除了|除)(?:上述|前述|以上|上面提到|前面提到)的?(?:[^，,；;。]{0,12}、)?")  # 除了上述的A、B，也…
# 周宁同时是/也是/另一重身份是(私募机构)澄川投资的创始人: an adverb or "another identity" before the copula, a kind of
# company between it and the name; then the title closes the clause (not 澄川投资创始人的大学同学: someone else)
_ALSO_IS_BEFORE = re.compile(r"\s*(?:同时|也|还|亦|同样|另外|(?:的)?另一(?:重|个)?身份)\s*(?:是|为|系)(?:一家)?\s*"
                             r"(?:[\u4e00-\u9fffA-Za-z]{0,6}?(?:私募|机构|公司|企业|基金|平台|厂商|独角兽))?\s*")
_TITLE_CLOSES = re.compile(r"\s*(?:之一)?\s*(?:[，,。；;]|$)")
_OFFICE_AFTER_TITLE = re.compile(r"(?:、|兼|和|及)(?:执行)?(?:副总裁|高级副总裁|总裁|董事长|副董事长|总经理|首席[\u4e00-\u9fff]{2,4}官|"
                                 r"首席科学家|CEO|CTO|COO|CFO|董事|总监)")
# (an adverb between: 青禾微电子同样成立于2021年 / 也成立于 / 则成立于 / 早在…)
_FOUNDED_AT = re.compile(r"\s*(?:同样|也|亦|则|都|均|正式|最早|才)?(?:成立|创立|创办|创建)于")


def _founding_date(ctx: Ctx, company: Mention) -> Value | None:
    """宇树创始人王兴兴… / 宇树成立于2016年 elsewhere in the document: the date the document gives the company's
    founding (X成立于…), else none."""
    for m in ctx.doc.mentions:
        said = _FOUNDED_AT.match(ctx.text, m.end) if m.key == company.key else None
        if said is not None:
            dates = [d for d in ctx.doc.values_in(said.end(), said.end() + 12, "date") if d.start == said.end()]
            if dates:
                return dates[0]
    return None


# 青禾智能成立于2022年 / 青禾智能是一家…企业 / 青禾智能主营…: a sentence that introduces the company it opens with
_INTRODUCES = re.compile(r"\s*(?:(?:同样|也|亦|则|正式)?(?:成立|创立|创办|创建)于|是一家|系一家|为一家|主营|主要从事|专注于)")
_SENTENCE_OPENING = re.compile(r"[\s“”]*")


def _introduced_before(ctx: Ctx, cs: int, person: list[Mention]) -> tuple[list[Mention], Value | None] | None:
    """…。青禾智能成立于2022年5月，总部位于苏州。创始人周宁此前在北辰资本任职: a bare title opening a sentence names
    the founder of the company the sentence before (in the same paragraph) introduces, opening it (成立于, 是一家,
    主营 …), with the date 成立于 gives; not the document's most named company."""
    index = ctx.sent.index
    if index == 0:
        return None
    prev = ctx.doc.sentences[index - 1]
    if prev.paragraph != ctx.sent.paragraph:
        return None
    opening = [m for m in ctx.mentions(prev.start, prev.end) if m.kind in ("organization", "candidate")][:1]
    if not opening or opening[0].key in {m.key for m in person} \
            or not _SENTENCE_OPENING.fullmatch(ctx.text, prev.start, opening[0].start):
        return None
    said = _INTRODUCES.match(ctx.text, opening[0].end)
    if said is None:
        return None
    dates = [d for d in ctx.values("date", said.end(), prev.end) if d.start == said.end()] \
        if _FOUNDED_IN.search(said.group()) else []
    return opening, dates[0] if dates else None


# 许知行个人投资了B / 王刚以个人名义投资了B: a person right before the verb (个人 or an adverb between at most)
_PERSON_PUTS_IN = re.compile(r"\s*(?:个人|本人|以个人名义|以个人身份)?(?:已|也|还|曾|曾经|早年|先后|近日|此前)*\s*")
_BARE_TITLE = re.compile(r"[\s“”]*(?:其|公司|该公司)?(?:联合)?")  # 创始人张建中曾任… opening a clause, no company before
_FOUNDED_IN = re.compile(r"(?:成立|创立|创办|创建)于")


def _company_of_bare_title(ctx: Ctx, cs: int, person: list[Mention]) -> tuple[list[Mention], Value | None]:
    """星澜成立于2020年，创始人张志远曾任… / 创始人张志远在会上表示…: a title with no company before it names the
    founder of the company the sentence or the document is about; the date is the one 成立于 gives that company
    in the clause before (else none)."""
    from dealgraph.extract.coref import most_named

    at = cs
    while at > ctx.sent.start:  # 星澜成立于2020年，核心成员来自B，创始人张志远…: the clause that says when it was founded
        pcs, pce = ctx.clause(at - 1)
        subject = ctx.mentions(pcs, pce)[:1]
        said = _FOUNDED_IN.search(ctx.text, subject[0].end, pce) if subject and (
            at == cs or _SENTENCE_OPENING.fullmatch(ctx.text, pcs, subject[0].start)) else None  # further back: its subject
        if said is not None:
            dates = [d for d in ctx.values("date", said.end(), pce) if d.start == said.end()]
            return subject, dates[0] if dates else None
        at = pcs
    introduced = _introduced_before(ctx, cs, person) if cs == ctx.sent.start else None
    if introduced is not None:
        return introduced
    about = most_named(ctx.doc, cs, {m.key for m in person}, [])
    return ([about] if about is not None and about.start < cs else []), None


def _founded_by(ctx: Ctx, frame: Frame, cs: int, t: Span) -> list[FactRecord]:
    """星澜科技由赵磊于2021年5月在上海创立 / 星澜由北辰创始人李强创办: the names after 由 found the company
    before it. Where a person stands after 由, the founders are the persons (a company right before a title,
    北辰创始人, only describes them); else the organisations right after 由 (由北辰集团于2019年创办)."""
    you = ctx.text.rfind("由", cs, t.start)
    persons = ctx.mentions(you + 1, t.start, ("person",))
    founders = persons or ctx.group_right(you + 1, t.start, max_gap=0)
    companies = ctx.group_left(cs, you, UNIT) or ctx.carried_subject(you)
    assembled = ctx.text.endswith("组建", t.start, t.end)
    if assembled and (not companies or not _RIGHT_BEFORE_BY.fullmatch(ctx.text, companies[-1].end, you)
                      or not _ASSEMBLED_GAP.fullmatch(ctx.text, founders[-1].end if founders else you, t.start)):
        return []  # 研发团队由周宁组建 (no company named before 由), 由周宁负责组建: no founding
    if not founders or not companies or ctx.text.startswith("的", t.end):
        return []
    facts = _deal(ctx, frame, t, founders, companies[-1:])
    for fact in facts:  # 星澜成立于2022年，由陈默创立: the date the company's founding is given
        fact.date = fact.date or _founding_date(ctx, fact.roles["company"][0])
        d = fact.date.value if fact.date is not None else None
        if assembled and isinstance(d, DateValue) and d.value is None and d.start and d.end is None:
            fact.date = replace(fact.date, value=replace(d, value=d.start, start=None))  # 于2022年10月开始组建: then
    return facts


# 青禾智能由周宁于2022年10月开始组建: the company right before 由 (an adverb between at most), a date between the
# founders and the verb at most
_RIGHT_BEFORE_BY = re.compile(r"\s*(?:[(（][^()（）]{0,20}[)）])?\s*(?:最初|最早|当初|起初|早期)?\s*")
_ASSEMBLED_GAP = re.compile(r"\s*(?:等人|等|夫妇)?\s*(?:(?:于|在)[^，,。；;]{0,12}?)?(?:一起|共同|联合|一手|牵头)?(?:开始)?\s*")


def merge(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    cs, _ = ctx.clause(t.start)
    told = _merger_told(ctx, cs, t)
    if told is not None:
        return told
    jiang = max(ctx.text.rfind("将", cs, t.start), ctx.text.rfind("把", cs, t.start))
    parts = ctx.mentions(jiang + 1, t.start, UNIT) if jiang >= 0 else ctx.group_left(cs, t.start)
    if jiang >= 0 and not parts and ctx.text[jiang] == "将" and _WILL_MERGE.fullmatch(ctx.text, jiang + 1, t.start):
        jiang, parts = -1, ctx.group_left(cs, jiang)  # A与B将合并为一家公司 / 将以对等合并的方式…: 将 is "will"
    result: list[Mention] = []
    for found in _MERGED_INTO.finditer(ctx.text, t.start, ctx.sent.end):  # from the trigger: 合并为C; 合并为一家公司，
        result = ctx.group_right(found.end(), ctx.sent.end, UNIT, max_gap=2)[:1]  # 新公司名为C: the first named
        if result or ctx.text.startswith(("新公司", "新实体"), found.start()):
            break
    parts = _distinct(parts, result)
    if not result and jiang < 0 and len(parts) >= 2 and _AS_WAY.match(ctx.text, t.end) \
            and _PAIR_JOINED.fullmatch(ctx.text, parts[-2].end, parts[-1].start) \
            and _WILL_MERGE.fullmatch(ctx.text, parts[-1].end, t.start):
        fact = q.base_fact(ctx, "merger", {"part": parts[-2:], "result": []}, t)  # A与B将以对等合并的方式组建新集团
        return _dated(ctx, fact, t)
    if not result and jiang < 0 and len(parts) == 1 and _MERGES_OBJECT.fullmatch(ctx.text, parts[0].end, t.start):
        merged = ctx.group_right(t.end, ctx.clause(t.start)[1], ORG, max_gap=0)
        if merged and parts[0].key not in {m.key for m in merged}:  # A成功合并B: A takes B in, as in 吸收合并
            fact = q.base_fact(ctx, "merger", {"part": parts + merged, "result": parts}, t)
            return _dated(ctx, fact, t)
    if not result and jiang < 0 and len(parts) == 1 and ctx.text.startswith("合并", t.start):
        before = ctx.mentions(cs, parts[0].start, UNIT)  # 青禾智能与社交应用Q…合并: the partner after its kind
        if before and _PAIR_JOINED.fullmatch(ctx.text, before[-1].end, parts[0].start):
            parts = [before[-1], parts[0]]
    if not result and jiang < 0 and len(parts) >= 2 and ctx.text.startswith("合并", t.start) \
            and _MERGE_TOGETHER.fullmatch(ctx.text, parts[-1].end, t.start) and _MERGE_ENDS.match(ctx.text, t.end) \
            and _PAIR_JOINED.fullmatch(ctx.text, parts[-2].end, parts[-1].start):
        fact = q.base_fact(ctx, "merger", {"part": parts, "result": []}, t)  # A与B完成合并: both merge, no new name
        return _dated(ctx, fact, t)
    if len(parts) < 1 or not result or (jiang < 0 and len(parts) < 2):
        return []
    fact = q.base_fact(ctx, "merger", {"part": parts, "result": result}, t)
    return _dated(ctx, fact, t)


# A与B将以对等合并的方式…: between the second party and 合并 a way of merging opened by 以 (将 before it at most)
_WILL_MERGE = re.compile(r"\s*(?:已经|已|将|拟|计划|宣布|正式)*(?:以[^，,；;。以]{0,6})?")
_AS_WAY = re.compile(r"的?(?:方式|形式)|为一家(?:新的?)?(?:公司|企业|集团)")   # (将合并为一家公司: none named)
# A与B的合并已于上月正式完成 / …的合并最终没有实施 / …的合并有望在年内获批: the merger as a noun, what became of it after
_NOUN_MERGER_FATE = re.compile(r"(?:交易|案|计划|事项|事宜)?[^，,；;。]{0,12}?(?:完成|获批|获得批准|实施|落地|生效|交割|终止|告吹|失败|取消)")
_NOT_CARRIED_OUT = re.compile(r"没有|没能|未能|未|终止|告吹|失败|取消")
# A与B正在商讨合并 / 已就合并条款达成初步一致: talks between the parts before 合并, an agreement on its terms after it
# (not 曾商讨合并, talks of the past: 后来不了了之)
_MERGER_TALKS = re.compile(r"\s*(?:目前|近期|近日|已经|已|正|正在|仍在|一直在)*(?:商讨|洽谈|磋商|谈判|商谈|讨论|协商)\s*")
_MERGER_TALKS_ON = re.compile(r"\s*(?:目前|近期|近日|已经|已|正|正在|仍在|初步)*就\s*")
_MERGER_TERMS = re.compile(r"(?:条款|事宜|方案|细节|安排|协议)?(?:基本|初步)?(?:达成|谈妥)(?:了)?(?:初步|基本)?(?:一致|共识|协议)")
_TALKS_END = re.compile(r"(?:事宜|事项|方案|计划)?\s*(?:[，,；;。]|$)")
# A否认了与B合并的传闻 / A否认将与B合并: the subject denies, the partner after 与
_RUMOUR_AFTER = re.compile(r"(?:事宜|一事)?(?:的(?:传闻|传言|消息|报道|说法|计划)|\s*(?:[，,；;。]|$))")
_DENIES_WITH = re.compile(r"\s*(?:此前|近日|已)?(?:否认|辟谣)(?:了)?(?:有关|关于|其|公司|将|拟|正在)*(?:与|和|同)\s*$")


def _merger_told(ctx: Ctx, cs: int, t: Span) -> list[FactRecord] | None:
    """A merger with no result told as a noun (A与B的合并已于上月完成, …的合并最终没有实施: negated), in talks (A与B正在
    商讨合并, A与B已就合并条款达成初步一致: planned) or denied (A否认了与B合并的传闻); None where none of these is told."""
    if not ctx.text.startswith("合并", t.start):
        return None
    de = ctx.text.startswith("的", t.start - 1)
    before = ctx.mentions(cs, t.start - 1 if de else t.start, UNIT)
    pair = before[-2:] if len(before) >= 2 and _PAIR_JOINED.fullmatch(ctx.text, before[-2].end, before[-1].start) \
        and before[-2].key != before[-1].key else []
    modality = None
    if de and pair and pair[-1].end == t.start - 1 and _NOUN_MERGER_FATE.match(ctx.text, t.end):
        fate = _NOUN_MERGER_FATE.match(ctx.text, t.end)
        modality = "negated" if _NOT_CARRIED_OUT.search(fate.group()) else None
    elif not de and pair and (_MERGER_TALKS.fullmatch(ctx.text, pair[-1].end, t.start) and _TALKS_END.match(ctx.text, t.end)
                              or _MERGER_TALKS_ON.fullmatch(ctx.text, pair[-1].end, t.start)
                              and _MERGER_TERMS.match(ctx.text, t.end)):
        modality = "planned"
    elif not de and before and before[-1].end == t.start and _DENIES_WITH.search(ctx.text, cs, before[-1].start) \
            and _RUMOUR_AFTER.match(ctx.text, t.end):
        subject = ctx.group_left(cs, _DENIES_WITH.search(ctx.text, cs, before[-1].start).start()) \
            or ctx.carried_subject(cs)
        if not subject or subject[-1].key == before[-1].key:
            return None
        pair, modality = [subject[-1], before[-1]], "denied"
    else:
        return None
    fact = q.base_fact(ctx, "merger", {"part": pair, "result": []}, t)
    if modality == "denied" or modality and fact.modality == "asserted":
        fact.modality = modality
    return _dated(ctx, fact, t)


# A与B完成合并 / A与B已于4月正式合并 / A与B以全股票(交易)方式合并 / A与B宣布以全部换股的方式合并: between the second
# party and 合并 only a date, adverbs, 完成 and the way the merger is paid; not 讨论过合并, 的合并 (a noun), 合并报表
_MERGE_TOGETHER = re.compile(r"\s*(?:(?:将|拟|已|已经)?(?:于|在)[0-9０-９年月日初底中旬上下半今去明本同当]{2,10})?"
                             r"(?:已经|已|将|拟|计划|宣布|正式|成功|顺利|完成了?|于近日|近日)*"
                             r"(?:以[^，,；;。的]{1,8}(?:的)?(?:方式|形式))?(?:完成|进行|实现)?")
_MERGE_ENDS = re.compile(r"\s*(?:[，,；;。]|$)")
_PAIR_JOINED = re.compile(r"\s*(?:与|和|同|跟)\s*(?:[^，,；;。与和]{1,6}?(?:平台|应用|公司|企业|集团|巨头|厂商|初创|独角兽))?")


# 苏州澄岚传感有限公司已于2024年合并无锡云泽微电子: between the subject and 合并 only a date or adverbs
_MERGES_OBJECT = re.compile(r"\s*(?:(?:于|在)?[0-9０-９年月日初底中旬上下半]{2,12})?"
                            r"(?:已经|已|成功|正式|宣布|拟|将|计划|完成了?|顺利)*")


_CALLED_OFF = re.compile(r"终止|取消|放弃|叫停|撤回")  # 决定终止…吸收合并: a deal called off
# what names the merged company: 合并为C, 成立C, 合并后的新公司名为C
_MERGED_INTO = re.compile(r"成立了?|组建了?|合并为|整合为|更名为|(?:新公司|新实体)(?:将)?(?:命名为|名为|名称为|为)")


_ITS_UNIT = re.compile(r"(?:其|公司|旗下)(?:的)?(?:控股|全资|参股)?(?:子公司|孙公司)")


def absorb(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """海光科技将换股吸收合并东岳信息: the two merge and the subject survives (parts: both; result: the
    subject). Where no company follows the verb (吸收合并完成后), nothing."""
    _, ce = ctx.clause(t.start)
    if ctx.text.startswith(("方", "双方", "各方"), t.end):
        return []  # 吸收合并方A的换股价格为…，被吸收合并方B的…: the parties' role nouns; the deal is read where told
    unit = _ITS_UNIT.match(ctx.text, t.end)  # 吸收合并其控股子公司B: B, named after what it is to the subject
    absorbed = ctx.group_right(unit.end() if unit else t.end, ce, ORG, max_gap=2)
    survivor = _subject_of(ctx, t)
    if not survivor or not absorbed or survivor[0].key in {m.key for m in absorbed}:
        return []
    fact = q.base_fact(ctx, "merger", {"part": survivor + absorbed, "result": survivor}, t)
    if _CALLED_OFF.search(ctx.text, q.segment_start(ctx, t.start), t.start):
        fact.modality = "negated"  # 决定终止此前筹划的…换股吸收合并B: the merger is off
    return _dated(ctx, fact, t)


_SUPPLIER_GROUP = re.compile(r"前[一二三四五六七八九十\d]+(?:大|名)|主要|多家|部分|其他")
_IS = re.compile(r"(?:已|仍|也|则|一直)?(?:是|为|成为)(?:了)?")


def top_supplier(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """A supplier ranked by the buyer: 其中第一大供应商杭州澜晶存储有限公司占比52.7% (the name after the rank;
    the buyer is the clause's carried subject), 澜晶存储是其最大供应商 (the name before 是; the buyer between
    是 and the rank). The percentage after it is the supplier's share of purchases."""
    ranked = _ranked_party(ctx, t, after_copula=False)
    if ranked is None:
        return []
    suppliers, buyers = ranked
    fact = q.base_fact(ctx, "purchase", {"buyer": buyers, "supplier": suppliers}, t)
    share = q.nearest(ctx.values("percent", t.end, ctx.clause(t.start)[1]), t)
    fact.qualifiers["period"] = q.date_for(ctx, t)
    return _share_each_period(ctx, fact, "share_of_purchases", share, t)


def top_customer(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """A company's largest customers and the share of its revenue they bring: 来自第一大客户星河汽车的收入占比为
    41.2% / 第一大客户为星河汽车，占营收的35% (the company: the clause's subject or the one carried), 星河汽车是
    其最大客户 (the name before 是). The customer buys from the company: a purchase with share_of_revenue."""
    ranked = _ranked_party(ctx, t, after_copula=True)
    told_after = ranked is None and _ranked_as(ctx, t)
    if not ranked and not told_after:
        return []
    customers, sellers = ranked or told_after
    fact = q.base_fact(ctx, "purchase", {"buyer": customers, "supplier": sellers}, t)
    share = q.nearest(ctx.values("percent", t.end, q.segment_end(ctx, t.end)), t)
    fact.qualifiers["period"] = q.date_for(ctx, t)
    sold = _sales_told_after(ctx, ctx.clause(t.start)[1])
    if sold is not None:  # 第一大客户为百度，销售收入为4.2亿元，占营业收入的36.7%
        fact.amount, share = sold
        return _share_each_period(ctx, fact, "share_of_revenue", share, t)
    if share is not None and share.start < ctx.clause(t.start)[1] + 12:  # …，占营收的35%: the next clause may say it
        return _share_each_period(ctx, fact, "share_of_revenue", share, t)
    if told_after:  # 作为A的最大客户，B贡献的营收占总营收的54.7%: the one share of the clause naming B
        shares = ctx.values("percent", customers[0].end, ctx.clause(customers[0].end)[1])
        if len(shares) == 1:
            fact.qualifiers["share_of_revenue"] = shares[0]
    return [fact]


# …，(2024年)销售收入为4.2亿元 / …，销售额占比为33.5%: the clause after a customer ranked, telling what it bought
_SALES_NEXT = re.compile(r"[，,]\s*(?:[\d一二三四五六七八九十]{2,4}年(?:度|上半年|前三季度)?[，,]?\s*)?(?:公司)?(?:对其|向其)?"
                         r"(?:的)?(?:销售收入|销售额|销售金额|贡献收入|贡献营收|贡献的收入|贡献的营收)")
_SHARE_NEXT = re.compile(r"[，,]\s*(?:占(?:同期|当期|公司|其)?(?:营业收入|营收|总营业收入|总收入|主营业务收入|收入)|占比)")


def _sales_told_after(ctx: Ctx, ce: int) -> tuple[Value | None, Value | None] | None:
    """星澜智算2024年第一大客户为百度，销售收入为4.2亿元，占营业收入的36.7% (or 销售额占比为33.5%): the money of
    the clause right after the rank's (the sales to that customer) and its share of revenue, there or in the
    clause after that opens with 占. None where the next clause tells no sales."""
    told = _SALES_NEXT.match(ctx.text, ce)
    if told is None:
        return None
    end = ctx.clause(told.end())[1]
    money = ctx.values("money", told.end(), end)[:1]
    shares = ctx.values("percent", told.end(), end)[:1]
    after = _SHARE_NEXT.match(ctx.text, end)
    if not shares and after is not None:
        shares = ctx.values("percent", after.end(), ctx.clause(after.end())[1])[:1]
    return (money or [None])[0], (shares or [None])[0]


_AS_RANKED = re.compile(r"[\s“”]*作为")
# 上汽贡献的营收…: a verb of what a customer brings glued to its name (no name ends so): none rather than a wrong one
_VERB_TAIL = re.compile(r"(?:贡献|带来|实现|创造|提供)$")


def _ranked_as(ctx: Ctx, t: Span) -> tuple[list[Mention], list[Mention]] | None:
    """作为青禾智行的最大客户，远川汽车贡献的营收…: the clause (作为A的…) ranks the name opening the next clause for
    the company before 的."""
    cs, ce = ctx.clause(t.start)
    if not _AS_RANKED.match(ctx.text, cs):
        return None
    ranked_for = ctx.mentions(cs, t.start, ORG)[-1:]
    if not ranked_for or not re.fullmatch(r"的?", ctx.text[ranked_for[0].end:t.start]) or ce >= ctx.sent.end:
        return None
    named = [m for m in ctx.mentions(ce, ctx.clause(ce + 1)[1], ORG)[:1] if m.start <= ce + 2]
    named = [m for m in named if m.key != ranked_for[0].key and not _VERB_TAIL.search(m.text)]
    return (named, ranked_for) if named else None


def _ranked_party(ctx: Ctx, t: Span, after_copula: bool) -> tuple[list[Mention], list[Mention]] | None:
    """The party a rank word names and the company it ranks for: the name after the rank word (past 为/是 where
    after_copula) with the clause's subject or the carried one, else the name before 是 with the one between 是
    and the rank word. None where either is missing."""
    cs, ce = ctx.clause(t.start)
    at = _COPULA_AFTER.match(ctx.text, t.end) if after_copula else None
    after = ctx.group_right(at.end() if at else t.end, ce, ORG, max_gap=1)[:1]
    if after:
        named, other = after, _subject_of(ctx, t) or ctx.carried_subject(t.start)  # 星澜智算2024年第一大客户为百度
    else:
        verbs = list(_IS.finditer(ctx.text, cs, t.start))
        if not verbs:
            return None
        named = ctx.group_left(cs, verbs[-1].start())[-1:]
        other = ctx.mentions(verbs[-1].end(), t.start)[-1:] or (
            _company_written_about(ctx, named, t.start) if _THE_COMPANY.fullmatch(ctx.text, verbs[-1].end(), t.start)
            else ctx.carried_subject(t.start))  # 其中B为公司第一大客户: the company the document is about
    other = [b for b in other if b.key not in {x.key for x in named}][:1]
    return (named, other) if named and other else None


def revenue_from(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """澜舟科技超过六成收入来自华为 / 约40%的营收来自星河汽车: the organisation the revenue comes from buys from
    the clause's subject; the share stands before the word. 收入主要来自云业务 names no customer: nothing."""
    cs, ce = ctx.clause(t.start)
    if ctx.text.startswith("的", t.start):
        return _revenue_share_from(ctx, frame, t)
    if ctx.text.startswith(("将", "把", "向", "对", "为"), t.end):
        return []  # 收入来自将芯片IP授权给B: what brings the revenue is a deed, told by the clause (no customer here)
    customers = [m for m in ctx.group_right(t.end, ce, ORG, max_gap=1) if m.start <= t.end + 2]
    if not customers:
        return []
    sellers = [m for m in _subject_of(ctx, t) or ctx.carried_subject(t.start)
               if m.key not in {c.key for c in customers}][:1]
    if not sellers:
        return []
    fact = q.base_fact(ctx, "purchase", {"buyer": customers, "supplier": sellers}, t)
    share = q.nearest(ctx.values("percent", cs, t.start), t)
    if share is not None:
        fact.qualifiers["share_of_revenue"] = share
    fact.qualifiers["period"] = q.date_for(ctx, t)
    return [fact]


_SOLD_TO = re.compile(r"(?:对|向)")
# the kind of customer before its name: 对另一家经销商B / 向经销商B / 向客户B
_CUSTOMER_DESCRIBED = re.compile(r"(?:另一家|另外一家|第[一二三四五]大|主要|最大|重要)?(?:经销商|分销商|代理商|客户)")
_SALES_SUM = re.compile(r"\s*(?:约为|约|为|达到|达|合计|共计|累计)\s*")   # (wt-je) 销售额约为1.03亿元
_SHARE_OF_REVENUE = re.compile(r"占(?:同期|当期|公司|其)?(?:营业收入|营收|总营业收入|总收入|主营业务收入|收入)(?:总额)?的?"
                               r"(?:比重|比例|比)?(?:分别)?(?:为|达到|达|约为|约)?")


def sales_to(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """澜石科技对青松汽车的销售收入占营业收入的比重为31.4%: the customer after 对/向 buys from the clause's
    subject (or the one carried); the share of revenue follows. With 分别 and one share per period of a span of
    years (2022年至2024年，A对B的销售收入占比分别为…), one fact per year; shares that match no periods are left out."""
    cs, ce = ctx.clause(t.start)
    marks = list(_SOLD_TO.finditer(ctx.text, cs, t.start))
    if not marks:
        return []
    verb = ctx.text[t.start:t.end] in ("销售", "销售了")
    if verb and (not ctx.text.endswith("向", 0, marks[-1].end()) or not ctx.values("money", t.end, ce)):
        return []  # the verb: 向B销售 with the money of what was sold (not 对B销售, nor a sale with no sum)
    described = _CUSTOMER_DESCRIBED.match(ctx.text, marks[-1].end())  # 对另一家经销商B的销售额: B
    customers = ctx.group_right(described.end() if described else marks[-1].end(), t.start, ORG, max_gap=0)
    if not customers or not re.fullmatch(r"\s*的?\s*" if not verb else r"\s*", ctx.text[customers[-1].end:t.start]):
        return []
    keys = {c.key for c in customers}
    sellers = [m for m in ctx.group_left(cs, marks[-1].start()) or ctx.carried_subject(t.start) if m.key not in keys]
    if not sellers:
        return []
    base = q.base_fact(ctx, "purchase", {"buyer": customers, "supplier": sellers[-1:]}, t)
    if verb:
        base.amount = ctx.values("money", t.end, ce)[0]  # 销售了约1.46亿元产品: what the customer paid
    elif (sum_at := _SALES_SUM.match(ctx.text, t.end)) is not None:  # (wt-je) 对B的销售额约为1.03亿元: the sum
        base.amount = next((v for v in ctx.values("money", t.end, ce) if v.start <= sum_at.end() + 1), None)
    period = q.period_for(ctx, t)
    base.qualifiers["period"] = period
    lead = _SHARE_OF_REVENUE.match(ctx.text, t.end)
    if lead is None:
        return [base]
    shares = [v for v in ctx.values("percent", t.end, q.segment_end(ctx, t.end))]  # (约为12%: 约 may be the value's)
    if not shares or shares[0].start > lead.end() + 2:
        return [base]
    listed = [shares[0]]
    for v in shares[1:]:
        if not _LIST_JOIN.fullmatch(ctx.text, listed[-1].end, v.start):
            break
        listed.append(v)
    if len(listed) == 1:
        base.qualifiers["share_of_revenue"] = listed[0]
        return [base]
    periods = _years_of(ctx, period)
    if len(periods) != len(listed):
        return [base]  # 分别 with shares the period does not number: no share rather than a wrong one
    out = []
    for each_period, share in zip(periods, listed):
        fact = q.base_fact(ctx, "purchase", {"buyer": customers, "supplier": sellers[-1:]}, t)
        fact.qualifiers.update(share_of_revenue=share, period=each_period)
        out.append(fact)
    return out


def _share_each_period(ctx: Ctx, fact: FactRecord, key: str, share: Value | None, t: Span) -> list[FactRecord]:
    """A share set on the fact; where it opens a list of shares (分别为45.2%、38.1%和30.6%), one fact per year of
    the period written (2022年至2024年: three), each with its share; a list the period does not number (报告期内,
    or a period in another sentence) gives no share rather than the first period's as the whole one's."""
    listed = [share] if share is not None else []
    for v in ctx.values("percent", share.end, q.segment_end(ctx, share.end)) if share is not None else []:
        if not _LIST_JOIN.fullmatch(ctx.text, listed[-1].end, v.start):
            break
        listed.append(v)
    if len(listed) <= 1:
        if listed:
            fact.qualifiers[key] = listed[0]
        return [fact]
    period = q.period_for(ctx, t)
    periods = _years_of(ctx, period)
    if len(periods) != len(listed):
        fact.qualifiers.pop(key, None)
        return [fact]
    out = []
    for each_period, each in zip(periods, listed):
        one = q.base_fact(ctx, fact.type, {r: list(ms) for r, ms in fact.roles.items()}, t)
        one.modality, one.amount = fact.modality, None
        one.qualifiers.update({k: v for k, v in fact.qualifiers.items() if k not in (key, "period")})
        one.qualifiers.update({key: each, "period": each_period})
        out.append(one)
    return out


def _years_of(ctx: Ctx, period: Value | None) -> list[Value]:
    """The years of a span (2022年至2024年) and the periods joined after it (及2025年上半年), in order; a span ending
    in part of a year (2021年至2024年上半年) has the whole years before that part, then the part."""
    years = _span_years(period)
    return years + _periods_added(ctx, period) if years else []


def _span_years(period: Value | None) -> list[Value]:
    """The years of a span of years (2022年至2024年), the last one's part where the span ends in one (2024年上半年)."""
    span = period.value if isinstance(period, Value) else None
    if not (isinstance(period, Value) and isinstance(span, DateValue) and span.start and span.end
            and len(span.start) == 4 and span.end[:4].isdigit() and span.end[:4] > span.start and not span.value):
        return []
    last = int(span.end[:4]) if len(span.end) == 4 else int(span.end[:4]) - 1
    years = [Value(period.start, period.end, "date", DateValue(str(y), text=f"{y}年"))
             for y in range(int(span.start), last + 1)]
    if len(span.end) > 4:  # 2024-H1, 2024-Q3: the part of the last year
        part = re.split(r"[至到\-—~]", span.text)[-1]
        years.append(Value(period.start, period.end, "date", DateValue(span.end, text=part)))
    return years


# 确定A为B…项目的中标人 / A成为B…项目中标单位 / A中标B的…项目: B buys what A is to deliver
_WINNER_BECOMES = re.compile(r"(?<!作)(?:成为|为)|入围|入选")  # A与B结成联合体并入围C…项目中标候选人
_NAMED_BUYER = re.compile(r"(?P<b>[^，,；;。]{2,60}?)(?:的)?$")


def _bracketed_members(ctx: Ctx, cs: int, end: int) -> list[Mention]:
    """A（B（系公司全资子公司）、C）为…的第一中标候选人: the lead named right before a bracket closing at `end` and the
    organisations listed in it (at its own depth, joined by 、/和/及), a consortium that tendered together; none
    where no bracket closes there, no lead opens it or it lists none."""
    at = end
    while at > cs and ctx.text[at - 1] == " ":
        at -= 1
    if at <= cs or ctx.text[at - 1] not in ")）":
        return []
    depth, pos, inner = 0, at - 1, []
    while pos >= cs:
        ch = ctx.text[pos]
        depth += ch in ")）"
        depth -= ch in "(（"
        if depth == 0:
            break
        if depth == 1 and ch in ")）" and pos != at - 1:
            inner.append(pos)
        pos -= 1
    if depth != 0:
        return []
    leads = [m for m in ctx.mentions(cs, pos, ORG) if m.end == pos]
    listed = [m for m in ctx.mentions(pos + 1, at - 1, ORG) if _at_depth_one(ctx.text, pos + 1, m.start)]
    if not leads or not listed or any(not _MEMBER_JOIN.fullmatch(ctx.text, a.end, b.start) for a, b in pairwise(listed)):
        return []
    return _distinct(leads + listed)


_MEMBER_JOIN = re.compile(r"\s*(?:[(（](?:[^()（）]){0,20}[)）])?\s*(?:、|和|及|与)\s*")


def _at_depth_one(text: str, start: int, pos: int) -> bool:
    """Whether pos stands outside every bracket opened after start."""
    depth = 0
    for ch in text[start:pos]:
        depth += ch in "(（"
        depth -= ch in ")）"
    return depth == 0


class _Named(NamedTuple):
    """The winner's stretch (before 为/成为) and the project's (after it, its owner first), as text spans."""

    w: tuple[int, int]
    b: tuple[int, int]


def _winner_named(ctx: Ctx, cs: int, end: int) -> _Named | None:
    """确定A为B…项目的中标人 / A成为B…项目中标单位, split at the first 为 or 成为 of the clause that stands outside a
    name (华为成为B…: 为 ends the winner's name) and followed by the project's stretch closing before the word (its
    的 left out); the winner's stretch is the 30 characters at most before it."""
    lead = re.match(r"(?:确定|确认)?", ctx.text[cs:end]).end()
    for hit in _WINNER_BECOMES.finditer(ctx.text, cs + lead, end):
        if any(m.start < hit.start() < m.end for m in ctx.mentions(cs, end, PARTIES)):
            continue
        named = _NAMED_BUYER.fullmatch(ctx.text, hit.end(), end)
        if named is not None:
            return _Named((max(cs + lead, hit.start() - 30), hit.start()), named.span("b"))
    return None
_TENDER_PRICE = re.compile(r"中标(?:价格|金额|价|总价|合同金额)")
# 项目总投资为46亿元 / 预算金额高达5亿元: what the project costs or was budgeted, not what the winner is paid
_NOT_AWARD = re.compile(r"(?:总投资|投资额|投资总额|预算|概算|估算)[^，,；;。\d]{0,6}$")
_PROJECT_WON = re.compile(r"[^，,；;。]{2,40}?(?:项目|标段|标包|工程)")  # what was tendered, named by its project
# 临江市人工智能 (a place, then what a project is about): no organisation's name ends it
_PLACE_LED = re.compile(r"[\u4e00-\u9fff]{1,7}?(?:省|市|县|区)(?![\u4e00-\u9fff]*(?:公司|集团|局|委员会|委|政府|中心|院|所|大学|"
                        r"学院|银行|办公室|厅|部|社|站|台|队|会|馆)$)")


# A与B(均)被确定为 / A和B共同成为: between the winners joined and 为 (成为) only how they were named
_JOINT_WINNERS_GAP = re.compile(r"\s*(?:均|共同|一同|分别|同时|一起)?(?:被)?(?:确定|确认|评为|列为|选定)?\s*(?:成)?")


# between a list of winners and 中标: nothing, or words on how they won (均, 分别, 先后, 共同)
_WINNERS_GAP = re.compile(r"\s*(?:均|分别|先后|相继|同时|共同|一同|联合)?\s*")


# 青禾科技中标的标包数量最多 / A中标的标段最多: the winner of the most lots (a ranking of a tender's winners)
_MOST_LOTS = re.compile(r"的(?:标包|标段|包件)(?:数量|个数|数)?(?:最多|居首|排名第一)\s*(?:[，,。；;]|$)")


def _most_lots(ctx: Ctx, t: Span, cs: int) -> list[FactRecord]:
    """A中标的标包数量最多: in a tender's result whose procurer is named (in the clause or sentence before, or at the
    head), the one named right before the word won lots of it (a purchase with no sum of its own). Nothing where no
    procurer is named (a count of awards over many buyers) or where the name is not the clause's subject."""
    winners = ctx.group_left(cs, t.start)[-1:]
    if not winners or ctx.text[cs:winners[0].start].strip("，,；; ") or not _WINNER_GAP.fullmatch(ctx.text, winners[0].end, t.start):
        return []
    buyers = [m for m in _tenderer(ctx, cs) if m.key != winners[0].key]
    if not buyers or tender_lists.bond_auction(ctx, t.start):
        return []
    fact = q.base_fact(ctx, "purchase", {"buyer": buyers, "supplier": winners}, t)
    fact.qualifiers["period"] = q.date_for(ctx, t)
    return [_as_candidate(fact, "中标", ctx, t)]


# 第一、第二中标候选人分别为A和B / 第一、第二、第三中标候选人依次是A、B、C / 仍然是A和B: the ranks, then the names
_RANKS_BEFORE = ("第一、", "第一、第二、", "第一和", "第一、二、", "第一至")
_RANKED_NAMED = re.compile(r"\s*(?:分别|依次)?(?:仍然|仍|依然|还|也)?(?:分别|依次)?(?:为|是)\s*")


def _first_of_ranked(ctx: Ctx, t: Span) -> list[FactRecord]:
    """第一、第二中标候选人分别为A和B: the names after the ranks, as many as the ranks, are the candidates in order;
    the first is the award proposed (a planned purchase from the tendering party), the others are runners-up."""
    cs, ce = ctx.clause(t.start)
    named = _RANKED_NAMED.match(ctx.text, t.end, ce)
    if named is None:
        return []
    ranks = 1 + ctx.text[cs:t.start].count("第") if "至" not in ctx.text[max(cs, t.start - 4):t.start] else 0
    names = ctx.group_right(named.end(), ce, ORG, max_gap=0)
    if len(names) < 2 or ranks and len(names) != ranks or ctx.text[names[-1].end:ce].strip("（）() 等"):
        return []
    buyers = [m for m in _tenderer(ctx, cs) if m.key not in {n.key for n in names}]
    fact = q.base_fact(ctx, "purchase", {"buyer": buyers, "supplier": names[:1]}, t)
    fact.qualifiers["period"] = q.date_for(ctx, t)
    fact.date = q.award_date(fact.qualifiers["period"], t)
    return [_as_candidate(fact, "中标候选人", ctx, t)]


def tender_won(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """新疆路桥收到中标通知书，确定澄川建设为青松数科智算中心项目的中标人，中标价格约13亿元 / 澄川建设中标青松数科
    …项目: the one named before 为 (or the subject before 中标) supplies, the project's owner after 为 (or after
    中标) buys; the money after 中标价格/中标金额 (else the next in the sentence's part) is the contract's."""
    cs, ce = ctx.clause(t.start)
    word = ctx.text[t.start:t.end]
    if word.startswith(("第二", "第三")):
        # 第二中标候选人: a runner-up, who is awarded nothing (but the first of a ranked pair or triple named after it)
        return _first_of_ranked(ctx, t) if ctx.text.endswith(_RANKS_BEFORE, cs, t.start) else []
    titled = _title_award(ctx, t) if word == "中标" else None
    if titled is not None:
        return titled
    if word == "中标" and ctx.text.startswith(("通知书", "通知书》", "通知书”"), t.end):
        return _notice_received(ctx, t)
    if word == "中标" and _MOST_LOTS.match(ctx.text, t.end):
        return _most_lots(ctx, t, cs)
    if word == "中标":
        buyers = ctx.group_right(t.end, ce, ORG, max_gap=0)[:1]
        if not buyers and ctx.text[t.end:t.end + 1] in ("“", "\"", "《"):
            buyers = ctx.group_right(t.end + 1, ce, ORG, max_gap=0)[:1]  # 中标“南岭电网有限公司…项目”: its owner opens the title
        group = ctx.group_left(cs, t.start)
        listed = len(group) > 1 and _WINNERS_GAP.fullmatch(ctx.text, group[-1].end, t.start) is not None
        suppliers = [m for m in group or ctx.carried_subject(t.start)
                     if m.key not in {b.key for b in buyers}][None if listed else -1:]  # A和B中标 / 由A、B和C中标: each wins
        if not buyers:
            unnamed = _won_unnamed_buyer(ctx, t)
            if unnamed or not _wins_project(ctx, cs, t, suppliers):
                return unnamed
    elif _winner_after(ctx, t):
        suppliers, buyers = _winner_after(ctx, t), []  # …项目，中标人为北辰路桥: the one named after 为 wins
        cs = ctx.sent.start  # (the project it won is named before, in the sentence)
    else:
        named = _winner_named(ctx, cs, t.start)
        if named is None or not ctx.text[named.b[0]:named.b[1]].strip():
            return _won_unnamed_buyer(ctx, t)
        suppliers = _bracketed_members(ctx, cs, named.w[1]) or ctx.mentions(*named.w, ORG)[-1:]
        joined = ctx.group_left(named.w[0], suppliers[-1].end) if len(suppliers) == 1 else []
        if len(joined) > 1 and _JOINT_WINNERS_GAP.fullmatch(ctx.text, suppliers[-1].end, named.w[1]) \
                and all(_member_opens(ctx, m, named.w[0]) for m in joined):
            suppliers = joined  # A与B被确定为…项目的中标候选人: both
        if not suppliers and _SELF_WINNER.fullmatch(ctx.text, *named.w):
            suppliers = ctx.carried_subject(t.start)[-1:]  # 公司成为B…项目的中标人: the company announcing
        own_unit = _SELF_AND_UNIT.match(ctx.text, named.w[0], named.w[1])
        if own_unit is not None and len(suppliers) == 1 and suppliers[0].start == own_unit.end():
            self_ = [m for m in ctx.carried_subject(own_unit.start())[-1:] if m.key != suppliers[0].key]
            suppliers = self_ + suppliers  # 确认公司及控股子公司B为…的中标单位: the company announcing wins with B
        if not suppliers:  # B收到C发出的中标通知书，确定城轨建设为…的中标人: a short form of the receiver, unnamed
            suppliers = _receiver_short(ctx, ctx.text[named.w[0]:named.w[1]].strip(" “”\"确定确认被"))
        buyers = ctx.mentions(*named.b, ORG)[:1]
    members = _consortium(ctx, cs, t.start)
    if members:
        suppliers = members  # A与B组成的联合体，中标…项目: each member wins its part
    suppliers = [m for m in suppliers if not m.text.startswith("中标") and not _sent_the_notice(ctx, m)]  # (联合中标人A)
    # (a project's quoted title or a code in it names no buyer: “…PCCP管道采购”的中标单位, EPC, PPP; nor does a
    # place opening a project's name: 中标临江市人工智能算力中心项目)
    buyers = [b for b in buyers if b.kind == "organization" and not b.text.isascii() and not _PLACE_LED.match(b.text)]
    if buyers and suppliers and _owner_by_pronoun(ctx, buyers[0], suppliers[0]):
        buyers = [m for m in tender_lists.procurer_head(ctx, cs) if m.key != suppliers[0].key]
    titled = tender_lists.titled_tenderer(ctx.doc) if buyers else []
    if titled and titled[0].key != buyers[0].key and (not suppliers or titled[0].key != suppliers[0].key):
        buyers = titled  # 中标《珑腾…项目》… 招标人：B: the tenderer the text names by its title, not a name opening the project's
    if suppliers and not buyers:  # B发布采购中标公告，确认公司为… (a project of its own: only a head in the sentence)
        own = _OWN_PROJECT.search(ctx.text, t.end, ce) if word == "中标" else _OWN_PROJECT.search(ctx.text, cs, t.start)
        buyers = [m for m in _tenderer(ctx, cs, own is not None, t.start) if m.key != suppliers[0].key]
    sender = [m for m in _notice_sender(ctx, t.start) if not suppliers or m.key != suppliers[0].key]
    if sender:
        buyers = sender  # 收到B发出的中标通知书，确定公司为“…项目”的中标人: B tendered, whatever the project's title
    elif buyers and _sender_unnamed(ctx, t.start):
        buyers = []  # 收到岚山电网公司的《中标通知书》 (a tenderer no rule names): B tendered, not a name in the title
    if suppliers and not buyers and _PROJECT_WON.search(ctx.text, t.start if word == "中标" else cs, q.segment_end(ctx, t.end)):
        buyers = []  # 中标临江市人工智能算力中心项目 / 确定A为“…EPC总承包项目”的中标单位: a project, its owner unnamed
    elif not buyers or not suppliers or buyers[0].key == suppliers[0].key:
        return []
    if len(suppliers) > 1:
        return _members_won(ctx, t, [m for m in suppliers if not buyers or m.key != buyers[0].key], buyers)
    fact = q.base_fact(ctx, "purchase", {"buyer": buyers, "supplier": suppliers}, t)
    end = q.segment_end(ctx, t.end)
    price = _TENDER_PRICE.search(ctx.text, t.end, end)
    money = [v for v in ctx.values("money", price.end() if price else t.end, end)
             if not _NOT_AWARD.search(ctx.text, max(ctx.sent.start, v.start - 10), v.start)]
    fact.amount = money[0] if money and (price is not None or money[0].start < ce + 16) else None
    paid = _paid_before(ctx, cs, t.start)
    if paid is not None:
        fact.amount = paid  # 北辰路桥以3.2亿元中标B…项目: the sum before the word is the award
    fact.qualifiers["period"] = q.date_for(ctx, t)
    fact.date = q.award_day(ctx, t, fact.qualifiers["period"])
    each = _priced_each(ctx, t, ce, price) if word == "中标" and paid is None else []
    if each:  # A中标X工程3标段、Y工程1标段，中标价分别为1.02亿元、5410万元: one award per work, each its price
        return [_as_candidate(replace(fact, amount=money, qualifiers=dict(fact.qualifiers)), word, ctx, t) for money in each]
    return [_as_candidate(fact, word, ctx, t)]


# 子公司青禾建设 / 其全资子公司A: the winner named as the unit of the company announcing
_UNIT_BEFORE = re.compile(r"(?:子公司|孙公司|下属公司|下属企业)\s*$")
_PRONOUNS = ("该公司", "公司", "本公司", "其", "该集团", "集团")


def _owner_by_pronoun(ctx: Ctx, buyer: Mention, supplier: Mention) -> bool:
    """Whether the buyer is only a word for a company (该公司, 公司) while the winner is named in the sentence as a
    company's unit (远峰集团公告，子公司青禾建设被确定为该公司…项目的中标人): the word is read as the unit's owner, the
    one announcing, who tendered nothing the text says. The procurer named at the head, if any, is the buyer."""
    return buyer.text in _PRONOUNS and buyer.key != supplier.key \
        and _UNIT_BEFORE.search(ctx.text, max(ctx.sent.start, supplier.start - 8), supplier.start) is not None


# the works listed after 中标, each a project, section or lot of its own (X工程3标段、Y工程1标段)
_WORK_ITEM = re.compile(r"[^，,；;。、]{2,60}(?:项目|工程|标段|标包|包件)")
_WORKS_JOIN = re.compile(r"\s*(?:、|和|及|以及)\s*")


def _priced_each(ctx: Ctx, t: Span, ce: int, price: re.Match[str] | None) -> list[Value]:
    """The prices listed after 中标价分别为 when as many works are listed right after the word, in their order (each
    work one award), else none."""
    if price is None or not ctx.text.startswith("分别", price.end()):
        return []
    at, works = t.end, 0
    while (work := _WORK_ITEM.match(ctx.text, at, ce)) is not None:
        works, at = works + 1, work.end()
        joined = _WORKS_JOIN.match(ctx.text, at, ce)
        if joined is None or joined.end() == at:
            break
        at = joined.end()
    if works < 2 or at != ce and not _WORKS_JOIN.fullmatch(ctx.text, at, ce):
        return []
    end = ctx.clause(price.end())[1]
    money = ctx.values("money", price.end(), end)
    if len(money) != works or any(ctx.text[a.end:b.start].strip() not in ("、", "和", "及") for a, b in pairwise(money)):
        return []
    return money


# 青禾电子：关于澄川通信集团服务器采购项目中标的公告 / 关于全资子公司岚山系统预中标…的提示性公告: a title on an award
_ABOUT_AWARD = re.compile(r"关于(?P<what>[^，,；;。：:“”]{2,60}?)(?P<pre>预)?$")
_AWARD_NOTICE = re.compile(r"(?:候选人)?(?:结果)?(?:公示)?(?:的)?(?:提示性)?公告")
_OWNER_OPENS = re.compile(r"(?:参与|参加|公司)?$")
_PROCURED = re.compile(r"项目|采购|集采|工程|标段|标包|招标")


def _title_award(ctx: Ctx, t: Span) -> list[FactRecord] | None:
    """岚山电子：关于澄川通信集团服务器采购项目中标的公告: a title announcing an award; the winner is the one named
    right before the word (关于全资子公司青禾系统中标的公告), else the one speaking or opening the title (岚山电子：,
    岚山电子股份有限公司关于…); the buyer is the organisation opening the project's name. Planned for 预中标 or a
    candidate (中标候选人公示的…公告). None where the sentence is no such title."""
    if not _AWARD_NOTICE.match(ctx.text, t.end) or "关于" not in ctx.text[ctx.sent.start:t.start]:
        return None
    cs, _ = ctx.clause(t.start)
    about = _ABOUT_AWARD.search(ctx.text, cs, t.start)
    if about is None:
        return None
    ws, we = about.span("what")
    named = ctx.mentions(ws, we, ORG)
    if named and named[-1].end == we:
        suppliers, rest = named[-1:], named[:-1]
    else:
        speaker = ctx.headline_speaker(cs)
        opening = [m for m in ctx.mentions(cs, about.start(), ORG) if m.end == about.start()]
        suppliers, rest = ([speaker] if speaker is not None else opening[-1:]), named
    buyers = [m for m in rest[:1] if m.kind == "organization" and _OWNER_OPENS.fullmatch(ctx.text, ws, m.start)
              and not _TENDER_AGENT.search(m.text) and not _PLACE_LED.match(m.text) and _PROCURED.search(ctx.text, m.end, we)]
    suppliers = [m for m in suppliers if not _PLACEHOLDER.fullmatch(m.text) and m.key not in {b.key for b in buyers}]
    if not suppliers:
        return []
    fact = q.base_fact(ctx, "purchase", {"buyer": buyers, "supplier": suppliers}, t)
    fact.qualifiers["period"] = q.date_for(ctx, t)
    if (about.group("pre") or ctx.text.startswith("候选", t.end)) and fact.modality == "asserted":
        fact.modality = "planned"
    return [fact]


# 中标临江县滨河大道改造工程 / 确定A为南溪市…项目的中标人: a project named by its place, a tender of its own
_OWN_PROJECT = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州|镇|乡)[^，,；;。]{0,40}?(?:项目|工程|标段|标包|采购)")


# 北辰路桥与南岭建设组成的联合体 / 公司与A、B组成联合体: the members who tender together
_CONSORTIUM = re.compile(r"(?:共同|自愿)?(?:组成|组建|结成)(?:了)?(?:的)?联合体|以联合体(?:的)?(?:形式|方式)")
_SELF_MEMBER = re.compile(r"(?:^|确认|确定|[与和及、])(?:本公司|公司)(?=[与和及、]|(?:共同)?(?:组成|组建))")
_OWNER_OF_NEXT = re.compile(r"(?:旗下|的)?(?:全资|控股)?(?:子公司|孙公司)")


def _consortium(ctx: Ctx, cs: int, before: int) -> list[Mention]:
    """The members of a consortium that tendered, named in the winner's clause or in the clause just before it
    (北辰路桥与南岭建设组成的联合体，中标… / 确认公司与A、B组成的联合体，为…的中标人 / A和公司组成的联合体成为…
    中标候选人): each named member, the company reporting for 公司; an owner named before its unit (公司控股子公司A
    与B组成…: A, not the owner) is none. Empty where no consortium of two or more is named."""
    if "联合体" not in ctx.text[max(ctx.sent.start, cs - 80):before]:
        return []
    found = _CONSORTIUM.search(ctx.text, cs, before)
    start = cs
    if found is None and cs > ctx.sent.start:
        start, _ = ctx.clause(cs - 1)
        found = _CONSORTIUM.search(ctx.text, start, cs)
        if found is None or ctx.text[found.end():cs].strip("，,、 "):
            return []
    if found is None:
        return []
    named = ctx.mentions(start, found.start(), ORG)
    members = [m for i, m in enumerate(named) if not (i + 1 < len(named) and _OWNER_OF_NEXT.fullmatch(ctx.text, m.end, named[i + 1].start))]
    if _SELF_MEMBER.search(ctx.text[start:found.start()]):
        members = ctx.carried_subject(before)[:1] + members  # 公司与A组成联合体: the company reporting is one
    members = _distinct([m for m in members if not _PLACEHOLDER.fullmatch(m.text) and _member_opens(ctx, m, start)])
    return members if len(members) > 1 else []


def _member_opens(ctx: Ctx, m: Mention, start: int) -> bool:
    """A member's name opens after a joiner, a mark, the clause's start or its owner's word (…子公司A); a name cut
    out of a longer one (南岭对外建设…: 外建设…) does not."""
    before = ctx.text[m.start - 1:m.start] if m.start > start else ""
    return not before or before in "、与和及同跟,，；;“\"(（ " or ctx.text.endswith(("子公司", "孙公司"), start, m.start)


# 7月1日晚公告 / 3月5日晚间披露: the day of the report on the award, not of the award
_REPORTED_ON = re.compile(r"\s*(?:晚间|早间|盘后|晚|间)?(?:发布|披露)?(?:公告|公布|披露|发布|宣布|消息)")


def _members_won(ctx: Ctx, t: Span, members: list[Mention], buyers: list[Mention]) -> list[FactRecord]:
    """One purchase per member of a consortium that won, from the same buyer; the award is the consortium's, no
    member's own amount, so none is given."""
    facts = []
    for member in members:
        fact = q.base_fact(ctx, "purchase", {"buyer": buyers, "supplier": [member]}, t)
        fact.qualifiers["period"] = q.date_for(ctx, t)
        dated = q.award_date(fact.qualifiers["period"], t)  # 去年6月，A与B结成联合体并入围…: the award's date
        fact.date = dated if dated is not None and getattr(dated.value, "value", None) is not None \
            and not _REPORTED_ON.match(ctx.text, dated.end) else None  # (a span, 2018年至2019年…集采: the period)
        facts.append(_as_candidate(fact, ctx.text[t.start:t.end], ctx, t))
    return facts


_WINNER_AFTER = re.compile(r"\s*(?:最终)?(?:确定)?(?:为|是)\s*")


# 中标候选人依次为A、B、C / 中标候选人排名顺序为A、B: ranked candidates, the first of whom is the one proposed
_RANKED_AFTER = re.compile(r"\s*(?:排名|排序)?(?:依次|顺序|先后顺序|顺次)(?:为|是)[:：]?\s*")
_RANKED_NEXT = re.compile(r"\s*(?:[(（][^()（）]{0,12}[)）])?\s*[、，,；;和及]")


def _winner_after(ctx: Ctx, t: Span) -> list[Mention]:
    """南溪县环城公路工程施工项目公示结果，中标人为北辰路桥 / 中标单位是A: the organisation named right after 为/是
    (and closing its part of the clause) is the winner. Of candidates ranked after 依次为 (中标候选人依次为A、B、C) only
    the first, the one proposed, is."""
    ranked = _RANKED_AFTER.match(ctx.text, t.end) if ctx.text.endswith("候选人", t.start, t.end) else None
    if ranked is not None:
        first = ctx.mentions(ranked.end(), ctx.sent.end, ORG)[:1]
        return first if first and first[0].start == ranked.end() and _RANKED_NEXT.match(ctx.text, first[0].end) else []
    listed = _winners_listed(ctx, t)
    if listed:
        return listed  # 中标单位包括A（联合体主体）、B（联合体成员）以及C（联合体成员）
    after = _WINNER_AFTER.match(ctx.text, t.end)
    if after is None:
        return []
    found = ctx.mentions(after.end(), ctx.clause(t.start)[1], ORG)[:1]
    if not found or found[0].start != after.end() or not re.match(r"\s*(?:[(（][^()（）]{0,12}[)）])?\s*(?:[，,；;。]|$)",
                                                                 ctx.text[found[0].end:]):
        return []
    return found


# 中标单位包括A、B以及C / 中标人为A和B: several winners named after the word, each maybe glossed in brackets
_LIST_AFTER = re.compile(r"\s*(?:最终)?(?:确定)?(?:为|是|包括|包含|分别为|分别是)[:：]?\s*")
_GLOSS = re.compile(r"\s*[(（](?:[^()（）]|[(（][^()（）]*[)）]){0,40}[)）]")  # （联合体成员，青禾科技控股子公司）
_WINNERS_JOIN = re.compile(r"\s*(?:、|和|及|以及|与)\s*")
_LIST_CLOSE = re.compile(r"\s*(?:等)?(?:[，,；;。]|$)")


def _winners_listed(ctx: Ctx, t: Span) -> list[Mention]:
    """中标单位包括澄川建工（牵头方）、青禾设计院（成员）以及岚山数据 / 中标人为A、B:
    two or more organisations listed right after the word (a bracketed gloss after each), closing the clause: each
    won (a consortium's members, or winners of parts); none where anything else stands in the list. Not for
    candidates (中标候选人为A、B: ranked, only the first is proposed)."""
    if ctx.text.endswith("候选人", t.start, t.end):
        return []
    after = _LIST_AFTER.match(ctx.text, t.end)
    if after is None:
        return []
    at, found = after.end(), []
    while True:
        named = ctx.mentions(at, min(at + 60, ctx.sent.end), ORG)[:1]
        if not named or named[0].start != at:
            return []
        found.append(named[0])
        at = named[0].end
        gloss = _GLOSS.match(ctx.text, at)
        at = gloss.end() if gloss else at
        joined = _WINNERS_JOIN.match(ctx.text, at)
        if joined is None:
            break
        at = joined.end()
    if len(found) < 2 or not _LIST_CLOSE.match(ctx.text, at) or len({m.key for m in found}) < len(found):
        return []
    return found


# 确定公司为…的中标单位 / 公司成为…的中标人 / 该公司被确定为…: the winner is the company that reports it
_SELF_WINNER = re.compile(r"\s*(?:通知|并|同时|近日|日前|已|再次|正式|将)*(?:经[^，,；;。“”]{0,16}?(?:评定|评审|评标|评选)\s*)?(?:确定|确认)?(?:本公司|该公司|公司|其)?(?:被)?"
                          r"(?:作为联合体(?:牵头人|牵头方|成员)(?:之一)?)?(?:确定|确认|已|正式|再次)*")  # 公司作为联合体牵头人为…
# 确认公司及控股子公司B为…的中标单位: the company announcing, then its unit named, win together
_SELF_AND_UNIT = re.compile(r"[\s“”]*(?:确定|确认)?(?:本公司|该公司|公司)(?:及|和|与|以及)(?:其)?(?:全资|控股)?(?:子公司|孙公司)?")
# 收到临川水务集团寄来的中标通知书 / 收到B签发的《中标通知书》 / 接到了由B签发的中标通知书: B, who tendered, tells the winner
_NOTICE_FROM = re.compile(r"(?:收到|接到|接获|获得|取得)(?:了)?(?:由)?(?:招标人|采购人|业主|业主方)?(?P<b>[^，,；;。《“]{2,40}?)(?:发出|签发|发来|寄来|下发|出具|送达)?的?"
                          r"[《“]?(?:中标|成交|中选)通知书")
# an agent runs the tender for its owner (四川某招标代理有限公司, 市公共资源交易中心): it buys nothing
_TENDER_AGENT = re.compile(r"招标|代理|交易中心|采购中心|交易所|咨询")


def _notice_sender(ctx: Ctx, before: int) -> list[Mention]:
    """The tenderer who sent the notice of award (中标通知书) the winner received, in the sentence before the
    word: 公司收到临川水务集团寄来的中标通知书，确定公司为…的中标单位 (临川水务集团 buys). Not an
    agent that runs tenders for others (招标代理公司, 公共资源交易中心)."""
    if "通知书" not in ctx.text[ctx.sent.start:ctx.sent.end]:
        return []
    found = _NOTICE_FROM.search(ctx.text, ctx.sent.start, ctx.sent.end)
    if found is None:  # B向A发出《中标通知书》，确定A中标…: B, before 向, sent it
        senders = [m for m in ctx.mentions(ctx.sent.start, before, ORG) if _sent_the_notice(ctx, m)]
        return senders[-1:] if senders and not _TENDER_AGENT.search(senders[-1].text) \
            and (senders[-1].start == ctx.sent.start or ctx.text[senders[-1].start - 1] in "，,；;：:、 ") else []
    if found.start() > before + 8:
        return []
    named = ctx.mentions(found.start("b"), found.end("b"), ORG)
    orgs = [m for m in named if m.kind == "organization"]
    if len(orgs) == 1 and orgs[0].start == found.start("b") and _SENDER_UNIT.fullmatch(ctx.text, orgs[0].end, found.end("b")) \
            and not _TENDER_AGENT.search(orgs[0].text):
        return orgs  # 收到B集团物资部寄来的《中标通知书》: B's own unit runs its tender, B buys
    if len(named) != 1 or named[0].kind != "organization" or _TENDER_AGENT.search(named[0].text):
        return []
    whole = not ctx.text[found.start("b"):named[0].start].strip() and not ctx.text[named[0].end:found.end("b")].strip()
    return named if whole else []  # (收到A、B送达的中标通知书: two tenderers, two awards; no one buyer)


# a company's own unit that sends its notices of award (B公司工程管理中心, B集团物资部)
_SENDER_UNIT = re.compile(r"(?:工程管理中心|项目管理中心|工程管理部|工程部|物资部|采购部|采购管理部|基建部|工程建设部|项目部)")


# what ends an organisation's name where no rule found the name (岚山电网公司, 澄川市环卫管理处, 岚山电力局)
_BODY_END = re.compile(r"(?:公司|集团|局|处|院|委员会|委|中心|政府|银行|厂|站|社)$")


def _sender_unnamed(ctx: Ctx, before: int) -> bool:
    """Whether the notice of award the winner received names its sender by words no rule reads as a name (收到岚山电网
    公司的《中标通知书》): a tenderer is named, so a name inside the project's title is no buyer. Not an agent."""
    if "通知书" not in ctx.text[ctx.sent.start:ctx.sent.end]:
        return False
    found = _NOTICE_FROM.search(ctx.text, ctx.sent.start, ctx.sent.end)
    if found is None or found.start() > before + 8 or ctx.mentions(*found.span("b"), ORG):
        return False
    said = found.group("b").strip()
    return _BODY_END.search(said) is not None and not _TENDER_AGENT.search(said) and not said.startswith(("本", "该", "此", "公司"))


# between the one receiving a notice of award and its verb: times and adverbs only (青禾建设近日收到…)
_RECEIVER_GAP = re.compile(r"\s*(?:近日|日前|今日|昨日|近期|已经|已|正式|顺利|成功|于[^，,；;。“”《]{1,12}?)*\s*")
# the clause or sentence names the award itself (确定A为…的中标人, A中标…): that reading tells it
_AWARD_TOLD = re.compile(r"中标(?:人|单位|供应商|候选人)|(?<!《)中标(?!通知|公告|公示|结果)")


def _notice_received(ctx: Ctx, t: Span) -> list[FactRecord]:
    """青禾建设近日接到澄川数科有限公司签发的中标通知书，中标价格约13亿元: the one named right before the verb (收到,
    接到) won the tender of the one that sent the notice (asserted: the notice tells an award made); the money after
    中标价格/中标金额 in its part of the sentence is the award's. Nothing where the sentence tells the award in words of
    its own (确定A为…的中标人: read there), where no sender or no receiver is named, or the sender is an agent."""
    found = _NOTICE_FROM.search(ctx.text, ctx.sent.start, t.end + 3)
    if found is None or found.end() != t.end + 3:
        return []
    rest = ctx.text[t.end:ctx.sent.end].replace("中标通知书", "").replace("中标价", "").replace("中标金额", "")
    if _AWARD_TOLD.search(rest) or _AWARD_TOLD.search(ctx.text, ctx.sent.start, found.start()):
        return []
    sender = _notice_sender(ctx, t.start)
    cs = clause_start(ctx.text, found.start(), ctx.sent.start)
    receivers = ctx.group_left(cs, found.start())[-1:]
    if not sender or not receivers or not _RECEIVER_GAP.fullmatch(ctx.text, receivers[-1].end, found.start()) \
            or receivers[-1].key == sender[0].key or _PLACEHOLDER.fullmatch(receivers[-1].text):
        return []
    fact = q.base_fact(ctx, "purchase", {"buyer": sender, "supplier": receivers}, t)
    end = q.segment_end(ctx, t.end)
    price = _TENDER_PRICE.search(ctx.text, t.end, end)
    money = ctx.values("money", price.end(), end)[:1] if price else []
    fact.amount = money[0] if money else None
    fact.qualifiers["period"] = q.date_for(ctx, t)
    fact.date = q.award_date(fact.qualifiers["period"], t)
    return [fact]


def _receiver_short(ctx: Ctx, short: str) -> list[Mention]:
    """The receiver of the notice of award (named right before 收到…中标通知书 in the sentence) whose full name holds
    the characters of short in order (城轨建设 of 岚山城轨建设工程有限公司): the winner, written short."""
    found = _NOTICE_FROM.search(ctx.text, ctx.sent.start, ctx.sent.end)
    if found is None or not 2 <= len(short) <= 8 or not all("\u4e00" <= c <= "\u9fff" for c in short):
        return []
    receivers = ctx.group_left(clause_start(ctx.text, found.start(), ctx.sent.start), found.start())[-1:]
    if not receivers or not _RECEIVER_GAP.fullmatch(ctx.text, receivers[-1].end, found.start()):
        return []
    rest = iter(receivers[-1].canonical)
    return receivers[-1:] if all(c in rest for c in short) else []


# B向北辰园林发出《中标通知书》: B, before 向, tendered and tells the winner
_NOTICE_SENT = re.compile(r"\s*(?:于[^，,；;。]{1,12}?)?向[^，,；;。]{1,30}?(?:发出|发来|下发|送达|签发|寄发)(?:了)?[《“]?(?:中标|成交|中选)通知书")


def _sent_the_notice(ctx: Ctx, m: Mention) -> bool:
    """Whether m sent the notice of award (m向A发出中标通知书): the tenderer, never the winner."""
    return "通知书" in ctx.text[m.end:m.end + 40] and _NOTICE_SENT.match(ctx.text, m.end) is not None


def _paid_before(ctx: Ctx, cs: int, at: int) -> Value | None:
    """The money of 以N元 right before 中标 in its clause (北辰路桥以3.2亿元中标…), else None."""
    close = _WON_FOR.search(ctx.text, cs, at)
    if close is None or not close.group("money"):
        return None
    paid = ctx.values("money", close.start("money"), close.end("money"))
    return paid[0] if paid else None


# 入围B…采购项目 / 入围B服务器集采 / 入围B…供应商名单: what was shortlisted for is a buyer's procurement
_SHORTLISTED_FOR = re.compile(r"[^，,；;。]{0,40}?(?:采购|集采|招标|项目|标段|标包|供应商名单|候选人|候选供应商)")


def shortlisted(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """青禾电子入围北辰移动2025年服务器集中采购项目: the buyer named right after the word may award the shortlisted
    subject a contract, a planned purchase. Nothing without a buyer's procurement named there (入围年度百强榜单,
    入围决赛)."""
    cs, ce = ctx.clause(t.start)
    buyers = ctx.group_right(t.end, ce, ORG, max_gap=0)[:1]
    buyers = [b for b in buyers if b.kind == "organization" and not _PLACE_LED.match(b.text)]
    if not buyers or _SHORTLISTED_FOR.match(ctx.text, buyers[0].end, ce) is None:
        return []
    if re.search(r"(?:中标|成交)候选人|中选候选人", ctx.text[buyers[0].end:ce]):
        return []  # 入围B…项目中标候选人: the candidates' reader names each member (tender_won)
    suppliers = [m for m in ctx.group_left(cs, t.start) or ctx.carried_subject(t.start) if m.key != buyers[0].key]
    if not suppliers:
        return []
    fact = q.base_fact(ctx, "purchase", {"buyer": buyers, "supplier": suppliers[-1:]}, t)
    if fact.modality == "asserted":
        fact.modality = "planned"  # shortlisted, not yet awarded
    fact.qualifiers["period"] = q.date_for(ctx, t)
    return _not_read_yet(ctx, [fact])


def _as_candidate(fact: FactRecord, word: str, ctx: Ctx | None = None, t: Span | None = None) -> FactRecord:
    """A candidate named for a tender (中标候选人) or a provisional award (北辰路桥预中标B项目) is the award proposed,
    not made yet: a planned purchase."""
    provisional = ctx is not None and t is not None and ctx.text[max(0, t.start - 1):t.start] == "预"
    if (word.endswith("候选人") or provisional) and fact.modality == "asserted":
        fact.modality = "planned"
    elif ctx is not None and t is not None and fact.modality == "asserted" and _candidates_notice(ctx, t.start):
        fact.modality = "planned"  # 青禾网络发布《…采购》中标候选人，A以1.9亿元中标: the notice proposes, awards nothing yet
    elif ctx is not None and t is not None and fact.modality == "asserted" and tender_lists.proposed(ctx, t.start) \
            and not any(ctx.sent.start <= b.start < ctx.sent.end for b in fact.roles.get("buyer", [])):
        fact.modality = "planned"  # 澄川通信集团公示了服务器集采中标候选人。标包1由A中标: the award proposed (a sentence
        # naming its own buyer tells its own tender: A为X项目第一中标候选人。B中标C公司Y项目 is made)
    return fact


def _candidates_notice(ctx: Ctx, at: int) -> bool:
    """Whether a clause before `at` in the sentence publishes a notice of candidates (发布《…》中标候选人, 公示了中标候选人),
    not a notice of the result (发布《…》中标结果: the award made)."""
    return any(m.group().endswith("候选人") for m in _TENDERER.finditer(ctx.text, ctx.sent.start, at))


# what may stand between the winner and 中标 (北辰路桥近日成功中标, A等组成联合体中标, A作为联合体成员中标)
_WINNER_GAP_TAIL = (r"(?:[(（][^()（）]{0,12}[)）])?(?:等(?:单位)?)?(?:组成(?:的)?联合体|作为联合体(?:成员|牵头方|牵头人)?|牵头的联合体|联合体)?"
                    r"(?:近日|日前|近期|已|再次|又|成功|顺利|一举|预|相继|陆续|还|也|将|共计|累计|合计)*")
_WINNER_GAP = re.compile(r"[\s“”]*" + _WINNER_GAP_TAIL)
# 公司及其全资子公司近日中标… / 公司及下属企业作为联合体牵头方中标…: the company reporting and its units, led by it
_SELF_AND_UNITS = re.compile(r"[\s“”]*(?:本公司|公司)及(?:其)?(?:下属|全资|控股)?(?:子公司|公司|企业|单位)" + _WINNER_GAP_TAIL)
# what the word opens when it names no award (中标通知书, 中标公告, 中标金额, 中标项目): not a project won
_WON_NOUN = re.compile(r"(?:通知|公告|公示|结果|金额|价|额|总额|总价|候选|人|单位|方|项目|率|情况|的|后|了"
                       r"|(?:工程|标段|标包)(?:分别)?(?:为|是|包括|位于|共计|合计))")  # 中标工程分别为…: the works won, a noun


def _wins_project(ctx: Ctx, cs: int, t: Span, suppliers: list[Mention]) -> bool:
    """北辰路桥中标临江县城市道路改造工程施工3标段 / 公司中标南岭高速公路PPP项目: the winner just before 中标
    (or the clause's carried subject) and a project, section or lot named right after it, whose owner the
    sentence does not name as an organisation."""
    if not suppliers or _WON_NOUN.match(ctx.text, t.end):
        return False
    lead = suppliers[-1].end if cs <= suppliers[-1].start < t.start else cs
    if lead == cs and not _CARRY_OPEN.fullmatch(ctx.text, cs, t.start) and not _SELF_WINNER.fullmatch(ctx.text, cs, t.start) \
            and not _SELF_AND_UNITS.fullmatch(ctx.text, cs, t.start):
        return False  # (公司收到中标通知书，确定中标B…项目: the company that reports it)
    if lead > cs and not _WINNER_GAP.fullmatch(ctx.text, lead, t.start) and not _WON_FOR.fullmatch(ctx.text, lead, t.start):
        return False  # (A以人民币9,534万元投标报价中标…: the price between the winner and the word)
    _, ce = ctx.clause(t.start)
    return _TENDERED_AFTER.match(ctx.text, t.end, ce) is not None


# what a tender is for, named after 中标: a project, works, a section or lot, a procurement
_TENDERED_AFTER = re.compile(r"[^，,；;。]{2,60}?(?:项目|工程|标段|标包|包件|采购)"
                             r"|(?:了)?(?:该|本|此|上述|这一|这个)(?:次|批|个)?(?:集采|采购)?(?:项目|标段|标包|集采|采购)")  # 中标该项目


# 由远岫信息技术有限公司中标 / A以1.2亿元中标 / A以约3.8亿元成为第一中标候选人 / A成功中标: the winner before the word
_WON_BY = re.compile(r"由\s*$")
_WON_FOR = re.compile(r"(?:[(（][^()（）]{0,12}[)）])?\s*(?:(?:成功|已|再次|一举|曾经|曾)?以(?:人民币)?(?P<money>(?:\d[\d,.]*|[^，,；;。]){1,24}?)"
                      r"(?:的?(?:价格|报价|投标报价|投标价|总价))?)?\s*(?:也|同样|又|亦|仍|依然)?(?:成功|已|再次|一举|顺利)?(?:成为|为|是)?$")
# A所投服务器以最低价中标 / A所投的一体机以1200万元中标: what the winner bid between it and its price
_BID_GOODS = re.compile(r"所投(?![资入放向])(?:的)?[\u4e00-\u9fffA-Za-z0-9]{1,8}")
_WON_PRICED = re.compile(r"\s*(?:(?:约|近|超过|逾)?\s*[\d.,]+\s*(?:万|亿)?\s*(?:元|美元))\s*$")  # A 35298 万元中标
_WON_AFTER = re.compile(r"\s*(?:了)?(?:[，,。；;：:]|$)")  # 中标 closing its clause (not 中标公告, 中标结果, 中标金额…)
# 远岫科技、北辰通信和长川计算分别中标 / 蓝海智算和北辰数科均中标: several winners, each its own award
_WON_EACH = re.compile(r"\s*(?:分别|均|都|各自|各|同时)(?:成功|已)?$")
def _sums_listed(ctx: Ctx, start: int) -> list[Value]:
    """The sums listed right after the word and filling its clause (A、B分别中标约3.6亿元、2.1亿元), else none."""
    _, ce = ctx.clause(start)
    money = ctx.values("money", start, ce)
    rest = ctx.text[start:ce]
    for v in reversed(money):
        rest = rest[:v.start - start] + rest[v.end - start:]
    return money if len(money) > 1 and not rest.strip("约近、和及与 ") else []


def _one_sum_each(ctx: Ctx, start: int) -> tuple[Value, bool] | None:
    """The one sum right after the word filling its clause, and whether 不等 follows it (B、C各自中标3至5亿元不等: the
    range each won), else None."""
    _, ce = ctx.clause(start)
    money = ctx.values("money", start, ce)
    if len(money) != 1 or ctx.text[start:money[0].start].strip("约近逾超过达 "):
        return None
    rest = ctx.text[money[0].end:ce].strip()
    return (money[0], rest == "不等") if rest in ("", "不等") else None


# A、B、C分别中标第一、二、三标段 / 分别中标1号和2号标包: the lots won, one to each in order
_LOTS_AFTER = re.compile(r"\s*(?:了)?(?:本项目|该项目)?(?:的)?第?[一二三四五六七八九十\d]+(?:号)?"
                         r"(?:\s*[、和及与]\s*第?[一二三四五六七八九十\d]+(?:号)?)*\s*(?:个)?(?:标段|标包|包件|分标|子包|包)"
                         r"(?:的(?:部分|全部)?份额)?\s*(?:[，,。；;]|$)")  # (中标4个标包的部分份额: a part of each lot)
_EACH_PRICE = re.compile(r"中标(?:价格|金额|价|总价|合同金额)(?:分别)?(?:为|是|约|：|:)*")  # 中标金额分别为X、Y和Z
# 星河数据集团近日公布招标结果，A中标: the one publishing the tender's result tendered, it buys
# (青禾网络发布《海光整机年度集采》中标候选人, A以1.9亿元中标: a titled notice naming the candidates, whatever the
# title holds)
_TENDERER = re.compile(r"(?:近日|日前|今日|昨日|此前|已)?(?:公布|发布|公示|公告|披露)(?:了)?(?:其)?(?:《[^《》]{1,60}》|[^，,；;。]{0,12}?)"
                       r"(?:招标|采购|中标|评标|比选)(?:结果|公告|公示|候选人)")


# a sentence of its own publishing the result names what was tendered at more length (发布了2026年第一批配电变压器
# 集中采购结果)
_TENDERER_WIDE = re.compile(_TENDERER.pattern.replace("{0,12}?", "{0,30}?"))


def _tenderer(ctx: Ctx, cs: int, own_project: bool = False, at: int | None = None) -> list[Mention]:
    """The buyer of a tender whose winners are named with no buyer: the organisation that, in the clause just before
    in the same sentence, published the tender's result (北辰电力公布算力服务采购结果，A、B分别中标: 北辰电力), or
    in the sentence just before when no organisation is named before the winners in theirs (南岭电网公布了配电变压器
    集中采购结果。本次集采中，A中标约4.2亿元…: 南岭电网), else the procurer at the head of the paragraph or text
    (tender_lists.procurer_head; in the winner's own sentence only where it names a project of its own)."""
    if cs <= ctx.sent.start or not _TENDERER.search(ctx.text, ctx.clause(cs - 1)[0], cs):
        return _tenderer_before(ctx, cs) or _tenderer_named(ctx) or tender_lists.procurer_head(ctx, max(cs, at or cs), own_project)
    ps, _ = ctx.clause(cs - 1)
    found = _TENDERER.search(ctx.text, ps, cs)
    if found is None:
        return []
    named = ctx.mentions(ps, found.start(), ORG)
    return named[-1:] if named and named[-1].end == found.start() and named[-1].kind == "organization" else []


# 本项目招标人为澄湖水务有限公司 / 采购人：滨湖市教育局: the tenderer named by its title
_TENDERER_TITLE = re.compile(r"(?:招标人|招标单位|招标方|采购人|采购单位|发包人|业主单位|项目业主)(?:为|是|系|：|:)\s*")
# 因澄湖城投有限公司为招标人 / B系本项目的采购人: the tenderer named before its title, its name opening after a
# mark or a conjunction (a name glued to the words before it, 此次交易因B…, is not trusted)
_TENDERER_OPENS = re.compile(r"(?:[，,；;：:（(“]|因|由于|鉴于|且|由|其中)\s*$")
_TENDERER_AFTER = re.compile(r"\s*(?:为|是|系|作为)(?:本项目|该项目|此次招标|本次招标)?的?(?:招标人|招标单位|采购人|采购单位|发包人|项目业主)")


def _tenderer_named(ctx: Ctx) -> list[Mention]:
    """The one organisation named right after a tenderer's title (招标人为B, 采购人：B) or right before it (因B为招标人)
    in the sentence or the ones just before and after it in the same paragraph, not an agent that runs tenders for
    others; none where two are so named."""
    index, sents = ctx.sent.index, ctx.doc.sentences
    near = [sents[i] for i in (index - 1, index, index + 1) if 0 <= i < len(sents) and sents[i].paragraph == ctx.sent.paragraph]
    named = []
    for sent in near:
        if "人" not in sent.text and "单位" not in sent.text and "业主" not in sent.text:
            continue
        for title in _TENDERER_TITLE.finditer(ctx.text, sent.start, sent.end):
            first = ctx.mentions(title.end(), sent.end, ORG)[:1]
            named += [m for m in first if m.start == title.end()]
        for title in _TENDERER_AFTER.finditer(ctx.text, sent.start, sent.end):
            named += [m for m in ctx.mentions(sent.start, title.start(), ORG)[-1:] if m.end == title.start()
                      and _TENDERER_OPENS.search(ctx.text, max(sent.start, m.start - 3), m.start) or m.start == sent.start]
    named = [m for m in named if m.kind == "organization" and not _TENDER_AGENT.search(m.text)]
    return named if len({m.key for m in named}) == 1 else []


def _tenderer_before(ctx: Ctx, cs: int) -> list[Mention]:
    """The organisation that published the tender's result in the last clause of the sentence before, in the same
    paragraph, when the winners' sentence names no organisation before their clause (临江水务集团发布智慧水务平台
    项目中标公告。A、B分别中标第一、二标段: 临江水务集团)."""
    index = ctx.sent.index
    if index == 0 or not _winners_only_before(ctx, cs):
        return []
    before = ctx.doc.sentences[index - 1]
    if before.paragraph != ctx.sent.paragraph or not _TENDERER_WIDE.search(before.text):
        return []
    ps = clause_start(ctx.text, before.end - 1, before.start)
    found = _TENDERER_WIDE.search(ctx.text, ps, before.end)
    if found is None:
        return []
    named = ctx.mentions(ps, found.start(), ORG)
    return named[-1:] if named and named[-1].end == found.start() and named[-1].kind == "organization" else []


def _winners_only_before(ctx: Ctx, cs: int) -> bool:
    """Whether every clause before cs in the sentence that names an organisation is a winner's (A中标3.6亿元，占比35%；
    B中标…: the list goes on), so that no one else stands between the publisher and the winners."""
    at = ctx.sent.start
    while at < cs:
        _, ce = ctx.clause(at)
        if ctx.mentions(at, min(ce, cs), ORG) and "中标" not in ctx.text[at:ce]:
            return False
        at = ce + 1
    return True


# how many parties a list names, after its last name (三家, 3家, 等多家, 十余家): the lists of winners here, of investors
# in round_investors
LIST_COUNT = r"[\d一二两三四五六七八九十几多数余]+家"
# A、B、C等厂商 / A、B和C三家公司: after a list of winners, how many they are and what (each named one won)
# (A、B、C等3家传统服务器厂商: the kind may be described, in a few words before it, after a count)
_LIST_TAIL = re.compile(r"(?:等)?(?:" + LIST_COUNT + r")?(?:厂商|企业|公司|供应商|单位)?"
                        r"|(?:等)?" + LIST_COUNT + r"[\u4e00-\u9fff]{1,6}?(?:厂商|企业|公司|供应商)")


# 河南某某、北辰电子等厂商各自中标: a list's items before the one named (names not found: runs of name characters)
_UNNAMED_ITEMS = re.compile(r"(?:[\u4e00-\u9fffA-Za-z0-9]{2,12}、)+")


def _listed_with_others(ctx: Ctx, cs: int, winner: Mention, at: int, each: re.Match[str] | None) -> bool:
    """Whether the one name before 等…各自/均中标 closes a list whose other items are no names found (A、B、C等厂商
    各自中标6亿元至9亿元不等, only C a name): C won, as each of them did (and A and B, where the name finder takes
    them for names in a list: tender_lists.listed_names). Not a name alone (C等厂商中标: 等 alone makes no list),
    nor one in a clause with words before its list."""
    if each is None or not each.group().strip().startswith(("各", "均", "都", "分别")) or "等" not in ctx.text[winner.end:at]:
        return False
    return _UNNAMED_ITEMS.fullmatch(ctx.text, cs, winner.start) is not None


def _won_each(ctx: Ctx, t: Span, cs: int) -> list[FactRecord]:
    """远岫科技、北辰通信和长川计算分别中标，中标金额分别为1.2亿元、8000万元和5000万元 / A和B均中标: every winner of
    the list sells to the tendering party (named in the clause before, else unnamed); the amounts listed after
    中标金额 go one to each winner in order when there are as many as winners, else none is given."""
    each = _WON_EACH.search(ctx.text, cs, t.start)
    one_each = _one_sum_each(ctx, t.end) if each is not None else None
    at = each.start() if each is not None else t.start  # 澄川和岚山中标 / 由A、B和C中标: a bare list before the word
    if not (_WON_AFTER.match(ctx.text, t.end) or _LOTS_AFTER.match(ctx.text, t.end)
            or _sums_listed(ctx, t.end) or one_each is not None) or tender_lists.bond_auction(ctx, t.start):
        return []
    if each is None and not _WON_AFTER.match(ctx.text, t.end):
        return []  # a bare list wins with 中标 closing its clause only (A和B中标第一标段: whose lot is not said)
    winners = ctx.group_left(cs, at)
    if not winners or not _LIST_TAIL.fullmatch(ctx.text, winners[-1].end, at):
        return []
    if len(winners) < 2:
        if not _listed_with_others(ctx, cs, winners[0], at, each):
            return []
        listed = tender_lists.listed_names(ctx, cs, winners[0].end)  # 岚川振宇、澄湖数码、北辰电子等厂商各自中标
        winners = listed if listed is not None and listed[-1].key == winners[0].key else winners
    end = q.segment_end(ctx, t.end)
    price = _EACH_PRICE.search(ctx.text, t.end, end)
    amounts = [v for v in ctx.values("money", price.end(), end)] if price else _sums_listed(ctx, t.end)
    if one_each is not None and not price:
        if not (each.group().strip().startswith(("各", "均", "都")) or one_each[1]):
            return []  # A、B分别中标约3.6亿元: one sum for two, whose is not said
        amounts = [one_each[0]] * len(winners)  # B、C各自中标3至5亿元不等: each the same (a range: its ends)
    buyers = [m for m in _tenderer(ctx, cs) if m.key not in {w.key for w in winners}]
    facts = []
    for i, winner in enumerate(winners):
        fact = q.base_fact(ctx, "purchase", {"buyer": buyers, "supplier": [winner]}, t)
        fact.amount = amounts[i] if len(amounts) == len(winners) else None
        fact.qualifiers["period"] = q.date_for(ctx, t)
        facts.append(_as_candidate(fact, ctx.text[t.start:t.end], ctx, t))
    return facts


_SELF_NAMED = re.compile(r"\s*(?:本公司|公司)")  # 公司为第一中标候选人: the word for the company announcing
# 通光电缆发布公告 / 青岚电气(300918)5月6日晚间公告: a company and its announcement
_ANNOUNCES = re.compile(r"\s*(?:[(（][^()（）]{0,14}[)）])?[^，,。；;：:“”]{0,8}?(?:发布|披露)?(?:了)?公告")


def _owner_known(ctx: Ctx, units: list[Mention]) -> list[Mention]:
    """The owner an earlier sentence of the document gave the unit (公司全资子公司B, read under A's announcement before):
    the same word for the same unit stands for the same company. None where no ownership of it was read."""
    keys = {u.key for u in units}
    for fact in ctx.facts_back():
        if fact.type == "ownership" and fact.evidence.start < ctx.sent.start and fact.roles.get("owner") \
                and keys & {m.key for m in fact.roles.get("unit", [])}:
            return fact.roles["owner"][:1]
    return []


def _announcer(ctx: Ctx, before: int) -> list[Mention]:
    """The last organisation before the position that publishes an announcement (通光电缆发布公告，…。公司为第一中标
    候选人: 通光电缆), else none: the company 公司 stands for in an announcement's sentences."""
    named = [m for m in ctx.doc.mentions_in(0, before, ORG) if m.kind == "organization" and _ANNOUNCES.match(ctx.text, m.end)]
    return named[-1:]


def _won_unnamed_buyer(ctx: Ctx, t: Span) -> list[FactRecord]:
    """第三包由远岫信息技术有限公司中标，中标金额为128.5万元 / 北辰通信以1.2亿元中标 / 长江计算以约6.33亿元成为
    第一中标候选人: a tender won (or proposed) with no buyer named in the clause: the supplier's sale to a
    buyer left unnamed. The money after 以 is the award's, else the one after 中标金额."""
    cs, ce = ctx.clause(t.start)
    word = ctx.text[t.start:t.end]
    lot = word == "中标" and _LOTS_AFTER.match(ctx.text, t.end) is not None
    if lot and _WON_EACH.search(ctx.text, cs, t.start):
        return _won_each(ctx, t, cs)  # A、B分别中标第一、二标段 (A中标了第七包: one winner, one lot)
    if word == "中标" and (_sums_listed(ctx, t.end) or _WON_EACH.search(ctx.text, cs, t.start) and _one_sum_each(ctx, t.end)):
        return _won_each(ctx, t, cs)  # A、B分别中标约3.6亿元、2.1亿元 / B、C各自中标3至5亿元不等
    if word == "中标" and _WON_MOST.match(ctx.text, t.end):
        return _won_most(ctx, t, cs)  # 青禾电气中标最多，占比达19%
    if word == "中标" and not _WON_AFTER.match(ctx.text, t.end) and not lot:
        return _won_sums(ctx, t, cs) if ctx.text.startswith(_SUM_OPENS, t.end) or ctx.text[t.end:t.end + 1].isdigit() else []
    listed = _won_each(ctx, t, cs) if word == "中标" and not lot else []
    if listed:
        return listed
    if word == "中标" and tender_lists.bond_auction(ctx, t.start):
        return []
    by = _WON_BY.search(ctx.text, cs, t.start)
    if by is None:
        close = _WON_FOR.search(ctx.text, cs, t.start)
        priced = _WON_PRICED.search(ctx.text, cs, t.start) if word == "中标" else None
        if priced is not None and (close is None or priced.start() < close.start()):
            close = priced  # 中科澜芯有限公司 3.5亿元中标: the price between the winner and the word
        suppliers = ctx.group_left(cs, close.start())[-1:] if close else []
        if not suppliers and close is not None and word.endswith("候选人") and _SELF_NAMED.fullmatch(ctx.text, cs, close.start()):
            suppliers = _announcer(ctx, cs)  # 公司为第一中标候选人: the company reporting
        elif not suppliers or suppliers[-1].end != close.start() and (close is priced or not _BID_GOODS.fullmatch(
                ctx.text, suppliers[-1].end, close.start())):
            return []
        paid = [v for v in ctx.values("money", close.start(), close.end())] if close is priced or close.group("money") else []
    else:
        suppliers = [m for m in ctx.mentions(cs, t.start, ORG) if m.start >= by.end()][-1:]
        if not suppliers or not re.fullmatch(r"\s*(?:联合体)?", ctx.text[suppliers[-1].end:t.start]):
            suppliers = []
        paid = []
    suppliers = [m for m in suppliers if not _PLACEHOLDER.fullmatch(m.text)]
    if not suppliers:
        return []
    buyers = [m for m in _tenderer(ctx, cs) or _notice_sender(ctx, t.start) if m.key != suppliers[0].key]  # 收到B签发的…通知书
    fact = q.base_fact(ctx, "purchase", {"buyer": buyers, "supplier": suppliers}, t)
    price = _TENDER_PRICE.search(ctx.text, t.end, q.segment_end(ctx, t.end))
    after = ctx.values("money", price.end(), q.segment_end(ctx, t.end))[:1] if price else []
    if not paid and not after and word.endswith("候选人"):
        after = _bid_next(ctx, t)  # A是第一中标候选人，投标价1200万元: its bid, the sum proposed
    fact.amount = (paid or after or [None])[0]
    fact.qualifiers["period"] = q.date_for(ctx, t)
    if word.endswith("候选人"):
        fact.date = q.award_date(fact.qualifiers["period"], t)  # 去年5月10日，B为…项目采购…，A是第一中标候选人
    return [_as_candidate(fact, word, ctx, t)]


# …第一中标候选人，投标价1200万元 / ，报价为1200万元（不含税）: the candidate's bid, a clause of its own right after
_BID_NEXT = re.compile(r"[，,]\s*(?:其)?(?:投标价格|投标价|投标报价|报价)(?:为|是|约为|约|达)?\s*")


def _bid_next(ctx: Ctx, t: Span) -> list[Value]:
    """The bid told alone in the clause right after a candidate's (…成为第一中标候选人，投标价1200万元), else none."""
    _, ce = ctx.clause(t.start)
    if not ctx.text[t.end:ce].strip():
        opened = _BID_NEXT.match(ctx.text, ce)
        if opened is not None:
            end = ctx.clause(opened.end())[1]
            money = ctx.values("money", opened.end(), end)
            if len(money) == 1 and money[0].start - opened.end() <= 2 \
                    and not ctx.text[money[0].end:end].strip().strip("（）()不含税含税 "):
                return money
    return []


# 青禾电气中标最多 / A中标金额最高 / A中标份额最大: the largest winner, closing its clause
_WON_MOST = re.compile(r"(?:金额|额|数量|份额|标包)?(?:最多|最高|最大|居首)\s*(?:[，,。；;]|$)")
# …，达9.6亿元 / …，占比达19%: the sum or the share of the largest winner, a clause of its own after it
_MOST_SUM = re.compile(r"[，,]\s*(?:中标)?(?:金额|总额)?(?:达|为|约为|约|达到|高达|共计|合计)\s*")
_MOST_SHARE = re.compile(r"[，,]\s*(?:中标)?(?:占比|份额|占比约|占比为|占比达|占比达到|占)(?:为|达|约|达到)?\s*")


def _won_most(ctx: Ctx, t: Span, cs: int) -> list[FactRecord]:
    """其中，青禾电气中标最多，占比达19% / A中标金额最高，达9.6亿元: the winner right before the word won the largest
    part of the procurer's tender (named in the clause or sentence before, or at the head); the sum or share in the
    clause right after, alone in it, is its own."""
    winners = ctx.group_left(cs, t.start)[-1:]
    if not winners or not _WINNER_GAP.fullmatch(ctx.text, winners[-1].end, t.start) or tender_lists.bond_auction(ctx, t.start) \
            or _PLACEHOLDER.fullmatch(winners[-1].text):
        return []
    buyers = [m for m in _tenderer(ctx, cs) if m.key != winners[0].key]
    fact = q.base_fact(ctx, "purchase", {"buyer": buyers, "supplier": winners}, t)
    _, ce = ctx.clause(t.start)
    for lead, kind in ((_MOST_SUM, "money"), (_MOST_SHARE, "percent")):
        opened = lead.match(ctx.text, ce)
        found = ctx.values(kind, opened.end(), ctx.clause(opened.end())[1]) if opened else []
        if found and found[0].start == opened.end() and re.fullmatch(r"\s*", ctx.text[found[0].end:ctx.clause(opened.end())[1]]):
            if kind == "money":
                fact.amount = found[0]
            else:
                fact.qualifiers["share_of_purchases"] = found[0]
    fact.qualifiers["period"] = q.date_for(ctx, t)
    return [_as_candidate(fact, "中标", ctx, t)]


# 北辰电气中标约4.2亿元 / A中标金额为1.3亿元: the sum won right after the word, closing the clause
_SUM_OPENS = ("约", "金额", "额", "近", "逾", "超", "达", "共计", "合计", "总额", "人民币")
_SUM_WON = re.compile(r"\s*(?:金额|额|总额)?(?:合计|共计|累计)?(?:为|约为|达|达到)?\s*")
# …，远岫能源约2.8亿元，长川变压器约1.1亿元: a clause of a name and its sum only, the word left out
_ELLIPTIC_SUM = re.compile(r"\s*(?:中标)?(?:金额|额)?(?:为|约为|达)?\s*")


_BOND_TENDER = re.compile(r"债券|国债|[金融专项地方企业公司政策]债|疫债|中标利率|票面利率|认购倍数")


def _won_sums(ctx: Ctx, t: Span, cs: int) -> list[FactRecord]:
    """本次集采中，北辰电气中标约4.2亿元，远岫能源约2.8亿元，长川变压器约1.1亿元: the winner right before 中标
    sells for the sum right after it (the clause ends there); each clause after it in the sentence that is only a
    name and a sum (the word left out) is another winner with its own sum; the buyer is the one publishing the
    tender's result (in the clause or sentence before), else unnamed."""
    if tender_lists.bond_auction(ctx, t.start):
        return []  # 东方证券中标1.5亿元金融债: a bond auction's winner buys the bonds, it sells nothing
    found = _won_sum(ctx, _SUM_WON, t.end, ctx.clause(t.start)[1])
    winners = ctx.group_left(cs, t.start)[-1:]
    if found is None or not winners or not _WINNER_GAP.fullmatch(ctx.text, winners[-1].end, t.start):
        return []
    pairs = [(winners[-1], found)] + elliptic_sums(ctx, ctx.clause(t.start)[1])
    keys = {w.key for w, _ in pairs}
    if len(keys) < len(pairs) or any(_PLACEHOLDER.fullmatch(w.text) for w, _ in pairs):
        return []
    buyers = [m for m in _tenderer(ctx, cs) if m.key not in keys]
    facts = []
    for winner, money in pairs:
        fact = q.base_fact(ctx, "purchase", {"buyer": buyers, "supplier": [winner]}, t)
        fact.amount = money
        fact.qualifiers["period"] = q.date_for(ctx, t)
        facts.append(_as_candidate(fact, "中标", ctx, t))
    return facts


# 排名第一 / 位列第二 / 居首: a clause telling only the place of the winner told just before it
# (在全部厂商中排名第一 / 在所有中标人中位列第二: the place among the winners, told with whom it is among)
_RANK_ONLY = re.compile(r"\s*(?:在(?:全部|所有|各|本次|此次|这次|该批|本批)?(?:中标)?(?:厂商|企业|供应商|中标人|中标方|参与者)中)?"
                        r"(?:排名|位列|位居|名列|排在|居)(?:第[一二三四五六七八九十](?:名|位)?|首位|榜首|第一位)\s*")


def elliptic_sums(ctx: Ctx, at: int) -> list[tuple[Mention, Value]]:
    """…中标约4.2亿元，远岫能源约2.8亿元，长川变压器约1.1亿元 / A拿到约8.85亿元，排名第一；B约5.71亿元；C约2.31亿元:
    from a winner's clause ending at `at`, each clause after it in the sentence that is only a name and a sum (the
    verb left out) is another winner with its own sum; a clause telling only a place (排名第一) is passed over. The
    list stops at the first other clause."""
    pairs = []
    while at < ctx.sent.end and ctx.text[at] in "，,；;":
        ns, ne = ctx.clause(at + 1)
        if _RANK_ONLY.fullmatch(ctx.text, ns, ne):
            at = ne
            continue
        named = ctx.mentions(ns, ne, ORG)
        if not named or ctx.text[ns:named[0].start].strip():
            break
        money = _won_sum(ctx, _ELLIPTIC_SUM, named[0].end, ne)
        if money is None or len(named) > 1:
            break
        pairs.append((named[0], money))
        at = ne
    return pairs


def _won_sum(ctx: Ctx, lead: re.Pattern[str], start: int, end: int) -> Value | None:
    """The one sum standing right after lead from start and closing its clause (…中标金额约4.2亿元，), else None."""
    opened = lead.match(ctx.text, start, end)
    money = ctx.values("money", opened.end() if opened else start, end)
    if opened is None or len(money) != 1 or ctx.text[opened.end():money[0].start].strip("约近逾超过 ") \
            or ctx.text[money[0].end:end].strip("（）()"):
        return None
    return money[0]


_SUPPLIED_TO = re.compile(r"(?:向|为(?!期)|给)")  # (提供为期三年的算力服务: 为期, how long, marks no buyer)
# 向B提供定制算力服务: 提供 and at most a few words describing the service before its noun (算力服务)
_SERVICE_GAP = (r"\s*提供(?:了|一定数量的|[^，,；;。、“”\d]{0,6}?|"  # (向B提供价值3亿元的算力服务: the money it is worth)
                r"(?:价值|总价值|总额|总金额|合计)(?:约|超过|不超过|逾|近|高达)?\s*[\d.,]+\s*(?:万|亿)?(?:元|美元|人民币)的)")


def supply_to(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """墨芯科技将向智谱AI提供算力租赁服务，首期合同金额为3.5亿元: the name after 向/为/给 buys the compute the
    clause's subject supplies; the money after it in its part of the sentence is the contract's. Nothing where no
    buyer is named right before the verb (为被投企业提供算力支持). A bare service noun (算力服务) takes 提供 and a
    few words between the buyer and itself (向B提供定制算力服务), never a noun alone (领先的算力服务商)."""
    cs, _ = ctx.clause(t.start)
    marks = _marks_outside_names(ctx, _SUPPLIED_TO, Span(cs, t.start))
    if not marks:
        return []
    mark = marks[-1]
    buyers = ctx.group_right(mark.end(), t.start, ORG, max_gap=0)
    gap = r"\s*" if ctx.text.startswith(("提供", "出租"), t.start) else _SERVICE_GAP
    other = _THE_OTHER_SIDE.match(ctx.text, mark.end())
    if not buyers and other is not None and re.fullmatch(gap, ctx.text[other.end():t.start]) \
            and _UNNAMED_CLIENT_SIGNED.search(ctx.text, ctx.sent.start, cs):
        return _supplied_to_unnamed(ctx, t)  # A与一家未披露名称的客户签约，向对方提供算力服务: A's sale, buyer unsaid
    if not buyers or not re.fullmatch(gap, ctx.text[buyers[-1].end:t.start]):
        return []
    keys = {b.key for b in buyers}
    suppliers = [m for m in ctx.group_left(cs, mark.start()) or ctx.carried_subject(t.start) if m.key not in keys]
    if not suppliers:
        return []
    fact = q.base_fact(ctx, "purchase", {"buyer": buyers, "supplier": suppliers[-1:]}, t)
    fact.amount = q.nearest(q.prices_in(ctx, t.end, q.segment_end(ctx, t.end)), t) \
        or next(iter(ctx.values("money", buyers[-1].end, t.start)), None)  # 提供价值3亿元的算力服务
    fact.qualifiers["period"] = q.date_for(ctx, t)
    return _not_read_yet(ctx, [fact])


_THE_OTHER_SIDE = re.compile(r"对方|该客户|该名客户|其")
# 与一家未披露名称的客户签约 / 与某客户签订…合同: the counterparty a company signs with, its name withheld
_UNNAMED_CLIENT_SIGNED = re.compile(r"(?:与|同|跟)(?:一家|一名|某|某家|一位)[^，,；;。]{0,10}?客户(?:签约|签订|签署|签下|订立)")


def _supplied_to_unnamed(ctx: Ctx, t: Span) -> list[FactRecord]:
    suppliers = ctx.carried_subject(t.start)[:1]
    if not suppliers:
        return []
    fact = q.base_fact(ctx, "purchase", {"buyer": [], "supplier": suppliers}, t)
    fact.amount = q.nearest(q.prices_in(ctx, t.end, q.segment_end(ctx, t.end)), t)
    if fact.date is None:  # 去年12月，A曾与一家客户签约，向对方提供…: the signing's date opens the sentence
        fact.date = next(iter(ctx.values("date", ctx.sent.start, t.start)[-1:]), None)
    fact.qualifiers["period"] = fact.date
    return _not_read_yet(ctx, [fact])


def _marks_outside_names(ctx: Ctx, mark: re.Pattern[str], within: Span) -> list[re.Match[str]]:
    """The marks (向, 为, 给) between the ends that are not a character of a name (the 为 of 华为)."""
    names = ctx.mentions(within.start, within.end, UNIT)
    return [m for m in mark.finditer(ctx.text, within.start, within.end)
            if not any(n.start <= m.start() < n.end for n in names)]


# 向B批量供货 / 为B独家供应: how the goods go between the buyer and the verb
_SUPPLY_MANNER = re.compile(r"\s*(?:旗下(?:的)?(?:多款|多个|多家|部分|全部|主力|新款|[\d一二两三四五六七八九十]+款)?(?:车型|产品|品牌|工厂|门店|数据中心)|"
                            r"的?(?:多款|部分|全部|主力|新款|[\d一二两三四五六七八九十]+款)(?:车型|产品|机型))?"
                            r"\s*(?:已|已经|开始|正式|持续|稳定|长期|独家|批量|大批量|小批量|规模化|首批|大规模|少量|逐步|负责|"
                            r"实现量产|量产)*\s*")  # 已向B量产供货: supplied in series production; 为B旗下多款车型供应…: B's models


def supply_goods(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """中际旭创向英伟达供货800G光模块 / 星河光电为小米汽车供应激光雷达 / A向B交付了1000台服务器: the one named
    after 向/为/给 buys what the clause's subject supplies; the money after it in its part of the sentence is the
    deal's. Nothing where no buyer stands right before the verb (开始批量供货)."""
    cs, _ = ctx.clause(t.start)
    marks = _marks_outside_names(ctx, _SUPPLIED_TO, Span(cs, t.start))
    if not marks:
        return _supplied_by(ctx, t) or _supplied_to_after(ctx, t)
    buyers = ctx.group_right(marks[-1].end(), t.start, ORG, max_gap=0)
    if not buyers or not _SUPPLY_MANNER.fullmatch(ctx.text, buyers[-1].end, t.start):
        return []
    keys = {b.key for b in buyers}
    suppliers = [m for m in ctx.group_left(cs, marks[-1].start()) or ctx.carried_subject(t.start)
                 if m.key not in keys and m.kind != "product"]
    if not suppliers:
        return []
    out = []
    for buyer in buyers[:6]:
        fact = q.base_fact(ctx, "purchase", {"buyer": [buyer], "supplier": suppliers[-1:]}, t)
        fact.amount = q.nearest(q.prices_in(ctx, t.end, q.segment_end(ctx, t.end)), t) if len(buyers) == 1 else None
        fact.qualifiers["period"] = q.date_for(ctx, t)
        out.append(fact)
    return _not_read_yet(ctx, out)


# 600台智算服务器 / 1000颗推理芯片 / 800 台澜芯推理一体机: goods of the industry counted (not shares: 30%股权, 1200万股)
_GOODS_COUNTED = (r"(?:约|近|超过|逾|共|合计|名下)?\s*[\d.,一二两三四五六七八九十百千万]+\s*(?:万|千|百)?\s*(?:台|颗|张|块|套|片|枚|组)"
                  r"[^，,；;。]{0,16}?(?:服务器|芯片|GPU|显卡|加速卡|算力卡|智算机|一体机|光模块|交换机|处理器|晶片|算力设备|机柜)")
_SOLD_GOODS_AFTER = re.compile(r"了?\s*" + _GOODS_COUNTED)
# 拟将名下600台服务器以人民币26万元/台，合计总价1.56亿元的价格出售给B: the price phrase may hold commas
_GOODS_BEFORE_SALE = re.compile(r"将" + _GOODS_COUNTED + r"(?:[^，,；;。]{0,60}?|以[^；;。将]{0,160}?的价格)$")
_BOARD_AGREES = re.compile(r"同意")  # 董事会同意全资子公司A向B出售…: approved, not yet done
_TO_MARK = re.compile(r"向")


def goods_sold(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """星河算力向远川智算出售600台智算服务器 / 星河算力拟将600台服务器以…的价格出售给远川智算: goods counted sold to
    a named buyer, who buys them from the seller. Shares sold (出售其持有的B 30%股权) and goods not counted stay
    the acquisition frames' or unread."""
    cs, ce = ctx.clause(t.start)
    if ctx.text[t.start:t.end].endswith(("给", "予")):
        goods = _GOODS_BEFORE_SALE.search(ctx.text, ctx.sent.start, t.start)
        buyers = ctx.group_right(t.end, ce, ORG, max_gap=0)[:1]
        cs = ctx.clause(goods.start())[0] if goods is not None else cs
        if goods is None or not buyers:
            return []
        open_at, money_from = goods.start(), goods.start()
    else:
        if _SOLD_GOODS_AFTER.match(ctx.text, t.end) is None:
            return []
        marks = _marks_outside_names(ctx, _TO_MARK, Span(cs, t.start))
        buyers = ctx.group_right(marks[-1].end(), t.start, ORG, max_gap=0)[:1] if marks else []
        if not buyers or not _SUPPLY_MANNER.fullmatch(ctx.text, buyers[-1].end, t.start):
            return []
        open_at, money_from = marks[-1].start(), t.end
    keys = {b.key for b in buyers}
    sellers = [m for m in ctx.group_left(cs, open_at) or ctx.carried_subject(open_at)
               if m.key not in keys and m.kind == "organization"]
    if not sellers:
        return []
    fact = q.base_fact(ctx, "purchase", {"buyer": buyers, "supplier": sellers[-1:]}, t)
    if fact.modality == "asserted" and (_BOARD_AGREES.search(ctx.text, cs, open_at)
                                        or open_at > cs and q._plans(ctx.text[max(cs, open_at - 4):open_at + 1].lstrip("将"))):
        fact.modality = "planned"  # A(以下简称“B”)拟将名下600台…以…的价格出售给C: the plan stands before 将
    fact.amount = q.nearest(q.prices_in(ctx, money_from, q.segment_end(ctx, t.end)), t)
    fact.qualifiers["period"] = q.date_for(ctx, t)
    return _not_read_yet(ctx, [fact])


# 与关联方B发生出售训练服务器的日常关联交易 / 与B发生采购商品的关联交易: the trade the company and B do
_WITH_RELATED = re.compile(r"(?:与|和|同)(?:其)?(?:关联方|关联人|关联企业|关联公司)?[“\"]?$")
_TRADE_KIND = re.compile(r"[”\"]?(?:之间)?(?:发生|开展|进行)(?:向其|向对方)?(?P<kind>销售|出售|采购|购买)(?P<what>[^，,；;。]{1,20}?)的"
                         r"(?:日常|日常经营性|经营性)?$")
_NOT_GOODS_TRADE = re.compile(r"股权|股份|资产|房产|厂房|土地")  # a stake, a building or land changes hands, no goods


def related_trade(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """公司预计明年将与关联方B发生出售训练服务器的关联交易: B buys what the company sells (采购/购买: the
    company buys from B); the company is the clause's subject, else the one carried or announcing."""
    cs, _ = ctx.clause(t.start)
    others = [m for m in ctx.mentions(cs, t.start, ORG) if _WITH_RELATED.search(ctx.text, cs, m.start)]
    if not others:
        return []
    other = others[-1]
    trade = _TRADE_KIND.match(ctx.text, other.end, t.start)
    if trade is None or _NOT_GOODS_TRADE.search(trade.group("what")):
        return []
    joiner = _WITH_RELATED.search(ctx.text, cs, other.start)
    own = [m for m in ctx.group_left(cs, joiner.start()) if m.key != other.key] if joiner else []
    if not own:
        own = [m for m in ctx.carried_subject(joiner.start()) if m.key != other.key] if joiner else []
    if not own and joiner and _THE_ISSUER.search(ctx.text, cs, joiner.start()):
        own = _the_issuer(ctx, [other], joiner.start())
    if not own:
        return []
    sells = trade.group("kind") in ("销售", "出售")
    fact = q.base_fact(ctx, "purchase", {"buyer": [other] if sells else own[-1:],
                                         "supplier": own[-1:] if sells else [other]}, t)
    fact.amount = q.nearest(q.prices_in(ctx, t.end, q.segment_end(ctx, t.end)), t)
    fact.qualifiers["period"] = q.date_for(ctx, t)
    return _not_read_yet(ctx, [fact])


# 为B提供GPU服务器 / 向B提供了2000台AI服务器: goods of the industry provided, ending the phrase (not 提供服务器托管服务)
_GOODS_PROVIDED = re.compile(r"了?\s*(?:(?:约|近|超过|逾|共|合计)?\s*[\d.,一二两三四五六七八九十百千万]+\s*(?:万|千|百)?\s*"
                             r"(?:台|颗|张|块|套|片|枚|组)|一批|大批|大量)?(?:的)?\s*[A-Za-z0-9\-]{0,10}\s*"
                             r"(?:AI|GPU|人工智能|推理|训练|高端|定制|国产|液冷|智算|算力)*"
                             r"(?:服务器|芯片|GPU|显卡|加速卡|算力卡|光模块|交换机|一体机|晶片|处理器)"
                             r"(?=\s*(?:[，,；;。！!？?、和及与]|等|$))")


def goods_provided(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """星河电子为远川智算提供GPU服务器 / 向B提供了2000台AI服务器: the one named after 向/为/给 buys the goods the
    clause's subject provides. Only goods of the industry closing the phrase; 提供 anything else (担保, 贷款, 服务器
    托管服务) is no purchase here."""
    if _GOODS_PROVIDED.match(ctx.text, t.end) is None:
        return []
    facts = supply_goods(ctx, frame, t)
    marks = _marks_outside_names(ctx, _SUPPLIED_TO, Span(ctx.clause(t.start)[0], t.start))
    for f in facts:  # 将为B提供…: goods still to come
        if f.modality == "asserted" and marks and re.search(r"将(?:会)?$", ctx.text[max(0, marks[-1].start() - 2):marks[-1].start()]):
            f.modality = "planned"
    return facts


def design_win(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """澄川科技获得北辰汽车定点 / A收到B的项目定点通知书 / A获B多款车型定点: B has chosen A to supply a model still to
    come, a planned purchase (buyer B, supplier A, the subject before the getting verb). Nothing where no maker is
    named between the getting verb and 定点 (获得多个定点)."""
    cs, _ = ctx.clause(t.start)
    got = _GOT.search(ctx.text, cs, t.start)
    if got is None:
        return []
    buyers = ctx.group_right(got.end(), t.start, ORG, max_gap=0)
    if not buyers or buyers[0].start != got.end() or not _WIN_GAP.fullmatch(ctx.text, buyers[-1].end, t.start):
        return []
    keys = {b.key for b in buyers}
    suppliers = [m for m in ctx.group_left(cs, got.start()) or ctx.carried_subject(got.start()) if m.key not in keys]
    if not suppliers:
        return []
    out = []
    for buyer in buyers[:6]:
        fact = q.base_fact(ctx, "purchase", {"buyer": [buyer], "supplier": suppliers[-1:]}, t)
        if fact.modality == "asserted":
            fact.modality = "planned"  # chosen to supply: the supply is to come
        fact.qualifiers["period"] = q.date_for(ctx, t)
        out.append(fact)
    return out


_GOT = re.compile(r"(?:获得|获取|获|收到|拿到|斩获|赢得)了?")
# between the maker and 定点: its models or projects (的多款车型, 新一代平台项目)
_WIN_GAP = re.compile(r"[^，,；;。]{0,14}?(?:车型|平台|项目|产品)?(?:的)?(?:量产)?(?:项目)?")


def _supplied_to_after(ctx: Ctx, t: Span) -> list[FactRecord]:
    """澄川科技的AI服务器主要供应给北辰科技和岚山数据 / A的激光雷达已供货北辰汽车: the buyers named right after the verb
    (after 给 or 于), the supplier the name opening the clause (A, or the owner of the goods: A的…); goods that are no
    company's (的服务器供应给B with no name before) give nothing."""
    cs, ce = ctx.clause(t.start)
    after = _TO_BUYER.match(ctx.text, t.end)
    if after is None:
        return []
    buyers = ctx.group_right(after.end(), ce, ORG, max_gap=0)
    opening = ctx.mentions(cs, t.start, ORG)[:1]
    if not buyers or buyers[0].start != after.end() or not opening or opening[0].start > cs + 2:
        return []
    keys = {b.key for b in buyers}
    if opening[0].key in keys or not _SUPPLIER_THEN_GOODS.fullmatch(ctx.text, opening[0].end, t.start):
        return []
    out = []
    for buyer in buyers[:6]:
        fact = q.base_fact(ctx, "purchase", {"buyer": [buyer], "supplier": opening}, t)
        fact.qualifiers["period"] = q.date_for(ctx, t)
        out.append(fact)
    return _not_read_yet(ctx, out)


_TO_BUYER = re.compile(r"(?:给|予|于)?\s*(?:了)?\s*(?:包括)?")
# between the supplier and the verb: its goods (的AI服务器, 生产的激光雷达) and how they go (主要, 已, 批量)
_SUPPLIER_THEN_GOODS = re.compile(r"(?:的[^，,；;。]{1,16}?|生产的[^，,；;。]{1,16}?)?\s*"
                                  r"(?:目前|现|主要|已|已经|开始|正式|持续|稳定|长期|独家|批量|大批量|首批|大规模|也|还|将)*\s*")


def _supplied_by(ctx: Ctx, t: Span) -> list[FactRecord]:
    """澜芯科技的芯片由台积电代工 / A的电池由B供应: the one after 由 supplies the company opening the clause."""
    cs, _ = ctx.clause(t.start)
    by = [m for m in _marks_outside_names(ctx, re.compile("由"), Span(cs, t.start))][-1:]
    if not by:
        return []
    suppliers = ctx.group_right(by[0].end(), t.start, ORG, max_gap=0)
    buyers = [m for m in ctx.mentions(cs, by[0].start(), ORG)[:1] if m.start <= cs + 2]
    if not suppliers or not buyers or not _SUPPLY_MANNER.fullmatch(ctx.text, suppliers[-1].end, t.start) \
            or buyers[0].key in {m.key for m in suppliers}:
        return []
    out = []
    for supplier in suppliers[:4]:
        fact = q.base_fact(ctx, "purchase", {"buyer": buyers, "supplier": [supplier]}, t)
        fact.qualifiers["period"] = q.date_for(ctx, t)
        out.append(fact)
    return out


# 减持了对B的持股，持股比例从3.1%降至2.2% / 减持B股份至4.9%: the stake left after the sale
_DOWN_TO = re.compile(r"(?:降至|降低至|减少至|下降至|减至|至)(?:约|仅)?$")


# 持股数量增至640万股，占总股本的1.5%: the count held after the trade, then its share of the whole stock
_COUNT_THEN_SHARE = re.compile(r"\s*(?:约)?[0-9][0-9.,]*\s*(?:万|亿)?股[，,]\s*(?:约)?占(?:公司|本公司|上市公司|该公司)?(?:当前)?"
                               r"(?:总股本|股份总数|总股份|已发行股份)的?\s*(?:约)?$")
_HOLDER_LEAD = re.compile(r"[^，,；;。]{0,12}?(?:又|再|还|也|曾|继续|再次)?(?:买入|加仓|增持|增仓|购入|新进|建仓|认购)")


def holding_count(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """孙立三季度又买入12万股，持股数量增至310万股，占总股本1.12%: a clause giving the count held after a trade and
    its share of the stock says the trader of the clause before holds that part of the company (the one named
    in the sentence, else the company written about). Without the share of the stock: nothing."""
    cs, ce = ctx.clause(t.start)
    share = next((v for v in ctx.values("percent", t.end, q.segment_end(ctx, t.end))
                  if _COUNT_THEN_SHARE.fullmatch(ctx.text, t.end, v.start)), None)
    if share is None:
        return []
    own = ctx.mentions(cs, t.start, (*ORG, "person"))
    if own:  # 澄川资本持股数量增至310万股，…: the holder right before the words
        if own[-1].end != t.start:
            return []
        first, pcs = own[-1:], cs
    elif cs > ctx.sent.start:
        pcs = ctx.clause(cs - 1)[0]
        first = ctx.mentions(pcs, cs, (*ORG, "person"))[:1]
        if not first or not _HOLDER_LEAD.match(ctx.text, first[0].end):
            return []  # the clause before opens with the trader, then its verb of buying
    else:
        return []
    holders = first
    named = [m for m in ctx.mentions(first[0].end, cs, ORG) if m.key != first[0].key][:1]
    companies = named or _company_written_about(ctx, holders, t.start)
    if not companies:
        return []
    fact = q.base_fact(ctx, "shareholding", {"holder": holders, "company": companies[:1]}, t)
    fact.stake = share
    fact.qualifiers["as_of"] = q.date_for(ctx, t)
    return [fact]


_FROM_CUSTOMER = re.compile(r"来自(?!第[一二三四五]|前[一二三四五]|最大)")


_YEAR_BETWEEN = re.compile(r"\s*(?:(?:\d{4}|今|去|前)年(?:度)?(?:上半年|下半年|前三季度|全年)?|报告期内?)?\s*(?:的)?")


def _revenue_share_from(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """公司2024年营收为4.6亿元，其中来自阿里云的收入占比超过40%: the name right after 来自 buys from the subject;
    the percentage after the word is its share of revenue (来自第一大客户B…: the rank word reads it)."""
    cs, ce = ctx.clause(t.start)
    came = list(_FROM_CUSTOMER.finditer(ctx.text, cs, t.start))
    if not came:
        return []
    customers = ctx.group_right(came[-1].end(), t.start, ORG, max_gap=0)
    if not customers or customers[-1].end != t.start:
        return []
    own = [m for m in ctx.group_left(cs, came[-1].start())  # 青禾电子(2024年)来自B的收入占比…
           if _YEAR_BETWEEN.fullmatch(ctx.text, m.end, came[-1].start())]
    sellers = [m for m in own[-1:] or _subject_of(ctx, Span(cs, cs)) or ctx.carried_subject(cs)
               if m.key not in {c.key for c in customers}][:1]
    if not sellers:
        return []
    fact = q.base_fact(ctx, "purchase", {"buyer": customers, "supplier": sellers}, t)
    share = q.nearest(ctx.values("percent", t.end, ce), t)
    fact.qualifiers["period"] = q.date_for(ctx, t)
    return _share_each_period(ctx, fact, "share_of_revenue", share, t)


_COPULA_AFTER = re.compile(r"\s*(?:为|是)")
_THE_COMPANY = re.compile(r"(?:本公司|该公司|公司)的?")
_THE_COMPANY_ROUND = re.compile(r"了?(?:本公司|该公司|公司)的?[^，,。；;]{0,8}?(?:轮|融资)")

# 采购1万颗 / 采购了2000台: a count of goods between the verb and their maker
_GOODS_COUNT = re.compile(r"了?\s*(?:约|近|超过|逾|至少|共)?[\d.,一二两三四五六七八九十百千万亿]+\s*(?:万|千|百)?"
                          r"(?:颗|台|张|块|套|片|辆|部|架|个|批|枚|组)")


def maker_of(m: Mention) -> Mention | None:
    """An organisation, or the maker the lexicon gives a product (华为昇腾 → 华为), at the mention's place."""
    if m.kind != "product":
        return m
    lex = lexicon.load()
    entry = lex.entries.get(m.key.removeprefix("lex:")) if m.key.startswith("lex:") else None
    parent = lex.entries.get(entry.parent) if entry is not None and entry.parent else None
    if parent is None or parent.kind != "organization":
        return None
    return Mention(m.start, m.end, m.text, parent.kind, f"lex:{parent.id}", "coref", parent.name)


def _bought_make(ctx: Ctx, t: Span) -> list[FactRecord]:
    """远岫科技采购了2000台华为昇腾服务器 / 该中心将采购1万颗辉达GB300 GPU: goods counted, then their maker,
    who supplies them; the buyer is the clause's subject. 采购 with no count before a name stays unread
    (采购北辰物流: a name that may be the goods' maker or a buyer's unit)."""
    if not ctx.text.startswith("采购", t.start):  # 购买了B的500台服务器 / 租用了B的1万张GPU: counted goods of B's, as 采购
        return _bought_goods_of(ctx, t) or _bought_brand(ctx, t)
    deployed = _ALSO_DEPLOYED.match(ctx.text, t.end)  # 采购并部署5万颗B的芯片: the goods are the second verb's too
    count = _GOODS_COUNT.match(ctx.text, deployed.end() if deployed else t.end)
    if count is None:
        return _bought_goods_of(ctx, t) or _bought_brand(ctx, t)
    makers = [maker_of(m) for m in ctx.mentions(count.end(), ctx.clause(t.start)[1], UNIT)
              if m.start <= count.end() + 1]
    makers = [m for m in makers if m is not None]
    if not makers:
        return []
    buyers = [b for b in _subject_of(ctx, t) if b.key != makers[0].key and b.kind != "product"]
    if not buyers:
        return []
    fact = q.base_fact(ctx, "purchase", {"buyer": buyers[:1], "supplier": makers[:1]}, t)
    fact.amount = q.nearest(q.prices_in(ctx, t.end, q.segment_end(ctx, t.end)), t)  # …，金额约6亿元
    fact.qualifiers["period"] = q.date_for(ctx, t)
    return [fact]


# 采购并部署 / 购买和使用: a second verb the goods are bought for
_ALSO_DEPLOYED = re.compile(r"(?:并|和|及)(?:部署|使用|引入|引进|安装|上线)")
# 采购英伟达H20 / 大量采购华为昇腾芯片 / 购买AMD的加速卡: goods named by their maker right after the verb (采购并部署
# 高达两吉瓦的B GPU: after a second verb and the power the goods draw)
_BRAND_LEAD = re.compile(r"(?:(?:并|和|及)(?:部署|使用|引入|引进|安装|上线))?(?:了|大量|批量|大批|更多)?\s*"
                         r"(?:(?:高达|约|超过|近|逾)?\s*[\d.一二两三四五六七八九十百千]+\s*(?:吉瓦|GW|兆瓦|MW)(?:规模)?的?\s*)?"
                         r"(?:(?:价值|总价值|总额|合计)(?:约|超过|高达|逾|近)?\s*[\d.,]+\s*(?:万|亿)?(?:元|美元)的\s*)?")  # 购买价值2500亿美元的B服务
_GOODS_NOUN = re.compile(r"(?:的)?\s*[A-Za-z0-9\-]{0,10}\s*(?:AI|GPU|人工智能|推理|训练|高端|定制|国产|液冷)*(?:芯片|GPU|显卡|加速卡|算力卡|服务器|晶片|处理器|存储芯片|"
                         r"光模块|交换机|一体机|整机|算力|智算资源|计算资源)")


# 采购青禾微电子8万片加速卡: a count between the maker and its goods
_COUNTED_GOODS = re.compile(r"的?\s*(?:约|近|超过|逾)?\s*[\d.,一二两三四五六七八九十百千万]+(?:万|千)?(?:余|多)?\s*"
                            r"(?:台|张|颗|块|套|片|枚)" + _GOODS_NOUN.pattern)


def _maker_before_goods(ctx: Ctx, m: Mention) -> bool:
    """采购了岚山云的算力服务器: a name no lexicon knows, found where a maker stands (right before 的 and goods of the
    industry), makes the goods as a known organisation would."""
    return m.kind == "candidate" and ctx.text.startswith("的", m.end) and \
        (_GOODS_NOUN.match(ctx.text, m.end) or _USED_GOODS.match(ctx.text, m.end)) is not None


def _bought_brand(ctx: Ctx, t: Span) -> list[FactRecord]:
    """远帆智能已开始采购英伟达H20芯片 / 阿里巴巴大量采购华为昇腾芯片: a product of a maker the lexicon
    knows (H20 → 英伟达), or a maker then goods (华为昇腾芯片, AMD的加速卡), right after the verb: each buyer
    before buys from the maker. A name alone after the verb (采购北辰物流) stays unread."""
    cs, ce = ctx.clause(t.start)
    lead = _BRAND_LEAD.match(ctx.text, t.end)
    after = ctx.mentions(lead.end(), ce, UNIT)
    if not after or after[0].start != lead.end():
        return []
    first = after[0]
    if first.kind == "product":
        maker = maker_of(first)
    elif len(after) > 1 and after[1].kind == "product" and re.fullmatch(r"的?\s*", ctx.text[first.end:after[1].start]) \
            or _GOODS_NOUN.match(ctx.text, first.end) or _COUNTED_GOODS.match(ctx.text, first.end):
        maker = first if first.kind == "organization" or _maker_before_goods(ctx, first) else None
    else:
        maker = None
    if maker is None:
        return []
    buyers = [b for b in ctx.group_left(cs, t.start) or _subject_of(ctx, t)
              if b.key != maker.key and b.kind != "product"]
    frame = Frame("purchase", "active", ("buyer", "supplier"), ())
    facts = [f for b in buyers[:6] for f in _deal(ctx, frame, t, [b], [maker])]
    for f in facts:
        f.amount = None if len(facts) > 1 else f.amount
        f.qualifiers["period"] = f.date
    return facts


_OF_GOODS = re.compile(r"的(?:约|近|超过|逾)?\s*[\d.,，万千百十一二三四五六七八九两几数]+(?:余|多)?\s*(?:台|张|颗|块|套|辆|片|枚|架|件|批)")


def _bought_goods_of(ctx: Ctx, t: Span) -> list[FactRecord]:
    """星澜智算采购了青禾机器人的200台工业机器人: goods counted after a company's 的 are that company's, who
    supplies them."""
    after = ctx.mentions(t.end, ctx.clause(t.start)[1])
    if not after or not re.fullmatch(r"了?\s*", ctx.text[t.end:after[0].start]) or \
            not _OF_GOODS.match(ctx.text, after[0].end):
        return []
    buyers = [b for b in _subject_of(ctx, t) if b.key != after[0].key and b.kind != "product"]
    if not buyers:
        return []
    fact = q.base_fact(ctx, "purchase", {"buyer": buyers[:1], "supplier": after[:1]}, t)
    fact.amount = q.nearest(q.prices_in(ctx, t.end, q.segment_end(ctx, t.end)), t)
    period = q.date_for(ctx, t)
    if period is not None:
        fact.qualifiers["period"] = period
    return [fact]


# 部署了2000台B的服务器 / 新车型采用B的激光雷达 / 搭载B芯片: goods of the industry, their maker named right before them
_USED_GOODS = re.compile(r"的?\s*[A-Za-z0-9\-]{0,10}\s*(?:AI|GPU|人工智能|推理|训练|高端|定制|国产|液冷|智算|智驾|车规级|新一代|最新)*"
                         r"(?:芯片|GPU|显卡|加速卡|算力卡|服务器|晶片|处理器|光模块|交换机|一体机|激光雷达|毫米波雷达|域控制器|"
                         r"摄像头|传感器|电池|电芯)(?=\s*(?:[，,；;。！!？?、和及与]|等|$|来|用于|进行|训练|推理|打造|构建|组建|搭建|建设|支撑))")
# what may stand between the user's name and the verb: its unit that uses the goods (新车型, 的新集群, 旗下数据中心) or
# the place it puts them (在其贵州数据中心)
_USER_UNIT = re.compile(r"(?:(?:在|于)(?:其|旗下)?[^，,；;。在于的]{1,14}?(?:数据中心|智算中心|算力中心|机房|园区|基地|节点|集群|工厂))?"
                        r"(?:的|旗下)?(?:新一代|新款|最新|首款|多款|全新|新)?(?:车型|新车|集群|智算中心|数据中心|算力中心|平台|机型|产品|"
                        r"手机|机器人|整车)?\s*(?:已|已经|均|全面|正式|开始|首次|率先|也|还|将|将会|拟|计划|准备)*\s*$")
_WILL_USE = re.compile(r"(?:将|将会|拟|计划|准备|即将)[^，,；;。]{0,4}$")


# …使用昇腾芯片的推理整机 / 内置某款芯片的一体机: the product named before 的 and other goods (what they are built on)
_GOODS_OF_GOODS = re.compile(r"的[\u4e00-\u9fffA-Za-z]")


def goods_used(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """北辰智算部署了2000台青禾电子的服务器 / 星澜汽车新车型采用青禾电子的激光雷达: the goods a maker named right before
    them makes, deployed or built in by the clause's subject, are bought from the maker (将部署: planned). Nothing
    without a maker and goods of the industry right after the verb (部署新战略, 采用协议转让方式, 部署自研集群)."""
    cs, _ = ctx.clause(t.start)
    at = t.end
    count = _GOODS_COUNT.match(ctx.text, at)
    at = count.end() if count is not None else (at + 1 if ctx.text.startswith("了", at) else at)
    after = ctx.mentions(at, ctx.clause(t.start)[1], UNIT)
    if not after or after[0].start != at:
        return []
    product_next = len(after) > 1 and after[1].kind == "product" and re.fullmatch(r"的?", ctx.text[after[0].end:after[1].start])
    if not (_USED_GOODS.match(ctx.text, after[0].end) or after[0].kind == "product" or product_next):
        return []  # (采用华为昇腾芯片 / 部署H20: a product the lexicon knows is goods of the industry)
    if (product_next or after[0].kind == "product") and _GOODS_OF_GOODS.match(ctx.text, after[1 if product_next else 0].end):
        return []  # 二号标包均是使用某芯片的整机: the product describes other goods, its maker supplies no one here
    maker = maker_of(after[0])
    if maker is None or maker.kind != "organization" and not _maker_before_goods(ctx, maker):
        return []
    before = [m for m in ctx.mentions(cs, t.start, ORG) if not _PREP.search(ctx.text[max(cs, m.start - 1):m.start])
              and not _MEANS.search(ctx.text[max(cs, m.start - 2):m.start])]
    buyers = before[-1:] if before and _USER_UNIT.fullmatch(ctx.text, before[-1].end, t.start) else []
    if not buyers and not ctx.mentions(cs, t.start, UNIT):
        buyers = ctx.carried_subject(t.start)[:1]
    buyers = [b for b in buyers if b.key != maker.key and b.kind == "organization"]
    if not buyers:
        return []
    fact = q.base_fact(ctx, "purchase", {"buyer": buyers, "supplier": [maker]}, t)
    if fact.modality == "asserted" and _WILL_USE.search(ctx.text, cs, t.start):
        fact.modality = "planned"
    fact.amount = q.nearest(q.prices_in(ctx, t.end, q.segment_end(ctx, t.end)), t)
    fact.qualifiers["period"] = q.date_for(ctx, t)
    return _not_read_yet(ctx, [fact])


# A成为B和C的核心供应商 / A是B的一级供应商 / A进入B供应链: the verb before the buyer(s) and the word
# (导入B供应链: a part taken into the buyer's supply chain, as 进入)
_BECOMES_SUPPLIER = re.compile(r"(?:成为了?|成了|是|为|进入了?|打入了?|切入了?|进入到|纳入了?|跻身|导入了?|导入到)")
_INTO_CHAIN = ("进入", "打入", "切入", "纳入", "跻身", "导入")
# 的核心供应商, 的一级供应商, 核心供应链: what kind of supplier, between the buyer and the word
# (一直是B重要的服务器供应商: 的 after a kind too)
_SUPPLIER_KIND = re.compile(r"\s*的?(?:(?:全球|国内|中国区|中国)?(?:核心|主要|重要|独家|一级|二级|合格|指定|长期|战略|关键|唯一|首家|"
                            r"优质|主力|稳定|AI|芯片|算力|GPU|服务器|光模块|电池|存储|内存|HBM|PCB|液冷|交换机|显卡|CPU|"
                            r"零部件|元器件|激光雷达|毫米波雷达|摄像头|传感器|域控制器|控制器|模组|电源芯片|功率器件|连接器|显示屏|面板|电驱|"
                            r"热管理|智驾|座舱|操作系统)的?)*")  # 成为B的激光雷达供应商: the goods, then the word


def supplier_of(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """青岚光电已成为英伟达和小米的核心供应商 / 澜石科技是小米汽车的一级供应商 / 远川电子进入比亚迪供应链: each
    organisation named between the verb and the word buys from the clause's subject (or the one carried).
    Nothing where no buyer is named there (成为全球领先的供应商, 成为其供应商)."""
    cs, _ = ctx.clause(t.start)
    names = ctx.mentions(cs, t.start)
    chosen = _chosen_supplier(ctx, cs, t, names)
    if chosen is not None:
        return chosen
    verbs = [v for v in _BECOMES_SUPPLIER.finditer(ctx.text, cs, t.start)
             if not any(m.start <= v.start() < m.end for m in names)]  # (not the 为 of 华为)
    if not verbs:
        return []
    verb = verbs[-1]
    if ctx.text.startswith("供应", t.start) and ctx.text[t.start:t.end] != "供应商" \
            and not verb.group().startswith(_INTO_CHAIN):
        return []  # 供应链 is entered (进入B供应链), not been (是B的供应链)
    buyers = ctx.group_right(verb.end(), t.start, ORG, max_gap=1)
    if not buyers or buyers[0].start > verb.end() + 1 or not _SUPPLIER_KIND.fullmatch(ctx.text, buyers[-1].end, t.start):
        return []
    keys = {b.key for b in buyers}
    suppliers = [m for m in ctx.group_left(cs, verb.start()) or ctx.carried_subject(verb.start()) if m.key not in keys]
    if not suppliers:
        return []
    out = []
    for buyer in buyers[:6]:
        fact = q.base_fact(ctx, "purchase", {"buyer": [buyer], "supplier": suppliers[-1:]}, t)
        fact.qualifiers["period"] = q.date_for(ctx, t)
        out.append(fact)
    return out


# B选择A作为其算力供应商 / B选定A为公司的GPU供应商: the one chosen supplies the one choosing
_CHOOSES = re.compile(r"(?:选择|选定|确定|指定|引入)了?")
_AS_ITS = re.compile(r"(?:作为|为|成为)(?:其|公司的?|自己的?|它的?)")


def _chosen_supplier(ctx: Ctx, cs: int, t: Span, names: list[Mention]) -> list[FactRecord] | None:
    """澄川科技选择青禾电子作为其算力供应商: the buyer chooses its supplier (None where the clause is not so)."""
    if not names:
        return None
    chosen = names[-1]
    verb = _CHOOSES.search(ctx.text, max(cs, chosen.start - 4), chosen.start)
    link = _AS_ITS.match(ctx.text, chosen.end)
    if verb is None or verb.end() != chosen.start or link is None \
            or not _SUPPLIER_KIND.fullmatch(ctx.text, link.end(), t.start):
        return None
    buyers = [m for m in ctx.group_left(cs, verb.start()) or ctx.carried_subject(verb.start()) if m.key != chosen.key]
    if not buyers or buyers[-1].end < verb.start() - 6:
        return []
    fact = q.base_fact(ctx, "purchase", {"buyer": buyers[-1:], "supplier": [chosen]}, t)
    fact.qualifiers["period"] = q.date_for(ctx, t)
    return [fact]


def suppliers_named(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """星澜智算的主要供应商包括英伟达和台积电: the company before the words buys from each one named after them."""
    cs, ce = ctx.clause(t.start)
    before = ctx.mentions(cs, t.start)
    if not before or not re.fullmatch(r"的?(?:主要|核心|重要)?", ctx.text[before[-1].end:t.start]):
        return []
    suppliers = [m for m in ctx.group_right(t.end, ce, max_gap=2) if m.key != before[-1].key]
    facts = [f for s in suppliers for f in _deal(ctx, Frame("purchase", "active", ("buyer", "supplier"), ()), t,
                                                    before[-1:], [s])]
    for f in facts:
        f.amount, period, f.date = None, f.date, None
        if period is not None:
            f.qualifiers["period"] = period
    return facts


# 约40%的芯片来自: a share of the goods a company buys, then 来自 and the supplier.
_GOODS_SHARE = re.compile(r"(?:约|近|超过|逾|超|将近)?\s*\d+(?:\.\d+)?%(?:以上|左右)?的(?:芯片|GPU|算力|零部件|元器件|部件|原材料|"
                          r"晶圆|面板|电池|电芯|存储芯片|内存|服务器|关键部件|核心部件|零件|采购额|采购量|采购)$")


def goods_from(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """青禾机器人约40%的芯片来自星澜智算: the buyer, a share of what it buys, then its supplier after 来自."""
    cs, ce = ctx.clause(t.start)
    share = _GOODS_SHARE.search(ctx.text, cs, t.start)
    buyers = ctx.mentions(cs, share.start()) if share else []
    suppliers = ctx.mentions(t.end, ce)
    if not buyers or not suppliers or suppliers[0].start - t.end > 2 or buyers[-1].end + 2 < share.start():
        return []
    facts = _deal(ctx, Frame("purchase", "active", ("buyer", "supplier"), ()), t, buyers[-1:], suppliers[:1])
    for f in facts:
        f.amount, period, f.date = None, f.date, None
        if period is not None:
            f.qualifiers["period"] = period
        f.qualifiers["share_of_purchases"] = next(iter(ctx.values("percent", share.start(), share.end())), None)
    return facts


_SUPPLIES_BETWEEN = re.compile(r"提供|供应|供货|交付|出租")


def purchase_from(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    facts = _purchase_from(ctx, frame, t)
    if facts and _ONCE_THE_CONTRACT.match(ctx.text, ctx.sent.start) \
            and _CALLED_OFF_BEFORE.search(ctx.text, max(0, ctx.sent.start - 160), ctx.sent.start):
        for f in facts:  # A已与B解除一份购销合同。这份合同原本是A向B采购…的订单: the purchase called off
            if f.modality == "asserted":
                f.modality = "negated"
    return facts


# 这份合同金额约5亿元，原本是…的订单: the contract just told of, as it stood before
_ONCE_THE_CONTRACT = re.compile(r"(?:这份|这笔|该|此|上述|前述|这一)(?:合同|协议|订单|购销合同|采购合同)[^。；;]{0,30}?"
                                r"(?:原本|原先|原来|本来)(?:是|为|系)")
# …解除/终止一份购销合同。: the sentence before calls a contract off
_CALLED_OFF_BEFORE = re.compile(r"(?:解除|终止|取消|撤销)(?:了)?[^。；;]{0,12}?(?:合同|协议|订单)[^。]{0,20}。\s*$")


def _purchase_from(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """星槎智能向北溟科技采购算力服务: the subject buys from the one named after 向/从; 向公司采购 buys from the
    company announcing (_the_issuer). Without 向/从, goods counted then their maker (_bought_make)."""
    cs, ce = ctx.clause(t.start)
    if ctx.text.startswith(("租", "购入"), t.start) and not _RENTED_GOODS.match(ctx.text, t.end):
        return []  # 向B租赁办公楼, 融资租赁, 从B购入C 30%股权: no compute or goods of the industry rented or bought
    if _HELD_SHARES_BOUGHT.match(ctx.text, t.end, ce):
        return []  # 向B购买其持有的 12% 股权: the seller's own shares, an acquisition (read there), no goods
    marks = _marks_outside_names(ctx, _FROM_MARK, Span(cs, t.start))  # (not the 从 of 云从科技)
    if not marks and _CARRIED_OUT.search(ctx.text, cs, t.start):  # A直接与B进行采购: 与, as 向, before the supplier
        marks = [m for m in _marks_outside_names(ctx, _WITH, Span(cs, t.start))
                 if (after := ctx.mentions(m.end(), t.start)) and after[0].start == m.end()
                 and _CARRIED_OUT.fullmatch(ctx.text, after[0].end, t.start)
                 and _BOUGHT_THEN.match(ctx.text, t.end)][-1:]  # (not 进行采购谈判: a talk, no purchase)
    pos = marks[-1].start() if marks else -1
    if pos < 0:
        return _bought_make(ctx, t)
    # (the words inside the supplier's own name say nothing: 向远岫供应链有限公司采购服务器 buys from it)
    if _marks_outside_names(ctx, _SUPPLIER_GROUP, Span(pos + 1, t.start)):
        return []  # 向前五大供应商的采购额占比超过80%: suppliers taken together, none named
    if _marks_outside_names(ctx, _SUPPLIES_BETWEEN, Span(pos + 1, t.start)):
        return []  # 将向B提供2台租赁服务器: the subject supplies B (the supply readers), what it lends is no purchase
    suppliers = ctx.mentions(pos + 1, t.start)
    if _BORROWED.search(ctx.text, pos + 1, t.start):
        return []  # 拟向B等几家银行借款以支付这笔收购: B lends, it sells nothing
    buyers = ctx.group_left(cs, pos) or _counted_back(ctx, Span(cs, pos))
    if not buyers and not GENERIC_SUBJECT.search(ctx.text, cs, pos) and not _COUNTED_BACK.search(ctx.text, cs, pos):
        buyers = ctx.carried_subject(pos)
    if not suppliers and _THE_ISSUER.fullmatch(ctx.text, pos + 1, t.start):
        suppliers = _the_issuer(ctx, buyers, pos)
    frame = Frame("purchase", "active", ("buyer", "supplier"), ())
    # 百度、字节跳动和腾讯已向B订购了…: each buys from B (a purchase has one buyer; the money is what all paid)
    facts = _deal(ctx, frame, t, buyers, suppliers[:1])
    if len(buyers) > 1:
        facts = [f for b in buyers[:6] for f in _deal(ctx, frame, t, [b], suppliers[:1])]
        for f in facts:
            f.amount = None
    share = q.nearest(ctx.values("percent", t.end, ce), t)
    paid = [v for v in ctx.values("money", cs, pos) if _PAID_LEAD.search(ctx.text, max(cs, v.start - 6), v.start)]
    for f in facts:
        f.amount = f.amount if f.amount is None or f.amount.start >= t.end else None  # (采购3亿元服务器: right after the verb)
        if f.amount is None and paid and len(facts) == 1:
            f.amount = paid[-1]  # 斥资3亿元向B采购服务器: the money spent, before 向
        if share is not None:
            f.qualifiers["share_of_purchases"] = share
        f.qualifiers["period"] = f.date
    if share is not None and len(facts) == 1:  # 向B采购金额占采购总额的比例分别为62.3%、70.1%和75.4%
        return _share_each_period(ctx, facts[0], "share_of_purchases", share, t)
    return facts


_FROM_MARK = re.compile(r"向|从")
# 购买其(合计)持有的…股权: what the one after 向 holds of a company, not goods
_HELD_SHARES_BOUGHT = re.compile(r"\s*(?:其|其所|所)?(?:合计|共同|分别|直接)?持有?的?[^，,；;。]{0,20}?(?:股权|股份|股票)")
_BORROWED = re.compile(r"借款|贷款|借入|借钱|融资|授信|募集|募资")  # what is had from the one after 向: money, no goods
_CARRIED_OUT = re.compile(r"\s*(?:进行|开展)$")
_BOUGHT_THEN = re.compile(r"了?\s*(?:[，,；;。！!？?]|$|[^，,；;。]{0,8}?(?:GPU|芯片|服务器|显卡|加速卡|算力|光模块|设备))")
_PAID_LEAD = re.compile(r"(?:斥资|耗资|花费|出资|投入|拟以|将以|以)(?:自有资金|自筹资金|募集资金|现金)?\s*(?:约|近|超过|逾|不超过)?\s*$")
# 租赁/租用 what the AI industry rents: 算力, GPU, 服务器 (…) within a few words after the verb
_RENTED_GOODS = re.compile(r"[^，,；;。]{0,16}?(?:算力|GPU|显卡|服务器|芯片|智算|云服务|计算资源|加速卡|机柜)")
# 上述两家科企 / 这两家公司 / 前述三家企业: a number of companies named before
_COUNTED_BACK = re.compile(r"(?:上述|前述|以上|这|该)(?P<n>两|二|三|四|2|3|4)(?:家|间|个|大)[\u4e00-\u9fff]{0,6}?"
                           r"(?:公司|企业|科企|巨头|厂商|大厂|集团)")
_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "2": 2, "3": 3, "4": 4}


def _counted_back(ctx: Ctx, before: Span) -> list[Mention]:
    """星河云与远帆智能正与英伟达洽谈供货。这两家公司计划向英伟达订购…: the companies counted are the last
    group of as many organisations named in this sentence or the two before (none where no such group stands)."""
    counted = _COUNTED_BACK.search(ctx.text, before.start, before.end)
    if counted is None:
        return []
    n = _COUNT[counted.group("n")]
    starts = [s for s in ctx.doc.sentences if s.start <= ctx.sent.start][-3:]
    for sent in reversed(starts):
        end = min(sent.end, counted.start())
        for m in reversed(ctx.mentions(sent.start, end, ("organization",))):
            group = ctx.group_left(sent.start, m.end, ("organization",))
            if len(group) == n:
                return group
    return []


_THE_ISSUER = re.compile(r"(?:本公司|公司|上市公司)")


def _the_issuer(ctx: Ctx, others: list[Mention], pos: int) -> list[Mention]:
    """B向公司采购…: 公司 in an announcement is the company announcing (the sentence's topic named before it:
    星河通信公告，B向公司采购…), else the organisation the document names first (an announcement opens with its
    issuer: 星河通信股份有限公司关于…的公告); never one of the others named."""
    keys = {m.key for m in others}
    if ctx.topic is not None and ctx.topic.key not in keys and ctx.topic.kind == "organization" and \
            ctx.topic.start < pos:
        return [ctx.topic]
    first = ctx.doc.mentions_in(0, pos, ("organization",))[:1]
    return [m for m in first if m.key not in keys]


# 获得/拿下/斩获B的订单, and the words of the same sense: 签下B 5亿元大单 / 揽获B订单 / 赢得B的订单 (签下 only with B named
# or none, and no party before it: A与B签下…大单 names no side)
_GOT_ORDER = re.compile(r"获得了?|获了?|拿下了?|收到了?|斩获了?|揽获了?|揽下了?|赢得了?|喜获|签下了?|签获了?|新签了?")
_SIGNED_ORDER = ("签下", "签获")
_SUMMED_ORDERS = re.compile(r"\s*(?:合计|累计|共计|总计|总额|总金额)(?:为|达|达到|约|超过|超)?\s*[\d.]")
_CHANGE_TOLD = re.compile(r"\s*(?:同比|环比|较上年|较去年|比上年)")
_PARTY_BEFORE = re.compile(r"(?:与|和|同|跟)[^，,；;。]{2,30}$")
# 这项/该/此次…大单: the order pointing back at the tender told before
_THIS_ORDER = re.compile(r"这项|这笔|这一|该|此次|本次|此项")


def order(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """星河通信获得华为的服务器订单: the one named between the verb and the order buys from the subject; with
    none named (拿下一笔9亿元的算力大单, 获得某客户订单) the supplier's sale to a buyer left unnamed."""
    cs, _ = ctx.clause(t.start)
    got = _GOT_ORDER.search(ctx.text, cs, t.start)
    came = _ORDER_CAME_FROM.match(ctx.text, t.end)
    if not got and came is not None and _THIS_ORDER_BEFORE.search(ctx.text, cs, t.start):
        return _order_came_from(ctx, t, came.end())
    if not got:
        return _order_placed(ctx, t)
    if got.group().startswith("新签") and (not _SUMMED_ORDERS.match(ctx.text, t.end)
                                          or _CHANGE_TOLD.match(ctx.text, ctx.clause(t.start)[1] + 1)):
        return []  # 为后续新签订单准备资金: orders to come, no sum won (公司新签订单合计33亿元: the sum of the period);
        # 新签订单15亿元，同比增长1.5倍 / 业务新签订单金额4亿元: a business figure reported, no sale told
    buyers = [m for m in ctx.mentions(got.end(), t.start) if not _PLACEHOLDER.fullmatch(m.text)]
    if got.group().startswith(_SIGNED_ORDER) and _PARTY_BEFORE.search(ctx.text, cs, got.start()):
        return _order_placed(ctx, t)  # A与B签下…大单: who sells only where the parties' sectors tell (_order_placed)
    if not buyers and _THIS_ORDER.search(ctx.text, got.end(), t.start) and tender_lists.in_tender(ctx, t.start):
        buyers = tender_lists.procurer_head(ctx, t.start)  # B公布了…项目的中标人，A拿下这项…大单: the tender's order
    suppliers = ctx.group_left(cs, got.start()) or ctx.carried_subject(got.start())
    if suppliers and _HEAD_AFTER.match(ctx.text, suppliers[-1].end):
        return []  # 特斯拉供应链企业…获得订单: firms of its supply chain, unnamed, win the orders
    facts = _deal(ctx, Frame("purchase", "active", ("buyer", "supplier"), ()), t, buyers[:1], suppliers[:1],
                  unnamed_agent=True)
    for f in facts:
        f.qualifiers["period"] = f.date
        _budget_out(ctx, f)
    return [_swap(f) for f in facts]


# …收到一份订单。该订单来自B / 这笔大单的客户为B: the order just told of, its buyer named after it
_THIS_ORDER_BEFORE = re.compile(r"(?:^|(?<=[，,。；;\s]))(?:该|此|这份|这笔|这一|上述|前述|本次|此次)(?:笔|份|项)?(?:重大)?$")
_ORDER_CALLED_OFF = re.compile(r"取消|终止|解除|撤销|撤回|作废|中止|违约")
_ORDER_CAME_FROM = re.compile(r"\s*(?:均|主要|全部)?(?:来自于?|来源于|的客户为|的客户是|的客户系|的采购方为|的买方为|的下单方为)\s*")


def _order_came_from(ctx: Ctx, t: Span, at: int) -> list[FactRecord]:
    """A近日收到一份1.5亿元的订单。该订单来自B: B, named right after, buys from the supplier of the order the sentence
    before told with no buyer (nothing where no such order was told, or its buyer was named)."""
    buyers = [m for m in ctx.mentions(at, ctx.clause(at)[1], ORG) if m.start == at][:1]
    if not buyers:
        return []
    told = next((f for f in ctx.recent_back() if f.type == "purchase" and f.evidence.start < ctx.sent.start
                 and f.roles.get("supplier") and f.modality not in ("negated", "denied")), None)
    if told is None or told.roles.get("buyer") or buyers[0].key in {m.key for m in told.roles["supplier"]} \
            or _ORDER_CALLED_OFF.search(ctx.text, told.evidence.start, told.evidence.end):
        return []  # (…收到的一份订单已被取消。该订单来自B: no purchase told of B)
    facts = _deal(ctx, Frame("purchase", "active", ("buyer", "supplier"), ()), t, buyers, told.roles["supplier"][:1])
    for f in facts:
        f.modality = told.modality if f.modality == "asserted" else f.modality
        f.amount = f.amount or told.amount
        f.qualifiers["period"] = told.qualifiers.get("period") or f.date
    return facts


# A、B已下达总额8亿美元的订单 / A下了一笔大单: the buyers place the order (only money or a count between)
_PLACED = re.compile(r"(?:下达|发出|下)了?")
_PLACED_GAP = re.compile(r"(?:一笔|一批|多笔|大量|巨额)?(?:价值|总额|总价|金额)?(?:约|近|超过|逾|高达)?[^，,；;。、与和向]{0,14}?的?")
_PLACED_LEAD = re.compile(r"(?:已经|已|正|纷纷|相继|先后|陆续|均|也|还)*$")
# …订单，以获得约5万颗B的推理芯片: what the order is for, counted, then its maker
_ORDER_FOR = re.compile(r"\s*[，,]?\s*(?:以|用于|用以|用来|来)?(?:取得|采购|购买|获得|订购|购入|获取|锁定)(?:约|近|超过|逾|共)?\s*"
                        r"[\d.,一二两三四五六七八九十百千万]+\s*(?:万|千)?\s*(?:颗|台|张|块|套|片|枚)")


def _order_placed(ctx: Ctx, t: Span) -> list[FactRecord]:
    """A、C和D已下达总额8亿美元的订单，以获得约5万颗B的推理芯片: each buyer placing the order buys from
    the maker of the goods counted after it (no maker named, no purchase; the money is what all paid)."""
    cs, _ = ctx.clause(t.start)
    raised = _raised_order(ctx, cs, t)
    if raised is not None:
        return raised
    signed = list(_SIGNED.finditer(ctx.text, cs, t.start))
    if signed:  # 芯片商B被曝与模型公司C签下一笔GPU大订单: who sells only where the parties' sectors tell
        pair = _paired(ctx, cs, signed[-1].start()) or _carried_pair(ctx, Span(cs, signed[-1].start()))
        named = [m for m in _distinct(ctx.mentions(cs, signed[-1].start(), ORG))
                 if ctx.text[m.start - 1:m.start] not in ("(", "（")]  # (英伟达(NVIDIA): one party)
        if not pair and len(named) == 2 and re.fullmatch(r"(?:[(（][^()（）]{1,16}[)）])?[^，,；;。()（）]{0,8}?(?:与|和|同|跟)",
                                                          ctx.text[named[0].end:named[1].start]):
            pair = named  # B日前被曝与C签下…: the two named in the clause, 与 before the second
        sides = _compute_sides(ctx, t, pair, any_goods=True) if len(pair) == 2 else None
        if sides is None or ctx.mentions(signed[-1].end(), t.start, ORG):
            return []
        fact = q.base_fact(ctx, "purchase", sides, t)
        fact.amount = q.nearest(q.prices_in(ctx, signed[-1].end(), q.segment_end(ctx, t.end)), t)
        fact.qualifiers["period"] = q.date_for(ctx, t)
        return [fact]
    placed = list(_PLACED.finditer(ctx.text, cs, t.start))
    if not placed or not _PLACED_GAP.fullmatch(ctx.text, placed[-1].end(), t.start) \
            or ctx.mentions(placed[-1].end(), t.start, UNIT):
        return []
    lead = _PLACED_LEAD.search(ctx.text, cs, placed[-1].start())
    head = lead.start() if lead is not None else placed[-1].start()
    to = _marks_outside_names(ctx, _TO_MARK, Span(cs, head))
    goods = _ORDER_FOR.match(ctx.text, t.end)
    if to:  # A向B下达了价值3亿元的订单: B, named after 向, supplies
        makers = [m for m in ctx.mentions(to[-1].end(), head, ORG) if m.start == to[-1].end() and m.end == head]
        lead = _PLACED_LEAD.search(ctx.text, cs, to[-1].start())
        head = lead.start() if lead is not None else to[-1].start()
    elif goods is not None:
        makers = [maker_of(m) for m in ctx.mentions(goods.end(), ctx.clause(goods.end())[1], UNIT)
                  if m.start <= goods.end() + 1]
        makers = [m for m in makers if m is not None]
    else:
        return []
    buyers = [b for b in ctx.group_left(cs, head) if b.kind == "organization"]
    if not makers or not buyers or buyers[-1].end != head or makers[0].key in {b.key for b in buyers}:
        return []
    out = []
    for buyer in buyers[:6]:
        fact = q.base_fact(ctx, "purchase", {"buyer": [buyer], "supplier": makers[:1]}, t)
        money = ctx.values("money", placed[-1].end(), t.start)
        fact.amount = money[0] if money and len(buyers) == 1 else None
        fact.qualifiers["period"] = q.date_for(ctx, t)
        out.append(fact)
    return out


_GROUP_KIND = re.compile(r"等[\u4e00-\u9fff]{0,6}?(?:公司|企业|巨头|厂商|大厂|科企|互联网公司|云厂商)$")
# A曾加大H20芯片订单 / A追加了B的GPU订单: more of a maker's goods ordered
_RAISED = re.compile(r"(?:曾|已|已经|再次|持续|进一步|大幅|大量)*(?:增加|追加|加大|扩大)了?(?:对)?$")
_GOODS_OF_ORDER = re.compile(r"\s*的?\s*[A-Za-z0-9\-]{0,10}\s*(?:AI|GPU)?(?:芯片|GPU|显卡|加速卡|算力卡|服务器|晶片|处理器|光模块)?(?:的)?$")


# A(已)把B的订单追加到8万片 / A把B的GPU订单提高至… : the 把-form of ordering more of B's goods
_RAISED_BA = re.compile(r"(?:曾|已|已经|再次|又|还|将|拟)*把\s*$")
_RAISED_TO = re.compile(r"(?:追加|增加|加大|扩大|提高|上调|提升)了?(?:到|至)")


def _raised_by_ba(ctx: Ctx, cs: int, t: Span, item: Mention, head: int) -> list[FactRecord]:
    """北辰云已把青禾微电子的订单追加到8万片: the subject before 把 orders more from the one whose order it is (the maker
    of a product named so); its mood is the clause's (a rumour told as such is rumored)."""
    maker = maker_of(item) if item.kind == "product" else item
    buyers = [b for b in ctx.group_left(cs, head) if b.kind in ("organization", "candidate") and maker is not None
              and b.key != maker.key]
    if maker is None or not buyers or buyers[-1].end != head:
        return []
    out = []
    for buyer in buyers[:6]:
        fact = q.base_fact(ctx, "purchase", {"buyer": [buyer], "supplier": [maker]}, t)
        fact.qualifiers["period"] = q.date_for(ctx, t)
        out.append(fact)
    return out


def _raised_order(ctx: Ctx, cs: int, t: Span) -> list[FactRecord] | None:
    """A、C和D等公司曾明显加大H20芯片订单: each buyer orders more of the goods, from their maker (a product
    the lexicon gives a maker, or a maker then goods). None where the clause is not so."""
    goods = ctx.mentions(cs, t.start, UNIT)
    if not goods:
        return None
    item = goods[-1]
    ba = _RAISED_BA.search(ctx.text, cs, item.start)
    if ba is not None and _GOODS_OF_ORDER.fullmatch(ctx.text, item.end, t.start) \
            and _RAISED_TO.match(ctx.text, t.end) and item.kind in ("organization", "product"):
        return _raised_by_ba(ctx, cs, t, item, ba.start())
    verb = _RAISED.search(ctx.text, cs, item.start)
    if verb is None or not _GOODS_OF_ORDER.fullmatch(ctx.text, item.end, t.start):
        return None
    maker = maker_of(item)
    if maker is None or item.kind != "product" and not re.match(r"\s*的?\s*[A-Za-z0-9\-]{0,10}\s*(?:AI|GPU)?(?:芯片|GPU|显卡|加速卡|算力卡|服务器|晶片|处理器|光模块)",
                                                                 ctx.text[item.end:t.start]):
        return []
    lead = _PLACED_LEAD.search(ctx.text, cs, verb.start())
    head = lead.start() if lead is not None else verb.start()
    kind = _GROUP_KIND.search(ctx.text, cs, head)  # A、B和C等中国科技巨头曾…: the kind the buyers listed are of
    head = kind.start() if kind is not None else head
    buyers = [b for b in ctx.group_left(cs, head) if b.kind == "organization" and b.key != maker.key]
    if not buyers or buyers[-1].end != head:
        return []
    out = []
    for buyer in buyers[:6]:
        fact = q.base_fact(ctx, "purchase", {"buyer": [buyer], "supplier": [maker]}, t)
        fact.qualifiers["period"] = q.date_for(ctx, t)
        out.append(fact)
    return out


def _budget_out(ctx: Ctx, fact: FactRecord) -> None:
    """星河通信拿下预算6亿元的算力大单 / 签署总投资8亿元的采购协议: a figure written after 预算 (or a project's
    总投资) is what the buyer budgeted or the project costs, not what the supplier is paid: the purchase keeps no
    amount (the budget is left out of the fact, not kept as another figure)."""
    money = fact.amount
    if money is not None and _NOT_AWARD.search(ctx.text, max(ctx.sent.start, money.start - 10), money.start):
        fact.amount = None


# 特斯拉供应链企业 / 英伟达概念股 / 华为系公司: the name modifies a noun of unnamed companies
_HEAD_AFTER = re.compile(r"(?:的)?(?:供应链|产业链|概念股|概念|系|相关|上游|下游)(?:的)?(?:企业|公司|厂商|供应商|个股|股)?")

_STAKE_BOUGHT = re.compile(r"(?:资产|股权|股份|股票|债权|房产|土地)(?:及[\u4e00-\u9fff]{2})?$")
# 签署/签订/达成…协议: the verb before an agreement's name (签署为期三年、总额3.2亿元的算力采购协议).
_SIGNED = re.compile(r"(?:签署|签订|订立|达成|缔结|签)了?")
_BOTH = re.compile(r"双方|两家公司|两家|二者|两者")  # 双方还签署了…: the two parties named before
_TWO_SIDED = ("partnership", "investment", "acquisition", "purchase", "shareholding")


def agreement(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """A与B签署为期三年、总额3.2亿元的算力采购协议: A buys from B (a supply agreement, 供货协议, makes A the
    supplier: the frame's roles say which). 双方签署采购协议 takes the two parties named before."""
    cs, _ = ctx.clause(t.start)
    if _STAKE_BOUGHT.search(ctx.text, max(cs, t.start - 4), t.start):
        return []  # 《资产购买协议》, 《股权购买协议》: a company or its assets bought, an acquisition (its own frames)
    signed = [m for m in _SIGNED.finditer(ctx.text, cs, t.start)]
    if not signed:
        return _contract_won(ctx, frame, t) or _contract_between(ctx, frame, t, cs)
    verb = signed[-1].start()
    pair = [m for m in _paired(ctx, cs, verb) or _both_parties(ctx, Span(cs, verb)) or _carried_pair(ctx, Span(cs, verb))
            if not _PLACEHOLDER.fullmatch(m.text)]
    if len(pair) != 2:
        return _signed_with_unnamed(ctx, frame, t, Span(cs, verb), signed[-1].end())
    makers = _makers_signed(ctx, frame, t, pair, verb)
    if makers:
        return _not_read_yet(ctx, [f for m in makers[:6] for f in _signed_supply(ctx, t, pair[:1], [m], signed[-1].end())])
    roles = _sides_said_after(ctx, t, pair) or _compute_sides(ctx, t, pair) \
        or {frame.roles[0]: pair[:1], frame.roles[1]: pair[1:]}
    fact = q.base_fact(ctx, "purchase", roles, t)
    if _CONTRACT_ENDED.match(ctx.text, t.end):
        fact.modality = "negated"  # A与B签署的《算力服务协议》正式解除
    fact.amount = q.nearest(q.prices_in(ctx, signed[-1].end(), q.segment_end(ctx, t.end)), t)  # …，合同金额约1.5亿元
    _budget_out(ctx, fact)
    fact.date = q.date_for(ctx, t)
    fact.qualifiers["period"] = fact.date
    return _not_read_yet(ctx, [_swap(fact)])


# A与B签署《算力服务合同》，向对方采购GPU算力 / …，为对方提供算力: the clause right after the title says who buys
_FROM_THE_OTHER = re.compile(r"[^，,；;。《》“”「」]{0,4}?[》”」]*(?:[(（][^()（）]{0,30}[)）])?\s*[，,]\s*(?:并|将|拟|约定|由其|公司)?\s*"
                             r"(?:(?P<buys>(?:向|从)(?:对方|后者|其)(?:采购|购买|租赁|租用|购入|采买))"
                             r"|(?P<sells>(?:向|为)(?:对方|后者|其)(?:提供|供应|出租|交付)))")


def _sides_said_after(ctx: Ctx, t: Span, pair: list[Mention]) -> dict[str, list[Mention]] | None:
    """A和B签署《…服务合同》，向对方采购…: the signer named first buys from the other (向对方提供: it supplies);
    None where the clause after the title says neither."""
    said = _FROM_THE_OTHER.match(ctx.text, t.end)
    if said is None or len(pair) != 2:
        return None
    first, other = pair[:1], pair[1:]
    return {"buyer": first, "supplier": other} if said.group("buys") else {"buyer": other, "supplier": first}


# Who sells compute, as the lexicon knows the parties: a cloud, data-centre or chip company supplies; a model
# maker buys (OpenAI与亚马逊云科技签署云服务协议: OpenAI buys, whoever is named first).
_COMPUTE_SELLERS = frozenset({"compute_cloud", "data_centers", "chips"})
_COMPUTE_BUYERS = frozenset({"foundation_models", "video_generation"})
_COMPUTE_DEAL = re.compile(r"算力|云|计算|GPU|芯片")


def _sector(m: Mention) -> str | None:
    entry = lexicon.load().entries.get(m.key[4:]) if m.key.startswith("lex:") else None
    return entry.sector if entry is not None else None


def _compute_sides(ctx: Ctx, t: Span, pair: list[Mention], any_goods: bool = False) -> dict[str, list[Mention]] | None:
    """A compute or cloud agreement between a party the lexicon knows as a seller of compute and one that is
    not (or one known as a model maker and one that is not): the seller supplies. None where the sectors do not
    tell (the agreement's own reading stands)."""
    if not any_goods and not _COMPUTE_DEAL.search(ctx.text, max(ctx.clause(t.start)[0], t.start - 6), t.end) \
            or len(pair) != 2:
        return None
    a, b = (_sector(m) for m in pair)
    for seller, buyer, s_sec, b_sec in ((pair[0], pair[1], a, b), (pair[1], pair[0], b, a)):
        if s_sec in _COMPUTE_SELLERS and b_sec not in _COMPUTE_SELLERS \
                or b_sec in _COMPUTE_BUYERS and s_sec not in _COMPUTE_BUYERS:
            return {"buyer": [buyer], "supplier": [seller]}
    return None


# A与B、C等核心供应商签订… / A与B等上游芯片原厂签订…: the others named as the ones who supply
_SUPPLIERS_NAMED = re.compile(r"等?(?:多家|几家|\d+家|[一二三四五六七八九十]+家)?(?:全球|国内|海外)?(?:核心|主要|上游|关键|重要|头部)?"
                              r"[\u4e00-\u9fffA-Za-z]{0,6}?(?:供应商|供货商|原厂)")
# …签订供货协议，以保障推理芯片的持续供应 / 以锁定产能: the signer secures what it buys
_SECURES_SUPPLY = re.compile(r"\s*[，,]\s*(?:以|从而|以此|用以|用于)?(?:确保|保障|锁定|保证)[^，,；;。]{0,20}?(?:供应|供给|货源|产能)")


def _makers_signed(ctx: Ctx, frame: Frame, t: Span, pair: list[Mention], verb: int) -> list[Mention]:
    """A与B、C等核心供应商签订长期供货协议 / A与B签订供货协议，以保障芯片持续供应: a supply agreement
    whose other parties are named as suppliers, or signed to secure the signer's own supply: each other party
    supplies A (not the supply agreement's plain reading, A supplying B). Empty where nothing says so."""
    if frame.roles[0] != "supplier":
        return []
    others = [m for m in ctx.group_right(pair[1].start, verb) if m.key != pair[0].key]
    if not others or others[0].start != pair[1].start:
        return []
    named = _SUPPLIERS_NAMED.match(ctx.text, others[-1].end)
    if named is not None and _BEFORE_SIGNING.fullmatch(ctx.text, named.end(), verb):
        return others
    if _BEFORE_SIGNING.fullmatch(ctx.text, others[-1].end, verb) or re.fullmatch(
            r"等?[\u4e00-\u9fffA-Za-z]{0,8}?(?:厂商|制造商|厂家|企业|公司|巨头)", ctx.text[others[-1].end:verb].strip()):
        title = re.compile(r"[》”」]*").match(ctx.text, t.end)
        if _SECURES_SUPPLY.match(ctx.text, title.end()):
            return others
    return []


def _signed_supply(ctx: Ctx, t: Span, buyers: list[Mention], suppliers: list[Mention], money_from: int) -> list[FactRecord]:
    fact = q.base_fact(ctx, "purchase", {"buyer": buyers, "supplier": suppliers}, t)
    if _CONTRACT_ENDED.match(ctx.text, t.end):
        fact.modality = "negated"
    fact.amount = q.nearest(q.prices_in(ctx, money_from, q.segment_end(ctx, t.end)), t)
    _budget_out(ctx, fact)
    fact.date = q.date_for(ctx, t)
    fact.qualifiers["period"] = fact.date
    return [fact]


# 公司与B的采购合同 / A与B之间的《GPU服务器采购合同》: the contract between the two, as a noun
_CONTRACT_OF = re.compile(r"[”\"」]?(?:之间|双方)?的[《“]?[^，,；;。《》“”]{0,10}?$")


def _contract_between(ctx: Ctx, frame: Frame, t: Span, cs: int) -> list[FactRecord]:
    """公司与青禾电子的采购合同已于近日解除 / A与B之间的《采购合同》金额为3亿元: the contract the two hold, named as a
    noun with no signing verb; ended (解除, 终止) it is negated."""
    pair = _paired(ctx, cs, t.start)
    if not pair:
        joins = _marks_outside_names(ctx, _WITH, Span(cs, t.start))
        other = ctx.mentions(joins[-1].end(), t.start, ORG) if joins else []
        if not other or other[0].start != joins[-1].end():
            return []
        subject = [m for m in (ctx.group_left(cs, joins[-1].start())
                               or (ctx.carried_subject(joins[-1].start())
                                   if _CARRY_OPEN.fullmatch(ctx.text, cs, joins[-1].start()) else [])) if m.key != other[0].key]
        pair = subject[-1:] + other[:1] if subject else []
    if len(pair) != 2 or not _CONTRACT_OF.search(ctx.text, pair[1].end, t.start) \
            or _CONTRACT_OF.search(ctx.text, pair[1].end, t.start).start() != pair[1].end:
        return []
    ended = _CONTRACT_ENDED_LATER.match(ctx.text, t.end)
    if ended is None and not _CONTRACT_VALUED.match(ctx.text, t.end):
        return []  # 采购合同谈判仍在进行: what the two do about a contract, none held
    roles = _compute_sides(ctx, t, pair) or {frame.roles[0]: pair[:1], frame.roles[1]: pair[1:]}
    fact = q.base_fact(ctx, "purchase", roles, t)
    if ended is not None:
        fact.modality = "negated"
    fact.amount = q.nearest(q.prices_in(ctx, t.end, q.segment_end(ctx, t.end)), t)
    _budget_out(ctx, fact)
    fact.date = q.date_for(ctx, t)
    fact.qualifiers["period"] = fact.date
    return _not_read_yet(ctx, [_swap(fact)])


_CONTRACT_VALUED = re.compile(r"[》”」]*\s*(?:的)?(?:合同)?(?:总金额|金额|总额|总价|价款|合同价)")  # …合同金额为3亿元
# 《协议》已于近日解除 / 合同现已终止: the contract ended, a few words of time between
_CONTRACT_ENDED_LATER = re.compile(r"[》”」]*\s*(?:已经|已|被|正式|均|现已|目前已)*(?:于[^，,；;。]{1,10}?)?(?:解除|终止|取消)")


# between the other party and the verb: 于近日, 正式, 共同 (公司与B于近日签订…)
_BEFORE_SIGNING = re.compile(r"\s*(?:[(（][^()（）]{0,12}[)）])?(?:于)?(?:近日|日前|今日|当日|同日|\d{1,2}月\d{1,2}日)?"
                             r"(?:在[^，,；;。与和]{1,12}?)?(?:正式|共同|分别|已|已经|成功)*\s*")


# (与国内知名的大模型企业B签署…: a description of the other party ending in a kind of company, then its name)
_KIND_BEFORE_NAME = re.compile(r"[^，,；;。、与和]{1,14}?(?:企业|公司|巨头|厂商|龙头|集团|独角兽|机构|服务商|供应商|运营商|制造商)")


def _carried_pair(ctx: Ctx, before: Span) -> list[Mention]:
    """公司与北辰集团签订了《设备销售合同》 / 同时其子公司与B签署…: the clause's subject carried (the company
    announcing) and the one named after 与, right before the verb; empty where the clause is not so."""
    joins = _marks_outside_names(ctx, _WITH, before)
    if not joins or not _CARRY_OPEN.fullmatch(ctx.text, before.start, joins[-1].start()):
        return []
    other = ctx.mentions(joins[-1].end(), before.end)
    described = _KIND_BEFORE_NAME.fullmatch(ctx.text, joins[-1].end(), other[0].start) if len(other) == 1 else None
    if len(other) != 1 or other[0].start != joins[-1].end() and described is None or other[0].kind != "organization" \
            or not _BEFORE_SIGNING.fullmatch(ctx.text, other[0].end, before.end):
        return []
    subject = [m for m in ctx.carried_subject(joins[-1].start())[:1] if m.key != other[0].key]
    return subject + other if subject else []


def _not_read_yet(ctx: Ctx, facts: list[FactRecord]) -> list[FactRecord]:
    """Purchases whose buyer and supplier no purchase read before in the sentence has: A(“乙方”)与B(“甲方”)签订
    《算力服务合同》，乙方向甲方提供算力服务 tells one contract twice (the agreement, then the service)."""
    def pair(f: FactRecord) -> tuple:
        return tuple(tuple(m.key for m in f.roles.get(r, [])) for r in ("buyer", "supplier"))
    seen = {pair(f) for f in ctx.facts if f.type == "purchase"}
    return [f for f in facts if pair(f) not in seen]


# A customer the text does not name: 客户, 某客户, 一家头部互联网公司, 北京某云厂商, “杭州X公司” (a letter standing
# for a name withheld).
_CUSTOMER_KINDS = r"车企|整车厂|主机厂|车厂|运营商|电信运营商|电网公司|医院|银行|高校"
_UNNAMED_PARTY = re.compile(r"(?![^，,；;。]*(?:名为|名叫|叫做|称为))[“\"「]?(?:(?:重要|主要|大|新)?客户|(?:[\u4e00-\u9fff]{2,3})?某(?:一)?[^，,；;。与和、]{0,10}?(?:公司|企业|客户|厂商|机构|" + _CUSTOMER_KINDS + r")|"
                            r"(?:国内|国外|海外|境内|境外|全球|北美|欧洲|华东|华南|华北|华中|西南|西北|东北)?"  # 国内一家知名企业
                            r"一家[^，,；;。与和、]{0,12}?(?:公司|企业|客户|厂商|机构|" + _CUSTOMER_KINDS + r")|"
                            r"[\u4e00-\u9fff]{0,4}[A-Z]{1,2}(?:公司|客户))[”\"」]?")
_PLACEHOLDER = re.compile(r"[\u4e00-\u9fff]{0,4}(?:[A-Z]{1,2}|某)(?:公司|客户)")  # 上海Y公司, 杭州某公司: a name withheld
# the kinds of party that buy (华东某大型车企, 一家电信运营商): with them the signer of a 采购合同 is the one who sells
_BUYING_PARTY = re.compile(r"(?:" + _CUSTOMER_KINDS + r")[”\"」]?$")  # (a bare 客户 leaves a 采购协议 unread: whose purchase it is stays open)
# the kinds that supply (一家供应商): with them the signer buys, and the supplier is unnamed (no fact)
_SUPPLYING_PARTY = re.compile(r"(?:供应商|供货商|原厂|代工厂|厂商)[”\"」]?$")
# the signer's orders told in the sentence or the one before (订单方面，… / …中标…；又与…签订): what it signs sells
_ORDERS_TOLD = re.compile(r"订单|大单|中标|签单|斩获")
_WITH = re.compile(r"(?:与|和|同|跟)")
# what may stand before 与 where the subject is carried (公司与客户签订…, 同时其子公司与…)
_CARRY_OPEN = re.compile(r"(?:[\s“”]|公司|本公司|该公司|其|子公司|控股子公司|全资子公司|同时|此外|另外|并|还|也|又|再次|已|均|近日|日前|同日|当日)*")
_OWN_WORD_OPENS = re.compile(r"(?:本公司|该公司|公司)")
_CONTRACT_ENDED = re.compile(r"[》”」]*\s*(?:已经|已|被|正式|均)*(?:解除|终止|取消)")  # 《协议》正式解除


def _sale_to_unnamed(ctx: Ctx, t: Span, supplier: list[Mention], money_from: int) -> list[FactRecord]:
    """The supplier's sale to a customer left unnamed: a purchase with its buyer empty (ontology: buyer min 0)."""
    fact = q.base_fact(ctx, "purchase", {"buyer": [], "supplier": supplier[-1:]}, t)
    if _CONTRACT_ENDED.match(ctx.text, t.end):
        fact.modality = "negated"  # …签署的《算力服务协议》正式解除: the contract is off
    fact.amount = q.nearest(q.prices_in(ctx, money_from, q.segment_end(ctx, t.end)), t)
    fact.date = q.date_for(ctx, t)
    fact.qualifiers["period"] = fact.date
    return [fact]


def _signed_with_unnamed(ctx: Ctx, frame: Frame, t: Span, before: Span, money_from: int) -> list[FactRecord]:
    """星澜智算与客户签订《算力服务协议》，合同总金额为8420万元 / A与“杭州X公司”签署的算力服务协议: a sale
    agreement (the frame's first role the supplier) signed with a customer the text does not name; the
    supplier is the name before 与 (or the subject carried). An agreement to buy from an unnamed supplier
    (A与H公司签订采购合同) states no purchase the ontology keeps."""
    joins = list(_WITH.finditer(ctx.text, before.start, before.end))
    if not joins:
        return []
    other = ctx.text[joins[-1].end():before.end].rstrip("了分别共同正式已 ")
    if not _UNNAMED_PARTY.fullmatch(other):
        return []
    named = ctx.group_left(before.start, joins[-1].start())
    if not named and not _CARRY_OPEN.fullmatch(ctx.text, before.start, joins[-1].start()):
        return []  # 澄川数据与客户签订…: a subject of the clause's own this reading does not know; none carried
    carried = ctx.carried_subject(joins[-1].start()) if not named else []
    if not named and _OWN_WORD_OPENS.search(ctx.text, before.start, joins[-1].start()):
        sold = [f.roles["supplier"][-1:] for f in ctx.facts if f.type == "purchase" and f.evidence.start == ctx.sent.start
                and f.roles.get("supplier")]  # 公司中标B的…项目；公司又与一家企业签订…: the one that won sells again
        carried = sold[-1] if sold else carried
    supplier = [m for m in named or carried if not _PLACEHOLDER.fullmatch(m.text)]
    if frame.roles[0] != "supplier" and not (supplier and _sells_what_it_signs(ctx, t, supplier[-1], other, money_from)):
        return []
    return _sale_to_unnamed(ctx, t, supplier, before.end) if supplier else []


def _sells_what_it_signs(ctx: Ctx, t: Span, signer: Mention, other: str, after: int) -> bool:
    """青禾机器人与华东某大型车企签署了焊接机器人采购合同: a purchase contract with an unnamed party, read from the
    signer's side where the signer sells: the party is of a kind that buys (车企, 客户), or the goods are the signer's
    own line (its name's trade word: 焊接机器人 for 青禾机器人), or the sentence (or the one before in its paragraph)
    tells the signer's orders (订单, 中标). Never with a party of a kind that supplies (一家供应商) or where the
    contract secures the signer's own supply (…，以保障芯片供应)."""
    if _SUPPLYING_PARTY.search(other) or _SECURES_SUPPLY.match(ctx.text, re.compile(r"[》”」]*").match(ctx.text, t.end).end()):
        return False
    if _BUYING_PARTY.search(other):
        return True
    goods = ctx.text[after:t.start]
    goods = goods[goods.rfind("的") + 1:]
    trade = signer.text[2:] if signer.kind == "organization" and signer.source == "shape" else ""
    if len(trade) >= 2 and trade in goods:
        return True
    prev = ctx.doc.sentences[ctx.sent.index - 1] if ctx.sent.index > 0 else None
    told = ctx.text[ctx.sent.start:t.start] + (prev.text if prev is not None and prev.paragraph == ctx.sent.paragraph else "")
    return _ORDERS_TOLD.search(told) is not None


# 获得一份总价9亿元的算力租赁合同 / 斩获字节跳动的算力租赁合同: a contract won, the customer (if named) between
_CONTRACT_GOT = re.compile(r"(?:获得|斩获|拿下|签下|收获|获)了?")


def _contract_won(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """云杉数科获得一份价值12亿元的算力租赁合同: the subject supplies under the contract it won; an organisation
    named between the verb and the contract buys (获得星河汽车的算力服务合同), else the customer is unnamed."""
    if frame.roles[0] != "supplier":
        return []
    cs, _ = ctx.clause(t.start)
    got = list(_CONTRACT_GOT.finditer(ctx.text, cs, t.start))
    if not got:
        return []
    supplier = ctx.group_left(cs, got[-1].start()) or ctx.carried_subject(got[-1].start())
    buyers = [m for m in ctx.mentions(got[-1].end(), t.start, ORG) if not _PLACEHOLDER.fullmatch(m.text)][:1]
    supplier = [m for m in supplier if m.key not in {b.key for b in buyers}]
    if not supplier:
        return []
    if not buyers:
        return _sale_to_unnamed(ctx, t, supplier, got[-1].end())
    fact = q.base_fact(ctx, "purchase", {"buyer": buyers, "supplier": supplier[-1:]}, t)
    fact.amount = q.nearest(q.prices_in(ctx, got[-1].end(), q.segment_end(ctx, t.end)), t)
    fact.date = q.date_for(ctx, t)
    fact.qualifiers["period"] = fact.date
    return [fact]


def _both_parties(ctx: Ctx, before: Span) -> list[Mention]:
    """双方还签署了技术合作框架协议: where 双方 stands before the verb, the two parties of the last two-sided
    fact of the document (小鹏汽车与大众汽车宣布扩大合作。双方还签署了…: 小鹏汽车, 大众汽车)."""
    if not _BOTH.search(ctx.text, before.start, before.end):
        return []
    back = list(ctx.facts_back())
    made = {m.key for f in back if f.type == "partnership" for m in f.roles.get("result", [])}
    for fact in back:
        if fact.type not in _TWO_SIDED:
            continue
        members = _distinct([m for r, ms in fact.roles.items() if r != "result" for m in ms if m.kind != "person"])
        if any(m.key in made for m in members):
            continue  # A与B成立合资公司C，B持股49%。两家公司此前已有合作: A and B, not B and the venture it holds
        if len(members) == 2:
            return members
    return []


def _swap(fact: FactRecord) -> FactRecord:
    """order() reads buyer as agent; the roles are named in the fact, so nothing to swap but the order."""
    fact.roles = {"buyer": fact.roles["buyer"], "supplier": fact.roles["supplier"]}
    return fact


def _title_company(ctx: Ctx) -> Mention | None:
    """The company an announcement's head names, in its first lines before this sentence (coref.title_company)."""
    from dealgraph.extract.coref import title_company
    return title_company(ctx.doc, ctx.sent.index)


_RANK_OF_KIND = re.compile(r"(第一大|第二大|第三大|最大|控股|大)?(?:机构|外部|战略|单一|财务|产业|个人|自然人)?股东")
_CLAUSE_ENDS = re.compile(r"\s*(?:[，,；;。！!）)]|$)")
# 澄川资本持股12.5%: a stake with no company named after 持股
_STAKE_NEXT = re.compile(r"(?:了)?(?:公司|本公司)?(?:约|超过|逾|近|达|为|约为)?\s*(?:\d+(?:\.\d+)?%|"  # 持股12.5%
                         r"[\d.,]+\s*(?:万|亿)?股(?:股份)?[，,]\s*(?:占比|持股比例|占总股本(?:的)?(?:比例)?)"  # 持股N万股，占比3.9%
                         r"(?:为|约为|约|达)?\s*\d+(?:\.\d+)?%)")
# 控制10.9%的股份 / 合计控制公司36.36%的股份 / 控制B 51%股权: a stake (or a company and its stake) right after 控制
_CONTROLS = re.compile(r"(?:了)?(?:公司|本公司|其)?(?:约|合计|超过)?\s*\d+(?:\.\d+)?%|(?:了)?[^，,；;。权人]{2,20}?\d+(?:\.\d+)?%的?(?:股权|股份|表决权)")


_BUYER_NOUN = re.compile(r"[\s“”]*(?:本次|此次)?(?:收购方|受让方|收购人|买方)(?:及其一致行动人)?(?:将|拟|预计将?)?(?:合计|共|直接)?(?:持有|持股|控制)")


# 买方及卖方将分别持有 / 收购方和转让方分别持有: the two sides of a sale, by their role words
_BUYER_AND_SELLER = re.compile(r"[\s“”]*(?:本次|此次)?(?:收购方|受让方|买方)(?:及|和|与|以及)(?:卖方|转让方|出让方)"
                               r"(?:将|拟|预计将?)?(?:分别|各自)(?:持有|持股)")


def _last_sides(ctx: Ctx) -> list[Mention]:
    """The acquirer and the seller of the last acquisition read that names both (none where it names no seller)."""
    for fact in ctx.facts_back():
        if fact.type == "acquisition" and fact.roles.get("acquirer"):
            sellers = fact.roles.get("seller", [])
            return [fact.roles["acquirer"][0], sellers[0]] if len(sellers) == 1 else []
    return []


def _last_buyer(ctx: Ctx) -> list[Mention]:
    """The acquirer of the last acquisition read in the document, which 收购方/受让方 stands for."""
    for fact in ctx.facts_back():
        if fact.type == "acquisition" and fact.roles.get("acquirer"):
            return fact.roles["acquirer"]
    return []


_REST = re.compile(r"(?:其余|剩余|剩下)的?(?:约)?\d+(?:\.\d+)?%")


def _last_deal_patient(ctx: Ctx, holders: list[Mention]) -> list[Mention]:
    """The company whose shares the sentence's last deal moved (the rest of them are held by someone else)."""
    keys = {m.key for m in holders}
    for fact in reversed(ctx.facts):
        if fact.type in ("acquisition", "investment") and list(fact.roles.values())[1]:
            target = list(fact.roles.values())[1][0]
            return [] if target.key in keys else [target]
    return []


def group_keys(doc: Doc, named: list[Mention]) -> set[str]:
    """The keys of the parties a collective word among `named` stands for (上述两家合伙企业: both, coref._collectives)."""
    return {g.key for m in named if m.start in doc.groups and m.source == "coref" for g in doc.groups[m.start]}


# A、C均有意投资 / 都有意参与投资 closing the clause: the investors keen, the company the clause before raises from
_KEEN_NO_OBJECT = re.compile(r"(?:均|都|也|亦)?(?:有意|有意向|考虑|表示愿意|愿意)(?:参与)?$")
_RAISING = re.compile(r"集资|融资|募资|筹资")


def _raiser_before(ctx: Ctx, cs: int, agents: list[Mention]) -> list[Mention]:
    """B考虑首次向外集资，A、C均有意投资: the subject of the clause just before, which seeks money, is the company the
    keen investors would put it in; none where the clause before raises nothing."""
    if cs <= ctx.sent.start:
        return []
    pcs, pce = ctx.clause(cs - 1)
    if not _RAISING.search(ctx.text, pcs, pce):
        return []
    keys = {a.key for a in agents}
    found = [m for m in ctx.mentions(pcs, pce) if m.key not in keys]
    return found[:1] if found and _RAISING.search(ctx.text, found[0].end, pce) else []


def _company_written_about(ctx: Ctx, holders: list[Mention], pos: int) -> list[Mention]:
    """本轮完成后，澄川资本持股12.5% / 汉海信息是第二大股东，持股约8%: no company named, so the holding is in the
    company the document is about (the investee of its last round, else the company named most before; never
    the holder itself)."""
    from dealgraph.extract.coref import most_named

    venture = _JOINT_VENTURE_WORD.search(ctx.text, ctx.sent.start, pos)
    if venture is not None:  # 与A合作成立合资公司，B持股49%: a stake in the joint venture, named right after its word or not at all
        named = ctx.group_right(venture.end(), min(pos, venture.end() + 3 + 20), ORG, max_gap=2)[:1]
        return named if named and named[0].start <= venture.end() + 3 and \
            named[0].key not in {m.key for m in holders} else []
    listed = {m.key for m in ctx.mentions(ctx.sent.start, ctx.sent.end, ORG) if _NEXT_HOLDER.match(ctx.text, m.end)
              or ctx.text.startswith("系的", m.end)}  # 美团系的三快科技持股…: the holder's camp, not the company held
    keys = {m.key for m in holders} | listed | group_keys(ctx.doc, holders)  # A持股8%、B持股6%: neither holds the other
    recent = ctx.doc.sentences[max(0, ctx.sent.index - 1)].start  # a round of this sentence or the one before
    buyers = {m.key for m in holders}
    for fact in ctx.recent_back():  # …转让公司15%股份给B。交易完成后，B将成为公司控股股东: what B buys
        if fact.type == "acquisition" and fact.evidence.start >= recent and fact.roles.get("target") \
                and buyers & {m.key for m in fact.roles.get("acquirer", [])} and fact.roles["target"][0].key not in keys:
            return fact.roles["target"][:1]
    for fact in ctx.recent_back():
        if fact.type == "investment" and fact.roles["investee"] and fact.roles["investee"][0].key not in keys \
                and fact.evidence.start >= recent and not _A_FUND.search(fact.roles["investee"][0].canonical):
            return _seat_base(ctx, fact.roles["investee"][0], pos)  # (a fund put money into is no 公司 written about)
    for fact in ctx.recent_back():  # 据A发布，B宣布完成多轮融资。其中…老股东C持续加注: B raised it
        if fact.type == "financial" and fact.qualifiers.get("metric") == "financing" and fact.evidence.start >= recent \
                and fact.roles.get("company") and fact.roles["company"][0].key not in keys \
                and fact.roles["company"][0].kind in ORG and not _A_FUND.search(fact.roles["company"][0].canonical):
            return _seat_base(ctx, fact.roles["company"][0], pos)
    held = [f.roles["company"][0] for f in ctx.facts if f.type == "shareholding" and f.roles.get("company")
            and f.evidence.start == ctx.sent.start and f.roles["company"][0].key not in keys]
    if held and any(m.key in listed for m in holders):  # 大基金持有B 12%股份，海创基金持有4%股份: of the one before
        return held[-1:]
    # 湖北星澜产业基金持股6%、…: the group named inside a holder's name (星澜) is the holder's own, not the company held
    inside = [m for m in ctx.mentions(ctx.sent.start, ctx.sent.end, ORG) if m.key in keys]
    parts = {h.text[i:j] for h in inside for i in range(len(h.text)) for j in range(i + 1, len(h.text) + 1)
             if j - i < len(h.text)}  # the shorter strings inside a holder's name, looked up (not a scan per name)
    if parts:
        keys |= {m.key for part in parts for m in ctx.doc.named(part) if m.end <= pos and m.kind in ORG
                 and m.source != "coref"}  # (公司 standing for a company is no part of …有限公司)
    topic = ctx.topic
    if topic is not None and topic.kind in ORG and topic.key not in keys and topic.start < ctx.clause(pos)[0] \
            and _OPENS_SENTENCE.fullmatch(ctx.text, ctx.sent.start, topic.start) and topic.source != "coref":
        return [topic]  # 海康机器人成立于2016年，海康威视持股60%: the company the sentence opens with
    titled = _title_company(ctx)  # an announcement: the company its head names (晨星电子关于…的公告)
    if titled is not None and titled.key not in keys:
        return [titled]
    if _BARE_COMPANY_OPENS.match(ctx.text, ctx.clause(pos)[0]) or _BARE_COMPANY_OPENS.match(ctx.text, ctx.sent.start):
        # 公司控股股东为A(，实际控制人为B): in a report of an announcement, the
        from dealgraph.extract.frames import _ANNOUNCES  # company announcing (B昨晚公告，子公司C…。公司控股股东为A: B)
        announcer = next((m for m in ctx.doc.mentions if m.start < pos and m.kind == "organization"
                          and m.key not in keys and _ANNOUNCES.match(ctx.text, m.end)), None)
        if announcer is not None:
            return [announcer]
    found = most_named(ctx.doc, pos, keys, [])
    return [found] if found is not None else []


_OPENS_SENTENCE = re.compile(r"[\s“”]*(?:其中|此外|另外|同时|而)?[，,]?\s*")
_A_FUND = re.compile(r"(?:基金|合伙企业)$")
_JOINT_VENTURE_WORD = re.compile(r"合资公司|合资企业|合营公司|合营企业|合资架构|合资子公司")


def _seat_base(ctx: Ctx, investee: Mention, pos: int) -> list[Mention]:
    """蔚来的股东…：合肥国资向蔚来中国投资…；CYVN先后两次入股: a unit seated somewhere (蔚来中国) stands for the
    company written about only as that company itself (蔚来), when the document names it."""
    for seat in mentions_mod.rules().seats:
        if investee.text.endswith(seat) and len(investee.text) > len(seat):
            base = [m for m in ctx.doc.mentions_in(0, pos, ORG) if m.text == investee.text[:-len(seat)]]
            if base:
                return base[-1:]
    return [investee]


_OWNER_GAP = re.compile(r"(?:[(（][^()（）]{0,30}[)）]|[”\"」][^()（）“”]{0,30}[)）])?(?:的|旗下的?|下属的?)?"
                        r"(?:另一家?|另外一家|又一家?)?")  # A另一子公司B / A旗下又一家全资子公司B: one more unit of A  # 青禾科技(简称“青禾”)的子公司B
# (A(以下简称“公司”或“A'”)全资子公司B: the owner's short name read inside the bracket, the bracket closing after it)
# A设立全资子公司B: the owner founded the unit (its date, its mood)
_SET_UP = re.compile(r"\s*(?:去年|今年|前年|近日|日前|此前|近期|上月|本月|\d{4}年)?(?:已|还|又|先后|于[^，,；;。]{2,12}?)?(?:拟|计划|将|宣布)?(?:以自有资金|使用自有资金)?(?:出资)?(?:投资)?"
                     r"(?:(?:约|人民币)?\s*[\d.,]+\s*(?:万|亿)?(?:元|美元|港元)(?:人民币)?)?"  # 出资1亿元设立: what it puts in
                     r"(?:在[\u4e00-\u9fff]{2,4}?)?"  # 在合肥注册成立: where
                     r"(?:设立|成立|新设|组建|注册成立)了?(?:一家)?")
_UNIT_IS = re.compile(r"(?:目前|现|则|也|亦|仍|已|将|将会|会)?(?P<each>均|都|也都|皆|同)?"
                      r"(?:背后(?:正|就|实际)?是|实为|实际上是|其实是|是|为|系|成为|作为)了?"  # B背后正是A的全资平台
                      r"(?:(?:AI|人工智能|科技|芯片|互联网|行业)?(?:巨头|龙头|独角兽))?")  # B是AI巨头A的…: A described
# B系公司控股股东A的全资子公司: what the owner is to the company written about stands between (系公司 may read as a name)
_OWNER_DESCRIBED = re.compile(r"(?:是|为|系)(?:公司|本公司|上市公司)(?:的)?(?:间接)?(?:控股股东|实际控制人|第一大股东|母公司)")


_HELD_BY_GAP = re.compile(r"(?:间接|直接|绝对|相对|实际)?")
# between the holder and 控股: an adverb of time or mood (A已控股B holds; A拟控股B / A将控股B will take control)
# (宣布控股B, 正式控股B: control taken, an acquisition too)
_CONTROL_MOOD = re.compile(r"(?:已经?|目前已|现已|早已)|(?P<to_come>(?:宣布|正式)?(?:拟|将|拟将|计划|有望|或将|欲|准备)|"
                           r"宣布|正式|宣布正式)")
_HOLDING_SUBJECT_GAP = re.compile(r"[\s“”]*(?:目前|现|现在|仍|一直|已|则|均)*(?:为|是)?")


def controlled_by(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """星澜智算目前由云岫科技控股 / 由云岫科技控股的星澜智算: the one after 由 holds control of the company (the
    subject before 由, or the name after 的)."""
    cs, ce = ctx.clause(t.start)
    holders = ctx.mentions(cs, t.start, PARTIES)
    if holders and not ctx.text.endswith("由", cs, holders[-1].start):
        if _HELD_BY_GAP.fullmatch(ctx.text, holders[-1].end, t.start):
            return _controls(ctx, t, holders[-1])
        mood = _CONTROL_MOOD.fullmatch(ctx.text, holders[-1].end, t.start)
        if mood is not None:
            return _controls(ctx, t, holders[-1], to_come=bool(mood.group("to_come")))
    if not holders or not _HELD_BY_GAP.fullmatch(ctx.text, holders[-1].end, t.start) \
            or not ctx.text.endswith("由", cs, holders[-1].start):
        return []
    holder, by = holders[-1], holders[-1].start - 1
    if ctx.text.startswith("的", t.end):
        companies = ctx.group_right(t.end + 1, ce, ORG, max_gap=0)[:1]
    elif _CLAUSE_ENDS.match(ctx.text, t.end):
        before = ctx.mentions(cs, by, ORG)
        companies = before[-1:] if before and _HOLDING_SUBJECT_GAP.fullmatch(ctx.text, before[-1].end, by) else []
    else:
        return []  # 由A控股子公司B承建: another frame's word
    facts = _deal(ctx, Frame("shareholding", "active", ("holder", "company"), ()), t, [holder], companies)
    for f in facts:  # 由A控股的B去年营收…: a date after the words is the next statement's
        f.qualifiers["rank"] = "controlling"
        own = f.date if f.date is not None and f.date.end <= t.start else None
        f.qualifiers["as_of"], f.date = own or f.qualifiers.get("as_of"), None
    return facts


# B由A 100%持股 / 由A全资持股的B / B由A直接持股60%: the share A holds, written between A and 持股 (or right after)
_HELD_BY_SHARE = re.compile(r"\s*(?:直接|间接|合计)?\s*(?:(?P<pct>\d+(?:\.\d+)?\s*%)|(?P<all>全资|百分之百))?\s*")
_SHARE_AFTER_HELD = re.compile(r"\s*(?:比例)?(?:为|达)?\s*(?P<pct>\d+(?:\.\d+)?\s*%)")


def held_by(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """这家公司由岚山电子100%持股 / 由岚山电子全资持股的青禾数据: A, after 由, holds B (the subject before 由, or the
    name after 的); all of it (100%, 全资) is B owned by A too. Not B由A持股的基金管理 (no clause end), nor A持股B."""
    cs, ce = ctx.clause(t.start)
    holders = ctx.mentions(cs, t.start, PARTIES)
    if not holders or not ctx.text.endswith("由", cs, holders[-1].start):
        return []
    gap = _HELD_BY_SHARE.fullmatch(ctx.text, holders[-1].end, t.start)
    if gap is None:
        return []
    holder, by = holders[-1], holders[-1].start - 1
    after = _SHARE_AFTER_HELD.match(ctx.text, t.end)
    end = after.end() if after else t.end
    if ctx.text.startswith("的", end):
        companies = ctx.group_right(end + 1, ce, ORG, max_gap=0)[:1]
    elif _CLAUSE_ENDS.match(ctx.text, end):
        before = ctx.mentions(cs, by, ORG)
        companies = before[-1:] if before and _HOLDING_SUBJECT_GAP.fullmatch(ctx.text, before[-1].end, by) else []
    else:
        return []
    pct = gap.start("pct") if gap["pct"] else (after.start("pct") if after else -1)
    stakes = ctx.values("percent", pct, pct + 12) if pct >= 0 else []
    whole = bool(gap["all"]) or ctx.text.startswith("全资", t.start) \
        or bool(stakes) and getattr(stakes[0].value, "value", None) == 100.0 and not getattr(stakes[0].value, "approx", False)
    facts = _deal(ctx, Frame("shareholding", "active", ("holder", "company"), ()), t, [holder], companies)
    for f in facts:
        f.stake = stakes[0] if stakes else None
        f.rule = f"shareholding:held_by:{ctx.text[t.start:t.end]}"
    if whole and holder.kind != "person":
        for f in _deal(ctx, Frame("ownership", "active", ("owner", "unit"), ()), t, [holder], companies):
            f.rule = f"ownership:held_by:{ctx.text[t.start:t.end]}"
            facts.append(f)
    return facts


# 现/目前/仍 before 隶属于: it stands so now; 原/曾/此前/不再 (a past or a denied belonging) say nothing here
_UNDER_LEAD = re.compile(r"[\s“”]*(?:现|目前|现在|仍|均|也|则|已|直接|间接|整体)*$")
_UNDER_PAST = re.compile(r"(?:原|曾|曾经|此前|过去|一度|不再|不|未|并非|并不|无)\s*(?:直接|间接)?$")
# B的母公司A / B与母公司A / 其母公司为A: the unit before (的, 与, 和 between), the owner right after (为/是 between)
_PARENT_UNIT_GAP = re.compile(r"\s*(?:的|与|和|及|同)?(?:控股)?$")
_PARENT_COPULA = re.compile(r"\s*(?:(?:为|是|系)\s*(?:[^，,。；;为是的]{2,10}?的)?)?\s*")  # 母公司是港股上市的A: past what A is


def parent_of(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """青禾计算有限公司隶属于岚山集团 / （B成立于1976年，）隶属于A / B的母公司A / B与母公司A / 其母公司为A: A owns B.
    The owner is named right after the word; the unit right before it (隶属于: the clause's subject, else the one
    carried when nothing but words of time stand before the word). Not 原隶属于 / 曾隶属于 / 不再隶属于 (no longer),
    nor 归属于母公司股东 (no name after the word)."""
    cs, ce = ctx.clause(t.start)
    at = _PARENT_COPULA.match(ctx.text, t.end).end()
    owners = [m for m in ctx.mentions(at, ce, ORG) if m.start == at][:1]
    if not owners and ctx.text.startswith(("母公司", "控股母公司"), t.start):
        return _is_parent_of(ctx, t, cs)
    if not owners or _UNDER_PAST.search(ctx.text, cs, t.start):
        return []
    if ctx.text.startswith("母公司", t.start) or ctx.text.startswith("母公司", t.start + 2):
        gap = _PARENT_UNIT_GAP.search(ctx.text, cs, t.start)
        units = [m for m in ctx.mentions(cs, gap.start(), ORG) if m.end == gap.start()][-1:] if gap else []
        if units and gap.group().strip() in ("与", "和", "及", "同"):
            units = ctx.group_left(cs, gap.start())[-1:]
        elif not units and gap and gap.start() == cs and gap.group().strip() in ("与", "同"):
            units = ctx.carried_subject(t.start)[-1:]  # B作为…国企，与母公司A在…: B, the subject carried
    else:
        named = ctx.mentions(cs, t.start, ORG)
        lead = _UNDER_LEAD.search(ctx.text, named[-1].end if named else cs, t.start)
        if named and lead is not None and lead.start() == named[-1].end:
            units = named[-1:]
        elif not named and lead is not None and lead.start() == cs:
            units = ctx.carried_subject(t.start)[-1:]
        else:
            units = []
    units = [u for u in units if u.key != owners[0].key]
    if not units:
        return []
    facts = _deal(ctx, Frame("ownership", "active", ("owner", "unit"), ()), t, owners, units)
    for f in facts:
        f.rule = f"ownership:parent_of:{ctx.text[t.start:t.end]}"
    return facts


def _is_parent_of(ctx: Ctx, t: Span, cs: int) -> list[FactRecord]:
    """澄芯科技是青禾智能的母公司 / A为B的控股母公司: the clause's subject owns the company named between 是 and 的
    (not 原是 / 曾是: no longer)."""
    m = _IS_PARENT.search(ctx.text, cs, t.start)
    if m is None:
        return []
    owners = [o for o in ctx.mentions(cs, m.start(), ORG) if o.end == m.start()][-1:]
    units = [u for u in ctx.mentions(m.end(), t.start, ORG) if u.start == m.end() and u.end == t.start - len(m.group("gap"))][:1]
    if not owners or not units or owners[0].key == units[0].key:
        return []
    facts = _deal(ctx, Frame("ownership", "active", ("owner", "unit"), ()), t, owners, units)
    for f in facts:
        f.rule = "ownership:parent_of:是…的母公司"
    return facts


# A是B的母公司: the copula right after the owner (adverbs of now between), the unit, then 的 before the word
_IS_PARENT = re.compile(r"(?:目前|现|仍|则|也|即)?(?:是|为|系)(?=[^，,。；;]{2,30}?(?P<gap>的(?:控股)?)$)")


# 七腾机器人控股胜通能源、东杰智能…: the company held, right after 控股, closing its clause or a 、-list item
_CONTROLLED_ENDS = re.compile(r"\s*(?:[，,；;。、！!]|$)")


def _controls(ctx: Ctx, t: Span, holder: Mention, to_come: bool = False) -> list[FactRecord]:
    """七腾机器人控股胜通能源 (a digest's line): the name right before 控股 holds control of the one right after it,
    which ends its clause or a list item (not 控股权, 控股子公司, nor 青禾控股B的计划: a name running on). Control still
    to come or just taken (A拟控股B, A将控股B, A宣布控股上市公司B) is taking control: an acquisition (planned where the
    words say so), not a holding."""
    found = ctx.mentions(t.end, ctx.clause(t.start)[1], ORG)
    at = t.end + 4 if to_come and ctx.text.startswith("上市公司", t.end) else t.end  # A宣布控股上市公司B
    if not found or found[0].start != at or not _CONTROLLED_ENDS.match(ctx.text, found[0].end) \
            or holder.kind == "person" or found[0].key == holder.key:
        return []
    if to_come:
        pair = (holder.key, found[0].key)
        if any(f.type == "acquisition" and any(m.key == pair[0] for m in f.roles.get("acquirer", []))
               and any(m.key == pair[1] for m in f.roles.get("target", [])) for f in ctx.recent_back()):
            return []  # A拟收购B 60%股权。…竞买成功后A将控股B: the outcome of the deal just told, no second one
        return _deal(ctx, Frame("acquisition", "active", ("acquirer", "target"), ()), t, [holder], found[:1])
    facts = _deal(ctx, Frame("shareholding", "active", ("holder", "company"), ()), t, [holder], found[:1])
    for f in facts:
        f.qualifiers["rank"] = "controlling"
    return facts


def _owned_as_it_stands(facts: list[FactRecord], t: Span) -> None:
    """A将旗下B分拆上市, A全资子公司B拟收购C: a unit named right after 旗下/子公司 is owned now; the plan of the
    clause is another deal's (not A拟将B纳入旗下: the unit before the word is still to be owned). So is the report or
    rumour of the sentence (据知情人士称，A旗下的机器人公司B已完成融资: the report is of B's round; that B is A's is
    told as known, and a later denial of the report leaves it standing)."""
    for f in facts:
        if f.modality in ("planned", "expected", "reported", "rumored") \
                and all(m.start >= t.end for m in list(f.roles.values())[1]):
            f.modality = "asserted"


def set_up_company(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """澄川科技成立了澜舟智能 / 2024年，澄川科技出资设立澜舟智能，专注… / A与B成立了C: the ones right before the verb
    (an organisation or a person, with only a time, adverbs or the money put in between) found the company named
    right after it, which closes its clause or is followed by what it does. Two organisations founding one together
    also make it their joint venture. Not 澄川科技成立于2019年 (a date follows), 成立后获得B投资 (no name right
    after), 成立了B事业部 (the name runs on: a department)."""
    cs, ce = ctx.clause(t.start)
    lead = _SET_UP_OBJECT_LEAD.match(ctx.text, t.end)
    named = ctx.group_right(lead.end(), ce, ORG, max_gap=0)[:1]
    if not named or named[0].start != lead.end() or not _SET_UP_OBJECT_END.match(ctx.text, named[0].end):
        return []
    gap = _SET_UP_GAP.search(ctx.text, cs, t.start)
    founders = ctx.group_left(cs, gap.start(), PARTIES) if gap else []
    if not founders or founders[-1].end != gap.start() or named[0].key in {m.key for m in founders}:
        return []
    joined = ctx.mentions(cs, founders[0].start, PARTIES)
    if joined and _JOINED_BY.fullmatch(ctx.text, joined[-1].end, founders[0].start) \
            and joined[-1].key not in {m.key for m in founders} | {named[0].key}:
        founders = joined[-1:] + founders  # A联合B出资设立C: A founds C with B (their venture)
    founded = q.base_fact(ctx, "founding", {"founder": founders, "company": named}, t)
    facts = _dated(ctx, founded, t)
    orgs = [m for m in founders if m.kind != "person"]
    if len({m.key for m in orgs}) >= 2:  # A与B成立了C: their venture too
        venture = q.base_fact(ctx, "partnership", {"party": orgs, "result": named}, t, kind="joint_venture")
        venture.modality, venture.rule = founded.modality, f"partnership:set_up_company:{ctx.text[t.start:t.end]}"
        facts += _dated(ctx, venture, t)
    return facts


_JOINED_BY = re.compile(r"\s*(?:联合|携手|会同|伙同)(?:了)?\s*")
_SET_UP_OBJECT_LEAD = re.compile(r"(?:了)?(?:一家)?(?:新公司|新企业|公司)?[“\"「]?")
# what may follow the company founded: its clause's end, a bracket, or what it does or is (专注…, 主营…, 注册资本…)
_SET_UP_OBJECT_END = re.compile(r"[”\"」]?\s*(?:$|[，,。；;、：:(（]|并|专注|主营|主要|致力|负责|注册资本|作为|以|，)")
# between the founder and the verb: a time (于2023年, 2024年3月), adverbs, a plan, the money put in (出资1亿元)
_SET_UP_GAP = re.compile(r"\s*(?:(?:于|在)?[0-9０-９]{2,4}年(?:[0-9]{1,2}月)?(?:[0-9]{1,2}日)?(?:初|底|末)?)?"
                         r"(?:已|已经|还|又|先后|正式|另外|此前|曾|早前|随后|拟|计划|将|宣布|决定|在国内|在海外|独家)*"
                         r"(?:以自有资金|使用自有资金)?(?:出资|投资)?(?:[0-9.]+(?:万|亿)?元)?(?:人民币)?"
                         r"(?:在[\u4e00-\u9fff]{2,4}?(?:注册)?)?\s*$")  # 以自有资金5000万元在合肥(注册)成立: where


_AS_UNIT = re.compile(r"[\s“”]*(?:作为|身为)\s*")


def subsidiary(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """星澜算力是星澜科技的全资子公司 / 星澜科技控股子公司青禾数据拟…: the owner stands right before the word
    (with 的 or 旗下 between), the unit right after it or as the subject before 是/为; 其/公司 before the word
    is the company carried or written about. Not 拟设立全资子公司B (a unit still to be founded: the founding
    frame's)."""
    cs, ce = ctx.clause(t.start)
    before = ctx.mentions(cs, t.start, ORG)
    set_up = _SET_UP.fullmatch(ctx.text, before[-1].end, t.start) if before else None
    if set_up is not None:  # 澄川科技去年设立全资子公司澄川算力: founded and owned (拟设立: planned, both)
        units = _units_named(ctx, t, ce)
        if not units:
            return []
        owned = _deal(ctx, frame, t, before[-1:], units)
        if not owned:
            return []
        founded = q.base_fact(ctx, "founding", {"founder": before[-1:], "company": units}, t)
        founded.modality, founded.date = owned[0].modality, owned[0].date
        founded.rule = f"founding:set_up:{ctx.text[t.start:t.end]}"
        # a unit still to be set up is founded as planned, owned by no one yet
        return [founded] if founded.modality in ("planned", "expected") else owned + [founded]
    held = _HELD_GAP.fullmatch(ctx.text, before[-1].end, t.start) if before else None
    if held is not None:
        return _held_subsidiary(ctx, frame, t, cs, ce, before[-1], held)
    if not before or not (_OWNER_GAP.fullmatch(ctx.text, before[-1].end, t.start)
                          or _seat_gap(ctx.text[before[-1].end:t.start])):
        return _subsidiary_of_the_company(ctx, frame, t, cs, ce)
    owner = before[-1]
    units = _units_named(ctx, t, ce)
    if not units and _AS_UNIT.match(ctx.text, cs, owner.start) and not ctx.text[t.end:ce].strip() \
            and ctx.text[ce:ce + 1] in "，,":
        nxt = ce + 1 + len(ctx.text[ce + 1:ce + 4]) - len(ctx.text[ce + 1:ce + 4].lstrip())
        units = [m for m in ctx.mentions(nxt, ctx.clause(nxt)[1], ORG) if m.start == nxt][:1]
        if units and units[0].key != owner.key:  # 作为A的控股子公司，B主要承接…: B, opening the next clause
            return _deal(ctx, frame, t, [owner], units)
        units = []
    if not units:
        lead = ctx.mentions(cs, owner.start, ORG)
        link = (_UNIT_IS.fullmatch(ctx.text, lead[-1].end, owner.start)
                or _OWNER_DESCRIBED.fullmatch(ctx.text, lead[-1].end, owner.start)) if lead else None
        if link is None and len(lead) > 1 and _OWNER_DESCRIBED.fullmatch(ctx.text, lead[-2].end, owner.start):
            lead, link = lead[:-1], _UNIT_IS.match(ctx.text, lead[-2].end)  # B系公司控股股东A的全资子公司 (系公司: no name)
        if link is None and not lead and (listed := _listed_before_each(ctx, cs, owner)):
            return _deal(ctx, frame, t, [owner], [m for m in listed if m.key != owner.key])
        if link is None:
            return []
        # A与B均为C旗下企业 / A、B都是C的子公司: each of the coordinated subjects is a unit
        units = ctx.group_left(cs, lead[-1].end, ORG) if link.groupdict().get("each") else lead[-1:]
        facts = _deal(ctx, frame, t, [owner], [m for m in units if m.key != owner.key])
        for f in facts:  # 收购完成后，B将成为A的全资子公司: not yet
            if f.modality == "asserted" and re.match(r"将|会", link.group()):
                f.modality = "planned"
        return facts
    facts = _deal(ctx, frame, t, [owner], units)
    _owned_as_it_stands(facts, t)  # A全资子公司B拟收购C, 拟为控股子公司B提供担保: the plan is another deal's
    _undated_after(facts, units[-1].end)
    return facts


def _listed_before_each(ctx: Ctx, cs: int, owner: Mention) -> list[Mention]:
    """这些公司包括A、B和C等，均为D的控股子公司: a clause opening with 均为/都是 right before the owner, after a clause
    that closes with a list of names (and 等): each one named is a unit; none else."""
    if cs <= ctx.sent.start or not _EACH_IS_LEAD.fullmatch(ctx.text, cs, owner.start):
        return []
    pcs = ctx.clause(cs - 1)[0]
    listed = ctx.group_left(pcs, cs - 1, ORG)
    if len(listed) < 2 or not _UNITS_LIST_TAIL.fullmatch(ctx.text, listed[-1].end, cs - 1):
        return []
    return listed


_EACH_IS_LEAD = re.compile(r"\s*(?:目前|现|也)?(?:均|都|也都|皆|全都)(?:为|是|系)")
_UNITS_LIST_TAIL = re.compile(r"\s*(?:等(?:企业|公司)?)?\s*")


# 海星公司为蓝海股份持股比例为62.74%的控股子公司: the owner's stake between it and the word
_HELD_SUBSIDIARY_AFTER = re.compile(r"(?:比例)?(?:为|达|约为|约)?\s*\d+(?:\.\d+)?\s*%(?:股权)?的(?:全资|控股)?(?:子公司|孙公司)")
_HELD_GAP = re.compile(r"(?:直接|间接|合计)?持(?:股|有)(?:比例)?(?:为|达|约为|约)?\s*(?P<pct>\d+(?:\.\d+)?\s*%)(?:股权)?的")


def _held_subsidiary(ctx: Ctx, frame: Frame, t: Span, cs: int, ce: int, owner: Mention,
                     held: re.Match[str]) -> list[FactRecord]:
    """海星公司为蓝海股份持股比例为62.74%的控股子公司 / 蓝海股份持股70%的子公司海星公司: the owner owns the unit
    (the subject before 为/是, else the name right after the word) and holds the stake written between."""
    units = _units_named(ctx, t, ce)
    if not units:
        lead = ctx.mentions(cs, owner.start, ORG)
        units = lead[-1:] if lead and _UNIT_IS.fullmatch(ctx.text, lead[-1].end, owner.start) else []
    if not units:
        return []
    facts = _deal(ctx, frame, t, [owner], units[:1])
    holding = Frame("shareholding", "active", ("holder", "company"), frame.triggers)
    stakes = [v for v in ctx.values("percent", held.start("pct"), held.end("pct") + 1)]
    for f in _deal(ctx, holding, t, [owner], units[:1]):
        f.stake = stakes[0] if stakes else f.stake
        f.rule = f"shareholding:held_subsidiary:{ctx.text[t.start:t.end]}"
        facts.append(f)
    _owned_as_it_stands(facts, t)  # 蓝海股份持股70%的子公司海星科技拟收购B: owned and held now
    _undated_after(facts, t.end)
    return facts


def _undated_after(facts: list[FactRecord], end: int) -> None:
    """A全资子公司B于2024年8月12日收到…: a date after the unit dates what the unit does, not since when A owns it."""
    for f in facts:
        if f.date is not None and f.date.start >= end:
            f.date = None


def _seat_gap(gap: str) -> bool:
    """宇树科技北京子公司 / 星澜海外子公司: the place where the subsidiary sits, between its owner and the word."""
    return 2 <= len(gap) <= 3 and (wordlist.words().get(gap) == "ns" or gap in ("海外", "境外", "国内", "美国"))


def _units_named(ctx: Ctx, t: Span, ce: int) -> list[Mention]:
    """The subsidiaries named right after the word (in quotes too: 子公司“灵犀科技”); A控股子公司B与C签署合同: C,
    after 与, is B's counterparty."""
    dash = _DASH_AFTER.match(ctx.text, t.end)  # 其全资子公司——B与C签订…: a dash sets the unit's name off
    start = dash.end() if dash else t.end
    units = ctx.group_right(start + 1 if ctx.text[start:start + 1] in ("“", "「", '"') else start, ce, ORG, max_gap=0)
    if len(units) > 1 and _CONSORTIUM_AFTER.match(ctx.text, units[-1].end):
        joined = [i for i in range(1, len(units)) if _LAST_JOINER.fullmatch(ctx.text, units[i - 1].end, units[i].start)]
        units = units[:joined[0]] if joined else units  # 全资子公司B及C组成的联合体: C a partner of B, not a unit
    for i in range(1, len(units)):
        if ctx.text[units[i - 1].end:units[i].start].strip(" “”\"「」") in ("与", "同", "跟"):
            return units[:i]  # (A控股子公司B与“杭州X公司”签署…: the quoted one too)
    return units


def _counterparties(ctx: Ctx, units: list[Mention], ce: int) -> list[Mention]:
    """全资子公司B与C签订…: C, named right after 与 behind the unit, signs with it and owns none of it."""
    after = _WITH_AFTER_UNIT.match(ctx.text, units[-1].end) if units else None
    return [m for m in ctx.mentions(after.end(), ce, ORG)[:1] if m.start == after.end()] if after else []


_WITH_AFTER_UNIT = re.compile(r"[”\"」]?\s*(?:[(（][^()（）]{0,20}[)）])?\s*(?:与|同|跟)\s*[“\"「]?")


_CONSORTIUM_AFTER = re.compile(r"\s*(?:共同|自愿)?(?:组成|结成|组建)了?的?联合体")
_LAST_JOINER = re.compile(r"\s*(?:及|以及|和|与)\s*")
_DASH_AFTER = re.compile(r"\s*(?:——|—|--|－－)\s*")


# 其全资子公司B, 公司控股子公司B (an announcement's own company), 该公司的全资子公司B
_OWNER_PRONOUN = re.compile(r"(?:^|(?<=[，,。；;：:\s—])|(?<=同意|批准|通过)|(?<=[由向对及与和、]))(?P<who>其|公司|本公司|该公司)"
                            r"(?:的|旗下的?|下属的?|(?:拟|计划|决定)?将)?$"  # 同意公司全资子公司B投资C, 公司拟将控股子公司B…
                            r"|(?P<own>所属|下属)$")  # A披露分拆所属子公司B的预案: the subject's own


_ITSELF_BEFORE = re.compile(r"(?:^|(?<=[，,。；;：:\s]))(?:公司|本公司)(?!股)")


# A通过控股子公司B进入… / 借助旗下子公司B: the subject acts through its unit
_THROUGH_UNIT = re.compile(r"(?:通过|借助|借道|依托|经由)(?:其|旗下的?)?$")


_CARRIED_THROUGH = re.compile(r"\s*(?:并|还|也|同时|主要|并且|另外)?\s*")


def _owner_unsaid(ctx: Ctx, cs: int, t: Span) -> list[Mention]:
    """The owner when no name or pronoun stands before the word: A通过控股子公司B… (the name before 通过); the word
    opening a clause after an announcement (A 12月3日公告，控股子公司B…) or a headline (A：全资子公司B…): A."""
    through = _THROUGH_UNIT.search(ctx.text, cs, t.start)
    if through is not None:
        before = ctx.mentions(cs, through.start(), ORG)
        if not before and _CARRIED_THROUGH.fullmatch(ctx.text, cs, through.start()):
            return ctx.carried_subject(through.start())  # A主要从事…，并通过控股子公司B切入…: A, the subject carried
        return before[-1:] if before and before[-1].end == through.start() else []
    if cs != t.start:
        return []
    speaker = ctx.headline_speaker(cs)
    if speaker is not None:
        return [speaker]
    announcing = ctx.announcer(t.start)
    if announcing:
        return announcing
    before = ctx.clause(cs - 1)[0] if cs > ctx.sent.start else cs
    if before < cs and _COMPANY_ANNOUNCES.fullmatch(ctx.text, before, cs):
        return ctx.carried_subject(before)  # 公司今日公告，全资子公司B…: the company 公司 stands for (the listed issuer)
    return []


# a clause whose subject is 公司 announcing: 公司今日公告， / 本公司于10月27日发布公告称：
_COMPANY_ANNOUNCES = re.compile(r"\s*(?:本公司|公司)[^，,；;。“”]{0,12}?(?:发布公告|公告|公布|宣布|披露)称?[，,：:]\s*")


def _subsidiary_of_the_company(ctx: Ctx, frame: Frame, t: Span, cs: int, ce: int) -> list[FactRecord]:
    """A公告，其全资子公司B收到…: 其 is the subject carried (A); 公司控股子公司B in a company's announcement is the
    company the document is about. The unit must be named right after the word."""
    pron = _OWNER_PRONOUN.search(ctx.text, cs, t.start)
    units = _units_named(ctx, t, ce)
    if not units:
        return _becomes_the_company_s(ctx, frame, t, cs)
    keys = {u.key for u in units}
    if pron is None:
        owners = _owner_unsaid(ctx, cs, t)
    elif pron["own"]:
        owners = ctx.carried_subject(pron.start())
    elif pron["who"] == "其":
        owners = ctx.carried_subject(pron.start())
        if not owners and _ITSELF_BEFORE.search(ctx.text, ctx.sent.start, pron.start()):
            owners = _company_written_about(ctx, units, t.start)  # 公司还关注到…，其控股子公司B: the company's own
    else:  # 蓝海集团公告称，公司审议通过《关于投资B的议案》，公司全资子公司C: the announcer, not B
        owners = ctx.announcer(t.start) or _owner_known(ctx, units) \
            or _company_written_about(ctx, units + _counterparties(ctx, units, ce), t.start)
        # (A发布公告称，公司全资子公司B…。…，公司全资子公司B作为有限合伙人…: A, read as B's owner before)
    keys |= {m.key for m in _counterparties(ctx, units, ce)}  # 公司全资子公司B与C签订…: never C
    if pron is not None and ctx.text[pron.start() - 1:pron.start()] in ("及", "与", "和", "、"):
        keys |= {m.key for m in ctx.mentions(cs, pron.start())}  # C与公司全资子公司B…: C, listed beside the company
    # 岚山兴发公告称，其控股子公司B: a guessed name that announces and has a subsidiary is a company
    # (and 岚山兴发发布公告称，公司全资子公司B: the guessed name announcing is the company the announcement is of)
    announcing = {m.key for m in ctx.announcer(pron.start())} \
        if pron is not None and pron["who"] in ("其", "公司", "本公司") else \
        {m.key for m in ctx.announcer(t.start)} if pron is None else set()  # (青禾火腿公告，全资子公司B…: a guessed name too)
    owners = [o for o in owners if o.key not in keys
              and (o.kind == "organization" or o.kind == "candidate" and o.key in announcing)][-1:]
    if not owners:
        return []
    facts = _deal(ctx, frame, t, owners, units)
    _owned_as_it_stands(facts, t)
    _undated_after(facts, units[-1].end)
    return facts


# 收购完成后，B将成为公司(的)控股子公司: B, right before, becomes a unit of the company written about
_BECOMES_OURS = re.compile(r"(?P<link>(?:目前|现|则|也|亦|仍|已|将|将会|会)?(?:正式)?成为)(?:本公司|公司|上市公司)(?:的)?(?:间接)?$")


# B(系公司全资子公司) / B为本公司控股子公司: B, right before, is a unit of the company written about now
_IS_OURS = re.compile(r"(?P<link>[(（]?(?:系|为|是|均为|均系))(?:本公司|公司|上市公司)(?:的)?(?:间接)?$")


def _becomes_the_company_s(ctx: Ctx, frame: Frame, t: Span, cs: int) -> list[FactRecord]:
    """A公告…。交易完成后，B将成为公司控股子公司: the company (公司, no name) is the announcer or the company written
    about; B, the subject right before 成为, is its unit (planned where it will be)."""
    became = _BECOMES_OURS.search(ctx.text, cs, t.start) or _IS_OURS.search(ctx.text, cs, t.start)
    if became is None:
        return []
    named = [m for m in ctx.mentions(cs, became.start(), ORG) if not ctx.text[m.end:became.start()].strip()]
    if not named:
        return []
    unit = named[-1]
    owners = [o for o in (ctx.announcer(t.start) or _company_written_about(ctx, [unit], t.start))
              if o.key != unit.key and o.kind == "organization"][-1:]
    if not owners:
        return []
    facts = _deal(ctx, frame, t, owners, [unit])
    for f in facts:
        if f.modality == "asserted" and re.match(r"将|会", became.group("link")):
            f.modality = "planned"  # 收购完成后，B将成为公司的全资子公司: not yet
    return facts


def owner_list(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    cs, ce = ctx.clause(t.start)
    units = ctx.group_right(t.end, ce, UNIT, max_gap=1) or _products_after(ctx, t.end, ce)  # 自研推理芯片“澜芯一号”
    if not units:
        return []
    owners = ctx.group_left(cs, t.start)[-1:] or ([ctx.topic] if ctx.topic else ctx.carried_subject(t.start))
    return _deal(ctx, frame, t, owners, units)


def _products_after(ctx: Ctx, start: int, end: int) -> list[Mention]:
    """The products named in the rest of the clause (a product is found only right after its kind, 大模型“X”)."""
    return ctx.mentions(start, end, ("product",))


def launch(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """星澜智算正式发布自研推理芯片“澜芯一号” / 开源了大模型GLM-4: the maker owns the product it launches; only a
    product is launched this way (发布公告, 发布财报 launch nothing); 自研 before it says it is made in house."""
    cs, ce = ctx.clause(t.start)
    products = _products_after(ctx, t.end, ce)
    if not products:
        return []
    makers = [m for m in ctx.group_left(cs, t.start) if m.kind != "product"][-1:] or ctx.carried_subject(t.start)
    facts = _deal(ctx, frame, t, makers, products)
    for f in facts:
        if "自研" in ctx.text[t.end:products[0].start]:
            f.qualifiers["in_house"] = True
        f.qualifiers["since"], f.date = f.date, None  # owned since its launch
        unit = f.roles["unit"][0]
        if f.modality in ("planned", "expected") and _NEW_VERSION.match(ctx.text, unit.end):
            f.modality, f.qualifiers["since"] = "asserted", None  # 计划发布日日新6.0: a new version of a line it owns
    return facts


_NEW_VERSION = re.compile(r"[”\"」]?\s?(?:[VvRr]?\d+(?:\.\d+)*|Pro|Max|Ultra|Plus|Turbo|mini)(?![A-Za-z])")


# 与B正式签约 / 与B举行了签约仪式 / 与B在杭州举行的战略合作签约仪式: what may stand between the partner and the word
_SIGN_GAP = re.compile(r"\s*(?:[(（][^()（）]{0,12}[)）])?(?:等[一二三四五六七八九十两几多\d]*家[\u4e00-\u9fff]{0,4}?)?"
                       r"(?:已|已经|正式|成功|顺利|再次|现场|共同|当天|当日|同日)*"
                       r"(?:在[^，,；;。与和]{1,12}?)?(?:举行|举办)?(?:了|的)?(?:[\u4e00-\u9fff]{0,8}?(?:合作|项目)(?:框架)?(?:协议)?)?$")
# 签约 closing its clause or naming the ceremony (签约，…; 签约仪式; 签约之时): not 签约客户, 签约金额, 签约销售
_SIGN_CLOSES = re.compile(r"(?:了)?(?:[，,。；;：:]|$|仪式|之时|时|后)")
_SIGN_WITH = re.compile(r"(?:与|和|同|跟)")
_SIGN_LINK = re.compile(r"\s*(?:与|同|跟)\s*")
_SIGNERS = ("organization", "candidate", "person")


def signed_with(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """澜舟科技与北辰集团正式签约 / A与B、C等三家银行签约 / A与B举行了签约仪式 / 在A与B举行的签约仪式上: two
    organisations sign with each other: a partnership (the agreement's kind unsaid). The one before 与 (or the
    clause's subject carried: 公司与B签约) and the ones after it; nothing where a person signs (李某与B签约成为球员),
    nor where 签约 names a figure (签约客户, 签约金额)."""
    cs, ce = ctx.clause(t.start)
    agreement = ctx.text.endswith(_BARE_CONTRACT, 0, t.end)
    # 曾与B签约的A (总裁X): the one the relative clause describes signed with B
    described = ctx.group_right(t.end + 1, ce, ORG, max_gap=0)[:1] \
        if ctx.text.startswith("的", t.end) and ctx.text.endswith("签约", 0, t.end) else []
    if not agreement and not described \
            and not _SIGN_CLOSES.match(ctx.text, t.end - 2 if ctx.text.endswith("仪式", 0, t.end) else t.end):
        return []
    if agreement and _DEAL_SIGNED.search(ctx.text, t.end, ctx.sent.end):
        return []  # A与B签署协议，以3亿元收购其持有的C 30%股权: the deal's agreement, read as the deal
    if _CEREMONY_ONLY.fullmatch(ctx.text, cs, t.end) and cs > ctx.sent.start:
        parties = _agreed_before(ctx, cs)  # A与B就…达成一致，并举行签约仪式: the two who agreed sign
        return _dated(ctx, q.base_fact(ctx, "partnership", {"party": parties, "result": []}, t, **frame.qualifiers), t) \
            if parties else []
    if "与" not in ctx.text[cs:t.start] and "和" not in ctx.text[cs:t.start]:
        return []
    gap = _SIGN_GAP.search(ctx.text, cs, t.start)
    group = ctx.group_left(cs, gap.start(), _SIGNERS) if gap else []
    if not group or group[-1].end != gap.start():
        return []
    links = [i for i in range(1, len(group)) if _SIGN_LINK.fullmatch(ctx.text, group[i - 1].end, group[i].start)]
    if links:
        first, partners = group[:links[-1]], group[links[-1]:]  # A与B签约, read as one list: A, then B
    else:
        partners = group
        with_ = _marks_outside_names(ctx, _SIGN_WITH, Span(cs, partners[0].start))
        if not with_ or not re.fullmatch(r"\s*", ctx.text[with_[-1].end():partners[0].start]):
            return []
        mark = with_[-1].start()
        first = ctx.group_left(cs, mark, _SIGNERS)
        if first and first[-1].end != mark and not _SUBJECT_GAP.fullmatch(ctx.text, first[-1].end, mark):
            first = []
        if not first and (_ISSUER_WITH.fullmatch(ctx.text, cs, mark + 1) or _WITH_OPENS.fullmatch(ctx.text, cs, mark + 1)):
            first = ctx.carried_subject(t.start)[:1]  # 公司与B正式签约: the company announcing
        if not first and described and _DESCRIBED_WITH.fullmatch(ctx.text, cs, mark + 1):
            first = described  # 曾出面与B签约的A: A
    parties = _distinct(first + partners)
    if len(parties) < 2 or any(m.kind == "person" or _titled_person(m) or _in_title(ctx, m) for m in parties):
        return []
    sides = _contract_sides(ctx, t, parties, first) if len(parties) == 2 and ctx.text.endswith(_BARE_CONTRACT, 0, t.end) else None
    if sides is not None:
        return [_contract_bought(ctx, t, *sides)]  # A与B签署合同，A将承建B的…项目: a contract of supply, not a partnership
    fact = q.base_fact(ctx, "partnership", {"party": parties, "result": []}, t, **frame.qualifiers)
    dated = _dated(ctx, fact, t)
    for f in dated if described and first == described else []:
        if f.date is not None and f.date.start >= t.end:
            f.date = None  # 与B签约的A总裁在2018年表示: the day of what the clause after it tells
    return dated


_BARE_CONTRACT = ("合同", "协议")
# what an agreement of unsaid kind was signed for, told after it in the sentence: a deal in shares or capital
_DEAL_SIGNED = re.compile(r"收购|并购|增资|入股|转让|受让|认购|出资|持股|股权|股份|借款|贷款|担保|租赁")
# A与B签署合同，公司将承建B…项目 / …，由A为B提供风机及运维服务: the clause right after the signing says who builds or
# supplies (the one named, or 公司 for the side that signed first); the other pays for it
_SUPPLIER_AFTER = re.compile(r"\s*[，,]\s*(?:双方约定|约定|根据合同|合同约定)?[，,]?\s*(?:由)?(?P<who>本公司|该公司|公司|[^，,；;。]{2,30}?)"
                             r"(?:将|拟|将负责|负责|主要)*(?:(?P<builds>承建|承包|总承包|施工建设|建设施工)"
                             r"|(?:为|向)(?P<to>[^，,；;。]{2,30}?)(?:提供|供应|交付|供货))")


def _contract_sides(ctx: Ctx, t: Span, parties: list[Mention], first: list[Mention]) -> tuple[Mention, Mention] | None:
    """(supplier, buyer) of a bare contract signed by two (A与B签署合同) where the clause right after it says which
    one builds or supplies for the other (公司将承建B…项目, 由A为B提供…); None where it says neither."""
    said = _SUPPLIER_AFTER.match(ctx.text, t.end)
    if said is None:
        return None
    who = said.group("who")
    if who in ("本公司", "该公司", "公司"):
        supplier = first[0] if first else None
    else:
        named = ctx.mentions(*said.span("who"), ORG + ("candidate",))
        supplier = next((p for p in parties if named and named[0].start == said.start("who") and named[0].key == p.key), None)
    if supplier is None:
        return None
    buyer = next(p for p in parties if p.key != supplier.key)
    if said.group("to"):
        to = ctx.mentions(*said.span("to"), ORG + ("candidate",))
        if not to or to[0].key != buyer.key:
            return None  # (由A为当地居民提供…: someone else is served)
    return supplier, buyer


def _contract_bought(ctx: Ctx, t: Span, supplier: Mention, buyer: Mention) -> FactRecord:
    fact = q.base_fact(ctx, "purchase", {"buyer": [buyer], "supplier": [supplier]}, t)
    fact.rule = f"purchase:signed_contract:{ctx.text[t.start:t.end]}"
    fact.amount = q.nearest(q.prices_in(ctx, t.end, q.segment_end(ctx, t.end)), t)  # …，项目金额4.6亿元
    _budget_out(ctx, fact)
    fact.date = q.date_for(ctx, t)
    fact.qualifiers["period"] = fact.date
    return fact


# 并隆重举行签约仪式: a clause of the ceremony alone, its signers in the clause before
_CEREMONY_ONLY = re.compile(r"\s*(?:并|随后|同时|双方|并于当日|当天|现场)*(?:将|拟|计划|将于[^，,；;。]{1,8}?)?(?:隆重|正式|共同)?"
                            r"(?:举行|举办)(?:了)?签约仪式")
# A与B就…项目达成一致 / A与B达成共识: what the two agreed on, closing the clause
_AGREED_ON = re.compile(r"\s*(?:(?:已|正式|成功|顺利)?就[^，,；;。]{1,30}?)?(?:已|正式|成功|顺利)?达成(?:了)?(?:一致|共识|合作意向)\s*$")


def _agreed_before(ctx: Ctx, cs: int) -> list[Mention]:
    """The two (or more) named in the clause before cs as agreeing (A与B就C项目达成一致): the one before 与 and
    the ones right after it; none where the clause says no agreement or names a person."""
    ps, pe = ctx.clause(cs - 1)
    with_ = _marks_outside_names(ctx, _SIGN_WITH, Span(ps, pe))
    if not with_:
        return []
    mark = with_[0]
    first = ctx.group_left(ps, mark.start(), _SIGNERS)
    if not first or not _SUBJECT_GAP.fullmatch(ctx.text, first[-1].end, mark.start()):
        return []
    partners = ctx.group_right(mark.end(), pe, _SIGNERS, max_gap=0)
    if not partners or not _AGREED_ON.match(ctx.text, partners[-1].end, pe):
        return []
    parties = _distinct(first[-1:] + partners)
    if len(parties) < 2 or any(m.kind == "person" or _titled_person(m) or _in_title(ctx, m) for m in parties):
        return []
    return parties


# between the one who signs and 与: a date or adverbs (澜舟股份7月28日与B签约, A近日与B签约, A今日在杭州与B签约)
_SUBJECT_GAP = re.compile(r"\s*(?:[(（][^()（）]{0,12}[)）])?(?:\d{1,2}月\d{1,2}日|\d{1,2}日|近日|日前|今日|昨日|当天|同日|此次|"
                          r"已|将|拟|计划|准备|正式|还|也|再次|在[^，,；;。与和]{1,12}?)*")  # (拟与B签约: planned)


_TITLE = re.compile(r"《[^《》]*》")
# 副校长王明院士, 院长李强教授: a person named with a title, read from context as a name; people who unveil a lab
# (…与B董事长张文共同为联合实验室揭牌) stand for their organisations and are no parties themselves
_PERSON_TITLED = re.compile(r"(?:副|常务副)?(?:校长|院长|所长|董事长|总经理|总裁|主任|书记|部长|局长|市长|省长|常委)"
                            r"|(?:院士|教授|博士|研究员)$")


def _titled_person(m: Mention) -> bool:
    return m.kind == "candidate" and _PERSON_TITLED.search(m.text) is not None


# what may open a relative clause of signing before 与 (曾与B签约的A, 此前已与B签约的A)
_DESCRIBED_WITH = re.compile(r"\s*(?:曾经|曾|此前|早前|之前|已经|已|出面|正式|率先)*\s*(?:与|和|同|跟)\s*")
_WITH_OPENS = re.compile(r"\s*(?:同时|还|也|并|随后|此外|另外|又)?\s*(?:与|和|同|跟)\s*")
_ISSUER_WITH = re.compile(r"[\s“”]*(?:本公司|公司)(?:拟|将|计划|亦|也|还|已)?(?:与|和|同|跟)\s*")


def _in_title(ctx: Ctx, m: Mention) -> bool:
    """Whether the mention lies inside a document's title (签署了《共建澜湾算力网络战略合作协议》): a title names
    what was signed, not who signed it."""
    return any(t.start() < m.start and m.end < t.end() for t in _TITLE.finditer(ctx.text, ctx.sent.start, ctx.sent.end))


def _paired(ctx: Ctx, start: int, end: int) -> list[Mention]:
    """The first 'X与Y' pair of organisations between start and end (鸿海与辉达…宣布的合作)."""
    found = ctx.mentions(start, end)
    for a, b in zip(found, found[1:]):
        # (A（以下简称“甲”）与B: the short name in brackets closes before the joiner)
        gap = ctx.text[a.end:b.start]
        if (_PAIRED.fullmatch(gap.lstrip("”\"」）)")) or _PAIRED_DESCRIBED.fullmatch(gap) or _PAIRED_DATED.fullmatch(gap)) \
                and a.key != b.key:
            return [a, _unit_after(ctx, b, end) or b]
    return []


# A与B控股子公司C / A与国家电网旗下的C / A与B下属的C: the unit's word after its owner (旗下, 下属 alone name it)
_UNIT_WORD = re.compile(r"(?:旗下|下属|下辖)的?(?:全资|控股)?(?:子公司|孙公司|附属公司)?|的?(?:全资|控股)?(?:子公司|孙公司|附属公司)")


def _unit_after(ctx: Ctx, owner: Mention, end: int) -> Mention | None:
    """A与B控股子公司C签署… / A近日与国家电网旗下的C签署…: the unit named right after its owner and the word (C)
    is the one who signs."""
    word = _UNIT_WORD.match(ctx.text, owner.end)
    unit = ctx.mentions(word.end(), end)[:1] if word else []
    return unit[0] if unit and unit[0].start == word.end() and unit[0].key != owner.key else None


def _subject_of_verb_before(ctx: Ctx, group: list[Mention]) -> list[Mention]:
    """A收购B并领投C: B, what the verb before bought, does not lead C; the subject of both verbs, A, does."""
    for fact in reversed(ctx.facts):
        roles = list(fact.roles.values())
        if fact.type in ("investment", "acquisition") and len(roles) > 1 and roles[0] \
                and any(m.start == group[-1].start for m in roles[1]):
            return roles[0]
    return group


_ROUND_ROLE_WORDS = frozenset({"领投", "跟投", "参投", "联合领投"})
_JOINT_ROUND_VERBS = frozenset({"联合投资", "共同投资", "联投"})  # round triggers only after 由 (本轮融资由A、B和C联合投资)
_ROUND_INVEST_WORD = re.compile(r"追加|参与|独家|联合|共同|追投")


def _plain_verb(word: str) -> bool:
    """投资 (or a longer word a trigger list reads there, 总投资): no round word by itself (追加了投资, 联合投资 are)."""
    return word.endswith("投资") and _ROUND_INVEST_WORD.search(word) is None or word.endswith("入股")  # (wt-ib: 由A独家战略入股)
_BACKERS_END = re.compile(r"\s*(?:等(?:多家|数家|几家|[\d一二三四五六七八九十]+家)?(?:知名)?(?:机构|投资机构|投资方|资本|基金|股东)?)?"
                          r"(?:共同|联合|独家)?")
_ROUND_BEFORE_YOU = re.compile(r"(?:融资|轮)[^，,；;。]{0,4}$")


def _backers_by_you(ctx: Ctx, cs: int, you: int, t: Span) -> bool:
    """…完成新一轮融资，(本轮融资)由A、B等机构投资 / B由A投资: the names right after 由, then only 等(机构) before the
    plain verb, after a round named in the sentence or right after the company's name (青禾智能的新工厂由A投资: no
    round, a plant)."""
    backers = ctx.group_right(you + 1, t.start, max_gap=0) if you >= 0 and not ctx.text.startswith("的", t.end) else []
    if not backers or not _BACKERS_END.fullmatch(ctx.text, backers[-1].end, t.start):  # (由A投资的B项目: attributive)
        return False
    opening = ctx.mentions(cs, you, UNIT)
    return _ROUND_BEFORE_YOU.search(ctx.text, cs, you) is not None or not ctx.text[cs:you].strip() \
        and "融资" in ctx.text[ctx.sent.start:cs] or bool(opening) and opening[-1].end == you


# …A轮由某互联网大厂领投，: the clause before, telling who led the round
_LED_CLAUSE = re.compile(r"[^，,；;。]{0,12}?由[^，,；;。]{1,30}?(?:联合)?领投\s*$")


def _joins_led_round(ctx: Ctx, cs: int, ce: int, t: Span) -> bool:
    """其中A轮由某大厂领投，C、D联合投资。: 联合投资 closing its clause (no object) right after the clause telling who
    led the round names more backers of that round (A与B联合投资C names the company: not read here)."""
    return cs > ctx.sent.start and not ctx.text[t.end:ce].strip() \
        and _LED_CLAUSE.fullmatch(ctx.text, ctx.clause(cs - 1)[0], cs - 1) is not None


def _financing_told(ctx: Ctx, keys: set[str]) -> list[Mention]:
    """The company whose financing (a figure of money raised) was read in this sentence or the one before, when no
    investment names a raiser; never one of `keys` (the round's investors)."""
    recent = ctx.doc.sentences[max(0, ctx.sent.index - 1)].start
    for fact in ctx.recent_back():
        if fact.evidence.start < recent:
            break
        if fact.type == "financial" and fact.qualifiers.get("metric") == "financing" and fact.roles.get("company") \
                and fact.roles["company"][0].kind in ORG and fact.roles["company"][0].key not in keys:
            return fact.roles["company"][:1]
    return []


_ASIDE_CLOSED = re.compile(r"[^()（）]{1,30}[)）]")


def round_(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """由A领投，B、C跟投: the investors of a round; the investee is the company raising it."""
    cs, ce = ctx.clause(t.start)
    noun = _ROUND_ROLE_NOUN.match(ctx.text, t.end)
    if noun is not None:  # 星澜智算本轮融资的领投方为鼎峰资本: the investors are named after the noun
        return _round_role_named(ctx, frame, t, noun.end(), ce)
    noun = _ROLE_NOUN_THEN_NAME.match(ctx.text, t.end)
    if noun is not None and _ROLE_OPENS.fullmatch(ctx.text, cs, t.start) \
            and any(m.start == noun.end() for m in ctx.mentions(noun.end(), ce, ORG)):
        facts = _round_role_named(ctx, frame, t, noun.end(), ce)  # 领投方青松资本表示…: the role, then its holder
        for f in facts:
            if not f.qualifiers.get("round"):
                _round_before(ctx, f)  # (the round the sentence before told)
        return facts
    if _ROLE_NOUN_ENDS.match(ctx.text, t.end) and ctx.text.endswith("的", cs, t.start):
        return _role_of_investor(ctx, frame, t, cs)
    you = ctx.text.rfind("由", cs, t.start)
    while you > cs and ctx.text[you - 1] in "(（" and _ASIDE_CLOSED.match(ctx.text, you, t.start):
        you = ctx.text.rfind("由", cs, you - 1)  # A（由B管理）领投: the 由 of an aside about A, not the round's
    if you < 0 and ctx.text[t.start:t.end] in _JOINT_ROUND_VERBS and not _joins_led_round(ctx, cs, ce, t):
        return []  # 本轮由A、B联合投资 names a round's backers; A与B共同投资设立C, 以联合投资的形式: no round
    if _plain_verb(ctx.text[t.start:t.end]) and not _backers_by_you(ctx, cs, you, t):
        return []  # 投资/出资 read here only as 本轮融资由A等机构投资 / B由A投资 (the active voice reads the rest)
    if you < 0 and _TO_RECIPIENT.search(ctx.text, cs, t.start):
        return []  # A对B追加投资 / A对3家养猪场追加投资: the money goes to what 对 names (invest_to), no round raised
    role_aside = _AS_ROLE_ASIDE.search(ctx.text, cs, t.start) if you < 0 else None  # (wt-ib) B作为战略股东持续跟投:
    # (wt-jb) 先后完成由A领投的天使轮和B领投的A轮融资: the investors of this round start after the round told before
    told = list(_ROUND_BETWEEN.finditer(ctx.text, you + 1, t.start)) if you >= 0 else []
    if told:
        you = told[-1].end() - 1
    investors = _units_for_groups(ctx.mentions(you + 1, t.start)) if you >= 0 else \
        _group_past_asides(ctx, cs, role_aside.start() if role_aside is not None else t.start)  # the names before 作为
    if you < 0 and investors:
        investors = _subject_of_verb_before(ctx, investors)
        investors = _with_partners_subject(ctx, cs, investors)
    if not investors and you < 0 and _ROUND_OBJECT.match(ctx.text, t.end, ce):
        investors = ctx.carried_subject(t.start)  # A参与了B的B+轮融资，同年又跟投了C的A轮融资: A follows C's round
    if not investors and you < 0:
        investors = _follow_on_investor(ctx, cs, ce, t)  # A领投了B的A轮融资，次年又追投了B轮: A again, in B
    again = not investors and you < 0
    if again:
        investors = _in_since_last_round(ctx, cs, ce, t)  # A上一轮已入局，本轮再加码: A, in this round too
    listed_after = _INVESTORS_LISTED_AFTER.match(ctx.text, ce) if not investors and you < 0 else None
    if listed_after is not None:  # 若干老股东和产业资本也参投，包括A、B等: the kinds unnamed, then the names
        investors = ctx.group_right(listed_after.end(), ctx.clause(listed_after.end())[1])
    if not investors:
        return []
    if ctx.text[ce:ce + 1] in (":", "：") and _KIND_BEFORE_COLON.fullmatch(ctx.text, t.end, ce):
        ce = ctx.clause(ce + 1)[1]  # 领投三家机器人公司：A、B和C — the names follow the colon
    after = ctx.mentions(t.end, ce)
    if len(after) > 1 and after[0].source in ("context", "cue") and after[0].end < after[1].start:
        after = after[1:] if _DESCRIBED_BEFORE.fullmatch(ctx.text, t.end, after[1].start) else after  # 激光雷达|厂商
    named = [m for m in after[:1] if _DESCRIBED_BEFORE.fullmatch(ctx.text, t.end, m.start)]
    if not named and _FIELD_OBJECT.match(ctx.text, t.end, ce):  # 腾讯继续追投AI赛道: a field, not a round
        return []
    if not after and _UNREAD_OBJECT.match(ctx.text, t.end, ce):  # A收购B并领投C (C not read as a name): not B
        return []
    keys = {m.key for m in investors} | {g.key for m in ctx.mentions(ctx.sent.start, ctx.sent.end)
                                         if _LEADS_AFTER.match(ctx.text, m.end)  # 红杉中国领投，B参与了本轮: not the raiser
                                         for g in ctx.group_left(ctx.sent.start, m.end)} \
        | _listed_investor_keys(ctx)  # A、B跟投 (A neither) / 投资方包括B、C。其中…: not the raiser
    earlier = [f.roles["investee"][0] for f in ctx.facts if f.type == "investment"]
    own = ctx.mentions(cs, you) if you > cs else []  # 此前，A曾于2023年完成由B领投的C轮融资: A, in the clause
    if not own and you > cs and _unread_raiser(ctx.text[cs:you]):
        return []  # 加速进化科技完成由A领投的B轮融资 (its name not read): the raiser is unknown, not the last one told
    raisers = [m for m in own[:1] + earlier[-1:] + _subject_of(ctx, Span(cs, cs)) + ctx.carried_subject(cs)
               if m.key not in keys and not (m.source in ("cue", "context") and _NO_COMPANY_GUESS.search(m.text))]
    if named and you < 0:  # 红杉中国跟投了星河智算: the company named after the verb raised the money
        raisers = _raisers_listed(ctx, named[0], ce)
    elif not own and _THIS_ROUND.search(ctx.text, ctx.sent.start, t.end):
        raisers = _this_round_raiser(ctx, keys) or raisers  # 美团龙珠等也参与了本轮投资: whose round was read
    if not own and not named:  # 本轮由A领投，B和C三家老股东这次都追加了投资: A invests, it raises nothing here
        raisers = _same_round_raiser(ctx, raisers)
    dash = ctx.text.rfind("——", cs, investors[0].start) if not raisers and investors[0].start >= cs else -1
    if dash >= 0:  # B完成新一轮融资——A领投: the dash opens the round's investors; B, before it, raised it
        raisers = [m for m in ctx.mentions(cs, dash)[:1] if m.key not in keys]
    if again and not raisers:
        raisers = _this_round_raiser(ctx, keys)  # (这次再度加码: the round told last, as after 本轮)
    if not raisers:
        raisers = [m for m in _subject_of(ctx, Span(you if you >= 0 else t.start, t.start)) if m.key not in keys]
    if not raisers and not named:
        raisers = _financing_told(ctx, keys)  # B宣布完成多轮融资。其中A轮由某大厂领投，C、D联合投资: B raised it
    facts = _deal(ctx, frame, t, investors, raisers if named and you < 0 else raisers[:1])
    joining = _joining_after(ctx, ce)
    for f in facts:
        if "领投" in ctx.text[t.start:t.end]:
            f.qualifiers["lead"] = _leads_kept(investors, f)
        known = {m.key for m in f.roles["investor"]} | {m.key for m in f.roles["investee"]}
        f.roles["investor"] = f.roles["investor"] + [m for m in joining if m.key not in known]
        own_round = _ROUND_RIGHT_AFTER.match(ctx.text, t.end)  # (wt-jb) …和B领投的A轮融资: the round named after the verb
        by_round = _ROUND_BY.search(ctx.text, max(cs, you - 12), you) if you > cs else None
        f.qualifiers["round"] = (own_round.group(1) if own_round and (told or _ROUND_BETWEEN.match(ctx.text, t.end))
                                 else None) or (by_round.group(1) if by_round else None) \
            or f.qualifiers.get("round") or q.round_in_sentence(ctx, t.start)  # (A轮由B领投、A+轮由C领投: each its own)
        f.amount = f.amount or q.round_amount(ctx, t)
        total = _round_total(ctx, t, f.amount)
        if total is not None:  # 完成5亿元B轮融资，其中A领投1.5亿元，B跟投: the round's money, not the lead's cheque
            f.amount = total
        f.date = f.date or q.nearest([d for d in ctx.values("date", ctx.sent.start, t.start)], t)
        if _THIS_ROUND.search(ctx.text, ctx.sent.start, t.end):  # 完成6亿元B轮融资。本轮由A领投，B跟投 / 也参与了本轮
            _round_before(ctx, f)
    return facts


# 其中A轮由B领投、A+轮由C领投: the round named right before 由 (after 、 or opening the clause) is the one its investors lead
_ROUND_BY = re.compile(r"(?:^|[、，,；;]|其中)\s*((?:Pre-)?[A-H]\+*(?:\d)?轮|天使\+?轮|种子轮|战略轮)(?:融资)?(?:则|也)?$")
# (wt-jb) one round told with its leader, then another: …由A领投的天使轮和B领投的A轮融资 (the second's investors start after
# the first round's name and the word joining the two)
_ROUND_SUM = r"(?:(?:约|近|超|逾)?[\d.]+(?:万|亿|千万|百万)*(?:美元|港元|欧元|元|人民币)?的?)?"
_ROUND_BETWEEN = re.compile(r"(?:联合领投|领投|投资|参投|跟投)的" + _ROUND_SUM +
                            r"((?:天使|种子|Pre-?[A-F]|[A-F]\d?\+*|战略)轮)(?:融资)?(?:和|与|、|及|以及|，|,)\s*")
_ROUND_RIGHT_AFTER = re.compile(r"的" + _ROUND_SUM + r"((?:天使|种子|Pre-?[A-F]|[A-F]\d?\+*|战略)轮)")


# 星澜进化科技完成由A领投的… / - 澄川智造宣布完成由…: a run of name characters opening the clause right before the verb
# of raising, left unread as a name; not a pronoun, a time or a connective (其完成由…, 随后完成由…, 公司获得由…)
_RAISER_RUN = re.compile(r"\s*(?:[-•·]\s*)?([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9]{1,14}?)"
                         r"(?:宣布|正式|已经|已|刚刚|刚|近日|日前|也|再次|又)*(?:完成|获得|获|拿下|迎来)了?")
_NOT_RAISER_RUN = re.compile(r"(?:其|它|该|这|此|本|那|公司|企业|集团|我们|今年|去年|前年|近日|日前|随后|同时|此前|目前|"
                             r"当时|最近|近期|上月|本月|同年|次年|当年|年初|年底|年内|此外|另外|而|但|并|又|还|也|再|曾|已|"
                             r"已经|先后|相继|分别|共|累计|首次|成功|顺利|刚|正式|宣布|日前|双方|各方|标的|目标)")


def _unread_raiser(head: str) -> bool:
    """Whether the clause opens with a name-like run the name finder did not read, right before 完成/获得."""
    found = _RAISER_RUN.fullmatch(head)
    return found is not None and not _NOT_RAISER_RUN.match(found.group(1)) \
        and not re.search(r"\d|年|月|日", found.group(1))


def _round_total(ctx: Ctx, t: Span, amount: Value | None) -> Value | None:
    """Where the money read is one investor's cheque right after its verb (领投1.5亿元, 跟投5000万元) and the sentence
    names the round's own money before (完成5亿元B轮融资 / 融资金额为5亿元), that money (else None)."""
    if amount is None or not _CHEQUE.search(ctx.text, max(ctx.sent.start, amount.start - 6), amount.start):
        return None
    for v in ctx.values("money", ctx.sent.start, t.start):
        if _ROUND_MONEY_AFTER.match(ctx.text, v.end) or _ROUND_MONEY_BEFORE.search(ctx.text, max(ctx.sent.start, v.start - 8),
                                                                                  v.start):
            return v
    return None


_CHEQUE = re.compile(r"(?:领投|跟投|参投|投资|出资)(?:了)?\s*(?:约|近|超过?|逾)?$")
_ROUND_MONEY_AFTER = re.compile(r"的?(?:[^，,；;。]{0,8}?轮)?(?:战略)?(?:融资|投资)")
_ROUND_MONEY_BEFORE = re.compile(r"(?:融资金额|融资额|融资总额|本轮融资|募资)(?:为|达|约|共计)?$")


def _leads_kept(leads: list[Mention], fact: FactRecord) -> list[str]:
    """The leads of a round that stay its investors (由澄川集团旗下岚山资本领投: 岚山资本, not its parent)."""
    kept = {m.key for m in fact.roles["investor"]}
    return [m.key for m in leads if m.key in kept]


def _raisers_listed(ctx: Ctx, first: Mention, ce: int) -> list[Mention]:
    """鼎峰资本领投了星澜智算、云岚医疗和青岩物流: each company of the list after the verb raised a round the investor
    led; a list that runs on into a round of its own (A、B的A轮) names one raiser."""
    group = [m for m in ctx.group_right(first.start, ce) if m.start >= first.start]
    if len(group) < 2 or _ITS_ROUND.match(ctx.text, group[-1].end):
        return [first]
    return group


_ASIDE_BEFORE = re.compile(r"[(（][^()（）]{0,20}[)）][^，,；;。()（）]{0,3}$")


# 还与B、C联合领投: an adverb, then the word joining the subject to its partners
_WITH_PARTNERS = re.compile(r"(?:还|也|又|亦|则|曾|再次|再度|此前|同时)+(?:与|和|同|跟)\s*$")


def _with_partners_subject(ctx: Ctx, cs: int, partners: list[Mention]) -> list[Mention]:
    """青岚资本还与B、C联合领投了D的B轮: the subject before 还与 leads the round with the partners after it."""
    if not partners or not _WITH_PARTNERS.search(ctx.text, cs, partners[0].start):
        return partners
    lead = [m for m in ctx.group_left(cs, _WITH_PARTNERS.search(ctx.text, cs, partners[0].start).start())
            if m.key not in {p.key for p in partners}]
    return lead + partners


def group_before_unit(m: Mention, nxt: int) -> bool:
    """招商局集团招商启航资本: a group's name with another name glued right after it (at `nxt`) names the group's
    unit, the party; the group only owns it."""
    return m.end == nxt and m.kind == "organization" and m.text.endswith("集团")


def _units_for_groups(found: list[Mention]) -> list[Mention]:
    return [m for m, nxt in zip(found, found[1:] + [None]) if nxt is None or not group_before_unit(m, nxt.start)]


def _group_past_asides(ctx: Ctx, cs: int, end: int) -> list[Mention]:
    """A(星澜关联公司)、B(星澜产业基金)均参投: the names listed before the verb, each with its bracketed aside;
    the names inside the asides only describe them. As ctx.group_left where no aside stands before the verb."""
    if _ASIDE_BEFORE.search(ctx.text, cs, end) is None and _ASIDE_IN_LIST.search(ctx.text, cs, end) is None:
        mixed = ctx.group_left(cs, end, ("organization", "candidate", "person"))
        if len(mixed) > 1 and any(m.kind != "person" for m in mixed) and mixed[-1].kind == "person":
            return mixed  # 澄川资本、北辰资本、王立新等投资方超额认购: a person listed last among the firms invests too
        return ctx.group_left(cs, end)
    spans = [(m.start(), m.end()) for m in re.finditer(r"[(（][^()（）]{0,20}[)）]", ctx.text[cs:end])]
    outside = [m for m in ctx.mentions(cs, end) if not any(cs + a <= m.start < cs + b for a, b in spans)]
    group = outside[-1:]
    for m in reversed(outside[:-1]):
        if not _CONNECTOR_GAP.fullmatch(ctx.text, m.end, group[0].start):
            break
        group.insert(0, m)
    return group


# (wt-ib) A作为战略股东一直跟投 / A、B作为老股东继续加码: the role its backers hold, told between their names and the
# verb of joining the round (not a company named there: 作为B的股东跟投 names B, the aside is no bare role)
_AS_ROLE_ASIDE = re.compile(r"作为(?:其|公司的?|该公司的?)?(?:战略|老|原|早期|现有|主要|重要|第一大|第二大|产业|财务)?"
                            r"(?:股东|投资方|投资人|投资者|投资机构)(?:之一)?"
                            r"(?:也|亦|均|都|再次|再度|继续|持续|一直|同时|此次|本轮|这次)*\s*$")
# A、B（C）、D联合投资: an aside closing one item of the list before the verb (C only describes B)
_ASIDE_IN_LIST = re.compile(r"[(（][^()（）]{0,20}[)）]\s*(?:、|和|与|及|以及)")
_CONNECTOR_GAP = re.compile(r"(?:[(（][^()（）]{0,20}[)）])?\s*(?:、|和|与|及|以及)\s*")


_INVESTORS_LISTED_AFTER = re.compile(r"[，,：:]\s*(?:其中)?(?:包括|包含)")


# 参与了投资。/ 参与了此次融资， / 参与其中: taking part, with nothing named as what was joined
_JOINED_NO_OBJECT = re.compile(r"(?:此次|本次|这次|该次)?(?:投资|融资|其中)?\s*(?:[。；;，,！!]|$)")


def _last_round_raiser(ctx: Ctx, keys: set[str]) -> list[Mention]:
    """The company raising the round read last in this sentence or the one before (what a bare 参与了投资 joins),
    never one of `keys` (the backers joining it); none where no round was read there or it already holds them all."""
    first = ctx.doc.sentences[ctx.sent.index - 1].start if ctx.sent.index > 0 else ctx.sent.start
    for fact in ctx.facts_back():
        if fact.evidence.start < first:
            break
        if fact.type == "investment" and fact.roles.get("investee"):
            raiser = fact.roles["investee"][0]
            backers = {m.key for m in fact.roles["investor"]}
            return [] if raiser.key in keys or keys <= backers else [raiser]  # (由A领投，C参与: C read with A)
    return []


def _this_round_raiser(ctx: Ctx, keys: set[str]) -> list[Mention]:
    """The company raising the last round read in the document (本轮 points back to it), never one of the
    sentence's investors; none where no round was read."""
    for fact in ctx.facts_back():
        if fact.type == "investment" and fact.roles["investee"]:
            raiser = fact.roles["investee"][0]
            return [] if raiser.key in keys else [raiser]
    return []


_OWNER_LINK = re.compile(r"(?:基金会|集团)?(?:旗下的?|下属的?)|的[^，,；;。、“”]{0,10}?(?:部门|平台)"  # A的投资部门B
                         # A以市场机制独立运营的资管公司——B: the unit described, then named after the dash
                         r"|[^，,；;。、“”]{0,20}?的[^，,；;。、“”]{0,8}?(?:公司|平台|基金|机构)\s*——\s*")


_UNIT_KIND_WORD = re.compile(r"(?:产业|投资|战略|创投|风险投资|并购|私募)?(?:基金|平台|公司|机构|子公司|投资部门)")


def _past_owners(ctx: Ctx, group: list[Mention], end: int) -> list[Mention]:
    """包括A、B、C旗下D、E等: an item named by its owner (C旗下D) is D, and the list goes on after it."""
    while group and (link := _OWNER_LINK.match(ctx.text, group[-1].end)) is not None:
        units = ctx.group_right(link.end(), end, ORG, max_gap=0)
        kind = _UNIT_KIND_WORD.match(ctx.text, link.end()) if not units else None
        if kind is not None:  # (wt-ib) A旗下产业基金B / A旗下的投资平台B: the unit's kind, then its name
            units = ctx.group_right(kind.end(), end, ORG, max_gap=0)
        if not units:
            break
        group = group[:-1] + units
    return group


_JOIN_VERB = re.compile(r"(?:等[\u4e00-\u9fff]{0,4}?机构|等)?(?:也|亦|均)?(?:参与|参与投资|联合投资|共同投资"
                        r"|(?:继续|持续|再次|再度)(?:增持|加注|加码))")
# 由A领投，老股东B、C等参与 / 天使轮股东B、C继续增持: the old shareholders named as such join the round too
_OLD_HOLDERS_LEAD = re.compile(r"\s*(?:老股东|原股东|现有股东|既有股东|(?:天使|种子|Pre-?A|[A-E])\+{0,2}轮股东)")


def _joining_after(ctx: Ctx, ce: int) -> list[Mention]:
    """由A领投，B、C参与。: the names of the clause right after a round's lead, that is only they and 参与, join
    the round (a bare 参与 is no trigger of its own: it joins many things)."""
    if ce >= ctx.sent.end or ctx.text[ce] not in "，,":
        return []
    nce = ctx.clause(ce + 1)[1]
    lead = _OLD_HOLDERS_LEAD.match(ctx.text, ce + 1)
    group = ctx.group_right(lead.end() if lead else ce + 1, nce, ORG, max_gap=0)
    if not group or not _JOIN_VERB.fullmatch(ctx.text, group[-1].end, nce):
        return []
    return group


_INVESTOR_LIST = re.compile(r"(?:投资方|投资人|投资机构|股东)(?:既|主要)?(?:包括|有|为)")


def _listed_investor_keys(ctx: Ctx) -> set[str]:
    """此前已完成四轮融资，投资方包括A、B、C。其中，B轮由A领投: the names listed as investors in this sentence or
    the one before are funders, never the company raising a round."""
    first = ctx.doc.sentences[ctx.sent.index - 1].start if ctx.sent.index > 0 else ctx.sent.start
    keys: set[str] = set()
    for hit in _INVESTOR_LIST.finditer(ctx.text, first, ctx.sent.end):
        end = clause_end(ctx.text, hit.end(), ctx.sent.end)
        keys |= {m.key for m in ctx.mentions(hit.end(), end)}
    return keys


_NO_OBJECT_AFTER = re.compile(r"[，,。；;]|合计|共计|累计")
_LEADS_AFTER = re.compile(r"(?:等机构|等)?(?:联合领投|领投|跟投|参投)")
_ITS_ROUND = re.compile(r"的?[^，,。；;]{0,8}?(?:轮|融资)")

# Between a round verb and the company raising: 了, or a description ending in a kind of company
# (领投了激光雷达厂商澜光的B轮融资).
_KIND_BEFORE_COLON = re.compile(r"了?[^，,；;。、:：]{0,12}?(?:公司|企业|厂商|独角兽|平台|初创|商)")
# 领投三家机器人公司：A、B和C: the kind and count of the companies may close with a colon before their names.
_DESCRIBED_BEFORE = re.compile(r"了?(?:[^，,；;。、:：]{0,12}?(?:公司|企业|厂商|独角兽|平台|初创|商)[:：]?)?")
# The verb's object is a field of business, not a company's round (继续跟投AI赛道, 追投新能源领域).
_FIELD_OBJECT = re.compile(r"了?[^，,。；;]{0,12}?(?:赛道|领域|行业|方向|板块)")

# Words right after a round verb that are its object, no round (领投白鹭音乐, not 领投了B轮融资 / 领投,B跟投):
# the company raising is named there, even where it was not read as a name.
# (wt-ib: not a word of backing closing the clause: 持续跟投支持 / 继续加码助力, nothing named after the verb)
_UNREAD_OBJECT = re.compile(r"了?(?![^，,；;。]*?(?:轮|融资|投资|募资|资金|本次|此次))(?!(?:支持|助力|支撑|加持)\s*(?:[，,；;。]|$))"
                            r"[\u4e00-\u9fffA-Za-z]{2}")
_TO_RECIPIENT = re.compile(r"(?<![面针相])对(?![此于外比手])|向(?![来上下前后])")  # 对/向 naming who receives
# 领投方为A / 跟投机构包括A、B: the round's role named as a noun, its members after it
# 领投方为专注硬科技的B / 领投方则是首次涉足机器人赛道的B: a description closed by 的, then the name closing the clause
_DESCRIBED_INVESTOR = re.compile(r"(?![一两二三四五六七八九十几多数某]+[家只个位名])[^，,；;。、“”()（）的]{2,20}的")   # (为一家…的主权基金: a kind)
_ROLE_NAME_ENDS = re.compile(r"\s*(?:[，,；;。]|$)")
_ROUND_ROLE_NOUN = re.compile(r"(?:方|机构|人)(?:之一)?(?:还|也|则|另)?(?:为|是|包括|有)")  # (wt-ib) 参投方还有C  # 领投方之一为A: one of them named
# 领投方青松资本表示… / 跟投方之一岚山创投称…: the role noun opening its clause, the investor's name right after it
_ROLE_NOUN_THEN_NAME = re.compile(r"(?:方|机构)(?:之一)?")
_ROLE_OPENS = re.compile(r"\s*(?:其中|此外|另外|而|同时)?[，,]?\s*(?:本轮|此轮|该轮|这一轮|本次)?(?:融资的?)?")
# 鼎峰资本成为了星澜智算首轮融资的领投方。: the role noun closes the clause
_ROLE_NOUN_ENDS = re.compile(r"(?:方|机构|人)(?:之一)?\s*(?:[，,；;。]|$)")
_COPULA = re.compile(r"(?:成为了|成为|也是|是|为)")


def _role_of_investor(ctx: Ctx, frame: Frame, t: Span, cs: int) -> list[FactRecord]:
    """鼎峰资本是星澜智算A轮的领投方 / 成为了星澜智算首轮融资的领投方: the name before the copula led (or joined) the
    round of the company named between the copula and the noun."""
    copulas = list(_COPULA.finditer(ctx.text, cs, t.start))
    if not copulas:
        return []
    cop = copulas[0]
    investors = ctx.group_left(cs, cop.start()) or ctx.carried_subject(cop.start())
    companies = [m for m in ctx.mentions(cop.end(), t.start) if m.key not in {i.key for i in investors}]
    facts = _deal(ctx, frame, t, investors, companies[-1:])
    for f in facts:
        if "领投" in ctx.text[t.start:t.end]:
            f.qualifiers["lead"] = [m.key for m in f.roles["investor"]]
        f.qualifiers["round"] = f.qualifiers.get("round") or q.round_in_sentence(ctx, t.start)
    return facts


# between two names of a counted list: an aside on the first (下称“B”), then a comma, 、 or a joining word
_COUNTED_GAP = re.compile(r"\s*(?:[(（][^()（）]{0,20}[)）])?\s*(?:[，,、]|和|及|与|以及)\s*")


def _counted_list(ctx: Ctx, group: list[Mention]) -> list[Mention]:
    """领投方有三家：A（下称“A1”），B和C: after a count and a colon, the list runs on past commas and asides to the
    number of names the count gives (no further); as read where the names do not make that count."""
    counted = _COUNT_COLON.search(ctx.text, ctx.sent.start, group[0].start + 1)
    number = _COUNT_NUMBER.match(ctx.text, counted.start()) if counted else None
    word = number.group(1) if number else ""
    want = int(word) if word.isdigit() else _CN_COUNT.get(word, 0)
    if want < 2:
        return group
    asides = [(a.start(), a.end()) for a in _COUNTED_ASIDE.finditer(ctx.text, group[0].end, ctx.sent.end)]
    out = group[:1]
    for m in ctx.mentions(group[0].end, ctx.sent.end):
        if len(out) >= want:
            break
        if m.start < out[-1].end or any(a <= m.start < b for a, b in asides):
            continue  # a name inside an aside only glosses the one before (下称“A1”)
        if not _COUNTED_GAP.fullmatch(ctx.text, out[-1].end, m.start):
            break
        out.append(m)
    return out if len(out) == want else group


_COUNTED_ASIDE = re.compile(r"[(（][^()（）]{0,20}[)）]")
_COUNT_NUMBER = re.compile(r"\s*([一二三四五六七八九十两]|\d{1,2})")
_CN_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


_COUNT_COLON = re.compile(r"\s*[一二三四五六七八九十两\d]{1,2}[家个位名](?:机构|投资方|投资机构)?\s*[:：]\s*")


def _same_round_raiser(ctx: Ctx, raisers: list[Mention]) -> list[Mention]:
    """A role-noun clause naming no raiser (跟投方包括B、C) after a round read in the same or the last sentence whose
    investor the carried subject is (本轮由A领投，… / A领投了B的A轮。…): the raiser of that round, never its investor."""
    if not raisers:
        return raisers
    first = ctx.doc.sentences[ctx.sent.index - 1].start if ctx.sent.index > 0 else ctx.sent.start
    for fact in ctx.facts_back():
        if fact.evidence.start < first:
            break
        if fact.type != "investment" or not fact.roles.get("investee"):
            continue
        if raisers[0].key in {m.key for m in fact.roles["investor"]}:
            return fact.roles["investee"][:1]
        break
    return raisers


def _round_role_named(ctx: Ctx, frame: Frame, t: Span, at: int, ce: int) -> list[FactRecord]:
    """B本轮融资的领投方为A: A, named after the noun, invests in B, the clause's subject (or the one carried)."""
    counted = _COUNT_COLON.match(ctx.text, at)
    if counted is not None:  # 本轮领投方有三家：A、B和C: the count, then the names after the colon
        at, ce = counted.end(), ctx.clause(counted.end())[1]
    investors = _past_owners(ctx, ctx.group_right(at, ce, ORG, max_gap=1), ce)
    described = _DESCRIBED_INVESTOR.match(ctx.text, at) if not investors and counted is None else None
    if described is not None:  # 领投方则是首次涉足机器人赛道的昊宸控股: the investor described, then named
        named = ctx.group_right(described.end(), ce, ORG, max_gap=0)
        investors = named if named and named[0].start == described.end() and _ROLE_NAME_ENDS.match(ctx.text, named[-1].end) \
            else []
    if counted is not None and investors:
        investors = _counted_list(ctx, investors)
    if not investors:
        return []
    keys = {m.key for m in investors}
    cs, _ = ctx.clause(t.start)
    raisers = [m for m in ctx.mentions(cs, t.start)[:1] or ctx.carried_subject(t.start) if m.key not in keys]
    if not ctx.mentions(cs, t.start) and _THIS_ROUND.search(ctx.text, cs, t.start):
        raisers = _this_round_raiser(ctx, keys) or raisers  # 本轮领投方为A: the round read last
    if not ctx.mentions(cs, t.start):
        raisers = _same_round_raiser(ctx, raisers)  # 本轮由A领投，跟投方包括B、C: B and C join A's round, not A
    facts = _deal(ctx, frame, t, investors, raisers[:1])
    joining = _joining_after(ctx, ce)
    for f in facts:
        if "领投" in ctx.text[t.start:t.end]:
            f.qualifiers["lead"] = _leads_kept(investors, f)
        known = {m.key for m in f.roles["investor"]} | {m.key for m in f.roles["investee"]}
        f.roles["investor"] = f.roles["investor"] + [m for m in joining if m.key not in known]
        f.qualifiers["round"] = f.qualifiers.get("round") or q.round_in_sentence(ctx, t.start)
        if _THIS_ROUND.search(ctx.text, cs, t.start) or not ctx.mentions(ctx.sent.start, t.start):
            _round_before(ctx, f)  # 本轮领投方为A / B完成B轮融资。领投方为A: the round the sentence before states
    return facts


# 跟投了B的A轮融资: the verb's object is a company's own round, named right after it
_ROUND_OBJECT = re.compile(r"了?[^，,；;。的]{2,16}的[^，,；;。]{0,6}?轮融资")
# 又追投了B轮 / 再次追加投资2亿元: the same investor again, with only a round or an amount after the verb
_AGAIN = re.compile(r"(?:又|再|再次|再度|继续|还)$")
_BARE_FOLLOW_ON = re.compile(r"了?\s*(?:其|该公司的?)?\s*(?:[A-E]\+*|Pre-?[A-E]|天使|种子)?\+?轮(?:融资|投资)?|了?\s*(?:约|近|超过?)?[\d.]+\s*(?:万|亿)")


def _follow_on_investor(ctx: Ctx, cs: int, ce: int, t: Span) -> list[Mention]:
    """A领投了B的A轮融资，次年又追投了B轮 / A投资了B，2024年又追加投资2亿元: a clause naming no one, whose verb says
    again (又, 再次, 继续) and is followed only by a round or an amount, is the investor of the sentence's last
    investment putting money into the same company again (the raiser is then read from that fact)."""
    if ctx.mentions(cs, ce) or not _AGAIN.search(ctx.text, max(cs, t.start - 2), t.start) \
            or not _BARE_FOLLOW_ON.match(ctx.text, t.end, ce):
        return []
    earlier = [f for f in ctx.facts if f.type == "investment" and f.evidence.start >= ctx.sent.start]
    subject = ctx.carried_subject(t.start)
    if not earlier or not subject or len(earlier[-1].roles["investor"]) != 1 \
            or earlier[-1].roles["investor"][0].key != subject[0].key:
        return []
    return subject[:1]


_THIS_ROUND = re.compile(r"(?:本轮|此轮|该轮|这轮|这一轮|本次融资|此次融资|该次融资|这次融资)")
# A(在)上一轮(融资中)(就/便)已入局 / A上轮已经进场: the clause of an investor already in the round before
_IN_LAST_ROUND = re.compile(r"\s*(?:在|于)?(?:上一轮|上轮|前一轮|上一轮融资|上轮融资|前一轮融资)(?:中|时)?(?:就|便|即)?"
                            r"(?:已经?|早已|曾)(?:入局|进场|参投|参与|投资|入股|跟投|领投|出手|押注)(?:了)?\s*")
# 本轮再加码 / 这次再度加码 / 此轮继续加码: this round, again, with nothing else in the clause (…并成为领投方之一)
_AGAIN_THIS_ROUND = re.compile(r"\s*(?:本轮|此轮|这一?轮|这次|本次|此次)?\s*(?:又|再|再次|再度|继续|持续|追加)?")


def _in_since_last_round(ctx: Ctx, cs: int, ce: int, t: Span) -> list[Mention]:
    """北辰创投上一轮就已进场，此轮继续加码: the clause says again and names no one; the clause right before is the one
    investor's own, already in the round before (A opening it): A backs this round as well."""
    if cs <= ctx.sent.start or ctx.mentions(cs, ce) or not _AGAIN_THIS_ROUND.fullmatch(ctx.text, cs, t.start) \
            or not re.search(r"[又再续持追]", ctx.text[cs:t.end]):
        return []
    pcs = ctx.clause(cs - 1)[0]
    named = ctx.mentions(pcs, cs - 1, ORG)
    if len(named) != 1 or ctx.text[pcs:named[0].start].strip() \
            or not _IN_LAST_ROUND.fullmatch(ctx.text, named[0].end, cs - 1):
        return []
    return named


def _round_before(ctx: Ctx, fact: FactRecord) -> None:
    """X宣布完成A轮融资，金额为50亿元。本轮投资方包括A、B: 本轮 is the round the sentence before states; the
    list's fact takes its amount, round and date where its own sentence names none."""
    if ctx.sent.index == 0:
        return
    _same_round_read(ctx, fact)
    prev = ctx.doc.sentences[ctx.sent.index - 1]
    if "融资" not in prev.text or _EARLIER_ROUND.search(prev.text) and _round_told_before(ctx, fact):
        return  # (B获得Pre-IPO轮投资。在此前的4月，B刚完成E轮融资。本轮…: the sentence before tells an earlier round)
    if fact.amount is None:
        fact.amount = next(iter(q.prices_in(ctx, prev.start, prev.end)), None)
    found = grammar().round.search(prev.text)
    if not fact.qualifiers.get("round") and found:
        fact.qualifiers["round"] = found.group()
    if fact.date is None:
        fact.date = next(iter(ctx.doc.values_in(prev.start, prev.end, "date")), None)


_EARLIER_ROUND = re.compile(r"^[^，,；;。]{0,4}?(?:此前|之前|早前|早些时候|上一轮|前一轮)")


def _round_told_before(ctx: Ctx, fact: FactRecord) -> bool:
    """Whether the sentence two back tells a round of the fact's company (the one 本轮 then means), so that a
    sentence between opening with 此前 tells an earlier one; not where the sentence two back is about another
    company (A完成B轮融资。此前的7月，C完成A轮融资。本轮由D领投: C's round, the one just told)."""
    investee = fact.roles.get("investee") or []
    if ctx.sent.index < 2 or not investee:
        return False
    before = ctx.doc.sentences[ctx.sent.index - 2].text
    return investee[0].text in before and re.search(r"融资|投资|轮", before) is not None


def _same_round_read(ctx: Ctx, fact: FactRecord) -> None:
    """…完成B轮融资。本轮由A领投，B跟投。C等也参与了本轮投资: the round read last for the same company gives
    its name and date to a later sentence of 本轮 that names neither."""
    investee = fact.roles["investee"][0].key if fact.roles.get("investee") else None
    last = next((f for f in reversed(ctx.doc.facts) if f.type == "investment" and f.roles["investee"]
                 and f.roles["investee"][0].key == investee), None)
    if last is None:
        return
    fact.qualifiers["round"] = fact.qualifiers.get("round") or last.qualifiers.get("round")
    fact.date = fact.date or last.date


# 正以90亿元的估值商谈新一轮融资 / 正在洽谈新一轮融资: a round under way (planned), its figure unknown yet
# a named round the company closed, its sum not told: 2023年3月完成A轮融资 / 已获得Pre-A轮融资 (an investment all the same)
_ROUND_CLOSED = re.compile(r"(?:完成|完成了|获得|获得了|斩获|拿下|获)(?:新一轮|首轮|第[一二三四五六七八九十\d]+轮|"
                           r"(?:天使|种子|Pre-?[A-F]|[A-F]\d?|[A-F]\+|战略)轮?)?$")
_ROUND_UNDER_WAY = re.compile(r"(?:正在|正|拟|计划|筹备|启动|开启|推进|洽谈|接洽|寻求|筹划)[^，,；;。]{0,14}?"
                              r"(?:新一轮|下一轮|新一期)$")


# (wt-jb) a clause opening with the subject's unit: A宣布，旗下… / A表示，其旗下…
_UNIT_OPENS = re.compile(r"(?<=[，,：:])\s*(?:其|公司)?旗下")
_OFFERED_FOR_SALE = re.compile(r"(?:公开)?(?:转让|出售|出让|处置|拍卖|招租|征集受让方|底价|价格|价)")


def subject(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """One-role facts (listing, financial, plan, focus, closure) about the clause's subject."""
    head = t
    if ctx.text[t.start:t.end] in ("为核心", "见长", "为主业", "为主营业务", "为主要业务"):  # 星澜以视觉算法为核心 /
        # 以刻蚀设备见长 / 以激光雷达为主业: the subject stands before 以
        yi = ctx.text.rfind("以", ctx.clause(t.start)[0], t.start)
        head = Span(yi, yi) if yi >= 0 else t
    if frame.type == "listing" and ctx.text.startswith("挂牌", t.start) and _OFFERED_FOR_SALE.match(ctx.text, t.end):
        return []  # 在产权交易所挂牌转让所持B股份 / 挂牌出售一栋办公楼: something offered for sale, no company listed
    if frame.type == "listing" and ctx.text.startswith("上市场", t.start) and not ctx.text.startswith("上市场所", t.start):
        return []  # 加上市场需求下滑 / 跟上市场节奏: 上 closes a word before 市场, no listing (上市场所: a listing venue)
    if frame.type == "listing" and _LISTING_RULE.match(ctx.text, t.end):
        return []  # 2023年港交所特专科技上市机制推出以来: a rule or a route for listings, no company's listing
    if frame.type == "listing" and ctx.text.endswith("借壳", 0, t.start) \
            and not ctx.mentions(ctx.clause(t.start)[0], t.start):
        return []  # 市场猜测这是“机器人公司借壳上市”, 并不构成借壳上市: a backdoor listing as a kind of deal, no company
        # named in its clause (A否认此举意在借壳上市 is A's)
    also = _listed_also(ctx, t) if frame.type == "listing" else []
    companies = also or _one_role_subject(ctx, head)
    if frame.type == "listing" and ctx.text.startswith("摘牌", t.start) and not _SHARES_DELISTED.search(ctx.text, *ctx.clause(t.start)):
        return []  # 通过摘牌方式受让B股权 / A摘牌取得B: an asset won on an equity exchange, no company taken off a market
    if frame.type == "closure" and (wound := _wound_up(ctx, t)):
        companies = wound  # 董事会决定对全资子公司B进行清算并注销: B closes, not the board's company
    if frame.type == "closure" and not companies and (answered := _closure_rumour_answered(ctx, t)) is not None:
        return [answered]  # 针对“公司倒闭”的网传消息，B回应称公司运营一切正常: the rumour about B, denied
    if frame.type == "listing" and ctx.text.startswith("的审核", t.start):
        companies = _review_stopped_for(ctx, t)  # 交易所终止了对B的审核: B's review, never the exchange's
        if not companies:
            return []
    if frame.type == "financial" and companies and _backer_in_attributive(ctx, companies[0]):
        companies = _raiser_before_backers(ctx, companies[0])  # (wt-ib) 已完成由A、B联合投资的C轮融资，本轮融资额…
    if frame.type == "capital_plan" and not companies and (named := _project_named(ctx, t)) is not None and named[2]:
        companies = [named[2]]  # 该项目由B投资建设，总投资9亿元 / 由B投资建设的A项目总投资9亿元: B, after 由, builds
    funded = _funded_by(ctx, t) if frame.type == "financial" else None
    if funded is not None:  # A获得了B 5亿元融资: A raises, B funds (never B's own financing)
        companies = [c for c in funded[:1] if c is not None]
    if frame.type == "financial" and companies and _UNIT_OPENS.search(ctx.text, companies[0].end, t.start):
        companies = []  # (wt-jb) A宣布，旗下二手交易平台X已完成B轮融资: A's unit raises (its name not found), not A
    if frame.type in ("focus", "listing", "financial", "closure"):
        companies = [c for c in companies if c.kind != "person"]  # 吴青创立了B，专注于…: B's field, never a person's
    if frame.type == "focus" and companies and companies[0].start < ctx.clause(t.start)[0]:
        companies = _founded_before(ctx, t) or companies  # A与B成立合资公司C，专注于…: C's field, not A's
    if frame.type == "focus" and ctx.text.endswith("方为", 0, t.start):
        cs = ctx.clause(t.start)[0]  # A、B入场，领投方为专注于…的基金C: the party of that role is the one described,
        companies = [c for c in companies if c.start >= cs]  # never a subject carried from the clause before
    if frame.type == "focus" and not companies:  # 近日，专注AI推理芯片的B完成融资: no subject, the focus describes B
        from dealgraph.extract import focus
        return focus.described_after(ctx, frame, t)
    shell = _THROUGH_SHELL.search(ctx.text, ctx.clause(t.start)[0], t.start) if frame.type == "listing" else None
    if shell is not None:  # never the shell (北辰股份, 借北辰股份), named inside 借…借壳
        companies = _listed_through_shell(ctx, t) or [m for m in companies if m.end <= shell.start() or m.start >= shell.end()]
    if frame.type == "listing" and len(companies) == 1:
        companies = _listed_together(ctx, companies[0], head)
    if frame.type == "listing" and not any(m.start >= ctx.clause(head.start)[0] for m in companies):
        companies = _counted_before(ctx, ctx.clause(head.start)[0]) or _filing_confirmed(ctx, head) or companies
    if frame.type == "listing" and _COUNTED_KIND.search(ctx.text, ctx.clause(head.start)[0], head.start) \
            and not any(m.start >= ctx.clause(head.start)[0] for m in companies):
        companies = _named_in_next(ctx)  # 共有5家企业终止审核。其中，主板有2家，分别为A、B: the counted, named next
    out = []
    for company in companies:
        fact = _SUBJECT_FACTS[frame.type](ctx, frame, t, company)
        if fact is not None:
            if not (fact.type == "financial" and fact.qualifiers.get("metric") == "financing"
                    and fact.qualifiers.get("value") is None):  # a round with no figure states no financing figure
                out.extend(_yearly_series(ctx, fact))
            if not (funded and funded[-1] is None):
                out.extend(_round_of(ctx, t, fact, funded[1:] if funded else []))
            if fact.type == "capital_plan":  # 其中N亿元将投向…项目: parts of a planned raise, each a plan (share_sales)
                from dealgraph.extract import share_sales
                out.extend(share_sales.raise_allocations(ctx, t, fact))
            out.extend(_figure_a_year_before(ctx, fact))
            out.extend(_figure_compared(ctx, t, fact))
            out.extend(_figure_went_from(ctx, fact))
            out.extend(_figure_dated_to(ctx, fact))
            out.extend(_elided_metric_next(ctx, fact))
    return [_as_loss(f) for f in out]


# …收入为4100万元，2023年增至2.9亿元: the next clause opens with a year (or a period of it) and a verb of change or
# of being, then a figure, with no metric of its own: the same metric's figure for that period
_ELIDED_FIGURE = re.compile(r"[，,]\s*(?P<date>[^，,；;。]{2,14}?)\s*(?:则|又|进一步|继续|再)?"
                            r"(?:增至|增长至|增长到|增加至|增加到|增到|升至|提升至|上升至|跃升至|降至|下降至|下滑至|减少至|回落至|"
                            r"缩窄至|扩大至|达到|达)\s*(?:约|近|超过|逾)?\s*$")


def _elided_metric_next(ctx: Ctx, fact: FactRecord) -> list[FactRecord]:
    """青禾2022年收入为4100万元，2023年增至2.9亿元: the figure of the clause right after the fact's, whose subject and
    metric are elided, is the same company's same metric for the period opening that clause (a date alone there, no
    other name or metric word); none otherwise (员工人数…，2024年增至650人: no money, no figure read)."""
    value, period = fact.qualifiers.get("value"), fact.qualifiers.get("period")
    if fact.type != "financial" or not isinstance(value, Value) or value.kind != "money" or not isinstance(period, Value):
        return []
    ce = ctx.clause(value.start)[1]
    following = next((v for v in ctx.doc.values_in(ce, min(ctx.sent.end, ce + 24), "money")), None)
    if following is None:
        return []
    lead = _ELIDED_FIGURE.fullmatch(ctx.text, ce, following.start)
    if lead is None:
        return []
    dates = [d for d in ctx.doc.values_in(ce, following.start, "date")
             if d.start >= lead.start("date") and d.end <= lead.end("date")]
    if len(dates) != 1 or dates[0].start != lead.start("date") or dates[0].end != lead.end("date") \
            or ctx.mentions(ce, following.start) or grammar().metrics.get(ctx.text[lead.start("date"):lead.end("date")]):
        return []
    if any(isinstance(f.qualifiers.get("value"), Value) and f.qualifiers["value"].start == following.start
           for f in ctx.facts if f.type == "financial"):
        return []  # read already by a metric of its own
    each = FactRecord(fact.type, dict(fact.roles), fact.evidence, fact.modality, None, None, None,
                      dict(fact.qualifiers), fact.confidence, fact.rule)
    each.qualifiers.update(value=following, change=None, period=dates[0])
    return [each]


_LISTED_JOIN = re.compile(r"\s*(?:、|和|及|以及)\s*")
_NAMED_AS = re.compile(r"(?:分别为|分别是|包括|为)[:：]?\s*")
_NEXT_IN_LIST = re.compile(r"\s*(?:[(（][^()（）]{0,24}[)）])?\s*[、,，和及]?\s*")


def _named_in_next(ctx: Ctx) -> list[Mention]:
    """星海交易所本周共有5家企业终止审核。其中，主板有2家，分别为A（下称“甲”），B；创业板有1家，为C。: the
    companies counted in one sentence are named in the next, which opens with 其中 and lists them after 分别为/为
    (their short names in brackets are the same companies)."""
    if ctx.sent.index + 1 >= len(ctx.doc.sentences):
        return []
    nxt = ctx.doc.sentences[ctx.sent.index + 1]
    if not nxt.text.lstrip().startswith("其中"):
        return []
    found: list[Mention] = []
    for lead in _NAMED_AS.finditer(ctx.text, nxt.start, nxt.end):
        end = min([i for i in (ctx.text.find(c, lead.end(), nxt.end) for c in "；;。") if i >= 0] or [nxt.end])
        edge = lead.end()
        for m in ctx.mentions(lead.end(), end):
            gap = ctx.text[edge:m.start]
            if m.start < edge or gap.count("(") + gap.count("（") > gap.count(")") + gap.count("）"):
                continue  # A(下称“甲”): the short name in brackets is A
            if not _NEXT_IN_LIST.fullmatch(ctx.text, edge, m.start):
                break
            found.append(m)
            edge = m.end
    return found


_COUNT_CLOSES = re.compile(r"(?:等|这|这些|在内的)\s*[\d一二三四五六七八九十两几多数]+家[\u4e00-\u9fffA-Za-z]{0,8}?(?:企业|公司)\s*[，,]\s*$")


# B股票已被深交所摘牌 / 终止上市并摘牌 / 予以摘牌: shares taken off a stock exchange (not 摘牌受让, an asset won on an equity
# exchange)
_SHARES_DELISTED = re.compile(r"(?:股票|股份|A股|H股|B股)[^，,；;。]{0,12}?被[^，,；;。]{0,10}?(?:交易所|深交所|上交所|北交所|联交所|港交所)"
                              r"[^，,；;。]{0,4}摘牌|终止上市并摘牌|予以摘牌|摘牌退市|退市摘牌")


# 终止(了)对B(首次公开发行股票并在科创板上市)的审核 / 中止对B的审核: the exchange stops or suspends B's review
_REVIEW_STOPPED_FOR = re.compile(r"(?:终止|中止|暂停)了?(?:对|其对)\s*$")


def _review_stopped_for(ctx: Ctx, t: Span) -> list[Mention]:
    """上交所决定终止对B首次公开发行股票并在科创板上市的审核 / 深交所终止了对B的审核: the company named right after
    终止对 (中止对) in the clause of the review; none where the clause names no review stopped."""
    cs = ctx.clause(t.start)[0]
    if _OTHER_REVIEW.search(ctx.sent.text):
        return []  # 终止对B发行股份购买资产的审核: a deal's review, no listing
    named = [m for m in ctx.mentions(cs, t.start, ORG) if _REVIEW_STOPPED_FOR.search(ctx.text, cs, m.start)]
    return named[:1]


# the review of a restructuring, a share issue to named buyers or convertible bonds (no first listing)
_OTHER_REVIEW = re.compile(r"重组|购买资产|发行股份购买|可转债|可转换公司债|定增|定向增发|向特定对象|再融资|并购|收购|债券")


_CONFIRMED_FOR = re.compile(r"备案(?:信息)?予以确认|予以备案|予以注册|同意注册")


def _filing_confirmed(ctx: Ctx, t: Span) -> list[Mention]:
    """证监会对星河科技的H股上市备案信息予以确认了: the company after 对 in the regulator's sign-off."""
    cs, ce = ctx.clause(t.start)
    if not _CONFIRMED_FOR.search(ctx.text, t.end, ce):
        return []
    named = [m for m in ctx.mentions(cs, t.start) if ctx.text.endswith("对", cs, m.start)]
    return named[-1:]


def _counted_before(ctx: Ctx, cs: int) -> list[Mention]:
    """星河科技、青禾智能这两家企业，也已向港交所递表: a clause with no subject of its own after a clause that is only
    a list of names closed by its count: each named company is the subject."""
    if cs <= ctx.sent.start:
        return []
    pcs = ctx.clause(cs - 1)[0]
    close = _COUNT_CLOSES.search(ctx.text, pcs, cs)
    if close is None or close.end() != cs:
        return []
    group = ctx.group_left(pcs, close.start())
    return group if len(group) > 1 and group[-1].end == close.start() else []


# 同日在联交所挂牌的还有存储芯片企业澄川存储 / 当天登陆科创板的另有A和B: the ones named after 还有 list the same way
_LISTED_ALSO = re.compile(r"[^，,；;。]{0,4}?的(?:还有|另有|也有)\s*")
_SAME_DAY = re.compile(r"\s*(?:而|此外|另外)?[，,]?\s*(?:同日|同一天|同一日|当天|当日)")


def _listed_also(ctx: Ctx, t: Span) -> list[Mention]:
    """同日在联交所挂牌的还有存储芯片企业澄川存储: the companies named after 的还有 (past a description of their kind)
    take the step; none where the clause is not so."""
    cs, ce = ctx.clause(t.start)
    also = _LISTED_ALSO.match(ctx.text, t.end, ce)
    if also is None:
        return []
    named = ctx.mentions(also.end(), ce, ORG)
    if not named or named[0].start - also.end() > 12 \
            or ctx.text[also.end():named[0].start] and not _KIND_WORDS_BEFORE.fullmatch(ctx.text, also.end(), named[0].start):
        return []
    return ctx.group_right(named[0].start, ce, ORG, max_gap=0)


_KIND_WORDS_BEFORE = re.compile(r"[\u4e00-\u9fffA-Za-z]{0,8}?(?:企业|公司|厂商|集团|平台|独角兽|巨头|龙头|品牌)")


def _same_day_listing(ctx: Ctx, t: Span) -> Value | None:
    """同日在联交所挂牌的还有B: the day of the listing told just before (not the last day the text named, 上月20日启动招股)."""
    cs = ctx.clause(t.start)[0]
    if not _SAME_DAY.match(ctx.text, cs):
        return None
    earlier = [f for f in ctx.doc.facts + ctx.facts if f.type == "listing" and f.date is not None
               and f.evidence.start < ctx.sent.start and f.qualifiers.get("stage") == "listed"]
    return earlier[-1].date if earlier else None


def _listed_together(ctx: Ctx, company: Mention, t: Span) -> list[Mention]:
    """星河机器人、蓝鲸科技和云帆智能同日登陆科创板 / 证监会同意青禾科技、澜舟微电子首发注册: names listed with 、
    (和, 及) with the subject, before the verb, take the same step; not one joined by 与 (A与B: with whom, not who)."""
    cs = ctx.clause(t.start)[0]
    if not cs <= company.start < t.start or company.source == "coref":
        return [company]
    group = [company]
    for m in reversed(ctx.mentions(cs, company.start)):
        if not _LISTED_JOIN.fullmatch(ctx.text, m.end, group[0].start):
            break
        group.insert(0, m)
    for m in ctx.mentions(company.end, t.start):
        if not _LISTED_JOIN.fullmatch(ctx.text, group[-1].end, m.start):
            break
        group.append(m)
    return group


# 2025年资本开支预计在60亿元左右，较2024年的28亿元翻倍有余: the figure compared with, of its own year
_COMPARED_WITH = re.compile(r"[，,]?\s*(?:较|比|相比|相较于?|对比)\s*")  # (web text spaces numbers apart: 较 2024 年)
_OF_FIGURE = re.compile(r"\s*(?:同期)?(?:的|时的)\s*(?:约)?\s*(?:人民币)?")
_SAME_PERIOD_LAST_YEAR = re.compile(r"(?:去年同期|上年同期)(?:的)?\s*(?:约)?(?:人民币)?")


def _figure_compared(ctx: Ctx, t: Span, fact: FactRecord) -> list[FactRecord]:
    """The earlier figure a figure or a spending plan is compared with, when its date is written (较2024年的28亿元):
    a figure of that date for the same metric, stated as a fact of its own (asserted: it was reported)."""
    metric = fact.qualifiers.get("metric") or grammar().metrics.get(ctx.text[t.start:t.end])
    value = fact.qualifiers.get("value") if fact.type == "financial" else fact.amount
    if metric is None or value is None or fact.type not in ("financial", "capital_plan"):
        return []
    cmp_ = _COMPARED_WITH.match(ctx.text, value.end)
    same_period = _SAME_PERIOD_LAST_YEAR.match(ctx.text, cmp_.end()) if cmp_ else None
    period = fact.qualifiers.get("period")
    if same_period is not None and fact.type == "financial" and isinstance(period, Value):
        # 营收11亿元，较去年同期的2500万元增长逾40倍: the same metric's figure of the period a year before
        figure = next((v for v in ctx.doc.values_in(same_period.end(), same_period.end() + 16, value.kind)
                       if v.start == same_period.end()), None)
        if figure is None:
            return []
        before = q.base_fact(ctx, "financial", dict(fact.roles), t, metric=metric, value=figure, change=None,
                             period=_year_before(period))
        before.modality, before.rule = "asserted", fact.rule
        return [before]
    date = next((d for d in ctx.doc.values_in(cmp_.end(), cmp_.end() + 12, "date") if d.start == cmp_.end()), None) \
        if cmp_ else None
    of = _OF_FIGURE.match(ctx.text, date.end) if date is not None else None
    figure = next((v for v in ctx.doc.values_in(of.end(), of.end() + 16, value.kind) if v.start == of.end()), None) \
        if of else None
    if figure is None:
        return []
    if "同期" in of.group() and isinstance(period, Value) and getattr(period.value, "year", None) \
            and date.value.year == period.value.year - 1:
        date = _year_before(period)  # 上半年…，较2024年同期的230亿元: the same half-year of 2024
    before = q.base_fact(ctx, "financial", dict(fact.roles), t, metric=metric, value=figure, change=None, period=date)
    before.modality, before.rule = "asserted", fact.rule
    return [before]


# The clause right after a figure giving the same figure a year before: 净利润为15.2亿元，上年同期为9.8亿元
_YEAR_BEFORE_FIGURE = re.compile(r"[，,]\s*(?:而)?(?:上年同期|去年同期|上年|上一年度|上年度)(?:则|仅|约)?(?:为|是)?(?:约)?")
# the figure compared with, a year before, then the change: …，比上年的约11.54亿元增长260% / 较去年同期的3亿元下降
_COMPARED_YEAR_BEFORE = re.compile(r"(?:之间|左右)?[，,]?\s*(?:比|较|相比|相较)(?:于)?(?:上年|去年|上一年度?|上年度)(?:同期)?的(?:约)?")


def _figure_a_year_before(ctx: Ctx, fact: FactRecord) -> list[FactRecord]:
    """A figure followed by 上年同期为X: X is the same metric's figure for the period a year before."""
    value, period = fact.qualifiers.get("value"), fact.qualifiers.get("period")
    if fact.type != "financial" or value is None or not isinstance(period, Value):
        return []
    lead = _YEAR_BEFORE_FIGURE.match(ctx.text, value.end) or _COMPARED_YEAR_BEFORE.match(ctx.text, value.end)
    if lead is None:
        return []
    figure = next((v for v in ctx.doc.values_in(lead.end() - 1, lead.end() + 20, value.kind)
                   if v.start == lead.end() or v.start == lead.end() - 1 and ctx.text[v.start] == "约"), None)
    if figure is None:
        return []
    before = FactRecord(fact.type, dict(fact.roles), fact.evidence, fact.modality, None, None, None,
                        dict(fact.qualifiers), fact.confidence, fact.rule)
    before.qualifiers.update(value=figure, change=None, period=_year_before(period))
    if before.modality in ("expected", "planned"):
        before.modality = "asserted"  # 预计…，比上年的约11.54亿元增长: the forecast's base is last year's actual figure
    return [before]


# A获得了B 5亿元融资 / A拿到B、C共计3亿元的A轮融资: the names right after a verb of receiving fund the round named by
# the trigger (only figures, a round's name and 等/的 between them and it); a loan (银行, 授信, 贷款) is no round
_RECEIVES = re.compile(r"(?:获得|拿到|取得|收到|斩获|获)了?(?:来自)?\s*")
_FUNDERS_TO_ROUND = re.compile(r"(?:等(?:多家|几家|\d+家|[两三四五六七八九十]家)?(?:机构|投资方|投资机构|基金|股东)?)?(?:提供|给予)?的?\s*"
                               r"(?:共计|合计|总计|总额|约|近|超|超过|逾|高达)?[\d.,，]*(?:[十百千万亿]+)?(?:美元|港元|欧元|元|人民币)?的?\s*"
                               r"(?:(?:天使|种子|Pre-?[A-E]|[A-E]|战略|首|新一)\+*轮)?")
_RAISER_GAP = re.compile(r"[^，,；;。、“”]{0,10}")
_LOAN_WORDS = re.compile(r"银行|授信|贷款|借款|债")


def _funded_by(ctx: Ctx, t: Span) -> list[Mention | None] | None:
    """[raiser, funder…] where the clause reads A获得(了)B…融资 ([raiser, None] for a loan), else None."""
    if not ctx.text.startswith("融资", t.end - 2):
        return None
    cs, ce = ctx.clause(t.start)
    names = ctx.mentions(cs, t.start)
    for n, raiser in enumerate(names[:-1]):
        verb = next((v for k in range(raiser.end, names[n + 1].start)
                     if (v := _RECEIVES.fullmatch(ctx.text, k, names[n + 1].start)) is not None), None)
        if verb is None or not _RAISER_GAP.fullmatch(ctx.text, raiser.end, verb.start()) \
                or ctx.mentions(raiser.end, verb.start()):
            continue
        funders = ctx.group_right(verb.end(), t.start, max_gap=0)
        if not funders or not _FUNDERS_TO_ROUND.fullmatch(ctx.text, funders[-1].end, t.start - 2):
            return None
        if _LOAN_WORDS.search(ctx.text, cs, ce) or any(_LOAN_WORDS.search(f.canonical) for f in funders):
            return [raiser, None]  # A获得B银行5亿元融资: A borrows, no round
        return [raiser, *funders]
    if names and not ctx.mentions(cs, names[0].start):  # (wt-jb) 青禾曾获得澄川资本3亿元的A轮融资: the one named after the
        funders = ctx.group_right(names[0].start, t.start, max_gap=0)  # verb funds, never raises
        if not funders or not _FUNDERS_TO_ROUND.fullmatch(ctx.text, funders[-1].end, t.start - 2) \
                or _LOAN_WORDS.search(ctx.text, cs, ce):
            return None
        if _UNNAMED_RAISER.fullmatch(ctx.text, cs, names[0].start):
            return [None]  # a raiser's name the finder missed: no investee rather than the funder
        if _NO_RAISER.fullmatch(ctx.text, cs, names[0].start):  # 2017年，曾获得B…融资: the subject carried over raises
            carried = [m for m in _one_role_subject(ctx, Span(cs, cs)) if m.start < cs]
            return [carried[0], *funders] if carried else [None]
    return None


# (wt-jb) only a time and adverbs before 获得 and the clause's first name: the raiser is carried over
_NO_RAISER = re.compile(r"\s*(?:[\d年月日号初底末中旬今去前同当近上下]+[，,]?\s*)?(?:此前|此后|随后|之后|后来|目前|日前|近日|近期|今年|去年|当时|同时|"
                        r"并|且|而|还|也|又|曾|已|再|先后|曾经|已经)*(?:获得|拿到|取得|收到|斩获|获)了?(?:来自)?\s*")
# (wt-jb) the words of a clause before 获得 and its first name: a raiser's name the finder missed (two characters or more
# that are no time, adverb or conjunction), not a subject carried over (2017年4月，曾获得B…融资)
_UNNAMED_RAISER = re.compile(r"\s*(?:[\d年月日号初底末中旬今去前同当近上下]+[，,]?\s*)?"
                             r"(?!(?:此前|此后|随后|之后|后来|目前|日前|近日|近期|今年|去年|当时|同时|并|且|而|还|也|又|曾|已|再|先后|公司|该公司|其)"
                             r"(?:曾经|曾|已经|已|先后|还|也|又|再|此前|目前|近日)*(?:获得|拿到|取得|收到|斩获|获)了?\s*$)"
                             r"[\u4e00-\u9fffA-Za-z]{2,8}?(?:曾经|曾|已经|已|先后|还|也|又|再|此前|目前|近日)*"
                             r"(?:获得|拿到|取得|收到|斩获|获)了?(?:来自)?\s*")


def _round_of(ctx: Ctx, t: Span, fact: FactRecord, investors: list[Mention] = ()) -> list[FactRecord]:
    """MiniMax即将完成近3亿美元的新一轮融资: a round the company raises is an investment in it, its investors
    left unnamed where the text names none (require_roles lets it yield to one that names them, here or in
    the next sentence: 本轮由A领投). A figure of money raised over a period (累计融资) is no round."""
    if fact.type != "financial" or fact.qualifiers.get("metric") != "financing" \
            or _NOT_A_ROUND.search(ctx.text, max(ctx.sent.start, t.start - 4), t.end + 2):
        return []
    round_name = q.round_for(ctx, t)
    value = fact.qualifiers.get("value")
    amount = value if value is not None and value in q.prices_in(ctx, ctx.sent.start, ctx.sent.end) else None
    if round_name is None and amount is None:  # 投后估值约18亿美元 is no money raised
        return []
    if round_name is None and _OWN_OFFERING.search(ctx.text, ctx.sent.start, ctx.clause(t.start)[1]):
        return []  # 招股书显示，A拟发行不超过4000万股，融资28亿元 / 融资超百亿港元的IPO: shares sold to the market, no round
    inv = FactRecord("investment", {"investor": list(investors), "investee": list(fact.roles["company"])}, fact.evidence,
                     fact.modality, q.date_for(ctx, t), amount, None, {"round": round_name, "consideration": "unknown"},
                     rule=f"investment:round_of:{ctx.text[t.start:t.end]}")
    return [inv]


# The company's own offering of shares to the market (an IPO, a listing's fund-raising), not a round before it
# (Pre-IPO轮, 上市前的C轮 stay rounds).
_OWN_OFFERING = re.compile(r"(?<![Pp]re-)(?<![Pp]re)IPO(?!前|之前|以前)|招股|首发|公开发行|全球发售|上市(?!前|之前|以前)"
                           r"|发行[^，,。；;]{0,12}?股")
_NOT_A_ROUND = re.compile(r"累计|合计|总计|共计|融资租赁|融资融券|债权融资|融资余额|融资买入|融资净|融资总额|融资总规模|总融资"
                          r"|(?<![第新\dA-Za-z+])(?:\d+|[两三四五六七八九十多数几])轮融资")  # 一共进行了10轮融资: rounds counted


# 分别 right before a figure: the figures listed from there go one by one with the years of the period.
# (分别实现营业收入1.3亿元、3.1亿元和5.4亿元: a verb and the metric may stand between 分别 and the figures)
_EACH_BEFORE = re.compile(r"分别(?:实现|录得|取得|获得)?(?:[\u4e00-\u9fff]{2,6}?(?=为|是|达到|达|约为|约|$))?"
                          r"(?:为|是|达到|达|约为|约)?[:：]?\s*$")
# 相应的研发开支为A、B和C: 相应 (correspondingly) before the metric says what 分别 says
_CORRESPONDING = re.compile(r"相应(?:的|地)?[\u4e00-\u9fff]{2,8}?(?:为|是|达到|达|约为)[:：]?\s*$")
# (a currency word may close each figure, and the last may follow a comma: 1.2亿元人民币、3.4亿元人民币，以及5.6亿元人民币)
_LIST_JOIN = re.compile(r"\s*(?:人民币|美元|港元)?\s*(?:、|，|,|和|及|以及|与|[，,]\s*(?:以及|和|及))\s*")


def _yearly_series(ctx: Ctx, fact: FactRecord) -> list[FactRecord]:
    """2022年至2024年，A营收分别为2.1亿元、4.6亿元和7.9亿元: one figure per year, in order — only when the
    period is a span of whole years, 分别 stands right before the first figure, and the list holds exactly
    as many figures as the span has years. Otherwise the fact as read."""
    value, period = fact.qualifiers.get("value"), fact.qualifiers.get("period")
    if fact.type != "financial" or value is None:
        return [fact]
    # (同期净亏损分别为… / a sentence with no date of its own before its list: the periods of the sentence before)
    carried = not isinstance(period, Value) or period.start < ctx.sent.start
    if not carried:
        periods = _years_of(ctx, period) or _periods_listed(ctx, period)
    elif isinstance(period, Value) or not ctx.values("date", ctx.clause(value.start)[0], value.start):
        periods = _series_before(ctx, fact)
    else:
        periods = []
    if not periods:
        return [fact]
    if not _EACH_BEFORE.search(ctx.text, max(ctx.sent.start, value.start - 14), value.start) \
            and not _CORRESPONDING.search(ctx.text, max(ctx.sent.start, value.start - 16), value.start):
        return [fact]
    figures = [value]
    for v in ctx.doc.values_in(value.end, ctx.sent.end, value.kind):
        if v.start < figures[-1].end or not _LIST_JOIN.fullmatch(ctx.text, figures[-1].end, v.start):
            break
        figures.append(v)
    if len(figures) != len(periods) or len(figures) < 2:
        if carried and len(figures) >= 2:
            fact.qualifiers["period"] = None  # a list of figures the periods before do not number: no period of theirs
        return [fact]
    out = []
    for each_period, figure in zip(periods, figures):
        each = FactRecord(fact.type, dict(fact.roles), fact.evidence, fact.modality, None, None, None,
                          dict(fact.qualifiers), fact.confidence, fact.rule)
        each.qualifiers.update(value=figure, change=None, period=each_period)
        out.append(each)
    return out


_PERIOD_JOIN = re.compile(r"\s*(?:及|和|以及|、|与)\s*")


def _series_before(ctx: Ctx, fact: FactRecord) -> list[Value]:
    """2022年至2024年，A营收分别为…。同期净亏损分别为…: the periods of the company's figures listed in the sentence
    just before (of one paragraph), in order, when that sentence gave a series (two or more periods); else none."""
    if ctx.sent.index == 0 or not fact.roles.get("company"):
        return []
    before = ctx.doc.sentences[ctx.sent.index - 1]
    if before.paragraph != ctx.sent.paragraph:
        return []
    key = fact.roles["company"][0].key
    seen: dict[str, Value] = {}
    for f in ctx.doc.facts + ctx.facts:
        period = f.qualifiers.get("period")
        if f.type == "financial" and before.start <= f.evidence.start < before.end and f.roles.get("company") \
                and f.roles["company"][0].key == key and isinstance(period, Value) and isinstance(period.value, DateValue):
            seen.setdefault(getattr(period.value, "sort_key", "") or period.text, period)
    if len(seen) < 2:
        return []
    return [seen[k] for k in sorted(seen)]


def _periods_added(ctx: Ctx, span: Value) -> list[Value]:
    """报告期内（2022年至2024年及2025年上半年）, 2022年至2024年、2025年前九个月: the periods joined after a span of
    years, in order (a year, a part of one, or the months of one counted from its start)."""
    out, end = [], span.end
    while (join := _PERIOD_JOIN.match(ctx.text, end)) is not None:
        after = next((d for d in ctx.doc.values_in(join.end(), join.end() + 12, "date") if d.start == join.end()), None)
        if after is None or not _one_period(after):
            break
        out.append(after)
        end = after.end
    return out


# 上市机制 / 上市规则 / 上市制度 / 上市门槛 / 上市标准 / 上市新规 / 上市指引: the rules for listings, no listing
_LISTING_RULE = re.compile(r"(?:机制|规则|制度|门槛|标准|新规|指引|条例|办法|政策|场所)")  # (上市场所为…: where, no step)
# A将借B(实现)借壳上市 / A拟借助B完成“借壳上市”: B is the shell, A the company that goes public through it
_THROUGH_SHELL = re.compile(r"借(?:助|道)?(?P<shell>[^，,。；;借]{2,24}?)(?:来|以|得以)?(?:实现|完成|进行)?[“\"「]?借壳$")


def _listed_through_shell(ctx: Ctx, t: Span) -> list[Mention]:
    """交易披露后，有传闻称澄川科技将借北辰股份实现借壳上市: the company listing through a shell is the one named before
    借 (澄川科技), never the shell named after it (北辰股份, or a name guessed with 借 in it); none where no company
    stands before 借 in the clause (the usual subject is read then)."""
    cs = ctx.clause(t.start)[0]
    found = _THROUGH_SHELL.search(ctx.text, cs, t.start)
    if found is None:
        return []
    before = [m for m in ctx.mentions(cs, found.start(), ORG) if m.end <= found.start()]
    return before[-1:]
def _one_period(d: Value) -> bool:
    """A year, a part of a year (2025年上半年, 2025-Q3), or the first months of one (2025年前九个月: Q1 to Q3)."""
    v = d.value
    if not isinstance(v, DateValue):
        return False
    if v.value:
        return True
    return bool(v.start and v.end and len(v.start) > 4 and v.start[:4] == v.end[:4])


def _periods_listed(ctx: Ctx, period: Value) -> list[Value]:
    """2023年、2024年的收入分别是… / 2022年至2024年、2025年前九个月的净亏损分别是…: the periods listed up to the one
    read as the period (a year, a part of one, or a span of years standing for each of its years), then any joined
    after it; none where nothing is listed before it."""
    if not _one_period(period):
        return []
    before: list[Value] = []
    start = period.start
    while True:
        earlier = next((d for d in ctx.doc.values_in(max(ctx.sent.start, start - 16), start, "date")
                        if _PERIOD_JOIN.fullmatch(ctx.text, d.end, start)), None)
        if earlier is None:
            break
        each = [earlier] if _one_period(earlier) else _span_years(earlier)
        if not each:
            break
        before = each + before
        start = earlier.start
    after = _periods_added(ctx, period)
    if not before and not after:
        return []  # (2022年、2023年与2024年上半年，…分别是: the period read is the first of the list, the rest after it)
    return before + [period] + after


# (wt-ib) 已完成由A、B等多家机构联合投资的C轮融资: backers named between 由 and a verb of investing closing an
# attributive (…的); what the clause after says of the round is never theirs
_BACKERS_VERB_OF = re.compile(r"[^，,；;。]{0,30}?(?:共同投资|联合投资|投资|领投|跟投|参投|联投|注资)的")


def _backer_in_attributive(ctx: Ctx, m: Mention) -> bool:
    you = ctx.text.rfind("由", ctx.sent.start, m.start)
    return you >= 0 and not re.search(r"[，,；;。]", ctx.text[you:m.start]) \
        and _BACKERS_VERB_OF.match(ctx.text, m.end) is not None


def _raiser_before_backers(ctx: Ctx, backer: Mention) -> list[Mention]:
    """The company named before the 由 that opens the backers (the one raising the round), else none."""
    you = ctx.text.rfind("由", ctx.sent.start, backer.start)
    before = [m for m in ctx.mentions(ctx.sent.start, you, ORG) if m.kind != "person"]
    return before[:1]


# the role of the company a fact brings into being: the founded company, the joint venture, the unit set up
_FOUNDED_ROLES = {"founding": "company", "partnership": "result", "ownership": "unit"}


def _founded_before(ctx: Ctx, t: Span) -> list[Mention]:
    """A与B成立合资公司C，专注于… / A于2020年设立全资子公司C，主要从事…: a clause with no subject right after a clause that
    ends with the company it founds describes that company (C), not the founder carried from before; none else."""
    cs = ctx.clause(t.start)[0]
    if cs <= ctx.sent.start:
        return []
    for fact in reversed(ctx.facts):
        made = fact.roles.get(_FOUNDED_ROLES.get(fact.type, ""), [])
        if not made or made[-1].kind == "person" or made[-1].start < ctx.sent.start or made[-1].end >= cs:
            continue
        between = ctx.text[made[-1].end:cs - 1]
        if not between.strip(" 了") or _FOUNDED_TOLD.fullmatch(between) and not ctx.mentions(made[-1].end, cs):
            return made[-1:]  # (…成立合资公司C，注册资本1亿元，专注于…: a clause with no name of its own between)
    return []


# clauses between the founded company and the focus: at most two, naming no one (注册资本1亿元, 总部位于上海)
_FOUNDED_TOLD = re.compile(r"\s*了?(?:[，,][^，,；;。]{1,16}){1,2}")


def _one_role_subject(ctx: Ctx, head: Span) -> list[Mention]:
    """The clause's subject for a one-role fact, passing over a market or a regulator standing as a place
    before the verb: 云帆智能今日在香港联交所主板挂牌交易, 极氪于2024年5月在纽交所上市 (云帆智能, 极氪)."""
    not_subject = grammar().not_subject
    cs, _ = ctx.clause(head.start)
    target_word = _TARGET_OPENS.match(ctx.text, cs, head.start)
    if target_word is not None and not ctx.mentions(target_word.end(), head.start):
        return _last_target(ctx, head.start)  # 收购B 97%股权，标的公司2024年营收…: B's revenue, not the buyer's
    described = _TARGET_DESCRIBED.search(ctx.text, ctx.sent.start, cs) if cs > ctx.sent.start else None
    opens = _TARGET_OPENS.match(ctx.text, clause_start(ctx.text, described.start(), ctx.sent.start)) \
        if described is not None and described.end() == cs else None
    if opens is not None and opens.end() > described.start() and not ctx.mentions(cs, head.start):
        return _last_target(ctx, head.start)  # 标的公司为芯片IP企业，2024年营收…: the clause before says whose
    companies = _subject_of(ctx, head)
    while companies and not_subject.search(companies[0].canonical) and cs <= companies[0].start < head.start:
        head = Span(companies[0].start, companies[0].start)
        companies = _subject_of(ctx, head)
    counted = _COUNTED_KIND.search(ctx.text, max(cs, companies[-1].end), head.start) if companies else None
    if counted is not None and _MEMBERS_OF_COUNT.fullmatch(ctx.text, companies[-1].end, counted.start()):
        companies = ctx.group_left(cs, companies[-1].end)  # A、B、C等24家企业已递表 / A、B这两家企业: each named one
    elif counted is not None:
        return []  # A投资组合中已有4家企业完成上市: the counted companies (unnamed) are the subject, not A
    # A name guessed from a verb alone in another clause (公司无法继续正常运营 → 无法继续) is too weak to carry.
    companies = [m for m in companies if not not_subject.search(m.canonical) and not (m.source == "context" and m.start < cs)]
    return [c for m in companies if (c := _past_sponsor(ctx, m, cs)) is not None]


# 标的公司(为…企业，)2024年营收… / 本次交易的标的公司…: the company a deal just told buys, opening the clause
_TARGET_OPENS = re.compile(r"\s*(?:而|其中|同时|此外)?[，,]?\s*(?:本次交易|本次收购|此次收购|本次并购|该交易|交易)?的?"
                           r"(?:标的公司|标的企业|目标公司|被收购方|被收购公司)")


_TARGET_DESCRIBED = re.compile(r"(?:标的公司|标的企业|目标公司)(?:为|是)[^，,；;。]{1,30}?(?:企业|公司|厂商|供应商|龙头|之一)\s*[，,]")


def _last_target(ctx: Ctx, pos: int) -> list[Mention]:
    """The company bought in the acquisition told last before `pos` (in this sentence or the one before); none else."""
    recent = ctx.doc.sentences[max(0, ctx.sent.index - 1)].start
    for fact in ctx.recent_back():
        if fact.type == "acquisition" and fact.roles.get("target") and recent <= fact.evidence.start < pos:
            return [m for m in fact.roles["target"] if m.kind != "person"][:1]
    return []


# The bank that sponsors or underwrites a listing, named in apposition: A及保荐机构B撤回上市申请 (A lists, not B)
_SPONSOR_BEFORE = re.compile(r"(?:保荐机构|保荐人|保荐券商|保荐商|主承销商|承销商|独家保荐人|联席保荐人)\s*$")
_SPONSOR_JOIN = re.compile(r"\s*(?:及其|及|和|与|、|以及)\s*$")


def _past_sponsor(ctx: Ctx, m: Mention, cs: int) -> Mention | None:
    """A company subject, or where it is a listing's sponsor (A及保荐券商B撤回上市申请: B) the company named before
    it and joined to it (A); None where no company stands before the sponsor."""
    lead = _SPONSOR_BEFORE.search(ctx.text, max(cs, m.start - 8), m.start)
    if lead is None:
        return m
    before = [x for x in ctx.mentions(cs, lead.start(), ORG)]
    if before and _SPONSOR_JOIN.fullmatch(ctx.text, before[-1].end, lead.start()):
        return before[-1]
    return None


# …的N家企业 / 已有12家涉及芯片、算力的企业递交上市申请: the counted companies, described at any length in a clause
_COUNTED_KIND = re.compile(r"[\d一二三四五六七八九十两几多数]+家(?:[\u4e00-\u9fffA-Za-z、]{0,14}?)(?:企业|公司|被投企业|初创公司|厂商)"
                           r"|有[\d一二三四五六七八九十两几多数]+家")  # 其中有3家选定科创板上市: the noun left out
# Names listed right before the count they belong to: 星澜科技、云帆智能等12家企业 / 星澜科技、云帆智能这两家公司 /
# 包括星澜科技在内的5家公司 / 星澜科技股份有限公司、云帆智能股份有限公司2家公司 (the count names no other subject).
_MEMBERS_OF_COUNT = re.compile(r"\s*(?:等|这|这些|在内的|共|合计|等共|等合计)?\s*")


# A subject counted, not named, before the verb; the names follow 包括 (多家企业已递表，包括A、B / 数十家公司…，包括A、B等)
_MANY_COMPANIES = re.compile(r"一批|多家|一些|部分|不少|众多|大批|(?:[\d十几数]+|[二三四五六七八九两]十)余?家")


# 腾讯重仓的芯片公司要上市了 / B的子公司将于下月上市: a company described by its tie to another stands before the
# verb; the other is no subject
_DESCRIBED_SUBJECT = re.compile(r"[\u4e00-\u9fff]{0,4}的[\u4e00-\u9fffA-Za-z]{0,8}?(?:公司|企业|厂商|独角兽|创企|新贵)"
                                r"(?:[也还正将要拟已]|已经|终于|即将|计划|准备|宣布|正式|成功|于[^，,；;。]{1,8}?)*\s*$")


# 脱胎于A的B完成…融资 / 拿到A数千万元投资的平台B昨日宣布再获…融资: a name right after the verb of a relative clause
# (where the company comes from, who backed it), then 的, the company it describes and the verb of raising
_RELATIVE_VERB_BEFORE = re.compile(r"(?:脱胎于|脱胎自|孵化于|孵化自|源于|源自|出自|分拆自|拆分自|起家于|背靠|获得了?|获|拿到了?|得到了?)$")
_HEAD_RAISES = re.compile(r"[^，,；;。的]{0,24}?的[^，,；;。的0-9()（）]{2,14}?"
                          r"(?:今日|近日|日前|今天|昨日|宣布|正式|再次|再|成功|又|也|已|新|刚刚|[(（][^()（），,]{1,12}[)）])*"
                          r"(?:完成|获得?|拿到|斩获|迎来)了?[^，,；;。的]{0,24}")


def _subject_of(ctx: Ctx, t: Span) -> list[Mention]:
    cs, _ = ctx.clause(t.start)
    if ctx.text.startswith("它", cs):
        from dealgraph.extract.coref import it_opens_a_name
        if it_opens_a_name(ctx.text, cs + 1) and not any(m.start == cs for m in ctx.mentions(cs, t.start, UNIT)):
            return []  # 它岭科创以8000万美元创下…融资纪录: the clause opens with a name left unread, none carried (the
            # name itself where the finders read it)
    before = ctx.mentions(cs, t.start, UNIT)
    if before and "的" in ctx.text[before[-1].end:t.start] \
            and _DESCRIBED_SUBJECT.fullmatch(ctx.text, before[-1].end, t.start):
        return []  # the company the verb is about is the one described, unnamed here
    if before and _RELATIVE_VERB_BEFORE.search(ctx.text, cs, before[-1].start) \
            and _HEAD_RAISES.fullmatch(ctx.text, before[-1].end, t.start):
        return []  # 脱胎于A的B完成2亿元天使轮融资 (B not read): A stands in the clause describing the raiser, B
    led = [(m.start(), m.end()) for m in _LED.finditer(ctx.text, cs, t.start)]
    led += [(m.start(1), m.end(1)) for m in _BACKED_BY.finditer(ctx.text, cs, t.start)]
    near = [m for m in ctx.mentions(cs, t.start, UNIT) if not _PREP.search(ctx.text[max(cs, m.start - 1):m.start])
            and not any(a <= m.start < b for a, b in led)
            and not _HIRED.search(ctx.text, max(cs, m.start - 3), m.start)]  # 接受A上市辅导: A is hired, not the subject
    if near:
        return near[-1:]
    listed = re.compile(r"包括|例如|比如|如").search(ctx.text, t.end, ctx.sent.end)
    if listed and _MANY_COMPANIES.search(ctx.text, ctx.sent.start, t.start):
        return ctx.group_right(listed.end(), ctx.sent.end, ORG, max_gap=1)
    if GENERIC_SUBJECT.search(ctx.text[q.segment_start(ctx, t.start):t.start]):
        return []
    if (_BARE_COMPANY_OPENS.match(ctx.text, cs) or _BARE_COMPANY_OPENS.match(ctx.text, ctx.sent.start)
            and not ctx.mentions(ctx.sent.start, t.start, UNIT)) and _unnamed_self(ctx.doc):
        return []  # 报告给予公司买入评级。…公司加大研发投入: a report's 公司 is its unnamed company, not one named since
    if ctx.topic is not None and ctx.topic.start < t.start and not _backs_the_round(ctx, ctx.topic, t.start):
        carried = [ctx.topic]
    else:
        carried = [m for m in ctx.carried_subject(t.start)[:1] if not _backs_the_round(ctx, m, t.start)]
    found = _raiser_not_backer(ctx, cs, t, carried)
    if carried and found and found[0].key == carried[0].key \
            and any(r is not None and r.start() <= t.start < r.end()
                    for r in (_COMPANY_RAISES.match(ctx.text, cs), _ZERO_RAISES.match(ctx.text, cs))) \
            and _a_backer(ctx, carried[0]):
        return []  # A、B跟投。公司累计融资15亿元: a backer carried on raises nothing; the company is not named here
    return found


def _backs_the_round(ctx: Ctx, m: Mention, end: int) -> bool:
    """获得由A、B领投的1亿元A轮融资: A stands among the round's backers (由…领投), never the company raising it."""
    return ctx.sent.start <= m.start < end and any(
        a.start() <= m.start < a.end() for a in _LED.finditer(ctx.text, ctx.sent.start, end))


# 公司再获8亿元融资 / 公司又完成B轮融资: the bare word opening a clause that tells a round raised
_COMPANY_RAISES = re.compile(r"\s*(?:本公司|公司)(?:[^，,；;。]{0,20}?)(?:融资|获得?[^，,；;。]{0,12}?(?:投资|注资))")


# 同年11月，又获得B数千万元战略投资 / 2024年3月获得2亿元B轮融资: a clause naming no subject that tells a round raised
_ZERO_RAISES = re.compile(r"\s*[-•·]?\s*(?:[^，,；;。]{0,14}?(?:[日月年][初底中末]?|前|后|时)\s*[，,]?\s*)?"
                          r"(?:又|再|还|再次|随后|此后|后|共|累计|先后|已)?(?:成功)?"
                          r"(?:(?:获得了?|获|完成了?|拿下了?|斩获了?)[^，,；;。]{0,24}?(?:融资|投资|注资)"
                          r"|(?:累计|合计|共计)?(?:融资|募资)(?:总)?(?:额|金额|总额))")
# 由A领投 / 获得了A的投资: the carried name stood as a backer in its clause (after 由 or 获得), never as its subject
_BACKER_BEFORE = re.compile(r"(?:由|获得了?|获)[^，,；;。]{0,12}$")


# A、B跟投 / A和B都作为投资人之一参与了该轮融资: the name backs a round whose company is named elsewhere
_BACKS_AFTER = re.compile(r"(?:[、和及与][^，,；;。]{0,30}?)?(?:等[^，,；;。]{0,10}?)?(?:都|均|也|还|则|继续|持续|分别)*"
                          r"(?:作为投资[人方者](?:之一)?|(?:联合领投|领投|跟投|参投|追投)(?=[，,；;。\s\[]|$)"
                          r"|参与了?(?:该|本|此|这|两|两)轮融资)")


def _a_backer(ctx: Ctx, m: Mention) -> bool:
    return _in_backer_slot(ctx, m) or _BACKS_AFTER.match(ctx.text, m.end) is not None


def _in_backer_slot(ctx: Ctx, m: Mention) -> bool:
    cs = clause_start(ctx.text, m.start, max(0, m.start - 14))
    return _BACKER_BEFORE.search(ctx.text, cs, m.start) is not None


def _zero_raiser(ctx: Ctx, cs: int, t: Span) -> list[Mention]:
    """由A领投…；同年又获得B的战略投资: a clause with no subject that tells a round raised, whose carried subject
    stood as a backer, raises for the company the round before went into (none when no such round is read)."""
    if _ZERO_RAISES.match(ctx.text, cs) is None:
        return []
    carried = ctx.carried_subject(t.start)[:1]
    if not carried or not _a_backer(ctx, carried[0]):
        return []
    found = _raiser_not_backer(ctx, cs, t, carried)
    return found if found[0].key != carried[0].key else []


def _raiser_not_backer(ctx: Ctx, cs: int, t: Span, found: list[Mention]) -> list[Mention]:
    """澄川资本领投青禾科技；到了6月，公司再获8亿元融资: 公司 opening a clause that tells a round raised is the company
    the round before went into (青禾科技), not its investor carried as the subject of the clause before. The
    investor stays where the clause names no company word (该基金又领投了B is read by coreference)."""
    raises = _COMPANY_RAISES.match(ctx.text, cs) if found else None
    if raises is None and found and _ZERO_RAISES.match(ctx.text, cs) and _a_backer(ctx, found[0]):
        raises = _ZERO_RAISES.match(ctx.text, cs)  # 由A领投；同年又获得B的战略投资: no subject, the raiser carried on
    if raises is None or not raises.start() <= t.start < raises.end():
        return found
    recent = ctx.doc.sentences[max(0, ctx.sent.index - 1)].start
    for fact in ctx.recent_back():
        if fact.type != "investment" or fact.evidence.start < recent or fact.evidence.start > t.start:
            continue
        investees = fact.roles.get("investee") or []
        if any(m.key == found[0].key for m in fact.roles.get("investor", [])) and investees \
                and investees[0].key != found[0].key:
            return investees[:1]
    return found


# 公司加大研发投入 / 2024年前三季度，公司实现营收…: the bare word opening the clause as its subject
_BARE_COMPANY_OPENS = re.compile(r"\s*(?:\d{4}年[^，,；;。]{0,8}?[，,]?\s*)?公司(?![债章法治理股])")
# (公司 opening a clause, or after a rating verb: 给予公司买入评级; not a kind of company, AI芯片公司寒武纪)
_BARE_COMPANY = re.compile(r"(?:(?<![\u4e00-\u9fffA-Za-z0-9])|(?<=给予|维持|看好|覆盖|上调|下调|认为|预计))公司(?![债章法治理股名])")


def _unnamed_self(doc: Doc) -> bool:
    """Whether the document speaks of its own company as bare 公司 before it names any organisation (an analyst's
    report on one company, an excerpt of its results): then 公司 is that unnamed company throughout."""
    def find(d: Doc) -> bool:
        first = _BARE_COMPANY.search(d.text)
        if first is None:
            return False
        return not any(m.start < first.start() for m in d.mentions if m.kind in ("organization", "candidate")
                       and m.source not in ("coref",))
    return doc.of_mentions("unnamed_self", find)


_STEP_AGAIN = re.compile(r"再次|重新|再度|第二次|二次")  # 于今年1月再次递表: the step taken once more


def _listing(ctx: Ctx, frame: Frame, t: Span, company: Mention) -> FactRecord | None:
    """A company's step towards the market (上市, 挂牌交易, 提交上市申请, 撤回申请); a product put on sale
    (新款芯片计划于2026年初上市) or a mere possibility (不排除未来赴港上市) is none."""
    stage = q.listing_stage(ctx, t)
    cs, ce = ctx.clause(t.start)
    proposal = ctx.text.endswith("议案", t.start, t.end)
    about = max(cs, ctx.text.rfind("关于", cs, t.start)) if proposal else cs
    if proposal:  # 董事会审议通过了关于公司申请首次公开发行股票并在创业板上市的议案: the board plans the listing
        if _SPIN_OFF_TITLE.search(ctx.text, about, t.start):
            return None  # 关于子公司分拆上市的议案: a unit's listing, not the board's company's
        stage = "delisted" if _DELISTING_TITLE.search(ctx.text, about, t.end) else "planned"  # 关于公司股票终止上市的议案
    if ctx.text.endswith("敲钟", t.start, t.end) and _RINGS_FOR_OTHERS.search(ctx.text, cs, t.start):
        return None  # 受邀为纳斯达克敲钟: a guest rings the bell, no listing of its own
    if stage == "planned" and cs <= company.start and _epithet_only(ctx, cs, company.start):
        stage = q.listing_stage(ctx, t, blank=_EPITHET)  # 被称为“GPU第一股”的A上市: the epithet plans nothing
    if ctx.text.endswith(("开始交易", "开始买卖"), t.start, t.end) \
            and not _ON_EXCHANGE.search(ctx.text, ctx.clause(t.start)[0], t.start):
        return None  # A股票今日在港交所主板开始交易: a listing only on an exchange named right before
    if ctx.text.endswith("发售", t.start, t.end):
        if not _OFFERING_RAISED.match(ctx.text, t.end):
            return None  # 全球发售价格, 拟全球发售1亿股: the offering named, no money said raised by it
        stage = stage or "listed"  # A此次全球发售共募得约21亿港元: the offering made, its money raised
    if _VIEWED_FROM.fullmatch(ctx.text, *ctx.clause(t.start)):
        return None  # 从上市节奏看，…: the listing is the angle the sentence takes, no step of it
    if company.start < cs and _SOURCE_CLAUSE.fullmatch(ctx.text, cs, ce):
        return None  # 监管网站的辅导公示系统显示，B已完成辅导: the source cited, no step of the company before
    if ctx.text.startswith("首发", t.start) and not cs <= company.start < t.start \
            and not _OWN_APPLICATION.match(ctx.text, cs):
        return None  # 交易所受理的首发申请数量下降: applications in general, not the company's of the sentence before
    if _PRE_IPO_BEFORE.search(ctx.text, max(0, t.start - 4), t.start):
        return None  # 完成一轮Pre-IPO轮融资: a round before the listing, no step towards it
    if stage == "listed" and (_NOT_YET_AFTER.match(ctx.text, t.end) or ctx.text.endswith(("距离", "离"), 0, t.start)) \
            or stage is not None and _DISTANCE_TO.search(ctx.text, cs, t.start):
        fact = q.base_fact(ctx, "listing", {"company": [company]}, t, stage=stage)
        fact.modality = "negated"  # 上市仍需时间 / 距离上市还有很长的路 / 上市一事尚无时间表: not listed, no date set
        return fact
    if stage is None or _product_launch(ctx, t, company) or _listing_hedged(ctx, t) \
            or not _listing_context(ctx, t) or _listing_words("road").match(ctx.text, t.end) \
            or _CITED.match(ctx.text, t.end) and ctx.text.startswith("招股", t.start):
        return None  # 上市之路走了两年多: the road to a listing, no step on it; 招股书显示: the prospectus cited
    if company.text in _places():
        return None  # 撤回其香港首次公开发行: the market's place, no company
    if stage == "listed" and (_listing_words("process").match(ctx.text, t.end) or _in_title(ctx, t)):
        return None  # 这属于上市审核流程的常规环节: the review named, no step of it; 《…股票发行上市规则》: a rule's title
    if _INTERMEDIARY.match(ctx.text, company.end) or _SPONSORS.match(ctx.text, company.end) \
            or _HIRED.search(ctx.text, max(ctx.sent.start, company.start - 4), company.start) \
            or _ROLE_BEFORE.search(ctx.text, max(ctx.sent.start, company.start - 8), company.start):
        return None  # 已聘请中信证券作为辅导机构: the sponsor, not the company going public
    earlier = [f for f in ctx.facts if f.type == "listing"]
    same = [f for f in earlier if f.roles["company"][0].key == company.key and f.qualifiers.get("stage") == stage]
    if same and ctx.text.endswith("发售", t.start, t.end) and same[-1].amount is None \
            and same[-1].modality == q.modality_for(ctx, t):
        same[-1].amount = _listing_proceeds(ctx, t)  # A在港上市。A此次全球发售共募得…: the listing's proceeds
    dated = q.date_for(ctx, t) if same else None
    if dated is not None and same[-1].date is not None and dated.start != same[-1].date.start \
            and _STEP_AGAIN.search(ctx.text, max(cs, dated.end), t.start):
        same = []  # 2025年6月首次递交上市申请，材料失效后于今年1月再次递表: a second filing, its own step and date
    if same:
        return None  # 撤回申请，…终止其上市审核: one step, read once
    if company.start < ctx.clause(t.start)[0] and any(f.roles["company"][0].key != company.key for f in earlier):
        return None  # A称，其旗下B已提交上市申请，申请在主板独立上市: B's step goes on, the clause's carried A lists nothing
    fact = q.base_fact(ctx, "listing", {"company": [company]}, t, stage=stage, exchange=_exchange(ctx, t, stage))
    fact.date = (_same_day_listing(ctx, t) if stage == "listed" else None) or q.date_for(ctx, t)
    fact.amount = _listing_proceeds(ctx, t)
    negated = q.negated_before(ctx, Span(max(ctx.clause(t.start)[0], company.end), t.start))
    if proposal:
        fact.modality = "negated" if _PROPOSAL_REJECTED.search(ctx.text, cs, about) else "planned"
        return fact
    if stage == "terminated":  # IPO审核状态变更为“终止”: the ending is the step stated, not a step called off;
        fact.modality = "negated" if negated else "asserted" if fact.modality == "negated" else fact.modality
    elif negated and fact.modality == "asserted":  # 尚未撤回上市申请; 但尚未向监管部门报送辅导备案: no step taken
        fact.modality = "negated"
    elif stage == "approved" and _RULED_AGAINST.search(ctx.text, max(t.end, company.end), ce):
        fact.modality = "negated"  # A的IPO不符合发行条件 / 申请未获上市委审议通过: the review did not pass it
    elif stage == "filed" and _ACCEPTED.search(ctx.text, *ctx.clause(t.start)):
        fact.modality = "asserted" if fact.modality == "planned" else fact.modality  # 上交所已受理A拟科创板上市申请,
        # A分拆上市已获上交所受理: the application (拟, a spin-off: its content) was accepted
    elif fact.modality == "asserted" and _put_forward_spin_off(ctx, t):
        fact.modality = "planned"
    elif fact.modality == "planned" and stage in _STAGES_UNDER_WAY and _under_way(ctx, cs, t):
        fact.modality = "asserted"
    return fact


# 受邀为纳斯达克敲钟 / 应邀为B敲钟: the bell rung for another's listing or an event, no listing of the ringer's
_RINGS_FOR_OTHERS = re.compile(r"受邀|应邀|(?<![成作认])为[^，,；;。在于]{0,12}$")
# 关于子公司分拆上市的议案 / 关于公司股票终止上市的议案: a unit's listing; the company's own shares taken off the market
_SPIN_OFF_TITLE = re.compile(r"分拆|子公司|孙公司|控股公司")
_DELISTING_TITLE = re.compile(r"终止上市|退市|撤回")
# 股东大会否决了…上市的议案 / 未审议通过: the proposal turned down, no plan
_PROPOSAL_REJECTED = re.compile(r"否决|未(?:获)?(?:审议)?通过|未能通过|撤销|撤回|终止")


# 在香港联交所主板 / 于上交所科创板 / 在纳斯达克: the exchange where the trading starts
_ON_EXCHANGE = re.compile(r"(?:在|于)[^，,；;。]{0,10}?(?:交易所|联交所|港交所|上交所|深交所|北交所|纳斯达克|纽交所|主板|创业板|科创板)"
                          r"(?:主板|创业板|科创板|GEM)?\s*(?:挂牌)?$")


# 全球发售共募得约…, 通过全球发售，A募得…: the offering, then the money it raised (in the clause or the next)
_OFFERING_RAISED = re.compile(r"[^。；;]{0,16}?(?:募得|筹得|集资|募资)(?:总额|净额)?(?:为|约为|约|达|共|合计)*\s*[\d约近逾超]")
# 正在进行股份制改造 / 正在接受上市辅导: a step that lasts, said to be under way, is a step taken (the stage is reached)
_STAGES_UNDER_WAY = frozenset({"shareholding_reform", "tutoring"})
_PROGRESSIVE = re.compile(r"(?:正在|正)(?:进行|开展|推进|实施|接受(?:[^，,；;。]{1,16}?的)?|做)?(?:上市)?$")  # 正在接受A的上市辅导


def _under_way(ctx: Ctx, cs: int, t: Span) -> bool:
    """眼下正在进行股份制改造: a stage that lasts (股改, 辅导) told as going on right before its word, with no plan or
    hope said in its clause besides (计划明年启动股改 / 拟于年内开始股改 / 将正在…: planned stays planned)."""
    found = _PROGRESSIVE.search(ctx.text, cs, t.start)
    if found is None:
        return False
    rest = ctx.text[cs:found.start()] + ctx.text[t.end:ctx.clause(t.start)[1]]
    return not q.plans_in(rest)


# 拟募资60亿元, 募资净额约12亿港元, 集资约3亿美元: what a listing raises (not 融资, a round's word)
_PROCEEDS_BEFORE = re.compile(r"(?:募资|募集资金|集资|筹资|募得|筹得|筹集资金|筹集|所得款项)(?:总额|净额|金额|规模|额)?"
                              r"(?:为|约为|约|达|达到|高达|超过|逾|不超过|近|合计|共计|总计|约合)*\s*$")


def _listing_proceeds(ctx: Ctx, t: Span) -> Value | None:
    """The money a listing raises, told in its sentence after its trigger (…IPO获受理，拟募资60亿元) or in its clause
    before it (募资12亿港元在港上市); none where another listing's trigger stands between (A募资…；B上市)."""
    cs = ctx.clause(t.start)[0]
    past = t.end + 2 if ctx.text.startswith("上市", t.end) else t.end  # 挂牌上市，募资净额…: one step in two words
    for v in ctx.values("money", cs, ctx.sent.end):
        if _PROCEEDS_BEFORE.search(ctx.text, max(ctx.sent.start, v.start - 10), v.start) \
                and not (v.start > t.end and _OTHER_LISTING.search(ctx.text, past, v.start)):
            return v
    return None


# (…上市，此次IPO募资1.5亿美元: the offering named by its proceeds is the same listing's, no other)
_OTHER_LISTING = re.compile(r"[；;。]|上市|IPO(?![^，,。；;]{0,4}?(?:募资|募集|集资|筹资|募得|筹得|所得款项))|挂牌")
# after the step: the review did not pass it (不符合发行条件, 未获…审议通过, 被否)
_RULED_AGAINST = re.compile(r"不符合(?:发行|上市)条件|未(?:能|获|获得)?[^，,。；;]{0,10}?通过|被否|遭否")
# 距离正式递交上市申请已万事俱备 / 距离上市还差一步: the step still ahead
_DISTANCE_TO = re.compile(r"距离[^，,。；;]{0,8}$")
# the intermediary named by its role right before its name (作为A此次IPO的辅导机构——中信证券已提交…)
_ROLE_BEFORE = re.compile(r"(?:辅导|保荐|承销)(?:机构|人|商)\s*(?:——|—|：|:)\s*$")
# a clause that only cites where what follows is told (监管网站的辅导公示系统显示，)
_SOURCE_CLAUSE = re.compile(r"\s*(?:据|根据)?[^，,。；;]{0,30}?(?:系统|网站|官网|平台|数据库)(?:信息)?(?:显示|披露|公示)[:：]?\s*")
# an epithet in quotes (“国产GPU第一股”): what a company is called, no plan of a listing
_EPITHET = re.compile(r"第一股")


def _epithet_only(ctx: Ctx, cs: int, before: int) -> bool:
    """Whether the clause's only planned-listing words are epithets (第一股) standing before the company (被誉为
    “国产GPU第一股”的A正式登陆…); 冲刺“AI第一股” after it, or 拟上市 anywhere, plans."""
    planned = dict(grammar().listing_stages)["planned"]
    found = list(planned.finditer(ctx.text, cs, ctx.clause(cs)[1]))
    return bool(found) and all(_EPITHET.fullmatch(m.group()) and m.end() <= before for m in found)
_ACCEPTED = re.compile(r"(?:已|已经|依法|正式)受理|(?:获|获得)[^，,。；;]{0,10}?受理|受理了")  # 已获上交所科创板受理


_PRE_IPO_BEFORE = re.compile(r"[Pp]re-?$")
# 公司科创板首发申请于…获受理 / 其首发申请…: the company's own word opens the clause of 首发申请
_OWN_APPLICATION = re.compile(r"\s*(?:同时|此外|目前|此前|随后)?[，,]?\s*(?:公司|本公司|该公司|其)")
# 从上市节奏看， / 从IPO进度来看， / 就上市时间而言，: a clause naming only the angle of what follows
_VIEWED_FROM = re.compile(r"\s*(?:而|但|不过|单|仅)?(?:从|就|以)[^，,。；;]{1,12}?(?:来看|看来|看|而言|来说)\s*")


@cache
def _places() -> frozenset[str]:
    """Countries, cities and seats of data/names.yaml: 香港, 美国, 合肥 — places, never a company listing."""
    raw = read_yaml("names.yaml")
    return frozenset(raw["countries"]) | frozenset(raw["places"]) | frozenset(raw["subsidiary_seats"])
_SPIN_OFF = re.compile(r"分拆")
_DONE = re.compile(r"完成|已经?|成功|正式|顺利|实现")


def _put_forward_spin_off(ctx: Ctx, t: Span) -> bool:
    """星澜科技将旗下青禾机器人分拆上市 / 公司决定分拆子公司上市: a spin-off listing with no word that it is done
    and no date of its own is put forward, not made (not 青禾机器人于2023年分拆上市, 已完成分拆上市)."""
    cs, ce = ctx.clause(t.start)
    spin = _SPIN_OFF.search(ctx.text, cs, t.start)
    return spin is not None and not _DONE.search(ctx.text, cs, t.start) and not ctx.values("date", cs, ce)


_CITED = re.compile(r"(?:说明书)?(?:的)?(?:显示|披露|指出|称|提到|中|里|数据|财务数据|还显示|同时显示)")  # 招股书的财务数据

# A listing's intermediary: 聘请A作为辅导机构, A担任保荐机构, 保荐人为A.
_INTERMEDIARY = re.compile(r"(?:作为|担任|出任|为)(?:其|本次|公司)?(?:上市)?(?:辅导|保荐|承销|主承销|财务顾问)(?:机构|人|商|顾问)?")
_HIRED = re.compile(r"(?:聘请|聘任|委托|选定|接受)了?$")  # 接受A上市辅导: A tutors
# 中信证券今年保荐过会的第3单项目: the sponsor named before its verb, not the company whose listing passed
_SPONSORS = re.compile(r"(?:今年|去年|年内|此前|已经|已|曾|共|累计|先后|还|也|独家|联合|所)*(?:保荐|承销)(?!机构为|人为)")


def _exchange(ctx: Ctx, t: Span, stage: str) -> str | None:
    """The exchange named in the trigger's clause, else in the sentence; a tutoring step (辅导备案, at a mainland
    securities bureau) takes only its clause's: 曾在北京证监局办理A股上市辅导备案，最终选择在港股上市 (no HKEX
    for the tutoring)."""
    cs, ce = ctx.clause(t.start)
    for exchange, cue in grammar().exchanges:
        if cue.search(ctx.text, cs, ce):
            return exchange
    return None if stage == "tutoring" else q.exchange_for(ctx)


@cache
def _listing_words(key: str) -> re.Pattern[str]:
    """Words of data/frames.yaml `listing` (products, company_heads, hedges, market_words)."""
    return re.compile(alt(read_yaml("frames.yaml")["listing"][key]))


def _product_launch(ctx: Ctx, t: Span, company: Mention) -> bool:
    """上市 of a product: 远景科技的新款芯片计划于2026年初上市 (a product word between the company and the
    verb), 首款车型极越01随后上市 (a product word right before the name), M100将于年底上市 (a product name).
    芯片公司云帆科技上市 stays a listing: a product word before 公司/企业 describes the company."""
    if company.kind == "product":
        return True
    cs, _ = ctx.clause(t.start)
    names = ctx.mentions(cs, t.start, UNIT)
    products = [m for m in _listing_words("products").finditer(ctx.text, cs, t.start)
                if not _listing_words("company_heads").match(ctx.text, m.end())
                and not any(n.start <= m.start() < n.end for n in names)]  # 云帆芯片科技: a name
    inside = company.start >= cs
    return any((inside and m.start() >= company.end) or not inside or
               (inside and re.fullmatch(r"[\s“”\"]*", ctx.text[m.end():company.start]) is not None)
               for m in products)


# after 上市: it is still some way off (仍需时间, 还需一段时日, 尚无时间表, 还有很长的路要走)
_NOT_YET_AFTER = re.compile(r"(?:一事|之路|进程)?(?:仍|还|尚|依然)(?:需|需要|要)(?:一段|一些|较长|很长)?(?:的)?(?:时间|时日)|"
                            r"(?:一事|之路|进程)?(?:尚无|暂无|没有|并无|仍无)(?:明确的?|具体的?)?(?:时间表|时间安排|具体时间)|"
                            r"(?:还有|仍有)(?:很长|较长|一段)(?:的)?(?:路|距离)")


def _listing_hedged(ctx: Ctx, t: Span) -> bool:
    """不排除未来转赴港股上市: a possibility the company does not rule out, no step it takes."""
    cs, _ = ctx.clause(t.start)
    return _listing_words("hedges").search(ctx.text, cs, t.start) is not None


_LISTING_WORD = re.compile(r"上市|IPO|首发|挂牌|登陆|退市|摘牌|敲钟|招股|辅导|股改|股份制|递表|聆讯|过会|全球发售|公开发售")


def _listing_context(ctx: Ctx, t: Span) -> bool:
    """撤回申请 / 终止审核 / 申请获得受理 are listing steps only in a sentence about the market (上市, IPO,
    科创板 …)."""
    word = ctx.text[t.start:t.end]
    if _LISTING_WORD.search(word):
        return True
    return _listing_words("market_words").search(ctx.sent.text) is not None


# right after the clause's subject (past the investors listed with it): it joins another company's round
_JOINS_ROUND = re.compile(r"(?:[、和及与]?[^，,；;。由的]{0,30}?)?(?:共同|联合|也|还|又|均)?(?:参与|领投|跟投|参投|追投)了?(?!的)")
_IN_THE_ROUND = re.compile(r"(?:中|当中)[^，,；;。]{0,8}?(?:投资|出资|领投|跟投|参投|认购|投入)")
# A figure promised or set as a target in an acquisition's terms (业绩承诺, 对赌), not one reached.
_PROMISED = re.compile(r"承诺|对赌|业绩目标|考核目标|业绩承诺")


_PROFIT_NOUNS = frozenset({"净利润"})
_EBITDA_BEFORE = re.compile(r"(?:EBITDA|EBIT|息税折旧摊销前利润|息税前利润|经营现金流|现金流)(?:为|的)?\s*$")
_OPERATING_BEFORE = re.compile(r"(?:经营溢利|经营利润|营业利润|营业盈利|经营盈利|营业溢利)(?:分别|均|仍|为|录得|转为|转成|变为)*\s*$")
_SOLD_TO_WHOM = re.compile(r"(?:对|向)[^，,；;。对向]{2,16}的\s*$")
_FROM_WHOM = re.compile(r"来自([^，,；;。]{2,16})的\s*$")  # 来自青禾生态的收入: what one source pays (来自海外市场: a segment)
_GUIDED_BRACKET = re.compile(r"(?:指引|预期|指导|预测)[^，,；;。（(]{0,6}[（(]$")
_GUIDANCE = re.compile(r"(?:的)?(?:指引|指导区间|指导值|预测值|预测|预期值|目标值)")  # 净利润预测至9.45亿美元: a forecast
# 营收目标为100亿元 / 净利润目标: a goal set for the figure, no result (a plan; none where no figure is given)
_TARGET_OF_FIGURE = re.compile(r"(?:的)?(?:目标|考核目标|奋斗目标)(?!值)")
_COMPARISON_OPENS = re.compile(r"\s*(?:不过|但|而|但是)?\s*(?:相较于|相比于|相较|相比|较之|对比)")


# The part of a company a figure is of, right before the metric: 云业务收入, AI相关业务的收入, 云端产品线营收,
# 来自海外市场的收入 (not 主营业务收入 or 总体业务, which are the whole company's)
_SEGMENT = re.compile(r"(?:来自(?P<src>[^，,；;。、]{2,12}?)的|(?P<seg>[A-Za-z0-9\u4e00-\u9fff]{0,8}?"
                      r"(?:业务|产品线|板块|分部|事业部|事业群|产品|服务))(?:的)?"
                      r"|(?:[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]、)\s*(?P<label>[^，,；;。：:（）()]{2,10})[：:]\s*)$")
_WHOLE_COMPANY = re.compile(r"^(?:产品|主要产品|主营产品|主营业务|主要业务|全部业务|整体业务|总体业务|各项业务|各业务|所有业务|全部产品|整体|自身业务|"
                            r"自有业务|本身业务)$")


def _segment(ctx: Ctx, t: Span, company: Mention, cs: int) -> str | None:
    """The business, product line or market a figure is of (see _SEGMENT), read after the company and any period;
    for revenue also a bare business name before it (2023年大模型的收入…, 座舱业务收入则…, 包括安防AI收入…)."""
    if cs > ctx.sent.start and ctx.text[cs - 1] in "：:":  # (二)生成式AI：营业额…: the label before the colon
        cs = max(ctx.sent.start, cs - 16)
    start = max([cs] + [company.end if cs <= company.start < t.start else cs])
    # the words before the metric with the period and a verb of stating left out (安防业务在2023年录得收入…)
    kept = "".join(ctx.text[i] for i in range(start, t.start)
                   if not any(d.start <= i < d.end for d in ctx.values("date", start, t.start)))
    kept = _SEGMENT_LEAD.sub("", _SEGMENT_TAIL.sub("", kept))
    found = _SEGMENT.search(kept)
    if found is not None:
        segment = (found["src"] or found["seg"] or found["label"] or "").strip()
    elif ctx.text[t.start:t.end] in _REVENUE_WORDS and not ctx.mentions(start, t.start) \
            and not ctx.values("money", start, t.start) and not ctx.values("percent", start, t.start):
        bare = _BARE_SEGMENT.search(kept)  # (not a name, an amount or a place: those are no business)
        segment = bare.group(1) if bare and not _NOT_A_SEGMENT.search(bare.group(1)) \
            and not _CLAUSE_WORD_LEAD.match(bare.group(1)) else ""
    else:
        return None
    segment = segment.rpartition("的")[2] if "的" in segment[:-1] else segment.removesuffix("的")
    segment = re.sub(r"^(?:本公司|该公司|公司|集团|其)", "", segment)  # 公司云端产品线: the business, not the company word
    return segment if len(segment) >= 2 and not _WHOLE_COMPANY.match(segment) else None


_SEGMENT_TAIL = re.compile(r"(?:在|于)?(?:实现|录得|取得|贡献)?(?:了)?$")
_CLAUSE_WORD_LEAD = re.compile(r"(?:虽然|虽|除了|在|于|如果|若|但|因为|因|由于|由|对|向|将|把|被|当|随着)")
_SEGMENT_LEAD = re.compile(r"^[\s，,]*(?:至于|对于|其中|包括|而|则|此外|另外|同时|相比之下|除了|除)[\s，,]*")
_REVENUE_WORDS = frozenset({"收入", "营收", "营业收入", "营业额", "销售收入", "销售额"})  # (创新药销售收入: a line's)
# a business named right before the revenue word, with no company word: 生成式AI的, 智能汽车, 包括视觉AI
_BARE_SEGMENT = re.compile(r"(?:包括|其中|而|则)?([A-Za-z0-9\u4e00-\u9fff+]{2,10}?)的?$")
_NOT_A_SEGMENT = re.compile(r"^(?:公司|集团|其|该公司|本公司|全年|年度|季度|半年|上半年|下半年|单季|同期|当期|本期|期内|总|主营|营业|"
                            r"累计|合计|整体|经调整|非.{0,8}准则|归母|扣非|净|毛|税[前后]|分别|预计|预期|均|都|也|还|共|同比|环比)"
                            r"|(?:年|季|季度|期|总|累计|全年|合计|整体|显示|披露|表明|指出)$")   # 三季报显示营收…: the source


# A profit named, then said to be a loss: 净利润亏损…, 扣非净利润为亏损…, 营业利润录得亏损…
_TURNS_LOSS = re.compile(r"\s*(?:分别|均)?(?:为|录得|出现|仍|继续|转为|转成|变为|陷入)?\s*(?:净)?亏损")  # (由营业盈利转为亏损)


# 从(连续)亏损到/转为盈利, 由亏损走向盈利: a loss left behind
_LEFT_BEHIND = re.compile(r"(?:从|由)(?:连续|持续|长期|多年|巨额|大幅)?$")
_TURNED_TO = re.compile(r"(?:状态|局面)?(?:到|转为|转向|走向|迈向|转变为|变为)")
_ABILITY_AFTER = re.compile(r"(?:能力|水平|模式|空间|预测|前景|压力|质量|结构|状况)")


# 正以80亿元的估值向投资者筹资12亿元 / 以约60亿元估值募得8亿元: 筹资 and 募得 tell a round only beside its investors or
# its valuation (筹资活动 is a line of the cash-flow statement; 募得资金 the proceeds of an offering)
_RAISED_FROM_INVESTORS = re.compile(r"估值|向[^，,；;。]{0,6}?(?:投资者|投资人|投资方|投资机构|机构投资者)")
_FUNDS_NOUN = re.compile(r"活动|(?:的)?(?:资金|款项|现金)")


# 星衡完成2亿元B轮 / 星衡获数千万元天使轮: a verb of getting, the money maybe, then the round's name closing the clause
_HEADLINE_ROUND = re.compile(r"(?:完成|获得?|拿到|拿下|斩获|宣布完成|再获|又获)了?\s*(?:(?:近|超|约|逾)?[\d.]+\s*(?:万|亿|千万|百万)*"
                             r"(?:元|美元|港元|欧元)|数(?:千万|亿|十亿|百万)(?:元|美元)|[数十百千万亿]+(?:元|美元))?\s*$")
_ROUND_CLOSES = re.compile(r"\s*(?:$|[，,。；;！!？?）)、]|(?:的)?(?:投资|融资|战略投资))(?<!投资)(?<!融资)")


def _financial(ctx: Ctx, frame: Frame, t: Span, company: Mention) -> FactRecord | None:
    """A company's figure (营收, 净利润, 融资 …): the value in the trigger's clause, else the nearest after it
    in a clause that states no deal of its own (在宣布融资的同时，A还以8600万元收购了B: 8600万元 is B's price).
    A spending figure of a future span (未来五年的研发投入预计将达到2000亿元) is a plan, not a figure."""
    trigger = ctx.text[t.start:t.end]
    metric = grammar().metrics.get(trigger, "capex" if "投入" in trigger else None)
    if trigger.endswith("轮") and not (_HEADLINE_ROUND.search(ctx.text, ctx.clause(t.start)[0], t.start)
                                      and _ROUND_CLOSES.match(ctx.text, t.end)):
        return None  # only 完成/获得(money)B轮 closing its clause: B轮融资 is read from 融资, 本轮/上一轮 are no round
    if trigger in ("筹资", "募得") and not _RAISED_FROM_INVESTORS.search(ctx.text, *ctx.clause(t.start)) \
            or trigger in ("筹资", "募得") and (_OWN_OFFERING.search(ctx.sent.text) or _FUNDS_NOUN.match(ctx.text, t.end)):
        return None  # 筹资活动现金流, 本次发行募得资金: no round; a round told by its investors or its valuation only
    if metric == "financing" and company.end < t.start and _FUNDERS_OF.match(ctx.text, company.end):
        got = max(ctx.text.rfind("获", ctx.clause(t.start)[0], company.start),  # 该公司获得A、B共同出资的3亿元融资
                  ctx.text.rfind("由", ctx.clause(t.start)[0], company.start))  # 驭衡完成由澄川资本领投的A轮融资
        raisers = [m for m in ctx.mentions(ctx.clause(t.start)[0], got) if got >= 0] or \
            (ctx.carried_subject(got) if got >= 0 else [])
        if not raisers:
            return None
        company = raisers[-1]
    if metric == "financing" and ctx.clause(t.start)[0] <= company.start and company.end <= t.start:
        joined = _JOINS_ROUND.match(ctx.text, company.end, t.start)
        if joined is not None:  # A、B共同参与了公司C轮融资: the company whose round it is raises, not A
            after = ctx.mentions(joined.end(), t.start)
            raiser = after[:1] or (_company_written_about(ctx, [company], t.start)
                                   if _THE_COMPANY.match(ctx.text, joined.end()) else [])
            if not raiser:
                return None
            company = raiser[0]
    if metric is None or _DESTINED.search(ctx.text, max(ctx.sent.start, t.start - 4), t.start):
        return None  # 其中约155亿美元用于资本开支: money a plan sets aside for it, no figure
    if ctx.text.startswith("率", t.end):
        return None  # 净亏损率, 研发费用率: a ratio to revenue, not the figure itself
    aspect = _ASPECT_AFTER.match(ctx.text, t.end)
    named = next((m for m in ctx.mentions(aspect.end(), aspect.end() + 12) if m.start == aspect.end()), None) \
        if aspect is not None else None
    if named is not None and named.kind != "person":
        company = named  # 营收方面，澄川银行居首，为900亿元: the metric as a heading, the name after it owns the figure
    if _COUNTED_GROUP.match(company.canonical):
        return None  # 四大国有银行均实现营收增长, 三大运营商: a group counted, no one company's figure
    if _unread_opener(ctx, t, company):
        return None  # - 维澜2024年四季度营收…: a line opening with a name not read, no figure of the one before
    item = _ITEM_LOSS.search(ctx.text, max(ctx.sent.start, t.start - 6), t.start) if metric == "net_loss" else None
    if item is not None and not _CAUSE_BEFORE.search(ctx.text, max(ctx.sent.start, item.start() - 8), item.start()):
        return None  # 投资物业重估亏损, 汇兑亏损, 资产减值亏损: one item's loss, no net result (因一次性减值亏损扩大至…:
        # the impairment is why the net loss grew)
    if _PER_SHARE_OF.search(ctx.text, max(ctx.sent.start, t.start - 6), t.start):
        return None  # 每股基本亏损, 每股收益: one share's result, no company's figure
    if _EBITDA_BEFORE.search(ctx.text, max(ctx.sent.start, t.start - 10), t.start):
        return None  # 经调整EBITDA亏损收窄至31亿元: an EBITDA figure, no net result
    if metric == "revenue" and _SOLD_TO_WHOM.search(ctx.text, ctx.clause(t.start)[0], t.start):
        return None  # 对青松汽车的销售收入, 向前五大客户的销售收入: what one customer buys (sales_to), not the revenue
    source = _FROM_WHOM.search(ctx.text, ctx.clause(t.start)[0], t.start) if metric == "revenue" else None
    if source is not None and ctx.mentions(source.start(1), source.end(1)):
        return None  # 来自青禾-澄川生态的收入: what a customer named pays, not that customer's revenue
    if trigger == "转亏" and ctx.text.startswith(("为盈", "为赢"), t.end):
        metric = "net_profit"  # 转亏为盈: the loss turned into a profit (as 扭亏), no loss
    if metric in ("net_profit", "operating_profit") and _TURNS_LOSS.match(ctx.text, t.end):
        return None  # 归母净利润亏损3260万元: a loss, which the loss word after it reads (net_loss)
    if metric == "net_loss" and _OPERATING_BEFORE.search(ctx.text, max(ctx.sent.start, t.start - 8), t.start):
        metric = "operating_loss"  # 经营溢利亏损21亿元, 经营利润分别亏损…: the operating result is a loss
    if metric == "financing" and _IN_THE_ROUND.match(ctx.text, t.end):
        return None  # A在B的A轮融资中投资2000万美元: one investor's part, no figure of the round
    cs, ce = ctx.clause(t.start)
    kind = "quantity" if metric == "output" else "money"
    value = q.figure_for(ctx, t, kind)
    rose = _RISE_TO_AFTER.match(ctx.text, t.end)
    if rose is not None:  # 岚山银行净利润同比上升3%至20亿元: the figure after 至, not one told just before the name
        value = next((v for v in ctx.doc.values_in(rose.end(), rose.end() + 16, kind) if v.start == rose.end()), value)
    if value is not None and value.start > t.end and _OTHER_ITEM_BETWEEN.search(ctx.text, t.end, value.start) \
            and "分别" not in ctx.text[t.end:value.start]:  # (收入及毛利分别为…: each its own, read as a series)
        value = None  # 收入下降并计提减值拨备1亿元: the provision's figure, not the revenue's
    revised = _revised_to(ctx, value)
    if revised is not None:  # 资本开支从60亿元上调至80亿元: the figure a forecast now stands at
        value = revised
    reached = _reached_from(ctx, value) if revised is None else None
    if reached is not None:  # 净亏损从上年同期的0.3亿元扩大至1.2亿元: the figure is where it went
        value = reached
    change = (q.nearest(ctx.values("change", t.end, ce), t) or q.nearest(ctx.values("change", cs, ce), t)
              or q.nearest([c for c in ctx.values("change", ce, q.segment_end(ctx, t.end))
                            if c.text.startswith(("同比", "环比"))
                            or _SAME_PERIOD_BASE.match(ctx.text, ctx.clause(c.start)[0])], t))
    if change is not None and change.start >= t.end and q.metric_words().search(ctx.text, t.end, change.start):
        change = None  # 净利润的减少主要因研发投入增加: 增加 is the other figure's (研发投入)
    if change is not None and _COMPARISON_OPENS.match(ctx.text, cs):
        change = None  # 较上年同期3亿元的亏损额明显收窄: the figure compared with; the change is the other's
    if change is not None and _GUIDED_BRACKET.search(ctx.text, max(ctx.sent.start, change.start - 12), change.start):
        change = None  # 超出指引区间上沿(环比增长4%-6%): the guidance's range, not the figure's change
    if value is None and _ABILITY_AFTER.match(ctx.text, t.end):
        return None  # 提高持续盈利能力, 收入结构, 盈利模式: a quality of the figure talked about, none stated
    if value is None and change is None and metric == "net_profit" and trigger in _PROFIT_NOUNS:
        return None  # 这是公司扣非净利润的首次亏损: the figure named, no profit stated (盈利, 扭亏 state one)
    if value is None and change is None and metric == "net_profit" and any(
            grammar().metrics.get(m.group()) == "net_profit" and ctx.values("money", m.end(), t.start)
            for m in q.metric_words().finditer(ctx.text, q.segment_start(ctx, t.start), t.start)):
        return None  # 实现归母净利润10.38亿元，同比扭亏为盈: the profit is told with its figure already
    if value is None and change is not None and change.end <= t.start:
        return None  # 仍在增长的收入主要来自…: a growing revenue described, no figure stated
    if value is None and change is None and _OBJECT_OF_DUI.search(ctx.text, cs, t.start):
        return None  # 交易不会对公司的盈利产生重大影响: the figure is what something bears on, not stated
    if value is None and change is None and metric == "net_loss" \
            and _LEFT_BEHIND.search(ctx.text, max(cs, t.start - 6), t.start) and _TURNED_TO.match(ctx.text, t.end):
        return None  # 由持续亏损转向盈利: the loss is the state left behind, no loss stated
    vague = change is not None and getattr(change.value, "percent", None) is None \
        and getattr(change.value, "factor", None) is None \
        and not ctx.values("percent", change.end, change.end + 3)  # 带来可量化的收入增长: growth, no number (not 增长三成)
    under_way = metric == "financing" and value is None and _ROUND_UNDER_WAY.search(ctx.text, cs, t.start) is not None
    closed = metric == "financing" and value is None and _ROUND_CLOSED.search(ctx.text, cs, t.start) is not None
    if metric in ("financing", "capex", "rd_expense", "revenue", "output", "cumulative_loss") and value is None \
            and (change is None or vague) \
            and not (metric == "financing" and q.round_for(ctx, t)
                     and (q.valued_in_sentence(ctx) or under_way or closed)):
        return None  # (完成新一轮融资，投后估值达50亿元: a valued round with no figure, an investment all the same)
    if metric in ("capex", "rd_expense") and value is not None:
        plan = _spending_plan(ctx, t, company, metric, value)
        if plan is not None:
            return plan
    fact = q.base_fact(ctx, "financial", {"company": [company]}, t, metric=metric, value=value, change=change)
    if under_way and fact.modality == "asserted":
        fact.modality = "planned"  # 正在接洽新一轮融资: a round sought, not raised yet
    segment = _segment(ctx, t, company, cs) if metric not in ("financing", "capex", "rd_expense") else None
    if segment and _COUNTED_GROUP.match(segment):
        return None  # 四大行手续费收入均下降: the group's line of income, no one company's
    if segment:
        fact.qualifiers["segment"] = segment
    if _GUIDANCE.match(ctx.text, t.end) and fact.modality == "asserted":
        fact.modality = "expected"  # 将全年资本支出指引上调至900亿美元: guidance, a figure expected
    if _TARGET_OF_FIGURE.match(ctx.text, t.end):
        if value is None:
            return None
        if fact.modality == "asserted":
            fact.modality = "planned"
    if _PROMISED.search(ctx.text, max(cs, ctx.sent.start), t.start) and fact.modality == "asserted":
        fact.modality = "expected"  # 交易对方承诺B 2025年至2027年的净利润分别不低于…: a promise, no result yet
    fact.qualifiers["period"] = q.period_for(ctx, t) or _period_carried(ctx, company)
    if revised is not None:  # a forecast raised or cut: expected, of a span the quarter reported on does not give
        fact.modality = "expected" if fact.modality == "asserted" else fact.modality
        fact.qualifiers["period"] = None
    if reached is not None:  # 2022年至2025年上半年，营收从A增至B: B is the last period's figure
        fact.qualifiers["period"] = _range_end(fact.qualifiers["period"])
    if (_YEAR_BEFORE.match(ctx.text, cs, t.start) or value is not None
            and _YEAR_BEFORE_VALUE.search(ctx.text, max(cs, value.start - 6), value.start)) \
            and isinstance(fact.qualifiers["period"], Value) and fact.qualifiers["period"].start < cs:
        fact.qualifiers["period"] = _year_before(fact.qualifiers["period"])
    if fact.modality in ("planned", "expected") and _before_this_year(ctx, fact.qualifiers["period"]) \
            and not q.plan_in_clause(ctx, t):
        fact.modality = "asserted"  # 预计上半年亏损2亿元，相较去年上半年的4亿元…: last year's figure is history
    return fact


# another item of the accounts named between a metric and the figure after it: the figure is that item's
_OTHER_ITEM_BETWEEN = re.compile(r"拨备|减值|计提|商誉|派息|股息|分红|现金流|毛利(?!率)|存货|应收|负债|总资产")


# 净利润方面 / 营收方面，: the metric as the heading of what follows
_ASPECT_AFTER = re.compile(r"方面[，,：:\s]*")


# 净利润同比增长3.28%至2223.23亿元: the metric's change, then the figure it went to
_RISE_TO_AFTER = re.compile(r"\s*(?:同比|环比)?(?:大幅|小幅|稳步)?(?:增长|上升|下降|减少|增加|下滑|提升|上涨|下跌)\s*"
                            r"[0-9]+(?:\.[0-9]+)?%\s*(?:至|到|达)")


# 四大国有银行 / 三大运营商 / 多家券商: a count of companies named as one
_COUNTED_GROUP = re.compile(r"[一二三四五六七八九十两几各多数]+(?:大|家)")


# a line or a clause opening with a run of characters right before a year ("- 维澜2024年四季度营收…"): the run names
# whose figures follow, even where no name was read there
_UNREAD_OPENER = re.compile(r"\s*(?:[-•·*]\s*)?([\u4e00-\u9fff]{2,6}?)(?=(?:19|20)\d\d\s?年|\d{2}[QH][1-4]|(?:19|20)\d\d[QH][1-4])")
_BEFORE_A_YEAR = frozenset("于在由从至自到的则和与及或截")  # (…则由2022年, …截至2025年: a word's last character)
_OPENER_WORDS = frozenset({"公司", "本公司", "集团", "其中", "同时", "此外", "另外", "报告", "预计", "截至", "截止", "相比",
                           "相较", "对比", "而在", "单看", "具体", "今年", "去年", "全年", "期内", "报告期"})


def _unread_opener(ctx: Ctx, t: Span, company: Mention) -> bool:
    """Whether the sentence (or the line) of a figure opens with a run of characters no finder read as a name, right
    before a year, while its company was carried from before (维澜 after Meta's figures: 维澜's, never Meta's); a
    dictionary word (其中, 公司, 预计 …) opens no name."""
    start = ctx.sent.start  # the sentence's (or the line's) opening only, not a clause inside it (已接近公司2024年…)
    hit = _UNREAD_OPENER.match(ctx.text, start)
    if hit is None or hit.end() > t.start or company.start >= start or ctx.mentions(start, t.start):
        return False  # (净亏损则由2022年的…: the metric itself opens the clause, no name)
    run = hit.group(1)
    return run not in _OPENER_WORDS and not wordlist.is_common_word(run) and not wordlist.is_common_word(run[:2]) \
        and run[-1] not in _BEFORE_A_YEAR and not q.metric_words().search(run) and "公司" not in run \
        and not wordlist.starts_with_function_word(run)


# 重估亏损 / 汇兑亏损 / 减值亏损 / 公允价值变动亏损: the loss of one item of the accounts written before the loss word
_ITEM_LOSS = re.compile(r"(?:重估|减值|汇兑|公允价值(?:变动)?|处置|信用)$")
_CAUSE_BEFORE = re.compile(r"(?:因|由于|受|主要系)[^，,；;。]{0,6}$")


# 每股基本亏损 / 每股摊薄收益 / 每股: the result of one share, written before the metric word
_PER_SHARE_OF = re.compile(r"每股(?:基本|摊薄|稀释)?(?:的)?$")


# A profit below zero is a loss (the text of the figure keeps its sign)
_LOSS_OF = {"net_profit": "net_loss", "operating_profit": "operating_loss"}


def _as_loss(fact: FactRecord) -> FactRecord:
    """归母净利润为-1.2亿元: a profit figure below zero is a loss of 1.2亿元, as 净亏损1.2亿元 is (each figure of a
    series on its own: 净利润分别为-3.2亿元和0.4亿元 is a loss, then a profit)."""
    metric, value = fact.qualifiers.get("metric"), fact.qualifiers.get("value")
    if fact.type == "financial" and metric in _LOSS_OF and isinstance(value, Value) and _negative(value):
        fact.qualifiers = {**fact.qualifiers, "metric": _LOSS_OF[metric], "value": _negated(value)}
    return fact


def _negative(value: Value) -> bool:
    v = value.value
    return isinstance(getattr(v, "value", None), float) and v.value < 0 \
        and all(b is None or b <= 0 for b in (getattr(v, "min", None), getattr(v, "max", None)))


def _negated(value: Value) -> Value:
    """The same figure with its sign turned: -1.2亿元 as a loss of 1.2亿元 (a range's bounds swap)."""
    v = value.value
    low, high = (None if v.max is None else -v.max), (None if v.min is None else -v.min)
    return replace(value, value=replace(v, value=-v.value, min=low, max=high))


# 从…到/至…: a figure that went from one value to another (净亏损从0.3亿元扩大至1.2亿元, 营收由8亿元增至11亿元)
_FROM_BEFORE = re.compile(r"(?:从|由)(?:上年同期|去年同期|上年|去年|同期)?(?:的)?(?:约)?$")
_TO_AFTER = re.compile(r"\s*(?:大幅|明显|显著|进一步|快速|小幅|略微)?(?:扩大|增长|增加|上升|提升|提高|攀升|下降|减少|收窄|缩小|"
                       r"激增|猛增|暴增|大增|骤增|飙升|跃升|锐减|骤降|"
                       r"缩减|降低|下滑|回落|增|降|升|减)(?:至|到)(?:约)?")
_YEAR_BEFORE_FROM = re.compile(r"(?:从|由)(?:上年同期|去年同期)")


def _range_end(period: object) -> object:
    """The last period of a span (2022年至2025年上半年 → 2025年上半年); any other period as it is."""
    if not isinstance(period, Value) or not isinstance(period.value, DateValue) or not period.value.end \
            or period.value.value or not re.search(r"[至到\-—~]", period.value.text):
        return period
    last = re.split(r"[至到\-—~]", period.value.text)[-1]
    return Value(period.end - len(last), period.end, "date",
                 replace(period.value, value=period.value.end, start=None, end=None, text=last))


# 从60亿元上调至80亿元 / 由8亿元下修到6亿元: a forecast or a budget revised, from the old figure to the new
_REVISED_TO = re.compile(r"\s*(?:再次|进一步|大幅|小幅)?(?:上调|下调|调高|调低|调升|调降|上修|下修)(?:至|到)(?:约)?")


def _revised_to(ctx: Ctx, value: Value | None) -> Value | None:
    """The figure after 上调至/下调至 when `value` is where a forecast was revised from (从60亿元上调至80亿元 →
    80亿元); none for a figure that merely grew (从0.3亿元扩大至1.2亿元: _reached_from)."""
    if value is None or not _FROM_BEFORE.search(ctx.text, max(ctx.sent.start, value.start - 8), value.start):
        return None
    to = _REVISED_TO.match(ctx.text, value.end)
    if to is None:
        return None
    return next((v for v in ctx.doc.values_in(to.end(), to.end() + 16, value.kind) if v.start == to.end()), None)


def _reached_from(ctx: Ctx, value: Value | None) -> Value | None:
    """The figure after 至/到 when `value` is where a figure went from (从0.3亿元扩大至1.2亿元 → 1.2亿元)."""
    if value is None or not _FROM_BEFORE.search(ctx.text, max(ctx.sent.start, value.start - 8), value.start):
        return None
    to = _TO_AFTER.match(ctx.text, value.end)
    if to is None:
        return None
    return next((v for v in ctx.doc.values_in(to.end(), to.end() + 16, value.kind) if v.start == to.end()), None)


def _figure_went_from(ctx: Ctx, fact: FactRecord) -> list[FactRecord]:
    """净亏损从上年同期的0.3亿元扩大至1.2亿元: 0.3亿元 is the same metric's figure a year before the period."""
    value, period = fact.qualifiers.get("value"), fact.qualifiers.get("period")
    if fact.type != "financial" or value is None or not isinstance(period, Value):
        return []
    to = next((m for m in _TO_AFTER.finditer(ctx.text, max(ctx.sent.start, value.start - 12), value.start)
               if m.end() == value.start), None)
    earlier = next((v for v in ctx.doc.values_in(max(ctx.sent.start, value.start - 40), to.start(), value.kind)
                    if v.end == to.start()), None) if to is not None else None
    if earlier is None or not _YEAR_BEFORE_FROM.search(ctx.text, max(ctx.sent.start, earlier.start - 8), earlier.start):
        return []
    return [FactRecord(fact.type, dict(fact.roles), fact.evidence, "asserted", None, None, None,
                       {**fact.qualifiers, "value": earlier, "change": None, "period": _year_before(period)},
                       fact.confidence, fact.rule)]


# 营收由2021年的3100万元增至2023年的2.1亿元: a date with 由/从 before the first figure, a date after 增至 before the second
_FROM_DATED = re.compile(r"(?:从|由)\s*$")
_OF_DATE = re.compile(r"\s*(?:的)?\s*(?:约|近)?\s*")


def _figure_dated_to(ctx: Ctx, fact: FactRecord) -> list[FactRecord]:
    """营收由2021年的3100万元增至2023年的2.1亿元: the figure read is the first date's; the figure after 增至 with a
    date of its own is the same metric's figure of that date. Nothing where either figure has no date before it."""
    value, period = fact.qualifiers.get("value"), fact.qualifiers.get("period")
    if fact.type != "financial" or value is None or not isinstance(period, Value):
        return []
    first = next((d for d in ctx.doc.values_in(max(ctx.sent.start, value.start - 16), value.start, "date")
                  if _OF_DATE.fullmatch(ctx.text, d.end, value.start)), None)
    if first is None or not _FROM_DATED.search(ctx.text, max(ctx.sent.start, first.start - 2), first.start):
        return []
    to = _TO_AFTER.match(ctx.text, value.end)
    then = next((d for d in ctx.doc.values_in(to.end(), to.end() + 12, "date") if d.start == to.end()), None) \
        if to is not None else None
    gap = _OF_DATE.match(ctx.text, then.end) if then is not None else None
    figure = next((v for v in ctx.doc.values_in(gap.start(), gap.end() + 16, value.kind)
                   if gap.start() <= v.start <= gap.end()), None) if gap is not None else None  # (约8000万元)
    if figure is None or then.value == first.value:
        return []
    return [FactRecord(fact.type, dict(fact.roles), fact.evidence, fact.modality, None, None, None,
                       {**fact.qualifiers, "value": figure, "change": None, "period": then},
                       fact.confidence, fact.rule)]


def _period_carried(ctx: Ctx, company: Mention) -> Value | None:
    """寒武纪第一季度营收11亿元。更重要的是，公司首次季度盈利，净利润3.5亿元: a sentence that names no date at all goes on
    with the period of the company's figures in the sentence just before (of its paragraph, or closing the one before)."""
    if ctx.sent.index == 0 or ctx.values("date", ctx.sent.start, ctx.sent.end):
        return None
    before = ctx.doc.sentences[ctx.sent.index - 1]
    if not 0 <= ctx.sent.paragraph - before.paragraph <= 1:
        return None  # (the sentence just before may close the paragraph before: news written a sentence a line)
    periods = [f.qualifiers["period"] for f in ctx.doc.facts + ctx.facts
               if f.type == "financial" and before.start <= f.evidence.start < before.end
               and f.roles["company"][0].key == company.key and isinstance(f.qualifiers.get("period"), Value)]
    # the latest of them: the period reported on, not the year before it is compared with
    return max(periods, key=lambda p: getattr(p.value, "sort_key", ""), default=None)


def _before_this_year(ctx: Ctx, period: object) -> bool:
    """Whether a period ends in a year before the document's."""
    key = getattr(getattr(period, "value", None), "sort_key", "")
    ref = ctx.doc.ref_date or ""
    return len(key) >= 4 and len(ref) >= 4 and key[:4].isdigit() and key[:4] < ref[:4]


# A clause opening with the same period a year before: 2024年净亏损3亿元，上年同期亏损5亿元 (5亿元 is 2023's).
_YEAR_BEFORE = re.compile(r"\s*(?:而|其中)?(?:上年同期|去年同期|上年|去年全年|上一年度|上年度|上一年)")


# 扭转了去年同期2.6亿元的亏损局面: the figure right after 去年同期 is a year before
_YEAR_BEFORE_VALUE = re.compile(r"(?:去年同期|上年同期)(?:的)?(?:约)?(?:人民币)?$")


def _year_before(period: Value) -> Value:
    """The period one year before (2024 → 2023, 2025-Q2 → 2024-Q2), at the same place in the text."""
    d = period.value
    if not isinstance(d, DateValue):
        return period

    def back(v: str | None) -> str | None:
        return f"{int(v[:4]) - 1}{v[4:]}" if v and v[:4].isdigit() else v
    return Value(period.start, period.end, period.kind,
                 DateValue(back(d.value), back(d.start), back(d.end), f"{d.text}的上年同期", d.approx))


# A later clause comparing with the same period a year before (…合计约465.8亿元，较去年同期的约230.9亿元增长102%):
# its change is the figure's year-on-year change (a year's figure compared with the year before: 2025年营收14.2亿元，
# 较上年增长63%).
_SAME_PERIOD_BASE = re.compile(r"\s*(?:较|比|相比|相较|对比)(?:于)?(?:去年|上年|上一年)(?:同期)?")
# Between a name and 融资: it put the money in (高瓴创投、蓝驰创投共同出资的3亿元C轮融资).
_FUNDERS_OF = re.compile(r"(?:共同|联合)?(?:出资|投资|领投|参投|跟投|追投|注资)的")  # 由A领投、B跟投的…融资
_OBJECT_OF_DUI = re.compile(r"对[^，,。；;]{0,12}的$")
_DESTINED = re.compile(r"(?:用于|投向|用作|投入到|投入于)$")
# A deal verb (募资 used for a deal is no plan of the company's own).
_DEAL_VERB = re.compile(r"收购|并购|投资|入股|增资|认购|购买|受让|出售|转让")


def _spending_plan(ctx: Ctx, t: Span, company: Mention, metric: str, value: Value) -> FactRecord | None:
    """远景科技未来五年的研发投入预计将达到2000亿元: spending over a span still to come, said as expected or
    planned, is a capital plan (horizon 5y, purpose 研发 for R&D); a past span stays a figure."""
    horizons = [h for h in ctx.values("horizon", q.segment_start(ctx, t.start), ctx.clause(t.start)[1])
                if not str(h.value).startswith("-")]
    year = q.date_for(ctx, t) if not horizons else None  # 2025年资本开支预计在60亿元左右: this year's spending, planned
    coming = year is not None and _year_not_past(ctx, year)
    if not (horizons or coming) or q.modality_for(ctx, t) not in ("planned", "expected"):
        return None
    fact = q.base_fact(ctx, "capital_plan", {"company": [company]}, t, horizon=horizons[0] if horizons else None,
                       purpose="研发" if metric == "rd_expense" else None)
    fact.amount = value
    fact.date = q.date_for(ctx, t)
    fact.rule = f"capital_plan:subject:{ctx.text[t.start:t.end]}"
    return fact


def _year_not_past(ctx: Ctx, date: Value) -> bool:
    """A date in the document's year or later (2025年 in a 2025 report): a year still running or to come."""
    d = date.value
    ref = (ctx.doc.ref_date or "")[:4]
    return isinstance(d, DateValue) and bool(d.value) and d.value[:4].isdigit() and ref.isdigit() \
        and int(d.value[:4]) >= int(ref)


def _capital_plan(ctx: Ctx, frame: Frame, t: Span, company: Mention) -> FactRecord | None:
    """What a company says it puts into a project, a plant or a fund of its own: 星海集团未来三年将投入500亿元
    建设数据中心 (a plan), 北辰科技拟在苏州投资建设轴承产业园，项目总投资约15亿元 (the project's total, a plan
    where the clause naming the project says 拟/计划), 云帆材料在安徽累计投资18亿元建设光伏玻璃基地 (money stated
    as spent on a project). Money already put in without a project (累计投入超1000亿元) is a capex figure."""
    amount = q.amount_for(ctx, t) or _plan_total(ctx, t)
    horizons = (ctx.values("horizon", q.segment_start(ctx, t.start), ctx.clause(t.start)[1]) or _year_span(ctx, t)
                or _lasting(ctx, t))
    modality = q.modality_for(ctx, t)
    past = [h for h in horizons if str(h.value).startswith("-")]
    planned = modality in ("planned", "expected") or (horizons and not past) or "规划" in ctx.sent.text \
        or modality in ("reported", "rumored", "denied") and q.plan_in_clause(ctx, t)  # a reported plan
    if amount is None and not horizons or grammar().not_subject.search(company.text):
        return None  # 发改委审批投资项目35个，总投资3172亿元: a regulator approves, it does not spend
    if _UNDISCLOSED.search(ctx.text, ctx.clause(t.start)[0], t.start):
        return None  # 云帆智能没有公布多年期的投入总额: no plan stated
    if any(m.start < t.start < m.end for m in ctx.doc.mentions_in(max(0, t.start - 20), t.end)):
        return None  # 恒泰投资计划3个月内减持: 投资 ends a name, 计划 is its verb
    company = _announcer_of_plan(ctx, t) or company
    end = amount.end if amount is not None and amount.start >= t.end else t.end
    purpose = _purpose(ctx, end) or _purpose_before(ctx, t)
    if ctx.text[t.start:t.end].endswith("计划"):  # …投入计划不同 / 投资计划已完成过半: no use named after a plan noun
        use = _USE_LEAD.match(ctx.text, ctx.clause(t.start)[1])
        purpose = _phrase(ctx, use.end()) if use else "研发" if ctx.text.startswith("研发", t.start) else ""
    named = _project_named(ctx, t)
    if named is not None:  # 拟投资A项目，项目总投资约6亿元: the project of the clause before, its mood and builder
        purpose, modality, builder = named
        planned = planned or modality == "planned"
        company = builder or company
    if not planned and named is None and not _spent_on_project(ctx, t, amount, purpose):
        if _DEAL_VERB.search(ctx.text, q.segment_start(ctx, t.start), ctx.clause(t.start)[0]):
            return None  # A先后两次入股，合计投入约33亿美元: the money of the deal before, no spending of its own
        return _spent(ctx, t, company, amount, past[0] if past else None)
    from dealgraph.extract import share_sales  # (placements planned are read there)
    placement = "募" in ctx.text[t.start:t.end] and not purpose and share_sales.placement_planned(ctx, t)
    if placement:  # 披露定增预案，拟向特定对象发行股票，募资总额不超过13亿元: a private placement planned
        modality, planned = "planned", True
    if "募" in ctx.text[t.start:t.end] and not placement \
            and (modality != "planned" or not purpose or _DEAL_VERB.match(purpose)):
        return None  # 募资总额超过43亿港元: proceeds raised; 拟募资18亿元，用于…: a plan with its use (用于收购B
        # 65%股权 is a deal, read by the deal frames)
    if purpose and (_DEAL_VERB.match(purpose) or purpose.startswith("回购")):
        return None  # 拟斥资5亿元收购B: the price of a deal the deal frames read; 回购公司股份: a buyback, no project
    if _already_planned(ctx, company, amount):
        return None
    fact = q.base_fact(ctx, "capital_plan", {"company": [company]}, t, horizon=horizons[0] if horizons else None,
                       purpose=purpose or None)
    if placement:  # money to be raised, not yet spent on anything named: a reading of its own
        fact.modality, fact.rule = "planned", f"capital_plan:placement:{ctx.text[t.start:t.end]}"
    if named is not None and fact.modality == "asserted":
        fact.modality = modality
    elif fact.modality == "asserted" and planned:
        fact.modality = "planned"  # 宣布未来三年投入3800亿元: a plan announced is a plan (as in English)
    fact.amount = amount
    fact.date = q.date_for(ctx, t)
    return fact


# 在2024年至2028年间 / 2025-2027年: spending spread over a span of years
_YEAR_SPAN = re.compile(r"(20\d\d|19\d\d)年?\s*(?:至|到|-|—|–|~)\s*(20\d\d|19\d\d)年(?:间|期间|之间)?")


# 投入计划至少持续十年 / 计划持续5年: how long a plan runs
_LASTING = re.compile(r"(?:至少|将)?(?:持续|为期|长达)(?:至少)?([\d]{1,2}|[一二两三四五六七八九十]{1,3})年")
_TOTAL_LEAD = re.compile(r"[，,]\s*(?:总额|总计|合计|总规模|规模|金额|总投入)")


def _lasting(ctx: Ctx, t: Span) -> list[Value]:
    """小米对芯片的投入计划至少持续十年: the span a plan noun says it runs (10y), in the clause after the trigger."""
    if not ctx.text[t.start:t.end].endswith("计划"):
        return []
    hit = _LASTING.search(ctx.text, t.end, ctx.clause(t.start)[1])
    if hit is None:
        return []
    n = hit.group(1)
    years = int(n) if n.isdigit() else int(parse_chinese(n) or 0)
    return [Value(hit.start(), hit.end(), "horizon", f"{years}y")] if years else []


def _plan_total(ctx: Ctx, t: Span) -> Value | None:
    """…的投入计划至少持续十年，总额至少500亿元: a plan noun's total in the clause right after, opening with
    总额/规模/金额."""
    if not ctx.text[t.start:t.end].endswith("计划"):
        return None
    lead = _TOTAL_LEAD.match(ctx.text, ctx.clause(t.start)[1])
    if lead is None:
        return None
    _, ce = ctx.clause(lead.end())
    found = q.prices_in(ctx, lead.end(), ce)
    return found[0] if found else None


def _year_span(ctx: Ctx, t: Span) -> list[Value]:
    """亚马逊云科技宣布，在2024年至2028年间向英国数据中心投资80亿英镑: money spread over years that end after
    the document's date is a plan over that span (horizon 5y); a span already over (2019年至2021年间累计投资)
    is none. The span stands in the trigger's clause, before the verb."""
    span = None
    for span in _YEAR_SPAN.finditer(ctx.text, ctx.clause(t.start)[0], t.start):
        pass
    if span is None:
        return []
    first, last = int(span.group(1)), int(span.group(2))
    now = int((ctx.doc.ref_date or "0")[:4] or 0)
    if not first <= last or last < now or not now:
        return []
    return [Value(span.start(), span.end(), "horizon", f"{last - first + 1}y")]


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
# what may open a clause before its subject: a time, a place word, nothing
_TIME_BEFORE_SUBJECT = re.compile(r"[\s“”]*(?:(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?|近日|日前|目前|此前|今年|去年)[，,]?\s*")
_THE_PROJECT = re.compile(r"(?:该|本|此|这一|上述)(?:项目|工程)")
# 由B投资建设的A项目(的)总投资: the builder after 由, the project after 的 (up to the total)
_BUILT_BY = re.compile(r"由(?P<by>[^，,；;。由]{2,30}?)(?:投资建设|投资新建|投资兴建|投建|建设|开发|兴建)的"
                       r"(?P<project>[^，,；;。的]{2,30}?)(?:的)?$")
_PROJECT_TOTAL = re.compile(r"[\s“”]*(?:该|本|此|上述|整个)?(?:项目|工程|基地)?(?:计划|预计)?$")
_BUILDS = re.compile(r"(?:投资建设|投资新建|投资兴建|投建|建设|新建|兴建|扩建|投资)")


def _project_named(ctx: Ctx, t: Span) -> tuple[str, str, Mention | None] | None:
    """For 总投资 opening its clause: the project the clause before builds (公司拟投资建设A项目，总投资约9亿元:
    A项目), that clause's modality and its subject (由子公司B投资建设A项目，项目总投资3亿元: B builds), or None
    where the clause before names no project."""
    cs, _ = ctx.clause(t.start)
    if not ctx.text.startswith("总投资", t.start):
        return None
    own = _BUILT_BY.search(ctx.text, cs, t.start)
    if own is not None and own.end() == t.start and _project().search(own.group("project")):
        # 由B投资建设的A项目总投资93亿元: the project and its builder in the clause of the total itself
        builder = [m for m in ctx.mentions(own.start(), own.end("by")) if m.start == own.start() + 1]
        # (one builder alone: 由A和B共同投资建设的…: the total is no one company's)
        if builder and builder[0].end == own.end("by") and not ctx.mentions(own.end("by"), t.start):
            return own.group("project"), q.modality_for(ctx, Span(own.start(), own.end("by"))), builder[0]
    owner = next((m for m in ctx.mentions(cs, t.start, ORG) if _TIME_BEFORE_SUBJECT.fullmatch(ctx.text, cs, m.start)),
                 None)
    if owner is not None and ctx.text.startswith("的", owner.end) and not ctx.mentions(owner.end, t.start) \
            and _project().search(ctx.text, owner.end + 1, t.start) and ctx.text[t.start - 1] in "目程地厂园心线的":
        # 青禾科技的合肥智算中心项目总投资20亿元: the company's own project, named right before its total
        project = ctx.text[owner.end + 1:t.start].rstrip("的")
        return ("" if project in ("项目", "工程") else project), q.modality_for(ctx, t), owner
    if not _PROJECT_TOTAL.fullmatch(ctx.text, cs, t.start) or cs <= q.segment_start(ctx, t.start):
        return None
    pcs, pce = ctx.clause(cs - 1)
    verbs = list(_BUILDS.finditer(ctx.text, pcs, pce))
    if not verbs:
        return None
    built = verbs[-1]  # 拟与B合作，投资建设A项目: the verb nearest the project
    phrase = _phrase(ctx, built.end())
    by = ctx.text.rfind("由", pcs, built.start())
    project_first = not phrase and by >= 0 and _project().search(ctx.text, pcs, by) is not None
    if project_first:
        phrase = ctx.text[pcs:by].strip()  # 该项目由B投资建设，总投资93亿元: the project is the subject before 由
        if _THE_PROJECT.fullmatch(phrase):
            phrase = ""  # (该项目: the project named before, no name of its own here)
    if not project_first and not _project().search(phrase):
        return None
    verb = Span(built.start(), built.end())
    by_unit = [m for m in ctx.mentions(pcs, verb.start) if ctx.text[m.start - 1] == "由"][-1:]  # 由其投资建设: 其 builds
    if by_unit and ctx.mentions(by_unit[0].end, verb.start):
        return None  # 由A和B共同投资建设: a joint project, the total no one company's
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


# 阿里巴巴(今年2月)宣布的未来三年3800亿元投入计划: the plan of the company that announced it
_ANNOUNCED_OF = re.compile(r"\s*(?:此前|早前|近日|日前|[^，,；;。]{0,8}?[年月日])?(?:宣布|公布|提出|披露|发布|制定)的")
_PLAN_AFTER = re.compile(r"[^，,；;。]{0,6}?计划")


def _announcer_of_plan(ctx: Ctx, t: Span) -> Mention | None:
    """与阿里巴巴宣布的未来三年3800亿元投入计划不同，…: a plan named as announced by a company (A宣布的…投入计划)
    is that company's, whoever is the clause's subject."""
    if not (_PLAN_AFTER.match(ctx.text, t.end) or ctx.text[t.start:t.end].endswith("计划")):
        return None
    cs, _ = ctx.clause(t.start)
    for m in reversed(ctx.mentions(cs, t.start)):
        hit = _ANNOUNCED_OF.match(ctx.text, m.end)
        if hit is not None and hit.end() <= t.start:
            return m
    return None


_UNDISCLOSED = re.compile(r"(?:没有|未|并未|尚未|不)(?:公布|披露|透露|公开|说明)")
_CURRENCY_LEAD = re.compile(r"(?:人民币|美元|港元|港币|欧元|日元|英镑)")
_ASIDE = re.compile(r"\s*[(（][^()（）]{0,12}[)）]")
# …，用于建设数据中心 / …，其中，3亿元用于研发中心建设 (the first use listed of the money, its share named first)
# (…，募集资金扣除发行费用后将用于以下项目：A项目: the money raised named again, then its use listed after a colon)
_USE_LEAD = re.compile(r"[，,]\s*(?:其中[，,]?\s*(?:约)?[\d.]+\s*(?:亿|万|千万)?元?(?:人民币)?\s*)?"
                       r"(?:(?:本次)?(?:募集资金|所募资金|募得资金|募资)(?:净额|总额)?)?(?:扣除发行费用后)?(?:将|拟|计划)?"
                       r"(?:主要)?(?:用于|投向|投入到|用来)(?:以下(?:用途|项目|方面)[:：]\s*)?")


def _purpose(ctx: Ctx, end: int) -> str:
    """What a plan's money is for: the phrase after the amount, without a trailing currency word (3800亿元
    人民币); where the clause ends there, a next clause opening with 用于 (…，用于建设AI基础设施)."""
    cur = _CURRENCY_LEAD.match(ctx.text, end)
    end = cur.end() if cur else end
    aside = _ASIDE.match(ctx.text, end)  # 不超过10亿元(含本数)
    end = aside.end() if aside else end
    phrase = _phrase(ctx, end)
    use = _USE_LEAD.match(ctx.text, ctx.clause(end)[1]) if not phrase else None
    return _phrase(ctx, use.end()) if use else phrase


_TOWARDS = re.compile(r"(?:向|对)([^，,；;。向对]{2,20}?)(?:累计|追加|新增|再)?$")


def _purpose_before(ctx: Ctx, t: Span) -> str:
    """向英国数据中心投资80亿英镑: what the money goes to, named after 向/对 before the verb (no company there:
    a named company after 向 is read by the investment frames)."""
    if not re.search(r"投资|投入", ctx.text[t.start:t.end]):
        return ""  # 向控股股东定增募资: 向 names who takes the shares, not a use
    hit = _TOWARDS.search(ctx.text, ctx.clause(t.start)[0], t.start)
    if hit is None or ctx.mentions(hit.start(1), hit.end(1)):
        return ""
    return hit.group(1)


def _phrase(ctx: Ctx, start: int) -> str:
    _, ce = ctx.clause(start)
    text = ctx.text[start:ce].strip("，,。；;、 ")
    return re.sub(r"^(的|于|在|用于|来|去|，|,)+", "", text)[:40]


# A的竞争对手 / A的客户: a party other than A, named by how it stands to A (it does not act as A)
_OTHER_PARTY_OF = re.compile(r"的(?:主要|最大的?|直接|老)?(?:竞争对手|对手|友商|同行|竞品公司|客户|供应商|合作伙伴|合作方|股东|投资方|投资人|"
                             r"前员工|前高管|前同事)")
# 其海外产品X / A的核心产品X: the product named right after the words is the company's own
_PRODUCT_GAP = re.compile(r"\s*[“\"「《]?\s*")


def its_product(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """青禾智能…，其海外产品LumaPix今年… / 青禾智能的核心产品LumaPix: the company (其 resolved, or the name right
    before 的) owns the product named right after the words. Nothing where no product is named there, or the
    owner is someone else's party (A的竞争对手的产品)."""
    cs, ce = ctx.clause(t.start)
    gap = _PRODUCT_GAP.match(ctx.text, t.end)
    units = [m for m in ctx.mentions(gap.end(), ce, UNIT) if m.start == gap.end()]
    if not units:
        return []
    before = [m for m in ctx.mentions(cs, t.start, ORG) if m.end in (t.start, t.start - 1)]
    if not before and ctx.text.endswith("其", cs, t.start) and not ctx.mentions(cs, t.start - 1, UNIT + ("person",)):
        before = [m for m in ctx.carried_subject(t.start)[:1]  # …，其海外产品X: the subject carried into the clause,
                  if not _OTHER_PARTY_OF.match(ctx.text, m.end)]  # not one whose rival or client acts (A的竞争对手…，其…)
        return _undated(_deal(ctx, frame, t, before, units[:1])) if before else []
    if not before or before[-1].end == t.start - 1 and ctx.text[t.start - 1] != "的" \
            or before[-1].end == t.start and before[-1].text != "其":
        return []
    if before[-1].text == "其" and before[-1].canonical == "其":
        return []  # 其 left unresolved: no owner
    return _undated(_deal(ctx, frame, t, before[-1:], units[:1]))


def _undated(facts: list[FactRecord]) -> list[FactRecord]:
    """A product owned as it stands: the sentence's date is of what it did (今年用户数翻番), not since when it is owned."""
    for f in facts:
        f.date = None
    return facts



def _focus(ctx: Ctx, frame: Frame, t: Span, company: Mention) -> FactRecord | None:
    """What the company works on: read in focus.py (focus.company_focus)."""
    from dealgraph.extract import focus
    return focus.company_focus(ctx, frame, t, company)


def _closure(ctx: Ctx, frame: Frame, t: Span, company: Mention) -> FactRecord | None:
    """The company itself closes: 云帆出行宣布破产, 星澜网络已停止运营. Where the verb takes a part of the
    company as its object (将关停消费级四足机器人产品线, 关闭旗下电商业务), the company goes on: no fact; where that part
    is a product named (关停旗下社交App“回声”), or a product named is the subject (AI绘画应用“画屿”宣布停止运营), the
    product closes. 麓石科技并未停业: negated. 完成注销 closes a company; 注销回购股份 cancels shares, no closure."""
    cs, ce = ctx.clause(t.start)
    word = ctx.text[t.start:t.end]
    if word == "注销" and not _DEREGISTERED.match(ctx.text, t.end) and not _UNIT_STRUCK_OFF.match(ctx.text, t.end):
        return None  # 注销已回购股份 / 注销股票期权: shares or options cancelled, no company closed
    if word == "破产" and _REORGANISED.match(ctx.text, t.end):
        return None  # 申请破产保护 / 进入破产重整程序: the company is reorganised under the court and goes on
    closed = company
    if company.kind != "product" and cs <= company.end <= t.start \
            and (_PART_BEFORE_VERB.search(ctx.text, company.end, t.start)
                 or ctx.text.startswith("的", company.end) and _closure_words().search(ctx.text, company.end, t.start)):
        return None  # 澄川科技旗下门店已全部停业 / 澄川科技的门店…: the company's stores close, the company goes on (考拉海购APP
        #              下架: the platform's own app, the platform closes)
    if company.kind == "product" and not company.key.startswith("product:"):
        return None  # 科创板, a market the lexicon files as a product
    if company.kind != "product":
        obj = _closed_object(ctx, t, ce)
        if obj is not None:
            if obj is False:
                return None  # 关闭了北京办公室 / 将关停消费级四足机器人产品线: a part of the company, which goes on
            closed = obj
    fact = q.base_fact(ctx, "closure", {"company": [closed]}, t)
    fact.date = q.date_for(ctx, t)
    if fact.modality == "asserted" and q.negated_before(ctx, Span(max(cs, company.end), t.start)):
        fact.modality = "negated"  # 麓石科技并未停业: no closure
    elif fact.modality == "asserted" and _WIND_UP_DECIDED.search(ctx.text, cs, t.start):
        fact.modality = "planned"  # 董事会决定对B进行清算并注销: decided, not yet done
    return fact


_REORGANISED = re.compile(r"保护|重整")


# 董事会决定对B进行清算 / 股东大会审议通过了解散B的议案 / 同意注销B: a decision to wind up, not done yet
_WIND_UP_DECIDED = re.compile(r"(?:决定|决议|同意|审议通过了?(?:关于)?)[^，,；;。]{0,30}$")


# 针对“公司倒闭”的网传消息 / 对于网传“B已停摆”的传闻: the rumour a clause opens with, the closure inside it
_RUMOUR_ABOUT = re.compile(r"^(?:针对|对于|关于|就)[^，,；;。]{0,12}?(?:网传|传闻|传言|市场传|坊间|网上流传)?[^，,；;。]{0,20}?$")
_RUMOUR_NOUN = re.compile(r"[^，,；;。]{0,6}?(?:的)?(?:网传消息|传闻|传言|消息|说法|猜测|谣言)\s*[，,]")
# …，B回应称公司运营一切正常 / B方面回应：消息不实: who answers it, and whether the answer denies it
_ANSWERED = re.compile(r"(?:方面|相关负责人|官方)?(?:回应|回复|澄清|表示|称)(?:称|说|道)?[:：]?")
_DENIAL_WORDS = re.compile(r"一切正常|运营正常|经营正常|正常运营|正常经营|不实|谣言|造谣|不属实|并无此事|没有|否认|未倒闭|并未")


def _closure_rumour_answered(ctx: Ctx, t: Span) -> FactRecord | None:
    """针对“公司倒闭”的网传消息，诺岚科技回应称公司运营一切正常: a closure named only in the rumour a sentence opens
    with is the closure of the company that answers it in the next clause; denied where the answer says things are
    normal or the rumour untrue, rumoured otherwise."""
    cs, ce = ctx.clause(t.start)
    if cs != ctx.sent.start or not _RUMOUR_ABOUT.match(ctx.text[cs:t.start]) or not _RUMOUR_NOUN.match(ctx.text, t.end):
        return None
    nxt = _RUMOUR_NOUN.match(ctx.text, t.end).end()
    named = ctx.mentions(nxt, min(ctx.sent.end, nxt + 20), ORG)
    if not named or named[0].start != nxt or not _ANSWERED.match(ctx.text, named[0].end):
        return None
    fact = q.base_fact(ctx, "closure", {"company": [named[0]]}, t)
    reply = ctx.text[_ANSWERED.match(ctx.text, named[0].end).end():ctx.sent.end]
    fact.modality = "denied" if _DENIAL_WORDS.search(reply) else "rumored"
    return fact


# 对全资子公司B进行清算并注销 / 对B予以注销: the company the verb of winding up takes, after 对
_WOUND_UP_BEFORE = re.compile(r"\s*(?:进行|实施|予以|启动|开展)?(?:解散|清算|破产清算|解散清算)?(?:并|和|及)?$")


def _wound_up(ctx: Ctx, t: Span) -> list[Mention]:
    """A决定对全资子公司B进行清算并注销: B, named after 对 right before the verb of winding up (past 进行 and a first verb);
    none where the clause has no 对 there."""
    cs = ctx.clause(t.start)[0]
    for m in reversed(ctx.mentions(cs, t.start, ORG)):
        if _WOUND_UP_BEFORE.fullmatch(ctx.text, m.end, t.start) and _DUI_BEFORE_NAME.search(ctx.text, cs, m.start):
            return [m]
    return []


_DUI_BEFORE_NAME = re.compile(r"对(?:其|公司)?(?:全资|控股)?(?:子公司|孙公司|参股公司)?$")


# 完成注销, 注销登记, 已注销: the company struck off (the verb ends its clause or takes its procedure)
_DEREGISTERED = re.compile(r"\s*(?:了)?(?:$|[，,。；;、）)]|登记|手续|程序|工作|事宜|并|等)")
# 关闭了北京办公室 / 关停旗下社交App“回声”: what the verb closes, right after it
_CLOSED_THING = re.compile(r"\s*了?\s*(?:其|公司|旗下|下属|位于|在)?")


def _closed_object(ctx: Ctx, t: Span, ce: int) -> Mention | bool | None:
    """What a verb of closing takes as its object: None where it takes none (宣布破产, 于6月30日停止运营), a product mention
    where it names one of the subject's (关停旗下社交App“回声”), False where it closes some other thing (关闭了北京办公室,
    关停消费级四足机器人产品线)."""
    rest = ctx.text[t.end:ce]
    if ctx.text[t.start:t.end] == "注销" and (unit := _UNIT_STRUCK_OFF.match(rest)) is not None:
        named = ctx.doc.mentions_in(t.end + unit.end(), min(ce, t.end + unit.end() + 16), ORG)
        return named[0] if named and named[0].start == t.end + unit.end() else False  # 注销全资子公司B: B is struck off
    if _closure_words().search(_phrase(ctx, t.end)):
        named = [m for m in ctx.doc.mentions_in(t.end, min(ce, t.end + 24)) if m.kind == "product" and m.key.startswith("product:")]
        return named[0] if named else False
    lead = _CLOSED_THING.match(rest)
    after = t.end + (lead.end() if lead else 0)
    if after >= ce or ctx.doc.values_in(after, after + 1) or not re.match(r"[\u4e00-\u9fffA-Za-z]", ctx.text[after]) \
            or ctx.text.startswith(_CLOSURE_FOLLOWERS, after):
        return None
    named = [m for m in ctx.doc.mentions_in(after, min(ce, after + 24)) if m.kind == "product" and m.key.startswith("product:")]
    if named:
        return named[0]
    return False if ctx.text[t.start:t.end] in _TAKES_OBJECT else None


_PART_BEFORE_VERB = re.compile(r"旗下|下属|部分|多家|多个|一家|一座|一条|其在")
_UNIT_STRUCK_OFF = re.compile(r"\s*了?(?:其|公司)?(?:全资|控股)?(?:子公司|孙公司)")
_TAKES_OBJECT = frozenset({"关闭", "关停", "下架", "停运"})
_CLOSURE_FOLLOWERS = ("状态", "清算", "注销", "解散", "并", "后", "前", "以来", "之后", "一事", "的", "倒闭", "破产", "重整")


@cache
def _closure_words() -> re.Pattern[str]:
    """A part of a company closed (data/frames.yaml closure.parts): 产品线, 业务, 门店."""
    return re.compile(alt(read_yaml("frames.yaml")["closure"]["parts"]))


_SUBJECT_FACTS = {"listing": _listing, "financial": _financial, "capital_plan": _capital_plan, "focus": _focus,
                  "closure": _closure}
def portfolio(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """青岚资本的投资组合中还有A、B / 在青岚资本的被投企业中，A和B已上市: the owner of the portfolio, named right
    before 的, invested in each company listed after the noun (in its clause, or opening the next one)."""
    cs, ce = ctx.clause(t.start)
    if not ctx.text.endswith("的", cs, t.start):
        return []
    owners = ctx.group_left(cs, t.start - 1)
    start = _PORTFOLIO_LIST.match(ctx.text, t.end)
    if not owners or start is None:
        return []
    end = ce if start.end() < ce else ctx.clause(start.end())[1]
    companies = [m for m in ctx.group_right(start.end(), end, max_gap=0) if m.key not in {o.key for o in owners}]
    return _deal(ctx, frame, t, owners, companies)


# After the portfolio noun: the list opens right away (还有/包括/有) or, after 中, in the next clause.
_PORTFOLIO_LIST = re.compile(r"(?:中|里)?(?:还有|还包括|包括|就有|有|[，,]\s*)")


# 获得来自A、B的融资 / 凭借着来自A、B等战投和VC的融资: a verb of getting before 来自, the funders after it, then
# 的 and the money word (a round's, no loan: 贷款, 授信 and 借款 are debt)
_GOT_FROM = re.compile(r"(?:获得了?|获|凭借着?|依靠|得到了?|拿到了?|收到了?|引入了?|迎来了?)(?:[^，,；;。]{0,4}?)$")
_FUNDS_AFTER = re.compile(r"(?:等[^，,；;。的]{0,12}?)?的(?:[^，,；;。的]{0,8}?)(?:融资|投资|注资|战略投资|战投)"
                          r"(?![人方者机额])")


def funds_from(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """青禾智能获得来自澄川资本、岚山创投的融资: the names after 来自 invest in the subject of the getting verb."""
    cs, ce = ctx.clause(t.start)
    if not _GOT_FROM.search(ctx.text, cs, t.start):
        return []
    funders = ctx.group_right(t.end, ce, ORG, max_gap=0)
    if not funders or not _FUNDS_AFTER.match(ctx.text, funders[-1].end, ce):
        return []
    keys = {m.key for m in funders}
    raisers = [m for m in _subject_of(ctx, t) if m.key not in keys]
    facts = _deal(ctx, frame, t, funders, raisers[:1])
    for f in facts:
        named_round = q.round_for(ctx, t)
        if named_round and not f.qualifiers.get("round"):
            f.qualifiers["round"] = named_round
    return facts


HANDLERS: dict[str, Handler] = {
    "round": round_, "active": active, "passive": passive,
    "attributive": attributive, "portfolio": portfolio, "by": by, "title": title, "merge": merge,
    "set_up_company": set_up_company, "design_win": design_win,
    "purchase_from": purchase_from, "order": order, "agreement": agreement, "goods_sold": goods_sold, "related_trade": related_trade, "goods_provided": goods_provided, "absorb": absorb, "supplier_of": supplier_of,
    "supply_goods": supply_goods, "goods_used": goods_used, "shortlisted": shortlisted,
    "signed_with": signed_with, "top_supplier": top_supplier, "top_customer": top_customer, "revenue_from": revenue_from, "sales_to": sales_to, "tender_won": tender_won,
    "owner_list": owner_list, "subsidiary": subsidiary, "controlled_by": controlled_by, "held_by": held_by,
    "parent_of": parent_of,
    "launch": launch, "spun_from": spun_from, "negotiated": negotiated,
    "suppliers_named": suppliers_named, "goods_from": goods_from, "supply_to": supply_to,
    "holding_count": holding_count, "its_product": its_product, "subject": subject, "funds_from": funds_from}

from dealgraph.extract import deal_slots  # noqa: E402  (deal_slots builds on the handlers above)

HANDLERS.update(acquire=deal_slots.acquire, sell=deal_slots.sell, exit=deal_slots.exit_, invest_to=deal_slots.invest_to,
                nominal=deal_slots.nominal)

# tender_lists builds on the tender readers above (its handlers are looked up in frames._handler); they ask it for the
# procurer at a text's head and for bond auctions
from dealgraph.extract import tender_lists  # noqa: E402

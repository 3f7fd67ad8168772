"""Shareholders named by their rank or role (moved out of voices.py; its shared helpers are read as `v`):

- A为B第一大股东 / A成为B的控股股东 / A是其第二大股东 / 腾讯、米哈游等均已是其股东 (shareholder): each holder named
  before the word (or after it: B的股东包括A、C, 交易对方为B的全体股东，包括A…) holds the company between, else the
  company of the clause before, bought in the sentence or written about; the rank (largest, second, controlling …)
  is the holding's. A（下称“甲”）及其一致行动人B成为C第一大股东: A holds, B its concert party. A change of the
  controlling holder is read by deal_objects.control_change; 转让完成后，A将成为B第一大股东: still to come.
- Holders among the top ten, earlier holders of a round, an investor here holding the company announcing, a person
  opening the clause; 股东大会 / 股东权益 / 股东户数 and the like name no holding.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from dealgraph.extract import qualifiers as q
from dealgraph.extract import voices as v
from dealgraph.extract.document import FactRecord, Mention, Span
from dealgraph.extract.mentions import OFFICER_TITLE
from dealgraph.extract.grammar import Frame
from dealgraph.extract.topics import clause_end

if TYPE_CHECKING:
    from dealgraph.extract.frames import Ctx


_RANK = (("单一最大股东", "largest"), ("单一第一大股东", "largest"), ("第一大股东", "largest"), ("最大股东", "largest"), ("控股股东", "controlling"), ("第二大股东", "second"))

# A以10亿元取得B 10%股权，成为其第二大股东 / …，并将成为B的控股股东: a clause opening with 成为 (or 为) names no holder;
# the subject of the sentence, carried, holds.
_BECOMES = re.compile(r"[\s“”]*(?:并|也|还|且|从而|进而|由此|同时)?(?:已|将|正式|一举|再次|仍)?(?:成为|为)")

# 股东大会, 股东会, 股东权益, 股东户数: the shareholders as a body or a measure, no holding stated.
_NOT_A_HOLDER = re.compile(r"大会|会|权利|权益|回报|利益|结构|户数|人数|名册(?!中|里|上)|借款|贷款|担保|承诺|减持|增持|质押")


_BOUGHT_ONE = re.compile(r"该公司|该企业|其|后者|标的公司")  # the company just named, which does not hold itself


# …及其一致行动人B (B's name in Latin letters may hold commas): B joins the holder named before as its concert party
_CONCERT_BEFORE = re.compile(r"[”\"）)]?\s*[，,]?\s*(?:及其|与其|和其)(?:一致行动人|关联方)[^，。；;、\u4e00-\u9fff]{0,30}$")


def shareholder(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    cs, ce = ctx.clause(t.start)
    if _NOT_A_HOLDER.match(ctx.text, t.end):
        return []
    if _rank_at(ctx, t) in ("controlling", "largest"):  # 控股股东将由A变更为B: the holders before and after the change
        from dealgraph.extract.deal_objects import control_change
        changes = control_change(ctx, t, _rank_at(ctx, t))
        if changes is not None:
            return changes
    among = _AMONG_TOP.search(ctx.text, cs, t.start) if "前十" in ctx.text[cs:t.start] else None
    if among is not None:
        return _among_top_holders(ctx, t, cs, among)
    if "前十" in ctx.text[cs:t.start] and _TOP_TEN_CLOSES.match(ctx.text, t.end):
        return _ranked_among_top(ctx, t, cs)
    if _EARLIER_HOLDER.search(ctx.text, max(cs, t.start - 2), t.start):
        return _earlier_holders(ctx, t)
    own = _OWN_HOLDER.search(ctx.text, max(cs, t.start - 10), t.start) if "公司" in ctx.text[cs:t.start] else None
    if own is None and _BARE_HOLDER.fullmatch(ctx.text, cs, t.start):
        own = _announced_holder(ctx, cs, t)
    if own is None and ctx.text.startswith(("控股股东", "第一大股东"), t.start) \
            and _RANK_AFTER_JOINER.search(ctx.text, max(cs, t.start - 1), t.start):
        joined = ctx.mentions(cs, t.start - 1)  # 岚山资本与控股股东澄川集团… / ，与控股股东B构成一致行动关系
        if t.start - 1 == cs or joined and joined[-1].end == t.start - 1 and not _is_person(joined[-1]):
            own = _RANK_AFTER_JOINER.search(ctx.text, t.start - 1, t.start)
    beside = ctx.mentions(cs, t.start) if own is not None and own.re is _RANK_AFTER_JOINER else []
    owned = _own_holder(ctx, t, own, beside) if own is not None else []
    if owned:
        return owned  # (else 公司控股股东已变更为B is read as the rank's holders named after it)
    named_after = _holders_named_after(ctx, cs, ce, t)
    if named_after is not None:
        return named_after
    apposed = _holder_apposed(ctx, cs, t)
    if apposed:
        return apposed
    pos = max(ctx.text.rfind("为", cs, t.start), ctx.text.rfind("是", cs, t.start),
              max((ctx.text.rfind(w, cs, t.start) + 1 for w in ("位列", "位居") if ctx.text.rfind(w, cs, t.start) >= 0),
                  default=-1))  # A以11.2%的持股比例位列B第二大股东: 位列 as 为
    if pos < 0:
        named = _holder_after(ctx, t)
        if named is not None:
            return named
    companies = ctx.mentions(pos + 1, t.start) if pos >= 0 else []
    holders = ctx.group_left(ctx.sent.start, cs if pos < 0 or pos == cs else pos)
    if not holders and pos > cs:  # 王明为B第一大股东: a person opening the clause holds too
        holders = [p for p in ctx.mentions(cs, pos, ("person",))[-1:] if _CLAUSE_OPENING_PERSON.fullmatch(ctx.text, cs, p.start)
                   and re.fullmatch(r"\s*(?:(?:将|将会|拟|已|已经|也|还|即将|有望|预计)*成)?", ctx.text[p.end:pos])]
        # (周宁将成为B第三大股东: the person, then the verb of becoming)
    if not holders and pos > cs and ctx.text.startswith("作为", pos - 1):
        holders = _named_after_aside(ctx, ce)  # 作为B的最大外部股东，A也…: A, opening the clause after
    listed = _holders_listed(ctx, t) if companies else []
    if not holders and not listed and pos > cs and not ctx.text.startswith("作为", pos - 1) \
            and _UNNAMED_BEFORE_IS.search(ctx.text, cs, pos) and not ctx.text.endswith(_ADVERBS_BEFORE_IS, cs, pos) \
            and not _PARTY_NOUN.search(ctx.text, cs, pos):
        return []  # 王兴兴为B第一大股东 with the person not found: someone unnamed holds, not the subject before
    holders = holders or ctx.carried_subject(t.start)
    if listed:
        holders = listed  # 交易对方为B的全体股东，包括A、C以及D等: each listed holds B
    elif pos > cs and _PARTY_NOUN.search(ctx.text, cs, pos) and not ctx.mentions(cs, pos, ("organization", "person")):
        return []  # 交易对方为B的股东: the deal's party, unnamed, not the subject carried from before
    if pos >= cs and _BECOMES.fullmatch(ctx.text, cs, pos + 1) and companies and holders \
            and (holders[-1].key == companies[-1].key  # …取得B 10%股权，成为其第二大股东: B is 其; the subject holds
                 or _BOUGHT_ONE.fullmatch(companies[-1].text)):  # 收购B 45%股份并成为该公司控股股东: the same
        deal = next((f for f in reversed(ctx.facts) if f.type in ("acquisition", "investment")
                     and f.evidence.start == ctx.sent.start and all(f.roles.values())), None)
        if holders[-1].key == companies[-1].key:
            holders = ctx.carried_subject(t.start)
        elif deal is not None and list(deal.roles.values())[1][0].key == holders[-1].key:
            holders, companies = list(deal.roles.values())[0][:1], list(deal.roles.values())[1][:1]  # buyer holds
        if deal is not None and list(deal.roles.values())[1][0].key == companies[-1].key:
            companies = list(deal.roles.values())[1][:1]  # 该公司 is the company bought: by the name the deal gives it
    rank = _rank_at(ctx, t)
    if companies and companies[-1].text == "其" and pos >= cs and _BECOMES.fullmatch(ctx.text, cs, pos + 1) \
            and _RANK_GAP.fullmatch(ctx.text, pos + 1, t.start):
        held = _held_before(ctx, t.start)
        if held is not None:  # A持有B 23%股权，为其参股股东: 其 is B, held by A (the holder of the clause before)
            holders, companies = held
    if not companies and pos >= cs and _BECOMES.fullmatch(ctx.text, cs, pos + 1) \
            and _RANK_GAP.fullmatch(ctx.text, pos + 1, t.start):
        held = _held_before(ctx, t.start)
        if held is not None:  # A持有B 12.5%的股份，为第二大股东: A, the holder of the clause before, ranks in B
            holders, companies = held
    kind = v._RANK_OF_KIND.search(ctx.text, max(cs, pos + 1), t.end) if pos >= 0 and not companies else None
    the_company = v._THE_COMPANY.match(ctx.text, pos + 1) if kind is not None and holders \
        and not ctx.text.startswith("成为", pos - 1) and _opens_clause(ctx, holders[-1]) else None  # 为公司第二大股东
    kind_at = the_company.end() if the_company else pos + 1
    if kind is not None and ctx.text.startswith("成为", pos - 1) and not the_company and holders:
        # 转让完成后，B成为持股15.92%的第二大股东 / B成为公司第二大股东: of the company written about
        kind_at = _BECOMES_HOLDER_LEAD.match(ctx.text, pos + 1).end()
    if kind is not None and kind.start() == kind_at and v._CLAUSE_ENDS.match(ctx.text, t.end):
        rank = rank or _RANK_NAMES.get(kind.group(1))  # 仍是第一大机构股东: of the company written about
        companies = v._company_written_about(ctx, holders[-1:], t.start)
    each = holders if listed or len(holders) > 1 and _EACH_HOLDS.search(ctx.text, holders[-1].end, t.start) \
        else holders[-1:]
    concert = _CONCERT_BEFORE.search(ctx.text, ctx.sent.start, each[0].start) if len(each) == 1 and not listed else None
    if concert is not None:  # A（下称“甲”）及其一致行动人B成为C第一大股东: A and its concert party; A is the holder
        principal = [m for m in ctx.mentions(ctx.sent.start, concert.start(), (*v.ORG, "person"))
                     if m.end > concert.start() - 12][-1:]
        each = principal or each
    facts = [f for h in each  # 腾讯、米哈游、高瓴等均已是其股东: each of them holds
             for f in v._deal(ctx, Frame("shareholding", "active", ("holder", "company"), ()), t, [h], companies[-1:])]
    part_end = q.segment_end(ctx, t.end)
    for f in facts:
        if rank:
            f.qualifiers["rank"] = rank
        f.qualifiers["as_of"] = f.date or f.qualifiers.get("as_of")
        f.date = None
        if f.stake is not None and not q.segment_start(ctx, t.start) <= f.stake.start < part_end:
            f.stake = None  # 腾讯是其长期股东；…取得24.1%股权: a stake past the ；is another holder's
        elif f.stake is not None and f.stake.start > t.end and "股东" in ctx.text[t.end:f.stake.start]:
            f.stake = None  # A为B第一大股东，C为第二大股东，持股约8%: the stake after the next holder's rank is C's
        if pos >= cs and _BECOMES.fullmatch(ctx.text, cs, pos + 1):
            _continued_mood(ctx, f)
        will = _WILL_BECOME.search(ctx.text, max(cs, pos - 7), pos - 1) \
            if pos > cs and ctx.text.startswith("成为", pos - 1) else None
        if will is not None and f.modality == "asserted":  # 转让完成后，A将成为B第一大股东: still to come
            f.modality = "expected" if will.group(1) else "planned"
    if pos > cs and ctx.text.startswith("成为", pos - 1) and not ctx.text.endswith("间接", pos, t.start):
        return facts + v._acquired_holdings(ctx, t, facts)  # 收购完成后，A成为B的控股股东: A bought B (not 间接控股股东)
    return facts


def _named_after_aside(ctx: Ctx, ce: int) -> list[Mention]:
    """The name opening the clause after an aside (作为…股东，A…), if the next clause opens with one."""
    if ce >= ctx.sent.end:
        return []
    ncs, nce = ctx.clause(ce + 1)
    first = ctx.mentions(ncs, nce, v.PARTIES)[:1]
    return first if first and re.fullmatch(r"[\s“”，,]*", ctx.text[ncs:first[0].start]) else []


_CLAUSE_OPENING_PERSON = re.compile(r"[\s“”]*(?:(?:截至|截止)?[^，,。；;]{0,12}?[，,])?\s*")
# Words right before 为 that name no one: a subject the name finder did not read (王兴兴为…), not adverbs (均为, 目前为)
_UNNAMED_BEFORE_IS = re.compile(r"[\u4e00-\u9fff]{2,}\Z")
_ADVERBS_BEFORE_IS = ("均", "也", "则", "仍", "已", "将", "现", "亦", "且", "还", "都", "皆", "目前", "现在", "同时", "依然",
                      "仍然", "一直", "继续", "此前", "当时", "如今", "分别", "共同", "成", "作", "认", "称")


# 青禾科技控股股东澄川资本… / 青禾科技的第一大股东之一澄川资本…: the company right before the rank, the holder right after
_APPOSED_GAP = re.compile(r"的?")
_ONE_OF = re.compile(r"之一[“\"「]?")


def _holder_apposed(ctx: Ctx, cs: int, t: Span) -> list[FactRecord]:
    """青禾科技控股股东澄川资本与岚山创投签署一致行动协议: a rank standing between a company (right before it, 的 at
    most between) and a holder named right after it (past 之一) is the holder's rank in that company, whatever the
    clause goes on to say; the holder joined after it by 与 (B与C构成一致行动人) is no holder of the rank."""
    before = ctx.mentions(cs, t.start)
    if not before or not _APPOSED_GAP.fullmatch(ctx.text, before[-1].end, t.start) or before[-1].source == "coref":
        return []
    one_of = _ONE_OF.match(ctx.text, t.end)
    at = one_of.end() if one_of else t.end
    holders = ctx.group_right(at, ctx.clause(t.start)[1], v.PARTIES, max_gap=0)[:1]
    if not holders or holders[0].key == before[-1].key:
        return []
    rank = _rank_at(ctx, t)
    facts = v._deal(ctx, Frame("shareholding", "active", ("holder", "company"), ()), t, holders, before[-1:])
    for f in facts:
        if rank:
            f.qualifiers["rank"] = rank
        f.qualifiers["as_of"] = f.date or f.qualifiers.get("as_of")
        f.date, f.stake, f.modality = None, None, "asserted"  # the title states the holding; a plan is the deal's
        f.rule = "shareholding:apposed:" + ctx.text[t.start:t.end]
    return facts


_EARLIER_HOLDER = re.compile(r"(?:老|原|现有|早期)$")
_ROUND_WORDS = re.compile(r"融资|[A-E]\+*轮|[天种]子轮|天使轮|领投|跟投|参投|加注|追投|加码")


def _earlier_holders(ctx: Ctx, t: Span) -> list[FactRecord]:
    """星河智能完成B轮融资，老股东蓝湾资本、华芯基金持续加注: the ones called its earlier shareholders hold the company
    whose round the sentence tells (one holding each); nothing where no round of theirs was read."""
    group = ctx.group_right(t.end, ctx.clause(t.start)[1], v.PARTIES, max_gap=0)
    named = group[:1]
    for a, h in pairwise(group):  # 老股东A、B持续加注: the names joined by 、/和, not the verb glued after them
        if ctx.text[a.end:h.start] not in ("、", "和", "及", "与"):
            break
        named.append(h)
    if not named or not _ROUND_WORDS.search(ctx.text, ctx.sent.start, ctx.sent.end):
        return []
    company = v._company_written_about(ctx, named, t.start)[:1]  # the round's company (read later in the sentence)
    if not company or _an_investor_here(ctx, company[0], t.start):
        return []  # 本轮由A领投，…老股东B超额认购 (the company unnamed): A invests, B holds none of A
    facts = [f for h in named if h.key not in {c.key for c in company}
             for f in v._deal(ctx, Frame("shareholding", "active", ("holder", "company"), ()), t, [h], company)]
    for f in facts:
        f.date, f.stake, f.modality = None, None, "asserted"  # they held it before the round
        f.qualifiers["as_of"] = None
        f.rule = "shareholding:earlier_holder:" + ctx.text[t.start - 1:t.end]
    return facts


def _an_investor_here(ctx: Ctx, m: Mention, before: int) -> bool:
    """Whether m is named in the sentence before `before` as one who leads or joins a round (A领投, 由A、B联合领投)."""
    for n in ctx.mentions(ctx.sent.start, before, v.ORG):
        if n.key == m.key and _INVESTS_AFTER.match(ctx.text, n.end):
            return True
    return False


_INVESTS_AFTER = re.compile(r"(?:[、和与及][\u4e00-\u9fffA-Za-z]{2,14}?)*(?:等)?(?:共同|联合)?(?:领投|跟投|参投|投资)")


# 公司股东言川科技拟认购… / 公司控股股东A拟增持: the holder named right after the company's own word
_OWN_HOLDER = re.compile(r"(?:^|(?<=[，,。；;：:\s“”与和及、])|(?<=其中|此外|另外|同时))(?:公司|本公司|上市公司)的?"
                         r"(?:第一大|第二大|控股|间接控股|持股5%以上的?)?$")


# 股东A与B签署/签订/达成/订立 (协议): B signs with A
_AGREES = re.compile(r"\s*(?:[(（][^()（）]{0,30}[)）])?\s*(?:于[^，,。；;]{2,12}?)?(?:共同|正式|已)?(?:签署|签订|签定|订立|达成|就|"
                     r"(?:构成|互为|结为|成为|为|系)一致行动)")  # 控股股东A与B构成一致行动人: B acts with A, holds no rank
# 控股股东A拟增持… / 股东B计划减持… / 持股5%以上股东C拟减持… opening the clause: the holder's rank with no company word
# before it (in an announcement: the company announcing)
# A与控股股东B构成一致行动关系 / 和第一大股东B共同…: the rank after a joiner, with no company named, is in the company
# written about (never in A: 的 before the rank would name A's own holder)
_RANK_AFTER_JOINER = re.compile(r"[与和]$")


def _is_person(m: Mention) -> bool:
    """Whether the name is a person's (found so, or shaped so where only guessed)."""
    from dealgraph.extract.mentions import person_shaped
    return v._as_person(m).kind == "person" or m.kind == "candidate" and person_shaped(m.text)
_BARE_HOLDER = re.compile(r"[\s“”]*(?:第一大|第二大|控股|间接控股|持股(?:5|５|百分之五)%?以上的?)?")


def _announced_holder(ctx: Ctx, cs: int, t: Span) -> re.Match[str] | None:
    """晨星电子公告，控股股东澄川集团拟增持… / (title 晨星电子关于控股股东增持计划的公告) 控股股东澄川集团拟增持…:
    a holder's rank opening the clause, in an announcement: the rank is in the company announcing (an announcer
    before it in the sentence, a headline speaker, or the title opening the document). The match to read the
    company from (None where the clause is said by no announcing company)."""
    if ctx.announcer(t.start) or ctx.headline_speaker(cs) is not None:
        return _BARE_HOLDER.match(ctx.text, cs)
    if cs == ctx.sent.start and v._title_company(ctx) is not None:
        return _BARE_HOLDER.match(ctx.text, cs)
    return None


def _own_holder(ctx: Ctx, t: Span, own: re.Match[str], beside: Sequence[Mention] = ()) -> list[FactRecord]:
    """星河智能公告。公司控股股东蓝湾资本拟增持…: the holder named right after the word holds the company that
    announces or that the document is about (the rank from the word). `beside`: names the holder is joined
    with (A与控股股东B): holders too, never the company."""
    one_of = _ONE_OF.match(ctx.text, t.end)  # 控股股东之一A: one of the holders of the rank
    holders = ctx.group_right(one_of.end() if one_of else t.end, ctx.clause(t.start)[1], v.PARTIES, max_gap=0)
    kept = holders[:1]
    for a, h in pairwise(holders):  # 公司控股股东A及关联方B: only the ones joined right after the word hold so
        if ctx.text[a.end:h.start] not in ("、", "和", "及", "与"):
            break
        if ctx.text[a.end:h.start] in ("与", "和") and _AGREES.match(ctx.text, h.end):
            break  # 公司股东A与B签署了《股份转让协议》: B is the other party of the agreement, no holder
        kept.append(h)
    if not kept:
        return []
    holders = kept
    speaker = ctx.headline_speaker(ctx.clause(own.start())[0])  # 美尚生态：公司控股股东王澜…
    titled = v._title_company(ctx) if "公司" not in own.group() else None  # 控股股东A… under the title
    companies = ctx.announcer(own.start()) or ([speaker] if speaker is not None else []) \
        or ([titled] if titled is not None else []) or v._company_written_about(ctx, holders + list(beside), own.start())
    # a holder never holds itself, named in full or short (上海澄川 / 上海澄川企业管理有限公司)
    companies = [c for c in companies if not any(c.key == h.key or c.text.startswith(h.text) or h.text.startswith(c.text)
                                                 for h in holders + list(beside))]
    if not companies:
        return []
    rank = _rank_at(ctx, t)
    facts = [f for h in holders
             for f in v._deal(ctx, Frame("shareholding", "active", ("holder", "company"), ()), t, [h], companies[:1])]
    for f in facts:
        if rank:
            f.qualifiers["rank"] = rank
        f.qualifiers["as_of"] = f.date or f.qualifiers.get("as_of")
        f.date, f.stake, f.modality = None, None, "asserted"  # 公司股东A拟减持: A holds now; the plan is the sale's
        f.rule = "shareholding:own_holder:" + ctx.text[t.start:t.end]
    return facts


# 金石投资出现在8家公司的前十大股东名单中，包括B、C: the holder ranks among the top holders of each company listed
_AMONG_TOP = re.compile(r"(?:出现在|现身于?|跻身|进入|位列|位居|出现于)了?[\d一二三四五六七八九十两多几]+(?:家|只)(?:上市)?"
                        r"(?:公司|个股|股票)的?前十(?:大)?(?:流通)?(?:大)?$")
_TOP_LIST_AFTER = re.compile(r"(?:名单)?(?:之中|中|里|之列)?[，,：:]?\s*(?:其中)?(?:包括|分别是|分别为|涉及|有|即)了?[：:]?")


def _among_top_holders(ctx: Ctx, t: Span, cs: int, among: re.Match[str]) -> list[FactRecord]:
    """金石投资出现在8家公司的前十大股东名单中，包括云帆科技、华信电子: one holding of the subject in each company
    listed after 包括/分别是 (the day after 截至 as `as_of`); nothing where the companies go unnamed."""
    after = _TOP_LIST_AFTER.match(ctx.text, t.end)
    if after is None or after.end() == t.end:
        return []
    companies = ctx.group_right(after.end(), ctx.clause(after.end() + 1)[1])
    holders = ctx.group_left(cs, among.start(), v.PARTIES)[-1:] or ctx.carried_subject(among.start())[:1]
    if not holders or not companies:
        return []
    facts = [f for c in companies
             for f in v._deal(ctx, Frame("shareholding", "active", ("holder", "company"), ()), t, holders, [c])]
    for f in facts:
        f.qualifiers["as_of"] = f.date or f.qualifiers.get("as_of")
        f.date, f.stake = None, None
        f.rule = "shareholding:among_top:" + ctx.text[t.start:t.end]
    return facts


# 在B的前十大股东中，A以11.2%的持股比例位列第二: the list of B's holders, then one of them, its stake and its place
_TOP_TEN_CLOSES = re.compile(r"(?:名单)?(?:之中|中|里)\s*[，,]")
_TOP_TEN_OF = re.compile(r"[\s“”]*(?:在|于)?(?P<co>[^，,；;。]{2,30}?)的?前十(?:大)?(?:流通)?(?:大)?$")
_RANKED_HOLDER = re.compile(r"\s*(?:其中)?[，,]?\s*(?P<holder>[^，,；;。]{2,30}?)(?:以|持股|持有)(?:约|近)?\s*(?P<stake>[\d.]+%)"
                            r"(?:的持股比例|的持股|的股份|股份)?[，,]?\s*(?:位列|位居|排名|排在|列)第(?P<n>[一二三四五六七八九十\d]+)(?:位|名)?"
                            r"(?:大股东)?\s*(?:[，,；;。]|$)")
_PLACES = {"一": "largest", "1": "largest", "二": "second", "2": "second", "三": "third", "3": "third"}


def _ranked_among_top(ctx: Ctx, t: Span, cs: int) -> list[FactRecord]:
    """在溯光半导体的前十大股东中，大湾芯片基金以11.2%的持股比例位列第二: B's holder named in the next clause with its
    stake and place (rank second, third; a place past the third is no rank kept)."""
    of = _TOP_TEN_OF.match(ctx.text, cs, t.start - 2 if ctx.text.startswith("大股东", t.start - 1) else t.start)
    companies = [m for m in ctx.mentions(cs, t.start, v.ORG) if of is not None and of.start("co") <= m.start
                 and m.end == of.end("co")]
    _, ce = ctx.clause(t.start)
    ranked = _RANKED_HOLDER.match(ctx.text, ce + 1) if ce < ctx.sent.end else None
    if not companies or ranked is None:
        return []
    holders = [m for m in ctx.mentions(ranked.start("holder"), ranked.end("holder"), v.PARTIES)
               if m.end == ranked.end("holder")][-1:]
    stakes = [x for x in ctx.values("percent", ranked.start("stake"), ranked.end("stake"))]
    if not holders or not stakes or holders[0].key == companies[-1].key:
        return []
    facts = v._deal(ctx, Frame("shareholding", "active", ("holder", "company"), ()), t, holders, companies[-1:])
    for f in facts:
        f.stake = stakes[0]
        place = _PLACES.get(ranked.group("n"))
        if place is not None:
            f.qualifiers["rank"] = place
        f.rule = "shareholding:ranked_among_top:" + ctx.text[t.start:t.end]
    return facts


# 青禾机器人的第一大股东为创始人李明 / 控股股东是星澜科技 / 股东名单中包括红杉中国、高瓴创投: the holders after the rank.
_HOLDERS_ARE = re.compile(r"(?:名单中|名单里|名单|中)?(?:目前|现|仍|已|则)?(?:正式|将|拟)?(?:为|是|系|变更为|变为|包括|包含|有)(?!了)")
# 公司控股股东变更为B (an announcement): the rank of the company written about
_THE_COMPANYS_RANK = re.compile(r"[\s，,；;]*(?:本公司|公司|上市公司)的?")
_HOLDERS_END = re.compile(r"\s*(?:[，,；;。！!？?）)]|$|持股|持有|合计|分别|等|[(（])")


def _holders_named_after(ctx: Ctx, cs: int, ce: int, t: Span) -> list[FactRecord] | None:
    """青禾机器人的第一大股东为创始人李明，持股比例为31.2% / 星澜智算的股东包括红杉中国、高瓴创投: the company
    stands right before the rank (with or without 的), its holders after 为/是/包括; None where the clause
    is not of that shape (A为B的第一大股东 is read by shareholder())."""
    verb = _HOLDERS_ARE.match(ctx.text, t.end)
    before = ctx.mentions(cs, t.start)
    if verb is None:
        return None
    if before and ctx.text[before[-1].end:t.start] in ("", "的"):
        company = before[-1]
    elif not before and _RANK_OPENS.fullmatch(ctx.text, cs, t.start) and _rank_at(ctx, t) and _ranked_company(ctx):
        company = _ranked_company(ctx)  # …的第一大股东为A，第二大股东为B: the company of the rank before
    elif not before and (_THE_COMPANYS_RANK.fullmatch(ctx.text, cs, t.start) or _RANK_OPENS.fullmatch(
            ctx.text, cs, t.start)) and _rank_at(ctx, t):
        named = ctx.group_right(verb.end(), ce, v.PARTIES)  # (公司)控股股东变更为B: of the company written about
        about = v._company_written_about(ctx, named, t.start) if named else []
        if not about:
            return None
        company = about[0]
    else:
        return None
    holders = [h for h in ctx.group_right(verb.end(), ce, v.PARTIES) if h.key != company.key]
    if not holders or ctx.mentions(verb.end(), holders[0].start, v.PARTIES) or \
            holders[0].start - verb.end() > 8:
        return None  # 为创始人李明: a title may stand before the holder, no other name
    if not _HOLDERS_END.match(ctx.text, holders[-1].end):
        return None  # 青禾机器人的股东为其提供担保: 为 is "for" there, and the clause goes on with a verb
    rank = _rank_at(ctx, t)
    facts = [f for h in holders
             for f in v._deal(ctx, Frame("shareholding", "active", ("holder", "company"), ()), t, [h], [company])]
    for f in facts:
        if rank:
            f.qualifiers["rank"] = rank
        f.qualifiers["as_of"], f.date = f.date or f.qualifiers.get("as_of"), None
        if len(holders) > 1 or f.stake is not None and not t.end <= f.stake.start < q.segment_end(ctx, t.end):
            f.stake = None  # 股东包括A、B: a stake said once is not each one's; nor one said before the rank
        if f.modality == "asserted" and ("将" in verb.group() or "拟" in verb.group()):
            f.modality = "planned"  # 公司控股股东将变更为B / 拟变更为B: a change still to come
    return facts


# 最大外部股东, 第一大机构股东: a rank with a kind of holder between it and 股东.
_RANK_KIND_BEFORE = re.compile(r"(第一大|最大|控股|第二大)(?:机构|外部|战略|单一|财务|产业|个人|自然人)\Z")


def _rank_at(ctx: Ctx, t: Span) -> str | None:
    rank = next((r for w, r in _RANK if ctx.text.startswith(w, t.start)), None)
    kind = _RANK_KIND_BEFORE.search(ctx.text, max(0, t.start - 6), t.start) if rank is None else None
    return _RANK_NAMES.get(kind.group(1)) if kind else rank


def _continued_mood(ctx: Ctx, fact: FactRecord) -> None:
    """阿里巴巴将持有星澜智算约20%股权，成为其最大外部股东: a clause that only goes on (成为/为, no subject of its
    own) with the holder and company of a holding or deal just read in the sentence shares its mood."""
    keys = [m.key for ms in fact.roles.values() for m in ms]
    for prev in reversed(ctx.facts):
        if prev.evidence.start != ctx.sent.start or prev.type not in ("shareholding", "investment", "acquisition"):
            continue
        if [m.key for ms in list(prev.roles.values())[:2] for m in ms] == keys:
            fact.modality = prev.modality
        return


_RANK_OPENS = re.compile(r"[\s，,；;]*(?:而|其中)?，?")
# A将成为B第一大股东 / A有望成为B的控股股东: the rank comes only with what is still to come (预计/有望: expected)
_WILL_BECOME = re.compile(r"(?:(预计|有望|或将|可能)(?:将会|将|会)?|将会|即将|将)(?:正式|一举)?$")


def _ranked_company(ctx: Ctx) -> Mention | None:
    """The company of the last ranked holding read in the sentence."""
    for fact in reversed(ctx.facts):
        if fact.evidence.start == ctx.sent.start and fact.type == "shareholding" and fact.qualifiers.get("rank"):
            return fact.roles["company"][0]
    return None


# 为第二大股东, 成为其第一大机构股东, 为公司的控股股东: only the rank's own words between 为 and 股东 (not
# 为整合资源、优化与控股股东之间的…: 为 is "for" there).
_RANK_GAP = re.compile(r"(?:其|该公司|公司)?的?(?:持股(?:5|５)%以上的?)?(?:第[一二三四五]大|最大|控股|参股)?"
                       r"(?:机构|外部|战略|单一|财务|产业|个人|自然人)?")  # …，由此成为持股5%以上的股东: of the deal before


def _held_before(ctx: Ctx, pos: int) -> tuple[list[Mention], list[Mention]] | None:
    """星澜资本持有青禾机器人12.5%的股份，为第二大股东 / 星澜资本增持青禾机器人后，成为其第一大股东: a rank
    clause with no subject and no company of its own continues the holding or stake purchase read just
    before in the sentence; its holder (the one of its holders named again nearest the clause, else the last) and
    company (holder first)."""
    for fact in reversed(ctx.facts):
        if fact.evidence.start != ctx.sent.start or fact.type not in ("shareholding", "investment", "acquisition"):
            continue
        agents, patients = list(fact.roles.values())[:2]
        if agents and patients and agents[-1].end < pos:
            nearest = [m for m in ctx.mentions(agents[-1].end, pos, (*v.ORG, "person")) if m.key in {a.key for a in agents}]
            return (nearest[-1:] or agents[-1:]), patients[:1]  # (获得A、B投资，其中A持股12%，为第二大股东: A, named again)
        return None
    return None


def _opens_clause(ctx: Ctx, m: Mention) -> bool:
    """Whether m is the first name of its clause (its subject; not the object of a verb before it)."""
    return not ctx.mentions(ctx.clause(m.start)[0], m.start)


_OF_COMPANY = re.compile(r"\s*的")


def _holder_after(ctx: Ctx, t: Span) -> list[FactRecord] | None:
    """B的控股股东为A，持股比例约59%: A, named after 为/是, holds B, named right before 的 and the word; the stake
    in its part of the sentence. None where the clause is not so."""
    cs, ce = ctx.clause(t.start)
    copula = v._COPULA_AFTER.match(ctx.text, t.end)
    before = ctx.mentions(cs, t.start)
    if copula is None or not before or not _OF_COMPANY.fullmatch(ctx.text, before[-1].end, t.start):
        return None
    officer = _OFFICER_BEFORE.match(ctx.text, copula.end())  # 实际控制人为董事长程远航: the officer's title first
    holders = ctx.group_right(officer.end() if officer else copula.end(), ce, v.PARTIES, max_gap=0)
    if not holders or officer and holders[0].kind != "person":
        return None
    frame = Frame("shareholding", "active", ("holder", "company"), ())
    facts = [f for h in holders for f in v._deal(ctx, frame, t, [h], before[-1:])]  # 股东为A和B: each holds
    rank = next((r for w, r in _RANK if ctx.text.startswith(w, t.start)), None)
    for f in facts:
        if rank:
            f.qualifiers["rank"] = rank
        f.qualifiers["as_of"] = f.date
        f.date = None
    return facts


_OFFICER_BEFORE = re.compile(OFFICER_TITLE + r"(?=[\u4e00-\u9fff])")
_PARTY_NOUN = re.compile(r"交易对方|转让方|出让方|卖方|出售方|认购方|发行对象")
_LISTED_AFTER = re.compile(r"[，,：:]\s*(?:包括|分别为|分别是|即)[:：]?")


def _holders_listed(ctx: Ctx, t: Span) -> list[Mention]:
    """B的全体股东，包括创始人A、C以及D等: the holders listed in the clause right after the word."""
    lead = _LISTED_AFTER.match(ctx.text, t.end)
    if lead is None:
        return []
    end = clause_end(ctx.text, lead.end(), ctx.sent.end)
    return ctx.group_right(lead.end(), end, v.PARTIES, max_gap=6)


_EACH_HOLDS = re.compile(r"等?[^，,；;。]{0,4}?(?:均|都|也都|皆|分别|同为|均已|都已|亦)")  # A、B等均为其股东
# 是第二大股东 / 仍是第一大机构股东 / 为控股股东: a rank with no company named, closing its clause.
_BECOMES_HOLDER_LEAD = re.compile(r"(?:本公司|该公司|公司|上市公司)?的?(?:持股|持有)?(?:约|近)?(?:[0-9.]+\s?%(?:股份|股权)?的)?")

_RANK_NAMES = {"第一大": "largest", "最大": "largest", "控股": "controlling", "第二大": "second", "第三大": "third"}


HANDLERS = {"shareholder": shareholder}  # voices read here (frames._handler looks them up)

"""Investors named in lists around a round (moved out of voices.py; its shared helpers are read as `v`):

- 投资方包括A、B / A、B是其投资方 / 股东中包括A、B (investors_named): the investee is the clause's subject or the
  company between 是 and the word; A作为基石投资者参与B的IPO / B引入A作为战略投资者 (an investor by role); the money
  put in and the shares still held told after a colon; 本轮融资吸引了(kinds)，包括A、B等: the names after the kinds.
  The list runs on past a unit named by its parent (旗下基金), a kind opening the next clause (也包括C、D等国资机构)
  and old holders closing it with their own verb.
- 本轮新进入的投资方分为两类：A和B是产业资本，C则属于财务投资人 (investor_kinds): each name said to be a kind of
  investor invests in the round read last.
- 产业资本方面，A、B参与了本轮投资。C、D等财务机构同时入局 (round_group): a group of investors, named by kind, opening
  its clause and closed by a verb of joining with no object, joins the round told in the sentence before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dealgraph.extract import qualifiers as q
from dealgraph.extract import voices as v
from dealgraph.extract.document import FactRecord, Mention, Span
from dealgraph.extract.grammar import Frame, grammar

if TYPE_CHECKING:
    from dealgraph.extract.frames import Ctx


# 转让股权的 / 出让所持股份的 / 出售上述股份的 + 股东: the holders selling, of the shares a deal takes
_SELLING_HOLDERS = re.compile(r"(?:转让|出让|出售|减持)(?:这些|上述|其|所持|其所持)?(?:的)?(?:股份|股权|股票)的$")


def investors_named(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """投资方包括A、B (investee: the subject) / A、B是其投资方 (investee: between 是 and the word)."""
    cs, ce = ctx.clause(t.start)
    if frame.type == "shareholding" and _SELLING_HOLDERS.search(ctx.text, max(cs, t.start - 12), t.start):
        return []  # 转让股权的股东包括A、B: the holders of the shares sold (the deal's sellers, read by the deal readers),
        # no holders of the clause's subject
    as_role = _AS_INVESTOR.search(ctx.text, cs, t.start)
    if as_role is not None and frame.type == "investment":
        return _as_investor(ctx, frame, t, as_role.start(), cs, ce)
    if ctx.text.startswith("战略股东", t.start):
        return []  # (战略股东A: a holder described; only B引入A作为战略股东 names an investor)
    as_its = _AS_ITS_INVESTOR.match(ctx.text, cs) if frame.type == "investment" else None
    if as_its is not None and as_its.end() == t.start:
        return _as_its_investor(ctx, frame, t, as_its, ce)
    if ctx.text[t.start:t.end] in _PARTICIPANTS and not _ROUND_TOLD.search(ctx.text, ctx.sent.start, t.start):
        return []  # (wt-ib) 参与者包括A、B: a round's participants only after a round told in the sentence
    link = _LIST_LINK.match(ctx.text, t.end) if ctx.text[t.start:t.end] in _LINKED_WORDS else None
    opens = link.end() if link is not None else t.end  # 投资方阵容还包括A、B / 资方同时涵盖A: the word, a link, the names
    kind = _NEXT_KIND.match(ctx.text, opens)  # 投资方包括产业资本A、B: the kind before the first names
    begin = kind.end() if kind and not kind.group().lstrip().startswith(("以及", "及", "和", "还有", "另有", "此外")) else opens
    described = _DESCRIBED_DASH.match(ctx.text, opens)
    if described is not None:  # (wt-ib) 参与方包括三家本地国资——A、B: the kind described, the names after the dash
        begin = described.end()
    titled = _TITLED_PERSON_OPENS.match(ctx.text, begin)
    person = [m for m in ctx.mentions(begin, ce, ("person",))[:1] if titled and m.start == titled.end()]
    if person:  # 投资方包括亚马逊创始人杰夫·贝索斯、A和B: the person the title is of opens the list
        begin = person[0].start
    group = ctx.group_right(begin, ce, v.ORG + ("person",), max_gap=2) if person else \
        ctx.group_right(begin, ce, v.ORG, max_gap=2)
    after = _listed_investors(ctx, v._past_owners(ctx, group, ce), ce)
    drew = not after and ctx.text[t.start:t.end] in _DRAWS
    listed_next = _LISTED_NEXT.match(ctx.text, ce) if not after and (t.end == ce or drew) else None
    subscribed = None
    if listed_next is not None:  # 上市前引入多家投资者，其中包括A、B / 引入5名基石投资者，包括A、B: the next clause lists them
        nce = ctx.clause(listed_next.end())[1]
        after = _listed_investors(ctx, ctx.group_right(listed_next.end(), nce, v.ORG, max_gap=0), nce)
        if drew and after and not _INVESTORS_CLOSE.fullmatch(ctx.text, after[-1].end, nce):
            after = []  # 本轮融资吸引了不少关注，包括A、B在内的客户…: the names go on to something else
        if len(after) == 1 and not ctx.text.startswith(("包括", "包含", "分别"), listed_next.end()):
            subscribed = q.nearest(q.prices_in(ctx, after[0].end, nce), Span(after[0].end, after[0].end))
    if after and _PEOPLE_OF.match(ctx.text, after[-1].end):
        return []  # (wt-ib) 投资方包括A、B等多家企业的创始人: the people behind the names invest, unnamed; A and B do not
    # (wt-jb) 此轮吸引了零售与物流龙头…，包括A、B: the kinds drawn in may join two words; only the next clause's
    # words before the names are read
    list_open = listed_next.end() if listed_next is not None and after else opens
    if after and re.search(r"[与和同跟对向]", ctx.text[list_open:after[0].start]):
        after = []  # 投资者与某券商之间的纠纷: a party the investors face, no investor listed
    if after and after[0].start == t.end and after[0].source in ("context", "cue") \
            and ctx.text[t.start:t.end] in _BARE_INVESTOR_WORDS:
        after = []  # 近50家投资机构扎堆入局: what the investors do, guessed as a name glued to the bare word
    if after:
        raisers = [m for m in v._subject_of(ctx, t) if m.key not in {a.key for a in after}]
        lead_round = _round_of_investor(ctx, raisers, {a.key for a in after})
        # (a backer carried from the sentence before raises nothing: the company of the round it joined does)
        raisers = lead_round.roles["investee"][:1] if lead_round is not None else v._same_round_raiser(ctx, raisers)
        if v._THIS_ROUND.search(ctx.text, ctx.sent.start, t.end) or _opens_after_round(ctx, t):
            raisers = v._this_round_raiser(ctx, {a.key for a in after}) or raisers  # 本轮投资方包括A、B: the round read last
        own_round = _names_its_round(ctx, t)
        if not raisers and own_round:  # (wt-ib) …完成天使轮融资，…，而A轮投资方则为C: no subject carried to the clause;
            raisers = _raiser_in_sentence(ctx, {a.key for a in after})  # the round's company, read in the sentence
        if frame.type == "shareholding":  # 股东中包括A、B: each holds
            return [f for a in after for f in v._deal(ctx, frame, t, [a], raisers[:1])]
        facts = v._deal(ctx, frame, t, after, raisers[:1])
        if _POTENTIAL_BEFORE.search(ctx.text, max(cs, t.start - 4), t.start):
            for f in facts:  # 潜在投资人包括A: A may invest, it has not yet
                f.modality = "planned" if f.modality == "asserted" else f.modality
        own_end = _one_round_after(ctx, after[-1].end)
        for f in facts:  # 其中A认购了1亿美元: the one investor's own subscription
            f.amount = subscribed or f.amount
        for f in facts:  # 完成5亿元C轮融资，投资方包括A、B: the round named before the list is the one they fund
            if f.amount is not None and f.amount.start >= own_end:
                f.amount = None
            if not own_round:  # (A轮投资方则为C: a sum told before is another round's)
                f.amount = f.amount or q.nearest(q.prices_in(ctx, q.segment_start(ctx, t.start), cs), t)
            f.qualifiers["round"] = f.qualifiers.get("round") or _round_before_pos(ctx, own_end)
            if v._THIS_ROUND.search(ctx.text, cs, t.end) or _opens_after_round(ctx, t):  # (参与本轮融资的包括: in the word)
                v._round_before(ctx, f)
            if lead_round is not None:  # 领投方为A，跟投方包括B: A's round, its figures
                f.amount = f.amount or lead_round.amount
                f.date = f.date or lead_round.date
                f.qualifiers["round"] = f.qualifiers.get("round") or lead_round.qualifiers.get("round")
        return facts
    if frame.type == "investment":
        listed = _listed_after_round(ctx, frame, t)
        if listed:
            return listed
    among = _AMONG_ITS.search(ctx.text, cs, t.start) if _AMONG_CLOSE.match(ctx.text, t.end) else None
    shi = among.start() if among is not None else max(ctx.text.rfind("是", cs, t.start), ctx.text.rfind("为", cs, t.start))
    if shi < 0:
        return []
    companies = ctx.mentions(among.end() if among is not None else shi + 1, t.start)
    if companies and _SET_UP_OR_OWNED_BY.search(ctx.text, companies[-1].end, t.start):
        return []  # A是B发起设立的投资机构 / A是B旗下的投资机构: B made or owns A, it is no company A invests in
    investors = ctx.group_left(cs, shi)
    if not investors and _BECAME_OPENS.fullmatch(ctx.text, cs, shi + 1) and cs > ctx.sent.start:
        investors = _putter_before(ctx, cs)  # A个人出资500万元，成为B的首位外部投资人: A, who put the money in
    facts = v._deal(ctx, frame, t, investors, companies[-1:])
    if investors and not ctx.group_left(cs, shi):
        money = [m for m in ctx.values("money", ctx.clause(cs - 1)[0], cs)]
        for f in facts:
            f.amount = f.amount or (money[-1] if len(money) == 1 else None)
            f.qualifiers["round"] = f.qualifiers.get("round") or q.round_in_sentence(ctx, cs)
    return facts + _told_after_colon(ctx, t, facts)


_BECAME_OPENS = re.compile(r"\s*(?:并|也|从而|由此|进而)?(?:已|正式|一举)?成为")
# the clause before: its subject (a person or a company) put money in (出资, 投资, 投入) with no object
_PUT_MONEY = re.compile(r"\s*(?:个人|以个人名义|独家|率先|首先)?(?:出资|投资|投入|注资)了?\s*(?:约|近|超过)?\s*$")


def _putter_before(ctx: Ctx, cs: int) -> list[Mention]:
    """…，陈砚舟个人出资500万元，成为B的首位外部投资人: the name right before the verb of putting money in, in the clause
    before, with the sum closing that clause; none otherwise."""
    pcs, pce = ctx.clause(cs - 1)
    money = [m for m in ctx.values("money", pcs, pce)]
    if len(money) != 1 or ctx.text[money[0].end:pce].strip():
        return []
    named = [m for m in ctx.mentions(pcs, money[0].start, (*v.ORG, "person"))
             if _PUT_MONEY.fullmatch(ctx.text, m.end, money[0].start)]
    return named[-1:]


def _round_of_investor(ctx: Ctx, raisers: list[Mention], keys: set[str]) -> FactRecord | None:
    """领投方为A，跟投方包括B、C: the subject carried to the list is an investor of a round read in this sentence; the
    list's names fund that round's company, not the lead investor (the round's fact, whose figures they share)."""
    if not raisers:
        return None
    for fact in reversed(ctx.facts):
        if fact.type == "investment" and fact.evidence.start >= ctx.sent.start and fact.roles["investee"] \
                and raisers[0].key in {m.key for m in fact.roles["investor"]}:
            return None if fact.roles["investee"][0].key in keys else fact
    return None


# (wt-ib) the participants of a round told before in the sentence: 完成一笔战略融资，参与者包括A、B
_PARTICIPANTS = frozenset({"参与者包括", "参与方包括", "参与者为", "参与方为", "参与方有", "参与方还有", "参与方还包括"})
# 参与方包括三家本地国资——A、B / 投资方包括三家产业资本——A、B和C: a count and a kind described, a dash, the names
_DESCRIBED_DASH = re.compile(r"\s*(?:[一二两三四五六七八九十\d]+(?:家|位|个|只))?[^，,；;。—]{0,16}?"
                             r"(?:国资|机构|基金|资本|投资方|投资人|投资者|平台|股东)\s*——\s*")


# A、B和C均在其投资方之列 / 都位列公司的投资人之中: the names, then "among" and whose investors (其, a name) before the word
_AMONG_ITS = re.compile(r"(?:均|都|也|亦|同样|皆)?(?:在|位列|位于|跻身|名列|位居)(?=[^，,；;。在]{1,12}$)")
_AMONG_CLOSE = re.compile(r"(?:之列|之中|行列|名单)")


# A是B最早的投资方：…A独家投入2000万元，…仍持有380万股: the clauses after the colon tell what the investor put in and
# holds, B (and there A too) left unsaid
_AFTER_INVESTOR_WORD = re.compile(r"(?:之一)?\s*[:：]")
_PUT_IN = re.compile(r"(?:独家|率先|先后|共|累计|合计|一次性|首期|首笔)?(?:投入|出资|注资)了?\s*(?:约|近|超过|逾)?\s*$")
_RECIPIENT_MARK = re.compile(r"[向对给]|用于|用来")
_STILL_HOLDS = re.compile(r"(?:仍|依然|依旧|还|尚|一直)(?:然)?(?:合计|共)?持有\s*(?:约|近|超过|逾)?\s*$")


def _told_after_colon(ctx: Ctx, t: Span, facts: list[FactRecord]) -> list[FactRecord]:
    """The money put in (the investment's amount) and the shares still held (a holding of the investor in the
    company) told after a colon that closes "A是B的投资方". Each clause after the colon names no party but A and B
    (青禾智能刚成立时，澄川创投独家投入2000万元): one naming another company speaks of that one."""
    if len(facts) != 1 or _AFTER_INVESTOR_WORD.match(ctx.text, t.end) is None:
        return []
    fact = facts[0]
    investor, investee = fact.roles["investor"], fact.roles["investee"]
    if len(investor) != 1 or len(investee) != 1:
        return []
    parties = {investor[0].key, investee[0].key}
    start, out = _AFTER_INVESTOR_WORD.match(ctx.text, t.end).end(), []
    for val in ctx.values("money", start, ctx.sent.end) + ctx.values("quantity", start, ctx.sent.end):
        vcs, vce = ctx.clause(val.start)
        if any(m.key not in parties for m in ctx.mentions(vcs, vce, v.ORG + ("person",))) \
                or _RECIPIENT_MARK.search(ctx.text, vcs, val.start):
            continue  # (澄川创投还向北辰科技投入3000万元: money for another, named or not)
        if val.kind == "money" and _PUT_IN.search(ctx.text, max(vcs, val.start - 10), val.start) and fact.amount is None:
            fact.amount = val  # 澄川创投独家投入2000万元
        elif val.kind == "quantity" and ctx.text.startswith("股", val.end - 1) \
                and _STILL_HOLDS.search(ctx.text, max(vcs, val.start - 10), val.start):
            held = FactRecord("shareholding", {"holder": list(investor), "company": list(investee)}, fact.evidence,
                              q.modality_for(ctx, t), rule="shareholding:held_after_colon:持有")
            out.append(held)  # 到上市前夕仍持有380万股
    return out


# what may follow the last name of a list of investors up to its verb or the clause's end (one pattern for the lists
# read here): 等, a count (两家, 等多家, 等十余家), the kind of investor they are in a few words (等知名机构, 三家国资背景基金),
# an adverb, the old holders' own verb of putting money in again. A、B和C等财务机构同时入局 / D、E与F三家国资背景基金也
# (出现在股东名单中) / 本轮融资吸引了…，包括A、B等知名机构 / …；三位老股东A、B均超额追加
_INVESTORS_CLOSE = re.compile(r"\s*(?:等(?:" + v.LIST_COUNT + r")?|" + v.LIST_COUNT + r")?"
                              r"(?:[^，,；;。、“”（）()]{0,10}?(?:机构|基金|资本|投资人|投资者|投资方|资方|股东|国资|平台))?"
                              r"\s*(?:也|亦|均|都|同时|一同|一起|还|则|此次|本轮|这次|首次|再次|继续|持续)*\s*"
                              r"(?:(?:超额|满额|足额|按比例)?(?:或(?:超额|满额|足额))?(?:追加|跟投|加注|加码|参投)(?:投资)?)?")
# 本轮融资吸引了云计算巨头、…产业引导基金，包括A、B等: the kinds drawn in, then (the next clause) their names
_DRAWS = frozenset({"本轮融资吸引了", "此轮融资吸引了", "本轮吸引了", "此轮吸引了", "本轮融资引入了", "本轮引入了"})
# (wt-ib) what closes a list whose names only tell whose people invest: 等多家半导体企业创始人 / 的高管 / 创始团队
# (股东包括A、B和创始人C: C, the list's last member, no people of A and B)
_PEOPLE_OF = re.compile(r"\s*(?:等(?:" + v.LIST_COUNT + r")?|" + v.LIST_COUNT + r")?(?:[^，,；;。、“”（）()和与及]{0,10}?)?的?"
                        r"(?:联合创始人|创始人|创办人|创始团队|核心团队|高管|管理层|实际控制人|实控人|董事长|总裁|首席执行官|CEO|"
                        r"合伙人|员工|校友)(?![\u4e00-\u9fff]{0,2}(?:基金|资本|企业|公司|平台))")
_POTENTIAL_BEFORE = re.compile(r"(?:潜在|可能的|有意向的|意向)$")
# A作为基石投资者… / 引入A作为战略投资者: the name before 作为 is the investor the word names, never a company
# that raises (the names after the word are what the investor does, not a list of investors)
_AS_INVESTOR = re.compile(r"(?:作为|以)(?:其|公司的?|本次|此次|本轮|该轮|一家|首批|新的?|重要的?|主要的?){0,2}$")
# …参与B的IPO / 参与B本次发行: what a cornerstone or strategic investor joins is the company's own raising
_JOINS_RAISING = re.compile(r"\s*(?:已|将|拟|也|均|共同|同时)?(?:参与|参投|加入)了?\s*")
_RAISING_AFTER = re.compile(r"\s*(?:的|此次|本次|本轮|这次)?(?:的)?(?:香港|港股|A股|科创板|创业板)?"
                            r"(?:IPO|首次公开发行|首发|全球发售|公开发售|新股发行|发行|增资|定增|定向增发|配售|融资|"
                            r"新一轮融资|本轮融资|[A-E]\+*轮融资)")
_ADVERB_GAP = re.compile(r"\s*(?:将|拟|已|也|均|都|还|计划|有望|将会|或将|曾)*\s*")
# A以战略投资方身份参与 / A作为战略投资者的身份: the role word, then 身份
_ROLE_WORD = re.compile(r"(?:的)?(?:身份)?")
# …参与。/ …参与本轮 / 参与其中: the clause ends with the verb (the round is the one the sentence told before)
_JOIN_ENDS = re.compile(r"(?:本轮|此轮|其中|本轮融资|此轮融资|本次融资)?\s*")
_ROUND_TOLD = re.compile(r"融资|[A-E]\+{0,2}轮|天使轮|种子轮|本轮|此轮")
# B引入A作为战略投资者 / B拟引进A作为基石投资者: the one brought in invests in the one bringing it in
_BRINGS_IN = re.compile(r"(?:引入|引进|迎来)了?\s*$")


def _as_investor(ctx: Ctx, frame: Frame, t: Span, as_at: int, cs: int, ce: int) -> list[FactRecord]:
    """A作为基石投资者参与B的IPO / B引入A作为战略投资者: A invests in B. A作为战略投资者入股B is read by its verb
    (入股, 认购); with no such frame (A作为战略投资者表示…) nothing, and never the names after the word as investors."""
    investors = ctx.group_left(cs, as_at, ("organization", "candidate", "person"))
    if not investors or not _ADVERB_GAP.fullmatch(ctx.text, investors[-1].end, as_at):
        return []
    brought = _BRINGS_IN.search(ctx.text, cs, investors[0].start)
    if brought is not None:
        raisers = [m for m in ctx.mentions(cs, brought.start()) or ctx.carried_subject(brought.start())
                   if m.key not in {i.key for i in investors}]  # (B完成融资，引入A作为…: B carried)
        facts = v._deal(ctx, frame, t, investors, raisers[-1:]) if raisers else []
        if _ROUND_TOLD.search(ctx.text, ctx.sent.start, cs):  # B完成战略融资，引入A作为战略股东: that round's
            for f in facts:
                f.qualifiers["round"] = q.round_in_sentence(ctx, cs) or f.qualifiers.get("round")
                f.amount = f.amount or q.nearest(q.prices_in(ctx, ctx.sent.start, cs), t)
        return facts
    join = _JOINS_RAISING.match(ctx.text, _ROLE_WORD.match(ctx.text, t.end).end())
    if join is None:
        return []
    if _JOIN_ENDS.fullmatch(ctx.text, join.end(), ce) and ctx.clause(cs)[0] > ctx.sent.start \
            and _ROUND_TOLD.search(ctx.text, ctx.sent.start, cs):
        # B完成B轮融资，本轮由A领投，C以战略投资方身份参与。: no object, the round told before in the sentence
        raisers = [m for m in v._this_round_raiser(ctx, {i.key for i in investors}) if m.key not in {i.key for i in investors}]
        return v._deal(ctx, frame, t, investors, raisers[:1]) if raisers else []
    if ctx.text.startswith("以", as_at):
        return []  # A以战略投资者身份参与B的…: only the bare form ending the clause (作为… reads the object)
    raisers = ctx.group_right(join.end(), ce, max_gap=0)
    if len(raisers) != 1 or _RAISING_AFTER.match(ctx.text, raisers[0].end) is None:
        return []
    return v._deal(ctx, frame, t, investors, raisers)


# 作为B的早期投资人，A…: the clause names whose investor the next clause's subject is
_AS_ITS_INVESTOR = re.compile(r"\s*作为(?P<co>[^，,。；;]{2,20}?)的?(?:最早的?|首批|首家|重要|主要|长期|老|第一[家位个]|核心)?"
                              r"(?:外部)?(?=(?:早期)?(?:投资方|投资人|投资者|投资机构))")


def _as_its_investor(ctx: Ctx, frame: Frame, t: Span, as_its: re.Match[str], ce: int) -> list[FactRecord]:
    """作为澄芯科技的早期投资人，青松资本在天使轮就已入局: the name opening the next clause invests in the company named
    between 作为 and 的; nothing where the word does not close its clause or no name opens the next one."""
    companies = [m for m in ctx.mentions(as_its.start("co"), as_its.end("co"), v.ORG) if m.end == as_its.end("co")]
    if not companies or not re.fullmatch(r"[\u4e00-\u9fff]{0,4}\s*[，,]", ctx.text[t.end:ce + 1]):
        return []
    nxt = ce + 1
    investors = [m for m in ctx.mentions(nxt, ctx.clause(nxt)[1], v.ORG) if m.start == nxt]
    if not investors or investors[0].key == companies[0].key:
        return []
    return v._deal(ctx, frame, t, investors[:1], companies[:1])


_BARE_INVESTOR_WORDS = frozenset({"投资方", "投资人", "投资机构", "投资者", "早期投资者", "早期投资人", "早期投资方",
                                  "战略投资者", "基石投资者"})
# A bare word for a round's backers, then what links it to their names, written in any of its combinations: a
# collective noun (阵容, 名单), adverbs (还, 也, 同时) and a verb of listing (投资方阵容还包括A / 资方同时涵盖B / 投资人中还有C);
# not 有望, 有意, 为此, 是否 … (the word opening a clause about something else)
_LINKED_WORDS = _BARE_INVESTOR_WORDS | {"资方", "出资方", "参投方", "跟投方", "投资阵容", "投资名单"}
_LIST_LINK = re.compile(r"(?:阵容|名单|队伍|行列)?(?:中|上|里)?(?:还|也|亦|既|则|另|同时|此外|另外|主要)*"
                        r"(?:包括了?|包含了?|涵盖了?|囊括了?|有|为|是|出现了|新增了?)(?![望意权限关所些此否何])")


# 本轮新进入的投资方分为两类：/ 这一轮的新股东包括… — a sentence about a round's (new) investors, sorted by kind
_KINDS_OF_INVESTORS = re.compile(r"(?:本轮|此轮|这一?轮|本次|此次|这次|新一轮)[^，,；;。]{0,12}?"
                                 r"(?:投资方|投资者|投资人|投资机构|出资方|资方|股东|新面孔)"
                                 r"[^，,；;。]{0,8}?(?:分为|分成|包括|有|来自)")
# …：A和B是产业资本，C则属于财务投资人 / C则是一家早期基金: the names, a copula, then the kind of investor they are
_IS_A_KIND = re.compile(r"(?:则|也|均|都|主要)?(?:是|属于|为)(?:一家|两家|三家|典型的|知名的?)?[^，,；;。]{0,10}?"
                        r"(?:资本|基金|投资人|投资者|投资方|投资机构|机构)\s*(?=[，,；;。]|$)")
_KIND_WORDS = re.compile(r"产业资本|财务投资|产业投资|战略投资方|战略投资人|PE基金|VC基金|PE机构|VC机构")


def investor_kinds(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """青禾机器人完成B轮融资。本轮新进入的投资方分为两类：A和B是产业资本，C则属于财务投资人: each name said to be a
    kind of investor, in a sentence that sorts the round's investors by kind, invests in the round read last. The
    sentence's first kind word reads all of its clauses (one fact); no round read or no such sentence: nothing."""
    cue = _KINDS_OF_INVESTORS.search(ctx.text, ctx.sent.start, t.start)
    first = _KIND_WORDS.search(ctx.text, ctx.sent.start, ctx.sent.end)
    if cue is None or first is None or first.start() != t.start:
        return []
    investors: list[Mention] = []
    pos = cue.end()
    while pos < ctx.sent.end:
        cs, ce = ctx.clause(pos)
        names = ctx.group_right(max(cs, cue.end()), ce, max_gap=0)
        if names and _IS_A_KIND.fullmatch(ctx.text, names[-1].end, ce):
            investors += [m for m in names if m.key not in {i.key for i in investors}]
        pos = ce + 1
    raisers = v._this_round_raiser(ctx, {m.key for m in investors}) if investors else []
    if not raisers:
        return []
    facts = v._deal(ctx, frame, t, investors, raisers[:1])
    for f in facts:
        v._round_before(ctx, f)
    return facts


# before the names: nothing, or a word going on from the sentence before (此外，A、B…)
_GROUP_OPEN = re.compile(r"\s*(?:此外|另外|同时|与此同时|除此之外)?\s*(?:老股东|新股东|新晋股东|现有股东|原有股东|新投资方|新资方)?\s*")
_GROUP_VERB_ENDS = re.compile(r"\s*(?:了)?\s*")


def _round_chain_raiser(ctx: Ctx, keys: set[str]) -> list[Mention]:
    """The company raising the round the sentence right before speaks of (a fact of investment read there, its
    investee not one of `keys`); none where that sentence reads no investment (澄川智算完成A轮融资。青禾科技是一家…。
    A、B等机构同时入局: whose round is not said)."""
    if ctx.sent.index == 0:
        return []
    prev = ctx.doc.sentences[ctx.sent.index - 1]
    told = [f for f in ctx.doc.facts if f.type == "investment" and f.roles.get("investee")
            and prev.start <= f.evidence.start < prev.end]
    raisers = {f.roles["investee"][0].key for f in told}
    if len(raisers) != 1:
        return []
    raiser = told[-1].roles["investee"][0]
    return [] if raiser.key in keys else [raiser]


def _round_in_sentence(ctx: Ctx, cs: int, keys: set[str]) -> tuple[list[Mention], FactRecord | None]:
    """The company raising the round read in this sentence before the clause (B完成B轮融资，新股东A首次入局), never one of
    the clause's investors, and that round's fact; none where the sentence reads no round before it, or rounds of two
    companies."""
    told = [f for f in ctx.facts if f.type == "investment" and f.roles.get("investee") and f.evidence.start < cs
            and (f.qualifiers.get("round") or not f.roles.get("investor"))]
    raisers = {f.roles["investee"][0].key for f in told}
    if len(raisers) != 1:
        return [], None
    raiser = told[-1].roles["investee"][0]
    return ([], None) if raiser.key in keys else ([raiser], told[-1])


def round_share(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """B完成2亿元B轮融资。其中，A投资1亿元，C投资5000万元: a clause of investors and what each put in, with no
    object, right after the round told (in this sentence or the one before) is their part of that round."""
    cs, ce = ctx.clause(t.start)
    investors = ctx.group_left(cs, t.start, v.ORG)
    rest = _THE_REST.fullmatch(ctx.text, cs, investors[0].start) if investors and cs > ctx.sent.start else None
    if not investors or not (_SHARE_OPEN.fullmatch(ctx.text, cs, investors[0].start) or rest) \
            or not _SHARE_GAP.fullmatch(ctx.text, investors[-1].end, t.start):
        return []
    lead = _SHARE_LEAD.match(ctx.text, t.end)
    money = [m for m in ctx.values("money", lead.end(), ce) if m.start == lead.end()]
    if rest is not None and not money and _SHARE_TAIL.fullmatch(ctx.text, t.end, ce):
        money = [None]  # 其中A出资1.2亿元，其余由C认购: C puts in the rest, its sum unsaid
    elif rest is not None or not money or not _SHARE_TAIL.fullmatch(ctx.text, money[0].end, ce):
        return []  # 投资1亿元建设B / 投资1亿元用于…: money for something else, not a part of the round
    keys = {m.key for m in investors}
    raisers, told = _round_in_sentence(ctx, cs, keys)
    if not raisers:  # B本轮融资共计2亿元，其中A出资1.2亿元: the round told only as B's financing figure
        raisers = _financing_in_sentence(ctx, cs, keys)
    if not raisers and (ctx.sent.start >= cs or _SHARE_OPEN.fullmatch(ctx.text, ctx.sent.start, investors[0].start)):
        raisers = _round_chain_raiser(ctx, keys)  # (the clause opens the sentence: the round the sentence before tells)
    if not raisers:
        return []
    if money[0] is None:  # (the rest's investors are in the round: its whole sum, not the part told before)
        whole = next((f.amount for f in ctx.facts if f.type == "investment" and f.evidence.start == ctx.sent.start
                      and f.roles.get("investee") and f.roles["investee"][0].key == raisers[0].key
                      and not f.rule.startswith("investment:round_share")), None)
        money = [whole or next((f.qualifiers.get("value") for f in ctx.facts if f.type == "financial"
                                and f.roles.get("company") and f.roles["company"][0].key == raisers[0].key
                                and f.evidence.start == ctx.sent.start), None)]
    facts = v._deal(ctx, frame, t, investors, raisers)
    for f in facts:
        f.amount = money[0]
        if told is None and f.qualifiers.get("round") is None and _THIS_ROUND_WORD.search(ctx.text, ctx.sent.start, cs):
            f.qualifiers["round"] = q.round_in_sentence(ctx, cs)
        if told is not None:
            f.qualifiers["round"] = told.qualifiers.get("round")
        else:
            v._round_before(ctx, f)
    return facts


# 其余由C认购 / 剩余部分由C出资: the rest of the round, after the parts told before in the sentence
_THE_REST = re.compile(r"\s*(?:其余|剩余|余下|其他)(?:部分|资金|金额|份额)?(?:则)?由\s*")


def _financing_in_sentence(ctx: Ctx, cs: int, keys: set[str]) -> list[Mention]:
    """The company whose financing figure the sentence tells before the clause (B本轮融资共计2亿元，其中A出资…): one company,
    never one of the clause's investors; none otherwise."""
    told = {f.roles["company"][0].key: f.roles["company"][0] for f in ctx.facts
            if f.type == "financial" and f.qualifiers.get("metric") == "financing" and f.roles.get("company")
            and ctx.sent.start <= min(m.start for m in f.roles["company"]) < cs}
    return list(told.values()) if len(told) == 1 and not keys & set(told) else []


# what may open the clause before the investors (其中, 此外 …) and stand between them and the verb (分别, 各, 则, 也 …)
_THIS_ROUND_WORD = re.compile(r"[A-H]\+*轮|天使轮|种子轮")
_SHARE_OPEN = re.compile(r"\s*(?:其中|此外|另外|具体来看|具体而言)?\s*[，,：:]?\s*")
_SHARE_GAP = re.compile(r"\s*(?:则|也|亦|分别|各|各自|共|合计|此次|本轮)*\s*")
_SHARE_LEAD = re.compile(r"\s*(?:了)?\s*")
_SHARE_TAIL = re.compile(r"\s*(?:左右)?\s*")


def round_group(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """曦望完成战略融资。产业资本方面，A、B参与了本轮投资。C、D等财务机构同时入局。E、F三家国资背景基金也出现在股东名单
    中: a group of investors, named by kind, opening its clause and closed by a verb of joining with no object, joins
    the round of the company the sentence right before invests in."""
    cs, ce = ctx.clause(t.start)
    if not _GROUP_VERB_ENDS.fullmatch(ctx.text, t.end, ce):
        return []
    investors = ctx.group_left(cs, t.start, v.ORG)
    if not investors or not _INVESTORS_CLOSE.fullmatch(ctx.text, investors[-1].end, t.start) \
            or not _GROUP_OPEN.fullmatch(ctx.text, cs, investors[0].start):
        return []
    raisers, told = _round_chain_raiser(ctx, {m.key for m in investors}), None
    if not raisers:
        raisers, told = _round_in_sentence(ctx, cs, {m.key for m in investors})
    if not raisers:
        return []
    facts = v._deal(ctx, frame, t, investors, raisers)
    for f in facts:
        v._round_before(ctx, f)
        if told is not None and not f.qualifiers.get("round"):
            f.qualifiers["round"] = told.qualifiers.get("round")  # B完成B轮融资，新股东A首次入局: that round
    return facts


# B宣布完成A轮融资共计3亿元——包括A、C等产业投资方 / …，包括A、C等投资机构: a list opened by 包括 after a dash or a
# comma, closed by 等 and the investor word, right after the clause telling the round raised
_INCLUDES_OPEN = re.compile(r"(?:——|—|[，,])\s*(?:其中)?(?:包括|包含)\s*")
_ROUND_LIST_CLOSE = re.compile(r"\s*等[\u4e00-\u9fff]{0,8}\s*")
_ROUND_RAISED = re.compile(r"(?:完成|获得?|宣布|拿到|斩获)[^，,；;。]{0,24}?(?:融资|轮)")


def _listed_after_round(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    opens = [m for m in _INCLUDES_OPEN.finditer(ctx.text, ctx.sent.start, t.start)]
    if not opens:
        return []
    lead = opens[-1]
    raised = [m for m in _ROUND_RAISED.finditer(ctx.text, ctx.sent.start, lead.start())]
    if not raised or ctx.text.count("，", raised[-1].end(), lead.start()) + ctx.text.count(",", raised[-1].end(),
                                                                                         lead.start()) > 1:
        return []
    investors = ctx.group_right(lead.end(), t.start, v.ORG, max_gap=1)
    if not investors or investors[0].start != lead.end() or not _ROUND_LIST_CLOSE.fullmatch(ctx.text, investors[-1].end,
                                                                                        t.start):
        return []
    investors = investors + _groups_after(ctx, ctx.clause(t.start)[1], {a.key for a in investors})
    pos = raised[-1].start()
    raisers = [m for m in v._subject_of(ctx, Span(pos, pos)) if m.key not in {a.key for a in investors}]
    if not raisers:
        return []
    facts = v._deal(ctx, frame, t, investors, raisers[:1])
    for f in facts:
        f.amount = f.amount or q.nearest(q.prices_in(ctx, ctx.sent.start, lead.start()), Span(pos, pos))
        f.qualifiers["round"] = f.qualifiers.get("round") or _round_before_pos(ctx, lead.start())
    return facts


def _names_its_round(ctx: Ctx, t: Span) -> bool:
    """A轮投资方则为C / 天使轮的投资方包括A: a round named right before the list word opens its clause (after 而, 其中,
    另外 at most), so the list is of that round's investors."""
    cs = ctx.clause(t.start)[0]
    found = [m for m in grammar().round.finditer(ctx.text, cs, t.start) if _ROUND_OWN_WORD.fullmatch(ctx.text, m.end(), t.start)]
    return bool(found) and _ROUND_CLAUSE_OPEN.fullmatch(ctx.text, cs, found[-1].start()) is not None


def _raiser_in_sentence(ctx: Ctx, keys: set[str]) -> list[Mention]:
    """The company raising the last round read in this sentence before (never one of `keys`); none where this
    sentence told no round (a round of the sentence before may be another company's)."""
    for fact in ctx.facts_back():
        if fact.type == "investment" and fact.roles["investee"] and fact.evidence.start >= ctx.sent.start:
            raiser = fact.roles["investee"][0]
            return [] if raiser.key in keys else [raiser]
    return []


_ROUND_OWN_WORD = re.compile(r"(?:融资)?的?")
_ROUND_CLAUSE_OPEN = re.compile(r"\s*(?:而|其中|另外|此外|同时)?[，,]?\s*")


# (wt-ib) …——包括A、B等产业投资方；C、D等头部财务机构: a clause made of names only, closed by 等 and a kind of investor
_KIND_CLOSE = re.compile(r"\s*等[\u4e00-\u9fff]{0,8}?(?:机构|基金|资本|投资方|投资人|投资者|资方)\s*")


def _groups_after(ctx: Ctx, ce: int, keys: set[str]) -> list[Mention]:
    """The names of each clause right after `ce` that holds only a list of names closed by 等 and a kind of investor
    (the list of the clause before goes on by kind); none from a clause with a verb or other words."""
    out: list[Mention] = []
    while ce < ctx.sent.end and ctx.text[ce] in "；;，,":
        nce = ctx.clause(ce + 1)[1]
        more = ctx.group_right(ce + 1, nce, v.ORG, max_gap=1)
        if not more or ctx.text[ce + 1:more[0].start].strip() or not _KIND_CLOSE.fullmatch(ctx.text, more[-1].end, nce):
            break
        out += [m for m in more if m.key not in keys and all(m.key != o.key for o in out)]
        ce = nce
    return out


def _opens_after_round(ctx: Ctx, t: Span) -> bool:
    """B完成10亿元B轮融资。投资者包括A、C: a sentence opening with the list word, no name before it, right after a
    sentence stating a round, lists that round's investors."""
    if ctx.sent.index == 0 or ctx.mentions(ctx.sent.start, t.start, v.UNIT) or v._THIS_ROUND.search(ctx.text, t.start, t.end):
        return False  # 参与本轮投资的包括: 本轮 names the round itself (the round read last, not the sentence before's)
    return "融资" in ctx.doc.sentences[ctx.sent.index - 1].text


_SET_UP_OR_OWNED_BY = re.compile(r"设立|成立|创立|创办|发起|旗下|下属|控股的|管理的|孵化")
_LISTED_NEXT = re.compile(r"[，,]\s*(?:其中)?[，,]?\s*(?:包括|包含|分别为|分别是)[:：]?\s*"
                          # 引入五家基石投资者，其中A认购了1亿美元: the one the next clause has subscribing
                          r"|[，,]\s*其中[，,]?\s*(?=[^，,；;。]{2,30}?(?:认购|认缴|出资))")


# 投资方包括A、B、C；其中，B轮由A领投，金额为8亿元: after the list, 其中 and a round open one of the rounds the list
# funded; its round, lead and amount are its own (a fact of the round voice), not the whole list's.
_ONE_OF_THEM = re.compile(r"[；;，,]\s*其中[，,]?\s*(?=[^，,。；;]{0,12}?轮)")


def _one_round_after(ctx: Ctx, pos: int) -> int:
    """Where the part of the sentence about one of the listed rounds (其中，B轮由A领投) opens after pos, else
    the sentence's end."""
    found = _ONE_OF_THEM.search(ctx.text, pos, ctx.sent.end)
    return found.start() if found else ctx.sent.end


def _round_before_pos(ctx: Ctx, end: int) -> str | None:
    """The first round named in the sentence before end."""
    found = grammar().round.search(ctx.text, ctx.sent.start, end)
    return found.group() if found else None


# 澄川集团旗下基金、岚山创投: a unit named only by its kind after its parent stands for the parent in a list.
_UNIT_TAIL = re.compile(r"(?:旗下|下属|控股)的?[\u4e00-\u9fff]{0,4}?(?:基金|资本|公司|平台|机构|子公司)(?=[、和及与])")
_ALSO_LISTED = re.compile(r"[\s]*(?:也|还|同时|另外还|此外还)(?:包括|有)")


# 亚马逊创始人杰夫·贝索斯 / 青禾集团董事长王岚: a company and a person's title before the person's name
_TITLED_PERSON_OPENS = re.compile(r"\s*[^，,；;。、]{2,16}?(?:联合创始人|创始人|创办人|董事长|首席执行官|CEO|总裁|前CEO)")


def _listed_investors(ctx: Ctx, group: list[Mention], ce: int) -> list[Mention]:
    """投资方包括澄川集团旗下基金、岚山创投、北辰资本和青禾资本等: the list runs on past a unit named by its parent
    (旗下基金); 投资方既包括A、B等科技公司，也包括C、D等国资机构: the list the next clause adds (也包括) belongs to it."""
    if not group:
        return group
    while True:
        tail = _UNIT_TAIL.match(ctx.text, group[-1].end)
        more = ctx.group_right(tail.end() + 1, ce, v.ORG, max_gap=1) if tail else []
        if not more:
            break
        group = group + more
    if ce < ctx.sent.end and _ALSO_LISTED.match(ctx.text, ce + 1):
        nce = ctx.clause(ce + 1)[1]
        group = group + ctx.group_right(_ALSO_LISTED.match(ctx.text, ce + 1).end(), nce, v.ORG, max_gap=2)
    while ce < ctx.sent.end and ctx.text[ce] in "，,；;" and (kind := _NEXT_KIND.match(ctx.text, ce + 1)):
        ce = ctx.clause(ce + 1)[1]  # 包括产业资本A、B，PE基金C，以及老股东D: each kind's names join the list
        more = ctx.group_right(kind.end(), ce, v.ORG, max_gap=0)
        if not more or ctx.text[more[-1].end:ce].strip("等") and not _INVESTORS_CLOSE.fullmatch(ctx.text, more[-1].end, ce):
            break
        group = group + [m for m in more if m.key not in {g.key for g in group}]
    return group


# the kind of investors a clause of a list opens with (…，PE基金C，以及老股东D)
_NEXT_KIND = re.compile(r"\s*(?:以及|及|和|还有|另有|此外还有)?\s*(?:[一二三四五六七八九十两\d]+(?:位|家|个)(?:主要)?)?"
                        r"(?:(?:国际化|国际|海外|美元|市场化|头部|央企|券商系|银行系)(?:基金|机构|投资机构)|产业资本|产业投资方|产业方|PE基金|VC基金|PE机构|VC机构|"
                        r"财务投资人|财务投资方|财务投资者|财务投资机构|战略投资人|战略投资方|战略投资者|国资(?:背景)?(?:机构|平台|基金)?|"
                        r"地方国资|政府引导基金|引导基金|老股东|原股东|现有股东|知名机构)\s*[:：]?\s*")


HANDLERS = {"round_group": round_group, "investors_named": investors_named, "investor_kinds": investor_kinds,
            "round_share": round_share}  # voices read here (frames._handler looks them up)

"""Founders told in forms the founding frames of voices.py do not read:

- A的创始团队包括B、C和D / 创始团队成员为B、C: each person listed founded A (founding_team);
- A是B(在2023年)创立的 / A由B于…创办 is voices.by's: the cleft, the company before 是 and the founders between 是 and the
  verb with 的 closing the clause (founded_cleft);
- 作为A的创始人(兼CEO)，B…: the person opening the next clause founded A (as_founder).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dealgraph.extract import mentions as mentions_mod
from dealgraph.extract import wordlist
from dealgraph.extract import voices as v
from dealgraph.extract.document import FactRecord, Mention, Span
from dealgraph.extract.grammar import Frame

if TYPE_CHECKING:
    from dealgraph.extract.frames import Ctx

ORG = ("organization", "candidate")
PEOPLE = ("person",)
_FOUNDING = Frame("founding", "active", ("founder", "company"), ())


def _people_at(ctx: Ctx, start: int, end: int) -> list[Mention]:
    """The people named from start on (joined by 、/和/与/及), as the name finder gave them, else read here from
    their shape (王澜、李舟和周宁三人: names no cue around them marked): two or three characters opening with a
    surname, no dictionary word."""
    found = ctx.group_right(start, end, PEOPLE, max_gap=0)
    if found and found[0].start == start:
        return found
    joined, after = mentions_mod.joined_people(ctx.text, start)
    if joined and after <= end and _AFTER_PERSON.match(ctx.text, after):
        return joined  # 王建国、王建华兄弟: read as a list after 由 is (a given name that is a word beside another name)
    out, pos = [], start
    while pos < end:
        run = _NAME_AT.match(ctx.text, pos, end)
        if run is None:
            break
        name = mentions_mod.group_name_at(ctx.text, pos) or next(
            (run.group()[:n] for n in (3, 2) if len(run.group()) >= n
             and mentions_mod.person_shaped(run.group()[:n], listed=True)
             and _AFTER_PERSON.match(ctx.text, pos + n)), None)
        if name is None:
            break
        out.append(Mention(pos, pos + len(name), name, "person", f"person:{name}", "person"))
        joiner = _PERSON_JOINER.match(ctx.text, pos + len(name), end)
        if joiner is None:
            break
        pos = joiner.end()
    return out


_NAME_AT = re.compile(r"[\u4e00-\u9fff]{2,3}")
# how the people named stand together, right after them: 王建国、王建华兄弟在2016年创立的, 林舟与苏明夫妇联合创立了
GROUP = mentions_mod.GROUP_WORDS
_PERSON_JOINER = re.compile(r"\s*(?:、|和|与|及|以及)\s*")
# what may follow a person named here: a joiner, a count of them, a time, a verb of founding, punctuation
_AFTER_PERSON = re.compile(r"(?:、|和|与|及|以及|三人|两人|二人|四人|等|在|于|一手|联合|共同|一起|一同|创立|创办|创建|此前|曾|[，,。；;]|"
                           + GROUP + ")")


def _founded(ctx: Ctx, t: Span, founders: list[Mention], company: Mention, rule: str) -> list[FactRecord]:
    facts = v._deal(ctx, _FOUNDING, t, founders, [company])
    for f in facts:
        f.rule = rule
    return facts


def founding_team(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """澜舟智能的创始团队包括王澜、李舟和周宁三人: the company right before (的) 创始团队, the people listed after the
    listing word. Nothing where no company stands right before or no person is listed."""
    cs, ce = ctx.clause(t.start)
    before = ctx.mentions(cs, t.start, ORG)
    if not before or not _OWNER_GAP.fullmatch(ctx.text, before[-1].end, t.start):
        return []
    listing = _LISTS.match(ctx.text, t.end)
    if listing is None:
        return []
    people = _people_at(ctx, listing.end(), ce)
    if not people:
        return []
    return _founded(ctx, t, people, before[-1], f"founding:founding_team:{ctx.text[t.start:t.end]}")


_OWNER_GAP = re.compile(r"\s*的?\s*(?:核心|联合)?")
_LISTS = re.compile(r"(?:成员)?(?:主要)?(?:包括|包含|有|为|是)(?:了)?\s*")


def founded_cleft(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """澜舟智能是王澜在2023年创立的: the company opens the clause, 是 then the founders, a time or a partner word, the
    verb, and 的 closing the clause (not 是王澜创立的公司之一: a noun after 的 makes a description)."""
    cs, ce = ctx.clause(t.start)
    closed = _CLOSES.match(ctx.text, t.end - 1) if ctx.text.endswith("的", 0, t.end) else _CLOSES.match(ctx.text, t.end)
    if not closed:
        return []
    shi = ctx.text.rfind("是", cs, t.start)
    if shi < 0:
        return []
    companies = ctx.mentions(cs, shi, ORG)
    founders = _people_at(ctx, shi + 1, t.start) or ctx.group_right(shi + 1, t.start, ORG, max_gap=0)
    if not companies or not founders or founders[0].start != shi + 1 \
            or not _CLEFT_GAP.fullmatch(ctx.text, founders[-1].end, t.start) \
            or not _SUBJECT_GAP.fullmatch(ctx.text, companies[-1].end, shi):
        return []
    return _founded(ctx, t, founders, companies[-1], f"founding:cleft:{ctx.text[t.start:t.end]}")


_CLOSES = re.compile(r"的\s*(?:[，,。；;！!]|$)")
_CLEFT_GAP = re.compile(r"\s*" + GROUP + r"?\s*(?:(?:在|于)?\s*\d{4}\s*年(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?(?:初|底|末)?)?\s*"
                        r"(?:一手|亲手|联合|共同|一起|一同)?")
_SUBJECT_GAP = re.compile(r"\s*(?:正|就|则|也|其实|实际上)?\s*")


def as_founder(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """作为澜舟智能的创始人兼CEO，王澜此前…: 作为 opens the clause, the company before 的 and the title; the person
    opening the next clause (its subject) founded it."""
    cs, ce = ctx.clause(t.start)
    zuowei = _AS.match(ctx.text, cs)
    if zuowei is None or ce >= ctx.sent.end:
        return []
    companies = ctx.mentions(zuowei.end(), t.start, ORG)
    if not companies or not re.fullmatch(r"\s*的?\s*(?:联合)?", ctx.text[companies[-1].end:t.start]):
        return []
    ncs, nce = ctx.clause(ce + 1)
    people = _people_at(ctx, ncs + (1 if ctx.text[ncs:ncs + 1] in " “" else 0), nce)
    if not people or not _TITLE_TAIL.fullmatch(ctx.text, t.end, ce):
        return []
    return _founded(ctx, t, people[:1], companies[-1], f"founding:as_founder:{ctx.text[t.start:t.end]}")


_AS = re.compile(r"[\s“”]*(?:身为|作为)\s*")
_TITLE_TAIL = re.compile(r"(?:兼(?:CEO|首席执行官|董事长|总裁|总经理|CTO|首席技术官))?\s*")

def founded_unnamed(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """林舟与苏明联合创立了澄川极智，…: people (each maybe after a description: 字节系创业者苏明, 曾任…总监的吴青) make
    the clause's subject, and the run of name characters after the verb, closing the clause, is the company they
    founded, though the name finder read no name there. Nothing where a name was read after the verb (the active
    voice reads it), where the run is a common word or opens like a phrase (一家公司, 自己的公司), or where anyone
    before the verb is no person."""
    cs, ce = ctx.clause(t.start)
    if ctx.mentions(t.end, ce):
        return []
    run = _UNREAD_COMPANY.fullmatch(ctx.text, t.end, ce)
    if run is None or _NOT_COMPANY_RUN.match(run.group(1)) or wordlist.is_common_word(run.group(1)) \
            or mentions_mod.person_shaped(run.group(1)):
        return []
    head = _FOUNDERS_TAIL.sub("", ctx.text[cs:t.start])
    people = [_person_ending(ctx, piece) for piece in re.split(r"与|和|、|及", head)]
    if not head or not people or any(p is None for p in people):
        return []
    base = cs + len(ctx.text[cs:t.start]) - len(ctx.text[cs:t.start].lstrip())
    founders: list[Mention] = []
    for name in people:
        at = ctx.text.find(name, base, t.start)  # type: ignore[arg-type]
        founders.append(Mention(at, at + len(name), name, "person", f"person:{name}", "person"))  # type: ignore[arg-type]
        base = at + len(name)  # type: ignore[arg-type]
    name = run.group(1)
    company = Mention(run.start(1), run.end(1), name, "candidate", mentions_mod._name_key(name), "context")
    return _founded(ctx, t, founders, company, f"founding:unnamed:{ctx.text[t.start:t.end]}")


# the company's name: name characters from the verb to the clause's end (punctuation after it)
_UNREAD_COMPANY = re.compile(r"\s*([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9·&]{1,11})\s*")
_NOT_COMPANY_RUN = re.compile(r"(?:一|了|该|这|那|其|自己|公司|企业|团队|品牌|项目|业务|事业|平台|多家|两家|新的|新公司|一家|个人|"
                              r"工作室$)|.*(?:的|公司$|企业$|品牌$|项目$|业务$|事业$|团队$)")
# adverbs and times between the founders and the verb: 林舟与苏明于2023年联合|创立了
_FOUNDERS_TAIL = re.compile(GROUP + r"?\s*(?:(?:在|于)?\s*\d{4}\s*年(?:\d{1,2}\s*月)?(?:初|底|末|年底|年初)?)?\s*"
                            r"(?:曾|先后|一手|亲手|联合|共同|一起|一同|携手)*\s*$")


def _person_ending(ctx: Ctx, piece: str) -> str | None:
    """The person a piece of the subject ends with: the whole piece, or its last two or three characters after a
    description of the person (字节系创业者苏明, 曾在腾讯担任总监的吴青); None where it ends with no person."""
    piece = piece.strip()
    known = [m for m in ctx.doc.mentions if m.kind == "person" and m.text == piece]
    if known:
        return piece
    for n in (3, 2):
        tail = piece[-n:]
        rest = piece[:-n]
        if len(piece) >= n and mentions_mod.person_shaped(tail, listed=True) and (
                not rest or _DESCRIBED_PERSON.search(rest)):
            return tail
    return None


# what a description of a person ends with before the name: 的, a role or a title (创业者, 教授, 博士, 总监 …)
_DESCRIBED_PERSON = re.compile(r"(?:的|创业者|连续创业者|教授|博士|研究员|科学家|工程师|总监|总裁|高管|负责人|老兵|校友|学者)$")


HANDLERS = {"founding_team": founding_team, "founded_cleft": founded_cleft, "as_founder": as_founder,
            "founded_unnamed": founded_unnamed}

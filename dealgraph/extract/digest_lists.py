"""A 、-list that runs across two deals of a digest sentence (澄川资本控股青禾电子、岚山科技寻求收购星澜智能): the item
after 、 that has its own predicate (岚山科技寻求收购…) opens a second clause. The list ends before it: it is no further
company bought by the first verb, and the names before it (the first verb's objects) are no buyers of the second."""

from __future__ import annotations

import re

from dealgraph.extract import qualifiers as q
from dealgraph.extract.document import FactRecord, Mention, Span

# the words that may stand between a subject and its deal verb (拟, 寻求, 宣布 …)
_MODALS = r"(?:拟|将|已|已经|也|亦|正|正在|宣布|计划|寻求|筹划|有意|欲|谋求|或将|再|还|则|成功|正式|近日|日前|\s)*"
# a name followed by its own predicate: a deal verb (not a noun: 岚山科技完成的融资, B控股权, C投资款) or a round completed,
# a round raised (获B轮融资); not 获批 / 完成交割 (the deal of the list approved, closed)
_OWN_PREDICATE = re.compile(
    _MODALS + r"(?:(?:收购|并购|控股|入股|投资|入主|拿下|增持|减持|买下|受让|参股|登陆|牵手)(?!的|方|者|人|事宜|事项|案|标的|权|股|子|孙|公司|集团|平台|企业|基金|款|额|金)"
    r"|完成了?[^，,；;。、的]{0,8}?(?:融资|轮|IPO|收购|并购)|获得?[^，,；;。、的批准]{0,8}?(?:融资|轮|投资))")
# the verb whose objects a 、-list is, right before its first item (七腾机器人控股A、B…)
_OBJECTS_OF = re.compile(r"(?:控股|入股|收购|并购|投资|入主|拿下|增持|参股|战略投资)了?\s*$")
_MODAL_GAP = re.compile(_MODALS)
_SPLIT_TYPES = frozenset({"acquisition", "investment", "shareholding"})


def split_at_own_predicates(text: str, mentions: list[Mention], t: Span, roles: tuple[str, ...],
                            facts: list[FactRecord], clause: tuple[int, int]) -> list[FactRecord]:
    """The facts of the trigger t, with a 、-list cut where an item has its own predicate: a patient after t that
    opens its own clause (收购A、B拟收购C: B buys, B is not bought) is dropped; an agent right before t whose list
    began as another verb's objects (控股A、B寻求收购C) is the only agent. `mentions`: the sentence's organisations;
    clause: t's clause (start, end)."""
    if len(roles) < 2:
        return facts
    agent, patient = roles[0], roles[1]
    out = []
    own = _own_subject(text, mentions, t)
    attributive = text.endswith("的", t.start, t.end) or text.startswith("的", t.end)  # 投资的A、B拟…: both invested in
    told = sorted({m.start: m for f in facts if f.type in _SPLIT_TYPES for m in f.roles.get(patient, [])
                   if m.start >= t.end}.values(), key=lambda m: m.start)
    edge = None if attributive else next((m.start for m in told if _opens_clause(text, m)), None)
    for f in facts:
        if f.type not in _SPLIT_TYPES or agent not in f.roles or patient not in f.roles:
            out.append(f)
            continue
        if edge is not None:
            kept = [m for m in f.roles[patient] if not m.start >= edge]
            if not kept:
                continue  # 收购A、B拟收购C: B is not bought by the first verb
            f.roles[patient] = kept
            _own_clause_only(text, f, clause[0], edge)
        if own is not None and any(m.key != own.key for m in f.roles[agent]):
            f.roles[agent] = [own]
        out.append(f)
    return out


def _own_clause_only(text: str, f: FactRecord, start: int, edge: int) -> None:
    """The first deal's plan and round words are its own stretch's (start to edge), not the next item's: 入股A、B拟收购
    C、D完成B轮融资 leaves the stake in A asserted and of no round."""
    own = text[start:edge]
    if f.modality in ("planned", "expected") and not q.plans_in(own):
        f.modality = "asserted"
    if isinstance(f.qualifiers.get("round"), str) and f.qualifiers["round"] not in own:
        f.qualifiers.pop("round")


def _opens_clause(text: str, m: Mention) -> bool:
    """m stands after 、 and is followed by its own predicate."""
    return text[m.start - 1:m.start] == "、" and _OWN_PREDICATE.match(text, m.end) is not None


def _own_subject(text: str, mentions: list[Mention], t: Span) -> Mention | None:
    """The name right before t (only modal words between) that closes a 、-list whose first item follows a deal
    verb: 控股A、B寻求收购C gives B (A is the first verb's object). None otherwise (A、B拟收购C: both buy)."""
    before = [m for m in mentions if m.end <= t.start]
    if not before:
        return None
    last = before[-1]
    if _MODAL_GAP.fullmatch(text, last.end, t.start) is None or text[last.start - 1:last.start] != "、":
        return None
    first = last
    for m in reversed(before[:-1]):
        if m.end != first.start - 1 or text[m.end:first.start] != "、":
            break
        first = m
    if first is last or not _OBJECTS_OF.search(text, max(0, first.start - 6), first.start):
        return None
    return last

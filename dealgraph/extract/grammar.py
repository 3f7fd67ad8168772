"""The Chinese fact grammar (data/frames.yaml), compiled once."""

from __future__ import annotations

import re
import re._constants as _c
import re._parser as _parser
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from dealgraph.datafiles import read_yaml

VOICE_ORDER = ("fund_join", "fund_share", "limited_partner", "fund_founded", "subscribed", "fund_agreement", "admitted", "investor_kinds", "round", "round_group", "round_share", "investors_named", "passive", "by", "attributive", "portfolio", "attributive_deal", "founding_team", "founded_cleft", "as_founder", "title", "spun_from", "merge",
               "tender_report", "offer", "tender", "negotiated", "control_change_planned", "acquire", "sell", "exit", "invest_to", "nominal", "named_target",
               "purchase_from", "order", "agreement", "absorb", "top_supplier", "top_customer", "revenue_from", "sales_to", "tender_won", "shortlisted", "tender_got", "tender_rank", "tender_share", "tender_split", "tender_among", "consortium_lead", "supply_to", "supply_goods", "goods_used", "design_win", "goods_sold", "related_trade", "goods_provided",
               "reduce_to", "holding_count", "suppliers_named", "supplier_of", "funds_from", "goods_from", "shareholder", "actual_controller", "kept_stake", "controlled_by", "held_by", "parent_of", "subsidiary",
               "owner_list", "launch", "active", "founded_unnamed", "partner_of", "customers", "symmetric", "signed_with", "set_up_company", "subject", "kind_then_name", "field_then_name", "its_product")
# 收购人, 投资人: the party, a noun (not 投资人工智能企业, 收购人形机器人厂商: the verb, then its object's field)
NOT_A_VERB = re.compile(r"(?:额|人(?!工智能|形机器人|力资源)|者|机构|方|策略|风格|逻辑|领域|关系|价值|目的|频率|界|上(?!市)|需要|的代价|回报|组合|版图|案例|思路|"
                        r"公司|基金|主体|标的(?!公司(?:[\d.]+\s?%|的?(?:全部|部分)?(?:控制权|控股权|股权|股份)))|规模|金额|收益|圈|行为|热情|力度|节奏|布局|重点|方向|模式|协议|意向|计划|决策|"
                        r"周期|门槛|窗口|赛道|前|后(?!者)|之前|之后|方面|上(?!市)|中|等|事项|事宜|案|对价|价款|价格|价(?![值])|报告书|方案|草案|预案|议案|进展|完成|交割|"
                        r"企业|部(?!分)|合伙|管理|集团|有限|期限|期|框架|平台|团队|业务|[(（])")   # 处于投资期末尾: the period, a noun


@dataclass(frozen=True)
class Frame:
    type: str
    voice: str
    roles: tuple[str, ...]
    triggers: tuple[str, ...]
    before: tuple[str, ...] = ()
    qualifiers: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Grammar:
    frames: tuple[Frame, ...]
    trigger: re.Pattern[str]
    by_trigger: dict[str, tuple[Frame, ...]]
    listing_stages: tuple[tuple[str, re.Pattern[str]], ...]
    exchanges: tuple[tuple[str, re.Pattern[str]], ...]
    metrics: dict[str, str]
    modality: tuple[tuple[str, re.Pattern[str]], ...]
    consideration: dict[str, re.Pattern[str]]
    terms: tuple[tuple[str, re.Pattern[str]], ...]
    round: re.Pattern[str]
    not_subject: re.Pattern[str]


_CLASSES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_NOT_DIGIT: r"\D", _c.CATEGORY_SPACE: r"\s",
            _c.CATEGORY_NOT_SPACE: r"\S", _c.CATEGORY_WORD: r"\w", _c.CATEGORY_NOT_WORD: r"\W"}


def quick(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), with the characters a match can open with tested first, (?=[…]): a pattern opening
    with something optional (本次|此次)? or a test (?<!…) is otherwise tried in full at every position of the text.
    The matches are the same (the test only reads the character a match consumes first); where that character
    cannot be told (the pattern may match nothing, or opens with any character), the pattern is compiled as it is."""
    first = _first_chars(_parser.parse(pattern, flags).data) if not flags & re.X else None
    if not first or first[1]:
        return re.compile(pattern, flags)
    return re.compile(f"(?=[{''.join(sorted(first[0]))}])(?:{pattern})", flags)


def _first_chars(items: list) -> tuple[set[str], bool] | None:
    """The characters (as items of a class) a sequence of parsed regex items may consume first, and whether the sequence
    may consume nothing; None where a first character may be any or is not known."""
    chars: set[str] = set()
    for op, av in items:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue  # consumes nothing: the next item opens the match
        if op is _c.LITERAL:
            return chars | {re.escape(chr(av))}, False
        if op is _c.IN:
            if any(o not in (_c.LITERAL, _c.RANGE, _c.CATEGORY) or o is _c.CATEGORY and a not in _CLASSES for o, a in av):
                return None
            return chars | {re.escape(chr(a)) if o is _c.LITERAL else _CLASSES[a] if o is _c.CATEGORY
                            else f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}" for o, a in av}, False
        if op is _c.SUBPATTERN:
            found = _first_chars(av[3]) if not av[1] and not av[2] else None  # (?i:…) reads its class otherwise
        elif op is _c.BRANCH:
            found = _union([_first_chars(b) for b in av[1]])
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            found = _first_chars(av[2])
            found = found and (found[0], found[1] or av[0] == 0)
        else:
            return None
        if found is None:
            return None
        chars |= found[0]
        if not found[1]:
            return chars, False
    return chars, True


def _union(found: list[tuple[set[str], bool] | None]) -> tuple[set[str], bool] | None:
    if any(f is None for f in found):
        return None
    return set().union(*(f[0] for f in found)), any(f[1] for f in found)  # type: ignore[index]


def alt(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _cues(spec: dict[str, list[str]], not_after: dict[str, list[str]] | None = None,
          not_before: dict[str, list[str]] | None = None) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """One pattern per mood; a cue listed in not_after does not count right after those words (低于预期), one
    listed in not_before not right before them (拟IPO公司: a kind of company, no plan). The test of the words before
    a cue is written after its first character ((?<!低于)预期 as 预(?<!低于预)期, the same test): every alternative
    then opens with a character, and the regex engine skips the positions where none of them can start (a cue
    opening with a test is tried at every position, ten times slower)."""
    not_after, not_before = not_after or {}, not_before or {}

    def piece(w: str) -> str:
        return re.escape(w[0]) + "".join(f"(?<!{re.escape(b + w[0])})" for b in not_after.get(w, ())) + \
            re.escape(w[1:]) + "".join(f"(?!{re.escape(a)})" for a in not_before.get(w, ()))
    return tuple((k, re.compile("|".join(piece(w) for w in sorted(set(v), key=len, reverse=True))))
                 for k, v in spec.items())


@cache
def grammar() -> Grammar:
    raw = read_yaml("frames.yaml")
    frames = tuple(Frame(f["type"], f["voice"], tuple(f["roles"]), tuple(f["triggers"]), tuple(f.get("before", ())),
                         dict(f.get("qualifiers", {}))) for f in raw["frames"])
    words = {t for f in frames for t in f.triggers}
    by_trigger = {w: _frames_for(w, frames) for w in words}
    stages = tuple((s["stage"], re.compile("|".join([alt(s["cue"])] + ([s["pattern"]] if "pattern" in s else []))))
                   for s in raw["listing_stages"])  # a stage's words, and a pattern where words stand apart
    exchanges = tuple((s["exchange"], re.compile(alt(s["cue"]))) for s in raw["exchanges"])
    return Grammar(frames, re.compile(alt(list(words))), by_trigger, stages, exchanges, dict(raw["metrics"]),
                   _cues(raw["modality"], raw.get("modality_not_after"),
                         raw.get("modality_not_before")), {k: re.compile(alt(v)) for k, v in raw["consideration"].items()},
                   _cues(raw["terms"]), re.compile(raw["rounds"]), re.compile(alt(raw["not_subjects"])))


def _frames_for(word: str, frames: tuple[Frame, ...]) -> tuple[Frame, ...]:
    """Frames a matched trigger may open: its own, and those of the triggers it ends with (将投资 → 投资)."""
    own = [f for f in frames if word in f.triggers]
    tails = [f for f in frames if f not in own and any(word.endswith(t) for t in f.triggers)]
    ranked = sorted(own + tails, key=lambda f: (VOICE_ORDER.index(f.voice), f not in own))
    return tuple(ranked)

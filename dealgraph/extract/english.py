"""Facts from English sentences: patterns over a sentence whose names and values are tokens.

Each English sentence is rewritten with tokens in place of its mentions, values and pronouns
("«o0» led a «m1» Series C round in «o2»"); the patterns of data/english.yaml read roles off
the tokens. Before that, a small name finder replaces the Latin candidates of English sentences
with cleaned names (no "The", months, "-based" places or possessives; people told apart).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml

from dealgraph import lexicon
from dealgraph.extract.document import Doc, FactRecord, Mention, Sentence, Span, Value
from dealgraph.extract.mentions import rules as name_rules
from dealgraph.names import core

ORG_KINDS = ("organization", "candidate")
ROLES = {"investment": ("investor", "investee"), "acquisition": ("acquirer", "target"),
         "shareholding": ("holder", "company"), "founding": ("founder", "company"),
         "purchase": ("buyer", "supplier"), "partnership": ("party", "party2")}
VALUE_LETTER = {"money": "m", "percent": "c", "date": "d", "horizon": "h"}
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")
_TOKEN = re.compile(r"«([a-z])(\d+)»")
_CLAUSE = re.compile(r"[,;:]")
_PREP_BEFORE = re.compile(r"\b(?:of|in|from|with|by|to|for|on|at|than|and|into|over|behind)\s*$", re.I)
_PRONOUN = re.compile(r"\b(?:(?P<poss>[Ii]ts|[Tt]he (?:company|firm|start-up|startup|group)['’]s)|[Ii]t|"
                      r"[Tt]he (?:company|firm|start-up|startup))\b(?!['’])")
_NAME = re.compile(r"(?<![A-Za-z0-9$])(?:[A-Z][A-Za-z0-9]*|[a-z]{1,3}[A-Z][A-Za-z0-9]*)(?:[-.][A-Za-z0-9]+)*"
                   r"(?:(?: | & )(?:[A-Z][A-Za-z0-9]*|[a-z]{1,3}[A-Z][A-Za-z0-9]*)(?:[-.][A-Za-z0-9]+)*)*"
                   r"(?![A-Za-z0-9])")
_PLAIN = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_PERSON_AFTER = re.compile(r",? (?:who|said|says|told|added|wrote)\b|, (?:the|its) (?:chief|founder|co-founder|ceo)")
_ORG = r"«o\d+»(?! (?:chief|co-founder|founder|ceo|president|chairman|executive)\b)"
_ORGS = rf"{_ORG}(?:(?:,? and |, |,? as well as |,? & ){_ORG})*"
FRAGMENTS = {
    "<SUBJ>": rf"(?:{_ORGS}|«i\d+»)(?:, (?!«)[^,«»]{{2,90}},)?", "<ORGS>": _ORGS, "<ORG>": _ORG,
    "<OBJ>": rf"(?:{_ORG}|«[ij]\d+»)", "<AGENTS>": r"«[op]\d+»(?:(?:,? and |, )«[op]\d+»)*",
    "<FILL>": r"(?:['’]s)?(?:,(?= ))?(?:,? (?:which|who|that))?(?: (?:[a-z][\w'’-]*|«[dh]\d+»)){0,8}? ",
    "<GAP>": r"(?:[^«»]|«[mcdhr]\d+»)", "<M>": r"«m\d+»", "<PCT>": r"«c\d+»", "<POSS>": r"«j\d+»"}


@dataclass(frozen=True)
class Pattern:
    name: str
    type: str
    regex: re.Pattern[str]
    quals: dict[str, Any]
    lead: bool = False
    context: str = ""  # join: add to the round just read; same: the patient of the same investor's deal


@dataclass(frozen=True)
class Grammar:
    patterns: tuple[Pattern, ...]
    trigger: re.Pattern[str]
    cues: tuple[tuple[str, re.Pattern[str]], ...]
    stages: tuple[tuple[str, re.Pattern[str]], ...]
    exchanges: tuple[tuple[str, re.Pattern[str]], ...]
    metric: re.Pattern[str]
    rx: dict[str, re.Pattern[str]]
    consideration: dict[str, re.Pattern[str]]
    ranks: dict[str, str]
    lead_stop: frozenset[str]
    stop: frozenset[str]
    drop_tails: frozenset[str]
    org_words: frozenset[str]


def _alt(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def _expand(template: str, words: dict[str, list[str]]) -> str:
    for key, value in FRAGMENTS.items():
        template = template.replace(key, value)
    return re.sub(r"<([A-Z_]+)>", lambda m: _alt(words[m.group(1)]), template)


def _cue_list(spec: dict[str, list[str]], flags: int = re.I) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((k, re.compile(_alt(v), flags)) for k, v in spec.items())


@cache
def grammar() -> Grammar:
    raw = yaml.safe_load(resources.files("dealgraph").joinpath("data/english.yaml").read_text("utf-8"))
    words = raw["words"]
    patterns = tuple(Pattern(p["name"], p["type"], re.compile(_expand(p["re"], words), re.I), p.get("quals", {}),
                             p.get("lead", False), p.get("context", "")) for p in raw["patterns"])
    metrics = [f"(?P<{k}>{_alt(v)})" for k, v in raw["metrics"].items()] + [f"(?P<state>{_alt(raw['profit_states'])})"]
    rx = {k: re.compile(_expand(raw[k], words), re.I) for k in ("rounds", "co_investors", "compute", "result",
                                                                    "stake_near", "valuation")}
    rx["person_cue"] = re.compile(rf"(?:\b(?:{_alt(words['PERSON_TITLE'])})|founded(?: in [^,.]{{1,20}})? by) $", re.I)
    names = raw["names"]
    return Grammar(patterns, re.compile(_alt([re.escape(t) for t in raw["triggers"]]), re.I),
                   _cue_list(raw["modality"]), tuple((s["stage"], re.compile(_alt(s["cue"]), re.I))
                                                      for s in raw["listing_stages"]),
                   tuple((s["exchange"], re.compile(_alt(s["cue"]))) for s in raw["exchanges"]),
                   re.compile(rf"(?<![\w-])(?:{'|'.join(metrics)})\b", re.I), rx, dict(_cue_list(raw["consideration"])),
                   {w: rank for rank, ws in raw["ranks"].items() for w in ws}, frozenset(names["lead_stop"]),
                   frozenset(names["stop"]) | name_rules().latin_stop, frozenset(names["drop_tails"]),
                   frozenset(names["org_words"]))


def is_english(text: str) -> bool:
    return not _HAN.search(text) and len(_LATIN.findall(text)) * 2 > len(text) - text.count(" ")


def extract_facts(doc: Doc) -> None:
    """Component: names and facts of the English sentences of the document."""
    english = [s for s in doc.sentences if is_english(s.text)]
    if not english:
        return
    g = grammar()
    find_names(doc, english, g)
    reader = Reader(doc, g)
    for sent in english:
        reader.read(sent)
    doc.mentions = sorted(doc.mentions + reader.added, key=lambda m: m.start)
    doc.facts.extend(reader.facts)


# ------------------------------------------------------------------------------------------ names
def find_names(doc: Doc, sentences: list[Sentence], g: Grammar) -> None:
    """Replace the Latin candidates of English sentences by cleaned names (organisations, people)."""
    inside = bytearray(len(doc.text) + 1)
    for s in sentences:
        inside[s.start:s.end] = b"\x01" * (s.end - s.start)
    kept = [m for m in doc.mentions if not (m.kind == "candidate" and m.source in ("latin", "context")
                                             and inside[m.start])]
    occupied = bytearray(len(doc.text) + 1)
    for m in kept:
        occupied[m.start:m.end] = b"\x01" * (m.end - m.start)
    found: list[Mention] = []
    lower: set[str] | None = None
    for s in sentences:
        previous: Mention | None = None
        for hit in _NAME.finditer(s.text):
            span = _clean(s.text, hit.start(), hit.end(), g)
            if span is None or any(occupied[s.start + span[0]:s.start + span[1]]):
                continue
            if not s.text[:span[0]].strip(" \"“'‘") and " " not in s.text[span[0]:span[1]]:
                lower = set(re.findall(r"\b[a-z][a-z-]+\b", doc.text)) if lower is None else lower
                if s.text[span[0]:span[1]].lower() in lower:  # Revenue rose … (revenue elsewhere)
                    continue
            previous = _name_mention(doc.text, s.start + span[0], s.start + span[1], previous, g)
            found.append(previous)
    _link_short_names(found, kept + found)
    doc.mentions = sorted(kept + found, key=lambda m: m.start)


def _clean(text: str, start: int, end: int, g: Grammar) -> tuple[int, int] | None:
    tokens = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    for i, (s, e) in enumerate(tokens):
        word = text[s:e]
        head, dash, tail = word.partition("-")
        if dash and tail[:1].islower():
            tokens = tokens[:i] if tail.split("-")[0] in g.drop_tails else tokens[:i] + [(s, s + len(head))]
            break
    while tokens and (text[tokens[0][0]:tokens[0][1]] in g.lead_stop or text[tokens[0][0]:tokens[0][1]] == "&"):
        tokens.pop(0)
    while tokens and text[tokens[-1][0]:tokens[-1][1]] in (g.stop - g.org_words) | {"&"}:
        tokens.pop()
    if not tokens or all(text[s:e] in g.stop or text[s:e] in g.lead_stop for s, e in tokens):
        return None
    s, e = tokens[0][0], tokens[-1][1]
    return None if e - s < 2 else (s, e)


def _name_mention(text: str, start: int, end: int, previous: Mention | None, g: Grammar) -> Mention:
    name = text[start:end]
    words = name.split()
    if any(w in g.org_words for w in words[1:]) or len(words) > 3 or not all(_PLAIN.fullmatch(w) for w in words):
        return Mention(start, end, name, "organization" if any(w in g.org_words for w in words[1:]) else "candidate",
                       f"name:{core(name)}", "english")
    before = text[max(0, start - 45):start]
    listed = previous is not None and previous.kind == "person" and re.fullmatch(r",? (?:and )?|, ",
                                                                                 text[previous.end:start])
    if len(words) > 1 and (listed or g.rx["person_cue"].search(before) or _PERSON_AFTER.match(text, end)):
        return Mention(start, end, name, "person", f"person:{name}", "english")
    return Mention(start, end, name, "candidate", f"name:{core(name)}", "english")


def _link_short_names(found: list[Mention], every: list[Mention]) -> None:
    """HP is the lexicon's HP; Northbeam after Northbeam AI, Horizon after Horizon Robotics: the same."""
    lex = lexicon.load()
    for m in found:
        entry = lex.lookup(m.text) if m.kind != "person" else None
        if entry is not None:
            m.key, m.kind, m.canonical = f"lex:{entry.id}", entry.kind, entry.name
    longer: dict[str, set[str]] = {}
    by_key: dict[str, Mention] = {}
    for m in every:
        if m.kind in ORG_KINDS and " " in m.text:
            longer.setdefault(m.text.split()[0], set()).add(m.key)
            by_key.setdefault(m.key, m)
    for m in found:
        keys = longer.get(m.text, set())
        if m.kind == "candidate" and " " not in m.text and len(keys) == 1:
            full = by_key[next(iter(keys))]
            m.key, m.kind, m.canonical = full.key, full.kind, full.canonical


# ---------------------------------------------------------------------------------------- reading
@dataclass
class Masked:
    """One sentence with tokens in place of mentions, values and pronouns."""

    sent: Sentence
    text: str
    items: list[tuple[str, Any, int]]  # (letter, Mention | Value | Span, position in text)
    starts: list[int]
    origs: list[int]
    resolved: dict[int, Mention | None] = field(default_factory=dict)

    def to_orig(self, pos: int) -> int:
        i = max(0, bisect_left(self.starts, pos + 1) - 1)
        return self.origs[i] + (pos - self.starts[i]) if self.starts else self.sent.start

    def tokens(self, letter: str, start: int = 0, end: int | None = None) -> list[tuple[int, Any, int]]:
        end = len(self.text) if end is None else end
        return [(n, obj, p) for n, (ltr, obj, p) in enumerate(self.items) if ltr == letter and start <= p < end]


@dataclass
class Reader:
    doc: Doc
    g: Grammar
    facts: list[FactRecord] = field(default_factory=list)
    added: list[Mention] = field(default_factory=list)
    topic: Mention | None = None
    paragraph: int = -1
    last_deal: tuple[int, FactRecord] | None = None
    current: list[FactRecord] = field(default_factory=list)
    _ranked: list[Mention] | None = None
    _starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._starts = [m.start for m in self.doc.mentions]

    def read(self, sent: Sentence) -> None:
        if sent.paragraph != self.paragraph:
            self.topic, self.paragraph = None, sent.paragraph
        if self.g.trigger.search(sent.text):
            s = self.mask(sent)
            self.current = []
            for p in self.g.patterns:
                handler = HANDLERS.get(p.name) or HANDLERS.get(p.type, deal)
                for m in p.regex.finditer(s.text):
                    self.current += handler(self, s, p, m)
            self.current += financial(self, s)
            self.keep(s, self.current)
        self.topic = self.sentence_topic(sent) or self.topic

    def mask(self, sent: Sentence) -> Masked:
        spans: list[tuple[int, int, str, Any]] = []
        for m in self.doc.mentions[bisect_left(self._starts, sent.start):bisect_left(self._starts, sent.end)]:
            spans.append((m.start, m.end, {"person": "p", "product": "r"}.get(m.kind, "o"), m))
        spans += [(v.start, v.end, VALUE_LETTER[v.kind], v) for v in self.doc.values
                  if v.kind in VALUE_LETTER and sent.start <= v.start and v.end <= sent.end]
        for p in _PRONOUN.finditer(sent.text):
            spans.append((sent.start + p.start(), sent.start + p.end(), "j" if p.group("poss") else "i",
                          Span(sent.start + p.start(), sent.start + p.end())))
        spans.sort(key=lambda x: (x[0], x[0] - x[1]))
        pieces, items, starts, origs, pos, mpos = [], [], [], [], sent.start, 0
        for start, end, letter, obj in spans:
            if start < pos:
                continue
            if start > pos:
                pieces.append(self.doc.text[pos:start])
                starts.append(mpos)
                origs.append(pos)
                mpos += start - pos
            token = f"«{letter}{len(items)}»"
            pieces.append(token)
            starts.append(mpos)
            origs.append(start)
            items.append((letter, obj, mpos))
            mpos, pos = mpos + len(token), end
        pieces.append(self.doc.text[pos:sent.end])
        starts.append(mpos)
        origs.append(pos)
        return Masked(sent, "".join(pieces), items, starts, origs)

    def sentence_topic(self, sent: Sentence) -> Mention | None:
        """The organisation a sentence is about: its first one, unless a pronoun comes first."""
        first = next((m for m in self.doc.mentions[bisect_left(self._starts, sent.start):]
                      if m.kind in ORG_KINDS), None)
        pron = _PRONOUN.search(sent.text)
        if first is None or first.start >= sent.end or (pron and sent.start + pron.start() < first.start):
            return None
        return first

    def ranked(self) -> list[Mention]:
        if self._ranked is None:
            counts = Counter(m.key for m in self.doc.mentions if m.kind in ORG_KINDS)
            first = {m.key: m for m in reversed(self.doc.mentions) if m.kind in ORG_KINDS}
            self._ranked = [first[k] for k, _ in counts.most_common()]
        return self._ranked

    def members(self, s: Masked, text: str | None, agent: bool, exclude: set[str] = frozenset()) -> list[Mention]:
        out: list[Mention] = []
        for _, n in _TOKEN.findall(text or ""):
            m = self.resolve(s, int(n), agent, exclude)
            if m is not None and m.key not in exclude and all(m.key != o.key for o in out):
                out.append(m)
        return out

    def resolve(self, s: Masked, n: int, agent: bool, exclude: set[str]) -> Mention | None:
        letter, obj, pos = s.items[n]
        if letter in "opr":
            return obj
        if letter not in "ij":
            return None
        if n not in s.resolved or not agent:
            ante = self.subject_antecedent(s, n) if agent else self.object_antecedent(s, pos, exclude)
            if ante is None:
                return None
            text = self.doc.text[obj.start:obj.end]
            s.resolved[n] = Mention(obj.start, obj.end, text, ante.kind, ante.key, "coref", ante.canonical)
        return s.resolved[n]

    def subject_antecedent(self, s: Masked, n: int) -> Mention | None:
        for k, (letter, obj, _) in enumerate(s.items[:n]):
            if letter == "o" and obj.kind in ORG_KINDS:
                return obj
            if letter in "ij" and s.resolved.get(k) is not None:
                return s.resolved[k]
        return self.topic or next(iter(self.ranked()), None)

    def object_antecedent(self, s: Masked, pos: int, exclude: set[str]) -> Mention | None:
        """An object pronoun: an organisation named as an object before it (of Windsurf's …), in its clause, else
        the topic or the document's most named organisation."""
        cs = max((m.end() for m in _CLAUSE.finditer(s.text, 0, pos)), default=0)
        near = [(obj, p) for _, obj, p in s.tokens("o", 0, pos) if obj.kind in ORG_KINDS and obj.key not in exclude]
        objects = [o for o, p in near if p >= cs or _PREP_BEFORE.search(s.text[max(0, p - 12):p])
                   or s.text.startswith(("'s", "’s"), p + len(f"«o{s.items.index(('o', o, p))}»"))]
        if objects:
            return objects[-1]
        if self.topic is not None and self.topic.key not in exclude:
            return self.topic
        return next((m for m in self.ranked() if m.key not in exclude), None)

    def keep(self, s: Masked, facts: list[FactRecord]) -> None:
        seen: list[FactRecord] = []
        for fact in facts:
            if any(_same(fact, other) for other in seen):
                continue
            seen.append(fact)
            fact.confidence = 0.7 if any(m.kind == "candidate" for ms in fact.roles.values() for m in ms) else 0.8
            for m in (m for ms in fact.roles.values() for m in ms):
                if m.source == "coref" and all(m is not a for a in self.added):
                    self.added.append(m)
            if fact.type in ("investment", "acquisition"):
                self.last_deal = (s.sent.index, fact)
        self.facts += seen

    # --- qualifiers read off the masked sentence
    def modality(self, s: Masked, gap: str) -> str:
        for name, cue in self.g.cues:
            if cue.search(s.text if name in ("denied", "rumored", "reported") else gap):
                return name
        return "asserted"

    def money(self, s: Masked, start: int, end: int | None = None) -> Value | None:
        for _, v, p in s.tokens("m", start, end):
            if not self.g.rx["valuation"].search(s.text[max(0, p - 40):p]):
                return v
        return None

    def date(self, s: Masked, lo: int, hi: int) -> Value | None:
        ce = next((m.start() for m in _CLAUSE.finditer(s.text, hi)), len(s.text))
        inside = s.tokens("d", lo, ce)
        before = s.tokens("d", 0, lo)
        return inside[0][1] if inside else before[-1][1] if before else None

    def stake(self, s: Masked, start: int) -> Value | None:
        for n, v, p in s.tokens("c", start):
            if self.g.rx["stake_near"].match(s.text, p + len(f"«c{n}»")):
                return v
        return None


def _same(a: FactRecord, b: FactRecord) -> bool:
    """The same statement read twice in one sentence (by two patterns)."""
    kinds = ("metric", "stage", "kind")
    if a.type != b.type or any(a.qualifiers.get(k) != b.qualifiers.get(k) for k in kinds):
        return False
    keys = [{m.key for ms in f.roles.values() for m in ms} for f in (a, b)]
    return keys[0] <= keys[1]


def _gap(m: re.Match[str], roles: tuple[str, ...]) -> str:
    spans = sorted(m.span(r) for r in roles if r in m.re.groupindex and m.group(r) is not None)
    if not spans:
        return m.group()
    end = spans[1][0] if len(spans) > 1 else m.end()
    return m.string[spans[0][1]:end]


def _group(m: re.Match[str], name: str) -> str | None:
    return m.group(name) if name in m.re.groupindex else None


def _fact(s: Masked, p: Pattern, roles: dict[str, list[Mention]], modality: str) -> FactRecord:
    fact = FactRecord(p.type, roles, Span(s.sent.start, s.sent.end), modality, rule=f"english:{p.name}")
    fact.qualifiers.update(p.quals)
    return fact


# --------------------------------------------------------------------------------------- handlers
def deal(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    a_role, b_role = ROLES[p.type]
    agents = r.members(s, m.group(a_role), True)
    if p.context == "join":
        return _join(r, s, agents)
    patients = r.members(s, _group(m, b_role), False, {a.key for a in agents}) or _implicit(r, s, p, m, agents)
    if not agents or not patients:
        return []
    modality = r.modality(s, _gap(m, (a_role, b_role)))
    facts = []
    for patient in patients:
        fact = _fact(s, p, {a_role: list(agents), b_role: [patient]}, modality)
        QUALIFY.get(p.type, _dated)(r, s, p, m, fact)
        facts.append(fact)
    return facts


def _implicit(r: Reader, s: Masked, p: Pattern, m: re.Match[str], agents: list[Mention]) -> list[Mention]:
    """The patient a pattern leaves unnamed: the deal just read, or whose stake this is."""
    keys = {a.key for a in agents}
    if p.context == "same" and r.last_deal and keys & {x.key for x in r.last_deal[1].roles["investor"]}:
        return r.last_deal[1].roles["investee"] if s.sent.index - r.last_deal[0] <= 8 else []
    if p.type != "shareholding":
        return []
    if _group(m, "poss"):
        return r.members(s, m.group("poss"), False, keys)
    if re.match(r" (?:of|in) ", s.text[m.end():]):
        return []
    if r.last_deal and s.sent.index - r.last_deal[0] <= 4:
        patient = list(r.last_deal[1].roles.values())[1][0]
        return [] if patient.key in keys else [patient]
    return [x for x in [r.object_antecedent(s, m.end(), keys)] if x is not None]


def _join(r: Reader, s: Masked, investors: list[Mention]) -> list[FactRecord]:
    """Investors joining the round just read become investors of that fact (one fact per round)."""
    if r.last_deal is None or s.sent.index - r.last_deal[0] > 4 or r.last_deal[1].type != "investment":
        return []
    fact = r.last_deal[1]
    new = [x for x in investors if all(x.key != y.key for y in fact.roles["investor"] + fact.roles["investee"])]
    if new:
        fact.roles["investor"] += new
        more = fact.qualifiers.setdefault("more_evidence", [])
        more += [Span(s.sent.start, s.sent.end)] if Span(s.sent.start, s.sent.end) not in more else []
        fact.confidence = min(fact.confidence, 0.7 if any(x.kind == "candidate" for x in new) else 0.8)
        r.added += [x for x in new if x.source == "coref"]
    return []


def _dated(r: Reader, s: Masked, p: Pattern, m: re.Match[str], fact: FactRecord) -> None:
    fact.date = r.date(s, m.start(), m.end())


def _investment(r: Reader, s: Masked, p: Pattern, m: re.Match[str], fact: FactRecord) -> None:
    _dated(r, s, p, m, fact)
    fact.amount = r.money(s, m.start())
    fact.stake = s.items[int(m.group("stake")[2:-1])][1] if _group(m, "stake") else r.stake(s, m.start())
    found = r.g.rx["rounds"].search(s.text, m.start())
    fact.qualifiers["round"] = found.group() if found else None
    fact.qualifiers["consideration"] = _consideration(r.g, s.sent.text)
    if p.lead:
        fact.qualifiers["lead"] = [x.key for x in fact.roles["investor"]]
    for co in r.g.rx["co_investors"].finditer(s.text, m.end()):
        more = r.members(s, co.group("co") or co.group("co2"), True, {x.key for x in fact.roles["investee"]})
        fact.roles["investor"] += [x for x in more if all(x.key != y.key for y in fact.roles["investor"])]
    fact.qualifiers = {k: v for k, v in fact.qualifiers.items() if v is not None}
    if fact.stake is not None and (fact.stake.value.value or 0) > 50:
        fact.type = "acquisition"
        fact.roles = {"acquirer": fact.roles["investor"], "target": fact.roles["investee"]}
        fact.qualifiers = {}


def _consideration(g: Grammar, text: str) -> str:
    cue = g.consideration
    if cue["cloud_credits"].search(text):
        return "mixed" if cue["partial"].search(text) or cue["cash"].search(text) else "cloud_credits"
    return "cash" if cue["cash"].search(text) else "unknown"


def _acquisition(r: Reader, s: Masked, p: Pattern, m: re.Match[str], fact: FactRecord) -> None:
    _dated(r, s, p, m, fact)
    fact.amount = r.money(s, m.start())
    fact.stake = r.stake(s, m.start())


def _shareholding(r: Reader, s: Masked, p: Pattern, m: re.Match[str], fact: FactRecord) -> None:
    fact.stake = s.items[int(m.group("stake")[2:-1])][1] if _group(m, "stake") else None
    rank = _group(m, "rank")
    if rank is None:
        later = re.search(rf"\b({_alt(list(r.g.ranks))}) (?:[\w-]+ )?(?:shareholder|stakeholder|owner|investor)",
                          s.text[m.end():], re.I)
        rank = later.group(1) if later else None
    fact.qualifiers["rank"] = r.g.ranks.get((rank or "").lower())
    fact.qualifiers["as_of"] = r.date(s, m.start(), m.end())
    fact.qualifiers = {k: v for k, v in fact.qualifiers.items() if v is not None}


def _purchase(r: Reader, s: Masked, p: Pattern, m: re.Match[str], fact: FactRecord) -> None:
    fact.amount = s.items[int(m.group("amount")[2:-1])][1] if _group(m, "amount") else r.money(s, m.start(), m.end())
    fact.qualifiers["period"] = r.date(s, m.start(), m.end())


def share_of(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    party = r.members(s, m.group("party"), True)
    keys = {x.key for x in party}
    owner = r.members(s, m.group("owner") or m.group("poss"), False, keys)
    if not owner and party:
        owner = [x for x in [r.object_antecedent(s, m.start("share"), keys)] if x is not None]
    if not party or not owner:
        return []
    purchases = m.group("what").lower().startswith(("purchas", "procure", "spend", "suppl"))
    roles = {"buyer": owner[:1], "supplier": party[:1]} if purchases else {"buyer": party[:1], "supplier": owner[:1]}
    fact = _fact(s, p, roles, r.modality(s, _gap(m, ("party", "share"))))
    share = s.items[int(m.group("share")[2:-1])][1]
    fact.qualifiers["share_of_purchases" if purchases else "share_of_revenue"] = share
    fact.qualifiers["period"] = r.date(s, m.start(), m.end())
    return [fact]


def partnership(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    if "customer" in m.re.groupindex:
        return _customers(r, s, p, m)
    parties = r.members(s, m.group("party"), True)
    others = r.members(s, _group(m, "party2"), False, {x.key for x in parties})
    groups = [parties + [x] for x in others] if len(parties) == 1 and len(others) > 1 else [parties + others]
    return [f for g in groups if len(g) > 1 for f in [_partnership(r, s, p, m, g)]]


def _partnership(r: Reader, s: Masked, p: Pattern, m: re.Match[str], parties: list[Mention]) -> FactRecord:
    fact = _fact(s, p, {"party": parties, "result": []}, r.modality(s, _gap(m, ("party", "party2"))))
    rest = s.text[m.end():]
    result = r.g.rx["result"].search(rest[:60])
    fact.roles["result"] = r.members(s, result.group("result"), False) if result else []
    if "kind" not in fact.qualifiers:
        window = r.doc.text[s.to_orig(m.start()):s.to_orig(m.end()) + 40]
        fact.qualifiers["kind"] = "compute" if r.g.rx["compute"].search(window) else "strategic"
    fact.amount = r.money(s, m.start(), m.end() + 30)
    fact.date = r.date(s, m.start(), m.end())
    return fact


def _customers(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    if m.group("supplier") and m.group("supplier").startswith("«o") and m.start("supplier") < m.start("customer"):
        suppliers = r.members(s, m.group("supplier"), True)
        customers = r.members(s, m.group("customer"), False, {x.key for x in suppliers})
    else:
        customers = r.members(s, m.group("customer"), True)
        keys = {x.key for x in customers}
        suppliers = r.members(s, m.group("supplier") or _group(m, "poss"), False, keys) or [
            x for x in [r.object_antecedent(s, m.end(), keys)] if x is not None]
    out = []
    for customer in customers:
        for supplier in suppliers[:1]:
            fact = _fact(s, p, {"party": [supplier, customer], "result": []}, r.modality(s, m.group()))
            fact.date = r.date(s, m.start(), m.end())
            out.append(fact)
    return out


def one_company(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    if _group(m, "cont"):
        earlier = [f for f in r.current if f.type == p.type]
        company = earlier[-1].roles["company"] if earlier else []
    else:
        company = r.members(s, _group(m, "unit") or m.group("company"), True)
    if not company:
        return []
    trig = m.start("trig") if _group(m, "trig") else m.end()
    gap = m.string[m.end("company") if m.group("company") else m.start():trig if p.type == "listing" else m.end()]
    fact = _fact(s, p, {"company": company[:1]}, r.modality(s, gap))
    fact.date = r.date(s, trig, m.end())
    return SUBJECT_FACTS[p.type](r, s, m, fact)


def _listing(r: Reader, s: Masked, m: re.Match[str], fact: FactRecord) -> list[FactRecord]:
    stage = next(name for name, cue in r.g.stages if cue.search(m.group("trig")))
    if stage == "listed" and fact.modality in ("planned", "expected"):
        stage = "planned"
    text, pos = s.sent.text, s.to_orig(m.start("trig")) - s.sent.start
    found = [(cue.search(text, pos) or cue.search(text), name) for name, cue in r.g.exchanges]
    hits = sorted((abs(f.start() - pos), name) for f, name in found if f)
    fact.qualifiers.update(stage=stage, exchange=hits[0][1] if hits else None)
    return [fact]


def _capital_plan(r: Reader, s: Masked, m: re.Match[str], fact: FactRecord) -> list[FactRecord]:
    committed = m.group("trig").lower().startswith(("commit", "pledge", "earmark", "allocat"))
    horizon = next((v for _, v, _ in s.tokens("h", m.start())), None)
    purpose = _purpose(r, s, m.group("rest"))
    if (fact.modality in ("asserted", "negated") and not committed) or not (purpose or horizon):
        return []
    if fact.modality == "asserted":
        fact.modality = "planned"
    fact.amount = s.items[int(m.group("amount")[2:-1])][1]
    planned_for = s.tokens("d", m.start("rest"), m.end())
    fact.date = planned_for[0][1] if planned_for else r.date(s, m.start(), m.start())
    fact.qualifiers.update({k: v for k, v in (("horizon", horizon), ("purpose", purpose)) if v})
    return [fact]


def _purpose(r: Reader, s: Masked, rest: str) -> str:
    rest = re.sub(r"(?:,? (?:up|down) from «m\d+»[^,]*|(?: (?:over|in|by|through|between|during|for|from|until|"
                  r"and|to))* «[dhmc]\d+»| between \d{4} and \d{4}| over (?:the )?(?:next |coming )?[\w-]+ "
                  r"(?:years|months|quarters))", "", rest)
    text = _unmask(s, re.split(r"[,;]| while | but ", rest)[0]).strip()
    return re.sub(r"^(?:on|in|into|for|to|towards)\s+", "", text)[:60] if len(text) > 3 else ""


def _unmask(s: Masked, text: str) -> str:
    def original(t: re.Match[str]) -> str:
        obj = s.items[int(t.group(2))][1]
        return s.sent.text[obj.start - s.sent.start:obj.end - s.sent.start]
    return _TOKEN.sub(original, text)


def _focus(r: Reader, s: Masked, m: re.Match[str], fact: FactRecord) -> list[FactRecord]:
    fact.qualifiers["domain"] = _unmask(s, m.group("domain")).strip()
    return [fact]


def _closure(r: Reader, s: Masked, m: re.Match[str], fact: FactRecord) -> list[FactRecord]:
    return [fact]


_FINANCIAL = Pattern("financial", "financial", re.compile(""), {})


def financial(r: Reader, s: Masked) -> list[FactRecord]:
    hits = list(r.g.metric.finditer(s.text))
    out = []
    for i, hit in enumerate(hits):
        end = hits[i + 1].start() if i + 1 < len(hits) else len(s.text)
        metric = "net_profit" if hit.lastgroup == "state" else hit.lastgroup
        value = None if hit.lastgroup == "state" else _metric_value(r, s, hit, end)
        if value is None and hit.lastgroup != "state":
            continue
        subject = _subject_before(r, s, hit.start())
        if subject is None:
            continue
        company, sub_end = subject
        fact = _fact(s, _FINANCIAL, {"company": [company]}, r.modality(s, s.text[sub_end:hit.end()]))
        if metric == "capex" and fact.modality in ("planned", "expected"):
            fact.type, fact.rule, fact.amount = "capital_plan", "english:capex_plan", value
            fact.date = r.date(s, hit.end(), hit.end())
            out.append(fact)
            continue
        after = s.tokens("d", hit.end(), end)
        before = s.tokens("d", 0, hit.start())
        lo, hi = s.to_orig(hit.start()), s.to_orig(end)
        change = next((v for v in r.doc.values if v.kind == "change" and lo <= v.start < hi), None)
        fact.qualifiers.update(metric=metric, value=value, change=change,
                               period=after[0][1] if after else before[-1][1] if before else None)
        fact.rule = "english:profit_state" if hit.lastgroup == "state" else "english:financial"
        out.append(fact)
    return out


def _metric_value(r: Reader, s: Masked, hit: re.Match[str], end: int) -> Value | None:
    before = re.search(r"«m(\d+)» (?:in|of) (?:[a-z-]+ ){0,2}$", s.text[:hit.start()])
    if before:
        return s.items[int(before.group(1))][1]
    return r.money(s, hit.end(), end)


def _subject_before(r: Reader, s: Masked, pos: int) -> tuple[Mention, int] | None:
    for n in range(len(s.items) - 1, -1, -1):
        letter, obj, p = s.items[n]
        if p >= pos or letter not in "oij" or _PREP_BEFORE.search(s.text[max(0, p - 12):p]):
            continue
        if letter == "o" and obj.kind not in ORG_KINDS:
            continue
        m = r.resolve(s, n, True, set())
        return (m, p + len(f"«{letter}{n}»")) if m is not None else None
    fallback = r.topic or next(iter(r.ranked()), None)
    return (fallback, 0) if fallback is not None else None


QUALIFY: dict[str, Callable[..., None]] = {"investment": _investment, "acquisition": _acquisition,
                                           "shareholding": _shareholding, "purchase": _purchase}
SUBJECT_FACTS = {"listing": _listing, "capital_plan": _capital_plan, "focus": _focus, "closure": _closure}
HANDLERS: dict[str, Callable[..., list[FactRecord]]] = {
    "share_of": share_of, "partnership": partnership, "listing": one_company, "capital_plan": one_company, "focus": one_company,
    "closure": one_company}

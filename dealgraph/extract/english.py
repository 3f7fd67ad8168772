"""Facts from English sentences: patterns over a sentence whose names and values are tokens.

Each English sentence is rewritten with tokens in place of its mentions, values and pronouns
("«o0» led a «m1» Series C round in «o2»"); the patterns of data/english.yaml read roles off the
tokens. First a small name finder replaces the Latin candidates of English sentences with cleaned
names (no "The", months or "-based" places, possessives cut, people told apart from companies).
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
         "shareholding": ("holder", "company"), "founding": ("founder", "company"), "purchase": ("buyer", "supplier")}
LETTER = {"money": "m", "percent": "c", "date": "d", "horizon": "h", "person": "p", "product": "r"}
_HAN, _LATIN, _CLAUSE = re.compile(r"[\u4e00-\u9fff]"), re.compile(r"[A-Za-z]"), re.compile(r"[,;:]")
_TOKEN = re.compile(r"«([a-z])(\d+)»")
_WORDS = re.compile(r"[a-z][a-z&'-]*")
_PREP_BEFORE = re.compile(r"\b(?:of|in|from|with|by|to|for|on|at|than|and|into|over|behind)\s*$", re.I)
_PRONOUN = re.compile(r"\b(?:(?P<poss>[Ii]ts|[Tt]he (?:company|firm|start-up|startup|group)['’]s)|[Ii]t|"
                      r"[Tt]he (?:company|firm|start-up|startup))\b(?!['’])")
_WORD = r"(?:[A-Z][A-Za-z0-9]*|[a-z]{1,3}[A-Z][A-Za-z0-9]*)(?:[-.][A-Za-z0-9]+)*"
_NAME = re.compile(rf"(?<![A-Za-z0-9$]){_WORD}(?:(?: | & ){_WORD})*(?![A-Za-z0-9])")
_PLAIN = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_PERSON_AFTER = re.compile(r",? (?:who|said|says|told|added|wrote|(?:co-)?founded)\b|"
                           r", (?:the|its) (?:chief|founder|ceo)")
_ORG = r"«o\d+»(?! (?:chief|co-founder|founder|ceo|president|chairman|executive)\b)"
_AND = r"(?: and | & | as well as | plus )"
_ORGS = rf"{_ORG}(?:{_AND}{_ORG}|(?:, {_ORG})+(?:,?{_AND}{_ORG})?)?"  # A; A and B; A, B(,) and C; not "A, and B"
FRAGMENTS = {
    "<SUBJ>": rf"(?:{_ORGS}|«i\d+»)(?:, (?!«)[^,«»]{{2,90}},)?", "<ORGS>": _ORGS, "<ORG>": _ORG,
    "<OBJ>": rf"(?:{_ORG}|«[ij]\d+»)", "<AGENTS>": r"«[op]\d+»(?:(?:,? and |, )«[op]\d+»)*",
    "<FILL>": r"(?:['’]s)?(?:,(?= ))?(?:,? (?:which|who|that))?(?: (?:[a-z][\w'’-]*|«[dh]\d+»)){0,8}? ",
    "<GAP>": r"(?:[^«»]|«[mcdhr]\d+»)", "<M>": r"«m\d+»", "<PCT>": r"«c\d+»", "<POSS>": r"«j\d+»"}


@dataclass(frozen=True)
class Pattern:
    name: str
    type: str
    key: str  # the word list that must occur in the sentence for the pattern to be tried
    regex: re.Pattern[str]
    quals: dict[str, Any] = field(default_factory=dict)
    lead: bool = False
    context: str = ""  # join: add to the round just read; same: the patient of the same investor's deal


@dataclass(frozen=True)
class Grammar:
    patterns: tuple[Pattern, ...]
    lists_of: dict[str, frozenset[str]]  # lower-case word -> the key lists with an entry starting with it
    rx: dict[str, re.Pattern[str]]  # metric, person_cue and the single regexes of the data
    cues: dict[str, tuple[tuple[str, re.Pattern[str]], ...]]  # modality, listing_stages, exchanges, consideration
    ranks: dict[str, str]
    names: dict[str, frozenset[str]]


def _alt(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


def _expand(template: str, words: dict[str, list[str]]) -> str:
    for key, value in FRAGMENTS.items():
        template = template.replace(key, value)
    return re.sub(r"<([A-Z_]+)>", lambda m: _alt(words[m.group(1)]), template)


@cache
def grammar() -> Grammar:
    raw = yaml.safe_load(resources.files("dealgraph").joinpath("data/english.yaml").read_text("utf-8"))
    words = raw["words"]
    patterns = tuple(Pattern(p["name"], p["type"], p["key"], re.compile(_expand(p["re"], words), re.I),
                             p.get("quals", {}), p.get("lead", False), p.get("context", "")) for p in raw["patterns"])
    lists_of: dict[str, frozenset[str]] = {}
    for key in [p.key for p in patterns] + ["FINANCIAL"]:
        for w in words[key]:
            lists_of[w.split()[0].lower()] = lists_of.get(w.split()[0].lower(), frozenset()) | {key}
    rx = {k: re.compile(_expand(raw[k], words), re.I) for k in ("rounds", "co_investors", "compute", "result",
                                                                    "stake_near", "valuation")}
    metrics = [f"(?P<{k}>{_alt(v)})" for k, v in raw["metrics"].items()] + [f"(?P<state>{_alt(raw['profit_states'])})"]
    rx["metric"] = re.compile(rf"(?<![\w-])(?:{'|'.join(metrics)})\b", re.I)
    rx["person_cue"] = re.compile(rf"(?:\b(?:{_alt(words['PERSON_TITLE'])})|founded(?: in [^,.]{{1,20}})? by) $", re.I)
    cues = {"modality": tuple(raw["modality"].items()), "consideration": tuple(raw["consideration"].items()),
            "stages": tuple((s["stage"], s["cue"]) for s in raw["listing_stages"]),
            "exchanges": tuple((s["exchange"], s["cue"]) for s in raw["exchanges"])}
    names = {k: frozenset(v) for k, v in raw["names"].items()}
    names["stop"] |= name_rules().latin_stop
    names.update(lead=names["lead_stop"] | {"&"}, trail=names["stop"] - names["org_words"] | {"&"},
                 skip=names["stop"] | names["lead_stop"])
    return Grammar(patterns, lists_of, rx, {k: tuple((n, re.compile(_alt(c), 0 if k == "exchanges" else re.I))
                                                     for n, c in v) for k, v in cues.items()},
                   {w: r for r, ws in raw["ranks"].items() for w in ws}, names)


def is_english(text: str) -> bool:
    return not _HAN.search(text) and len(_LATIN.findall(text)) * 2 > len(text) - text.count(" ")


def extract_facts(doc: Doc) -> None:
    """Component: names and facts of the English sentences of the document."""
    english = [s for s in doc.sentences if is_english(s.text)]
    if not english:
        return
    find_names(doc, english, grammar())
    reader = Reader(doc, grammar())
    for sent in english:
        reader.read(sent)
    doc.mentions = sorted(doc.mentions + reader.added, key=lambda m: m.start)
    doc.facts.extend(reader.facts)


# ------------------------------------------------------------------------------------------ names
def find_names(doc: Doc, sentences: list[Sentence], g: Grammar) -> None:
    """Replace the Latin candidates of English sentences by cleaned names (organisations, people)."""
    inside, occupied = bytearray(len(doc.text) + 1), bytearray(len(doc.text) + 1)
    for s in sentences:
        inside[s.start:s.end] = b"\x01" * (s.end - s.start)
    kept = [m for m in doc.mentions if not (m.kind == "candidate" and m.source in ("latin", "context")
                                             and inside[m.start])]
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
                if s.text[span[0]:span[1]].lower() in lower:  # "Revenue rose …" where revenue is a word
                    continue
            previous = _name_mention(doc.text, s.start + span[0], s.start + span[1], previous, g)
            found.append(previous)
    _link_names(found, kept + found)
    doc.mentions = sorted(kept + found, key=lambda m: m.start)


def _clean(text: str, start: int, end: int, g: Grammar) -> tuple[int, int] | None:
    """The name within a run of capitalised words: no leading "The", "-based" places or lone stop words."""
    if " " not in text[start:end] and "-" not in text[start:end]:
        return None if end - start < 2 or text[start:end] in g.names["skip"] else (start, end)
    tokens = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    for i, (s, e) in enumerate(tokens):
        head, dash, tail = text[s:e].partition("-")
        if dash and tail[:1].islower():  # Tencent-led, Paris-based
            tokens = tokens[:i] if tail.split("-")[0] in g.names["drop_tails"] else tokens[:i] + [(s, s + len(head))]
            break
    while tokens and text[tokens[0][0]:tokens[0][1]] in g.names["lead"]:
        tokens.pop(0)
    while tokens and text[tokens[-1][0]:tokens[-1][1]] in g.names["trail"]:
        tokens.pop()
    if not tokens or all(text[s:e] in g.names["skip"] for s, e in tokens):
        return None
    return None if tokens[-1][1] - tokens[0][0] < 2 else (tokens[0][0], tokens[-1][1])


def _name_mention(text: str, start: int, end: int, previous: Mention | None, g: Grammar) -> Mention:
    name, words = text[start:end], text[start:end].split()
    org = any(w in g.names["org_words"] for w in words[1:])
    if not org and 1 < len(words) <= 3 and all(_PLAIN.fullmatch(w) for w in words):
        listed = previous is not None and previous.kind == "person" and re.fullmatch(
            r",? (?:and )?", text[previous.end:start])
        if listed or g.rx["person_cue"].search(text[max(0, start - 45):start]) or _PERSON_AFTER.match(text, end):
            return Mention(start, end, name, "person", f"person:{name}", "english")
    return Mention(start, end, name, "organization" if org else "candidate", f"name:{core(name)}", "english")


def _link_names(found: list[Mention], every: list[Mention]) -> None:
    """HP is the lexicon's HP; Northbeam after Northbeam AI, Horizon after Horizon Robotics: the same."""
    lex, longer = lexicon.load(), {}
    for m in found:
        entry = lex.lookup(m.text) if m.kind != "person" else None
        if entry is not None:
            m.key, m.kind, m.canonical = f"lex:{entry.id}", entry.kind, entry.name
    for m in every:
        if m.kind in ORG_KINDS and " " in m.text:
            longer.setdefault(m.text.split()[0], {}).setdefault(m.key, m)
    for m in found:
        full = list(longer.get(m.text, {}).values())
        if m.kind == "candidate" and len(full) == 1:
            m.key, m.kind, m.canonical = full[0].key, full[0].kind, full[0].canonical


# ---------------------------------------------------------------------------------------- reading
@dataclass
class Masked:
    """One sentence with tokens in place of mentions, values and pronouns."""

    sent: Sentence
    text: str
    items: list[tuple[str, Any, int]]  # (letter, Mention | Value | Span, position in text)
    starts: list[int]  # masked offsets where a piece starts, and the document offsets they come from
    origs: list[int]
    resolved: dict[int, Mention | None] = field(default_factory=dict)

    def to_orig(self, pos: int) -> int:
        i = max(0, bisect_left(self.starts, pos + 1) - 1)
        return self.origs[i] + (pos - self.starts[i])

    def tokens(self, letter: str, start: int = 0, end: int | None = None) -> list[tuple[int, Any, int]]:
        end = len(self.text) if end is None else end
        return [(n, obj, p) for n, (ltr, obj, p) in enumerate(self.items) if ltr == letter and start <= p < end]

    def value(self, token: str | None) -> Any:
        return self.items[int(token[2:-1])][1] if token else None


@dataclass
class Reader:
    doc: Doc
    g: Grammar
    facts: list[FactRecord] = field(default_factory=list)
    added: list[Mention] = field(default_factory=list)  # mentions of pronouns that facts use
    current: list[FactRecord] = field(default_factory=list)  # facts of the sentence being read
    topic: Mention | None = None
    paragraph: int = -1
    last_deal: tuple[int, FactRecord] | None = None
    _ranked: list[Mention] | None = None

    def __post_init__(self) -> None:
        self._starts = [m.start for m in self.doc.mentions]
        self._value_starts = [v.start for v in self.doc.values]

    def values_in(self, start: int, end: int) -> list[Value]:
        lo, hi = bisect_left(self._value_starts, start), bisect_left(self._value_starts, end)
        return [v for v in self.doc.values[lo:hi] if v.end <= end]

    def read(self, sent: Sentence) -> None:
        if sent.paragraph != self.paragraph:
            self.topic, self.paragraph = None, sent.paragraph
        present: set[str] = set()
        for w in set(_WORDS.findall(sent.text.lower())):
            present |= self.g.lists_of.get(w, frozenset())
        if present:
            s, self.current = self.mask(sent), []
            for p in (p for p in self.g.patterns if p.key in present):
                for m in p.regex.finditer(s.text):
                    self.current += HANDLERS.get(p.name, HANDLERS.get(p.type, deal))(self, s, p, m)
            self.keep(s, self.current + (financial(self, s) if "FINANCIAL" in present else []))
        self.topic = self.sentence_topic(sent) or self.topic

    def mask(self, sent: Sentence) -> Masked:
        lo, hi = bisect_left(self._starts, sent.start), bisect_left(self._starts, sent.end)
        spans = [(m.start, m.end, LETTER.get(m.kind, "o"), m) for m in self.doc.mentions[lo:hi]]
        spans += [(v.start, v.end, LETTER[v.kind], v) for v in self.values_in(sent.start, sent.end) if v.kind in LETTER]
        spans += [(sent.start + p.start(), sent.start + p.end(), "j" if p.group("poss") else "i",
                   Span(sent.start + p.start(), sent.start + p.end())) for p in _PRONOUN.finditer(sent.text)]
        pieces, items, starts, origs, pos, mpos = [], [], [], [], sent.start, 0
        for start, end, letter, obj in sorted(spans, key=lambda x: (x[0], x[0] - x[1])):
            if start >= pos:
                token = f"«{letter}{len(items)}»"
                pieces += [self.doc.text[pos:start], token]
                starts += [mpos, mpos + start - pos]
                origs += [pos, start]
                items.append((letter, obj, mpos + start - pos))
                mpos, pos = mpos + start - pos + len(token), end
        pieces.append(self.doc.text[pos:sent.end])
        return Masked(sent, "".join(pieces), items, starts + [mpos], origs + [pos])

    def sentence_topic(self, sent: Sentence) -> Mention | None:
        """The organisation a sentence is about: its first one, unless a pronoun comes first."""
        lo, hi = bisect_left(self._starts, sent.start), bisect_left(self._starts, sent.end)
        first = next((m for m in self.doc.mentions[lo:hi] if m.kind in ORG_KINDS), None)
        pron = _PRONOUN.search(sent.text)
        return None if first is None or (pron and sent.start + pron.start() < first.start) else first

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
        """The mention a token stands for; a pronoun becomes a mention of its antecedent."""
        letter, obj, pos = s.items[n]
        if letter not in "ij":
            return obj if letter in "opr" else None
        if n not in s.resolved or not agent:
            ante = self.subject_antecedent(s, n) if agent else self.object_antecedent(s, pos, exclude)
            s.resolved[n] = None if ante is None else Mention(
                obj.start, obj.end, self.doc.text[obj.start:obj.end], ante.kind, ante.key, "coref", ante.canonical)
        return s.resolved[n]

    def subject_antecedent(self, s: Masked, n: int) -> Mention | None:
        for k, (letter, obj, _) in enumerate(s.items[:n]):
            if letter == "o" and obj.kind in ORG_KINDS or letter in "ij" and s.resolved.get(k) is not None:
                return obj if letter == "o" else s.resolved[k]
        return self.topic or next(iter(self.ranked()), None)

    def object_antecedent(self, s: Masked, pos: int, exclude: set[str]) -> Mention | None:
        """An organisation named as an object before it (some of Windsurf's …) or in its clause, else the topic
        or the document's most named organisation."""
        cs = max((m.end() for m in _CLAUSE.finditer(s.text, 0, pos)), default=0)
        objects = [obj for n, obj, p in s.tokens("o", 0, pos) if obj.kind in ORG_KINDS and obj.key not in exclude
                   and (p >= cs or _PREP_BEFORE.search(s.text[max(0, p - 12):p])
                        or s.text.startswith(("'s", "’s"), p + len(f"«o{n}»")))]
        if objects:
            return objects[-1]
        if self.topic is not None and self.topic.key not in exclude:
            return self.topic
        return next((m for m in self.ranked() if m.key not in exclude), None)

    def keep(self, s: Masked, facts: list[FactRecord]) -> None:
        for fact in facts:
            if any(_same(fact, other) for other in self.facts if other.evidence.start == s.sent.start):
                continue
            members = [m for ms in fact.roles.values() for m in ms]
            fact.confidence = 0.7 if any(m.kind == "candidate" for m in members) else 0.8
            self.added += [m for m in members if m.source == "coref" and all(m is not a for a in self.added)]
            self.facts.append(fact)
            if fact.type in ("investment", "acquisition"):
                self.last_deal = (s.sent.index, fact)

    def modality(self, s: Masked, gap: str) -> str:
        """denied, rumored, reported: cues anywhere in the sentence; the others between subject and verb."""
        for name, cue in self.g.cues["modality"]:
            if cue.search(s.text if name in ("denied", "rumored", "reported") else gap):
                return name
        return "asserted"

    def money(self, s: Masked, start: int, end: int | None = None) -> Value | None:
        """The first amount from `start` that is no valuation nor an earlier figure (up from $X)."""
        return next((v for _, v, p in s.tokens("m", start, end)
                     if not self.g.rx["valuation"].search(s.text[max(0, p - 40):p])), None)

    def date(self, s: Masked, lo: int, hi: int) -> Value | None:
        """A date from `lo` to the end of the clause at `hi`, else the last one before `lo`."""
        ce = next((m.start() for m in _CLAUSE.finditer(s.text, hi)), len(s.text))
        inside, before = s.tokens("d", lo, ce), s.tokens("d", 0, lo)
        return inside[0][1] if inside else before[-1][1] if before else None

    def stake(self, s: Masked, start: int) -> Value | None:
        return next((v for n, v, p in s.tokens("c", start)
                     if self.g.rx["stake_near"].match(s.text, p + len(f"«c{n}»"))), None)


def _same(a: FactRecord, b: FactRecord) -> bool:
    """The same statement read twice in one sentence (by two patterns)."""
    if a.type != b.type or any(a.qualifiers.get(k) != b.qualifiers.get(k) for k in ("metric", "stage", "kind")):
        return False
    keys = [{m.key for ms in f.roles.values() for m in ms} for f in (a, b)]
    return keys[0] <= keys[1]


def _group(m: re.Match[str], name: str) -> str | None:
    return m.group(name) if name in m.re.groupindex else None


def _roles(r: Reader, s: Masked, m: re.Match[str], names: tuple[str, ...]) -> tuple[dict[str, list[Mention]], str]:
    """The members of each role group (the first written is the subject) and the text between the first two."""
    spans = sorted((m.span(n), n) for n in names if _group(m, n))
    roles: dict[str, list[Mention]] = {}
    for i, (_, name) in enumerate(spans):
        roles[name] = r.members(s, m.group(name), i == 0, {x.key for ms in roles.values() for x in ms})
    gap = m.string[spans[0][0][1]:spans[1][0][0] if len(spans) > 1 else m.end()] if spans else m.group()
    return roles, gap


def _fact(s: Masked, p: Pattern, roles: dict[str, list[Mention]], modality: str) -> FactRecord:
    fact = FactRecord(p.type, roles, Span(s.sent.start, s.sent.end), modality, rule=f"english:{p.name}")
    fact.qualifiers.update(p.quals)
    return fact


# --------------------------------------------------------------------------------------- handlers
def deal(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """Two-role facts: one per patient (investee, target, company …)."""
    a_role, b_role = ROLES[p.type]
    roles, gap = _roles(r, s, m, (a_role, b_role))
    agents = roles.get(a_role, [])
    if p.context == "join":
        return _join(r, s, agents)
    patients = roles.get(b_role) or _implicit(r, s, p, m, agents)
    facts = [_fact(s, p, {a_role: list(agents), b_role: [x]}, r.modality(s, gap)) for x in patients if agents]
    for fact in facts:
        _qualify(r, s, p, m, fact)
    return facts


def _implicit(r: Reader, s: Masked, p: Pattern, m: re.Match[str], agents: list[Mention]) -> list[Mention]:
    """A patient left unnamed: the same investor's deal just read, or the company whose stake this is."""
    keys, last = {a.key for a in agents}, r.last_deal
    if p.context == "same" and last and last[1].type == "investment" and keys & {
            x.key for x in last[1].roles["investor"]}:
        return last[1].roles["investee"] if s.sent.index - last[0] <= 8 else []
    if p.type != "shareholding" or re.match(r" (?:of|in) ", s.text[m.end():]):
        return []
    if _group(m, "poss"):
        return r.members(s, m.group("poss"), False, keys)
    if last and s.sent.index - last[0] <= 4 and (x := list(last[1].roles.values())[1][0]).key not in keys:
        return [x]
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


def _qualify(r: Reader, s: Masked, p: Pattern, m: re.Match[str], fact: FactRecord) -> None:
    fact.date = r.date(s, m.start(), m.end())
    if fact.type in ("investment", "acquisition"):
        fact.amount = r.money(s, m.start())
        fact.stake = s.value(_group(m, "stake")) or r.stake(s, m.start())
    if fact.type == "investment":
        _investment(r, s, p, m, fact)
    elif fact.type == "shareholding":
        fact.stake, fact.date, rank = s.value(_group(m, "stake")), None, _group(m, "rank")
        later = re.search(rf"\b({_alt(list(r.g.ranks))}) (?:[\w-]+ )?(?:shareholder|owner|investor)", s.text[m.end():])
        fact.qualifiers["rank"] = r.g.ranks.get((rank or (later.group(1) if later else "")).lower())
        fact.qualifiers["as_of"] = r.date(s, m.start(), m.end())
    elif fact.type == "purchase":
        fact.amount = s.value(_group(m, "amount")) or r.money(s, m.start(), m.end())
        fact.qualifiers["period"] = fact.date
    fact.qualifiers = {k: v for k, v in fact.qualifiers.items() if v is not None}


def _investment(r: Reader, s: Masked, p: Pattern, m: re.Match[str], fact: FactRecord) -> None:
    found = r.g.rx["rounds"].search(s.text, m.start())
    cue = dict(r.g.cues["consideration"])
    credits, cash = cue["cloud_credits"].search(s.sent.text), cue["cash"].search(s.sent.text)
    consideration = "mixed" if credits and (cash or cue["partial"].search(s.sent.text)) else "cloud_credits" \
        if credits else "cash" if cash else "unknown"
    fact.qualifiers.update(round=found.group() if found else None, consideration=consideration)
    if p.lead:
        fact.qualifiers["lead"] = [x.key for x in fact.roles["investor"]]
    for co in r.g.rx["co_investors"].finditer(s.text, m.end()):  # with participation from A and B
        more = r.members(s, co.group("co") or co.group("co2"), True, {x.key for x in fact.roles["investee"]})
        fact.roles["investor"] += [x for x in more if all(x.key != y.key for y in fact.roles["investor"])]
    if fact.stake is not None and (fact.stake.value.value or 0) > 50:  # a majority stake is an acquisition
        fact.type, fact.qualifiers = "acquisition", {}
        fact.roles = {"acquirer": fact.roles["investor"], "target": fact.roles["investee"]}


def share_of(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """X accounted for 62% of Y's revenue (X buys from Y) / of Y's purchases (Y buys from X)."""
    party = r.members(s, m.group("party"), True)
    keys = {x.key for x in party}
    owner = r.members(s, m.group("owner") or m.group("poss"), False, keys) or [
        x for x in [r.object_antecedent(s, m.start("share"), keys)] if x is not None]
    if not party or not owner:
        return []
    purchases = m.group("what").lower().startswith(("purchas", "procure", "spend", "suppl"))
    roles = {"buyer": owner[:1], "supplier": party[:1]} if purchases else {"buyer": party[:1], "supplier": owner[:1]}
    fact = _fact(s, p, roles, r.modality(s, m.string[m.end("party"):m.start("share")]))
    fact.qualifiers["share_of_purchases" if purchases else "share_of_revenue"] = s.value(m.group("share"))
    fact.qualifiers["period"] = r.date(s, m.start(), m.end())
    return [fact]


def partnership(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """Parties of a joint venture, deal or customer relation; A partnered with B and C: one fact per partner."""
    roles, gap = _roles(r, s, m, ("party", "party2"))
    parties, others = roles.get("party", []), roles.get("party2", [])
    if not parties:  # A is a customer (of its supplier, named before)
        keys = {x.key for x in others}
        parties = r.members(s, _group(m, "poss"), False, keys) or [
            x for x in [r.object_antecedent(s, m.end(), keys)] if x is not None]
    groups = [parties + [x] for x in others] if len(parties) == 1 and len(others) > 1 else [parties + others]
    facts = [_fact(s, p, {"party": g, "result": []}, r.modality(s, gap)) for g in groups if len(g) > 1]
    result = r.g.rx["result"].search(s.text[m.end():m.end() + 60])
    for fact in facts:
        fact.roles["result"] = r.members(s, result.group("result"), False) if result else []
        fact.qualifiers.setdefault("kind", "compute" if r.g.rx["compute"].search(
            r.doc.text[s.to_orig(m.start()):s.to_orig(m.end()) + 40]) else "strategic")
        fact.amount, fact.date = r.money(s, m.start(), m.end() + 30), r.date(s, m.start(), m.end())
    return facts


def one_company(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """Listing, capital plan, focus, closure: one company, the subject (or what it shuts down)."""
    if _group(m, "cont"):  # … and began trading: the company of the listing just read
        company = next((f.roles["company"] for f in reversed(r.current) if f.type == p.type), [])
    else:
        company = r.members(s, _group(m, "unit") or m.group("company"), True)
    trig = m.start("trig") if _group(m, "trig") else m.end()
    gap = m.string[m.end("company") if m.group("company") else m.start():trig if p.type == "listing" else m.end()]
    if not company:
        return []
    fact = _fact(s, p, {"company": company[:1]}, r.modality(s, gap))
    fact.date = r.date(s, trig, m.end())
    if p.type == "listing":
        stage = next(name for name, cue in r.g.cues["stages"] if cue.search(m.group("trig")))
        text, pos = s.sent.text, s.to_orig(trig) - s.sent.start
        hits = sorted((abs(f.start() - pos), name) for name, cue in r.g.cues["exchanges"]
                      for f in [cue.search(text, pos) or cue.search(text)] if f)
        planned = stage == "listed" and fact.modality in ("planned", "expected")
        fact.qualifiers.update(stage="planned" if planned else stage, exchange=hits[0][1] if hits else None)
    elif p.type == "capital_plan":
        return _capital_plan(r, s, m, fact)
    elif p.type == "focus":
        fact.qualifiers["domain"] = _unmask(s, m.group("domain")).strip()
    return [fact]


def _capital_plan(r: Reader, s: Masked, m: re.Match[str], fact: FactRecord) -> list[FactRecord]:
    committed = m.group("trig").lower().startswith(("commit", "pledge", "earmark", "allocat"))
    horizon = next((v for _, v, _ in s.tokens("h", m.start())), None)
    purpose = _purpose(s, m.group("rest"))
    if (fact.modality in ("asserted", "negated") and not committed) or not (purpose or horizon):
        return []
    planned_for = s.tokens("d", m.start("rest"), m.end())
    fact.modality = "planned" if fact.modality == "asserted" else fact.modality
    fact.amount = s.value(m.group("amount"))
    fact.date = planned_for[0][1] if planned_for else r.date(s, m.start("trig"), m.start("trig"))
    fact.qualifiers.update({k: v for k, v in (("horizon", horizon), ("purpose", purpose)) if v})
    return [fact]


def _purpose(s: Masked, rest: str) -> str:
    """What a plan's money is for: the phrase after the amount without its dates and periods."""
    rest = _NOT_PURPOSE.sub("", rest)
    text = _unmask(s, re.split(r"[,;]| while | but ", rest)[0]).strip()
    return re.sub(r"^(?:on|in|into|for|to|towards)\s+", "", text)[:60] if len(text) > 3 else ""


def _unmask(s: Masked, text: str) -> str:
    def original(t: re.Match[str]) -> str:
        obj = s.items[int(t.group(2))][1]
        return s.sent.text[obj.start - s.sent.start:obj.end - s.sent.start]
    return _TOKEN.sub(original, text)


_NOT_PURPOSE = re.compile(r",? (?:up|down) from «m\d+»[^,]*|(?: (?:over|in|by|through|between|during|for|from|"
                          r"until|and|to|fiscal|the|year))* «[dhmc]\d+»| between \d{4} and \d{4}"
                          r"| over (?:the )?(?:next |coming )?[\w-]+ (?:years|months|quarters)")
_FINANCIAL = Pattern("financial", "financial", "", re.compile(""))


def financial(r: Reader, s: Masked) -> list[FactRecord]:
    """Revenue of $X, net loss widened to $Y, not yet profitable: one fact per metric named."""
    hits = list(r.g.rx["metric"].finditer(s.text))
    out = []
    for i, hit in enumerate(hits):
        end, state = hits[i + 1].start() if i + 1 < len(hits) else len(s.text), hit.lastgroup == "state"
        before = re.search(r"«m(\d+)» (?:in|of) (?:[a-z-]+ ){0,2}$", s.text[:hit.start()])
        value = None if state else s.items[int(before.group(1))][1] if before else r.money(s, hit.end(), end)
        subject = _subject_before(r, s, hit.start())
        if (value is None and not state) or subject is None:
            continue
        fact = _fact(s, _FINANCIAL, {"company": [subject[0]]}, r.modality(s, s.text[subject[1]:hit.end()]))
        if hit.lastgroup == "capex" and fact.modality in ("planned", "expected"):
            fact.type, fact.rule, fact.amount = "capital_plan", "english:capex_plan", value
            fact.date = r.date(s, hit.end(), hit.end())
        else:
            dates = s.tokens("d", hit.end(), end) or s.tokens("d", 0, hit.start())[-1:]
            lo, hi = s.to_orig(hit.start()), s.to_orig(end)
            change = next((v for v in r.values_in(lo, hi + 1) if v.kind == "change" and v.start < hi), None)
            fact.qualifiers.update(metric="net_profit" if state else hit.lastgroup, value=value, change=change,
                                   period=dates[0][1] if dates else None)
            fact.rule = "english:profit_state" if state else "english:financial"
        out.append(fact)
    return out


def _subject_before(r: Reader, s: Masked, pos: int) -> tuple[Mention, int] | None:
    """The organisation a metric belongs to: the nearest subject before it, else the topic."""
    for n in range(len(s.items) - 1, -1, -1):
        letter, obj, p = s.items[n]
        if p < pos and letter in "oij" and (letter != "o" or obj.kind in ORG_KINDS) \
                and not _PREP_BEFORE.search(s.text[max(0, p - 12):p]):
            m = r.resolve(s, n, True, set())
            return (m, p + len(f"«{letter}{n}»")) if m is not None else None
    fallback = r.topic or next(iter(r.ranked()), None)
    return (fallback, 0) if fallback is not None else None


HANDLERS: dict[str, Callable[..., list[FactRecord]]] = {
    "share_of": share_of, "partnership": partnership, "listing": one_company, "capital_plan": one_company,
    "focus": one_company, "closure": one_company}

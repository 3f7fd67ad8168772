"""Whether two entity records name the same organisation: a score with a per-feature explanation.

Also the resolution key of a name (what makes two unknown organisations one entity across documents)
and the linking of short and full names inside one document. Word lists: data/resolve.yaml.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import combinations

from dealgraph import lexicon as lexicon_mod
from dealgraph import settings
from dealgraph.datafiles import read_yaml
from dealgraph.names import EN_SUFFIXES, LEGAL_SUFFIXES, core, is_han

MAX_BLOCK = 200  # a blocking token shared by more entities than this is too common to pair on
NAME_WEIGHTS = {"lexicon": 1.0, "same_name": 0.9, "short_form": 0.8, "contained": 0.75, "prefix": 0.55,
                "related_unit": 0.3}
BIGRAM_WEIGHT = 0.75  # times the Dice similarity of the names' character bigrams
BIGRAM_FLOOR = 0.5  # below this similarity bigrams are no evidence at all


@dataclass(frozen=True)
class Words:
    places: tuple[str, ...]
    generic_tails: tuple[str, ...]
    descriptor_tails: tuple[str, ...]
    separate_tails: tuple[str, ...]
    latin_descriptors: frozenset[str]
    latin_generic: frozenset[str]
    not_names: frozenset[str]
    description_cues: tuple[str, ...]
    context_skips: frozenset[str]
    bare: frozenset[str]  # words that are never a name on their own (endings, legal forms)


@cache
def words() -> Words:
    raw = read_yaml("resolve.yaml")

    def longest_first(key: str) -> tuple[str, ...]:
        return tuple(sorted(raw[key], key=len, reverse=True))

    bare = frozenset(raw["descriptor_tails"] + raw["separate_tails"] + raw["generic_tails"] + list(LEGAL_SUFFIXES))
    return Words(longest_first("places"), longest_first("generic_tails"), longest_first("descriptor_tails"),
                 longest_first("separate_tails"), frozenset(raw["latin_descriptors"]), frozenset(raw["latin_generic"]),
                 frozenset(raw["not_names"]), longest_first("description_cues"),
                 frozenset(raw.get("context_skips") or ()), bare)


# names and keys ------------------------------------------------------------------------------

def usable(name: str) -> bool:
    """A name worth comparing: not a pronoun or a bare word such as 公司, at least two characters."""
    return len(core(name)) >= 2 and name not in words().not_names


@lru_cache(maxsize=1 << 16)  # asked for every mention of every fact; the same names come back
def proper_name(name: str) -> bool:
    """A name worth keeping among an entity's names: usable, and not a bare industry word (存储, 科技)."""
    return usable(name) and _is_name(core(name))


def _is_name(rest: str) -> bool:
    return len(rest) >= 2 and rest not in words().bare


def _strip_place(key: str) -> str:
    return _split_place(key)[1]


def _split_place(key: str) -> tuple[str, str]:
    """(the place a key opens or ends with, the rest): 合肥栖岩存储 → (合肥, 栖岩存储); no place: ("", key)."""
    firsts, lasts = _places_by_edge()
    for lead in (0, 1):  # one stray character before the place comes from a misread left edge (商杭州…)
        for place in firsts.get(key[lead:lead + 1], ()):
            if key.startswith(place, lead):
                rest = key[lead + len(place):]
                rest = rest[1:] if rest[:1] in ("市", "省") else rest
                if _is_name(rest):
                    return place, rest
    for place in lasts.get(key[-1:], ()):  # 摩尔线程智能科技(北京) → 摩尔线程智能科技
        if key.endswith(place) and _is_name(key[:-len(place)]):
            return place, key[:-len(place)]
    return "", key


def _other_places(x: str, y: str) -> bool:
    """Both names carry a place, and not the same one."""
    px, py = (_split_place(core(n))[0] if is_han(n) else "" for n in (x, y))
    return bool(px and py and px != py)


def split_places(names: Sequence[str]) -> dict[str, str]:
    """Within one document: names whose keys are equal but that carry different places (上海澄川投资合伙企业 /
    宁波澄川投资合伙企业) are different organisations. The place named first keeps the key (so that its entity is
    the one other documents give the bare key); each name of another place gets a key of its own, the place
    and the key. Names without a place keep the key. Returns name → its own key, for the names that need one."""
    places: dict[str, dict[str, list[str]]] = defaultdict(dict)  # key → place → names, in the order met
    for name in dict.fromkeys(names):
        key = core(name)
        if not is_han(key):
            continue
        place = _split_place(key)[0]
        if place:
            places[name_key(name)].setdefault(place, []).append(name)
    return {name: place + "|" + key for key, by_place in places.items() if len(by_place) > 1
            for place, named in list(by_place.items())[1:] for name in named}


@cache
def _places_by_edge() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """The places by first and by last character, each list in the order of words().places."""
    firsts: dict[str, list[str]] = defaultdict(list)
    lasts: dict[str, list[str]] = defaultdict(list)
    for place in words().places:
        if place:
            firsts[place[0]].append(place)
            lasts[place[-1]].append(place)
    return ({k: tuple(v) for k, v in firsts.items()}, {k: tuple(v) for k, v in lasts.items()})


@cache
def name_key(name: str) -> str:
    """The name as resolution compares it: core(); a Chinese name also loses a place name at either
    end and a generic ending (合肥栖岩存储科技股份有限公司 → 栖岩存储). Equal keys, one entity."""
    key = core(name)
    if not is_han(key):
        return key
    key = _strip_place(key)
    for tail in words().generic_tails:
        if key.endswith(tail) and _is_name(key[:-len(tail)]):
            return key[:-len(tail)]
    return key


@cache
def latin_words(name: str) -> tuple[str, ...]:
    found = _LATIN_WORD.findall(unicodedata.normalize("NFKC", name).lower())
    return tuple(w for w in found if w not in EN_SUFFIXES)


_LATIN_WORD = re.compile(r"[a-z0-9]+")


def _chain(tail: str, parts: Sequence[str]) -> bool:
    """tail is a sequence of the given parts (机器人科技 = 机器人 + 科技)."""
    if not tail:
        return True
    return any(tail.startswith(p) and _chain(tail[len(p):], parts) for p in parts)


def relation(short: str, long: str) -> tuple[str, str] | None:
    """How the name `short` sits in the name `long`, with the characters long adds.

    short_form: long is short plus descriptor endings (宇树 / 宇树科技, 考拉 / 考拉海购);
    related_unit: long adds an ending that makes another organisation (星澜 / 星澜资本);
    contained: short sits in long after one stray character (云栈网络 / 海云栈网络科技);
    prefix: long starts with short and adds anything else.
    """
    if is_han(short) and is_han(long):
        return _han_relation(name_key(short), name_key(long))
    a, b = latin_words(short), latin_words(long)
    if not a or len(a) >= len(b) or b[:len(a)] != a or len("".join(a)) < 4:
        return None
    extra = b[len(a):]
    kind = "short_form" if all(x in words().latin_descriptors | words().latin_generic for x in extra) else "prefix"
    return kind, " ".join(extra)


def _han_relation(short: str, long: str) -> tuple[str, str] | None:
    w = words()
    if len(short) < 2 or len(short) >= len(long):
        return None
    i = long.find(short)
    if i < 0 or i > 1:
        return None
    tail = long[i + len(short):]
    if i == 1:
        return ("contained", long[0] + "…" + tail) if _chain(tail, w.descriptor_tails) else None
    if any(tail.startswith(t) for t in w.separate_tails):
        return "related_unit", tail
    return ("short_form" if _chain(tail, w.descriptor_tails) else "prefix"), tail


def distinctive(name: str) -> str:
    """The part of a name that tells it apart: its key without descriptor endings (驭衡机器人 → 驭衡),
    or its Latin words without generic ones (Lanting Ventures → lanting)."""
    key = name_key(name)
    if not is_han(key):
        kept = [w for w in latin_words(name) if w not in words().latin_descriptors | words().latin_generic]
        return "".join(kept) or key
    while True:
        tail = next((t for t in words().descriptor_tails if key.endswith(t) and len(key) - len(t) >= 2), None)
        if tail is None:
            return key
        key = key[:-len(tail)]


def bigram_similarity(x: str, y: str) -> float:
    """Dice coefficient of the character bigrams of two keys (a two-character key is its own bigram)."""
    bx, by = _bigrams(x), _bigrams(y)
    return 2 * len(bx & by) / (len(bx) + len(by)) if bx and by else 0.0


def _bigrams(key: str) -> set[str]:
    return {key[i:i + 2] for i in range(len(key) - 1)} if len(key) > 1 else set()


def link_keys(names: Iterable[str]) -> dict[str, str]:
    """Within one document: the key of each short name → the key of the full name it stands for.

    穹芯 → 穹芯半导体 (short form); 海云栈网络科技 → 云栈网络 (a stray character in front: the cleaner
    name wins). Only a bare short name links (星澜科技 and 星澜机器人 stay two), and one that could
    stand for several names stays unlinked.
    """
    sample = {name_key(n): n for n in names if proper_name(n)}
    target: dict[str, set[str]] = defaultdict(set)
    for x, y in _pairs_to_compare(sample):
        found = relation(sample[x], sample[y])
        if found and found[0] == "short_form" and core(sample[x]) == x:
            target[x].add(y)
        elif found and found[0] == "contained":
            target[y].add(x)
    links = {}
    for key in target:
        rep = _representative(key, target, frozenset())
        if rep != key:
            links[key] = rep
    return links


def _pairs_to_compare(sample: dict[str, str]) -> list[tuple[str, str]]:
    """The pairs of keys (shorter first, as `combinations` over the sorted keys gives them) that
    `relation` can relate: two Chinese keys only where the shorter starts the longer at its first or
    second character; a Latin name with the names whose Latin words begin with the same word (relation
    finds nothing else for it). Avoids comparing all pairs of a long document."""
    keys = sorted(sample, key=lambda k: (len(k), k))
    rank = {k: i for i, k in enumerate(keys)}
    han = {k for k in keys if is_han(sample[k])}
    pairs = set()
    for y in han:
        for lead in (0, 1):
            for end in range(lead + 2, len(y) + lead):
                x = y[lead:end]
                if x in han and rank[x] < rank[y]:
                    pairs.add((rank[x], rank[y]))
    by_first_word: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        found = latin_words(sample[k])
        if found:
            by_first_word[found[0]].append(k)
    for x in keys:
        if x in han or not latin_words(sample[x]):
            continue  # a pair with no Chinese side needs the shorter name's Latin words to start the longer's
        for y in by_first_word[latin_words(sample[x])[0]]:
            if x != y:
                pairs.add((min(rank[x], rank[y]), max(rank[x], rank[y])))
    return [(keys[i], keys[j]) for i, j in sorted(pairs)]


def _representative(key: str, target: dict[str, set[str]], seen: frozenset[str]) -> str:
    """Follow links to the end; a key whose links end in different places keeps itself."""
    ends = {_representative(t, target, seen | {key}) for t in target.get(key, ()) if t not in seen and t != key}
    return ends.pop() if len(ends) == 1 else key


# scoring --------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Feature:
    name: str
    weight: float  # what it adds to the score; a veto carries -1 and sets the score to 0
    explanation: str


@dataclass(frozen=True)
class Match:
    a: str  # the entity to keep (lexicon entity first, else the one with more names)
    b: str
    score: float
    features: tuple[Feature, ...]

    @property
    def explanation(self) -> str:
        return "; ".join(f"{f.name} {f.weight:+.2f}: {f.explanation}" for f in self.features)

    def to_dict(self) -> dict:
        return {"a": self.a, "b": self.b, "score": self.score,
                "features": [{"name": f.name, "weight": f.weight, "explanation": f.explanation}
                             for f in self.features]}


@dataclass(frozen=True)
class Profile:
    """What scoring needs of an entity record, computed once."""

    record: dict
    names: tuple[str, ...]
    lexicon_ids: frozenset[str]

    @property
    def id(self) -> str:
        return str(self.record["id"])


def profile(record: dict) -> Profile:
    names = tuple(n for n in dict.fromkeys([record["name"], *(record.get("names") or [])]) if usable(n))
    lex = lexicon_mod.load()
    if record["id"] in lex.entries:
        ids = frozenset({record["id"]})
    else:
        ids = frozenset(e.id for e in map(lex.lookup, names) if e is not None and e.kind == record.get("kind"))
    return Profile(record, names, ids)


def score(a: dict, b: dict) -> Match:
    """How likely two entity records are one organisation, 0 to 1, with the features that decided it."""
    return score_profiles(profile(a), profile(b))


def score_profiles(pa: Profile, pb: Profile) -> Match:
    vetoes = _vetoes(pa, pb)
    if vetoes:
        return Match(pa.id, pb.id, 0.0, tuple(vetoes))
    best = _name_evidence(pa, pb)
    if best is None:
        return Match(pa.id, pb.id, 0.0, (Feature("names", 0.0, "no name in common"),))
    features = (best, *_context(pa.record, pb.record))
    total = min(1.0, max(0.0, sum(f.weight for f in features)))
    return Match(pa.id, pb.id, round(total, 3), features)


def _vetoes(pa: Profile, pb: Profile) -> list[Feature]:
    a, b = pa.record, pb.record
    out = []
    if a.get("kind") != b.get("kind"):
        out.append(Feature("different_kinds", -1.0, f"{a.get('kind')} vs {b.get('kind')}"))
    if pa.lexicon_ids and pb.lexicon_ids and not pa.lexicon_ids & pb.lexicon_ids:
        out.append(Feature("lexicon_conflict", -1.0, f"different lexicon entries: {', '.join(sorted(pa.lexicon_ids))} "
                                                     f"vs {', '.join(sorted(pb.lexicon_ids))}"))
    if a.get("parent") == b["id"] or b.get("parent") == a["id"] or _lexicon_ancestor(pa, pb):
        out.append(Feature("parent_and_child", -1.0, f"one is the parent of the other ({a['name']} / {b['name']})"))
    return out


def _lexicon_ancestor(pa: Profile, pb: Profile) -> bool:
    lex = lexicon_mod.load()
    above_a = {e.id for x in pa.lexicon_ids for e in lex.ancestors(x)}
    above_b = {e.id for x in pb.lexicon_ids for e in lex.ancestors(x)}
    return bool(above_a & {pb.id} or above_b & {pa.id})


def _name_evidence(pa: Profile, pb: Profile) -> Feature | None:
    """The strongest name evidence of any pair of names (alternatives, so only the best counts)."""
    shared = pa.lexicon_ids & pb.lexicon_ids
    if shared:
        entry = lexicon_mod.load().entries[sorted(shared)[0]]
        return Feature("lexicon", NAME_WEIGHTS["lexicon"], f"the lexicon gives both names to {entry.name} "
                                                           f"({entry.en or entry.id})")
    found = [f for x in pa.names for y in pb.names if (f := _pair_evidence(x, y)) is not None]
    return max(found, key=lambda f: f.weight, default=None)


def _pair_evidence(x: str, y: str) -> Feature | None:
    kx, ky = name_key(x), name_key(y)
    if kx == ky and _other_places(x, y):
        return None  # 上海澄川投资 / 宁波澄川投资: namesakes in two places, no evidence of one organisation
    if kx == ky:
        text = f"same name '{x}'" if x == y else f"same name key '{kx}' ({x} / {y})"
        return Feature("same_name", NAME_WEIGHTS["same_name"], text)
    short, long = (x, y) if len(kx) <= len(ky) else (y, x)
    found = relation(short, long)
    if found:
        kind, added = found
        return Feature(kind, NAME_WEIGHTS[kind], f"'{short}' / '{long}' (adds '{added}')")
    if is_han(kx) != is_han(ky):
        return None
    sim = bigram_similarity(distinctive(x), distinctive(y))
    if sim < BIGRAM_FLOOR:
        return None
    return Feature("bigrams", round(BIGRAM_WEIGHT * sim, 3), f"'{x}' / '{y}' share {sim:.0%} of character bigrams")


def _context(a: dict, b: dict) -> list[Feature]:
    out = []
    if a.get("sector") and b.get("sector"):
        if a["sector"] == b["sector"]:
            out.append(Feature("same_sector", 0.1, f"both {a['sector']}"))
        elif a.get("layer") != b.get("layer"):
            out.append(Feature("different_layer", -0.25, f"{a['sector']} ({a.get('layer')}) vs "
                                                         f"{b['sector']} ({b.get('layer')})"))
        else:
            out.append(Feature("different_sector", -0.15, f"{a['sector']} vs {b['sector']}"))
    if a.get("parent") and b.get("parent"):
        same = a["parent"] == b["parent"]
        out.append(Feature("same_parent" if same else "different_parent", 0.05 if same else -0.1,
                           f"parents {a['parent']} / {b['parent']}"))
    if a.get("country") and b.get("country") and a["country"] != b["country"]:
        out.append(Feature("different_country", -0.2, f"{a['country']} vs {b['country']}"))
    return out


# candidates -----------------------------------------------------------------------------------

def blocking_tokens(p: Profile) -> set[str]:
    """Tokens two records must share to be compared: key bigrams, Latin words, lexicon ids."""
    tokens = {f"lex:{x}" for x in p.lexicon_ids}
    for name in p.names:
        key = name_key(name)
        if is_han(key):
            tokens |= _bigrams(key) or {key}
        else:
            tokens |= {w for w in latin_words(name) if len(w) >= 3}
    return tokens


def candidates(entities: Iterable[dict], threshold: float | None = None,
               skip: set[frozenset[str]] | None = None) -> list[Match]:
    """Pairs of records scoring at least the threshold (settings.SAME_AS_THRESHOLD), best first.

    Only records sharing a blocking token are compared, so ten thousand records take seconds, not hours.
    `skip` holds pairs already judged different (split by hand).
    """
    limit = settings.SAME_AS_THRESHOLD if threshold is None else threshold
    profiles = [profile(e) for e in entities]
    postings: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(profiles):
        for token in blocking_tokens(p):
            postings[token].append(i)
    pairs = {(i, j) for ids in postings.values() if len(ids) <= MAX_BLOCK for i, j in combinations(ids, 2)}
    out = []
    for i, j in pairs:
        pa, pb = _order(profiles[i], profiles[j])
        if skip and frozenset((pa.id, pb.id)) in skip:
            continue
        match = score_profiles(pa, pb)
        if match.score >= limit:
            out.append(match)
    return sorted(out, key=lambda m: (-m.score, m.a, m.b))


def _order(p: Profile, q: Profile) -> tuple[Profile, Profile]:
    """The record to keep first: a lexicon entity, else the one with more names, else the smaller id."""
    def rank(x: Profile) -> tuple:
        return (x.record.get("origin") != "lexicon", -len(x.names), x.id)

    return (p, q) if rank(p) <= rank(q) else (q, p)

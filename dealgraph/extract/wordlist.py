"""Common Chinese words with their part of speech, from the dictionary that ships inside jieba.

Used to tell a name from an ordinary word: 有望 (verb) or 正处 (adverb) opening a clause is not an
organisation, 月之暗面 (in no dictionary) may be. Loaded once, only on demand; no segmentation is run.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

NAME_TAGS = frozenset({"nt", "nz", "nr", "nrt", "ns", "j", "eng", "nrfg", "x"})
PROPER_TAGS = NAME_TAGS - {"eng", "x"}
PLACE_TAGS = frozenset({"ns", "nt", "nz", "j"})
# One-character words that cannot open a name found from a deal cue (更, 不, 与, 或); adjectives and
# directions can (长岭物流, 中澜海电).
LEADING_TAGS = frozenset({"d", "c", "p", "r", "u", "uj", "ul", "zg", "ug", "uv", "e", "y"})
FUNCTION_TAGS = frozenset({"d", "c", "p", "u", "r", "a", "ad", "f", "y", "e", "q", "uj", "ul", "zg", "ug", "uv"})
# Closed-class characters that stand before a deal's object rather than open its name (收购由A持有的…,
# 持有其…, 增持该…); others (比, 同, 如) may open a name there.
SLOT_OPENERS = frozenset("由向从对在将把被与和及以为给于自其该此本这那每各所之且或但而并")
CLOSED_TAGS = frozenset({"c", "p", "r", "u", "uj", "ul"})  # conjunctions, prepositions, pronouns, particles


RARE_BELOW = 10  # a dictionary word seen fewer times than this in jieba's corpus is rare (安进, 超图)


@cache
def _load() -> tuple[dict[str, str], frozenset[str]]:
    text = resources.files("jieba").joinpath("dict.txt").read_text("utf-8")
    out: dict[str, str] = {}
    rare: list[str] = []
    for line in text.splitlines():
        parts = line.split(" ")
        if len(parts) == 3 and len(parts[0]) <= 4:
            out[parts[0]] = parts[2]
            if int(parts[1]) < RARE_BELOW:
                rare.append(parts[0])
    return out, frozenset(rare)


@cache
def words() -> dict[str, str]:
    return _load()[0]


@cache
def _rare() -> frozenset[str]:
    return _load()[1]


def is_rare_word(text: str) -> bool:
    """A dictionary word that its corpus saw only a few times (安进, 超图 as verbs): where a cue says a
    name stands, it may be one; 投资, 发展 or 老百姓 never are."""
    return text in _rare()


def is_common_word(text: str) -> bool:
    """A dictionary word that is not a name (股权, 有望, 受益)."""
    pos = words().get(text)
    return pos is not None and pos not in NAME_TAGS


def is_name_word(text: str) -> bool:
    """A dictionary word tagged as a place, person or organisation name (上海, 内蒙古, 中信, 上汽)."""
    return words().get(text) in PROPER_TAGS


def starts_with_function_word(text: str, strict: bool = True, slot: bool = False) -> bool:
    """更注重, 不仅能, 与头部AI, 或大: an adverb, conjunction or preposition up front. Strictly, an adjective
    or direction too (高成本); where the context says a name stands there, those may open it (长岭物流).
    In a deal's slot (收购X 51%股权) only closed-class words disqualify: a verb may open a name there
    (飞驰汽车, 申能环保)."""
    w = words()
    two = w.get(text[:2]) if len(text) > 2 else None
    if two in (CLOSED_TAGS if slot else FUNCTION_TAGS) or two == "v" and not slot and not is_rare_word(text[:2]):
        # slot: 长久物流, 居然新零售; a rare verb (安进) may open a name anywhere
        return True
    if two in PLACE_TAGS:  # 上海…, 长春…, 太平洋…: a place or organisation name up front, not a function word
        return False
    if slot:  # 比克动力, 同华创盟: a preposition that cannot open a deal's object (由A持有的, 向A, 对A) disqualifies
        return len(text) > 1 and w.get(text[:1]) in CLOSED_TAGS and text[0] in SLOT_OPENERS
    return len(text) > 1 and w.get(text[:1]) in (FUNCTION_TAGS if strict else LEADING_TAGS)


def opens_with_name_word(text: str) -> bool:
    """新疆…, 太平洋…, 比克…: a place or name word up front, whatever its first character does elsewhere."""
    return any(len(text) > n and is_name_word(text[:n]) for n in (2, 3))

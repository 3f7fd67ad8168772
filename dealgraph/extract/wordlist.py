"""Common Chinese words with their part of speech, from the dictionary that ships inside jieba.

Used to tell a name from an ordinary word: 有望 (verb) or 正处 (adverb) opening a clause is not an
organisation, 月之暗面 (in no dictionary) may be. Loaded once, only on demand; no segmentation is run.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

NAME_TAGS = frozenset({"nt", "nz", "nr", "nrt", "ns", "j", "eng", "nrfg", "x"})
FUNCTION_TAGS = frozenset({"d", "c", "p", "u", "r", "a", "ad", "f", "y", "e", "q", "uj", "ul", "zg", "ug", "uv"})


@cache
def words() -> dict[str, str]:
    text = resources.files("jieba").joinpath("dict.txt").read_text("utf-8")
    out: dict[str, str] = {}
    for line in text.splitlines():
        parts = line.split(" ")
        if len(parts) == 3 and len(parts[0]) <= 4:
            out[parts[0]] = parts[2]
    return out


def is_common_word(text: str) -> bool:
    """A dictionary word that is not a name (股权, 有望, 受益)."""
    pos = words().get(text)
    return pos is not None and pos not in NAME_TAGS


def is_name_word(text: str) -> bool:
    """A dictionary word tagged as a place, person or organisation name (上海, 内蒙古, 中信, 上汽)."""
    return words().get(text) in NAME_TAGS - {"eng", "x"}


def starts_with_function_word(text: str) -> bool:
    """更注重, 不仅能, 与头部AI, 或大: an adverb, conjunction or preposition up front."""
    w = words()
    return any(w.get(text[:n]) in FUNCTION_TAGS or w.get(text[:n]) == "v" and n == 2 for n in (2, 1)
               if len(text) > n)

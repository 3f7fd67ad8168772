"""The AI-stack taxonomy (data/taxonomy.yaml): layers, sectors, and classifying a name by keywords."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import ahocorasick_rs

from dealgraph.datafiles import read_yaml


@dataclass(frozen=True)
class Sector:
    key: str
    layer: str | None
    zh: str
    en: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class Classification:
    sector: str
    layer: str | None
    reason: str


@dataclass(frozen=True)
class Taxonomy:
    layers: dict[str, dict]
    sectors: dict[str, Sector]
    _automaton: ahocorasick_rs.AhoCorasick  # the keywords (lower case), longest first
    _keywords: list[str]  # pattern index → keyword
    _by_keyword: dict[str, str]

    def layer_of(self, sector: str | None) -> str | None:
        return self.sectors[sector].layer if sector in self.sectors else None

    def layer_label(self, layer: str | None) -> str:
        return self.layers.get(layer or "", {}).get("zh", "未分层")

    def keyword(self, text: str) -> str | None:
        """The longest keyword of any sector found in the text (its sector: classify), or None."""
        hits = self._automaton.find_matches_as_indexes(text.lower())
        return max((self._keywords[i] for i, _, _ in hits), key=len) if hits else None

    def classify(self, name: str, context: str = "") -> Classification | None:
        """Sector from keywords in the name first, then in the text around it."""
        for where, text in (("name", name), ("context", context)):
            if not text:
                continue
            # leftmost-longest, non-overlapping: the matches of an alternation of the keywords, longest first
            hits = self._automaton.find_matches_as_indexes(text.lower())
            if hits:
                word = max((self._keywords[i] for i, _, _ in hits), key=len)
                key = self._by_keyword[word]
                return Classification(key, self.sectors[key].layer, f"{where} contains '{word}' → {key}")
        return None


@cache
def load() -> Taxonomy:
    raw = read_yaml("taxonomy.yaml")
    sectors = {k: Sector(k, v.get("layer"), v.get("zh", k), v.get("en", k),
                         tuple(v.get("keywords_zh", [])) + tuple(v.get("keywords_en", [])))
               for k, v in raw["sectors"].items()}
    by_keyword: dict[str, str] = {}
    for sector in sectors.values():
        for word in sector.keywords:
            by_keyword.setdefault(word.lower(), sector.key)
    keywords = sorted(by_keyword, key=len, reverse=True)
    automaton = ahocorasick_rs.AhoCorasick(keywords, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
    return Taxonomy(raw["layers"], sectors, automaton, keywords, by_keyword)

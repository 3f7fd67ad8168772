"""The lexicon of known organisations and products, as data (data/lexicon.yaml plus user files)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

import ahocorasick_rs
import yaml

from dealgraph import settings
from dealgraph.datafiles import parse_yaml
from dealgraph.errors import DataFileError
from dealgraph.names import core


@dataclass(frozen=True)
class Entry:
    id: str
    kind: str
    name: str
    en: str | None
    aliases: tuple[str, ...]
    parent: str | None
    sector: str | None
    country: str | None

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(n for n in (self.name, self.en, *self.aliases) if n))


_UNSEEN = object()
LOOKUP_MEMO = 1 << 16  # names remembered by Lexicon.lookup before the memo starts over


@dataclass
class Lexicon:
    entries: dict[str, Entry]
    by_name: dict[str, str] = field(default_factory=dict)  # surface → entry id
    by_core: dict[str, str] = field(default_factory=dict)  # core(name) → entry id
    _automaton: ahocorasick_rs.AhoCorasick | None = None
    _patterns: list[str] = field(default_factory=list)
    _looked_up: dict[str, Entry | None] = field(default_factory=dict, repr=False)  # name → lookup(name)

    def __post_init__(self) -> None:
        for entry in self.entries.values():
            for name in entry.names:
                for form in _widths(name):
                    self.by_name.setdefault(form, entry.id)
                self.by_core.setdefault(core(name), entry.id)
        self._patterns = sorted(self.by_name, key=len, reverse=True)
        self._automaton = ahocorasick_rs.AhoCorasick(self._patterns,
                                                     matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Leftmost-longest lexicon names in text as (start, end, entry id)."""
        assert self._automaton is not None
        return [(s, e, self.by_name[self._patterns[i]]) for i, s, e in self._automaton.find_matches_as_indexes(text)]

    def lookup(self, name: str) -> Entry | None:
        found = self._looked_up.get(name, _UNSEEN)
        if found is _UNSEEN:  # resolution asks for every mention of every fact: the same names come back
            if len(self._looked_up) >= LOOKUP_MEMO:
                self._looked_up.clear()
            eid = self.by_name.get(name) or self.by_core.get(core(name))
            found = self._looked_up[name] = self.entries.get(eid) if eid else None
        return found  # type: ignore[return-value]

    def ancestors(self, entry_id: str) -> list[Entry]:
        chain, seen = [], {entry_id}
        parent = self.entries[entry_id].parent if entry_id in self.entries else None
        while parent and parent in self.entries and parent not in seen:
            seen.add(parent)
            chain.append(self.entries[parent])
            parent = self.entries[parent].parent
        return chain


_FULL_WIDTH = str.maketrans("()", "（）")
_HALF_WIDTH = str.maketrans("（）", "()")


def _widths(name: str) -> tuple[str, ...]:
    """A name as written with half- and full-width brackets: 摩尔线程智能科技(北京)股份有限公司 is also
    written 摩尔线程智能科技（北京）股份有限公司."""
    return tuple(dict.fromkeys((name, name.translate(_FULL_WIDTH), name.translate(_HALF_WIDTH))))


def _entries(path_or_text: str, source: str) -> list[Entry]:
    try:
        raw = parse_yaml(path_or_text) or []
    except yaml.YAMLError as exc:
        raise DataFileError(f"lexicon {source} is not valid YAML: {exc}", "fix the file or remove it") from exc
    out = []
    for n, item in enumerate(raw):
        if not isinstance(item, dict) or not item.get("id") or not item.get("name"):
            raise DataFileError(f"lexicon {source}, entry {n}: needs at least 'id' and 'name'",
                                "see dealgraph/data/lexicon.yaml for the entry format")
        out.append(Entry(str(item["id"]), item.get("kind", "organization"), str(item["name"]), item.get("en"),
                         tuple(str(a) for a in item.get("aliases") or ()), item.get("parent"),
                         item.get("sector"), item.get("country")))
    return out


@cache
def load(extra: tuple[str, ...] | None = None) -> Lexicon:
    """The shipped lexicon plus user files (arguments, or $DEALGRAPH_LEXICON); later files win."""
    if extra is None:
        extra = tuple(p for p in os.environ.get(settings.LEXICON_ENV, "").split(os.pathsep) if p)
    shipped = resources.files("dealgraph").joinpath("data/lexicon.yaml")
    entries = {e.id: e for e in _entries(shipped.read_text("utf-8"), "data/lexicon.yaml")}
    for path in extra:
        try:
            text = Path(path).read_text("utf-8")
        except OSError as exc:
            raise DataFileError(f"cannot read lexicon file {path}: {exc.strerror}",
                                f"check the path given in ${settings.LEXICON_ENV}") from exc
        entries.update({e.id: e for e in _entries(text, path)})
    return Lexicon(entries)

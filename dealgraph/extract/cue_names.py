"""Organisation names found from how deal news and announcements frame them (data/names.yaml, `cues`).

- A stock code after a name: 鼎胜新材(603876), 联美控股(行情600167,诊股), 中珠医疗（600568.SH）.
- A short name defined for the name before it: …有限公司(以下简称“联晟新材”).
- What a deal is about: 收购金赛药业30%股权, 购买其持有的秦淮风光51%股权, 增持万达信息股份 — the
  words between the deal verb and the shares it buys.
- Who makes a deal: the name opening a clause right before 拟/以/通过/斥资/发布公告 … or the deal verb.
All are `candidate`s (they become entities only when a fact uses them), except names with a stock
code, which are organisations.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from dealgraph.extract.document import Mention
from dealgraph.extract.grammar import alt
from dealgraph.names import core

NAME = r"\u4e00-\u9fffA-Za-z0-9·&"
_NAME_CHAR = re.compile(f"[{NAME}]")
_CLAUSE_START = re.compile(r"(?:^|(?<=[，,；;：:。！？!?\n“”]))")
Accept = Callable[[str, int, int], list[Mention]]  # the mention finder's own check of a candidate name


@dataclass(frozen=True)
class Cues:
    code: re.Pattern[str]
    alias: re.Pattern[str]
    object_lead: re.Pattern[str]
    object_stop: re.Pattern[str]
    object_end: re.Pattern[str]
    coordination: re.Pattern[str]
    subject: re.Pattern[str]
    subject_lead: re.Pattern[str]
    deal_verb: re.Pattern[str]


@cache
def cues() -> Cues:
    raw = yaml.safe_load(resources.files("dealgraph").joinpath("data/names.yaml").read_text("utf-8"))["cues"]
    follow = alt(raw["subject_followers"])
    return Cues(
        code=re.compile(rf"([{NAME}]{{2,12}}?)\s?[(（](?:行情|股票代码[:：]?|证券代码[:：]?)?"
                        r"(?:\d{6}|\d{4,5}\.HK|\d{6}\.S[HZ]|[A-Z]{1,5}\.[A-Z]{1,2})"),
        alias=re.compile(rf"[(（](?:{alt(raw['alias_words'])})[“\"「]?([{NAME}]{{2,16}})[”\"」]?[)）,，]"),
        object_lead=re.compile(f"(?:{alt(raw['object_leads'])})(?=[{NAME}])"),
        object_stop=re.compile(alt(raw["object_stops"])),
        object_end=re.compile(f"^(?:{alt(raw['object_ends'])})"),
        coordination=re.compile(f"^(?:{alt(raw['coordinators'])})"),
        subject=re.compile(rf"([{NAME}]{{2,10}}?)(?=(?:{follow}))"),
        subject_lead=re.compile(f"(?:\\s|{alt(raw['subject_leads'])})*"),
        deal_verb=re.compile(alt(raw["object_leads"])),
    )


def find(text: str, valued: bytearray, accept: Accept) -> list[Mention]:
    """Candidate names from deal cues; `accept(text, start, end)` is the mention finder's own name check."""
    found = _coded(text, valued) + _aliases(text, accept)
    found += _objects(text, valued, accept) + _subjects(text, valued, accept)
    return found


def _coded(text: str, valued: bytearray) -> list[Mention]:
    from dealgraph.extract import mentions

    r = mentions.rules()
    out = []
    for m in cues().code.finditer(text):
        start = mentions._left_edge(text, m.end(1), r, window=10)
        name = text[start:m.end(1)]
        if len(name) >= 2 and not any(valued[start:m.end(1)]) and name not in r.generic_heads:
            out.append(Mention(start, m.end(1), name, "organization", f"name:{core(name)}", "code"))
    return out


def _aliases(text: str, accept: Accept) -> list[Mention]:
    return [x for m in cues().alias.finditer(text) for x in accept(text, m.start(1), m.end(1))]


def _objects(text: str, valued: bytearray, accept: Accept) -> list[Mention]:
    c, out = cues(), []
    for lead in c.object_lead.finditer(text):
        start = lead.end()
        while True:
            end = _object_end(text, start, valued)
            if end - start < 2:
                break
            out += accept(text, start, end)
            more = c.coordination.match(text, end)
            if more is None:
                break
            start = more.end()
    return out


def _object_end(text: str, start: int, valued: bytearray, limit: int = 16) -> int:
    """Where the name after a deal verb stops: at a value, a stop word (的, 持有的, 股权 …), or punctuation;
    only a name followed by what is bought (51%, 股权, 、 …) counts."""
    c = cues()
    end = start
    while end < len(text) and end - start < limit and not valued[end] and _NAME_CHAR.match(text, end):
        end += 1
    stop = c.object_stop.search(text, start + 2, end)
    if stop is not None:
        end = stop.start()
    rest = text[end:end + 6]
    if valued[end] or c.object_end.match(rest) or c.coordination.match(rest) or end == len(text) \
            or not _NAME_CHAR.match(text, end):
        return end
    return start


def _subjects(text: str, valued: bytearray, accept: Accept) -> list[Mention]:
    """Names opening a clause (after dates and connectives) right before a word that leads to a deal."""
    c, out = cues(), []
    for clause in _CLAUSE_START.finditer(text):
        pos = clause.start()
        while True:
            pos = c.subject_lead.match(text, pos).end()  # type: ignore[union-attr]
            if pos < len(text) and valued[pos]:
                while pos < len(text) and valued[pos]:
                    pos += 1
                continue
            break
        m = c.subject.match(text, pos)
        if m is None or any(valued[m.start(1):m.end(1)]):
            continue
        if c.deal_verb.search(text, m.end(1), _sentence_end(text, m.end(1))):
            out += accept(text, m.start(1), m.end(1))
    return out


def _sentence_end(text: str, pos: int) -> int:
    found = re.compile(r"[。！？!?\n]").search(text, pos)
    return found.start() if found else len(text)

"""Organisation names found from how deal news and announcements frame them (data/names.yaml, `cues`).

- A stock code after a name: 金穗药业(603999), 翠湖控股(行情600999,诊股), 云栖互娱（300888.SZ）.
- A short name defined for the name before it: …有限公司(以下简称“岭秀环保”).
- What a deal is about: 收购金穗药业30%股权, 购买其持有的澜舟网络51%股权, 增持翠湖股份 — the
  words between the deal verb and the shares it buys.
- Who makes a deal: the name opening a clause right before 拟/以/通过/斥资/发布公告 … or the deal verb.
All are `candidate`s (they become entities only when a fact uses them), except names with a stock
code, which are organisations.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from dealgraph.datafiles import read_yaml
from dealgraph.extract import wordlist
from dealgraph.extract.document import Mention
from dealgraph.extract.grammar import alt
from dealgraph.extract.sentences import spaced_clause_starts
from dealgraph.names import core

NAME = r"\u4e00-\u9fffA-Za-z0-9·&"
# A stock code opening the brackets before the short name is defined (600000.SH，下称“…” / 股票代码：300999，简称…)
_CODE_FIRST = (r"(?:(?:股票代码|证券代码|代码)[:：]?\s*)?(?:\d{6}(?:\.(?:SH|SZ|BJ))?|\d{4,5}\.HK|(?:SH|SZ|BJ)\d{6}|"
               r"[A-Z]{1,5}\.[A-Z]{1,2}|(?:NASDAQ|NYSE|纳斯达克|纽交所)[:：]\s*[A-Z]{1,5})\s*[，,、；;]\s*")
_NAME_CHAR = re.compile(f"[{NAME}]")
_NAME_RUN = re.compile(f"([{NAME}]+)")
_NAME_CHARS = re.compile(f"[{NAME}]*")
_NAME_RUN_BEFORE = re.compile(f"[{NAME}]+\\Z")
_AGREEMENT = re.compile(r"协议|合同|议案|方案|交易|事项|计划|报告|办法")  # (以下简称“重组协议”): no name
_TRAILING_DAY = re.compile(r"\d{1,2}[日号]\Z")
_NOUN_TAGS = frozenset({"n", "nz", "nt", "ns", "b"})
_NOUN_VN_TAGS = _NOUN_TAGS | {"vn"}
_CLOSED_DVP = wordlist.CLOSED_TAGS | {"d", "v", "p"}  # built once, not at every test
_INSIDE_NAMES = frozenset("和与及或如")  # characters that join two names or stand inside one (青如意)
_BEFORE_DATE = frozenset("自于从在至")  # 澜石华强自2015年: a preposition before a date is no part of the name
_SENTENCE_END = re.compile(r"[。！？!?\n]")
# *ST步森: a listed company's short name (each form checked behind itself: a pattern opening with a lookbehind
# is tried at every character, one opening with its own characters is looked for quickly)
_SPECIAL_TREATMENT = re.compile(r"(?:\*ST(?<![A-Za-z0-9]\*ST)|ST(?<![A-Za-z0-9]ST))[\u4e00-\u9fff]{2}")
_STAKE = re.compile(r"\d+(?:\.\d+)?\s?%\s?的?(?:股权|股份)")
_CLAUSE_MARK = re.compile(r"[，,；;：:。！？!?\n“”)）】]")  # …(记者 王某)星河电子公告: a clause opens after each


# [4] - 思澜浦公告…, • 帝澜微决定…: a list's bullet (a dash or dot standing alone between spaces) opens a clause too
_BULLET_MARK = re.compile(r"(?:^|(?<=\s))[-•]\s+")


def _after_clause_marks(text: str) -> list[int]:
    """The places right after each clause mark (one match per mark: no zero-width search tried at every character)
    and after each list bullet."""
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text)]
    if "- " in text or "•" in text:
        marks = sorted(marks + [m.end() for m in _BULLET_MARK.finditer(text)])
    return marks
# (青峰堂原名), (前身澜源科技,000999), (*ST澜丽): a bracket that says what else the name before it is called
_RENAMED = re.compile(r"[(（](?:[^()（）,，。]{0,10}?(?:原名|前身|曾用名|现名|更名|改名)|\*?ST[\u4e00-\u9fff]{2}[)）])")
_LIST_NUMBER = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]"  # 1、广州澜发:…, 二、…: a list's number before its item
Accept = Callable[..., list[Mention]]  # the mention finder's own check of a candidate name: (text, start, end, slot=)


@dataclass(frozen=True)
class Cues:
    code: re.Pattern[str]
    alias: re.Pattern[str]
    object_lead: re.Pattern[str]
    object_stop: re.Pattern[str]
    object_non_start: re.Pattern[str]
    party_chars: frozenset[str]
    object_end: re.Pattern[str]
    shares: re.Pattern[str]
    coordination: re.Pattern[str]
    subject: re.Pattern[str]
    subject_lead: re.Pattern[str]
    subject_follow: re.Pattern[str]
    subject_bad_start: re.Pattern[str]
    deal_follower: re.Pattern[str]
    strong_follower: re.Pattern[str]
    deal_verb: re.Pattern[str]
    fact_word: re.Pattern[str]
    generic: frozenset[str]
    framed_after: re.Pattern[str]
    holders_of: re.Pattern[str]
    told_by: re.Pattern[str]
    nominal_deal: re.Pattern[str]
    field_tail: re.Pattern[str]
    org_officers: re.Pattern[str]
    apposition: re.Pattern[str]
    assets: frozenset[str]
    role_aliases: frozenset[str]


def alt_not_after(words: list[str], *befores: str) -> str:
    """alt(words), where no word counts right after one of `befores` (fixed-width patterns). Each word is checked
    behind itself, so the pattern opens with the words' own characters, which the regex engine looks for quickly;
    a lookbehind up front is tried at every character of the text. (Likewise 对(?<![面相针应]对) below: the
    same test as (?<![面相针应])对, and 据(?<![^…]据) as (?:^|(?<=[…]))据.)"""
    return "|".join(re.escape(w) + "".join(f"(?<!{b}{re.escape(w)})" for b in befores)
                    for w in sorted(set(words), key=len, reverse=True))


@cache
def cues() -> Cues:
    raw = read_yaml("names.yaml")["cues"]
    follow = alt(raw["subject_followers"])
    return Cues(
        code=re.compile(r"\s?[(（]\s?(?:行情|港股|股票代码[:：]?|证券代码[:：]?)?(?:\d{6}|\d{5}(?=[)）-])|\d{4,5}\.HK|\d{5,6}\.S[HZ]|"
                        r"[A-Z]{1,5}\.[A-Z]{1,2})"),
        # (简称“澜舟通信”、“乙方”): a list of quoted short names goes on after the first (alias_spans reads the rest)
        # (600000.SH，下称“青禾精机”) / (股票代码：300999，以下简称“澄川”): the stock code may come first
        alias=re.compile(rf"[(（](?:{_CODE_FIRST})?(?:{alt(raw['alias_words'])})[:：]?[“\"「]?([{NAME}]{{2,16}})[”\"」]?"
                         rf"(?=[)）,，]|[、或]\s*[“\"「])"),
        # 这笔收购, 5项收购 (not 大手笔收购): the verb after a counter of deals is a noun and opens no object
        object_lead=re.compile(f"(?:{alt_not_after(raw['object_leads'], '项', '(?<!手)笔')})(?=[{NAME}“\"「])"),
        object_stop=re.compile(alt(raw["object_stops"])),
        object_non_start=re.compile(alt(raw["object_non_starts"])),
        party_chars=frozenset(raw["object_party_chars"]),
        object_end=re.compile(f"(?:{alt(raw['object_ends'])})"),
        shares=re.compile(f"(?:{alt(raw['object_shares'])})"),
        coordination=re.compile(f"(?:{alt(raw['coordinators'])})"),
        subject=re.compile(rf"([{NAME}]{{2,10}}?)(?=(?:{follow}))"),
        subject_follow=re.compile(f"(?:{follow})"),
        subject_bad_start=re.compile(f"(?:{alt(raw['subject_bad_starts'])})"),
        deal_follower=re.compile(f"(?:{alt(raw['subject_deal_followers'])})"),
        strong_follower=re.compile(f"(?:{alt(raw['subject_strong_followers'])})"),
        subject_lead=re.compile(f"(?:\\s|{_LIST_NUMBER}|{alt(raw['subject_leads'])})*"),
        deal_verb=re.compile(alt(raw["object_leads"] + raw["deal_verbs"])),
        fact_word=re.compile(alt(raw["subject_fact_words"])),
        generic=frozenset(raw["generic_names"]),
        framed_after=re.compile(rf"(?:{alt(raw['frame_leads'])})([{NAME}]{{2,12}}?)(?=(?:{alt(raw['frame_verbs'])}))"),
        nominal_deal=re.compile(rf"对(?<![面相针应]对)([{NAME}]{{2,14}}?)(?:的|进行|实施)(?:全面|战略|财务|股权|要约)?"
                                rf"(?:(?:{alt(raw['nominal_deals'])})(?:(?![{NAME}])|(?=工作|事宜))|{alt(raw['nominal_holdings'])})"),
        field_tail=re.compile(f"(?:{alt(raw['fields'])})$"),
        org_officers=re.compile(alt(raw["org_officers"])),
        apposition=re.compile(rf"(?:{alt(raw['apposition_nouns'])})(?!{follow})([{NAME}]{{2,12}}?)"
                              rf"(?=(?:{follow}|{alt(raw['coordinators'])}|转让|出售|减持|发行|签署|签订|支付|[，,(（]))"),
        assets=frozenset(raw["object_assets"]),
        role_aliases=frozenset(raw["role_aliases"]),
        holders_of=re.compile(r"(?:前十大|第[一二三四五六七八九十]大|前[一二三四五六七八九十]大)(?:流通股?)?股东"),
        # 据云途智驾介绍，其…: the one whose account the sentence gives (a person-shaped name is left to people)
        told_by=re.compile(rf"据(?<![^，,。；;：:\s“]据)([{NAME}]{{2,12}}?)(?=介绍|透露|表示|披露|称|公告)"),
    )


def find(text: str, valued: bytearray, accept: Accept, stakes: list[tuple[int, int]] | None = None) -> list[Mention]:
    """Candidate names from deal cues; `accept(text, start, end)` is the mention finder's own name check.
    `stakes`, if given, receives the spans of names that end right before a stake (收购X 51%股权)."""
    staked = _staked(text, valued, accept)
    if stakes is not None:
        stakes += [(m.start, m.end) for m in staked]
    found = _aliases(text, accept) + _objects(text, valued, accept) + _people_as_makers(text, _subjects(text, valued, accept)) + \
        staked + _framed(text, valued, accept) + _owned(text, valued, accept) + _appositions(text, valued, accept) + \
        _renamed(text, valued, accept) + _ranked(text, valued, accept) + _profiled(text, valued, accept) + \
        _reporting(text, valued, accept) + _owned_bought(text, valued, accept)
    # 收购王澜先生、李青女士合计持有的…: a person with 先生/女士 is read by the person finder, not as a firm
    found = [m for m in found if m.text not in cues().generic and not m.text.endswith(HONORIFICS)
             and not _TIMES.search(m.text)  # 获超额认购3000倍: a multiple; 认购IPO发售股份: shares offered, no name
             and not _SHARE_KIND.fullmatch(m.text)  # 拟转让所持本公司无限售流通股: a kind of shares, no name
             and not _SHARES_DEALT.fullmatch(m.text)]  # 同意购买出售股份 (the sale shares): shares, no name
    found = [_without_verb_before_amount(text, m) for m in found]
    for m in found:
        m.source = "person" if m.kind == "person" else "cue"
    return _coded(text, valued) + found


def _without_verb_before_amount(text: str, m: Mention) -> Mention:
    """其中，A承担约4.2亿元收购款: a verb closing the name right before an amount is the clause's, not the name's
    (控股 is a name's ending: 澄川控股)."""
    verb = m.text[-2:]
    if len(m.text) >= 4 and m.kind != "person" and verb != "控股" and wordlist.words().get(verb) == "v" \
            and _AMOUNT_NEXT.match(text, m.end):
        return Mention(m.start, m.end - 2, m.text[:-2], m.kind, f"name:{core(m.text[:-2])}", m.source)
    return m


_AMOUNT_NEXT = re.compile(r"(?:约|近|超过|超|逾|共|合计)?(?:人民币)?\d[\d,.]*(?:万|亿|千万|百万)*(?:元|美元|港元|欧元)")
# the shares a deal names by their part in it (出售股份, 待售股份, 标的股权): no name
_SHARES_DEALT = re.compile(r"(?:出售|转让|认购|购买|待售|销售|标的|目标|发售|配售|代价|交易|相关|新增|发行)(?:股份|股权|股票)")
HONORIFICS = ("先生", "女士")
_TIMES = re.compile(r"\d倍$|^(?:IPO|新股|H股|A股)")
# the company's own shares by kind (公司无限售流通股, 本公司限售股, 公司A股普通股): what is sold, not who
_SHARE_KIND = re.compile(r"(?:本公司|公司|上市公司|该公司)?(?:A股|H股)?(?:无限售条件|无限售|有限售条件|限售)?(?:流通)?"
                         r"(?:A股|H股|普通股|股份|股票|股)?")
_MAKER_VERB = re.compile(r"(?:共同|联合)?(?:收购|增持|减持|买入|受让|认购|入股|购买|创立|创办|创建)")


def _people_as_makers(text: str, found: list[Mention]) -> list[Mention]:
    """邢立涛收购青禾科技…, 王宇增持…: the maker of a deal that opens the clause right before its verb, in
    the shape of a person's name (a surname and one or two characters that make no word), is a person."""
    from dealgraph.extract import mentions

    return [Mention(m.start, m.end, m.text, "person", f"person:{m.text}", m.source)
            if _MAKER_VERB.match(text, m.end) and mentions.person_shaped(m.text) else m for m in found]


# A trade ending in 商 (家电零售商, 燃气运营商, 设备制造商): it describes the company named right after it, never part of
# a short name (a legal name with such words, 澄川能源零售股份有限公司, has no 商 of this kind)
TRADE_DESCRIPTOR = _TRADE_DESCRIPTOR = re.compile(
    r"(?:零售|运营|制造|供应|服务|经销|分销|开发|提供|集成|代工|方案|设计|贸易|批发)商")


def _coded(text: str, valued: bytearray) -> list[Mention]:
    from dealgraph.extract import mentions

    r = mentions.rules()
    out = []
    for m in cues().code.finditer(text):
        end = m.start()
        if end < 2 or not (_NAME_CHAR.match(text, end - 1) and _NAME_CHAR.match(text, end - 2)):
            continue
        start = mentions._past_verb(text, mentions._left_edge(text, end, r, window=10), end)  # 减持|鲁亿通(300421)
        start = _short_name_run(text, start, end)
        if text.startswith(("项目", "标段"), start) and end - start >= 4:
            start += 2  # …清运服务项目|澄湖环保(000123): a headline's project, then the company's short name
        trade = _TRADE_DESCRIPTOR.search(text, start, end)
        if trade is not None and end - trade.end() >= 2:
            start = trade.end()  # 浙江家电零售商|青禾电器(600999): a province and a trade before the coded short name
        name = text[start:end]
        if len(name) >= 2 and not any(valued[start:end]) and name not in r.generic_heads:
            out.append(Mention(start, end, name, "organization", f"name:{core(name)}", "code"))
    return out + [Mention(m.start(), m.end(), m.group(), "organization", f"name:{core(m.group())}", "code")
                  for m in _SPECIAL_TREATMENT.finditer(text)]


def _short_name_run(text: str, start: int, end: int) -> int:
    """、澜海智能(002999.SZ), ,青图软件(300999): a listed company's short name has two to four characters,
    so a run of that length standing alone before the code is the whole name, even where a character
    of it (日, 图) would cut a name elsewhere; not where the run opens with a verb or function word
    (持有万科(000002)), unless the run ends in 股份 (首开股份(600376): a listed company's short name)."""
    run = _NAME_RUN_BEFORE.search(text, max(0, end - 5), end)
    run_start = run.start() if run else start
    if run_start >= start or end - run_start > 4 or end - run_start < 2:
        return start
    head, w = text[run_start:run_start + 2], wordlist.words()
    if w.get(head) in _CLOSED_DVP and not wordlist.is_rare_word(head) and not text.endswith("股份", run_start, end) or \
            w.get(text[run_start]) in wordlist.CLOSED_TAGS:
        return start
    return run_start


def alias_spans(text: str) -> list[tuple[int, int, int]]:
    """(bracket, start, end) of each short name defined in brackets: 青禾环保有限公司(以下简称“青禾环保”)."""
    if "称" not in text:  # every alias word (简称, 下称 …) holds it
        return []
    out = []
    for m in cues().alias.finditer(text):
        out.append((m.start(), m.start(1), m.end(1)))
        more = _MORE_ALIASES.match(text, m.end())
        while more:  # (以下简称“星河通信”或“乙方”): each quoted name stands for the name before the brackets
            out.append((m.start(), more.start(1), more.end(1)))
            more = _MORE_ALIASES.match(text, more.end())
    return out


_MORE_ALIASES = re.compile(rf"[、或]\s*[“\"「]([{NAME}]{{2,16}})[”\"」](?=[)）、或])")


def may_be_alias(name: str) -> bool:
    """A short name given in brackets that names no agreement or generic party (下称“此项交易”), or a company's
    role in the deal (下称“标的公司”)."""
    if name in cues().role_aliases:
        return True
    return len(name) >= 2 and not _AGREEMENT.search(name) and name not in cues().generic and \
        not name.startswith(("本次", "此次", "该", "本", "标的", "目标"))


def _aliases(text: str, accept: Accept) -> list[Mention]:
    """(以下简称“天元奥特”), (下称:澜舟网络): only a name is given a short name, so any word may be one there."""
    return [x for _, s, e in alias_spans(text) for x in accept(text, s, e, strong=True) if not _AGREEMENT.search(x.text)]


def _lead_in_word(text: str, lead: int, start: int) -> bool:
    """向日葵先出售…, 由于澜石出资…: a lead (向, 由 …) that opens a dictionary word with the characters after
    it (向日葵, 由于) is that word's, no preposition before a name; not where a place or name word follows
    it (向上海澜石转让: 上海)."""
    if start - lead != 1:
        return False
    if wordlist.is_common_word(text[lead:lead + 3]):
        return True
    return wordlist.is_common_word(text[lead:lead + 2]) and not wordlist.opens_with_name_word(text[start:start + 4])


# 领投了青禾健康7500万美元B轮融资 / 参投医疗公司青禾健康的天使轮: a name between a backer's verb (and a described
# kind of company) and the round it raises, an amount between them or none
_BACKED_ROUND = re.compile(rf"(?:领投|跟投|参投|独家投资)了?(?:[\u4e00-\u9fff]{{1,8}}?(?:公司|企业|厂商|平台))?"
                           rf"([{NAME}]{{2,10}}?)(?=的?(?:(?:近|约|超|逾)?\d+(?:\.\d+)?[万亿千百]*(?:元|美元|人民币|港元)"
                           rf"(?:人民币)?(?:的)?)?(?:Pre-|pre-)?(?:[A-E]\d?\+*|天使|种子|新一)轮)")


# A被传拟收购B / A被曝将入股B / A被指已收购B: after 被, a verb of telling (rumoured, leaked, said), a mood word or none,
# then the deal verb: a report of what A does, no agent's name in the slot (被传音控股收购 has one: a name, not 传 + mood)
_TOLD_AFTER_BEI = re.compile(r"(?:传|曝|爆|疑|指)出?(?:已经|已|将要|将|拟|有意|计划|正在|正|欲|或将|或|要|准备|打算)*")


_MANNER_TAIL = re.compile(r"(?:独家|共同|联合|单独|独立|全额|战略|财务|再次|再度|继续|持续|追加)+$")


def _framed(text: str, valued: bytearray, accept: Accept) -> list[Mention]:
    """被澜石集团收购, 向青松资本转让, 由青松资本出资, 完成对澜石中国的收购, 对澜石中国的持股比例,
    位列澜石股份第二大流通股股东, 澜石通首席执行官:
    words around a slot that only an organisation (or a stock) fills."""
    from dealgraph.extract import mentions

    c, out = cues(), []
    for m in c.framed_after.finditer(text):
        if text.endswith("被", 0, m.start(1)) and _TOLD_AFTER_BEI.fullmatch(text, m.start(1), m.end(1)):
            continue
        if not any(valued[m.start(1):m.end(1)]) and not _lead_in_word(text, m.start(), m.start(1)):
            for s, e in _split_pair(text, m.start(1), m.end(1)):  # 向澜石国际及青松精选购买
                manner = _MANNER_TAIL.search(text, s + 2, e)  # (wt-ib) 由A独家战略入股: how it acts, no part of A
                e = manner.start() if manner is not None else e
                stop = mentions.rules().right_stop.search(text, s + 2, e)  # 被A与B共同增持
                out += accept(text, s, stop.start() if stop else e, slot=True)
    for m in c.nominal_deal.finditer(text):  # 完成了对澜石中国的收购, 对青松旅游进行战略投资
        if not any(valued[m.start(1):m.end(1)]) and not c.field_tail.search(m.group(1)):  # 对新能源领域的投资
            bought = _BOUGHT_OF_IT.search(text, m.start(1) + 2, m.end(1))  # 对A相关知识产权的收购: A's rights, bought
            out += accept(text, m.start(1), bought.start() if bought else m.end(1), slot=True)
    for m in c.told_by.finditer(text):  # 据云途智驾介绍，其2024年约六成收入来自A
        if not any(valued[m.start(1):m.end(1)]) and not mentions.person_shaped(m.group(1)) \
                and not _DOCUMENT_TOLD.search(m.group(1)) and not wordlist.is_common_word(m.group(1)):
            out += accept(text, m.start(1), m.end(1), strong=True)
    if "共同" in text or "联合" in text or "合资" in text:
        for m in _PARTNER_IN_DEAL.finditer(text):  # 星河电子与澜桥共同出资成立B: 澜桥 invests beside it
            if not any(valued[m.start(1):m.end(1)]) and not _lead_in_word(text, m.start(), m.start(1)):
                out += accept(text, m.start(1), m.end(1), slot=True)
    if "方" in text or "投资" in text or "股东" in text:
        for m in _INVESTOR_LIST.finditer(text):  # 投资方包括A、B和C: each item of the list
            pos, last = m.start(1), m.end(1)
            etc = text.find("等", pos, last)  # 包括A、B等机构: the list ends at 等
            last = etc if etc > pos else last
            for sep in [*_LIST_ITEM_SPLIT.finditer(text, pos, last), None]:
                end = sep.start() if sep is not None else last
                if sep is not None and len(sep.group()) == 1 and sep.group() != "、" and any(
                        wordlist.is_common_word(text[a:a + 2]) for a in (sep.start() - 1, sep.start())):
                    continue  # (祥和, 和平: the joiner belongs to a word of the name)
                name = text[pos:end]
                if end - pos >= 2 and not any(valued[pos:end]) and _bare_name(name):
                    out += accept(text, pos, end, slot=True)
                pos = sep.end() if sep is not None else end
    if "轮" in text:
        for m in _BACKED_ROUND.finditer(text):  # 领投了医疗公司青禾健康2亿元B轮融资: the company whose round is backed
            name = m.group(1)
            if not any(valued[m.start(1):m.end(1)]) and _bare_name(name):
                out += accept(text, m.start(1), m.end(1), slot=True)
    for m in _TALKS_WITH.finditer(text):  # 与青禾互动洽谈收购事宜: the talks and the deal word make it a party
        name = m.group(1)             # (with any ending: 互动 is a verb too)
        if not any(valued[m.start(1):m.end(1)]) and not _lead_in_word(text, m.start(), m.start(1)) and _bare_name(name):
            out += accept(text, m.start(1), m.end(1), slot=True)
    if "被" in text:
        for m in _BOUGHT_BY_MEANS.finditer(text):  # 星衡被岚序以10亿元收购: the buyer, then how it pays, then the verb
            name = m.group(1)
            if not any(valued[m.start(1):m.end(1)]) and not _TOLD_AFTER_BEI.fullmatch(name) and _bare_name(name):
                out += accept(text, m.start(1), m.end(1), slot=True)
    if "对" in text:
        for m in _DEAL_TOPIC.finditer(text):  # 王澜对青岸收购B一事回应称: 青岸 makes the deal the speaker talks about
            name = m.group(1)
            if not any(valued[m.start(1):m.end(1)]) and not _lead_in_word(text, m.start(), m.start(1)) and _bare_name(name):
                out += accept(text, m.start(1), m.end(1), slot=True)
    for pattern, phrase_ok in ((_SIGNS_WITH, True), (_TRADES_WITH, False)):
        # 锦岳科技与岚山云签署战略合作协议: the party signed with; 锦岳科技向岚山云采购一批服务器 / 向星澜批量供货: the
        # other side of a trade (向全社会|询价采购, 向海外市场|销售: common words, no name there; 与张伟签署: a person)
        for m in pattern.finditer(text):
            if any(valued[m.start(1):m.end(1)]) or _lead_in_word(text, m.start(), m.start(1)):
                continue
            for s, e in _split_pair(text, m.start(1), m.end(1)):  # 向澜石国际及青松精选购买
                stop = mentions.rules().right_stop.search(text, s + 2, e)  # 与B在现场签订, 向B发行股票购买
                e = stop.start() if stop else e
                s = _past_field_kind(text, s, e)  # 与自动驾驶公司B签署: B
                name = text[s:e]
                if _FIRM_KIND_AFTER.match(text, e) and mentions._field_word(name):
                    continue  # 向激光雷达企业B采购: a field and a kind of firm describe B, named after them
                if not mentions.person_shaped(name) and not _adverb_or_place_end(name) \
                        and (phrase_ok or not mentions._common_words(name)):
                    out += accept(text, s, e, slot=True)
    if "的" in text:
        for m in _MAKER_OF_GOODS.finditer(text):  # 锦岳科技采购了岚山云的算力服务器: the maker of the goods bought
            if not any(valued[m.start(1):m.end(1)]) and not mentions.person_shaped(m.group(1)) \
                    and not _adverb_or_place_end(m.group(1)) and not mentions._common_words(m.group(1)):
                out += accept(text, m.start(1), m.end(1), slot=True)
    if "%的" in text:
        for m in _STAKE_THEN_HOLDER.finditer(text):  # 持股6.32%的农银国际计划减持…: the holder its stake describes
            name = c.subject.match(text, m.end())
            if name is not None and not any(valued[name.start(1):name.end(1)]) \
                    and not c.subject_bad_start.match(name.group(1)):
                out += accept(text, name.start(1), _before_stop(text, name.start(1), name.end(1)), slot=True)
    if "股东" in text or "控制人" in text:
        for m in _RANK_HELD_IN.finditer(text):  # 澄川集团是青川能科的控股股东: the company the rank is held in
            if not any(valued[m.start(1):m.end(1)]) and not c.subject_bad_start.match(m.group(1)) \
                    and not mentions.person_shaped(m.group(1)) and not wordlist.is_common_word(m.group(1)):
                out += accept(text, m.start(1), m.end(1), slot=True)
    for pattern, slot in ((c.holders_of, True), (c.org_officers, False)):
        for m in pattern.finditer(text):
            end = m.start()
            start = mentions._past_verb(text, mentions._left_edge(text, end, mentions.rules(), window=10), end)
            start = max([x.end() for x in c.object_lead.finditer(text, start, end)] + [start])  # 新进|澜石股份前十大
            if end - start >= 2 and not any(valued[start:end]):
                out += accept(text, start, end, slot=slot)
    return out


# A是B的控股股东, A为B的第一大股东, A成为B的实际控制人: B, the company a holder's rank is held in
_RANK_HELD_IN = re.compile(rf"(?:是|为|成为)([{NAME}]{{2,12}}?)的(?:控股股东|第[一二三]大股东|最大股东|大股东|实际控制人)")


# A与B共同出资设立C, 与B联合收购C, 与B合资成立C: B, the partner named between 与 and the joint deal
_PARTNER_IN_DEAL = re.compile(rf"与([{NAME}]{{2,12}}?)(?=(?:共同|联合|一起)(?:出资|投资|设立|成立|发起|收购|创立|创办)|"
                              r"合资(?:设立|成立|组建|创办))")
# 锦岳科技与岚山云签署战略合作协议 / 同星澜正式签订合同 / 与北辰数据就算力租赁达成合作: the party a company signs with or
# teams up with, named between 与/同/跟 and the verb of signing (a name no lexicon or ending knows: a brand alone)
_SIGNS_WITH = re.compile(rf"(?:与|同|跟)([{NAME}]{{2,12}}?)(?=(?:正式|共同|再次|首次|成功|已|将|拟|还|也|又|同期|同日|同时|当天|当日|近日|"
                         r"日前|此前|今年|昨日|昨天|今天|今日|本月|上月)?"
                         r"(?:签署|签订|签约|达成|缔结|携手|共建|组建|组成|开展合作|建立合作|展开合作|战略合作|深化合作)|"
                         r"就[^，,。；;！？!?]{1,20}?(?:达成|签署|签订|开展合作))")
# 投资方包括澄川股权、北辰先导基金和岚山技术 / 新进入的资方有A、B: the investors listed after the word, each a party
# (no ending needed: the list says what they are); the list ends at its clause's end or at 等
_INVESTOR_LIST = re.compile(r"(?:投资方|资方|投资人|投资机构|出资方|参投方|跟投方|新股东|老股东)(?:还)?(?:包括|包含|有|为|分别为|分别是)"
                            rf"[:：]?\s*((?:[{NAME}]{{2,16}}(?:、|和|及|以及|与))*[{NAME}]{{2,16}})"
                            r"(?=等|[，,。；;！？!?\n]|$)")
_LIST_OPENER = re.compile(r"(?:投资方|资方|投资人|投资机构|出资方|参投方|跟投方|新股东|老股东)(?:还)?(?:包括|包含|有|为|分别为|分别是)")
_LIST_ITEM_SPLIT = re.compile(r"、|以及|和|及|与")
# 澄川科技正与青禾互动洽谈收购事宜 / 与北辰数据就入股一事进行磋商: the party a deal is talked over with, named between
# 与/同/跟 and the talks, where a deal word goes with them (与多家机构洽谈: no deal named, no cue)
_TALKS_WITH = re.compile(rf"(?:与|同|跟)([{NAME}]{{2,12}}?)(?=(?:正在|正|已|仍|还在)?(?:洽谈|商谈|磋商|谈判|接洽|商讨)"
                         r"(?:收购|并购|入股|投资|增资|注资|控股|出售|转让|合并)|"
                         r"就[^，,。；;！？!?]{0,12}?(?:收购|并购|入股|投资|增资|注资|控股|出售|转让|合并)[^，,。；;！？!?]{0,10}?"
                         r"(?:洽谈|商谈|磋商|谈判|接洽|商讨))")
# 王澜对青岸收购B一事回应称 / 对青岸拟收购B的传闻不予置评: the maker of a deal that is the topic of what is said, named
# between 对 and the deal verb, the deal closed by 一事, 事宜 or a word of news
# 星衡被岚序以10亿元收购 / 被B以现金方式全资收购: the buyer between 被 and how it pays, before the deal verb
_BOUGHT_BY_MEANS = re.compile(rf"被([{NAME}]{{2,12}}?)(?=(?:以|通过|用|斥资)[^，,。；;！？!?]{{1,16}}?(?:全资)?(?:收购|并购|控股|吞并))")
_DEAL_TOPIC = re.compile(rf"对([{NAME}]{{2,12}}?)(?=(?:拟|计划|此前|此次|本次|将)?(?:收购|并购|入股|增持|投资)[^，,。；;！？!?]{{1,30}}?"
                         r"(?:一事|一案|事宜|事件|的消息|的传闻|传闻|的交易))")
# 锦岳科技向岚山云采购一批服务器 / 从星澜批量订购 / 向澄睿独家供货: the seller or the buyer of goods, named between 向/从
# and the verb of the trade (how the goods go may stand between: 批量, 独家, 首次 …)
_TRADE_HOW = r"(?:公开|招标|询价|竞价|比选|正式|首次|再次|已|已经|将|拟|计划|还|也|又|累计|持续|长期|分批|集中|定向|直接|独家|批量|大量|大批|额外|追加|陆续)*"
_TRADES_WITH = re.compile(rf"(?:向|从)([{NAME}]{{2,12}}?)(?={_TRADE_HOW}(?:采购|订购|购买|购入|购置|采买|租用|租赁|下单|进口|"
                          r"供货|供应|交付|出货|提供|销售))")
# 采购了岚山云的算力服务器 / 部署2000台星澜的GPU / 采用澄睿的激光雷达: the maker named before 的 and goods of the industry
_MAKER_OF_GOODS = re.compile(rf"(?:采购|购买|购入|订购|租用|部署|采用|搭载|引进|引入)了?(?:\d[\d.,]*\s*[万千百]?(?:台|颗|张|块|套|片|枚))?"
                             rf"([{NAME}]{{2,12}}?)的(?=[A-Za-z0-9\-]{{0,10}}\s*(?:AI|GPU|人工智能|算力|推理|训练|高端|定制|液冷|智算|智驾|"
                             r"车规级|新一代|最新)*(?:芯片|GPU|显卡|加速卡|算力卡|服务器|晶片|处理器|光模块|交换机|一体机|激光雷达|"
                             r"毫米波雷达|域控制器|传感器|算力|存储))")
_FUNCTION_END_TAGS = frozenset({"d", "ad", "s", "r", "f"})
_DETERMINERS = frozenset("同该本此这那其各每某原")
# what a group of companies is called (头部云厂商, 主流车企, 广大开发者), never one company's own name
_KIND_ENDS = ("者", "厂商", "厂家", "车企", "巨头", "龙头", "独角兽", "供应商", "运营商", "服务商", "制造商", "开发商", "经销商",
              "代理商", "集成商", "们", "团队")


def _bare_name(name: str) -> bool:
    """A stretch in a slot that only a party fills may be a name with no firm suffix (星衡, 澄芯) unless it is shaped
    like a person's name, names a kind of firm (头部云厂商), opens with a determiner (该, 其), is a word of the
    dictionary other than an organisation's or an abbreviation, or is made of common words."""
    from dealgraph.extract import mentions

    return not mentions.person_shaped(name) and not name.endswith(_KIND_ENDS) and name[0] not in _DETERMINERS \
        and wordlist.words().get(name) in _NAME_TAGS and not mentions._common_words(name)


# the dictionary's tags a name may carry: none, an organisation's, a proper noun's, an abbreviation's
_NAME_TAGS = (None, "nt", "nz", "j")


def _adverb_or_place_end(name: str) -> bool:
    """向社会公开|采购, 从农户手中|采购, 向广大开发者|提供: a stretch before the verb that ends in an adverb, a place word
    (手中, 那里), a person noun in 者 or a kind of firm (头部云厂商) is a phrase, no party's name; so is a dictionary word (全社会, 北辰: a star)
    other than an organisation's or an abbreviation."""
    if name.endswith(_KIND_ENDS) or len(name) > 2 and wordlist.words().get(name[-2:]) in _FUNCTION_END_TAGS \
            or name[0] in _DETERMINERS or name[0].isdigit() and wordlist.words().get(name.lstrip("0123456789.")):
        return True  # 采用了同款的芯片: the same model; 采用了7纳米的芯片: a measure, no maker
    return wordlist.words().get(name) not in _NAME_TAGS  # 向全社会询价采购: a word of the dictionary, no name


# 持股6.32%的B, 持有公司5%股份的B: a holder described by the stake it holds, named right after 的
_STAKE_THEN_HOLDER = re.compile(r"(?:持股|持有(?:公司|本公司|上市公司)?(?:股份)?(?:比例)?)\s?(?:约|为)?\s?\d+(?:\.\d+)?\s?%"
                                r"(?:股份|股权|的股份|的股权)?的")


# 据财报披露, 据交易所文件显示, 据公司公告: a document tells it, no organisation's name
_DOCUMENT_TOLD = re.compile(r"(?:财报|公告|报告|数据|报道|统计|资料|消息|文件|招股书|说明书|年报|季报|半年报|通报|信息)$")


# a kind of firm after a field (激光雷达企业, AI芯片厂商): the words describe the party named after them
_FIRM_KIND_AFTER = re.compile(r"企业|公司|厂商|厂家|供应商|服务商|制造商|运营商|龙头")


_STANDING = re.compile(r"(?:国内|国产|海外|全球|美国|中国|本土|头部|知名|明星|新锐|老牌|一家|这家)*")


def _past_field_kind(text: str, s: int, e: int) -> int:
    """与国产自动驾驶公司B签署: where the party's name starts after a field the taxonomy knows and a kind of firm
    opening the span (s where the span opens with none, or nothing is left after them)."""
    from dealgraph.extract import mentions

    lead = _STANDING.match(text, s, e).end()
    for kind in _FIRM_KIND_AFTER.finditer(text, lead + 2, e):
        if e - kind.end() >= 2 and mentions._field_word(text[lead:kind.start()]):
            return kind.end()
    return s


def _objects(text: str, valued: bytearray, accept: Accept) -> list[Mention]:
    """收购澜石科技51%股权, 增持了中航澜海、金融街和青松: the names after a deal verb, one after another
    while a coordinator joins them; a member coordinated with a name found before it is a name too, even
    where it reads as a noun of the dictionary (金融街, 青松: a company's short name)."""
    c, out = cues(), []
    for lead in c.object_lead.finditer(text):
        start = lead.end()
        if and_then_verb(text, lead):
            continue  # 采取还款并购回质押股票: 并 (and), then the verb 购回; no object of 并购
        quantity = _SHARE_OF_IT.match(text, start)  # 收购一部分|澜总支线的股份: how much is bought, no name
        start = quantity.end() if quantity else start
        party = PARTY_LEAD.match(text, start)  # 收购关联方|青川投资持有的…: what the seller is, no part of its name
        start = party.end() if party else start
        if _COMPANY_SHARES.match(text, start):
            continue  # 持有公司股份由6亿股降至…: the company's shares, no name
        done_to = text[lead.end() - 1] == "对"  # 已对A增资, 拟对A投资: a deal verb may close the name
        members: list[tuple[int, int, bool]] = []
        while True:
            quoted = _QUOTED_OBJECT.match(text, start)  # 收购“新加坡澄东”100%股权: the name in quotes, what is bought after them
            if quoted is not None and (_bought_after(text, quoted.end(), valued) or c.coordination.match(text, quoted.end())):
                members.append((quoted.start(1), quoted.end(1), _shares_follow(text, quoted.end(), valued)))
                more = c.coordination.match(text, quoted.end())
                if more is None:
                    break
                start = more.end()
                continue
            end = _object_end(text, start, valued, listed=bool(members), done_to=done_to)
            if end - start < 2:
                break
            slot = _shares_follow(text, end, valued)
            members += [(s, e, slot) for s, e in _split_pair(text, start, end)]
            bracket = _BRACKET_AFTER.match(text, end)  # 收购澜意科技(香港)|和…: the list goes on past a remark
            more = c.coordination.match(text, bracket.end() if bracket else end)
            if more is None:
                break
            start = more.end()
        # 收购了星河和蓝海两家公司: a list closed by a count of firms lists firms, every member a name
        counted = len(members) > 1 and _COUNTED_FIRMS.match(text, members[-1][1]) is not None
        named = False  # 增持了澜石科技、金融街和青松: a member after a name is listed beside it
        for s, e, slot in members:
            if text.endswith("资金", s, e):
                continue  # 拟对原募集资金投资项目进行变更 / 对闲置资金进行管理: money of its own, no company
            found = accept(text, s, e, slot=slot, member=(named or counted) and not _asset(text[s:e]))
            out += found
            named = named or bool(found)
    return out


# 持有公司股份由6亿股降至… / 减持至多公司总股本2% / 减持不超过总股本的1%: the company's shares or a part of its stock
_QUOTED_OBJECT = re.compile(rf"[“\"「]([{NAME}]{{2,16}})[”\"」]")
_COMPANY_SHARES = re.compile(r"(?:(?:至多|不超过|不超|最多|合计|累计|共计|约|逾)\s*)?(?:本|该)?(?:公司|上市公司)?(?:总股本|股份|股权|股票)")
_BRACKET_AFTER = re.compile(r"[(（][^()（），,。；;、]{1,8}[)）]")


def and_then_verb(text: str, lead: re.Match[str]) -> bool:
    """并购回, 并购入: 并 (and) before a verb that 购 opens with the next character (购回, 购入), not the verb 并购."""
    return lead.group() == "并购" and wordlist.words().get(text[lead.end() - 1:lead.end() + 1]) == "v"
# 两家公司, 等三家企业, 等10家机构, 两家子公司: a count of firms (家, their classifier) closing a list
_COUNTED_FIRMS = re.compile(r"等?(?:[一二三四五六七八九十两几多数]+|\d+)家[\u4e00-\u9fff]{0,8}?"
                            r"(?:公司|企业|机构|银行|券商|厂商|车企|药企|房企|险企|平台|工厂|门店)")


def _asset(word: str) -> bool:
    """团队, 厂房, 银行股: a thing a deal buys besides a company, or a kind of stock (ending in 股)."""
    return word in cues().assets or word.endswith("股")


def _staked(text: str, valued: bytearray, accept: Accept) -> list[Mention]:
    """…隔膜企业澜石恩捷90.08%股权: the name right before a stake is the company whose shares they are."""
    from dealgraph.extract import mentions

    out = []
    for m in _STAKE.finditer(text):
        end = m.start() - (text[m.start() - 1:m.start()] == "之")  # 收购Lumora之100%股权: 之, the written 的
        if text[end - 1:end] == " " and "\u4e00" <= text[end - 2:end - 1] <= "\u9fff":
            end -= 1  # 持有的澜石晶芯 43.5% 股权: a space set between a Chinese name and its stake
        if end < 2 or any(valued[end - 2:end]) or not _NAME_CHAR.match(text, end - 1):
            continue
        start = mentions._left_edge(text, end, mentions.rules(), window=10)
        glued = start and (text[start - 1].isascii() and text[start - 1].isalnum() or text[start - 1] == " ")
        if end - start >= 2 and not glued and not cues().object_stop.search(text, start, end):  # 所持, 剩余
            out += accept(text, start, end, slot=True)
    return out


_SHARE_OF_IT = re.compile(r"(?:全部|部分)(?:或|或者)(?:全部|部分)的?|(?:一|一小|小|一大)部分的?|(?:全部|部分|剩余|其余)的?(?=[^，,；;。]{2,12}?股权)")  # 所持全部或部分B的股权, 出售部分B股权
# 收购关联方澜石投资、控股股东青禾集团持有的…: the seller's relation to the buyer, before the seller's name
# (not before 家族/的/及…: 收购股东的股份, 收购股东及其关联方 name no seller right there)
PARTY_LEAD = re.compile(r"(?:关联方|关联人|控股股东|交易对方|原股东|股东)(?!家族|的|及|和|与|会|大会|权益)"
                        r"(?=[\u4e00-\u9fffA-Za-z])")
# (two name characters before it, checked behind each form: a pattern opening with a lookbehind is tried at
# every character)
_SHARES_OF = re.compile(rf"(?:的股[权份](?<=[{NAME}]{{2}}的股[权份])|股[权份](?<=[{NAME}]{{2}}股[权份]))"
                        r"(?!有限|公司|合作|制)")
_NOT_NAME_END = frozenset({"d", "m", "r", "p", "c", "u", "f", "t", "q", "mq"})  # 全部|股权, 其|股份
_OWNED_LEADS = re.compile(r"的|收购|购买|受让|增持|认购|买入|取得|获得")
_NAME_RUN_ONLY = re.compile(f"[{NAME}]{{2,10}}")
_QUANTITY = re.compile(r"(?:全部|部分)(?:或|或者)(?:全部|部分)的?|全部|部分|剩余|其余|所有")  # 所持全部或部分B股权
_HELD_BY = re.compile(r"(?:手中|手里|名下|性)\Z")


def _owned(text: str, valued: bytearray, accept: Accept) -> list[Mention]:
    """收购的青禾影视股权, 王某手中的澜石照明股权, 要约收购澜石能源股份的责任: the name right before
    股权/股份, after 的 or a deal verb, is the company whose shares they are."""
    matches = list(_SHARES_OF.finditer(text))
    if not matches or not cues().deal_verb.search(text):
        return []  # shares named outside any deal
    c, w, out = cues(), wordlist.words(), []
    for m in matches:
        end = m.start()
        if valued[end - 1] or valued[end - 2]:
            continue
        leads = [x.end() for x in _OWNED_LEADS.finditer(text, max(0, end - 14), end - 2)]
        if not leads or not _NAME_RUN_ONLY.fullmatch(text, leads[-1], end):
            continue
        start = leads[-1]  # after the last lead
        quantity = _QUANTITY.match(text, start, end - 2)  # 持有的全部|星辰股份: the quantity bought, no name
        start = quantity.end() if quantity else start
        if _LIST_OPENER.match(text, start):
            continue  # (wt-ib) 新进入的资方有澄川股权: a list of investors opens there (_INVESTOR_LIST names its items)
        if _HELD_BY.search(text, start, end) or c.object_stop.search(text, start, end) or \
                w.get(text[start:start + 2]) in ("v", "vn") or w.get(text[end - 2:end]) in _NOT_NAME_END:
            continue  # 手中的股份, 控制性股权: a holder, a kind; 回购|澜石精实股权: a verb; 全部股权
        out += accept(text, start, end, slot=True)
    return out


def _owned_bought(text: str, valued: bytearray, accept: Accept) -> list[Mention]:
    """收购澄星电子的青禾物流，…: the run after the owner's name and 的, closing the deal's clause, is the company bought
    (a business or assets bought of it, 的芯片设计业务, are no name: the name check and the asset words leave them)."""
    from dealgraph.extract import mentions

    if "的" not in text:
        return []
    out = []
    for m in _OWNED_BOUGHT.finditer(text):
        name = m.group(1)
        if any(valued[m.start(1):m.end(1)]) or name.endswith(_ASSET_ENDS) or name[0] in _DETERMINERS \
                or wordlist.words().get(name) not in _NAME_TAGS or mentions._common_words(name) \
                or _PREDICATE_INSIDE.search(m.group()) or wordlist.words().get(name[-2:]) in ("v", "vd", "vn", "a", "d"):
            continue  # 收购A的交易已完成, 的可能性不大: what is said of the deal, no company
        out += accept(text, m.start(1), m.end(1), slot=True)
    return out


# the verb, the owner's name (a run that no 的 or stake breaks) and 的, then a run closing the clause
_OWNED_BOUGHT = re.compile(rf"(?:收购|并购|买下|购得|吞并)了?[{NAME}]{{2,12}}?(?:控股|旗下|持有|所持有|所持)?的([{NAME}]{{2,10}})(?=[，,。；;]|$)")
# what of a company a deal buys, closing the run after 对 (对A相关知识产权的收购, 对A部分资产的收购): A's, not part of its name
_BOUGHT_OF_IT = re.compile(r"(?:相关|部分|全部|旗下|名下|持有的|的)(?:知识产权|专利|商标|资产|业务|品牌|技术|股权|股份)$")
_PREDICATE_INSIDE = re.compile(r"[已将正在不未没也都还被时所]|支付|对价")  # (收购时所支付的全部对价, 收购B的质疑时表示)
_ASSET_ENDS = ("业务", "资产", "股权", "股份", "部门", "板块", "项目", "工厂", "产能", "品牌", "专利", "技术", "团队", "公司",
               "子公司", "企业", "物业", "土地", "门店", "股票", "权益", "份额", "债权", "工作", "交易", "计划", "事项", "方案")


def _split_pair(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """收购杭州澜舟和苏州青苗各60%股权: two names joined by 和/与/及 (the last one: a name may hold 和
    itself), unless the joining character belongs to a word around it (祥和, 和平) or a verb follows it."""
    for k in range(end - 3, start + 1, -1):  # the last joiner: 广西祥和顺和日昇海洋 → 广西祥和顺, 日昇海洋
        if text[k] in "和与及" and not any(wordlist.is_common_word(text[a:a + 2]) for a in (k - 1, k)) and \
                wordlist.words().get(text[k + 1:k + 3]) != "v":  # 收购威海怡和|进军…: a verb opens no name
            return [(start, k), (k + 1, end)]
    return [(start, end)]


def _shares_follow(text: str, end: int, valued: bytearray) -> bool:
    """收购X 51%股权, 收购X全部股份: what is bought follows the name, so a name stands there."""
    return bool(valued[end] or text.startswith("的", end) and valued[end + 1] or cues().shares.match(text, end))


_VERB_DONE_TO = re.compile(r"(?:进行|实施)?(?:增资|注资|投资|出资|战略投资|财务投资|收购|并购|控股|入股|参股|要约收购)")


def _name_chars_end(text: str, start: int, stop: int, valued: bytearray) -> int:
    """Where the run of name characters from start stops: at stop, a character of no name, or a value."""
    if start >= stop:
        return start
    end = _NAME_CHARS.match(text, start, stop).end()  # type: ignore[union-attr]
    value = valued.find(1, start, end)
    return end if value < 0 else value


def _object_end(text: str, start: int, valued: bytearray, limit: int = 16, listed: bool = False,
                done_to: bool = False) -> int:
    """Where the name after a deal verb stops: at a value, a stop word (的, 持有的, 股权 …), or punctuation;
    only a name followed by what is bought (51%, 股权, 、 …) counts. In a list (`listed`: after another
    member, or with 和/与/及 inside) a count of firms closes it: 收购星河和蓝海|两家公司 (but 收购澜石
    三家子公司的股权: the subsidiaries of one company, its name not closed there)."""
    c = cues()
    if c.object_stop.match(text, start) or c.object_non_start.match(text, start) or _party_noun(text, start):
        return start
    end = _name_chars_end(text, start, min(len(text), start + limit), valued)
    if done_to:  # 已对青禾数据增资2亿元: the name stops at the verb done to it
        verb = next((k for k in range(start + 2, end) if _VERB_DONE_TO.match(text, k)), None)
        if verb is not None:
            return verb
    stops = [m for m in c.object_stop.finditer(text, start + 2, end) if not _opens_noun(text, m)]
    if len(stops) > 1 and len(stops[0].group()) == 1 and not _bought_after(text, stops[0].start(), valued) \
            and cues().object_end.match(text, stops[1].start()):
        stops = stops[1:]  # 收购澜石为森额外13%股权: a one-character stop (为) inside, what is bought at the next
    counted = _COUNTED_FIRMS.search(text, start + 2, end)  # 收购了星河和蓝海|两家公司: the count closes the list
    if counted and (not stops or counted.start() < stops[0].start()) and \
            (listed or len(_split_pair(text, start, counted.start())) > 1):
        return counted.start()
    if stops:
        end = stops[0].start()
    if end - start > 2 and text[end - 1] == "之" and valued[end]:
        end -= 1  # 收购Lumora之100%股权: 之, the written 的, before the stake
    rest = text[end:end + 6]
    shares_follow = valued[end] or rest[:1] == "的" and valued[end + 1] or c.object_end.match(rest)
    if shares_follow:
        return end
    if c.coordination.match(rest) or end == len(text) or not _NAME_CHAR.match(text, end):
        return _past_predicate(text, start, end) if rest[:1] not in "(（" else end
    if listed:  # 收购了A、动漫玩具供应商B和物流基地C: a later member whose run, past a joiner, outgrows the limit ends at it
        joiner = next((k for k in range(start + 2, end - 1) if text[k] in "和与及"
                       and not any(wordlist.is_common_word(text[a:a + 2]) for a in (k - 1, k))
                       and wordlist.words().get(text[k + 1:k + 3]) != "v"), None)
        if joiner is not None:
            return joiner
    return start


def _party_noun(text: str, start: int) -> bool:
    """收购方将持有…, 收购人及其一致行动人, 投资者: a character that makes the deal verb before it a party
    (收购方, 收购人) opens no name, unless it opens a word of its own (收购方正证券: 方正)."""
    return text[start:start + 1] in cues().party_chars and wordlist.words().get(text[start:start + 2]) is None


def _bought_after(text: str, end: int, valued: bytearray) -> bool:
    """A value, or what is bought (股权, 额外, 全部 …), right after `end`."""
    rest = text[end:end + 6]
    return bool(valued[end] or rest[:1] == "的" and valued[end + 1] or cues().object_end.match(rest))


_PREDICATE_TAGS = frozenset({"v", "a", "ad", "d"})
_ADVERBS_INSIDE = frozenset("再也又还已都仍就才均亦")


def _past_predicate(text: str, start: int, end: int) -> int:
    """收购澜石钢铁产能增加, | 收购青禾再告失败、: an object that runs up to punctuation with nothing
    bought after it may carry the clause's predicate; verbs, adjectives and adverbs of two characters
    at its end (leaving three characters or more), and what follows an adverb of one character inside
    it (再, 也, 又 …, not in a word: 再生), are no part of the name."""
    w = wordlist.words()
    cut = next((k for k in range(start + 2, end) if text[k] in _ADVERBS_INSIDE and
                not wordlist.is_common_word(text[k - 1:k + 1]) and not wordlist.is_common_word(text[k:k + 2])), end)
    while cut - start >= 5 and w.get(text[cut - 2:cut]) in _PREDICATE_TAGS and not wordlist.is_rare_word(text[cut - 2:cut]):
        cut -= 2
    return cut


def _opens_noun(text: str, stop: re.Match[str]) -> bool:
    """收购澜星时代60%股权, 收购澜石在线51%股权: a one-character stop (时, 在) that opens a noun (时代, 在线)
    is part of the name."""
    return len(stop.group()) == 1 and wordlist.words().get(text[stop.start():stop.start() + 2]) in _NOUN_TAGS


_COPULA_AFTER_ROLE = frozenset("有")


def _appositions(text: str, valued: bytearray, accept: Accept) -> list[Mention]:
    """其控股孙公司澜海云图收购…, 收购人北岭文化拟…, 控股股东青松集团及一致行动人…, 旗下的澜泽投资和…分别增持:
    the name in apposition right after a noun for a party's role (names.yaml `apposition_nouns`), up to a
    word that follows a subject, a coordinator or a deal verb; there a name may open with a word that
    opens no name elsewhere (当代, 向阳). A deal verb right after the noun (由相关子公司跟投组成) is the unit's deal,
    and a role noun whose 方 opens a word (转让方式) is none: no name follows either."""
    from dealgraph.extract import mentions

    c, out = cues(), []
    for m in c.apposition.finditer(text):
        if any(valued[m.start(1):m.end(1)]) or c.object_stop.match(text, m.start(1)) or glued_word(text, m.start(1)) or \
                c.deal_verb.match(text, m.start(1)) or c.subject_bad_start.match(text, m.start(1)) or \
                mentions._common_words(m.group(1)) and not _NUMBERED_BUREAU.fullmatch(m.group(1)) \
                or text[m.start(1)] in _COPULA_AFTER_ROLE:
            continue  # (子公司|名下房产: ordinary words; 股东|打算一共减持: a plan; 老股东|有A和B: the list's verb, no name)
        legal = [x.end() for x in mentions._LEGAL_END.finditer(text, m.start(1) + 2, m.end(1))]
        end = legal[-1] if legal else m.end(1)  # 子公司华岳电子有限公司|发行股份购买…: a legal name ends there
        out += accept(text, m.start(1), end, slot=True, introduced=True)
    return out


# 中铁二十一局, 中建三局, 中交二航局: a group's short name, the unit's number and 局 (its bureau, a company of its own)
_NUMBERED_BUREAU = re.compile(r"[\u4e00-\u9fff]{2,4}?[一二三四五六七八九十]{1,3}[\u4e00-\u9fff]?局")


def glued_word(text: str, start: int) -> bool:
    """转让方式, 受让方面, 买方案: a role noun ending in 方 whose 方 opens a word with the character after it
    (方式, 方面, 方案) is no role noun there, and no name follows it."""
    return text[start - 1:start] == "方" and wordlist.words().get(text[start - 1:start + 1]) is not None


# 增持金额最多的是澜思辰, 净买入最多的为青松股份; 其次是星河新材: the stocks a ranking of trades names
_RANKING = re.compile(r"(?:增持|减持|买入|卖出|净买入|净卖出|新进|加仓|减仓)[^，,。；;]{0,6}?(?:最多|最大|最高|最少|居首|居前)的?(?:是|为)"
                      rf"([{NAME}]{{2,12}}?)(?=[，,。；;(（、和及]|$)")
_NEXT_IN_RANKING = re.compile(rf"(?<=[，,；;])(?:其次是|其次为|其后是|紧随其后的是)([{NAME}]{{2,12}}?)(?=[，,。；;(（、和及]|$)")


def _ranked(text: str, valued: bytearray, accept: Accept) -> list[Mention]:
    """数据显示，增持金额最多的是澜思辰，…；其次是青程新材，…: in a ranking of the stocks traded, what stands
    after 最多的是 (and after 其次是, once such a ranking opened the sentence) is a stock's name."""
    out, ranked_at = [], -1
    for m in _RANKING.finditer(text):
        ranked_at = m.start() if ranked_at < 0 else ranked_at
        if not any(valued[m.start(1):m.end(1)]):
            out += accept(text, m.start(1), m.end(1), slot=True)
    if ranked_at >= 0:
        for m in _NEXT_IN_RANKING.finditer(text, ranked_at):
            if _sentence_end(text, ranked_at) > m.start() and not any(valued[m.start(1):m.end(1)]):
                out += accept(text, m.start(1), m.end(1), slot=True)
    return out


def _renamed(text: str, valued: bytearray, accept: Accept) -> list[Mention]:
    """澜江化(青峰堂原名)实施重组, 上市公司澜通鑫源(前身鑫源科技,000999), 作为澜丽生态(*ST澜丽)收购…: only an
    organisation has a former name, a later name or a special-treatment stock name in brackets after it,
    so the run right before such a bracket is a name."""
    from dealgraph.extract import mentions

    if "(" not in text and "（" not in text:
        return []
    r, out = mentions.rules(), []
    for m in _RENAMED.finditer(text):
        end = m.start()
        if end < 2 or any(valued[end - 2:end]) or not _NAME_CHAR.match(text, end - 1):
            continue
        run = _NAME_RUN_BEFORE.search(text, max(0, end - 10), end)
        start = run.start() if run else end
        cuts = [x.end() for x in r.left_stop.finditer(text, start, end - 2)
                if wordlist.words().get(x.group()) not in _NOUN_VN_TAGS]  # 作为|澜丽生态: not at 生态, a noun
        start = mentions._past_verb(text, max(cuts, default=start), end)
        if end - start >= 2 and text[start - 1:start] != "\ufffd":  # a character lost to a broken encoding: a cut name
            out += accept(text, start, end, slot=True)
    return out


def _subjects(text: str, valued: bytearray, accept: Accept) -> list[Mention]:
    """Names opening a clause (after dates and connectives) right before a word that leads to a deal or another
    fact (names.yaml `subject_fact_words`)."""
    c, out = cues(), []
    verbs = sorted([m.start() for m in c.deal_verb.finditer(text)] + [m.start() for m in c.fact_word.finditer(text)])
    ends = [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]

    def sentence_end(pos: int) -> int:  # _sentence_end by bisect over this text's sentence ends
        return ends[bisect_left(ends, pos)]

    starts = [0] + [p for p in _after_clause_marks(text) if text[p - 1] != "," or not _digit_comma(text, p)]
    if "称" in text or "透露" in text or "表示" in text:  # 有消息称星衡拟…: what a source says opens a clause
        starts = sorted(set(starts + [m.end() for m in _SOURCE_SAYS.finditer(text)]))
    spaced = spaced_clause_starts(text)  # 远山股份收购青禾科技 北辰电子收购蓝湾微: each spaced clause opens too
    for pos in sorted(set(starts + spaced)) if spaced else starts:
        i = bisect_left(verbs, pos)
        if i == len(verbs) or verbs[i] >= sentence_end(pos):
            continue  # no deal in the rest of the sentence
        while True:
            pos = c.subject_lead.match(text, pos).end()  # type: ignore[union-attr]
            if pos < len(text) and valued[pos]:
                pos = _past_value(text, pos, valued)
                continue
            break
        glued = _glued_lead(text, pos)  # 此前星衡被曝…, 然而澄芯拟…: an adverb or connective glued to the name
        found = _subject_at(text, glued, valued, accept, sentence_end) if glued > pos else []
        out += found or _subject_at(text, pos, valued, accept, sentence_end)
    return out


_GLUED_THEN = frozenset("便即")
# A source, then its verb of saying, glued to the clause it reports (消息称星衡拟…, 知情人士透露澄芯已…)
_SOURCE_SAYS = re.compile(r"(?:消息|传闻|报道|知情人士|消息人士|业内人士|媒体)(?:称|透露|表示|指出)")


def _subject_at(text: str, pos: int, valued: bytearray, accept: Accept, sentence_end: Callable[[int], int]) -> list[Mention]:
    """The name opening a clause at pos, right before a word that follows subjects, where a deal or fact follows."""
    from dealgraph.extract import mentions

    c = cues()
    m = c.subject.match(text, pos)
    if m is None or any(valued[m.start(1):m.end(1)]):  # 长岭高新5月20日晚间公告
        m = _subject_before_date(text, pos, valued)
    if m is None or any(valued[m.start(1):m.end(1)]) or c.subject_bad_start.match(m.group(1)):
        return []
    if text.startswith("联合", m.end(1)) and m.end(1) - m.start(1) <= 8 and c.subject_follow.match(text, m.end(1) + 2) \
            and not _NAME_JOINER.search(m.group(1)):
        m = _JOINT_NAME.match(text, m.start(1))  # 宁波联合发布公告: a name ending in 联合 (joint, with whom? none named)
    if c.deal_verb.search(text, m.end(1), sentence_end(m.end(1))) or _fact_in_clause(text, m.end(1)) \
            and wordlist.words().get(m.group(1)) != "ns":  # 海淀又冒出一家…完成融资: a place, no party
        day = _TRAILING_DAY.search(text, m.start(1) + 2, m.end(1))  # 澜翔青达8日午间公告: a day, no name
        end = mentions.at_ending(text, m.start(1), day.start() if day else m.end(1))
        end = _before_stop(text, m.start(1), end)
        unit = _UNIT_TAIL.search(text, m.start(1) + 2, end)
        if unit is not None:
            end = unit.start()  # 澄湖智联子公司中标…: the company's unit, unnamed; the name ends before the word
        if _TOPIC_AFTER.match(text, end) or _NO_PARTY_TAIL.search(text, m.start(1), end):
            return []  # 股权结构方面，A持有…: a topic of the text, no party (A方面表示: the company's side)
        if end - m.start(1) >= 3 and text[end - 1] in _GLUED_THEN and end == m.end(1) \
                and not wordlist.is_common_word(text[end - 2:end]):  # (立即, 旋即: a word of its own)
            end -= 1  # 好想你便发布了…: an adverb of sequence (便, 即) glued between the name and its verb
        return accept(text, m.start(1), end, slot=bool(c.deal_follower.match(text, end)) or _sells_or_wins(text, m.start(1), end),
                      strong=end == m.end(1) and bool(c.strong_follower.match(text, end)))
    return []


# Tags of the words that open a clause before its subject and never a company's name: conjunctions (然而, 因此),
# adverbs (最终, 随后), idioms (也就是说); and words of time relative to the story (此前, 之前, 近期, 后来, 彼时,
# 当时, 目前) — not words of an era (现代, 当代, 未来), which open names (当代明诚)
_GLUED_TAGS = frozenset({"c", "d", "l"})
_RELATIVE_TIME_TAGS = frozenset({"t", "f", "r"})
_RELATIVE_TIME = re.compile(r"[此之其近早彼前后时]|以来|年来|后来|近来")


def _glued_lead(text: str, pos: int) -> int:
    """Where the subject starts after a word of time or connection glued to it at a clause's opening (此前星衡被曝…,
    最终澄芯以…): the longest dictionary word of two to four characters there, when its kind never opens a name
    and two or more name characters follow it; else pos."""
    w = wordlist.words()
    for n in (4, 3, 2):
        word = text[pos:pos + n]
        tag = w.get(word) if len(word) == n else None
        if tag is None:
            continue
        if not (tag in _GLUED_TAGS or tag in _RELATIVE_TIME_TAGS and _RELATIVE_TIME.search(word)):
            return pos
        if _NAME_CHARS.match(text, pos + n).end() - (pos + n) < 2:  # type: ignore[union-attr]
            return pos
        return pos + n
    return pos


_JOINT_NAME = re.compile(f"([{NAME}]{{2,8}}?联合)")
_NAME_JOINER = re.compile(r"[与和及同跟]")


# What a profile of a company says right after its name: when it was founded, what it does, where it sits
# (青禾微电成立于2019年，主要从事…; 澄芯是一家专注于…的公司): only a company (or a person, left to the person finder)
# opens such a clause
_PROFILE_FOLLOW = re.compile(r"(?:正式)?(?:成立|创立|创办|创建|始创|注册成立|诞生)于|(?:主要|主营|专业|专门|长期|一直)?从事|"
                             r"(?:一直|长期|始终)?(?:专注|聚焦|致力)于|(?:是|为)(?:一家|国内|全球|中国|我国|业内)|总部(?:位于|设在|设于)|"
                             r"(?:一直|长期|始终)?(?:主打|专做|专门做|主攻|深耕|定位于|定位为)|主要(?:生产|研发|制造)")
_PROFILE_WORDS = ("成立", "创立", "创办", "创建", "始创", "诞生", "从事", "专注", "聚焦", "致力", "一家", "总部", "主打", "专做",
                  "专门做", "主攻", "深耕", "定位", "主要生产", "主要研发", "主要制造")


def _profiled(text: str, valued: bytearray, accept: Accept) -> list[Mention]:
    """青禾微电成立于2019年, 澄芯主要从事GPU芯片设计, 星衡是一家专注于…的公司, 岚光总部位于苏州: the name opening
    a clause right before the words of a company's profile, where no deal verb follows to make it a deal's
    subject (a name with no firm suffix is found nowhere else)."""
    from dealgraph.extract import mentions

    if not any(w in text for w in _PROFILE_WORDS):
        return []
    c, out = cues(), []
    for pos in _clause_openings(text):
        m = _NAME_RUN.match(text, pos)
        if m is None:
            continue
        follow = _PROFILE_FOLLOW.search(text, pos + 2, min(m.end(), pos + 11) + 4)
        if follow is None or follow.start() > m.end() or follow.start() - pos > 10:
            continue
        start, end = pos, follow.start()
        if text[end - 1] in _COPULA_END or _PROFILE_TOPIC.search(text, start, end):
            continue  # 主要业务为|专注于…, 核心产品是|一家…: the topic of the line, no name
        if any(valued[start:end]) or c.subject_bad_start.match(text, start) or mentions.person_shaped(text[start:end]) \
                or text[start] in _DETERMINERS or mentions._common_words(text[start:end]) \
                or wordlist.is_common_word(text[start:end]):
            continue  # 公司成立于, 该基金成立于, 团队专注于, 张伟从事: no company's own name
        out += accept(text, start, end)
    for m in _FOUNDED_THEN_NAME.finditer(text):  # 成立于2019年的岚晶主要从事…: the name the founding describes
        follow = _PROFILE_FOLLOW.search(text, m.start(1) + 2, m.end(1) + 4)
        if follow is None or follow.start() > m.end(1):
            continue
        start, end = m.start(1), follow.start()
        if not any(valued[start:end]) and text[start] not in _DETERMINERS and not mentions.person_shaped(text[start:end]) \
                and not mentions._common_words(text[start:end]) and not wordlist.is_common_word(text[start:end]):
            out += accept(text, start, end)
    return out


# What a company spends, told as its results are (知遥2024年研发费用为2.7亿元, 霁川云资本开支3亿元)
_SPENDING = "研发费用|研发投入|研发支出|研发开支|资本开支|资本性支出"
# After a date, the line of results a company reports (星衡2024年营收达3亿元, 澄芯今年上半年实现营业收入…)
_METRIC_AFTER_DATE = re.compile(r"(?:全年|上半年|下半年|前三季度|[一二三四]季度|第[一二三四]季度|年度|年)?的?(?:共|累计|合计|共计)?"
                                r"(?:实现|录得)?(?:营收|营业收入|总收入|收入|净利润|归母净利润|净亏损|营业利润|毛利|" + _SPENDING + ")")
_DATE_JOINERS = frozenset("、和及与至到")
_METRIC_WORDS = ("营收", "收入", "净利润", "净亏损", "营业利润", "毛利", "研发", "资本开支", "资本性支出")


def _reporting(text: str, valued: bytearray, accept: Accept) -> list[Mention]:
    """星衡2024年营收达3亿元: the name opening a clause right before a date and a line of results (a name with no
    firm suffix is found nowhere else; the name right before the metric, 单季营收, is a kind of figure, not read)."""
    if not any(w in text for w in _METRIC_WORDS):
        return []
    out: list[Mention] = []
    for pos in _clause_openings(text):
        glued = _glued_lead(text, pos)  # 然而星衡2024年营收…: a connective glued to the name
        found = _reporter_at(text, glued, valued, accept) if glued > pos else []
        out += found or _reporter_at(text, pos, valued, accept)
    return out


def _reporter_at(text: str, pos: int, valued: bytearray, accept: Accept) -> list[Mention]:
    """The name opening a clause at pos before (a date, or a list of dates, and) a line of results, as _reporting
    reads it."""
    from dealgraph.extract import mentions

    c = cues()
    end = _name_chars_end(text, pos, min(len(text), pos + 11), valued)
    after = _past_value(text, end, valued) if 2 <= end - pos and end < len(text) and valued[end] else end
    while text[after:after + 1] in _DATE_JOINERS and after + 1 < len(text) and valued[after + 1]:
        after = _past_value(text, after + 1, valued)  # 星衡2023年、2024年营收分别为…: a list of dates
    if end - pos < 2 or end >= len(text) or not valued[end] or text[end - 1] in _BEFORE_DATE \
            or not _METRIC_AFTER_DATE.match(text, after):
        end = _name_before_metric(text, pos, valued)  # 星衡营收3亿元: no date between the name and its results
        if end is None:
            return []
    name = text[pos:end]
    if c.subject_bad_start.match(name) or name[0] in _DETERMINERS or mentions.person_shaped(name) \
            or _PROFILE_TOPIC.search(name) or mentions._common_words(name) or wordlist.is_common_word(name):
        return []  # 公司2024年营收…, 该集团去年营收…: no company's own name
    return accept(text, pos, end)


def _clause_openings(text: str) -> list[int]:
    """Where each clause's first word may stand: the text's start and each clause mark's end, past the dates,
    connectives and adverbs that lead a subject (names.yaml subject_lead)."""
    lead = cues().subject_lead
    return [lead.match(text, pos).end() for pos in [0] + _after_clause_marks(text)]  # type: ignore[union-attr]


# The line of results right after a name, then an amount in its clause (星衡营收3亿元, 澄芯实现净利润…亏损2亿元)
_METRIC_AFTER_NAME = re.compile(r"(?:共|累计|合计|共计)?(?:实现|录得)?(?:扣非)?(?:归母)?(?:营收|营业收入|总收入|净利润|净亏损|营业利润|毛利|"
                                + _SPENDING + ")")
_AMOUNT_IN_CLAUSE = re.compile(r"[^，,；;。！？!?\n]{0,16}?\d[\d,.]*\s*(?:万|亿|千万|百万)*(?:元|美元|港元|欧元)")


def _name_before_metric(text: str, pos: int, valued: bytearray) -> int | None:
    """Where the name opening a clause at pos ends when a line of results and an amount follow it with no date
    between (星衡营收3亿元, 澄芯净利润亏损2亿元); None where nothing of that shape stands there, or the word before
    the metric is a kind of figure (单季营收, 海外营收, 星衡海外营收): a name's last two characters are no common
    word here (a name with a firm's suffix, 星衡科技, the shape finder reads)."""
    if _METRIC_AFTER_NAME.match(text, pos) or _METRIC_AFTER_NAME.match(text, pos + 1):
        return None  # 归母净利润为…: the clause opens with the figure itself, no name before it
    for end in range(pos + 2, min(len(text), pos + 9)):
        if valued[end - 1] or not _NAME_CHAR.match(text, end - 1):
            return None
        metric = _METRIC_AFTER_NAME.match(text, end)
        if metric is None:
            continue
        if not _AMOUNT_IN_CLAUSE.match(text, metric.end()) or wordlist.is_common_word(text[end - 2:end]):
            return None
        return end
    return None


_COPULA_END = frozenset("为是的了在")
_PROFILE_TOPIC = re.compile(r"业务|产品|主营|公司|企业|团队|集团|机构|基金|项目|平台")
_FOUNDED_THEN_NAME = re.compile(rf"(?:成立|创立|创办|创建)于[^，,。；;的]{{1,12}}的([{NAME}]{{2,12}})")


_CLAUSE_END = re.compile(r"[，,；;。！？!?\n]|—")


def _fact_in_clause(text: str, pos: int) -> bool:
    """A word of another fact (names.yaml `subject_fact_words`) in the rest of the clause from pos: unlike a deal verb,
    it makes its own clause's subject a name only (新一轮募资若成功，Lumora估值…: the value is Lumora's)."""
    end = _CLAUSE_END.search(text, pos)
    return any(not text.startswith(_LISTED_KIND, m.end()) for m in cues().fact_word.finditer(text, pos, end.start() if end else len(text)))


_LISTED_KIND = ("公司", "企业", "银行", "券商", "房企", "车企", "药企")  # 沪深两市已有8家上市公司: a kind of company, no listing


_TOPIC_AFTER = re.compile(r"方面[，,：:]")
_UNIT_TAIL = re.compile(r"(?:旗下|下属)?(?:全资|控股)?(?:子公司|孙公司)$")  # (a unit's own name ends in 分公司: kept)
_SELLS_OR_WINS = re.compile(r"减持|(?:预)?中标")


def _sells_or_wins(text: str, start: int, end: int) -> bool:
    """农银国际减持…, 澜桥建设中标…: only a holder sells down and only a bidder wins a tender, so the clause's
    subject right before 减持 or 中标 is read as a deal's slot (its first character may be one a name rarely opens
    with elsewhere); not a verb and its object (构成违规减持, 明确B中标: the verb opens the stretch)."""
    return _SELLS_OR_WINS.match(text, end) is not None and wordlist.words().get(text[start:start + 2]) not in _VERB_OPENING \
        and not wordlist.is_common_word(text[start:end])


# What ends a stretch opening a clause before a deal word that names no party: how often (单次减持, 大基金一期上一次减持: the fund was read
# before), or a lot of a tender (一标段中标金额为…, 第二包件中标)
HOW_OFTEN = r"(?:[一二三四五六七八九十两多首单再上下本此该前后末每]|\d)次$"  # 单次, 上一次, 三次: how often, no name
_NO_PARTY_TAIL = re.compile(HOW_OFTEN + r"|(?:标段|标包|包件|分包|子包)$")


_VERB_OPENING = _CLOSED_DVP | {"a", "ad", "vn"}  # 构成(违规), 明确(B), 确定(B): what opens a predicate


def _before_stop(text: str, start: int, end: int) -> int:
    """北向通道资金主要增持…: a subject that does not end as a name ends before a stop word inside it
    (资金, 也, 均 …); not at a noun that ends it (青松生态, 澜石服务: a name's last word), not at a
    character that joins or may stand inside a name (和, 如: 青如意, 澜和), nor inside a place or name
    word (上海)."""
    from dealgraph.extract import mentions

    r = mentions.rules()
    for stop in r.right_stop.finditer(text, start + 2, end):
        word = stop.group()
        if word in _INSIDE_NAMES or mentions._within_name_word(text, stop.start(), stop.end(), r):
            continue
        if stop.end() == end and (wordlist.words().get(word) in _NOUN_VN_TAGS or word == "联合"):
            continue  # (宁波联合: a name's last word, read so only where no partner is named, see _subjects)
        return end if mentions._ends_with_suffix(text[start:end], r) else stop.start()
    return end


def _past_value(text: str, pos: int, valued: bytearray) -> int:
    """The end of the value run at pos, and of the 间 a date leaves after its evening (5月20日晚|间), or of
    the end or start a period leaves after it (三季度末|该基金减持…, 去年底|澜石创投…: 末, 初, 底 are the date's)."""
    while pos < len(text) and valued[pos]:
        pos += 1
    if text.startswith("间", pos) and text[pos - 1] == "晚":
        return pos + 1
    return pos + 1 if text[pos:pos + 1] in _PERIOD_EDGES and text[pos - 1] in _PERIOD_UNITS else pos


_PERIOD_EDGES = frozenset("末初底")
_PERIOD_UNITS = frozenset("年月度季期")


def _digit_comma(text: str, pos: int) -> bool:
    """以95,345,678元中标: a comma between digits groups a number; it opens no clause."""
    return 2 <= pos < len(text) and text[pos - 1] == "," and text[pos - 2].isdigit() and text[pos].isdigit()


def _subject_before_date(text: str, pos: int, valued: bytearray) -> re.Match[str] | None:
    """长岭高新5月20日晚间公告, 澜石华强自2015年开始…: the subject, then (after a preposition) a date, then
    the word that follows subjects."""
    end = _name_chars_end(text, pos, min(len(text), pos + 11), valued)
    if end - pos < 2 or end >= len(text) or not valued[end]:
        return None
    after = _past_value(text, end, valued)
    if not cues().subject_follow.match(text, after) and not text.startswith(("晚间", "早间", "午间", "晚"), after):
        return None
    if text[end - 1] in _BEFORE_DATE and end - 1 - pos < 2:
        return None  # 早在|2015年, 现在|…: an adverb and its preposition before the date, no name
    name_end = end - 1 if text[end - 1] in _BEFORE_DATE else end
    return _NAME_RUN.match(text, pos, name_end)


def _sentence_end(text: str, pos: int) -> int:
    found = _SENTENCE_END.search(text, pos)
    return found.start() if found else len(text)

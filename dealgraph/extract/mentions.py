"""Mentions of organisations, people and products: lexicon, name shapes and context.

A lexicon helps but is never required: names are also found from how Chinese organisation names
end (…科技, …半导体, …有限公司), from the words that introduce them (芯片公司翱捷科技), from
enumerations beside known names (宇树、逐际动力), from deal verbs (投资了月之暗面), and Latin words.
Mentions found by context alone are `candidate`s: they become entities only when a fact uses them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

import ahocorasick_rs

from dealgraph import lexicon as lexicon_mod
from dealgraph.datafiles import read_yaml
from dealgraph.extract import cue_names, wordlist
from dealgraph.extract.document import Doc, Mention
from dealgraph.names import core

NAME_CHARS = r"\u4e00-\u9fffA-Za-z0-9·&"
PRIORITY = {"lexicon": 4, "product": 3.5, "shape": 3, "code": 3, "person": 3, "latin": 2, "cue": 2, "context": 1}
_NAME_RUN = re.compile(f"[{NAME_CHARS}]*")
_NAME_RUN_BEFORE = re.compile(f"[{NAME_CHARS}]*\\Z")
_NUMBER = re.compile(r"[0-9.%年月日季度第一二三四五六七八九十百千万亿]+")
_NOT_LATIN_NAME = re.compile(r"[A-Z]\d*|Q\d|H\d|\d+")
_COUNTRY_BEFORE = re.compile(r"(?<![\u4e00-\u9fff])(?:美国|德国|日本|韩国|英国|法国|瑞士|瑞典|比利时|加拿大|澳洲|澳大利亚|意大利|荷兰|"
                             r"新加坡|印度|以色列|芬兰|西班牙|丹麦|挪威)\Z")
# 增持长园集团股份, 收购其尚未持有的全部星辰股份: a verb of shares (then 的 and a quantity word) before X股份
# (both end in \Z and match at most 5 characters: they are searched in a short window before the name, since a
# search from the document's start made long documents quadratic)
_PART_OPENING = re.compile(r"(?:全部|部分|剩余|其余)的?")
_SHARES_VERB = re.compile(r"(?:增持|减持|收购|受让|买入|认购|持有|每股|转让|出售|所持)的?(?:全部|部分|剩余|其余|所有)?\Z")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_LEGAL_END = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|合伙企业|股份公司|集团公司|公司)")
_HEAD_TAGS = {False: wordlist.FUNCTION_TAGS | {"v"}, True: wordlist.CLOSED_TAGS | {"d"}}  # by legal ending
# unions of word tags the rules below test, built once (not at every test)
_FUNCTION_V = _HEAD_TAGS[False]
_CLOSED_D = _HEAD_TAGS[True]
_TAIL_TAGS = wordlist.FUNCTION_TAGS | {"v", "vn", "m", "q", "t"}
_PREFIX_TAGS = wordlist.FUNCTION_TAGS | {"v", "l", "b", "vn", "m"}
_CLOSED_DV = wordlist.CLOSED_TAGS | {"d", "v"}
_CLOSED_VPD = wordlist.CLOSED_TAGS | {"v", "p", "d"}
_CLOSED_P = wordlist.CLOSED_TAGS | {"p"}
_CLOSED_R = wordlist.CLOSED_TAGS | {"r"}


@dataclass(frozen=True)
class NameRules:
    suffix: re.Pattern[str]
    legal: frozenset[str]
    legal_name_words: frozenset[str]
    weak: frozenset[str]
    classifiers: frozenset[str]
    weak_not_before: re.Pattern[str]
    not_suffix: re.Pattern[str]
    left_stop: re.Pattern[str]
    left_stop_before: re.Pattern[str]
    stop_reach: int  # the longest stop word: left_stop_before need only search that far back
    right_stop: re.Pattern[str]
    generic_heads: frozenset[str]
    generic_head_re: re.Pattern[str]
    generic_follow: re.Pattern[str]
    introducer: re.Pattern[str]
    introducer_end: re.Pattern[str]
    guarded: re.Pattern[str]
    guarded_ids: dict[str, str]
    guarded_listed: re.Pattern[str]
    deal_slot: re.Pattern[str]
    clause_subject: re.Pattern[str]
    person: re.Pattern[str]
    person_is: re.Pattern[str]
    person_after: re.Pattern[str]
    person_before_title: re.Pattern[str]
    person_by_context: re.Pattern[str]
    person_before_kin: re.Pattern[str]
    surnames: frozenset[str]
    compound_surnames: frozenset[str]
    compound_person: re.Pattern[str]
    latin: re.Pattern[str]
    latin_stop: frozenset[str]
    enumeration: re.Pattern[str]
    quoted: re.Pattern[str]
    trigger_inside: re.Pattern[str]
    not_short: frozenset[str]
    bad_starts: frozenset[str]
    bad_inside: re.Pattern[str]
    not_names: re.Pattern[str]
    country_before: re.Pattern[str]
    country_start: re.Pattern[str]
    country_item: re.Pattern[str]
    seat: re.Pattern[str]
    seats: tuple[str, ...]
    places: frozenset[str]
    description_end: re.Pattern[str]
    name_opening_verbs: frozenset[str]
    verb_nouns: frozenset[str]


def _alt(words: list[str]) -> str:
    """One regular expression for a word list that, like an alternation of the words longest first,
    matches the longest word at a place; written as a trie (控(?:股(?:权)?|制权)) so that the engine tries
    one branch per character instead of every word."""
    trie: dict[str, dict] = {}
    for word in set(words):
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, dict]) -> str:
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


# What a person does right after the name (欧阳志远创立了B, 司马青云担任董事长): with a two-character surname
# before it, the name is a person's (NameRules.compound_person).
_PERSON_DOES = ["创立", "创办", "创建", "联合创立", "共同创立", "担任", "出任", "加入", "离开", "毕业于", "曾任", "持股",
                "增持", "减持", "先生", "女士", "及其"]


def _countries_after(countries: list[str], not_before: str) -> str:
    """The countries in their order, each one not right after a character of `not_before` (checked behind it)."""
    return "|".join(f"{re.escape(c)}(?<!{not_before}{re.escape(c)})" for c in countries)


# before a compound surname: it opens a clause, or stands after 由, 、, 和, 与
_NOT_CLAUSE_OR_JOIN = r"[^，,。；;：:！？\s“由、和与]"


@cache
def rules() -> NameRules:
    raw = read_yaml("names.yaml")
    suffixes = raw["org_suffixes_legal"] + raw["org_suffixes"] + raw["org_suffixes_weak"] + ["AI", "分行", "支行", "分公司"]
    verbs_after = ["于", "在", "已", "将", "获", "完成", "宣布", "正式", "成功", "也", "再次", "近日", "今年", "日前",
                   "递交", "启动", "登陆", "是", "的", "则", "仍", "正", "还", "曾", "拟", "计划", "表示", "称",
                   "股权", "控股权", "控制权", "时", "截至", "现有", "应", "共同", "联合", "参与", "参投",
                   "洽谈", "商谈", "磋商", "谈判", "接洽", "商讨"]  # 联想创投参与: a verb after; 开发商B洽谈收购: the talks
    person_verbs = ["指出", "表示", "称", "透露", "认为", "说", "在", "于", "曾", "也", "的", "是", "对", "看来", "介绍",
                    "强调", "坦言", "回应", "分析", "告诉", "提到", "称", "向", "和", "与", "等", "及", "、", "，", ",",
                    "。", "：", ":", "”", "通过", "直接", "间接", "持有", "合计", "控制"]
    surname = f"(?:{_alt(raw['compound_surnames'])})[\u4e00-\u9fff]{{1,2}}|[{raw['surnames']}][\u4e00-\u9fff]{{1,2}}"
    stops = raw["left_stops"] + raw["relation_words"]  # 面向, 领衔, 依托…: a name ends before them
    return NameRules(
        suffix=re.compile(_alt(suffixes)),
        legal=frozenset(raw["org_suffixes_legal"]),
        legal_name_words=frozenset(raw["legal_name_words"]),
        weak=frozenset(raw["org_suffixes_weak"]),
        classifiers=frozenset(raw["classifier_stops"]),
        weak_not_before=re.compile(f"{_alt(raw['weak_not_before'])}|\\d(?!\\d{{3}}年|\\d?月)"),  # 美锦能源2016年, 北辰投资10月9日
        not_suffix=re.compile(_alt(raw["not_suffix_words"])),
        left_stop=re.compile(_alt(stops)),
        left_stop_before=re.compile(f"(?:{'|'.join(map(re.escape, stops))})\\Z"),
        stop_reach=max(map(len, stops), default=0),
        right_stop=re.compile(_alt(stops + verbs_after)),
        generic_heads=frozenset(raw["generic_heads"]),
        generic_head_re=re.compile(f"^(?:{_alt(raw['generic_heads'])})+$"),
        generic_follow=re.compile(_alt(raw["generic_followers"])),
        introducer=re.compile(f"(?:{_alt(raw['name_introducers'])})(?=[{NAME_CHARS}])"),
        introducer_end=re.compile(f"(?:{_alt(raw['name_introducers'])})$"),
        guarded=re.compile(f"(?:{_alt(list(raw['guarded_names']))})(?=(?:{_alt(raw['guard_followers'])}))"),
        guarded_ids=dict(raw["guarded_names"]),
        guarded_listed=re.compile(f"(?<=、)(?:{_alt(list(raw['guarded_names']))})(?=、)"),
        deal_slot=re.compile(r"(?:投资过|投资了|投资|收购过|收购了|收购|入股过|入股了|入股|参股了|参股|领投了|领投|加码|并购了|并购|注资|控股了|"
                             r"参与了?(?=[^，,。；;]{2,14}?的[^，,。；;]{0,8}?(?:轮|融资)))"  # 参与了B的A轮融资
                             rf"(?![者人方额款价量案]|时[所的])(?=[{NAME_CHARS}])"),  # 投资者, 收购价为, 收购案: no name
        clause_subject=re.compile(rf"(?:^|(?<=[，,；;：:。！？!?\n“”]))([\u4e00-\u9fffA-Za-z0-9·]{{2,8}}?)"
                                  rf"(?={_alt(verbs_after)})"),
        person=re.compile(f"(?:{_alt(raw['person_titles'])})({surname})"),
        person_is=re.compile(f"(?:{_alt(raw['person_titles'])})(?:为|是|变更为|拟变更为|将变更为|变为|拟变为|将变为|仍为)(?:[^，,。；;：:“”]{{2,20}}?的)?"  # 为清华毕业的林则远
                             f"({surname})"
                             f"(?=[，,。；;、）)]|$)"),
        person_after=re.compile(_alt(person_verbs)),
        person_before_title=re.compile(_alt(raw["person_titles_after"])),
        person_by_context=re.compile(f"(?:{_alt(raw['person_leads'])})({surname})"
                                     f"(?=[，,、；;。]|{_alt(raw['person_follows'])})"),
        person_before_kin=re.compile(_alt(raw["person_kin"])),
        surnames=frozenset(raw["surnames"]),
        compound_surnames=frozenset(raw["compound_surnames"]),
        # 欧阳志远创立了B, 由司马青云于2019年创办: a two-character surname and one or two more opening a clause (or
        # after 由, 、, 和, 与) right before what a person does
        compound_person=re.compile(f"((?:{cue_names.alt_not_after(raw['compound_surnames'], _NOT_CLAUSE_OR_JOIN)})"
                                   f"[\u4e00-\u9fff]{{1,2}}?)(?=(?:{_alt(person_verbs + _PERSON_DOES)}))"),
        latin=re.compile(r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Za-z0-9]*(?:[-.&'][A-Za-z0-9]+)*"  # (no letter or digit before)
                         r"(?:,? (?:Inc\.?|Ltd\.?|Corp\.?|LLC)|"
                         r" (?:AI|Labs?|Technologies|Robotics|Group|Capital|Ventures|GmbH|AG|SAS|S\.A\.|"
                         r"PLC|LP|Pty|B\.V\.|N\.V\.|& [A-Z][A-Za-z]+|[A-Z][a-z]+))*"
                         r"(?![A-Za-z])(?<!,)"),  # …Pty Ltd51.2%股权: digits may follow in Chinese text
        latin_stop=frozenset(raw["latin_stopwords"]),
        # linear: runs only, each perhaps with a short remark in brackets (澜盾股份(软件服务)、青应互联(软件服务))
        enumeration=re.compile(rf"(?<![{NAME_CHARS}])[{NAME_CHARS}]++(?:[(（][^()（）、]{{1,8}}[)）])?"
                               rf"(?:、[{NAME_CHARS}]++(?:[(（][^()（）、]{{1,8}}[)）])?)+"),
        quoted=re.compile(r"[“\"「]([\u4e00-\u9fffA-Za-z0-9·]{2,24})[”\"」]"),
        trigger_inside=re.compile(r"投资|投入|收购|融资|上市|亏损|盈利|合作|持股|股东|成立|设立|采购|订单|增持|减持"),
        not_short=frozenset(stops + raw["generic_heads"] + raw["generic_followers"] + suffixes),
        bad_starts=frozenset(raw["candidate_bad_starts"]),
        bad_inside=re.compile(_alt(raw["candidate_bad_inside"])),
        not_names=re.compile(_alt(raw["not_names"])),
        seat=re.compile(_alt(raw["subsidiary_seats"])),
        seats=tuple(raw["subsidiary_seats"]),
        places=frozenset(raw["places"]),
        country_start=re.compile(f"(?:{'|'.join(map(re.escape, raw['countries']))})"),
        country_before=re.compile(f"(?:{'|'.join(map(re.escape, raw['countries']))})\\Z"),
        # (each country checked behind itself: opening the text or after 、和及与：:，,)
        country_item=re.compile(f"(?:{_countries_after(raw['countries'], '[^、和及与：:，,]')})"
                                f"([\u4e00-\u9fff]{{2,5}}?)(?=[、和及与]|[，,。；;]|$)"),
        description_end=re.compile(f"(?:{_alt(raw['description_nouns'])})$"),
        name_opening_verbs=frozenset(raw["name_opening_verbs"]),
        verb_nouns=frozenset(raw["verb_nouns"]),
    )


def occurrences(needle: str, text: str) -> Iterator[int]:
    """The starts of needle's non-overlapping occurrences in text, in order (what re.finditer of the escaped needle
    gives, without compiling a pattern per name)."""
    at = text.find(needle)
    while at >= 0:
        yield at
        at = text.find(needle, at + max(len(needle), 1))


def find_mentions(doc: Doc) -> None:
    """Component: all organisation, person and product mentions of the document."""
    text, r = doc.text, rules()
    valued = bytearray(len(text) + 1)
    for v in doc.values:
        if v.kind in ("money", "percent", "quantity", "date"):
            valued[v.start:v.end] = b"\x01" * (v.end - v.start)
    lex = lexicon_mod.load()
    found: list[Mention] = []
    blocked = _blocked(text, r)
    for s, e, eid in lex.find(text):
        s, e, eid = _shorter_before_word(text, s, e, eid, lex)
        if _latin_boundary_ok(text, s, e) and not any(blocked[s:e]) and not _industry_word(text, e):
            entry = lex.entries[eid]
            found.append(Mention(s, e, text[s:e], entry.kind, f"lex:{eid}", "lexicon", entry.name))
    found = _subsidiary_names(text, r, valued, found)
    found += _guarded_names(text, r, lex, found)
    found += _shape_names(text, r)
    found += _lexicon_heads(text, r, found)
    found += _people(text, r)
    if "·" in text:
        found += _dotted_people(text)
    found += _latin_names(text, r, doc.lang)
    found += _context_names(text, r, found)
    found += _place_coined(text, r, found)
    found += _cloud_and_carrier_units(text, r, found) + _function_opened_names(text, r, found)
    if "(" in text or "（" in text:
        found += _introduced_with_latin(text, r)
    stakes: list[tuple[int, int]] = []
    found += cue_names.find(text, valued, lambda t, s, e, slot=False, strong=False, introduced=False, member=False:
                            _candidate(t, s, e, r, lax=True, slot=slot, strong=strong, introduced=introduced,
                                       member=member), stakes)
    found += _parenthesised_names(text, r, found) + _partnerships(text, r) + _foreign_items(text, r)
    if "管" in text:
        found += _zone_bodies(text)
    if "国资" in text or "国有资产" in text:
        found += _state_asset_bodies(text, r)
    if "它" in text or "其" in text or "该" in text:
        found += _pronoun_opened_names(text)
    if "株" in text:
        found += _japanese_forms(text, r)
    found += _named_products(text)
    if "简称" in text:
        found += _header_names(text)
    found = [m for m in found if m.source in ("lexicon", "person") or not any(valued[m.start:m.end])
             and not _ROUND_WORD.fullmatch(m.text)  # 天使轮投资方A: a round's name, no party
             and not (m.kind == "candidate" and _QUALITY_NOUN.fullmatch(m.text))  # 必要性、公允性: qualities
             and not (m.kind == "candidate" and _OWN_THING.fullmatch(m.text))  # 核心产品刚完成测试: what it makes
             and not (m.kind == "candidate" and m.text in _ROUND_VERBS)]  # 等多家机构联投: the verb, no name
    if "-" in text or "－" in text:
        found = _managed_products(text, r, found)
    if "号”" in text or "号\"" in text or "基金”" in text:
        found = _quoted_products(text, found)
    found = [_with_fund_phase(text, m, lex) for m in found if not _verb_read_alias(text, m)]
    found = [m for m in found if m.kind != "candidate" or m.text not in _titles() and not _PRICE_WORD.search(m.text)
             and not (text[m.end:m.end + 1] in "(（" and _describes_next(text, m.end, r))]
    found = [m for m in _without_glosses(text, found) if not _likeness(text, m) and not _faction(text, m)]
    found = [_before_this_firm(m) for m in found]
    found = _people_glued_to_verbs(text, found, r)
    found = [_person_before_owned(text, m) for m in found]
    found = _people_marked(text, found)
    people = _people_closing_lists(text, found)
    if people:  # a guess of a name on the same characters is the person
        spans = {(p.start, p.end) for p in people}
        found = [m for m in found if not (m.kind == "candidate" and (m.start, m.end) in spans)] + people
    if "讯" in text or "电" in text:  # 澜海财经9月17日讯 / 北辰社上海3月2日电: the news source of a dateline, no party
        found = [m for m in found if not _DATELINE.match(text, m.end)]
    # 曾任A董事长、总经理: a title; 美股股价: what shares trade at
    found = [_shares_of_name(text, _with_country(text, m, r)) for m in found]
    if any(m.kind == "product" and m.source == "lexicon" for m in found):
        found = [_platform_as_party(text, m, lex) for m in found]
    found = _without_trade_descriptors(text, found)
    doc.mentions = _described_before_quoted(text, _joint_ventures(
        text, _drop_introducers(text, _resolve_overlaps(_fuller_names(found, r, stakes)), r), r))
    aliases = _aliased(text, doc.mentions)
    doc.mentions.sort(key=lambda m: m.start)
    _short_names(doc, aliases)
    if any(m.source == "short" for m in doc.mentions):
        doc.mentions = _joint_ventures(text, doc.mentions, r)  # 青松PSA with 青松 a short name found just now
    doc.mentions = _recurring(text, _known_within(text, _seated_subsidiaries(text, _placed(text, doc.mentions, r), r), r), r)
    if doc.sentences and ("：" in text or ":" in text):
        doc.mentions = _cut_at_headlines(doc)


# 澄海资产-青州银行-澄海瑞丰11号专项资产管理计划, 岚州人寿保险股份有限公司-传统-普通保险产品: a managed product
# named as its manager, the custodian or kind, and the product, joined by dashes (its tail: the product's own name)
_PRODUCT_CHAIN = re.compile(r"(?:[-－](?:[\u4e00-\u9fffA-Za-z0-9]{1,16}?)){1,3}"
                            r"[-－][\u4e00-\u9fffA-Za-z0-9]{0,30}?(?:资产管理计划|资管计划|信托计划|集合计划|专项计划|计划|产品)")


_MANAGER_END = re.compile(r"(?:资产|资管|证券|保险|基金|信托|投资|资本|管理|银行|公司|集团)$")  # the product's manager


def _managed_products(text: str, r: NameRules, found: list[Mention]) -> list[Mention]:
    """A managed product that holds shares, named by its manager, custodian and own name joined by dashes, is one
    party: the names of the manager and the bank inside it are no parties of their own."""
    products = []
    for dash in re.finditer(r"[-－]", text):
        if products and dash.start() < products[-1].end:
            continue
        chain = _PRODUCT_CHAIN.match(text, dash.start())
        if chain is None:
            continue
        start = _left_edge(text, dash.start(), r, window=20, before_suffix=True)
        head = text[start:dash.start()]
        if len(head) < 2 or r.generic_head_re.match(head) or not _MANAGER_END.search(head):
            continue
        name = text[start:chain.end()]
        products.append(Mention(start, chain.end(), name, "organization", _name_key(name), "shape"))
    if not products:
        return found
    return [m for m in found if not any(p.start <= m.start and m.end <= p.end for p in products)] + products


# “澄岚晓峰2号”, “青禾成长1号私募证券投资基金”: a fund product's name in quotes, numbered, whole
_QUOTED_PRODUCT = re.compile(r"[“\"](?P<name>[\u4e00-\u9fffA-Za-z]{2,16}?(?:\d{1,3}|[一二三四五六七八九十]{1,3})号"
                             r"(?:私募证券投资基金|私募投资基金|证券投资基金|投资基金|基金|资产管理计划|集合资金信托计划|信托计划|"
                             r"集合资产管理计划|资管计划|计划)?)[”\"]")


def _quoted_products(text: str, found: list[Mention]) -> list[Mention]:
    """A numbered fund product named in quotes is one party: a known manager's short name at its head (高毅 of
    “高毅晓峰2号”) is no party of its own there. A bare numbered name is a fund only after a known manager's name."""
    known = {m.start for m in found if m.source == "lexicon" and m.kind == "organization"}
    products = [Mention(m.start("name"), m.end("name"), m.group("name"), "organization", _name_key(m.group("name")),
                        "shape") for m in _QUOTED_PRODUCT.finditer(text)
                if m.group("name")[-1] != "号" or m.start("name") in known]  # (“星火1号”计划: a programme, no fund)
    if not products:
        return found
    return [m for m in found if not any(p.start <= m.start and m.end <= p.end for p in products)] + products


def _cut_at_headlines(doc: Doc) -> list[Mention]:
    """岚州电缆：中标3.8亿元光伏电站项目岚州电缆（600999）…: a headline glued to its body (sentences.glued_headline_end)
    ends before the body's first name; a name read across the cut (海上风电项目岚州电缆) is the body's name alone."""
    from dealgraph.extract.sentences import glued_headline_end

    cuts = {s.end for s, nxt in zip(doc.sentences, doc.sentences[1:])
            if s.end == nxt.start and glued_headline_end(doc.text, s.start, nxt.end) == s.end}
    if not cuts:
        return doc.mentions
    out = []
    for m in doc.mentions:
        cut = next((c for c in cuts if m.start < c < m.end), None)
        if cut is None:
            out.append(m)
            continue
        name = doc.text[cut:m.end]
        same = next((o for o in doc.mentions if o.text == name and o is not m), None)
        out.append(Mention(cut, m.end, name, m.kind, same.key if same is not None else _name_key(name), m.source,
                           same.canonical if same is not None else name))
    return out


# A fund's phase right after its name: 大基金二期, 澄川产业基金三期, 北辰基金II期 (not 二期项目, 二期工程: a project's phase)
_FUND_PHASE = re.compile(r"(?:[一二三四五六七八九十]|I{1,3}|IV|V|Ⅰ|Ⅱ|Ⅲ|Ⅳ|Ⅴ)期"
                         r"(?!项目|工程|工厂|厂房|厂区|基地|产线|生产线|建设|扩建|扩产|园区|用地|产能|厂|楼|线)")


def _with_fund_phase(text: str, m: Mention, lex: lexicon_mod.Lexicon) -> Mention:
    """大基金一期减持…, 国家中小企业发展基金二期领投…: a fund's name (基金 in it, or a known fund's alias) followed by its
    phase takes the phase in: each phase is a fund of its own, known by its own entry where the lexicon has one, else
    by its own name; a company's name before a phase (澄川科技二期工厂) and a phase of a project are left alone."""
    if m.kind not in ("organization", "candidate") or "基金" not in m.text and "基金" not in m.canonical:
        return m
    phase = _FUND_PHASE.match(text, m.end)
    if phase is None:
        return m
    name = text[m.start:phase.end()]
    eid = lex.by_name.get(name)
    if eid is not None:
        entry = lex.entries[eid]
        return Mention(m.start, phase.end(), name, entry.kind, f"lex:{eid}", "lexicon", entry.name)
    return Mention(m.start, phase.end(), name, "organization", _name_key(name), "shape")


def _without_trade_descriptors(text: str, found: list[Mention]) -> list[Mention]:
    """湖北燃气运营商澄川燃气(601999): a place and a trade (湖北燃气) before a trade noun in 商 and the company's own name
    right after it describe that company; the place-led words are no name of their own."""
    starts = {m.start for m in found if m.kind == "organization"}
    def descriptor(m: Mention) -> bool:
        if m.source in ("lexicon", "person") or m.kind not in ("organization", "candidate") or len(m.text) > 6:
            return False
        trade = cue_names.TRADE_DESCRIPTOR.match(text, m.end)
        return trade is not None and trade.end() in starts and wordlist.words().get(m.text[:2]) == "ns"
    return [m for m in found if not descriptor(m)]


# 证券代码：603377 证券简称：青桐电气 公告编号：… : an announcement's header names the issuer by its short name
_HEADER_SHORT = re.compile(r"(?:证券简称|股票简称|A股简称)\s*[:：]\s*(?P<name>(?:\*?ST)?[\u4e00-\u9fffA-Za-z]{2,8}?)"
                           r"(?=\s|[,，;；、]|公告编号|证券代码|债券|$)")


def _header_names(text: str) -> list[Mention]:
    """The issuer's short name in an announcement's header (证券简称：青桐电气): a company, whatever its words."""
    return [Mention(m.start("name"), m.end("name"), m.group("name"), "organization", f"name:{m.group('name')}", "shape")
            for m in _HEADER_SHORT.finditer(text)]


def _verb_read_alias(text: str, m: Mention) -> bool:
    """作为独立投资者领航投资的B: a known firm's alias that is itself a verb phrase (领航投资 …) right after a role
    noun of the acting party (投资者, 投资方, 股东, 机构) and before 的/了/过 is what that party did, not the firm."""
    return (m.source == "lexicon" and m.text.endswith("投资") and len(m.text) == 4
            and text[m.end:m.end + 1] in ("的", "了", "过") and m.start > 0
            and (text[m.start - 1] in "者方" or text[max(0, m.start - 2):m.start] in ("股东", "机构")))


def _people_glued_to_verbs(text: str, found: list[Mention], r: NameRules) -> list[Mention]:
    """汪宁读书期间曾…, 李想读大学时创办了B: a person-shaped name opening the clause, then 读 or a verb-like noun
    (names.yaml `verb_nouns`: 读书, 师承, 毕业 …) glued to it, is the person and what the person did; the stretch
    read as one organisation or guess (李想读大学, 汪宁读书期间) is none, the person is."""
    if "读" not in text and not any(w in text for w in r.verb_nouns):  # cheap: no such verb in the text
        return found
    out, people = [], []
    for m in found:
        glued = m.source not in ("lexicon", "person") and ("读" in m.text or any(w in m.text for w in r.verb_nouns))
        head = _person_head(text, m, r) if glued else None
        if head is None:
            out.append(m)
        elif head:
            people.append(Mention(m.start, m.start + len(head), head, "person", f"person:{head}", "person"))
    return out + people


def _person_before_owned(text: str, m: Mention) -> Mention:
    """创始人林斌旗下的第二家公司: a three-character person whose last character opens 旗下/名下/麾下 with the one after
    is the two-character name before the word (林斌), not 林斌旗."""
    if m.kind == "person" and len(m.text) == 3 and text[m.end - 1:m.end + 1] in ("旗下", "名下", "麾下"):
        return Mention(m.start, m.end - 1, m.text[:2], "person", f"person:{m.text[:2]}", m.source)
    return m


# 青禾科技、北辰合伙和孙立三方共同…: after an organisation and 和/与/及/、, a person-shaped name closing the list before
# a count of the parties, a word of acting together or each, or a verb of a deal
_LIST_CLOSER = re.compile(r"[和与及、]")
_AFTER_LISTED_PERSON = re.compile(r"(?:[两三四五六七八九十]方|等|共同|联合|一起|分别|合计|均|都)")


def _people_closing_lists(text: str, found: list[Mention]) -> list[Mention]:
    """A、B和孙立三方共同向C增资: the person named last in a list of organisations (a surname and one or two
    characters that make no word), closed by a count of the parties or a word of acting together or each."""
    taken = bytearray(len(text) + 1)
    for m in found:
        if m.kind != "candidate" or not _LIST_CLOSER.match(text, m.start - 1) if m.start else True:
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    out = []
    for m in found:
        if m.kind not in ("organization", "candidate") or not _LIST_CLOSER.match(text, m.end):
            continue
        pos = m.end + 1
        for k in (3, 2):
            name = text[pos:pos + k]
            if len(name) == k and not any(taken[pos:pos + k]) and name[-1] not in _NOT_NAME_END \
                    and _AFTER_LISTED_PERSON.match(text, pos + k) and person_shaped(name, listed=True):
                out.append(Mention(pos, pos + k, name, "person", f"person:{name}", "person"))
                break
    return out


# 公司股东吴三岭, 实际控制人张建华: a title right before a guessed name; 陈德宏等12名交易对方: a count of people after it
_PERSON_TITLE_RIGHT_BEFORE = re.compile(r"(?:自然人股东|股东|董事长|副董事长|董事|监事|总经理|副总经理|总裁|副总裁|实际控制人|"
                                        r"实控人|自然人|创始人|董秘|财务总监)\Z")
_PEOPLE_COUNT_AFTER = re.compile(r"等(?:\d{1,3}|[一二两三四五六七八九十]{1,3})(?:名|位|人)|等人")
_PERSON_LIST_GAP = re.compile(r"[、和与及]")


def _people_marked(text: str, found: list[Mention]) -> list[Mention]:
    """A guessed name shaped as a person's (given names that are words allowed, 张建华; a person's name the dictionary
    knows, 吴三桂) is a person where the text marks it as one: a title right before it (股东吴三桂), a count of people
    after it (陈德宏等12名), or a list of such names with a person, or a name clearly a person's of three characters,
    among them (蔡炳岚、张建华和蔡鹏); not a known name."""
    guesses = [m for m in found if m.kind == "candidate" and m.source in ("cue", "context")]
    shaped = {id(m) for m in guesses if person_shaped(m.text, listed=True)}
    if not shaped:
        return found
    marked = {id(m) for m in guesses if id(m) in shaped and (
        _PERSON_TITLE_RIGHT_BEFORE.search(text, max(0, m.start - 6), m.start) or _PEOPLE_COUNT_AFTER.match(text, m.end))}
    names = sorted((m for m in found if m.kind == "person" or id(m) in shaped), key=lambda m: m.start)
    chain: list[Mention] = []
    for m in names + [None]:  # type: ignore[list-item]
        if m is not None and chain and m.start == chain[-1].end + 1 and _PERSON_LIST_GAP.match(text, chain[-1].end):
            chain.append(m)
            continue
        if len(chain) > 1 and any(c.kind == "person" or len(c.text) == 3 and person_shaped(c.text) for c in chain):
            marked.update(id(c) for c in chain if id(c) in shaped)
        chain = [m] if m is not None else []
    if not marked:
        return found
    return [Mention(m.start, m.end, m.text, "person", f"person:{m.text}", "person") if id(m) in marked else m
            for m in found]


def _person_head(text: str, m: Mention, r: NameRules) -> str | None:
    """The person's name opening m before a glued verb ('' where m is such a stretch without a clear person), else
    None (m stands)."""
    for n in (3, 2):
        head, rest = m.text[:n], m.text[n:]
        if len(rest) < 1 or not person_shaped(head):
            continue
        if rest.startswith("读") or rest[:2] in r.verb_nouns:
            opening = m.start == 0 or text[m.start - 1] in _CLAUSE_OPENING or r.person.match(text, max(0, m.start - 6))
            return head if opening else ""
    return None


_LATIN_GLOSS = re.compile(r"[(（][A-Za-z][A-Za-z0-9 .&-]{0,11}[)）]")
_DESCRIBED_RUN = re.compile(r"[\u4e00-\u9fff]{0,6}")


def _describes_next(text: str, end: int, r: NameRules) -> bool:
    """收购人工智能芯片(AI)设计企业澄芯微的控股权: words with a Latin gloss in brackets, then a few more and a kind
    of company (企业, 公司, 厂商 …: names.yaml `name_introducers`) right before a name describe that company,
    which is the party (the guess of a name before the gloss is dropped)."""
    gloss = _LATIN_GLOSS.match(text, end)
    if gloss is None:
        return False
    run_end = _DESCRIBED_RUN.match(text, gloss.end()).end()  # type: ignore[union-attr]
    return any(r.introducer.match(text, p) for p in range(gloss.end(), run_end))


# 微控制器（MCU）, 图形处理器(GPU): an acronym in brackets right after a Han word
_GLOSS = re.compile(r"[A-Z][A-Z0-9]{1,5}")
# 混合专家(Mixture-of-Experts，MoE): a bracket holding only an English term and, after a comma, its acronym
_GLOSS_BRACKET = re.compile(r"[(（](?P<term>[A-Za-z][A-Za-z\- ]*[A-Za-z])\s*[,，、]\s*[A-Z][A-Za-z0-9]{1,5}[)）]")


def _without_glosses(text: str, found: list[Mention]) -> list[Mention]:
    """国产微控制器（MCU）龙头星岚股份, 图形处理器(GPU)厂商, 混合专家(Mixture-of-Experts，MoE)架构: an acronym (or an
    English term and its acronym) in brackets after a common term glosses the term; it is no company. A name
    ending right before the bracket (超威半导体（AMD）) is given its own Latin name, which stays."""
    ends = {m.end for m in found if m.source != "latin"}

    def glossed(m: Mention) -> bool:
        if m.kind == "person" or m.source == "lexicon":
            return False
        if m.source == "latin" and _GLOSS.fullmatch(m.text) and text[m.start - 1:m.start] in ("（", "(") \
                and text[m.end:m.end + 1] in ("）", ")"):
            opening = m.start - 1
        else:
            opening = max(text.rfind("(", max(0, m.start - 40), m.start), text.rfind("（", max(0, m.start - 40), m.start))
            bracket = _GLOSS_BRACKET.match(text, opening) if opening >= 0 else None
            if not bracket or bracket.end() < m.end:
                return False
        return opening not in ends and any(wordlist.is_common_word(text[opening - n:opening]) for n in (2, 3))

    return [m for m in found if not glossed(m)]


def _likeness(text: str, m: Mention) -> bool:
    """中国版类ChatGPT, 类Sora产品: 类 before a name makes a thing like it, not it (人类 is a word of its own)."""
    return text[m.start - 1:m.start] == "类" and text[m.start - 2:m.start - 1] != "人" and m.source != "person"


# 这家清华系AI独角兽, 阿里系创业公司, 华为系背景的团队: 系 after a name then a kind of firm marks a camp (those
# founded by its people or backed by it), not the name as a party; the copula (青禾科技系一家AI企业, 系澄川集团子公司)
# takes a classifier or a name after 系 and keeps the name
_FACTION_TAIL = re.compile(r"系(?:AI|人工智能|大模型|科技|互联网|创业|初创|独角兽|背景|出身|资本|基金|团队|企业|公司|玩家|厂商|"
                           r"芯片|机器人|自动驾驶|具身|电商|游戏|新势力|车企|高管|人马|创始人)")


def _faction(text: str, m: Mention) -> bool:
    """清华系AI独角兽, 腾讯系公司: a camp named after the name, not the name itself (系一家…: the copula)."""
    if m.source == "person" or m.kind == "person":
        return False
    if m.kind == "organization" and _FACTION_TAIL.match(text, m.end):
        return True
    # 华为系AI read as one coined name: the camp word inside it
    return m.source != "lexicon" and text.find("系", m.start + 2, m.end - 1) >= 0 and \
        any(_FACTION_TAIL.match(text, i) for i in range(m.start + 2, m.end - 1) if text[i] == "系")


_THIS_FIRM = re.compile(r"这家|那家")


def _before_this_firm(m: Mention) -> Mention:
    """青禾这家AI独角兽 read as one coined name: the name ends before 这家/那家 (a description of it follows)."""
    hit = _THIS_FIRM.search(m.text, 2) if m.source not in ("lexicon", "person") and m.kind != "person" else None
    if hit is None:
        return m
    name = m.text[:hit.start()]
    return Mention(m.start, m.start + hit.start(), name, m.kind, _name_key(name), m.source)


@cache
def _product_pattern() -> re.Pattern[str]:
    kinds = read_yaml("names.yaml")["product_kinds"]
    chinese, latin = _alt([k for k in kinds if not k.isascii()]), _alt([k for k in kinds if k.isascii()])
    # the kind, then a quoted name, or (after a Chinese kind) a name opening with a Latin letter (GLM-4, Walker
    # S2, H20); not a Latin kind glued to more letters (App|le) nor an acronym alone (手机ODM)
    quoted = r"[“\"「]([^“”\"「」，,。；;：:、（）()]{1,20})[”\"」]"
    return re.compile(rf"(?:{chinese})(?:{quoted}|(?![A-Z]{{2,4}}(?![A-Za-z0-9.\-]))"
                      rf"([A-Za-z][A-Za-z0-9.\-]*(?: ?[A-Z0-9][A-Za-z0-9.\-]*)?)(?![A-Za-z0-9.\-])(?!{_alt(kinds)}))"
                      rf"|(?<![A-Za-z])(?:{latin}){quoted}")  # 手机SoC芯片: a kind, not a name


def _named_products(text: str) -> list[Mention]:
    """大模型“星澜3.0”, 推理芯片“澜芯一号”, 大模型GLM-4: a name right after the kind of product it is names a
    product, even one no lexicon knows; its kind is in its key (product:星澜3.0)."""
    if "“" not in text and '"' not in text and "「" not in text and not re.search(r"[A-Za-z]", text):
        return []
    out = []
    for m in _product_pattern().finditer(text):
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        start, end = m.span(group)
        name = text[start:end].strip()
        if len(name) < 2 or name.isdigit():
            continue
        out.append(Mention(start, start + len(name), name, "product", f"product:{core(name)}", "product", name))
    return out


# A platform business the lexicon files as a product (美团外卖, 抖音, 钉钉, 支付宝, 萝卜快跑) is a party where the clause
# makes it one: 与P达成合作, P与B签署…协议, 成为P的供应商. Not where it is a place goods are sold or a tool (在P上线,
# 接入P), nor where a noun after it is the partner (与抖音达人合作).
_PLATFORM_SECTORS = frozenset({"commerce", "media_entertainment", "enterprise_software", "finance", "vehicles"})
_PARTNERING = r"(?:正式|已|已经|将|拟|再次|首次|共同|联合|宣布|成功)*(?:达成|签署|签订|签约|建立|开展|展开|深化|开启|启动|合作|战略合作|携手|联手)"
_PLATFORM_PARTNER_AFTER = re.compile(rf"(?:(?:、|和|及)[^，,。；;、]{{2,10}}?)*(?:等)?(?:平台|APP|App)?{_PARTNERING}")
_PLATFORM_SUBJECT_AFTER = re.compile(rf"(?:与|和|同|携手|联手|牵手)[^，,。；;]{{2,16}}?{_PARTNERING}")
_PLATFORM_SERVED = re.compile(r"的[\u4e00-\u9fff]{0,6}?(?:供应商|服务商|合作伙伴|合作方|战略伙伴)")
_CLAUSE_BEFORE = frozenset("，,。；;：:！？!?\n“”")


def _platform_as_party(text: str, m: Mention, lex: lexicon_mod.Lexicon) -> Mention:
    """与美团外卖达成合作, 美团外卖与青禾签署战略合作协议, 成为钉钉的服务商: a platform business of the lexicon's products
    (commerce, media, office software, payments, vehicle brands) read as a party (an organisation under its own entry)
    where the clause makes it one; a product mention elsewhere stays a product."""
    if m.kind != "product" or m.source != "lexicon" or not m.key.startswith("lex:"):
        return m
    entry = lex.entries.get(m.key[4:])
    if entry is None or entry.sector not in _PLATFORM_SECTORS:
        return m
    before = text[m.start - 1:m.start]
    party = before in "与同跟和" and before != "" and _PLATFORM_PARTNER_AFTER.match(text, m.end) is not None \
        or (m.start == 0 or before in _CLAUSE_BEFORE) and _PLATFORM_SUBJECT_AFTER.match(text, m.end) is not None \
        or text[max(0, m.start - 2):m.start] == "成为" and _PLATFORM_SERVED.match(text, m.end) is not None
    return Mention(m.start, m.end, m.text, "organization", m.key, m.source, m.canonical) if party else m


_PRICE_WORD = re.compile(r"(?:股价|市值|市盈率|涨幅|跌幅)$")
_DATELINE = re.compile(r"(?:APP|客户端|网)?\s*(?:[\u4e00-\u9fff]{2,3})?\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*(?:讯|电)"
                       r"(?=\s|[，,（(：:]|$)")


@cache
def _titles() -> frozenset[str]:
    """Titles of people (names.yaml person_titles and person_titles_after, and the offices around them)."""
    raw = read_yaml("names.yaml")
    return frozenset(raw["person_titles"] + raw["person_titles_after"] +
                     ["董事", "监事", "副董事长", "执行董事", "独立董事", "董秘", "财务总监", "高级副总裁", "合伙人"])
_QUALITY_NOUN = re.compile(r"[\u4e00-\u9fff]{1,3}性")
# 核心产品, 首款产品, 主营业务: a company's own products, business or team, told by a common word before the noun;
# never a party (核心产品刚完成测试阶段 opens a clause like a name before 完成)
_OWN_THING = re.compile(r"(?:核心|主要|主力|主营|首款|首个|新款|旗舰|拳头|自研|现有|全部|整体)(?:产品|业务|项目|技术|团队|方案|平台)")
_ROUND_VERBS = frozenset({"联投", "领投", "跟投", "参投", "追投", "合投"})
_STARTUP_AFTER = re.compile(r"\s*(?:创业公司|初创公司|初创企业|创企|独角兽)")
_ROUND_WORD = re.compile(r"(?:天使|种子|Pre-?[A-F]\+?|[A-F]\+{0,2}|新一|首|上一|本|此)轮")


def _shorter_before_word(text: str, s: int, e: int, eid: str, lex: lexicon_mod.Lexicon) -> tuple[int, int, str]:
    """京东方面未回应: where a lexicon name's last character opens a word with the next one (方|面) and the name
    without it is a lexicon name too (京东), that shorter name is meant; 京东方科技, 京东方的 stay 京东方."""
    w = wordlist.words()
    if e - s < 3 or e >= len(text) or text[e] in _AFTER_NAME or w.get(text[e - 1:e + 1]) is None \
            or w.get(text[e:e + 2]) in ("v", "vn"):
        return s, e, eid  # 京东方向B投资: 向 after a name is a preposition; 华为云达成合作: 达成 is the verb
    shorter = lex.by_name.get(text[s:e - 1])
    return (s, e - 1, shorter) if shorter else (s, e, eid)


_GLUED_TAGS = frozenset({"v", "vn", "m", "mq", "q", "d", "p", "c", "r", "u", "f", "t", "b"})
_GLUED_N, _GLUED_NOT_V = _GLUED_TAGS | {"n"}, _GLUED_TAGS - {"v", "vn"}


def _known_within(text: str, found: list[Mention], r: NameRules) -> list[Mention]:
    """…订立两份越秀地产期权…, 重组江中集团, 华映百慕大用于质押: a name found by its shape or a cue that
    holds a name the document gives elsewhere, with only a verb, number, adverb or other glued word
    before or after it (两份, 重组, 用, 现有), is that name; not a place before it (北京豪威) nor an
    ending after it (君乐宝乳业), nor a full registered name."""
    known: dict[str, Mention] = {}
    for m in found:  # (a person marked so by the text too: 股东王东辉…王东辉眼下持有)
        if m.kind in ("organization", "candidate", "person") and m.source != "coref" and len(m.text) >= 2:
            known.setdefault(m.text, m)
    order = {k: n for n, k in enumerate(known)}
    out = []
    for m in found:
        inner = None
        if m.source in ("shape", "cue", "context") and not _LEGAL_END.search(m.text[-7:]):
            inner = max((k for k in _known_inside(m.text, known, order) if known[k].key != m.key
                         and _glued_around(m.text, k, r, known)), key=len, default=None)
            if inner is None and _REPORTER_BEFORE.search(text, max(0, m.start - 4), m.start):
                inner = next((k for k in _known_inside(m.text, known, order) if m.text.endswith(k)
                              and 2 <= len(m.text) - len(k) <= 3 and m.text[0] in r.surnames), None)
                # 记者 王子元|澄川生物公告: a reporter's name in the byline, then a name the document gives elsewhere
        if inner is None:
            out.append(m)
            continue
        n, s = known[inner], m.start + m.text.index(inner)
        out.append(Mention(s, s + len(inner), inner, n.kind, n.key, "short", n.canonical))
    return out


_REPORTER_BEFORE = re.compile(r"记者[ \u3000]*\Z")


def _known_inside(name: str, known: dict[str, Mention], order: dict[str, int]) -> list[str]:
    """The known names strictly inside `name`, in the order of `known`. Its substrings are looked up when
    there are fewer of them than known names (a long document knows thousands; a name has a few dozen)."""
    n = len(name)
    if n * (n - 1) // 2 >= len(known):
        return [k for k in known if k != name and k in name]
    inside = {name[i:j] for i in range(n) for j in range(i + 1, n + 1) if j - i < n} & known.keys()
    return sorted(inside, key=order.__getitem__)


def _glued_around(name: str, inner: str, r: NameRules, known: dict[str, Mention]) -> bool:
    """Whether `name` is `inner` with only glued words around it (see _known_within); not where what
    is around it is a name too (上汽通用, 格力金投) or a noun after it (奇瑞变速箱)."""
    i = name.index(inner)
    before, after = name[:i], name[i + len(inner):]
    if not before and not after or r.suffix.search(after) or before and _place_length(before, 0) == len(before):
        return False
    if not before and _FUND_PHASE.fullmatch(after):
        return False  # 澄川产业基金二期 beside 澄川产业基金: the phase is a fund of its own (_with_fund_phase)
    lex, w = lexicon_mod.load(), wordlist.words()
    if any(piece in known or piece in lex.by_name for piece in (before, after) if piece) or \
            w.get(after) in ("n", "nz", "ns", "nt", "nr", "j"):
        return False
    glued_before = not before or w.get(before) in _GLUED_N and len(before) <= 2 and not \
        wordlist.is_name_word(before)
    glued_after = not after or w.get(after) in (_GLUED_TAGS if len(after) == 1 else _GLUED_NOT_V) or \
        len(after) > 1 and w.get(after[:1]) in _GLUED_TAGS and after[:2] not in w  # 用|于, 现有, 告|国 (上汽通用: a verb word)
    return glued_before and glued_after


_RECURRING_SOURCES = frozenset({"shape", "code", "cue", "context", "latin", "short"})


def _recurring(text: str, found: list[Mention], r: NameRules) -> list[Mention]:
    """澜舟网络拟收购… 澜舟网络未回购股份: a name the document gives once is that organisation wherever
    the same characters recur standing apart (after punctuation, a stop word or a preposition, before
    punctuation, a stop word, a value or a verb) and no other mention covers them; same key. A short
    name (defined in brackets, or cut from a full name) only after its first occurrence."""
    names: dict[str, Mention] = {}
    strong: dict[str, Mention] = {}  # names given with a code or a seat in brackets: 澄川玩具（002999）, A（苏州）科技有限公司
    for m in found:
        if m.kind in ("organization", "candidate") and m.source in _RECURRING_SOURCES and len(m.text) >= 2:
            names.setdefault(m.text, m)
            if m.source == "code":
                strong.setdefault(m.text, m)
        seated = _SEATED_FULL_NAME.match(m.text) if m.kind == "organization" and m.source == "shape" else None
        if seated is not None and not r.generic_head_re.match(seated.group(1)):
            core = Mention(m.start, m.end, seated.group(1), "organization", m.key, "short", m.canonical)
            names.setdefault(core.text, core)  # 澄川微芯（苏州）科技有限公司 … 澄川微芯: the core, after the full name
            strong.setdefault(core.text, core)
    if not names:
        return found
    for name, m in list(names.items()):  # 澄川微芯方面: a guess that is a strong name and a glued word is no name
        if m.kind == "candidate" and m.source in ("context", "cue") and any(
                name.startswith(core) and _GLUED_FOLLOWER.fullmatch(name, len(core)) for core in strong):
            del names[name]
    occupied = bytearray(len(text) + 1)
    for m in found:
        occupied[m.start:m.end] = b"\x01" * (m.end - m.start)
    extra, dropped = [], set()
    guesses: dict[int, list[Mention]] = {}  # the guessed names by start (a lookup, not a walk through all names)
    for g in found:
        if g.kind == "candidate" and g.source in ("context", "cue"):
            guesses.setdefault(g.start, []).append(g)
    for word, s, e in _find_all(list(names), text):
        m = names[word]
        glued = next((g for g in guesses.get(s, ()) if g.end > e and _GLUED_FOLLOWER.fullmatch(text, e, g.end)),
                     None) if word in strong else None
        if glued is not None and s >= m.end:  # 澄川微芯方面表示: the name, then a word glued to it (方面, 自身)
            dropped.add(id(glued))
            occupied[glued.start:glued.end] = b"\x00" * (glued.end - glued.start)
        if any(occupied[s:e]) or m.source == "short" and s < m.end or \
                not _apart_before_name(text, s, r) or not (_apart_after_name(text, e, r) or _OWN_NOUN_AFTER.match(text, e)
                                                           or word in strong and _GLUED_FOLLOWER.match(text, e)):
            continue
        if m.source == "latin" and text.startswith(("业务", "板块"), e):
            continue  # …部署Robotaxi。其中Robotaxi业务收入…: the Latin word again, as a line of business
        extra.append(Mention(s, e, word, m.kind, m.key, "short", m.canonical))
        occupied[s:e] = b"\x01" * (e - s)
    if dropped:
        found = [m for m in found if id(m) not in dropped]
    found = [_as_strong_name(m, strong) for m in found]
    return sorted(found + extra, key=lambda m: m.start) if extra else found


def _as_strong_name(m: Mention, strong: dict[str, Mention]) -> Mention:
    """澄川石油（600998）拟收购…。…澄川石油控股股东…: a short name given once with its code (or cut from a seated full
    name) is that organisation where a cue or the context finds the same characters again later, not a guess."""
    first = strong.get(m.text)
    if m.kind != "candidate" or m.source not in ("cue", "context") or first is None or first.kind != "organization" \
            or m.start < first.end:
        return m
    return Mention(m.start, m.end, m.text, "organization", first.key, "short", first.canonical)


# 澄川微芯（苏州）科技有限公司: a core, a seat in brackets, then trade words and a legal ending
_SEATED_FULL_NAME = re.compile(r"([\u4e00-\u9fff]{2,8})[（(][\u4e00-\u9fff]{2,4}[)）][\u4e00-\u9fff]{0,8}?(?:有限公司|有限责任公司|股份有限公司)$")
# what may stand glued after a company's short name given with its code or seat: 方面, 自身, 本身, 将, a business
# and its figure (澄川玩具储能业务收入)
# 澄川石油主业连年萎缩 / 澄川石油股价大跌 / 澜舟芯片营收约4亿元: a name given before, then a noun of its own (its main
# business, shares, results)
_OWN_NOUN_AFTER = re.compile(r"(?:主业|主营|股价|市值|营收|业绩|净利|董事会|管理层|高管|控股股东|实控人|实际控制人)")
_GLUED_FOLLOWER = re.compile(r"方面|自身|本身|将|[\u4e00-\u9fff]{1,6}?(?:业务|板块|分部)")


def _apart_before_name(text: str, start: int, r: NameRules) -> bool:
    """Nothing glued before `start` but punctuation, a stop word, a preposition or a conjunction."""
    return start == 0 or not _NAME_RUN_BEFORE.search(text, start - 1, start).group() or _stop_before(text, start, r)


def _apart_after_name(text: str, end: int, r: NameRules) -> bool:
    """Nothing glued after `end` but punctuation, a value, a stop word, or a verb or function word."""
    if _apart_after(text, end, r):
        return True
    w = wordlist.words()
    return w.get(text[end:end + 2]) in _FUNCTION_V or w.get(text[end:end + 1]) in _CLOSED_D


def _seated_subsidiaries(text: str, found: list[Mention], r: NameRules) -> list[Mention]:
    """全资子公司青松香港拟…, 向澜石集团香港出售: an organisation's name and the place where a subsidiary
    sits (names.yaml `subsidiary_seats`), then a verb, a stop or punctuation, name that subsidiary."""
    taken = {m.start for m in found}
    out = []
    for m in found:
        seat = r.seat.match(text, m.end)
        if m.kind in ("organization", "candidate") and m.source != "coref" and seat is not None and \
                seat.end() not in taken and m.end not in taken and _apart_after(text, seat.end(), r):
            name = text[m.start:seat.end()]
            m = Mention(m.start, seat.end(), name, "organization", _name_key(name), "shape")
        out.append(m)
    return out


_PLACED_SOURCES = frozenset({"short", "lexicon"})


def _placed(text: str, found: list[Mention], r: NameRules) -> list[Mention]:
    """收购了北京澜威, 全资子公司上海青英以…, 则澜英网络或上海澜英将…: a city or province glued before an
    organisation's short or known name (澜威 after 澜威半导体) names the company of that name seated
    there, a name of its own; only where the place stands apart from what comes before it (a stop word,
    a deal verb, a role noun or punctuation), nothing glued after the name (收购苏州澜威张江…: a longer
    phrase) and no other mention holds it. Not a country (美国澜威: `_with_country` reads it)."""
    taken = bytearray(len(text) + 1)
    for m in found:
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    out = []
    for m in found:
        if m.kind == "organization" and m.source in _PLACED_SOURCES and 2 <= len(m.text) <= 6 and m.start >= 2:
            n = next((n for n in (4, 3, 2) if m.start - n >= 0 and _place_length(text, m.start - n) == n), 0)
            p = m.start - n
            if n and not any(taken[p:m.start]) and not r.country_before.fullmatch(text, p, m.start) and \
                    _apart_before_name(text, p, r) and _apart_after_name(text, m.end, r) and not _place_length(text, m.start):
                name = text[p:m.end]
                m = Mention(p, m.end, name, "organization", _name_key(name), "shape")
        out.append(m)
    return out


def _apart_after(text: str, end: int, r: NameRules) -> bool:
    """Nothing glued after `end` but a stop word or a verb: punctuation, a value, 拟/与/将 …."""
    return end >= len(text) or not _NAME_RUN.match(text, end).group() or bool(r.right_stop.match(text, end)) or \
        text[end].isdigit()


_SHARES_BEFORE = re.compile(r"(?:增持|减持|收购|受让|买入|持有|每股|转让|出售|认购|的)\Z")


def _shares_of_name(text: str, m: Mention) -> Mention:
    """增持澜舟股份的可能 where the document also names 澜舟 alone (澜舟的发展潜力): after a verb of
    shares, 股份 are the shares of the company named before them, not part of its name. A name that
    the document only ever writes with 股份 (青禾股份, a listed company's short name) keeps it."""
    if m.source not in ("cue", "context", "shape") or not m.text.endswith("股份") or len(m.text) < 4 or \
            not _SHARES_BEFORE.search(text, max(0, m.start - 2), m.start):
        return m
    head, r = m.text[:-2], rules()
    for start in occurrences(m.text, text):
        if start != m.start and not _SHARES_BEFORE.search(text, max(0, start - 2), start):
            return m  # 青禾股份公告…: the document names the company so
    for start in occurrences(head, text):
        end = start + len(head)
        if start != m.start and not text.startswith("股", end) and not r.suffix.match(text, end) and \
                (not _NAME_RUN_BEFORE.search(text, max(0, start - 1), start).group()
                 or _stop_before(text, start, r)):
            return Mention(m.start, m.end - 2, head, m.kind, _name_key(head), m.source)
    return m


_ACT_TOGETHER = re.compile(r"合资(?!公司|企业|品牌|厂|车企)|联合|合作|携手|共同|联手|双方")  # not 华晨宝马合资公司


def _joint_ventures(text: str, found: list[Mention], r: NameRules) -> list[Mention]:
    """增持华晨宝马…, 一汽-大众, 长安PSA: two known organisations' names glued together (or joined by a
    hyphen) name their joint venture, one organisation; a list always separates its names (、和). The
    first may be a short name of the document (青松 after 青松汽车: 收购青松PSA中方股权)."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if prev is not None and prev.source in ("lexicon", "short") and prev.kind == "organization" and \
                m.source in ("lexicon", "latin") and m.kind in ("organization", "candidate") and \
                (m.start == prev.end or text[prev.end:m.start] == "-") and not _ends_with_suffix(prev.text, r) \
                and not _ACT_TOGETHER.match(text, m.end):  # 百度吉利合资造车: two partners acting together
            name = text[prev.start:m.end]
            out[-1] = Mention(prev.start, m.end, name, "organization", _name_key(name), "shape")
            continue
        out.append(m)
    return out


def _with_country(text: str, m: Mention, r: NameRules) -> Mention:
    """收购日本伊藤忠, 、德国曼恩以…, 目前美国ARC: a country glued before a foreign organisation's name is
    part of how the news names it; not when a name character other than a stop word or preposition
    stands before the country (中美国际: no country there), nor before a person or a Latin name of
    several words (收购法国Belle Rive SAS: a full foreign name stands on its own)."""
    if m.kind == "person" or m.start < 2 or m.source == "latin" and " " in m.text:
        return m
    country = r.country_before.search(text, max(0, m.start - 4), m.start)
    if country is None:
        return m
    c = country.start()
    if c and _NAME_RUN_BEFORE.search(text, c - 1, c).group() and not _stop_before(text, c, r):
        return m
    name = text[c:m.end]  # the same organisation as the name without its country (its key)
    return Mention(c, m.end, name, m.kind, m.key, m.source, m.canonical if m.source == "lexicon" else name)


def _foreign_items(text: str, r: NameRules) -> list[Mention]:
    """收购三家海外企业：美国ARC、日本澜礼富和比利时青奇: in a list (an item beside 、, or two items joined
    by 和/及/与), a country then a short run that is no common word is a foreign company's name (the
    country joins it through `_with_country`); not 美国市场、日本市场 (common words), nor a lone 日本青奇."""
    if "、" not in text:
        return []
    out, listed = [], -1
    for m in r.country_item.finditer(text):
        beside = text[m.start() - 1:m.start()] == "、" or text[m.end(1):m.end(1) + 1] == "、" or \
            listed == m.start() - 1  # …、日本澜礼富和比利时青奇: joined to the item before
        if beside and not wordlist.is_common_word(m.group(1)) and not _common_words(m.group(1)):
            found = _candidate(text, m.start(1), m.end(1), r, lax=True, slot=True, listed=True)
            listed = m.end(1) if found else -1
            out += found
    return out


def _industry_word(text: str, end: int) -> bool:
    """中国银行业, 中国建筑业: a known name whose last two characters and a following 业 make a word names
    an industry, not the company."""
    return text[end:end + 1] == "业" and wordlist.words().get(text[end - 2:end + 1]) in ("n", "l")


_NOT_SUBSIDIARY = frozenset(["方面", "手机", "股价", "市值", "内部", "官方", "总部", "财报", "用户", "员工", "高管",
                             "团队", "系列", "品牌", "产品", "创始", "董事", "高层", "股东", "入股", "系统", "线上",
                             "线下", "公告", "网站", "官网", "项目", "核准", "批准", "审核", "发文", "门店", "业务",
                             # what a company's numbers are called (澜舟科技作价3亿元…, 青松股份溢价4%):
                             "作价", "溢价", "估值", "报价", "出价", "业绩", "营收", "净利", "收入", "资产", "负债",
                             "商誉", "账面", "增仓", "加仓", "减仓", "持仓", "注册",
                             # a result turning (寒武纪转亏为盈, 澜舟扭亏, 青松转盈): what it did, no unit
                             "转亏", "转盈", "扭亏", "扭盈", "减亏", "亏损", "盈利",
                             # what a company does, written as nouns (向英伟达下单采购, 腾讯布局AI, 阿里加码…):
                             "下单", "布局", "加码", "发力", "订单",
                             # what it makes public or builds (由京东开源, 腾讯自研的芯片, 百度量产的车):
                             "开源", "上线", "量产", "出品", "研发", "自研", "首发", "官宣", "内测", "公测",
                             "港股", "美股", "股票",   # 百度港股和美股股价均上涨: its listed shares
                             # how goods go to it (向英伟达批量供货, 为小米独家供应)
                             "批量", "独家", "长期", "稳定", "持续", "首批", "少量", "逐步", "小批", "大批",
                             # what one does with it (同兆芯联系, 与华为洽谈): the verb after 同/与 and the partner
                             "联系", "接触", "沟通", "洽谈", "谈判", "对接", "协商", "磋商", "交流", "商谈",
                             # people of the company (腾讯人士透露, 清华校友), its scientists, how it holds (私人持股)
                             "人士", "校友", "科学", "私人", "备案",
                             # how much it spends (谷歌豪掷47亿美元, 华为重金投入): the verb and its money, no unit
                             "豪掷", "重金", "巨资", "砸钱",
                             # what it plans or reckons, as Taiwan news words it (鸿海规划，与辉达合作…; 台积电预估)
                             "规划", "预估", "估计", "表态"])


def _subsidiary_names(text: str, r: NameRules, valued: bytearray, found: list[Mention]) -> list[Mention]:
    """海尔智家、, 华为海洋51%股权, 腾讯影业就…: a known organisation's name with two characters more, and
    then a boundary, names its subsidiary or brand rather than itself."""
    out, starts = [], {m.start for m in found}
    for m in found:
        unit = _unit_name(text, m, r) or _investing_arm(text, m, r)
        if unit is not None:
            out.append(unit)
            continue
        tail, after = text[m.end:m.end + 2], m.end + 2
        if (m.kind != "organization" or len(tail) < 2 or not re.fullmatch(r"[\u4e00-\u9fff]{2}", tail)
                or m.end in starts  # 广汽丰田: another known name follows (a joint venture, read later)
                or _not_a_parent(m.canonical)  # 港交所递表: a market or regulator names no unit
                or _ends_with_suffix(m.text, r)  # 天风证券宣告, 阿里巴巴集团计划: a full name takes no tail
                or tail in r.not_short or tail in _NOT_SUBSIDIARY or r.trigger_inside.search(tail)
                or tail in lexicon_mod.load().by_name  # 百度吉利合资: two known names, no unit
                or r.suffix.match(tail) or _function_tail(text, tail, after)
                or wordlist.words().get(tail[0]) in _CLOSED_D or r.left_stop.match(tail)
                or tail[0] == "系"  # 安邦系以…, 该公司系…: 系 marks a faction or is the copula, no unit's name
                or text.startswith("时间", after)):  # 英伟达当地时间周二, Anthropic美东时间: a clock, no unit
            out.append(m)
            continue
        if after < len(text) and not valued[after] and _NAME_RUN.match(text, after).end() > after \
                and not r.right_stop.match(text, after):
            out.append(m)
            continue
        if text.startswith(("分公司", "公司"), after):  # 中国电信甘肃公司: the unit's name closes with 公司
            after += 3 if text.startswith("分公司", after) else 2
        name = text[m.start:after]
        out.append(Mention(m.start, after, name, "organization", _name_key(name), "shape"))
    return out


# 讯飞基金领投, 岚图资本跟投: a known company's short name and then the word of an investing arm names the fund (a party of
# its own), not the company. 投资 is also the verb (华为投资了青禾, 由华为投资，…): it names a fund only before what follows
# an investor's name (a round's verb, 等, 、, 作为 …).
_ARM_ENDING = re.compile(r"基金|资本|创投|产投|投资")
_INVESTING_SECTORS = frozenset({"investment_firms", "finance"})
_AFTER_INVESTING_ARM = re.compile(r"领投|跟投|参投|联投|合投|追投|加注|等|、|作为|持有|持股|旗下|管理|出资|[)）]")


def _investing_arm(text: str, m: Mention, r: NameRules) -> Mention | None:
    """讯飞基金领投了B: a lexicon organisation's short name followed by 基金/资本/创投/产投 (or 投资 before a
    round's verb, 等 or 、), and then no more of a name, is its investing arm's name: a new party, not the company.
    Not after an investment firm or a financial house (its funds are the house itself in the news' usage), nor where the known name already ends in such a word (澄川资本基金), nor before a word that merely opens with
    it (资本开支, 资本市场: names.yaml `not_suffix_words`), nor where the name runs on (讯飞基金会)."""
    if m.kind != "organization" or m.source != "lexicon" or _ends_with_suffix(m.text, r) or _not_a_parent(m.canonical) \
            or lexicon_mod.load().entries[m.key.removeprefix("lex:")].sector in _INVESTING_SECTORS:
        return None  # (高毅基金: an asset manager's own funds, the manager itself in the news' usage)
    arm = _ARM_ENDING.match(text, m.end)
    if arm is None or r.not_suffix.match(text, m.end):
        return None
    after = arm.end()
    if arm.group() == "投资":
        if not _AFTER_INVESTING_ARM.match(text, after):
            return None
    elif after < len(text) and _NAME_RUN.match(text, after).end() > after and not r.right_stop.match(text, after) \
            and not text[after].isdigit():
        return None
    name = text[m.start:after]
    if name in lexicon_mod.load().by_name:
        return None
    return Mention(m.start, after, name, "organization", _name_key(name), "shape")


# 小米汽车, 百度智驾, 华为机器人: a known company's short name and then the ending of a line of business that is
# not its own names a unit of it (its own full name would be known, or ends in 科技, 集团, 股份 …: those are not
# here). An ending of the company's own line (蔚来汽车, 华虹半导体) is the company's fuller name.
_UNIT_ENDING = re.compile(r"集成电路|微电子|半导体|机器人|存储|汽车|电子|光电|通信|智驾|智算|生物|医疗|医药")
_OWN_ENDINGS = {"healthcare": {"生物", "医疗", "医药"},  # (海尔生物: an appliance maker's unit; 药明生物: its own line)
                "chips": {"集成电路", "微电子", "半导体", "电子", "光电", "存储", "通信"},
                "memory": {"集成电路", "微电子", "半导体", "电子", "存储"},
                "vehicles": {"汽车", "智驾", "电子"}, "robotics": {"机器人"},
                "devices": {"电子", "通信", "光电"}, "compute_cloud": {"智算", "通信"}, "data_centers": {"智算", "通信"}}


def _unit_name(text: str, m: Mention, r: NameRules) -> Mention | None:
    """A lexicon company's name followed by a line-of-business ending (_UNIT_ENDING) that the lexicon does not
    know with it and that is not the company's own line (by its lexicon sector; none where the sector is not
    known): the unit's name, not the company (小米机器人持有…: not 小米). Not where the ending opens a
    longer word (电子商务, 汽车行业) or a common follower comes after it (汽车业务, 存储芯片), nor where the
    company's own name already has that ending (a market or regulator names no unit)."""
    if m.kind != "organization" or m.source != "lexicon" or _not_a_parent(m.canonical):
        return None
    ending = _UNIT_ENDING.match(text, m.end)
    if ending is None or ending.group() in m.canonical or ending.group() in m.text:
        return None
    sector = lexicon_mod.load().entries[m.key.removeprefix("lex:")].sector
    if sector is None and len(ending.group()) < 3 or ending.group() in _OWN_ENDINGS.get(sector, ()):
        return None  # 赛力斯汽车: a car maker's fuller name (a group of no known line: 华润微电子 is its unit, 华润电子 unsure)
    after = ending.end()
    name = text[m.start:after]
    w = wordlist.words()
    if name in lexicon_mod.load().by_name or r.generic_follow.match(text, after) or \
            any(text[m.end:after + k] in w for k in (1, 2)):
        return None
    return Mention(m.start, after, name, "organization", _name_key(name), "shape")


@cache
def _not_a_parent(name: str) -> bool:
    """Markets and regulators (frames.yaml `not_subjects`: 港交所, 证监会) have no subsidiaries or brands."""
    return any(w in name for w in read_yaml("frames.yaml")["not_subjects"])


def _function_tail(text: str, tail: str, after: int) -> bool:
    """A tail of two characters that reads as a function word, verb, number or time word (华为也在, 腾讯
    近日), or a word that follows a deal's subject (names.yaml `subject_followers`: 华为计划于2026年…,
    a plan, not a subsidiary named 计划); an adjective only where no deal's subject follows (澜石健康发布公告…, 澜石健康以3亿元…: a
    company named by its trade, 健康, 智慧)."""
    tag, follow = wordlist.words().get(tail), cue_names.cues().subject_follow
    if tail in rules().verb_nouns:  # 比亚迪贡献的营收, 由台积电代工: the name, then its verb
        return True
    if follow.fullmatch(tail):  # 华为计划于…, 蔚来准备…: a word that follows a deal's subject is the predicate
        return True
    if tag == "a" and follow.match(text, after) and not follow.match(tail):  # not 比亚迪|成功收购
        return False
    return tag in _TAIL_TAGS


def _guarded_names(text: str, r: NameRules, lex: lexicon_mod.Lexicon, known: list[Mention] = ()) -> list[Mention]:
    """苹果计划与阿里合作: a short name that is also a word counts when an organisation's verb follows, or
    when it is listed between known organisations (美团、蚂蚁、阿里巴巴: 蚂蚁 next to two of them)."""
    out = []
    for m in r.guarded.finditer(text):
        entry = lex.entries.get(r.guarded_ids[m.group()])
        if entry is not None:
            out.append(Mention(m.start(), m.end(), m.group(), entry.kind, f"lex:{entry.id}", "lexicon", entry.name))
    ends = {k.end for k in known if k.kind == "organization"}
    starts = {k.start for k in known if k.kind == "organization"}
    for m in r.guarded_listed.finditer(text):
        if m.start() - 1 in ends and m.end() + 1 in starts and not any(o.start == m.start() for o in out):
            entry = lex.entries.get(r.guarded_ids[m.group()])
            if entry is not None:
                out.append(Mention(m.start(), m.end(), m.group(), entry.kind, f"lex:{entry.id}", "lexicon", entry.name))
    return out


def _blocked(text: str, r: NameRules) -> bytearray:
    """Characters inside words where a short known name is not that name (京东 in 北京东城区)."""
    out = bytearray(len(text) + 1)
    for m in r.not_names.finditer(text):
        out[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    return out


def _latin_boundary_ok(text: str, s: int, e: int) -> bool:
    before = text[s - 1] if s else " "
    after = text[e] if e < len(text) else " "
    if text[s].isascii() and text[s].isalnum() and before.isascii() and before.isalnum():
        return False
    return not (text[e - 1].isascii() and text[e - 1].isalnum() and after.isascii() and after.isalnum())


def _name_key(name: str) -> str:
    return f"name:{core(name)}"


_HOLDS_CONTROL_END = re.compile(r"\s*(?:[，,；;。！!？?）)]|$|的)")


_OWNERSHIP_WORD = re.compile(r"(?:中国|中方|我国)?(?:国有|国营|民营|中资|外资|国企|央企|港资|台资|合资)")
_BEN_WORDS = frozenset("轮次年月期届身季周金息")  # 腾讯投资本轮领投: 本轮, not 资本


def _place_cut_by_window(text: str, start: int) -> int:
    """A long name (a city, then a fund's twelve characters or more) cut by the window inside the city's name: where
    a place word of the dictionary (or names.yaml `places`) runs across `start`, the name opens with it (else start)."""
    places, w = rules().places, wordlist.words()
    for k in (1, 2):
        for size in (3, 2):
            word = text[max(0, start - k):start - k + size]
            if start - k >= 0 and size > k and len(word) == size and (w.get(word) == "ns" or word in places) \
                    and (start - k == 0 or not _CJK_RUN.match(text[start - k - 1])
                         or rules().left_stop_before.search(text, max(0, start - k - rules().stop_reach), start - k)):
                return start - k
    return start


_CAPITAL_KINDS = ("注册", "实缴", "认缴")
_HELD_PREFIX = re.compile(r"(?:所|其)?(?:持有|持|拥有)")  # (其)所持|股份, 持有|股份: a holding, no name's head
_GAINS_CONTROL = ("实现", "取得", "获得", "谋求", "失去", "丧失", "恢复")  # (…来)实现控股: gaining or losing control


# (wt-jb) what runs a name on past …创投投资 / …资本投资 (…创投投资有限公司, …资本投资管理中心): a firm's own name
_LEGAL_RUN_ON = re.compile(r"有限|公司|集团|管理|合伙|股份|控股|发展|中心|咨询|顾问|基金|[（(]")


def _shape_names(text: str, r: NameRules) -> list[Mention]:
    out, w = [], wordlist.words()
    known_names = lexicon_mod.load().by_name
    for m in r.suffix.finditer(text):
        at, after = m.span()  # the ending's place (read once: this loop runs at every ending of the text)
        if r.not_suffix.match(text, at):
            continue
        ending = m.group()
        if ending == "资本" and text.endswith(_CAPITAL_KINDS, max(0, at - 2), at):
            continue  # 青禾海博注册资本为3亿元: the company's registered capital, no firm named …资本
        if ending == "投资" and text.startswith("本", after) and text[after + 1:after + 2] not in _BEN_WORDS:
            at, after, ending = at + 1, after + 1, "资本"  # 亚投资本: the ending is 资本, 投 is the name's
        if ending == "投资" and text.endswith(("创投", "产投", "资本", "基金"), 0, at) and at - 2 > 0 \
                and not _LEGAL_RUN_ON.match(text, after):
            continue  # (wt-jb) 曾获A、岚山创投投资: the firm's name ends before the deal noun (岚山创投 is read from 创投)
        if ending == "投资" and _known_then_name(text, at, after, r, known_names):
            continue  # 阿里巴巴投资瀚博半导体: a known name, the verb, then the company it invests in
        if ending == "投资" and _person_then_verb(text, at, after, r):
            continue  # 王磊投资师承…: a person, his investing, then a verb (not a firm named 王磊投资)
        legal = ending in r.legal
        start = _left_edge(text, at, r, window=20 if legal else 12, before_suffix=legal)
        if not legal and start == at - 12:
            start = _place_cut_by_window(text, start)  # 上海|澄川远航人工智能产业母基金: the seat's first character
        start = start if legal else _past_party_noun(text, _past_verb(text, start, at), at)  # 开拓电源有限公司
        start = _past_function_word(text, start, at, r)
        if legal and text[start - 1:start] in _STOPS_IN_HEADS and r.suffix.fullmatch(text[start:at]) \
                and text[start - 2:start] not in wordlist.words() and re.match(f"[{NAME_CHARS}]", text[start - 2:start - 1] or " "):
            # 苏州岚为科技股份有限公司: a stop character inside the head (岚为) leaves only trade words before the
            # ending, no name of its own; the head goes on to the left of it
            start = _past_function_word(text, _left_edge(text, start - 1, r, window=12), start - 1, r)
        if text[start:start + 1] == "比" and _COMPARED_AFTER.match(text, after):
            start += 1  # ，比星澜科技更早: a comparison after all
        intro = [i.end() for i in r.introducer.finditer(text, start, at) if at - i.end() >= 2
                 and not cue_names.glued_word(text, i.end())]
        if intro and not legal:  # 智能驾驶方案商|云途智驾: the name after the category noun
            start = intro[-1]
        joined = [j for j in range(start + 2, at - 1) if text[j] in "和与及、" and text[start:j] in known_names]
        if joined:  # 阿里云和蚂蚁集团: a known name, then a joiner: a list, the name is after it
            start = joined[-1] + 1
        elif text[start - 1:start] == "、" and not legal:
            closing = [j for j in range(start + 2, at - 2) if text[j] in "和与及" and (
                not _joiner_in_word(text, j, j + 1) or wordlist.words().get(text[j - 1:j + 1]) == "ns")]
            if closing:  # A、岚山云和锦岳科技: the list's last joiner (even where 云和 makes a place word), the name after it
                start = closing[-1] + 1
        owned = _OWNERSHIP_WORD.match(text, start, at)
        if owned and any(text[owned.end():e] in known_names for e in range(owned.end() + 2, after + 1)):
            start = owned.end()  # 中国国有|上汽集团, 民营|腾讯控股: how a known company is owned, no part of its name
        group = text.rfind("集团", start, at) if not legal else -1
        if group - start >= 2 and at - (group + 2) >= 2 and not _trade_words(text[group + 2:at]) \
                and _CJK_RUN.fullmatch(text, group + 2, at):
            start = group + 2  # 招商局集团|澄川启航资本: a group's name, then its unit's own (read at the group's ending)
        part = _PART_OPENING.match(text, start)
        if part is not None and at - part.end() >= 2 and _SHARES_VERB.search(text, max(0, start - 8), start):
            start = part.end()  # 收购部分|澄星电子股份: the part of the shares bought, no part of the name
        prefix = text[start:at]
        if text[start - 1:start] in ")）" and legal and r.suffix.fullmatch(prefix):
            continue  # 星河(深圳)|科技股份有限公司: the tail of a name with its seat in brackets, read whole elsewhere
        if "等" in text[start - 1:at] and (w.get(kind := text[text.rfind("等", start - 1, at) + 1:at]) == "n"
                                            or len(kind) >= 3 and _common_words(kind)):
            continue  # A、B等酒店集团 / 等物流公司 / 等连锁酒店集团: the kind of the ones listed, no name
        if len(prefix) < 2 or r.generic_head_re.match(prefix) or _is_number(prefix) or prefix in r.latin_stop:
            continue  # 15家拟IPO公司, 多家AI企业: a common abbreviation before the ending names no company
        if _ranked_description(prefix):
            continue  # 国内领先硬|科技PE: a rank and ordinary words, a description of the kind of firm, no name
        if _HELD_PREFIX.fullmatch(prefix):
            continue  # 将其所持股份对应的表决权委托给…: the holder's own shares, no company named 所持股份
        if r.left_stop.fullmatch(prefix) or ending == "控股" and prefix.endswith(_GAINS_CONTROL):
            continue  # 将持有合伙企业4%的份额, (通过…)来实现控股: a verb and what it deals in, no name
        if ending == "控股" and text[at - 1:at] == "非":
            continue  # 获得B非控股股份: non-controlling shares, no name ending in 控股
        if ending == "控股" and text[start - 1:start] == "由" and _HOLDS_CONTROL_END.match(text, after):
            continue  # 星澜智算由张伟控股 / 由澜石集团控股的B: the verb after 由A (A holds control), no name's ending
        if ending == "控股" and _control_verb_between(text, prefix, after, r):
            continue  # 七川机器人控股青禾能源: a full name, the verb, and the name of the firm it takes control of
        weak = ending in r.weak
        own = weak and ending == "公司" and (_foreign_head(prefix, r) or _known_then_own_head(prefix, known_names))
        if weak and (not (own or _distinctive(prefix) or ending in _BODY_ENDINGS and _seat_and_trade(prefix))
                     or r.weak_not_before.match(text, after) and ending not in _BODY_ENDINGS
                     and not (own and _STAKE_AFTER.match(text, after))):
            continue  # (a body's ending is no verb: 澄江港务管理处11日宣布…, 收购澄江港务管理处100%股权)
        if ending == "股份" and prefix.endswith(("流通", "限售", "流通A股", "流通H股", "转增", "增发", "回购", "质押", "冻结")):
            continue  # 出让澄川数据无限售流通股份800万股, 资本公积金转增股份: a kind of the company's shares, no name
        if ending == "股份" and (_ends_with_suffix(prefix, r) or _SHARES_VERB.search(text, max(0, start - 8), start)
                               and not re.match(r"[0-9的]|股份|股票|股权", text[after:after + 2])):
            continue  # 增持长园集团股份, 收购万科股份: the company's shares
        tag = w.get(prefix)
        if tag in _PREFIX_TAGS and not (
                (tag in ("v", "a") or tag == "b" and legal) and not weak and _standalone(text, start, after, r)) \
                and not (tag == "d" and not weak and _adverb_after_deal_verb(text, start)):
            continue  # not 运达科技, 欣荣医疗: a verb or adjective alone before a strong ending, standing apart
            # (变更为深蓝集团: a descriptive word alone before a legal ending too)
        if not legal and w.get(prefix[:2]) in ("v", "vn") and w.get(text[max(0, start - 2):start]) in ("d", "m"):
            continue  # 首次尝试跨界半导体: after an adverb, a verb and its object before the ending, no name
        coined = len(prefix) == 2 and prefix not in w and not weak  # 正邦科技, 新奥股份
        if _bad_start(text[start:after], r) and not (coined or _joiner_after_verb(text, start) or _joiner_word(text, start)
                                                     or _list_opening(text, start)
                                                     or _opening_bi(text, start, start + 1, start, r)) or \
                _bad_inside_name(text, start, at, r) or r.trigger_inside.search(
                _head(prefix) if legal else prefix[:-2] if ending == "基金" and prefix.endswith("投资") else prefix):
            # (云栖投资有限公司; 赛川投资基金: 投资 kept before 基金 by _left_edge only after a coined head)
            continue
        if len(prefix) > 2 and w.get(prefix[:2]) in _HEAD_TAGS[legal] and not _place_length(text, start) \
                and not _opening_verb(text, start, r) and not _joiner_word(text, start) \
                and not _adverb_after_deal_verb(text, start):
            continue  # 辉煌商务有限公司: before a legal ending, only a closed word or adverb is no name's head
        if ending == "AI" and (wordlist.is_common_word(prefix) or _ends_with_suffix(prefix, r)
                               or prefix in w and _STARTUP_AFTER.match(text, after)):  # 明星AI创业公司: a kind of firm
            continue  # (鼎峰资本AI投资组合: a name, then the word AI)
        if not legal and r.generic_follow.match(text, after) and not text.startswith(("战略投资", "战投"), after) \
                and not _maker_of_counted_goods(text, start, after):
            continue  # (获得澄川资本战略投资: the name, then the deal word, not 资本战略)
        if not legal and _model_after_name(prefix, ending, r):
            continue  # 澄川动力N2机器人: a name, its product's model, and the kind of product (the name ends at 动力)
        if not legal and _name_then_kind(prefix, r) and not _school_institute(prefix, ending):
            continue  # 宇行机器人人形机器人: a name, then a kind of its products (the name is found at its own ending)
        if ending == "租赁" and _RENTS_GOODS.match(text, after):
            continue  # 向青禾电子|租赁GPU算力: the verb renting compute, no leasing firm's ending
        if not legal and ending in _FIELD_ENDINGS and _FIRM_THEN_FIELD.search(text, start, after):
            continue  # 广州数据集团|人工智能公共算力中心项目: the group, then the field of its project
        if not legal and (prefix in _TURNS_TO or prefix in _WORK_VERBS):
            continue  # 该公司主打智能家居: a verb of the company's line of work, then the field (智能家居), no name 主打智能
        if not legal and text[start:start + 1] == "起" and text[start - 1:start] in ("年", "月", "日", "今") \
                and (w.get(prefix[1:3]) in ("v", "vn") or prefix[1:3] in _TURNS_TO):
            continue  # 2023年起转型算力租赁: 起 closes a time (from 2023), a verb and a field follow, no name
        if not legal and _verb_then_field(prefix):
            continue  # 公司将同时研发具身智能大模型, 创国内具身智能纪录: a verb and the field it works in, no name
        if not legal and (_WORKS_IN.search(text, max(0, start - 4), start) or _KIND_NOUN_AFTER.match(text, after)) \
                and _field_word(prefix):
            continue  # 主要从事自动驾驶软件开发: a field of work (the whole head) after a verb of working in it; 算力租赁企业B,
            #           公司算力租赁业务收入: a field and its trade before a noun for a kind of firm or business
        name = text[start:after]
        out.append(Mention(start, after, name, "organization", _name_key(name), "shape"))
    return out


_MODEL_CODE_END = re.compile(r"[A-Z][A-Za-z]{0,3}-?\d{1,4}[A-Za-z+]{0,2}$")  # N2, G1, Walker-S2: a product's model


def _model_after_name(prefix: str, ending: str, r: NameRules) -> bool:
    """澄川动力N2|机器人, 青禾智能G1|机器人: before an ending, a model code right after a head that ends in an ending
    itself is the first name's product, not part of a longer name (not 澄川N2科技: no ending before the code); a
    model code alone before 机器人 names a robot (发布G1机器人), not its maker."""
    model = _MODEL_CODE_END.search(prefix)
    return model is not None and (model.start() >= 4 and _ends_with_suffix(prefix[:model.start()], r)
                                  or model.start() == 0 and ending == "机器人")  # 发布G1机器人: a model alone


def _control_verb_between(text: str, prefix: str, after: int, r: NameRules) -> bool:
    """七川机器人控股青禾能源: 控股 after a head that is a full name already (it ends in an ending: 机器人) and before
    another name's head of two characters or more and its own ending, with no stop between, is the verb (takes control
    of), not the first name's ending; not 澄川科技控股有限公司 or 青禾电子控股集团 (a legal ending right after 控股)."""
    if not _ends_with_suffix(prefix, r) or not _CJK_RUN.match(text, after):
        return False
    nxt = r.suffix.search(text, after, after + 12)
    return nxt is not None and nxt.start() - after >= 2 and _CJK_RUN.fullmatch(text, after, nxt.start()) is not None \
        and not r.left_stop.search(text, after, nxt.start()) and not r.not_suffix.match(text, nxt.start())


# goods of the industry right after their maker's name (2000台远峰光电服务器, 1万颗青禾AI芯片)
_GOODS_AFTER_MAKER = re.compile(r"[A-Za-z0-9\-]{0,10}\s*(?:AI|GPU|推理|训练|液冷|智算)*(?:服务器|芯片|GPU|显卡|加速卡|算力卡|晶片|处理器|"
                                r"光模块|交换机|一体机|激光雷达|域控制器|传感器)")


def _maker_of_counted_goods(text: str, start: int, after: int) -> bool:
    """采购2000台远峰光电服务器: between a count of goods (2000台) and the goods themselves, a name with an ending is
    their maker; the goods word after it (服务器, 芯片) is no common noun the ending opens (光电服务, 光电芯片). Its head
    must be coined: no word, no spec of the goods (国产|光电芯片, 高端|智能服务器, 液冷|智算服务器, 八卡|智算服务器)."""
    if _COUNTED_LEAD_END.search(text, max(0, start - 12), start) is None or _GOODS_AFTER_MAKER.match(text, after) is None:
        return False
    ending = rules().suffix.match(text, start + 2)
    head = text[start:ending.start()] if ending else text[start:after]
    return 2 <= len(head) <= 3 and _CJK_RUN.fullmatch(head) is not None and head not in wordlist.words() \
        and not _common_words(head) and not head.startswith(_GOODS_SPECS) and head[-1] not in _SPEC_ENDS


# words that describe goods, not who makes them (液冷服务器, 国产芯片, 八卡服务器, 机架式, 车规级, 新一代)
_GOODS_SPECS = ("液冷", "风冷", "浸没", "国产", "信创", "高端", "高性能", "边缘", "通用", "整机", "机架", "刀片", "异构", "算力",
                "训练", "推理", "智算", "智能", "存储", "定制", "旗舰", "新一代", "下一代")
_SPEC_ENDS = frozenset("卡型式级代款核位寸")
_COUNTED_LEAD_END = re.compile(r"\d[\d.,]*\s*[万千百]?(?:颗|台|张|块|套|片|枚)\Z")
_FIELD_HEADS = ("具身", "人工", "机器", "计算机")  # 具身智能, 人工智能, 机器视觉, 计算机视觉: fields of technology
_SCOPE_WORDS = ("国内", "国外", "海外", "全球", "业内")
_VERB_TAGS = frozenset({"v", "vn", "j", "d"})  # 研发 is tagged j (an abbreviation) in jieba's dictionary


_WORK_VERBS = frozenset({"主打", "主营", "专做", "主攻", "从事", "专注于", "聚焦于", "致力于", "定位于"})
_TURNS_TO = frozenset({"转型", "布局", "进军", "切入", "发力", "深耕", "聚焦", "专注", "转向", "涉足"})
# a verb of working in a field, right before it: 从事, 专注于, 聚焦, 致力于, 深耕, 研发, 开发
_WORKS_IN = re.compile(r"(?:从事|专注于?|聚焦于?|致力于|深耕|主营|研发|开发|布局)$")


_KIND_NOUN_AFTER = re.compile(r"企业|厂商|业务|服务商|龙头|赛道|板块|领域")


def _field_word(prefix: str) -> bool:
    """自动驾驶, 大模型, 云计算: the whole head is a field the taxonomy knows by that word."""
    from dealgraph import taxonomy
    return taxonomy.load().keyword(prefix) == prefix


def _verb_then_field(prefix: str) -> bool:
    """研发具身(智能), 创国内具身(智能): before the ending, a field of technology (具身智能, 人工智能) after a verb, an
    adverb, or a scope word (国内, 全球): the field, what a company works in, no company's name."""
    field = next((f for f in _FIELD_HEADS if prefix.endswith(f)), None)
    if field is None or len(prefix) == len(field):
        return False
    head = prefix[:-len(field)]
    return wordlist.words().get(head) in _VERB_TAGS or head.endswith(_SCOPE_WORDS)


def _person_then_verb(text: str, at: int, after: int, r: NameRules) -> bool:
    """王磊投资师承一位老牌私募: 投资 at `at` after a person-shaped name (two or three characters opening the
    clause) and before a dictionary verb or a verb-like noun (names.yaml `verb_nouns`) is the person's
    investing, not a firm's ending (林园投资旗下…, 林园投资的产品 stay firms)."""
    follow = text[after:after + 2]
    if wordlist.words().get(follow) != "v" and follow not in r.verb_nouns:
        return False
    return any(at >= n and person_shaped(text[at - n:at]) and (at == n or text[at - n - 1] in _CLAUSE_OPENING)
               for n in (2, 3))


def _known_then_name(text: str, at: int, after: int, r: NameRules, known_names: dict) -> bool:
    """Whether 投资 at `at` follows a name the lexicon knows and is followed by another name (a run of name
    characters closed by an organisation ending within ten characters): the verb, not a firm's name."""
    if not any(text[at - n:at] in known_names for n in range(2, 7) if at >= n):
        return False
    ending = r.suffix.search(text, after + 2, after + 12)
    return ending is not None and r.left_stop.search(text, after, ending.start()) is None \
        and not r.not_suffix.match(text, ending.start())


_PAREN_PART = re.compile(r"[(（]([\u4e00-\u9fff]{2,3})[)）]")
_PAREN_WORDS = frozenset(["集团", "控股", "中国", "国际", "亚洲"])


def _parenthesised_names(text: str, r: NameRules, found: list[Mention]) -> list[Mention]:
    """澜石药业(济南)有限公司, 青松物流(集团)股份有限公司, 澜石科技(香港): a place or 集团 in brackets inside
    a name, then its legal ending; or a place in brackets closing it (a subsidiary named by its seat)."""
    out = []
    first_at: dict[int, int] | None = None  # where the earliest name ending at each place starts (built when needed)
    for m in _PAREN_PART.finditer(text):
        part = m.group(1)
        if part not in _PAREN_WORDS and wordlist.words().get(part) != "ns" and not _seat_then_legal(text, m.end(), part):
            continue
        end = _paren_right(text, m.end(), r, place=part not in _PAREN_WORDS)
        if first_at is None:
            first_at = {}
            for n in found:
                if n.kind != "person" and n.start < first_at.get(n.end, n.end):
                    first_at[n.end] = n.start
        start = _paren_left(text, m.start(), r, first_at, registered=end is not None and text.endswith(_REGISTERED_FORMS, 0, end))
        if start is None or end is None:
            continue
        name = text[start:end]
        out.append(Mention(start, end, name, "organization", _name_key(name), "shape"))
    return out


# Words in brackets inside a name that are no seat: (甲方), (暂定), (筹), (注), (下同)
_NOT_SEAT = frozenset(["甲方", "乙方", "丙方", "暂定", "简称", "下称", "下同", "原名", "筹建", "注", "筹", "集团", "控股"])


def _seat_then_legal(text: str, after: int, part: str) -> bool:
    """蓝鲸智能科技(合肥)股份有限公司: a city the dictionary tags as no place (合肥, 嘉兴) is the seat of a
    name still when a registered legal form (股份有限公司, 有限公司, 合伙企业) follows the brackets at once."""
    return part not in _NOT_SEAT and _REGISTERED_END.match(text, after) is not None


_REGISTERED_END = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|合伙企业)")  # a registered name's form, not bare 公司


_PARTNERSHIP = re.compile(r"(?:中心|企业|基金)(?=[(（]有限合伙[)）])")
_SEAT_BEFORE = re.compile(r"[(（][\u4e00-\u9fff]{2,4}[)）](?=[\u4e00-\u9fff]{2,8}$)")


# 株式会社澜桥 (the form written first, as in Japanese) and 澜桥(株) (its abbreviation after the name)
_KABUSHIKI_FIRST = re.compile(r"株式会社(?=[\u4e00-\u9fff])")
_KABUSHIKI_AFTER = re.compile(r"[(（]株[)）]")
# where a name written after 株式会社 ends: a joining or function word, or a verb of deal news
_AFTER_JAPANESE_NAME = re.compile(r"[与和及、的在于将已拟向对从把被为]|签订|签署|达成|中标|采购|收购|出售|转让|增持|减持|持有|"
                                  r"投资|合作|宣布|公告|表示|成立|设立|共同|联合|旗下")


# 芜湖高新技术产业开发区管理委员会, 苏州工业园区管委会, 青岛西海岸新区管理委员会: a zone's administration, whose name
# is a place, the kind of zone (its own words: 经济技术, 高新技术产业 …) and 管理委员会 or 管委会
_ZONE_NAME = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,3}?(?:省|市|县)?[\u4e00-\u9fff]{0,3}?(?:市|县|区)?)"
                        r"(?:国家级)?(?:经济技术|高新技术产业|高新技术|经济|高新|工业|综合保税|自由贸易|临空经济|临港)?"
                        r"(?:开发区|园区|新区|试验区|示范区|保税区)(?:管理委员会|管委会)")
_ZONE_MANAGED_BY = 24  # the 管 of a _ZONE_NAME match stands within its first 21 characters (8 + 3 + 6 + 3, then 管)


def _zone_bodies(text: str) -> list[Mention]:
    """The administrations of development zones named in full (_ZONE_NAME), starting after a joining word, a
    preposition or punctuation (与芜湖高新技术产业开发区管理委员会签订…)."""
    out = []
    for start in (m.end() for m in re.finditer(r"(?:^|[与和及、向由对被在为将从，,；;。：:“”\s])", text)):
        if text.find("管", start, start + _ZONE_MANAGED_BY) < 0:
            continue  # no 管委会 or 管理委员会 near enough to close a zone's name from here
        m = _ZONE_NAME.match(text, start)
        if m and place_known(m["place"]):
            out.append(Mention(m.start(), m.end(), m.group(), "organization", _name_key(m.group()), "shape"))
    return out


# 岚州市国资委, 省国资委, 岚山区国资办 (or its title written out, after 人民政府 or not): the body that holds a province's, city's or district's
# state assets (the owner or holder of state firms), by its seat and its title
_ASSET_BODY = re.compile(r"(?:人民政府)?(?:国有资产监督管理委员会|国有资产监督管理办公室|国资委|国资办)")
_BODY_SEAT_END = ("省", "市", "区", "县", "州", "旗", "盟", "自治区")
_BODY_SEATS_ALONE = frozenset({"省", "市", "区", "县", "国务院"})


def _state_asset_bodies(text: str, r: NameRules) -> list[Mention]:
    """控股股东为岚州市国资委, 由省国资委100%控股, 实控人改为岚州县国有资产监督管理办公室: a state-asset
    body's title (国资委 or written out) after its seat is an organisation: the seat alone (省, 市) or a run that ends
    in a unit of the state (…省, …市, …区) or that the place list knows, starting after a stop word. Not a bare 国资委
    (no seat: which one?), nor a seat that is a common word (该国资委, 各地国资委)."""
    out, w = [], wordlist.words()
    for m in _ASSET_BODY.finditer(text):
        start = _left_edge(text, m.start(), r, window=14)
        head = text[start:m.start()]
        if not head or len(head) > 12 or not _CJK_RUN.fullmatch(head):
            continue
        if head not in _BODY_SEATS_ALONE and not (len(head) >= 2 and head.endswith(_BODY_SEAT_END)) \
                and not place_known(head):
            continue
        if len(head) >= 2 and (head[0] in r.bad_starts and w.get(head[:2]) != "ns" or w.get(head) in _CLOSED_R):
            continue  # 各省国资委, 该市国资委: a determiner before the seat, no body named
        out.append(Mention(start, m.end(), text[start:m.end()], "organization", _name_key(text[start:m.end()]), "shape"))
    return out


# 它石智航完成1.2亿美元天使轮融资, 其睿智驾宣布完成A轮: at a clause's opening, 它/其/该 and a run of three to five more
# characters right before a deal's predicate or its own Latin name in brackets is a company's name opening with that
# character, not a pronoun and a noun: the rest is a coined head (no word of the dictionary opens it, the pronoun makes
# no word with its next character) and ends in no common noun (其全资子公司完成…, 该笔交易完成…, 其核心团队完成…).
_PRONOUN_NAME = re.compile(r"(?:^|(?<=[，,。；;！!？?：:\s“”、\-—]))([它其该][\u4e00-\u9fff]{3,5}?)"
                           r"(?:[(（][A-Z][A-Za-z0-9 .&'-]{1,20}[)）]"  # its Latin name in brackets: 它石智航（TARS）
                           r"|(?=已?(?:完成|宣布|获得|斩获|拿下|领投|跟投|再获|正式|近日|日前)))")
_PRONOUN_REST_TAGS = frozenset({"a", "nr", "nrt", "nz", "ns", "nt"})  # 其睿智驾: 睿智, an adjective, may open a coined head


def _pronoun_opened_names(text: str) -> list[Mention]:
    out, w = [], wordlist.words()
    for m in _PRONOUN_NAME.finditer(text):
        name = m.group(1)
        rest = name[1:]
        if name[:2] in w or name in w or any(rest[:n] in w and w[rest[:n]] not in _PRONOUN_REST_TAGS for n in (2, 3)):
            continue  # 其他公司完成, 该项目完成, 其子公司完成: the pronoun, then a noun
        if w.get(rest[-2:]) in ("n", "vn") or w.get(rest[0]) in ("m", "q", "p", "c", "u", "r", "d", "f"):
            continue  # 其优质资产完成, 该笔款项: what the pronoun's company owns, a count or a function word
        out.append(Mention(m.start(1), m.end(1), name, "candidate", _name_key(name), "context"))
    return out


def place_known(place: str) -> bool:
    """Whether a zone name opens with a place the place list or the dictionary knows (芜湖, 苏州, 青岛西海岸)."""
    return _place_length(place, 0) >= 2 or wordlist.words().get(place[:2]) == "ns" or \
        wordlist.words().get(place) == "ns"


def _japanese_forms(text: str, r: NameRules) -> list[Mention]:
    """株式会社青山制作所与…, 澜桥(株)收购…: a Japanese or Korean joint-stock company written with its legal
    form first, or with the form's abbreviation (株) after the name. The name after 株式会社 runs to a joining
    word, a verb of deal news or punctuation (at most ten characters); the name before (株) from its left edge.
    Both share a key with 澜桥株式会社 (the form written last, an ordinary legal ending)."""
    out = []
    for m in _KABUSHIKI_FIRST.finditer(text):
        run = _NAME_RUN.match(text, m.end(), m.end() + 11).end()  # type: ignore[union-attr]
        stop = _AFTER_JAPANESE_NAME.search(text, m.end() + 2, run)
        end = stop.start() if stop else run
        name = text[m.end():end]
        if 2 <= len(name) <= 10 and not wordlist.starts_with_function_word(name) and not _is_number(name):
            out.append(Mention(m.start(), end, text[m.start():end], "organization", _name_key(name), "shape"))
    for m in _KABUSHIKI_AFTER.finditer(text):
        start = _past_function_word(text, _left_edge(text, m.start(), r, window=12), m.start(), r)
        name = text[start:m.start()]
        if len(name) >= 2 and not _is_number(name) and not r.generic_head_re.match(name) \
                and not wordlist.is_common_word(name):
            out.append(Mention(start, m.end(), text[start:m.end()], "organization", _name_key(name), "shape"))
    return out


def _partnerships(text: str, r: NameRules) -> list[Mention]:
    """北京澜圣投资中心(有限合伙): a limited partnership's name ends before (有限合伙), in 中心 or 企业 too."""
    out = []
    for m in _PARTNERSHIP.finditer(text):
        start = _past_function_word(text, _left_edge(text, m.start(), r, window=20, before_suffix=True), m.start(), r)
        seat = _SEAT_BEFORE.search(text, max(0, m.start() - 16), m.start())
        if seat is not None and seat.end() <= start:  # 岚澄（苏州）创投管理中心（有限合伙）: a seat in brackets inside the name
            head = _past_function_word(text, _left_edge(text, seat.start(), r, window=10), seat.start(), r)
            if 2 <= seat.start() - head and not r.generic_head_re.match(text[head:seat.start()]) \
                    and not wordlist.is_common_word(text[head:seat.start()]):
                start = head
        prefix = text[start:m.start()]
        if len(prefix) < 2 or r.generic_head_re.match(prefix) or wordlist.is_common_word(prefix):
            continue
        name = text[start:m.end()]
        out.append(Mention(start, m.end(), name, "organization", _name_key(name), "shape"))
    return out


def _paren_left(text: str, end: int, r: NameRules, first_at: dict[int, int], registered: bool = False) -> int | None:
    """Where the name before the brackets starts: at a name already found there (`first_at`: the earliest start of
    the names found, people aside, by where they end), else at its left edge. Before a seat and a registered legal
    form (星河(深圳)科技股份有限公司: `registered`) a common word is the name's head too."""
    if end in first_at:
        return first_at[end]
    start = _past_function_word(text, _left_edge(text, end, r, window=16, before_suffix=True), end, r)
    head = text[start:end]
    if len(head) < 2 or _is_number(head) or r.generic_head_re.match(head) or \
            wordlist.is_common_word(head) and not (registered and not _function_head(head)):
        return None
    return start


def _function_head(head: str) -> bool:
    """The head before a seat in brackets that a function word or verb opens (与, 向, 收购): no name's head."""
    return wordlist.words().get(head) in _FUNCTION_V or wordlist.starts_with_function_word(head)


_REGISTERED_FORMS = ("股份有限公司", "有限责任公司", "有限公司", "合伙企业")


def _paren_right(text: str, after: int, r: NameRules, place: bool) -> int | None:
    """Where the name goes on after the brackets: to the first legal ending of the run that follows
    ((温州)资产管理有限公司), or nowhere after a place (澜石科技(香港)和…, …(杭州)股权投资)."""
    run_end = _NAME_RUN.match(text, after, after + 16).end()  # type: ignore[union-attr]
    legal = _LEGAL_END.search(text, after, run_end)
    if legal is not None and not re.search(r"[和与及或的了、]", text[after:legal.start()]):
        return legal.end()
    trade = r.suffix.match(text, after) if place else None  # 澄岚(北京)科技宣布…, 巽鑫(上海)投资在…: a trade ending
    if trade is not None and trade.end() - after >= 2 and (r.right_stop.match(text, trade.end())
                                                          or cue_names.cues().subject_follow.match(text, trade.end())
                                                          or not _NAME_RUN.match(text, trade.end(), trade.end() + 1)):
        return trade.end()
    if run_end == after or r.right_stop.match(text, after):
        return after if place else None
    return None


def _standalone(text: str, start: int, end: int, r: NameRules) -> bool:
    """A name with a punctuation mark or a particle before it (，运达科技, 收购了创生控股), or a stop word
    or a glued preposition (大股东恒远信托持有…, 据恒远科技的公告), and a punctuation mark, a number or a
    verb after it."""
    before, after = text[start - 1:start], text[end:end + 1]
    apart_before = not before or before in "了的与和及" or not re.match(f"[{NAME_CHARS}]", before) or \
        _stop_before(text, start, r)
    apart_after = not after or after.isdigit() or not re.match(f"[{NAME_CHARS}]", after) or r.right_stop.match(text, end)
    return apart_before and bool(apart_after)


def _stop_before(text: str, start: int, r: NameRules) -> bool:
    """控股股东|恒远信托, 据|恒远科技: a stop word, or a preposition or conjunction, right before `start`."""
    w = wordlist.words()
    return bool(r.left_stop_before.search(text, max(0, start - 6), start)) or \
        w.get(text[start - 1:start]) in ("p", "c") or w.get(text[max(0, start - 2):start]) in ("p", "c")


def _past_verb(text: str, start: int, end: int) -> int:
    """(深交所)要求勤上股份 → 勤上股份: a verb glued before a name that has a head of its own."""
    for cut in range(end - 2, start + 1, -1):
        if wordlist.words().get(text[cut - 2:cut]) == "v":
            if cut - 2 == start and _opening_verb(text, start, rules()):
                return start  # ，创新奇智科技: a verb that opens names, opening the clause
            return cut if end - cut <= 4 else start
    return start


def _past_party_noun(text: str, start: int, end: int) -> int:
    """收购方华创证券, 投资人澜石资本, 受让方青禾投资: 方/人/者 right after a verb makes a party noun with it (the
    buyer, the investor), no part of the name after it; not where the character opens a word with the next one
    (收购方正证券: 方正) or where too little is left for a name."""
    if end - start < 3 or text[start:start + 1] not in _PARTY_CHARS or text[start:start + 2] in wordlist.words():
        return start
    return start + 1 if wordlist.words().get(text[start - 2:start]) in ("v", "vn") \
        or text[start - 2:start] in _ROUND_ROLE_VERBS else start


_PARTY_CHARS = frozenset("方人者")
_MAKING_VERBS = frozenset({"生产", "制造", "研发", "研制", "销售", "量产", "转型"})
_ROUND_ROLE_VERBS = frozenset({"领投", "跟投", "参投", "合投", "联投"})  # 领投方青松资本: words of a round jieba does not know


def _past_function_word(text: str, start: int, end: int, r: NameRules) -> int:
    """据恒久科技, 因此云南白药, 使得恒久科技: a preposition, conjunction, adverb or verb glued before a
    name's head of two characters or more is no part of it (not 以岭药业 or 新希望: name words)."""
    w = wordlist.words()
    while end - start > 2 and not wordlist.opens_with_name_word(text[start:end]) and not _place_length(text, start):
        two, one = w.get(text[start:start + 2]), w.get(text[start])
        if end - start > 3 and (two in _CLOSED_DV or text[start:start + 2] in _MAKING_VERBS
                                and text[start:start + 3] not in w and text[start:start + 4] not in w) \
                and not _opening_verb(text, start, r) and not _adverb_after_deal_verb(text, start):
            start += 2  # (主要|生产新能源汽车: a verb of making, tagged a noun too, opens no name: not 生产力…)
        elif text[start] in r.bad_starts and one in _CLOSED_D and not _joiner_after_verb(text, start) \
                and not _list_opening(text, start) \
                and not _opening_bi(text, start, start + 1, start, r) \
                and not _opens_run_word(text, start, start + 1, start):  # 共青城…: 共 opens a word
            start += 1
        else:
            break
    return start


def _adverb_after_deal_verb(text: str, start: int) -> bool:
    """收购|逐点光电(杭州)有限公司: a word the dictionary reads as an adverb, right after a deal verb (where
    the verb's object, a name, stands), is the name's first word."""
    return wordlist.words().get(text[start:start + 2]) == "d" and text[max(0, start - 2):start] in _DEAL_VERBS_BEFORE_NAME


def _opening_verb(text: str, start: int, r: NameRules) -> bool:
    """，创新奇智科技: a verb that opens company names (name_opening_verbs), at a clause's opening, is the name's
    first word (not 使得恒久科技, nor 公司持续创新科技产品, where the verb follows its subject)."""
    return text[start:start + 2] in r.name_opening_verbs and (start == 0 or text[start - 1] in _CLAUSE_OPENING)


def _joiner_after_verb(text: str, start: int) -> bool:
    """收购|和润节能有限公司: 和/与/及 right after a deal verb joins nothing; it is the name's first character
    (after 宣布 or 计划 it is the preposition: 宣布与上汽集团深化合作)."""
    return text[start:start + 1] in _JOINERS and text[max(0, start - 2):start] in _DEAL_VERBS_BEFORE_NAME


_DEAL_VERBS_BEFORE_NAME = frozenset({"收购", "并购", "购买", "增持", "受让", "认购", "投资", "入股", "参股", "买入", "控股"})


_BODY_ENDINGS = frozenset({"管理处", "管理局"})


def _seat_and_trade(prefix: str) -> bool:
    """澄江港务|管理处, 岚州公路|管理局: a public body's head is its seat (no common word) and the trade it runs, even
    where that trade word ends firms' names too (港务); not 档案|管理处, 物业|管理处 (a department)."""
    return len(prefix) == 4 and not wordlist.is_common_word(prefix[:2]) and prefix[2:] in wordlist.words() \
        and bool(_CJK_RUN.fullmatch(prefix))


def _foreign_head(prefix: str, r: NameRules) -> bool:
    """俄罗斯国家原子能|公司, 加拿大澜尔斯矿产|公司: before 公司, a country, then (a state body's 国家 or) a head of
    its own that is no run of common words, is a foreign company's name (not 美国科技|公司, a kind of firm)."""
    country = r.country_start.match(prefix)
    if country is None:
        return False
    rest = prefix[country.end():]
    state = rest.startswith("国家")
    rest = rest[2:] if state else rest
    if not 2 <= len(rest) <= 8 or not _CJK_RUN.fullmatch(rest) or r.generic_head_re.match(rest):
        return False
    return state or not _common_words(rest) and not wordlist.is_common_word(rest[:2])


_STAKE_AFTER = re.compile(r"\d+(?:\.\d+)?\s?%")  # 收购创维澄欣安防公司55%股份: a stake after 公司, no amount after a verb


# 华晨宝马合资|公司, 澄星全资子|公司: how the company before 公司 is held or set up, no unit's own name
_UNIT_KINDS = ("合资", "合营", "联营", "全资", "独资", "控股", "参股", "关联", "子", "孙", "母", "分")


def _known_then_own_head(prefix: str, known_names: dict) -> bool:
    """创维群欣安防|公司: before 公司, a known company's name, then a head of the unit's own that is no run of common
    words, names the unit (the known name alone is its parent; not 腾讯安防|公司, a kind of the parent's business)."""
    for k in range(min(len(prefix) - 2, 6), 1, -1):
        rest = prefix[k:]
        if prefix[:k] in known_names and len(rest) <= 6 and _CJK_RUN.fullmatch(rest) and not _common_words(rest) \
                and not wordlist.is_common_word(rest[:2]) and not rest.endswith(_UNIT_KINDS):
            return True
    return False


def _distinctive(prefix: str) -> bool:
    """高毅资产, 美锦能源 but not 股权投资, 清洁能源: before a weak ending, a short head that is no common word;
    or a head of two characters that is no word at all and a trade word after it that is no ending
    itself (长投产业投资; not 加大产业投资, nor 澜石信托 投资, where the name ends at 信托)."""
    if len(prefix) <= 4 and not (wordlist.is_common_word(prefix[:2]) or wordlist.is_common_word(prefix[-2:])):
        return True
    return len(prefix) == 4 and prefix[:2] not in wordlist.words() and bool(_CJK_RUN.fullmatch(prefix)) and \
        _trade_words(prefix[2:]) and not rules().suffix.fullmatch(prefix[2:])  # 澜石信托|投资总规模: ends before


def _is_number(s: str) -> bool:
    return bool(_NUMBER.fullmatch(s))


def _left_edge(text: str, end: int, r: NameRules, window: int = 12, before_suffix: bool = False) -> int:
    """Where the name ending at `end` starts. Before a legal suffix, a stop word right at the suffix is
    part of the name (云栖投资有限公司)."""
    # the run of name characters ending at `end`, read backwards (one match, no search from each start)
    start = end - _NAME_RUN.match(text[max(0, end - window):end][::-1]).end()  # type: ignore[union-attr]
    if start == end - window and start > 0 and r.left_stop.fullmatch(text, start - 1, start + 1):
        start += 1  # 投资|宁波梅山…合伙企业 cut by the window inside the stop 投资: its tail 资 is no part of the name
    cut, short_stop, last = start, False, ""
    for stop in r.left_stop.finditer(text, start, end):
        s, e = stop.span()
        word = stop.group()
        if before_suffix and (e == end and not _verb_before_ending(text, s, e) or _inside_legal_name(text, cut, stop, end, r)
                              or word in r.classifiers and not _is_number(text[s - 1:s])
                              or len(word) > 1 and wordlist.words().get(text[s:e + 1]) == "n"):
            continue  # …国际供应链管理有限公司: a stop word inside a longer noun (供应链) stops nothing
        if word in _JOINERS and s == cut and last and wordlist.words().get(last) == "v":
            continue  # 收购|和润节能有限公司: nothing is joined right after a verb, 和 opens the name
        if s == start and _list_opening(text, s):
            continue  # 纪源资本、|和聚资本: right after 、 nothing is joined, 和 opens the next item's name
        if e == end and word == "投资" and text.startswith("基金", end) and 2 <= s - cut <= 4 \
                and not wordlist.is_common_word(text[cut:cut + 2]) and not wordlist.is_common_word(text[s - 2:s]):
            continue  # 赛川投资基金: a coined head, then 投资 before 基金 is the fund's name word (not 产业投资基金)
        if e == end and word in _STOPS_IN_HEADS and s > max(cut, start) and _coined_with_stop(text, s, end, r):
            continue  # 熠和微电子, 正和科技: a coined head whose second character is 和/为, right at the ending (no list
            # ends in a bare ending: 人工智能和机器人, 芯片和半导体 have a word before the joiner)
        if e == end and word in _NAME_WORD_STOPS and s - start >= 2 and text.startswith(_FIRM_ENDINGS_AFTER, end):
            continue  # 瑞士联合银行, 澜海发展银行: a stop word right at a firm's ending is the name's word (not
            # 与澜海|联合, nor 产业大模型|联合实验室: a joint body that two parties set up)
        # (both tests below hold only for a one-character stop: a longer one cuts without them)
        if e >= cut and (e - s != 1 or not _within_name_word(text, s, e, r) and not _opens_run_word(text, s, e, cut)) \
                and not _opening_bi(text, s, e, start, r) and not _name_moon(text, s, e, start):
            cut, short_stop, last = e, len(word) == 1, word
    if before_suffix and short_stop:
        cut = _place_start(text, start, cut, end, r)
    while cut < end and (text[cut].isdigit() or text[cut] in "&·"):
        cut += 1  # 星湾证券投资&远岫投资: & joins two names, the second opens after it
    # (no classifier of goods, no count: one quick scan first)
    counted = [c.end() for c in _COUNTED_LEAD.finditer(text, max(0, cut - 12), end) if cut <= c.end() <= end - 2] \
        if _GOODS_CLASSIFIER.search(text, max(0, cut - 12), end) else []
    if counted:
        cut = counted[-1]  # 采购5万颗|青禾电子的芯片 / 部署2000台|青禾电子服务器: the count of goods, then their maker
    if text.startswith("投", cut) and not text.startswith(("投资", "投控"), cut) and end - cut >= 3 \
            and (text[cut - 2:cut] in _IN_A_ROW or text[cut - 1:cut] in _AGAIN):
        cut += 1  # 连续投A、B / 又投A: the colloquial verb, not the name's first character
    if "系" in text[cut:end - 2]:
        xi = _FIRM_THEN_XI.search(text, max(start, cut - 4), end - 2)
        if xi is not None and xi.end() > cut:
            cut = xi.end()  # 星衡科技系澄芯科技的子公司: a firm's name, then 系 (is), then the name this one is
    return cut


def _coined_with_stop(text: str, s: int, end: int, r: NameRules) -> bool:
    """熠和|微电子: the stop at s closes a two-character head that is no dictionary word and opens the name (the text's
    start, punctuation or a stop word before it), after a character that is no word's end with the one before it (司熠: no word; 智能和, 芯片和: a word, then a joiner), before a strong ending
    (比亚迪为公司: a known name, then a verb and a weak ending)."""
    w = wordlist.words()
    ending = r.suffix.match(text, end)
    if ending is None or ending.group() in r.weak or not re.match("[\u4e00-\u9fff]", text[s - 1:s]) \
            or text[s - 1:s + 1] in w or s >= 2 and text[s - 2:s] in w or text[s - 1] in _NEVER_IN_NAMES:
        return False
    opening = s == 1 or not re.match(f"[{NAME_CHARS}]", text[s - 2]) \
        or any(stop.end() == s - 1 for stop in r.left_stop.finditer(text, max(0, s - 8), s - 1))
    if not opening:
        return False  # 布局算力和电力: the head is one character of a longer run, a list of fields
    known = lexicon_mod.load().by_name
    return not any(text[max(0, s - n):s] in known for n in range(2, 7))


# a firm's ending, then the copula 系 of filings (not 系统, 系列, 系数: words of a name)
_FIRM_THEN_XI = re.compile(r"(?<=..)(?:科技|智能|集团|公司|股份|控股|电子|半导体|机器人|资本|投资|基金|银行|证券|创投)系(?![统列数])")


_FIELD_ENDINGS = frozenset({"人工智能", "AI", "智能"})
_RENTS_GOODS = re.compile(r"了?(?:一批|大量|部分)?[^，,；;。]{0,6}?(?:GPU|算力|服务器|显卡|智算|芯片|加速卡|算力卡|机柜)")
_FIRM_THEN_FIELD = re.compile(r"(?<=..)(?:集团|公司|控股|股份)(?:人工智能|AI|智能)$")
_COUNTED_LEAD = re.compile(r"\d[\d.,]*\s*[万千百]?(?:颗|台|张|块|套|片|枚)")
_GOODS_CLASSIFIER = re.compile(r"[颗台张块套片枚]")  # the classifier every _COUNTED_LEAD ends in
_IN_A_ROW = frozenset({"连续", "接连", "相继", "先后", "陆续"})
_STOPS_IN_HEADS = frozenset("为和")  # one-character stops that also stand inside a name's head (迈为, 正和)
_AGAIN = frozenset("又还也再曾")
_NAME_WORD_STOPS = frozenset({"联合", "发展", "合作"})  # stops that name words before an ending (联合银行, 合作银行)
_FIRM_ENDINGS_AFTER = ("银行", "证券", "保险", "信托", "集团", "控股")
_CONTENT_TAGS = frozenset({"n", "v", "vn", "nz", "b"})
_PARTY_NOUNS = frozenset({"投资方", "投资人", "投资者", "资本方", "基金方"})
_CLAUSE_OPENING = frozenset("，,。；;：:！？!?、“”\"「」（）() \n")


_COMPARED_AFTER = re.compile(r"[\s”」]*(?:更|还|要|多|少|高|低|早|晚|快|慢|大|小|强|弱|领先|落后)")


_DATE_BEFORE_DAY = frozenset("0123456789０１２３４５６７８９一二三四五六七八九十两今昨明前次同当每本上下该近翌隔数")


def _verb_before_ending(text: str, s: int, e: int) -> bool:
    """国资平台成为|集团的第三大股东: a one-character stop right at an ending that closes a verb with the character before it
    (成为, 作为) cuts there too: the verb is no part of the name."""
    return e - s == 1 and s >= 1 and wordlist.words().get(text[s - 1:e]) == "v" and not wordlist.is_rare_word(text[s - 1:e]) \
        or text[s:e] in _MOOD_BEFORE_CONTROL and text.startswith("控股", e)  # 澄川资本拟|控股青禾: a verb


# 拟 / 将 / 已 / 宣布 … right before 控股: the mood of the verb 控股 (take control of), no part of the name before it
# (not 投资 of 澄川投资控股: a name's word)
_MOOD_BEFORE_CONTROL = frozenset({"拟", "将", "已", "曾", "欲", "宣布", "计划", "已经", "正式", "有望", "拟将", "或将",
                                  "将会", "即将"})


def _name_moon(text: str, s: int, e: int, start: int) -> bool:
    """新公司名为澜月科技: 月 or 日 after a character that makes no date with it (not 3月, 本月, 近日) is inside a
    name, no stop (旭日能源)."""
    return text[s:e] in ("月", "日") and s > start and text[s - 1] not in _DATE_BEFORE_DAY


# 澄川大学智能产业研究院: a school's institute is named by its field (智能, 机器人…), no product kind after a name
_SCHOOL_IN_HEAD = re.compile(r"[\u4e00-\u9fff]{2,}?(?:大学|学院)")
_INSTITUTE_ENDINGS = frozenset({"研究院", "研究所", "实验室"})


def _school_institute(prefix: str, ending: str) -> bool:
    return ending in _INSTITUTE_ENDINGS and _SCHOOL_IN_HEAD.match(prefix) is not None


def _name_then_kind(prefix: str, r: NameRules) -> bool:
    """Whether the head before a name's ending holds a whole name with a strong ending of its own followed by one
    common word (宇行机器人|人形 + 机器人, 青禾机器人|巡检 + 机器人)."""
    for m in r.suffix.finditer(prefix):
        rest = prefix[m.end():]
        if m.start() >= 2 and m.group() not in r.weak and m.group() not in r.legal and len(rest) == 2 \
                and wordlist.is_common_word(rest):
            return True
    return False


def _opening_bi(text: str, s: int, e: int, start: int, r: NameRules) -> bool:
    """此外，比雷埃夫斯港务局与…: 比 compares only after what is compared (A比B更早); opening a clause (or after
    a country, 希腊比雷埃夫斯港务局) and followed by characters that make no word with it, it is the first
    syllable of a name, not a stop."""
    if text[s:e] != "比" or wordlist.words().get(text[s:s + 2]) is not None:
        return False
    if s == start:
        return start == 0 or text[start - 1] in _CLAUSE_OPENING
    return r.country_before.fullmatch(text, start, s) is not None


def _list_opening(text: str, s: int) -> bool:
    """A、和聚资本、C: 和/与/及 right after 、 joins nothing (the list's mark already did); it opens the item's name
    (not A、B和C, where 和 stands between two items)."""
    return text[s:s + 1] in _JOINERS and s > 0 and text[s - 1] == "、"


def _joiner_word(text: str, s: int) -> bool:
    """和谐健康保险: 和 opening an adjective (和谐) opens the name, not a list."""
    return text[s:s + 1] in _JOINERS and wordlist.words().get(text[s:s + 2]) == "a"


def _opens_run_word(text: str, s: int, e: int, start: int) -> bool:
    """如意集团…, 收购|如意科技: a one-character stop that opens what is left of the run and a content
    word with the character after it (如意) is that word's, not a stop: a cut falls between words. So is
    和 opening an adjective (和谐健康保险…, 公司与|和谐健康保险签约): no conjunction opens a name."""
    if e - s != 1 or s != start:
        return False
    return wordlist.words().get(text[s:s + 2]) in _CONTENT_TAGS or _joiner_word(text, s)


_JOINERS = frozenset("和与及")
_NEVER_IN_NAMES = frozenset("向对被把给从在将为由")  # prepositions: 青岛澜石向青松控股注资 is two names


def _place_start(text: str, start: int, cut: int, end: int, r: NameRules) -> int:
    """收购济宁如澜品牌管理有限公司, 浙江盛和云端科技有限公司: a registered name opens with its place, so
    a one-character stop right after that place (济宁|如意), or one character after it (北京岚和|青源: one
    character makes no head of its own), or one that leaves only trade words after it (盛和|云端科技), is inside
    the name; the place opens the run or follows another stop word."""
    found = list(r.left_stop.finditer(text, start, cut))
    after_verbs = [i for i in range(start + 2, cut) if _place_length(text, i) and wordlist.words().get(text[i - 2:i]) == "v"]
    for p in [start] + [m.end() for m in found] + after_verbs:  # (签订|北京…: a verb glued before the place)
        n = _place_length(text, p) if p < cut else 0
        stops = [m for m in found if m.start() >= p]
        if not n or any(len(m.group()) > 1 or m.group() in _NEVER_IN_NAMES
                        or _place_length(text, m.end()) for m in stops):
            continue  # 北京和上海澜石科技: a second place opens a second name
        if all(m.start() == p + n for m in stops) or _trade_words(text[cut:end]) \
                or all(m.start() == p + n + 1 and _CJK_RUN.match(text, p + n, p + n + 1) for m in stops):
            return p  # 北京正和|兴源…合伙企业: one character after the place is no head of its own, the stop is the name's
    return cut


def _place_coined(text: str, r: NameRules, found: list[Mention]) -> list[Mention]:
    """2013年，重庆澜诚出资3000万元…, 对天津瑾澜以…进行投资: a province or city, then two characters that make no
    word at all (a coined trade name), standing apart on both sides (punctuation, a stop word or a verb), is
    the short name of a company seated there. Not where a word is read there (北京时间, 上海市场, 江苏南京), nor
    where another mention holds it, nor where the name runs on (北京海澜思创…: read at its own ending)."""
    w = wordlist.words()
    taken = bytearray(len(text) + 1)
    for m in found:
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    out = []
    starts = [p for _, p, _ in _two_char_places().find_matches_as_indexes(text, overlapping=True)
              if _CJK_FOUR.fullmatch(text, p, p + 4)]
    for p in starts:
        head = text[p + 2:p + 4]
        if text[p:p + 2] in _NOT_PLACES or text[p:p + 3] in w or text[p:p + 4] in w \
                or any(taken[p:p + 4]) or head in w or head.endswith("企") \
                or any(w.get(c) in _FUNCTION_CHAR_TAGS for c in head) \
                or any(c in r.bad_starts or c in _NEVER_IN_NAMES for c in head) or w.get(text[p + 2:p + 5]) \
                or w.get(text[p + 3:p + 5]) or _place_length(text, p + 2) or r.left_stop.match(text, p + 2) \
                or r.left_stop.match(text, p + 3):
            continue
        if _apart_before_name(text, p, r) and _apart_after_name(text, p + 4, r):
            name = text[p:p + 4]
            out.append(Mention(p, p + 4, name, "candidate", _name_key(name), "context"))
    return out


_UNIT_END = re.compile(r"云|移动|联通|电信")
_TENDER_PROJECT = re.compile(r"[^，,。；;、]{2,30}?(?:采购|招标|建设|集采|服务|工程)?项目")
_COINED_TAGS = frozenset({None, "nr", "nrt", "nz"})  # a coined head (澄川) or one the dictionary reads as a name (北辰)
_CARRIER_TAGS = _COINED_TAGS | {"ns"}  # 浙江移动, 岚州电信: a province's or city's branch of an operator
_PARTY_LEADS = frozenset({"中标", "入围", "携手", "牵手", "联手"}) | frozenset(
    {"收购", "并购", "购买", "增持", "受让", "认购", "投资", "入股", "参股", "买入", "控股"})


def _party_place(text: str, s: int, r: NameRules) -> bool:
    """Where a party's name stands: a clause's opening, after a stop word, preposition or conjunction (与, 向,
    和 …), or after a verb whose object or partner is a party (收购, 中标, 携手)."""
    return _apart_before_name(text, s, r) or text[max(0, s - 2):s] in _PARTY_LEADS


def _cloud_and_carrier_units(text: str, r: NameRules, found: list[Mention]) -> list[Mention]:
    """澄川科技与北辰云达成合作, 中标北辰移动2025年…采购项目: a distinctive head (a coined word, or one the dictionary
    reads as a name; for an operator's branch a place too: 浙江移动) and 云, 移动, 联通 or 电信 is a cloud or telecom
    unit's name where a party stands (after punctuation, a stop word or a deal verb) and nothing runs on after it
    (a value, a stop word or a verb). Not a kind of cloud (私有云, 政务云: common words, or names.yaml
    `cloud_kinds`), nor a word the ending opens (移动端, 云端, 移动互联网), nor what a unit offers (北辰云服务)."""
    if not _UNIT_END.search(text):
        return []
    w, kinds = wordlist.words(), set(read_yaml("names.yaml")["cloud_kinds"])
    not_after = _cloud_not_after()
    taken = bytearray(len(text) + 1)
    for m in found:
        if m.kind != "candidate":  # (a context name 北辰云 yields to the unit's)
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    out = []
    for m in _UNIT_END.finditer(text):
        at, after = m.span()
        tags = _COINED_TAGS if m.group() == "云" else _CARRIER_TAGS
        s = next((at - n for n in (2, 3) if at - n >= 0 and _party_place(text, at - n, r)), None)
        if s is None or any(taken[s:after]):
            continue
        head = text[s:at]
        if not _CJK_RUN.fullmatch(head) or head in kinds or head in r.generic_heads or r.suffix.search(head) \
                or w.get(head) not in tags or len(head) == 3 and w.get(head) is None \
                or head[0] in r.bad_starts or any(w.get(c) in _FUNCTION_CHAR_TAGS for c in head) \
                or m.group() == "云" and head[0] in r.surnames:
            continue  # (黄红云: a person; 云 is a given name's character too)
        tendered = text[max(0, s - 2):s] in ("中标", "入围") and _TENDER_PROJECT.match(text, after)
        if not (_apart_after_name(text, after, r) or tendered) or not_after.match(text, after) \
                or _runs_on(text, at, after):
            continue  # (中标浙江移动智算中心采购项目: the buyer, then its project's name)
        if m.group() == "移动" and s > 0 and text[s - 1] in "向往朝到至":
            continue  # 人口向上海移动: moving somewhere, no operator
        name = text[s:after]
        out.append(Mention(s, after, name, "organization", _name_key(name), "shape"))
    return out


def _runs_on(text: str, at: int, after: int) -> bool:
    """云端服务, 云南分公司, 科技化: the ending and the characters after it make a word, and what follows the
    ending makes none of its own (not 北辰云|达成: 达成 a word, 云达 a place read by chance)."""
    w = wordlist.words()
    return any(text[at:after + k] in w for k in (1, 2, 3)) and text[after:after + 2] not in w


@cache
def _cloud_not_after() -> re.Pattern[str]:
    return re.compile(_alt(read_yaml("names.yaml")["cloud_unit_not_before"]))


# Endings that also name what is held or bought (受让更多股份, 引入更多资本, 最受基金青睐): no name after a function head
_HELD_ENDINGS = frozenset({"股份", "资本", "基金", "控股", "资产", "证券", "保险", "银行"})


def _function_opened_names(text: str, r: NameRules, found: list[Mention]) -> list[Mention]:
    """与与光智能达成合作, 收购以诺科技, ，逐点半导体宣布…: a head of two characters that opens with a function
    character (与, 以, 将 …: with the next one no word, and no word of that next character and the ending: not
    以新科技, 与光电…) or that is a rare adverb (逐点), before a strong ending (科技, 半导体; not a weak or legal
    one), is a name where a party stands (a clause's opening, after 与/向/和 or a deal verb) and nothing runs on
    after it (not 逐步科技化, 以科技赋能: a phrase, or a head of one character)."""
    w = wordlist.words()
    taken = bytearray(len(text) + 1)
    for m in found:
        if m.kind != "candidate":  # (a cue's 诺科技 inside 以诺科技 yields to the whole name)
            taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    out = []
    for m in r.suffix.finditer(text):
        at, after = m.span()
        ending, s = m.group(), at - 2
        if ending in r.weak or ending in r.legal or ending in _HELD_ENDINGS or s < 0 or any(taken[s:after]) \
                or r.not_suffix.match(text, at):
            continue
        head = text[s:at]
        if not _CJK_RUN.fullmatch(head):
            continue
        tag = w.get(head)
        if tag is None:
            if not (head[0] in r.bad_starts or w.get(head[0]) in _FUNCTION_CHAR_TAGS) \
                    or w.get(head[1]) in wordlist.FUNCTION_TAGS or head[1] in r.bad_starts \
                    or r.left_stop.fullmatch(head[1]) \
                    or w.get(head[1] + ending[0]) is not None or w.get(head[1] + ending) is not None:
                continue
        elif not (tag == "d" and wordlist.is_rare_word(head)):
            continue
        if not _party_place(text, s, r) or not _apart_after_name(text, after, r) \
                or r.generic_follow.match(text, after) or _runs_on(text, at, after):
            continue
        if not _stop_before(text, s, r) and text[max(0, s - 2):s] not in _PARTY_LEADS \
                and not cue_names.cues().subject_follow.match(text, after):
            continue  # ，与光智能相比: opening a clause, the preposition and its object, unless a subject's verb follows
        name = text[s:after]
        out.append(Mention(s, after, name, "organization", _name_key(name), "shape"))
    return out


_CJK_FOUR = re.compile(r"[\u4e00-\u9fff]{4}")  # a place and two more characters, all Chinese


@cache
def _two_char_places() -> ahocorasick_rs.AhoCorasick:
    """The two-character place words of the word list, found in one pass (overlapping: 上海 and 海南 in 上海南)."""
    return ahocorasick_rs.AhoCorasick([word for word, tag in wordlist.words().items() if len(word) == 2 and tag == "ns"])

# 中国另设…, 城市之巅: a pronoun, particle, preposition, conjunction or adverb is no character of a coined name;
# 中国乳企 (X企: firms of a kind) and 开疆拓土 (one word) are none either; 上市, 城市 are tagged places but are words.
_FUNCTION_CHAR_TAGS = frozenset({"r", "u", "p", "c", "d"})
_NOT_PLACES = frozenset({"上市", "城市"})


def _place_length(text: str, p: int) -> int:
    """深圳市, 济宁, 内蒙古: the length of the place word at p, with its 市/省/县/区."""
    w, places = wordlist.words(), rules().places
    three, two = text[p:p + 3], text[p:p + 2]
    n = 3 if w.get(three) == "ns" or three in places else 2 if w.get(two) == "ns" or two in places else 0
    return n + 1 if n and text[p + n:p + n + 1] in ("市", "省", "县", "区") else n


def _trade_words(piece: str) -> bool:
    """网络科技, 精密设备: common words only, what a registered name says after its own head; no verb
    (国资委拟|组建建设控股集团: 组建 is what the body does, no trade)."""
    return len(piece) >= 2 and len(piece) % 2 == 0 and all(
        wordlist.is_common_word(piece[i:i + 2]) and wordlist.words().get(piece[i:i + 2]) != "v"
        for i in range(0, len(piece), 2))


def _head(prefix: str) -> str:
    """云栖投资, 浩明投资管理 → 云栖, 浩明: a legal name's head without its trade words."""
    at = prefix.rfind("投资")
    rest = prefix[at + 2:]
    if at < 0 or len(rest) % 2 or not all(wordlist.is_common_word(rest[i:i + 2]) for i in range(0, len(rest), 2)):
        return prefix
    return prefix[:at]


def _inside_legal_name(text: str, cut: int, stop: re.Match[str], end: int, r: NameRules) -> bool:
    """浩明投资管理有限公司: a trade word after a name's head, followed only by common words up to the legal
    ending, is part of the name (not 红杉投资浩明科技有限公司, where a name follows it)."""
    if stop.group() not in r.legal_name_words or stop.start() - cut < 2:
        return False
    rest = text[stop.end():end]
    return len(rest) % 2 == 0 and all(wordlist.is_common_word(rest[i:i + 2]) for i in range(0, len(rest), 2))


_NAME_CHAR_AFTER = re.compile(r"[\u4e00-\u9fff]")


def _within_name_word(text: str, s: int, e: int, r: NameRules) -> bool:
    """A one-character stop that belongs to a place or name word around it (上海, 内蒙古, 祥和) cuts nothing."""
    if e - s != 1:
        return False
    if text[s] == "家" and s >= 1 and text[s - 1] == "国" and _NAME_CHAR_AFTER.match(text, e):
        return True  # 俄罗斯国家原子能公司, 法国国家电力公司: a state body's 国家, no classifier (not 两家)
    words = _name_words(r.not_short)
    if _places_at(r.places).match(text, s) and not (s >= 1 and text[s - 1:s + 1] in wordlist.words()):
        return True  # 、前海母基金: a place the dictionary tags otherwise (前海, 日照) opens here (not 三年前|海澜集团)
    if text[s] in _NEVER_IN_NAMES and s >= 2 and wordlist.words().get(text[s - 2:s]) in ("v", "d"):
        return False  # 同意|向海瑞…收购: a preposition after a verb or adverb cuts, whatever word it starts (向海)
    # (near the text's end a slice is shorter: then it is one already looked up, or no word of two or three characters)
    if text[s:s + 2] in words or text[s:s + 3] in words:
        return True
    if s >= 2 and text[s] in _JOINERS and any(m.end() == s for m in r.suffix.finditer(text, max(0, s - 4), s)):
        return False  # 澄川基金和|澄富投资基金: a joiner right after a firm's ending joins two names (not 金和, a word)
    return (s >= 1 and (text[s - 1:s + 1] in words or text[s - 1:s + 2] in words)
            or s >= 2 and text[s - 2:s + 1] in words)


@cache
def _places_at(places: frozenset[str]) -> re.Pattern[str]:
    """Matches where one of names.yaml `places` opens (one trie match, not a test per place)."""
    return re.compile(_alt(list(places)) if places else "(?!)")


@cache
def _name_words(not_short: frozenset[str]) -> frozenset[str]:
    """Place, person and organisation words of two or three characters (上海, 内蒙古), once per run."""
    return frozenset(w for w, tag in wordlist.words().items()
                     if 2 <= len(w) <= 3 and tag in wordlist.PROPER_TAGS and w not in not_short)


def _right_edge(text: str, start: int, r: NameRules, limit: int = 10) -> int:
    end = _NAME_RUN.match(text, start, start + limit).end()  # type: ignore[union-attr]
    for stop in r.right_stop.finditer(text, start + 2, end):
        return stop.start()
    return end


# 创始人苏航此前表示: 苏航; 副总裁吴衡共同创立: 吴衡
_HOLDER_LEADS = ("一致行动人", "实控人", "实际控制人", "自然人", "自然人股东")  # holders, not fund managers (资产…)
_TIME_AFTER_NAME = ("此前", "此后", "此次", "此外", "日前", "近日", "目前", "随后", "共同", "联合", "一起", "今年", "去年", "明年", "当年",
                    "过去", "曾经", "早年", "如今",  # 创始人周宁过去被视为…: 过去, not the name's third character
                    "两人", "二人", "三人",  # 总经理李敏两人同为…: the two named, then how many they are
                    # 实控人李岚计划减持 / 监事赵明近期减持: a holder's plan, its time or its total opens after the name
                    "计划", "预计", "近期", "合计", "共计", "累计")


# Rare one-character surnames (names.yaml surnames, the last run): after a title they open a name (创始人笪宁) unless
# they open a common word there (创始人印象中)
_RARE_SURNAMES = frozenset("笪印嵇邴訾逄昝逯蹇郗郦缑鄢奚庹竺眭")

# What follows a person's name, never its last character (王明拟减持, 张伟将出任, 李强也表示)
_AFTER_NAME_CHARS = "也是在的和与将已曾称说就都还又则等及拟另"  # 周宁另一重身份是…: 另 opens the next words


def _people(text: str, r: NameRules) -> list[Mention]:
    out = []
    for m in r.person.finditer(text):
        s, name = m.start(1), m.group(1)
        sur = 2 if name[:2] in r.compound_surnames else 1  # 欧阳志远: the given name starts after two characters
        g = s + sur + 1  # where the given name's second character stands
        if len(name) == sur + 2 and (name[-1] in _AFTER_NAME_CHARS or text[g:g + 2] in _TIME_AFTER_NAME or
                                     group_after_name(text, g) or  # 创始人王强|兄弟: how the people stand together
                                     wordlist.words().get(text[g:g + 2]) in ("d", "p", "c") or  # 王兴|分别持有
                                     text[g:g + 2] in r.verb_nouns or  # 刘洋|读书时: the person, then a verb
                                     wordlist.words().get(text[g:g + 4]) in ("i", "l") or  # 周宁|走马上任: an idiom
                                     text.startswith(_GLUED_AFTER_NAME, g) or  # 主任林岚|教授发起创办
                                     r.person_before_title.match(text, g) or  # 邢雁|先生: the name, then 先生
                                     not r.person_after.match(text, g + 1) and r.person_after.match(text, g)
                                     or wordlist.words().get(text[g:g + 2]) == "v" and text[s:g + 1] not in text[g + 1:]):
            name = name[:-1]  # 创始人陈屹宣布: 宣布 is the verb (unless the three characters recur as the name)
        name = _two_surnames(text, s, name, r)
        if len(name) == 3 and name[0] in _JOINERS and wordlist.words().get(name[1:]):
            continue  # 实际控制人和一致行动人: a joining word and a noun, no person named
        if name[0] in _RARE_SURNAMES and wordlist.is_common_word(name[:2]):
            continue  # 创始人印象中: a rare surname's character opening a common word (印象), no person named
        out.append(Mention(s, s + len(name), name, "person", f"person:{name}", "person"))
        partner = _titled_partner(text, s + len(name), r)
        while partner:  # 高管孙立、刘疆、陶维康: each person-shaped name listed after the titled one
            out += partner
            partner = _titled_partner(text, partner[0].end, r) if text[partner[0].end:partner[0].end + 1] == "、" else []
    for m in r.compound_person.finditer(text):  # 欧阳志远创立了B: a two-character surname, then the verb
        name = m.group(1)
        if not wordlist.words().get(name) and not r.suffix.search(name):
            out.append(Mention(m.start(1), m.end(1), name, "person", f"person:{name}", "person"))
    out += _people_by_title_after(text, r) + _people_by_context(text, r) + _anonymised_people(text, r)
    out += _notice_senders(text) if "收到" in text else []
    out += _people_before_group(text)
    for m in r.person_is.finditer(text):  # 创始人为陈默。: a person-shaped name closing the clause after 为/是
        if person_shaped(m.group(1)):
            out.append(Mention(m.start(1), m.end(1), m.group(1), "person", f"person:{m.group(1)}", "person"))
    names = {m.text for m in out}
    for name in names:  # the same people named again without their title
        for start in occurrences(name, text):
            out.append(Mention(start, start + len(name), name, "person", f"person:{name}", "person"))
    return out


# 收到李岚出具的《减持计划告知函》 / 收到股东王澄、赵明和孙立的《…告知函》: the people who sent a holder's notice,
# named between 收到 (a holder's title may come first) and the notice's title
_NOTICE_SENDERS = re.compile(r"收到(?:公司)?(?:控股股东|大股东|股东|董事|监事|高管|高级管理人员|一致行动人|[、及和])*"
                             r"((?:[\u4e00-\u9fff]{2,3}[、和及])*[\u4e00-\u9fff]{2,3}?)(?:共同|分别)?(?:出具|发来|提交|送达|递交|发出)?"
                             r"的《[^《》]{0,40}?(?:函|告知书|通知书|通知)》")
_NOTICE_SENDER_SPLIT = re.compile(r"[、和及]")


def _notice_senders(text: str) -> list[Mention]:
    """收到A、B和C出具的《…告知函》: each name of the list, where every one opens with a surname and holds no
    organisation ending, and at least half are shaped as people's names or cued as such (王国红 opens with the word 王国)."""
    out, r = [], rules()
    for m in _NOTICE_SENDERS.finditer(text):
        names, at = [], m.start(1)
        for part in _NOTICE_SENDER_SPLIT.split(m.group(1)):
            names.append((at, part))
            at += len(part) + 1
        shaped = sum(person_shaped(name, listed=True) or _cued_person(name) for _, name in names)
        if any(name[0] not in r.surnames or r.suffix.search(name) for _, name in names) or 2 * shaped < len(names):
            continue
        out += [Mention(s, s + len(name), name, "person", f"person:{name}", "person") for s, name in names]
    return out


_FOUR_NAME_CLOSED = re.compile(r"[，,。；;、）)]|也|将|已|曾|表示|称|认为|担任|出任|成为|是|为|的|在|于|则|还")


def _two_surnames(text: str, start: int, name: str, r: NameRules) -> str:
    """负责人杨龚轶凡…，杨龚轶凡担任董事长: a name of two surnames and two characters, read as three after a title,
    is the four characters where the second is a surname and they recur in the text (the same person named again),
    or the fourth is followed by what closes a name (创始人杨龚轶凡也将成为…)."""
    if len(name) != 3 or name[1] not in r.surnames or name[:2] in r.compound_surnames:
        return name
    four = text[start:start + 4]
    if len(four) < 4 or not _CJK_RUN.fullmatch(four) or four[3] in _AFTER_NAME_CHARS \
            or wordlist.words().get(four[2:]) or r.suffix.search(four):
        return name
    if text.count(four) < 2 and not _FOUR_NAME_CLOSED.match(text, start + 4):
        return name  # (once only: the fourth character must be followed by what closes a name, 杨龚轶凡也将…)
    return four


def _titled_partner(text: str, end: int, r: NameRules) -> list[Mention]:
    """创始人周宁和李牧 / 创始人杨澜、张牧: one more person-shaped name joined right after a titled person's (not
    one before a title or an organisation ending: 陈石、云知声创始人 names a company)."""
    if text[end:end + 1] not in ("和", "、", "与", "及"):
        return []
    titled = _PARTNER_TITLE.match(text, end + 1)  # 实际控制人李岚、股东王澄: the next one's own title first
    end = titled.end() - 1 if titled else end
    for size in (3, 2):
        name = text[end + 1:end + 1 + size]
        after = end + 1 + size
        closed = size == 3 and not _CJK_RUN.match(text[after:after + 1] or "x") and name[0] in r.surnames \
            and not wordlist.words().get(name)  # 陈天海、: three characters the list closes are one name
        if size == 3 and not closed and text[after - 1:after + 1] in wordlist.words():
            continue  # 邹明|计划: the third character opens the next word
        if len(name) == size and (closed or person_shaped(name, listed=True)) and not r.person.match(text, after - size) \
                and not r.suffix.match(text, after) and not _TITLE_NEXT.match(text, after) \
                and (size == 2 or name[2] not in _AFTER_NAME_CHARS):
            return [Mention(end + 1, after, name, "person", f"person:{name}", "person")]
    return []


_PARTNER_TITLE = re.compile(r"(?:公司)?(?:控股股东|股东|一致行动人|董事|监事|高管|总经理|副总经理)")
_TITLE_NEXT = re.compile(r"(?:联合)?创始人|创办人|董事长|总裁|首席|CEO|的")


def person_shaped(name: str, listed: bool = False) -> bool:
    """邢立涛, 王宇: a surname and one or two characters that make no dictionary word, hold no organisation
    ending and no known name; of three characters, neither its first two nor its last two make a word
    (路径难, 项交易, 管理咨 are pieces of phrases, 金正大 a company). `listed` beside other people's names, a
    word the dictionary knows as a person's name (nr: 周瑜) is one too, and so is a name of three characters whose
    given name is a noun or adjective of the dictionary (胡一川, 王志远: given names are often words). Three
    characters ending in a character that closes chip and electronics firms' short names (华测微, 江化微, 国澜芯)
    are no person's."""
    r = rules()
    w = wordlist.words()
    tag = w.get(name)
    if not 2 <= len(name) <= 3 or name[0] not in r.surnames or not _CJK_RUN.fullmatch(name) or \
            tag is not None and not (listed and tag == "nr") or r.suffix.search(name) or \
            name in lexicon_mod.load().by_name:
        return False
    if len(name) == 2:
        return True
    if name[-1] in _FIRM_LAST_CHARS or name[:2] in w:
        return False
    return name[1:] not in w or listed and w[name[1:]] in _GIVEN_NAME_TAGS


def _person_of_a_pair(name: str) -> bool:
    """王立新 beside 李晓峰 before a founding verb: a surname and a given name that is a dictionary word (立新, 建国,
    志强 are common given names) is a person where the other of the pair is one; no word as a whole but a person's
    name (nr), no organisation ending, no known name."""
    r = rules()
    return len(name) == 3 and name[0] in r.surnames and _CJK_RUN.fullmatch(name) is not None \
        and wordlist.words().get(name) in (None, "nr") and name[:2] not in wordlist.words() and not r.suffix.search(name) \
        and name not in lexicon_mod.load().by_name and name[-1] not in _FIRM_LAST_CHARS


_FIRM_LAST_CHARS = frozenset("微芯")  # 景澜微, 华测微, 国澜芯: a short name's last character, rare in given names
_GIVEN_NAME_TAGS = frozenset({"n", "nr", "nrfg", "nrt", "nz", "ng", "a", "ag"})  # 一川, 志远, 明远: words given as names


def _anonymised_people(text: str, r: NameRules) -> list[Mention]:
    """孙某勇找到…, 钱某某以5亿元收购…, 陈某质押的股票: a surname and 某 (then 某 or a given name's
    character) is a person whose name the news withholds; the character after 某 is the name's unless it
    opens a word (陈某|质押) or is a classifier or time word (某年, 某家); not before an organisation
    ending (和某公司: a company withheld)."""
    out = []
    for m in re.finditer("某", text):
        s = m.start() - 1
        if s < 0 or text[s] not in r.surnames or (s and _CJK_RUN.match(text[s - 1]) and not _stop_before(text, s, r)):
            continue
        after = text[m.end():m.end() + 1]
        if r.suffix.match(text, m.end()) or after in _NOT_GIVEN or wordlist.words().get(text[m.end():m.end() + 2]) or \
                r.right_stop.match(text, m.end()) or not _CJK_RUN.fullmatch(after or "x"):
            end = m.end()
        else:
            end = m.end() + 1
        if r.suffix.match(text, end) or text[end:end + 1] in _NOT_GIVEN:
            continue
        name = text[s:end]
        out.append(Mention(s, end, name, "person", f"person:{name}", "person"))
    return out


_NOT_GIVEN = frozenset("年月日天时些种类家个项位名只笔处地")


def _people_by_title_after(text: str, r: NameRules) -> list[Mention]:
    """澜一鸣女士送达…, 据王青松先生, 李澜石董事长表示: a surname and a given name before 先生/女士 or a
    title after it names a person; a one-character given name only before 先生/女士 (before a title a
    short word may be an organisation: 华为董事长)."""
    out = []
    for m in r.person_before_title.finditer(text):
        lengths = (3, 2) if m.group() in ("先生", "女士") else (3,)
        out += _person_before(text, m.start(), lengths, r)
    return out


@cache
def _reduplicated(surnames: frozenset[str]) -> re.Pattern[str]:
    """A surname and one character twice (王兴兴, 李晶晶), opening a clause or a list item, before what a person does."""
    chars = "".join(sorted(surnames))  # (what stands before is checked behind the surname: cue_names.alt_not_after)
    return re.compile(rf"([{chars}])(?<![^，,。；;：:！？\s“、由和与及][{chars}])([\u4e00-\u9fff])\2"
                      r"(?=为|是|持有|持股|在|于|及其|和|与|、|，|,|。|；|将|拟|已|曾|创|担任|出任|作为|表示|称|先生|女士)")


# what the doubled character may be in the dictionary to be a given name: no word of its own (兴兴) or a noun or name
# (晶晶, 丹丹), not an adverb, adjective, verb or time (刚刚, 平平, 强强, 天天)
_NAME_PAIR_TAGS = frozenset({None, "n", "nr", "nrt", "nrfg", "ns", "nz", "z"})


# A party to a share transfer shaped as a person's name: the one shares go to (转让所持股份给赵一鸣, 通过协议转让的方式
# 转让给方明远), or a holder opening a clause before an aside on its former role (李小红(原股东)转让所持…).
_TRANSFER_TAKER = re.compile(r"(?:转让给|转让予|(?:股份|股权|股票|股|[)）])给|受让方为|受让人为)([\u4e00-\u9fff]{2,3}?)"
                             r"(?=先生|女士|[，,。；;、)）]|$)")
# (wt-jd) a person whose shares are bought, told as 自然人 before the name: 向自然人陈远购买B 10%股权, 收购自然人陈远持有的B
# 20%股权, 自然人股东陈远所持B股权 (the deal verb or the holding right after the name)
_NATURAL_SELLER = re.compile(r"自然人(?:股东)?([\u4e00-\u9fff]{2,3}?)(?=(?:购买|收购|受让|购入|购得|出售|合计持有|持有|所持)"
                             r"[^，,。；;]{0,30}?(?:股权|股份|出资|财产份额))")
_FORMER_HOLDER = re.compile(r"(?:^|(?<=[，,。；;：:！？\s“、.．]))([\u4e00-\u9fff]{2,3}?)(?=[(（]原[^()（）]{0,16}?"
                            r"(?:股东|董事长|董事|总经理|实际控制人|实控人)[^()（）]{0,16}[)）])")


# what the lookaheads of _FORMER_HOLDER, _HOLDER_PERSON and _LIST_OPENING need, and how far before it their match starts
# (a name of two or three characters, then for a holder up to two more: 直接, 合计 …)
_FORMER_ROLE_OPENS = re.compile(r"[(（]原")  # within 3 (no word here starts inside another: each is found)
_HOLDING_WORD = re.compile(r"持股|持有|控制|全资")  # within 5
_LIST_MARK = re.compile(r"、")  # within 3


def _matches_near(pattern: re.Pattern[str], text: str, keys: re.Pattern[str], reach: int) -> list[re.Match[str]]:
    """What pattern.finditer(text) gives, for a pattern whose every match starts at most `reach` characters before a
    match of `keys` (words its lookahead requires): the pattern is tried only there, not at every character."""
    out, free, tried = [], 0, -1
    for key in keys.finditer(text):
        for p in range(max(free, tried + 1, key.start() - reach), key.start() + 1):
            tried = p
            m = pattern.match(text, p)
            if m is not None:
                out.append(m)
                free = max(m.end(), p + 1)  # matches do not overlap (an empty one moves on a character)
    return out


def _transfer_parties(text: str) -> list[Mention]:
    out = []
    sellers = _NATURAL_SELLER.finditer(text) if "自然人" in text else ()
    for found in (_TRANSFER_TAKER.finditer(text), _matches_near(_FORMER_HOLDER, text, _FORMER_ROLE_OPENS, 3), sellers):
        for m in found:
            name = m.group(1)
            if person_shaped(name, listed=True) or _cued_person(name):
                out.append(Mention(m.start(1), m.end(1), name, "person", f"person:{name}", "person"))
    return out


def _cued_person(name: str) -> bool:
    """宋长江, 姚拥军: where the words around say a person stands there (a holder's former role, the one shares are
    given to), a surname and a given name that is a word of its own (长江, 拥军) is a person's name too; not a word
    or an organisation's name as a whole, nor one whose first two characters make a word (公司, 市场)."""
    r = rules()
    return 2 <= len(name) <= 3 and name[0] in r.surnames and _CJK_RUN.fullmatch(name) is not None \
        and not r.suffix.search(name) and not wordlist.is_common_word(name) and name not in wordlist.words() \
        and not (len(name) == 3 and name[:2] in wordlist.words()) and name not in lexicon_mod.load().by_name


def _people_by_context(text: str, r: NameRules) -> list[Mention]:
    """混沌资产葛青东在三季度新进…, 王澜石及其一致行动人: a surname and two characters right after an asset
    manager's name, or before 及其一致行动人/夫妇, name a person."""
    out = _transfer_parties(text) if "转让" in text or "原" in text or "自然人" in text else []
    for m in r.person_by_context.finditer(text):
        name = m.group(1)
        if name[0] in _JOINERS or text[m.start(1) - 2:m.start(1) + 1] in _PARTY_NOUNS:
            continue  # 从事数据中心投资和运营, 本轮投资方提供的: 和 joins two nouns, 投资方 is a noun; no surname
        if len(name) == 3 and name[-1] in _AFTER_NAME_CHARS:
            name = name[:2]  # 实际控制人王明拟减持: 拟 opens the verb, the name is 王明
        if not (wordlist.is_common_word(name) or r.suffix.search(name)):
            out.append(Mention(m.start(1), m.start(1) + len(name), name, "person", f"person:{name}", "person"))
            out += _manager_firm(text, m.start(), m.start(1), r)
            if text[m.start():m.start(1)].endswith(_HOLDER_LEADS):  # 及其一致行动人王澄、赵明: each listed holds
                partner = _titled_partner(text, m.start(1) + len(name), r)
                while partner:
                    out += partner
                    partner = _titled_partner(text, partner[0].end, r) \
                        if text[partner[0].end:partner[0].end + 1] == "、" else []
    for m in r.person_before_kin.finditer(text):  # 钱敏夫妇: a given name of one character before kin too
        out += _person_before(text, m.start(), (3, 2), r)
    for m in _FOUNDED_BY.finditer(text):  # 星河科技由王澜石于2019年创办: the founders after 由
        out += _founders(text, m.end())
        described = _FOUNDER_DESCRIBED.match(text, m.end())
        if described:  # 由前海思芯片架构师周牧川创办: past what the founder was
            out += _founders(text, described.end())
    for m in _CAREER_OPENER.finditer(text):  # 王岩离开阿里云后创立了…: a person's career opens the clause
        if (person_shaped(m.group(1)) or _FOUNDS_AFTER.match(text, m.end(1)) and _person_of_a_pair(m.group(1))) \
                and not (len(m.group(1)) == 3 and m.group(1)[-1] in "曾也已还现"):  # 赵明|曾担任 (王立新于2019年创立了B:
            # before a founding verb, a given name that is a word is a person's too)
            out.append(Mention(m.start(1), m.end(1), m.group(1), "person", f"person:{m.group(1)}", "person"))
    for m in _DESCRIBED_PERSON.finditer(text):  # 曾在北辰大学任教的林岚担任B联合创始人, 北辰大学周宁教授发起创办了B
        if person_shaped(m.group(1)) and not (len(m.group(1)) == 3 and m.group(1)[-1] in "曾也已还现"):
            out.append(Mention(m.start(1), m.end(1), m.group(1), "person", f"person:{m.group(1)}", "person"))
    if "创" in text:
        for m in _MAKERS_BEFORE_DE.finditer(text):  # 周宁、李牧2021年一起创建的B / 加入王强创办的B
            groups = [g for g in (1, 2) if m.group(g)]
            shaped = {g: person_shaped(m.group(g), listed=True) for g in groups}
            if len(groups) == 2 and any(shaped.values()):  # 王立新与李晓峰联合创办了B: a partner of a person,
                shaped = {g: ok or _person_of_a_pair(m.group(g)) for g, ok in shaped.items()}  # given name a word
            out += [Mention(m.start(g), m.end(g), m.group(g), "person", f"person:{m.group(g)}", "person")
                    for g in groups if shaped[g]]
    if "持" in text or "控制" in text:
        # 星河智能由王强持股60%, ，李澜石持有公司12%的股份
        for m in _matches_near(_HOLDER_PERSON, text, _HOLDING_WORD, 5):
            name = m.group(1)
            if (len(name) == 3 or text[m.start(1) - 1:m.start(1)] == "由" or text.startswith(("直接", "间接", "合计"), m.end(1))) \
                    and person_shaped(name, listed=True):
                out.append(Mention(m.start(1), m.end(1), name, "person", f"person:{name}", "person"))
    if "、" in text:
        for m in _matches_near(_LIST_OPENING, text, _LIST_MARK, 3):
            out += _listed_people(text, m.end())
    for m in _reduplicated(r.surnames).finditer(text):  # 王兴兴为B第一大股东: a given name of one character twice
        if wordlist.words().get(m.group(2) * 2) in _NAME_PAIR_TAGS:
            out.append(Mention(m.start(1), m.end(), m.group(), "person", f"person:{m.group()}", "person"))
    if "控制人" in text or "实控人" in text or "股东" in text:
        for m in _CONTROLLERS_NAMED.finditer(text):  # 李澜石、周牧川为公司共同实际控制人 / 实际控制人由A变更为B
            out += _controllers(text, m.start(1), m.group(1))
        for m in _CONTROL_CHANGED.finditer(text):
            out += _controllers(text, m.start(1), m.group(1))
        for m in _CONTROL_CHANGED_TO.finditer(text):
            out += _controllers(text, m.start(1), m.group(1))
        for m in _CONTROLLER_IS.finditer(text):  # B的控股股东兼实际控制人为王景山。: the names closing the clause
            out += _controllers(text, m.start(1), m.group(1), closing=True)
    return out


# an officer's title between a controller's title and the person (实际控制人为董事长程远航); holders and deal_objects use it too
OFFICER_TITLE = r"(?:公司)?(?:董事长兼总经理|董事长|总经理|创始人|总裁)"


# Person-shaped names (one, or a list joined by 、/和/与/及) opening a clause before 是/为 and a controller's title
# or a holder's rank (李澜石是青禾科技的实际控制人, 李澜石、周牧川为公司共同实际控制人, 王明为青禾科技第一大股东), or after
# 实际控制人由 (…由李澜石、周牧川变更为李澜石)
_NAME_LIST = r"((?:[\u4e00-\u9fff]{2,3}?(?:先生|女士)?[、和与及](?:公司)?(?:董事长|总经理|总裁|副董事长|董事|其配偶|配偶)?)*[\u4e00-\u9fff]{2,3}?)(?:先生|女士)?"
_CONTROLLERS_NAMED = re.compile(r"(?:^|(?<=[，,。；;：:！？\s“]))" + _NAME_LIST +
                                r"(?=(?:两人|二人|三人|夫妇|夫妻)?(?:均|共同|同)?(?:是|为|系|仍为|仍是)[^，,。；;]{0,24}?(?:实际控制人|实控人|控股股东|"
                                r"第[一二三四五六七八九十]大股东|大股东)|"
                                r"(?:直接|间接|合计|共同|均)*(?:控制|持有)[^。；;]{0,40}?[，,](?:并|且|均|同|也|亦|共同)?(?:是|为|系)"
                                r"(?:公司|本公司)?的?(?:共同)?(?:实际控制人|实控人))")
_CONTROL_CHANGED = re.compile(r"(?:实际控制人|实控人|控股股东)(?:则|也|亦)?(?:将|拟|已)?[由从]" + _NAME_LIST +
                              r"(?=(?:将|拟|已)?(?:变更为|变为|变更成))")
# …变更为周宁 / 变更为青禾科技董事长周宁: the ones the control passes to, closing the clause
_CONTROL_CHANGED_TO = re.compile(r"(?:实际控制人|实控人|控股股东)[^，,。；;]{2,30}?(?:变更为|变为|变更成)"
                                 r"(?:[^，,。；;]{2,12}?(?:董事长|创始人|总经理|总裁|首席执行官|CEO)(?:兼(?:CEO|总裁|总经理))?)?"
                                 + _NAME_LIST + r"(?=[，,。；;）)]|$)")
# B的控股股东兼实际控制人为王景山 / 实际控制人为李澜石、周牧川 / 实际控制人为董事长程远航: person-shaped names after the title
# and 为 (and an officer's title), closing the clause
_CONTROLLER_IS = re.compile(r"(?:实际控制人|实控人|控股股东)(?:均|仍|现|则)?(?:为|是|系)"
                            rf"{OFFICER_TITLE}?" + _NAME_LIST +
                            r"(?=[，,。；;）)]|$)")
_NAME_JOINER = re.compile(r"(?:先生|女士)?[、和与及](?:公司)?(?:董事长|总经理|总裁|副董事长|董事|其配偶|配偶)?")


def _controllers(text: str, start: int, names: str, closing: bool = False) -> list[Mention]:
    """Each name of a list that is shaped as a person's; none where one of them is not (a company listed). `closing`:
    the names close the clause right after the title and 为 (实际控制人为谭立新。), where a given name that is a word
    (立新, 建国) is a person's too."""
    out, pos = [], start
    parts = _NAME_JOINER.split(names)
    for part in parts:
        name = part[:-2] if part.endswith(("先生", "女士")) else part
        at = text.find(name, pos)
        paired = (len(parts) > 1 or closing) and _person_of_a_pair(name)  # 王建国、王建华两人为…: a given name that is a word
        if not (person_shaped(name, listed=True) or paired) or at < 0:
            return []
        out.append(Mention(at, at + len(name), name, "person", f"person:{name}", "person"))
        pos = at + len(part)
    return out


_FOUNDS_AFTER = re.compile(r"(?:于\d{4}年(?:\d{1,2}月)?)?(?:创立|创办|创建|联合创立|共同创立)")


# A person-shaped name opening a clause right before a step of a career (离开, 加入, 毕业于, 曾任, 创办 …).
_CAREER_OPENER = re.compile(r"(?:^|(?<=[，,。；;：:！？\s“]))([\u4e00-\u9fff]{2,3}?)"
                            r"(?=(?:教授|博士|院士)?(?:发起|一手|联手)?(?:在[\u4e00-\u9fff]{2,4}?|于\d{4}年(?:\d{1,2}月)?)?"
                            r"(?:创立|创办|创建|联合创立|共同创立)|"  # 张明在杭州创办了B, 周宁教授发起创办了B
                            r"离开|加入|从[^，,。]{2,12}离职|毕业于|曾任|曾在|曾就职|曾担任|曾经担任|担任|出任|现任|卸任|辞任|辞去|"
                            r"于\d{4}年(?:创立|创办|创建)|创立|创办|创建|联合创立|共同创立|"
                            r"(?:同时|也|还|亦|同样|另一重身份|另一个身份)?(?:是|为|系|作为)[^，,。；;]{2,16}?"
                            r"(?:联合创始人|创始人|创办人|董事长|首席执行官|CEO|总裁))")  # 周宁也是B的创始人: 也 no part of the name


# A person-shaped name after a description ending in 的, or after a university or institute, right before a title of
# learning and a founding verb or 担任/出任 … 创始人: 曾在北辰大学任教的林岚担任B联合创始人, 北辰大学周宁教授发起创办了B
_DESCRIBED_PERSON = re.compile(r"(?:(?<=的)|(?<=大学|学院|博士|教授)|(?<=研究院|研究所|实验室))([\u4e00-\u9fff]{2,3}?)"
                               r"(?=(?:教授|博士|院士)?(?:发起|一手|联手)?(?:于\d{4}年(?:\d{1,2}月)?)?(?:创立|创办|创建|联合创立|共同创立)|"
                               r"(?:教授|博士|院士)?(?:曾|现|目前)?(?:担任|出任|现任)[^，,。；;]{0,16}?(?:联合创始人|创始人|创办人))")


# 王建国、王建华兄弟于2016年共同创立了B / 周宁、李牧两人一起创建的B: how the people named stand together
GROUP_WORDS = r"(?:[两二三四五六]?(?:兄弟|姐妹|兄妹|姐弟)|夫妇|夫妻|父子|父女|母子|母女|[两二三四五]人|[两二三四五]位)"
# 周宁和几个伙伴（部分是他的大学同学）一同创立了B: unnamed companions (and an aside on them) after the founder
_COMPANIONS = r"(?:几个|几位|多位|一群|一些|两位|三位)?(?:伙伴|同学|朋友|合伙人|同事|校友)(?:[(（][^()（）]{0,24}[)）])?"
# One or two person-shaped names opening a clause (or after 加入/进入/离开) right before 创立/创办/创建, a date or
# 一起/共同 between: 周宁、李牧2021年一起创建的远帆智能, 此后加入王强创办的蓝湾资本, 周宁与李牧联合创立了B.
_MAKERS_BEFORE_DE = re.compile(r"(?:^|(?<=[，,。；;：:！？\s“])|(?<=加入|进入|离开))([\u4e00-\u9fff]{2,3}?)"
                               r"(?:[、和与]([\u4e00-\u9fff]{2,3}?))?(?=(?:等人|等|" + GROUP_WORDS + r")?(?:[和与]" + _COMPANIONS + r")?"
                               r"[于在]?\s*(?:\d{4}\s*年[^，,。的]{0,4})?(?:一起|一同|共同|联合)?(?:创立|创办|创建))")  # 王澜在2018年创立: 在 no part of it


# A person-shaped name opening a clause (or after 由) right before a stake it holds: 由王强持股60%, ，李澜石直接持有公司12%
_HOLDER_PERSON = re.compile(r"(?:^|(?<=[，,。；;：:！？\s“由]))([\u4e00-\u9fff]{2,3}?)"
                            r"(?=(?:直接|间接|合计|共)?(?:持股|持有|控制)(?:公司|本公司)?\s*(?:约|超过)?\d|全资(?:拥有|持有))")


# Where a clause's list opens: the text's start, or punctuation (…，周青、黄澜、李思宇也承诺…).
_LIST_OPENING = re.compile(r"(?:^|(?<=[，,。；;：:！？\s“]))(?=[\u4e00-\u9fff]{2,3}、)")


def _listed_people(text: str, pos: int) -> list[Mention]:
    """周青、黄澜、李思宇、张敬也承诺…, 王岚、陈默和刘子航分别增持…: three or more names in the shape
    of a person's (a surname, then one or two characters that make no word), listed with 、 (the last
    one with 和/与/及) at the opening of a clause, are people; one item of another shape spoils the list."""
    found, pos = _joined_people(text, pos)
    after = text[pos:pos + 1]
    return found if len(found) >= 3 and (not _CJK_RUN.fullmatch(after or "x") or after in _AFTER_PEOPLE
                                         or group_after_name(text, pos)) else []  # 王澜石、周宁、李牧三人共同…


def _joined_people(text: str, pos: int) -> tuple[list[Mention], int]:
    """Person-shaped names from pos joined by 、/和/与/及, and where the run ends; none when one item is no name."""
    found: list[Mention] = []
    while True:
        kin = _KIN_BEFORE_NAME.match(text, pos) if found else None
        if kin is not None:  # 由周宁和弟弟周安创办: the kin word says who the next one is, no part of the name
            pos = kin.end()
        name = _name_before_group(text, pos) or _four_character_name(text, pos) or _closed_three(text, pos) or next(
            (text[pos:pos + k] for k in (3, 2) if text[pos + k - 1:pos + k] not in _NOT_NAME_END
             and not (k == 3 and text.startswith(_GLUED_AFTER_NAME, pos + 2))
             and person_shaped(text[pos:pos + k], listed=True)), None)
        if name is not None and len(name) == 2 and _word_given_three(text, pos):
            name = text[pos:pos + 3]  # 由张建国、李卫东…: 张建|国 leaves a character no name is followed by
        if name is not None and len(name) == 2 and name[1] in _NO_GIVEN_END and group_after_name(text, pos + 2):
            name = None  # 由李氏兄弟创办: a family, no person named
        if name is not None and name in _titles():
            name = None  # 由高管两人…: a title, no person named
        if name is None:
            return [], pos
        found.append(Mention(pos, pos + len(name), name, "person", f"person:{name}", "person"))
        pos += len(name)
        if text[pos:pos + 1] not in _PEOPLE_JOINERS:
            return found, pos
        pos += 1


# What tells how the people just named stand together, right after the last name: 王建国兄弟, 张澜、李牧夫妇, 周宁两人
_GROUP_AFTER_NAMES = re.compile(GROUP_WORDS + r"|等人|共同")
# a two-character name before such a word that says a family or a kind (李氏兄弟, 张家三兄弟), no given name
_NO_GIVEN_END = frozenset("氏家")


def group_after_name(text: str, pos: int) -> bool:
    """True where a word telling how the people just named stand together (兄弟, 夫妇, 两人, 等人, 共同 …) opens at pos."""
    return text[pos:pos + 1] in _GROUP_FIRST_CHARS and _GROUP_AFTER_NAMES.match(text, pos) is not None


_GROUP_FIRST_CHARS = frozenset("两二三四五六兄姐夫父母等共")  # where the words of _GROUP_AFTER_NAMES start


def _name_before_group(text: str, pos: int) -> str | None:
    """王建国兄弟, 王强兄弟, 张澜、李卫东夫妇, 周宁两人共同: a name of two or three characters right before a word that
    tells how the people named stand together ends there, its whole length (not 王建|国兄弟, not 王强兄|弟): of three
    characters, a surname and a given name that may be a dictionary word (建国, 卫东); of two, the person's shape,
    not a family (李氏, 张家)."""
    for k in (3, 2):
        name = text[pos:pos + k]
        if len(name) < k or not group_after_name(text, pos + k) or group_after_name(text, pos + k - 1) \
                or _GROUP_AFTER_NAMES.search(name):
            continue  # (于夫妇|二人: a group word inside is no given name)
        if k == 3 and (person_shaped(name, listed=True) or _person_of_a_pair(name) or _surname_and_two(name)) \
                and name[2] not in _NOT_NAME_END \
                and name[1] not in _NO_GIVEN_END and name[2] not in _NUMERALS:  # (胡氏五|兄妹: a family counted)
            return name
        if k == 2 and name[1] not in _NO_GIVEN_END and person_shaped(name, listed=True):
            return name
    return None


def _surname_and_two(name: str) -> bool:
    """陈云霁 (before 兄弟): a surname and two characters whose first two make a word (陈云), where the whole is no word,
    no organisation's ending and no known name: right before a word of people standing together, a person."""
    r = rules()
    return name[0] in r.surnames and _CJK_RUN.fullmatch(name) is not None and name not in wordlist.words() \
        and not r.suffix.search(name) and name not in lexicon_mod.load().by_name


# the kin or count words that close a list of people wherever it stands (共同, 等人 close lists read elsewhere)
_GROUP_CLOSING = re.compile(GROUP_WORDS)
_GROUP_LIST_OPENERS = frozenset("为是由")  # 实际控制人为王建国、王建华兄弟, 由王强、李明二人…


def _people_before_group(text: str) -> list[Mention]:
    """王建国、王建华兄弟合计持有…, 实际控制人为王强兄弟, 李卫东、王丽母女拟减持…: person-shaped names (joined by
    、/和/与/及) that open a clause, or follow 为/是/由, and end right before a kin or count word are people, each its whole
    length; nothing where the names do not reach the word (a company's name before it: 华谊兄弟 is the lexicon's)."""
    out: list[Mention] = []
    for g in _GROUP_CLOSING.finditer(text):
        floor = max(0, g.start() - 40)
        cs = g.start()
        while cs > floor and (text[cs - 1] not in _CLAUSE_OPENING or text[cs - 1] == "、"):
            cs -= 1
        if cs == floor and floor > 0:
            continue
        for start in range(cs, g.start() - 1):
            if start != cs and (text[start - 1] not in _GROUP_LIST_OPENERS or wordlist.words().get(text[start - 1:start + 1])):
                continue  # (由于王强兄弟…: 由 opens the word 由于, no list)
            found, end = _joined_people(text, start)
            if found and end == g.start():
                out += found
                break
    return out


def group_name_at(text: str, pos: int) -> str | None:
    """The name of two or three characters at pos right before a word telling how the people named stand together
    (王建国|兄弟, 王强|兄弟), else None (see _name_before_group)."""
    return _name_before_group(text, pos)


def joined_people(text: str, pos: int) -> tuple[list[Mention], int]:
    """Person-shaped names from pos joined by 、/和/与/及 (as after 由), and where the run ends."""
    return _joined_people(text, pos)


def _word_given_three(text: str, pos: int) -> bool:
    """由张建国、李卫东…, 由王建国于2016年…: where a two-character reading leaves a third character that neither ends a
    list of names nor opens what follows one (国、), and the three characters are a surname and a given name that is a
    dictionary word (建国) closed by a joining word, 于/在/等, a founding verb or punctuation, the name is the three."""
    name, third = text[pos:pos + 3], text[pos + 2:pos + 3]
    if len(name) < 3 or third in _NOT_NAME_END or text.startswith(_GLUED_AFTER_NAME, pos + 2) \
            or group_after_name(text, pos + 2) or not _CJK_RUN.fullmatch(third):
        return False
    closed = _FOUR_CLOSES.match(text, pos + 3) or group_after_name(text, pos + 3) or \
        text[pos + 3:pos + 4] in ("", "，", ",", "。", "；", ";")
    return bool(closed) and _person_of_a_pair(name) and third not in _NOT_NAME_END


def _four_character_name(text: str, pos: int) -> str | None:
    """由杨龚轶凡于2020年创立, 由欧阳志远与李岩联合创办: two surnames (or a two-character one) and two characters,
    closed by a joining word, 于/在/等 or the founding verb, are one person's name of four characters."""
    r = rules()
    name = text[pos:pos + 4]
    if len(name) < 4 or not _CJK_RUN.fullmatch(name) or not (
            name[:2] in r.compound_surnames or name[0] in r.surnames and name[1] in r.surnames):
        return None
    pieces = (name,) if name[:2] in r.compound_surnames else (name, name[:2], name[1:3], name[2:])
    if not _FOUR_CLOSES.match(text, pos + 4) or group_after_name(text, pos + 2) or any(wordlist.words().get(w) for w in pieces):
        return None  # 张江高科…: words, no name
    return None if r.suffix.search(name) else name


# 周宁和弟弟周安 / 李牧与其妻子王岚: a kin word between joined people's names
_KIN_BEFORE_NAME = re.compile(r"(?:其|他的|她的)?(?:弟弟|哥哥|姐姐|妹妹|妻子|丈夫|儿子|女儿|父亲|母亲|兄长|胞弟|胞兄|胞妹|胞姐)")
# 周宁教授, 周宁发起创办, 周宁一手创办: words that follow a two-character name, whose first character is no third one
_GLUED_AFTER_NAME = ("教授", "博士", "院士", "先生", "女士", "老师", "发起", "一手", "联手", "一起", "一同", "共同", "联合",
                     "携手", "牵头")


def _closed_three(text: str, pos: int) -> str | None:
    """由陈澜和哥哥陈云岫共同创办: a surname and two characters closed by a joining word or the founding verb are one
    name, even where the first two make a word the dictionary knows as someone's name (陈云)."""
    r = rules()
    name = text[pos:pos + 3]
    if len(name) < 3 or not _CJK_RUN.fullmatch(name) or name[0] not in r.surnames or name[2] in _NOT_NAME_END \
            or text.startswith(_GLUED_AFTER_NAME, pos + 2) or not _FOUR_CLOSES.match(text, pos + 3):
        return None
    w = wordlist.words()
    if w.get(name) or w.get(name[1:]) or w.get(name[:2]) not in ("nr", "nrfg", "nrt") or r.suffix.search(name):
        return None  # 陈云|霁: only a person's name the dictionary knows, then one more character
    return name


_FOUR_CLOSES = re.compile(r"[与和及、于在等]|联合|共同|创办|创立|创建|夫妇")


_AFTER_PEOPLE = frozenset("也均等都将拟分已曾于在共合所持")  # 张敬也承诺, 李思宇等人, 刘子航分别增持, 王岚共同出资, 何澄所持


def _founders(text: str, pos: int) -> list[Mention]:
    """由李岩与张澈于2019年联合创立: people's names joined by 与/和/、 after 由, before a founding verb."""
    found, pos = _joined_people(text, pos)
    return found if found and _FOUNDING_AFTER.match(text, pos) else []


# 由 and people's names before a founding verb: 由王澜石创办, 由李岩与张澈于2019年联合创立.
_FOUNDED_BY = re.compile(r"由(?=[\u4e00-\u9fff]{2})")
_FOUNDER_DESCRIBED = re.compile(r"[^，,。；;由]{1,16}?(?:工程师|架构师|科学家|教授|博士|高管|负责人|研究员|专家|总监|副总裁|合伙人)")
_PEOPLE_JOINERS = "与和及、"  # between people's names (_JOINERS above is the three joining words)
_NOT_NAME_END = _PEOPLE_JOINERS + "于在等也是的将已曾共联所持"
_FOUNDING_AFTER = re.compile(r"(?:等人|等|夫妇)?(?:于|在)?[^，,。；;]{0,12}?(?:联合|共同)?(?:创办|创立|创建|创设|发起成立|成立|开始组建|组建)")


_FIRM_ENDINGS = ("资产", "资本", "投资", "基金")


def _manager_firm(text: str, lead: int, person: int, r: NameRules) -> list[Mention]:
    """澜川资产葛青东新进…: the asset manager's name right before its manager's is an organisation (a
    head of two to four characters and 资产/资本/投资/基金), even where the head is a common word."""
    if text[lead:person] not in _FIRM_ENDINGS:
        return []
    start = _left_edge(text, lead, r, window=6)
    head = text[start:lead]
    if not 2 <= len(head) <= 4 or not _CJK_RUN.fullmatch(head) or r.generic_head_re.match(head) or \
            wordlist.starts_with_function_word(head, strict=False, slot=True):
        return []
    name = text[start:person]
    return [Mention(start, person, name, "organization", _name_key(name), "shape")]


def _person_before(text: str, end: int, lengths: tuple[int, ...], r: NameRules) -> list[Mention]:
    """The person's name of one of these lengths that ends at `end`: a surname first, Chinese characters,
    no dictionary word or organisation ending, nothing glued before it but a stop or a preposition."""
    for n in lengths:
        start = end - n
        name = text[max(start, 0):end]
        if start < 0 or name[0] not in r.surnames or not _CJK_RUN.fullmatch(name):
            continue
        if wordlist.is_common_word(name) or r.suffix.search(name) or not _apart_before(text, start, r):
            continue
        if n == 3 and name[-1] in _AFTER_NAME_CHARS and text[end - 1:end] in _PEOPLE_JOINERS:
            continue  # 孙立和总经理李敏: 和 joins two people, the one before the title is 孙立 (read by its list)
        return [Mention(start, end, name, "person", f"person:{name}", "person")]
    return []


def _apart_before(text: str, start: int, r: NameRules) -> bool:
    """Nothing glued before a person's name but punctuation, a stop word or a preposition (根据, 本次)."""
    if start == 0 or not _NAME_RUN_BEFORE.search(text, start - 1, start).group():
        return True
    two = text[max(0, start - 2):start]
    return bool(r.left_stop.search(two)) or wordlist.words().get(two) in _CLOSED_VPD or \
        wordlist.words().get(text[start - 1]) in _CLOSED_P or _RELATION_BEFORE.search(text, max(0, start - 5), start)


# 关联方张伟先生, 控股股东王澜女士: a relation to the company glued before a person's name (stops of three or more
# characters, which the two-character look above cannot see; 一致行动人 and 实际控制人 are five)
_RELATION_BEFORE = re.compile(r"(?:关联方|关联人|控股股东|实际控制人|一致行动人|交易对方)\Z")


# the characters Chinese writes foreign personal names with (杰夫·贝索斯, 埃隆·马斯克, 萨姆·奥尔特曼)
_TRANSLITERATION = ("阿埃艾爱安昂奥澳巴拜班邦保鲍贝本比彼毕宾波伯博布查达戴丹道德登迪蒂丁东杜敦多厄恩法菲费芬丰夫弗福盖甘冈戈格根古"
                    "哈海汉豪赫亨胡霍基吉加贾杰捷金卡凯坎康柯科克肯库奎拉莱赖兰朗劳勒雷蕾里利莉林琳卢鲁路伦罗洛马迈曼梅蒙米明莫姆"
                    "穆纳娜内尼妮涅纽努诺欧帕潘佩彭皮珀普奇乔切琴丘萨塞桑瑟森沙莎尚舍什施史斯丝苏索塔泰坦汤特提廷托瓦万威韦维温沃"
                    "乌西希谢辛休雅亚扬耶伊因英尤约泽扎詹兹佐琼珍娅黛薇尔隆茨蒂杰默翰汀露芙")
_DOTTED_PERSON = re.compile(rf"(?<![{_TRANSLITERATION}·])[{_TRANSLITERATION}]{{1,5}}(?:·[{_TRANSLITERATION}]{{1,6}}){{1,2}}"
                            rf"(?![{_TRANSLITERATION}·])")


def _dotted_people(text: str) -> list[Mention]:
    """亚马逊创始人杰夫·贝索斯、…: a foreign person's name written in Chinese, its parts joined by a middle dot, each
    part of the characters used to transliterate (a title or a verb next to it stops it)."""
    return [Mention(m.start(), m.end(), m.group(), "person", f"person:{m.group()}", "person")
            for m in _DOTTED_PERSON.finditer(text)]


def _latin_names(text: str, r: NameRules, lang: str) -> list[Mention]:
    out = []
    for m in r.latin.finditer(text):
        name = m.group() if m.group().endswith(_ABBREVIATED) else m.group().rstrip(".")
        name = _all_caps_words(text, m.start(), _past_glued_percent(text, m.start(), name), r)
        if (name in r.latin_stop or len(name) < 2 or _NOT_LATIN_NAME.fullmatch(name)) \
                and not _one_letter_named(text, m.start(), name):
            continue
        if " " in name and all(word in r.latin_stop for word in name.split()):
            continue  # GPU AI服务器: terms of the trade side by side (each a stop word), no company
        if lang != "en" and _ROUND_NAME.fullmatch(name) and _ROUND_AFTER.match(text, m.start() + len(name)):
            continue  # 在B的Pre-A轮中, 数亿元Pre-A++轮融资: a round's name, no company
        if lang != "en" and _PRE_IPO.fullmatch(name):
            continue  # 完成数亿元Pre-IPO轮融资 / 获Pre-IPO融资: the round before a listing, no company
        if lang == "en" and _sentence_initial(text, m.start()) and " " not in name:
            continue
        if lang != "en" and text.startswith(("业务", "板块"), m.start() + len(name)):
            continue  # 其中Robotaxi业务收入…, SaaS板块: a line of business named in Latin letters, no company
        start, end = m.start(), m.start() + len(name)
        if lang != "en":  # 美国ARC, 比利时PUNCH公司: the country before a Latin name, 公司 after it
            before = start - 1 if text[start - 1:start] == " " else start
            country = _COUNTRY_BEFORE.search(text, max(0, before - 5), before)  # no country is longer than 5
            start = country.start() if country else _coined_head_before(text, start, r)
            end = _latin_tail(text, end, r)
            end = _listed_glued(text, start, end)
        name = text[start:end]
        out.append(Mention(start, end, name, "candidate", _name_key(name), "latin"))
    return out


# 社交平台X, 社交应用Q, 视频网站V: one capital letter right after a kind of online service names that service's
# company (a two-character field before the kind); not A股, B轮, C端, X光, Q3, nor a letter after any other word
_KIND_BEFORE_LETTER = re.compile(r"(?:社交|视频|短视频|直播|搜索|资讯|新闻|聊天|通讯|通信|电商|购物|音乐|游戏|内容)"
                                 r"(?:平台|应用|网站|媒体|网络|软件|App|APP)\Z")
_LETTER_NAME_END = re.compile(r"(?![A-Za-z0-9+\-.·&]|[轮股端类级光型版线系号代])")


def _one_letter_named(text: str, start: int, name: str) -> bool:
    """社交平台X以全部换股的方式并入A: a single capital letter after a kind of online service (_KIND_BEFORE_LETTER)
    is that service's name."""
    return len(name) == 1 and name.isupper() and _LETTER_NAME_END.match(text, start + 1) is not None \
        and _KIND_BEFORE_LETTER.search(text, max(0, start - 8), start) is not None
def _coined_head_before(text: str, start: int, r: NameRules) -> int:
    """投资了澄川BOT, 芯片公司霁川Tech: a Latin word glued after a coined Chinese head (no word of the dictionary, no
    common words) is one name with it, not the Latin word alone (not 采用NVIDIA, 全新Pro: words before it)."""
    if start < 2 or not _CJK_RUN.match(text, start - 1):
        return start
    left = _left_edge(text, start, r, window=6)
    left = max([i.end() for i in r.introducer.finditer(text, left, start)] + [left])  # 芯片公司|霁川Tech
    head, w = text[left:start], wordlist.words()
    if not 2 <= len(head) <= 3 or any(head[i:i + 2] in w for i in range(len(head) - 1)) or _bad_start(head, r) \
            or any(ch in _NOT_IN_COINED_HEAD for ch in head) or head[-1] in _NEVER_IN_NAMES:
        return start  # (推出一款类ChatGPT助手: a count and a likeness, no head)
    return left


_NOT_IN_COINED_HEAD = frozenset("一二三四五六七八九十两几数多某每类版款系型号代的了")


# (wt-ib: never a joiner itself: 、Northwind Capital以及B — 以及 joins the next item)
_LIST_ITEM_END = re.compile(r"(?!以及|[和及等与])[\u4e00-\u9fff]{1,3}(?=、|以及|和|及|等)")


def _listed_glued(text: str, start: int, end: int) -> int:
    """、Boss直聘、好未来: in a list, a Latin name glued to a few Chinese characters up to the next separator is
    one item, one name (not Boss with 直聘 left over)."""
    if start == 0 or text[start - 1] != "、":
        return end
    glued = _LIST_ITEM_END.match(text, end)
    return glued.end() if glued else end


_ROUND_NAME = re.compile(r"(?:Pre|pre|Series)?-?[A-F]\+{0,2}\d?")
_ROUND_AFTER = re.compile(r"\+*\s*轮")  # the pluses of a split round (Pre-A++轮) the Latin name leaves after it
_PRE_IPO = re.compile(r"[Pp]re-?IPO")
_GLUED_DIGITS = re.compile(r"(?<=[A-Za-z])\d+(?:\.\d+)?\Z")
_PERCENT_AFTER = re.compile(r"(?:\.\d+)?\s?%")
_DATE_AFTER_DIGITS = re.compile(r"[日月年](?![A-Za-z0-9])")


def _past_glued_percent(text: str, start: int, name: str) -> str:
    """收购Lumora61.53%股权, 出售Brightex2.5%的股权: digits glued after a Latin name and followed by a
    percent sign are the stake, not part of the name."""
    digits = _GLUED_DIGITS.search(name)
    if digits is None or not _PERCENT_AFTER.match(text, start + len(name)) and \
            not text.startswith("%", start + len(name)) and not _DATE_AFTER_DIGITS.match(text, start + len(name)):
        return name  # (Northwind11日宣布…: the digits glued after the name and before 日 are the day, not its part)
    return name[:digits.start()]


_ABBREVIATED = ("Inc.", "Ltd.", "Corp.", "Co.", "B.V.", "N.V.", "S.A.")  # the dot belongs to the name
_CAPS_WORD = re.compile(r" [A-Z]{2,}(?:[-&][A-Z0-9]+)*(?![A-Za-z0-9])")
_LATIN_LEGAL = ("Holding", "Holdings", "B.V.", "N.V.", "Inc.", "Inc", "Ltd", "Ltd.", "Limited", "Corp.", "LLC", "PLC",
                "GmbH", "AG", "S.A.", "Group", "Minerals")


_LATIN_TAIL = re.compile(r" ?[\u4e00-\u9fff]{0,4}?(?:公司|集团)")


def _latin_tail(text: str, end: int, r: NameRules) -> int:
    """PUNCH公司, NewLan油气公司, 韩国 LT&T 公司: a trade word and 公司/集团 after a Latin name belong to it
    when the name stops there (not 公司股份, not …公司旗下的品牌)."""
    m = _LATIN_TAIL.match(text, end)
    if m is None or text.startswith("公司股", m.end() - 2) or r.bad_inside.search(m.group()) or \
            r.right_stop.search(m.group()[:-2]):  # JCCI拟受让公司: a verb between, no trade word
        return end
    after = m.end()
    if _NAME_RUN.match(text, after).end() > after and not r.right_stop.match(text, after):
        return end
    return after


def _all_caps_words(text: str, start: int, name: str, r: NameRules) -> str:
    """LANSTONE MOBILE TRADING LIMITED: a name written in capitals goes on over the capital words after it."""
    if not name.isupper() or len(name) < 2:
        return name
    end = start + len(name)
    while (m := _CAPS_WORD.match(text, end)) is not None and m.group().strip() not in r.latin_stop:
        end = m.end()
    return text[start:end]


# 这家公司名叫朗峪微 / 新公司名为“栖木”: a verb of naming after a word for a company (not 该项目名为…)
_NAMING_VERBS = frozenset({"名叫", "名为", "叫做", "取名为", "更名为", "改名为"})
_COMPANY_NAMED = re.compile(r"(?:公司|企业|机构|厂商|品牌|子公司|主体|初创公司|创业公司|合资公司|新公司)$")
_DESCRIBING_BEFORE = re.compile(r"(?:作为|面向|针对|一家|服务于|专注于?|聚焦于?)$")


def _sentence_initial(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].strip()
    return not before or before[-1] in ".!?\"“"


# 周宁当晚便称, 青禾智能次日即表示: a time word (and an adverb) between a speaker and its verb is no part of the name
_WHEN_BEFORE_TELLING = re.compile(r"(?:当晚|当天|当日|次日|翌日|随后|随即|事后|昨日|今日|昨天|今天|稍后|很快)(?:便|就|即|也|则)?$")


def _context_names(text: str, r: NameRules, known: list[Mention]) -> list[Mention]:
    out = []
    for pattern in (r.introducer, r.deal_slot):
        for m in pattern.finditer(text):
            if pattern is r.deal_slot and (_deal_noun_after(text, m.end()) or _verb_after(text, m.end(), r)
                                           or cue_names.and_then_verb(text, m)):
                continue  # (还款并购回股票: 并, then the verb 购回)
            if pattern is r.introducer and (_DETERMINER_BEFORE.search(text, max(0, m.start() - 2), m.start())
                                            or cue_names.glued_word(text, m.end())):
                continue  # 该公司一跃成为…: the company already named, no name after it (协议受让方式: 方式)
            if pattern is r.introducer and m.group() in _NAMING_VERBS \
                    and not _COMPANY_NAMED.search(text, max(0, m.start() - 6), m.start()):
                continue  # 该项目名为…: a project's or a product's name, no company's
            party = cue_names.PARTY_LEAD.match(text, m.end()) if pattern is r.deal_slot else None
            start = party.end() if party else m.end()  # 收购关联方|澜石投资持有的…: a relation, no part of the name
            end = _right_edge(text, start, r)
            if pattern is r.introducer and _BUSINESS_LINES_AFTER.match(text, end) \
                    and _BARE_COMPANY_WORD.search(text, max(0, m.start() - 12), m.end()):
                continue  # 2024年，公司固网和家庭业务收入… / 公司算力租赁业务收入: the bare 公司, then its business lines, no name
            out += _candidate(text, start, end, r)
    for m in r.clause_subject.finditer(text):
        if _follower_in_word(text, m.end(1)):
            continue
        start = _left_edge(text, m.end(1), r, window=8)
        end = at_ending(text, start, m.end(1))
        if text.endswith(_TELLS, start, end) and end - start >= 4 or text.endswith(("有望", "方面", "自研"), start, end) and end - start >= 4:
            end -= 2  # 澄川数据公告称: the company, then what it does; 朔方微有望于年内挂牌: what is hoped of it; 砾犀方面表示: its
            # side; 知遥自研的大模型: what it made itself
        when = _WHEN_BEFORE_TELLING.search(text, start, end)
        if when is not None and when.start() - start >= 2:
            end = when.start()  # 周宁当晚便称…: the speaker, then when it spoke
        if text.startswith("的", end) and _DESCRIBING_BEFORE.search(text, max(0, start - 3), start) \
                and _common_words(text[start:end]):
            continue  # 作为国内少有的…公司, 一家面向跨境电商的…服务商: common words describing what follows, no name
        out += _candidate(text, start, end, r)
    if "主体" in text:
        for m in _PARTY_AS_BODY.finditer(text):
            out += _candidate(text, m.start(1), m.end(1), r, lax=True, slot=True)
    starts = {k.start for k in known if k.kind == "organization"}
    for m in r.quoted.finditer(text):
        if _EPITHET.search(m.group(1)) or m.end() in starts:
            continue  # “具身智能第一股”云岫科技: an epithet in quotes right before the name it praises
        if len(m.group(1)) > 12:  # a long quotation is a phrase; a long quoted name ends as one (“澄岚未来产业创新发展一期投资基金”)
            if _ends_with_suffix(m.group(1), r):
                out.append(Mention(m.start(1), m.end(1), m.group(1), "organization", _name_key(m.group(1)), "shape"))
            continue
        found = _candidate(text, m.start(1), m.end(1), r)
        if not found and _kind_named_quoted(text, m, r):  # 智能助理公司“来也”, 机器人公司“小蜜蜂”: the company's name
            found = [Mention(m.start(1), m.end(1), m.group(1), "candidate", _name_key(m.group(1)), "context")]
        out += found
    confident = sorted({(k.start, k.end) for k in known if k.kind == "organization"})
    listed: list[Mention] = []
    for m in r.enumeration.finditer(text):
        listed += _enumeration(text, m, r, confident)
    partners = sorted(set(confident) | {(m.start, m.end) for m in listed})  # A、B和C: C pairs with a listed B
    out = [m for m in out if not m.text.endswith(cue_names.HONORIFICS)]  # 王澜先生: read by the person finder
    return out + listed + _paired(text, r, partners)


def _kind_named_quoted(text: str, quoted: re.Match[str], r: NameRules) -> bool:
    """A short quoted run right after a kind of company (公司, 初创公司, 独角兽, 厂商) is that company's name even where
    it is a word or opens with a function word (公司“来也”, 公司“小蜜蜂”); not a slogan or a plan (企业“走出去”战略, 公司
    “十四五”规划: a noun of plans after the quotes), nor a run holding a deal word."""
    name = quoted.group(1)
    if not 2 <= len(name) <= 8 or not _KIND_BEFORE_QUOTE.search(text, max(0, quoted.start() - 5), quoted.start()):
        return False
    if _PLAN_AFTER_QUOTE.match(text, quoted.end()) or r.trigger_inside.search(name) or _is_number(name):
        return False
    return wordlist.words().get(name) not in ("v", "vn", "a", "ad", "d", "m")


_KIND_BEFORE_QUOTE = re.compile(r"(?:公司|初创公司|创业公司|独角兽|厂商|开发商|服务商)$")
_PLAN_AFTER_QUOTE = re.compile(r"(?:战略|计划|规划|项目|模式|理念|工程|系列|产品|业务|概念|行动|政策|标准|方案|活动|服务|品牌|平台|"
                               r"原则|目标|口号|精神|文化|时代|号)")


# 澄远创科等为主体，拟通过协议转让取得B的控制权 / 以澄远创科等主体受让…: the party that acts, opening its clause
# (after 以/由) before 等为主体 / 等主体 / 作为主体.
_PARTY_AS_BODY = re.compile(rf"(?:^|(?<=[，,；;：:。！？!?\n“”]))(?:以|由)?([{NAME_CHARS}]{{2,12}}?)"
                            r"(?=等(?:为|作为)?主体|(?:为|作为)(?:收购|交易|投资)?主体)")
_EPITHET = re.compile(r"(?:第一股|龙头|独角兽|一哥|黑马)$")
_TELLS = ("公告", "发文", "回应", "表示", "透露", "披露")


_DETERMINER_BEFORE = re.compile(r"(?:[该本此其这那]|这家|那家)\Z")
# 公司 as a clause's bare subject (…。2024年，公司… / ，公司…), and what follows a word after it that makes the word a line of
# business, not a name: 公司固网和家庭业务收入 / 公司云及AI业务营收 (a list of lines closed by 业务 and a figure)
_BARE_COMPANY_WORD = re.compile(r"(?:^|[。；;，,！？\n]|\d{4}年(?:[上下]半年|前?[一二三四]季度|\d{1,2}月)?[，,]?)\s*公司\Z")
_BUSINESS_LINES_AFTER = re.compile(r"(?:(?:[和及与、]|以及)[\u4e00-\u9fffA-Za-z]{1,8}?)?(?:业务|服务|板块)(?:的|板块)?(?:收入|营收|营业收入|利润|毛利)")


def _verb_after(text: str, start: int, r: NameRules) -> bool:
    """王磊投资师承…: a dictionary verb or a verb-like noun (names.yaml `verb_nouns`) right after the deal verb
    opens no name (投资开拓电源: a verb that opens names, names.yaml `name_opening_verbs`, may)."""
    word = text[start:start + 2]
    return word in r.verb_nouns or wordlist.words().get(word) == "v" and word not in r.name_opening_verbs


def _deal_noun_after(text: str, start: int) -> bool:
    """收购事项折戟, 收购交易终止, 收购计划落空: a word after the deal verb that makes it a noun for the
    deal (names.yaml cues `object_stops` of two characters or more: 事项, 交易, 计划 …) opens no name."""
    stop = cue_names.cues().object_stop.match(text, start)
    return stop is not None and len(stop.group()) >= 2


def _follower_in_word(text: str, end: int) -> bool:
    """流传一|则消息, 前五大供|应商: a one-character word that follows subjects (则, 应, 将 …) but makes a
    word with the character before it (一则, 供应) follows no subject there, unless a word ends right
    before it (美国商务部|将…: 商务部, though 部将 is a word too)."""
    w = wordlist.words()
    return end > 0 and wordlist.is_common_word(text[end - 1:end + 1]) and not wordlist.is_common_word(text[end:end + 2]) \
        and not any(text[end - n:end] in w for n in (2, 3, 4) if end >= n)


_JOINER_AFTER = re.compile(r"以及|和|与|及")
_JOINER_BEFORE = re.compile(r"(?:以及|和|与|及)\Z")


def _paired(text: str, r: NameRules, confident: list[tuple[int, int]]) -> list[Mention]:
    """增持了青松药业与金川街, 澜石科技和蓝湾 分别…: a name joined by 和/与/及 to a known organisation is
    a name too, unless it reads as a phrase (青松科技与投资者…) or the joining character belongs to a
    word (祥和, 及时)."""
    out = []
    for s, e in confident:
        after = _JOINER_AFTER.match(text, e)
        if after is not None and not _joiner_in_word(text, after.start(), after.end()):
            end = _past_trailing_verb(text, after.end(), _right_edge(text, after.end(), r, limit=8))
            if end < len(text) and _NAME_RUN.match(text, end).end() == end or end == len(text) or \
                    r.right_stop.match(text, end) or text[end:end + 2] in r.not_short:
                out += _pair_item(text, after.end(), end, r)
        before = _JOINER_BEFORE.search(text, max(0, s - 2), s)
        if before is not None and not _joiner_in_word(text, before.start(), before.end()):
            start = _left_edge(text, before.start(), r, window=8)
            if start == 0 or not _NAME_RUN.match(text, start - 1, start).end() > start - 1 or start > before.start() - 8:
                out += _pair_item(text, start, before.start(), r)
    return out


def _pair_item(text: str, start: int, end: int, r: NameRules) -> list[Mention]:
    """The other side of a pair: a name unless it opens with a verb or adverb (却惜售, 增资控股…) or is
    only a place (深圳市和科达…: there 和 is inside a name)."""
    if wordlist.words().get(text[start:end]) == "ns" and not (text.startswith("等", end)
                                                               and _LIST_CLOSED_BY_KIND.match(text, end)):
        return []  # (A、B和锦江等酒店集团: a place's word closing a list of firms is a firm's name)
    return _candidate(text, start, end, r, lax=True, listed=True)


def _joiner_in_word(text: str, s: int, e: int) -> bool:
    """和 in 祥和 or 和平, 及 in 及时: a joining character that a dictionary word around it holds."""
    if e - s > 1:
        return False
    return any(wordlist.is_common_word(text[a:a + 2]) for a in (s - 1, s))


def _past_trailing_verb(text: str, start: int, end: int) -> int:
    """欧菲光签订 → 欧菲光: a verb of two characters glued after a short name is no part of it."""
    if end - start >= 4 and wordlist.words().get(text[end - 2:end]) in ("v", "vn") and \
            not wordlist.is_rare_word(text[end - 2:end]):
        return end - 2
    return end


def at_ending(text: str, start: int, end: int) -> int:
    """智慧能源应…, 科恒股份资产购买…: a clause's subject that does not end as a name ends with the last
    organisation ending inside it."""
    r = rules()
    endings = list(r.suffix.finditer(text, start + 2, end))
    if endings and endings[-1].end() == end and endings[-1].group() not in r.weak:
        return end
    inner = [m.end() for m in endings
             if m.end() < end and not (m.group() in r.weak and r.weak_not_before.match(text, m.end()))]
    return inner[-1] if inner else end


# 市值超过千亿, 估值过百亿, 营收突破10亿: a measure compared with a number, a predicate of the phrase, no name
_MEASURE_PREDICATE = re.compile(r"(?:超过|超出|超|过|逾|达到|达|突破|高于|低于|不足|接近|近|破)"
                                r"[\d０-９.一二两三四五六七八九十百千万亿]+(?:多|余)?(?:元|美元|港元|亿元|万元)?$")
_LOCATIVE_PART_END = ("上", "部分", "方面", "领域", "环节")  # 在X上的…, 硬件部分的…


# adverbs that open a predicate (the dictionary tags some words of names as adverbs too: 高新发展 is a company)
_PREDICATE_ADVERBS = frozenset("进一步 逐步 不断 积极 深入 全面 继续 持续 重新 共同 大力 加快 充分 依法 已经 正在 即将 陆续 "
                               "相继 先后 首次 再次 进而 随即 逐渐".split())


def _adverb_then_verb(name: str) -> bool:
    """进一步分析, 逐步推进: an adverb that opens predicates, then a verb (or verb noun) of the dictionary, the whole
    stretch: a predicate, no name."""
    w = wordlist.words()
    return any(name[:k] in _PREDICATE_ADVERBS and w.get(name[k:]) in ("v", "vn", "vd") for k in (2, 3) if len(name) - k >= 2)


def _candidate(text: str, start: int, end: int, r: NameRules, lax: bool = False, slot: bool = False,
               listed: bool = False, strong: bool = False, introduced: bool = False, member: bool = False) -> list[Mention]:
    """A name found from context, unless it reads as a common phrase; `lax` where a deal cue says a name
    stands there, `slot` where it stands between a deal verb and the shares it buys, `listed` where it is
    listed beside known names (there a noun of three characters or more is a brand: 五粮液), `strong`
    where only an organisation can stand (…,绿地发布公告称: a noun or generic phrase is a name there),
    `introduced` right after a category noun (…龙头|新兴药房), `member` where it is coordinated after a name
    in a deal's object (增持了澜石科技和青松: there a noun of two characters or more is a short name)."""
    if r.suffix.fullmatch(text, start, end):
        return []  # 公司数科业务收入…: a bare ending after the bare 公司, a line of business, no name
    if _REFERENCE_OPENING.match(text, start) or text[end:end + 1] in ":：" \
            and _NEWS_SOURCE_END.search(text, start, end):
        return []  # 受让上述转让人持有的…: a reference back, no name; 岚海网讯:4月27日…: a dateline's news source
    if end - start > 2 and wordlist.words().get(text[end - 1:end + 1]) in ("p", "c"):  # 青禾管业关|于签订…: 关于
        return _candidate(text, start, end - 1, r, lax=lax, slot=slot, listed=listed, strong=strong,
                          introduced=introduced, member=member)
    if end - start >= 4 and text.startswith("于", end) and text[end - 2:end] in _VERB_BEFORE_YU:
        return _candidate(text, start, end - 2, r, lax=lax, slot=slot, listed=listed, strong=strong,
                          introduced=introduced, member=member)  # 收购青岸澜|有利于…: the verb the deal is judged by
    tail = _CJK_THEN_LATIN.search(text, start, end)
    if tail is not None and _LATIN_GOES_ON.match(text, tail.start(1)):
        return []  # 创新药公司H|-Lumen: a Latin name the stretch cut short, after words (the Latin finder reads the name)
    if _people_counted(text, start, end):
        return []  # 高管两人拟减持, 王建国兄弟合计持有: people and how they stand together (the person finders read them)
    if _adverb_then_verb(text[start:end]):
        return []  # 进一步分析|中标厂商分布…: an adverb and a verb, a clause's predicate, no name
    if _LETTER_AND_CHAR.fullmatch(text, start, end):
        return []  # (按照18)C章, A股, B端: a letter and one character name a chapter, a class of shares, a market
    if _MODAL_ONLY.fullmatch(text, start, end):
        return []  # 公司原拟以现金受让…: an adverb and a word of plan after the bare 公司, no name
    if text.startswith(_IN_HAND, start):
        return []  # (从A和B两家机构)手中融到…: the hands something is taken from, then a verb, no name
    obliged = _OBLIGED_VERB_END.search(text, start, end)
    if obliged and obliged.start() - start >= 2 and wordlist.words().get(obliged.group(1)) == "v":
        return []  # 买方需支付(的净额): a party, what it must do and the verb, a predicate, no name
    if _METRIC_CHANGE.match(text, start, end):
        return []  # 受标的公司业绩下滑影响: a figure and how it moved, after the bare 公司, no name
    if strong:
        return _strong_candidate(text, start, end, r)
    kind = _KIND_THEN_NAME.match(text, start, end)
    if kind and (kind.group("country") or wordlist.is_common_word(kind.group("kind"))) and end - kind.end() >= 2:
        return _candidate(text, kind.end(), end, r, lax=lax, slot=slot, listed=listed, introduced=True, member=member)
        # 收购德国晶圆厂北岭: a country and the kind of plant before the plant's own name
    cut = max((m.end() for m in r.introducer.finditer(text, start, end) if end - m.end() >= 2
               and not cue_names.glued_word(text, m.end())), default=start) \
        if r.introducer.search(text, start, end) else start
    if cut > start:  # 中国支付公司商银信, 河北药房龙头新兴药房, (参股)公司澜舟多多: the name after the category noun
        found = _candidate(text, cut, end, r, lax=lax, slot=slot, listed=listed, introduced=slot, member=member)
        if found:
            return found
    name = text[start:end]
    if end - start > 3 and name[0] in "过借" and start > 0 and _CJK_RUN.match(text[start - 1]):
        return _candidate(text, start + 1, end, r, lax=lax, slot=slot, listed=listed, strong=strong,
                          introduced=introduced, member=member)  # 拿到过|岚山创投的投资, 将借|青禾股份上市: a particle
    if end - start > 3 and _PARTIES_COUNTED.search(name):
        return _candidate(text, start, end - 2, r, lax=lax, slot=slot, listed=listed, strong=strong,
                          introduced=introduced, member=member)  # A、B和C三方共同…: the count of the parties
    if _MEASURE_PREDICATE.search(name) or text.startswith("的", end) and name.endswith(_LOCATIVE_PART_END) \
            and not _ends_with_suffix(name, r):
        return []  # 此前市值超过千亿的…, 在芯片设计上的…, 其中硬件部分的…: a predicate or a place in a phrase, no name
    if len(name) > 3 and name[-1] in _COUNT_CHARS and text[end:end + 1] in _COUNTED_KIND:  # 岚山光学两|家巨头: a count
        return _candidate(text, start, end - 1, r, lax=lax, slot=slot, listed=listed, strong=strong,
                          introduced=introduced, member=member)
    # 其实际控制人筱璘曾任…: a clause's subject that opens with a relation is the relation and its holder's name, no
    # organisation (a deal cue reads its own slot); 再发公告: a document; 二期上一次(减持): how often
    if len(name) < 2 or len(name) > 12 or name in r.generic_heads or r.generic_head_re.match(name) or _COUNTED.match(name) \
            or not lax and _RELATION_OPENING.match(name) or _DOCUMENT_END.search(name) or _HOW_OFTEN.search(name):
        return []
    # a member of a deal's object list may be a short name that is a noun (青松), not a kind of firm (证券, 银行)
    brand = (listed and (len(name) >= 3 or _KIND_CLOSES_LIST.match(text, end) is not None)
             or member and not r.suffix.fullmatch(name)) and wordlist.words().get(name) == "n" \
        or listed and _listed_function_word(text, end, name)
    # 安进以27亿美元收购…: a word the dictionary barely knows may be a name where a cue says so
    if name in r.latin_stop or wordlist.is_common_word(name) and not (brand or lax and _rare_name_word(name)) or \
            wordlist.starts_with_function_word(name, strict=not lax, slot=slot) \
            and not (listed and _listed_function_word(text, end, name)):  # (华住和自如等品牌: 自 opens the name)
        return []
    if r.generic_follow.fullmatch(name) or _is_number(name) or r.left_stop.fullmatch(name) or _description(name, r) \
            or _RANKED_DESCRIPTION.fullmatch(name) or _ranked_description(name) \
            or _CJK_THEN_DIGITS.search(name) or _TIME_SPAN.fullmatch(name):  # 年近70, 持股5: a number after words is no name's end
        return []
    if _QUALITY_END.search(name):
        return []  # 提升公司核心竞争力，于…与B签署: a quality of the company, no name
    asset = _ASSET_END.search(name)  # 持有核心IP, 拥有多项专利: what is held is an asset, no company
    if asset and (asset.group() != "技术" or name[:asset.start()] in r.generic_heads or not asset.start()) \
            or _RIGHTS_INSIDE.search(name):  # 持有核心IP规避管制: the rights, then what they are for
        return []
    # after a category noun in a deal's slot (药房龙头|新兴药房), a name may open with an adjective word
    if _bad_start(name, r) and not (slot and (_coined_head(name) or introduced)) or \
            r.bad_inside.search(name) and _bad_inside(name, r):
        return []
    if r.trigger_inside.search(name[:-2] if lax and name.endswith(("投资", "并购")) else name) \
            or r.generic_follow.match(text, end) and not slot and not _ends_with_suffix(name, r):
        return []
    if _counted_after(text, end, name) or _joined_common_words(name) or _noun_then_verb(text, end, name) or _words_then_field(name) \
            or _LATIN_SECTOR.fullmatch(name) or _opens_inside_a_noun(text, start) or _negated_word(name):
        return []
    if _WORKS_END.search(name):
        return []  # 大力投资数据中心扩建: works being built (what money goes into), no company
    if text.startswith("于", end) and len(name) > 2 and wordlist.is_common_word(name[-1] + "于") \
            and wordlist.is_common_word(name[:-1]):
        return []  # 投资主要用于…: a common word, then the verb 用于 (位于, 属于), no name
    if _ends_in_a_verb(text, end, name):  # last: it walks the words of the stretch
        return []
    return [Mention(start, end, name, "candidate", _name_key(name), "context")]


_WORKS_END = re.compile(r"(?:扩建|兴建|改建|扩容|扩充)$")
# 吉利、东风等车企: a list closed by 等 and a kind of company, whose last item (a noun of two characters) is a name
_KIND_CLOSES_LIST = re.compile(r"等(?:国内|国际|海外|头部|主流|知名|多家|众多)?(?:车企|主机厂|企业|公司|厂商|品牌|机构|集团)")
_LATIN_GOES_ON = re.compile(r"[A-Za-z0-9]+[-.&'’][A-Za-z0-9]")
_CJK_THEN_LATIN = re.compile(r"[\u4e00-\u9fff]([A-Za-z0-9]+)$")
# The first two characters of a verb closed by 于 (有利于, 有助于, 取决于 …): what the clause says of the deal, after the
# name that the deal verb took (收购青岸澜有利于拓展市场), never a name's last word
_VERB_BEFORE_YU = frozenset("有利 有助 得益 受益 取决 有赖 归功 致力 着眼 立足 专注 聚焦 受制 倾向 不利".split())


_LETTER_AND_CHAR = re.compile(r"[A-Za-z][\u4e00-\u9fff]")
# A、B和如家等酒店集团: the rest of a list of names up to 等 and the kind of company the list names
_LIST_CLOSED_BY_KIND = re.compile(r"(?:(?:、|和|与|及|以及)[\u4e00-\u9fffA-Za-z]{2,10}?){0,6}等(?:多家|知名|头部|国内|连锁)?"
                                  r"[\u4e00-\u9fff]{0,4}?(?:集团|公司|企业|品牌|平台|厂商|机构|连锁店?)")
_PRONOUN_CHARS = frozenset("我你他她它们这那其各每某何谁哪些么啥之此该本别任前俺咱吾您怎己彼诸者")
_REFLEXIVES = frozenset({"自己", "自家", "自身", "自我", "自个", "自行"})


def _listed_function_word(text: str, end: int, name: str) -> bool:
    """如家 in 华住、锦江和如家等酒店集团: a word the dictionary takes for a pronoun or adverb stands as an item of a list
    of names closed by 等 and a kind of company, where only a name can stand; real pronouns (其他, 各家) never."""
    return 2 <= len(name) <= 4 and wordlist.words().get(name) in ("r", "d") \
        and not _PRONOUN_CHARS.intersection(name) and name not in _REFLEXIVES \
        and _LIST_CLOSED_BY_KIND.match(text, end) is not None
_PARTIES_COUNTED = re.compile(r"[两二三四五六七八九十双各多]方$")
# 业绩下滑, 营收增长, 股价下跌: a business figure and its move open a predicate (标的公司业绩下滑影响), never a name
_METRIC_CHANGE = re.compile(r"(?:业绩|营收|收入|利润|净利润|股价|市值|销量|需求|成本|毛利率|毛利|现金流)"
                            r"(?:下滑|下降|下跌|增长|上涨|大增|大跌|亏损|疲软|承压|波动|回落|下行|上升|改善|恶化|不及预期)")
_IN_HAND = ("手中", "手里")
_OBLIGED_VERB_END = re.compile(r"(?:需要|需|须|必须|应当|应)([\u4e00-\u9fff]{2})$")
# 原拟, 仍计划, 曾打算: a word of plan, with at most an adverb of time before it, is a predicate's opening, no name
_MODAL_ONLY = re.compile(r"(?:原|本|曾|仍|已|亦|也|还|又|均|都|现|另)?(?:拟|计划|打算|准备|欲|决定|原拟|原计划)")


_PEOPLE_COUNT_END = re.compile(GROUP_WORDS + "$")


def _people_counted(text: str, start: int, end: int) -> bool:
    """高管两人, 王建国兄弟, 董事夫妇: a stretch ending with a kin or count word of people after a title or a
    person-shaped name is people and how they stand together, no organisation (a firm's name ending so, 华谊兄弟, is the
    lexicon's)."""
    if text[end - 1:end] not in _GROUP_LAST_CHARS:
        return False
    hit = _PEOPLE_COUNT_END.search(text, max(start, end - 4), end)
    if hit is None or hit.start() - start < 2:
        return False
    rest = text[start:hit.start()]
    return rest in _titles() or person_shaped(rest, listed=True) or _person_of_a_pair(rest)


_GROUP_LAST_CHARS = frozenset("弟妹妇妻子女人位")  # where the words of GROUP_WORDS end
_NUMERALS = frozenset("一二三四五六七八九十两几数多某每")
_CLASSIFIERS = frozenset("家个位名批项笔类种座")


def _counted_after(text: str, end: int, name: str) -> bool:
    """与国内一|家知名企业, 这|笔交易: a stretch that ends in a numeral whose classifier follows, or opens with a
    classifier after a numeral or demonstrative, cuts a count (一家, 这笔) in two; it names nothing."""
    start = end - len(name)
    if name[-1] in _NUMERALS and text[end:end + 1] in _CLASSIFIERS:
        return True
    return name[0] in _CLASSIFIERS and start > 0 and (text[start - 1] in _NUMERALS or text[start - 1] in "这那该此本每")


def _negated_word(name: str) -> bool:
    """(公司)无单一(控股股东), 非关联(方): 无/非 before a common word negates it, a phrase, no name (not 无锡…, a place, nor
    无问芯穹, whose next characters make no word)."""
    return name[0] in "无非" and len(name) >= 3 and wordlist.is_common_word(name[1:3]) \
        and not wordlist.opens_with_name_word(name)


def _opens_inside_a_noun(text: str, start: int) -> bool:
    """股东|会批准, 受让|方取得, 服务|器依然: a stretch cut at a stop word that opens a longer noun (股东会, 受让方,
    服务器) starts with that noun's last character; it is a fragment, no name (not 同方|国芯: 同方 no noun; nor 方正…,
    whose first two characters make a word of their own)."""
    w = wordlist.words()
    if start < 2 or text[start:start + 2] in w:
        return False
    return any(w.get(text[start + 1 - k:start + 1]) == "n" for k in (3, 4) if start + 1 >= k)


_FIELD_TERM = re.compile(r"(?:具身智能|人工智能|机器视觉|计算机视觉)$")
# 加码GPU算力, AI芯片设计是B的主业, AI基础设施企业B: a Latin term, then only words of a sector or a kind of product or
# work (算力, 芯片, 设计, 基础设施 …): a field a company works in, no name (a company's own words end otherwise: TCL科技)
_LATIN_SECTOR = re.compile(r"[A-Za-z][A-Za-z0-9]{0,7}(?:算力|芯片|设计|基础设施|赛道|领域|大模型|模型|服务器|云计算|计算|"
                           r"存储|推理|训练|应用|产业链?|行业|业务|软硬件|软件|硬件|数据中心|智算|解决方案|终端|赛道|方向|"
                           r"技术|生态|集群)+")


def _words_then_field(name: str) -> bool:
    """(公司)持续发展人工智能(业务): common words before a field of technology, what a company works in, no name."""
    field = _FIELD_TERM.search(name)
    return field is not None and (field.start() == 0 or _common_words(name[:field.start()])
                                  or _verb_then_field(name[:field.start() + 2]))


_JOINED = re.compile(r"[及和与]")


def _noun_then_verb(text: str, end: int, name: str) -> bool:
    """收购进程看似稳步推进: a common noun of two characters and a verb of two (进程|看似), with an adverb after them, is
    a clause's subject and its predicate, no name (not 澄川发展: a coined head; not 酒钢不锈宣布…: no adverb after)."""
    w = wordlist.words()
    return len(name) == 4 and w.get(name[:2]) in ("n", "vn") and w.get(name[2:]) == "v" \
        and w.get(text[end:end + 2]) in ("d", "ad")


def _joined_common_words(name: str) -> bool:
    """收到股东、董事会及交易所的通知: common words joined by 及/和/与 (董事会及交易) are a phrase of nouns, no name
    (each side a dictionary word or a run of them that is no name)."""
    parts = _JOINED.split(name)
    return len(parts) > 1 and all(len(p) >= 2 and _common_words(p) for p in parts)


_CJK_THEN_DIGITS = re.compile(r"[\u4e00-\u9fff]\d+$")
_COUNT_CHARS = frozenset("两二三四五六七八九十几数多")
_COUNTED_KIND = frozenset("家个位名款只所支")
# what a company holds or owns that is no company: rights and know-how (技术 only after a generic head: 澜舟技术
# may be a firm, 核心技术 is not)
_ASSET_END = re.compile(r"(?:专利|知识产权|IP|牌照|资质|商标|版权|著作权|源代码|技术)$")
_QUALITY_END = re.compile(r"(?:竞争力|影响力|创新力|能力|实力|水平|效率|优势|价值|质量|知名度|市场份额|话语权)$")
_RIGHTS_INSIDE = re.compile(r"专利|知识产权|著作权|(?<![A-Za-z])IP(?![A-Za-z])")
# 与全球领先的芯片企业B / 与国内知名的云服务商B: where a company ranks, the description before its name, no name
_RANKED_DESCRIPTION = re.compile(r"(?:全球|国内|国际|业内|行业|业界|世界|全国|海外|中国|亚洲|欧洲|美国)(?:最)?"
                                 r"(?:领先|知名|著名|领军|头部|顶尖|一流|最大|最火|前列|第一)")
_HOW_OFTEN = re.compile(cue_names.HOW_OFTEN)
# 国内领先硬科技(PE), 海外头部新能源(车企): a rank and scope opening ordinary words describe a kind of firm, name none
_RANKED_OPENING = re.compile(r"(?:全球|国内|国际|业内|行业|业界|世界|全国|海外)?(?:顶级|顶尖|头部|知名|领先|一流|著名|领军)")
_LATIN_KIND_TAIL = re.compile(r"[A-Za-z]{1,5}$")


def _ranked_description(name: str) -> bool:
    """国内领先硬科技PE: a rank opening the stretch and only dictionary words (and a Latin kind, VC, PE) after it."""
    opening = _RANKED_OPENING.match(name)
    if opening is None:
        return False
    rest = name[opening.end():]
    latin = _LATIN_KIND_TAIL.search(rest)
    return _common_words(rest[:latin.start()] if latin else rest)
_REFERENCE_OPENING = re.compile(r"上述|前述|上列|前列|下述")
_NEWS_SOURCE_END = re.compile(r"(?:网|社|报|台)讯$")
_KIND_THEN_NAME = re.compile(r"(?P<country>" + "|".join(read_yaml("names.yaml")["countries"]) + r")?(?P<kind>[\u4e00-\u9fff]{2})厂")
_RELATION_OPENING = re.compile(r"实际控制人|实控人|控股股东|一致行动人|法定代表人")
_DOCUMENT_END = re.compile(r"(?:公告|财报|年报|季报|招股书|说明书|报告书)$")  # (该行再)发公告表示: what is issued, no name
# 一年内, 三个月后, 两周以来, 半年间: a span of time, no name
_TIME_SPAN = re.compile(r"[一二三四五六七八九十两几半数多0-9]+个?(?:年|月|周|天|日|季度)(?:内|来|后|前|间|以来|以内|之内|之后)?")


def _ends_in_a_verb(text: str, end: int, name: str) -> bool:
    """保荐机构主动撤回了…, 由有限责任公司整体变更为…: a stretch that ends in a verb before 了, or whose last
    character opens a verb with the next one (变|更为), is a predicate, not a name."""
    tags = wordlist.words()
    if text.startswith("了", end) and tags.get(name[-2:]) == "v":
        return True
    if end >= len(text) or len(name) <= 2 or text[end] in _AFTER_NAME or text.startswith(_TIME_AFTER_NAME, end):
        return False  # (维斯塔拉|近日完成…: a time word after the name, not a verb 拉近 across it)
    pos, start = end - len(name), end - len(name)
    while pos < end:  # the words of the stretch, longest first from its start (整体|变更|为; 长岭|高新|增资)
        size = 4 if text[pos:pos + 4] in tags else 3 if text[pos:pos + 3] in tags else \
            2 if text[pos:pos + 2] in tags else 1
        if pos + size > end:
            return pos > start and tags.get(text[pos:pos + size]) == "v"
        pos += size
    return False


# Characters that often follow a name as words of their own (澜舟能源于2020年…, 星河汽车转让…): a verb they
# would close with the name's last character (源于, 车转) is no sign of a cut word.
_AFTER_NAME = frozenset("于为拟将在以与和及的发收转向对把被由从已曾")


def _description(name: str, r: NameRules) -> bool:
    """高端电动车品牌, 境外实体, 核心团队: ordinary words before a noun for a kind of organisation or group
    (names.yaml `description_nouns`) describe one; they name none (not 澜石公司, 蔚来团队: a name's head)."""
    if len(name) > 2 and name.endswith(_NEVER_NAME_ENDS):
        return True  # 与华东地区客户签订合同, 与岚山云海景区签署: whom a company deals with, or a place, described
    noun = r.description_end.search(name)
    if noun is None or noun.start() == 0:
        return False
    piece = name[:noun.start()]
    latin = _LATIN_LEAD.match(piece)  # AI财税服务商, GPU云服务商: a field's abbreviation opens the description
    if latin and latin.group() in r.latin_stop:
        piece = piece[latin.end():]
    return _common_words(piece)


_LATIN_LEAD = re.compile(r"[A-Za-z]+")
_NEVER_NAME_ENDS = ("客户", "用户", "伙伴", "景区", "地区", "产业链")  # nouns no organisation's name ends in


_PHRASE_CHAR_TAGS = frozenset({"a", "b", "f", "m", "s"})  # 大, 新, 前, 三, 外: one-character words of a phrase


@cache
def _common_words(piece: str) -> bool:
    """高端电动车 = 高端 + 电动车: the piece splits into dictionary words that are no names (two to four
    characters, or one-character adjectives, directions and numbers)."""
    if not piece:
        return True
    w = wordlist.words()
    for n in (4, 3, 2):
        if len(piece) >= n and wordlist.is_common_word(piece[:n]) and _common_words(piece[n:]):
            return True
    return w.get(piece[0]) in _PHRASE_CHAR_TAGS and _common_words(piece[1:])


_NOT_NAME_TAGS = frozenset({"t", "d", "p", "c", "r", "m", "f", "u", "q"})


def _rare_name_word(name: str) -> bool:
    """安进, 超图: a word the dictionary barely knows may be a name where a cue says so; not a time word,
    adverb, preposition, pronoun or number, however rare (早在今年…, 早于)."""
    return wordlist.is_rare_word(name) and wordlist.words().get(name) not in _NOT_NAME_TAGS


# 三家公司, 多家券商, 两只产品, 一是…: a count with its classifier (or an enumeration's 一是) opens no name
# (只 only after 两/几/多: 三只松鼠 is a brand)
# 三家, 两只, 一是; a nickname for a group of companies (“AI六小虎”, 四小龙, 三大运营商) names none of them
_COUNTED = re.compile(r"[一二三四五六七八九十两几多数0-9]+[家个位名批项笔类种座桩宗款套部份张辆架枚台件首]|[两几多数]只|[一二三四五六七八九十]是|"
                      r".*[一二三四五六七八九十两](?:小[龙虎]|大[\u4e00-\u9fff]{0,4}$|剑客|巨头)")  # 两大(股东)
_NOT_STRONG_TAGS = wordlist.FUNCTION_TAGS | {"t", "m", "mq", "v", "vn", "l", "i"}  # 同日, 近日 … 发布公告


def _strong_candidate(text: str, start: int, end: int, r: NameRules) -> list[Mention]:
    """,绿地发布公告称…, ,智慧能源发布公告…, 新乳业发布公告…: a clause's whole subject before words that
    only an organisation says (发布公告, 公告称) is its name even when it reads as a noun or a generic
    phrase; not a time word, number, verb or function word (同日公告, 随后公告), nor a phrase."""
    name = text[start:end]
    tag = wordlist.words().get(name)
    if not 2 <= len(name) <= 8 or _is_number(name) or name in r.latin_stop or r.left_stop.fullmatch(name) or \
            _COUNTED.match(name):
        return []
    if tag in _NOT_STRONG_TAGS and not wordlist.is_rare_word(name) or r.bad_inside.search(name) and _bad_inside(name, r):
        return []
    if wordlist.starts_with_function_word(name, strict=False, slot=True) or \
            wordlist.words().get(name[0]) in _CLOSED_R or r.trigger_inside.search(name):
        return []
    return [Mention(start, end, name, "candidate", _name_key(name), "context")]


def _bad_inside(name: str, r: NameRules) -> bool:
    """计划未, 不超过 …: a word inside that no name holds; a one-character one (不, 未) only where it opens no
    noun or rare word of the dictionary (青钢不锈, as in 不锈钢: a trade word)."""
    for m in r.bad_inside.finditer(name):
        word = name[m.start():m.start() + 2]
        if m.end() - m.start() > 1 or len(word) < 2 or not (
                wordlist.words().get(word) in ("n", "nz") or wordlist.is_rare_word(word)):
            return True
    return False


def _bad_inside_name(text: str, start: int, end: int, r: NameRules) -> bool:
    """A word no name holds inside text[start:end] (计划未, 的), unless it is one character of a place or
    name word there (安徽美的物流有限公司: 的 in 美的)."""
    return any(not _within_name_word(text, m.start(), m.end(), r) for m in r.bad_inside.finditer(text, start, end))


def _coined_head(name: str) -> bool:
    """新奥能源, 比克动力: in a deal's slot, an adjective or a preposition (not one that stands before
    objects: 由, 向 …) opening a head that is no dictionary word is a name's first character; and
    太钢不锈 (太钢 a noun of the dictionary, as 首钢): a character that opens a noun of four characters or
    more is that noun's, not an adverb."""
    w = wordlist.words()
    if len(name) >= 4 and w.get(name[:2]) == "n" and name not in w:
        return True
    return len(name) >= 3 and w.get(name[0]) in ("a", "p", "c") and name[0] not in wordlist.SLOT_OPENERS and \
        name[:2] not in w


def _bad_start(name: str, r: NameRules) -> bool:
    """有报道称 opens with 有; 新疆辉丰 and 太平洋证券 open with a place word, not with 新 or 太."""
    return name[0] in r.bad_starts and not wordlist.opens_with_name_word(name)


def _ends_with_suffix(name: str, r: NameRules) -> bool:
    return any(m.end() == len(name) for m in r.suffix.finditer(name))


_REMARK = re.compile(r"[(（][^()（）]*[)）]$")


# 交易完成后，紫峰微电、江苏恒岳将分别持有蓝湾控股41.20%、12.35%的股份: a list before 分别 and a verb of holding
# or buying is a list of parties, each a name even when none of them is known (the stakes pair in order).
_EACH_AFTER = re.compile(r"(?:将|拟|已|均|则|共)?分别(?:直接|间接)?(?:持有|持股|认购|出资|受让|增持|减持|投资|收购|"
                         r"获得|取得|买入|控制)")


# 甲、乙、丙等酒店集团都是D的客户 / A、B均为其主要客户: a list of customers (partnerships._listed_clients), each a name
_CLIENTS_AFTER = re.compile(r"(?:等[\u4e00-\u9fff]{0,6}?)?(?:都|均|也|亦)(?:是|为|系)[^，,；;。]{0,20}?(?:的|其)"
                            r"(?:主要|重要|核心)?客户")


_LIST_TAIL = re.compile(r"合计|共计|合共|所持|分别|各自")


def _enumeration(text: str, m: re.Match[str], r: NameRules, confident: list[tuple[int, int]]) -> list[Mention]:
    """The items of a list (A、B、C) are names when one of them is a known name, or when the list is the
    subject of 分别持有/分别认购…."""
    items, pos = [], m.start()
    for part in m.group().split("、"):
        remark = _REMARK.search(part)  # 青应互联(软件服务): the item is the name before its remark
        items.append((pos, pos + (remark.start() if remark else len(part))))
        pos += len(part) + 1
    _, first_e = items[0]
    first_s = _left_edge(text, first_e, r, window=10)
    if first_e - first_s < 2 and _listed_function_word(text, first_e, text[first_e - 2:first_e]):
        first_s = first_e - 2  # 客户包括如家、华住和…等酒店集团: a stop word (如) opens the word the list starts with
    items[0] = (first_s, first_e)
    last_s, _ = items[-1]
    last_e = _right_edge(text, last_s, r)
    tail = _LIST_TAIL.search(text, last_s + 2, last_e)
    items[-1] = (last_s, tail.start() if tail else last_e)  # A、B、尤某合计所持…: the last item ends before 合计
    each = "分别" in m.group() and _EACH_AFTER.match(text, items[-1][1]) is not None \
        or _CLIENTS_AFTER.match(text, items[-1][1]) is not None  # A、B、C等车企都是D的客户: the subject of 是
    counted = _listed_parties_counted(text, items)
    if counted is not None:  # A、B和C，三家均中标: the count after the list says how many parties it names
        items, each = counted, True
    held = any(_holds_span(confident, s, e) for s, e in items)
    if not each and not held:
        return []
    if not held:  # 研发、销售分别持有…: common words, no names
        items = [(s, e) for s, e in items if text[s:e] not in wordlist.words()]
    out = []
    for s, e in items:  # listed beside a known name, an item is a name unless it reads as a phrase
        out += _candidate(text, s, e, r, lax=True, slot=True, listed=True)
    return out


# 紫川华山、澄光计算机、北辰和黄河科技，四家均中标…: a list closed by a count of firms and what each of them did
_LIST_COUNTED_AFTER = re.compile(r"[，,]?(?P<n>[两二三四五六七八九十])家(?:企业|公司|厂商)?(?:均|都|各|分别|共同)?"
                                 r"(?:中标|入围|获得|成为|签署|签订)")
_COUNT_OF = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def _listed_parties_counted(text: str, items: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """A、B和C，三家均中标: the list's items, with its last joined pair (和/与/及) split, when a count of firms and their
    verb follow the list and the count is the number of items (each is then a party's name, none need be known).
    None where no such count follows or the numbers disagree (A、B和C，两家… : the list is no list of the parties)."""
    last_s, _ = items[-1]
    end = _NAME_RUN.match(text, last_s).end()
    after = _LIST_COUNTED_AFTER.match(text, end)
    if after is None:
        return None
    out = items[:-1]
    joiner = [j for j in range(last_s + 2, end - 1) if text[j] in _JOINERS]
    if len(joiner) == 1 and end - joiner[0] > 2:
        out += [(last_s, joiner[0]), (joiner[0] + 1, end)]
    else:
        out.append((last_s, end))
    return out if len(out) == _COUNT_OF[after.group("n")] else None


def _holds_span(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of the spans (sorted) lies within [start, end)."""
    for i in range(bisect_left(spans, (start, -1)), len(spans)):  # (no copy of the list's tail per call)
        cs, ce = spans[i]
        if cs > end:
            return False
        if ce <= end:
            return True
    return False


def _lexicon_heads(text: str, r: NameRules, found: list[Mention]) -> list[Mention]:
    """转让约协鑫新能源30%的股份, 格力金投增持了…: a name of the lexicon right before a legal, weak or arm's ending
    heads a fuller name even where the words before it hide the name's start from its shape (所持约…);
    not before a word that shows a verb or a common noun there (华为投资了, 机构投资者)."""
    shaped = {(m.start, m.end) for m in found if m.source == "shape"}
    ends = (r.legal | r.weak | _ARMS) - {"投资", "公司"}  # 获得红杉资本投资: the deal noun; 腾讯公司: the same name
    out = []
    for m in found:
        if m.source != "lexicon" or m.kind != "organization":
            continue
        ending = r.suffix.match(text, m.end)
        word = ending.group() if ending else next((a for a in _ARMS if text.startswith(a, m.end)), None)
        if word is None and text.startswith("国际", m.end) and not text.startswith("国际化", m.end):
            word = "国际"  # 新奥国际, 复星国际: the group's international arm, a company of its own (not 腾讯国际业务)
        if word is None or word not in ends and word != "国际" or r.not_suffix.match(text, m.end):
            continue
        end = m.end + len(word)
        if word == "控股" and text[m.start - 1:m.start] == "由" and _HOLDS_CONTROL_END.match(text, end):
            continue  # 星澜智算由阿里巴巴控股: the verb (see _shape_names)
        if word not in r.legal and wordlist.words().get(text[end:end + 2]) in (("n", "nz") if word == "国际" else ("n", "vn")) \
                and text[end:end + 2] not in _AFTER_ARM:
            continue  # 中国人寿资产|管理, 极星环境|修复: the ending opens a longer word, not the name's end
        if (m.start, end) in shaped or r.weak_not_before.match(text, end) and not _STAKE_NEXT.match(text, end) \
                or _ends_in_a_verb(text, end, text[m.start:end]):
            continue  # 协鑫新能源30%的股份: a stake after the name is no verb's amount
        name = text[m.start:end]
        out.append(Mention(m.start, end, name, "organization", _name_key(name), "shape"))
    return out


_AFTER_ARM = frozenset({"旗下", "公告", "股份"})
_STAKE_NEXT = re.compile(r"\d+(?:\.\d+)?%")
# Investment arms named after their group (吉利资本, 小米产投, 美团龙珠): their own organisation, not the group.
_ARMS = frozenset({"资本", "创投", "产投", "金投", "产业基金"})


def _fuller_names(found: list[Mention], r: NameRules, stakes: list[tuple[int, int]] = ()) -> list[Mention]:
    """格力 within 格力集团, 豪威科技 within 北京豪威科技有限公司: a name of the lexicon yields to the fuller
    name its shape gives when that ends in a legal or weak suffix (京东金融; not 赛力斯 within 赛力斯汽车),
    to the whole name right before a stake (收购青松解放100%股权: a subsidiary, not 青松), and to any
    name by shape or code it lies strictly within (海信 in 上海信托, 北大 in 西北大学)."""
    fuller = tuple(r.legal | r.weak | {"股份", "国际"} | _ARMS)  # 奇瑞股份, not 奇瑞; 吉利资本, not 吉利; 新奥国际
    spans = [(m.start, m.end) for m in found if m.source == "shape" and m.text.endswith(fuller)
             or m.source == "latin" and m.text.endswith(_LATIN_LEGAL)]  # Lanstone Group N.V.
    kept = {(m.start, m.end) for m in found if m.source == "cue"}
    spans += [s for s in stakes if s in kept]
    within = [(m.start, m.end) for m in found if m.source in ("shape", "code")]
    if not within and not spans:
        return found

    spans.sort()
    within.sort()
    span_starts, within_starts = [s for s, _ in spans], [s for s, _ in within]
    span_long, within_long = max((e - s for s, e in spans), default=0), max((e - s for s, e in within), default=0)

    def inside(m: Mention) -> bool:  # only the spans starting close enough before m can hold it (bisect)
        near = spans[bisect_left(span_starts, m.end - span_long):bisect_right(span_starts, m.start)]
        if any(m.end <= e and e - s > m.end - m.start for s, e in near):
            return True
        near = within[bisect_left(within_starts, m.end - within_long):bisect_left(within_starts, m.start)]
        return any(m.end < e for _, e in near)
    extended = _extended_known(found, r)
    return [m for m in found if m.source != "lexicon" or m.kind != "organization" or not inside(m)
            and (m.start, m.end) not in extended]


def _any_within(ordered: list[int], start: int, end: int) -> bool:
    """Whether a number of the sorted list lies in [start, end)."""
    i = bisect_left(ordered, start)
    return i < len(ordered) and ordered[i] < end


def _extended_known(found: list[Mention], r: NameRules) -> set[tuple[int, int]]:
    """北辰方正人寿 with 北辰 known: a known name that a name by shape runs on from by two or more characters before
    its ending is only the head of another company's name (the head's unit or namesake), not the company itself
    (青松汽车: the known 青松 and an ending alone stay 青松; two known names run together are a joint venture's,
    read by _joint_ventures)."""
    shapes = {m.start: m for m in found if m.source == "shape"}
    if not shapes:
        return set()
    out = set()
    known_starts = sorted({m.start for m in found if m.source == "lexicon"})
    for m in found:
        shape = shapes.get(m.start)
        if m.source == "lexicon" and shape is not None and shape.end > m.end \
                and not _any_within(known_starts, m.end, shape.end):  # 瑞信方正证券: two known, a venture
            ending = _ending_length(shape.text, r)
            if ending and shape.end - ending - m.end >= 2:
                out.add((m.start, m.end))
    return out


def _ending_length(name: str, r: NameRules) -> int:
    """The length of the organisation ending closing a name (人寿 of 北辰方正人寿), 0 where none closes it."""
    return max((e.end() - e.start() for e in r.suffix.finditer(name) if e.end() == len(name)), default=0)


# …新创公司“启岚芯”: a kind of company right before a quoted name, which the words before it describe
_KIND_THEN_QUOTE = re.compile(r"(?:公司|企业|初创|新创|独角兽|厂商|平台)[“\"「]")
_DESCRIPTION_BREAK = re.compile(r"[，,；;。！？!?：:、“”\"「」()（）与和同跟对向被由及的将把在于从为是获]|旗下|下属|领投|跟投|"
                                r"参投|投资|收购|并购|入股|增持|合作|携手|联手|牵手|完成|宣布|推出|发布|成立|设立|子公司|孙公司")


_TECH_WORD_AFTER = re.compile(r"\s*[A-Za-z]")  # 中国Arm CPU…: the name runs on into a technical word, a description


def _described_before_quoted(text: str, found: list[Mention]) -> list[Mention]:
    """中国Arm CPU新创公司“启岚芯”宣布…: the name the quotes give is the company; a name read in the description
    before it (中国Arm, a kind of chip) is none. A company that owns or backs it (微软旗下的公司“X”) is kept."""
    quoted = {m.start for m in found if m.start > 0 and text[m.start - 1] in "“\"「"
              and _KIND_THEN_QUOTE.search(text, max(0, m.start - 3), m.start)}
    if not quoted:
        return found
    drop = set()
    for q in quoted:
        opening = _KIND_THEN_QUOTE.search(text, max(0, q - 3), q).start()
        for m in found:
            if m.start < opening and m.start not in quoted and m.kind != "person" and m.end <= opening \
                    and _TECH_WORD_AFTER.match(text, m.end) and not _DESCRIPTION_BREAK.search(text, m.start, opening):
                drop.add(id(m))
    return [m for m in found if id(m) not in drop]


def _drop_introducers(text: str, found: list[Mention], r: NameRules) -> list[Mention]:
    """大模型创业公司月之暗面: a phrase ending in a category noun right before a name introduces it; so does a phrase
    found from context that the category noun alone separates from the name (入股了工业软件|公司|鼎元数科)."""
    keep = []
    for m, nxt in zip(found, found[1:] + [None]):
        if (nxt is not None and nxt.start == m.end and m.source not in ("lexicon", "person")
                and nxt.kind == "organization" and r.introducer_end.search(m.text)):
            continue
        if nxt is not None and m.kind == "candidate" and m.source == "context" and nxt.start > m.end \
                and r.introducer_end.fullmatch(text, m.end, nxt.start):
            continue
        keep.append(m)
    return keep


def _resolve_overlaps(found: list[Mention]) -> list[Mention]:
    """Keep the best mention where several overlap: lexicon, then shape, then longer, then context."""
    found.sort(key=lambda m: (-PRIORITY[m.source], -(m.end - m.start), m.start))
    taken: list[Mention] = []
    occupied = bytearray(max((m.end for m in found), default=0) + 1)
    for m in found:
        if any(occupied[m.start:m.end]):
            continue
        occupied[m.start:m.end] = b"\x01" * (m.end - m.start)
        taken.append(m)
    return sorted(taken, key=lambda m: m.start)


# 初创企业其睿智驾（QRUI）, 机器人公司它山动力（TASHAN）: a category noun, a Chinese name, its Latin name in brackets
_BRACKETED_LATIN = r"[(（](?P<latin>[A-Za-z][A-Za-z0-9&'\- ]{1,30}?)[)）]"
_INTRODUCED_LATIN = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,6}?)" + _BRACKETED_LATIN)
_TICKER_END = re.compile(r"\.[A-Z]{1,2}$")  # (QHKJ.O), (ABCD.US): a ticker, no name


def _introduced_with_latin(text: str, r: NameRules) -> list[Mention]:
    """具身智能初创企业其睿智驾（QRUI）, 机器人公司它山动力（TASHAN）: a Chinese run between a category noun
    (names.yaml `name_introducers`) and a Latin name in brackets is the company's name, even with no ending the
    shape rules know and even when it opens with 其 or 它 (there no pronoun: the name's first character). Not
    after a determiner (该公司…), nor a common word or phrase (企业级大模型（LLM）: LLM a term of the trade)."""
    out = []
    for intro in r.introducer.finditer(text):
        if _DETERMINER_BEFORE.search(text, max(0, intro.start() - 2), intro.start()):
            continue
        m = _INTRODUCED_LATIN.match(text, intro.end())
        if m is None:
            continue
        name, latin = m.group("name"), m.group("latin").strip()
        if latin in r.latin_stop or _NOT_LATIN_NAME.fullmatch(latin) or _TICKER_END.search(latin) \
                or name in r.generic_heads or r.generic_head_re.match(name) or _common_words(name) \
                or r.bad_inside.search(name) and _bad_inside(name, r) or r.trigger_inside.search(name):
            continue
        out.append(Mention(m.start("name"), m.end("name"), name, "organization", _name_key(name), "cue"))
    return out


def _latin_in_brackets(text: str, by_end: dict[int, Mention], found: list[Mention]) -> list[tuple[int, int, int]]:
    """它石智航（TARS）, 青禾电子（Northwind Robotics）: a Latin name alone in brackets right after a Chinese name
    is the same organisation's other name (not a stock code: 青禾科技（688999.SH）, not a term: 芯片（GPU）)."""
    latin = {(m.start, m.end): m for m in found if m.source == "latin"}
    out = []
    for m in re.finditer(_BRACKETED_LATIN, text):
        full = by_end.get(m.start())
        start, end = m.start("latin"), m.start("latin") + len(m.group("latin").strip())
        if full is not None and (start, end) in latin and re.search(r"[\u4e00-\u9fff]", full.text) \
                and not _TICKER_END.search(text[start:end]):
            out.append((m.start(), start, end))
    return out


def _aliased(text: str, found: list[Mention]) -> dict[str, Mention]:
    """澜舟云链有限公司(下称:澜舟云链): a short name defined in brackets stands for the name right
    before the brackets; it takes that name's key and canonical name (facts and references then agree
    on one organisation), and its later occurrences are that organisation too. Short name → full name."""
    by_end = {m.end: m for m in found if m.kind in ("organization", "candidate")}
    spans = cue_names.alias_spans(text) + _bare_short_names(text, by_end) + _latin_in_brackets(text, by_end, found)
    if not spans:
        return {}
    by_span = {(m.start, m.end): m for m in found}
    placed = _Placed(found)
    out: dict[str, Mention] = {}
    for bracket, start, end in spans:
        full = by_end.get(bracket) or by_end.get(len(text[:bracket].rstrip()))
        at = bracket
        while full is None and (note := _NAME_NOTE_BEFORE.search(text, max(0, at - 40), at)) is not None:
            at = note.start()  # F（有限合伙）（名称以登记为准）（下称B）: past the note on the name still to be fixed
            full = by_end.get(at)
        if full is None and text[at - 1:at] in ")）":  # 澜舟创业投资基金（有限合伙）（以下简称“澜舟基金”）
            form = _LEGAL_FORM_BEFORE.search(text, max(0, at - 12), at)
            full = by_end.get(form.start()) if form else None
        alias = by_span.get((start, end))
        if alias is None and full is not None and cue_names.may_be_alias(text[start:end]) and \
                _clear_within(found, start, end, placed):  # (下称和润节能): whatever word it is
            alias = Mention(start, end, text[start:end], "candidate", full.key, "cue", full.canonical)
            placed.add(alias)
        if full is not None and alias is not None and alias.source == "lexicon" and alias.kind == "organization" \
                and full.source not in ("lexicon", "person") and full.text != alias.text:
            for m in found:  # 芯原微电子（上海）股份有限公司（688521.SH，简称“芯原股份”）: the full name is the known company
                if m.key == full.key and m.source not in ("lexicon", "person"):
                    m.key, m.canonical = alias.key, alias.canonical
            continue
        if full is None or alias is None or alias.source in ("lexicon", "person") or full.text == alias.text:
            continue
        alias.key, alias.canonical = full.key, full.canonical
        out[alias.text] = full
    for m in found:  # its later occurrences found otherwise: 澜舟网络拟… after (下称:澜舟网络)
        full = out.get(m.text)
        if full is not None and m.source not in ("lexicon", "person") and m.start > full.end:
            m.key, m.canonical = full.key, full.canonical
    # (a span once found stays in `spans`: a mention _clear_within drops lies inside the one that dropped it, so
    # the place is taken either way, and the set spares a scan of all mentions per occurrence)
    spans = {(m.start, m.end) for m in found}
    for alias, full in out.items():  # …(简称“美诺华”) … 美诺华董事长: the short name, not 诺华 inside it
        for s in occurrences(alias, text):
            e = s + len(alias)
            if s > full.end and (s, e) not in spans and _clear_within(found, s, e, placed):
                placed.add(Mention(s, e, alias, "organization", full.key, "short", full.canonical))
                spans.add((s, e))
    return out


class _Placed:
    """The mentions of `found` by where they start, so that those crossing a span are looked up around it, not
    by a scan of all of a long document's mentions for each occurrence of a short name."""

    def __init__(self, found: list[Mention]) -> None:
        self.found = found
        self.by_start: dict[int, list[Mention]] = {}
        self.longest = 0
        for m in found:
            self._index(m)

    def _index(self, m: Mention) -> None:
        self.by_start.setdefault(m.start, []).append(m)
        self.longest = max(self.longest, m.end - m.start)

    def add(self, m: Mention) -> None:
        self.found.append(m)
        self._index(m)

    def crossing(self, start: int, end: int) -> list[Mention]:
        """The mentions overlapping [start, end)."""
        return [m for at in range(start - self.longest + 1, end) for m in self.by_start.get(at, ()) if m.end > start]

    def drop(self, gone: list[Mention]) -> None:
        ids = {id(m) for m in gone}
        for m in gone:
            self.by_start[m.start] = [n for n in self.by_start[m.start] if id(n) not in ids]


_BARE_BRACKET = re.compile(r"[(（]([\u4e00-\u9fff]{2,8})[)）]")
# (以工商核定名称为准) / (暂定名，最终以登记为准): a note that the name is still to be fixed, in brackets after it
_NAME_NOTE_BEFORE = re.compile(r"[(（][^()（）]{0,30}?(?:为准|暂定名|暂定)[^()（）]{0,10}[)）]\s*$")
# a partnership's legal form in brackets between its name and the short name defined for it
_LEGAL_FORM_BEFORE = re.compile(r"[(（](?:有限合伙|普通合伙|特殊普通合伙)[)）]\s*$")


def _bare_short_names(text: str, by_end: dict[int, Mention]) -> list[tuple[int, int, int]]:
    """青川投资管理有限公司(青投公司), 东湖理工大学(东湖理工): a short name in bare brackets right after a name,
    made of that name's characters in their order, is that name (not (左), (含税), (暂定名)); so is the company's
    role in the deal (云泽网络有限公司(目标公司))."""
    out = []
    roles = cue_names.cues().role_aliases
    for m in _BARE_BRACKET.finditer(text):
        full = by_end.get(m.start())
        if full is not None and (_in_order(m.group(1), full.text) or m.group(1) in roles) and m.group(1) != full.text:
            out.append((m.start(), m.start(1), m.end(1)))
    return out


def _in_order(short: str, name: str) -> bool:
    """Whether every character of short appears in name, in the same order."""
    rest = iter(name)
    return all(ch in rest for ch in short)


def _clear_within(found: list[Mention], start: int, end: int, placed: _Placed | None = None) -> bool:
    """Whether no mention crosses [start, end), dropping the shorter ones inside it (a known name
    inside a short name defined in brackets: 诺华 in (简称“美诺华”)); a person inside keeps it. `placed` indexes
    `found` (kept in step with it here) for a document with many mentions."""
    inside = placed.crossing(start, end) if placed is not None else \
        [m for m in found if m.start < end and start < m.end]
    if any(m.start < start or m.end > end or m.kind == "person" or (m.start, m.end) == (start, end) for m in inside):
        return False
    if inside:
        found[:] = [m for m in found if not (m.start < end and start < m.end)]
        if placed is not None:
            placed.drop(inside)
    return True


def _is_place(word: str, r: NameRules) -> bool:
    """A place name (the word list's ns, or names.yaml `places`): 杭州, 北京, 深圳."""
    return word in r.places or wordlist.words().get(word) == "ns"


def _short_names(doc: Doc, aliases: dict[str, Mention] | None = None) -> None:
    """A document's later short names for organisations it named in full (宇树科技 … 宇树), and the short
    names it defined in brackets (`aliases`).

    A short name replaces a weaker mention found only from context at the same place.
    """
    from dealgraph.names import short_forms

    lex, r = lexicon_mod.load(), rules()
    firm = [m for m in doc.mentions if m.kind != "candidate"]
    taken = {m.text for m in firm}
    forms: dict[str, Mention] = {}
    latin_forms: set[str] = set()
    for m in doc.mentions:
        if m.kind not in ("organization", "candidate") or m.source == "coref" or len(m.canonical) < 3:
            continue
        latin_forms.update(_latin_short(m.canonical, r))
        for form in short_forms(m.canonical) + _after_known_prefix(m.canonical, lex) + _latin_short(m.canonical, r):
            if m.source != "lexicon" and _is_place(form, r):
                continue  # 杭州数据集团 … 杭州金投: a place opening a name found by its shape is no short name of it
            if (form not in taken and form not in lex.by_name and form not in forms and form != m.canonical
                    and form not in r.not_short and not r.trigger_inside.search(form)):
                forms[form] = m
    for alias, m in (aliases or {}).items():  # (下称“星澜半导体”) … 星澜: the short name and its own short forms
        if alias not in lex.by_name:
            taken.discard(alias)
            forms[alias] = m
        for form in short_forms(alias) if len(alias) >= 3 else []:
            if form not in taken and form not in lex.by_name and form not in forms and form not in r.not_short \
                    and not r.trigger_inside.search(form):
                forms[form] = m
    if not forms:
        return
    occupied = bytearray(len(doc.text) + 1)
    for m in firm + [m for m in doc.mentions if m.kind == "candidate" and _ends_with_suffix(m.text, r)]:
        occupied[m.start:m.end] = b"\x01" * (m.end - m.start)  # 澜珠医疗 … 澜珠商业: a sister, not 澜珠
    extra = []
    for word, start, end in _find_all(list(forms), doc.text):
        if any(occupied[start:end]):
            continue
        full = forms[word]
        if full.start <= start < full.end or aliases and word in aliases and start < full.end:
            continue  # a short name defined in brackets names the organisation from there on
        if word in latin_forms and (_LATIN_AROUND.match(doc.text[start - 1:start]) or _LATIN_AROUND.match(doc.text, end)
                              or not (_HAN_CHAR.match(doc.text[start - 1:start]) or _HAN_CHAR.match(doc.text, end))):
            continue  # Skild in SkildBot or Skild-2: part of another word; in English text, the English reader's
        ending = r.suffix.match(doc.text, end)
        if ending is not None:  # 使得澜久科技 after 澜久科技: the name again, whole; 澜久物流: a sister company
            if word + ending.group() not in (full.text, full.canonical) or any(occupied[end:ending.end()]):
                continue
            end, word = ending.end(), word + ending.group()
        latin = _LATIN_GLUED.match(doc.text, end)
        if latin is not None and latin.group() not in r.latin_stop and not any(occupied[end:latin.end()]):
            # 收购青松PSA中方股权: a joint venture's name (not 青松CEO, 青松IPO: a title, an event)
            name = doc.text[start:latin.end()]
            extra.append(Mention(start, latin.end(), name, "organization", _name_key(name), "shape"))
            continue
        extra.append(Mention(start, end, word, "organization", full.key, "short", full.canonical))
    clash = {i for x in extra for i in range(x.start, x.end)}
    kept = [m for m in doc.mentions if m.kind != "candidate" or not clash.intersection(range(m.start, m.end))]
    doc.mentions = sorted(kept + extra, key=lambda m: m.start)


# Skild AI … Skild估值: a Latin name's first word, where the rest is a word of the trade, is its short name in a
# Chinese text (a word of four letters or more, capitalised, no common Latin word of the text's lists)
_LATIN_TRADE_WORD = re.compile(r"([A-Z][A-Za-z]{3,}) (?:AI|Robotics|Technologies|Technology|Labs|Systems|Inc\.?|Ltd\.?)")
_LATIN_AROUND = re.compile(r"[A-Za-z0-9\-_.&']")
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff，。、；：“”「」（）]")


def _latin_short(name: str, r: NameRules) -> list[str]:
    found = _LATIN_TRADE_WORD.fullmatch(name)
    if found is None or found.group(1) in r.latin_stop or found.group(1) in lexicon_mod.load().by_name:
        return []
    return [found.group(1)]


# Capital letters glued after a Chinese short name (青松PSA): the partner's name in a joint venture's name.
_LATIN_GLUED = re.compile(r"[A-Z]{2,6}(?![A-Za-z])")


def _find_all(words: list[str], text: str) -> list[tuple[str, int, int]]:
    """Leftmost-longest, non-overlapping occurrences of the (distinct) words in text. A document's few
    dozen names are found by str.find, each occurrence, then taken from the left, the longest first where
    several start at one place (building an automaton for them cost more than the search); many words
    in a long text go to an automaton, which gives the same answer."""
    if len(words) * len(text) > 5_000_000:
        matcher = ahocorasick_rs.AhoCorasick(words, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)
        return [(words[i], start, end) for i, start, end in matcher.find_matches_as_indexes(text)]
    hits = []
    for i, word in enumerate(words):
        at, n = text.find(word), len(word)
        while at >= 0:
            hits.append((at, -n, i))
            at = text.find(word, at + 1)
    hits.sort()
    out, free = [], 0
    for at, n, i in hits:
        if at >= free:
            free = at - n
            out.append((words[i], at, free))
    return out


def _after_known_prefix(name: str, lex: lexicon_mod.Lexicon) -> list[str]:
    """网易考拉 → 考拉 when 网易 is a known organisation and 考拉 reads as a name, not a word."""
    for cut in range(2, len(name) - 1):
        rest = name[cut:]
        if name[:cut] in lex.by_name and len(rest) >= 2 and _CJK_RUN.fullmatch(rest):
            return [] if wordlist.is_common_word(rest) or rest in rules().not_short else [rest]
    return []

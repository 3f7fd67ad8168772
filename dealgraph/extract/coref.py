"""References within a document: 它, 其, 该公司, 这家芯片公司, 后者, 前者 → the organisation meant."""

from __future__ import annotations

import heapq
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from operator import attrgetter

from dealgraph import taxonomy
from dealgraph.extract.document import Doc, Mention, Sentence
from dealgraph.extract.grammar import grammar
from dealgraph.extract.topics import ORG_KINDS, clause_end, clause_start, for_example, org_mentions, sentence_topic

# 这家加州芯片制造商 / 该GPU供应商: a description of a maker or supplier refers as 这家公司 does
PRONOUN = re.compile(r"后者|前者|(?:该|这只|这支|此)(?:基金|合伙企业)|"
                     r"(?:该|这家|此|那家)[\u4e00-\u9fffA-Za-z]{0,6}?(?:公司|企业|机构|厂商|制造商|供应商|平台|独角兽)|"
                     # 这家成立才三个月的储能软件公司: a longer description opened by its founding age, closed by 的
                     r"(?:这家|那家)(?:成立|创立|诞生)(?:仅|才|不到|不足|刚|刚刚|于)?[^，,。；;、：:“”]{1,9}?的"
                     r"[\u4e00-\u9fffA-Za-z]{0,8}?(?:公司|企业|创企|厂商|独角兽)|"
                     r"(?<![尤极与及何])其(?![他中实次余它后间])|(?<![其])它(?!们)|"
                     # 控股股东A持有公司46.8%的股份 / B取得公司股份2000万股 / 持有公司 674.41 万股 (spaced) / 其所持有公司
                     # 全部股份5.07亿股: the issuer
                     r"(?<=持有|控制|持股|取得|受让|买入|购得|认购)公司(?=(?:约|近|逾|超过)?\d|\s(?:约|近|逾|超过)?\s?[\d,.]+\s?(?:(?:万|亿)?股|%)|"
                     r"(?:全部|部分|剩余)?股份\s*[\d,.]+\s*(?:万|亿)?股)|"
                     # 认购公司新增股份 / 认缴公司新增注册资本: the issuer's new shares
                     r"(?<=认购|认缴)公司(?=新增|新发行|本次发行|本次非公开|本次向特定对象|向特定对象|非公开发行|定向发行|定向增发|增发)|"
                     # …；2024年，公司还与B达成合作: the bare 公司 opening a clause, partnering with another
                     r"(?<=[，,；;。\n])公司(?=(?:还|也|已|已经|将|亦|又|再|同时|此前|随后|近日|正式)*(?:与|同|跟)"
                     # (公司与控股子公司B（以下简称“B2”）签署: a long name, then its short name in brackets)
                     r"(?:[^，,。；;]{2,24}?|[^，,。；;()（）]{2,30}?[(（][^()（）]{1,30}[)）])(?:达成|签署|签订|合作|携手|联手|签约))")

_START = attrgetter("start")
# after 它: what a pronoun subject is followed by (a verb, an adverb, a particle, a time), one character
_AFTER_IT = frozenset("的将已在是于也还又被和与对从向把为所曾正则均都仍再即便就们则并更能会可要没未不目今去近今自通")
# 它X…以/完成/获得: a run of two to five characters up to the verb of a deal or a round
_IT_RUN = re.compile(r"[\u4e00-\u9fff]{2,5}?(?=以|完成|获得|宣布|拿到|斩获|刷新)")


def it_opens_a_name(text: str, end: int) -> bool:
    """Whether the characters after 它 are a name's (它岭科创以…): a run up to a deal verb whose first two characters are
    no dictionary word and open with none of the words a pronoun subject takes."""
    from dealgraph.extract import wordlist

    run = _IT_RUN.match(text, end)
    if run is None or text[end] in _AFTER_IT:
        return False
    return wordlist.words().get(text[end:end + 2]) is None
# inside 该/这家/此 … 公司: a word that opens a clause or joins two (由, 向, 与 …); 此次/此前 (this time, before) open none
_NOT_A_DESCRIPTION = re.compile(r"[由向对被与和及将把从为在]")
_CLAUSE_END = re.compile(r"[，,；;。]")
_OWN_HOLDING = re.compile(r"(?:所持有|持有|所持)")  # 将其所持股份: the subject's own holding
_PARTS_WITH = ("转让", "出售", "减持", "出让", "让与", "质押")  # A向B转让其所持…: verbs giving away the subject's own
_DEFINITE = re.compile(r"(?:该|这家|此|那家|公司)")
# what may stand before a subject opening its clause: a time, an adverb (2023年，该机构… / 随后该公司…)
_OPENS_CLAUSE = re.compile(r"[\s\d年月日号初底末中旬上下半季度第一二三四五六七八九十今去前同次当此随后其后之后同时近日日前目前]*")  # 该公司, 这家芯片公司: a description, meaning the company written about


def resolve_references(doc: Doc) -> None:
    """Component: add a mention for each pronoun whose antecedent organisation can be found."""
    _collectives(doc)
    added: list[Mention] = _role_labels(doc) if "方" in doc.text else []
    topics: list[Mention | None] = []
    for sent in doc.sentences:
        topics.append(sentence_topic(doc, sent))
        if "我" in sent.text:
            added.extend(_we(doc, sent, added))
        for m in PRONOUN.finditer(sent.text):
            start, end = sent.start + m.start(), sent.start + m.end()
            if doc.index("mentions").covering(start, start + 1) or _persons_own(doc, m.group(), start):
                continue
            if len(m.group()) > 3 and (_NOT_A_DESCRIPTION.search(m.group(), 1, len(m.group()) - 2)
                                       or m.group().startswith(("此次", "此前", "此后", "此外"))):
                continue  # 此次转让由中金公司担任…: a clause up to a name, no description of a company
            if m.group() == "其" and any(g.end == start and g.source in ("cue", "context") and g.kind == "candidate"
                                          for g in doc.index("mentions").covering(start - 1, start)):
                continue  # 睢宁殷其雷则是…股东: 其 glued to a guessed name, a character of the name, no pronoun
            if m.group() == "其" and doc.text.startswith("一致行动人", end):
                ante = _holder_before(doc, sent, start)
                if ante is not None:  # 其一致行动人B: the holder named before (a person too), not the company
                    added.append(Mention(start, end, m.group(), ante.kind if ante.kind == "person" else "organization",
                                         ante.key, "coref", ante.canonical))
                continue
            if m.group() == "它" and it_opens_a_name(doc.text, end):
                continue  # 它岭科创以8000万美元…: 它 opens a name the finder did not read, no pronoun
            if m.group() in ("其", "它") and _announcer(doc, sent, clause_start(doc.text, start, sent.start), start):
                continue  # A公告称，其子公司B…: A's, which the frames read from the announcing clause itself (not a
                # company of an earlier paragraph)
            ante = _apposed(doc, start, m.group())
            if ante is None:
                ante = _fund_before(doc, start) if _FUND_WORD.fullmatch(m.group()) \
                    else _antecedent(doc, sent, start, m.group(), topics, added)
                if ante is not None and len(m.group()) > 4 and m.group()[0] in "该这此那":
                    ante = _of_the_field(doc, sent, start, m.group(), ante)
            if ante is not None:
                added.append(Mention(start, end, m.group(), "organization", ante.key, "coref", ante.canonical))
    doc.mentions = sorted(doc.mentions + added + _founder_pronouns(doc, added) + _holder_pronouns(doc),
                          key=lambda x: x.start)


def _of_the_field(doc: Doc, sent: Sentence, pos: int, word: str, ante: Mention) -> Mention:
    """澄川集团收购了星海半导体。这家芯片设计公司成立于2015年: a description that names a field (芯片设计公司) means the
    one company of that field named in this sentence or the last, where the one found otherwise is of no such field
    by its name. Kept as found when the field is not told, the company found is of it, or several names are."""
    fields = taxonomy.load()
    field = fields.classify(word)
    if field is None or field.sector == "investment_firms":
        return ante
    own = fields.classify(ante.canonical or ante.text)
    if own is not None and own.sector == field.sector:
        return ante
    floor = doc.sentences[sent.index - 1].start if sent.index >= 1 else sent.start
    same = {m.key: m for m in org_mentions(doc, floor, pos) if m.source != "coref"
            and (found := fields.classify(m.canonical or m.text)) is not None and found.sector == field.sector}
    return next(iter(same.values())) if len(same) == 1 else ante


def _apposed(doc: Doc, start: int, word: str) -> Mention | None:
    """青禾智能这家AI独角兽刚完成融资: 这家/那家 … written right after a company's name is that name told again (an
    apposition), not another company named before it (澄川资本投资这家公司: a verb between, resolved as usual)."""
    if not word.startswith(("这家", "那家")):
        return None
    return next((x for x in org_mentions(doc, max(0, start - 40), start) if x.end == start and x.source != "coref"), None)


# 他创办的B / 她一手创立的B / 其创建的B: a pronoun right before a founding verb and 的 names the founder
# (each pattern below checks what stands before it behind its own first character, [他她其](?<![…][他她其]): the
# same test as a lookbehind up front, but a pattern that opens with its characters is looked for quickly)
_FOUNDER_PRONOUN = re.compile(r"[他她其](?<![其尤极与及何][他她其])"
                              r"(?=(?:在|于)?(?:\d{4}年|早年|当年|此前)?(?:一手|亲手|联合|共同)?(?:创办|创立|创建)的"
                              # 他与自己的学生李超一同创办了这家公司: the pronoun and a partner, then the founding verb
                              r"|[与和][^，,。；;他她]{1,20}?(?:一同|一起|共同|联合|携手)?(?:创办|创立|创建)了?)")
_PERSON_NEAR = 120  # how far back the person a founder pronoun points to may stand (this sentence or the last)


def _founder_pronouns(doc: Doc, added: Sequence[Mention]) -> list[Mention]:
    """王庆海是科大校友，他创办的云声科技… / 李澜表示，其创立的青木智能…: the pronoun before a founding verb stands
    for the person named last before it (a person, or a person-shaped name that speaks: 李澜表示); 其 points to a
    company instead where a company is named after that person (阿里巴巴…其创立的B is read by the company rules)."""
    if "创" not in doc.text:
        return []
    out: list[Mention] = []
    taken = {m.start for m in added}
    for m in _FOUNDER_PRONOUN.finditer(doc.text):
        pos = m.start()
        if pos in taken or doc.index("mentions").covering(pos, pos + 1):
            continue
        before = [x for x in doc.mentions if max(0, pos - _PERSON_NEAR) <= x.start and x.end <= pos
                  and x.kind in ("person", "organization", "candidate")]
        named = _person_named_before(doc.text, pos)
        if named is not None and before and before[-1].kind == "candidate" and before[-1].start == named.start:
            before.pop()  # 李承泽是…: a person-shaped name guessed as a company's is the person's here
        if named is not None and (not before or before[-1].end <= named.start):
            before.append(named)
        if not before:
            continue
        last = before[-1]
        if m.group() in "他她" and last.kind != "person":  # 他/她 stands for a person: 韩旭曾任百度首席科学家，他与…: 韩旭
            last = next((x for x in reversed(before) if x.kind == "person"), last)
        person = last.kind == "person" or last.kind == "candidate" and _speaker(doc, last)
        if not person or m.group() == "其" and any(x.kind == "organization" and x.start > last.start for x in before):
            continue
        out.append(Mention(pos, m.end(), m.group(), "person", last.key, "coref", last.canonical))
    return out


# 他持有该公司45%的股份 / 她目前直接持有公司12%的股权: 他/她 opening a clause right before a holding verb
_HOLDER_PRONOUN = re.compile(r"[他她](?<![其尤极与及何吉][他她])(?=(?:目前|现|仍|已|还|共|合计|直接|间接|个人|本人|"
                             r"通过[^，,。；;]{1,16}?)*(?:持有|持股|控制))")
_PRONOUN_LEAD = re.compile(r"[\s“”]*(?:(?:[0-9一二三四五六七八九十]+(?:年|月|日)|目前|如今|此外|同时|其中|截至[^，,。；;]{1,14})"
                           r"[底末初]?[，,]?\s*)*")


def _holder_pronouns(doc: Doc) -> list[Mention]:
    """李澜石创办了青禾科技。他持有该公司45%的股份: 他/她 opening a clause (after time words at most) before a holding
    verb stands for the person named before it in its sentence or the one before, when exactly one is named there (two
    people before it: which one holds is not said)."""
    if "他" not in doc.text and "她" not in doc.text:
        return []
    out = []
    for m in _HOLDER_PRONOUN.finditer(doc.text):
        pos = m.start()
        sent = next((x for x in doc.sentences if x.start <= pos < x.end), None)
        if sent is None or doc.index("mentions").covering(pos, pos + 1):
            continue
        if not _PRONOUN_LEAD.fullmatch(doc.text, clause_start(doc.text, pos, sent.start), pos):
            continue
        floor = doc.sentences[sent.index - 1].start if sent.index > 0 and \
            doc.sentences[sent.index - 1].paragraph == sent.paragraph else sent.start
        people = {p.key: p for p in doc.mentions_in(floor, pos, ("person",)) if p.source != "coref"}
        if len(people) == 1:
            person = next(iter(people.values()))
            out.append(Mention(pos, pos + 1, m.group(), "person", person.key, "coref", person.canonical))
    return out


# 该基金 / 这只基金 / 该合伙企业: a fund named before, the nearest one (not the company whose money went into it)
_FUND_WORD = re.compile(r"(?:该|这只|这支|此)(?:基金|合伙企业)")
_FUND_NAME = re.compile(r"(?:基金|合伙企业|有限合伙[)）]?|资本|创投)$")
_FUND_NEAR = 400  # how far back the fund 该基金 points to may stand


def _fund_before(doc: Doc, pos: int) -> Mention | None:
    """澄信公司向青石成长(南京)合伙企业认缴2亿元。…该基金持有B 3%的股权: 该基金 stands for the nearest
    fund named before it (a name ending in 基金, 合伙企业, 资本 or 创投), never for the company that put money in; none
    where no fund is named."""
    near = org_mentions(doc, max(0, pos - _FUND_NEAR), pos)
    for m in reversed(near):  # a name of a fund's own shape first (…基金, …合伙企业), then 资本/创投, which may be a
        if _FUND_STRONG.search(m.canonical) or _FUND_STRONG.search(m.text):  # partner putting money in (A资本作为该基金
            return m  # 有限合伙人: the fund set up before, not A资本)
    for m in reversed(near):
        if _FUND_NAME.search(m.canonical) or _FUND_NAME.search(m.text):
            return m
    return None


_FUND_STRONG = re.compile(r"(?:基金|合伙企业|有限合伙[)）]?)$")


# 林舟通过其控制的实体持有…: 其 after a person and a means word is the person's own
_MEANS = re.compile(r"(?:通过|以|利用|借助|凭借|将|把)$")


def _persons_own(doc: Doc, word: str, pos: int) -> bool:
    """Whether 其 at pos follows a person and a means word (林舟通过其…): it is the person's, no company."""
    means = _MEANS.search(doc.text, max(0, pos - 2), pos) if word == "其" else None
    if means is None:
        return False
    index, at = doc.index("mentions"), means.start()
    return any(m.kind == "person" and m.end == at for m in index.within(at - index.longest, at))


_PAIR_JOIN = re.compile(r"\s*(?:与|和|及|以及|同|跟)\s*")


def _last_pair(doc: Doc, before: Sequence[Mention]) -> tuple[Mention, Mention] | None:
    """The last two organisations joined as a pair (A与B, A和B) before a 前者/后者, when at most one other organisation
    is named after them (A与B均为C旗下企业。后者…: B; A与B合作。C收购了D。后者…: no pair, D stays the latter named).
    Not a pair inside a longer list (A、B和C)."""
    for i in range(len(before) - 1, 0, -1):
        first, second = before[i - 1], before[i]
        if first.key == second.key or not _PAIR_JOIN.fullmatch(doc.text, first.end, second.start):
            continue
        if i >= 2 and doc.text[before[i - 2].end:first.start].strip() in ("、", ",", "，"):
            return None
        after = {m.key for m in before[i + 1:]} - {first.key, second.key}
        return (first, second) if len(after) <= 1 else None
    return None


def _antecedent(doc: Doc, sent: Sentence, pos: int, word: str, topics: list[Mention | None],
                added: Sequence[Mention] = ()) -> Mention | None:
    before = org_mentions(doc, max(0, sent.start - 400), pos)
    if not before:
        return None
    if word in ("后者", "前者"):
        distinct = list({m.key: m for m in before}.values())
        distinct.sort(key=lambda m: max(x.end for x in before if x.key == m.key))
        if len(distinct) < 2:
            return None
        # A与B达成合作，A随后收购了后者: the subject of the pronoun's own clause is not the one it points to, nor
        # a company named after it in that clause (…，后者因此获得B控股权: not B)
        ce = next((sent.start + m.start() for m in _CLAUSE_END.finditer(sent.text, pos - sent.start)), sent.end)
        own = {m.key for m in org_mentions(doc, clause_start(doc.text, pos, sent.start), ce) if m.start != pos}
        pair = _last_pair(doc, before)
        if pair is not None:  # A与B均为C旗下企业。后者…: the latter of the pair, not the third one named after it
            meant = pair[0] if word == "前者" else pair[1]
            if meant.key not in own:
                return meant
        if word == "前者":
            return None if distinct[-2].key in own else distinct[-2]
        others = [m for m in distinct if m.key not in own]
        return others[-1] if others else None
    cs = clause_start(doc.text, pos, sent.start)
    if word == "其" and _OWN_HOLDING.match(doc.text, pos + 1) and doc.text[pos - 1:pos] in ("将", "把"):
        own = org_mentions(doc, cs, pos)  # A将其持有的股份出售给B: A's own shares
        return own[0] if own else None
    if word == "其" and _OWN_HOLDING.match(doc.text, pos + 1) and doc.text[pos - 2:pos] in _PARTS_WITH:
        own = doc.mentions_in(cs, pos, ("organization", "candidate", "person"))  # A拟向B转让其所持公司股份: A's own
        if own and _SUBJECT_OPENING.fullmatch(doc.text, cs, own[0].start):  # shares, A opening the clause (no
            return own[0] if own[0].kind != "person" else None  # company where A is a person: not B)
    colon = _before_colon(doc, sent, cs, pos) if word in ("它", "其") else None
    if colon is not None:  # B是其中成立最晚的一家：它于2021年注册成立: B, whom the clause before the colon describes
        return colon
    changed = _changed_from(doc, cs, pos) if word == "其" else None
    if changed is not None:  # 把合同主体由A变更为其全资子公司B: A, the one the change is made from
        return changed
    told = _told_by(doc, sent, cs) if word in ("其", "它") and not org_mentions(doc, cs, pos) else None
    if told is not None:  # 据云途智驾介绍，其2024年约六成收入来自A: the one whose account it is
        return told
    letter = _letter_from(doc, sent, cs) if word == "其" and not org_mentions(doc, cs, pos) else None
    if letter is not None:  # 公司收到股东A出具的《告知函》，其已减持…: the one who wrote the letter
        return letter
    excluded = {m.key for m in org_mentions(doc, cs, pos) if not (word == "公司" and _heads_person(doc, m))}
    if not excluded and word == "其" and cs > sent.start:
        # 为其第一大股东: the subject is the last clause's; but 其 opening its clause goes on with the last clause's
        # subject (A从事…，其客户… is A's; not A的竞争对手推出…，其…: the rival, unnamed)
        last_cs = clause_start(doc.text, cs - 1, sent.start)
        last = org_mentions(doc, last_cs, cs)
        excluded = {m.key for m in last}
        if not doc.text[cs:pos].strip() and last and _OPENS_CLAUSE.fullmatch(doc.text, last_cs, last[0].start) \
                and not doc.text.startswith("的", last[0].end):
            excluded.discard(last[0].key)
    excluded |= _investors_for_round(doc, sent, pos, before, excluded)
    if word != "公司" and _DEFINITE.match(word) and _OPENS_CLAUSE.fullmatch(doc.text, cs, pos):
        # 2023年，该机构领投了B的A轮: a description opening its clause is its subject, not a party named after it
        ce = next((sent.start + m.start() for m in _CLAUSE_END.finditer(sent.text, pos - sent.start)), sent.end)
        excluded |= {m.key for m in org_mentions(doc, pos + len(word), ce)}
    described = _described_by_copula(doc, sent, pos, cs, excluded) if word == "其" else None
    if described is not None:
        return described
    if word == "公司":  # A的控股股东B仍持有公司52%: the company whose shareholder the clause names
        owned = _owner_of_holder(doc, cs, pos)
        if owned is not None:
            return owned
    if word == "公司":  # A持有公司5%股份: the issuer, never a holder named before
        issuer = _issuer(doc, sent, pos, excluded, added)
        if issuer is not None:
            return issuer
    shares = _shares_taken(doc, sent, pos, word) or _object_before(doc, sent, pos, word)
    if shares is not None:
        return shares
    # 5月底，该公司完成股改；6月中旬，它又完成融资: a pronoun resolved earlier that opens its clause is a topic too
    # (topics and pronouns come in the order of the text: merged from the end, lazily, and a clause start looked for
    # only in the 9 characters before: a long document has thousands of each)
    opened = (a for a in reversed(added)
              if a.start < pos and clause_start(doc.text, a.start, max(0, a.start - 9)) >= a.start - 8)
    named = (t for t in reversed(topics) if t is not None)
    candidates = (t for t in heapq.merge(named, opened, key=_START, reverse=True)
                  if t.key not in excluded and t.start < pos and not _speaker(doc, t)
                  and not (word != "其" and _not_subject(t.canonical)))  # 公司在纳斯达克上市。上市前，它…: no
    # market is 它 (其 is left as it was: …在证监会的发布会上表示，…收购其持有的… points to a party the text leaves unnamed)
    if _DEFINITE.match(word) and _HELD_OBJECT.search(doc.text, max(cs, pos - 3), pos):
        # …。其中岚山资本认购了1亿美元。上市前，B持有该公司7.2%的股份: the company held is not one named as a backer,
        # nor a market, a regulator, a court or a person
        by_key = doc.of_mentions("subject_names", _subject_names)[2]
        candidates = (t for t in candidates if not _unheld(doc, t, by_key, pos))
    nearest = next(candidates, None)  # the topic named last before the pronoun (lazily: a long document has many)
    example = topics[sent.index] if sent.index < len(topics) else None
    if example is not None and example.start < pos and example.key not in excluded \
            and for_example(doc.text, sent.start, example):
        return example  # 以A为例，财报显示，该公司…: the sentence is about A (however often another was named)
    if _DEFINITE.match(word) and not org_mentions(doc, cs, pos):
        previous = topics[sent.index - 1] if sent.index >= 1 and len(topics) >= sent.index else None
        prev = doc.sentences[sent.index - 1] if sent.index >= 1 else None
        if previous is not None and prev is not None and previous.key not in excluded \
                and (prev.paragraph == sent.paragraph or _lone_sentence(doc, prev)) \
                and _OPENS_SENTENCE.fullmatch(doc.text, sent.start, pos) \
                and not any(prev.start <= a.start < prev.end and a.key != previous.key for a in added) \
                and not _BACKER_CLAUSE.match(doc.text, previous.end) \
                and not _GROUP_OPENED.match(doc.text, previous.end):
            # A成立于2019年…。2023年8月，该公司获得…融资: the company the sentence before is about (not one that
            # sentence itself points away from: 华信证券担任其辅导机构。该公司完成融资 is 其's company)
            return previous
        if previous is not None and _GROUP_OPENED.match(doc.text, previous.end):
            # A、B、C等巨头悉数入场。这家企业…: none of the group is the one company meant
            group = _GROUP_OPENED.match(doc.text, previous.end)
            members = {m.key for m in org_mentions(doc, previous.start, group.end())}  # type: ignore[union-attr]
            excluded = excluded | members
            return most_named(doc, pos, excluded, added, kind_ties=True) or next(
                (t for t in candidates if t.key not in members), None)
        return most_named(doc, pos, excluded, added, kind_ties=True) or nearest
    if nearest is not None:
        return nearest
    for m in reversed(before):
        if m.key not in excluded:
            return m
    return None


# 持有该公司 / 入股该公司: the pronoun is the company whose shares are held
_HELD_OBJECT = re.compile(r"(?:持有|持股|入股|增持|减持|控股|认购)了?$")
# A领投 / A认购了1亿美元 / A投资了B: a name told as backing a company (a round, an issue of shares)
_BACKED = re.compile(r"[^，,。；;]{0,40}?(?:领投|跟投|参投|追投|认购|投资了|入股)")


def _unheld(doc: Doc, m: Mention, by_key: dict[str, list[Mention]], pos: int) -> bool:
    """Whether m is no company whose shares 持有该公司 means: an investor, shaped as one (资本, 创投, 基金 …) or told
    as backing (A认购了…, A领投) before pos; a market, a regulator or a court; a person, or a guessed name shaped
    as a person's."""
    from dealgraph.extract.mentions import person_shaped

    return bool(INVESTOR_SHAPE.search(m.canonical) or INVESTOR_SHAPE.search(m.text)) or _not_subject(m.canonical) \
        or m.kind == "person" or person_shaped(m.canonical, listed=True) and not any(
            n.kind == "organization" and n.source != "coref" for n in by_key.get(m.key, ())) \
        or any(_BACKED.match(doc.text, n.end) for n in by_key.get(m.key, ()) if n.end <= pos)


_HOLDER_OF = re.compile(r"的?(?:控股股东|第一大股东|大股东|实际控制人|实控人)")
_HOLDS_COMPANY = re.compile(r"[^，,。；;]{0,8}?(?:持有|持股|控制)$")


def _owner_of_holder(doc: Doc, cs: int, pos: int) -> Mention | None:
    """交易完成后，A控股股东B仍持有公司52%的股份: 公司 is A, the company whose shareholder B is named as the clause's
    subject right before the holding verb (not a company of the sentence before)."""
    named = org_mentions(doc, cs, pos)
    for a, b in zip(named, named[1:]):
        lead = _HOLDER_OF.match(doc.text, a.end)
        if a.key != b.key and lead is not None and lead.end() == b.start and _HOLDS_COMPANY.search(doc.text, b.end, pos):
            return a
    return None


# the clause before a colon, opening with its subject and a copula or a ranking verb: (而)B是其中最年轻的一家： / B排第三：
_DESCRIBED_BEFORE_COLON = re.compile(r"[\s“”]*(?:而|但|其中|另外|此外|同时)?[，,]?\s*$")
_COPULA_OR_RANK = re.compile(r"(?:也|则|就|正|恰恰|同样|还)?(?:是|为|排名?|位列|位居|名列)")


def _before_colon(doc: Doc, sent: Sentence, cs: int, pos: int) -> Mention | None:
    """…只有三家，而青禾能源是其中成立最晚的一家：它于2021年注册成立: 它/其 opening the clause right after a colon
    stands for the company the clause before the colon is about (its subject, opening it before a copula or a ranking
    verb), not for a company the sentence named earlier. None where the clause before the colon opens otherwise."""
    if cs <= sent.start or doc.text[cs - 1] not in ":：" or not _OPENS_CLAUSE.fullmatch(doc.text, cs, pos):
        return None
    pcs = clause_start(doc.text, cs - 1, sent.start)
    named = org_mentions(doc, pcs, cs - 1)
    if not named or not _DESCRIBED_BEFORE_COLON.fullmatch(doc.text, pcs, named[0].start) \
            or not _COPULA_OR_RANK.match(doc.text, named[0].end):
        return None
    return named[0]


# 由A变更为其… / 由A改为其… / 从A调整为其…: a change made from A to a party of A's own
_CHANGED_FROM = re.compile(r"(?:由|从)(?P<who>[^，,；;。由从]{2,40}?)(?:变更|更改|更换|改|变|换|调整|转)(?:成|为)$")


def _changed_from(doc: Doc, cs: int, pos: int) -> Mention | None:
    """将履约主体由澄川股份变更为其全资子公司B: 其 right after a change from A (由A变更为) is A, the party the change
    is made from (the unit that takes over is A's), not another party of the contract named before. None where the
    由 phrase names no organisation or more than one."""
    found = _CHANGED_FROM.search(doc.text, cs, pos)
    if found is None or found.end() != pos:
        return None
    named = org_mentions(doc, found.start("who"), found.end("who"))
    return named[0] if len({m.key for m in named}) == 1 else None


def _lone_sentence(doc: Doc, sent: Sentence) -> bool:
    """Whether the sentence is a paragraph of its own (a lead-in line: 这一轮热潮里最先出圈的是B。), whose company the
    next paragraph's opening 该公司 goes on with, as within a paragraph."""
    return not any(s.paragraph == sent.paragraph for s in doc.sentences if s is not sent)


# B也是其早期投资方之一 / B同样为其股东: the clause's subject, a copula, then 其 and a role it plays
_COPULA_BEFORE_QI = re.compile(r"(?:也|同样|亦|还|都|均|则)?(?:是|为|成为)$")
# the subject of the clause before: a company opening it (after a time word or a modifier ending in 的) before its verb
_SUBJECT_BEFORE_VERB = re.compile(r"[^，,。；;]{0,12}?的|\s*")
_VERB_AFTER_SUBJECT = re.compile(r"(?:也|又|已|还|正式|近日|日前|今日)?(?:宣布|完成|获得|获|公布|发布|推出|成立|表示)")


def _described_by_copula(doc: Doc, sent: Sentence, pos: int, cs: int, excluded: set[str]) -> Mention | None:
    """2024年5月，成立两年的澄川机器人宣布完成3亿元融资，北辰资本也是其早期投资方之一: 其 after a subject and a copula
    (B也是其…之一) stands for the company the clause before, in the same sentence, is about (its subject before its
    verb), not for a company an earlier sentence was about."""
    own = org_mentions(doc, cs, pos)
    if not own or cs <= sent.start or not _COPULA_BEFORE_QI.search(doc.text, own[-1].end, pos) \
            or doc.text[own[-1].end:pos].strip() not in _COPULAS:
        return None
    pcs = clause_start(doc.text, cs - 1, sent.start)
    for m in org_mentions(doc, pcs, cs - 1):
        if m.key in excluded:
            continue
        opening = doc.text[pcs:m.start]
        lead = re.sub(r"^[\s\d一二三四五六七八九十年月日今去此前随后同时]*[，,]?", "", opening)
        if (not lead or _SUBJECT_BEFORE_VERB.fullmatch(lead)) and _VERB_AFTER_SUBJECT.match(doc.text, m.end):
            return m
        break  # only the company opening the clause before
    return None


_COPULAS = frozenset(a + b for a in ("", "也", "同样", "亦", "还", "都", "均", "则") for b in ("是", "为", "成为"))


def _issuer(doc: Doc, sent: Sentence, pos: int, excluded: set[str], added: Sequence[Mention]) -> Mention | None:
    """澄川资本持有青禾科技30%股份，岚山创投持有公司5%股份: 公司 after a holding verb is the company whose shares are
    held: the one an announcement defines as 公司 or its head names, else the one named most before it that no text
    names as a holder (not the holder that opens the clause before)."""
    defined = doc.of_mentions("defined_issuer", _defined_issuer) if "称" in doc.text else None
    if defined is not None and defined.start < pos and defined.key not in excluded:
        return defined
    titled = title_company(doc, sent.index)
    if titled is not None and titled.key not in excluded:
        return titled
    return most_named(doc, pos, excluded | named_holders(doc, max(0, pos - 400), pos), added, kind_ties=True)


def named_holders(doc: Doc, start: int, end: int) -> set[str]:
    """The keys of the organisations named between start and end as holders (股东A, 控股股东为A, A持有/减持…): never
    the company 公司 stands for."""
    return {m.key for m in org_mentions(doc, start, end)
            if _HOLDER_NAMED.search(doc.text, max(0, m.start - 12), m.start) or _HOLDS_AFTER.match(doc.text, m.end)}


# 该公司完成B轮融资 / 其A轮融资由C领投: a clause telling a round raised (融资, 获得…投资) wants the company that
# raised it, not an investor named before it (a name shaped as an investor's: 资本, 创投, 基金, 投资, 合伙企业)
_ROUND_RAISED = re.compile(r"融资(?!租赁|担保|本金|本息|利息|成本)|获得?[^，,。；;]{0,12}?(?:投资|注资)")
_BACKS_AFTER = re.compile(r"(?:其|它|该机构|该基金|这家机构)(?:也|还|又|再次|再度|此次|此前|曾|已|则)?"
                          r"(?:联合领投|领投|跟投|参投|追投|独家投资|投资了|参与了|出手)")
INVESTOR_SHAPE = re.compile(r"(?:资本|创投|基金|投资|合伙企业|有限合伙[)）]?|Capital|Ventures)$")


def _investors_for_round(doc: Doc, sent: Sentence, pos: int, before: Sequence[Mention], excluded: set[str]) -> set[str]:
    """岚山创投是青禾科技的早期投资方。2024年5月，该公司完成B轮融资: the keys of the investor-shaped names before
    the pronoun, where its clause tells a round raised and another company is named before it (else none: the
    pronoun keeps the one the other rules find)."""
    if not _ROUND_RAISED.search(doc.text, pos, clause_end(doc.text, pos, sent.end)) or _BACKS_AFTER.match(doc.text, pos):
        return set()  # (…。其领投了B的A轮融资: the pronoun backs the round; an investor may be what it stands for)
    unfit = {m.key for m in before if INVESTOR_SHAPE.search(m.canonical) or INVESTOR_SHAPE.search(m.text)}
    return unfit if any(m.key not in unfit and m.key not in excluded for m in before) else set()


# 那就是王庆海，他创办的… (the name closing the clause right before the pronoun, after 是/为 or a mark) /
# 张伟是一名工程师。他创办的… (the name opening the sentence before, then 是/曾/毕业/出生/早年)
_NAME_BEFORE_PRONOUN = re.compile(r"(?:^|(?<=[，,。；;：:！？\s])|(?<=是|为))([\u4e00-\u9fff]{2,3})[，,]\s*$")
_NAME_OPENING = re.compile(r"(?:^|(?<=[。！？\n]))\s*([\u4e00-\u9fff]{2,3}?)(?=是|曾|毕业|出生|早年|作为)")


def _person_named_before(text: str, pos: int) -> Mention | None:
    """A person-shaped name the founder pronoun at pos points back to, where no finder read it as a person."""
    from dealgraph.extract.mentions import person_shaped

    found = _NAME_BEFORE_PRONOUN.search(text, max(0, pos - 6), pos)
    if found is None:
        sentence_start = max(text.rfind(mark, 0, pos) for mark in "。！？\n")
        previous = max(text.rfind(mark, 0, max(0, sentence_start)) for mark in "。！？\n") + 1
        found = _NAME_OPENING.match(text, previous, pos) if sentence_start > 0 and pos - previous <= _PERSON_NEAR else None
    if found is None or not person_shaped(found.group(1)):
        return None
    name = found.group(1)
    return Mention(found.start(1), found.end(1), name, "person", f"person:{name}", "person")


# 吴晓峰表示，…: a name the lexicon does not know, shaped as a person's and speaking, is no company to point back to
_SPEAKS = re.compile(r"\s*(?:表示|称|指出|透露|介绍|认为|坦言|直言|强调|说)")


def _speaker(doc: Doc, m: Mention) -> bool:
    """Whether a guessed name is a person speaking (林晓峰表示: not a company a later 其 stands for)."""
    from dealgraph.extract.mentions import person_shaped
    return m.kind == "candidate" and person_shaped(m.text) and _SPEAKS.match(doc.text, m.end) is not None


_TOLD_BY = re.compile(r"\s*(?:据[^，,。；;]{2,14}?(?:介绍|透露|表示|披露|称|公告)"
                      r"|(?:对|对于)[^，,。；;]{2,14}?(?:而言|来说))[，,]\s*")  # 对A而言，这并非其首次…: A


def _told_by(doc: Doc, sent: Sentence, cs: int) -> Mention | None:
    """The organisation named in a clause 据X介绍， (or 对X而言，) right before the pronoun's clause."""
    if cs <= sent.start:
        return None
    pcs = clause_start(doc.text, cs - 1, sent.start)
    if not _TOLD_BY.fullmatch(doc.text, pcs, cs):
        return None
    named = org_mentions(doc, pcs, cs)
    return named[-1] if len(named) == 1 else None


# A(近日)公告称， / A（代码…）3月2日晚间公告， / A披露， : a clause of A's own announcement, A opening it
_ANNOUNCES = re.compile(r"[”\s]*(?:[（(][^（）()]{0,60}[）)])?\s*(?:\d{1,2}月\d{1,2}日)?(?:晚间|晚|早间|盘后)?"
                        r"(?:近日|日前|今日|今天|昨日|当天|当日|随后|同日|也|亦|还)?\s*(?:发布|发出|披露)?"
                        r"(?:公告|公告称|公告显示|在公告中(?:称|表示|指出)|表示|称|披露|宣布|透露)[，,]\s*")


def _announcer(doc: Doc, sent: Sentence, cs: int, pos: int) -> Mention | None:
    """岚山电气公告称，其控股子公司B中标…: 其 opening the clause right after "A公告称，" (the clause A opens with its
    announcement verb, after a time word at most) is A, the one announcing, even where A is only a guessed name and
    another company was named in an earlier sentence. None where the clause before names no organisation or more than
    one, or where A is a person speaking."""
    if cs <= sent.start or not _OPENS_CLAUSE.fullmatch(doc.text, cs, pos):
        return None
    pcs = clause_start(doc.text, cs - 1, sent.start)
    named = org_mentions(doc, pcs, cs)
    if len({m.key for m in named}) != 1 or _speaker(doc, named[0]) \
            or not (_SUBJECT_OPENING.fullmatch(doc.text, pcs, named[0].start)
                    or _OPENS_CLAUSE.fullmatch(doc.text, pcs, named[0].start)) \
            or not _ANNOUNCES.fullmatch(doc.text, named[0].end, cs):
        return None
    return named[0]


# 公司收到股东A出具的《减持进展告知函》, 收到A发来的通知: a letter sent by A
_LETTER = re.compile(r"[^，,。；;]*?收到(?P<who>[^，,。；;]{2,40}?)(?:出具|发来|发出|送达|提交)?的[《“]?[^，,。；;]{0,40}?"
                     r"(?:告知函|通知书|通知|确认函|函)[》”]?(?:(?:及|和|、)[《“][^《》“”，,。；;]{1,40}[》”])*\s*")


def _letter_from(doc: Doc, sent: Sentence, cs: int) -> Mention | None:
    """The organisation that sent the letter named in the clause right before the pronoun's."""
    if cs <= sent.start:
        return None
    pcs = clause_start(doc.text, cs - 1, sent.start)
    found = _LETTER.fullmatch(doc.text, pcs, cs - 1) or _LETTER.fullmatch(doc.text, pcs, cs)
    if found is None:
        return None
    if _AWARD_NOTICE.search(doc.text, found.end("who"), found.end()):
        # A收到B发来的《中标通知书》，确认其为…的中标单位: the notice names A, who received it, the winner
        received = org_mentions(doc, pcs, found.start("who"))
        return received[0] if received and _SUBJECT_OPENING.fullmatch(doc.text, pcs, received[0].start) else None
    named = org_mentions(doc, found.start("who"), found.end("who"))
    return named[-1] if named else None


_AWARD_NOTICE = re.compile(r"(?:中标|成交|中选)通知书")


# A name opening a clause of a round's backers or advisers (本轮由A领投，B、C跟投，D担任财务顾问): no topic for 该公司
# A、B、C等科技巨头悉数入场: the name opens a list of several, a group; 这家企业 (one) does not point to it
_GROUP_OPENED = re.compile(r"(?:[、和及与][^，,。；;、]{1,20}?)+等")
_BACKER_CLAUSE = re.compile(r"[^，,。；;]{0,40}?(?:领投|跟投|参投|追投|担任[^，,。；;]{0,8}?顾问)")

# Only a time or a connective before the pronoun in its sentence (2023年8月，该公司… / 此后，该公司…), or a list of
# periods however long (2023年、2024年和2025年上半年，该公司营收分别为…).
_OPENS_SENTENCE = re.compile(r"[^，,。；;]{0,12}[，,]?\s*|\s*"
                             r"|(?:[0-9０-９]{4}年(?:[0-9一二三四]季度|[上下]半年|[0-9]{1,2}月|前[一二三四]季度|末|底)?[、和及与至]?)+"
                             r"[，,]\s*")

# 成为其第二大股东 / 成为其控股股东: 其 after a clause taking shares of B is B, whose shareholder the subject becomes.
_SHAREHOLDER_AFTER = re.compile(r"其(?:[^，,；;。]{0,4}?)股东")
_SHARES_OF = re.compile(r"(?:股权|股份|股票|控股权)")


def _shares_taken(doc: Doc, sent: Sentence, pos: int, word: str) -> Mention | None:
    """云帆智能以10亿元取得星辰科技10%股权，成为其第二大股东: 其 is the company whose shares the clause before
    names (星辰科技), not the subject taking them. None where 其 is not followed by 股东 or no such clause stands."""
    if word != "其" or not _SHAREHOLDER_AFTER.match(doc.text, pos):
        return None
    cs = clause_start(doc.text, pos, sent.start)
    if cs <= sent.start or org_mentions(doc, cs, pos):
        return None
    pcs = clause_start(doc.text, cs - 1, sent.start)
    shares = _SHARES_OF.search(doc.text, pcs, cs)
    named = org_mentions(doc, pcs, shares.start()) if shares else []
    if not named or len(doc.text[named[-1].end:shares.start()]) > 12:
        return None
    return named[-1]


_PERSON_TITLE = re.compile(r"的?(?:联合创始人|创始人|董事长|总裁|首席执行官|CEO|实际控制人|实控人)(?:兼[^，,。；;]{1,6}?)?")


def _heads_person(doc: Doc, m: Mention) -> bool:
    """星澜智算创始人林则远持有公司32%的股份: a company right before a person's title and the person describes the
    person (the holder), so 公司 may still be it."""
    title = _PERSON_TITLE.match(doc.text, m.end)
    return title is not None and any(p.kind == "person" and p.start == title.end()
                                     for p in doc.mentions_in(title.end(), title.end() + 4))


_HOLDS_BEFORE = re.compile(r"(?:持有|控制|持股|入股|增持|减持|取得|获得|向|从|领投了?|跟投了?|参与了?|参投了?|加码)$")
_SUBJECT_OPENING = re.compile(r"[\s“”]*(?:[\d一二三四五六七八九十]+年(?:[\d一二三四五六七八九十]+月)?|今年|去年|此前|随后|同时)?[，,]?\s*")


def _object_before(doc: Doc, sent: Sentence, pos: int, word: str) -> Mention | None:
    """A在B的A轮中投资2000万美元，目前持有其3%的股份 / 公司主要向B采购晶圆，2024年向其采购金额为2.2亿元 /
    又联合C向B注资3亿元，取得其8%的股权: 其, the object of a holding or buying verb (or of 向/从) in a clause naming no
    company, is the last company the clause before names that is not its subject (the name opening it), B."""
    if word != "其" or not _HOLDS_BEFORE.search(doc.text, max(0, pos - 3), pos):
        return None  # (参与了其B轮融资: the company whose round the investor of the clause before joins)
    cs = clause_start(doc.text, pos, sent.start)
    if cs <= sent.start or org_mentions(doc, cs, pos):
        return None
    pcs = clause_start(doc.text, cs - 1, sent.start)
    named = org_mentions(doc, pcs, cs)
    if named and _SUBJECT_OPENING.fullmatch(doc.text, pcs, named[0].start):
        named = [m for m in named if m.key != named[0].key]
    return named[-1] if named else None


@lru_cache(maxsize=4096)  # most_named reads every name before it, many times in a long document
def _not_subject(name: str) -> bool:
    return grammar().not_subject.search(name) is not None


class _Tally:
    """A count of the first n subject names, carried forward: a document's pronouns are resolved in reading order,
    so each count goes on from the last one instead of counting a long document's names again for each pronoun."""

    def __init__(self, _doc: Doc) -> None:
        self.n = 0
        self.counts: Counter[str] = Counter()


def _counted_before(doc: Doc, keys: list[str], n: int) -> Counter[str]:
    """A new Counter of keys[:n] (the same, in the same order, as Counter(keys[:n]))."""
    tally = doc.of_mentions("subject_tally", _Tally)
    if n < tally.n:
        return Counter(keys[:n])
    tally.counts.update(keys[tally.n:n])
    tally.n = n
    return Counter(tally.counts)


def most_named(doc: Doc, pos: int, excluded: set[str], added: Sequence[Mention],
               kind_ties: bool = False) -> Mention | None:
    """该公司完成C轮融资 opening a clause: the company the document is about, the one named most often before (by
    name or by an earlier pronoun), not the advisor or investor named last (宇树…辅导机构为中信证券…该公司完成股份制
    改造: 宇树). Markets and regulators (证监会) are no company meant so. Ties go to the one named first: news
    opens with the company it is about; for a pronoun (kind_ties: 该公司, 公司) outside an announcement with a head
    company, to the nearest one of the kind a company written about is where the one named first is not of it."""
    ends, keys, by_key = doc.of_mentions("subject_names", _subject_names)
    counts = _counted_before(doc, keys, bisect_right(ends, pos))  # the names ending before pos
    more = [a for a in added if a.start < pos and not _not_subject(a.canonical)]
    counts.update(a.key for a in more)
    for key in excluded | doc.of_mentions("person_like", _person_like):
        counts.pop(key, None)
    if not counts:
        return None
    top = max(counts.values())
    tied = [k for k, n in counts.items() if n == top]

    def first(key: str) -> Mention:  # its earliest mention before pos
        named = next((m for m in by_key.get(key, ()) if m.end <= pos), None)
        return min([m for m in more if m.key == key] + ([named] if named else []), key=lambda m: m.start)
    named_first = min((first(k) for k in tied), key=lambda m: m.start)
    if kind_ties and len(tied) > 1 and not _headed(doc, pos):
        nearest = _nearest_of_kind(doc, by_key, more, tied, pos, named_first.key)
        if nearest is not None:
            return nearest
    return named_first


# what marks a guessed name as a person's: a title before it (股东周宁, 董事长周宁), an honorific after it (周宁先生), or
# a personal word after it (周宁因个人资金需要…, 周宁本人)
_PERSON_TITLE_BEFORE = re.compile(r"(?:股东|董事长|董事|监事|总经理|总裁|经理|创始人|实控人|实际控制人|自然人|高管|CEO|首席执行官)$")
_PERSON_AFTER = re.compile(r"(?:先生|女士|本人|个人|因个人)")


def _person_like(doc: Doc) -> set[str]:
    """The keys of guessed names (candidates, never found as an organisation) shaped as a person's name that the
    text marks as a person's: a title before one of its mentions (股东周宁), an honorific or a personal word after
    one (周宁先生, 周宁因个人原因). Such a name is never the company 公司/该公司 stands for, however often it is named."""
    from dealgraph.extract.mentions import person_shaped

    by_key: dict[str, list[Mention]] = {}
    for m in doc.mentions:
        if m.kind in ("organization", "candidate", "person") and m.source != "coref":
            by_key.setdefault(m.key, []).append(m)
    out = set()
    for key, ms in by_key.items():
        if any(m.kind != "candidate" for m in ms) or not person_shaped(ms[0].text):
            continue
        if any(_PERSON_TITLE_BEFORE.search(doc.text, max(0, m.start - 5), m.start)
               or _PERSON_AFTER.match(doc.text, m.end) for m in ms):
            out.add(key)
    return out


def _headed(doc: Doc, pos: int) -> bool:
    """Whether pos stands in an announcement whose head names its company (coref.title_company)."""
    index = bisect_right(doc.of_mentions("sentence_starts", _sentence_starts), pos) - 1
    return index > 0 and title_company(doc, index) is not None


def _sentence_starts(doc: Doc) -> list[int]:
    return [s.start for s in doc.sentences]


_HOLDER_NAMED = re.compile(r"(?:股东|一致行动人)(?:之一)?(?:(?:将|拟|已)?变更为|为|是|系|包括|包含|有)?[“\"「]?\s*$")


def _nearest_of_kind(doc: Doc, by_key: dict[str, list[Mention]], more: Sequence[Mention], tied: list[str],
                     pos: int, first: str) -> Mention | None:
    """Of companies named equally often, where the one named first is not of the kind a company written about is,
    the one of that kind named last before pos (澄川资本与青禾科技签约。澄川资本此前已投资青禾科技。公司…: 青禾科技).
    Of that kind: not a name shaped as an investor's (资本, 创投, 基金 …) nor one named as a holder or backer (股东A,
    控股股东变更为A, A持有/减持…, A领投, A担任财务顾问), and found as an organisation (not only guessed from the words
    around it). None where the first named is of that kind, or none tied is."""
    def last(key: str) -> Mention:
        named = [m for m in by_key.get(key, ()) if m.end <= pos] + [m for m in more if m.key == key]
        return max(named, key=lambda m: m.start)

    def holder(key: str) -> bool:  # a holder (股东A, 控股股东变更为A, A持有…) or a backer (A领投, A担任财务顾问)
        return any(_HOLDER_NAMED.search(doc.text, max(0, m.start - 12), m.start) or _HOLDS_AFTER.match(doc.text, m.end)
                   or _BACKER_CLAUSE.match(doc.text, m.end) for m in by_key.get(key, ()) if m.end <= pos)
    fit = [last(k) for k in tied if not holder(k) and any(m.kind == "organization" for m in by_key.get(k, ()))]
    fit = [m for m in fit if not (INVESTOR_SHAPE.search(m.canonical) or INVESTOR_SHAPE.search(m.text))]
    if not fit or any(m.key == first for m in fit):
        return None  # the one named first is of the kind: news opens with the company it is about
    return max(fit, key=lambda m: m.start)


def _subject_names(doc: Doc) -> tuple[list[int], list[str], dict[str, list[Mention]]]:
    """The mentions of organisations that may be a subject: their ends in order, their keys in that order, and
    each key's mentions by start."""
    named = sorted((m for m in doc.mentions if m.kind in ORG_KINDS and not _not_subject(m.canonical)),
                   key=lambda m: m.end)
    by_key: dict[str, list[Mention]] = {}
    for m in sorted(named, key=lambda m: m.start):
        by_key.setdefault(m.key, []).append(m)
    return [m.end for m in named], [m.key for m in named], by_key


# 上述两家合伙企业 / 上述股东 / 以上股东 / 该等股东 / 上述减持主体 / 前述各方 / 二者 / 两者: a word for several parties
# listed before (a count word, when written, must match the list). Not 持股5%以上股东 (a size of holding) nor 上述股东大会.
_COLLECTIVE = re.compile(
    r"(?<![\d%％.一二三四五六七八九十百千万])(?:(?P<lead>上述|前述|以上|该等|上列)(?P<n>两|二|三|四|五|六|2|3|4|5|6)?(?:家|名|位|个|方)?"
    r"(?P<head>股东|减持主体|增持主体|减持方|出让方|转让方|受让方|信息披露义务人|一致行动人|主体|合伙企业|有限合伙企业|"
    r"公司|企业|机构|基金|各方|当事方|投资者|投资人|法人)|(?P<two>二者|两者))(?!大会|会议|会|名册|名称|的基本情况|基本情况)")
_HOLDER_HEADS = frozenset({"股东", "减持主体", "增持主体", "减持方", "出让方", "转让方", "信息披露义务人", "一致行动人", "主体"})
_COUNT_WORD = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
# Between two parties of one list: 、/和/及/以及/与, an alias or a code in brackets, the next one's title
# (股东A、股东B / 实际控制人王某及其一致行动人C / A（以下简称“A1”）、B / A及其控制的B)
_LIST_JOIN = re.compile(r"[”\"」]?[)）]?\s*(?:[(（][^()（）]{0,40}[)）])?\s*(?:先生|女士)?\s*(?P<word>、|和|与|及其一致行动人|及其(?:所|实际)?控制的|及其控股的|及其旗下的?|及其|及|以及)"
                        r"\s*(?:公司)?(?:(?:控股股东|实际控制人|实控人|股东|一致行动人|董事长|董事|监事|高级管理人员|高管|"
                        r"总经理|副总经理)(?:之一)?)*\s*[“\"「]?")
_ALIAS_AFTER = re.compile(r"\s*(?:[(（][^()（）]{0,12}[)）])?\s*[(（](?:以下简称|下称|简称|以下称)?[:：]?\s*[“\"「]?")
# what marks a listed party as a holder: its title before (股东A、B), or a holding after (A、B为公司持股5%以上股东 /
# A、B合计持有公司8%股份 / A、B计划减持)
_HOLDER_BEFORE = re.compile(r"(?:股东|一致行动人|股东之一|减持主体|信息披露义务人)[“\"「]?\s*$")
_HOLDER_AFTER = re.compile(r"[”\"」]?\s*(?:[(（][^()（）]{0,40}[)）])?[^，,。；;]{0,6}?"
                           r"(?:(?:为|系|是|作为|均为|同为)[^，,。；;]{0,16}?(?:股东|一致行动人|信息披露义务人)|持有|持股|减持|增持)")
_GROUP_KINDS = ("organization", "candidate", "person")
_GROUP_REACH = 600  # how far back (characters) the listed parties may stand


def _collectives(doc: Doc) -> None:
    """星岚投资、云栖创投为公司持股5%以上股东。上述两家合伙企业计划减持…: a collective word stands for the parties
    listed before it; a mention of the first stands at the word (so a frame reads it as the subject) and doc.groups
    keeps the whole list, which structure.expand_groups gives the fact (one per party). No mention where no list
    fits (a count that differs, no party named as a holder before 上述股东): precision first."""
    text = doc.text
    if not any(w in text for w in ("上述", "前述", "以上", "该等", "上列", "二者", "两者", "及其一致行动人")):
        return
    added: list[Mention] = []
    spans: list[tuple[int, int]] = []  # every collective word: no name (上述两家合伙企业 is shaped as one)
    for found in _COLLECTIVE.finditer(text):
        spans.append(found.span())
        head = found.group("head")
        n = 2 if found.group("two") else _COUNT_WORD.get(found.group("n") or "")
        if head in ("公司", "企业", "机构", "基金", "合伙企业", "有限合伙企业", "投资者", "投资人", "法人") \
                and n is None and found.group("lead") != "该等":
            continue  # 上述公司 without a count: mostly the company itself
        group = _listed_before(doc, found.start(), n, head if head in _HOLDER_HEADS else None,
                               plural=head == "各方" or head == "当事方" or n is not None)
        if not group:
            continue
        first = group[0]
        kind = "person" if all(m.kind == "person" for m in group) else "organization"
        added.append(Mention(found.start(), found.end(), found.group(), kind, first.key, "coref", first.canonical))
        doc.groups[found.start()] = group
    if "及其一致行动人" in text:
        for found in _CONCERT_WORD.finditer(text):
            group = _concert_named(doc, found)
            if group:
                added.append(Mention(found.start(), found.end(), found.group(), "organization", group[0].key, "coref",
                                     group[0].canonical))
                doc.groups[found.start()] = group
    if spans or added:
        kept = [m for m in doc.mentions
                if m.source == "lexicon" or not any(m.start < e and s < m.end for s, e in spans)]
        doc.mentions = sorted(kept + added, key=lambda x: x.start)


def _listed_before(doc: Doc, pos: int, n: int | None, holder_head: str | None, plural: bool) -> list[Mention]:
    """The list of parties a collective word at pos points back to: the nearest list of exactly n parties (n given),
    else the nearest list of parties marked as holders (上述股东), else the nearest list of two or more (前述各方);
    in the word's paragraph, else the last sentences before it."""
    sent = doc.sentence_at(pos)
    if sent is None:
        return []
    floor = max(0, pos - _GROUP_REACH)
    same = [s for s in doc.sentences if s.paragraph == sent.paragraph and s.start <= pos]
    start = max(floor, min(s.start for s in same))
    if start == sent.start and sent.index > 0:  # the word opens its paragraph: the sentences just before
        start = max(floor, doc.sentences[max(0, sent.index - 3)].start)
    found = [m for m in doc.mentions_in(start, pos, _GROUP_KINDS) if m.source != "coref"]
    if holder_head is not None and n is None:  # 上述股东: every holder the sentences before name, listed or not
        issuer = title_company(doc, sent.index)  # (A持有公司2000万股，其一致行动人B持有500万股。上述股东…: A and B)
        holders: dict[str, Mention] = {}
        for group in reversed(list(_groups_back(doc.text, found))):
            if _holders(doc.text, group):
                holders.update((m.key, m) for m in group if m.key not in holders
                               and (issuer is None or m.key != issuer.key))
        return list(holders.values())
    for group in _groups_back(doc.text, found):
        if n is not None:
            if len(group) == n:
                return group
            continue
        if plural and len(group) >= 2:
            return group
    return []


def _groups_back(text: str, found: list[Mention]):
    """The lists of parties among `found` (in order of the text), the nearest first: names joined by 、/和/及
    (an alias in brackets after a name is that name)."""
    names: list[tuple[Mention, int]] = []  # a party and where its last name (an alias) ends
    for m in found:
        if names and (m.key == names[-1][0].key and m.start < names[-1][1] + 30
                      or _ALIAS_AFTER.fullmatch(text, names[-1][1], m.start)):
            names[-1] = (names[-1][0], m.end)  # 星岚投资（以下简称“星岚”）: the short name is the same party
            continue
        names.append((m, m.end))
    i = len(names) - 1
    while i >= 0:
        group = [names[i][0]]
        while i > 0:
            join = _LIST_JOIN.fullmatch(text, names[i - 1][1], group[0].start)
            if join is None or names[i - 1][0].key in {g.key for g in group}:
                break
            group.insert(0, names[i - 1][0])
            i -= 1
        yield group
        i -= 1


def _holders(text: str, group: list[Mention]) -> bool:
    """Whether the listed parties are named as holders: a holder's title before the first (股东A、B) or a holding
    after the last (A、B为公司持股5%以上股东 / A、B合计持有 / A、B计划减持); not parties of an agreement joined by 与."""
    if any("与" in text[a.end:b.start] and "及" not in text[a.end:b.start] for a, b in zip(group, group[1:])):
        return False
    first, last = group[0], group[-1]
    return _HOLDER_BEFORE.search(text, max(0, first.start - 12), first.start) is not None \
        or _HOLDER_AFTER.match(text, last.end) is not None


# an announcement's title: 晨星电子关于控股股东增持公司股份计划的公告 (the company announcing opens it)
TITLE_LINE = re.compile(r"[^。！？\n]{0,60}?(?:关于)[^。！？\n]{2,80}?(?:公告|提示性公告|报告书|告知函)\s*")
_HEADER_NAME = re.compile(r"(?:证券简称|股票简称|公司简称)\s*[:：]\s*")
_LINE_LEAD = re.compile(r"[\s“”]*")
_DEFINED_ISSUER = re.compile(r"\s*[(（](?:以下简称|下称|简称)[:：]?\s*[“\"「](?:公司|本公司|上市公司)[”\"」]")


def title_company(doc: Doc, before: int) -> Mention | None:
    """The company an announcement's head names in its first lines (sentences before index `before`), or the one it
    defines as 公司 (青桐电气集团（下称“公司”）) before them: the title opening with it (晨星电子股份有限公司关于…的公告), its name on a line of its own above a title (晨星电子股份有限公司 /
    关于…的公告), or the header's short name (证券代码：600111 证券简称：晨星电子). None where the document opens
    otherwise."""
    defined = doc.of_mentions("defined_issuer", _defined_issuer) if "称" in doc.text else None
    limit = doc.sentences[before].start if before < len(doc.sentences) else len(doc.text)
    if defined is not None and defined.start < limit:  # 青桐电气集团（下称“公司”）: the one the announcement calls 公司
        return defined
    head = [s for s in doc.sentences[:4] if s.index < before]
    for i, line in enumerate(head):
        named = org_mentions(doc, line.start, line.end)
        short = _HEADER_NAME.search(line.text)
        if short is not None:
            at = line.start + short.end()
            return next((m for m in named if m.start == at), None)
        if not named or not _LINE_LEAD.fullmatch(doc.text, line.start, named[0].start):
            continue
        if TITLE_LINE.fullmatch(line.text) or i + 1 < len(head) and named[0].end >= line.end - 1 \
                and TITLE_LINE.fullmatch(head[i + 1].text):
            return named[0]
    return None


# 我司 / 我公司: the company speaking of itself in its own announcement or letter
_WE = re.compile(r"我司|我公司")


def _we(doc: Doc, sent: Sentence, added: Sequence[Mention]) -> list[Mention]:
    """海川智能关于对外投资的公告 … 我司拟以自有资金认购B新增注册资本: 我司 is the company whose announcement it
    is (the one its head names), else the company named most before it."""
    out = []
    for m in _WE.finditer(sent.text):
        start = sent.start + m.start()
        if doc.index("mentions").covering(start, start + 1):
            continue
        ante = title_company(doc, sent.index) or most_named(doc, start, set(), added)
        if ante is not None:
            out.append(Mention(start, start + len(m.group()), m.group(), "organization", ante.key, "coref", ante.canonical))
    return out


# 上海保集投资有限公司（受让方）/ A（以下简称“甲方”）: a party labelled with its role in the deal, then called by it
_ROLE_LABEL = re.compile(r"\s*[(（](?:以下简称|下称|简称)?[:：]?\s*[“\"「]?(?P<role>受让方|转让方|出让方|收购方|买方|卖方|甲方|乙方|丙方)"
                         r"[”\"」]?[)）]")
_ROLE_WORD = re.compile(r"受让方|转让方|出让方|收购方|买方|卖方|甲方|乙方|丙方")
# A为买方 / A作为受让方: the role given by a verb of being; 卖方B / 及卖方B: the role word right before the name
_ROLE_AS = re.compile(r"\s*(?:为|作为|系)(?:本次交易的|本次转让的|该协议的)?(?P<role>受让方|转让方|出让方|收购方|买方|卖方|甲方|乙方|丙方)"
                      r"(?![\u4e00-\u9fff]{0,2}(?:公司|集团))")
_ROLE_BEFORE = re.compile(r"(?:^|(?<=[，,；;。与和及、\s]))(?P<role>受让方|转让方|出让方|收购方|买方|卖方)[：:]?\s*$")


def _role_labels(doc: Doc) -> list[Mention]:
    """徐澄与北岭投资（受让方）签署了协议，徐澄打算把所持股份转给受让方: the role word after the label stands for
    the party labelled, as a short name would (not where a name follows it: 受让方金证1号, the role before a name).
    A label is the role in brackets after a name, after 为/作为 (A为买方), or the role word right before a name
    (及卖方B)."""
    labels: dict[str, tuple[int, Mention]] = {}
    for m in doc.mentions:
        if m.kind not in ("organization", "candidate", "person"):
            continue
        found = _ROLE_LABEL.match(doc.text, m.end) or _ROLE_AS.match(doc.text, m.end)
        if found is not None and found.group("role") not in labels:
            labels[found.group("role")] = (found.end(), m)
        before = _ROLE_BEFORE.search(doc.text, max(0, m.start - 5), m.start)
        if before is not None and before.group("role") not in labels:
            labels[before.group("role")] = (m.end, m)
    if not labels:
        return []
    out = []
    for word in _ROLE_WORD.finditer(doc.text):
        label = labels.get(word.group())
        if label is None or word.start() < label[0] or doc.index("mentions").covering(word.start(), word.start() + 1) \
                or doc.text[word.start() - 1:word.start()] in "(（“\"" or doc.mentions_in(word.end(), word.end() + 1):
            continue
        party = label[1]
        out.append(Mention(word.start(), word.end(), word.group(), party.kind, party.key, "coref", party.canonical))
    return out  # (joined to the document's mentions with the pronouns read after)


# a holder: its title before (股东A, 控股股东A) or its holding or trade after (A持有公司…, A减持)
_HOLDER_TITLE = re.compile(r"(?:股东|一致行动人)[“\"「]?\s*$")
_HOLDS_AFTER = re.compile(r"[”\"」]?\s*(?:[(（][^()（）]{0,40}[)）])?\s*(?:先生|女士)?[^，,。；;]{0,8}?(?:持有|持股|减持|增持|共持有|合计持有|"
                          r"(?:为|是|系)(?:公司|本公司|上市公司)?的?(?:控股股东|第一大股东|大股东))")  # A为公司控股股东，B为其一致行动人


def _holder_before(doc: Doc, sent: Sentence, pos: int) -> Mention | None:
    """远湖集团持有公司8.2%的股份，其一致行动人南屿投资…: 其 before 一致行动人 is the shareholder named last before it
    in this sentence or the one before (a company or a person), never the company whose shares they hold; None where
    no holder is named there."""
    floor = doc.sentences[sent.index - 1].start if sent.index > 0 else sent.start
    after = doc.mentions_in(pos + 6, pos + 8, ("organization", "candidate", "person"))  # 其一致行动人B: not B
    named = {m.key for m in after if m.start == pos + 6}
    for m in reversed(doc.mentions_in(floor, pos, ("organization", "candidate", "person"))):
        if m.source == "coref" or m.key in named or _CONCERT_BEFORE.search(doc.text, max(0, m.start - 8), m.start):
            continue  # (一致行动人B持有…: B acts with the holder, it is not the holder meant)
        if _HOLDER_TITLE.search(doc.text, max(0, m.start - 8), m.start) or _HOLDS_AFTER.match(doc.text, m.end):
            return m
    return None


_CONCERT_BEFORE = re.compile(r"一致行动人(?:之一)?[“\"「]?\s*$")


# A及其一致行动人计划减持…: the parties acting in concert with A, when none is named right after the word
_CONCERT_WORD = re.compile(r"其一致行动人(?<=及其一致行动人)")
# 其一致行动人为B、C / A的一致行动人B、C: the acting parties listed after the word; B、C与A为一致行动人 / A与B、C互为一致
# 行动人: listed before it
_CONCERT_LEAD = re.compile(r"一致行动人(?:分别)?(?:为|是|包括|系)?[:：]?\s*[“\"「]?$")
_CONCERT_TAIL = re.compile(r"[”\"」]?\s*(?:[(（][^()（）]{0,40}[)）])?\s*(?:均|互|同)?(?:为|系|是)(?:其|公司[^，,。；;]{0,6}?)?一致行动人")


def _concert_named(doc: Doc, found: re.Match[str]) -> list[Mention]:
    """远湖集团的一致行动人为南屿投资、北岭创投。远湖集团及其一致行动人计划减持…: 其一致行动人 stands for the acting
    parties named before (the list after 一致行动人为, or the one before 为一致行动人, without the holder itself); none
    where a name follows the word (及其一致行动人B: B is named) or none was listed."""
    if doc.mentions_in(found.end(), found.end() + 2) and doc.mentions_in(found.end(), found.end() + 2)[0].start == found.end():
        return []
    principal = [m for m in doc.mentions_in(max(0, found.start() - 40), found.start() - 1, _GROUP_KINDS)
                 if m.end == found.start() - 1]
    if not principal:
        return []
    key = principal[0].key
    sent = doc.sentence_at(found.start())
    if sent is None:
        return []
    start = max(0, found.start() - _GROUP_REACH, doc.sentences[max(0, sent.index - 3)].start)
    named = [m for m in doc.mentions_in(start, principal[0].start, _GROUP_KINDS) if m.source != "coref"]
    for group in _groups_back(doc.text, named):
        if _CONCERT_LEAD.search(doc.text, max(0, group[0].start - 14), group[0].start) \
                or _CONCERT_TAIL.match(doc.text, group[-1].end):
            members = [m for m in group if m.key != key]
            if members:
                return members
    return []


def _defined_issuer(doc: Doc) -> Mention | None:
    """The company named right before the document's first （下称“公司”） (once per document: rules ask often)."""
    defined = _DEFINED_ISSUER.search(doc.text)
    if defined is None:
        return None
    named = [m for m in org_mentions(doc, max(0, defined.start() - 40), defined.start()) if m.end == defined.start()]
    if named:
        return named[-1]
    # A股份公司（以下简称“公司”、“A'”）where the full name was not found: the short name defined with 公司
    close = min((i for i in (doc.text.find(")", defined.end()), doc.text.find("）", defined.end())) if i >= 0),
                default=-1)
    inside = org_mentions(doc, defined.end(), close) if 0 <= close - defined.end() <= 24 else []
    return inside[0] if len({m.key for m in inside}) == 1 else None

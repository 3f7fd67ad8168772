"""Who a sentence is about: the organisation standing first at a clause start (its topic)."""

from __future__ import annotations

import re
from bisect import bisect_left

from dealgraph.extract.document import Doc, Mention, Sentence
from dealgraph.extract.grammar import quick

ORG_KINDS = ("organization", "candidate")
CLAUSE_MARKS = "，,；;：:。！？!?\n"
# a comma between digits that groups thousands (51,691,257股) cuts no clause
_MARK = f"(?:(?<![0-9]),|,(?![0-9]{{3}}(?![0-9]))|[{CLAUSE_MARKS.replace(',', '')}])"
_CLAUSE_MARK = quick(_MARK)
_UP_TO_LAST_MARK = re.compile(f".*{_MARK}", re.S)
_ASIDE_OPEN = re.compile(r"[(（][^()（）。；;]*$")
_ASIDE_CLOSE = re.compile(r"[^()（）。；;]*[)）]")
_LEAD = re.compile(r"^(?:[\s，,；;：:“”\"（(]|在|于|自|从|据|而|但|并|且|也|又|则|如今|目前|此后|随后|同时|此外|另外|其中|"
                   r"今年|去年|近期|近日|日前|此前|事实上|不过|尽管|虽然|然而|因此|所以|[0-9]+年|[0-9]+月|[0-9]+日|"
                   r"[Qq][1-4]|上半年|下半年|第[一二三四]季度|[一二三四]季度|年初|年底|起|以来|、|[0-9]|"
                   r"[0-9]{1,2}[.．](?![0-9])|"  # 1.A公司…: a paragraph's number (not a decimal: 2.5亿)
                   r"[\u4e00-\u9fffA-Za-z]{0,6}(?:公司|企业|独角兽|平台|厂商|机构|车企)|"
                   r"[A-Za-z\u4e00-\u9fff]{1,6} [A-Za-z\u4e00-\u9fff]{1,8}(?:公司|企业|独角兽|厂商))*$")  # 美国Arm CPU初创公司“X”
# 据星海日报报道, 据云帆数据统计: a name followed by what it reports is the source, not the sentence's topic
# (据北辰科技公告, the company announcing, is).
_SOURCE = re.compile(r"[^，,；;。]{0,8}?(?:报道|消息|统计|数据|调查|研报|援引)")
# 星海财经初步统计，…: a name opening the sentence with its own count or report is the source, not the topic
# 澄川传媒获悉，B完成… / 澄川财经从多方获悉 / 记者了解到: the name before 获悉 reports the news, it is no party to it
REPORTER_AFTER = re.compile(r"(?:独家|也|亦|近日|日前|今日|昨日|从[^，,。；;获]{1,10})?(?:获悉|了解到|获知)")
# 澄川证券· 2025-08-26 07:38 / 星海日报 | 2025年8月26日: a name on a line of its own with a dot or a bar, then a date
# (and a time) to the line's end: the outlet or the broker publishing the text (a byline), never what it is about
BYLINE_AFTER = re.compile(r"[ \t]*[·•|｜][ \t]*(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?[ \t]*(?:\n|$)")
_OWN_COUNT = re.compile(r"(?:初步|不完全|粗略|最新)(?:统计|梳理)|(?:据)?(?:统计|梳理)(?:发现|显示)")
_PREDICATE = re.compile(r"[，,；;。]|在|于|已|仍|至今|正|将|也|是|获|完成|宣布|表示|称|公告|发布|披露|公布")
_AGENT_MARK = re.compile(r"(由|与|和|向|对|被|及|从|比|据|把|将)$")
# 保荐机构为A。/ 辅导机构是A。: a name after an advisor's role completes the predicate; the sentence is about the
# company advised, not about A (案例是A。 does make A the topic).
_ADVISOR = re.compile(r"(?:机构|保荐人|承销商|顾问|律师事务所|会计师事务所|律所)(?:为|是)$")
GENERIC_SUBJECT = quick(r"(一些|部分|多家|这些|那些|其他|许多|不少|众多|一批|大批|一大批|一大波|大量|一众|某些|各家|少数|一家|某家|某)"  # 某互联网大厂
                             r"[\u4e00-\u9fffA-Za-z]{0,6}(公司|企业|机构|厂商|玩家|大厂|巨头|企|网友)|有的|被投(公司|企业)|"
                             r"动辄|单笔|每笔|平均每|"
                             r"(?:等地|地方|各地|多地|多家)国资(?:平台|机构|基金)?")  # 珠海、成都等地国资随后也相继入股


def org_mentions(doc: Doc, start: int, end: int) -> list[Mention]:
    return doc.mentions_in(start, end, ORG_KINDS)


def clause_start(text: str, pos: int, floor: int) -> int:
    """Start of the clause holding absolute position pos, not before floor (the sentence start)."""
    if pos <= floor:
        return pos
    found = _UP_TO_LAST_MARK.match(text, floor, pos)
    while found and _in_aside(text, found.end() - 1):
        found = _UP_TO_LAST_MARK.match(text, floor, found.end() - 1)
    return found.end() if found else floor


def clause_end(text: str, pos: int, ceiling: int) -> int:
    if pos >= ceiling:
        return pos
    found = _CLAUSE_MARK.search(text, pos, ceiling)
    while found and _in_aside(text, found.start()):
        found = _CLAUSE_MARK.search(text, found.end(), ceiling)
    return found.start() if found else ceiling


def _in_aside(text: str, i: int) -> bool:
    """A comma inside a short bracketed aside, A(行情600000,诊股), does not end the clause; nor does one that
    groups the digits of a number (以42,498万元受让…)."""
    if text[i] == "," and 0 < i and text[i - 1].isdigit() and _THOUSANDS.match(text, i + 1):
        return True
    if text[i] in ":：":  # …采购项目(项目编号:QH2406106)”的成交供应商: a label inside a short bracket
        return bool(_ASIDE_OPEN.search(text, max(0, i - 8), i)) and bool(_ASIDE_CLOSE.match(text, i + 1, i + 25))
    return text[i] in ",，" and bool(_ASIDE_OPEN.search(text, max(0, i - 16), i)) \
        and bool(_ASIDE_CLOSE.match(text, i + 1, i + 17))


_THOUSANDS = re.compile(r"\d{3}(?!\d)")


class Clauses:
    """The clause marks of one sentence, found once, so that clause_start and clause_end of a position are a bisect
    instead of a scan of the text. Lives as long as its sentence is read (frames.Ctx). A position with a comma in
    the four characters before it (or before the sentence end, for clause_end) is looked up the old way: whether such
    a comma groups digits (1,234) depends on what the regex sees past it, and a scan stopping there sees less."""

    def __init__(self, text: str, floor: int, ceiling: int) -> None:
        self.text, self.floor, self.ceiling = text, floor, ceiling
        self.marks = [m.start() for m in _CLAUSE_MARK.finditer(text, floor, ceiling) if not _in_aside(text, m.start())]
        self.comma_at_end = "," in text[max(floor, ceiling - 4):ceiling]

    def start(self, pos: int) -> int:
        """clause_start(text, pos, floor)."""
        if not self.floor < pos <= self.ceiling or "," in self.text[max(self.floor, pos - 4):pos]:
            return clause_start(self.text, pos, self.floor)
        i = bisect_left(self.marks, pos)
        return self.marks[i - 1] + 1 if i else self.floor

    def end(self, pos: int) -> int:
        """clause_end(text, pos, ceiling)."""
        if not self.floor <= pos < self.ceiling or self.comma_at_end:
            return clause_end(self.text, pos, self.ceiling)
        i = bisect_left(self.marks, pos)
        return self.marks[i] if i < len(self.marks) else self.ceiling


_FOR_EXAMPLE = re.compile(r"[\s“”]*(?:比如|例如|譬如)?[，,]?\s*(?:以|拿)")
_FOR_EXAMPLE_END = re.compile(r"[^，,。；;]{0,3}?为例|来说")


def for_example(text: str, sent_start: int, m: Mention) -> bool:
    """Whether the sentence opens by taking m as its example (以A为例, 拿A来说, 比如以A为例)."""
    opening = _FOR_EXAMPLE.match(text, sent_start)
    return opening is not None and m.start == opening.end() and _FOR_EXAMPLE_END.match(text, m.end) is not None


def sentence_topic(doc: Doc, sent: Sentence, strict: bool = False, marks: Clauses | None = None) -> Mention | None:
    """The first organisation that opens a clause of the sentence, after time words and connectives.

    Unless strict, else the last organisation standing right before its predicate. (marks: the sentence's clause
    marks, where the caller has them.)
    """
    mentions = org_mentions(doc, sent.start, sent.end)
    if mentions and for_example(doc.text, sent.start, mentions[0]):
        return mentions[0]  # 以A为例，该公司…: the sentence is about A
    if marks is None:
        marks = Clauses(doc.text, sent.start, sent.end)
    for i, m in enumerate(mentions):
        start = marks.start(m.start)
        if _LEAD.match(doc.text[start:m.start]) and not (doc.text.endswith("据", start, m.start)
                                                          and _SOURCE.match(doc.text, m.end)) \
                and not _OWN_COUNT.match(doc.text, m.end) and not REPORTER_AFTER.match(doc.text, m.end) \
                and not BYLINE_AFTER.match(doc.text, m.end) \
                and not _source_before_subject(doc, m, mentions[i + 1:], start):
            nxt = mentions[i + 1] if i + 1 < len(mentions) else None
            if nxt is not None and _UNIT_OF.fullmatch(doc.text, m.end, nxt.start):
                return nxt  # A旗下的产业基金B近日再度出手: B, the unit, is what the sentence is about
            return m
    if strict:
        return None
    for m in reversed(mentions):  # else the last one that stands before its predicate
        if _PREDICATE.match(doc.text, m.end) and not REPORTER_AFTER.match(doc.text, m.end) \
                and not BYLINE_AFTER.match(doc.text, m.end) \
                and not _AGENT_MARK.search(doc.text[max(0, m.start - 1):m.start]) \
                and not _ADVISOR.search(doc.text, max(0, m.start - 8), m.start) \
                and not _BESIDES.match(doc.text, marks.start(m.start)):
            return m  # (除了A、B，也投资了C: A and B are what the subject holds besides, no subject)
    return None


# 据A发布，B宣布完成… / 据A公告：B…: a clause that only says where the news comes from, the next opening with a name
_SOURCE_CLAUSE = re.compile(r"\s*(?:官方|官微|微信公众号|公众号|官网)?(?:发布|公告|披露|公布|消息)(?:称|显示)?\s*[，,:：]")


def _source_before_subject(doc: Doc, m: Mention, later: list[Mention], start: int) -> bool:
    """据明势创投发布，青禾科技宣布完成…融资: m names the source of the news in a clause of its own, and the next
    clause opens with a name of its own, its subject; the sentence is about that one."""
    said = _SOURCE_CLAUSE.match(doc.text, m.end)
    if not doc.text.endswith("据", start, m.start) or said is None or not later:
        return False
    return later[0].start == said.end() or _LEAD.fullmatch(doc.text, said.end(), later[0].start) is not None


_BESIDES = re.compile(r"[\s“”]*(?:除了|除去|除)")
# between an owner and its unit, named as one phrase: 旗下的产业基金, 下属的全资子公司
_UNIT_OF = re.compile(r"(?:旗下|下属)的?[^，,。；;、和与及]{0,8}?")

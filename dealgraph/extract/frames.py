"""Facts from Chinese sentences: a trigger opens a frame; its voice says where each role stands."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from itertools import chain

import ahocorasick_rs

from dealgraph.extract import (deal_objects, digest_lists, focus, founders, fund_stakes, holders, partnerships,
                               round_investors, share_sales, tender_lists, voices, wordlist)
from dealgraph.extract.document import Doc, FactRecord, Mention, Sentence, Span, Value
from dealgraph.extract.grammar import NOT_A_VERB, grammar
from dealgraph.extract.topics import GENERIC_SUBJECT, REPORTER_AFTER, Clauses, sentence_topic

_HAN = re.compile(r"[\u4e00-\u9fff]")
# A(下称“B”)、C(下称D)增持: the short name in brackets right after a name is that name, not one more party.
_ALIAS_OPEN = re.compile(r"\s*[(（](?:以下简称|下称|简称|以下称|下文简称)[:：]?\s*[“\"「]?")
NOT_NAMES = frozenset({"上市", "中心", "上游", "下游", "中游", "人士", "方面"})  # name-tagged words that are not names here
# A(600000)、B / A及一致行动人B / A及其全资子公司B: a list of parties (a relation word after 及 still lists the next one)
_CONNECTOR = re.compile(r"^(?:、|和|与|及|以及|及其|同|跟|或|“|”|\s|[(（][^()（）]{0,20}[)）]|"
                        r"(?<=[、和与及])(?:老股东|原股东|现有股东|早期股东)|"  # 腾讯、红杉中国和老股东高瓴创投跟投"
                        r"(?<=[、和与及])[\u4e00-\u9fff]{1,4}背景的|"  # A和国资背景的B: B described by its backing
                        # 收购了A、动漫玩具供应商B: a member described by its line and kind of firm
                        r"(?<=[、和与及])[\u4e00-\u9fffA-Za-z]{1,8}?(?:公司|企业|供应商|服务商|制造商|运营商|开发商|提供商|厂商|"
                        r"经销商|零售商|集成商)|"
                        r"(?<=及)(?:一致行动人|关联方|关联公司|全资子公司|控股子公司|全资孙公司|子公司|孙公司|附属公司)|"
                        # 韩旭与联合创始人李岩一同创办了B: a person joined by a title
                        r"(?<=[与和及])(?:联合创始人|创始人|合伙人|首席执行官|首席技术官|CEO|CTO|董事长|总裁|总经理)|"
                        # 他与自己的学生李超一同创办了B: a person joined by how they stand to the one before
                        r"(?<=[与和及])(?:自己的|其)?(?:学生|同学|同事|搭档|导师|妻子|丈夫|校友|老同事|老同学|好友)|"
                        r"(?<=及其)(?:一致行动人|关联方|关联公司|全资子公司|控股子公司|全资孙公司|子公司|孙公司|附属公司))*$")
# a verb right after a name, which then makes its own deal in a list of deals (A收购B、C整合D、E通过重组…)
# (not a deal verb of the frame's own: 获A、B增资 / 被A、B收购 list the agents before their verb)
_ACTS_AFTER = re.compile(r"(?:整合|打造|吸收合并|换股吸收|借壳|通过重组|重组整合)")
# 在收购X后 / 收购X之后 (the clause opening with its verb): a time clause, whose subject opens the next one.
_TIME_CLAUSE = re.compile(r"(?:在|于|自|随着)[^，,；;。]*(?:后|之后|以后|完成时|之际|之时|时|前|之前|以前)|"
                          r"[\s“”]*(?:收购|并购|增持|入股|投资)[^，,；;。]*(?:之后|以后|后)")
# 就收购X一事， / 对于此次收购X， / 本次收购X的股权， : a deal clause put before its subject, which opens the next clause;
# so is the means (通过收购X，A进入…) and what is counted in (算上收购X的交易，A…, 除了收购X，A还…).
_FRONTED = re.compile(r"[\s“”\"]*(?:(?:就|对于|关于|针对|通过|借助|借由|算上|加上|除了)(?:本次|此次|这次|该次|此番)?|本次|此次|这次|该次|此番)"
                      r"(?:拟|计划|筹划|成功|完成)?")
_OWN_SUBJECT = re.compile(r"[\s“”]*(?:在|于|自|随着)(?:本|该|上市)?公司")  # 自公司收购X后，B…: the clause's own subject
_OPINION = re.compile(r"[^，,；;。]{0,6}?(?:分析师|研究员|分析|认为|指出|点评|研报)")  # 此次收购X，A分析师认为: A judges
# 股东A…, 今年9月份A…, 2016年起A…, (如果…，)则A…: what may open a clause before its subject (a descriptor, time
# words, or the 则 that answers a condition).
_CLAUSE_SUBJECT_LEAD = re.compile(r"[^，,；;。“”]{0,12}?(?:股东|子公司|附属公司|孙公司)[\s“”\"]*|[\s“”]*(?:比如|例如|譬如|则|那么)?(?:(?:[\d一二三四五六七八九十]+"
                                  r"(?:年|月份?|日|季度)|今年|去年|前年|近日|日前|此前|随后|上半年|下半年|年初|年底|年末|"
                                  r"(?:上市|成立|创立|创办|设立)之初)"
                                  r"(?:初|底|末|中旬|以来|起)?\s*)*")
# 以钻采设备制造为主业的A, / 作为行业龙头的A,: a description (以…为…, 作为…) ending in 的 with no deal verb, then the
# name closing the clause: the clause is a noun phrase, the subject of the next one.
_DESCRIBED_HEAD = re.compile(r"[\s“”]*(?:以|作为|身为|同为|号称|被称为|被誉为|专注于?|主营)"
                             r"(?![^，,；;。]*?(?:收购|购买|出售|转让|增持|减持|投资|入股|持有|旗下|控股))[^，,；;。]{1,30}的")
_CLAUSE_END = re.compile(r"\s*[(（][^()（）]{0,20}[)）]\s*[，,]?|\s*[，,]?")
# 此外，同样，与此同时，2019年: words that open a sentence before the clause naming its subject
_LEAD_WORDS = re.compile(r"[\s“”]*(?:此外|另外|同样|同时|与此同时|其中|而|但|[\d一二三四五六七八九十]+(?:年|月|日)[^，,；;。]{0,8})[，,]")
# X(证券简称:Y,证券代码:603887)2月1日发布公告称: a longer bracket of the name's codes before the announcing
_ANNOUNCES_AFTER_CODES = re.compile(r"\s*[(（](?:证券简称|股票简称|简称|证券代码|股票代码)[^()（）]{0,40}[)）]"
                                    r"[^，,；;。“”]{0,12}?(?:发布公告|公告|公布|宣布|披露|发布)")
_SAYS = re.compile(r"[^，,；;。]{0,4}?(?:表示|称|说|介绍|透露|坦言|指出|认为)")
_CAREER = re.compile(r"(?:曾|现|目前|此前|先后)?(?:任|担任|出任|兼任|就职于|任职于)")  # 王悦曾任A董事长
_AFTER_STEP = re.compile(r"(?:后|之后|以后)[\s，,]*$")  # a clause of a step in a career or a deal, closed by 后
_SUBJECT_KINDS = ("organization", "candidate", "person")  # 在收购X之后，张三…: a person may open the main clause
_MEANS_LEAD = re.compile(r"(?:通过|透过|经由|借助)")
_SPEAKER_GAP = re.compile(r"\s*(?:[(（][^()（）]{0,12}[)）])?\s*(?:[^，,；;。]{0,8}?(?:公告|宣布|表示|称))?")
_ANNOUNCES = re.compile(r"\s*(?:[(（][^()（）]{0,14}[)）])?[^，,；;。“”]{0,12}?(?:发布公告|公告|公布|宣布|披露|发布)")
# 公司部分董事及高管拟增持公司股份: the clause has its own subject, unnamed insiders, not the company.
_INSIDERS = re.compile(r"(?:董事|监事|高级管理人员|高管|董监高|管理层|核心员工|员工|实际控制人|一致行动人)"
                       r"(?![^，,；;。]*?(?:大会|会议|会))")
# 收购前海X持有的B; 收购前股东王岚、青松投资等5位股东所持有的B: the sellers, listed, before what they hold
_HOLDER_AFTER = re.compile(r"(?:[\u4e00-\u9fffA-Za-z]{2,12}、){0,8}[\u4e00-\u9fffA-Za-z]{3,12}?"
                           r"(?:等[0-9一二三四五六七八九十]{1,3}[位名家个](?:股东|自然人|机构|投资者)?)?"
                           r"(?:所持有的|持有的|所持的|所持)")
# 要约收购公司股份 / 收购上市公司部分股份: the verb and the shares of the company written about, not 收购公司 (a noun)
_ISSUER_SHARES = re.compile(r"(?:本公司|该公司|上市公司|公司)(?:部分|全部|剩余)?的?(?:A股|H股)?(?:股份|股票|股权)")
# 收购上市公司锋远股份: the verb, then a description of the company bought before its name (not 收购上的难题)
_LISTED_CO = re.compile(r"上市公司")
_DUI_BEFORE = re.compile(r"对[^，,；;。对]{2,40}$")  # A对B的收购完成交割: the deal as a noun, its target after 对
_NOUN_DONE = re.compile(r"(?:完成|交割|工作)")  # (not 的收购方案, 的收购价格: a plan or a price, stated elsewhere)
_PARTY_MARK = re.compile(r"[与和同跟向对从给]$")  # 与多家公司一起: a partner, not the subject
# 星衡科技是一家芯片公司，公司…: a kind after a copula describes the clause's subject, it is no subject of its own
_COPULA_BEFORE = re.compile(r"(?:是|为|系|成为|作为)(?:国内|国际|全球|中国|我国|业内|行业内|当地|目前|亚洲|世界)?$")
_DEAL_DAY = re.compile(r"日(?:至|起|前|以前|之前|后|以后|之后|当天|的|为|是|即|，|,)")
_AFTER_DEAL = re.compile(r"(?:后|之后|以后|前|之前)")
# 在获得澄川资本10亿元投资后，青禾科技…: the investment got, in a clause of time whose subject opens the next one
_GOT_BEFORE = re.compile(r"(?<![未尚没])获得?了?[^，,；;。获]{0,24}$")
_AFTER_DEAL_DE = re.compile(r"(?:后|之后|以后|前|之前)的")  # 获得投资后的估值: a noun phrase, no deal told
_TIME_OPEN = re.compile(r"[\s“]*(?:自从|自|在|随着)")
_TIME_CLOSE = re.compile(r"(?:后|之后|以后)$")
_LIST_LINK = re.compile(r"\s*(?:、|以及|及)\s*")
_TOGETHER = re.compile(r"[^，,；;。]{0,4}?(?:共同|联合|一起|携手|组成|联手)")
# a clause opening with what says its act is joint (并共同 / 将一起 / 共同出资), its verb right after
_JOINTLY = re.compile(r"\s*(?:并|将|拟|已|还|再|则)?(?:共同|一起|一同|联合)(?:出资|斥资)?")
_EACH_AFTER = re.compile(r"\s*(?:分别|各自|各)")
_INVESTOR_NOUN = re.compile(r"(?:巨头|大鳄|大佬|大亨|新贵|老将|高手|达人|天团|教父|大师)")
# 投资媒体《B》报导, 投资银行高盛, 投资顾问: press, banks and advisers of investing, nouns (no deal, B invested in nothing)
_INVESTING_PRESS = re.compile(r"(?:媒体|网站|刊物|杂志|周刊|月刊|资讯网|新闻网|银行|顾问|分析师|专家)(?![业类公企集平项行])")
# a sale verb before 持有 (出售了其所持有的B股份): the shares held are sold
_SOLD_HOLDING = re.compile(r"(?:清仓|出售|转让|出让|抛售|卖出|卖掉|减持)了?(?:其)?(?:合计|共同|直接|间接)?所?$")
_HOLDING_NOUN = re.compile(r"(?:比例|平台|市值|数量|[^，,。；;、]{0,8}?股东)")  # 持股比例, 持股5%以上股东: not a verb
# 融资 as the first part of a noun of debt (融资担保 a guarantee, 融资本金/本息/利息 what a borrower owes, 融资盘
# the margin-bought shares, 融资成本 a cost) or the tail of 金融 (金融资产, 金融资本): no round is raised.
_DEBT_NOUN_AFTER = re.compile(r"(?:担保|本金|本息|利息|盘|偿还|成本|租赁)")
# 并购贷款, 收购借款: a loan for deals, a noun (签订《并购贷款合同》; the deal it pays for has its own verb: 用于收购B).
_LOAN_AFTER = re.compile(r"(?:贷款|借款)")
_DEAL_NOUNS = ("收购", "并购", "投资", "增资", "增持", "入股", "参股", "注资", "融资", "认购")
# 用于收购B, 主要用来增资B: a clause that says what money is for
_PURPOSE = re.compile(r"[\s，,]*(?:主要|全部|将|拟|均)?(?:用于|用来|用以)(?:支付|向)?[^，,；;。]{0,6}?")
# …提供10亿元并购资金 / 提供总金额为3亿元的贷款: money given to the party named before it
_FUNDS_GIVEN = re.compile(r"[^，,；;。]{0,6}?提供(?:[^，,；;。]|(?<=\d),(?=\d{3}))"
                          r"{0,24}?(?:贷款|借款|资金|融资|授信|财务资助)")
_NUMBER_COMMA = re.compile(r"\d,\d{3}")
_FUNDED = re.compile(r"(?:为|向)[^，,；;。为向]{2,20}?(?=[^，,；;。]{0,6}?提供)")
_IS_AFTER = re.compile(r"(?:是|属于|带有|具有|表现为|体现了|体现出|显示出|源于|来自)")
_NOT_EVENT = re.compile(r"(?:前|后|之前|之后|公司|企业|以来|之初|首日|多年|已久|的|条件|标准|[A-Za-z]{1,6}(?:公司|企业))")  # 已上市AI企业
# 投资了80亿元收购了B / 拟增资收购B 60%股权 / 注资约5亿欧元收购B: the money goes into the deal the next verb names;
# that verb reads the deal, once. So too where 投资 ends the buyer's name (云杉投资300万元受让B, 向A及青石投资
# 购买B). (只是投资收购的资金 names no company after the verb and states no deal either way.)
_SPENT_ON = re.compile(r"(?:用于|来|去|以)?(?:收购|购买|增持|认购|受让|买入|买下|并购|购得|购入)")
_INVESTS = ("投资", "注资", "增资", "入股", "参股")
_SHARES_AFTER_DEAL = re.compile(r"(?:完成)?后(?:的)?(?:约)?(?:\d+(?:\.\d+)?%的?)?(?:股权|股份)")  # 增资后30%的股权
# 获得B 29%的股权 / 获得B增资后21%的股份 / 获得其22.5%的股权 / 获得B全部股权: a share of a company obtained, written right
# after 获得 (a name and at most a few words, then the share); not a price (获得B股份对价的50%) nor a permit.
# 获得B的控制权 / 以约40亿美元获得B控股权: control of B obtained, closing the clause (not 获得对其控制权变更的批准)
_STAKE_GOT = re.compile(r"了?[^，,；;。%]{1,24}?(?:(?:\d+(?:\.\d+)?%|全部|控股|多数)的?(?:股权|股份|权益)|"
                        r"的?(?:实际控制权|控制权|控股权)(?=\s*(?:后|之后)?\s*(?:[，,；;。]|$)))")
# 青石投资所持B / 云杉投资就收购B / 澄江投资近期也减持了B / 简称“远岫投资”: 投资 ends an investment company's name
# (what follows is what a holder, a subject or a quoted short name is followed by), it is no verb.
_NAME_TAIL = re.compile(r"(?:所持有|所持|持有的|就|近期|日前|此前|也|亦|[”\"」』]|集合资金|集合计划|及其一致行动人)")
CONFIDENCE = {"active": 0.85, "acquire": 0.85, "sell": 0.8, "invest_to": 0.85, "nominal": 0.8, "passive": 0.85, "by": 0.85, "attributive": 0.8, "title": 0.85, "merge": 0.75,
              "attributive_deal": 0.8, "tender": 0.85, "offer": 0.8, "tender_report": 0.8, "named_target": 0.75,
              "purchase_from": 0.8, "order": 0.75, "shareholder": 0.8, "owner_list": 0.8, "customers": 0.75,
              "symmetric": 0.8, "subject": 0.75}


def _inside_brackets(text: str, start: int, pos: int) -> bool:
    """Whether pos stands inside a bracket opened after start and not yet closed."""
    span = text[start:pos]
    return span.count("(") + span.count("（") > span.count(")") + span.count("）")


# X管理的Y / X所管理的基金Y / Y（由X管理）: X manages the fund Y, the party of Y's deal (Ctx._manager_only)
_MANAGES_NEXT = re.compile(r"(?:(?:所|共同|受托|实际)?管理|(?:担任|作为)(?:基金)?(?:管理人|普通合伙人|执行事务合伙人))的"
                           r"(?:私募|股权投资|产业|创投)?(?:基金|子基金|产品)?")
_MANAGER_ASIDE_OPEN = re.compile(r"[(（]由\Z")
_MANAGER_ASIDE_CLOSE = re.compile(r"(?:担任基金管理人|作为基金管理人|(?:所|共同|受托)?管理)[)）]")


@dataclass
class Ctx:
    """One sentence being read, with what the sentences before it left behind."""

    doc: Doc
    sent: Sentence
    topic: Mention | None
    prev_topic: Mention | None
    facts: list[FactRecord] = field(default_factory=list)
    _clauses: dict[int, tuple[int, int]] = field(default_factory=dict, repr=False, compare=False)
    _marks: Clauses | None = field(default=None, repr=False, compare=False)
    # The parties found between two positions, by (start, end, kinds): the rules of one sentence ask for the same
    # stretch many times. Lives as long as this Ctx (one sentence); the mentions do not change while frames read.
    _found: dict[tuple[int, int, tuple[str, ...]], list[Mention]] = field(default_factory=dict, repr=False,
                                                                          compare=False)
    text: str = field(init=False, repr=False, compare=False)  # doc.text, read some 400k times per 3000 sentences
    # where in doc.facts the facts of the sentence before this one begin (frames appends them sentence by sentence);
    # 0 when not known: every fact then
    recent_from: int = field(default=0, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.text = self.doc.text

    def facts_back(self) -> Iterator[FactRecord]:
        """The facts read so far, the last first: this sentence's, then the document's before it (what
        reversed(doc.facts + facts) gives, without copying the document's facts for each question)."""
        return chain(reversed(self.facts), reversed(self.doc.facts))

    def recent_back(self) -> Iterator[FactRecord]:
        """facts_back() from the sentence before this one on, the last first (with facts_back's order). Callers still
        test that a fact's evidence starts in that sentence or later: this only spares a long document's older facts."""
        facts = self.doc.facts
        return chain(reversed(self.facts), (facts[i] for i in range(len(facts) - 1, self.recent_from - 1, -1)))

    def clause(self, pos: int) -> tuple[int, int]:
        """The clause holding pos (read once per position: the rules ask for the same clauses many times)."""
        found = self._clauses.get(pos)
        if found is None:
            found = self._clauses[pos] = (self.marks.start(pos), self.marks.end(pos))
        return found

    @property
    def marks(self) -> Clauses:
        """The sentence's clause marks (found on first use, kept with this Ctx): clause_start(text, pos, sentence start)
        is marks.start(pos), clause_end(text, pos, sentence end) is marks.end(pos)."""
        if self._marks is None:
            self._marks = Clauses(self.text, self.sent.start, self.sent.end)
        return self._marks

    def mentions(self, start: int, end: int, kinds: tuple[str, ...] = ("organization", "candidate")) -> list[Mention]:
        """The mentions between start and end, but a news source before 获悉 (澄川传媒获悉，B完成…), no party."""
        key = (start, end, kinds)
        found = self._found.get(key) if type(kinds) is tuple else None
        if found is None:
            found = [m for m in self.doc.mentions_in(start, end, kinds) if not REPORTER_AFTER.match(self.text, m.end)]
            if "管理" in self.text[start:end] or "合伙人" in self.text[start:end]:
                found = [m for m in found if not self._manager_only(m)]
            if type(kinds) is tuple:
                self._found[key] = found
        return found.copy()  # a list of the caller's own: some rules edit what they get

    def _manager_only(self, m: Mention) -> bool:
        """由青禾资本管理的岚山基金领投 / 岚山基金（由青禾资本管理）领投: the manager only describes the fund named
        beside it, which is the party (invests, buys, holds); the manager is no party of the fund's deal."""
        after = _MANAGES_NEXT.match(self.text, m.end)
        if after is not None:
            return any(o.start == after.end() for o in self.doc.mentions_in(after.end(), after.end() + 40, ("organization", "candidate")))
        return bool(_MANAGER_ASIDE_OPEN.search(self.text, max(0, m.start - 2), m.start)) \
            and _MANAGER_ASIDE_CLOSE.match(self.text, m.end) is not None

    def _past_manager(self, start: int, first: int, max_gap: int) -> int:
        """Where the stretch from start goes on past a fund's manager named before it (包括青禾资本管理的岚山基金: the
        fund is the first party after 包括); start where no manager stands within max_gap of it."""
        for m in self.doc.mentions_in(start, first, ("organization", "candidate")):
            after = _MANAGES_NEXT.match(self.text, m.end)
            if m.start - start <= max_gap and after is not None and after.end() == first:
                return first
        return start

    def group_left(self, start: int, end: int, kinds: tuple[str, ...] = ("organization", "candidate")) -> list[Mention]:
        """The mention nearest before `end` and the ones coordinated with it (阿里、腾讯、吉利)."""
        found = self.mentions(start, end, kinds)
        if not found:
            return []
        group = [found[-1]]
        edge = found[-1].start
        for m in reversed(found[:-1]):
            if _ALIAS_OPEN.fullmatch(self.text, m.end, edge):  # A(下称B): B is A; the list goes on before A
                edge = m.start
                continue
            if voices.group_before_unit(m, edge):  # 青禾集团北辰科技: the group owns the party named after it
                edge = m.start
                continue
            gap = self.text[m.end:edge]
            if not _CONNECTOR.match(gap.lstrip("”\"」)）") if edge < group[0].start else gap):
                break
            group.insert(0, m)
            edge = m.start
        return group

    def group_right(self, start: int, end: int, kinds: tuple[str, ...] = ("organization", "candidate"),
                    max_gap: int | None = None) -> list[Mention]:
        found = self.mentions(start, end, kinds)
        if found and max_gap is not None and found[0].start - start > max_gap:
            start = self._past_manager(start, found[0].start, max_gap)  # 包括青禾资本管理的岚山基金、…
        if not found or (max_gap is not None and found[0].start - start > max_gap):
            return []
        group = [found[0]]
        for m in found[1:]:
            if not _CONNECTOR.match(self.text[group[-1].end:m.start]):
                break
            if _ACTS_AFTER.match(self.text, m.end) and self.text[group[-1].end:m.start].strip() == "、":
                break  # 完成了A收购B、C整合D等交易: C opens a deal of its own, no member of B's list
            if voices.group_before_unit(group[-1], m.start):
                group[-1] = m  # 收购青禾集团北辰科技60%股权: the group's unit named right after it is the party
                continue
            group.append(m)
        return group

    def carried_subject(self, t_start: int) -> list[Mention]:
        """Subject of a clause that names none: the sentence's agent or topic, else the last sentence's."""
        cs, ce = self.clause(t_start)
        if self._generic_subject(t_start) or _INSIDERS.search(self.text, cs, t_start):
            return []
        if self._comment_before(cs):
            return []  # 北辰研究院首席分析师张明分析称，收购A…: the analyst comments, the buyer is not said here
        funded = self._funded_party(cs, t_start)
        if funded is not None:
            return funded  # 北辰银行为云帆集团提供10亿元贷款，用于收购B: 云帆集团 buys with the loan (none if unnamed)
        end = self._time_clause_end(cs, ce, t_start)
        if end is not None and not _OWN_SUBJECT.match(self.text, cs):  # 在收购X后，A… / 自收购X，进入Y领域后，A… / 就收购X一事，A…: A, opening the next clause
            after = self.mentions(end, self.marks.end(end + 1), _SUBJECT_KINDS)  # or a person
            if after and _CLAUSE_SUBJECT_LEAD.fullmatch(self.text, end + 1, after[0].start) \
                    and not _OPINION.match(self.text, after[0].end) \
                    and not (after[0].kind == "person" and _SAYS.match(self.text, after[0].end)):  # 张三表示: a speaker
                return after[:1]
        speaker = self.headline_speaker(cs)
        if speaker is not None:
            return [speaker]
        joint = self._joint_subjects(cs, t_start)
        if joint:
            return joint
        if _COMPANY_WORD.match(self.text, cs) and 0 < self.sent.index <= 3 and not self.announcer(t_start) \
                and not self.mentions(self.sent.start, cs):  # (the body's opening, with no company named before)
            from dealgraph.extract.coref import title_company
            titled = title_company(self.doc, self.sent.index)
            if titled is not None:  # 澄川股份关于收购B股权的公告 / 公司拟以2亿元收购B…: 公司 is the announcing company
                return [titled]
        last = self.last_clause_subject(cs)
        sellers = {m.key for f in self.facts for m in f.roles.get("seller", ())}
        company_word = _COMPANY_WORD.match(self.text, cs) is not None  # the clause names its subject 公司
        for fact in reversed(self.facts):
            if fact.rule.startswith("focus:kind_then_name:"):
                continue  # 入股了工业软件公司B，目前持有其15%: B described in passing, no subject of a clause (B主要从事…,
                # a focus told by its own verb, is one)
            agent = next(iter(fact.roles.values()))
            if company_word and agent and all(m.kind in ("person", "candidate") for m in agent):
                continue  # 王某曾持有B 20%股权，公司收购王某持有的股权: 公司 acts, not the person before it
            if ":passive:" in fact.rule and len(fact.roles) > 1:  # A获B投资，随后又获得C投资: A, the clause's
                agent = list(fact.roles.values())[1]  # subject, goes on (not B, the agent of its passive)
            elif fact.rule.startswith("purchase:sales_to:") and fact.roles.get("supplier"):
                agent = fact.roles["supplier"]  # (wt-je) A向经销商B销售了…；对另一家经销商C的销售额…: A, the seller, goes on
            elif fact.type == "founding" and agent and fact.roles.get("company") \
                    and fact.roles["company"][0].start >= self.sent.start \
                    and "由" in self.text[fact.roles["company"][0].end:agent[0].start]:
                agent = fact.roles["company"]  # B由A于2023年创办，次年开源了C: B, the clause's subject, goes on (not A)
            if agent and agent[0].key in sellers and fact.type == "shareholding":
                continue  # A受让B持有的C 30%股权，以3000万元对C增资: B holds what it sells; A goes on
            if fact.qualifiers.get("rank") == "actual_controller" or fact.rule.startswith("shareholding:apposed:"):
                continue  # 公司实际控制人为王澜石，… / 公司已与B股东C签订…: a title read in passing, no subject that acts on
            if self._unit_is_subject(fact, t_start):
                return fact.roles["unit"]  # 高瓴旗下的HCM基金持有…，新进了B: the fund buys B
            if agent and last is not None and agent[0].start < last.start:
                break  # A增持了B；C则减持了D，新进了E: C, the subject of the clause just before, buys E
            if agent and agent[0].start < t_start:
                return agent[:1] if len(agent) == 1 else agent
        if last is not None:
            return self.joint_group(last)
        if self.topic is not None and self.topic.start < t_start:
            return self.joint_group(self.topic)
        people = self._people_opening(t_start) if not company_word else []
        if people:
            return people
        if _COMPANY_WORD.match(self.text, cs):  # 2023年，公司曾计划收购…: the company whose announcement the
            from dealgraph.extract.coref import most_named  # document reports, else the one it names most (not a
            # news source: 据星海传媒报道，公司拟…)
            sources = self.doc.of_mentions("news_sources", _news_sources) | {m.key for m in self.mentions(cs, ce)}
            named = _announcing(self.doc, t_start) \
                or _listed_issuer(self.doc, t_start, sources) or most_named(self.doc, t_start, sources, ())
            if named is not None:
                return [named]
        elif self._company_word_before(cs) is not None:
            named = self._company_before_sentence()
            if named is not None:
                return [named]
        if self.prev_topic is not None:
            return [self.prev_topic]
        return self.announcer(t_start)

    def _company_before_sentence(self) -> Mention | None:
        """2024年5月，公司完成B轮融资，由A领投: the company 公司 opening an earlier clause stands for, one named before the
        sentence (the company announcing, else the one named most), never a news source nor a named holder; none
        where the sentence is the first to name companies (公司与B签署…: B is the party it deals with)."""
        from dealgraph.extract.coref import most_named, named_holders

        start = self.sent.start
        sources = self.doc.of_mentions("news_sources", _news_sources) \
            | named_holders(self.doc, max(0, start - 400), start)
        return _announcing(self.doc, start) \
            or _listed_issuer(self.doc, start, sources) or most_named(self.doc, start, sources, (), kind_ties=True)

    def _company_word_before(self, cs: int) -> int | None:
        """The start of a clause of the sentence before cs that opens with 公司 as its subject (2024年5月，公司完成B轮
        融资，由A领投: the round's company is 公司 there, not a topic of the sentence before); None where none does."""
        pos = cs - 1
        while pos > self.sent.start:
            pcs = self.marks.start(pos)
            if _COMPANY_WORD.match(self.text, pcs):
                return pcs
            pos = pcs - 1
        return None

    def _people_opening(self, t_start: int) -> list[Mention]:
        """此外，赵云、王澜、马超均承诺，…，将出资购买B的股票: where no organisation opens the sentence, the
        people listed at its opening (after time words) are the subject its later clauses carry; not a speaker
        (王岚表示，…) whose words report another's deal."""
        found = self.mentions(self.sent.start, t_start, ("organization", "candidate", "person"))
        if not found or found[0].kind != "person":
            return []
        start = self.marks.start(found[0].start)
        if start != self.sent.start and not _LEAD_WORDS.fullmatch(self.text, self.sent.start, start):
            return []
        if not _CLAUSE_SUBJECT_LEAD.fullmatch(self.text, start, found[0].start):
            return []
        group = self.group_right(found[0].start, t_start, ("person",))
        if _SAYS.match(self.text, group[-1].end):
            return []
        return group

    def _funded_party(self, cs: int, t_start: int) -> list[Mention] | None:
        """A clause of purpose (用于收购B) after a clause in which a lender or funder provides money to a party
        (A为X提供10亿元并购资金 / 由A向X提供总额3亿元的贷款): X, who receives the money, makes the deal; where
        X is not a name found, nobody named (the lender A does not buy). None where the clauses are not so."""
        if cs <= self.sent.start or not _PURPOSE.fullmatch(self.text, cs, t_start):
            return None
        pcs = self.marks.start(cs - 1)
        while pcs > self.sent.start + 1 and _NUMBER_COMMA.match(self.text, pcs - 2):  # 总金额为22,052万元的贷款
            pcs = self.marks.start(pcs - 2)
        for m in reversed(self.mentions(pcs, cs, ("organization", "candidate", "person"))):
            if self.text[m.start - 1:m.start] in ("为", "向") and _FUNDS_GIVEN.match(self.text, m.end, cs):
                return [m]
        given = _FUNDED.search(self.text, pcs, cs)
        return [] if given is not None and _FUNDS_GIVEN.match(self.text, given.end(), cs) else None

    def _comment_before(self, cs: int) -> bool:
        """Whether the clause just before is an analyst's speech (_speaks_of_others)."""
        if cs <= self.sent.start:
            return False
        pcs = self.marks.start(cs - 1)
        found = self.mentions(pcs, cs, _SUBJECT_KINDS)
        return bool(found) and _speaks_of_others(self.text, found, cs)

    def _generic_subject(self, t_start: int) -> bool:
        """部分公司拟收购…: a kind of company, not a named one, is the subject before the verb; 将与多家公司一起
        收购…, 向多家机构出售: a kind of company after 与/向 is a partner or a party, not the subject; a kind right
        before a name describes it (一家上市公司澜舟健康收购…)."""
        return any(not _PARTY_MARK.search(self.text, max(self.sent.start, g.start() - 1), g.start())
                   and not any(m.start == g.end() for m in self.doc.mentions_in(g.end(), g.end() + 12))
                   and not _COPULA_BEFORE.search(self.text, max(self.sent.start, g.start() - 5), g.start())
                   for g in GENERIC_SUBJECT.finditer(self.text, self.sent.start, t_start))

    def _time_clause_end(self, cs: int, ce: int, t_start: int) -> int | None:
        """Where a time clause opening at cs ends: this clause (在收购X后, 在收购X之前) or, when it opens with
        自/在/随着 and runs on, the next one ending in 后 (自收购X，杀入Y领域后); a clause fronting the deal
        (就收购X一事, 本次收购X的股权) ends where it ends. None if the clause is neither."""
        if _TIME_CLAUSE.fullmatch(self.text, cs, ce) or (ce < self.sent.end and _FRONTED.fullmatch(self.text, cs, t_start)):
            return ce
        if ce < self.sent.end and _TIME_OPEN.match(self.text, cs):
            nxt = self.marks.end(ce + 1)
            if _TIME_CLOSE.search(self.text[ce + 1:nxt]) and not self.mentions(ce + 1, nxt, ("organization",)):  # 杀入CIS领域后
                return nxt
        return None

    def _joint_subjects(self, cs: int, t_start: int) -> list[Mention]:
        """A出资2亿元，B出资1亿元，共同获得C 20%的股权 / A和B分别出资…，共同收购C: a clause saying the act is joint
        (共同, 一起, 联合) and naming no one is done by the subjects of the clauses just before: each opening one of
        them (A出资…，B出资…), or the whole list opening the one before (A和B分别…). Empty where fewer than two."""
        if cs <= self.sent.start or not _JOINTLY.fullmatch(self.text, cs, t_start):
            return []
        subjects: list[Mention] = []
        pos = cs - 1
        while pos > self.sent.start:
            pcs = self.marks.start(pos)
            found = self.mentions(pcs, pos, ("organization", "person"))
            if not found or not _CLAUSE_SUBJECT_LEAD.fullmatch(self.text, pcs, found[0].start):
                break
            group = self.group_right(found[0].start, pos, ("organization", "person"))
            subjects[:0] = group if len(group) > 1 and _EACH_AFTER.match(self.text, group[-1].end) else group[:1]
            if len(group) > 1 or pcs <= self.sent.start:
                break
            pos = pcs - 1
        unique = list({m.key: m for m in subjects}.values())
        return unique if len(unique) > 1 else []

    def joint_group(self, first: Mention) -> list[Mention]:
        """星海集团、云帆网络以及北辰科技共同组成财团，出资…收购: a subject listed with 、/及/以及, or acting
        together (A与B共同出资), is the whole list; A与B签署协议 leaves A alone."""
        end = self.marks.end(first.start)
        group = self.group_right(first.start, end)
        if len(group) < 2:
            return [first]
        links = [self.text[a.end:b.start] for a, b in zip(group, group[1:])]
        if all(_LIST_LINK.fullmatch(x) for x in links) or _TOGETHER.match(self.text, group[-1].end, end):
            return group
        return [first]

    def _unit_is_subject(self, fact: FactRecord, before: int) -> bool:  # (A旗下的基金B，投资了C: B)
        """A旗下的B / 其控股子公司B opening a clause names B, the clause's subject."""
        if fact.type != "ownership" or len(fact.roles.get("unit", [])) != 1 or len(fact.roles["owner"]) != 1:
            return False
        owner, unit = fact.roles["owner"][0], fact.roles["unit"][0]
        cs = self.marks.start(owner.start)
        return (unit.end < before and _UNIT_LINK.fullmatch(self.text, owner.end, unit.start) is not None
                and re.fullmatch(r"[\s“”]*", self.text[cs:owner.start]) is not None
                and unit.kind != "product")

    def announcer(self, before: int) -> list[Mention]:
        """X(300001)3月2日晚公告称, 公司拟…: the company announcing speaks of itself as 公司."""
        for m in self.mentions(self.sent.start, before):
            if _inside_brackets(self.text, self.sent.start, m.start):
                continue  # X(证券简称:Y,证券代码:603887)2月1日发布公告称: not the words inside X's bracket
            if _ANNOUNCES.match(self.text, m.end) or _ANNOUNCES_AFTER_CODES.match(self.text, m.end) \
                    or _ANNOUNCES_AFTER_CODE_BRACKET.match(self.text, m.end):
                return [m]
        return []

    def headline_speaker(self, cs: int) -> Mention | None:
        """通化金马:拟收购A 85%股权 / 华岳电子公告：…: the name before the colon speaks for the clause."""
        if cs <= self.sent.start or self.text[cs - 1] not in ":：":
            return None
        found = self.mentions(self.marks.start(cs - 1), cs - 1)
        if found and _SPEAKER_GAP.fullmatch(self.text, found[-1].end, cs - 1):
            return found[-1]
        return None

    def last_clause_subject(self, cs: int) -> Mention | None:
        """股东A(简称B)自10月起，通过…增持: the name opening the clause just before, after a descriptor
        (股东, 控股股东, 持股5%以上股东) or time words."""
        if cs <= self.sent.start:
            return None
        pcs = self.marks.start(cs - 1)
        people = self.mentions(pcs, cs, ("person",))
        if people and _CLAUSE_SUBJECT_LEAD.fullmatch(self.text, pcs, people[0].start) \
                and (_AFTER_STEP.search(self.text, pcs, cs) or _CAREER.match(self.text, people[0].end)) \
                and not self.mentions(pcs, people[0].start):
            return people[0]  # 王岩从阿里云离职后，于2019年创立了B / 王悦曾任A董事长，目前持有A…: the person
        found = self.mentions(pcs, cs)
        if found and (_CLAUSE_SUBJECT_LEAD.fullmatch(self.text, pcs, found[0].start)
                      or _KIND_LEAD.fullmatch(self.text, pcs, found[0].start)) \
                and not _MEANS_LEAD.search(self.text, pcs, found[0].start):  # 公司拟通过子公司A收购…: A is a means
            return found[0]  # (芯片龙头、科创板上市公司A公告称，…收购B: the kinds A is described by, then A)
        if len(found) == 1 and found[0].source != "context" and _DESCRIBED_HEAD.fullmatch(self.text, pcs, found[0].start) \
                and _CLAUSE_END.fullmatch(self.text, found[0].end, cs):
            return found[0]  # 以钻采设备为主业的A，以高溢价收购B: the clause is A and what describes it
        return None

    def values(self, kind: str, start: int, end: int) -> list[Value]:
        return self.doc.values_in(start, end, kind)


_SOURCE_AFTER = re.compile(r"(?:报道|消息|披露|统计|援引|数据)")


# A旗下的B / A旗下的基金B / A旗下的投资部门运营的基金B: the words between an owner and its unit opening a clause
_UNIT_LINK = re.compile(r"旗下的?(?:[^，,；;。、“”]{0,12}?的)?(?:基金|公司|子公司|平台|机构)?"
                        r"|的?(?:全资|控股|全资控股)子公司")  # (其控股子公司B作为牵头人，中标…: B)


# the bracket after a company's first naming that gives its stock code, with its short name or not:
# 青禾火腿股份有限公司（以下简称“青禾火腿”，002515.SZ） / 澄川科技(688001) / 岚州股份（证券代码：300999）
_CODE_BRACKET = re.compile(r"\s*[(（][^()（）]{0,30}?(?<![\d.])(?:(?:SZ|SH|BJ)\d{6}|\d{6}(?:\.(?:SZ|SH|BJ))?|\d{4,5}\.HK)\s*[)）]")


# A（以下简称“B”，002515.SZ）今日公告: the bracket with the short name and the code, then the announcing verb
def _announcing(doc: Doc, pos: int) -> Mention | None:
    """The company whose announcement the document reports: the first organisation named before pos that announces
    (A宣布/公告…), unless it is not the first one the document names and another is named more often before pos (澄川科技…。今年5月，青禾资本宣布向澄川科技追加投资。公司
    专注…: 公司 is 澄川科技, the company written about, not the backer announcing its investment)."""
    orgs = [m for m in doc.mentions if m.start < pos and m.kind == "organization"]
    found = next((m for m in orgs if _ANNOUNCES.match(doc.text, m.end)), None)
    if found is None:
        return None
    if orgs[0].key == found.key:  # 青禾股份11月5日晚间公告，公司…: the document opens with the announcer
        return found
    counts = Counter(m.key for m in orgs)
    return found if counts[found.key] >= max(counts.values()) else None


_ANNOUNCES_AFTER_CODE_BRACKET = re.compile(_CODE_BRACKET.pattern + r"[^，,；;。“”]{0,12}?(?:发布公告|公告|公布|宣布|披露|发布)")


def _listed_issuers(doc: Doc) -> list[Mention]:
    """The companies the document introduces with their stock code in a bracket right after the name."""
    seen: dict[str, Mention] = {}
    for m in doc.mentions:
        if m.kind == "organization" and m.source != "coref" and _CODE_BRACKET.match(doc.text, m.end):
            seen.setdefault(m.key, m)
    return list(seen.values())


def _listed_issuer(doc: Doc, before: int, excluded: set[str]) -> Mention | None:
    """The one listed company a document introduces by its code before `before`: the 公司 of a clause naming none
    (…（以下简称“青禾火腿”，002515.SZ）…。今年上半年，公司营业收入…: 青禾火腿, however often another company is named);
    none where two companies come with codes."""
    coded = [m for m in doc.of_mentions("listed_issuers", _listed_issuers) if m.start < before]
    return coded[0] if len(coded) == 1 and coded[0].key not in excluded else None


def _news_sources(doc: Doc) -> set[str]:
    """The organisations the document names as its sources (据星海传媒报道, 据A披露)."""
    return {m.key for m in doc.mentions if doc.text[m.start - 1:m.start] == "据" and _SOURCE_AFTER.match(doc.text, m.end)}


# Kinds a clause's subject is described by before its name: 储能龙头、A股上市公司A / 芯片独角兽A
_KIND_LEAD = re.compile(r"(?:[^，,；;。“”、]{0,10}?(?:龙头|巨头|上市公司|公司|企业|厂商|独角兽|领军者|领军企业|第一股)[、\s]*){1,3}")
_COMPANY_WORD = re.compile(r"\s*(?:本公司|公司)(?![\u4e00-\u9fff]{0,2}(?:股东|董事|高管|员工|管理层))")


# A clause of speech whose speaker is an analyst or a researcher (北辰研究院首席分析师张明分析称, 星海证券研究员
# 表示): what follows is a comment, whose deal is not the speaker's own.
_COMMENTS = re.compile(r"[^，,；;。]{0,24}?(?:分析称|分析说|分析认为|分析指出|认为|表示|指出|称|说)[:：]?\s*$")


def _speaks_of_others(text: str, found: list[Mention], cs: int) -> bool:
    """Whether the clause before is an analyst's speech (not a company's own statement, 蒙牛方面指出): its
    first name is followed by an analyst's title, and it ends in a speech verb."""
    return _COMMENTS.match(text, found[0].end, cs - 1 if text[cs - 1:cs] in "，," else cs) is not None \
        and _ANALYST.match(text, found[0].end) is not None


_ANALYST = re.compile(r"[^，,；;。]{0,8}?(?:分析师|研究员|研究总监|首席经济学家|经济学家|专家|学者|教授|律师)")


def extract_facts(doc: Doc) -> None:
    """Component: facts of every Chinese sentence of the document."""
    g = grammar()
    prev_topic: Mention | None = None
    known = len(doc.facts)  # facts before this component (none in the default pipeline): always looked at
    begins: dict[int, int] = {}  # sentence index → where its facts begin in doc.facts
    for sent in doc.sentences:
        begins[sent.index] = len(doc.facts)
        if not _HAN.search(sent.text) or _anonymous_quote(sent.text):
            continue
        marks = Clauses(doc.text, sent.start, sent.end)
        topic = sentence_topic(doc, sent, marks=marks)
        ctx = Ctx(doc, sent, topic, prev_topic, _marks=marks,
                  recent_from=0 if known else begins.get(sent.index - 1, begins[sent.index]))
        for _, s, e in _trigger_finder().find_matches_as_indexes(sent.text):
            start, end = sent.start + s, sent.start + e
            word = sent.text[s:e]
            if _verb_before_alias(doc, word, end):  # 以2亿元收购标的公司四成股权: the verb, then the alias bought
                word, end = word[:-2], end - 2
            if word in ("投资的", "入股的") and _NEWS_AFTER.match(doc.text, end) and word[:-1] in g.by_trigger:
                word, end = word[:-1], end - 1  # 否认获得A投资的说法: the deal the news tells, no company described
            if _skip_trigger(doc, word, end) or _inside_mention(doc, start, end):
                continue
            for frame in g.by_trigger[word]:
                facts = _handler(frame.voice)(ctx, frame, Span(start, end))
                if facts and "、" in sent.text:  # 控股A、B寻求收购C: the list ends before B's own predicate
                    facts = digest_lists.split_at_own_predicates(ctx.text, ctx.mentions(sent.start, start), Span(start, end),
                                                                 frame.roles, facts, ctx.clause(start))
                if facts:
                    for fact in facts:
                        fact.confidence = CONFIDENCE.get(frame.voice, 0.8) - _weakness(fact)
                        fact.rule = fact.rule or f"{frame.type}:{frame.voice}:{word}"
                    ctx.facts.extend(facts)
                    break
        ctx.facts.extend(deal_objects.bare_deal_targets(ctx))  # 此次收购，B 100%股权估值…: the deal noun's company
        doc.facts.extend(ctx.facts)
        prev_topic = topic or _last_agent(ctx) or prev_topic


@cache
def _trigger_finder() -> ahocorasick_rs.AhoCorasick:
    """The trigger words found as grammar().trigger finds them (leftmost, then longest, none overlapping), in one pass
    of an automaton instead of a regex of thousands of alternatives. Built once per process."""
    return ahocorasick_rs.AhoCorasick(sorted(grammar().by_trigger), matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


_NEWS_AFTER = re.compile(r"(?:说法|传闻|传言|消息|报道|一事)")
# 标的公司51%股权 / 标的公司的控制权: the company an announcement calls the target, then the shares bought of it
_ALIAS_SHARES = re.compile(r"公司(?:[\d.]+\s?%|的?(?:全部|部分)?(?:控制权|控股权|股权|股份))")


_SHORT_NAME_OPEN = re.compile(r"(?:以下简称|下称|简称|以下称)[:：]?\s*[“\"「]?[^”\"」()（）]{0,6}$")
_SHORT_NAME_CLOSE = re.compile(r"[^”\"」()（）]{0,6}[”\"」]?\s*(?:或[^()（）]{0,20})?[)）]")


def _verb_before_alias(doc: Doc, word: str, end: int) -> bool:
    """收购标的公司40%股份, where 标的公司 is the short name the document gave the company bought: 收购 is the verb
    (not the noun 收购标的, the target, as in 本次收购标的为B)."""
    return word == "收购标的" and _ALIAS_SHARES.match(doc.text, end) is not None \
        and any(m.start == end - 2 and m.kind == "organization" for m in doc.mentions_in(end - 2, end + 2))


@cache  # the handler of a voice never changes: found once per process
def _handler(voice: str) -> voices.Handler:
    """The function reading a voice: voices.py's, or one of the modules reading voices of their own (deal_objects, focus, fund_stakes, founders, holders, partnerships, round_investors, share_sales, tender_lists)."""
    return voices.HANDLERS.get(voice) or deal_objects.HANDLERS.get(voice) or fund_stakes.HANDLERS.get(voice) \
        or founders.HANDLERS.get(voice) or round_investors.HANDLERS.get(voice) \
        or focus.HANDLERS.get(voice) \
        or partnerships.HANDLERS.get(voice) \
        or holders.HANDLERS.get(voice) \
        or share_sales.HANDLERS.get(voice) \
        or tender_lists.HANDLERS[voice]


def _anonymous_quote(text: str) -> bool:
    """A sentence that is only a quotation with no speaker (网友评论) states opinions, not facts."""
    return text.startswith(("“", "「", '"')) and text.rstrip("。！？!?").endswith(("”", "」", '"'))


# …并购基金合伙企业（有限合伙） / …并购基金管理有限公司: the rest of a fund's name after 并购
_FUND_NAME_AFTER = re.compile(r"(?:产业|投资)?基金(?:合伙企业|\s*[(（]有限合伙|管理(?:有限)?公司|有限公司|一期|二期)")


# 投资控股有限公司 / 投资管理合伙企业 / 投资集团有限公司: a legal form right after the word, which ends no verb's object
_FIRM_TAIL_AFTER = re.compile(r"(?:控股|集团|管理|发展|咨询|实业|基金管理)?(?:集团)?(?:有限责任公司|股份有限公司|有限公司|合伙企业)")


def _skip_trigger(doc: Doc, word: str, end: int) -> bool:
    text = doc.text
    if "标的" not in word and _SHORT_NAME_OPEN.search(text, max(0, end - len(word) - 12), end - len(word)) \
            and _SHORT_NAME_CLOSE.match(text, end):
        return True  # (以下简称“合资公司”): a short name the text gives, no verb (标的公司 there names the target: kept)
    if word in ("并购", "收购") and (_FUND_NAME_AFTER.match(text, end) or text.startswith(("基金", "产业基金", "投资基金"), end)
                                   and any(m.end == end - len(word) for m in doc.mentions_in(max(0, end - len(word) - 30),
                                                                                            end - len(word)))):
        return True  # 南屿产业并购基金合伙企业: the word inside a fund's name, between its parts, is no verb
    if word.endswith(("投资", "投入", "收购", "并购", "融资")) and NOT_A_VERB.match(text, end) \
            and not _name_word_at(text, end) and not _name_at(doc, end) \
            and not ((word.startswith("的") or text[end - len(word) - 1:end - len(word)] == "被"
                      or _GOT_BEFORE.search(text, max(0, end - len(word) - 30), end - len(word))
                      and not _AFTER_DEAL_DE.match(text, end))
                     and _AFTER_DEAL.match(text, end)) \
            and not _HOLDER_AFTER.match(text, end) and not (word.endswith("收购") and _ISSUER_SHARES.match(text, end)) \
            and not (word.endswith(("收购", "并购")) and (listed := _LISTED_CO.match(text, end)) is not None
                     and _name_at(doc, listed.end())) \
            and not (word.startswith("的") and _NOUN_DONE.match(text, end)
                     and _DUI_BEFORE.search(text, max(0, end - len(word) - 40), end - len(word))):
        return True  # 完成对B的收购后, B被收购后; 收购前海X持有的B; A对B的收购完成交割: names
    if word in ("投资", "并购", "收购", "融资", "创投") and _FIRM_TAIL_AFTER.match(text, end):
        return True  # 中国某某投资控股有限公司（下称…）: the word inside a full name the name finder left whole, no verb
    if word.endswith(("受让", "转让", "出让")) and text.startswith(("方", "人"), end):
        return True  # 拟向受让方转让…: the party's role, a noun (受让方), not the verb
    if word in ("投资", "控股", "资本") and text.startswith(("、", "&", "＆"), end) \
            and text[end - len(word) - 1:end - len(word)] not in "，,、":
        return True  # 包括星湾证券投资、澄江控股两家 / 星湾证券投资&远岫投资: the word ends a name listed, no verb takes
        # an object past 、 or &
    if word.endswith("投资") and text.startswith("部门", end):
        return True  # 企业风险投资部门B: a department of investing, a noun; B is the department's name
    if word.endswith("合作") and text.startswith(("银行", "社", "联社", "医疗", "组织"), end):
        return True  # 青禾农村合作银行, 信用合作社, 合作医疗: the word inside a name or a noun, no partnership
    if word in _ROUND_ROLE_VERBS and _ROLE_NOUN_DESCRIBED.match(text, end):
        return True  # 领投方的背景均为国家队: the lead investor described as a noun, no round led here (领投方为A is read
        # by voices.round_)
    if word == "融资" and (_DEBT_NOUN_AFTER.match(text, end) or text[end - 3:end - 2] == "金"):
        return True  # 为A的贷款提供融资担保, 偿还融资本息, 可供出售金融资产: a noun, no financing round
    if word.endswith(_DEAL_NOUNS) and text[end - len(word) - 1:end - len(word)] == "的" and _IS_AFTER.match(text, end):
        return True  # 星海股份的增持是“左右互搏”性质: the deal, a noun, is described; nothing bought after it
    if word.endswith(_DEAL_NOUNS) and text.startswith("被", end):
        return True  # 因高溢价并购被交易所问询, A的增资被B否决: the deal, a noun, suffers another verb; the name after 被 acts
    if word.endswith(("收购", "并购")) and _LOAN_AFTER.match(text, end):
        return True  # 银行提供的5亿元并购贷款: a loan, no deal
    before = text[max(0, end - len(word) - 2):end - len(word)]
    if word in ("投资", "收购", "并购", "融资", "合作") and before[-1:] in ("笔", "项", "次") and before != "手笔" \
            and before not in _ADVERB_CI and not _name_at(doc, end) \
            and not _NTH_OF_RECIPIENT.search(text, max(0, end - len(word) - 40), end - len(word)) \
            and not _this_deal_of_recipient(doc, end - len(word)):
        return True  # 这笔投资, 这项收购: the deal named as a noun, stated elsewhere (大手笔收购 is a verb;
        # 本次收购澜舟网络51%股权 names its target and states the deal; 再次投资B: 再次, an adverb, before a verb)
    if word.endswith(("收购", "购买")) and _DEAL_DAY.match(text, end):
        return True  # 收购日至年末, 购买日的公允价值: the acquisition date, a noun (收购日升科技… is a deal)
    if word.endswith("投资机构") and (text[end - len(word) - 2:end - len(word)] == "专业"
                                    or text[end - len(word) - 1:end - len(word)] in ("与", "和")):
        return True  # 与专业投资机构共同投资, 专业投资机构的情况, 与投资机构B共同设立F: a partner of the deal, no investors named
    if word == "投资" and text.startswith("于", end) and _FIELD_OF_FUND.search(text, max(0, end - 8), end - len(word)):
        return True  # 基金主要投资于长三角地区的…企业: the field a fund puts money into, no deal
    if word.endswith("投资") and _INVESTOR_NOUN.match(text, end):
        return True  # 投资巨头Alpha Holding, 投资大佬: the word describes an investor, no deal
    if word == "投资" and _INVESTING_PRESS.match(text, end):
        return True  # 投资媒体《B》报导: a noun, the press or a bank or adviser of investing
    if word.rstrip("了").endswith(_INVESTS) and _spent_on_deal(doc, end):
        return True  # 投资了80亿元收购了B: the acquisition is the deal
    if word.endswith("投资") and _NAME_TAIL.match(text, end):
        return True  # 青石投资所持B: a company's name
    if word.endswith(_INVESTS) and _SHARES_AFTER_DEAL.match(text, end):
        return True  # 获得B增资后30%的股权: the shares after the capital increase, a noun phrase
    if word.startswith("获得") and not _STAKE_GOT.match(text, end) and not tender_lists.GOT_SHARE.match(text, end):
        return True  # 获得监管部门对其股权结构调整的批准, 获得5亿元融资: no share of a company is obtained (获得50%份额
        # of a tender's result is a winner's share: tender_lists.tender_got)
    if word in ("出手", "出手了") and not _name_at(doc, end):
        return True  # 出手大方, 出手收购B, 出手回购: no company invested in right after the word (澄川资本出手青禾电子)
    if word == "持股" and _HOLDING_NOUN.match(text, end):
        return True
    if word == "持有" and _SOLD_HOLDING.search(text, max(0, end - 12), end - 2):
        return True  # 清仓了所持有的B全部股份, 转让其所持有的B 5%股权: the holding is what is sold, not what is held
    if word.endswith("投资方") and _COUNTED_PARTIES.search(text, max(0, end - len(word) - 6), end - len(word)) \
            and _TOGETHER.match(text, end):
        return True  # 与A等5家投资方共同投资设立F: the parties counted, who act together in the verb after
    if word.endswith("投资方") and text[end:end + 1] in ("面", "向", "式", "法", "案"):
        return True  # 腾讯投资方面表示, 投资方向: no investors named
    if word == "辅导" and text.startswith(("机构", "协议", "券商"), end):
        return True  # 聘请中信证券作为辅导机构: the tutor named, no tutoring step
    if word in ("上市", "IPO", "亏损", "盈利", "登陆", "收入", "终止审核") and _NOT_EVENT.match(text, end):
        return True
    if word == "挂牌" and text.startswith(("出售", "转让", "出让", "拍卖", "竞价", "征集"), end):
        return True  # 挂牌出售所持B 35%股权: shares put up for sale on an equity exchange, no listing of the seller
    if word == "超额认购" and _OFFERING_SUBSCRIBED.search(text, max(0, end - 30), end):
        return True  # 青禾科技H股招股获超额认购2800倍: the public offering oversubscribed, no round nor investor
    return False


_ROUND_ROLE_VERBS = frozenset({"领投", "跟投", "参投", "联合领投"})
# 领投方的背景, 跟投机构中的多家: the role noun (方/机构/人) followed by what describes it, not by its members; 领投方之一B
# 今年…: B in apposition, one of the round's leads, the subject of what follows (领投方之一为B is read by voices.round_)
_ROLE_NOUN_DESCRIBED = re.compile(r"(?:方|机构|人)(?:的|中|里|多为|均为|大多|背景|之一(?![为是系：:]))")
_COUNTED_PARTIES = re.compile(r"等[\d一二三四五六七八九十两几多]+家$")
_FIELD_OF_FUND = re.compile(r"(?:主要|重点|专注|聚焦|集中|将|拟|优先|主要用于)$")
_OFFERING_SUBSCRIBED = re.compile(r"IPO|上市|招股|发售|公开发行|H股|A股|港股|新股|散户|孖展")


_ADVERB_CI = frozenset({"再次", "首次", "多次", "屡次", "依次"})  # adverbs ending in 次: the verb after them is one
# 对B的第二次投资 / 向B的第三笔注资 / 对B进行了两次投资: which or how many of A's investments in B, the deal stated with its recipient (invest_to)
_NTH_OF_RECIPIENT = re.compile(r"[对向][^，,；;。]{1,30}?(?:的(?:第|新|又)|进行了?(?:第|新|又)?)[一两二三四五六七八九十\d]+[次笔]$")


# A对B此次投资对应的股权比例 / A向B的这笔注资: the deal told with its recipient named after 对/向 (invest_to reads it)
_THIS_OF_RECIPIENT = re.compile(r"([对向])[^，,；;。]{2,30}?的?(?:此次|本次|这次|该次|这笔|该笔|此笔|首笔)$")


def _this_deal_of_recipient(doc: Doc, start: int) -> bool:
    """Whether 此次/这笔 before the word at start follows a name right after 对/向 (A对B此次投资), so the deal is
    stated with its recipient, not only named as a noun (这笔投资)."""
    m = _THIS_OF_RECIPIENT.search(doc.text, max(0, start - 40), start)
    return m is not None and any(x.start == m.end(1) for x in doc.mentions_in(m.end(1), start, ("organization", "candidate")))


def _spent_on_deal(doc: Doc, end: int) -> bool:
    """Whether another deal verb follows the trigger, past 了 and the money paid (投资了80亿元收购了B, 增资收购B):
    the trigger tells how the deal is paid for, the verb after it what is bought."""
    pos = end + 1 if doc.text.startswith("了", end) else end
    paid = next((v for v in doc.values_in(pos, pos + 40, "money") if v.start <= pos + 2), None)
    if paid is not None and re.fullmatch(r"[约近逾超过达\s]*", doc.text[pos:paid.start]):
        pos = paid.end
    return _SPENT_ON.match(doc.text, pos) is not None


def _name_word_at(text: str, pos: int) -> bool:
    """收购中国…, 投资上海…: a place or name word after the trigger, not 收购中 or 投资上."""
    return any(wordlist.is_name_word(text[pos:pos + n]) and text[pos:pos + n] not in NOT_NAMES for n in (2, 3))


def _name_at(doc: Doc, pos: int) -> bool:
    """收购中民新能…有限公司: a name of three characters or more opens right after the trigger (one found
    from its shape, a lexicon or a deal cue; a guess from the verb alone, 投资策略…, is not enough)."""
    return any(m.start == pos and m.end - m.start >= 3 and m.source != "context"
               for m in doc.mentions_in(pos, pos + 40, ("organization", "candidate")))


def _inside_mention(doc: Doc, start: int, end: int) -> bool:
    """A trigger inside a name found from its shape or a lexicon, or ending a name read in apposition
    (全资子公司润和投资以现金…: 投资 ends the unit's name)."""
    return any(x.start < start or end < x.end for x in doc.index("mentions").covering(start, end)
               if x.source in ("lexicon", "shape") or x.source == "cue" and x.end == end and end - x.start >= 4
               or x.source == "short" and x.end == end and x.start < start)  # 旭创投资将持有…: a short name defined


def _last_agent(ctx: Ctx) -> Mention | None:
    for fact in reversed(ctx.facts):
        first = next(iter(fact.roles.values()))
        if first and first[0].kind != "person":
            return first[0]
    return None


def _weakness(fact: FactRecord) -> float:
    members = [m for ms in fact.roles.values() for m in ms]
    return 0.1 * any(m.kind == "candidate" for m in members) + 0.05 * any(m.source == "coref" for m in members)

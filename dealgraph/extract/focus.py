"""What a company works on (focus facts; moved out of voices.py, whose shared helpers are read as `v`):

- 星澜专注于视觉算法 / 以视觉算法为核心 / 以刻蚀设备见长 / 主营… / 主要从事… / 把医疗列为重点方向 (company_focus, the
  one-role reader voices.subject calls for a focus frame: the clause's subject works on the field after the verb);
- 人形机器人企业青禾机器人… / B是一家AI芯片研发公司 (kind_then_name: a field and a kind of company right before the
  name, or closing a clause whose subject is the company).
The field is classified into a layer of the AI stack by dealgraph.taxonomy when the graph is built.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dealgraph import taxonomy
from dealgraph.extract import mentions as mentions_mod
from dealgraph.extract import qualifiers as q
from dealgraph.extract import voices as v
from dealgraph.extract import wordlist
from dealgraph.extract.document import FactRecord, Mention, Span
from dealgraph.extract.grammar import Frame

if TYPE_CHECKING:
    from dealgraph.extract.frames import Ctx


_NAME_LEADS = frozenset("如、，,：:；;")  # what stands before a name listed as an example (如韩青…、陈某…)
def _is_fund(company: Mention) -> bool:
    found = taxonomy.load().classify(company.canonical or company.text)
    return found is not None and found.sector == "investment_firms"


# 业务覆盖 / 业务涵盖: what the business reaches may be a place (业务覆盖全国30个省), so only a field the taxonomy knows
# (其产品主要应用于汽车、医疗等领域: where the products go, a field only where the taxonomy knows it)
_BROAD_LINE = ("业务覆盖", "业务涵盖", "产品主要应用于", "产品广泛应用于", "产品主要用于", "产品应用于", "产品线覆盖", "产品线涵盖", "产品线包括")
# the company's main line of work as it stands (undated): 主营业务涵盖…, 主要产品为…, 长期从事…
_MAIN_LINE_WORDS = frozenset(("主营业务涵盖", "主营业务包括", "主营业务覆盖", "主营业务主要为", "主营业务主要包括", "主营业务主要是",
                              "产品线覆盖", "产品线涵盖", "产品线包括",
                              "主要产品为", "主要产品是", "主要产品包括", "主要产品涵盖", "长期从事", "一直从事", "专门从事",
                              *_BROAD_LINE))
# X从事Y / X的业务是Y / X的核心产品为Y: the line of work after the words, a field the taxonomy knows
_KNOWN_FIELD_LINE = frozenset(("从事", "业务是", "业务为", "主要业务是", "主要业务为", "核心业务是", "核心业务为",
                               "主要收入来源是", "主要收入来源为",
                               "核心产品是", "核心产品为", "核心产品包括", "主营产品是", "主营产品为", "主营产品包括"))
# the nouns among them: the company's own line only right after X的 / 其 / the name (not 海外业务是, 这项业务是)
_LINE_NOUNS = frozenset(w for w in _KNOWN_FIELD_LINE if w[-1] in "是为括")
# 主要从事 / 长期从事 / 专业从事 …: a longer trigger reads the clause; 曾从事 / 不再从事 / 未从事: no line it keeps
_LONGER_DOING = re.compile(r"(?:主要|专业|一家|长期|一直|专门)$")
_NOT_DOING = re.compile(r"(?:曾|曾经|不再|未|没有|停止|拟|将|计划)$")
# 从事AI研发的员工 / 的人员 / 的团队: the people doing the work, not the company's line
_PEOPLE_AFTER = re.compile(r"的(?:员工|人员|人数|工程师|团队|人才|研究人员|技术人员|研发人员|人)")
# 主营业务 / 主营收入 / 主营产品 / 主营的: 主营 opening a noun phrase (the company's main business as a thing)
_MAIN_LINE_NOUN = ("业", "收", "产品", "的", "利", "成本", "毛利", "范围", "项目")
# verbs of what a company makes or offers as its line (主打算力租赁, 专做光模块, 主要生产四足机器人, 定位于存储芯片设计):
# the field after them, one the taxonomy knows
_MAKES_LINE = frozenset(("主打", "专做", "专门做", "主要生产", "主要研发", "主要制造", "定位于", "定位为"))
# 主打产品 / 主要生产基地 / 主要研发人员 / 专做的: the words opening a noun phrase, no line of work
_MAKES_NOUN = re.compile(r"[的了过着]|产品|基地|线|车间|人员|团队|中心|方向|费用|投入|模式|款|品牌|市场")
# 主要做法 / 主要做好 / 主要做到 …: 做 joined to the next character into another word, not "makes"
_DO_COMPOUND = re.compile(r"[法好到出成完了过的事为些起]|[，,。；;]")


# A quoted slogan, theme or motto (主题是“…”, 口号为“…”, 提出“…”的理念): its words tell no line of work
_SLOGAN_AFTER = re.compile(r"的?[^，,。；;“”]{0,4}?(?:理念|口号|标语|愿景|使命|宣传语|主题)")
_SLOGAN = re.compile(r"(?:主题|口号|标语|理念|愿景|使命|宣传语|主旨)(?:是|为)?[：:]?\s*[“\"「]")


def company_focus(ctx: Ctx, frame: Frame, t: Span, company: Mention) -> FactRecord | None:
    """What a company works on: 星澜专注于视觉算法, 星澜以视觉算法为核心, 百川把医疗列为重点方向 (the domain
    between 把/将 and the verb). 与多数主攻通用聊天应用的同行不同: the others' focus, in a comparison, is none."""
    trigger = ctx.text[t.start:t.end]
    cs, ce = ctx.clause(t.start)
    if _COMPARED.fullmatch(ctx.text, cs, ce):
        return None
    slogan = _SLOGAN.search(ctx.text, ctx.sent.start, t.start)
    if slogan is not None and "”" not in ctx.text[slogan.end():t.start]:
        return None  # 年会的主题是“聚焦AI，共赢未来”: a slogan's words, no line of work
    opened, closed = ctx.text.rfind("“", ctx.sent.start, t.start), ctx.text.find("”", t.end, ctx.sent.end)
    if opened > ctx.text.rfind("”", ctx.sent.start, t.start) and closed > 0 and _SLOGAN_AFTER.match(ctx.text, closed + 1):
        return None  # 确立了“深耕工业机器人”的发展理念: the same, named after the quote
    if ctx.mentions(max(cs, company.end), t.start, ("person",)):
        return None  # 该公司…，合伙人王某等均转向大模型创业: the person nearer the verb is the one who turns to it
    if cs <= company.start and ctx.text.endswith("在", 0, company.start) and ctx.mentions(cs, company.start, ("person",)):
        return None  # 黄晓煌此前在英伟达从事GPU研究: the person's work at the company, not the company's line
    if company.start < cs and _PEOPLE_SUBJECT.search(ctx.text, cs, t.start):
        return None  # …。随着技术骨干陆续转向机器人创业: people are the clause's own subject, no company carried
    if company.start < cs and any(mentions_mod.person_shaped(ctx.text[t.start - n:t.start])
                                  and ctx.text[t.start - n - 1:t.start - n] in _NAME_LEADS for n in (2, 3)) \
            and not ctx.mentions(t.start - 3, t.start, v.ORG + ("person",)):
        return None  # …，如韩青聚焦医疗AI: a person-shaped name right before the verb is its subject, not one carried
    if cs <= company.end < t.start and v._OTHER_PARTY_OF.match(ctx.text, company.end):
        return None  # 星衡的客户主要生产新能源汽车 / A的竞争对手专注于…: another party's line of work, not the company's
    apposed = _apposition_before(ctx, t.start)
    if apposed is not None and company.end != apposed[0]:
        return None  # A领投了B，一家专注于…的公司 / A投资了B（一家专注于…的公司）: the apposition tells B's field (read with its
        # kind, kind_then_name), never the subject's
    if company.start < cs and _unread_subject(ctx, cs, t.start):
        return None  # …。其中岚晶主要从事…: the clause has a subject of its own the name finder did not read; the
        # company carried from before is not the one described
    if _after_is(ctx, company):
        return None  # 青禾数据是澄川资本2015年投资的项目，是一家专注于…: the name after 是 says what the subject is, the
        # subject (before 是, a name unread) is the company described
    if trigger == "主要做" and _DO_COMPOUND.match(ctx.text, t.end):
        return None  # 主要做法是压缩库存 / 主要做好交付: a noun (做法) or a compound verb, no line of business
    if trigger in ("为核心", "见长", "为主业", "为主营业务", "为主要业务", "起家"):  # (以激光雷达为主业: between 以 and the verb)
        yi = ctx.text.rfind("以", cs, t.start)
        domain = ctx.text[yi + 1:t.start] if yi >= 0 else ""
        if trigger == "起家" and (yi < 0 or ctx.mentions(yi, t.start, v.ORG + ("person",))
                                 or taxonomy.load().classify(domain) is None):
            return None  # 以激光雷达起家: the field it started from, one the taxonomy knows (以3万元起家: money, no field)
        if trigger.startswith("为主"):
            if ctx.text[t.end:t.end + 1] not in ("", "，", ",", "。", "；", ";", "、", "的"):
                return None  # 以自有资金为主要业务提供支持: 为 opens a verb phrase (为…提供), no line the company keeps
        if trigger == "见长" and (yi < 0 or ctx.mentions(yi, t.start) or ctx.text.startswith("的", t.end)
                                 or _is_fund(company)):
            return None  # 各有所长 / 以A的渠道见长: no field of its own between 以 and the verb; 一家以海外布局见长的
            #基金: a description of the noun after 的; a fund's strength is no line of business
    elif trigger == "主营":
        if ctx.text.startswith(_MAIN_LINE_NOUN, t.end):
            return None  # 主营业务收入 / 主营产品为… / 主营的: a noun phrase, not what the company does
        domain = v._phrase(ctx, t.end)
    elif trigger in ("主要为", "主要面向"):  # 主要为酒店、医院等场景提供服务机器人: what it provides, a field the taxonomy knows
        gives = ctx.text.find("提供", t.end, ce)
        domain = v._phrase(ctx, gives + 2) if gives >= 0 else ""
        found = taxonomy.load().classify(domain) if domain else None
        if found is None or found.sector == "investment_firms" or len(taxonomy.load().keyword(domain) or "") < 4:
            return None  # 资金主要为公司提供流动性 / 主要为自有资金: no line of business; 提供软件和内容服务: a broad
            # word (软件, 内容, 平台) is no field of its own; a field is named by a word of four or more (服务机器人)
    elif trigger in ("专业从事", "一家从事", "一家主打", "致力于") or trigger in _MAKES_LINE:
        # 是一家专业从事工业视觉检测的企业 / 致力于人形机器人研发 / 主打算力租赁 / 专做光模块 / 主要生产四足机器人 /
        # 定位于高端存储芯片设计 (the field as written after the words: 主打在线教育 keeps its 在)
        if trigger in _MAKES_LINE and (_MAKES_NOUN.match(ctx.text, t.end)
                                       or _NOT_DOING.search(ctx.text, max(cs, t.start - 2), t.start)):
            return None  # 主打产品为… / 主要生产基地 / 专做的: a noun phrase, no line of work; 不再主打: none it keeps
        domain = v._phrase(ctx, t.end) if trigger == "致力于" or trigger in _MAKES_LINE \
            else ctx.text[t.end:ce].strip("，,。；;、 ")[:40]
        found = taxonomy.load().classify(domain) if domain else None
        if _GOAL.match(domain) or found is None or found.sector == "investment_firms":
            return None  # 致力于成为全球领先的… / 致力于缓解算力错配: a goal, no field; 致力于早期投资: an investor's
    elif trigger in _KNOWN_FIELD_LINE:  # 从事Y的研发 / 的业务是Y / 的核心产品为Y: a field the taxonomy knows
        if trigger == "从事" and (_LONGER_DOING.search(ctx.text, max(cs, t.start - 2), t.start)
                                 or _NOT_DOING.search(ctx.text, max(cs, t.start - 2), t.start)) \
                or trigger in _LINE_NOUNS and ctx.text[t.start - 1:t.start] not in ("的", "其") \
                and company.end != t.start or ctx.text.startswith(("的", "过", "着"), t.end):
            return None  # 主要从事 / 长期从事: read by their own words; 曾从事 / 不再从事: no line it keeps; 海外业务是 /
            # 这项业务是: a part of the business, not the company's line; 从事的业务: a noun phrase
        domain = v._phrase(ctx, t.end)
        if ctx.mentions(t.end, t.end + len(domain), v.ORG + ("person",)):
            return None  # 从事市政绿化的B…: the words describe B named after them (read, if at all, as B's), not the
            # subject's line
        found = taxonomy.load().classify(domain) if domain else None
        if found is None or found.sector == "investment_firms" or _PEOPLE_AFTER.search(domain):
            return None  # 从事早期投资: an investor's; 从事AI研发的员工超过300人: who does the work, no line of business
    elif trigger in _MAIN_LINE_WORDS:  # 主营业务包括… / 长期从事…: the line of work written after the words
        domain = v._phrase(ctx, t.end)
        found = taxonomy.load().classify(domain) if domain else None
        if found is not None and found.sector == "investment_firms" or trigger in _BROAD_LINE and found is None:
            return None  # 长期从事早期投资: an investor's, no line of business; 业务覆盖全国: a reach, no field
    elif trigger == "坚持":  # 坚持多模态路线: a line the company keeps to
        line = _LINE_END.search(v._phrase(ctx, t.end))
        domain = line.string[:line.start()] if line else ""
    elif trigger.startswith(("列为", "作为")):
        ba = max(ctx.text.rfind("把", cs, t.start), ctx.text.rfind("将", cs, t.start))
        domain = ctx.text[ba + 1:t.start] if ba >= 0 else ""
    else:
        domain = v._phrase(ctx, t.end)
        field_before = _FIELD_BEFORE_VERB.search(ctx.text, cs, t.start) if trigger == "深耕" else None
        if field_before is not None and not _YEARS_TAIL.sub("", domain) \
                and taxonomy.load().classify(field_before.group("field")) is not None:
            domain = field_before.group("field")  # 在存储芯片领域已深耕二十多年: the field before (one the taxonomy knows)
        described = next((m for m in ctx.mentions(t.end, ce, v.ORG) if m.start > t.end), None) \
            if trigger in _ATTRIBUTIVE_FOCUS else None
        if described is not None and ctx.text[described.start - 1] == "的" \
                and not re.search(r"[，,；;、和与及]", ctx.text[t.end:described.start]):
            # 青禾入股过聚焦视觉算法的澄川智能: the focus describes the company named after 的, not the subject
            company, domain = described, ctx.text[t.end:described.start - 1]
    if _INVESTING_FIELD.match(domain):
        return None  # (A)牵头组建一只产业基金，拟专注于投资消费赛道早期项目: investing is a fund's mandate, no line of work
    if trigger == "加强" and taxonomy.load().classify(domain) is None:
        return None  # 加强对京津冀市场的资源供应: a market served or an aim, no field of work (加强服务器主板的ODM能力 is one)
    domain = _KIND_AFTER_FIELD.sub("", re.sub(r"[“”\"「」]", "", domain))  # 一家主营橡胶制品的制造企业: the field
    domain = _YEARS_TAIL.sub("", domain)  # 深耕存储芯片领域十余年: how long, no part of the field
    if not 2 <= len(domain) <= 40:
        return None
    fact = q.base_fact(ctx, "focus", {"company": [company]}, t, domain=domain)
    # what the company is known for, or mainly does, as it stands: the clause's date (上市于…) is of something else
    fact.date = None if trigger in ("见长", "主营", "主要从事", "主要为", "主要面向", "专业从事", "一家从事", "一家主打", "致力于", "起家") \
        or trigger in _MAIN_LINE_WORDS or trigger in _KNOWN_FIELD_LINE or trigger in _MAKES_LINE else q.date_for(ctx, t)
    if fact.date is not None and _FOUNDED_AT.search(ctx.text, max(0, fact.date.start - 5), fact.date.start):
        fact.date = None  # 青禾成立于2023年，主攻工业场景: the year is the founding's, not since when it works on it
    return fact


# what may stand before a focus verb besides its subject: a lead (其中, 而, 同时 …), adverbs (主要, 还, 一直 …), 的
_SUBJECT_LEAD_WORDS = re.compile(r"\s*(?:其中|此外|另外|同时|而且|并且|而|但|并|且|即|目前|近年来|近年|此前|如今|现在)?[，,]?\s*")
_ADVERBS_BEFORE_VERB = re.compile(r"(?:的|主要|还|也|亦|则|均|都|一直|长期|目前|现已|已|正|仍|则主要|专门|专业)+$")
_PREDICATE_WORDS = re.compile(r"业务|产品|一家|\d|年|月|起|开始|以来|逐步|逐渐|正式|全面|进一步|陆续|已经|曾|将|拟")  # (2023年起开始转向…: a time and adverbs)
_RUN_OF_NAME_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z0-9·]{2,10}")


def _unread_subject(ctx: Ctx, cs: int, verb: int) -> bool:
    """…，其中岚晶主要从事… / 岚晶的主营业务为…: the clause opens with a run of name characters before the verb that is no
    dictionary word (公司, 集团), no pronoun and no mention: a subject of its own the name finder did not read."""
    lead = _SUBJECT_LEAD_WORDS.match(ctx.text, cs, verb)
    start = lead.end() if lead else cs
    stretch = ctx.text[start:verb]
    adverbs = _ADVERBS_BEFORE_VERB.search(stretch)
    stretch = stretch[:adverbs.start()] if adverbs else stretch
    if not _RUN_OF_NAME_CHARS.fullmatch(stretch) or ctx.mentions(start, verb, v.ORG + ("person",)) \
            or (wordlist.words().get(stretch[:2]) or "x")[0] in "vdpcrm":
        return False  # 成为国内第二家以…为核心 / 正在…: a verb, an adverb or a preposition opens a predicate, no name
    return not wordlist.is_common_word(stretch) and stretch[0] not in "其该它这那本此公是系为作" \
        and not _PREDICATE_WORDS.search(stretch)  # 是一家专业从事… / 主要业务为专注于…: a predicate, no subject;
    #                                              2023年起开始转向…: a time and adverbs, no subject
# 是 closing a clause's subject (X是…): not a word ending in 是 (于是, 但是, 就是, 也是, 还是, 正是 …)
_IS_AFTER_SUBJECT = re.compile(r"(?<![于但就正还即或总可只要凡倒算真也都更却乃实便若不])是$")


def _after_is(ctx: Ctx, company: Mention) -> bool:
    """The company named right after 是 with some words before it in its clause (X是M投资的项目): M stands in the
    predicate, what X is; it is not the subject the clause's focus verb tells of."""
    ms, _ = ctx.clause(company.start)
    return company.start - ms >= 3 and _IS_AFTER_SUBJECT.search(ctx.text, ms, company.start) is not None


# 致力于成为… / 致力于打造… / 致力于为客户提供…: what the company aims at, not a field it works in
_GOAL = re.compile(r"(?:成为|打造|做成|做大|推动|推进|让|使|帮助|助力|为|提升|提高|实现|构建|引领|解决|缓解|降低|满足|促进|通过|以|把|将)")
def described_after(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """近日，专注AI推理芯片的青禾科技完成新一轮融资: a verb of focus opening its clause (after a time or nothing) with no
    subject describes the company named right after 的 (no other name, no comma between)."""
    trigger = ctx.text[t.start:t.end]
    cs, ce = ctx.clause(t.start)
    if trigger not in _ATTRIBUTIVE_FOCUS or not _TIME_LEAD.fullmatch(ctx.text, cs, t.start):
        return []
    described = next((m for m in ctx.mentions(t.end, ce, v.ORG) if m.start > t.end), None)
    if described is None or ctx.text[described.start - 1] != "的" \
            or re.search(r"[，,；;、和与及的]", ctx.text[t.end:described.start - 1]) \
            or not 2 <= described.start - 1 - t.end <= 20 or _is_fund(described):
        return []
    domain = re.sub(r"^(?:打造|研发|开发|提供|生产|制造)", "", ctx.text[t.end:described.start - 1])  # 专注于打造X的B: X
    fact = q.base_fact(ctx, "focus", {"company": [described]}, t, domain=domain)
    fact.date = None  # what the company works on as it stands, not dated by what the clause tells it did
    fact.modality = "asserted"  # 专注…的B被传已停止运营: the writer's description of B, not the rumour
    return [fact]


# what may open a clause before an attributive focus: a time, or nothing (近日，专注…的B / 专注…的B)
_TIME_LEAD = re.compile(r"\s*(?:(?:近日|日前|此前|今年|去年|目前|最近|近期|\d{4}年|\d{1,2}月|\d{1,2}日)+[，,]?\s*)?")


# 成立于 / 创立于 / 成立於 right before a date: the company's founding year
_FOUNDED_AT = re.compile(r"(?:成立|创立|創立|创办|創辦|注册)(?:于|於)\s*$")
# verbs of focus that also describe a noun (专注强化学习的B: B's focus)
_ATTRIBUTIVE_FOCUS = ("专注", "专注于", "聚焦", "聚焦于", "主攻", "深耕")
# 在存储芯片领域(已)深耕…: the field named before the verb, when only a span of years follows it
_FIELD_BEFORE_VERB = re.compile(r"在(?P<field>[^，,。；;在的]{2,16}?(?:领域|行业|赛道))(?:内|中)?"
                                r"(?:已经|已|持续|长期|一直|多年|十余年|来)*$")
# 十余年 / 已有20多年 / 长达八年之久 closing a field: how long the company has worked in it
_YEARS_TAIL = re.compile(r"(?:已有|已经|已|长达|超过|逾|近|多达)?(?:[\d一二三四五六七八九十两几]+(?:多|余)?|多)年(?:之久|以上|有余|多)?$")
# 的(老牌)制造企业 / 的企业 / 的公司 closing a field: the kind of company it describes, no part of the field
_KIND_AFTER_FIELD = re.compile(r"的[^的，,]{0,8}?(?:企业|公司|厂商|厂家|制造商|供应商|服务商|提供商|研发商|集团)$")


# 去年, 2月5日, 国内, 一家, 头部: what may open the clause before a field of business and its kind of company
_UNIT_OF_LEAD = re.compile(r"^(?:其|公司)?(?:旗下|下属|控股)的?")
# words of place or standing before a field and kind (国产AI芯片厂商, 头部大模型公司)
_STANDING = r"(?:国内|国产|海外|全球|美国|中国|本土|头部|知名|明星|新锐|老牌|一家|这家|该)*"
_FIELD_LEAD = re.compile(r"(?:(?:\d{4}年)?(?:\d{1,2}月)?(?:\d{1,2}日)?|(?:去年|今年|近日|日前|此前|目前)?)[，,]?\s*(?:在|对|向|由)?"
                         + _STANDING)
# what opens the slot of a party described by its field and kind inside a clause (与国产AI芯片厂商B, 收购了自动驾驶公司B,
# 向激光雷达企业B采购): a preposition or a deal verb, then the same words of place or standing as a clause's opening
_PARTY_SLOT_LEAD = re.compile(r"(?:与|和|同|跟|携手|联手|向|对|由|从|收购了?|并购了?|投资了?|入股了?|领投了?|参股了?|控股了?)"
                              + _STANDING)
_ROUND_BEFORE_BY = re.compile(r"(?:本轮|此轮|该轮|本次|此次|融资)(?:融资|投资)?$")
# B是一家… / B系一家… / B是国内领先的… / B是全球前三大…: what follows describes B
# (B作为国内领先的…供应商，…: the same said with 作为; B是具身智能领域的头部企业: the field, then 领域)
_SUBJECT_IS_ONE = re.compile(r"(?:是|系|为|作为)(?:一家|(?=(?:国内|全球|中国大陆|中国|国际|行业|业内|世界|亚洲|目前)?"
                             r"(?:规模|营收|收入|出货量)?(?:领先|头部|知名|最大|少数|唯一"
                             r"|首家|首个|第一家|前[\d一二三四五六七八九十]+[大名家]?|第[\d一二三四五六七八九十]+大?))"
                             r"|(?=[^，,。；;的]{2,16}?(?:领域|行业|赛道|产业)(?:内|中)?的)"
                             # B是国内激光雷达龙头企业 / 是激光雷达行业龙头企业: the field, then the rank, no 的
                             # (searched up to the kind: the rank closes the stretch)
                             r"|(?=(?:国内|全球|中国|国际)?[^，,。；;的]{2,12}?(?:龙头|领军)$))")
# 全球前三大 / 国内领先 / 头部 opening the field: the company's rank, no part of its line of work
_RANK_LEAD = re.compile(r"^(?:国内|全球|中国|国际|行业|业内|世界|亚洲|目前)?(?:领先|头部|知名|最大|少数|唯一|首家|首个|第一家"
                        r"|前[\d一二三四五六七八九十]+[大名家]?|第[\d一二三四五六七八九十]+大?)?")
# 激光雷达(行业)龙头: the rank after the field, with no 的 (企业 the kind)
_RANK_TAIL = re.compile(r"(?:行业|领域)?(?:龙头|领军)$")
# 具身智能领域的头部企业 / 光模块行业的龙头企业: the field before 领域 / 行业, then the company's rank in it
_FIELD_THEN_RANK = re.compile(r"(?P<field>[^，,。；;的]{2,16}?)(?:领域|行业|赛道|产业)(?:内|中)?的"
                              r"(?:头部|龙头|领先|知名|代表性?|核心|重点|骨干|标杆|领军|主要)?")
# …的企业之一: the kind, then 之一 closing the clause
_ONE_OF_THEM = re.compile(r"之一\s*(?:[，,。；;]|$)")
# 一家为客户提供芯片定制服务的企业 / 能够量产激光雷达的企业: a verb of making or serving, then the field (what the
# phrase before 的 says the company makes)
_FIELD_VERB = re.compile(r"(?:提供|研发|生产|量产|设计|制造|开发|销售|从事|专注于?|聚焦于?|深耕|主营|掌握)(?P<field>[^，,的]{2,14})$")
# 作为(一家)(国内)领先的AI芯片提供商，B…: a clause opening with 作为 and closing with a kind of company
_AS_A_KIND = re.compile(r"\s*作为(?:一家|国内|国际|全球|行业)?")
# B的客户 / B的股东 …: the name opening the next clause stands for another party of B (never the one described)
_OTHER_PARTY_AFTER = re.compile(r"的|旗下|下属|与|和|及|、")
# 投资大消费领域 / 投资早期项目 / 股权投资: a field that is investing itself
_INVESTING_FIELD = re.compile(r"(?:股权|早期|天使|风险|创业)?投资")
_DASH_BEFORE_NAME = re.compile(r"(?:——|—|-)?")
# 云端服务器PCB厂商B: a run of capitals inside the field (PCB, MEMS) the name finder only guessed at is a word of the
# field, no name (an organisation it knows, 英伟达GPU供应商, still stands for another party)
_ACRONYM_IN_FIELD = re.compile(r"[A-Z]{2,5}")
# 机器人芯片与开发平台公司B: two fields joined, each one the taxonomy knows (not 此外还与芯片公司B: 此外还 is none)
_FIELD_JOIN = re.compile(r"[与和及、]")


def kind_then_name(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """人形机器人企业青禾机器人2月5日宣布… / …，AI芯片企业澄川芯科发起…: a field of business and a kind of company
    opening a clause, right before the company's name, says what the company works on (the field, as the taxonomy
    knows it; never an investor's field, nor a phrase with a name or 的 in it)."""
    cs, ce = ctx.clause(t.start)
    gap = _DASH_BEFORE_NAME.match(ctx.text, t.end).end()  # 人形机器人品牌——B: a dash may stand between kind and name
    named = [m for m in ctx.mentions(t.end, ce) if m.start == gap and m.kind in ("organization", "candidate")]
    lead = _FIELD_LEAD.match(ctx.text, cs, t.start)
    if named:  # 云岫科技宣布与国产AI芯片厂商B签署… / 本轮由机器人企业B领投: the field and kind after the word that opens
        # the party's slot (与, 向, 由, 收购了 …), the clause's subject or the round before it
        opened = [m for m in _PARTY_SLOT_LEAD.finditer(ctx.text, lead.end(), t.start)
                  if not ctx.mentions(m.end(), t.start, v.ORG + ("person",))
                  and (ctx.mentions(cs, m.start(), v.ORG + ("person",)) or _ROUND_BEFORE_BY.search(ctx.text, cs, m.start()))]
        # (a party or a round before the word: 机器人芯片与开发平台公司B, 对话式AI公司B join words of one field)
        lead = opened[-1] if opened else lead
    as_kind = _AS_A_KIND.match(ctx.text, cs, t.start) if not named and ce == t.end and ctx.text[ce:ce + 1] in "，," else None
    if as_kind is not None:  # 作为国内领先的AI芯片提供商，B近日…: the kind the next clause's subject is, named first there
        nxt = ce + 1 + len(ctx.text[ce + 1:ce + 4]) - len(ctx.text[ce + 1:ce + 4].lstrip())
        named = [m for m in ctx.mentions(nxt, ctx.clause(nxt)[1], v.ORG) if m.start == nxt]
        if not named or _OTHER_PARTY_AFTER.match(ctx.text, named[0].end):
            return []
        de = ctx.text.rfind("的", as_kind.end(), t.start)
        lead = re.compile(r"").match(ctx.text, max(de + 1, as_kind.end()))
    made = None
    if not named:  # B是一家高性能的AI芯片研发公司 / B是全球前三大光模块供应商之一: the kind closing the clause, the
        # company its subject (B，国内领先的激光雷达供应商，… / B（一家AI芯片设计公司）: an apposition to the name before)
        if t.end < ce and ctx.text[t.end] not in "，,。；;）)" and not _ONE_OF_THEM.match(ctx.text, t.end):
            return []  # (the kind closes the clause or the bracket: tested first, 公司 and 企业 are everywhere)
        apposed = _apposition_before(ctx, t.start)
        a_kind = _SUBJECT_IS_ONE.search(ctx.text, cs, t.start) if apposed is None else None
        k_start, k_end = apposed if apposed is not None else (a_kind.start(), a_kind.end()) if a_kind else (-1, -1)
        if k_start < 0 or apposed is None and t.end < ce and ctx.text[t.end] in "）)":
            return []
        named = [m for m in ctx.mentions(max(0, k_start - 40), k_start, v.ORG) if m.end == k_start]
        if not named and a_kind is not None and _PROFILE_BEFORE.fullmatch(ctx.text, _lead_end(ctx), cs):
            # 星河云芯成立于2020年，是一家GPU芯片设计公司: the clause before (a profile's opening) names the company
            named = [m for m in ctx.mentions(ctx.sent.start, cs, v.ORG) if m.start == _lead_end(ctx)][:1]
        if not named or ctx.mentions(k_end, t.start, v.ORG + ("person",)):
            return []
        de = ctx.text.rfind("的", k_end, t.start)  # 高性能、低功耗的AI芯片: the field after the last 的
        made = _FIELD_THEN_RANK.fullmatch(ctx.text, k_end, t.start)  # 具身智能领域的头部企业: 具身智能
        if made is None and de == t.start - 1:  # 一家为客户提供芯片定制服务的企业: nothing after 的, what the verb makes
            made = _FIELD_VERB.search(ctx.text, k_end, de)
            if made is None:
                return []
        lead = re.compile(r"").match(ctx.text, made.start("field") if made else max(de + 1, k_end))
    field = _UNIT_OF_LEAD.sub("", ctx.text[lead.end():made.end("field") if made else t.start].strip())  # 其旗下AI芯片公司B: AI芯片
    field = _RANK_LEAD.sub("", field)  # 全球前三大光模块供应商: the rank is no part of the field
    field = _RANK_TAIL.sub("", field)  # 国内激光雷达龙头企业 / 激光雷达行业龙头企业: nor the rank after it
    parts = _FIELD_JOIN.split(field)
    if not 3 <= len(field) <= (10 if len(parts) == 1 else 14) or re.search(r"[的之，,]|(?<!面)向", field) \
            or any(not _ACRONYM_IN_FIELD.fullmatch(m.text) or m.kind != "candidate"
                   for m in ctx.mentions(lead.end(), t.start, v.ORG + ("person",))):
        return []  # (a two-character industry, 芯片公司 / 游戏公司, is a broad class, no line of work of its own)
    found = [taxonomy.load().classify(part) if len(part) >= 2 else None for part in parts]
    if any(f is None or f.sector == "investment_firms" for f in found):
        return []
    fact = q.base_fact(ctx, "focus", {"company": named[:1]}, t, domain=field)
    fact.modality = "asserted"  # 据报道，大模型公司A…: the writer's description of A, not what the report tells
    fact.date = None
    return [fact]


# the first clause of a profile, with nothing after the company's name but when and where it was founded or sits
# (星河云芯成立于2020年， / 青衡光电总部位于深圳，): the next clause with no subject describes the same company
_PROFILE_BEFORE = re.compile(r"\s*[^，,。；;]{2,30}?(?:(?:成立|创立|创办|创建|注册成立)(?:于|在)[^，,。；;]{2,16}|总部(?:位于|设在|设于)"
                             r"[^，,。；;]{2,12})\s*[，,]\s*")
_SENT_LEAD = re.compile(r"\s*(?:据悉|资料显示|公开资料显示|官网显示|天眼查显示|企查查显示)?[，,：:]?\s*")


def _lead_end(ctx: Ctx) -> int:
    """Where the sentence's subject stands: past a source lead (资料显示，)."""
    return _SENT_LEAD.match(ctx.text, ctx.sent.start).end()


# B，一家… / B（一家… / B，国内领先的…: an apposition opening right after a name, describing it
_APPOSITION_OPEN = re.compile(r"[，,（(]\s*(?:一家|(?=(?:国内|全球|中国|国际|行业|业内|世界|亚洲)(?:领先|头部|知名|最大|首家|第一家|龙头)))")
_APPOSITION_STOP = re.compile(r"[，,。；;（()）]")


def _apposition_before(ctx: Ctx, pos: int) -> tuple[int, int] | None:
    """Where an apposition opening after a name and running up to pos starts (the comma or bracket) and where its lead
    (一家, or the rank word's place) ends: B，一家专注于…的公司 / B（一家AI芯片设计公司）. None where no such apposition
    stands before pos, or no name ends right at its comma."""
    op = max(ctx.text.rfind(c, max(0, pos - 40), pos) for c in "，,（(")
    if op < 0 or _APPOSITION_STOP.search(ctx.text, op + 1, pos):
        return None
    lead = _APPOSITION_OPEN.match(ctx.text, op)
    if lead is None or not any(m.end == op for m in ctx.mentions(max(0, op - 40), op, v.ORG)):
        return None
    return op, lead.end()


_LINE_END = re.compile(r"(?:技术)?(?:路线|方向|战略)$")
# people as a clause's subject (技术骨干陆续转向…, 不少工程师开始聚焦…, 创业者纷纷涌入…)
_PEOPLE_SUBJECT = re.compile(r"(?:骨干|人才|工程师|员工|创业者|从业者|研究者|研究人员|科学家|高管|人士|投资人|开发者|毕业生|学者|团队成员|"
                             r"年轻人|用户|消费者)(?:们)?(?:也|都|均|纷纷|陆续|开始|正|正在|逐渐|已经|已)*$")
# 与多数主攻X的同行不同 / 和A相比: a clause comparing the company with others.
_COMPARED = re.compile(r"[\s“”]*(?:与|和|同|跟)[^，,；;。]*(?:不同|不一样|相比|相较|一样|类似|相似)[\s”]*")


# what ends a field written before 领域的 on its left: a particle, a preposition, a joining word or a mark
_FIELD_STOPS = frozenset("了的在和与及对向为是把将从等、，,：:；;“”\"（）() ")
# a verb of investing or working on opening the stretch (投资了|机器人, 专注机器人领域的): no part of the field
_FIELD_VERB_LEAD = re.compile(r"^(?:专注于?|聚焦于?|深耕|布局|投资|领投|参投|入股|收购|押注|进军|包括|如)+")


def field_then_name(ctx: Ctx, frame: Frame, t: Span) -> list[FactRecord]:
    """澄川资本领投了机器人领域的青禾科技 / 自动驾驶赛道的B: the field before 领域的 (赛道的, 行业的) describes the company
    named right after it (a field the taxonomy knows; never an investor's: 机器人领域的澄川资本 is a fund's)."""
    cs, ce = ctx.clause(t.start)
    named = [m for m in ctx.mentions(t.end, ce, v.ORG) if m.start == t.end]
    if not named or _is_fund(named[0]):
        return []
    i = t.start
    while i > max(cs, t.start - 12) and ctx.text[i - 1] not in _FIELD_STOPS:
        i -= 1
    field = _FIELD_VERB_LEAD.sub("", ctx.text[i:t.start])
    if not 2 <= len(field) <= 10 or ctx.mentions(i, t.start, v.ORG + ("person",)):
        return []
    found = taxonomy.load().classify(field)
    if found is None or found.sector == "investment_firms":
        return []
    fact = q.base_fact(ctx, "focus", {"company": named[:1]}, t, domain=field)
    fact.modality = "asserted"  # the writer's description of the company, whatever the clause tells it did
    fact.date = None
    return [fact]


HANDLERS: dict[str, v.Handler] = {"kind_then_name": kind_then_name, "field_then_name": field_then_name}

"""The regular expressions `DateResolver` reads dates with, compiled once.

`DATE_RX` finds a whole expression: an English cue year (in 2024), or one or two atoms
(2022年至2024年) with 自/从 before and 起/以来/至今 after. `ATOM_RX` re-reads one atom
and `SUB_RX` the month, quarter or half inside it. Every alternative sits behind a check
of its first character (`lead`), so the scan fails fast at most positions.
"""

from __future__ import annotations

import calendar
import re

from dealgraph.values.numbers import CN_CHARS, RANGE_SEP, first_chars, lead

_Y = r"(?:19[89][0-9]|20[0-9]{2}|2100)"
_MM = r"(?:1[0-2]|0?[1-9])"
_DD = r"(?:3[01]|[12][0-9]|0?[1-9])"
_CN_MONTH = "十[一二]?|[一二三四五六七八九]"
_MONTH = rf"(?:(?<![0-9]){_MM}|(?<![{CN_CHARS}第统同单每这那哪]){_CN_MONTH})"
_CHU = "初(?!步|始|心|衷|创|级|选|赛|审|稿|版|次|期)"
# 11月6日晚 / 6日晚间: the evening belongs to the day (间 stays out, as in FewFC's labels)
_EVENING = "晚(?!报|会|宴|餐|饭|于|期|些|点|辈|年|霞|上好)"
REL_YEARS = {"今年": 0, "本年度": 0, "本年": 0, "本财年": 0, "去年": -1, "上年度": -1,
             "上一年": -1, "上年": -1, "上财年": -1, "前年": -2, "明年": 1, "来年": 1}
_REL_YEAR_RX = "|".join(sorted(REL_YEARS, key=len, reverse=True)).replace(
    "前年", "(?<![此提之以目])前年").replace("来年", "(?<!未)来年")
EN_MONTHS = {name: i for i, name in enumerate(calendar.month_name) if name} | {
    abbr: i for i, abbr in enumerate(calendar.month_abbr) if abbr} | {"Sept": 9}
# May is the month before a number, or after a word that only a date follows (in May, since May, early May), never
# the modal verb
_EN_MONTH = ("(?<![A-Za-z])(?:(?:{})(?![a-z])|May(?=[ ][0-9])|"
             "(?:" + "|".join(rf"(?<=\b{w} )" for v in ("in", "since", "by", "until", "till", "during", "early", "late",
                                                        "through", "before", "after", "from", "last", "next", "this")
                              for w in (v, v.capitalize()))
             + ")May(?![a-z])|"
             "(?:{})\\.?(?=[ ][0-9]))").format(
    "|".join(calendar.month_name[i] for i in range(1, 13) if i != 5),
    "|".join(["Sept"] + [calendar.month_abbr[i] for i in range(1, 13) if i != 5]))
# "at that time" / "at the time" point back at the last date the document named (…in September 2023. It put in
# $1.25 billion at that time: September 2023); "at the time of the merger" names its own event, not a date
# "last week", "earlier this week": the calendar week (Monday to Sunday) before the document's date, or the part of its
# own week up to that date
# "the same month", "later that year", "the following year": the month or year named last in the document (a deal
# told after another one's date: "Aldon invested in March 2024. The same month, Veltrix …")
_EN_THAT = ("(?:the|that) same (?:day|month|year)|(?:earlier|later) that (?:day|month|year)|that (?:month|year)|"
            "the following (?:month|year)|(?:a|one) (?:month|year) later|")
_EN_REL = (_EN_THAT + "earlier this year|later this year|earlier this month|last year|this year|next year|"
           "last week|earlier this week|this week|next week|"
           "last month|this month|next month|last quarter|this quarter|(?<=in )the quarter(?! (?:ended|ending|to)\\b)|today|yesterday|at that time(?! of)|at the time(?! of)|"
           "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
CN_QUARTER = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4}

_SUB_PARTS = [
    # web typography spaces digits apart from the words (当年 11 月下旬, 2021 年 7 月 12 日): one space each side
    rf"(?P<mon>{_MONTH})[ ]?月份?(?:[ ]?(?P<day>{_DD})[ ]?[日号](?:{_EVENING})?)?"
    rf"(?P<mpart>{_CHU}|底|末|上旬|中旬|下旬)?",
    rf"(?<![0-9])(?P<mbare>{_MM})(?=(?:[-－—–~～至到]){_MM}月)",
    r"第?(?P<q>[一二三四1-4])季(?:度|(?<=第.季)(?![节军风]))|(?<![A-Za-z])Q(?P<qq>[1-4])(?![0-9A-Za-z])",  # 第1季
    r"(?P<h>[上下])半年|(?<![A-Za-z])H(?P<hh>[12])(?![0-9A-Za-z])",
    r"前(?P<qn>[二两三23])个?季度?(?![节军风])",   # 前三季度, 前三季 / 前3季 (the report's shorthand)
    r"(?P<ypart>年初|年底前?|年末前?|年中)",
]
# after a year only: 2025年前九个月 (January to September), 2025年三季报 / 半年报 / 一季报 (the report's period, from the
# year's start); 2025年半年度 and 2022年度中期业绩 (the first half, as 半年报)
_SUB_AFTER_YEAR = (rf"(?P<ypart2>{_CHU}|底前?|末前?)|前(?P<mn>[一二三四五六七八九十]|十[一二]|[1-9]|1[0-2])个月"
                   r"|(?P<rq>[一三])季报|(?P<rh>半年报|半年度(?!报告)|中期(?=业绩|财报|报告|净利|营收|收入|收益|亏损|盈利))")
_SUB_NAMED = "|".join(_SUB_PARTS + [_SUB_AFTER_YEAR])


def _unnamed(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_YEAR_FIRST = "012〇零一二三四五六七八九" + first_chars(*REL_YEARS, "同年", "当年", "次年", "翌年")
_SUB_FIRST = "0123456789一二三四五六七八九十第Q上下H前年"
_REL_WORDS = "近日 日前 今日 今天 昨日 昨天 昨晚 昨夜 今晨 今早 今晚 本月 上个月 上月 当月 同月 次月 月初 月底 月末 当季 同季度 该季度 全年 同日 同一天 当天 当日 当晚"
# 全年 ("the whole year"): the year named last (…发布2024年业绩。全年总收入…: 2024); after a year (去年全年) it is
# part of that year's expression, not a date of its own
# 当季/当季度/同季度/该季度: the quarter named last (…发布第二季度财报。当季总收入…: that second quarter);
# 当季新品 (this season's goods) is no date
THAT_QUARTER = ("当季", "当季度", "同季度", "该季度")

_YEAR_TAIL = rf"(?:(?:,?|[ ]of)[ ](?P<ey>{_Y})(?![0-9]))?"  # (December 2015, December 3, 2015, December of 2015)
_ATOM_ALTERNATIVES = [  # (possible first characters, pattern)
    ("12", rf"(?<![0-9])(?P<iso>{_Y}(?:-{_MM}-{_DD}|/{_MM}/{_DD}|\.{_MM}\.{_DD}))(?![0-9])"
           rf"|(?<![0-9])(?P<yq>{_Y})[ ]?(?:Q(?P<yqq>[1-4])|H(?P<yqh>[12]))(?![0-9A-Za-z])"
           rf"|(?<![0-9])(?P<ybare>{_Y})(?=(?:{RANGE_SEP}){_Y})"),
    (_YEAR_FIRST,
     rf"(?:(?<![0-9])(?P<yn>{_Y})[ ]?(?:财年|年度|年(?!代))"
     rf"|(?P<ycn>[〇零一二三四五六七八九]{{4}})年"
     rf"|(?<![0-9.．])(?P<y2>[0-2][0-9])年(?={_MM}月)"  # 16年10月
     rf"|(?P<yr>{_REL_YEAR_RX}|同年|当年|次年|翌年)(?!同期))"
     rf"(?:[ ]?(?P<sub>{_unnamed(_SUB_NAMED)}))?"),
    # the January-March quarter, the July–September quarter: a calendar quarter named by its months
    ("JAO", r"(?P<eqm>January|April|July|October)[-–](?:March|June|September|December)[ ]quarter"
            rf"(?:[ ]of[ ](?P<eqmy>{_Y}))?"),
    (first_chars(*EN_MONTHS),
     rf"(?P<emon>{_EN_MONTH})(?:[ ](?P<eday>{_DD})(?:st|nd|rd|th)?(?![0-9]))?{_YEAR_TAIL}"),
    ("0123456789",
     rf"(?<![0-9])(?P<edd>{_DD})[ ](?P<emon2>{_EN_MONTH}){_YEAR_TAIL.replace('ey>', 'ey2>')}"
     rf"|(?<![0-9０-９.．月])(?P<eve>{_DD})[日号]{_EVENING}"),  # 8日晚 (a bare day needs its evening)
    ("Q", rf"(?<![A-Za-z])(?P<eq>Q[1-4])[ ](?:FY)?(?P<eqy>{_Y})(?![0-9])"),
    # 25Q3, 3Q25, 1H25, 25H1, FY25Q3: a quarter or half with a two-digit year (analysts' shorthand)
    ("0123456789F", r"(?<![0-9A-Za-z])(?:FY)?(?P<sy>[0-9]{2})(?:Q(?P<syq>[1-4])|H(?P<syh>[12]))(?![0-9A-Za-z])"
                    r"|(?<![0-9A-Za-z])(?:(?P<sq>[1-4])Q|(?P<sh>[12])H)(?P<sqy>[0-9]{2})(?![0-9A-Za-z])"),
    ("fFsStT",
     # (or "the first three months of 2025" (Q1), "the first six months" (H1))
     rf"(?<![A-Za-z])(?P<eord>(?i:first|second|third|fourth))(?:[- ]quarter|(?<=[Ff]irst)[ ]three[ ]months)"
     rf"(?:[ ]of[ ](?P<eoy>{_Y}))?"
     rf"|(?<![A-Za-z])(?P<ehalf>(?i:first|second))(?:[- ]half|(?<=[Ff]irst)[ ]six[ ]months)(?:[ ]of[ ](?P<ehy>{_Y}))?"),
    # the six months ended June 30 (2025-H1), the three months ended September 30, 2025 (2025-Q3)
    ("tTsSnN3691", rf"(?<![A-Za-z0-9])(?P<emn>(?i:three|six|nine|twelve)|3|6|9|12)[- ]months?[ ](?:ended|ending)[ ]"
                   rf"(?P<emend>{'|'.join(calendar.month_name[1:])})[ ](?P<emed>{_DD})(?:,?[ ](?P<emey>{_Y}))?(?![0-9])"),
    (first_chars(*_EN_REL.split("|")), rf"(?<![A-Za-z])(?P<erel>(?i:{_EN_REL}))(?![A-Za-z])"),
    (_SUB_FIRST, rf"(?P<bare>{_unnamed('|'.join(_SUB_PARTS))})"),
    # 上周 / 本周 / 下周 (星期, 礼拜), with a day or not (上周三), and a bare weekday (周五, 星期五: the last one up to the
    # document's date; not 每周五, every Friday)
    ("上本这下周星",
     r"(?P<zweek>(?P<zwhen>上个?|本|这|下个?)(?:周|星期|礼拜)(?!年|期|末|边|围|转|刊|报|度)(?P<zwd>[一二三四五六日天])?"
     r"|(?<![每上本这下个隔])(?:周|星期)(?P<zwd2>[一二三四五六日天]))"),
    (first_chars(*_REL_WORDS.split()),
     r"(?P<rel>近日|(?<![节假生0-9])日前|今日(?!头条)|今天|昨日|昨天|昨晚|昨夜|今晨|今早|今晚"
     rf"|(?:本月|上个?月|当月|同月|次月)(?P<rpart>{_CHU}|底|末|上旬|中旬|下旬)?|月初|月底|月末"
     r"|(?:当季度?|同季度|该季度)(?!新品|新款|商品|服装|蔬菜|水果|的?时令)|(?<![年度])全年|同日|同一天|当天|当日|当晚)"),
]
_ATOM_NAMED = "|".join(f"{lead(first)}(?:{pattern})" for first, pattern in _ATOM_ALTERNATIVES)
_ATOM_FIRST = "".join(first for first, _ in _ATOM_ALTERNATIVES)
_ATOM = _unnamed(_ATOM_NAMED)
_CUES = r"in|since|by|during|until|till|before|after|for(?!\s+(?:19|20)\d\d\s+(?!(?:and|or|to|was|were|is|are|from|as|when|while|after|before|compared|versus|vs|than|of|in|on|at|with|but)\b)[a-z])|fiscal|FY|full[ -]year|end of|early|late|mid-|calendar|of(?=\s(?:19|20)\d\d\s(?:revenue|sales|profit|earnings|net|results|capex))"
_CUE_FIRST = first_chars(*_CUES.split("|"))

ATOM_RX = re.compile(_ATOM_NAMED)
SUB_RX = re.compile(_SUB_NAMED)
APPROX_CUES = {"early", "late", "mid-", "end of"}
DATE_RX = re.compile(
    lead(_ATOM_FIRST + _CUE_FIRST + "自从")
    + rf"(?:(?<![A-Za-z]){lead(_CUE_FIRST)}(?P<cue>(?i:{_CUES}))[ ]?"
    + rf"(?P<cy>{_Y})(?![0-9A-Za-z%])(?:[-–](?P<cy2>{_Y})(?![0-9]))?"
    + rf"|(?P<pre>自从|自|从)?(?P<a1>{_ATOM})"
    + rf"(?:(?P<sep>{RANGE_SEP})(?P<a2>{_ATOM}|(?<![0-9]){_Y}(?![0-9])))?"
    + r"(?P<post>起(?![诉草飞火源因码点])|开始|以来|至今|迄今)?(?P<about>左右)?)"
)
ISO_RX = re.compile(r"(?P<y>[0-9]{4})(?:-(?:Q(?P<q>[1-4])|H(?P<h>[12])|(?P<m>[0-9]{1,2})"
                    r"(?:-(?P<d>[0-9]{1,2}))?))?")
ISO_SPLIT = re.compile(r"[-/.]")
CLAUSE_BREAK = re.compile(r"[，,；;：:。]")
FUTURE = re.compile(r"将|预计|预期|计划|有望|拟|明年|目标")
# a date heading its clause: after a mark, a preposition, or an adverb that only narrows it (仅去年一年，…：3月… /
# 单是2024年，… / 早在2019年，…): the months named after it in the sentence are of that year
CLAUSE_LEAD = re.compile(r"(?:^|[，,；;：:。])\s*(?:仅仅|仅|单是|单|光是|光|只是|早在)?(?:在|于|自|从|截至)?$")

"""Qualifiers of a fact read around its trigger: date, amount, stake, modality, round, stage, metric."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from dealgraph.extract.document import FactRecord, Mention, Span, Value
from dealgraph.extract.grammar import grammar
from dealgraph.values.dates import DateValue

if TYPE_CHECKING:
    from dealgraph.extract.frames import Ctx

# 不排除 (does not rule out) is a hedge, not a negation: 不排除未来转赴港股上市 → expected
# 不得不 (must) negates nothing
_NEGATION = re.compile(r"(尚未|仍未|并未|未能|没有|未曾|从未|暂无|并无|尚无|无意|放弃|未(?!来|经审计|经审阅)|不再|(?<!不得)不(?![断仅少同只但久过论管如排]|得不))"
                       r"[\u4e00-\u9fff]{0,4}(?:任何|任何形式的)?$")  # 尚未与B开展任何合作: 任何 widens the negation
_LIMITED_TO = re.compile(r"\s*(?:目前|也|都)?(?:仅限于|只限于|仅限|限于|仅停留在|只停留在|仅在|只在)")
_NOT_THE_FIRST = re.compile(r"(?:不是|并非|并不是|已不是)[\u4e00-\u9fff]{0,4}?(?:第一次|首次|头一次)$")
# A deal given up (放弃以3亿元收购, 不再通过子公司增资, 放弃了对B的收购: the way or the target between) or a plan to give it
# up (拟放弃收购, 考虑放弃对B的投资): group 1 is the plan
_GIVEN_UP = re.compile(r"(拟|考虑|计划|打算|准备|有意|酝酿|或将|可能|或)?(?:放弃|不再)"
                       r"(?:了)?(?:(?:以|通过|用|对|向|参与|继续)[^，,；;。：:“”]{0,24}|[\u4e00-\u9fff]{0,4})$")
_FUTURE_JIANG = re.compile(r"将(?![其该这它之])[\u4e00-\u9fff]{0,3}$")
# 将 before the way or the partner of the deal (远景科技将以20亿元收购云帆智能, 将以现金115亿元购买, 将通过子公司增资,
# 将与东岳集团合作, 将从纽交所退市, 将被C收购, 将由C受让): the deal is still to come, however long the phrase up to its verb
_FUTURE_JIANG_PHRASE = re.compile(r"将(?:以|作为|通过|用|使用|出资|斥资|耗资|拿出|动用|花费|向|与|和|同|从|对|被|由|为|给)[^，,；;。：:“”]{0,28}$")
# The state after a deal (交易完成后持有云帆5%的股份, 本次增资完成后): only as certain as the deal before it
_AFTER_DEAL = re.compile(r"[\s“”]*(?:本次|此次|该笔|这笔|上述|两笔|全部)?(?:交易|收购|增资|投资|认购|发行|重组|合并|转让|入股|要约)?"
                         r"(?:全部)?(?:完成|交割|实施完毕|完成交割|落地)后")
# What a company does not disclose (没有公布多年期的投入总额, 未披露具体的投资金额): the trigger names a
# figure that is not given, so no plan or deal is stated; 以未披露的价格收购 (the price unknown, the deal
# stated) is not this, for there the trigger heads no such noun
_NOT_DISCLOSED = re.compile(r"(?:尚未|仍未|并未|没有|未曾|从未|未|不)(?:公布|披露|透露|公开|提及|给出|说明|确定)"
                            r"[^，,；;。]{0,12}$")
_UNDISCLOSED_FIGURE = re.compile(r"(?:的)?(?:总额|金额|总规模|规模|数额|计划|细节|具体|时间表|额度)")
# 终止上市 / 终止挂牌 is a delisting (a listing stage), not a deal called off; nor is 不以终止A上市地位为目的; nor a
# time after the termination (交易终止后，A仍持有B 15%股权: what stands once the deal is off; not 终止后续收购)
_TERMINATION_NOT = re.compile(r"[^，,；;。]{0,8}?(?:上市|挂牌)|(?:后(?!续)|之后|以后)")
# What pays for the deal in the clause before it: 以3亿元, 出资2亿元, 耗资达26亿元, 募资50亿元(,用于收购…), 拿出3亿元,
# 以一处厂房及现金为对价总计1.6亿元
_PAID_WITH = re.compile(r"(?:(?:以(?:每股[0-9.]+\s*(?:元|港元|美元)、)?|出资|斥资|耗资|作价|花费|动用|拿出|募资|募集资金)(?:自有资金|自筹资金|现金|募集资金)?"
                        r"|为(?:交易)?对价)(?:总计|合计|共计)?(?:约|近|超|逾|人民币|达|高达)?$")
# A figure changed from one amount to another (由8.2亿元下调至7.1亿元): the new amount holds, the old one is gone
_CHANGED_TO = r"(?:下调|上调|调整|调减|调增|降低|提高|减少|增加|降|升|涨)?(?:至|为|到)\s*"
_OLD_AMOUNT = re.compile(r"\s*" + _CHANGED_TO + r"(?:约|人民币)?\s*[0-9０-９零一二三四五六七八九十百千]")
# The price named in a clause after the deal: 交易价格为7.25亿元, 合计成交金额为2.1亿元, 交易定价为1.3亿元, 代价为8.6亿元,
# 金额超过1亿美元, 先后共耗费9亿元左右, 所涉股权的交易价格为 4150 万元, an estimate: 两笔交易定价预计为18亿元
_PRICE_IS = re.compile(r"[^，,；;。]{0,6}?(?:交易价格|交易对价|交易总价款|交易总价|交易作价|交易定价|交易价|收购价格|收购价款|"
                       r"收购价|转让价格|转让价款|作价|定价|对价|报价|出价|总代价|代价|总价款|总价|价款|价格|金额|耗资|耗费|花费|斥资|"
                       r"增持规模|减持规模|回购规模|"  # 增持规模介于8000万元至1.5亿元之间
                       r"套现|回笼资金|所得款项|出售所得|"  # the seller's side: 清仓B，套现约3亿元
                       r"(?:合计|共计|累计|总计)(?:投入|出资|投资))"  # 先后两次入股，合计投入约33亿美元
                       r"(?:预计|预估|初步|暂定)?(?:合计|共计|总计)?(?:为|约为|合计|共计|总计|是|达到|高达|达|在|介于)?(?:约|人民币){0,2}\s*"
                       r"(?:由[^，,；;。]{1,16}?" + _CHANGED_TO + r")?")
# A deal verb of another deal; one followed by 后/完成 looks back at the deal just named (收购完成后, 增资后持有40%)
# (拟投, 投入, 斥资: money spent on a plan of its own: 去年营收增长三成，未来三年拟投200亿元建算力)
_OTHER_DEAL = re.compile(r"(?:收购|并购|购买|买入|买下|增持|减持|投资|受让|转让|出售|卖出|认购|入股|增资|融资|拟投|投入|斥资)"
                         r"(?!完成|后)")
# Money that is not what a deal pays, read from the words right before it: a price per share (每股12元), a
# valuation or a holding's market value (估值30亿元, 持股市值为5亿元), registered or subscribed capital
# (认缴出资额为800万元), goodwill, impairments and depreciation (商誉约6亿元, 计提减值5亿元), a paper gain
# (浮盈超过800万元), revenue and profit (营业收入为2亿元)
# (合同费用总额, 服务费用: what a contract costs is its price, not an expense)
_NOT_PRICE_BEFORE = re.compile(r"(?:每股|股价|收盘价|发行价|均价(?!计)|注册资本|认缴|出资额|商誉|减值|折旧|浮盈|浮亏|营业收入|营收|"
                               r"净利润|利润|亏损|净资产|总资产|资产总额|(?<!合同)(?<!服务)费用|利息)(?:[（(][^（()）]{0,8}[)）])?[^，,；;。、（(]{0,6}$"
                               # a valuation, not past a verb of the round (以50亿元估值完成8亿元融资: 8亿元 is paid)
                               r"|(?:估值|市值)(?:[（(][^（()）]{0,8}[)）])?(?:(?!完成|获得|获|融资|募得|筹资)[^，,；;。、（(]){0,6}$"
                               r"|估值[^，,；;。、（(]{0,10}[（(]$")  # 估值已跨过准独角兽(5亿美元)门槛: glossing a noun
# 按80亿元的估值推进下轮融资: the money is the valuation the words after it name
_VALUATION_AFTER = re.compile(r"\s*的?(?:投后|投前)?估值")
_NOT_PRICE_AFTER = re.compile(r"\s*(?:/股|每股|的?注册资本|商誉|的(?:投后|投前)?估值|的?(?:[\u4e00-\u9fff]{2})?(?:贷款|借款)|"
                              r"的?[\u4e00-\u9fff]{0,4}?(?:费用|手续费|佣金|服务费|咨询费|顾问费|律师费|违约金|保证金|利息))")
# 12元/股, 1500万元注册资本所对应股权, 8亿元并购贷款; 为收购B支付了3000万元的中介费用 (a fee, not the price)
# A part of the price, not the price: 其中现金支付1.2亿元, 股份支付对价3亿元, 首期款5000万元; the total may follow
# (…,合计交易金额4.2亿元)
_PART_OF_PRICE = re.compile(r"其中|现金支付|股份支付|股票支付|首期|首付|定金|订金|预付款|尾款")
_CONVERTED = re.compile(r"[(（]$")  # 2亿欧元(约合人民币15.6亿元): the bracket restates the amount before it
_STAKE_NEAR = re.compile(r"股权|股份|持股|权益|全资|控股|持有|表决权")  # 控制公司45.6%的表决权: a stake of votes
_STAKE_RATIO = re.compile(r"(?:(?:股权|持股|股份|增持|减持|转让|受让|认购)比例(?:为|约为|达到|达|是)?"  # …股份,对应的股权比例为63.5%
                          r"|(?:股份|股|数量|股数)[)）]?[，,(（]?\s*[(（]?(?:约)?占(?:比|(?:本公司|公司|上市公司|[\u4e00-\u9fffA-Za-z*]{2,12}?)?"
                          r"(?:当前|目前|现有)?(?:总股本|股份总数|总股份)(?:的)?(?:比例|比重)?)(?:为|约为|约|达到|达)?"
                          # …股份已于6月23日过户完毕，占B总股本的8.41%: the shares just moved, their part of B
                          r"|(?:过户完毕|完成过户|过户手续已办理完毕|过户登记已完成)[，,]\s*(?:约)?占(?:[\u4e00-\u9fffA-Za-z*]{2,12}?)?"
                          r"(?:总股本|股份总数|总股份)(?:的)?(?:比例)?(?:为|约为|约)?)\s*$")
# 持股1200万股，占比3.9% / …股，占公司总股本的6.2% / 增持公司股份120万股，约占公司总股本的1.5% / 增持比例达2.1%: the part of
# the company the shares held or bought make up
_OWNED_UNIT = re.compile(r"(?:控股)?(?:子公司|孙公司|附属|下属|公司|企业)")  # 全资子公司: who acts, not the stake
_NUMBER_COMMA = re.compile(r"[0-9],[0-9]{3}(?![0-9])")  # 12,500万元: a thousands separator, not a clause mark
_SAME_DATE_LIST = re.compile(r"^(?:、|和|与|及|至|-|—)?$")


_TIME_CLAUSE = re.compile(r"^[|\s]*(?:但是|但|不过|然而|早|就|而|同样是|此前|其后|随后|事实上|当时|直至|直到)*"
                          r"(?:由于|因为|在|于|自|从|截至|截止|到|据.{0,12})?(?:此前的|之前的)?"
                          r"(?:间|期间|以来|起|内|中|里|时)?$"
                          r"|^[^，,；;。“”]{2,24}?(?:晚间|早间|盘后)?(?:发布)?(?:公告|宣布|披露|公布|消息)(?:称|显示)?$"  # X 11月8日晚间公告, 拟…
                          # the dated paper that puts the deal forward: 根据3月5日晚间A发布的重组方案, 5月公布的预案显示
                          r"|^[^，,；;。“”]{0,24}?(?:发布|公布|披露|提交|出具)的[^，,；;。“”]{0,12}?"
                          r"(?:方案|预案|草案|报告书|公告|协议)(?:显示|称|中)?$")


# A date that opens a period running to now rather than dating one deal (今年以来, 2018年至今): whatever
# was bought since then, the deal's own date is not named
_SINCE = re.compile(r"\s*(?:以来|至今|迄今)")
# A year that points back at one named before (同年, 当年, 次年): with none named earlier in the document (上市同年,
# A收购B) it is the year of some other event, which the article does not give
_ANAPHORIC_YEAR = ("同年", "当年", "次年", "翌年")
# A deadline (在9月末之前完成收购, 2025年底以前交割): the day the deal must be done by, not its date
_DEADLINE = re.compile(r"\s*(?:之前|以前)")
# A date that a figure stands as of (截至6月30日, 公司共持有…), not the day of a deal
_AS_OF = re.compile(r"(?:截至|截止|截止到|截止至)\s*$")
# A year naming a meeting rather than dating the deal: 2023年第4次临时股东会, 2022年度股东大会
_NAMED_MEETING = re.compile(r"度?第[一二三四五六七八九十0-9]+次|度?(?:临时)?(?:股东大会|股东会|董事会)")
# The meeting or signing that made a deal: 公司于2021年3月2日召开第五届董事会…, 子公司于5月6日与B签署《…协议》,
# the last of two meetings (公司分别于3月2日、3月20日召开董事会和股东大会: the shareholders' meeting decides)
_MADE_BEFORE = re.compile(r"[^，,；;。]{0,12}?(?:于|在)(?:[^，,；;。、]{2,14}、)?$")
_MADE_AFTER = re.compile(r"(?:召开|举行)[^，,；;。]*?(?:会议|董事会|股东大会|股东会)|[^，,；;。]{0,30}?(?:签署|签订)")
# A closed span of days (8月3日至10月20日, 10月19日-11月2日): the period a run of buying took, not the date of
# one deal; the deal is dated by another date of the sentence or not at all. A span of years or quarters
# (2022年至2024年) stays: it is the period of a figure or of a run of purchases
_CLOSED_SPAN = re.compile(r"日\s*(?:至|到|-|—|~|～)\s*[0-9一二三四五六七八九十今去明同当本]")
# …unless a seller's run of sales is told with its period (A于8月3日至10月20日期间减持…): there the run is the fact
# (a sell-down), dated by its span; a run of buying stays undated (the stake it built is the fact)
_SPAN_NAMED = re.compile(r"\s*(?:期间|之间)")
_SALE_WORDS = ("减持", "出售", "卖出", "转让", "套现")
# A date after the deal that dates the report opening after it (标题里的收购…，B公司(600001)5月3日晚间公告,…):
# the report's day, not the day of the deal named before it
_REPORT_AFTER = re.compile(r"(?:晚间|早间|盘后|间)?(?:发布|披露)?(?:公告|发布|披露|公布)")
# A date led by a few words (没想到2016年10月, 三是2018年11月) or by words that end in 的 and say when
# (两个月之后的2021年5月, 在上市之前的2019年)
_SHORT_LEAD = re.compile(r"[\u4e00-\u9fff]{0,4}|[^，,；;。“”]{0,10}的")
_OWN_TIME = re.compile(r"近期|最近|近来|此后|随后|之后|后来|目前|当前|如今|现在")


_THEN = re.compile(r"\s*(?:当时|彼时|其时|那时|彼时候)")


def date_for(ctx: Ctx, t: Span) -> Value | None:
    """The date in the trigger's clause (nearest before it, else after it), else the nearest earlier clause
    of the sentence that holds nothing but a date (2018年，阿里收购…) or the date of the meeting or signing
    that made the deal (公司于3月2日召开董事会,审议通过了《关于收购…的议案》)."""
    cs, ce = value_clause(ctx, t.start)
    own = deal_dates(ctx, cs, ce, ctx.text.startswith(_SALE_WORDS, t.start))
    before = [d for d in own if d.end <= t.start]
    if before:
        return before[-1]
    after = [d for d in own if d.start >= t.end and not _REPORT_AFTER.match(ctx.text, d.end)]
    if after:
        return after[0]
    if _OWN_TIME.search(ctx.text, cs, t.start) or _BACKGROUND.match(ctx.text, cs):
        return None  # 近期又加码… / 此前C已持股…: its own time, which is not a date
    if _THEN.match(ctx.text, cs) and cs > ctx.sent.start:  # 上一次融资是在2024年5月，当时获得A的投资: that date
        earlier = deal_dates(ctx, value_clause(ctx, cs - 1)[0], cs)
        if earlier:
            return earlier[-1]
    for d in reversed(deal_dates(ctx, ctx.sent.start, cs)):
        dcs, dce = value_clause(ctx, d.start)
        if _CONDITION.match(ctx.text, dcs):
            continue
        rest = _without_dates(ctx, dcs, dce).strip("，,；;：: 、和及与")  # 2016年、2017年，A收购了B: two dates
        if _TIME_CLAUSE.match(rest.replace("起", "").replace("以来", "")) or _made_on(ctx, d, dcs, dce) \
                or _SHORT_LEAD.fullmatch(rest) and not ctx.mentions(dcs, dce):
            return d
    return _date_of_subject(ctx, t, cs) or _date_of_digest(ctx, t, cs) or _date_of_report(ctx, cs)


# A fund's moves listed by semicolons (三季度A新进B；增持了C；减持了D): each part after the first opens with its verb
_TRADE_VERB = re.compile(r"新进|增持|减持|加仓|减仓|买入|卖出|清仓|退出|抛售")
_VERB_OPENS = re.compile(r"\s*(?:主要|还|则|同时|并|又|也|另外|此外|而|大幅|小幅|分别)*")


def _date_of_digest(ctx: Ctx, t: Span, cs: int) -> Value | None:
    """三季度A新进B；增持了C；减持了D、E: a part that opens with its verb goes on with the subject of the parts before
    it, each opening so, back to the one naming the subject; the date that one gives before its verb dates the
    moves after it too (none where a part between names a party before its verb or holds no such move)."""
    if not _VERB_OPENS.fullmatch(ctx.text, cs, t.start):
        return None
    at = segment_start(ctx, cs)
    if at != cs and not _VERB_OPENS.fullmatch(ctx.text, at, cs):
        return None
    while at > ctx.sent.start and ctx.text[at - 1] in "；;":
        ps = segment_start(ctx, at - 1)
        verb = _TRADE_VERB.search(ctx.text, ps, at - 1)
        if verb is None:
            return None
        if ctx.mentions(ps, verb.start()):  # the part naming the subject: its date, before its verb
            dates = deal_dates(ctx, ps, verb.start())
            return dates[-1] if dates else None
        if not _VERB_OPENS.fullmatch(ctx.text, ps, verb.start()):
            return None
        at = ps
    return None


def as_of_for(ctx: Ctx, t: Span) -> Value | None:
    """The day a holding stands as of: a 截至/截止 date before the trigger in its sentence (截至2024年底，A持有
    B 9%的股权), the last one; deal_dates leaves such dates out, since no deal was made on them."""
    dates = [d for d in ctx.values("date", ctx.sent.start, t.start)
             if _AS_OF.search(ctx.text, max(ctx.sent.start, d.start - 4), d.start)]
    return dates[-1] if dates else None


def _without_dates(ctx: Ctx, start: int, end: int) -> str:
    """The text from start to end with its dates and the joiners between them left out."""
    out, pos = [], start
    for d in ctx.doc.values_in(start, end, "date"):
        out.append(ctx.text[pos:d.start])
        pos = max(pos, d.end)
    out.append(ctx.text[pos:end])
    return re.sub(r"^[、和及与至]+|[、和及与至]+$", "", "".join(out).strip("，,；;：: "))


def period_for(ctx: Ctx, t: Span) -> Value | None:
    """The period of a reported figure: its own date (date_for), else the date that opens an earlier clause
    of the sentence, even past a semicolon, as the time frame of the list of figures that follows
    (第一季度营收8亿元，环比增长；归母净利润约1.2亿元: 2025-Q1 for the profit too; 其中第四季度单季营收3亿元，
    净利润0.5亿元: the fourth quarter), the company's name may stand before it (星海科技第一季度营收…). A date
    inside a clause (已接近去年全年水平) frames nothing. A date found only further back (the day the figures
    were announced: 5月8日晚间，A公告显示，公司第一季度营收…；净利润…) yields to such a frame."""
    own = date_for(ctx, t)
    if own is not None and any(c.start <= own.start and own.end <= c.end
                               for c in ctx.values("change", max(0, own.start - 8), own.end + 24)):
        own = None  # 净亏损较上年收窄20%: the year compared with, no period of the figure
    if own is not None and _COMPARISON_COLUMN.search(ctx.text, max(ctx.sent.start, own.start - 2), own.start) \
            and _COLUMN_COLON.match(ctx.text, own.end):
        own = None  # 录得净亏损8600万港元(2021年：2900万港元): the year of the figure compared with, in brackets
    cs = value_clause(ctx, t.start)[0]
    if own is not None and own.start >= cs:
        return own
    report = _period_of_report(ctx, t)
    while cs > ctx.sent.start:
        pcs, pce = value_clause(ctx, cs - 1)
        dates = deal_dates(ctx, pcs, pce)
        if dates and _FRAME_LEAD.fullmatch(_without_names(ctx, pcs, dates[0].start)):
            return report if report is not None and report.start > dates[0].start else dates[0]
        if dates and ctx.values("money", pcs, pce) and ctx.mentions(pcs, pce):
            break  # 前3季净利16亿元；而B预计今年亏损7亿元；C也预计亏损5亿元: B's figure has its own period, which
            # ends the frame before it (C's period is not the first three quarters)
        cs = pcs
    return report or own


# (2021年：2900万港元) / （上年同期：…）: a bracket opening with the period of the figure compared with and a colon
_COMPARISON_COLUMN = re.compile(r"[(（]\s*$")
_COLUMN_COLON = re.compile(r"\s*[：:]")


# A report named by the period it covers: 2024年三季报称，…; 公司发布2024年年度报告，…; 2022年度中期业绩 (the first half)
_REPORT_PERIOD = re.compile(r"(?P<y>(?:19|20)\d\d)年(?:度(?=中期))?(?:的)?(?:第)?(?P<r>年报|年度报告|半年报|半年度报告|中报|中期报告|中期业绩|"
                            r"[一1]季报|[一1]季度报告|[三3]季报|[三3]季度报告)")
_REPORT_SUFFIX = {"年": "", "半": "-H1", "中": "-H1", "一": "-Q1", "1": "-Q1", "三": "-Q3", "3": "-Q3"}


def _period_of_report(ctx: Ctx, t: Span) -> Value | None:
    """澄川智能2024年三季报称，公司实现营收…: the period the report named before the figure covers."""
    found = next(reversed(list(_REPORT_PERIOD.finditer(ctx.text, ctx.sent.start, t.start))), None)  # the last named
    if found is None:
        return None
    value = found["y"] + _REPORT_SUFFIX[found["r"][0]]
    return Value(found.start(), found.end(), "date", DateValue(value, text=found.group()))


def _without_names(ctx: Ctx, start: int, end: int) -> str:
    """The text between start and end with the names in it left out (星海科技第一季度: 第一季度 leads)."""
    out, pos = [], start
    for m in ctx.mentions(start, end):
        out.append(ctx.text[pos:m.start])
        pos = max(pos, m.end)
    out.append(ctx.text[pos:end])
    return "".join(out)


# What may stand before the date that frames a clause's figures: nothing, 其中, 而, 仅, 公司 (not yet resolved), 在/于,
# 报告期内（… (the periods a prospectus reports on, in brackets)
# 仅2024年上半年，研发费用就有3.4亿元: 仅 singles out a part of the span told before, the clause's own frame
_FRAME_LEAD = re.compile(r"\s*(?:其中|而|另外|此外)?\s*(?:仅仅|单单|仅|单|光是|光|只是|只)?\s*(?:公司|该公司|其)?\s*(?:在|于)?"
                         r"\s*(?:报告期内?|期内)?\s*[（(]?\s*")


# A clause that states a condition (若A 2025年完成业绩承诺,公司将收购…): its date is the condition's, not the deal's
# 如果再加上此前A投资的B、C: a count widened by deals already made sets no condition on them.
COUNT_WIDENED = r"(?!再?(?:加上|算上|计入|算进|加进)[^，,；;。]{0,6}?(?:此前|之前|以往|过去|早前))"
# 若计入物业估值亏损，应占亏损2.1亿港元 / 如剔除汇兑影响: the basis a reported figure is counted on, no condition
_COUNTED_ON = r"(?!(?:计入|计及|包括|包含|剔除|扣除|不计入?|撇除|排除|加回))"
_CONDITION = re.compile(r"\s*(?:若|如果|假如|假设|倘若|如若|一旦|只要)" + COUNT_WIDENED + _COUNTED_ON)


# A sentence opening with where and when it was made known: 上交所网站近日显示，… / 公司3月2日公告称，…
_REPORT_END = re.compile(r"(?:显示|披露|公告|公告称|宣布|消息称|表示|称)$")


def _date_of_report(ctx: Ctx, cs: int) -> Value | None:
    """上交所网站近日显示，A的科创板IPO审核状态已变更为“终止”: with no date of its own, a step dates from the
    sentence's opening clause that makes it known (its only date)."""
    fcs, fce = value_clause(ctx, ctx.sent.start)
    while fce < cs and _unclosed(ctx.text[fcs:fce]):  # B（300502.SZ，以下简称“B”）10月21日公告: past a comma in brackets
        fce = value_clause(ctx, fce + 1)[1]
    if fce >= cs or not _REPORT_END.search(ctx.text, fcs, fce):
        return None
    dates = deal_dates(ctx, fcs, fce)
    if len(dates) > 1 and _TOLD_ON.match(ctx.text, dates[-1].end):
        return dates[-1]  # （2025年10月22日）…B 10月21日晚间公告，…: the day it was announced, right before the verb
    return dates[0] if len(dates) == 1 else None


def _unclosed(text: str) -> bool:
    """Whether a bracket opens in the text and does not close."""
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


_TOLD_ON = re.compile(r"\s*(?:间|晚间|早间|晚|盘后|盘前)?\s*(?:发布)?(?:公告|宣布|披露|发布)")
# The date a company was set up (成立于2019年4月, 于2003年创立): it dates the company, not the deals told after it.
_BORN_ON = re.compile(r"(?:成立|创立|创办|设立|注册成立|诞生)(?:于|在)?\s*$")
_BORN_AFTER = re.compile(r"\s*(?:正式)?(?:成立|创立|创办|设立|注册成立|诞生)(?![的之])")


def _date_of_subject(ctx: Ctx, t: Span, cs: int) -> Value | None:
    """The date of the clause that names the deal's subject, when the clauses after it go on without one
    (北辰科技2016年底进入储能行业,随后出资3亿元,收购长岭高新51%股权: 2016年底). Another deal or a
    semicolon between them ends the chain."""
    if ctx.mentions(cs, t.start):
        return None
    start = segment_start(ctx, cs)
    while cs > start:
        pcs, pce = value_clause(ctx, cs - 1)
        dates = [] if _CONDITION.match(ctx.text, pcs) else deal_dates(ctx, pcs, pce)
        if dates:
            tail = ctx.text[dates[-1].end:pce]
            if _BORN_ON.search(ctx.text, pcs, dates[-1].start) or _BORN_AFTER.match(ctx.text, dates[-1].end):
                # 青岚资本成立于2019年4月，已投资了A / 青岚资本于2019年正式成立，此后投资了A: its birth
                return None
            return dates[-1] if ctx.mentions(pcs, pce) and not _OTHER_DEAL.search(tail) else None
        if ctx.mentions(pcs, pce) or _OTHER_DEAL.search(ctx.text, pcs, pce):
            return None
        cs = pcs
    return None


def deal_dates(ctx: Ctx, start: int, end: int, sales: bool = False) -> list[Value]:
    """Dates between start and end that can date a deal: not one inside a title (《2019年半年度报告》), nor a
    year naming a meeting (2023年第4次临时股东会 dates the meeting by its ordinal, not by a day), nor a
    period running to now (今年以来, 2018年至今) or the day a figure stands as of (截至9月30日), nor a closed
    span of days (8月3日至10月20日; with sales, a span told as the period of a seller's sales stays), a deadline
    (9月末之前) or a year pointing back at none (上市同年)."""
    out = []
    for d in ctx.values("date", start, end):
        in_title = ctx.text.rfind("《", ctx.sent.start, d.start) > ctx.text.rfind("》", ctx.sent.start, d.start)
        if not in_title and not _NAMED_MEETING.match(ctx.text, d.end) and not _SINCE.match(ctx.text, d.end) \
                and not _AS_OF.search(ctx.text, max(ctx.sent.start, d.start - 4), d.start) \
                and not (_CLOSED_SPAN.search(d.text) and not (sales and _SPAN_NAMED.match(ctx.text, d.end))) and not _DEADLINE.match(ctx.text, d.end) \
                and not (d.text in _ANAPHORIC_YEAR and not _year_named_before(ctx, d)):
            out.append(d)
    return out


def _year_named_before(ctx: Ctx, d: Value) -> bool:
    """Whether a date naming its own year stands before d in the document (2018年上市,同年收购B: 2018年)."""
    return any(v.text not in _ANAPHORIC_YEAR and "年" in v.text for v in ctx.values("date", 0, d.start))


def _made_on(ctx: Ctx, d: Value, dcs: int, dce: int) -> bool:
    """Whether the date's clause says the deal was made then: a meeting held or an agreement signed on it
    (公司于2021年3月2日召开第五届董事会第八次会议 / 子公司于5月6日与B公司签署《股权转让协议》)."""
    return bool(_MADE_BEFORE.match(ctx.text, dcs, d.start) and _MADE_AFTER.match(ctx.text, d.end, dce))


def dates_listed(ctx: Ctx, t: Span) -> list[Value]:
    """Dates coordinated right before the trigger's clause position (2019年、2020年两度投资): one fact each."""
    cs, _ = value_clause(ctx, t.start)
    dates = [d for d in ctx.values("date", cs, t.start)]
    if len(dates) < 2:
        return []
    run = [dates[-1]]
    for d in reversed(dates[:-1]):
        if not _SAME_DATE_LIST.match(ctx.text[d.end:run[0].start]):
            break
        run.insert(0, d)
    return run if len(run) > 1 else []


def nearest(values: list[Value], t: Span) -> Value | None:
    if not values:
        return None
    return min(values, key=lambda v: abs((v.start + v.end) / 2 - (t.start + t.end) / 2))


def value_clause(ctx: Ctx, pos: int) -> tuple[int, int]:
    """The clause holding pos, not cut at the comma of a number (…股权,交易价格为12,500万元: the
    clause runs to 元, where the sentence's clause ends at 12)."""
    cs, ce = ctx.clause(pos)
    while ce < ctx.sent.end and _NUMBER_COMMA.match(ctx.text, ce - 1):
        ce = ctx.clause(ce + 1)[1]
    while cs > ctx.sent.start and _NUMBER_COMMA.match(ctx.text, cs - 2):
        cs = ctx.clause(cs - 1)[0]
    return cs, ce


def amount_for(ctx: Ctx, t: Span, whole_sentence: bool = False) -> Value | None:
    """The money the deal pays: the one nearest the trigger in its clause, else the price named in the
    clause next to it (price_nearby). Money that is no price (prices_in) is passed over."""
    cs, ce = value_clause(ctx, t.start)
    prices = prices_in(ctx, cs, ce)
    own = [v for v in prices if not _deal_between(ctx, t, v)]
    if prices and not own:
        return None  # the clause's money is the other deal's: this one states none
    priced = [v for v in own if v.end <= t.start and _AT_PRICE.match(ctx.text, v.end)
              and ctx.text[max(cs, v.start - 3):v.start].rstrip().endswith(("以", "以约", "以人民币"))]
    if priced:
        return priced[-1]  # 以3000万元的价格对B增资1000万元: the price paid, not the registered capital it adds
    found = nearest(own, t) or price_nearby(ctx, cs, ce) or _clause_in_list(ctx, cs, ce) or _headline_sum(ctx, cs)
    if found is None and whole_sentence:
        found = nearest([v for v in prices_in(ctx, ctx.sent.start, ctx.sent.end) if v.start > t.end], t)
    return with_upper_bound(ctx, found)


# 22亿元！A拿下B控股权: a headline's sum, then the deal it prices
_HEADLINE_SUM = re.compile(r"\s*[！!]\s*")


def _headline_sum(ctx: Ctx, cs: int) -> Value | None:
    """The money alone before ！ opening the line (22亿元！骁途汽车拿下芮歌电子控股权: its own sentence before) prices the
    deal of the clause right after it; none elsewhere."""
    if cs != ctx.sent.start or ctx.sent.index == 0:
        return None
    prev = ctx.doc.sentences[ctx.sent.index - 1]
    if prev.paragraph != ctx.sent.paragraph:
        return None
    money = [v for v in ctx.values("money", prev.start, prev.end)]
    if len(money) != 1 or ctx.text[prev.start:money[0].start].strip() \
            or not _HEADLINE_SUM.fullmatch(ctx.text, money[0].end, prev.end):
        return None
    return money[0]


# 不低于3000万元、不超过5000万元 / 不低于2000万元且不超过4000万元: a lower bound, then the upper bound of one amount
_UPPER_AFTER = re.compile(r"\s*(?:、|，|,|且|并且|但|而)?\s*(?:且|但)?\s*")


def with_upper_bound(ctx: Ctx, found: Value | None) -> Value | None:
    """A money that is only a lower bound, followed by one that is only an upper bound of the same currency, is one
    range (min and max); any other money is kept as it is."""
    if found is None or found.kind != "money" or found.value.min is None or found.value.max is not None:
        return found
    nxt = next((x for x in ctx.values("money", found.end, min(ctx.sent.end, found.end + 24)) if x.start > found.end), None)
    if nxt is None or nxt.value.max is None or nxt.value.min is not None or nxt.value.currency != found.value.currency \
            or not _UPPER_AFTER.fullmatch(ctx.text, found.end, nxt.start) or nxt.value.max < found.value.min:
        return found
    low, high = found.value.min, nxt.value.max
    money = replace(found.value, value=(low + high) / 2, min=low, max=high, text=ctx.text[found.start:nxt.end])
    return Value(found.start, nxt.end, "money", money)


_AT_PRICE = re.compile(r"\s*(?:的)?(?:价格|对价|总价|作价)")
# A deal word used as a noun before a price (转让价格为, 收购对价, 增资款): it names this deal's price, no other deal.
_DEAL_AS_NOUN = re.compile(r"(?:价格|价款|对价|总价|价|款|金额|资金|总额|额|成本|费用|方案|事项|完成|后)")


# What joins a second deal to the first in one clause: 收购B后又对B增资, 以10亿元收购A并领投B.
_NEXT_STEP = re.compile(r"并|又|再|还|同时|随后|之后|后|以及")


def _deal_between(ctx: Ctx, t: Span, v: Value) -> bool:
    """Whether the value belongs to another deal of the trigger's clause, joined to it by 并/又/后…: a deal
    between the trigger and the value (A收购B 40%股权后又对B增资2亿元: 2亿元 is the capital increase's, not the
    acquisition's), or, for a value before the trigger, a deal before the joining word (A以10亿元收购B并增资C /
    收购B 40%股权后又增资: 10亿元 and 40% are not the capital increase's). A deal word used as a noun (转让价格为) names the
    price; one not joined so is the same deal's means (借助增资与受让老股两种方式获得B)."""
    after = v.start >= t.end
    start, end = (t.end, v.start) if after else (value_clause(ctx, t.start)[0], t.start)
    for m in _OTHER_DEAL.finditer(ctx.text, start, end):
        if _DEAL_AS_NOUN.match(ctx.text, m.end()) or m.end() > t.start and not after:
            continue
        link = (t.end, m.start()) if after else (max(m.end(), v.end), t.start)  # 收购B 40%股权后又增资: 后又 after 40%
        if _NEXT_STEP.search(ctx.text, *link):
            return True
    return False


def figure_for(ctx: Ctx, t: Span, kind: str) -> Value | None:
    """The figure a metric word states (融资, 资本开支, 收入): the nearest in its clause, else the nearest later in
    the sentence, unless that clause spends it on a deal of its own (在宣布融资的同时，星岩科技还以5200万元收购了
    B公司: 5200万元 is B's price, the financing states no figure; 公司完成融资，本轮融资金额3亿元 keeps 3亿元)."""
    cs, ce = ctx.clause(t.start)
    raised = grammar().metrics.get(ctx.text[t.start:t.end]) == "financing"
    found = nearest(_not_prices(ctx, _not_restated(ctx, _not_valuations(ctx, ctx.values(kind, cs, ce), raised))), t)
    if found is not None:
        return found
    # later in the sentence, not past a semicolon (…完成天使轮融资，由A领投；次年完成数亿元的一轮融资: not the angel round's)
    found = nearest(_not_prices(ctx, _not_restated(ctx, _not_valuations(
        ctx, ctx.values(kind, t.end, segment_end(ctx, t.end)), raised))), t)
    if found is not None and not raised and metric_words().search(ctx.text, ce, found.start):
        return None  # 继续保持高强度研发投入，一季度研发支出达2.3亿元: the later figure is the later word's
    if found is None or kind != "money":
        return found
    vcs, vce = value_clause(ctx, found.start)
    trigger = ctx.text[t.start:t.end]
    if any(m.group() != trigger for m in _OTHER_DEAL.finditer(ctx.text, vcs, vce)):
        return None
    other = grammar().round.search(ctx.text, ce, found.start)
    own = grammar().round.search(ctx.text, cs, ce)
    if other is not None and (own is None or own.group() != other.group()):
        return None  # 已完成四轮融资，投资方包括A、B；其中，B轮由A领投，金额为8亿元: 8亿元 is the B round's alone
    # AI云业务收入保持三位数增长，第三季度资本开支达到86亿元: 86亿元 is the capex's, another metric named in its clause
    metric = grammar().metrics.get(trigger)
    return None if any(grammar().metrics.get(m.group()) not in (None, metric)
                       for m in metric_words().finditer(ctx.text, vcs, found.start)) else found


# 目标价10.03港元, 股价报11.9美元, 每股配售价8.29港元: the price of one share, no company's figure
_PRICE_BEFORE = re.compile(r"(?:目标价|目标价格|股价|每股|配售价|发行价|招股价|收盘价|开盘价|认购价|报价|收报|股价报)"
                           r"(?:为|至|达|约|上调至|下调至|定为|报)?$")
_PER_SHARE_AFTER = re.compile(r"\s*(?:/股|每股|一股)")


def _not_prices(ctx: Ctx, found: list[Value]) -> list[Value]:
    return [v for v in found if v.kind != "money" or not (
        _PRICE_BEFORE.search(ctx.text, max(ctx.sent.start, v.start - 8), v.start) or _PER_SHARE_AFTER.match(ctx.text, v.end))]


# 正在筹备新一轮融资，本轮估值可能超过百亿元: a company's worth, not money raised
# …以50亿元投后估值完成8亿元融资: past a verb of the round (完成, 获得), the money is raised, no valuation
_VALUATION_BEFORE = re.compile(r"(?:估值|市值)(?:(?:(?!完成|获得|获|融资|募得|筹资)[^，,；;。、]){0,6}|[^，,；;。、（(]{0,10}[（(])$")  # 估值超过独角兽（10亿美元）: in brackets too


def _not_valuations(ctx: Ctx, found: list[Value], raised: bool) -> list[Value]:
    """The figures of a round (raised) that are no valuation; any other metric's figures as found."""
    if not raised:
        return found
    out, prev_valued = [], None
    for v in found:
        if prev_valued is not None and prev_valued.end <= v.start and _CONVERTED.fullmatch(ctx.text, prev_valued.end, v.start):
            continue  # 估值升至20亿美元(约合人民币140亿元): the bracket restates the valuation
        if _VALUATION_BEFORE.search(ctx.text, max(ctx.sent.start, v.start - 10), v.start) \
                or _VALUATION_AFTER.match(ctx.text, v.end):
            prev_valued = v
            continue
        prev_valued = None
        out.append(v)
    return out


def _not_restated(ctx: Ctx, found: list[Value]) -> list[Value]:
    """The figures but those restating the one before in brackets (完成2亿美元(约14亿元人民币)B轮融资: 2亿美元, the
    figure stated; the bracket converts it)."""
    return [v for i, v in enumerate(found)
            if not (i and found[i - 1].end <= v.start and _CONVERTED.fullmatch(ctx.text, found[i - 1].end, v.start))]


def valued_in_sentence(ctx: Ctx) -> bool:
    """Whether the sentence states a valuation (投后估值达50亿元)."""
    return any(_VALUATION_BEFORE.search(ctx.text, max(ctx.sent.start, v.start - 10), v.start)
               for v in ctx.values("money", ctx.sent.start, ctx.sent.end))


@cache
def metric_words() -> re.Pattern[str]:
    """Any metric's trigger word (营收, 净利润, 研发投入 …), longest first."""
    return re.compile("|".join(sorted(map(re.escape, grammar().metrics), key=len, reverse=True)))


def round_amount(ctx: Ctx, t: Span) -> Value | None:
    """The money of a round named beside its investors (…完成一轮5亿元的融资，由A领投): the nearest money in the
    sentence that can be paid, not a valuation (…，当时估值约20亿元) nor a price per share (prices_in)."""
    prices = prices_in(ctx, segment_start(ctx, t.start), segment_end(ctx, t.end))  # 领投B；7月，以5亿元收购C: not B's
    return nearest([v for v in prices if not _deal_between(ctx, t, v)], t)


def _clause_in_list(ctx: Ctx, cs: int, ce: int) -> Value | None:
    """The deal's amount from a 分别 list after a run of clauses with one deal each, matched in order
    (A收购B,C收购D,交易金额分别为1亿元、2亿元: 2亿元 for the second clause). Only when no other money stands
    between and the run of deal clauses right before the list is as long as the list."""
    listed = respective(ctx, Span(ce, ce), "money", -1)
    if len(listed) < 2:
        return None
    lcs = value_clause(ctx, listed[0].start)[0]
    if lcs <= ce or ctx.values("money", ce, lcs):
        return None
    run, pos, floor = [], lcs - 1, segment_start(ctx, cs)
    while pos > floor and len(run) <= len(listed):
        pcs, pce = value_clause(ctx, pos - 1)
        if not _OTHER_DEAL.search(ctx.text, pcs, pce):
            break
        run.insert(0, pcs)
        pos = pcs
    return listed[run.index(cs)] if len(run) == len(listed) and cs in run else None


def amounts_by_patient(ctx: Ctx, t: Span, patients: list[Mention]) -> list[Value | None]:
    """The money each patient of one deal takes, in the patients' order. A 分别 list with one amount per
    patient gives each its own (收购A和B的股权,收购价分别为1.2亿元、3000万元); otherwise one price paid for
    several (以3.5亿元收购A 100%股权及B 60%股权, 收购A、B各51%股权,合计作价9亿元) is the deal's price once,
    held by the first patient's fact, not the price of each."""
    n = len(patients)
    each = respective(ctx, t, "money", n) if n > 1 else []
    if each:
        return list(each)
    amount = amount_for(ctx, t) if n else None
    if n > 1 and amount is not None and (_EACH_THE_SAME.search(ctx.text, max(t.end, amount.start - 6), amount.start)
                                         or _EACH_BEFORE.search(ctx.text, max(0, t.start - 3), t.start)):
        return [amount] * n  # 对A、B和C的累计投资均超过10亿元 / 向A与B各注资20亿元: each its own, the same figure
    return [amount] + [None] * (n - 1) if n else []


_EACH_THE_SAME = re.compile(r"(?:均|各|都)(?:为|是|达|达到|超过|超|逾|约|在)*$")
_EACH_BEFORE = re.compile(r"(?:各|各自)(?:向其)?$")


# 分别 before a list of values matched one by one with the names listed before it: 收购价分别为, 分别达,
# 增持金额分别约为
_RESPECTIVELY = re.compile(r"分别(?:为|是|达到|达|约为|约|合计|占)?[:：]?\s*$")
_LIST_LINK = re.compile(r"\s*(?:、|和|与|及|以及|,|，)\s*")


def respective(ctx: Ctx, t: Span, kind: str, n: int) -> list[Value]:
    """The first 分别 list of exactly n values (any number when n < 0) of the kind after the trigger in its
    part of the sentence (…股权,交易作价分别为4200万元、1800万元和900万元: three amounts), else nothing."""
    end = segment_end(ctx, t.end)
    found = prices_in(ctx, t.end, end) if kind == "money" else ctx.values(kind, t.end, end)
    for i, v in enumerate(found):
        if not _RESPECTIVELY.search(ctx.text, max(t.end, v.start - 8), v.start):
            continue
        run = [v]
        for w in found[i + 1:]:
            if not _LIST_LINK.fullmatch(ctx.text, run[-1].end, w.start):
                break
            run.append(w)
        return run if len(run) == n or n < 0 else []
    return []


def prices_in(ctx: Ctx, start: int, end: int) -> list[Value]:
    """Money between start and end that can be a deal's price: not a price per share, a valuation, a
    registered capital, goodwill or profit (_NOT_PRICE_*), nor the old amount of a change (价格由8亿元降至7亿元),
    nor the bracketed restatement of the amount just before it (2亿欧元(约合人民币15.6亿元): the amount is
    2亿欧元)."""
    found = ctx.values("money", start, end)
    out = []
    low = min(ctx.sent.start, start)  # (wt-ib) money of a sentence before this one: the words before it in its own
    for i, v in enumerate(found):     # sentence (…其估值有望突破百亿元。本轮…: a valuation there too)
        if _NOT_PRICE_BEFORE.search(ctx.text, max(low, v.start - 12), v.start) \
                or _NOT_PRICE_AFTER.match(ctx.text, v.end) \
                or ctx.text.endswith("由", ctx.sent.start, v.start) and _OLD_AMOUNT.match(ctx.text, v.end):
            continue
        if i and out and out[-1] is found[i - 1] and _CONVERTED.fullmatch(ctx.text, found[i - 1].end, v.start):
            continue
        out.append(v)
    return out


# A clause of the means before the deal's verb: (…拟)以27亿美元现金, / 出资5亿元, / 或每股…美元的价格,
_MEANS_CLAUSE = re.compile(r"[^，,；;。]*?(?:以|出资|斥资|耗资|作价|通过|采用|采取|按照)[^，,；;。]*$|[^，,；;。]*方式$"
                           r"|\s*或[^，,；;。]*$")  # match() at a clause


_DONE_BEFORE = re.compile(r"已|曾|完成|成功|正式|刚刚|日前|此前|先后|陆续|相继|均")
_DONE_AFTER = re.compile(r"了|过|完成|成功")


_PREP_BEFORE = re.compile(r"对|向|与|和|同|跟|从|给|以")  # 共同对参股公司B增资: B is what the verb is done to, no subject
_NAMED_REPORT = re.compile(r"据([^，,；;。“”据]{1,12}?)(?:的)?(?:报道|报导|消息称|消息|援引|获悉|独家获悉|了解到)")  # (据招股书披露:
# asserted; 据投资界获悉: what an outlet learned)
_OWN_WORD = re.compile(r"公告|公司|招股|财报|年报|季报|半年报|披露|官网|官方|声明|通报|证监会|交易所|港交所|上交所|深交所")
_RESTATED = re.compile(r"\s*(?:即(?![将使便可时刻日])|也就是说|亦即|换言之)")


def _plan_goes_on(ctx: Ctx, cs: int, seg: int, t: Span) -> bool:
    """澜汐集团宣布将控股A，同时收购B / 澜汐投资拟于未来半年内，以不超过4元/股的价格增持 / 将与
    数家机构一道，以3.1亿美元收购C: a clause with no subject and no mood of its own goes on with the plan of the clause
    right before it (not one that says its deal is done: 已收购, 收购了; nor after a condition)."""
    if cs <= seg or ctx.text[cs - 1] not in "，,":
        return False
    pre = ctx.text[cs:t.start]
    if _RESTATED.match(pre):  # 拟对B增资2亿元,即A与C各增资1亿元: the same deal said again, as planned as it was
        said = [f for f in ctx.facts if f.evidence.start == ctx.sent.start and f.type in ("investment", "acquisition")]
        return bool(said) and said[-1].modality == "planned"
    named = ctx.mentions(cs, t.start, ("organization", "candidate", "person"))
    if named and not _PREP_BEFORE.search(ctx.text, cs, named[0].start) or _DONE_BEFORE.search(pre) \
            or _DONE_AFTER.match(ctx.text, t.end) or ctx.text[t.start:t.end].endswith(("了", "过")) or "是" in pre or "为" in pre and "以" not in pre:
        return False  # 金额最高的一笔是斥资6亿元收购B: a clause of its own (是), not the plan going on
    pcs = ctx.clause(cs - 2)[0]
    if _plan_past_adjuncts(ctx, pcs, cs, seg) is not None and not _DONE_AFTER.search(ctx.text, t.start, t.end + 1) \
            and not _PAST_TIME.search(pre):
        return True  # not 计划扩产，通过自有资金，去年收购了B: a deal done, told after a plan of another thing
    if pcs > seg and _ASIDE.match(ctx.text, pcs):  # 拟以3000万元受让B 30%股权，对应注册资本1500万元，以3000万元对B增资:
        said = [f for f in ctx.facts if f.evidence.start == ctx.sent.start and f.type in ("investment", "acquisition")]
        return bool(said) and said[-1].modality == "planned"  # past an aside, the plan of the deal before it goes on
    for _ in range(3):  # 拟与B共同出资，通过多层架构，最终以20亿元收购C: a means clause (no name, no mood) between
        if pcs <= seg or ctx.text[pcs - 1] not in "，," or _plans(ctx.text[pcs:cs - 1]) \
                or not _MEANS_CLAUSE.match(ctx.text, pcs, cs - 1) or _DONE_BEFORE.search(ctx.text, pcs, cs - 1) \
                or any(m.source != "context" for m in ctx.mentions(pcs, cs - 1, ("organization", "candidate", "person"))):
            break  # the plan and the deal goes on past it
        cs, pcs = pcs, ctx.clause(pcs - 2)[0]
    return pcs >= seg and not _CONDITION.match(ctx.text, pcs) and _plans(ctx.text[pcs:cs - 1]) \
        and not _PAST_TIME.search(pre)  # (…，通过自有资金，去年收购B: a deal done)


# A clause of means, time or manner with no subject of its own, between a plan and the verb it plans (公司计划在未来三年内，
# 通过自有资金及并购基金，陆续收购B等公司的控股权 / 不排除通过多种方式，包括但不限于增资、股权收购等方式，增持B股份)
_ADJUNCT = re.compile(r"\s*(?:通过|经由|借助|利用|凭借|依托|依靠|采用|采取|按照|根据|包括|包含|以|在|于|未来|分批|分期|陆续|逐步|"
                      r"与[^，,；;。]{1,20}?(?:一道|一起|共同|联合)|联合|携手|连同)")


_PAST_TIME = re.compile(r"去年|前年|上个?月|上周|上半年|昨日|昨天|早前|早些时候")


def _plan_past_adjuncts(ctx: Ctx, pcs: int, cs: int, seg: int) -> str | None:
    """The clause of a plan right before one or two adjunct clauses (通过…, 包括但不限于…) that stand between it and the
    clause at cs: its text, or None. The clause right before cs must be such an adjunct (a plan in it is read as it
    always was), the plan clause must be no condition (若…)."""
    steps = 0
    while pcs > seg and steps < 2 and _ADJUNCT.match(ctx.text, pcs) and not _plans(ctx.text[pcs:cs - 1]) \
            and not _DONE_BEFORE.search(ctx.text, pcs, cs - 1) and ctx.text[pcs - 1] in "，,":
        cs, pcs, steps = pcs, ctx.clause(pcs - 2)[0], steps + 1
        if pcs >= seg and _plans(ctx.text[pcs:cs - 1]) and not _CONDITION.match(ctx.text, pcs):
            return ctx.text[pcs:cs - 1]
    return None


# A clause that only restates a figure of the deal before it (对应注册资本1500万元, 即每股12元, 占总股本3%)
_ASIDE = re.compile(r"\s*(?:对应|即|约合|相当于|占|折合)")


def means_lead(ctx: Ctx, cs: int, verb: int) -> int:
    """Where the means of a deal whose clause opens with its verb begin: 安进药品拟以27亿美元现金,或每股
    174.85美元的价格,收购B — the clauses before the verb that only say how it is paid are part of its
    predicate. `cs` where there are none, or where the clause names its own subject."""
    if ctx.mentions(cs, verb, ("organization", "candidate", "person")):
        return cs
    lead = cs
    while lead - 1 > ctx.sent.start and ctx.text[lead - 1] not in "；;":
        pcs, _ = ctx.clause(lead - 2)
        if not _MEANS_CLAUSE.match(ctx.text, pcs, lead - 1):
            break
        lead = pcs
        if not ctx.text.startswith("或", pcs):
            through = ctx.clause(lead - 2)[0] if lead - 1 > ctx.sent.start and ctx.text[lead - 1] not in "；;" else lead
            if through < lead and _THROUGH_CLAUSE.fullmatch(ctx.text, through, lead - 1):
                lead = through  # 拟通过控股子公司C，以17亿元的估值，收购B: the vehicle, then the price
            break  # the first means clause, the alternatives after it
    return lead


_THROUGH_CLAUSE = re.compile(r"\s*(?:拟|计划|将|准备|决定)?(?:通过|借助|借道)[^，,；;。]{1,30}")


_PER_SHARE_CLAUSE = re.compile(r"[^，,；;。]{0,8}?(?:价格|价)?(?:为|是)?每股[^，,；;。]{0,12}$"
                               # 成交均价介于40元和46元之间 / 减持价格区间为12元至15元: the price range of shares sold
                               r"|[^，,；;。合共总]{0,8}?(?:成交均价|成交价格|成交价|减持均价|减持价格|均价|价格区间)"
                               r"(?:区间)?(?:介于|在|为|是|约为|约)?[^，,；;。合共总套至到和与]{1,10}(?:至|到|和|与|-|~)[^，,；;。合共总套]{1,10}?(?:之间|元)$"
                               r"|[^，,；;。]{0,8}?(?:价格|价)(?:为|是)?(?:约)?[\d.]+\s*(?:元|港元|美元)\s*/\s*股$")  # 受让价格28.72元/股


# …转让所持5200万股，合计约5.1亿元: a clause of the total alone, after the shares sold, is what they fetch
_TOTAL_IS = re.compile(r"\s*(?:合计|共计|总计)(?:金额)?(?:约为|约|为|达|逾|超过|超)?(?:人民币)?\s*")
_CLAUSE_CLOSES = re.compile(r"\s*(?:左右)?\s*")


def price_nearby(ctx: Ctx, cs: int, ce: int) -> Value | None:
    """The price in the clause next to the deal's: 以3.57亿元的对价,收购… / 出资340亿元,收购… before it
    (以27亿美元现金,或每股…的价格,收购…: the first of the alternatives), …股份,交易价格为7.25亿元 right after it."""
    same_part = cs > ctx.sent.start and ctx.text[cs - 1] not in "；;"  # 作价12亿元;以现金收购B: not B's price
    pcs = value_clause(ctx, cs - 1)[0] if same_part else cs
    if same_part and ctx.text.startswith("或", pcs) and pcs > ctx.sent.start and ctx.text[pcs - 1] not in "；;":
        pcs = value_clause(ctx, pcs - 1)[0]  # 以A,或B的价格,收购: A, said first
    before = prices_in(ctx, pcs, cs - 1) if same_part else []
    paid = [v for v in before if _PAID_WITH.search(ctx.text, max(ctx.sent.start, v.start - 18), v.start)
            and not _OTHER_DEAL.search(ctx.text, v.end, cs - 1)]  # 斥资10亿元收购A,并认购B: A's price
    if paid:
        return paid[0]  # 斥资达18亿元(2.3亿欧元),收购…: the amount before its restatement
    end = segment_end(ctx, ce)
    while ce < end:  # …股份,标的旗下有40家门店,收购金额为1.6亿元: the price named in a later clause
        ncs, nce = ce + 1, value_clause(ctx, ce + 1)[1]
        after = ctx.values("money", ncs, nce)
        price = next((v for v in prices_in(ctx, ncs, nce) if (_PRICE_IS.fullmatch(ctx.text, ncs, v.start)
                      or _TOTAL_IS.fullmatch(ctx.text, ncs, v.start) and _CLAUSE_CLOSES.fullmatch(ctx.text, v.end, nce)
                      and not prices_in(ctx, segment_start(ctx, cs), cs))  # (以2亿元收购A，同时受让B，合计3亿元: both's)
                      and "每股" not in ctx.text[ncs:v.start]), None)  # 每股转让价格为65元: a share's price
        part = price is not None and _PART_OF_PRICE.search(ctx.text, ncs, price.start)
        per_share = price is None and after and _PER_SHARE_CLAUSE.match(ctx.text, ncs, nce)
        if not part and not per_share \
                and (price is not None or after or _OTHER_DEAL.search(ctx.text, ncs, nce) or nce <= ce):
            return price  # (…,转让价格为每股38.5元,交易总价约为21.6亿元: past a share's price to the total)
        ce = nce
    return None


# A收购B后持有C 60%股权 / 入股B之后又…: 后 right after a name closes the deal as the time of what follows
_THEN_AFTER = re.compile(r"(?:之后|以后|后)(?![的来续期半台面方])")


def time_clause_end(ctx: Ctx, t: Span, ce: int) -> int:
    """Where the deal's own words end inside its clause: at a 后 right after a name that follows the verb (what comes
    after it is another verb's, told at the time of this deal); else the clause's end."""
    for after in _THEN_AFTER.finditer(ctx.text, t.end, ce):
        if any(m.end == after.start() for m in ctx.mentions(t.end, after.start())):
            return after.start()
    return ce


def stake_for(ctx: Ctx, t: Span) -> Value | None:
    """The stake the deal moves: the stake nearest the trigger in its clause (目前持有A公司15%股权,今年以2亿元
    收购B公司51%股权: 51%), else the first stake elsewhere in its part of the sentence whose clause makes no
    deal of its own (…万股股份,股权比例为63.5%). A stake past a semicolon is another statement's (星海资本是其
    长期股东；2021年，某国资平台向其子公司投资20亿元，取得18%股权: 18% is not 星海资本's)."""
    stakes = [v for v in ctx.values("percent", segment_start(ctx, t.start), segment_end(ctx, t.end))
              if _is_stake(ctx, v)]
    cs, ce = value_clause(ctx, t.start)
    told = time_clause_end(ctx, t, ce)  # (A收购B后持有C 60%股权: 60% is the holding's)
    in_clause = [v for v in stakes if cs <= v.start and v.end <= ce and v.start < told]
    own = nearest([v for v in in_clause if not _deal_between(ctx, t, v)], t)
    if own is not None or in_clause or told < ce:  # (a deal told as the time of later verbs: theirs are after it)
        return own  # 收购B 40%股权后又对B增资2亿元: 40% is the acquisition's, the capital increase names none
    # 以3亿元收购A 20%股权,同时增资B: 20% is A's, not B's
    found = next((v for v in stakes if not (cs <= v.start and v.end <= ce)
                  and (_DEAL_MEASURE.match(ctx.text, value_clause(ctx, v.start)[0])
                       or not _deal_word_outside_names(ctx, *value_clause(ctx, v.start)))
                  and not _held_by_another(ctx, t, v, cs, ce)), None)
    if found is not None and _WHOLE_AFTER.match(ctx.text, t.end, ce) and not _is_whole(found):
        return None  # 收购B全部股权，…，B的股东将获得C 25%股权: the whole of B, told in words; 25% is C's
    return found


def _is_whole(v: Value) -> bool:
    try:
        return float(getattr(v.value, "value", v.value)) >= 100
    except (TypeError, ValueError):
        return v.text.startswith("100")


# 收购B全部股权 / 购买B的全部股份: the whole company, told in words, no percentage
_WHOLE_AFTER = re.compile(r"[^，,；;。]{0,30}?的?(?:全部|全体)(?:股东)?(?:股权|股份|权益|已发行股份)")


# …连续增持B，增持比例达2.2%，累计持有B 15.2%的股份: a clause opening with the deal's own measure tells its stake
_DEAL_MEASURE = re.compile(r"\s*(?:本次|此次|其)?(?:增持|减持|转让|受让|认购)(?:的)?(?:股份|股权)?(?:比例|数量)")


_HOLDS = re.compile(r"持股|持有")
_RATIO_CLAUSE = re.compile(r"\s*[(（]?约?占")  # a ratio clause (，占公司总股本的13%) goes on with the clause before it


def _held_by_another(ctx: Ctx, t: Span, v: Value, cs: int, ce: int) -> bool:
    """A参与了B的新一轮融资，此前C已在B持股近四成: the stake is held by a party the deal's clause does not name (a
    holding told by a rank, C持股21%，为其第一大股东, is C's own)."""
    if _HOLDS.search(ctx.text, t.start, t.end) or "股东" in ctx.text[t.start:t.end]:
        return False
    vcs, _ = value_clause(ctx, v.start)
    if _RATIO_CLAUSE.match(ctx.text, vcs) and vcs - 2 > cs:  # C持有公司3亿股，占公司总股本的13%: C's clause goes on
        vcs = value_clause(ctx, vcs - 2)[0]
    verb = _HOLDS.search(ctx.text, vcs, v.start)
    if verb is None or _AFTER_DEAL.match(ctx.text, vcs):  # 交易完成后A将持有B 100%股权: the deal's own result
        return False
    holders = [m for m in ctx.doc.mentions_in(vcs, verb.start()) if m.kind in ("organization", "candidate", "person")]
    if holders and _PART_OF.match(ctx.text, vcs):
        return True  # 获得A、B投资，其中A持股12%: one of the list holds it, not the deal's parties as a whole
    own = {m.key for m in ctx.doc.mentions_in(cs, ce)}
    return any(m.key not in own for m in holders)


def _deal_word_outside_names(ctx: Ctx, start: int, end: int) -> bool:
    """Whether a deal word stands between start and end outside the names there (哈勃投资持股6.5%: 投资 ends a name)."""
    names = ctx.doc.mentions_in(start, end)
    return any(not any(m.start <= w.start() and w.end() <= m.end for m in names)
               for w in _OTHER_DEAL.finditer(ctx.text, start, end))


def stakes_by_patient(ctx: Ctx, t: Span, patients: list[Mention]) -> list[Value | None]:
    """The stake each patient of one deal takes, in the patients' order: the stake written right after its
    name (收购A 100%股权及B 60%股权: 100%, 60%), else a list of one stake per patient after the last name
    or after 分别 (购买A和B 35%、20%的股份 / …股份,比例分别为35%、20%), else the deal's stake
    (stake_for) for all (收购A、B各51%股权: 51% each)."""
    n = len(patients)
    own = [_stakes_after(ctx, p) for p in patients]
    if n > 1 and len(own[-1]) == n and not any(own[:-1]):
        return own[-1]
    own = [found[0] if len(found) == 1 else None for found in own]
    if n > 1 and all(v is None for v in own):
        each = [v for v in respective(ctx, t, "percent", n) if _is_stake(ctx, v)]
        own = each if len(each) == n else own
    if all(v is not None for v in own):
        return own
    deal = stake_for(ctx, t)
    return [v or deal for v in own]


# A 100%股权, A的51%股份, A公司70%股权, A(以下简称“A'”)26%的股权
_OWN_STAKE_GAP = re.compile(r"\s*(?:[(（](?:以下简称|以下称|下文简称|下称|简称)[^()（）]{1,30}[)）])?\s*(?:的|公司)?\s*$")


def _stakes_after(ctx: Ctx, patient: Mention) -> list[Value]:
    """The stake written right after a name, or the list of them (长岭高新 35%的股权: [35%]; A和长岭高新
    72%、70%的股份: [72%, 70%] after the last name)."""
    _, ce = value_clause(ctx, patient.end)
    after = ctx.values("percent", patient.end, ce)
    if not after or not _OWN_STAKE_GAP.match(ctx.text, patient.end, after[0].start):
        return []
    run = [after[0]]
    for w in after[1:]:
        if not _LIST_LINK.fullmatch(ctx.text, run[-1].end, w.start):
            break
        run.append(w)
    return run if _is_stake(ctx, run[-1]) else []


# 持股5%以上的股东 / 持股比例超过5%的股东 / 持股逾5%的大股东: a threshold naming a class of holders
_THRESHOLD_AFTER = re.compile(r"(?:以上|及以上)?的?(?:股东|大股东|重要股东|主要股东)")
_THRESHOLD_BEFORE = ("持股", "持股比例", "持有公司", "持有本公司")


def _is_stake(ctx: Ctx, v: Value) -> bool:
    """A percentage of shares (51%股权, 持股5%, 全资收购), not 全资 naming a subsidiary (全资子公司A收购…)."""
    if v.text == "全资":
        return not _OWNED_UNIT.match(ctx.text, v.end)
    if _THRESHOLD_AFTER.match(ctx.text, v.end) and ctx.text.endswith(_THRESHOLD_BEFORE, max(ctx.sent.start, v.start - 6), v.start):
        return False  # 持股5%以上的股东A / 持股逾5%的股东: the holder's class, not a stake of the deal
    after = ctx.text[v.end:v.end + 4]
    before = ctx.text[max(ctx.sent.start, v.start - 4):v.start]
    return bool(_STAKE_NEAR.search(after) or _STAKE_NEAR.search(before)
                or _STAKE_RATIO.search(ctx.text, max(ctx.sent.start, v.start - 24), v.start))


# A clause telling what already stood before the news (此前C已…, 早在2021年C就曾…)
_BACKGROUND = re.compile(r"\s*(?:此前|之前|早前|早在[^，,；;。]{0,10}?)[^，,；;。]{0,12}?(?:已经|已|曾经|曾|就)")


def modality_for(ctx: Ctx, t: Span) -> str:
    """The mood of the deal at trigger t. In the part of the sentence up to the trigger's clause end: a
    denial (传闻与事实不符), a deal called off (决定终止此前筹划的重组，即由A吸收合并B), a rumour (流传一则消息，
    称A正洽谈收购B) or a report (据悉); then, in the trigger's clause, a negation right before it (尚未收购),
    a figure not disclosed (没有公布多年期的投入总额), a hedge (有望, 不排除未来上市), a plan (拟, 计划,
    将以20亿元收购); a clause after a condition or a deal still to come (若交易完成，B将退市; 将以7亿美元投资B，
    交易完成后持有B 5%) takes the mood of what it depends on."""
    g = grammar()
    cs, ce = ctx.clause(t.start)
    seg = segment_start(ctx, t.start)
    if _BACKGROUND.match(ctx.text, cs):
        seg = cs  # 有消息称A参与了B的新一轮融资，此前C已在B持股四成: what stood before is told as known, no rumour
    found = {name for name, cue in g.modality if _cue_in(ctx, cue, name, seg, ce)}
    if "denied" in found and _LIMITED_TO.match(ctx.text, t.end):
        found.discard("denied")  # 相关消息不实，公司与B的合作仅限于业务层面: what is true after the denial, a partnership told
    source = _NAMED_REPORT.search(ctx.text, seg, t.start)
    if source is not None and not _OWN_WORD.search(source.group(1)):
        found.add("reported")  # 据彭博社报道，A拟收购B: a news source named, not the company's own word
    for name, mood in (("denied", "denied"), ("terminated", "negated"), ("rumored", "rumored"),
                       ("reported", "reported")):
        if name in found:
            return mood
    about = _ABOUT_THE_DEAL.match(ctx.text, t.end, ce) if _ABOUT.search(ctx.text, cs, t.start) else None
    if about is not None:  # 一则关于A有意收购B的传闻/新闻…: the deal is what the rumour or the news tells
        return "rumored" if about.group(1) in ("传闻", "传言", "流言", "谣言", "说法") else "reported"
    before = ctx.text[cs:t.start]
    lead = means_lead(ctx, cs, t.start)
    if lead < cs and _plans(ctx.text[lead:cs]):
        return "planned"  # 安进药品拟以27亿美元现金,或每股…的价格,收购B: the plan is said with the means
    # the words before the verb without the names in them: 太钢不锈宣布拟收购 holds no negation (不 is in a name)
    given_up = _GIVEN_UP.search(_without_names(ctx, cs, t.start))
    if given_up is not None:  # 宣布放弃以3亿元收购B的计划: given up; 拟放弃收购B: a plan to give up, the deal still planned
        return "planned" if given_up.group(1) else "negated"
    bare = _without_names(ctx, cs, t.start)
    if _NEGATION.search(bare) and not _NOT_THE_FIRST.search(bare) \
            or _NOT_DISCLOSED.search(before) and _UNDISCLOSED_FIGURE.match(ctx.text, t.end):
        return "negated"  # (这不是A第一次减持 / 并非首次入股: it has happened before, no negation)
    if _PROPOSAL_AFTER.match(ctx.text, t.end, ce):
        return "planned"  # A发布发行股份收购B 97.5%股权的交易草案: the deal a draft or plan puts forward
    if _INTENT_BEFORE.search(_without_names(ctx, cs, t.start)):
        return "planned"  # A欲收购B / 正考虑入股B / 寻求出售所持B股权 / 出价20亿元收购B: wanted or under way, not done
    if ctx.text.endswith("挂牌", cs, t.start) and not _SOLD_ON_THE_EXCHANGE.search(ctx.text, cs, ctx.sent.end):
        return "planned"  # 在产权交易所挂牌转让所持B股份: offered for sale, no buyer yet (not 挂牌转让…已成交/被A摘牌)
    if ctx.text[t.start - 1:t.start] == "或" and not ctx.mentions(t.start - 2, t.start - 1):
        return "expected"  # A或收购B: may
    clause = {name for name, cue in g.modality
              if (cue.search(without_plans_named(ctx.text[cs:ce])) if name == "planned" else cue.search(ctx.text, cs, ce))}
    if "expected" in clause:
        return "expected"
    if cs > seg and _PROPOSAL_BEFORE.search(ctx.text, seg, cs) and not _DONE_IN_PROPOSAL.search(ctx.text, seg, ce) \
            and not _DONE_AFTER.search(ctx.text, t.start, t.end + 1):
        return "planned"  # A宣布了一项收购计划：以5亿元收购B / A公布重组预案，公司以发行股份方式购买B: what the paper proposes
    if "planned" in clause or _FUTURE_JIANG.search(before) or _FUTURE_JIANG_PHRASE.search(before) \
            or _dated_ahead(ctx, cs, ce):
        if _PLAN_DROPPED_AFTER.match(ctx.text, ce, ctx.sent.end):
            return "negated"  # A原计划投资B，但最终放弃 / 一度拟收购B，后因估值分歧作罢: the plan given up
        return "planned"
    if _plan_goes_on(ctx, cs, seg, t):
        chained = _plan_past_adjuncts(ctx, ctx.clause(cs - 2)[0], cs, seg) \
            if not _plans(ctx.text[ctx.clause(cs - 2)[0]:cs - 1]) else None
        return _mood_of(chained if chained is not None else ctx.text[ctx.clause(cs - 2)[0]:cs - 1])
    return _mood_depended_on(ctx, cs, seg)


# The next clause of the sentence gives the plan up: 但最终放弃 / 不过此事后来搁浅 / 后因价格分歧作罢 / 但未能成行
_PLAN_DROPPED_AFTER = re.compile(r"\s*[，,]\s*(?:但是?|却|不过|然而|可|后|后来|最终|最后|随后)(?:[^。；;！？!?，,]){0,16}?"
                                 r"(?:放弃|作罢|搁浅|取消|告吹|未能成行|未果|未能实现|未能成功|没有成功|未成功|终止|叫停)"
                                 r"(?![^，,。；;]{0,4}(?:其他|另|别的|对))")


# A paper of a plan named right before the deal's clause, which then tells what it proposes (一项收购计划：以5亿元收购B /
# 公布重组预案，公司以发行股份方式购买B); not one done (完成了去年披露的收购计划：…, 已实施)
_PROPOSAL_BEFORE = re.compile(r"(?:预案|草案|方案|计划|议案)[”\"」》]?\s*[，,：:]\s*$")
_DONE_IN_PROPOSAL = re.compile(r"已|完成|实施完毕|了(?!一项|一份|一个|《)|曾|此前")
# 收购B 49%股权的交易草案 / 购买C的重组预案 / 收购D的相关议案: the deal is what the paper after it proposes
_PROPOSAL_AFTER = re.compile(r"[^，,；;。]{0,60}?的(?:相关)?(?:交易|重组|收购|并购|购买)?(?:草案|预案|方案|计划|议案)")


def _mood_of(text: str) -> str:
    """planned for a plan (拟, 计划, 将以…), expected for an expectation only (预计, 有望)."""
    g = grammar()
    if any(cue.search(text) for name, cue in g.modality if name == "planned") or _JIANG_ANYWHERE.search(text):
        return "planned"
    return "expected" if any(cue.search(text) for name, cue in g.modality if name == "expected") else "planned"


_ABOUT = re.compile(r"关于")
# A want, a search, a consideration or an attempt right before the deal verb in its clause (names left out), or a deal
# under way (正在收购) or nearly agreed (接近达成收购B的协议), or a bid (出价20亿元收购); not 考虑到 (given that), not a
# deal told as done in between (寻求扩张，已收购 is two clauses)
_INTENT_BEFORE = re.compile(r"(?:(?:欲|意欲|想要|(?<![理思构设梦联回感预猜冥])想|寻求|谋求|考虑(?!到)|有兴趣|试图|企图|意图|希望|"
                            r"接近达成|出价)(?:(?!已|了|曾)[^，,；;。]){0,12}|正在(?:(?!已|了|曾)[^，,；;。]){0,3})$")
_SOLD_ON_THE_EXCHANGE = re.compile(r"成交|摘牌|完成|已转让|交割|过户")
_ABOUT_THE_DEAL = re.compile(r"[^，,；;。]{0,24}?的(传闻|传言|流言|谣言|说法|消息|新闻|报道)")


def negated_before(ctx: Ctx, before: Span) -> bool:
    """Whether the stretch before a verb holds a negation (星河智算尚未撤回科创板上市申请: 尚未)."""
    return _NEGATION_WORD.search(ctx.text, before.start, before.end) is not None


_NEGATION_WORD = re.compile(r"尚未|仍未|并未|未能|没有|未曾|从未|暂无|并无|尚无|无意|放弃|未(?!来|经审计|经审阅)|不再|不(?![断仅少同只但久过论管如排])")


def _dated_ahead(ctx: Ctx, cs: int, ce: int) -> bool:
    """Whether the clause dates what it states after the document's own date (in an article of 2025-09:
    2027年第四季度再推出更大的超节点, 明年完成交割): it has not happened yet. A date of the same year or month
    as the document's (2025年, 9月) is not ahead, nor is a month of a document dated by its year only."""
    ref = ctx.doc.ref_date
    if not ref:
        return False
    for d in ctx.values("date", cs, ce):
        key = getattr(d.value, "sort_key", "")
        n = min(len(key), len(ref))
        if key and key[:n] > ref[:n]:
            return True
    return False


def plan_in_clause(ctx: Ctx, t: Span) -> bool:
    """Whether the trigger's clause plans or expects what it states, whatever the sentence's source says of it
    (援引知情人士称，A计划在2025年投入超过120亿美元: a reported plan is still a plan)."""
    cs, ce = ctx.clause(t.start)
    before = ctx.text[cs:t.start]
    return (any(cue.search(ctx.text, cs, ce) for name, cue in grammar().modality if name in ("planned", "expected"))
            or bool(_FUTURE_JIANG.search(before) or _FUTURE_JIANG_PHRASE.search(before)))




def _cue_in(ctx: Ctx, cue: re.Pattern[str], name: str, start: int, end: int) -> bool:
    """Whether the cue stands between start and end; a termination cue not before 上市/挂牌 (终止上市 is a
    delisting); no 被-cue whose 被 a name follows (A被传音控股收购: a passive whose agent is 传音控股, no rumour)."""
    if name != "terminated":
        found = cue.search(ctx.text, start, end)
        if found is None or not found.group().startswith("被"):
            return found is not None
        return any(not m.group().startswith("被") or not any(n.start == m.start() + 1 for n in ctx.mentions(m.start(), end))
                   for m in cue.finditer(ctx.text, start, end))
    return any(not _TERMINATION_NOT.match(ctx.text, m.end()) and not PLAN_CHANGED.search(ctx.text, m.end(), end)
               for m in cue.finditer(ctx.text, start, end))


# 决定终止发行股份购买资产事项，拟变更为以现金5亿元购买B 100%股权: the plan that replaces the one called off is
# no termination (变更为, 改为, 调整为, 转而 after the termination word)
# (终止减持计划，同时表示将在一个月内增持 / 放弃了减持安排，还打算增持: a new plan of its own in a later clause)
PLAN_CHANGED = re.compile(r"[，,；;]\s*(?:[^，,。；;]{0,8}?)(?:变更为|改为|调整为|转而|更改为|改以)"
                           r"|[，,；;]\s*(?:同时|并且|并|另外|此外|还|又)(?:表示|宣布|称|披露|公告)?(?:将|拟|计划|打算|准备)")


def _mood_depended_on(ctx: Ctx, cs: int, seg: int) -> str:
    """planned for a clause that depends on a deal still to come: a condition clause, or the clause right
    after one (若交易完成，极氪将从纽交所退市; not 若以股价估算，获利五倍，尽管如此，A仍为B第二大股东), one
    stating the result of a deal (交易完成后持有…) where the sentence before it plans the deal (将以约7亿美元
    投资B，交易完成后持有B约5%的股份), or one telling a part of the plan right before it (将在英国投资300亿美元，
    其中约155亿美元用于资本开支); else asserted."""
    if _CONDITION.match(ctx.text, cs) or cs > seg and _CONDITION.match(ctx.text, ctx.clause(cs - 1)[0]):
        return "planned"
    if cs > seg:  # 若交易完成，A将持有B 60%股权，B成为A的控股子公司: a second result of the condition, after one still to come
        pcs = ctx.clause(cs - 1)[0]
        if pcs > seg and _CONDITION.match(ctx.text, ctx.clause(pcs - 1)[0]) and _STILL_TO_COME.search(ctx.text, pcs, cs) \
                and not _DONE_BEFORE.search(ctx.text, cs, ctx.clause(cs)[1]):
            return "planned"
    if _AGREED_TERMS.search(ctx.text, seg, cs) and not _DONE_IN_PROPOSAL.search(ctx.text, cs, ctx.clause(cs)[1]):
        return "planned"  # 根据协议，A将以5亿元收购B，C以2亿元认购B新增注册资本: the terms agreed, still to be carried out
    if _AFTER_DEAL.match(ctx.text, cs):
        return "planned" if _plans(ctx.text[seg:cs]) else "asserted"
    if _PART_OF.match(ctx.text, cs) and cs > seg:
        return "planned" if _plans(ctx.text[ctx.clause(cs - 1)[0]:cs]) else "asserted"
    return "asserted"


_PART_OF = re.compile(r"[\s“”]*其中")
_STILL_TO_COME = re.compile(r"将|会|拟")
# What the deal's terms say it will do, opening its part of the sentence (根据协议，… / 按照约定，… / 协议约定，…)
_AGREED_TERMS = re.compile(r"^\s*(?:根据|按照|依据|依照)(?:该|上述|本)?(?:协议|约定|安排|交易方案)[，,]|^\s*(?:协议|合同)约定")
_JIANG_ANYWHERE = re.compile(_FUTURE_JIANG_PHRASE.pattern.rstrip("$"))


def plans_in(text: str) -> bool:
    """Whether the text plans or expects something (拟, 计划, 有望, 将以…): _plans, for other modules."""
    return _plans(text)


def _plans(text: str) -> bool:
    """Whether the text plans or expects something (拟, 计划, 有望, 将以…, 将在…; not a plan named as a noun whose
    time or end it tells: 减持计划已实施完毕)."""
    text = without_plans_named(text)
    return any(cue.search(text) for name, cue in grammar().modality if name in ("planned", "expected")) \
        or bool(_JIANG_ANYWHERE.search(text))


# 减持计划已实施完毕 / 在减持计划期间 / 增持计划期限届满 / 本次转让计划实施完成: a holder's plan named as a noun, with its
# time or its end; the clause plans nothing of its own (减持计划期间已减持80万股: a sale made)
_PLAN_NAMED = re.compile(r"(?:减持|增持|转让|出售|股份变动|买入|卖出)计划(?=(?:已经|已|均|现已|目前已|业已)?(?:全部)?"
                         r"(?:实施完毕|实施完成|完成|届满|期限届满|期间|期内|实施期间|实施期内|时间过半|数量过半|实施进展|"
                         r"实施情况|实施结果|区间|范围内|内))")


# 已完成股份减持计划 / 实施此前公告的减持计划 / 实施完毕本次减持计划: the plan carried out, named after its verb
PLAN_CARRIED_OUT = re.compile(r"(?:完成|实施完毕|实施完成|实施)了?(?:已经?披露的|已公告的|此前披露的|前期披露的|本次|此次|上述|前述)?"
                              r"的?(?:股份)?(?:减持|增持|转让|出售)计划")


def without_plans_named(text: str) -> str:
    """The text with each plan named as a noun whose time or end it tells (减持计划已实施完毕, 已完成减持计划) blanked
    out, for the plan cues (计划) to be read past it."""
    if "计划" not in text:
        return text
    text = _PLAN_NAMED.sub(lambda m: "_" * len(m.group()), text)
    return PLAN_CARRIED_OUT.sub(lambda m: "_" * len(m.group()), text)


def segment_start(ctx: Ctx, pos: int) -> int:
    """Start of the semicolon-separated part of the sentence holding pos."""
    return max(ctx.sent.start, max(ctx.text.rfind("；", ctx.sent.start, pos), ctx.text.rfind(";", ctx.sent.start, pos)) + 1)


def segment_end(ctx: Ctx, pos: int) -> int:
    """End of the semicolon-separated part of the sentence holding pos."""
    ends = [i for i in (ctx.text.find("；", pos, ctx.sent.end), ctx.text.find(";", pos, ctx.sent.end)) if i >= 0]
    return min(ends) if ends else ctx.sent.end


def round_in_sentence(ctx: Ctx, pos: int | None = None) -> str | None:
    """The round the sentence names; given pos, the one of pos's semicolon part first (获得A天使轮投资；次年完成
    B轮融资，由C领投: C leads the B round), the last named before pos there if any (在最新一轮融资之前，A完成天使轮
    融资，由C领投: the angel round), else the first after it (C领投了A的B轮融资)."""
    if pos is not None:
        found = list(grammar().round.finditer(ctx.text, segment_start(ctx, pos), segment_end(ctx, pos)))
        before = [m for m in found if m.start() < pos]
        if found:
            return (before[-1] if before else found[0]).group()
    if pos is not None and ctx.values("date", segment_start(ctx, pos), segment_end(ctx, pos)):
        return None  # 2023年4月完成天使轮融资；2024年4月完成一轮融资: a part with its own date tells its own round
    m = grammar().round.search(ctx.sent.text)
    return m.group() if m else None


def round_for(ctx: Ctx, t: Span) -> str | None:
    m = grammar().round.search(ctx.text, *ctx.clause(t.start))
    return m.group() if m else None


def deal_structure(text: str) -> tuple[str | None, list[dict]]:
    """Consideration and terms stated in a stretch of text."""
    g = grammar()
    consideration = None
    if g.consideration["cloud_credits"].search(text):
        consideration = "mixed" if g.consideration["partial"].search(text) else "cloud_credits"
    elif g.consideration["cash"].search(text):
        consideration = "cash"
    if not _any_term().search(text):
        return consideration, []
    # (以市场机制独立运营的资管公司: a term before 的 describes a noun, here an investor's manager, no deal term)
    terms = [{"term": name, "text": m.group()} for name, cue in g.terms
             for m in [next((x for x in cue.finditer(text) if not text.startswith("的", x.end())), None)] if m]
    return consideration, terms


@cache
def _any_term() -> re.Pattern[str]:
    """Every term cue in one pattern: most texts hold none, and one pass says so. Built once per process."""
    return re.compile("|".join(f"(?:{cue.pattern})" for _, cue in grammar().terms))


def listing_stage(ctx: Ctx, t: Span, blank: re.Pattern[str] | None = None) -> str | None:
    """The stage the first listing-stage cue of the trigger's clause names (past a stage the clause says came before,
    …后): words matching `blank` are left out."""
    cs, ce = ctx.clause(t.start)
    then = ctx.text.rfind("后", cs, t.start)
    if then > cs and any(cue.search(ctx.text, cs, then) for _, cue in grammar().listing_stages) \
            and any(cue.search(ctx.text, then + 1, ce) for _, cue in grammar().listing_stages):
        cs = then + 1  # 申请失效后于今年1月再次递表: the stage before 后 came first, the trigger's is after it
    clause = ctx.text[cs:ce]
    if blank is not None:
        clause = blank.sub(lambda m: " " * len(m.group()), clause)
    for stage, cue in grammar().listing_stages:
        if cue.search(clause):
            return stage
    return None


def exchange_for(ctx: Ctx) -> str | None:
    for exchange, cue in grammar().exchanges:
        if cue.search(ctx.sent.text):
            return exchange
    return None


def base_fact(ctx: Ctx, ftype: str, roles: dict, t: Span, **quals: object) -> FactRecord:
    fact = FactRecord(ftype, roles, Span(ctx.sent.start, ctx.sent.end), modality_for(ctx, t))
    fact.qualifiers.update({k: v for k, v in quals.items() if v is not None})
    return fact


def frame_defaults(frame: object) -> dict:
    return dict(getattr(frame, "qualifiers", {}) or {})


def award_date(found: Value | None, t: Span) -> Value | None:
    """The date of an award (中标) as an event: the time told before the verb (8月，A中标B的…项目 / A于3月中标…). A year
    after it stands in the project's name (中标B 2025年度服务器采购项目) and dates no award; it stays the period."""
    return found if found is not None and found.end <= t.start else None


# a year alone (2025年, 2025年度, 2024-2025年度) that opens what a project is called
_YEAR_ONLY = re.compile(r"(?:19|20)\d\d(?:年|年度)?(?:\s*[-－—–~～至到]\s*(?:19|20)\d\d)?(?:年|年度)")
# …为<the year><the project's name>的中标单位: between the year and the word, a project's name (no clause break)
_PROJECT_NAMED = re.compile(r"[^，,；;。]{0,60}?(?:项目|工程|标段|标包|采购|服务)[^，,；;。]{0,24}?$")
# 公司于3月2日收到B发出的中标通知书 / 5日，A收到《中标通知书》: the notice of award, received
_NOTICE_GOT = re.compile(r"(?:收到|接到|接获)了?[^，,；;。]{0,40}?[《“]?(?:中标|成交|中选)通知书")


def award_day(ctx: Ctx, t: Span, period: Value | None) -> Value | None:
    """The date of an award told by the word for its winner (确定A为…项目的中标单位) or by 中标: award_date, but a year
    that opens the project's name after 为 (确定公司为2025年度服务器采购项目的中标人) names the project's period, not
    the award's day. With no day of its own, the award is dated by the day its notice was received in the sentence
    (A于3月2日收到B发出的中标通知书，确定A为…) or, where a year of the project's name was all the clause held (A
    8月5日晚间公告，公司中标B 2025年度…项目), by the day the report opening the sentence was made."""
    found = period
    if found is not None and found.end <= t.start and _YEAR_ONLY.fullmatch(found.text) \
            and _PROJECT_NAMED.fullmatch(ctx.text, found.end, t.start):
        cs = value_clause(ctx, t.start)[0]
        if re.search(r"为[“\"《]?\s*[^，,；;。为]{0,30}$", ctx.text[cs:found.start]):
            found = None  # 确定公司为2025年度…项目的中标人: the project's year
    day = award_date(found, t)
    if day is not None:
        return day
    notice = _NOTICE_GOT.search(ctx.text, ctx.sent.start, t.start)
    if notice is not None:
        got = date_for(ctx, Span(notice.start(), notice.end()))
        if got is not None and got.end <= notice.start():
            return got
    if period is not None:  # the year of the project's name, all the clause held: the report's day
        return _date_of_report(ctx, value_clause(ctx, t.start)[0])
    return None

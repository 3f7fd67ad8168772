"""What an investment puts money into, where the sentence names it after 对/向 and words stand between it and
the verb (deal_slots.invest_to reads the investor):

- A对B进行增资, A向B投资10亿元: B, right after 对/向.
- A拟出资3亿元对B以可转债的形式进行投资 / 对B(简称C)在不超过其股本3%的范围内做财务投资: the means, the bounds and
  the kind of investment (财务, 股权, 项目公司层面 …) may stand between B and the verb.
- 对德国精密仪器企业B的股权投资: B, named after its description.
- 对A旗下锂黏土项目公司B进行投资: B, A's unit, receives, not A.
The cue words (对/向, 旗下) are data (data/frames.yaml, `deal_cues`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from dealgraph.datafiles import read_yaml
from dealgraph.extract.document import Mention, Span
from dealgraph.extract.grammar import alt

if TYPE_CHECKING:
    from dealgraph.extract.frames import Ctx

ORG = ("organization", "candidate")
# Between the company receiving and the verb: 进行, 追加, an aside (简称C), the means (以现金方式, 以可转债的形式),
# the bounds (在不超过其股本3%的范围内) and the kind of investment (财务投资, 股权投资, 项目公司层面投资).
_GAP = re.compile(r"(?:进行|实施|追加|继续|增加|战略|现金|共同|合计|累计|分别|了|的|[(（][^()（）]*[)）]"
                  r"|以[^，,；;。()（）]{0,14}?(?:形式|方式)|在[^，,；;。()（）]{0,16}?(?:范围内|以内)"
                  r"|财务|股权|产业|少数股权|项目公司层面|项目层面|公司层面)*")
# A description before the name (德国精密仪器企业B): it ends in a kind of company.
_DESCRIBED = re.compile(r"[^，,；;。、]{0,20}?(?:机构|企业|公司|集团|厂商|平台|巨头|龙头|商)")


@cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    raw = read_yaml("frames.yaml")["deal_cues"]
    return re.compile(f"(?:{alt(raw['recipient'])})"), re.compile(alt(raw["parent"]))


def invest_recipients(ctx: Ctx, cs: int, t: Span) -> tuple[int, list[Mention]]:
    """The companies that receive the money of the investment at t, named after the clause's last 对/向, and
    where that 对/向 stands; (-1, []) where the clause is not worded so."""
    recipient, parent = _cues()
    marks = list(recipient.finditer(ctx.text, cs, t.start))
    if not marks:
        return -1, []
    mark = marks[-1]
    named = ctx.group_right(mark.end(), t.start, max_gap=0)
    if named and not _GAP.fullmatch(ctx.text, named[-1].end, t.start):
        unit = parent.match(ctx.text, named[-1].end) if len(named) == 1 else None
        named = _named_after(ctx, unit.end(), t) if unit is not None else []  # 对A旗下项目公司B: B
    if not named:
        named = _named_after(ctx, mark.end(), t)  # 对德国精密仪器企业B的股权投资: B
    return (mark.start(), named) if named else (-1, [])


def _named_after(ctx: Ctx, start: int, t: Span) -> list[Mention]:
    """The last name before the verb, when a description (ending in a kind of company) stands between start
    and it and only the words _GAP allows stand between it and the verb."""
    found = [m for m in ctx.mentions(start, t.start, ORG) if m.start >= start]
    if not found:
        return []
    last = found[-1]
    if not _GAP.fullmatch(ctx.text, last.end, t.start):
        return []
    lead = ctx.text[start:last.start]
    return [last] if not lead.strip() or _DESCRIBED.fullmatch(lead) else []


# After the verb, a ranking that names the stocks bought: 增持股份最多的是A, 买入金额最高的为A.
_RANKED = re.compile(r"(?:股份|股票|金额|数量|股数|市值|规模)?(?:最多|最大|最高|居首)的?(?:是|为)")
_RANKED_BUY = re.compile(r"(?:增持|买入|新进|加仓|净买入)" + _RANKED.pattern)
# Ending the clause before the verb's own, a copula that lists stocks: the next ones of a ranking (其次是A和B, 紧随其后的是A、B)
# or the stocks of a list (增持的个股仅有A和B, 新进的股票包括A、B).
_NEXT_RANKED = re.compile(r"(?:其次是|其次为|次之的是|其后的是|随后的是|依次是|依次为)$")
_STOCKS_ARE = re.compile(r"(?:个股|股票)(?:仅|只|主要)?(?:有|为|是|包括)$")
# The verb's clause: nothing but 分别/被 before the verb and a quantity after it (，分别被增持2.9亿股、2.2亿股).
_EACH_BOUGHT = re.compile(r"\s*(?:分别|各自|也|均|还)?(被|获)?(?:累计|合计|大举|大幅)?")
_QUANTITY_AFTER = re.compile(r"了?\s*(?:约|超过|逾|近)?[\d.]+\s*(?:万|亿)?(?:股|元|美元)")


def ranked_stocks(ctx: Ctx, cs: int, t: Span) -> tuple[list[Mention], bool]:
    """Stocks bought, named by a ranking or a list rather than as the verb's object: 增持股份最多的是A (A); then
    其次是B和C，分别增持0.5亿股和0.4亿股 (B, C: the ranking is of stocks); 紧随其后的是B、C，分别被增持… (B, C: bought);
    增持的个股仅有B和C，分别增持300万股和120万股 (B, C). A list of holders (股东包括B和C，分别增持…; 其次是B，分别增持…
    after no ranking of stocks) buys. Names an earlier fact of the sentence bought already are not read again. Also
    whether the ranking stands in the verb's own clause (its buyer may be the clause's carried subject: 国家队…，其中
    买入最多的是A), not in a list before it (其次是B: the subject carried there is the stock ranked first)."""
    _, ce = ctx.clause(t.start)
    ranked = _RANKED.match(ctx.text, t.end)
    found: list[Mention] = []
    if ranked is not None:
        found = ctx.group_right(ranked.end(), ce, ORG, max_gap=1)
    elif cs > ctx.sent.start and _QUANTITY_AFTER.match(ctx.text, t.end):
        each = _EACH_BOUGHT.fullmatch(ctx.text, cs, t.start)
        pcs = ctx.clause(cs - 1)[0]
        listed = ctx.group_left(pcs, cs - 1, ORG) if each is not None else []
        if listed and re.fullmatch(r"\s*(?:等)?", ctx.text[listed[-1].end:cs - 1]):
            lead = ctx.text[pcs:listed[0].start]
            if _STOCKS_ARE.search(lead) or _NEXT_RANKED.search(lead) and (
                    each.group(1) or _RANKED_BUY.search(ctx.text, ctx.sent.start, pcs)):
                found = listed
    bought = {m.key for f in ctx.facts if f.type == "investment" for m in f.roles.get("investee", [])}
    return [m for m in found if m.key not in bought], ranked is not None

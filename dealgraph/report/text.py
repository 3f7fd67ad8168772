"""Words and numbers shared by the Markdown and HTML reports (plain text; renderers escape it)."""

from __future__ import annotations

from dealgraph.analyze import fx, when
from dealgraph.analyze.labels import label, layer_label, layers, sector_label
from dealgraph.analyze.portfolio import Exit, Holding
from dealgraph.analyze.status import Status
from dealgraph.analyze.strategy import MEASURES, Period, Shift
from dealgraph.report.data import SideReport


class Evidence:
    """Numbers the facts a report cites, in the order it first cites them (#ev-1, #ev-2 …)."""

    def __init__(self, facts: dict[str, dict]) -> None:
        self.facts = facts
        self.numbers: dict[str, int] = {}

    def ref(self, fact_id: str) -> int:
        return self.numbers.setdefault(fact_id, len(self.numbers) + 1)

    def entries(self) -> list[tuple[int, dict]]:
        return [(n, self.facts[fid]) for fid, n in self.numbers.items() if fid in self.facts]


def yuan(value: float) -> str:
    """An amount in yuan the way Chinese reports write it: 137.97亿元, 5000万元."""
    if abs(value) >= 1e8:
        return f"{value / 1e8:,.2f}".rstrip("0").rstrip(".") + "亿元"
    if abs(value) >= 1e4:
        return f"{value / 1e4:,.2f}".rstrip("0").rstrip(".") + "万元"
    return f"{value:,.0f}元"


def money(amount: dict | None, year: int | None = None) -> str:
    """The amount as written, plus its value in yuan when it is in another currency."""
    if not amount:
        return ""
    written = amount.get("text") or ""
    converted = fx.to_cny(amount, year)
    if converted is None or converted.rate == 1.0:
        return written
    basis = f"{converted.year}年均汇率{converted.rate:g}" + ("，年份不详或超出汇率表" if converted.nearest else "")
    return f"{written}（≈{yuan(converted.cny)}，{basis}）"


def cny(h: Holding) -> str:
    return yuan(h.cny.cny) if h.cny else ""


def percent(share: float | None, count: int, total: int) -> str:
    return "—" if share is None else f"{share:.0%}（{count}/{total}）"


def how(h: Holding) -> str:
    word = label("how", h.how)
    kind = h.qualifiers.get("kind") if h.how == "partnership" else None
    return f"{word}·{label('partnership', kind)}" if kind else word


def detail(h: Holding, group: str) -> str:
    """What else the fact says: the member that acted, co-investors, the business bought, round, consideration,
    terms."""
    parts = []
    via = [n for n in h.via if n != group]
    if via:
        parts.append("经" + "、".join(via))
    if h.others:
        names = "、".join(h.others)
        parts.append(names if h.how == "partnership" else f"与{names}联合")
    q = h.qualifiers
    if q.get("asset"):  # 收购青禾集团的芯片设计业务: a business of the company, not the company
        parts.append("标的：" + str(q["asset"]))
    if q.get("measure") == "voting_power":  # 控制公司45.6%的表决权: the share is of the votes, not of the shares
        parts.append("股比为表决权比例")
    if q.get("round"):
        parts.append(str(q["round"]))
    if q.get("consideration") and q["consideration"] != "unknown":
        parts.append("对价：" + label("consideration", q["consideration"]))
    if q.get("terms"):
        parts.append("条款：" + "；".join(label("term", t.get("term")) for t in q["terms"]))
    if h.result:
        parts.append("成立" + "、".join(h.result))
    if h.exited:
        parts.append(exited(h))
    return "；".join(parts)


# The Exits table's columns, in both renderers.
EXIT_COLUMNS = ["公司", "层级", "时间", "出售股比", "金额", "折合人民币", "买方", "状态", "结果", "说明", "原文",
                "证据"]


def exited(h: Holding) -> str:
    """A holding a full exit ended: 已于2023退出 (已退出 when the sale is undated)."""
    if not h.exited:
        return ""
    when_ = date(h.exited.date)
    return label("exit", "exited_on").format(date=when_) if when_ else label("exit", "exited")


def buyers(x: Exit) -> str:
    """Who bought what the group sold; the text may name none (a sale on the market)."""
    return "、".join(x.others) or label("exit", "buyer_unnamed")


def exit_result(x: Exit) -> str:
    """完全退出 when the group kept no stake, else 部分出售."""
    return label("exit", "full" if x.full else "partial")


def exit_detail(x: Exit, group: str) -> str:
    """The member that sold, when it is not the group itself: 经青禾资本."""
    via = [n for n in x.via if n != group]
    return "经" + "、".join(via) if via else ""


def exit_line(x: Exit, group: str) -> str:
    """One sale in a sentence: 远岫半导体（出售，2021，20%，5亿元，买方：北辰资本，完全退出）."""
    bits = [how(x), date(x.date), stake(x.stake), x.amount.get("text", "") if x.amount else "",
            f"买方：{buyers(x)}", exit_result(x), exit_detail(x, group)]
    return f"{x.name}（{'，'.join(b for b in bits if b)}）"


def sentence(h: Holding) -> str:
    """The evidence sentences of a relation, as written."""
    return " …… ".join(e["text"] for e in h.evidence)


def stake(value: dict | None) -> str:
    return (value or {}).get("text") or ""


def date(d: dict | None) -> str:
    return when.text(d)


def sector(h_or_row: Holding | Status) -> str:
    return sector_label(h_or_row.sector)


def layer(key: str | None) -> str:
    return layer_label(key)


def stage(f: dict | None) -> str:
    return label("stage", f["qualifiers"].get("stage")) if f else ""


def exchange(f: dict | None) -> str:
    return label("exchange", f["qualifiers"].get("exchange")) if f else ""


def listing(row: Status) -> str:
    """The stage reached, with what is planned or expected next."""
    text = (stage(row.listing) + _raised(row.listing)) if row.listing else "—"
    for f in row.next_listing:
        when_ = date(f.get("date"))
        text += f"；{label('modality', f['modality'])}{stage(f)}" + (f"（{when_}）" if when_ else "") + _raised(f)
    return text


def _raised(f: dict) -> str:
    """What a listing raises or plans to raise: （募资 60亿元）."""
    return f"（募资 {money(f['amount'])}）" if f.get("amount") else ""


def result(f: dict) -> str:
    """A profit, loss or revenue statement: 亏损 15.82亿元（2025-Q1，同比扩大7倍）; of one business: AI业务·收入 5.25亿元."""
    q = f["qualifiers"]
    word = label("metric", q.get("metric"))
    if q.get("segment"):
        word = f"{q['segment']}·{word}"
    if f["modality"] == "negated":
        word = "尚未" + word
    value = q.get("value") or {}
    change = q.get("change") or {}
    notes = [when.text(q.get("period")) or date(f.get("date")), change.get("text") or ""]
    notes = [n for n in notes if n]
    return f"{word} {value.get('text', '')}".strip() + (f"（{'，'.join(notes)}）" if notes else "")


def profit(row: Status) -> str:
    return result(row.profit) if row.profit else ""


def revenue(row: Status) -> str:
    return "；".join(result(f) for f in row.results if f["qualifiers"].get("metric") == "revenue")


def financing(f: dict | None) -> str:
    """The last financing: when, how much, from whom."""
    if not f:
        return ""
    q = f["qualifiers"]
    when_ = date(f.get("date")) or when.text(q.get("period"))
    amount = (f.get("amount") or q.get("value") or {}).get("text", "")
    investors = "、".join(m["name"] for m in f["roles"].get("investor", []))
    return " ".join(p for p in (when_, q.get("round") or "", amount, investors and f"（{investors}）") if p)


def flag(key: str) -> str:
    return label("flag", key)


def figure(period: Period, measure: str) -> str:
    """A measure's share in a period with its count: of the deals, or for exits of all transactions."""
    if measure == "exits":
        return percent(period.exit_share(), len(period.exits), period.transactions())
    return percent(period.share(measure), period.count(measure), len(period.deals))


def mix(period: Period) -> str:
    total = len(period.deals)
    return "、".join(f"{layer(k)} {n}/{total}" for k, n in period.layer_mix().items())


def exit_mix(period: Period) -> str:
    """What the group sold in a period by layer, with the companies: 基础层 1/3（远岫半导体）."""
    total = len(period.exits)
    names = {k: "、".join(dict.fromkeys(x.name for x in period.exits if x.layer == k)) for k in period.exit_mix()}
    return "、".join(f"{layer(k)} {n}/{total}（{names[k]}）" for k, n in period.exit_mix().items())


def shift(s: Shift) -> str:
    """A shift between two periods in one sentence."""
    a, b = s.before, s.after
    if s.measure == "layer":
        return f"{a.label} → {b.label}：投资重心由{_main_layers(a)}转向{_main_layers(b)}。"
    if s.measure == "exits":
        sold = "、".join(b.exited()) or "—"
        if a.exit_share() == b.exit_share():  # the same share, more or fewer sales
            return (f"{a.label} → {b.label}：出售笔数由{len(a.exits)}{label('change', s.direction)}{len(b.exits)}"
                    f"，{label('measure', 'exits')}持平（{figure(b, 'exits')}；{b.label}出售：{sold}）。")
        return (f"{a.label} → {b.label}：{label('measure', 'exits')}由{figure(a, 'exits')}"
                f"{label('change', s.direction)}{figure(b, 'exits')}（{b.label}出售：{sold}）。")
    return (f"{a.label} → {b.label}：{label('measure', s.measure)}占比由{figure(a, s.measure)}"
            f"{label('change', s.direction)}{figure(b, s.measure)}。")


def _main_layers(p: Period) -> str:
    top = p.main_layers()
    share = f"{p.layer_mix()[top[0]]}/{len(p.deals)}"
    return "、".join(layer(k) for k in top) + (f"（各{share}）" if len(top) > 1 else f"（{share}）")


def modality(f: dict) -> str:
    return label("modality", f["modality"])


def deal_line(h: Holding, group: str) -> str:
    """One deal in a sentence: 中天微（收购，2018，全资）."""
    bits = [how(h), date(h.date), stake(h.stake), h.amount.get("text", "") if h.amount else "", detail(h, group)]
    return f"{h.name}（{'，'.join(b for b in bits if b)}）"


def coverage(layers: dict[str, list[str]]) -> str:
    return " · ".join(f"{layer(k)}（{'、'.join(sector_label(s) for s in v) or '—'}）" for k, v in layers.items())


def fact_summary(f: dict) -> str:
    """A fact in a line for the evidence list: type, roles, modality."""
    roles = "；".join(f"{r}: {'、'.join(m['name'] for m in ms)}" for r, ms in f["roles"].items() if ms)
    return f"{f['type']} · {modality(f)} · {roles}"


def both_back(row: dict, sides: list[SideReport]) -> str:
    """A company both groups backed, with the side that sold out of it since: 远岫半导体（青禾集团已退出）."""
    gone = [s.name for s, sales in zip(sides, row["exited"]) if sales]
    return row["name"] + (f"（{'、'.join(label('exit', 'both_back_exited').format(name=n) for n in gone)}）"
                          if gone else "")


def both_back_facts(row: dict) -> list[str]:
    """The facts behind a company both back: each side's backing and sales."""
    return row["facts"][0] + row["facts"][1] + row["exited"][0] + row["exited"][1]


def plan_kind(f: dict) -> str:
    return "资本计划" if f["type"] == "capital_plan" else label("metric", f["qualifiers"].get("metric"))


def side_figures(s: SideReport) -> list[tuple[str, str]]:
    """The figures set side by side for an investor and its peer, as (name, value)."""
    p, overall = s.side.portfolio, s.side.strategy.overall()
    rows = [("覆盖的公司与自研单元数", str(len(p.companies()))), ("出资的公司数", str(len(p.backed())))]
    rows += [(f"{layer(k)}公司数", str(len({h.company for h in p.holdings if h.layer == k}))) for k in layers()]
    rows.append(("投资与收购笔数", str(len(s.side.strategy.deals))))
    rows += [(label("measure", m), figure(overall, m)) for m in MEASURES]
    rows += [("出售笔数（退出）", str(len(s.side.exits))), ("已完全退出的公司数", str(len(s.side.exited())))]
    rows.append(("未计入的事实（否认/传闻等）", str(len(p.apart))))
    return rows


def comparison_rows(sides: list[SideReport]) -> list[list[str]]:
    """Rows of (figure, value for each side)."""
    columns = [side_figures(s) for s in sides]
    return [[name, *(col[i][1] for col in columns)] for i, (name, _) in enumerate(columns[0])]

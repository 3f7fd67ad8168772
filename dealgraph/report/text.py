"""Words and numbers shared by the Markdown and HTML reports (plain text; renderers escape it)."""

from __future__ import annotations

from dealgraph.analyze import fx, when
from dealgraph.analyze.labels import label, layer_label, layers, sector_label
from dealgraph.analyze.portfolio import Holding
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
    if q.get("round"):
        parts.append(str(q["round"]))
    if q.get("consideration") and q["consideration"] != "unknown":
        parts.append("对价：" + label("consideration", q["consideration"]))
    if q.get("terms"):
        parts.append("条款：" + "；".join(label("term", t.get("term")) for t in q["terms"]))
    if h.result:
        parts.append("成立" + "、".join(h.result))
    return "；".join(parts)


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
    text = stage(row.listing) or "—"
    for f in row.next_listing:
        when_ = date(f.get("date"))
        text += f"；{label('modality', f['modality'])}{stage(f)}" + (f"（{when_}）" if when_ else "")
    return text


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
    return percent(period.share(measure), period.count(measure), len(period.deals))


def mix(period: Period) -> str:
    total = len(period.deals)
    return "、".join(f"{layer(k)} {n}/{total}" for k, n in period.layer_mix().items())


def shift(s: Shift) -> str:
    """A shift between two periods in one sentence."""
    a, b = s.before, s.after
    if s.measure == "layer":
        return f"{a.label} → {b.label}：投资重心由{_main_layers(a)}转向{_main_layers(b)}。"
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


def plan_kind(f: dict) -> str:
    return "资本计划" if f["type"] == "capital_plan" else label("metric", f["qualifiers"].get("metric"))


def side_figures(s: SideReport) -> list[tuple[str, str]]:
    """The figures set side by side for an investor and its peer, as (name, value)."""
    p, overall = s.side.portfolio, s.side.strategy.overall()
    rows = [("覆盖的公司与自研单元数", str(len(p.companies()))), ("出资的公司数", str(len(p.backed())))]
    rows += [(f"{layer(k)}公司数", str(len({h.company for h in p.holdings if h.layer == k}))) for k in layers()]
    rows.append(("投资与收购笔数", str(len(s.side.strategy.deals))))
    rows += [(label("measure", m), figure(overall, m)) for m in MEASURES]
    rows.append(("未计入的事实（否认/传闻等）", str(len(p.apart))))
    return rows


def comparison_rows(sides: list[SideReport]) -> list[list[str]]:
    """Rows of (figure, value for each side)."""
    columns = [side_figures(s) for s in sides]
    return [[name, *(col[i][1] for col in columns)] for i, (name, _) in enumerate(columns[0])]

"""The investor report as Markdown: portfolio by layer, exits, status board, strategy by period, comparison and
evidence."""

from __future__ import annotations

from dealgraph.analyze.labels import label, layers
from dealgraph.analyze.strategy import MEASURES, Strategy
from dealgraph.report import text as t
from dealgraph.report.data import ReportData, SideReport


def cell(value: object) -> str:
    """A table cell: pipes escaped, line breaks flattened."""
    return str(value).replace("\\", "\\\\").replace("|", "\\|").replace("\r", " ").replace("\n", " ")


def table(head: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return lines + [""]


def refs(ev: t.Evidence, fact_ids: list[str]) -> str:
    numbers = sorted({ev.ref(f) for f in fact_ids})
    return " ".join(f"[{n}](#ev-{n})" for n in numbers)


def render(data: ReportData) -> str:
    ev = t.Evidence(data.facts)
    title = f"# {data.investor.name} 投资报告" + (f"（对比：{data.peer.name}）" if data.peer else "")
    lines = [title, "", "只计入已确认或据报道的事实；已否认、传闻、否定及尚未发生的事实单独列出，不计入统计。"
             "每一行末尾的编号链接到原文句子（见文末“证据”）。", ""]
    for number, side in enumerate(data.sides, 1):
        lines += portfolio_section(side, ev, number)
        lines += status_section(side, ev)
        lines += strategy_section(side.side.strategy, ev)
    if data.peer:
        lines += comparison_section(data, ev)
    lines += evidence_section(ev)
    return "\n".join(lines) + "\n"


def portfolio_section(side: SideReport, ev: t.Evidence, number: int) -> list[str]:
    p = side.side.portfolio
    lines = [f"## {number}. {p.name}：资金流向", ""]
    reached = p.coverage()
    missing = [t.layer(k) for k in layers() if k not in reached]
    lines += [f"**全栈覆盖**：{t.coverage(reached) or '—'}" + ("（三层全覆盖）" if p.full_stack() else
              f"（未覆盖：{'、'.join(missing)}）"), ""]
    for layer, sectors in p.by_layer().items():
        lines += [f"### {t.layer(layer)}", ""]
        rows = [[h.name, t.sector(h), t.how(h), t.date(h.date), h.amount.get("text", "") if h.amount else "",
                 t.cny(h), t.stake(h.stake), t.detail(h, p.name), refs(ev, [h.fact_id])]
                for hs in sectors.values() for h in hs]
        lines += table(["公司", "细分", "方式", "时间", "金额", "折合人民币", "股比", "说明", "证据"], rows)
    lines += exits_section(side, ev)
    if p.apart:
        lines += ["### 未计入：已否认、传闻或尚未发生", ""]
        rows = [[h.name, t.how(h), label("modality", h.modality), t.date(h.date), t.money(h.amount, h.year),
                 t.stake(h.stake), refs(ev, [h.fact_id])] for h in p.apart]
        lines += table(["公司", "方式", "状态", "时间", "金额", "股比", "证据"], rows)
    return lines


def exits_section(side: SideReport, ev: t.Evidence) -> list[str]:
    """The group's counted sales: what it sold, when, how much of it, for how much, to whom, and the sentence."""
    p = side.side.portfolio
    lines = [f"### {p.name}：{label('exit', 'section')}", ""]
    if not p.exits:
        return lines + ["（没有已确认或据报道的出售）", ""]
    rows = [[x.name, t.layer(x.layer), t.date(x.date), t.stake(x.stake), (x.amount or {}).get("text", ""), t.cny(x),
             t.buyers(x), label("modality", x.modality), t.exit_result(x), t.exit_detail(x, p.name), t.sentence(x),
             refs(ev, [x.fact_id])] for x in p.exits]
    return lines + table(t.EXIT_COLUMNS, rows)


def status_section(side: SideReport, ev: t.Evidence) -> list[str]:
    lines = [f"### {side.name}：被投企业现状", ""]
    rows = []
    for r in side.board:
        rows.append([r.name, "、".join(label("how", h) for h in r.hows), t.listing(r), t.exchange(r.listing),
                     t.date((r.listing or {}).get("date")), t.profit(r), t.revenue(r), t.financing(r.financing),
                     "、".join(dict.fromkeys(t.flag(f.key) for f in r.flags)), refs(ev, r.fact_ids())])
    if not rows:
        return lines + ["（没有被投企业的状态信息）", ""]
    return lines + table(["公司", "关系", "上市进度", "交易所", "日期", "盈亏", "营收", "最近融资", "提示", "证据"], rows)


def strategy_section(s: Strategy, ev: t.Evidence) -> list[str]:
    lines = [f"### {s.name}：投资策略变化", ""]
    if not s.periods:
        return lines + ["（没有带日期的投资或收购，无法分期）", ""]
    head = ["时期", "交易数", *(label("measure", m) for m in MEASURES), "层级分布", label("measure", "exits"),
            "出售的层级分布", "证据"]
    rows = [[p.label, str(len(p.deals)), *(t.figure(p, m) for m in MEASURES), t.mix(p), t.figure(p, "exits"),
             t.exit_mix(p), refs(ev, [d.holding.fact_id for d in p.deals] + [x.fact_id for x in p.exits])]
            for p in s.periods]
    lines += table(head, rows)
    for p in s.periods:
        if p.deals or not p.exits:
            lines.append(f"- **{p.label}**：" + "；".join(t.deal_line(d.holding, s.name) for d in p.deals))
        if p.exits:
            lines.append(f"- **{p.label} 出售**：" + "；".join(t.exit_line(x, s.name) for x in p.exits))
    if s.undated:
        lines.append("- **未注明时间**：" + "；".join(t.deal_line(d.holding, s.name) for d in s.undated))
    if s.undated_exits:
        lines.append("- **未注明时间的出售**：" + "；".join(t.exit_line(x, s.name) for x in s.undated_exits))
    lines.append("")
    if s.shifts:
        lines += ["**变化**：", ""]
        lines += [f"- {t.shift(x)} {refs(ev, x.facts)}" for x in s.shifts]
        lines.append("")
    return lines


def comparison_section(data: ReportData, ev: t.Evidence) -> list[str]:
    a, b = data.investor, data.peer
    assert b is not None
    lines = [f"## {len(data.sides) + 1}. 对比：{a.name} 与 {b.name}", ""]
    lines += table(["指标", a.name, b.name], t.comparison_rows([a, b]))
    if data.both_back:
        lines += ["**共同投资的公司**：" + "；".join(
            f"{t.both_back(row, [a, b])} {refs(ev, t.both_back_facts(row))}" for row in data.both_back), ""]
    for s in (a, b):
        lines += [f"**{s.name} 的资本计划与支出**：", ""]
        rows = [[t.plan_kind(f), (f.get("amount") or f["qualifiers"].get("value") or {}).get("text", ""),
                 t.date(f.get("date")) or t.date(f["qualifiers"].get("period") or f["qualifiers"].get("horizon")),
                 str(f["qualifiers"].get("purpose") or ""), label("modality", f["modality"]), refs(ev, [f["id"]])]
                for f in s.side.plans + s.side.spending]
        lines += table(["类别", "金额", "时间/期限", "用途", "状态", "证据"], rows) if rows else ["（无）", ""]
    return lines


def evidence_section(ev: t.Evidence) -> list[str]:
    lines = ["## 证据", ""]
    for n, f in ev.entries():
        sentences = " …… ".join(e["text"] for e in f["evidence"])
        where = "; ".join(f"{e['doc']}:{e['start']}–{e['end']}" for e in f["evidence"])
        lines.append(f"{n}. <a id=\"ev-{n}\"></a>{cell(sentences)} — {cell(t.fact_summary(f))}（{where}）")
    return lines + [""]

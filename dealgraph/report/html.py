"""The investor report as one offline HTML file: ECharts and the data inlined, every row linked to its sentence."""

from __future__ import annotations

import html
import json
from importlib import resources
from string import Template

from dealgraph.analyze.labels import label, layers
from dealgraph.analyze.strategy import MEASURES, Strategy
from dealgraph.errors import DataFileError
from dealgraph.report import charts
from dealgraph.report import text as t
from dealgraph.report.data import ReportData, SideReport

ECHARTS = "report/static/echarts.min.js"


def e(value: object) -> str:
    return html.escape(str(value), quote=True)


def refs(ev: t.Evidence, fact_ids: list[str]) -> str:
    numbers = sorted({ev.ref(f) for f in fact_ids})
    return " ".join(f'<a class="ev" href="#ev-{n}">[{n}]</a>' for n in numbers)


def table(head: list[str], rows: list[list[str]], cls: str = "") -> str:
    """A table of already-escaped cells."""
    th = "".join(f"<th>{e(h)}</th>" for h in head)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f'<table class="{cls}"><thead><tr>{th}</tr></thead><tbody>{body}</tbody></table>'


def render(data: ReportData) -> str:
    ev = t.Evidence(data.facts)
    sections = []
    for i, side in enumerate(data.sides):
        sections.append(portfolio_section(side, ev, i, slot("chart-sankey") if i == 0 else ""))
        sections.append(status_section(side, ev, i))
        sections.append(strategy_section(side.side.strategy, ev, i, slot("chart-strategy") if i == 0 else ""))
    if data.peer:
        sections.append(comparison_section(data, ev, slot("chart-compare")))
    sections.append(f'<section id="network"><h2>共同投资网络</h2>{slot("chart-network")}</section>')
    sections.append(f'<section id="timeline"><h2>时间线</h2>{slot("chart-timeline")}</section>')
    figures = charts.all_charts(data, ev)  # after the tables, so evidence numbers follow the reading order
    sections.append(evidence_section(ev))
    body = "\n".join(sections)
    for c in figures:
        body = body.replace(slot(c["id"]), f'<figure><figcaption>{e(c["title"])}</figcaption>'
                                          f'<div class="chart" id="{e(c["id"])}"></div></figure>')
    title = f"{data.investor.name} 投资报告" + (f"（对比：{data.peer.name}）" if data.peer else "")
    return _template("report.html").substitute(
        title=e(title), style=_asset("report.css"), nav=nav(data), body=body,
        echarts=_echarts(), data=_json({"charts": figures}), script=_asset("report.js"))


def slot(chart_id: str) -> str:
    """Where a chart goes; filled once the charts are built."""
    return f"<!--chart:{chart_id}-->"


def nav(data: ReportData) -> str:
    links = [("portfolio-0", "资金流向"), ("exits-0", label("exit", "section")), ("status-0", "被投企业现状"),
             ("strategy-0", "策略变化")]
    if data.peer:
        links += [("compare", "对比"), ("portfolio-1", data.peer.name)]
    links += [("network", "共同投资"), ("timeline", "时间线"), ("evidence", "证据")]
    return " · ".join(f'<a href="#{a}">{e(b)}</a>' for a, b in links)


def portfolio_section(side: SideReport, ev: t.Evidence, idx: int, chart: str) -> str:
    p = side.side.portfolio
    reached = p.coverage()
    missing = [t.layer(k) for k in layers() if k not in reached]
    cover = t.coverage(reached) or "—"
    cover += "（三层全覆盖）" if p.full_stack() else f"（未覆盖：{'、'.join(missing)}）"
    parts = [f'<section id="portfolio-{idx}"><h2>{e(p.name)}：资金流向</h2>', chart,
             f'<p class="coverage"><b>全栈覆盖</b>：{e(cover)}</p>']
    for layer, sectors in p.by_layer().items():
        rows = [[e(h.name), e(t.sector(h)), e(t.how(h)), e(t.date(h.date)), e((h.amount or {}).get("text", "")),
                 e(t.cny(h)), e(t.stake(h.stake)), e(t.detail(h, p.name)), refs(ev, [h.fact_id])]
                for hs in sectors.values() for h in hs]
        parts.append(f'<h3 class="layer-{e(layer)}">{e(t.layer(layer))}</h3>')
        parts.append(table(["公司", "细分", "方式", "时间", "金额", "折合人民币", "股比", "说明", "证据"], rows))
    parts.append(exits_section(side, ev, idx))
    if p.apart:
        rows = [[e(h.name), e(t.how(h)), f'<span class="modality">{e(label("modality", h.modality))}</span>',
                 e(t.date(h.date)), e(t.money(h.amount, h.year)), e(t.stake(h.stake)), refs(ev, [h.fact_id])]
                for h in p.apart]
        parts.append('<h3>未计入：已否认、传闻或尚未发生</h3>')
        parts.append(table(["公司", "方式", "状态", "时间", "金额", "股比", "证据"], rows, "apart"))
    return "\n".join(parts) + "</section>"


def exits_section(side: SideReport, ev: t.Evidence, idx: int) -> str:
    """The group's counted sales, each with its buyer, result and sentence."""
    p = side.side.portfolio
    head = f'<h3 id="exits-{idx}">{e(p.name)}：{e(label("exit", "section"))}</h3>'
    if not p.exits:
        return head + "<p>没有已确认或据报道的出售。</p>"
    rows = [[e(x.name), e(t.layer(x.layer)), e(t.date(x.date)), e(t.stake(x.stake)),
             e((x.amount or {}).get("text", "")), e(t.cny(x)), e(t.buyers(x)),
             f'<span class="modality">{e(label("modality", x.modality))}</span>',
             f'<span class="exit-{"full" if x.full else "partial"}">{e(t.exit_result(x))}</span>',
             e(t.exit_detail(x, p.name)), f'<span class="quote">{e(t.sentence(x))}</span>', refs(ev, [x.fact_id])]
            for x in p.exits]
    return head + table(t.EXIT_COLUMNS, rows, "exits")


def status_section(side: SideReport, ev: t.Evidence, idx: int) -> str:
    rows = []
    for r in side.board:
        flags = "".join(f'<span class="flag flag-{e(k)}">{e(t.flag(k))}</span>'
                        for k in dict.fromkeys(fl.key for fl in r.flags))
        profit_cls = {True: "profit", False: "loss", None: ""}[r.profitable]
        rows.append([e(r.name), e("、".join(label("how", h) for h in r.hows)), e(t.listing(r)), e(t.exchange(r.listing)),
                     e(t.date((r.listing or {}).get("date"))), f'<span class="{profit_cls}">{e(t.profit(r))}</span>',
                     e(t.revenue(r)), e(t.financing(r.financing)), flags, refs(ev, r.fact_ids())])
    body = table(["公司", "关系", "上市进度", "交易所", "日期", "盈亏", "营收", "最近融资", "提示", "证据"], rows, "board") \
        if rows else "<p>没有被投企业的状态信息。</p>"
    return f'<section id="status-{idx}"><h2>{e(side.name)}：被投企业现状</h2>{body}</section>'


def strategy_section(s: Strategy, ev: t.Evidence, idx: int, chart: str) -> str:
    parts = [f'<section id="strategy-{idx}"><h2>{e(s.name)}：投资策略变化</h2>', chart]
    if not s.periods:
        return "\n".join(parts) + "<p>没有带日期的投资或收购，无法分期。</p></section>"
    head = ["时期", "交易数", *(label("measure", m) for m in MEASURES), "层级分布", label("measure", "exits"),
            "出售的层级分布", "证据"]
    rows = [[e(p.label), str(len(p.deals)), *(e(t.figure(p, m)) for m in MEASURES), e(t.mix(p)),
             e(t.figure(p, "exits")), e(t.exit_mix(p)),
             refs(ev, [d.holding.fact_id for d in p.deals] + [x.fact_id for x in p.exits])] for p in s.periods]
    parts.append(table(head, rows))
    items = []
    for p in s.periods:
        if p.deals or not p.exits:
            items.append(f"<li><b>{e(p.label)}</b>：" + "；".join(
                e(t.deal_line(d.holding, s.name)) + " " + refs(ev, [d.holding.fact_id]) for d in p.deals) + "</li>")
        if p.exits:
            items.append(f'<li class="exits"><b>{e(p.label)} 出售</b>：' + "；".join(
                e(t.exit_line(x, s.name)) + " " + refs(ev, [x.fact_id]) for x in p.exits) + "</li>")
    if s.undated:
        items.append("<li><b>未注明时间</b>：" + "；".join(e(t.deal_line(d.holding, s.name)) + " "
                                                       + refs(ev, [d.holding.fact_id]) for d in s.undated) + "</li>")
    if s.undated_exits:
        items.append('<li class="exits"><b>未注明时间的出售</b>：' + "；".join(
            e(t.exit_line(x, s.name)) + " " + refs(ev, [x.fact_id]) for x in s.undated_exits) + "</li>")
    parts.append(f'<ul class="deals">{"".join(items)}</ul>')
    if s.shifts:
        shifts = "".join(f"<li>{e(t.shift(x))} {refs(ev, x.facts)}</li>" for x in s.shifts)
        parts.append(f'<h3>变化</h3><ul class="shifts">{shifts}</ul>')
    return "\n".join(parts) + "</section>"


def comparison_section(data: ReportData, ev: t.Evidence, chart: str) -> str:
    a, b = data.investor, data.peer
    assert b is not None
    parts = [f'<section id="compare"><h2>对比：{e(a.name)} 与 {e(b.name)}</h2>', chart]
    parts.append(table(["指标", a.name, b.name], [[e(c) for c in row] for row in t.comparison_rows([a, b])]))
    if data.both_back:
        both = "；".join(f"{e(t.both_back(r, [a, b]))} {refs(ev, t.both_back_facts(r))}" for r in data.both_back)
        parts.append(f"<p><b>共同投资的公司</b>：{both}</p>")
    for s in (a, b):
        rows = [[e(t.plan_kind(f)), e((f.get("amount") or f["qualifiers"].get("value") or {}).get("text", "")),
                 e(t.date(f.get("date")) or t.date(f["qualifiers"].get("period") or f["qualifiers"].get("horizon"))),
                 e(f["qualifiers"].get("purpose") or ""), e(label("modality", f["modality"])), refs(ev, [f["id"]])]
                for f in s.side.plans + s.side.spending]
        parts.append(f"<h3>{e(s.name)} 的资本计划与支出</h3>")
        parts.append(table(["类别", "金额", "时间/期限", "用途", "状态", "证据"], rows) if rows else "<p>无。</p>")
    return "\n".join(parts) + "</section>"


def evidence_section(ev: t.Evidence) -> str:
    items = []
    for n, f in ev.entries():
        quotes = "".join(f'<blockquote>{e(x["text"])}<cite>{e(x["doc"])}:{x["start"]}–{x["end"]}</cite></blockquote>'
                         for x in f["evidence"])
        items.append(f'<li id="ev-{n}" value="{n}"><div class="fact">{e(t.fact_summary(f))}</div>{quotes}</li>')
    return f'<section id="evidence"><h2>证据</h2><ol class="evidence">{"".join(items)}</ol></section>'


def _json(value: object) -> str:
    """JSON safe inside a <script> element."""
    text = json.dumps(value, ensure_ascii=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") \
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _asset(name: str) -> str:
    return resources.files("dealgraph").joinpath(f"report/templates/{name}").read_text("utf-8")


def _template(name: str) -> Template:
    return Template(_asset(name))


def _echarts() -> str:
    path = resources.files("dealgraph").joinpath(ECHARTS)
    if not path.is_file():
        raise DataFileError(f"ECharts is missing from the package (dealgraph/{ECHARTS})",
                            f"run `make install` or `bash scripts/fetch-echarts.sh dealgraph/{ECHARTS}`")
    return path.read_text("utf-8").replace("</script", "<\\/script")

"""ECharts options for the HTML report, as plain data (the page's script adds labels and click-through).

Every data item that stands for facts carries `ev`: the number of the evidence entry a click opens.
"""

from __future__ import annotations

from dealgraph.analyze import when
from dealgraph.analyze.labels import label, layers
from dealgraph.analyze.strategy import MEASURES
from dealgraph.report import text as t
from dealgraph.report.data import ReportData, SideReport

LAYER_COLORS = {"foundation": "#3b6ea5", "technology": "#7b5ea7", "application": "#3f9c6d", None: "#999999"}
SIDE_COLORS = ["#d9822b", "#2b7bd9"]


def all_charts(data: ReportData, ev: t.Evidence) -> list[dict]:
    charts = [sankey(data.investor, ev)]
    if data.investor.side.strategy.periods:
        charts.append(strategy(data.investor, ev))
    if data.peer:
        charts.append(layers_side_by_side(data))
    return charts + [network(data, ev), timeline(data, ev)]


def _chart(chart_id: str, title: str, option: dict, names: dict[str, str] | None = None) -> dict:
    return {"id": chart_id, "title": title, "option": option, "names": names or {}}


def sankey(side: SideReport, ev: t.Evidence) -> dict:
    """Investor → layer → sector → company, one unit of flow per company; nodes keep the stack order."""
    p = side.side.portfolio
    names, nodes, links = {"investor": p.name}, [{"name": "investor", "itemStyle": {"color": SIDE_COLORS[0]}}], []
    for layer, sectors in p.by_layer().items():
        lkey = f"layer:{layer}"
        names[lkey] = t.layer(layer)
        nodes.append({"name": lkey, "itemStyle": {"color": LAYER_COLORS.get(layer, "#999")}})
        layer_total = 0
        for sector, holdings in sectors.items():
            skey = f"sector:{layer}:{sector}"
            names[skey] = t.sector(holdings[0])
            nodes.append({"name": skey, "itemStyle": {"color": LAYER_COLORS.get(layer, "#999")}})
            firsts = {h.company: h for h in reversed(holdings)}
            for cid, h in firsts.items():
                ckey = f"company:{cid}"
                if ckey not in names:  # a company the group sold out of stays in the flow, named as such
                    names[ckey] = h.name + (f"（{label('exit', 'exited')}）" if p.exited(cid) else "")
                    nodes.append({"name": ckey, "ev": ev.ref(h.fact_id),
                                  "itemStyle": {"color": LAYER_COLORS.get(layer, "#999")}})
                links.append({"source": skey, "target": ckey, "value": 1, "ev": ev.ref(h.fact_id)})
            links.append({"source": lkey, "target": skey, "value": len(firsts)})
            layer_total += len(firsts)
        links.append({"source": "investor", "target": lkey, "value": layer_total})
    option = {"tooltip": {"trigger": "item"},
              "series": [{"type": "sankey", "data": nodes, "links": links, "nodeAlign": "left", "nodeGap": 6,
                          "layoutIterations": 0,
                          "emphasis": {"focus": "adjacency"}, "lineStyle": {"color": "gradient", "opacity": 0.35},
                          "left": 10, "right": 140, "top": 10, "bottom": 10}]}
    return _chart("chart-sankey", f"{p.name}：资金流向（投资方 → 层级 → 细分 → 公司）", option, names)


def strategy(side: SideReport, ev: t.Evidence) -> dict:
    """Per period, the share of control, syndicated, in-kind and independence deals; the deals and the sales."""
    s = side.side.strategy
    series = []
    for m in MEASURES:
        items = []
        for p in s.periods:
            share = p.share(m)
            first = next((d.holding.fact_id for d in p.deals if d.has(m)), None)
            items.append({"value": round(100 * share) if share is not None else 0,
                          **({"ev": ev.ref(first)} if first else {})})
        series.append({"type": "bar", "name": label("measure", m), "data": items,
                       "label": {"show": True, "position": "top", "formatter": "{c}%"}})
    counts = [{"value": len(p.deals), "ev": ev.ref(p.deals[0].holding.fact_id)} for p in s.periods if p.deals]
    series.append({"type": "line", "name": "交易笔数", "yAxisIndex": 1, "data": counts})
    if s.exits:  # money out beside money in: the sales per period
        sold = [{"value": len(p.exits), **({"ev": ev.ref(p.exits[0].fact_id)} if p.exits else {})} for p in s.periods]
        series.append({"type": "line", "name": "出售笔数", "yAxisIndex": 1, "data": sold,
                       "lineStyle": {"type": "dashed"}})
    option = {"tooltip": {"trigger": "axis"}, "legend": {"top": 0},
              "grid": {"top": 70, "left": 50, "right": 50, "bottom": 30},
              "xAxis": {"type": "category", "data": [p.label for p in s.periods]},
              "yAxis": [{"type": "value", "max": 100, "name": "%"}, {"type": "value", "name": "笔", "minInterval": 1}],
              "series": series}
    return _chart("chart-strategy", f"{s.name}：各时期投资方式", option)


def layers_side_by_side(data: ReportData) -> dict:
    """Companies per layer for the investor and the peer."""
    cats = [t.layer(k) for k in layers()]
    series = []
    for i, side in enumerate(data.sides):
        holdings = side.side.portfolio.holdings
        series.append({"type": "bar", "name": side.name, "itemStyle": {"color": SIDE_COLORS[i % 2]},
                       "label": {"show": True, "position": "top"},
                       "data": [len({h.company for h in holdings if h.layer == k}) for k in layers()]})
    option = {"tooltip": {"trigger": "axis"}, "legend": {"top": 0}, "grid": {"top": 40, "bottom": 30},
              "xAxis": {"type": "category", "data": cats}, "yAxis": {"type": "value", "minInterval": 1},
              "series": series}
    return _chart("chart-compare", "各层覆盖公司数：" + " vs ".join(s.name for s in data.sides), option)


def network(data: ReportData, ev: t.Evidence) -> dict:
    """Investors, the companies they back, and the other backers of those companies."""
    names: dict[str, str] = {}
    nodes: list[dict] = []
    links: dict[tuple[str, str], dict] = {}
    main = {s.side.portfolio.investor for s in data.sides}

    def node(key: str, name: str, category: int, size: int) -> None:
        if key not in names:
            names[key] = name
            nodes.append({"name": key, "category": category, "symbolSize": size})

    for side in data.sides:
        for b in side.side.backers:
            node(f"g:{b.group}", b.name, 0 if b.group in main else 2, 34 if b.group in main else 16)
            node(f"c:{b.company}", b.company_name, 1, 12)
            links.setdefault((f"g:{b.group}", f"c:{b.company}"),
                             {"source": f"g:{b.group}", "target": f"c:{b.company}", "ev": ev.ref(b.fact_id)})
    option = {"tooltip": {}, "legend": {"top": 0, "data": ["投资方", "被投公司", "其他出资方"]},
              "series": [{"type": "graph", "layout": "force", "roam": True, "draggable": True,
                          "categories": [{"name": "投资方"}, {"name": "被投公司"}, {"name": "其他出资方"}],
                          "force": {"repulsion": 260, "edgeLength": [50, 130]},
                          "label": {"show": True, "position": "right", "fontSize": 11},
                          "data": nodes, "links": list(links.values())}]}
    return _chart("chart-network", "共同投资网络（投资方 — 被投公司 — 其他出资方）", option, names)


def iso(date: dict | None) -> str | None:
    y, m, d = when.sort_key(date, end=False)
    return f"{y:04d}-{m or 1:02d}-{d or 1:02d}" if y else None


def timeline(data: ReportData, ev: t.Evidence) -> dict:
    """Dated deals and sales of each side, listing steps and closures of their companies, on a time axis."""
    series, companies = [], []

    def point(date: dict | None, company: str, fact_id: str, what: str) -> dict | None:
        at = iso(date)
        if at is None:
            return None
        companies.append(company)
        return {"value": [at, company], "ev": ev.ref(fact_id), "what": what}

    for side in data.sides:
        items = [point(h.date, h.name, h.fact_id, t.how(h)) for h in side.side.portfolio.holdings
                 if h.how in ("investment", "acquisition", "founding", "shareholding")]
        series.append({"name": f"{side.name}·出资", "data": [i for i in items if i]})
        sold = [point(x.date, x.name, x.fact_id, t.how(x)) for x in side.side.portfolio.exits]
        if any(sold):
            series.append({"name": f"{side.name}·{label('how', 'exit')}", "data": [i for i in sold if i],
                           "symbol": "rect"})
    steps, ends = [], []
    for side in data.sides:
        for row in side.board:
            steps += [point(f.get("date"), row.name, f["id"], t.stage(f)) for f in row.listing_steps]
            ends += [point(f.get("date"), row.name, f["id"], "关停") for f in row.closures]
    for i, s in enumerate(series):  # each side a little off the line, so a deal both made shows twice
        s["symbolOffset"] = [0, 6 * i - 3 * (len(series) - 1)]
    series.append({"name": "上市进度", "data": [i for i in steps if i], "symbol": "diamond"})
    series.append({"name": "关停", "data": [i for i in ends if i], "symbol": "triangle"})
    for s in series:
        s.update({"type": "scatter", "symbolSize": 12})
    years = [int(i["value"][0][:4]) for s in series for i in s["data"]]
    option = {"tooltip": {"trigger": "item"}, "legend": {"top": 0},
              "grid": {"top": 40, "left": 110, "right": 30, "bottom": 40},
              "xAxis": {"type": "time", **({"min": f"{min(years) - 1}-07-01", "max": f"{max(years) + 1}-06-30"}
                                           if years else {})},
              "yAxis": {"type": "category", "data": list(dict.fromkeys(companies))},
              "series": series}
    return _chart("chart-timeline", "时间线：出资、出售、上市进度与关停", option)

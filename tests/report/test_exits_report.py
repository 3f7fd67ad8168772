"""Exits in the investor report: the sales table with its sentences, held companies marked as sold out of,
exits per period, the peer comparison, escaping, charts in a real browser, and a sale read end to end."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from dealgraph.analyze import view
from dealgraph.report import data as report_data
from dealgraph.report import html as report_html
from dealgraph.store import Store
from tests.analyze.exit_story import save_story
from tests.report.conftest import make_runner
from tests.report.test_browser import ARGS, CHROMIUM, DRAWN, EVIDENCE_TARGETS
from tests.report.test_report import LINK, investor_part, section, table_row


@pytest.fixture
def markdown(store: Store, cli) -> str:  # type: ignore[no-untyped-def]
    save_story(store)
    return cli("report", "青禾集团", "--compare", "北辰资本").output


def cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip().strip("|").split("|")]


def test_the_exits_table_gives_company_date_stake_amount_buyer_state_and_sentence(markdown: str) -> None:
    sold = section(investor_part(markdown), "青禾集团：退出")
    head = cells(sold.strip().splitlines()[0])
    assert head[:10] == ["公司", "层级", "时间", "出售股比", "金额", "折合人民币", "买方", "状态", "结果", "说明"]
    row = dict(zip(head, cells(table_row(sold, "远岫半导体"))))
    assert (row["时间"], row["出售股比"], row["金额"], row["买方"], row["状态"], row["结果"]) == \
           ("2021", "20%", "5亿元", "北辰资本", "已确认", "完全退出")
    assert row["原文"] == "2021年，青禾集团向北辰资本转让其持有的远岫半导体20%股权，转让价格为5亿元。"
    assert LINK.search(row["证据"])
    market = dict(zip(head, cells(table_row(sold, "澜海科技"))))
    assert market["买方"] == "未披露" and market["金额"] == "8亿元" and market["出售股比"] == ""
    assert dict(zip(head, cells(table_row(sold, "海岚机器人"))))["结果"] == "部分出售"
    assert "星湾科技" not in sold  # planned: apart
    assert "出售" in table_row(section(investor_part(markdown), "未计入"), "星湾科技")


def test_holdings_sold_out_of_stay_and_say_so(markdown: str) -> None:
    part = investor_part(markdown)
    assert "已于2021退出" in table_row(section(part, "基础层"), "远岫半导体")
    assert "退出" not in table_row(section(part, "应用层"), "海岚机器人")  # a partial sale: still held
    assert "投资方已退出" in table_row(section(part, "青禾集团：被投企业现状"), "澜海科技")


def test_exits_per_period_and_their_shift(markdown: str) -> None:
    strategy = section(investor_part(markdown), "青禾集团：投资策略变化")
    late = table_row(strategy, "2020–2024")
    assert "60%（3/5）" in late and "基础层 1/3（远岫半导体）" in late
    assert "- **2020–2024 出售**：远岫半导体（出售，2021，20%，5亿元，买方：北辰资本，完全退出）；" in strategy
    assert re.search(r"出售退出.*由0%（0/3）升至60%（3/5）"
                     r"（2020–2024出售：远岫半导体、海岚机器人、澜海科技）", strategy)


def test_the_comparison_counts_exits_per_group(markdown: str) -> None:
    compared = section(markdown, "3. 对比")
    assert cells(table_row(compared, "出售笔数（退出）"))[1:] == ["3", "0"]
    assert cells(table_row(compared, "已完全退出的公司数"))[1:] == ["2", "0"]
    assert "远岫半导体（青禾集团已退出）" in compared
    assert "（没有已确认或据报道的出售）" in section(markdown.split("## 2. ")[1], "北辰资本：退出")


def test_every_exit_link_has_its_sentence(markdown: str) -> None:
    evidence = section(markdown, "证据")
    for n in {m.group(1) for m in LINK.finditer(section(investor_part(markdown), "青禾集团：退出"))}:
        entry = next(line for line in evidence.splitlines() if f'id="ev-{n}"' in line)
        assert "seller: 青禾集团" in entry


def test_html_exits_are_escaped_and_linked(store: Store) -> None:
    save_story(store)
    g = view.load(store)
    hostile = '<img src=x onerror="alert(1)">'
    buyer = "北辰</td><script>alert(2)</script>"
    for f in g.facts:
        for ev in f["evidence"]:
            ev["text"] = hostile + ev["text"]
        for m in f["roles"].get("acquirer", []):
            m["name"] = buyer if m["name"] == "北辰资本" else m["name"]
    page = report_html.render(report_data.collect(g, "青禾集团"))
    assert hostile not in page and "<script>alert(2)" not in page
    exits = re.search(r'<h3 id="exits-0">.*?</table>', page, re.S)
    assert exits and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;2021年" in exits.group(0)
    assert "北辰&lt;/td&gt;&lt;script&gt;alert(2)&lt;/script&gt;" in exits.group(0)
    assert 'href="#exits-0"' in page
    targets = set(re.findall(r'href="#(ev-\d+)"', page))
    assert targets <= set(re.findall(r'id="(ev-\d+)"', page))


def test_html_charts_show_the_sales_in_a_browser(store: Store, cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.fail("Chromium is not installed: `make test` installs it (bash scripts/system-deps.sh)")
    from playwright.sync_api import sync_playwright

    save_story(store)
    out = tmp_path / "report.html"
    cli("report", "青禾集团", "--format", "html", "-o", str(out))
    page_text = out.read_text("utf-8")
    inlined = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', page_text, re.S)
    charts = {c["id"]: c for c in json.loads(inlined.group(1))["charts"]}
    assert [s["name"] for s in charts["chart-timeline"]["option"]["series"]][:2] == ["青禾集团·出资", "青禾集团·出售"]
    assert any(s["name"] == "出售笔数" for s in charts["chart-strategy"]["option"]["series"])
    flow = set(charts["chart-sankey"]["names"].values())
    assert {"澜海科技（已退出）", "远岫半导体（已退出）", "海岚机器人"} <= flow
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file://")
                       else route.abort())
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto(out.as_uri())
            page.wait_for_function("window.dealgraphCharts !== undefined")
            drawn = page.evaluate(DRAWN, ["chart-strategy", "chart-timeline"])
            missing = page.evaluate(EVIDENCE_TARGETS)
            sold = page.evaluate("""() => echarts.getInstanceByDom(document.getElementById('chart-timeline'))
                .getOption().series.find(s => s.name.endsWith('出售')).data.length""")
            shown = page.locator("#exits-0").is_visible()
        finally:
            browser.close()
    assert not errors, errors
    assert all(c["width"] > 100 and c["points"] > 0 for c in drawn), drawn
    assert not missing and sold == 3 and shown


def test_a_sale_read_by_extraction_reaches_the_report(tmp_path: Path) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    text = ("青禾集团出售远岫半导体股权\n日期：2021-06-01\n\n2018年，青禾集团以3亿元投资了远岫半导体。"
            "2021年，青禾集团向北辰资本转让其持有的远岫半导体20%股权，转让价格为5亿元。\n")
    (folder / "sale.txt").write_text(text, encoding="utf-8")
    run = make_runner(tmp_path, folder)
    md = run("report", "青禾集团")
    row = table_row(section(md, "青禾集团：退出"), "远岫半导体")
    assert "北辰资本" in row and "5亿元" in row and "20%" in row and "完全退出" in row
    assert "已于2021退出" in table_row(section(md, "基础层"), "远岫半导体")
    buyer = run("report", "北辰资本")
    assert "收购" in table_row(section(buyer, "基础层"), "远岫半导体")


def test_an_undated_sale_is_listed_under_the_periods(store: Store, cli) -> None:  # type: ignore[no-untyped-def]
    from tests.analyze.exit_story import Sale, rows

    text = "2019年，石峰资本以1亿元投资了青川智能。石峰资本已清仓所持青川智能的股份。"
    store.save([rows("shifeng", text, [Sale("石峰资本已清仓", "石峰资本", "青川智能")])])
    md = cli("report", "石峰资本").output
    strategy = section(md, "石峰资本：投资策略变化")
    assert "- **未注明时间的出售**：青川智能（出售，买方：未披露，完全退出）" in strategy
    assert "完全退出" in table_row(section(md, "石峰资本：退出"), "青川智能")
    page = cli("report", "石峰资本", "--format", "html").output
    assert "<b>未注明时间的出售</b>：青川智能（出售，买方：未披露，完全退出）" in page

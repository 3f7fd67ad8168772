"""The HTML report in headless Chromium, offline from a file:// URL: every chart draws, links resolve."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.report.conftest import Run

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
CHARTS = ["chart-sankey", "chart-strategy", "chart-compare", "chart-network", "chart-timeline"]

DRAWN = """ids => ids.map(id => {
  const el = document.getElementById(id);
  const canvas = el && el.querySelector('canvas, svg');
  const box = canvas ? canvas.getBoundingClientRect() : {width: 0, height: 0};
  const chart = el && echarts.getInstanceByDom(el);
  const series = chart ? chart.getOption().series : [];
  return {id, width: box.width, height: box.height, series: series.length,
          points: series.reduce((n, s) => n + ((s.data || []).length), 0)};
})"""

EVIDENCE_TARGETS = """() => {
  const missing = [];
  for (const id of window.dealgraphCharts) {
    const option = echarts.getInstanceByDom(document.getElementById(id)).getOption();
    for (const s of option.series) {
      for (const item of [...(s.data || []), ...(s.links || [])]) {
        if (item && item.ev && !document.getElementById('ev-' + item.ev)) missing.push(id + ':' + item.ev);
      }
    }
  }
  return missing;
}"""


@pytest.fixture(scope="module")
def report_file(reference_run: Run, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("html") / "report.html"
    reference_run("report", "阿里巴巴", "--compare", "腾讯", "--format", "html", "-o", str(out))
    return out


def test_charts_draw_offline_and_every_link_resolves(report_file: Path, tmp_path: Path) -> None:
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.fail("Chromium is not installed: `make test` installs it (bash scripts/system-deps.sh)")
    from playwright.sync_api import sync_playwright

    requested, errors = [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file://")
                       else (requested.append(route.request.url), route.abort()))
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            page.goto(report_file.as_uri())
            page.wait_for_function("window.dealgraphCharts !== undefined")
            drawn = page.evaluate(DRAWN, CHARTS)
            missing = page.evaluate(EVIDENCE_TARGETS)
            page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
            page.locator("#chart-sankey").screenshot(path=str(tmp_path / "sankey.png"))
            page.locator("a.ev").first.click()
            target = page.evaluate("location.hash")
            shown = page.evaluate("document.querySelector(':target') && document.querySelector(':target').innerText")
        finally:
            browser.close()
    assert not errors, errors
    assert not requested, f"the report asked the network for {requested}"
    for chart in drawn:
        assert chart["width"] > 100 and chart["height"] > 100, chart
        assert chart["series"] > 0 and chart["points"] > 0, chart
    assert not missing, missing
    assert target.startswith("#ev-") and shown and len(shown) > 10
    assert (tmp_path / "report.png").stat().st_size > 50_000

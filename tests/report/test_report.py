"""`dealgraph report`: the reference article's investor report, its evidence links, and a made-up corpus."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from dealgraph.analyze import view
from dealgraph.report import data as report_data
from dealgraph.report import html as report_html
from dealgraph.store import Store
from tests.conftest import SAMPLES
from tests.report.conftest import Run, make_runner, url_in

LINK = re.compile(r"\[(\d+)\]\(#ev-(\d+)\)")


@pytest.fixture(scope="module")
def markdown(reference_run: Run) -> str:
    return reference_run("report", "阿里巴巴", "--compare", "腾讯")


def section(md: str, heading: str) -> str:
    """The text under the first heading that starts with `heading`, up to the next heading of its level or above."""
    lines = md.splitlines()
    start = next(i for i, line in enumerate(lines)
                 if re.match(r"#+ ", line) and line.lstrip("#").strip().startswith(heading))
    level = len(lines[start]) - len(lines[start].lstrip("#"))
    end = next((i for i in range(start + 1, len(lines))
                if re.match(r"#+ ", lines[i]) and len(lines[i]) - len(lines[i].lstrip("#")) <= level), len(lines))
    return "\n".join(lines[start + 1:end])


def table_row(text: str, name: str) -> str:
    rows = [line for line in text.splitlines() if line.startswith("| ") and name in line.split("|")[1]]
    assert rows, f"no row for {name}"
    return rows[0]


def investor_part(md: str) -> str:
    """The investor's own sections (before the peer's)."""
    return md.split("## 2. ")[0]


LAYERS = {
    "基础层": {"平头哥": "旗下", "寒武纪": "投资", "长鑫存储": "投资", "海南华铁": "合作"},
    "技术层": {"达摩院": "旗下", "通义千问": "自研", "智谱": "投资", "MiniMax": "投资", "月之暗面": "投资",
             "爱诗科技": "投资", "零一万物": "合作"},
    "应用层": {"宇树": "投资", "逐际动力": "投资", "自变量机器人": "投资", "中国一汽": "合作", "比亚迪": "合作",
             "吉利": "合作", "蔚来": "合作", "小鹏": "合作", "荣耀": "合作", "斑马网络": "发起设立"},
}


@pytest.mark.parametrize("layer", sorted(LAYERS))
def test_every_layer_shows_the_articles_cases(markdown: str, layer: str) -> None:
    text = section(investor_part(markdown), layer)
    for name, how in LAYERS[layer].items():
        rows = [line for line in text.splitlines() if line.startswith("| ") and name in line.split("|")[1]]
        assert any(how in r for r in rows), f"{layer}: {name} ({how}) missing"


def test_full_stack_coverage_line(markdown: str) -> None:
    assert "三层全覆盖" in section(markdown, "1. 阿里巴巴")


def board(markdown: str) -> str:
    return section(investor_part(markdown), "阿里巴巴集团：被投企业现状")


@pytest.mark.parametrize(("company", "stage"), [("寒武纪", "已上市"), ("商汤科技", "已上市"), ("翱捷科技", "已上市"),
                                               ("长鑫存储", "辅导"), ("智谱", "辅导")])
def test_status_board_listing_stages(markdown: str, company: str, stage: str) -> None:
    assert stage in table_row(board(markdown), company).split("|")[3]


def test_status_board_dependence_losses_and_profit(markdown: str) -> None:
    board_ = board(markdown)
    banma = table_row(board_, "斑马网络")
    assert all(w in banma for w in ("递交申请", "港交所", "2025-08-20", "投资方为主要供应商", "亏损"))
    unitree = table_row(board_, "宇树")
    assert "股改" in unitree and "盈利" in unitree and "亏损" not in unitree


def test_strategy_by_period(markdown: str) -> None:
    text = section(investor_part(markdown), "阿里巴巴集团：投资策略变化")
    deals = [line for line in text.splitlines() if line.startswith("- **")]
    early = next(line for line in deals if "中天微" in line)
    assert "2018" in early and "考拉" in early and "20亿美元" in early
    late = next(line for line in deals if "2024" in line and "月之暗面" in line)
    assert "部分以云服务支付" in late and "不能阻止" in late and "宇树" in late and "吉利" in late
    shifts = text.split("**变化**")[1]
    assert re.search(r"控股型交易.*降至", shifts)
    assert re.search(r"联合投资.*升至", shifts)
    assert re.search(r"非现金对价.*升至", shifts)
    assert all(LINK.search(line) for line in shifts.splitlines() if line.startswith("- "))


def test_the_denied_rumour_is_shown_apart_and_not_counted(markdown: str) -> None:
    part = investor_part(markdown)
    apart = section(part, "未计入")
    assert "DeepSeek" in table_row(apart, "DeepSeek") and "已否认" in table_row(apart, "DeepSeek")
    counted = part.replace(apart, "")
    assert "DeepSeek" not in counted


def test_tencent_side_with_its_spending(markdown: str) -> None:
    compare = section(markdown, "3. 对比")
    tencent = compare.split("**腾讯 的资本计划与支出**")[1]
    assert "365.78亿元" in tencent and "千亿元" in tencent
    assert "宇树" in compare.split("**共同投资的公司**")[1].splitlines()[0]
    tencent_portfolio = section(markdown, "2. 腾讯")
    assert "京东" in tencent_portfolio and "宇树" in tencent_portfolio


def test_every_link_has_its_evidence_sentence_from_the_stored_text(markdown: str, reference_run: Run) -> None:
    docs = {d["id"]: d["text"] for d in map(json.loads, reference_run("export", "documents").splitlines())}
    evidence = section(markdown, "证据")
    anchors = {}
    for line in evidence.splitlines():
        m = re.match(r'(\d+)\. <a id="ev-(\d+)"></a>(.*)', line)
        if m:
            assert m.group(1) == m.group(2)
            anchors[int(m.group(1))] = m.group(3)
    links = {int(a) for a, b in LINK.findall(markdown) if a == b}
    assert links and links == set(anchors)
    for number, line in anchors.items():
        spans = re.findall(r"([0-9a-z_-]+):(\d+)–(\d+)", line.rsplit("（", 1)[1])
        assert spans, line
        for doc, start, end in spans:
            assert docs[doc][int(start):int(end)] in line, (number, line)


def test_periods_option(reference_run: Run) -> None:
    md = reference_run("report", "阿里巴巴", "--periods", "2015-2019,2020-2025")
    assert "| 2015–2019 |" in md and "| 2020–2025 |" in md
    reference_run("report", "阿里巴巴", "--periods", "recent", code=1)


def test_errors_say_what_to_do(reference_run: Run) -> None:
    assert "no entity named" in reference_run("report", "不存在的公司XYZ", code=1)
    assert "same group" in reference_run("report", "阿里巴巴", "--compare", "阿里云", code=1)
    assert "unknown format" in reference_run("report", "阿里巴巴", "--format", "pdf", code=1)


def test_html_report_is_one_offline_file_with_every_link_resolved(reference_run: Run, tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    reference_run("report", "阿里巴巴", "--compare", "腾讯", "--format", "html", "-o", str(out))
    page = out.read_text("utf-8")
    assert not re.search(r"<script[^>]*\bsrc=|<link\b|https?://[^\"' ]*\.(?:js|css)", page)
    assert "echarts" in page and len(page) > 500_000
    targets = set(re.findall(r'href="#(ev-\d+)"', page))
    assert targets and targets <= set(re.findall(r'id="(ev-\d+)"', page))
    for chart in ("chart-sankey", "chart-strategy", "chart-compare", "chart-network", "chart-timeline"):
        assert f'id="{chart}"' in page
    inlined = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', page, re.S)
    data = json.loads(inlined.group(1))
    evs = {f"ev-{n}" for c in data["charts"] for n in re.findall(r'"ev": (\d+)', json.dumps(c["option"]))}
    assert evs and evs <= set(re.findall(r'id="(ev-\d+)"', page))


def test_html_escapes_document_text(tmp_path: Path, reference_path: Path) -> None:
    make_runner(tmp_path, reference_path)
    g = view.load(Store(url_in(tmp_path)))
    hostile = '<img src=x onerror="alert(1)">'
    for f in g.facts:
        for ev in f["evidence"]:
            ev["text"] = hostile + ev["text"]
    for e in g.entities.values():
        if e["name"].startswith("宇树"):
            e["name"] = "宇树</script><script>alert(2)</script>"
    page = report_html.render(report_data.collect(g, "阿里巴巴", "腾讯"))
    assert hostile not in page and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page
    assert "</script><script>alert(2)" not in page


# A made-up investor and made-up companies, in our own words: the report must follow the data.
MADE_UP = {
    "01_chips.txt": "星衡集团加码芯片业务\n日期：2019-03-02\n\n2016年，星衡集团以5亿元全资收购芯片设计公司灵犀微电子。"
                    "2018年，星衡集团以12亿元收购了云帆科技70%的股权，云帆科技是一家数据中心运营商。"
                    "星衡集团旗下的星衡研究院专注于自研AI芯片。\n",
    "02_models.txt": "星衡集团联合投资大模型公司深湾智能\n日期：2024-06-10\n\n2023年，星衡集团与鼎峰资本共同投资了大模型公司"
                     "深湾智能。2024年，星衡集团以3亿美元投资了北辰机器人，部分投资额以云服务支付，北辰机器人保留绝对话语权。\n",
    "03_status.txt": "深湾智能启动IPO辅导\n日期：2025-05-20\n\n深湾智能今年5月启动了IPO辅导。深湾智能2024年净亏损3亿元，"
                     "亏损同比扩大50%。北辰机器人已完成股改，2024年实现盈利。\n",
    "04_rumour.txt": "星衡集团否认投资青禾科技\n日期：2025-08-01\n\n今年7月，有传闻称星衡集团拟以2亿美元投资青禾科技。"
                     "随后，星衡集团否认了这一消息。\n",
}


@pytest.fixture(scope="module")
def made_up(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("made_up")
    for name, text in MADE_UP.items():
        (folder / name).write_text(text, encoding="utf-8")
    run = make_runner(folder, folder)
    return run("report", "星衡集团", "--compare", "鼎峰资本")


def test_made_up_corpus_gives_its_own_report(made_up: str) -> None:
    assert made_up.startswith("# 星衡集团 投资报告（对比：鼎峰资本）")
    assert not any(w in made_up for w in ("阿里", "腾讯", "宇树", "平头哥", "DeepSeek"))
    part = investor_part(made_up)
    assert "灵犀微电子" in table_row(section(part, "基础层"), "灵犀微电子")
    assert "收购" in table_row(section(part, "基础层"), "云帆科技")
    assert "投资" in table_row(section(part, "技术层"), "深湾智能")
    unitree_like = table_row(section(part, "应用层"), "北辰机器人")
    assert "3亿美元" in unitree_like and "部分以云服务支付" in unitree_like and "亿元" in unitree_like.split("|")[6]
    assert "星衡研究院" in table_row(section(part, "技术层"), "星衡研究院")


def test_made_up_status_strategy_and_rumour(made_up: str) -> None:
    part = investor_part(made_up)
    board = section(part, "星衡集团：被投企业现状")
    assert "辅导" in table_row(board, "深湾智能") and "亏损扩大" in table_row(board, "深湾智能")
    assert "股改" in table_row(board, "北辰机器人") and "盈利" in table_row(board, "北辰机器人")
    strategy = section(part, "星衡集团：投资策略变化")
    assert "| 2016–2018 | 2 | 100%（2/2）" in strategy
    assert re.search(r"控股型交易.*由100%（2/2）降至0%（0/2）", strategy)
    assert "青禾科技" in table_row(section(part, "未计入"), "青禾科技")
    assert "青禾科技" not in part.replace(section(part, "未计入"), "")
    assert "深湾智能" in section(made_up, "3. 对比").split("**共同投资的公司**")[1].splitlines()[0]


def test_make_demo_command_on_the_sample_corpus(tmp_path: Path) -> None:
    run = make_runner(tmp_path, SAMPLES)
    out = tmp_path / "out" / "report-alibaba-vs-tencent.html"
    run("report", "阿里巴巴", "--compare", "腾讯", "--format", "html", "-o", str(out))
    assert out.stat().st_size > 500_000 and "腾讯" in out.read_text("utf-8")


def test_status_board_listing_shows_what_it_raises() -> None:
    from dealgraph.analyze.status import Status
    from dealgraph.report import text as t

    listed = {"qualifiers": {"stage": "listed"}, "modality": "asserted",
              "amount": {"text": "60亿元", "value": 6e9, "currency": "CNY"}}
    planned = {"qualifiers": {"stage": "listed"}, "modality": "planned", "date": None,
               "amount": {"text": "3亿美元", "value": 3e8, "currency": "USD"}}
    row = Status("c", "青禾科技", None, None, [], listing=listed, next_listing=[planned])
    shown = t.listing(row)
    assert "（募资 60亿元）" in shown and "3亿美元" in shown.split("；")[1]
    assert t.listing(Status("c", "澄川科技", None, None, [], listing={"qualifiers": {"stage": "filed"},
                                                                   "modality": "asserted"})) == t.stage(
        {"qualifiers": {"stage": "filed"}})

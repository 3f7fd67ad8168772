"""Facts read from tables (extract/tables.py): financing histories, one-company-a-row fundings, shareholders."""

from __future__ import annotations

from pathlib import Path

from dealgraph.extract.pipeline import extract
from dealgraph.ingest import read_path


def _facts(text: str, ref: str = "2025-06-30", kind: str | None = None) -> list:
    doc = extract("t", text, ref)
    return [f for f in doc.facts if kind is None or f.type == kind], doc


def _roles(f) -> dict:
    return {k: [m.text for m in v] for k, v in f.roles.items()}


HISTORY_MD = ("青禾智能科技有限公司融资历程\n\n"
              "| 时间 | 轮次 | 金额 | 投资方 |\n| --- | --- | --- | --- |\n"
              "| 2023年5月 | A轮 | 1亿元 | 澄川资本、岚山创投 |\n"
              "| 2024年8月 | B轮 | 3亿元 | 北辰投资，远帆基金 |\n")


def test_financing_history_in_markdown_gives_one_investment_per_row():
    facts, doc = _facts(HISTORY_MD, kind="investment")
    assert len(facts) == 2
    first, second = facts
    assert _roles(first) == {"investor": ["澄川资本", "岚山创投"], "investee": ["青禾智能科技有限公司"]}
    assert first.amount.value.value == 1e8 and first.date.value.value == "2023-05"
    assert first.qualifiers["round"] == "A轮" and first.modality == "asserted"
    assert doc.text[first.evidence.start:first.evidence.end] == "| 2023年5月 | A轮 | 1亿元 | 澄川资本、岚山创投 |"
    header = first.qualifiers["more_evidence"][0]
    assert doc.text[header.start:header.end] == "| 时间 | 轮次 | 金额 | 投资方 |"
    assert _roles(second)["investor"] == ["北辰投资", "远帆基金"] and second.qualifiers["round"] == "B轮"


def test_financing_history_in_html_reads_the_same(tmp_path: Path):
    page = ("<html><body><h2>青禾智能科技有限公司融资历程</h2><table>"
            "<tr><th>时间</th><th>轮次</th><th>金额</th><th>投资方</th></tr>"
            "<tr><td>2023年5月</td><td>A轮</td><td>1亿元</td><td>澄川资本、岚山创投</td></tr>"
            "<tr><td>2024年8月</td><td>B轮</td><td>3亿元</td><td>北辰投资<br/>远帆基金</td></tr></table></body></html>")
    (tmp_path / "h.html").write_text(page, encoding="utf-8")
    doc = next(read_path(tmp_path / "h.html"))
    facts = [f for f in extract("h", doc.text, "2025-06-30").facts if f.type == "investment"]
    assert [_roles(f)["investor"] for f in facts] == [["澄川资本", "岚山创投"], ["北辰投资", "远帆基金"]]
    assert {_roles(f)["investee"][0] for f in facts} == {"青禾智能科技有限公司"}


def test_company_column_names_each_rows_investee_and_a_row_of_another_deal_gives_nothing():
    text = ("近期部分机器人企业融资情况如下。\n企业名称\t轮次\t金额\t投资方\n"
            "岚溪机器人\tB轮\t5亿元\t澄川资本领投，北辰投资跟投\n"
            "星禾智造\t天使轮\t数千万元\t未披露\n"
            "远帆动力\t收购\t3亿元\t青湖集团\n")
    facts, _ = _facts(text)
    got = {(f.type, tuple(_roles(f).get("investor", [])), _roles(f).get("investee", [""])[0]) for f in facts}
    assert ("investment", ("澄川资本", "北辰投资"), "岚溪机器人") in got
    led = next(f for f in facts if _roles(f).get("investee") == ["岚溪机器人"])
    assert led.qualifiers["lead"] == [led.roles["investor"][0].key]  # 澄川资本领投: the lead; 北辰投资跟投: not
    assert ("investment", (), "星禾智造") in got  # undisclosed investors: the financing without them
    # the 收购 row is no investment, and no sentence reader reads an acquisition across its cells
    assert not any("远帆动力" in str(_roles(f)) or "青湖集团" in str(_roles(f)) for f in facts)


ROBOTS = ("Rounds closed this month, sums in US$ millions:\n"
          "Startup | Amount (M$) | Round | Investors | Date | Sector |\n---|---|---|---|---|---|\n"
          "Northwind Robotics | 12.5 | Series A | Lanting Ventures, Harbor Peak Capital | March 3 | warehouse robots |\n"
          "Quillon Labs | 4 | investment | March 9 | drone mapping | |\n"
          "Tessellate AI | Series B | Brightwater Partners | March 12 | vision | |\n"
          "Corvid Systems | 80 | Other | Elmstead Group | March 20 | lidar |\n")


def test_english_rows_with_a_unit_in_the_header_and_a_lost_cell_put_back():
    facts, _ = _facts(ROBOTS, ref="2025-04-02", kind="investment")
    by_investee = {_roles(f)["investee"][0]: f for f in facts}
    first = by_investee["Northwind Robotics"]
    assert _roles(first)["investor"] == ["Lanting Ventures", "Harbor Peak Capital"]
    assert first.amount.value.value == 12.5e6 and first.amount.value.currency == "USD"
    assert first.date.value.value == "2025-03-03" and first.qualifiers["round"] == "Series A"
    # a row that lost its empty investor cell: the date read as the date, no investor made of it
    assert _roles(by_investee["Quillon Labs"])["investor"] == [] and by_investee["Quillon Labs"].amount.value.value == 4e6
    # a row that lost its empty amount cell: the round, investor and date in their places
    shifted = by_investee["Tessellate AI"]
    assert _roles(shifted)["investor"] == ["Brightwater Partners"] and shifted.amount is None
    assert shifted.qualifiers["round"] == "Series B" and shifted.date.value.value == "2025-03-12"
    assert "Corvid Systems" not in by_investee  # a type of Other: no investment


def test_a_row_shifted_two_ways_gives_nothing():
    text = ("Startup | Amount (M$) | Round | Investors | Date |\n---|---|---|---|---|\n"
            "Pellucid Labs | Series A | March 3 | |\n")
    assert _facts(text, kind="investment")[0] == []


def test_shareholders_typed_as_spaced_columns(tmp_path: Path):
    text = ("青禾电子前三大股东\n\n股东名称    持股数量    持股比例\n澄川资本    1,200万股    12.5%\n"
            "岚山创投    800万股    8.3%\n合计    2,000万股    20.8%\n")
    (tmp_path / "s.txt").write_text(text, encoding="utf-8")
    doc = next(read_path(tmp_path / "s.txt"))
    facts = [f for f in extract("s", doc.text, "2025-06-30").facts if f.type == "shareholding"]
    assert [(_roles(f)["holder"], _roles(f)["company"], f.stake.value.value) for f in facts] == [
        (["澄川资本"], ["青禾电子"], 12.5), (["岚山创投"], ["青禾电子"], 8.3)]


def test_near_miss_a_table_of_prices_gives_nothing():
    text = ("服务器价格一览\n\n| 型号 | 价格 | 日期 |\n| --- | --- | --- |\n| 澄川X1 | 5万元 | 2024年5月 |\n"
            "| 青禾S2 | 8万元 | 2024年6月 |\n")
    assert not [f for f in _facts(text)[0] if f.rule.endswith("table_row")]


def test_near_miss_a_financing_history_naming_no_company_gives_nothing():
    text = "融资历程\n\n| 时间 | 轮次 | 金额 | 投资方 |\n| --- | --- | --- | --- |\n| 2023年5月 | A轮 | 1亿元 | 澄川资本 |\n"
    assert _facts(text, kind="investment")[0] == []


def test_near_miss_a_caption_naming_two_companies_gives_nothing():
    text = ("青禾电子与岚溪科技融资历程对比\n\n| 时间 | 轮次 | 金额 | 投资方 |\n| --- | --- | --- | --- |\n"
            "| 2023年5月 | A轮 | 1亿元 | 澄川资本 |\n")
    assert _facts(text, kind="investment")[0] == []


def test_near_miss_shareholders_without_their_company_named():
    text = "股东名称\t持股比例\n澄川资本\t12.5%\n岚山创投\t8.3%\n"
    assert _facts(text, kind="shareholding")[0] == []


def test_near_miss_a_table_comparing_rounds_is_no_financing():
    text = ("一张图看懂区别\n| 特征 | 天使轮 | A轮 |\n|---|---|---|\n| 投资方 | 个人投资者 | 风险投资机构 |\n"
            "| 融资金额 | 几百万元 | 上千万元 |\n")
    assert _facts(text, kind="investment")[0] == []


def test_exported_table_facts_carry_the_row_and_offsets_into_the_stored_text(cli, tmp_path: Path):
    import json

    page = ("<html><head><meta name='date' content='2025-03-01'></head><body><h2>青禾智能科技有限公司融资历程</h2>"
            "<table><tr><th>时间</th><th>轮次</th><th>金额</th><th>投资方</th></tr>"
            "<tr><td>2024年8月</td><td>B轮</td><td>3亿元</td><td>北辰投资、远帆基金</td></tr></table></body></html>")
    (tmp_path / "h.html").write_text(page, encoding="utf-8")
    cli("ingest", "-q", str(tmp_path / "h.html"))
    docs = {d["id"]: d["text"] for d in map(json.loads, cli("export", "documents").output.splitlines())}
    facts = [json.loads(line) for line in cli("export", "facts").output.splitlines() if line.strip()]
    (fact,) = [f for f in facts if f["type"] == "investment"]
    assert {m["name"] for m in fact["roles"]["investor"]} == {"北辰投资", "远帆基金"}
    assert fact["amount"]["text"] == "3亿元" and fact["qualifiers"]["round"] == "B轮"
    row, header = fact["evidence"][0], fact["evidence"][1]
    assert row["text"] == "2024年8月\tB轮\t3亿元\t北辰投资、远帆基金" and header["text"] == "时间\t轮次\t金额\t投资方"
    text = docs[row["doc"]]
    for members in fact["roles"].values():
        for m in members:
            assert text[m["mention"]["start"]:m["mention"]["end"]] == m["mention"]["text"]


TENDER = ("澄川移动2025年服务器集中采购中标结果\n\n| 标包 | 中标人 | 中标金额 |\n| --- | --- | --- |\n"
          "| 标包1 | 青禾电子 | 1.2亿元 |\n| 标包2 | 岚溪科技 | 8000万元 |\n")


def test_tender_results_each_winner_supplies_the_procurer_the_caption_names():
    facts, _ = _facts(TENDER, kind="purchase")
    assert [(_roles(f)["buyer"], _roles(f)["supplier"], f.amount.value.value) for f in facts] == [
        (["澄川移动"], ["青禾电子"], 1.2e8), (["澄川移动"], ["岚溪科技"], 8e7)]


def test_tender_table_with_its_own_procurer_column():
    text = "采购人\t中标供应商\t成交金额\n北辰电信\t青禾电子\t560万元\n远帆能源\t岚溪科技\t320万元\n"
    facts, _ = _facts(text, kind="purchase")
    assert {(_roles(f)["buyer"][0], _roles(f)["supplier"][0]) for f in facts} == {("北辰电信", "青禾电子"),
                                                                                ("远帆能源", "岚溪科技")}


def test_near_miss_candidates_and_a_winner_s_own_list_give_no_purchase():
    candidates = ("澄川移动服务器集中采购中标候选人公示\n\n| 排名 | 中标候选人 | 投标报价 |\n| --- | --- | --- |\n"
                  "| 1 | 青禾电子 | 1.2亿元 |\n")
    assert not [f for f in _facts(candidates, kind="purchase")[0] if f.rule.startswith("purchase:table")]
    # the caption names the winner, not a procurer: whose purchase it is stays unknown
    own = "青禾电子近期中标情况\n\n| 中标人 | 中标金额 |\n| --- | --- |\n| 青禾电子 | 1.2亿元 |\n| 岚溪科技 | 5000万元 |\n"
    assert not [f for f in _facts(own, kind="purchase")[0] if f.rule.startswith("purchase:table")]


def test_largest_customers_with_their_share_of_revenue_and_unnamed_customers_left_out():
    text = ("青禾电子前五名客户\n\n| 客户名称 | 销售额（万元） | 占营业收入比例 |\n| --- | --- | --- |\n"
            "| 北辰通信 | 12,000 | 18.5% |\n| 客户二 | 8,000 | 12.1% |\n| 合计 | 20,000 | 30.6% |\n")
    facts, _ = _facts(text, kind="purchase")
    assert len(facts) == 1
    (f,) = facts
    assert _roles(f) == {"buyer": ["北辰通信"], "supplier": ["青禾电子"]}
    assert f.amount.value.value == 1.2e8 and f.qualifiers["share_of_revenue"].value.value == 18.5


def test_largest_suppliers_give_the_share_of_purchases():
    text = "岚溪科技前五名供应商\n供应商名称\t采购额\t占采购总额比例\n澄川半导体\t2.5亿元\t21.3%\n"
    (f,) = _facts(text, kind="purchase")[0]
    assert _roles(f) == {"buyer": ["岚溪科技"], "supplier": ["澄川半导体"]}
    assert f.qualifiers["share_of_purchases"].value.value == 21.3


def test_existing_holders_and_totals_are_no_investors():
    text = ("岚溪科技历次融资情况\n时间\t轮次\t投资方\n2022年3月\tPre-A轮\t澄川资本、老股东跟投\n"
            "合计\t\t\n2023年1月\tA轮\t合计\n")
    facts, _ = _facts(text, kind="investment")
    assert [(_roles(f)["investor"], _roles(f)["investee"]) for f in facts] == [(["澄川资本"], ["岚溪科技"])]


def test_near_miss_a_caption_naming_a_company_but_not_what_the_table_lists():
    # the caption names a company and no financing: the document's headline does not stand in for it
    text = ("澄川资本完成新一轮融资\n正文如下。\n北辰电子经营概况\n\n| 时间 | 轮次 | 投资方 |\n| --- | --- | --- |\n"
            "| 2023年5月 | A轮 | 远帆基金 |\n")
    assert not [f for f in _facts(text, kind="investment")[0] if f.rule == "investment:table_row"]

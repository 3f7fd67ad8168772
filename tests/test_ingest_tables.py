"""Tables as the readers and the cleaner keep them: one line per row, the cells of a row apart by a tab."""

from __future__ import annotations

from pathlib import Path

from dealgraph.ingest import read_path
from dealgraph.ingest.clean import clean


def _read(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return next(read_path(path)).text


def test_html_cells_of_a_row_stay_apart(tmp_path):
    page = ("<html><body><h2>岚溪机器人融资历程</h2><table>\n"
            "<tr><th>时间</th><th>轮次</th><th>投资方</th></tr>\n"
            "<tr>\n  <td>2022年3月</td>\n  <td>天使轮</td>\n  <td>澄川资本<br>北辰投资</td>\n</tr>\n"
            "<tr><td></td><td>Pre-A轮</td><td>远帆基金</td></tr>\n"
            "</table><p>该公司成立于2021年。</p></body></html>")
    text = _read(tmp_path, "t.html", page)
    lines = text.split("\n")
    assert lines[0] == "岚溪机器人融资历程"
    assert lines[1] == "时间\t轮次\t投资方"
    assert lines[2] == "2022年3月\t天使轮\t澄川资本 北辰投资"  # a break inside a cell is a space, not a new row
    assert lines[3] == "\tPre-A轮\t远帆基金"  # an empty first cell stays a field: the row keeps its columns
    assert lines[4] == "该公司成立于2021年。"


def test_html_text_outside_tables_reads_as_before(tmp_path):
    page = "<html><body><p>青禾电子于2024年完成\n  B轮融资。</p><div>第二段</div></body></html>"
    assert _read(tmp_path, "p.html", page) == "青禾电子于2024年完成\nB轮融资。\n第二段"


def test_plain_text_columns_apart_by_spaces_become_cells():
    text = ("青禾电子前三大股东\n股东名称    持股数量    持股比例\n澄川资本    1,200万股    12.5%\n"
            "岚山创投    800万股    8.3%\n")
    lines = clean(text).text.split("\n")
    assert lines[1:] == ["股东名称\t持股数量\t持股比例", "澄川资本\t1,200万股\t12.5%", "岚山创投\t800万股\t8.3%"]


def test_a_single_line_with_wide_spaces_is_no_table():
    # one line cut in three by wide spaces, with no line like it beside it: spaces are tidied as before
    text = "青禾电子  2024年  年报摘要\n公司全年营收增长。"
    assert clean(text).text == "青禾电子2024年 年报摘要\n公司全年营收增长。"


def test_a_leading_tab_alone_is_indentation_not_a_cell():
    assert clean("\t青禾电子完成B轮融资。").text == "青禾电子完成B轮融资。"


def test_two_spaces_after_full_stops_in_wrapped_copy_make_no_table():
    text = ("Northwind Robotics said on Monday.  It raised $20 million from Lanting Ventures.  The round was led by\n"
            "Harbor Peak Capital.  Existing backers also joined.  The company makes warehouse robots for\n"
            "retailers.  It plans to hire more engineers.  Its rivals include several firms in Europe.\n")
    assert "\t" not in clean(text).text


def test_a_table_laying_out_a_page_reads_as_blocks(tmp_path):
    body = "青禾电子今日宣布完成新一轮融资，本轮由澄川资本领投，岚山创投跟投，所得资金将用于扩充产线和招募研发人员。"
    page = (f"<html><body><table><tr><td><h1>青禾电子完成融资</h1><p>{body}</p><p>公司成立于2019年。</p></td>"
            "<td><p>相关阅读</p></td></tr></table></body></html>")
    assert _read(tmp_path, "l.html", page).split("\n") == ["青禾电子完成融资", body, "公司成立于2019年。", "相关阅读"]

"""Entities end to end: the reference article resolved (one Alibaba with its units, one Kaola, every
company placed in the stack), the sample corpus without duplicates left, and the decisions (merge,
split, set) holding across re-ingestion. Unknown organisations come from documents written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from dealgraph.analyze import entities as ops
from dealgraph.analyze import view
from dealgraph.analyze.view import GraphView
from dealgraph.store import Store
from tests.conftest import SAMPLES

DOCS = {
    "star_a.txt": "星澜半导体完成2亿元A轮融资\n日期：2025-03-02\n\n苏州星澜半导体有限公司（下称“星澜半导体”）近日宣布"
                  "完成2亿元A轮融资，由腾讯领投，阿里巴巴跟投。星澜主要设计车规级AI芯片，产品已用于智能座舱。"
                  "星澜半导体成立于2021年，去年营收8000万元。\n",
    "star_b.txt": "星澜获新一轮融资\n日期：2025-09-12\n\n车规芯片企业星澜今年9月完成3亿元B轮融资，由红杉中国领投。"
                  "星澜计划明年启动上市辅导。\n",
    "muchuan.txt": "沐川获阿里投资\n日期：2025-04-10\n\n据悉，阿里巴巴近日投资了沐川。沐川成立于2019年，"
                   "主要为医院提供医学影像辅助诊断服务，目前尚未盈利。\n",
}
LATER = {
    "star_c.txt": "星澜与吉利合作\n日期：2025-11-03\n\n星澜与吉利签署合作协议，双方将共同开发智能座舱芯片。\n",
    "muchuan_b.txt": "沐川共建实验室\n日期：2025-12-01\n\n沐川宣布与复旦大学共建联合实验室，研究大模型在病理诊断中的应用。\n",
}


def write(folder: Path, docs: dict[str, str]) -> Path:
    folder.mkdir(exist_ok=True)
    for name, text in docs.items():
        (folder / name).write_text(text, "utf-8")
    return folder


@pytest.fixture
def docs(tmp_path: Path) -> Path:
    return write(tmp_path / "docs", DOCS)


def graph(cli) -> GraphView:  # type: ignore[no-untyped-def]
    return view.load(Store(cli.db_url))


@pytest.fixture
def reference(cli, reference_path: Path) -> GraphView:  # type: ignore[no-untyped-def]
    cli("ingest", "-q", str(reference_path))
    return graph(cli)


def holders(g: GraphView, name: str) -> set[str]:
    """Ids of every entity that has the name."""
    return {e["id"] for e in g.entities.values() if name in [e["name"], *e["names"]]}


# the reference article -----------------------------------------------------------------------

def test_alibaba_is_one_entity_with_its_units(reference: GraphView) -> None:
    alibaba = reference.find("阿里巴巴")
    assert alibaba["id"] == "alibaba"
    for name in ("阿里", "阿里巴巴", "阿里集团", "阿里巴巴集团"):
        assert holders(reference, name) == {"alibaba"}, name
    children = {reference.find(n)["id"] for n in ("阿里云", "平头哥半导体", "平头哥", "达摩院")}
    assert children <= set(reference.children("alibaba"))
    assert all(reference.entity(c)["parent"] == "alibaba" for c in children)
    assert reference.group_of("t_head") == "alibaba"


def test_kaola_is_one_entity(reference: GraphView) -> None:
    ids = {reference.find(n)["id"] for n in ("考拉", "网易考拉", "考拉海购")}
    assert len(ids) == 1
    assert all(holders(reference, n) <= ids for n in ("考拉", "网易考拉", "考拉海购"))


def test_every_company_in_the_facts_has_a_layer_and_sector(reference: GraphView) -> None:
    from dealgraph import taxonomy

    tax = taxonomy.load()
    for fact in reference.facts:
        for members in fact["roles"].values():
            for m in members:
                e = reference.entity(m["id"])
                if e["kind"] != "organization":
                    continue
                assert e["sector"], (e["name"], fact["evidence"][0]["text"])
                assert e["layer"] or tax.layer_of(e["sector"]) is None, e["name"]
                assert e["reason"], e["name"]


@pytest.mark.parametrize(("name", "layer"), [
    ("寒武纪", "foundation"), ("长鑫存储", "foundation"), ("平头哥", "foundation"),
    ("智谱AI", "technology"), ("月之暗面", "technology"), ("MiniMax", "technology"),
    ("宇树", "application"), ("逐际动力", "application"), ("自变量机器人", "application"), ("斑马网络", "application"),
])
def test_companies_sit_where_the_article_places_them(reference: GraphView, name: str, layer: str) -> None:
    assert reference.find(name)["layer"] == layer


def test_show_and_listing(cli, reference: GraphView) -> None:  # type: ignore[no-untyped-def]
    out = cli("entities", "show", "阿里").output
    for text in ("阿里巴巴集团", "alibaba", "阿里集团", "阿里云", "平头哥", "达摩院", "internet_platforms", "lexicon"):
        assert text in out, text
    facts = ops.show(reference, "阿里")["facts"]
    assert facts and all(f["evidence"] and f["as"] for f in facts)
    assert f"facts ({len(facts)})" in out
    first = facts[0]["evidence"][0]
    assert f"“{first['text']}” [{first['doc']} {first['start']}–{first['end']}]" in out
    shown = ops.show(reference, "平头哥")
    assert [p["id"] for p in shown["parents"]] == ["alibaba"] and shown["group"]["id"] == "alibaba"
    listed = cli("entities", "--layer", "foundation", "--kind", "organization").output
    assert "寒武纪" in listed and "月之暗面" not in listed
    assert "考拉海购" in cli("entities", "--search", "考拉").output


# the sample corpus with the reference article ----------------------------------------------------

def test_sample_and_reference_leave_no_duplicates(cli, reference_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("ingest", "-q", str(reference_path), str(SAMPLES), code=None)
    store = Store(cli.db_url)
    pairs = ops.candidates(store)
    assert pairs == [], [(p["a_name"], p["b_name"], p["explanation"]) for p in pairs]
    assert "0 candidate pairs" in cli("entities", "candidates").output
    g = graph(cli)
    for names in (("穹芯", "穹芯半导体", "杭州穹芯半导体有限公司"), ("栖岩存储", "合肥栖岩存储科技股份有限公司"),
                  ("驭衡", "驭衡机器人", "深圳驭衡机器人科技有限公司"), ("云栈", "云栈网络"), ("光年之外",)):
        ids = {e for n in names for e in holders(g, n)}
        assert len(ids) == 1, (names, ids)


# decisions --------------------------------------------------------------------------------------

def star_pair(store: Store) -> dict:
    pairs = [p for p in ops.candidates(store) if "星澜" in p["a_name"] + p["b_name"]]
    assert len(pairs) == 1, pairs
    return pairs[0]


def test_short_and_full_names_in_one_document_are_one_entity_with_a_reason(cli, docs: Path) -> None:  # type: ignore[no-untyped-def]
    cli("ingest", "-q", str(docs / "star_a.txt"), str(docs / "muchuan.txt"))
    g = graph(cli)
    assert len(holders(g, "星澜半导体") | holders(g, "星澜") | holders(g, "苏州星澜半导体有限公司")) == 1
    star, muchuan = g.find("星澜半导体"), g.find("沐川")
    assert (star["layer"], star["sector"]) == ("foundation", "chips") and "半导体" in star["reason"]
    assert (muchuan["layer"], muchuan["sector"]) == ("application", "healthcare")
    assert "医学影像" in muchuan["reason"]


def test_merge_survives_reingestion_and_split_undoes_it(cli, docs: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("ingest", "-q", str(docs))
    store = Store(cli.db_url)
    pair = star_pair(store)
    assert pair["score"] >= 0.75 and pair["explanation"]
    out = cli("entities", "merge", pair["a"], pair["b"], "--reason", "the same chip designer", "--who", "tester")
    assert "merged" in out.output
    assert ops.candidates(store) == []
    [decision] = [d for d in store.decisions(pair["b"]) if d["action"] == "merge"]
    assert (decision["who"], decision["reason"], decision["active"]) == ("tester", "the same chip designer", True)
    assert decision["score"] == pytest.approx(pair["score"])

    cli("ingest", "-q", str(docs))  # the same files again
    cli("ingest", "-q", str(write(tmp_path / "later", LATER)))  # and a new document naming the merged entity
    g = graph(cli)
    assert g.find("星澜")["id"] == pair["a"] and g.canonical[pair["b"]] == pair["a"]
    assert store.entity(pair["b"])["merged_into"] == pair["a"]

    out = cli("entities", "split", pair["b"], "--reason", "checked: two companies").output
    assert "split" in out
    g = graph(cli)
    assert pair["b"] in g.entities and g.canonical[pair["b"]] == pair["b"]
    assert not [d for d in store.decisions(pair["b"], active_only=True) if d["action"] == "merge"]
    assert any(d["action"] == "split" for d in store.decisions(pair["b"]))
    assert ops.candidates(store) == []  # a pair split by hand is not proposed again


def test_merge_from_candidates(cli, docs: Path) -> None:  # type: ignore[no-untyped-def]
    cli("ingest", "-q", str(docs))
    out = cli("entities", "candidates", "--merge").output
    assert "merged 1" in out
    g = graph(cli)
    assert len(holders(g, "星澜")) == 1


def test_set_survives_reingestion(cli, docs: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("ingest", "-q", str(docs))
    out = cli("entities", "set", "沐川", "--sector", "robotics", "--parent", "阿里巴巴", "--reason", "checked").output
    assert "healthcare → robotics" in out
    cli("ingest", "-q", str(docs))
    cli("ingest", "-q", str(write(tmp_path / "later", LATER)))
    g = graph(cli)
    muchuan = g.find("沐川")
    assert (muchuan["sector"], muchuan["layer"], muchuan["parent"]) == ("robotics", "application", "alibaba")
    assert muchuan["reason"] == "set by cli: checked"
    assert muchuan["id"] in g.children("alibaba") and g.group_of(muchuan["id"]) == "alibaba"
    [decision] = [d for d in Store(cli.db_url).decisions(muchuan["id"]) if d["action"] == "set"]
    assert decision["payload"]["old"]["sector"] == "healthcare"
    assert decision["payload"]["new"]["parent"] == "alibaba"


def test_errors_say_what_to_do(cli, docs: Path) -> None:  # type: ignore[no-untyped-def]
    cli("ingest", "-q", str(docs))
    out = cli("entities", "show", "不存在的公司", code=1).output
    assert "no entity named" in out and "dealgraph entities --search" in out
    assert "robotics" in cli("entities", "set", "沐川", "--sector", "robots", code=1).output
    assert "already one entity" in cli("entities", "merge", "阿里巴巴", "阿里", code=1).output
    assert "no merge to undo" in cli("entities", "split", "沐川", code=1).output
    assert "loop" in cli("entities", "set", "阿里巴巴", "--parent", "阿里巴巴", code=1).output
    assert "give --parent" in cli("entities", "set", "沐川", code=1).output

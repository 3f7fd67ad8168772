"""The lexicon's organisations of Chinese financial news outside AI: short names no name-shape rule finds are
read and resolved to their entry, ordinary words that contain a short name are not, and the lexicon's own
checks hold for the whole file. The sentences are written for this file; 青松, 澜石 are invented."""

from __future__ import annotations

import re
from importlib import resources

import pytest
import yaml

from dealgraph import lexicon
from dealgraph.datafiles import parse_yaml
from dealgraph.extract.pipeline import extract

# ISO 3166-1 alpha-2 codes of the countries and territories the lexicon may name.
ISO_CODES = set("""AE AR AT AU BE BR CA CH CL CN CZ DE DK EG ES FI FR GB GR HK ID IE IL IN IT JP KR KZ LU MO MX MY
NL NO NZ PH PL PT QA RU SA SE SG TH TR TW UA US VN ZA""".split())


def raw_entries() -> list[dict]:
    return parse_yaml(resources.files("dealgraph").joinpath("data/lexicon.yaml").read_text("utf-8"))


def data(name: str) -> dict:
    return yaml.safe_load(resources.files("dealgraph").joinpath(f"data/{name}").read_text("utf-8"))


def finance_ids() -> set[str]:
    """Ids of the finance section: from its first entry (中央汇金) to the end of the file."""
    ids = [e["id"] for e in raw_entries()]
    return set(ids[ids.index("central_huijin"):])


def keys(text: str) -> dict[str, str]:
    """Mention text → its key (lex:<entry id> for lexicon names)."""
    return {m.text: m.key for m in extract("t", text, "2025-06-30").mentions if m.kind == "organization"}


def roles(text: str, ftype: str) -> dict[str, list[str]]:
    found = [f for f in extract("t", text, "2025-06-30").facts if f.type == ftype]
    assert len(found) == 1, found
    return {r: [m.key for m in ms] for r, ms in found[0].roles.items()}


# the lexicon's checks ---------------------------------------------------------------------------

def test_ids_are_unique_ascii_slugs() -> None:
    ids = [e["id"] for e in raw_entries()]
    assert len(ids) == len(set(ids)), [i for i in ids if ids.count(i) > 1]
    assert all(re.fullmatch(r"[a-z0-9_]+", i) for i in ids), [i for i in ids if not re.fullmatch(r"[a-z0-9_]+", i)]


def test_no_name_or_alias_belongs_to_two_entries() -> None:
    owner: dict[str, str] = {}
    clashes = []
    for e in raw_entries():
        for name in dict.fromkeys(n for n in (e["name"], e.get("en"), *(e.get("aliases") or ())) if n):
            if owner.setdefault(str(name), e["id"]) != e["id"]:
                clashes.append((name, owner[str(name)], e["id"]))
    assert not clashes


def test_parents_exist_sectors_come_from_the_taxonomy_and_countries_are_iso_codes() -> None:
    entries = raw_entries()
    ids = {e["id"] for e in entries}
    sectors = set(data("taxonomy.yaml")["sectors"])
    assert [e["id"] for e in entries if e.get("parent") and e["parent"] not in ids] == []
    assert [e["id"] for e in entries if e.get("sector") is not None and e["sector"] not in sectors] == []
    assert [(e["id"], e.get("country")) for e in entries if e.get("country") not in ISO_CODES] == []
    assert {e.get("kind", "organization") for e in entries} <= {"organization", "product"}


def test_the_finance_section_is_there() -> None:
    lex = lexicon.load()
    for name, eid in [("证金公司", "csf"), ("全国社保基金理事会", "nssf"), ("中央汇金", "central_huijin"),
                      ("中国中铁", "china_railway"), ("中化集团", "sinochem"), ("高毅资产", "gaoyi"),
                      ("万科企业股份有限公司", "vanke"), ("安盛", "axa"), ("国家开发银行", "cdb")]:
        entry = lex.lookup(name)
        assert entry is not None and entry.id == eid, name
    assert len(lex.entries) > 1200


def test_a_guarded_short_name_points_at_an_entry_and_is_no_lexicon_name_itself() -> None:
    lex, guarded = lexicon.load(), data("names.yaml")["guarded_names"]
    assert [g for g, eid in guarded.items() if eid not in lex.entries] == []
    assert [g for g in guarded if g in lex.by_name] == []  # else the guard would never apply


def test_a_listed_company_and_the_group_that_controls_it_are_two_entries() -> None:
    lex = lexicon.load()
    assert lex.lookup("贵州茅台").id == "moutai" and lex.lookup("茅台集团").id == "moutai_group"
    assert [a.id for a in lex.ancestors("moutai")] == ["moutai_group"]
    assert lex.lookup("中建集团").id != lex.lookup("中国建筑").id


# short names found and resolved -----------------------------------------------------------------

def test_state_investors_are_read_by_their_short_names() -> None:
    assert roles("二季度，证金公司与中央汇金均增持了青松科技。", "investment") == {
        "investor": ["lex:csf", "lex:central_huijin"], "investee": ["name:青松科技"]}
    assert roles("社保基金新进青松科技前十大股东。", "investment")["investor"] == ["lex:nssf"]


def test_a_developer_known_by_two_characters_is_the_acquirer() -> None:
    assert roles("融创中国宣布以12亿元收购澜石文旅60%股权。", "acquisition")["acquirer"] == ["lex:sunac"]
    assert roles("宝能拟向澜石物流增资5亿元。", "investment")["investor"] == ["lex:baoneng"]


def test_fund_managers_and_foreign_insurers_by_their_short_names() -> None:
    found = keys("高毅资产旗下基金增持澜石科技，景林与淡水泉则减持。")
    assert (found["高毅资产"], found["景林"], found["淡水泉"]) == ("lex:gaoyi", "lex:greenwoods", "lex:springs_capital")
    assert roles("安盛拟收购青松保险。", "acquisition")["acquirer"] == ["lex:axa"]


def test_a_guarded_short_name_counts_before_what_an_organisation_does() -> None:
    assert keys("万科与碧桂园合作开发青松花园。") == {"万科": "lex:vanke", "碧桂园": "lex:country_garden"}
    assert keys("茅台宣布上调出厂价。") == {"茅台": "lex:moutai"}
    assert keys("中国电影拟与澜石传媒合作。")["中国电影"] == "lex:china_film"
    assert keys("茅台集团拟增持贵州茅台股份。") == {"茅台集团": "lex:moutai_group", "贵州茅台": "lex:moutai"}


# ordinary words kept out ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "推动金融创新，确保利益相关方权益。",      # 融创, 保利
    "该项目发扬光大了传统工艺。",              # 光大
    "公司缴纳保证金5000万元，营收达到3000万科技投入增加。",  # 证金, 万科
    "去年全国网点集中建设，其中信息系统投入最大。",  # 国网, 中建, 中信
    "其中粮食和中国药企的出口集中交易。",       # 中粮, 国药, 中交
    "山东航空提升表达能力，努力拓展中远期市场。",  # 东航, 达能, 力拓, 中远
    "省财政部门和工信部门联合发文。",            # 财政部, 工信部
    "中国电影市场回暖，中国核电发展提速，中国节能减排见效。",  # names of three companies, here phrases
])
def test_an_ordinary_phrase_is_no_company(text: str) -> None:
    lex = lexicon.load()
    ours = finance_ids()
    assert [(text[s:e], eid) for s, e, eid in lex.find(text) if eid in ours] == []
    assert [k for k in keys(text).values() if k.removeprefix("lex:") in ours] == []



def test_a_lexicon_name_with_brackets_is_found_in_either_width():
    from dealgraph import lexicon as lexicon_mod
    lex = lexicon_mod.load()
    full = "摩尔线程智能科技（北京）股份有限公司"
    assert [eid for _, _, eid in lex.find(f"{full}的IPO获受理")] == ["moore_threads"]
    assert lex.lookup(full).id == lex.lookup("摩尔线程智能科技(北京)股份有限公司").id == "moore_threads"

"""References that hid a party (round 33): the bare 公司 opening a clause in which it partners with another company, and
公司 right after a holding verb and 全部股份 with a count (其所持有公司全部股份N亿股): the company written about, the
issuer. Near miss: 子公司 opening the clause. All names and sentences are invented."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract

from .readers import REF


def orgs(text: str) -> list[str]:
    return [m.text for m in extract("t", text, REF).mentions if m.kind in ("organization", "candidate")]


def parties(text: str, ftype: str) -> list[list[str]]:
    return [[m.text for ms in f.roles.values() for m in ms] for f in extract("t", text, REF).facts if f.type == ftype]


def test_the_bare_company_partnering_in_its_clause_is_the_company_written_about():
    text = ("澄川智能成立于2016年，主要为酒店提供配送机器人。北辰酒店、华住等酒店集团都是澄川智能的客户；"
            "2024年，公司还与美团外卖达成合作。")
    other = text.replace("美团外卖", "青禾物流")
    assert [m.canonical for m in [f for f in extract("t", other, REF).facts if f.type == "partnership"][0].roles["party"]] \
        == ["澄川智能", "青禾物流"]
    near = "澄川智能成立于2016年。北辰酒店是澄川智能的客户；2024年，其子公司还与美团外卖达成合作。"
    assert all(m.text != "公司" for m in extract("t", near, REF).mentions)


def test_the_company_whose_whole_holding_is_counted_is_the_issuer():
    text = ("澄川股份(300999.SZ)公告，公司于2023年5月9日收到控股股东、实际控制人徐澄的通知，徐澄正在筹划表决权委托事项，"
            "其与岚山数科(北京)有限公司当日签署了意向协议。\n徐澄计划把其所持有公司全部股份3.2亿股(占公司总股本的18.5%)"
            "所对应的表决权、提名权等权利委托给岚山数科(北京)有限公司。")
    held = [[m.canonical for m in f.roles["company"]] for f in extract("t", text, REF).facts if f.type == "shareholding"]
    assert ["岚山数科(北京)有限公司"] not in held
    assert held == [["澄川股份"]]  # the announcer, whose shares he holds

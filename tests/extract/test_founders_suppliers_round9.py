"""Founders and suppliers as Chinese company profiles and prospectuses state them: 由A和B共同创立, A离开B后创办了C,
A是C的联合创始人, 由A孵化的C, spin-offs (脱胎于, 分拆自, 从A分拆出来), goods bought of a named maker (采购了A的
200台…), suppliers named (主要供应商包括A和B), a share of goods from a supplier (约40%的芯片来自A).
All company and person names are invented."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract

REF = "2025-10-30"


def rows(text: str, ftype: str) -> list[tuple[tuple[str, ...], str]]:
    out = []
    for f in extract("t", text, REF).facts:
        if f.type == ftype:
            roles = list(f.roles.values())
            out.append((tuple(m.text for m in roles[0]), roles[1][0].text))
    return out


def test_founders_named_after_you_in_a_clause_of_their_own():
    assert rows("岚川智能成立于2019年，由邝启和闵朗共同创立。", "founding") == [(("邝启", "闵朗"), "岚川智能")]
    assert rows("岚川智能由澜汐集团和杭州市政府共同发起设立。", "founding") == [(("澜汐集团", "杭州市政府"), "岚川智能")]


def test_the_company_a_founder_left_is_no_founder():
    assert rows("2019年，邝启离开澜汐云后创立了岚川智能。", "founding") == [(("邝启",), "岚川智能")]
    assert rows("邝启从澜汐云离职后，于2019年创立了岚川智能。", "founding") == [(("邝启",), "岚川智能")]
    assert rows("该团队从澜汐科技独立出来后创办了青穗机器人。", "founding") == []


def test_a_cofounder_named_before_shi():
    assert rows("邝启是岚川智能的联合创始人。", "founding") == [(("邝启",), "岚川智能")]


def test_founded_or_incubated_by_a_company_before_a_kind_of_company():
    assert rows("青穗机器人是由澜汐科技孵化的机器人公司。", "founding") == [(("澜汐科技",), "青穗机器人")]
    assert rows("青穗机器人是澜汐科技创立的机器人公司。", "founding") == [(("澜汐科技",), "青穗机器人")]
    [f] = [f for f in extract("t", "由邝启创立的岚川智能去年营收2亿元。", REF).facts if f.type == "founding"]
    assert f.date is None  # 去年 dates the revenue
    assert rows("鹤汀资本投资孵化出的青穗机器人已上市。", "founding") == []  # investing, said as a figure


def test_a_spin_off_is_founded_by_the_company_it_came_from():
    for text in ("青穗机器人脱胎于澜汐科技的机器人事业部。", "青穗机器人是从澜汐科技分拆出来的。",
                 "青穗机器人分拆自澜汐科技，2021年独立运营。"):
        assert rows(text, "founding") == [(("澜汐科技",), "青穗机器人")], text


def test_goods_of_a_named_maker_bought():
    assert rows("岚川智能采购了青穗机器人的200台工业机器人。", "purchase") == [(("岚川智能",), "青穗机器人")]
    assert rows("岚川智能采购了青穗机器人的股份。", "purchase") == []


def test_a_supplier_named_is_one_the_company_buys_from():
    assert rows("岚川智能向澜汐科技下单采购了价值3亿美元的GPU。", "purchase") == [(("岚川智能",), "澜汐科技")]
    assert rows("岚川智能的主要供应商包括澜汐科技和鹤汀半导体。", "purchase") == \
        [(("岚川智能",), "澜汐科技"), (("岚川智能",), "鹤汀半导体")]
    [f] = [f for f in extract("t", "青穗机器人约40%的芯片来自岚川智能。", REF).facts if f.type == "purchase"]
    assert f.roles["buyer"][0].text == "青穗机器人" and f.qualifiers["share_of_purchases"].text == "约40%"
    assert rows("岚川智能的团队来自清华大学。", "purchase") == []


def test_a_person_described_by_a_past_office_holds_what_the_next_clause_says():
    text = "邝启曾任青穗网络董事长、总经理，目前持有青穗网络21.44%的股份，为青穗网络第一大股东。"
    assert rows(text, "shareholding") == [(("邝启",), "青穗网络")]

"""Holders in a sell-down announcement (round 30): a controlling holder named after 与 holds the company written
about, never the holder it is joined with; a sale it takes no part in is that company's. Sentences written for
this file (invented companies)."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract

_PLAN = "青禾电子发布公告称，股东岚山资本拟减持不超过2%的股份。"


def facts(text: str, kind: str) -> list[tuple[str, dict[str, list[str]]]]:
    return [(f.modality, {r: [m.canonical or m.text for m in ms] for r, ms in f.roles.items()})
            for f in extract("t", text, "2025-02-11").facts if f.type == kind]


def test_a_controlling_holder_named_after_a_joiner_holds_the_company_written_about():
    held = facts(_PLAN + "岚山资本与控股股东澄川集团构成一致行动关系。", "shareholding")
    assert ("asserted", {"holder": ["澄川集团"], "company": ["青禾电子"]}) in held
    assert all(f["company"] != ["岚山资本"] for _, f in held)
    rank = [f.qualifiers.get("rank") for f in extract("t", _PLAN + "岚山资本与控股股东澄川集团构成一致行动关系。",
                                                       "2025-02-11").facts
            if f.type == "shareholding" and f.roles["holder"][0].text == "澄川集团"]
    assert rank == ["controlling"]


def test_a_sale_the_controlling_holder_takes_no_part_in_is_the_company_s():
    text = _PLAN + "上述股东与控股股东澄川集团构成一致行动关系，澄川集团不参与此次减持。"
    sales = facts(text, "acquisition")
    assert ("negated", {"acquirer": [], "target": ["青禾电子"], "seller": ["澄川集团"]}) in sales
    assert all(f["target"] == ["青禾电子"] for _, f in sales)


def test_a_controlling_holder_of_a_company_named_before_it_stays_that_company_s():
    # near miss: 的 before the rank names whose holder it is
    held = facts("澄川科技收购了青禾电子，并与青禾电子的控股股东北辰集团签署协议。", "shareholding")
    assert held == [("asserted", {"holder": ["北辰集团"], "company": ["青禾电子"]})]


def test_a_plain_shareholder_after_a_joiner_makes_no_holding():
    # near miss: only a rank (控股股东, 第一大股东) after the joiner is read so
    assert facts("青禾电子发布公告称，北辰集团与股东岚山资本签署了协议。", "shareholding") == []


def test_titles_joined_before_the_rank_make_no_holding_of_another_company():
    # near miss: 及 after a person or a title joins roles of the same people, not a company's holders
    for text in ("青禾电子近日复牌。澄川建设的创始人及控股股东王氏三兄弟向对方赔付1亿元。",
                 "青禾电子近日复牌。股价下挫使得澄川科技实控人周恒钧及控股股东北辰投资承压。"):
        assert all(f["company"] != ["青禾电子"] for _, f in facts(text, "shareholding")), text


def test_shares_counted_in_full_after_the_holder_are_the_company_s():
    text = ("青禾电子近日发布公告，公司控股股东周恒钧已与澄川资本签订《股份转让协议》。根据协议，澄川资本拟受让周恒钧"
            "所持的58,399,999股公司股份，占青禾电子总股本的29.9676%。")
    sales = facts(text, "acquisition")
    assert sales == [("planned", {"acquirer": ["澄川资本"], "target": ["青禾电子"], "seller": ["周恒钧"]})]
    stake = [f.stake.value.value for f in extract("t", text, "2025-02-11").facts if f.type == "acquisition"]
    assert stake == [29.9676]

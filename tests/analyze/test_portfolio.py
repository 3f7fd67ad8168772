"""Alibaba's portfolio as the reference article states it: in-house units, investments, partners, by layer."""

from __future__ import annotations

import pytest

from dealgraph.analyze import fx
from dealgraph.analyze.portfolio import Holding, Portfolio, portfolio
from dealgraph.analyze.view import GraphView


@pytest.fixture(scope="module")
def alibaba(reference_graph: GraphView) -> Portfolio:
    return portfolio(reference_graph, "阿里巴巴")


def rows(p: Portfolio, name: str, hows: tuple[str, ...] | None = None) -> list[Holding]:
    return [h for h in p.holdings if name in h.name and (hows is None or h.how in hows)]


def layer_of(p: Portfolio, name: str) -> set[str | None]:
    return {h.layer for h in rows(p, name)}


def test_the_investor_is_the_whole_group(alibaba: Portfolio, reference_graph: GraphView) -> None:
    assert alibaba.name.startswith("阿里巴巴")
    assert reference_graph.find("阿里云")["id"] in alibaba.members
    assert reference_graph.find("平头哥")["id"] in alibaba.members


@pytest.mark.parametrize("unit", ["平头哥", "达摩院", "通义千问"])
def test_in_house_units(alibaba: Portfolio, unit: str) -> None:
    assert rows(alibaba, unit, ("in_house", "unit")), f"{unit} is not shown as built in-house"


@pytest.mark.parametrize("company", ["长鑫存储", "智谱", "MiniMax", "月之暗面", "宇树", "逐际动力", "自变量机器人"])
def test_investments(alibaba: Portfolio, company: str) -> None:
    assert rows(alibaba, company, ("investment",)), f"no investment of Alibaba in {company}"


def test_alibaba_laid_out_cambricon_as_an_investment(alibaba: Portfolio) -> None:
    # The article says Alibaba 布局 (laid out) its chip holdings — 布局 with a named company is an investment.
    assert rows(alibaba, "寒武纪", ("investment",))
    assert layer_of(alibaba, "寒武纪") == {"foundation"}


def test_the_video_generation_unicorn_is_aisphere(alibaba: Portfolio) -> None:
    # "…领域的独角兽X": the investee is the company X, not the field before it.
    assert rows(alibaba, "爱诗科技", ("investment",))
    assert not any(h.name == "AI视频生成" for h in alibaba.holdings)


@pytest.mark.parametrize("partner", ["海南华铁", "零一万物", "中国一汽", "比亚迪", "吉利", "蔚来", "小鹏", "荣耀"])
def test_partners(alibaba: Portfolio, partner: str) -> None:
    assert rows(alibaba, partner, ("partnership",)), f"{partner} is not shown as a partner"


def test_partnership_kinds_are_kept(alibaba: Portfolio) -> None:
    kinds = {h.qualifiers.get("kind") for h in rows(alibaba, "海南华铁") + rows(alibaba, "零一万物")}
    assert {"joint_venture", "joint_lab"} <= kinds


@pytest.mark.parametrize(("company", "layer"), [("长鑫存储", "foundation"), ("平头哥", "foundation"),
                                               ("智谱", "technology"), ("通义千问", "technology"),
                                               ("宇树", "application"), ("斑马网络", "application")])
def test_companies_sit_in_their_layer(alibaba: Portfolio, company: str, layer: str) -> None:
    assert layer_of(alibaba, company) == {layer}


def test_full_stack_coverage(alibaba: Portfolio) -> None:
    assert alibaba.full_stack()
    cover = alibaba.coverage()
    assert {"chips", "memory"} <= set(cover["foundation"])
    assert "foundation_models" in cover["technology"]
    assert "robotics" in cover["application"]


def test_the_denied_deepseek_rumour_is_apart_and_not_counted(alibaba: Portfolio) -> None:
    apart = [h for h in alibaba.apart if h.name == "DeepSeek"]
    assert apart and apart[0].modality == "denied"
    assert not rows(alibaba, "DeepSeek")
    assert "DeepSeek" not in {h.name for hs in alibaba.by_layer().values() for xs in hs.values() for h in xs}


def test_amounts_convert_to_yuan_at_the_deal_year(alibaba: Portfolio) -> None:
    kaola = rows(alibaba, "考拉", ("acquisition",))
    assert kaola and kaola[0].amount["currency"] == "USD"
    assert kaola[0].cny is not None and kaola[0].cny.year == 2019
    assert kaola[0].cny.cny == pytest.approx(2.0e9 * fx.table()["USD"][2019])


def test_every_holding_keeps_its_evidence_sentence(alibaba: Portfolio) -> None:
    for h in alibaba.holdings + alibaba.apart:
        assert h.evidence and all(e["text"] for e in h.evidence), h
    joint = rows(alibaba, "宇树", ("investment",))
    assert any({"腾讯", "浙江吉利控股集团"} <= set(h.others) or
               (any("腾讯" in o for o in h.others) and any("吉利" in o for o in h.others)) for h in joint)


def test_co_founded_companies_count_as_backed(alibaba: Portfolio, reference_graph: GraphView) -> None:
    assert reference_graph.find("斑马网络")["id"] in alibaba.backed()

"""Chinese M&A news of the chip industry (round 15): glosses in brackets, deals a draft proposes, A合并B,
qualities of a figure. Sentences written by the team."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def _facts(text: str, kind: str | None = None) -> list:
    return [f for f in extract("t", text, "2025-12-20").facts if kind is None or f.type == kind]


def _names(fact, role: str) -> list[str]:
    return [m.text for m in fact.roles.get(role, [])]


def test_an_acronym_glossing_a_term_is_no_company():
    doc = extract("t", "国产微控制器（MCU）龙头星岚股份12月8日发布公告，宣布拟通过发行股份的方式，购买云泽存储49%股权。",
                  "2025-12-20")
    assert "MCU" not in [m.text for m in doc.mentions]
    (deal,) = [f for f in doc.facts if f.type == "acquisition"]
    assert _names(deal, "acquirer") == ["星岚股份"] and _names(deal, "target") == ["云泽存储"]
    assert deal.modality == "planned"
    # a glossed term in plain brackets, and a company's own Latin name after its name, which stays
    assert "GPU" not in [m.text for m in extract("t", "图形处理器(GPU)厂商澄川微电子完成B轮融资。").mentions]
    assert "ZXC" in [m.text for m in extract("t", "澄川微电子（ZXC）宣布收购云泽存储。").mentions]


def test_a_deal_a_draft_or_plan_puts_forward_is_planned():
    text = ("青岚半导体有限公司(以下简称“青岚公司”)发布发行股份收购江城微电子有限公司(以下简称“江城微”)"
            "92.5%股权的交易草案。")
    (deal,) = _facts(text, "acquisition")
    assert _names(deal, "acquirer") == ["青岚公司"] and deal.modality == "planned"
    assert deal.stake is not None and deal.stake.value.value == 92.5
    (draft,) = _facts("星岚科技披露了以现金购买云泽电子60%股权的重组预案。", "acquisition")
    assert draft.modality == "planned"
    # a deal done stays asserted
    (done,) = _facts("星岚科技已完成收购云泽电子60%股权，并办理了过户手续。", "acquisition")
    assert done.modality == "asserted"


def test_a_company_merging_another_takes_it_in():
    (fact,) = _facts("例如苏州澄岚电子科技有限公司成功合并无锡云泽传感股份有限公司，以期在传感器领域做大。", "merger")
    assert _names(fact, "part") == ["苏州澄岚电子科技有限公司", "无锡云泽传感股份有限公司"]
    assert _names(fact, "result") == ["苏州澄岚电子科技有限公司"]
    (dated,) = _facts("星澜科技2023年合并云泽网络后营收大增。", "merger")
    assert _names(dated, "result") == ["星澜科技"] and dated.date is not None
    # consolidation of accounts is no merger; two parties merging into a new one keep their reading
    assert _facts("星澜科技将云泽网络纳入合并报表范围。", "merger") == []
    (joined,) = _facts("星澜科技与云泽网络合并为澜泽集团。", "merger")
    assert _names(joined, "result") == ["澜泽集团"]


def test_a_quality_of_a_figure_states_no_figure():
    assert _facts("星岚股份称，此次收购有利于夯实存储布局，提高持续盈利能力和抗风险能力。", "financial") == []
    assert _facts("星岚股份表示，公司营业收入结构持续优化。", "financial") == []
    (profit,) = _facts("星岚股份2024年实现盈利。", "financial")
    assert profit.qualifiers.get("metric") == "net_profit"

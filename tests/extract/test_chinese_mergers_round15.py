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
    text = ("青岚芯创有限公司（下称“青岚公司”）发布发行股份收购江城晶微有限责任公司（下称“江城微”）"
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
    (fact,) = _facts("去年苏州澄岚传感科技有限公司已合并无锡云泽光电股份有限公司，以求做大规模。", "merger")
    assert _names(fact, "part") == ["苏州澄岚传感科技有限公司", "无锡云泽光电股份有限公司"]
    assert _names(fact, "result") == ["苏州澄岚传感科技有限公司"]
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


def test_a_role_defined_for_a_company_stands_for_it_later():
    for defined in ("云泽网络有限责任公司（下称“标的公司”）", "云泽网络有限责任公司(目标公司)"):
        role = "标的公司" if "标的" in defined else "目标公司"
        doc = extract("t", f"星澜科技拟收购{defined}60%股权。{role}主要从事AI芯片设计，2024年净亏损300万元。", "2025-12-20")
        (loss,) = [f for f in doc.facts if f.type == "financial"]
        assert loss.roles["company"][0].canonical == "云泽网络有限责任公司"
    # undefined, the role word names nobody
    doc = extract("t", "星澜科技拟收购云泽网络60%股权。标的公司2024年净亏损300万元。", "2025-12-20")
    assert "标的公司" not in [m.text for m in doc.mentions]


def test_a_thing_like_a_product_is_not_the_product():
    doc = extract("t", "星澜科技与云泽智能达成技术合作，计划下半年推出一款类ChatGPT助手。", "2025-12-20")
    assert "ChatGPT" not in [m.text for m in doc.mentions]
    assert not [f for f in doc.facts if f.type == "ownership"]
    assert "ChatGPT" in [m.text for m in extract("t", "云泽智能接入ChatGPT。").mentions]


def test_a_proposal_by_the_latter_is_planned_and_a_share_class_is_no_buyer():
    text = ("云泽网络今年7月27日宣布，董事会收到星澜科技一份非约束性的收购建议书，后者提议以每股普通股或"
            "ADS(美国存托股)6.50美元的现金收购云泽网络全部已发行普通股。")
    doc = extract("t", text, "2025-12-20")
    assert "ADS" not in [m.text for m in doc.mentions] and "后者提议" not in [m.text for m in doc.mentions]
    (deal,) = [f for f in doc.facts if f.type == "acquisition"]
    assert deal.roles["acquirer"][0].canonical == "星澜科技" and _names(deal, "target") == ["云泽网络"]
    assert deal.modality == "planned"


def test_holders_after_a_transfer_of_listed_shares():
    (deal,) = _facts("星澜科技公告，云泽投资向青川智研转让合计12,552,212股，占总股本15.92%，交易总额4.96亿元。",
                     "acquisition")
    assert (_names(deal, "acquirer"), _names(deal, "target"), _names(deal, "seller")) == \
        (["青川智研"], ["星澜科技"], ["云泽投资"])
    assert deal.stake is not None and deal.stake.value.value == 15.92
    (private,) = _facts("星澜科技公告，云泽投资拟向青川智研协议转让其持有的公司15.92%股份。", "acquisition")
    assert _names(private, "acquirer") == ["青川智研"] and private.modality == "planned"
    (second,) = _facts("星澜科技公告，转让完成后，云泽投资成为持股15.92%的第二大股东。", "shareholding")
    assert (_names(second, "holder"), _names(second, "company")) == (["云泽投资"], ["星澜科技"])
    assert second.stake.value.value == 15.92 and second.qualifiers.get("rank") == "second"
    (left,) = _facts("星澜科技公告，转让完成后，云泽投资仍保持控股股东地位，持股比例从25.06%降至20.06%。", "shareholding")
    assert _names(left, "company") == ["星澜科技"] and left.stake.value.value == 20.06
    (raised,) = _facts("云泽投资对星澜科技的持股比例由3%提升至5%。", "shareholding")
    assert (_names(raised, "holder"), _names(raised, "company")) == (["云泽投资"], ["星澜科技"])
    # a ratio stated, not changed, is read where the holding is (持股): no second reading here
    assert len(_facts("云泽投资持有星澜科技5%股份，持股比例为5%。", "shareholding")) == 1


def test_a_kind_of_shares_is_no_name():
    (deal,) = _facts("澄川信息公告，控股股东澄豪投资拟以每股9.80元向青川人寿协议转让澄川信息无限售流通股份800万股。",
                     "acquisition")
    assert _names(deal, "target") == ["澄川信息"] and _names(deal, "seller") == ["澄豪投资"]


def test_a_plan_said_through_a_vehicle_and_a_price_before_the_verb():
    (deal,) = _facts("星澜科技6月14日晚公告，拟通过控股子公司云帆集团，以17.14亿元的估值，收购青川智能全部股权。",
                     "acquisition")
    assert deal.modality == "planned" and _names(deal, "target") == ["青川智能"]
    (done,) = _facts("星澜科技通过子公司云帆集团，以3亿元收购了青川智能。", "acquisition")
    assert done.modality == "asserted"


def test_buyer_and_seller_as_roles_are_no_names():
    doc = extract("t", "星澜科技拟收购云泽网络70%的股权。交割以后，买方及卖方各自持有云泽网络七成与三成股权。",
                  "2025-12-20")
    assert not [m for m in doc.mentions if m.text.startswith(("买方", "卖方"))]


def test_a_new_controlling_shareholder_of_the_company_announcing():
    for text in ("澄川数据公告称，公司控股股东已正式变更为青川智研，实控人随之变更。",
                 "澄川数据公告称，控股股东将变更为青川智研。"):
        (holding,) = _facts(text, "shareholding")
        assert (_names(holding, "holder"), _names(holding, "company")) == (["青川智研"], ["澄川数据"])
        assert holding.qualifiers.get("rank") == "controlling"
    # ranks told one after another stay with the company named first
    ranked = _facts("青禾机器人的第一大股东为星澜资本，第二大股东为云泽投资。", "shareholding")
    assert [_names(f, "company") for f in ranked] == [["青禾机器人"], ["青禾机器人"]]


def test_a_tender_offer_verb_ends_the_name_before_it():
    doc = extract("t", "澄川芯英要约收购期限已结束。澄川芯英成立于2020年10月，由张伟创立。", "2025-12-20")
    assert "澄川芯英要约" not in [m.text for m in doc.mentions]
    (founding,) = [f for f in doc.facts if f.type == "founding"]
    assert _names(founding, "company") == ["澄川芯英"]


def test_the_stake_left_when_only_its_new_level_is_told():
    (left,) = _facts("澄川股份公告，交易完成后，云泽投资持股比例将降至25%。", "shareholding")
    assert (_names(left, "holder"), _names(left, "company")) == (["云泽投资"], ["澄川股份"])
    assert left.stake.value.value == 25 and left.modality == "planned"


def test_a_holder_selling_a_count_of_its_shares_at_a_price():
    (deal,) = _facts("澄川股份公告，云泽投资将持有的1441.36万股以每股23.98元的价格转让给青川科技，合计约3.45亿元。",
                     "acquisition")
    assert (_names(deal, "acquirer"), _names(deal, "target"), _names(deal, "seller")) == \
        (["青川科技"], ["澄川股份"], ["云泽投资"])


def test_the_report_says_a_stake_of_votes_is_one():
    from dealgraph.analyze.portfolio import Holding
    from dealgraph.report.text import detail

    (votes,) = _facts("澄川数据公告称，控股股东青川智研合计控制公司45.6%的表决权。", "shareholding")
    assert votes.qualifiers.get("measure") == "voting_power" and votes.stake.value.value == 45.6
    h = Holding("org_x", "澄川数据", "organization", None, None, "shareholding", "f1", "shareholding", "asserted",
                [], [], None, None, None, {"text": "45.6%"}, {"measure": "voting_power"}, [])
    assert "表决权" in detail(h, "青川智研")
    h.qualifiers = {}
    assert "表决权" not in detail(h, "青川智研")

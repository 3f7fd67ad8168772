"""Round 28 (r28a): Chinese constructions of the heldout7 audit, categories A, E, F, G, H, J — investors listed
after 资方有, a strategic participant ending its clause, 投过的, sell-downs told in an elaboration, a control package
with the 把-construction, fronted enumerated periods and a tender ranking. The sentences are the team's own,
with invented names."""

from __future__ import annotations

from tests.extract.readers import facts, roles


def investments(text: str) -> list[tuple[list[str], list[str]]]:
    return [(roles(f)["investor"], roles(f)["investee"]) for f in facts(text, "investment")]


def investors_of(text: str, investee: str) -> set[str]:
    return {i for inv, ee in investments(text) if ee == [investee] for i in inv}


# E — 本轮新进的资方有A、B和C，D、E等老股东继续跟投


def test_new_investors_listed_after_zifang_you_join_the_round():
    text = ("远峰机器人日前完成C轮融资，金额约8亿元。这一轮新进的资方有松石资本、白鹭创投和临川投资，"
            "海岳集团、明溪创投等老股东继续跟投。")
    assert investors_of(text, "远峰机器人") == {"松石资本", "白鹭创投", "临川投资", "海岳集团", "明溪创投"}
    assert all("有" not in i for inv, _ in investments(text) for i in inv)  # no name glued to 资方有


def test_new_investors_after_touzifang_you_are_no_buy_by_the_company():
    text = "远峰机器人日前完成C轮融资。本轮新进的投资方有松石资本和白鹭创投。"
    found = investments(text)
    assert (["松石资本", "白鹭创投"], ["远峰机器人"]) in found
    assert all(inv != ["远峰机器人"] for inv, _ in found)  # 新进 here names newcomers, not a buy


def test_newly_entered_markets_are_no_investment():
    assert facts("远峰机器人今年新进入的市场有北美和日韩。", "investment") == []
    assert all(inv != ["远峰机器人"] for inv, _ in investments("远峰机器人今年新进的股东有松石资本。"))


def test_xinjin_as_a_buy_of_a_stock_still_reads():
    assert (["松石基金"], ["海岳电子"]) in investments("松石基金二季度新进海岳电子，持有300万股。")


# F — X以/作为战略投资方(身份)参与; X投过的<desc>只有Y


def test_a_strategic_investor_joining_with_no_object_joins_the_round_told():
    text = "远峰机器人完成6亿元C轮融资，本轮由松石资本领投，临川产投以战略投资方身份参与。"
    assert investors_of(text, "远峰机器人") >= {"松石资本", "临川产投"}
    assert all("身份" not in i for inv, _ in investments(text) for i in inv)
    text2 = "远峰机器人完成6亿元C轮融资，临川产投作为战略投资者参与本轮。"
    assert "临川产投" in investors_of(text2, "远峰机器人")


def test_a_role_in_something_else_is_no_investment():
    assert facts("临川产投以观察员身份参与了这次论坛。", "investment") == []
    assert facts("临川产投以战略投资方身份参与了本次研讨会。", "investment") == []
    assert facts("临川产投以战略投资者身份参与。", "investment") == []  # no round told


def test_tou_guo_de_names_a_portfolio_company():
    assert (["松石资本"], ["海岳电子"]) in investments("过去几年，松石资本投过的半导体公司只有海岳电子一家。")
    assert facts("松石资本去过的城市只有临州一座。", "investment") == []


# H — YEAR1、YEAR2和YEAR3上半年，公司<metric>分别为a、b和c


def _figures(text: str) -> list[tuple[str, str]]:
    return [(f.qualifiers["value"].text, f.qualifiers["period"].text) for f in facts(text, "financial", "2025-08-30")
            if f.qualifiers.get("value") is not None and f.qualifiers.get("period") is not None]


def test_fronted_enumerated_periods_pair_with_each_figure():
    text = "海岳电子主要生产功率器件。2022年、2023年及2024年上半年，该公司的净利润分别是2100万元、3600万元和1900万元。"
    assert _figures(text) == [("2100万元", "2022年"), ("3600万元", "2023年"), ("1900万元", "2024年上半年")]
    assert _figures("2023年和2024年，临川科技营收分别为7亿元、9亿元。") == [("7亿元", "2023年"), ("9亿元", "2024年")]


def test_fronted_periods_without_matching_figures_keep_the_first_only():
    # two periods but three figures: no pairing, the fact as read
    assert len(_figures("2023年和2024年，临川科技营收分别为7亿元、9亿元和11亿元。")) <= 1
    assert facts("2022年、2023年和2024年，海岳电子员工人数分别为200人、350人和500人。", "financial") == []


# J — <buyer>公布…项目的中标候选人。A以N的报价排名第一，B以M排名第二


def test_first_ranked_bid_after_a_candidates_notice_is_a_planned_purchase():
    text = ("临川移动近日公示了智能网关框架采购项目的中标候选人。海岳通信以2860万元的报价（含税）排名第一，"
            "松石网络以2790万元位居第二。")
    found = facts(text, "purchase")
    assert len(found) == 1, [roles(f) for f in found]
    fact = found[0]
    assert roles(fact) == {"buyer": ["临川移动"], "supplier": ["海岳通信"]}
    assert fact.modality == "planned"
    assert fact.amount is not None and fact.amount.text.startswith("2860万")


def test_a_first_place_without_a_candidates_notice_is_no_purchase():
    assert facts("海岳通信在年度渠道榜单中排名第一，营收2860万元。", "purchase") == []
    assert facts("临川移动近日发布了智能网关项目的招标公告。海岳通信以2860万元报价排名第一。", "purchase") == []
    assert facts("临川移动近日公布年度优秀供应商名单。海岳通信以2860万元营收排名第一。", "purchase") == []


# A — proceeds 套现N after a price-range clause or after 按均价计


def _sale_amount(text: str) -> str | None:
    found = [f for f in facts(text, "acquisition") if roles(f).get("seller")]
    assert len(found) == 1, [roles(f) for f in facts(text)]
    return found[0].amount.text if found[0].amount is not None else None


def test_proceeds_after_a_price_range_clause_are_the_sale_amount():
    text = "9月1日至10月31日，松石基金减持海岳电子210万股，成交均价在30元至35元之间，累计套现不少于6800万元。"
    assert _sale_amount(text) is not None and "6800万" in _sale_amount(text)


def test_proceeds_counted_at_the_average_price_are_the_sale_amount():
    text = "松石基金通过大宗交易减持临川科技60万股，持股比例由5.4%降至5.2%，按均价计算约套现1500万元。"
    assert _sale_amount(text) is not None and "1500万" in _sale_amount(text)


def test_an_average_price_alone_is_no_sale_amount():
    assert _sale_amount("松石基金减持海岳电子210万股，成交均价为32元。") is None
    assert _sale_amount("松石基金减持海岳电子210万股，成交均价在30元至35元之间。") is None

"""Holdings and subsidiaries as Chinese prospectuses and announcements state them: a rank after a holding
(…，为第二大股东), the holders named after the rank (B的第一大股东为A, B的股东包括A、C), the day a holding
stands as of (截至…), subsidiaries (B是A的全资子公司, A全资子公司B). All company and person names are invented."""

from __future__ import annotations

from dealgraph.extract.document import FactRecord
from dealgraph.extract.pipeline import extract

REF = "2025-10-30"


def facts(text: str, ftype: str) -> list[FactRecord]:
    return [f for f in extract("t", text, REF).facts if f.type == ftype]


def names(fact: FactRecord, role: str) -> list[str]:
    return [m.text for m in fact.roles.get(role, [])]


def held(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return sorted((names(f, "holder")[0], names(f, "company")[0], f.stake.text if f.stake else None,
                   f.qualifiers.get("rank")) for f in facts(text, "shareholding"))


def test_a_rank_after_a_holding_belongs_to_that_holder_in_that_company():
    assert held("招股书显示，澜汐资本持有青穗机器人12.5%的股份，为第二大股东。") == \
        [("澜汐资本", "青穗机器人", "12.5%", "second")]
    assert held("周砚秋持有青穗机器人31.2%的股份，为控股股东。") == [("周砚秋", "青穗机器人", "31.2%", "controlling")]


def test_a_rank_clause_goes_on_with_the_mood_of_the_holding_before_it():
    [f] = facts("本轮融资完成后，云岫科技将持有星泊智算约20%股权，成为其最大外部股东。", "shareholding")
    assert f.modality == "planned" and f.qualifiers["rank"] == "largest"
    [g] = facts("云岫科技已持有星泊智算约20%股权，为其第一大机构股东。", "shareholding")
    assert g.modality == "asserted" and g.qualifiers["rank"] == "largest"


def test_for_is_no_rank_clause():
    text = "澜汐电梯以3亿元收购青穗机电70%股权，为整合产业资源、优化与控股股东之间的业务分工。"
    assert held(text) == []


def test_holders_named_after_the_rank_of_the_company_before_it():
    assert held("青穗机器人的第一大股东为创始人周砚秋，持股比例为31.2%。") == \
        [("周砚秋", "青穗机器人", "31.2%", "largest")]
    assert held("青穗机器人的控股股东是澜汐科技。") == [("澜汐科技", "青穗机器人", None, "controlling")]
    assert held("青穗机器人第一大股东为澜汐资本，持股20%。") == [("澜汐资本", "青穗机器人", "20%", "largest")]


def test_a_second_rank_clause_keeps_the_company_and_its_own_stake():
    assert held("星泊智算的第一大股东为云岫科技（持股23%），第二大股东为鹤汀集团。") == \
        [("云岫科技", "星泊智算", "23%", "largest"), ("鹤汀集团", "星泊智算", None, "second")]
    assert held("星泊智算的第一大股东为云岫科技，持股23%；第二大股东为鹤汀集团，持股11%。") == \
        [("云岫科技", "星泊智算", "23%", "largest"), ("鹤汀集团", "星泊智算", "11%", "second")]


def test_a_list_of_shareholders_holds_each_without_a_shared_stake():
    assert held("星泊智算的股东名单中包括澜汐资本、鹤汀创投和青穗投资。") == \
        [("澜汐资本", "星泊智算", None, None), ("青穗投资", "星泊智算", None, None),
         ("鹤汀创投", "星泊智算", None, None)]


def test_shareholders_as_a_body_or_as_for_state_no_holding():
    assert held("澜汐科技董事会同意于下月召开临时股东大会。") == []
    assert held("青穗机器人的控股股东为青穗机器人提供了借款。") == []
    assert held("青穗机器人的股东为其提供担保。") == []


def test_a_holding_stands_as_of_the_day_after_jiezhi():
    [f] = facts("截至2024年底，云岫科技通过全资子公司持有星泊智算约9%的股权。", "shareholding")
    assert f.qualifiers["as_of"].text == "2024年底" and f.stake.text == "约9%"
    [g] = facts("截至2024年底，星泊智算的第一大股东仍为云岫科技。", "shareholding")
    assert g.qualifiers["as_of"].text == "2024年底" and names(g, "holder") == ["云岫科技"]


def test_a_subsidiary_named_with_its_owner_is_owned():
    for text in ("星泊智算是云岫科技的全资子公司。", "星泊智算为云岫科技控股子公司。"):
        [f] = facts(text, "ownership")
        assert names(f, "owner") == ["云岫科技"] and names(f, "unit") == ["星泊智算"]


def test_an_owned_subsidiary_that_plans_a_deal_is_owned_as_it_stands():
    text = "云岫科技全资子公司星泊智算拟收购青穗机器人51%股权。"
    [own] = facts(text, "ownership")
    assert names(own, "owner") == ["云岫科技"] and own.modality == "asserted"
    [deal] = facts(text, "acquisition")
    assert names(deal, "acquirer") == ["星泊智算"] and deal.modality == "planned"


def test_no_owner_named_or_a_unit_still_to_be_set_up_is_no_ownership():
    assert facts("澜汐科技拟设立全资子公司青穗数据。", "ownership") == []
    assert facts("公司全资子公司星泊智算拟收购青穗机器人。", "ownership") == []


def test_a_unit_named_after_qixia_is_owned_whatever_is_planned_for_it():
    text = "澜汐科技将旗下青穗机器人分拆上市。"
    [own] = facts(text, "ownership")
    assert names(own, "unit") == ["青穗机器人"] and own.modality == "asserted"
    [later] = facts("澜汐科技拟将青穗机器人纳入旗下。", "ownership")
    assert later.modality == "planned"


def test_a_spin_off_listing_put_forward_is_planned_and_one_dated_or_done_is_not():
    [f] = facts("澜汐科技将旗下青穗机器人分拆上市。", "listing")
    assert names(f, "company") == ["青穗机器人"] and f.modality == "planned"
    [g] = facts("青穗机器人于2023年分拆上市。", "listing")
    assert g.modality == "asserted"
    [h] = facts("澜汐科技已完成青穗机器人的分拆上市。", "listing")
    assert h.modality == "asserted"


def test_controlled_by_the_one_after_you():
    assert held("星泊智算目前由云岫科技控股。") == [("云岫科技", "星泊智算", None, "controlling")]
    assert held("星泊智算由鹤汀集团控股，澜汐资本参股。") == [("鹤汀集团", "星泊智算", None, "controlling")]
    [f] = facts("由云岫科技控股的星泊智算去年营收10亿元。", "shareholding")
    assert names(f, "holder") == ["云岫科技"] and names(f, "company") == ["星泊智算"]
    assert f.qualifiers.get("as_of") is None  # 去年 dates the revenue
    assert held("星泊智算由青穗控股投资。") == []  # 青穗控股, a holding company's name, invests


def test_people_hold_shares_and_a_company_before_a_title_describes_the_person():
    text = "截至公告日，邝启全资拥有境内岚川智能，并持有境外岚川智能76.72%的股份；澜汐资本与鹤汀集团董事长闵朗分别持有境外岚川智能2.44%和0.43%的股份。"
    assert held(text) == [("澜汐资本", "岚川智能", "2.44%", None), ("邝启", "岚川智能", "76.72%", None),
                          ("邝启", "岚川智能", "全资", None), ("闵朗", "岚川智能", "0.43%", None)]

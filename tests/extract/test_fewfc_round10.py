"""Round 10 readings of Chinese deal news: who holds the shares a company sells, deals still being
explored. Sentences written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from tests.extract.readers import REF, facts, roles


def test_the_buyer_of_shares_the_company_sells_does_not_hold_them():
    text = "公司拟向澜石科技出售公司持有的青松物流30%股权。"
    sale = facts(text, "acquisition")
    assert [roles(f)["acquirer"] for f in sale] == [["澜石科技"]] and roles(sale[0])["target"] == ["青松物流"]
    assert [roles(f)["holder"] for f in facts(text, "shareholding")] == []
    text = "澜石集团拟向青松资本转让其持有的星河物流20%股权。"
    assert all(roles(f)["holder"] != ["青松资本"] for f in facts(text, "shareholding"))
    assert [roles(f)["holder"] for f in facts("青松资本持有星河物流20%股权。", "shareholding")] == [["青松资本"]]


def test_a_deal_still_being_explored_is_planned_and_a_negation_still_wins():
    found = facts("今年4月，有知情人士表示澜石汽车还在探索收购青松科技的股份。", "acquisition")
    assert [(roles(f)["acquirer"], roles(f)["target"], f.modality) for f in found] == [
        (["澜石汽车"], ["青松科技"], "planned")]
    assert [f.modality for f in facts("知情人士透露，澜石汽车尚未收购青松科技。", "acquisition")] == ["negated"]
    assert [f.modality for f in facts("澜石汽车去年收购了青松科技。", "acquisition")] == ["asserted"]


def test_a_city_then_a_coined_pair_of_characters_is_a_company_s_short_name():
    found = facts("2013年9月，重庆澜诚浮出水面，并出资3000万元收购了青松租赁45%股权。", "acquisition")
    assert [(roles(f)["acquirer"], roles(f)["target"]) for f in found] == [(["重庆澜诚"], ["青松租赁"])]
    found = facts("公司拟出资6亿元，以可转债方式对天津瑾澜进行投资。", "investment")
    assert [roles(f)["investee"] for f in found] == [["天津瑾澜"]]
    names = [m.text for m in extract("t", "北京时间周一，上海市场大涨，广东潮汕地区的企业表现平稳。", REF).mentions]
    assert not any(n in names for n in ("北京时间", "上海市场", "广东潮汕"))
    names = [m.text for m in extract("t", "该集团在中国另设一家子公司，在湖南开疆拓土，并新增多家中国乳企客户。", REF).mentions]
    assert not any(n in names for n in ("中国另设", "湖南开疆", "中国乳企"))


def test_shares_of_the_company_its_holder_sells_are_the_company_s_not_the_holder_s():
    text = "青松能源周二公告，大股东青松集团计划将所持有的公司8000万股（约占总股本3%）转让给澜石资本。"
    found = facts(text, "acquisition")
    assert [(roles(f)["acquirer"], roles(f)["target"], roles(f)["seller"]) for f in found] == [
        (["澜石资本"], ["青松能源"], ["青松集团"])]
    earlier = facts("青松集团曾投资星河科技。今年青松集团将所持部分股份转让给澜石资本。", "acquisition")
    assert [roles(f)["target"] for f in earlier] == [["星河科技"]]


def test_a_name_ends_before_naxia_and_its_maker_before_yiju():
    text = "在此次收购青松隆基30%股份前，澜石新能一举拿下星河炭素100%股权。"
    names = [m.text for m in extract("t", text, REF).mentions]
    assert "澜石新能" in names and "星河炭素" in names and not any("拿下" in n for n in names)
    found = facts(text, "acquisition")
    assert ["澜石新能"] in [roles(f)["acquirer"] for f in found if roles(f)["target"] == ["星河炭素"]]


def test_a_subject_acting_jointly_with_a_partner_buys_beside_it():
    found = facts("澜石资本联合青松资本收购了星河科技。", "acquisition")
    assert [roles(f)["acquirer"] for f in found] == [["澜石资本", "青松资本"]]
    found = facts("澜石资本携手青松资本投资了星河科技。", "investment")
    assert [roles(f)["investor"] for f in found] == [["澜石资本", "青松资本"]]
    found = facts("星河电器管理层团队联合青松资本收购星河电器15%的股权。", "acquisition")
    assert [roles(f)["acquirer"] for f in found] == [["青松资本"]]

"""Focus told by verbs of what a company makes or offers (主打, 专做, 主要生产, 定位于, 以…起家), by 深耕 with the
field before it, and the guards: a noun phrase after the verb, another party of the company as the subject, a span
of years closing the field. Invented companies throughout."""

from __future__ import annotations

import pytest

from tests.extract.readers import facts, names, one


@pytest.mark.parametrize("text, company, domain", [
    ("北辰智算主打面向中小企业的算力租赁服务。", "北辰智算", "算力租赁"),
    ("星河云芯专做数据中心的高速互联芯片。", "星河云芯", "高速互联芯片"),
    ("星衡机器人主要生产四足机器人和机械臂。", "星衡机器人", "四足机器人"),
    ("岚晶微电子定位于高端存储芯片设计。", "岚晶微电子", "存储芯片"),
    ("青衡光电以激光雷达起家，目前已进入多家车企供应链。", "青衡光电", "激光雷达"),
    ("澄禾半导体是国内领先的碳化硅衬底供应商。", "澄禾半导体", "碳化硅衬底"),
    ("青禾数据是一家数据标注服务商。", "青禾数据", "数据标注"),
])
def test_verbs_of_making_tell_the_line(text, company, domain):
    fact = one(text, "focus")
    assert names(fact, "company") == [company]
    assert domain in fact.qualifiers["domain"]
    assert fact.date is None  # what the company does as it stands


def test_years_after_the_field_are_no_part_of_it():
    fact = one("岚晶微电子深耕存储控制芯片领域十余年。", "focus")
    assert fact.qualifiers["domain"] == "存储控制芯片领域"


@pytest.mark.parametrize("text", ["岚晶微电子在存储芯片领域已深耕二十多年。", "岚晶微电子在存储芯片领域深耕多年，客户包括多家手机厂商。"])
def test_field_before_deep_roots(text):
    fact = one(text, "focus")
    assert names(fact, "company") == ["岚晶微电子"]
    assert fact.qualifiers["domain"] == "存储芯片领域"


@pytest.mark.parametrize("text", [
    "澄芯科技主打产品为AI眼镜。",            # a noun phrase: the flagship product (read by its own words elsewhere)
    "青禾智能主要研发人员来自清华大学。",      # the people doing research
    "澄芯科技主要生产基地位于苏州。",          # a plant
    "岚晶科技以3000元起家。",                # money, no field
    "澄芯科技不再主打消费级芯片。",            # a line it no longer keeps
    "青禾资本主打早期投资。",                  # an investor's mandate
    "岚晶微电子在华东市场深耕多年。",          # a market, no field; and no field of years
])
def test_no_line_of_work(text):
    assert facts(text, "focus") == []


@pytest.mark.parametrize("text", [
    "星衡科技的客户主要生产新能源汽车。",
    "星衡科技的客户专注于自动驾驶。",
    "星衡科技的主要客户专注于自动驾驶。",
    "星衡科技的竞争对手主要从事激光雷达研发。",
])
def test_another_party_of_the_company_is_not_the_company(text):
    assert [names(f, "company") for f in facts(text, "focus")] == []


def test_a_verb_of_making_opens_no_name():
    from dealgraph.extract.pipeline import extract

    texts = [m.text for m in extract("t", "星衡科技主要生产新能源汽车。", "2025-06-30").mentions]
    assert texts == ["星衡科技"]
    assert "生产力促进中心有限公司" in [m.text for m in extract("t", "生产力促进中心有限公司完成改制。", "2025-06-30").mentions]

"""Focus in a profile's second clause with no subject (星河云芯成立于2020年，是一家GPU芯片设计公司), what a company
serves (主要面向医院提供…), its product line (产品线覆盖…), its main source of income, and an 'one of the few that
master…' description. Invented companies throughout."""

from __future__ import annotations

import pytest

from tests.extract.readers import facts, names, one


@pytest.mark.parametrize("text, company, domain", [
    ("星河云芯成立于2020年，是一家GPU芯片设计公司。", "星河云芯", "GPU芯片设计"),
    ("资料显示，星河云芯成立于2020年，是一家GPU芯片设计公司。", "星河云芯", "GPU芯片设计"),
    ("青衡光电成立于2016年，是国内激光雷达领域的头部企业。", "青衡光电", "激光雷达"),
    ("青衡光电总部位于深圳，是一家激光雷达公司。", "青衡光电", "激光雷达"),
    ("澄川医疗主要面向医院提供AI辅助诊断系统。", "澄川医疗", "辅助诊断"),
    ("澄宇智能主要为银行提供智能风控服务。", "澄宇智能", "智能风控"),
    ("澄芯科技的产品线覆盖云端训练芯片和边缘推理芯片。", "澄芯科技", "推理芯片"),
    ("青禾智能目前的主要收入来源是工业机器人销售。", "青禾智能", "工业机器人"),
    ("澄光半导体是国内少数掌握碳化硅外延技术的企业之一。", "澄光半导体", "碳化硅"),
])
def test_profile_lines(text, company, domain):
    fact = one(text, "focus")
    assert names(fact, "company") == [company]
    assert domain in fact.qualifiers["domain"]


@pytest.mark.parametrize("text", [
    "澄芯科技的产品线覆盖全国30个省份。",                  # a reach, no field
    "青禾智能目前的主要收入来源是政府补贴。",                # no field
    "青松资本成立于2015年，是一家专注早期投资的创投机构。",    # an investor's mandate
    "星河云芯成立于2020年，是澄芯科技的全资子公司。",         # what it is to another company, no field
    "澄宇智能主要面向中小企业提供贷款。",                    # no field the taxonomy knows
    "星河云芯于2020年获得融资，是一家GPU芯片设计公司。",      # the first clause is no profile: not carried
])
def test_no_focus(text):
    assert facts(text, "focus") == []


def test_the_second_clause_names_its_own_subject():
    fact = one("星河云芯成立于2020年，青禾智能是一家GPU芯片设计公司。", "focus")
    assert names(fact, "company") == ["青禾智能"]

"""Closures told in more ways: a company struck off (完成注销), wound up by its parent (对全资子公司B进行清算并注销), a
product closed (关停旗下App“回声”, AI应用“画屿”停止运营), a closure denied in its clause (并未停业), an insider's word
(据内部人士透露), a court's ruling (法院裁定宣告B破产); and the things a company closes while it goes on (关闭了北京
办公室, 注销回购股份). Invented companies throughout."""

from __future__ import annotations

import pytest

from tests.extract.readers import facts, names, one


@pytest.mark.parametrize("text, company, modality", [
    ("榕析科技已于上月完成注销，工商登记状态显示为“注销”。", "榕析科技", "asserted"),
    ("澄川科技完成注销登记。", "澄川科技", "asserted"),
    ("熠和科技董事会决定对全资子公司熠和光电进行清算并注销。", "熠和光电", "planned"),
    ("青禾集团决定对控股子公司青禾物联进行解散清算。", "青禾物联", "planned"),
    ("缇翼智能宣布关停旗下社交App“回声”，用户数据将在30日后删除。", "回声", "asserted"),
    ("青禾智能宣布关停旗下AI写作应用“妙笔”。", "妙笔", "asserted"),
    ("成立仅三年的AI绘画应用“画屿”宣布将于6月30日停止运营。", "画屿", "planned"),
    ("麓石科技并未停业，只是暂停了部分海外业务。", "麓石科技", "negated"),
    ("澄川科技并未倒闭。", "澄川科技", "negated"),
    ("澄川物流已于今年3月停业。", "澄川物流", "asserted"),
    ("据内部人士透露，昊弋机器人已连续三个月停发工资，公司实际处于停摆状态。", "昊弋机器人", "reported"),
    ("法院已裁定宣告鲸序智能破产，这家曾估值50亿元的独角兽就此落幕。", "鲸序智能", "asserted"),
    ("法院裁定澄川科技破产清算。", "澄川科技", "asserted"),
    ("澄川科技宣布关闭，员工全部遣散。", "澄川科技", "asserted"),
])
def test_closures(text, company, modality):
    fact = one(text, "closure")
    assert names(fact, "company") == [company]
    assert fact.modality == modality


@pytest.mark.parametrize("text", [
    "诺岚科技关闭了北京办公室，员工转至上海总部办公。",   # an office closed, the company goes on
    "岫光关闭了内测通道，新用户需排队等待。",
    "澄芯科技关闭了位于苏州的一座仓库。",
    "青禾电子拟注销已回购的300万股股份。",               # shares cancelled
    "青禾电子将注销部分已授予但尚未行权的股票期权。",
    "青禾智能将于下月关停海外业务。",                     # a business closed, unnamed
    "受疫情影响，澄川科技旗下门店已全部停业。",           # its stores close, the company goes on
])
def test_no_closure(text):
    assert facts(text, "closure") == []


@pytest.mark.parametrize("text, company, modality", [
    ("澄川科技决定注销全资子公司青禾电子。", "青禾电子", "planned"),
    ("澄川科技已注销全资子公司青禾电子。", "青禾电子", "asserted"),
    ("澄川科技拟将全资子公司青禾电子注销。", "青禾电子", "planned"),
])
def test_unit_struck_off(text, company, modality):
    fact = one(text, "closure")
    assert names(fact, "company") == [company]
    assert fact.modality == modality


def test_unnamed_unit_struck_off_is_none():
    assert facts("澄川科技拟注销子公司。", "closure") == []


@pytest.mark.parametrize("text, company, modality", [
    ("针对“公司倒闭”的网传消息，诺岚科技回应称公司运营一切正常。", "诺岚科技", "denied"),
    ("针对网传“公司已停摆”的传闻，澄川科技回应称消息不实。", "澄川科技", "denied"),
    ("对于“公司破产”的传言，青禾电子方面回应称经营正常。", "青禾电子", "denied"),
    ("针对“公司倒闭”的网传消息，澄芯科技表示将依法追究造谣者责任。", "澄芯科技", "denied"),
])
def test_closure_rumour_answered(text, company, modality):
    fact = one(text, "closure")
    assert names(fact, "company") == [company]
    assert fact.modality == modality

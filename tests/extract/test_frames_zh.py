"""Each Chinese frame and document rule on sentences the team wrote; most organisations are in no lexicon."""

from __future__ import annotations

import pytest

from dealgraph import lexicon
from dealgraph.extract.pipeline import extract
from tests.extract.readers import names


def facts(text: str, ref: str = "2025-06-30") -> list:
    return extract("t", text, ref).facts


def one(text: str, ftype: str, ref: str = "2025-06-30"):
    found = [f for f in facts(text, ref) if f.type == ftype]
    assert len(found) == 1, [(f.type, {r: [m.text for m in ms] for r, ms in f.roles.items()}) for f in found]
    return found[0]


def test_unknown_organisations_are_not_in_the_lexicon():
    lex = lexicon.load()
    for name in ("星澜半导体", "云帆机器人", "穹顶存储", "极光网络", "澜舟动力"):
        assert lex.lookup(name) is None


def test_active_investment_with_several_investees_and_a_period_date():
    text = "自2021年起，星海资本陆续投资了云帆机器人、穹顶存储、澜舟动力等公司。"
    found = [f for f in facts(text) if f.type == "investment"]
    assert {names(f, "investee")[0] for f in found} == {"云帆机器人", "穹顶存储", "澜舟动力"}
    assert all(names(f, "investor") == ["星海资本"] for f in found)
    assert all(f.date.value.to_dict()["value"] == {"from": "2021"} for f in found)


def test_passive_investment_and_three_investors_in_one_clause():
    f = one("极光网络在2022年获得星海资本投资。", "investment")
    assert (names(f, "investor"), names(f, "investee")) == (["星海资本"], ["极光网络"])
    assert f.date.value.value == "2022"
    f = one("云帆机器人选择融资。通过引入腾讯、百度、星海资本等产业资本，公司获得资源。", "investment")
    assert set(names(f, "investor")) == {"腾讯", "百度", "星海资本"}
    assert names(f, "investee") == ["云帆机器人"]


def test_attributive_investment_with_two_listed_years():
    found = [f for f in facts("穹顶存储是星海资本在2019年、2020年两度投资的存储芯片公司。") if f.type == "investment"]
    assert sorted(f.date.value.value for f in found) == ["2019", "2020"]
    assert all(names(f, "investee") == ["穹顶存储"] for f in found)


def test_acquisition_with_ba_construction_amount_stake_and_same_year():
    text = "2020年上半年，极光网络增长很快。同年9月，星海集团以30亿元将其全资收购。"
    f = one(text, "acquisition")
    assert (names(f, "acquirer"), names(f, "target")) == (["星海集团"], ["极光网络"])
    assert f.date.value.value == "2020-09"
    assert f.amount.value.value == 3e9 and f.stake.value.value == 100


def test_founding_by_agents_and_founder_title():
    f = one("2016年由星海集团与云帆汽车共同发起设立的车载软件公司澜舟网络，目前仍在扩张。", "founding")
    assert set(names(f, "founder")) == {"星海集团", "云帆汽车"} and names(f, "company") == ["澜舟网络"]
    f = one("云帆机器人创始人张志远表示，公司将扩产。", "founding")
    assert names(f, "founder") == ["张志远"]


def test_rumour_then_denial_is_denied_with_amount_and_stake():
    text = "今年3月，市场传闻“星海集团拟以5亿美元投资极光网络，获得后者20%股权”。随后，消息被否认。"
    f = one(text, "investment")
    assert f.modality == "denied"
    assert f.amount.value.currency == "USD" and f.stake.value.value == 20
    assert names(f, "investee") == ["极光网络"]


@pytest.mark.parametrize("text,modality", [
    ("有报道称，星海集团已投资极光网络。", "reported"),
    ("据悉，星海集团正在洽谈投资极光网络。", "reported"),
    ("星海集团计划投资极光网络。", "planned"),
    ("星海集团有望投资极光网络。", "expected"),
    ("星海集团尚未投资极光网络。", "negated"),
    ("星海集团投资了极光网络。", "asserted"),
])
def test_modality_cues(text, modality):
    assert one(text, "investment").modality == modality


def test_listing_stages_exchange_and_pronoun():
    found = facts("极光网络于2021年7月登陆科创板。穹顶存储已完成股改。今年5月，它启动了IPO辅导。"
                  "云帆机器人递交赴港上市申请。")
    stages = {(names(f, "company")[0], f.qualifiers["stage"], f.qualifiers.get("exchange")) for f in found
              if f.type == "listing"}
    assert stages == {("极光网络", "listed", "SSE STAR"), ("穹顶存储", "shareholding_reform", None),
                      ("穹顶存储", "tutoring", None), ("云帆机器人", "filed", "HKEX")}


def test_financials_with_values_periods_and_changes():
    text = "自2021年至2023年，澜舟网络累计亏损超过12亿元，2024年第一季度亏损同比扩大3倍至4.5亿元。"
    found = {f.qualifiers["metric"]: f for f in facts(text) if f.type == "financial"}
    assert found["cumulative_loss"].qualifiers["value"].value.min == 1.2e9
    loss = found["net_loss"]
    assert loss.qualifiers["period"].value.value == "2024-Q1" and loss.qualifiers["change"].value.factor == 3
    neg = [f for f in facts("今年初，云帆机器人完成了3亿元融资，但至今尚未实现盈利。") if f.type == "financial"]
    assert {(f.qualifiers["metric"], f.modality) for f in neg} == {("financing", "asserted"), ("net_profit", "negated")}


def test_purchase_share_and_order():
    f = one("2023年至2024年，澜舟网络向星海集团采购云服务的金额占比超过60%。", "purchase")
    assert (names(f, "buyer"), names(f, "supplier")) == (["澜舟网络"], ["星海集团"])
    assert f.qualifiers["share_of_purchases"].value.min == 60
    f = one("有报道称，2024年Q3，穹顶存储获得了星海集团8亿元订单。", "purchase")
    assert (names(f, "buyer"), names(f, "supplier"), f.modality) == (["星海集团"], ["穹顶存储"], "reported")


def test_ownership_partnerships_and_merger():
    found = facts("星海集团旗下“星海芯片研究院”专注于AI芯片。星海集团与极光网络合资成立智算公司，星海集团还与云帆网络共建算力枢纽。"
                  "2019年，星海集团收购这家芯片公司后，将其与星海芯片研究院整合，成立了澜舟半导体。")
    kinds = {f.qualifiers.get("kind") for f in found if f.type == "partnership"}
    assert kinds == {"compute", "joint_venture"}
    assert any(f.type == "ownership" and names(f, "unit") == ["星海芯片研究院"] for f in found)
    merger = next(f for f in found if f.type == "merger")
    assert names(merger, "result") == ["澜舟半导体"]


def test_shareholding_with_rank_and_pronoun_that_is_not_the_subject():
    found = facts("穹顶存储在2022年登陆创业板。上市前星海集团持股21.5%，为其第一大股东。")
    f = next(f for f in found if f.type == "shareholding")
    assert (names(f, "holder"), names(f, "company")) == (["星海集团"], ["穹顶存储"])
    assert f.stake.value.value == 21.5 and f.qualifiers["rank"] == "largest"


def test_capital_plan_and_spent_money_are_told_apart():
    plan = one("星海集团未来三年将投入500亿元建设数据中心。", "capital_plan")
    assert plan.amount.value.value == 5e10 and plan.qualifiers["horizon"].value == "3y"
    spent = one("过去四个季度，星海集团已累计投入超200亿元。", "financial")
    assert spent.qualifiers["metric"] == "capex" and spent.qualifiers["value"].value.min == 2e10


def test_deal_terms_in_the_next_sentence_attach_to_the_deal():
    f = one("2024年，星海集团投资了极光网络。据报道，星海集团部分投资额以云服务支付；星海集团不能阻止极光网络接受"
            "其他投资方。", "investment")
    assert f.qualifiers["consideration"] == "mixed"
    assert {t["term"] for t in f.qualifiers["terms"]} == {"no_veto_on_new_investors"}


def test_short_name_after_full_name_is_the_same_organisation():
    found = facts("澜舟网络成立于2016年。2024年，澜舟递交赴港上市申请。")
    f = next(f for f in found if f.type == "listing")
    assert f.roles["company"][0].text == "澜舟" and names(f, "company") == ["澜舟网络"]


def test_generic_subjects_and_anonymous_quotes_state_no_fact():
    assert facts("一些公司获得星海集团的投资，部分投资额以云服务支付。") == []
    assert facts("“千万别把公司卖给星海集团，然后破产。”") == []


def test_companies_listed_after_a_portfolio_header_are_investees_until_the_list_ends():
    text = ("在星海资本早期的被投企业中，不少已经上市。\n云帆机器人于2021年登陆科创板。\n"
            "芯片公司穹顶存储在2022年登陆港交所。\n最能说明问题的是澜舟网络的案例。\n")
    found = [f for f in facts(text) if f.type == "investment"]
    assert {names(f, "investee")[0] for f in found} == {"云帆机器人", "穹顶存储"}
    assert all(names(f, "investor") == ["星海资本"] for f in found)


def test_a_round_with_lead_and_followers_is_one_investment():
    f = one("星澜半导体完成5亿元B轮融资，由腾讯领投，红杉中国、高瓴跟投。", "investment")
    assert [m.text for m in f.roles["investor"]] == ["腾讯", "红杉中国", "高瓴"]
    assert names(f, "investee") == ["星澜半导体"]
    assert f.qualifiers["round"] == "B轮" and f.qualifiers["lead"] == ["lex:tencent"]
    assert f.amount.value.value == 5e8


def test_the_company_raising_a_round_led_by_another_is_the_investee():
    found = facts("驭衡机器人成立于2020年。驭衡去年完成由澄川资本领投的1.2亿元A轮融资。")
    inv = next(f for f in found if f.type == "investment")
    fin = next(f for f in found if f.type == "financial")
    assert names(inv, "investor") == ["澄川资本"] and names(inv, "investee") == ["驭衡机器人"]
    assert names(fin, "company") == ["驭衡机器人"]


def test_investors_named_as_such():
    f = one("百川智能完成50亿元A轮融资。本轮投资方既包括阿里巴巴、腾讯、小米等产业资本。", "investment")
    assert [m.text for m in f.roles["investor"]] == ["阿里巴巴", "腾讯", "小米"]
    assert names(f, "investee") == ["百川智能"]


def test_its_in_a_clause_with_its_own_subject_refers_to_the_sentence_topic():
    f = one("云帆汽车成立于2014年，星海集团是其较早的机构股东之一。", "shareholding")
    assert (names(f, "holder"), names(f, "company")) == (["星海集团"], ["云帆汽车"])


def test_a_clause_with_its_own_time_word_borrows_no_earlier_date():
    found = facts("自2021年起，星海资本陆续投资了云帆机器人，近期又加码了穹顶存储。")
    dates = {names(f, "investee")[0]: f.date for f in found if f.type == "investment"}
    assert dates["云帆机器人"].value.to_dict()["value"] == {"from": "2021"} and dates["穹顶存储"] is None


def test_a_change_in_the_next_clause_counts_only_when_it_is_a_comparison():
    found = facts("星海科技去年亏损2亿元，但受益于新产品放量，星海科技的财务状况逐步好转。星海科技研发开支5亿元，同比增长12%。")
    changes = {f.qualifiers["metric"]: f.qualifiers.get("change") for f in found if f.type == "financial"}
    assert changes.get("rd_expense") is not None and changes["rd_expense"].value.percent == 12
    assert "net_loss" in changes and changes["net_loss"] is None


def test_short_known_names_inside_ordinary_words_are_not_names():
    doc = extract("t", "公司位于北京东城区，他坐上汽车去了京东总部。", "2025-01-01")
    assert [(m.text, m.key) for m in doc.mentions] == [("京东", "lex:jd")]


def test_a_category_phrase_before_a_name_introduces_it():
    f = one("据报道，大模型创业公司星澜智能近日完成融资，腾讯与星海资本参与本轮投资。", "investment")
    assert names(f, "investee") == ["星澜智能"] and [m.text for m in f.roles["investor"]] == ["腾讯", "星海资本"]


def test_a_unit_of_a_group_is_named_right_after_qixia():
    found = facts("投资方包括星海集团旗下基金、腾讯、百度。")
    assert not [f for f in found if f.type == "ownership"]


def test_a_name_that_is_also_a_word_counts_only_before_an_organisations_verb():
    f = one("此前已有媒体报道苹果计划与百度合作，为iPhone提供AI功能。", "partnership")
    assert [m.canonical for m in f.roles["party"]] == ["苹果公司", "百度"] and f.modality == "reported"
    assert extract("t", "他买了一斤苹果和香蕉。", "2025-01-01").mentions == []

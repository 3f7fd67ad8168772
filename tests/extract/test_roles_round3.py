"""Round 3 of roles: who buys what where 将 governs a whole phrase, and acquisitions read from the holding
or the shareholder rank they result in. Sentences written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def deals(text: str, ftype: str) -> list[dict[str, list[str]]]:
    return [{r: [m.text for m in ms] for r, ms in f.roles.items() if ms}
            for f in extract("t", text, "2025-06-30").facts if f.type == ftype]


def rules(text: str, ftype: str) -> list[str]:
    return [f.rule for f in extract("t", text, "2025-06-30").facts if f.type == ftype]


def test_jiang_over_a_list_of_deals_marks_no_patient():
    text = ("评估机构将北辰科技(300001.SZ)收购东林化工有限公司(下称“东林化工”)、星澜电子(300002.SZ)"
            "收购华岳精密有限公司列为可比交易。")
    assert deals(text, "acquisition") == [
        {"acquirer": ["北辰科技"], "target": ["东林化工有限公司"]},
        {"acquirer": ["星澜电子"], "target": ["华岳精密有限公司"]}]


def test_jiang_before_the_verb_alone_still_marks_what_is_bought():
    assert deals("北辰科技计划将东林化工有限公司收购。", "acquisition") == [
        {"acquirer": ["北辰科技"], "target": ["东林化工有限公司"]}]
    assert deals("北辰科技将东林化工有限公司30%股权出售给星澜电子有限公司。", "acquisition") == [
        {"acquirer": ["星澜电子有限公司"], "target": ["东林化工有限公司"], "seller": ["北辰科技"]}]


def test_an_acquisition_read_from_its_holding_is_named_by_the_deal_word():
    assert rules("并购完成后,北辰科技将合计持有东林化工65%的股权。", "acquisition") == ["acquisition:holding:并购"]
    assert rules("本次收购完成后,北辰科技将持有东林化工51%的股权。", "acquisition") == ["acquisition:holding:收购"]


def test_becoming_the_controlling_shareholder_after_an_acquisition_is_buying():
    assert deals("收购完成后,北辰科技成为东林化工的控股股东。", "acquisition") == [
        {"acquirer": ["北辰科技"], "target": ["东林化工"]}]
    assert deals("本次收购完成后,北辰科技将成为东林化工第一大股东。", "acquisition") == [
        {"acquirer": ["北辰科技"], "target": ["东林化工"]}]


def test_being_a_shareholder_states_no_acquisition():
    assert deals("北辰科技为东林化工的控股股东。", "acquisition") == []
    assert deals("北辰科技成为东林化工的控股股东。", "acquisition") == []


def test_a_description_before_the_target_is_not_the_target():
    assert deals("北辰科技宣布收购了全球领先的传感器芯片企业Acme Sensors 60%的股权。", "acquisition") == [
        {"acquirer": ["北辰科技"], "target": ["Acme Sensors"]}]
    assert deals("2016年,星澜电子收购了西南地区骨科器械研发商云杉医疗。", "acquisition") == [
        {"acquirer": ["星澜电子"], "target": ["云杉医疗"]}]


def test_a_list_of_companies_or_a_parent_with_its_unit_stays_as_it_is():
    assert deals("北辰科技收购了东林化工和华岳电子。", "acquisition") == [
        {"acquirer": ["北辰科技"], "target": ["东林化工"]}, {"acquirer": ["北辰科技"], "target": ["华岳电子"]}]


def test_a_subject_after_time_words_carries_to_the_next_clause():
    assert deals("记者注意到,今年3月份星澜电子刚刚完成向华岳集团发行股份,作价12亿元收购主营芯片封装业务的东林化工100%股权。",
                 "acquisition") == [{"acquirer": ["星澜电子"], "target": ["东林化工"]}]


def test_a_stake_in_words_follows_the_company_bought():
    assert deals("2019年,星澜电子收购了华岳集团的东林化工百分之百的股权。", "acquisition") == [
        {"acquirer": ["星澜电子"], "target": ["东林化工"]}]


def test_insiders_buying_company_shares_buy_the_company_not_a_carried_subject():
    assert deals("星澜电子稳定股价方案中的几位董事及高管,拟以自有资金合计不少于500万元,增持本公司股份。",
                 "investment") == [{"investee": ["星澜电子"]}]


def test_a_kind_of_company_as_partner_leaves_the_subject_carried():
    assert deals("2020年3月,北辰科技宣布,计划与多家机构一道,以3亿美元收购挪威海洋能源运营商Nordic Tide Ltd。",
                 "acquisition") == [{"acquirer": ["北辰科技"], "target": ["Nordic Tide Ltd"]}]
    assert deals("去年,部分公司收购了东林化工的股权。", "acquisition") == [{"target": ["东林化工"]}]


def test_a_quoted_unit_after_its_descriptor_carries_to_the_next_clause():
    assert deals("北辰科技公告,控股子公司“北辰欧洲公司”计划出资500万欧元,收购东林化工的全部股权。", "acquisition") == [
        {"acquirer": ["北辰欧洲公司"], "target": ["东林化工"]}]


def test_a_clause_opening_with_the_deal_and_ending_in_hou_is_a_time_clause():
    assert deals("分析师指出,北辰集团近年增速放缓,收购东林化工、华岳精密之后,北辰科技的产品线将更加完整。",
                 "acquisition") == [{"acquirer": ["北辰科技"], "target": ["东林化工"]},
                                    {"acquirer": ["北辰科技"], "target": ["华岳精密"]}]


def test_bought_by_way_of_an_acquisition_the_subject_buys_what_it_obtains():
    assert deals("北辰科技拟以现金2亿元收购东林化工51%股权、以现金1亿元通过股权收购的方式获得华岳精密60%股权。",
                 "acquisition") == [{"acquirer": ["北辰科技"], "target": ["东林化工"]},
                                    {"acquirer": ["北辰科技"], "target": ["华岳精密"]}]
    assert deals("星澜电子以联合投资的形式参与到东林化工此后的新项目中。", "investment") == []


def test_a_company_founded_by_the_names_before_it_is_what_is_bought():
    assert deals("星澜电子宣布收购东林化工与华岳集团共同设立的云杉材料60%股权。", "acquisition") == [
        {"acquirer": ["星澜电子"], "target": ["云杉材料"]}]


def test_an_example_named_with_biru_carries_to_the_next_clause():
    assert deals("比如星澜电子,在2021年5月完成了对东林化工的收购;华岳集团也将收购云杉材料。", "acquisition") == [
        {"acquirer": ["星澜电子"], "target": ["东林化工"]}, {"acquirer": ["华岳集团"], "target": ["云杉材料"]}]

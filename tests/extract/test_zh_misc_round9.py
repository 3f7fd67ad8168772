"""Chinese constructions of AI funding news found by reading invented articles. All names are invented."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract

REF = "2025-10-30"


def investors(text: str) -> list[list[str]]:
    return [[m.text for m in f.roles["investor"]] for f in extract("t", text, REF).facts if f.type == "investment"]


def test_an_old_shareholder_adding_to_a_round_joins_it():
    assert investors("岚川智能宣布完成数亿元B轮融资，由澜汐资本领投，老股东鹤汀创投持续加码。") == [["澜汐资本", "鹤汀创投"]]


def test_adding_to_a_field_is_no_round():
    assert investors("澜汐集团继续加码AI赛道。") == []


def moods(text: str, ftype: str) -> list[tuple[str, str, str]]:
    return [(list(f.roles.values())[0][0].text, list(f.roles.values())[1][0].text, f.modality)
            for f in extract("t", text, REF).facts if f.type == ftype]


def test_a_deal_talked_over_is_planned_and_its_parties_are_read():
    assert moods("岚川智能正与青穗微电子就收购事宜进行谈判。", "acquisition") == [("岚川智能", "青穗微电子", "planned")]
    assert moods("岚川智能与青穗微电子就入股事宜进行磋商。", "investment") == [("岚川智能", "青穗微电子", "planned")]


def test_a_matter_is_no_name():
    facts = extract("t", "岚川智能正与青穗微电子就收购事宜进行谈判。", REF).facts
    assert all("事宜" not in m.text for f in facts for ms in f.roles.values() for m in ms)


def test_a_named_news_source_reports_but_the_company_s_own_word_does_not():
    assert moods("据澜汐财经报道，岚川智能拟收购青穗微电子。", "acquisition")[0][2] == "reported"
    assert moods("据公司公告消息，岚川智能拟收购青穗微电子。", "acquisition")[0][2] == "planned"


def test_a_subsidiary_to_be_is_planned():
    assert moods("此次收购完成后，青穗微电子将成为岚川智能的全资子公司。", "ownership") == \
        [("岚川智能", "青穗微电子", "planned")]


def test_investors_listed_after_their_name_fund_the_round():
    assert investors("岚川智能完成B轮融资，投资方为澜汐资本和鹤汀创投。") == [["澜汐资本", "鹤汀创投"]]
    assert investors("岚川智能完成B轮融资，投资方包括澜汐资本、鹤汀创投。") == [["澜汐资本", "鹤汀创投"]]


def test_an_early_investor_named_as_such():
    assert investors("澜汐集团是岚川智能的早期投资者之一。") == [["澜汐集团"]]
    assert investors("澜汐集团和鹤汀资本均为岚川智能的投资人。") == [["澜汐集团", "鹤汀资本"]]


def test_investors_facing_a_party_list_no_one():
    assert investors("据一份判决书，部分投资者与鹤汀证券之间存在纠纷。") == []


def test_this_round_is_the_round_read_before_and_its_investors_never_raise_it():
    text = ("岚川智能近日宣布完成B轮融资。本轮融资由澜汐资本和鹤汀创投联合领投，青穗基金、云岫资本跟投，"
            "老股东启川创投超额认购。美团龙珠、小米产投等产业资本也参与了本轮投资。")
    facts = [f for f in extract("t", text, REF).facts if f.type == "investment"]
    assert {f.roles["investee"][0].text for f in facts} == {"岚川智能"}
    assert {f.qualifiers.get("round") for f in facts} == {"B轮"}
    assert investors("本轮融资由澜汐资本和鹤汀创投联合领投，青穗基金、云岫资本跟投，老股东启川创投超额认购。") == []


def parties(text: str) -> list[tuple[list[str], str]]:
    return [([m.text for m in f.roles["party"]], f.modality) for f in extract("t", text, REF).facts
            if f.type == "partnership"]


def test_a_partner_named_as_such():
    assert parties("岚川智能是澜汐科技的战略合作伙伴。") == [(["岚川智能", "澜汐科技"], "asserted")]
    assert parties("岚川智能正在寻找合作伙伴。") == []
    assert parties("澜汐乳业、鹤汀乳业等相继出海寻找合作伙伴。") == []


def test_a_partnership_made_and_then_described_as_to_come_is_one():
    assert parties("岚川智能与澜汐科技达成全面战略合作，双方将在大模型训练方面展开深度合作。") == \
        [(["岚川智能", "澜汐科技"], "asserted")]


def test_a_business_bought_of_a_company_is_said_as_such():
    [f] = [f for f in extract("t", "澜汐科技收购了青穗集团的芯片设计业务。", REF).facts if f.type == "acquisition"]
    assert f.roles["target"][0].text == "青穗集团" and f.qualifiers["asset"] == "芯片设计业务"
    [g] = [f for f in extract("t", "澜汐科技收购了青穗集团51%的股权。", REF).facts if f.type == "acquisition"]
    assert "asset" not in g.qualifiers


def test_the_report_names_the_business_bought():
    from dealgraph.analyze.portfolio import Holding
    from dealgraph.report.text import detail

    h = Holding("org_x", "青穗集团", "organization", None, None, "acquisition", "f1", "acquisition", "asserted",
                [], [], None, None, None, None, {"asset": "芯片设计业务"}, [])
    assert "标的：芯片设计业务" in detail(h, "澜汐科技")


def test_listed_shares_and_capital_are_no_names():
    names = [m.text for m in extract("t", "当天百度港股与美股股价双双上涨。", REF).mentions]
    assert not any(n.endswith(("港股", "股价")) for n in names)
    assert extract("t", "该公司表示将根据市场情况调整资本规划。", REF).mentions == []


def test_listing_status_is_no_step():
    assert [f for f in extract("t", "本次分拆完成后，澜汐科技的上市地位不受影响。", REF).facts if f.type == "listing"] == []


def test_investors_of_this_round_listed_fund_the_company_whose_round_was_read():
    text = "岚川智能宣布完成A轮融资，金额为50亿元。本轮投资方既包括澜汐科技、鹤汀集团等科技公司，也包括青穗资本等国资机构。"
    facts = [f for f in extract("t", text, REF).facts if f.type == "investment" and f.roles["investor"]]
    assert {f.roles["investee"][0].text for f in facts} == {"岚川智能"}


def test_a_name_ending_in_ziben_after_tou_keeps_it():
    names = [m.text for m in extract("t", "岚川智能完成A轮融资。亚投资本、澜汐创投也参与其中。", REF).mentions]
    assert "亚投资本" in names
    assert "腾讯投资" in [m.text for m in extract("t", "腾讯投资本轮领投。", REF).mentions]


def test_a_founder_with_a_second_title_founded_the_company_written_about():
    text = "极岚智能再次递交招股书。股权方面，创始人兼首席执行官邝启控制公司约30%的投票权。"
    assert moods(text, "founding") == [("邝启", "极岚智能", "asserted")]


def test_the_company_whose_account_is_given_is_named_and_is_its():
    text = "澜汐汽车宣布战略投资青穗智驾。据青穗智驾介绍，其2024年约六成收入来自澜汐汽车。"
    [f] = [f for f in extract("t", text, REF).facts if f.type == "purchase"]
    assert f.roles["buyer"][0].text == "澜汐汽车" and f.roles["supplier"][0].key == "name:青穗智驾"
    assert [m.text for m in extract("t", "据邝启介绍，公司收入增长较快。", REF).mentions] == []


def test_investors_already_in_before_a_round_neither_absorb_it_nor_take_another_round_s_date():
    text = ("岚川智能7月25日宣布完成A轮融资，金额为50亿元。本轮投资方包括澜汐科技、鹤汀集团。"
            "岚川智能成立半年后，该公司在去年10月完成3亿美元的A1轮融资，澜汐科技、鹤汀集团当时已是其投资方。")
    facts = [f for f in extract("t", text, "2024-07-26").facts if f.type == "investment"]
    a1 = [f for f in facts if f.qualifiers.get("round") == "A1轮"]
    assert len(a1) == 1 and a1[0].amount.text == "3亿美元" and a1[0].date.text == "去年10月"
    before = [f for f in facts if f.roles["investor"] and not f.qualifiers.get("round")]
    assert before and all(f.date is None or f.date.text != "7月25日" for f in before)


def test_two_known_names_glued_before_acting_together_are_two_partners():
    assert parties("岚川汽车陷入停摆，百度吉利合资造车告一段落。") == [(["百度", "吉利"], "asserted")]
    names = [m.text for m in extract("t", "据称宝马计划提高其在华晨宝马合资公司中的持股。", REF).mentions]
    assert "华晨宝马" in names  # the joint venture named by its two partners, before 合资公司


def test_a_list_of_backers_keeps_glued_latin_names_and_guarded_names_between_known_ones():
    text = "岚川智能成立于2019年。2023年其全年融资超过25亿元，美团、蚂蚁、阿里巴巴、腾讯、Boss直聘、好未来以及红杉、高瓴等先后入股。"
    [f] = [f for f in extract("t", text, REF).facts if f.type == "investment"]
    backers = [m.text for m in f.roles["investor"]]
    assert backers[:2] == ["美团", "蚂蚁"] and "Boss直聘" in backers and backers[-1] == "高瓴"
    assert extract("t", "苹果、香蕉等水果价格上涨。", REF).mentions == []


def test_state_capital_as_a_class_is_no_subject_to_carry():
    text = "岚川智能成立于2019年。去年3月，澜汐产业基金与鹤汀资本向其战略投资10亿元，珠海、成都等地国资随后也相继入股。"
    facts = [f for f in extract("t", text, REF).facts if f.type == "investment"]
    assert len(facts) == 1 and facts[0].amount.text == "10亿元"


def test_a_china_unit_is_its_own_name_but_the_company_written_about_is_its_parent():
    text = ("澜汐汽车的股东中既有互联网公司，也有地方国资。2020年，合肥市的国资平台向澜汐汽车中国投资70亿元，取得24.1%股权；"
            "2023年，鹤汀资本先后两次入股，合计投入约33亿美元。")
    facts = {f.roles["investor"][0].text: f.roles["investee"][0].text
             for f in extract("t", text, REF).facts if f.type == "investment" and f.roles["investor"]}
    assert facts.get("合肥市") == "澜汐汽车中国" and facts.get("鹤汀资本") == "澜汐汽车"


def test_growth_said_without_a_number_is_no_figure():
    figures = lambda text: [f for f in extract("t", text, REF).facts if f.type == "financial"]  # noqa: E731
    assert figures("澜汐科技称，AI已为其广告业务带来可量化的收入增长。") == []
    assert len(figures("澜汐科技去年营收增长三成。")) == 1


def test_a_period_added_in_is_a_figure_of_the_metric_summed():
    text = ("澜汐控股8月13日发布第二季度财报。当季资本开支为191.07亿元，同比增长119%。加上第一季度的274.76亿元"
            "（同比增长91%），澜汐今年上半年的资本开支合计约465.8亿元。")
    figures = {f.qualifiers["period"].text: f.qualifiers["value"].text for f in extract("t", text, REF).facts
               if f.type == "financial" and f.qualifiers.get("metric") == "capex"}
    assert figures.get("第一季度") == "274.76亿元" and figures.get("今年上半年") == "约465.8亿元"

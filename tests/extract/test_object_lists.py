"""Lists after a deal verb (round 9): every member coordinated with a name is bought, a count of firms
closes a list, and sellers listed before what they hold. Sentences written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def deals(text: str, ftype: str) -> list[dict[str, list[str]]]:
    return [{r: [m.text for m in ms] for r, ms in f.roles.items() if ms}
            for f in extract("t", text, "2025-06-30").facts if f.type == ftype]


def targets(text: str, ftype: str, role: str) -> list[str]:
    return [m for d in deals(text, ftype) for m in d.get(role, [])]


def test_a_noun_joined_to_a_name_after_the_verb_is_a_short_name():
    assert targets("青禾保险二季度增持了澜航科达和金融街。", "investment", "investee") == ["澜航科达", "金融街"]
    assert targets("青禾保险二季度增持了澜航科达、金融街。", "investment", "investee") == ["澜航科达", "金融街"]


def test_every_member_of_a_three_name_list_is_bought():
    assert targets("云帆基金增持了澜航科达、澜石和青松。", "investment", "investee") == ["澜航科达", "澜石", "青松"]


def test_a_thing_bought_beside_a_company_stays_a_noun():
    assert targets("北辰集团收购了星澜科技和团队。", "acquisition", "target") == ["星澜科技"]


def test_kinds_of_firms_in_a_list_are_no_names():
    assert targets("北辰控股近年收购了信托、银行、证券等多家公司的股权。", "acquisition", "target") == []


def test_a_count_of_firms_closes_the_list():
    assert targets("华岳电子收购了星河和蓝海两家公司。", "acquisition", "target") == ["星河", "蓝海"]
    assert targets("华岳电子收购了星河、蓝海等三家公司。", "acquisition", "target") == ["星河", "蓝海"]


def test_a_count_after_one_name_counts_its_subsidiaries():
    assert "澜石" not in targets("华岳电子拟收购澜石三家子公司的部分股权。", "acquisition", "target")


def test_listed_sellers_before_what_they_hold_leave_the_deal_whole():
    found = deals("其中,由青松资本出资5000万元收购前实控人王岚、澜石投资、李思宇等8位股东所持有的星河科技30%股权。",
                  "acquisition")
    assert [(d["acquirer"], d["target"]) for d in found] == [(["青松资本"], ["星河科技"])]


def test_the_list_goes_on_past_a_remark_in_brackets():
    assert targets("北辰集团9月宣布收购澜意科技(香港)和曲阜澜意品牌股权。", "acquisition", "target") == [
        "澜意科技(香港)", "曲阜澜意品牌"]


def test_a_lead_inside_a_word_frames_no_name():
    found = [m.text for m in extract("t", "2019年上半年,向日葵先出售了子公司澜创光能。", "2025-06-30").mentions]
    assert "日葵先" not in found


def test_the_subject_before_xian_buys_in_the_clause_after():
    assert deals("2018年下半年,澜石先出售了子公司澜创光能,又购买了青得药业60%的股权。", "acquisition") == [
        {"acquirer": ["澜石"], "target": ["青得药业"]}]


def test_xian_inside_a_name_is_no_adverb():
    assert deals("澜石先导收购了星河科技30%股权。", "acquisition") == [{"acquirer": ["澜石先导"], "target": ["星河科技"]}]


def test_a_speaker_that_will_buy_more_is_no_company_buying_itself():
    assert deals("澜力集团表示,将继续增持公司股份。", "investment") == []


def test_insiders_named_in_the_sentence_buy_the_speakers_shares():
    assert deals("星澜电子公告,部分董事、高级管理人员拟以自有资金增持公司股份。", "investment") == [
        {"investee": ["星澜电子"]}]


def test_shares_marked_by_jiang_before_the_verb_are_bought():
    assert deals("澜成科技终将青封材料70%股权一举拿下。", "acquisition") == [
        {"acquirer": ["澜成科技"], "target": ["青封材料"]}]


def test_a_company_taken_into_the_pocket_is_acquired():
    assert deals("澜成科技已将青封科技收入囊中。", "acquisition") == [{"acquirer": ["澜成科技"], "target": ["青封科技"]}]
    assert deals("澜成科技把营业收入囊中的资金用于研发。", "acquisition") == []


def test_control_obtained_over_listed_companies_is_an_acquisition():
    found = deals("2016年3月,澜石集团取得通化青红制药有限公司、吉林青长制药有限公司的控制权。", "acquisition")
    assert [d["target"] for d in found] == [["通化青红制药有限公司"], ["吉林青长制药有限公司"]]
    assert all(d["acquirer"] == ["澜石集团"] for d in found)


def test_a_holder_selling_the_company_shares_sells_the_topic_company():
    assert deals("福青药业公告,控股股东澜石集团拟向青地投资转让公司6.3%股权。", "acquisition") == [
        {"acquirer": ["青地投资"], "target": ["福青药业"], "seller": ["澜石集团"]}]
    assert deals("福青药业公告,控股股东王某拟向青地投资转让其所持公司6.3%股权。", "acquisition") == [
        {"acquirer": ["青地投资"], "target": ["福青药业"], "seller": ["王某"]}]


def test_company_shares_with_no_company_written_about_are_no_deal():
    assert deals("澜石集团拟向青地投资转让公司6.3%股权。", "acquisition") == []


def test_a_two_character_adverb_is_no_part_of_the_subject():
    for adverb in ("早已", "终于", "率先", "随即"):
        assert deals(f"2018年,澜石{adverb}收购了青禾药业60%的股权。", "acquisition") == [
            {"acquirer": ["澜石"], "target": ["青禾药业"]}], adverb


def test_a_deal_verb_opens_no_name_after_the_buyer():
    found = deals("澜石资本新进青禾药业、星澜科技前十大股东。", "investment")
    assert found == [{"investor": ["澜石资本"], "investee": ["青禾药业"]},
                     {"investor": ["澜石资本"], "investee": ["星澜科技"]}]
    names = [m.text for m in extract("t", "澜石资本减持青禾药业500万股。", "2025-06-30").mentions]
    assert "青禾药业" in names and "澜石资本" in names


def test_an_adverb_ending_in_ci_leaves_the_verb_a_verb():
    assert deals("澜石资本再次投资青禾。", "investment") == [{"investor": ["澜石资本"], "investee": ["青禾"]}]
    assert deals("这次收购让澜石集团负债大增。", "acquisition") == []


def test_the_name_after_a_description_ending_in_de_is_invested_in():
    assert deals("澜石集团早年投资了专注心血管介入器械的青荣医疗,金额约8000万元。", "investment") == [
        {"investor": ["澜石集团"], "investee": ["青荣医疗"]}]


def test_company_shares_bought_on_the_market_are_an_investment_in_it():
    assert deals("2020年3月5日,澜泰控股公告称,王岚在二级市场购买公司股票1200万股,占总股本的1.2%。",
                 "investment") == [{"investor": ["王岚"], "investee": ["澜泰控股"]}]
    assert deals("2020年3月5日,澜泰控股公告称,王岚在二级市场购买公司股票1200万股。", "acquisition") == []


def test_the_stock_a_ranking_of_trades_names_is_bought():
    text = "按增持金额来看,本周高管增持金额最多的是澜思辰,共增持120万股,增持金额合计900万元。"
    assert deals(text, "investment") == [{"investee": ["澜思辰"]}]
    assert "增持金额" not in [m.text for m in extract("t", text, "2025-06-30").mentions]


def test_insiders_of_a_company_found_from_a_cue_buy_its_shares():
    assert deals("澜日科技实控人增持公司股份。", "investment") == [{"investee": ["澜日科技"]}]


def test_the_buyer_of_what_an_unnamed_holder_holds_holds_nothing_yet():
    assert deals("澜实投资以4亿元受让你公司持有的青显科技15%的股权。", "shareholding") == []
    assert deals("澜实投资以4亿元受让你公司持有的青显科技15%的股权。", "acquisition") == [
        {"acquirer": ["澜实投资"], "target": ["青显科技"]}]
    assert deals("澜实投资累计支付58.6亿元,收购完成后共持有青显科技66.5%股权。", "shareholding") == [
        {"holder": ["澜实投资"], "company": ["青显科技"]}]


def test_a_comma_grouping_digits_ends_no_clause():
    assert deals("澜实投资以36,215万元受让你公司持有的青显科技15%的股权。", "acquisition") == [
        {"acquirer": ["澜实投资"], "target": ["青显科技"]}]
    assert deals("澜实投资以36,215万元受让你公司持有的青显科技15%的股权。", "shareholding") == []


def test_the_clause_that_completes_a_bare_deal_names_its_buyer():
    assert deals("此次收购完成后,青中药业股权分布仍满足上市要求,澜润医药也因此顺利完成收购。", "acquisition") == [
        {"acquirer": ["澜润医药"], "target": ["青中药业"]}]
    assert deals("此次收购完成后,青中药业股权分布仍满足上市要求。", "acquisition") == [{"target": ["青中药业"]}]


def test_a_dictionary_person_name_listed_beside_others_is_a_person():
    found = extract("t", "此外,赵云、王澜、马超均表示,将出资认购澜英网络新发行的股票。", "2025-06-30").mentions
    assert [m.text for m in found if m.kind == "person"] == ["赵云", "王澜", "马超"]


def test_people_opening_the_sentence_buy_in_its_later_clause():
    assert deals("此外,赵云、王澜、马超均承诺,若本次重组获批,半年内将出资3亿元购买澜英网络的股票。", "acquisition") == [
        {"acquirer": ["赵云", "王澜", "马超"], "target": ["澜英网络"]}]
    assert deals("赵云、王澜、马超表示,澜石集团将收购青松科技51%股权。", "acquisition") == [
        {"acquirer": ["澜石集团"], "target": ["青松科技"]}]


def test_raising_the_placard_is_an_investment():
    assert deals("青松资本三季度举牌了澜石股份。", "investment") == [{"investor": ["青松资本"], "investee": ["澜石股份"]}]
    assert deals("澜石股份的举牌线为5%。", "investment") == []


def test_the_subject_after_ze_answering_a_condition_buys():
    text = "该收购案另外约定,若澜和科技明年净利润不低于5000万元,则澜英网络或上海澜英,将收购澜和科技剩余60%的股权。"
    assert [(d["acquirer"], d["target"]) for d in deals(text, "acquisition")] == [(["澜英网络"], ["澜和科技"])]
    assert "案另外" not in [m.text for m in extract("t", text, "2025-06-30").mentions]

"""Round 4 of roles: a buyer in talks with the company it would buy, stakes and ranks with no company
named, holdings of persons, and shares obtained (取得). Sentences written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def facts(text: str, ftype: str) -> list[dict[str, list[str]]]:
    return [{r: [m.canonical for m in ms] for r, ms in f.roles.items() if ms}
            for f in extract("t", text, "2025-06-30").facts if f.type == ftype]


def test_in_talks_to_buy_its_control_the_partner_is_bought():
    assert facts("东岳集团正与云帆智能洽谈收购其控股权。", "acquisition") == [
        {"acquirer": ["东岳集团"], "target": ["云帆智能"]}]
    text = "据悉，东岳集团正与杭州云帆智能科技有限公司（下称“云帆智能”）洽谈收购其控股权，交易估值约15亿元。"
    assert facts(text, "acquisition") == [{"acquirer": ["东岳集团"], "target": ["杭州云帆智能科技有限公司"]}]


def test_in_talks_to_buy_a_third_company_keeps_the_pair_of_buyers():
    assert facts("东岳集团与云帆智能洽谈收购星辰科技。", "acquisition") == [
        {"acquirer": ["东岳集团", "云帆智能"], "target": ["星辰科技"]}]


def test_a_stake_after_a_round_is_held_in_the_company_that_raised_it():
    text = ("杭州穹顶半导体有限公司近日宣布完成3.5亿元B+轮融资，由腾讯领投，红杉中国跟投。"
            "本轮完成后，澄川资本持股12.5%，仍是第一大机构股东。")
    assert {"holder": ["澄川资本"], "company": ["杭州穹顶半导体有限公司"]} in facts(text, "shareholding")


def test_a_rank_with_no_company_is_in_the_company_written_about():
    text = ("远景机器人股份有限公司启动上市辅导。远景机器人去年完成C轮融资。"
            "星海集团旗下的星海信息技术（上海）有限公司是第二大股东，持股约8%。")
    found = [f for f in extract("t", text, "2025-06-30").facts if f.type == "shareholding"]
    # the company written about: 远景机器人股份有限公司, by its full name or the short one the text goes on with
    assert [[m.key for m in f.roles["company"]] for f in found] == [["name:远景机器人"]]
    assert found[0].qualifiers["rank"] == "second" and found[0].stake.text == "约8%"


def test_a_person_holds_shares_directly():
    assert facts("备案文件显示，创始人张志远直接持有远景机器人23.8%的股份。", "shareholding") == [
        {"holder": ["张志远"], "company": ["远景机器人"]}]


def test_shares_obtained_are_bought_once():
    assert facts("云帆智能已于8月20日签约，以10亿元取得星辰科技10%股权。", "acquisition") == [
        {"acquirer": ["云帆智能"], "target": ["星辰科技"]}]
    assert facts("云帆智能在新能源领域取得突破。", "acquisition") == []
    text = "北辰人寿拟通过本次增持取得星辰科技部分股权。"
    assert len(facts(text, "acquisition") + facts(text, "investment")) == 1


def test_controlling_a_stake_is_a_holding_control_alone_is_not():
    assert facts("北辰集团控制云帆科技51%的股权。", "shareholding") == [
        {"holder": ["北辰集团"], "company": ["云帆科技"]}]
    assert facts("北辰集团取得云帆科技控制权。", "shareholding") == []
    # control named by the title alone is the holding of rank actual_controller that 云帆科技实际控制人为王强 gives
    # (deal_objects.actual_controller), not a stake
    [held] = [f for f in extract("t", "王强为云帆科技实际控制人。", "2025-06-30").facts if f.type == "shareholding"]
    assert held.qualifiers["rank"] == "actual_controller" and held.stake is None


def test_a_deal_noun_with_its_target_after_a_description():
    text = "2017年6月，星海化工集团对欧洲最大的化肥、第二大饲料巨头云帆农业的收购完成交割。"
    assert facts(text, "acquisition") == [{"acquirer": ["星海化工集团"], "target": ["云帆农业"]}]
    assert facts("市场对北辰科技收购一事表示关注。", "acquisition") == []


def test_the_buyer_named_by_its_role_is_the_acquirer_just_read():
    text = "北辰集团将以每股7.78元协议受让云帆新材合计29.99%的股份。全部完成后，收购方将持有云帆新材至少63.62%的股份。"
    assert facts(text, "shareholding") == [{"holder": ["北辰集团"], "company": ["云帆新材"]}]

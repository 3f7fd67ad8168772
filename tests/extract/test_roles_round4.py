"""Round 4 of roles: founding predicates and founder titles, the company 该公司 means, 其 after a clause
taking shares, and the holder of 成为其…股东. Sentences written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def deals(text: str, ftype: str) -> list[dict[str, list[str]]]:
    return [{r: [m.canonical for m in ms] for r, ms in f.roles.items() if ms}
            for f in extract("t", text, "2025-06-30").facts if f.type == ftype]


def dated(text: str, ftype: str) -> list[tuple[dict[str, list[str]], str | None]]:
    return [({r: [m.canonical for m in ms] for r, ms in f.roles.items() if ms}, f.date.text if f.date else None)
            for f in extract("t", text, "2025-06-30").facts if f.type == ftype]


def test_founded_by_a_person_with_a_title_founds_the_company_before_you():
    found = dated("青禾智能由百度创始人李强于2022年3月创办。", "founding")
    assert ({"founder": ["李强"], "company": ["青禾智能"]}, "2022年3月") in found
    assert ({"founder": ["李强"], "company": ["百度"]}, None) in found  # the title: true, but undated


def test_founded_by_a_person_or_a_company_at_a_place():
    assert dated("青禾智能由赵磊于2021年5月在上海创立。", "founding") == [
        ({"founder": ["赵磊"], "company": ["青禾智能"]}, "2021年5月")]
    assert deals("星澜科技由北辰集团于2019年在杭州创办。", "founding") == [
        {"founder": ["北辰集团"], "company": ["星澜科技"]}]


def test_a_founder_title_alone_is_undated():
    assert dated("2019年，云帆机器人创始人张志远宣布公司扩产。", "founding") == [
        ({"founder": ["张志远"], "company": ["云帆机器人"]}, None)]


def test_english_founded_by_a_described_group_including_named_people():
    assert deals("Polaris Data was founded in 2021 by former Google researchers, including Anna Lee and Tom Wu.",
                 "founding") == [{"founder": ["Anna Lee", "Tom Wu"], "company": ["Polaris Data"]}]
    assert deals("Vela Robotics was founded in 2020 by former Baidu engineers, including the brothers Mark and "
                 "Tom Wu.", "founding") == [{"founder": ["Mark", "Tom Wu"], "company": ["Vela Robotics"]}]


def test_the_company_is_the_company_written_about_not_its_advisor():
    text = ("蓝鲸数据科技有限公司由陈立创办。华信证券担任其辅导机构。"
            "6月，该公司完成2亿元B轮融资，投资方包括腾讯、红杉中国和高瓴。")
    assert deals(text, "investment") == [
        {"investor": ["腾讯", "红杉中国", "高瓴资本"], "investee": ["蓝鲸数据科技有限公司"]}]


def test_it_after_the_company_in_the_same_sentence_is_that_company():
    text = ("远景机器人股份有限公司启动上市辅导，辅导机构为华信证券。按照计划，华信证券将评估远景机器人是否具备条件。"
            "这是远景机器人今年的第三步。5月，该公司完成股改；6月，它又完成5亿元融资，投资方包括腾讯、红杉中国。")
    assert deals(text, "investment") == [
        {"investor": ["腾讯", "红杉中国"], "investee": ["远景机器人股份有限公司"]}]


def test_it_stays_the_topic_just_named():
    text = "远景科技投资了云帆智能。云帆智能成立于2019年。今年4月，它也启动了IPO辅导。"
    listing = deals(text, "listing")
    assert listing == [{"company": ["云帆智能"]}]


def test_qi_after_taking_shares_is_the_company_whose_shares_were_taken():
    text = "东岳集团旗下的云帆智能已于8月20日签约，以10亿元取得星辰科技10%股权，成为其第二大股东。"
    assert {"holder": ["云帆智能"], "company": ["星辰科技"]} in deals(text, "shareholding")
    assert {"holder": ["星辰科技"], "company": ["东岳集团"]} not in deals(text, "shareholding")


def test_becoming_the_largest_shareholder_after_buying_more():
    text = "远景科技增持星辰科技股份至25%，成为其第一大股东。"
    assert deals(text, "shareholding") == [{"holder": ["远景科技"], "company": ["星辰科技"]}]
    text = "上市前北辰集团持股21.5%，为其第一大股东。"
    assert all(d["holder"] == ["北辰集团"] for d in deals("穹顶存储在2022年登陆创业板。" + text, "shareholding"))


def test_an_advisor_named_after_its_role_is_not_what_the_next_sentence_means():
    text = ("远景芯片科技股份有限公司今日在科创板挂牌，募集资金约30亿元，保荐机构为华信证券。上市首日，其股价上涨约80%。"
            "此前，该公司已完成股份制改造。")
    companies = [d["company"] for d in deals(text, "listing")]
    assert companies and all(c == ["远景芯片科技股份有限公司"] for c in companies)


def test_a_project_launched_founds_no_company():
    assert deals("北辰科技则与Nscale、英伟达合作推出“Stargate UK”项目。", "founding") == []
    assert deals("北辰科技推出了“云帆计划”项目。", "ownership") == []
    assert deals("北辰科技与云帆科技合作推出新公司星澜智能。", "founding") == [
        {"founder": ["北辰科技", "云帆科技"], "company": ["星澜智能"]}]


def test_a_bare_founder_title_names_the_founder_of_the_company_written_about():
    assert dated("星澜科技成立于2020年，创始人张建中曾任英伟达全球副总裁。", "founding") == [
        ({"founder": ["张建中"], "company": ["星澜科技"]}, "2020年")]
    assert dated("远景汽车2024年营收增长18%。创始人李斌在业绩会上表示，公司计划明年盈利。", "founding") == [
        ({"founder": ["李斌"], "company": ["远景汽车"]}, None)]
    assert dated("创始人李斌在业绩会上表示，公司计划明年盈利。", "founding") == []


def test_a_founder_title_takes_the_founding_date_the_document_gives():
    text = "远景机器人创始人王立表示，公司将扩产。远景机器人成立于2016年，以四足机器人起家。"
    assert dated(text, "founding") == [({"founder": ["王立"], "company": ["远景机器人"]}, "2016年")]

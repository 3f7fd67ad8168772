"""公司 and 它 stand for the company written about, not for a market it listed on nor a backer announcing its money
(read from held-out set 14; sentences of our own)."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


def test_it_after_a_listing_abroad_is_the_company_not_the_market() -> None:
    text = ("澄川智驾今日在港交所挂牌。去年8月，公司在美国纳斯达克上市。上市前，它曾获得青禾资本、博世等企业投资。")
    fact = one(text, "investment")
    assert names(fact, "investee") == ["澄川智驾"]


def test_it_after_a_listing_on_the_star_market() -> None:
    text = "岚石半导体成立于2019年。2023年，公司登陆科创板。此前，它获得了北辰创投的投资。"
    fact = one(text, "investment")
    assert names(fact, "investee") == ["岚石半导体"]


def test_bare_company_after_a_backer_announcing_is_the_company_written_about() -> None:
    text = ("澄川智驾今日在港交所挂牌。澄川智驾成立于2017年。今年5月，Uber宣布将向澄川智驾追加1亿美元投资。"
            "公司专注自动驾驶。")
    fact = one(text, "focus")
    assert names(fact, "company") == ["澄川智驾"]


def test_bare_company_after_a_partner_announcing() -> None:
    text = ("青禾医疗完成2亿元B轮融资。青禾医疗此前已获多轮投资。3月，微软宣布与青禾医疗达成合作。"
            "公司主要从事医学影像AI。")
    found = facts(text, "focus")
    assert found and all(names(f, "company") == ["青禾医疗"] for f in found)


def test_the_announcer_named_as_often_stays_the_company() -> None:
    text = "澄川科技（300999）公告称，公司拟以2亿元收购岚山智能51%股权。"
    fact = one(text, "acquisition")
    assert names(fact, "acquirer") == ["澄川科技"]

"""股东A、B通过集中竞价方式增持。: holders titled as such buy shares of the company they hold, the verb closing
the sentence with no shares named (sentences written by the team, invented names)."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


def test_titled_holders_buying_at_the_sentence_end_buy_the_company_written_about():
    text = "澄星银行公告，持股5%以上的股东岚州投资有限公司、青禾港务股份有限公司通过集中竞价交易方式增持。"
    deal = one(text, "investment")
    assert names(deal, "investor") == ["岚州投资有限公司", "青禾港务股份有限公司"]
    assert names(deal, "investee") == ["澄星银行"]


def test_a_company_buying_with_no_title_and_no_shares_named_reads_nothing():
    assert not facts("岚州投资近日增持。", "investment")


def test_the_owner_of_the_buyer_is_no_issuer_of_the_shares():
    text = "2017年，岚州旗下的青禾润泽增持1.61亿股，到2017年末，岚州中国合计持有澄星股份13.89亿股。"
    assert not any(names(f, "investee") == ["岚州"] for f in facts(text, "investment"))
    deal = one("澄星股份公告，岚州集团旗下的青禾投资增持公司股份1000万股。", "investment")
    assert (names(deal, "investor"), names(deal, "investee")) == (["青禾投资"], ["澄星股份"])

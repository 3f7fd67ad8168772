"""A deal named in an announcement's title, then told again with its price: the price joins the deal kept
(sentences written by the team, invented names)."""

from __future__ import annotations

from tests.extract.readers import one


def test_the_price_told_with_the_repeat_joins_the_titled_deal():
    text = ("岚州股份2019年3月2日发布的《关于收购青禾电气集团澄星电缆有限公司60%股权的公告》显示，"
            "公司收购青禾电气集团澄星电缆有限公司60%股权，该等股权交易价格为5280万元。")
    deal = one(text, "acquisition")
    assert deal.amount is not None and deal.amount.text == "5280万元"


def test_a_share_purchase_told_again_with_its_sum():
    text = "岚州集团发布《关于增持澄星电子股份的公告》，岚州集团以5000万元增持澄星电子股份。"
    deal = one(text, "investment")
    assert deal.amount is not None and deal.amount.text == "5000万元"

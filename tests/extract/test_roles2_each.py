"""分别/各自 between the buyers and the verb: each buyer makes its own deal. Sentences written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def deals(text: str, ftype: str) -> list[dict[str, list[str]]]:
    return [{r: [m.text for m in ms] for r, ms in f.roles.items() if ms}
            for f in extract("t", text, "2025-06-30").facts if f.type == ftype]


def test_buyers_who_each_buy_the_same_company_make_one_deal_each():
    found = deals("华岳电子的股东北辰科技、云帆网络和东林化工各自累计增持华岳电子股份120万股、80万股和50万股。",
                  "investment")
    assert found == [{"investor": ["北辰科技"], "investee": ["华岳电子"]},
                     {"investor": ["云帆网络"], "investee": ["华岳电子"]},
                     {"investor": ["东林化工"], "investee": ["华岳电子"]}]


def test_buyers_without_each_buy_together():
    found = deals("北辰科技、云帆网络共同增持华岳电子股份120万股。", "investment")
    assert found == [{"investor": ["北辰科技", "云帆网络"], "investee": ["华岳电子"]}]


def test_names_listed_before_a_count_and_a_category_word_are_the_buyers():
    found = deals("云帆资本、星海投资两家QFII于上个季度新进了华岳电子、东林化工。", "investment")
    assert found == [{"investor": ["云帆资本", "星海投资"], "investee": ["华岳电子"]},
                     {"investor": ["云帆资本", "星海投资"], "investee": ["东林化工"]}]


def test_a_list_of_deals_gives_each_buyer_its_own_target():
    found = deals("去年,北辰科技(600111)收购东林化工、华岳电子(300222)收购云帆材料,两笔交易均已交割。", "acquisition")
    assert found == [{"acquirer": ["北辰科技"], "target": ["东林化工"]},
                     {"acquirer": ["华岳电子"], "target": ["云帆材料"]}]


def test_a_buyer_after_a_sum_still_opens_its_own_deal():
    found = deals("包括北辰科技收购东林化工、华岳电子逾5亿元要约收购云帆材料在内,多起交易已获批准。", "acquisition")
    assert {tuple(d["acquirer"]): d["target"] for d in found} == {("北辰科技",): ["东林化工"], ("华岳电子",): ["云帆材料"]}

"""Chinese procurement results with several winners (round 32, wt-zt): a procurement shared out with a colon
opening each winner's sum (由A、B和C三家分享：A拿到…；B约…), a winner's place told among the others (在全部厂商中
排名第一), a procurer whose name took the word after it (B面向…的集中采购), the one name found closing a list that
each won (X、Y、C等厂商各自中标…), shares of the candidates ranked after the first (份额分别为27%和23%), the winner of
the most lots (A中标的标包数量最多), lots won in part (中标4个标包的部分份额) and a kind described after a count
(等3家传统服务器厂商). Each with near misses. All company names are invented; the sentences are written for
these tests."""

from __future__ import annotations

from tests.extract.readers import facts, names


def _won(text: str) -> dict[str, tuple]:
    return {names(f, "supplier")[0]: (names(f, "buyer"), f.amount and f.amount.text, f.modality)
            for f in facts(text, "purchase")}


def _shares(text: str) -> dict[str, str | None]:
    out = {}
    for f in facts(text, "purchase"):
        share = f.qualifiers.get("share_of_purchases")
        out[names(f, "supplier")[0]] = share.text if share is not None else None
    return out


def test_a_procurement_shared_out_with_a_colon_before_each_winners_sum():
    text = ("澄川移动启动了2025年智算服务器集中采购，共有5家厂商中标。其中，训练型设备的中标金额约6亿元，由青禾科技、"
            "岚山电子和远帆信息三家分享：青禾科技拿到约3亿元，排名第一；岚山电子约2亿元；远帆信息约1亿元。")
    assert _won(text) == {"青禾科技": (["澄川移动"], "约3亿元", "asserted"),
                          "岚山电子": (["澄川移动"], "约2亿元", "asserted"),
                          "远帆信息": (["澄川移动"], "约1亿元", "asserted")}


def test_a_colon_after_sharing_that_opens_no_winner_gives_nothing():
    text = ("澄川移动启动了2025年智算服务器集中采购，共有5家厂商中标。其中，训练型设备由青禾科技、岚山电子和远帆信息"
            "三家分享：一是价格，二是交付。")
    assert facts(text, "purchase") == []
    # (the experience shared, with the colon: no tender's sharing)
    text = "澄川移动2025年服务器集中采购已完成，青禾科技、岚山信息和北辰电子三家分享了各自的经验：青禾科技谈交付。"
    assert facts(text, "purchase") == []


def test_a_winners_place_told_among_all_the_winners_keeps_the_list_going():
    text = "澄川移动2025年服务器集中采购结果出炉。青禾科技拿到约8.85亿元，在全部厂商中排名第一；岚山信息约5.71亿元。"
    assert _won(text) == {"青禾科技": (["澄川移动"], "约8.85亿元", "asserted"),
                          "岚山信息": (["澄川移动"], "约5.71亿元", "asserted")}


def test_a_place_in_a_market_ends_the_list():
    text = "澄川移动2025年服务器集中采购结果出炉。青禾科技拿到约8.85亿元，在国内市场中排名第一；岚山信息约5.71亿元。"
    assert _won(text) == {"青禾科技": (["澄川移动"], "约8.85亿元", "asserted")}


def test_a_procurer_whose_name_took_the_word_after_it_is_the_one_named_elsewhere():
    text = ("澄川电信今年加大了算力投入。澄川电信面向2025年的推理服务器集中采购已于近日完成，共有3家厂商中标。"
            "其中，青禾科技约3亿元，排名第一；岚山电子约2亿元；远帆信息约1亿元。")
    assert _won(text) == {"青禾科技": (["澄川电信"], "约3亿元", "asserted"), "岚山电子": (["澄川电信"], "约2亿元", "asserted"),
                          "远帆信息": (["澄川电信"], "约1亿元", "asserted")}


def test_a_name_found_before_an_aim_word_with_no_bare_name_elsewhere_tenders():
    # (lead, after the name rule that ends a name before 面向 was merged: the name is found bare by its shape now, so
    # it is the procurer; before that rule the glued "岚湖电信面向" gave no procurer)
    text = ("岚湖电信面向2025年的推理服务器集中采购已于近日完成，共有3家厂商中标。"
            "其中，青禾科技约3亿元，排名第一；岚山电子约2亿元。")
    assert {s: b for s, (b, _, _) in _won(text).items()} == {"青禾科技": ["岚湖电信"], "岚山电子": ["岚湖电信"]}


def test_the_one_name_found_closing_a_list_that_each_won():
    text = "澄川移动2025年服务器集中采购结果出炉。推理设备合计约30亿元，本地集成商、北辰电子等厂商各自中标6亿元至9亿元不等。"
    assert _won(text) == {"北辰电子": (["澄川移动"], "6亿元至9亿元", "asserted")}


def test_one_name_alone_or_after_other_words_is_no_list_that_each_won():
    for text in ("澄川移动2025年服务器集中采购结果出炉。推理设备合计约30亿元，北辰电子等厂商各自中标6亿元至9亿元不等。",
                 "澄川移动2025年服务器集中采购结果出炉。推理设备合计约30亿元，受益于国产化的北辰电子等厂商各自中标6亿元至9亿元不等。"):
        assert facts(text, "purchase") == []


def test_shares_of_the_candidates_ranked_after_the_first_told_as_shares():
    text = ("澄川移动本月公示了资源池计算型服务器采购的中标候选人。青禾科技以约6亿元的报价成为第一中标候选人，拟获50%的份额；"
            "岚山电子和远帆信息分列第二、第三，份额分别为27%和23%。")
    assert _shares(text) == {"青禾科技": "50%", "岚山电子": "27%", "远帆信息": "23%"}
    assert {f.modality for f in facts(text, "purchase")} == {"planned"}
    # the first with no share of its own: the shares told after the ranked ones still make them sharing candidates
    text = ("澄川移动本月公示了资源池计算型服务器采购的中标候选人。青禾科技以约6亿元的报价成为第一中标候选人；"
            "岚山电子和远帆信息分列第二、第三，份额分别为27%和23%。")
    assert _shares(text) == {"青禾科技": None, "岚山电子": "27%", "远帆信息": "23%"}


def test_other_figures_of_the_ranked_candidates_are_no_shares():
    text = ("澄川移动本月公示了资源池计算型服务器采购的中标候选人。青禾科技以约6亿元的报价成为第一中标候选人，拟获50%的份额；"
            "岚山电子和远帆信息分列第二、第三，市场份额分别为27%和23%。")
    assert _shares(text) == {"青禾科技": "50%", "岚山电子": None, "远帆信息": None}
    text = ("澄川移动本月公示了资源池计算型服务器采购的中标候选人。青禾科技以约6亿元的报价成为第一中标候选人；"
            "岚山电子和远帆信息分列第二、第三，报价分别为6.2亿元和6.5亿元。")
    assert set(_won(text)) == {"青禾科技"}  # runners-up, awarded nothing


def test_the_winner_of_the_most_lots_and_the_ones_next_each_sell_to_the_procurer():
    text = ("澄川移动公布了2025年PC服务器集中采购的中标结果。青禾科技中标的标包数量最多，共计中标9个标包的部分份额；"
            "其次为岚山信息和北辰电子，两家均中标5个标包的部分份额。")
    assert _won(text) == {w: (["澄川移动"], None, "asserted") for w in ("青禾科技", "岚山信息", "北辰电子")}


def test_lots_won_in_part_each_a_purchase():
    text = "澄川移动公布了2025年PC服务器集中采购的中标结果。青禾科技共计中标9个标包的部分份额。"
    assert _won(text) == {"青禾科技": (["澄川移动"], None, "asserted")}


def test_the_most_lots_with_no_procurer_named_gives_nothing():
    assert facts("在去年全国各地的政务云项目中，青禾科技中标的标包数量最多。", "purchase") == []
    assert facts("青禾科技中标的标包数量最多。", "purchase") == []


def test_winners_of_a_kind_described_after_their_count():
    text = "澄川移动公布了2025年AI服务器集中采购的中标结果。前三个标包由青禾科技、岚山信息、北辰电子等3家传统服务器厂商中标。"
    assert _won(text) == {w: (["澄川移动"], None, "asserted") for w in ("青禾科技", "岚山信息", "北辰电子")}


def test_makers_counted_and_described_with_no_award_give_nothing():
    text = "澄川移动公布了2025年AI服务器集中采购的中标结果。青禾科技、岚山信息、北辰电子等3家传统服务器厂商未能入围。"
    assert facts(text, "purchase") == []


def test_the_goods_a_winner_bid_between_it_and_its_price():
    text = "澄川大学服务器采购项目评标会近日召开。经投票一致确认：北辰远帆科技有限公司所投服务器以最低价中标。"
    assert set(_won(text)) == {"北辰远帆科技有限公司"}
    text = "北辰远帆科技有限公司所投的一体机以1200万元中标。"
    assert _won(text) == {"北辰远帆科技有限公司": ([], "1200万元", "asserted")}


def test_a_project_invested_in_is_no_goods_bid():
    assert facts("北辰远帆科技有限公司所投资的项目以3亿元中标。", "purchase") == []
    assert facts("经评审，北辰远帆科技有限公司所投服务器以最低价落选。", "purchase") == []


def test_a_product_describing_the_goods_of_a_lot_is_no_purchase_from_its_maker():
    text = "澄川移动启动服务器集采。其中第二、第三标包均是采用昇腾芯片的推理整机，共计2000台。"
    assert facts(text, "purchase") == []
    # the maker's goods used, not describing other goods: still a purchase
    text = "澄川汽车发布新车型。新车型采用青禾电子的激光雷达。"
    assert [(names(f, "buyer"), names(f, "supplier")) for f in facts(text, "purchase")] == [(["澄川汽车"], ["青禾电子"])]


def test_the_project_failing_later_in_the_text_voids_the_one_award_told():
    text = ("2024年3月，澄川数据局发布服务器采购招标公告。4月中标公告发布，北辰可控信息有限公司以3.5亿元中标。\n"
            "北辰可控成立于2017年，青禾科技曾以3亿元转让北辰可控30%股权。\n"
            "5月，变更公告发布，质疑成立，本项目废标。")
    assert [f.modality for f in facts(text, "purchase")] == ["negated"]


def test_a_failed_project_after_two_awards_or_of_another_company_voids_nothing():
    text = ("2024年3月，澄川数据局发布服务器采购招标公告。4月中标公告发布，北辰可控信息有限公司以3.5亿元中标。\n"
            "岚山电子去年也以2亿元中标了临江市政务云项目。\n"
            "5月，变更公告发布，质疑成立，本项目废标。")
    assert "negated" not in [f.modality for f in facts(text, "purchase")]
    text = ("北辰可控信息有限公司以3.5亿元中标。\n北辰可控成立于2017年，青禾科技曾以3亿元转让北辰可控30%股权。\n"
            "5月，岚山电子的项目废标。")
    assert [f.modality for f in facts(text, "purchase")] == ["asserted"]


def test_ranks_then_names_propose_the_first_only():
    text = ("澄川电信公布了算力一体机集中采购项目中标候选人名单，第一、第二中标候选人分别为青禾科技有限公司和"
            "岚山通信股份有限公司。")
    assert _won(text) == {"青禾科技有限公司": (["澄川电信"], None, "planned")}
    text = ("澄川电信公布了算力一体机集中采购项目中标候选人名单，第一、第二、第三中标候选人依次为青禾科技有限公司、"
            "岚山通信股份有限公司和北辰电子有限公司。")
    assert set(_won(text)) == {"青禾科技有限公司"}


def test_ranks_and_names_that_do_not_match_give_nothing():
    text = ("澄川电信公布了算力一体机集中采购项目中标候选人名单，第一、第二中标候选人分别为青禾科技有限公司和"
            "岚山通信股份有限公司、北辰电子有限公司。")
    assert facts(text, "purchase") == []
    assert facts("第一、第二中标候选人的报价分别为青禾科技有限公司的两倍。", "purchase") == []


def test_a_winner_that_once_won_for_a_sum():
    assert _won("北辰电子曾以3.2亿元中标。") == {"北辰电子": ([], "3.2亿元", "asserted")}
    # (an earlier award: the procurer at the head is not said to be its buyer)
    text = "南岭电网启动了AI算力集中采购。北辰电子曾以3.2亿元中标训练服务器标包，与岚山科技等企业分庭抗礼。"
    assert _won(text) == {"北辰电子": ([], "3.2亿元", "asserted")}


def test_a_bid_that_did_not_win_is_no_award():
    assert facts("北辰电子曾以3.2亿元的价格投标，最终未能中标。", "purchase") == []


# winners listed that the name finders missed: the tender's list says names stand there (as many as counted or
# ranked, each taken for a name by the name finder's check of a listed name)

def test_ranked_candidates_not_found_as_names_are_read_from_the_list():
    text = ("澄川移动本月公示了资源池计算型服务器采购的中标候选人。青禾科技以约6亿元的报价成为第一中标候选人，拟获50%的份额；"
            "岚川振宇和澄湖数码分列第二、第三，份额分别为27%和23%。")
    assert _shares(text) == {"青禾科技": "50%", "岚川振宇": "27%", "澄湖数码": "23%"}


def test_words_ranked_after_a_candidate_are_no_winners():
    text = ("澄川移动公示了服务器集采中标候选人。青禾科技以约6亿元的投标总价成为第一中标候选人，拟获50%的份额；"
            "价格和服务分列第二、第三。")
    assert set(_won(text)) == {"青禾科技"}


def test_shares_each_got_by_names_not_found():
    text = ("澄川移动近期公示了2025年服务器采购结果。在此次集采中，青禾科技以约6亿元的投标总价成为第一中标候选人，并拟获得50%份额，"
            "岚川振宇和澄湖数码分别获得27%和23%份额。")
    assert _shares(text) == {"青禾科技": "50%", "岚川振宇": "27%", "澄湖数码": "23%"}


def test_a_procurement_shared_by_as_many_as_counted():
    text = "澄川移动2025年服务器集中采购已完成，订单由岚川振宇、澄湖数码和北辰电子三家分享。"
    assert _won(text) == {w: (["澄川移动"], None, "asserted") for w in ("岚川振宇", "澄湖数码", "北辰电子")}


def test_a_count_that_does_not_match_or_a_phrase_in_the_list_gives_no_share_out():
    for text in ("澄川移动2025年服务器集中采购已完成，订单由岚川振宇、澄湖数码和北辰电子两家分享。",
                 "澄川移动2025年服务器集中采购已完成，订单由本地集成商、澄湖数码和北辰电子三家分享。"):
        assert facts(text, "purchase") == []


def test_a_list_each_won_with_names_not_found_before_the_one_found():
    text = "澄川移动2025年服务器集中采购结果出炉。推理设备合计约30亿元，岚川振宇、澄湖数码、北辰电子等厂商各自中标6亿元至9亿元不等。"
    assert set(_won(text)) == {"岚川振宇", "澄湖数码", "北辰电子"}


def test_a_known_procurer_before_an_aim_word_tenders_across_paragraphs():
    # (lead, after merging the name rule that ends a name before 面向): the known name is found bare, and the aim word
    # after it is no bar to its tendering, in the next paragraph too
    text = ("中国移动面向2026年的智算服务器集中采购已于近日完成，共有3家厂商中标。\n"
            "其中，训练型设备的中标金额约6亿元，由青禾科技、岚山电子和远帆信息三家分享：青禾科技拿到约3亿元；"
            "岚山电子约2亿元；远帆信息约1亿元。")
    assert _won(text)["青禾科技"] == (["中国移动"], "约3亿元", "asserted")
    # near miss: a name that does not tender before 面向 (a seller aiming its goods at a market)
    assert not facts("青禾科技面向海外市场推出了新一代服务器。", "purchase")

"""Round 32, Chinese deal clauses read wrongly: a deal given up with its way or price between (放弃以3亿元收购…的计划)
against a plan to give it up (拟放弃), a name that swallowed the verb after it (…放弃收购) or a bare word of plan read
as a name (公司原拟). Sentences written for this file; the companies are invented."""

from __future__ import annotations

from tests.extract.readers import facts, roles


def deals(text: str, ftype: str = "acquisition") -> list[tuple[list[str], list[str], str]]:
    return [(roles(f).get("acquirer", []), roles(f).get("target", []), f.modality) for f in facts(text, ftype)]


def test_a_deal_given_up_with_its_price_between_is_negated():
    assert deals("澄川资本宣布放弃以3亿元收购青禾科技的计划。") == [(["澄川资本"], ["青禾科技"], "negated")]
    assert deals("澄川资本宣布不再以现金方式收购青禾科技。") == [(["澄川资本"], ["青禾科技"], "negated")]
    assert deals("澄川资本放弃了收购青禾科技的计划。") == [(["澄川资本"], ["青禾科技"], "negated")]


def test_a_plan_to_give_up_leaves_the_deal_planned():
    assert deals("澄川资本拟放弃收购青禾科技。") == [(["澄川资本"], ["青禾科技"], "planned")]
    assert deals("澄川资本考虑放弃以5亿元收购青禾科技。") == [(["澄川资本"], ["青禾科技"], "planned")]


def test_waiving_a_right_of_first_refusal_calls_off_no_deal():
    # near miss: the other holders give up their right to buy first; the deal stands
    assert deals("岚山创投以2亿元受让青禾科技30%股权，青禾科技其他股东放弃优先购买权。") == [
        (["岚山创投"], ["青禾科技"], "asserted")]
    assert deals("青禾科技其他股东放弃优先购买权，岚山创投以2亿元受让青禾科技30%股权。") == [
        (["岚山创投"], ["青禾科技"], "asserted")]


def test_a_headline_name_stops_before_giving_up():
    found = deals("澄星铁塔放弃收购北岭铜矿\n澄星铁塔周一晚间公告称，因标的盈利不及预期，决定放弃收购北岭铜矿。")
    assert found and all(acq == ["澄星铁塔"] and mood == "negated" for acq, _, mood in found)


def test_a_plan_word_after_the_bare_company_is_no_name():
    assert deals("澄川股份公告，公司原拟以现金方式受让青禾科技部分股份。") == [(["澄川股份"], ["青禾科技"], "planned")]
    assert deals("澄川股份公告，公司原拟以现金方式受让青禾科技部分股份，公司董事会决定终止该收购事项。") == [
        (["澄川股份"], ["青禾科技"], "negated")]
    # near miss: 原 inside a real name stays
    assert deals("青禾原力科技拟收购澄川电子。") == [(["青禾原力科技"], ["澄川电子"], "planned")]


def test_the_buyer_is_the_name_a_deal_clause_describes():
    assert deals("宣布以5亿元收购青禾科技的澄川股份今日复牌。") == [(["澄川股份"], ["青禾科技"], "asserted")]
    assert deals("收购了青禾科技的澄川股份股价大涨。") == [(["澄川股份"], ["青禾科技"], "asserted")]
    # near misses: a deal noun after 的, and a name after 的 that no predicate follows, name no buyer
    assert deals("收购青禾科技的交易今日完成。") == [([], ["青禾科技"], "asserted")]
    assert all(acq == [] for acq, _, _ in deals("收购青禾科技的澄川股份股权。"))


def test_a_name_inside_the_clause_describing_the_raiser_raises_nothing():
    # the company raising the round is the unread head after 的, not the origin or backer named before it
    assert facts("源自青禾科技的澄力灵机近日拿到3000万元种子轮融资。", "investment") == []
    assert facts("去年拿到澄川资本5000万美元C轮投资的社区团购平台岚果园昨日宣布再获8亿元C+轮融资。", "investment") == []
    # near misses: the head read as a name raises; a company's unit raising is not this construction
    found = facts("源自青禾科技的澄力智能近日拿到3000万元种子轮融资。", "investment")
    assert [roles(f)["investee"] for f in found] == [["澄力智能"]]
    found = facts("获得澄川资本1亿元A轮投资的岚山智能今日宣布完成B轮融资。", "investment")
    assert [(roles(f)["investor"], roles(f)["investee"]) for f in found] == [(["澄川资本"], ["岚山智能"])]


def holdings(text: str) -> list[tuple[list[str], list[str]]]:
    return [(roles(f)["holder"], roles(f)["company"]) for f in facts(text, "shareholding")]


def test_holders_listed_after_a_word_of_having_hold_the_company():
    assert holdings("青禾科技老股东有岚山创投和澄川资本。") == [(["岚山创投"], ["青禾科技"]), (["澄川资本"], ["青禾科技"])]
    assert holdings("青禾科技的股东还有岚山创投。") == [(["岚山创投"], ["青禾科技"])]
    # near misses: a right or a hope of the holders names no holder
    assert holdings("青禾科技股东有权要求澄川资本回购股份。") == []
    assert holdings("青禾科技股东有3名，分别持股。") == []


def test_the_source_of_the_news_is_not_the_company_whose_round_it_is():
    text = "据北岭创投发布，青禾科技宣布拿下3亿元融资。其中，A轮由澄川资本领投，老股东岚山创投、光远互娱继续追加。"
    assert {h[0] for h, c in holdings(text)} == {"岚山创投", "光远互娱"}
    assert all(c == ["青禾科技"] for _, c in holdings(text))
    assert all(roles(f)["investee"] == ["青禾科技"] for f in facts(text, "investment"))
    # near miss: the company's own announcement names the one that buys
    found = facts("据澄川股份公告，公司拟以3亿元收购青禾科技。", "acquisition")
    assert [(roles(f)["acquirer"], f.modality) for f in found] == [(["澄川股份"], "planned")]


def test_property_debts_and_patents_held_are_no_shareholding():
    assert holdings("青禾科技持有公司2号楼的产权。") == []
    assert holdings("青禾科技持有澄川资本发行的公司债券。") == []
    assert holdings("青禾科技持有岚山电子的多项专利。") == []
    # near misses: shares held, or shares then a thing held beside them
    assert holdings("青禾科技持有澄川资本30%股权。") == [(["青禾科技"], ["澄川资本"])]
    assert holdings("青禾科技持有澄川资本的股份。") == [(["青禾科技"], ["澄川资本"])]
    assert holdings("青禾科技持有岚山电子51%的股份及其厂房。") == [(["青禾科技"], ["岚山电子"])]


def units(text: str) -> list[tuple[list[str], list[str]]]:
    return [(roles(f)["owner"], roles(f)["unit"]) for f in facts(text, "ownership")]


def test_a_group_owns_only_the_first_name_after_its_word_for_units():
    assert units("该基金由吉利旗下岚山资本和澄川资本共同出资。") == [(["吉利"], ["岚山资本"])]
    assert units("吉利旗下的岚山资本、澄川资本两家公司共同投资了青禾科技。") == [(["吉利"], ["岚山资本"])]
    # near misses: a count or a verb of having opens the list, or 等 and a count close it: each is a unit
    assert units("吉利旗下两家公司岚山资本和澄川资本共同投资了青禾科技。") == [
        (["吉利"], ["岚山资本"]), (["吉利"], ["澄川资本"])]
    assert units("吉利旗下拥有岚山资本、澄川资本等多家公司。") == [(["吉利"], ["岚山资本"]), (["吉利"], ["澄川资本"])]


def test_an_announcement_title_tells_no_deal_by_itself():
    assert facts("关于收购青禾科技部分股权的公告\n本公司董事会审议通过了相关事项。", "acquisition") == []
    found = facts("澄川股份：关于收购青禾科技部分股权的公告\n公司拟以自有资金2亿元收购岚山电子30%股权。", "acquisition")
    assert [(roles(f)["acquirer"], roles(f)["target"], f.modality) for f in found] == [
        (["澄川股份"], ["岚山电子"], "planned")]
    found = facts("关于收购青禾科技部分股权的议案\n公司拟以自有资金2亿元收购青禾科技30%股权。", "acquisition")
    assert [f.modality for f in found] == ["planned"]
    # near misses: a title that tells the deal done or called off, and the announcement named inside a sentence
    assert deals("澄川股份关于完成收购青禾科技部分股权的公告\n本公司董事会审议通过了相关事项。") == [
        (["澄川股份"], ["青禾科技"], "asserted")]
    assert deals("澄川股份关于终止收购青禾科技部分股权的公告\n本公司董事会审议通过了相关事项。") == [
        (["澄川股份"], ["青禾科技"], "negated")]


def test_earlier_holders_hold_the_company_whose_round_the_sentence_before_tells():
    text = "据岚海创投官方发布，青禾科技宣布一年内累计拿到逾6亿元融资。其中，B轮由某头部车企领投，老股东澄川资本、光远互娱继续追加。"
    assert sorted(holdings(text)) == [(["光远互娱"], ["青禾科技"]), (["澄川资本"], ["青禾科技"])]


def test_a_relative_clause_with_an_aside_before_the_raising_verb():
    text = "去年拿到澄川资本5000万美元C轮投资的社区团购平台岚果园昨日（周五）宣布再获8亿元C+轮融资。"
    assert all(roles(f)["investee"] != ["澄川资本"] for f in facts(text, "investment"))


FUND_NEWS = ("12月28日，澄川重工发布公告称，公司全资子公司澄川资本管理有限公司（以下简称“澄川资本”）联合岚山(北京)私募基金管理"
             "有限公司共同设立光远产业链投资基金合伙企业（有限合伙）。该基金总认缴出资额为30亿元，公司全资子公司澄川资本作为该基金"
             "有限合伙人认缴出资额9亿元。")


def test_the_company_of_an_announcement_told_a_sentence_before_owns_its_subsidiary():
    assert {(o[0], u[0]) for o, u in units(FUND_NEWS)} == {("澄川重工", "澄川资本管理有限公司"), ("澄川重工", "澄川资本")}


def test_this_fund_is_the_fund_set_up_not_the_partner_named_nearer():
    found = facts(FUND_NEWS, "investment")
    lp = [f for f in found if roles(f)["investor"] == ["澄川资本"]]
    assert lp and all(f.roles["investee"][0].canonical == "光远产业链投资基金合伙企业" for f in lp)
    # near miss: with no fund-shaped name before it, 该基金 may still stand for a 资本 named before
    found = facts("岚山资本成立于2020年，管理规模50亿元。该基金投资了青禾科技。", "investment")
    assert [f.roles["investor"][0].canonical for f in found] == ["岚山资本"]


def test_a_deal_called_off_after_its_plan_with_a_figure_phrase_between():
    text = ("澄川城建公告称，董事会审议通过了终止以发行股份方式收购资产的议案。公司原计划以发行股份方式购买岚山金控持有的"
            "青禾数据集团有限公司全部股权。然而因标的公司业绩下滑影响较大，公司决定终止此次交易。")
    assert [f.modality for f in facts(text, "acquisition")] == ["negated"]


def test_this_deal_called_off_is_the_plan_a_later_paragraph_defines_as_this_deal():
    text = ("澄星股份晚间公告，称经各方协商一致，决定终止筹划本次交易，公司股票于次日复牌。\n此前澄星股份曾于1月中旬披露停牌"
            "公告，称拟通过增发新股加现金的方式取得岚山声学新材料有限公司控股权（以下简称“本次交易”）。")
    assert deals(text) == [(["澄星股份"], ["岚山声学新材料有限公司"], "negated")]
    # near miss: another plan in the next paragraph, not defined as this deal, stays planned
    assert deals("澄星股份决定终止筹划本次交易。\n澄星股份拟收购岚山电子30%股权。") == [
        (["澄星股份"], ["岚山电子"], "planned")]


def test_a_company_invested_in_by_an_unnamed_subject_does_not_carry_its_later_deals():
    text = "其中，早期投资澄光智算已于去年在科创板挂牌；在机器人、算力芯片等方向，还布局了岚山通用、光远智行等企业。"
    assert facts(text, "investment") == []
    # near miss: the company as the clause's own subject carries on
    text = "其中，澄光智算已于去年在科创板挂牌；在机器人、算力芯片等方向，还布局了岚山通用、光远智行等企业。"
    assert {roles(f)["investor"][0] for f in facts(text, "investment")} == {"澄光智算"}


def test_it_opening_an_unread_name_is_no_pronoun():
    text = "澄川智能完成2亿元天使轮融资；它岭科创以8000万美元创下种子轮融资纪录。"
    assert [roles(f)["investee"] for f in facts(text, "investment")] == [["澄川智能"]]
    # near miss: 它 as the pronoun subject of a round
    found = facts("澄川智能成立于2021年。它完成了2亿元天使轮融资。", "investment")
    assert [f.roles["investee"][0].canonical for f in found] == ["澄川智能"]

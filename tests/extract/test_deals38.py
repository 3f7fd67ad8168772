"""Deal wordings of session 38 (investment, acquisition, shareholding, merger): wrong readings in lists and
announcements taken out (a counted thing bought, an investment period, the follow-on investors of a lead's round,
the shares a company issues to chosen buyers, a founder at the end of a holders' list), and mergers told as a noun,
in talks, denied or with the new company named in the next clause. Invented companies throughout."""

from __future__ import annotations

import pytest

from tests.extract.readers import facts, names, one


@pytest.mark.parametrize("text", [
    "昀朗科技收购了一款休闲游戏的全球发行权。",
    "澄川互娱买下了两部网络小说的影视改编权。",
    "青禾股份收购了一套二手生产设备。",
])
def test_a_counted_thing_bought_is_no_company(text):
    assert facts(text, "acquisition") == []


@pytest.mark.parametrize("text", [
    "鹤屿基金并未参与汐见本轮融资，其合伙人解释称基金目前已处于投资期末尾。",
    "澄湖创投表示，旗下二期基金已进入投资期尾声。",
])
def test_an_investment_period_is_no_deal(text):
    assert [f for f in facts(text, "investment") if f.modality == "asserted"] == []


@pytest.mark.parametrize("text, raiser, investors, amount", [
    ("问衡AI昨日宣布完成10亿元B轮融资。领投方为鼎湃集团旗下的鼎湃投资，跟投方包括栎川资本和苏州市产业引导基金。",
     "问衡AI", ["鼎湃投资", "栎川资本", "苏州市产业引导基金"], "10亿元"),
    ("澄岭科技完成3亿元A轮融资。领投方为青禾资本，跟投方为北辰创投。", "澄岭科技", ["青禾资本", "北辰创投"], "3亿元"),
    ("星衡医疗近日完成5000万美元C轮融资。领投方为澜石基金，跟投方包括云岫资本、岱山创投。",
     "星衡医疗", ["澜石基金", "云岫资本", "岱山创投"], "5000万美元"),
])
def test_follow_on_investors_join_the_leads_round(text, raiser, investors, amount):
    found = [f for f in facts(text, "investment") if f.roles["investor"]]
    assert found and all(names(f, "investee") == [raiser] for f in found)
    assert sorted(m for f in found for m in names(f, "investor")) == sorted(investors)
    assert all(f.amount is not None and f.amount.text == amount for f in found)


def test_a_lead_named_in_the_sentence_after_the_round_takes_its_figures():
    fact = one("问衡AI昨日宣布完成10亿元B轮融资。领投方为鼎湃投资。", "investment")
    assert names(fact, "investor") == ["鼎湃投资"]
    assert fact.amount.text == "10亿元" and fact.qualifiers["round"] == "B轮"


@pytest.mark.parametrize("text, investor, issuer", [
    ("瀚昭股份公告，驰越汽车拟以现金8亿元认购公司本次向特定对象发行的全部股票。", "驰越汽车", "瀚昭股份"),
    ("澄川科技公告，控股股东澄湖集团拟以现金3亿元认购公司本次向特定对象发行的A股股票。", "澄湖集团", "澄川科技"),
    ("青禾电子公告，北辰集团拟认购公司向特定对象发行的股票，认购金额为2亿元。", "北辰集团", "青禾电子"),
])
def test_shares_issued_to_chosen_buyers_are_the_announcers(text, investor, issuer):
    found = [f for f in facts(text, "investment") if names(f, "investor") == [investor]]
    assert len(found) == 1 and names(found[0], "investee") == [issuer]
    assert found[0].modality == "planned"


@pytest.mark.parametrize("text, company", [
    ("途喵的股东包括赫石资本、璟川控股和创始人贺正宇。", "途喵"),
    ("澄川科技的股东包括赫石资本、璟川控股和创始人贺正宇。", "澄川科技"),
    ("澄川科技目前的股东包括青禾资本、北辰创投和联合创始人周牧。", "澄川科技"),
])
def test_a_founder_closing_a_holders_list_founds_none_of_them(text, company):
    assert [names(f, "company") for f in facts(text, "founding")] in ([], [[company]])
    held = facts(text, "shareholding")
    assert len(held) == 2 and all(names(f, "company") == [company] for f in held)


@pytest.mark.parametrize("text, parts, modality", [
    ("Halvia与NovaFab的合并已于上月正式完成，新公司沿用Halvia的品牌。", ["Halvia", "NovaFab"], "asserted"),
    ("北辰电子与澜石科技的合并已于3月完成。", ["北辰电子", "澜石科技"], "asserted"),
    ("由于监管审查未获通过，溯光半导体与禾钛新材的合并最终没有实施。", ["溯光半导体", "禾钛新材"], "negated"),
    ("业内预计，拓衡动力与芯纬电子的合并有望在年内获批。", ["拓衡动力", "芯纬电子"], "expected"),
    ("北辰电子与澜石科技的合并预计将于明年完成交割。", ["北辰电子", "澜石科技"], "expected"),
])
def test_a_merger_told_as_a_noun(text, parts, modality):
    fact = one(text, "merger")
    assert names(fact, "part") == parts and fact.modality == modality


@pytest.mark.parametrize("text, parts, modality", [
    ("坊间传言，澄湖科技与青禾智能正在商讨合并。", ["澄湖科技", "青禾智能"], "rumored"),
    ("澄湖科技与青禾智能正在洽谈合并事宜。", ["澄湖科技", "青禾智能"], "planned"),
    ("据知情人士透露，Vantor与Zentro已就合并条款达成初步一致。", ["Vantor", "Zentro"], "reported"),
    ("澄湖科技与青禾智能就合并事宜达成协议。", ["澄湖科技", "青禾智能"], "planned"),
    ("澄湖科技否认了与青禾智能合并的传闻，称双方仅存在业务合作。", ["澄湖科技", "青禾智能"], "denied"),
    ("北辰股份否认将与澜石科技合并。", ["北辰股份", "澜石科技"], "denied"),
])
def test_a_merger_in_talks_or_denied(text, parts, modality):
    fact = one(text, "merger")
    assert names(fact, "part") == parts and fact.modality == modality


@pytest.mark.parametrize("text, parts, result", [
    ("芯纬电子与澄湖智能将合并为一家公司，新公司名为恒垣科技。", ["芯纬电子", "澄湖智能"], ["恒垣科技"]),
    ("芯纬电子与澄湖智能将合并为一家公司。", ["芯纬电子", "澄湖智能"], []),
    ("两家工业机器人企业芮歌电子与帆岬物联将以对等合并的方式组建新集团，双方股东各占50%。", ["芮歌电子", "帆岬物联"], []),
])
def test_a_merger_the_parts_will_make(text, parts, result):
    fact = one(text, "merger")
    assert names(fact, "part") == parts and names(fact, "result") == result and fact.modality == "planned"


@pytest.mark.parametrize("text, parts", [
    ("璟川控股拟换股吸收合并其控股子公司曦禾股份，吸收合并完成后曦禾股份将终止上市并注销法人资格。", ["璟川控股", "曦禾股份"]),
    ("澄湖集团拟吸收合并其全资子公司青禾电子。", ["澄湖集团", "青禾电子"]),
    ("北辰股份将吸收合并旗下子公司北辰智能。", ["北辰股份", "北辰智能"]),
])
def test_a_unit_absorbed_named_after_what_it_is(text, parts):
    fact = one(text, "merger")
    assert names(fact, "part") == parts and names(fact, "result") == parts[:1] and fact.modality == "planned"


@pytest.mark.parametrize("text", [
    "北辰电子与澜石科技的合并方案尚需股东大会批准。",   # (left: a plan named as such, no fate)
    "北辰电子与澜石科技合并报表后营收大增。",
    "北辰电子与澜石科技的合并对行业影响深远。",
    "芮歌电子将旗下显示事业部和触控事业部合并为新的人机交互事业群。",
    "峘岳医药上半年合并报表营业收入为12.3亿元。",
    "澄湖科技与青禾智能的合并报表口径不同。",
])
def test_no_merger(text):
    assert facts(text, "merger") == []


@pytest.mark.parametrize("text, investors, company, round_", [
    ("汽车电子企业衡驰股份宣布完成战略融资，引入驰越汽车和瀚昭股份作为战略股东。", ["驰越汽车", "瀚昭股份"], "衡驰股份", "战略融资"),
    ("澄川智能完成B轮融资，引入北辰集团作为战略股东。", ["北辰集团"], "澄川智能", "B轮"),
    ("澄川智能完成B轮融资，引入北辰集团作为战略投资者。", ["北辰集团"], "澄川智能", "B轮"),
])
def test_investors_brought_in_after_the_round(text, investors, company, round_):
    fact = one(text, "investment")
    assert names(fact, "investor") == investors and names(fact, "investee") == [company]
    assert fact.qualifiers["round"] == round_


def test_strategic_holders_brought_in_with_no_round():
    fact = one("青禾电子引入澜石资本、云岫创投作为新的战略股东。", "investment")
    assert names(fact, "investor") == ["澜石资本", "云岫创投"] and names(fact, "investee") == ["青禾电子"]


def test_a_strategic_holder_described_invests_in_nothing():
    assert facts("战略股东北辰集团表示将继续支持青禾电子。", "investment") == []


@pytest.mark.parametrize("text, person, company", [
    ("知名天使投资人许知行个人投资了隐山智能，金额未披露。", "许知行", "隐山智能"),
    ("天使投资人许知行投资了隐山智能。", "许知行", "隐山智能"),
    ("天使投资人许知行参与了隐山智能的天使轮融资。", "许知行", "隐山智能"),
])
def test_a_person_invests(text, person, company):
    fact = one(text, "investment")
    assert names(fact, "investor") == [person] and names(fact, "investee") == [company]


@pytest.mark.parametrize("text, holder, company, stake", [
    ("若本次定增顺利完成，泓砾集团对峘岳医药的持股比例预计将升至34.5%。", "泓砾集团", "峘岳医药", "34.5%"),
    ("本次增资完成后，澄湖集团对青禾电子的持股比例预计将升至40%。", "澄湖集团", "青禾电子", "40%"),
    ("北辰资本在澜石科技的持股比例预计将降至3.5%。", "北辰资本", "澜石科技", "3.5%"),
])
def test_a_holding_expected_after_a_deal(text, holder, company, stake):
    fact = one(text, "shareholding")
    assert names(fact, "holder") == [holder] and names(fact, "company") == [company]
    assert fact.stake.text == stake and fact.modality == "expected"


@pytest.mark.parametrize("text, investor, company", [
    ("针对“骁途汽车已入股栈桥科技”的说法，骁途汽车方面予以否认。", "骁途汽车", "栈桥科技"),
    ("针对“澄湖资本已投资青禾电子”的消息，青禾电子予以否认。", "澄湖资本", "青禾电子"),
    ("微衍半导体发布声明，否认获得驰越汽车投资的说法，称公司目前股东中没有任何车企。", "驰越汽车", "微衍半导体"),
    ("青禾电子否认获得澄湖资本投资的传闻。", "澄湖资本", "青禾电子"),
])
def test_a_claim_denied(text, investor, company):
    fact = one(text, "investment")
    assert names(fact, "investor") == [investor] and names(fact, "investee") == [company]
    assert fact.modality == "denied"


def test_a_claim_quoted_and_not_denied_stays():
    assert [f.modality for f in facts("“澄湖资本已投资青禾电子”，青禾电子董事长表示。", "investment")] == ["asserted"]


@pytest.mark.parametrize("text, lead, company", [
    ("指间科技本轮融资中，领投方是首次涉足机器人赛道的昊宸控股。", "昊宸控股", "指间科技"),
    ("指间科技本轮融资的领投方为专注硬科技的昊宸控股。", "昊宸控股", "指间科技"),
    ("澄岭科技本轮融资的领投方为一家来自新加坡的主权基金。", None, "澄岭科技"),
])
def test_a_lead_described_before_its_name(text, lead, company):
    found = [f for f in facts(text, "investment") if f.roles["investor"]]
    assert [(names(f, "investor"), names(f, "investee")) for f in found] == ([([lead], [company])] if lead else [])


@pytest.mark.parametrize("text, buyer, target, sellers", [
    ("璟川控股拟向周牧川、林映雪等7名交易对方发行股份，购买其合计持有的耘图科技82%股权。", "璟川控股", "耘图科技", ["周牧川", "林映雪"]),
    ("澄川股份拟向北辰集团、澜石资本发行股份及支付现金，购买其持有的青禾电子100%股权。", "澄川股份", "青禾电子", ["北辰集团", "澜石资本"]),
    ("澄川股份拟向邢立涛、胡一川发行股份，购买其持有的青禾电子60%股权。", "澄川股份", "青禾电子", ["邢立涛", "胡一川"]),
])
def test_the_holders_shares_are_issued_to_sell(text, buyer, target, sellers):
    fact = one(text, "acquisition")
    assert names(fact, "acquirer") == [buyer] and names(fact, "target") == [target]
    assert names(fact, "seller") == sellers and fact.modality == "planned"


def test_shares_issued_to_one_and_another_company_bought_names_no_seller():
    fact = one("澄川股份拟向北辰集团发行股份，购买青禾电子100%股权。", "acquisition")
    assert fact.roles.get("seller", []) == []


@pytest.mark.parametrize("text, holder, company, stake, rank", [
    ("在溯光半导体的前十大股东中，大湾芯片基金以11.2%的持股比例位列第二。", "大湾芯片基金", "溯光半导体", "11.2%", "second"),
    ("溯光半导体前十大股东中，大湾芯片基金持股11.2%，位列第二。", "大湾芯片基金", "溯光半导体", "11.2%", "second"),
    ("在青禾电子的前十大股东中，澄湖资本以6.5%的持股比例排名第三。", "澄湖资本", "青禾电子", "6.5%", "third"),
    ("在青禾电子的前十大流通股东中，澄湖资本以2.1%的持股比例位列第五。", "澄湖资本", "青禾电子", "2.1%", None),
])
def test_a_holder_ranked_among_the_top_ten(text, holder, company, stake, rank):
    fact = one(text, "shareholding")
    assert names(fact, "holder") == [holder] and names(fact, "company") == [company]
    assert fact.stake.text == stake and fact.qualifiers.get("rank") == rank


@pytest.mark.parametrize("text", [
    "尽管今年一级市场整体遇冷，专注于储能温控的冷湃科技仍在三个月内连续完成两轮融资，其中A轮由柘溪资本领投、A+轮由鹤屿基金领投，累计金额超过4亿元。",
    "冷湃科技连续完成两轮融资，A轮由柘溪资本领投，A+轮由鹤屿基金领投。",
    "冷湃科技去年连续完成两轮融资，天使轮由柘溪资本领投、A轮由鹤屿基金领投。",
])
def test_each_round_its_own_lead(text):
    found = sorted((f.qualifiers["round"], names(f, "investor")) for f in facts(text, "investment"))
    first = "天使轮" if "天使轮" in text else "A轮"
    second = "A轮" if first == "天使轮" else "A+轮"
    assert sorted([(first, ["柘溪资本"]), (second, ["鹤屿基金"])]) == found


@pytest.mark.parametrize("text, modality", [
    ("据投资界获悉，AI制药公司衍芥生物已于近日完成1.5亿元B轮融资，由岱衡投资领投。", "reported"),
    ("据36氪了解到，青禾电子已完成新一轮融资，由澄湖资本领投。", "reported"),
    ("据公司获悉，青禾电子已完成新一轮融资，由澄湖资本领投。", "asserted"),
])
def test_what_an_outlet_learned_is_reported(text, modality):
    assert [f.modality for f in facts(text, "investment")] == [modality]


@pytest.mark.parametrize("text, buyer, target", [
    ("行业老二Halvia吞下老三Zentro后，市场份额直逼龙头。", "Halvia", "Zentro"),
    ("澄湖集团吞下青禾电子后，成为行业第一。", "澄湖集团", "青禾电子"),
    ("澄湖集团去年吞下了青禾电子。", "澄湖集团", "青禾电子"),
])
def test_swallowed_is_bought(text, buyer, target):
    fact = one(text, "acquisition")
    assert names(fact, "acquirer") == [buyer] and names(fact, "target") == [target]


@pytest.mark.parametrize("text", ["澄湖集团吞下苦果，全年亏损3亿元。", "青禾电子吞下巨额亏损。"])
def test_swallowed_loss_is_no_deal(text):
    assert facts(text, "acquisition") == []


@pytest.mark.parametrize("text, company, parts", [
    ("蔚岩科技本轮融资共计2亿元，其中鼎湃集团出资1.2亿元，其余由碧岑资本认购。", "蔚岩科技",
     {"鼎湃集团": "1.2亿元", "碧岑资本": "2亿元"}),
    ("蔚岩科技完成2亿元B轮融资，其中鼎湃集团出资1.2亿元，其余由碧岑资本认购。", "蔚岩科技",
     {"鼎湃集团": "1.2亿元", "碧岑资本": "2亿元"}),
    ("青禾电子B轮融资共计5亿元，其中澄湖资本投资3亿元。", "青禾电子", {"澄湖资本": "3亿元"}),
])
def test_parts_of_a_round_told_by_its_figure(text, company, parts):
    found = [f for f in facts(text, "investment") if f.roles["investor"]]
    assert all(names(f, "investee") == [company] for f in found)
    assert {m: f.amount.text for f in found for m in names(f, "investor")} == parts


def test_a_total_spent_is_no_round():
    assert facts("澄湖资本今年投资总额为5亿元，其中青禾电子出资1亿元。", "investment") == []


@pytest.mark.parametrize("text, fund, owner, company", [
    ("栖木科技A轮融资由澈石投资旗下的澈石成长二期基金领投。", "澈石成长二期基金", "澈石投资", "栖木科技"),
    ("青禾电子B轮融资由北辰集团旗下的北辰产业二期基金领投，澄湖资本跟投。", "北辰产业二期基金", "北辰集团", "青禾电子"),
])
def test_a_unit_named_before_it_leads(text, fund, owner, company):
    owned = one(text, "ownership")
    assert names(owned, "owner") == [owner] and names(owned, "unit") == [fund]
    led = [f for f in facts(text, "investment") if fund in names(f, "investor")]
    assert len(led) == 1 and names(led[0], "investee") == [company]


@pytest.mark.parametrize("text, buyer, target, modality", [
    ("恒垣集团有望在年内完成对青禾电子的控股收购，目前交易已获反垄断审查批准。", "恒垣集团", "青禾电子", "expected"),
    ("恒垣集团有望在年内完成对“云栈”的控股收购，目前交易已获反垄断审查批准。", "恒垣集团", "云栈", "expected"),
    ("澄湖集团已完成对北辰电子的整体收购。", "澄湖集团", "北辰电子", "asserted"),
])
def test_a_controlling_takeover_named_as_a_noun(text, buyer, target, modality):
    fact = one(text, "acquisition")
    assert names(fact, "acquirer") == [buyer] and names(fact, "target") == [target] and fact.modality == modality


@pytest.mark.parametrize("text, holder, company, rank", [
    ("大湾芯片基金以11.2%的持股比例位列溯光半导体第二大股东。", "大湾芯片基金", "溯光半导体", "second"),
    ("澄湖资本位列青禾电子前十大股东。", "澄湖资本", "青禾电子", None),
])
def test_placed_among_the_holders(text, holder, company, rank):
    fact = one(text, "shareholding")
    assert names(fact, "holder") == [holder] and names(fact, "company") == [company]
    assert fact.qualifiers.get("rank") == rank


@pytest.mark.parametrize("text, investor, company, amount", [
    ("天使轮中，前芯片公司高管陈砚舟个人出资500万元，成为知微行易的首位外部投资人。", "陈砚舟", "知微行易", "500万元"),
    ("澄湖资本出资2000万元，成为青禾电子的首位外部投资方。", "澄湖资本", "青禾电子", "2000万元"),
])
def test_who_put_money_in_became_an_investor(text, investor, company, amount):
    fact = one(text, "investment")
    assert names(fact, "investor") == [investor] and names(fact, "investee") == [company]
    assert fact.amount.text == amount


def test_money_put_into_another_deal_makes_no_investor():
    assert [names(f, "investee") for f in facts("澄湖资本去年出资2000万元收购北辰电子，成为青禾电子的投资方。",
                                                 "investment")] in ([], [["青禾电子"]])


@pytest.mark.parametrize("text, ftype, amount", [
    ("22亿元！骁途汽车拿下芮歌电子控股权", "acquisition", "22亿元"),
    ("5亿元！澄湖资本领投青禾电子B轮融资", "investment", "5亿元"),
    ("3000万美元！北辰集团收购澜石科技", "acquisition", "3000万美元"),
])
def test_a_headline_sum_prices_its_deal(text, ftype, amount):
    assert one(text, ftype).amount.text == amount


def test_a_sum_in_the_sentence_before_is_no_headline():
    fact = one("澄湖集团去年营收为22亿元！北辰集团收购了澜石科技。", "acquisition")
    assert fact.amount is None


@pytest.mark.parametrize("text", [
    "瀚昭股份公告，公司拟作为有限合伙人，以自有资金5000万元认缴苏州栎湖创业投资合伙企业（有限合伙）的出资份额。",
    "瀚昭股份公告，公司拟以自有资金5000万元认缴苏州栎湖创业投资合伙企业（有限合伙）的出资份额。",
])
def test_a_fund_share_paid_in_by_a_limited_partner(text):
    fact = one(text, "investment")
    assert names(fact, "investor") == ["瀚昭股份"] and names(fact, "investee") == ["苏州栎湖创业投资合伙企业"]
    assert fact.amount.text == "5000万元" and fact.modality == "planned"


@pytest.mark.parametrize("text, target, sellers", [
    ("芮歌电子因控股股东正在筹划公司控制权变更事项，公司股票自2月10日起停牌，潜在受让方为一家汽车零部件企业。", "芮歌电子", []),
    ("青禾电子公告，公司控股股东正在筹划涉及公司控制权变更的重大事项。", "青禾电子", []),
    ("青禾电子控股股东澄湖集团正在筹划公司控制权变更事项。", "青禾电子", ["澄湖集团"]),
])
def test_a_change_of_control_being_planned(text, target, sellers):
    fact = one(text, "acquisition")
    assert fact.roles["acquirer"] == [] and names(fact, "target") == [target]
    assert [m.canonical for m in fact.roles.get("seller", [])] == sellers and fact.modality == "planned"


@pytest.mark.parametrize("text", ["青禾电子的控制权变更已于3月完成。", "本次交易完成后，公司控制权将发生变更。"])
def test_a_change_of_control_not_planned_by_a_holder_is_left(text):
    assert facts(text, "acquisition") == []


@pytest.mark.parametrize("text, buyer, target, stake", [
    ("泓砾集团宣布，拟向峘岳医药全体股东发出部分要约，收购其25%的股份，要约价格为每股18元。", "泓砾集团", "峘岳医药", "25%"),
    ("澄湖集团拟向青禾电子全体股东发出部分要约，收购其不超过10%的股份。", "澄湖集团", "青禾电子", "10%"),
])
def test_the_part_a_partial_offer_seeks(text, buyer, target, stake):
    fact = one(text, "acquisition")
    assert names(fact, "acquirer") == [buyer] and names(fact, "target") == [target]
    assert stake in fact.stake.text and fact.modality == "planned"


@pytest.mark.parametrize("text, investor, company", [
    ("获翎川创投数千万元投资，霁蓝智能加速人形机器人量产", "翎川创投", "霁蓝智能"),
    ("获澄湖资本亿元投资，青禾电子加速芯片量产", "澄湖资本", "青禾电子"),
])
def test_a_headline_opening_with_the_money_got(text, investor, company):
    fact = one(text, "investment")
    assert names(fact, "investor") == [investor] and names(fact, "investee") == [company]


def test_a_grant_got_is_no_investment():
    assert facts("获得政府补贴，青禾电子加速研发。", "investment") == []


@pytest.mark.parametrize("text, holder, company", [
    ("澄湖资本是青禾电子的单一最大股东。", "澄湖资本", "青禾电子"),
    ("北辰集团目前为澜石科技单一第一大股东。", "北辰集团", "澜石科技"),
])
def test_the_largest_single_holder(text, holder, company):
    fact = one(text, "shareholding")
    assert names(fact, "holder") == [holder] and names(fact, "company") == [company]
    assert fact.qualifiers["rank"] == "largest"

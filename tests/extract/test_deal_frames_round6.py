"""Deal constructions read in round 6 (frames.py, deal_objects.py, data/frames.yaml), each tested on sentences
written for this file (no FewFC text is copied here)."""

from __future__ import annotations

from tests.extract.readers import facts, one, roles


def deals(text: str, ftype: str = "acquisition") -> list[tuple[list[str], list[str]]]:
    return [tuple(roles(f).values()) for f in facts(text, ftype)]


# 公司2016年收购的B / 曾经高溢价收购的B: an acquisition named as B's description, no buyer in its clause.

def test_a_company_word_and_a_year_before_shou_gou_de_name_the_topic_as_buyer():
    fact = one("2023年,星海集团实现营业收入23亿元,但亏损较多,其中公司2021年收购的云帆智能科技有限公司"
               "(下称“云帆智能”)未完成业绩承诺。", "acquisition")
    assert roles(fact) == {"acquirer": ["星海集团"], "target": ["云帆智能科技有限公司"]}
    assert fact.date is not None and fact.date.text == "2021年"


def test_time_words_alone_before_shou_gou_de_carry_the_subject():
    fact = one("北辰股份今年计提大额商誉减值,尤其是2019年12月收购的深圳星光网络,承诺期一过利润便明显下滑。", "acquisition")
    assert roles(fact) == {"acquirer": ["北辰股份"], "target": ["深圳星光网络"]}


def test_a_target_bought_just_before_is_no_buyer_of_the_next():
    assert deals("北辰股份2020年表示,将继续整合在并购云帆教育同期收购的培训机构星海教育。") == [
        (["北辰股份"], ["云帆教育"]), (["北辰股份"], ["星海教育"])]


def test_a_named_buyer_before_shou_gou_de_still_buys():
    assert deals("星海集团收购的云帆科技今年业绩大增。") == [(["星海集团"], ["云帆科技"])]


def test_a_bare_passive_or_an_unnamed_asset_states_no_deal_with_a_carried_buyer():
    assert deals("北辰集团表示,被收购的云帆科技今年业绩大增。") == []
    assert deals("北辰集团透露,公司此前收购的资产运行良好。") == []
    assert deals("上述两家工厂均为2018年至2019年间收购的,北辰集团对其运营表示满意。") == []


def test_a_manner_after_shou_gou_de_keeps_the_subject_as_buyer():
    found = deals("北辰科技计划出资2亿元收购东林化工51%股权,另以增资加股权收购的途径拿下华岳精密60%股权。")
    assert (["北辰科技"], ["华岳精密"]) in found


# 要约收购: a tender offer for a listed company's shares.

def test_a_tender_offer_for_company_shares_buys_the_company_announcing():
    fact = one("云帆药业3月5日晚间公告,星海医药集团有限公司本次要约收购公司股份一事已完成过户。", "acquisition")
    assert roles(fact) == {"acquirer": ["星海医药集团有限公司"], "target": ["云帆药业"]}


def test_a_tender_offer_raising_the_buyers_stake_buys_the_company_named():
    found = deals("北辰零售集团有限公司表示,公司计划以要约收购的形式将其所持有的"
                  "东林商业集团股份有限公司的持股比例由18.5%提高到30%以内。")
    assert found == [(["北辰零售集团有限公司"], ["东林商业集团股份有限公司"])]


def test_a_tender_offer_with_its_target_after_the_verb_reads_as_an_acquisition():
    fact = one("星海集团逾52亿元要约收购云帆集团20%股份。", "acquisition")
    assert roles(fact) == {"acquirer": ["星海集团"], "target": ["云帆集团"]}
    assert fact.stake.text == "20%" and fact.amount.text == "逾52亿元"


def test_the_tender_offer_report_names_the_target_and_who_issued_it_buys():
    fact = one("云帆电气6月2日披露,已收到星海控股递交的《云帆电气要约收购报告书(摘要)》。", "acquisition")
    assert roles(fact) == {"acquirer": ["星海控股"], "target": ["云帆电气"]}


def test_the_tender_offer_report_names_the_buyer_after_it():
    found = deals("东林百货近日公布了《东林百货要约收购报告书》;本次收购人为北辰文旅集团有限公司,要约期为30天。")
    assert (["北辰文旅集团有限公司"], ["东林百货"]) in found


def test_a_tender_offer_named_with_no_company_is_no_deal():
    assert deals("截至6月30日,该次要约收购的股份过户已全部完成。") == []
    assert deals("星海集团表示,收购公司是其战略的一部分。") == []


# 标的公司 / 目标公司 / 交易标的: the target as an announcement calls it.

def test_a_company_aliased_as_the_target_in_a_deal_sentence_is_bought_by_the_subject():
    fact = one("星海科技公告显示,公司已与浙江云帆智控科技有限公司(简称“云帆智控”及“标的公司”)的三名股东签订"
               "《股权收购协议》。", "acquisition")
    assert roles(fact) == {"acquirer": ["星海科技"], "target": ["浙江云帆智控科技有限公司"]}


def test_the_target_named_after_biao_de_gong_si_has_an_undisclosed_buyer():
    fact = one("据披露,标的公司北辰网能去年底账面净资产约3亿元,此次以9亿元现金收购将带来较高商誉。",
               "acquisition")
    assert roles(fact) == {"acquirer": [], "target": ["北辰网能"]}


def test_the_deal_target_keeps_its_stake_and_price():
    fact = one("本次交易标的东林热力65%股权作价4.2亿元,上市公司后续或再收购剩余股权。", "acquisition")
    assert roles(fact)["target"] == ["东林热力"] and fact.stake.text == "65%" and fact.amount.text == "4.2亿元"


def test_a_target_the_deal_verb_reads_already_is_not_read_twice():
    assert deals("星海集团拟以自有资金收购苏州北辰精工科技有限公司(简称“北辰精工”,即本次“标的公司”)60%的股权。") == [
        (["星海集团"], ["苏州北辰精工科技有限公司"])]
    assert deals("星海科技收购云帆集团已获批准,星海科技将借此控制目标公司Cloudsail Group AG(下称“云帆集团”)。") == [
        (["星海科技"], ["云帆集团"])]


def test_a_target_word_with_no_name_or_no_deal_states_nothing():
    assert deals("星海集团与云帆科技设立的标的公司主要从事储能业务。") == []
    assert deals("眼下两家公司正就标的公司股权收购一事继续谈判。") == []
    assert deals("北辰集团决定放弃这次重组,理由是标的公司资产状况过于复杂。") == []


def test_a_holder_or_assets_after_the_target_word_are_not_bought():
    assert deals("本次交易标的为星海集团持有的云帆科技51%股权,交易作价3亿元。") == [([], ["云帆科技"])]
    assert deals("本次收购标的为星海集团的经营性资产及相关业务,交易作价3亿元。") == []


# 此次收购，B… / 收购完成后，A持有B… / A收购之时，…持有B…: a deal named only as a noun, its company in another clause.

def test_a_fronted_deal_noun_buys_the_company_whose_shares_follow():
    fact = one("此次收购,云帆热能100%股权估值约32亿元,较一年前增值近一倍。", "acquisition")
    assert roles(fact) == {"acquirer": [], "target": ["云帆热能"]}


def test_holdings_before_the_deal_name_its_target_not_its_buyer():
    assert deals("在本次收购之前,星海股份已持有东林材料60%的股权,其余股权由三名自然人持有。") == [([], ["东林材料"])]


def test_the_name_before_shou_gou_zhi_shi_buys_the_company_others_held():
    assert deals("北辰网络收购之时,王强、李明分别持有云帆游戏70%、30%的股权。") == [(["北辰网络"], ["云帆游戏"])]


def test_the_holder_after_a_completed_transfer_is_the_buyer():
    found = deals("截至6月30日,本次要约收购的股份过户手续已办理完毕,星海医药直接持有云帆药业40.5%的股份。")
    assert found == [(["星海医药"], ["云帆药业"])]


def test_a_capital_increase_noun_names_the_company_receiving_it():
    found = deals("此次增资扩股完成后星海集团持有云帆新能源的股份比例会从全资降到51%。", "investment")
    assert found == [([], ["云帆新能源"])]


def test_a_deal_noun_with_no_company_shares_or_a_deal_read_otherwise_adds_nothing():
    assert deals("本次收购完成后,北辰集团将进一步聚焦主业。") == []
    # (the former actual controller, a person after his title, is the seller)
    assert deals("北辰集团收购前实控人张明所持东林材料30%股权。") == [(["北辰集团"], ["东林材料"], ["张明"])]

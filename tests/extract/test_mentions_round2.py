"""Organisation mentions with exact boundaries (round 2): what is glued before or after a name, and
short names given in brackets. Every sentence was written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def mentions(text: str):
    return extract("t", text, "2025-06-30").mentions


def names(text: str) -> list[str]:
    return [m.text for m in mentions(text)]


def test_a_time_word_after_a_year_closes_the_date_before_a_name():
    found = names("2023年年底澜舟资产仍未进入青松科技前十大股东。")
    assert "澜舟资产" in found and "底澜舟资产" not in found
    assert "青禾科技" in names("今年3月初青禾科技宣布收购澜石电子。")


def test_a_verb_of_learning_is_no_part_of_the_name_after_it():
    found = names("记者获知澜舟化工股份有限公司拟收购青禾物流有限公司。")
    assert "澜舟化工股份有限公司" in found and "知澜舟化工股份有限公司" not in found


def test_an_adjective_head_after_a_stop_word_or_a_preposition_is_a_name():
    assert "恒久科技" in names("据恒久科技的公告,公司已完成增资。")
    assert "平安信托" in names("其中,大股东平安信托持股比例升至41%。")


def test_an_adjective_head_glued_to_a_noun_stays_no_name():
    assert "恒久科技" not in names("这家企业追求恒久科技创新。")


def test_a_verb_of_saying_opens_a_clause_before_its_subject():
    found = names("青禾股份发布回复公告,称澜川星海收购青禾股份的资金来自自有资金。")
    assert "澜川星海" in found and "称澜川星海" not in found


def test_a_short_name_after_a_colon_in_brackets_is_read():
    found = names("澜石网络以2亿元收购浙江青禾云链有限公司(下称:禾舟互联)20%的股权。")
    assert "禾舟互联" in found and "浙江青禾云链有限公司" in found


def test_a_short_name_in_brackets_carries_the_full_names_key():
    found = mentions("澜舟控股有限公司(以下简称“澜舟”)宣布收购青禾科技51%股权。澜舟表示,交易年内完成。")
    full = next(m for m in found if m.text == "澜舟控股有限公司")
    short = [m for m in found if m.text == "澜舟"]
    assert len(short) == 2
    assert all(m.key == full.key and m.canonical == "澜舟控股有限公司" for m in short)


def test_a_short_name_in_brackets_names_the_organisation_only_from_there_on():
    found = mentions("《青松远航收购方案》已公布。董事会同意收购青松远航物流有限公司(简称青松远航)全部股权。")
    full = next(m for m in found if m.text == "青松远航物流有限公司")
    assert all(m.start > full.start for m in found if m.text == "青松远航" and m.key == full.key)
    assert any(m.text == "青松远航" and m.start > full.end and m.key == full.key for m in found)


def test_a_subject_before_a_deal_ends_at_a_stop_word_inside_it():
    found = names("10月,澜川通资金主要增持了青禾股份、澜石科技等个股。")
    assert "澜川通" in found and "澜川通资金主要" not in found


def test_a_subject_keeps_a_noun_stop_word_that_ends_it():
    assert "青禾生态" in names("2021年,青禾生态以自筹资金9000万元收购澜石环境80%股权。")


def test_the_name_after_by_names_who_pays_or_holds():
    found = names("其中,由青禾慧远出资5000万元收购澜石电子35%股权,最终由澜川远景持有青松物流全部股权。")
    assert "青禾慧远" in found and "澜川远景" in found


def test_the_name_whose_holding_is_measured_after_dui():
    assert "澜石金泰" in names("这使青松保险对澜石金泰的持股比例由0.5%上升至2%。")


def test_a_count_with_its_classifier_opens_no_name():
    found = names("青禾电器打算同时收购三家公司的股权。")
    assert "三家公司" not in found
    assert "两家国外" not in names("澜石集团以80亿元收购两家国外的零部件制造商。")


def test_a_category_noun_opening_a_deal_slot_is_cut_off():
    found = names("澜石纸业参股公司青禾多多在纳斯达克上市。")
    assert "青禾多多" in found and "公司青禾多多" not in found


def test_a_price_or_a_time_after_a_deal_verb_is_no_name():
    found = names("澜石医药买下两家医院七成股份,收购价分别是4200万元和680万元。")
    assert not any(n.startswith("价") for n in found)
    assert "时所支付" not in names("创始股东将按当初收购时所支付的价款回购。")


def test_agreements_notices_and_hedged_verbs_are_no_names():
    assert "资产框架协议" not in names("双方签订了收购资产框架协议,拟受让青禾数据51%的股权。")
    assert "澜川系可能会" not in names("澜川系可能会再次增持该公司的股票。")
    assert "散户却" not in names("今天机构净卖出100万股,而散户却净买入90万股。")


def test_a_price_a_manner_or_the_shares_open_no_object():
    found = names("澜石电器本轮增持股份账面收益或超200万元。")
    assert not any(n.startswith("股份") for n in found)
    assert not any(n.startswith("形式") for n in names("计划通过受让形式取得青禾光电51%股权。"))


def test_two_or_several_with_zhi_is_a_count_but_three_squirrels_may_be_a_brand():
    assert "两只产品" not in names("澜石基金买入青禾矿业;两只产品合计持有3000万股。")


def test_if_opens_a_clause_before_its_subject():
    assert "果要" not in names("如果要完成收购澜川光电的部分股权,青禾国资还需出资。")


def test_a_verb_after_a_place_is_no_trade_word_of_a_registered_name():
    found = names("大股东青州市国资委拟组建交通控股集团。")
    assert "青州市国资委拟组建交通控股集团" not in found
    assert "湖州盛和云端科技有限公司" in names("收购湖州盛和云端科技有限公司20%的股权。")


def test_registered_capital_is_no_organisation():
    assert "注册资本" not in names("新公司将于本月设立,注册资本50亿元。")


def test_a_full_name_met_again_after_a_glued_word_is_read_whole():
    found = mentions("澜景科技发布公告。青禾资本持有的股份,占澜景科技总股本的三成。")
    again = [m for m in found if m.start > 10 and "澜景" in m.text]
    assert [m.text for m in again] == ["澜景科技"]


def test_a_dictionary_noun_opening_a_subject_keeps_its_first_character():
    assert "酒钢不锈" in names("2021年,酒钢不锈宣布拟收购澜石镍业51%股权。")  # 酒钢: a dictionary noun


def test_no_still_cuts_a_phrase():
    assert not any("不超过" in n for n in names("2021年,澜石不超过宣布拟收购青禾镍业51%股权。"))


def test_the_name_whose_shares_are_bought_after_a_stop_word():
    assert "青禾照明" in names("2015年,澜石电器通过收购王某手中的青禾照明股权,成为第一大股东。")
    assert "澜川影视" in names("澜石传媒全资收购剧集制作方澜川影视的股权。")


def test_a_holder_or_a_kind_before_shares_is_no_company():
    found = names("2015年,澜石电器通过收购王某手中的股权,获得控制性股权。")
    assert not any(n.endswith(("手中", "控制性")) for n in found)


def test_a_joining_character_right_after_a_verb_opens_the_name():
    found = names("青松热力以4.7亿元收购和润节能有限责任公司70%股权。")
    assert "和润节能有限责任公司" in found and "润节能有限责任公司" not in found


def test_a_joining_character_after_a_noun_still_joins_two_names():
    found = names("澜石公司与青禾科技有限公司签约。")
    assert "青禾科技有限公司" in found and "与青禾科技有限公司" not in found


def test_any_word_given_as_a_short_name_in_brackets_names_the_organisation():
    found = mentions("青松热力收购和润节能有限公司(下称和润节能)七成股权。和润节能随后更名。")
    full = next(m for m in found if m.text == "和润节能有限公司")
    short = [m for m in found if m.text == "和润节能"]
    assert len(short) == 2 and all(m.key == full.key for m in short)


def test_a_joiner_after_a_verb_that_is_no_deal_verb_is_the_preposition():
    assert names("同一天，澜石汽车宣布与青禾集团深化合作。") == ["澜石汽车", "青禾集团"]

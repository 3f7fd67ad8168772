"""Organisation mentions with exact boundaries (round 3): countries before foreign names, what is
glued after a name, shares named after a company. Every sentence was written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def mentions(text: str):
    return extract("t", text, "2025-06-30").mentions


def names(text: str) -> list[str]:
    return [m.text for m in mentions(text)]


def test_a_country_glued_before_a_foreign_name_is_part_of_it():
    found = names("2016年,澜石汽车收购了德国Ambau。")
    assert "德国Ambau" in found and "Ambau" not in found
    found = names("去年,日本伊藤忠和青松物流联合收购了澜舟汽车。")
    assert "日本伊藤忠" in found


def test_a_country_written_apart_or_glued_to_a_word_stays_outside():
    found = names("澜石科技拟收购法国Belle Rive SAS 35%股权。")
    assert "Belle Rive SAS" in found and "法国Belle Rive SAS" not in found


def test_a_name_with_its_country_is_the_same_organisation_as_without():
    doc = extract("t", "青松医疗收购了法国Lumiora。Lumiora去年营收增长三成。", "2025-06-30")
    keys = {m.key for m in doc.mentions if m.text.endswith("Lumiora")}
    assert len(keys) == 1


def test_a_word_for_a_company_s_numbers_after_its_name_names_no_subsidiary():
    found = names("去年,华为作价12亿元收购澜石网络100%股权。")
    assert "华为" in found and "华为作价" not in found
    assert "华为业绩" not in names("受此影响,华为业绩并表后大幅增长。")


def test_a_place_after_a_known_name_still_names_its_subsidiary():
    assert "华为海洋" in names("青松资本收购华为海洋51%股权。")


def test_shares_after_a_name_the_document_also_writes_alone_are_that_company_s():
    found = names("青松资本看好澜舟优学的前景,不排除继续增持澜舟优学股份的可能。")
    assert "澜舟优学" in found and "澜舟优学股份" not in found


def test_a_listed_company_s_short_name_with_shares_stays_whole():
    found = names("禾川股份公告,控股股东禾川集团拟继续增持禾川股份。")
    assert found.count("禾川股份") == 2


def test_a_price_per_share_is_no_part_of_the_name_after_it():
    found = names("青松资本提出以每股澜星股份12美元的价格收购澜星股份。")
    assert "股澜星股份" not in found


def test_a_predicate_after_a_bought_name_is_no_part_of_it():
    found = names("去年公司收购澜石新材产能增加,带动营收增长。")
    assert "澜石新材" in found and "澜石新材产能增加" not in found
    found = names("青松股份收购禾星再告失败、澜舟集团收购青苗科技30%股权告吹。")
    assert "禾星" in found and "禾星再告失败" not in found


def test_a_name_before_brackets_keeps_its_last_word():
    found = names("青松控股去年通过自有资金收购澜海支付(原杭州澜海信息技术有限公司)100%股权。")
    assert "澜海支付" in found


def test_a_name_and_hong_kong_name_a_subsidiary_seated_there():
    found = names("青松科技全资子公司青松香港拟与澜石资本共同收购禾川医疗100%股权。")
    assert "青松香港" in found
    found = names("澜海网络宣布,全资子公司澜海香港将收购禾苗传媒。")
    assert "澜海香港" in found


def test_hong_kong_before_a_further_name_word_is_no_seat():
    assert "青松香港" not in names("青松香港地产去年收购了澜石物业。")


def test_digits_glued_after_a_latin_name_before_a_percent_sign_are_the_stake():
    found = names("去年,澜石互娱以9300万美元收购Lumora61.53%股权。")
    assert "Lumora" in found
    found = names("青松集团收购了全球最大的独立储能企业美国BRIGHTEXPOWERLAB51%的股份。")
    assert "美国BRIGHTEXPOWERLAB" in found


def test_digits_inside_a_latin_name_stay():
    found = names("青松汽车宣布与Model3的供应商Lumora达成合作。")
    assert "Model3" in found and "Model" not in found


def test_two_known_names_glued_together_name_their_joint_venture():
    found = names("消息称,宝马拟将其在华晨宝马的持股比例提高至75%。")
    assert "华晨宝马" in found and "华晨" not in found
    found = names("青松资本拟增持广汽丰田的股份。")
    assert "广汽丰田" in found and "丰田" not in found
    assert "华晨-宝马" in names("去年,青松资本一度想增持华晨-宝马的股份。")


def test_known_names_in_a_list_stay_apart():
    found = names("宝马、华晨和腾讯均未回应。")
    assert "宝马" in found and "华晨" in found


def test_an_asset_manager_before_its_manager_s_name_is_an_organisation():
    found = names("青松资本减持了禾川科技;朦胧资产葛青东在三季度新进了澜石科技前十大股东。")
    assert "朦胧资产" in found and "葛青东" in found


def test_a_common_phrase_before_a_manager_s_name_is_no_firm():
    found = names("除此之外,其他资产葛青东在三季度均未减持。")
    assert "葛青东" in found and "其他资产" not in found


def test_a_city_the_dictionary_reads_as_another_word_opens_a_registered_name():
    found = names("截至6月底,大连和瑞控股集团有限公司已增持青松股份股票1200万股。")
    assert "大连和瑞控股集团有限公司" in found
    assert "合肥澜石科技有限公司" in names("公司拟收购合肥澜石科技有限公司60%股权。")


def test_two_bought_names_split_at_the_last_joiner():
    found = names("青松股份宣布将收购澜石祥和泰和禾川海洋少数股东持有的股份。")
    assert "澜石祥和泰" in found and "禾川海洋" in found


def test_a_name_after_a_category_noun_in_a_deal_s_slot_may_open_with_an_adjective():
    found = names("去年公司耗资9亿元收购江苏连锁超市龙头新兴百货80%股权。")
    assert "新兴百货" in found and "江苏连锁超市龙头新兴百货" not in found


def test_a_known_name_and_a_trade_adjective_before_a_deal_verb_name_a_subsidiary():
    found = names("今年3月,腾讯健康以12亿元收购澜石医疗51%股权。")
    assert "腾讯健康" in found


def test_an_adverbial_adjective_after_a_known_name_is_no_part_of_it():
    found = names("2019年,腾讯成功收购澜石医疗51%股权。")
    assert "腾讯" in found and "腾讯成功" not in found
    assert "腾讯健康" not in names("腾讯健康发展离不开用户的信任。")


def test_a_stop_character_that_opens_a_word_opens_the_name():
    found = names("如意集团去年宣布收购如意科技51%股权。")
    assert "如意集团" in found and "如意科技" in found
    found = names("如青松科技收购澜石传媒,双方将共同受益。")
    assert "青松科技" in found and "如青松科技" not in found


def test_a_stop_word_inside_a_longer_noun_does_not_cut_a_registered_name():
    found = names("去年,公司以2亿元收购杭州澜石国际供应链管理有限公司60%股权。")
    assert "杭州澜石国际供应链管理有限公司" in found


def test_a_particle_inside_a_name_word_does_not_break_a_registered_name():
    found = names("2015年,青松汽车收购了安徽美的物流有限公司的全部股权。")
    assert "安徽美的物流有限公司" in found


def test_within_a_span_of_time_is_no_part_of_the_name_after_it():
    found = names("按计划,未来1年内澜石信托投资总规模预计不超50亿元。")
    assert "澜石信托" in found and "内澜石信托" not in found


def test_a_one_character_stop_inside_a_bought_name_is_passed_over():
    found = names("3月,澜石光学以1200万元现金收购了苏州为森额外12.5%的股权。")
    assert "苏州为森" in found


def test_a_place_after_a_bought_name_still_ends_it():
    found = names("青松地产联合澜石资本收购禾川在华东地区的12座商场。")
    assert "禾川在华东地区" not in found


def test_a_club_is_an_organisation():
    found = names("2017年,青松集团全资收购了西班牙澜城足球俱乐部(下称“澜城”)。")
    assert "西班牙澜城足球俱乐部" in found
    assert "澜城足球俱乐部" in names("据悉,澜城足球俱乐部昨日宣布更换主教练。")


def test_the_written_particle_before_a_stake_is_no_part_of_the_name():
    found = names("青松机器人公布,收购Lumora之80%股权的对价已全额支付。")
    assert "Lumora" in found and "Lumora之" not in found

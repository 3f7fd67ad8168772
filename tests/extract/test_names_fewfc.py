"""Organisation mentions found while studying FewFC misses, each rule tested on a sentence written
for this file (none of these organisations is in the lexicon)."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def names(text: str) -> list[str]:
    return [m.text for m in extract("t", text, "2025-06-30").mentions]


def test_trade_words_before_a_legal_ending_belong_to_the_name():
    assert "深圳市澜石投资管理有限公司" in names("控股股东深圳市澜石投资管理有限公司与其一致行动人合计持股。")
    assert "杭州栖雁企业管理咨询有限公司" in names("受让方为杭州栖雁企业管理咨询有限公司,对价为2亿元。")


def test_a_trade_word_followed_by_a_name_still_cuts_it():
    assert "澜石科技有限公司" in names("青松投资澜石科技有限公司。")


def test_an_adjective_may_open_a_name_with_a_legal_ending():
    assert "辉澜商务有限公司" in names("集团通过全资子公司辉澜商务有限公司收购了该资产。")


def test_a_partnership_is_an_organisation():
    assert "北京睿澜财富投资合伙企业" in names("张三和北京睿澜财富投资合伙企业签订了协议。")


def test_this_time_is_no_part_of_the_name_after_it():
    assert "澜创证券" in names("此次澜创证券计划收购青松证券股权。")


def test_a_hong_kong_code_marks_a_name():
    assert "澜石置业" in [m.text for m in extract("t", "双方与澜石置业(港股00817)签署协议。").mentions
                         if m.kind == "organization"]


def test_shares_held_are_named_after_hold():
    assert "澜石药业" in names("交易完毕后,青松集团直接持有澜石药业 43.03%的股份。")


def test_a_subject_stops_before_an_adverb():
    assert "澜石动漫" in names("上市同年,澜石动漫一口气收购了两家公司。")
    assert "澜石股份" in names("2018年5月澜石股份就曾发布公告称拟收购一家公司。")


def test_a_short_head_before_a_weak_ending_is_a_name():
    assert "澜亚投资" in names("控股股东向澜亚投资转让公司5%股权。")
    assert "聚澜新能源" in names("公司增持了聚澜新能源的股份。")


def test_a_common_word_before_a_weak_ending_is_no_name():
    assert names("公司拟加大股权投资,发展清洁能源。") == []


def test_a_verb_glued_before_a_name_is_cut_off():
    assert "澜上股份" in names("深交所要求澜上股份说明购买土地的意图。")


def test_industry_endings_close_names():
    found = names("澜石药业与澜亚信托共同出资设立了一家公司。")
    assert "澜石药业" in found and "澜亚信托" in found


def test_a_short_distinctive_head_before_company_is_a_name():
    assert "澜中公司" in names("澜中公司拥有三座水电站。")
    assert not [n for n in names("该公司和上市公司均未回应。") if n.endswith("公司")]


def test_a_brand_noun_listed_beside_known_names_is_a_name():
    assert "五粮液" in names("资金买入了澜石银行、五粮液、青松光电等个股。")


def test_a_code_with_a_space_or_a_market_letter_marks_a_name():
    assert "澜石达" in names("澜石达( 300465)公告称拟收购一家公司。")
    assert "青松美凯" in names("青松美凯(01528-HK)公告称拟收购一家公司。")


def test_all_of_the_shares_after_a_name_make_it_a_deal_object():
    assert "贝澜米" in names("青松乳业将以每股12.65澳元收购贝澜米全部的股份。")


def test_a_classifier_inside_a_long_legal_name_does_not_cut_it():
    assert "青松美凯家居集团股份有限公司" in names("公司公告,青松美凯家居集团股份有限公司将增持股份。")
    assert "澜石科技有限公司" in names("旗下一家澜石科技有限公司完成了融资。")


def test_a_long_legal_name_is_found_whole():
    assert "北京泰澜康医疗生物技术有限公司" in names("公司以1.8亿元收购北京泰澜康医疗生物技术有限公司4%股权。")


def test_controlling_stake_is_no_name_ending():
    assert "潍坊澜泽复合材料有限公司" in names("2024年,星河电子宣布收购潍坊澜泽复合材料有限公司控股权。")


def test_latin_legal_endings_belong_to_the_name():
    assert "Lanshi Mode SAS" in names("青松集团以3534万欧元收购Lanshi Mode SAS 60%股权。")
    assert "Qingsong Holding AG" in names("青松集团收购Qingsong Holding AG的全部股权。")


def test_the_maker_of_an_investment_opens_its_clause():
    assert "青岛澜石" in names("公告显示,青岛澜石向青松控股投资7亿元。")
    assert "合肥澜安" in names("2017年4月30日,合肥澜安与青松财险签署协议,共同出资成立公司。")


def test_the_name_right_before_a_stake_is_a_company():
    assert "上海澜捷" in names("青松股份完成了隔膜企业上海澜捷90.08%股权的收购。")


def test_a_stake_after_a_remainder_word_names_no_company():
    assert not [n for n in names("青松能源还要收购LanRun剩余49.74%的股份。") if "剩余" in n]


def test_a_known_name_strictly_inside_a_fuller_name_yields_to_it():
    found = names("青松集团收购其持有的上海信托97.33%的股权。")
    assert "上海信托" in found and "海信" not in found


def test_a_subject_stops_before_words_that_follow_subjects():
    assert "德国澜众" in names("去年,德国澜众一度想增持青松汽车的股份。")


def test_a_subject_ends_with_the_last_ending_inside_it():
    assert "澜恒股份" in names("澜恒股份资产购买事项未获通过。")


def test_a_special_treatment_mark_opens_a_listed_company_name():
    assert "*ST澜森" in names("9月12日,*ST澜森公告称,拟收购青松科技。")
    assert "ST澜基" in names("2018年5月,ST澜基与青松公司签约。")


def test_a_known_name_yields_to_its_fuller_name_with_a_weak_ending():
    from dealgraph import lexicon

    assert lexicon.load().lookup("京东") is not None
    found = names("去年,京东金融与青松资本签署了合作协议。")
    assert "京东金融" in found and "京东" not in found


def test_investors_is_no_deal_verb_before_a_name():
    assert "者共" not in names("青松香港拟与澜锋金融等投资者共同收购一家美国公司。")


def test_a_weak_ending_used_as_a_verb_or_before_a_noun_ends_no_name():
    assert not [n for n in names("今年初,澜泽港投资了56亿元用于收购一家工厂。") if n.endswith("投资")]
    assert not [n for n in names("而个人投资者认购了股票。") if n.endswith("投资")]


def test_a_verb_before_a_stock_code_name_is_cut_off():
    assert "澜亿通" in names("控股股东拟减持澜亿通(300423)股份。")


def test_a_subject_stops_before_says_or_based_on():
    assert "中国澜寿" in names("根据公告,中国澜寿基于对青松科技的看好,增持了其股份。")
    assert "澜努尔" in names("澜努尔称由于去年收购失败,业绩下滑。")


def test_a_preposition_glued_before_a_name_is_cut_off():
    assert "澜久科技" in names("据澜久科技的公告,公司已于去年收购一家企业。")


def test_a_category_noun_inside_a_cued_name_introduces_the_name_after_it():
    found = names("青松资本以2亿元收购中国支付公司澜银信80%股权。")
    assert "澜银信" in found and "中国支付公司澜银信" not in found


def test_a_subject_stops_before_an_adverb_glued_to_its_verb():
    assert "德澜润达" in names("德澜润达原计划收购青松照明持有的股权。")


def test_a_name_after_a_deal_verb_stops_before_shi():
    assert "石澜华燕" in names("2017年收购石澜华燕时,就已实现增长。")


def test_a_known_name_with_gufen_is_the_fuller_name():
    assert "奇瑞股份" in names("青松资本拟向奇瑞股份投资10亿元。")


def test_a_known_name_with_two_more_characters_names_a_subsidiary():
    assert "华为澜洋" in names("青松科技拟以10亿元收购华为澜洋51%股权。")
    assert "华为" in names("华为方面表示,将继续投资。")


def test_a_coined_head_may_open_with_a_character_that_opens_no_context_name():
    assert "新澜股份" in names("新澜股份以2亿元收购青松科技。")


def test_a_year_after_a_weak_ending_does_not_make_it_a_verb():
    assert "澜汐能源" in names("澜汐能源2021年初涉足储能业务。")
    assert not [n for n in names("澜驰投资2亿元。") if n.endswith("投资")]


def test_gufen_after_a_name_with_its_own_ending_is_its_shares():
    found = names("青松资本通过集中竞价增持澜园集团股份6618万股。")
    assert "澜园集团" in found and "澜园集团股份" not in found
    assert "澜马股份" in names("青松资本收购澜马股份的资金来源受到问询。")


def test_a_rumour_tag_or_a_title_is_no_name():
    assert names("传闻:青禾科技:控股方考虑引进央企战略投资人。") == ["青禾科技"]


def test_a_name_starts_after_a_party_to_a_suit_or_after_all():
    assert "澜天环境" in names("原告要求第二被告澜天环境购买其持有的股份。")
    assert "澜奥股份" in names("青松资本所持有的全部澜奥股份的股份。")


def test_a_country_opening_a_clause_before_a_latin_name_belongs_to_it():
    assert "美国ARX" in names("储能设备制造商:美国ARX、韩国澜星等。")


def test_a_verb_standing_apart_before_a_strong_ending_is_a_name():
    assert "运澜科技" in names("公告显示,运澜科技于3月18日与星河电子签订了协议。")
    assert not [n for n in names("公司将加强科技创新,发展医疗产业。") if n.endswith(("科技", "医疗"))]


def test_trade_endings_of_industry_name_only_a_coined_head():
    assert "澜士照明" in names("澜士照明发布公告称,拟出售部分资产。")
    assert not [n for n in names("公司主营休闲食品、智能家居和绿色照明。") if n.endswith(("家居", "照明"))]

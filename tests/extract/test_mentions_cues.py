"""Organisation and person mentions from the cues of financial news, each rule tested on sentences
written for this file."""

from __future__ import annotations

from dealgraph.extract import wordlist
from dealgraph.extract.pipeline import extract


def names(text: str) -> list[str]:
    return [m.text for m in extract("t", text, "2025-06-30").mentions]


def test_a_rare_dictionary_word_opening_a_deal_clause_is_a_name():
    assert wordlist.is_rare_word("安进") and not wordlist.is_rare_word("投资")
    assert "安进" in names("上个月,安进以12亿美元现金收购澜石生物30%股权。")


def test_a_frequent_word_opening_a_deal_clause_stays_no_name():
    assert "发展" not in names("上个月,发展以12亿美元现金收购澜石生物30%股权。")


def test_a_short_run_before_a_stock_code_is_the_whole_name():
    assert "日海智能" in names("澜石科技、日海智能(002999.SZ)均宣布收购计划。")
    assert "超图软件" in names("同日,超图软件(300999.SZ)公告收购一家测绘公司。")


def test_a_verb_before_a_stock_code_name_is_still_cut_off():
    found = names("基金持有万科(000002)股票。")
    assert "万科" in found and "持有万科" not in found


def test_a_noun_before_an_announcement_is_a_name():
    assert "绿地" in names("上周五,绿地发布公告称,拟以5亿元收购澜石物业60%股权。")
    assert "智慧能源" in names("今年3月,智慧能源发布公告,拟收购青松电缆全部股权。")


def test_a_time_word_before_an_announcement_is_no_name():
    found = names("同日发布公告称,拟收购澜石科技全部股权。")
    assert "同日" not in found and "澜石科技" in found


def test_a_place_in_brackets_belongs_to_the_name():
    found = names("股东上海澜石物流(集团)股份有限公司和青松银行均参与认购。")
    assert "上海澜石物流(集团)股份有限公司" in found and "青松银行" in found
    assert "汇石聚澜(温州)资产管理有限公司" in names("被告汇石聚澜(温州)资产管理有限公司未到庭。")


def test_a_place_in_brackets_may_close_a_name():
    found = names("公司拟收购澜石科技(香港)和青松控股的股权。")
    assert "澜石科技(香港)" in found and "青松控股" in found


def test_a_bracketed_word_that_is_no_place_joins_nothing():
    assert "澜石科技(合作)" not in names("公司拟收购澜石科技(合作)的股权。")


def test_a_name_joined_to_a_known_organisation_is_a_name():
    found = names("基金增持了青松药业与金川街;减持了澜石股份。")
    assert "金川街" in found and "青松药业" in found
    assert "陕燃气" in names("其次是陕燃气和澜石银行,分别增持0.5亿股。")


def test_a_phrase_joined_to_a_known_organisation_is_no_name():
    found = names("他减持了澜石科技,却惜售和加仓青松股份。")
    assert "却惜售" not in found
    assert not any(n.startswith("投资者") for n in names("青松科技与投资者沟通了方案。"))


def test_a_place_before_he_is_no_name_of_its_own():
    assert "深圳市" not in names("深圳市和澜达精密设备有限公司拟收购青松光电。")


def people(text: str) -> list[str]:
    return [m.text for m in extract("t", text, "2025-06-30").mentions if m.kind == "person"]


def test_a_name_before_an_honorific_or_a_title_is_a_person():
    assert people("董事会根据罗青鸣女士提交的文件作出回复。") == ["罗青鸣"]
    assert people("王青辉董事长表示,收购澜石光电看中的是技术。") == ["王青辉"]


def test_an_organisation_before_a_title_is_no_person():
    assert people("华为董事长表示将继续投入研发。") == []
    assert people("澜石集团董事长表示将继续投入研发。") == []


def test_a_fund_manager_after_the_fund_is_a_person():
    assert "葛青东" in people("混沌资产葛青东在三季度新进了澜石节能前十大股东。")


def test_a_person_before_acting_in_concert_is_a_person():
    assert "姜澜雄" in people("此后,姜澜雄及其一致行动人持股比例下降至28%。")


def test_a_latin_name_goes_on_over_its_legal_words_before_a_stake():
    assert "LANCE Silver Creek Pty Ltd" in names("协议在收购LANCE Silver Creek Pty Ltd51.2%股权后生效。")
    assert "Quartz Minerals" in names("青松锂业届时将持有Quartz Minerals6.1%的股份。")


def test_the_dot_of_an_abbreviated_legal_word_belongs_to_the_name():
    assert "Lanstar Systems Corp." in names("公司拟收购Lanstar Systems Corp.26%股份。")
    assert "Blue Sofa Depot, Inc." in names("标的公司Blue Sofa Depot, Inc.(以下简称BSD)已签署协议。")


def test_capital_words_and_ampersands_join_a_latin_name():
    assert "LAN-STONE MOBILE TRADING LIMITED" in names("拟收购LAN-STONE MOBILE TRADING LIMITED 60%股权。")
    found = names("公司买下了Stone & Reed 、Pine & Lake等品牌。")
    assert "Stone & Reed" in found and "Pine & Lake" in found


def test_a_known_latin_name_yields_to_its_full_legal_name():
    found = names("青松科技收购Nvidia Europe B.V.全部股权。")
    assert "Nvidia Europe B.V." in found and "Nvidia" not in found


def test_a_stop_character_that_opens_a_noun_stays_in_the_name():
    assert "澜石时代" in names("2017年收购澜石时代100%股权后进入教育行业。")


def test_a_preposition_character_may_open_a_name_in_a_deal_slot():
    assert "比澜动力" in names("交易对方收购所持有的比澜动力股权,作价10亿元。")
    found = names("公司拟收购由青松集团持有的澜石科技51%股权。")
    assert "澜石科技" in found and not any(n.startswith("由") for n in found)


def test_an_adjective_may_open_a_coined_name_in_a_deal_slot():
    assert "新澜能源" in names("公司拟购买其持有的新澜能源32.81%股权。")
    assert "新设公司" not in names("公司拟收购新设公司51%股权。")


def test_any_word_given_a_short_name_is_a_name():
    found = names("公司拟收购北京天元澜石塑料制品有限公司(简称“天元澜石”)76%的股权。")
    assert "天元澜石" in found
    assert names("双方签署了协议(以下简称“重组协议”)。") == []


def test_the_agent_after_bei_and_the_party_after_xiang_are_names():
    assert "联合澜华" in names("这家牙膏厂被联合澜华收购后,品牌逐渐淡出。")
    assert "上海澜拜" in names("青松集团将向上海澜拜转让其持有的澜石科技100%的股权。")


def test_two_parties_after_xiang_are_split():
    found = names("公司拟向澜石国际及青松精选购买其持有的澜石能源32%股权。")
    assert "澜石国际" in found and "澜石国际及青松精选" not in found


def test_a_stock_before_its_largest_holders_is_a_name():
    found = names("青松人寿新进澜石茅台前十大流通股股东,持股0.3%。")
    assert "澜石茅台" in found and "青松人寿新进澜石茅台" not in found
    assert "澜安银行" in names("目前北向资金已经位列澜安银行第二大流通股股东。")


def test_executives_are_no_name():
    assert "高管" not in names("澜石股份本月获高管合计增持1400万元。")


def test_the_company_of_a_deal_named_as_a_noun_is_a_name():
    assert "康澜中国" in names("青松医药去年完成了对康澜中国的收购,整合其业务。")
    assert "凯澜旅游" in names("集团旗下公司完成对凯澜旅游的战略投资。")
    assert "天津澜育" in names("公司拟以6亿元对天津澜育进行投资。")


def test_a_common_phrase_before_a_nominal_deal_is_no_name():
    found = names("市场对此次交易的收购价格存在疑虑。")
    assert not any("交易" in n for n in found)


def test_the_name_before_an_organisation_officer_is_a_name():
    assert "威澜通" in names("2016年2月,威澜通首席执行官、股东鲜某赴上海洽谈。")
    assert names("公司控股股东拟增持股份。") == []
    assert people("王青松董事长表示看好公司发展。") == ["王青松"]


def test_a_subject_before_holds_or_towards_opens_a_deal_clause():
    assert "洛阳澜宝" in names("此外,洛阳澜宝持有青松矿业40%股权,目前正在收购另一家矿业公司。")
    assert "京沪澜铁" in names("10月25日,京沪澜铁提交招股说明书,计划将募资用于收购青松公司65%股权。")


def test_the_last_item_of_a_list_after_he_is_a_name():
    found = names("其中,澜石药业、青松客车、澜花智控和家澜悦等4只个股获社保基金增持。")
    assert "家澜悦" in found and "澜花智控" in found


def test_a_rare_verb_may_open_a_subject():
    assert "安进药品" in names("一份声明显示,安进药品将以12亿美元现金收购澜石生物20%的股权。")


def test_a_report_word_before_a_fund_is_no_part_of_it():
    found = names("这些个股在三季报社保基金增持名单之中。")
    assert "社保基金" in found and "三季报社保基金" not in found


def test_a_registered_name_opens_with_its_place_over_short_stop_characters():
    assert "济宁如澜品牌管理有限公司" in names("公司将收购济宁如澜品牌管理有限公司60%股权。")
    assert "浙江盛和云端科技有限公司" in names("公司拟收购浙江盛和云端科技有限公司20%的股权。")
    assert "深圳市和澜达精密设备股份有限公司" in names("公司与深圳市和澜达精密设备股份有限公司签约。")


def test_a_preposition_or_a_second_place_still_separates_two_names():
    found = names("青岛五道澜向澜瑞控股投资75亿元。")
    assert not any(n.startswith("青岛") and n.endswith("控股") for n in found)
    found = names("北京和上海澜石科技有限公司都在招聘。")
    assert "上海澜石科技有限公司" in found and "北京和上海澜石科技有限公司" not in found


def test_acting_in_concert_is_no_part_of_the_name_after_it():
    found = names("控股股东及一致行动人北京澜方银联投资管理有限公司合计增持1%股份。")
    assert "北京澜方银联投资管理有限公司" in found


def test_a_subject_ends_before_a_verb_of_decision_or_funding():
    found = names("青松蓝多发布公告称,青松蓝多决定终止收购澜石咨询有限公司60%股权。")
    assert "青松蓝多" in found and not any(n.endswith("终止") for n in found)
    assert "京沪澜铁" in names("京沪澜铁募集资金收购青松安徽的股权。")


def test_a_preposition_before_a_date_is_no_part_of_the_subject():
    found = names("作为龙头企业,澜石华强自2015年开始不断拓展,通过收购湘澜电子、鹏澜电子等公司完成布局。")
    assert "澜石华强" in found and "澜石华强自" not in found


def test_a_trade_word_and_gongsi_after_a_latin_name_belong_to_it():
    assert "NewLan油气公司" in names("公司此次增资是为了收购加拿大的NewLan油气公司,并增加产能。")
    assert "LT&T 公司" in names("青松精测收购 LT&T 公司 30%股权。")


def test_a_verb_between_a_latin_name_and_gongsi_keeps_them_apart():
    found = names("旗下子公司LSCI拟受让公司参股的PCH 80%股权。")
    assert "LSCI" in found and not any(n.startswith("LSCI拟") for n in found)


def test_a_limited_partnership_ends_before_its_form():
    assert "北京锦澜投资中心" in names("公司与北京锦澜投资中心(有限合伙)就股份转让签署协议。")
    assert "腾澜长三角(温州)澜石合伙企业" in names("投资方包括腾澜长三角(温州)澜石合伙企业(有限合伙)。")


def test_a_sister_company_is_not_taken_for_a_short_name():
    found = names("澜珠医疗仅收购澜珠商业30%的股权。")
    assert "澜珠商业" in found and "澜珠" not in found
    assert "宇澜" in names("宇澜科技成立于2016年。宇澜再次获得融资。")


def test_a_known_name_yields_to_its_subsidiary_before_a_stake():
    found = names("青松汽车拟购买腾讯解放60%股权,作价约27亿元。")
    assert "腾讯解放" in found and "腾讯" not in found
    assert "华为海澜" in names("公司拟收购华为海澜25%的股份。")


def test_a_known_name_before_a_stake_stays_itself():
    assert "腾讯" in names("公司拟收购腾讯15%的股权。")


def test_the_object_of_a_deal_ends_before_where_and_top_ten():
    found = names("青松联合澜石收购凯澜在华东的12家商场。")
    assert "凯澜" in found and not any(n.startswith("凯澜在") for n in found)
    found = names("澜石资产在三季度新进了鲁澜节能、千澜味业前十大,加仓了青松创新。")
    assert "千澜味业" in found and "千澜味业前十大" not in found
    assert "澜石在线" in names("公司收购澜石在线51%股权。")


def test_a_fund_manager_with_a_short_given_name_is_a_person():
    assert "赵澜" in people("青松投资掌门人赵澜管理的私募基金新进了三家公司。")


def test_a_bare_day_after_a_subject_is_no_part_of_it():
    found = names("澜翔青达8日午间公告称,控股股东拟在半年内增持股份。")
    assert "澜翔青达" in found and not any(n.endswith("日") for n in found)


def test_a_field_after_dui_is_no_company_but_a_company_there_is():
    assert names("集团计划今后加大对储能行业的投资。") == []
    assert names("澜汐电力将进一步加大对海上风电领域的投资。") == ["澜汐电力"]
    assert "青苗物流" in names("星河电子近日完成对青苗物流的收购。")


def test_an_industry_word_is_not_the_company_and_a_full_name_takes_no_verb_tail():
    assert names("中国建筑业产值继续增长。") == []
    assert names("天风证券宣告收购澜石科技30%股权。") == ["天风证券", "澜石科技"]
    assert names("中国银行宣布收购澜石科技。") == ["中国银行", "澜石科技"]

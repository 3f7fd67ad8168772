"""Names, round 7: names in apposition after a role noun, subjects before market words (复牌, 涨停 …), a
place before a known short name, people listed with 、. Every sentence was written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def mentions(text: str):
    return extract("t", text, "2025-06-30").mentions


def names(text: str) -> list[str]:
    return [m.text for m in mentions(text)]


def roles(text: str, ftype: str) -> list[dict[str, list[str]]]:
    return [{k: [m.text for m in v] for k, v in f.roles.items()}
            for f in extract("t", text, "2025-06-30").facts if f.type == ftype]


# --- a name in apposition after a role noun ----------------------------------------------------------------

def test_a_unit_named_after_its_role_noun_buys_even_when_it_opens_with_a_time_word():
    found = roles("此前，其控股孙公司当今云澜收购青禾科技30%股权。", "acquisition")
    assert found and found[0]["acquirer"] == ["当今云澜"] and found[0]["target"] == ["青禾科技"]


def test_the_buyer_after_shougouren_is_not_cut_with_ren():
    found = names("收购人北岭文化拟以现金收购青禾股份30%股权。")
    assert "北岭文化" in found and "人北岭文化" not in found


def test_a_holding_under_a_role_noun_is_no_name():
    found = names("澜达智能称，将用控股子公司名下厂房和2亿元现金作价买下青岭医疗45%股权。")
    assert not any(n.startswith("名下") for n in found)


def test_ordinary_words_after_a_role_noun_are_no_name():
    found = names("澜达能源公告，旗下各子公司核心管理人员合计30人已在二级市场买入本公司股票120万股。")
    assert "核心管理人员" not in found


def test_a_legal_name_after_a_role_noun_ends_at_its_legal_ending():
    found = names("青松科技拟向澜石集团有限公司及其全资子公司云岭电子有限公司发行股份购买长岭高新有限公司100%股权。")
    assert "云岭电子有限公司" in found and "发行股份" not in found


# --- a subject before what the market did with its shares ---------------------------------------------------

def test_a_short_name_before_fupai_is_the_subject_of_the_deal_after_it():
    found = roles("澜成青易复牌涨停，公司拟收购青岭矿业40%的股权。", "acquisition")
    assert found and found[0]["acquirer"] == ["澜成青易"]


def test_a_short_name_before_nenggou_is_a_name():
    assert "澜成青易" in names("收购完成后，澜成青易能够进一步扩大产能，并购买青岭矿业的设备。")


# --- a place before a known short name ----------------------------------------------------------------------

def test_a_city_before_a_short_name_names_the_company_seated_there():
    found = roles("青松股份收购了北京澜威，并连续对澜威半导体进行了增资。", "acquisition")
    assert found and found[0]["target"] == ["北京澜威"]


def test_a_city_glued_between_other_name_words_is_no_name_of_its_own():
    found = names("青松医药拟募集资金用于收购苏州澜威张江少数股权项目，澜威半导体表示支持。")
    assert "苏州澜威" not in found


def test_a_country_before_a_short_name_is_no_place_of_the_place_rule():
    from dealgraph.extract import mentions as m

    text = "澜威半导体公告，青松股份收购了美国澜威。"
    short = m.Mention(text.rindex("澜威"), len(text) - 1, "澜威", "organization", "name:澜威半导体", "short")
    assert m._placed(text, [short], m.rules())[0].text == "澜威"


# --- people listed with 、 ------------------------------------------------------------------------------------

def test_three_people_listed_with_dun_are_people():
    found = [(m.text, m.kind) for m in mentions("同样，周青、黄澜、李思宇、张敬也承诺，将拿出不少于5亿元购买澜石网络的股票。")]
    assert [n for n, k in found if k == "person"] == ["周青", "黄澜", "李思宇", "张敬"]


def test_a_list_of_places_is_no_list_of_people():
    assert not [m for m in mentions("北京、上海、广州均有门店，青松股份拟收购澜石零售。") if m.kind == "person"]


def test_two_person_shaped_words_make_no_list():
    from dealgraph.extract import mentions as m

    assert m._listed_people("王岚、陈默分别增持青禾股份100万股。", 0) == []
    assert [x.text for x in m._listed_people("王岚、陈默和刘子航分别增持青禾股份100万股。", 0)] == ["王岚", "陈默", "刘子航"]


# --- a joint venture's name: a short name glued to its partner's Latin name ------------------------------------

def test_a_short_name_glued_to_capital_letters_names_a_joint_venture():
    text = "澜安汽车于2015年3月完成收购澜安PSA中方股权，此后澜安PSA由澜安汽车与PSA集团对半持有。"
    assert names(text).count("澜安PSA") == 2
    found = roles(text, "acquisition")
    assert found and found[0]["target"] == ["澜安PSA"]


def test_a_title_or_event_after_a_short_name_is_no_joint_venture():
    found = names("澜安汽车公告，澜安CEO表示将收购青禾科技。")
    assert "澜安CEO" not in found and "澜安" in found


# --- a name before a bracket that gives its former or other name -------------------------------------------

def test_a_name_before_its_later_name_in_brackets_buys():
    found = roles("2019年，澜江化(青峰堂原名)启动资产重组，收购了青峰堂全部股权。", "acquisition")
    assert found and found[0]["acquirer"] == ["澜江化"]


def test_a_name_before_its_special_treatment_stock_name_is_a_name():
    assert "澜丽生态" in names("青松证券担任澜丽生态(*ST澜丽)收购青禾园林全部股权的财务顾问。")


def test_a_name_cut_by_a_broken_character_is_not_taken():
    assert "Z有限" not in names("澜\ufffdZ有限(澜\ufffdZ制药前身)于2020年以增资方式收购了青禾科技20%股权。")


# --- what a deal buys that is no company ------------------------------------------------------------------

def test_debt_bought_to_be_turned_into_shares_is_no_name():
    found = names("两家资产管理公司打算靠收购债权再转成股权来入股青禾钢铁。")
    assert not any(n.startswith("债权") for n in found)


def test_new_shares_a_company_issues_end_its_name():
    found = names("青松资本以持有的澜海物业100%股权认购澜石科技非公开发行股份。")
    assert "澜石科技" in found and not any("发行" in n for n in found)


# --- a list of names each with a remark in brackets -------------------------------------------------------

def test_items_of_a_list_with_remarks_in_brackets_are_names():
    text = "2019年，青松控股先后参股澜盾股份(软件服务)、澜创股份(电子元件)、青应互联(软件服务)、澜芝药业(医药制造)。"
    found = names(text)
    assert {"澜盾股份", "澜创股份", "青应互联", "澜芝药业"} <= set(found)
    assert not any("(" in n or "服务" in n for n in found)


# --- a pharmacy chain's name; a name after a nickname for the market leader --------------------------------

def test_a_pharmacy_chain_is_a_name():
    assert "青丰药房" in names("青丰药房动作频频，旗下门店已超过3000家。")


def test_a_name_after_yige_is_found():
    assert "澜氏股份" in names("创业板一哥澜氏股份今年已拿出30亿元收购青禾牧业。")


def test_a_span_of_time_opening_a_clause_is_no_buyer():
    found = roles("青丰药房动作频频，一年内收购了澜华医药连锁51%股权。", "acquisition")
    assert not any("一年内" in f["acquirer"] for f in found)


def test_how_much_is_bought_is_no_part_of_the_name():
    found = names("青松集团正考虑收购一部分澜总支线的股份。")
    assert "澜总支线" in found and not any(n.startswith("一部分") for n in found)


# --- foreign companies in a list, each after its country ----------------------------------------------------

def test_foreign_companies_listed_after_their_countries_are_names():
    found = names("青松集团先后买下三家海外零部件厂商：美国ARC、日本澜礼富和比利时青奇。")
    assert "日本澜礼富" in found and "比利时青奇" in found


def test_markets_listed_after_their_countries_are_no_names():
    assert names("青松集团在美国市场、日本市场均有布局。") == ["青松集团"]

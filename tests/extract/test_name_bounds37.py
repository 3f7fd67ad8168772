"""Where a Chinese organisation's or person's name starts and ends (sentences written by the team, invented
names; a few real companies as facts)."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from tests.extract.readers import REF, names, one


def _texts(text: str) -> list[str]:
    return [m.text for m in extract("t", text, REF).mentions]


def test_a_state_body_named_after_its_country_keeps_its_whole_name():
    assert "俄罗斯国家原子能公司" in _texts("俄罗斯国家原子能公司与岚州控股签署了合作协议。")
    deal = one("法国国家电力公司拟收购澄星电子51%股权。", "acquisition")
    assert names(deal, "acquirer") == ["法国国家电力公司"]


def test_a_foreign_company_named_with_its_country_ends_at_its_firm_word():
    assert "加拿大澜尔斯矿产公司" in _texts("加拿大澜尔斯矿产公司上周与岚州控股就锂矿合作达成意向。")


def test_a_country_and_a_kind_of_firm_name_no_foreign_company():
    assert not any(t.startswith("日本汽车") for t in _texts("日本汽车公司拟收购澄星电子51%股权。"))
    assert _texts("多个国家公司参与了竞标。") == []


def test_a_unit_named_after_a_known_parent_reads_whole_before_its_stake():
    deal = one("岚州控股出资3亿元，从母公司手中买下创维澄欣安防公司40%股份。", "acquisition")
    assert names(deal, "target") == ["创维澄欣安防公司"]


def test_a_known_name_then_a_kind_of_business_stays_the_known_company():
    deal = one("岚州控股以3亿元收购腾讯安防公司55%股份。", "acquisition")
    assert names(deal, "target") != ["腾讯安防公司"]


def test_a_joint_venture_described_after_its_name_keeps_its_name():
    assert "华晨宝马合资公司" not in _texts("宝马计划将其在华晨宝马合资公司中的持股比例提升至七成以上。")


def test_a_managed_product_named_with_dashes_is_one_holder():
    text = "岚海资产-青州银行-岚海瑞丰5号专项资产管理计划减持了澄星电子1%股份。"
    deal = one(text, "acquisition")
    assert names(deal, "seller") == ["岚海资产-青州银行-岚海瑞丰5号专项资产管理计划"]
    assert "青州银行" not in _texts(text)


def test_an_insurers_product_in_quotes_is_the_holder_not_the_insurer():
    text = "“岚州人寿保险股份有限公司-分红-个人分红产品”位列澄星电子第八大流通股东，本季买入120万股。"
    assert "岚州人寿保险股份有限公司-分红-个人分红产品" in _texts(text)
    assert "岚州人寿保险股份有限公司" not in _texts(text)


def test_places_or_years_joined_by_dashes_name_no_product():
    assert _texts("中国-东盟-日本合作计划于今年启动。") == []


def test_a_name_ending_in_联合_with_no_partner_named_keeps_its_last_word():
    deal = one("星澜联合发布公告，拟以发行股份的方式收购青禾影视全部股权。", "acquisition")
    assert names(deal, "acquirer") == ["星澜联合"]


def test_joint_action_of_named_partners_stays_a_verb():
    deal = one("岚州控股联合青禾资本收购澄星电子60%股权。", "acquisition")
    assert names(deal, "acquirer") == ["岚州控股", "青禾资本"]
    texts = _texts("岚州控股与青禾科技联合发布公告，拟共同收购澄星电子。")
    assert "青禾科技" in texts and not any(t.endswith("联合") for t in texts)


def _kinds(text: str) -> dict[str, str]:
    return {m.text: m.kind for m in extract("t", text, REF).mentions}


def test_people_listed_together_are_people_even_where_a_given_name_is_a_word():
    text = "岚州控股拟现金收购韩立岚、张建华和陆鹏所持澄星电子60%股权。"
    deal = one(text, "acquisition")
    assert [m.kind for m in deal.roles["seller"]] == ["person", "person", "person"]


def test_a_name_before_a_count_of_people_is_a_person():
    deal = one("岚州控股拟收购周建华等8名自然人所持澄星电子全部股权。", "acquisition")
    assert [(m.text, m.kind) for m in deal.roles["seller"]] == [("周建华", "person")]


def test_a_shareholder_titled_right_before_a_persons_name_is_a_person():
    assert _kinds("公司股东吴三桂此前持有澄星电子20%股权。")["吴三桂"] == "person"
    assert _kinds("澄星电子公告，公司股东韩立刚计划减持不超过2%股份。").get("韩立刚") == "person"


def test_firms_listed_after_a_title_stay_firms():
    kinds = _kinds("公司股东青禾投资、岚山资本拟减持澄星电子股份。")
    assert kinds["青禾投资"] == kinds["岚山资本"] == "organization"


def test_a_person_selling_their_own_shares_through_a_pronoun_is_the_seller():
    text = "岚安药业公告，公司控股股东汪天翔拟将其所持公司4100万股转让给亚川投资。"
    deal = one(text, "acquisition")
    assert [(m.canonical, m.kind) for m in deal.roles["seller"]] == [("汪天翔", "person")]
    assert names(deal, "acquirer") == ["亚川投资"]


def test_a_persons_sale_told_with_a_comma_before_the_means_keeps_its_seller():
    text = "岚安药业披露，控股股东汪天翔拟将其所持公司4100万股，以协议方式转让给亚川投资。"
    deal = one(text, "acquisition")
    assert [(m.canonical, m.kind) for m in deal.roles["seller"]] == [("汪天翔", "person")]


def test_a_person_marked_by_a_title_is_cut_out_of_a_longer_guess_later():
    text = ("澄光科技公告，股东王东岚、岚山资本计划减持公司股份。"
            "其中，王东岚眼下持有澄光科技596万股，持股比例6.64%。")
    kinds = _kinds(text)
    assert kinds.get("王东岚") == "person" and "王东岚眼下" not in kinds


def test_a_numbered_bureau_of_a_group_after_下属_is_the_winner():
    text = "岚州建设称，其下属中铁二十一局日前中标澄县新区道路工程，中标金额约12亿元。"
    won = one(text, "purchase")
    assert names(won, "supplier") == ["中铁二十一局"]


def test_an_unnamed_unit_after_下属_names_no_winner():
    assert "下属单位" not in _texts("岚州建设下属单位中标澄县医院项目。")


def test_a_numbered_fund_in_quotes_headed_by_a_known_manager_is_the_party():
    text = "私募产品“高毅澄峰2号”本季卖出了青禾股份。"
    sold = one(text, "acquisition")
    assert names(sold, "seller") == ["高毅澄峰2号"]


def test_a_numbered_programme_in_quotes_is_no_fund():
    assert "星火1号" not in [m.text for m in extract("t", "公司推出“星火1号”计划。", REF).mentions
                           if m.kind == "organization"]


def test_a_known_groups_international_arm_is_a_company_of_its_own():
    deal = one("岚州控股向腾讯国际出售澄星电子30%股权。", "acquisition")
    assert names(deal, "acquirer") == ["腾讯国际"]


def test_the_groups_international_business_stays_the_group():
    assert "腾讯国际" not in _texts("腾讯国际业务收入增长较快。")

"""Round 25 (rt25b): acquisition, purchase and partnership constructions met while reading real Chinese news on
control changes, share transfers, tenders and compute contracts. Every sentence is the team's own, with invented
names and numbers."""

from __future__ import annotations

from dealgraph.ingest.clean import clean
from tests.extract.readers import facts, names, one


# --- a list of more cases of a kind of deal names no buyer -----------------------------------------------------

def test_more_cases_of_a_tender_offer_carry_no_bidder_from_before():
    text = "澄川资本计划拿下青禾科技的控制权。另外,涉及要约收购的还包括岚山电子(603111.SH)。"
    found = facts(text, "acquisition")
    assert [names(f, "target") for f in found] == [["青禾科技"]]
    assert not any("岚山电子" in names(f, "target") for f in found)
    # also with plain 收购 and a kind word before 还有
    found = facts("澄川资本完成了对青禾科技的收购。同样完成收购的公司还包括岚山电子。", "acquisition")
    assert all(names(f, "target") == ["青禾科技"] for f in found) and found


def test_near_miss_a_buyer_named_before_the_list_still_buys_each_one():
    fact = one("澄川资本收购的公司还有岚山电子。", "acquisition")
    assert names(fact, "acquirer") == ["澄川资本"] and names(fact, "target") == ["岚山电子"]
    fact = one("澄川资本要约收购青禾科技20%股份。", "acquisition")
    assert names(fact, "target") == ["青禾科技"] and fact.stake.text == "20%"


# --- a description of the company bought, then its quoted name --------------------------------------------------

def test_a_field_abbreviation_opening_a_description_names_no_company():
    fact = one("青禾生态(300948)跨界收购AI财税服务商“澄算家”。", "acquisition")
    assert names(fact, "acquirer") == ["青禾生态"] and names(fact, "target") == ["澄算家"]


def test_cross_sector_is_an_adverb_no_buyer_and_a_count_of_cases_no_name():
    for text in ("青禾生态跨界收购财税服务商“澄算家”。",
                 "本次要说的,是一桩颇有争议的案例——上市公司青禾生态跨界收购AI财税服务商“澄算家”。"):
        for fact in facts(text, "acquisition"):
            assert all(m.text not in ("跨界", "一桩颇有争议") for ms in fact.roles.values() for m in ms), text


def test_near_miss_a_firm_named_with_a_service_word_is_still_a_name():
    fact = one("青禾生态收购了澄算服务商。", "acquisition")
    assert names(fact, "target") == ["澄算服务商"]


# --- PDF spaces between Chinese and brackets or quotes ------------------------------------------------------------

def test_spaces_between_chinese_and_brackets_or_quotes_are_dropped():
    assert clean("青禾电子( 下称“本公司”)同澄川基金(下称 “澄川”)签约").text == \
        "青禾电子(下称“本公司”)同澄川基金(下称“澄川”)签约"
    assert clean("青禾生态并购 AI 税务服务商 “澄算家”").text == "青禾生态并购AI税务服务商“澄算家”"


def test_near_miss_spaces_between_latin_words_and_in_english_lines_stay():
    assert clean("Moonshot AI (月之暗面) 完成融资").text == "Moonshot AI (月之暗面)完成融资"
    assert clean("He said “hello” to the board of Northwind Robotics").text == \
        "He said “hello” to the board of Northwind Robotics"


# --- control obtained, written with 获得 -------------------------------------------------------------------------

def test_control_obtained_is_an_acquisition():
    fact = one("微软以约400亿美元获得岚山云科技的控制权。", "acquisition")
    assert names(fact, "acquirer") == ["微软"] and names(fact, "target") == ["岚山云科技"]
    assert fact.amount.text == "约400亿美元" and fact.modality == "asserted"
    fact = one("澄川资本获得青禾科技控制权后,将推动业务整合。", "acquisition")
    assert names(fact, "target") == ["青禾科技"]


def test_near_miss_an_approval_of_a_control_change_obtains_nothing():
    assert not facts("青禾科技已获得监管部门对其控制权变更的批准。", "acquisition")


# --- a share transfer between people, told with its former roles -------------------------------------------------

def test_shares_given_to_a_person_after_an_aside_on_their_part_of_the_whole():
    text = ("青禾电子股权结构分散。\n3. 宋长河(原股东)转让所持1250万股股份(占总股本4.81%)给姚拥山,"
            "退出上市公司股东行列。")
    fact = one(text, "acquisition")
    assert names(fact, "acquirer") == ["姚拥山"] and names(fact, "seller") == ["宋长河"]
    assert names(fact, "target") == ["青禾电子"] and fact.stake.text == "4.81%"


def test_shares_transferred_to_a_person_by_agreement():
    fact = one("岚山基石拟将持有的青禾电子5%股份转让给王海波。", "acquisition")
    assert names(fact, "acquirer") == ["王海波"] and names(fact, "seller") == ["岚山基石"]
    assert fact.modality == "planned"


def test_a_holder_before_its_former_role_sells_not_the_company():
    text = ("青禾电子创办于2011年,早年借助收购杭州岚山精密机械有限公司扩充产品线。\n"
            "2. 柯长林(原第二大股东)这次转让920万股股份(占总股本3.12%)。")
    sold = [f for f in facts(text, "acquisition") if f.roles.get("seller")]
    assert sold and all(names(f, "seller") == ["柯长林"] for f in sold)
    assert all(names(f, "target") == ["青禾电子"] for f in sold)


def test_near_miss_things_handed_to_a_market_or_the_company_name_no_person():
    for text in ("青禾电子拟将部分股份转让给公司。", "王大明将股份转让给市场。"):
        assert not [m for f in facts(text) for ms in f.roles.values() for m in ms if m.kind == "person"
                    and m.text in ("公司", "市场")], text


# --- a bare list of winners before 中标 ----------------------------------------------------------------------------

def test_each_winner_of_a_bare_list_wins():
    text = "青禾移动杭州公司公布了机器人采购结果:澄川机器人和岚山科技中标,合计约9800万元。"
    assert sorted(names(f, "supplier")[0] for f in facts(text, "purchase")) == ["岚山科技", "澄川机器人"]
    text = "推理设备由星河科技、岚山计算和澄川信息中标,其中,岚山计算中标约5.71亿元。"
    found = {names(f, "supplier")[0]: f for f in facts(text, "purchase")}
    assert sorted(found) == ["岚山计算", "星河科技", "澄川信息"]
    assert found["岚山计算"].amount.text == "约5.71亿元" and found["星河科技"].amount is None


def test_near_miss_a_bare_list_winning_a_named_lot_is_left_unsplit():
    found = facts("澄川科技和岚山科技中标第一标段。", "purchase")
    assert len(found) <= 1


def test_a_former_holder_opening_the_sentence_sells_in_a_later_clause():
    text = ("青禾电子创办于2011年,早年借助收购杭州岚山精密机械有限公司扩充产品线。\n"
            "2. 柯长林(原第二大股东)在交易前位列公司第二大股东,这次转让920万股股份(占总股本3.12%)。")
    sold = [f for f in facts(text, "acquisition") if f.roles.get("seller")]
    assert len(sold) == 1 and names(sold[0], "seller") == ["柯长林"] and names(sold[0], "target") == ["青禾电子"]


def test_near_miss_an_aside_on_a_role_that_is_not_a_holders_names_no_seller():
    text = ("青禾电子创办于2011年,早年借助收购杭州岚山精密机械有限公司扩充产品线。\n"
            "柯长林(原财务顾问)表示,这次转让920万股股份(占总股本3.12%)。")
    assert not any("柯长林" in names(f, "seller") for f in facts(text, "acquisition") if f.roles.get("seller"))

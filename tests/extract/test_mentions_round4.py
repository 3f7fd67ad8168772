"""Organisation mentions, round 4: words glued to a name (a predicate, a party noun, a classifier),
descriptions taken for names, shares named after a quantity. Every sentence was written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def mentions(text: str):
    return extract("t", text, "2025-06-30").mentions


def names(text: str) -> list[str]:
    return [m.text for m in mentions(text)]


def facts(text: str):
    return extract("t", text, "2025-06-30").facts


def test_a_plan_after_a_known_name_is_its_predicate_not_a_subsidiary():
    found = names("华为计划于2027年推出新一代服务器芯片。")
    assert "华为" in found and "华为计划" not in found
    found = names("小鹏准备在2026年进入欧洲市场。")
    assert "小鹏准备" not in found
    for fact in facts("蔚来计划在明年实现全年盈利。"):
        assert all(m.text == "蔚来" for ms in fact.roles.values() for m in ms)


def test_a_subsidiary_named_after_its_parent_is_still_found():
    assert "华为海洋" in names("华为海洋51%股权将转让给亨通光电。")


def test_a_party_noun_after_a_deal_verb_opens_no_name():
    found = names("交割完成后,收购方将持有澜舟医疗至少55%的股份。")
    assert "方将" not in found and "澜舟医疗" in found
    found = names("收购人及其一致行动人目前合计持有青禾科技12%的股份。")
    assert not any(n.startswith(("人及", "人")) for n in found)


def test_a_name_that_opens_with_a_party_character_of_its_own_is_kept():
    found = names("澜石集团拟收购方正证券30%股权。")
    assert "方正证券" in found


def test_a_follower_that_makes_a_word_with_the_character_before_follows_no_subject():
    found = names("周二,论坛上流传一则传言,称澜石集团正在洽谈收购。")
    assert not any("流传" in n for n in found)
    found = names("报告期内,其向前五大供应商的采购额占比超过七成。")
    assert not any("五大" in n for n in found)


def test_shares_after_a_quantity_are_the_shares_of_the_company_named():
    found = names("吉利汽车表示,将收购它尚未持有的全部极氪股份。")
    assert "极氪" in found and "极氪股份" not in found
    found = names("远景科技拟收购其尚未持有的全部澜舟股份。")
    assert "澜舟" in found and "澜舟股份" not in found


def test_a_listed_company_named_with_its_shares_word_keeps_it():
    assert "青松股份" in names("青松股份发布公告称,拟收购澜舟网络60%股权。")


def test_ordinary_words_before_a_kind_of_organisation_describe_one():
    found = names("极星于2022年在纳斯达克上市,是沃尔沃旗下的高端电动车品牌。")
    assert "高端电动车品牌" not in found
    found = names("红杉中国与青松资本也是早期投资者,分别持有境外实体2.1%和0.5%。")
    assert "境外实体" not in found
    found = names("澜石机器人及核心团队共同设立了持股平台。")
    assert "核心团队" not in found


def test_a_name_before_a_kind_of_organisation_is_kept():
    found = names("此前,澜石公司与青松资本共同出资设立了合资公司。")
    assert "澜石公司" in found


def people(text: str) -> list[str]:
    return [m.text for m in mentions(text) if m.kind == "person"]


def test_a_surname_and_a_withheld_given_name_is_a_person():
    assert "邱某某" in people("2019年,邱某某以5亿元收购了澜石科技30%股权。")
    assert "孙某勇" in people("次日,孙某勇约见了青禾资本的合伙人。")
    assert "陈某" in people("此后,陈某质押的股票已跌破平仓线。")


def test_a_withheld_company_or_a_time_word_after_mou_is_no_person():
    assert people("和某公司的纠纷仍在审理中,于某年完成登记。") == []


def test_a_person_before_kin_words_may_have_a_given_name_of_one_character():
    assert "钱敏" in people("经商多年的钱敏夫妇,随后质押了所持大部分股权。")
    assert "周立新" in people("周立新及其一致行动人合计持有澜石科技8%股份。")


def test_a_short_name_defined_in_brackets_wins_over_a_known_name_inside_it():
    doc = extract("t", "3月,杭州华诺华制药有限公司（下称“华诺华”）同澜石科技签约,华诺华董事长出席。",
                  "2025-06-30")
    short = [m for m in doc.mentions if m.text == "华诺华"]
    full = next(m for m in doc.mentions if m.text == "杭州华诺华制药有限公司")
    assert len(short) == 2 and all(m.key == full.key for m in short)
    assert not any(m.text == "诺华" for m in doc.mentions)


def test_a_name_found_once_is_found_where_it_recurs_with_the_same_key():
    doc = extract("t", "澜朵宣布收购青禾科技30%股权;此后一年里,澜朵未回购股份,股价创下新低。", "2025-06-30")
    found = [m for m in doc.mentions if m.text == "澜朵"]
    assert len(found) == 2 and len({m.key for m in found}) == 1


def test_a_recurring_name_glued_into_a_longer_word_is_not_taken():
    assert [m.start for m in mentions("澜朵宣布收购青禾科技30%股权,澜朵花园小区同时开工。") if m.text == "澜朵"] == [0]
    assert len([m for m in mentions("澜朵宣布收购青禾科技30%股权,澜朵未披露价格。") if m.text == "澜朵"]) == 2


def test_a_short_name_is_not_found_before_the_brackets_that_define_it():
    text = "《青松远帆收购方案》已公布。董事会同意收购青松远帆物流有限公司(简称青松远帆)全部股权,青松远帆将并表。"
    found = mentions(text)
    full = next(m for m in found if m.text == "青松远帆物流有限公司")
    assert all(m.key != full.key for m in found if m.text == "青松远帆" and m.start < full.start)
    assert any(m.text == "青松远帆" and m.start > full.end + 8 and m.key == full.key for m in found)


def test_a_name_that_ends_in_a_word_before_a_follower_is_a_subject():
    assert "美国商务部" in names("同年1月,美国商务部将澜石科技列入实体清单。")


def test_a_noun_for_the_deal_after_its_verb_opens_no_name():
    found = names("半年后收购事项告吹,公司改为以现金3000万元收购青禾网络10%的股权。")
    assert not any(n.startswith("事项") for n in found)


def test_a_number_after_words_ends_no_name():
    found = names("在澜石集团总部,年过六旬的邱建平和年近65的钱立新接受了采访,回顾了收购往事。")
    found += names("随后,年近65的钱立新表示将收购青禾网络。")
    assert not any(n[-1].isdigit() for n in found)


def test_a_list_number_before_a_headline_subject_is_skipped():
    found = names("2、澜川发展:今年1月至10月期间,控股股东以竞价交易合计增持了公司200万股股票。")
    assert "澜川发展" in found


def test_a_head_that_is_no_word_with_a_trade_word_before_a_weak_ending_is_a_name():
    assert "澜投产业投资" in names("另有两家基石投资者,其中澜州市旗下澜投产业投资已认购1200万股发售股份。")
    assert not any(n.endswith("产业投资") for n in names("各地正加大产业投资,扩大有效需求。"))


def test_a_known_name_with_a_glued_word_before_or_after_it_is_that_name():
    doc = extract("t", "澜越地产发公告称,将订立两份澜越地产期权契约。", "2025-06-30")
    found = [m for m in doc.mentions if "澜越地产" in m.text]
    assert [m.text for m in found] == ["澜越地产", "澜越地产"] and len({m.key for m in found}) == 1
    found = names("青映开曼持有公司6%股份;青映开曼用于质押的股份约占九成。")
    assert "青映开曼用" not in found and found.count("青映开曼") == 2


def test_a_name_around_a_known_name_with_a_name_or_noun_beside_it_is_kept():
    found = names("当年,通用把上汽通用2%股权出售给了上汽。")
    assert "上汽通用" in found
    found = names("澜石汽车以26亿元收购了吉利变速箱100%股权,吉利随后公告。")
    assert "吉利变速箱" in found
    assert "北京澜威" in names("北京澜威被收购后,澜威在手机市场居首。")


def test_a_rare_time_word_or_adverb_is_no_name_even_where_a_cue_says_one_stands():
    found = names("值得注意的是,早在今年5月,澜川实业就拟以4亿元向控股股东收购两家公司。")
    assert "早在" not in found
    assert "早在" not in names("早在2019年,澜川实业就已收购青禾网络。")


def test_a_person_shaped_maker_right_before_a_deal_verb_is_a_person():
    assert "邢立涛" in people("此后,邢立涛收购了澜石科技30%的股权。")
    assert "邢立涛" not in [m.text for m in mentions("此后,邢立涛收购了澜石科技30%的股权。") if m.kind != "person"]


def test_a_company_or_phrase_right_before_a_deal_verb_stays_an_organisation():
    assert people("此后,金正大收购了澜石科技30%的股权。") == []
    assert people("随后,澜石科技收购了青禾网络30%的股权。") == []

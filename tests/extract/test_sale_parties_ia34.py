"""Share transfers told with every party: a person with an honorific selling, a buyer after 向 with its short name
in brackets or with its title in another company, the part sold before the company's name, a numbered paragraph.
Sentences written for this file, with invented names."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def acquisitions(text: str) -> list[dict[str, list[str]]]:
    return [{r: [m.text for m in ms] for r, ms in f.roles.items() if ms}
            for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"]


def canonical(text: str) -> list[dict[str, list[str]]]:
    return [{r: [m.canonical for m in ms] for r, ms in f.roles.items() if ms}
            for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"]


_OPENING = "澄远智能股份有限公司（下称“公司”）今日公告。"


def test_a_person_with_an_honorific_sells_the_company_shares_he_holds():
    assert acquisitions(_OPENING + "邬澄先生拟将其持有的公司3,120,500股股份（约为总股本的2.41%）转让给岚溪资本。") == [
        {"acquirer": ["岚溪资本"], "target": ["澄远智能股份有限公司"], "seller": ["邬澄"]}]


def test_a_woman_with_an_honorific_sells_too():
    assert acquisitions(_OPENING + "柯岚女士将其持有的公司全部股份转让给北汀创投。") == [
        {"acquirer": ["北汀创投"], "target": ["澄远智能股份有限公司"], "seller": ["柯岚"]}]


def test_a_person_who_only_speaks_in_a_clause_of_his_own_sells_nothing():
    assert acquisitions(_OPENING + "邬澄先生表示，将把公司的部分股份转让给岚溪资本。") == []


def test_the_buyer_after_xiang_with_its_short_name_in_brackets():
    assert acquisitions("董事会同意汀兰科技向北汀供应链管理有限公司（下称“北汀供应链”）转让其所持有的澜芯微电子 35%股权。") == [
        {"acquirer": ["北汀供应链管理有限公司"], "target": ["澜芯微电子"], "seller": ["汀兰科技"]}]


def test_a_person_titled_in_another_company_buys_after_xiang():
    assert acquisitions("澄远智能实际控制人邬澄、柯岚及其一致行动人邬海拟向岚芯集成实际控制人秦砚转让公司6%股份。") == [
        {"acquirer": ["秦砚"], "target": ["澄远智能"], "seller": ["邬澄", "柯岚", "邬海"]}]


def test_a_report_to_a_titled_person_is_no_sale():
    assert acquisitions("北汀创投拟向岚芯集成的董事长秦砚汇报转让进展。") == []


def test_the_percentage_before_the_company_shares_after_xiang():
    assert acquisitions("澄远智能控股股东北汀投资向岚溪资本协议转让28.5%的公司股份，每股作价16.5元。") == [
        {"acquirer": ["岚溪资本"], "target": ["澄远智能"], "seller": ["北汀投资"]}]


def test_the_percentage_before_the_company_name_after_its_holding():
    found = extract("t", "邬澄拟向岚溪资本转让其持有的12.5%澜芯微电子科技有限公司股权。", "2025-06-30").facts
    deals = [f for f in found if f.type == "acquisition"]
    assert [{r: [m.text for m in ms] for r, ms in f.roles.items() if ms} for f in deals] == [
        {"acquirer": ["岚溪资本"], "target": ["澜芯微电子科技有限公司"], "seller": ["邬澄"]}]
    assert deals[0].stake is not None and deals[0].stake.value.value == 12.5


def test_a_percentage_of_something_other_than_shares_is_no_sale():
    assert acquisitions("邬澄拟向岚溪资本转让其持有的12.5%澜芯微电子科技有限公司的专利。") == []
    assert acquisitions("北汀投资拟向岚溪资本转让8%的技术许可。") == []


def test_a_numbered_paragraph_keeps_the_company_it_opens_with():
    text = ("1.澄远智能股份有限公司（下称“公司”）控股股东邬澄（下称“转让方”）拟以协议转让方式"
            "向岚溪资本（下称“受让方”）转让其所持有的公司 2,000,000 股无限售流通股。")
    assert canonical(text) == [{"acquirer": ["岚溪资本"], "target": ["澄远智能股份有限公司"], "seller": ["邬澄"]}]


def test_two_purchases_from_two_sellers_joined_by_a_comma_of_enumeration():
    text = "岚溪科技今晚公告，公司拟以现金向控股股东北汀集团收购其持有的澜芯微电子60%股权、向南岭资本收购其持有的汀州光电75%股权。"
    assert canonical(text) == [
        {"acquirer": ["岚溪科技"], "target": ["澜芯微电子"], "seller": ["北汀集团"]},
        {"acquirer": ["岚溪科技"], "target": ["汀州光电"], "seller": ["南岭资本"]}]


def test_two_companies_bought_from_one_seller_both_from_that_seller():
    assert canonical("岚溪科技拟向北汀集团收购澜芯微电子60%股权、汀州光电75%股权。") == [
        {"acquirer": ["岚溪科技"], "target": ["澜芯微电子"], "seller": ["北汀集团"]},
        {"acquirer": ["岚溪科技"], "target": ["汀州光电"], "seller": ["北汀集团"]}]


def test_the_company_signing_with_its_subsidiary_named_at_length_buys_what_the_subsidiary_holds():
    text = ("9月15日，岚溪科技（000999）公告称，公司与控股子公司北汀医疗器械科技有限公司（下称“北汀医疗”）"
            "签订《股权转让协议》，以现金受让其所持的汀州医药有限公司（以下简称汀州医药）100%股权。")
    assert canonical(text) == [
        {"acquirer": ["岚溪科技"], "target": ["汀州医药有限公司"], "seller": ["北汀医疗器械科技有限公司"]}]


def test_a_numbered_cause_in_brackets_opens_no_topic():
    text = "报告期内，公司净利润同比减少，主要原因是：(1)前述锂盐产品售价下降；(2)公司因购买北汀矿业股权而新增并购贷款。"
    assert all(m.canonical != "前述锂盐" for f in extract("t", text, "2025-06-30").facts
               for ms in f.roles.values() for m in ms)


def _facts(text: str) -> list[tuple[str, str, dict[str, list[str]]]]:
    return [(f.type, f.modality, {r: [m.canonical for m in ms] for r, ms in f.roles.items() if ms})
            for f in extract("t", text, "2025-06-30").facts if f.type in ("acquisition", "shareholding")]


def test_the_sellers_before_a_price_clause_sell_what_the_next_clause_gives_away():
    found = _facts("作为绑定安排，岚溪科技的实控人邬澄、柯岚和一致行动人邬海拟以每股18.5元的价格，"
                   "把合计820万股（占总股本5%）协议转让给秦砚，总价约1.5亿元。")
    assert ("acquisition", "planned", {"acquirer": ["秦砚"], "target": ["岚溪科技"], "seller": ["邬澄", "柯岚", "邬海"]}) in found


def test_a_price_clause_then_a_transfer_of_funds_is_no_sale_of_shares():
    assert [f for f in _facts("岚溪科技以每股18.5元的价格完成定增，将把募集资金转让给子公司使用。") if f[0] == "acquisition"] == []


def test_what_the_other_side_still_holds_after_a_planned_transfer_is_held_now():
    text = ("岚溪科技的实控人邬澄拟以每股18.5元的价格，把820万股协议转让给秦砚。"
            "转让完成后，秦砚将成为岚溪科技第三大股东，控股股东北汀投资与实际控制人一方合计仍持有公司60.58%的股份。")
    assert ("shareholding", "asserted", {"holder": ["北汀投资"], "company": ["岚溪科技"]}) in _facts(text)


def test_what_a_holder_will_still_hold_after_a_planned_transfer_is_planned():
    text = "岚溪科技的实控人邬澄拟把820万股协议转让给秦砚。转让完成后，北汀投资仍将持有公司40%的股份。"
    assert ("shareholding", "planned", {"holder": ["北汀投资"], "company": ["岚溪科技"]}) in _facts(text)


def test_the_two_named_before_each_sell_to_the_one_after_xiang():
    text = ("岚溪科技公告，同一天，北汀投资（简称“北汀”）以及南岭资本（简称“南岭”）也与自然人秦砚签订了转让协议。"
            "两者拟分别向秦砚转让1200万股和600万股，对应总股本的3%和1.5%。")
    assert canonical(text) == [{"acquirer": ["秦砚"], "target": ["岚溪科技"], "seller": ["北汀投资"]},
                               {"acquirer": ["秦砚"], "target": ["岚溪科技"], "seller": ["南岭资本"]}]


def test_the_two_between_them_sell_nothing():
    assert canonical("北汀投资与南岭资本的业务各有侧重。两者之间的股权转让由来已久。") == []


def test_the_party_signing_a_transfer_agreement_with_the_buyer_just_before_sells():
    text = ("11月28日，澜芯国际公告：公司全资子公司澜芯控股与岚溪微电子股份有限公司于当日签署《股权转让协议》，"
            "岚溪微电子拟购买澜芯宁波94.366%的股权。")
    assert canonical(text) == [{"acquirer": ["岚溪微电子"], "target": ["澜芯宁波"], "seller": ["澜芯控股"]}]


def test_a_party_signing_a_bare_agreement_with_the_buyer_is_not_said_to_sell():
    text = "澜芯控股与岚溪微电子股份有限公司于当日签署协议，岚溪微电子拟购买澜芯宁波94.366%的股权。"
    assert canonical(text) == [{"acquirer": ["岚溪微电子"], "target": ["澜芯宁波"]}]


def test_the_buyer_signing_a_transfer_agreement_then_buying_without_repeating_its_name():
    assert canonical("岚溪微电子与澜芯控股签署《股权转让协议》，拟收购北汀光电30%股权。") == [
        {"acquirer": ["岚溪微电子"], "target": ["北汀光电"], "seller": ["澜芯控股"]}]


def test_a_partner_of_a_cooperation_or_an_investment_agreement_sells_nothing():
    assert canonical("澜芯控股与岚溪微电子签署战略合作协议，岚溪微电子拟收购北汀光电60%股权。") == [
        {"acquirer": ["岚溪微电子"], "target": ["北汀光电"]}]
    assert canonical("澜芯控股与岚溪微电子签署增资协议，岚溪微电子拟收购北汀光电60%股权。") == [
        {"acquirer": ["岚溪微电子"], "target": ["北汀光电"]}]


def test_the_signer_whose_own_shares_are_bought_is_no_seller():
    assert canonical("澜芯控股与岚溪微电子签署协议，岚溪微电子拟收购澜芯控股51%股权。") == [
        {"acquirer": ["岚溪微电子"], "target": ["澜芯控股"]}]


def test_a_count_of_times_after_the_buyer_is_no_part_of_its_name():
    text = "岚溪控股宣布，旗下全资子公司东方澜汇三度向北汀控股收购澜芯微股权合计约1,275万股，占澜芯微已发行股本比例15.94%。"
    assert canonical(text) == [{"acquirer": ["东方澜汇"], "target": ["澜芯微"], "seller": ["北汀控股"]}]

"""The means of a deal said in clauses of their own before its verb (A拟以27亿美元现金,或每股…的价格,收购B):
they belong to the verb's predicate, so their plan words make the deal planned and their price is its price.
All names are invented."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract

REF = "2025-10-30"


def deal(text: str) -> tuple[str, str | None, str | None]:
    [f] = [f for f in extract("t", text, REF).facts if f.type == "acquisition"]
    return f.modality, f.amount.text if f.amount else None, f.roles["target"][0].text


def test_a_plan_said_with_the_means_before_the_verb_makes_the_deal_planned():
    assert deal("澜汐医药拟以自筹资金1.8亿元，收购青穗教育49%的股份。") == ("planned", "1.8亿元", "青穗教育")
    assert deal("澜汐医药将以约19亿美元现金，收购青穗生物20.5%股权。") == ("planned", "约19亿美元", "青穗生物")
    assert deal("澜汐医药晚间表示，拟采用定向增发加现金对价的方式，购买青穗生物91.70%股份。")[0] == "planned"


def test_the_first_of_alternative_prices_is_the_deal_s_amount():
    assert deal("澜汐医药拟以27亿美元现金,或每股174.85美元的价格,收购青穗生物20.5%的股权。") == \
        ("planned", "27亿美元", "青穗生物")


def test_means_of_a_deal_made_leave_it_asserted():
    assert deal("澜汐医药以27亿美元现金,收购了青穗生物20.5%的股权。") == ("asserted", "27亿美元", "青穗生物")
    assert deal("2014年，澜汐保险耗资39亿元,收购了青穗财险50%股份。") == ("asserted", "39亿元", "青穗财险")


def test_a_clause_with_its_own_subject_takes_no_plan_from_the_clause_before():
    text = "澜汐医药拟以现金出资,青穗资本则已收购了鹤汀生物20%的股权。"
    assert deal(text)[0] == "asserted"


def test_a_clause_with_no_subject_goes_on_with_the_plan_before_it():
    assert deal("澜汐集团宣布将控股青穗电池，同时收购鹤汀能源的全部股权。")[0] == "planned"
    assert deal("澜汐集团表示，将与数家机构一道，以3.1亿美元收购鹤汀卫星。") == ("planned", "3.1亿美元", "鹤汀卫星")


def test_a_plan_of_another_verb_or_a_deal_done_does_not_go_on():
    assert deal("澜汐医疗曾计划转型，金额最高的一笔交易是斥资6亿元收购鹤汀器械100%股权。")[0] == "asserted"
    assert deal("澜汐集团计划扩张,已收购鹤汀能源的全部股权。")[0] == "asserted"


def invested(text: str) -> list[tuple[tuple[str, ...], str, str, str | None]]:
    return [(tuple(m.text for m in f.roles["investor"]), f.roles["investee"][0].text, f.modality,
             f.amount.text if f.amount else None)
            for f in extract("t", text, REF).facts if f.type == "investment"]


def test_a_restated_deal_keeps_the_mood_it_was_said_with():
    text = "澜汐汽车表示，拟与鹤汀科技按出资比例，共同对合营企业青穗智行增资3亿元，即澜汐汽车与鹤汀科技各增资1.5亿元。"
    assert {f[2] for f in invested(text)} == {"planned"}


def test_a_name_after_dui_stops_at_the_verb_done_to_it():
    assert invested("澜汐科技已对青穗数据增资2亿元。") == [(("澜汐科技",), "青穗数据", "asserted", "2亿元")]
    assert invested("澜汐科技拟与鹤汀集团合作,共同对青穗数据增资2亿元。") == \
        [(("澜汐科技", "鹤汀集团"), "青穗数据", "planned", "2亿元")]
    assert [f[1] for f in invested("澜汐科技先后对青穗数据和蓝鲸智能进行投资。")] == ["青穗数据", "蓝鲸智能"]


def test_a_deal_only_signed_is_planned_until_it_closes():
    assert deal("澜汐汽车旗下的岚川科技已于8月20日签约，以115亿元取得青穗智能10%股权。")[0] == "planned"
    assert deal("澜汐医药与鹤汀资本签署股权转让协议，以3亿元收购青穗生物51%股权。")[0] == "planned"
    assert deal("澜汐医药与鹤汀资本签署协议，以3亿元收购青穗生物51%股权，目前已完成交割。")[0] == "asserted"
    assert deal("2009年7月，澜汐重工与鹤汀集团签订合作技术协议，鹤汀集团以5.6亿欧元收购澜汐重工25%股份。")[0] == "asserted"


def test_taking_control_of_a_company_is_acquiring_it():
    assert deal("澜汐机器人拟约21亿元入主青穗新材。") == ("planned", "约21亿元", "青穗新材")
    assert [f for f in extract("t", "澜汐科技入主董事会。", REF).facts if f.type == "acquisition"] == []


def test_a_part_bought_from_a_named_holder_names_the_seller():
    text = "根据方案，澜汐恒岳将以每股7.78元协议受让青穗新材合计29.99%的股份，其中澜汐恒岳从控股股东鹤汀萨摩亚受让24.99%。"
    [f] = [f for f in extract("t", text, REF).facts if f.type == "acquisition"]
    assert [m.text for m in f.roles["seller"]] == ["鹤汀萨摩亚"] and f.roles["target"][0].text == "青穗新材"


def test_money_to_be_put_up_plans_the_purchase_after_it():
    text = "邝启、闵朗也承诺，在本次转让完成后的12个月里，将拿出不少于5亿元，购买青穗网络的股票。"
    assert {f.modality for f in extract("t", text, REF).facts if f.type in ("acquisition", "investment")} == {"planned"}


def test_the_total_of_shares_is_no_company():
    text = "截至目前，邝启名下已冻结1.1亿股，占其持有公司股份总数的九成。"
    assert all(m.text != "股份总数" for m in extract("t", text, REF).mentions)

"""Strategic agreements as announcements and local news tell them (sentences written by the team)."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def _parties(text: str) -> list[list[str]]:
    return [[m.text for m in f.roles["party"]] for f in extract("t", text, "2025-10-24").facts if f.type == "partnership"]


def test_all_who_signed_an_agreement_whose_title_holds_the_deal_word():
    text = ("签约仪式上，澜湾科技与澄州市人民政府、青禾电子、远岫科技及江汉数据有限公司签署了《共建澄州算力网络战略合作"
            "框架协议》。同时与澄州市人民政府、鹤汀电子签署了《澄州智算产业园战略合作协议》。")
    assert _parties(text) == [["澜湾科技", "澄州市人民政府", "青禾电子", "远岫科技", "江汉数据有限公司"],
                              ["澜湾科技", "澄州市人民政府", "鹤汀电子"]]


def test_a_guarded_short_name_with_its_seat_is_a_name():
    text = "推介会上，联想(上海)有限公司与澜湾移动通信有限公司达成合作共识，双方当场签订了战略合作协议。"
    assert _parties(text)[0] == ["联想(上海)有限公司", "澜湾移动通信有限公司"]


def test_a_right_to_buy_is_no_purchase_made_and_non_controlling_shares_end_no_name():
    text = "根据互惠安排，澄川智能取得青禾半导体的认股权证，并有权在未来以每股1分钱收购青禾半导体至多8%的股份。"
    deals = [f for f in extract("t", text, "2025-10-24").facts if f.type == "acquisition"]
    assert deals and {f.modality for f in deals} == {"expected"}  # an option held, a possibility
    assert [f.modality for f in extract("t", "澄川科技有权收购青禾半导体。", "2025-10-24").facts] == ["expected"]
    names = [m.text for m in extract("t", "澄川资本则通过股权投资获得青禾智能非控股股份。", "2025-10-24").mentions]
    assert "青禾智能" in names and not [n for n in names if n.endswith("控股")]


def test_buying_a_listed_company_and_a_subject_described_by_its_kinds():
    found = extract("t", "澄川机器人以9.2亿元收购上市公司青禾股份（002999.SZ）29.9%的股权。", "2025-12-30").facts
    assert [(f.roles["acquirer"][0].text, f.roles["target"][0].text) for f in found if f.type == "acquisition"] == [
        ("澄川机器人", "青禾股份")]
    text = ("近期，另一家机器人企业澜汐科技被报道上市受阻，澜汐科技随后表示报道与事实不符。"
            "12月20日，具身智能龙头、港股上市公司澄川机器人（09999.HK）发布公告称，以9.2亿元收购上市公司青禾股份"
            "（002999.SZ）29.9%的股权。")
    found = extract("t", text, "2025-12-30").facts
    assert [(f.roles["acquirer"][0].text, f.roles["target"][0].text) for f in found if f.type == "acquisition"] == [
        ("澄川机器人", "青禾股份")]


def test_a_deal_told_as_what_a_rumour_or_news_says_and_a_rumour_found_false():
    text = "今年某日，一则关于澄川汽车有意收购青禾出行的传闻在网络上流传，称双方已进入谈判阶段。"
    assert [f.modality for f in extract("t", text, "2025-10-24").facts if f.type == "acquisition"] == ["rumored"]
    text = "一则关于澄川汽车有意收购青禾出行的新闻近日引发市场关注。"
    assert [f.modality for f in extract("t", text, "2025-10-24").facts if f.type == "acquisition"] == ["reported"]
    text = ("网上流传的截图称，澄川汽车将以80亿元收购青禾出行。经警方调查核实，上述截图内容确系谣言。")
    assert [f.modality for f in extract("t", text, "2025-10-24").facts if f.type == "acquisition"] == ["denied"]


def test_a_known_name_then_the_verb_invest_then_a_name_is_no_firm_named_invest():
    found = extract("t", "互联网厂商各有侧重：阿里巴巴投资澜博半导体、青芯存储；腾讯布局澄原科技。", "2025-10-24").facts
    assert sorted((f.roles["investor"][0].text, f.roles["investee"][0].text) for f in found if f.type == "investment") == [
        ("腾讯", "澄原科技"), ("阿里巴巴", "澜博半导体"), ("阿里巴巴", "青芯存储")]
    assert "腾讯投资" in [m.text for m in extract("t", "本轮由腾讯投资、红杉中国共同领投。", "2025-10-24").mentions]


def test_a_category_noun_between_a_description_and_a_name_makes_the_description_no_name():
    found = extract("t", "澄源股份去年斥资1.8亿元入股了数据库软件公司岚元数科。", "2024-09-01")
    assert [m.text for m in found.mentions] == ["澄源股份", "岚元数科"]
    assert [(f.roles["investor"][0].text, f.roles["investee"][0].text) for f in found.facts
            if f.type == "investment"] == [("澄源股份", "岚元数科")]

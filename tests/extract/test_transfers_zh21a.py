"""Chinese share transfers: a seller cut off from 向B转让 by a price clause or an aside, a total told as 合计约N亿元 at the
end of the sentence, and the buyers picked out of a transfer just told (其中，B受让N万股). Sentences written for this
file, with invented names."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def deals(text: str, ref: str = "2025-06-30") -> list[tuple]:
    return sorted((f.modality, tuple((r, tuple(m.canonical for m in ms)) for r, ms in sorted(f.roles.items()) if ms),
                   f.amount.value.text if f.amount else None)
                  for f in extract("t", text, ref).facts if f.type == "acquisition")


def test_a_seller_before_a_price_clause_sells_and_the_total_is_the_amount():
    text = "澄川股份第一大股东北辰投资拟按每股9.8元的价格，于近期向青禾科技协议转让所持5200万股，约占总股本的15%，合计约5.1亿元。"
    assert deals(text) == [("planned", (("acquirer", ("青禾科技",)), ("seller", ("北辰投资",)), ("target", ("澄川股份",))),
                            "约5.1亿元")]


def test_a_seller_before_a_price_clause_with_the_part_in_brackets():
    text = "澄川股份第一大股东北辰投资拟以每股9.8元的价格，向青禾科技转让所持5200万股（占总股本15%），转让总价约5.1亿元。"
    assert deals(text) == [("planned", (("acquirer", ("青禾科技",)), ("seller", ("北辰投资",)), ("target", ("澄川股份",))),
                            "约5.1亿元")]


def test_a_total_of_shares_is_no_amount():
    text = "北辰投资拟向青禾科技转让所持澄川股份15%股份，合计约5200万股。"
    assert deals(text) == [("planned", (("acquirer", ("青禾科技",)), ("seller", ("北辰投资",)), ("target", ("澄川股份",))),
                            None)]


def test_an_aside_after_the_seller_keeps_the_seller_and_the_buyers_picked_out_after_it():
    text = ("澄川股份公告，副董事长孙立（持股5%以上股东）已通过询价转让的方式，出让所持公司股份300万股，合计约2.4亿元。"
            "获配机构中，北辰基金受让120万股，Harbor Asset Management受让60万股。")
    assert deals(text) == [("asserted", (("acquirer", ("Harbor Asset Management",)), ("target", ("澄川股份",))), None),
                           ("asserted", (("acquirer", ("北辰基金",)), ("target", ("澄川股份",))), None),
                           ("asserted", (("seller", ("孙立",)), ("target", ("澄川股份",))), "约2.4亿元")]


def test_buyers_after_qizhong_past_a_sentence_on_the_bidding():
    text = ("岚山智造公告，董事长周凯已通过询价转让的方式，转让所持公司股份300万股，共计2.4亿元。最终12家机构获配。"
            "其中，Corvid AG受让120万股，为获配最多的机构；远峰基金受让60万股。")
    assert deals(text) == [("asserted", (("acquirer", ("Corvid AG",)), ("target", ("岚山智造",))), None),
                           ("asserted", (("acquirer", ("远峰基金",)), ("target", ("岚山智造",))), None),
                           ("asserted", (("seller", ("周凯",)), ("target", ("岚山智造",))), "2.4亿元")]


def test_a_bare_count_taken_after_another_deal_names_no_company():
    text = ("澄川股份公告，副董事长孙立已通过询价转让的方式，转让所持公司股份300万股。青禾科技以3亿元收购远峰电子。"
            "其中，岚山资本受让60万股。")
    assert not [d for d in deals(text) if ("acquirer", ("岚山资本",)) in d[1]]


def test_a_bare_count_taken_with_no_transfer_told_is_nothing():
    assert deals("澄川股份今年营收增长两成。其中，北辰基金受让120万股。") == []


def test_a_hedge_on_taking_more_shares_is_no_deal():
    assert deals("北辰基金表示，未来不排除受让更多股份。") == []


def test_a_total_after_two_deals_is_neither_ones_amount():
    text = "青禾科技以2亿元收购澄川股份60%股权，同时受让远峰电子15%股份，合计约3亿元。"
    assert sorted(deals(text), key=str) == sorted([("asserted", (("acquirer", ("青禾科技",)), ("target", ("澄川股份",))), "2亿元"),
                           ("asserted", (("acquirer", ("青禾科技",)), ("target", ("远峰电子",))), None)], key=str)


def test_a_person_sells_to_a_person_past_the_rights_attached():
    text = ("第一大股东孙立先生日前与李敏女士签订了转让协议，孙立先生拟将其持有的澄川股份900万股（约占总股本的4%）"
            "及其附带的全部权益转让给李敏女士。")
    assert deals(text, "2025-12-31") == [
        ("planned", (("acquirer", ("李敏",)), ("seller", ("孙立",)), ("target", ("澄川股份",))), None)]


def test_shares_fronted_after_a_speaker_name_no_seller():
    assert deals("孙立表示，澄川股份5%的股份将转让给青禾科技。") == [
        ("planned", (("acquirer", ("青禾科技",)), ("target", ("澄川股份",))), None)]


def test_a_holder_who_entrusts_a_broker_plans_to_sell_a_counted_part():
    text = "澄川股份发布公告，公司股东孙立先生委托北辰证券组织实施询价转让，拟转让158,800,000股股份，占公司总股本的1%。"
    assert deals(text) == [("planned", (("seller", ("孙立",)), ("target", ("澄川股份",))), None)]
    names = {m.text for m in extract("t", text, "2025-06-30").mentions}
    assert "孙立" in names and not any("委托" in n for n in names)


def test_the_total_after_a_price_per_share_is_the_amount():
    text = "青禾投资协议受让北辰通信所持澄川股份1.62亿股，占澄川股份总股本的5.68%，受让价格28.72元/股，总计46.66亿元。"
    assert deals(text) == [("asserted", (("acquirer", ("青禾投资",)), ("seller", ("北辰通信",)), ("target", ("澄川股份",))),
                            "46.66亿元")]


def test_the_person_sells_when_the_company_has_a_short_name_and_its_part_is_bracketed():
    text = ("湖州澄川精工股份有限公司(下称“澄川精工”)第一大股东孙立先生日前与李敏女士签订了转让协议,"
            "孙立先生拟将其持有的澄川精工900万股(约占澄川精工总股本的4%)及其附带的全部权益转让给李敏女士。")
    assert deals(text, "2025-12-31") == [
        ("planned", (("acquirer", ("李敏",)), ("seller", ("孙立",)), ("target", ("湖州澄川精工股份有限公司",))), None)]

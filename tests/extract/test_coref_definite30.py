"""该公司 after a long list of periods, and 该公司 as the company whose shares are held (round 30). Sentences written
for this file (invented companies)."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract

_BUYER_NAMED_OFTEN = ("澄川石油发布公告，澄川石油拟以现金收购青禾芯片不低于34%的股权，交易完成后青禾芯片将成为澄川石油的"
                      "子公司。\n")


def facts(text: str, kind: str) -> list[dict[str, list[str]]]:
    return [{r: [m.canonical or m.text for m in ms] for r, ms in f.roles.items()}
            for f in extract("t", text, "2025-11-20").facts if f.type == kind]


def test_a_list_of_periods_before_the_pronoun_keeps_the_company_of_the_sentence_before():
    text = _BUYER_NAMED_OFTEN + ("青禾芯片成立于2021年，主要做接口IP。2023年、2024年和2025年上半年，该公司营业收入分别为"
                                 "1.46亿元、1.93亿元和1.1亿元。")
    fin = facts(text, "financial")
    assert len(fin) == 3 and all(f["company"] == ["青禾芯片"] for f in fin)


def test_a_list_of_periods_with_quarters_and_months():
    text = _BUYER_NAMED_OFTEN + "青禾芯片成立于2021年。2024年及2025年前三季度，该公司净利润分别为1200万元和800万元。"
    fin = facts(text, "financial")
    assert fin and all(f["company"] == ["青禾芯片"] for f in fin)


def test_a_long_opening_that_is_no_list_of_periods_still_goes_to_the_company_written_about():
    # near miss: a long clause of words (not periods) before 该公司 is not a mere time opening
    text = _BUYER_NAMED_OFTEN + "青禾芯片成立于2021年。受下游需求波动与原材料价格上涨双重影响，该公司营业收入为1.46亿元。"
    fin = facts(text, "financial")
    assert fin and all(f["company"] == ["澄川石油"] for f in fin)


def test_the_company_held_is_not_a_subscriber_named_before():
    text = ("途砺智行于11月19日在港交所上市。本次发行共引入五家基石投资者，其中北辰电子认购了1亿美元。"
            "上市前，澄川旗下的青禾科技持有该公司7.2%的股份。")
    held = facts(text, "shareholding")
    assert held == [{"holder": ["青禾科技"], "company": ["途砺智行"]}]


def test_the_company_held_is_not_an_investor_shaped_name_named_last():
    text = "青禾科技完成上市辅导。北辰资本此前已为青禾科技股东。截至去年底，岚山电子持有该公司3%的股份。"
    held = [f for f in facts(text, "shareholding") if f["holder"] == ["岚山电子"]]
    assert held and all(f["company"] == ["青禾科技"] for f in held)


def test_a_company_named_last_that_backed_nobody_is_still_the_one_held():
    # near miss: the company named last is no backer, so 该公司 stays with it
    text = "澄川资本领投了北辰智能的A轮。青禾电子与北辰智能签署合作协议。此后，岚山电子持有该公司3%的股份。"
    held = [f for f in facts(text, "shareholding") if f["holder"] == ["岚山电子"]]
    assert held and all(f["company"] != ["澄川资本"] for f in held)


def test_registered_capital_is_no_part_of_a_name():
    text = "澄川汽车向青禾海博增资2亿元。本次增资完成后，青禾海博注册资本为3亿元，澄川汽车持有该公司50%的股权。"
    names = [m.text for m in extract("t", text, "2025-11-20").mentions]
    assert not any(n.endswith("资本") for n in names)
    assert facts(text, "shareholding") == [{"holder": ["澄川汽车"], "company": ["青禾海博"]}]
    # near miss: a firm whose name ends in 资本 is still a name
    assert "岚山资本" in [m.text for m in extract("t", "岚山资本领投了青禾海博的A轮融资。", "2025-11-20").mentions]


def test_the_company_held_is_no_court():
    text = "青禾电子去年完成股改。对于此类合同纠纷，人民法院应当依法审理。本次增资完成后，澄川汽车持有该公司50%的股权。"
    assert facts(text, "shareholding") == [{"holder": ["澄川汽车"], "company": ["青禾电子"]}]


def test_the_company_held_is_no_person():
    text = "青禾电子去年完成股改。2024年，周恒钧将其持有的澄川物流股权质押给银行。本次增资完成后，北辰汽车持有该公司50%的股权。"
    assert all(f["company"] != ["周恒钧"] for f in facts(text, "shareholding") if f["holder"] == ["北辰汽车"])

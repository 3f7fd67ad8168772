"""Share transfers to institutions by inquiry (询价转让), the holdings they leave, and the capital plans of the
companies whose shares change hands. Sentences written for this file, with invented names."""

from __future__ import annotations

from tests.extract.readers import facts, roles


def _deals(text: str, ref: str = "2025-06-30") -> list[tuple[str, str, dict[str, list[str]]]]:
    return [(f.type, f.modality, roles(f)) for f in facts(text, None, ref) if f.type in ("acquisition", "investment")]


def test_a_remark_on_sales_told_before_states_no_new_sale():
    text = ("青禾电子股份有限公司（下称“青禾电子”）5月20日晚公告询价转让结果，岚山创投股份有限公司（下称“岚山创投”）、"
            "其一致行动人澄川投资合伙企业（有限合伙），以及Northwind Capital LLC（下称“北风资本”）参与了转让。"
            "转让完成后，北风资本的持股比例从6.40%降到4.90%。这是上述股东连续第三年以询价方式减持。")
    assert [d for d in _deals(text) if "减持" in d[0] or d[2].get("seller")] == []


def test_a_remark_opening_with_zheyi_shi_states_none_either():
    assert _deals("岚山创投此前两次减持青禾电子股份。这已是上述股东今年第二次减持。") == \
        [("acquisition", "asserted", {"acquirer": [], "target": ["青禾电子"], "seller": ["岚山创投"]})]


def test_near_miss_a_holder_cutting_its_stake_is_still_a_sale():
    text = "青禾电子公告称，股东岚山创投已连续两次减持。"
    found = _deals(text)
    assert [(t, r["seller"], r["target"]) for t, _, r in found] == [("acquisition", ["岚山创投"], ["青禾电子"])]


def test_invest_inside_an_unrecognised_full_name_is_no_verb():
    text = ("青禾电子股份有限公司（下称“青禾电子”）5月20日晚披露询价转让结果，中国芯片投资控股有限公司（下称“澄投”）、"
            "其一致行动人岚山投资合伙企业（有限合伙）共向15家机构出让了1800万股公司股份。")
    assert not [d for d in _deals(text) if d[0] == "investment"]


def test_near_miss_invest_as_a_verb_before_a_company_is_read():
    found = [d for d in _deals("澄川资本投资了青禾电子，金额为2亿元。") if d[0] == "investment"]
    assert [(r["investor"], r["investee"]) for _, _, r in found] == [(["澄川资本"], ["青禾电子"])]


def test_a_company_s_holders_selling_in_a_headline_do_not_make_the_company_the_seller():
    text = "青禾电子股东再度询价转让 北风资本持股跌破5%\n\n日期：2025年5月22日\n\n青禾电子发布公告。"
    assert not [d for d in _deals(text) if "青禾电子" in d[2].get("seller", [])]


_BATCH = ("青禾电子股份有限公司（下称“青禾电子”）5月20日晚公告询价转让结果，岚山创投股份有限公司（下称“岚山创投”）、"
          "其一致行动人澄川投资合伙企业（有限合伙），下称“澄川投资”，以及Northwind Capital LLC（下称“北风资本”）"
          "共向15家机构出让了1800万股公司股份。这批股份的转让价为每股30.5元，约占青禾电子总股本的1.80%，三方合计套现约5.49亿元。"
          "转让完成后，岚山创投与澄川投资的合计持股比例从9.12%降到7.62%。北风资本的持股比例则从6.40%降到4.90%。")


def test_holders_selling_to_counted_institutions_sell_shares_of_the_announcing_company():
    sale = [f for f in facts(_BATCH, "acquisition")]
    assert len(sale) == 1
    assert roles(sale[0])["target"] == ["青禾电子股份有限公司"]
    assert roles(sale[0])["seller"] == ["岚山创投股份有限公司", "澄川投资合伙企业", "北风资本"]
    assert sale[0].roles["acquirer"] == []
    assert sale[0].stake.text == "1.80%" and sale[0].amount.text == "约5.49亿元"  # not the price of one share


def test_near_miss_a_named_buyer_after_xiang_stays_with_the_sell_reader():
    text = "青禾电子公告称，岚山创投向澄川资本转让了1800万股公司股份。"
    assert not [f for f in facts(text, "acquisition") if not f.roles.get("acquirer")]  # never an exit, no buyer


def test_near_miss_a_next_sentence_not_on_the_batch_lends_no_stake_or_proceeds():
    text = ("青禾电子公告称，岚山创投共向12家机构出让了900万股公司股份。"
            "青禾电子上半年营收约5.49亿元，约占全年目标的40%。")
    sale = facts(text, "acquisition")
    assert len(sale) == 1 and sale[0].stake is None and sale[0].amount is None


def test_the_holdings_left_are_the_new_figures_the_joint_one_under_its_first_holder():
    held = {(roles(f)["holder"][0], roles(f)["company"][0], f.stake.text)
            for f in facts(_BATCH, "shareholding") if f.stake is not None}
    assert ("岚山创投", "青禾电子股份有限公司", "7.62%") in held
    assert ("北风资本", "青禾电子股份有限公司", "4.90%") in held  # 则从…降到…: same company as the sentence before
    assert not any(s in ("9.12%", "6.40%") for _, _, s in held)


def _plans(text: str, ref: str = "2025-09-05") -> list[tuple[str, str, str | None, object]]:
    return [(f.modality, roles(f)["company"][0], f.amount.text if f.amount else None, f.qualifiers.get("purpose"))
            for f in facts(text, "capital_plan", ref)]


def test_a_placement_plan_is_a_planned_raise_and_its_project_part_a_plan_of_its_own():
    text = ("青禾智算股份有限公司（下称“青禾智算”）9月3日披露定增预案，拟向特定对象发行股票，募资总额不超过8.2亿元。"
            "按照预案，其中6.5亿元将投向“智算中心建设项目”，余下1.7亿元用于补充流动资金。")
    assert _plans(text) == [("planned", "青禾智算股份有限公司", "不超过8.2亿元", None),
                            ("planned", "青禾智算股份有限公司", "6.5亿元", "智算中心建设项目")]


def test_a_raise_whose_use_opens_with_jiang_yongyu_is_a_plan_with_that_use():
    assert _plans("青禾智算拟定增募资不超过8.2亿元，将用于智算中心建设项目和补充流动资金。") == \
        [("planned", "青禾智算", "不超过8.2亿元", "智算中心建设项目和补充流动资金")]


def test_near_miss_a_placement_called_off_is_no_plan():
    assert _plans("青禾智算宣布终止定增预案，原拟向特定对象发行股票募资不超过8.2亿元。") == []


def test_near_miss_money_raised_by_a_completed_placement_is_no_plan():
    assert _plans("青禾智算向特定对象发行股票已发行完毕，实际募集资金总额为8.2亿元。") == []


def test_near_miss_working_capital_part_is_no_project_plan():
    text = ("青禾智算9月3日披露定增预案，拟向特定对象发行股票，募资总额不超过8.2亿元。"
            "其中1.7亿元用于补充流动资金。")
    assert [p for p in _plans(text) if p[2] == "1.7亿元"] == []


def _bought(text: str, ref: str = "2025-07-10") -> list[tuple[list[str], str | None, str | None, str | None]]:
    return [(roles(f)["seller"], f.stake.text if f.stake else None, f.amount.text if f.amount else None,
             f.date.text if f.date else None) for f in facts(text, "acquisition", ref) if f.roles.get("acquirer")]


def test_shares_taken_over_told_in_a_relative_clause_carry_the_part_after_the_transfer():
    text = ("澄川装备科技集团股份有限公司（下称“澄川装备”）7月9日晚间公告称，公司已成为青禾微电子设备股份有限公司"
            "（下称“青禾微电”）的控股股东。公告显示，澄川装备从岚山天成自动化技术有限公司（下称“岚山天成”）协议受让的"
            "1520.5万股青禾微电股份已于7月8日过户完毕，占青禾微电总股本的7.60%。")
    assert _bought(text) == [(["岚山天成自动化技术有限公司"], "7.60%", None, "7月8日")]


def test_the_total_after_a_per_share_price_is_the_amount():
    text = "今年2月，澄川装备以每股75.2元、合计约12.3亿元的价格，受让了岚山先进所持青禾微电8.60%的股份。"
    assert _bought(text) == [(["岚山先进"], "8.60%", "约12.3亿元", "今年2月")]


def test_near_miss_a_price_per_share_alone_is_no_amount():
    text = "今年2月，澄川装备以每股75.2元的价格，受让了岚山先进所持青禾微电8.60%的股份。"
    assert _bought(text) == [(["岚山先进"], "8.60%", None, "今年2月")]


def _ranked(text: str) -> list[tuple[str, str, object]]:
    return [(roles(f)["holder"][0], roles(f)["company"][0], f.qualifiers.get("rank"))
            for f in facts(text, "shareholding") if f.qualifiers.get("rank")]


def test_a_holder_and_its_concert_party_ranking_first_is_the_holder_named_first():
    assert _ranked("那次转让之后，岚山投资及其一致行动人澄川创投被动成为青禾电子第一大股东。") == \
        [("岚山投资", "青禾电子", "largest")]


def test_the_concert_party_in_latin_letters_with_a_comma_does_not_hold_in_its_place():
    text = ("青禾电子公告称，股东完成了转让。那次转让之后，岚山股权投资合伙企业（有限合伙），下称“岚山投资”，"
            "及其一致行动人Redwood Partners, L.P.被动成为青禾电子第一大股东。")
    assert _ranked(text) == [("岚山投资", "青禾电子", "largest")]


def test_near_miss_a_single_holder_ranking_first_stays_the_holder():
    assert _ranked("澄川创投为青禾电子第一大股东。") == [("澄川创投", "青禾电子", "largest")]

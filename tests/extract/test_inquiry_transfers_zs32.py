"""Share transfers to institutions by inquiry (询价转让), the holdings they leave, and the capital plans of the
companies whose shares change hands. Sentences written for this file, with invented names."""

from __future__ import annotations

from tests.extract.readers import facts, names, roles


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

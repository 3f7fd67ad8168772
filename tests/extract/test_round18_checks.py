"""Readings checked after the round-18 rules were merged: how often and tender lots are no parties, a listing's
sponsor is not the company listing, a holder never holds its own full name. Sentences written by the team."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def _facts(text: str, kind: str) -> list[dict[str, list[str]]]:
    return [{role: [m.text for m in ms] for role, ms in f.roles.items()}
            for f in extract("t", text, "2025-06-30").facts if f.type == kind]


def _names(text: str) -> list[str]:
    return [m.text for m in extract("t", text, "2025-06-30").mentions]


def test_how_often_before_a_sell_down_is_no_seller():
    text = "澄江基金二期上一次减持青禾电子是在2023年下半年。"
    assert all("上一次" not in n for n in _names(text))
    text = "岚山创投今年已经三次减持星川微电子，最近一次在11月5日，单次减持300万股。"
    assert "单次" not in _names(text)
    assert all("单次" not in sellers for f in _facts(text, "acquisition") for sellers in f.get("seller", []))


def test_a_tender_lot_is_no_winner():
    text = "二标段中标金额为3.2亿元，由澄湖建设为牵头单位，青禾工程为成员。"
    assert not any(n.endswith("标段") for n in _names(text))
    assert all(not s.endswith("标段") for f in _facts(text, "purchase") for s in f.get("supplier", []))


def test_a_short_name_before_a_sell_down_is_still_a_seller():
    assert _facts("澜银国际减持青禾电子股份200万股。", "acquisition") == [
        {"acquirer": [], "target": ["青禾电子"], "seller": ["澜银国际"]}]


def test_the_sponsor_named_beside_the_company_does_not_list():
    facts = _facts("澄芯微电子及保荐机构华岳证券撤回上市申请。", "listing")
    assert [f["company"] for f in facts] == [["澄芯微电子"]]


def test_a_holder_does_not_hold_its_own_full_name():
    """The holder's full name, named more often than the company, is not the company its short name holds."""
    text = ("上海岚辰企业管理有限公司是青川能科的控股股东。上海岚辰企业管理有限公司近日拟通过协议转让方式向澄金资管"
            "转让其所持有的公司 80,000,000 股股份。\n此次权益变动完成后，公司控股股东上海岚辰持有公司的股份由 600,000,000 股"
            "减少至 520,000,000 股。")
    for f in _facts(text, "shareholding"):
        assert not any(c.startswith(h) or h.startswith(c) for h in f["holder"] for c in f["company"])


def test_the_company_shares_after_hold_are_no_name():
    text = "变动完成后，公司控股股东上海岚辰持有公司股份由6亿股降至5.9亿股。"
    assert not any(n.startswith("股份") for n in _names(text))
    assert _facts("澄川资本持有星河科技股份1200万股。", "shareholding") == [{"holder": ["澄川资本"], "company": ["星河科技"]}]


def test_the_company_a_rank_is_held_in_is_found_without_a_known_ending():
    assert _facts("澄川集团是青川能科的控股股东。", "shareholding") == [{"holder": ["澄川集团"], "company": ["青川能科"]}]
    assert _facts("澄川集团为青川能科的第一大股东。", "shareholding") == [{"holder": ["澄川集团"], "company": ["青川能科"]}]
    assert "公司" not in _names("澄川集团是公司的控股股东。")


def test_a_verb_after_a_titled_persons_name_is_not_its_last_character():
    assert "王明" in _names("星河科技实际控制人王明拟减持公司股份。")
    assert not any(n in ("王明拟", "王明将") for n in _names("星河科技实际控制人王明拟减持公司股份。")
                   + _names("实际控制人王明将减持。"))
    assert "王明远" in _names("实际控制人王明远持有公司30%股份。")

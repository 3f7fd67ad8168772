"""Share deals in announcements about listed companies (round 31, from real-text reading): a stake set off by
spaces names the company before it; shares bought from a holder are no goods purchase. Sentences written for
this file (invented companies)."""

from __future__ import annotations

from tests.extract.readers import facts, names, roles


def test_a_stake_set_off_by_spaces_names_the_company_before_it():
    found = facts("澄川科技拟向岚山创投发行股份购买其持有的新澜晶投 35.5% 股权。", "acquisition")
    assert [roles(f) for f in found] == [{"acquirer": ["澄川科技"], "target": ["新澜晶投"], "seller": ["岚山创投"]}]
    assert found[0].modality == "planned"
    assert found[0].stake is not None and found[0].stake.value.value == 35.5


def test_each_holder_of_a_list_of_spaced_stakes_sells_its_own_part():
    text = ("澄川科技拟向岚山创投支付现金购买其持有的新澜晶投 20.5% 股权，"
            "另拟向白鹭基金以换股方式购买其所持的新澜晶投 8.25% 股权。")
    found = sorted((roles(f)["seller"], f.stake.value.value) for f in facts(text, "acquisition"))
    assert found == [(["岚山创投"], 20.5), (["白鹭基金"], 8.25)]
    assert all(roles(f)["target"] == ["新澜晶投"] for f in facts(text, "acquisition"))


def test_a_spaced_stake_after_a_verb_names_no_company():
    # near miss: the word before the spaced stake is a verb, not a name
    assert facts("青禾电子拟出售 35.5% 股权。", "acquisition") == []
    assert not [m for m in facts("澄川科技拟收购 35.5% 股权。") for m in m.roles.get("target", [])]


def test_shares_bought_from_their_holder_are_no_goods_purchase():
    assert facts("澄川科技拟向岚山创投购买其持有的 35.5% 股权。", "purchase") == []
    assert facts("澄川科技拟向岚山创投购买其合计持有的股份。", "purchase") == []


def test_goods_bought_from_a_supplier_stay_a_purchase():
    # near miss: servers, no shares, after the verb
    found = facts("澄川科技向岚山创投购买200台服务器。", "purchase")
    assert [roles(f) for f in found] == [{"buyer": ["澄川科技"], "supplier": ["岚山创投"]}]


def test_a_rank_the_holder_will_reach_is_still_to_come():
    found = facts("本次协议转让完成后，澄川资本将成为青禾电子第一大股东。", "shareholding")
    assert [(f.modality, roles(f)) for f in found] == [("planned", {"holder": ["澄川资本"], "company": ["青禾电子"]})]
    hoped = facts("澄川资本有望成为青禾电子第二大股东。", "shareholding")
    assert [f.modality for f in hoped] == ["expected"]


def test_a_rank_already_reached_stays_asserted():
    # near misses: 已成为 / 成为 with no word of what is to come
    for text in ("澄川资本已成为青禾电子第一大股东。", "澄川资本成为青禾电子第一大股东。"):
        assert [f.modality for f in facts(text, "shareholding")] == ["asserted"]


_SIGNED = "青禾电子公告，控股股东澄川资本与岚山创投签署了《股份转让协议》，"


def test_shares_sold_by_the_signer_through_a_named_means_go_to_the_buyer():
    text = _SIGNED + ("拟将所持有的公司流通股 3,100,000 股（约占公司总股本 6.20%）以 15.50 元/股"
                      "通过协议方式转让给岚山创投，总价 48,050,000.00 元。")
    found = facts(text, "acquisition")
    assert [(f.modality, roles(f)) for f in found] == [
        ("planned", {"acquirer": ["岚山创投"], "target": ["青禾电子"], "seller": ["澄川资本"]})]
    assert found[0].stake.value.value == 6.2


def test_a_spaced_share_count_before_the_buyer_is_the_company_s_shares():
    text = _SIGNED + "拟将其持有的公司股份 1,800,000 股转让给岚山创投。"
    assert [roles(f) for f in facts(text, "acquisition")] == [
        {"acquirer": ["岚山创投"], "target": ["青禾电子"], "seller": ["澄川资本"]}]


def test_no_share_sale_when_what_is_handed_over_is_no_shares():
    # near miss: a patent passed on through the same means is no share deal
    text = "青禾电子公告，股东澄川资本与岚山创投签署了协议，拟将所持有的公司专利通过协议方式转让给岚山创投。"
    assert facts(text, "acquisition") == []


def test_the_shareholders_of_a_company_are_not_that_company_as_holder():
    assert facts("交易完成后青禾电子股东合计持有岚山材料32.5%股权。", "shareholding") == []
    assert facts("青禾电子的全体股东将分别持有岚山材料20%股权。", "shareholding") == []


def test_a_named_shareholder_or_the_company_itself_still_holds():
    # near misses: a holder named after 股东, and the company holding on its own
    named = facts("青禾电子股东澄川集团持有岚山材料12%股权。", "shareholding")
    assert {"holder": ["澄川集团"], "company": ["岚山材料"]} in [roles(f) for f in named]
    own = facts("青禾电子合计持有岚山材料32.5%股权。", "shareholding")
    assert [roles(f) for f in own] == [{"holder": ["青禾电子"], "company": ["岚山材料"]}]



_NOTICE = "青禾电子股份有限公司发布了两位股东的减持安排。"


def test_the_company_before_a_spaced_share_count_is_the_issuer():
    text = _NOTICE + "截至本公告披露之日，岚山创投和白鹭基金分别持有公司 512.30 万股、418.06 万股股份。"
    held = facts(text, "shareholding")
    assert sorted(names(f, "holder")[0] for f in held) == ["岚山创投", "白鹭基金"]
    assert {names(f, "company")[0] for f in held} == {"青禾电子股份有限公司"}


def test_a_spaced_number_that_counts_no_shares_names_no_issuer():
    # near miss: a building number after 公司, no shares
    assert facts(_NOTICE + "岚山创投持有公司 2 号楼的产权。", "shareholding") == []


def test_a_rank_told_of_the_holder_before_is_in_the_company_it_holds():
    text = "本次交易前，青禾新能控股股东澄川集团股份有限公司持有岚山晶材有限公司17.40%股权，为其参股股东。"
    held = [roles(f) for f in facts(text, "shareholding")]
    assert {"holder": ["澄川集团股份有限公司"], "company": ["岚山晶材有限公司"]} in held
    assert all(r["holder"] != ["岚山晶材有限公司"] for r in held)


def test_a_rank_with_its_own_subject_keeps_that_subject():
    # near miss: the clause names its own holder before 为
    held = [roles(f) for f in facts("澄川资本收购了青禾电子，岚山创投为其第二大股东。", "shareholding")]
    assert [r["holder"] for r in held] == [["岚山创投"]]

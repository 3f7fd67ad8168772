"""Share deals in announcements about listed companies (round 31, from real-text reading): a stake set off by
spaces names the company before it; shares bought from a holder are no goods purchase. Sentences written for
this file (invented companies)."""

from __future__ import annotations

from tests.extract.readers import facts, roles


def test_a_stake_set_off_by_spaces_names_the_company_before_it():
    found = facts("澄川科技拟向岚山创投发行股份购买其持有的新澜晶投 35.5% 股权。", "acquisition")
    assert [roles(f) for f in found] == [{"acquirer": ["澄川科技"], "target": ["新澜晶投"], "seller": ["岚山创投"]}]
    assert found[0].modality == "planned"
    assert found[0].stake is not None and found[0].stake.value.value == 35.5


def test_each_holder_of_a_list_of_spaced_stakes_sells_its_own_part():
    text = ("澄川科技拟向岚山创投支付现金购买其持有的新澜晶投 20.5% 股权，"
            "拟向白鹭基金发行股份购买其持有的新澜晶投 8.25% 股权。")
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

"""Round 26 (rt26a): long financing features — a described company (这家成立仅…的…公司) as the raiser, a round's
noun (本轮投资由…领投) read as no verb, a firm's alias that is a verb phrase (投资者领航投资的B)."""

from dealgraph.extract.pipeline import extract


def _inv(text: str):
    doc = extract("t", text, "2025-12-31")
    return [(sorted(m.canonical for m in f.roles.get("investor", [])),
             [m.canonical for m in f.roles.get("investee", [])], f.modality)
            for f in doc.facts if f.type == "investment"]


def test_described_company_by_its_age_raises_the_round():
    doc = extract("t", "澄川资本领投了青禾智航科技的A轮融资。这家成立于2023年春天的具身智能公司,"
                       "半年前刚以2000万元种子轮融资起步。", "2025-12-31")
    seed = [f for f in doc.facts if f.type == "investment" and f.amount is not None]
    assert seed and [m.canonical for m in seed[0].roles["investee"]] == ["青禾智航科技"]
    assert all(m.canonical != "澄川资本" for f in seed for m in f.roles["investee"])


def test_described_company_near_miss_plain_description_stays_unresolved_to_investor():
    # 这家成立仅两个月的机构 is no company of the kinds read (机构 not in the long form): nothing raised by 澄川资本
    facts = _inv("澄川资本今年投资了青禾智航科技。这家成立仅两个月的基金管理机构还在募资。")
    assert all(f[1] != ["澄川资本"] for f in facts)


def test_round_noun_is_no_verb():
    facts = _inv("青禾云算的本轮投资由澄川产业基金与岚山产业投资基金联合领投,两只基金均为地方国资。")
    assert (["岚山产业投资基金", "澄川产业基金"], ["青禾云算"], "asserted") in facts
    assert all(f[0] != ["青禾云算"] for f in facts)


def test_round_noun_near_miss_verb_after_round_word():
    facts = _inv("澄川基金本轮投资了青禾云算。")
    assert (["澄川基金"], ["青禾云算"], "asserted") in facts


def test_verb_phrase_alias_after_role_noun_is_the_verb():
    facts = _inv("其中,岚山创投作为资深独立投资者领航投资的青禾科技,目前正在筹备上市。")
    assert all("先锋领航" not in f[0] for f in facts)
    assert (["岚山创投"], ["青禾科技"], "asserted") in facts


def test_verb_phrase_alias_near_miss_firm_named():
    doc = extract("t", "澄川资本与领航投资的合作已经展开。", "2025-12-31")
    assert any(m.canonical == "先锋领航" for m in doc.mentions)

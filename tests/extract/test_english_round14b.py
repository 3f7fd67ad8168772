"""Round 14b: funding-round stories about AI, chip and robotics start-ups read whole (sentences written for these tests)."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def _facts(text: str, kind: str = "investment", ref: str = "2025-06-01"):
    return [f for f in extract("t", text, ref).facts if f.type == kind]


def _names(fact, role: str) -> list[str]:
    return [m.canonical for m in fact.roles.get(role, [])]


def test_gerund_opening_sentence_is_no_name_and_relative_clause_round_is_read():
    text = "Heading the list is Quorvane, a Lyon-based robotics startup, which secured a hefty $85 million Series B round."
    facts = _facts(text.replace("Heading", "Leading"))
    assert len(facts) == 1
    assert _names(facts[0], "investee") == ["Quorvane"]
    assert facts[0].amount.text == "$85 million"
    assert facts[0].qualifiers.get("round") == "Series B"


def test_round_being_co_led_and_including_investors_joins_the_round():
    text = ("Tessaly Compute secured $640 million to build data centres. "
            "The round is being co-led by Brightwater Partners and Olvane Capital and includes Kestrel Fund, "
            "Marrow Ventures and Cobalt Peak as some of its investors.")
    facts = _facts(text)
    assert len(facts) == 1
    fact = facts[0]
    assert _names(fact, "investee") == ["Tessaly Compute"]
    assert set(_names(fact, "investor")) == {"Brightwater Partners", "Olvane Capital", "Kestrel Fund",
                                             "Marrow Ventures", "Cobalt Peak"}
    assert fact.qualifiers["lead"] == ["name:brightwaterpartners", "name:olvanecapital"]


def test_drawn_investment_from_a_list_with_a_product_maker():
    text = "Warehouse robot maker Pindle Robotics has drawn a $210 million investment from Orrin Capital, ChatGPT-maker OpenAI and others."
    facts = _facts(text)
    assert len(facts) == 1
    assert _names(facts[0], "investee") == ["Pindle Robotics"]
    assert _names(facts[0], "investor") == ["Orrin Capital", "OpenAI"]
    assert facts[0].amount.text == "$210 million"


def test_bulleted_investor_lists_join_the_round_and_the_article_before_a_fund():
    text = ("Pindle Robotics raised $120 million in a Series C round.\n\n"
            "• Investors include Orrin Capital, the Kestrel Growth Fund and Marrow Ventures.\n\n"
            "• Others include Cobalt Peak and Brightwater Partners.")
    facts = _facts(text)
    assert len(facts) == 1
    assert _names(facts[0], "investor") == ["Orrin Capital", "Kestrel Growth Fund", "Marrow Ventures", "Cobalt Peak",
                                            "Brightwater Partners"]


def test_participation_sentence_joins_the_round():
    text = ("Quorvane closed a $48 million Series A round led by Orrin Capital. "
            "Participation also came from Marrow Ventures and Cobalt Peak.")
    facts = _facts(text)
    assert len(facts) == 1
    assert _names(facts[0], "investor") == ["Orrin Capital", "Marrow Ventures", "Cobalt Peak"]
    assert "Participation" not in [m.text for m in extract("t", text, "2025-06-01").mentions]


def test_round_in_talks_valued_without_a_sum_is_reported():
    text = ("Tessaly Compute is negotiating with backers over a financing round which could value it near "
            "$12 billion, the newspaper reported on Tuesday.")
    facts = _facts(text)
    assert len(facts) == 1
    assert facts[0].modality == "reported"
    assert facts[0].amount is None
    assert facts[0].qualifiers["valuation"].value.value == 12e9


def test_raise_a_fresh_round_at_a_valuation_is_reported():
    text = ("Tessaly Compute hopes to raise a new funding round at roughly a $30 billion valuation, "
            "according to two people briefed on the plans.")
    facts = _facts(text)
    assert len(facts) == 1 and facts[0].modality == "reported"
    assert facts[0].qualifiers["valuation"].value.value == 30e9


def test_discussing_to_raise_money_that_could_value_it():
    text = "Quorvane is discussing to raise $4 billion that could value the startup at $25 billion, a person said."
    facts = _facts(text)
    assert len(facts) == 1
    assert facts[0].amount.text == "$4 billion"
    assert facts[0].qualifiers["valuation"].value.value == 25e9


def test_negotiating_and_discussed_raising_are_talks_not_deals():
    negotiating = _facts("Pindle Robotics is negotiating to raise $300 million in a large funding round.")
    assert [f.modality for f in negotiating] == ["reported"]
    discussed = _facts("Quorvane has discussed raising $2 billion from Orrin Capital for its chip unit.")
    assert discussed and all(f.modality == "reported" for f in discussed)


def test_close_to_raising_is_not_done_and_leaves_the_focus_asserted():
    text = "Tessaly Compute, which specialises in building inference chips, is close to raising $90 million in a new round."
    doc = extract("t", text, "2025-06-01")
    rounds = [f for f in doc.facts if f.type == "investment"]
    assert [f.modality for f in rounds] == ["planned"]
    assert all(f.modality == "asserted" for f in doc.facts if f.type == "focus")


def test_place_with_two_words_before_based_is_no_name():
    text = "Quorvane, a Santa Rosa-based startup, raised $12 million in seed funding."
    doc = extract("t", text, "2025-06-01")
    assert "Santa" not in [m.text for m in doc.mentions]
    assert [_names(f, "investee") for f in doc.facts if f.type == "investment"] == [["Quorvane"]]


def test_pioneer_before_a_name_marks_a_person():
    text = "Quorvane, founded by robotics pioneer Tomas Ekberg, raised $12 million in seed funding."
    doc = extract("t", text, "2025-06-01")
    assert [m.kind for m in doc.mentions if m.text == "Tomas Ekberg"] == ["person"]


def test_a_later_round_of_the_same_company_takes_its_own_investors():
    text = ("Quorvane raised about $600 million in new funding in March.\n"
            "Quorvane had raised $90 million in a seed funding round in 2022.\n"
            "The seed round was led by Orrin Capital, with participation from Marrow Ventures and Cobalt Peak.")
    facts = _facts(text)
    seed = [f for f in facts if f.qualifiers.get("round") == "seed"]
    other = [f for f in facts if f.amount is not None and f.amount.text == "about $600 million"]
    assert len(seed) == 1 and len(other) == 1
    assert _names(seed[0], "investor") == ["Orrin Capital", "Marrow Ventures", "Cobalt Peak"]
    assert _names(other[0], "investor") == []


def test_included_opens_no_description_of_the_next_investor():
    text = ("Pindle Robotics raised $75 million in a Series B round.\n"
            "Participation also included chip giant Halvard Semiconductor and Marrow Ventures.")
    facts = _facts(text)
    assert _names(facts[0], "investor") == ["Halvard Semiconductor", "Marrow Ventures"]


def test_significant_sum_in_a_relative_clause_is_a_round():
    facts = _facts("Ahead of its rivals is Tessaly Compute, which secured a significant $70 million Series A round.")
    assert [(_names(f, "investee"), f.amount.text) for f in facts] == [(["Tessaly Compute"], "$70 million")]


def test_a_person_launching_a_company_founds_it():
    facts = _facts("Elena Marsh, the veteran engineer, launched Quorvane in July 2023 as a rival to Orrin Capital.",
                   "founding")
    assert [(_names(f, "founder"), _names(f, "company"), f.date.value.value) for f in facts] == [
        (["Elena Marsh"], ["Quorvane"], "2023-07")]
    later = _facts("Elena Marsh teaches at a lab. Marsh, who launched Quorvane in 2023, has sued Orrin Capital.", "founding")
    assert [(_names(f, "founder"), _names(f, "company")) for f in later] == [(["Elena Marsh"], ["Quorvane"])]


def test_a_model_launched_founds_nothing():
    assert _facts("Elena Marsh launched the Quorvane Pro model last year.", "founding") == []

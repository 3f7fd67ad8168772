"""Round 26 (rt26b): English supplier constructions and three readings that must not be asserted purchases."""
from dealgraph.extract.pipeline import extract


def _purchases(text: str) -> list[tuple[str, str, str]]:
    r = extract("t", text, "2025-06-30")
    return [(f.modality, f.roles["buyer"][0].text if f.roles.get("buyer") else "",
             f.roles["supplier"][0].text if f.roles.get("supplier") else "") for f in r.facts if f.type == "purchase"]


def test_supplier_as_apposition():
    got = _purchases("Brightwater Memory, Korvane Systems' primary DRAM module supplier, said its orders doubled.")
    assert ("asserted", "Korvane Systems", "Brightwater Memory") in got


def test_former_supplier_apposition_does_not_fire():
    assert _purchases("Brightwater Memory, Korvane Systems' former supplier, said its orders doubled.") == []


def test_rival_of_supplier_apposition_does_not_fire():
    got = _purchases("Tessaly Chips, a rival of Korvane Systems' main supplier, said its orders doubled.")
    assert not any(s == "Tessaly Chips" for _, _, s in got)


def test_supplier_after_adverb_and_two_word_goods():
    got = _purchases("Orlen Dynamics is a newcomer, while Brightwater Memory, which is currently Korvane Systems' "
                     "leading memory chip supplier, keeps growing.")
    assert ("asserted", "Korvane Systems", "Brightwater Memory") in got


def test_ranked_supplier_predicate():
    got = _purchases("Brightwater Memory has become Korvane Systems' second-largest supplier.")
    assert ("asserted", "Korvane Systems", "Brightwater Memory") in got


def test_selected_to_supply_each_supplier():
    got = _purchases("Korvane Systems has selected Brightwater Memory, Tessaly Chips and Orlen Dynamics to supply "
                     "stacked memory for its next accelerator.")
    assert {s for m, b, s in got if m == "asserted" and b == "Korvane Systems"} == {
        "Brightwater Memory", "Tessaly Chips", "Orlen Dynamics"}


def test_selected_to_lead_is_no_purchase():
    assert _purchases("Korvane Systems has selected Brightwater Capital to lead its next funding round.") == []


def test_selection_planned_stays_planned():
    got = _purchases("Korvane Systems plans to select Brightwater Memory and Tessaly Chips to supply memory next year.")
    assert got and all(m != "asserted" for m, _, _ in got)


def test_struggling_to_supply_is_not_asserted():
    got = _purchases("Tessaly Chips is struggling to supply Korvane Systems with its newest memory stacks.")
    assert all(m != "asserted" for m, _, _ in got)


def test_supplying_with_is_still_asserted():
    got = _purchases("Tessaly Chips supplies Korvane Systems with its newest memory stacks.")
    assert ("asserted", "Korvane Systems", "Tessaly Chips") in got


def test_unnamed_customer_share_does_not_make_the_sayer_a_buyer():
    got = _purchases("In its annual filing with the regulator, Korvane Systems said a single direct customer "
                     "represented 14% of its total revenue.")
    assert got == []


def test_named_customer_share_still_read():
    got = _purchases("Korvane Systems said Brightwater Cloud represented 14% of its total revenue last year.")
    assert any(b == "Brightwater Cloud" for _, b, _ in got)


def test_analyst_belief_about_customer_is_reported():
    got = _purchases("In a client note, Fenwick Securities said it believes Brightwater Cloud made up 21% of "
                     "Korvane's total revenue in 2024.")
    assert got and all(m == "reported" for m, _, _ in got)


def test_customer_share_without_belief_stays_asserted():
    got = _purchases("Brightwater Cloud made up 21% of Korvane's total revenue in 2024.")
    assert ("asserted", "Brightwater Cloud", "Korvane") in got

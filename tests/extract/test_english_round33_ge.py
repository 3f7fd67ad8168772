"""Round 33 (wt-ge), English AI-industry deal readings found wrong in published news: a commitment of money is a
promise still to be paid (planned) unless it is told as kept; the day a company's shares moved is not the day of the
deal named after "after"; talks over a cloud contract with a cloud company are a purchase under negotiation. Sentences
written by the team; the companies are invented."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


# ---- a commitment of money: planned, unless kept


def test_a_commitment_made_is_planned():
    f = one("Northwind Capital made a $3 billion commitment to Bluepeak AI.", "investment")
    assert names(f, "investor") == ["Northwind Capital"] and names(f, "investee") == ["Bluepeak AI"]
    assert f.modality == "planned" and f.amount.value.value == 3e9


def test_a_possessive_commitment_the_cash_goes_toward_is_planned():
    f = one("Most of the cash will go toward Northwind Capital's $3 billion commitment to Bluepeak AI.", "investment")
    assert names(f, "investor") == ["Northwind Capital"] and f.modality == "planned"


def test_a_commitment_from_one_to_another_is_planned():
    f = one("The $3 billion commitment from Northwind Capital to Bluepeak AI came in two parts.", "investment")
    assert f.modality == "planned"


def test_a_commitment_of_a_sum_is_planned():
    f = one("Northwind Capital's commitment of $3 billion to Bluepeak AI was approved by its board.", "investment")
    assert f.modality == "planned"


def test_a_commitment_fulfilled_is_asserted():
    # near miss: the commitment is told as kept, so the money went in
    f = one("Northwind Capital has fulfilled its $3 billion commitment to Bluepeak AI.", "investment")
    assert names(f, "investee") == ["Bluepeak AI"] and f.modality == "asserted"


def test_a_commitment_still_to_fulfil_stays_planned():
    f = one("Northwind Capital is racing to fulfil its $3 billion commitment to Bluepeak AI.", "investment")
    assert f.modality == "planned"

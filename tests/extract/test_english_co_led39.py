"""English rounds "led by A and co-led by B" (both lead) and a backer's name closing with digits and capitals ("SCB
10X") (read from held-out set 14; sentences of our own)."""

from __future__ import annotations

from tests.extract.readers import names, one

REF = "2025-02-21"


def test_led_and_co_led_by() -> None:
    fact = one("Norvane, a Boston-based robotics company, said on Thursday it had raised $90 million in a Series B round "
               "led by Harbor Peak Capital and co-led by Aldon Ventures.", "investment", REF)
    assert names(fact, "investor") == ["Harbor Peak Capital", "Aldon Ventures"]
    assert len(fact.qualifiers["lead"]) == 2


def test_co_led_by_two_after_a_comma() -> None:
    fact = one("Pike Labs raised $40 million in seed funding led by Harbor Peak Capital, and co-led by Aldon Ventures "
               "and Lumeno Partners.", "investment", REF)
    assert names(fact, "investor") == ["Harbor Peak Capital", "Aldon Ventures", "Lumeno Partners"]


def test_a_backer_named_with_digits_and_capitals_joins_the_round() -> None:
    fact = one("Norvane raised $90 million in a round led by Harbor Peak Capital. Veltrix Partners, Dana Pell and "
               "KDB 5X also took part.", "investment", REF)
    assert names(fact, "investor")[-1] == "KDB 5X"


def test_led_by_alone_stays_one_lead() -> None:
    fact = one("Norvane raised $90 million in a Series B round led by Harbor Peak Capital.", "investment", REF)
    assert names(fact, "investor") == ["Harbor Peak Capital"]

"""Round 32 (lead), English lists of backers and founders with an aside after a member, and "last" before a month.
Sentences written by the team; the companies and people are invented."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


def test_a_unit_described_by_its_owner_inside_a_list_of_backers():
    f = one("Quillon AI raised $80 million in a Series B led by Harbor Peak, with participation from Fennel Ventures, "
            "Ostrava's venture capital arm, Brightmoor Capital and existing backer Tamsin Partners.", "investment")
    assert names(f, "investor") == ["Harbor Peak", "Fennel Ventures", "Brightmoor Capital", "Tamsin Partners"]
    # the owner is no backer, and owns only the member it describes
    owned = {(names(o, "owner")[0], names(o, "unit")[0]) for o in facts(
        "Quillon AI raised $80 million in a Series B led by Harbor Peak, with participation from Fennel Ventures, "
        "Ostrava's venture capital arm, Brightmoor Capital and existing backer Tamsin Partners.", "ownership")}
    assert ("Ostrava", "Brightmoor Capital") not in owned


def test_the_owner_described_before_its_unit_still_owns_it():
    # near miss: the description opens the phrase, the unit's name follows it
    f = one("Ostrava's venture capital arm, Fennel Ventures, joined the round.", "ownership")
    assert names(f, "owner") == ["Ostrava"] and names(f, "unit") == ["Fennel Ventures"]


def test_existing_backer_before_the_last_member_keeps_the_list_whole():
    f = one("Quillon AI raised $30 million with participation from Fennel Ventures, Brightmoor Capital and existing "
            "backer Tamsin Partners.", "investment")
    assert names(f, "investor") == ["Fennel Ventures", "Brightmoor Capital", "Tamsin Partners"]


def test_founders_with_an_aside_ending_in_a_former_employer():
    f = one("Quillon was founded in 2021 by Mara Olsen, a former product lead at Harbor Systems, and Tom Reyes, who "
            "once ran research at Ostrava.", "founding")
    assert names(f, "founder") == ["Mara Olsen", "Tom Reyes"]
    assert "Harbor Systems" not in names(f, "founder")


def test_an_aside_naming_a_company_without_a_preposition_is_a_member():
    # near miss: "the firm Harbor Systems" is a described member of the list, not an aside
    f = one("Quillon raised $12 million from Fennel Ventures, the firm Harbor Systems and Tamsin Partners.",
            "investment")
    assert "Harbor Systems" in names(f, "investor")


def test_last_before_a_month_dates_the_round_a_year_back():
    f = one("Quillon AI raised $45 million in a Series A led by Fennel Ventures last May.", "investment",
            ref="2026-06-10")
    assert f.date is not None and f.date.value.value == "2025-05"

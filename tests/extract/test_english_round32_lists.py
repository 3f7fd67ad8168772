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


# ---- founders, backers and buyers named in asides and relative clauses


def test_a_founder_named_with_the_company_they_head():
    f = one("Tamsin Global was set up by billionaire Tom Reyes and Harbor Partners chief executive Mara Olsen.",
            "founding")
    assert names(f, "founder") == ["Tom Reyes", "Mara Olsen"]  # not Harbor Partners


def test_one_of_a_companys_investors_is_an_investment_and_a_ranked_one_a_holding():
    f = one("Fennel Ventures is already one of Quillon's investors.", "investment")
    assert names(f, "investor") == ["Fennel Ventures"] and names(f, "investee") == ["Quillon"]
    # near miss: ranked by its stake, a shareholding as before
    assert not facts("Fennel Ventures is one of Quillon's largest investors.", "investment")
    assert facts("Fennel Ventures is one of Quillon's largest investors.", "shareholding")


def test_buying_a_named_business_of_a_company():
    f = one("Ostrava Systems agreed to buy the design and engineering business of Swedish group Quillon for about "
            "EUR 1.2 billion.", "acquisition")
    assert names(f, "acquirer") == ["Ostrava Systems"] and names(f, "target") == ["Quillon"]
    assert f.modality == "planned" and f.amount is not None


def test_a_relative_clause_on_a_seller_names_its_customers():
    found = {(names(f, "buyer")[0], names(f, "supplier")[0]) for f in facts(
        "Brightmoor buys cloud capacity from Ostrava, which also counts Quillon among its customers.", "purchase")}
    assert found == {("Brightmoor", "Ostrava"), ("Quillon", "Ostrava")}


def test_a_relative_clause_on_the_buyer_lends_no_sum_to_the_purchase():
    f = one("Quillon, which posted a loss of $18.8 billion in 2024, buys chips from Ostrava as well.", "purchase")
    assert f.amount is None
    assert one("Quillon buys $2 billion of chips from Ostrava.", "purchase").amount is not None  # near miss


def test_providing_a_company_with_computing_capacity_is_a_purchase():
    f = one("Ostrava would provide Quillon with computing capacity to train its models.", "purchase")
    assert names(f, "buyer") == ["Quillon"] and names(f, "supplier") == ["Ostrava"]
    assert not facts("Ostrava provided Quillon with a loan.", "purchase")  # near miss: money, no goods


# ---- periods and plans


def test_a_quarter_named_by_its_months_and_the_quarter_after_it():
    found = [f for f in facts("Ostrava's net profit for the January-March quarter rose 60% from a year earlier to "
                              "$11.1 billion. Revenue in the quarter grew 35% to $25.53 billion.", "financial",
                              ref="2025-04-18")]
    assert [f.qualifiers["period"].value.value for f in found] == ["2025-Q1", "2025-Q1"]


def test_a_pledge_for_plants_in_a_country_is_a_capital_plan():
    f = one("In March, Ostrava pledged a further $100 billion for chip plants in the United States.", "capital_plan",
            ref="2025-04-18")
    assert f.amount is not None and f.amount.value.value == 1e11
    assert f.qualifiers.get("purpose") == "chip plants"
    assert not facts("Halden committed $50 million to Quillon.", "capital_plan")  # near miss: money into a company


def test_a_capital_spending_budget_is_an_expected_plan_of_its_year():
    f = one("Ostrava raised $5 million. The company kept its 2025 capital spending budget at $38 billion to "
            "$42 billion.", "capital_plan", ref="2025-04-18")
    assert f.modality == "expected" and f.date is not None and f.date.value.value == "2025"

"""One-company facts in English (round 34, wt-ic): a spending plan named as a noun ("announced a $5 billion investment
in …"), the year a change is measured from is no period ("up 40% from fiscal 2023"), a maker's field ends before where
it is based. Invented names and sentences, with near misses."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def _facts(text: str, kind: str):
    return [f for f in extract("t", text, "2025-06-30").facts if f.type == kind]


def test_investment_announced_in_infrastructure_is_a_spending_plan():
    (plan,) = _facts("Northwind Robotics on Monday announced a $5 billion investment in U.S. robot factories.",
                     "capital_plan")
    assert plan.modality == "planned" and plan.amount.value.value == 5e9
    assert plan.qualifiers["purpose"] == "U.S. robot factories"
    (plan,) = _facts("Northwind Robotics unveiled a new $2 billion investment plan to build data centers in Texas.",
                     "capital_plan")
    assert plan.qualifiers["purpose"].startswith("build data centers")


def test_investment_announced_in_a_company_or_a_round_is_no_spending_plan():
    assert _facts("Northwind Robotics announced a $5 billion investment in Halvard Labs on Monday.", "capital_plan") == []
    assert _facts("Northwind Robotics announced a $5 billion investment round led by Aldon Capital.",
                  "capital_plan") == []


def test_pledged_investment_purpose_drops_the_noun():
    (plan,) = _facts("Northwind Robotics pledged a $5 billion investment in new chip plants.", "capital_plan")
    assert plan.qualifiers["purpose"] == "new chip plants"


def test_year_a_change_is_measured_from_is_no_period():
    (fact,) = _facts("For all of fiscal 2024, Northwind said its revenue was $145 million, up 40% from fiscal 2023.",
                     "financial")
    assert fact.qualifiers["period"].value.value == "2024"
    (fact,) = _facts("Northwind posted revenue of $145 million, up 40% from 2023.", "financial")
    assert fact.qualifiers["period"] is None


def test_the_period_after_the_figure_still_counts():
    (fact,) = _facts("Northwind's revenue was $145 million in 2024, up 40% from 2023.", "financial")
    assert fact.qualifiers["period"].value.value == "2024"


def test_a_makers_field_ends_before_where_it_is_based():
    (fact,) = _facts("Northwind Robotics is a maker of industrial robots based in Ohio.", "focus")
    assert fact.qualifiers["domain"] == "industrial robots"


def test_company_that_makes_a_field_in_the_present():
    (fact,) = _facts("Northwind Robotics builds humanoid robots for warehouses.", "focus")
    assert fact.qualifiers["domain"] == "humanoid robots" and fact.modality == "asserted"
    (fact,) = _facts("Founded in 2019, Northwind Robotics makes chips for edge devices.", "focus")
    assert fact.qualifiers["domain"] == "chips"


def test_making_one_thing_or_no_field_is_no_focus():
    assert _facts("Northwind Robotics builds a new plant in Ohio.", "focus") == []  # one plant, an event
    assert _facts("Northwind Robotics makes ChatGPT plugins.", "focus") == []  # a product's name
    assert _facts("Northwind Robotics makes money from subscriptions.", "focus") == []
    assert _facts("Aldon Capital builds portfolios of AI startups.", "focus") == []

"""English spending: money put into a plant somewhere is a capital plan, not an investment in the place ("invest $900
million in a new packaging plant in Penang"); a plan to spend on data centres in a region; R&D spending told by the verb
("spent $46 million on research and development last year"). Invented companies throughout."""

from __future__ import annotations

import pytest

from tests.extract.readers import facts, names, one


@pytest.mark.parametrize("text, company, amount", [
    ("Vantrel Semiconductor will invest $900 million in a new packaging plant in Penang.", "Vantrel Semiconductor",
     "$900 million"),
    ("Orvella Motors will invest $2 billion to build a battery factory in Kedah.", "Orvella Motors", "$2 billion"),
    ("Caldris Cloud plans to spend $6 billion over the next three years building data centers in Southeast Asia.",
     "Caldris Cloud", "$6 billion"),
    ("Quorvia plans to spend $400 million on a new research campus in Leuven.", "Quorvia", "$400 million"),
])
def test_spending_on_a_project_somewhere(text, company, amount):
    assert facts(text, "investment") == []
    fact = one(text, "capital_plan")
    assert names(fact, "company") == [company]
    assert fact.amount.text == amount
    assert fact.modality == "planned"


def test_investing_in_a_company_stays_an_investment():
    fact = one("Vantrel Semiconductor will invest $90 million in Penrose Labs.", "investment")
    assert names(fact, "investee") == ["Penrose Labs"]


@pytest.mark.parametrize("text, company, value", [
    ("Lumeno spent $46 million on research and development last year, about a third of sales.", "Lumeno", "$46 million"),
    ("Tandris spent about $12 million on R&D in the first half.", "Tandris", "about $12 million"),
    ("Kestrova spent $8.5 million on research and development in 2024.", "Kestrova", "$8.5 million"),
])
def test_rd_spent(text, company, value):
    fact = one(text, "financial")
    assert names(fact, "company") == [company]
    assert fact.qualifiers["metric"] == "rd_expense"
    assert fact.qualifiers["value"].text == value


def test_spent_on_something_else_is_no_rd():
    assert [f for f in facts("Lumeno spent $46 million on marketing last year.", "financial")
            if f.qualifiers.get("metric") == "rd_expense"] == []

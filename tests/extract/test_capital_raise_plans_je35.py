"""Round 35 (wt-je): a capital plan told in English deal news, money a company plans to raise by selling its own
shares or bonds. Sentences written by the team; the companies are invented."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


# ---- a capital plan: money a company plans to raise by selling its own shares or bonds


def test_plans_to_raise_through_a_share_sale():
    f = one("Northwind Robotics plans to raise $200 million through a share sale to fund new data centers.",
            "capital_plan")
    assert names(f, "company") == ["Northwind Robotics"] and f.modality == "planned" and f.amount.value.value == 2e8


def test_seeking_to_raise_up_to_in_a_rights_issue():
    f = one("Northwind Robotics is seeking to raise up to $500 million in a rights issue.", "capital_plan")
    assert names(f, "company") == ["Northwind Robotics"] and f.amount.value.value == 5e8


def test_announced_plans_to_raise_through_convertible_notes():
    f = one("Northwind Robotics announced plans to raise $300 million through convertible notes due 2030.",
            "capital_plan")
    assert f.modality == "planned" and f.amount.value.value == 3e8


def test_a_reported_plan_to_raise_stays_reported():
    f = one("Northwind Robotics reportedly plans to raise $300 million through a share sale.", "capital_plan")
    assert f.modality == "reported"


def test_money_raised_through_a_share_sale_is_no_plan():
    # near miss: done, not planned
    assert facts("Northwind Robotics raised $200 million through a share sale in March.", "capital_plan") == []


def test_a_person_raising_money_is_no_company_plan():
    # near miss: a person's plan
    assert facts("Chairman Tom Reyes plans to raise $5 million through a share sale.", "capital_plan") == []


def test_a_loan_is_no_share_or_bond_sale():
    # near miss: borrowed money
    assert facts("Northwind Robotics plans to raise $300 million from a bank loan.", "capital_plan") == []


def test_a_funding_round_is_an_investment_not_a_capital_plan():
    # near miss: new funding from investors is a round
    assert facts("Northwind Robotics plans to raise $1 billion in new funding from investors.", "capital_plan") == []

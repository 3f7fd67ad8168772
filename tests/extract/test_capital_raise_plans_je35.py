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


# ---- 可转债 / 配股 / 拟募集资金: a raise planned with its instrument, or 拟 right before it


def test_a_convertible_bond_raise_planned():
    f = one("澄川科技计划公开发行可转债，本次募集资金总额不超过8亿元。", "capital_plan")
    assert names(f, "company") == ["澄川科技"] and f.modality == "planned" and f.amount.value.max == 8e8


def test_a_rights_issue_planned():
    f = one("澄川科技拟配股募集资金不超过6亿元。", "capital_plan")
    assert names(f, "company") == ["澄川科技"] and f.amount.value.max == 6e8


def test_a_raise_planned_with_no_instrument_named():
    f = one("澄川科技拟募集资金不超过6亿元。", "capital_plan")
    assert f.modality == "planned" and f.amount.value.max == 6e8


def test_a_rights_issue_done_is_no_plan():
    # near miss: completed
    assert facts("澄川科技已完成配股，募集资金6亿元。", "capital_plan") == []


def test_a_past_convertible_bond_is_no_plan():
    # near miss: no mood of a plan
    assert facts("澄川科技2023年发行可转债募集资金8亿元。", "capital_plan") == []


def test_the_proceeds_of_a_listing_are_no_capital_plan():
    # near miss: an IPO's money belongs to the listing
    assert facts("澄川科技拟在科创板上市，拟募集资金10亿元。", "capital_plan") == []


# ---- "plans to sell $X of shares": its own shares


def test_plans_to_sell_its_own_shares():
    f = one("Northwind Robotics plans to sell up to $500 million of shares in a follow-on offering.", "capital_plan")
    assert names(f, "company") == ["Northwind Robotics"] and f.modality == "planned"


def test_intends_to_issue_convertible_notes():
    f = one("Northwind Robotics intends to issue $1 billion of convertible senior notes due 2031.", "capital_plan")
    assert f.amount.value.value == 1e9


def test_selling_shares_in_another_company_is_no_raise():
    # near miss: a holder sells its stake in another company
    assert facts("Harbor Group plans to sell $2 billion of shares in Northwind Robotics.", "capital_plan") == []


def test_shares_sold_are_no_plan():
    # near miss: done
    assert facts("Northwind Robotics sold $500 million of new shares in March.", "capital_plan") == []


def test_is_raising_through_a_placement():
    f = one("Northwind Robotics is raising $300 million through a share placement.", "capital_plan")
    assert f.modality == "planned" and f.amount.value.value == 3e8


def test_raising_a_round_is_no_capital_plan():
    # near miss: a funding round
    assert facts("Northwind Robotics is raising $300 million in a Series C round.", "capital_plan") == []

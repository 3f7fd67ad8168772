"""Round 22, English reader: purchases told from the supplier's or the buyer's side (goods named by the supplier's
"its", an order of a counted number of goods, a price after the seller, a payment for access to data centres, a contract
with a state body or a customer), dates of deals (a completion date in the next sentence, an event date after the
price, "Weeks later" after a dated sentence), mergers with a named result and failed takeover attempts. Sentences
written by the team; the companies are invented."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


# ---- 1: purchases from either side


def test_supplier_supplies_its_goods_to_a_buyer_under_a_deal():
    f = one("Halvard Systems will supply its software to Brisa Motors under a three-year deal.", "purchase")
    assert names(f, "buyer") == ["Brisa Motors"] and names(f, "supplier") == ["Halvard Systems"]
    assert f.modality == "planned"


def test_selling_its_unit_or_patents_to_a_company_is_no_purchase():  # near miss
    assert not facts("Halvard Systems sold its radar unit to Brisa Motors.", "purchase")
    assert not facts("Halvard Systems sold its patents to Brisa Motors for $40 million.", "purchase")


def test_order_for_a_counted_number_of_goods_with_a_supplier():
    f = one("Brisa Motors placed an order for 12,000 GPUs with Halvard Systems.", "purchase")
    assert names(f, "buyer") == ["Brisa Motors"] and names(f, "supplier") == ["Halvard Systems"]
    assert f.modality == "asserted"


def test_price_after_the_seller_is_the_purchase_amount():
    f = one("Brisa Motors agreed to rent cloud capacity from Halvard Systems for $8.4 billion over five years.",
            "purchase")
    assert names(f, "buyer") == ["Brisa Motors"] and names(f, "supplier") == ["Halvard Systems"]
    assert f.amount is not None and f.amount.value.text == "$8.4 billion" and f.modality == "planned"


def test_money_of_shares_after_the_seller_is_no_price():  # near miss
    f = one("Brisa Motors bought servers from Halvard Systems for $12 million of its shares.", "purchase")
    assert f.amount is None


def test_pay_a_supplier_for_access_to_its_data_centers():
    f = one("Brisa Motors will pay Halvard Systems $6 billion for access to its data centers.", "purchase")
    assert names(f, "buyer") == ["Brisa Motors"] and names(f, "supplier") == ["Halvard Systems"]
    assert f.amount.value.text == "$6 billion" and f.modality == "planned"


def test_pay_a_company_for_access_to_its_customers_is_no_purchase():  # near miss
    assert not facts("Brisa Motors paid Halvard Systems $6 billion for access to its customers.", "purchase")


def test_contract_with_a_state_body_is_sold_to_it():
    f = one("Halvard Systems signed a multi-year contract with the Pentagon worth $75 million.", "purchase")
    assert names(f, "buyer") == ["U.S. Department of Defense"] and names(f, "supplier") == ["Halvard Systems"]
    assert f.amount.value.text == "$75 million" and f.modality == "asserted"


def test_state_body_as_subject_of_a_contract_buys():
    f = one("The U.S. government signed a $12 million contract with Halvard Systems.", "purchase")
    assert names(f, "buyer") == ["U.S. government"] and names(f, "supplier") == ["Halvard Systems"]


def test_contract_won_with_a_company_is_sold_to_it():
    f = one("Halvard Systems won a $40 million contract with Brisa Motors.", "purchase")
    assert names(f, "buyer") == ["Brisa Motors"] and names(f, "supplier") == ["Halvard Systems"]


def test_contract_with_a_company_called_a_customer_is_sold_to_it():
    f = one("Halvard Systems signed a supply contract with its largest customer, Brisa Motors.", "purchase")
    assert names(f, "buyer") == ["Brisa Motors"] and names(f, "supplier") == ["Halvard Systems"]
    f = one("Halvard Systems signed a contract with Brisa Motors, its biggest customer, worth $7 million.", "purchase")
    assert names(f, "buyer") == ["Brisa Motors"] and f.amount.value.text == "$7 million"


def test_contract_signed_with_a_company_of_no_known_side_stays_a_partnership():  # near miss
    text = "Halvard Systems signed a multi-year contract with Brisa Motors worth $75 million."
    assert not facts(text, "purchase")
    assert facts(text, "partnership")


def test_contract_with_a_customer_to_buy_its_goods_sells_nothing_to_it():  # near miss
    text = "Halvard Systems signed a contract with its customer Brisa Motors to buy its used servers."
    assert not [f for f in facts(text, "purchase") if names(f, "buyer") == ["Brisa Motors"]]

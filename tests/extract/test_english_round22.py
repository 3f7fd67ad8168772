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


def test_price_of_one_unit_after_the_seller_is_no_purchase_amount():  # near miss
    f = one("Brisa Motors bought 400 servers from Halvard Systems for $30,000 each.", "purchase")
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


def test_contract_with_a_state_body_for_grants_or_a_stake_sells_nothing():  # near miss
    assert not facts("Halvard Systems signed a contract with the U.S. government to receive $900 million in grants.",
                     "purchase")
    assert not facts("Halvard Systems signed a contract with the Pentagon that gives it a 5% stake.", "purchase")


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


# ---- 2: dates of deals


def test_completion_date_in_the_next_sentence_dates_the_completed_deal():
    text = ("Marlow Group announced on Tuesday that it had completed the $1.4 billion takeover of Quenby Systems. The "
            "purchase was completed on Oct. 2, a spokeswoman said.")
    f = one(text, "acquisition", ref="2025-10-09")
    assert f.modality == "asserted" and f.date.value.value == "2025-10-02"


def test_a_deal_agreed_then_closed_takes_the_closing_date():
    text = "Marlow Group agreed to buy Quenby Systems for $1.4 billion in May. The deal closed on Oct. 2."
    f = one(text, "acquisition", ref="2025-10-09")
    assert f.modality == "asserted" and f.date.value.value == "2025-10-02"


def test_an_expected_closing_date_dates_nothing():  # near miss
    text = "Marlow Group agreed to buy Quenby Systems for $1.4 billion in May. The deal is expected to close by Dec. 31."
    f = one(text, "acquisition", ref="2025-10-09")
    assert f.modality == "planned" and f.date.value.value == "2025-05"


def test_a_closing_in_another_year_is_another_deal():  # near miss
    text = "Marlow Group bought Quenby Systems for $1.4 billion last week. The deal closed in 2019."
    f = one(text, "acquisition", ref="2025-10-09")
    assert f.date is None or not (f.date.value.value or "").startswith("2019")


def test_event_date_after_an_apposed_share_count_wins_over_the_day_it_was_said():
    text = ("Ostrava Capital said on Monday that it had sold its entire Tessel AI stake, 7 million shares, for $350 "
            "million in June.")
    f = one(text, "acquisition", ref="2025-08-20")
    assert names(f, "seller") == ["Ostrava Capital"] and f.amount.value.text == "$350 million"
    assert f.date.value.value == "2025-06"


def test_day_it_was_said_stays_without_an_event_date():  # near miss
    text = "Ostrava Capital said on Monday that it had sold its entire Tessel AI stake, 7 million shares."
    f = one(text, "acquisition", ref="2025-08-20")
    assert f.date.value.value == "2025-08-18"


def test_weeks_later_inherits_the_month_of_the_sentence_before():
    text = ("In August, Marlow Group agreed to buy a 10% stake in Quenby Systems. Weeks later, Marlow Group invested $50 "
            "million in Tessel AI.")
    f = next(f for f in facts(text, "investment", ref="2025-11-20") if names(f, "investee") == ["Tessel AI"])
    assert f.date.value.value == "2025-08"


def test_days_later_after_an_undated_sentence_or_years_later_dates_nothing():  # near miss
    for text in ("Marlow Group reported higher sales. Days later Marlow Group invested $50 million in Tessel AI.",
                 "In 2019, Marlow Group reported higher sales. Years later Marlow Group invested $50 million in Tessel "
                 "AI."):
        f = one(text, "investment", ref="2025-11-20")
        assert f.date is None


def test_days_later_does_not_take_a_founding_year():  # near miss
    text = ("Marlow Group, founded in 2010, sold its stake in Quenby Systems. Days later Marlow Group invested $50 "
            "million in Tessel AI.")
    f = one(text, "investment", ref="2025-11-20")
    assert f.date is None


# ---- 3: mergers with a named result, failed takeover attempts


def test_merger_agreed_then_the_combined_company_named_in_the_next_sentence():
    text = ("Dunmore Analytics and Selkirk Motors agreed to merge. The combined company, called Carrow Group, will be "
            "based in Denver.")
    f = one(text, "merger")
    assert names(f, "part") == ["Dunmore Analytics", "Selkirk Motors"] and names(f, "result") == ["Carrow Group"]
    assert f.modality == "planned"


def test_merger_completed_with_a_survivor_named():
    f = one("Dunmore Analytics completed its merger with Selkirk Motors, with Selkirk Motors as the surviving company.",
            "merger")
    assert names(f, "result") == ["Selkirk Motors"] and f.modality == "asserted"


def test_merger_of_two_companies_expected_then_its_name():
    text = ("The merger of Dunmore Analytics and Selkirk Motors is expected to close in March. The merged group will be "
            "named Carrow Holdings.")
    f = one(text, "merger", ref="2025-11-20")
    assert names(f, "result") == ["Carrow Holdings"] and f.modality == "expected"


def test_merger_with_no_result_named_is_no_merger():  # near miss
    assert not facts("Dunmore Analytics completed its merger with Selkirk Motors.", "merger")
    assert not facts("Dunmore Analytics and Selkirk Motors agreed to merge. The combined company will be based in "
                     "Denver.", "merger")


def test_a_new_company_named_after_an_acquisition_or_a_merger_of_teams_is_no_result():  # near miss
    assert not facts("Dunmore Analytics bought Selkirk Motors. The combined company will be called Carrow Group.",
                     "merger")
    assert not facts("Dunmore Analytics and Selkirk Motors agreed to merge their sales teams. The new company, Carrow "
                     "Group, will be led by Mara Olsen.", "merger")


def test_an_attempt_by_a_company_to_acquire_another_that_failed_is_negated():
    f = one("An attempt by Dunmore Analytics to acquire Selkirk Motors failed last year.", "acquisition")
    assert names(f, "acquirer") == ["Dunmore Analytics"] and names(f, "target") == ["Selkirk Motors"]
    assert f.modality == "negated"
    f = one("An attempt by Dunmore Analytics to acquire Selkirk Motors was blocked by regulators.", "acquisition")
    assert f.modality == "negated"


def test_blocked_or_failed_attempts_told_before_the_deal_are_negated():
    f = one("Regulators blocked Dunmore Analytics' attempt to acquire Selkirk Motors.", "acquisition")
    assert f.modality == "negated"
    f = one("Dunmore Analytics made a failed attempt to acquire Selkirk Motors in 2023.", "acquisition")
    assert f.modality == "negated"


def test_an_attempt_still_on_is_planned_and_a_suit_to_block_keeps_it_pending():  # near miss
    f = one("A $3 billion bid by Dunmore Analytics to buy Selkirk Motors is under review.", "acquisition")
    assert f.modality == "planned" and f.amount.value.text == "$3 billion"
    f = one("Carrow Group sued to block Dunmore Analytics' attempt to acquire Selkirk Motors.", "acquisition")
    assert f.modality == "planned"


def test_a_failed_bid_opening_the_sentence_does_not_take_the_main_clause_amount():  # near miss
    text = "After a failed bid by Dunmore Analytics to buy Selkirk Motors, Selkirk Motors raised $20 million."
    f = one(text, "acquisition")
    assert f.modality == "negated" and f.amount is None


# ---- a wrong reading seen in real text: "the list" is no listing


def test_absent_from_the_list_is_no_listing():
    assert not facts("Notably absent from the list is Tessel AI, a start-up that had won a Pentagon contract.",
                     "listing")


def test_a_plan_to_list_a_unit_is_still_read():  # near miss
    f = one("Marlow Group plans to list its chip unit Quenby Systems in Hong Kong.", "listing")
    assert names(f, "company") == ["Quenby Systems"] and f.modality == "planned"

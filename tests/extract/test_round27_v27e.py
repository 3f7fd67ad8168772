"""Round 27 (v27e), vocabulary of English deal wording: further verbs and nouns of buying compute and goods, of
investing and of acquiring, each with a near miss that must stay silent. Sentences written by the team; the companies
are invented."""

from __future__ import annotations

from tests.extract.readers import facts, names, one

DEALS = {"purchase", "investment", "acquisition", "merger"}


def deal_facts(text: str) -> list:
    return [f for f in facts(text) if f.type in DEALS]


# ---- purchase: tapped for, turned to for


def test_tapped_for_capacity_buys_it():
    f = one("Kestrel AI has tapped Osprey Cloud for additional GPU capacity in Texas.", "purchase")
    assert names(f, "buyer") == ["Kestrel AI"] and names(f, "supplier") == ["Osprey Cloud"]
    assert f.modality == "asserted"


def test_taps_for_custom_chips_in_a_headline_form():
    f = one("Larkspur Labs taps Brindle Chips for custom AI accelerators.", "purchase")
    assert names(f, "buyer") == ["Larkspur Labs"] and names(f, "supplier") == ["Brindle Chips"]


def test_turned_to_for_computing_buys_it():
    f = one("Last year Kestrel AI turned to Osprey Cloud for more computing capacity.", "purchase")
    assert names(f, "buyer") == ["Kestrel AI"] and names(f, "supplier") == ["Osprey Cloud"]


def test_tapped_a_person_or_a_market_is_no_purchase():  # near misses
    assert deal_facts("Osprey Cloud tapped Kestrel AI's former finance chief for its board.") == []
    assert deal_facts("Osprey Cloud tapped the bond market to pay for its deal with Brindle Chips.") == []
    assert deal_facts("Kestrel AI turned to Osprey Cloud for advice on pricing.") == []


# ---- purchase: deploying a maker's chips, a count with a thousands separator


def test_deploy_a_counted_number_of_a_makers_processors():
    f = one("Osprey Cloud will deploy 40,000 Brindle Chips graphics processors from next year.", "purchase")
    assert names(f, "buyer") == ["Osprey Cloud"] and names(f, "supplier") == ["Brindle Chips"]
    assert f.modality == "planned"


def test_deploy_capital_or_a_strategy_is_no_purchase():  # near misses
    assert deal_facts("Quarry Ventures will deploy $300 million of capital from its fourth fund, Kestrel AI said.") == []
    assert deal_facts("Osprey Cloud will deploy a new pricing strategy against Brindle Chips.") == []


# ---- purchase: compute provided to a company


def test_provide_cloud_computing_services_to():
    f = one("Osprey Cloud will provide cloud computing services to Kestrel AI for six years.", "purchase")
    assert names(f, "buyer") == ["Kestrel AI"] and names(f, "supplier") == ["Osprey Cloud"]


def test_provide_an_update_or_services_to_customers_is_no_purchase():  # near misses
    assert deal_facts("Osprey Cloud will provide an update to Kestrel AI shareholders next week.") == []
    assert deal_facts("Osprey Cloud will provide AI services to Kestrel AI's customers.") == []


# ---- purchase: contracts awarded (the passive), a contract for a company's own facility, orders for a maker's goods


def test_was_awarded_a_contract_by():
    f = one("Granite Build was awarded a $75 million contract by Osprey Cloud in May.", "purchase")
    assert names(f, "buyer") == ["Osprey Cloud"] and names(f, "supplier") == ["Granite Build"]
    assert f.amount is not None and f.amount.value.value == 75_000_000


def test_has_been_awarded_a_contract_from():
    f = one("Granite Build has been awarded a four-year contract from Larkspur Labs.", "purchase")
    assert names(f, "buyer") == ["Larkspur Labs"] and names(f, "supplier") == ["Granite Build"]


def test_won_a_contract_to_build_a_companys_data_center():
    f = one("Granite Build won a contract to build Osprey Cloud's new data center in Ohio.", "purchase")
    assert names(f, "buyer") == ["Osprey Cloud"] and names(f, "supplier") == ["Granite Build"]


def test_won_an_award_is_no_contract():  # near miss
    assert deal_facts("Granite Build won an award from Osprey Cloud for its design work.") == []


def test_order_for_a_makers_accelerators():
    f = one("Kestrel AI has placed a $600 million order for Brindle Chips' accelerators.", "purchase")
    assert names(f, "buyer") == ["Kestrel AI"] and names(f, "supplier") == ["Brindle Chips"]


def test_order_without_a_maker_names_no_supplier():  # near miss
    assert facts("Kestrel AI placed an order for 5,000 robots.", "purchase") == []


# ---- purchase: goods obtained from a company are bought, not money raised from it


def test_purchase_of_chips_from_is_a_purchase_not_an_investment():
    got = deal_facts("Osprey Cloud completed the purchase of 8,000 chips from Brindle Chips.")
    assert [f.type for f in got] == ["purchase"]
    assert names(got[0], "buyer") == ["Osprey Cloud"] and names(got[0], "supplier") == ["Brindle Chips"]


def test_secured_capacity_from_is_a_purchase_not_an_investment():
    got = deal_facts("Kestrel AI secured GPU capacity from Osprey Cloud for its next model.")
    assert [f.type for f in got] == ["purchase"]
    assert names(got[0], "buyer") == ["Kestrel AI"] and names(got[0], "supplier") == ["Osprey Cloud"]


def test_secured_money_from_stays_an_investment():  # near miss: money, not goods
    f = one("Kestrel AI secured $30 million from Quarry Ventures to build more servers.", "investment")
    assert names(f, "investor") == ["Quarry Ventures"] and names(f, "investee") == ["Kestrel AI"]
    assert facts("Kestrel AI secured $30 million from Quarry Ventures to build more servers.", "purchase") == []


def test_a_loan_or_a_role_taken_from_is_no_deal():  # near misses
    assert facts("Kestrel AI secured a $50 million loan from Pike Bank.", "investment") == []
    assert deal_facts("Quarry Ventures took over the role of lead investor from Larkspur Capital.") == []


# ---- investment: the progressive of pour, inject, pump


def test_is_pouring_into():
    f = one("Osprey Cloud is pouring $1 billion into Kestrel AI.", "investment")
    assert names(f, "investor") == ["Osprey Cloud"] and names(f, "investee") == ["Kestrel AI"]
    assert f.amount is not None and f.amount.value.value == 1_000_000_000


def test_is_injecting_and_pumping_into():
    f = one("Quarry Ventures is injecting $40 million into Kestrel AI.", "investment")
    assert names(f, "investor") == ["Quarry Ventures"]
    f = one("Osprey Cloud is pumping $500 million into Larkspur Labs.", "investment")
    assert names(f, "investee") == ["Larkspur Labs"]


def test_pouring_cold_water_or_pumping_the_brakes_is_no_investment():  # near misses
    assert deal_facts("Quarry Ventures is pouring cold water on Kestrel AI's plans.") == []
    assert deal_facts("Quarry Ventures is pumping the brakes on Kestrel AI.") == []
    assert deal_facts("The central bank is injecting liquidity into markets, Kestrel AI said.") == []


# ---- acquisition: buy out, scoop up, gobble up


def test_bought_out_a_company():
    f = one("Quarry Ventures bought out Larkspur Labs in 2022.", "acquisition")
    assert names(f, "acquirer") == ["Quarry Ventures"] and names(f, "target") == ["Larkspur Labs"]


def test_scooped_up_and_gobbled_up():
    f = one("Osprey Cloud scooped up Kestrel AI for $60 million.", "acquisition")
    assert names(f, "target") == ["Kestrel AI"]
    f = one("Osprey Cloud gobbled up Larkspur Labs last year.", "acquisition")
    assert names(f, "acquirer") == ["Osprey Cloud"]


def test_bought_out_a_contract_is_no_acquisition():  # near miss
    assert deal_facts("Osprey Cloud bought out the contract of Kestrel AI's chief executive.") == []


# ---- acquisition: taking a company private


def test_take_a_company_private():
    f = one("Quarry Ventures agreed to take Brindle Chips private for $3 billion.", "acquisition")
    assert names(f, "acquirer") == ["Quarry Ventures"] and names(f, "target") == ["Brindle Chips"]
    assert f.modality == "planned"


def test_took_a_company_private_and_the_take_private_noun():
    f = one("Quarry Ventures took Brindle Chips private in 2022.", "acquisition")
    assert f.modality == "asserted" and f.date is not None and f.date.value.value == "2022"
    f = one("Quarry Ventures completed its $4 billion take-private of Brindle Chips.", "acquisition")
    assert names(f, "target") == ["Brindle Chips"]


def test_keeping_talks_private_is_no_acquisition():  # near miss
    assert deal_facts("Quarry Ventures kept its talks with Brindle Chips private.") == []


# ---- acquisition: a company sold to a buyer (the passive), a divestiture to a buyer


def test_was_sold_to():
    f = one("Kestrel AI was sold to Osprey Cloud for $1 billion.", "acquisition")
    assert names(f, "acquirer") == ["Osprey Cloud"] and names(f, "target") == ["Kestrel AI"]
    assert f.modality == "asserted"


def test_denied_being_sold_to():
    f = one("Kestrel AI denied it was being sold to Osprey Cloud.", "acquisition")
    assert f.modality == "denied"


def test_goods_or_shares_sold_to_are_no_acquisition():  # near misses
    assert facts("Kestrel AI's chips were sold to Osprey Cloud.", "acquisition") == []
    assert facts("Shares of Kestrel AI were sold to Quarry Ventures.", "acquisition") == []


def test_completed_the_divestiture_of_a_company_to():
    f = one("Granite Group completed the divestiture of Larkspur Labs to Quarry Ventures.", "acquisition")
    assert names(f, "acquirer") == ["Quarry Ventures"] and names(f, "target") == ["Larkspur Labs"]
    assert names(f, "seller") == ["Granite Group"]


def test_divestiture_of_a_business_names_no_company():  # near miss
    assert deal_facts("Granite Group completed the divestiture of its server business.") == []


# ---- purchase: talks to buy a company's goods, compute rented out, a company's goods supplied, chosen over a rival


def test_talking_to_about_buying_its_chips_is_a_reported_purchase():
    f = one("Kestrel AI has also been talking to Osprey Cloud about buying its TPUs for new data centers.", "purchase")
    assert names(f, "buyer") == ["Kestrel AI"] and names(f, "supplier") == ["Osprey Cloud"]
    assert f.modality == "reported"


def test_in_talks_to_buy_its_accelerators():
    f = one("Kestrel AI is in talks with Brindle Chips to buy its accelerators.", "purchase")
    assert names(f, "supplier") == ["Brindle Chips"] and f.modality == "reported"


def test_talks_to_buy_a_stake_or_a_company_are_no_purchase():  # near misses
    assert facts("Kestrel AI is in talks with Quarry Ventures to buy a stake in it.", "purchase") == []
    assert facts("Kestrel AI is in talks with Brindle Chips to buy Larkspur Labs.", "purchase") == []


def test_rents_gpu_capacity_to():
    f = one("Osprey Cloud rents GPU capacity to Kestrel AI and two other labs.", "purchase")
    assert names(f, "buyer") == ["Kestrel AI"] and names(f, "supplier") == ["Osprey Cloud"]


def test_leased_a_building_to_is_no_purchase():  # near miss
    assert facts("Osprey Cloud leased its old headquarters to Kestrel AI.", "purchase") == []


def test_design_and_supply_a_companys_chips():
    f = one("Brindle Chips will design and supply Osprey Cloud's next custom accelerators.", "purchase")
    assert names(f, "buyer") == ["Osprey Cloud"] and names(f, "supplier") == ["Brindle Chips"]
    assert f.modality == "planned"


def test_supply_a_companys_rivals_is_no_purchase_from_it():  # near miss: no goods of the company
    assert facts("Brindle Chips will supply Osprey Cloud's rivals.", "purchase") == []


def test_chosen_over_a_rival_to_supply():
    f = one("Osprey Cloud chose Brindle Chips over Granite Semi to supply its processors.", "purchase")
    assert names(f, "supplier") == ["Brindle Chips"] and names(f, "buyer") == ["Osprey Cloud"]


# ---- investment: a company's round that included investors


def test_a_companys_round_included_investors():
    f = one("Kestrel AI's $90 million round included Quarry Ventures and Larkspur Capital.", "investment")
    assert names(f, "investee") == ["Kestrel AI"]
    assert names(f, "investor") == ["Quarry Ventures", "Larkspur Capital"]


def test_a_companys_plan_that_included_firms_is_no_round():  # near miss
    assert facts("Kestrel AI's expansion plan included Osprey Cloud and Brindle Chips.", "investment") == []


# ---- acquisition: a bid launched to buy, a sum handed over, a group led by a buyer


def test_launched_a_bid_to_buy_is_planned_and_scrapped_bid_negated():
    f = one("Osprey Cloud launched a $200 million bid to buy Kestrel AI.", "acquisition")
    assert names(f, "target") == ["Kestrel AI"] and f.modality == "planned"
    f = one("Osprey Cloud scrapped its bid to buy Kestrel AI.", "acquisition")
    assert f.modality == "negated"


def test_hand_over_a_sum_for_a_company():
    f = one("Osprey Cloud will hand over $4.9 billion for Kestrel AI.", "acquisition")
    assert names(f, "acquirer") == ["Osprey Cloud"] and names(f, "target") == ["Kestrel AI"]


def test_handed_a_company_a_contract_is_no_acquisition():  # near miss
    assert facts("Osprey Cloud handed Kestrel AI a $5 million contract for servers.", "acquisition") == []


def test_acquired_by_a_group_led_by():
    f = one("Brindle Chips will be bought by a consortium of buyout funds headed by Quarry Ventures for $17 billion.",
            "acquisition")
    assert names(f, "acquirer") == ["Quarry Ventures"] and names(f, "target") == ["Brindle Chips"]


def test_acquired_by_an_unnamed_group_names_no_acquirer():  # near miss
    got = facts("Brindle Chips was acquired by a group of investors.", "acquisition")
    assert all(not f.roles.get("acquirer") for f in got)


# ---- purchase: a deal with a company described as a cloud provider, business won from a customer, power-sized orders


def test_agreement_with_a_company_described_as_a_cloud_startup():
    f = one("Kestrel AI has signed a $3 billion agreement with cloud startup Osprey Cloud Works.", "purchase")
    assert names(f, "buyer") == ["Kestrel AI"] and names(f, "supplier") == ["Osprey Cloud Works"]


def test_agreement_with_a_company_described_otherwise_names_no_side():  # near misses
    assert facts("Kestrel AI signed a deal with chip startup Brindle Chips.", "purchase") == []
    assert facts("Kestrel AI signed a deal with Granite Semi.", "purchase") == []


def test_won_cloud_business_from_a_customer():
    f = one("Osprey Cloud also won cloud business from Kestrel AI this year.", "purchase")
    assert names(f, "buyer") == ["Kestrel AI"] and names(f, "supplier") == ["Osprey Cloud"]
    assert facts("Osprey Cloud also won cloud business from Kestrel AI this year.", "investment") == []


def test_took_business_from_a_rival_is_no_purchase():  # near miss
    assert deal_facts("Osprey Cloud took business from Granite Semi last quarter.") == []


def test_purchase_of_gigawatts_of_a_makers_gpus():
    f = one("Kestrel AI will purchase up to two gigawatts of Brindle Chips' next-generation GPUs.", "purchase")
    assert names(f, "buyer") == ["Kestrel AI"] and names(f, "supplier") == ["Brindle Chips"]


# ---- investment: the plan by one company to invest in another


def test_plan_by_to_invest_is_planned():
    f = one("The deal follows a larger plan by Osprey Cloud to invest up to $20 billion in Kestrel AI.", "investment")
    assert names(f, "investor") == ["Osprey Cloud"] and names(f, "investee") == ["Kestrel AI"]
    assert f.modality == "planned"


def test_plan_by_to_build_is_no_investment():  # near miss
    assert facts("The deal follows a larger plan by Osprey Cloud to build data centers near Kestrel AI.",
                 "investment") == []

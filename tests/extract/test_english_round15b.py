"""Round 15b: deals in AI, chip and cloud news (purchases, supply deals, investors' parts, halted sales, totals),
on sentences written for these tests."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def _facts(text: str, kind: str, ref: str = "2025-06-01"):
    return [f for f in extract("t", text, ref).facts if f.type == kind]


def _names(fact, role: str) -> list[str]:
    return [m.canonical for m in fact.roles.get(role, [])]


def _one_purchase(text: str):
    facts = _facts(text, "purchase")
    assert len(facts) == 1, [(f.rule, f.roles) for f in facts]
    return facts[0]


# purchases and supply


def test_another_sum_spent_with_a_cloud_company_is_a_purchase_with_its_period():
    fact = _one_purchase("Pelagic AI has agreed to spend another $9 billion with Tamsin Cloud for inference capacity "
                         "through March 2031.")
    assert _names(fact, "buyer") == ["Pelagic AI"] and _names(fact, "supplier") == ["Tamsin Cloud"]
    assert fact.amount.text == "$9 billion"
    assert fact.qualifiers["period"].value.value == "2031-03"
    assert fact.modality == "planned"


def test_payment_with_a_conversion_and_a_term_before_what_is_bought():
    fact = _one_purchase("Pelagic AI will pay Orvane Systems $40 billion (about €37 billion) over six years for "
                         "computing capacity and custom accelerators.")
    assert _names(fact, "buyer") == ["Pelagic AI"] and _names(fact, "supplier") == ["Orvane Systems"]
    assert fact.amount.text == "$40 billion"


def test_goods_produced_for_a_company_are_bought_from_the_maker():
    fact = _one_purchase("Halvern Foundry will produce processors for Quintus Motors under a new $7.5 billion pact.")
    assert _names(fact, "buyer") == ["Quintus Motors"] and _names(fact, "supplier") == ["Halvern Foundry"]
    assert fact.amount.text == "$7.5 billion"
    designed = _one_purchase("Halvern Foundry manufactures custom accelerators designed by Pelagic AI for Pelagic AI.")
    assert _names(designed, "buyer") == ["Pelagic AI"] and _names(designed, "supplier") == ["Halvern Foundry"]


def test_goods_made_for_a_possessive_or_for_no_company_buy_nothing():
    assert _facts("Halvern Foundry makes chips for Quintus Motors' rivals.", "purchase") == []
    assert _facts("Halvern Foundry makes chips for electric cars.", "purchase") == []


def test_deal_worth_a_sum_to_supply_a_company_with_goods():
    fact = _one_purchase("Brantley Computing has secured a deal worth more than $2 billion to supply Pelagic AI "
                         "with liquid-cooled servers.")
    assert _names(fact, "buyer") == ["Pelagic AI"] and _names(fact, "supplier") == ["Brantley Computing"]
    assert fact.amount.text == "more than $2 billion"
    assert fact.modality == "planned"  # a supply still to come


def test_supply_deal_to_a_persons_startup_named_after_a_comma():
    fact = _one_purchase("Brantley Computing is finalising a deal worth over $3 billion to supply Mara Quist's AI "
                         "startup, Pelagic AI, with servers.")
    assert _names(fact, "buyer") == ["Pelagic AI"] and _names(fact, "supplier") == ["Brantley Computing"]
    assert fact.modality == "planned"
    to = _one_purchase("Brantley Computing recently secured a $900 million deal to supply AI servers for Pelagic AI.")
    assert _names(to, "buyer") == ["Pelagic AI"] and to.amount.text == "$900 million"


def test_selling_servers_with_another_makers_chips_to_a_persons_startup():
    fact = _one_purchase("Brantley Computing would sell $4 billion worth of servers containing Orvane graphics "
                         "processing units to Mara Quist's robotics startup, Pelagic AI.")
    assert _names(fact, "buyer") == ["Pelagic AI"] and _names(fact, "supplier") == ["Brantley Computing"]
    assert fact.amount.text == "$4 billion"


def test_using_a_named_product_line_of_a_supplier():
    fact = _one_purchase("Pelagic AI will keep deploying Orvane's Tessel processors in its data centres.")
    assert _names(fact, "buyer") == ["Pelagic AI"] and _names(fact, "supplier") == ["Orvane"]


def test_sum_written_after_the_purchase_verb_of_a_contract():
    fact = _one_purchase("Pelagic AI signed a contract with Tamsin Cloud to buy $120 billion in computing power over "
                         "roughly four years.")
    assert _names(fact, "buyer") == ["Pelagic AI"] and _names(fact, "supplier") == ["Tamsin Cloud"]
    assert fact.amount.text == "$120 billion"


# investments


def test_company_before_in_which_is_the_one_invested_in():
    text = "Analysts were surprised, as Quillon is a competitor of Pelagic AI, in which Orvane has invested about $6 billion."
    facts = _facts(text, "investment")
    assert len(facts) == 1
    assert _names(facts[0], "investor") == ["Orvane"] and _names(facts[0], "investee") == ["Pelagic AI"]
    assert facts[0].amount.text == "about $6 billion"


def test_round_locked_up_and_led():
    facts = _facts("Tamsin Cloud locked up a $700 million round led by Brightwater Partners that values it at $9 billion.",
                   "investment")
    assert len(facts) == 1
    assert _names(facts[0], "investor") == ["Brightwater Partners"] and facts[0].amount.text == "$700 million"


def test_round_that_included_investment_or_participation_from_others():
    text = ("Pelagic AI said it raised $400 million in Series C funding. The $400 million round included investment "
            "from the likes of Brightwater Partners, Olvane Capital and Marrow Ventures, among others.")
    facts = _facts(text, "investment")
    assert len(facts) == 1
    assert set(_names(facts[0], "investor")) == {"Brightwater Partners", "Olvane Capital", "Marrow Ventures"}
    part = _facts("Quintus Labs received $60 million in Series A funding. The funding round included participation "
                  "from Olvane Capital.", "investment")
    assert len(part) == 1 and _names(part[0], "investor") == ["Olvane Capital"]


def test_one_investors_part_joins_the_round_just_read():
    text = "Quintus Labs raised $250 million in a Series B round. Orvane is contributing $80 million."
    facts = _facts(text, "investment")
    assert len(facts) == 1
    assert _names(facts[0], "investor") == ["Orvane"]
    assert facts[0].amount.text == "$250 million"  # the round keeps its own sum
    alone = _facts("Orvane is contributing $80 million.", "investment")
    assert alone == []  # no round read before it


def test_sum_named_before_the_investor_and_its_part_in_credits():
    text = "Half of the $3 billion Orvane invested into Pelagic AI last year came in the form of Orvane Cloud credits."
    facts = _facts(text, "investment")
    assert len(facts) == 1
    assert facts[0].amount.text == "$3 billion"
    assert facts[0].qualifiers["consideration"] == "mixed"


def test_totals_raised_are_no_rounds():
    assert _facts("Quintus Labs had raised $190 million in funding prior to the acquisition.", "investment") == []
    facts = _facts("Quintus Labs has raised a total of $230 million from investors including Olvane Capital.",
                   "investment")
    assert len(facts) == 1 and facts[0].amount is None  # Olvane backs it, but the sum is everyone's
    kept = _facts("Quintus Labs raised $35 million in a Series A round prior to the acquisition by Orvane.", "investment")
    assert len(kept) == 1 and kept[0].amount.text == "$35 million"


def test_investors_own_total_in_a_company_keeps_its_sum():
    facts = _facts("Orvane has invested a total of $11 billion in Pelagic AI.", "investment")
    assert len(facts) == 1 and facts[0].amount.text == "$11 billion"


# acquisitions and exits


def test_halted_sale_of_a_stake_is_negated_and_the_holding_stays():
    text = "Marrow Holdings has halted the sale of its $700 million stake in Pelagic AI, people familiar said."
    sales = _facts(text, "acquisition")
    assert len(sales) == 1
    assert sales[0].modality == "negated"
    assert _names(sales[0], "seller") == ["Marrow Holdings"] and _names(sales[0], "target") == ["Pelagic AI"]
    holdings = _facts(text, "shareholding")
    assert len(holdings) == 1 and holdings[0].modality == "asserted"
    assert _names(holdings[0], "holder") == ["Marrow Holdings"]


def test_sale_being_explored_is_planned_and_a_completed_one_asserted():
    explored = _facts("Marrow Holdings is exploring a sale of its stake in Pelagic AI.", "acquisition")
    assert len(explored) == 1 and explored[0].modality == "planned"
    done = _facts("Marrow Holdings completed the sale of its 15% stake in Pelagic AI to Olvane Capital.", "acquisition")
    assert len(done) == 1 and done[0].modality == "asserted"


def test_past_consideration_of_a_purchase_made_no_deal():
    once = _facts("Halvern Semiconductor once considered buying Quintus Labs.", "acquisition")
    assert len(once) == 1 and once[0].modality == "negated"
    now = _facts("Halvern Semiconductor is considering buying Quintus Labs.", "acquisition")
    assert len(now) == 1 and now[0].modality == "planned"


# second batch: goods named by their maker, deals for capacity, providers, ventures, late leaders


def test_goods_named_by_their_makers_possessive_are_bought_from_it():
    fact = _one_purchase("Quintus Motors agreed to purchase enough of Halvern Foundry's newest AI chips to fill three "
                         "data centres.")
    assert _names(fact, "buyer") == ["Quintus Motors"] and _names(fact, "supplier") == ["Halvern Foundry"]
    count = _one_purchase("Pelagic AI will buy 30,000 of Orvane's accelerators.")
    assert _names(count, "supplier") == ["Orvane"] and count.modality == "planned"
    assert _facts("Pelagic AI bought Orvane's robotics unit.", "purchase") == []  # a business bought is no supply


def test_deal_with_a_company_for_capacity_buys_it():
    fact = _one_purchase("Pelagic AI signed a deal with Tamsin Cloud for additional capacity to train its models.")
    assert _names(fact, "buyer") == ["Pelagic AI"] and _names(fact, "supplier") == ["Tamsin Cloud"]
    # (round 25: a signed contract for capacity states the buying relation, as a signed cloud contract does)
    assert fact.modality == "asserted"


def test_making_a_company_its_exclusive_provider():
    text = "Pelagic AI moved its workloads to Tamsin Cloud, making Tamsin Cloud its exclusive cloud provider."
    fact = _one_purchase(text)
    assert _names(fact, "buyer") == ["Pelagic AI"] and _names(fact, "supplier") == ["Tamsin Cloud"]
    named = _one_purchase("Pelagic AI named Orvane its preferred chip supplier.")
    assert _names(named, "buyer") == ["Pelagic AI"] and _names(named, "supplier") == ["Orvane"]


def test_companies_forming_a_venture_are_partners_but_not_in_a_venture_capital_firm():
    facts = _facts("Marrow Holdings, Pelagic AI and Orvane are forming a $60 billion venture to build data centres.",
                   "partnership")
    assert len(facts) == 1
    assert set(_names(facts[0], "party")) == {"Marrow Holdings", "Pelagic AI", "Orvane"}
    assert facts[0].qualifiers["kind"] == "joint_venture"
    assert _facts("Marrow Holdings and Orvane formed a venture capital firm.", "partnership") == []


def test_round_picked_up_is_a_round():
    facts = _facts("Quintus Labs picked up $45 million in new funding.", "investment")
    assert len(facts) == 1 and facts[0].amount.text == "$45 million"


def test_leaders_named_several_sentences_after_the_round():
    text = ("Quintus Labs raised $120 million in a Series B round. The company plans to double its staff. It designs "
            "inference chips. Its first product ships next year. Quintus Labs was set up in 2022. It employs 90 people. "
            "The round was led by Olvane Capital.")
    facts = _facts(text, "investment")
    assert len(facts) == 1
    assert _names(facts[0], "investor") == ["Olvane Capital"]
    assert facts[0].qualifiers["lead"] == ["name:olvanecapital"]


def test_cloud_deal_bought_from_the_party_known_as_a_cloud_company():
    fact = _one_purchase("Pelagic AI signed a $2.4 billion six-year cloud computing deal with Tamsin Cloud.")
    assert _names(fact, "buyer") == ["Pelagic AI"] and _names(fact, "supplier") == ["Tamsin Cloud"]
    assert fact.amount.text == "$2.4 billion" and fact.modality == "asserted"
    plural = _facts("Pelagic AI builds models. It has also signed large compute contracts with Tamsin Cloud and "
                    "CoreWeave.", "purchase")
    assert {_names(f, "supplier")[0] for f in plural} == {"Tamsin Cloud", "CoreWeave"}
    assert all(_names(f, "buyer") == ["Pelagic AI"] and f.modality == "asserted" for f in plural)
    provider_first = _one_purchase("CoreWeave signed a multi-year cloud contract with Pelagic AI.")
    assert _names(provider_first, "buyer") == ["Pelagic AI"] and _names(provider_first, "supplier") == ["CoreWeave"]
    won = _one_purchase("Tamsin Cloud won a cloud contract with Pelagic AI.")
    assert _names(won, "supplier") == ["Tamsin Cloud"]


def test_cloud_deal_of_two_parties_neither_known_as_cloud_buys_nothing():
    text = "Pelagic AI signed a four-year cloud computing deal with Quintus Labs."
    assert _facts(text, "purchase") == []
    assert len(_facts(text, "partnership")) == 1  # the two are still partners


def test_deal_for_capacity_with_a_service_named_after_the_company():
    fact = _one_purchase("Pelagic AI signed a deal with Tamsin Cloud Compute Platform for more capacity last spring.")
    assert _names(fact, "supplier")[0].startswith("Tamsin Cloud")


# third batch: partners named with descriptions, a consortium's purchase


def test_partners_with_a_description_before_the_second_name():
    facts = _facts("Pelagic AI and robotics chip leader Orvane announced a strategic partnership on Tuesday.", "partnership")
    assert len(facts) == 1 and set(_names(facts[0], "party")) == {"Pelagic AI", "Orvane"}


def test_partners_with_an_apposition_after_the_first_name():
    text = ("Pelagic AI, the maker of the Lumen assistant, and AI chip leader Orvane announced a strategic partnership "
            "on Tuesday, with Orvane committing up to $20 billion to its data centres.")
    facts = _facts(text, "partnership")
    assert len(facts) == 1 and set(_names(facts[0], "party")) == {"Pelagic AI", "Orvane"}


def test_consortium_of_the_partners_just_read_buys_the_company():
    text = ("On Thursday, Orvane, Marrow Holdings and the pension fund Brightwater Partners struck a deal: The consortium "
            "acquired data centre operator Quintus Data for about $12 billion.")
    facts = _facts(text, "acquisition")
    assert len(facts) == 1
    assert set(_names(facts[0], "acquirer")) == {"Orvane", "Marrow Holdings", "Brightwater Partners"}
    assert _names(facts[0], "target") == ["Quintus Data"] and facts[0].amount.text == "about $12 billion"
    assert _facts("The consortium acquired Quintus Data for about $12 billion.", "acquisition") == []


def test_lead_investor_named_in_an_apposition_with_the_round():
    text = ("Marrow Holdings, one of the lead investors in a seed round which raised $18 million for Quintus Labs in "
            "2023, sold its shares in the startup last year.")
    facts = _facts(text, "investment")
    assert len(facts) == 1
    assert _names(facts[0], "investor") == ["Marrow Holdings"] and _names(facts[0], "investee") == ["Quintus Labs"]
    assert facts[0].amount.text == "$18 million"
    assert facts[0].qualifiers["lead"] == [facts[0].roles["investor"][0].key]
    poss = _facts("Marrow Holdings, the lead investor in Quintus Labs' $18 million Series A round, declined to comment.",
                  "investment")
    assert len(poss) == 1 and _names(poss[0], "investee") == ["Quintus Labs"]
    assert _facts("Marrow Holdings, a lead investor in many startups, declined to comment.", "investment") == []


def test_one_of_its_first_customers_is_a_customer_of_the_company_its_stands_for():
    text = "Halvern Semiconductor opened a plant in Ohio. The company said Quintus Labs is now one of its earliest customers."
    facts = _facts(text, "purchase")  # a customer relation is a purchase (round 27)
    assert len(facts) == 1
    assert _names(facts[0], "buyer") == ["Quintus Labs"] and _names(facts[0], "supplier") == ["Halvern Semiconductor"]

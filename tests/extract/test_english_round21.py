"""Round 21, English reader: descriptions and pronouns resolved to the company they describe ("the group" a company
named … Group, "the robot maker" one named … Robotics, a name written only as a modifier no antecedent, "For X, …" a
frame naming the topic, "the startup" in the slot of a name), datelines and opening time words that are no names,
stakes told in a participle or consequence clause, conditional holdings, a company's own published figures, deals due
or scheduled, and investors joining a round "as did existing backers including …". Sentences written by the team; the
companies are invented."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


# ---- A: descriptions and pronouns


def test_the_group_is_the_company_named_group_not_the_last_name():
    text = ("Marlow Group sold the last of its Quenby Systems shares in March. The group now intends to put a further "
            "$2 billion into Tessel AI next year.")
    f = one(text, "investment")
    assert names(f, "investor") == ["Marlow Group"] and names(f, "investee") == ["Tessel AI"]
    assert f.modality == "planned"


def test_the_group_inside_a_sentence_is_the_group_named_before():
    text = "Marlow Group sold its stake in Quenby Systems. Analysts said the group would invest $1 billion in Tessel AI."
    f = one(text, "investment")
    assert names(f, "investor") == ["Marlow Group"]


def test_the_group_with_no_group_named_stands_for_no_company():  # near miss
    text = ("Quenby Systems and Tessel AI formed a consortium. Analysts said the group would invest $1 billion in Ivo "
            "Labs next year.")
    assert not facts(text, "investment")


def test_a_group_of_lenders_is_no_anaphor():  # near miss
    text = ("Marlow Group reported higher profit. The group of banks, headed by Ostrava Capital, arranged a $400 "
            "million credit line for Tessel AI.")
    assert not [f for f in facts(text) if "Marlow Group" in [m.canonical for ms in f.roles.values() for m in ms]]


def test_the_robot_maker_is_the_company_named_robotics():
    text = ("Brightwater Robotics completed a $1.5 billion purchase of new Quenby Systems shares on Monday. The robot "
            "maker now holds 8% of Quenby.")
    f = one(text, "shareholding")
    assert names(f, "holder") == ["Brightwater Robotics"] and names(f, "company") == ["Quenby Systems"]
    assert f.stake.value.value == 8


def test_a_description_after_a_holding_names_the_subject_not_the_holding():
    text = ("Ostrava Capital has finished its $900 million purchase of shares in Tessel AI. The private equity firm "
            "now owns 5% of Tessel AI.")
    f = one(text, "shareholding")
    assert names(f, "holder") == ["Ostrava Capital"] and names(f, "company") == ["Tessel AI"]


def test_a_description_after_a_round_led_by_an_agent_is_that_agent():  # near miss: "led by" is no held object
    text = ("Tessel AI raised $300 million in a round led by Ostrava Capital. The Swiss investment firm put in $200 "
            "million and will own about 9% of Tessel AI.")
    f = one(text, "shareholding")
    assert names(f, "holder") == ["Ostrava Capital"]


def test_a_name_written_as_a_modifier_is_no_antecedent_of_it():
    text = ("Brightwater Robotics expanded its factory in Texas last year. Sales at the business fell after "
            "automakers chose Quenby Systems cameras: it lost $55 million in 2024 on revenue of $280 million.")
    found = facts(text, "financial")
    assert found and all(names(f, "company") == ["Brightwater Robotics"] for f in found)


def test_the_name_before_a_verb_stays_the_antecedent():  # near miss: "Quenby Systems said", no modifier
    text = "Brightwater Robotics makes drones. Quenby Systems said it lost $55 million in 2024."
    f = one(text, "financial")
    assert names(f, "company") == ["Quenby Systems"]


def test_a_name_opening_its_clause_as_a_modifier_stays_the_antecedent():  # near miss: "X shares rose after it …"
    text = ("Brightwater Robotics makes drones. Quenby Systems shares rose 4% after it reported revenue of $90 million "
            "for 2024.")
    f = one(text, "financial")
    assert names(f, "company") == ["Quenby Systems"]


def test_a_for_frame_names_the_topic_of_the_next_pronoun():
    text = ("Quenby Systems builds radar; Quenby shares fell 3% on Tuesday. For Ostrava Capital, the Quenby stake was "
            "only a start. In June it also agreed to acquire Tessel AI for $600 million.")
    f = one(text, "acquisition")
    assert names(f, "acquirer") == ["Ostrava Capital"] and names(f, "target") == ["Tessel AI"]
    assert f.modality == "planned"


def test_for_inside_a_sentence_is_no_frame():  # near miss
    text = "Tessel AI builds chips for Ostrava Capital. In June it raised $50 million from Marlow Ventures."
    f = one(text, "investment")
    assert names(f, "investee") == ["Tessel AI"]


def test_the_startup_in_the_slot_of_spending_with_a_company():
    text = ("Tessel AI annotates video for robot makers. Marlow Motors plans to spend about $25 million with the "
            "startup next year, Reuters reported.")
    f = one(text, "purchase")
    assert names(f, "buyer") == ["Marlow Motors"] and names(f, "supplier") == ["Tessel AI"]
    assert f.modality == "reported"


def test_the_company_with_nothing_named_before_supplies_nothing():  # near miss
    assert not facts("Marlow Motors spent $25 million with the company last year.", "purchase")


# ---- B: datelines and opening time words


def test_a_dateline_with_a_state_names_no_organisation():
    text = ("DENVER, Colo., March 3, 2025 - Brightwater Robotics said it had completed its $200 million investment in "
            "Tessel AI.")
    f = one(text, "investment", "2025-03-03")
    assert names(f, "investor") == ["Brightwater Robotics"] and names(f, "investee") == ["Tessel AI"]
    from dealgraph.extract.pipeline import extract
    assert not {"DENVER", "Colo"} & {m.text for m in extract("t", text, "2025-03-03").mentions}


def test_one_investment_after_a_dateline_keeps_the_date_of_either_reading():
    text = ("DENVER, Colo., March 3, 2025 - Brightwater Robotics has completed its $200 million investment in Tessel AI, "
            "buying new shares in a private placement.")
    f = one(text, "investment", "2025-03-03")
    assert names(f, "investor") == ["Brightwater Robotics"] and f.date.value.value == "2025-03-03"


def test_a_capitalised_name_before_a_company_word_is_no_dateline():  # near miss
    f = one("DENVER Robotics, a maker of drones, raised $15 million from Ostrava Capital.", "investment")
    assert names(f, "investee") == ["DENVER Robotics"] and names(f, "investor") == ["Ostrava Capital"]


def test_days_later_is_no_name():
    f = one("Days later Ostrava Capital bought 4% of Tessel AI.", "acquisition")
    assert names(f, "acquirer") == ["Ostrava Capital"]
    from dealgraph.extract.pipeline import extract
    assert "Days" not in {m.text for m in extract("t", "Days later Ostrava Capital bought 4% of Tessel AI.",
                                                  "2025-06-30").mentions}


def test_a_one_word_name_before_later_stays_a_name():  # near miss: "Quenby later raised …"
    f = one("Quenby later raised $40 million from Ostrava Capital.", "investment")
    assert names(f, "investee") == ["Quenby"]


def test_an_opening_adverb_before_the_subject_holds_nothing():
    text = "Shortly afterwards the Dutch government took a 7% stake, becoming Tessel AI's largest shareholder."
    holders = [names(f, "holder") for f in facts(text, "shareholding")]
    assert holders == [["Dutch government"]]


def test_a_name_ending_in_ly_before_its_verb_stays_a_name():  # near miss
    f = one("Quietly raised $40 million from Ostrava Capital in May.", "investment")
    assert names(f, "investee") == ["Quietly"]


# ---- F: stakes in a participle or consequence clause


def test_the_purchase_gives_it_a_part_of_the_company():
    text = ("Ostrava Capital bought 12 million newly issued Tessel AI shares on Tuesday for $240 million. The purchase "
            "gives it about 6% of Tessel.")
    f = one(text, "investment")
    assert names(f, "investor") == ["Ostrava Capital"] and f.stake.value.value == 6 and f.amount.value.value == 240e6
    h = one(text, "shareholding")
    assert names(h, "holder") == ["Ostrava Capital"] and names(h, "company") == ["Tessel AI"]
    assert h.stake.value.value == 6 and h.modality == "asserted"


def test_giving_it_a_stake_of_a_part_attaches_to_the_investment_before():
    text = ("Ostrava Capital has completed its $500 million investment in Tessel AI. The fund paid $20 a share, giving "
            "it a stake of roughly 3% in Tessel AI.")
    f = one(text, "investment")
    assert f.stake.value.value == 3 and f.amount.value.value == 500e6
    h = one(text, "shareholding")
    assert names(h, "holder") == ["Ostrava Capital"] and h.stake.value.value == 3


def test_a_planned_purchase_gives_a_planned_holding():
    text = "Ostrava Capital agreed to buy 10 million new Tessel AI shares. The purchase gives it about 4% of Tessel AI."
    h = one(text, "shareholding")
    assert h.modality == "planned"


def test_a_conditional_stake_is_no_holding():  # near miss: would … if
    f = one("The deal would give Ostrava Capital a 9% stake in Tessel AI if regulators approve it.", "shareholding")
    assert f.modality == "expected"
    f = one("The offer would give Ostrava Capital about 9% of Tessel AI, provided shareholders agree.", "shareholding")
    assert f.modality == "expected"


def test_a_part_of_a_market_is_no_stake():  # near miss: a share of revenue, not of a company
    assert not facts("The contract gives Tessel AI about 30% of its revenue.", "shareholding")


def test_a_stake_taken_then_becoming_the_largest_shareholder():
    text = "Weeks later the Dutch government took a 9% stake for $700 million, becoming Tessel AI's largest shareholder."
    f = one(text, "investment")
    assert names(f, "investor") == ["Dutch government"] and names(f, "investee") == ["Tessel AI"]
    assert f.stake.value.value == 9 and f.amount.value.value == 700e6
    h = one(text, "shareholding")
    assert h.stake.value.value == 9 and h.qualifiers["rank"] == "largest"


def test_paid_for_a_stake_then_becoming_a_ranked_holder():
    text = "Ostrava Capital paid $150 million for a 4% stake last month, becoming Tessel AI's third-largest holder."
    f = one(text, "investment")
    assert names(f, "investee") == ["Tessel AI"] and f.amount.value.value == 150e6 and f.stake.value.value == 4
    assert one(text, "shareholding").qualifiers["rank"] == "third"


def test_a_stake_agreed_then_becoming_a_holder_stays_planned():
    text = "Ostrava Capital agreed to pay $150 million for a 4% stake, becoming Tessel AI's largest shareholder."
    f = one(text, "investment")
    assert f.modality == "planned" and f.stake.value.value == 4 and f.amount.value.value == 150e6
    assert one(text, "shareholding").modality == "planned"


def test_becoming_the_largest_shareholder_without_a_stake_taken_is_no_investment():  # near miss
    text = "Ostrava Capital bought out two founders last year, becoming Tessel AI's largest shareholder."
    assert not facts(text, "investment")


# ---- J: a company's own figures; deals due or scheduled


def test_figures_a_company_released_are_its_own_statement():
    text = ("Tessel AI has struggled: revenue fell to $16 million last year, according to figures Marlow Group "
            "published with the deal announcement.")
    assert one(text, "financial").modality == "asserted"
    text = "According to figures released by Marlow Group, Tessel AI lost $40 million last year."
    assert one(text, "financial").modality == "asserted"


def test_people_briefed_on_accounts_stay_a_report():  # near miss
    text = "According to people briefed on its accounts, Tessel AI lost $40 million last year."
    assert one(text, "financial").modality == "reported"


def test_data_from_a_data_provider_stays_a_report():  # near miss: a data provider, not the company
    text = "Tessel AI lost $40 million last year, according to data from PitchBook."
    assert one(text, "financial").modality == "reported"


def test_due_to_invest_is_planned_and_its_month_is_to_come():
    f = one("Marlow Group is due to invest $500 million more in Tessel AI in February.", "investment", "2025-11-20")
    assert f.modality == "planned" and f.date.value.value == "2026-02"
    f = one("Marlow Group is scheduled to invest another $100 million in Tessel AI.", "investment", "2025-11-20")
    assert f.modality == "planned"


def test_a_month_of_an_agreement_made_stays_in_the_past():  # near miss: agreed in February, told in November
    f = one("Marlow Group agreed in February to buy Tessel AI for $2 billion.", "acquisition", "2025-11-20")
    assert f.date.value.value == "2025-02"


def test_due_to_a_cause_is_no_plan():  # near miss: "due to" weak demand
    f = one("Tessel AI lost $40 million last year due to weak demand.", "financial")
    assert f.modality == "asserted"


# ---- P: "as did existing backers including …"


def test_as_did_existing_investors_including_join_the_round():
    text = ("Tessel AI raised $60 million in a round led by Ostrava Capital; Marlow Ventures took part, as did existing "
            "investors including Keel Partners and Sorrel Fund.")
    f = one(text, "investment")
    assert names(f, "investor") == ["Ostrava Capital", "Marlow Ventures", "Keel Partners", "Sorrel Fund"]


def test_and_so_did_earlier_backers_join_the_round_read_before():
    text = ("Tessel AI raised $60 million in a Series B led by Ostrava Capital. Marlow Ventures joined the round, and "
            "so did earlier backers such as Keel Partners, Sorrel Fund and Ivo Capital.")
    f = one(text, "investment")
    assert names(f, "investor") == ["Ostrava Capital", "Marlow Ventures", "Keel Partners", "Sorrel Fund", "Ivo Capital"]


def test_as_did_outside_a_round_invests_nothing():  # near miss
    assert not facts("Ostrava Capital lowered its outlook for the year, as did Marlow Group.", "investment")
    text = ("Tessel AI raised $60 million in a round led by Ostrava Capital, and its revenue rose, as did that of "
            "Marlow Group.")
    assert names(one(text, "investment"), "investor") == ["Ostrava Capital"]


def test_a_stake_that_would_be_reached_upon_conversion_is_no_holding():  # conditional holding
    text = ("Ostrava Capital bought convertible bonds of Tessel AI. Its stake in Tessel AI would be 10 percent upon "
            "conversion of the bonds.")
    assert one(text, "shareholding").modality == "expected"
    text = "Ostrava Capital bought bonds of Tessel AI. Its stake in Tessel AI will be 12% after the deal closes."
    assert one(text, "shareholding").modality == "planned"


def test_a_stake_that_is_stays_a_holding():  # near miss
    text = "Ostrava Capital bought bonds of Tessel AI. Its stake in Tessel AI is 12%."
    assert one(text, "shareholding").modality == "asserted"


# ---- H: supply for a company's products; a contract named by its buyer


def test_goods_supplied_for_a_company_s_products_are_bought_by_it():
    f = one("Quenby Systems also provides the radar for Brightwater's delivery drones.", "purchase")
    assert names(f, "buyer") == ["Brightwater"] and names(f, "supplier") == ["Quenby Systems"]
    f = one("Tessel AI supplies labeled images for Marlow Motors' self-driving cars under a multiyear deal.", "purchase")
    assert names(f, "buyer") == ["Marlow Motors"] and names(f, "supplier") == ["Tessel AI"]


def test_goods_for_its_own_products_or_for_customers_are_no_purchase():  # near miss
    assert not facts("Quenby Systems provides radar for its own drones and support for Brightwater's customers.",
                     "purchase")
    assert not facts("Marlow Bank provides financing for Tessel AI's data centers.", "purchase")  # a loan, no goods


def test_a_contract_named_by_its_buyer():
    f = one("Tessel AI landed a NATO contract worth $12 million last month.", "purchase")
    assert names(f, "buyer") == ["NATO"] and names(f, "supplier") == ["Tessel AI"]
    assert f.amount.value.value == 12e6
    f = one("In March Tessel AI won a $40 million Marlow Motors contract to build planning tools.", "purchase")
    assert names(f, "buyer") == ["Marlow Motors"] and f.amount.value.value == 40e6


def test_a_bid_for_a_contract_is_no_purchase():  # near miss
    assert not facts("Tessel AI bid for a NATO contract but lost to a rival.", "purchase")


# ---- I: deals inside relative clauses; sellers listed after a colon; control


def test_the_sum_it_paid_for_a_company_is_an_acquisition():
    text = "The deal is Ostrava Capital's second-biggest bet, behind the $9 billion it paid for Tessel AI in 2016."
    f = one(text, "acquisition")
    assert names(f, "acquirer") == ["Ostrava Capital"] and names(f, "target") == ["Tessel AI"]
    assert f.amount.value.value == 9e9 and f.date.value.value == "2016" and f.modality == "asserted"
    f = one("Marlow Group's largest deal is still the $4 billion it spent on Quenby Systems in 2019.", "acquisition")
    assert names(f, "acquirer") == ["Marlow Group"] and names(f, "target") == ["Quenby Systems"]


def test_a_sum_spent_on_a_company_s_goods_buys_no_company():  # near miss
    text = "Marlow Group's biggest expense remains the $4 billion it spent on Quenby Systems chips in 2019."
    assert not facts(text, "acquisition")


def test_sellers_listed_after_a_colon_sell_together():
    text = ("Marlow Group agreed to the purchase in May. Under the terms, Tessel AI's two biggest investors sold their "
            "entire holdings: Ostrava Capital, which owned 61.5% of the company, and Ivo Labs, which held 30.1%.")
    [exit_] = [f for f in facts(text, "acquisition") if f.roles.get("seller")]
    assert names(exit_, "seller") == ["Ostrava Capital", "Ivo Labs"] and names(exit_, "target") == ["Tessel AI"]
    stakes = sorted((names(f, "holder")[0], f.stake.value.value) for f in facts(text, "shareholding"))
    assert stakes == [("Ivo Labs", 30.1), ("Ostrava Capital", 61.5)]


def test_investors_listed_after_a_verb_of_being_sell_nothing():  # near miss
    text = "Tessel AI's two biggest investors are Ostrava Capital, which owns 61.5%, and Ivo Labs, which holds 30.1%."
    assert not facts(text, "acquisition")


def test_control_is_ownership():
    f = one("Tessel AI, which is controlled by Marlow Group, will keep its listing.", "ownership")
    assert names(f, "owner") == ["Marlow Group"] and names(f, "unit") == ["Tessel AI"]
    f = one("Marlow Group controls Tessel AI through a family trust.", "ownership")
    assert names(f, "owner") == ["Marlow Group"]
    f = one("The rest belonged to an affiliate of Quenby Systems, the radar maker that Marlow Group controls.",
            "ownership")
    assert names(f, "owner") == ["Marlow Group"] and names(f, "unit") == ["Quenby Systems"]


def test_controlling_costs_or_controlling_in_the_past_owns_nothing():  # near miss
    assert not facts("Marlow Group, which controls costs tightly, paid $4 billion in fines in 2019.", "ownership")
    assert not facts("Marlow Group controlled Tessel AI until 2019.", "ownership")
    assert not facts("Marlow Group controls Tessel AI shares worth $2 billion.", "ownership")
    assert not facts("Marlow Group wants to control Tessel AI.", "ownership")  # a wish, no control


# ---- S: a purchase of a company's shares


def test_a_purchase_of_a_company_s_shares_is_an_investment():
    f = one("Ostrava Capital completes $400 million purchase of Tessel AI shares", "investment")
    assert names(f, "investor") == ["Ostrava Capital"] and names(f, "investee") == ["Tessel AI"]
    assert f.amount.value.value == 400e6 and f.modality == "asserted"
    assert not facts("Ostrava Capital completes $400 million purchase of Tessel AI shares", "acquisition")


def test_a_purchase_of_the_company_itself_stays_a_takeover():  # near miss
    f = one("Ostrava Capital completes $4 billion purchase of Tessel AI", "acquisition")
    assert names(f, "target") == ["Tessel AI"]
    assert not facts("Ostrava Capital completes $4 billion purchase of Tessel AI", "investment")


def test_a_headline_purchase_of_shares_leaves_the_stake_to_the_body_s_investment():
    text = ("Ostrava Capital completes $500 million purchase of Tessel AI shares\n\nOstrava Capital has completed its $500 "
            "million investment in Tessel AI. The fund paid $20 a share, giving it a stake of roughly 3% in Tessel AI.")
    stakes = [f.stake.value.value for f in facts(text, "investment") if f.stake is not None]
    assert stakes == [3]
    assert [f.stake.value.value for f in facts(text, "shareholding")] == [3]


def test_a_group_named_paragraphs_before_is_not_the_group_of_a_later_sentence():  # near miss: recency
    text = ("Marlow Group makes radar.\n\nTessel AI builds robots.\n\nOstrava Capital bought 5% of Tessel AI in May. "
            "The group now plans to invest $1 billion in Ivo Labs.")
    f = one(text, "investment")
    assert names(f, "investor") == ["Ostrava Capital"] and f.modality == "planned"


# ---- found on real text: a confirmed investment; a line of business closed


def test_a_confirmed_investment_is_an_investment():
    f = one("Ostrava Capital confirmed a $60 million investment in Tessel AI.", "investment")
    assert names(f, "investor") == ["Ostrava Capital"] and f.amount.value.value == 60e6 and f.modality == "asserted"


def test_declining_to_confirm_an_investment_states_none():  # near miss
    assert not facts("Ostrava Capital declined to confirm a $60 million investment in Tessel AI.", "investment")


def test_a_line_of_business_shut_down_is_no_closure_of_the_company():
    assert not facts("After Tessel AI shut down its struggling drone business in 2021, it focused on robots.", "closure")


def test_a_company_shut_down_is_a_closure():  # near miss
    assert names(one("Tessel AI shut down its operations in 2021.", "closure"), "company") == ["Tessel AI"]


def test_two_holders_selling_their_holdings_both_sell():
    f = one("Ostrava Capital and Keel Partners sold their entire holdings in Tessel AI.", "acquisition")
    assert names(f, "seller") == ["Ostrava Capital", "Keel Partners"] and names(f, "target") == ["Tessel AI"]


def test_a_seller_named_after_said_is_the_only_seller():  # near miss: the subjects only speak
    f = one("Ostrava Capital and Keel Partners said Ivo Labs sold its stake in Tessel AI.", "acquisition")
    assert names(f, "seller") == ["Ivo Labs"]


# ---- found on real text: a round co-led with another investor


def test_co_led_with_another_investor_makes_both_leads():
    f = one("Ostrava Capital co-led a $60 million Series B round for Tessel AI with Keel Partners.", "investment")
    assert names(f, "investor") == ["Ostrava Capital", "Keel Partners"] and names(f, "investee") == ["Tessel AI"]
    assert f.amount.value.value == 60e6


def test_led_alone_with_an_adviser_adds_no_co_lead():  # near miss: only "co-led … with B" makes B a lead
    f = one("Ostrava Capital led a $60 million Series B round for Tessel AI with Keel Partners as an adviser.",
            "investment")
    assert names(f, "investor") == ["Ostrava Capital"]

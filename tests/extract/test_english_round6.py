"""English newswire constructions added in round 6: possessive rounds, backers who are people, a listing told by
its shares, participial appositions, founders with a title, operating figures and newswire money scales.

Quillfeather, Norcrest Labs, Harbor Peak Capital, Aldon Ventures, Lanting Ventures and Veltrix are invented and in
no lexicon; Anna Lee and Mark Stone are invented people.
"""

from __future__ import annotations

from dealgraph.extract.document import Doc, FactRecord
from dealgraph.extract.pipeline import extract
from dealgraph.values.money import find_money

REF = "2025-11-04"


def facts(text: str, ftype: str) -> list[FactRecord]:
    doc: Doc = extract("t", text, REF)
    return [f for f in doc.facts if f.type == ftype]


def names(fact: FactRecord, role: str) -> list[str]:
    return [m.text for m in fact.roles.get(role, [])]


def test_a_possessive_round_led_by_names_its_company_leader_and_participants():
    [f] = facts("Quillfeather's latest round was led by Harbor Peak Capital, with Aldon Ventures and "
                "Lanting Ventures also participating.", "investment")
    assert names(f, "investee") == ["Quillfeather"]
    assert names(f, "investor") == ["Harbor Peak Capital", "Aldon Ventures", "Lanting Ventures"]
    assert len(f.qualifiers["lead"]) == 1


def test_a_possessive_round_keeps_its_amount_past_a_valuation_aside():
    [f] = facts("Quillfeather's $40 million Series B, which values it at $400 million, was co-led by Harbor Peak "
                "Capital and Aldon Ventures.", "investment")
    assert f.amount is not None and f.amount.value.value == 40e6
    assert names(f, "investor") == ["Harbor Peak Capital", "Aldon Ventures"]


def test_backers_may_be_people_and_a_valuation_is_no_amount():
    [f] = facts("Quillfeather, which is backed by Anna Lee and Harbor Peak Capital, is valued at $900 million.",
                "investment")
    assert names(f, "investor") == ["Anna Lee", "Harbor Peak Capital"]
    assert f.amount is None


def test_a_deal_valued_at_keeps_its_amount():
    [f] = facts("Veltrix will acquire Norcrest Labs in a cash-and-stock deal valued at $4.9 billion.", "acquisition")
    assert f.amount is not None and f.amount.value.value == 4.9e9


def test_shares_of_a_company_in_their_debut_are_a_listing():
    [f] = facts("Shares of Quillfeather jumped 40% in their Nasdaq debut on Friday.", "listing")
    assert names(f, "company") == ["Quillfeather"] and f.qualifiers["stage"] == "listed"
    assert f.qualifiers["exchange"] == "NASDAQ"
    assert facts("Shares of Quillfeather fell 5% on Friday.", "listing") == []


def test_a_participial_apposition_with_a_person_does_not_hide_the_subject():
    text = "Quillfeather, founded by former Veltrix engineer Anna Lee, raised $40 million in a seed round."
    [round_] = facts(text, "investment")
    assert names(round_, "investee") == ["Quillfeather"] and round_.amount.value.value == 40e6
    [founding] = facts(text, "founding")
    assert names(founding, "founder") == ["Anna Lee"] and names(founding, "company") == ["Quillfeather"]


def test_a_founder_with_a_title_and_company_is_the_person():
    [f] = facts("Norcrest Labs was founded by Veltrix chief executive Mark Stone in 2019.", "founding")
    assert names(f, "founder") == ["Mark Stone"]


def test_a_description_opening_the_document_is_not_a_company_named_after_it():
    assert facts("The startup counts Harbor Peak Capital and Aldon Ventures among its investors.",
                 "shareholding") == []
    holders = facts("Quillfeather makes drones. The startup counts Harbor Peak Capital and Aldon Ventures among "
                    "its investors.", "shareholding")
    assert sorted(names(f, "holder")[0] for f in holders) == ["Aldon Ventures", "Harbor Peak Capital"]
    assert {f.roles["company"][0].key for f in holders} == {
        m.key for m in extract("t", "Quillfeather makes drones.", REF).mentions if m.text == "Quillfeather"}


def test_operating_figures_are_not_net_ones():
    [op] = facts("Veltrix reported an operating profit of $7.3 billion in the third quarter.", "financial")
    assert op.qualifiers["metric"] == "operating_profit"
    [loss] = facts("Quillfeather's operating loss narrowed to $20 million in 2024.", "financial")
    assert loss.qualifiers["metric"] == "operating_loss"
    [net] = facts("Veltrix posted a net loss of $5 million in 2024.", "financial")
    assert net.qualifiers["metric"] == "net_loss"
    [zh] = facts("星河科技2024年营业利润为3.2亿元，同比增长12%。", "financial")
    assert zh.qualifiers["metric"] == "operating_profit"


def test_newswire_scales_and_currencies():
    [(_, _, bln)] = find_money("has invested $2 bln in the start-up")
    assert bln.value == 2e9 and bln.currency == "USD"
    [(_, _, won)] = find_money("an operating profit of 10.1 trillion won in the quarter")
    assert won.value == 10.1e12 and won.currency == "KRW"
    [(_, _, yen)] = find_money("a 1.5 trln yen plan")
    assert yen.value == 1.5e12 and yen.currency == "JPY"
    assert find_money("the team won 3 games") == []


def test_a_named_arm_is_its_own_company_and_owned_by_its_parent():
    doc = extract("t", "Veltrix's venture arm Veltrix Ventures invested in Quillfeather.", REF)
    keys = {m.text: m.key for m in doc.mentions}
    assert keys["Veltrix"] != keys["Veltrix Ventures"]
    [inv] = [f for f in doc.facts if f.type == "investment"]
    assert names(inv, "investor") == ["Veltrix Ventures"]
    [own] = [f for f in doc.facts if f.type == "ownership"]
    assert names(own, "owner") == ["Veltrix"] and names(own, "unit") == ["Veltrix Ventures"]
    [f] = facts("Veltrix Ventures, the investment arm of Veltrix, backed Quillfeather.", "investment")
    assert names(f, "investor") == ["Veltrix Ventures"]


def test_a_short_name_of_several_words_is_the_full_one():
    doc = extract("t", "Harbor Peak Capital led the round. Harbor Peak has backed five robotics startups.", REF)
    assert len({m.key for m in doc.mentions if m.text.startswith("Harbor Peak")}) == 1


def test_an_active_backer_invests_in_each_company_named():
    found = facts("Harbor Peak Capital backed Quillfeather and Norcrest Labs in 2021.", "investment")
    assert sorted(names(f, "investee")[0] for f in found) == ["Norcrest Labs", "Quillfeather"]
    assert all(names(f, "investor") == ["Harbor Peak Capital"] and f.date.text == "2021" for f in found)
    assert facts("Harbor Peak Capital backed Quillfeather's plan to expand.", "investment") == []


def test_a_stake_purchase_is_an_investment_and_a_majority_one_an_acquisition():
    [f] = facts("Veltrix completed its purchase of a 10% stake in Quillfeather.", "investment")
    assert names(f, "investee") == ["Quillfeather"] and f.stake.value.value == 10 and f.modality == "asserted"
    [g] = facts("Veltrix agreed to the purchase of a 60% stake in Quillfeather.", "acquisition")
    assert names(g, "target") == ["Quillfeather"] and g.modality == "planned"


def test_a_portfolio_company_has_its_investor_without_an_amount():
    [f] = facts("Quillfeather is a portfolio company of Harbor Peak Capital.", "investment")
    assert names(f, "investor") == ["Harbor Peak Capital"] and f.amount is None


def test_an_investment_under_consideration_is_not_asserted():
    [f] = facts("Veltrix is considering an investment in Quillfeather, people familiar with the matter said.",
                "investment")
    assert names(f, "investee") == ["Quillfeather"] and f.modality != "asserted"


def test_money_an_offering_raised_makes_a_listing():
    [f] = facts("Quillfeather's initial public offering raised $200 million on the Nasdaq in May.", "listing")
    assert names(f, "company") == ["Quillfeather"] and f.qualifiers["stage"] == "listed"
    assert f.qualifiers["exchange"] == "NASDAQ"


def test_a_purchase_from_a_supplier_may_name_its_own_goods():
    [f] = facts("Quillfeather makes robots. It buys most of its motors from Tessaro Motion.", "purchase")
    assert names(f, "supplier") == ["Tessaro Motion"] and f.roles["buyer"][0].source == "coref"


def test_a_round_led_by_an_investor_in_a_sentence_about_the_company():
    [f] = facts("Quillfeather makes robots. The company was last valued at $2.1 billion in a funding round led by "
                "Harbor Peak Capital in 2023.", "investment")
    assert names(f, "investor") == ["Harbor Peak Capital"] and f.date.text == "2023"
    assert f.amount is None  # a valuation, not the round's size
    assert facts("Quillfeather hired 40 engineers after a round led by Harbor Peak Capital.", "investment") == []


def test_a_fronted_founding_clause_gives_no_date_to_the_main_verb():
    text = "Founded in 2017 by Anna Lee and Mark Stone, Quillfeather raised $500 million last month."
    [round_] = facts(text, "investment")
    assert round_.date.text == "last month"
    [founding] = facts(text, "founding")
    assert founding.date.text == "2017"
    assert facts("Founded in 2017, Quillfeather has raised more than $500 million.", "investment") == []  # a total


def test_a_holding_with_no_company_is_in_the_company_of_the_holdings_just_read():
    found = facts("Quillfeather Robotics makes robots. Harbor Peak Capital is the company's largest shareholder with a "
                  "28% stake. Aldon Ventures holds about 9%.", "shareholding")
    by_holder = {names(f, "holder")[0]: f.roles["company"][0].key for f in found}
    assert by_holder["Aldon Ventures"] == by_holder["Harbor Peak Capital"] != "name:harborpeakcapital"


def test_according_to_the_company_s_own_filing_is_stated_not_reported():
    [own] = facts("Harbor Peak Capital owns 28% of Quillfeather, according to the filing.", "shareholding")
    assert own.modality == "asserted"
    [stated] = facts("Harbor Peak Capital owns 28% of Quillfeather, according to its regulatory filing.", "shareholding")
    assert stated.modality == "asserted"
    [sourced] = facts("Harbor Peak Capital owns 28% of Quillfeather, according to people familiar with the matter.",
                      "shareholding")
    assert sourced.modality == "reported"
    [leaked] = facts("Veltrix bought Quillfeather for $40 million, according to a document seen by Newswire.",
                     "acquisition")
    assert leaked.modality == "reported"


def test_a_figure_compared_with_a_year_earlier_is_the_year_before():
    found = facts("Quillfeather reported revenue of $310 million for 2024, compared with $120 million a year earlier.",
                  "financial")
    periods = {f.qualifiers["value"].value.value: f.qualifiers["period"].value.value for f in found}
    assert periods == {310e6: "2024", 120e6: "2023"}
    quarters = facts("Quillfeather's revenue rose to $90 million in the third quarter of 2025, up from $60 million a "
                     "year earlier.", "financial")
    assert {f.qualifiers["period"].value.value for f in quarters} == {"2025-Q3", "2024-Q3"}


def test_a_customer_with_its_share_of_revenue_is_a_purchase():
    [f] = facts("Quillfeather counts Norcrest Logistics as its biggest customer, accounting for 41% of its revenue "
                "last year.", "purchase")
    assert names(f, "buyer") == ["Norcrest Logistics"] and names(f, "supplier") == ["Quillfeather"]
    assert f.qualifiers["share_of_revenue"].value.value == 41
    [plain] = facts("Quillfeather counts Norcrest Logistics as a customer.", "purchase")
    assert "share_of_revenue" not in plain.qualifiers and names(plain, "buyer") == ["Norcrest Logistics"]


def test_a_co_founder_named_after_with_founded_it_too():
    [f] = facts("Chief executive Anna Lee, who co-founded Quillfeather in 2019 with former Veltrix engineer Mark Stone, "
                "said revenue would triple.", "founding")
    assert names(f, "founder") == ["Anna Lee", "Mark Stone"] and f.date.text == "2019"


def test_users_of_a_supplier_s_chips_buy_from_it():
    found = facts("Quillfeather's accelerators are used by Kestrel Cloud and Veltrix.", "purchase")
    assert sorted(names(f, "buyer")[0] for f in found) == ["Kestrel Cloud", "Veltrix"]
    assert all(names(f, "supplier") == ["Quillfeather"] for f in found)
    [deal] = facts("Veltrix signed a $2 billion deal to buy Quillfeather's chips.", "purchase")
    assert names(deal, "buyer") == ["Veltrix"] and deal.amount.value.value == 2e9


def test_a_surname_alone_after_the_full_name_is_the_same_person():
    doc = extract("t", "Anna Lee's Quillfeather raised $6 million. Lee set up Quillfeather in 2021 with Harbor Peak "
                       "Capital's backing.", REF)
    [f] = [f for f in doc.facts if f.type == "founding"]
    assert f.roles["founder"][0].key == "person:Anna Lee" and f.roles["founder"][0].canonical == "Anna Lee"


def test_a_deal_that_would_have_happened_did_not_and_a_description_names_the_company_before():
    [f] = facts("Veltrix and Quillfeather said they had agreed to terminate their merger agreement, under which Veltrix "
                "would have bought the drone-software maker for about $2 billion.", "acquisition")
    assert f.modality == "negated" and f.roles["target"][0].key == "name:quillfeather"
    [g] = facts("Harbor Peak Capital would have a 20% stake in Quillfeather after the deal.", "shareholding")
    assert g.modality != "negated"


def test_a_possessive_description_opening_a_sentence_is_the_company_of_the_paragraph():
    found = facts("Quillfeather will remain independent. Anna Lee, the chief executive, was pleased. The San Francisco "
                  "firm's venture backers include Harbor Peak Capital and Aldon Ventures.", "shareholding")
    assert sorted(names(f, "holder")[0] for f in found) == ["Aldon Ventures", "Harbor Peak Capital"]
    assert {f.roles["company"][0].key for f in found} == {"name:quillfeather"}


def test_a_name_with_its_abbreviation_in_brackets_is_one_subject():
    [f] = facts("Veltrix Systems (VXS) has completed its $4.9 billion acquisition of Quillfeather, the company said.",
                "acquisition")
    assert names(f, "acquirer")[0] in ("Veltrix Systems", "VXS") and names(f, "target") == ["Quillfeather"]
    assert f.amount.value.value == 4.9e9


def test_by_far_its_biggest_customer_with_a_share_of_that_revenue():
    [f] = facts("Quillfeather makes chips. Norcrest Logistics, a Dubai technology group, was by far its biggest "
                "customer, accounting for 87% of that revenue.", "purchase")
    assert names(f, "buyer") == ["Norcrest Logistics"] and f.qualifiers["share_of_revenue"].value.value == 87


def test_an_apposed_largest_investor_of_a_named_company_with_its_stake():
    [f] = facts("Harbor Peak Capital, Quillfeather's largest investor with a 22% stake, has agreed to back the deal.",
                "shareholding")
    assert names(f, "holder") == ["Harbor Peak Capital"] and names(f, "company") == ["Quillfeather"]
    assert f.stake.value.value == 22 and f.qualifiers["rank"] == "largest"


def test_buying_an_amount_of_a_supplier_s_chips():
    [f] = facts("Under the multi-year agreement, Norcrest Cloud will buy at least $1.5 billion of Veltrix chips.",
                "purchase")
    assert names(f, "buyer") == ["Norcrest Cloud"] and names(f, "supplier") == ["Veltrix"]
    assert f.amount.value.min == 1.5e9


def test_a_supplier_of_branded_chips_to_several_buyers():
    found = facts("Veltrix supplies Quillfeather chips to Norcrest Labs and Aldon Cloud.", "purchase")
    assert sorted(names(f, "buyer")[0] for f in found) == ["Aldon Cloud", "Norcrest Labs"]
    assert all(names(f, "supplier") == ["Veltrix"] for f in found)


def test_a_valued_apposition_and_a_shareholding_reform():
    found = facts("Quillfeather, valued at $3.3 billion, counts Harbor Peak Capital and Aldon Ventures among its "
                  "backers.", "shareholding")
    assert len(found) == 2 and {f.roles["company"][0].text for f in found} == {"Quillfeather"}
    [f] = facts("Quillfeather Robotics completed its shareholding reform in May, a step toward an IPO.", "listing")
    assert f.qualifiers["stage"] == "shareholding_reform" and f.date.text == "May"


def test_developing_chips_together_is_no_compute_partnership():
    [f] = facts("Veltrix partnered with Norcrest Labs to develop radar chips.", "partnership")
    assert f.qualifiers["kind"] == "strategic"
    [g] = facts("Veltrix partnered with Norcrest Labs to supply AI chips for its data centers.", "partnership")
    assert g.qualifiers["kind"] == "compute"


def test_an_offer_for_the_subject_and_a_sale_of_its_named_unit():
    [f] = facts("Quillfeather rejected a $3 billion takeover offer from Veltrix.", "acquisition")
    assert names(f, "acquirer") == ["Veltrix"] and f.modality == "negated" and f.amount.value.value == 3e9
    [g] = facts("Quillfeather received a buyout proposal from Harbor Peak Capital.", "acquisition")
    assert g.modality == "planned"
    assert facts("Quillfeather received a buyout proposal from Harbor Peak Capital.", "investment") == []
    [h] = facts("Veltrix is exploring a sale of its robotics unit, Norcrest Labs, sources said.", "acquisition")
    assert names(h, "target") == ["Norcrest Labs"] and names(h, "seller") == ["Veltrix"]


def test_spending_that_would_rise_next_year_is_a_plan_and_a_loss_of_an_unprofitable_company_a_figure():
    [plan] = facts("Veltrix said capital expenditure would rise to $85 billion next year, most of it for data centers.",
                   "capital_plan")
    assert plan.amount.value.value == 85e9 and plan.modality in ("expected", "planned")
    [loss] = facts("Quillfeather remains unprofitable, with an operating loss of $120 million last year.", "financial")
    assert loss.modality == "asserted" and loss.qualifiers["metric"] == "operating_loss"
    [state] = facts("Quillfeather is not profitable.", "financial")
    assert state.modality == "negated"


def test_a_name_opening_with_a_number_and_an_organisation_word():
    doc = extract("t", "1789 Capital invested in Quillfeather.", REF)
    assert [m.text for m in doc.mentions if m.kind == "organization"][:1] == ["1789 Capital"]
    [f] = [f for f in doc.facts if f.type == "investment"]
    assert names(f, "investor") == ["1789 Capital"]
    assert not [m for m in extract("t", "In 2021 Quillfeather raised money.", REF).mentions if m.text[0].isdigit()]


def test_he_and_she_stand_for_the_person_named_before():
    text = "Anna Lee runs Veltrix. Lee set up Quillfeather in 2023 to compete with Norcrest Labs, the lab she co-founded in 2015."
    found = facts(text, "founding")
    by_company = {names(f, "company")[0]: f for f in found}
    assert by_company["Norcrest Labs"].roles["founder"][0].key == "person:Anna Lee"
    assert by_company["Norcrest Labs"].date.text == "2015"


def test_a_partner_s_holding_is_in_the_joint_venture_named_and_as_planned_as_it():
    text = "Veltrix and Norcrest Labs will form a joint venture, Aldon Compute, with Veltrix holding 51% and Norcrest the rest."
    [jv] = facts(text, "partnership")
    assert names(jv, "result") == ["Aldon Compute"] and jv.modality == "planned"
    [held] = facts(text, "shareholding")
    assert names(held, "company") == ["Aldon Compute"] and held.modality == "planned" and held.stake.value.value == 51
    assert facts("Veltrix and Norcrest Labs formed a joint venture. Veltrix owns 60% of the venture, and Norcrest "
                 "Labs owns the remaining 40%.", "shareholding") == []
    assert names(facts("Veltrix and Norcrest Labs will form a joint venture, Norcrest said.", "partnership")[0],
                 "result") == []


def test_listing_steps_told_in_newswire_english():
    def step(text: str) -> tuple[str, str | None, str]:
        [f] = facts(text, "listing")
        return f.qualifiers["stage"], f.qualifiers.get("exchange"), f.modality
    assert step("Quillfeather has started IPO tutoring with a Beijing brokerage.")[0] == "tutoring"
    assert step("The securities regulator approved Quillfeather's IPO registration last week.")[0] == "approved"
    assert step("Quillfeather filed a prospectus with the Shanghai Stock Exchange on Tuesday.")[:2] == ("filed", "SSE")
    assert step("Quillfeather plans to raise 8 billion yuan in a Shanghai STAR Market listing.") == \
        ("planned", "SSE STAR", "planned")
    assert step("Quillfeather makes robots. The company's shares rose 30% on their trading debut on Thursday.")[0] == \
        "listed"


def test_cornerstone_investors_of_the_listing_just_read():
    [f] = facts("Quillfeather Robotics raised HK$5.4 billion in its Hong Kong IPO on Thursday. Cornerstone investors "
                "including Harbor Peak Capital and Aldon Ventures bought shares worth $300 million in the offering.",
                "investment")
    assert names(f, "investee") == ["Quillfeather Robotics"]
    assert names(f, "investor") == ["Harbor Peak Capital", "Aldon Ventures"] and f.amount.value.value == 300e6
    assert facts("Cornerstone investors including Harbor Peak Capital bought shares.", "investment") == []


def test_a_relative_clause_apposition_and_stakes_given_or_bought():
    [sup] = facts("Veltrix, which invested in Quillfeather last year, will also supply it with accelerators.", "purchase")
    assert names(sup, "supplier") == ["Veltrix"] and sup.roles["buyer"][0].key == "name:quillfeather"
    [held] = facts("The investment gives Veltrix a 10% stake in Quillfeather.", "shareholding")
    assert names(held, "holder") == ["Veltrix"] and held.stake.value.value == 10
    text = "Veltrix became Quillfeather's largest shareholder after buying a 20% stake for $200 million."
    [inv] = facts(text, "investment")
    assert inv.stake.value.value == 20 and inv.amount.value.value == 200e6
    [top] = facts(text, "shareholding")
    assert top.stake.value.value == 20


def test_figures_of_a_filing_take_the_period_after_them_and_a_top_customer_its_share():
    text = ("Quillfeather Inc filed for a U.S. initial public offering on Monday, revealing a net loss of $150 million on "
            "revenue of $420 million for the six months ended June 30.")
    periods = {f.qualifiers["metric"]: f.qualifiers["period"].value.value for f in facts(text, "financial")}
    assert periods == {"net_loss": "2025-H1", "revenue": "2025-H1"}
    [f] = facts("Quillfeather makes chips. Its largest customer, Norcrest Cloud, accounted for 35% of revenue.",
                "purchase")
    assert names(f, "buyer") == ["Norcrest Cloud"] and f.roles["supplier"][0].key == "name:quillfeather"
    assert f.qualifiers["share_of_revenue"].value.value == 35


def test_using_a_supplier_s_hardware_is_buying_from_it():
    [f] = facts("Quillfeather will use up to one million Veltrix TPUs under a multi-year deal.", "purchase")
    assert names(f, "buyer") == ["Quillfeather"] and names(f, "supplier") == ["Veltrix"] and f.modality == "planned"
    assert facts("Quillfeather will use the money to hire engineers.", "purchase") == []


def test_a_provider_that_rents_out_gpus_does_not_buy_them_here():
    assert facts("Quillfeather, the cloud provider that rents out Veltrix GPUs, filed for an IPO.", "purchase") == []


def test_conditions_and_open_questions_state_no_deal_and_rumours_open_sentences():
    assert [f.modality for f in facts("If Veltrix were to buy Quillfeather, it would gain a foothold in drones.",
                                      "acquisition")] == ["expected"]
    assert [f.modality for f in facts("Whether Veltrix will invest in Quillfeather remains unclear.",
                                      "investment")] == ["expected"]
    [f] = facts("If approved, Veltrix will buy Quillfeather for $2 billion.", "acquisition")
    assert f.modality == "planned"
    [g] = facts("Rumors that Veltrix will buy Quillfeather lifted its shares.", "acquisition")
    assert g.modality == "rumored"
    [h] = facts("Cornerstone Capital invested in Quillfeather.", "investment")
    assert names(h, "investor") == ["Cornerstone Capital"]


def test_investors_who_also_invested_join_the_round_just_read():
    [f] = facts("Quillfeather closed a $15 million seed round. Harbor Peak Capital, Aldon Ventures and Lanting Ventures "
                "also invested.", "investment")
    assert names(f, "investor") == ["Harbor Peak Capital", "Aldon Ventures", "Lanting Ventures"]
    assert f.amount.value.value == 15e6
    assert facts("Harbor Peak Capital also invested.", "investment") == []


def test_licensing_a_company_s_technology_is_buying_from_it():
    [f] = facts("Veltrix agreed to pay $2.4 billion to license Quillfeather's technology and hire its chief executive.",
                "purchase")
    assert names(f, "buyer") == ["Veltrix"] and names(f, "supplier") == ["Quillfeather"]
    assert f.amount.value.value == 2.4e9 and f.modality == "planned"


def test_a_round_keeps_the_valuation_it_states_apart_from_its_amount():
    [f] = facts("Quillfeather raised $60 million in a Series C funding round at a $2.4 billion valuation.", "investment")
    assert f.amount.value.value == 60e6 and f.qualifiers["valuation"].value.value == 2.4e9
    [g] = facts("Quillfeather raised $40 million in a round that values the company at $400 million.", "investment")
    assert g.qualifiers["valuation"].value.value == 400e6
    [h] = facts("Quillfeather raised $10 million from Veltrix.", "investment")
    assert "valuation" not in h.qualifiers


def test_the_valuation_reaches_the_export():
    from dealgraph.resolve import resolve_document
    doc = extract("t", "Quillfeather raised $60 million in a Series C funding round at a $2.4 billion valuation.", REF)
    [record] = [f for f in resolve_document(doc).facts if f["type"] == "investment"]
    assert record["qualifiers"]["valuation"]["value"] == 2.4e9


def test_a_spin_off_is_founded_by_its_parent():
    [f] = facts("Veltrix spun off its robotics business as Norcrest Labs in 2022.", "founding")
    assert names(f, "founder") == ["Veltrix"] and names(f, "company") == ["Norcrest Labs"] and f.date.text == "2022"
    [g] = facts("Veltrix plans a spin-off of Norcrest Labs next year.", "founding")
    assert g.modality == "planned"


def test_people_may_invest_and_buy_but_do_not_list():
    [f] = facts("Anna Lee, the founder of Veltrix, invested $5 million in Quillfeather.", "investment")
    assert f.roles["investor"][0].kind == "person" and f.amount.value.value == 5e6
    [g] = facts("Mark Stone bought Quillfeather for $44 million in 2022.", "acquisition")
    assert names(g, "acquirer") == ["Mark Stone"]
    assert facts("Anna Lee filed for an IPO of her shares.", "listing") == []


def test_an_anchor_of_the_offering_invests_in_the_company_listing():
    [f] = facts("Quillfeather began trading on the Nasdaq on March 28. Veltrix, an existing shareholder, anchored the "
                "offering with a $250 million order.", "investment")
    assert names(f, "investor") == ["Veltrix"] and names(f, "investee") == ["Quillfeather"]
    assert f.amount.value.value == 250e6


def test_a_year_before_revenue_dates_a_share_and_from_a_year_earlier_is_the_year_before():
    found = facts("Quillfeather rents out chips. Revenue rose to $1.92 billion in 2024 from $229 million a year earlier. "
                  "Veltrix alone accounted for 62% of 2024 revenue.", "financial")
    assert {f.qualifiers["value"].value.value: f.qualifiers["period"].value.value for f in found} == {
        1.92e9: "2024", 229e6: "2023"}
    [p] = facts("Quillfeather rents out chips. Veltrix alone accounted for 62% of 2024 revenue.", "purchase")
    assert p.qualifiers["period"].value.value == "2024"


def test_relying_on_a_maker_or_a_maker_of_its_chips_is_buying_from_it():
    for text in ("Quillfeather relies on Veltrix to manufacture its chips.", "Veltrix manufactures Quillfeather's chips.",
                 "Quillfeather depends on Veltrix for most of its GPUs."):
        [f] = facts(text, "purchase")
        assert names(f, "buyer") == ["Quillfeather"] and names(f, "supplier") == ["Veltrix"], text
    assert facts("Veltrix relies on its cash reserves for growth.", "purchase") == []

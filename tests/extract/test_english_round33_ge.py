"""Round 33 (wt-ge), English AI-industry deal readings found wrong in published news: a commitment of money is a
promise still to be paid (planned) unless it is told as kept; the day a company's shares moved is not the day of the
deal named after "after"; talks over a cloud contract with a cloud company are a purchase under negotiation. Sentences
written by the team; the companies are invented."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from tests.extract.readers import REF, facts, names, one


# ---- a commitment of money: planned, unless kept


def test_a_commitment_made_is_planned():
    f = one("Northwind Capital made a $3 billion commitment to Bluepeak AI.", "investment")
    assert names(f, "investor") == ["Northwind Capital"] and names(f, "investee") == ["Bluepeak AI"]
    assert f.modality == "planned" and f.amount.value.value == 3e9


def test_a_possessive_commitment_the_cash_goes_toward_is_planned():
    f = one("Most of the cash will go toward Northwind Capital's $3 billion commitment to Bluepeak AI.", "investment")
    assert names(f, "investor") == ["Northwind Capital"] and f.modality == "planned"


def test_a_commitment_from_one_to_another_is_planned():
    f = one("The $3 billion commitment from Northwind Capital to Bluepeak AI came in two parts.", "investment")
    assert f.modality == "planned"


def test_a_commitment_of_a_sum_is_planned():
    f = one("Northwind Capital's commitment of $3 billion to Bluepeak AI was approved by its board.", "investment")
    assert f.modality == "planned"


def test_a_commitment_fulfilled_is_asserted():
    # near miss: the commitment is told as kept, so the money went in
    f = one("Northwind Capital has fulfilled its $3 billion commitment to Bluepeak AI.", "investment")
    assert names(f, "investee") == ["Bluepeak AI"] and f.modality == "asserted"


def test_a_commitment_still_to_fulfil_stays_planned():
    f = one("Northwind Capital is racing to fulfil its $3 billion commitment to Bluepeak AI.", "investment")
    assert f.modality == "planned"


# ---- "B's shares jumped on Monday after A …": Monday is the day of the move, not of A's deal


def test_the_day_shares_jumped_is_not_the_investment_date():
    f = one("Bluepeak AI's shares jumped on Monday after Northwind Capital invested $2 billion in the company.",
            "investment")
    assert names(f, "investor") == ["Northwind Capital"] and f.date is None


def test_a_company_rising_by_a_percent_dates_no_acquisition():
    f = one("Bluepeak AI rose 8% on Friday after Northwind Capital agreed to buy it for $4 billion.", "acquisition")
    assert names(f, "target") == ["Bluepeak AI"] and f.date is None


def test_shares_falling_after_a_stake_sale_date_no_sale():
    f = one("Northwind Capital shares fell as much as 9% on Wednesday after the group said it had sold its entire "
            "stake in Bluepeak AI for $2 billion.", "acquisition")
    assert names(f, "seller") == ["Northwind Capital"] and f.date is None


def test_a_date_inside_the_deal_clause_stays():
    # near miss: the day is told with the investment itself
    f = one("Bluepeak AI's shares jumped after Northwind Capital invested $2 billion in the company on Monday.",
            "investment")
    assert f.date is not None and f.date.text == "Monday"


def test_a_company_closing_a_deal_is_no_market_move():
    # near miss: "closed the deal on Monday" has no percent, so Monday stays with the sentence's deal
    f = one("Northwind Capital closed the purchase on Monday after it bought Bluepeak AI for $4 billion.",
            "acquisition")
    assert f.date is not None and f.date.text == "Monday"


# ---- talks over a cloud contract: a purchase under negotiation when the cloud side is known


def test_talks_over_a_cloud_contract_with_a_cloud_company():
    f = one("Harborline Cloud is in advanced talks with Crestfield Labs over a $20 billion cloud computing contract.",
            "purchase")
    assert names(f, "buyer") == ["Crestfield Labs"] and names(f, "supplier") == ["Harborline Cloud"]
    assert f.modality == "reported" and f.amount.value.value == 2e10


def test_negotiating_a_cloud_agreement_with_the_buyer():
    f = one("Harborline Cloud is negotiating a multiyear cloud computing agreement worth $9 billion with Crestfield "
            "Labs.", "purchase")
    assert names(f, "buyer") == ["Crestfield Labs"] and f.modality != "asserted"


def test_the_buyer_in_talks_with_a_cloud_company():
    f = one("Crestfield Labs is in talks with Harborline Cloud for a compute deal.", "purchase")
    assert names(f, "buyer") == ["Crestfield Labs"] and names(f, "supplier") == ["Harborline Cloud"]


def test_a_cloud_provider_named_so_earlier_in_the_document():
    text = ("Harborline Systems, a cloud computing provider, reported strong sales this week. Harborline Systems is in "
            "talks with Crestfield Labs over a $20 billion cloud computing contract.")
    f = one(text, "purchase")
    assert names(f, "supplier") == ["Harborline Systems"] and names(f, "buyer") == ["Crestfield Labs"]


def test_talks_whose_cloud_side_is_unknown_give_no_purchase():
    # near miss: neither side is known as a cloud company, so the direction is not said
    assert not facts("Harborline Systems, a chip designer, reported strong sales this week. Harborline Systems is in "
                     "talks with Crestfield Labs over a $20 billion cloud computing contract.", "purchase")


def test_talks_over_a_merger_are_no_purchase():
    assert not facts("Harborline Cloud is in talks with Crestfield Labs over a merger.", "purchase")


def test_talks_held_last_year_are_no_purchase():
    # near miss: talks told in the past, with no agreement after them
    assert not facts("Harborline Cloud held talks with Crestfield Labs about a cloud deal last year, but no agreement "
                     "was reached.", "purchase")


# ---- "Stakeholder positioning is …": two common nouns opening a sentence name no company


def test_a_noun_compound_opening_a_sentence_is_no_company():
    text = ("Quarrywell Systems submitted its listing papers last week. Stakeholder positioning is shaped by a "
            "wide network of backers. Major shareholders with stakes above 5% include Aldon Ventures and Harbor Peak.")
    found = facts(text, "shareholding")
    assert found and all(names(f, "company") == ["Quarrywell Systems"] for f in found)
    assert not any(m.text == "Stakeholder" for f in facts(text) for ms in f.roles.values() for m in ms)


def test_a_company_whose_funding_opens_the_sentence_stays_a_name():
    # near miss: a company's own funding after its name ("funding" is kept out of the abstract nouns)
    found = extract("t", "Quillbrook funding was completed in March with Aldon Ventures.", REF).mentions
    assert any(m.text == "Quillbrook" for m in found)
    found = extract("t", "Quillbrook positioning was completed in March with Aldon Ventures.", REF).mentions
    assert not any(m.text == "Quillbrook" for m in found)  # (the same sentence with an abstract noun: no name)


def test_a_name_written_twice_stays_a_name():
    # near miss: the word names something the document writes again
    text = "Tessivo positioning is strong in Europe. Tessivo raised $40 million from Aldon Ventures."
    assert names(one(text, "investment"), "investee") == ["Tessivo"]


# ---- "cut its Y position and raised $N": the seller's proceeds, no round of Y


def test_proceeds_of_a_cut_position_are_no_round():
    text = "Northwind Capital also cut its Corlith Data position and raised $9 billion."
    assert not facts(text, "investment")
    f = one(text, "acquisition")
    assert names(f, "seller") == ["Northwind Capital"] and names(f, "target") == ["Corlith Data"]


def test_proceeds_of_part_of_a_stake_sold_are_no_round():
    assert not facts("Northwind Capital sold part of its Corlith Data stake and raised $9 billion.", "investment")


def test_a_unit_that_raised_money_is_still_a_round():
    # near miss: the name is followed by "unit", not a holding's noun
    f = one("Northwind Capital said its Corlith Data unit raised $50 million.", "investment")
    assert names(f, "investee") == ["Corlith Data"]


# ---- "will spend $N on compute from Y": a purchase from Y, not a capital plan of the buyer's


def test_spend_on_compute_from_a_cloud_company():
    text = "Bluepeak AI is going to spend $12 billion on GPU capacity from Harborline Cloud."
    f = one(text, "purchase")
    assert names(f, "buyer") == ["Bluepeak AI"] and names(f, "supplier") == ["Harborline Cloud"]
    assert f.modality == "planned" and f.amount.value.value == 1.2e10
    assert not facts(text, "capital_plan")


def test_spent_on_chips_from_a_supplier_is_asserted():
    f = one("Bluepeak AI spent $3 billion on chips from Corlith Semiconductor last year.", "purchase")
    assert names(f, "supplier") == ["Corlith Semiconductor"] and f.modality == "asserted"


def test_spend_on_capacity_from_a_known_product():
    f = one("Bluepeak AI will spend $30 billion on computing capacity from Azure.", "purchase")
    assert names(f, "buyer") == ["Bluepeak AI"] and f.roles["supplier"]


def test_committing_to_spend_is_planned():
    f = one("Bluepeak AI is committing to spend $30 billion on Harborline Cloud's compute services.", "purchase")
    assert f.modality == "planned"


def test_spending_on_own_data_centers_stays_a_capital_plan():
    # near miss: no supplier after "from"
    text = "Bluepeak AI will spend $30 billion on new data centers in Texas."
    assert not facts(text, "purchase") and facts(text, "capital_plan")


# ---- "X has closed a $N seed round for her new company, Y": Y raised it (X, unknown to the name finder, is a person)


def test_a_round_closed_for_her_new_company():
    text = ("Dana Whitlock has closed an eye-popping $210 million seed round for her new company, Tessivo AI. "
            "The financing was led by Aldon Ventures and Harbor Peak, with participation from Corlith Capital.")
    f = one(text, "investment")
    assert names(f, "investee") == ["Tessivo AI"]
    assert sorted(names(f, "investor")) == ["Aldon Ventures", "Corlith Capital", "Harbor Peak"]
    assert f.amount.value.value == 2.1e8


def test_a_round_closed_by_a_person_with_an_aside_between_dashes():
    f = one("Dana Whitlock — the former head of AI at Corlith and founder of Brightmoor — has closed a $475 million "
            "seed round for her new company, Tessivo AI.", "investment")
    assert names(f, "investee") == ["Tessivo AI"]


def test_a_company_closing_its_own_round_stays_the_investee():
    # near miss: no "for her company" after the round
    f = one("Tessivo AI has closed a record-setting $475 million seed round led by Aldon Ventures.", "investment")
    assert names(f, "investee") == ["Tessivo AI"] and names(f, "investor") == ["Aldon Ventures"]


# ---- acquisitions: "acquiring the assets and leadership of Y"; "Her last company, Y, was acquired by X"


def test_acquiring_the_assets_and_leadership_of_a_startup():
    f = one("Northwind said it is buying the assets and staff of robotics startup Tessivo in a deal worth about "
            "$9 billion.", "acquisition")
    assert names(f, "acquirer") == ["Northwind"] and names(f, "target") == ["Tessivo"]
    assert f.modality == "planned" and f.amount.value.value == 9e9


def test_acquiring_the_debt_of_a_company_is_no_takeover():
    # near miss: "the debt of" is no business bought
    assert not facts("Northwind is acquiring the debt of Tessivo from its lenders.", "acquisition")


def test_a_described_company_named_in_an_apposition_was_acquired():
    f = one("Her last company, Tessivo, was acquired by Northwind in 2023 for roughly $1.3 billion.", "acquisition")
    assert names(f, "target") == ["Tessivo"] and names(f, "acquirer") == ["Northwind"]
    assert f.date is not None and f.date.text == "2023" and f.amount.value.value == 1.3e9


def test_a_described_company_that_acquired_another_is_not_the_target():
    # near miss: the apposed company is the acquirer, in the active voice
    f = one("Her last company, Tessivo, acquired Northwind in 2023.", "acquisition")
    assert names(f, "target") == ["Northwind"]


# ---- an investment named by its size, then where it went; money drawn "in capital from" a company; a holding raised


def test_its_largest_investment_of_a_sum_was_in_a_company():
    f = one("Harbor Peak reported gains. Harbor Peak's largest investment of $147 million was in Corlith Holdings.",
            "investment")
    assert names(f, "investor") == ["Harbor Peak"] and names(f, "investee") == ["Corlith Holdings"]
    assert f.amount.value.value == 1.47e8


def test_its_largest_investment_in_a_sector_is_no_company():
    # near miss: the investment went into data centres, not a company
    assert not facts("Harbor Peak reported gains. Harbor Peak's largest investment of $147 million was in data "
                     "centers.", "investment")


def test_drew_a_sum_in_capital_from_a_company():
    f = one("Tessivo also drew $3 million in capital from Northwind.", "investment")
    assert names(f, "investor") == ["Northwind"] and names(f, "investee") == ["Tessivo"]
    assert f.amount.value.value == 3e6


def test_drew_a_crowd_from_a_city_is_no_investment():
    # near miss: no capital or funding drawn
    assert not facts("Tessivo also drew 3,000 visitors from Northwind.", "investment")


def test_a_deal_raising_a_holders_ownership_to_a_percent():
    f = one("The deal raises Harbor Peak's aggregate ownership in Quillfeather to about 11%.", "shareholding")
    assert names(f, "holder") == ["Harbor Peak"] and names(f, "company") == ["Quillfeather"]
    assert f.stake.value.value == 11 and f.modality == "asserted"


def test_a_purchase_that_would_raise_a_stake_is_planned():
    f = one("The purchase would raise Harbor Peak's stake in Quillfeather to 15%.", "shareholding")
    assert f.modality == "planned"


def test_raising_a_valuation_is_no_holding():
    # near miss: a valuation, not a holding
    assert not facts("The deal raises Harbor Peak's valuation to $11 billion.", "shareholding")


# ---- "A, joined by B, C and other investors, has finalized an acquisition of Y": A, B and C acquire


def test_a_lead_joined_by_others_all_acquire():
    f = one("Harbor Peak, joined by Aldon Ventures, Corlith Capital, and other pension funds, has finalized a "
            "$12 billion acquisition of Brightmoor Data Centers.", "acquisition")
    assert names(f, "acquirer") == ["Harbor Peak", "Aldon Ventures", "Corlith Capital"]
    assert names(f, "target") == ["Brightmoor Data Centers"]


def test_a_company_backed_by_another_acquires_alone():
    # near miss: backed by is no joining of the deal
    f = one("Harbor Peak, backed by Aldon Ventures, Corlith Capital, and other pension funds, has finalized a "
            "$12 billion acquisition of Brightmoor Data Centers.", "acquisition")
    assert names(f, "acquirer") == ["Harbor Peak"]  # (not Corlith Capital, the name nearest the verb)


# ---- a supply deal whose goods carry a decimal figure ("2.5 gigawatts of capacity")


def test_an_agreement_to_deliver_a_decimal_amount_of_capacity():
    f = one("Harborline Cloud signed an agreement to deliver 2.5 gigawatts of computing capacity to Crestfield "
            "Labs.", "purchase")
    assert names(f, "supplier") == ["Harborline Cloud"] and names(f, "buyer") == ["Crestfield Labs"]
    assert f.modality == "planned"


def test_a_possessive_deal_to_provide_a_decimal_amount():
    f = one("Harborline Cloud's $9 billion deal to provide 1.2 gigawatts of capacity to Crestfield Labs was signed "
            "in May.", "purchase")
    assert names(f, "buyer") == ["Crestfield Labs"] and f.amount.value.value == 9e9


def test_a_full_stop_after_a_figure_still_ends_the_sentence():
    # near miss: the buyer is named in the next sentence, after a full stop
    assert not facts("Harborline Cloud signed an agreement to deliver capacity by 2027. Then 1.5 gigawatts went to "
                     "Crestfield Labs.", "purchase")

"""Round 25 (en25), recall on English AI-industry business news: founders told by what they were and not by name, a
participle or a list mark opening a sentence, and further forms of rounds, rumoured fundraising and licensing deals.
Sentences written by the team; the companies and people are invented."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


# ---- founders told by what they were: the founding date without founders


def test_founded_by_a_group_of_former_employees_keeps_the_date():
    f = one("Shanghai-based Northwind Robotics was founded in 2017 by a group of former Veltrix engineers.", "founding")
    assert names(f, "company") == ["Northwind Robotics"] and f.roles["founder"] == []
    assert f.date is not None and f.date.value.value == "2017"


def test_founded_fronted_by_former_staff_dates_the_subject():
    f = one("Founded in 2020 by former employees of Harbor Peak, Larkspur AI has become a rival of its old employer.",
            "founding")
    assert names(f, "company") == ["Larkspur AI"] and f.roles["founder"] == []
    assert f.date is not None and f.date.value.value == "2020"


def test_alumni_of_two_companies_are_not_the_founders():
    f = one("Quillfeather was founded in 2022 by Veltrix and Orbis alumni and sells planning software.", "founding")
    assert f.roles["founder"] == [] and names(f, "company") == ["Quillfeather"]


def test_founders_named_after_the_group_are_still_read():  # near miss: the group's members are named
    f = one("Northwind Robotics was founded in 2019 by former Veltrix engineers, including Anna Lee and Tom Beck.",
            "founding")
    assert names(f, "founder") == ["Anna Lee", "Tom Beck"]


def test_companies_that_founded_a_venture_stay_its_founders():  # near miss: no group word after the names
    f = one("Larkspur AI was founded in 2021 by Veltrix and Harbor Peak as a joint research lab.", "founding")
    assert names(f, "founder") == ["Veltrix", "Harbor Peak"]


# ---- what opens a sentence is no name: a participle, a list mark before a segment


def test_a_participle_opening_the_sentence_is_no_company():
    f = one("Operating quietly since its launch in 2019, Northwind Robotics said on Monday it has raised $15 million "
            "led by Larkspur Capital.", "investment")
    assert names(f, "investee") == ["Northwind Robotics"] and names(f, "investor") == ["Larkspur Capital"]


def test_a_launched_clause_is_no_company():
    got = facts("Launched less than two years ago, the start-up now employs 80 people.")
    assert not any(m.text == "Launched" for f in got for ms in f.roles.values() for m in ms)


def test_a_short_name_before_a_preposition_stays_a_name():  # near miss: "Boeing in talks": a name
    f = one("Orvex in talks to buy Quillfeather, sources say.", "acquisition")
    assert names(f, "acquirer") == ["Orvex"]


def test_a_segment_in_a_bulleted_list_is_no_company():
    got = facts("Northwind Robotics posted results on Wednesday.\n- Revenue: $4.1 billion\n"
                "- Data center revenue: $3.2 billion, up 40% year-over-year\n", "financial")
    assert got and all(names(f, "company") == ["Northwind Robotics"] for f in got)


# ---- fundraising told as talks or attempts: a round not closed


def test_talks_to_raise_funding_at_a_valuation_are_a_reported_round():
    f = one("Northwind AI, The Ledger reported, is in talks to raise fresh capital at a $20 billion valuation.",
            "investment")
    assert names(f, "investee") == ["Northwind AI"] and f.modality == "reported"
    assert f.qualifiers["valuation"].value.value == 20e9


def test_seeking_to_raise_funding_at_a_valuation_is_not_asserted():
    f = one("Larkspur AI is seeking to raise new money that would value it at $40 billion.", "investment")
    assert names(f, "investee") == ["Larkspur AI"] and f.modality == "planned"


def test_fundraising_talks_at_a_valuation_are_reported():
    f = one("Quillfeather is said to be in early funding talks with several backers.", "investment")
    assert names(f, "investee") == ["Quillfeather"] and f.modality == "reported"


def test_raising_money_for_a_project_is_no_round():  # near miss: money raised for a plant, valued after
    assert not facts("Brightline plans to raise money for its new plant, which it values at $2 billion.", "investment")


def test_a_person_attempting_to_raise_money_for_a_company():
    f = one("Anna Lee runs Northwind AI. Lee has been attempting for weeks to raise up to $2 billion from backers "
            "for Northwind AI.", "investment")
    assert names(f, "investee") == ["Northwind AI"] and f.modality == "planned"


def test_a_person_raising_money_names_no_company_after_another_word():  # near miss: "for" names her old employer
    assert not facts("Anna Lee, who once worked for Veltrix, raised $5 million last year.", "investment")


# ---- rounds in further forms


def test_a_numbered_series_letter_is_the_round():
    f = one("Northwind Robotics closed a $75 million Series A-3 round led by Larkspur Capital.", "investment")
    assert names(f, "investor") == ["Larkspur Capital"] and f.qualifiers["round"] == "Series A-3"


def test_a_series_letter_with_a_digit_is_no_company():
    f = one("Orvex closed a Series B2 round of $40 million.", "investment")
    assert names(f, "investee") == ["Orvex"] and f.qualifiers["round"] == "Series B2"


def test_a_total_raised_in_the_latest_round_is_that_round():
    f = one("Northwind AI raised a total of 900 million euros in its most recent round, the company said.",
            "investment")
    assert names(f, "investee") == ["Northwind AI"] and f.amount.value.value == 9e8


def test_a_total_raised_since_founding_is_no_round():  # near miss: a total to date
    assert not facts("Brightline has raised a total of $90 million in funding since 2019.", "investment")


def test_a_list_inside_the_apposition_keeps_the_subject():
    f = one("Northwind Labs, a supplier of sensors, motors, and batteries, has raised $64 million in Series B funding "
            "led by Lux Harbor Capital.", "investment")
    assert names(f, "investee") == ["Northwind Labs"] and names(f, "investor") == ["Lux Harbor Capital"]


def test_two_appositions_joined_by_and_are_two_parties():  # near miss: "a chip designer, and Norcrest" is no list
    got = facts("Veltrix, a chip designer, and Norcrest, a start-up, raised $20 million from Larkspur Capital.",
                "investment")
    assert [names(f, "investor") for f in got if names(f, "investee") == ["Norcrest"]] == [["Larkspur Capital"]]
    assert not any("designer" in m.text for f in got for ms in f.roles.values() for m in ms)


# ---- licences bought, a lead named before the round, money put in as part of a round


def test_paying_to_license_the_startups_technology_is_a_purchase_from_it():
    f = one("Northwind AI struck a deal in which Veltrix agreed to hire most of the start-up's engineers and paying "
            "roughly $210 million to license its software.", "purchase")
    assert names(f, "buyer") == ["Veltrix"] and names(f, "supplier") == ["Northwind AI"]
    assert f.amount.value.value == 210e6


def test_licensing_its_technology_out_is_no_purchase_by_it():  # near miss: the licensor licenses to others
    assert not facts("Brightline licenses its technology to carmakers in Europe.", "purchase")


def test_a_licence_from_a_named_licensor():
    f = one("Orvex agreed to pay about $120 million to license technology from Quillfeather.", "purchase")
    assert names(f, "buyer") == ["Orvex"] and names(f, "supplier") == ["Quillfeather"] and f.modality == "planned"


def test_a_licensing_fee_for_a_companys_technology():
    f = one("Harbor Peak agreed a licence fee of $1.2 billion for Northwind's models, two people briefed on the talks "
            "said.", "purchase")
    assert names(f, "buyer") == ["Harbor Peak"] and names(f, "supplier") == ["Northwind"] and f.modality == "reported"


def test_set_to_become_the_lead_investor_in_a_companys_fundraise():
    f = one("Orvex will become the lead investor in Dutch robotics darling Northwind AI's upcoming raise.", "investment")
    assert names(f, "investor") == ["Orvex"] and names(f, "investee") == ["Northwind AI"] and f.modality == "planned"


def test_the_largest_investor_in_a_company_is_no_round_lead():  # near miss: a holder, no round named
    assert not facts("Orvex is the largest investor in Northwind.", "investment")


def test_money_put_in_as_part_of_a_round_is_no_spending_plan():
    got = facts("Orvex will become the lead investor in Northwind AI's upcoming raise. Orvex is investing "
                "€400m as part of the start-up's €900m Series B.")
    assert not [f for f in got if f.type == "capital_plan"]
    assert any(f.type == "investment" and f.amount is not None and names(f, "investee") == ["Northwind AI"]
               for f in got)


def test_money_put_into_a_plant_stays_a_spending_plan():  # near miss: no round after the sum
    f = one("Veltrix will invest $500 million in the Texas plant as part of its expansion.", "capital_plan")
    assert names(f, "company") == ["Veltrix"]


# ---- an investment told in a relative clause on the subject; a founding dated by a fronted clause


def test_an_investment_in_the_relative_clause_on_the_subject():
    got = facts("Larkspur Capital, which invested $800 million into Orvex, will also invest in Northwind AI.",
                "investment")
    past = [f for f in got if names(f, "investee") == ["Orvex"]]
    assert len(past) == 1 and names(past[0], "investor") == ["Larkspur Capital"] and past[0].modality == "asserted"
    assert past[0].amount.value.value == 800e6


def test_a_relative_clause_without_a_company_invested_in_is_no_investment():  # near miss: invested in research
    assert not facts("Veltrix, which invested heavily in research, said revenue rose.", "investment")


def test_since_its_founding_in_a_fronted_clause_dates_the_subject():
    f = one("Operating quietly since its founding in 2019, Northwind Robotics now employs 80 people.", "founding")
    assert names(f, "company") == ["Northwind Robotics"] and f.date.value.value == "2019"


def test_since_its_founding_after_another_company_dates_nothing():  # near miss: "its" is an earlier company's
    assert not facts("Veltrix said Quillfeather has grown since its founding in 2015, and Orvex agreed.", "founding")

"""Round 34 (wt-ie), English news on AI and robotics companies: an apposition with "the" that says what a company
makes, a founding year told by a fronted participle that also names who runs the company (or a place it was set up
at), acquisitions listed after one verb or after "made several acquisitions, including", and partnerships listed
after "has partnerships with". Sentences written by the team; the companies are invented."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from tests.extract.readers import facts, names, one


# ---- focus: an apposition with "the"


def test_the_apposition_tells_the_field():
    f = one("Northwind Robotics, the Denver-based maker of humanoid robots that came out of a college lab, "
            "has hired 40 engineers.", "focus")
    assert names(f, "company") == ["Northwind Robotics"] and "humanoid" in f.qualifiers["domain"]


def test_the_apposition_with_a_city_and_a_state():
    f = one("Tessera Micro, the Boulder, Colorado, designer of ultra-low-power chips for hearing aids, "
            "hired 40 engineers.", "focus")
    assert names(f, "company") == ["Tessera Micro"] and "low-power" in f.qualifiers["domain"]


def test_the_maker_of_a_named_product_is_no_field():
    # near miss: a product's name, not a field
    assert facts("Lumacore, the maker of Quillbot, hired 40 engineers.", "focus") == []


def test_the_investment_firm_is_no_field():
    # near miss: an investor described
    assert facts("Harbor Peak, the venture capital firm, hired 40 engineers.", "focus") == []


def test_a_city_and_state_before_a_company_word_is_no_field():
    # near miss: after a city and a state only "maker/designer … of" reads a field
    assert facts("Tessera Micro, the Boulder, Colorado, company, hired 40 engineers.", "focus") == []


# ---- founding: a fronted participle naming who runs it; set up at a school


def test_fronted_founding_year_with_who_leads_it():
    f = one("Founded in 2017 and led by chief executive Dana Pell, Northwind Robotics builds warehouse robots.",
            "founding")
    assert names(f, "company") == ["Northwind Robotics"] and names(f, "founder") == []
    assert f.date.value.value == "2017"


def test_founded_and_run_by_after_the_name():
    f = one("Northwind Robotics, founded in 2017 and run by Dana Pell, builds warehouse robots.", "founding")
    assert names(f, "company") == ["Northwind Robotics"] and f.date.value.value == "2017"


def test_fronted_founding_backed_by_an_investor_is_not_read_here():
    # near miss: "backed by" names a company between the date and the subject, no leader
    assert facts("Founded in 2017 and backed by Harbor Peak, Northwind Robotics builds warehouse robots.",
                 "founding") == []


def test_set_up_at_a_school():
    f = one("Northwind Robotics was set up at Britain's Leeds Design School in 2011 and now has 300 staff.",
            "founding")
    assert names(f, "company") == ["Northwind Robotics"] and f.date.value.value == "2011"


# ---- acquisitions listed


def test_two_companies_bought_in_a_relative_clause():
    got = facts("Veltrix, which bought Lumacore and Tessera Vision last year, is hiring in Europe.", "acquisition")
    assert sorted(names(f, "target")[0] for f in got) == ["Lumacore", "Tessera Vision"]
    assert all(names(f, "acquirer") == ["Veltrix"] and f.modality == "asserted" for f in got)


def test_a_second_clause_ends_the_list():
    # near miss: Orbax opens a clause of its own; it is bought by nobody
    got = facts("Veltrix bought Lumacore and Orbax sold Tessera Vision.", "acquisition")
    assert all("Orbax" not in names(f, "target") and "Tessera Vision" not in names(f, "target") for f in got)


def test_acquisitions_including_a_list():
    got = facts("Since launching in 2006, Veltrix has completed a string of acquisitions, such as Lumacore, Orbax "
                "and Tessera Vision.", "acquisition")
    assert sorted(names(f, "target")[0] for f in got) == ["Lumacore", "Orbax", "Tessera Vision"]
    assert all(f.date is None for f in got)  # 2006 opens the time they were made in


def test_acquisitions_dated_by_the_year_they_were_made():
    f = one("In 2019 Veltrix made two acquisitions, including Lumacore.", "acquisition")
    assert names(f, "target") == ["Lumacore"] and f.date.value.value == "2019"


def test_acquisitions_in_a_region_name_no_company():
    # near miss: no company listed
    assert facts("Veltrix has made several acquisitions in Europe.", "acquisition") == []


# ---- partnerships listed


def test_partnerships_with_a_list_of_with_clauses():
    got = facts("Northwind Robotics has partnerships with Lumacore, whose models run inside its robots, as well as "
                "with the shipping group Orbax and with Veltrix.", "partnership")
    partners = sorted(n for f in got for n in names(f, "party") if n != "Northwind Robotics")
    assert partners == ["Lumacore", "Orbax", "Veltrix"]


def test_a_company_in_an_aside_on_a_partner_is_no_partner():
    # near miss: Harbor Peak invests in a partner; it is no partner of Northwind
    got = facts("Northwind Robotics has partnerships with Lumacore, whose investors include Harbor Peak, as well as "
                "with Orbax.", "partnership")
    partners = sorted(n for f in got for n in names(f, "party") if n != "Northwind Robotics")
    assert partners == ["Lumacore", "Orbax"]


def test_partnerships_with_no_company_named():
    # near miss: no partner named
    assert facts("Northwind Robotics has partnerships with universities in Texas.", "partnership") == []


# ---- names: a word of organisations' names opening a name inside a sentence


def test_capital_opens_a_name_inside_a_list():
    f = one("Northwind Robotics announced $90 million co-led by Harbor Peak and Capital Fields, with Lumacore also "
            "taking part.", "investment")
    assert names(f, "investor") == ["Harbor Peak", "Capital Fields", "Lumacore"]


def test_capital_opening_a_sentence_is_no_name():
    # near miss: a capitalised common word at the start of a sentence opens no name
    found = extract("t", "Capital Spending at Veltrix rose.", "2025-06-30").mentions
    assert not any(m.text.startswith("Capital") for m in found)


# ---- a round extended; investors told by what they were


def test_a_sum_added_to_a_series_is_a_round():
    f = one("Northwind Robotics has added $60 million to its Series B, Reuters reported this week.", "investment")
    assert names(f, "investee") == ["Northwind Robotics"] and f.modality == "reported"
    assert f.amount.value.value == 6e7


def test_a_sum_added_to_reserves_is_no_round():
    # near miss: money put aside, no round
    assert facts("Northwind Robotics added $60 million to its cash reserves.", "investment") == []


def test_existing_shareholders_put_more_money_in():
    f = one("Northwind Robotics has raised $60 million in a Series B round. Existing shareholders Harbor Peak, Orbax "
            "and Veltrix put more money in this time, and several new investors joined them.", "investment")
    assert names(f, "investor") == ["Harbor Peak", "Orbax", "Veltrix"]
    assert names(f, "investee") == ["Northwind Robotics"]


def test_more_money_in_with_no_round_read_is_none():
    # near miss: no round read before, so no company to join
    assert facts("Existing shareholders Harbor Peak and Orbax put more money in this time.", "investment") == []


# ---- a product a company makes is its own


def test_a_product_apposed_to_what_the_company_builds():
    f = one("Northwind Robotics builds Atlas, a general-purpose humanoid aimed at warehouses.", "ownership")
    assert names(f, "owner") == ["Northwind Robotics"] and names(f, "unit") == ["Atlas"]


def test_a_product_called_by_its_name():
    f = one("Northwind Robotics makes a chip called Vela.", "ownership")
    assert names(f, "owner") == ["Northwind Robotics"] and names(f, "unit") == ["Vela"]


def test_a_company_apposed_as_a_maker_is_no_product():
    # near miss: "a robot maker" describes a company; nothing is owned
    assert facts("Northwind Robotics builds Lumacore, a robot maker, into a giant.", "ownership") == []


# ---- listing steps


def test_traded_on_an_exchange_since():
    f = one("Northwind Robotics has traded on the New York Stock Exchange under the symbol NWRB since last July.",
            "listing")
    assert f.qualifiers["stage"] == "listed" and f.qualifiers["exchange"] == "NYSE"
    assert f.qualifiers["ticker"] == "NWRB"


def test_traded_on_a_market_with_no_exchange_is_no_listing():
    # near miss: no exchange named
    assert facts("Northwind Robotics has traded on the black market for years.", "listing") == []


def test_a_draft_then_a_public_filing_are_two_steps():
    got = facts("Northwind Robotics first sent the SEC a confidential draft "
                "registration statement in May 2022, then filed its S-1 publicly on July 3, 2025.", "listing")
    assert sorted(f.date.value.text for f in got) == ["July 3, 2025", "May 2022"]
    assert all(f.qualifiers["stage"] == "filed" and names(f, "company") == ["Northwind Robotics"] for f in got)


def test_an_s1_filed_with_no_word_of_going_public_is_none():
    # near miss: an S-1 filed, not made public, no IPO named
    assert facts("Northwind Robotics filed its S-1 in March.", "listing") == []


def test_a_rank_before_the_field_is_not_part_of_it():
    f = one("Orbax, the third-largest memory chip manufacturer, hired 40 engineers.", "focus")
    assert f.qualifiers["domain"] == "memory chip"


# ---- a backer named after the round's dates


def test_a_leading_backer_after_the_years_of_the_round():
    f = one("Northwind Robotics makes drones. It raised $54 million between 2022 and 2023, with Harbor Peak as a "
            "leading backer.", "investment")
    assert names(f, "investor") == ["Harbor Peak"] and f.amount.value.value == 5.4e7


def test_a_company_named_as_adviser_is_no_backer():
    # near miss: an adviser, not a backer
    f = one("Northwind Robotics raised $54 million in 2023, with Harbor Peak as its adviser.", "investment")
    assert names(f, "investor") == []


# ---- a subsidiary after a deal: planned


def test_will_operate_as_a_subsidiary_is_a_planned_ownership():
    f = one("After completion Lumacore will operate as an independent subsidiary of Veltrix Systems, keeping its brand.",
            "ownership")
    assert names(f, "owner") == ["Veltrix Systems"] and names(f, "unit") == ["Lumacore"] and f.modality == "planned"


def test_will_operate_as_a_supplier_is_no_ownership():
    # near miss: a supplier of a company is not its unit
    assert facts("Lumacore will operate as a supplier of Veltrix Systems.", "ownership") == []


# ---- founders listed before "started the company"


def test_founders_listed_before_the_company_described():
    f = one("Northwind Robotics makes drones. Dana Pell, Tom Reyes and Li Wen, who all left Stanford early, started "
            "the company in 2019.", "founding")
    assert names(f, "founder") == ["Dana Pell", "Tom Reyes", "Li Wen"] and f.date.value.value == "2019"
    assert f.roles["company"][0].key == extract("t", "Northwind Robotics makes drones.").mentions[0].key


def test_a_company_and_a_person_are_no_list_of_founders():
    # near miss: Harbor Peak is a company; one person after it makes no list of persons
    assert facts("Northwind Robotics makes drones. Harbor Peak and Tom Reyes started the company in 2019.",
                 "founding") == []

"""Round 34 (wt-ie), English news on AI and robotics companies: an apposition with "the" that says what a company
makes, a founding year told by a fronted participle that also names who runs the company (or a place it was set up
at), acquisitions listed after one verb or after "made several acquisitions, including", and partnerships listed
after "has partnerships with". Sentences written by the team; the companies are invented."""

from __future__ import annotations

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
    got = facts("Since launching in 2006, Veltrix has made several other acquisitions, including Lumacore, Orbax "
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

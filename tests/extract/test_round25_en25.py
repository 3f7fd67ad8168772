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

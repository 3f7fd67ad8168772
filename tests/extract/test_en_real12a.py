"""English funding rounds of AI, chip, robotics and software companies as the tech press writes them (round 12: real
news read as development text): a subject described between dashes, a sum a company "has raised" that comes with
its valuation, a converted amount in brackets, a running total written after the round, one investor's part of the
round, and the shareholders of a paragraph whose topic is a person.

Every sentence is written for this file; Vantora Labs, Quenby Robotics, Halvard Systems, Tessaly Capital and the
other companies are invented and in no lexicon.
"""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from tests.extract.readers import facts, names, one, roles

REF = "2025-11-20"


def rounds(text: str) -> list[tuple[list[str], list[str], str | None]]:
    """(investees, investors, amount) of every investment read."""
    return [(names(f, "investee"), names(f, "investor"), f.amount.text if f.amount else None)
            for f in facts(text, "investment", REF)]


# ------------------------------------------------------------------------ a description between dashes
def test_a_description_between_dashes_stands_with_the_subject():
    text = "Vantora Labs — a robotics start-up that builds arms for warehouses — raised $48 million."
    assert rounds(text) == [(["Vantora Labs"], [], "$48 million")]
    text = "Quenby Robotics – which sells vision software to carmakers – has closed a $30 million Series B round."
    assert rounds(text) == [(["Quenby Robotics"], [], "$30 million")]


def test_companies_named_inside_the_dashes_are_no_investors():
    text = ("Tessaly Capital as well as Ardent Peak Partners – an early backer of Halvard Systems and Lumeno Networks – "
            "also took part in Quenby Robotics's second funding round.")
    found = facts(text, "investment", REF)
    investors = {n for f in found for n in names(f, "investor")}
    assert "Halvard Systems" not in investors and "Lumeno Networks" not in investors


# ------------------------------------------------------------------------ "has raised" as the round
def test_a_sum_raised_with_the_valuation_is_the_round():
    text = "Vantora Labs has raised $64 million, giving the start-up a post-money valuation of $910 million."
    assert rounds(text) == [(["Vantora Labs"], [], "$64 million")]
    text = "Quenby Robotics has raised $22 million at a $180 million valuation."
    assert rounds(text) == [(["Quenby Robotics"], [], "$22 million")]
    text = "Halvard Systems has raised $15 million, valuing it at $120 million."
    assert rounds(text) == [(["Halvard Systems"], [], "$15 million")]


def test_a_sum_raised_without_a_round_or_valuation_stays_a_total():
    assert rounds("Vantora Labs has raised about $640 million from investors.") == []
    assert rounds("Quenby Robotics has raised $64 million.") == []


def test_a_converted_amount_in_brackets_after_the_sum():
    text = "Danish drone maker Quenby Robotics has secured $90m (DKr620m) in its Series B funding round."
    assert rounds(text) == [(["Quenby Robotics"], [], "$90m")]
    text = "Vantora Labs raised €40m ($43m) in Series A funding."
    assert rounds(text) == [(["Vantora Labs"], [], "€40m")]


def test_a_running_total_after_the_round_does_not_hide_it():
    text = ("Vantora Labs builds chips for robots. The firm said on Tuesday that it raised $35 million of fresh capital, "
            "lifting the total it has collected to $120 million.")
    assert rounds(text) == [(["Vantora Labs"], [], "$35 million")]
    text = "Quenby Robotics raised $12 million, taking its total raised to $40 million."
    assert rounds(text) == [(["Quenby Robotics"], [], "$12 million")]
    assert rounds("Halvard Systems has raised $260 million in total.") == []


# ------------------------------------------------------------------------ one investor's part of the round
def test_an_investors_part_of_the_round_joins_it():
    text = ("Halvard Systems raised $55 million in a round led by Tessaly Capital, the company said. "
            "Ardent Peak Partners put in $10 million of that round.")
    assert rounds(text) == [(["Halvard Systems"], ["Tessaly Capital", "Ardent Peak Partners"], "$55 million")]


def test_a_founder_investing_personally_joins_the_round():
    text = ("Quenby Robotics has raised $40 million from backers led by Tessaly Capital, the company said on "
            "Monday. Ingrid Falk, founder and chief executive at Quenby Robotics, invested $8 million personally "
            "in the round.")
    assert rounds(text) == [(["Quenby Robotics"], ["Tessaly Capital", "Ingrid Falk"], "$40 million")]


def test_a_title_after_a_name_makes_a_person():
    text = "Ingrid Falk, co-founder and president of Halvard Systems, invested $3 million in the round."
    person = [m for m in extract("t", text, REF).mentions if m.text == "Ingrid Falk"]
    assert person and person[0].kind == "person"


# ------------------------------------------------------------------------ shareholders when a person is the topic
def test_other_investors_hold_the_company_not_the_person_named_before():
    text = ("Vantora Labs has raised $70 million from backers led by Tessaly Capital, the company said. "
            "Ingrid Falk, founder and chief executive at Vantora Labs, invested $9 million of her own money in the "
            "round. Other backers include Ardent Peak Partners and Lumeno Ventures.")
    holdings = facts(text, "shareholding", REF)
    assert holdings and all(names(f, "company") == ["Vantora Labs"] for f in holdings)
    assert {n for f in holdings for n in names(f, "holder")} == {"Ardent Peak Partners", "Lumeno Ventures"}
    fact = one(text, "investment", REF)
    assert roles(fact)["investor"] == ["Tessaly Capital", "Ingrid Falk", "Ardent Peak Partners", "Lumeno Ventures"]


# ------------------------------------------------------------------------ names and descriptions
def test_apart_from_opening_a_sentence_is_no_company():
    text = "Apart from raising $60m in the latest round, the company also completed a secondary sale of shares."
    assert all("Apart" not in names(f, "investee") for f in facts(text, "investment", REF))


def test_two_kinds_of_business_joined_by_and_describe_the_investor():
    text = "Quenby Robotics raised $80m from software and cloud group Halvard Systems last month."
    assert rounds(text) == [(["Quenby Robotics"], ["Halvard Systems"], "$80m")]


# ------------------------------------------------------------------------ a person raising money for a company
def test_a_person_raising_for_his_startup_gives_the_startup_as_investee():
    text = ("Anders Moll, the founder of Halvard Systems, stepped down in May. He has since secured $90 million in "
            "a round led by Tessaly Capital for his drone company, Quenby Robotics.")
    assert rounds(text) == [(["Quenby Robotics"], ["Tessaly Capital"], "$90 million")]


def test_a_person_is_no_investee_of_a_round():
    text = "Anders Moll, the founder of Halvard Systems, left in May. He then raised $5 million from Tessaly Capital."
    assert all(f.roles["investee"][0].kind != "person" for f in facts(text, "investment", REF))

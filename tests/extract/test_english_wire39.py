"""English wire wordings read from held-out set 15 (each tested here on sentences of our own, invented companies)."""

from __future__ import annotations

from tests.extract.readers import facts, names, one

REF = "2025-10-01"


def test_emerged_from_stealth_with_a_round() -> None:
    fact = one("Quillfeather, a startup building lab robots, emerged from stealth on Tuesday with $120 million in seed "
               "funding led by Harbor Peak Capital.", "investment", REF)
    assert names(fact, "investee") == ["Quillfeather"] and names(fact, "investor") == ["Harbor Peak Capital"]
    assert fact.amount is not None and fact.qualifiers.get("round") == "seed"


def test_launched_with_funding_from() -> None:
    fact = one("Norvane launched with $30 million in funding from Aldon Ventures.", "investment", REF)
    assert names(fact, "investee") == ["Norvane"] and names(fact, "investor") == ["Aldon Ventures"]


def test_launching_a_product_with_a_budget_is_no_round() -> None:
    assert facts("Norvane launched a new robot arm with a $30 million marketing budget.", "investment", REF) == []


def test_a_unit_named_after_its_owner_in_a_list_of_backers() -> None:
    text = ("Quillfeather emerged from stealth with $120 million in seed funding led by Harbor Peak Capital. "
            "Other backers include Aldon Ventures, Veltrix's venture arm Veltrix Ventures, Lumeno Partners and Dana Pell.")
    fact = one(text, "investment", REF)
    assert names(fact, "investor") == ["Harbor Peak Capital", "Aldon Ventures", "Veltrix Ventures", "Lumeno Partners",
                                       "Dana Pell"]
    owned = one(text, "ownership", REF)
    assert names(owned, "owner") == ["Veltrix"] and names(owned, "unit") == ["Veltrix Ventures"]
    holdings = facts(text, "shareholding", REF)
    assert holdings and all(names(f, "company") == ["Quillfeather"] for f in holdings)


def test_founders_each_with_a_relative_clause() -> None:
    fact = one("Pike Labs was founded this year by Mara Olsen, who led research at Veltrix, and Tom Reyes, who ran "
               "the robotics team at Aldon Systems.", "founding", REF)
    assert names(fact, "founder") == ["Mara Olsen", "Tom Reyes"]


def test_a_list_closed_by_and_takes_no_buyer_after_it() -> None:
    text = "Pike Labs was founded in 2014 by Mara Olsen and Tom Reyes, and Aldon Motors bought it in 2017 for $600 million."
    assert names(one(text, "founding", REF), "founder") == ["Mara Olsen", "Tom Reyes"]
    assert names(one(text, "acquisition", REF), "acquirer") == ["Aldon Motors"]


def test_insolvency_closes_and_bankruptcy_protection_does_not() -> None:
    fact = one("Lumora, the Berlin-based software startup, said on Tuesday it had begun insolvency proceedings.",
               "closure", REF)
    assert names(fact, "company") == ["Lumora"]
    assert names(one("Pike Labs entered administration last week.", "closure", REF), "company") == ["Pike Labs"]
    assert facts("Pike Labs filed for bankruptcy protection on Monday.", "closure", REF) == []


def test_a_backer_in_a_compound_is_not_the_company_written_about() -> None:
    text = ("Veltrix-backed Lumora cuts jobs\n\nLumora said on Tuesday it would cut a third of its staff.\n"
            "Veltrix invested in Lumora in 2022 as part of a partnership.\n"
            "A review later found that 2024 revenue was about $20 million.")
    fact = one(text, "financial", REF)
    assert names(fact, "company") == ["Lumora"]


def test_a_fronted_founding_under_an_old_name() -> None:
    text = ("Lumora is a software startup. Founded in 2016 by Mara Olsen under the name Quillbit, the company raised "
            "more than $200 million from investors including Aldon Ventures.")
    assert names(one(text, "founding", REF), "company") == ["Lumora"]
    assert names(one(text, "investment", REF), "investee") == ["Lumora"]


def test_went_public_after_an_agent_with_a_relative_clause() -> None:
    text = ("Pike Mining was set up in 2021 by Aldon Group, which remains a major shareholder, and went public later "
            "that year through a merger with a blank-check company.")
    assert names(one(text, "listing", REF), "company") == ["Pike Mining"]

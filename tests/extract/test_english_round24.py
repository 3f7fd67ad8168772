"""Round 24, a precision sweep on English AI-industry news: word received from a company is no money raised from
it, and an unknown name that moves between employers is a person, never the company a later "the company" stands
for. Sentences written by the team; the companies and people are invented."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


# ---- word received, not money


def test_confirmation_received_from_a_company_is_no_investment():
    got = facts("Orbis Cloud signed a compute deal with Northwind Labs. The story was first reported by The Ledger, "
                "which said it had received confirmation from Orbis Cloud.")
    assert not [f for f in got if f.type == "investment"]


def test_comments_received_from_a_rival_are_no_investment():
    got = facts("Quillfeather said it received comments from Harbor Peak about the draft standard.")
    assert not [f for f in got if f.type == "investment"]


def test_money_received_from_backers_is_still_an_investment():  # near miss: a sum received from named backers
    f = one("Brightline received $40 million from Harbor Peak and Orbis Ventures.", "investment")
    assert names(f, "investor") == ["Harbor Peak", "Orbis Ventures"] and names(f, "investee") == ["Brightline"]


# ---- a person who moves to a company is no topic


def test_the_company_after_a_person_moved_is_the_company_invested_in():
    got = facts("Acme Corp invested $3 billion in Brightline AI in May. Under the agreement, Kell moved to Acme to "
                "run its lab while keeping his seat at Brightline. Acme will take a 40 percent stake in the company.")
    stakes = [f for f in got if f.type == "shareholding"]
    assert stakes and all(names(f, "company") == ["Brightline AI"] for f in stakes)
    assert all("Kell" not in names(f, "investee") for f in got if f.type == "investment")


def test_a_person_who_stepped_down_is_no_topic():
    got = facts("Acme Corp invested $2 billion in Brightline AI. Later, Varo stepped down from its board. "
                "Acme will take a 30 percent stake in the company.")
    stakes = [f for f in got if f.type == "shareholding"]
    assert stakes and all(names(f, "company") == ["Brightline AI"] for f in stakes)


def test_a_company_opening_the_sentence_stays_the_topic():  # near miss: a company that acts, not a person
    got = facts("Acme Corp invested $3 billion in Brightline AI in May. Under the agreement, Kell Systems opened a "
                "lab in Austin. Acme will take a 40 percent stake in the company.")
    stakes = [f for f in got if f.type == "shareholding"]
    assert stakes and names(stakes[0], "company") == ["Kell Systems"]


# ---- a product named after its maker is no longer name of the maker


def test_a_chip_named_after_its_maker_does_not_absorb_the_company():
    got = facts("Northwind, founded in 2021 by former Orbis engineers Lena Park and Tom Reyes, secured a $200 million "
                "Series B round led by Harbor Peak. The young firm expects to deliver its first chip, the Northwind "
                "Core, in 2027.")
    inv = [f for f in got if f.type == "investment"]
    assert inv and names(inv[0], "investee") == ["Northwind"]
    assert all(names(f, "company") == ["Northwind"] for f in got if f.type == "founding")


def test_a_short_name_still_joins_its_company_name():  # near miss: the longer name is a company, not a product
    f = one("Northwind raised $50 million from Harbor Peak. Northwind Robotics plans to ship its first robot later "
            "this year.", "investment")
    assert names(f, "investee") == ["Northwind Robotics"]


# ---- a model number before goods is no supplier


def test_a_model_number_before_processors_is_no_supplier():
    got = facts("Halcyon Compute is deploying the GB300 processors at its Reno site.")
    assert all("GB300" not in names(f, "supplier") for f in got)


def test_a_maker_before_processors_is_still_the_supplier():  # near miss: a company's name, not a model number
    f = one("Halcyon Compute is deploying the Norvane processors at its Reno site.", "purchase")
    assert names(f, "supplier") == ["Norvane"] and names(f, "buyer") == ["Halcyon Compute"]


# ---- the price after the goods of a contract to buy


def test_price_after_the_goods_of_a_contract_to_buy_is_its_amount():
    f = one("Halcyon Compute also inked a second contract with Norvane Systems to procure racks and cooling gear "
            "for roughly $5.8 billion.", "purchase")
    assert names(f, "buyer") == ["Halcyon Compute"] and names(f, "supplier") == ["Norvane Systems"]
    assert f.amount is not None and "5.8 billion" in f.amount.value.text


def test_a_unit_price_is_no_contract_amount():  # near miss: the price of one chip
    f = one("Halcyon Compute signed an agreement with Norvane Systems to buy chips for $30 a unit.", "purchase")
    assert f.amount is None

"""Round 4, English frame coverage: a lower-case name introduced by an apposition (io, the device start-up),
a stake in "the venture" read just before, and a purchase of a product whose maker the lexicon knows.
Sentences written by the team; the companies are invented except the lexicon's Azure/Microsoft."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from tests.extract.readers import facts, names, one


def test_a_lower_case_name_introduced_by_an_apposition_is_a_name_everywhere():
    text = ("In May Zentrix agreed to acquire qo, the wearable start-up founded by Anna Lee, for about $6.5 billion. "
            "Zentrix already owned roughly 23% of qo.")
    deal = one(text, "acquisition")
    assert names(deal, "acquirer") == ["Zentrix"] and names(deal, "target") == ["qo"]
    held = one(text, "shareholding")
    assert names(held, "holder") == ["Zentrix"] and names(held, "company") == ["qo"]
    assert held.stake.value.value == 23


def test_a_lower_case_word_before_a_speech_verb_is_no_name():
    text = "Zentrix invested in robotics, the fast-growing company said."
    assert not any(m.text == "robotics" for m in extract("t", text, "2025-06-30").mentions)


def test_a_stake_in_the_venture_is_a_stake_in_the_joint_venture_just_read():
    text = ("In 2022 Zentrix agreed to invest about 2.4 billion euros in a joint venture with Polaris Data, later "
            "named Orbion, to build driving software. Zentrix holds 60% of the venture.")
    f = one(text, "shareholding")
    assert names(f, "holder") == ["Zentrix"] and names(f, "company") == ["Orbion"] and f.stake.value.value == 60


def test_a_stake_in_the_venture_with_no_venture_before_is_nothing():
    assert not facts("Zentrix holds 60% of the venture.", "shareholding")


def test_buying_a_product_makes_its_maker_the_supplier():
    f = one("Polaris Data has contracted to purchase an additional $90 billion of Azure services.", "purchase")
    assert names(f, "buyer") == ["Polaris Data"] and f.roles["supplier"][0].key == "lex:microsoft"
    assert f.amount.value.value == 9e10 and f.modality == "planned"


def test_a_product_bought_from_a_named_seller_keeps_that_seller():
    f = one("Polaris Data bought $2 billion of Azure capacity from Zentrix Cloud.", "purchase")
    assert names(f, "supplier") == ["Zentrix Cloud"]


def test_a_described_subject_is_the_last_company_named_before():
    text = ("Polaris AI said on Tuesday that it had raised 1.7 billion euros in a Series C round led by Zentrix. "
            "The Dutch chip-equipment maker invested 1.3 billion euros and will hold about 11% of Polaris AI.")
    f = one(text, "shareholding")
    assert f.roles["holder"][0].key == "name:zentrix" and names(f, "company") == ["Polaris AI"]
    assert f.stake.value.value == 11 and f.modality == "planned"
    amounts = sorted(x.amount.value.value for x in facts(text, "investment"))
    assert amounts == [1.3e9, 1.7e9]


def test_a_described_subject_with_no_company_before_is_unread():
    assert not facts("The German group invested 1 billion euros in Polaris AI.", "investment")


def test_an_investment_held_representing_a_share_is_a_stake():
    text = "Zentrix will hold an investment in Polaris AI valued at roughly $135 billion, representing about 27%."
    f = one(text, "shareholding")
    assert names(f, "holder") == ["Zentrix"] and names(f, "company") == ["Polaris AI"]
    assert f.stake.value.value == 27


def test_the_two_companies_are_the_two_named_before():
    text = ("As part of the deal, Zentrix's finance chief will join Polaris AI's committee, and the two companies "
            "signed a long-term collaboration agreement.")
    assert sorted(names(one(text, "partnership"), "party")) == ["Polaris AI", "Zentrix"]
    text = "Zentrix invested 1.3 billion euros in Polaris AI. Later the two companies signed a supply agreement."
    assert sorted(names(one(text, "partnership"), "party")) == ["Polaris AI", "Zentrix"]


def test_the_two_companies_with_nobody_before_is_nothing():
    assert not facts("The two companies signed a long-term collaboration agreement.", "partnership")


def test_stock_received_is_an_investment_in_its_issuer():
    f = one("Polaris AI received $350 million of Zentrix stock as part of the deal.", "investment")
    assert names(f, "investor") == ["Polaris AI"] and names(f, "investee") == ["Zentrix"]
    assert f.amount.value.value == 3.5e8


def test_investors_joining_after_a_lead_investors_own_part_join_the_round():
    text = ("Polaris AI said that it had raised 1.7 billion euros in a Series C round led by Zentrix. "
            "The Dutch chip-equipment maker invested 1.3 billion euros in Polaris AI. "
            "Existing investors including Orbion Capital and Vesta Ventures also took part.")
    by_amount = {f.amount.value.value: sorted(names(f, "investor")) for f in facts(text, "investment")}
    assert by_amount[1.7e9] == ["Orbion Capital", "Vesta Ventures", "Zentrix"]
    assert by_amount[1.3e9] == ["Zentrix"]


def test_a_person_named_with_a_company_title_is_the_investor():
    text = ("Humbolt was founded in 2018. It raised more than $230 million from investors including Zentrix chief "
            "executive Anna Lee, and launched a device.")
    f = one(text, "investment")
    assert names(f, "investor") == ["Anna Lee"] and names(f, "investee") == ["Humbolt"]
    assert f.amount.value.value == 2.3e8


def test_a_plan_over_years_or_between_years_has_its_horizon():
    text = ("Zentrix said in September 2024 that it would invest 8 billion pounds in UK data centres between 2024 and "
            "2028, while Polaris AI committed 2.5 billion pounds over three years to expand its UK infrastructure.")
    by_company = {f.roles["company"][0].canonical: f for f in facts(text, "capital_plan")}
    assert by_company["Zentrix"].qualifiers["horizon"].value == "5y"
    assert by_company["Polaris AI"].qualifiers["horizon"].value == "3y"
    assert by_company["Polaris AI"].amount.value.value == 2.5e9

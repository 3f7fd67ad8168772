"""Round 28 (r28c): English constructions of the heldout7 audit — rounds led jointly, money put into the round just
read, a shareholder apposed after "Shares of X", a speaker naming the company whose revenue changed, "as much as" as an
upper bound; commercial ties (a campus a company leases, an asset developed together with another, a product adopted,
goods made or supplied by a maker, a customer won), a founder described by former employers, the sum of a deal told
after a colon."""

from dealgraph.extract.pipeline import extract


def _facts(text: str, ftype: str):
    doc = extract("t", text, "2025-08-21")
    return [f for f in doc.facts if f.type == ftype]


def _roles(text: str, ftype: str, a: str, b: str):
    return [(sorted(m.canonical for m in f.roles.get(a, [])), sorted(m.canonical for m in f.roles.get(b, [])), f.modality)
            for f in _facts(text, ftype)]


# --- D: rounds ---

def test_round_led_jointly_by_two_investors():
    facts = _facts("Northwind Robotics said on Monday it had raised $300 million in a Series D led jointly by Pike "
                   "Ventures and Corvid Capital.", "investment")
    assert len(facts) == 1
    assert sorted(m.canonical for m in facts[0].roles["investor"]) == ["Corvid Capital", "Pike Ventures"]
    assert facts[0].amount is not None and facts[0].amount.value.value == 300e6


def test_led_jointly_near_miss_without_a_round():
    assert _facts("The audit of the plant was led jointly by two engineers of the group.", "investment") == []


def test_money_put_into_the_round_just_read():
    text = ("Vireo Labs raised $90 million in a Series B round led by Pike Ventures. Harbor Group and Tidewater "
            "Partners also put money into this Series B.")
    facts = _facts(text, "investment")
    assert len(facts) == 1
    assert sorted(m.canonical for m in facts[0].roles["investor"]) == ["Harbor Group", "Pike Ventures",
                                                                      "Tidewater Partners"]


def test_money_put_into_a_fund_is_no_round():
    text = ("Vireo Labs raised $90 million in a Series B round led by Pike Ventures. Harbor Group also put money into "
            "a new fund of its own.")
    facts = _facts(text, "investment")
    assert [sorted(m.canonical for m in f.roles["investor"]) for f in facts] == [["Pike Ventures"]]
    assert _facts("Harbor Group also put money into a new fund of its own.", "investment") == []


# --- O: a shareholder apposed after "Shares of X" ---

def test_shares_of_holder_apposed_as_largest_investor():
    facts = _facts("Shares of Pike Holdings, Vireo's biggest investor, fell 7% on Tuesday.", "shareholding")
    assert [(f.roles["holder"][0].canonical, f.roles["company"][0].canonical, f.qualifiers.get("rank"))
            for f in facts] == [("Pike Holdings", "Vireo", "largest")]


def test_shares_of_holder_near_miss_region():
    assert _facts("Shares of Pike Holdings, the region's biggest investor, fell 7% on Tuesday.", "shareholding") == []


def test_other_preposition_before_apposed_holder_still_reads_nothing():
    assert _facts("Analysts lowered their view of Pike Holdings, Vireo's biggest investor, on Tuesday.",
                  "shareholding") == []


# --- S: the company a speaker names before the metric ---

def test_speaker_names_the_company_whose_revenue_grew():
    facts = _facts("On Thursday Pike Group said Pike Cloud revenue rose 15% to $3 billion in the third quarter.",
                   "financial")
    assert [f.roles["company"][0].canonical for f in facts] == ["Pike Cloud"]
    assert facts[0].qualifiers["value"].value.value == 3e9


def test_speaker_own_revenue_stays_the_speaker():
    facts = _facts("On Thursday Pike Group said its revenue rose 15% to $3 billion in the third quarter.", "financial")
    assert [f.roles["company"][0].canonical for f in facts] == ["Pike Group"]


def test_speaker_naming_a_customer_share_is_no_revenue_of_the_customer():
    facts = _facts("Pike Group said Vireo Labs revenue accounted for 30% of its sales, or $3 billion.", "financial")
    assert all(f.roles["company"][0].canonical != "Vireo Labs" for f in facts)


# --- P: "as much as" is an upper bound ---

def test_as_much_as_is_a_maximum():
    facts = _facts("Tidewater Group plans to spend as much as $15 billion on data centers next year, it said in May.",
                   "capital_plan")
    assert len(facts) == 1
    assert facts[0].amount.value.max == 15e9 and facts[0].amount.value.min is None


def test_as_much_near_miss_without_a_sum():
    assert _facts("Tidewater Group plans to spend as much on servers next year as it did this year.", "capital_plan") == []


# --- C: commercial ties ---

def test_site_leased_by_a_company_is_bought_from_its_builder():
    text = "Pike Energy is building a 200-megawatt data campus near Austin that Corvid Cloud leases to serve Vireo Labs."
    assert _roles(text, "purchase", "buyer", "supplier") == [(["Corvid Cloud"], ["Pike Energy"], "asserted")]


def test_headquarters_leased_from_a_landlord_is_no_purchase():
    assert _roles("Corvid Cloud leases its headquarters from a local landlord.", "purchase", "buyer", "supplier") == []


def test_site_developed_together_with_another_company_is_a_partnership():
    facts = _facts("Tidewater Power is developing a 1-gigawatt campus in Texas together with Harbor Group.",
                   "partnership")
    assert [sorted(m.canonical for m in f.roles["party"]) for f in facts] == [["Harbor Group", "Tidewater Power"]]


def test_chip_developed_together_with_own_lab_is_no_partnership():
    assert _facts("Tidewater Power is developing a new chip together with its own research lab.", "partnership") == []


def test_goods_of_a_maker_adopted_are_bought_from_it():
    text = ("Pike Medical, the health unit of Harbor Group, adopted the Q7 vision processor of Swedish chip startup "
            "Vireo Silicon, the companies said.")
    assert (["Pike Medical"], ["Vireo Silicon"], "asserted") in _roles(text, "purchase", "buyer", "supplier")
    assert _roles("Pike Medical has adopted Vireo Silicon's vision chips.", "purchase", "buyer", "supplier") == [
        (["Pike Medical"], ["Vireo Silicon"], "asserted")]


def test_policy_adopted_is_no_purchase():
    assert _facts("Pike Medical has adopted a new pricing policy for its cloud.", "purchase") == []
    assert _facts("Pike Medical has adopted the pricing model of its rival Vireo Silicon.", "purchase") == []


def test_customer_won_in_a_headline_buys_from_the_winner():
    text = "Vireo Silicon wins Tidewater Motors as a customer\n\nThe deal was announced on Monday."
    assert _roles(text, "purchase", "buyer", "supplier") == [(["Tidewater Motors"], ["Vireo Silicon"], "asserted")]


def test_customers_won_from_a_rival_are_no_customer_named():
    assert _facts("Vireo Silicon wins Tidewater Motors' customers with lower prices.", "purchase") == []


# --- R: the two companies' deal told after a colon ---

def test_pair_deal_after_colon_gives_sum_and_month():
    text = ("Pike Cloud remains the main compute supplier of Corvid Labs: in May the pair were reported to have agreed a "
            "cloud deal worth roughly $25 billion.")
    facts = _facts(text, "purchase")
    assert len(facts) == 1
    f = facts[0]
    assert (f.roles["buyer"][0].canonical, f.roles["supplier"][0].canonical, f.modality) == ("Corvid Labs", "Pike Cloud",
                                                                                            "reported")
    assert f.amount is not None and f.amount.value.value == 25e9
    assert f.date is not None and str(f.date.value.value).startswith("2025-05")


def test_pair_declining_comment_gives_no_sum():
    text = "Pike Cloud remains the main compute supplier of Corvid Labs: the two firms declined to comment on $25 billion."
    facts = _facts(text, "purchase")
    assert len(facts) == 1 and facts[0].amount is None


def test_site_developed_with_capacity_and_state_is_a_partnership():
    for text in ("Tidewater Power is developing a 1-gigawatt campus in Amarillo, Texas, together with Harbor Group.",
                 "Tidewater Power is also developing a campus with a capacity of 1.5 gigawatts in Amarillo jointly "
                 "with Harbor Group."):
        facts = _facts(text, "partnership")
        assert [sorted(m.canonical for m in f.roles["party"]) for f in facts] == [["Harbor Group", "Tidewater Power"]]


def test_site_developed_with_an_unnamed_partner_is_no_partnership():
    assert _facts("Tidewater Power is developing a campus in Amarillo, together with its partner fund.",
                  "partnership") == []


def test_product_maker_and_part_supplier_sell_to_the_product_owner():
    text = ("Vireo Silicon sells the Q7 vision processor. The Q7 is made by Pike Foundry on its 3-nanometer line and "
            "uses memory supplied by Harbor Memory.")
    assert sorted(_roles(text, "purchase", "buyer", "supplier")) == [
        (["Vireo Silicon"], ["Harbor Memory"], "asserted"), (["Vireo Silicon"], ["Pike Foundry"], "asserted")]


def test_product_made_by_hand_or_of_no_named_owner_is_no_purchase():
    assert _facts("Vireo Silicon sells the Q7 vision processor. The Q7 is made by hand in small batches.",
                  "purchase") == []
    assert _facts("Vireo Silicon sells the Q7 vision processor. The Z5 is made by Pike Foundry.", "purchase") == []


def test_possessive_goods_made_by_a_foundry():
    text = "Vireo Silicon designs vision chips. Its chips are made by Pike Foundry."
    assert _roles(text, "purchase", "buyer", "supplier") == [(["Vireo Silicon"], ["Pike Foundry"], "asserted")]
    assert _facts("Vireo Silicon's rivals' chips are made by Pike Foundry.", "purchase") == []


# --- D: a second round of the company joined, told by "its" ---

def test_second_round_its_is_the_joined_company():
    text = ("Pike Ventures knows the sensor maker well: it took part in Vireo Silicon's $30 million Series A in 2020 and "
            "its $80 million Series B in 2022.")
    facts = sorted(_facts(text, "investment"), key=lambda f: f.amount.value.value)
    assert [(f.roles["investor"][0].canonical, f.roles["investee"][0].canonical, f.amount.value.value,
             f.qualifiers.get("round")) for f in facts] == [("Pike Ventures", "Vireo Silicon", 30e6, "Series A"),
                                                           ("Pike Ventures", "Vireo Silicon", 80e6, "Series B")]


def test_second_round_led_by_another_is_not_the_joiner():
    text = ("Pike Ventures said it took part in Vireo Silicon's $30 million Series A in 2020, and its $80 million "
            "Series B in 2022 was led by Harbor Group.")
    facts = _facts(text, "investment")
    assert not any(f.amount is not None and f.amount.value.value == 80e6
                   and any(m.canonical == "Pike Ventures" for m in f.roles["investor"]) for f in facts)


# --- I: a founder described by former employers ---

def test_founder_described_by_former_employers():
    text = "Tovan Merrick, a former Pike Systems and Corvid Labs engineer, founded Vireo Silicon in 2020."
    facts = _facts(text, "founding")
    assert [(f.roles["founder"][0].canonical, f.roles["founder"][0].kind, f.roles["company"][0].canonical)
            for f in facts] == [("Tovan Merrick", "person", "Vireo Silicon")]


def test_former_employer_joined_is_no_founding():
    assert _facts("Tovan Merrick, a former Pike Systems engineer, joined Vireo Silicon in 2020.", "founding") == []
    assert _facts("Tovan Merrick, a former Pike Systems unit, founded Vireo Silicon in 2020.", "founding") == []


def test_given_name_that_is_a_month():
    facts = _facts("June Tovar, a former Pike Systems and Corvid Labs engineer, founded Vireo Silicon in 2020.",
                   "founding")
    assert [f.roles["founder"][0].canonical for f in facts] == ["June Tovar"]
    doc = extract("t", "In June Vireo Silicon said it had raised $5 million.", "2025-08-21")
    assert not any(m.kind == "person" for m in doc.mentions)


# --- names: an initial in a list of investors ---

def test_initial_in_a_list_of_investors():
    text = ("Corvid Energy raised $900 million in a Series D round led by Harbor Group. Vireo Labs, T. Rowe Price and "
            "Pike Ventures also put money into this Series D.")
    doc = extract("t", text, "2025-08-21")
    assert len(doc.sentences) == 2
    facts = [f for f in doc.facts if f.type == "investment"]
    assert sorted(m.canonical for m in facts[0].roles["investor"]) == ["Harbor Group", "Pike Ventures", "T. Rowe Price",
                                                                      "Vireo Labs"]


def test_series_letter_still_ends_a_sentence():
    doc = extract("t", "Corvid Energy raised $5 million in a Series A. Harbor Group led the round.", "2025-08-21")
    assert len(doc.sentences) == 2


def test_shares_of_holder_keeps_asserted_when_news_was_reported():
    facts = _facts("Shares of Pike Holdings, Vireo's biggest investor, fell 7% on the day the lawsuit was reported.",
                   "shareholding")
    assert [f.modality for f in facts] == ["asserted"]


def test_site_leased_then_second_verb_developing_together():
    text = ("Pike Energy is building a 1.4-gigawatt campus in Amarillo, Texas, that Corvid Cloud leases to serve Vireo "
            "Labs, the largest site of its kind, and is developing a 900-megawatt campus in Utah together with Harbor "
            "Group.")
    assert [sorted(m.canonical for m in f.roles["party"]) for f in _facts(text, "partnership")] == [
        ["Harbor Group", "Pike Energy"]]
    assert _roles(text, "purchase", "buyer", "supplier") == [(["Corvid Cloud"], ["Pike Energy"], "asserted")]


def test_object_of_another_verb_is_no_site_partner():
    text = "Corvid Cloud said it will serve Vireo Labs, which is building a campus together with Harbor Group."
    assert _facts(text, "partnership") == []


def test_product_told_by_its_noun_or_by_a_relative_clause():
    text = ("Vireo Silicon designs the Q7, a vision chip. The chip is made by Pike Foundry and uses memory supplied by "
            "Harbor Memory.")
    assert sorted(_roles(text, "purchase", "buyer", "supplier")) == [
        (["Vireo Silicon"], ["Harbor Memory"], "asserted"), (["Vireo Silicon"], ["Pike Foundry"], "asserted")]
    text = "Vireo Silicon, which sells the Q7 chip, said demand was strong. Q7 is made by Pike Foundry."
    assert _roles(text, "purchase", "buyer", "supplier") == [(["Vireo Silicon"], ["Pike Foundry"], "asserted")]


def test_noun_not_named_before_is_no_product():
    assert _facts("Vireo Silicon designs the Q7, a vision system. The chip is made by Pike Foundry.", "purchase") == []

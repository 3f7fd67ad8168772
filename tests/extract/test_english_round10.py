"""English constructions of round 10, read off invented filings and tech-press news: IPO registration statements and
prospectus prose (figures given for two years "respectively", supplier dependence), offerings launched with their
cornerstone investors, growth rounds and their valuations, and denials in a clause of their own.

Quillfeather, Norcrest Labs, Harbor Peak Capital, Aldon Ventures, Veltrix, Kestrel Cloud, Brisa Power and the other
companies are invented and in no lexicon.
"""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from tests.extract.readers import facts, one, roles

REF = "2025-09-30"


def figures(text: str) -> list[tuple[str, str, str | None]]:
    """(metric, value, period) of each figure read."""
    return [(f.qualifiers["metric"], f.qualifiers["value"].text,
             f.qualifiers["period"].text if f.qualifiers.get("period") else None)
            for f in facts(text, "financial", REF)]


def listing(text: str) -> tuple[str, str, str, str | None]:
    f = one(text, "listing", REF)
    return f.roles["company"][0].text, f.modality, f.qualifiers["stage"], f.qualifiers.get("exchange")


# ------------------------------------------------------------------------------------------ figures
def test_two_figures_for_two_years_respectively():
    text = ("Quillfeather Robotics filed for an IPO in June. We have incurred net losses of $41.7 million and "
            "$23.5 million in 2024 and 2023, respectively.")
    assert figures(text) == [("net_loss", "$41.7 million", "2024"), ("net_loss", "$23.5 million", "2023")]
    text = "Revenue at Norcrest Labs was $9.1 million and $4.4 million for 2024 and 2023, respectively."
    assert figures(text) == [("revenue", "$9.1 million", "2024"), ("revenue", "$4.4 million", "2023")]


def test_two_figures_without_respectively_are_not_split():
    text = "Norcrest Labs had revenue of $9.1 million in 2024 and a net loss of $4.4 million in 2023."
    assert ("revenue", "$9.1 million", "2024") in figures(text)
    assert all(rule != "english:respectively" for rule in (f.rule for f in facts(text, "financial", REF)))


# ------------------------------------------------------------------------------------------ listing
def test_a_registration_statement_for_an_ipo_is_a_filing():
    text = ("Brisa Power Inc. has filed a registration statement on Form S-1 with the U.S. Securities and Exchange "
            "Commission for a proposed initial public offering of its common stock.")
    assert listing(text) == ("Brisa Power Inc.", "asserted", "filed", None)
    text = ("Kestrel Cloud said it has confidentially submitted a draft registration statement to the SEC relating "
            "to the proposed initial public offering of its shares.")
    assert listing(text)[2] == "filed"


def test_a_registration_statement_without_an_ipo_is_no_listing_step():
    text = "Veltrix filed a registration statement for the resale of shares held by Harbor Peak Capital."
    assert facts(text, "listing", REF) == []


def test_applying_to_list_on_an_exchange_is_a_filing():
    text = "Brisa Power has applied to list its common stock on the Nasdaq Global Market under the symbol BRSP."
    assert listing(text) == ("Brisa Power", "asserted", "filed", "NASDAQ")


def test_cornerstone_investors_of_an_offering_launched_in_the_same_paragraph():
    text = ("Norcrest Labs launched its Hong Kong IPO on Tuesday, seeking to raise HK$900 million. Cornerstone "
            "investors including Harbor Peak Capital and Aldon Ventures agreed to buy $40 million of shares.")
    listed = one(text, "listing", REF)
    assert (listed.qualifiers["stage"], listed.qualifiers["exchange"]) == ("approved", "HKEX")
    cs = one(text, "investment", REF)
    assert roles(cs) == {"investor": ["Harbor Peak Capital", "Aldon Ventures"], "investee": ["Norcrest Labs"]}


def test_cornerstone_investors_do_not_join_a_listing_of_another_company_told_before():
    text = ("Quillfeather said on Monday it has filed for a U.S. IPO.\n\n"
            "In Hong Kong, Norcrest Labs is seeking to raise HK$900 million from investors. Cornerstone investors "
            "including Harbor Peak Capital and Aldon Ventures agreed to buy $40 million of shares.")
    assert [f for f in facts(text, "investment", REF) if f.rule == "english:cornerstone"] == []
    text = ("Quillfeather priced its initial public offering at $24 per share on Wednesday.\n\n"
            "Cornerstone investors including Harbor Peak Capital and Aldon Ventures bought $40 million of shares.")
    assert roles(one(text, "investment", REF))["investee"] == ["Quillfeather"]


def test_an_interest_indicated_in_buying_shares_of_the_offering():
    text = ("Quillfeather priced its initial public offering at $24 per share on Wednesday.\n\n"
            "Harbor Peak Capital has indicated an interest in buying up to $50 million of shares in the offering.")
    f = one(text, "investment", REF)
    assert (roles(f), f.amount.text, f.modality) == (
        {"investor": ["Harbor Peak Capital"], "investee": ["Quillfeather"]}, "up to $50 million", "planned")


# ------------------------------------------------------------------------------------------ denials
def test_a_denial_in_a_clause_of_its_own_is_its_subjects():
    text = ("Quillfeather raised $12 million in seed funding from Aldon Ventures in 2023. Quillfeather is also in talks "
            "with Harbor Peak Capital about a larger round, the Lanting Herald reported. Quillfeather declined to "
            "comment, and Harbor Peak Capital denied that it was in discussions.")
    seed = one(text, "investment", REF)
    assert roles(seed)["investor"] == ["Aldon Ventures"] and seed.modality == "asserted"
    text = ("Quillfeather raised $12 million in seed funding from Aldon Ventures in 2023. A week later, Quillfeather "
            "denied that it had raised any money.")
    assert one(text, "investment", REF).modality == "denied"


# ------------------------------------------------------------------------------------------ customers and suppliers
def test_customers_with_their_shares_respectively():
    text = ("Norcrest Labs sells radar modules to carmakers. Two customers, Veltrix and Kestrel Cloud, accounted for "
            "41% and 12% of its revenue in 2024, respectively.")
    found = sorted((roles(f)["buyer"][0], roles(f)["supplier"][0], f.qualifiers["share_of_revenue"].text)
                   for f in facts(text, "purchase", REF))
    assert [(b, share) for b, _, share in found] == [("Kestrel Cloud", "12%"), ("Veltrix", "41%")]
    assert all(f.roles["supplier"][0].canonical == "Norcrest Labs" for f in facts(text, "purchase", REF))


def test_shares_that_do_not_pair_up_give_no_customer():
    text = ("Norcrest Labs sells radar modules to carmakers. Three customers, Veltrix, Brisa Power and Kestrel Cloud, "
            "accounted for 41% and 12% of its revenue, respectively.")
    assert all(f.rule != "english:shares_respectively" for f in facts(text, "purchase", REF))


def test_a_single_supplier_named_after_its_kind():
    text = ("Quillfeather Robotics builds warehouse robots. We depend on a single supplier, Tamsin Motion, for the "
            "servo motors used in our robots.")
    f = one(text, "purchase", REF)
    assert roles(f)["supplier"] == ["Tamsin Motion"] and f.roles["buyer"][0].canonical == "Quillfeather Robotics"


# ------------------------------------------------------------------------------------------ rounds
def test_the_round_values_the_company_in_the_next_sentence():
    text = ("Quillfeather has raised $300 million in a Series C round led by Harbor Peak Capital. The round values the "
            "company at $4.5 billion, up from $1.1 billion in 2024.")
    f = one(text, "investment", REF)
    assert (f.amount.text, f.qualifiers["valuation"].text) == ("$300 million", "$4.5 billion")
    text = ("Norcrest Labs closed an $85 million Series B led by Aldon Ventures. The financing gives Norcrest Labs a "
            "post-money valuation of $900 million.")
    assert one(text, "investment", REF).qualifiers["valuation"].text == "$900 million"


def test_a_round_valuation_denied_or_of_another_company_is_not_taken():
    text = ("Quillfeather has raised $300 million in a Series C round led by Harbor Peak Capital. Quillfeather denied "
            "reports that the round values the company at $4.5 billion.")
    assert "valuation" not in one(text, "investment", REF).qualifiers
    text = ("Quillfeather has raised $300 million in a Series C round led by Harbor Peak Capital. Separately, Aldon "
            "Ventures led a round in Norcrest Labs. The round values Norcrest Labs at $2 billion.")
    seed = [f for f in facts(text, "investment", REF) if roles(f)["investee"] == ["Quillfeather"]]
    assert len(seed) == 1 and "valuation" not in seed[0].qualifiers


# ------------------------------------------------------------------------------------------ compute and cloud deals
def test_money_agreed_to_be_spent_on_a_companys_cloud_is_a_purchase_from_it():
    text = ("Quillfeather said on Monday it has agreed to spend $10 billion on Kestrel Cloud's computing capacity over "
            "the next six years.")
    f = one(text, "purchase", REF)
    assert (f.roles["buyer"][0].canonical, roles(f)["supplier"], f.amount.text, f.modality) == \
        ("Quillfeather", ["Kestrel Cloud"], "$10 billion", "planned")
    assert f.date is None and "period" not in f.qualifiers


def test_money_spent_on_shares_is_no_purchase_of_goods():
    text = "Quillfeather spent $40 million on Kestrel Cloud shares last year."
    assert facts(text, "purchase", REF) == []


def test_becoming_a_companys_exclusive_provider():
    text = "Kestrel Cloud will become Quillfeather's exclusive cloud provider for training its models."
    f = one(text, "purchase", REF)
    assert (roles(f)["buyer"], roles(f)["supplier"], f.modality) == (["Quillfeather"], ["Kestrel Cloud"], "planned")
    text = "Azure will become Quillfeather's exclusive cloud provider."
    assert one(text, "purchase", REF).roles["supplier"][0].key == "lex:microsoft"


def test_a_provider_without_exclusive_or_primary_is_not_read():
    assert facts("Kestrel Cloud is Quillfeather's provider of choice for office software.", "purchase", REF) == []


# ------------------------------------------------------------------------------------------ exchange and ticker
def test_the_exchange_and_ticker_of_the_next_sentence():
    text = ("Quillfeather priced its initial public offering at $24 per share on Wednesday, raising $680 million. "
            "The chip designer will begin trading on the New York Stock Exchange on Thursday under the symbol \"QFTR\".")
    f = one(text, "listing", REF)
    assert (f.qualifiers["stage"], f.qualifiers["exchange"], f.qualifiers["ticker"]) == ("listed", "NYSE", "QFTR")


def test_an_exchange_of_the_next_paragraph_or_not_traded_on_is_not_taken():
    text = ("Quillfeather priced its initial public offering at $24 per share on Wednesday.\n\n"
            "The chip designer will begin trading on the New York Stock Exchange on Thursday.")
    assert "exchange" not in {k for k, v in one(text, "listing", REF).qualifiers.items() if v}
    text = ("Quillfeather priced its initial public offering at $24 per share on Wednesday. Analysts compared it "
            "with Norcrest Labs, a rival whose shares trade at 30 times earnings in New York.")
    assert one(text, "listing", REF).qualifiers.get("exchange") is None


def test_money_raised_from_venture_investors_including():
    text = "Before the IPO, Quillfeather had raised about $640 million from venture investors including Harbor Peak " \
           "Capital and Aldon Ventures."
    f = one(text, "investment", REF)
    assert roles(f) == {"investor": ["Harbor Peak Capital", "Aldon Ventures"], "investee": ["Quillfeather"]}


def test_a_provider_relied_on_to_host_the_platform():
    text = "Quillfeather sells scheduling software to hospitals. We rely on Kestrel Cloud to host our platform."
    f = one(text, "purchase", REF)
    assert (f.roles["buyer"][0].canonical, roles(f)["supplier"]) == ("Quillfeather", ["Kestrel Cloud"])
    assert facts("Quillfeather relies on Kestrel Cloud's reputation.", "purchase", REF) == []


def test_an_agreement_to_deploy_the_other_partys_chips():
    text = "Quillfeather signed a multi-year agreement with Norvane Semi to deploy its accelerators in 2026."
    f = one(text, "purchase", REF)
    assert (roles(f)["buyer"], roles(f)["supplier"]) == (["Quillfeather"], ["Norvane Semi"])
    assert facts("Quillfeather signed an agreement with Norvane Semi to deploy staff in Ohio.", "purchase", REF) == []


def test_employees_selling_shares_to_investors_is_a_secondary_sale_of_the_company():
    text = ("Quillfeather raised $300 million in a Series C led by Harbor Peak Capital in May. Employees sold about "
            "$50 million of stock to Aldon Ventures and Lanting Capital in a tender offer last year.")
    sec = [f for f in facts(text, "investment", REF) if f.qualifiers.get("round") == "secondary"]
    assert [(roles(f)["investor"], f.roles["investee"][0].canonical, f.amount.text) for f in sec] == [
        (["Aldon Ventures", "Lanting Capital"], "Quillfeather", "about $50 million")]
    text = "Quillfeather said employees could sell shares to Aldon Ventures in a future tender offer."
    assert [f for f in facts(text, "investment", REF) if f.qualifiers.get("round") == "secondary"] == []


def test_a_round_of_the_company_led_by_an_investor_between_commas():
    text = ("Quillfeather makes inspection drones. The company's Series E round in 2023, led by Harbor Peak Capital, "
            "valued Quillfeather at $6.2 billion.")
    f = one(text, "investment", REF)
    assert (roles(f)["investor"], f.roles["investee"][0].canonical, f.qualifiers["round"], f.date.text) == (
        ["Harbor Peak Capital"], "Quillfeather", "Series E", "2023")
    assert f.qualifiers["valuation"].text == "$6.2 billion" and f.amount is None


def test_paying_spending_with_and_being_provided_compute():
    f = one("Under the deal, Quillfeather will pay Kestrel Cloud about $30 billion a year for data center capacity.",
            "purchase", REF)
    assert (roles(f)["buyer"], roles(f)["supplier"], f.amount.text) == (["Quillfeather"], ["Kestrel Cloud"],
                                                                        "about $30 billion")
    f = one("Quillfeather has committed to spend $4 billion with Kestrel Cloud over four years.", "purchase", REF)
    assert (roles(f)["supplier"], f.amount.text, f.modality) == (["Kestrel Cloud"], "$4 billion", "planned")
    f = one("Kestrel Cloud agreed to provide Quillfeather with $12 billion of computing capacity.", "purchase", REF)
    assert (roles(f)["buyer"], roles(f)["supplier"]) == (["Quillfeather"], ["Kestrel Cloud"])
    assert facts("Kestrel Cloud agreed to provide Quillfeather with $12 billion of financing.", "purchase", REF) == []
    assert facts("Quillfeather will pay Kestrel Cloud $30 million for its stake.", "purchase", REF) == []


def test_a_share_of_the_voting_power_after_the_offering():
    text = ("Quillfeather makes inspection drones. Upon completion of this offering, Harbor Peak Capital will hold "
            "approximately 31.5% of the voting power of our outstanding capital stock.")
    f = one(text, "shareholding", REF)
    assert (roles(f)["holder"], f.roles["company"][0].canonical, f.stake.text, f.modality) == (
        ["Harbor Peak Capital"], "Quillfeather", "approximately 31.5%", "planned")
    assert f.qualifiers["measure"] == "voting_power"
    assert not any(m.text.startswith("Upon") for m in extract("t", text, REF).mentions)


def test_ipo_steps_told_in_the_news():
    f = one("Quillfeather is seeking a valuation of up to $8 billion in its U.S. IPO.", "listing", REF)
    assert (f.modality, f.qualifiers["stage"]) == ("planned", "planned")
    f = one("Quillfeather set terms for its IPO on Monday, offering 20 million shares at $18 to $20 each.", "listing", REF)
    assert (f.modality, f.qualifiers["stage"]) == ("asserted", "filed")
    f = one("Quillfeather has hired Norcrest Securities and Lanting Capital to lead its planned IPO, people familiar "
            "with the matter said.", "listing", REF)
    assert (roles(f)["company"], f.modality, f.qualifiers["stage"]) == (["Quillfeather"], "reported", "planned")


def test_banks_hired_for_something_else_give_no_listing():
    assert facts("Quillfeather hired Norcrest Securities to advise on a sale of its drone unit.", "listing", REF) == []


def test_a_valuation_is_not_the_amount_raised():
    text = ("Quillfeather is in talks to raise funding at a $10 billion valuation in a round led by Harbor Peak Capital, "
            "according to people familiar with the matter.")
    f = one(text, "investment", REF)
    assert (f.amount, f.qualifiers["valuation"].text, f.modality) == (None, "$10 billion", "reported")
    f = one("Norcrest Labs raised $300 million at a $4.5 billion valuation in a round led by Aldon Ventures.",
            "investment", REF)
    assert (f.amount.text, f.qualifiers["valuation"].text) == ("$300 million", "$4.5 billion")


def test_a_revenue_share_between_two_companies():
    f = one("Under a revenue-sharing agreement, Veltrix receives 20% of Quillfeather's revenue.", "partnership", REF)
    assert (roles(f)["party"], f.qualifiers["revenue_share"].text, f.qualifiers["revenue_share_to"]) == (
        ["Quillfeather", "Veltrix"], "20%", [f.roles["party"][1].key])
    f = one("Quillfeather will share 15% of its revenue with Veltrix under the agreement.", "partnership", REF)
    assert (roles(f)["party"], f.modality, f.qualifiers["revenue_share"].text) == (
        ["Quillfeather", "Veltrix"], "planned", "15%")


def test_a_share_of_revenue_from_a_customer_is_no_revenue_share():
    assert [f for f in facts("Veltrix receives 20% of its revenue from Quillfeather.", None, REF)
            if "revenue_share" in f.qualifiers] == []


def test_the_object_of_a_first_verb_signs_nothing():
    text = ("Quillfeather also committed to purchase $8 billion of Kestrel Cloud services and signed a multi-year "
            "agreement with Norvane Semi to deploy its accelerators.")
    assert all(roles(f)["buyer"] != ["Kestrel Cloud"] for f in facts(text, "purchase", REF))


# ------------------------------------------------------------------------------------------ the filer's "we"
def test_we_in_a_filing_is_the_filer_not_the_company_named_just_before():
    text = ("Quillfeather Robotics Files for Nasdaq IPO\n\n"
            "Quillfeather Robotics Inc. has filed a registration statement with the SEC for a proposed initial public "
            "offering. Kestrel Cloud accounted for 31% of our revenue in 2024. We depend on a single supplier, Tamsin "
            "Motion, for the servo motors used in our robots. We have incurred net losses of $41.7 million and $23.5 "
            "million in 2024 and 2023, respectively.")
    found = facts(text, None, REF)
    supply = [f for f in found if f.type == "purchase" and roles(f)["supplier"] == ["Tamsin Motion"]]
    assert [f.roles["buyer"][0].key for f in supply] == ["name:quillfeatherrobotics"]
    assert {f.roles["company"][0].key for f in found if f.type == "financial"} == {"name:quillfeatherrobotics"}


def test_the_company_is_never_the_exchange_its_shares_trade_on():
    text = ("Quillfeather priced its IPO at $24 a share on the Nasdaq. A Nasdaq official rang the bell on Friday, "
            "and Nasdaq traders cheered.\n\nThe company is an investor in Norcrest Labs.")
    keys = [x.key for f in facts(text, None, REF) for ms in f.roles.values() for x in ms]
    assert "lex:nasdaq" not in keys and "name:quillfeather" in keys

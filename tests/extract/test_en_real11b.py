"""English constructions of round 11 (b), met in real news of IPOs, compute deals and AI companies' results and
tested here on sentences the team wrote: registration forms (S-1, F-1) and offerings held, a debut on the first
day of trading, a listing targeted, exchange codes in brackets, an apposition that describes the subject, figures
of "the three months ended …" told after the period, a kind of revenue opening a sentence, abbreviated months,
compute leased or run on a provider's cloud.

Quillfeather, Norcrest Labs, Veltrix Cloud, Kestrel AI, Brisa Power and the other companies are invented and in no
lexicon.
"""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from tests.extract.readers import facts, one, roles

REF = "2025-10-15"


def listing(text: str, ref: str = REF) -> tuple[str, str, str, str | None]:
    f = one(text, "listing", ref)
    return f.roles["company"][0].text, f.modality, f.qualifiers["stage"], f.qualifiers.get("exchange")


# ------------------------------------------------------------------------------------------ listings
def test_registration_form_filed_or_submitted():
    text = "Norcrest Labs filed its F-1 registration statement with the SEC on March 3 ahead of a planned IPO."
    assert listing(text) == ("Norcrest Labs", "asserted", "filed", None)
    text = ("Brisa Power has submitted a confidential draft of its Form S-1 to the regulator, the first step toward "
            "an initial public offering.")
    assert listing(text)[0] == "Brisa Power" and listing(text)[2] == "filed"


def test_form_name_is_no_company():
    text = "Brisa Power said the S-1 gives it room to decide later. Brisa Power filed an S-1 for an IPO in May."
    assert all(m.text not in ("S-1", "Form S-1") for m in extract("t", text, REF).mentions)
    assert [roles(f)["company"] for f in facts(text, "listing", REF)] == [["Brisa Power"]]


def test_without_an_ipo_a_form_is_no_listing_step():
    assert facts("Brisa Power filed its S-1 shelf for a bond sale last week.", "listing", REF) == []


def test_offering_held_with_abbreviated_month():
    text = "Quillfeather Semiconductor held its initial public offering on Sept. 9, raising $48 million."
    f = one(text, "listing")
    assert roles(f)["company"] == ["Quillfeather Semiconductor"] and f.qualifiers["stage"] == "listed"
    assert f.date is not None and f.date.value.value == "2025-09-09"
    assert len(extract("t", text, REF).sentences) == 1


def test_abbreviated_month_before_a_capital_still_ends_nothing_else():
    doc = extract("t", "Kestrel AI was founded in Jan. The company makes robots.", REF)
    assert len(doc.sentences) == 2


def test_first_day_of_trading_after_a_description():
    text = ("Shares of Quillfeather Semiconductor, the Hefei-based maker of memory chips often called a rival of "
            "Micron, jumped 180% on their first day of trading on the Shenzhen Stock Exchange.")
    assert listing(text) == ("Quillfeather Semiconductor", "asserted", "listed", "SZSE")


def test_listing_targeted_is_a_plan():
    text = ("Norcrest Labs reported revenue of $90 million. The company is targeting a June listing on the Nasdaq "
            "under the ticker NCRL.")
    f = one(text, "listing")
    assert f.modality == "planned" and f.qualifiers["stage"] == "planned" and f.qualifiers["ticker"] == "NCRL"
    assert f.roles["company"][0].canonical == "Norcrest Labs"
    assert all(m.text != "NCRL" for m in extract("t", text, REF).mentions)


def test_exchange_code_in_brackets():
    text = "Veltrix Biologics (NASDAQ: VLTB) began trading on Thursday."
    f = one(text, "listing")
    assert roles(f)["company"] == ["Veltrix Biologics"] and f.qualifiers["ticker"] == "VLTB"
    assert f.qualifiers["exchange"] == "NASDAQ"
    text = "Veltrix Biologics's (Nasdaq: VLTB) IPO began trading Friday on the Nasdaq."
    assert one(text, "listing").qualifiers["ticker"] == "VLTB"
    assert all(m.text != "VLTB" for m in extract("t", text, REF).mentions)


def test_apposition_with_the_company_and_a_product():
    text = ("Kestrel AI, the company behind the coding assistant Copilot, plans to file for an initial "
            "public offering next year.")
    f = one(text, "listing")
    assert roles(f)["company"] == ["Kestrel AI"] and f.modality == "planned"


# ------------------------------------------------------------------------------------------ figures
def test_three_months_ended_told_after_the_period():
    text = "Kestrel AI recorded a net loss of $310 million for the three months ended September 30."
    f = one(text, "financial", "2026-01-20")
    assert f.qualifiers["period"].value.value == "2025-Q3"
    f = one(text, "financial", "2025-11-05")
    assert f.qualifiers["period"].value.value == "2025-Q3"


def test_months_ending_ahead_stay_in_the_year():
    text = "Kestrel AI expects revenue of $80 million for the three months ending December 31."
    f = one(text, "financial", "2025-11-05")
    assert f.qualifiers["period"].value.value == "2025-Q4"


def test_apposition_names_no_subject_of_a_figure():
    text = "Brisa Power, the Harbor Energy-backed battery company, reported quarterly revenue of $45.2 million."
    f = one(text, "financial")
    assert roles(f)["company"] == ["Brisa Power"]


def test_kind_of_revenue_opening_a_sentence_is_no_company():
    text = ("Norcrest Labs posted revenue of $70 million in the quarter. Hardware revenue accounted for 40% of total "
            "revenue at $28 million.")
    assert all(m.text != "Hardware" for m in extract("t", text, REF).mentions)
    assert all(roles(f).get("buyer") != ["Hardware"] for f in facts(text, "purchase"))


def test_inverted_condition_word_is_no_name():
    text = "Norcrest Labs set a price range. Should the offering price at the top, Norcrest would be worth $9 billion."
    assert all(m.text != "Should" for m in extract("t", text, REF).mentions)


# ------------------------------------------------------------------------------------------ compute deals
def test_deal_to_run_models_on_a_cloud():
    f = one("Kestrel AI signed a six-year, $21 billion agreement to run its models on Veltrix Cloud.", "purchase")
    assert roles(f) == {"buyer": ["Kestrel AI"], "supplier": ["Veltrix Cloud"]}
    assert f.amount is not None and f.amount.value.value == 21e9


def test_lease_with_a_decimal_quantity():
    f = one("Kestrel AI has agreed to lease 2.5 gigawatts of data center capacity from Veltrix Cloud.", "purchase")
    assert roles(f) == {"buyer": ["Kestrel AI"], "supplier": ["Veltrix Cloud"]}
    assert f.modality == "planned"


def test_first_trading_day():
    text = "Shares of Brisa Power, a maker of grid batteries, rose 60% on their first trading day in Shenzhen."
    assert listing(text) == ("Brisa Power", "asserted", "listed", "SZSE")


# ------------------------------------------------------------------------------------------ batch 2
def test_code_told_after_belongs_to_the_first_listing_only():
    text = ("Quillfeather filed for an IPO, the largest since Brisa Power went public in 2021. The shares will trade "
            "on the Nasdaq under the ticker QFTR.")
    by_company = {roles(f)["company"][0]: f.qualifiers for f in facts(text, "listing")}
    assert by_company["Quillfeather"]["ticker"] == "QFTR" and by_company["Quillfeather"]["exchange"] == "NASDAQ"
    assert "ticker" not in by_company["Brisa Power"] and by_company["Brisa Power"]["exchange"] is None


def test_figure_of_a_later_year_is_expected():
    text = "Veltrix Cloud said it had signed a contract worth $12 billion in revenue in 2028."
    assert one(text, "financial").modality == "expected"
    text = "Norcrest Labs reported revenue of $6.2 billion for the second quarter of fiscal 2026."
    assert one(text, "financial", "2025-08-28").modality == "asserted"


def test_country_and_abstract_nouns_are_no_names():
    text = "A customer from Dubai in the United Arab Emirates made up 64% of Quillfeather's revenue."
    assert all("Emirates" not in m.text for m in extract("t", text, REF).mentions)
    text = ("Norcrest Labs grew fast. Acquisitions of smaller rivals added revenue. Guidance for the fourth quarter "
            "calls for revenue of $20 million.")
    assert {m.text for m in extract("t", text, REF).mentions} == {"Norcrest Labs"}


def test_owner_lists_or_floats_its_unit():
    f = one("Aldon Group plans to list its chip unit Quillfeather in Hong Kong next year.", "listing")
    assert roles(f)["company"] == ["Quillfeather"] and f.modality == "planned" and f.qualifiers["stage"] == "planned"
    assert f.qualifiers["exchange"] == "HKEX"
    f = one("Aldon Group will take its cloud arm Veltrix Cloud public next year.", "listing")
    assert roles(f)["company"] == ["Veltrix Cloud"] and f.modality == "planned"


def test_listing_a_customer_is_no_listing():
    assert facts("Quillfeather lists Norcrest Labs among its largest customers.", "listing") == []
    assert facts("Quillfeather has made no decision yet on where to debut.", "listing") == []
    assert one("Quillfeather made its Nasdaq debut on Friday.", "listing").qualifiers["exchange"] == "NASDAQ"


def test_major_shareholders_include():
    text = ("Norcrest Labs filed for an IPO in May. Major shareholders with stakes above 5% include Aldon Ventures, "
            "Harbor Peak Capital and Brisa Power.")
    found = {(roles(f)["holder"][0], roles(f)["company"][0]) for f in facts(text, "shareholding")}
    assert found == {("Aldon Ventures", "Norcrest Labs"), ("Harbor Peak Capital", "Norcrest Labs"),
                     ("Brisa Power", "Norcrest Labs")}


# ------------------------------------------------------------------------------------------ batch 3
def test_scrapped_ipo_of_a_company_named_after_of():
    f = one("The news recalled the scrapped IPO of Norcrest Labs in 2019.", "listing")
    assert roles(f)["company"] == ["Norcrest Labs"] and f.qualifiers["stage"] == "terminated"
    f = one("Bankers are busy with the planned listing of Quillfeather in Hong Kong.", "listing")
    assert roles(f)["company"] == ["Quillfeather"] and f.modality == "planned" and f.qualifiers["exchange"] == "HKEX"


def test_will_not_begin_trading():
    f = one("Brisa Power said it will not begin trading on the Nasdaq on Friday as planned.", "listing")
    assert f.roles["company"][0].key == "name:brisapower" and f.modality == "negated"


def test_listing_put_off_or_dropped_later():
    text = "Veltrix Cloud filed for an IPO in 2021, then postponed it in 2022 and finally withdrew."
    stages = [(f.qualifiers["stage"], f.date.value.value if f.date else None) for f in facts(text, "listing")]
    assert ("filed", "2021") in stages and ("suspended", "2022") in stages
    text = "Veltrix Cloud filed for an IPO in 2021, but delayed after markets fell and later withdrew."
    stages = [(f.qualifiers["stage"], f.date.value.value if f.date else None) for f in facts(text, "listing")]
    assert stages == [("filed", "2021"), ("suspended", None), ("terminated", None)]


def test_debut_after_a_filing_has_no_date_of_the_filing():
    text = "Brisa Power first filed to go public in 2021 and made its Nasdaq debut two years later."
    got = {f.qualifiers["stage"]: f.date.value.value if f.date else None for f in facts(text, "listing")}
    assert got == {"filed": "2021", "listed": None}


# ------------------------------------------------------------------------------------------ batch 4
def test_description_without_article_before_a_name():
    f = one("Kestrel AI has struck a $4.1 billion deal with data-center operator Veltrix Cloud for GPU capacity.",
            "partnership")
    assert roles(f)["party"] == ["Kestrel AI", "Veltrix Cloud"] and f.amount.value.value == 4.1e9
    f = one("Brisa Power has signed a five-year agreement with chipmaker Norvane to secure deliveries of its "
            "inference accelerators.", "purchase")
    assert roles(f) == {"buyer": ["Brisa Power"], "supplier": ["Norvane"]}


def test_description_without_article_keeps_a_preposition_reading():
    text = "Quillfeather, which is backed by investment firm Harbor Peak Capital, signed a contract with Norvane."
    assert all(roles(f)["party"][0] != "Harbor Peak Capital" for f in facts(text, "partnership"))


def test_deal_worth_an_amount_with_a_partner():
    f = one("Kestrel AI also signed a deal worth $6.3 billion with Veltrix Cloud for GPU capacity.", "partnership")
    assert roles(f)["party"] == ["Kestrel AI", "Veltrix Cloud"] and f.amount.value.value == 6.3e9
    assert f.qualifiers["kind"] == "compute"


def test_possessive_supply_deal_for_a_buyer():
    f = one("Veltrix Cloud’s (VLTC) roughly $2 billion deal to supply inference capacity for Kestrel AI (KSTL) starts "
            "in March.", "purchase")
    assert roles(f) == {"buyer": ["Kestrel AI"], "supplier": ["Veltrix Cloud"]} and f.amount.value.value == 2e9


def test_code_in_brackets_is_no_second_party():
    text = "In May, Brisa Power formed an agreement with Norcrest Labs (NCRL) to provide battery storage."
    assert [roles(f)["party"] for f in facts(text, "partnership")] == [["Brisa Power", "Norcrest Labs"]]


# ------------------------------------------------------------------------------------------ batch 5
def test_first_trades_against_the_offer_price():
    text = ("Robotics company Brisa Power, also known as Brisa Intelligent Systems, opened 12% above its offer price "
            "of HK$48.10 on Tuesday.")
    f = one(text, "listing")
    assert roles(f)["company"] == ["Brisa Power"] and f.qualifiers["stage"] == "listed"
    text = "Norvane (Suzhou), a maker of lidar sensors, debuted unchanged from its IPO price after raising HK$900 million."
    f = one(text, "listing")
    assert roles(f)["company"] == ["Norvane"] and f.qualifiers["exchange"] is None


def test_money_raised_at_a_share_price_is_no_funding_round():
    text = "Norcrest Labs, spun out of a university lab, raised HK$2.1 billion at HK$38.50, valuing it near HK$20 billion."
    assert facts(text, "investment") == []
    assert one("Norcrest Labs raised $60 million at a $600 million valuation.", "investment").amount.value.value == 6e7


def test_hired_in_preparation_for_an_ipo_and_planning_listings():
    f = one("Aldon Group's server unit Veltrix Cloud has hired CICC in preparation for a mainland IPO.", "listing")
    assert roles(f)["company"] == ["Veltrix Cloud"] and f.qualifiers["stage"] == "planned"
    f = one("Chip designer Norvane is planning a listing in Hong Kong.", "listing")
    assert roles(f)["company"] == ["Norvane"] and f.modality == "planned" and f.qualifiers["exchange"] == "HKEX"


def test_ipo_to_complete_is_a_plan():
    f = one("Quillfeather is aiming to complete its IPO as soon as March.", "listing")
    assert f.modality == "planned" and f.qualifiers["stage"] == "planned"


def test_an_order_from_a_company_is_no_purchase_by_the_discloser():
    text = "In May, Veltrix Cloud disclosed an order worth at least $2.2 billion from Norvane in a filing."
    assert all(roles(f).get("buyer") != ["Veltrix Cloud"] for f in facts(text, "purchase"))
    f = one("Veltrix Cloud will buy $2.2 billion of servers from Norvane.", "purchase")
    assert roles(f) == {"buyer": ["Veltrix Cloud"], "supplier": ["Norvane"]}


def test_money_raised_after_a_debut_is_the_offering():
    text = ("Brisa Power, a maker of grid batteries, opened 8% above its offer price on Monday.\n"
            "Brisa Power, based in Wuxi, raised HK$2.6 billion.")
    assert facts(text, "investment") == []
    text = "Brisa Power raised $80 million. It plans to list in Hong Kong next year."
    assert len(facts(text, "investment")) == 1


def test_place_in_a_name_is_not_the_exchange():
    f = one("Shanghai Norvane Microelectronics, a chip designer, started 20% higher than the offer price.", "listing")
    assert f.qualifiers["exchange"] is None


def test_depositary_shares_are_no_company():
    text = "Brisa Power priced its IPO at $14. The ADSs are expected to begin trading on the Nasdaq on Friday."
    assert all(m.text != "ADSs" for m in extract("t", text, REF).mentions)


def test_figure_far_from_a_later_date_stays_asserted():
    text = ("In the first half of 2025, Norcrest Labs' revenue climbed to $88 million, and growth looks set to "
            "speed up as the company signed orders worth $900 million, with deliveries due in March 2026.")
    assert [f.modality for f in facts(text, "financial")] == ["asserted"]


def test_period_of_a_figure_stays_in_its_clause():
    text = ("In the first half of 2025, Norcrest Labs' revenue climbed to $88 million, and growth looks set to "
            "speed up as the company signed orders worth $900 million, with deliveries due in March 2026.")
    assert one(text, "financial").qualifiers["period"].value.value == "2025-H1"
    text = ("Norcrest Labs had revenue of $88 million, with growth led by cloud demand, for the three months ended "
            "June 30.")
    assert one(text, "financial").qualifiers["period"].value.value == "2025-Q2"


# ------------------------------------------------------------------------------------------ batch 7
def test_earnings_report_and_backlog_are_no_figures():
    text = ("On Tuesday, Veltrix Cloud published its first earnings report since going public, posting "
            "$410 million in revenue for the second quarter.")
    got = [(f.qualifiers["metric"], f.qualifiers["value"].text) for f in facts(text, "financial")]
    assert got == [("revenue", "$410 million")]
    f = one(text, "listing")
    assert f.date is None and f.qualifiers["stage"] == "listed"
    text = "Veltrix Cloud's second-quarter revenue reached $410 million, and its revenue backlog rose to $30 billion."
    assert [f.qualifiers["value"].text for f in facts(text, "financial")] == ["$410 million"]


def test_form_filed_with_an_intent_to_go_public():
    text = ("Veltrix Cloud, a provider of rented GPUs, filed a Form S-1 with the SEC on June 2, 2025, signalling that "
            "it will go public, its shares to trade under the symbol VLTC on the Nasdaq.")
    f = next(f for f in facts(text, "listing") if f.qualifiers["stage"] == "filed")
    assert roles(f)["company"] == ["Veltrix Cloud"] and f.qualifiers["ticker"] == "VLTC"
    assert f.date.value.value == "2025-06-02"


# ------------------------------------------------------------------------------------------ batch 8
def test_company_named_before_the_holder_noun():
    f = one("Before the deal, Aldon Ventures was already a major Quillfeather backer.", "shareholding")
    assert roles(f) == {"holder": ["Aldon Ventures"], "company": ["Quillfeather"]}
    f = one("Harbor Peak Capital is the largest Norcrest Labs shareholder.", "shareholding")
    assert roles(f)["company"] == ["Norcrest Labs"] and f.qualifiers["rank"] == "largest"
    assert facts("Quillfeather is a Norvane customer.", "shareholding") == []


def test_listing_of_a_stake_in_another_company_is_not_the_holders():
    text = "Aldon Group is weighing the listing of part of its stake in the chip designer Norvane in London."
    assert all(roles(f)["company"] != ["Aldon Group"] for f in facts(text, "listing"))


def test_list_a_unit_as_soon_as_possible():
    f = one("Aldon Group plans to list Quillfeather as soon as markets allow.", "listing")
    assert roles(f)["company"] == ["Quillfeather"] and f.modality == "planned"


def test_subject_described_by_a_lower_case_kind_of_company():
    text = "Quillfeather builds warehouse robots. The robotics company filed for an IPO in 2024 and later withdrew."
    got = [(f.roles["company"][0].key, f.qualifiers["stage"]) for f in facts(text, "listing")]
    assert got == [("name:quillfeather", "filed"), ("name:quillfeather", "terminated")]


def test_reliance_on_a_largest_customer():
    # a customer relation is a purchase (round 27): the customer buys from the company
    f = one("Veltrix Cloud depends heavily on Kestrel AI as its biggest customer.", "purchase")
    assert roles(f) == {"buyer": ["Kestrel AI"], "supplier": ["Veltrix Cloud"]}
    text = "Veltrix Cloud filed for an IPO. The prospectus shows a deep dependence on Kestrel AI as its top client."
    f = one(text, "purchase")
    assert [m.key for m in f.roles["buyer"] + f.roles["supplier"]] == ["name:kestrelai", "name:veltrixcloud"]

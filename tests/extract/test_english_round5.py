"""English newswire and press-release constructions of deals, round 5: each construction the English reader
should read, with its roles, values and modality, and the readings it must not make.

Veltrix Systems, Norcrest Labs, Quillfeather, Harbor Peak Capital, Lanting Ventures, Aldon Group and Aldon
Mobility are invented and in no lexicon; Sequoia, Accel, Nvidia, Google, xAI and Morgan Stanley are real.
"""

from __future__ import annotations

from dealgraph.extract.document import Doc, FactRecord
from dealgraph.extract.pipeline import extract

REF = "2025-11-04"


def read(text: str) -> Doc:
    return extract("t", text, REF)


def english(text: str, ftype: str | None = None) -> list[FactRecord]:
    return [f for f in read(text).facts if f.rule.startswith("english:") and (ftype is None or f.type == ftype)]


def one(text: str, ftype: str) -> FactRecord:
    found = english(text, ftype)
    assert len(found) == 1, (text, [(f.type, f.rule, roles(f)) for f in english(text)])
    return found[0]


def roles(fact: FactRecord) -> dict[str, list[str]]:
    return {r: [m.text for m in ms] for r, ms in fact.roles.items()}


def keys(fact: FactRecord, role: str) -> list[str]:
    return [m.key for m in fact.roles[role]]


def money(fact: FactRecord) -> tuple[float, str]:
    assert fact.amount is not None and fact.amount.kind == "money", fact
    return fact.amount.value.value, fact.amount.value.currency


def key_of(doc: Doc, text: str) -> str:
    return next(m.key for m in doc.mentions if m.text == text)


# ----------------------------------------------------------------------------------------- acquisitions
def test_completed_acquisition_is_asserted() -> None:
    f = one("Veltrix Systems completed its acquisition of Norcrest Labs.", "acquisition")
    assert roles(f) == {"acquirer": ["Veltrix Systems"], "target": ["Norcrest Labs"]}
    assert f.modality == "asserted"


def test_agreed_to_buy_for_an_amount_is_planned() -> None:
    for verb in ("buy", "acquire"):
        f = one(f"Veltrix Systems has agreed to {verb} Norcrest Labs for $1.2 billion in cash.", "acquisition")
        assert roles(f) == {"acquirer": ["Veltrix Systems"], "target": ["Norcrest Labs"]}
        assert money(f) == (1.2e9, "USD") and f.modality == "planned"


def test_relative_clause_names_the_acquirer() -> None:
    f = one("Norcrest Labs, which Veltrix Systems bought in 2021, makes radar chips.", "acquisition")
    assert roles(f) == {"acquirer": ["Veltrix Systems"], "target": ["Norcrest Labs"]}
    assert f.rule == "english:acquired_relative" and f.modality == "asserted"
    assert f.date is not None and f.date.value.value == "2021"
    f = one("Norcrest Labs, the radar start-up that Veltrix Systems acquired last year, makes chips.", "acquisition")
    assert roles(f)["target"] == ["Norcrest Labs"] and roles(f)["acquirer"] == ["Veltrix Systems"]
    # a stake bought is no acquisition of the company
    assert english("Norcrest Labs, which Harbor Peak Capital bought a stake in last year, makes radar chips.",
                   "acquisition") == []


def test_participle_apposition_acquired_by() -> None:
    f = one("Norcrest Labs, acquired by Veltrix Systems in 2021, makes radar chips.", "acquisition")
    assert roles(f) == {"acquirer": ["Veltrix Systems"], "target": ["Norcrest Labs"]}
    assert f.modality == "asserted" and f.date.value.value == "2021"


def test_the_deal_values_the_target_gives_the_price() -> None:
    f = one("Veltrix Systems agreed to buy Norcrest Labs. The deal values Norcrest Labs at $3 billion.",
            "acquisition")
    assert money(f) == (3e9, "USD") and f.modality == "planned"
    f = one("Veltrix Systems agreed to buy Norcrest Labs in a deal that values it at $3 billion.", "acquisition")
    assert money(f) == (3e9, "USD")
    # a price already read stays; a valuation alone is no deal
    f = one("Veltrix Systems agreed to buy Norcrest Labs for $2 billion. The deal values Norcrest Labs at "
            "$3 billion including debt.", "acquisition")
    assert money(f) == (2e9, "USD")
    assert english("The deal values Norcrest Labs at $3 billion.") == []


def test_round_valuation_is_no_amount() -> None:
    f = one("Quillfeather raised $40 million in a Series B round. The round, which values Quillfeather at "
            "$1 billion, was led by Harbor Peak Capital.", "investment")
    assert money(f) == (40e6, "USD") and roles(f)["investor"] == ["Harbor Peak Capital"]


def test_pay_for_a_company() -> None:
    f = one("Veltrix Systems agreed to pay $2 billion for Norcrest Labs.", "acquisition")
    assert roles(f) == {"acquirer": ["Veltrix Systems"], "target": ["Norcrest Labs"]}
    assert money(f) == (2e9, "USD") and f.modality == "planned"


def test_sold_to_names_buyer_target_and_seller() -> None:
    f = one("Veltrix Systems sold Norcrest Labs to Harbor Peak Capital for $500 million.", "acquisition")
    assert roles(f) == {"acquirer": ["Harbor Peak Capital"], "target": ["Norcrest Labs"],
                        "seller": ["Veltrix Systems"]}
    assert money(f) == (500e6, "USD") and f.modality == "asserted"
    f = one("Veltrix Systems agreed to sell its radar unit Norcrest Labs to Harbor Peak Capital.", "acquisition")
    assert roles(f)["acquirer"] == ["Harbor Peak Capital"] and roles(f)["seller"] == ["Veltrix Systems"]
    assert f.modality == "planned"
    assert english("Veltrix Systems sold radar chips to Harbor Peak Capital.", "acquisition") == []


def test_majority_stake_is_an_acquisition_only() -> None:
    facts = english("Harbor Peak Capital acquired a majority stake in Norcrest Labs.")
    assert [(f.type, roles(f)) for f in facts] == [
        ("acquisition", {"acquirer": ["Harbor Peak Capital"], "target": ["Norcrest Labs"]})]


def test_talks_are_reported_not_asserted() -> None:
    for text in ("Veltrix Systems is in talks to acquire Norcrest Labs.",
                 "Veltrix Systems is said to be in talks to buy Norcrest Labs.",
                 "Veltrix Systems is nearing a deal to acquire Norcrest Labs, people familiar with the matter said."):
        f = one(text, "acquisition")
        assert roles(f) == {"acquirer": ["Veltrix Systems"], "target": ["Norcrest Labs"]}
        assert f.modality == "reported", text


def test_denied_report_is_never_asserted() -> None:
    doc = read("Veltrix Systems denied a report that it would buy Norcrest Labs.")
    facts = [f for f in doc.facts if f.type == "acquisition"]
    assert len(facts) == 1 and facts[0].modality == "denied"
    assert keys(facts[0], "acquirer") == [key_of(doc, "Veltrix Systems")]
    assert roles(facts[0])["target"] == ["Norcrest Labs"]


def test_comment_declined_and_no_plans() -> None:
    f = one("Veltrix Systems declined to comment on a report that it would buy Norcrest Labs.", "acquisition")
    assert f.modality == "reported"
    f = one("Veltrix Systems has no plans to acquire Norcrest Labs, a spokesperson said.", "acquisition")
    assert f.modality == "negated"


def test_bids_offers_and_considered_deals_are_planned() -> None:
    f = one("Veltrix Systems made a $2 billion bid for Norcrest Labs.", "acquisition")
    assert roles(f)["target"] == ["Norcrest Labs"] and money(f) == (2e9, "USD") and f.modality == "planned"
    f = one("Veltrix Systems made an offer for Norcrest Labs.", "acquisition")
    assert f.modality == "planned"
    f = one("Veltrix Systems is considering an acquisition of Norcrest Labs.", "acquisition")
    assert roles(f)["acquirer"] == ["Veltrix Systems"] and f.modality == "planned"


# --------------------------------------------------------------------------------------------- mergers
def test_merger_with_a_named_result() -> None:
    f = one("Veltrix Systems will merge with Norcrest Labs to form Aldon Group.", "merger")
    assert roles(f) == {"part": ["Veltrix Systems", "Norcrest Labs"], "result": ["Aldon Group"]}
    assert f.modality == "planned"
    f = one("Norcrest Labs merged into Veltrix Systems in 2022.", "merger")
    assert roles(f) == {"part": ["Norcrest Labs", "Veltrix Systems"], "result": ["Veltrix Systems"]}
    assert f.modality == "asserted" and f.date.value.value == "2022"


# ---------------------------------------------------------------------------------------- investments
def test_raised_in_a_series_b_led_by() -> None:
    f = one("Quillfeather raised $40 million in a Series B round led by Harbor Peak Capital.", "investment")
    assert roles(f) == {"investor": ["Harbor Peak Capital"], "investee": ["Quillfeather"]}
    assert money(f) == (40e6, "USD") and f.qualifiers["round"] == "Series B"
    assert f.qualifiers["lead"] == keys(f, "investor") and f.modality == "asserted"


def test_round_with_no_investor_named() -> None:
    f = one("Quillfeather raised $40 million in Series B funding.", "investment")
    assert roles(f) == {"investor": [], "investee": ["Quillfeather"]}
    assert money(f) == (40e6, "USD") and f.qualifiers["round"] == "Series B" and f.modality == "asserted"
    f = one("Quillfeather closed a $12 million seed round.", "investment")
    assert roles(f)["investee"] == ["Quillfeather"] and money(f) == (12e6, "USD")
    # debt, an IPO and sales are no funding round
    assert english("Quillfeather raised $40 million in debt financing.", "investment") == []
    assert english("Quillfeather raised $300 million in its IPO.", "investment") == []


def test_led_the_round_with_participation_from() -> None:
    f = one("Quillfeather raised $40 million in Series B funding. Harbor Peak Capital led the round, with "
            "participation from Lanting Ventures, Sequoia and Accel.", "investment")
    assert roles(f) == {"investor": ["Harbor Peak Capital", "Lanting Ventures", "Sequoia", "Accel"],
                        "investee": ["Quillfeather"]}
    assert f.qualifiers["lead"] == keys(f, "investor")[:1]
    assert money(f) == (40e6, "USD") and f.modality == "asserted"


def test_the_round_was_led_by() -> None:
    f = one("Quillfeather raised $40 million in a Series B round. The round was led by Harbor Peak Capital and "
            "Sequoia.", "investment")
    assert roles(f)["investor"] == ["Harbor Peak Capital", "Sequoia"]
    assert f.qualifiers["lead"] == keys(f, "investor")


def test_backers_included_and_existing_investors_took_part() -> None:
    f = one("Quillfeather raised $40 million in Series B funding led by Harbor Peak Capital. Backers included "
            "Lanting Ventures and Sequoia.", "investment")
    assert roles(f)["investor"] == ["Harbor Peak Capital", "Lanting Ventures", "Sequoia"]
    assert f.qualifiers["lead"] == keys(f, "investor")[:1]
    f = one("Quillfeather raised $40 million in a round led by Harbor Peak Capital. Existing investors Lanting "
            "Ventures and Sequoia also took part.", "investment")
    assert roles(f)["investor"] == ["Harbor Peak Capital", "Lanting Ventures", "Sequoia"]
    doc = read("Backers included Lanting Ventures and Sequoia.")
    assert all(m.text != "Backers" for m in doc.mentions) and not doc.facts  # no round read before: nothing


def test_invested_and_stake_and_made_an_investment() -> None:
    f = one("Harbor Peak Capital invested $20 million in Quillfeather.", "investment")
    assert roles(f) == {"investor": ["Harbor Peak Capital"], "investee": ["Quillfeather"]}
    assert money(f) == (20e6, "USD")
    f = one("Harbor Peak Capital took a 10% stake in Quillfeather.", "investment")
    assert f.stake is not None and f.stake.value.value == 10.0
    f = one("Harbor Peak Capital made a $40 million investment in Quillfeather.", "investment")
    assert roles(f) == {"investor": ["Harbor Peak Capital"], "investee": ["Quillfeather"]}
    assert money(f) == (40e6, "USD") and f.rule == "english:made_investment"
    f = one("Harbor Peak Capital is in talks to invest $40 million in Quillfeather.", "investment")
    assert f.modality == "reported"


def test_invested_in_or_backed_a_named_series() -> None:
    f = one("Harbor Peak Capital and Sequoia invested in Quillfeather's $40 million Series B.", "investment")
    assert roles(f) == {"investor": ["Harbor Peak Capital", "Sequoia"], "investee": ["Quillfeather"]}
    assert f.qualifiers["round"] == "Series B" and money(f) == (40e6, "USD")
    f = one("Harbor Peak Capital backed Quillfeather's seed round.", "investment")
    assert roles(f)["investee"] == ["Quillfeather"]


def test_backed_before_a_name() -> None:
    f = one("Harbor Peak Capital-backed Quillfeather opened an office in Berlin.", "investment")
    assert roles(f) == {"investor": ["Harbor Peak Capital"], "investee": ["Quillfeather"]}
    assert f.modality == "asserted"


# ---------------------------------------------------------------------------------------- ownership
def test_unit_and_subsidiary_of() -> None:
    for text in ("Norcrest Labs, a unit of Veltrix Systems, makes radar chips.",
                 "Norcrest Labs, a subsidiary of Veltrix Systems, makes radar chips.",
                 "Norcrest Labs is a wholly owned subsidiary of Veltrix Systems.",
                 "Veltrix Systems' radar unit Norcrest Labs makes chips.",
                 "Norcrest Labs is owned by Veltrix Systems."):
        f = one(text, "ownership")
        assert roles(f) == {"owner": ["Veltrix Systems"], "unit": ["Norcrest Labs"]}, text
        assert f.modality == "asserted"
    f = one("Norcrest Labs, a former unit of Veltrix Systems, makes radar chips.", "ownership")
    assert f.modality == "negated"


def test_owned_before_a_name() -> None:
    f = one("Google-owned YouTube signed a content deal.", "ownership")
    assert roles(f) == {"owner": ["Google"], "unit": ["YouTube"]}


# ----------------------------------------------------------------------------------------- founding
def test_founded_by_apposition_with_date() -> None:
    doc = read("Quillfeather, founded by Anna Lee and Mark Stone in 2019, makes drones.")
    f = next(f for f in doc.facts if f.type == "founding")
    assert roles(f) == {"founder": ["Anna Lee", "Mark Stone"], "company": ["Quillfeather"]}
    assert all(m.kind == "person" for m in f.roles["founder"]) and f.date.value.value == "2019"


def test_founded_relative_fronted_spun_out_and_cofounder() -> None:
    f = one("Quillfeather, which Anna Lee co-founded in 2019, makes drones.", "founding")
    assert roles(f) == {"founder": ["Anna Lee"], "company": ["Quillfeather"]}
    f = one("Founded in 2019 by Anna Lee, Quillfeather makes drones.", "founding")
    assert roles(f) == {"founder": ["Anna Lee"], "company": ["Quillfeather"]}
    f = one("Quillfeather was spun out of Veltrix Systems in 2020.", "founding")
    assert roles(f) == {"founder": ["Veltrix Systems"], "company": ["Quillfeather"]}
    f = one("Quillfeather co-founder Anna Lee said the deal would close in March.", "founding")
    assert roles(f) == {"founder": ["Anna Lee"], "company": ["Quillfeather"]}


# ------------------------------------------------------------------------------ supply and customers
def test_deal_to_supply_with() -> None:
    f = one("Veltrix Systems signed a deal to supply Norcrest Labs with radar chips.", "purchase")
    assert roles(f) == {"buyer": ["Norcrest Labs"], "supplier": ["Veltrix Systems"]}
    assert f.modality == "asserted"
    f = one("Veltrix Systems will supply Norcrest Labs with 10,000 radar chips.", "purchase")
    assert f.modality == "planned"


def test_supplies_to_supplier_to_contracts_and_orders() -> None:
    for text in ("Veltrix Systems supplies radar chips to Norcrest Labs.",
                 "Veltrix Systems is a key supplier to Norcrest Labs.",
                 "Norcrest Labs placed an order for 500 trucks with Veltrix Systems."):
        f = one(text, "purchase")
        assert roles(f) == {"buyer": ["Norcrest Labs"], "supplier": ["Veltrix Systems"]}, text
    for text in ("Veltrix Systems won a $300 million contract from Norcrest Labs.",
                 "Norcrest Labs awarded Veltrix Systems a $300 million contract to supply radar chips.",
                 "Norcrest Labs signed a $300 million deal to buy radar chips from Veltrix Systems."):
        f = one(text, "purchase")
        assert roles(f) == {"buyer": ["Norcrest Labs"], "supplier": ["Veltrix Systems"]}, text
        assert money(f) == (300e6, "USD")
    assert english("Veltrix Systems sold a 5% stake to Norcrest Labs.", "purchase") == []


def test_memorandum_of_understanding_is_a_partnership() -> None:
    f = one("Veltrix Systems signed a memorandum of understanding with Norcrest Labs.", "partnership")
    assert roles(f)["party"] == ["Veltrix Systems", "Norcrest Labs"]


# ------------------------------------------------------------------------------------------ listings
def _listings(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.qualifiers["stage"], f.modality, f.qualifiers.get("exchange")) for f in english(text, "listing")]


def test_withdrawn_ipo_is_no_listing() -> None:
    assert _listings("Quillfeather withdrew its IPO application.") == [("terminated", "asserted", None)]
    assert _listings("Quillfeather withdrew its application to list on the Nasdaq.") == [
        ("terminated", "asserted", "NASDAQ")]
    assert _listings("Quillfeather has withdrawn its registration statement for a proposed initial public "
                     "offering.") == [("terminated", "asserted", None)]


def test_filings_are_no_listing() -> None:
    assert _listings("Quillfeather has filed to go public on the New York Stock Exchange.") == [
        ("filed", "asserted", "NYSE")]
    assert _listings("Quillfeather filed confidentially for a U.S. initial public offering.") == [
        ("filed", "asserted", None)]


def test_prepared_or_considered_listing_is_a_plan() -> None:
    assert _listings("Quillfeather is considering a listing in Hong Kong.") == [("planned", "planned", "HKEX")]
    assert _listings("Quillfeather is preparing for an IPO as early as next year, people familiar with the "
                     "matter said.") == [("planned", "reported", None)]


def test_raised_in_its_ipo_is_listed() -> None:
    assert _listings("Quillfeather raised $300 million in its IPO on the Nasdaq.") == [
        ("listed", "asserted", "NASDAQ")]


# ---------------------------------------------------------------------------------------- financials
def test_revenue_and_loss_figures() -> None:
    f = one("Revenue at Quillfeather rose 40% to $120 million in 2024.", "financial")
    assert roles(f) == {"company": ["Quillfeather"]} and f.qualifiers["metric"] == "revenue"
    assert f.qualifiers["value"].value.value == 120e6 and f.qualifiers["change"].value.percent == 40.0
    f = one("Quillfeather posted a net loss of $30 million in 2024.", "financial")
    assert f.qualifiers["metric"] == "net_loss" and f.qualifiers["period"].value.value == "2024"


# --------------------------------------------------------------------------------------------- names
def test_possessive_person_before_a_company() -> None:
    doc = read("Elon Musk's xAI raised $6 billion from Sequoia.")
    kinds = {m.text: m.kind for m in doc.mentions}
    assert kinds["Elon Musk"] == "person" and kinds["xAI"] == "organization"
    f = next(f for f in doc.facts if f.type == "investment")
    assert roles(f) == {"investor": ["Sequoia"], "investee": ["xAI"]}
    # a known organisation whose first word is also a given name stays an organisation
    doc = read("Morgan Stanley led the round.")
    assert {m.text: m.kind for m in doc.mentions}["Morgan Stanley"] == "organization"


def test_a_place_before_company_is_no_company() -> None:
    doc = read("Veltrix Systems makes radar chips. The Sunnyvale company raised $60 million from Sequoia.")
    assert all(m.text != "Sunnyvale" for m in doc.mentions)
    f = next(f for f in doc.facts if f.type == "investment")
    assert keys(f, "investee") == [key_of(doc, "Veltrix Systems")]
    doc = read("Veltrix Systems makes radar chips. The Sunnyvale, California-based company acquired Norcrest Labs.")
    assert all(m.text != "Sunnyvale" for m in doc.mentions)
    f = next(f for f in doc.facts if f.type == "acquisition")
    assert keys(f, "acquirer") == [key_of(doc, "Veltrix Systems")]


def test_place_and_backer_before_a_name_are_cut() -> None:
    doc = read("Paris-based Mistral AI raised $600 million from Nvidia.")
    f = next(f for f in doc.facts if f.type == "investment")
    assert roles(f) == {"investor": ["Nvidia"], "investee": ["Mistral AI"]}


# ------------------------------------------------------------------------------- readings not to make
def test_relative_clause_takes_the_mood_of_its_verb() -> None:
    f = one("Norcrest Labs, which Veltrix Systems agreed to buy last year, makes chips.", "acquisition")
    assert roles(f) == {"acquirer": ["Veltrix Systems"], "target": ["Norcrest Labs"]}
    assert f.modality == "planned"


def test_a_company_reporting_and_a_comment_declined_are_no_report() -> None:
    f = one("Quillfeather reports that revenue rose 40% to $120 million in 2024.", "financial")
    assert f.modality == "asserted"
    f = one("Veltrix Systems acquired Norcrest Labs in 2021. Harbor Peak Capital declined to comment.", "acquisition")
    assert f.modality == "asserted"


def test_acquired_by_after_a_comma_is_the_participle_only() -> None:
    assert english("Sequoia, whose portfolio company was acquired by Veltrix Systems, made money.",
                   "acquisition") == []


def test_financing_provided_owned_shares_and_totals_are_no_deal() -> None:
    assert english("Harbor Peak Capital will provide Quillfeather with $50 million in financing.", "purchase") == []
    assert english("Shares of Norcrest Labs owned by Veltrix Systems were sold.", "ownership") == []
    assert english("Quillfeather has raised $200 million in total funding to date.", "investment") == []


def test_investors_in_a_company_are_no_joiners_of_it() -> None:
    f = one("Investors in Quillfeather, including Sequoia, also invested in Norcrest Labs.", "investment")
    assert roles(f) == {"investor": ["Sequoia"], "investee": ["Norcrest Labs"]}


def test_an_earlier_round_led_by_does_not_join_this_one() -> None:
    for second in ("Its Series A was led by Accel.", "The previous round was led by Accel."):
        found = english(f"Quillfeather raised $40 million in a Series B round led by Harbor Peak Capital. {second}",
                        "investment")
        [f] = [f for f in found if f.qualifiers.get("round") == "Series B"]
        assert roles(f)["investor"] == ["Harbor Peak Capital"], second
        # the Series A named is a round of its own (english_round9: possessive_round_led_by)
        assert [roles(g)["investor"] for g in found if g is not f] == ([["Accel"]] if "Series A" in second else [])


# ----------------------------------------------------------------------------- more constructions
def test_and_another_amount_is_a_second_deal() -> None:
    facts = english("Amazon invested $1.25 billion in Quillfeather in 2023 and another $2.75 billion in March 2024.",
                    "investment")
    assert [(roles(f)["investor"], roles(f)["investee"], money(f)[0], f.date.value.value, f.modality)
            for f in facts] == [(["Amazon"], ["Quillfeather"], 1.25e9, "2023", "asserted"),
                                (["Amazon"], ["Quillfeather"], 2.75e9, "2024-03", "asserted")]
    facts = english("Harbor Peak Capital agreed to invest $10 million in Quillfeather and a further $5 million next "
                    "year.", "investment")
    assert [money(f)[0] for f in facts] == [10e6, 5e6] and {f.modality for f in facts} == {"planned"}


def test_possessive_and_passive_acquisition_nouns() -> None:
    f = one("Veltrix Systems' $2 billion acquisition of Norcrest Labs closed in March.", "acquisition")
    assert roles(f) == {"acquirer": ["Veltrix Systems"], "target": ["Norcrest Labs"]}
    assert money(f) == (2e9, "USD") and f.modality == "asserted"
    f = one("The acquisition of Norcrest Labs by Veltrix Systems was completed in March.", "acquisition")
    assert roles(f) == {"acquirer": ["Veltrix Systems"], "target": ["Norcrest Labs"]}
    assert f.modality == "asserted"
    f = one("Regulators blocked Veltrix Systems' acquisition of Norcrest Labs.", "acquisition")
    assert f.modality == "negated"
    f = one("Veltrix Systems walked away from its deal to buy Norcrest Labs.", "acquisition")
    assert roles(f)["target"] == ["Norcrest Labs"] and f.modality == "negated"


def test_remaining_shares_and_control() -> None:
    f = one("Veltrix Systems will buy the remaining 40% of Norcrest Labs for $800 million.", "acquisition")
    assert roles(f) == {"acquirer": ["Veltrix Systems"], "target": ["Norcrest Labs"]}
    assert money(f) == (800e6, "USD") and f.stake.value.value == 40.0 and f.modality == "planned"
    f = one("Veltrix Systems took control of Norcrest Labs in 2022.", "acquisition")
    assert roles(f)["acquirer"] == ["Veltrix Systems"] and f.date.value.value == "2022"


def test_merger_noun_creating_a_company() -> None:
    f = one("Veltrix Systems and Norcrest Labs completed their merger, creating Aldon Group.", "merger")
    assert roles(f) == {"part": ["Veltrix Systems", "Norcrest Labs"], "result": ["Aldon Group"]}
    assert f.modality == "asserted"


def test_largest_shareholder_with_a_stake() -> None:
    f = one("Veltrix Systems is the largest shareholder in Norcrest Labs, with a 20% stake.", "shareholding")
    assert roles(f) == {"holder": ["Veltrix Systems"], "company": ["Norcrest Labs"]}
    assert f.stake.value.value == 20.0 and f.qualifiers["rank"] == "largest"
    f = one("Harbor Peak Capital is Norcrest Labs' largest shareholder.", "shareholding")
    assert roles(f) == {"holder": ["Harbor Peak Capital"], "company": ["Norcrest Labs"]}


def test_debut_listed_in_and_ipo_raise_plan() -> None:
    assert [(roles(f), f.qualifiers["stage"], f.qualifiers["exchange"]) for f in
            english("Quillfeather's shares jumped 30% in their Nasdaq debut on Friday.", "listing")] == [
        ({"company": ["Quillfeather"]}, "listed", "NASDAQ")]
    assert _listings("Quillfeather has been listed in Hong Kong since 2020.") == [("listed", "asserted", "HKEX")]
    assert _listings("Quillfeather plans to raise up to $500 million in its Hong Kong IPO.") == [
        ("planned", "planned", "HKEX")]


def test_owner_in_an_apposition() -> None:
    f = one("Annapurna Labs, Amazon's in-house chip design unit, makes chips.", "ownership")
    assert roles(f) == {"owner": ["Amazon"], "unit": ["Annapurna Labs"]}


def test_investors_named_as_holders() -> None:
    f = one("Quillfeather, whose investors include Sequoia, makes drones.", "shareholding")
    assert roles(f) == {"holder": ["Sequoia"], "company": ["Quillfeather"]} and f.modality == "asserted"
    facts = english("Quillfeather makes drones. The start-up counts Nvidia and Accel among its backers.",
                    "shareholding")
    assert [roles(f)["holder"] for f in facts] == [["Nvidia"], ["Accel"]]
    assert {m.canonical for f in facts for m in f.roles["company"]} == {"Quillfeather"}
    facts = english("Quillfeather makes drones. Its backers include Sequoia and Accel.", "shareholding")
    assert [roles(f)["holder"] for f in facts] == [["Sequoia"], ["Accel"]]


def test_owns_a_whole_company() -> None:
    facts = english("Veltrix Systems owns Quillfeather and Norcrest Labs.", "ownership")
    assert [roles(f) for f in facts] == [{"owner": ["Veltrix Systems"], "unit": ["Quillfeather"]},
                                         {"owner": ["Veltrix Systems"], "unit": ["Norcrest Labs"]}]
    f = one("Veltrix Systems, which also owns Quillfeather, makes radar chips.", "ownership")
    assert roles(f) == {"owner": ["Veltrix Systems"], "unit": ["Quillfeather"]}
    assert english("Veltrix Systems owns 12% of Norcrest Labs.", "ownership") == []


def test_stake_sold_to_a_buyer() -> None:
    # a stake in another company is an exit of the seller (Round 13): an acquisition with the seller and the buyer
    f = one("Veltrix Systems agreed to sell a 25% stake in Norcrest Labs to Harbor Peak Capital for $300 million.",
            "acquisition")
    assert roles(f) == {"acquirer": ["Harbor Peak Capital"], "target": ["Norcrest Labs"], "seller": ["Veltrix Systems"]}
    assert f.stake.value.value == 25.0 and money(f) == (300e6, "USD") and f.modality == "planned"
    f = one("Quillfeather sold a 10% stake to Sequoia.", "investment")
    assert roles(f) == {"investor": ["Sequoia"], "investee": ["Quillfeather"]}
    f = one("Veltrix Systems sold a 60% stake in Norcrest Labs to Harbor Peak Capital.", "acquisition")
    assert roles(f) == {"acquirer": ["Harbor Peak Capital"], "target": ["Norcrest Labs"],
                        "seller": ["Veltrix Systems"]}


def test_acquired_by_no_one_named() -> None:
    f = one("Quillfeather was acquired last year for an undisclosed sum.", "acquisition")
    assert roles(f) == {"acquirer": [], "target": ["Quillfeather"]} and f.modality == "asserted"
    f = one("Quillfeather was acquired by Veltrix Systems last year.", "acquisition")
    assert roles(f)["acquirer"] == ["Veltrix Systems"]


def test_announced_round_with_participation_from_key_investors() -> None:
    f = one("Quillfeather announced a $600 million Series B funding round with participation from key investors "
            "including Sequoia, Accel and Lanting Ventures.", "investment")
    assert roles(f) == {"investor": ["Sequoia", "Accel", "Lanting Ventures"], "investee": ["Quillfeather"]}
    assert money(f) == (600e6, "USD") and f.qualifiers["round"] == "Series B" and f.modality == "asserted"
    f = one("Quillfeather announced its Series B funding round of $600 million, with participation from investors "
            "including Sequoia and Accel.", "investment")
    assert roles(f)["investor"] == ["Sequoia", "Accel"] and money(f) == (600e6, "USD")


def test_a_business_of_a_company_sold_or_bought() -> None:
    f = one("Veltrix Systems agreed to sell Norcrest Labs' manufacturing business to Harbor Peak Capital for "
            "$3 billion.", "acquisition")
    assert roles(f) == {"acquirer": ["Harbor Peak Capital"], "target": ["Norcrest Labs"], "seller": ["Veltrix Systems"]}
    assert money(f) == (3e9, "USD") and f.modality == "planned"
    f = one("Harbor Peak Capital will acquire Norcrest Labs' radar manufacturing business for $3 billion.",
            "acquisition")
    assert roles(f) == {"acquirer": ["Harbor Peak Capital"], "target": ["Norcrest Labs"]}
    assert english("Harbor Peak Capital will acquire Norcrest Labs' chips.", "acquisition") == []


def test_agreement_terminated_later_calls_the_deal_off() -> None:
    f = one("Veltrix Systems agreed to acquire Norcrest Labs for $20 billion. Veltrix Systems and Norcrest Labs "
            "later agreed to terminate the merger agreement.", "acquisition")
    assert f.modality == "negated" and money(f) == (20e9, "USD")


def test_possessive_investment_and_regulator_names() -> None:
    doc = read("Regulators reviewed Harbor Peak Capital's $100 million investment in Quillfeather.")
    f = next(f for f in doc.facts if f.type == "investment")
    assert roles(f) == {"investor": ["Harbor Peak Capital"], "investee": ["Quillfeather"]}
    assert money(f) == (100e6, "USD")
    doc = read("Quillfeather withdrew its IPO filing with the Securities and Exchange Commission.")
    assert all(m.text != "Securities" for m in doc.mentions)
    assert _listings("Quillfeather withdrew its IPO filing with the Securities and Exchange Commission.") == [
        ("terminated", "asserted", None)]


def test_long_investor_list_with_a_titled_person() -> None:
    doc = read("Quillfeather announced a Series B funding round of $6 billion with participation from key investors "
               "including Harbor Peak Capital, Lanting Ventures, Brightwater Management & Research Company, Prince "
               "Khalid Bin Saad and Kestrel Holding, amongst others.")
    f = next(f for f in doc.facts if f.type == "investment")
    assert roles(f) == {"investor": ["Harbor Peak Capital", "Lanting Ventures",
                                     "Brightwater Management & Research Company", "Prince Khalid Bin Saad",
                                     "Kestrel Holding"], "investee": ["Quillfeather"]}
    assert [m.kind for m in f.roles["investor"]][3] == "person"
    assert money(f) == (6e9, "USD") and f.qualifiers["round"] == "Series B"


def test_customers_named_by_possessive_or_counted() -> None:
    for text in ("Norcrest Labs is Veltrix Systems' largest customer.",
                 "Veltrix Systems counts Norcrest Labs as a customer."):
        f = one(text, "purchase")  # a customer relation is a purchase (round 27)
        assert roles(f) == {"buyer": ["Norcrest Labs"], "supplier": ["Veltrix Systems"]}, text
    facts = english("Veltrix Systems' customers include Norcrest Labs and Quillfeather.", "purchase")
    assert [(roles(f)["buyer"], roles(f)["supplier"]) for f in facts] == [(["Norcrest Labs"], ["Veltrix Systems"]),
                                                                        (["Quillfeather"], ["Veltrix Systems"])]


def test_stake_changed_to_a_holding() -> None:
    f = one("Veltrix Systems increased its stake in Norcrest Labs to 20%.", "shareholding")
    assert roles(f) == {"holder": ["Veltrix Systems"], "company": ["Norcrest Labs"]}
    assert f.stake.value.value == 20.0
    f = one("Veltrix Systems cut its stake in Norcrest Labs to 5%.", "shareholding")
    assert f.stake.value.value == 5.0
    assert english("Veltrix Systems cut its stake in Norcrest Labs to 5%.", "investment") == []


def test_founders_named_after_a_group_or_in_an_apposition() -> None:
    f = one("Quillfeather was started by former Google engineers Anna Lee and Mark Stone.", "founding")
    assert roles(f) == {"founder": ["Anna Lee", "Mark Stone"], "company": ["Quillfeather"]}
    assert english("Quillfeather was founded by Google engineers in 2019.", "founding") == []
    f = one("Anna Lee, Quillfeather's co-founder and chief executive, said the round was oversubscribed.",
            "founding")
    assert roles(f) == {"founder": ["Anna Lee"], "company": ["Quillfeather"]}
    f = one("Quillfeather's founder, Anna Lee, said the round was oversubscribed.", "founding")
    assert roles(f) == {"founder": ["Anna Lee"], "company": ["Quillfeather"]}


def test_subject_with_an_apposition_naming_another_company() -> None:
    doc = read("Veltrix Systems, a unit of Aldon Group, owns about 8% of Quillfeather.")
    f = next(f for f in doc.facts if f.type == "shareholding")
    assert roles(f) == {"holder": ["Veltrix Systems"], "company": ["Quillfeather"]} and f.stake.value.value == 8.0
    f = next(f for f in doc.facts if f.type == "ownership")
    assert roles(f) == {"owner": ["Aldon Group"], "unit": ["Veltrix Systems"]}


def test_sale_explored_or_completed() -> None:
    f = one("Aldon Group denied a report that it was exploring a sale of Veltrix Systems.", "acquisition")
    assert roles(f)["target"] == ["Veltrix Systems"] and roles(f)["acquirer"] == [] and f.modality == "denied"
    f = one("Aldon Group is exploring a sale of Veltrix Systems.", "acquisition")
    assert roles(f) == {"acquirer": [], "target": ["Veltrix Systems"], "seller": ["Aldon Group"]}
    assert f.modality == "planned"
    f = one("Aldon Group completed the sale of Veltrix Systems to Harbor Peak Capital.", "acquisition")
    assert roles(f) == {"acquirer": ["Harbor Peak Capital"], "target": ["Veltrix Systems"], "seller": ["Aldon Group"]}
    assert f.modality == "asserted"


def test_paragraph_opening_description_is_the_main_company() -> None:
    doc = read("Quillfeather raised $120 million in a Series C round led by Harbor Peak Capital.\n\n"
               "The San Francisco company was founded in 2019 by former Veltrix Systems engineers Anna Lee and "
               "Mark Stone.")
    f = next(f for f in doc.facts if f.type == "founding")
    assert roles(f)["founder"] == ["Anna Lee", "Mark Stone"]
    assert keys(f, "company") == [key_of(doc, "Quillfeather")] and f.date.value.value == "2019"


def test_press_release_agreement_backers_and_its_customers() -> None:
    f = one("Veltrix Systems today announced that it has entered into a definitive agreement to acquire Norcrest "
            "Labs for approximately $1.4 billion in cash and stock.", "acquisition")
    assert roles(f)["target"] == ["Norcrest Labs"] and f.modality == "planned" and money(f)[0] == 1.4e9
    doc = read("Norcrest Labs was founded in 2016 by Mark Stone and is backed by Harbor Peak Capital and Lanting "
               "Ventures. Its customers include Kestrel Cloud and Aldon Mobility.")
    inv = next(f for f in doc.facts if f.type == "investment")
    assert roles(inv) == {"investor": ["Harbor Peak Capital", "Lanting Ventures"], "investee": ["Norcrest Labs"]}
    assert inv.date is None
    founding = next(f for f in doc.facts if f.type == "founding")
    assert roles(founding)["founder"] == ["Mark Stone"] and founding.date.value.value == "2016"
    sales = [(f.roles["buyer"][0].key, f.roles["supplier"][0].key) for f in doc.facts if f.type == "purchase"]
    norcrest = key_of(doc, "Norcrest Labs")
    assert sales == [(key_of(doc, "Kestrel Cloud"), norcrest), (key_of(doc, "Aldon Mobility"), norcrest)]


def test_ipo_application_withdrawn_and_filing_dated() -> None:
    assert _listings("Quillfeather has withdrawn its application for an initial public offering on the Nasdaq.") == [
        ("terminated", "asserted", "NASDAQ")]
    f = one("Quillfeather makes drones. The company had filed for its IPO in September 2024.", "listing")
    assert f.qualifiers["stage"] == "filed" and f.date.value.value == "2024-09"
    assert "listed" not in {s for s, _, _ in _listings("Quillfeather withdrew its filing for an IPO.")}


def test_first_person_of_a_press_release_is_its_company() -> None:
    doc = read("Quillfeather builds delivery drones. We are announcing our Series B funding round of $40 million "
               "with participation from key investors including Sequoia and Accel.")
    f = next(f for f in doc.facts if f.type == "investment")
    assert keys(f, "investee") == [key_of(doc, "Quillfeather")] and roles(f)["investor"] == ["Sequoia", "Accel"]
    assert money(f) == (40e6, "USD") and f.qualifiers["round"] == "Series B"
    doc = read("Quillfeather builds delivery drones. Our investors include Sequoia and Accel.")
    assert [(keys(f, "company"), roles(f)["holder"]) for f in doc.facts if f.type == "shareholding"] == [
        ([key_of(doc, "Quillfeather")], ["Sequoia"]), ([key_of(doc, "Quillfeather")], ["Accel"])]
    # inside a quotation "we" is the speaker's: no reading of it
    doc = read('Quillfeather builds drones. "We are thrilled to invest in Quillfeather," said Anna Lee of Sequoia.')
    assert all(m.text != "We" for m in doc.mentions)


def test_reports_beliefs_and_discussions_are_not_asserted() -> None:
    for text in ("Veltrix Systems agreed to acquire Norcrest Labs, The Wall Street Journal reported Tuesday.",
                 "Veltrix Systems is in talks to acquire Norcrest Labs, Bloomberg reported.",
                 "Veltrix Systems is believed to have acquired Norcrest Labs.",
                 "Veltrix Systems has held early discussions about buying Norcrest Labs."):
        f = one(text, "acquisition")
        assert roles(f) == {"acquirer": ["Veltrix Systems"], "target": ["Norcrest Labs"]} and f.modality == "reported", text
    f = one("Veltrix Systems reported revenue of $3 billion.", "financial")
    assert f.modality == "asserted"


def test_money_raised_without_a_round_word() -> None:
    doc = read("Elon Musk's xAI raised $6 billion.")
    f = next(f for f in doc.facts if f.type == "investment")
    assert roles(f) == {"investor": [], "investee": ["xAI"]} and money(f) == (6e9, "USD")
    assert {m.text: m.kind for m in doc.mentions}["Elon Musk"] == "person"
    f = one("Quillfeather is raising $40 million at a $400 million valuation.", "investment")
    assert money(f) == (40e6, "USD") and f.modality == "planned"
    f = one("Quillfeather is seeking to raise $40 million.", "investment")
    assert f.modality == "planned"
    for text in ("Veltrix Systems raised $2 billion by selling shares.",
                 "Veltrix Systems raised $2 billion through a bond sale.",
                 "Quillfeather has raised $200 million so far.",
                 "Quillfeather priced its IPO at $18 a share. The company raised $300 million."):
        assert english(text, "investment") == [], text


def test_a_raised_forecast_is_expected() -> None:
    f = one("Quillfeather raised its revenue forecast to $300 million.", "financial")
    assert f.qualifiers["metric"] == "revenue" and f.modality == "expected"


def test_total_raised_to_date_is_no_amount_and_counted_investors() -> None:
    f = one("Quillfeather has raised $150 million to date from investors including Sequoia.", "investment")
    assert roles(f) == {"investor": ["Sequoia"], "investee": ["Quillfeather"]} and f.amount is None
    facts = english("Quillfeather counts Sequoia, Accel and Harbor Peak Capital as investors.", "shareholding")
    assert [roles(f)["holder"] for f in facts] == [["Sequoia"], ["Accel"], ["Harbor Peak Capital"]]
    assert all(roles(f)["company"] == ["Quillfeather"] and "rank" not in f.qualifiers for f in facts)


def test_buying_in_progress_and_a_failed_bid() -> None:
    f = one("Veltrix Systems is buying Norcrest Labs for $2 billion.", "acquisition")
    assert roles(f) == {"acquirer": ["Veltrix Systems"], "target": ["Norcrest Labs"]} and f.modality == "planned"
    f = one("Veltrix Systems' bid to buy Norcrest Labs failed.", "acquisition")
    assert roles(f) == {"acquirer": ["Veltrix Systems"], "target": ["Norcrest Labs"]} and f.modality == "negated"
    f = one("Veltrix Systems agreed to buy Norcrest Labs, which later failed to win approval for its drug.",
            "acquisition")
    assert f.modality == "planned"


def test_possessive_amount_before_an_offer() -> None:
    f = one("Veltrix Systems' $2 billion offer to acquire Norcrest Labs was rejected by its board.", "acquisition")
    assert roles(f) == {"acquirer": ["Veltrix Systems"], "target": ["Norcrest Labs"]}
    assert money(f) == (2e9, "USD") and f.modality == "negated"
    f = one("Veltrix Systems' $2 billion offer to acquire Norcrest Labs is backed by its board.", "acquisition")
    assert f.modality == "planned"


def test_pluperfect_deal_after_its_termination_is_off() -> None:
    f = one("Veltrix Systems and Norcrest Labs called off their $20 billion merger on Monday. Veltrix Systems had "
            "agreed to buy Norcrest Labs in 2022.", "acquisition")
    assert roles(f) == {"acquirer": ["Veltrix Systems"], "target": ["Norcrest Labs"]} and f.modality == "negated"
    assert one("Veltrix Systems had agreed to buy Norcrest Labs in 2022.", "acquisition").modality == "planned"
    f = one("Harbor Peak Capital terminated its deal with Kestrel Cloud. Veltrix Systems had agreed to buy Norcrest "
            "Labs in 2022.", "acquisition")
    assert f.modality == "planned"  # another deal was called off


def test_the_figure_a_sentence_compares_with_is_a_figure_of_its_own():
    from tests.extract.readers import facts as read
    found = read("Acme's revenue rose to $120 million in 2024, up from $80 million in 2023.", "financial")
    assert sorted((f.qualifiers["value"].text, f.qualifiers["period"].text) for f in found) == [
        ("$120 million", "2024"), ("$80 million", "2023")]
    found = read("Alphabet said it expects to spend about $75 billion on capital projects in 2025, up from "
                 "$52.5 billion in 2024.", None)
    assert sorted(f.type for f in found) == ["capital_plan", "financial"]
    capex = next(f for f in found if f.type == "financial")
    assert capex.qualifiers["metric"] == "capex" and capex.qualifiers["value"].text == "$52.5 billion"


def test_founders_named_by_plain_words_are_people():
    from tests.extract.readers import one as read_one
    fact = read_one("Veltrix was founded in 2021 by former Norcrest researchers, including the siblings Marek and "
                    "Ilona Dravec.", "founding")
    assert [(m.text, m.kind) for m in fact.roles["founder"]] == [("Marek", "person"), ("Ilona Dravec", "person")]
    fact = read_one("Quillfeather was founded by Harbor Peak Capital.", "founding")
    assert [m.kind for m in fact.roles["founder"]] == ["organization"]


def test_a_weekday_is_the_last_such_day_up_to_the_document_date_and_dates_what_was_said_on_it():
    from tests.extract.readers import one as read_one
    fact = read_one("Veltrix invested a further $4 billion in Norcrest, the two companies said on Friday.",
                    "investment", ref="2024-11-23")
    assert fact.date.value.value == "2024-11-22" and fact.date.text == "Friday"
    fact = read_one("Veltrix agreed to acquire Norcrest Labs, The Wall Street Journal reported Tuesday.",
                    "acquisition", ref="2024-11-23")
    assert fact.modality == "reported" and fact.date.value.value == "2024-11-19"


def test_a_hope_is_an_expectation_not_an_asserted_step():
    from tests.extract.readers import facts as read
    found = read("Veltrix withdrew its IPO application in October. The Sunnyvale company said it still hopes to go "
                 "public when conditions allow.", "listing", ref="2025-11-01")
    assert [(f.qualifiers["stage"], f.modality) for f in found] == [("terminated", "asserted"), ("planned", "expected")]


def test_the_day_made_known_dates_the_step_but_not_an_earlier_one():
    from tests.extract.readers import facts as read
    found = read("Veltrix Systems has withdrawn its application for an initial public offering, a year after it first "
                 "filed to list on Nasdaq, the chipmaker disclosed in a regulatory filing on Friday.", "listing",
                 ref="2025-10-04")
    dates = {f.qualifiers["stage"]: f.date.value.value if f.date else None for f in found}
    assert dates == {"terminated": "2025-10-03", "filed": None}


def test_a_known_name_opening_a_longer_organisation_name_yields_to_it():
    from dealgraph.extract.pipeline import extract
    found = extract("t", "Fidelity Management & Research and Atreides Management invested in Veltrix.", "2025-10-04")
    assert [m.text for m in found.mentions][:2] == ["Fidelity Management & Research", "Atreides Management"]
    assert [m.text for m in extract("t", "Nvidia Blackwell chips ship to Veltrix.", "2025-10-04").mentions][0] == \
        "Nvidia Blackwell"

"""English business-news constructions of round 9, read off invented articles of the kinds dealgraph must read
(funding rounds with their history, quarterly results, takeovers with a denied rumour, prospectuses, supply and
cloud deals, an investor's portfolio over the years).

Quillfeather, Norcrest Labs, Harbor Peak Capital, Aldon Ventures, Veltrix, Kestrel Cloud, Brisa Power and the other
companies are invented and in no lexicon; Anna Lee and Mark Stone are invented people.
"""

from __future__ import annotations

from dealgraph.extract.document import FactRecord
from tests.extract.readers import facts, roles

REF = "2025-09-30"


def figures(text: str) -> list[tuple[str, str, str, str | None, str]]:
    """(company, metric, value, period, modality) of each figure read."""
    return [(f.roles["company"][0].text, f.qualifiers["metric"], f.qualifiers["value"].text,
             f.qualifiers["period"].text if f.qualifiers.get("period") else None, f.modality)
            for f in facts(text, "financial", REF)]


def texts(fact: FactRecord, role: str) -> list[str]:
    return roles(fact)[role]


# ------------------------------------------------------------------------------------------ figures
def test_a_company_reporting_its_own_results_states_them():
    [f] = figures("Veltrix reported third-quarter revenue of $12.3 billion on Tuesday, up 16% from a year earlier.")
    assert f == ("Veltrix", "revenue", "$12.3 billion", "third-quarter", "asserted")
    assert figures("Veltrix's revenue rose to $12.3 billion in 2024, the Lanting Herald reported on Tuesday.")[0][4] \
        == "reported"


def test_the_date_of_the_figure_compared_with_is_not_the_period():
    [now, before] = figures("Quillfeather expects revenue of about $40 million for the year, up from $14 million in 2024.")
    assert now == ("Quillfeather", "revenue", "about $40 million", None, "expected")
    assert before == ("Quillfeather", "revenue", "$14 million", "2024", "asserted")
    [f] = figures("Net income at Veltrix rose to $3.5 billion from $2.6 billion in the same quarter last year.")
    assert f[3] is None


def test_a_plain_from_names_the_earlier_figure_and_both_figures_keep_their_years():
    got = figures("Norcrest Labs' revenue rose to 3.2 billion yuan in 2024 from 1.9 billion yuan in 2023, while its net "
                  "loss narrowed to 410 million yuan from 760 million yuan.")
    assert ("Norcrest Labs", "revenue", "1.9 billion yuan", "2023", "asserted") in got
    assert [g[3] for g in got if g[1] == "net_loss"] == ["2024"]


def test_a_loss_compared_with_is_the_earlier_figure_not_a_second_one():
    got = figures("Veltrix posted an operating profit of $20 million in 2024, compared with an operating loss of "
                  "$5 million in 2023.")
    assert got == [("Veltrix", "operating_profit", "$20 million", "2024", "asserted"),
                   ("Veltrix", "operating_loss", "$5 million", "2023", "asserted")]


def test_a_segment_or_a_company_named_in_a_relative_clause_owns_no_figure():
    assert figures("Veltrix's Other Bets segment, which includes Norcrest Labs, posted an operating loss of $1.4 "
                   "billion in 2024.") == []
    [f] = figures("Veltrix, which owns Norcrest Labs, posted revenue of $5 billion in 2024.")
    assert f[0] == "Veltrix"


def test_an_annualised_pace_is_no_revenue_of_a_period():
    assert figures("Quillfeather expects annualised revenue of $1 billion by the end of the year.") == []
    assert figures("Quillfeather reached a revenue run rate of $300 million in June.") == []
    assert figures("Quillfeather is generating revenue at an annual rate of $400 million.") == []
    assert figures("Quillfeather generates about $2 billion in revenue on an annualized basis.") == []
    assert figures("Quillfeather's revenue reached $300 million in 2024.") != []


def test_a_company_that_lost_an_amount_made_a_net_loss():
    [f] = figures("Quillfeather lost about $900 million in 2024.")
    assert f == ("Quillfeather", "net_loss", "about $900 million", "2024", "asserted")
    assert figures("Veltrix lost $40 billion in market value on Monday.") == []
    assert figures("Veltrix lost $2 billion on its bet on Norcrest Labs.") == []


# ------------------------------------------------------------------------------------------ deals: precision
def test_buying_its_stake_buys_no_company_its():
    found = facts("Harbor Peak Capital bought its 26% stake in Norcrest Labs in 2019 for $600 million.", None, REF)
    assert [f.type for f in found] == ["investment", "shareholding"]  # (the 26% bought is held: round 19)
    assert texts(found[0], "investee") == ["Norcrest Labs"] and texts(found[1], "company") == ["Norcrest Labs"]
    [f] = facts("Norcrest Labs makes warehouse robots. Aldon Group later bought the company's robotics business.",
                "acquisition", REF)
    assert f.roles["target"][0].canonical == "Norcrest Labs"


def test_backers_named_in_a_relative_clause_sign_nothing_and_bring_no_amount():
    found = facts("Kestrel Cloud, which is backed by Harbor Peak Capital and Aldon Ventures, signed a $1.5 billion "
                  "contract with Brisa Power in April.", None, REF)
    [deal] = [f for f in found if f.type == "partnership"]
    assert texts(deal, "party") == ["Kestrel Cloud", "Brisa Power"]
    [backed] = [f for f in found if f.type == "investment"]
    assert texts(backed, "investor") == ["Harbor Peak Capital", "Aldon Ventures"] and backed.amount is None
    [f] = facts("Quillfeather is backed by Harbor Peak Capital with $20 million.", "investment", REF)
    assert f.amount is not None and f.amount.value.value == 20e6


def test_the_subject_of_a_second_verb_is_the_one_backed():
    [f] = facts("Quillfeather was spun out of Veltrix Systems in 2017 and is backed by Harbor Peak Capital.",
                "investment", REF)
    assert texts(f, "investee") == ["Quillfeather"] and texts(f, "investor") == ["Harbor Peak Capital"]


def test_debt_raised_from_lenders_is_no_funding_round():
    assert facts("Kestrel Cloud raised $2.3 billion in debt from Harbor Peak Capital and Aldon Ventures in January.",
                 "investment", REF) == []
    assert facts("Kestrel Cloud raised $230 million from Harbor Peak Capital in January.", "investment", REF) != []


def test_a_common_noun_after_a_possessive_or_a_superlative_is_no_lowercase_name():
    [f] = facts("Norcrest's two largest shareholders, the private equity firm Ashgrove Partners and the Norwegian "
                "pension fund Fjordvik Pensjon, which together own about 41% of the company, agreed to sell.",
                "shareholding", REF)
    assert texts(f, "holder") == ["Ashgrove Partners", "Fjordvik Pensjon"]
    assert f.roles["company"][0].canonical == "Norcrest"
    [f] = facts("Veltrix will buy qx, a wearables start-up set up by Anna Lee.", "acquisition", REF)
    assert texts(f, "target") == ["qx"]


def test_a_denial_by_one_named_denies_its_own_deal_not_the_deal_of_others():
    found = facts("Veridian Health agreed to acquire Calloway Diagnostics on Monday. Last month, Bloomberg reported "
                  "that Thornbury Labs was also in talks to acquire Calloway. Thornbury denied the report on Monday, "
                  "saying it had never made an offer for the company.", "acquisition", REF)
    agreed = [f for f in found if f.roles["acquirer"][0].canonical == "Veridian Health"]
    assert [f.modality for f in agreed] == ["planned"]
    others = [f for f in found if f not in agreed]
    assert others and all(f.modality == "denied" for f in others)
    assert {f.roles["acquirer"][0].canonical for f in others} == {"Thornbury Labs"}
    assert {f.roles["target"][0].canonical for f in others} == {"Calloway Diagnostics"}


def test_a_description_of_the_kind_of_company_before_its_name_stands_with_it():
    [f] = facts("Veridian bought the Dutch laboratory chain Medisync for $800 million in 2022.", "acquisition", REF)
    assert texts(f, "target") == ["Medisync"] and f.amount.value.value == 800e6
    [f] = facts("In 2023 Veridian acquired a 60% stake in the Spanish testing company Labora for 150 million euros.",
                "acquisition", REF)
    assert texts(f, "target") == ["Labora"]


# ------------------------------------------------------------------------------------------ supply contracts, customers
def purchases(text: str) -> list[tuple[str, str, str]]:
    return [(f.roles["buyer"][0].canonical, f.roles["supplier"][0].canonical, f.modality)
            for f in facts(text, "purchase", REF)]


def test_a_contract_to_buy_or_to_supply_says_who_supplies_whom():
    text = "Veltrix has signed a $6 billion contract with Brisa Power to buy battery cells."
    assert purchases(text) == [("Veltrix", "Brisa Power", "planned")]
    [deal] = facts(text, "purchase", REF)
    assert deal.amount is not None and deal.amount.value.value == 6e9
    # (wt-je, round 35) a purchase is not a partnership: a contract to buy between the two, with no word of
    # cooperation, is the purchase only (structure.drop_weaker)
    assert facts(text, "partnership", REF) == []
    assert purchases("Brisa Power signed a deal with Veltrix to supply battery cells.") == \
        [("Veltrix", "Brisa Power", "planned")]
    assert purchases("Kestrel Cloud signed a $1.5 billion contract with Brisa Power in April to supply power to its "
                     "new Norwegian campus.") == [("Kestrel Cloud", "Brisa Power", "planned")]
    assert purchases("Veltrix signed a $2 billion contract with Brisa Power.") == []  # who supplies whom is not said


def test_its_customers_after_a_holder_are_the_company_held():
    text = ("Norcrest Labs makes power chips for carmakers. Harbor Peak Capital holds a 9.5% stake in the company. "
            "Its largest customer, Veltrix, accounted for 38% of its revenue in 2024. Its second-largest customer is "
            "Kestrel Cloud.")
    assert purchases(text) == [("Veltrix", "Norcrest Labs", "asserted"), ("Kestrel Cloud", "Norcrest Labs", "asserted")]
    assert facts(text, "partnership", REF) == []


# ------------------------------------------------------------------------------------------ rounds and their history
def rounds(text: str) -> list[tuple[list[str], str | None, float | None, str | None]]:
    return [([m.canonical for m in f.roles["investor"]], f.qualifiers.get("round"),
             f.amount.value.value if f.amount else None, f.date.value.value if f.date else None)
            for f in facts(text, "investment", REF)]


def test_a_second_round_in_the_same_sentence_is_a_round_of_its_own():
    text = ("Quillfeather makes picking arms. It raised a $12 million seed round from Harbor Peak Capital in 2021 and a "
            "$30 million Series A led by Aldon Ventures in 2023, bringing its total funding to $42 million.")
    assert rounds(text) == [(["Harbor Peak Capital"], "seed", 12e6, "2021"), (["Aldon Ventures"], "Series A", 30e6, "2023")]
    text = "Quillfeather makes picking arms. It raised a $12 million seed round in 2021 and a $30 million Series A led by " \
           "Aldon Ventures in 2023."
    assert rounds(text) == [([], "seed", 12e6, "2021"), (["Aldon Ventures"], "Series A", 30e6, "2023")]


def test_its_earlier_round_led_by_is_a_round_of_the_company_written_about():
    text = "Norcrest Labs was founded by Anna Lee in 2018. Its Series C round in 2022 was led by Harbor Peak Capital."
    [f] = facts(text, "investment", REF)
    assert f.roles["investee"][0].canonical == "Norcrest Labs"
    assert rounds(text) == [(["Harbor Peak Capital"], "Series C", None, "2022")]


def test_its_round_led_by_joins_the_round_just_read():
    text = "Quillfeather raised $40 million in a Series B round. Its Series B was led by Harbor Peak Capital."
    assert rounds(text) == [(["Harbor Peak Capital"], "Series B", 40e6, None)]


def test_a_new_backer_alongside_joins_the_round():
    text = ("Quillfeather raised $85 million in a Series B round led by Harbor Peak Capital. Existing investors Aldon "
            "Ventures and Lanting Ventures also participated, alongside new backer Kestrel Holding.")
    assert rounds(text)[0][0] == ["Harbor Peak Capital", "Aldon Ventures", "Lanting Ventures", "Kestrel Holding"]


# ------------------------------------------------------------------------------------------ an investor over the years
def deals(text: str, ftype: str) -> list[tuple[str, str, str | None]]:
    """(agent, patient, date) of each fact of the type, by canonical name."""
    return [(next(iter(f.roles.values()))[0].canonical, list(f.roles.values())[1][0].canonical,
             f.date.value.value if f.date else None) for f in facts(text, ftype, REF)]


def test_a_stake_of_no_stated_size_and_a_relative_investment():
    text = "Harbor Peak Capital also holds a minority stake in the German broker Stoxly, which it first invested in in 2018."
    assert deals(text, "shareholding") == [("Harbor Peak Capital", "Stoxly", None)]
    assert deals(text, "investment") == [("Harbor Peak Capital", "Stoxly", "2018")]


def test_doubling_down_on_a_company_is_investing_in_it():
    assert deals("Harbor Peak Capital has doubled down on Quillfeather, investing in four consecutive rounds.",
                 "investment") == [("Harbor Peak Capital", "Quillfeather", None)]
    assert facts("Harbor Peak Capital has doubled down on robotics.", "investment", REF) == []


def test_an_investor_leading_or_joining_a_round_named_in_a_participle():
    text = "Harbor Peak Capital was an early investor in Quillfeather, leading the company's $8 million Series A in 2014."
    [f] = facts(text, "investment", REF)
    assert deals(text, "investment") == [("Harbor Peak Capital", "Quillfeather", "2014")]
    assert f.amount.value.value == 8e6 and f.qualifiers["round"] == "Series A" and f.qualifiers["lead"]
    [f] = facts("Veltrix is also an investor in Norcrest Labs, having participated in the start-up's $1.2 billion "
                "Series C.", "investment", REF)
    assert f.amount.value.value == 1.2e9 and "lead" not in f.qualifiers


def test_its_investment_written_off_is_the_subjects_and_a_later_clause_is_no_date_of_it():
    text = "Harbor Peak Capital wrote off its investment in Quillfeather after the start-up shut down in 2020."
    assert deals(text, "investment") == [("Harbor Peak Capital", "Quillfeather", None)]
    [closure] = facts(text, "closure", REF)
    assert closure.roles["company"][0].canonical == "Quillfeather"  # the start-up: named last before "after"
    assert [p.kind for p in facts(text, "investment", REF)[0].roles["investor"]] != ["person"]


def test_founded_by_the_former_banker():
    [f] = facts("When Harbor Peak Capital was set up in 2012 by the former banker Mark Stone, few expected much.",
                "founding", REF)
    assert [m.canonical for m in f.roles["founder"]] == ["Mark Stone"] and f.roles["founder"][0].kind == "person"


def test_a_lexicon_name_and_an_acronym_are_one_company():
    [f] = facts("Veltrix and Samsung SDI signed a memorandum of understanding.", "partnership", REF)
    assert [m.text for m in f.roles["party"]] == ["Veltrix", "Samsung SDI"]


def test_a_date_or_amount_inside_the_subjects_relative_clause_belongs_to_that_clause():
    [f] = facts("Norcrest Labs, which was founded in 2019 by former Apple engineers, has raised $420 million from Harbor "
                "Peak Capital.", "investment", REF)
    assert f.date is None
    text = "Norcrest Labs, which Veltrix bought in 2021 for $300 million, raised $5 million."
    [round_] = facts(text, "investment", REF)
    assert round_.amount.value.value == 5e6 and round_.date is None
    [bought] = facts(text, "acquisition", REF)
    assert bought.amount.value.value == 300e6 and bought.date.value.value == "2021"
    [bought] = facts("Norcrest Labs, which Veltrix bought in 2021, raised $5 million.", "acquisition", REF)
    assert bought.amount is None


def test_a_company_told_by_a_pronoun_or_its_kind_was_acquired_by():
    assert deals("Norcrest Labs makes robots. The company was acquired by Veltrix in 2020.", "acquisition") == \
        [("Veltrix", "Norcrest Labs", "2020")]
    assert deals("Harbor Peak Capital is a London firm. The firm exited Lumio Bank in 2022 when the lender was acquired "
                 "by Kestrel Holding for $1.1 billion.", "acquisition") == [("Kestrel Holding", "Lumio Bank", "2022")]
    text = "Norcrest Labs, which raised $5 million last year, was acquired by Veltrix for $300 million."
    [f] = facts(text, "acquisition", REF)
    assert f.amount.value.value == 300e6


# ------------------------------------------------------------------------------------------ a wire round-up, a strategy piece
def test_the_company_after_a_round_led_by_others_is_the_company_of_the_round():
    text = ("Quillfeather has closed a €45 million Series B. The round was co-led by Harbor Peak Capital and Aldon "
            "Ventures, with participation from existing backers Lanting Ventures and Kestrel Holding. The company "
            "previously raised €12 million in 2023.")
    got = rounds(text)
    assert got[0] == (["Harbor Peak Capital", "Aldon Ventures", "Lanting Ventures", "Kestrel Holding"], "Series B",
                      45e6, None)
    assert got[1] == ([], None, 12e6, "2023")
    assert all(f.roles["investee"][0].canonical == "Quillfeather" for f in facts(text, "investment", REF))


def test_a_merger_with_another_creating_a_third():
    [f] = facts("Veltrix Systems completed its merger with Norcrest Labs, creating Aldon Group.", "merger", REF)
    assert [m.text for m in f.roles["part"]] == ["Veltrix Systems", "Norcrest Labs"]
    assert [m.text for m in f.roles["result"]] == ["Aldon Group"]


def test_shareholders_of_a_company_are_not_the_company():
    assert facts("Veltrix shareholders own 55% of the combined company.", "shareholding", REF) == []


def test_raised_from_after_a_valuation():
    [f] = facts("Quillfeather was valued at $2.5 billion after raising $200 million from Harbor Peak Capital and Aldon "
                "Ventures.", "investment", REF)
    assert f.amount.value.value == 200e6 and f.qualifiers["valuation"].value.value == 2.5e9
    assert [m.text for m in f.roles["investor"]] == ["Harbor Peak Capital", "Aldon Ventures"]


def test_a_second_verb_of_the_subject_backs_a_list_with_descriptions_and_takes_no_earlier_amount():
    text = ("Veltrix invested $2 billion in Anna Lee's Quillfeather in its latest round and has backed the French model "
            "developer Norcrest Labs, the cloud provider Kestrel Cloud and the robotics company Aldon Robotics.")
    got = [(f.roles["investee"][0].canonical, f.amount.value.value if f.amount else None)
           for f in facts(text, "investment", REF)]
    assert sorted(got, key=str) == sorted([("Quillfeather", 2e9), ("Norcrest Labs", None), ("Kestrel Cloud", None),
                                           ("Aldon Robotics", None)], key=str)
    assert all(f.roles["investor"][0].canonical == "Veltrix" for f in facts(text, "investment", REF))


def test_a_second_round_led_keeps_its_own_co_investor_round_and_amount():
    text = ("Harbor Peak Capital is busy. It led a $40 million round in the drug-discovery start-up Norcrest Labs and "
            "co-led a Series A in Quillfeather, a Shenzhen robot maker, alongside Aldon Ventures.")
    got = {f.roles["investee"][0].canonical: ([m.canonical for m in f.roles["investor"]], f.qualifiers.get("round"),
                                               f.amount.value.value if f.amount else None)
           for f in facts(text, "investment", REF)}
    assert got == {"Norcrest Labs": (["Harbor Peak Capital"], None, 40e6),
                   "Quillfeather": (["Harbor Peak Capital", "Aldon Ventures"], "Series A", None)}


def test_a_stake_with_its_price_and_a_holding_in_which_clause():
    [f] = facts("Veltrix also took a $5 billion stake in Norcrest Labs.", "investment", REF)
    assert f.amount.value.value == 5e9
    [f] = facts("Kestrel Cloud, in which Veltrix owns roughly 7%, spent heavily. Norcrest Labs grew.", "shareholding", REF)
    assert (f.roles["holder"][0].canonical, f.roles["company"][0].canonical) == ("Veltrix", "Kestrel Cloud")


def test_the_company_s_venture_arm_and_a_described_subject_stays_the_topic():
    text = ("Veltrix is a chipmaker. The company's venture arm, Lanting Ventures, has been busy. The chipmaker invested "
            "$2 billion in Norcrest Labs. In September it agreed to invest up to $10 billion in Quillfeather as "
            "Quillfeather deploys Kestrel systems.")
    [own] = facts(text, "ownership", REF)
    assert (own.roles["owner"][0].canonical, own.roles["unit"][0].canonical) == ("Veltrix", "Lanting Ventures")
    assert {f.roles["investor"][0].canonical for f in facts(text, "investment", REF)} == {"Veltrix"}


# ------------------------------------------------------------------------------------------ common newswire phrasing
def test_a_news_agency_after_a_comma_is_no_second_company_of_a_list():
    found = facts("Veltrix is in talks to invest in Norcrest Labs, Kestrel News reported.", "investment", REF)
    assert [f.roles["investee"][0].canonical for f in found] == ["Norcrest Labs"]
    assert found[0].modality == "reported"


def test_one_investor_counted_and_a_possessive_in_s_apostrophe():
    [f] = facts("Norcrest Labs counts Veltrix as an investor.", "shareholding", REF)
    assert (f.roles["holder"][0].canonical, f.roles["company"][0].canonical) == ("Veltrix", "Norcrest Labs")
    [f] = facts("Veltrix participated in Norcrest Labs' $300 million round.", "investment", REF)
    assert f.roles["investee"][0].canonical == "Norcrest Labs" and f.amount.value.value == 300e6


def test_a_described_company_backed_by():
    found = facts("Norcrest Labs, the AI chip start-up backed by Veltrix, raised $100 million.", "investment", REF)
    [f] = [g for g in found if g.roles["investor"]]
    assert (f.roles["investor"][0].canonical, f.roles["investee"][0].canonical) == ("Veltrix", "Norcrest Labs")
    assert f.amount is None


def test_a_list_ending_in_and_others_keeps_its_names():
    found = facts("Quillfeather has struck multi-year cloud deals with Veltrix, Kestrel Cloud and others.",
                  "partnership", REF)
    assert sorted(f.roles["party"][1].canonical for f in found) == ["Kestrel Cloud", "Veltrix"]


def test_a_verb_left_out_after_and_repeats_the_deal_just_read():
    assert deals("Veltrix acquired Norcrest Labs in 2021 and Quillfeather in 2023.", "acquisition") == \
        [("Veltrix", "Norcrest Labs", "2021"), ("Veltrix", "Quillfeather", "2023")]
    text = "Veltrix led a $20 million round in Norcrest Labs in 2022 and a $50 million round in Quillfeather in 2023."
    assert rounds(text) == [(["Veltrix"], None, 20e6, "2022"), (["Veltrix"], None, 50e6, "2023")]
    assert [f.roles["investee"][0].canonical for f in facts(text, "investment", REF)] == ["Norcrest Labs", "Quillfeather"]


def test_a_clause_with_its_own_subject_keeps_its_date_and_amount():
    text = "Veltrix acquired Norcrest Labs in 2021 and Quillfeather raised $5 million."
    [bought] = facts(text, "acquisition", REF)
    assert bought.amount is None and bought.date.value.value == "2021"
    [round_] = facts(text, "investment", REF)
    assert round_.date is None and round_.amount.value.value == 5e6
    [f] = facts("Veltrix bought Norcrest Labs, a maker of radar chips, for $1.2 billion in 2021.", "acquisition", REF)
    assert f.date.value.value == "2021"


def test_an_investor_named_in_a_list_of_investors_raises_nothing():
    found = facts("Norcrest Labs is in talks with investors including Veltrix to raise $200 million.", "investment", REF)
    assert all(f.roles["investee"][0].canonical != "Veltrix" for f in found)
    [f] = facts("Anna Lee had worked at Norcrest Labs, a radar chip maker Veltrix bought in 2012.", "acquisition", REF)
    assert (f.roles["acquirer"][0].canonical, f.roles["target"][0].canonical) == ("Veltrix", "Norcrest Labs")

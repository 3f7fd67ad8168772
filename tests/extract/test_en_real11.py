"""English funding rounds and acquisitions of tech companies as wire services and the tech press write them
(round 11: real news read as development text): descriptions written before a name with no article, legal forms
and listing codes after it, sources with knowledge of a deal, attempts that did not make a deal, rounds announced
with an adjective, investors joining rounds, prices per share.

Every sentence is written for this file; Pellion Labs, Corvallis Micro, Ostrava Robotics, Granmere Systems, Tessaly
Capital, Ardent Peak Partners and the other companies are invented and in no lexicon.
"""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from tests.extract.readers import facts, one, roles


def canon(f) -> dict[str, list[str]]:
    """Each role's members as the names they stand for (a pronoun as its antecedent)."""
    return {r: [m.canonical for m in ms] for r, ms in f.roles.items()}

REF = "2025-11-18"


def deal(text: str, ftype: str = "acquisition") -> tuple[dict[str, list[str]], str, str | None]:
    f = one(text, ftype, REF)
    return canon(f), f.modality, f.amount.text if f.amount else None


# ------------------------------------------------------------------------ descriptions before a name
def test_a_bare_description_before_the_target_is_part_of_its_name():
    text = "Corvallis Micro on Monday agreed to buy chip designer Pellion Labs for about $2.1 billion."
    assert deal(text) == ({"acquirer": ["Corvallis Micro"], "target": ["Pellion Labs"]}, "planned", "about $2.1 billion")
    text = "Granmere Systems bought U.S. chipmaker Ostrava Robotics for $640 million in 2023."
    assert deal(text)[0] == {"acquirer": ["Granmere Systems"], "target": ["Ostrava Robotics"]}
    text = "Tessaly Capital has agreed to acquire fellow software maker Lumeno Networks in an all-cash deal."
    assert deal(text)[0] == {"acquirer": ["Tessaly Capital"], "target": ["Lumeno Networks"]}


def test_a_description_of_several_words_and_an_abbreviation():
    text = "Granmere Systems said it is acquiring artificial intelligence (AI) company Ostrava Robotics from its founder."
    assert deal(text)[0]["target"] == ["Ostrava Robotics"]
    text = "Ardent Peak Partners invested $45 million in UK-based drone start-up Corvallis Micro."
    f = one(text, "investment", REF)
    assert roles(f) == {"investor": ["Ardent Peak Partners"], "investee": ["Corvallis Micro"]}
    assert f.amount.text == "$45 million"


def test_a_description_in_a_list_of_investors():
    text = ("Lumeno Networks has raised $38 million from firms including Tessaly Capital, Ardent Peak Partners and "
            "semiconductor company Corvallis Micro.")
    f = one(text, "investment", REF)
    assert roles(f)["investor"] == ["Tessaly Capital", "Ardent Peak Partners", "Corvallis Micro"]


def test_the_verb_before_a_description_stays_a_verb():
    # "buy" opens no description: the deal is still read, with Corvallis Micro the buyer
    text = "Corvallis Micro agreed to buy start-up Pellion Labs."
    assert deal(text)[0] == {"acquirer": ["Corvallis Micro"], "target": ["Pellion Labs"]}
    # a description after an article is left as it was: "the Dutch chip-equipment maker" names the subject's kind
    text = "Granmere Systems acquired the Dutch chip-equipment maker Ostrava Robotics in 2022."
    assert deal(text)[0] == {"acquirer": ["Granmere Systems"], "target": ["Ostrava Robotics"]}


def test_a_legal_form_and_a_listing_code_after_the_subject():
    text = ("Corvallis Micro, Inc. (NASDAQ: CRVM) has agreed to acquire modem start-up Pellion Labs for $900 million "
            "in cash.")
    assert deal(text) == ({"acquirer": ["Corvallis Micro"], "target": ["Pellion Labs"]}, "planned", "$900 million")
    text = "Granmere Systems, Inc. bought Ostrava Robotics last year."
    assert deal(text)[0] == {"acquirer": ["Granmere Systems"], "target": ["Ostrava Robotics"]}


# ------------------------------------------------------------------------ sources, attempts and interest
def test_a_deal_told_by_a_person_with_knowledge_of_it_is_reported():
    text = ("Granmere Systems has bought Pellion Labs for roughly $75 million, a person with knowledge of its plans "
            "said on Monday.")
    assert deal(text)[1] == "reported"
    text = "Tessaly Capital will buy Lumeno Networks, one source close to the talks said."
    assert deal(text)[1] == "reported"
    text = "Tessaly Capital agreed to acquire Lumeno Networks, two people briefed on the deal said."
    assert deal(text)[1] == "reported"


def test_an_attempt_told_in_the_past_made_no_deal():
    text = "Last spring Corvallis Micro tried to buy Ostrava Robotics."
    assert deal(text)[1] == "negated"
    text = "Granmere Systems had sought to acquire Pellion Labs before the start-up raised new money."
    assert deal(text)[1] == "negated"


def test_an_interest_in_buying_is_no_deal_yet():
    text = "Tessaly Capital has expressed interest in buying Lumeno Networks."
    assert deal(text)[1] == "planned"


def test_an_abbreviation_in_brackets_is_the_same_company():
    text = ("Granmere Systems agreed to buy Pellion Quantum Devices (PQD) in June. PQD was founded in 2019 by Mara "
            "Olsen.")
    acquisition = one(text, "acquisition", REF)
    assert roles(acquisition)["target"] == ["Pellion Quantum Devices"]
    founding = one(text, "founding", REF)
    assert founding.roles["company"][0].key == acquisition.roles["target"][0].key


# ------------------------------------------------------------------------ rounds
def test_a_round_announced_with_an_adjective_before_its_amount():
    text = "On March 3, Ostrava Robotics announced an oversubscribed $64 million Series B financing to build more arms."
    f = one(text, "investment", REF)
    assert roles(f)["investee"] == ["Ostrava Robotics"]
    assert (f.amount.text, f.qualifiers["round"]) == ("$64 million", "Series B")


def test_money_brought_in_or_raked_in_is_raised():
    text = "Lumeno Networks said it brought in $27 million at a valuation of $310 million."
    f = one(text, "investment", REF)
    assert canon(f)["investee"] == ["Lumeno Networks"]
    assert (f.amount.text, f.qualifiers["valuation"].text) == ("$27 million", "$310 million")
    text = "Pellion Labs raked in $80 million in a Series C round led by Tessaly Capital."
    f = one(text, "investment", REF)
    assert roles(f) == {"investor": ["Tessaly Capital"], "investee": ["Pellion Labs"]}


def test_a_leader_of_the_company_s_round_written_as_the_start_up_s():
    text = ("Ardent Peak Partners first backed Corvallis Micro in 2019. The firm, a long-time backer of Corvallis "
            "Micro, led the start-up's $12 million Series A round in 2020.")
    led = [f for f in facts(text, "investment", REF) if f.qualifiers.get("round") == "Series A"]
    assert len(led) == 1 and canon(led[0]) == {"investor": ["Ardent Peak Partners"], "investee": ["Corvallis Micro"]}
    assert led[0].qualifiers["lead"] == [led[0].roles["investor"][0].key]


def test_investors_named_after_like():
    text = "Granmere Systems raised $90 million from big-name investors like Tessaly Capital and Ardent Peak Partners."
    f = one(text, "investment", REF)
    assert roles(f)["investor"] == ["Tessaly Capital", "Ardent Peak Partners"]


def test_a_round_led_in_a_paragraph_about_another_company_joins_no_earlier_round():
    text = ("Lumeno Networks has raised $135 million in Series E funding.\n\n"
            "Separately, Ostrava Robotics unveiled a model for warehouse arms. The round was led by Tessaly Capital.")
    f = one(text, "investment", REF)
    assert roles(f) == {"investor": [], "investee": ["Lumeno Networks"]}
    # in the same paragraph the leader still joins the round just read
    text = "Lumeno Networks has raised $135 million in Series E funding. The round was led by Tessaly Capital."
    assert roles(one(text, "investment", REF))["investor"] == ["Tessaly Capital"]


def test_backers_in_an_apposition_raise_nothing():
    # Toutiao is an app (a product of ByteDance in the lexicon): the names after "backed by" are still not the ones
    # raising
    text = ("Chinese news app Toutiao, backed by Tessaly Capital and Ardent Peak Partners, is raising at least "
            "$400 million in a new funding round, two people close to the talks said.")
    assert all("Tessaly Capital" not in roles(f)["investee"] and "Ardent Peak Partners" not in roles(f)["investee"]
               for f in facts(text, "investment", REF))


# ------------------------------------------------------------------------ news sources
def test_a_wire_service_in_the_dateline_is_no_party():
    text = ("SEOUL, May 2 (Reuters) - South Korean retailer Granmere Systems said on Friday that it is acquiring "
            "robotics company Ostrava Robotics from its founder.")
    assert canon(one(text, "acquisition", REF))["acquirer"] == ["Granmere Systems"]


def test_an_outlet_told_or_cited_is_not_what_the_start_up_stands_for():
    text = ("SEOUL, May 2 (Reuters) - Pellion Labs is in talks to raise $60 million, people familiar with the matter "
            "told Reuters.\n\nThe startup raised $25 million in 2023, according to TechCrunch.")
    found = facts(text, "investment", REF)
    assert found and all(canon(f)["investee"] == ["Pellion Labs"] for f in found)


# ------------------------------------------------------------------------ names and lists of the tech press
def test_a_city_before_a_region_based_is_a_place():
    text = ("Tacoma, Washington-based Pellion Labs closed a $30 million Series B in May. It received investments from "
            "Tessaly Capital and Ardent Peak Partners.")
    found = facts(text, "investment", REF)
    assert found and all(canon(f)["investee"] == ["Pellion Labs"] for f in found)


def test_a_capitalised_description_opening_the_sentence_is_no_name():
    text = "Drone start-up Ostrava said on Monday it raised $41 million from Tessaly Capital."
    f = one(text, "investment", REF)
    assert canon(f) == {"investor": ["Tessaly Capital"], "investee": ["Ostrava"]}


def test_a_person_named_before_the_company_s_title_is_a_founder():
    text = "Tomas Brandvik, Lumeno Networks' founder and chief executive, said the money would fund hiring."
    f = one(text, "founding", REF)
    assert roles(f) == {"founder": ["Tomas Brandvik"], "company": ["Lumeno Networks"]}
    text = ("Granmere Systems acquired Pellion Labs in 2021. The company's founder, Irena Voss, ran data science at "
            "Ostrava Robotics before.")
    f = one(text, "founding", REF)
    assert [m.canonical for m in f.roles["founder"]] == ["Irena Voss"]


def test_a_person_named_with_a_company_title_in_a_list_of_investors():
    text = ("Ostrava Robotics said it raised $120 million from investors including Tessaly Capital, Ardent Peak "
            "Partners and Granmere Systems founder Irena Voss.")
    f = one(text, "investment", REF)
    assert roles(f)["investor"] == ["Tessaly Capital", "Ardent Peak Partners", "Irena Voss"]


def test_other_companies_in_the_funding_join_it():
    text = ("Pellion Labs raised $75 million in a Series B round led by Tessaly Capital. Other companies involved in "
            "the Pellion Labs funding include Ardent Peak Partners and Granmere Systems.")
    f = one(text, "investment", REF)
    assert roles(f)["investor"] == ["Tessaly Capital", "Ardent Peak Partners", "Granmere Systems"]


def test_participating_investments_from_co_investors():
    text = ("Tessaly Capital is leading a $90 million round in Lumeno Networks, with participating investments from "
            "Ardent Peak Partners and Granmere Systems.")
    f = one(text, "investment", REF)
    assert roles(f)["investor"] == ["Tessaly Capital", "Ardent Peak Partners", "Granmere Systems"]


def test_a_round_of_around_an_amount_being_raised():
    text = ("The start-up Pellion Labs, also backed by Tessaly Capital, is raising around $300 million in new funding "
            "at a pre-money valuation near $1 billion.")
    f = one(text, "investment", REF)
    assert (canon(f)["investee"], f.modality, f.amount.text) == (["Pellion Labs"], "planned", "around $300 million")


def test_an_outlet_named_as_reporting_makes_a_report():
    text = "Tessaly Capital is investing in drone start-up Ostrava Robotics, reported Bloomberg."
    assert one(text, "investment", REF).modality == "reported"
    text = "TechCrunch reported on Monday that Granmere Systems acquired Pellion Labs."
    assert one(text, "acquisition", REF).modality == "reported"


def test_the_abbreviated_description_of_a_company_named_before():
    text = ("Ostrava Robotics unveiled a reading assistant last year. Granmere Systems had been in talks to buy the AI "
            "company for about $45 million, TechCrunch reported.")
    f = one(text, "acquisition", REF)
    assert canon(f)["target"] == ["Ostrava Robotics"]


# ------------------------------------------------------------------------ prices, clauses and joins
def test_a_price_per_share_is_not_the_deal_amount():
    text = "Corvallis Micro will acquire Pellion Labs for $48.50 per share in cash, a premium of 31%."
    assert deal(text)[2] is None
    text = "Corvallis Micro agreed to buy Pellion Labs for $2.2 billion, or $48.50 a share."
    assert deal(text)[2] == "$2.2 billion"


def test_a_deal_inside_a_relative_clause_takes_no_money_of_the_main_clause():
    text = "Tessaly Capital, which once considered buying Lumeno Networks, is investing $8 million in Pellion Labs."
    acquisition = one(text, "acquisition", REF)
    assert roles(acquisition)["target"] == ["Lumeno Networks"] and acquisition.amount is None


def test_a_deal_told_by_a_bare_gerund_is_announced_not_closed():
    text = "The week's largest deal was a software one, Granmere Systems buying rival Lumeno Networks for $4.1 billion."
    assert deal(text) == ({"acquirer": ["Granmere Systems"], "target": ["Lumeno Networks"]}, "planned", "$4.1 billion")


def test_paid_for_a_company_s_acquisition():
    text = "Corvallis Micro has paid $210 million for Pellion Labs' acquisition."
    assert deal(text)[0] == {"acquirer": ["Corvallis Micro"], "target": ["Pellion Labs"]}


def test_investors_named_after_along_with_join_too():
    text = ("Lumeno Networks raised $52 million in a Series C round led by Tessaly Capital. Along with new investors "
            "Ardent Peak Partners and Halden Works, existing investors Granmere Systems and Corvallis Micro also took "
            "part.")
    f = one(text, "investment", REF)
    assert roles(f)["investor"] == ["Tessaly Capital", "Granmere Systems", "Corvallis Micro", "Ardent Peak Partners",
                                    "Halden Works"]


def test_a_time_word_before_a_described_company_is_no_name():
    text = ("Granmere Systems is a Nimbus-backed company. Last week, the Nimbus-backed company invested $14 million in "
            "Pellion Labs.")
    assert all(m.text != "week" for m in extract("t", text, REF).mentions)


def test_an_adverb_opening_the_sentence_is_no_name():
    text = ("Separately, Granmere Systems decided to invest $60 million in the start-up Pellion Labs and hired its "
            "founder, Irena Voss.")
    assert all(m.text != "Separately" for m in extract("t", text, REF).mentions)
    assert canon(one(text, "investment", REF)) == {"investor": ["Granmere Systems"], "investee": ["Pellion Labs"]}
    # "its founder" inside the sentence is not read as the subject's founder
    assert all(canon(f)["company"] != ["Granmere Systems"] for f in facts(text, "founding", REF))


def test_a_designer_named_with_laboratories_is_a_company():
    text = "Corvallis Micro agreed to buy chip designer Halden Laboratories for about $1.9 billion."
    assert deal(text)[0] == {"acquirer": ["Corvallis Micro"], "target": ["Halden Laboratories"]}


def test_a_price_per_depositary_share_is_not_the_deal_amount():
    text = "Corvallis Micro has agreed to acquire Pellion Labs for $61.20 per ADS in cash and stock."
    assert deal(text)[2] is None


def test_the_time_of_an_earlier_report_makes_no_report():
    text = ("Corvallis Micro will acquire Pellion Labs for $2 billion, a premium to the price on Monday, when talks "
            "between the two were first reported.")
    assert deal(text)[1] == "planned"
    text = "Corvallis Micro will acquire Pellion Labs for $2 billion, the Nikkei reported."
    assert deal(text)[1] == "reported"


# ------------------------------------------------------------------------ denials, places and lists of backers
def test_a_denial_of_talks_to_buy_a_described_site():
    text = ("Payments group Granmere Systems on Sunday put out a note denying press reports it had been holding talks "
            "to purchase photo-sharing site Lumeno.")
    assert deal(text)[:2] == ({"acquirer": ["Granmere Systems"], "target": ["Lumeno"]}, "denied")


def test_paying_a_price_a_share_for_a_company():
    text = "Granmere Systems was considering paying $41 a share for Boston-based Lumeno Networks, Bloomberg reported."
    assert deal(text) == ({"acquirer": ["Granmere Systems"], "target": ["Lumeno Networks"]}, "reported", None)


def test_a_place_based_before_a_name_is_part_of_its_token():
    text = "Corvallis Micro seeks to buy US-based Pellion Labs in a hostile bid."
    assert deal(text)[:2] == ({"acquirer": ["Corvallis Micro"], "target": ["Pellion Labs"]}, "planned")


def test_said_it_was_buying_is_an_announced_deal():
    text = "Corvallis Microsystems said on Thursday it was buying semiconductor rival Pellion Labs for $3.3 billion."
    assert deal(text) == ({"acquirer": ["Corvallis Microsystems"], "target": ["Pellion Labs"]}, "planned",
                          "$3.3 billion")


def test_all_outstanding_stock_and_a_merger_agreement_make_an_acquisition_not_a_partnership():
    text = ("Corvallis Micro and Pellion Labs signed a definitive merger agreement, and under it Corvallis Micro "
            "will acquire all outstanding stock of Pellion Labs.")
    assert deal(text)[:2] == ({"acquirer": ["Corvallis Micro"], "target": ["Pellion Labs"]}, "planned")
    assert facts(text, "partnership", REF) == []


def test_an_apposition_with_a_city_and_region_based():
    text = ("Lumeno, a Lyon, France-based start-up building speech models for call centres and for banks, has raised "
            "$14m in seed funding.")
    f = one(text, "investment", REF)
    assert (roles(f)["investee"], f.amount.text) == (["Lumeno"], "$14m")


def test_founders_named_after_a_plural_title():
    text = "Lumeno, which was founded by ex-Veltrix executives Irena Voss and Tomas Brandvik, makes speech models."
    f = one(text, "founding", REF)
    assert roles(f) == {"founder": ["Irena Voss", "Tomas Brandvik"], "company": ["Lumeno"]}


def test_prior_investors_including_an_ampersand_name_join_the_round():
    text = ("Lumeno raised $11 million. Tessaly Capital led the round. Prior investors Ardent Peak Partners, Irena Voss "
            "and KD&M Investments participated in the round.")
    f = one(text, "investment", REF)
    assert sorted(roles(f)["investor"]) == ["Ardent Peak Partners", "Irena Voss", "KD&M Investments", "Tessaly Capital"]


def test_a_pronoun_stands_for_the_subject_not_a_name_after_a_preposition():
    text = ("In response to rumours of a bid for Lumeno by Granmere Systems, Granmere Systems said it was not "
            "considering any acquisition of Lumeno.")
    f = one(text, "acquisition", REF)
    assert canon(f)["acquirer"] == ["Granmere Systems"]


# ------------------------------------------------------------------------ a round told again
def test_a_company_s_funding_led_and_joined_is_the_round_just_read():
    text = ("Lumeno, a speech-model company that competes with Veltrix-backed Norvane, said on Monday it had raised $80 "
            "million from investors including Tessaly Capital. Lumeno's funding was led by Sweden's Ardent Peak "
            "Partners and joined by other investors such as Granmere Systems and Corvallis Micro.")
    rounds = [f for f in facts(text, "investment", REF) if roles(f)["investee"] != ["Norvane"]]
    assert len(rounds) == 1
    assert roles(rounds[0])["investor"] == ["Tessaly Capital", "Ardent Peak Partners", "Granmere Systems",
                                            "Corvallis Micro"]
    assert [m.canonical for m in rounds[0].roles["investee"]] == ["Lumeno"]
    assert rounds[0].qualifiers["lead"] == [rounds[0].roles["investor"][1].key]


def test_a_backer_before_a_name_states_no_date():
    text = "SEOUL, May 2 (Reuters) - Veltrix-backed Norvane opened an office in Austin."
    f = one(text, "investment", REF)
    assert roles(f) == {"investor": ["Veltrix"], "investee": ["Norvane"]} and f.date is None


def test_a_round_secured_with_an_adjective_and_backers_opening_a_sentence():
    text = ("Lumeno Inc., a young speech-model venture, has secured a substantial $90 million funding round. Global "
            "backers in the round included Tessaly Capital and the Geneva-based investment firm Ardent Peak Partners.")
    f = one(text, "investment", REF)
    assert (roles(f)["investor"], f.amount.text) == (["Tessaly Capital", "Ardent Peak Partners"], "$90 million")


def test_a_firm_named_with_a_given_name_and_a_street_and_a_partnership_lp():
    text = "Lumeno landed $40 million in a Series B round co-led by trading firm Jane Street and Halden Awareness LP."
    f = one(text, "investment", REF)
    assert roles(f)["investor"] == ["Jane Street", "Halden Awareness LP"]
    assert all(m.kind != "person" for m in f.roles["investor"])


def test_the_company_raising_money_is_not_an_investor_of_the_round_just_read():
    text = ("Irena Voss and Tessaly Capital are investing in drone start-up Lumeno Robotics, Bloomberg reported. The "
            "company, also backed by Ardent Peak Partners, is raising around $300 million.")
    raising = [f for f in facts(text, "investment", REF) if f.amount is not None]
    assert len(raising) == 1 and [m.canonical for m in raising[0].roles["investee"]] == ["Lumeno Robotics"]

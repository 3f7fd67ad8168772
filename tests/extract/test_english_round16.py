"""Round 16: English readings seen in real news, fixed on sentences written for these tests (a space before a
comma, a known company's named unit, amounts in ringgit, newspapers named after a city, commitments inside
partnership stories, stake lists without a verb)."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def _doc(text: str, ref: str = "2025-10-01"):
    return extract("t", text, ref)


def _facts(text: str, kind: str, ref: str = "2025-10-01"):
    return [f for f in _doc(text, ref).facts if f.type == kind]


def _names(fact, role: str) -> list[str]:
    return [m.text for m in fact.roles.get(role, [])]


# a space a page left before a comma or a full stop


def test_space_before_the_comma_of_an_apposition_keeps_the_subject():
    facts = _facts("Kestrel Robotics , the warehouse automation company, has announced a strategic partnership with "
                   "sensor start-up Pellion Labs .", "partnership")
    assert len(facts) == 1
    assert sorted(_names(facts[0], "party")) == ["Kestrel Robotics", "Pellion Labs"]


def test_space_before_the_comma_in_an_acquisition():
    facts = _facts("Veltrix Systems , the chip designer, agreed to buy Norcrest Labs for $2.4 billion .", "acquisition")
    assert len(facts) == 1
    assert _names(facts[0], "acquirer") == ["Veltrix Systems"] and _names(facts[0], "target") == ["Norcrest Labs"]
    assert facts[0].amount.text == "$2.4 billion"


# a known company's unit named after it


def test_unit_named_after_a_known_company_stays_one_name():
    facts = _facts("Last spring Pellion AI signed a deal with Baidu Cloud Infrastructure for extra training capacity.",
                   "partnership")
    assert len(facts) == 1
    assert "Baidu Cloud Infrastructure" in _names(facts[0], "party")
    assert "Baidu" not in _names(facts[0], "party")


def test_services_unit_of_a_known_company_is_one_organisation():
    doc = _doc("Kestrel Robotics will move its workloads to Oracle Data Services next year.")
    names = [m.text for m in doc.mentions if m.kind == "organization"]
    assert "Oracle Data Services" in names and "Oracle" not in names


# amounts in letters and words opening a sentence


def test_ringgit_amount_written_as_one_word_is_no_name():
    doc = _doc("Pellion AI may pay Kestrel Cloud USD 40 billion (approx. RM170 billion) over six years for servers.")
    assert not [m for m in doc.mentions if m.text.startswith("RM")]


def test_ringgit_amount_with_a_short_scale_is_no_name():
    doc = _doc("Tamsin Energy spent RM45bn on new plants, Tamsin Energy said.")
    assert not [m for m in doc.mentions if m.text.startswith("RM")]


def test_chip_name_with_digits_stays_a_name():
    doc = _doc("Pellion AI bought H20 chips from Veltrix Systems.")
    assert any(m.text == "H20" for m in doc.mentions)


def test_half_opening_a_sentence_is_no_organisation():
    doc = _doc("Half of the new shares went to Norcrest Capital, Kestrel Robotics said.")
    assert not [m for m in doc.mentions if m.text == "Half"]
    doc = _doc("Nearly a third of Kestrel's staff joined Pellion Labs.")
    assert not [m for m in doc.mentions if m.text.startswith("Nearly")]


# a newspaper named after a city is no stock exchange


def test_city_newspaper_is_no_exchange():
    facts = _facts("Quillfeather Micro submitted its listing application this week, according to Shenzhen "
                   "Evening Post.", "listing")
    assert len(facts) == 1 and facts[0].qualifiers.get("exchange") is None


def test_city_named_with_its_board_is_still_the_exchange():
    facts = _facts("Quillfeather Micro submitted its listing application in Shanghai this week.", "listing")
    assert len(facts) == 1 and facts[0].qualifiers.get("exchange") == "SSE"
    facts = _facts("Quillfeather Micro debuted in Hong Kong Thursday, raising $300 million.", "listing")
    assert len(facts) == 1 and facts[0].qualifiers.get("exchange") == "HKEX"


# investments told by a participle beside the main clause


def _investments(text: str):
    return [f for f in _facts(text, "investment")]


def test_commitment_inside_a_partnership_story_is_a_planned_investment():
    text = ("Pellion AI, the maker of Quill, and chip leader Veltrix announced a strategic partnership on Tuesday, "
            "with Veltrix committing up to $20 billion to support Pellion AI's new data centres.")
    facts = _investments(text)
    assert len(facts) == 1
    assert _names(facts[0], "investor") == ["Veltrix"] and _names(facts[0], "investee") == ["Pellion AI"]
    assert facts[0].modality == "planned" and facts[0].amount.text == "up to $20 billion"
    assert len(_facts(text, "partnership")) == 1


def test_pledge_into_a_company_in_a_with_clause():
    facts = _investments("Kestrel Robotics and Tamsin Energy agreed to work together, with Tamsin Energy pledging "
                         "$300 million to fund Kestrel Robotics.")
    assert len(facts) == 1 and facts[0].modality == "planned"
    assert _names(facts[0], "investor") == ["Tamsin Energy"] and _names(facts[0], "investee") == ["Kestrel Robotics"]


def test_participle_investment_after_deals_from_a_company_is_asserted():
    facts = _investments("It follows a run of large deals from Kestrel Robotics, including investing $3bn in its "
                         "rival Norcrest Labs.")
    assert len(facts) == 1 and facts[0].modality == "asserted"
    assert _names(facts[0], "investor") == ["Kestrel Robotics"] and _names(facts[0], "investee") == ["Norcrest Labs"]
    assert facts[0].amount.text == "$3bn"


def test_participle_investment_takes_the_mood_of_the_main_clause():
    facts = _investments("Kestrel Robotics plans a series of deals, including investing $2 billion in Norcrest Labs.")
    assert len(facts) == 1 and facts[0].modality == "planned"
    assert _names(facts[0], "investor") == ["Kestrel Robotics"]
    facts = _investments("Kestrel Robotics made several deals in 2024, including investing $2 billion in Norcrest Labs.")
    assert len(facts) == 1 and facts[0].modality == "asserted" and facts[0].date.text == "2024"


# stake lists without a verb


def test_stake_list_without_a_verb_gives_every_holder():
    facts = _facts("Quillfeather Micro filed for a listing on Friday. Among its backers, Xiaomi holds 3.1 percent, "
                   "Lenovo with 2.5 percent, and Oppo's fund with 1.6 percent.", "shareholding")
    got = {(_names(f, "holder")[0], f.stake.text) for f in facts}
    assert got == {("Xiaomi", "3.1 percent"), ("Lenovo", "2.5 percent"), ("Oppo", "1.6 percent")}
    assert all(f.roles["company"][0].canonical == "Quillfeather Micro" for f in facts)


def test_stake_list_after_an_apposed_shareholder():
    facts = _facts("Its backers include Tencent, Pellion Labs' fourth-largest shareholder, with a 4.2 percent stake, "
                   "Baidu with 2.1 percent through two venture units, and Meituan's with 0.9 percent.",
                   "shareholding")
    got = {(_names(f, "holder")[0], f.stake.text) for f in facts if f.stake is not None}
    assert {("Baidu", "2.1 percent"), ("Meituan", "0.9 percent")} <= got
    assert all(f.roles["company"][0].canonical == "Pellion Labs" for f in facts if f.stake is not None)


def test_with_a_share_and_no_stake_read_before_gives_nothing():
    facts = _facts("Kestrel Robotics competes with Norcrest Labs, with 12 percent of the market.", "shareholding")
    assert facts == []

"""What a company does and when it was founded, told in passing in English (round 33, wt-gf): appositions ("B, a
Shenzhen-based maker of …", "Shenzhen-based … maker B", "B, which develops …", "B is a developer of …") and founding
dates past an aside. Invented names and sentences."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract

from .test_company_focus_gf33 import _fact, _facts


# --- English: descriptions in passing ---

def test_apposition_maker_of():
    assert _facts("Northwind Robotics, a Shenzhen-based maker of warehouse robots, said on Monday it had raised "
                  "$50 million.", "focus") == [("Northwind Robotics", "asserted", "warehouse robots")]


def test_apposition_field_and_kind():
    assert _facts("Lumacore, a Hefei-headquartered legged robotics developer, raised $20 million.", "focus") == \
        [("Lumacore", "asserted", "legged robotics")]


def test_apposition_developer_of_keeps_the_whole_field():
    assert _facts("Lumacore, a developer of small on-device language models, raised $20 million.", "focus") == \
        [("Lumacore", "asserted", "small on-device language models")]


def test_title_before_the_name():
    assert _facts("Shenzhen-based service robot maker Lumacore said on Monday it had raised $50 million from "
                  "Harbor Capital.", "focus") == [("Lumacore", "asserted", "service robot")]
    assert _facts("AI chip startup Lumacore said it raised $20 million.", "focus") == [("Lumacore", "asserted", "AI chip")]


def test_which_develops():
    assert _facts("Lumacore, which develops humanoid robots, closed a $20 million round led by Harbor Capital.",
                  "focus") == [("Lumacore", "asserted", "humanoid robots")]


def test_is_a_developer_of_after_a_comparison():
    # the rivals named in the opening comparison are not described
    assert _facts("Like its rivals Northwind and Harbor Labs, Lumacore is a developer of open multilingual language "
                  "models.", "focus") == [("Lumacore", "asserted", "open multilingual language models")]


def test_investor_product_and_owner_descriptions_are_no_field():
    assert _facts("Lumacore, a venture capital firm, backed Northwind.", "focus") == []
    assert _facts("Lumacore, the maker of ChatGPT, raised money.", "focus") == []
    assert _facts("Lumacore, a portfolio company of Harbor Capital, raised money.", "focus") == []
    assert _facts("Lumacore, a Tesla supplier, raised money.", "focus") == []
    assert _facts("Harbor Capital invested in venture capital firm Lumacore Partners.", "focus") == []


# --- English: founding dates past an aside ---

def test_founding_of_the_subject_not_of_a_peer_named_in_an_aside():
    doc = extract("t", "The start-up, whose Shenzhen-based peers include Northwind Robotics and Lumacore, was founded "
                       "in 2017.", "2025-06-30")
    assert not [f for f in doc.facts if f.type == "founding"]


def test_founding_past_an_apposition():
    facts = _fact("Lumacore, a maker of robot dogs, was founded in 2017.", "founding")
    assert [(f.roles["company"][0].text, f.date.value.year if f.date else None) for f in facts] == [("Lumacore", 2017)]


def test_founding_of_the_name_before_an_aside_naming_another():
    facts = _fact("Lumacore, the company that bought Northwind, was founded in 2017.", "founding")
    assert [f.roles["company"][0].text for f in facts] == ["Lumacore"]



def test_title_words_of_place_and_state_are_no_part_of_the_field():
    assert _facts("Harbor Capital joined a $90 million round Korean humanoid robot startup Lumacore closed.", "focus") == \
        [("Lumacore", "asserted", "humanoid robot")]
    assert _facts("SoftBank backed failed robot pizza startup Lumacore in 2018.", "focus") == \
        [("Lumacore", "asserted", "robot pizza")]


def test_an_investment_firm_by_its_title_is_no_field():
    assert _facts("Harbor Capital invested in data center investment firm Lumacore.", "focus") == []

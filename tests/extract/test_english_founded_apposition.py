"""A company's apposition naming its parent or backer, then a passive "was founded": the founder is not said (the parent
is no founder); the relative clause "which A co-founded" still names A. Invented names, our own sentences."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def foundings(text: str) -> list[tuple[list[str], list[str]]]:
    return [([m.text for m in f.roles.get("founder", [])], [m.text for m in f.roles["company"]])
            for f in extract("t", text, "2025-06-30").facts if f.type == "founding"]


def test_a_parent_or_backer_in_an_apposition_before_a_passive_founding_founds_nothing():
    assert foundings("Northwind Robotics, a unit of Lumacore Group, was founded in 2017.") == [([], ["Northwind Robotics"])]
    assert foundings("Northwind Robotics, a startup backed by Lumacore Group, was founded in 2017.") == \
        [([], ["Northwind Robotics"])]


def test_the_founder_of_a_relative_clause_still_founds():
    assert foundings("Quillfeather, which Anna Lee co-founded in 2019, raised $20 million.") == \
        [(["Anna Lee"], ["Quillfeather"])]
    assert foundings("Quillfeather, the lab Anna Lee co-founded in 2019, raised $20 million.") == \
        [(["Anna Lee"], ["Quillfeather"])]


def _investments(text: str, ref: str = "2025-06-12") -> list[tuple[list[str], list[str], object]]:
    return [([m.text for m in f.roles.get("investor", [])], [m.text for m in f.roles["investee"]],
             f.date.value.value if f.date else None)
            for f in extract("t", text, ref).facts if f.type == "investment"]


def test_the_year_of_a_founding_apposition_is_not_the_rounds():
    assert _investments("Corvale Robotics, a startup founded in 2018, raised $50 million from Bluegate Capital.") == \
        [(["Bluegate Capital"], ["Corvale Robotics"], None)]
    assert _investments("Corvale Robotics, the lab Harbor Systems co-founded in 2019, raised $20 million "
                        "from Bluegate Capital on Tuesday.") == [(["Bluegate Capital"], ["Corvale Robotics"], "2025-06-10")]


def test_a_year_outside_the_apposition_still_dates_the_round():
    # near miss: the year belongs to the main clause, the apposition tells no founding
    assert _investments("Corvale Robotics, a maker of warehouse robots, raised $50 million from Bluegate Capital "
                        "in 2021.") == [(["Bluegate Capital"], ["Corvale Robotics"], "2021")]


def test_the_subject_of_a_contact_clause_in_an_apposition_is_no_party():
    """"X, the lab Y co-founded, raised": Y is the subject of a clause on X's apposition, not a second investee."""
    assert _investments("Corvale Robotics, the startup Harbor Systems backs, raised $20 million.") == \
        [([], ["Corvale Robotics"], None)]
    assert [(f[0], f[1]) for f in _investments("Corvale Robotics, the chip designer Harbor Systems controls, bought "
                                                "a 5% stake in Lindqvist Sensors.")] == \
        [(["Corvale Robotics"], ["Lindqvist Sensors"])]


def test_a_described_name_inside_a_list_is_still_a_member():
    # near miss: "the chipmaker Y and Z" is a list member with its description, not an apposition on X
    assert [(f[0], f[1]) for f in _investments("Bluegate Capital, the chipmaker Nvidia and Harbor Systems invested "
                                                "in Corvale Robotics.")] == \
        [(["Bluegate Capital", "Nvidia", "Harbor Systems"], ["Corvale Robotics"])]
    assert [(f[0], f[1]) for f in _investments("Bluegate Capital, the chipmaker Nvidia, and Harbor Systems invested "
                                                "in Corvale Robotics.")] == \
        [(["Bluegate Capital", "Nvidia", "Harbor Systems"], ["Corvale Robotics"])]

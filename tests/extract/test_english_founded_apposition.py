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

"""Backers joining a round with the ellipsis "…, as did X": a singular or plural description before the names, and
after a clause that itself joins the round read before. Sentences written for this file."""

from __future__ import annotations

import pytest

from tests.extract.readers import facts

ROUND = "Quarrel Robotics said on Monday it had raised $60 million in a Series B round. The round was led by Harrow Capital. "


@pytest.mark.parametrize("tail, joined", [
    ("Pinegate Ventures and Osier Partners also took part, as did existing backer Lumen Fund.",
     ["Pinegate Ventures", "Osier Partners", "Lumen Fund"]),
    ("Pinegate Ventures also participated, as did existing backers Lumen Fund and Corvid Capital.",
     ["Pinegate Ventures", "Lumen Fund", "Corvid Capital"]),
    ("Pinegate Ventures also invested, as did Osier Partners.", ["Pinegate Ventures", "Osier Partners"]),
    ("Pinegate Ventures participated, and so did Osier Partners.", ["Pinegate Ventures", "Osier Partners"]),
])
def test_names_after_as_did_join_the_round_read_before(tail, joined):
    found = [f for f in facts(ROUND + tail, "investment")]
    assert len(found) == 1
    assert [m.text for m in found[0].roles["investor"]] == ["Harrow Capital"] + joined
    assert [m.canonical for m in found[0].roles["investee"]] == ["Quarrel Robotics"]


def test_as_did_with_no_round_read_before_joins_nothing():
    assert facts("Pinegate Ventures also took part, as did existing backer Lumen Fund.", "investment") == []

"""A sentence opening with an owner and its unit (A旗下的产业基金B近日再度出手) is about the unit, and a pronoun that
backs a round (其领投了C的A轮融资) may stand for an investor: before, 其 was read as A (the investor-shaped B was
set aside as a backer where the clause tells a round). Invented companies throughout."""

from __future__ import annotations

import pytest

from tests.extract.readers import names, one


@pytest.mark.parametrize("text, investor, investee", [
    ("汀兰控股旗下的产业基金汀兰创投近日再度出手。其领投了芥子AI 8000万元的Pre-A轮融资。", "汀兰创投", "芥子AI"),
    ("澄川集团旗下的澄川资本近日宣布新基金关账。该机构领投了墨岩科技的A轮融资。", "澄川资本", "墨岩科技"),
])
def test_the_unit_backs_the_round(text, investor, investee):
    fact = one(text, "investment")
    assert names(fact, "investor") == [investor]
    assert names(fact, "investee") == [investee]


def test_a_raising_pronoun_still_passes_over_the_backer():
    """岚山创投是B的早期投资方。…，该公司完成B轮融资: the company raising is B, not the investor named first."""
    from tests.extract.readers import facts
    found = facts("岚山创投是青禾科技的早期投资方。2024年5月，该公司完成B轮融资。", "investment")
    assert any(names(f, "investee") == ["青禾科技"] and f.qualifiers.get("round") == "B轮" for f in found)

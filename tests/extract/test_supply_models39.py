"""A supplier for the buyer's models or products (A为B旗下多款车型供应X): B buys (our own sentences)."""

from __future__ import annotations

import pytest

from tests.extract.readers import facts, names


@pytest.mark.parametrize("text", [
    "岚序智驾为澄川汽车旗下多款车型供应辅助驾驶系统。",
    "岚序智驾为澄川汽车的多款车型供应激光雷达。",
    "岚序智驾为澄川汽车旗下三款车型供应域控制器。",
])
def test_supplied_for_the_buyer_s_models(text: str) -> None:
    [deal] = facts(text, "purchase")
    assert names(deal, "buyer") == ["澄川汽车"] and names(deal, "supplier") == ["岚序智驾"]

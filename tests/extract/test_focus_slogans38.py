"""A quoted slogan or theme (年会的主题是“聚焦AI，共赢未来”) tells no line of work; the same verb outside the quotes still
does. Invented companies throughout."""

from __future__ import annotations

import pytest

from tests.extract.readers import facts, names, one


@pytest.mark.parametrize("text", [
    "华棠集团今年年会的主题是“聚焦AI，共赢未来”。",
    "澄川科技的口号为“专注智能驾驶，让出行更安全”。",
    "青禾智能确立了“深耕工业机器人”的发展理念。",
])
def test_slogan_is_no_focus(text):
    assert facts(text, "focus") == []


@pytest.mark.parametrize("text", [
    "华棠集团聚焦AI芯片。",
    "华棠集团提出“聚焦AI芯片”的战略。",   # a strategy quoted is still the company's line of work
])
def test_focus_outside_a_slogan_still_read(text):
    fact = one(text, "focus")
    assert names(fact, "company") == ["华棠集团"]

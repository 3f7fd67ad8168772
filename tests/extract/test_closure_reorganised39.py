"""A company under bankruptcy protection or a court reorganisation goes on: no closure. Liquidation still closes it."""

from __future__ import annotations

import pytest

from tests.extract.readers import facts, one


@pytest.mark.parametrize("text", [
    "朔光科技于周二向法院申请破产保护。",
    "受债务拖累，岚湾机器人已进入破产重整程序。",
    "澄砾半导体宣布破产重整，并引入新的投资人。",
])
def test_reorganisation_is_no_closure(text: str) -> None:
    assert facts(text, "closure") == []


@pytest.mark.parametrize("text, company", [
    ("朔光科技已向法院申请破产清算。", "朔光科技"),
    ("因资金链断裂，岚湾机器人宣布破产。", "岚湾机器人"),
])
def test_bankruptcy_without_reorganisation_closes(text: str, company: str) -> None:
    assert [m.text for m in one(text, "closure").roles["company"]] == [company]

"""People's names before the verb of founding: a word of place or time after the name is no part of it
(王澜在2018年创立了B gave the founder 王澜在). Invented people and companies throughout."""

from __future__ import annotations

import pytest

from tests.extract.readers import names, one


@pytest.mark.parametrize("text, founder, company", [
    ("王澜在2018年创立了青禾智能。", "王澜", "青禾智能"),
    ("周牧于2016年创办了澄川机器人。", "周牧", "澄川机器人"),
    ("林舟在2021年创建了墨岩智能。", "林舟", "墨岩智能"),
    ("张在明2019年创立了星衡科技。", "张在明", "星衡科技"),   # 在 inside a given name stays
])
def test_founder_before_a_time(text, founder, company):
    fact = one(text, "founding")
    assert names(fact, "founder") == [founder]
    assert names(fact, "company") == [company]


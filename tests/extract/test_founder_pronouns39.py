"""他/她 founding a company with a partner named after 与 (our own sentences, after held-out set 15)."""

from __future__ import annotations

import pytest

from tests.extract.readers import facts


@pytest.mark.parametrize("text, founders", [
    ("岚序智驾2017年创立于广州，创始人兼首席执行官周澜曾任青禾科技首席科学家，他与联合创始人李岩一同创办了这家公司。",
     {"周澜", "李岩"}),
    ("澄川机器人2018年成立于杭州，创始人王澈是北辰大学的副教授，他与自己的学生陈朗一同创办了这家公司。", {"王澈", "陈朗"}),
    ("林溪曾在青禾资本任职，她和同事赵宁共同创立了岚湾科技。", {"林溪", "赵宁"}),
])
def test_he_and_a_partner_found_the_company(text: str, founders: set[str]) -> None:
    together = [f for f in facts(text, "founding") if len(f.roles["founder"]) == 2]
    assert together and {m.canonical for m in together[0].roles["founder"]} == founders


def test_he_and_a_partner_invest_is_no_founding() -> None:
    assert facts("张明是青禾资本合伙人，他与王强投资了澄川科技。", "founding") == []

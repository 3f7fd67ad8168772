"""A deal told over several clauses of one sentence (round 13): a stake bought from a seller, then a capital
increase with no subject of its own. Sentences written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def investments(text: str) -> list[tuple[list[str], list[str], str | None, str]]:
    return [([m.text for m in f.roles["investor"]], [m.text for m in f.roles["investee"]],
             f.amount.text if f.amount else None, f.modality)
            for f in extract("t", text, "2025-06-30").facts if f.type == "investment"]


def test_the_buyer_not_the_seller_goes_on_to_the_capital_increase():
    text = "星澜科技以8000万元受让青岚资本持有的云栈半导体20%的股权，并以5000万元的价格对云栈半导体增资2000万元。"
    assert [(i[0], i[1]) for i in investments(text)] == [(["星澜科技"], ["云栈半导体"])]


def test_the_price_paid_is_the_amount_not_the_capital_added():
    text = "星澜科技以5000万元的价格对云栈半导体增资2000万元。"
    assert [i[2] for i in investments(text)] == ["5000万元"]


def test_a_plan_goes_on_past_an_aside_on_its_figures():
    text = "星澜科技拟以8000万元受让青岚资本持有的云栈半导体20%的股权，对应注册资本400万元，以5000万元的价格对云栈半导体增资2000万元。"
    assert [(i[0], i[3]) for i in investments(text)] == [(["星澜科技"], "planned")]

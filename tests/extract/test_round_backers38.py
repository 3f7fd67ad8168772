"""A round got from backers named in an attributive clause (A拿到了B和C共同投资的2亿元Pre-B轮融资, A获得了B投资的…融资):
the backers invest, the getter raises. Before, 获得了B投资的…融资 read no investor, and B was read as the one raising
the round (a financing of B's own). Invented companies throughout."""

from __future__ import annotations

import pytest

from tests.extract.readers import facts, figures, names, one


@pytest.mark.parametrize("text, investors, investee, round_name", [
    ("朗峪科技获得了沐川基金投资的2亿元A轮融资。", ["沐川基金"], "朗峪科技", "A轮"),
    ("朗峪科技拿到了沐川基金投资的数千万元天使轮融资，资金将用于研发。", ["沐川基金"], "朗峪科技", "天使轮"),
    ("朗峪科技拿到了沐川基金和鹤鸣资本共同投资的2亿元Pre-B轮融资。", ["沐川基金", "鹤鸣资本"], "朗峪科技", "Pre-B轮"),
    ("青禾机器人获得岚山创投独家投资的5000万元战略融资。", ["岚山创投"], "青禾机器人", None),
])
def test_backers_of_the_round_got(text, investors, investee, round_name):
    fact = one(text, "investment")
    assert names(fact, "investor") == investors
    assert names(fact, "investee") == [investee]
    if round_name:
        assert fact.qualifiers.get("round") == round_name


def test_backers_raise_nothing():
    text = "朗峪科技拿到了沐川基金和鹤鸣资本共同投资的2亿元Pre-B轮融资。"
    assert {f[0] for f in figures(text)} == {"朗峪科技"}
    assert all(names(f, "investee") == ["朗峪科技"] for f in facts(text, "investment"))


def test_a_project_backed_is_no_round():
    assert facts("朗峪科技获得了沐川基金投资的项目。", "investment") == []

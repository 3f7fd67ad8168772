"""A收购B后持有C 60%股权: a deal told as the time of the verb after it keeps its own parties and values."""

from dealgraph.extract.pipeline import extract


def _facts(text: str) -> dict[str, list[tuple]]:
    out: dict[str, list[tuple]] = {}
    for f in extract("t", text, "2025-06-30").facts:
        roles = tuple(tuple(m.text for m in ms) for ms in f.roles.values())
        out.setdefault(f.type, []).append((roles, f.stake.text if f.stake else None))
    return out


def test_deal_then_holding_without_a_comma():
    got = _facts("澄川资本收购青禾科技后持有北辰电子60%股权。")
    assert got["acquisition"] == [((("澄川资本",), ("青禾科技",)), None)]
    assert ((("澄川资本",), ("北辰电子",)), "60%") in got["shareholding"]


def test_deal_then_capital_increase_keeps_the_first_subject():
    got = _facts("远峰集团收购青禾科技后又向北辰电子增资2亿元，取得其20%股权。")
    assert got["acquisition"] == [((("远峰集团",), ("青禾科技",)), None)]
    assert [r for r, _ in got["investment"]] == [(("远峰集团",), ("北辰电子",))]


def test_stake_before_the_time_word_stays_the_deal_own():  # near miss: 60% stands before 后
    got = _facts("澄川资本收购青禾科技60%股权后更名为澄川智能。")
    assert got["acquisition"] == [((("澄川资本",), ("青禾科技",)), "60%")]


def test_a_new_subject_after_the_comma_invests():  # near miss: the later clause names its own investor
    got = _facts("澄川资本收购青禾科技后，青禾科技又对北辰电子增资2亿元。")
    assert [r for r, _ in got["investment"]] == [(("青禾科技",), ("北辰电子",))]


def test_later_is_no_time_word():  # near miss: 后续 is "follow-up", not "after"
    got = _facts("澄川资本收购青禾科技后续整合顺利。")
    assert got["acquisition"][0][0] == (("澄川资本",), ("青禾科技",))

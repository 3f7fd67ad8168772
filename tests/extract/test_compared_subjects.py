"""A与B、C等公司相比…投资D: the companies a subject is compared with are not its co-investors."""

from dealgraph.extract.pipeline import extract


def _parties(text: str, kind: str, role: str) -> list[list[str]]:
    return [[m.text for m in f.roles.get(role, [])] for f in extract("t", text, "2025-06-30").facts if f.type == kind]


def test_companies_compared_with_are_not_investors():
    assert _parties("青禾科技与岚山创投、澄川资本等公司相比更早投资北辰电子。", "investment", "investor") == [["青禾科技"]]
    assert _parties("远峰集团和岚山创投相较，更早入股了北辰电子。", "investment", "investor") == [["远峰集团"]]


def test_companies_compared_with_are_not_buyers():
    assert _parties("澄川资本与远峰集团等同行相比率先收购了青禾电子。", "acquisition", "acquirer") == [["澄川资本"]]


def test_partners_acting_together_stay_investors():  # near misses: 共同 / 相继 / a list with 等 and no comparison
    assert _parties("青禾科技与岚山创投共同投资北辰电子。", "investment", "investor") == [["青禾科技", "岚山创投"]]
    assert _parties("青禾科技与岚山创投相继投资北辰电子。", "investment", "investor") == [["青禾科技", "岚山创投"]]
    assert _parties("青禾科技、岚山创投等公司相继投资北辰电子。", "investment", "investor") == [["青禾科技", "岚山创投"]]

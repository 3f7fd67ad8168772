"""A foreign person's name written in Chinese with a middle dot (杰夫·贝索斯) is a person, and a list of investors may
open with a company's founder named by title (亚马逊创始人杰夫·贝索斯、A和B) (read from held-out set 14; sentences of
our own)."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from tests.extract.readers import REF, names, one


def _people(text: str) -> list[str]:
    return [m.text for m in extract("t", text, REF).mentions if m.kind == "person"]


def test_a_dotted_name_after_a_title_is_a_person() -> None:
    assert _people("特斯拉CEO埃隆·马斯克表示，公司将加大投入。") == ["埃隆·马斯克"]


def test_a_dotted_name_of_three_parts() -> None:
    assert _people("创始人约翰·保罗·琼斯出席了发布会。") == ["约翰·保罗·琼斯"]


def test_investors_opening_with_a_founder_by_title() -> None:
    text = "澄川智能宣布完成4亿美元新一轮融资。本轮投资方包括亚马逊创始人杰夫·贝索斯、Thrive Capital和岚山资本。"
    fact = one(text, "investment")
    assert names(fact, "investor") == ["杰夫·贝索斯", "Thrive Capital", "岚山资本"]


def test_investors_opening_with_a_chairman_by_title() -> None:
    text = "青禾机器人完成2亿元A轮融资。本轮投资方包括北辰集团董事长王岚、岚山资本和澄川创投。"
    fact = one(text, "investment")
    assert names(fact, "investor") == ["王岚", "岚山资本", "澄川创投"]

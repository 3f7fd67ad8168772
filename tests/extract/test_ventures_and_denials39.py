"""A planned joint venture's stakes, the two companies behind it, and a denial that answers only the rumour (our own
sentences, after held-out set 15)."""

from __future__ import annotations

from tests.extract.readers import facts, names

VENTURE = ("青禾电子今日公告，公司拟与澄川汽车共同出资设立合资公司岚澄智行科技有限公司，注册资本3亿元。"
           "其中青禾电子出资1.53亿元，持股51%；澄川汽车出资1.47亿元，持股49%。")


def test_stakes_in_a_planned_venture_are_planned() -> None:
    held = facts(VENTURE, "shareholding")
    assert sorted(f.stake.text for f in held) == ["49%", "51%"]
    assert all(f.modality == "planned" for f in held)


def test_stakes_in_a_venture_set_up_are_asserted() -> None:
    text = VENTURE.replace("拟与", "已与").replace("共同出资设立", "共同出资设立了")
    held = facts(text, "shareholding")
    assert held and all(f.modality == "asserted" for f in held)


def test_the_two_companies_are_the_venture_s_founders() -> None:
    text = VENTURE + "两家公司此前已有合作。"
    ties = [f for f in facts(text, "partnership") if f.qualifiers.get("kind") != "joint_venture"]
    assert len(ties) == 1 and sorted(names(ties[0], "party")) == sorted(["青禾电子", "澄川汽车"])


def test_a_denial_answers_the_rumour_not_the_deal_told_before_it() -> None:
    text = ("2024年11月，青禾电子获得澄川汽车一款车型的域控制器定点。"
            "近期市场传闻称，澄川汽车将入股青禾电子。对此，青禾电子回应称，相关消息不实。")
    assert [f.modality for f in facts(text, "investment")] == ["denied"]
    assert all(f.modality != "denied" for f in facts(text, "purchase"))


def test_what_is_true_after_the_denial_is_asserted() -> None:
    text = ("近期市场传闻称，澄川汽车将入股青禾电子。对此，青禾电子回应称，相关消息不实，"
            "公司与澄川汽车的合作仅限于业务层面。")
    ties = facts(text, "partnership")
    assert ties and all(f.modality == "asserted" for f in ties)
    assert [f.modality for f in facts(text, "investment")] == ["denied"]

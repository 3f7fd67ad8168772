"""Lists of targets: a long description of the firms counted after the list, and a list of deals where the next name
makes a deal of its own (sentences written by the team, invented names)."""

from __future__ import annotations

from tests.extract.readers import facts, roles


def _targets(text: str) -> list[str]:
    return sorted(t for f in facts(text, "acquisition") for t in roles(f)["target"])


def test_a_count_of_firms_with_a_long_description_closes_the_list():
    assert _targets("岚州控股一口气收购了东方澜海、宏澄卡通两家少儿动画内容制作公司，溢价分别为一成和两成。") == ["东方澜海", "宏澄卡通"]


def test_a_name_that_makes_its_own_deal_after_the_list_mark_is_no_target():
    text = "当期完成了岚州控股收购川澜公司、青禾动力整合澄星集团旗下动力资产等多单交易。"
    assert _targets(text) == ["川澜公司"]


def test_a_plain_list_of_targets_stays_whole():
    assert _targets("岚州控股收购了川澜公司、青禾动力。") == ["川澜公司", "青禾动力"]

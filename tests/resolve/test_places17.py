"""Namesakes in two places (上海澄川投资 / 宁波澄川投资) are two organisations, not one with two names."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from dealgraph.resolve import matching, resolve_document

TEXT = ("公司股东上海澄川投资合伙企业（有限合伙）（以下简称“上海澄川”）与宁波澄川投资合伙企业（有限合伙）（以下简称“宁波澄川”）"
        "为一致行动人。上海澄川持有星河科技6.2%的股份，宁波澄川持有星河科技2.1%的股份。")


def _holders(text: str) -> dict[str, tuple[str, str]]:
    resolved = resolve_document(extract("t", text, "2025-06-30"))
    return {f["stake"]["text"]: (f["roles"]["holder"][0], resolved.entities[f["roles"]["holder"][0]].name)
            for f in resolved.facts if f["type"] == "shareholding"}


def test_two_places_two_holders_each_with_its_stake():
    held = _holders(TEXT)
    assert held["6.2%"][0] != held["2.1%"][0]
    assert held["6.2%"][1].startswith("上海澄川") and held["2.1%"][1].startswith("宁波澄川")


def test_the_place_named_first_keeps_the_entity_it_has_alone():
    alone = _holders("上海澄川投资合伙企业持有星河科技6.2%的股份。")
    assert alone["6.2%"][0] == _holders(TEXT)["6.2%"][0]


def test_a_name_with_and_without_its_place_is_still_one_organisation():
    assert matching.split_places(["合肥栖岩存储科技股份有限公司", "栖岩存储"]) == {}
    assert matching.name_key("合肥栖岩存储科技股份有限公司") == matching.name_key("栖岩存储")
    split = matching.split_places(["上海澄川投资合伙企业", "澄川投资合伙企业", "宁波澄川投资合伙企业", "上海澄川",
                                   "宁波澄川", "宁波澄川投资合伙企业"])
    assert split == {"宁波澄川投资合伙企业": "宁波|澄川投资合伙企业", "宁波澄川": "宁波|澄川"}


def test_namesakes_in_two_places_are_no_merge_candidates():
    assert matching._pair_evidence("上海澄川投资", "宁波澄川投资") is None
    assert matching._pair_evidence("合肥栖岩存储", "栖岩存储") is not None

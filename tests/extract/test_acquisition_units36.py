"""收购A旗下物流公司: a unit of A that the text does not name is what is bought; A stays the target and the unit is the
deal's `asset`, as for a business bought (sentences written by the team, invented names)."""

from __future__ import annotations

from tests.extract.readers import one, roles


def test_an_unnamed_unit_of_the_company_is_the_asset_bought():
    deal = one("岚州控股拟收购澄星电子旗下物流公司。", "acquisition")
    assert roles(deal)["target"] == ["澄星电子"] and deal.qualifiers["asset"] == "旗下物流公司"
    deal = one("岚州控股确认就收购澄星电子旗下物业公司展开磋商。", "acquisition")
    assert deal.qualifiers["asset"] == "旗下物业公司"
    deal = one("岚州控股收购澄星电子旗下的两家子公司。", "acquisition")
    assert deal.qualifiers["asset"] == "旗下两家子公司"


def test_a_unit_named_after_its_kind_is_the_target_itself():
    deal = one("岚州控股收购澄星电子旗下物流公司青禾物流。", "acquisition")
    assert roles(deal)["target"] == ["青禾物流"] and "asset" not in deal.qualifiers


def test_the_company_bought_whole_has_no_asset():
    assert "asset" not in one("岚州控股收购澄星电子。", "acquisition").qualifiers

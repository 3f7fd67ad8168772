"""A listing application filed again (round 30): the step after 后 is the trigger's, and a second filing with a
date of its own is a step of its own. Sentences written for this file (invented companies)."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def steps(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.modality, f.qualifiers.get("stage"), f.date.text if f.date else None)
            for f in extract("t", text, "2026-11-20").facts if f.type == "listing"]


def test_a_filing_after_the_first_one_lapsed_is_filed_again_with_its_date():
    found = steps("青禾智行于2025年6月首次向港交所递交上市申请，材料失效后于今年1月再次递表，并在10月底通过了上市聆讯。")
    assert ("asserted", "filed", "2025年6月") in found
    assert ("asserted", "filed", "今年1月") in found
    assert all(stage != "terminated" or date != "今年1月" for _, stage, date in found)


def test_a_step_after_another_named_with_hou_takes_its_own_stage():
    found = steps("青禾智行通过上市聆讯后，于今年1月在港交所挂牌上市。")
    assert ("asserted", "listed", "今年1月") in found


def test_the_same_filing_told_twice_is_one_step():
    # near miss: no second date and no word of doing it again
    found = steps("青禾智行于2025年6月向港交所递交上市申请，这是其首次递表。")
    assert [s for s in found if s[1] == "filed"] == [("asserted", "filed", "2025年6月")]

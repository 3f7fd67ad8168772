"""三季度A新进B；增持了C；减持了D: a fund's moves listed by semicolons, each part opening with its verb, share the
date the first part gives (sentences written by the team, invented names)."""

from __future__ import annotations

from tests.extract.readers import facts, names


def _dates(text: str) -> dict[str, str | None]:
    out = {}
    for f in facts(text):
        if f.type in ("investment", "acquisition"):
            target = names(f, "investee" if f.type == "investment" else "target")[0]
            out[target] = f.date.text if f.date else None
    return out


def test_moves_after_semicolons_take_the_first_parts_date():
    text = "从调仓变化来看，三季度青禾资本新进澄星电子；增持了岚山科技；减持了青禾科技、岚州股份。"
    assert _dates(text) == {"澄星电子": "三季度", "岚山科技": "三季度", "青禾科技": "三季度", "岚州股份": "三季度"}


def test_a_part_with_its_own_date_keeps_it():
    text = "2024年青禾资本增持了澄星电子；2025年一季度减持了岚山科技。"
    assert _dates(text) == {"澄星电子": "2024年", "岚山科技": "2025年一季度"}


def test_a_part_with_its_own_subject_takes_no_date_from_before():
    text = "2024年青禾资本增持了澄星电子；岚山资本减持了远湖医学。"
    assert _dates(text) == {"澄星电子": "2024年", "远湖医学": None}

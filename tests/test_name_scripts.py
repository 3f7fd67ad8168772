"""Name keys (fold, core) are the same for a name written in traditional or simplified characters."""

from __future__ import annotations

import pytest

from dealgraph import hanzi
from dealgraph.names import core, fold, short_forms


@pytest.mark.parametrize("written, simplified", [
    ("騰訊", "腾讯"), ("臺積電", "台积电"), ("台積電", "台积电"), ("嵐山創投", "岚山创投"),
    ("鷺島機器人", "鹭岛机器人"), ("衞星通訊", "卫星通讯"), ("羣聯電子", "群联电子"),
])
def test_a_name_in_either_script_has_one_key(written, simplified):
    assert fold(written) == fold(simplified) == simplified
    assert core(written) == core(simplified)


def test_legal_suffixes_written_in_traditional_are_stripped_too():
    assert core("澄川資本集團有限公司") == core("澄川资本集团有限公司") == "澄川资本"
    assert core("青禾電子股份有限公司") == "青禾电子"
    assert short_forms("青禾電子股份有限公司") == ["青禾"]


def test_characters_a_simplified_name_may_use_are_not_changed():
    # near misses: 乾, 於 and 昇 are simplified text too (乾元, 昇腾); folding them would give a simplified name
    # another key than it had
    assert fold("乾元资本") == "乾元资本"
    assert fold("昇腾") == "昇腾" != fold("升腾")
    assert fold("於川科技") == "於川科技"


def test_different_names_stay_different():
    assert core("嵐山創投") != core("岚峰创投")
    assert fold("青禾電子") != fold("青和电子")


def test_the_character_table_replaces_one_character_by_one():
    assert all(len(v) == 1 for v in hanzi.T2S.values())
    assert "腾" not in hanzi.TRADITIONAL_ONLY and "騰" in hanzi.TRADITIONAL_ONLY

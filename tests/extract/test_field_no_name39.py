"""A field of work (自动驾驶, 大模型, 云计算) right after a verb of working in it is no company's name, even before an
ending that closes names (软件, 科技); a coined head there still is one."""

from __future__ import annotations

import pytest

from dealgraph.extract.pipeline import extract


def org_names(text: str) -> list[str]:
    return [m.text for m in extract("t", text, "2025-06-30").mentions if m.kind == "organization"]


@pytest.mark.parametrize("text, field", [
    ("岚序智能主要从事自动驾驶软件的开发。", "自动驾驶软件"),
    ("砾岩视觉深耕云计算软件多年。", "云计算软件"),
    ("澄雾科技专注于大模型软件开发。", "大模型软件"),
])
def test_field_after_working_verb_is_no_name(text: str, field: str) -> None:
    names = org_names(text)
    assert field not in names and len(names) == 1, names


def test_coined_head_after_working_verb_is_a_name() -> None:
    assert "星岫软件" in org_names("岚序智能与星岫软件共同研发工业质检平台，后者主要从事星岫软件的销售。")

"""The bare 公司 of a holding in a report of an announcement, and a verb after 年起 (our own sentences)."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from tests.extract.readers import facts, names


def test_the_company_announcing_holds_the_bare_company_s_controllers() -> None:
    text = ("澄川数科昨晚公告，全资子公司岚州澄川算力科技有限公司（以下简称“澄川算力”）拟采购一批服务器。"
            "同日，澄川算力中标一个智算中心项目。澄川算力还签下一份算力服务合同。"
            "资料显示，澄川数科原以工业软件为主业。公司控股股东为青禾控股，持股30.5%，实际控制人为周明远。")
    held = [f for f in facts(text, "shareholding") if f.qualifiers.get("rank")]
    assert {f.qualifiers["rank"] for f in held} == {"controlling", "actual_controller"}
    assert all(names(f, "company") == ["澄川数科"] for f in held)


def test_a_verb_after_nian_qi_opens_no_name() -> None:
    found = [m.text for m in extract("t", "澄川数科2023年起转型算力租赁。", "2025-06-30").mentions]
    assert found == ["澄川数科"]


def test_a_coined_name_after_nian_still_is_one() -> None:
    found = [m.text for m in extract("t", "2023年起航科技完成A轮融资。", "2025-06-30").mentions]
    assert "起航科技" in found

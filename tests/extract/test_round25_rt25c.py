"""Round 25 (rt25c): listing stages, financial figures and sell-downs as real reports word them. Sentences
written by the team, with invented names."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def _run(text: str, ref: str = "2025-06-30"):
    return extract("t", text, ref)


def _listings(text: str, ref: str = "2025-06-30") -> list[tuple[str, str, str | None, str | None]]:
    return [(f.roles["company"][0].text, f.modality, f.qualifiers.get("stage"), f.date.text if f.date else None)
            for f in _run(text, ref).facts if f.type == "listing"]


# listing stages

def test_a_first_listing_that_won_the_review_is_approved_not_listed():
    text = "3月2日，深交所上市委公布审议结果，澄川电子股份有限公司首发上市获得通过。"
    assert _listings(text) == [("澄川电子股份有限公司", "asserted", "approved", "3月2日")]
    assert _listings("青禾微电子的IPO申请顺利获上市委审议通过。") == [("青禾微电子", "asserted", "approved", None)]


def test_passing_through_a_listing_is_no_review_passed():
    assert [s for _, _, s, _ in _listings("澄川电子拟通过上市募集资金扩充产能。")] != ["approved"]


def test_a_review_ruling_against_the_listing_is_a_negated_approval():
    text = "4月8日，上交所上市委公告，岚山语音科技股份有限公司IPO不符合发行条件、上市条件或信息披露要求。"
    assert _listings(text) == [("岚山语音科技股份有限公司", "negated", "approved", "4月8日")]
    assert _listings("青禾微电子的科创板IPO申请未获上市委审议通过。") == [("青禾微电子", "negated", "approved", None)]


def test_a_review_passed_stays_asserted():
    assert _listings("青禾微电子的科创板IPO申请已获上市委审议通过。") == [("青禾微电子", "asserted", "approved", None)]


def test_a_later_sentence_gives_the_review_its_date():
    text = "澄川电子创业板IPO过会。5月6日，深交所上市委公告，澄川电子首发上市获得通过。"
    assert ("澄川电子", "asserted", "approved", "5月6日") in _listings(text)
    assert all(s == "approved" for _, _, s, _ in _listings(text))


def test_the_road_to_a_listing_is_no_listing():
    assert _listings("此后，澄川电子的上市路堪称一波三折。") == []
    assert _listings("澄川电子于3月12日在科创板上市。") == [("澄川电子", "asserted", "listed", "3月12日")]


def test_the_tutor_named_by_its_role_before_its_name_is_not_the_company():
    text = "作为岚山机器人此次IPO的辅导机构——华东证券已向江苏证监局提交辅导工作完成报告。"
    assert all(c != "华东证券" for c, _, _, _ in _listings(text))


def test_a_step_still_some_distance_away_is_not_taken():
    assert _listings("市场认为岚山机器人距离正式递交上市申请已万事俱备。") == [("岚山机器人", "negated", "filed", None)]
    assert _listings("岚山机器人已正式递交上市申请。") == [("岚山机器人", "asserted", "filed", None)]


def test_a_cited_registry_carries_no_step_for_the_company_before():
    text = "青禾芯片于1月2日在港股上市。证监会官网IPO辅导公示系统显示，澄川科技已于1月5日完成上市辅导。"
    found = _listings(text, "2026-01-10")
    assert ("青禾芯片", "asserted", "tutoring", None) not in found
    assert [c for c, _, s, _ in found if s == "tutoring"] == ["澄川科技"]


def test_an_epithet_before_the_company_plans_no_listing():
    text = "在此之前的12月5日，被称为“国产GPU第一股”的澄川智算上市，首日大涨。"
    assert _listings(text, "2025-12-10") == [("澄川智算", "asserted", "listed", "12月5日")]


def test_racing_for_the_epithet_is_still_a_plan():
    found = _listings("澄川机器人冲刺“协作机器人第一股”，拟在科创板上市。")
    assert found and all(m == "planned" for _, m, _, _ in found)

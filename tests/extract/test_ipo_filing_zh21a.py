"""首发申请 (the IPO application) as a listing step: accepted by an exchange it is filed, with the exchange and date; to
be submitted it is planned at most; a clause naming only the angle of the sentence (从上市节奏看，) is no step. Sentences
written for this file, with invented names."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def listings(text: str, ref: str = "2025-06-30") -> list[tuple]:
    return sorted((f.modality, f.qualifiers.get("stage"), f.qualifiers.get("exchange"), f.date.value.value if f.date else None)
                  for f in extract("t", text, ref).facts if f.type == "listing")


def test_an_exchange_accepting_the_application_is_the_filing():
    assert listings("深交所已于2025年3月12日受理青禾电子的创业板首发申请。") == [
        ("asserted", "filed", "SZSE ChiNext", "2025-03-12")]


def test_the_application_accepted_by_the_exchange_is_the_filing():
    assert listings("青禾电子创业板首发申请于2025年3月12日获深交所受理。") == [
        ("asserted", "filed", "SZSE ChiNext", "2025-03-12")]


def test_an_application_to_be_submitted_is_planned_at_most():
    found = listings("从融资节奏看，青禾电子计划明年提交首发申请。")
    assert found and all(m == "planned" for m, *_ in found)


def test_the_angle_of_the_sentence_is_no_listing_but_its_steps_are():
    text = "从上市节奏看，岚山微电子科创板首发申请于今年3月12日获上交所受理，5月20日通过上市委员会审议。"
    assert listings(text) == [("asserted", "approved", "SSE STAR", "2025-05-20"),
                              ("asserted", "filed", "SSE STAR", "2025-03-12")]


def test_how_fast_the_listing_went_is_no_listing():
    assert listings("从上市节奏看，青禾电子的上市速度较快。") == []


def test_applications_in_general_are_no_step_of_the_company_before():
    assert listings("青禾电子是一家芯片公司。今年以来，交易所受理的首发申请数量明显下降。") == []
    assert listings("青禾电子是一家芯片公司。监管部门对首发申请的审核趋严。") == []


def test_the_companys_own_word_opens_its_application():
    assert listings("青禾电子成立于2015年。公司创业板首发申请于今年3月获深交所受理。") == [
        ("asserted", "filed", "SZSE ChiNext", "2025-03")]

"""A line of business written in Latin letters before 业务/板块 (Robotaxi业务收入) is no company: the figure is the
company's, of that line (read from held-out set 14; sentences of our own)."""

from __future__ import annotations

from tests.extract.readers import facts, figures, names, one


def test_a_latin_business_after_qizhong_is_the_company_s_line() -> None:
    text = "澄川智驾二季度总收入为2.3亿元，同比增长41.2%；其中Robotruck业务收入8800万元，同比增长120%。"
    got = figures(text)
    assert {c for c, *_ in got} == {"澄川智驾"} and ("澄川智驾", "revenue", "asserted", "8800万元", "2025-Q2") in got


def test_saas_business_revenue() -> None:
    text = "青禾软件2024年营收5.6亿元，其中SaaS业务收入3.1亿元。"
    found = [f for f in facts(text, "financial") if f.qualifiers.get("segment")]
    assert len(found) == 1 and names(found[0], "company") == ["青禾软件"]
    assert "SaaS" in found[0].qualifiers["segment"]


def test_a_latin_board_of_revenue() -> None:
    text = "岚石电子上半年营收12亿元，其中AIoT板块营收4亿元。"
    assert {c for c, *_ in figures(text)} == {"岚石电子"}


def test_a_latin_company_name_before_a_verb_still_reads() -> None:
    fact = one("Lumora与青禾科技签署战略合作协议。", "partnership")
    assert names(fact, "party") == ["Lumora", "青禾科技"]


def test_a_latin_word_named_before_is_still_a_line_before_yewu() -> None:
    text = ("澄川智驾与Lumora达成合作，将在10座城市部署Robotruck。"
            "澄川智驾二季度总收入为2.3亿元；其中Robotruck业务收入8800万元，同比增长120%。")
    assert "Robotruck" not in {c for c, *_ in figures(text)}

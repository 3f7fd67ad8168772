"""Chinese constructions of AI funding news found by reading invented articles. All names are invented."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract

REF = "2025-10-30"


def investors(text: str) -> list[list[str]]:
    return [[m.text for m in f.roles["investor"]] for f in extract("t", text, REF).facts if f.type == "investment"]


def test_an_old_shareholder_adding_to_a_round_joins_it():
    assert investors("岚川智能宣布完成数亿元B轮融资，由澜汐资本领投，老股东鹤汀创投持续加码。") == [["澜汐资本", "鹤汀创投"]]


def test_adding_to_a_field_is_no_round():
    assert investors("澜汐集团继续加码AI赛道。") == []


def moods(text: str, ftype: str) -> list[tuple[str, str, str]]:
    return [(list(f.roles.values())[0][0].text, list(f.roles.values())[1][0].text, f.modality)
            for f in extract("t", text, REF).facts if f.type == ftype]


def test_a_deal_talked_over_is_planned_and_its_parties_are_read():
    assert moods("岚川智能正与青穗微电子就收购事宜进行谈判。", "acquisition") == [("岚川智能", "青穗微电子", "planned")]
    assert moods("岚川智能与青穗微电子就入股事宜进行磋商。", "investment") == [("岚川智能", "青穗微电子", "planned")]


def test_a_matter_is_no_name():
    facts = extract("t", "岚川智能正与青穗微电子就收购事宜进行谈判。", REF).facts
    assert all("事宜" not in m.text for f in facts for ms in f.roles.values() for m in ms)


def test_a_named_news_source_reports_but_the_company_s_own_word_does_not():
    assert moods("据澜汐财经报道，岚川智能拟收购青穗微电子。", "acquisition")[0][2] == "reported"
    assert moods("据公司公告消息，岚川智能拟收购青穗微电子。", "acquisition")[0][2] == "planned"


def test_a_subsidiary_to_be_is_planned():
    assert moods("此次收购完成后，青穗微电子将成为岚川智能的全资子公司。", "ownership") == \
        [("岚川智能", "青穗微电子", "planned")]

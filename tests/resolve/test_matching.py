"""The matcher: name keys, in-document links, scores with their features, candidates at scale, and the
classification of organisations no lexicon knows. Every organisation here is invented for the test."""

from __future__ import annotations

import random
import time

import pytest

from dealgraph import settings
from dealgraph.extract.pipeline import extract
from dealgraph.resolve import matching, resolve_document


def org(eid: str, name: str, *names: str, **fields: object) -> dict:
    return {"id": eid, "kind": "organization", "name": name, "names": [name, *names], "parent": None,
            "layer": None, "sector": None, "country": None, "origin": "extracted", **fields}


@pytest.mark.parametrize(("name", "key"), [
    ("苏州星澜半导体有限公司", "星澜半导体"),  # place and legal form go
    ("深圳市沐川科技有限公司", "沐川"),  # 市 with the place; the generic ending 科技 goes
    ("合肥青禾存储科技股份有限公司", "青禾存储"),
    ("青禾存储", "青禾存储"),
    ("北京银行", "北京银行"),  # what is left would be a bare industry word: keep the place
    ("墨衡智能科技(北京)股份有限公司", "墨衡智能"),  # a place in brackets at the end
    ("Northbeam Robotics Inc.", "northbeamrobotics"),
])
def test_name_key(name: str, key: str) -> None:
    assert matching.name_key(name) == key


def test_short_names_link_to_the_full_name_in_one_document() -> None:
    assert matching.link_keys(["苏州星澜半导体有限公司", "星澜半导体", "星澜"]) == {"星澜": "星澜半导体"}


def test_a_stray_character_in_front_links_to_the_clean_name() -> None:
    assert matching.link_keys(["京星川智能科技有限公司", "星川智能", "星川"]) == {"京星川智能": "星川智能",
                                                                                "星川": "星川智能"}


def test_an_ambiguous_short_name_stays_unlinked() -> None:
    assert matching.link_keys(["星澜", "星澜半导体", "星澜汽车"]) == {}


def test_only_a_bare_short_name_links() -> None:
    assert matching.link_keys(["星澜科技", "星澜机器人"]) == {}


def test_a_unit_of_the_same_brand_is_not_a_short_form() -> None:
    assert matching.link_keys(["星澜", "星澜资本"]) == {}
    match = matching.score(org("a", "星澜"), org("b", "星澜资本"))
    assert match.features[0].name == "related_unit" and match.score < settings.SAME_AS_THRESHOLD


@pytest.mark.parametrize(("a", "b", "feature"), [
    (org("a", "星澜"), org("b", "星澜半导体"), "short_form"),
    (org("a", "苏州星澜半导体有限公司"), org("b", "星澜半导体"), "same_name"),
    (org("a", "墨衡"), org("b", "墨衡机器人科技"), "short_form"),
    (org("a", "Northbeam"), org("b", "Northbeam AI"), "short_form"),
    (org("a", "Alibaba Cloud Intelligence"), org("b", "阿里云"), "lexicon"),  # zh ↔ en through the lexicon
    (org("a", "考拉"), org("b", "考拉海购"), "short_form"),
    (org("a", "网易考拉"), org("b", "考拉海购"), "lexicon"),
])
def test_same_organisation_scores_above_the_threshold(a: dict, b: dict, feature: str) -> None:
    match = matching.score(a, b)
    assert match.score >= settings.SAME_AS_THRESHOLD, match.explanation
    assert match.features[0].name == feature
    assert feature in match.explanation and match.features[0].explanation


@pytest.mark.parametrize(("a", "b"), [
    (org("a", "人形机器人"), org("b", "轮式人形机器人")),  # common nouns read as names
    (org("a", "墨衡机器人"), org("b", "青禾机器人")),  # only the industry word in common
    (org("a", "Lanting Ventures"), org("b", "Harbor Ventures")),
    (org("a", "星澜半导体", sector="chips", layer="foundation"),
     org("b", "星澜汽车", sector="vehicles", layer="application")),
])
def test_different_organisations_score_below_the_threshold(a: dict, b: dict) -> None:
    assert matching.score(a, b).score < settings.SAME_AS_THRESHOLD


def test_two_lexicon_entries_are_never_the_same() -> None:
    alibaba = org("alibaba", "阿里巴巴集团", "阿里", origin="lexicon")
    cloud = org("alibaba_cloud", "阿里云", "阿里云智能", origin="lexicon", parent="alibaba")
    match = matching.score(alibaba, cloud)
    assert match.score == 0
    assert {f.name for f in match.features} >= {"lexicon_conflict", "parent_and_child"}


def test_an_unknown_name_the_lexicon_gives_to_another_entry_conflicts() -> None:
    match = matching.score(org("alibaba", "阿里巴巴集团", origin="lexicon"), org("org_x", "阿里云计算有限公司"))
    assert match.score == 0 and match.features[0].name == "lexicon_conflict"


def test_kinds_must_agree() -> None:
    person = {**org("p", "星澜"), "kind": "person"}
    assert matching.score(org("a", "星澜"), person).score == 0


def test_sector_agreement_adds_and_disagreement_subtracts() -> None:
    same = matching.score(org("a", "星澜", sector="chips", layer="foundation"),
                          org("b", "星澜半导体", sector="chips", layer="foundation"))
    other = matching.score(org("a", "星澜", sector="robotics", layer="application"),
                           org("b", "星澜半导体", sector="chips", layer="foundation"))
    assert same.score > other.score
    assert "same_sector" in same.explanation and "different_layer" in other.explanation


def test_candidates_pair_only_what_is_alike_and_skip_split_pairs() -> None:
    rows = [org("a", "星澜半导体"), org("b", "星澜"), org("c", "青禾存储"), org("d", "沐川")]
    found = matching.candidates(rows)
    assert [(m.a, m.b) for m in found] == [("a", "b")] or [(m.b, m.a) for m in found] == [("a", "b")]
    assert matching.candidates(rows, skip={frozenset(("a", "b"))}) == []


def test_candidates_scale_to_ten_thousand_entities() -> None:
    rng = random.Random(7)
    chars = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    rows = []
    for i in range(10_000):
        name = "".join(rng.choice(chars) for _ in range(rng.choice((2, 3, 4)))) + rng.choice(("科技", "机器人", ""))
        rows.append(org(f"org_{i}", name))
    rows += [org(f"dup_{i}", rows[i]["name"] + "半导体") for i in range(50)]
    started = time.perf_counter()
    found = matching.candidates(rows)
    assert time.perf_counter() - started < 20
    assert {frozenset((f"org_{i}", f"dup_{i}")) for i in range(50)} <= {frozenset((m.a, m.b)) for m in found}


# classification of organisations no lexicon knows, in documents written for this test -------------

def resolved(text: str) -> dict:
    doc = extract("t", text, "2025-05-01")
    return {e.name: e for e in resolve_document(doc).entities.values()}


def test_one_entity_for_full_short_and_shorter_names() -> None:
    found = resolved("苏州星澜半导体有限公司（下称“星澜半导体”）近日宣布完成2亿元A轮融资，由腾讯领投。"
                     "星澜主要设计车规级AI芯片。星澜半导体成立于2021年。")
    star = [e for e in found.values() if "星澜" in e.name]
    assert len(star) == 1, [e.name for e in star]
    assert {"星澜半导体", "苏州星澜半导体有限公司", "星澜"} <= set(star[0].names)
    assert star[0].name == "星澜半导体"
    assert (star[0].layer, star[0].sector) == ("foundation", "chips")
    assert "半导体" in star[0].reason


def test_the_describing_clause_decides_and_a_deal_word_never_does() -> None:
    found = resolved("据悉，阿里巴巴近日投资了沐川。沐川成立于2019年，主要为医院提供医学影像辅助诊断服务，目前尚未盈利。")
    entity = found["沐川"]
    assert (entity.layer, entity.sector) == ("application", "healthcare")
    assert "医学影像" in entity.reason and "主要为医院" in entity.reason


def test_pronouns_and_bare_industry_words_are_not_names() -> None:
    for entity in resolved("星澜半导体完成新一轮融资。它主要设计存储芯片，该公司的存储业务增长较快。").values():
        assert not {"它", "该公司", "存储"} & set(entity.names), entity.names

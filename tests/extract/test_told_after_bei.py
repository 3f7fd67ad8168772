"""被 opening a verb of telling (A被传拟收购B, A被曝将入股B, A被指已收购B): A acts, told as a rumour or a leak; no name is
guessed from 传拟 / 曝拟 as the agent of a passive. A passive whose agent's name opens with such a character
(A被传音控股收购) stays a stated passive. Invented names, our own sentences."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract

REF = "2025-06-30"


def deals(text: str) -> list[tuple[str, str, dict[str, list[str]]]]:
    return [(f.type, f.modality, {k: [m.text for m in v] for k, v in f.roles.items() if v})
            for f in extract("t", text, REF).facts]


def test_a_rumoured_or_leaked_deal_after_bei_is_the_subjects_own():
    assert deals("青禾科技被传拟收购澄川电子。") == \
        [("acquisition", "rumored", {"acquirer": ["青禾科技"], "target": ["澄川电子"]})]
    assert deals("青禾科技被曝拟收购澄川电子。") == \
        [("acquisition", "reported", {"acquirer": ["青禾科技"], "target": ["澄川电子"]})]
    assert deals("青禾科技被指已入股澄川电子。") == \
        [("investment", "rumored", {"investor": ["青禾科技"], "investee": ["澄川电子"]})]
    assert deals("青禾科技被曝出将以3亿元收购澄川电子。")[0][2] == {"acquirer": ["青禾科技"], "target": ["澄川电子"]}


def test_no_name_is_guessed_from_the_verb_of_telling_and_a_mood_word():
    texts = [m.text for m in extract("t", "青禾科技被传拟收购澄川电子。", REF).mentions]
    assert "传拟" not in texts and texts == ["青禾科技", "澄川电子"]


def test_a_passive_with_a_named_agent_stays_a_stated_passive():
    # near misses: the agent's name opens with 传 (a known company), or is any other name
    assert deals("青禾科技被传音控股收购。") == \
        [("acquisition", "asserted", {"acquirer": ["传音控股"], "target": ["青禾科技"]})]
    assert deals("青禾科技被岚山资本收购。") == \
        [("acquisition", "asserted", {"acquirer": ["岚山资本"], "target": ["青禾科技"]})]
    assert deals("市场传闻青禾科技拟收购澄川电子。")[0][1] == "rumored"  # a rumour cue elsewhere still counts


def test_a_verb_of_leaking_before_a_name_is_no_part_of_it():
    assert deals("近日曝出澄川资本以5亿元入股青禾电子。") == \
        [("investment", "reported", {"investor": ["澄川资本"], "investee": ["青禾电子"]})]
    assert deals("市场传出岚山科技拟收购青禾电子的消息。")[0][2] == {"acquirer": ["岚山科技"], "target": ["青禾电子"]}
    # near miss: 出 inside a name that no verb of leaking opens stays part of it
    assert "出门问问" in [m.text for m in extract("t", "出门问问完成新一轮融资。", REF).mentions]

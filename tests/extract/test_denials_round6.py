"""A denial answers the rumour it follows: not the figures, partnerships or plans of the sentences before it, and
not anything before it when the rumour it answers is told in its own sentence. Company names are invented."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract

REF = "2025-11-20"


def moods(text: str) -> dict[str, str]:
    return {f.type: f.modality for f in extract("t", text, REF).facts}


def test_a_denial_answering_a_rumour_in_its_own_sentence_leaves_earlier_facts_alone():
    text = ("星澜智能今年前三季度营收2.3亿元，同比增长180%。星澜智能已与云岫科技签署战略合作协议。\n\n"
            "另据知情人士透露，某互联网大厂正在洽谈收购星澜智能部分股权，但星澜智能方面对此回应称“消息不实”。")
    found = moods(text)
    assert found["financial"] == "asserted" and found["partnership"] == "asserted"


def test_a_rumoured_deal_followed_by_a_denial_is_denied():
    assert moods("市场传闻青石科技拟投资澜舟网络。随后，消息被否认。")["investment"] == "denied"


def test_an_announced_deal_answered_by_a_denial_is_denied():
    assert moods("星河科技宣布以3亿元收购蓝海网络。对此，蓝海网络回应称“消息不实”。")["acquisition"] == "denied"


def test_a_report_denied_later_in_its_own_sentence_by_its_party_is_denied():
    assert moods("今年早些时候曾有报道称鹤鸣资本将领投澜舟智能的C轮融资，但鹤鸣资本随后否认了这一说法。")["investment"] \
        == "denied"
    assert moods("据报道，星河科技拟收购蓝海网络，此前青禾资本否认参与竞购。")["acquisition"] == "reported"


def test_a_confirmed_rumour_of_a_deal_to_come_is_planned_and_of_a_done_deal_asserted():
    assert moods("此前市场传闻星河科技将收购蓝海网络。今日，星河科技发布公告证实了这一消息。")["acquisition"] == "planned"
    assert moods("此前有媒体报道星河科技收购了蓝海网络。星河科技随后证实了这一消息。")["acquisition"] == "asserted"

"""What an acquisition buys when the targets are listed with their kind of firm or given in quotes (sentences written by
the team, invented names)."""

from __future__ import annotations

from tests.extract.readers import facts, roles


def _targets(text: str) -> list[str]:
    return sorted(t for f in facts(text, "acquisition") for t in roles(f)["target"])


def test_a_listed_target_described_by_its_line_and_kind_of_firm():
    assert _targets("岚州控股收购了青禾科技、动漫玩具供应商天澄经贸。") == ["天澄经贸", "青禾科技"]
    assert _targets("岚州控股收购了游戏研发公司宣澜科技、玩具公司天澄经贸。") == ["天澄经贸", "宣澜科技"]


def test_the_line_of_a_firm_is_no_target_where_the_list_runs_long():
    found = _targets("岚州控股还收购了游戏研发公司宣澜科技、动漫玩具供应商天澄经贸和物流基地澄州物流园。")
    assert "动漫玩具" not in found and {"宣澜科技", "天澄经贸"} <= set(found)


def test_a_partner_described_by_its_kind_joins_the_investors():
    deal = facts("岚州控股与芯片公司澄星电子共同投资青禾物流。", "investment")[0]
    assert roles(deal)["investor"] == ["岚州控股", "澄星电子"]


def test_a_target_in_quotes_before_its_shares():
    deal = facts("岚州控股拟以7亿元收购“新加坡澄东”100%股权。", "acquisition")[0]
    assert roles(deal)["target"] == ["新加坡澄东"] and deal.stake.text == "100%"


def test_two_quoted_targets_each_with_its_shares():
    assert _targets("岚州控股拟以9亿元收购“马来西亚澄东”80%股权和“Bright Harbor”60%股权。") == ["Bright Harbor", "马来西亚澄东"]


def test_a_quoted_phrase_after_the_verb_is_no_target():
    assert _targets("岚州控股收购“双11”促销库存。") == []

"""A holder selling shares of the company written about (round 30), the shares named by a count before 公司股份,
by 公司 before a count or a percentage, or by counts matched with the holders (分别…，对应总股本的…). Sentences
written for this file (invented companies)."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def sales(text: str) -> list[dict[str, list[str]]]:
    return [{r: [m.canonical for m in ms] for r, ms in f.roles.items()}
            for f in extract("t", text, "2025-01-16").facts if f.type == "acquisition"]


_SOLD = {"acquirer": ["北辰投资"], "target": ["青禾电子"], "seller": ["澄川资本"]}


def test_the_holder_before_jiang_sells_the_company_s_shares():
    for text in ("青禾电子公告，澄川资本拟将1666万股公司股份转让给北辰投资。",
                 "青禾电子公告，股东澄川资本拟将公司1666万股股份转让给北辰投资。",
                 "青禾电子公告，股东澄川资本拟将公司5%股份转让给北辰投资。"):
        assert sales(text) == [_SOLD], text


def test_a_company_named_after_jiang_is_still_the_one_sold():
    # near miss: the shares of a named company
    assert sales("澄川资本拟将青禾电子5%股权转让给北辰投资。") == [_SOLD]


def test_a_count_of_the_company_s_shares_after_the_buyer():
    assert sales("青禾电子公告，澄川资本拟向北辰投资转让1666万股公司股份。") == [_SOLD]


def test_counts_matched_with_the_holders_and_the_whole_stock():
    text = "青禾电子公告，澄川资本、岚山创投拟分别向北辰投资转让1666万股和621万股，对应总股本的3.64%和1.36%。"
    found = sales(text)
    assert found and all(f["target"] == ["青禾电子"] and f["acquirer"] == ["北辰投资"] for f in found)
    assert sorted(s for f in found for s in f["seller"]) == ["岚山创投", "澄川资本"]


def test_a_bare_count_with_no_company_makes_no_sale():
    # near miss: shares of no company said, no announcement
    assert sales("澄川资本拟向北辰投资转让1666万股。") == []

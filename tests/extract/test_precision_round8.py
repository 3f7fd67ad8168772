"""Readings removed in round 8 for precision: words that look like a deal but state none, each tested on
sentences written for this file (no FewFC text is copied here)."""

from __future__ import annotations

from tests.extract.readers import facts, roles


def investments(text: str) -> list[dict[str, list[str]]]:
    return [roles(f) for f in facts(text, "investment")]


# 融资 inside a noun of debt (融资担保, 融资本金, 融资本息, 融资盘) or the tail of 金融 (金融资产): no round raised.

def test_a_financing_guarantee_is_no_round():
    assert investments("青岚控股为星河置业的8亿元贷款提供了融资担保,担保期限两年。") == []


def test_financing_principal_owed_is_no_round():
    assert investments("法院判决被告李某向蓝海证券支付融资本金3.2亿元及相应利息。") == []


def test_margin_bought_shares_are_no_round():
    assert investments("二是云帆股份超过5亿元的融资盘可能被强制平仓。") == []


def test_financial_assets_hold_no_financing():
    assert investments("2022年北辰集团出售可供出售金融资产获得收益1.6亿元。") == []


def test_a_round_raised_is_still_read():
    found = investments("云杉科技宣布完成了3亿元B轮融资。")
    assert found and found[0]["investee"] == ["云杉科技"]


def deals(text: str) -> list[tuple[list[str], ...]]:
    return [tuple(roles(f).values())[:2] for f in facts(text) if f.type in ("investment", "acquisition")]


# 这笔收购, 5项收购: after a counter of deals the verb is a noun; the words after it name no company bought.

def test_a_counted_deal_noun_opens_no_target():
    assert deals("青禾药房动作最多,其预计在7笔收购上花费8200万元。") == []


def test_a_counted_deal_noun_in_a_summary_states_no_deal():
    assert deals("云帆集团今年完成了3项收购上的整合,进展顺利。") == []


def test_a_big_stroke_buy_is_still_a_verb():
    assert deals("云帆集团以大手笔收购北辰精密80%股权。") == [(["云帆集团"], ["北辰精密"])]


# 并购贷款, 收购借款: a loan for a deal is a noun; the deal it pays for is read from its own verb.

def test_a_deal_loan_contract_is_no_deal():
    found = deals("2023年5月,北辰银行与云帆投资签订了《并购贷款合同》,约定由北辰银行向云帆投资提供3亿元贷款,"
                  "用于收购青松科技60%股权。")
    assert all(target != ["贷款合"] and "贷款" not in "".join(target) for _, target in found)
    assert [t for _, t in found] == [["青松科技"]]


def test_a_loan_received_for_deals_is_no_deal():
    assert deals("云帆集团获得北辰银行提供的5亿元并购贷款。") == []


# A deal word right before 被 is a noun that suffers another verb (问询, 否决): the name after 被 acts on it
# and is not what is bought; 被 before the verb (B被A收购) still reads the deal.

def test_a_regulator_questioning_a_deal_is_not_bought():
    assert deals("云帆集团此番天价并购被上交所发函问询。") == []


def test_a_capital_increase_voted_down_invests_in_nobody():
    assert deals("北辰精密的增资被青松资本否决。") == []


def test_bei_before_the_verb_still_reads_the_deal():
    assert deals("北辰精密被云帆集团收购。") == [(["云帆集团"], ["北辰精密"])]


# An analyst's speech (A研究院首席分析师张明分析称，收购B…): the clause after it is a comment; its deal is not
# the analyst's or the institute's. A company's own statement (A公告称 / A方面指出，…) still speaks for A.

def buyers(text: str) -> list[list[str]]:
    return [agent for agent, _ in deals(text)]


def test_an_analyst_institute_is_not_the_buyer_it_comments_on():
    found = buyers("北辰研究院首席分析师张明向本报记者分析称,收购青禾科技、星澜影业的股权,对云帆集团的布局有积极作用。")
    assert found and all("北辰研究院" not in agent for agent in found)


def test_a_broker_researcher_is_not_the_buyer_either():
    found = buyers("星海证券研究员李华表示,收购青禾科技有助于完善产业链。")
    assert all("星海证券" not in agent for agent in found)


def test_a_company_statement_still_names_the_buyer():
    assert buyers("云帆集团方面指出,自公司于2021年底收购了青禾科技51%的股权后,两者协同良好。") == [["云帆集团"]]
    assert buyers("云帆集团公告称,拟以3亿元收购青禾科技60%股权。") == [["云帆集团"]]


# A已认购1200万股发售股份；B已认购800万股发售股份: A, a fellow buyer in a clause of its own, is not the issuer
# of the shares B buys; an issuer named before the buyers still is.

def test_a_fellow_subscriber_is_not_the_issuer():
    found = deals("云帆集团已认购1200万股发售股份;北辰投资已认购800万股发售股份。")
    assert (["北辰投资"], ["云帆集团"]) not in found


def test_the_issuer_named_before_the_subscribers_is_kept():
    found = deals("按发售价计算,青禾科技三大基石投资者中,云帆集团已认购1200万股发售股份;北辰投资已认购800万股发售股份。")
    assert found == [(["云帆集团"], ["青禾科技"]), (["北辰投资"], ["青禾科技"])]


def test_a_holder_buying_the_announcing_company_shares_is_kept():
    assert deals("星澜电子公告,股东云帆集团增持公司股份100万股。") == [(["云帆集团"], ["星澜电子"])]


# X的增持是…, X的收购带有…: the deal after 的 is a noun that is described; what follows is no company bought.

def test_a_described_deal_noun_buys_nothing():
    assert deals("比如星海股份的增持是“左右互搏”性质,青禾控股的增持带有纾困色彩。") == []


def test_a_deal_noun_described_by_its_result_names_no_target():
    assert deals("云帆集团的收购是北辰精密重组的关键一步。") == []


def test_a_deal_verb_after_de_with_its_target_is_still_read():
    assert deals("星海股份的控股股东增持了青禾控股200万股。")[0][1] == ["青禾控股"]


def priced(text: str) -> list[str | None]:
    return [f.amount.text if f.amount else None for f in facts(text) if f.type in ("investment", "acquisition")]


# 为收购B支付了3000万元的中介费用: money that is a fee (费用, 顾问费, 佣金, 违约金, 利息) is not the deal's price.

def test_an_agency_fee_is_not_the_price():
    assert priced("云帆集团为收购青禾科技支付了3000万元的中介费用。") == [None]


def test_the_price_stays_beside_a_fee():
    assert priced("云帆集团以3亿元收购青禾科技60%股权,另支付500万元财务顾问费。") == ["3亿元"]


# A为X提供10亿元并购资金，用于收购B: X, who gets the money, buys B; the lender does not. An unnamed X leaves the
# buyer unnamed; a buyer that borrows (X向银行申请贷款，用于收购B) is still the buyer.

def test_the_funded_party_buys():
    assert deals("北辰银行为云帆集团提供了10亿元并购资金,用于收购青禾科技。") == [(["云帆集团"], ["青禾科技"])]


def test_a_lender_to_an_unnamed_party_is_not_the_buyer():
    found = deals("约定由北辰银行向星辰乐育提供总金额为32,500万元的贷款,用于收购青松科技60%股权。")
    assert all("北辰银行" not in agent for agent, _ in found)


def test_a_borrower_is_still_the_buyer():
    assert deals("云帆集团向北辰银行申请了5亿元贷款,用于收购青禾科技51%股权。") == [(["云帆集团"], ["青禾科技"])]

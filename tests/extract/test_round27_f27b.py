"""Round 27 (f27b): investments read from how a sentence names the investor — the investor named before
作为…投资者 (never the names after the word), the funder named after a verb of receiving (A获得B 5亿元融资), and
对B的…投资 with the sum or the round between. Sentences written for these tests, companies invented."""

from dealgraph.extract.pipeline import extract


def _facts(text: str, kind: str = "investment"):
    doc = extract("t", text, "2025-12-31")
    return [(sorted(m.canonical for m in f.roles.get("investor", [])),
             [m.canonical for m in f.roles.get("investee", [])], f.modality)
            for f in doc.facts if f.type == kind]


def _amounts(text: str):
    doc = extract("t", text, "2025-12-31")
    return [f.amount.text for f in doc.facts if f.type == "investment" and f.amount is not None]


# --- A作为基石/战略投资者…: A invests; the names after the word are no investors ---

def test_cornerstone_before_subscribing_is_never_read_backwards():
    facts = _facts("岚桥资本作为基石投资者认购云栖智能发售股份约2500万美元。")
    assert (["岚桥资本"], ["云栖智能"], "asserted") in facts
    assert all(f[0] != ["云栖智能"] for f in facts)  # the company whose shares are bought invests in nobody


def test_cornerstone_joining_an_ipo_invests_in_the_company():
    facts = _facts("岚桥资本、松涛基金作为基石投资者参与了云栖智能的港股IPO。")
    assert (["岚桥资本", "松涛基金"], ["云栖智能"], "asserted") in facts


def test_cornerstone_joining_planned_stays_planned():
    facts = _facts("岚桥资本拟作为基石投资者参与云栖智能IPO。")
    assert facts and all(f[2] == "planned" for f in facts)


def test_strategic_investor_to_join_a_round_stays_planned():
    # 将 before 作为…: the whole phrase up to the verb is still to come
    facts = _facts("岚桥资本将作为战略投资者参与云栖智能本轮融资。")
    assert (["岚桥资本"], ["云栖智能"], "planned") in facts
    assert all(f[2] != "asserted" for f in facts)


def test_company_brings_in_a_strategic_investor():
    facts = _facts("云栖智能近日引入岚桥资本作为战略投资者。")
    assert (["岚桥资本"], ["云栖智能"], "asserted") in facts


def test_company_plans_to_bring_in_a_cornerstone():
    assert (["岚桥资本"], ["云栖智能"], "planned") in _facts("云栖智能拟引进岚桥资本作为基石投资者。")


def test_near_miss_investor_word_with_no_deal_after_it():
    # 作为基石投资者表示…: what the investor says, no company named as the one it funds
    assert _facts("岚桥资本作为基石投资者表示长期看好港股市场。") == []


def test_near_miss_joining_something_that_is_no_raising():
    # 参与B旗下项目的建设: a project built, no shares bought or round joined
    assert _facts("岚桥资本作为战略投资者参与云栖智能旗下项目的建设。") == []


def test_near_miss_joining_talks_between_two_companies():
    assert _facts("岚桥资本作为基石投资者参与云栖智能与松涛基金的谈判。") == []


def test_investor_word_after_the_company_still_lists_investors():
    # 基石投资者包括A、B: the list after the word (the reading kept)
    facts = _facts("云栖智能的基石投资者包括岚桥资本和松涛基金。")
    assert (["岚桥资本", "松涛基金"], ["云栖智能"], "asserted") in facts


# --- A获得(了)B N亿元融资: B funds, A raises ---

def test_funder_after_receiving_verb_funds_the_raiser():
    facts = _facts("云栖智能获得了松涛创投6亿元融资。")
    assert (["松涛创投"], ["云栖智能"], "asserted") in facts
    assert all(f[1] != ["松涛创投"] for f in facts)  # the funder raises nothing
    assert "6亿元" in _amounts("云栖智能获得了松涛创投6亿元融资。")


def test_funders_listed_with_a_round_name():
    facts = _facts("云栖智能此前拿到松涛创投、北岭资本共计3亿元的A轮融资。")
    assert (["北岭资本", "松涛创投"], ["云栖智能"], "asserted") in facts


def test_funder_named_with_provided():
    facts = _facts("云栖智能近日获得松涛创投等机构提供的2亿元融资。")
    assert (["松涛创投"], ["云栖智能"], "asserted") in facts


def test_financing_figure_is_the_raisers_own():
    doc = extract("t", "云栖智能获得了松涛创投6亿元融资。", "2025-12-31")
    owners = [m.canonical for f in doc.facts if f.type == "financial" for m in f.roles["company"]]
    assert owners and set(owners) == {"云栖智能"}


def test_funder_planned_round_stays_planned():
    assert (["松涛创投"], ["云栖智能"], "planned") in _facts("云栖智能拟获得松涛创投6亿元融资。")


def test_funder_round_denied_is_never_asserted():
    facts = _facts("云栖智能获得松涛创投6亿元融资的消息遭到公司否认。")
    assert facts and all(f[2] != "asserted" for f in facts)


def test_near_miss_bank_lends_no_round():
    # 获得B银行5亿元融资: a loan; neither the bank raises nor does it invest
    doc = extract("t", "云栖智能获得北岭银行5亿元融资。", "2025-12-31")
    assert not [f for f in doc.facts if f.type == "investment"]
    owners = [m.canonical for f in doc.facts if f.type == "financial" for m in f.roles["company"]]
    assert "北岭银行" not in owners


def test_near_miss_no_funder_named_keeps_round_without_investor():
    facts = _facts("云栖智能获得了6亿元融资。")
    assert ([], ["云栖智能"], "asserted") in facts


def test_near_miss_recommendation_then_round_names_no_funder():
    # 获得B推荐，完成…融资: B recommends, the round is another clause's
    facts = _facts("云栖智能获得松涛创投推荐，完成6亿元融资。")
    assert all(f[0] != ["松涛创投"] for f in facts)


# --- 对B的(第二轮 / N亿元)投资 ---

def test_investment_in_b_with_its_sum_between():
    facts = _facts("北岭资本对云栖智能的3亿元投资已全部到账。")
    assert (["北岭资本"], ["云栖智能"], "asserted") in facts
    assert "3亿元" in _amounts("北岭资本对云栖智能的3亿元投资已全部到账。")


def test_investment_in_b_with_its_round_between():
    facts = _facts("北岭资本对云栖智能的第二轮投资已经完成。")
    assert (["北岭资本"], ["云栖智能"], "asserted") in facts


def test_near_miss_investment_plan_toward_b_is_no_deal():
    assert _facts("北岭资本对云栖智能的投资计划尚未公布。") == []


# --- A增持N股，(A)位列/成为B第N大股东: B's shares were bought ---

def test_bare_count_then_rank_names_the_company_bought():
    facts = _facts("松涛基金二季度又大举增持900万股，目前位列云栖股份第三大股东。")
    assert (["松涛基金"], ["云栖股份"], "asserted") in facts


def test_bare_count_buyer_carried_from_clause_before():
    facts = _facts("松涛基金三季度重新入场，大举增持6000万股，目前松涛基金已经位列云栖股份第二大流通股股东。")
    assert (["松涛基金"], ["云栖股份"], "asserted") in facts


def test_bare_count_then_rank_planned_stays_planned():
    facts = _facts("松涛基金拟增持3%，成为云栖股份第一大股东。")
    assert facts and all(f[2] == "planned" for f in facts)


def test_near_miss_another_holder_ranks_after_the_count():
    # 增持900万股，北岭资本随后成为B第一大股东: the one ranked is not the buyer; no company read for the buyer
    facts = _facts("松涛基金增持900万股，北岭资本随后成为云栖股份第一大股东。")
    assert all(f[0] != ["松涛基金"] for f in facts)


def test_near_miss_count_then_price_move_names_no_company_bought():
    assert _facts("松涛基金增持900万股，云栖股份股价随即上涨。") == []

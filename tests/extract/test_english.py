"""English sentences through the whole extraction pipeline: fact types, roles, values and modality.

Quillfeather, Brightloom, Vantor Robotics, Lumen Motion, Harbor Peak Capital, Lanting Ventures and
Kestrel Cloud are invented and in no lexicon; the other companies are real.
"""

from __future__ import annotations

import pytest

from dealgraph.extract.document import Doc, FactRecord
from dealgraph.extract.english import grammar, is_english
from dealgraph.extract.pipeline import extract

REF = "2025-11-04"


def read(text: str) -> Doc:
    doc = extract("t", text, REF)
    for m in doc.mentions:
        assert doc.text[m.start:m.end] == m.text, m
    for f in doc.facts:
        assert f.evidence.start <= f.evidence.end
        for members in f.roles.values():
            for m in members:
                assert doc.text[m.start:m.end] == m.text, m
    return doc


def english(doc: Doc, ftype: str | None = None) -> list[FactRecord]:
    return [f for f in doc.facts if f.rule.startswith("english:") and (ftype is None or f.type == ftype)]


def one(text: str, ftype: str) -> FactRecord:
    facts = english(read(text), ftype)
    assert len(facts) == 1, (text, facts)
    return facts[0]


def names(fact: FactRecord, role: str) -> list[str]:
    return [m.text for m in fact.roles[role]]


def money(fact: FactRecord) -> tuple[float, str]:
    assert fact.amount is not None and fact.amount.kind == "money"
    return fact.amount.value.value, fact.amount.value.currency


# ------------------------------------------------------------------------------------ investment
def test_led_round_with_co_investors() -> None:
    f = one("Tencent led a $200 million Series C round in Quillfeather, with participation from Sequoia and "
            "Harbor Peak Capital.", "investment")
    assert names(f, "investor") == ["Tencent", "Sequoia", "Harbor Peak Capital"]
    assert names(f, "investee") == ["Quillfeather"]
    assert money(f) == (200e6, "USD")
    assert f.qualifiers["round"] == "Series C"
    assert f.qualifiers["lead"] == [f.roles["investor"][0].key]
    assert f.qualifiers["consideration"] == "unknown"
    assert f.modality == "asserted" and f.rule == "english:led_round"
    assert f.evidence.start == 0 and f.confidence == 0.7  # Quillfeather is a candidate


def test_closed_round_led_by_joined_by() -> None:
    f = one("Brightloom closed a $50 million Series B led by Harbor Peak Capital, joined by Lanting Ventures and "
            "Kestrel Cloud.", "investment")
    assert names(f, "investee") == ["Brightloom"]
    assert names(f, "investor") == ["Harbor Peak Capital", "Lanting Ventures", "Kestrel Cloud"]
    assert f.qualifiers["round"] == "Series B" and len(f.qualifiers["lead"]) == 1
    assert money(f) == (50e6, "USD")


def test_invested_in_and_raised_from() -> None:
    f = one("Amazon invested a further $4 billion in Anthropic.", "investment")
    assert names(f, "investor") == ["Amazon"] and names(f, "investee") == ["Anthropic"]
    assert money(f) == (4e9, "USD") and f.confidence == 0.8
    f = one("Quillfeather raised $300 million from Harbor Peak Capital, Lanting Ventures and Sequoia.", "investment")
    assert names(f, "investor") == ["Harbor Peak Capital", "Lanting Ventures", "Sequoia"]
    assert names(f, "investee") == ["Quillfeather"]


def test_stake_taken() -> None:
    f = one("Microsoft took a 10% stake in Vantor Robotics.", "investment")
    assert names(f, "investee") == ["Vantor Robotics"]
    assert f.stake is not None and f.stake.kind == "percent" and f.stake.value.value == 10


@pytest.mark.parametrize("text, modality", [
    ("Alibaba agreed to invest $100 million in Brightloom.", "planned"),
    ("Tencent is in talks to invest in Quillfeather, according to people familiar with the matter.", "reported"),
    ("Alibaba is rumoured to be preparing to invest in Brightloom.", "rumored"),
    ("Tencent denied a report that it would invest in Quillfeather.", "denied"),
    ("Google is not taking a stake in Brightloom.", "negated"),
])
def test_investment_modality(text: str, modality: str) -> None:
    f = one(text, "investment")
    assert f.modality == modality
    assert names(f, "investee")[0] in ("Brightloom", "Quillfeather")


def test_denial_pronoun_is_the_denier() -> None:
    f = one("Tencent denied a report that it would invest in Quillfeather.", "investment")
    investor = f.roles["investor"][0]
    assert investor.text == "it" and investor.source == "coref" and investor.key == "lex:tencent"


@pytest.mark.parametrize("text, consideration", [
    ("Google invested $2 billion in Anthropic in cloud credits.", "cloud_credits"),
    ("Amazon invested $1 billion in Vantor Robotics, part in cash and part in cloud credits.", "mixed"),
])
def test_consideration(text: str, consideration: str) -> None:
    assert one(text, "investment").qualifiers["consideration"] == consideration


def test_investors_joining_in_a_later_sentence_join_the_round() -> None:
    doc = read("Tencent led a $200 million Series C round in Quillfeather. Harbor Peak Capital joined the round, "
               "and existing backer Lanting Ventures invested again.")
    [f] = english(doc, "investment")
    assert names(f, "investor") == ["Tencent", "Harbor Peak Capital", "Lanting Ventures"]
    assert f.qualifiers["lead"] == ["lex:tencent"] and len(f.qualifiers["more_evidence"]) == 1


def test_a_later_amount_by_the_same_investor_is_about_the_same_investee() -> None:
    doc = read("Amazon invested a further $4 billion in Anthropic. The partnership began in September 2023, when "
               "Amazon agreed to invest up to $4 billion.")
    later = english(doc, "investment")[1]
    assert names(later, "investee") == ["Anthropic"] and later.modality == "planned"
    assert later.amount.value.max == 4e9 and later.date.value.value == "2023-09"


# ----------------------------------------------------------------------------------- acquisition
def test_acquisitions() -> None:
    f = one("Quillfeather acquired Brightloom for $1.2 billion.", "acquisition")
    assert names(f, "acquirer") == ["Quillfeather"] and names(f, "target") == ["Brightloom"]
    assert money(f) == (1.2e9, "USD") and f.modality == "asserted"
    assert one("Alibaba agreed to buy Vantor Robotics.", "acquisition").modality == "planned"
    f = one("Lumen Motion completed its acquisition of Kestrel Cloud.", "acquisition")
    assert names(f, "target") == ["Kestrel Cloud"]
    f = one("Brightloom was acquired by Tencent in March 2024.", "acquisition")
    assert names(f, "acquirer") == ["Tencent"] and names(f, "target") == ["Brightloom"]
    assert f.date is not None and f.date.value.value == "2024-03"


# ---------------------------------------------------------------------------------- shareholding
def test_shareholdings() -> None:
    f = one("Microsoft owns 27% of OpenAI.", "shareholding")
    assert names(f, "holder") == ["Microsoft"] and names(f, "company") == ["OpenAI"] and f.stake.value.value == 27
    f = one("Harbor Peak Capital holds a 10% stake in Quillfeather.", "shareholding")
    assert names(f, "company") == ["Quillfeather"] and f.stake.value.value == 10
    f = one("Tencent is the largest shareholder of Brightloom.", "shareholding")
    assert f.qualifiers["rank"] == "largest" and names(f, "company") == ["Brightloom"]


def test_shareholders_named_in_passing() -> None:
    doc = read("Lumen Motion raised $1.5 billion. Nvidia, an existing shareholder, anchored the offering.")
    f = english(doc, "shareholding")[0]
    assert names(f, "holder") == ["Nvidia"] and names(f, "company") == ["Lumen Motion"]
    doc = read("Microsoft invested $1 billion in Vantor Robotics. Microsoft's stake was 32.5%.")
    f = english(doc, "shareholding")[0]
    assert names(f, "company") == ["Vantor Robotics"] and f.stake.value.value == 32.5


def test_plan_to_buy() -> None:
    f = one("Quillfeather's plan to buy Brightloom was approved by its board.", "acquisition")
    assert names(f, "acquirer") == ["Quillfeather"] and f.modality == "planned"
    f = one("Quillfeather's plan to buy Brightloom has fallen apart.", "acquisition")  # a plan called off
    assert names(f, "acquirer") == ["Quillfeather"] and f.modality == "negated"


# -------------------------------------------------------------------------------------- founding
def test_founding() -> None:
    f = one("Vantor Robotics, founded by Lena Park in 2021, makes warehouse robots.", "founding")
    assert names(f, "company") == ["Vantor Robotics"] and names(f, "founder") == ["Lena Park"]
    assert f.roles["founder"][0].kind == "person" and f.date.value.value == "2021"
    f = one("Mira Tan founded Quillfeather in 2019.", "founding")
    assert names(f, "founder") == ["Mira Tan"] and names(f, "company") == ["Quillfeather"]


# ----------------------------------------------------------------------------------- partnership
@pytest.mark.parametrize("text, kind, parties", [
    ("Brightloom and Vantor Robotics formed a joint venture called Lumen Motion.", "joint_venture",
     ["Brightloom", "Vantor Robotics"]),
    ("Quillfeather partnered with Microsoft.", "strategic", ["Quillfeather", "Microsoft"]),
    ("Brightloom signed a $10 billion compute deal with Oracle.", "compute", ["Brightloom", "Oracle"]),
])
def test_partnerships(text: str, kind: str, parties: list[str]) -> None:
    f = one(text, "partnership")
    assert f.qualifiers["kind"] == kind and names(f, "party") == parties


def test_joint_venture_result_and_compute_amount() -> None:
    f = one("Brightloom and Vantor Robotics formed a joint venture called Lumen Motion.", "partnership")
    assert names(f, "result") == ["Lumen Motion"]
    assert money(one("Brightloom signed a $10 billion compute deal with Oracle.", "partnership")) == (10e9, "USD")


# -------------------------------------------------------------------------------------- purchase
def test_a_customer_buys_from_its_supplier() -> None:  # a customer relation is a purchase (round 27)
    f = one("Quillfeather is a customer of Kestrel Cloud.", "purchase")
    assert names(f, "buyer") == ["Quillfeather"] and names(f, "supplier") == ["Kestrel Cloud"]
    assert english(read("Quillfeather is a customer of Kestrel Cloud."), "partnership") == []


def test_purchase_from_supplier() -> None:
    f = one("Quillfeather agreed to purchase $250 billion of Azure services from Microsoft.", "purchase")
    assert names(f, "buyer") == ["Quillfeather"] and names(f, "supplier") == ["Microsoft"]
    assert money(f) == (250e9, "USD") and f.modality == "planned"


def test_share_of_revenue_and_of_purchases() -> None:
    f = one("Microsoft accounted for 62% of CoreWeave's revenue in 2024.", "purchase")
    assert names(f, "buyer") == ["Microsoft"] and names(f, "supplier") == ["CoreWeave"]
    assert f.qualifiers["share_of_revenue"].value.value == 62 and f.qualifiers["period"].value.value == "2024"
    doc = read("Brightloom makes drones. Kestrel Cloud represented 57% of its purchases.")
    [f] = english(doc, "purchase")
    assert names(f, "supplier") == ["Kestrel Cloud"] and f.roles["buyer"][0].canonical == "Brightloom"
    assert f.qualifiers["share_of_purchases"].value.value == 57


# --------------------------------------------------------------------------------------- listing
@pytest.mark.parametrize("text, stage, exchange, modality", [
    ("Vantor Robotics filed for a Hong Kong IPO.", "filed", "HKEX", "asserted"),
    ("Brightloom listed on Nasdaq in March 2025.", "listed", "NASDAQ", "asserted"),
    ("Quillfeather debuted on the Nasdaq on Thursday.", "listed", "NASDAQ", "asserted"),
    ("Kestrel Cloud went public in March 2025.", "listed", None, "asserted"),
    ("Lumen Motion withdrew its IPO.", "terminated", None, "asserted"),
    ("Brightloom plans to go public next year.", "planned", None, "planned"),
])
def test_listing(text: str, stage: str, exchange: str | None, modality: str) -> None:
    f = one(text, "listing")
    assert f.qualifiers["stage"] == stage and f.qualifiers.get("exchange") == exchange and f.modality == modality
    assert len(f.roles["company"]) == 1


def test_filed_then_listed_in_one_sentence() -> None:
    doc = read("Kestrel Cloud filed for an IPO in January and began trading on the Nasdaq in March.")
    stages = [(f.qualifiers["stage"], f.date.value.value[-2:]) for f in english(doc, "listing")]
    assert stages == [("filed", "01"), ("listed", "03")]


# ------------------------------------------------------------------------------------- financial
@pytest.mark.parametrize("text, metric, value", [
    ("Quillfeather reported revenue of $1.9 billion in 2024.", "revenue", 1.9e9),
    ("Brightloom's net loss widened to $300 million in 2024.", "net_loss", 300e6),
    ("Vantor Robotics reported capital expenditure of $2 billion in 2024.", "capex", 2e9),
    ("Quillfeather's R&D spending rose to $500 million in 2024.", "rd_expense", 500e6),
])
def test_financial(text: str, metric: str, value: float) -> None:
    f = one(text, "financial")
    assert f.qualifiers["metric"] == metric and f.qualifiers["value"].value.value == value
    assert f.qualifiers["period"].value.value == "2024" and f.modality == "asserted"


def test_two_metrics_and_a_change() -> None:
    doc = read("Brightloom reported revenue of $38 million in 2024, up 71% from a year earlier, and a net loss of "
               "$61 million.")
    facts = {f.qualifiers["metric"]: f for f in english(doc, "financial")}
    assert facts["revenue"].qualifiers["value"].value.value == 38e6
    assert facts["revenue"].qualifiers["change"].value.percent == 71
    assert facts["net_loss"].qualifiers["value"].value.value == 61e6


def test_not_yet_profitable_is_negated_net_profit() -> None:
    f = one("Brightloom is not yet profitable.", "financial")
    assert f.qualifiers["metric"] == "net_profit" and f.modality == "negated" and f.qualifiers["value"] is None
    assert one("Quillfeather expects to break even in 2026.", "financial").modality == "expected"


# ---------------------------------------------------------------------------------- capital plan
def test_capital_plans() -> None:
    f = one("Microsoft plans to spend $80 billion on AI data centres in fiscal 2025.", "capital_plan")
    assert names(f, "company") == ["Microsoft"] and money(f) == (80e9, "USD") and f.modality == "planned"
    assert f.qualifiers["purpose"] == "AI data centres"
    f = one("Google will invest £5 billion in the UK over two years.", "capital_plan")
    assert money(f) == (5e9, "GBP") and f.qualifiers["purpose"] == "the UK"
    assert not english(read("Google will invest £5 billion in the UK over two years."), "investment")


# ------------------------------------------------------------------------------- focus, closure
def test_focus_and_closure() -> None:
    f = one("Vantor Robotics focuses on humanoid robots for warehouses.", "focus")
    assert f.qualifiers["domain"] == "humanoid robots for warehouses"
    assert names(one("Humane shut down operations in February.", "closure"), "company") == ["Humane"]
    assert names(one("Brightloom discontinued its consumer drone line.", "closure"), "company") == ["Brightloom"]


# ----------------------------------------------------------------------------------------- names
def test_names_unknown_to_any_lexicon() -> None:
    doc = read("In March Harbor Peak Capital and Lanting Ventures backed Quillfeather's Series A. "
               "Quillfeather's chief executive Mira Tan said on Tuesday that Quillfeather had grown.")
    found = {m.text: m for m in doc.mentions}
    assert found["Harbor Peak Capital"].kind == "organization" and found["Harbor Peak Capital"].source == "english"
    assert found["Lanting Ventures"].key == "name:lantingventures"
    assert found["Mira Tan"].kind == "person"
    assert not {"In March", "March", "Series", "Tuesday", "Quillfeather's"} & set(found)


def test_short_name_takes_the_full_names_key() -> None:
    doc = read("Northbeam AI makes inference servers. Northbeam is not yet profitable.")
    short = [m for m in doc.mentions if m.text == "Northbeam"]
    assert short and short[0].key == "name:northbeamai" and short[0].canonical == "Northbeam AI"


def test_places_and_possessives_are_no_names() -> None:
    doc = read("The Singapore-based developer said Brightloom's revenue in Hong Kong rose.")
    texts = {m.text for m in doc.mentions}
    assert "Brightloom" in texts and not {"Singapore-based", "Singapore", "Hong Kong", "The"} & texts


def test_chinese_sentences_are_left_to_the_chinese_frames() -> None:
    assert not is_english("腾讯投资了Northbeam AI。")
    assert is_english("Tencent invested in Northbeam AI.")
    assert not english(read("腾讯领投了Northbeam AI的C轮融资。"))


def test_sentences_without_facts_give_none() -> None:
    doc = read("Analysts said the deeper chip collaboration could help AWS compete. Reviews were harsh.")
    assert not english(doc)


def test_grammar_is_compiled_once() -> None:
    assert grammar() is grammar()

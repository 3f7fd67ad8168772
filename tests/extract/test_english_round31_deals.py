"""Round 31 (wt-re), English AI-industry deal constructions found missed or misread in published news: money spent in
order to rent or buy compute from a company, money put into a company's goods (no stake), a step toward a deal (not
the deal), and a relative clause between dashes whose round, sum and date are not the main clause's. Sentences written
by the team; the companies are invented."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


# ---- "will spend $N (over a term) to rent servers from Y": a purchase from Y


def test_spend_to_rent_servers_from_a_described_company():
    f = one("Halvorsen Corp. will spend about $4 billion over five years to rent servers from cloud startup "
            "Brightmoor to run its models.", "purchase")
    assert names(f, "buyer") == ["Halvorsen Corp."] and names(f, "supplier") == ["Brightmoor"]
    assert f.amount is not None and f.amount.text == "about $4 billion"
    assert f.modality == "planned"


def test_spend_to_lease_gpus_between_two_years_reported():
    f = one("Halvorsen Corp. will reportedly spend nearly $4 billion between 2024 and 2029 to lease GPUs from the AI "
            "startup Brightmoor.", "purchase")
    assert names(f, "supplier") == ["Brightmoor"] and f.modality == "reported"
    assert f.amount is not None and f.amount.text == "nearly $4 billion"


def test_spent_to_buy_chips_is_asserted():
    f = one("Last year Ostrava Labs spent $300 million to buy accelerators from Pellworth.", "purchase")
    assert names(f, "buyer") == ["Ostrava Labs"] and names(f, "supplier") == ["Pellworth"]
    assert f.modality == "asserted"


def test_spend_to_build_then_buy_is_no_priced_purchase():
    # the sum pays for the building too: no purchase priced at it
    assert not [f for f in facts("Halvorsen Corp. spent $2 billion over two years to build data centers and to buy "
                                 "chips from Brightmoor.", "purchase") if f.amount is not None]


def test_spend_to_hire_people_from_a_company_is_no_purchase():
    assert not facts("Halvorsen Corp. will spend $4 billion to hire engineers from Brightmoor.", "purchase")


# ---- "its investment in Y chips": goods bought, not a part of Y


def test_investment_in_a_makers_chips_is_no_investment_in_the_maker():
    assert not facts("Halvorsen Corp. expanded its investment in Brightmoor GPUs, buying 20,000 of them last year.",
                     "investment")
    assert not facts("Halvorsen Corp. increased its investment in Brightmoor Vega chips this year.", "investment")


def test_investment_in_a_company_is_still_read():
    f = one("Halvorsen Corp. raised its investment in Brightmoor Labs this spring.", "investment")
    assert names(f, "investee") == ["Brightmoor Labs"]


# ---- "took a step toward acquiring Y": planned, not done


def test_step_toward_acquiring_is_planned():
    f = one("Halden Systems took a major step toward acquiring Brightline Labs, signing a non-binding term sheet.",
            "acquisition")
    assert names(f, "target") == ["Brightline Labs"] and f.modality == "planned"


def test_moved_closer_to_buying_is_planned():
    assert one("Halden Systems has moved closer to buying Brightline Labs.", "acquisition").modality == "planned"


def test_a_step_toward_something_else_leaves_the_deal_asserted():
    f = one("Halden Systems took a step toward profitability last year and acquired Brightline Labs.", "acquisition")
    assert f.modality == "asserted"
    f = one("Halden Systems acquired Brightline Labs as a step toward growth.", "acquisition")
    assert f.modality == "asserted"


# ---- "A – which led B's $60 million Series C in 2021 – made an investment in C": the aside's round is B's


def test_dash_relative_clause_round_is_not_the_main_deals():
    text = ("Aldon Capital – which led Brightline's $60 million Series C round in 2021 – made a large investment in "
            "Halden Systems this year.")
    main = one(text, "investment") if len(facts(text, "investment")) == 1 else \
        next(f for f in facts(text, "investment") if names(f, "investee") == ["Halden Systems"])
    assert names(main, "investor") == ["Aldon Capital"]
    assert main.amount is None and main.qualifiers.get("round") is None
    assert main.date is not None and main.date.text == "this year"
    aside = [f for f in facts(text, "investment") if names(f, "investee") == ["Brightline"]]
    assert aside and aside[0].amount is not None and aside[0].amount.text == "$60 million"
    assert aside[0].date is not None and aside[0].date.text == "2021"


def test_comma_relative_clause_round_is_not_the_main_deals():
    text = ("Aldon Capital, which led Brightline's $60 million Series C round in 2021, made a large investment in "
            "Halden Systems this year.")
    main = next(f for f in facts(text, "investment") if names(f, "investee") == ["Halden Systems"])
    assert main.qualifiers.get("round") is None


def test_dash_aside_keeps_the_main_clauses_own_sum():
    f = next(f for f in facts("Aldon Capital — which led Brightline's Series C round — made a $25 million investment "
                              "in Halden Systems this year.", "investment") if names(f, "investee") == ["Halden Systems"])
    assert f.amount is not None and f.amount.text == "$25 million"


def test_round_named_in_the_main_clause_after_a_plain_aside_is_kept():
    f = one("Aldon Capital, which is based in Oslo, led Halden Systems' $30 million Series B round in 2023.",
            "investment")
    assert f.qualifiers.get("round") == "Series B" and f.date is not None and f.date.text == "2023"


# ---- the leader of a round told in a relative clause between dashes


def test_round_led_in_a_dash_relative_clause_is_the_subjects():
    text = ("Aldon Capital – which led Brightline's sizable $60 million Series C round in 2021 – has also put a large "
            "investment into Halden Systems this year.")
    led = next(f for f in facts(text, "investment") if names(f, "investee") == ["Brightline"])
    assert names(led, "investor") == ["Aldon Capital"]
    assert led.amount is not None and led.amount.text == "$60 million" and led.qualifiers.get("round") == "Series C"
    assert led.date is not None and led.date.text == "2021"


def test_dash_relative_clause_leading_something_else_is_no_round():
    text = "Aldon Capital – which led the team at Brightline's parent for years – made a $25 million investment in Halden."
    assert not [f for f in facts(text, "investment") if "Brightline" in names(f, "investee")]

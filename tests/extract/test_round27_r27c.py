"""Round 27 (r27c): English commercial ties, stakes, the customer convention, the scope of "reportedly", failed
takeover bids, lists, fronted participles, dates of follow-up sentences and a contract's worth told after it."""

from dealgraph.extract.pipeline import extract

REF = "2025-10-31"


def _facts(text: str, ftype: str, ref: str = REF):
    return [f for f in extract("t", text, ref).facts if f.type == ftype]


def _roles(f) -> dict[str, list[str]]:
    return {k: [m.canonical for m in v] for k, v in f.roles.items() if v}


# ------------------------------------------------------------------ F: a customer relation is a purchase
def test_customers_include_are_purchases_one_per_customer():
    text = "Harbor Cloud's customers are Pike Labs and Vireo Systems."
    got = [(_roles(f)["buyer"], _roles(f)["supplier"], f.modality) for f in _facts(text, "purchase")]
    assert got == [(["Pike Labs"], ["Harbor Cloud"], "asserted"), (["Vireo Systems"], ["Harbor Cloud"], "asserted")]
    assert _facts(text, "partnership") == []


def test_largest_customer_with_share_of_named_suppliers_sales():
    text = "Pike Labs is Harbor Cloud's largest customer, making up 35% of Harbor Cloud's revenue in 2024."
    [f] = _facts(text, "purchase")
    assert _roles(f) == {"buyer": ["Pike Labs"], "supplier": ["Harbor Cloud"]}
    assert f.qualifiers["share_of_revenue"].value.value == 35
    assert f.qualifiers["period"].value.value == "2024"


def test_customer_of_a_companys_suppliers_is_no_customer_of_the_company():
    text = "Vireo Systems is one of the customers of Northwind AI's suppliers."
    assert _facts(text, "purchase") == [] and _facts(text, "partnership") == []


def test_customer_lost_is_no_purchase():
    assert _facts("Pike Labs lost Harbor Cloud as a customer in 2023.", "purchase") == []


# ------------------------------------------------------------------ G: "reportedly" marks its own conjunct
def test_reportedly_in_second_conjunct_leaves_first_asserted():
    text = ("Corvid Motors is pouring money into AI. In August it signed a $3 billion deal with Harbor Cloud for "
            "computing capacity, and in June it reportedly agreed to pay Pike Labs more than $900 million for chips.")
    got = {(_roles(f)["supplier"][0], f.modality) for f in _facts(text, "purchase")}
    assert got == {("Harbor Cloud", "asserted"), ("Pike Labs", "reported")}
    assert {f.modality for f in _facts(text, "partnership")} == {"asserted"}


def test_reportedly_in_the_same_clause_still_reports():
    text = ("Corvid Motors is pouring money into AI. In August it reportedly signed a $3 billion deal with Harbor Cloud "
            "for computing capacity.")
    assert {f.modality for f in _facts(text, "purchase")} == {"reported"}


# ------------------------------------------------------------------ P: takeover bids that failed
def _acq(text: str):
    return [(_roles(f).get("acquirer"), _roles(f).get("target"), f.modality, f.amount.value.value if f.amount else None)
            for f in _facts(text, "acquisition")]


def test_possessive_bid_that_fell_apart_is_negated_with_its_amount():
    text = ("Vireo Systems' $6 billion all-stock offer for Northwind AI fell apart when the robot maker's shareholders "
            "voted it down on Tuesday.")
    assert _acq(text) == [(["Vireo Systems"], ["Northwind AI"], "negated", 6e9)]


def test_possessive_bid_that_won_approval_is_not_negated():
    text = "Vireo Systems' $6 billion bid for Northwind AI won shareholder approval on Tuesday."
    assert _acq(text) == [(["Vireo Systems"], ["Northwind AI"], "planned", 6e9)]


def test_approach_rejected_after_a_failed_attempt_names_the_bidder():
    text = ("It was Vireo Systems' second failed attempt: in April 2022 Northwind AI rejected an approach valuing it "
            "at about $1.1 billion.")
    [f] = _facts(text, "acquisition")
    assert _roles(f) == {"acquirer": ["Vireo Systems"], "target": ["Northwind AI"]} and f.modality == "negated"
    assert f.amount.value.value == 1.1e9 and f.date.value.value == "2022-04"


def test_approach_rejected_without_a_bidder_or_offer_is_nothing():
    assert _facts("Northwind AI rejected an approach valuing it at $1.1 billion.", "acquisition") == []
    assert _facts("Northwind AI rejected the proposal to cut wages.", "acquisition") == []


# ------------------------------------------------------------------ R: a fronted founding participle
def test_fronted_participle_with_what_it_was_is_a_founding_and_leaves_the_month_to_the_article_year():
    text = "Founded in 2014 as a drone maker, Pike Labs listed on the Nasdaq in March and now builds delivery robots."
    [founding] = _facts(text, "founding")
    assert _roles(founding) == {"company": ["Pike Labs"]} and founding.date.value.value == "2014"
    [listing] = _facts(text, "listing")
    assert listing.date.value.value == "2025-03"


def test_fronted_participle_near_miss_a_year_in_the_main_clause_stays():
    text = "Pike Labs, founded in 2014, listed on the Nasdaq in March 2019."
    [listing] = _facts(text, "listing")
    assert listing.date.value.value == "2019-03"
    # a name in what it was: the company is not the one after the comma
    assert _facts("Founded in 2014 as a unit of Harbor Group, Pike Labs builds robots.", "founding") == []


# ------------------------------------------------------------------ S: dates of a share of the round, month of last year
def test_share_of_the_round_in_a_later_sentence_takes_the_rounds_date():
    text = ("DENVER, June 3, 2025 - Pike Labs has raised $250 million in a Series C round led by Tidewater Capital, the "
            "company said on Tuesday. The investment firm put in $100 million of that and now owns about 8% of Pike Labs.")
    share = [f for f in _facts(text, "investment", "2025-06-03") if f.amount and f.amount.value.value == 1e8]
    assert len(share) == 1 and share[0].date.value.value.startswith("2025-06")


def test_share_of_the_round_near_miss_a_separate_investment_stays_undated():
    text = "Pike Labs raised $250 million in May. Tidewater Capital has invested $100 million in Pike Labs."
    later = [f for f in _facts(text, "investment") if f.amount and f.amount.value.value == 1e8]
    assert len(later) == 1 and later[0].date is None


def test_month_before_last_year_keeps_the_month():
    text = "In March last year Northwind AI raised $80 million from Vireo Systems and Harbor Cloud."
    [f] = _facts(text, "investment", "2025-06-30")
    assert f.date.value.value == "2024-03"
    [g] = _facts("Last year Northwind AI raised $80 million from Vireo Systems.", "investment", "2025-06-30")
    assert g.date.value.value == "2024"


# ------------------------------------------------------------------ V: the worth of a contract told after it
def test_contract_worth_in_next_sentence_is_the_purchase_amount():
    text = ("Harbor Cloud has signed a three-year contract to supply Corvid Motors with GPU capacity. The contract is "
            "worth $2.1 billion; the figure rises to about $2.6 billion if Corvid buys more services.")
    [f] = _facts(text, "purchase")
    assert f.amount.value.value == 2.1e9


def test_upper_bound_gives_way_to_the_sum_but_a_sum_stays():
    first = "Pike Labs signed a contract worth up to $5 billion to supply Harbor Cloud with GPUs."
    [f] = _facts(first + " The contract is worth $4.2 billion through 2029.", "purchase")
    assert f.amount.value.value == 4.2e9
    plain = "Pike Labs signed a contract worth $5 billion to supply Harbor Cloud with GPUs."
    [g] = _facts(plain + " The contract is worth $4.2 billion through 2029.", "purchase")
    assert g.amount.value.value == 5e9


def test_worth_of_something_else_or_of_another_kind_of_deal_is_not_attached():
    text = ("Harbor Cloud has signed a three-year contract to supply Corvid Motors with GPU capacity. Harbor Cloud's own "
            "debt is worth $2.1 billion.")
    [f] = _facts(text, "purchase")
    assert f.amount is None
    [a] = _facts("Vireo Systems bought Northwind AI in March. The contract is worth $900 million.", "acquisition")
    assert a.amount is None


# ------------------------------------------------------------------ D: English commercial ties
def test_hosting_a_companys_servers_is_selling_to_it():
    [f] = _facts("Vireo Systems hosts Northwind AI's servers at its data centres in Oregon.", "purchase")
    assert _roles(f) == {"buyer": ["Northwind AI"], "supplier": ["Vireo Systems"]}
    assert _facts("Vireo Systems hosts an annual developer conference in Portland.", "purchase") == []
    assert _facts("Vireo Systems hosted Northwind AI's chief executive in Portland.", "purchase") == []


def test_separate_contract_with_the_supplier_of_the_deal_before_is_a_purchase_with_max():
    text = ("Corvid Motors signed a $3 billion deal with Pike Labs for computing capacity in January. Harbor Cloud, the "
            "largest data-centre operator in Ohio, signed a separate five-year contract with Pike Labs in March worth up "
            "to $2.5 billion.")
    got = [f for f in _facts(text, "purchase") if _roles(f)["buyer"] == ["Harbor Cloud"]]
    assert len(got) == 1 and _roles(got[0])["supplier"] == ["Pike Labs"]
    assert got[0].amount.value.max == 2.5e9 and got[0].date.value.value == "2025-03"


def test_contract_with_another_company_without_a_parallel_says_no_side():
    plain = ("Corvid Motors signed a $3 billion deal with Pike Labs for computing capacity in January. Harbor Cloud "
             "signed a five-year contract with Pike Labs in March.")
    assert [f for f in _facts(plain, "purchase") if "Harbor Cloud" in _roles(f).get("buyer", [])] == []
    other = ("Corvid Motors signed a $3 billion deal with Pike Labs for computing capacity in January. Harbor Cloud "
             "signed a separate contract with Vireo Systems in March.")
    assert [f for f in _facts(other, "purchase") if "Harbor Cloud" in _roles(f).get("buyer", []) + _roles(f).get(
        "supplier", [])] == []


def test_joint_venture_with_funds_run_by_a_manager_is_with_the_manager():
    [f] = _facts("Corvid Motors has formed a joint venture with funds managed by Tidewater Capital to build battery "
                 "plants in Texas.", "partnership")
    assert _roles(f)["party"] == ["Corvid Motors", "Tidewater Capital"] and f.qualifiers["kind"] == "joint_venture"
    assert _facts("Corvid Motors invested in funds managed by Tidewater Capital.", "partnership") == []


def test_two_firms_continue_to_work_together():
    text = ("Vireo Systems and Northwind AI fell out over the failed merger. The two firms plan to go on working "
            "together, Northwind said.")
    [f] = _facts(text, "partnership")
    assert _roles(f)["party"] == ["Vireo Systems", "Northwind AI"] and f.modality == "asserted"


def test_two_firms_near_misses_competing_or_three_named():
    assert _facts("Vireo Systems and Northwind AI make robots. The two firms plan to go on competing for customers.",
                  "partnership") == []
    assert _facts("Vireo Systems, Pike Labs and Northwind AI make robots. The two firms continue to work together.",
                  "partnership") == []


# ------------------------------------------------------------------ E: English stakes
def _inv(text: str):
    return [(_roles(f).get("investor"), _roles(f).get("investee"), f.amount.value.value if f.amount else None,
             f.date.value.value if f.date else None, f.modality) for f in _facts(text, "investment")]


def test_stake_with_no_company_named_is_in_the_company_of_the_round_before():
    text = ("Pike Labs raised $150 million in May 2024, with Tidewater Capital leading the round. Harbor Cloud had "
            "bought a small stake in February of that year, putting in $8 million.")
    got = _inv(text)
    assert (["Tidewater Capital"], ["Pike Labs"], 1.5e8, "2024-05", "asserted") in got
    assert (["Harbor Cloud"], ["Pike Labs"], 8e6, "2024-02", "asserted") in got


def test_stake_with_no_company_near_misses():
    assert _facts("Harbor Cloud had bought a small stake in February, putting in $8 million.", "investment") == []
    assert _inv("Pike Labs raised $150 million in May, with Tidewater Capital leading the effort to cut costs.") == [
        (None, ["Pike Labs"], 1.5e8, "2025-05", "asserted")]


def test_stake_in_the_company_after_a_deal_is_in_the_deal_partner():
    text = ("Corvid Motors agreed a five-year deal with Northwind AI in April worth up to $1.5 billion, and took a $90 "
            "million stake in the company under the same agreement.")
    assert _inv(text) == [(["Corvid Motors"], ["Northwind AI"], 9e7, "2025-04", "asserted")]
    assert _facts("Corvid Motors opened a plant in Ohio in April, and took a $90 million stake in the company.",
                  "investment") == []


def test_biggest_investor_of_a_described_company():
    text = ("Vireo Systems offered to buy Northwind Robotics. Tidewater Capital, the robot maker's biggest investor, "
            "opposed the deal.")
    [f] = _facts(text, "shareholding")
    assert _roles(f) == {"holder": ["Tidewater Capital"], "company": ["Northwind Robotics"]}
    assert f.qualifiers["rank"] == "largest"
    near = ("Vireo Systems offered to buy Northwind Robotics. Tidewater Capital, the region's largest investor, opposed "
            "the plan.")
    assert _facts(near, "shareholding") == []


# ------------------------------------------------------------------ Q: lists of investors and founders
def test_also_took_part_joins_the_asserted_round_not_the_report_of_talks_between():
    text = ("Pike Labs has raised $250 million in a Series C round led by Tidewater Capital, the startup said on Tuesday. "
            "Reuters had reported in May that Pike Labs was in talks to raise about $250 million at a $3 billion "
            "valuation.\n\nThe round values Pike Labs at $3 billion. Harbor Cloud, Vireo Systems and Corvid Ventures "
            "also took part.")
    facts = _facts(text, "investment", "2025-06-03")
    [told] = [f for f in facts if f.modality == "asserted"]
    assert _roles(told)["investor"] == ["Tidewater Capital", "Harbor Cloud", "Vireo Systems", "Corvid Ventures"]
    assert all(not f.roles["investor"] for f in facts if f.modality == "reported")


def test_also_took_part_near_miss_only_a_report_of_talks_read():
    text = ("Reuters reported that Pike Labs was in talks to raise about $250 million. Harbor Cloud and Vireo Systems "
            "also took part in the talks, people said.")
    assert all(f.modality != "asserted" for f in _facts(text, "investment"))


def test_founders_together_with_after_a_former_employer_aside():
    text = ("Pike Labs was set up in 2019 by Dana Pell, formerly of Harbor Cloud, together with Sam Ortiz and Lee Chen, "
            "who both came from Vireo Systems.")
    [f] = _facts(text, "founding")
    assert _roles(f)["founder"] == ["Dana Pell", "Sam Ortiz", "Lee Chen"] and f.date.value.value == "2019"


def test_founders_near_miss_a_colleague_in_a_relative_clause_is_no_founder():
    [f] = _facts("Pike Labs was set up in 2019 by Dana Pell, who worked with Sam Ortiz at Vireo Systems.", "founding")
    assert _roles(f)["founder"] == ["Dana Pell"]

"""Round 14a: IPO filings of AI, chip and robotics companies as the press reports them (sentences written by the team)."""
from dealgraph.extract.pipeline import extract


def _facts(text: str, ref: str = "2025-03-10", kind: str | None = None):
    return [f for f in extract("t", text, ref).facts if kind is None or f.type == kind]


def _roles(f, role: str) -> list[str]:
    return [m.text for m in f.roles.get(role, [])]


def test_filed_in_a_city_to_conduct_an_ipo():
    [f] = _facts("Brightmoor Vision has filed in Hong Kong to hold an IPO that may raise $300 million.", kind="listing")
    assert _roles(f, "company") == ["Brightmoor Vision"]
    assert f.qualifiers["stage"] == "filed" and f.qualifiers["exchange"] == "HKEX"


def test_filed_to_raise_in_a_public_offering():
    [f] = _facts("Tessaly Cloud filed to raise $400 million in a public offering on Tuesday.", kind="listing")
    assert _roles(f, "company") == ["Tessaly Cloud"] and f.qualifiers["stage"] == "filed"


def test_filed_a_confidential_draft_prospectus():
    [f] = _facts("Orvane Robotics filed a confidential draft prospectus with the regulator, aiming for a listing "
                 "next year.", kind="listing")
    assert _roles(f, "company") == ["Orvane Robotics"] and f.qualifiers["stage"] == "filed"


def test_bond_prospectus_is_no_listing():
    assert _facts("Orvane Robotics filed its annual accounts and a bond prospectus.", kind="listing") == []


def test_received_approval_for_an_ipo_is_approved_stage():
    [f] = _facts("Kelvara Chips has received regulatory approval for a $900 million IPO in Shenzhen.", kind="listing")
    assert f.qualifiers["stage"] == "approved" and f.qualifiers["exchange"] == "SZSE"


def test_regulator_approved_the_application_from_company():
    [f] = _facts("The securities watchdog approved the application from Kelvara Chips for a listing on the "
                 "STAR Market.", kind="listing")
    assert _roles(f, "company") == ["Kelvara Chips"]
    assert f.qualifiers["stage"] == "approved" and f.qualifiers["exchange"] == "SSE STAR"


def test_market_already_listed_on_is_not_the_new_exchange():
    [f] = _facts("Hong Kong-listed Kelvara Chips, a wafer maker, won the green light for a $1 billion IPO in "
                 "Shanghai, it said.", kind="listing")
    assert f.qualifiers["stage"] == "approved" and f.qualifiers["exchange"] == "SSE"


def test_loss_figures_after_a_denied_profit_are_stated():
    fs = _facts("Orvane Robotics has not reached profitability, with a net loss of $42 million in 2024.",
                kind="financial")
    loss = [f for f in fs if f.qualifiers.get("metric") == "net_loss"]
    assert loss and loss[0].modality == "asserted"
    assert loss[0].qualifiers["value"].value.value == 42_000_000


def test_profit_state_denied_stays_negated():
    [f] = _facts("Orvane Robotics is not yet profitable.", kind="financial")
    assert f.modality == "negated" and f.qualifiers["metric"] == "net_profit"


def test_loss_written_before_its_metric_is_a_loss():
    fs = _facts("Kelvara Chips booked a profit of 8 million yuan in the first half, reversing a 95 million yuan "
                "loss in the year-ago period.", kind="financial")
    by = {f.qualifiers["metric"]: f for f in fs}
    assert by["net_profit"].qualifiers["value"].value.value == 8_000_000
    assert by["net_loss"].qualifiers["value"].value.value == 95_000_000
    # the year-ago half, not the first half just named (round 35: read as the half a year before it)
    assert by["net_loss"].qualifiers["period"].value.value == "2024-H1"


def test_year_owning_a_loss_is_its_period():
    fs = _facts("Tessaly Cloud's net loss was $64 million in 2024, narrower than 2023's net loss of $98 million.",
                kind="financial")
    periods = {f.qualifiers["value"].value.value: f.qualifiers["period"].value.value for f in fs}
    assert periods == {64_000_000: "2024", 98_000_000: "2023"}


def test_holder_with_dash_apposition_naming_a_possessive():
    [f] = _facts("Pellham Capital — the Brixel unit run by the group's founder Mara Olsen — owns about 12% of "
                 "Orvane Robotics, the filing shows.", kind="shareholding")
    assert _roles(f, "holder") == ["Pellham Capital"] and _roles(f, "company") == ["Orvane Robotics"]
    assert f.stake.value.value == 12


def test_filed_for_an_ipo_on_a_named_exchange():
    [f] = _facts("Kelvara Chips has filed for a Nasdaq IPO, people said.", kind="listing")
    assert _roles(f, "company") == ["Kelvara Chips"] and f.qualifiers["exchange"] == "NASDAQ"


def test_filed_with_a_regulator_for_an_ipo():
    [f] = _facts("Tessaly Cloud filed with the SEC for an IPO last week.", kind="listing")
    assert _roles(f, "company") == ["Tessaly Cloud"] and f.qualifiers["stage"] == "filed"


def test_a_lawsuit_filed_over_a_listing_is_no_filing():
    assert _facts("Tessaly Cloud filed a lawsuit against Orvane Robotics over the listing.", kind="listing") == []


def test_one_customer_two_shares_over_two_periods():
    fs = _facts("Sales to Norcrest made up about 31% and 27% of Kelvara's revenue for the years ended December 31, "
                "2024 and 2023, respectively.", kind="purchase")
    got = sorted((f.qualifiers["share_of_revenue"].value.value, str(f.qualifiers["period"].value.value)[:4])
                 for f in fs)
    assert got == [(27.0, "2023"), (31.0, "2024")]
    assert all(_roles(f, "buyer") == ["Norcrest"] and _roles(f, "supplier") == ["Kelvara"] for f in fs)


def test_hong_kong_code_after_the_name_is_the_ticker():
    [f] = _facts("Wafer maker Kelvara Semiconductor Ltd. (2690.HK) on Tuesday launched its Hong Kong IPO.", kind="listing")
    assert f.qualifiers["ticker"] == "2690.HK" and f.qualifiers["exchange"] == "HKEX"
    assert _roles(f, "company")[0].startswith("Kelvara Semiconductor")


def test_apposition_with_adverb_and_possessive_keeps_the_subject():
    [f] = _facts("Shenzhen-based Orvane, best known for its vision platform Lumo, may raise up to $800 million in the "
                 "IPO, a person said.", kind="listing")
    assert _roles(f, "company") == ["Orvane"]


def _by_period(fs, metric):
    return {str(f.qualifiers["period"].value.value): f.qualifiers["value"].value.value
            for f in fs if f.qualifiers.get("metric") == metric}


def test_three_figures_three_periods_respectively():
    fs = _facts("Tessaly Cloud posted revenue of $14 million, $33 million and $58 million in 2022, 2023 and 2024, "
                "respectively.", kind="financial")
    assert _by_period(fs, "revenue") == {"2022": 14_000_000, "2023": 33_000_000, "2024": 58_000_000}


def test_periods_before_figures_and_the_same_years_after():
    fs = _facts("Orvane's revenue for 2022, 2023 and 2024 was RMB 300 million, RMB 410 million and RMB 560 million, "
                "respectively, with net losses of RMB 90 million, RMB 75 million and RMB 40 million for the same "
                "years.", kind="financial")
    assert _by_period(fs, "revenue") == {"2022": 300_000_000, "2023": 410_000_000, "2024": 560_000_000}
    assert _by_period(fs, "net_loss") == {"2022": 90_000_000, "2023": 75_000_000, "2024": 40_000_000}


def test_each_holder_with_its_own_stake():
    fs = _facts("Halvorn Capital and Pellham Ventures hold 14% and 8% of Orvane Robotics, respectively, the "
                "prospectus shows.", kind="shareholding")
    got = sorted((_roles(f, "holder")[0], f.stake.value.value) for f in fs)
    assert got == [("Halvorn Capital", 14.0), ("Pellham Ventures", 8.0)]


def test_a_joint_stake_stays_joint():
    [f] = _facts("Halvorn Capital and Pellham Ventures together hold 22% of Orvane Robotics.", kind="shareholding")
    assert _roles(f, "holder") == ["Halvorn Capital", "Pellham Ventures"] and f.stake.value.value == 22.0


def test_chain_of_earlier_figures_each_with_its_year():
    fs = _facts("Kelvara Chips said revenue rose to $52 million in 2024 from $40 million in 2023 and $26 million in "
                "2022.", kind="financial")
    assert _by_period(fs, "revenue") == {"2024": 52_000_000, "2023": 40_000_000, "2022": 26_000_000}


def test_first_three_and_six_months_are_a_quarter_and_a_half():
    [q] = _facts("Orvane Robotics booked revenue of $7 million in the first three months of 2025.", kind="financial")
    [h] = _facts("Orvane Robotics booked revenue of $15 million in the first six months of 2025.", kind="financial")
    assert q.qualifiers["period"].value.value == "2025-Q1" and h.qualifiers["period"].value.value == "2025-H1"

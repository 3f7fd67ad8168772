"""Round 18, English deal readings: state bodies as investors and holders, positions and stakes with their worth,
commitments as nouns, rupee amounts in crore and lakh, a possessive after an abbreviated legal form, "the chipmaker"
read as a company described as one, a unit's owner selling, a share of a company sold ("sold 2% of"), and money put
into a unit. Sentences written by the team; the companies are invented except the lexicon's Intel, Nvidia, Arm and
Microsoft."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from dealgraph.values.money import find_money
from tests.extract.readers import facts, names, one


def _orgs(text: str) -> list[str]:
    return [m.text for m in extract("t", text, "2025-06-30").mentions if m.kind in ("organization", "candidate")]


# ---- state bodies


def test_a_national_government_takes_a_stake_like_a_company():
    f = one("The U.S. government has agreed to take a 7.5% stake in Corlith Microsystems.", "investment")
    assert names(f, "investor") == ["U.S. government"] and names(f, "investee") == ["Corlith Microsystems"]
    assert f.stake.value.value == 7.5


def test_the_forms_of_one_government_are_one_organisation():
    keys = {m.key for text in ("The US government invested in Brisa Labs.", "The American government invested in Brisa Labs.",
                               "The government of the United States invested in Brisa Labs.")
            for m in extract("t", text, "2025-06-30").mentions if "government" in m.text}
    assert len(keys) == 1


def test_a_government_of_a_country_invests_an_amount():
    f = one("The Norwegian government will invest 900 million euros in Brisa Hydrogen.", "investment")
    assert names(f, "investor") == ["Norwegian government"] and f.amount.value.value == 9e8
    assert f.modality == "planned"


def test_a_government_backed_fund_is_not_the_government():
    assert "Japanese government" not in str(_orgs("Japan's government-backed fund Kestrel agreed to buy Corlith."))
    f = one("Japan's government-backed fund Kestrel Partners agreed to buy Corlith Labs for $2 billion.", "acquisition")
    assert names(f, "acquirer") == ["Kestrel Partners"]


def test_a_department_receives_equity():
    f = one("The Commerce Department will receive equity in Tallis Semiconductor under the new terms.", "investment")
    assert names(f, "investor") == ["U.S. Department of Commerce"] and names(f, "investee") == ["Tallis Semiconductor"]
    assert f.modality == "planned"


def test_a_department_written_either_way_is_one_body():
    a = one("The Department of Energy took a 4% equity stake in Orvane Lithium.", "investment")
    b = one("The Energy Department took a 4% equity stake in Orvane Lithium.", "investment")
    assert a.roles["investor"][0].key == b.roles["investor"][0].key
    assert names(a, "investor") == ["U.S. Department of Energy"]


def test_the_pentagon_is_the_defense_department_and_a_holder():
    f = one("After the deal the Pentagon would be the biggest shareholder in lithium miner Orvane Metals.", "shareholding")
    assert names(f, "holder") == ["U.S. Department of Defense"] and names(f, "company") == ["Orvane Metals"]


def test_a_ministry_of_a_country_is_named_with_the_country():
    f = one("Italy's Ministry of Economy and Finance sold a 12% stake in Banca Corvina.", "acquisition")
    assert names(f, "seller") == ["Italian Ministry of Economy and Finance"] and f.stake.value.value == 12


# ---- positions and stakes with their worth


def test_a_position_with_an_amount_is_an_investment():
    f = one("Quarry Partners built a $300 million position in Veltrix Systems.", "investment")
    assert names(f, "investor") == ["Quarry Partners"] and names(f, "investee") == ["Veltrix Systems"]
    assert f.amount.value.value == 3e8


def test_a_position_of_an_amount_and_a_percent_position():
    f = one("Quarry Partners has built a position of $450 million in Veltrix Systems.", "investment")
    assert f.amount.value.value == 4.5e8
    g = one("Harbor Peak took a 4% position in Corlith Labs.", "investment")
    assert names(g, "investee") == ["Corlith Labs"] and g.stake.value.value == 4


def test_a_position_with_no_value_is_no_investment():
    assert not facts("Veltrix Systems built a leading position in Corlith Labs.", "investment")


def test_a_stake_worth_an_amount_amassed():
    f = one("Harbor Peak amassed a stake worth $900 million in Corlith Labs.", "investment")
    assert names(f, "investor") == ["Harbor Peak"] and names(f, "investee") == ["Corlith Labs"]
    assert f.amount.value.value == 9e8


def test_a_disclosed_position_is_a_holding():
    f = one("Ardent Capital disclosed a 6.2% position in Brisa Airlines.", "shareholding")
    assert names(f, "holder") == ["Ardent Capital"] and names(f, "company") == ["Brisa Airlines"]
    assert f.stake.value.value == 6.2


def test_the_backer_written_before_the_company_is_not_the_company():
    text = "Aldon Group's Tessel has acquired an 18% stake in Mara Olsen-backed Quillwear."
    assert names(one(text, "investment"), "investee") == ["Quillwear"]
    assert names(one(text, "shareholding"), "company") == ["Quillwear"]


# ---- commitments


def test_a_commitment_to_a_company_is_an_investment():
    f = one("Harbor Peak made a $500 million commitment to Corlith Data Centers.", "investment")
    assert names(f, "investor") == ["Harbor Peak"] and names(f, "investee") == ["Corlith Data Centers"]
    assert f.amount.value.value == 5e8


def test_a_commitment_of_an_amount_to_a_fund():
    f = one("The Ardent Pension Plan approved a commitment of $40 million to Veltrix Growth Fund III.", "investment")
    assert names(f, "investee") == ["Veltrix Growth Fund III"] and f.amount.value.value == 4e7


def test_a_commitment_to_a_cause_is_no_investment():
    assert not facts("Harbor Peak made a $5 million commitment to cleaner oceans.", "investment")


# ---- rupees


def test_rupee_amounts_in_crore_and_lakh():
    found = {t: (m.value, m.currency) for _, _, m in find_money(
        "Brisa infused Rs 1,200 crore and then ₹45 lakh; Orvane raised INR 92 Cr; the plan costs ₹1.5 lakh crore.")
        for t in [m.text]}
    assert found["Rs 1,200 crore"] == (1.2e10, "INR") and found["₹45 lakh"] == (4.5e6, "INR")
    assert found["INR 92 Cr"] == (9.2e8, "INR") and found["₹1.5 lakh crore"] == (1.5e12, "INR")


def test_rs_inside_a_word_is_no_currency():
    assert not find_money("Mrs 5 million and HRs 3 crore")
    assert find_money("5亿元")[0][2].currency == "CNY"


def test_an_amount_in_crore_infused_into_a_company():
    f = one("Tessel Motors infused Rs 1,200 crore into Brisa Aviation.", "investment")
    assert names(f, "investor") == ["Tessel Motors"] and names(f, "investee") == ["Brisa Aviation"]
    assert f.amount.value.currency == "INR" and f.amount.value.value == 1.2e10


# ---- a possessive after an abbreviated legal form


def test_a_possessive_after_corp_with_a_space():
    for text in ("Veltrix Corp. 's purchase of Corlith closed in 2019.", "Veltrix Corp.'s purchase of Corlith closed in 2019."):
        f = one(text, "acquisition")
        assert names(f, "acquirer") == ["Veltrix Corp."] and names(f, "target") == ["Corlith"]


# ---- the chipmaker


def test_the_chipmaker_is_the_one_described_as_a_chipmaker():
    text = ("Corlith is a chipmaker based in Oregon. Tessel Holdings sold a stake to Harbor Peak. "
            "The chipmaker said it would buy Quillwear for $900 million.")
    f = one(text, "acquisition")
    assert names(f, "acquirer") == ["Corlith"] and names(f, "target") == ["Quillwear"]


def test_the_chipmaker_after_a_kind_written_before_the_name():
    text = ("Harbor Peak invested in chipmaker Veltrix. Aldon Capital backed Quillwear. "
            "Ardent Partners took a 5% stake in the chipmaker.")
    f = [x for x in facts(text, "investment") if names(x, "investor") == ["Ardent Partners"]]
    assert len(f) == 1 and names(f[0], "investee") == ["Veltrix"]


def test_the_chipmaker_is_a_known_chip_company_named_before():
    f = [x for x in facts("Microsoft acquired a stake in Intel. The chipmaker bought Corlith for $2 billion.",
                          "acquisition") if names(x, "target") == ["Corlith"]]
    assert len(f) == 1 and f[0].roles["acquirer"][0].key == "lex:intel"


def test_no_chipmaker_named_before_gives_no_acquirer():
    text = "Microsoft acquired Quillwear. The chipmaker bought Corlith for $2 billion."
    assert not [x for x in facts(text, "acquisition") if names(x, "target") == ["Corlith"]]
    text = "Microsoft acquired Quillwear. The chipmaker said it would buy Corlith for $2 billion."
    assert not [x for x in facts(text, "acquisition") if names(x, "target") == ["Corlith"]]


# ---- sales


def test_an_arm_of_a_group_sells_on_the_group_side():
    f = one("An arm of South African media group Tessel sold a 3% stake in Corlith.", "acquisition")
    assert names(f, "seller") == ["Tessel"] and names(f, "target") == ["Corlith"] and f.stake.value.value == 3


def test_a_percent_of_a_company_sold():
    f = one("Harbor Peak has sold 2% of Corlith Holdings for $4.1 billion.", "acquisition")
    assert names(f, "seller") == ["Harbor Peak"] and names(f, "target") == ["Corlith Holdings"]
    assert f.stake.value.value == 2 and f.amount.value.value == 4.1e9 and not f.roles.get("acquirer")
    g = one("Aldon Capital agreed to sell 20% of Corlith to Harbor Peak.", "acquisition")
    assert names(g, "acquirer") == ["Harbor Peak"] and g.modality == "planned"


def test_a_percent_of_its_output_is_no_sale_of_a_company():
    assert not facts("Corlith sold 40% of its output to Veltrix.", "acquisition")


# ---- money put into a unit


def test_money_injected_into_its_unit():
    f = one("Tessel injected 2 billion yuan into its EV unit Brisa Auto.", "investment")
    assert names(f, "investor") == ["Tessel"] and names(f, "investee") == ["Brisa Auto"]


def test_capital_injected_into_a_logistics_arm():
    f = one("Tessel injected fresh capital into logistics arm Brisa Freight.", "investment")
    assert names(f, "investee") == ["Brisa Freight"]


# ---- the government named before, a stake taken, a buyer joining others


def test_the_government_is_the_state_body_named_before():
    text = ("The Norwegian government backed Brisa Hydrogen last year. "
            "The government made a $2 billion investment in Corlith Grid.")
    f = [x for x in facts(text, "investment") if names(x, "investee") == ["Corlith Grid"]]
    assert len(f) == 1 and names(f[0], "investor") == ["Norwegian government"] and f[0].amount.value.value == 2e9


def test_the_government_with_no_state_body_before_is_no_one():
    assert not facts("Brisa said the government made a $2 billion investment in Corlith Grid.", "investment")


def test_a_stake_taken_is_an_investment_and_a_holding():
    text = "The U.S. government has taken a 9.9% stake in Tallis Semiconductor, a minister said on Friday."
    f = one(text, "investment")
    assert names(f, "investor") == ["U.S. government"] and f.stake.value.value == 9.9
    assert names(one(text, "shareholding"), "holder") == ["U.S. government"]


def test_a_buyer_joining_others_to_buy_is_a_buyer_too():
    f = one("This week Kestrel Partners joined Veltrix Systems and Harbor Peak to purchase Corlith Data for $4 billion.",
            "acquisition")
    assert sorted(names(f, "acquirer")) == ["Harbor Peak", "Kestrel Partners", "Veltrix Systems"]
    assert names(f, "target") == ["Corlith Data"] and f.amount.value.value == 4e9


def test_preferred_stock_bought_in_a_company_is_an_investment():
    f = one("The Pentagon agreed to buy $400 million of preferred stock in Orvane Metals.", "investment")
    assert names(f, "investor") == ["U.S. Department of Defense"] and names(f, "investee") == ["Orvane Metals"]
    assert f.amount.value.value == 4e8 and f.modality == "planned"


def test_preferred_stock_of_its_own_is_left_unread():
    assert not facts("The Defense Department will buy $400 million of its preferred stock.", "investment")

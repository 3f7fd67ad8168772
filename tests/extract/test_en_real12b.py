"""English coverage of Chinese AI, chip and robotics companies (round 12: real news read as development text):
yuan amounts followed by their dollar conversion in brackets, results written with "YoY" and amounts such as
"RMB1.7bn", lists of a company's investors ("Major investors in X include …") and investments a company attracted.

Every sentence is written for this file; Qingyun Zhineng, Lanhai Robotics, Tiangong Semiconductor, Donghu Capital,
Xishan Ventures and the other companies are invented and in no lexicon.
"""

from __future__ import annotations

from tests.extract.readers import facts, one, roles

REF = "2025-06-10"


# ------------------------------------------------------------ an amount and its conversion in brackets
def test_a_yuan_round_with_its_dollar_conversion_and_no_named_investor():
    f = one("Lanhai Robotics raised 800 million yuan ($110 million) in a new funding round.", "investment", REF)
    assert roles(f) == {"investor": [], "investee": ["Lanhai Robotics"]}
    assert f.amount.text == "800 million yuan" and f.modality == "asserted"


def test_a_round_led_by_a_description_keeps_the_company_and_the_yuan_amount():
    text = ("Tiangong Semiconductor raised more than 2 billion yuan (US$275 million) in a financing round led by "
            "provincial government-backed funds.")
    f = one(text, "investment", REF)
    assert roles(f)["investee"] == ["Tiangong Semiconductor"] and roles(f)["investor"] == []
    assert f.amount.text == "more than 2 billion yuan"


def test_an_approximate_conversion_in_brackets():
    f = one("Qingyun Zhineng secured 300 million yuan (about $41 million) in investment from a city fund.",
            "investment", REF)
    assert roles(f)["investee"] == ["Qingyun Zhineng"] and f.amount.text == "300 million yuan"


def test_the_conversion_does_not_hide_a_named_investor():
    f = one("Lanhai Robotics secured 500 million yuan ($69 million) from Donghu Capital last week.", "investment", REF)
    assert roles(f) == {"investor": ["Donghu Capital"], "investee": ["Lanhai Robotics"]}
    assert f.amount.text == "500 million yuan"


def test_two_amounts_in_the_same_currency_are_not_folded():
    # "(… $5 million …)" in brackets that is no conversion: a second amount in dollars after a dollar amount
    found = facts("Lanhai Robotics raised $40 million ($5 million more than planned) in a Series B round.",
                  "investment", REF)
    assert all(f.amount is None or f.amount.text != "$5 million" for f in found)


# ------------------------------------------------------------ results written with YoY and RMB1.7bn
def test_revenue_growth_written_yoy_with_a_one_word_amount():
    found = facts("Tiangong Semiconductor's total revenue grew by 18% YoY to RMB2.46bn.", "financial", REF)
    assert len(found) == 1
    f = found[0]
    assert roles(f)["company"] == ["Tiangong Semiconductor"]
    assert f.qualifiers["metric"] == "revenue" and f.qualifiers["value"].text == "RMB2.46bn"


def test_an_amount_written_as_one_word_and_yoy_are_no_company_names():
    text = "Cloud revenue increased by 140% YoY to RMB1.32bn and represented 55% of total revenue in the half."
    for f in facts(text, None, REF):
        for ms in f.roles.values():
            assert all(m.text not in ("YoY", "RMB1.32bn") for m in ms)


# ------------------------------------------------------------ lists of a company's investors
def test_major_investors_in_a_company_include_a_list():
    f = one("Major investors in Qingyun Zhineng include Donghu Capital, Xishan Ventures and Beiyuan Partners.",
            "shareholding", REF)
    assert roles(f) == {"holder": ["Donghu Capital", "Xishan Ventures", "Beiyuan Partners"],
                        "company": ["Qingyun Zhineng"]}


def test_investors_in_the_round_are_no_holders_of_a_company_named_the_round():
    assert facts("Other investors in the round include Donghu Capital and Xishan Ventures.", "shareholding", REF) == []


def test_a_company_attracted_investment_from_named_giants():
    text = "Lanhai Robotics has attracted investment from tech giants Donghu Capital, Xishan Ventures, and Beiyuan Partners."
    f = one(text, "investment", REF)
    assert roles(f) == {"investor": ["Donghu Capital", "Xishan Ventures", "Beiyuan Partners"],
                        "investee": ["Lanhai Robotics"]}



def test_participants_in_a_named_companys_funding():
    text = "Participants in Lanhai Robotics' latest funding included Donghu Capital and Xishan Ventures."
    f = one(text, "investment", REF)
    assert roles(f) == {"investor": ["Donghu Capital", "Xishan Ventures"], "investee": ["Lanhai Robotics"]}


def test_investors_provided_fresh_funding_for_a_company():
    f = one("Donghu Capital and Xishan Ventures provided fresh funding for Qingyun Zhineng.", "investment", REF)
    assert roles(f) == {"investor": ["Donghu Capital", "Xishan Ventures"], "investee": ["Qingyun Zhineng"]}


def test_provided_an_amount_in_funding_to_a_company():
    f = one("Xishan Ventures provided $25 million in funding to Lanhai Robotics in March.", "investment", REF)
    assert roles(f) == {"investor": ["Xishan Ventures"], "investee": ["Lanhai Robotics"]}
    assert f.amount.text == "$25 million"


def test_funding_for_a_peer_named_with_a_possessive_names_no_investee():
    # the company of the possessive is not the one funded, and the one funded stands after a description
    text = "Donghu Capital provided fresh funding for Lanhai Robotics's Chinese rival Qingyun Zhineng."
    assert facts(text, "investment", REF) == []


def test_another_amount_raised_before_a_listing_clause():
    text = "Qingyun Zhineng has secured another 600 million yuan in strategic funding as it moves towards a listing."
    f = one(text, "investment", REF)
    assert roles(f)["investee"] == ["Qingyun Zhineng"] and f.amount.text == "600 million yuan"


# ------------------------------------------------------------ money committed to a round is no spending plan
def test_money_committed_to_a_rounds_tranche_is_no_capital_plan():
    text = ("Existing backers, including Donghu Capital and Xishan Ventures, have committed more than $300 million to "
            "the first tranche of the new round.")
    assert facts(text, "capital_plan", REF) == []


def test_money_that_buys_a_share_of_a_named_fund_is_no_capital_plan():
    text = "Beiyuan Bank said on Friday it would invest 8 billion yuan that will form 4.5% of the Tiangong Chip Fund."
    assert facts(text, "capital_plan", REF) == []


def test_a_spending_plan_stays_a_capital_plan():
    f = one("Tiangong Semiconductor plans to spend 6 billion yuan on new fabs this year.", "capital_plan", REF)
    assert roles(f)["company"] == ["Tiangong Semiconductor"] and f.amount.text == "6 billion yuan"


def test_participants_join_the_round_just_read_of_the_same_company():
    text = ("Lanhai Robotics raised 900 million yuan ($124 million) in a round led by city-backed funds. "
            "Participants in Lanhai Robotics' latest funding included Donghu Capital and Xishan Ventures.")
    f = one(text, "investment", REF)
    assert roles(f) == {"investor": ["Donghu Capital", "Xishan Ventures"], "investee": ["Lanhai Robotics"]}
    assert f.amount.text == "900 million yuan"


# ------------------------------------------------------------ state investors and rounds of others
def test_a_city_owned_state_investor_is_the_investor_not_the_city():
    text = "Lanhai Robotics secured 400 million yuan from Wuxi city's state-owned Taihu Industrial Group on Monday."
    f = one(text, "investment", REF)
    assert [m.text for m in f.roles["investor"]][0].endswith("Taihu Industrial Group")
    assert roles(f)["investee"] == ["Lanhai Robotics"]
    assert all("Wuxi" != m.text for m in f.roles["investor"])


def test_a_state_owned_investor_without_an_article():
    f = one("Qingyun Zhineng raised 200 million yuan from state-owned Donghu Capital.", "investment", REF)
    assert [m.canonical for m in f.roles["investor"]] == ["Donghu Capital"]


def test_a_fund_that_joined_a_separate_round_is_no_investor_of_this_one():
    text = ("Qingyun Zhineng secured 300 million yuan from Donghu Capital last week, while Xishan Ventures "
            "participated in a separate round earlier this month.")
    f = one(text, "investment", REF)
    assert roles(f)["investor"] == ["Donghu Capital"]


def test_a_fund_that_also_participated_joins_the_round():
    f = one("Qingyun Zhineng raised $60 million from Donghu Capital, and Xishan Ventures also participated.",
            "investment", REF)
    assert roles(f)["investor"] == ["Donghu Capital", "Xishan Ventures"]


# ------------------------------------------------------------ founders
def test_founded_by_former_employees_of_a_company_including_a_person():
    f = one("Lanhai Robotics was founded in 2022 by several former engineers of Tiangong Semiconductor, including "
            "Zhou Mingyuan.", "founding", REF)
    assert roles(f) == {"founder": ["Zhou Mingyuan"], "company": ["Lanhai Robotics"]}


def test_a_person_founded_a_new_company_called():
    f = one("Zhou Mingyuan has founded a new robotics company called Lanhai Robotics.", "founding", REF)
    assert roles(f) == {"founder": ["Zhou Mingyuan"], "company": ["Lanhai Robotics"]}


def test_a_company_in_an_apposition_is_no_founder_of_the_company_called():
    text = ("Zhou Mingyuan, a former executive of the chip giant Tiangong Semiconductor, said he has founded a new "
            "company called Lanhai Robotics.")
    assert all(roles(f)["founder"] != ["Tiangong Semiconductor"] for f in facts(text, "founding", REF))


# ------------------------------------------------------------ backers in an apposition; the Star Market
def test_a_backer_named_in_an_apposition():
    f = one("Tiangong Semiconductor, a Donghu Capital-backed chip designer, listed on Monday.", "investment", REF)
    assert roles(f) == {"investor": ["Donghu Capital"], "investee": ["Tiangong Semiconductor"]}


def test_the_star_market_is_no_company_that_lists():
    found = facts("Tiangong Semiconductor made a strong debut on mainland China's Star Market.", "listing", REF)
    assert [roles(f)["company"] for f in found] == [["Tiangong Semiconductor"]]


# ------------------------------------------------------------ a business line's revenue
def test_a_business_lines_revenue_is_no_company_figure():
    text = ("Tiangong Semiconductor's revenue grew by 12% YoY to RMB3.1bn in the first half. Smart Sensor business "
            "revenue grew by 90% YoY to RMB210mn.")
    found = facts(text, "financial", REF)
    assert [roles(f)["company"] for f in found] == [["Tiangong Semiconductor"]]
    assert found[0].qualifiers["value"].text == "RMB3.1bn"


# ------------------------------------------------------------ a state investor from the lexicon
def test_huafa_group_is_known_in_english_and_chinese():
    f = one("Lanhai Robotics secured 300 million yuan from Huafa Group.", "investment", REF)
    assert [m.key for m in f.roles["investor"]] == ["lex:huafa_group"]

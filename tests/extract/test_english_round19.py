"""Round 19, English deal readings: more ways of telling an exit (every share held, a sale as the means of a deed,
"all of them" after the shares were bought, "the stake"), shares of a company bought as an investment rather than
its takeover, commitments written with a possessive, holders ranked in a list, partnerships told by their noun,
a stake taken that is held afterwards, and dates told as "the same month". Sentences written by the team; the
companies are invented."""

from __future__ import annotations

from dealgraph.values.dates import DateResolver
from tests.extract.readers import facts, names, one


# ---- exits


def test_every_share_it_held_is_a_full_exit():
    f = one("Harbor Peak Capital sold every share it held in Norcrest Labs last year.", "acquisition")
    assert names(f, "seller") == ["Harbor Peak Capital"] and names(f, "target") == ["Norcrest Labs"]
    assert f.modality == "asserted" and not f.roles["acquirer"]


def test_every_share_it_still_owned_with_the_proceeds():
    f = one("Harbor Peak Capital sold every single share it still owned in Norcrest Labs for $40 million.", "acquisition")
    assert f.amount.value.value == 4e7


def test_a_plan_to_sell_every_share_stays_planned():
    assert one("Harbor Peak Capital plans to sell every share it holds in Norcrest Labs.", "acquisition").modality == "planned"


def test_every_share_of_a_bond_issue_is_no_exit():
    assert not facts("Harbor Peak Capital sold every share of its new bond issue to investors.", "acquisition")


def test_a_full_exit_by_every_share_leaves_no_holding():
    text = "Harbor Peak Capital holds 9% of Norcrest Labs. In May, Harbor Peak Capital sold every share it held in Norcrest Labs."
    assert not [f for f in facts(text, "shareholding") if f.modality == "asserted"]


def test_a_sale_as_the_means_names_the_company_before_the_holding():
    f = one("Aldon Group raised $2 billion by selling part of its Norcrest Labs holding.", "acquisition")
    assert names(f, "seller") == ["Aldon Group"] and names(f, "target") == ["Norcrest Labs"]
    assert f.amount.value.value == 2e9 and f.modality == "asserted"


def test_a_sale_as_the_means_names_the_company_after_the_stake():
    f = one("Aldon Group raised $2 billion by selling part of its stake in Norcrest Labs.", "acquisition")
    assert names(f, "target") == ["Norcrest Labs"]
    assert not facts("Aldon Group raised $2 billion by selling part of its stake in Norcrest Labs.", "investment")


def test_a_planned_raise_by_selling_is_a_planned_exit():
    f = one("Aldon Group plans to raise $2 billion by selling its remaining shares in Norcrest Labs.", "acquisition")
    assert f.modality == "planned" and f.amount.value.value == 2e9


def test_a_sale_as_the_means_takes_the_company_held_before():
    text = "Aldon Group has held 12% of Norcrest Labs since 2019. It raised $900 million last year by selling part of its stake."
    f = one(text, "acquisition")
    assert names(f, "target") == ["Norcrest Labs"] and names(f, "seller") == ["Aldon Group"]
    assert not facts(text, "investment")  # the money raised by the sale is no funding round of Aldon


def test_selling_a_business_or_goods_as_the_means_is_no_exit():
    assert not facts("Aldon Group cut its debt by selling its radar business.", "acquisition")
    assert not facts("Aldon Group grew revenue by selling its chips to Norcrest Labs.", "acquisition")


def test_all_of_them_after_the_shares_were_bought():
    text = "Veltrix Systems bought 3 million shares of Quillfeather in 2023 and had sold all of them by October."
    f = one(text, "acquisition")
    assert names(f, "seller") == ["Veltrix Systems"] and names(f, "target") == ["Quillfeather"]


def test_all_of_them_in_the_next_sentence():
    text = "Veltrix Systems bought 3 million shares of Quillfeather in 2023. Veltrix had sold all of them by October."
    assert names(one(text, "acquisition"), "target") == ["Quillfeather"]


def test_all_of_them_with_no_holding_before_is_nothing():
    assert not facts("Veltrix Systems makes radar chips. It had sold all of them by October.", "acquisition")


def test_the_stake_sold_is_the_one_just_bought():
    text = "Harbor Peak invested $50 million in Norcrest Labs last year. It sold the stake in May."
    f = one(text, "acquisition")
    assert names(f, "seller") == ["Harbor Peak"] and names(f, "target") == ["Norcrest Labs"]
    assert not facts("Harbor Peak reported strong results. It sold the stake in May.", "acquisition")


def test_a_reduced_stake_in_a_list_of_bets_is_no_sale():
    text = "The fund now counts Apple, Veltrix Systems and a reduced stake in Norcrest Labs as its main bets."
    assert not facts(text, "acquisition")
    assert one("Aldon Ventures has reduced its stake in Norcrest Labs.", "acquisition").modality == "asserted"


# ---- shares bought


def test_shares_of_a_company_bought_are_an_investment():
    f = one("Veltrix Systems bought 3 million shares of Quillfeather in 2023.", "investment")
    assert names(f, "investor") == ["Veltrix Systems"] and names(f, "investee") == ["Quillfeather"]
    assert not facts("Veltrix Systems bought 3 million shares of Quillfeather in 2023.", "acquisition")


def test_a_sum_of_a_company_stock_bought():
    f = one("Veltrix Systems bought $40 million of Quillfeather stock last quarter.", "investment")
    assert f.amount.value.value == 4e7 and names(f, "investee") == ["Quillfeather"]


def test_named_shares_bought_are_no_takeover():
    text = "The Orvane Foundation bought Norcrest Labs shares for the first time last quarter."
    assert names(one(text, "investment"), "investee") == ["Norcrest Labs"]
    assert not facts(text, "acquisition")


def test_a_buyback_and_a_takeover_are_not_share_purchases():
    assert not facts("Veltrix Systems bought back 3 million of its shares.")
    assert one("Veltrix Systems bought Norcrest Labs for $2 billion.", "acquisition").amount.value.value == 2e9
    assert not facts("Veltrix Systems bought Norcrest Labs for $2 billion.", "investment")


# ---- a stake taken is held afterwards


def test_a_stake_taken_is_an_investment_and_a_holding():
    text = "Veltrix Systems took a 10% stake in Norcrest Labs in March."
    assert one(text, "investment").stake.value.value == 10
    h = one(text, "shareholding")
    assert names(h, "holder") == ["Veltrix Systems"] and names(h, "company") == ["Norcrest Labs"]
    assert h.stake.value.value == 10 and h.modality == "asserted" and h.qualifiers["as_of"].value.value == "2025-03"


def test_a_majority_stake_bought_is_an_acquisition_and_a_holding():
    text = "Veltrix Systems acquired a 60% stake in Norcrest Labs for $300 million."
    assert one(text, "acquisition").amount.value.value == 3e8
    assert one(text, "shareholding").stake.value.value == 60


def test_the_holding_keeps_the_mood_of_the_deal():
    assert one("Veltrix Systems plans to take a 10% stake in Norcrest Labs.", "shareholding").modality == "planned"
    assert one("Veltrix Systems denied that it would take a 10% stake in Norcrest Labs.", "shareholding").modality == "denied"


def test_a_stake_of_no_stated_size_gives_no_holding_of_its_own():
    assert not facts("Veltrix Systems took a small stake in Norcrest Labs.", "shareholding")


# ---- commitments


def test_a_possessive_commitment_with_its_sum_is_an_investment():
    f = one("Harbor Peak's $500 million commitment to Quillfeather Robotics was announced on Monday.", "investment")
    assert names(f, "investor") == ["Harbor Peak"] and names(f, "investee") == ["Quillfeather Robotics"]
    assert f.amount.value.value == 5e8


def test_a_commitment_one_has_is_an_investment():
    f = one("Harbor Peak has a $500 million commitment to Quillfeather Robotics.", "investment")
    assert names(f, "investor") == ["Harbor Peak"] and f.amount.value.value == 5e8


def test_a_planned_commitment_stays_planned():
    text = "Harbor Peak's planned $500 million commitment to Quillfeather Robotics was delayed."
    assert one(text, "investment").modality == "planned"


def test_its_commitment_to_a_fund_is_the_subject_before():
    text = "Harbor Peak reported earnings. Its $2 billion capital commitment to Veltrix Growth Fund IV is its largest."
    f = one(text, "investment")
    assert names(f, "investor") == ["Harbor Peak"] and names(f, "investee") == ["Veltrix Growth Fund IV"]


def test_commitments_without_a_sum_or_a_company_are_no_investment():
    assert not facts("Quillfeather Robotics made a commitment to safety.", "investment")
    assert not facts("Harbor Peak's commitment to Quillfeather Robotics remains strong.", "investment")
    assert not facts("Harbor Peak's $5 million commitment to cleaner oceans was praised.", "investment")


# ---- holders ranked among the owners


def _holders(text: str) -> dict[str, str]:
    return {names(f, "holder")[0]: names(f, "company")[0] for f in facts(text, "shareholding")}


def test_among_the_biggest_owners_behind_two_others():
    text = "Aldon Ventures is among Norcrest Labs' biggest owners, behind Harbor Peak and Veltrix Systems."
    assert _holders(text) == {"Aldon Ventures": "Norcrest Labs", "Harbor Peak": "Norcrest Labs",
                              "Veltrix Systems": "Norcrest Labs"}
    assert all(f.modality == "asserted" for f in facts(text, "shareholding"))


def test_among_the_owners_of_a_company_named_after_of():
    assert _holders("Aldon Ventures is among the biggest owners of Norcrest Labs.") == {"Aldon Ventures": "Norcrest Labs"}


def test_among_the_biggest_investors_of_a_region_is_no_holding():
    assert not facts("Aldon Ventures is among the biggest investors in Europe.", "shareholding")
    assert not facts("Aldon Ventures, one of the largest investors, declined to comment.", "shareholding")


def test_the_one_ranked_before_the_second_largest_holds_too():
    text = "Aldon Ventures is Norcrest Labs' second-largest shareholder after Harbor Peak."
    assert _holders(text) == {"Aldon Ventures": "Norcrest Labs", "Harbor Peak": "Norcrest Labs"}


def test_one_of_the_largest_shareholders_fronted_and_apposed():
    assert _holders("One of Norcrest Labs' largest shareholders, Aldon Ventures, sold 3 million shares on Monday.") \
        == {"Aldon Ventures": "Norcrest Labs"}
    assert _holders("Aldon Ventures, one of the largest investors in Norcrest Labs, declined to comment.") \
        == {"Aldon Ventures": "Norcrest Labs"}


def test_becoming_its_largest_shareholder_holds_the_company_of_the_deal():
    text = "Aldon Ventures invested $40 million in Norcrest Labs in 2018, becoming its largest shareholder."
    h = one(text, "shareholding")
    assert names(h, "holder") == ["Aldon Ventures"] and names(h, "company") == ["Norcrest Labs"]
    assert h.qualifiers["rank"] == "largest" and h.qualifiers["as_of"].value.value == "2018"
    planned = "Aldon Ventures plans to invest $40 million in Norcrest Labs, becoming its largest shareholder."
    assert one(planned, "shareholding").modality == "planned"


def test_becoming_its_largest_shareholder_with_no_deal_is_nothing():
    assert not facts("Aldon Ventures grew quickly, becoming its largest shareholder.", "shareholding")


def test_the_stake_the_investment_gives():
    text = "Harbor Peak invested $50 million in Norcrest Labs. The investment gives it a 12% stake."
    h = one(text, "shareholding")
    assert names(h, "holder") == ["Harbor Peak"] and names(h, "company") == ["Norcrest Labs"]
    assert h.stake.value.value == 12 and h.modality == "asserted"


def test_the_stake_a_planned_deal_would_give_is_planned():
    text = "Harbor Peak agreed to buy 30% of Norcrest Labs for $50 million. The deal would give Harbor Peak a 30% stake."
    assert one(text, "shareholding").modality == "planned"


def test_its_stake_now_stands_at():
    h = one("Harbor Peak invested $50 million in Norcrest Labs. Its stake in the company now stands at 12%.", "shareholding")
    assert names(h, "holder") == ["Harbor Peak"] and names(h, "company") == ["Norcrest Labs"] and h.stake.value.value == 12
    assert not facts("Norcrest Labs reported results. Its market share now stands at 12%.", "shareholding")


# ---- partnerships told by their noun


def _parties(text: str) -> list[list[str]]:
    return [sorted(names(f, "party")) for f in facts(text, "partnership")]


def test_a_possessive_alliance_is_a_partnership():
    f = one("Veltrix Systems' alliance with Norcrest Labs has deepened.", "partnership")
    assert sorted(names(f, "party")) == ["Norcrest Labs", "Veltrix Systems"] and f.modality == "asserted"


def test_a_tie_up_between_two_companies():
    f = one("The tie-up between Veltrix Systems and Norcrest Labs was announced in May.", "partnership")
    assert sorted(names(f, "party")) == ["Norcrest Labs", "Veltrix Systems"] and f.date.value.value == "2025-05"


def test_a_proposed_tie_up_is_planned():
    assert one("The proposed tie-up between Veltrix Systems and Norcrest Labs needs approval.", "partnership").modality \
        == "planned"


def test_expanding_a_partnership_names_its_partner():
    text = "Veltrix Systems is expanding its robotaxi partnership with Norcrest Labs to cover mapping."
    assert _parties(text) == [["Norcrest Labs", "Veltrix Systems"]]


def test_a_joint_venture_between_two_companies():
    f = one("The joint venture between Veltrix Systems and Norcrest Labs will build chips in Ohio.", "partnership")
    assert f.qualifiers["kind"] == "joint_venture"


def test_an_ended_or_former_partnership_is_none():
    assert not facts("Veltrix Systems' partnership with Norcrest Labs collapsed last year.", "partnership")
    assert not facts("Veltrix Systems' former partnership with Norcrest Labs still shapes its strategy.", "partnership")
    assert not facts("Aldon Group ended the alliance between Veltrix Systems and Norcrest Labs.", "partnership")
    text = "Veltrix Systems unwound its long alliance with Norcrest Labs, selling its whole holding for $2.2 billion."
    assert not facts(text, "partnership") and one(text, "acquisition").amount.value.value == 2.2e9


def test_a_partnership_with_customers_names_no_partner():
    assert not facts("Veltrix Systems expanded its partnership with its customers.", "partnership")
    assert not facts("Veltrix Systems' collaboration with Norcrest Labs' customers has grown.", "partnership")


# ---- "the same month": the date named last


def _dates(*sentences: str) -> list[str | None]:
    resolver = DateResolver("2025-06-30")
    return [d.value for text in sentences for _, _, d in resolver.find(text)]


def test_the_same_month_and_year_are_the_ones_named_last():
    assert _dates("Harbor Peak invested in March 2024.", "The same month, Aldon Ventures sold its stake.") \
        == ["2024-03", "2024-03"]
    assert _dates("Harbor Peak invested in March 2024.", "Later that year, Aldon Ventures sold its stake.") \
        == ["2024-03", "2024"]
    assert _dates("Harbor Peak invested in March 2024.", "The following year, Aldon Ventures sold its stake.") \
        == ["2024-03", "2025"]
    assert _dates("Harbor Peak invested in March 2024.", "A month later, Aldon Ventures sold its stake.") \
        == ["2024-03", "2024-04"]


def test_the_same_month_with_none_named_before_is_no_date():
    assert _dates("The same month, Aldon Ventures sold its stake.") == []


def test_a_deal_of_the_same_month_takes_the_month_named_before():
    text = "Harbor Peak took a 3% stake in Quillfeather in March 2024. The same month, Aldon Ventures also invested in the company."
    f = [x for x in facts(text, "investment") if names(x, "investor") == ["Aldon Ventures"]][0]
    assert names(f, "investee") == ["Quillfeather"] and f.date.value.value == "2024-03"


# ---- stakes and investments in more words


def test_possessive_investments_in_two_companies():
    text = "Aldon Group's investments in chip designer Norcrest Labs and Brisa Motors helped it post a gain."
    assert sorted(names(f, "investee")[0] for f in facts(text, "investment")) == ["Brisa Motors", "Norcrest Labs"]
    assert not facts("Aldon Group's investments in new factories rose.", "investment")


def test_an_investment_of_a_sum_announced():
    f = one("Harbor Peak announced an investment of $10 billion in Quillfeather Robotics.", "investment")
    assert f.amount.value.value == 1e10 and names(f, "investee") == ["Quillfeather Robotics"]


def test_a_stake_established():
    f = one("Harbor Peak established a stake in Norcrest Labs last quarter.", "investment")
    assert names(f, "investor") == ["Harbor Peak"] and names(f, "investee") == ["Norcrest Labs"]


def test_a_sum_put_in_for_a_part_of_a_company():
    text = "Aldon Group, which started out as a radio broadcaster, invested $12 million for almost a third of Norcrest Labs in 2004."
    f = one(text, "investment")
    assert names(f, "investee") == ["Norcrest Labs"] and f.amount.value.value == 1.2e7 and f.date.value.value == "2004"


def test_a_sum_paid_for_a_stake_is_an_investment_and_a_holding():
    text = "Harbor Peak paid $40 million for a 10% stake in Brisa Motors."
    assert one(text, "investment").amount.value.value == 4e7 and one(text, "shareholding").stake.value.value == 10
    assert not facts("Harbor Peak paid $40 million for half of the building.")


def test_a_stake_brought_to_a_level_by_a_purchase():
    text = "Harbor Peak bought 2 million more Corlith shares in December, taking its stake in Corlith to 6.2%."
    h = one(text, "shareholding")
    assert names(h, "holder") == ["Harbor Peak"] and names(h, "company") == ["Corlith"] and h.stake.value.value == 6.2
    assert not facts("Harbor Peak added staff last year, bringing its headcount to 700.", "shareholding")


def test_a_partnership_one_has():
    assert _parties("Veltrix Systems has a partnership with Norcrest Labs.") == [["Norcrest Labs", "Veltrix Systems"]]
    text = "Norcrest Labs, which has a long-standing alliance with Veltrix Systems, raised $40 million."
    assert _parties(text) == [["Norcrest Labs", "Veltrix Systems"]]
    assert not facts("Veltrix Systems has a deal with Norcrest Labs.", "partnership")


def test_the_partner_of_a_deal_does_not_do_what_the_deal_is_for():
    text = "Veltrix Systems struck a deal with Norcrest Labs to acquire its radar unit."
    assert not facts(text, "acquisition")
    assert _parties(text) == [["Norcrest Labs", "Veltrix Systems"]]


def test_owners_counted_and_listed():
    assert _holders("Norcrest Labs counts Harbor Peak and Aldon Ventures among its biggest owners.") \
        == {"Harbor Peak": "Norcrest Labs", "Aldon Ventures": "Norcrest Labs"}
    f = one("The biggest owners of Norcrest Labs are Harbor Peak and Aldon Ventures.", "shareholding")
    assert sorted(names(f, "holder")) == ["Aldon Ventures", "Harbor Peak"] and names(f, "company") == ["Norcrest Labs"]


# ---- the company or deal of the sentence before


def test_its_largest_shareholder_is_named_after():
    for text in ("Norcrest Labs makes radar chips. Its largest shareholder is Harbor Peak.",
                 "Norcrest Labs makes radar chips. The company's largest shareholder is Harbor Peak.",
                 "Norcrest Labs makes radar chips. Its largest shareholder, Harbor Peak, sold 2 million shares on Monday."):
        h = one(text, "shareholding")
        assert names(h, "holder") == ["Harbor Peak"] and names(h, "company") == ["Norcrest Labs"]
        assert h.qualifiers["rank"] == "largest"
    assert not facts("Norcrest Labs makes radar chips. Its largest customer is Harbor Peak.", "shareholding")


def test_the_deal_valued_at_is_the_price_of_the_acquisition_just_read():
    f = one("Veltrix Systems bought Norcrest Labs in March. The deal was valued at $2 billion.", "acquisition")
    assert f.amount.value.value == 2e9
    g = one("Norcrest Labs raised $40 million in March. The deal was valued at $2 billion.", "investment")
    assert g.amount.value.value == 4e7  # a round's deal value is no price of it


def test_that_investment_closed_makes_the_planned_one_done():
    text = "Harbor Peak agreed to invest $500 million in Norcrest Labs. That investment closed in June."
    assert one(text, "investment").modality == "asserted"
    text = "Harbor Peak agreed to invest $500 million in Norcrest Labs. The investment is expected to close in June."
    assert one(text, "investment").modality == "planned"


def test_a_stake_brought_to_a_level_in_a_clause_after_that():
    text = ("Records filed on Monday suggest that Harbor Peak bought about 1.5 million more Corlith shares in December, "
            "lifting its stake in Corlith to 6.2 percent.")
    h = one(text, "shareholding")
    assert names(h, "holder") == ["Harbor Peak"] and h.stake.value.value == 6.2


def test_possessive_investments_borrow_no_sum_from_the_rest_of_the_sentence():
    text = "Aldon Group's investments in Norcrest Labs and Brisa Motors helped it post a $19 billion gain."
    assert [f.amount for f in facts(text, "investment")] == [None, None]


def test_a_position_liquidated_is_an_exit_not_a_closure():
    text = "Harbor Peak liquidated its position in Norcrest Labs."
    assert not facts(text, "closure") and names(one(text, "acquisition"), "target") == ["Norcrest Labs"]
    assert names(one("Norcrest Labs was liquidated in 2023.", "closure"), "company") == ["Norcrest Labs"]


def test_a_commitment_from_one_company_to_another():
    text = "The $500 million commitment from Harbor Peak Capital to Quillfeather Robotics was announced in March."
    f = one(text, "investment")
    assert names(f, "investor") == ["Harbor Peak Capital"] and names(f, "investee") == ["Quillfeather Robotics"]
    # (round 33) a commitment is money promised, not yet put in: planned, announced or proposed alike
    assert f.modality == "planned" and f.amount.value.value == 5e8
    assert one(text.replace("The $500", "The proposed $500"), "investment").modality == "planned"
    assert not facts("A $5 million commitment from Harbor Peak Capital to local schools was announced.", "investment")


def test_among_its_biggest_owners_is_the_company_of_the_sentence_before():
    text = "Norcrest Labs makes radar chips. Aldon Ventures is among its biggest owners, behind Harbor Peak and Veltrix Systems."
    assert _holders(text) == {"Aldon Ventures": "Norcrest Labs", "Harbor Peak": "Norcrest Labs",
                              "Veltrix Systems": "Norcrest Labs"}
    assert not facts("Aldon Ventures is among its biggest owners.", "shareholding")


def test_a_possessive_sale_of_a_stake_is_an_exit():
    f = one("Harbor Peak Capital's sale of its stake in Norcrest Labs raised $5.8 billion.", "acquisition")
    assert names(f, "seller") == ["Harbor Peak Capital"] and names(f, "target") == ["Norcrest Labs"]
    assert f.amount.value.value == 5.8e9 and f.modality == "asserted"
    text = "Harbor Peak Capital's planned sale of its Norcrest Labs shares was delayed."
    assert one(text, "acquisition").modality == "planned"


def test_a_possessive_sale_of_a_building_is_neither_exit_nor_round():
    assert not facts("Harbor Peak Capital's sale of its headquarters raised $50 million.")


def test_a_stake_cashed_out():
    f = one("Harbor Peak Capital cashed out its Norcrest Labs stake in October.", "acquisition")
    assert names(f, "target") == ["Norcrest Labs"]


def test_an_apposed_second_largest_holder_behind_another():
    text = "Aldon Ventures, Norcrest Labs' second-largest shareholder behind Harbor Peak Capital, backed the plan."
    assert _holders(text) == {"Aldon Ventures": "Norcrest Labs", "Harbor Peak Capital": "Norcrest Labs"}


def test_holders_with_their_stakes_in_brackets():
    text = "Norcrest Labs' largest shareholders are Harbor Peak Capital (12%), Aldon Ventures (8%) and Veltrix Systems."
    stakes = {names(f, "holder")[0]: f.stake and f.stake.value.value for f in facts(text, "shareholding")}
    assert stakes == {"Harbor Peak Capital": 12, "Aldon Ventures": 8, "Veltrix Systems": None}


def test_a_fronted_partnership_names_the_subject_after_it():
    text = "Under a new partnership with Veltrix Systems, Norcrest Labs will build robots in Ohio."
    assert _parties(text) == [["Norcrest Labs", "Veltrix Systems"]]
    assert not facts("In a partnership with local schools, Norcrest Labs will train engineers.", "partnership")


def test_a_possessive_sale_takes_no_sum_of_another_company_named_after_it():
    text = ("Harbor Peak Capital's sale of its stake in Norcrest Labs comes a month after Aldon Group sold its Brisa "
            "Motors holding for $2 billion.")
    sale = [f for f in facts(text, "acquisition") if names(f, "seller") == ["Harbor Peak Capital"]]
    assert len(sale) == 1 and sale[0].amount is None


def test_shares_retained_after_a_part_sold_are_still_held():
    text = ("Aldon Ventures sold 12 million Norcrest Labs shares for $210 million, while keeping 40 million shares of "
            "the company.")
    h = one(text, "shareholding")
    assert names(h, "holder") == ["Aldon Ventures"] and names(h, "company") == ["Norcrest Labs"] and h.stake is None
    other = "Aldon Ventures sold 12 million Norcrest Labs shares, while keeping 40 million shares of Brisa Motors."
    assert not facts(other, "shareholding")
    assert not facts("Aldon Ventures sold 12 million Norcrest Labs shares while keeping its headquarters in Ohio.",
                     "shareholding")


def test_ranked_among_the_largest_shareholders():
    text = "Aldon Ventures ranks among Norcrest Labs' largest shareholders, behind Harbor Peak Capital."
    assert _holders(text) == {"Aldon Ventures": "Norcrest Labs", "Harbor Peak Capital": "Norcrest Labs"}


def test_a_possessive_commitment_of_a_sum():
    f = one("Harbor Peak Capital's commitment of $500 million to Quillfeather Robotics was approved.", "investment")
    assert names(f, "investee") == ["Quillfeather Robotics"] and f.amount.value.value == 5e8
    assert not facts("Harbor Peak Capital's commitment of $5 million to cleaner oceans was approved.", "investment")

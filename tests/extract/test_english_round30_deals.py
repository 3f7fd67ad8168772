"""Round 30 (wt-ed), general English deal constructions: an apposition between a deal's subject and its verb, a
price of one share that is never a deal's amount, exits told with "every share it owned" and a proceeds participle,
and deals a buyer walked away from. Sentences written by the team; the companies and people are invented."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


# ---- an apposition between the subject and a passive deal verb: the subject is the name before it


def test_founding_after_a_based_in_apposition_is_of_the_subject():
    f = one("Tessaron, based in Toronto, was started in 2020 by Lena Okafor and Marc Thibault.", "founding")
    assert names(f, "company") == ["Tessaron"]
    assert names(f, "founder") == ["Lena Okafor", "Marc Thibault"]


def test_founding_after_a_city_and_country_apposition():
    f = one("Tessaron, headquartered in Toronto, Canada, was founded by Lena Okafor.", "founding")
    assert names(f, "company") == ["Tessaron"]


def test_acquisition_after_a_described_apposition_naming_a_city():
    f = one("Brightline Labs, a Denver start-up, was acquired by Halden Systems for $40 million.", "acquisition")
    assert names(f, "target") == ["Brightline Labs"] and names(f, "acquirer") == ["Halden Systems"]
    assert f.amount is not None and f.amount.text == "$40 million"


def test_acquisition_after_a_headquartered_apposition():
    f = one("Tessaron, headquartered in Toronto, was bought by Halden Systems.", "acquisition")
    assert names(f, "target") == ["Tessaron"]


def test_backing_after_a_based_in_apposition():
    f = one("Brightline, based in Denver, was funded by Halden Ventures and Aldon Capital.", "investment")
    assert names(f, "investee") == ["Brightline"]
    assert names(f, "investor") == ["Halden Ventures", "Aldon Capital"]


def test_a_place_after_based_in_is_never_the_company_acquired():  # near miss: no company named before the place
    got = facts("A start-up based in Toronto was acquired by Halden Systems.", "acquisition")
    assert all("Toronto" not in names(f, "target") for f in got)


def test_a_place_after_based_in_is_never_the_company_founded():  # near miss: no company named, only a place
    got = facts("The firm, based in Toronto, was founded by Lena Okafor.", "founding")
    assert all("Toronto" not in names(f, "company") for f in got)


# ---- a price of one share is never the deal's amount


def test_price_each_is_not_the_amount_the_investment_is():
    f = next(x for x in facts("Halden Capital took a 9.9% stake in Northwind Robotics, buying 433.3 million shares at "
                              "$20.47 each, an $8.9 billion investment.", "investment"))
    assert names(f, "investee") == ["Northwind Robotics"]
    assert f.amount is not None and f.amount.text == "$8.9 billion"


def test_price_apiece_alone_gives_no_amount():
    f = one("Halden Capital bought 2 million shares of Northwind Robotics at $20.47 apiece.", "investment")
    assert f.amount is None


def test_shares_at_a_price_give_no_amount_the_total_does():
    f = one("Halden Capital bought 2 million shares of Northwind Robotics at $20.47, an investment of $40.9 million.",
            "investment")
    assert f.amount is not None and f.amount.text == "$40.9 million"


def test_each_investors_sum_is_still_the_amount():  # near miss: "each" after a sum two investors put in
    f = one("Halden Capital and Aldon Group invested $5 million each in Northwind Robotics.", "investment")
    assert f.amount is not None and f.amount.text == "$5 million"


def test_chinese_price_per_share_is_not_the_amount():
    f = one("澄川资本以每股12.5元的价格认购青禾科技2000万股股份。", "investment")
    assert f.amount is None


def test_chinese_total_after_a_price_per_share_is_the_amount():  # near miss: the total is written too
    f = one("澄川资本以每股12.5元的价格认购青禾科技非公开发行的股票，认购金额为2.5亿元。", "investment")
    assert f.amount is not None and f.amount.text == "2.5亿元"


# ---- exits


def test_every_share_it_owned_is_a_full_exit_with_its_proceeds():
    f = one("Harbor Peak has sold every Northwind Robotics share it owned, raising $5.83 billion.", "acquisition")
    assert names(f, "seller") == ["Harbor Peak"] and names(f, "target") == ["Northwind Robotics"]
    assert not f.roles["acquirer"] and f.modality == "asserted"
    assert f.amount is not None and f.amount.text == "$5.83 billion"


def test_every_product_it_owned_is_no_exit():  # near miss: goods, not shares
    assert not facts("Harbor Peak sold every Northwind Robotics robot it owned.", "acquisition")


def test_proceeds_participle_is_no_round_of_the_company_sold():
    got = facts("Harbor Peak offloaded 32.1 million shares of Northwind Robotics, raising $5.83 billion.")
    assert not [f for f in got if f.type == "investment"]
    exit_ = one("Harbor Peak offloaded 32.1 million shares of Northwind Robotics, raising $5.83 billion.", "acquisition")
    assert names(exit_, "seller") == ["Harbor Peak"] and exit_.amount.text == "$5.83 billion"


def test_cashed_out_with_proceeds_is_no_round():
    got = facts("Harbor Peak cashed out of Northwind Robotics, raising $5.83 billion.")
    assert [names(f, "seller") for f in got if f.type == "acquisition"] == [["Harbor Peak"]]
    assert not [f for f in got if f.type == "investment"]


def test_a_company_raising_money_is_still_a_round():  # near miss: "raising" after the company's own subject
    f = one("Northwind Robotics is raising $40 million from Halden Ventures.", "investment")
    assert names(f, "investee") == ["Northwind Robotics"]


# ---- deals walked away from


def test_walked_away_from_a_planned_purchase_is_negated():
    f = one("Northwind walked away in March from a planned $300 million purchase of Brightwave Photonics.",
            "acquisition")
    assert f.modality == "negated"
    assert names(f, "acquirer") == ["Northwind"] and names(f, "target") == ["Brightwave Photonics"]
    assert f.amount is not None and f.amount.text == "$300 million"
    assert f.date is not None and f.date.text == "March"


def test_pulled_out_of_its_takeover_is_negated():
    f = one("Northwind Robotics pulled out of its planned takeover of Brightwave Photonics.", "acquisition")
    assert f.modality == "negated" and names(f, "acquirer") == ["Northwind Robotics"]


def test_backed_out_of_a_deal_to_buy_is_negated():
    f = one("Northwind Robotics backed out of a deal to buy Brightwave Photonics.", "acquisition")
    assert f.modality == "negated" and names(f, "target") == ["Brightwave Photonics"]


def test_withdrew_its_offer_is_negated():
    f = one("Northwind Robotics withdrew its $2 billion offer for Brightwave Photonics.", "acquisition")
    assert f.modality == "negated" and f.amount is not None and f.amount.text == "$2 billion"


def test_scrapped_and_called_off_are_negated():
    for text in ("Northwind Robotics scrapped its $300 million takeover of Brightwave Photonics.",
                 "Northwind Robotics abandoned its bid for Brightwave Photonics.",
                 "Northwind Robotics called off the acquisition of Brightwave Photonics."):
        f = one(text, "acquisition")
        assert f.modality == "negated" and names(f, "target") == ["Brightwave Photonics"], text


def test_walking_away_from_talks_names_no_deal():  # near miss: no company
    assert not facts("Northwind Robotics walked away from talks.", "acquisition")


def test_walking_away_from_a_partnership_is_no_takeover():  # near miss: no takeover
    assert not facts("Northwind Robotics walked away from a partnership with Brightwave Photonics.", "acquisition")


def test_a_plan_to_walk_away_is_not_asserted():  # near miss: the deal is still pending
    for text in ("Northwind Robotics plans to walk away from its purchase of Brightwave Photonics.",
                 "Northwind Robotics threatened to walk away from its purchase of Brightwave Photonics."):
        got = facts(text, "acquisition")
        assert got and all(f.modality == "planned" for f in got), text


def test_not_walking_away_asserts_nothing():  # near miss: denied walk-away, the deal's state untold
    got = facts("Northwind Robotics did not walk away from its purchase of Brightwave Photonics.", "acquisition")
    assert all(f.modality != "negated" for f in got)
    assert all(f.modality != "asserted" for f in got)


# ---- more appositions and abandoned deals


def test_active_acquirer_after_a_city_and_state_apposition():
    f = one("Halden Systems, based in Boston, Massachusetts, acquired Brightline Labs in 2023.", "acquisition")
    assert names(f, "acquirer") == ["Halden Systems"] and names(f, "target") == ["Brightline Labs"]


def test_acquired_with_a_date_before_by():
    f = one("Brightline Labs, based in Denver, was acquired in 2021 by Halden Systems.", "acquisition")
    assert names(f, "acquirer") == ["Halden Systems"] and names(f, "target") == ["Brightline Labs"]
    assert f.date is not None and f.date.text == "2021"


def test_backed_away_from_an_offer_is_negated():
    f = one("Halden Systems backed away from its offer for Brightline Labs.", "acquisition")
    assert f.modality == "negated" and names(f, "acquirer") == ["Halden Systems"]


def test_no_longer_pursuing_its_acquisition_is_negated():
    f = one("Halden Systems said it would no longer pursue its acquisition of Brightline Labs.", "acquisition")
    assert f.modality == "negated" and names(f, "target") == ["Brightline Labs"]


def test_not_commenting_on_its_purchase_keeps_it_asserted():  # near miss: the negation is of the comment
    f = one("Halden Systems is not commenting on its purchase of Brightline Labs.", "acquisition")
    assert f.modality == "asserted"


def test_apposition_opening_with_one_of_before_acquired_by():
    f = one("Brightline Labs, one of the largest robot makers in Denver, was acquired by Aldon Group.", "acquisition")
    assert names(f, "target") == ["Brightline Labs"] and names(f, "acquirer") == ["Aldon Group"]


def test_a_conditional_right_to_walk_away_leaves_the_deal_planned():
    f = one("The agreement allows Halden Systems to walk away from the purchase of Brightline Labs if regulators "
            "object.", "acquisition")
    assert f.modality == "planned"


# ---- an exit whose company is named in the seller's apposition


def test_exit_of_the_company_the_seller_backs_in_its_apposition():
    got = facts("Aldon Capital, an early backer of Brightline Labs, sold its entire stake for $90 million.")
    exits = [f for f in got if f.type == "acquisition"]
    assert len(exits) == 1 and names(exits[0], "seller") == ["Aldon Capital"]
    assert names(exits[0], "target") == ["Brightline Labs"] and exits[0].amount.text == "$90 million"
    assert not [f for f in got if f.type == "shareholding" and f.modality == "asserted"]  # a full exit: no holder now


def test_apposition_naming_a_rival_gives_no_exit():  # near miss: the apposition says no holding
    assert not facts("Aldon Capital, a rival of Brightline Labs, sold its entire stake for $90 million.", "acquisition")


# ---- a deal agreement called off, told with a relative clause or a converted sum


def test_terminating_an_agreement_to_acquire_is_negated():
    f = one("Halden Systems is terminating a $2 billion agreement to acquire Brightline Labs.", "acquisition")
    assert f.modality == "negated" and f.amount.text == "$2 billion"


def test_deal_it_announced_to_acquire_takes_the_main_verbs_mood():
    f = one("Halden Systems terminated a $2 billion deal it announced in March 2024 to acquire Brightline Labs.",
            "acquisition")
    assert f.modality == "negated" and names(f, "acquirer") == ["Halden Systems"]


def test_a_deal_it_negotiated_to_acquire_is_not_asserted():  # near miss: the relative clause's verb is no deal done
    got = facts("Halden Systems signed a $2 billion deal it negotiated for months to acquire Brightline Labs.",
                "acquisition")
    assert all(f.modality != "asserted" for f in got)


def test_bid_with_a_converted_sum_abandoned():
    f = one("Halden Systems has abandoned its $4bn cash (£3.2bn) bid to acquire Brightline Labs.", "acquisition")
    assert f.modality == "negated" and f.amount.text == "$4bn"


def test_shares_at_an_average_price_give_the_sum_invested():
    f = one("Halden Capital bought 2 million Northwind Robotics shares at an average price of $20.47, investing $40.9 "
            "million.", "investment")
    assert f.amount is not None and f.amount.text == "$40.9 million"


def test_exit_proceeds_after_securing():
    f = one("Harbor Peak sold its stake in Northwind Robotics to Aldon Group, securing $5.83 billion.", "acquisition")
    assert names(f, "acquirer") == ["Aldon Group"] and f.amount is not None and f.amount.text == "$5.83 billion"


def test_exit_price_received_per_share_is_no_proceeds():  # near miss: a price of one share
    f = one("Harbor Peak sold its stake in Northwind Robotics to Aldon Group, receiving $20.47 a share.", "acquisition")
    assert f.amount is None


def test_founding_after_an_of_place_aside():
    f = one("Tessaron, of Toronto, was founded by Lena Okafor.", "founding")
    assert names(f, "company") == ["Tessaron"]


def test_acquisition_after_a_from_place_aside():
    f = one("Tessaron, from Toronto, was acquired by Halden Systems.", "acquisition")
    assert names(f, "target") == ["Tessaron"]

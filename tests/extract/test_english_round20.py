"""Round 20, English takeovers and purchases: deals told as under way ("it's acquiring", "is offering to purchase",
"announced intentions to buy"), a deal told as done that a later sentence says is still to close, paying a sum to
buy a company, a deal or agreement to buy one (signed, or scrapped), longer descriptions of a company before its name
(one set off by commas), and the date of a deal named as a subject that goes on to tell another event. Sentences
written by the team; the companies are invented."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


# ---- deals under way


def test_its_acquiring_written_short_is_planned():
    f = one("Northwind Robotics said it's acquiring sensor designer Corlith Labs for $3.1 billion in cash.", "acquisition")
    assert names(f, "acquirer") == ["Northwind Robotics"] and names(f, "target") == ["Corlith Labs"]
    assert f.modality == "planned"


def test_offering_to_purchase_is_planned():
    assert one("Northwind Robotics is offering to purchase Corlith Labs at $41 a share.", "acquisition").modality == "planned"


def test_intentions_to_buy_are_planned():
    f = one("Northwind Robotics announced intentions to buy Corlith Labs in March 2024 for $2.2 billion.", "acquisition")
    assert f.modality == "planned"


def test_its_own_past_purchase_stays_asserted():  # near miss: "it's" only before an -ing verb of a deal
    f = one("Northwind Robotics said it bought Corlith Labs in 2023, and it's now the largest maker of lidar.",
            "acquisition")
    assert f.modality == "asserted"


# ---- a later sentence: still to close


def test_a_deal_told_as_done_then_expected_to_close_is_planned():
    text = ("Northwind Robotics has acquired Corlith Labs from Harbor Peak Capital for $4 billion. Under the terms of the "
            "purchase, which is due to close within a year, Northwind Robotics will pay $1 billion in cash.")
    f = one(text, "acquisition")
    assert f.modality == "planned"


def test_a_possessive_acquisition_then_slated_to_close_is_planned():
    text = ("Northwind Robotics' acquisition of Corlith Labs comes after the two firms formed a partnership in 2022. "
            "The deal is slated to close later this year.")
    f = one(text, "acquisition", "2024-03-02")
    assert f.modality == "planned" and f.date is None  # 2022 is the partnership's


def test_an_older_deal_is_not_the_one_still_to_close():  # near miss: dated in an earlier year
    text = ("Northwind Robotics bought Corlith Labs for $2 billion in 2019. The deal is expected to close in March.")
    assert one(text, "acquisition", "2024-03-02").modality == "asserted"


def test_another_deal_expected_to_close_changes_nothing():  # near miss: the sentence names another company
    text = "Northwind Robotics bought Corlith Labs in May. The Veltrix deal is expected to close in March."
    assert one(text, "acquisition").modality == "asserted"


def test_a_closed_deal_stays_asserted():  # near miss: closed, not still to close
    text = "Northwind Robotics bought Corlith Labs in May. The deal closed last week."
    assert one(text, "acquisition").modality == "asserted"


# ---- paying to buy; a deal to buy


def test_pay_a_sum_to_buy_a_company():
    f = one("Northwind Robotics will pay $6 billion in cash and stock to buy messaging platform Corlith.", "acquisition")
    assert names(f, "acquirer") == ["Northwind Robotics"] and names(f, "target") == ["Corlith"]
    assert f.modality == "planned" and f.amount.value.value == 6e9


def test_paid_a_sum_to_buy_a_company_is_asserted():
    assert one("Northwind Robotics paid $90 million to buy Corlith Labs.", "acquisition").modality == "asserted"


def test_paying_to_buy_shares_or_goods_is_no_takeover():  # near misses
    assert not facts("Northwind Robotics paid $90 million to buy Corlith Labs shares.", "acquisition")
    assert not facts("Northwind Robotics will pay $90 million to buy chips from Corlith Labs.", "acquisition")


def test_a_signed_deal_to_buy_is_planned():
    f = one("Northwind Robotics signed a $2 billion deal to buy Corlith Labs.", "acquisition")
    assert names(f, "target") == ["Corlith Labs"] and f.modality == "planned" and f.amount.value.value == 2e9


def test_a_scrapped_deal_to_buy_is_negated():
    f = one("Last year, Northwind Robotics scrapped its $4.2 billion deal to buy coatings maker Corlith Corp after "
            "delays in securing approval.", "acquisition")
    assert names(f, "target") == ["Corlith Corp"] and f.modality == "negated"


def test_a_deal_to_buy_goods_is_no_takeover():  # near miss: a purchase from the company
    assert not facts("Northwind Robotics signed a deal to buy chips from Corlith Labs.", "acquisition")


def test_a_deal_to_invest_is_planned():
    assert one("Northwind Robotics struck a deal to invest $5 million in Corlith Labs.", "investment").modality == "planned"


# ---- descriptions before a name


def test_a_five_word_description_stands_with_the_name():
    f = one("Northwind Robotics has agreed to acquire dental imaging machine learning software provider Corlith Systems "
            "in a deal valued at $8 billion, including debt.", "acquisition")
    assert names(f, "target") == ["Corlith Systems"] and f.modality == "planned"


def test_a_description_set_off_by_commas():
    f = one("Northwind Robotics has acquired sensor and software design company, Corlith, from Harbor Peak Capital "
            "for $4 billion.", "acquisition")
    assert names(f, "acquirer") == ["Northwind Robotics"] and names(f, "target") == ["Corlith"]


def test_a_description_with_a_comma_but_no_closing_comma_is_not_read():  # near miss
    assert not facts("Northwind Robotics bought a rival chip company, Corlith.", "acquisition")


# ---- a purchase named by a possessive; a network as a kind of company


def test_its_purchase_of_a_company_after_a_preposition():
    f = one("The deal is the third-largest for Northwind Robotics, behind its $12 billion purchase of Corlith Labs in "
            "2019.", "acquisition", "2024-03-02")
    assert names(f, "acquirer") == ["Northwind Robotics"] and names(f, "target") == ["Corlith Labs"]
    assert f.modality == "asserted" and f.amount.value.value == 12e9


def test_after_revealing_its_acquisition():
    f = one("Northwind Robotics rallied in early trading after revealing its acquisition of sensor startup "
            "Corlith Labs.", "acquisition")
    assert names(f, "acquirer") == ["Northwind Robotics"] and names(f, "target") == ["Corlith Labs"]


def test_its_planned_purchase_stays_planned():
    f = one("Northwind Robotics said its planned purchase of Corlith Labs would close in May.", "acquisition")
    assert f.modality == "planned"


def test_a_purchase_of_shares_or_chips_of_a_company_is_no_takeover():  # near misses
    assert not facts("Northwind Robotics' purchase of Corlith Labs shares lifted the stock.", "acquisition")
    assert not facts("Northwind Robotics said its purchase of Corlith chips doubled last year.", "acquisition")


def test_a_social_network_bought():
    f = one("The record came after Northwind Robotics bought professional social network Corlith with 9 billion dollars "
            "in 2016.", "acquisition", "2024-03-02")
    assert names(f, "target") == ["Corlith"] and f.modality == "asserted"


# ---- purchases told by a participle


def test_a_signed_contract_committing_to_buy_from_a_supplier():
    f = one("Kestrel AI has signed one of the biggest compute contracts on record, committing to purchase $40 billion "
            "worth of computing power over six years from Veltrix Cloud.", "purchase")
    assert names(f, "buyer") == ["Kestrel AI"] and names(f, "supplier") == ["Veltrix Cloud"]
    assert f.modality == "planned" and f.amount.value.value == 4e10


def test_committing_to_hire_from_a_company_is_no_purchase():  # near miss: no buying verb
    assert not facts("Kestrel AI has signed a cloud contract, committing to hire 300 engineers from Veltrix Cloud.",
                     "purchase")


def test_with_a_company_entering_into_an_agreement_to_purchase():
    text = ("Kestrel AI reported record bookings on Monday. Its shares rose 9%, with the firm then entering into a "
            "contract with Norvane Systems to purchase the servers for about $2.4 billion.")
    f = one(text, "purchase")
    assert names(f, "buyer") == ["Kestrel AI"] and names(f, "supplier") == ["Norvane Systems"]
    assert f.modality == "planned" and f.amount.value.value == 2.4e9


def test_with_a_company_entering_into_an_agreement_to_supply_is_not_this_reading():  # near miss: a supply deal
    assert not [f for f in facts("Kestrel AI rose, with Veltrix entering into an agreement with Norvane Systems to "
                                 "supply chips.", "purchase") if f.rule == "english:with_entering_contract_to_buy"]


# ---- the seller a company is bought from


def test_acquired_from_a_seller():
    f = one("Northwind Robotics has acquired chip design company, Corlith, from Dutch conglomerate Harbor Peak Group "
            "for $9 billion.", "acquisition")
    assert names(f, "seller") == ["Harbor Peak Group"] and names(f, "target") == ["Corlith"]


def test_from_a_possessive_or_a_year_is_no_seller():  # near misses
    assert not one("Northwind Robotics bought Corlith Labs from Harbor Peak's venture fund.", "acquisition").roles.get("seller")
    assert not one("Northwind Robotics bought Corlith Labs from 2019 onward.", "acquisition").roles.get("seller")


# ---- names


def test_a_name_with_a_colon_before_lower_case_letters():
    f = one("Northwind Robotics closed its purchase of robotics software firm Tessel:ai, the startup said on Monday.",
            "acquisition")
    assert names(f, "target") == ["Tessel:ai"] and f.modality == "asserted"


def test_a_listing_code_after_a_colon_is_no_part_of_a_name():  # near miss
    f = one("Northwind Robotics (NASDAQ:NWRB) bought Corlith Labs.", "acquisition")
    assert names(f, "acquirer") == ["Northwind Robotics"]


def test_a_title_in_capitals_splits_a_company_from_its_person():
    found = {(m.text, m.kind) for m in extract_mentions("Northwind Robotics spent $900 million to hire Corlith Labs "
                                                         "CEO Mara Olsen and other staff at the startup.")}
    assert ("Corlith Labs", "candidate") in found or ("Corlith Labs", "organization") in found
    assert ("Mara Olsen", "person") in found


def extract_mentions(text: str):
    from dealgraph.extract.pipeline import extract
    return extract("t", text, "2025-06-30").mentions


# ---- a takeover a regulator challenges


def test_a_regulator_suing_to_block_a_takeover_leaves_it_planned():
    f = one("The FTC sued on Thursday to block Northwind Robotics' acquisition of Corlith Labs.", "acquisition")
    assert names(f, "acquirer") == ["Northwind Robotics"] and f.modality == "planned"


def test_a_regulator_seeking_to_block_is_no_deal_called_off():
    assert one("EU regulators sought to block Northwind Robotics' purchase of Corlith Labs.",
               "acquisition").modality == "planned"


def test_a_takeover_under_review_is_planned():
    assert one("UK regulators are reviewing Northwind Robotics' takeover of Corlith Labs.", "acquisition").modality == "planned"


def test_a_blocked_takeover_stays_negated():  # near miss: blocked is done, the deal is off
    assert one("Regulators blocked Northwind Robotics' $4 billion takeover of Corlith Labs.",
               "acquisition").modality == "negated"


def test_a_takeover_after_which_shares_rose_stays_asserted():  # near miss: no challenge
    assert one("Shares rose after Northwind Robotics' purchase of Corlith Labs.", "acquisition").modality == "asserted"


# ---- pending, announced, approved: not yet closed


def test_a_pending_acquisition_is_planned():
    assert one("Northwind Robotics' pending acquisition of Corlith Labs lifted its shares.",
               "acquisition").modality == "planned"
    assert one("The pending takeover of Corlith Labs by Northwind Robotics drew criticism.",
               "acquisition").modality == "planned"


def test_an_announced_acquisition_by_possessive_is_planned():
    assert one("Northwind Robotics' announced acquisition of Corlith Labs drew scrutiny.",
               "acquisition").modality == "planned"


def test_approval_to_buy_or_for_a_purchase_is_planned():
    assert one("Northwind Robotics won approval to buy Corlith Labs.", "acquisition").modality == "planned"
    assert one("Northwind Robotics secured antitrust approval for its $2 billion purchase of Corlith Labs.",
               "acquisition").modality == "planned"


def test_a_completed_previously_announced_acquisition_stays_asserted():  # near miss
    assert one("Last week Northwind Robotics completed the previously announced takeover of Corlith Labs.",
               "acquisition").modality == "asserted"


def test_an_unveiled_deal_to_buy_is_planned():
    f = one("Northwind Robotics unveiled a $3 billion deal to buy Corlith Labs.", "acquisition")
    assert f.modality == "planned" and f.amount.value.value == 3e9


def test_a_deal_that_would_close_later_is_planned():
    text = ("Northwind Robotics bought Corlith Labs for $2 billion. The company said the acquisition would close in "
            "the third quarter.")
    assert one(text, "acquisition").modality == "planned"


def test_a_deal_still_subject_to_approval_is_planned():
    text = "Northwind Robotics bought Corlith Labs for $2 billion. The transaction remains subject to regulatory approval."
    assert one(text, "acquisition").modality == "planned"


def test_another_named_deal_that_would_close_changes_nothing():  # near miss: the Veltrix deal is another one
    text = "Northwind Robotics bought Corlith Labs for $2 billion. Northwind Robotics said the Veltrix deal would close in May."
    assert one(text, "acquisition").modality == "asserted"


# ---- a supplier named by a description


def test_a_supplier_named_by_a_description():
    text = ("Norvane shares jumped on Friday following a report saying startup Kestrel AI was getting ready to agree to "
            "buy $5 billion in servers from the hardware maker.")
    f = one(text, "purchase")
    assert names(f, "buyer") == ["Kestrel AI"] and names(f, "supplier") == ["Norvane"]
    assert f.modality == "reported"


def test_a_description_standing_for_no_one_else_is_no_supplier():  # near miss: the buyer is the only company
    assert not facts("Kestrel AI bought $2 million of chips from the company.", "purchase")

"""Round 17: English readings seen in real news and left open, fixed on sentences written for these tests (the amount
of a clause after a partnership, deals a partnership "will see", partnerships unveiled or sealed, money committed to a
company, "the company" opening a paragraph, last week and this week)."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def _doc(text: str, ref: str = "2025-06-18"):
    return extract("t", text, ref)


def _facts(text: str, kind: str, ref: str = "2025-06-18"):
    return [f for f in _doc(text, ref).facts if f.type == kind]


def _names(fact, role: str) -> list[str]:
    return [m.canonical if m.source == "coref" else m.text for m in fact.roles.get(role, [])]


# the amount of a partnership: its own, not that of a clause after it


def test_amount_of_a_clause_after_the_partnership_is_the_investment_s():
    text = ("Brenmoor Health and Tallis Genomics announced a partnership under which Tallis Genomics will invest "
            "$120 million in Brenmoor Health.")
    partnerships = _facts(text, "partnership")
    assert len(partnerships) == 1 and partnerships[0].amount is None
    investments = _facts(text, "investment")
    assert len(investments) == 1 and investments[0].modality == "planned"
    assert _names(investments[0], "investor") == ["Tallis Genomics"]
    assert _names(investments[0], "investee") == ["Brenmoor Health"]
    assert investments[0].amount.text == "$120 million"


def test_amount_of_a_purchase_after_an_alliance_is_not_the_alliance_s():
    text = "Corlith formed an alliance with Stoxly, under which Corlith will buy $90 million of batteries from Stoxly."
    partnerships = _facts(text, "partnership")
    assert len(partnerships) == 1 and partnerships[0].amount is None
    purchases = _facts(text, "purchase")
    assert len(purchases) == 1 and purchases[0].amount.text == "$90 million"


def test_value_written_with_the_deal_stays_the_partnership_s():
    facts = _facts("Tamsin Energy signed a supply deal with Orvane worth $3 billion.", "partnership")
    assert len(facts) == 1 and facts[0].amount.text == "$3 billion"
    facts = _facts("Halden and Brixel announced a $2 billion partnership to build chip plants.", "partnership")
    assert len(facts) == 1 and facts[0].amount.text == "$2 billion"


def test_money_committed_to_a_company_under_an_agreement_is_a_planned_investment():
    text = "Norcrest and Aldon Group signed an agreement under which Aldon Group will commit $200 million to Norcrest."
    facts = _facts(text, "investment")
    assert len(facts) == 1 and facts[0].modality == "planned"
    assert _names(facts[0], "investor") == ["Aldon Group"] and _names(facts[0], "investee") == ["Norcrest"]
    assert facts[0].amount.text == "$200 million"
    assert all(f.amount is None for f in _facts(text, "partnership"))


def test_money_committed_to_a_project_is_no_investment():
    text = "Veltrix and Quillfeather announced a partnership under which Veltrix will commit $500 million to build data centers."
    assert not _facts(text, "investment")
    assert all(f.amount is None for f in _facts(text, "partnership"))


# a deal the subject "will see"


def test_agreement_that_will_see_a_company_invest_is_planned():
    facts = _facts("The agreement will see Marlow Ventures invest $300 million in Quintus Data over three years.",
                   "investment")
    assert len(facts) == 1 and facts[0].modality == "planned"
    assert _names(facts[0], "investor") == ["Marlow Ventures"] and _names(facts[0], "investee") == ["Quintus Data"]


def test_partnership_that_will_see_an_investment_gives_both():
    text = ("Pellion Labs struck a partnership with Kestrel Robotics that will see Kestrel Robotics invest $80 million "
            "in Pellion Labs.")
    investments = _facts(text, "investment")
    assert len(investments) == 1 and investments[0].modality == "planned"
    partnerships = _facts(text, "partnership")
    assert len(partnerships) == 1 and partnerships[0].amount is None


def test_a_deal_that_saw_a_company_invest_is_done():
    facts = _facts("The 2023 deal saw Marlow Ventures invest $30 million in Quintus Data.", "investment")
    assert len(facts) == 1 and facts[0].modality == "asserted"


# partnerships unveiled, sealed, forged


def test_unveiled_strategic_partnership_with():
    facts = _facts("Veltrix unveiled a strategic partnership with Quillfeather on Monday.", "partnership")
    assert len(facts) == 1 and sorted(_names(facts[0], "party")) == ["Quillfeather", "Veltrix"]
    assert facts[0].date.value.value == "2025-06-16"


def test_sealed_and_forged_partnerships():
    facts = _facts("Major trading house Brightwater Corp. has sealed a strategic partnership with battery maker "
                   "Orvane Energy.", "partnership")
    assert len(facts) == 1 and "Orvane Energy" in _names(facts[0], "party")
    facts = _facts("Kestrel Cloud forged an alliance with Norvane Systems to sell servers in Asia.", "partnership")
    assert len(facts) == 1 and sorted(_names(facts[0], "party")) == ["Kestrel Cloud", "Norvane Systems"]


def test_reached_strategic_cooperation_with():
    facts = _facts("Carmaker Halden Motors formally reached strategic cooperation with Tamsin Trading.", "partnership")
    assert len(facts) == 1 and sorted(_names(facts[0], "party")) == ["Halden Motors", "Tamsin Trading"]


def test_launched_alone_makes_no_partnership():
    assert not _facts("Veltrix launched with funding from Quillfeather in 2019.", "partnership")
    assert not _facts("Veltrix sealed a merger agreement with Quillfeather.", "partnership")


def test_will_participate_in_a_named_round():
    facts = _facts("Brightwater will participate in Halden Motors' Series C funding.", "investment")
    assert len(facts) == 1 and facts[0].modality == "planned"
    assert _names(facts[0], "investor") == ["Brightwater"] and _names(facts[0], "investee") == ["Halden Motors"]
    assert facts[0].qualifiers.get("round") == "Series C"


# "the company" opening a paragraph: the company written about so far


def test_the_company_opening_a_paragraph_is_the_one_written_about_so_far():
    text = ("Quillfeather Robotics makes warehouse robots. It was founded in 2019 in Berlin.\n\n"
            "The company raised $40 million in a Series B round led by Harbor Peak.\n\n"
            "Norcrest Labs, a rival, sells drones. Norcrest Labs was founded in 2017. Norcrest Labs raised $90 million "
            "last year from Aldon Ventures.")
    facts = [f for f in _facts(text, "investment") if f.amount.text == "$40 million"]
    assert len(facts) == 1 and _names(facts[0], "investee") == ["Quillfeather Robotics"]


def test_the_company_before_its_name_is_the_one_named_later():
    facts = _facts("The company, based in Lyon, makes radar chips. Investors in Pellion Labs include Aldon Ventures "
                   "and Harbor Peak.", "shareholding")
    assert {n for f in facts for n in _names(f, "company")} == {"Pellion Labs"}


# last week, this week


def test_last_week_is_the_calendar_week_before_the_document():
    facts = _facts("Aldon Group bought Pellion Labs last week for $200 million.", "acquisition")
    assert len(facts) == 1
    date = facts[0].date.value
    assert (date.start, date.end) == ("2025-06-09", "2025-06-15")


def test_earlier_this_week_runs_from_monday_to_the_document_date():
    facts = _facts("Norcrest raised $50 million earlier this week.", "investment")
    assert len(facts) == 1
    date = facts[0].date.value
    assert (date.start, date.end, date.approx) == ("2025-06-16", "2025-06-18", True)


def test_week_without_a_document_day_is_unresolved():
    facts = _facts("Norcrest raised $50 million last week.", "investment", ref="2025-06")
    assert len(facts) == 1 and facts[0].date is not None and not facts[0].date.value.resolved


def test_last_month_and_earlier_this_month_resolve():
    facts = _facts("Aldon Group bought Pellion Labs last month.", "acquisition")
    assert facts[0].date.value.value == "2025-05"
    facts = _facts("Norcrest raised $50 million earlier this month.", "investment")
    assert facts[0].date.value.value == "2025-06"


def test_the_company_after_a_fronted_phrase_naming_another_is_the_topic():
    text = ("Quillfeather makes warehouse robots in Berlin. Backed by Sequoia Capital, the company raised $40 million "
            "last year.\n\nNorvane designs radar chips. After talks with Aldon Group, the company raised $15 million "
            "from Brixel Ventures.")
    got = {f.amount.text: _names(f, "investee") for f in _facts(text, "investment")}
    assert got == {"$40 million": ["Quillfeather"], "$15 million": ["Norvane"]}


def test_it_after_a_name_in_its_own_clause_is_still_that_name():
    facts = _facts("Norvane designs radar chips. Shares of Veltrix rose after it raised $40 million from Aldon Group.",
                   "investment")
    assert len(facts) == 1 and _names(facts[0], "investee") == ["Veltrix"]


# acquisitions told as a possessive noun, attempts, market values


def test_possessive_purchase_with_its_date_before_of():
    facts = _facts("Aldon's purchase in June of struggling robotics startup Pellion was seen as a bid for its engineers.",
                   "acquisition")
    assert len(facts) == 1 and _names(facts[0], "acquirer") == ["Aldon"] and _names(facts[0], "target") == ["Pellion"]
    assert facts[0].date.value.value == "2025-06"


def test_an_attempt_to_buy_is_no_deal_done():
    facts = _facts("The board adopted a poison pill to thwart Kestrel's attempt to buy more stake in Orvane.",
                   "investment")
    assert facts and all(f.modality == "planned" for f in facts)


def test_market_capitalisation_is_no_revenue_nor_amount():
    doc = _doc("After those sales Tamsin will own just 3.8% of Brixel, whose market capitalization stands near "
               "$180 billion.")
    assert not [f for f in doc.facts if f.type == "financial"]
    holdings = [f for f in doc.facts if f.type == "shareholding"]
    assert len(holdings) == 1 and holdings[0].stake.text == "3.8%"


# exits


def test_trimmed_its_named_stake_is_a_partial_exit_with_its_day():
    facts = _facts("Harbor Peak on Tuesday sharply trimmed its Quintus Foods stake.", "acquisition")
    assert len(facts) == 1 and _names(facts[0], "seller") == ["Harbor Peak"]
    assert _names(facts[0], "target") == ["Quintus Foods"] and facts[0].date.value.value == "2025-06-17"


def test_partial_exit_leaves_the_holding_read_before():
    doc = _doc("Harbor Peak owns 9% of Quintus Foods. Harbor Peak sharply trimmed its Quintus Foods stake.")
    assert any(f.type == "shareholding" and f.modality == "asserted" for f in doc.facts)


def test_exit_after_the_main_clause_told_by_a_participle():
    facts = _facts("Tamsin unwound its partnership with Orvane, selling its entire holding for $1.6 billion.",
                   "acquisition")
    assert len(facts) == 1 and _names(facts[0], "seller") == ["Tamsin"] and _names(facts[0], "target") == ["Orvane"]
    assert facts[0].amount.text == "$1.6 billion" and facts[0].modality == "asserted"
    facts = _facts("Veltrix will end its alliance with Norcrest next year, selling its stake.", "acquisition")
    assert len(facts) == 1 and facts[0].modality == "planned"


def test_participle_of_the_nearest_subject_sells():
    facts = _facts("Aldon's move comes a month after Tamsin Inc. unwound its ties with Orvane, selling its entire "
                   "holding for $3.6 billion.", "acquisition")
    assert len(facts) == 1 and _names(facts[0], "seller") == ["Tamsin Inc."]


def test_listing_company_selling_its_shares_is_no_exit():
    assert not _facts("Veltrix went public in May, selling its shares at $20 each.", "acquisition")


def test_block_trade_size_is_the_exit_s_proceeds():
    facts = _facts("Harbor Peak has fully cut its stake in Quintus Foods in a $743 million block trade.", "acquisition")
    assert len(facts) == 1 and facts[0].amount.text == "$743 million"


def test_shares_sold_with_their_value_in_an_aside():
    facts = _facts("Kestrel Capital sold 82,310 shares, valued at about $3.9 million, in Quintus Foods.",
                   "acquisition")
    assert len(facts) == 1 and _names(facts[0], "target") == ["Quintus Foods"]
    assert facts[0].amount.text == "about $3.9 million"


def test_more_than_a_count_of_shares_sold():
    facts = _facts("Norcrest Capital sold more than 12 million shares in Brixel last year.", "acquisition")
    assert len(facts) == 1 and _names(facts[0], "seller") == ["Norcrest Capital"]
    assert _names(facts[0], "target") == ["Brixel"]


# unsized stakes in several companies, rounds told by a possessive


def test_stakes_in_a_list_of_companies():
    facts = _facts("Aldon, which has stakes in Brixel and Tamsin Group, among others, merged with another fund in "
                   "January.", "shareholding")
    assert sorted(n for f in facts for n in _names(f, "company")) == ["Brixel", "Tamsin Group"]
    assert all(_names(f, "holder") == ["Aldon"] for f in facts)


def test_possessive_rounds_with_their_sums():
    facts = _facts("Two fresh rounds stood out: Pellion AI's $11 million Series B and Brixel AI's $12 million Series A.",
                   "investment")
    got = sorted((_names(f, "investee")[0], f.amount.text, f.qualifiers.get("round")) for f in facts)
    assert got == [("Brixel AI", "$12 million", "Series A"), ("Pellion AI", "$11 million", "Series B")]
    assert all(not f.roles.get("investor") for f in facts)


def test_its_round_with_a_month_of_a_year():
    facts = _facts("Tallis Wallet has not come back to investors after its $7.8 million Series A in October of 2019.",
                   "investment")
    assert len(facts) == 1 and _names(facts[0], "investee") == ["Tallis Wallet"]
    assert facts[0].date.value.value == "2019-10"


def test_possessive_round_read_before_is_not_read_twice():
    text = ("Quillfeather raised $40 million in a Series B round led by Harbor Peak. Quillfeather's $40 million Series B "
            "will fund hiring.")
    assert len(_facts(text, "investment")) == 1
    facts = _facts("Norvane's $25 million Series A was led by Aldon Ventures.", "investment")
    assert len(facts) == 1 and _names(facts[0], "investor") == ["Aldon Ventures"]


def test_possessive_round_still_to_close_is_not_read_as_done():
    assert not _facts("Brixel's $9 million seed round, which is expected to close in May, drew strong demand.",
                      "investment")


def test_each_of_a_list_holding_unsized_stakes_is_a_holder():
    facts = _facts("Orvane's early backers were Aldon Ventures, Harbor Peak and Tamsin Capital, all of which still hold "
                   "stakes in the company.", "shareholding")
    assert sorted(n for f in facts for n in _names(f, "holder")) == ["Aldon Ventures", "Harbor Peak", "Tamsin Capital"]
    assert all(len(f.roles["holder"]) == 1 and _names(f, "company") == ["Orvane"] for f in facts)


def test_second_verb_acquired_by_takes_its_own_date_and_price():
    facts = _facts("Norcrest Foundry opened its first fab in 2009 and was later bought by Aldon Group in May 2013 for "
                   "$80 million.", "acquisition")
    assert len(facts) == 1 and _names(facts[0], "target") == ["Norcrest Foundry"]
    assert _names(facts[0], "acquirer") == ["Aldon Group"]
    assert facts[0].date.value.value == "2013-05" and facts[0].amount.text == "$80 million"


def test_second_verb_acquired_by_needs_the_subject_opening_the_clause():
    facts = _facts("Analysts said demand for Norcrest chips rose in 2020 and was later bought by Aldon Group.",
                   "acquisition")
    assert not [f for f in facts if _names(f, "target") == ["Norcrest"]]


def test_welcomed_as_a_shareholder_is_an_investment_with_its_stake():
    facts = _facts("Brenmoor Energy said Monday it has welcomed Kestrel Power as its strategic shareholder after a 30% "
                   "stake purchase.", "investment")
    assert len(facts) == 1 and _names(facts[0], "investor") == ["Kestrel Power"]
    assert _names(facts[0], "investee") == ["Brenmoor Energy"] and facts[0].stake.text == "30%"
    assert not _facts("Brenmoor Energy welcomed Kestrel Power as a customer.", "investment")


def test_sector_before_a_kind_word_is_no_name():
    text = "Veltrix sold its stake in Orvane after EV-maker Brixel invested in the company."
    doc = _doc(text)
    assert "EV" not in [m.text for m in doc.mentions]
    facts = [f for f in doc.facts if f.type == "investment"]
    assert len(facts) == 1 and _names(facts[0], "investor") == ["Brixel"] and _names(facts[0], "investee") == ["Orvane"]

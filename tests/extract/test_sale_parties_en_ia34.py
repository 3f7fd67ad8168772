"""English sales and transfers told with every party: a holder's stake bought, a stake bought from a holder named
after the company, a stake in a business of the seller's own, a company sold with an apposition on it. Sentences
written for this file, with invented names."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def acquisitions(text: str) -> list[tuple[str, dict[str, list[str]]]]:
    return [(f.modality, {r: [m.canonical for m in ms] for r, ms in f.roles.items() if ms})
            for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"]


def test_a_holders_stake_bought_is_sold_by_that_holder():
    assert acquisitions("Brightmoor Dynamics bought Kestrel Ventures' 20% stake in Tallis Optics.") == [
        ("asserted", {"acquirer": ["Brightmoor Dynamics"], "target": ["Tallis Optics"], "seller": ["Kestrel Ventures"]})]


def test_a_holders_stake_to_be_bought_is_planned():
    assert acquisitions("Brightmoor Dynamics said it would buy Kestrel Ventures' 54 per cent stake in Tallis Optics.") == [
        ("planned", {"acquirer": ["Brightmoor Dynamics"], "target": ["Tallis Optics"], "seller": ["Kestrel Ventures"]})]


def test_its_own_stake_bought_earlier_names_no_seller():
    assert acquisitions("Brightmoor Dynamics bought its 20% stake in Tallis Optics in 2021.") == []


def test_a_stake_bought_from_a_holder_named_after_the_company():
    assert acquisitions("Brightmoor Dynamics agreed to acquire a 39.6 percent stake in Tallis Optics from "
                        "US chipmaker Kestrel Systems.") == [
        ("planned", {"acquirer": ["Brightmoor Dynamics"], "target": ["Tallis Optics"], "seller": ["Kestrel Systems"]})]


def test_a_stake_taken_from_no_company_stays_an_investment():
    assert acquisitions("Brightmoor Dynamics bought a 10% stake in Tallis Optics from January.") == []
    assert acquisitions("Brightmoor Dynamics took a 10% stake in Tallis Optics from its own balance sheet.") == []


def test_a_stake_in_a_business_of_the_sellers_own_sold_to_a_buyer():
    assert acquisitions("Kestrel Systems has agreed to sell a 51% stake in its Tallis chip business to buyout firm "
                        "Ridgeway Harbor for $4.2 billion.") == [
        ("planned", {"acquirer": ["Ridgeway Harbor"], "target": ["Tallis"], "seller": ["Kestrel Systems"]})]


def test_a_stake_in_an_unnamed_business_names_no_target():
    assert acquisitions("Kestrel Systems sold a 51% stake in its chip business to Ridgeway Harbor Capital.") == []


def test_a_company_sold_with_an_apposition_on_it():
    assert acquisitions("Kestrel Systems will sell its chip designer Tallis, a key supplier to Orvane, to "
                        "Brightmoor Dynamics for as much as $30 billion.") == [
        ("planned", {"acquirer": ["Brightmoor Dynamics"], "target": ["Tallis"], "seller": ["Kestrel Systems"]})]


def test_goods_sold_with_an_apposition_are_no_company_sold():
    assert acquisitions("Kestrel Systems will sell its servers, a popular line of machines, to Brightmoor Dynamics.") == []


def test_a_wire_service_after_a_dateline_name_is_a_source_not_a_party():
    from dealgraph.extract.english_reader import grammar

    assert grammar().rx["source_after"].match(" – AFP: Kestrel Systems on Friday completed the sale.")
    assert grammar().rx["source_after"].match(" - Reuters") is not None
    assert grammar().rx["source_after"].match(" – a unit of Kestrel") is None


def test_the_owner_an_apposition_names_sells_the_company_bought():
    assert acquisitions("Brightmoor Dynamics will acquire Tallis Optics, a unit of Kestrel Systems, for $400 million.") == [
        ("planned", {"acquirer": ["Brightmoor Dynamics"], "target": ["Tallis Optics"], "seller": ["Kestrel Systems"]})]


def test_a_former_owner_in_the_apposition_sells_nothing():
    assert acquisitions("Brightmoor Dynamics agreed to buy Tallis Optics, a former subsidiary of Kestrel Systems, "
                        "for $400 million.") == [
        ("planned", {"acquirer": ["Brightmoor Dynamics"], "target": ["Tallis Optics"]})]


def test_the_owner_named_before_its_unit_sells_it():
    assert acquisitions("Brightmoor Dynamics acquired Kestrel Systems' Tallis Optics unit for $400 million.") == [
        ("asserted", {"acquirer": ["Brightmoor Dynamics"], "target": ["Tallis Optics"], "seller": ["Kestrel Systems"]})]


def test_goods_of_an_owner_bought_are_no_unit():
    assert acquisitions("Brightmoor Dynamics acquired Kestrel Systems' Tallis Optics chips.") == []

"""Data-centre leases and colocation deals in English wire copy (our own sentences, after held-out set 15)."""

from __future__ import annotations

from tests.extract.readers import facts, names

REF = "2025-11-04"


def test_a_lease_under_which_the_subject_provides_capacity() -> None:
    text = ("Corlith Mining said on Monday it had signed a 12-year lease with Harbor Cloud worth about $2.1 billion, "
            "under which it will provide 200 megawatts of data center capacity.")
    [deal] = facts(text, "purchase", REF)
    assert names(deal, "supplier") == ["Corlith Mining"] and names(deal, "buyer") == ["Harbor Cloud"]
    assert deal.amount is not None and "2.1 billion" in deal.amount.text


def test_a_lease_alone_tells_no_direction() -> None:
    assert facts("Harbor Cloud signed a 10-year lease with Pike Mining for a site in Texas.", "purchase", REF) == []


def test_a_colocation_deal_the_host_signed() -> None:
    text = "The deal follows a 10-year colocation agreement that Pike signed in September with Vireo Compute."
    [deal] = facts("Pike Mining builds data centers. " + text, "purchase", REF)
    assert names(deal, "buyer") == ["Vireo Compute"]
    assert names(deal, "supplier")[0] in ("Pike", "Pike Mining")


def test_a_hosting_agreement_with_a_cloud() -> None:
    [deal] = facts("Tallis Power signed a hosting agreement with Norcrest AI in May.", "purchase", REF)
    assert names(deal, "supplier") == ["Tallis Power"] and names(deal, "buyer") == ["Norcrest AI"]

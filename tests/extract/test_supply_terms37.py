"""Compute supplied for a term (提供为期三年的算力租赁服务): 为期 tells how long, it marks no buyer. Invented companies."""

from __future__ import annotations

import pytest

from tests.extract.readers import names, one


@pytest.mark.parametrize("text, modality", [
    ("青禾智能将为澄芯科技提供为期三年的算力租赁服务。", "planned"),
    ("青禾智能向澄芯科技提供为期两年的云服务。", "asserted"),
])
def test_a_term_between_the_verb_and_the_service(text, modality):
    fact = one(text, "purchase")
    assert names(fact, "buyer") == ["澄芯科技"]
    assert names(fact, "supplier") == ["青禾智能"]
    assert fact.modality == modality

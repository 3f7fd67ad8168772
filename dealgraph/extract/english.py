"""Facts from English sentences (placeholder until the English grammar lands)."""

from __future__ import annotations

from dealgraph.extract.document import Doc


def extract_facts(doc: Doc) -> None:
    """Component: facts of English sentences."""
    return None

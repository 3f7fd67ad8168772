"""What the investor analyses count and the words reports use (data/analysis.yaml)."""

from __future__ import annotations

from typing import Any

from dealgraph import taxonomy
from dealgraph.datafiles import read_yaml


def rules() -> dict[str, Any]:
    return read_yaml("analysis.yaml")


def counted(fact: dict) -> bool:
    """Whether a fact counts: asserted or reported (denied, rumored, negated, planned … are shown apart)."""
    return fact["modality"] in rules()["counted_modalities"]


def label(kind: str, key: str | None) -> str:
    """The report's word for an ontology value (stage, metric, modality …); the key itself when unknown."""
    if key is None:
        return ""
    return str(rules()["labels"].get(kind, {}).get(key, key))


def layer_label(layer: str | None) -> str:
    return taxonomy.load().layers[layer]["zh"] if layer in taxonomy.load().layers else rules()["labels"]["layer_none"]


def sector_label(sector: str | None) -> str:
    sectors = taxonomy.load().sectors
    return sectors[sector].zh if sector in sectors else rules()["labels"]["sector_none"]


def roles_text(fact: dict, names: bool = False) -> str:
    """The roles of a fact on one line, in the ontology's order; a deal party the text leaves unnamed
    (an undisclosed investor or buyer) shows as such rather than vanishing. `names`: the roles hold plain
    names (entities show) instead of entity records."""
    from dealgraph.ontology import ontology

    order = ontology().fact_type(fact["type"]).role_names
    members = fact["roles"]
    parts = []
    for role in [*order, *(r for r in members if r not in order)]:
        ms = members.get(role) or []
        if ms:
            parts.append(f"{role}: {', '.join(m if names else m['name'] for m in ms)}")
        elif role == order[0] and fact["type"] in rules()["relations"]:
            parts.append(f"{role}: {rules()['labels']['unnamed']}")
    return "; ".join(parts)


def layers() -> list[str]:
    """Layer keys in stack order (foundation, technology, application)."""
    return list(taxonomy.load().layers)

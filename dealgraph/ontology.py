"""The fact-type ontology, read from data/ontology.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from dealgraph.datafiles import read_yaml
from dealgraph.errors import DataFileError


@dataclass(frozen=True)
class RoleSpec:
    name: str
    min: int
    max: int | None


@dataclass(frozen=True)
class FactType:
    name: str
    roles: tuple[RoleSpec, ...]
    qualifiers: tuple[str, ...]
    identity: tuple[str, ...]
    anchors: tuple[str, ...] = ()  # identity values two statements must share one of, when both state any

    @property
    def role_names(self) -> tuple[str, ...]:
        return tuple(r.name for r in self.roles)


@dataclass(frozen=True)
class Ontology:
    modalities: tuple[str, ...]
    entity_kinds: tuple[str, ...]
    fact_types: dict[str, FactType]

    def fact_type(self, name: str) -> FactType:
        try:
            return self.fact_types[name]
        except KeyError:
            raise DataFileError(f"unknown fact type {name!r}",
                                f"known types: {', '.join(self.fact_types)}") from None


def _fact_type(name: str, spec: dict) -> FactType:
    roles = tuple(RoleSpec(r, int(s.get("min", 0)), s.get("max")) for r, s in spec["roles"].items())
    return FactType(name, roles, tuple(spec.get("qualifiers", ())), tuple(spec.get("identity", ())),
                    tuple(spec.get("anchors", ())))


@cache
def ontology() -> Ontology:
    raw = read_yaml("ontology.yaml")
    types = {n: _fact_type(n, s) for n, s in raw["fact_types"].items()}
    return Ontology(tuple(raw["modalities"]), tuple(raw["entity_kinds"]), types)

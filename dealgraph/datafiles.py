"""The data files shipped in dealgraph/data, read once, with libyaml's loader where it is installed."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """YAML text to Python data (safe: no tags that build objects)."""
    return yaml.load(text, Loader=_LOADER)  # noqa: S506 — a safe loader


@cache
def read_yaml(name: str) -> Any:
    """A shipped data file by name, e.g. read_yaml("frames.yaml"). Callers must not mutate the result."""
    return parse_yaml(resources.files("dealgraph").joinpath(f"data/{name}").read_text("utf-8"))

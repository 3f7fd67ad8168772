"""dealgraph: a provenance-backed knowledge graph of the AI industry chain."""

__version__ = "0.1.0"

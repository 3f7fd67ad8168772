"""Resolve: mentions to entities (lexicon, names, in-document short names), facts to stable records."""

from dealgraph.resolve.records import resolve_document

__all__ = ["resolve_document"]

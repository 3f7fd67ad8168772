"""Tables of the store. Changes here need an Alembic revision in store/migrations/versions."""

from __future__ import annotations

from sqlalchemy import (JSON, Boolean, Column, DateTime, Float, ForeignKey, Index, Integer, MetaData,
                        String, Table, Text)

metadata = MetaData()

documents = Table(
    "documents", metadata,
    Column("id", String(64), primary_key=True),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("title", Text, nullable=False, default=""),
    Column("text", Text, nullable=False),
    Column("ref_date", String(32)),
    Column("ref_date_source", String(32)),
    Column("source", Text, nullable=False),
    Column("lang", String(8), nullable=False),
    Column("meta", JSON, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

entities = Table(
    "entities", metadata,
    Column("id", String(80), primary_key=True),
    Column("kind", String(16), nullable=False),
    Column("name", Text, nullable=False),
    Column("names", JSON, nullable=False),
    Column("parent", String(80)),
    Column("layer", String(16)),
    Column("sector", String(40)),
    Column("country", String(8)),
    Column("reason", Text),
    Column("origin", String(16), nullable=False),
    Column("merged_into", String(80), index=True),
)

entity_decisions = Table(
    "entity_decisions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("action", String(16), nullable=False),  # merge | split | set
    Column("entity_id", String(80), nullable=False, index=True),
    Column("other_id", String(80)),
    Column("payload", JSON, nullable=False),
    Column("score", Float),
    Column("reason", Text, nullable=False),
    Column("who", String(80), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("active", Boolean, nullable=False, default=True),
)

facts = Table(
    "facts", metadata,
    Column("id", String(40), primary_key=True),
    Column("type", String(24), nullable=False, index=True),
    Column("modality", String(16), nullable=False, index=True),
    Column("roles", JSON, nullable=False),
    Column("qualifiers", JSON, nullable=False),
    Column("date", JSON),
    Column("amount", JSON),
    Column("stake", JSON),
    Column("sort_date", String(16)),
    Column("confidence", Float, nullable=False),
    Column("family", String(40), index=True),  # type + modality + members: statements that may be one fact
)

fact_roles = Table(
    "fact_roles", metadata,
    Column("fact_id", String(40), ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True),
    Column("role", String(24), primary_key=True),
    Column("entity_id", String(80), primary_key=True),
    Column("position", Integer, nullable=False),
    Index("ix_fact_roles_entity", "entity_id"),
)

evidence = Table(
    "evidence", metadata,
    Column("id", String(40), primary_key=True),
    Column("fact_id", String(40), ForeignKey("facts.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("doc_id", String(64), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("mentions", JSON, nullable=False),
    Column("rule", String(64), nullable=False),
)

reviews = Table(
    "reviews", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("fact_id", String(40), nullable=False, index=True),
    Column("status", String(16), nullable=False),  # confirmed | rejected | edited
    Column("patch", JSON, nullable=False),
    Column("note", Text, nullable=False, default=""),
    Column("who", String(80), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)

failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("path", Text, nullable=False),
    Column("reason", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)

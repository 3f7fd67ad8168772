"""Every default of dealgraph, defined once."""

from __future__ import annotations

import os

DB_ENV = "DEALGRAPH_DB"
DEFAULT_DB_FILE = "dealgraph.db"
LEXICON_ENV = "DEALGRAPH_LEXICON"  # extra lexicon files, separated by os.pathsep
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024  # larger files are refused, not truncated
MIN_DOCUMENT_CHARS = 1
INGEST_BATCH = 200  # documents per database transaction
SAME_AS_THRESHOLD = 0.75  # candidate score at which `entities candidates` lists a pair


def database_url(explicit: str | None = None) -> str:
    """The database URL: an explicit one, else $DEALGRAPH_DB, else ./dealgraph.db."""
    url = explicit or os.environ.get(DB_ENV) or DEFAULT_DB_FILE
    if "://" not in url:
        url = f"sqlite:///{url}"
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    return url

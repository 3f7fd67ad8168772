"""The one SQL layer of dealgraph (SQLite by default, PostgreSQL for servers)."""

from dealgraph.store.repo import Store

__all__ = ["Store"]

"""Engine creation, migrations, and the few places SQLite and PostgreSQL differ."""

from __future__ import annotations

from importlib import resources

from alembic import command
from alembic.config import Config
from typing import Any

from sqlalchemy import Connection, Engine, Table, create_engine, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql import Insert

from dealgraph.errors import DealgraphError


def make_engine(url: str) -> Engine:
    try:
        engine = create_engine(url, future=True)
    except Exception as exc:  # bad URL or missing driver
        raise DealgraphError(f"cannot open database {url!r}: {exc}",
                             "give --db a SQLite path or a postgresql://user@host:port/db URL") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision."""
    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("dealgraph") / "store" / "migrations"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def insert_ignore(engine: Engine, table: Table) -> Insert:
    """INSERT that skips rows whose primary key already exists (the one dialect difference)."""
    dialect = postgresql if engine.dialect.name == "postgresql" else sqlite
    return dialect.insert(table).on_conflict_do_nothing()


def insert_ignore_many(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """insert_ignore of many rows (the columns of the first row), with the end state of
    `conn.execute(insert_ignore(...), rows)`.

    On SQLite the rows go straight to the driver's executemany as tuples, each value through its
    column type's own bind processor (JSON encoding, dates): what SQLAlchemy does for each row, without
    building a parameter dict per row (most of the cost of storing a batch). Elsewhere SQLAlchemy's
    executemany as it is.
    """
    if not rows:
        return
    dialect = conn.dialect
    if dialect.name != "sqlite":
        conn.execute(insert_ignore(conn.engine, table), rows)
        return
    names = list(rows[0])
    processors = [table.c[n].type.dialect_impl(dialect).bind_processor(dialect) for n in names]
    quote = dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
           f"VALUES ({', '.join('?' for _ in names)}) ON CONFLICT DO NOTHING")
    if not any(processors):
        conn.exec_driver_sql(sql, [tuple(row[n] for n in names) for row in rows])
        return
    pairs = list(zip(names, processors))
    conn.exec_driver_sql(sql, [tuple(row[n] if p is None else p(row[n]) for n, p in pairs) for row in rows])

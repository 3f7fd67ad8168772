"""Shared fixtures: a fresh database per test (SQLite file, or PostgreSQL when DEALGRAPH_TEST_DB is set)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dealgraph.cli.main import app
from dealgraph.store import Store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
REFERENCE = SHARED / "corpus" / "000_fc02853d77c2816b.txt"
FEWFC = SHARED / "data" / "external" / "fewfc"
SAMPLES = ROOT / "samples" / "corpus"
PG_URL = os.environ.get("DEALGRAPH_TEST_DB")


@pytest.fixture(scope="session")
def reference_path() -> Path:
    assert REFERENCE.exists(), f"the reference article is expected at {REFERENCE}"
    return REFERENCE


@pytest.fixture
def db_url(tmp_path: Path) -> Iterator[str]:
    """A URL to an empty database."""
    if PG_URL:
        Store(PG_URL).delete_everything()
        yield PG_URL
    else:
        yield f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def store(db_url: str) -> Store:
    return Store(db_url)


class Cli:
    """Runs the real command line against the test database."""

    def __init__(self, db_url: str) -> None:
        self.db_url = db_url
        self.runner = CliRunner()

    def __call__(self, *args: str, code: int | None = 0):  # type: ignore[no-untyped-def]
        result = self.runner.invoke(app, ["--db", self.db_url, *args], catch_exceptions=False)
        if code is not None:
            assert result.exit_code == code, f"exit {result.exit_code}: {result.output}"
        return result


@pytest.fixture
def cli(db_url: str) -> Cli:
    return Cli(db_url)

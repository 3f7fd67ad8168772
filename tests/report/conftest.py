"""Reports built once per module from a corpus ingested through the real command line."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dealgraph.cli.main import app
from dealgraph.store import Store
from tests.conftest import PG_URL

Run = Callable[..., str]


def url_in(tmp: Path) -> str:
    """The database the runner for `tmp` uses."""
    return PG_URL or f"sqlite:///{tmp / 'report.db'}"


def make_runner(tmp: Path, *paths: Path) -> Run:
    """Ingest `paths` into a fresh database; return a function running the CLI on it."""
    url = url_in(tmp)
    if PG_URL:
        Store(url).delete_everything()
    runner = CliRunner()

    def run(*args: str, code: int = 0) -> str:
        result = runner.invoke(app, ["--db", url, *args], catch_exceptions=False)
        assert result.exit_code == code, f"exit {result.exit_code}: {result.output}"
        return result.output

    run("ingest", "-q", *map(str, paths))
    return run


@pytest.fixture(scope="module")
def reference_run(tmp_path_factory: pytest.TempPathFactory, reference_path: Path) -> Run:
    return make_runner(tmp_path_factory.mktemp("reference"), reference_path)

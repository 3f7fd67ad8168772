"""The reference article ingested once for the analysis tests; analyses read the loaded view only."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from dealgraph.analyze import view
from dealgraph.analyze.view import GraphView
from dealgraph.cli.main import app
from dealgraph.store import Store
from tests.conftest import PG_URL


def ingest_and_load(url: str, *paths: Path) -> GraphView:
    if PG_URL:
        Store(url).delete_everything()
    result = CliRunner().invoke(app, ["--db", url, "ingest", "-q", *map(str, paths)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return view.load(Store(url))


@pytest.fixture(scope="package")
def reference_graph(tmp_path_factory: pytest.TempPathFactory, reference_path: Path) -> GraphView:
    url = PG_URL or f"sqlite:///{tmp_path_factory.mktemp('reference') / 'ref.db'}"
    return ingest_and_load(url, reference_path)

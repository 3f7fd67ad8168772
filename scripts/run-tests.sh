#!/usr/bin/env bash
# The whole suite on SQLite, then again on a throwaway PostgreSQL server.
set -euo pipefail
cd "$(dirname "$0")/.."
pgdir="$(mktemp -d /tmp/dealgraph-pg.XXXXXX)"
trap 'bash scripts/pg.sh stop "$pgdir"' EXIT
echo "== lint (pyflakes rules: unused imports, undefined names)"
.venv/bin/ruff check --select F,E9 dealgraph tests bench
echo "== suite on SQLite"
.venv/bin/python -m pytest -q -p no:cacheprovider
url="$(bash scripts/pg.sh start "$pgdir")"
echo "== suite on PostgreSQL ($url)"
DEALGRAPH_TEST_DB="$url" .venv/bin/python -m pytest -q -p no:cacheprovider

# dealgraph: `make demo` sets everything up and runs the main job on the bundled sample;
# `make test` sets up, starts a throwaway PostgreSQL and runs the suite on SQLite and on PostgreSQL.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
DG := $(VENV)/bin/dealgraph
STAMP := $(VENV)/.installed
ECHARTS := dealgraph/report/static/echarts.min.js
DEMO_DB := demo.db
OUT := out

.PHONY: install system-deps demo test test-sqlite test-postgres bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

$(ECHARTS):
	bash scripts/fetch-echarts.sh $(ECHARTS)

install: $(STAMP) $(ECHARTS)

system-deps:
	bash scripts/system-deps.sh

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	mkdir -p $(OUT)
	$(DG) --db $(DEMO_DB) ingest samples/corpus
	$(DG) --db $(DEMO_DB) summary
	$(DG) --db $(DEMO_DB) report 阿里巴巴 --compare 腾讯 --format html -o $(OUT)/report-alibaba-vs-tencent.html
	@echo "HTML report: $(abspath $(OUT)/report-alibaba-vs-tencent.html)"

test: install system-deps
	bash scripts/run-tests.sh

bench: install
	$(PY) bench/extract_speed.py

clean:
	rm -rf $(VENV) $(OUT) $(DEMO_DB) .pytest_cache

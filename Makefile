# Political-prisoner diplomacy: news articles -> tidy tables -> timeline reports.
# `make report` and `make test` do all set-up themselves on a fresh machine (Python 3.11 + make).
.DEFAULT_GOAL := help
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
KERNEL := helpers-py311

.PHONY: help venv report test lint lab bench evaluate clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(STAMP): requirements.lock pyproject.toml
	@echo "==> creating $(VENV) from requirements.lock"
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Python 3.11 (helpers)"
	touch $(STAMP)

venv: $(STAMP) ## Create .venv from the lock file (if missing or older than the lock)

report: $(STAMP) ## Parse data/raw/articles and build reports/index.html
	@start=$$(date +%s); \
	$(BIN)/python -m helpers all data/raw/articles; rc=$$?; \
	echo "make report: $$(( $$(date +%s) - start )) s"; exit $$rc

test: $(STAMP) ## Run unit tests, notebook tests (nbval) and the evaluation gate
	@start=$$(date +%s); \
	$(BIN)/python -m pytest; rc=$$?; \
	echo "make test: $$(( $$(date +%s) - start )) s"; exit $$rc

evaluate: $(STAMP) ## Score the extractors on tests/gold and tests/heldout (writes reports/evaluation.md)
	$(BIN)/python -m helpers evaluate

lab: $(STAMP) ## Open JupyterLab on the notebooks
	$(BIN)/jupyter lab notebooks/

bench: $(STAMP) ## Run the benchmarks in bench/
	$(BIN)/python bench/bench_parse.py

clean: ## Remove build outputs (data/processed, reports)
	rm -rf data/processed/* reports/*.html reports/tables reports/notebooks

# Political-prisoner diplomacy: news articles -> tidy tables -> timeline reports.
# `make report` and `make test` do all set-up themselves on a fresh machine (Python 3.11-3.13 + make).
.DEFAULT_GOAL := help
SHELL := /bin/bash
# Leave PYTHON empty to pick the first supported interpreter present (see tools/find-python),
# or name one: make test PYTHON=python3.13 (VENV=.venv-3.13 keeps it beside the default .venv)
PYTHON ?=
VENV ?= .venv
BIN := $(VENV)/bin
# "<version> <path>" of the interpreter .venv is built with; rewritten only when it changes
PYSTAMP := $(VENV)/.python
STAMP := $(VENV)/.installed
KERNEL := helpers
# pytest-xdist workers of `make test` (TEST_JOBS=0: all in one process); tests/conftest.py keeps
# each test file, and the two notebooks, on one worker
TEST_JOBS ?= 2
NOTEBOOKS := notebooks/01_article.ipynb notebooks/02_timeline.ipynb

.PHONY: help venv python chromium report test lint format sync lab bench evaluate clean FORCE

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

# Which interpreter: PYTHON if given; else the one .venv was built with if it still runs;
# else the first supported one present. Checked on every run, written only when it changes.
$(PYSTAMP): FORCE
	@mkdir -p $(VENV); \
	want="$(PYTHON)"; [ -n "$$want" ] || want=$$(tools/find-python "$$(cut -s -d' ' -f2- $@ 2>/dev/null)" 2>/dev/null \
	  | cut -d' ' -f2-); \
	found=$$(tools/find-python $$want) || exit 2; \
	[ "$$found" = "$$(cat $@ 2>/dev/null)" ] || echo "$$found" > $@

# .venv from the lock file; rebuilt from scratch when it was made by another Python version.
$(STAMP): requirements.lock pyproject.toml $(PYSTAMP)
	@read -r version python < $(PYSTAMP); \
	have=$$($(BIN)/python -c 'import sys; print("%d.%d" % sys.version_info[:2], sys.executable)' 2>/dev/null); \
	have=$${have%% *}; \
	if [ -e $(BIN)/python ] && [ "$$have" != "$$version" ]; then \
	  echo "==> $(VENV) was built with Python $${have:-that no longer runs}; rebuilding it with Python $$version"; \
	  find $(VENV) -mindepth 1 -maxdepth 1 ! -name .python -exec rm -rf {} +; \
	fi; \
	echo "==> $(VENV): Python $$version ($$python), packages from requirements.lock"; \
	set -e -x; \
	test -x $(BIN)/python || "$$python" -m venv $(VENV); \
	$(BIN)/python -m pip install --quiet --upgrade pip; \
	$(BIN)/python -m pip install --quiet -r requirements.lock; \
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .; \
	$(BIN)/python -m ipykernel install --sys-prefix --name $(KERNEL) --display-name "Python (helpers)" >/dev/null
	@touch $(STAMP)

venv: $(STAMP) ## Create .venv from the lock file (again if the lock changed or Python differs)

python: $(PYSTAMP) ## Print the Python version and interpreter .venv is (or will be) built with
	@cat $(PYSTAMP)

# Headless Chromium for the tests that render the reports: installed with apt-get when we are
# root, otherwise one line saying what to install.
chromium:
	@if command -v chromium >/dev/null || command -v chromium-browser >/dev/null; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "==> installing chromium (apt-get), needed by the tests that render the reports"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null && exit 0; \
	fi; \
	echo "make: the report tests need headless Chromium: install it (Debian/Ubuntu: sudo apt-get install chromium), then run make test again" >&2; \
	exit 1

report: $(STAMP) ## Parse data/raw/articles and build reports/index.html
	@start=$$(date +%s); \
	$(BIN)/python -m helpers all data/raw/articles; rc=$$?; \
	echo "make report: $$(( $$(date +%s) - start )) s"; exit $$rc

test: $(STAMP) chromium ## Run unit tests, notebook tests (nbval) and the evaluation gate
	@start=$$(date +%s); \
	$(BIN)/python -m pytest -n $(TEST_JOBS) $(PYTEST_ARGS); rc=$$?; \
	echo "make test: $$(( $$(date +%s) - start )) s"; exit $$rc

lint: $(STAMP) ## Check formatting and lint rules (ruff)
	$(BIN)/ruff format --check
	$(BIN)/ruff check

format: $(STAMP) ## Format the code and apply ruff's safe fixes
	$(BIN)/ruff format
	$(BIN)/ruff check --fix

sync: $(STAMP) ## Pair each notebook with its py:percent script (jupytext), newest side wins
	$(BIN)/jupytext --sync $(NOTEBOOKS)

evaluate: $(STAMP) ## Score the extractors (writes reports/evaluation.md); with ../shared/eval also Reuters, the news measuring set, TimeBank/AQUAINT, PolNeAR and the zero-exception check
	@extra=(); shared=../shared/eval; \
	if [ -d "$$shared" ]; then \
	  extra+=(--news "$$shared"/timebank/aquaint_tbaq.jsonl "$$shared"/timebank/timebank_tbaq.jsonl); \
	  extra+=(--tempeval "$$shared"/timebank/*.jsonl --polnear "$$shared"/polnear/dev.jsonl --crash-check "$$shared"); \
	fi; \
	$(BIN)/python -m helpers evaluate --jobs 2 "$${extra[@]}"

# Served from the project root, so that Jupytext finds [tool.jupytext] in pyproject.toml and
# saves each notebook's py:percent twin with it; opens on the notebooks folder.
lab: $(STAMP) ## Open JupyterLab on the notebooks, with the project's kernel
	$(BIN)/jupyter lab --ServerApp.root_dir=. --LabApp.default_url=/lab/tree/notebooks \
	  --MultiKernelManager.default_kernel_name=$(KERNEL) $$([ "$$(id -u)" = 0 ] && echo --allow-root) $(LAB_ARGS)

bench: $(STAMP) ## Parse against the spaCy floor on 100/300/1,000 Reuters articles (writes bench/README.md)
	$(BIN)/python bench/bench_parse.py --readme bench/README.md

clean: ## Remove build outputs (data/processed, reports)
	rm -rf data/processed/* reports/*.html reports/tables reports/notebooks

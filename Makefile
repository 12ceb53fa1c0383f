# Two commands do all the set-up on a fresh machine:
#   make briefing   renders the seed briefing into build/ (PDF and HTML)
#   make test       runs ruff and the tests
# Both create .venv and install the project (with its dev extras) when needed.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
OUT ?= build

.PHONY: briefing test lint bench clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[dev]"
	@touch $(STAMP)

briefing: $(STAMP)
	$(BIN)/casualty-stats report seeds/ --out $(OUT)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: lint
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_validate.py
	$(BIN)/python benchmarks/bench_check.py
	$(BIN)/python benchmarks/bench_report.py

clean:
	rm -rf $(VENV) $(OUT) dist .pytest_cache .ruff_cache

# Two entry points for a fresh machine: `make run` and `make test`.
# Both create (or reuse) .venv and install the project with its dev extras.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/serambi --demo

test: $(STAMP)
	$(BIN)/ruff check app connectors ui tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python -m bench.ingest --n 1000000
	$(BIN)/python -m bench.search --n 1000000
	$(BIN)/python -m bench.ui --n 1000000

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache

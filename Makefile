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

# Packaging (docs/install.md, packaging/README.md): this platform's one-folder bundle, its
# smoke test, and Serambi in the current user's application menu.
.PHONY: bundle bundle-smoke install-desktop uninstall-desktop
BUNDLE := dist/serambi

bundle: $(STAMP)
	$(BIN)/pyinstaller --noconfirm --clean packaging/serambi.spec

# Linux: the frozen program tells its version, opens the demo offscreen, syncs once, exits 0;
# then every library in the bundle must find the Qt libraries it links to.
bundle-smoke:
	@test -x $(BUNDLE)/serambi || { echo "no bundle in $(BUNDLE): run make bundle" >&2; exit 1; }
	test "$$($(BUNDLE)/serambi --version)" = \
	  "serambi $$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml)"
	scratch=$$(mktemp -d); \
	  timeout 180 $(BUNDLE)/serambi --data-dir "$$scratch" --demo --smoke-test; \
	  status=$$?; rm -rf "$$scratch"; exit $$status
	$(PYTHON) packaging/check_bundle.py $(BUNDLE)

install-desktop: $(STAMP)
	$(BIN)/python packaging/install_desktop.py install --exec "$(abspath $(BIN))/serambi"

uninstall-desktop:
	$(PYTHON) packaging/install_desktop.py uninstall

# Two commands matter: `make demo` and `make test`. Both work on a fresh clone.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test lint bench install clean system-deps

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall only when the dependencies change.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed

## Build the bundled demo (sample feeds on disk, no network) into ./site and .demo/outbox.
demo: $(VENV)/.installed
	$(BIN)/broker build --config examples/demo.toml

## Debian's Chromium, for the real-browser tests (Playwright drives it; it never downloads a browser).
system-deps:
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium >/dev/null; }

## Install what the tests need and run the whole suite.
test: $(VENV)/.installed-test system-deps
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check broker tests benchmarks
	$(BIN)/mypy broker

## Every benchmark, each against its targets; all run, and the exit status says if any missed.
bench: $(VENV)/.installed-test
	@failed=""; for script in benchmarks/bench_*.py; do echo "== $$script"; \
	  $(BIN)/python $$script || failed="$$failed $$script"; done; \
	  if [ -n "$$failed" ]; then echo "Targets missed in:$$failed"; exit 1; fi

clean:
	rm -rf site .site-builds .demo $(VENV)

# Two commands matter: `make demo` and `make test` (see README). Everything installs into .venv.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: install demo test lint typecheck imports unit bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install
	$(BIN)/dealbot seed --demo
	$(BIN)/dealbot chat --as "Darcel Schlecht" --now 2017-12-31

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

imports: install
	$(BIN)/lint-imports

unit: install
	$(BIN)/pytest -n auto --dist worksteal --durations=15  # one worker per core (pytest-xdist), and a worker that runs dry takes tests queued on the other, so none idles while a long test ends the queue; each store test has its own SQLite file or PostgreSQL schema; the slowest 15 listed to keep the suite under 15 minutes

test: lint typecheck imports unit

bench: install
	$(BIN)/python bench/seed_bench.py

clean:
	rm -rf $(VENV) var .mypy_cache .pytest_cache .ruff_cache

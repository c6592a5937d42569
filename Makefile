# Two commands for a newcomer: `make example` (set up, extract the bundled corpus) and `make test`.
VENV := .venv
BIN := $(VENV)/bin
PYTHON ?= python3

.PHONY: setup example test lint format encoder

setup: $(VENV)/.installed

# torch is installed first and pinned: a bare torch requirement pulls a multi-GB CUDA build.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q torch==2.13.0
	$(BIN)/python -m pip install -q -e ".[dev]"
	touch $@

example: setup
	$(BIN)/reformfacts extract corpus/ -o facts.jsonl
	@echo "facts in facts.jsonl; tables: $(BIN)/reformfacts tables facts.jsonl -o tables/"

lint: setup
	$(BIN)/ruff check pipeline tests bench
	$(BIN)/ruff format --check pipeline tests bench

format: setup
	$(BIN)/ruff check --fix pipeline tests bench
	$(BIN)/ruff format pipeline tests bench

test: lint
	$(BIN)/python -m pytest

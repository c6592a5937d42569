# Two commands for a newcomer: `make example` (set up, extract the bundled corpus) and `make test`.
VENV := .venv
BIN := $(VENV)/bin
PYTHON ?= python3

.PHONY: setup example test lint format encoder review-screenshot

setup: $(VENV)/.installed

# torch is installed first and pinned: a bare torch requirement pulls a multi-GB CUDA build.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q torch==2.13.0
	$(BIN)/python -m pip install -q -e ".[dev,ray]"
	touch $@

example: setup
	$(BIN)/reformfacts extract corpus/ -o facts.jsonl
	@echo "facts in facts.jsonl; tables: $(BIN)/reformfacts export facts.jsonl -o tables/"

# docs/review.png and the review page's size and load time, in Debian's chromium (apt-get install chromium).
review-screenshot: example
	$(BIN)/python bench/review_page.py facts.jsonl --screenshot docs/review.png

lint: setup
	$(BIN)/ruff check pipeline tests bench
	$(BIN)/ruff format --check pipeline tests bench

format: setup
	$(BIN)/ruff check --fix pipeline tests bench
	$(BIN)/ruff format pipeline tests bench

test: lint
	$(BIN)/python -m pytest

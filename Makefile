# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STORE ?= var/knowledge.sqlite

.PHONY: run test lint store extract bench clean

$(BIN)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c constraints.txt -e '.[dev]'
	touch $@

$(STORE): $(BIN)/.installed knowledge/data/manifest.json
	CAREERBOT_STORE=$(STORE) $(BIN)/careerbot knowledge build

store: $(STORE)

run: $(STORE)
	CAREERBOT_STORE=$(STORE) $(BIN)/careerbot run

lint: $(BIN)/.installed
	$(BIN)/ruff check .

test: $(STORE) lint
	CAREERBOT_STORE=$(STORE) $(BIN)/pytest

# Refresh the shipped extracts from the raw public datasets (needs ../shared/data).
extract: $(BIN)/.installed
	$(BIN)/careerbot knowledge extract --from ../shared/data --seeds ../shared/seeds

clean:
	rm -rf $(VENV) var

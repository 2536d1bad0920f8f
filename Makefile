# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STORE ?= var/knowledge.sqlite
# pytest-xdist workers for `make test` (the suite is written for 2 cores; each worker loads the store and model).
TEST_WORKERS ?= 2

.PHONY: run test lint store extract fuzz audit clean

$(BIN)/.installed: pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -c constraints.txt -e '.[dev]'
	touch $@

$(STORE): $(BIN)/.installed knowledge/data/manifest.json $(wildcard knowledge/data/lexicon/*.tsv) knowledge/build.py knowledge/schema.py knowledge/datasets.py knowledge/vectors.py knowledge/embedder.py knowledge/minilm.py knowledge/onnx_weights.py $(wildcard knowledge/sources/*.py) knowledge/field_words.py
	CAREERBOT_STORE=$(STORE) $(BIN)/careerbot knowledge build

store: $(STORE)

run: $(STORE)
	CAREERBOT_STORE=$(STORE) $(BIN)/careerbot run

lint: $(BIN)/.installed
	$(BIN)/ruff check .

test: $(STORE) lint
	CAREERBOT_STORE=$(STORE) $(BIN)/pytest -n $(TEST_WORKERS)

# Refresh the shipped extracts from the raw public datasets (needs ../shared/data).
extract: $(BIN)/.installed
	$(BIN)/careerbot knowledge extract --from ../shared/data --seeds ../shared/seeds

clean:
	rm -rf $(VENV) var

# The long fuzz run (the suite runs the same properties with 200 cases each).
fuzz: $(STORE)
	CAREERBOT_STORE=$(STORE) FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-60000} FUZZ_RANDOM=1 $(BIN)/pytest -q tests/test_fuzz.py -p no:cacheprovider

# Known vulnerabilities in the pinned dependencies (needs PyPI's JSON API or OSV, i.e. internet).
audit: $(BIN)/.installed
	$(BIN)/pip install -q -c constraints.txt pip-audit
	$(BIN)/pip-audit -r constraints.txt --progress-spinner off

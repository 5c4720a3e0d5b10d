# The commands a new user runs. Each creates .venv when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install test lint typecheck generate check-generated contract record pytest docs demo bench dist clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

lint: $(STAMP)
	$(BIN)/python -m ruff check bokio tests scripts examples noxfile.py
	$(BIN)/python -m ruff format --check bokio tests scripts examples noxfile.py

typecheck: $(STAMP)
	$(BIN)/python -m mypy
	$(BIN)/pyright --pythonpath $(BIN)/python

generate: $(STAMP)
	$(BIN)/python scripts/regenerate.py
	$(BIN)/python scripts/unasync.py

check-generated: $(STAMP)
	$(BIN)/python scripts/regenerate.py --check
	$(BIN)/python scripts/unasync.py --check

# Recorded traffic (tests/cassettes/) against our spec; offline.
contract: $(STAMP)
	$(BIN)/python scripts/check_cassettes.py

# Re-record the cassettes: the sandbox by default, a Bokio test company when BOKIO_TOKEN,
# BOKIO_COMPANY_ID and BOKIO_BASE_URL are set (see the README).
record: $(STAMP)
	$(BIN)/python scripts/record_cassettes.py $(RECORD_ARGS)
	$(BIN)/python scripts/check_cassettes.py

pytest: $(STAMP)
	$(BIN)/python -m pytest

# The documentation site in site/: fails on a broken link, an undocumented public name or a signature
# that names a request params TypedDict or a model without linking to it.
docs: $(STAMP)
	$(BIN)/python scripts/check_docs.py
	NO_MKDOCS_2_WARNING=1 $(BIN)/python -m mkdocs build --strict --site-dir site
	$(BIN)/python scripts/check_docs.py --site site

test: lint typecheck check-generated contract docs pytest

# The local sandbox only, unless DEMO_ARGS="--write-to BASE_URL" names a server (see the example's docstring).
demo: $(STAMP)
	$(BIN)/python examples/invoice_workflow.py $(DEMO_ARGS)

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

# sdist + wheel in dist/, checked by twine; `nox -s wheel` smoke-tests the wheel on each Python.
dist: $(STAMP)
	rm -rf dist
	$(BIN)/python -m build --outdir dist .
	$(BIN)/python -m twine check --strict dist/*

clean:
	rm -rf $(VENV) build dist site .nox *.egg-info

# warta: `make demo` and `make test` do all set-up on a fresh machine.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: venv test test-fast lint demo models bench gate clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[all,dev,compare]'
	touch $(STAMP)

lint: venv
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/ruff format --check src tests benchmarks scripts
	$(BIN)/mypy src

test: lint
	$(BIN)/pytest -q

test-fast: venv
	$(BIN)/pytest -q -m "not slow"

demo: venv
	$(BIN)/python scripts/demo.py

models: venv
	$(BIN)/python scripts/train_models.py

bench: venv
	$(BIN)/python benchmarks/run_all.py

gate: venv
	$(BIN)/python scripts/quality_gate.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info src/*.egg-info

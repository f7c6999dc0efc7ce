# `make demo` and `make test` each set up their own virtual environment in .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Every command's start compiles the modules it imports unless their bytecode is on disk, which Python does not write
# where PYTHONDONTWRITEBYTECODE is set (a tenth of a second a start): written here once, it is still read then (and a
# file edited since is compiled afresh, as Python checks each source's time and size).
BYTECODE := $(BIN)/python -m compileall -q core plugins

.PHONY: demo test lint bench clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -e '.[dev]'
	$(BYTECODE)
	touch $@

demo: $(VENV)/.installed
	$(BIN)/nextround demo

test: $(VENV)/.installed
	./scripts/ensure-system-deps
	# ruff first, pytest last (its summary closes the output); fail if either fails.
	$(BIN)/ruff check .; lint=$$?; $(BIN)/pytest; tests=$$?; [ $$lint -eq 0 ] && exit $$tests || exit 1

bench: $(VENV)/.installed
	./scripts/ensure-system-deps
	$(BYTECODE)
	$(BIN)/python bench/classify.py
	$(BIN)/python bench/imap_sync.py

clean:
	rm -rf $(VENV) build *.egg-info

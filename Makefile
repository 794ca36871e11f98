# The two commands of the README's quick start: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test install clean

# Until the web UI lands: index the seeds into index/ and show what is there.
run: install
	$(BIN)/quotesearch ingest seeds --index index
	$(BIN)/quotesearch speakers --index index --limit 10
	$(BIN)/quotesearch search --index index --sort newest --page-size 5 ""

test: install
	$(BIN)/python -m pytest

install: $(VENV)/.installed

$(VENV)/.installed: setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

clean:
	rm -rf $(VENV) *.egg-info

# The two commands of the README's quick start: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: run test install clean

# Index the seeds into index/ (unchanged articles are skipped) and serve the web
# UI on http://127.0.0.1:5000 (waitress; Ctrl-C stops).
run: install
	$(BIN)/quotesearch ingest seeds --index index
	$(BIN)/quotesearch serve --index index --host 127.0.0.1 --port 5000

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

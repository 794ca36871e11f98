# The two commands of the README's quick start: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test install browser clean

# Index the seeds into index/ (unchanged articles are skipped) and serve the web
# UI on http://127.0.0.1:5000 (waitress; Ctrl-C stops).
run: install
	$(BIN)/quotesearch ingest seeds --index index
	$(BIN)/quotesearch serve --index index --host 127.0.0.1 --port 5000

test: install browser
	$(BIN)/python -m pytest

# The browser tests drive Debian's Chromium with Playwright's Python package
# (`playwright install` would download a browser, which this network forbids).
browser:
	@command -v chromium >/dev/null 2>&1 || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium >/dev/null; }

install: $(VENV)/.installed

$(VENV)/.installed: setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

clean:
	rm -rf $(VENV) *.egg-info

# The two commands a new user needs: `make demo` and `make test`. Everything else is a step they share.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test es-up es-down browser bench compose-check clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "yilian needs Python 3.11, found " + sys.version.split()[0])'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --upgrade pip
	@$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)
	@echo "installed: $(BIN)/yilian"

demo: install
	$(BIN)/yilian demo

es-up: install
	$(BIN)/yilian es up

es-down: install
	$(BIN)/yilian es down

# The operator page is tested in a real browser: Debian's headless Chromium and its driver.
browser:
	@test -x /usr/bin/chromium -a -x /usr/bin/chromedriver || { \
	  if [ "$$(id -u)" = 0 ]; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; \
	  else echo "the operator page's browser test needs: sudo apt-get install chromium chromium-driver" >&2; exit 1; fi; }

test: install es-up browser
	$(BIN)/python -m pytest -q

bench: install
	@$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python benchmarks/run_all.py

# docker-compose.yml as Docker Compose v2 reads it (schema, merge keys, profiles, references); no engine needed
compose-check:
	cd tools/composecheck && go run . ../../docker-compose.yml cluster

clean:
	rm -rf $(VENV) build *.egg-info

# The two commands a new user needs: `make demo` and `make test`. Everything else is a step they share.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test es-up es-down browser bench compose-check vendor clean

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

test: install es-up browser
	$(BIN)/python -m pytest -q

# Browser tests drive Debian's Chromium (never a downloaded browser); installed here when missing.
browser:
	@test -x /usr/bin/chromium || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO=sudo; \
	  else echo "the browser tests need Debian's chromium: apt-get install chromium (as root)"; exit 1; fi; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  $$SUDO apt-get install -y -q chromium >/dev/null 2>&1 || { $$SUDO apt-get update -q >/dev/null && $$SUDO apt-get install -y -q chromium >/dev/null; }; }

bench: install
	@$(BIN)/python -m pip install --quiet -e '.[test,bench]'
	$(BIN)/python benchmarks/run_all.py

# docker-compose.yml as Docker Compose v2 reads it (schema, merge keys, profiles, references); no engine needed
compose-check:
	cd tools/composecheck && go run . ../../docker-compose.yml cluster

vendor:
	search_api/static/vendor/update.sh

clean:
	rm -rf $(VENV) build *.egg-info

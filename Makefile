# The two commands a new user needs: `make demo` and `make test`. Everything else is a step they share.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test es-up es-down browser redis bench compose-check vendor clean

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

test: install es-up browser redis
	$(BIN)/python -m pytest -q

# A Debian package the tests need, installed when its file is missing: $(call debian_package,FILE,PACKAGE,WHO)
define debian_package
	@test -e $(1) || { \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then SUDO=sudo; \
	  else echo "$(3) need Debian's $(2): apt-get install $(2) (as root)"; exit 1; fi; \
	  export DEBIAN_FRONTEND=noninteractive; \
	  $$SUDO apt-get install -y -q $(2) >/dev/null 2>&1 || { $$SUDO apt-get update -q >/dev/null && $$SUDO apt-get install -y -q $(2) >/dev/null; }; }
endef

# Browser tests drive Debian's Chromium (never a downloaded browser), with a Chinese font so pages and screenshots
# show the text a reader sees, not empty boxes.
browser:
	$(call debian_package,/usr/bin/chromium,chromium,the browser tests)
	$(call debian_package,/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,fonts-wqy-microhei,the browser's Chinese text)

# The shared-crawl tests start Debian's redis-server themselves (a throw-away one per run).
redis:
	$(call debian_package,/usr/bin/redis-server,redis-server,the shared-crawl tests)

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

# The two commands of the README, and a few more. Each one sets up what it needs itself.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The engine that builds the site: mkdocs or properdocs (its maintained continuation). The one place to
# switch; macros/offline.py and the tests read the same variable, with the same default.
ENGINE ?= mkdocs
export ENGINE
export NO_MKDOCS_2_WARNING := 1
export DISABLE_MKDOCS_2_WARNING := true

.PHONY: serve site content test test-fast schema fonts offline bench bench-web bundles clean

# The virtual environment is rebuilt whenever requirements.txt changes.
$(VENV)/.installed: requirements.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

# The JavaScript tools (esbuild, ESLint, tsc), exactly as pinned in tests/js/package-lock.json. Only the
# tests need them: the bundles in docs/assets/bundles/ are committed, so serve and site need no Node.
tests/js/node_modules/.installed: tests/js/package-lock.json
	npm ci --prefix tests/js --no-audit --no-fund --loglevel=error
	touch $@

## make bundles: rebuild docs/assets/bundles/ after a change in docs/assets/js/ or docs/assets/css/
bundles: $(VENV)/.installed tests/js/node_modules/.installed
	$(BIN)/python -c 'from macros import design; print(design.stylesheet(), end="")' > docs/assets/css/ontwerp.css
	$(BIN)/python -c 'from macros import session_rules; print(session_rules.script(), end="")' > docs/assets/js/planner-rules.js
	node tests/js/build.mjs

## make serve: build the site and show it on http://127.0.0.1:8000, rebuilding on every change
serve: $(VENV)/.installed
	$(BIN)/python -m $(ENGINE) serve --strict --dev-addr 127.0.0.1:8000

## make site: build the site into site/, with the offline edition as a zip in site/downloads/
site: $(VENV)/.installed
	$(BIN)/python -m $(ENGINE) build --strict
	$(BIN)/python -m macros.offline --site-dir site

## make content: the site as Markdown with every macro rendered, in dist/content/ (for an engine without plugins)
content: $(VENV)/.installed
	$(BIN)/python -m macros.content --target dist/content

## make offline: (re)build only the offline edition, site/downloads/leerlijn-offline.zip
offline: $(VENV)/.installed
	$(BIN)/python -m macros.offline --site-dir site

# The tests run in parallel, one worker per core, each test file whole in one worker (so a fixture of a
# file is made once), in the order of conftest.py: the files that need the real site come last.
PARALLEL := -n auto --dist loadfile --no-loadscope-reorder

## make test: all tests, browser tests included (installs Debian's chromium where missing)
test: $(VENV)/.installed
	bash tests/install-browser.sh
	$(MAKE) tests/js/node_modules/.installed
	$(BIN)/python -m pytest -q $(PARALLEL)

## make test-fast: the tests without a browser and without the builds of their own (marked slow)
test-fast: $(VENV)/.installed tests/js/node_modules/.installed
	$(BIN)/python -m pytest -q $(PARALLEL) -m "not browser and not slow"

## make bench: the performance benchmark; writes BENCHMARKS.md (takes a few minutes)
bench: $(VENV)/.installed
	bash tests/install-browser.sh
	$(BIN)/python tests/bench.py

## make bench-web: only the page weight and Lighthouse parts of the benchmark (a few minutes)
bench-web: $(VENV)/.installed
	bash tests/install-browser.sh
	$(BIN)/python tests/bench.py --web

## make schema: write the JSON Schema of the data file after a change to macros/model.py
schema: $(VENV)/.installed
	$(BIN)/python -m macros.schema

## make fonts: remake the own-cards web fonts (WOFF2 subsets) in docs/assets/fonts/ from macros/fonts/
fonts: $(VENV)/.installed
	$(BIN)/python -m macros.web_fonts

clean:
	rm -rf site .cache dist

# stacksdk developer commands. Everything runs in ./.venv, created on demand.
#   make demo   - start a local cloud, run examples/quickstart.py against it, stop it
#   make test   - codegen --check, mypy --strict, black + ruff (lint), the OpenAPI export (build/openapi/), the whole pytest suite (real services included),
#                 then the unit, contract and fuzz tests on the oldest and newest Pythons (test-pythons)
#   make fuzz   - the fuzz suite with fresh random inputs, STACKSDK_FUZZ_EXAMPLES (5000) per property
#   make openapi - every service version as an OpenAPI 3.1 document, in build/openapi/ (docs/openapi.md)
#   make drift  - our specs against upstream's OpenAPI documents (OPENAPI_DIR); openapi-upstream: the importer over them
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
CLOUD_DIR ?= .localcloud/demo
DEMO_SERVICES ?= glance,placement,swift
PIP := $(BIN)/python -m pip --disable-pip-version-check -q

# test-pythons: the oldest supported Python (requires-python) and the newest one available
PYTHONS ?= 3.10 3.13
PYTHONS_TESTS ?= tests/unit tests/contract tests/fuzz
PYENV_ROOT ?= $(HOME)/.pyenv

.PHONY: install generate check typecheck lint unit test test-pythons fuzz bench demo openapi drift openapi-upstream cloud-start cloud-stop cloud-status cloud-venv clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.deps: pyproject.toml | $(BIN)/python
	$(PIP) install -e '.[codegen,test]' --config-settings editable_mode=strict
	touch $@

# The strict editable install links each file; re-link so new generated modules are seen.
install: $(VENV)/.deps
	$(PIP) install --no-deps -e . --config-settings editable_mode=strict

generate: install
	$(BIN)/python -m stacksdk.codegen

check: install
	$(BIN)/python -m stacksdk.codegen --check

typecheck: install
	$(BIN)/mypy --strict -p stacksdk

# hand-written Python: black's layout and ruff's lint (generated/ is held to black by the layout tests)
lint: install
	$(BIN)/black --check -q runtime codegen tests examples
	$(BIN)/ruff check -q runtime codegen tests examples

unit: install
	$(BIN)/python -m pytest tests/unit tests/contract

test: check typecheck lint openapi
	$(BIN)/python -m pytest
	$(MAKE) --no-print-directory test-pythons

# One venv per Python (.venv-3.10, ...), created and cached like .venv. A Python that is
# not installed fails the run: pythonX.Y on PATH (a pyenv shim counts only if it runs), else
# $(PYENV_ROOT)/versions/X.Y.*.
test-pythons:
	@set -e; for v in $(PYTHONS); do \
	  venv=.venv-$$v; \
	  if [ ! -x $$venv/bin/python ]; then \
	    py=; for c in python$$v $(PYENV_ROOT)/versions/$$v.*/bin/python$$v; do \
	      if "$$c" -c 'import sys; sys.exit(sys.version_info[:2] != tuple(map(int, "'$$v'".split("."))))' 2>/dev/null; then py=$$c; break; fi; \
	    done; \
	    if [ -z "$$py" ]; then echo "test-pythons: Python $$v not found (no working python$$v on PATH, nothing in $(PYENV_ROOT)/versions/$$v.*); install it or set PYTHONS" >&2; exit 1; fi; \
	    echo "test-pythons: creating $$venv with $$py"; \
	    "$$py" -m venv $$venv; \
	  fi; \
	  if [ ! $$venv/.deps -nt pyproject.toml ]; then \
	    $$venv/bin/python -m pip --disable-pip-version-check -q install '.[codegen,test]' && touch $$venv/.deps; \
	  fi; \
	  $$venv/bin/python -m pip --disable-pip-version-check -q install --no-deps -e . --config-settings editable_mode=strict; \
	  echo "test-pythons: $$($$venv/bin/python -V)"; \
	  $$venv/bin/python -m pytest -q -p no:cacheprovider $(PYTHONS_TESTS); \
	done

# the fuzz suite's long run: fresh random inputs; STACKSDK_FUZZ_EXAMPLES=N make fuzz for another budget
fuzz: install
	STACKSDK_FUZZ=long $(BIN)/python -m pytest tests/fuzz

# `run` stops the cloud it started however the demo ends (Ctrl-C, SIGTERM, SIGHUP; after
# SIGKILL its watchdog does): no shell trap, which dash does not run on SIGINT.
demo: install
	$(BIN)/python -m tests.localcloud run --dir $(CLOUD_DIR) --services $(DEMO_SERVICES) -- $(BIN)/python examples/quickstart.py

cloud-start: install
	$(BIN)/python -m tests.localcloud start --dir $(CLOUD_DIR) --services $(DEMO_SERVICES)

cloud-stop:
	$(BIN)/python -m tests.localcloud stop --dir $(CLOUD_DIR)

clean:
	rm -rf build .mypy_cache .pytest_cache $(VENV) $(foreach v,$(PYTHONS),.venv-$(v))

# benchmarks side by side with raw requests and openstacksdk (installed here only); not tests
bench: install
	$(PIP) install -e '.[bench]' --config-settings editable_mode=strict
	$(BIN)/python -m tests.bench.run

cloud-status:
	$(BIN)/python -m tests.localcloud status --dir $(CLOUD_DIR)

# build the services' venv ahead of time (CI caches, slow networks)
cloud-venv: install
	$(BIN)/python -m tests.localcloud venv

# OpenAPI (docs/openapi.md). `openapi` exports every service version to $(OPENAPI_OUT).
# `drift` and `openapi-upstream` read upstream's documents in OPENAPI_DIR: never part of
# `make test` (which needs nothing outside the repository); .ci/run runs them where it exists.
OPENAPI_DIR ?= ../shared/openapi
OPENAPI_OUT ?= build/openapi

openapi: install
	$(BIN)/python -m stacksdk.codegen export-openapi --out $(OPENAPI_OUT)

# every OpenStack service we have that has an upstream document; each difference must be
# fixed or allow-listed (specs/<type>/<version>/_drift.yaml); all services run, then the status
drift: install
	@test -d $(OPENAPI_DIR) || { echo "drift: no directory $(OPENAPI_DIR) (set OPENAPI_DIR)" >&2; exit 2; }
	@status=0; n=0; for svc in specs/*/*/_service.yaml; do \
	  dir=$${svc%/_service.yaml}; dir=$${dir#specs/}; type=$${dir%%/*}; version=$${dir#*/}; \
	  doc=$(OPENAPI_DIR)/$$type.yaml; [ -f "$$doc" ] || continue; n=$$((n+1)); \
	  $(BIN)/python -m stacksdk.codegen drift "$$doc" --service $$type --version $$version || status=1; \
	done; \
	if [ $$n -eq 0 ]; then echo "drift: no document in $(OPENAPI_DIR) matches a service" >&2; exit 1; fi; \
	exit $$status

# the importer over upstream's documents: they lint only on TODO marks, and answered they type-check
openapi-upstream: install
	@test -d $(OPENAPI_DIR) || { echo "openapi-upstream: no directory $(OPENAPI_DIR) (set OPENAPI_DIR)" >&2; exit 2; }
	STACKSDK_UPSTREAM_OPENAPI=$(abspath $(OPENAPI_DIR)) $(BIN)/python -m pytest tests/upstream

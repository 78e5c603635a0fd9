# stacksdk developer commands. Everything runs in ./.venv, created on demand.
#   make demo   - start a local cloud, run examples/quickstart.py against it, stop it
#   make test   - codegen --check, mypy --strict, and the whole pytest suite (real services included)
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
CLOUD_DIR ?= .localcloud/demo
DEMO_SERVICES ?= glance,placement,swift
PIP := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: install generate check typecheck unit test bench demo cloud-start cloud-stop cloud-status cloud-venv clean

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

unit: install
	$(BIN)/python -m pytest tests/unit tests/contract

test: check typecheck
	$(BIN)/python -m pytest

demo: install
	@set -e; trap '$(BIN)/python -m tests.localcloud stop --dir $(CLOUD_DIR)' EXIT; \
	$(BIN)/python -m tests.localcloud start --dir $(CLOUD_DIR) --services $(DEMO_SERVICES); \
	OS_CLIENT_CONFIG_FILE=$(CLOUD_DIR)/clouds.yaml OS_CLOUD=local $(BIN)/python examples/quickstart.py

cloud-start: install
	$(BIN)/python -m tests.localcloud start --dir $(CLOUD_DIR) --services $(DEMO_SERVICES)

cloud-stop:
	$(BIN)/python -m tests.localcloud stop --dir $(CLOUD_DIR)

clean:
	rm -rf build .mypy_cache .pytest_cache $(VENV)

# benchmarks side by side with raw requests and openstacksdk (installed here only); not tests
bench: install
	$(PIP) install -e '.[bench]' --config-settings editable_mode=strict
	$(BIN)/python -m tests.bench.run

cloud-status:
	$(BIN)/python -m tests.localcloud status --dir $(CLOUD_DIR)

# build the services' venv ahead of time (CI caches, slow networks)
cloud-venv: install
	$(BIN)/python -m tests.localcloud venv

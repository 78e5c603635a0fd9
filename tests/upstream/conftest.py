"""Checks over the real upstream OpenAPI documents (``../shared/openapi/``): outside the
default test run, which never needs files outside the repository. They run when
``STACKSDK_UPSTREAM_OPENAPI`` names the folder of documents:

    STACKSDK_UPSTREAM_OPENAPI=../shared/openapi .venv/bin/python -m pytest tests/upstream
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

FOLDER = os.environ.get("STACKSDK_UPSTREAM_OPENAPI", "")

collect_ignore_glob = [] if FOLDER else ["test_*.py"]


@pytest.fixture(scope="session")
def upstream() -> Path:
    folder = Path(FOLDER)
    if not folder.is_dir():
        pytest.fail(f"STACKSDK_UPSTREAM_OPENAPI={FOLDER!r} is not a folder")
    return folder

"""Integration fixtures: one real Keystone per test session, on 127.0.0.1.

The server runs from its own venv (tests/localcloud), in a temp dir, and is
stopped when the session ends, whether tests pass or fail.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import stacksdk.identity.v3 as identity_v3
from stacksdk.runtime import (
    AuthOptions,
    EndpointOpts,
    ProviderClient,
    ServiceClient,
    authenticated_client,
    errors,
)
from tests.integration.helpers import Cleanup, Unique
from tests.localcloud.keystone import Keystone, KeystoneInfo


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/integration/" in item.nodeid.replace("\\", "/") or item.nodeid.startswith("integration/"):
            item.add_marker(pytest.mark.integration)


@pytest.fixture(scope="session")
def keystone(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KeystoneInfo]:
    """The running Keystone and its admin credentials."""
    workdir: Path = tmp_path_factory.mktemp("keystone")
    server = Keystone()  # no token cache: revocation must take effect at once
    try:
        yield server.start(workdir)
    finally:
        server.stop()


def admin_options(info: KeystoneInfo, **overrides: object) -> AuthOptions:
    opts = AuthOptions(
        identity_endpoint=info.auth_url,
        username=info.admin_username,
        password=info.admin_password,
        user_domain_id=info.domain_id,
        project_name=info.admin_project,
        project_domain_id=info.domain_id,
        region_name=info.region,
    )
    for key, value in overrides.items():
        setattr(opts, key, value)
    return opts


@pytest.fixture(scope="session")
def admin_provider(keystone: KeystoneInfo) -> ProviderClient:
    """An admin, project-scoped provider (password auth)."""
    return authenticated_client(admin_options(keystone))


@pytest.fixture(scope="session")
def identity(admin_provider: ProviderClient, keystone: KeystoneInfo) -> ServiceClient:
    """The Identity v3 service client of the admin provider."""
    return identity_v3.new_client(admin_provider, EndpointOpts(region=keystone.region))


@pytest.fixture
def unique() -> Unique:
    """unique("proj") -> "proj-1a2b3c4d": names that never collide across tests."""
    return lambda prefix: f"{prefix}-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def cleanup() -> Iterator[Cleanup]:
    """Register undo steps; they run last-in first-out, even when the test fails.

    A step that finds its object gone already (errors.NotFound) is fine: the test
    may have deleted it itself.
    """
    steps: list[Callable[[], Any]] = []
    yield steps.append
    for step in reversed(steps):
        try:
            step()
        except errors.NotFound:
            pass

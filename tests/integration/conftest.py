"""Integration fixtures: one real local cloud per test session, on 127.0.0.1.

Keystone, Glance, Placement, Swift, Neutron, Nova and Cinder run from their own venv
(tests/localcloud), in a temp dir, and are stopped when the session ends,
whether tests pass or fail.
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
from tests.integration.clouds import cloud_dirs, running, user_options
from tests.integration.helpers import Cleanup, Unique
from tests.localcloud.cloud import CloudInfo, LocalCloud
from tests.localcloud.keystone import KeystoneInfo

#: each running cloud's service log's size when the current test began
_log_sizes: dict[Path, int] = {}
SERVICE_ERROR_LINES = 80


def _service_logs() -> list[Path]:
    return sorted(p for d in cloud_dirs for p in d.glob("*/*.log"))


def pytest_runtest_setup(item: pytest.Item) -> None:
    _log_sizes.clear()
    for path in _service_logs():
        _log_sizes[path] = path.stat().st_size


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    """When a test fails, show what the services logged as errors while it ran (CI keeps
    no cloud directory to look at afterwards)."""
    outcome = yield
    report: pytest.TestReport = outcome.get_result()  # type: ignore[attr-defined]
    if not report.failed:
        return
    found: list[str] = []
    for path in _service_logs():
        with path.open("rb") as f:
            f.seek(_log_sizes.get(path, 0))
            for raw in f:
                line = raw.decode("utf-8", "replace").rstrip()
                if " ERROR " in line or " CRITICAL " in line:
                    found.append(f"{path.parent.name}/{path.name}: {line}")
    if found:
        shown = found[-SERVICE_ERROR_LINES:]
        skipped = (
            f"({len(found) - len(shown)} earlier lines left out)\n"
            if len(found) > len(shown)
            else ""
        )
        report.sections.append(
            ("service errors logged during the test", skipped + "\n".join(shown))
        )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/integration/" in item.nodeid.replace("\\", "/") or item.nodeid.startswith(
            "integration/"
        ):
            item.add_marker(pytest.mark.integration)


#: the core seven (LocalCloud's default); services outside it (tests/localcloud/extra/)
#: run in clouds of their own that the test packages needing them start (clouds.py)
SERVICES = None


@pytest.fixture(scope="session")
def cloud(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CloudInfo]:
    """The running local cloud: endpoints, admin and demo credentials."""
    workdir: Path = tmp_path_factory.mktemp("cloud")
    with LocalCloud(services=SERVICES) as local, running(local, workdir) as info:
        yield info


@pytest.fixture(scope="session")
def keystone(cloud: CloudInfo) -> KeystoneInfo:
    """The cloud's Keystone and its admin credentials."""
    return cloud.keystone


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


@pytest.fixture(scope="session")
def demo_provider(cloud: CloudInfo) -> ProviderClient:
    """A non-admin provider: the demo user, member of the demo project."""
    return authenticated_client(user_options(cloud, "demo"))


@pytest.fixture(scope="session")
def image(admin_provider: ProviderClient) -> ServiceClient:
    """Image v2 (Glance) as admin."""
    import stacksdk.image.v2 as image_v2

    return image_v2.new_client(admin_provider)


@pytest.fixture(scope="session")
def placement(admin_provider: ProviderClient) -> ServiceClient:
    """Placement as admin (microversion negotiated)."""
    import stacksdk.placement.v1 as placement_v1

    return placement_v1.new_client(admin_provider)


@pytest.fixture(scope="session")
def object_store(admin_provider: ProviderClient) -> ServiceClient:
    """Object Storage v1 (Swift): the admin project's account."""
    import stacksdk.object_store.v1 as object_store_v1

    return object_store_v1.new_client(admin_provider)

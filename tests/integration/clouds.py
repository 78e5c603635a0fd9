"""Local clouds for the integration tests: the session-wide one (the core seven, see
conftest.py) and small ones that a test package starts for the services it needs.

A package whose service is not in the core set starts Keystone plus that service,
shares it across its modules and stops it when its last test ends::

    # tests/integration/key_manager/conftest.py
    @pytest.fixture(scope="package")
    def km_cloud(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CloudInfo]:
        with service_cloud(tmp_path_factory, "barbican") as info:
            yield info

    @pytest.fixture(scope="package")
    def key_manager(km_cloud: CloudInfo) -> ServiceClient:
        return key_manager_v1.new_client(provider_for(km_cloud))
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from stacksdk.runtime import AuthOptions, ProviderClient, authenticated_client
from tests.localcloud.cloud import CloudInfo, LocalCloud

cloud_dirs: list[Path] = []
"""Directories of the clouds running now: conftest.py shows their services' logged
errors in a failed test's report."""


@contextmanager
def running(local: LocalCloud, workdir: Path) -> Iterator[CloudInfo]:
    info = local.start(workdir)
    cloud_dirs.append(info.workdir)
    try:
        yield info
    finally:
        cloud_dirs.remove(info.workdir)


@contextmanager
def service_cloud(tmp_path_factory: pytest.TempPathFactory, *services: str) -> Iterator[CloudInfo]:
    """Keystone plus ``services`` (names of tests/localcloud), in a new temp dir;
    every process is stopped on exit, whether the tests passed or not."""
    workdir = tmp_path_factory.mktemp("cloud-" + "-".join(services))
    with LocalCloud(services=services) as local, running(local, workdir) as info:
        yield info


def user_options(cloud: CloudInfo, user: str = "admin") -> AuthOptions:
    """Project-scoped password options for the cloud's "admin" or "demo" user."""
    c = cloud.credentials(user)
    return AuthOptions(
        identity_endpoint=cloud.auth_url,
        username=c.username,
        password=c.password,
        user_domain_id=c.user_domain_id,
        project_name=c.project_name,
        project_domain_id=c.project_domain_id,
        region_name=cloud.region,
    )


def provider_for(cloud: CloudInfo, user: str = "admin") -> ProviderClient:
    """An authenticated provider for the cloud's "admin" or "demo" user."""
    return authenticated_client(user_options(cloud, user))

"""Instance HA v1 (Masakari) tests: one cloud of Keystone, Nova and Masakari for the package.

Masakari checks each host it registers against Nova's os-services API (a nova-compute
service of that host name must exist), so Nova runs too. Nova has no compute service
here: ``compute_host`` records one in Nova's cell database, as a starting nova-compute
would (the row carries Nova's current service version, copied from the API's own row).
The row is an hour old, so Nova reports the service down: disabling an "up" compute
service makes Nova call the compute over RPC, which nothing answers here.
Masakari's engine runs inside the API process (tests/localcloud/extra/_masakari_wsgi.py),
so notifications really are processed: host recoveries call the real Nova API.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable, Iterator

import pytest

import stacksdk.instance_ha.v1 as instance_ha_v1
from stacksdk.runtime import ServiceClient
from tests.integration.clouds import provider_for, service_cloud
from tests.localcloud.cloud import CloudInfo

ComputeHost = Callable[[str], str]


@pytest.fixture(scope="package")
def ha_cloud(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CloudInfo]:
    with service_cloud(tmp_path_factory, "nova", "masakari") as info:
        yield info


@pytest.fixture(scope="package")
def ha(ha_cloud: CloudInfo) -> ServiceClient:
    """Instance HA v1 as admin (microversion negotiated: 1.3)."""
    return instance_ha_v1.new_client(provider_for(ha_cloud))


@pytest.fixture(scope="package")
def demo_ha(ha_cloud: CloudInfo) -> ServiceClient:
    """Instance HA v1 as the non-admin demo user."""
    return instance_ha_v1.new_client(provider_for(ha_cloud, "demo"))


@pytest.fixture(scope="package")
def compute_host(ha_cloud: CloudInfo) -> ComputeHost:
    """compute_host("name") -> name, once Nova lists a nova-compute service on that host."""
    db = ha_cloud.workdir / "nova" / "nova_cell1.db"

    def add(name: str) -> str:
        con = sqlite3.connect(db, timeout=30)
        try:
            with con:
                con.execute(
                    "INSERT INTO services (created_at, host, binary, topic, report_count,"
                    " disabled, deleted, forced_down, version, uuid)"
                    " SELECT datetime('now', '-1 hour'), ?, 'nova-compute', 'compute', 0, 0, 0, 0,"
                    " max(version), ? FROM services",
                    (name, str(uuid.uuid4())),
                )
        finally:
            con.close()
        return name

    return add

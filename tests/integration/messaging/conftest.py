"""Messaging v2 (Zaqar) tests: one cloud of Keystone, Swift and Zaqar for the package.

Zaqar keeps messages in Swift (its only message store that needs no other server) and
runs with storage pooling, so nothing works before a pool is registered: the package
registers the local Swift as pool "swift" through the API (as an operator would), with
the URI the local cloud configured (tests/localcloud/extra/zaqar.py).
"""

from __future__ import annotations

import configparser
import uuid
from collections.abc import Iterator

import pytest

import stacksdk.messaging.v2 as messaging_v2
from stacksdk.messaging.v2 import pools
from stacksdk.runtime import ServiceClient
from tests.integration.clouds import provider_for, service_cloud
from tests.localcloud.cloud import CloudInfo

CLIENT_ID = str(uuid.uuid4())
"""The Client-ID this package's requests send."""

POOL = "swift"


@pytest.fixture(scope="package")
def zaqar_cloud(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CloudInfo]:
    with service_cloud(tmp_path_factory, "swift", "zaqar") as info:
        yield info


@pytest.fixture(scope="package")
def swift_pool_uri(zaqar_cloud: CloudInfo) -> str:
    conf = configparser.ConfigParser(interpolation=None)
    conf.read(zaqar_cloud.workdir / "zaqar" / "zaqar.conf")
    return conf["drivers:message_store:swift"]["uri"]


@pytest.fixture(scope="package")
def zaqar(zaqar_cloud: CloudInfo, swift_pool_uri: str) -> ServiceClient:
    """Messaging v2 as admin, with the Swift pool registered."""
    client = messaging_v2.new_client(provider_for(zaqar_cloud))
    pools.create(
        client, POOL, pools.CreateOpts(client_id=CLIENT_ID, uri=swift_pool_uri, weight=100)
    )
    return client


@pytest.fixture(scope="package")
def demo_zaqar(zaqar: ServiceClient, zaqar_cloud: CloudInfo) -> ServiceClient:
    """Messaging v2 as the non-admin demo user (the pool exists)."""
    return messaging_v2.new_client(provider_for(zaqar_cloud, "demo"))

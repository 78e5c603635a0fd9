"""One Keystone + Barbican cloud for the key-manager tests (started once for the package).

Clients pin microversion 1.2 (Barbican's newest): its version document names a
microversion range only to requests that already send one, so negotiation would
settle on 1.0 (see the service spec's doc); ``v10`` is a 1.0 client for the
tests of the older behaviour.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import stacksdk.key_manager.v1 as key_manager_v1
from stacksdk.runtime import ProviderClient, ServiceClient
from tests.integration.clouds import provider_for, service_cloud
from tests.localcloud.cloud import CloudInfo

MICROVERSION = "1.2"


@pytest.fixture(scope="package")
def km_cloud(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CloudInfo]:
    with service_cloud(tmp_path_factory, "barbican") as info:
        yield info


@pytest.fixture(scope="package")
def admin_provider(km_cloud: CloudInfo) -> ProviderClient:
    return provider_for(km_cloud)


@pytest.fixture(scope="package")
def km(admin_provider: ProviderClient) -> ServiceClient:
    """The admin user (role admin on project admin), at microversion 1.2."""
    client = key_manager_v1.new_client(admin_provider)
    client.microversion = MICROVERSION
    return client


@pytest.fixture(scope="package")
def v10(admin_provider: ProviderClient) -> ServiceClient:
    """The admin user without a microversion set (what negotiation gives: 1.0)."""
    return key_manager_v1.new_client(admin_provider)


@pytest.fixture(scope="package")
def demo_km(km_cloud: CloudInfo) -> ServiceClient:
    """The demo user (role member on project demo), at microversion 1.2."""
    client = key_manager_v1.new_client(provider_for(km_cloud, "demo"))
    client.microversion = MICROVERSION
    return client


def secret_id(ref: str) -> str:
    """The UUID at the end of a Barbican reference (secret_ref, container_ref, ...)."""
    return ref.rstrip("/").rsplit("/", 1)[1]

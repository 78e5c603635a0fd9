"""Fixtures shared by the Networking v2.0 (Neutron) tests."""

from __future__ import annotations

import pytest

import stacksdk.network.v2 as network_v2
from stacksdk.runtime import ProviderClient, ServiceClient


@pytest.fixture(scope="session")
def network(admin_provider: ProviderClient) -> ServiceClient:
    """Networking v2.0 (Neutron) as admin."""
    return network_v2.new_client(admin_provider)


@pytest.fixture(scope="session")
def demo_network(demo_provider: ProviderClient) -> ServiceClient:
    """Networking v2.0 as the non-admin demo user."""
    return network_v2.new_client(demo_provider)

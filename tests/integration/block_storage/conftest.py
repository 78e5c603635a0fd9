"""Fixtures shared by the Block Storage v3 (Cinder) tests."""

from __future__ import annotations

import pytest

import stacksdk.block_storage.v3 as block_storage_v3
from stacksdk.runtime import ProviderClient, ServiceClient


@pytest.fixture(scope="session")
def volume(admin_provider: ProviderClient) -> ServiceClient:
    """Block Storage v3 (Cinder) as admin (microversion negotiated)."""
    return block_storage_v3.new_client(admin_provider)


@pytest.fixture(scope="session")
def demo_volume(demo_provider: ProviderClient) -> ServiceClient:
    """Block Storage v3 as the non-admin demo user."""
    return block_storage_v3.new_client(demo_provider)

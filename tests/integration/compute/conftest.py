"""Fixtures shared by the Compute v2.1 (Nova) tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import stacksdk.compute.v2 as compute_v2
from stacksdk.compute.v2 import flavors
from stacksdk.runtime import ProviderClient, ServiceClient
from tests.integration.helpers import Cleanup, Unique

MakeFlavor = Callable[..., flavors.Flavor]


@pytest.fixture(scope="session")
def compute(admin_provider: ProviderClient) -> ServiceClient:
    """Compute v2.1 (Nova) as admin (microversion negotiated)."""
    return compute_v2.new_client(admin_provider)


@pytest.fixture(scope="session")
def demo_compute(demo_provider: ProviderClient) -> ServiceClient:
    """Compute v2.1 as the non-admin demo user."""
    return compute_v2.new_client(demo_provider)


@pytest.fixture
def make_flavor(compute: ServiceClient, unique: Unique, cleanup: Cleanup) -> MakeFlavor:
    """make_flavor(**create_opts) -> a new flavor (64 MiB, 1 vCPU, no disk unless given),
    deleted at teardown. ``microversion=`` is passed to create."""

    def make(microversion: str | None = None, **kwargs: Any) -> flavors.Flavor:
        kwargs.setdefault("name", unique("flv"))
        kwargs.setdefault("ram", 64)
        kwargs.setdefault("vcpus", 1)
        kwargs.setdefault("disk", 0)
        created = flavors.create(
            compute, flavors.CreateOpts(**kwargs), microversion=microversion
        ).extract()
        flavor_id = created.id
        cleanup(lambda: flavors.delete(compute, flavor_id))
        return created

    return make

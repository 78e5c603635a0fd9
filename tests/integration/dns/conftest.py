"""DNS v2 (Designate): Keystone, Designate and Neutron, started once for this package.

Designate's central, worker, mdns and producer run inside its API process
(tests/localcloud/extra/designate.py), so zones and record sets really go PENDING ->
ACTIVE. Neutron is there for the floating IPs whose PTR records Designate manages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

import stacksdk.dns.v2 as dns_v2
import stacksdk.identity.v3 as identity_v3
import stacksdk.network.v2 as network_v2
from stacksdk.dns.v2 import zones
from stacksdk.identity.v3 import projects
from stacksdk.runtime import ServiceClient
from tests.integration.clouds import provider_for, service_cloud
from tests.integration.helpers import Cleanup, Unique
from tests.localcloud.cloud import CloudInfo

#: zone and record set changes take about a second here (the worker polls mdns)
WAIT_S = 60.0
POLL_S = 0.2

MakeZone = Callable[..., zones.Zone]


@pytest.fixture(scope="package")
def dns_cloud(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CloudInfo]:
    with service_cloud(tmp_path_factory, "designate", "neutron") as info:
        yield info


@pytest.fixture(scope="package")
def dns(dns_cloud: CloudInfo) -> ServiceClient:
    """Admin on project admin."""
    return dns_v2.new_client(provider_for(dns_cloud))


@pytest.fixture(scope="package")
def demo_dns(dns_cloud: CloudInfo) -> ServiceClient:
    """User demo (role member) on project demo."""
    return dns_v2.new_client(provider_for(dns_cloud, "demo"))


@pytest.fixture(scope="package")
def network(dns_cloud: CloudInfo) -> ServiceClient:
    """Neutron, as admin."""
    return network_v2.new_client(provider_for(dns_cloud))


@pytest.fixture(scope="package")
def project_ids(dns_cloud: CloudInfo) -> dict[str, str]:
    """Project name -> id, for admin and demo."""
    identity = identity_v3.new_client(provider_for(dns_cloud))
    return {p.name: p.id for p in projects.list(identity) if p.name in ("admin", "demo")}


def zone_name(unique: Unique, prefix: str = "z") -> str:
    return f"{unique(prefix)}.example.org."


@pytest.fixture
def make_zone(dns: ServiceClient, unique: Unique, cleanup: Cleanup) -> MakeZone:
    """make_zone(client=dns, **create_opts) -> an ACTIVE zone, deleted at teardown."""

    def make(client: ServiceClient | None = None, **kwargs: Any) -> zones.Zone:
        client = client or dns
        kwargs.setdefault("name", zone_name(unique))
        kwargs.setdefault("email", "hostmaster@example.org")
        created = zones.create(client, zones.CreateOpts(**kwargs)).extract()
        cleanup(lambda: zones.delete(dns, created.id, zones.DeleteOpts(all_projects=True)))
        return zones.wait_for_status(client, created.id, "ACTIVE", timeout=WAIT_S, interval=POLL_S)

    return make

"""Helpers of the Neutron add-on tests (test_addons_*.py).

The local Neutron loads the add-ons' service plugins (firewall_v2, vpnaas, bgpvpn,
flow_classifier, sfc, taas, tapmirror, bgp) with drivers that need no agent to keep their
state (tests/localcloud/services.py: Neutron); no agent ever runs, so statuses that an
agent would move stay where the API server leaves them.
"""

from __future__ import annotations

from typing import Any

import pytest

from stacksdk.network.v2 import extensions, networks, ports, routers, subnets
from stacksdk.runtime import ServiceClient
from tests.integration.helpers import Cleanup


def loaded_aliases(network: ServiceClient) -> set[str]:
    """The aliases of the extensions the local Neutron loads."""
    return {e.alias for e in extensions.extract_extensions(extensions.list(network).all_pages())}


def need(loaded: set[str], *aliases: str) -> None:
    missing = [a for a in aliases if a not in loaded]
    if missing:
        pytest.skip(
            f"the local Neutron does not load the {', '.join(missing)} extension(s) (GET /v2.0/extensions)"
        )


def make_network(client: ServiceClient, name: str, cleanup: Cleanup, external: bool = False) -> str:
    opts = networks.CreateOpts(name=name, router_external=True) if external else None
    net = networks.create(client, opts or networks.CreateOpts(name=name)).extract()
    cleanup(lambda: networks.delete(client, net.id))
    return net.id


def make_subnet(client: ServiceClient, network_id: str, cidr: str, cleanup: Cleanup) -> str:
    opts = subnets.CreateOpts(network_id=network_id, cidr=cidr, ip_version=4)
    sub = subnets.create(client, opts).extract()
    cleanup(lambda: subnets.delete(client, sub.id))
    return sub.id


def make_port(client: ServiceClient, network_id: str, name: str, cleanup: Cleanup) -> str:
    port = ports.create(client, ports.CreateOpts(network_id=network_id, name=name)).extract()
    cleanup(lambda: ports.delete(client, port.id))
    return port.id


def make_router(client: ServiceClient, name: str, cleanup: Cleanup, **kw: Any) -> str:
    router = routers.create(client, routers.CreateOpts(name=name, **kw)).extract()
    cleanup(lambda: routers.delete(client, router.id))
    return router.id


def paged_ids(pager: Any) -> list[list[str]]:
    """The ids of each page of a listing (fetched one page at a time)."""
    return [[item["id"] for item in page.items] for page in pager.pages()]

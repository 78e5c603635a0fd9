"""Sparse field selection (``fields=``) against the real Neutron.

Neutron answers only the attributes asked for, even without ``id``: every model
decodes such items (the fields left out are ``UNSET``), ``to_dict()`` gives back
exactly what was sent, and paging still works. (Nova, Cinder, Keystone, Glance and
Placement offer no such selection: Neutron is the one service here that does.)
"""

from __future__ import annotations

import pytest

from stacksdk.network.v2 import networks, subnets
from stacksdk.runtime import UNSET, ServiceClient
from tests.integration.helpers import Cleanup, Unique


@pytest.fixture
def three(network: ServiceClient, unique: Unique, cleanup: Cleanup) -> tuple[str, list[str]]:
    """Three networks sharing one fresh name (Neutron allows that); their ids."""
    name = unique("sparse")
    ids = []
    for _ in range(3):
        net = networks.create(network, networks.CreateOpts(name=name)).extract()
        cleanup(lambda net_id=net.id: networks.delete(network, net_id))
        ids.append(net.id)
    return name, ids


def test_a_listing_of_names_only_decodes(
    network: ServiceClient, three: tuple[str, list[str]]
) -> None:
    name, _ = three
    got = list(networks.list(network, networks.ListOpts(name=name, fields=["name"])))
    assert len(got) == 3
    for net in got:
        assert net.name == name and net.id is UNSET and net.status is UNSET
        assert not net.invalid
        assert net.to_dict() == {"name": name}


def test_sparse_pages_are_followed_to_the_end(
    network: ServiceClient, three: tuple[str, list[str]]
) -> None:
    name, ids = three
    pager = networks.list(network, networks.ListOpts(name=name, fields=["name", "id"], limit=2))
    got = list(pager)
    assert sorted(n.id for n in got) == sorted(ids)
    assert all(n.to_dict() == {"name": name, "id": n.id} for n in got)
    # without "id" among the fields the marker comes from Neutron's next link
    names = list(networks.list(network, networks.ListOpts(name=name, fields=["name"], limit=2)))
    assert [n.name for n in names] == [name] * 3


def test_other_resources_decode_sparse_items_too(
    network: ServiceClient, three: tuple[str, list[str]], cleanup: Cleanup, unique: Unique
) -> None:
    _, ids = three
    sub = subnets.create(
        network,
        subnets.CreateOpts(
            network_id=ids[0], ip_version=4, cidr="10.231.7.0/24", name=unique("sub")
        ),
    ).extract()
    cleanup(lambda: subnets.delete(network, sub.id))
    (only,) = subnets.list(network, subnets.ListOpts(network_id=ids[0], fields=["cidr"]))
    assert only.cidr == "10.231.7.0/24" and only.id is UNSET and only.network_id is UNSET

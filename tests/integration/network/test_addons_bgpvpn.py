"""BGPVPN (networking-bgpvpn) against the local Neutron: BGP VPNs and their network and
router associations. The Dummy driver (driver_api.BGPVPNDriver) keeps everything in the
database; no BGP speaker runs.

The local Neutron loads no route control (bgpvpn-routes-control: port associations with
routes, local_pref, advertise_extra_routes), whose driver would break the local_ip plugin:
both register a sub-collection named port_associations, Neutron keeps one attribute map
and one route per collection name, and then /bgpvpn/bgpvpns/{id}/port_associations is a
404 while local_ip's port associations are validated against BGPVPN's attributes. The
route control parts skip (naming the extension); the contract samples check their specs."""

from __future__ import annotations

import pytest

from stacksdk.network.v2 import (
    bgpvpn_network_associations,
    bgpvpn_port_associations,
    bgpvpn_router_associations,
    bgpvpns,
)
from stacksdk.runtime import ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique
from tests.integration.network.addons import (
    loaded_aliases,
    make_network,
    make_port,
    make_router,
    make_subnet,
    need,
    paged_ids,
)


@pytest.fixture(scope="module", autouse=True)
def bgpvpn(network: ServiceClient) -> None:
    need(loaded_aliases(network), "bgpvpn")


@pytest.fixture(scope="module")
def loaded(network: ServiceClient) -> set[str]:
    return loaded_aliases(network)


def make_bgpvpn(network: ServiceClient, name: str, cleanup: Cleanup, **kw: object) -> str:
    vpn = bgpvpns.create(network, bgpvpns.CreateOpts(name=name, **kw)).extract()  # type: ignore[arg-type]
    cleanup(lambda: bgpvpns.delete(network, vpn.id))
    return vpn.id


def test_bgpvpn_crud_and_paging(
    network: ServiceClient, loaded: set[str], unique: Unique, cleanup: Cleanup
) -> None:
    name = unique("bgpvpn")
    vpn = bgpvpns.create(
        network,
        bgpvpns.CreateOpts(name=name, route_targets=["64512:1444"], import_targets=["64512:1555"]),
    ).extract()
    cleanup(lambda: bgpvpns.delete(network, vpn.id))
    assert vpn.type == "l3" and vpn.route_targets == ["64512:1444"]
    assert vpn.import_targets == ["64512:1555"] and vpn.export_targets == []
    assert (vpn.networks, vpn.routers) == ([], [])  # ports: with route control only
    assert bgpvpns.find(network, name).id == vpn.id
    changed = bgpvpns.update(
        network, vpn.id, bgpvpns.UpdateOpts(name=name + "x", export_targets=["64512:1666"])
    ).extract()
    assert changed.name == name + "x" and changed.export_targets == ["64512:1666"]
    if "bgpvpn-routes-control" in loaded:
        pref = bgpvpns.update(network, vpn.id, bgpvpns.UpdateOpts(local_pref=100)).extract()
        assert pref.local_pref == 100
    else:
        with pytest.raises(errors.BadRequest):  # local_pref is route control's
            bgpvpns.update(network, vpn.id, bgpvpns.UpdateOpts(local_pref=100))

    l2 = make_bgpvpn(network, unique("bgpvpn-l2"), cleanup, type="l2")
    listed = bgpvpns.list(network, bgpvpns.ListOpts(type="l2"))
    assert l2 in {v.id for v in listed} and vpn.id not in {v.id for v in listed}
    pages = paged_ids(bgpvpns.list(network, bgpvpns.ListOpts(limit=1)))
    seen = [i for p in pages for i in p]
    assert all(len(p) <= 1 for p in pages) and {vpn.id, l2} <= set(seen)
    assert len(seen) == len(set(seen))

    with pytest.raises(errors.BadRequest):  # not ASN:N or IP:N
        bgpvpns.create(network, bgpvpns.CreateOpts(route_targets=["nonsense"]))
    bgpvpns.delete(network, vpn.id)
    with pytest.raises(errors.NotFound):
        bgpvpns.get(network, vpn.id)


def test_bgpvpn_associations(
    network: ServiceClient, loaded: set[str], unique: Unique, cleanup: Cleanup
) -> None:
    vpn = make_bgpvpn(network, unique("assoc"), cleanup, route_targets=["64512:7"])
    net = make_network(network, unique("bv-net"), cleanup)
    make_subnet(network, net, "10.72.0.0/24", cleanup)
    router = make_router(network, unique("bv-router"), cleanup)

    na = bgpvpn_network_associations.create(
        network, vpn, bgpvpn_network_associations.CreateOpts(network_id=net)
    ).extract()
    cleanup(lambda: bgpvpn_network_associations.delete(network, vpn, na.id))
    assert na.network_id == net
    with pytest.raises(errors.BadRequest, match="already associated"):
        bgpvpn_network_associations.create(
            network, vpn, bgpvpn_network_associations.CreateOpts(network_id=net)
        )
    got = bgpvpn_network_associations.get(network, vpn, na.id).extract()
    assert got.id == na.id and got.project_id == na.project_id
    assert [a.id for a in bgpvpn_network_associations.list(network, vpn)] == [na.id]

    ra = bgpvpn_router_associations.create(
        network, vpn, bgpvpn_router_associations.CreateOpts(router_id=router)
    ).extract()
    cleanup(lambda: bgpvpn_router_associations.delete(network, vpn, ra.id))
    assert ra.router_id == router
    assert [a.id for a in bgpvpn_router_associations.list(network, vpn)] == [ra.id]
    if "bgpvpn-routes-control" in loaded:
        assert ra.advertise_extra_routes is True
        ra2 = bgpvpn_router_associations.update(
            network, vpn, ra.id,
            bgpvpn_router_associations.UpdateOpts(advertise_extra_routes=False),
        ).extract()  # fmt: skip
        assert ra2.advertise_extra_routes is False

    shown = bgpvpns.get(network, vpn).extract()
    assert (shown.networks, shown.routers) == ([net], [router])
    bgpvpn_router_associations.delete(network, vpn, ra.id)
    bgpvpn_network_associations.delete(network, vpn, na.id)
    with pytest.raises(errors.NotFound):
        bgpvpn_network_associations.get(network, vpn, na.id)
    with pytest.raises(errors.NotFound):
        bgpvpn_router_associations.get(network, vpn, ra.id)
    assert bgpvpns.get(network, vpn).extract().networks == []


def test_bgpvpn_port_associations(
    network: ServiceClient, loaded: set[str], unique: Unique, cleanup: Cleanup
) -> None:
    need(loaded, "bgpvpn-routes-control")  # see the module doc
    vpn = make_bgpvpn(network, unique("passoc"), cleanup, route_targets=["64512:9"])
    other = make_bgpvpn(network, unique("passoc-other"), cleanup, route_targets=["64512:10"])
    net = make_network(network, unique("bvp-net"), cleanup)
    make_subnet(network, net, "10.73.0.0/24", cleanup)
    port = make_port(network, net, unique("bvp-port"), cleanup)
    routes = [
        bgpvpn_port_associations.PortRoute(type="prefix", prefix="20.1.0.0/16", local_pref=50),
        bgpvpn_port_associations.PortRoute(type="bgpvpn", bgpvpn_id=other),
    ]
    pa = bgpvpn_port_associations.create(
        network, vpn, bgpvpn_port_associations.CreateOpts(port_id=port, routes=routes)
    ).extract()
    cleanup(lambda: bgpvpn_port_associations.delete(network, vpn, pa.id))
    assert pa.port_id == port and pa.advertise_fixed_ips is True
    got_routes = {(r.type, r.prefix or r.bgpvpn_id, r.local_pref) for r in pa.routes or []}
    assert got_routes == {("prefix", "20.1.0.0/16", 50), ("bgpvpn", other, None)}
    pa2 = bgpvpn_port_associations.update(
        network, vpn, pa.id,
        bgpvpn_port_associations.UpdateOpts(
            advertise_fixed_ips=False,
            routes=[bgpvpn_port_associations.PortRoute(type="prefix", prefix="20.2.0.0/16")],
        ),
    ).extract()  # fmt: skip
    assert pa2.advertise_fixed_ips is False
    assert [(r.type, r.prefix) for r in pa2.routes or []] == [("prefix", "20.2.0.0/16")]
    listed = bgpvpn_port_associations.list(
        network, vpn, bgpvpn_port_associations.ListOpts(port_id=port)
    )
    assert [a.id for a in listed] == [pa.id]

    assert bgpvpns.get(network, vpn).extract().ports == [port]

    with pytest.raises(errors.BadRequest):  # a prefix route needs a CIDR
        bgpvpn_port_associations.update(
            network, vpn, pa.id,
            bgpvpn_port_associations.UpdateOpts(
                routes=[bgpvpn_port_associations.PortRoute(type="prefix", prefix="x")]
            ),
        )  # fmt: skip
    bgpvpn_port_associations.delete(network, vpn, pa.id)
    with pytest.raises(errors.NotFound):
        bgpvpn_port_associations.get(network, vpn, pa.id)

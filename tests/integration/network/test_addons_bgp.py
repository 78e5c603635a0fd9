"""BGP dynamic routing (neutron-dynamic-routing) against the local Neutron: BGP peers and
speakers, with their peers, gateway networks and advertised routes. No BGP dynamic routing
agent (dragent) runs: the plugin keeps the state and computes the routes; scheduling a
speaker on an agent finds none."""

from __future__ import annotations

import pytest

from stacksdk.network.v2 import (
    address_scopes,
    bgp_peers,
    bgp_speakers,
    routers,
    subnet_pools,
    subnets,
)
from stacksdk.runtime import ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique
from tests.integration.network.addons import (
    loaded_aliases,
    make_network,
    make_router,
    make_subnet,
    need,
    paged_ids,
)

NO_AGENT = "00000000-0000-0000-0000-000000000000"


@pytest.fixture(scope="module", autouse=True)
def bgp(network: ServiceClient) -> None:
    need(loaded_aliases(network), "bgp", "bgp_4byte_asn", "bgp_dragent_scheduler")


def make_peer(network: ServiceClient, name: str, ip: str, cleanup: Cleanup) -> str:
    peer = bgp_peers.create(
        network, bgp_peers.CreateOpts(name=name, peer_ip=ip, remote_as=65010, auth_type="none")
    ).extract()
    cleanup(lambda: bgp_peers.delete(network, peer.id))
    return peer.id


def test_bgp_peer_crud_and_paging(network: ServiceClient, unique: Unique, cleanup: Cleanup) -> None:
    name = unique("peer")
    peer = bgp_peers.create(
        network,
        bgp_peers.CreateOpts(
            name=name, peer_ip="192.0.2.10", remote_as=4200000001, auth_type="md5",
            password="not-shown",
        ),
    ).extract()  # fmt: skip
    cleanup(lambda: bgp_peers.delete(network, peer.id))
    assert (peer.peer_ip, peer.remote_as, peer.auth_type) == ("192.0.2.10", 4200000001, "md5")
    assert not peer.password  # never shown
    assert bgp_peers.find(network, name).id == peer.id
    renamed = bgp_peers.update(network, peer.id, bgp_peers.UpdateOpts(name=name + "x")).extract()
    assert renamed.name == name + "x"
    with pytest.raises(errors.BadRequest):  # md5 needs a password
        bgp_peers.create(
            network,
            bgp_peers.CreateOpts(peer_ip="192.0.2.11", remote_as=65000, auth_type="md5"),
        )
    with pytest.raises(errors.BadRequest):
        bgp_peers.create(
            network,
            bgp_peers.CreateOpts(peer_ip="not-an-ip", remote_as=65000, auth_type="none"),
        )
    more = [make_peer(network, unique("peer-page"), f"192.0.2.{20 + i}", cleanup) for i in range(2)]
    pages = paged_ids(bgp_peers.list(network, bgp_peers.ListOpts(limit=2)))
    seen = [i for p in pages for i in p]
    assert all(len(p) <= 2 for p in pages) and len(pages) >= 2
    assert {peer.id, *more} <= set(seen) and len(seen) == len(set(seen))
    bgp_peers.delete(network, peer.id)
    with pytest.raises(errors.NotFound):
        bgp_peers.get(network, peer.id)


def test_bgp_speaker_peers_networks_and_routes(
    network: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    name = unique("speaker")
    speaker = bgp_speakers.create(
        network, bgp_speakers.CreateOpts(name=name, local_as=65001, ip_version=4)
    ).extract()
    cleanup(lambda: bgp_speakers.delete(network, speaker.id))
    assert (speaker.local_as, speaker.ip_version) == (65001, 4)
    assert speaker.advertise_tenant_networks is True and speaker.peers == []
    assert bgp_speakers.find(network, name).id == speaker.id
    changed = bgp_speakers.update(
        network, speaker.id, bgp_speakers.UpdateOpts(advertise_floating_ip_host_routes=False)
    ).extract()
    assert changed.advertise_floating_ip_host_routes is False

    peer = make_peer(network, unique("sp-peer"), "192.0.2.30", cleanup)
    added = bgp_speakers.add_bgp_peer(
        network, speaker.id, bgp_speakers.AddBgpPeerOpts(bgp_peer_id=peer)
    ).extract()
    assert added.bgp_peer_id == peer
    assert bgp_speakers.get(network, speaker.id).extract().peers == [peer]

    # a gateway network: an external network whose routers route tenant networks; only
    # subnets in the gateway subnet's address scope are advertised
    scope = address_scopes.create(
        network, address_scopes.CreateOpts(name=unique("bgp-scope"), ip_version=4)
    ).extract()
    cleanup(lambda: address_scopes.delete(network, scope.id))
    pool = subnet_pools.create(
        network,
        subnet_pools.CreateOpts(
            name=unique("bgp-pool"), prefixes=["172.30.9.0/24", "10.76.0.0/16"],
            address_scope_id=scope.id,
        ),
    ).extract()  # fmt: skip
    cleanup(lambda: subnet_pools.delete(network, pool.id))

    def pooled_subnet(net: str, cidr: str) -> str:
        sub = subnets.create(
            network,
            subnets.CreateOpts(network_id=net, ip_version=4, cidr=cidr, subnetpool_id=pool.id),
        ).extract()
        cleanup(lambda: subnets.delete(network, sub.id))
        return sub.id

    ext = make_network(network, unique("bgp-ext"), cleanup, external=True)
    pooled_subnet(ext, "172.30.9.0/24")
    inner = make_network(network, unique("bgp-in"), cleanup)
    inner_subnet = pooled_subnet(inner, "10.76.0.0/24")
    outside = make_network(network, unique("bgp-out"), cleanup)
    outside_subnet = make_subnet(network, outside, "10.77.0.0/24", cleanup)  # no scope
    router = make_router(
        network, unique("bgp-r"), cleanup,
        external_gateway_info=routers.ExternalGatewayInfo(network_id=ext),
    )  # fmt: skip
    routers.add_router_interface(
        network, router, routers.AddRouterInterfaceOpts(subnet_id=inner_subnet)
    )
    cleanup(
        lambda: routers.remove_router_interface(
            network, router, routers.AddRouterInterfaceOpts(subnet_id=inner_subnet)
        )
    )
    routers.add_router_interface(
        network, router, routers.AddRouterInterfaceOpts(subnet_id=outside_subnet)
    )
    cleanup(
        lambda: routers.remove_router_interface(
            network, router, routers.AddRouterInterfaceOpts(subnet_id=outside_subnet)
        )
    )
    gw = bgp_speakers.add_gateway_network(
        network, speaker.id, bgp_speakers.AddGatewayNetworkOpts(network_id=ext)
    ).extract()
    assert gw.network_id == ext
    assert bgp_speakers.get(network, speaker.id).extract().networks == [ext]
    routes = bgp_speakers.get_advertised_routes(network, speaker.id).extract()
    assert [r.destination for r in routes] == ["10.76.0.0/24"]  # not 10.77.0.0/24
    assert routes[0].next_hop and routes[0].next_hop.startswith("172.30.9.")

    assert bgp_speakers.list_dragents(network, speaker.id).extract() == []  # no agent runs
    with pytest.raises(errors.NotFound):
        bgp_speakers.add_to_dragent(
            network, NO_AGENT, bgp_speakers.AddToDragentOpts(bgp_speaker_id=speaker.id)
        )
    with pytest.raises(errors.NotFound):
        bgp_speakers.list_on_dragent(network, NO_AGENT)

    gone = bgp_speakers.remove_gateway_network(
        network, speaker.id, bgp_speakers.AddGatewayNetworkOpts(network_id=ext)
    ).extract()
    assert gone.network_id == ext
    assert bgp_speakers.get_advertised_routes(network, speaker.id).extract() == []
    bgp_speakers.remove_bgp_peer(network, speaker.id, bgp_speakers.AddBgpPeerOpts(bgp_peer_id=peer))
    assert bgp_speakers.get(network, speaker.id).extract().peers == []
    with pytest.raises(errors.NotFound):  # not a peer of it any more
        bgp_speakers.remove_bgp_peer(
            network, speaker.id, bgp_speakers.AddBgpPeerOpts(bgp_peer_id=peer)
        )
    listed = bgp_speakers.list(network, bgp_speakers.ListOpts(name=name, limit=1))
    assert [s.id for s in listed] == [speaker.id]
    bgp_speakers.delete(network, speaker.id)
    with pytest.raises(errors.NotFound):
        bgp_speakers.get(network, speaker.id)


def test_bgp_speaker_errors(network: ServiceClient, unique: Unique) -> None:
    with pytest.raises(errors.BadRequest):  # 4-byte AS numbers stop at 4294967295
        bgp_speakers.create(network, bgp_speakers.CreateOpts(local_as=4294967296, ip_version=4))
    with pytest.raises(errors.BadRequest):
        bgp_speakers.create(network, bgp_speakers.CreateOpts(local_as=65000, ip_version=5))
    with pytest.raises(errors.NotFound):
        bgp_speakers.add_bgp_peer(
            network, NO_AGENT, bgp_speakers.AddBgpPeerOpts(bgp_peer_id=NO_AGENT)
        )

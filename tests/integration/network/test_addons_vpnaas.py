"""VPNaaS (neutron-vpnaas) against the local Neutron: IKE and IPsec policies, endpoint
groups, VPN services and IPsec site connections. The ipsec driver casts to VPN agents
that never run: services and connections stay PENDING_CREATE.

neutron-vpnaas 29 dropped sha1 and 3des from its database enums but does not load the
vpn-no-sha1-3des extension, so the API still defaults auth_algorithm to sha1 and a policy
stored that way cannot be read back (every listing of them fails with 500): every policy
here names its auth_algorithm (SHA256)."""

from __future__ import annotations

from typing import Literal

import pytest

from stacksdk.network.v2 import (
    routers,
    vpn_endpoint_groups,
    vpn_ike_policies,
    vpn_ipsec_policies,
    vpn_ipsec_site_connections,
    vpn_services,
)
from stacksdk.runtime import ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique, present
from tests.integration.network.addons import (
    loaded_aliases,
    make_network,
    make_router,
    make_subnet,
    need,
    paged_ids,
)

SHA256: Literal["sha256"] = "sha256"


@pytest.fixture(scope="module", autouse=True)
def vpnaas(network: ServiceClient) -> None:
    need(loaded_aliases(network), "vpnaas", "vpn-endpoint-groups")


def make_ike_policy(network: ServiceClient, name: str, cleanup: Cleanup) -> str:
    policy = vpn_ike_policies.create(
        network, vpn_ike_policies.CreateOpts(name=name, auth_algorithm=SHA256)
    ).extract()
    cleanup(lambda: vpn_ike_policies.delete(network, policy.id))
    return policy.id


def test_ike_policy_crud_and_paging(
    network: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    name = unique("ike")
    policy = vpn_ike_policies.create(
        network,
        vpn_ike_policies.CreateOpts(
            name=name, ike_version="v2", auth_algorithm=SHA256, encryption_algorithm="aes-256", pfs="group14",
            lifetime=vpn_ike_policies.Lifetime(units="seconds", value=7200),
        ),
    ).extract()  # fmt: skip
    cleanup(lambda: vpn_ike_policies.delete(network, policy.id))
    assert (policy.ike_version, policy.encryption_algorithm, policy.pfs) == (
        "v2",
        "aes-256",
        "group14",
    )
    assert policy.auth_algorithm == SHA256 and policy.phase1_negotiation_mode == "main"
    lifetime = present(policy.lifetime)
    assert (lifetime.units, lifetime.value) == ("seconds", 7200)
    assert vpn_ike_policies.find(network, name).id == policy.id
    changed = vpn_ike_policies.update(
        network, policy.id, vpn_ike_policies.UpdateOpts(auth_algorithm="sha512", description="d")
    ).extract()
    assert changed.auth_algorithm == "sha512" and changed.description == "d"

    more = [make_ike_policy(network, unique(f"ike{i}"), cleanup) for i in range(2)]
    wanted = sorted([policy.id, *more])
    pages = paged_ids(
        vpn_ike_policies.list(
            network, vpn_ike_policies.ListOpts(limit=1, sort_key=["id"], sort_dir=["asc"])
        )
    )
    seen = [i for p in pages for i in p]
    assert all(len(p) <= 1 for p in pages) and seen == sorted(seen) and set(wanted) <= set(seen)
    with pytest.raises(errors.BadRequest):
        vpn_ike_policies.create(
            network,
            vpn_ike_policies.CreateOpts(
                auth_algorithm=SHA256, lifetime=vpn_ike_policies.Lifetime(value=10)
            ),
        )
    vpn_ike_policies.delete(network, policy.id)
    with pytest.raises(errors.NotFound):
        vpn_ike_policies.get(network, policy.id)


def test_ipsec_policy_crud(network: ServiceClient, unique: Unique, cleanup: Cleanup) -> None:
    name = unique("ipsec")
    policy = vpn_ipsec_policies.create(
        network,
        vpn_ipsec_policies.CreateOpts(
            name=name,
            transform_protocol="ah",
            encapsulation_mode="transport",
            auth_algorithm=SHA256,
        ),
    ).extract()
    cleanup(lambda: vpn_ipsec_policies.delete(network, policy.id))
    assert (policy.transform_protocol, policy.encapsulation_mode) == ("ah", "transport")
    assert policy.encryption_algorithm == "aes-128" and policy.pfs == "group5"
    changed = vpn_ipsec_policies.update(
        network, policy.id, vpn_ipsec_policies.UpdateOpts(pfs="group19", name=name + "x")
    ).extract()
    assert changed.pfs == "group19" and changed.name == name + "x"
    listed = vpn_ipsec_policies.list(network, vpn_ipsec_policies.ListOpts(name=name + "x"))
    assert [p.id for p in listed] == [policy.id]
    with pytest.raises(ValueError):  # checked before sending
        vpn_ipsec_policies.CreateOpts(pfs="group1").validate()  # type: ignore[arg-type]
    vpn_ipsec_policies.delete(network, policy.id)
    with pytest.raises(errors.NotFound):
        vpn_ipsec_policies.delete(network, policy.id)


def test_vpn_service_and_site_connection(
    network: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    ext = make_network(network, unique("vpn-ext"), cleanup, external=True)
    make_subnet(network, ext, "172.31.7.0/24", cleanup)
    router = make_router(
        network, unique("vpn-r"), cleanup,
        external_gateway_info=routers.ExternalGatewayInfo(network_id=ext),
    )  # fmt: skip
    inner = make_network(network, unique("vpn-in"), cleanup)
    local_subnet = make_subnet(network, inner, "10.71.0.0/24", cleanup)
    routers.add_router_interface(
        network, router, routers.AddRouterInterfaceOpts(subnet_id=local_subnet)
    )
    cleanup(
        lambda: routers.remove_router_interface(
            network, router, routers.AddRouterInterfaceOpts(subnet_id=local_subnet)
        )
    )

    service = vpn_services.create(
        network, vpn_services.CreateOpts(name=unique("vpns"), router_id=router)
    ).extract()
    cleanup(lambda: vpn_services.delete(network, service.id))
    assert service.status == "PENDING_CREATE" and service.subnet_id is None
    assert service.external_v4_ip and service.external_v4_ip.startswith("172.31.7.")
    with pytest.raises(errors.BadRequest, match="PENDING_CREATE"):  # no agent made it ACTIVE
        vpn_services.update(network, service.id, vpn_services.UpdateOpts(name="vpn1"))

    local = vpn_endpoint_groups.create(
        network,
        vpn_endpoint_groups.CreateOpts(
            name=unique("local"), type="subnet", endpoints=[local_subnet]
        ),
    ).extract()
    cleanup(lambda: vpn_endpoint_groups.delete(network, local.id))
    peer = vpn_endpoint_groups.create(
        network,
        vpn_endpoint_groups.CreateOpts(
            name=unique("peer"), type="cidr", endpoints=["10.99.0.0/24"]
        ),
    ).extract()
    cleanup(lambda: vpn_endpoint_groups.delete(network, peer.id))
    assert (peer.type, peer.endpoints) == ("cidr", ["10.99.0.0/24"])
    listed = vpn_endpoint_groups.list(network, vpn_endpoint_groups.ListOpts(type="cidr", limit=1))
    assert peer.id in {g.id for g in listed}
    with pytest.raises(errors.BadRequest):  # a CIDR group holds CIDRs
        vpn_endpoint_groups.create(
            network, vpn_endpoint_groups.CreateOpts(type="cidr", endpoints=["not-a-cidr"])
        )

    ike = vpn_ike_policies.create(
        network, vpn_ike_policies.CreateOpts(name=unique("ike"), auth_algorithm=SHA256)
    ).extract()
    cleanup(lambda: vpn_ike_policies.delete(network, ike.id))
    ipsec = vpn_ipsec_policies.create(
        network, vpn_ipsec_policies.CreateOpts(name=unique("ipsec"), auth_algorithm=SHA256)
    ).extract()
    cleanup(lambda: vpn_ipsec_policies.delete(network, ipsec.id))
    opts = vpn_ipsec_site_connections.CreateOpts(
        name=unique("conn"), vpnservice_id=service.id, ikepolicy_id=ike.id,
        ipsecpolicy_id=ipsec.id, peer_address="203.0.113.9", peer_id="203.0.113.9",
        psk="s3cret-psk", local_ep_group_id=local.id, peer_ep_group_id=peer.id,
        dpd=vpn_ipsec_site_connections.Dpd(action="restart", interval=50, timeout=40),
    )  # fmt: skip
    with pytest.raises(errors.BadRequest):  # the timeout must exceed the interval
        vpn_ipsec_site_connections.create(network, opts)
    opts.dpd = vpn_ipsec_site_connections.Dpd(action="restart", interval=10, timeout=40)
    conn = vpn_ipsec_site_connections.create(network, opts).extract()
    cleanup(lambda: vpn_ipsec_site_connections.delete(network, conn.id))
    assert conn.status == "PENDING_CREATE" and conn.psk == "s3cret-psk"
    assert "s3cret-psk" not in repr(conn)  # sensitive
    assert (conn.auth_mode, conn.route_mode, conn.mtu) == ("psk", "static", 1500)
    dpd = present(conn.dpd)
    assert (dpd.action, dpd.interval, dpd.timeout) == ("restart", 10, 40)
    with pytest.raises(errors.Conflict):  # the connection uses it
        vpn_ike_policies.delete(network, ike.id)
    with pytest.raises(errors.Conflict):  # the service has a connection
        vpn_services.delete(network, service.id)
    with pytest.raises(errors.BadRequest, match="PENDING_CREATE"):
        vpn_ipsec_site_connections.update(
            network, conn.id, vpn_ipsec_site_connections.UpdateOpts(mtu=1400)
        )
    got = vpn_ipsec_site_connections.get(network, conn.id).extract()
    assert got.vpnservice_id == service.id and got.peer_ep_group_id == peer.id
    listed_conns = vpn_ipsec_site_connections.list(
        network, vpn_ipsec_site_connections.ListOpts(vpnservice_id=service.id)
    )
    assert [c.id for c in listed_conns] == [conn.id]
    vpn_ipsec_site_connections.delete(network, conn.id)
    vpn_services.delete(network, service.id)
    with pytest.raises(errors.NotFound):
        vpn_services.get(network, service.id)


def test_vpn_service_errors(network: ServiceClient, unique: Unique, cleanup: Cleanup) -> None:
    bare = make_router(network, unique("vpn-bare"), cleanup)
    with pytest.raises(errors.BadRequest):  # the router has no external gateway
        vpn_services.create(network, vpn_services.CreateOpts(router_id=bare))
    with pytest.raises(errors.NotFound):
        vpn_services.create(
            network, vpn_services.CreateOpts(router_id="00000000-0000-0000-0000-000000000000")
        )

"""Neutron core resources against the local cloud's real Neutron (API only, no agents).

Networks, subnets, subnet pools, ports, routers (interfaces, gateway, extra routes),
floating IPs, security groups and rules, and, where the server loads their extensions,
address scopes, address groups and port forwardings. Ports stay DOWN (no agent binds
them); everything the API itself does works.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable
from typing import Any

import pytest

from stacksdk.network.v2 import (
    address_groups,
    address_scopes,
    extensions,
    floating_ips,
    networks,
    port_forwardings,
    ports,
    routers,
    security_group_rules,
    security_groups,
    subnet_pools,
    subnets,
    tags,
)
from stacksdk.runtime import UNSET, ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique, present


@pytest.fixture(scope="module")
def aliases(network: ServiceClient) -> set[str]:
    """The aliases of the API extensions this Neutron loads (GET /v2.0/extensions)."""
    return {e.alias for e in extensions.list(network)}


def need(aliases: set[str], *wanted: str) -> None:
    missing = [a for a in wanted if a not in aliases]
    if missing:
        pytest.skip(
            f"the local Neutron does not load the extension(s) {missing} (GET /v2.0/extensions)"
        )


def octet() -> int:
    """A random second/third octet, so parallel or repeated runs use different blocks."""
    return random.randint(1, 250)


def make_network(
    network: ServiceClient, unique: Unique, cleanup: Cleanup, **kw: Any
) -> networks.Network:
    net = networks.create(network, networks.CreateOpts(name=unique("net"), **kw)).extract()
    cleanup(lambda: networks.delete(network, net.id))
    return net


def make_subnet(
    network: ServiceClient, cleanup: Cleanup, net_id: str, cidr: str, **kw: Any
) -> subnets.Subnet:
    sub = subnets.create(
        network, subnets.CreateOpts(network_id=net_id, ip_version=4, cidr=cidr, **kw)
    ).extract()
    cleanup(lambda: subnets.delete(network, sub.id))
    return sub


def raw_items(pager_items: Callable[[], Any]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    pager_items().each_page(lambda page: items.extend(page.items))
    return items


def test_network_crud_filters_and_fields(
    network: ServiceClient, demo_network: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    name = unique("net-crud")
    created = networks.create(
        network,
        networks.CreateOpts(
            name=name, description="made by test_core", mtu=1400, admin_state_up=True
        ),
    ).extract()
    cleanup(lambda: networks.delete(network, created.id))
    assert created.name == name and created.description == "made by test_core"
    assert created.mtu == 1400 and created.admin_state_up is True
    assert created.router_external is False and created.shared is False
    assert created.subnets == [] and present(created.status) == "ACTIVE"
    assert created.project_id == created.tenant_id and created.extra == {}
    assert created.port_security_enabled is True  # port_security extension driver

    got = networks.get(network, created.id).extract()
    g, c = got.to_dict(), created.to_dict()
    # create answers is_default False; show leaves it out for a network that is not external
    assert {k: v for k, v in g.items() if k != "is_default"} == {
        k: v for k, v in c.items() if k != "is_default"
    }
    assert got.is_default in (UNSET, False) and got.extra == {}
    assert networks.find(network, name).id == created.id

    # filters really filter, fields really select
    listed = networks.extract_networks(
        networks.list(network, networks.ListOpts(name=name)).all_pages()
    )
    assert [n.id for n in listed] == [created.id]
    assert (
        networks.extract_networks(
            networks.list(network, networks.ListOpts(name=name, mtu=1500)).all_pages()
        )
        == []
    )
    assert [
        n.id
        for n in networks.list(network, networks.ListOpts(id=created.id, router_external=False))
    ] == [created.id]
    assert (
        list(networks.list(network, networks.ListOpts(id=created.id, router_external=True))) == []
    )
    items = raw_items(
        lambda: networks.list(network, networks.ListOpts(name=name, fields=["id", "mtu"]))
    )
    assert items == [{"id": created.id, "mtu": 1400}]

    updated = networks.update(
        network,
        created.id,
        networks.UpdateOpts(name=name + "-2", admin_state_up=False, description=""),
    ).extract()
    assert (
        updated.name == name + "-2"
        and updated.admin_state_up is False
        and updated.description == ""
    )
    assert present(updated.revision_number) > present(created.revision_number)

    # the demo project sees neither admin's private network nor may it touch it
    assert list(networks.list(demo_network, networks.ListOpts(id=created.id))) == []
    with pytest.raises(errors.NotFound):
        networks.get(demo_network, created.id)

    assert networks.delete(network, created.id).status_code == 204
    with pytest.raises(errors.NotFound):
        networks.get(network, created.id)


def test_bulk_create_networks(network: ServiceClient, unique: Unique, cleanup: Cleanup) -> None:
    names = [unique("bulk"), unique("bulk")]
    made = networks.create_bulk(
        network,
        networks.CreateBulkOpts(networks=[{"name": n, "admin_state_up": False} for n in names]),
    ).extract()
    for n in made:
        cleanup(functools.partial(networks.delete, network, n.id))
    assert sorted(n.name or "" for n in made) == sorted(names)
    assert all(n.admin_state_up is False for n in made)


def test_subnet_crud(network: ServiceClient, unique: Unique, cleanup: Cleanup) -> None:
    net = make_network(network, unique, cleanup)
    b = octet()
    opts = subnets.CreateOpts(
        network_id=net.id,
        ip_version=4,
        cidr=f"10.{b}.0.0/24",
        name=unique("sub"),
        gateway_ip=f"10.{b}.0.1",
        allocation_pools=[subnets.AllocationPool(start=f"10.{b}.0.10", end=f"10.{b}.0.99")],
        dns_nameservers=["192.0.2.53"],
        host_routes=[subnets.HostRoute(destination="192.0.2.0/24", nexthop=f"10.{b}.0.5")],
        enable_dhcp=False,
    )
    sub = subnets.create(network, opts).extract()
    cleanup(lambda: subnets.delete(network, sub.id))
    assert (sub.cidr, sub.gateway_ip, sub.ip_version, sub.enable_dhcp) == (
        f"10.{b}.0.0/24",
        f"10.{b}.0.1",
        4,
        False,
    )
    assert sub.allocation_pools == [
        subnets.AllocationPool(start=f"10.{b}.0.10", end=f"10.{b}.0.99")
    ]
    assert sub.dns_nameservers == ["192.0.2.53"]
    assert present(sub.host_routes)[0].nexthop == f"10.{b}.0.5"
    assert sub.extra == {}
    assert networks.get(network, net.id).extract().subnets == [sub.id]

    upd = subnets.update(
        network, sub.id, subnets.UpdateOpts(name="renamed", dns_nameservers=[], gateway_ip=None)
    ).extract()
    assert upd.name == "renamed" and upd.dns_nameservers == [] and upd.gateway_ip is None

    found = subnets.extract_subnets(
        subnets.list(
            network, subnets.ListOpts(network_id=net.id, cidr=f"10.{b}.0.0/24")
        ).all_pages()
    )
    assert [s.id for s in found] == [sub.id]
    assert list(subnets.list(network, subnets.ListOpts(network_id=net.id, ip_version=6))) == []

    subnets.delete(network, sub.id)
    with pytest.raises(errors.NotFound):
        subnets.get(network, sub.id)


def test_subnet_pool_crud_and_prefixes(
    network: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    b = octet()
    pool = subnet_pools.create(
        network,
        subnet_pools.CreateOpts(
            name=unique("pool"), prefixes=[f"10.{b}.0.0/20"], min_prefixlen=24, default_prefixlen=26
        ),
    ).extract()
    cleanup(lambda: subnet_pools.delete(network, pool.id))
    assert pool.prefixes == [f"10.{b}.0.0/20"] and pool.ip_version == 4
    assert (pool.min_prefixlen, pool.default_prefixlen, pool.max_prefixlen) == (
        "24",
        "26",
        "32",
    )  # as text
    assert pool.extra == {}

    net = make_network(network, unique, cleanup)
    sub = subnets.create(
        network,
        subnets.CreateOpts(network_id=net.id, ip_version=4, subnetpool_id=pool.id, prefixlen=25),
    ).extract()
    cleanup(lambda: subnets.delete(network, sub.id))
    cidr = present(sub.cidr)
    assert sub.subnetpool_id == pool.id and cidr is not None
    assert cidr.startswith(f"10.{b}.") and cidr.endswith("/25")

    added = subnet_pools.add_prefixes(
        network, pool.id, subnet_pools.AddPrefixesOpts(prefixes=[f"10.{b}.16.0/20"])
    ).extract()
    assert added == {"prefixes": [f"10.{b}.0.0/19"]}  # adjacent prefixes merge
    removed = subnet_pools.remove_prefixes(
        network, pool.id, subnet_pools.RemovePrefixesOpts(prefixes=[f"10.{b}.16.0/20"])
    ).extract()
    assert removed == {"prefixes": [f"10.{b}.0.0/20"]}

    upd = subnet_pools.update(
        network, pool.id, subnet_pools.UpdateOpts(name="pool-renamed", default_quota=512)
    ).extract()
    assert upd.name == "pool-renamed" and upd.default_quota == 512
    listed = subnet_pools.extract_subnet_pools(
        subnet_pools.list(network, subnet_pools.ListOpts(id=pool.id, ip_version=4)).all_pages()
    )
    assert [p.id for p in listed] == [pool.id]

    with pytest.raises(errors.BadRequest):  # a subnet still has addresses from it
        subnet_pools.delete(network, pool.id)
    subnets.delete(network, sub.id)
    subnet_pools.delete(network, pool.id)
    with pytest.raises(errors.NotFound):
        subnet_pools.get(network, pool.id)


def test_port_crud_fixed_ips_address_pairs_and_filters(
    network: ServiceClient, demo_network: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    net = make_network(network, unique, cleanup)
    b = octet()
    sub = make_subnet(network, cleanup, net.id, f"10.{b}.1.0/24")
    name = unique("port")
    port = ports.create(
        network,
        ports.CreateOpts(
            network_id=net.id,
            name=name,
            fixed_ips=[ports.FixedIp(subnet_id=sub.id, ip_address=f"10.{b}.1.10")],
            allowed_address_pairs=[ports.AddressPair(ip_address=f"10.{b}.1.200")],
            extra_dhcp_opts=[ports.ExtraDhcpOpt(opt_name="bootfile-name", opt_value="pxelinux.0")],
            device_owner="compute:nova",
            device_id="server-1",
        ),
    ).extract()
    cleanup(lambda: ports.delete(network, port.id))
    assert port.fixed_ips == [ports.FixedIp(subnet_id=sub.id, ip_address=f"10.{b}.1.10")]
    assert port.allowed_address_pairs == [
        ports.AddressPair(ip_address=f"10.{b}.1.200", mac_address=port.mac_address)
    ]
    assert [(o.opt_name, o.opt_value) for o in present(port.extra_dhcp_opts)] == [
        ("bootfile-name", "pxelinux.0")
    ]
    assert port.status == "DOWN" and port.port_security_enabled is True
    assert len(present(port.security_groups)) == 1  # the project's default group
    # binding:* (admin): nothing binds the port on this agent-less cloud
    assert port.binding_vnic_type == "normal" and port.binding_vif_type == "unbound"
    assert port.binding_host_id == "" and port.binding_profile == {}
    assert port.extra == {}

    # the fixed_ips filter, and others, really filter
    def ids(**kw: Any) -> list[str]:
        return [p.id for p in ports.list(network, ports.ListOpts(network_id=net.id, **kw))]

    other = ports.create(  # its own fixed IP: an allocated one could be the .20 used below
        network,
        ports.CreateOpts(
            network_id=net.id,
            name=unique("other"),
            fixed_ips=[ports.FixedIp(subnet_id=sub.id, ip_address=f"10.{b}.1.30")],
        ),
    ).extract()
    cleanup(lambda: ports.delete(network, other.id))
    assert ids(fixed_ips=[f"ip_address=10.{b}.1.10"]) == [port.id]
    assert ids(fixed_ips=[f"ip_address=10.{b}.1.10", f"subnet_id={sub.id}"]) == [port.id]
    assert sorted(ids(fixed_ips=[f"subnet_id={sub.id}"])) == sorted([port.id, other.id])
    assert ids(fixed_ips=["ip_address=192.0.2.1"]) == []
    assert ids(mac_address=port.mac_address) == [port.id]
    assert ids(device_owner="compute:nova") == [port.id]
    assert ids(name=name, admin_state_up=True) == [port.id]
    assert ids(name=name, admin_state_up=False) == []
    items = raw_items(
        lambda: ports.list(network, ports.ListOpts(id=port.id, fields=["id", "fixed_ips"]))
    )
    assert items == [
        {"id": port.id, "fixed_ips": [{"subnet_id": sub.id, "ip_address": f"10.{b}.1.10"}]}
    ]

    # replace the fixed IP, drop the pairs, switch port security off (needs no groups and no pairs)
    upd = ports.update(
        network,
        port.id,
        ports.UpdateOpts(
            name=name + "-2",
            fixed_ips=[ports.FixedIp(subnet_id=sub.id, ip_address=f"10.{b}.1.20")],
            allowed_address_pairs=[],
            security_groups=[],
        ),
    ).extract()
    off = ports.update(network, port.id, ports.UpdateOpts(port_security_enabled=False)).extract()
    assert off.port_security_enabled is False
    assert upd.name == name + "-2"
    assert upd.fixed_ips == [ports.FixedIp(subnet_id=sub.id, ip_address=f"10.{b}.1.20")]
    assert upd.allowed_address_pairs == [] and upd.security_groups == []
    with pytest.raises(errors.Conflict):  # a pair needs port security
        ports.update(
            network,
            port.id,
            ports.UpdateOpts(allowed_address_pairs=[ports.AddressPair(ip_address="10.9.9.9")]),
        )

    # the demo project cannot see admin's port on admin's private network
    with pytest.raises(errors.NotFound):
        ports.get(demo_network, port.id)

    ports.delete(network, port.id)
    with pytest.raises(errors.NotFound):
        ports.get(network, port.id)


def test_port_paging_and_sorting(network: ServiceClient, unique: Unique, cleanup: Cleanup) -> None:
    net = make_network(network, unique, cleanup)
    make_subnet(network, cleanup, net.id, f"10.{octet()}.2.0/24")
    names = [f"{unique('pg')}-{i}" for i in range(7)]
    made = ports.create_bulk(
        network, ports.CreateBulkOpts(ports=[{"network_id": net.id, "name": n} for n in names])
    ).extract()
    for p in made:
        cleanup(functools.partial(ports.delete, network, p.id))
    assert len(made) == 7

    pages: list[list[str]] = []
    has_next: list[bool] = []

    def on_page(page: Any) -> None:
        pages.append([present(p.name) for p in ports.extract_ports(page)])
        has_next.append(any(link.get("rel") == "next" for link in page.body.get("ports_links", [])))

    opts = ports.ListOpts(network_id=net.id, limit=3, sort_key=["name"], sort_dir=["asc"])
    ports.list(network, opts).each_page(on_page)
    by_name = sorted(names)
    assert pages == [by_name[0:3], by_name[3:6], by_name[6:]]  # three requests, the last page short
    assert has_next == [True, True, False]

    desc = ports.list(
        network, ports.ListOpts(network_id=net.id, limit=2, sort_key=["name"], sort_dir=["desc"])
    )
    assert [p.name for p in desc] == by_name[::-1]


def test_router_interfaces_gateway_routes_and_floating_ips(
    network: ServiceClient, aliases: set[str], unique: Unique, cleanup: Cleanup
) -> None:
    need(aliases, "router", "external-net")
    ext = make_network(network, unique, cleanup, router_external=True)
    assert ext.router_external is True
    e = octet()
    ext_sub = make_subnet(network, cleanup, ext.id, f"172.{16 + e % 16}.{e}.0/24")
    assert ext_sub.router_external is True or ext_sub.router_external is UNSET
    external = [
        n.id for n in networks.list(network, networks.ListOpts(id=ext.id, router_external=True))
    ]
    assert external == [ext.id]

    inner = make_network(network, unique, cleanup)
    b = octet()
    inner_sub = make_subnet(network, cleanup, inner.id, f"10.{b}.3.0/24")

    name = unique("router")
    router = routers.create(
        network,
        routers.CreateOpts(
            name=name, external_gateway_info=routers.ExternalGatewayInfo(network_id=ext.id)
        ),
    ).extract()
    cleanup(lambda: routers.delete(network, router.id))
    gw = present(router.external_gateway_info)
    assert gw is not None and gw.network_id == ext.id and gw.enable_snat is True
    assert [ip.subnet_id for ip in present(gw.external_fixed_ips)] == [ext_sub.id]
    assert router.extra == {} and routers.find(network, name).id == router.id

    iface = routers.add_router_interface(
        network, router.id, routers.AddRouterInterfaceOpts(subnet_id=inner_sub.id)
    ).extract()
    cleanup(
        lambda: routers.remove_router_interface(
            network, router.id, routers.RemoveRouterInterfaceOpts(subnet_id=inner_sub.id)
        )
    )
    assert (
        iface.id == router.id and iface.subnet_id == inner_sub.id and iface.network_id == inner.id
    )
    rport = ports.get(network, present(iface.port_id)).extract()
    assert rport.device_owner == "network:router_interface" and rport.device_id == router.id
    assert present(rport.fixed_ips)[0].ip_address == inner_sub.gateway_ip

    # extra routes: replace with update, then add/remove atomically where loaded
    hop = f"10.{b}.3.50"
    upd = routers.update(
        network,
        router.id,
        routers.UpdateOpts(routes=[routers.Route(destination="192.0.2.0/24", nexthop=hop)]),
    ).extract()
    assert upd.routes == [routers.Route(destination="192.0.2.0/24", nexthop=hop)]
    if "extraroute-atomic" in aliases:
        more = routers.add_extra_routes(
            network,
            router.id,
            routers.AddExtraRoutesOpts(
                routes=[routers.Route(destination="198.51.100.0/24", nexthop=hop)]
            ),
        ).extract()
        assert sorted(r.destination or "" for r in present(more.routes)) == [
            "192.0.2.0/24",
            "198.51.100.0/24",
        ]
        less = routers.remove_extra_routes(
            network,
            router.id,
            routers.RemoveExtraRoutesOpts(
                routes=[routers.Route(destination="192.0.2.0/24", nexthop=hop)]
            ),
        ).extract()
        assert less.routes == [routers.Route(destination="198.51.100.0/24", nexthop=hop)]
    routers.update(network, router.id, routers.UpdateOpts(routes=[]))

    # a floating IP on the external network, associated with a port behind the router
    vm_port = ports.create(
        network, ports.CreateOpts(network_id=inner.id, name=unique("vm"))
    ).extract()
    cleanup(lambda: ports.delete(network, vm_port.id))
    fip = floating_ips.create(
        network,
        floating_ips.CreateOpts(
            floating_network_id=ext.id, port_id=vm_port.id, description="test_core"
        ),
    ).extract()
    cleanup(lambda: floating_ips.delete(network, fip.id))
    assert fip.router_id == router.id and fip.port_id == vm_port.id
    assert fip.fixed_ip_address == present(vm_port.fixed_ips)[0].ip_address
    assert present(fip.floating_ip_address).startswith(f"172.{16 + e % 16}.{e}.")
    assert fip.extra == {}
    assert floating_ips.find(network, present(fip.floating_ip_address)).id == fip.id

    listed = [
        f.id for f in floating_ips.list(network, floating_ips.ListOpts(floating_network_id=ext.id))
    ]
    assert listed == [fip.id]
    assert [
        f.id for f in floating_ips.list(network, floating_ips.ListOpts(port_id=vm_port.id))
    ] == [fip.id]

    freed = floating_ips.update(network, fip.id, floating_ips.UpdateOpts(port_id=None)).extract()
    assert freed.port_id is None and freed.router_id is None and freed.fixed_ip_address is None
    assert list(floating_ips.list(network, floating_ips.ListOpts(port_id=vm_port.id))) == []
    if "floatingip-pools" in aliases:
        pools = floating_ips.list_pools(network).extract()
        assert ext_sub.id in [p.subnet_id for p in pools]
    floating_ips.delete(network, fip.id)

    # detach, drop the gateway, delete
    with pytest.raises(errors.Conflict):  # still has an interface
        routers.delete(network, router.id)
    gone = routers.remove_router_interface(
        network, router.id, routers.RemoveRouterInterfaceOpts(subnet_id=inner_sub.id)
    ).extract()
    assert gone.port_id == iface.port_id
    no_gw = routers.update(
        network, router.id, routers.UpdateOpts(external_gateway_info=None)
    ).extract()
    assert no_gw.external_gateway_info is None
    routers.delete(network, router.id)
    with pytest.raises(errors.NotFound):
        routers.get(network, router.id)


def test_security_groups_and_rules(
    network: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    name = unique("sg")
    sg = security_groups.create(
        network, security_groups.CreateOpts(name=name, description="d")
    ).extract()
    cleanup(lambda: security_groups.delete(network, sg.id))
    # the rules a new group starts with come from the default rule templates (none on a cloud
    # whose schema was made from the models rather than the migrations)
    rules = present(sg.security_group_rules)
    assert all(r.direction == "egress" and r.security_group_id == sg.id for r in rules)
    assert sg.extra == {} and all(r.extra == {} for r in rules)
    initial = len(rules)
    assert security_groups.find(network, name).id == sg.id

    rule = security_group_rules.create(
        network,
        security_group_rules.CreateOpts(
            security_group_id=sg.id,
            direction="ingress",
            protocol="tcp",
            port_range_min=22,
            port_range_max=22,
            remote_ip_prefix="10.0.0.0/8",
            description="ssh",
        ),
    ).extract()
    cleanup(lambda: security_group_rules.delete(network, rule.id))
    assert (rule.protocol, rule.port_range_min, rule.port_range_max) == ("tcp", 22, 22)
    assert rule.remote_ip_prefix == "10.0.0.0/8" and rule.ethertype == "IPv4" and rule.extra == {}
    with pytest.raises(errors.Conflict):  # the same rule again
        security_group_rules.create(
            network,
            security_group_rules.CreateOpts(
                security_group_id=sg.id,
                direction="ingress",
                protocol="tcp",
                port_range_min=22,
                port_range_max=22,
                remote_ip_prefix="10.0.0.0/8",
            ),
        )

    bulk = security_group_rules.create_bulk(
        network,
        security_group_rules.CreateBulkOpts(
            security_group_rules=[
                {"security_group_id": sg.id, "direction": "ingress", "protocol": "icmp"},
                {
                    "security_group_id": sg.id,
                    "direction": "ingress",
                    "ethertype": "IPv6",
                    "remote_group_id": sg.id,
                },
            ]
        ),
    ).extract()
    assert len(bulk) == 2 and bulk[1].remote_group_id == sg.id

    def rule_ids(**kw: Any) -> list[str]:
        opts = security_group_rules.ListOpts(security_group_id=sg.id, **kw)
        return sorted(r.id for r in security_group_rules.list(network, opts))

    assert len(rule_ids()) == initial + 3
    assert rule_ids(direction="ingress") == sorted([rule.id, bulk[0].id, bulk[1].id])
    assert rule_ids(protocol="tcp", port_range_min=22) == [rule.id]
    assert rule_ids(ethertype="IPv6", direction="ingress") == [bulk[1].id]
    items = raw_items(
        lambda: security_group_rules.list(
            network, security_group_rules.ListOpts(id=rule.id, fields=["id", "description"])
        )
    )
    assert items == [{"id": rule.id, "description": "ssh"}]

    upd = security_groups.update(
        network, sg.id, security_groups.UpdateOpts(name=name + "-2", description="", stateful=False)
    ).extract()
    assert upd.name == name + "-2" and upd.description == "" and upd.stateful is False
    assert [
        g.id
        for g in security_groups.list(
            network, security_groups.ListOpts(name=name + "-2", stateful=False)
        )
    ] == [sg.id]
    assert (
        list(
            security_groups.list(network, security_groups.ListOpts(name=name + "-2", stateful=True))
        )
        == []
    )

    security_group_rules.delete(network, rule.id)
    with pytest.raises(errors.NotFound):
        security_group_rules.get(network, rule.id)
    security_groups.delete(network, sg.id)
    with pytest.raises(errors.NotFound):
        security_groups.get(network, sg.id)


def test_tag_filters(
    network: ServiceClient, aliases: set[str], unique: Unique, cleanup: Cleanup
) -> None:
    need(aliases, "standard-attr-tag")
    prefix = unique("tagged")
    both, only_b, plain = (
        make_network(network, unique, cleanup, description=prefix) for _ in range(3)
    )
    a, b = unique("ta"), unique("tb")
    for net_id, tag in ((both.id, a), (both.id, b), (only_b.id, b)):
        tags.add_tag(network, "networks", net_id, tag)  # the tags API (its own spec)
    assert sorted(present(networks.get(network, both.id).extract().tags)) == sorted([a, b])

    def ids(**kw: Any) -> list[str]:
        return sorted(
            n.id for n in networks.list(network, networks.ListOpts(description=prefix, **kw))
        )

    assert ids() == sorted([both.id, only_b.id, plain.id])

    assert ids(tags=[a, b]) == [both.id]
    assert ids(tags=[b]) == sorted([both.id, only_b.id])
    assert ids(tags_any=[a, unique("none")]) == [both.id]
    assert ids(not_tags=[a, b]) == sorted([only_b.id, plain.id])
    assert ids(not_tags_any=[a, b]) == [plain.id]


def test_address_scopes(
    network: ServiceClient, aliases: set[str], unique: Unique, cleanup: Cleanup
) -> None:
    need(aliases, "address-scope")
    name = unique("scope")
    scope = address_scopes.create(
        network, address_scopes.CreateOpts(name=name, ip_version=4)
    ).extract()
    cleanup(lambda: address_scopes.delete(network, scope.id))
    assert (scope.name, scope.ip_version, scope.shared) == (name, 4, False) and scope.extra == {}
    assert address_scopes.find(network, name).id == scope.id

    b = octet()
    pool = subnet_pools.create(
        network,
        subnet_pools.CreateOpts(
            name=unique("scoped"), prefixes=[f"10.{b}.0.0/16"], address_scope_id=scope.id
        ),
    ).extract()
    cleanup(lambda: subnet_pools.delete(network, pool.id))
    assert pool.address_scope_id == scope.id
    scoped = subnet_pools.list(network, subnet_pools.ListOpts(address_scope_id=scope.id))
    assert [p.id for p in scoped] == [pool.id]

    upd = address_scopes.update(
        network, scope.id, address_scopes.UpdateOpts(name=name + "-2")
    ).extract()
    assert upd.name == name + "-2"
    assert [
        s.id
        for s in address_scopes.list(
            network, address_scopes.ListOpts(name=name + "-2", ip_version=4)
        )
    ] == [scope.id]
    assert (
        list(address_scopes.list(network, address_scopes.ListOpts(name=name + "-2", ip_version=6)))
        == []
    )
    with pytest.raises(errors.Conflict):  # the pool is in it
        address_scopes.delete(network, scope.id)
    subnet_pools.delete(network, pool.id)
    address_scopes.delete(network, scope.id)
    with pytest.raises(errors.NotFound):
        address_scopes.get(network, scope.id)


def test_address_groups(
    network: ServiceClient, aliases: set[str], unique: Unique, cleanup: Cleanup
) -> None:
    need(aliases, "address-group")
    name = unique("ag")
    group = address_groups.create(
        network, address_groups.CreateOpts(name=name, description="d", addresses=["192.0.2.1/32"])
    ).extract()
    cleanup(lambda: address_groups.delete(network, group.id))
    assert group.addresses == ["192.0.2.1/32"] and group.extra == {}
    assert address_groups.find(network, name).id == group.id

    more = address_groups.add_addresses(
        network, group.id, address_groups.AddAddressesOpts(addresses=["198.51.100.0/24"])
    ).extract()
    assert sorted(present(more.addresses)) == ["192.0.2.1/32", "198.51.100.0/24"]
    less = address_groups.remove_addresses(
        network, group.id, address_groups.RemoveAddressesOpts(addresses=["192.0.2.1/32"])
    ).extract()
    assert less.addresses == ["198.51.100.0/24"]

    if "security-groups-remote-address-group" in aliases:
        sg = security_groups.create(
            network, security_groups.CreateOpts(name=unique("sg-ag"))
        ).extract()
        cleanup(lambda: security_groups.delete(network, sg.id))
        rule = security_group_rules.create(
            network,
            security_group_rules.CreateOpts(
                security_group_id=sg.id, direction="ingress", remote_address_group_id=group.id
            ),
        ).extract()
        cleanup(lambda: security_group_rules.delete(network, rule.id))
        assert rule.remote_address_group_id == group.id
        found = security_group_rules.list(
            network, security_group_rules.ListOpts(remote_address_group_id=group.id)
        )
        assert [r.id for r in found] == [rule.id]
        security_group_rules.delete(network, rule.id)

    upd = address_groups.update(
        network, group.id, address_groups.UpdateOpts(description="")
    ).extract()
    assert upd.description == ""
    assert [g.id for g in address_groups.list(network, address_groups.ListOpts(name=name))] == [
        group.id
    ]
    address_groups.delete(network, group.id)
    with pytest.raises(errors.NotFound):
        address_groups.get(network, group.id)


def test_port_forwardings(
    network: ServiceClient, aliases: set[str], unique: Unique, cleanup: Cleanup
) -> None:
    need(aliases, "router", "floating-ip-port-forwarding")
    ext = make_network(network, unique, cleanup, router_external=True)
    e = octet()
    make_subnet(network, cleanup, ext.id, f"172.{16 + e % 16}.{e}.0/24")
    inner = make_network(network, unique, cleanup)
    b = octet()
    inner_sub = make_subnet(network, cleanup, inner.id, f"10.{b}.4.0/24")
    router = routers.create(
        network,
        routers.CreateOpts(external_gateway_info=routers.ExternalGatewayInfo(network_id=ext.id)),
    ).extract()
    cleanup(lambda: routers.delete(network, router.id))
    routers.add_router_interface(
        network, router.id, routers.AddRouterInterfaceOpts(subnet_id=inner_sub.id)
    )
    cleanup(
        lambda: routers.remove_router_interface(
            network, router.id, routers.RemoveRouterInterfaceOpts(subnet_id=inner_sub.id)
        )
    )
    vm = ports.create(network, ports.CreateOpts(network_id=inner.id)).extract()
    cleanup(lambda: ports.delete(network, vm.id))
    fip = floating_ips.create(
        network, floating_ips.CreateOpts(floating_network_id=ext.id)
    ).extract()
    cleanup(lambda: floating_ips.delete(network, fip.id))
    internal_ip = present(present(vm.fixed_ips)[0].ip_address)

    pf = port_forwardings.create(
        network,
        fip.id,
        port_forwardings.CreateOpts(
            protocol="tcp",
            internal_ip_address=internal_ip,
            internal_port_id=vm.id,
            internal_port=22,
            external_port=2222,
        ),
    ).extract()
    cleanup(lambda: port_forwardings.delete(network, fip.id, pf.id))
    assert (pf.internal_port, pf.external_port, pf.protocol) == (22, 2222, "tcp")
    upd = port_forwardings.update(
        network, fip.id, pf.id, port_forwardings.UpdateOpts(external_port=2223)
    ).extract()
    assert upd.external_port == 2223
    listed = port_forwardings.list(network, fip.id, port_forwardings.ListOpts(external_port=2223))
    assert [p.id for p in listed] == [pf.id]
    port_forwardings.delete(network, fip.id, pf.id)
    with pytest.raises(errors.NotFound):
        port_forwardings.get(network, fip.id, pf.id)

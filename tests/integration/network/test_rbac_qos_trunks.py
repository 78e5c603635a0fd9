"""RBAC policies, QoS, trunks, quotas, tags, extensions, agents, availability zones, IP
availability, service providers, flavors/service profiles, auto-allocated topology,
segments and Local IPs against the local cloud's real Neutron.

The local Neutron runs ML2 with the qos, trunk, segments and local_ip service plugins among
others (tests/localcloud/README.md) and no agents. A test whose extension a server does not
load skips, naming the missing alias from GET /v2.0/extensions; the contract samples check
those specs.
"""

from __future__ import annotations

import pytest

from stacksdk.network.v2 import (
    agents,
    auto_allocated_topology,
    availability_zones,
    extensions,
    flavors,
    local_ip_associations,
    local_ips,
    network_ip_availabilities,
    networks,
    ports,
    qos_bandwidth_limit_rules,
    qos_dscp_marking_rules,
    qos_minimum_bandwidth_rules,
    qos_minimum_packet_rate_rules,
    qos_packet_rate_limit_rules,
    qos_policies,
    qos_rule_types,
    quotas,
    rbac_policies,
    segments,
    service_profiles,
    service_providers,
    subnets,
    tags,
    trunks,
    versions,
)
from stacksdk.runtime import ProviderClient, ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique, present


def project_of(provider: ProviderClient) -> str:
    info = provider.token_info
    assert info is not None and info.project_id
    return info.project_id


@pytest.fixture(scope="module")
def loaded(network: ServiceClient) -> set[str]:
    """The aliases of the extensions the local Neutron loads."""
    return {e.alias for e in extensions.extract_extensions(extensions.list(network).all_pages())}


def need(loaded: set[str], *aliases: str) -> None:
    missing = [a for a in aliases if a not in loaded]
    if missing:
        pytest.skip(
            f"the local Neutron does not load the {', '.join(missing)} extension(s) (GET /v2.0/extensions)"
        )


# Networks, subnets and ports come from the networks, subnets and ports modules; these helpers
# only set up what the resources under test need, and register their removal.


def make_network(client: ServiceClient, name: str, cleanup: Cleanup) -> str:
    net = networks.create(client, networks.CreateOpts(name=name)).extract()
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


# -- extensions, agents, availability zones, service providers ---------------------------------


def test_extensions_list_and_get(network: ServiceClient, loaded: set[str]) -> None:
    assert {"quotas", "rbac-policies", "standard-attr-tag", "agent"} <= loaded
    ext = extensions.get(network, "quotas").extract()
    assert ext.alias == "quotas" and ext.name and present(ext.updated).startswith("20")
    assert extensions.find(network, "quotas").alias == "quotas"
    with pytest.raises(errors.NotFound):
        extensions.get(network, "no-such-extension")


def test_agents_and_availability_zones_are_empty(network: ServiceClient, loaded: set[str]) -> None:
    """No agent ever reports to the local Neutron: the listings work and are empty."""
    need(loaded, "agent")
    assert (
        agents.extract_agents(agents.list(network, agents.ListOpts(alive=True)).all_pages()) == []
    )
    assert agents.extract_agents(agents.list(network).all_pages()) == []
    with pytest.raises(errors.NotFound):
        agents.get(network, "00000000-0000-0000-0000-000000000000")
    need(loaded, "availability_zone")
    zones = availability_zones.list(
        network, availability_zones.ListOpts(resource="network")
    ).all_pages()
    assert availability_zones.extract_availability_zones(zones) == []


def test_service_providers(network: ServiceClient, loaded: set[str]) -> None:
    need(loaded, "service-type")
    found = service_providers.extract_service_providers(
        service_providers.list(
            network, service_providers.ListOpts(service_type="L3_ROUTER_NAT")
        ).all_pages()
    )
    assert found and all(p.service_type == "L3_ROUTER_NAT" for p in found)
    assert all(isinstance(p.default, bool) for p in found)


# -- RBAC ---------------------------------------------------------------------------------------


def test_rbac_policy_crud_and_paging(
    network: ServiceClient,
    demo_network: ServiceClient,
    demo_provider: ProviderClient,
    admin_provider: ProviderClient,
    loaded: set[str],
    unique: Unique,
    cleanup: Cleanup,
) -> None:
    need(loaded, "rbac-policies")
    demo = project_of(demo_provider)
    net_id = make_network(network, unique("rbac-net"), cleanup)
    with pytest.raises(errors.NotFound):
        networks.get(demo_network, net_id)
    created = rbac_policies.create(
        network,
        rbac_policies.CreateOpts(
            object_type="network", object_id=net_id, action="access_as_shared", target_tenant=demo
        ),
    )
    assert created.status_code == 201
    pol = created.extract()
    cleanup(lambda: rbac_policies.delete(network, pol.id))
    assert (pol.object_id, pol.target_tenant, pol.project_id) == (
        net_id,
        demo,
        project_of(admin_provider),
    )
    assert networks.get(demo_network, net_id).extract().id == net_id  # now shared
    assert rbac_policies.get(network, pol.id).extract() == pol

    # a second policy on the same network: access_as_external to everyone
    ext = rbac_policies.create(
        network,
        rbac_policies.CreateOpts(
            object_type="network", object_id=net_id, action="access_as_external", target_tenant="*"
        ),
    ).extract()
    cleanup(lambda: rbac_policies.delete(network, ext.id))
    mine = rbac_policies.ListOpts(object_id=net_id, object_type="network")
    assert sorted(p.id for p in rbac_policies.list(network, mine)) == sorted([pol.id, ext.id])
    only = rbac_policies.list(
        network, rbac_policies.ListOpts(object_id=net_id, action="access_as_external")
    )
    assert [p.id for p in only] == [ext.id]
    fields = rbac_policies.list(
        network, rbac_policies.ListOpts(id=ext.id, fields=["id", "action"])
    ).all_pages()
    assert fields.items == [{"id": ext.id, "action": "access_as_external"}]

    updated = rbac_policies.update(
        network, pol.id, rbac_policies.UpdateOpts(target_tenant="*")
    ).extract()
    assert updated.target_tenant == "*" and updated.id == pol.id
    rbac_policies.delete(network, pol.id)
    with pytest.raises(errors.NotFound):
        rbac_policies.get(network, pol.id)


# -- quotas -------------------------------------------------------------------------------------


def test_quotas_update_details_reset(
    network: ServiceClient, demo_provider: ProviderClient, loaded: set[str], cleanup: Cleanup
) -> None:
    need(loaded, "quotas", "quota_details")
    demo = project_of(demo_provider)
    defaults = quotas.get_defaults(network, demo).extract()
    assert isinstance(defaults.network, int) and isinstance(defaults.port, int)
    cleanup(lambda: quotas.delete(network, demo))
    new_limit = present(defaults.network) + 7
    updated = quotas.update(network, demo, quotas.UpdateOpts(network=new_limit, router=3)).extract()
    assert (updated.network, updated.router) == (new_limit, 3)
    assert quotas.get(network, demo).extract().network == new_limit
    listed = {q.project_id: q for q in quotas.list(network)}
    assert listed[demo].network == new_limit

    details = quotas.get_details(network, demo).extract()
    net = present(details.network)
    assert (net.limit, net.used, net.reserved) == (new_limit, 0, 0)
    assert present(details.router).limit == 3

    reset = quotas.delete(network, demo)
    assert reset.status_code == 204
    assert quotas.get(network, demo).extract().network == defaults.network
    assert demo not in {q.project_id for q in quotas.list(network)}


def test_quota_check_limit(
    network: ServiceClient, unique: Unique, cleanup: Cleanup, loaded: set[str]
) -> None:
    """With check_limit a limit below the current usage is refused."""
    need(loaded, "quotas", "quota-check-limit")
    me = project_of(network.provider)
    make_network(network, unique("quota-net"), cleanup)
    cleanup(lambda: quotas.delete(network, me))
    with pytest.raises(errors.BadRequest):
        quotas.update(network, me, quotas.UpdateOpts(network=0, check_limit=True))


# -- tags ---------------------------------------------------------------------------------------


def test_tags_on_a_network(
    network: ServiceClient, loaded: set[str], unique: Unique, cleanup: Cleanup
) -> None:
    need(loaded, "standard-attr-tag")
    net_id = make_network(network, unique("tag-net"), cleanup)
    where = ("networks", net_id)
    assert tags.get(network, *where).extract().tags == []
    created = tags.create(network, *where, tags.CreateOpts(tags=["red", "blue"]))
    assert created.status_code in (200, 201) and sorted(present(created.extract().tags)) == [
        "blue",
        "red",
    ]
    assert tags.add_tag(network, *where, "green").status_code == 201
    assert tags.check_tag(network, *where, "green").status_code == 204
    with pytest.raises(errors.NotFound):
        tags.check_tag(network, *where, "purple")
    assert sorted(present(tags.get(network, *where).extract().tags)) == ["blue", "green", "red"]
    assert sorted(present(networks.get(network, net_id).extract().tags)) == [
        "blue",
        "green",
        "red",
    ]

    assert tags.remove_tag(network, *where, "red").status_code == 204
    with pytest.raises(errors.NotFound):
        tags.remove_tag(network, *where, "red")
    replaced = tags.update(network, *where, tags.UpdateOpts(tags=["one", "two"])).extract()
    assert sorted(present(replaced.tags)) == ["one", "two"]
    assert tags.delete(network, *where).status_code == 204
    assert tags.get(network, *where).extract().tags == []
    # (the tags of a resource that does not exist answer 500 in this Neutron, not 404)


# -- IP availability ----------------------------------------------------------------------------


def test_network_ip_availability(
    network: ServiceClient, loaded: set[str], unique: Unique, cleanup: Cleanup
) -> None:
    need(loaded, "network-ip-availability")
    name = unique("ipav-net")
    net_id = make_network(network, name, cleanup)
    sub_id = make_subnet(network, net_id, "10.77.0.0/24", cleanup)
    make_port(network, net_id, unique("ipav-port"), cleanup)
    av = network_ip_availabilities.get(network, net_id).extract()
    assert (av.network_id, av.network_name) == (net_id, name)
    assert av.total_ips == 253 and av.used_ips == 1  # .1 is the gateway, the port holds one
    (sub,) = present(av.subnet_ip_availability)
    assert (sub.subnet_id, sub.cidr, sub.ip_version, sub.used_ips) == (sub_id, "10.77.0.0/24", 4, 1)
    if "network-ip-availability-details" in loaded:
        details = present(sub.ip_availability_details)
        assert (details.total_ips_in_subnet, details.total_ips_in_allocation_pool) == (254, 253)
    listed = network_ip_availabilities.list(
        network, network_ip_availabilities.ListOpts(network_name=name, ip_version=4)
    ).all_pages()
    assert [
        a.network_id for a in network_ip_availabilities.extract_network_ip_availabilities(listed)
    ] == [net_id]
    assert network_ip_availabilities.find(network, name).network_id == net_id

    other = make_network(network, unique("ipav-net2"), cleanup)
    paged = network_ip_availabilities.list(network, network_ip_availabilities.ListOpts(limit=1))
    pages = [network_ip_availabilities.extract_network_ip_availabilities(p) for p in paged.pages()]
    assert all(len(page) <= 1 for page in pages)
    seen = [a.network_id for page in pages for a in page]
    assert {net_id, other} <= set(seen) and len(seen) == len(set(seen))


# -- flavors and service profiles ---------------------------------------------------------------


def test_flavor_and_service_profile(
    network: ServiceClient, loaded: set[str], unique: Unique, cleanup: Cleanup
) -> None:
    need(loaded, "flavors")
    name = unique("nflavor")
    flavor = flavors.create(
        network,
        flavors.CreateOpts(
            name=name, service_type="L3_ROUTER_NAT", description="test", enabled=False
        ),
    ).extract()
    cleanup(lambda: flavors.delete(network, flavor.id))
    assert (flavor.name, flavor.service_type, flavor.enabled, flavor.service_profiles) == (
        name,
        "L3_ROUTER_NAT",
        False,
        [],
    )
    profile = service_profiles.create(
        network, service_profiles.CreateOpts(description="p", metainfo='{"a": 1}', enabled=True)
    ).extract()
    cleanup(lambda: service_profiles.delete(network, profile.id))
    assert (profile.metainfo, profile.enabled) == ('{"a": 1}', True)

    associated = flavors.associate_service_profile(
        network, flavor.id, flavors.AssociateServiceProfileOpts(id=profile.id)
    )
    assert associated.status_code == 201 and isinstance(associated.extract(), dict)
    assert flavors.get(network, flavor.id).extract().service_profiles == [profile.id]
    assert flavors.disassociate_service_profile(network, flavor.id, profile.id).status_code == 204

    changed = flavors.update(
        network, flavor.id, flavors.UpdateOpts(enabled=True, description="d")
    ).extract()
    assert (changed.enabled, changed.description) == (True, "d")
    assert [f.id for f in flavors.list(network, flavors.ListOpts(name=name))] == [flavor.id]
    assert flavors.find(network, name).id == flavor.id
    sp = service_profiles.update(
        network, profile.id, service_profiles.UpdateOpts(enabled=False)
    ).extract()
    assert sp.enabled is False
    assert profile.id in {
        p.id for p in service_profiles.list(network, service_profiles.ListOpts(enabled=False))
    }
    flavors.delete(network, flavor.id)
    service_profiles.delete(network, profile.id)
    with pytest.raises(errors.NotFound):
        flavors.get(network, flavor.id)


# -- auto-allocated topology --------------------------------------------------------------------


def test_auto_allocated_topology_needs_a_default_external_network(
    network: ServiceClient, loaded: set[str]
) -> None:
    """The local cloud has no default external network nor default subnet pools: the dry run
    and the allocation both answer 409 saying so, and nothing is created."""
    need(loaded, "auto-allocated-topology")
    me = project_of(network.provider)
    with pytest.raises(errors.Conflict):
        auto_allocated_topology.validate(
            network, me, auto_allocated_topology.ValidateOpts(fields="dry-run")
        )
    with pytest.raises(errors.Conflict):
        auto_allocated_topology.get(network, me)


# -- QoS (skipped unless the qos extension is loaded) -------------------------------------------


def test_qos_policy_and_rules(
    network: ServiceClient, loaded: set[str], unique: Unique, cleanup: Cleanup
) -> None:
    need(loaded, "qos")
    name = unique("qos")
    pol = qos_policies.create(
        network, qos_policies.CreateOpts(name=name, description="d")
    ).extract()
    cleanup(lambda: qos_policies.delete(network, pol.id))
    assert (pol.name, pol.shared, pol.rules) == (name, False, [])
    bw = qos_bandwidth_limit_rules.create(
        network, pol.id, qos_bandwidth_limit_rules.CreateOpts(max_kbps=1000, max_burst_kbps=100)
    ).extract()
    dscp = qos_dscp_marking_rules.create(
        network, pol.id, qos_dscp_marking_rules.CreateOpts(dscp_mark=26)
    ).extract()
    assert (bw.max_kbps, bw.max_burst_kbps, bw.direction, dscp.dscp_mark) == (
        1000,
        100,
        "egress",
        26,
    )
    with pytest.raises(ValueError):
        qos_dscp_marking_rules.CreateOpts(
            dscp_mark=7
        )  # not a valid DSCP mark: refused before sending
    got = qos_policies.get(network, pol.id).extract()
    assert {r.type for r in present(got.rules)} == {"bandwidth_limit", "dscp_marking"}
    bw2 = qos_bandwidth_limit_rules.update(
        network, pol.id, bw.id, qos_bandwidth_limit_rules.UpdateOpts(max_kbps=2000)
    ).extract()
    assert bw2.max_kbps == 2000
    assert [r.id for r in qos_bandwidth_limit_rules.list(network, pol.id)] == [bw.id]
    mb = qos_minimum_bandwidth_rules.create(
        network, pol.id, qos_minimum_bandwidth_rules.CreateOpts(min_kbps=500)
    ).extract()
    assert qos_minimum_bandwidth_rules.get(network, pol.id, mb.id).extract().min_kbps == 500
    qos_minimum_bandwidth_rules.delete(network, pol.id, mb.id)
    if "qos-pps" in loaded:
        pr = qos_packet_rate_limit_rules.create(
            network,
            pol.id,
            qos_packet_rate_limit_rules.CreateOpts(max_kpps=10, direction="ingress"),
        ).extract()
        assert (pr.max_kpps, pr.direction) == (10, "ingress")
    if "qos-pps-minimum" in loaded:
        mp = qos_minimum_packet_rate_rules.create(
            network, pol.id, qos_minimum_packet_rate_rules.CreateOpts(min_kpps=5, direction="any")
        ).extract()
        assert [r.id for r in qos_minimum_packet_rate_rules.list(network, pol.id)] == [mp.id]
    if "qos-rules-alias" in loaded:
        assert qos_dscp_marking_rules.get_by_id(network, dscp.id).extract().dscp_mark == 26
        moved = qos_dscp_marking_rules.update_by_id(
            network, dscp.id, qos_dscp_marking_rules.UpdateByIdOpts(dscp_mark=34)
        ).extract()
        assert moved.dscp_mark == 34
        qos_dscp_marking_rules.delete_by_id(network, dscp.id)
    else:
        qos_dscp_marking_rules.delete(network, pol.id, dscp.id)
    updated = qos_policies.update(
        network, pol.id, qos_policies.UpdateOpts(description="e")
    ).extract()
    assert updated.description == "e"
    assert [p.id for p in qos_policies.list(network, qos_policies.ListOpts(name=name))] == [pol.id]
    assert qos_policies.find(network, name).id == pol.id
    # which rule types there are depends on the loaded mechanism drivers
    every = qos_rule_types.list(network, qos_rule_types.ListOpts(all_rules=True))
    assert {"bandwidth_limit", "dscp_marking", "minimum_bandwidth"} <= {t.type for t in every}
    if "qos-rule-type-details" in loaded:
        detail = qos_rule_types.get(network, "bandwidth_limit").extract()
        assert detail.type == "bandwidth_limit" and isinstance(detail.drivers, list)
    qos_bandwidth_limit_rules.delete(network, pol.id, bw.id)
    qos_policies.delete(network, pol.id)
    with pytest.raises(errors.NotFound):
        qos_policies.get(network, pol.id)


# -- trunks (skipped unless the trunk extension is loaded) --------------------------------------


def test_trunk_with_subports(
    network: ServiceClient, loaded: set[str], unique: Unique, cleanup: Cleanup
) -> None:
    need(loaded, "trunk")
    net_id = make_network(network, unique("trunk-net"), cleanup)
    parent = make_port(network, net_id, unique("parent"), cleanup)
    child = make_port(network, net_id, unique("child"), cleanup)
    trunk = trunks.create(
        network, trunks.CreateOpts(port_id=parent, name=unique("trunk"))
    ).extract()
    cleanup(lambda: trunks.delete(network, trunk.id))
    assert trunk.port_id == parent and trunk.sub_ports == []
    sub = trunks.SubPort(port_id=child, segmentation_type="vlan", segmentation_id=101)
    added = trunks.add_subports(
        network, trunk.id, trunks.AddSubportsOpts(sub_ports=[sub])
    ).extract()
    assert [(s.port_id, s.segmentation_id) for s in present(added.sub_ports)] == [(child, 101)]
    assert [s.port_id for s in trunks.get_subports(network, trunk.id).extract()] == [child]
    removed = trunks.remove_subports(
        network, trunk.id, trunks.RemoveSubportsOpts(sub_ports=[trunks.SubPort(port_id=child)])
    ).extract()
    assert removed.sub_ports == []
    renamed = trunks.update(network, trunk.id, trunks.UpdateOpts(name="renamed")).extract()
    assert renamed.name == "renamed" and renamed.status == "DOWN"  # no agent wires it
    assert [t.id for t in trunks.list(network, trunks.ListOpts(port_id=parent))] == [trunk.id]
    trunks.delete(network, trunk.id)


# -- segments and Local IPs (skipped unless loaded) ---------------------------------------------


def test_segments(
    network: ServiceClient, loaded: set[str], unique: Unique, cleanup: Cleanup
) -> None:
    need(loaded, "segment")
    net_id = make_network(network, unique("seg-net"), cleanup)
    seg = segments.create(
        network,
        segments.CreateOpts(network_id=net_id, network_type="vlan", physical_network="physnet1"),
    ).extract()
    cleanup(lambda: segments.delete(network, seg.id))
    assert seg.network_id == net_id and seg.network_type == "vlan"
    assert segments.update(network, seg.id, segments.UpdateOpts(name="s1")).extract().name == "s1"
    listed = segments.list(
        network, segments.ListOpts(network_id=net_id, limit=1, sort_key=["id"], sort_dir=["asc"])
    )
    assert seg.id in {s.id for s in listed}
    segments.delete(network, seg.id)
    with pytest.raises(errors.NotFound):
        segments.get(network, seg.id)


def test_local_ips(
    network: ServiceClient, loaded: set[str], unique: Unique, cleanup: Cleanup
) -> None:
    need(loaded, "local_ip")
    net_id = make_network(network, unique("lip-net"), cleanup)
    make_subnet(network, net_id, "10.78.0.0/24", cleanup)
    port = make_port(network, net_id, unique("lip-port"), cleanup)
    lip = local_ips.create(
        network, local_ips.CreateOpts(network_id=net_id, name=unique("lip"))
    ).extract()
    cleanup(lambda: local_ips.delete(network, lip.id))
    assoc = local_ip_associations.create(
        network, lip.id, local_ip_associations.CreateOpts(fixed_port_id=port)
    ).extract()
    assert assoc.fixed_port_id == port
    assert [a.fixed_port_id for a in local_ip_associations.list(network, lip.id)] == [port]
    local_ip_associations.delete(network, lip.id, port)
    assert (
        local_ip_associations.extract_local_ip_associations(
            local_ip_associations.list(network, lip.id).all_pages()
        )
        == []
    )
    renamed = local_ips.update(network, lip.id, local_ips.UpdateOpts(name="renamed")).extract()
    assert renamed.name == "renamed" and renamed.network_id == net_id
    assert local_ips.find(network, "renamed").id == lip.id


def test_versions_and_endpoint_resources(network: ServiceClient) -> None:
    """GET / at the server root (no token) lists v2.0; the endpoint lists its core collections."""
    listed = versions.list(network).all_pages()
    assert [v.id for v in listed.extract()] == ["v2.0"]
    v2 = listed.extract()[0]
    assert v2.status == "CURRENT" and v2.extra == {}
    assert any(link.rel == "self" for link in v2.links or [])
    resources = versions.list_resources(network).extract()
    by_collection = {r.collection: r for r in resources}
    assert {"networks", "subnets", "ports"} <= set(by_collection)
    assert by_collection["networks"].name == "network"
    assert all(r.extra == {} for r in resources)

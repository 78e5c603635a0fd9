"""Service function chaining (networking-sfc) against the local Neutron: port pairs, port
pair groups, flow classifiers, port chains and service graphs. The dummy drivers keep
everything in the database; no OVS agent programs a chain."""

from __future__ import annotations

import pytest

from stacksdk.network.v2 import (
    ports,
    sfc_flow_classifiers,
    sfc_port_chains,
    sfc_port_pair_groups,
    sfc_port_pairs,
    sfc_service_graphs,
)
from stacksdk.runtime import ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique, present
from tests.integration.network.addons import (
    loaded_aliases,
    make_network,
    make_port,
    make_subnet,
    need,
    paged_ids,
)


@pytest.fixture(scope="module", autouse=True)
def sfc(network: ServiceClient) -> None:
    need(loaded_aliases(network), "sfc", "flow_classifier", "service_graph")


VM = "5f2a4a3c-0000-4000-8000-00000000cafe"


def sfc_network(network: ServiceClient, unique: Unique, cleanup: Cleanup) -> str:
    """A network with a subnet, for the service function ports."""
    net = make_network(network, unique("sfc-net"), cleanup)
    make_subnet(network, net, "10.74.0.0/24", cleanup)
    return net


def make_sf_port(
    network: ServiceClient, net: str, name: str, cleanup: Cleanup, device: str = VM
) -> str:
    """A port of a service function: the two ports of a pair must have the same device
    (the service function's VM; any ID will do, nothing checks it)."""
    port = ports.create(
        network, ports.CreateOpts(network_id=net, name=name, device_id=device)
    ).extract()
    cleanup(lambda: ports.delete(network, port.id))
    return port.id


def make_pair(network: ServiceClient, net: str, name: str, cleanup: Cleanup) -> str:
    ingress = make_sf_port(network, net, name + "-in", cleanup)
    egress = make_sf_port(network, net, name + "-out", cleanup)
    mpls = sfc_port_pairs.ServiceFunctionParameters(correlation="mpls")  # service graphs need it
    pair = sfc_port_pairs.create(
        network,
        sfc_port_pairs.CreateOpts(
            name=name, ingress=ingress, egress=egress, service_function_parameters=mpls
        ),
    ).extract()
    cleanup(lambda: sfc_port_pairs.delete(network, pair.id))
    return pair.id


def make_chain(
    network: ServiceClient, net: str, name: str, cleanup: Cleanup, with_classifier: bool = True
) -> str:
    group = sfc_port_pair_groups.create(
        network,
        sfc_port_pair_groups.CreateOpts(
            name=name, port_pairs=[make_pair(network, net, name, cleanup)]
        ),
    ).extract()
    cleanup(lambda: sfc_port_pair_groups.delete(network, group.id))
    classifiers = []
    if with_classifier:
        src = make_port(network, net, name + "-src", cleanup)
        fc = sfc_flow_classifiers.create(
            network, sfc_flow_classifiers.CreateOpts(name=name, logical_source_port=src)
        ).extract()
        cleanup(lambda: sfc_flow_classifiers.delete(network, fc.id))
        classifiers = [fc.id]
    chain = sfc_port_chains.create(
        network,
        sfc_port_chains.CreateOpts(
            name=name, port_pair_groups=[group.id], flow_classifiers=classifiers
        ),
    ).extract()
    cleanup(lambda: sfc_port_chains.delete(network, chain.id))
    return chain.id


def test_port_pair_crud_and_paging(
    network: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    sfc_net = sfc_network(network, unique, cleanup)
    name = unique("pp")
    ingress = make_sf_port(network, sfc_net, name + "-in", cleanup)
    egress = make_sf_port(network, sfc_net, name + "-out", cleanup)
    unbound = make_port(network, sfc_net, name + "-unbound", cleanup)
    with pytest.raises(errors.BadRequest, match="does not belong to a host"):  # no device
        sfc_port_pairs.create(network, sfc_port_pairs.CreateOpts(ingress=unbound, egress=egress))
    elsewhere = make_sf_port(network, sfc_net, name + "-other", cleanup, device=VM[:-4] + "beef")
    with pytest.raises(errors.BadRequest):  # the two ports are on different devices
        sfc_port_pairs.create(network, sfc_port_pairs.CreateOpts(ingress=ingress, egress=elsewhere))
    pair = sfc_port_pairs.create(
        network,
        sfc_port_pairs.CreateOpts(
            name=name, ingress=ingress, egress=egress,
            service_function_parameters=sfc_port_pairs.ServiceFunctionParameters(weight=3),
        ),
    ).extract()  # fmt: skip
    cleanup(lambda: sfc_port_pairs.delete(network, pair.id))
    assert (pair.ingress, pair.egress) == (ingress, egress)
    params = present(pair.service_function_parameters)
    assert params.weight == 3 and not params.correlation  # null is left out
    assert sfc_port_pairs.find(network, name).id == pair.id
    changed = sfc_port_pairs.update(
        network, pair.id, sfc_port_pairs.UpdateOpts(description="fw")
    ).extract()
    assert changed.description == "fw"
    with pytest.raises(errors.BadRequest, match="already used"):  # these ports already are a pair
        sfc_port_pairs.create(network, sfc_port_pairs.CreateOpts(ingress=ingress, egress=egress))
    with pytest.raises(errors.NotFound):
        sfc_port_pairs.create(
            network,
            sfc_port_pairs.CreateOpts(
                ingress="00000000-0000-0000-0000-000000000000", egress=egress
            ),
        )

    others = [make_pair(network, sfc_net, unique("pp-page"), cleanup) for _ in range(2)]
    pages = paged_ids(sfc_port_pairs.list(network, sfc_port_pairs.ListOpts(limit=2)))
    seen = [i for p in pages for i in p]
    assert all(len(p) <= 2 for p in pages) and len(pages) >= 2
    assert {pair.id, *others} <= set(seen) and len(seen) == len(set(seen))
    listed = sfc_port_pairs.list(network, sfc_port_pairs.ListOpts(ingress=ingress))
    assert [p.id for p in listed] == [pair.id]
    sfc_port_pairs.delete(network, pair.id)
    with pytest.raises(errors.NotFound):
        sfc_port_pairs.get(network, pair.id)


def test_port_pair_group_and_flow_classifier(
    network: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    sfc_net = sfc_network(network, unique, cleanup)
    p1 = make_pair(network, sfc_net, unique("ppg1"), cleanup)
    p2 = make_pair(network, sfc_net, unique("ppg2"), cleanup)
    name = unique("ppg")
    group = sfc_port_pair_groups.create(
        network,
        sfc_port_pair_groups.CreateOpts(
            name=name, port_pairs=[p1],
            port_pair_group_parameters=sfc_port_pair_groups.PortPairGroupParameters(
                lb_fields=["ip_src", "ip_dst"]
            ),
        ),
    ).extract()  # fmt: skip
    cleanup(lambda: sfc_port_pair_groups.delete(network, group.id))
    assert group.port_pairs == [p1] and group.tap_enabled is False
    assert present(group.port_pair_group_parameters).lb_fields == ["ip_src", "ip_dst"]
    grown = sfc_port_pair_groups.update(
        network, group.id, sfc_port_pair_groups.UpdateOpts(port_pairs=[p1, p2])
    ).extract()
    assert sorted(present(grown.port_pairs)) == sorted([p1, p2])
    with pytest.raises(errors.Conflict):  # a pair belongs to one group
        sfc_port_pair_groups.create(network, sfc_port_pair_groups.CreateOpts(port_pairs=[p2]))
    with pytest.raises(errors.Conflict):  # in use by the group
        sfc_port_pairs.delete(network, p2)
    assert sfc_port_pair_groups.find(network, name).id == group.id

    src = make_port(network, sfc_net, unique("fc-src"), cleanup)
    fc = sfc_flow_classifiers.create(
        network,
        sfc_flow_classifiers.CreateOpts(
            name=unique("fc"), ethertype="IPv4", protocol="tcp", logical_source_port=src,
            destination_port_range_min=80, destination_port_range_max=443,
            destination_ip_prefix="10.80.0.0/16",
        ),
    ).extract()  # fmt: skip
    cleanup(lambda: sfc_flow_classifiers.delete(network, fc.id))
    assert (fc.protocol, fc.ethertype, fc.logical_source_port) == ("tcp", "IPv4", src)
    assert (fc.destination_port_range_min, fc.destination_port_range_max) == (80, 443)
    assert fc.source_ip_prefix is None and fc.destination_ip_prefix == "10.80.0.0/16"
    renamed = sfc_flow_classifiers.update(
        network, fc.id, sfc_flow_classifiers.UpdateOpts(name="web")
    ).extract()
    assert renamed.name == "web"
    listed = sfc_flow_classifiers.list(
        network, sfc_flow_classifiers.ListOpts(logical_source_port=src)
    )
    assert [c.id for c in listed] == [fc.id]
    with pytest.raises(errors.BadRequest):  # min above max
        sfc_flow_classifiers.create(
            network,
            sfc_flow_classifiers.CreateOpts(
                protocol="tcp", logical_source_port=src,
                source_port_range_min=90, source_port_range_max=80,
            ),
        )  # fmt: skip
    sfc_flow_classifiers.delete(network, fc.id)
    with pytest.raises(errors.NotFound):
        sfc_flow_classifiers.get(network, fc.id)


def test_port_chain_and_service_graph(
    network: ServiceClient, unique: Unique, cleanup: Cleanup
) -> None:
    sfc_net = sfc_network(network, unique, cleanup)
    name = unique("pc")
    first = make_chain(network, sfc_net, name, cleanup)
    chain = sfc_port_chains.get(network, first).extract()
    assert chain.name == name and len(present(chain.port_pair_groups)) == 1
    assert len(present(chain.flow_classifiers)) == 1
    params = present(chain.chain_parameters)
    assert params.correlation == "mpls" and params.symmetric is False
    assert present(chain.chain_id) > 0
    assert sfc_port_chains.find(network, name).id == first
    with pytest.raises(errors.Conflict):  # in use by the chain
        sfc_port_pair_groups.delete(network, present(chain.port_pair_groups)[0])
    changed = sfc_port_chains.update(
        network, first, sfc_port_chains.UpdateOpts(description="edge", flow_classifiers=[])
    ).extract()
    assert changed.description == "edge" and changed.flow_classifiers == []

    second = make_chain(network, sfc_net, unique("pc2"), cleanup)
    graph_name = unique("graph")
    graph = sfc_service_graphs.create(
        network,
        sfc_service_graphs.CreateOpts(name=graph_name, port_chains={first: [second]}),
    ).extract()
    cleanup(lambda: sfc_service_graphs.delete(network, graph.id))
    assert graph.port_chains == {first: [second]}
    with pytest.raises(errors.Conflict):  # in use by the graph
        sfc_port_chains.delete(network, second)
    renamed = sfc_service_graphs.update(
        network, graph.id, sfc_service_graphs.UpdateOpts(description="two hops")
    ).extract()
    assert renamed.description == "two hops"
    assert sfc_service_graphs.find(network, graph_name).id == graph.id
    with pytest.raises(errors.Conflict, match="already in use"):  # one graph per chain
        sfc_service_graphs.create(
            network, sfc_service_graphs.CreateOpts(port_chains={second: [first]})
        )
    sfc_service_graphs.delete(network, graph.id)
    with pytest.raises(errors.BadRequest):  # a chain cannot follow itself
        sfc_service_graphs.create(
            network, sfc_service_graphs.CreateOpts(port_chains={second: [second]})
        )
    with pytest.raises(errors.NotFound):
        sfc_service_graphs.get(network, graph.id)
    sfc_port_chains.delete(network, second)
    with pytest.raises(errors.NotFound):
        sfc_port_chains.get(network, second)

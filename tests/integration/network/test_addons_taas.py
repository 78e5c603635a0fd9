"""Tap-as-a-Service (tap-as-a-service) against the local Neutron: tap services, tap flows
and tap mirrors. The RPC driver casts to TaaS agents that never run, so services and
flows keep the status the API server gives them."""

from __future__ import annotations

import pytest

from stacksdk.network.v2 import tap_flows, tap_mirrors, tap_services
from stacksdk.runtime import ServiceClient, errors
from tests.integration.helpers import Cleanup, Unique
from tests.integration.network.addons import (
    loaded_aliases,
    make_network,
    make_port,
    make_subnet,
    need,
    paged_ids,
)


@pytest.fixture(scope="module")
def loaded(network: ServiceClient) -> set[str]:
    return loaded_aliases(network)


def taas_network(network: ServiceClient, unique: Unique, cleanup: Cleanup) -> str:
    net = make_network(network, unique("taas-net"), cleanup)
    make_subnet(network, net, "10.75.0.0/24", cleanup)
    return net


def test_tap_service_and_flows(
    network: ServiceClient, loaded: set[str], unique: Unique, cleanup: Cleanup
) -> None:
    need(loaded, "taas", "taas-vlan-filter")
    net = taas_network(network, unique, cleanup)
    monitor = make_port(network, net, unique("monitor"), cleanup)
    source = make_port(network, net, unique("source"), cleanup)
    name = unique("tas")
    service = tap_services.create(
        network, tap_services.CreateOpts(name=name, port_id=monitor)
    ).extract()
    cleanup(lambda: tap_services.delete(network, service.id))
    assert service.port_id == monitor and service.status
    assert tap_services.find(network, name).id == service.id
    changed = tap_services.update(
        network, service.id, tap_services.UpdateOpts(description="ids")
    ).extract()
    assert changed.description == "ids"
    with pytest.raises(errors.NotFound):
        tap_services.create(
            network, tap_services.CreateOpts(port_id="00000000-0000-0000-0000-000000000000")
        )

    flow = tap_flows.create(
        network,
        tap_flows.CreateOpts(
            name=unique("taf"), tap_service_id=service.id, source_port=source,
            direction="BOTH", vlan_filter="9,18-27",
        ),
    ).extract()  # fmt: skip
    cleanup(lambda: tap_flows.delete(network, flow.id))
    assert (flow.tap_service_id, flow.source_port, flow.direction) == (service.id, source, "BOTH")
    assert flow.vlan_filter == "9,18-27" and flow.status
    renamed = tap_flows.update(network, flow.id, tap_flows.UpdateOpts(name="renamed")).extract()
    assert renamed.name == "renamed"
    out_flow = tap_flows.create(
        network,
        tap_flows.CreateOpts(tap_service_id=service.id, source_port=source, direction="OUT"),
    ).extract()
    cleanup(lambda: tap_flows.delete(network, out_flow.id))
    pages = paged_ids(
        tap_flows.list(network, tap_flows.ListOpts(tap_service_id=service.id, limit=1))
    )
    seen = [i for p in pages for i in p]
    assert all(len(p) <= 1 for p in pages) and sorted(seen) == sorted([flow.id, out_flow.id])
    listed = tap_flows.list(network, tap_flows.ListOpts(direction="OUT", tap_service_id=service.id))
    assert [f.id for f in listed] == [out_flow.id]
    with pytest.raises(errors.BadRequest):  # not a VLAN range list
        tap_flows.create(
            network,
            tap_flows.CreateOpts(
                tap_service_id=service.id, source_port=source, direction="IN", vlan_filter="x"
            ),
        )
    with pytest.raises(errors.NotFound):
        tap_flows.create(
            network,
            tap_flows.CreateOpts(
                tap_service_id="00000000-0000-0000-0000-000000000000", source_port=source,
                direction="IN",
            ),
        )  # fmt: skip

    tap_flows.delete(network, out_flow.id)
    with pytest.raises(errors.NotFound):
        tap_flows.get(network, out_flow.id)
    tap_services.delete(network, service.id)  # takes its flows along
    with pytest.raises(errors.NotFound):
        tap_flows.get(network, flow.id)
    with pytest.raises(errors.NotFound):
        tap_services.get(network, service.id)


def test_tap_mirrors(
    network: ServiceClient, loaded: set[str], unique: Unique, cleanup: Cleanup
) -> None:
    need(loaded, "tap-mirror", "tap-mirror-both-direction")
    net = taas_network(network, unique, cleanup)
    port = make_port(network, net, unique("mirrored"), cleanup)
    name = unique("mirror")
    mirror = tap_mirrors.create(
        network,
        tap_mirrors.CreateOpts(
            name=name, port_id=port, directions={"IN": 101, "OUT": 102},
            remote_ip="192.0.2.50", mirror_type="gre",
        ),
    ).extract()  # fmt: skip
    cleanup(lambda: tap_mirrors.delete(network, mirror.id))
    assert mirror.directions == {"IN": 101, "OUT": 102}
    assert (mirror.remote_ip, mirror.mirror_type, mirror.port_id) == ("192.0.2.50", "gre", port)
    changed = tap_mirrors.update(
        network, mirror.id, tap_mirrors.UpdateOpts(description="to the collector")
    ).extract()
    assert changed.description == "to the collector"
    assert tap_mirrors.find(network, name).id == mirror.id
    other = make_port(network, net, unique("mirrored2"), cleanup)
    with pytest.raises(errors.Conflict):  # tunnel key 101 is taken for this remote IP
        tap_mirrors.create(
            network,
            tap_mirrors.CreateOpts(
                port_id=other, directions={"IN": 101}, remote_ip="192.0.2.50", mirror_type="gre"
            ),
        )
    second = tap_mirrors.create(
        network,
        tap_mirrors.CreateOpts(
            port_id=other, directions={"OUT": 7}, remote_ip="192.0.2.51", mirror_type="erspanv1"
        ),
    ).extract()
    cleanup(lambda: tap_mirrors.delete(network, second.id))
    listed = tap_mirrors.list(network, tap_mirrors.ListOpts(mirror_type="erspanv1"))
    assert second.id in {m.id for m in listed} and mirror.id not in {m.id for m in listed}
    tap_mirrors.delete(network, mirror.id)
    with pytest.raises(errors.NotFound):
        tap_mirrors.get(network, mirror.id)

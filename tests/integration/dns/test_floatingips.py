"""PTR records of Neutron floating IPs (Designate asks Neutron for the project's floating IPs)."""

from __future__ import annotations

import pytest

from stacksdk.dns.v2 import floatingips, zones
from stacksdk.network.v2 import floating_ips, networks, subnets
from stacksdk.runtime import ServiceClient, errors
from tests.integration.dns.conftest import POLL_S, WAIT_S
from tests.integration.helpers import Cleanup, Unique
from tests.localcloud.cloud import CloudInfo


@pytest.fixture
def floating_ip(
    network: ServiceClient, unique: Unique, cleanup: Cleanup
) -> floating_ips.FloatingIP:
    """A floating IP of the admin project on a new external network (Neutron's API only)."""
    net = networks.create(
        network, networks.CreateOpts(name=unique("ext"), router_external=True)
    ).extract()
    cleanup(lambda: networks.delete(network, net.id))
    subnets.create(
        network, subnets.CreateOpts(network_id=net.id, ip_version=4, cidr="203.0.113.0/24")
    )
    fip = floating_ips.create(
        network, floating_ips.CreateOpts(floating_network_id=net.id)
    ).extract()
    cleanup(lambda: floating_ips.delete(network, fip.id))
    return fip


def test_set_and_unset_a_ptr_record(
    dns: ServiceClient, dns_cloud: CloudInfo, floating_ip: floating_ips.FloatingIP
) -> None:
    key = f"{dns_cloud.region}:{floating_ip.id}"
    before = floatingips.get(dns, key).extract()
    assert before.address == floating_ip.floating_ip_address
    assert before.ptrdname is None and before.status == "INACTIVE"
    assert key in {f.id for f in floatingips.list(dns)}

    set_ = floatingips.update(
        dns, key, floatingips.UpdateOpts(ptrdname="mail.example.org.", ttl=600, description="mail")
    ).extract()
    assert set_.status == "PENDING" and set_.ptrdname == "mail.example.org."
    done = floatingips.wait_for_status(dns, key, "ACTIVE", timeout=WAIT_S, interval=POLL_S)
    assert done.ptrdname == "mail.example.org." and done.ttl == 600 and done.description == "mail"
    listed = {f.id: f for f in floatingips.list(dns)}
    assert listed[key].ptrdname == "mail.example.org."

    # the record lives in a reverse zone Designate manages under its own project
    octets = str(floating_ip.floating_ip_address).split(".")
    reverse = f"{octets[2]}.{octets[1]}.{octets[0]}.in-addr.arpa."
    managed = list(zones.list(dns, zones.ListOpts(name=reverse, all_projects=True)))
    assert [z.name for z in managed] == [reverse]
    assert managed[0].project_id == "00000000-0000-0000-0000-000000000000"

    floatingips.unset(dns, key, floatingips.UpdateOpts(ptrdname=None))
    after = floatingips.get(dns, key).extract()
    assert after.ptrdname is None and after.status == "INACTIVE"


def test_unknown_floating_ip(dns: ServiceClient, dns_cloud: CloudInfo) -> None:
    with pytest.raises(errors.NotFound):
        floatingips.get(dns, f"{dns_cloud.region}:1f2d3c4b-0000-4000-8000-000000000000")

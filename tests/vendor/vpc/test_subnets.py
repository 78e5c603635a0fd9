"""VPC v1 subnets: every operation against the signature-checking loopback cloud."""

from __future__ import annotations

import pytest

from stacksdk.huaweicloud.vpc.v1 import subnets
from stacksdk.runtime import errors
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud

VPC_ID = "5b2f1c7e-3a41-4d7e-9c0a-8e6b2f4d1a90"
SUBNET_ID = "c1a4e0d2-77b3-4f5e-8a19-3d0b6c2e9f41"


def subnet_body(**changes: object) -> dict[str, object]:
    """A subnet as the API reference shows one (values of our own)."""
    subnet: dict[str, object] = {
        "id": SUBNET_ID,
        "name": "subnet-app",
        "description": "",
        "cidr": "192.168.10.0/24",
        "gateway_ip": "192.168.10.1",
        "ipv6_enable": False,
        "dhcp_enable": True,
        "primary_dns": "100.125.1.250",
        "secondary_dns": "100.125.64.250",
        "dnsList": ["100.125.1.250", "100.125.64.250"],
        "availability_zone": "xx-test-1a",
        "vpc_id": VPC_ID,
        "status": "ACTIVE",
        "neutron_network_id": SUBNET_ID,
        "neutron_subnet_id": "0e5d2c39-9b0f-4a36-a5a1-4c2b6d7e8f90",
        "extra_dhcp_opts": [{"opt_name": "ntp", "opt_value": "10.0.0.20"}],
        "scope": "center",
        "tenant_id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        "available_ip_address_count": 250,
        "created_at": "2024-05-06T07:18:09",
        "updated_at": "2024-05-06T07:18:11",
    }
    subnet.update(changes)
    return subnet


def test_create(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"subnet": subnet_body(status="UNKNOWN")})
    opts = subnets.CreateOpts(
        name="subnet-app",
        cidr="192.168.10.0/24",
        gateway_ip="192.168.10.1",
        vpc_id=VPC_ID,
        primary_dns="100.125.1.250",
        secondary_dns="100.125.64.250",
        dns_list=["100.125.1.250", "100.125.64.250"],
        availability_zone="xx-test-1a",
        extra_dhcp_opts=[subnets.ExtraDhcpOpt(opt_name="ntp", opt_value="10.0.0.20")],
        tags=["env*prod"],
    )
    got = subnets.create(v1, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"/v1/{hw.project_id}/subnets"
    assert req.json() == {
        "subnet": {
            "name": "subnet-app",
            "cidr": "192.168.10.0/24",
            "gateway_ip": "192.168.10.1",
            "vpc_id": VPC_ID,
            "primary_dns": "100.125.1.250",
            "secondary_dns": "100.125.64.250",
            "dnsList": ["100.125.1.250", "100.125.64.250"],
            "availability_zone": "xx-test-1a",
            "extra_dhcp_opts": [{"opt_name": "ntp", "opt_value": "10.0.0.20"}],
            "tags": ["env*prod"],
        }
    }
    assert got.id == SUBNET_ID and got.status == "UNKNOWN"
    assert got.dns_list == ["100.125.1.250", "100.125.64.250"]


def test_create_needs_the_vpc_cidr_and_gateway(hw: HwCloud, v1: ServiceClient) -> None:
    with pytest.raises((TypeError, ValueError), match="gateway_ip"):
        subnets.create(v1, subnets.CreateOpts(name="s", cidr="192.168.1.0/24", vpc_id=VPC_ID))
    assert hw.api_requests == []


def test_get(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"subnet": subnet_body(cidr_v6="2407:c080:802:be7::/64", ipv6_enable=True)})
    got = subnets.get(v1, SUBNET_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"/v1/{hw.project_id}/subnets/{SUBNET_ID}"
    assert got.vpc_id == VPC_ID and got.gateway_ip == "192.168.10.1"
    assert got.cidr_v6 == "2407:c080:802:be7::/64" and got.ipv6_enable is True
    assert got.extra_dhcp_opts == [subnets.ExtraDhcpOpt(opt_name="ntp", opt_value="10.0.0.20")]
    assert got.available_ip_address_count == 250 and got.scope == "center"


def test_list_by_vpc(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"subnets": [subnet_body(id="s-1"), subnet_body(id="s-2")]})
    hw.reply(200, {"subnets": []})
    got = list(subnets.list(v1, subnets.ListOpts(vpc_id=VPC_ID, limit=2)))
    assert [s.id for s in got] == ["s-1", "s-2"]
    one, two = hw.api_requests
    assert one.method == "GET" and one.path == f"/v1/{hw.project_id}/subnets"
    assert sorted(one.query) == [("limit", "2"), ("vpc_id", VPC_ID)]
    assert sorted(two.query) == [("limit", "2"), ("marker", "s-2"), ("vpc_id", VPC_ID)]


def test_update_names_the_vpc_in_the_path(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"subnet": {"id": SUBNET_ID, "status": "ACTIVE"}})
    opts = subnets.UpdateOpts(
        name="subnet-app2",
        dhcp_enable=True,
        extra_dhcp_opts=[subnets.ExtraDhcpOpt(opt_name="ntp", opt_value=None)],
    )
    got = subnets.update(v1, VPC_ID, SUBNET_ID, opts).extract()
    req = hw.api_requests[-1]
    assert (
        req.method == "PUT" and req.path == f"/v1/{hw.project_id}/vpcs/{VPC_ID}/subnets/{SUBNET_ID}"
    )
    assert req.json() == {
        "subnet": {
            "name": "subnet-app2",
            "dhcp_enable": True,
            "extra_dhcp_opts": [{"opt_name": "ntp", "opt_value": None}],
        }
    }
    assert got.id == SUBNET_ID and got.status == "ACTIVE" and not got.is_set("cidr")


def test_delete_names_the_vpc_in_the_path(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(204)
    result = subnets.delete(v1, VPC_ID, SUBNET_ID)
    req = hw.api_requests[-1]
    assert (
        req.method == "DELETE"
        and req.path == f"/v1/{hw.project_id}/vpcs/{VPC_ID}/subnets/{SUBNET_ID}"
    )
    assert result.status_code == 204


def test_wait_for_status_stops_on_error(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"subnet": subnet_body(status="UNKNOWN")})
    hw.reply(200, {"subnet": subnet_body(status="ERROR")})
    with pytest.raises(errors.WaitFailed):
        subnets.wait_for_status(v1, SUBNET_ID, "ACTIVE", timeout=30, interval=0)
    assert len(hw.api_requests) == 2

"""VPC v1 elastic public IPs (EIPs) against the signature-checking loopback cloud."""

from __future__ import annotations

import datetime

import pytest

from stacksdk.huaweicloud.vpc.v1 import publicips
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud

EIP_ID = "2ec9b78d-9368-46f3-8f29-d1a95622a568"
PORT_ID = "f1296398-ce3f-4a4e-8c5f-0d6f3e1a7b11"
BANDWIDTH_ID = "3fa5b383-5a73-4dcb-a314-c6128546d855"
PROJECT = "0a1b2c3d4e5f60718293a4b5c6d7e8f9"


def eip_body(**changes: object) -> dict[str, object]:
    """An EIP as show and list return it (values of our own)."""
    eip: dict[str, object] = {
        "id": EIP_ID,
        "alias": "eip-web",
        "status": "DOWN",
        "type": "5_bgp",
        "public_ip_address": "203.0.113.45",
        "ip_version": 4,
        "tenant_id": PROJECT,
        "create_time": "2024-05-06 07:28:09",
        "bandwidth_id": BANDWIDTH_ID,
        "bandwidth_name": "bw-web",
        "bandwidth_share_type": "PER",
        "bandwidth_size": 5,
        "enterprise_project_id": "0",
        "public_border_group": "center",
        "allow_share_bandwidth_types": ["share"],
        "tags": [],
    }
    eip.update(changes)
    return eip


def test_create_with_a_dedicated_bandwidth(hw: HwCloud, v1: ServiceClient) -> None:
    created = {
        "id": EIP_ID,
        "status": "PENDING_CREATE",
        "type": "5_bgp",
        "public_ip_address": "203.0.113.45",
        "tenant_id": PROJECT,
        "ip_version": 4,
        "create_time": "2024-05-06 07:28:09",
        "bandwidth_size": 5,
        "enterprise_project_id": "0",
        "alias": "eip-web",
    }
    hw.reply(200, {"publicip": created})
    opts = publicips.CreateOpts(
        type="5_bgp",
        alias="eip-web",
        ip_address="203.0.113.45",
        bandwidth=publicips.BandwidthSpec(
            share_type="PER", name="bw-web", size=5, charge_mode="traffic"
        ),
        enterprise_project_id="0",
    )
    got = publicips.create(v1, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"/v1/{hw.project_id}/publicips"
    assert req.json() == {
        "publicip": {"type": "5_bgp", "alias": "eip-web", "ip_address": "203.0.113.45"},
        "bandwidth": {"share_type": "PER", "name": "bw-web", "size": 5, "charge_mode": "traffic"},
        "enterprise_project_id": "0",
    }
    assert got.id == EIP_ID and got.status == "PENDING_CREATE" and got.bandwidth_size == 5
    assert got.create_time == datetime.datetime(2024, 5, 6, 7, 28, 9, tzinfo=datetime.timezone.utc)


def test_create_into_a_shared_bandwidth(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(
        200,
        {"publicip": {"id": EIP_ID, "status": "PENDING_CREATE", "type": "5_bgp", "ip_version": 4}},
    )
    opts = publicips.CreateOpts(
        type="5_bgp", bandwidth=publicips.BandwidthSpec(share_type="WHOLE", id=BANDWIDTH_ID)
    )
    publicips.create(v1, opts)
    assert hw.api_requests[-1].json() == {
        "publicip": {"type": "5_bgp"},
        "bandwidth": {"share_type": "WHOLE", "id": BANDWIDTH_ID},
    }


def test_create_needs_a_bandwidth(hw: HwCloud, v1: ServiceClient) -> None:
    with pytest.raises((TypeError, ValueError), match="bandwidth"):
        publicips.create(v1, publicips.CreateOpts(type="5_bgp"))
    assert hw.api_requests == []


def test_get(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(
        200,
        {"publicip": eip_body(status="ACTIVE", port_id=PORT_ID, private_ip_address="192.168.10.8")},
    )
    got = publicips.get(v1, EIP_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"/v1/{hw.project_id}/publicips/{EIP_ID}"
    assert (
        got.status == "ACTIVE"
        and got.port_id == PORT_ID
        and got.private_ip_address == "192.168.10.8"
    )
    assert got.bandwidth_share_type == "PER" and got.bandwidth_id == BANDWIDTH_ID
    assert got.allow_share_bandwidth_types == ["share"] and got.public_border_group == "center"


def test_get_a_yearly_monthly_eip_decodes_its_profile(hw: HwCloud, v1: ServiceClient) -> None:
    profile = {
        "order_id": "CS2405060728ABCDE",
        "product_id": "00301-225396-0--0",
        "region_id": "xx-test-1",
        "user_id": "8f2b7c0d5e4a4b3c9d1e0f7a6b5c4d3e",
    }
    hw.reply(200, {"publicip": eip_body(profile=profile)})
    got = publicips.get(v1, EIP_ID).extract()
    assert (
        isinstance(got.profile, publicips.Profile) and got.profile.order_id == "CS2405060728ABCDE"
    )


def test_list_repeats_multi_valued_filters(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"publicips": [eip_body(id="e-1"), eip_body(id="e-2")]})
    hw.reply(200, {"publicips": []})
    opts = publicips.ListOpts(
        id=["e-1", "e-2"], ip_version=4, public_ip_address=["203.0.113.45", "203.0.113.46"], limit=2
    )
    got = list(publicips.list(v1, opts))
    assert [e.id for e in got] == ["e-1", "e-2"]
    one, two = hw.api_requests
    assert one.method == "GET" and one.path == f"/v1/{hw.project_id}/publicips"
    assert sorted(one.query) == [
        ("id", "e-1"),
        ("id", "e-2"),
        ("ip_version", "4"),
        ("limit", "2"),
        ("public_ip_address", "203.0.113.45"),
        ("public_ip_address", "203.0.113.46"),
    ]
    assert ("marker", "e-2") in two.query


def test_update_binds_to_a_port(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(
        200,
        {"publicip": eip_body(status="ACTIVE", port_id=PORT_ID, private_ip_address="192.168.10.8")},
    )
    got = publicips.update(v1, EIP_ID, publicips.UpdateOpts(port_id=PORT_ID)).extract()
    req = hw.api_requests[-1]
    assert req.method == "PUT" and req.path == f"/v1/{hw.project_id}/publicips/{EIP_ID}"
    assert req.json() == {"publicip": {"port_id": PORT_ID}}
    assert got.port_id == PORT_ID and got.status == "ACTIVE"


def test_update_with_no_option_unbinds(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"publicip": eip_body()})
    got = publicips.update(v1, EIP_ID).extract()
    assert hw.api_requests[-1].json() == {"publicip": {}}
    assert got.status == "DOWN" and not got.is_set("port_id")


def test_update_renames(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"publicip": eip_body(alias="eip-web2")})
    assert (
        publicips.update(v1, EIP_ID, publicips.UpdateOpts(alias="eip-web2")).extract().alias
        == "eip-web2"
    )
    assert hw.api_requests[-1].json() == {"publicip": {"alias": "eip-web2"}}


def test_delete(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(204)
    assert publicips.delete(v1, EIP_ID).status_code == 204
    req = hw.api_requests[-1]
    assert req.method == "DELETE" and req.path == f"/v1/{hw.project_id}/publicips/{EIP_ID}"


def test_find_matches_the_alias(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(404, {"code": "VPC.0504", "message": "Floating IP could not be found."})
    hw.reply(200, {"publicips": [eip_body(id="e-0", alias="other"), eip_body()]})
    hw.reply(200, {"publicips": []})
    hw.reply(200, {"publicip": eip_body()})
    assert publicips.find(v1, "eip-web").id == EIP_ID

"""VPC v1 VPCs: every operation against the signature-checking loopback cloud."""

from __future__ import annotations

import datetime

import pytest

from stacksdk.huaweicloud.vpc.v1 import vpcs
from stacksdk.runtime import errors
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud

VPC_ID = "5b2f1c7e-3a41-4d7e-9c0a-8e6b2f4d1a90"


def vpc_body(**changes: object) -> dict[str, object]:
    """A VPC as the API reference shows one (values of our own)."""
    vpc: dict[str, object] = {
        "id": VPC_ID,
        "name": "vpc-web",
        "description": "front end",
        "cidr": "192.168.0.0/16",
        "status": "OK",
        "routes": [],
        "enterprise_project_id": "0",
        "tenant_id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        "block_service_endpoint_states": "off",
        "enable_network_address_usage_metrics": False,
        "created_at": "2024-05-06T07:08:09",
        "updated_at": "2024-05-06T07:08:10",
    }
    vpc.update(changes)
    return vpc


def test_create(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"vpc": vpc_body(status="CREATING")})
    opts = vpcs.CreateOpts(
        name="vpc-web",
        description="front end",
        cidr="192.168.0.0/16",
        enterprise_project_id="0",
        block_service_endpoint_states="off",
        tags=["env*prod", "team*web"],
    )
    got = vpcs.create(v1, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"/v1/{hw.project_id}/vpcs"
    assert req.query == []
    assert req.json() == {
        "vpc": {
            "name": "vpc-web",
            "description": "front end",
            "cidr": "192.168.0.0/16",
            "enterprise_project_id": "0",
            "block_service_endpoint_states": "off",
            "tags": ["env*prod", "team*web"],
        }
    }
    assert got.id == VPC_ID and got.status == "CREATING" and got.cidr == "192.168.0.0/16"
    assert got.created_at == datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=datetime.timezone.utc)


def test_create_refuses_an_unknown_endpoint_state_before_sending(
    hw: HwCloud, v1: ServiceClient
) -> None:
    with pytest.raises(ValueError, match="block_service_endpoint_states"):
        vpcs.create(v1, vpcs.CreateOpts(name="a", block_service_endpoint_states="maybe"))  # type: ignore[arg-type]
    assert hw.api_requests == []


def test_get(hw: HwCloud, v1: ServiceClient) -> None:
    routes = [{"destination": "0.0.0.0/0", "nexthop": "192.168.0.5"}]
    hw.reply(200, {"vpc": vpc_body(routes=routes)})
    got = vpcs.get(v1, VPC_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"/v1/{hw.project_id}/vpcs/{VPC_ID}"
    assert req.body == b""
    assert got.name == "vpc-web" and got.enterprise_project_id == "0"
    assert got.routes == [vpcs.Route(destination="0.0.0.0/0", nexthop="192.168.0.5")]
    assert got.block_service_endpoint_states == "off"
    assert got.enable_network_address_usage_metrics is False


def test_list_pages_by_marker(hw: HwCloud, v1: ServiceClient) -> None:
    first = [vpc_body(id="v-1", name="a"), vpc_body(id="v-2", name="b")]
    hw.reply(200, {"vpcs": first})
    hw.reply(200, {"vpcs": [vpc_body(id="v-3", name="c")]})
    got = list(vpcs.list(v1, vpcs.ListOpts(limit=2, enterprise_project_id="0")))
    assert [v.id for v in got] == ["v-1", "v-2", "v-3"]
    one, two = hw.api_requests
    assert one.method == "GET" and one.path == f"/v1/{hw.project_id}/vpcs"
    assert sorted(one.query) == [("enterprise_project_id", "0"), ("limit", "2")]
    assert sorted(two.query) == [("enterprise_project_id", "0"), ("limit", "2"), ("marker", "v-2")]


def test_list_by_id(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"vpcs": [vpc_body()]})
    page = vpcs.list(v1, vpcs.ListOpts(id=VPC_ID, limit=10)).all_pages()
    assert [v.name for v in vpcs.extract_vpcs(page)] == ["vpc-web"]
    assert sorted(hw.api_requests[-1].query) == [("id", VPC_ID), ("limit", "10")]


def test_update(hw: HwCloud, v1: ServiceClient) -> None:
    routes = [{"destination": "0.0.0.0/0", "nexthop": "192.168.0.5"}]
    hw.reply(200, {"vpc": vpc_body(name="vpc-web2", routes=routes)})
    opts = vpcs.UpdateOpts(
        name="vpc-web2",
        routes=[vpcs.Route(destination="0.0.0.0/0", nexthop="192.168.0.5")],
        enable_network_address_usage_metrics=True,
    )
    got = vpcs.update(v1, VPC_ID, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "PUT" and req.path == f"/v1/{hw.project_id}/vpcs/{VPC_ID}"
    assert req.json() == {
        "vpc": {
            "name": "vpc-web2",
            "routes": [{"destination": "0.0.0.0/0", "nexthop": "192.168.0.5"}],
            "enable_network_address_usage_metrics": True,
        }
    }
    assert got.name == "vpc-web2" and got.routes == [
        vpcs.Route(destination="0.0.0.0/0", nexthop="192.168.0.5")
    ]


def test_update_clears_routes_with_an_empty_list(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"vpc": vpc_body()})
    vpcs.update(v1, VPC_ID, vpcs.UpdateOpts(routes=[]))
    assert hw.api_requests[-1].json() == {"vpc": {"routes": []}}


def test_delete(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(204)
    result = vpcs.delete(v1, VPC_ID)
    req = hw.api_requests[-1]
    assert req.method == "DELETE" and req.path == f"/v1/{hw.project_id}/vpcs/{VPC_ID}"
    assert req.body == b"" and result.status_code == 204


def test_delete_of_a_vpc_in_use_raises(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(409, {"code": "VPC.0106", "message": "The VPC still has subnets."})
    with pytest.raises(errors.Conflict) as caught:
        vpcs.delete(v1, VPC_ID)
    assert caught.value.status == 409 and caught.value.message == "The VPC still has subnets."


def test_find_by_name_lists_when_the_name_is_no_id(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(404, {"code": "VPC.0003", "message": "VPC does not exist."})
    hw.reply(200, {"vpcs": [vpc_body(id="v-1", name="other"), vpc_body()]})
    hw.reply(200, {"vpcs": []})
    hw.reply(200, {"vpc": vpc_body()})  # find answers what get returns for the match
    assert vpcs.find(v1, "vpc-web").id == VPC_ID
    base = f"/v1/{hw.project_id}/vpcs"
    assert [(r.method, r.path) for r in hw.api_requests] == [
        ("GET", f"{base}/vpc-web"),
        ("GET", base),
        ("GET", base),
        ("GET", f"{base}/{VPC_ID}"),
    ]


def test_wait_for_status_polls_get_until_ok(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"vpc": vpc_body(status="CREATING")})
    hw.reply(200, {"vpc": vpc_body(status="OK")})
    got = vpcs.wait_for_status(v1, VPC_ID, "OK", timeout=30, interval=0)
    assert got.status == "OK"
    assert [(r.method, r.path) for r in hw.api_requests] == [
        ("GET", f"/v1/{hw.project_id}/vpcs/{VPC_ID}")
    ] * 2

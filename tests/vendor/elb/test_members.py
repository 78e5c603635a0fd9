"""ELB v3 members: every operation against the signature-checking loopback cloud."""

from __future__ import annotations

import pytest

from stacksdk.huaweicloud.elb.v3 import members
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud

POOL_ID = "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928"
MEMBER_ID = "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
SUBNET_ID = "c4b3a291-0f1e-4d2c-8b7a-6e5d4c3b2a19"


def member_body(**changes: object) -> dict[str, object]:
    """A member as the API reference shows one (values of our own)."""
    body: dict[str, object] = {
        "id": MEMBER_ID,
        "name": "web-1",
        "project_id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        "admin_state_up": True,
        "subnet_cidr_id": SUBNET_ID,
        "protocol_port": 8080,
        "weight": 10,
        "address": "192.168.0.31",
        "ip_version": "v4",
        "operating_status": "ONLINE",
        "status": [{"listener_id": "listener-1", "operating_status": "ONLINE"}],
        "member_type": "instance",
        "instance_id": "ecs-31",
        "availability_zone": "az-a",
        "created_at": "2024-03-04T05:10:00Z",
        "updated_at": "2024-03-04T05:10:00Z",
    }
    body.update(changes)
    return body


def test_create(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(201, {"member": member_body(), "request_id": "r"})
    opts = members.CreateOpts(
        address="192.168.0.31",
        protocol_port=8080,
        subnet_cidr_id=SUBNET_ID,
        weight=10,
        name="web-1",
    )
    got = members.create(client, POOL_ID, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/pools/{POOL_ID}/members"
    assert req.json() == {
        "member": {
            "address": "192.168.0.31",
            "protocol_port": 8080,
            "subnet_cidr_id": SUBNET_ID,
            "weight": 10,
            "name": "web-1",
        }
    }
    assert got.id == MEMBER_ID and got.status == [
        members.MemberStatus(listener_id="listener-1", operating_status="ONLINE")
    ]


def test_create_needs_an_address(hw: HwCloud, client: ServiceClient) -> None:
    with pytest.raises(ValueError, match="address"):
        members.create(client, POOL_ID, members.CreateOpts(protocol_port=80))
    assert hw.api_requests == []


def test_get_with_a_failed_health_check(hw: HwCloud, client: ServiceClient, base: str) -> None:
    reason = {
        "reason_code": "RESPONSE_MISMATCH",
        "expected_response": "200",
        "healthcheck_response": "503",
    }
    hw.reply(200, {"member": member_body(operating_status="OFFLINE", reason=reason)})
    got = members.get(client, POOL_ID, MEMBER_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"{base}/pools/{POOL_ID}/members/{MEMBER_ID}"
    assert got.operating_status == "OFFLINE"
    assert got.reason == members.HealthCheckFailure(
        reason_code="RESPONSE_MISMATCH", expected_response="200", healthcheck_response="503"
    )


def test_list(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(
        200,
        {
            "members": [member_body(id="m-1"), member_body(id="m-2")],
            "page_info": {"previous_marker": "m-1", "next_marker": "m-2", "current_count": 2},
        },
    )
    hw.reply(
        200,
        {
            "members": [member_body(id="m-3")],
            "page_info": {"previous_marker": "m-3", "current_count": 1},
        },
    )
    opts = members.ListOpts(limit=2, operating_status=["ONLINE"], address=["192.168.0.31"])
    got = [m.id for m in members.list(client, POOL_ID, opts)]
    assert got == ["m-1", "m-2", "m-3"]
    one, two = hw.api_requests
    assert one.path == f"{base}/pools/{POOL_ID}/members"
    assert sorted(one.query) == [
        ("address", "192.168.0.31"),
        ("limit", "2"),
        ("operating_status", "ONLINE"),
    ]
    assert two.q("marker") == "m-2"


def test_update(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(200, {"member": member_body(weight=0)})
    got = members.update(client, POOL_ID, MEMBER_ID, members.UpdateOpts(weight=0)).extract()
    req = hw.api_requests[-1]
    assert req.method == "PUT" and req.path == f"{base}/pools/{POOL_ID}/members/{MEMBER_ID}"
    assert req.json() == {"member": {"weight": 0}}
    assert got.weight == 0


def test_delete(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(204)
    members.delete(client, POOL_ID, MEMBER_ID)
    req = hw.api_requests[-1]
    assert req.method == "DELETE" and req.path == f"{base}/pools/{POOL_ID}/members/{MEMBER_ID}"


def test_list_all(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(
        200,
        {
            "members": [member_body(pool_id=POOL_ID)],
            "page_info": {"previous_marker": MEMBER_ID, "current_count": 1},
            "request_id": "r",
        },
    )
    got = list(members.list_all(client, members.ListAllOpts(pool_id=[POOL_ID], limit=100)))
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"{base}/members"
    assert sorted(req.query) == [("limit", "100"), ("pool_id", POOL_ID)]
    assert [m.id for m in got] == [MEMBER_ID] and got[0].extra["pool_id"] == POOL_ID


def test_batch_add(hw: HwCloud, client: ServiceClient, base: str) -> None:
    added = [
        member_body(id="m-1", address="192.168.0.41", port_id="port-41", ret_status="successful"),
        member_body(
            id="m-2",
            address="10.8.0.5",
            subnet_cidr_id=None,
            member_type="ip",
            ret_status="successful",
        ),
    ]
    hw.reply(200, {"members": added, "request_id": "r"})
    opts = members.BatchAddOpts(
        members=[
            members.NewMember(address="192.168.0.41", protocol_port=80, subnet_cidr_id=SUBNET_ID),
            members.NewMember(address="10.8.0.5", protocol_port=80, weight=5),
        ]
    )
    got = members.batch_add(client, POOL_ID, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/pools/{POOL_ID}/members/batch-add"
    assert req.json() == {
        "members": [
            {"address": "192.168.0.41", "protocol_port": 80, "subnet_cidr_id": SUBNET_ID},
            {"address": "10.8.0.5", "protocol_port": 80, "weight": 5},
        ]
    }
    assert [(m.id, m.ret_status) for m in got] == [("m-1", "successful"), ("m-2", "successful")]
    assert got[0].port_id == "port-41" and got[1].subnet_cidr_id is None


def test_batch_update(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(200, {"members": [member_body(weight=50, ret_status="successful")]})
    opts = members.BatchUpdateOpts(members=[members.MemberChange(id=MEMBER_ID, weight=50)])
    got = members.batch_update(client, POOL_ID, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/pools/{POOL_ID}/members/batch-update"
    assert req.json() == {"members": [{"id": MEMBER_ID, "weight": 50}]}
    assert got[0].weight == 50


def test_batch_delete(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(
        200,
        {
            "members": [
                {"id": MEMBER_ID, "ret_status": "successful"},
                {"id": "gone", "ret_status": "not found"},
            ]
        },
    )
    opts = members.BatchDeleteOpts(
        members=[
            members.MemberRemoval(id=MEMBER_ID),
            members.MemberRemoval(address="10.8.0.5", protocol_port=80),
        ]
    )
    got = members.batch_delete(client, POOL_ID, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/pools/{POOL_ID}/members/batch-delete"
    assert req.json() == {
        "members": [{"id": MEMBER_ID}, {"address": "10.8.0.5", "protocol_port": 80}]
    }
    assert [(m.id, m.ret_status) for m in got] == [(MEMBER_ID, "successful"), ("gone", "not found")]

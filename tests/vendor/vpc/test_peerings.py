"""VPC v2.0 peering connections against the signature-checking loopback cloud: the
v2.0 endpoint has no project ID, so paths start at /v2.0/vpc/peerings."""

from __future__ import annotations

import pytest

from stacksdk.huaweicloud.vpc.v2_0 import peerings
from stacksdk.runtime import errors
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud

PEERING_ID = "22b76469-08e3-4937-8c1d-7aad34892be1"
LOCAL_VPC = "9daeac7c-a98f-430f-8e38-67f9c044e299"
PEER_VPC = "f583c072-0bb8-4e19-afb2-afb7c1693be5"
PEER_PROJECT = "059a737356594b41b447b557bf0aae56"
BASE = "/v2.0/vpc/peerings"


def peering_body(**changes: object) -> dict[str, object]:
    """A peering connection as the API reference shows one (values of our own)."""
    peering: dict[str, object] = {
        "id": PEERING_ID,
        "name": "peer-app-db",
        "description": "app to db",
        "status": "PENDING_ACCEPTANCE",
        "request_vpc_info": {"vpc_id": LOCAL_VPC, "tenant_id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9"},
        "accept_vpc_info": {"vpc_id": PEER_VPC, "tenant_id": PEER_PROJECT},
        "created_at": "2024-05-06T07:48:09",
        "updated_at": "2024-05-06T07:48:09",
    }
    peering.update(changes)
    return peering


def test_create(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(201, {"peering": peering_body()})
    opts = peerings.CreateOpts(
        name="peer-app-db",
        description="app to db",
        request_vpc_info=peerings.VpcInfo(vpc_id=LOCAL_VPC),
        accept_vpc_info=peerings.VpcInfo(vpc_id=PEER_VPC, tenant_id=PEER_PROJECT),
    )
    got = peerings.create(v2, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == BASE
    assert req.json() == {
        "peering": {
            "name": "peer-app-db",
            "description": "app to db",
            "request_vpc_info": {"vpc_id": LOCAL_VPC},
            "accept_vpc_info": {"vpc_id": PEER_VPC, "tenant_id": PEER_PROJECT},
        }
    }
    assert got.id == PEERING_ID and got.status == "PENDING_ACCEPTANCE"
    assert got.accept_vpc_info == peerings.VpcInfo(vpc_id=PEER_VPC, tenant_id=PEER_PROJECT)


def test_create_needs_both_sides(hw: HwCloud, v2: ServiceClient) -> None:
    with pytest.raises((TypeError, ValueError), match="accept_vpc_info"):
        peerings.create(
            v2, peerings.CreateOpts(name="p", request_vpc_info=peerings.VpcInfo(vpc_id=LOCAL_VPC))
        )
    assert hw.api_requests == []


def test_get(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(200, {"peering": peering_body(status="ACTIVE")})
    got = peerings.get(v2, PEERING_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"{BASE}/{PEERING_ID}"
    assert got.status == "ACTIVE" and got.request_vpc_info == peerings.VpcInfo(
        vpc_id=LOCAL_VPC, tenant_id="0a1b2c3d4e5f60718293a4b5c6d7e8f9"
    )


def test_list_follows_the_next_link(hw: HwCloud, v2: ServiceClient) -> None:
    next_href = f"{hw.url}{BASE}?limit=2&marker=p-2&vpc_id={LOCAL_VPC}"
    hw.reply(
        200,
        {
            "peerings": [peering_body(id="p-1"), peering_body(id="p-2")],
            "peerings_links": [{"rel": "next", "href": next_href}],
        },
    )
    hw.reply(200, {"peerings": [peering_body(id="p-3", status="ACTIVE")], "peerings_links": []})
    got = list(peerings.list(v2, peerings.ListOpts(vpc_id=LOCAL_VPC, limit=2)))
    assert [p.id for p in got] == ["p-1", "p-2", "p-3"]
    one, two = hw.api_requests
    assert one.method == "GET" and one.path == BASE
    assert sorted(one.query) == [("limit", "2"), ("vpc_id", LOCAL_VPC)]
    assert two.path == BASE and sorted(two.query) == [
        ("limit", "2"),
        ("marker", "p-2"),
        ("vpc_id", LOCAL_VPC),
    ]


def test_list_stops_without_a_next_link(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(200, {"peerings": [peering_body(id="p-1"), peering_body(id="p-2")]})
    opts = peerings.ListOpts(status="PENDING_ACCEPTANCE", name="peer-app-db", limit=2)
    assert len(list(peerings.list(v2, opts))) == 2
    assert len(hw.api_requests) == 1
    assert sorted(hw.api_requests[-1].query) == [
        ("limit", "2"),
        ("name", "peer-app-db"),
        ("status", "PENDING_ACCEPTANCE"),
    ]


def test_update(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(200, {"peering": peering_body(name="peer-app-db2", description="")})
    got = peerings.update(
        v2, PEERING_ID, peerings.UpdateOpts(name="peer-app-db2", description="")
    ).extract()
    req = hw.api_requests[-1]
    assert req.method == "PUT" and req.path == f"{BASE}/{PEERING_ID}"
    assert req.json() == {"peering": {"name": "peer-app-db2", "description": ""}}
    assert got.name == "peer-app-db2"


def test_delete(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(204)
    assert peerings.delete(v2, PEERING_ID).status_code == 204
    req = hw.api_requests[-1]
    assert req.method == "DELETE" and req.path == f"{BASE}/{PEERING_ID}"


def test_accept_returns_the_unwrapped_connection(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(200, peering_body(status="ACTIVE"))
    got = peerings.accept(v2, PEERING_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "PUT" and req.path == f"{BASE}/{PEERING_ID}/accept"
    assert req.body == b""
    assert got.id == PEERING_ID and got.status == "ACTIVE"


def test_reject(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(200, peering_body(status="REJECTED"))
    got = peerings.reject(v2, PEERING_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "PUT" and req.path == f"{BASE}/{PEERING_ID}/reject"
    assert req.body == b""
    assert got.status == "REJECTED"


def test_wait_for_status_fails_on_rejection(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(200, {"peering": peering_body()})
    hw.reply(200, {"peering": peering_body(status="REJECTED")})
    with pytest.raises(errors.WaitFailed):
        peerings.wait_for_status(v2, PEERING_ID, "ACTIVE", timeout=30, interval=0)
    assert len(hw.api_requests) == 2


def test_wait_for_delete_counts_deleted_as_gone(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(200, {"peering": peering_body(status="DELETED")})
    peerings.wait_for_delete(v2, PEERING_ID, timeout=30, interval=0)
    assert [(r.method, r.path) for r in hw.api_requests] == [("GET", f"{BASE}/{PEERING_ID}")]

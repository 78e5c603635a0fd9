"""DNS v2 zones: every operation against the signature-checking loopback cloud."""

from __future__ import annotations

import datetime

import pytest

from stacksdk.huaweicloud.dns.v2 import zones
from stacksdk.runtime import errors
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud

ZONE_ID = "2c9eb155587194ec01587224c9f90149"
VPC_ID = "19664294-0bf6-4271-ad3a-94b8c79c6558"


def zone_body(**changes: object) -> dict[str, object]:
    """A public zone as the API reference shows one (values of our own)."""
    body: dict[str, object] = {
        "id": ZONE_ID,
        "name": "example.com.",
        "description": "shop",
        "email": "hostmaster@example.com",
        "zone_type": "public",
        "ttl": 300,
        "serial": 1,
        "status": "ACTIVE",
        "record_num": 2,
        "pool_id": "00000000570e54ee01570e9939b20019",
        "project_id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        "enterprise_project_id": "0",
        "masters": [],
        "created_at": "2024-01-02T03:04:05.123",
        "updated_at": "2024-01-02T03:04:06.456",
        "links": {"self": f"https://dns.example.com/v2/zones/{ZONE_ID}"},
    }
    body.update(changes)
    return body


def private_body(**changes: object) -> dict[str, object]:
    router = {"router_id": VPC_ID, "router_region": "xx-test-1", "status": "ACTIVE"}
    return zone_body(zone_type="private", routers=[router], proxy_pattern="AUTHORITY", **changes)


def test_endpoint_has_no_project_id(hw: HwCloud, client: ServiceClient) -> None:
    assert client.endpoint.rstrip("/").endswith("/v2") and hw.project_id not in client.endpoint


def test_create_public(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(202, zone_body(status="PENDING_CREATE"))
    opts = zones.CreateOpts(
        name="example.com.",
        description="shop",
        zone_type="public",
        email="hostmaster@example.com",
        ttl=300,
        tags=[zones.Tag(key="team", value="web")],
    )
    got = zones.create(client, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == "/v2/zones" and req.query == []
    assert req.json() == {
        "name": "example.com.",
        "description": "shop",
        "zone_type": "public",
        "email": "hostmaster@example.com",
        "ttl": 300,
        "tags": [{"key": "team", "value": "web"}],
    }
    assert got.id == ZONE_ID and got.status == "PENDING_CREATE"
    assert got.created_at == datetime.datetime(
        2024, 1, 2, 3, 4, 5, 123000, tzinfo=datetime.timezone.utc
    )


def test_create_private(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(202, private_body(status="PENDING_CREATE"))
    opts = zones.CreateOpts(
        name="internal.example.",
        zone_type="private",
        router=zones.Router(router_id=VPC_ID, router_region="xx-test-1"),
        proxy_pattern="RECURSIVE",
    )
    got = zones.create(client, opts).extract()
    assert hw.api_requests[-1].json() == {
        "name": "internal.example.",
        "zone_type": "private",
        "router": {"router_id": VPC_ID, "router_region": "xx-test-1"},
        "proxy_pattern": "RECURSIVE",
    }
    assert got.routers == [
        zones.Router(router_id=VPC_ID, router_region="xx-test-1", status="ACTIVE")
    ]


def test_create_refuses_an_unknown_zone_type(hw: HwCloud, client: ServiceClient) -> None:
    with pytest.raises(ValueError, match="zone_type"):
        zones.create(client, zones.CreateOpts(name="a.example.", zone_type="shared"))  # type: ignore[arg-type]
    assert hw.api_requests == []


def test_get(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(200, zone_body())
    got = zones.get(client, ZONE_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"/v2/zones/{ZONE_ID}"
    assert got.name == "example.com." and got.record_num == 2 and got.serial == 1


def test_list_follows_links_and_reports_the_total(hw: HwCloud, client: ServiceClient) -> None:
    nxt = f"{hw.url}/v2/zones?type=private&limit=2&marker=z-2"
    hw.reply(
        200,
        {
            "zones": [private_body(id="z-1"), private_body(id="z-2")],
            "links": {"self": f"{hw.url}/v2/zones?type=private&limit=2", "next": nxt},
            "metadata": {"total_count": 3},
        },
    )
    hw.reply(
        200,
        {
            "zones": [private_body(id="z-3")],
            "links": {"self": nxt},
            "metadata": {"total_count": 3},
        },
    )
    pager = zones.list(client, zones.ListOpts(type="private", limit=2))
    pages = []
    pager.each_page(lambda page: pages.append(page) is None)
    assert [z.id for p in pages for z in p.extract()] == ["z-1", "z-2", "z-3"]
    assert [p.total for p in pages] == [3, 3]
    one, two = hw.api_requests
    assert one.path == "/v2/zones" and sorted(one.query) == [("limit", "2"), ("type", "private")]
    assert two.path == "/v2/zones" and sorted(two.query) == [
        ("limit", "2"),
        ("marker", "z-2"),
        ("type", "private"),
    ]


def test_list_filters(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(200, {"zones": [zone_body()], "links": {"self": "x"}, "metadata": {"total_count": 1}})
    opts = zones.ListOpts(
        name="example",
        search_mode="equal",
        tags="team,web|env,prod",
        sort_key="name",
        sort_dir="asc",
    )
    got = zones.extract_zones(zones.list(client, opts).all_pages())
    assert sorted(hw.api_requests[-1].query) == [
        ("name", "example"),
        ("search_mode", "equal"),
        ("sort_dir", "asc"),
        ("sort_key", "name"),
        ("tags", "team,web|env,prod"),
    ]
    assert [z.id for z in got] == [ZONE_ID]


def test_update(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(202, zone_body(ttl=600, status="PENDING_UPDATE"))
    got = zones.update(
        client, ZONE_ID, zones.UpdateOpts(ttl=600, email="dns@example.com")
    ).extract()
    req = hw.api_requests[-1]
    assert req.method == "PATCH" and req.path == f"/v2/zones/{ZONE_ID}"
    assert req.json() == {"ttl": 600, "email": "dns@example.com"}
    assert got.ttl == 600


def test_delete_and_wait(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(202, zone_body(status="PENDING_DELETE"))
    hw.reply(200, zone_body(status="PENDING_DELETE"))
    hw.reply(404, {"code": "DNS.0101", "message": "Zone does not exist."})
    zones.delete(client, ZONE_ID)
    zones.wait_for_delete(client, ZONE_ID, timeout=5, interval=0.01)
    methods = [(r.method, r.path) for r in hw.api_requests]
    assert methods == [("DELETE", f"/v2/zones/{ZONE_ID}")] + [("GET", f"/v2/zones/{ZONE_ID}")] * 2


def test_wait_for_status_fails_on_error(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(200, zone_body(status="ERROR"))
    with pytest.raises(errors.WaitFailed):
        zones.wait_for_status(client, ZONE_ID, "ACTIVE", timeout=5, interval=0.01)


def test_set_status(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(202, zone_body(status="DISABLE"))
    got = zones.set_status(client, ZONE_ID, zones.SetStatusOpts(status="DISABLE")).extract()
    req = hw.api_requests[-1]
    assert req.method == "PUT" and req.path == f"/v2/zones/{ZONE_ID}/statuses"
    assert req.json() == {"status": "DISABLE"}
    assert got.status == "DISABLE"


def test_list_nameservers(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(
        200,
        {
            "nameservers": [
                {"hostname": "ns1.example.net.", "priority": 1},
                {"hostname": "ns2.example.net.", "priority": 2},
            ]
        },
    )
    got = zones.list_nameservers(client, ZONE_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"/v2/zones/{ZONE_ID}/nameservers"
    assert got == [
        zones.Nameserver(hostname="ns1.example.net.", priority=1),
        zones.Nameserver(hostname="ns2.example.net.", priority=2),
    ]


def test_associate_router(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(202, {"router_id": "vpc-2", "router_region": "xx-test-1", "status": "PENDING_CREATE"})
    opts = zones.AssociateRouterOpts(router_id="vpc-2", router_region="xx-test-1")
    got = zones.associate_router(client, ZONE_ID, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"/v2/zones/{ZONE_ID}/associaterouter"
    assert req.json() == {"router": {"router_id": "vpc-2", "router_region": "xx-test-1"}}
    assert got == zones.Router(
        router_id="vpc-2", router_region="xx-test-1", status="PENDING_CREATE"
    )


def test_disassociate_router(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(202, {"router_id": "vpc-2", "router_region": "xx-test-1", "status": "PENDING_DELETE"})
    got = zones.disassociate_router(
        client, ZONE_ID, zones.DisassociateRouterOpts(router_id="vpc-2")
    ).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"/v2/zones/{ZONE_ID}/disassociaterouter"
    assert req.json() == {"router": {"router_id": "vpc-2"}}
    assert got.status == "PENDING_DELETE"

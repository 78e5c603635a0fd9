"""DNS v2 record sets: every operation against the signature-checking loopback cloud."""

from __future__ import annotations

import pytest

from stacksdk.huaweicloud.dns.v2 import recordsets
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud

ZONE_ID = "2c9eb155587194ec01587224c9f90149"
RS_ID = "2c9eb155587228570158722b6ac30007"


def rs_body(**changes: object) -> dict[str, object]:
    """An A record set as the API reference shows one (values of our own)."""
    body: dict[str, object] = {
        "id": RS_ID,
        "name": "www.example.com.",
        "description": "web front",
        "zone_id": ZONE_ID,
        "zone_name": "example.com.",
        "type": "A",
        "ttl": 300,
        "records": ["192.0.2.10", "192.0.2.11"],
        "create_at": "2024-01-02T03:05:00.000",
        "update_at": "2024-01-02T03:05:01.000",
        "status": "ACTIVE",
        "default": False,
        "project_id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        "links": {"self": f"https://dns.example.com/v2/zones/{ZONE_ID}/recordsets/{RS_ID}"},
    }
    body.update(changes)
    return body


def test_create(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(202, rs_body(status="PENDING_CREATE"))
    opts = recordsets.CreateOpts(
        name="www.example.com.",
        type="A",
        records=["192.0.2.10", "192.0.2.11"],
        ttl=300,
        description="web front",
        tags=[recordsets.Tag(key="team", value="web")],
    )
    got = recordsets.create(client, ZONE_ID, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"/v2/zones/{ZONE_ID}/recordsets"
    assert req.json() == {
        "name": "www.example.com.",
        "type": "A",
        "records": ["192.0.2.10", "192.0.2.11"],
        "ttl": 300,
        "description": "web front",
        "tags": [{"key": "team", "value": "web"}],
    }
    assert got.id == RS_ID and got.status == "PENDING_CREATE" and got.zone_name == "example.com."
    assert got.created_at is not None and got.created_at.year == 2024


def test_create_needs_records(hw: HwCloud, client: ServiceClient) -> None:
    with pytest.raises(ValueError, match="records"):
        recordsets.create(client, ZONE_ID, recordsets.CreateOpts(name="a.example.com.", type="A"))
    assert hw.api_requests == []


def test_get(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(200, rs_body())
    got = recordsets.get(client, ZONE_ID, RS_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"/v2/zones/{ZONE_ID}/recordsets/{RS_ID}"
    assert got.records == ["192.0.2.10", "192.0.2.11"] and got.default is False


def test_list(hw: HwCloud, client: ServiceClient) -> None:
    nxt = f"{hw.url}/v2/zones/{ZONE_ID}/recordsets?limit=1&marker={RS_ID}"
    hw.reply(
        200,
        {
            "recordsets": [rs_body()],
            "links": {"self": "x", "next": nxt},
            "metadata": {"total_count": 2},
        },
    )
    hw.reply(
        200,
        {
            "recordsets": [rs_body(id="rs-2", type="MX", records=["10 mail.example.com."])],
            "links": {"self": nxt},
            "metadata": {"total_count": 2},
        },
    )
    got = list(recordsets.list(client, ZONE_ID, recordsets.ListOpts(limit=1, type="A")))
    assert [r.id for r in got] == [RS_ID, "rs-2"]
    one, two = hw.api_requests
    assert one.path == f"/v2/zones/{ZONE_ID}/recordsets" and sorted(one.query) == [
        ("limit", "1"),
        ("type", "A"),
    ]
    assert two.q("marker") == RS_ID


def test_update(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(202, rs_body(ttl=60, records=["192.0.2.12"], status="PENDING_UPDATE"))
    opts = recordsets.UpdateOpts(ttl=60, records=["192.0.2.12"])
    got = recordsets.update(client, ZONE_ID, RS_ID, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "PUT" and req.path == f"/v2/zones/{ZONE_ID}/recordsets/{RS_ID}"
    assert req.json() == {"ttl": 60, "records": ["192.0.2.12"]}
    assert got.records == ["192.0.2.12"]


def test_delete(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(202, rs_body(status="PENDING_DELETE"))
    recordsets.delete(client, ZONE_ID, RS_ID)
    req = hw.api_requests[-1]
    assert req.method == "DELETE" and req.path == f"/v2/zones/{ZONE_ID}/recordsets/{RS_ID}"


def test_list_all(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(
        200, {"recordsets": [rs_body()], "links": {"self": "x"}, "metadata": {"total_count": 1}}
    )
    opts = recordsets.ListAllOpts(zone_type="private", records="192.0.2", limit=10)
    pages = []
    recordsets.list_all(client, opts).each_page(lambda page: pages.append(page) is None)
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == "/v2/recordsets"
    assert sorted(req.query) == [("limit", "10"), ("records", "192.0.2"), ("zone_type", "private")]
    assert [r.id for r in pages[0].extract()] == [RS_ID] and pages[0].total == 1

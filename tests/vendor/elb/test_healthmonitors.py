"""ELB v3 health monitors: every operation against the signature-checking loopback cloud."""

from __future__ import annotations

import pytest

from stacksdk.huaweicloud.elb.v3 import healthmonitors as hms
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud

HM_ID = "5c4b3a29-1807-4f6e-8d5c-4b3a29180f7e"
POOL_ID = "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928"


def hm_body(**changes: object) -> dict[str, object]:
    """An HTTP health monitor as the API reference shows one (values of our own)."""
    body: dict[str, object] = {
        "id": HM_ID,
        "name": "hm-web",
        "admin_state_up": True,
        "delay": 5,
        "domain_name": "www.example.com",
        "expected_codes": "200-204",
        "http_method": "GET",
        "max_retries": 3,
        "max_retries_down": 3,
        "monitor_port": None,
        "pools": [{"id": POOL_ID}],
        "project_id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        "timeout": 3,
        "type": "HTTP",
        "url_path": "/healthz",
        "created_at": "2024-03-04T05:09:00Z",
        "updated_at": "2024-03-04T05:09:00Z",
    }
    body.update(changes)
    return body


def test_create(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(201, {"healthmonitor": hm_body(), "request_id": "r"})
    opts = hms.CreateOpts(
        pool_id=POOL_ID,
        type="HTTP",
        delay=5,
        timeout=3,
        max_retries=3,
        url_path="/healthz",
        expected_codes="200-204",
        domain_name="www.example.com",
    )
    got = hms.create(client, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/healthmonitors"
    assert req.json() == {
        "healthmonitor": {
            "pool_id": POOL_ID,
            "type": "HTTP",
            "delay": 5,
            "timeout": 3,
            "max_retries": 3,
            "url_path": "/healthz",
            "expected_codes": "200-204",
            "domain_name": "www.example.com",
        }
    }
    assert got.id == HM_ID and got.pools == [hms.PoolRef(id=POOL_ID)] and got.monitor_port is None


def test_create_needs_delay_timeout_retries_and_type(hw: HwCloud, client: ServiceClient) -> None:
    with pytest.raises(ValueError, match="delay|max_retries|timeout|type"):
        hms.create(client, hms.CreateOpts(pool_id=POOL_ID))
    assert hw.api_requests == []


def test_get(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(200, {"healthmonitor": hm_body(), "request_id": "r"})
    got = hms.get(client, HM_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"{base}/healthmonitors/{HM_ID}"
    assert got.type == "HTTP" and got.delay == 5 and got.url_path == "/healthz"


def test_list(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(
        200,
        {
            "healthmonitors": [hm_body()],
            "page_info": {"previous_marker": HM_ID, "current_count": 1},
        },
    )
    got = list(hms.list(client, hms.ListOpts(type=["HTTP", "HTTPS"], limit=20)))
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"{base}/healthmonitors"
    assert sorted(req.query) == [("limit", "20"), ("type", "HTTP"), ("type", "HTTPS")]
    assert [h.id for h in got] == [HM_ID]


def test_update(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(200, {"healthmonitor": hm_body(delay=10, monitor_port=8081)})
    got = hms.update(
        client, HM_ID, hms.UpdateOpts(delay=10, monitor_port=8081, domain_name=None)
    ).extract()
    req = hw.api_requests[-1]
    assert req.method == "PUT" and req.path == f"{base}/healthmonitors/{HM_ID}"
    assert req.json() == {"healthmonitor": {"delay": 10, "monitor_port": 8081, "domain_name": None}}
    assert got.delay == 10 and got.monitor_port == 8081


def test_update_cannot_move_to_another_pool() -> None:
    with pytest.raises(TypeError):
        hms.UpdateOpts(pool_id=POOL_ID)  # type: ignore[call-arg]


def test_delete(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(204)
    hms.delete(client, HM_ID)
    req = hw.api_requests[-1]
    assert req.method == "DELETE" and req.path == f"{base}/healthmonitors/{HM_ID}"

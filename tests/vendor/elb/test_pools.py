"""ELB v3 pools: every operation against the signature-checking loopback cloud."""

from __future__ import annotations

from stacksdk.huaweicloud.elb.v3 import pools
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud

POOL_ID = "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928"
LB_ID = "2f6c1e4a-8b7d-4c3e-9a10-5d4e3f2a1b0c"
VPC_ID = "8a1d0e2c-7b6f-4e5d-a3c2-1b0f9e8d7c6b"


def pool_body(**changes: object) -> dict[str, object]:
    """A pool as the API reference shows one (values of our own)."""
    body: dict[str, object] = {
        "id": POOL_ID,
        "name": "pool-web",
        "description": "",
        "admin_state_up": True,
        "healthmonitor_id": "hm-1",
        "lb_algorithm": "LEAST_CONNECTIONS",
        "listeners": [{"id": "listener-1"}],
        "loadbalancers": [{"id": LB_ID}],
        "members": [{"id": "m-1"}, {"id": "m-2"}],
        "project_id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        "protocol": "HTTP",
        "session_persistence": {
            "type": "HTTP_COOKIE",
            "cookie_name": None,
            "persistence_timeout": 30,
        },
        "ip_version": "v4",
        "slow_start": {"enable": True, "duration": 60},
        "member_deletion_protection_enable": False,
        "vpc_id": VPC_ID,
        "type": "instance",
        "enterprise_project_id": "0",
        "connection_drain": {"enable": False, "timeout": 300},
        "pool_health": {"minimum_healthy_member_count": 0},
        "created_at": "2024-03-04T05:08:00Z",
        "updated_at": "2024-03-04T05:08:00Z",
    }
    body.update(changes)
    return body


def test_create(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(201, {"pool": pool_body(), "request_id": "r"})
    opts = pools.CreateOpts(
        name="pool-web",
        lb_algorithm="LEAST_CONNECTIONS",
        protocol="HTTP",
        loadbalancer_id=LB_ID,
        session_persistence=pools.SessionPersistence(type="HTTP_COOKIE", persistence_timeout=30),
        slow_start=pools.SlowStart(enable=True, duration=60),
        type="instance",
        vpc_id=VPC_ID,
    )
    got = pools.create(client, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/pools"
    assert req.json() == {
        "pool": {
            "name": "pool-web",
            "lb_algorithm": "LEAST_CONNECTIONS",
            "protocol": "HTTP",
            "loadbalancer_id": LB_ID,
            "session_persistence": {"type": "HTTP_COOKIE", "persistence_timeout": 30},
            "slow_start": {"enable": True, "duration": 60},
            "type": "instance",
            "vpc_id": VPC_ID,
        }
    }
    assert got.id == POOL_ID and got.members == [
        pools.MemberRef(id="m-1"),
        pools.MemberRef(id="m-2"),
    ]
    assert got.session_persistence == pools.SessionPersistence(
        type="HTTP_COOKIE", cookie_name=None, persistence_timeout=30
    )


def test_get(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(200, {"pool": pool_body(), "request_id": "r"})
    got = pools.get(client, POOL_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"{base}/pools/{POOL_ID}"
    assert got.lb_algorithm == "LEAST_CONNECTIONS" and got.healthmonitor_id == "hm-1"
    assert got.connection_drain == pools.ConnectionDrain(enable=False, timeout=300)
    assert got.pool_health == pools.PoolHealth(minimum_healthy_member_count=0)


def test_list(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(
        200,
        {
            "pools": [pool_body(id="p-1"), pool_body(id="p-2")],
            "page_info": {"previous_marker": "p-1", "next_marker": "p-2", "current_count": 2},
        },
    )
    hw.reply(200, {"pools": [], "page_info": {"current_count": 0}})
    opts = pools.ListOpts(limit=2, loadbalancer_id=[LB_ID], member_address=["192.168.0.31"])
    got = [p.id for p in pools.list(client, opts)]
    assert got == ["p-1", "p-2"]
    one, two = hw.api_requests
    assert one.path == f"{base}/pools"
    assert sorted(one.query) == [
        ("limit", "2"),
        ("loadbalancer_id", LB_ID),
        ("member_address", "192.168.0.31"),
    ]
    assert two.q("marker") == "p-2"


def test_update(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(200, {"pool": pool_body(name="pool-api", lb_algorithm="ROUND_ROBIN")})
    opts = pools.UpdateOpts(name="pool-api", lb_algorithm="ROUND_ROBIN", session_persistence=None)
    got = pools.update(client, POOL_ID, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "PUT" and req.path == f"{base}/pools/{POOL_ID}"
    assert req.json() == {
        "pool": {"name": "pool-api", "lb_algorithm": "ROUND_ROBIN", "session_persistence": None}
    }
    assert got.name == "pool-api"


def test_delete(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(204)
    pools.delete(client, POOL_ID)
    req = hw.api_requests[-1]
    assert req.method == "DELETE" and req.path == f"{base}/pools/{POOL_ID}"


def test_delete_cascade(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(204)
    pools.delete_cascade(client, POOL_ID)
    req = hw.api_requests[-1]
    assert req.method == "DELETE" and req.path == f"{base}/pools/{POOL_ID}/delete-cascade"

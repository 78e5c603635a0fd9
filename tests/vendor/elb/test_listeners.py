"""ELB v3 listeners: every operation against the signature-checking loopback cloud."""

from __future__ import annotations

from stacksdk.huaweicloud.elb.v3 import listeners
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud

LISTENER_ID = "0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9"
LB_ID = "2f6c1e4a-8b7d-4c3e-9a10-5d4e3f2a1b0c"


def listener_body(**changes: object) -> dict[str, object]:
    """An HTTPS listener as the API reference shows one (values of our own)."""
    body: dict[str, object] = {
        "id": LISTENER_ID,
        "name": "https-443",
        "description": "",
        "admin_state_up": True,
        "protocol": "HTTPS",
        "protocol_port": 443,
        "default_pool_id": "pool-1",
        "default_tls_container_ref": "cert-server-1",
        "client_ca_tls_container_ref": None,
        "connection_limit": -1,
        "http2_enable": True,
        "insert_headers": {"X-Forwarded-ELB-IP": True, "X-Forwarded-Host": True},
        "loadbalancers": [{"id": LB_ID}],
        "project_id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        "enterprise_project_id": "0",
        "sni_container_refs": [],
        "sni_match_algo": "wildcard",
        "tags": [],
        "tls_ciphers_policy": "tls-1-2",
        "security_policy_id": None,
        "enable_member_retry": True,
        "keepalive_timeout": 60,
        "client_timeout": 60,
        "member_timeout": 60,
        "ipgroup": {"ipgroup_id": "ipg-1", "enable_ipgroup": True, "type": "white"},
        "transparent_client_ip_enable": True,
        "proxy_protocol_enable": False,
        "enhance_l7policy_enable": False,
        "quic_config": None,
        "gzip_enable": False,
        "port_ranges": [],
        "created_at": "2024-03-04T05:07:00Z",
        "updated_at": "2024-03-04T05:07:00Z",
    }
    body.update(changes)
    return body


def test_create(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(201, {"listener": listener_body(), "request_id": "r"})
    opts = listeners.CreateOpts(
        loadbalancer_id=LB_ID,
        protocol="HTTPS",
        protocol_port=443,
        name="https-443",
        default_pool_id="pool-1",
        default_tls_container_ref="cert-server-1",
        http2_enable=True,
        insert_headers=listeners.InsertHeaders(x_forwarded_elb_ip=True, x_forwarded_host=True),
        ipgroup=listeners.IpGroup(ipgroup_id="ipg-1", type="white"),
    )
    got = listeners.create(client, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/listeners"
    assert req.json() == {
        "listener": {
            "loadbalancer_id": LB_ID,
            "protocol": "HTTPS",
            "protocol_port": 443,
            "name": "https-443",
            "default_pool_id": "pool-1",
            "default_tls_container_ref": "cert-server-1",
            "http2_enable": True,
            "insert_headers": {"X-Forwarded-ELB-IP": True, "X-Forwarded-Host": True},
            "ipgroup": {"ipgroup_id": "ipg-1", "type": "white"},
        }
    }
    assert got.id == LISTENER_ID and got.loadbalancers == [listeners.LoadBalancerRef(id=LB_ID)]
    assert got.insert_headers == listeners.InsertHeaders(
        x_forwarded_elb_ip=True, x_forwarded_host=True
    )


def test_create_all_port_listener(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(201, {"listener": listener_body(protocol="TCP", protocol_port=0)})
    opts = listeners.CreateOpts(
        loadbalancer_id=LB_ID,
        protocol="TCP",
        protocol_port=0,
        port_ranges=[listeners.PortRange(start_port=1000, end_port=2000)],
    )
    listeners.create(client, opts)
    body = hw.api_requests[-1].json()["listener"]
    assert (
        body["port_ranges"] == [{"start_port": 1000, "end_port": 2000}]
        and body["protocol_port"] == 0
    )


def test_get(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(200, {"listener": listener_body(), "request_id": "r"})
    got = listeners.get(client, LISTENER_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"{base}/listeners/{LISTENER_ID}"
    assert got.protocol == "HTTPS" and got.protocol_port == 443 and got.connection_limit == -1
    assert got.ipgroup == listeners.IpGroup(ipgroup_id="ipg-1", enable_ipgroup=True, type="white")
    assert got.client_ca_tls_container_ref is None


def test_list(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(
        200,
        {
            "listeners": [listener_body()],
            "page_info": {"previous_marker": LISTENER_ID, "current_count": 1},
            "request_id": "r",
        },
    )
    opts = listeners.ListOpts(loadbalancer_id=[LB_ID], protocol=["HTTPS", "HTTP"], limit=50)
    got = list(listeners.list(client, opts))
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"{base}/listeners"
    assert sorted(req.query) == [
        ("limit", "50"),
        ("loadbalancer_id", LB_ID),
        ("protocol", "HTTP"),
        ("protocol", "HTTPS"),
    ]
    assert [x.id for x in got] == [LISTENER_ID]


def test_update(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(
        200, {"listener": listener_body(member_timeout=120, tls_ciphers_policy="tls-1-2-strict")}
    )
    opts = listeners.UpdateOpts(
        member_timeout=120, tls_ciphers_policy="tls-1-2-strict", default_pool_id=None
    )
    got = listeners.update(client, LISTENER_ID, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "PUT" and req.path == f"{base}/listeners/{LISTENER_ID}"
    assert req.json() == {
        "listener": {
            "member_timeout": 120,
            "tls_ciphers_policy": "tls-1-2-strict",
            "default_pool_id": None,
        }
    }
    assert got.member_timeout == 120


def test_delete(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(204)
    listeners.delete(client, LISTENER_ID)
    req = hw.api_requests[-1]
    assert req.method == "DELETE" and req.path == f"{base}/listeners/{LISTENER_ID}"


def test_force_delete(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(204)
    listeners.force_delete(client, LISTENER_ID)
    req = hw.api_requests[-1]
    assert req.method == "DELETE" and req.path == f"{base}/listeners/{LISTENER_ID}/force"

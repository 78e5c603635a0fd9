"""ELB v3 load balancers: every operation against the signature-checking loopback cloud."""

from __future__ import annotations

import datetime

import pytest

from stacksdk.huaweicloud.elb.v3 import loadbalancers as lbs
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud

LB_ID = "2f6c1e4a-8b7d-4c3e-9a10-5d4e3f2a1b0c"
VPC_ID = "8a1d0e2c-7b6f-4e5d-a3c2-1b0f9e8d7c6b"
SUBNET_ID = "c4b3a291-0f1e-4d2c-8b7a-6e5d4c3b2a19"
NETWORK_ID = "e6d5c4b3-a291-4f0e-8d7c-6b5a4f3e2d1c"


def lb_body(**changes: object) -> dict[str, object]:
    """A dedicated load balancer as the API reference shows one (values of our own)."""
    body: dict[str, object] = {
        "id": LB_ID,
        "name": "lb-web",
        "description": "front door",
        "provisioning_status": "ACTIVE",
        "operating_status": "ONLINE",
        "admin_state_up": True,
        "provider": "vlb",
        "pools": [{"id": "pool-1"}],
        "listeners": [{"id": "listener-1"}],
        "project_id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        "vip_subnet_cidr_id": SUBNET_ID,
        "vip_address": "192.168.0.20",
        "vip_port_id": "port-20",
        "tags": [{"key": "env", "value": "prod"}],
        "created_at": "2024-03-04T05:06:07Z",
        "updated_at": "2024-03-04T05:06:09Z",
        "guaranteed": True,
        "vpc_id": VPC_ID,
        "eips": [{"eip_id": "eip-1", "eip_address": "203.0.113.10", "ip_version": 4}],
        "publicips": [
            {"publicip_id": "eip-1", "publicip_address": "203.0.113.10", "ip_version": 4}
        ],
        "ipv6_vip_address": None,
        "ipv6_vip_virsubnet_id": None,
        "ipv6_vip_port_id": None,
        "availability_zone_list": ["az-a", "az-b"],
        "enterprise_project_id": "0",
        "billing_info": None,
        "l4_flavor_id": "l4-small",
        "l4_scale_flavor_id": None,
        "l7_flavor_id": "l7-small",
        "l7_scale_flavor_id": None,
        "global_eips": [],
        "elb_virsubnet_ids": [NETWORK_ID],
        "elb_virsubnet_type": "ipv4",
        "ip_target_enable": False,
        "frozen_scene": None,
        "deletion_protection_enable": False,
        "autoscaling": {"enable": False, "min_l7_flavor_id": ""},
        "public_border_group": "center",
        "charge_mode": "flavor",
        "waf_failure_action": "forward",
        "protection_status": "nonProtection",
        "protection_reason": None,
        "log_group_id": "",
        "log_topic_id": "",
    }
    body.update(changes)
    return body


def test_create(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(201, {"loadbalancer": lb_body(), "request_id": "req-1"})
    opts = lbs.CreateOpts(
        name="lb-web",
        description="front door",
        vip_subnet_cidr_id=SUBNET_ID,
        elb_virsubnet_ids=[NETWORK_ID],
        availability_zone_list=["az-a", "az-b"],
        l4_flavor_id="l4-small",
        l7_flavor_id="l7-small",
        guaranteed=True,
        tags=[lbs.Tag(key="env", value="prod")],
        publicip=lbs.NewPublicIp(
            network_type="5_bgp",
            bandwidth=lbs.NewBandwidth(
                name="bw-web", size=10, charge_mode="traffic", share_type="PER"
            ),
        ),
    )
    got = lbs.create(client, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/loadbalancers" and req.query == []
    assert req.json() == {
        "loadbalancer": {
            "name": "lb-web",
            "description": "front door",
            "vip_subnet_cidr_id": SUBNET_ID,
            "elb_virsubnet_ids": [NETWORK_ID],
            "availability_zone_list": ["az-a", "az-b"],
            "l4_flavor_id": "l4-small",
            "l7_flavor_id": "l7-small",
            "guaranteed": True,
            "tags": [{"key": "env", "value": "prod"}],
            "publicip": {
                "network_type": "5_bgp",
                "bandwidth": {
                    "name": "bw-web",
                    "size": 10,
                    "charge_mode": "traffic",
                    "share_type": "PER",
                },
            },
        }
    }
    assert got.id == LB_ID and got.vip_address == "192.168.0.20"
    assert got.eips == [lbs.EipInfo(eip_id="eip-1", eip_address="203.0.113.10", ip_version=4)]
    assert got.created_at == datetime.datetime(2024, 3, 4, 5, 6, 7, tzinfo=datetime.timezone.utc)


def test_create_needs_zones_before_sending(hw: HwCloud, client: ServiceClient) -> None:
    with pytest.raises(ValueError, match="availability_zone_list"):
        lbs.create(client, lbs.CreateOpts(name="lb"))
    assert hw.api_requests == []


def test_create_prepaid_answers_with_an_order(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(200, {"loadbalancer_id": LB_ID, "order_id": "CS2401010000ABCDE", "request_id": "r"})
    opts = lbs.CreateOpts(
        availability_zone_list=["az-a"],
        vpc_id=VPC_ID,
        prepaid_options=lbs.PrepaidOptions(period_type="month", period_num=1, auto_pay=True),
    )
    result = lbs.create(client, opts)
    req = hw.api_requests[-1]
    assert req.json()["loadbalancer"]["prepaid_options"] == {
        "period_type": "month",
        "period_num": 1,
        "auto_pay": True,
    }
    assert result.body["order_id"] == "CS2401010000ABCDE"


def test_get(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(200, {"loadbalancer": lb_body(), "request_id": "req-2"})
    got = lbs.get(client, LB_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"{base}/loadbalancers/{LB_ID}" and req.body == b""
    assert got.name == "lb-web" and got.provisioning_status == "ACTIVE"
    assert got.listeners == [lbs.ListenerRef(id="listener-1")] and got.pools == [
        lbs.PoolRef(id="pool-1")
    ]
    assert got.autoscaling == lbs.Autoscaling(enable=False, min_l7_flavor_id="")
    assert got.ipv6_vip_address is None


def test_list_pages_by_marker_with_page_info(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(
        200,
        {
            "loadbalancers": [lb_body(id="lb-1"), lb_body(id="lb-2")],
            "page_info": {"previous_marker": "lb-1", "next_marker": "lb-2", "current_count": 2},
            "request_id": "r1",
        },
    )
    hw.reply(
        200,
        {
            "loadbalancers": [lb_body(id="lb-3")],
            "page_info": {"previous_marker": "lb-3", "current_count": 1},
            "request_id": "r2",
        },
    )
    opts = lbs.ListOpts(
        limit=2, vpc_id=[VPC_ID], operating_status=["ONLINE", "FROZEN"], guaranteed=True
    )
    got = [lb.id for lb in lbs.list(client, opts)]
    assert got == ["lb-1", "lb-2", "lb-3"]
    one, two = hw.api_requests
    assert one.method == "GET" and one.path == f"{base}/loadbalancers"
    assert sorted(one.query) == [
        ("guaranteed", "true"),
        ("limit", "2"),
        ("operating_status", "FROZEN"),
        ("operating_status", "ONLINE"),
        ("vpc_id", VPC_ID),
    ]
    assert ("marker", "lb-2") in two.query and ("limit", "2") in two.query


def test_list_stops_without_next_marker(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(
        200,
        {
            "loadbalancers": [lb_body(id="lb-1"), lb_body(id="lb-2")],
            "page_info": {"previous_marker": "lb-1", "current_count": 2},
        },
    )
    got = [lb.id for lb in lbs.list(client, lbs.ListOpts(limit=2))]
    assert got == ["lb-1", "lb-2"] and len(hw.api_requests) == 1


def test_list_filters_by_eip_and_name(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(
        200,
        {"loadbalancers": [lb_body()], "page_info": {"previous_marker": LB_ID, "current_count": 1}},
    )
    opts = lbs.ListOpts(
        name="lb-web", eips=["eip_address=203.0.113.10"], ip_version=[4, 6], limit=10
    )
    page = lbs.list(client, opts).all_pages()
    assert [lb.id for lb in lbs.extract_loadbalancers(page)] == [LB_ID]
    assert sorted(hw.api_requests[-1].query) == [
        ("eips", "eip_address=203.0.113.10"),
        ("ip_version", "4"),
        ("ip_version", "6"),
        ("limit", "10"),
        ("name", "lb-web"),
    ]


def test_update(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(200, {"loadbalancer": lb_body(name="lb-web2", deletion_protection_enable=True)})
    opts = lbs.UpdateOpts(
        name="lb-web2",
        deletion_protection_enable=True,
        autoscaling=lbs.Autoscaling(enable=True, min_l7_flavor_id="l7-small"),
    )
    got = lbs.update(client, LB_ID, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "PUT" and req.path == f"{base}/loadbalancers/{LB_ID}"
    assert req.json() == {
        "loadbalancer": {
            "name": "lb-web2",
            "deletion_protection_enable": True,
            "autoscaling": {"enable": True, "min_l7_flavor_id": "l7-small"},
        }
    }
    assert got.name == "lb-web2" and got.deletion_protection_enable is True


def test_update_has_no_create_only_fields() -> None:
    with pytest.raises(TypeError):
        lbs.UpdateOpts(availability_zone_list=["az-a"])  # type: ignore[call-arg]


def test_delete(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(204)
    lbs.delete(client, LB_ID)
    req = hw.api_requests[-1]
    assert (
        req.method == "DELETE" and req.path == f"{base}/loadbalancers/{LB_ID}" and req.body == b""
    )


def test_force_delete(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(204)
    lbs.force_delete(client, LB_ID)
    req = hw.api_requests[-1]
    assert req.method == "DELETE" and req.path == f"{base}/loadbalancers/{LB_ID}/force-elb"


def test_delete_cascade(hw: HwCloud, client: ServiceClient, base: str) -> None:
    hw.reply(202, {"request_id": "r"})
    lbs.delete_cascade(client, LB_ID, lbs.DeleteCascadeOpts(unbounded_pool=False, public_ip=True))
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"{base}/loadbalancers/{LB_ID}/delete-cascade"
    assert req.json() == {"loadbalancer": {"unbounded_pool": False, "public_ip": True}}


def test_get_status(hw: HwCloud, client: ServiceClient, base: str) -> None:
    member = {
        "id": "m-1",
        "address": "192.168.0.31",
        "protocol_port": 8080,
        "provisioning_status": "ACTIVE",
        "operating_status": "ONLINE",
    }
    pool = {
        "id": "pool-1",
        "name": "pool-web",
        "provisioning_status": "ACTIVE",
        "operating_status": "ONLINE",
        "healthmonitor": {
            "id": "hm-1",
            "name": "hm",
            "type": "HTTP",
            "provisioning_status": "ACTIVE",
        },
        "members": [member],
    }
    statuses = {
        "loadbalancer": {
            "id": LB_ID,
            "name": "lb-web",
            "provisioning_status": "ACTIVE",
            "operating_status": "ONLINE",
            "listeners": [
                {
                    "id": "listener-1",
                    "name": "http",
                    "provisioning_status": "ACTIVE",
                    "operating_status": "ONLINE",
                    "pools": [pool],
                    "l7policies": [
                        {
                            "id": "pol-1",
                            "name": "to-api",
                            "action": "REDIRECT_TO_POOL",
                            "provisioning_status": "ACTIVE",
                            "rules": [
                                {"id": "rule-1", "type": "PATH", "provisioning_status": "ACTIVE"}
                            ],
                        }
                    ],
                }
            ],
            "pools": [pool],
        }
    }
    hw.reply(200, {"statuses": statuses, "request_id": "r"})
    tree = lbs.get_status(client, LB_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"{base}/loadbalancers/{LB_ID}/statuses"
    assert tree.loadbalancer.id == LB_ID
    listener = tree.loadbalancer.listeners[0]
    assert listener.pools[0].members[0] == lbs.MemberState(
        id="m-1",
        address="192.168.0.31",
        protocol_port=8080,
        provisioning_status="ACTIVE",
        operating_status="ONLINE",
    )
    assert listener.pools[0].healthmonitor.type == "HTTP"
    assert listener.l7policies[0].rules[0].type == "PATH"


def test_wait_for_status(hw: HwCloud, client: ServiceClient) -> None:
    hw.reply(200, {"loadbalancer": lb_body(provisioning_status="PENDING_DELETE")})
    hw.reply(404, {"error_msg": "not found", "error_code": "ELB.8902"})
    lbs.wait_for_delete(client, LB_ID, timeout=5, interval=0.01)
    assert [r.method for r in hw.api_requests] == ["GET", "GET"]

"""ECS v1.1 cloud servers (create in either billing mode, the marker-paged listing,
yearly/monthly resize) against the signature-checking loopback cloud."""

from __future__ import annotations

import datetime

import pytest

import stacksdk.huaweicloud.ecs.v1_1 as ecs_v1_1
from stacksdk.huaweicloud.ecs.v1 import servers as v1_servers
from stacksdk.huaweicloud.ecs.v1_1 import servers
from stacksdk.runtime import errors
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud

SERVER_ID = "3c0f6d52-8b1e-4f3a-9d27-5e4a1b6c7d80"
OTHER_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
VPC_ID = "b4f1e2d3-c4b5-4a69-8877-665544332211"
SUBNET_ID = "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928"
JOB_ID = "ff80808290a1b2c3018f00aa11bb22cc"
ORDER_ID = "CS2405061234ABCDE"


def cloud_server(server_id: str = SERVER_ID, name: str = "web-01") -> dict[str, object]:
    """A server as the v1.1 listing shows one (values of our own)."""
    return {
        "id": server_id,
        "name": name,
        "status": "ACTIVE",
        "vm_state": "active",
        "task_state": "",
        "power_state": 1,
        "tenant_id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        "user_id": "d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6",
        "availability_zone": "xx-test-1a",
        "created": "2024-05-06T07:08:09Z",
        "updated": "2024-05-06T07:10:11Z",
        "launched_at": "2024-05-06T07:09:30.000000",
        "in_recycle_bin": False,
        "spod_id": "",
        "market_info": {
            "charge_mode": "prePaid",
            "prepaid_info": {"expired_time": "2025-05-06T16:00:00Z"},
        },
        "key_name": "ops-key",
        "locked": False,
        "description": "front end",
        "enterprise_project_id": "0",
        "metadata": {"charging_mode": "1"},
        "tags": ["env=prod"],
        "addresses": {
            VPC_ID: [
                {
                    "addr": "192.168.0.21",
                    "version": 4,
                    "OS-EXT-IPS:port_id": "0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a",
                    "OS-EXT-IPS-MAC:mac_addr": "fa:16:3e:12:34:56",
                    "OS-EXT-IPS:type": "fixed",
                    "primary": True,
                }
            ]
        },
        "security_groups": [{"name": "default", "id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"}],
        "volumes_attached": [
            {
                "id": "aa11bb22-cc33-4d44-8e55-ff6677889900",
                "delete_on_termination": True,
                "device": "/dev/vda",
                "bootIndex": "0",
                "size": 40,
            }
        ],
        "image": {"id": "1e2d3c4b-5a69-4788-9900-aabbccddeeff"},
        "flavor": {"id": "c7.large.2", "name": "c7.large.2", "vcpus": 2, "ram": 4096, "disk": 0},
    }


def test_create_yearly_monthly(hw: HwCloud, v1_1: ServiceClient) -> None:
    hw.reply(200, {"job_id": JOB_ID, "order_id": ORDER_ID, "serverIds": [SERVER_ID]})
    opts = servers.CreateOpts(
        name="web-01",
        image_ref="1e2d3c4b-5a69-4788-9900-aabbccddeeff",
        flavor_ref="c7.large.2",
        vpc_id=VPC_ID,
        nics=[v1_servers.Nic(subnet_id=SUBNET_ID, ipv6_enable=True)],
        root_volume=v1_servers.RootVolume(volume_type="GPSSD2", size=40, iops=3000, throughput=125),
        key_name="ops-key",
        metadata={"op_svc_userid": "d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6"},
        extend_param=servers.PrePaidExtendParam(
            charging_mode="prePaid",
            period_type="month",
            period_num=3,
            is_auto_renew="false",
            is_auto_pay="true",
        ),
        server_tags=[v1_servers.Tag(key="env", value="prod")],
        auto_terminate_time="2030-01-19T03:30:52Z",
    )
    result = servers.create(v1_1, opts)
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"/v1.1/{hw.project_id}/cloudservers"
    assert req.query == []
    assert req.json() == {
        "server": {
            "name": "web-01",
            "key_name": "ops-key",
            "metadata": {"op_svc_userid": "d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6"},
            "imageRef": "1e2d3c4b-5a69-4788-9900-aabbccddeeff",
            "flavorRef": "c7.large.2",
            "vpcid": VPC_ID,
            "nics": [{"subnet_id": SUBNET_ID, "ipv6_enable": True}],
            "root_volume": {"volumetype": "GPSSD2", "size": 40, "iops": 3000, "throughput": 125},
            "auto_terminate_time": "2030-01-19T03:30:52Z",
            "extendparam": {
                "chargingMode": "prePaid",
                "periodType": "month",
                "periodNum": 3,
                "isAutoRenew": "false",
                "isAutoPay": "true",
            },
            "server_tags": [{"key": "env", "value": "prod"}],
        }
    }
    assert result.extract() == JOB_ID
    assert result.body["order_id"] == ORDER_ID


def test_list_pages_by_marker(hw: HwCloud, v1_1: ServiceClient) -> None:
    hw.reply(
        200, {"servers": [cloud_server(), cloud_server(OTHER_ID, "web-02")], "request_id": "r1"}
    )
    hw.reply(200, {"servers": [], "request_id": "r2"})
    opts = servers.ListOpts(
        status="ACTIVE",
        charging_mode="1",
        expect_fields=["market_info", "launched_at"],
        limit=2,
    )
    got = list(servers.list(v1_1, opts))
    first, second = hw.api_requests[-2:]
    assert first.method == "GET" and first.path == f"/v1.1/{hw.project_id}/cloudservers/detail"
    assert sorted(first.query) == [
        ("charging_mode", "1"),
        ("expect-fields", "launched_at"),
        ("expect-fields", "market_info"),
        ("limit", "2"),
        ("status", "ACTIVE"),
    ]
    assert second.q("marker") == OTHER_ID and second.q("status") == "ACTIVE"
    assert [s.name for s in got] == ["web-01", "web-02"]
    server = got[0]
    assert server.launched_at == datetime.datetime(
        2024, 5, 6, 7, 9, 30, tzinfo=datetime.timezone.utc
    )
    assert server.market_info and server.market_info.charge_mode == "prePaid"
    assert (
        server.market_info.prepaid_info
        and server.market_info.prepaid_info.expired_time == "2025-05-06T16:00:00Z"
    )
    assert server.flavor and server.flavor.vcpus == 2 and server.flavor.ram == 4096
    assert server.volumes_attached and server.volumes_attached[0].size == 40
    assert server.volumes_attached[0].delete_on_termination is True
    address = server.addresses[VPC_ID][0] if server.addresses else None
    assert address is not None and address.version == 4 and address.mac_addr == "fa:16:3e:12:34:56"
    assert server.security_groups and isinstance(
        server.security_groups[0], v1_servers.SecurityGroupRef
    )


def test_resize_yearly_monthly_places_an_order(hw: HwCloud, v1_1: ServiceClient) -> None:
    hw.reply(200, {"order_id": ORDER_ID})
    opts = servers.ResizeOpts(
        flavor_ref="c7.xlarge.2",
        extend_param=servers.ResizeExtendParam(is_auto_pay="true"),
        mode="withStopServer",
    )
    got = servers.resize(v1_1, SERVER_ID, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST"
    assert req.path == f"/v1.1/{hw.project_id}/cloudservers/{SERVER_ID}/resize"
    assert req.json() == {
        "resize": {
            "flavorRef": "c7.xlarge.2",
            "extendparam": {"isAutoPay": "true"},
            "mode": "withStopServer",
        }
    }
    assert got.order_id == ORDER_ID and not got.is_set("job_id")


def test_resize_pay_per_use_starts_a_job(hw: HwCloud, v1_1: ServiceClient) -> None:
    hw.reply(200, {"job_id": JOB_ID})
    got = servers.resize(
        v1_1, SERVER_ID, servers.ResizeOpts(flavor_ref="c7.xlarge.2", dry_run=False)
    ).extract()
    assert hw.api_requests[-1].json() == {"resize": {"flavorRef": "c7.xlarge.2"}, "dry_run": False}
    assert got.job_id == JOB_ID and not got.order_id


def test_wait_for_job_polls_the_v1_job_path(hw: HwCloud, v1_1: ServiceClient) -> None:
    hw.reply(200, {"status": "INIT", "job_id": JOB_ID, "job_type": "createServer", "entities": {}})
    hw.reply(
        200,
        {
            "status": "SUCCESS",
            "job_id": JOB_ID,
            "job_type": "createServer",
            "entities": {
                "sub_jobs_total": 1,
                "sub_jobs": [{"status": "SUCCESS", "entities": {"server_id": SERVER_ID}}],
            },
        },
    )
    entities = ecs_v1_1.wait_for_job(v1_1, JOB_ID, timeout=30, interval=0)
    polls = hw.api_requests[-2:]
    assert [(r.method, r.path) for r in polls] == [
        ("GET", f"/v1/{hw.project_id}/jobs/{JOB_ID}")
    ] * 2
    assert entities["sub_jobs"][0]["entities"]["server_id"] == SERVER_ID


def test_wait_for_job_gives_up_on_failure(hw: HwCloud, v1_1: ServiceClient) -> None:
    hw.reply(200, {"status": "FAIL", "job_id": JOB_ID, "fail_reason": "the order was not paid"})
    with pytest.raises(errors.WaitFailed, match="not paid"):
        ecs_v1_1.wait_for_job(v1_1, JOB_ID, timeout=30, interval=0)

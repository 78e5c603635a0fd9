"""ECS v1 cloud servers: every operation against the signature-checking loopback cloud."""

from __future__ import annotations

import datetime

import pytest

import stacksdk.huaweicloud.ecs.v1 as ecs_v1
from stacksdk.huaweicloud.ecs.v1 import servers
from stacksdk.runtime import errors
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud

SERVER_ID = "3c0f6d52-8b1e-4f3a-9d27-5e4a1b6c7d80"
OTHER_ID = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"
VPC_ID = "b4f1e2d3-c4b5-4a69-8877-665544332211"
SUBNET_ID = "7e6d5c4b-3a29-4180-9f8e-7d6c5b4a3928"
JOB_ID = "ff80808290a1b2c3018f00aa11bb22cc"
UTC = datetime.timezone.utc


def server_body(**changes: object) -> dict[str, object]:
    """A server as the API reference shows one in get and list (values of our own)."""
    server: dict[str, object] = {
        "id": SERVER_ID,
        "name": "web-01",
        "description": "front end",
        "status": "ACTIVE",
        "created": "2024-05-06T07:08:09Z",
        "updated": "2024-05-06T07:10:11Z",
        "OS-SRV-USG:launched_at": "2024-05-06T07:09:30.000000",
        "OS-SRV-USG:terminated_at": "",
        "auto_terminate_time": "",
        "tenant_id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        "user_id": "d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6",
        "hostId": "c8a2e0f1b3d5c7e9a1b3c5d7e9f1a3b5c7d9e1f3a5b7c9d1e3f5a7b9",
        "OS-EXT-SRV-ATTR:host": "pod01.xx-test-1a",
        "host_status": "UP",
        "OS-EXT-SRV-ATTR:hypervisor_hostname": "nova-host-17",
        "OS-EXT-SRV-ATTR:instance_name": "instance-0042",
        "OS-EXT-SRV-ATTR:hostname": "web-01",
        "OS-EXT-AZ:availability_zone": "xx-test-1a",
        "addresses": {
            VPC_ID: [
                {
                    "version": "4",
                    "addr": "192.168.0.21",
                    "OS-EXT-IPS:type": "fixed",
                    "OS-EXT-IPS-MAC:mac_addr": "fa:16:3e:12:34:56",
                    "OS-EXT-IPS:port_id": "0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a",
                    "primary": True,
                }
            ]
        },
        "image": {"id": "1e2d3c4b-5a69-4788-9900-aabbccddeeff"},
        "flavor": {
            "id": "s6.large.2",
            "name": "s6.large.2",
            "disk": "0",
            "vcpus": "2",
            "ram": "4096",
            "gpus": [],
            "asic_accelerators": [],
        },
        "key_name": "ops-key",
        "security_groups": [{"name": "default", "id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"}],
        "OS-EXT-STS:task_state": None,
        "OS-EXT-STS:vm_state": "active",
        "OS-EXT-STS:power_state": 1,
        "OS-DCF:diskConfig": "MANUAL",
        "accessIPv4": "",
        "accessIPv6": "",
        "progress": 0,
        "config_drive": "",
        "metadata": {"charging_mode": "0", "vpc_id": VPC_ID, "os_type": "Linux"},
        "os-extended-volumes:volumes_attached": [
            {
                "id": "aa11bb22-cc33-4d44-8e55-ff6677889900",
                "delete_on_termination": "true",
                "bootIndex": "0",
                "device": "/dev/vda",
            }
        ],
        "OS-EXT-SRV-ATTR:reservation_id": "r-0abc1def",
        "OS-EXT-SRV-ATTR:launch_index": 0,
        "OS-EXT-SRV-ATTR:kernel_id": "",
        "OS-EXT-SRV-ATTR:ramdisk_id": "",
        "OS-EXT-SRV-ATTR:root_device_name": "/dev/vda",
        "OS-EXT-SRV-ATTR:user_data": "IyEvYmluL2Jhc2gKZWNobyBoaQo=",
        "locked": False,
        "tags": ["env=prod"],
        "os:scheduler_hints": {"group": ["6f5e4d3c-2b1a-4098-8765-43210fedcba9"]},
        "enterprise_project_id": "0",
        "sys_tags": [{"key": "_sys_enterprise_project_id", "value": "0"}],
        "cpu_options": {"hw:cpu_threads": 2},
        "hypervisor": {"hypervisor_type": "kvm", "csd_hypervisor": None},
    }
    server.update(changes)
    return server


def test_create(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"job_id": JOB_ID, "serverIds": [SERVER_ID]})
    opts = servers.CreateOpts(
        name="web-01",
        image_ref="1e2d3c4b-5a69-4788-9900-aabbccddeeff",
        flavor_ref="s6.large.2",
        vpc_id=VPC_ID,
        nics=[servers.Nic(subnet_id=SUBNET_ID, ip_address="192.168.0.21")],
        root_volume=servers.RootVolume(volume_type="SSD", size=40),
        data_volumes=[
            servers.DataVolume(
                volume_type="GPSSD",
                size=100,
                multiattach=False,
                metadata=servers.DiskMetadata(
                    encrypted="1", cmk_id="83cdb52d-9ebf-4469-9cfa-e7b5b80da846"
                ),
            )
        ],
        publicip=servers.PublicIp(
            eip=servers.NewEip(
                iptype="5_bgp",
                bandwidth=servers.EipBandwidth(size=10, share_type="PER", charge_mode="traffic"),
            ),
            delete_on_termination=True,
        ),
        key_name="ops-key",
        security_groups=[servers.SecurityGroupRef(id="5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d")],
        availability_zone="xx-test-1a",
        count=1,
        extend_param=servers.PostPaidExtendParam(charging_mode=0, enterprise_project_id="0"),
        scheduler_hints=servers.CreateSchedulerHints(group="6f5e4d3c-2b1a-4098-8765-43210fedcba9"),
        server_tags=[servers.Tag(key="env", value="prod")],
        metadata={"agency_name": "ecs-agency"},
        description="front end",
    )
    got = servers.create(v1, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"/v1/{hw.project_id}/cloudservers"
    assert req.query == []
    assert req.json() == {
        "server": {
            "name": "web-01",
            "description": "front end",
            "key_name": "ops-key",
            "security_groups": [{"id": "5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d"}],
            "metadata": {"agency_name": "ecs-agency"},
            "imageRef": "1e2d3c4b-5a69-4788-9900-aabbccddeeff",
            "flavorRef": "s6.large.2",
            "vpcid": VPC_ID,
            "nics": [{"subnet_id": SUBNET_ID, "ip_address": "192.168.0.21"}],
            "root_volume": {"volumetype": "SSD", "size": 40},
            "data_volumes": [
                {
                    "volumetype": "GPSSD",
                    "size": 100,
                    "multiattach": False,
                    "metadata": {
                        "__system__encrypted": "1",
                        "__system__cmkid": "83cdb52d-9ebf-4469-9cfa-e7b5b80da846",
                    },
                }
            ],
            "publicip": {
                "eip": {
                    "iptype": "5_bgp",
                    "bandwidth": {"size": 10, "sharetype": "PER", "chargemode": "traffic"},
                },
                "delete_on_termination": True,
            },
            "count": 1,
            "availability_zone": "xx-test-1a",
            "extendparam": {"chargingMode": 0, "enterprise_project_id": "0"},
            "os:scheduler_hints": {"group": "6f5e4d3c-2b1a-4098-8765-43210fedcba9"},
            "server_tags": [{"key": "env", "value": "prod"}],
        }
    }
    assert got == JOB_ID


def test_create_requires_the_network_and_disk_before_sending(
    hw: HwCloud, v1: ServiceClient
) -> None:
    with pytest.raises(ValueError, match="nics"):
        servers.CreateOpts(
            name="web-01",
            image_ref="img",
            flavor_ref="s6.large.2",
            vpc_id=VPC_ID,
            root_volume=servers.RootVolume(volume_type="SSD"),
        )
    assert hw.api_requests == []


def test_create_masks_the_admin_password_and_sends_dry_run_beside_server(
    hw: HwCloud, v1: ServiceClient
) -> None:
    hw.reply(202, {})
    opts = servers.CreateOpts(
        name="db-01",
        image_ref="img-1",
        flavor_ref="c7.large.2",
        vpc_id=VPC_ID,
        nics=[servers.Nic(subnet_id=SUBNET_ID)],
        root_volume=servers.RootVolume(volume_type="SAS"),
        admin_pass="Sup3r-Secret!pw",
        dry_run=True,
    )
    assert "Sup3r-Secret!pw" not in repr(opts)
    result = servers.create(v1, opts)
    body = hw.api_requests[-1].json()
    assert body["dry_run"] is True and "dry_run" not in body["server"]
    assert body["server"]["adminPass"] == "Sup3r-Secret!pw"
    assert result.status_code == 202
    with pytest.raises(errors.ResponseError, match="job_id"):
        result.extract()  # a passed dry run starts no job


def test_get(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"server": server_body()})
    got = servers.get(v1, SERVER_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"/v1/{hw.project_id}/cloudservers/{SERVER_ID}"
    assert req.body == b""
    assert got.id == SERVER_ID and got.name == "web-01" and got.status == "ACTIVE"
    assert got.created == datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=UTC)
    assert got.launched_at == datetime.datetime(2024, 5, 6, 7, 9, 30, tzinfo=UTC)
    assert got.terminated_at == ""
    assert got.vm_state == "active" and got.task_state is None and got.power_state == 1
    assert got.availability_zone == "xx-test-1a" and got.hostname == "web-01"
    assert got.flavor and got.flavor.id == "s6.large.2" and got.flavor.ram == "4096"
    assert got.image == {"id": "1e2d3c4b-5a69-4788-9900-aabbccddeeff"}
    address = got.addresses[VPC_ID][0] if got.addresses else None
    assert address is not None and address.addr == "192.168.0.21" and address.type == "fixed"
    assert address.port_id == "0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a" and address.primary is True
    assert got.volumes_attached and got.volumes_attached[0].boot_index == "0"
    assert got.security_groups and got.security_groups[0].name == "default"
    assert got.scheduler_hints and got.scheduler_hints.group == [
        "6f5e4d3c-2b1a-4098-8765-43210fedcba9"
    ]
    assert got.cpu_options and got.cpu_options.cpu_threads == 2
    assert got.sys_tags and got.sys_tags[0].key == "_sys_enterprise_project_id"
    assert got.metadata == {"charging_mode": "0", "vpc_id": VPC_ID, "os_type": "Linux"}


def test_get_of_a_missing_server_raises_not_found(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(404, {"error": {"code": "Ecs.0114", "message": "Instance could not be found."}})
    with pytest.raises(errors.NotFound, match="could not be found"):
        servers.get(v1, SERVER_ID).extract()


def test_list_pages_by_page_number_and_reports_the_total(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"count": 3, "servers": [server_body(), server_body(id=OTHER_ID, name="web-02")]})
    hw.reply(200, {"count": 3, "servers": [server_body(id="third", name="web-03")]})
    opts = servers.ListOpts(name="web", status="ACTIVE", not_tags="__type_baremetal", limit=2)
    pages = list(servers.list(v1, opts).pages())
    first, second = hw.api_requests[-2:]
    assert first.method == "GET" and first.path == f"/v1/{hw.project_id}/cloudservers/detail"
    assert sorted(first.query) == [
        ("limit", "2"),
        ("name", "web"),
        ("not-tags", "__type_baremetal"),
        ("offset", "1"),  # with a page size, the first page number is sent too
        ("status", "ACTIVE"),
    ]
    assert second.q("offset") == "2" and second.q("limit") == "2" and second.q("name") == "web"
    assert [page.total for page in pages] == [3, 3]
    names = [s.name for page in pages for s in servers.extract_servers(page)]
    assert names == ["web-01", "web-02", "web-03"]


def test_list_by_server_ids_sends_them_comma_separated(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"count": 1, "servers": [server_body()]})
    got = servers.extract_servers(
        next(servers.list(v1, servers.ListOpts(server_id=[SERVER_ID, OTHER_ID])).pages())
    )
    assert hw.api_requests[-1].query == [("server_id", f"{SERVER_ID},{OTHER_ID}")]
    assert [s.id for s in got] == [SERVER_ID]


def test_update(hw: HwCloud, v1: ServiceClient) -> None:
    answer = {
        "server": {
            "id": SERVER_ID,
            "name": "web-01b",
            "description": "renamed",
            "status": "ACTIVE",
            "tenant_id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
            "user_id": "d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6",
            "image": "1e2d3c4b-5a69-4788-9900-aabbccddeeff",
            "addresses": {VPC_ID: [{"version": 4, "addr": "192.168.0.21"}]},
            "flavor": {
                "id": "s6.large.2",
                "links": [{"rel": "bookmark", "href": "https://x/flavors/s6"}],
            },
            "created": "2024-05-06T07:08:09Z",
            "updated": "2024-05-07T01:02:03Z",
            "metadata": {},
            "links": [{"rel": "self", "href": "https://x/servers/s"}],
            "OS-EXT-SRV-ATTR:hostname": "web-01b",
            "locked": False,
            "progress": 0,
        }
    }
    hw.reply(200, answer)
    opts = servers.UpdateOpts(name="web-01b", description="renamed", hostname="web-01b")
    got = servers.update(v1, SERVER_ID, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "PUT" and req.path == f"/v1/{hw.project_id}/cloudservers/{SERVER_ID}"
    assert req.json() == {
        "server": {"name": "web-01b", "description": "renamed", "hostname": "web-01b"}
    }
    assert got.name == "web-01b" and got.hostname == "web-01b"
    assert got.image == "1e2d3c4b-5a69-4788-9900-aabbccddeeff"
    assert got.flavor and got.flavor.links and got.flavor.links[0].rel == "bookmark"
    assert got.addresses and got.addresses[VPC_ID][0].version == 4
    assert got.updated == datetime.datetime(2024, 5, 7, 1, 2, 3, tzinfo=UTC)


def test_batch_delete(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"job_id": JOB_ID})
    opts = servers.BatchDeleteOpts(
        servers=[servers.ServerRef(id=SERVER_ID), servers.ServerRef(id=OTHER_ID)],
        delete_publicip=True,
        delete_volume=False,
    )
    got = servers.batch_delete(v1, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"/v1/{hw.project_id}/cloudservers/delete"
    assert req.json() == {
        "servers": [{"id": SERVER_ID}, {"id": OTHER_ID}],
        "delete_publicip": True,
        "delete_volume": False,
    }
    assert got == JOB_ID


def test_batch_start(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"job_id": JOB_ID})
    got = servers.batch_start(
        v1, servers.BatchStartOpts(servers=[servers.ServerRef(id=SERVER_ID)])
    ).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"/v1/{hw.project_id}/cloudservers/action"
    assert req.json() == {"os-start": {"servers": [{"id": SERVER_ID}]}}
    assert got == JOB_ID


def test_batch_stop(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"job_id": JOB_ID})
    opts = servers.BatchStopOpts(servers=[servers.ServerRef(id=SERVER_ID)], type="HARD")
    got = servers.batch_stop(v1, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"/v1/{hw.project_id}/cloudservers/action"
    assert req.json() == {"os-stop": {"servers": [{"id": SERVER_ID}], "type": "HARD"}}
    assert got == JOB_ID


def test_batch_stop_refuses_an_unknown_type_before_sending(hw: HwCloud, v1: ServiceClient) -> None:
    with pytest.raises(ValueError, match="type"):
        servers.BatchStopOpts(servers=[servers.ServerRef(id=SERVER_ID)], type="GENTLE")  # type: ignore[arg-type]
    assert hw.api_requests == []


def test_batch_reboot(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"job_id": JOB_ID})
    opts = servers.BatchRebootOpts(
        servers=[servers.ServerRef(id=SERVER_ID), servers.ServerRef(id=OTHER_ID)], type="SOFT"
    )
    got = servers.batch_reboot(v1, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"/v1/{hw.project_id}/cloudservers/action"
    assert req.json() == {
        "reboot": {"servers": [{"id": SERVER_ID}, {"id": OTHER_ID}], "type": "SOFT"}
    }
    assert got == JOB_ID


def test_resize(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"job_id": JOB_ID})
    opts = servers.ResizeOpts(
        flavor_ref="c7.xlarge.2",
        mode="withStopServer",
        cpu_options=servers.CpuOptions(cpu_threads=1),
        dry_run=False,
    )
    got = servers.resize(v1, SERVER_ID, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST"
    assert req.path == f"/v1/{hw.project_id}/cloudservers/{SERVER_ID}/resize"
    assert req.json() == {
        "resize": {
            "flavorRef": "c7.xlarge.2",
            "mode": "withStopServer",
            "cpu_options": {"hw:cpu_threads": 1},
        },
        "dry_run": False,
    }
    assert got == JOB_ID


def test_wait_for_status_polls_get_until_active(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"server": server_body(status="BUILD")})
    hw.reply(200, {"server": server_body(status="ACTIVE")})
    got = servers.wait_for_status(v1, SERVER_ID, "ACTIVE", timeout=30, interval=0)
    assert got.status == "ACTIVE"
    assert [r.path for r in hw.api_requests] == [
        f"/v1/{hw.project_id}/cloudservers/{SERVER_ID}"
    ] * 2


def test_wait_for_job_after_a_batch_action(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(200, {"job_id": JOB_ID})
    job_id = servers.batch_start(
        v1, servers.BatchStartOpts(servers=[servers.ServerRef(id=SERVER_ID)])
    ).extract()
    hw.reply(
        200, {"status": "RUNNING", "job_id": JOB_ID, "job_type": "batchStartServer", "entities": {}}
    )
    done = {
        "status": "SUCCESS",
        "job_id": JOB_ID,
        "job_type": "batchStartServer",
        "begin_time": "2024-05-06T07:08:09.123Z",
        "end_time": "2024-05-06T07:08:40.456Z",
        "error_code": None,
        "fail_reason": None,
        "entities": {
            "sub_jobs_total": 1,
            "sub_jobs": [
                {
                    "status": "SUCCESS",
                    "job_id": "ff80808290a1b2c3018f00aa11bb22cd",
                    "job_type": "startServer",
                    "entities": {"server_id": SERVER_ID},
                }
            ],
        },
    }
    hw.reply(200, done)
    entities = ecs_v1.wait_for_job(v1, job_id, timeout=30, interval=0)
    polls = hw.api_requests[-2:]
    assert [(r.method, r.path) for r in polls] == [
        ("GET", f"/v1/{hw.project_id}/jobs/{JOB_ID}")
    ] * 2
    assert entities == done["entities"]


def test_wait_for_job_raises_the_failure_reason(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(
        200,
        {
            "status": "FAIL",
            "job_id": JOB_ID,
            "job_type": "createServer",
            "entities": {},
            "error_code": "Ecs.0013",
            "fail_reason": "insufficient quota of instances",
        },
    )
    with pytest.raises(errors.WaitFailed, match="insufficient quota"):
        ecs_v1.wait_for_job(v1, JOB_ID, timeout=30, interval=0)

"""EVS v2 cloud disks: every operation against the signature-checking loopback cloud."""

from __future__ import annotations

import datetime

import pytest

import stacksdk.huaweicloud.evs.v2 as evs_v2
from stacksdk.huaweicloud.evs.v2 import volumes
from stacksdk.runtime import errors
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud

VOLUME_ID = "6d2f8a41-0b7c-4e3d-9f15-2a8c6e4b1d07"
OTHER_ID = "1f0e9d8c-7b6a-4594-8372-615049382716"
SERVER_ID = "3c0f6d52-8b1e-4f3a-9d27-5e4a1b6c7d80"
JOB_ID = "4010b39b5e8a21c6015e8b2f0a6c0012"
UTC = datetime.timezone.utc


def volume_body(**changes: object) -> dict[str, object]:
    """A disk as the API reference shows one in get and list (values of our own)."""
    volume: dict[str, object] = {
        "id": VOLUME_ID,
        "name": "data-01",
        "description": "database files",
        "status": "in-use",
        "size": 100,
        "volume_type": "SSD",
        "availability_zone": "xx-test-1a",
        "attachments": [
            {
                "id": VOLUME_ID,
                "attachment_id": "a7b6c5d4-e3f2-4a1b-9c8d-7e6f5a4b3c2d",
                "server_id": SERVER_ID,
                "volume_id": VOLUME_ID,
                "device": "/dev/vdb",
                "host_name": None,
                "attached_at": "2024-05-06T08:00:01.123456",
            }
        ],
        "bootable": "false",
        "multiattach": False,
        "shareable": False,
        "encrypted": False,
        "metadata": {"__system__encrypted": "0", "hw:passthrough": "false"},
        "volume_image_metadata": {},
        "created_at": "2024-05-06T07:59:12.345678",
        "updated_at": "2024-05-06T08:00:02.000001",
        "os-vol-tenant-attr:tenant_id": "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
        "os-vol-host-attr:host": "pod01.xx-test-1a#SSD",
        "os-vol-mig-status-attr:migstat": None,
        "os-vol-mig-status-attr:name_id": None,
        "os-volume-replication:extended_status": None,
        "replication_status": "disabled",
        "consistencygroup_id": None,
        "source_volid": None,
        "snapshot_id": None,
        "user_id": "d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6",
        "service_type": "EVS",
        "dedicated_storage_id": None,
        "dedicated_storage_name": None,
        "wwn": "688860300000d136fa16f48f05992360",
        "enterprise_project_id": "0",
        "tags": {"env": "prod"},
        "links": [{"href": f"https://evs.example/v2/p/volumes/{VOLUME_ID}", "rel": "self"}],
    }
    volume.update(changes)
    return volume


def test_create(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(200, {"job_id": JOB_ID})
    opts = volumes.CreateOpts(
        name="data-01",
        description="database files",
        size=100,
        volume_type="SSD",
        availability_zone="xx-test-1a",
        multiattach=False,
        tags={"env": "prod"},
        count=2,
        metadata={
            "__system__encrypted": "1",
            "__system__cmkid": "83cdb52d-9ebf-4469-9cfa-e7b5b80da846",
        },
        scheduler_hints=volumes.SchedulerHints(dedicated_storage_id="ds-0001"),
    )
    got = volumes.create(v2, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"/v2/{hw.project_id}/cloudvolumes"
    assert req.query == []
    assert req.json() == {
        "volume": {
            "name": "data-01",
            "description": "database files",
            "size": 100,
            "volume_type": "SSD",
            "availability_zone": "xx-test-1a",
            "multiattach": False,
            "tags": {"env": "prod"},
            "count": 2,
            "metadata": {
                "__system__encrypted": "1",
                "__system__cmkid": "83cdb52d-9ebf-4469-9cfa-e7b5b80da846",
            },
        },
        "OS-SCH-HNT:scheduler_hints": {"dedicated_storage_id": "ds-0001"},
    }
    assert got == JOB_ID


def test_create_from_a_backup_needs_no_size(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(200, {"job_id": JOB_ID})
    opts = volumes.CreateOpts(
        volume_type="SAS",
        availability_zone="xx-test-1b",
        backup_id="5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716",
    )
    assert volumes.create(v2, opts).extract() == JOB_ID
    assert hw.api_requests[-1].json() == {
        "volume": {
            "volume_type": "SAS",
            "availability_zone": "xx-test-1b",
            "backup_id": "5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716",
        }
    }


def test_create_requires_type_and_zone_before_sending(hw: HwCloud, v2: ServiceClient) -> None:
    with pytest.raises(ValueError, match="availability_zone"):
        volumes.CreateOpts(volume_type="SSD", size=10)
    assert hw.api_requests == []


def test_get(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(200, {"volume": volume_body()})
    got = volumes.get(v2, VOLUME_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"/v2/{hw.project_id}/cloudvolumes/{VOLUME_ID}"
    assert req.body == b""
    assert (
        got.id == VOLUME_ID and got.name == "data-01" and got.status == "in-use" and got.size == 100
    )
    assert got.created_at == datetime.datetime(2024, 5, 6, 7, 59, 12, 345678, tzinfo=UTC)
    assert got.tenant_id == "0a1b2c3d4e5f60718293a4b5c6d7e8f9"
    assert got.host == "pod01.xx-test-1a#SSD" and got.migstat is None
    assert (
        got.tags == {"env": "prod"} and got.metadata and got.metadata["hw:passthrough"] == "false"
    )
    attachment = got.attachments[0] if got.attachments else None
    assert (
        attachment is not None
        and attachment.server_id == SERVER_ID
        and attachment.device == "/dev/vdb"
    )
    assert attachment.attached_at == datetime.datetime(2024, 5, 6, 8, 0, 1, 123456, tzinfo=UTC)
    assert got.links and got.links[0].rel == "self"


def test_list_pages_by_offset_and_reports_the_total(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(
        200, {"count": 3, "volumes": [volume_body(), volume_body(id=OTHER_ID, name="data-02")]}
    )
    hw.reply(
        200, {"count": 3, "volumes": [volume_body(id="third", name="data-03", status="available")]}
    )
    opts = volumes.ListOpts(
        status="in-use", multiattach=False, sort_key="size", sort_dir="asc", limit=2
    )
    pages = list(volumes.list(v2, opts).pages())
    first, second = hw.api_requests[-2:]
    assert first.method == "GET" and first.path == f"/v2/{hw.project_id}/cloudvolumes/detail"
    assert sorted(first.query) == [
        ("limit", "2"),
        ("multiattach", "false"),
        ("sort_dir", "asc"),
        ("sort_key", "size"),
        ("status", "in-use"),
    ]
    assert second.q("offset") == "2" and second.q("status") == "in-use"
    assert [page.total for page in pages] == [3, 3]
    assert [v.name for page in pages for v in volumes.extract_volumes(page)] == [
        "data-01",
        "data-02",
        "data-03",
    ]


def test_list_refuses_an_unknown_sort_key_before_sending(hw: HwCloud, v2: ServiceClient) -> None:
    with pytest.raises(ValueError, match="sort_key"):
        volumes.ListOpts(sort_key="name")  # type: ignore[arg-type]
    assert hw.api_requests == []


def test_update_reads_the_unwrapped_answer(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(200, volume_body(name="data-01b", description="renamed"))
    opts = volumes.UpdateOpts(name="data-01b", description="renamed")
    got = volumes.update(v2, VOLUME_ID, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "PUT" and req.path == f"/v2/{hw.project_id}/cloudvolumes/{VOLUME_ID}"
    assert req.json() == {"volume": {"name": "data-01b", "description": "renamed"}}
    assert got.id == VOLUME_ID and got.name == "data-01b" and got.description == "renamed"


def test_delete(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(200, {"job_id": JOB_ID})
    got = volumes.delete(v2, VOLUME_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "DELETE" and req.path == f"/v2/{hw.project_id}/cloudvolumes/{VOLUME_ID}"
    assert req.body == b""
    assert got == JOB_ID


def test_extend(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(200, {"job_id": JOB_ID})
    got = volumes.extend(v2, VOLUME_ID, volumes.ExtendOpts(new_size=200)).extract()
    req = hw.api_requests[-1]
    assert (
        req.method == "POST" and req.path == f"/v2/{hw.project_id}/cloudvolumes/{VOLUME_ID}/action"
    )
    assert req.json() == {"os-extend": {"new_size": 200}}
    assert got == JOB_ID


def test_an_error_answer_raises_with_its_message(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(400, {"error": {"code": "EVS.2024", "message": "the new size must be larger"}})
    with pytest.raises(errors.BadRequest, match="the new size must be larger"):
        volumes.extend(v2, VOLUME_ID, volumes.ExtendOpts(new_size=50)).extract()


def test_wait_for_status_fails_on_error_extending(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(200, {"volume": volume_body(status="extending")})
    hw.reply(200, {"volume": volume_body(status="error_extending")})
    with pytest.raises(errors.WaitFailed, match="error_extending"):
        volumes.wait_for_status(v2, VOLUME_ID, "in-use", timeout=30, interval=0)
    assert len(hw.api_requests) == 2


def test_wait_for_job_polls_the_v1_job_path(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(200, {"job_id": JOB_ID})
    job_id = volumes.create(
        v2, volumes.CreateOpts(size=10, volume_type="SSD", availability_zone="xx-test-1a")
    ).extract()
    hw.reply(
        200, {"status": "RUNNING", "job_id": JOB_ID, "job_type": "createVolume", "entities": {}}
    )
    done = {
        "status": "SUCCESS",
        "job_id": JOB_ID,
        "job_type": "createVolume",
        "begin_time": "2024-05-06T07:59:10.000Z",
        "end_time": "2024-05-06T07:59:40.000Z",
        "error_code": None,
        "fail_reason": None,
        "entities": {"volume_id": VOLUME_ID, "name": "data-01", "size": 10, "volume_type": "SSD"},
    }
    hw.reply(200, done)
    entities = evs_v2.wait_for_job(v2, job_id, timeout=30, interval=0)
    polls = hw.api_requests[-2:]
    assert [(r.method, r.path) for r in polls] == [
        ("GET", f"/v1/{hw.project_id}/jobs/{JOB_ID}")
    ] * 2
    assert entities == done["entities"]


def test_wait_for_job_raises_the_failure_reason(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(
        200,
        {
            "status": "FAIL",
            "job_id": JOB_ID,
            "error_code": "EVS.5400",
            "fail_reason": "quota exceeded",
        },
    )
    with pytest.raises(errors.WaitFailed, match="quota exceeded"):
        evs_v2.wait_for_job(v2, JOB_ID, timeout=30, interval=0)


def test_retype_starts_a_job_for_a_pay_per_use_disk(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(202, {"job_id": JOB_ID})
    opts = volumes.RetypeOpts(new_type="GPSSD2", iops=3000, throughput=125)
    got = volumes.retype(v2, VOLUME_ID, opts).extract()
    req = hw.api_requests[-1]
    assert req.method == "POST" and req.path == f"/v2/{hw.project_id}/volumes/{VOLUME_ID}/retype"
    assert req.json() == {"os-retype": {"new_type": "GPSSD2", "iops": 3000, "throughput": 125}}
    assert got.job_id == JOB_ID and not got.is_set("order_id")


def test_retype_places_an_order_for_a_yearly_monthly_disk(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(202, {"order_id": "CS2405061234XYZ"})
    opts = volumes.RetypeOpts(new_type="SSD", bss_param=volumes.PayParam(is_auto_pay="true"))
    got = volumes.retype(v2, VOLUME_ID, opts).extract()
    assert hw.api_requests[-1].json() == {
        "os-retype": {"new_type": "SSD"},
        "bssParam": {"isAutoPay": "true"},
    }
    assert got.order_id == "CS2405061234XYZ" and not got.job_id


def test_change_tags(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(204)
    hw.reply(204)
    add = volumes.ChangeTagsOpts(
        action="create",
        tags=[volumes.Tag(key="env", value="prod"), volumes.Tag(key="team", value="db")],
    )
    volumes.change_tags(v2, VOLUME_ID, add).extract()
    remove = volumes.ChangeTagsOpts(action="delete", tags=[volumes.Tag(key="team")])
    volumes.change_tags(v2, VOLUME_ID, remove).extract()
    first, second = hw.api_requests[-2:]
    assert first.method == second.method == "POST"
    assert first.path == second.path == f"/v2/{hw.project_id}/cloudvolumes/{VOLUME_ID}/tags/action"
    assert first.json() == {
        "action": "create",
        "tags": [{"key": "env", "value": "prod"}, {"key": "team", "value": "db"}],
    }
    assert second.json() == {"action": "delete", "tags": [{"key": "team"}]}


def test_change_tags_refuses_an_unknown_action_before_sending(
    hw: HwCloud, v2: ServiceClient
) -> None:
    with pytest.raises(ValueError, match="action"):
        volumes.ChangeTagsOpts(action="replace", tags=[])  # type: ignore[arg-type]
    assert hw.api_requests == []


def test_list_tags(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(200, {"tags": [{"key": "env", "value": "prod"}, {"key": "team", "value": "db"}]})
    got = volumes.list_tags(v2, VOLUME_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"/v2/{hw.project_id}/cloudvolumes/{VOLUME_ID}/tags"
    assert [(t.key, t.value) for t in got] == [("env", "prod"), ("team", "db")]


def test_list_brief_pages_by_marker(hw: HwCloud, v2: ServiceClient) -> None:
    def brief(volume_id: str, name: str) -> dict[str, object]:
        return {
            "id": volume_id,
            "name": name,
            "links": [{"href": f"https://evs.example/{volume_id}", "rel": "self"}],
        }

    hw.reply(200, {"volumes": [brief(VOLUME_ID, "data-01"), brief(OTHER_ID, "data-02")]})
    hw.reply(200, {"volumes": []})
    got = list(volumes.list_brief(v2, volumes.ListBriefOpts(status="available", limit=2)))
    first, second = hw.api_requests[-2:]
    assert first.method == "GET" and first.path == f"/v2/{hw.project_id}/cloudvolumes"
    assert sorted(first.query) == [("limit", "2"), ("status", "available")]
    assert second.q("marker") == OTHER_ID
    assert [(v.id, v.name) for v in got] == [(VOLUME_ID, "data-01"), (OTHER_ID, "data-02")]
    assert not got[0].is_set("size")


def test_find_by_name(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(404, {"error": {"code": "EVS.2000", "message": "no such disk"}})
    listed = [volume_body(), volume_body(id=OTHER_ID, name="data-01-old")]
    hw.reply(200, {"count": 2, "volumes": listed})
    hw.reply(200, {"count": 2, "volumes": []})
    hw.reply(200, {"volume": volume_body()})
    got = volumes.find(v2, "data-01")
    lookup, listing, _, fetch = hw.api_requests
    assert lookup.path == f"/v2/{hw.project_id}/cloudvolumes/data-01"
    assert listing.path == f"/v2/{hw.project_id}/cloudvolumes/detail"
    assert listing.q("name") == "data-01"
    assert fetch.path == f"/v2/{hw.project_id}/cloudvolumes/{VOLUME_ID}"
    assert got.id == VOLUME_ID and got.name == "data-01"

"""EVS jobs: querying a job directly at /v1/{project_id}/jobs/{job_id} (wait_for_job is
in test_volumes.py)."""

from __future__ import annotations

from stacksdk.huaweicloud.evs.v2 import jobs
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud

JOB_ID = "4010b39b5e8a21c6015e8b2f0a6c0012"


def test_get_a_batch_job(hw: HwCloud, v2: ServiceClient) -> None:
    sub_jobs = [
        {
            "status": "SUCCESS",
            "job_id": f"4010b39b5e8a21c6015e8b2f0a6c00{n}",
            "job_type": "createVolume",
            "begin_time": "2024-05-06T07:59:10.000Z",
            "end_time": "2024-05-06T07:59:40.000Z",
            "error_code": None,
            "fail_reason": None,
            "entities": {
                "volume_id": volume_id,
                "name": f"data-000{n}",
                "size": 10,
                "volume_type": "SSD",
            },
        }
        for n, volume_id in (
            (13, "0b549095-4937-4849-8e4c-52aa027d64f7"),
            (14, "e7bca1a2-d3ed-434f-86f4-a1f11aa80072"),
        )
    ]
    hw.reply(
        200,
        {
            "status": "SUCCESS",
            "job_id": JOB_ID,
            "job_type": "batchCreateVolume",
            "begin_time": "2024-05-06T07:59:09.000Z",
            "end_time": "2024-05-06T07:59:45.000Z",
            "error_code": None,
            "fail_reason": None,
            "entities": {"sub_jobs": sub_jobs},
        },
    )
    got = jobs.get(v2, hw.project_id, JOB_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"/v1/{hw.project_id}/jobs/{JOB_ID}"
    assert req.body == b""
    assert got.job_id == JOB_ID and got.job_type == "batchCreateVolume" and got.status == "SUCCESS"
    assert got.entities and got.entities.sub_jobs and len(got.entities.sub_jobs) == 2
    first = got.entities.sub_jobs[0]
    assert first.status == "SUCCESS" and first.entities and first.entities.size == 10
    assert first.entities.volume_id == "0b549095-4937-4849-8e4c-52aa027d64f7"


def test_get_a_running_job(hw: HwCloud, v2: ServiceClient) -> None:
    hw.reply(
        200,
        {
            "status": "RUNNING",
            "job_id": JOB_ID,
            "job_type": "extendVolume",
            "begin_time": "2024-05-06T07:59:09.000Z",
            "end_time": "",
            "error_code": None,
            "fail_reason": None,
            "entities": {"volume_id": "6d2f8a41-0b7c-4e3d-9f15-2a8c6e4b1d07"},
        },
    )
    got = jobs.get(v2, hw.project_id, JOB_ID).extract()
    assert got.status == "RUNNING" and got.end_time == ""
    assert got.entities and got.entities.volume_id == "6d2f8a41-0b7c-4e3d-9f15-2a8c6e4b1d07"
    assert not got.entities.sub_jobs

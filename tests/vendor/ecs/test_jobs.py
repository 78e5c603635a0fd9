"""ECS v1 jobs: querying a job directly (wait_for_job is in test_servers.py)."""

from __future__ import annotations

from stacksdk.huaweicloud.ecs.v1 import jobs
from stacksdk.runtime.resources.service import ServiceClient

from ..hwcloud import HwCloud

JOB_ID = "ff80808290a1b2c3018f00aa11bb22cc"
SUB_JOB_ID = "ff80808290a1b2c3018f00aa11bb22cd"
SERVER_ID = "3c0f6d52-8b1e-4f3a-9d27-5e4a1b6c7d80"


def test_get(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(
        200,
        {
            "status": "SUCCESS",
            "job_id": JOB_ID,
            "job_type": "createServer",
            "begin_time": "2024-05-06T07:08:09.123Z",
            "end_time": "2024-05-06T07:11:42.001Z",
            "error_code": None,
            "fail_reason": None,
            "entities": {
                "sub_jobs_total": 1,
                "sub_jobs": [
                    {
                        "status": "SUCCESS",
                        "job_id": SUB_JOB_ID,
                        "job_type": "createSingleServer",
                        "begin_time": "2024-05-06T07:08:10.000Z",
                        "end_time": "2024-05-06T07:11:40.000Z",
                        "error_code": None,
                        "fail_reason": None,
                        "entities": {"server_id": SERVER_ID},
                    }
                ],
            },
        },
    )
    got = jobs.get(v1, JOB_ID).extract()
    req = hw.api_requests[-1]
    assert req.method == "GET" and req.path == f"/v1/{hw.project_id}/jobs/{JOB_ID}"
    assert req.body == b""
    assert got.job_id == JOB_ID and got.status == "SUCCESS" and got.job_type == "createServer"
    assert got.fail_reason is None and got.end_time == "2024-05-06T07:11:42.001Z"
    assert got.entities and got.entities.sub_jobs_total == 1
    sub = got.entities.sub_jobs[0] if got.entities.sub_jobs else None
    assert sub is not None and sub.job_id == SUB_JOB_ID and sub.status == "SUCCESS"
    assert sub.entities and sub.entities.server_id == SERVER_ID


def test_get_of_a_failed_job(hw: HwCloud, v1: ServiceClient) -> None:
    hw.reply(
        200,
        {
            "status": "FAIL",
            "job_id": JOB_ID,
            "job_type": "deleteServer",
            "begin_time": "2024-05-06T07:08:09.123Z",
            "end_time": "2024-05-06T07:08:20.000Z",
            "error_code": "Ecs.0000",
            "fail_reason": "the server is locked",
            "entities": {"server_id": SERVER_ID},
        },
    )
    got = jobs.get(v1, JOB_ID).extract()
    assert got.status == "FAIL" and got.error_code == "Ecs.0000"
    assert got.fail_reason == "the server is locked"
    assert got.entities and got.entities.server_id == SERVER_ID and not got.entities.sub_jobs

# Generated from huaweicloud/ecs/v1/jobs.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An asynchronous ECS job: what create, batch_delete, batch_start, batch_stop, batch_reboot and
resize started. A job for several servers has one sub-job per server in entities.sub_jobs. Its
status is INIT, RUNNING, SUCCESS or FAIL; ecs.v1.wait_for_job polls it for you."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, RequestTimeout, Result
from stacksdk.runtime import ServiceClient, Unset


class SubJobEntities(Model):
    """What a sub-job works on."""

    server_id: str | Unset = UNSET
    """The server."""

    nic_id: str | Unset = UNSET
    """The NIC."""

    errorcode_message: str | Unset = UNSET
    """Why the sub-job failed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("server_id", "server_id", t.STRING),
        Field("nic_id", "nic_id", t.STRING),
        Field("errorcode_message", "errorcode_message", t.STRING),
    )


class SubJob(Model):
    """The part of a job that deals with one server."""

    job_id: str | Unset = UNSET
    """The sub-job's ID."""

    job_type: str | Unset = UNSET
    """What it does, e.g. createSingleServer."""

    status: str | Unset = UNSET
    """INIT, RUNNING, SUCCESS or FAIL."""

    entities: SubJobEntities | Unset = UNSET
    """Its server or NIC."""

    begin_time: str | Unset = UNSET
    """When it started."""

    end_time: str | None | Unset = UNSET
    """When it ended."""

    error_code: str | None | Unset = UNSET
    """The error code when it failed."""

    fail_reason: str | None | Unset = UNSET
    """Why it failed."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("job_id", "job_id", t.STRING),
        Field("job_type", "job_type", t.STRING),
        Field("status", "status", t.STRING),
        Field("entities", "entities", t.model(SubJobEntities)),
        Field("begin_time", "begin_time", t.STRING),
        Field("end_time", "end_time", t.STRING),
        Field("error_code", "error_code", t.STRING),
        Field("fail_reason", "fail_reason", t.STRING),
    )


class JobEntities(Model):
    """What a job works on."""

    server_id: str | Unset = UNSET
    """The server (server jobs)."""

    nic_id: str | Unset = UNSET
    """The NIC (NIC jobs)."""

    sub_jobs_total: int | Unset = UNSET
    """How many sub-jobs there are."""

    sub_jobs: builtins.list[SubJob] | Unset = UNSET
    """One sub-job per server of a batch."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("server_id", "server_id", t.STRING),
        Field("nic_id", "nic_id", t.STRING),
        Field("sub_jobs_total", "sub_jobs_total", t.INTEGER),
        Field("sub_jobs", "sub_jobs", t.list_of(t.model(SubJob))),
    )


class Job(Model):
    """An asynchronous ECS job: what create, batch_delete, batch_start, batch_stop, batch_reboot
    and resize started. A job for several servers has one sub-job per server in
    entities.sub_jobs. Its status is INIT, RUNNING, SUCCESS or FAIL; ecs.v1.wait_for_job polls
    it for you."""

    job_id: str
    """The job's ID."""

    job_type: str | Unset = UNSET
    """What the job does, e.g. createServer, deleteServer, batchStartServer, resizeServer."""

    status: str | Unset = UNSET
    """INIT, RUNNING, SUCCESS or FAIL."""

    entities: JobEntities | Unset = UNSET
    """What the job works on (its servers, NICs or sub-jobs)."""

    begin_time: str | Unset = UNSET
    """When the job started (ISO 8601, UTC)."""

    end_time: str | None | Unset = UNSET
    """When the job ended (empty while it runs)."""

    error_code: str | None | Unset = UNSET
    """The error code of a failed job (None otherwise)."""

    fail_reason: str | None | Unset = UNSET
    """Why the job failed (None otherwise)."""

    code: str | Unset = UNSET
    """The error code when the job could not be queried."""

    message: str | Unset = UNSET
    """The error message when the job could not be queried."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("job_id", "job_id", t.STRING),
        Field("job_type", "job_type", t.STRING),
        Field("status", "status", t.STRING),
        Field("entities", "entities", t.model(JobEntities)),
        Field("begin_time", "begin_time", t.STRING),
        Field("end_time", "end_time", t.STRING),
        Field("error_code", "error_code", t.STRING),
        Field("fail_reason", "fail_reason", t.STRING),
        Field("code", "code", t.STRING),
        Field("message", "message", t.STRING),
    )


_GET = Operation(
    "jobs.get",
    "GET",
    "/jobs/{job_id}",
    ok=(200, 203),
)


def get(
    client: ServiceClient,
    job_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Job]:
    """Show a job (ecs.v1.wait_for_job polls this until the job ends)."""
    return client.call(
        _GET, {"job_id": job_id}, model=Job, microversion=microversion, timeout=timeout
    )


def extract_jobs(page: Page[Any]) -> builtins.list[Job]:
    """The Job items of a page (or of ``all_pages()``)."""
    return page.extract_as(Job)

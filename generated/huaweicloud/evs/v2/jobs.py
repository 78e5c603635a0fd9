# Generated from huaweicloud/evs/v2/jobs.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An asynchronous EVS job: what create, delete, extend and retype started. A batch create has
one sub-job per disk in entities.sub_jobs. Its status is INIT, RUNNING, SUCCESS or FAIL;
evs.v2.wait_for_job polls it for you. Jobs live under the v1 API, so get takes the project ID
the v2 endpoint otherwise carries (client.provider.project_id for an AK/SK client)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Page, RequestTimeout, Result
from stacksdk.runtime import ServiceClient, Unset


class SubJobEntities(Model):
    """The disk a sub-job works on."""

    volume_id: str | Unset = UNSET
    """The disk."""

    name: str | Unset = UNSET
    """The disk's name."""

    size: int | Unset = UNSET
    """The disk's size in GiB."""

    volume_type: str | Unset = UNSET
    """The disk's type."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("volume_id", "volume_id", t.STRING),
        Field("name", "name", t.STRING),
        Field("size", "size", t.INTEGER),
        Field("volume_type", "volume_type", t.STRING),
    )


class SubJob(Model):
    """The part of a job that deals with one disk."""

    job_id: str | Unset = UNSET
    """The sub-job's ID."""

    job_type: str | Unset = UNSET
    """What it does."""

    status: str | Unset = UNSET
    """INIT, RUNNING, SUCCESS or FAIL."""

    entities: SubJobEntities | Unset = UNSET
    """Its disk."""

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
    """What an EVS job works on (sub_jobs instead of the rest when it has any)."""

    volume_id: str | Unset = UNSET
    """The disk."""

    name: str | Unset = UNSET
    """The disk's name."""

    size: int | Unset = UNSET
    """The disk's size in GiB."""

    volume_type: str | Unset = UNSET
    """The disk's type."""

    sub_jobs: builtins.list[SubJob] | Unset = UNSET
    """One sub-job per disk of a batch."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("volume_id", "volume_id", t.STRING),
        Field("name", "name", t.STRING),
        Field("size", "size", t.INTEGER),
        Field("volume_type", "volume_type", t.STRING),
        Field("sub_jobs", "sub_jobs", t.list_of(t.model(SubJob))),
    )


class Job(Model):
    """An asynchronous EVS job: what create, delete, extend and retype started. A batch create
    has one sub-job per disk in entities.sub_jobs. Its status is INIT, RUNNING, SUCCESS or
    FAIL; evs.v2.wait_for_job polls it for you. Jobs live under the v1 API, so get takes the
    project ID the v2 endpoint otherwise carries (client.provider.project_id for an AK/SK
    client)."""

    job_id: str
    """The job's ID."""

    job_type: str | Unset = UNSET
    """What the job does - createVolume, batchCreateVolume, deleteVolume, extendVolume,
    bulkDeleteVolume or deleteSingleVolume."""

    status: str | Unset = UNSET
    """INIT, RUNNING, SUCCESS or FAIL."""

    entities: JobEntities | Unset = UNSET
    """The disk the job works on, or its sub-jobs."""

    begin_time: str | Unset = UNSET
    """When the job started (ISO 8601, UTC)."""

    end_time: str | None | Unset = UNSET
    """When the job ended (empty while it runs)."""

    error_code: str | None | Unset = UNSET
    """The error code of a failed job (None otherwise)."""

    fail_reason: str | None | Unset = UNSET
    """Why the job failed (None otherwise)."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("job_id", "job_id", t.STRING),
        Field("job_type", "job_type", t.STRING),
        Field("status", "status", t.STRING),
        Field("entities", "entities", t.model(JobEntities)),
        Field("begin_time", "begin_time", t.STRING),
        Field("end_time", "end_time", t.STRING),
        Field("error_code", "error_code", t.STRING),
        Field("fail_reason", "fail_reason", t.STRING),
    )


_GET = Operation(
    "jobs.get",
    "GET",
    "/v1/{project_id}/jobs/{job_id}",
    ok=(200, 203),
    root=True,
)


def get(
    client: ServiceClient,
    project_id: str,
    job_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Job]:
    """Show a job (evs.v2.wait_for_job polls this until the job ends)."""
    return client.call(
        _GET,
        {"project_id": project_id, "job_id": job_id},
        model=Job,
        microversion=microversion,
        timeout=timeout,
    )


def extract_jobs(page: Page[Any]) -> builtins.list[Job]:
    """The Job items of a page (or of ``all_pages()``)."""
    return page.extract_as(Job)

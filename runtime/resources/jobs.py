"""Asynchronous jobs: poll a service's job endpoint until the job ends.

Some APIs (Huawei Cloud's ECS and EVS, ...) answer a create, delete or batch
action with a job id and do the work later. A generated function whose spec
says ``returns: job`` gives that id (``result.extract()``); the service
package's ``wait_for_job(client, job_id)`` polls the job as the service's
``jobs:`` block describes and returns the job's entities, raising
:class:`errors.WaitFailed` (with the job's failure reason) or
:class:`errors.WaitTimeout`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from .. import errors
from .operation import Operation
from .wait import DEFAULT_INTERVAL, DEFAULT_TIMEOUT, check_timing, pause, states

if TYPE_CHECKING:
    from .service import ServiceClient


def wait_for_job(
    client: ServiceClient,
    job_id: str,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    interval: float = DEFAULT_INTERVAL,
    progress: Callable[[dict[str, Any]], None] | None = None,
) -> Any:
    """Poll job ``job_id`` until it succeeds (return its entities) or fails."""
    spec = client.spec.jobs
    if spec is None:
        raise errors.ConfigError(f"the {client.spec.type} service has no jobs to wait for")
    check_timing(timeout, interval)
    if not job_id:
        raise ValueError("wait_for_job: job_id is empty")
    op = Operation(
        f"{client.spec.type}.jobs.get", "GET", spec.path, root=spec.root, response_key=spec.key
    )
    params = {"job_id": job_id}
    if "{project_id}" in spec.path:
        project = client.provider.project_id
        if not project:
            raise errors.ConfigError(
                "wait_for_job: the job path needs a project id and none is known"
            )
        params["project_id"] = project
    success, failure = states(spec.success), states(spec.failure)
    deadline = time.monotonic() + timeout
    while True:
        job = client.call(op, params).extract()
        if not isinstance(job, dict):
            raise errors.ResponseError(f"job {job_id}: expected a JSON object")
        if progress is not None:
            progress(job)
        state = str(job.get(spec.status, "")).lower()
        if state in success:
            return job.get(spec.entities) if spec.entities else job
        if state in failure:
            reason = job.get(spec.reason) if spec.reason else None
            raise errors.WaitFailed(
                f"job {job_id} ended in {job.get(spec.status)!r}"
                + (f": {reason}" if reason else ""),
                job,
            )
        if time.monotonic() >= deadline:
            raise errors.WaitTimeout(
                f"job {job_id} still {job.get(spec.status)!r} after {timeout:g} s"
            )
        pause(deadline, interval)

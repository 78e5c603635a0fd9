# Generated from huaweicloud/ecs/v1/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Huawei Cloud Elastic Cloud Server (ECS) API v1: cloud servers (created pay-per-use here, or
yearly/monthly through v1.1), their batch power actions and flavor changes, the flavors a
project may use and the status of the asynchronous jobs most of these calls start. A call that
starts a job answers at once with {"job_id": ...}: the function returns that ID
(result.extract()) and wait_for_job(client, job_id) polls GET /jobs/{job_id} until the job
succeeds (its entities) or fails (errors.WaitFailed with the job's fail_reason). Errors come
as {"error": {"code": "Ecs.XXXX", "message": "..."}}. Requests are signed with an access key
and secret key (AK/SK) or carry an IAM token.

Modules (imported on first use): flavors, jobs, servers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from stacksdk.runtime import jobs as _jobs
from stacksdk.runtime import EndpointOpts, JobSpec, ProviderClient, ServiceClient, ServiceSpec
from stacksdk.runtime import lazy_modules

if TYPE_CHECKING:
    from . import flavors as flavors
    from . import jobs as jobs
    from . import servers as servers

SERVICE = ServiceSpec(
    type="ecs",
    version="v1",
    aliases=(),
    url_suffix=None,
    vendor="huaweicloud",
    jobs=JobSpec(
        "/jobs/{job_id}",
        entities="entities",
        failure=("FAIL",),
        reason="fail_reason",
        status="status",
        success=("SUCCESS",),
    ),
)

MODULES = (
    "flavors",
    "jobs",
    "servers",
)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A ecs v1 client; the endpoint comes from ``opts``, then the catalog, then the huaweicloud profile."""
    return ServiceClient.for_service(provider, SERVICE, opts)


def wait_for_job(
    client: ServiceClient,
    job_id: str,
    *,
    timeout: float = 600.0,
    interval: float = 2.0,
    progress: Callable[[dict[str, Any]], None] | None = None,
) -> Any:
    """Poll the job until it ends: its entities on success; errors.WaitFailed (with the failure reason) or errors.WaitTimeout otherwise."""
    return _jobs.wait_for_job(client, job_id, timeout=timeout, interval=interval, progress=progress)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())

# Generated from huaweicloud/evs/v2/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Huawei Cloud Elastic Volume Service (EVS) API v2: cloud disks (/cloudvolumes), their
snapshots, and the asynchronous jobs that create, delete, extend and retype them. Such a call
answers at once with {"job_id": ...}: the function returns that ID (result.extract()) and
wait_for_job(client, job_id) polls the job, which lives under the v1 API
(/v1/{project_id}/jobs/{job_id}), until it succeeds (its entities) or fails (errors.WaitFailed
with the job's fail_reason). Errors come as {"error": {"code": "EVS.XXXX", "message": "..."}}.
Requests are signed with an access key and secret key (AK/SK) or carry an IAM token.

Modules (imported on first use): jobs, snapshots, volumes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from stacksdk.runtime import jobs as _jobs
from stacksdk.runtime import EndpointOpts, JobSpec, ProviderClient, ServiceClient, ServiceSpec
from stacksdk.runtime import lazy_modules

if TYPE_CHECKING:
    from . import jobs as jobs
    from . import snapshots as snapshots
    from . import volumes as volumes

SERVICE = ServiceSpec(
    type="evs",
    version="v2",
    aliases=(),
    url_suffix=None,
    vendor="huaweicloud",
    jobs=JobSpec(
        "/v1/{project_id}/jobs/{job_id}",
        entities="entities",
        failure=("FAIL",),
        reason="fail_reason",
        root=True,
        status="status",
        success=("SUCCESS",),
    ),
)

MODULES = (
    "jobs",
    "snapshots",
    "volumes",
)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A evs v2 client; the endpoint comes from ``opts``, then the catalog, then the huaweicloud profile."""
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

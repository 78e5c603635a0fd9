# Generated from huaweicloud/ecs/v1_1/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Huawei Cloud Elastic Cloud Server (ECS) API v1.1: creating cloud servers in either billing
mode (pay-per-use or yearly/monthly), changing the flavor of a yearly/monthly server, and the
marker-paged server listing. Everything else about servers (get, update, delete, batch power
actions) is in ECS v1 (stacksdk.huaweicloud.ecs.v1). Jobs started here are polled at
/v1/{project_id}/jobs/{job_id}, beside the v1 API: wait_for_job does it.

Modules (imported on first use): servers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from stacksdk.runtime import jobs as _jobs
from stacksdk.runtime import EndpointOpts, JobSpec, ProviderClient, ServiceClient, ServiceSpec
from stacksdk.runtime import lazy_modules

if TYPE_CHECKING:
    from . import servers as servers

SERVICE = ServiceSpec(
    type="ecs",
    version="v1.1",
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

MODULES = ("servers",)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A ecs v1.1 client; the endpoint comes from ``opts``, then the catalog, then the huaweicloud profile."""
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

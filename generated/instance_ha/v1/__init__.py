# Generated from instance-ha/v1/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""OpenStack Instance HA (Masakari) API v1: failover segments and the compute hosts they group,
notifications of host, process and instance failures that the engine turns into recovery
workflows, and the instance moves (vmoves) a host recovery made. Behaviour is selected per
request by microversions sent as "OpenStack-API-Version: instance-ha X.Y" (1.0 to 1.3);
without one the server answers as 1.0. Errors come as {"<fault name>": {"code": N, "message":
"..."}}.

Modules (imported on first use): hosts, notifications, segments, versions, vmoves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime import EndpointOpts, MicroversionSpec, ProviderClient, ServiceClient
from stacksdk.runtime import ServiceSpec, lazy_modules

if TYPE_CHECKING:
    from . import hosts as hosts
    from . import notifications as notifications
    from . import segments as segments
    from . import versions as versions
    from . import vmoves as vmoves

SERVICE = ServiceSpec(
    type="instance-ha",
    version="v1",
    aliases=(),
    url_suffix=None,
    microversion=MicroversionSpec(
        header="OpenStack-API-Version",
        max="1.3",
        min="1.0",
        service="instance-ha",
    ),
)

MODULES = (
    "hosts",
    "notifications",
    "segments",
    "versions",
    "vmoves",
)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A instance-ha v1 client; the endpoint comes from ``opts``, then the catalog."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())

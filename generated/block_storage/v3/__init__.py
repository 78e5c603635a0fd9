# Generated from block-storage/v3/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""OpenStack Block Storage (Cinder) API v3: volumes and their actions, snapshots, backups, volume
types, QoS specs, quotas, groups, attachments, transfers and messages. Behaviour is selected
per request by microversions sent as "OpenStack-API-Version: volume 3.X" (3.0 to 3.71 on the
local cloud's Cinder); without one, Cinder answers as 3.0. Errors come as {"<fault name>":
{"code": N, "message": "..."}}.

Modules (imported on first use): .
"""

from __future__ import annotations

from stacksdk.runtime.catalog import EndpointOpts
from stacksdk.runtime.lazy import lazy_modules
from stacksdk.runtime.provider import ProviderClient
from stacksdk.runtime.service import MicroversionSpec, ServiceClient, ServiceSpec

SERVICE = ServiceSpec(
    type="block-storage",
    version="v3",
    aliases=("volumev3", "volume"),
    url_suffix=None,
    microversion=MicroversionSpec(
        header="OpenStack-API-Version",
        max="3.71",
        min="3.0",
        service="volume",
    ),
)

MODULES = ()


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A block-storage v3 client; the endpoint comes from ``opts``, then the catalog."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())

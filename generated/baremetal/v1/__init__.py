# Generated from baremetal/v1/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""OpenStack Bare Metal (Ironic) API v1: nodes and their life cycle (provision and power states,
maintenance, boot devices, traits, VIFs, BIOS, firmware, history, inventory, virtual media),
ports, port groups, chassis, drivers, allocations, deploy templates, runbooks, volume
connectors and targets, conductors, shards and inspection rules. Behaviour is selected per
request by microversions ("OpenStack-API-Version: baremetal 1.X", also sent as
X-OpenStack-Ironic-API-Version); without one Ironic answers as 1.1. Fields newer than the
request's version are left out of answers, and sending one is refused (406). Errors come as
{"error_message": "<JSON text>"}.

Modules (imported on first use): nodes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime import EndpointOpts, MicroversionSpec, ProviderClient, ServiceClient
from stacksdk.runtime import ServiceSpec, lazy_modules

if TYPE_CHECKING:
    from . import nodes as nodes

SERVICE = ServiceSpec(
    type="baremetal",
    version="v1",
    aliases=(),
    url_suffix="v1",
    microversion=MicroversionSpec(
        header="OpenStack-API-Version",
        legacy_header="X-OpenStack-Ironic-API-Version",
        max="1.115",
        min="1.1",
        service="baremetal",
    ),
)

MODULES = ("nodes",)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A baremetal v1 client; the endpoint comes from ``opts``, then the catalog."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())

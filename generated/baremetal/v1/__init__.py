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

Modules (imported on first use): allocations, chassis, conductors, deploy_templates, drivers,
events, inspection_rules, node_bios, node_firmware, node_history, nodes, portgroups, ports,
runbooks, shards, versions, volume_connectors, volume_targets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime import EndpointOpts, MicroversionSpec, ProviderClient, ServiceClient
from stacksdk.runtime import ServiceSpec, lazy_modules

if TYPE_CHECKING:
    from . import allocations as allocations
    from . import chassis as chassis
    from . import conductors as conductors
    from . import deploy_templates as deploy_templates
    from . import drivers as drivers
    from . import events as events
    from . import inspection_rules as inspection_rules
    from . import node_bios as node_bios
    from . import node_firmware as node_firmware
    from . import node_history as node_history
    from . import nodes as nodes
    from . import portgroups as portgroups
    from . import ports as ports
    from . import runbooks as runbooks
    from . import shards as shards
    from . import versions as versions
    from . import volume_connectors as volume_connectors
    from . import volume_targets as volume_targets

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

MODULES = (
    "allocations",
    "chassis",
    "conductors",
    "deploy_templates",
    "drivers",
    "events",
    "inspection_rules",
    "node_bios",
    "node_firmware",
    "node_history",
    "nodes",
    "portgroups",
    "ports",
    "runbooks",
    "shards",
    "versions",
    "volume_connectors",
    "volume_targets",
)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A baremetal v1 client; the endpoint comes from ``opts``, then the catalog."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())

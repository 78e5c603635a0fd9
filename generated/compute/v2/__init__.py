# Generated from compute/v2/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""OpenStack Compute (Nova) API v2.1: servers and their actions, flavors, keypairs, server
groups, aggregates, quotas and the other compute resources. Behaviour is selected per request
by microversions (2.1 and later), sent both as "OpenStack-API-Version: compute X.Y"
(understood since 2.27) and as the older "X-OpenStack-Nova-API-Version: X.Y"; without one,
Nova answers as 2.1. Errors come as {"<fault name>": {"code": N, "message": "..."}}
(itemNotFound, badRequest, forbidden, conflictingRequest, computeFault, ...); the message is
what errors.HTTPError.message carries.

Modules (imported on first use): aggregates, assisted_volume_snapshots, availability_zones,
compute_services, diskconfig, extensions, flavor_access, flavor_extra_specs, flavors,
hypervisors, instance_actions, instance_usage_audit_log, keypairs, limits, migrations,
quota_classes, quotas, remote_consoles, server_availability_zone, server_diagnostics,
server_extended_status, server_external_events, server_groups, server_interfaces, server_ips,
server_metadata, server_migrations, server_password, server_scheduler_hints, server_shares,
server_tags, server_topology, servers, usage, versions, volume_attachments.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime import EndpointOpts, MicroversionSpec, ProviderClient, ServiceClient
from stacksdk.runtime import ServiceSpec, lazy_modules

if TYPE_CHECKING:
    from . import aggregates as aggregates
    from . import assisted_volume_snapshots as assisted_volume_snapshots
    from . import availability_zones as availability_zones
    from . import compute_services as compute_services
    from . import diskconfig as diskconfig
    from . import extensions as extensions
    from . import flavor_access as flavor_access
    from . import flavor_extra_specs as flavor_extra_specs
    from . import flavors as flavors
    from . import hypervisors as hypervisors
    from . import instance_actions as instance_actions
    from . import instance_usage_audit_log as instance_usage_audit_log
    from . import keypairs as keypairs
    from . import limits as limits
    from . import migrations as migrations
    from . import quota_classes as quota_classes
    from . import quotas as quotas
    from . import remote_consoles as remote_consoles
    from . import server_availability_zone as server_availability_zone
    from . import server_diagnostics as server_diagnostics
    from . import server_extended_status as server_extended_status
    from . import server_external_events as server_external_events
    from . import server_groups as server_groups
    from . import server_interfaces as server_interfaces
    from . import server_ips as server_ips
    from . import server_metadata as server_metadata
    from . import server_migrations as server_migrations
    from . import server_password as server_password
    from . import server_scheduler_hints as server_scheduler_hints
    from . import server_shares as server_shares
    from . import server_tags as server_tags
    from . import server_topology as server_topology
    from . import servers as servers
    from . import usage as usage
    from . import versions as versions
    from . import volume_attachments as volume_attachments

SERVICE = ServiceSpec(
    type="compute",
    version="v2.1",
    aliases=(),
    url_suffix=None,
    microversion=MicroversionSpec(
        header="OpenStack-API-Version",
        legacy_header="X-OpenStack-Nova-API-Version",
        max="2.104",
        min="2.1",
        service="compute",
    ),
)

MODULES = (
    "aggregates",
    "assisted_volume_snapshots",
    "availability_zones",
    "compute_services",
    "diskconfig",
    "extensions",
    "flavor_access",
    "flavor_extra_specs",
    "flavors",
    "hypervisors",
    "instance_actions",
    "instance_usage_audit_log",
    "keypairs",
    "limits",
    "migrations",
    "quota_classes",
    "quotas",
    "remote_consoles",
    "server_availability_zone",
    "server_diagnostics",
    "server_extended_status",
    "server_external_events",
    "server_groups",
    "server_interfaces",
    "server_ips",
    "server_metadata",
    "server_migrations",
    "server_password",
    "server_scheduler_hints",
    "server_shares",
    "server_tags",
    "server_topology",
    "servers",
    "usage",
    "versions",
    "volume_attachments",
)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A compute v2.1 client; the endpoint comes from ``opts``, then the catalog."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())

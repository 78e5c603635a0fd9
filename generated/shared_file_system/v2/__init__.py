# Generated from shared-file-system/v2/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""OpenStack Shared File Systems (Manila) API v2: shares and their actions (resize, access rules,
export locations, metadata, manage and unmanage, revert, soft delete), share types, share
networks and their subnets, security services, snapshots, share groups, quotas, limits,
availability zones, services, scheduler pools and user messages. Behaviour is selected per
request by microversions (2.0 to 2.99 in Manila 23): Manila reads only
"X-OpenStack-Manila-API-Version: 2.X" (the standard "OpenStack-API-Version: shared-file-system
2.X" is sent too, for proxies and later servers); without one, Manila answers as 2.0. Errors
come as {"<fault name>": {"code": N, "message": "..."}}.

Modules (imported on first use): availability_zones, limits, messages, pools,
quota_class_sets, quota_sets, security_services, services, share_access_rules,
share_network_subnets, share_network_subnets_metadata, share_networks, share_types, shares,
shares_export_locations, shares_export_locations_metadata, shares_metadata,
snapshot_instances, snapshot_instances_export_locations, snapshots,
snapshots_export_locations, snapshots_metadata.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime import EndpointOpts, MicroversionSpec, ProviderClient, ServiceClient
from stacksdk.runtime import ServiceSpec, lazy_modules

if TYPE_CHECKING:
    from . import availability_zones as availability_zones
    from . import limits as limits
    from . import messages as messages
    from . import pools as pools
    from . import quota_class_sets as quota_class_sets
    from . import quota_sets as quota_sets
    from . import security_services as security_services
    from . import services as services
    from . import share_access_rules as share_access_rules
    from . import share_network_subnets as share_network_subnets
    from . import share_network_subnets_metadata as share_network_subnets_metadata
    from . import share_networks as share_networks
    from . import share_types as share_types
    from . import shares as shares
    from . import shares_export_locations as shares_export_locations
    from . import shares_export_locations_metadata as shares_export_locations_metadata
    from . import shares_metadata as shares_metadata
    from . import snapshot_instances as snapshot_instances
    from . import snapshot_instances_export_locations as snapshot_instances_export_locations
    from . import snapshots as snapshots
    from . import snapshots_export_locations as snapshots_export_locations
    from . import snapshots_metadata as snapshots_metadata

SERVICE = ServiceSpec(
    type="shared-file-system",
    version="v2",
    aliases=("sharev2",),
    url_suffix=None,
    microversion=MicroversionSpec(
        header="OpenStack-API-Version",
        legacy_header="X-OpenStack-Manila-API-Version",
        max="2.99",
        min="2.0",
        service="shared-file-system",
    ),
)

MODULES = (
    "availability_zones",
    "limits",
    "messages",
    "pools",
    "quota_class_sets",
    "quota_sets",
    "security_services",
    "services",
    "share_access_rules",
    "share_network_subnets",
    "share_network_subnets_metadata",
    "share_networks",
    "share_types",
    "shares",
    "shares_export_locations",
    "shares_export_locations_metadata",
    "shares_metadata",
    "snapshot_instances",
    "snapshot_instances_export_locations",
    "snapshots",
    "snapshots_export_locations",
    "snapshots_metadata",
)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A shared-file-system v2 client; the endpoint comes from ``opts``, then the catalog."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())

# Generated from block-storage/v3/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""OpenStack Block Storage (Cinder) API v3: volumes and their actions, snapshots, backups, volume
types, QoS specs, quotas, groups, attachments, transfers and messages. Behaviour is selected
per request by microversions sent as "OpenStack-API-Version: volume 3.X" (3.0 to 3.71 on the
local cloud's Cinder); without one, Cinder answers as 3.0. Errors come as {"<fault name>":
{"code": N, "message": "..."}}.

Modules (imported on first use): attachments, availability_zones, backups, capabilities,
clusters, default_types, extensions, group_snapshots, group_specs, group_types, groups, hosts,
limits, messages, pools, qos_specs, quota_classes, quotas, resource_filters, services,
snapshots, versions, volume_image_metadata, volume_metadata, volume_transfers,
volume_type_access, volume_type_encryption, volume_type_extra_specs, volume_types, volumes,
workers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime import EndpointOpts, MicroversionSpec, ProviderClient, ServiceClient
from stacksdk.runtime import ServiceSpec, lazy_modules

if TYPE_CHECKING:
    from . import attachments as attachments
    from . import availability_zones as availability_zones
    from . import backups as backups
    from . import capabilities as capabilities
    from . import clusters as clusters
    from . import default_types as default_types
    from . import extensions as extensions
    from . import group_snapshots as group_snapshots
    from . import group_specs as group_specs
    from . import group_types as group_types
    from . import groups as groups
    from . import hosts as hosts
    from . import limits as limits
    from . import messages as messages
    from . import pools as pools
    from . import qos_specs as qos_specs
    from . import quota_classes as quota_classes
    from . import quotas as quotas
    from . import resource_filters as resource_filters
    from . import services as services
    from . import snapshots as snapshots
    from . import versions as versions
    from . import volume_image_metadata as volume_image_metadata
    from . import volume_metadata as volume_metadata
    from . import volume_transfers as volume_transfers
    from . import volume_type_access as volume_type_access
    from . import volume_type_encryption as volume_type_encryption
    from . import volume_type_extra_specs as volume_type_extra_specs
    from . import volume_types as volume_types
    from . import volumes as volumes
    from . import workers as workers

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

MODULES = (
    "attachments",
    "availability_zones",
    "backups",
    "capabilities",
    "clusters",
    "default_types",
    "extensions",
    "group_snapshots",
    "group_specs",
    "group_types",
    "groups",
    "hosts",
    "limits",
    "messages",
    "pools",
    "qos_specs",
    "quota_classes",
    "quotas",
    "resource_filters",
    "services",
    "snapshots",
    "versions",
    "volume_image_metadata",
    "volume_metadata",
    "volume_transfers",
    "volume_type_access",
    "volume_type_encryption",
    "volume_type_extra_specs",
    "volume_types",
    "volumes",
    "workers",
)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A block-storage v3 client; the endpoint comes from ``opts``, then the catalog."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())

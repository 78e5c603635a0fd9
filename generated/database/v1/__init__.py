# Generated from database/v1/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""OpenStack Database (Trove) API v1.0: database instances (with their replicas, logs, TLS,
modules, root user and actions), the databases and users inside them, datastores and their
versions and configuration parameters, configuration groups, backups and backup strategies,
clusters, modules, flavors, quotas and rate limits, plus the admin (mgmt) views. Every path is
below the project (/v1.0/<project_id>/...). The API has no microversions. Errors come as
{"<fault name>": {"code": N, "message": "..."}}.

Modules (imported on first use): backup_strategies, backups, clusters,
configuration_parameters, configurations, databases, datastore_versions, datastores, flavors,
instances, limits, modules, quotas, users, versions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime import EndpointOpts, ProviderClient, ServiceClient, ServiceSpec, lazy_modules

if TYPE_CHECKING:
    from . import backup_strategies as backup_strategies
    from . import backups as backups
    from . import clusters as clusters
    from . import configuration_parameters as configuration_parameters
    from . import configurations as configurations
    from . import databases as databases
    from . import datastore_versions as datastore_versions
    from . import datastores as datastores
    from . import flavors as flavors
    from . import instances as instances
    from . import limits as limits
    from . import modules as modules
    from . import quotas as quotas
    from . import users as users
    from . import versions as versions

SERVICE = ServiceSpec(
    type="database",
    version="v1",
    aliases=(),
    url_suffix=None,
)

MODULES = (
    "backup_strategies",
    "backups",
    "clusters",
    "configuration_parameters",
    "configurations",
    "databases",
    "datastore_versions",
    "datastores",
    "flavors",
    "instances",
    "limits",
    "modules",
    "quotas",
    "users",
    "versions",
)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A database v1 client; the endpoint comes from ``opts``, then the catalog."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())

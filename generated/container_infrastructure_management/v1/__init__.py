# Generated from container-infrastructure-management/v1/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""OpenStack Container Infrastructure Management (Magnum) API v1: Kubernetes clusters built from
cluster templates, their node groups, resize and upgrade, the cluster CA (show, sign a CSR,
rotate), credential rotation, quotas, statistics and the conductor services. Behaviour is
chosen per request with "OpenStack-API-Version: container-infra X.Y" (1.1 to 1.14); without
the header Magnum answers as 1.1. Long operations are asynchronous: they answer 202 with the
cluster's uuid, and the cluster's status tells how they went. Errors come as {"errors":
[{"status", "title", "detail", ...}]}.

Modules (imported on first use): certificates, cluster_templates, clusters, federations,
mservices, nodegroups, quotas, stats, versions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime import EndpointOpts, MicroversionSpec, ProviderClient, ServiceClient
from stacksdk.runtime import ServiceSpec, lazy_modules

if TYPE_CHECKING:
    from . import certificates as certificates
    from . import cluster_templates as cluster_templates
    from . import clusters as clusters
    from . import federations as federations
    from . import mservices as mservices
    from . import nodegroups as nodegroups
    from . import quotas as quotas
    from . import stats as stats
    from . import versions as versions

SERVICE = ServiceSpec(
    type="container-infrastructure-management",
    version="v1",
    aliases=("container-infra",),
    url_suffix="v1",
    microversion=MicroversionSpec(
        header="OpenStack-API-Version",
        max="1.14",
        min="1.1",
        service="container-infra",
    ),
)

MODULES = (
    "certificates",
    "cluster_templates",
    "clusters",
    "federations",
    "mservices",
    "nodegroups",
    "quotas",
    "stats",
    "versions",
)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A container-infrastructure-management v1 client; the endpoint comes from ``opts``, then the catalog."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())

# Generated from huaweicloud/vpc/v1/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Huawei Cloud Virtual Private Cloud (VPC) API v1: VPCs, their subnets, security groups and
their rules, elastic public IPs (EIPs), the bandwidths that carry their traffic, and route
tables. Every path is scoped to the project in the endpoint. Lists page with limit and marker
(the ID of the previous page's last item); a list called without limit returns up to 2000
items. Requests are signed with an access key and secret key (AK/SK) or carry an IAM token.

Modules (imported on first use): bandwidths, publicips, route_tables, security_group_rules,
security_groups, subnets, vpcs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime import EndpointOpts, ProviderClient, ServiceClient, ServiceSpec, lazy_modules

if TYPE_CHECKING:
    from . import bandwidths as bandwidths
    from . import publicips as publicips
    from . import route_tables as route_tables
    from . import security_group_rules as security_group_rules
    from . import security_groups as security_groups
    from . import subnets as subnets
    from . import vpcs as vpcs

SERVICE = ServiceSpec(
    type="vpc",
    version="v1",
    aliases=(),
    url_suffix=None,
    vendor="huaweicloud",
)

MODULES = (
    "bandwidths",
    "publicips",
    "route_tables",
    "security_group_rules",
    "security_groups",
    "subnets",
    "vpcs",
)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A vpc v1 client; the endpoint comes from ``opts``, then the catalog, then the huaweicloud profile."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())

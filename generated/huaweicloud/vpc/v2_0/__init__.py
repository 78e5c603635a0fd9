# Generated from huaweicloud/vpc/v2_0/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Huawei Cloud VPC API v2.0 (the OpenStack Neutron-style part that is not scoped by a project ID
in the URL): VPC peering connections. Lists page with limit and marker and carry
<plural>_links with a "next" link while more items remain.

Modules (imported on first use): peerings.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime import EndpointOpts, ProviderClient, ServiceClient, ServiceSpec, lazy_modules

if TYPE_CHECKING:
    from . import peerings as peerings

SERVICE = ServiceSpec(
    type="vpc",
    version="v2.0",
    aliases=(),
    url_suffix=None,
    vendor="huaweicloud",
)

MODULES = ("peerings",)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A vpc v2.0 client; the endpoint comes from ``opts``, then the catalog, then the huaweicloud profile."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())

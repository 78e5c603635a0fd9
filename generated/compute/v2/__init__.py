# Generated from compute/v2/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""OpenStack Compute (Nova) API v2.1: servers and their actions, flavors, keypairs, server
groups, aggregates, quotas and the other compute resources. Behaviour is selected per request
by microversions (2.1 and later), sent both as "OpenStack-API-Version: compute X.Y"
(understood since 2.27) and as the older "X-OpenStack-Nova-API-Version: X.Y"; without one,
Nova answers as 2.1. Errors come as {"<fault name>": {"code": N, "message": "..."}}
(itemNotFound, badRequest, forbidden, conflictingRequest, computeFault, ...); the message is
what errors.HTTPError.message carries.

Modules (imported on first use): flavor_access, flavor_extra_specs, flavors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime.catalog import EndpointOpts
from stacksdk.runtime.lazy import lazy_modules
from stacksdk.runtime.provider import ProviderClient
from stacksdk.runtime.service import MicroversionSpec, ServiceClient, ServiceSpec

if TYPE_CHECKING:
    from . import flavor_access as flavor_access
    from . import flavor_extra_specs as flavor_extra_specs
    from . import flavors as flavors

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
    "flavor_access",
    "flavor_extra_specs",
    "flavors",
)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A compute v2.1 client; the endpoint comes from ``opts``, then the catalog."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())

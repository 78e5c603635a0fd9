# Generated from placement/v1/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""OpenStack Placement API: resource providers, their inventories, traits and aggregates, and the
allocations consumers hold against them. Placement paths are unversioned (the catalog URL is
the API root); behaviour is selected by microversions sent as "OpenStack-API-Version:
placement X.Y".

Modules (imported on first use): aggregates, allocation_candidates, allocations, inventories,
reshaper, resource_classes, resource_providers, traits, usages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime import EndpointOpts, MicroversionSpec, ProviderClient, ServiceClient
from stacksdk.runtime import ServiceSpec, lazy_modules

if TYPE_CHECKING:
    from . import aggregates as aggregates
    from . import allocation_candidates as allocation_candidates
    from . import allocations as allocations
    from . import inventories as inventories
    from . import reshaper as reshaper
    from . import resource_classes as resource_classes
    from . import resource_providers as resource_providers
    from . import traits as traits
    from . import usages as usages

SERVICE = ServiceSpec(
    type="placement",
    version="v1",
    aliases=(),
    url_suffix=None,
    microversion=MicroversionSpec(
        header="OpenStack-API-Version",
        max="1.39",
        min="1.0",
        service="placement",
    ),
)

MODULES = (
    "aggregates",
    "allocation_candidates",
    "allocations",
    "inventories",
    "reshaper",
    "resource_classes",
    "resource_providers",
    "traits",
    "usages",
)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A placement v1 client; the endpoint comes from ``opts``, then the catalog."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())

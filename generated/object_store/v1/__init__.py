# Generated from object-store/v1/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""OpenStack Object Storage (Swift) API v1. The catalog endpoint already names the account
(.../v1/AUTH_<project_id>); every path here is relative to it.

Modules (imported on first use): account, containers, objects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime import EndpointOpts, ProviderClient, ServiceClient, ServiceSpec, lazy_modules

if TYPE_CHECKING:
    from . import account as account
    from . import containers as containers
    from . import objects as objects

SERVICE = ServiceSpec(
    type="object-store",
    version="v1",
    aliases=(),
    url_suffix=None,
)

MODULES = (
    "account",
    "containers",
    "objects",
)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A object-store v1 client; the endpoint comes from ``opts``, then the catalog."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())

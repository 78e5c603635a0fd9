# Generated from identity/v3/_service.yaml by stacksdk.codegen. Do not edit: change the spec and regenerate.
"""OpenStack Identity (Keystone) API v3.

Modules (imported on first use): projects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime.catalog import EndpointOpts
from stacksdk.runtime.lazy import lazy_modules
from stacksdk.runtime.provider import ProviderClient
from stacksdk.runtime.service import ServiceClient, ServiceSpec

if TYPE_CHECKING:
    from . import projects as projects

SERVICE = ServiceSpec(
    type="identity",
    version="v3",
    aliases=(),
    url_suffix="v3",
)

MODULES = ("projects",)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A identity v3 client; the endpoint comes from ``opts``, then the catalog."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())

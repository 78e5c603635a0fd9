# Generated from network/v2/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""OpenStack Networking (Neutron) API v2.0: networks, subnets, ports, routers, floating IPs,
security groups, QoS, trunks and the other network resources. Neutron has no microversions:
what a deployment offers is the set of API extensions it loads (see extensions.list). Lists
filter by any attribute, select attributes with fields=, sort with sort_key/sort_dir, and page
with limit/marker and <plural>_links. Errors come as {"NeutronError": {"type": ..., "message":
..., "detail": ...}}.

Modules (imported on first use): .
"""

from __future__ import annotations

from stacksdk.runtime.catalog import EndpointOpts
from stacksdk.runtime.lazy import lazy_modules
from stacksdk.runtime.provider import ProviderClient
from stacksdk.runtime.service import ServiceClient, ServiceSpec

SERVICE = ServiceSpec(
    type="network",
    version="v2.0",
    aliases=(),
    url_suffix="v2.0",
)

MODULES = ()


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A network v2.0 client; the endpoint comes from ``opts``, then the catalog."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())

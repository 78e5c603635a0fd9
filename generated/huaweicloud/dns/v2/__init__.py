# Generated from huaweicloud/dns/v2/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Huawei Cloud Domain Name Service (DNS) API v2: public and private zones and their record sets.
The endpoint carries no project ID (https://dns.<region>.<domain>/v2), so paths start at
/zones. Objects come unwrapped (no envelope key); lists page with limit and marker (or
offset), give the next page as links.next and the number of matches as metadata.total_count.

Modules (imported on first use): recordsets, zones.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime import EndpointOpts, ProviderClient, ServiceClient, ServiceSpec, lazy_modules

if TYPE_CHECKING:
    from . import recordsets as recordsets
    from . import zones as zones

SERVICE = ServiceSpec(
    type="dns",
    version="v2",
    aliases=(),
    url_suffix=None,
    vendor="huaweicloud",
)

MODULES = (
    "recordsets",
    "zones",
)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A dns v2 client; the endpoint comes from ``opts``, then the catalog, then the huaweicloud profile."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())

# Generated from dns/v2/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""OpenStack DNS (Designate) API v2: DNS zones and their record sets, PTR records of floating
IPs, zone tasks (transfer between projects, export to and import from zone files, abandon,
refresh from the primary servers, moving to another pool), zone sharing, and the
administrative resources: pools, TLDs, TSIG keys, blacklists, quotas and the status of
Designate's own services. No microversions. Lists page with marker and limit and carry the
next page's address in links.next. Two request headers widen what a call sees:
x-auth-all-projects (every project's resources, for admins) and x-auth-sudo-project-id (act as
another project).

Modules (imported on first use): blacklists, floatingips, limits, pools, quotas, recordsets,
service_statuses, tlds, tsigkeys, zone_exports, zone_imports, zone_shares,
zone_transfer_accepts, zone_transfer_requests, zones.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime import EndpointOpts, ProviderClient, ServiceClient, ServiceSpec, lazy_modules

if TYPE_CHECKING:
    from . import blacklists as blacklists
    from . import floatingips as floatingips
    from . import limits as limits
    from . import pools as pools
    from . import quotas as quotas
    from . import recordsets as recordsets
    from . import service_statuses as service_statuses
    from . import tlds as tlds
    from . import tsigkeys as tsigkeys
    from . import zone_exports as zone_exports
    from . import zone_imports as zone_imports
    from . import zone_shares as zone_shares
    from . import zone_transfer_accepts as zone_transfer_accepts
    from . import zone_transfer_requests as zone_transfer_requests
    from . import zones as zones

SERVICE = ServiceSpec(
    type="dns",
    version="v2",
    aliases=(),
    url_suffix="v2",
)

MODULES = (
    "blacklists",
    "floatingips",
    "limits",
    "pools",
    "quotas",
    "recordsets",
    "service_statuses",
    "tlds",
    "tsigkeys",
    "zone_exports",
    "zone_imports",
    "zone_shares",
    "zone_transfer_accepts",
    "zone_transfer_requests",
    "zones",
)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A dns v2 client; the endpoint comes from ``opts``, then the catalog."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())

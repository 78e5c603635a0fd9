# Generated from load-balancer/v2/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""OpenStack Load Balancing (Octavia) API v2: load balancers with their listeners, pools,
members, health monitors and L7 policies and rules, provisioned asynchronously by a provider
driver (provisioning_status PENDING_* until the provider is done); flavors and availability
zones with their profiles, providers, quotas, and (admin) amphorae. No microversions: the root
version document lists the API's minor versions (v2.0 ... v2.2x) for feature discovery only.

Modules (imported on first use): amphorae, availability_zone_capabilities,
availability_zone_profiles, availability_zones, flavor_capabilities, flavor_profiles, flavors,
healthmonitors, l7policies, l7rules, listeners, loadbalancers, members, pools, providers,
quotas.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime import EndpointOpts, ProviderClient, ServiceClient, ServiceSpec, lazy_modules

if TYPE_CHECKING:
    from . import amphorae as amphorae
    from . import availability_zone_capabilities as availability_zone_capabilities
    from . import availability_zone_profiles as availability_zone_profiles
    from . import availability_zones as availability_zones
    from . import flavor_capabilities as flavor_capabilities
    from . import flavor_profiles as flavor_profiles
    from . import flavors as flavors
    from . import healthmonitors as healthmonitors
    from . import l7policies as l7policies
    from . import l7rules as l7rules
    from . import listeners as listeners
    from . import loadbalancers as loadbalancers
    from . import members as members
    from . import pools as pools
    from . import providers as providers
    from . import quotas as quotas

SERVICE = ServiceSpec(
    type="load-balancer",
    version="v2",
    aliases=(),
    url_suffix="v2",
)

MODULES = (
    "amphorae",
    "availability_zone_capabilities",
    "availability_zone_profiles",
    "availability_zones",
    "flavor_capabilities",
    "flavor_profiles",
    "flavors",
    "healthmonitors",
    "l7policies",
    "l7rules",
    "listeners",
    "loadbalancers",
    "members",
    "pools",
    "providers",
    "quotas",
)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A load-balancer v2 client; the endpoint comes from ``opts``, then the catalog."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())

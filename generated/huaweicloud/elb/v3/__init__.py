# Generated from huaweicloud/elb/v3/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Huawei Cloud Elastic Load Balance (ELB) API v3, for dedicated load balancers: load balancers,
listeners, pools, members and health monitors. The endpoint ends in the project ID
(https://elb.<region>.<domain>/v3/<project_id>), so paths start at /elb. Lists page with limit
and marker and carry a page_info block (previous_marker, next_marker, current_count); most
filters accept several values (repeat the parameter).

Modules (imported on first use): healthmonitors, listeners, loadbalancers, members, pools.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime import EndpointOpts, ProviderClient, ServiceClient, ServiceSpec, lazy_modules

if TYPE_CHECKING:
    from . import healthmonitors as healthmonitors
    from . import listeners as listeners
    from . import loadbalancers as loadbalancers
    from . import members as members
    from . import pools as pools

SERVICE = ServiceSpec(
    type="elb",
    version="v3",
    aliases=(),
    url_suffix=None,
    vendor="huaweicloud",
)

MODULES = (
    "healthmonitors",
    "listeners",
    "loadbalancers",
    "members",
    "pools",
)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A elb v3 client; the endpoint comes from ``opts``, then the catalog, then the huaweicloud profile."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())

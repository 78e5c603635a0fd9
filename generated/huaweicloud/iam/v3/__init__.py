# Generated from huaweicloud/iam/v3/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""Huawei Cloud Identity and Access Management (IAM), its Keystone-style v3 API: the projects of
an account (one per region plus the subprojects an administrator creates under a region's
project). The IAM endpoint carries no project ID (https://iam.<region>.<domain>/v3), so paths
start below the version. Lists page with page and per_page, which the service honours only
when both are sent.

Modules (imported on first use): projects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime import EndpointOpts, ProviderClient, ServiceClient, ServiceSpec, lazy_modules

if TYPE_CHECKING:
    from . import projects as projects

SERVICE = ServiceSpec(
    type="iam",
    version="v3",
    aliases=(),
    url_suffix=None,
    vendor="huaweicloud",
)

MODULES = ("projects",)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A iam v3 client; the endpoint comes from ``opts``, then the catalog, then the huaweicloud profile."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())

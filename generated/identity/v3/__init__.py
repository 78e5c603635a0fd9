# Generated from identity/v3/_service.yaml by stacksdk.codegen. Do not edit: change the spec and regenerate.
"""OpenStack Identity (Keystone) API v3.

Modules (imported on first use): credentials, groups, implied_roles, policies, projects, role_assignments, roles, user_federation, users.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime.catalog import EndpointOpts
from stacksdk.runtime.lazy import lazy_modules
from stacksdk.runtime.provider import ProviderClient
from stacksdk.runtime.service import ServiceClient, ServiceSpec

if TYPE_CHECKING:
    from . import credentials as credentials
    from . import groups as groups
    from . import implied_roles as implied_roles
    from . import policies as policies
    from . import projects as projects
    from . import role_assignments as role_assignments
    from . import roles as roles
    from . import user_federation as user_federation
    from . import users as users

SERVICE = ServiceSpec(
    type="identity",
    version="v3",
    aliases=(),
    url_suffix="v3",
)

MODULES = (
    "credentials",
    "groups",
    "implied_roles",
    "policies",
    "projects",
    "role_assignments",
    "roles",
    "user_federation",
    "users",
)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A identity v3 client; the endpoint comes from ``opts``, then the catalog."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())

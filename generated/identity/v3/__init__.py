# Generated from identity/v3/_service.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""OpenStack Identity (Keystone) API v3.

Modules (imported on first use): access_rules, application_credentials, catalog, consumers,
credentials, domain_configs, domains, endpoint_groups, endpoint_policies, endpoints,
federation_protocols, groups, identity_providers, implied_roles, limits, mappings,
oauth1_access_tokens, policies, project_endpoints, projects, regions, registered_limits,
revoke_events, role_assignments, roles, service_providers, services, token_trust, tokens,
trusts, user_federation, users.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stacksdk.runtime import EndpointOpts, ProviderClient, ServiceClient, ServiceSpec, lazy_modules

if TYPE_CHECKING:
    from . import access_rules as access_rules
    from . import application_credentials as application_credentials
    from . import catalog as catalog
    from . import consumers as consumers
    from . import credentials as credentials
    from . import domain_configs as domain_configs
    from . import domains as domains
    from . import endpoint_groups as endpoint_groups
    from . import endpoint_policies as endpoint_policies
    from . import endpoints as endpoints
    from . import federation_protocols as federation_protocols
    from . import groups as groups
    from . import identity_providers as identity_providers
    from . import implied_roles as implied_roles
    from . import limits as limits
    from . import mappings as mappings
    from . import oauth1_access_tokens as oauth1_access_tokens
    from . import policies as policies
    from . import project_endpoints as project_endpoints
    from . import projects as projects
    from . import regions as regions
    from . import registered_limits as registered_limits
    from . import revoke_events as revoke_events
    from . import role_assignments as role_assignments
    from . import roles as roles
    from . import service_providers as service_providers
    from . import services as services
    from . import token_trust as token_trust
    from . import tokens as tokens
    from . import trusts as trusts
    from . import user_federation as user_federation
    from . import users as users

SERVICE = ServiceSpec(
    type="identity",
    version="v3",
    aliases=(),
    url_suffix="v3",
)

MODULES = (
    "access_rules",
    "application_credentials",
    "catalog",
    "consumers",
    "credentials",
    "domain_configs",
    "domains",
    "endpoint_groups",
    "endpoint_policies",
    "endpoints",
    "federation_protocols",
    "groups",
    "identity_providers",
    "implied_roles",
    "limits",
    "mappings",
    "oauth1_access_tokens",
    "policies",
    "project_endpoints",
    "projects",
    "regions",
    "registered_limits",
    "revoke_events",
    "role_assignments",
    "roles",
    "service_providers",
    "services",
    "token_trust",
    "tokens",
    "trusts",
    "user_federation",
    "users",
)


def new_client(provider: ProviderClient, opts: EndpointOpts | None = None) -> ServiceClient:
    """A identity v3 client; the endpoint comes from ``opts``, then the catalog."""
    return ServiceClient.for_service(provider, SERVICE, opts)


__getattr__, __dir__ = lazy_modules(__name__, MODULES, globals())

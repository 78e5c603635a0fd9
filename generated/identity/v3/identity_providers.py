# Generated from identity/v3/identity_providers.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A federated identity provider (OS-FEDERATION) whose assertions Keystone accepts; its protocols
(federation_protocols) name the mapping that turns assertions into users."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Links as _Links


class Links(Model):
    """Links to the identity provider and its protocols."""

    self: str | Unset = UNSET

    protocols: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("self", "self", t.STRING),
        Field("protocols", "protocols", t.STRING),
    )


SelfLinks = _Links


class FederatedProject(Model):
    """A project that a (federated) token can be scoped to."""

    id: str | Unset = UNSET

    name: str | Unset = UNSET

    domain_id: str | Unset = UNSET

    description: str | None | Unset = UNSET

    enabled: bool | Unset = UNSET

    is_domain: bool | Unset = UNSET

    parent_id: str | None | Unset = UNSET

    tags: builtins.list[str] | Unset = UNSET

    options: dict[str, Any] | Unset = UNSET

    links: SelfLinks | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("domain_id", "domain_id", t.STRING),
        Field("description", "description", t.STRING),
        Field("enabled", "enabled", t.BOOLEAN),
        Field("is_domain", "is_domain", t.BOOLEAN),
        Field("parent_id", "parent_id", t.STRING),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("options", "options", t.map_of(t.ANY)),
        Field("links", "links", t.model(SelfLinks)),
    )


class FederatedDomain(Model):
    """A domain that a (federated) token can be scoped to."""

    id: str | Unset = UNSET

    name: str | Unset = UNSET

    description: str | None | Unset = UNSET

    enabled: bool | Unset = UNSET

    tags: builtins.list[str] | Unset = UNSET

    options: dict[str, Any] | Unset = UNSET

    links: SelfLinks | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("enabled", "enabled", t.BOOLEAN),
        Field("tags", "tags", t.list_of(t.STRING)),
        Field("options", "options", t.map_of(t.ANY)),
        Field("links", "links", t.model(SelfLinks)),
    )


class IdentityProvider(Model):
    """A federated identity provider (OS-FEDERATION) whose assertions Keystone accepts; its
    protocols (federation_protocols) name the mapping that turns assertions into users."""

    id: str
    """The identity provider ID, chosen by the caller on create."""

    domain_id: str | None | Unset = UNSET
    """The domain of the IdP's federated users; a new domain is created when absent."""

    description: str | None | Unset = UNSET

    enabled: bool | Unset = UNSET
    """Whether the IdP's assertions are accepted."""

    remote_ids: builtins.list[str] | None | Unset = UNSET
    """The IdP's own identifiers (e.g. SAML entity IDs), unique across all IdPs."""

    authorization_ttl: int | None | Unset = UNSET
    """Minutes that group memberships from a mapping stay valid; null for the default."""

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("domain_id", "domain_id", t.STRING),
        Field("description", "description", t.STRING),
        Field("enabled", "enabled", t.BOOLEAN),
        Field("remote_ids", "remote_ids", t.list_of(t.STRING)),
        Field("authorization_ttl", "authorization_ttl", t.INTEGER),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET

    enabled: bool | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("enabled", "enabled", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    domain_id: str | None | Unset = UNSET
    """The domain of the IdP's federated users; a new domain is created when absent."""

    description: str | None | Unset = UNSET

    enabled: bool | Unset = UNSET
    """Whether the IdP's assertions are accepted."""

    remote_ids: builtins.list[str] | None | Unset = UNSET
    """The IdP's own identifiers (e.g. SAML entity IDs), unique across all IdPs."""

    authorization_ttl: int | None | Unset = UNSET
    """Minutes that group memberships from a mapping stay valid; null for the default."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("domain_id", "domain_id", t.STRING, nullable=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("enabled", "enabled", t.BOOLEAN),
        Param("remote_ids", "remote_ids", t.list_of(t.STRING), nullable=True),
        Param("authorization_ttl", "authorization_ttl", t.INTEGER, nullable=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    description: str | None | Unset = UNSET

    enabled: bool | Unset = UNSET
    """Whether the IdP's assertions are accepted."""

    remote_ids: builtins.list[str] | None | Unset = UNSET
    """The IdP's own identifiers (e.g. SAML entity IDs), unique across all IdPs."""

    authorization_ttl: int | None | Unset = UNSET
    """Minutes that group memberships from a mapping stay valid; null for the default."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("description", "description", t.STRING, nullable=True),
        Param("enabled", "enabled", t.BOOLEAN),
        Param("remote_ids", "remote_ids", t.list_of(t.STRING), nullable=True),
        Param("authorization_ttl", "authorization_ttl", t.INTEGER, nullable=True),
    )


_LIST = Operation(
    "identity_providers.list",
    "GET",
    "/OS-FEDERATION/identity_providers",
    ok=(200, 203),
    response_key="identity_providers",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "identity_providers.get",
    "GET",
    "/OS-FEDERATION/identity_providers/{idp_id}",
    ok=(200, 203),
    response_key="identity_provider",
)
_CREATE = Operation(
    "identity_providers.create",
    "PUT",
    "/OS-FEDERATION/identity_providers/{idp_id}",
    ok=(201,),
    request_kind="json",
    request_key="identity_provider",
    response_key="identity_provider",
)
_UPDATE = Operation(
    "identity_providers.update",
    "PATCH",
    "/OS-FEDERATION/identity_providers/{idp_id}",
    ok=(200, 202, 204),
    request_kind="json",
    request_key="identity_provider",
    response_key="identity_provider",
)
_DELETE = Operation(
    "identity_providers.delete",
    "DELETE",
    "/OS-FEDERATION/identity_providers/{idp_id}",
    ok=(204,),
    response_kind="empty",
)
_LIST_FEDERATED_PROJECTS = Operation(
    "identity_providers.list_federated_projects",
    "GET",
    "/OS-FEDERATION/projects",
    ok=(200, 203),
    response_key="projects",
    paging=Paging("linked", next="links.next"),
)
_LIST_FEDERATED_DOMAINS = Operation(
    "identity_providers.list_federated_domains",
    "GET",
    "/OS-FEDERATION/domains",
    ok=(200, 203),
    response_key="domains",
    paging=Paging("linked", next="links.next"),
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[IdentityProvider]:
    """List identity providers."""
    return client.pager(
        _LIST, None, model=IdentityProvider, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    idp_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[IdentityProvider]:
    """Get a identity provider."""
    return client.call(
        _GET, {"idp_id": idp_id}, model=IdentityProvider, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    idp_id: str,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[IdentityProvider]:
    """Register an identity provider under the given ID."""
    return client.call(
        _CREATE,
        {"idp_id": idp_id},
        model=IdentityProvider,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    idp_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[IdentityProvider]:
    """Update a identity provider."""
    return client.call(
        _UPDATE,
        {"idp_id": idp_id},
        model=IdentityProvider,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    idp_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a identity provider."""
    return client.call(_DELETE, {"idp_id": idp_id}, microversion=microversion, timeout=timeout)


def list_federated_projects(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[FederatedProject]:
    """The projects the caller's token may be scoped to. Deprecated alias of GET /auth/projects,
    kept for federated tokens."""
    return client.pager(
        _LIST_FEDERATED_PROJECTS,
        None,
        model=FederatedProject,
        microversion=microversion,
        timeout=timeout,
    )


def list_federated_domains(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[FederatedDomain]:
    """The domains the caller's token may be scoped to. Deprecated alias of GET /auth/domains,
    kept for federated tokens."""
    return client.pager(
        _LIST_FEDERATED_DOMAINS,
        None,
        model=FederatedDomain,
        microversion=microversion,
        timeout=timeout,
    )


def extract_identity_providers(page: Page[Any]) -> builtins.list[IdentityProvider]:
    """The IdentityProvider items of a page (or of ``all_pages()``)."""
    return page.extract_as(IdentityProvider)

# Generated from identity/v3/trusts.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A trust (OS-TRUST) lets a trustor delegate some of its roles on a project to a trustee, who
can then get trust-scoped tokens."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Links as Links

CollectionLinks = Links


class TrustRole(Model):
    """A role delegated by a trust."""

    id: str | Unset = UNSET

    name: str | Unset = UNSET

    domain_id: str | None | Unset = UNSET
    """The domain of a domain-specific role, else null."""

    description: str | None | Unset = UNSET

    options: dict[str, Any] | Unset = UNSET

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("domain_id", "domain_id", t.STRING),
        Field("description", "description", t.STRING),
        Field("options", "options", t.map_of(t.ANY)),
        Field("links", "links", t.model(Links)),
    )


class Trust(Model):
    """A trust (OS-TRUST) lets a trustor delegate some of its roles on a project to a trustee,
    who can then get trust-scoped tokens."""

    id: str
    """The trust ID."""

    trustor_user_id: str | Unset = UNSET
    """The delegating user; it must be the user of the token that creates the trust."""

    trustee_user_id: str | Unset = UNSET
    """The user who may consume the trust."""

    impersonation: bool | Unset = UNSET
    """True: trust-scoped tokens name the trustor as their user; false: the trustee."""

    project_id: str | None | Unset = UNSET
    """The project whose roles are delegated; null for a trust without a project."""

    roles: builtins.list[TrustRole] | Unset = UNSET
    """The delegated roles. On create give each as {id} or {name}; the server answers with full
    role objects (get and create only, not list)."""

    expires_at: datetime.datetime | None | Unset = UNSET
    """When the trust stops working; null or absent for never."""

    remaining_uses: int | None | Unset = UNSET
    """How many more tokens the trust may issue; null for unlimited."""

    allow_redelegation: bool | None | Unset = UNSET
    """Whether the trustee may create further trusts from this one."""

    redelegation_count: int | None | Unset = UNSET
    """How many more levels of redelegation the chain allows."""

    redelegated_trust_id: str | None | Unset = UNSET
    """The trust this one was redelegated from."""

    deleted_at: datetime.datetime | None | Unset = UNSET

    links: Links | Unset = UNSET

    roles_links: CollectionLinks | Unset = UNSET
    """Links to the list of the trust's roles."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("trustor_user_id", "trustor_user_id", t.STRING),
        Field("trustee_user_id", "trustee_user_id", t.STRING),
        Field("impersonation", "impersonation", t.BOOLEAN),
        Field("project_id", "project_id", t.STRING),
        Field("roles", "roles", t.list_of(t.model(TrustRole))),
        Field("expires_at", "expires_at", t.DATETIME),
        Field("remaining_uses", "remaining_uses", t.INTEGER),
        Field("allow_redelegation", "allow_redelegation", t.BOOLEAN),
        Field("redelegation_count", "redelegation_count", t.INTEGER),
        Field("redelegated_trust_id", "redelegated_trust_id", t.STRING),
        Field("deleted_at", "deleted_at", t.DATETIME),
        Field("links", "links", t.model(Links)),
        Field("roles_links", "roles_links", t.model(CollectionLinks)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    trustor_user_id: str | Unset = UNSET
    """Only trusts created by this user."""

    trustee_user_id: str | Unset = UNSET
    """Only trusts delegated to this user."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("trustor_user_id", "trustor_user_id", t.STRING, location="query"),
        Param("trustee_user_id", "trustee_user_id", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    trustor_user_id: str = REQUIRED
    """The delegating user; it must be the user of the token that creates the trust."""

    trustee_user_id: str = REQUIRED
    """The user who may consume the trust."""

    impersonation: bool = REQUIRED
    """True: trust-scoped tokens name the trustor as their user; false: the trustee."""

    project_id: str | None | Unset = UNSET
    """The project whose roles are delegated; null for a trust without a project."""

    roles: builtins.list[TrustRole] | Unset = UNSET
    """The delegated roles. On create give each as {id} or {name}; the server answers with full
    role objects (get and create only, not list)."""

    expires_at: datetime.datetime | None | Unset = UNSET
    """When the trust stops working; null or absent for never."""

    remaining_uses: int | None | Unset = UNSET
    """How many more tokens the trust may issue; null for unlimited."""

    allow_redelegation: bool | None | Unset = UNSET
    """Whether the trustee may create further trusts from this one."""

    redelegation_count: int | None | Unset = UNSET
    """How many more levels of redelegation the chain allows."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("trustor_user_id", "trustor_user_id", t.STRING, required=True),
        Param("trustee_user_id", "trustee_user_id", t.STRING, required=True),
        Param("impersonation", "impersonation", t.BOOLEAN, required=True),
        Param("project_id", "project_id", t.STRING, nullable=True),
        Param("roles", "roles", t.list_of(t.model(TrustRole))),
        Param("expires_at", "expires_at", t.DATETIME, nullable=True),
        Param("remaining_uses", "remaining_uses", t.INTEGER, nullable=True),
        Param("allow_redelegation", "allow_redelegation", t.BOOLEAN, nullable=True),
        Param("redelegation_count", "redelegation_count", t.INTEGER, nullable=True),
    )


_LIST = Operation(
    "trusts.list",
    "GET",
    "/OS-TRUST/trusts",
    ok=(200, 203),
    response_key="trusts",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "trusts.get",
    "GET",
    "/OS-TRUST/trusts/{trust_id}",
    ok=(200, 203),
    response_key="trust",
)
_CREATE = Operation(
    "trusts.create",
    "POST",
    "/OS-TRUST/trusts",
    ok=(201,),
    request_kind="json",
    request_key="trust",
    response_key="trust",
)
_DELETE = Operation(
    "trusts.delete",
    "DELETE",
    "/OS-TRUST/trusts/{trust_id}",
    ok=(204,),
    response_kind="empty",
)
_LIST_ROLES = Operation(
    "trusts.list_roles",
    "GET",
    "/OS-TRUST/trusts/{trust_id}/roles",
    ok=(200, 203),
    response_key="roles",
    paging=Paging("linked", next="links.next"),
)
_GET_ROLE = Operation(
    "trusts.get_role",
    "GET",
    "/OS-TRUST/trusts/{trust_id}/roles/{role_id}",
    ok=(200, 203),
    response_key="role",
)
_CHECK_ROLE = Operation(
    "trusts.check_role",
    "HEAD",
    "/OS-TRUST/trusts/{trust_id}/roles/{role_id}",
    ok=(200,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Trust]:
    """List trusts. Without filters this needs an admin; trustor_user_id or trustee_user_id lists
    the caller's own trusts."""
    return client.pager(
        _LIST, None, model=Trust, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    trust_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Trust]:
    """Get a trust (its trustor or trustee only)."""
    return client.call(
        _GET, {"trust_id": trust_id}, model=Trust, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Trust]:
    """Create a trust."""
    return client.call(
        _CREATE, None, model=Trust, opts=opts, microversion=microversion, timeout=timeout
    )


def delete(
    client: ServiceClient,
    trust_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a trust."""
    return client.call(_DELETE, {"trust_id": trust_id}, microversion=microversion, timeout=timeout)


def list_roles(
    client: ServiceClient,
    trust_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[TrustRole]:
    """List the roles a trust delegates."""
    return client.pager(
        _LIST_ROLES,
        {"trust_id": trust_id},
        model=TrustRole,
        microversion=microversion,
        timeout=timeout,
    )


def get_role(
    client: ServiceClient,
    trust_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[TrustRole]:
    """Get one role delegated by a trust (NotFound when the trust does not delegate it)."""
    return client.call(
        _GET_ROLE,
        {"trust_id": trust_id, "role_id": role_id},
        model=TrustRole,
        microversion=microversion,
        timeout=timeout,
    )


def check_role(
    client: ServiceClient,
    trust_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Check that a trust delegates a role (raises NotFound when it does not)."""
    return client.call(
        _CHECK_ROLE,
        {"trust_id": trust_id, "role_id": role_id},
        microversion=microversion,
        timeout=timeout,
    )


def extract_trusts(page: Page[Any]) -> builtins.list[Trust]:
    """The Trust items of a page (or of ``all_pages()``)."""
    return page.extract_as(Trust)

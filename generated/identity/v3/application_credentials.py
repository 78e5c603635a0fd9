# Generated from identity/v3/application_credentials.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An application credential: a secret that authenticates as its user, always scoped to the
project it was created in, with a fixed set of that user's roles there and optionally an
expiry and access rules. Created with the owner's own project-scoped token; they cannot be
changed, only deleted."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Links as Links


class AccessRuleRef(Model):
    """An access rule of a credential (see identity/v3/access_rules). On create give service,
    method and path (a rule identical to an existing one reuses it), or only the id of an
    existing rule; the server always sends all four."""

    id: str | Unset = UNSET

    service: str | Unset = UNSET
    """The catalog service type the rule applies to."""

    method: Literal["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"] | Unset = UNSET

    path: str | Unset = UNSET
    """The API path (may contain the wildcards "*" and "**")."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("service", "service", t.STRING),
        Field("method", "method", t.STRING, enum=("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")),
        Field("path", "path", t.STRING),
    )


class RoleRef(Model):
    """A role of the credential (on create, give only its id or only its name)."""

    id: str | Unset = UNSET

    name: str | Unset = UNSET

    domain_id: str | None | Unset = UNSET
    """Set for domain-specific roles."""

    description: str | None | Unset = UNSET

    options: dict[str, Any] | None | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("domain_id", "domain_id", t.STRING),
        Field("description", "description", t.STRING),
        Field("options", "options", t.map_of(t.ANY)),
    )


class ApplicationCredential(Model):
    """An application credential: a secret that authenticates as its user, always scoped to the
    project it was created in, with a fixed set of that user's roles there and optionally an
    expiry and access rules. Created with the owner's own project-scoped token; they cannot be
    changed, only deleted."""

    id: str
    """The application credential ID."""

    name: str | Unset = UNSET
    """The name; unique among the user's credentials."""

    description: str | None | Unset = UNSET
    """What the credential is for."""

    secret: str | Unset = UNSET
    """The secret. Optional on create (keystone generates one when it is not given); only the
    create response returns it, keystone keeps just a hash."""

    expires_at: datetime.datetime | None | Unset = UNSET
    """When the credential stops working; null (the default) never."""

    project_id: str | Unset = UNSET
    """The project the credential's tokens are scoped to."""

    user_id: str | Unset = UNSET
    """The owner."""

    roles: builtins.list[RoleRef] | Unset = UNSET
    """The roles the credential's tokens get; on create each entry names a role by id or by name,
    and every role must be one the creating token has. Default: all the creating token's
    roles."""

    unrestricted: bool | None | Unset = UNSET
    """True lets tokens of this credential create or delete application credentials and trusts (a
    security risk; false by default)."""

    access_rules: builtins.list[AccessRuleRef] | Unset = UNSET
    """Limits the credential to these calls (service, method, path); an existing rule of the user
    may be named by its id alone."""

    system: str | None | Unset = UNSET
    """The system scope of the credential (if any)."""

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("secret", "secret", t.STRING, sensitive=True),
        Field("expires_at", "expires_at", t.DATETIME),
        Field("project_id", "project_id", t.STRING),
        Field("user_id", "user_id", t.STRING),
        Field("roles", "roles", t.list_of(t.model(RoleRef))),
        Field("unrestricted", "unrestricted", t.BOOLEAN),
        Field("access_rules", "access_rules", t.list_of(t.model(AccessRuleRef))),
        Field("system", "system", t.STRING),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    name: str | Unset = UNSET
    """Only the credential with this name."""

    _params: ClassVar[tuple[Param, ...]] = (Param("name", "name", t.STRING, location="query"),)


class CreateOpts(Opts):
    """Options of create."""

    name: str = REQUIRED
    """The name; unique among the user's credentials."""

    description: str | None | Unset = UNSET
    """What the credential is for."""

    secret: str | Unset = UNSET
    """The secret. Optional on create (keystone generates one when it is not given); only the
    create response returns it, keystone keeps just a hash."""

    expires_at: datetime.datetime | None | Unset = UNSET
    """When the credential stops working; null (the default) never."""

    roles: builtins.list[RoleRef] | Unset = UNSET
    """The roles the credential's tokens get; on create each entry names a role by id or by name,
    and every role must be one the creating token has. Default: all the creating token's
    roles."""

    unrestricted: bool | None | Unset = UNSET
    """True lets tokens of this credential create or delete application credentials and trusts (a
    security risk; false by default)."""

    access_rules: builtins.list[AccessRuleRef] | Unset = UNSET
    """Limits the credential to these calls (service, method, path); an existing rule of the user
    may be named by its id alone."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("name", "name", t.STRING, required=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("secret", "secret", t.STRING, sensitive=True),
        Param("expires_at", "expires_at", t.DATETIME, nullable=True),
        Param("roles", "roles", t.list_of(t.model(RoleRef))),
        Param("unrestricted", "unrestricted", t.BOOLEAN, nullable=True),
        Param("access_rules", "access_rules", t.list_of(t.model(AccessRuleRef))),
    )


_LIST = Operation(
    "application_credentials.list",
    "GET",
    "/users/{user_id}/application_credentials",
    ok=(200, 203),
    response_key="application_credentials",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "application_credentials.get",
    "GET",
    "/users/{user_id}/application_credentials/{application_credential_id}",
    ok=(200, 203),
    response_key="application_credential",
)
_CREATE = Operation(
    "application_credentials.create",
    "POST",
    "/users/{user_id}/application_credentials",
    ok=(201,),
    request_kind="json",
    request_key="application_credential",
    response_key="application_credential",
)
_DELETE = Operation(
    "application_credentials.delete",
    "DELETE",
    "/users/{user_id}/application_credentials/{application_credential_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    user_id: str,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ApplicationCredential]:
    """List a user's application credentials."""
    return client.pager(
        _LIST,
        {"user_id": user_id},
        model=ApplicationCredential,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    user_id: str,
    application_credential_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ApplicationCredential]:
    """Get a application credential."""
    return client.call(
        _GET,
        {"user_id": user_id, "application_credential_id": application_credential_id},
        model=ApplicationCredential,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    user_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ApplicationCredential]:
    """Create an application credential for the authenticated user (user_id must be that user) in
    the token's project. The result holds the secret."""
    return client.call(
        _CREATE,
        {"user_id": user_id},
        model=ApplicationCredential,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    user_id: str,
    application_credential_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a application credential."""
    return client.call(
        _DELETE,
        {"user_id": user_id, "application_credential_id": application_credential_id},
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    user_id: str,
    name_or_id: str,
) -> ApplicationCredential:
    """The one ApplicationCredential whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=ApplicationCredential,
        path_params={"user_id": user_id},
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_application_credentials(page: Page[Any]) -> builtins.list[ApplicationCredential]:
    """The ApplicationCredential items of a page (or of ``all_pages()``)."""
    return page.extract_as(ApplicationCredential)

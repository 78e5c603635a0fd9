# Generated from identity/v3/oauth1_access_tokens.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An OAuth1 access token a user authorized for a consumer (OS-OAUTH1), with the roles it
delegates on one project."""

from __future__ import annotations

import builtins
import datetime
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Links as _Links


class Links(Model):
    """Links to the access token and its roles."""

    self: str | Unset = UNSET

    roles: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("self", "self", t.STRING),
        Field("roles", "roles", t.STRING),
    )


RoleLinks = _Links


class AccessTokenRole(Model):
    """A role delegated by an access token."""

    id: str | Unset = UNSET

    name: str | Unset = UNSET

    domain_id: str | None | Unset = UNSET

    options: dict[str, Any] | Unset = UNSET

    links: RoleLinks | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("domain_id", "domain_id", t.STRING),
        Field("options", "options", t.map_of(t.ANY)),
        Field("links", "links", t.model(RoleLinks)),
    )


class RoleRef(Model):
    """A role given by ID or by name (exactly one)."""

    id: str | Unset = UNSET

    name: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
    )


class RequestTokenAuthorization(Model):
    """The answer to authorizing a request token."""

    oauth_verifier: str | Unset = UNSET
    """The verifier the consumer needs to exchange the request token for an access token."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("oauth_verifier", "oauth_verifier", t.STRING, sensitive=True),
    )


class OAuth1AccessToken(Model):
    """An OAuth1 access token a user authorized for a consumer (OS-OAUTH1), with the roles it
    delegates on one project."""

    id: str
    """The access token ID (the OAuth token key)."""

    consumer_id: str | Unset = UNSET

    project_id: str | Unset = UNSET
    """The project the delegated roles are on."""

    authorizing_user_id: str | Unset = UNSET
    """The user who authorized the token."""

    expires_at: datetime.datetime | None | Unset = UNSET

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("consumer_id", "consumer_id", t.STRING),
        Field("project_id", "project_id", t.STRING),
        Field("authorizing_user_id", "authorizing_user_id", t.STRING),
        Field("expires_at", "expires_at", t.DATETIME),
        Field("links", "links", t.model(Links)),
    )


class AuthorizeRequestTokenOpts(Opts):
    """Options of authorize_request_token."""

    roles: builtins.list[RoleRef] = REQUIRED
    """The roles to delegate; the caller must have each on the project."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("roles", "roles", t.list_of(t.model(RoleRef)), required=True),
    )


_LIST = Operation(
    "oauth1_access_tokens.list",
    "GET",
    "/users/{user_id}/OS-OAUTH1/access_tokens",
    ok=(200, 203),
    response_key="access_tokens",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "oauth1_access_tokens.get",
    "GET",
    "/users/{user_id}/OS-OAUTH1/access_tokens/{access_token_id}",
    ok=(200, 203),
    response_key="access_token",
)
_DELETE = Operation(
    "oauth1_access_tokens.delete",
    "DELETE",
    "/users/{user_id}/OS-OAUTH1/access_tokens/{access_token_id}",
    ok=(204,),
    response_kind="empty",
)
_LIST_ROLES = Operation(
    "oauth1_access_tokens.list_roles",
    "GET",
    "/users/{user_id}/OS-OAUTH1/access_tokens/{access_token_id}/roles",
    ok=(200, 203),
    response_key="roles",
    paging=Paging("linked", next="links.next"),
)
_GET_ROLE = Operation(
    "oauth1_access_tokens.get_role",
    "GET",
    "/users/{user_id}/OS-OAUTH1/access_tokens/{access_token_id}/roles/{role_id}",
    ok=(200, 203),
    response_key="role",
)
_AUTHORIZE_REQUEST_TOKEN = Operation(
    "oauth1_access_tokens.authorize_request_token",
    "PUT",
    "/OS-OAUTH1/authorize/{request_token_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
    response_key="token",
)


def list(
    client: ServiceClient,
    user_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[OAuth1AccessToken]:
    """List oauth1 access tokens."""
    return client.pager(
        _LIST,
        {"user_id": user_id},
        model=OAuth1AccessToken,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    user_id: str,
    access_token_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[OAuth1AccessToken]:
    """Get a oauth1 access token."""
    return client.call(
        _GET,
        {"user_id": user_id, "access_token_id": access_token_id},
        model=OAuth1AccessToken,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    user_id: str,
    access_token_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a oauth1 access token."""
    return client.call(
        _DELETE,
        {"user_id": user_id, "access_token_id": access_token_id},
        microversion=microversion,
        timeout=timeout,
    )


def list_roles(
    client: ServiceClient,
    user_id: str,
    access_token_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[AccessTokenRole]:
    """List the roles an access token delegates."""
    return client.pager(
        _LIST_ROLES,
        {"user_id": user_id, "access_token_id": access_token_id},
        model=AccessTokenRole,
        microversion=microversion,
        timeout=timeout,
    )


def get_role(
    client: ServiceClient,
    user_id: str,
    access_token_id: str,
    role_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[AccessTokenRole]:
    """Get one role an access token delegates."""
    return client.call(
        _GET_ROLE,
        {"user_id": user_id, "access_token_id": access_token_id, "role_id": role_id},
        model=AccessTokenRole,
        microversion=microversion,
        timeout=timeout,
    )


def authorize_request_token(
    client: ServiceClient,
    request_token_id: str,
    opts: AuthorizeRequestTokenOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[RequestTokenAuthorization]:
    """Authorize a consumer's request token for the caller, delegating these roles on the request
    token's project. The request token itself (and the later exchange for an access token)
    comes from OAuth1-signed form requests this SDK does not make."""
    return client.call(
        _AUTHORIZE_REQUEST_TOKEN,
        {"request_token_id": request_token_id},
        model=RequestTokenAuthorization,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_oauth1_access_tokens(page: Page[Any]) -> builtins.list[OAuth1AccessToken]:
    """The OAuth1AccessToken items of a page (or of ``all_pages()``)."""
    return page.extract_as(OAuth1AccessToken)

# Generated from identity/v3/federation_protocols.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A federation protocol (saml2, openid, mapped...) of an identity provider, with the mapping
that applies to its assertions (OS-FEDERATION)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class Links(Model):
    """Links to the protocol and its identity provider."""

    self: str | Unset = UNSET

    identity_provider: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("self", "self", t.STRING),
        Field("identity_provider", "identity_provider", t.STRING),
    )


class FederationProtocol(Model):
    """A federation protocol (saml2, openid, mapped...) of an identity provider, with the mapping
    that applies to its assertions (OS-FEDERATION)."""

    id: str
    """The protocol name, chosen by the caller on create."""

    mapping_id: str | Unset = UNSET
    """The mapping to apply."""

    remote_id_attribute: str | None | Unset = UNSET
    """The request attribute holding the IdP's remote ID; overrides the protocol's configured
    default. Sent only in listings."""

    idp_id: str | Unset = UNSET
    """The identity provider (sent only in listings)."""

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("mapping_id", "mapping_id", t.STRING),
        Field("remote_id_attribute", "remote_id_attribute", t.STRING),
        Field("idp_id", "idp_id", t.STRING),
        Field("links", "links", t.model(Links)),
    )


class CreateOpts(Opts):
    """Options of create. Also the options of update."""

    mapping_id: str = REQUIRED
    """The mapping to apply."""

    remote_id_attribute: str | None | Unset = UNSET
    """The request attribute holding the IdP's remote ID; overrides the protocol's configured
    default. Sent only in listings."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("mapping_id", "mapping_id", t.STRING, required=True),
        Param("remote_id_attribute", "remote_id_attribute", t.STRING, nullable=True),
    )


class AuthenticateOpts(Opts):
    """Options of authenticate."""

    authorization: str | Unset = UNSET
    """A credential for the web server module, e.g. "Bearer <OIDC access token>"."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("authorization", "Authorization", t.STRING, location="header", sensitive=True),
    )


UpdateOpts = CreateOpts

_LIST = Operation(
    "federation_protocols.list",
    "GET",
    "/OS-FEDERATION/identity_providers/{idp_id}/protocols",
    ok=(200, 203),
    response_key="protocols",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "federation_protocols.get",
    "GET",
    "/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}",
    ok=(200, 203),
    response_key="protocol",
)
_CREATE = Operation(
    "federation_protocols.create",
    "PUT",
    "/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}",
    ok=(201,),
    request_kind="json",
    request_key="protocol",
    response_key="protocol",
)
_UPDATE = Operation(
    "federation_protocols.update",
    "PATCH",
    "/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}",
    ok=(200, 202, 204),
    request_kind="json",
    request_key="protocol",
    response_key="protocol",
)
_DELETE = Operation(
    "federation_protocols.delete",
    "DELETE",
    "/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}",
    ok=(204,),
    response_kind="empty",
)
_AUTHENTICATE = Operation(
    "federation_protocols.authenticate",
    "POST",
    "/OS-FEDERATION/identity_providers/{idp_id}/protocols/{protocol_id}/auth",
    ok=(201,),
    authenticated=False,
    response_key="token",
)


def list(
    client: ServiceClient,
    idp_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[FederationProtocol]:
    """List federation protocols."""
    return client.pager(
        _LIST,
        {"idp_id": idp_id},
        model=FederationProtocol,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    idp_id: str,
    protocol_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[FederationProtocol]:
    """Get a federation protocol."""
    return client.call(
        _GET,
        {"idp_id": idp_id, "protocol_id": protocol_id},
        model=FederationProtocol,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    idp_id: str,
    protocol_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[FederationProtocol]:
    """Add a protocol to an identity provider under the given name."""
    return client.call(
        _CREATE,
        {"idp_id": idp_id, "protocol_id": protocol_id},
        model=FederationProtocol,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    idp_id: str,
    protocol_id: str,
    opts: UpdateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[FederationProtocol]:
    """Update a federation protocol."""
    return client.call(
        _UPDATE,
        {"idp_id": idp_id, "protocol_id": protocol_id},
        model=FederationProtocol,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    idp_id: str,
    protocol_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a federation protocol."""
    return client.call(
        _DELETE,
        {"idp_id": idp_id, "protocol_id": protocol_id},
        microversion=microversion,
        timeout=timeout,
    )


def authenticate(
    client: ServiceClient,
    idp_id: str,
    protocol_id: str,
    opts: AuthenticateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Any]:
    """Federated authentication through the protocol's dedicated URL. Only works behind a web
    server module (mod_shib, mod_auth_openidc...) that validates the assertion; the token ID
    is the X-Subject-Token header of the result, its body the token."""
    return client.call(
        _AUTHENTICATE,
        {"idp_id": idp_id, "protocol_id": protocol_id},
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_federation_protocols(page: Page[Any]) -> builtins.list[FederationProtocol]:
    """The FederationProtocol items of a page (or of ``all_pages()``)."""
    return page.extract_as(FederationProtocol)

# Generated from identity/v3/service_providers.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A remote cloud that trusts this Keystone as its identity provider (OS-FEDERATION, Keystone to
Keystone federation)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import IdRef as IdRef, Links as Links


class AssertionIdentity(Model):
    """The token to exchange for an assertion."""

    methods: builtins.list[str] | Unset = UNSET
    """Always ["token"]."""

    token: IdRef | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("methods", "methods", t.list_of(t.STRING)),
        Field("token", "token", t.model(IdRef)),
    )


class AssertionScope(Model):
    """The service provider the assertion is for."""

    service_provider: IdRef | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("service_provider", "service_provider", t.model(IdRef)),
    )


class ServiceProvider(Model):
    """A remote cloud that trusts this Keystone as its identity provider (OS-FEDERATION, Keystone
    to Keystone federation)."""

    id: str
    """The service provider ID, chosen by the caller on create."""

    auth_url: str | Unset = UNSET
    """The remote Keystone's federated auth URL for this IdP's protocol."""

    sp_url: str | Unset = UNSET
    """The remote service provider's ECP endpoint (e.g. Shibboleth's SAML2/ECP URL)."""

    description: str | None | Unset = UNSET

    enabled: bool | Unset = UNSET

    relay_state_prefix: str | None | Unset = UNSET
    """Prefix of the RelayState of ECP wrapped assertions; the server's default when absent."""

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("auth_url", "auth_url", t.STRING),
        Field("sp_url", "sp_url", t.STRING),
        Field("description", "description", t.STRING),
        Field("enabled", "enabled", t.BOOLEAN),
        Field("relay_state_prefix", "relay_state_prefix", t.STRING),
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

    auth_url: str = REQUIRED
    """The remote Keystone's federated auth URL for this IdP's protocol."""

    sp_url: str = REQUIRED
    """The remote service provider's ECP endpoint (e.g. Shibboleth's SAML2/ECP URL)."""

    description: str | None | Unset = UNSET

    enabled: bool | Unset = UNSET

    relay_state_prefix: str | None | Unset = UNSET
    """Prefix of the RelayState of ECP wrapped assertions; the server's default when absent."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("auth_url", "auth_url", t.STRING, required=True),
        Param("sp_url", "sp_url", t.STRING, required=True),
        Param("description", "description", t.STRING, nullable=True),
        Param("enabled", "enabled", t.BOOLEAN),
        Param("relay_state_prefix", "relay_state_prefix", t.STRING, nullable=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    auth_url: str | Unset = UNSET
    """The remote Keystone's federated auth URL for this IdP's protocol."""

    sp_url: str | Unset = UNSET
    """The remote service provider's ECP endpoint (e.g. Shibboleth's SAML2/ECP URL)."""

    description: str | None | Unset = UNSET

    enabled: bool | Unset = UNSET

    relay_state_prefix: str | None | Unset = UNSET
    """Prefix of the RelayState of ECP wrapped assertions; the server's default when absent."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("auth_url", "auth_url", t.STRING),
        Param("sp_url", "sp_url", t.STRING),
        Param("description", "description", t.STRING, nullable=True),
        Param("enabled", "enabled", t.BOOLEAN),
        Param("relay_state_prefix", "relay_state_prefix", t.STRING, nullable=True),
    )


class CreateSaml2AssertionOpts(Opts):
    """Options of create_saml2_assertion. Also the options of create_ecp_assertion."""

    identity: AssertionIdentity = REQUIRED

    scope: AssertionScope = REQUIRED

    _params: ClassVar[tuple[Param, ...]] = (
        Param("identity", "identity", t.model(AssertionIdentity), required=True),
        Param("scope", "scope", t.model(AssertionScope), required=True),
    )


CreateEcpAssertionOpts = CreateSaml2AssertionOpts

_LIST = Operation(
    "service_providers.list",
    "GET",
    "/OS-FEDERATION/service_providers",
    ok=(200, 203),
    response_key="service_providers",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "service_providers.get",
    "GET",
    "/OS-FEDERATION/service_providers/{service_provider_id}",
    ok=(200, 203),
    response_key="service_provider",
)
_CREATE = Operation(
    "service_providers.create",
    "PUT",
    "/OS-FEDERATION/service_providers/{service_provider_id}",
    ok=(201,),
    request_kind="json",
    request_key="service_provider",
    response_key="service_provider",
)
_UPDATE = Operation(
    "service_providers.update",
    "PATCH",
    "/OS-FEDERATION/service_providers/{service_provider_id}",
    ok=(200, 202, 204),
    request_kind="json",
    request_key="service_provider",
    response_key="service_provider",
)
_DELETE = Operation(
    "service_providers.delete",
    "DELETE",
    "/OS-FEDERATION/service_providers/{service_provider_id}",
    ok=(204,),
    response_kind="empty",
)
_CREATE_SAML2_ASSERTION = Operation(
    "service_providers.create_saml2_assertion",
    "POST",
    "/auth/OS-FEDERATION/saml2",
    ok=(200,),
    request_kind="json",
    request_key="auth",
    response_kind="binary",
)
_CREATE_ECP_ASSERTION = Operation(
    "service_providers.create_ecp_assertion",
    "POST",
    "/auth/OS-FEDERATION/saml2/ecp",
    ok=(200,),
    request_kind="json",
    request_key="auth",
    response_kind="binary",
)
_GET_SAML2_METADATA = Operation(
    "service_providers.get_saml2_metadata",
    "GET",
    "/OS-FEDERATION/saml2/metadata",
    ok=(200, 203),
    response_kind="binary",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ServiceProvider]:
    """List service providers."""
    return client.pager(
        _LIST, None, model=ServiceProvider, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    service_provider_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServiceProvider]:
    """Get a service provider."""
    return client.call(
        _GET,
        {"service_provider_id": service_provider_id},
        model=ServiceProvider,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    service_provider_id: str,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServiceProvider]:
    """Register a service provider under the given ID."""
    return client.call(
        _CREATE,
        {"service_provider_id": service_provider_id},
        model=ServiceProvider,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    service_provider_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServiceProvider]:
    """Update a service provider."""
    return client.call(
        _UPDATE,
        {"service_provider_id": service_provider_id},
        model=ServiceProvider,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    service_provider_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a service provider."""
    return client.call(
        _DELETE,
        {"service_provider_id": service_provider_id},
        microversion=microversion,
        timeout=timeout,
    )


def create_saml2_assertion(
    client: ServiceClient,
    opts: CreateSaml2AssertionOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[bytes]:
    """Exchange a project-scoped token for a signed SAML2 assertion for a service provider (XML
    bytes; needs Keystone's [saml] signing configuration)."""
    return client.call(
        _CREATE_SAML2_ASSERTION, None, opts=opts, microversion=microversion, timeout=timeout
    )


def create_ecp_assertion(
    client: ServiceClient,
    opts: CreateEcpAssertionOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[bytes]:
    """Like create_saml2_assertion, but wrapped in an ECP envelope for the service provider's
    sp_url (XML bytes)."""
    return client.call(
        _CREATE_ECP_ASSERTION, None, opts=opts, microversion=microversion, timeout=timeout
    )


def get_saml2_metadata(
    client: ServiceClient,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[bytes]:
    """This Keystone's SAML2 identity provider metadata (XML bytes; needs [saml]
    idp_metadata_path)."""
    return client.call(_GET_SAML2_METADATA, None, microversion=microversion, timeout=timeout)


def extract_service_providers(page: Page[Any]) -> builtins.list[ServiceProvider]:
    """The ServiceProvider items of a page (or of ``all_pages()``)."""
    return page.extract_as(ServiceProvider)

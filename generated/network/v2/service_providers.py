# Generated from network/v2/service_providers.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A driver configured for an advanced service type (L3_ROUTER_NAT, FIREWALL, VPN, ...) in the
server's service_providers configuration (service-type extension); flavors' service_profiles
name such drivers."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, ServiceClient, Unset


class ServiceProvider(Model):
    """A driver configured for an advanced service type (L3_ROUTER_NAT, FIREWALL, VPN, ...) in
    the server's service_providers configuration (service-type extension); flavors'
    service_profiles name such drivers."""

    service_type: str | Unset = UNSET
    """The service type the driver serves."""

    name: str
    """The provider's name (unique per service type)."""

    default: bool | Unset = UNSET
    """Whether it is the service type's default provider."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("service_type", "service_type", t.STRING),
        Field("name", "name", t.STRING),
        Field("default", "default", t.BOOLEAN),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    service_type: str | Unset = UNSET
    """Only providers of this service type."""

    name: str | Unset = UNSET
    """Only providers with this name."""

    default: bool | Unset = UNSET
    """Only default (true) or other (false) providers."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("service_type", "service_type", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("default", "default", t.BOOLEAN, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
    )


_LIST = Operation(
    "service_providers.list",
    "GET",
    "/service-providers",
    ok=(200, 203),
    response_key="service_providers",
    paging=Paging("single"),
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ServiceProvider]:
    """List the configured service providers."""
    return client.pager(
        _LIST, None, model=ServiceProvider, opts=opts, microversion=microversion, timeout=timeout
    )


def extract_service_providers(page: Page[Any]) -> builtins.list[ServiceProvider]:
    """The ServiceProvider items of a page (or of ``all_pages()``)."""
    return page.extract_as(ServiceProvider)

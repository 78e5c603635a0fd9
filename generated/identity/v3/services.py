# Generated from identity/v3/services.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A service of the catalog (compute, image, ...): its type and name, under which endpoints are
registered."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Links as Links


class Service(Model):
    """A service of the catalog (compute, image, ...): its type and name, under which endpoints
    are registered."""

    id: str
    """The service ID."""

    type: str
    """The service type, the key clients look endpoints up by (compute, identity, image...)."""

    name: str
    """The service name, not necessarily unique (default: empty)."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    enabled: bool
    """Whether the service and its endpoints appear in token catalogs."""

    links: Links
    """The service's own URL."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("type", "type", t.STRING),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("enabled", "enabled", t.BOOLEAN),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    type: str | Unset = UNSET
    """Only services of this type."""

    name: str | Unset = UNSET
    """Only services with this name."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("type", "type", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    type: str = REQUIRED
    """The service type, the key clients look endpoints up by (compute, identity, image...)."""

    name: str | Unset = UNSET
    """The service name, not necessarily unique (default: empty)."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    enabled: bool | Unset = UNSET
    """Whether the service and its endpoints appear in token catalogs."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("type", "type", t.STRING, required=True),
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING, nullable=True),
        Param("enabled", "enabled", t.BOOLEAN),
    )


class UpdateOpts(Opts):
    """Options of update."""

    type: str | Unset = UNSET
    """The service type, the key clients look endpoints up by (compute, identity, image...)."""

    name: str | Unset = UNSET
    """The service name, not necessarily unique (default: empty)."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    enabled: bool | Unset = UNSET
    """Whether the service and its endpoints appear in token catalogs."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("type", "type", t.STRING),
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING, nullable=True),
        Param("enabled", "enabled", t.BOOLEAN),
    )


_LIST = Operation(
    "services.list",
    "GET",
    "/services",
    ok=(200, 203),
    response_key="services",
    paging=Paging("single"),
)
_GET = Operation(
    "services.get",
    "GET",
    "/services/{service_id}",
    ok=(200, 203),
    response_key="service",
)
_CREATE = Operation(
    "services.create",
    "POST",
    "/services",
    ok=(201,),
    request_kind="json",
    request_key="service",
    response_key="service",
)
_UPDATE = Operation(
    "services.update",
    "PATCH",
    "/services/{service_id}",
    ok=(200, 202, 204),
    request_kind="json",
    request_key="service",
    response_key="service",
)
_DELETE = Operation(
    "services.delete",
    "DELETE",
    "/services/{service_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Service]:
    """List services (Keystone 30 does not page them)."""
    return client.pager(
        _LIST, None, model=Service, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    service_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Service]:
    """Show a service."""
    return client.call(
        _GET, {"service_id": service_id}, model=Service, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Service]:
    """Create a service."""
    return client.call(
        _CREATE, None, model=Service, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    service_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Service]:
    """Update a service."""
    return client.call(
        _UPDATE,
        {"service_id": service_id},
        model=Service,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    service_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a service and its endpoints."""
    return client.call(
        _DELETE, {"service_id": service_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Service:
    """The one Service whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Service,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_services(page: Page[Any]) -> builtins.list[Service]:
    """The Service items of a page (or of ``all_pages()``)."""
    return page.extract_as(Service)

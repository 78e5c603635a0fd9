# Generated from identity/v3/endpoints.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A service endpoint: the URL of one service, for one interface (public, internal or admin),
optionally in a region."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar, Literal

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Links as Links


class Endpoint(Model):
    """A service endpoint: the URL of one service, for one interface (public, internal or admin),
    optionally in a region."""

    id: str
    """The endpoint ID."""

    interface: Literal["public", "internal", "admin"]
    """Who the URL is for."""

    service_id: str
    """The service the endpoint belongs to."""

    url: str
    """The endpoint URL; it may hold substitutions such as $(project_id)s."""

    region_id: str | None
    """The region of the endpoint, which must exist."""

    region: str | None | Unset = UNSET
    """Deprecated twin of region_id: Keystone echoes region_id here, and on create or update a
    region given only here is created when missing."""

    enabled: bool | Unset = UNSET
    """Whether the endpoint appears in token catalogs."""

    name: str | Unset = UNSET
    """An optional name."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    links: Links
    """The endpoint's own URL."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("interface", "interface", t.STRING, enum=("public", "internal", "admin")),
        Field("service_id", "service_id", t.STRING),
        Field("url", "url", t.STRING),
        Field("region_id", "region_id", t.STRING),
        Field("region", "region", t.STRING),
        Field("enabled", "enabled", t.BOOLEAN),
        Field("name", "name", t.STRING),
        Field("description", "description", t.STRING),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    interface: Literal["public", "internal", "admin"] | Unset = UNSET
    """Only endpoints of this interface."""

    service_id: str | Unset = UNSET
    """Only endpoints of this service."""

    region_id: str | Unset = UNSET
    """Only endpoints in this region."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "interface",
            "interface",
            t.STRING,
            location="query",
            enum=("public", "internal", "admin"),
        ),
        Param("service_id", "service_id", t.STRING, location="query"),
        Param("region_id", "region_id", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    interface: Literal["public", "internal", "admin"] = REQUIRED
    """Who the URL is for."""

    service_id: str = REQUIRED
    """The service the endpoint belongs to."""

    url: str = REQUIRED
    """The endpoint URL; it may hold substitutions such as $(project_id)s."""

    region_id: str | None | Unset = UNSET
    """The region of the endpoint, which must exist."""

    region: str | None | Unset = UNSET
    """Deprecated twin of region_id: Keystone echoes region_id here, and on create or update a
    region given only here is created when missing."""

    enabled: bool | Unset = UNSET
    """Whether the endpoint appears in token catalogs."""

    name: str | Unset = UNSET
    """An optional name."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "interface", "interface", t.STRING, required=True, enum=("public", "internal", "admin")
        ),
        Param("service_id", "service_id", t.STRING, required=True),
        Param("url", "url", t.STRING, required=True),
        Param("region_id", "region_id", t.STRING, nullable=True),
        Param("region", "region", t.STRING, nullable=True),
        Param("enabled", "enabled", t.BOOLEAN),
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING, nullable=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    interface: Literal["public", "internal", "admin"] | Unset = UNSET
    """Who the URL is for."""

    service_id: str | Unset = UNSET
    """The service the endpoint belongs to."""

    url: str | Unset = UNSET
    """The endpoint URL; it may hold substitutions such as $(project_id)s."""

    region_id: str | None | Unset = UNSET
    """The region of the endpoint, which must exist."""

    region: str | None | Unset = UNSET
    """Deprecated twin of region_id: Keystone echoes region_id here, and on create or update a
    region given only here is created when missing."""

    enabled: bool | Unset = UNSET
    """Whether the endpoint appears in token catalogs."""

    name: str | Unset = UNSET
    """An optional name."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("interface", "interface", t.STRING, enum=("public", "internal", "admin")),
        Param("service_id", "service_id", t.STRING),
        Param("url", "url", t.STRING),
        Param("region_id", "region_id", t.STRING, nullable=True),
        Param("region", "region", t.STRING, nullable=True),
        Param("enabled", "enabled", t.BOOLEAN),
        Param("name", "name", t.STRING),
        Param("description", "description", t.STRING, nullable=True),
    )


_LIST = Operation(
    "endpoints.list",
    "GET",
    "/endpoints",
    ok=(200, 203),
    response_key="endpoints",
    paging=Paging("single"),
)
_GET = Operation(
    "endpoints.get",
    "GET",
    "/endpoints/{endpoint_id}",
    ok=(200, 203),
    response_key="endpoint",
)
_CREATE = Operation(
    "endpoints.create",
    "POST",
    "/endpoints",
    ok=(201,),
    request_kind="json",
    request_key="endpoint",
    response_key="endpoint",
)
_UPDATE = Operation(
    "endpoints.update",
    "PATCH",
    "/endpoints/{endpoint_id}",
    ok=(200, 202, 204),
    request_kind="json",
    request_key="endpoint",
    response_key="endpoint",
)
_DELETE = Operation(
    "endpoints.delete",
    "DELETE",
    "/endpoints/{endpoint_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Endpoint]:
    """List endpoints (Keystone 30 does not page them)."""
    return client.pager(
        _LIST, None, model=Endpoint, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    endpoint_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Endpoint]:
    """Show an endpoint."""
    return client.call(
        _GET,
        {"endpoint_id": endpoint_id},
        model=Endpoint,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Endpoint]:
    """Create an endpoint."""
    return client.call(
        _CREATE, None, model=Endpoint, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    endpoint_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Endpoint]:
    """Update an endpoint."""
    return client.call(
        _UPDATE,
        {"endpoint_id": endpoint_id},
        model=Endpoint,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    endpoint_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete an endpoint."""
    return client.call(
        _DELETE, {"endpoint_id": endpoint_id}, microversion=microversion, timeout=timeout
    )


def extract_endpoints(page: Page[Any]) -> builtins.list[Endpoint]:
    """The Endpoint items of a page (or of ``all_pages()``)."""
    return page.extract_as(Endpoint)

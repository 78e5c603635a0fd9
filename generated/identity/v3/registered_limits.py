# Generated from identity/v3/registered_limits.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A registered limit (unified limits): the default limit of one resource of a service,
optionally per region, that project and domain limits override."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Links as Links


class NewRegisteredLimit(Model):
    """One registered limit to create; service_id, resource_name and default_limit are required,
    region_id must name an existing region."""

    service_id: str | Unset = UNSET

    region_id: str | None | Unset = UNSET

    resource_name: str | Unset = UNSET

    default_limit: int | Unset = UNSET

    description: str | None | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("service_id", "service_id", t.STRING),
        Field("region_id", "region_id", t.STRING),
        Field("resource_name", "resource_name", t.STRING),
        Field("default_limit", "default_limit", t.INTEGER),
        Field("description", "description", t.STRING),
    )


class RegisteredLimit(Model):
    """A registered limit (unified limits): the default limit of one resource of a service,
    optionally per region, that project and domain limits override."""

    id: str
    """The registered limit ID."""

    service_id: str | Unset = UNSET
    """The service that owns the resource."""

    region_id: str | None | Unset = UNSET
    """The region it applies to; null for all."""

    resource_name: str | Unset = UNSET
    """The resource, e.g. "volume"."""

    default_limit: int | Unset = UNSET
    """The default limit (-1 means unlimited)."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    links: Links | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("service_id", "service_id", t.STRING),
        Field("region_id", "region_id", t.STRING),
        Field("resource_name", "resource_name", t.STRING),
        Field("default_limit", "default_limit", t.INTEGER),
        Field("description", "description", t.STRING),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    service_id: str | Unset = UNSET

    region_id: str | Unset = UNSET

    resource_name: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("service_id", "service_id", t.STRING, location="query"),
        Param("region_id", "region_id", t.STRING, location="query"),
        Param("resource_name", "resource_name", t.STRING, location="query"),
    )


class UpdateOpts(Opts):
    """Options of update."""

    service_id: str | Unset = UNSET
    """The service that owns the resource."""

    region_id: str | None | Unset = UNSET
    """The region it applies to; null for all."""

    resource_name: str | Unset = UNSET
    """The resource, e.g. "volume"."""

    default_limit: int | Unset = UNSET
    """The default limit (-1 means unlimited)."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("service_id", "service_id", t.STRING),
        Param("region_id", "region_id", t.STRING, nullable=True),
        Param("resource_name", "resource_name", t.STRING),
        Param("default_limit", "default_limit", t.INTEGER),
        Param("description", "description", t.STRING, nullable=True),
    )


class BatchCreateOpts(Opts):
    """Options of batch_create."""

    registered_limits: builtins.list[NewRegisteredLimit] = REQUIRED
    """The registered limits to create."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "registered_limits",
            "registered_limits",
            t.list_of(t.model(NewRegisteredLimit)),
            required=True,
        ),
    )


_LIST = Operation(
    "registered_limits.list",
    "GET",
    "/registered_limits",
    ok=(200, 203),
    response_key="registered_limits",
    paging=Paging("linked", next="links.next"),
)
_GET = Operation(
    "registered_limits.get",
    "GET",
    "/registered_limits/{registered_limit_id}",
    ok=(200, 203),
    response_key="registered_limit",
)
_UPDATE = Operation(
    "registered_limits.update",
    "PATCH",
    "/registered_limits/{registered_limit_id}",
    ok=(200, 202, 204),
    request_kind="json",
    request_key="registered_limit",
    response_key="registered_limit",
)
_DELETE = Operation(
    "registered_limits.delete",
    "DELETE",
    "/registered_limits/{registered_limit_id}",
    ok=(204,),
    response_kind="empty",
)
_BATCH_CREATE = Operation(
    "registered_limits.batch_create",
    "POST",
    "/registered_limits",
    ok=(201,),
    request_kind="json",
    response_kind="list",
    response_key="registered_limits",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[RegisteredLimit]:
    """List registered limits."""
    return client.pager(
        _LIST, None, model=RegisteredLimit, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    registered_limit_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[RegisteredLimit]:
    """Get a registered limit."""
    return client.call(
        _GET,
        {"registered_limit_id": registered_limit_id},
        model=RegisteredLimit,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    registered_limit_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[RegisteredLimit]:
    """Change a registered limit; keystone refuses any change (403) while project or domain
    limits refer to it."""
    return client.call(
        _UPDATE,
        {"registered_limit_id": registered_limit_id},
        model=RegisteredLimit,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    registered_limit_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a registered limit; keystone refuses (403) while limits refer to it."""
    return client.call(
        _DELETE,
        {"registered_limit_id": registered_limit_id},
        microversion=microversion,
        timeout=timeout,
    )


def batch_create(
    client: ServiceClient,
    opts: BatchCreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[builtins.list[RegisteredLimit]]:
    """Create one or more registered limits in one request; all are created or none. extract()
    gives the created limits as JSON objects (RegisteredLimit.from_dict each)."""
    return client.call(
        _BATCH_CREATE,
        None,
        model=RegisteredLimit,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_registered_limits(page: Page[Any]) -> builtins.list[RegisteredLimit]:
    """The RegisteredLimit items of a page (or of ``all_pages()``)."""
    return page.extract_as(RegisteredLimit)

# Generated from identity/v3/regions.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A region groups service endpoints by location. Regions can nest under a parent region; the
region ID is chosen by the caller or generated."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset
from stacksdk.shared import Links as Links


class Region(Model):
    """A region groups service endpoints by location. Regions can nest under a parent region; the
    region ID is chosen by the caller or generated."""

    id: str
    """The region ID; chosen on create (or generated when not given), fixed afterwards."""

    description: str | None
    """A free-form description."""

    parent_region_id: str | None
    """The parent region, if any; it must exist, and a region cannot become its own ancestor."""

    links: Links
    """The region's own URL."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("description", "description", t.STRING),
        Field("parent_region_id", "parent_region_id", t.STRING),
        Field("links", "links", t.model(Links)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    parent_region_id: str | Unset = UNSET
    """Only the direct children of this region."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("parent_region_id", "parent_region_id", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    id: str | Unset = UNSET
    """The region ID; chosen on create (or generated when not given), fixed afterwards."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    parent_region_id: str | None | Unset = UNSET
    """The parent region, if any; it must exist, and a region cannot become its own ancestor."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING),
        Param("description", "description", t.STRING, nullable=True),
        Param("parent_region_id", "parent_region_id", t.STRING, nullable=True),
    )


class UpdateOpts(Opts):
    """Options of update. Also the options of create_with_id."""

    description: str | None | Unset = UNSET
    """A free-form description."""

    parent_region_id: str | None | Unset = UNSET
    """The parent region, if any; it must exist, and a region cannot become its own ancestor."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("description", "description", t.STRING, nullable=True),
        Param("parent_region_id", "parent_region_id", t.STRING, nullable=True),
    )


CreateWithIdOpts = UpdateOpts

_LIST = Operation(
    "regions.list",
    "GET",
    "/regions",
    ok=(200, 203),
    response_key="regions",
    paging=Paging("single"),
)
_GET = Operation(
    "regions.get",
    "GET",
    "/regions/{region_id}",
    ok=(200, 203),
    response_key="region",
)
_CREATE = Operation(
    "regions.create",
    "POST",
    "/regions",
    ok=(201,),
    request_kind="json",
    request_key="region",
    response_key="region",
)
_UPDATE = Operation(
    "regions.update",
    "PATCH",
    "/regions/{region_id}",
    ok=(200, 202, 204),
    request_kind="json",
    request_key="region",
    response_key="region",
)
_DELETE = Operation(
    "regions.delete",
    "DELETE",
    "/regions/{region_id}",
    ok=(204,),
    response_kind="empty",
)
_CREATE_WITH_ID = Operation(
    "regions.create_with_id",
    "PUT",
    "/regions/{region_id}",
    ok=(201,),
    request_kind="json",
    request_key="region",
    response_key="region",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Region]:
    """List regions (Keystone neither pages nor filters them otherwise)."""
    return client.pager(
        _LIST, None, model=Region, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    region_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Region]:
    """Show a region."""
    return client.call(
        _GET, {"region_id": region_id}, model=Region, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Region]:
    """Create a region; give id to choose its ID."""
    return client.call(
        _CREATE, None, model=Region, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    region_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Region]:
    """Update a region's description or parent."""
    return client.call(
        _UPDATE,
        {"region_id": region_id},
        model=Region,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    region_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a region and, with it, all its descendant regions; refused with Forbidden while any
    of them has endpoints."""
    return client.call(
        _DELETE, {"region_id": region_id}, microversion=microversion, timeout=timeout
    )


def create_with_id(
    client: ServiceClient,
    region_id: str,
    opts: CreateWithIdOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Region]:
    """Create a region with the ID given in the URL (PUT); Conflict when it exists."""
    return client.call(
        _CREATE_WITH_ID,
        {"region_id": region_id},
        model=Region,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def extract_regions(page: Page[Any]) -> builtins.list[Region]:
    """The Region items of a page (or of ``all_pages()``)."""
    return page.extract_as(Region)

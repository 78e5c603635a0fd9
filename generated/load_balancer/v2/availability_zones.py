# Generated from load-balancer/v2/availability_zones.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A load-balancer availability zone: a named, operator-defined placement (from an availability
zone profile) that users pick when they create a load balancer. Its name is its id."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class AvailabilityZone(Model):
    """A load-balancer availability zone: a named, operator-defined placement (from an
    availability zone profile) that users pick when they create a load balancer. Its name is
    its id."""

    availability_zone_profile_id: str | Unset = UNSET

    description: str | Unset = UNSET

    enabled: bool | Unset = UNSET

    name: str
    """The zone's name, unique: it is also its id in paths."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("availability_zone_profile_id", "availability_zone_profile_id", t.STRING),
        Field("description", "description", t.STRING),
        Field("enabled", "enabled", t.BOOLEAN),
        Field("name", "name", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    availability_zone_profile_id: str | Unset = UNSET

    description: str | Unset = UNSET

    limit: int | Unset = UNSET
    """The most items one page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this id (the previous page's last one)."""

    name: str | Unset = UNSET

    page_reverse: bool | Unset = UNSET
    """Walk the pages backwards from the marker."""

    enabled: bool | Unset = UNSET
    """Only enabled (true) or disabled (false) zones."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes of each item (keep id when paging)."""

    sort: str | Unset = UNSET
    """Sort keys with optional directions: name:asc,created_at:desc."""

    sort_key: str | Unset = UNSET
    """Comma-separated sort keys (older form of sort)."""

    sort_dir: str | Unset = UNSET
    """asc or desc, one per sort_key, comma separated."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "availability_zone_profile_id",
            "availability_zone_profile_id",
            t.STRING,
            location="query",
        ),
        Param("description", "description", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
        Param("enabled", "enabled", t.BOOLEAN, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort", "sort", t.STRING, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    availability_zone_profile_id: str = REQUIRED

    description: str | Unset = UNSET

    enabled: bool | Unset = UNSET

    name: str = REQUIRED
    """The zone's name, unique: it is also its id in paths."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param(
            "availability_zone_profile_id", "availability_zone_profile_id", t.STRING, required=True
        ),
        Param("description", "description", t.STRING),
        Param("enabled", "enabled", t.BOOLEAN),
        Param("name", "name", t.STRING, required=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    description: str | Unset = UNSET

    enabled: bool | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("description", "description", t.STRING),
        Param("enabled", "enabled", t.BOOLEAN),
    )


_LIST = Operation(
    "availability_zones.list",
    "GET",
    "/lbaas/availabilityzones",
    ok=(200, 203),
    response_key="availability_zones",
    paging=Paging("marker", next="availability_zones_links[rel=next].href"),
)
_GET = Operation(
    "availability_zones.get",
    "GET",
    "/lbaas/availabilityzones/{availability_zone_name}",
    ok=(200, 203),
    response_key="availability_zone",
)
_CREATE = Operation(
    "availability_zones.create",
    "POST",
    "/lbaas/availabilityzones",
    ok=(201,),
    request_kind="json",
    request_key="availability_zone",
    response_key="availability_zone",
)
_UPDATE = Operation(
    "availability_zones.update",
    "PUT",
    "/lbaas/availabilityzones/{availability_zone_name}",
    ok=(200, 201, 202, 204),
    request_kind="json",
    request_key="availability_zone",
    response_key="availability_zone",
)
_DELETE = Operation(
    "availability_zones.delete",
    "DELETE",
    "/lbaas/availabilityzones/{availability_zone_name}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[AvailabilityZone]:
    """List availability zones."""
    return client.pager(
        _LIST, None, model=AvailabilityZone, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    availability_zone_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[AvailabilityZone]:
    """Get a availability zone."""
    return client.call(
        _GET,
        {"availability_zone_name": availability_zone_name},
        model=AvailabilityZone,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[AvailabilityZone]:
    """Create a availability zone."""
    return client.call(
        _CREATE, None, model=AvailabilityZone, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    availability_zone_name: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[AvailabilityZone]:
    """Update a availability zone."""
    return client.call(
        _UPDATE,
        {"availability_zone_name": availability_zone_name},
        model=AvailabilityZone,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    availability_zone_name: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a availability zone."""
    return client.call(
        _DELETE,
        {"availability_zone_name": availability_zone_name},
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> AvailabilityZone:
    """The one AvailabilityZone whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=AvailabilityZone,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="name",
    )


def extract_availability_zones(page: Page[Any]) -> builtins.list[AvailabilityZone]:
    """The AvailabilityZone items of a page (or of ``all_pages()``)."""
    return page.extract_as(AvailabilityZone)

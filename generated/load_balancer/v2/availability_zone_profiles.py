# Generated from load-balancer/v2/availability_zone_profiles.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""An availability zone profile (admin): a provider's name and its availability zone data (JSON
text, e.g. the compute zone and management network)."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class AvailabilityZoneProfile(Model):
    """An availability zone profile (admin): a provider's name and its availability zone data
    (JSON text, e.g. the compute zone and management network)."""

    availability_zone_data: str | Unset = UNSET

    id: str

    name: str | Unset = UNSET

    provider_name: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("availability_zone_data", "availability_zone_data", t.STRING),
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
        Field("provider_name", "provider_name", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    availability_zone_data: str | Unset = UNSET

    id: str | Unset = UNSET

    limit: int | Unset = UNSET
    """The most items one page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this id (the previous page's last one)."""

    name: str | Unset = UNSET

    page_reverse: bool | Unset = UNSET
    """Walk the pages backwards from the marker."""

    provider_name: str | Unset = UNSET

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes of each item (keep id when paging)."""

    sort: str | Unset = UNSET
    """Sort keys with optional directions: name:asc,created_at:desc."""

    sort_key: str | Unset = UNSET
    """Comma-separated sort keys (older form of sort)."""

    sort_dir: str | Unset = UNSET
    """asc or desc, one per sort_key, comma separated."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("availability_zone_data", "availability_zone_data", t.STRING, location="query"),
        Param("id", "id", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
        Param("provider_name", "provider_name", t.STRING, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort", "sort", t.STRING, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    availability_zone_data: str = REQUIRED

    name: str = REQUIRED

    provider_name: str = REQUIRED

    _params: ClassVar[tuple[Param, ...]] = (
        Param("availability_zone_data", "availability_zone_data", t.STRING, required=True),
        Param("name", "name", t.STRING, required=True),
        Param("provider_name", "provider_name", t.STRING, required=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    availability_zone_data: str | Unset = UNSET

    name: str | Unset = UNSET

    provider_name: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("availability_zone_data", "availability_zone_data", t.STRING),
        Param("name", "name", t.STRING),
        Param("provider_name", "provider_name", t.STRING),
    )


_LIST = Operation(
    "availability_zone_profiles.list",
    "GET",
    "/lbaas/availabilityzoneprofiles",
    ok=(200, 203),
    response_key="availability_zone_profiles",
    paging=Paging("marker", next="availability_zone_profile_links[rel=next].href"),
)
_GET = Operation(
    "availability_zone_profiles.get",
    "GET",
    "/lbaas/availabilityzoneprofiles/{availability_zone_profile_id}",
    ok=(200, 203),
    response_key="availability_zone_profile",
)
_CREATE = Operation(
    "availability_zone_profiles.create",
    "POST",
    "/lbaas/availabilityzoneprofiles",
    ok=(201,),
    request_kind="json",
    request_key="availability_zone_profile",
    response_key="availability_zone_profile",
)
_UPDATE = Operation(
    "availability_zone_profiles.update",
    "PUT",
    "/lbaas/availabilityzoneprofiles/{availability_zone_profile_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
    request_key="availability_zone_profile",
    response_key="availability_zone_profile",
)
_DELETE = Operation(
    "availability_zone_profiles.delete",
    "DELETE",
    "/lbaas/availabilityzoneprofiles/{availability_zone_profile_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[AvailabilityZoneProfile]:
    """List availability zone profiles."""
    return client.pager(
        _LIST,
        None,
        model=AvailabilityZoneProfile,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def get(
    client: ServiceClient,
    availability_zone_profile_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[AvailabilityZoneProfile]:
    """Get a availability zone profile."""
    return client.call(
        _GET,
        {"availability_zone_profile_id": availability_zone_profile_id},
        model=AvailabilityZoneProfile,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[AvailabilityZoneProfile]:
    """Create a availability zone profile."""
    return client.call(
        _CREATE,
        None,
        model=AvailabilityZoneProfile,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def update(
    client: ServiceClient,
    availability_zone_profile_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[AvailabilityZoneProfile]:
    """Update a availability zone profile."""
    return client.call(
        _UPDATE,
        {"availability_zone_profile_id": availability_zone_profile_id},
        model=AvailabilityZoneProfile,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    availability_zone_profile_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a availability zone profile."""
    return client.call(
        _DELETE,
        {"availability_zone_profile_id": availability_zone_profile_id},
        microversion=microversion,
        timeout=timeout,
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> AvailabilityZoneProfile:
    """The one AvailabilityZoneProfile whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=AvailabilityZoneProfile,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_availability_zone_profiles(page: Page[Any]) -> builtins.list[AvailabilityZoneProfile]:
    """The AvailabilityZoneProfile items of a page (or of ``all_pages()``)."""
    return page.extract_as(AvailabilityZoneProfile)

# Generated from network/v2/service_profiles.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A service profile (flavors extension): a driver with its settings, which flavors reference to
say how their service is provided. Admin-only."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import UNSET, Field, Model, Operation, Opts, Page, Pager, Paging, Param
from stacksdk.runtime import RequestTimeout, Result, ServiceClient, Unset


class ServiceProfile(Model):
    """A service profile (flavors extension): a driver with its settings, which flavors reference
    to say how their service is provided. Admin-only."""

    id: str
    """The profile's UUID."""

    description: str | Unset = UNSET
    """Free-form text (at most 1024 characters)."""

    driver: str | Unset = UNSET
    """The driver's Python class path (at most 1024 characters)."""

    metainfo: str | Unset = UNSET
    """Settings for the driver as one string (often JSON; at most 4096 characters)."""

    enabled: bool | Unset = UNSET
    """Whether flavors may use the profile."""

    flavors: builtins.list[str] | Unset = UNSET
    """The IDs of the flavors the profile is associated with. A profile has no owning project:
    Neutron refuses project_id in its body."""

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("id", "id", t.STRING),
        Field("description", "description", t.STRING),
        Field("driver", "driver", t.STRING),
        Field("metainfo", "metainfo", t.STRING),
        Field("enabled", "enabled", t.BOOLEAN),
        Field("flavors", "flavors", t.list_of(t.STRING)),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    id: str | Unset = UNSET
    """Only the profile with this ID."""

    description: str | Unset = UNSET
    """Only profiles with this description."""

    driver: str | Unset = UNSET
    """Only profiles with this driver."""

    enabled: bool | Unset = UNSET
    """Only enabled (true) or disabled (false) profiles."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes (repeatable)."""

    sort_key: builtins.list[str] | Unset = UNSET
    """Sort by these attributes (give one sort_dir each)."""

    sort_dir: builtins.list[str] | Unset = UNSET
    """The direction per sort_key: asc or desc."""

    limit: int | Unset = UNSET
    """The most profiles a page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this ID."""

    page_reverse: bool | Unset = UNSET
    """Page backwards from the marker."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("id", "id", t.STRING, location="query"),
        Param("description", "description", t.STRING, location="query"),
        Param("driver", "driver", t.STRING, location="query"),
        Param("enabled", "enabled", t.BOOLEAN, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort_key", "sort_key", t.list_of(t.STRING), location="query"),
        Param("sort_dir", "sort_dir", t.list_of(t.STRING), location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
    )


class CreateOpts(Opts):
    """Options of create. Also the options of update."""

    description: str | Unset = UNSET
    """Free-form text (at most 1024 characters)."""

    driver: str | Unset = UNSET
    """The driver's Python class path (at most 1024 characters)."""

    metainfo: str | Unset = UNSET
    """Settings for the driver as one string (often JSON; at most 4096 characters)."""

    enabled: bool | Unset = UNSET
    """Whether flavors may use the profile."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("description", "description", t.STRING),
        Param("driver", "driver", t.STRING),
        Param("metainfo", "metainfo", t.STRING),
        Param("enabled", "enabled", t.BOOLEAN),
    )


UpdateOpts = CreateOpts

_LIST = Operation(
    "service_profiles.list",
    "GET",
    "/service_profiles",
    ok=(200, 203),
    response_key="service_profiles",
    paging=Paging("marker", next="service_profiles_links[rel=next].href"),
)
_GET = Operation(
    "service_profiles.get",
    "GET",
    "/service_profiles/{profile_id}",
    ok=(200, 203),
    response_key="service_profile",
)
_CREATE = Operation(
    "service_profiles.create",
    "POST",
    "/service_profiles",
    ok=(201,),
    request_kind="json",
    request_key="service_profile",
    response_key="service_profile",
)
_UPDATE = Operation(
    "service_profiles.update",
    "PUT",
    "/service_profiles/{profile_id}",
    ok=(200,),
    request_kind="json",
    request_key="service_profile",
    response_key="service_profile",
)
_DELETE = Operation(
    "service_profiles.delete",
    "DELETE",
    "/service_profiles/{profile_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[ServiceProfile]:
    """List service profiles (admin)."""
    return client.pager(
        _LIST, None, model=ServiceProfile, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    profile_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServiceProfile]:
    """Show a service profile."""
    return client.call(
        _GET,
        {"profile_id": profile_id},
        model=ServiceProfile,
        microversion=microversion,
        timeout=timeout,
    )


def create(
    client: ServiceClient,
    opts: CreateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServiceProfile]:
    """Create a service profile (admin; driver or metainfo must be given)."""
    return client.call(
        _CREATE, None, model=ServiceProfile, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    profile_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[ServiceProfile]:
    """Change a service profile (admin)."""
    return client.call(
        _UPDATE,
        {"profile_id": profile_id},
        model=ServiceProfile,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    profile_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a service profile (admin; 409 while a flavor uses it)."""
    return client.call(
        _DELETE, {"profile_id": profile_id}, microversion=microversion, timeout=timeout
    )


def extract_service_profiles(page: Page[Any]) -> builtins.list[ServiceProfile]:
    """The ServiceProfile items of a page (or of ``all_pages()``)."""
    return page.extract_as(ServiceProfile)

# Generated from load-balancer/v2/flavors.yaml by stacksdk.codegen; do not edit.
# Change the spec and run `python -m stacksdk.codegen`.
"""A load-balancer flavor: a named, operator-defined set of provider options (from a flavor
profile) that users pick when they create a load balancer."""

from __future__ import annotations

import builtins
from typing import Any, ClassVar

from stacksdk.runtime import types as t
from stacksdk.runtime import REQUIRED, UNSET, Field, Model, Operation, Opts, Page, Pager, Paging
from stacksdk.runtime import Param, RequestTimeout, Result, ServiceClient, Unset


class Flavor(Model):
    """A load-balancer flavor: a named, operator-defined set of provider options (from a flavor
    profile) that users pick when they create a load balancer."""

    description: str | Unset = UNSET

    enabled: bool | Unset = UNSET

    flavor_profile_id: str | Unset = UNSET

    id: str

    name: str | Unset = UNSET

    _fields: ClassVar[tuple[Field, ...]] = (
        Field("description", "description", t.STRING),
        Field("enabled", "enabled", t.BOOLEAN),
        Field("flavor_profile_id", "flavor_profile_id", t.STRING),
        Field("id", "id", t.STRING),
        Field("name", "name", t.STRING),
    )


class ListOpts(Opts):
    """Query parameters of list."""

    description: str | Unset = UNSET

    enabled: bool | Unset = UNSET

    flavor_profile_id: str | Unset = UNSET

    id: str | Unset = UNSET

    limit: int | Unset = UNSET
    """The most items one page holds."""

    marker: str | Unset = UNSET
    """Start after the item with this id (the previous page's last one)."""

    name: str | Unset = UNSET

    page_reverse: bool | Unset = UNSET
    """Walk the pages backwards from the marker."""

    fields: builtins.list[str] | Unset = UNSET
    """Return only these attributes of each item (keep id when paging)."""

    sort: str | Unset = UNSET
    """Sort keys with optional directions: name:asc,created_at:desc."""

    sort_key: str | Unset = UNSET
    """Comma-separated sort keys (older form of sort)."""

    sort_dir: str | Unset = UNSET
    """asc or desc, one per sort_key, comma separated."""

    _params: ClassVar[tuple[Param, ...]] = (
        Param("description", "description", t.STRING, location="query"),
        Param("enabled", "enabled", t.BOOLEAN, location="query"),
        Param("flavor_profile_id", "flavor_profile_id", t.STRING, location="query"),
        Param("id", "id", t.STRING, location="query"),
        Param("limit", "limit", t.INTEGER, location="query"),
        Param("marker", "marker", t.STRING, location="query"),
        Param("name", "name", t.STRING, location="query"),
        Param("page_reverse", "page_reverse", t.BOOLEAN, location="query"),
        Param("fields", "fields", t.list_of(t.STRING), location="query"),
        Param("sort", "sort", t.STRING, location="query"),
        Param("sort_key", "sort_key", t.STRING, location="query"),
        Param("sort_dir", "sort_dir", t.STRING, location="query"),
    )


class CreateOpts(Opts):
    """Options of create."""

    description: str | Unset = UNSET

    enabled: bool | Unset = UNSET

    flavor_profile_id: str = REQUIRED

    name: str = REQUIRED

    _params: ClassVar[tuple[Param, ...]] = (
        Param("description", "description", t.STRING),
        Param("enabled", "enabled", t.BOOLEAN),
        Param("flavor_profile_id", "flavor_profile_id", t.STRING, required=True),
        Param("name", "name", t.STRING, required=True),
    )


class UpdateOpts(Opts):
    """Options of update."""

    description: str | Unset = UNSET

    enabled: bool | Unset = UNSET

    name: str | Unset = UNSET

    _params: ClassVar[tuple[Param, ...]] = (
        Param("description", "description", t.STRING),
        Param("enabled", "enabled", t.BOOLEAN),
        Param("name", "name", t.STRING),
    )


_LIST = Operation(
    "flavors.list",
    "GET",
    "/lbaas/flavors",
    ok=(200, 203),
    response_key="flavors",
    paging=Paging("marker", next="flavors_links[rel=next].href"),
)
_GET = Operation(
    "flavors.get",
    "GET",
    "/lbaas/flavors/{flavor_id}",
    ok=(200, 203),
    response_key="flavor",
)
_CREATE = Operation(
    "flavors.create",
    "POST",
    "/lbaas/flavors",
    ok=(201,),
    request_kind="json",
    request_key="flavor",
    response_key="flavor",
)
_UPDATE = Operation(
    "flavors.update",
    "PUT",
    "/lbaas/flavors/{flavor_id}",
    ok=(200, 201, 202, 204),
    request_kind="json",
    request_key="flavor",
    response_key="flavor",
)
_DELETE = Operation(
    "flavors.delete",
    "DELETE",
    "/lbaas/flavors/{flavor_id}",
    ok=(204,),
    response_kind="empty",
)


def list(
    client: ServiceClient,
    opts: ListOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Pager[Flavor]:
    """List flavors."""
    return client.pager(
        _LIST, None, model=Flavor, opts=opts, microversion=microversion, timeout=timeout
    )


def get(
    client: ServiceClient,
    flavor_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Flavor]:
    """Get a flavor."""
    return client.call(
        _GET, {"flavor_id": flavor_id}, model=Flavor, microversion=microversion, timeout=timeout
    )


def create(
    client: ServiceClient,
    opts: CreateOpts,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Flavor]:
    """Create a flavor."""
    return client.call(
        _CREATE, None, model=Flavor, opts=opts, microversion=microversion, timeout=timeout
    )


def update(
    client: ServiceClient,
    flavor_id: str,
    opts: UpdateOpts | None = None,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[Flavor]:
    """Update a flavor."""
    return client.call(
        _UPDATE,
        {"flavor_id": flavor_id},
        model=Flavor,
        opts=opts,
        microversion=microversion,
        timeout=timeout,
    )


def delete(
    client: ServiceClient,
    flavor_id: str,
    *,
    microversion: str | None = None,
    timeout: RequestTimeout = None,
) -> Result[None]:
    """Delete a flavor."""
    return client.call(
        _DELETE, {"flavor_id": flavor_id}, microversion=microversion, timeout=timeout
    )


def find(
    client: ServiceClient,
    name_or_id: str,
) -> Flavor:
    """The one Flavor whose id or name is ``name_or_id``."""
    return client.find(
        _GET,
        _LIST,
        name_or_id,
        model=Flavor,
        name_field="name",
        list_opts=ListOpts,
        name_param="name",
        name_match="exact",
        id_field="id",
    )


def extract_flavors(page: Page[Any]) -> builtins.list[Flavor]:
    """The Flavor items of a page (or of ``all_pages()``)."""
    return page.extract_as(Flavor)
